"""Date relations (forty-fifth session, lane `dates`).

- A yearly run's edition counted from its first year, with the years it skipped told after that year in its sentence
  (`2014년 처음 열렸으며 2020년과 2021년 두 해를 건너뛰어 올해로 11회째`, `First held in 1971 and missed only in 2021,
  this was the 55th championship`, `began in 2003 … except 2020 and 2021; this was the 22nd`): the Nth edition is N +
  skipped years counted with both ends (checker/link/skipped_editions.py, `[link.edition_skipped]`,
  `[link.edition_skip_years]`); an ordinal apart from its first year's sentence counts the same
  (checker/link/editions_apart.py). A word of skipping that names no year nor count, or a count that disagrees with
  the years written, reads nothing new; a run held every other year is not read.
- An age written right after its birth year (`1941년생인 85세`, `1928년생으로 올해 98세`, `born in 1958, the
  68-year-old`): the years from it to the publication, or one fewer before the birthday (checker/link/birth_years.py,
  the elapsed check's `age`).
- A person's age now apposed to their name and their age in a year the sentence dates (`이선옥(63)씨는 1982년 열아홉
  살에`, `Geoff Hart, 71, first entered in 2004, when he was 49`, `at 19 in 2011`): the two ages differ by the years
  from then to now, give or take one (checker/link/age_pairs.py, the elapsed check's `age_then`).
- An edition's first year after the run's noun and `began` (`The race began in 2014`), a Korean run that `시작해`/
  `시작됐으며` that year, a bare ordinal after `since` (`since 2009, and this was the 18th.`), an ordinal three words
  before its noun (`the 14th annual village duck race, first held in 2013`), and a figure in the clause before an
  ordinal that is not told after `since` (`About 300 people came to …`) no longer hide the reading.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"


# ---------------------------------------------------------------- editions with the years they skipped


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("대회는 2014년 처음 열렸으며, 코로나19로 2020년과 2021년 두 해를 건너뛰어 올해로 11회째를 맞았다.", False),
        ("대회는 2014년 처음 열렸으며, 코로나19로 2020년과 2021년 두 해를 건너뛰어 올해로 14회째를 맞았다.", True),
        ("1996년 시작된 축제는 코로나19가 번진 2020년 한 해를 건너뛰어 올해로 서른 번째를 맞았다.", False),
        ("1996년 시작된 축제는 코로나19가 번진 2020년 한 해를 건너뛰어 올해로 서른세 번째를 맞았다.", True),
        ("2011년 처음 열린 음악회는 2020년 한 차례 쉬었고 올해로 15회째를 맞았다.", False),
        ("장터는 2018년 처음 열렸으나 2020년 한 해를 건너뛰어 올해 8회째를 맞았다.", False),
        ("1999년 시작해 두 해를 건너뛴 축제는 올해로 26회째를 맞았다.", False),
        ("The show was first held in 1976 and has run every year since, apart from 2020; this was the 50th.", False),
        ("The show was first held in 1976 and has run every year since, apart from 2020; this was the 53rd.", True),
        ("First held in 1971 and missed only in 2021, this was the 55th championship.", False),
        ("First held in 1985 and missed only in 2001, this was the 44th championship.", True),
        (
            "The parade began in 2003 and has been held every year since, except 2020 and 2021; this was the 22nd.",
            False,
        ),
        ("The parade began in 2003 and has been held every year since, except 2020 and 2021; this was the 25th.", True),
    ],
)
def test_an_edition_counts_the_years_its_first_sentence_says_it_skipped(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "해솔시는 지난 13일 열린 제13회 해솔 카바디 대회에 300팀이 참가했다고 밝혔다. "
            "대회는 2012년 시작해 코로나19로 2020년과 2021년을 걸렀다.",
            False,
        ),
        (
            "해솔시는 지난 13일 열린 제16회 해솔 카바디 대회에 300팀이 참가했다고 밝혔다. "
            "대회는 2012년 시작해 코로나19로 2020년과 2021년을 걸렀다.",
            True,
        ),
        (
            "가람군은 지난 2일 열린 제9회 가람 연날리기 대회에 500명이 참가했다고 밝혔다. "
            "대회는 2017년 시작됐으며 코로나19가 번진 2020년 한 해만 쉬었다.",
            False,
        ),
        (
            "A record 40 teams entered the 12th Millford cheese rolling championship on Saturday. "
            "The championship was first held in 2013 and has been missed only once, in 2020.",
            False,
        ),
        (
            "A record 40 teams entered the 12th Millford cheese rolling race on Saturday. "
            "The race began in 2014 and has been held every year since, except 2020.",
            False,
        ),
        (
            "A record 40 teams entered the 16th Millford cheese rolling race on Saturday. "
            "The race began in 2014 and has been held every year since, except 2020.",
            True,
        ),
    ],
)
def test_an_edition_apart_counts_the_years_skipped_beside_its_first(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a run held every other year: its editions are no count of the years)
        "The fair was first held in 1990 and is held every other summer, except 2020; this was the 17th.",
        "축제는 1990년 처음 열렸고 격년으로 열리다 2020년을 건너뛰어 올해로 17회째를 맞았다.",
        # (a count of years skipped that disagrees with the years written: which were skipped is unsaid)
        "대회는 2010년 처음 열렸으나 2019년과 2020년, 2021년 두 해를 건너뛰어 올해로 15회째를 맞았다.",
        # (another year written between the first and the ordinal, not one it skipped)
        "The race was first run in 1988, moved to the river in 2004 and this was the 30th.",
    ],
)
def test_an_edition_with_skips_it_cannot_count_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- first years and ordinals read more widely


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The fair has been staged since 2009, and this was the 18th.", False),
        ("The fair has been staged since 2009, and this was the 21st.", True),
        ("About 300 people came to the 14th annual village duck race, first held in 2013.", False),
        ("Some 90 crews rowed in the 19th annual harbour gig regatta, first held in 2012.", True),
        ("Last weekend 120 dogs ran in the 8th county sheepdog trials, first held in 2019.", False),
    ],
)
def test_first_years_and_ordinals_read_more_widely(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_a_record_since_a_year_still_vetoes_a_bare_ordinal(knowledge):
    assert_not_linked(
        knowledge, "The club won 12 games this year, the most since 2009, and this was the 18th.", ELAPSED
    )


# ---------------------------------------------------------------- an age right after its birth year


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("가장 나이가 많은 회원은 1944년생인 82세 이복순 씨다.", False),
        ("가장 나이가 많은 회원은 1944년생인 87세 이복순 씨다.", True),
        ("최고령 출전자는 1930년생으로 올해 96세다.", False),
        ("최고령 출전자는 1930년생으로 올해 95세다.", False),
        ("최고령 출전자는 1930년생으로 올해 90세다.", True),
        ("막내 단원은 2011년생 15살 중학생이다.", False),
        ("Its oldest member, born in 1949, the 77-year-old still rows twice a week.", False),
        ("Its oldest member, born in 1949, the 72-year-old still rows twice a week.", True),
        ("The keeper was born in 1961 and is now 65 years old.", False),
    ],
)
def test_an_age_right_after_its_birth_year(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a birth year with no age right after it)
        "가장 나이가 많은 회원은 1944년생이다. 회원 85명이 모였다.",
        # (a number after a birth year with no unit of age)
        "Its oldest rower was born in 1949, the 12 members said.",
    ],
)
def test_a_number_not_told_as_the_age_of_a_birth_year_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- an age now and an age in a year its sentence dates


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("공방을 이끄는 한미경(61)씨는 1985년 스무 살에 처음 도자기를 배웠다.", False),
        ("공방을 이끄는 한미경(61)씨는 1984년 스무 살에 처음 도자기를 배웠다.", False),
        ("공방을 이끄는 한미경(61)씨는 1995년 스무 살에 처음 도자기를 배웠다.", True),
        ("대장장이 오태근(74) 대표는 1969년 열일곱 살에 대장간에 들어갔다.", False),
        ("대장장이 오태근(74) 대표는 1979년 열일곱 살에 대장간에 들어갔다.", True),
        ("The club's captain, Dora Finch, 59, first rowed in 1983, when she was 16.", False),
        ("The club's captain, Dora Finch, 59, first rowed in 1993, when she was 16.", True),
        ("The winner, Cal Burrows, 41, first entered at 22 in 2007.", False),
        ("The winner, Cal Burrows, 41, first entered at 12 in 2007.", True),
        ("The owner, who is 62 and took over in 1990 at the age of 26, still bakes daily.", False),
    ],
)
def test_an_age_now_and_an_age_then_differ_by_the_years_between(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (two ages now in the sentence before the age then: whose it is is unsaid)
        "한미경(61)씨와 오태근(74)씨는 1985년 스무 살에 처음 만났다.",
        # (an age then with no age now before it)
        "The club's captain first rowed in 1983, when she was 16.",
        # (a figure in brackets after a word that is no age: a count larger than an age)
        "참가팀(384)은 1985년 스무 살에 창단한 팀보다 많다.",
    ],
)
def test_an_age_then_without_one_age_now_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
