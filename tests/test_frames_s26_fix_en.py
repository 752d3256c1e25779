"""Findings of the twenty-sixth session's first-round review on English copy, each narrowed as a rule for a
construction, the round's readings kept:
- an amount set after a price per unit (`$150 apiece, $6,000 in all`) is its total only when no clause joiner opens
  the words between (`, and spent $9,000 in all on the refit`: another clause, of its own total)
  (checker/link/restated_per_unit.py);
- (kept) a count of a noun before a plural noun (`25 mooring buoys`) is named by a price per that head
  (checker/link/per_unit_apart.py `names_the_count`);
- a change whose own words compare it with a time a year back (`5% higher than a year ago`, `than last year`) is not
  measured from a prior set before it with another time (`from $3.6 million in the winter`)
  (checker/link/relations.py `_other_time_than_the_prior`, `[link.change_than_period_words]`);
- a prior set right after a later level of the sentence, the level stated per unit (`rose to $40 a month, up from
  $32`), is that level's, not an earlier change's (checker/link/relations.py `_priors_of_later_levels`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, claims, document, findings
from test_frames import assert_checked, assert_not_checked


def assert_quiet(knowledge, text: str) -> None:
    """No error and no warning of any rule on the text."""
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [(f.rule, f.message) for f in result.findings]


# ---------------------------------------------------------------- a total appended after a joiner

_LAMPS = "The Tarn library board bought 40 reading lamps at $150 apiece, {total} in all."


@pytest.mark.parametrize("total,fires", [("$6,000", False), ("$7,000", True)])
def test_a_total_appended_to_a_price_apiece_is_read(knowledge, total, fires):
    assert_checked(knowledge, _LAMPS.format(total=total), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarn library board bought 40 reading lamps at $150 apiece, and spent $9,000 in all on the refit.",
        "The Tarn library board bought 40 reading lamps at $150 each, while paying $9,000 in total for the works.",
    ],
)
def test_a_total_after_a_joiner_is_another_clause(knowledge, text):
    assert_not_checked(knowledge, text, "F317")
    assert_quiet(knowledge, text)


# ---------------------------------------------------------------- a count of a compound noun

_BUOYS = "The Keswick harbour trust fitted 25 mooring buoys for £40,000 in all, or {price} a {noun}."


@pytest.mark.parametrize("price,fires", [("£1,600", False), ("£1,800", True)])
def test_a_price_per_the_head_of_a_compound_is_per_its_count(knowledge, price, fires):
    assert_checked(knowledge, _BUOYS.format(price=price, noun="buoy"), "F317", fires)


# ---------------------------------------------------------------- `than a year ago` after a prior of another time

_GALLERY = "Gallery ticket sales rose {change}to $4.5 million in the summer from $3.6 million in the winter{tail}."


def test_a_change_than_a_year_back_is_not_measured_from_the_prior_before(knowledge):
    for tail in (", 5% higher than a year ago", ", 5% higher than last year"):
        text = _GALLERY.format(change="", tail=tail)
        assert change_links(text, knowledge)["5%"][1] is None, tail
        assert_quiet(knowledge, text)


@pytest.mark.parametrize("change,fires", [("25% ", False), ("40% ", True)])
def test_a_change_before_its_level_and_prior_is_still_read(knowledge, change, fires):
    assert_checked(knowledge, _GALLERY.format(change=change, tail=""), "F301", fires)


def test_a_change_than_a_figure_of_last_year_is_no_time(knowledge):
    found = {c.text.strip() for c in claims(_GALLERY.format(change="", tail=""), knowledge).claims}
    assert "$3.6 million" in found
    from checker.extract.lang import ByLanguage

    words = ByLanguage(lambda w: rf"(?:{w.change_than_period_words})")["en"]
    assert words.match("higher than last year's level") is None
    assert words.match("higher than last year") is not None


# ---------------------------------------------------------------- `up from` after a later level per unit

_PARKING = "Parking fees rose 10% to $11 an hour, and permit charges rose to $40 a month, up from {prior}."


@pytest.mark.parametrize("prior", ["$32", "$45"])
def test_a_prior_right_after_a_later_rate_is_that_levels(knowledge, prior):
    text = _PARKING.format(prior=prior)
    assert change_links(text, knowledge)["10%"][1] is None
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize("prior,fires", [("$10", False), ("$12", True)])
def test_a_prior_right_after_the_changes_own_rate_is_still_its(knowledge, prior, fires):
    assert_checked(knowledge, f"Parking fees rose 10% to $11 an hour, up from {prior}.", "F301", fires)
