"""English spans and changes (twenty-seventh session, set U's lane), each a rule for a construction:
- a length set after a comma right after `since` and a year, ending its clause (`has led the band since 2009, 15
  years.`, `since 1994, three decades;`), runs from that year, as one with `of` something after it already did
  (`since 2014, a decade of waiting`; checker/link/elapsed_since_dates.py `_CLAUSE_END`);
- a length, then a comma and `since` with a year ending the clause (`has kept the light for the past 11 years, since
  2013;`), runs from that year (`apposed_after`); a length with more said after it (`15 years after its founding`,
  `for 15 years, since 2009, and …`) is not read;
- `compares with`, `compare to` state the figure compared with, as `compared with` does (`[link.compared_words]`);
- a rate after a change noun that gives no sign (`an improvement of 28 per cent`, `a change of 9%`), in a sentence
  whose amounts before it are one level and one earlier figure of one unit and none after it, is the change between
  them, its sign the way they moved (checker/link/signless_amount_changes.py `_link_signless_rates`); with two levels
  and no earlier figure, or a figure after it, it is not read;
- a figure right after a comma and `leaving` (`, leaving $41,500 for the shelter`, `, leaving about …`) is what
  remains of a figure stated before once the one its sentence states is taken away, as one after `leaving … of`
  already was (`[link.remainder_before]`, checker/link/leaving_remainders.py); `leaving` with no comma is not read.

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

import checker.link.elapsed_since_dates as esd

RULE = "F406"


# ---------------------------------------------------------------- `since YEAR, N years.`


@pytest.mark.parametrize(
    "length,fires", [("15 years", False), ("fifteen years", False), ("20 years", True), ("nine years", True)]
)
def test_a_length_apposed_after_since_a_year_ending_the_clause(knowledge, length, fires):
    text = f"Marta Quell has led the Brennick brass band since 2009, {length}. Its bandstand seats 140."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("length,fires", [("three decades", False), ("five decades", True)])
def test_decades_apposed_after_since_a_year_ending_the_clause(knowledge, length, fires):
    text = f"The chain ferry has crossed the Tarrow sound since 1994, {length}; it carries 60 cars a trip."
    assert_checked(knowledge, text, RULE, fires)


def test_a_length_apposed_after_since_a_year_with_more_said_of_it(knowledge):
    text = "The Brennick brass band has played at the fair since 2009, 15 years after its founding by miners."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- `for the past N years, since YEAR.`


@pytest.mark.parametrize(
    "length,fires", [("the past 8 years", False), ("eight years", False), ("the last 12 years", True)]
)
def test_a_length_then_since_a_year_ending_the_clause(knowledge, length, fires):
    text = f"A single crew has run the Tarn ferry for {length}, since 2016; the crossing takes nine minutes."
    assert_checked(knowledge, text, RULE, fires)


def test_a_length_then_since_a_year_with_the_clause_going_on(knowledge):
    text = "The Tarn ferry has been run by one crew for 12 years, since 2014, and carries 450 cars a day."
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- `X compares with Y`, a rate by a signless noun

CHANGE = "F301"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The district's 1,800 nursery places compare with 1,500 places in 2021, an increase of 20%.", False),
        ("The district's 1,800 nursery places compare with 1,500 places in 2021, an increase of 30%.", True),
        ("Its stock of 960 rental bikes compares to 800 bikes in 2022, a rise of 20 per cent.", False),
        ("Its stock of 960 rental bikes compares to 800 bikes in 2022, a rise of 14 per cent.", True),
    ],
)
def test_compares_with_states_the_figure_compared_with(knowledge, text, fires):
    assert_checked(knowledge, text, CHANGE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The orchard's apple harvest, at 450 tonnes, compares with 360 tonnes in 2024, a shift of 25 per cent.",
            False,
        ),
        (
            "The orchard's apple harvest, at 450 tonnes, compares with 360 tonnes in 2024, a shift of 35 per cent.",
            True,
        ),
        ("The airport had 2,760 flights, compared with 2,300 flights the year before, an improvement of 20%.", False),
        ("The airport had 2,760 flights, compared with 2,300 flights the year before, an improvement of 30%.", True),
        # a fall: the noun gives no sign, the figures do
        ("Fares of $3.40 compare with $4.00 in 2023, a change of 15%.", False),
        ("Fares of $3.40 compare with $4.00 in 2023, a change of 25%.", True),
    ],
)
def test_a_rate_after_a_signless_change_noun_is_the_change_between_level_and_earlier(knowledge, text, fires):
    assert_checked(knowledge, text, CHANGE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # two levels, no earlier figure: the rate is not their change
        "The mill spun 640 kilograms of flax and 500 kilograms of hemp, an improvement of 28 per cent.",
        # a figure after the rate: the sentence goes on with another figure the rate may be of
        "Takings of $1,450 compare with $1,600 in 2022, a change of 9%, or $150 of the $1,600.",
    ],
)
def test_a_rate_after_a_signless_change_noun_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, CHANGE)


# ---------------------------------------------------------------- `, leaving N` right before the figure

DIFFERENCE = "F305"


@pytest.mark.parametrize(
    "left,fires",
    [("$41,500", False), ("about $41,500", False), ("$45,500", True), ("only $31,500", True)],
)
def test_a_figure_right_after_leaving_is_what_remains_of_the_sentence_before(knowledge, left, fires):
    text = (
        "The Corrow bakery's charity sale raised $48,000 on Sunday. Rent for the hall and stalls came to $6,500, "
        f"leaving {left} for the night shelter."
    )
    assert_checked(knowledge, text, DIFFERENCE, fires)


def test_leaving_with_no_comma_before_it_states_no_remainder(knowledge):
    text = (
        "The Corrow bakery's charity sale raised $48,000 on Sunday. Its organisers paid $6,500 for the hall "
        "before leaving $20,000 with the night shelter."
    )
    assert_not_checked(knowledge, text, DIFFERENCE)


def test_leaving_after_a_figure_larger_than_the_one_before_states_no_remainder(knowledge):
    # the figure before is an amount per guest, smaller than the one taken: no whole of what is left
    text = (
        "The Corrow bakery's charity sale raised about $60 for every guest. Rent for the hall and stalls came to "
        "$6,500, leaving $41,500 for the night shelter."
    )
    assert_not_checked(knowledge, text, DIFFERENCE)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry crew has worked the crossing for 11 years, since 2015.",
        "For three decades, since 1996; the quay stayed open.",
        "The toll held at 12 years, 40 boats, and 7 years of waiting, with no year after any.",
        "선착장은 2015년 이후 11년, 배 40척이 오갔다.",
    ],
)
def test_a_length_before_since_year_is_searched_only_where_since_year_stands(text):
    """The gate (`since YEAR` in the text) finds what the whole-text search of lengths finds."""
    for code in ("en", "ko"):
        words = esd._words(code)
        assert [m.span() for m in esd._apposed_after(words, text)] == [
            m.span() for m in words.apposed_after.finditer(text)
        ]
