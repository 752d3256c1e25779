"""Sums, differences and the rates around them (nineteenth session), each a rule for a construction:
- `pounds` after a number, with no `£` before it, is a weight in an article about goods by weight (a price `a pound`,
  a yield `pounds an acre`, a crop or a harvest) that writes no sterling by its sign or name: a harvest's parts in
  pounds are weights, never money (rules/lang/en.toml `[currency_words] weighed`);
- the rest after parts coordinated with their unit written on the last one only (`made 300 million and 140 million
  tiles respectively; the remaining 80 million …`) completes every one of those parts, not the last alone (F302);
- numbers with one scale word coordinated before one that writes a unit of measure (`3.0 million and 2.2 million
  tonnes`) are in that unit (`[elided_counts] joined_before_unit`); a number without the scale word is left bare;
- a figure stated before the parts that is smaller than them while a figure further back holds them all is a part of
  its own (`A is forecast at 110 million pounds. B … 100 million pounds; the remaining 90 million pounds …`): the rest
  is then checked against the farther whole only when they all add up to it, never against the nearer part (F302);
- a rate with the figure it started from right after it (`receipts rose 15.4% from €12.3 million`) is measured from
  that figure, and its value is of that figure's unit: a prior of another clause of its sentence before it is not its
  base (F301).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ `pounds` of goods by weight


def _units(text, knowledge):
    return {c.text: c.unit for c in claims(text, knowledge).claims}


@pytest.mark.parametrize(
    "text,figure",
    [
        (
            "Orchards in the valley are expected to harvest 240 million pounds of almonds, and growers were paid "
            "$3.10 a pound last season.",
            "240 million pounds",
        ),
        ("The co-op's yield came to 1,850 pounds an acre, up from 1,700 pounds, on 9,000 acres.", "1,850 pounds"),
        ("Farmers shipped 64 million pounds of in-shell walnuts to buyers abroad.", "64 million pounds"),
    ],
)
def test_pounds_of_a_crop_weigh(knowledge, text, figure):
    assert _units(text, knowledge)[figure] == "kg"


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The retailer reported pretax profit of 3.42 billion pounds for the year.", "3.42 billion pounds"),
        # sterling named in the article: the crop's pounds are money
        ("The estate sold its crop for 18 million pounds, after £2m of costs.", "18 million pounds"),
        ("The grower's harvest brought in 26 million pounds sterling.", "26 million pounds sterling"),
        # a price per tonne is money, whatever the article weighs: weight per weight is no price
        (
            "Coffee futures in London rose 2.8% to 3,180 pounds a tonne as the harvest in the highlands shrank to "
            "820,000 tonnes.",
            "3,180 pounds",
        ),
    ],
)
def test_pounds_of_money_stay_sterling(knowledge, text, figure):
    assert _units(text, knowledge)[figure] == "GBP"


HARVEST_EN = (
    "Growers are expected to harvest 300 million pounds of hazelnuts this autumn, brokers said.\n\n"
    "Ohio is forecast at 110 million pounds, down from 130 million. Utah is expected to produce 100 million pounds; "
    "the remaining {rest} million pounds come from other states, where growers expect $2.40 a pound."
)


def test_a_rest_after_a_part_stated_before_is_checked_against_the_farther_whole(knowledge):
    assert_checked(knowledge, HARVEST_EN.format(rest="90"), "F302", False)


def test_parts_that_miss_the_farther_whole_are_left_unlinked(knowledge):
    """110 + 100 + 70 is not 300, and 100 + 70 exceeds 110: which figure is whose whole is unclear, so none is read."""
    assert_not_checked(knowledge, HARVEST_EN.format(rest="70"), "F302")


# ------------------------------------------------ the rest after parts coordinated with one unit


TILES_EN = (
    "Ashcombe Ceramics sold 520 million tiles in the half, against 480 million a year ago. Its two plants, at Avonby "
    "and Kestow, made 300 million and 140 million tiles respectively; the remaining {rest} million came from a leased "
    "line."
)


@pytest.mark.parametrize("rest,fires", [("80", False), ("60", True)])
def test_the_rest_completes_every_coordinated_part(knowledge, rest, fires):
    assert_checked(knowledge, TILES_EN.format(rest=rest), "F302", fires)


@pytest.mark.parametrize("rest,fires", [("1.2", False), ("2.1", True)])
def test_the_rest_completes_coordinated_parts_of_a_measure(knowledge, rest, fires):
    text = (
        "The mill ground 6.4 million tonnes of grain last year. Its two sites handled 3.0 million and 2.2 million "
        f"tonnes respectively; the remaining {rest} million came from contract millers."
    )
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_with_a_clause_between_is_no_coordinated_part(knowledge):
    """`made 300 million, which was a record, and 140 million tiles`: the gap is no list join, so only the part next
    to the rest is taken (and the whole found as before)."""
    found = claims(
        "Ashcombe Ceramics sold 520 million tiles in the half. Avonby made 300 million in March, a record month, "
        "and Kestow 140 million tiles; the remaining 80 million came from a leased line.",
        knowledge,
    ).claims
    by_text = {c.text: c for c in found}
    assert by_text["300 million"].part_of is None


def test_a_measure_written_on_the_last_number_is_the_earlier_ones(knowledge):
    units = _units("Its two sites handled 3.0 million and 2.2 million tonnes of grain.", knowledge)
    assert units["3.0 million"] == "kg"


def test_a_number_without_the_scale_word_keeps_no_unit(knowledge):
    """`300 and 140 million tonnes`: whether the first is 300 tonnes or 300 million is not said."""
    units = _units("Its two sites handled 300 and 140 million tonnes of grain.", knowledge)
    assert units["300"] != "kg"


# ------------------------------------------------ a rate with its own `from` base (F301)

GATES_EN = (
    "The league's matches drew 840,600 fans this season, an average of 12,010 a match, and took €18.6 million at "
    "the gate.\n\nAttendance was 7% higher than last season's 785,600, and receipts rose {rate}% from €16.0 million."
)


def test_a_rate_with_its_own_base_takes_a_value_of_that_unit(knowledge):
    links = change_links(GATES_EN.format(rate="16.3"), knowledge)
    assert links[f"{16.3}%"] == ("€18.6 million", "€16.0 million")


@pytest.mark.parametrize("rate,fires", [("16.3", False), ("26.3", True)])
def test_a_rate_with_its_own_base_is_checked_on_it(knowledge, rate, fires):
    assert_checked(knowledge, GATES_EN.format(rate=rate), "F301", fires)


# ------------------------------------------------ `up` / `down` alone before an amount closing its clause (F305)

APPENDED_EN = "Ferry revenue was $8.4m, compared with $7.1m a year earlier, {word} ${gap}m."


@pytest.mark.parametrize("word,gap,fires", [("up", "1.3", False), ("up", "2.3", True), ("down", "1.3", True)])
def test_up_or_down_alone_after_a_comparison_is_the_gap(knowledge, word, gap, fires):
    assert_checked(knowledge, APPENDED_EN.format(word=word, gap=gap), "F305", fires)


def test_up_or_down_alone_before_a_measure_is_the_gap(knowledge):
    text = "The yield was 6.1 tonnes a hectare, compared with 5.4 tonnes last season, up 0.7 tonnes, as rain returned."
    assert change_links(text, knowledge)["0.7 tonnes"] == ("6.1 tonnes", "5.4 tonnes")


def test_an_amount_that_does_not_close_its_clause_is_left_alone(knowledge):
    """`up $1.3m of it in fees` goes on: the amount is no gap the words close on."""
    text = "Ferry revenue was $8.4m, compared with $7.1m a year earlier, up $1.3m in fees and charges."
    assert "$1.3m" not in change_links(text, knowledge)
