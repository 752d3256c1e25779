"""Margins and multiples (eighteenth session), each a rule for a construction:
- a figure alone in brackets right after a figure of its kind and unit is that figure's comparable of the period
  before (`lifting the margin to 9.2% (8.1%)`, `revenue rose to £80.0m (£72.0m)`): a prior, whose margin is of
  the earlier figures (checker/link/bracketed_comparatives.py);
- a margin's revenue is the unscoped whole's when its profit is unscoped, not a segment's named by its scope
  (`인터넷 매출 120억원`) stated after the whole (checker/link/margin_bases.py);
- a multiple alone in its sentence, read as the change of the sentence before, whose own sentence names what it
  is of by a genitive noun (`잔고가 매출의 두 배를 넘었다`), is of the figure that noun names, not of the baseline
  of the sentence before (checker/link/multiples_of_subject.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

from helpers import claims
from test_frames import assert_checked

# ------------------------------------------------ `9.2% (8.1%)`: the comparable of the period before, in brackets

BRACKETED_MARGIN = (
    "Fenwick Kettles said revenue rose 10% to £143.0m in the half from £130.0m a year earlier.\n\n"
    "Pre-tax profit climbed to £13.2m from £10.5m, lifting the pre-tax margin to {m} ({p})."
)


def test_a_bracketed_margin_is_the_earlier_period_s_and_is_not_divided_against_this_period(knowledge):
    # 13.2 / 143.0 = 9.2%; 10.5 / 130.0 = 8.1%
    assert_checked(knowledge, BRACKETED_MARGIN.format(m="9.2%", p="8.1%"), "F318", fires=False)
    found = {c.text.strip(): c for c in claims(BRACKETED_MARGIN.format(m="9.2%", p="8.1%"), knowledge).claims}
    earlier = found["8.1%"]
    assert earlier.role == "prior"
    assert (earlier.rate_of, earlier.rate_base) == (found["£10.5m"].id, found["£130.0m"].id)


def test_a_bracketed_margin_that_the_earlier_figures_do_not_give_is_flagged(knowledge):
    assert_checked(knowledge, BRACKETED_MARGIN.format(m="9.2%", p="6.1%"), "F318", fires=True)


BRACKETED_LEVELS = (
    "Alder Tools said revenue rose to £80.0m (£72.0m). Operating profit was £8.0m (£6.0m), a margin of {m}."
)


def test_a_bracketed_revenue_is_no_base_of_this_period_s_margin(knowledge):
    # 8.0 / 80.0 = 10%; the bracketed £72.0m is last year's revenue (8.0 / 72.0 = 11.1%)
    assert_checked(knowledge, BRACKETED_LEVELS.format(m="10.0%"), "F307", fires=False)
    assert_checked(knowledge, BRACKETED_LEVELS.format(m="11.1%"), "F307", fires=True)
    found = {c.text.strip(): c for c in claims(BRACKETED_LEVELS.format(m="10.0% (8.3%)"), knowledge).claims}
    assert found["£72.0m"].role == "prior"
    assert found["8.3%"].metric == "operating_margin"
    assert (found["8.3%"].rate_of, found["8.3%"].rate_base) == (found["£6.0m"].id, found["£72.0m"].id)


def test_a_bracketed_figure_of_another_unit_or_with_words_is_no_comparable(knowledge):
    text = "Exports came to $52.0m (£39.0m). Revenue was £120.0m (£104.0m in 2024)."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["£39.0m"].role != "prior"
    # (words in the brackets are read by the rules that read them, not as a bare comparable)
    text = "Revenue was £120.0m (up from £104.0m). Staff numbers reached 410 (38%)."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["38%"].role != "prior"


# ------------------------------------------------ a margin of the unscoped whole, not a segment's revenue

SEGMENTS = (
    "누리방송의 3분기 매출은 500억원으로 방송 매출 380억원, 인터넷 매출 120억원이었다. "
    "영업이익은 30억원으로 영업이익률은 {m}였다."
)


def test_an_unscoped_margin_is_over_the_whole_not_the_last_segment(knowledge):
    # 30 / 500 = 6%; 30 / 120 = 25%
    assert_checked(knowledge, SEGMENTS.format(m="6%"), "F307", fires=False)
    assert_checked(knowledge, SEGMENTS.format(m="9%"), "F307", fires=True)


# ------------------------------------------------ `잔고가 매출의 두 배를 넘었다`: the multiple's noun names its base

BACKLOG = (
    "한결기계의 지난해 매출(3,100억원)은 역대 최대였다. "
    "9월 말 수주잔고는 7,200억원으로 6월 말(5,900억원)보다 1,300억원(22%) 늘었다. "
    "수주잔고가 연 매출의 {k}를 넘어선 것이다."
)


def test_a_multiple_of_a_named_noun_is_not_the_change_of_the_sentence_before(knowledge):
    # 7,200 / 3,100 = ×2.3; against the baseline of the sentence before it would be ×1.22
    for rule in ("F304", "F310"):
        assert_not_checked_or_passes(knowledge, BACKLOG.format(k="두 배"), rule)
    found = {c.text.strip(): c for c in claims(BACKLOG.format(k="두 배"), knowledge).claims}
    multiple = next(c for t, c in found.items() if t.startswith("두 배"))
    assert (multiple.change_of, multiple.compared_to) == (found["7,200억원"].id, found["3,100억원"].id)


def test_a_multiple_of_a_named_noun_that_does_not_hold_is_flagged(knowledge):
    assert_checked(knowledge, BACKLOG.format(k="세 배"), "F304", fires=True)


def test_a_multiple_of_a_noun_naming_no_figure_keeps_its_first_reading(knowledge):
    # (`목표치의`: the article states no figure of that noun; nothing to relink to)
    text = BACKLOG.replace("연 매출의", "목표치의").format(k="두 배")
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    multiple = next(c for t, c in found.items() if t.startswith("두 배"))
    assert multiple.compared_to != found["3,100억원"].id


def assert_not_checked_or_passes(knowledge, text: str, rule: str) -> None:
    from helpers import document, findings

    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ------------------------------------------------ a margin of no period, after its paragraph's profit of one period

PARAGRAPH_PERIOD = (
    "다온모빌리티의 3분기 매출은 820억원으로 2분기(760억원)보다 7.9% 늘었다.\n\n"
    "3분기 영업이익은 41억원으로, 지난해 3분기 9억원 영업손실에서 흑자로 돌아섰다. 1년 새 50억원이 개선됐다. "
    "영업이익률은 {m}로 2분기(3.1%)보다 높아졌다."
)


def test_a_margin_of_no_period_is_of_its_paragraph_s_profit_period(knowledge):
    # 41 / 820 = 5.0%
    assert_checked(knowledge, PARAGRAPH_PERIOD.format(m="5.0%"), "F307", fires=False)
    assert_checked(knowledge, PARAGRAPH_PERIOD.format(m="7.0%"), "F307", fires=True)


# ------------------------------------------------ the headline's figure, misread with a scope, restated in the body

HEADLINE_SCOPED = (
    "Kestrel Harbours revenue rises to £48.0m\n\n"
    "Kestrel Harbours reported revenue of £48.0m for the year, up from £44.0m.\n\n"
    "Fuel sales were £9.0m and boat lifts brought in £3.0m.\n\n"
    "Operating profit rose to £7.2m, a margin of {m}."
)


def test_a_margin_is_over_the_body_s_restatement_of_a_scoped_headline_figure(knowledge):
    # 7.2 / 48.0 = 15%
    assert_checked(knowledge, HEADLINE_SCOPED.format(m="15.0%"), "F307", fires=False)
    assert_checked(knowledge, HEADLINE_SCOPED.format(m="18.0%"), "F307", fires=True)


# ------------------------------------------------ `up from $18.0m and 13.1% a year earlier`: two earlier figures

COORDINATED = (
    "Marlow Pumps said revenue rose to $150.0m from $137.0m.\n\n"
    "Operating profit was $21.0m, a margin of 14.0%, up from $18.0m and {p} a year earlier."
)


def test_a_rate_joined_to_an_earlier_figure_by_and_is_the_earlier_margin(knowledge):
    # 21.0 / 150.0 = 14.0%; 18.0 / 137.0 = 13.1%
    assert_checked(knowledge, COORDINATED.format(p="13.1%"), "F307", fires=False)
    found = {c.text.strip(): c for c in claims(COORDINATED.format(p="13.1%"), knowledge).claims}
    assert found["13.1%"].role == "prior"
    assert (found["13.1%"].rate_of, found["13.1%"].rate_base) == (found["$18.0m"].id, found["$137.0m"].id)
    assert_checked(knowledge, COORDINATED.format(p="16.1%"), "F307", fires=True)


def test_a_rate_after_and_with_no_level_of_its_kind_before_is_not_an_earlier_figure(knowledge):
    text = "Operating profit was $21.0m, up from $18.0m and 13.1% of staff left."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["13.1%"].role != "prior"


# ------------------------------------ `profit of A, against B, a margin of X, compared with Y`: parallel pairs

PARALLEL_MARGINS = (
    "Harwick Foods said first-half revenue rose 8.0% to £250.0m, from £231.5m a year earlier.\n\n"
    "Operating profit came to £30.0m, against £25.0m, giving an operating margin of 12.0%, compared with {p}{when}."
)


def test_an_earlier_margin_beside_this_period_s_is_of_the_profit_set_against_and_the_earlier_revenue(knowledge):
    # 25.0 / 231.5 = 10.8%
    for when in (" in the first half of 2023", " a year earlier"):
        text = PARALLEL_MARGINS.format(p="10.8%", when=when)
        assert_checked(knowledge, text, "F307", fires=False)
        found = {c.text.strip(): c for c in claims(text, knowledge, published=dt.date(2024, 8, 26)).claims}
        assert (found["10.8%"].rate_of, found["10.8%"].rate_base) == (found["£25.0m"].id, found["£231.5m"].id)


def test_an_earlier_margin_the_earlier_figures_do_not_give_is_flagged(knowledge):
    assert_checked(knowledge, PARALLEL_MARGINS.format(p="11.8%", when=" a year earlier"), "F307", fires=True)


def test_a_rival_s_margin_of_the_same_period_is_not_of_the_figure_set_against(knowledge):
    text = PARALLEL_MARGINS.format(p="10.8%", when=" at its larger rival")
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["10.8%"].rate_of != found["£25.0m"].id
