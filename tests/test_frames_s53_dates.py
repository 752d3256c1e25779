"""A person's age now, their age at an event and the event's year (fifty-third session, lane `dates`).

The age now apposed to a name (`Ann Bell, 64,`, `이선옥(63)씨`) and the age then in the same sentence differ by the
years from the event's year to the publication's, give or take one (either birthday may not have come); read by
checker/link/age_pairs.py as the elapsed check's `age_then` (a reading to the publication: a warning at most). Told
more ways than before:

- the age then before the year, a comma between (`carved her first horse at 23, in 1985`, `since he was 22, in
  2010`: `[link.age_then_at]`);
- the year before a bare `at` and an age closing its clause or followed by `as` (`joined the firm in 1990 at 16 as an
  apprentice`, `in 1985 at 30.`: `[link.age_then_when]`), never before a count of something else (`in 2019 at 12
  sites`);
- the year told as the years back from now right after the age then (`went to sea at 15, 43 years ago`, `since she
  was 16, 23 years ago`: `[link.age_then_at]`, `[link.span_ago]`);
- in Korean, the age then and its unit before the year (`스물다섯 살이던 1999년`, `스물다섯 살에 1999년`:
  `[link.age_then_year_after]`).

A Korean start year joined by a connective ending to the count of years it has lasted right after it is the years from
that year to now (checker/link/date_spans_general.py, `[link.age_start_after_year_near]`): a workplace opened (`1996년
공방을 열어 30년 동안`), a craft learned (`매듭 엮는 법을 배워 53년 동안`), a job taken (`1999년 입사해 27년 동안`), a
place designated (`보호구역으로 지정하고 20년 동안`); not with no count of years right after the verb.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"


_AGE_THEN_AND_YEAR = [
    # (text with the age then as {then}, holding age then, broken age then)
    (
        "Founder Ada Brill, 64, who carved her first rocking horse at {then}, in 1985, said the trade had changed.",
        "23",
        "31",
    ),
    (
        "Owner Pell Harrow, 66, who learned to weave from his aunt at {then}, in 1969, still works every day.",
        "nine",
        "four",
    ),
    ("Keeper Rona Vail, 38, who has ringed terns since she was {then}, in 2010, led the count again.", "22", "15"),
    ("Director Len Osk, 52, joined the foundry in 1990 at {then} as an apprentice moulder.", "16", "24"),
    ("Organiser Mabel Quist, 71, ran her first craft fair in the town in 1985 at {then}.", "30", "38"),
    ("Skipper Huw Dray, 58, first went to sea at {then}, 43 years ago.", "15", "23"),
    ("Farrier Jon Ibbet, 39, who has shod horses here since he was {then}, 23 years ago, said so.", "16", "10"),
    ("The junior champion, Ted Marr, 17, started racing at {then}, nine years ago.", "eight", "three"),
    ("공방 대표 윤아무개 씨(63)는 {then} 살이던 1984년 유리 공장에 들어갔다.", "스물한", "스물여섯"),
    ('작목반 최아무개 반장(52)은 "{then} 살에 1999년 고향으로 돌아왔다"고 말했다.', "스물다섯", "서른"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _AGE_THEN_AND_YEAR)
def test_an_age_now_an_age_then_and_its_year(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(then=holds), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(then=broken), ELAPSED, fires=True)


_NO_AGE_THEN = [
    # a count of something else after a year and a bare `at`
    "Manager Tilda Owe, 45, opened shops in 2019 at 12 sites across the county.",
    "Chair Bo Rusk, 61, said the hall was booked in 2016 at 40 pounds a night.",
    # a price after `at`, then the years back from now: no age (no age now before it either)
    "The Orrin mill sold its first sacks at 12, 43 years ago, a miller said.",
    # an age then with no age now in its sentence
    "She carved her first rocking horse at 23, in 1985, and never stopped.",
    # two people's ages now before the age then: whose is unsaid
    "Ada Brill, 64, and Tom Brill, 66, who carved their first horse at 23, in 1985, run the shop.",
    # an age then older than the age now
    "Junior champion Ted Marr, 17, first raced at 19, in 2020, the club said.",
    # Korean: a count of people before the year, or an age then and no age now
    "공방 대표 윤아무개 씨(63)는 스물한 명이던 1984년 직원을 처음 뽑았다.",
    "윤아무개 씨는 스물한 살이던 1984년 유리 공장에 들어갔다.",
]


@pytest.mark.parametrize("text", _NO_AGE_THEN)
def test_no_age_then_is_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- Korean years since a start joined to them


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("도예가 한아무개 씨는 1994년 작업실을 열어 32년 동안 옹기를 구워 왔다.", False),
        ("도예가 한아무개 씨는 1994년 작업실을 열어 22년 동안 옹기를 구워 왔다.", True),
        ("장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 45년 동안 대나무를 다뤘다.", False),
        ("장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 35년 동안 대나무를 다뤘다.", True),
        ("기관사 서아무개 씨는 2003년 입사해 23년 동안 산악 열차를 몰았다.", False),
        ("기관사 서아무개 씨는 2003년 입사해 13년 동안 산악 열차를 몰았다.", True),
        ("구청은 2011년 이 습지를 보호구역으로 지정하고 15년 동안 물새를 세어 왔다.", False),
        ("구청은 2011년 이 습지를 보호구역으로 지정하고 19년 동안 물새를 세어 왔다.", True),
    ],
)
def test_a_korean_start_joined_to_the_years_it_has_lasted(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the opening verb with no count of years right after it)
        "도예가 한아무개 씨는 1994년 작업실을 열어 손님 30명을 받았다.",
        # (learning with no count of years after it; a count of people instead)
        "장인 오아무개 씨는 1981년 삼촌에게 채반 엮는 법을 배워 45명에게 가르쳤다.",
        # (a designation in a sentence of its own, a count of people in the next)
        "구청은 2011년 이 습지를 보호구역으로 지정했다. 15명이 물새를 셌다.",
        # (a count of months, not years, after the opening verb)
        "도예가 한아무개 씨는 1994년 작업실을 열어 3개월 동안 옹기를 구웠다.",
    ],
)
def test_a_korean_start_without_its_years_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
