"""English ratios (thirty-fifth session, lane `ratio-en`): figures per unit and totals per week that real copy states
across sentences, each a rule for a construction, with the vetoes that keep other figures apart.

- An average appended to the count its clause states (`spread across 150,000 loans, an average of £400`), naming no
  noun, shares out the lead's total past paragraphs whose figures of its unit are all smaller; a participle may
  stand between the count's comma and the average (`made 6,000 crossings, carrying an average of 4 passengers
  each`: `[link.appended_average_participles]`), and a count naming the noun the lead's total counts says which total
  it shares out (checker/link/per_unit_fallback.py).
- The value of units at their price: `putting the crop's value at $1.2m`, `the value of the crop rose to $1.2m`
  (`[link.units_value_before]`, checker/link/unit_prices.py).
- An average per week of a total over a span of weeks or over a whole period written with it (`made 14,200 axes last
  year, an average of about 273 a week`: `[link.span_average_week_before]`, `[link.span_per_week_after]`,
  `[link.span_weeks]`, checker/link/span_averages.py).
- A count that is itself per unit (`about 400 each`) counts no units another figure divides over
  (checker/link/per_unit_vetoes.py).

The constructions' words are English data only (Korean copy writes these with `평균`/`꼴` marks that other readings
take). Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

PER_UNIT, PER_PERIOD = "F317", "F312"

# ---------------------------------------------------------------- an average appended to its count, the lead's total

_PAWN = (
    "Harwood Pawn lifts its loan book\n\n"
    "Harwood Pawn, which has 80 shops, said its loan book rose 12% to £60.0m at the end of May from £53.6m.\n\n"
    "Revenue rose to £30.5m from £27.1m.\n\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The book was spread across 150,000 loans, an average of £400.", False),
        ("The book was spread across 150,000 loans, an average of £700.", True),
    ],
)
def test_an_average_appended_to_its_count_shares_out_the_leads_total(knowledge, text, fires):
    assert_checked(knowledge, _PAWN + text, PER_UNIT, fires)


def test_an_appended_average_past_a_larger_figure_of_its_unit_is_not_the_leads(knowledge):
    text = (
        "Harwood Pawn lifts its loan book\n\n"
        "Harwood Pawn said its loan book rose 12% to £60.0m at the end of May from £53.6m.\n\n"
        "Group revenue, including jewellery sales, came to £95.0m.\n\n"
        "The book was spread across 150,000 loans, an average of £700."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


def test_an_appended_average_of_a_lead_naming_other_units_is_not_linked(knowledge):
    text = (
        "Harwood Pawn reports a busy spring\n\n"
        "Harwood Pawn said its revenue rose 12% to £60.0m in the half from £53.6m.\n\n"
        "Its call centre handled 150,000 calls, an average of £700."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


_FERRY = "Tarn ferry has its busiest year\n\nThe Tarn island ferry carried 24,000 passengers in the year to March.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The two boats made 6,000 crossings, carrying an average of 4 passengers each.", False),
        ("The two boats made 6,000 crossings, carrying an average of 3 passengers each.", True),
    ],
)
def test_a_count_each_appended_after_a_participle_shares_out_the_leads_total(knowledge, text, fires):
    assert_checked(knowledge, _FERRY + text, PER_UNIT, fires)


def test_a_count_each_of_another_noun_than_the_leads_is_not_linked(knowledge):
    text = _FERRY + "The ferry made 6,000 crossings, carrying an average of 9 cars each."
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- the value of units at their price

_PLUMS = (
    "Tarn plum harvest\n\nGrowers on the Tarn plateau picked 500,000 pounds of plums this summer, the board said.\n\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Packers paid an average of $2.40 a pound, putting the crop's value at about $1.2 million.", False),
        ("Packers paid an average of $2.40 a pound, putting the crop's value at about $1.9 million.", True),
        ("Prices rose to $2.40 a pound, so the value of the crop reached about $1.2 million.", False),
        ("Prices rose to $2.40 a pound, so the value of the crop reached about $1.9 million.", True),
    ],
)
def test_the_value_of_the_units_at_their_price(knowledge, text, fires):
    assert_checked(knowledge, _PLUMS + text, PER_UNIT, fires)


def test_a_value_in_a_clause_of_its_own_is_not_the_units(knowledge):
    text = _PLUMS + "Packers paid $2.40 a pound. The value of the company's shares rose to $9 million."
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- averages per week


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Tarn forge produced 14,200 axes last year, an average of about 273 a week.", False),
        ("The Tarn forge produced 14,200 axes last year, an average of about 380 a week.", True),
        ("Volunteers at the Tarn museum gave 3,150 hours in 2025, or about 60 hours a week.", False),
        ("Volunteers at the Tarn museum gave 3,150 hours in 2025, or about 90 hours a week.", True),
        ("The Tarn market drew 96,000 visitors over the eight weeks, an average of 12,000 a week.", False),
        ("The Tarn market drew 96,000 visitors over the eight weeks, an average of 17,000 a week.", True),
    ],
)
def test_an_average_per_week_of_a_total_over_its_weeks(knowledge, text, fires):
    assert_checked(knowledge, "Tarn figures\n\n" + text, PER_PERIOD, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (an average not said to be one: a venue open some of the year's weeks)
        "The Tarn gallery drew 9,000 visitors last year, about 150 a week.",
        # (a month's total: its weeks are not whole, nothing is divided)
        "The Tarn market drew 9,000 visitors in March, about 2,900 a week.",
        # (an average of a part of the span)
        "The Tarn market drew 96,000 visitors over the eight weeks; on weekends it drew an average of 17,000 a week.",
    ],
)
def test_an_average_per_week_of_no_whole_span_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, "Tarn figures\n\n" + text, PER_PERIOD)


# ---------------------------------------------------------------- a count per unit counts no units


def test_a_count_each_is_no_count_of_units_for_another_average(knowledge):
    text = (
        "Dunmore midwives\n\n"
        "The Dunmore clinic said its 12 midwives made 4,800 home visits, about 400 each, or an average of 9 visits "
        "per mother."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Dunmore clinic said its 12 midwives made 4,800 home visits, about 400 each.", False),
        ("The Dunmore clinic said its 12 midwives made 4,800 home visits, about 600 each.", True),
    ],
)
def test_a_count_each_of_its_sentences_total_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, "Dunmore midwives\n\n" + text, PER_UNIT, fires)
