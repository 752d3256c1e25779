"""Margins and multiples (nineteenth session), each a rule for a construction:
- a multiple in a sentence that goes on about the figure of the sentence before (`지난해 매출 5,535억원의 두 배에
  이르는 규모다`) is of that sentence's one level also when the level is written in another currency with its
  equivalent in brackets (`8억2,000만달러(약 1조1,070억원) 규모의 계약`), the equivalent then being the level in the
  compared figure's unit, or when the level's particle stands past that bracket (`6억3,000만달러(약 8,500억원)에
  공급하는`); a figure that modifies the noun after it (`규모의`) is that sentence's level
  (checker/link/multiples_continuing.py);
- a margin's base is the body's figure, not the headline's rounded restatement of it (`2분기 매출 300억원 넘어` over
  the body's `318억원`), and a margin opening its paragraph (`영업이익률은 5.0%로`) is of the one profit the paragraph
  before states for its period (checker/link/margin_bases.py);
- an earlier margin (`to 12.5% from 10.0%`) of the earlier profit in brackets is over the revenue compared a year
  back (`up 9.1% from £220.0m a year earlier`), not over one compared with another period (`Compared with the second
  half of last year, when revenue was £230.0m`);
- a multiple of a metric named with the period closing its clause (`equal to 2.5 times revenue for the six months`) is
  of the figure of that metric stated before (checker/link/multiples_of_metric.py);
- a multiple of a noun that names its own sentence's one figure (`예산은 31억원으로 파급효과가 예산의 30배`) is of that
  figure, the subject after it naming the figure multiplied, stated before (checker/link/multiples_of_subject.py);
- a sentence dating its figures by a list of periods of one grain (`1분기 480억원, 2분기 510억원에 이어 3분기까지`)
  gives no period to the sentences after it: a profit and its margin there take the period of the sentence before
  the list (checker/link/context.py, `_period_before`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a multiple of the level before, written with its equivalent

SIZE_KO = (
    "다온전자가 유럽 가전업체와 8억2,000만달러(약 1조1,070억원) 규모의 부품 공급 계약을 맺었다고 3일 밝혔다. "
    "지난해 매출 5,535억원의 {k}에 이르는 규모다. 계약 기간은 4년이다."
)
SUPPLIED_KO = (
    "미래조선은 남미 선사에 운반선 4척을 6억3,000만달러(약 8,500억원)에 공급하는 계약을 체결했다. "
    "지난해 수주액 2억1,000만달러의 {k} 규모다."
)


def _multiple(text, knowledge, starts):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    multiple = next(c for t, c in found.items() if t.startswith(starts))
    by_id = {c.id: t for t, c in found.items()}
    return by_id.get(multiple.change_of), by_id.get(multiple.compared_to)


def test_a_multiple_of_the_level_before_takes_its_bracketed_equivalent(knowledge):
    assert _multiple(SIZE_KO.format(k="두 배"), knowledge, "두 배") == ("약 1조1,070억원", "5,535억원")


def test_a_multiple_of_the_level_before_past_its_bracket(knowledge):
    assert _multiple(SUPPLIED_KO.format(k="세 배"), knowledge, "세 배") == ("6억3,000만달러", "2억1,000만달러")


@pytest.mark.parametrize(
    "template,k,fires",
    [
        (SIZE_KO, "두 배", False),
        (SIZE_KO, "세 배", True),
        (SUPPLIED_KO, "세 배", False),
        (SUPPLIED_KO, "다섯 배", True),
    ],
    ids=["size-holds", "size-broken", "supplied-holds", "supplied-broken"],
)
def test_a_multiple_of_the_level_before_is_checked(knowledge, template, k, fires):
    assert_checked(knowledge, template.format(k=k), "F304", fires)


def test_a_multiple_whose_sentence_names_its_own_subject_is_not_of_the_level_before(knowledge):
    text = SIZE_KO.replace("지난해 매출", "회사의 내년 목표는 지난해 매출").format(k="세 배")
    assert_not_checked(knowledge, text, "F304")


def test_two_levels_before_leave_the_multiple_unlinked(knowledge):
    second = "규모의 부품 공급 계약과 2억달러(약 2,700억원) 규모의 설비 계약을"
    text = SIZE_KO.replace("규모의 부품 공급 계약을", second)
    assert_not_checked(knowledge, text.format(k="세 배"), "F304")


SHARE_KO = (
    "누리식품은 북미 유통사와 1억5,000만달러(약 2,025억원) 규모의 공급 계약을 맺었다. "
    "지난해 매출 2,700억원의 {rate} 수준이다."
)


@pytest.mark.parametrize("rate,fires", [("75%", False), ("85%", True)])
def test_a_ratio_of_the_level_before_takes_its_bracketed_equivalent(knowledge, rate, fires):
    assert_checked(knowledge, SHARE_KO.format(rate=rate), "F503", fires)


# ------------------------------------------------ a margin over the body's figure, a margin opening its paragraph

TITLED_KO = (
    "세탁 체인 맑은빨래, 2분기 매출 300억원 넘어\n\n"
    "세탁 체인 맑은빨래는 2분기 매출이 318억원으로 1년 전(280억원)보다 13.6% 늘었다고 밝혔다. 가맹점 주문이 늘었다.\n\n"
    "영업이익은 25억4천만원으로 작년 같은 기간 20억원에서 5억4천만원 증가했다. 영업이익률은 {rate}로 높아졌다.\n"
)
OPENING_KO = (
    "리모델링업체 바른집의 2분기 매출은 540억원, 영업이익은 27억원이었다. 매출은 1년 전보다 40억원 늘었다.\n\n"
    "영업이익률은 {rate}로 1년 전 4.0%에서 높아졌다. 자재 원가가 내렸다.\n"
)
YEAR_BACK_EN = (
    "Halberd Tiles reported first-half revenue of £240.0m, up 9.1% from £220.0m a year earlier.\n\n"
    "Operating profit rose to £30.0m (£22.0m), lifting the operating margin to 12.5% from {rate}. Compared with the "
    "second half of last year, when revenue was £230.0m, sales grew 4.3%.\n"
)


@pytest.mark.parametrize(
    "template,rate,fires",
    [
        (TITLED_KO, "8.0%", False),
        (TITLED_KO, "9.5%", True),
        (OPENING_KO, "5.0%", False),
        (OPENING_KO, "6.5%", True),
        (YEAR_BACK_EN, "10.0%", False),
        (YEAR_BACK_EN, "11.5%", True),
    ],
    ids=["titled-holds", "titled-broken", "opening-holds", "opening-broken", "year-back-holds", "year-back-broken"],
)
def test_a_margin_over_its_stated_figures_is_checked(knowledge, template, rate, fires):
    assert_checked(knowledge, template.format(rate=rate), "F307", fires)


def test_a_margin_two_paragraphs_after_its_profit_is_not_linked(knowledge):
    text = OPENING_KO.replace("\n\n", "\n\n회사는 부산 지사를 열었다. 직원은 320명이다.\n\n").format(rate="6.5%")
    assert_not_checked(knowledge, text, "F307")


# ------------------------------------------------ `2.5 times revenue for the six months`

METRIC_PERIOD_EN = (
    "Marlow Rail said revenue for the first half was $2.40 billion. Its order book stood at $6.0 billion at the end "
    "of June, equal to {k} times revenue for the six months."
)


@pytest.mark.parametrize("k,fires", [("2.5", False), ("3.5", True)])
def test_a_multiple_of_a_metric_named_with_its_period_is_checked(knowledge, k, fires):
    assert_checked(knowledge, METRIC_PERIOD_EN.format(k=k), "F304", fires)


def test_a_multiple_of_a_metric_named_with_a_place_is_not_linked(knowledge):
    text = METRIC_PERIOD_EN.replace("for the six months", "in the northern region").format(k="3.5")
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------ `예산은 31억원으로 파급효과가 예산의 30배에 이른다`

OWN_NOUN_KO = (
    "해오름군은 축제 기간 지역경제 파급효과가 930억원으로 작년보다 110억원 늘었다고 밝혔다. "
    "축제 예산은 31억원으로 파급효과가 예산의 {k}에 이른다."
)


@pytest.mark.parametrize("k,fires", [("30배", False), ("40배", True)])
def test_a_multiple_of_the_noun_of_its_own_figure_is_checked(knowledge, k, fires):
    assert_checked(knowledge, OWN_NOUN_KO.format(k=k), "F304", fires)


def test_a_subject_naming_two_values_leaves_the_multiple_unlinked(knowledge):
    text = OWN_NOUN_KO.replace("축제 예산은", "2년 전 파급효과는 700억원이었다. 축제 예산은").format(k="40배")
    assert_not_checked(knowledge, text, "F304")


def test_a_margin_of_another_owner_opening_its_paragraph_is_not_linked(knowledge):
    text = OPENING_KO.replace("영업이익률은", "경쟁사의 영업이익률은").format(rate="6.5%")
    assert_not_checked(knowledge, text, "F307")


# ------------------------------------------------ a list of periods dates no later sentence

LISTED_PERIODS_KO = (
    "안경 체인 맑은눈은 3분기 매출이 540억원으로 늘었다고 밝혔다. 1분기 480억원, 2분기 510억원에 이어 3분기까지 "
    "매출이 꾸준히 늘었다.\n\n영업이익은 43억2천만원으로 영업이익률은 {rate}를 기록했다.\n"
)


@pytest.mark.parametrize("rate,fires", [("8.0%", False), ("9.5%", True)])
def test_a_margin_after_a_list_of_periods_takes_the_period_before_the_list(knowledge, rate, fires):
    assert_checked(knowledge, LISTED_PERIODS_KO.format(rate=rate), "F307", fires)


def test_a_profit_after_a_list_of_periods_is_of_the_period_before_the_list(knowledge):
    found = {c.text.strip(): c for c in claims(LISTED_PERIODS_KO.format(rate="8.0%"), knowledge).claims}
    assert str(found["43억2천만원"].period).endswith("Q3")
