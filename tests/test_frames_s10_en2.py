"""English differences, points and dates in constructions read for the held-out sets (session 10, second pass).

Every sentence is written for this file: invented places, parties, companies and figures.
"""

from __future__ import annotations

import datetime as dt

from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

_POINTS_RULES = ["F308", "F309"]  # points that fit neither reading, or only the relative one


def assert_points_checked(knowledge, text: str, fires: bool) -> None:
    """A move in points is reported when it is wrong, else listed as holding."""
    result = findings(knowledge, document(text), select=_POINTS_RULES, show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F308" in [p.rule for p in result.passed], "the relation was not checked at all"


# --- a move in points written before its noun, after a dash (`down from 47% - a three-point drop`) ---------------

_TRUST = "Trust in the Vell council fell to 44%, down from 47% in May - a {size} drop."


def test_a_points_size_before_its_noun_after_a_dash(knowledge):
    found = {c.text: c for c in claims(_TRUST.format(size="three-point"), knowledge).claims}
    assert found["three-point"].change_of == found["44%"].id
    assert found["three-point"].compared_to == found["47%"].id
    assert_points_checked(knowledge, _TRUST.format(size="three-point"), fires=False)
    assert_points_checked(knowledge, _TRUST.format(size="six-point"), fires=True)


def test_a_points_size_before_a_noun_that_is_no_change_is_left_alone(knowledge):
    text = "Trust in the Vell council fell to 44%, down from 47% in May - a five-point plan followed."
    assert_not_checked(knowledge, text, "F308")
    assert_not_checked(knowledge, text, "F309")


# --- a change that follows from an earlier level and the level stated the sentence before (`meaning it gained N`) -

_SEATS = "The Greens won 64 seats in the vote.\n\nThey held 51 seats in the old chamber, meaning they {verb}."
_CASES = (
    "Some 930 cases of mumps have been confirmed this year. "
    "By the end of May, 870 cases had been reported, meaning {n} were added in June."
)


def test_a_gain_after_meaning_is_the_change_from_the_level_the_sentence_names(knowledge):
    found = {c.text: c for c in claims(_SEATS.format(verb="gained 13"), knowledge).claims}
    assert found["13"].change_of == found["64 seats"].id
    assert found["13"].compared_to == found["51 seats"].id
    assert_checked(knowledge, _SEATS.format(verb="gained 13"), "F305", fires=False)
    assert_checked(knowledge, _SEATS.format(verb="gained 17"), "F305", fires=True)


def test_a_loss_after_meaning_is_a_fall(knowledge):
    text = "The Greens won 64 seats in the vote. They held 71 seats in the old chamber, meaning they lost {n}."
    assert_checked(knowledge, text.format(n=7), "F305", fires=False)
    assert_checked(knowledge, text.format(n=9), "F305", fires=True)


def test_a_passive_gain_after_meaning(knowledge):
    assert_checked(knowledge, _CASES.format(n=60), "F305", fires=False)
    assert_checked(knowledge, _CASES.format(n=90), "F305", fires=True)


def test_a_figure_after_meaning_with_no_verb_of_change_is_left_alone(knowledge):
    text = "The Greens won 64 seats in the vote. They held 51 seats in the old chamber, meaning 13 new members."
    assert_not_checked(knowledge, text, "F305")


# --- a balance named only by its word after both sides of trade (`That left a deficit of X, compared with a Y
# shortfall a year earlier`) ------------------------------------------------------------------------------------

_TRADE = (
    "Norland posts trade deficit in March\n\n"
    "Norland's exports rose 6.1% from a year earlier to $5.22 billion from $4.92 billion, while imports climbed "
    "12.0% to $5.60 billion from $5.00 billion. That left a deficit of {now}, compared with a {then} shortfall a year "
    "earlier."
)


def _trade(now: str = "$380 million", then: str = "$80 million") -> str:
    return _TRADE.format(now=now, then=then)


def test_a_deficit_beside_both_sides_is_their_balance(knowledge):
    found = {c.text: c for c in claims(_trade(), knowledge).claims}
    assert found["$380 million"].metric == "trade_balance"
    assert found["$80 million"].metric == "trade_balance"
    assert found["$80 million"].role == "prior"
    assert_checked(knowledge, _trade(), "F313", fires=False)
    assert_checked(knowledge, _trade(now="$580 million"), "F313", fires=True)


def test_the_earlier_deficit_compared_with_is_checked_against_what_the_sides_changed_from(knowledge):
    assert_checked(knowledge, _trade(), "F324", fires=False)
    assert_checked(knowledge, _trade(then="$280 million"), "F324", fires=True)


def test_a_deficit_beside_one_side_of_trade_is_left_alone(knowledge):
    text = (
        "Norland posts trade deficit in March\n\n"
        "Norland's exports rose 6.1% from a year earlier to $5.22 billion from $4.92 billion. "
        "That left a deficit of $580 million, compared with a $280 million shortfall a year earlier."
    )
    assert_not_checked(knowledge, text, "F313")
    assert_not_checked(knowledge, text, "F324")


# --- a time that labels the figure compared with is not carried to the next sentence (`versus $4.9bn in March 2023.
# Imports climbed to …`) --------------------------------------------------------------------------------------

_LABELLED = (
    "Norland posted a trade deficit of {balance} in March. "
    "Exports rose 6.1% from a year earlier to $5.22 billion, versus $4.92 billion in March 2023. "
    "Imports climbed 12.0% to $5.60 billion, compared with $5.00 billion."
)


def test_a_baseline_label_is_not_the_period_of_the_next_sentence(knowledge):
    found = {c.text: c for c in claims(_LABELLED.format(balance="$380 million"), knowledge).claims}
    assert str(found["$5.60 billion"].period) == "2024-03"
    assert_checked(knowledge, _LABELLED.format(balance="$380 million"), "F313", fires=False)
    assert_checked(knowledge, _LABELLED.format(balance="$580 million"), "F313", fires=True)


def test_a_sentence_s_own_time_is_still_carried_to_the_next(knowledge):
    text = "Exports rose to $5.22 billion in March 2023. Imports climbed to $5.60 billion."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert str(found["$5.60 billion"].period) == "2023-03"


# --- what is left of a figure two sentences back, the sentence between stating none of its unit -----------------

_LEFT = (
    "Revenue at Tarrow Rail rose 8% to £2.40 billion. The operator carried 61 million passengers, up 4%.\n\n"
    "Operating costs came to £2.15 billion, leaving an operating profit of {profit}."
)


def test_a_remainder_takes_its_whole_past_a_sentence_of_other_units(knowledge):
    assert_checked(knowledge, _LEFT.format(profit="£250 million"), "F305", fires=False)
    assert_checked(knowledge, _LEFT.format(profit="£450 million"), "F305", fires=True)


def test_a_remainder_takes_no_whole_three_sentences_back(knowledge):
    text = (
        "Revenue at Tarrow Rail rose 8% to £2.40 billion. The operator carried 61 million passengers, up 4%. "
        "Punctuality improved to 91%.\n\nOperating costs came to £2.15 billion, leaving an operating profit of "
        "£450 million."
    )
    assert_not_checked(knowledge, text, "F305")


# --- the figure compared with after the source is named (`to 401.5 million barrels, the office said, from …`) -----

_SAID = (
    "Heating oil stocks fell by {change} million barrels last week to 401.5 million barrels, the Norland Energy "
    "Office said on Wednesday, from 404.7 million the week before."
)


def test_a_from_figure_after_an_attribution_is_the_baseline(knowledge):
    found = {c.text: c for c in claims(_SAID.format(change="3.2"), knowledge).claims}
    assert found["404.7 million"].role == "baseline"
    assert_checked(knowledge, _SAID.format(change="3.2"), "F305", fires=False)
    assert_checked(knowledge, _SAID.format(change="5.2"), "F305", fires=True)


def test_a_from_figure_after_a_clause_that_is_no_attribution_is_left_alone(knowledge):
    text = (
        "Heating oil stocks fell by 5.2 million barrels last week to 401.5 million barrels, the lowest level "
        "since early spring, from 404.7 million the week before."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["404.7 million"].role != "baseline"


# --- a move in points named by a comparative with no object (`against 5.0% a month earlier: … 0.9 points lower`) -

_DAIRY = "Dairy prices in Vell rose 3.2% in the year to May, against 4.0% a month earlier: the rate is {size} lower."


def test_points_followed_by_a_bare_comparative_are_the_move_between_the_two_rates(knowledge):
    assert_points_checked(knowledge, _DAIRY.format(size="0.8 points"), fires=False)
    assert_points_checked(knowledge, _DAIRY.format(size="1.8 points"), fires=True)


def test_points_followed_by_a_comparative_with_an_object_are_left_alone(knowledge):
    text = (
        "Dairy prices in Vell rose 3.2% in the year to May, against 4.0% a month earlier, 1.8 points lower than bread."
    )
    assert_not_checked(knowledge, text, "F308")
    assert_not_checked(knowledge, text, "F309")


# --- the gap between two rates at an earlier time, after the sentence that compared the levels with them ----------

_GAP_THEN = (
    "The poll puts the Civic Party on 41%, up from 39% last month, while the Greens rose to 24% from 21%. "
    "A month ago the gap between the two parties was {size}."
)


def test_an_earlier_gap_is_the_difference_of_the_two_earlier_rates(knowledge):
    found = {c.text: c for c in claims(_GAP_THEN.format(size="18 points"), knowledge).claims}
    assert found["18 points"].change_of == found["39%"].id
    assert found["18 points"].compared_to == found["21%"].id
    assert_points_checked(knowledge, _GAP_THEN.format(size="18 points"), fires=False)
    assert_points_checked(knowledge, _GAP_THEN.format(size="14 points"), fires=True)


def test_a_gap_with_no_earlier_time_is_not_the_earlier_rates(knowledge):
    text = (
        "The poll puts the Civic Party on 41%, up from 39% last month, while the Greens rose to 24% from 21%. "
        "Among the young the gap between the two parties was 14 points."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["14 points"].compared_to != found["21%"].id


# --- a span `later` told in the present perfect runs from the date before it to now -------------------------------

_LATER = "Tarrow bought the striker for £4m in 2022. {span} years later, the club has sold him for £30m."


def _dated(text: str):
    return document(text, published=dt.date(2026, 7, 1))


def test_a_later_span_in_the_present_perfect_runs_to_publication(knowledge):
    result = findings(knowledge, _dated(_LATER.format(span="Four")), select=["F406"], show_passed=True)
    assert "F406" in [p.rule for p in result.passed] and not result.findings
    result = findings(knowledge, _dated(_LATER.format(span="Two")), select=["F406"], show_passed=True)
    assert "F406" in [f.rule for f in result.findings]


def test_a_later_span_told_in_the_past_is_left_alone(knowledge):
    text = "Tarrow bought the striker for £4m in 2022. Two years later, the club sold him for £30m."
    result = findings(knowledge, _dated(text), select=["F406"], show_passed=True)
    assert not result.findings and "F406" not in [p.rule for p in result.passed]
