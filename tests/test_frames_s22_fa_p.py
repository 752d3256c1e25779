"""Links narrowed where a rule reached the wrong figure (twenty-second session), each a rule for a construction:

- a margin's base is no figure set beside its share of a figure of the base's metric (`Harrow spent $54 million on
  scholarships, 4.0% of revenue`: a spend measured against revenue, not revenue); the whole it is measured against,
  the company's revenue, is the base when no other figure of the metric is left (checker/link/margin_bases.py);
- a fraction's whole named by its noun (`a third of the queue`) is no level of a sentence that opens with the year
  before (`A year ago the queue stood at …`, `[link.prior_year_openers]`): that is the earlier level of the thing,
  no whole of a part stated now (checker/link/fractions_of_named_wholes.py);
- a share in a sentence that opens with the parts of a figure of the sentence before (`이 가운데 군비는 18억원으로
  40%를 차지한다`, `[link.of_which_openers]`) is of that figure, not the story's largest figure of its unit; with two
  such figures before, it is left unlinked (checker/link/of_which_opener_wholes.py);
- a parenthesized share on a list line ending in a semicolon, under a lead line that ends in a colon (`gave out
  £50,000 to 12 charities:` ¶ `hospices, £20,000 (40%);`), is of the amount the lead states; a lead of two such
  amounts leaves it unlinked (checker/link/colon_list_wholes.py);
- a figure marked per another item (`That works out at about £60,000 a shop`) is no value of a count at a price
  per card stated before (checker/link/unit_prices.py), nor the takings an average price per card divides
  (checker/link/partners.py);
- a figure after the same period named again (`같은 기간 영업이익은`, `Over the same period`,
  `[link.same_period_openers]`), its sentence dated by a time of the sentence before that is marked as the year so
  far (`3분기 누적 매출`), is of the year so far too; `지난해 같은 기간` (the year before's) is not, nor the same
  period after a plain quarter (checker/link/context.py);
- two changes of one level in one sentence, each with a comparison of its own (`직전 분기보다 10.0%, 지난해
  3분기(440억원)보다는 20.0% 많다`): the figure right before the second comparison is the second change's baseline,
  never the first's (checker/link/relations.py), and the prior marker before the first change is not the second's
  basis, so both changes may be of the one level (checker/link/roles.py);
- a margin's base of the story's company is the body's figure, not the headline's rounding of it;
- a change stated as a bound (`40% 넘게 늘어`, `up more than 40%`) has no digits to slip in: its restatement as a
  figure past the mark (`41.4% 늘었다`) is no one-digit slip (F405, checker/check/kinds/restatement.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def _said(knowledge, text: str, rule: str) -> list[str]:
    """Every message of the rule, findings and relations that hold."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return [f.message for f in result.findings] + [p.message for p in result.passed]


# ---------------------------------------------------------------- a margin's base: no part beside its share of it

_MARGIN = (
    "Private college operator Harrow Education Group grew revenue 8.0% to $1.35 billion in the year to March, "
    "from $1.25 billion.\n\n"
    "Student numbers rose 5.0% to 21,000 from 20,000 across the group's 30 campuses.\n\n"
    "Operating profit was $270 million, a margin of {rate}.\n\n"
    "Harrow spent $54 million on scholarships, 4.0% of revenue.\n"
)


@pytest.mark.parametrize("rate,fires", [("20.0%", False), ("25.0%", True)])
def test_a_margin_is_over_the_revenue_a_spend_is_a_share_of(knowledge, rate, fires):
    assert_checked(knowledge, _MARGIN.format(rate=rate), "F307", fires)


def test_a_spend_beside_its_share_of_revenue_is_no_base_of_the_margin(knowledge):
    said = _said(knowledge, _MARGIN.format(rate="20.0%"), "F307")
    assert said and not any("$54 million" in m for m in said), said


# ---------------------------------------------------------------- `a third of the queue`: not last year's queue

_QUEUE = (
    "The number of people waiting for a hip operation in the Dunmere area has grown by 20.0% in a year, to "
    "14,400.\n\n{opening} the queue stood at 12,000, with 2,400 added since. Men make up {part} of the people in "
    "it, a third of the queue.\n"
)


def test_a_fraction_names_no_whole_in_a_sentence_of_the_year_before(knowledge):
    assert_not_checked(knowledge, _QUEUE.format(opening="A year ago", part="4,800"), "F503")


@pytest.mark.parametrize("part,fires", [("4,000", False), ("5,000", True)])
def test_a_fraction_still_names_its_whole_in_a_sentence_of_no_earlier_time(knowledge, part, fires):
    assert_checked(knowledge, _QUEUE.format(opening="In March", part=part), "F503", fires)


