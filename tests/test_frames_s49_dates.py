"""Dates read in the forty-ninth session (the elapsed check, F406):
- an age of something told as the years it has lasted, with a possessive after `in each of` or `over`
  (`has grown in each of its 15 years`, `1.5 plaques a year over its 30 years`,
  `[link.age_possessed_before]`): the years from the one start year of its sentence or the sentence beside
  it up to the publication year, as `in its 30 years` already was;
- must-not: a term of what was not started (`repaid over its 25 years`), a span told ahead (`will spend …
  over its 15 years`), the first years of something (`over its first 10 years`), a count with no
  possessive (`over 20 years`, `in each of 12 years`), a possessive of a person (`over his 30 years`);
- a Korean count of years a status given has reached this year, after its noun (`2014년 … 등록돼 올해로 등록 12년을
  맞았다`, `지정 14주년`, `[link.age_start_nouns_before]`): the years from the start its sentence dates to the
  publication year; must-not: the noun with no `올해로` before it (a term, `등록 3년 이상`), the noun before another
  noun (`등록 농가`, `지정 기간 10년`), a count told ahead (`앞으로`).

Every sentence is written for this file, with invented names and numbers (published 2026-08-05).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked

RULE = "F406"
DAY = dt.date(2026, 8, 5)


@pytest.mark.parametrize(
    "text,published,fires",
    [
        # `in each of its N years`, the start in the clause before
        ("The Brenmoor kiln opened in 2009 and has made a profit in each of its 17 years.", DAY, False),
        ("The Brenmoor kiln opened in 2009 and has made a profit in each of its 15 years.", DAY, True),
        # the start's verb several words before its year
        (
            "The Lowfen choir was founded by three teachers in 1991 and has sung at the fair in each of its 35 years.",
            DAY,
            False,
        ),
        (
            "The Lowfen choir was founded by three teachers in 1991 and has sung at the fair in each of its 33 years.",
            DAY,
            True,
        ),
        # `in each of its N years`, the start in the sentence before
        ("The Brenmoor kiln opened in 2009. It has made a profit in each of its 17 years.", DAY, False),
        ("The Brenmoor kiln opened in 2009. It has made a profit in each of its 14 years.", DAY, True),
        # `over its N years`, the start after `since`
        (
            "Since it was set up in 2003 the Tarn Wall fund has rebuilt 46km of walls, 2km a year over its 23 years.",
            DAY,
            False,
        ),
        (
            "Since it was set up in 2003 the Tarn Wall fund has rebuilt 46km of walls, 2km a year over its 21 years.",
            DAY,
            True,
        ),
        # `over the scheme's N years`, another publication year
        (
            "The Ashby plaque scheme began in 1998, and has put up 54 plaques over the scheme's 27 years.",
            dt.date(2025, 3, 1),
            False,
        ),
        (
            "The Ashby plaque scheme began in 1998, and has put up 54 plaques over the scheme's 25 years.",
            dt.date(2025, 3, 1),
            True,
        ),
        # `over its entire N years`
        ("The Corrin trust was founded in 2001 and has spent £9m over its entire 25 years.", DAY, False),
        ("The Corrin trust was founded in 2001 and has spent £9m over its entire 23 years.", DAY, True),
        # `올해로 등록 N년을 맞았다`, the start verb after its year in the clause before
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 12년을 맞았다.", DAY, False),
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 10년을 맞았다.", DAY, True),
        # `올해로 지정 N년을 맞았다`, another publication year
        ("가온 갯벌은 2012년 습지보호지역으로 지정돼 올해로 지정 13년을 맞았다.", dt.date(2025, 3, 1), False),
        ("가온 갯벌은 2012년 습지보호지역으로 지정돼 올해로 지정 11년을 맞았다.", dt.date(2025, 3, 1), True),
        # `올해로 등록 N주년`
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 12주년을 맞았다.", DAY, False),
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 10주년을 맞았다.", DAY, True),
    ],
)
def test_years_lasted_after_a_possessive(knowledge, text, published, fires):
    assert_checked(knowledge, text, RULE, fires, published)


@pytest.mark.parametrize(
    "text",
    [
        # a term of a loan or a bond, not the age of something started
        "The Pellow loan, taken out in 2020, will be repaid in each of its 25 years.",
        "The Hartside bond, issued in 2020, pays 4% a year over its 10 years.",
        "The Quarry Lane lease, signed in 2021, costs £900 a month over its 15 years.",
        # a span told ahead
        "The Corrin trust, founded in 2021, will spend £9m over its 15 years.",
        # the first years of something, not all of them
        "The Corrin trust was founded in 2001 and has spent £9m over its first 10 years.",
        # a count with no possessive: a span of its own
        "The Brenmoor kiln opened in 2009 and prices have risen over 12 years.",
        "The Brenmoor kiln opened in 2009 and has made a profit in each of 12 years.",
        # a person's own years, not the age of what was started
        "The Lowfen choir was founded in 1991, and its conductor has sung over his 30 years.",
        # a possessive count whose sentence dates no start
        "The Tarn Wall fund has rebuilt 46km of walls, 2km a year over its 23 years.",
        # two start years beside the count
        "The kiln opened in 2009 and its shop in 2013, and has made a profit in each of its 13 years.",
        # the noun of a status with no `올해로` before it: a term, not an age
        "누리 사과는 2014년 지리적표시 농산물로 등록돼 군은 등록 3년 이상 농가에 지원금을 준다.",
        # the noun before another noun, not before the count
        "누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 농가가 12곳이 됐다.",
        "가온 갯벌은 2012년 습지보호지역으로 지정돼 올해로 지정 기간 10년이 끝난다.",
        # a count told ahead
        "가온 갯벌은 2012년 습지보호지역으로 지정돼 앞으로 지정 20년을 맞는다.",
        # a status whose start no sentence dates
        "누리 사과는 지리적표시 농산물로 등록돼 올해로 등록 10년을 맞았다.",
        # a member's own registration, not the start the sentence dates
        "누리 조합은 2014년 설립돼 올해로 회원 등록 5년을 맞은 농가가 30곳이다.",
    ],
)
def test_possessive_counts_not_read_as_ages(knowledge, text):
    assert_not_linked(knowledge, text, RULE, DAY)
