"""Dates read in the forty-ninth session (the elapsed check, F406):
- an age of something told as the years it has lasted, `in each of its N years` or `over its N years`, only in the
  sentence of its start with the start's subject going on (`opened in 2009 and has made a profit in each of its 17
  years.`, `[link.age_possessed_before]`), the count closing the sentence: the years from that start year up to the
  publication year, as `in its 30 years` already was;
- must-not: a term of what was not started (`repaid over its 25 years`), a span told ahead or planned (`will spend`,
  `is expected to produce`, `has promised £5m`, `set aside`), a life that ended (`before it closed`), the first years
  of something, a count with no possessive, a person's or people's own years (`over his 30 years`, `over their 30
  years of marriage`), another span after the count (`years as a toll road`, `years of records`), a singular `year`
  before a noun (`7 year groups`), another subject's `its` (`Its stadium … in each of its 12 years`) or a fronted one;
- a Korean count of years a status given has reached this year (`2014년 … 등록돼 올해로 등록 12년을 맞았다`,
  `[link.age_status_count_before]`): only from the year whose own verb gives that status; must-not: the noun with no
  `올해로` before it, the noun before another noun, a count told ahead, a start another verb dates (`2010년 문을
  열었다. 올해로 등록 5년`), a count describing the noun after it (`등록 5년을 맞은 주민`).

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
        # `over its N years`
        ("The Tarn Wall fund was set up in 2003 and has rebuilt dry walls over its 23 years.", DAY, False),
        ("The Tarn Wall fund was set up in 2003 and has rebuilt dry walls over its 21 years.", DAY, True),
        # `over its N years`, another publication year
        ("The Ashby plaque scheme began in 1998 and has put up plaques over its 27 years.", dt.date(2025, 3, 1), False),
        ("The Ashby plaque scheme began in 1998 and has put up plaques over its 25 years.", dt.date(2025, 3, 1), True),
        # `올해로 등록 N년을 맞았다`, the start verb after its year in the clause before
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 12년을 맞았다.", DAY, False),
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 10년을 맞았다.", DAY, True),
        # `올해로 지정 N년을 맞았다`, another publication year
        ("가온 갯벌은 2012년 습지보호지역으로 지정돼 올해로 지정 13년을 맞았다.", dt.date(2025, 3, 1), False),
        ("가온 갯벌은 2012년 습지보호지역으로 지정돼 올해로 지정 11년을 맞았다.", dt.date(2025, 3, 1), True),
        # `over its whole N years`
        ("The Mossley 10k was first run in 2003 and has sold out over its whole 23 years.", DAY, False),
        ("The Mossley 10k was first run in 2003 and has sold out over its whole 21 years.", DAY, True),
        # `올해로 지정 N년,` then another clause; `등록된 뒤 … 맞는다`
        ("서하 마을은 2018년 슬로시티로 지정받아 올해로 지정 8년, 방문객은 두 배가 됐다.", DAY, False),
        ("서하 마을은 2018년 슬로시티로 지정받아 올해로 지정 6년, 방문객은 두 배가 됐다.", DAY, True),
        ("옛 동진역사는 2005년 국가등록문화유산으로 등록된 뒤 올해로 등록 21주년을 맞는다.", DAY, False),
        ("옛 동진역사는 2005년 국가등록문화유산으로 등록된 뒤 올해로 등록 19주년을 맞는다.", DAY, True),
        # `올해로 등록 N주년`
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 12주년을 맞았다.", DAY, False),
        ("누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 10주년을 맞았다.", DAY, True),
        # the start's verb modifying the subject (`지정된 갯벌은`)
        ("2012년 습지보호지역으로 지정된 가온 갯벌은 올해로 지정 14년을 맞았다.", DAY, False),
        ("2012년 습지보호지역으로 지정된 가온 갯벌은 올해로 지정 12년을 맞았다.", DAY, True),
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
        # people's own years (`their`), and a span of another kind after the count
        "The Marlows opened the cafe in 1987 and have cooked there over their 30 years of marriage.",
        "The Fenby allotments were laid out in 1948. The Okafors have kept plot 4 over their 40 years in the village.",
        "The Tolla app was launched in 2013; users log 3 hours a week in it over their 10 years of use.",
        "The Hesk bridge was built in 1828 and, over the bridge's 30 years as a toll road, paid for itself twice.",
        "The Vell reservoir was built in 1914, and over the reservoir's 100 years of records it has run dry twice.",
        # a span told ahead or planned: a term, not an age so far
        "The Corve wind farm was built in 2018 and is expected to produce 50GWh over its 25 years.",
        "The Arden scheme was launched in 2022 and the council has promised £4m over its 10 years.",
        "The Arden scheme started in 2019; £20m is set aside over its 10 years.",
        "The Arden scheme started in 2019 and has promised to pay farmers over its 10 years.",
        # a life that has ended
        "The Wheal Orry mine opened in 1872 and produced 70,000 tonnes of tin over its 61 years before it closed.",
        # another subject's `its`, a fronted `its`, and the count before another noun
        "The Dunmere club was founded in 1991. Its stadium has sold out in each of its 12 years.",
        "The Pell shop opened in 1993. Over its 30 years the family's van has covered 1m miles.",
        "The Pell school opened in 2009, and over its 20 years the lease has cost the council £4m.",
        "The Harlow academy opened in 2013. Pupils have studied in each of its 7 year groups.",
        "The Harlow academy opened in 2013 and has taught in each of its 7 year groups.",
        # a start another verb dates, and a count describing the noun after it
        "가람 센터는 2011년 문을 열었다. 올해로 등록 5년을 맞은 외국인 주민 300명이 행사에 참여했다.",
        "늘봄 요양원은 2004년 설립됐다. 올해로 등록 10년을 맞은 요양보호사 12명이 표창을 받았다.",
        "구는 2017년 조례를 시행해 올해로 지정 30년을 맞은 보호수를 점검한다.",
        "구는 2017년 조례를 시행했다. 올해로 지정 30년을 맞은 보호수 40그루를 점검한다.",
        "누리 농가들은 2017년 장터를 처음 열었다. 올해로 등록 12년을 맞은 사과도 판다.",
        "올해로 등록 12년을 맞은 누리 사과 농가들이 2016년 처음 연 장터가 10주년을 맞았다.",
        "누리 사과는 2014년 지리적표시 농산물로 등록돼 올해로 등록 12년을 맞은 농가 30곳이 있다.",
        "한솔 배는 2012년 지리적표시로 등록돼 올해로 등록 3년 뒤 갱신을 앞뒀다.",
    ],
)
def test_possessive_counts_not_read_as_ages(knowledge, text):
    assert_not_linked(knowledge, text, RULE, DAY)
