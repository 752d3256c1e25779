"""Figures per unit in English copy (twenty-first session), each a rule for a construction
(checker/link/unit_prices.py, words in rules/lang/en.toml):
- a price per `pound` in an article that reads its pounds as weights (`500 million pounds` of a crop), or whose own
  sentence states the weight it values (`sold 50,000 tonnes at $4.00 a pound`), is a price per pound of weight: the
  total is the weight times the price (a rate of exchange, `$1.30 a pound` beside no weight, is not);
- a price per a unit of measure of two letters (`$3.00 a kg`) is a price per unit as `a kilogram` is;
- the price's own move in its sentence (`rose 30 cents to $3.00 a kg from $2.70`) is no other money the units may be
  valued at, as its earlier level was not;
- words that make a total the value of units only after a price of its own sentence (`for revenue of`, `for a total
  of`, `brought in`, `bringing total sales to`: `[link.units_value_after_price]`); alone (`Gift packs … brought in
  £40m`) they state what a part earned;
- `At that price` applies the latest price stated before it: a price of the units' currency and order stated after
  the noun's price (`$2.00 a pound last season … around $2.50 this year`) leaves the older one unapplied;
- `for each`/`for every` before a noun of items is a per-unit mark (`£12 for each visitor`, `$9.00 for every
  listener`: `[link.per_item_noun_after]`), not before a unit of measure (`10kg of milk for every kilogram of
  cheese`) nor before a sum (`$2 for every $100 raised`) (checker/link/per_unit_apart.py);
- an amount marked per a noun of items right after it (`takings of about £500,000 a pub`) is an average, no total a
  figure per unit divides (`[link.period_nouns_after_mark]` keeps `$5bn a year` a total);
- a figure per unit whose scope names a segment of its metric (`£4.00 of drink revenue per pint`) is of the total
  that segment's words name (`Drink brought in £100m`), not of the whole's; words of an average name no segment
  (`Average revenue per passenger`: `[link.average_scope_words]`);
- a count appended after a comma and an average's words with the noun it is per after it (`drew 500,000 spectators
  across its 40 games, an average of 12,500 a game`, `runs 50 parks with 10,000 sites, an average of 200 sites a
  park`) restates the count right before it per the count that noun names; a count of another counter (`seated
  90,000 people, an average of 6,000 seats a tent`) or a noun of a period (`1,400 a day`) is none
  (checker/link/counts_per_unit.py);
- the earlier level of a figure per unit (`fell to C$2.40 a kilogram from C$2.80`) is per unit of the earlier levels
  its total's and its units' sentences state (`worth C$480m, against C$448m`, `200,000 tonnes, up from 160,000`);
  with no earlier level of the total stated it is not linked (checker/link/per_unit_priors.py);
- an amount each unit holds (`Each parlour took about £300,000 on average`) is of the one amount of its currency
  stated with the units in their sentence (`sold £12.0m of ice cream through its 40 ice-cream parlours`; the noun
  may be the word after the counter read); money of the lead not stated with the units is none
  (checker/link/each_averages.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `20 cents a pound` of a crop weighed in pounds

_SQUASH = (
    "Growers in Redfern County expect to harvest 500 million pounds of squash this year, up 4% from 480 million "
    "pounds.\n\n"
    "At an average price of 20 cents a pound, the crop would be worth about {total} at the farm gate."
)


@pytest.mark.parametrize("total,fires", [("$100 million", False), ("$130 million", True)])
def test_a_price_per_pound_values_the_crop_weighed_in_pounds(knowledge, total, fires):
    assert_checked(knowledge, _SQUASH.format(total=total), "F317", fires)


_ORE = (
    "The Tallow Ridge mine sold 50,000 tonnes of copper at an average price of $4.00 a pound, for revenue of {total}."
)


@pytest.mark.parametrize("total,fires", [("$440.9 million", False), ("$540.9 million", True)])
def test_a_price_per_pound_values_the_weight_of_its_own_sentence(knowledge, total, fires):
    assert_checked(knowledge, _ORE.format(total=total), "F317", fires)


def test_a_pound_beside_no_weight_is_no_weight(knowledge):
    text = (
        "Kestrel Tools shipped 500 million units last year. At $1.30 a pound, its British sales were worth about "
        "$650 million."
    )
    assert_not_checked(knowledge, text, "F317")


# ------------------------------------------------------- `rose 30 cents to $3.00 a kg`, `bringing total sales to`

_TEA = (
    "The Kiboko estate sold 100 million kg of tea in the year to June, down 3% from 103 million kg.\n\n"
    "The average price rose 30 cents to $3.00 a kg from $2.70, bringing total sales to {total}."
)


@pytest.mark.parametrize("total,fires", [("$300 million", False), ("$360 million", True)])
def test_a_price_per_kg_after_its_own_move_values_the_crop(knowledge, total, fires):
    assert_checked(knowledge, _TEA.format(total=total), "F317", fires)


# ---------------------------------------------------------------- `At £50 a test, … brought in`

_TESTS = (
    "Examiners at the Dunmore agency carried out 2.00 million tests in the half.\n\n"
    "At £50 a test, the tests brought in about {total} in fees."
)


@pytest.mark.parametrize("total,fires", [("£100m", False), ("£130m", True)])
def test_brought_in_after_a_price_of_its_sentence_is_a_value_of_units(knowledge, total, fires):
    assert_checked(knowledge, _TESTS.format(total=total), "F317", fires)


def test_brought_in_with_no_price_in_its_sentence_is_what_a_part_earned(knowledge):
    text = (
        "Glenmoor Distillers sold 1.4 million cases, earning £60 a case on average. "
        "Gift packs accounted for 500,000 cases but brought in £40m, more than half of revenue."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `At that price`: the latest price stated


def test_at_that_price_applies_the_latest_price(knowledge):
    text = (
        "Pecan growers in Bexley expect a crop of 300 million pounds this year.\n\n"
        "Growers received an average of $2.00 a pound last season, and brokers expect around $2.50 this year. "
        "At that price the crop would be worth about $750 million."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `for each visitor`, `for every listener`

_ABBEY = (
    "Kellsworth Abbey welcomed 200,000 paying visitors last year, up 5% from 190,500.\n\n"
    "Admission income was £2.4m, which works out at about {each} for each visitor."
)


@pytest.mark.parametrize("each,fires", [("£12", False), ("£15", True)])
def test_for_each_before_a_noun_of_items_marks_a_figure_per_unit(knowledge, each, fires):
    assert_checked(knowledge, _ABBEY.format(each=each), "F317", fires)


_DRIVE = (
    "The Larkfield radio station logged 12,000 pledges in its spring drive, which raised $1.8 million. "
    "With about 200,000 weekly listeners, the drive raised {each} for every listener."
)


@pytest.mark.parametrize("each,fires", [("$9.00", False), ("$12.00", True)])
def test_for_every_before_a_noun_of_items_marks_a_figure_per_unit(knowledge, each, fires):
    assert_checked(knowledge, _DRIVE.format(each=each), "F317", fires)


def test_for_every_before_a_sum_is_no_mark(knowledge):
    text = "The Ashgrove fund raised $5 million from 2,000 donors this year, and a bank added $2 for every $100 raised."
    assert_not_checked(knowledge, text, "F317")


def test_for_every_before_a_unit_of_measure_names_no_count(knowledge):
    text = (
        "The Glenholm dairy took in 100 million kg of milk and made 10,000 tonnes of cheese.\n\n"
        "It used about 10kg of milk for every kilogram of cheese."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `£500,000 a pub`; `£4.00 of drink revenue per pint`

_PUBS = (
    "Total revenue at the Brassmoor pub chain was £200m, putting its takings at about £500,000 a pub.{drink}\n\n"
    "The chain sold 25 million pints, an average of {each} of drink revenue {mark} pint."
)


@pytest.mark.parametrize("mark", ["per", "for every"])
@pytest.mark.parametrize("each,fires", [("£4.00", False), ("£5.00", True)])
def test_a_figure_per_unit_of_a_segment_takes_the_segments_total(knowledge, mark, each, fires):
    text = _PUBS.format(drink=" Drink brought in £100m.", each=each, mark=mark)
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_per_item_is_no_total_and_a_segment_unstated_gives_none(knowledge):
    assert_not_checked(knowledge, _PUBS.format(drink="", each="£4.00", mark="for every"), "F317")


_FARES = (
    "Revenue at Kestrel Air rose 11% to S$5.80 billion. The group carried 10.0 million passengers in the quarter.\n\n"
    "Average revenue per passenger was about {each}, the company said."
)


@pytest.mark.parametrize("each,fires", [("S$580", False), ("S$680", True)])
def test_words_of_an_average_name_no_segment(knowledge, each, fires):
    assert_checked(knowledge, _FARES.format(each=each), "F317", fires)


# ---------------------------------------------------------------- `…, an average of 12,500 a game`

_GAMES = (
    "The Westmoor hurling championship drew 500,000 spectators across its 40 games this summer, an average of "
    "{each} a game, the association said."
)


@pytest.mark.parametrize("each,fires", [("12,500", False), ("15,500", True)])
def test_an_appended_average_restates_the_count_before_it_per_game(knowledge, each, fires):
    assert_checked(knowledge, _GAMES.format(each=each), "F317", fires)


_PARKS = "Sandhaven Holidays runs 50 parks with 10,000 sites between them, an average of {each} sites a park."


@pytest.mark.parametrize("each,fires", [("200", False), ("260", True)])
def test_an_appended_average_of_the_same_counter(knowledge, each, fires):
    assert_checked(knowledge, _PARKS.format(each=each), "F317", fires)


def test_an_appended_average_of_another_counter_is_not_linked(knowledge):
    text = "The Oakvale festival's 15 beer tents seated 90,000 people, an average of 7,000 seats a tent."
    assert_not_checked(knowledge, text, "F317")


def test_an_appended_average_per_day_is_not_per_a_count(knowledge):
    text = "The Oakvale festival drew 90,000 visitors over 30 days, an average of 4,000 a day."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `fell to C$2.40 a kilogram from C$2.80`

_BERRIES = (
    "Blueberry growers in Kestrel Valley harvested 200,000 tonnes this season, up from 160,000 tonnes, and the crop "
    "was worth C$480.0 million, {against}.\n\n"
    "The average price fell to C$2.40 a kilogram from {before}, down {fall} cents."
)


@pytest.mark.parametrize("before,fall,fires", [("C$2.80", "40", False), ("C$3.30", "90", True)])
def test_the_earlier_level_of_a_figure_per_unit_divides_the_earlier_levels(knowledge, before, fall, fires):
    text = _BERRIES.format(against="against C$448.0 million", before=before, fall=fall)
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    passed = [p.message for p in result.passed if "C$448.0 million" in p.message]
    fired = [f.message for f in result.findings if "C$448.0 million" in f.message]
    assert bool(fired) == fires and bool(passed) != fires, (passed, fired)


def test_no_earlier_level_of_the_total_gives_no_earlier_division(knowledge):
    text = _BERRIES.format(against="a record", before="C$3.30", fall="90")
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- `Each parlour took about £300,000 on average`

_PARLOURS = (
    "Dalesmoor Creamery sold £12.0m of ice cream through its 40 ice-cream parlours this summer.\n\n"
    "Each parlour took about {each} on average."
)


@pytest.mark.parametrize("each,fires", [("£300,000", False), ("£380,000", True)])
def test_an_amount_each_unit_holds_is_of_the_amount_stated_with_the_units(knowledge, each, fires):
    assert_checked(knowledge, _PARLOURS.format(each=each), "F317", fires)


def test_an_amount_each_unit_holds_takes_no_money_stated_apart_from_the_units(knowledge):
    text = (
        "Dalesmoor Creamery's revenue rose to £20.0m this year.\n\n"
        "It now runs 40 ice-cream parlours. Each parlour took about £380,000 on average."
    )
    assert_not_checked(knowledge, text, "F317")
