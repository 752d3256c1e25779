"""English sums and growths (twenty-fourth session), each a rule for a construction:
- a running total with no determiner (`taking total income to £35m`, `bringing total buyers to 350,000`;
  `[link.running_total_marks]`) is brought up by the amounts right before it in its sentence;
- with no earlier amount stated after such a total, the amount it was brought up from is the one amount of its unit,
  counter and metric that the nearest sentence before (up to two back) states as a value, not a rate (`£15 a
  visitor`); a sentence with two such amounts names no single one: nothing is linked (checker/link/tallies.py);
- a together-total (`Together the three made $4.5m`) is read beside its own prior and change in its sentence
  (`…, against $4.0m in 2025, a rise of $500,000`): they are no rival totals;
- `goes from $250 to $300` (`go`, `went`, `gone`; `[link.moving_verbs]`) moves a level: the first figure is the one
  a rate of its sentence is measured from;
- `has shrunk by a fifth, to 4,000 from 5,000` (`shrunk`, `shrinks`; `[link.fall_verbs_before]`) is a fall.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a running total brought up from a sentence before

_RUNNING = (
    "Gate sales at the Fernhill Aquarium rose to £20.0m from £18.0m, about £15 a visitor. "
    "The cafe brought in a further £10.0m and grants £5.0m, taking total income to £{total}m."
)


@pytest.mark.parametrize("total,fires", [("35.0", False), ("38.0", True)])
def test_running_total_adds_the_amount_of_the_sentence_before(knowledge, total, fires):
    assert_checked(knowledge, _RUNNING.format(total=total), "F302", fires)


_RUNNING_COUNT = (
    "Sales of local fishing permits fell to 300,000 from 320,000 in 2025. "
    "Visitor permits held up better at 50,000, bringing total permit buyers to {total}."
)


@pytest.mark.parametrize("total,fires", [("350,000", False), ("370,000", True)])
def test_running_total_with_no_determiner(knowledge, total, fires):
    assert_checked(knowledge, _RUNNING_COUNT.format(total=total), "F302", fires)


def test_running_total_after_two_amounts_links_nothing(knowledge):
    text = (
        "Fees brought in $3.0 million and fines $2.0 million. "
        "Parking added a further $1.0 million, taking total income to $7.0 million."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a together-total beside its own prior and change

_TOGETHER = (
    "The ferry's car deck earned $2.50 million, its cabins $1.20 million and its cafe $0.80 million. "
    "Together the three made ${total} million, compared with $4.00 million in 2025, a rise of $500,000."
)


@pytest.mark.parametrize("total,fires", [("4.50", False), ("4.90", True)])
def test_together_total_beside_its_prior_and_change(knowledge, total, fires):
    assert_checked(knowledge, _TOGETHER.format(total=total), "F302", fires)


def test_together_with_two_totals_of_its_own_links_nothing(knowledge):
    text = (
        "The ferry's car deck earned $2.50 million, its cabins $1.20 million and its cafe $0.80 million. "
        "Together the three made $4.50 million, and the two ferries $7.00 million."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- `goes from X to Y, a 20% rise`

_GOES = "For the average family the water charge goes from $250 to ${now}, a 20.0% rise."


@pytest.mark.parametrize("now,fires", [("300", False), ("320", True)])
def test_goes_from_to_is_a_move_of_a_level(knowledge, now, fires):
    assert_checked(knowledge, _GOES.format(now=now), "F301", fires)


def test_ranging_from_to_is_no_move(knowledge):
    assert_not_checked(knowledge, "Tickets for the gala range from $250 to $320, a 20.0% rise on the floor.", "F301")


# ---------------------------------------------------------------- `has shrunk by a fifth, to … from …`

_SHRUNK = "The repair backlog has shrunk by {rate}, to 300 cases from 400 a year ago."


@pytest.mark.parametrize("rate,fires", [("25%", False), ("10%", True)])
def test_shrunk_is_a_fall(knowledge, rate, fires):
    assert_checked(knowledge, _SHRUNK.format(rate=rate), "F301", fires)


def test_shrunk_with_no_prior_is_not_checked(knowledge):
    assert_not_checked(knowledge, "The repair backlog has shrunk by 25%, the board said of its 300 cases.", "F301")


# ---------------------------------------------------------------- `…, and parking rose to £12`: another subject's level

_OTHER_SUBJECT = "Ferry fares rose 10% from £{prior} in 2025, and cabin hire rose to £{level}."


def test_level_of_a_coordinated_subject_is_not_the_change_s(knowledge):
    assert_not_checked(knowledge, _OTHER_SUBJECT.format(prior="300", level="12"), "F301")


_SAME_SUBJECT = "Ferry fares rose 10% from £300 in 2025, and then rose to £{level}."


@pytest.mark.parametrize("level,fires", [("330", False), ("360", True)])
def test_and_then_goes_on_with_the_same_subject(knowledge, level, fires):
    assert_checked(knowledge, _SAME_SUBJECT.format(level=level), "F301", fires)


# ---------------------------------------------------------------- `up 10% on last winter's £8.0m`

_SEASON = "Tarnfield District Council spent £{level} million clearing snow, up 10.0% on {season}'s £8.0m."


@pytest.mark.parametrize(
    "season,level,fires",
    [("last winter", "8.8", False), ("last winter", "9.6", True), ("the previous summer", "8.8", False)],
)
def test_a_season_s_figure_after_a_rate_on_is_the_prior(knowledge, season, level, fires):
    assert_checked(knowledge, _SEASON.format(season=season, level=level), "F301", fires)


def test_a_season_s_figure_with_no_rate_before_is_not_a_prior(knowledge):
    text = "Tarnfield District Council spent £8.8 million clearing snow this year, against last winter's £8.0m."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `from the spring estimate of`, `the flood-hit`

_ESTIMATE = (
    "The ferry line now expects 2.0 million passengers this year, "
    "down 20.0% from the spring estimate of {prior} million."
)


@pytest.mark.parametrize("prior,fires", [("2.5", False), ("2.8", True)])
def test_a_noun_naming_the_figure_a_change_is_from(knowledge, prior, fires):
    assert_checked(knowledge, _ESTIMATE.format(prior=prior), "F301", fires)


_COMPOUND = "The Oakvale growers picked 12,600 tonnes, up 5.0% from the drought-hit {prior} tonnes of 2025."


@pytest.mark.parametrize("prior,fires", [("12,000", False), ("11,000", True)])
def test_a_compound_adjective_before_the_figure_a_change_is_from(knowledge, prior, fires):
    assert_checked(knowledge, _COMPOUND.format(prior=prior), "F301", fires)


def test_a_noun_naming_another_thing_is_no_baseline(knowledge):
    text = "The fund raised 2.0 million dollars, down 20.0% from the sale of 2.5 million shares."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `…, an increase of a fifth`

_NOUN_FRACTION = "Kestrel Mills lifted its payout to £{level}m from £10m, an increase of a fifth."


@pytest.mark.parametrize("level,fires", [("12", False), ("15", True)])
def test_a_fraction_after_a_change_noun_and_of(knowledge, level, fires):
    assert_checked(knowledge, _NOUN_FRACTION.format(level=level), "F301", fires)


def test_a_fraction_after_another_noun_and_of_is_no_change(knowledge):
    text = "Kestrel Mills lifted its payout to £15m from £10m after the birth of a fifth mill."
    assert_not_checked(knowledge, text, "F301")