# ---------------------------------------------------------------- `이 가운데 P로 Z%`: of the sentence before's figure

_OF_WHICH = (
    "한빛군의 올해 전체 예산은 3,200억원이다. 군은 올해 {spend}을 쓴다. 이 가운데 군비는 18억원으로 {rate}를 차지한다."
)


@pytest.mark.parametrize("rate,fires", [("40%", False), ("30%", True)])
def test_a_share_after_an_of_which_opener_is_of_the_figure_before(knowledge, rate, fires):
    assert_checked(knowledge, _OF_WHICH.format(spend="도로 보수에 45억원", rate=rate), "F503", fires)


def test_a_share_after_an_of_which_opener_over_two_figures_is_left_unlinked(knowledge):
    text = _OF_WHICH.format(spend="도로에 45억원, 교량에 30억원", rate="40%")
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `gave out W to N charities:` ¶ `item, P (Z%);`

_COLON_LIST = (
    "The Harbour Trust raised £2.4 million last year.\n\n"
    "Its grants committee gave out £50,000 to 12 charities{more}:\n"
    "hospices, £20,000 ({rate});\nfood banks, £18,000;\nother causes, £12,000.\n"
)


@pytest.mark.parametrize("rate,fires", [("40%", False), ("30%", True)])
def test_a_share_on_a_line_under_a_colon_lead_is_of_the_leads_amount(knowledge, rate, fires):
    assert_checked(knowledge, _COLON_LIST.format(more="", rate=rate), "F503", fires)


def test_a_colon_lead_of_two_amounts_leaves_the_share_unlinked(knowledge):
    assert_not_checked(knowledge, _COLON_LIST.format(more=" and £30,000 to schools", rate="40%"), "F503")


# ---------------------------------------------------------------- `£60,000 a shop`: no value of the cards at a price

_CARDS = (
    "Card sales were £36m, on 30 million cards sold, an average of £1.20 a card.\n\n"
    "Shop sales were £42m across the 700 shops. That works out at about £60,000 a shop over the year.\n"
)


def test_a_figure_per_another_item_is_no_value_of_the_units_at_the_price(knowledge):
    said = _said(knowledge, _CARDS, "F317")
    assert not any("£60,000 ÷ 30m" in m for m in said), said
    assert any("£36m ÷ 30m" in m for m in said), said


@pytest.mark.parametrize("total,fires", [("£36m", False), ("£40m", True)])
def test_a_value_of_the_units_at_the_price_is_still_checked(knowledge, total, fires):
    assert_checked(knowledge, f"Foxglove sold 30 million cards at £1.20 a card, worth {total}.", "F317", fires)


# ---------------------------------------------------------------- `40% 넘게 늘어` over `41.4% 늘었다`: no slip

_BOUND = (
    "솔빛공방 유럽 수출 52만3천유로…1년 새 {headline} 늘어\n\n"
    "솔빛공방이 올해 1~6월 유럽에 52만3천유로(약 8억원)어치를 수출했다고 10일 밝혔다. "
    "전년 동기 37만유로보다 41.4% 늘었다.\n"
)


