"""False alarms of set G's first score, each fixed as a rule for a construction (thirteenth session):
- a rate in parentheses after the gap it restates takes the sign of the comparison after the parenthesis
  (`…보다 8천원(13.3%) 낮았다` is a fall of 13.3%, not a rise);
- a segment's figure (a part set beside its share, or added up to its total) is no base of the whole's margin;
- a share set beside its part and naming its whole by a noun that is no metric's name (`of regional output`) is
  not a share of a figure the article names by a metric.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

LOWER = "지난달 한빛시장의 배추 한 망 평균 도매가는 5만2천원으로, 지난해 같은 달 6만원보다 8천원({rate}) 낮았다."
HIGHER = "지난달 한빛시장의 무 한 상자 평균 도매가는 6만원으로, 지난해 같은 달 5만2천원보다 8천원({rate}) 높았다."


def test_a_rate_restating_a_gap_below_is_a_fall(knowledge):
    assert_checked(knowledge, LOWER.format(rate="13.3%"), "F301", fires=False)


def test_a_wrong_rate_restating_a_gap_below_fires(knowledge):
    assert_checked(knowledge, LOWER.format(rate="23.3%"), "F301", fires=True)


def test_a_rate_restating_a_gap_above_is_a_rise(knowledge):
    assert_checked(knowledge, HIGHER.format(rate="15.4%"), "F301", fires=False)


def test_the_rate_and_its_gap_share_the_sign(knowledge):
    found = {c.text: c for c in claims(LOWER.format(rate="13.3%"), knowledge).claims}
    assert found["8천원"].direction == found["13.3%"].direction == -1


# ---------------------------------------------------------------- a segment's figure is no base of the margin (F307)

SEGMENT_AFTER = (
    "Corvel Tools reported revenue of A$2.40 billion for the year.\n\n"
    "Operating profit rose to A$168 million, a margin of {margin}. Sales to builders reached A$0.96 billion, "
    "or 40% of the total, with home gardeners spending A$1.44 billion."
)
WHOLE_BESIDE = (
    "Corvel Tools had revenue of A$2.40 billion and operating profit of A$168 million, a margin of {margin}. "
    "Sales to builders reached A$0.96 billion, or 40% of the total, with home gardeners spending A$1.44 billion."
)


def test_a_segments_sales_are_not_the_margins_base(knowledge):
    """The paragraph's only sales figures are parts (one set beside its share, one added to the total): the
    margin is not divided by either (before, 168 / 960 = 17.5% was reported against the stated 7%)."""
    result = findings(knowledge, document(SEGMENT_AFTER.format(margin="7.0%")), select=["F307"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_the_margin_beside_the_whole_is_checked_against_it(knowledge):
    assert_checked(knowledge, WHOLE_BESIDE.format(margin="7.0%"), "F307", fires=False)


def test_a_wrong_margin_beside_the_whole_fires(knowledge):
    assert_checked(knowledge, WHOLE_BESIDE.format(margin="9.5%"), "F307", fires=True)


# ---------------------------------------------------------------- a share of a whole named by a noun no figure is


SHARE_OF_NAMED_NOUN = (
    "Velmar's regional council set a budget of 41.2 billion euros for next year.\n\n"
    "Its revenue is projected at 38.6 billion euros, up 4.1%.\n\n"
    "The council's deficit is expected to be 2.6 billion euros, or {share} of regional output."
)


def test_a_share_of_a_whole_named_by_another_noun_is_not_linked_to_a_figure_of_the_article(knowledge):
    """`, or 1.9% of regional output`: the article states no figure of that output; before, the share was divided
    by the revenue stated a paragraph back (2.6 / 38.6 = 6.7%, reported against the stated 1.9%)."""
    assert_not_checked(knowledge, SHARE_OF_NAMED_NOUN.format(share="1.9%"), "F503")


def test_a_share_of_the_total_set_beside_its_part_is_still_linked(knowledge):
    text = (
        "Velmar's regional council set a budget of 41.2 billion euros for next year.\n\n"
        "Its schools will receive 10.3 billion euros, or {share} of the total."
    )
    assert_checked(knowledge, text.format(share="25%"), "F503", fires=False)
    assert_checked(knowledge, text.format(share="35%"), "F503", fires=True)


# ------------------------------------------------ a count of another noun is no level of the metric (F301)

CALLS_THEN_PASSENGERS = (
    "Harbour passengers top 400,000 as Port Arden weighs a daily cap\n\n"
    "Port Arden's harbour handled 188 ferry calls this season, bringing 412,000 passengers ashore, "
    "up {rate} from 376,000 last year."
)


def test_a_change_of_passengers_is_of_the_passengers_not_of_the_calls(knowledge):
    """`188 ferry calls` was given the metric of the passengers named after it (and in the headline); the change
    of passengers was then measured on the calls (188 against 376,000: a fall of 99.9%, a false error)."""
    assert_checked(knowledge, CALLS_THEN_PASSENGERS.format(rate="9.6%"), "F301", fires=False)


def test_a_wrong_change_of_passengers_fires(knowledge):
    assert_checked(knowledge, CALLS_THEN_PASSENGERS.format(rate="19.6%"), "F301", fires=True)


def test_a_level_of_no_counter_keeps_its_metric(knowledge):
    """`182 of the 350 seats, six more than the 176 needed`: the bare 182 is still the level the gap is of."""
    text = "The Civic Union took 182 of the 350 seats in the council, {gap} more than the 176 needed to govern alone."
    assert_checked(knowledge, text.format(gap="six"), "F305", fires=False)
    assert_checked(knowledge, text.format(gap="16"), "F305", fires=True)
