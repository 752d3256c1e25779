"""English false alarms of new copy (forty-ninth session, lane `fa_en`): readings narrowed, or read right.

- A part drawn by `of them` from a figure a clause before it in its sentence, its share after a comma (`logged 80
  signs faded, and the county had 60 of them, three-quarters, repainted`): the share is of that figure, the one of
  its unit the sentence states before the part (checker/link/shares_of_them.py); such a part is no item listed
  beside it (checker/link/parallel_parts.py).
- `Three of the 15, a fifth of the range`: the share of the part drawn from the pool written right after it
  (checker/link/shares_beside_parts.py), not of the pool as a part of a whole further back; never when the share's
  `of` names another whole (`40 of the 120, 45% of the vote`).
- An average per one of a count stated before it is no part a total adds up (`The 24 floats averaged 30 metres of
  bunting, some 720 metres in all`: checker/link/totals.py); with no count (`Rainfall averaged 30mm in June and
  42mm in July`) the list still adds up.
- `Each crate holds 6kg and each sack 14kg`: a figure per one of another noun is no total of the first; a count held
  by each of a count (`32 rows of 30 baskets apiece`) is no count of all the units a figure per one is multiplied
  over (checker/link/per_one_products.py).
- `That is 3,000 tonnes up on last year's 24,000 tonnes, a rise of an eighth`: after a pronoun and link verb the
  first figure is the move itself, no level a rate is of (checker/link/amounts_appended.py,
  checker/link/fraction_changes.py); with no such opening (`came to 27,000 tonnes up from 24,000 tonnes`) it is the
  level.
- `so that part of the crop is worth £3.6m`: where the article splits the lead into parts, a price values the part
  its own clause names, never the lead's whole (`[link.part_pointed_back]`, checker/link/unit_prices.py).
- A range counting weekly rounds (`ran for 20 weekly rounds`): a length beside it stating that same count (`a
  20-week season`) is not read as the time apart; any other length still is (checker/link/date_spans_general.py).

The constructions are English ones. Every sentence is written for this file, with invented places, names and
numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, rule_result

SHARE = "F503"
SUM = "F302"
PER_UNIT = "F317"
GROWTH = "F301"


def _touched(knowledge, text: str, rule: str) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


# ---------------------------------------------------------------- `N of them, SHARE`, the whole a clause before

_SIGNS = (
    "The county has restored 180 signposts this year.\n\nThe posts carry four signs on average, 720 signs in all. "
    "Surveyors logged 80 signs faded or bent, and the county has had {part} of them, three-quarters, repainted by a "
    "firm in Ludlow."
)


@pytest.mark.parametrize(("part", "fires"), [("60", False), ("50", True)])
def test_share_of_them_is_of_the_figure_a_clause_before(knowledge, part, fires):
    assert_checked(knowledge, _SIGNS.format(part=part), SHARE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the unit before the part: which one `them` are, unsaid
        "Surveyors logged 80 signs faded and 200 poles bent, and the county has had 60 of them, three-quarters, "
        "repainted.",
        # a part counting another noun than the figure before it: no part of it
        "Surveyors logged 80 poles bent, and the county has had 45 signs of them, three-quarters, repainted.",
    ],
)
def test_share_of_them_apart_must_not(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


def test_part_drawn_by_of_them_is_no_listed_item(knowledge):
    text = (
        "The county has restored 180 signposts this year.\n\nThe posts carry four signs on average, 720 signs in "
        "all. Surveyors logged 80 signs faded or bent, and the county has had 60 of them repainted by a firm in "
        "Ludlow."
    )
    assert_not_linked(knowledge, text, SUM)


@pytest.mark.parametrize(("rest", "fires"), [("640", False), ("600", True)])
def test_items_listed_side_by_side_still_add_up(knowledge, rest, fires):
    text = (
        "The county has restored 180 signposts this year.\n\nThe posts carry four signs on average, 720 signs in "
        f"all. Surveyors found 80 signs faded and the remaining {rest} signs sound."
    )
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- `Three of the 15, a fifth of the range`

_PRINTS = (
    "The studio will sell 4,500 prints. It will make 15 designs, 300 prints of each. {part} of the 15, a fifth of "
    "the range, come from its own archive."
)


@pytest.mark.parametrize(("part", "fires"), [("Three", False), ("Four", True)])
def test_share_of_a_part_drawn_from_the_pool_after_it(knowledge, part, fires):
    assert_checked(knowledge, _PRINTS.format(part=part), SHARE, fires)


def test_pool_after_a_part_is_no_part_of_the_lead(knowledge):
    text = _PRINTS.format(part="Three")
    assert not any({"15", "4,500 prints"} <= touched for touched in _touched(knowledge, text, SHARE))


def test_share_beside_a_bare_part_still_of_its_named_whole(knowledge):
    # (no pool written before the part: the share is of the whole its noun names, as before)
    text = "The league has 64 teams. Its 16 new teams, a quarter of the total, come from two towns."
    assert not any({"16 new teams", "15"} <= touched for touched in _touched(knowledge, text, SHARE))


# ---------------------------------------------------------------- an average is no part of a total


@pytest.mark.parametrize(
    "text",
    [
        "The 24 floats averaged 30 metres of bunting, some 720 metres in all.",
        "The 24 floats averaged 30 metres of bunting, some 800 metres in all.",
        "The 24 floats used an average of 30 metres of bunting, some 800 metres in all.",
    ],
)
def test_average_beside_its_count_is_no_list(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("total", "fires"), [("72mm", False), ("82mm", True)])
def test_average_with_no_count_before_it_still_adds_up(knowledge, total, fires):
    # (no count of the averaged things before the mark: the figures may be parts of a sum)
    assert_checked(knowledge, f"Rainfall averaged 30mm in June and 42mm in July, {total} in all.", SUM, fires)


@pytest.mark.parametrize(("total", "fires"), [("720", False), ("820", True)])
def test_listed_measures_still_add_up(knowledge, total, fires):
    text = f"The east stand used 300 metres of bunting and the west stand 420 metres, some {total} metres in all."
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a figure per one, its count and total


def test_figure_per_one_of_another_noun_is_no_total(knowledge):
    text = (
        "The mill will ship 400 crates and 200 sacks. Each crate holds 6kg of flour and each sack 14kg, just over "
        "5 tonnes for the whole load."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("2,400kg", False), ("2,800kg", True)])
def test_figure_per_one_still_multiplied_out(knowledge, total, fires):
    text = f"The mill will ship 400 crates. Each crate holds 6kg of flour, so {total} leave the mill."
    assert_checked(knowledge, text, PER_UNIT, fires)


_ROSES = (
    "Florists filled 960 baskets at the Harlow rose fair on Saturday.\n\nThe 80 stalls showed 12 baskets each, "
    "spread over 32 rows of 30 baskets apiece. Every basket holds six roses, so {total} roses were on show."
)


@pytest.mark.parametrize(("total", "fires"), [("5,760", False), ("6,760", True)])
def test_count_held_by_each_is_no_count_of_all(knowledge, total, fires):
    assert_checked(knowledge, _ROSES.format(total=total), PER_UNIT, fires)


def test_count_held_by_each_is_never_the_units(knowledge):
    text = (
        "The 80 stalls showed 12 baskets each, spread over 32 rows of 30 baskets apiece. Every basket holds six "
        "roses, so 5,760 roses were on show."
    )
    touched = _touched(knowledge, text, PER_UNIT)
    assert not any({"30 baskets", "5,760 roses"} <= items for items in touched), touched
    assert not any({"12 baskets", "5,760 roses"} <= items for items in touched), touched


# ---------------------------------------------------------------- the move written as a figure, then its rate


@pytest.mark.parametrize(
    "text",
    [
        "A farm near Thetford expects to lift 27,000 tonnes of onions this year. That is 3,000 tonnes up on last "
        "year's 24,000 tonnes, a rise of an eighth.",
        "A farm near Thetford expects to lift 27,000 tonnes of onions this year. That is 3,000 tonnes more than last "
        "year's 24,000 tonnes, an increase of an eighth.",
    ],
)
def test_move_written_before_its_prior_is_no_level(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)


@pytest.mark.parametrize(("rate", "fires"), [("an eighth", False), ("a fifth", True)])
def test_rate_appended_to_a_level_and_prior_still_read(knowledge, rate, fires):
    text = f"The farm lifted 27,000 tonnes of onions this year, up from 24,000 tonnes last year, a rise of {rate}."
    assert_checked(knowledge, text, GROWTH, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (no pronoun and link verb before the figure: written with no comma, the figure is the level itself)
        "The Corby harvest came to 27,000 tonnes up from 24,000 tonnes, a rise of a fifth.",
        "The Corby harvest came to 27,000 tonnes up on last year's 24,000 tonnes, a rise of a fifth.",
    ],
)
def test_level_with_no_comma_before_its_prior_still_read(knowledge, text):
    assert_checked(knowledge, text, GROWTH, True)


# ---------------------------------------------------------------- a price valuing the part a total points back to

_CHIPS = (
    "A farm near Ely expects to lift 20,000 tonnes of potatoes this year.\n\nChippers will take 12,000 tonnes, and "
    "the other 8,000 tonnes will go to shops.\n\n{subject} fetch £300 a tonne at the farm gate, so that part of the "
    "crop is worth about {total}."
)


@pytest.mark.parametrize(("total", "fires"), [("£3.6m", False), ("£4.6m", True)])
def test_price_values_the_part_its_clause_names(knowledge, total, fires):
    assert_checked(knowledge, _CHIPS.format(subject="Chipper potatoes", total=total), PER_UNIT, fires)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # (the article splits the lead into no parts: `that share of the county crop` is of a whole beyond it, the
        # lead its part, valued as before)
        (
            "Selby growers lifted 20,000 tonnes of potatoes. They fetch £300 a tonne, so that share of the county "
            "crop is worth £7m.",
            True,
        ),
        (
            "Selby growers lifted 20,000 tonnes of potatoes. They fetch £300 a tonne, so that share of the county "
            "crop is worth £6m.",
            False,
        ),
        (
            "A Polwick boat landed 40 tonnes of crab. It fetched £2,000 a tonne, so this portion of the port's catch "
            "was worth £90,000.",
            True,
        ),
        (
            "A Polwick boat landed 40 tonnes of crab. It fetched £2,000 a tonne, so this portion of the port's catch "
            "was worth £80,000.",
            False,
        ),
    ],
)
def test_lead_pointed_to_as_a_part_still_valued(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("total", ["£3.6m", "£6m"])
def test_part_pointed_back_to_never_the_lead(knowledge, total):
    # (the price's clause names no part: which part is unsaid)
    assert_not_linked(knowledge, _CHIPS.format(subject="Potatoes", total=total), PER_UNIT)


# ---------------------------------------------------------------- narrowed: pools named, shares of another whole


@pytest.mark.parametrize(
    "text",
    [
        # the pool names its noun: the share may be of another whole
        "The Fenwick list won 30 of the 90 seats, 40% of the vote, in June.",
        # the share is of the part itself
        "Crews felled 12 of the 48, 40% of them ash, along the canal.",
        # a bare pool, the share's `of` naming another whole: no share of the drawn part
        "The Greens won 40 of the 120, 45% of the vote.",
        "In 12 of the 40, 25% of pupils were absent.",
        "Three of the 15, 30% of the budget, went on parks.",
        "Three of Ormsby's 15, 40% of the town's book loans, will shut.",
    ],
)
def test_shares_of_drawn_parts_must_not(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize(
    "text",
    [
        # (the numbers happen to agree: still no share of the drawn part, its whole named after it)
        "In 12 of the 40, 30% of pupils were absent on Friday.",
        "Three of the 15, 20% of the council's budget, went on the park.",
        "The bus firm cut 4 of the 20, 20% of the fleet's mileage, from its timetable.",
    ],
)
def test_share_of_another_whole_is_no_share_of_the_drawn_part(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


# ---------------------------------------------------------------- a run counting weekly rounds beside a length

DATES = "F406"
_DARTS = (
    "Darts league crowns champions after {weeks}-week season\n\nThe Red Lions have won the Hallam Darts League after a "
    "season that ran {run}from Monday, March 2, to Monday, July 13."
)


def test_length_beside_a_range_of_weekly_rounds_is_their_count(knowledge):
    assert_not_fired(knowledge, _DARTS.format(weeks="20", run="for 20 weekly rounds, "), DATES)


@pytest.mark.parametrize(("weeks", "fires"), [("19", False), ("22", True)])
def test_length_beside_a_range_still_read(knowledge, weeks, fires):
    assert_checked(knowledge, _DARTS.format(weeks=weeks, run=""), DATES, fires)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # (a count of recurring things beside the range that is not the length stated: the length is the run's)
        (
            "Ten-day fair ends\n\nThe fair, which sold 5,000 annual passes, ran from Saturday, May 2, to "
            "Sunday, May 10.",
            True,
        ),
        (
            "Nine-day fair ends\n\nThe fair, which sold 5,000 annual passes, ran from Saturday, May 2, to "
            "Sunday, May 10.",
            False,
        ),
        (
            "Six-week roadworks end\n\nThe roadworks on the B912, which cost the council 3 monthly payments of "
            "£40,000, ran from Monday, June 1, to Friday, July 31.",
            True,
        ),
        (
            "Darts league ends after 22-week season\n\nThe league, with 20 weekly rounds, ran from Monday, March 2, to "
            "Monday, July 13.",
            True,
        ),
    ],
)
def test_length_beside_a_range_with_another_recurring_count_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, DATES, fires)