def test_a_bound_change_restated_past_its_mark_is_no_digit_slip(knowledge):
    result = findings(knowledge, document(_BOUND.format(headline="40% 넘게")), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_a_change_one_digit_apart_is_still_a_slip(knowledge):
    result = findings(knowledge, document(_BOUND.format(headline="47%")), select=["F405"], show_passed=True)
    assert "F405" in [f.rule for f in result.findings]


# ------------------------------------------------------- `3분기 누적 매출 … 같은 기간 영업이익`: the year so far

_SAME_PERIOD = (
    "가람전기의 올해 3분기 {cumulative}매출이 5,000억원으로 전년 동기 4,500억원보다 11.1% 늘었다. "
    "회사 발표에 따르면 {mark} 영업이익은 400억원, 영업이익률은 {rate}였다.\n\n"
    "3분기 매출은 1,500억원으로 2분기 1,800억원보다 16.7% 줄었다.\n"
)


@pytest.mark.parametrize("rate,fires", [("8.0%", False), ("9.0%", True)])
def test_the_same_period_after_a_year_so_far_is_the_year_so_far(knowledge, rate, fires):
    text = _SAME_PERIOD.format(cumulative="누적 ", mark="같은 기간", rate=rate)
    assert_checked(knowledge, text, "F307", fires)


def _period_of(knowledge, text: str, figure: str) -> str | None:
    found = next(c for c in claims(text, knowledge).claims if c.text == figure)
    return str(found.period) if found.period else None


def test_the_same_period_after_a_quarter_stays_the_quarter(knowledge):
    text = _SAME_PERIOD.format(cumulative="", mark="같은 기간", rate="8.0%")
    assert not (_period_of(knowledge, text, "400억원") or "").endswith("9M")


def test_the_same_period_of_the_year_before_is_no_year_so_far_of_this_year(knowledge):
    text = _SAME_PERIOD.format(cumulative="누적 ", mark="지난해 같은 기간", rate="8.0%")
    assert not (_period_of(knowledge, text, "400억원") or "").endswith("9M")


# ---------------------------------------------------------------- near misses of the narrowed rules


def test_a_colon_lead_of_no_amount_leaves_the_share_unlinked(knowledge):
    # (the lead names what the list divides, a count of charities: the story's largest amount is not its whole)
    text = _COLON_LIST.format(more="", rate="40%").replace("gave out £50,000 to 12 charities", "helped 12 charities")
    assert_not_checked(knowledge, text, "F503")


def test_an_of_which_opener_over_a_smaller_figure_reports_the_part_above_its_whole(knowledge):
    # (the opener names the whole; a part written larger than it is a slip to report, not a sign of another whole:
    # a whole chosen by size would hide every part edited above its whole)
    assert_checked(knowledge, _OF_WHICH.format(spend="도로 보수에 15억원", rate="40%"), "F503", True)
    assert_checked(knowledge, _OF_WHICH.format(spend="도로 보수에 15억원", rate="40%"), "F504", True)


def test_a_value_per_period_is_still_a_value_of_the_units_at_the_price(knowledge):
    text = "Foxglove sells 2 million cards a year at £1.50 a card, worth £3m a year."
    assert_checked(knowledge, text, "F317", False)


# ---------------------------------------------------------------- a margin over the body's figure, not the headline's

_HEADLINED = (
    "가람에너지 3분기 누적 매출 5천억원 넘어\n\n"
    "지역 가스 사업자 가람에너지의 올해 3분기 누적 매출이 5,120억원으로 전년 동기 4,600억원보다 11.3% 늘었다. "
    "회사 발표에 따르면 같은 기간 영업이익은 400억원, 영업이익률은 {rate}였다.\n"
)


@pytest.mark.parametrize("rate,fires", [("7.8%", False), ("8.0%", True)])
def test_a_margin_is_over_the_bodys_revenue_not_the_headlines_rounding(knowledge, rate, fires):
    assert_checked(knowledge, _HEADLINED.format(rate=rate), "F307", fires)


# ---------------------------------------------------------------- `A보다 X%, B(Y)보다는 Z% 많다`: two comparisons

_TWO_COMPARISONS = (
    "새봄식품의 올해 1~3분기 누적 매출은 1,458억원이다.\n\n"
    "분기 매출은 1분기 450억원, 2분기 480억원, 3분기 528억원으로 꾸준히 늘었다. "
    "3분기 매출은 직전 분기보다 10.0%, 지난해 3분기(440억원)보다는 {rate} 많다.\n"
)


@pytest.mark.parametrize("rate,fires", [("20.0%", False), ("25.0%", True)])
def test_the_second_comparisons_figure_is_the_second_changes_baseline(knowledge, rate, fires):
    assert_checked(knowledge, _TWO_COMPARISONS.format(rate=rate), "F301", fires)


def test_the_second_comparisons_figure_is_no_baseline_of_the_first_change(knowledge):
    said = _said(knowledge, _TWO_COMPARISONS.format(rate="20.0%"), "F301")
    assert not any("10%" in m or "10.0%" in m for m in said), said


def test_an_amount_per_another_item_is_no_takings_an_average_price_divides(knowledge):
    # (the lead's amount marked `a shop` is an average over the shops, not what the cards were sold for)
    text = (
        "Foxglove sold 30 million cards at an average of £1.20 a card. "
        "That works out at about £60,000 a shop across its 600 shops.\n"
    )
    said = _said(knowledge, text, "F317")
    assert not any("£60,000 ÷ 30m" in m for m in said), said


def test_an_of_which_opener_after_a_figure_per_period_takes_no_whole_from_it(knowledge):
    # (`한 해 2,000대씩`: the total spread over its years; the parts after `이 가운데` are of the whole deal)
    text = (
        "대한농기는 트랙터 4,000대를 공급하는 계약을 맺었다. 납품은 2년간이다. 한 해 2,000대씩 보내는 셈이다. "
        "이 가운데 소형 모델이 2,800대로 70%를 차지한다."
    )
    assert_not_checked(knowledge, text, "F504")
