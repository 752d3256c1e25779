"""Margins, percentage ratios and multiples (sixteenth session), each a rule for a construction:
- a margin whose revenue was stated paragraphs before as the article's first and largest figure of the metric, the
  later ones its segments (`Revenue rose to $480m.` ¶ `Garden tools brought in $150m …` ¶ `Operating profit was
  $38m, a margin of 7.9%`): the first figure is the whole, the margin's base;
- a conjunction or a weekday before a metric (`said on Tuesday that revenue rose`) narrows it to no segment;
- a multiple going on about the level of the sentence before (`… 12억원에 팔렸다. … 5억원의 2.4배다`): a level
  written with the particle of the level reached, and never a figure per unit (`한 건당 평균 5억원`);
- a multiple above one in the sentence after a fall is not that fall restated;
- a change after a figure set against its earlier one (`41%, against 46% in 2025, a fall of 5 points, while …`)
  is of those two figures, not of one stated after it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import change_links, claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a margin over the total stated first (F318)

TOTAL_FIRST = (
    "Brindle Tools said on Tuesday that revenue rose 6% to $480 million.\n\n"
    "Garden tools brought in $150 million of revenue, up from $141 million. "
    "Power tools had revenue of $95 million.\n\n"
    "Underlying operating profit was $38 million, a margin of {margin}, it said."
)


def test_a_margin_over_the_total_stated_first_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, TOTAL_FIRST.format(margin="7.9%"), "F307", fires=False)
    assert_checked(knowledge, TOTAL_FIRST.format(margin="12.4%"), "F307", fires=True)


def test_a_segment_stated_before_the_total_leaves_no_base(knowledge):
    """The first figure of the metric is smaller than a later one: which is the whole is not said."""
    text = (
        "Garden tools brought in $150 million of revenue for Brindle Tools, the company said on Tuesday.\n\n"
        "Revenue rose 6% to $480 million. Power tools had revenue of $95 million.\n\n"
        "Underlying operating profit was $38 million, a margin of 12.4%, it said."
    )
    assert_not_checked(knowledge, text, "F307")


def test_the_first_figure_of_another_period_leaves_no_base(knowledge):
    """The lead's revenue is of a quarter the margin does not name: a later figure of no period is not its base.
    (Since the seventeenth session the lead's figure is, its breakdown following it, read as a guess: the story's
    period is the margin's, and a mismatch is a warning, tests/test_frames_s17_ratios.py.)"""
    text = (
        "Brindle Tools said revenue fell 4% to $480 million in the third quarter.\n\n"
        "Garden tools brought in $150 million of revenue, up from $141 million. "
        "Power tools had revenue of $95 million.\n\n"
        "Net income was $38 million, for a net margin of 25.3%."
    )
    result = findings(knowledge, document(text), select=["F318"], show_passed=True)
    assert [(f.severity, "$480 million" in f.message) for f in result.findings] == [("warning", True)]


# ------------------------------------------------ words before a metric that narrow nothing


def test_a_conjunction_or_weekday_before_the_metric_is_no_scope(knowledge):
    found = claims("Brindle Tools said on Thursday that revenue rose 6% to $480 million.", knowledge).claims
    assert [c.scope for c in found if c.text == "$480 million"] == [None]
    found = claims("Brindle Tools said on Thursday revenue rose 6% to $480 million.", knowledge).claims
    assert [c.scope for c in found if c.text == "$480 million"] == [None]


# ------------------------------------------------ a multiple going on about the level of the sentence before (F304)


def _multiple_links(text, knowledge):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return {
        c.text.split()[0]: (by_id.get(c.change_of), by_id.get(c.compared_to)) for c in found if c.kind == "multiple"
    }


SOLD_AT = "이번 경매 최고가 작품은 원로 작가의 풍경화로 12억원에 팔렸다. 경매 시작 가격 5억원의 {multiple}다."


def test_a_level_reached_with_its_particle_is_multiplied(knowledge):
    assert _multiple_links(SOLD_AT.format(multiple="2.4배"), knowledge)["2.4배"] == ("12억원", "5억원")
    assert_checked(knowledge, SOLD_AT.format(multiple="2.4배"), "F304", fires=False)
    assert_checked(knowledge, SOLD_AT.format(multiple="4배"), "F304", fires=True)


def test_two_levels_reached_before_are_not_linked(knowledge):
    text = "풍경화는 12억원에, 인물화는 9억원에 팔렸다. 경매 시작 가격 5억원의 2.4배다."
    assert _multiple_links(text, knowledge)["2.4배"][1] != "5억원"


PER_CONTRACT = (
    "가을 시즌 협찬 계약은 12건, 총 60억원으로 한 건당 평균 5억원 규모다. 지난 시즌 협찬 수입 20억원의 {multiple}다."
)


def test_a_figure_per_unit_is_no_level_of_its_sentence(knowledge):
    """`한 건당 평균 5억원` is a figure per contract: the sentence's level is the total, `60억원`."""
    assert _multiple_links(PER_CONTRACT.format(multiple="세 배"), knowledge)["세"] == ("60억원", "20억원")
    assert_checked(knowledge, PER_CONTRACT.format(multiple="세 배"), "F304", fires=False)
    assert_checked(knowledge, PER_CONTRACT.format(multiple="다섯 배"), "F304", fires=True)


# ------------------------------------------------ a multiple after a fall is no restatement of it (F304)

AFTER_A_FALL = (
    "Net debt fell to $180 million from $200 million at the end of March. "
    "That leaves it at 2.5 times annualised earnings before interest, tax, depreciation and amortisation "
    "of $72 million."
)


def test_a_multiple_in_the_sentence_after_a_fall_is_not_of_the_fall(knowledge):
    links = _multiple_links(AFTER_A_FALL, knowledge)
    assert links["2.5"] != ("$180 million", "$200 million")
    assert "F304" not in [f.rule for f in findings(knowledge, document(AFTER_A_FALL), select=["F304"]).findings]


def test_a_multiple_in_the_falls_own_sentence_is_still_read(knowledge):
    """`tripled to $30m from $40m`: the two figures fall, and the multiple the writer put beside them is wrong."""
    text = "Sales at the Brindle unit tripled to $30 million from $40 million in the year, the company said."
    assert_checked(knowledge, text, "F304", fires=True)


# ------------------------------------------------ a change after a figure set against its earlier one (F308)

AGAINST_THEN_CHANGE = (
    "Hanbit sold 41% of the lamps made in the year, against 46% in 2025, a fall of {points} percentage points, "
    "while Orion's share rose to 12% from 8%."
)


def test_a_change_after_against_is_of_the_two_figures_it_follows(knowledge):
    assert change_links(AGAINST_THEN_CHANGE.format(points=5), knowledge)["5 percentage points"] == ("41%", "46%")
    assert_checked(knowledge, AGAINST_THEN_CHANGE.format(points=5), "F308", fires=False)
    assert_checked(knowledge, AGAINST_THEN_CHANGE.format(points=3), "F308", fires=True)


def test_a_change_read_from_the_two_figures_before_it_stands(knowledge):
    """No figure after the change: the reading of the relate stage is kept."""
    text = "Hanbit's share was 41%, against 46% in 2025, a fall of 5 percentage points."
    assert change_links(text, knowledge)["5 percentage points"] == ("41%", "46%")


BUSIEST_MONTH = (
    "올해 가장 많은 관객이 든 달은 8월로 9만6천명이 찾았다. 관객이 가장 적었던 3월(2만1천명)의 {multiple}다."
)


def test_the_date_of_the_figure_compared_with_may_open_the_sentence(knowledge):
    """`3월(2만1천명)의`: the month before the figure is its period, no other figure of the sentence."""
    assert _multiple_links(BUSIEST_MONTH.format(multiple="4.6배"), knowledge)["4.6배"] == ("9만6천명", "2만1천명")
    assert_checked(knowledge, BUSIEST_MONTH.format(multiple="4.6배"), "F304", fires=False)
    assert_checked(knowledge, BUSIEST_MONTH.format(multiple="7배"), "F304", fires=True)


def test_another_number_opening_the_sentence_is_no_date(knowledge):
    text = "올해 가장 많은 관객이 든 전시는 9만6천명이 찾았다. 관객이 가장 적었던 3개 전시(2만명)의 4.8배다."
    assert _multiple_links(text, knowledge)["4.8배"][0] != "9만6천명"
