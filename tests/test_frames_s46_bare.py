"""Relation members the extractor did not read (forty-sixth session, lane `bare`): numbers written with no noun of
their own, read where their construction makes them a count.

- A level and the level it moved from, with the time of the first written between them (`rose to 132 this season from
  110 last year`, `fell from 96 the winter before to 72`): both counts (`[elided_counts] pair_between`), as a pair with
  nothing between them is.
- A lone level after the words of a move (`[elided_counts] pair_before`, now `up`/`down` before a rate and `from` too:
  `up 60 per cent from 75 the year before.`) with the time of that level right after it and then its clause's end
  (`level_time_after`: `last year`, `the year before`, `in 2024`, `in the first half of 2024`) is a count, of the
  noun counted before it in its sentence or of one an earlier count names that its sentence writes before it (`1,140
  cattle. Cattle entries were up from 980 in 2024`; with neither it stays bare: checker/extract/quantities.py
  `_read_levels_of_a_time`). A price's subject (`Shares were up from 45 last year.`), a year, a name's number and a
  number with its noun stay as they are.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, mention_at

from checker.extract.quantities import scan

GROWTH = "F301"


# ---------------------------------------------------------------- a level and its earlier level, times between


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Membership has grown to 148 this season from 120 last season, the club said.", "148", 148),
        ("Membership has grown to 148 this season from 120 last season, the club said.", "120", 120),
        ("Noise complaints fell from 66 last year to 44 this year, the council said.", "66", 66),
        ("Noise complaints fell from 66 last year to 44 this year, the council said.", "44", 44),
        ("Burst pipes dropped from 90 the winter before to 54, down 36.", "90", 90),
        ("Enrolments climbed to 312 this term from 260 last term, a rise of a fifth.", "260", 260),
        ("Call-outs went from 75 a year earlier to 105, up 40 per cent.", "75", 75),
    ],
)
def test_a_level_and_its_earlier_level_with_a_time_between_are_counts(text, written, value):
    assert mention_at(text, written) == ("count", value)


# ---------------------------------------------------------------- a lone level left, its time after it


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The depot handled 140 claims, up 40 per cent from 100 the year before.", "100", 100),
        ("The shelter rehoused 81 cats, up 35% from 60 last year.", "60", 60),
        ("The fair let 504 stalls. Booked stalls were up from 480 in 2024, an increase of 5 per cent.", "480", 480),
        (
            "The board got 460 requests this half. Requests more than doubled from 215 in the first half of 2024.",
            "215",
            215,
        ),
        ("The reading room logged 520 visits, down 20 per cent from 650 last summer.", "650", 650),
        ("The ferry carried 36 cars a day, down from 45 the month before; staff blamed the weather.", "45", 45),
    ],
)
def test_a_lone_level_left_with_its_time_after_it_is_a_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Shares were up from 45 last year, the exchange said.", "45"),
        ("Prices were down 8 per cent from 12 last year.", "12"),
        ("The bus moved from Route 9 last year to a new road.", "9"),
        ("The trophy went back to 2019 last season.", "2019"),
        ("Entries were up 40 per cent from 300 last year, the organisers said.", "300"),
    ],
)
def test_a_price_a_name_a_year_an_amount_and_a_level_of_no_noun_are_no_lone_level(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count"


def test_an_amount_of_no_noun_takes_no_noun_as_a_lone_level():
    # (`50 million` is read as a plain count before this pass; no noun counted before it, so it takes none)
    mentions, _ = scan("The fund was up 4 per cent from 50 million last year.", language="en")
    amount = next(m for m in mentions if m.text == "50 million")
    assert not amount.quantity.counter


def test_the_lone_level_takes_the_noun_counted_before_it():
    mentions, _ = scan("The depot handled 140 claims, up 40 per cent from 100 the year before.", language="en")
    level = next(m for m in mentions if m.text == "100")
    assert (level.quantity.kind, level.quantity.counter) == ("count", "claims")


# ---------------------------------------------------------------- the growth check reads them


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The depot handled 140 parcels a day this spring, up 40 per cent from 100 the year before.", False),
        ("The depot handled 140 parcels a day this spring, up 25 per cent from 100 the year before.", True),
        ("Volunteer numbers have risen to 132 this season from 110 last season, up 20 per cent.", False),
        ("Volunteer numbers have risen to 132 this season from 110 last season, up 30 per cent.", True),
        ("Dog-fouling reports fell from 80 last year to 60 this year, down 25 per cent.", False),
        ("Dog-fouling reports fell from 80 last year to 60 this year, down 35 per cent.", True),
    ],
)
def test_the_growth_check_reads_levels_with_their_times(knowledge, text, fires):
    assert_checked(knowledge, text, GROWTH, fires)
