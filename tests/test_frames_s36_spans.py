"""Dates read in the thirty-sixth session, lane `spans` (the elapsed check, F406): this year's edition of a run held
once a year, counted from the year its first was held (checker/link/season_ordinals.py, checker/link/editions_apart.py).

- A year that makes a run's first edition (`first held in 1990`: `[link.edition_held_first]`), then this year's
  ordinal, of a yearly noun or bare at a clause's end (`was the 35th.`: `[link.edition_bare_before]`).
- This year's ordinal (`this year staged its 35th regatta`: `[link.edition_now_before]`; `is in its 35th season`),
  then a later clause dating the first (`; the first was held in 1990`, `having been started in 1990`:
  `[link.edition_first_after]`).
- A Korean ordinal reached (`29회째를 맞았다`) after a year and its word of starting, with no word of this year before
  it; a time between the year and the ordinal (`지난해 28회째`) dates it otherwise and it is not read.
- A Korean first year whose event's name stands before its noun (`2009년 처음 열린 인형극제`), for an ordinal told
  in another sentence (`제16회 …인형극제`); `극제` is a yearly event's noun.
- A particle with its object before `since` (`have put up the lights since 1988`) is no compared figure (`up 4%`).
- A count of one day of the week, of weekends or of weekdays, with the range of days written right after it (`on 22
  Fridays, from 5 April to 30 August`; checker/link/weekday_counts.py): the calendar's count holds, more is a slip,
  fewer a day skipped the text does not tell and nothing is said.
- A length in decades rounds to half a decade (`since 1986, four decades`; `[link.elapsed_decades]`), and one after
  `nearly`, `almost` (`[link.length_under]`) holds from a unit under it up to it (checker/link/elapsed_since_dates.py).
- An age from a start written to the month or day (`began sailing on 3 March 2022, has now run for almost three
  years`) is counted from that day to the day of writing, not by the years' numbers
  (checker/link/date_spans_general.py); an ordinal year (`올해로 4년째`) still counts both ends.
Editions bound the years only from below: fewer editions than the years since the first (a pause, unsaid) is not
read; more than the years counted with both ends is a slip. Every sentence is invented for this file, with invented
names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a first edition's year, then this year's ordinal standing bare
        ("The sheepdog trial, first held in 1990, was the 35th, and entries came from five counties.", False),
        ("The sheepdog trial, first held in 1990, was the 38th, and entries came from five counties.", True),
        ("The raft race, first staged in 2001, will be the 24th, with 60 rafts entered.", False),
        # … or of a yearly noun, made this year's
        ("First held in 1979 as a village fete, this year's was the 46th show.", False),
        ("First held in 1979 as a village fete, this year's was the 49th show.", True),
        # this year's ordinal, then a later clause dating the first
        ("The rowing club this year staged its 31st regatta; the first was held in 1994 on the old canal.", False),
        ("The rowing club this year staged its 36th regatta; the first was held in 1994 on the old canal.", True),
        ("The puppet theatre is in its 17th season, having been started in 2008 by two teachers.", False),
        ("The puppet theatre is in its 19th season, having been started in 2008 by two teachers.", True),
        # a particle and its object before `since`: no compared figure
        ("Neighbours have hung up the lanterns since 1988, and this will be the street's 37th display.", False),
        ("Neighbours have hung up the lanterns since 1988, and this will be the street's 39th display.", True),
        # Korean: an ordinal reached after the year and its word of starting
        ('조합 관계자는 "1997년 처음 시작한 대회가 28회째를 맞았다"고 말했다.', False),
        ('조합 관계자는 "1997년 처음 시작한 대회가 31회째를 맞았다"고 말했다.', True),
        ("2011년 주민들이 시작한 갈대축제가 14회째를 맞았다.", False),
        ("2011년 주민들이 시작한 갈대축제가 17회째를 맞았다.", True),
        # Korean: a first year told apart from the ordinal, the name before its noun
        (
            "누리시는 제16회 누리국제인형극제에 관람객 6만 명이 다녀갔다고 밝혔다. 2009년 처음 열린 인형극제는 첫해 "
            "관람객이 4천 명이었다.",
            False,
        ),
        (
            "누리시는 제19회 누리국제인형극제에 관람객 6만 명이 다녀갔다고 밝혔다. 2009년 처음 열린 인형극제는 첫해 "
            "관람객이 4천 명이었다.",
            True,
        ),
    ],
)
def test_this_years_edition_counted_from_the_first(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN = [
    # fewer editions than years: a run that paused, unsaid
    "The sheepdog trial, first held in 1990, was the 30th, and entries came from five counties.",
    "2011년 주민들이 시작한 갈대축제가 10회째를 맞았다.",
    # a placing, not this year's edition
    "The sheepdog trial, first held in 1990, came 35th in the national rankings.",
    "The mill, founded in 1990, was the 35th largest employer in the county.",
    # an edition of a subset of the run
    "The sheepdog trial, first held in 1990, was the 35th trial held on the upper field.",
    # a time between the first year and the ordinal dates it otherwise
    "1997년 처음 시작한 대회는 지난해 27회째를 맞았다.",
    "The sheepdog trial, first held in 1990, was in 2019 the 30th, and entries came from five counties.",
    # a later clause dating the last, not the first
    "The rowing club this year staged its 36th regatta; the last was held in 2023 on the old canal.",
    # not held every year
    "The fair, first held in 1990 and staged every other summer, was the 35th.",
    # a compared figure before `since`: a record's year, no start
    "Sales are up since 1988, and this will be the street's 39th display.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_edition_is_read(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The cheese market ran on 22 Fridays, from 5 April to 30 August, and drew 90,000 visitors.", False),
        ("The cheese market ran on 24 Fridays, from 5 April to 30 August, and drew 90,000 visitors.", True),
        ("The farm stall opens 25 Saturdays, from Saturday, May 11, to Saturday, Oct. 26, by the old mill.", False),
        ("The farm stall opens 27 Saturdays, from Saturday, May 11, to Saturday, Oct. 26, by the old mill.", True),
        ("The tip took garden waste on six weekends, from Saturday, September 7, to Sunday, October 13.", False),
        ("The tip took garden waste on eight weekends, from Saturday, September 7, to Sunday, October 13.", True),
        ("The holiday clubs served lunch on 30 weekdays, from Monday 1 July to Friday 9 August, at nine halls.", False),
        ("The holiday clubs served lunch on 33 weekdays, from Monday 1 July to Friday 9 August, at nine halls.", True),
        ("The free clinics ran on eight Mondays, between March 4 and April 22, in village halls.", False),
    ],
)
def test_a_count_of_weekdays_over_the_range_after_it(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # fewer than the calendar holds: a day skipped, unsaid
        "The cheese market ran on 20 Fridays, from 5 April to 30 August, and drew 90,000 visitors.",
        # the range is not the count's: a figure of another clause stands between
        "The market ran on 22 Fridays and sold 4,000 wheels, from 5 April to 30 August.",
        # a count of days is a length, not a count of weekdays
        "The cheese market ran for 12 days, from 5 April to 16 April, and drew 9,000 visitors.",
    ],
)
def test_no_weekday_count_is_read(knowledge, text):
    result = findings(knowledge, document(text), select=[RULE], show_passed=True)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not any("Fridays" in m for m in messages), messages


@pytest.mark.parametrize(
    "text,fires",
    [
        ("She has kept bees on the moor since 1986, nearly four decades.", False),
        ("She has kept bees on the moor since 1986, nearly two decades.", True),
        ("She has kept bees on the moor since 1986, four decades.", False),
        ("She has kept bees on the moor since 2014, two decades.", True),
        ("She has kept bees on the moor since 1985, almost 40 years.", False),
        ("She has kept bees on the moor since 1985, almost 50 years.", True),
        ("The ferry, which began sailing on 3 March 2022, has now run for almost three years, its owner said.", False),
        ("The ferry, which began sailing on 3 March 2023, has now run for almost three years, its owner said.", True),
        ("The ferry, which began sailing on 3 March 2023, has now run for three years, its owner said.", True),
        ("The ferry, which began sailing in 2021, has now run for three years, its owner said.", False),
        ("2021년 7월 시작한 이 사업은 올해로 4년째다.", False),
    ],
)
def test_lengths_rounded_to_their_unit_and_hedge(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)
