"""Date relations (forty-sixth session, lane `dates`).

- A count of years told from a start (`Five years on`, `Twelve years later`) is no longer dropped for a past participle
  after a verb in the present (`Five years on it has 240 registered members`: `[link.age_present_verbs]`), and is read
  set off by commas inside its start's sentence (`formed in 2014 by 11 members and, 12 years on, has 44`); `later than`
  is a comparison, no count from the start.
- A Korean start read beside a count of years (`[link.age_start_after_year_near]`): entering a craft (`입문해`),
  taking over what began (`물려받아`), a group formed (`꾸려지며`); the ordinal year after a clause joined to its
  start by a connective ending (`2016년 시작해 지금까지 11년째`: `[link.age_subject_ordinal_before]`); the event
  of starting named before its year (`빵집이 처음 생긴 것은 1999년으로`: `[link.age_start_before_year]`); years
  become now (`올해로 20년이 됐다`).
- An anniversary written as one word (`centenary`, `sesquicentennial`): the elapsed time's `ordinals`, the anniversary
  marks and nouns; not one of another thing (`the centenary of the armistice`).
- A Korean run from a day or month its opening clause dates to the day or month it runs until (`6월 3일 개장한
  강변 물놀이장 세 곳에 8월 31일까지 90일 동안`, `4월 운영을 시작한 대여소 12곳이 6월 말까지 석 달 동안`:
  `[link.range_joiners_until]`, `[link.range_until_marks]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"


# ---------------------------------------------------------------- counts of years told from a start


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Opened in 2014 with one kiln, the pottery became a co-operative. "
            "Twelve years on, it has 19 registered members.",
            False,
        ),
        (
            "The orchestra was launched in 2006 by a retired teacher. Thirty years on, it has 70 salaried players.",
            True,
        ),
        ("Nine growers set up the market in 2017 and, nine years on, it draws 3,000 shoppers.", False),
        ("The ferry trust was established in 2003 and, 13 years on, runs four boats.", True),
        ("Built in 1996 as a cattle shed, the theatre, 30 years on, is a listed venue.", False),
    ],
)
def test_a_count_of_years_on_from_a_start(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a past verb first: the count reaches another time)
        "The bakery opened in 2010. Ten years later it closed for good.",
        "The trust was set up in 2008 and, eight years later, bought the pier.",
        # (a comparison, not a count from the start)
        "The plant opened in 2019. Two years later than planned, it now employs 40.",
    ],
)
def test_a_count_of_years_told_of_another_time_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- Korean starts beside a count of years


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("도예가 정씨는 2001년 스물두 살에 도자기에 입문해 25년 동안 가마를 지켜 왔다.", False),
        ("도예가 정씨는 2001년 스물두 살에 도자기에 입문해 20년 동안 가마를 지켜 왔다.", True),
        ("1994년 삼촌이 차린 철물점을 물려받아 32년째 운영해 온 한씨는 단골이 고맙다고 했다.", False),
        ("1994년 삼촌이 차린 철물점을 물려받아 26년째 운영해 온 한씨는 단골이 고맙다고 했다.", True),
        ("2013년 청년 모임이 꾸려지고 13년 동안 마을 축제를 열어 왔다.", False),
        ("이 장학 사업은 2016년 시작해 지금까지 11년째 계속되고 있다.", False),
        ("이 장학 사업은 2016년 시작해 지금까지 4년째 계속되고 있다.", True),
    ],
)
def test_a_korean_start_of_a_craft_a_takeover_or_a_group(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("이 골목에 빵집이 처음 생긴 것은 1999년으로, 27년 동안 가게 주인이 네 번 바뀌었다.", False),
        ("이 골목에 빵집이 처음 생긴 것은 1999년으로, 21년 동안 가게 주인이 네 번 바뀌었다.", True),
        ("정기 여객선 운항이 시작된 것은 2006년으로 올해로 20년이 됐다.", False),
        ("정기 여객선 운항이 시작된 것은 2006년으로 올해로 25년이 됐다.", True),
        ("마을 장터가 처음 열린 것은 1988년으로 38년 동안 한 번도 거르지 않았다.", False),
    ],
)
def test_a_korean_start_named_before_its_year(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a streak, not the subject's years)
        "이 공장은 2015년 시작해 3년째 적자를 내고 있다.",
        # (an event of ending named before the year: no start)
        "정기 여객선 운항이 끊긴 것은 2006년으로 20년 동안 주민들은 배를 빌려 탔다.",
    ],
)
def test_a_korean_count_that_is_no_age_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- an anniversary written as one word


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The hall was founded in 1926 by a grocer and marks its centenary this year.", False),
        ("The hall was founded in 1936 by a grocer and marks its centenary this year.", True),
        ("Founded in 1876, the society celebrates its sesquicentennial with a dinner on Friday.", False),
        ("The club, founded in 1926, is celebrating its centenary year.", False),
        ("The canal company, established in 1826, marks its bicentenary this summer.", False),
    ],
)
def test_an_anniversary_written_as_one_word(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_the_centenary_of_another_thing_is_not_read(knowledge):
    assert_not_linked(knowledge, "The town, founded in 1931, marks the centenary of the armistice this week.", ELAPSED)


# ---------------------------------------------------------------- a Korean run from its opening clause to its end


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("해온시는 지난 6월 3일 개장한 강변 야외 물놀이장 세 곳에 8월 31일까지 90일 동안 7만 명이 찾았다.", False),
        ("해온시는 지난 6월 3일 개장한 강변 야외 물놀이장 세 곳에 8월 31일까지 60일 동안 7만 명이 찾았다.", True),
        ("올해 4월 운영을 시작한 무인 자전거 대여소 12곳이 6월 말까지 석 달 동안 1만 건을 빌려줬다.", False),
        ("지난 9월 1일 문을 연 공공 산후조리원 '봄날'에 11월 30일까지 91일 동안 산모 80명이 머물렀다.", False),
        ("올해 1월 시범 운행을 시작한 수요응답형 버스가 5월 말까지 두 달 동안 주민 9천 명을 태웠다.", True),
    ],
)
def test_a_korean_run_from_its_opening_clause_to_its_end(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_a_run_from_a_closing_clause_is_not_read(knowledge):
    assert_not_linked(
        knowledge, "해온시는 지난 6월 3일 문을 닫은 강변 물놀이장 세 곳에 8월 31일까지 90일 동안 공사를 했다.", ELAPSED
    )


# ---------------------------------------------------------------- a person's age now and then


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # (the age then in the next sentence, opening on a pronoun of the person)
        ("The champion, Ian Moss, 33, won all nine of his frames. He first played in 2009, aged 16.", False),
        ("The champion, Ian Moss, 33, won all nine of his frames. He first played in 2009, aged 11.", True),
        ("Runner-up Jo Park, 45, lost only once. She first competed in 1999, aged 18.", False),
        # (after `since` and its year)
        ("The judge, Alan Fry, 77, has bred pigeons since 1969, when he was 20, and still races them.", False),
        ("The judge, Alan Fry, 77, has bred pigeons since 1969, when he was 30, and still races them.", True),
        # (the year restated as the years back from now before the age then)
        ("Ms Dunn, 52, bought the forge in 2004, 22 years ago, when she was 30.", False),
        ("Ms Dunn, 52, bought the forge in 2004, 22 years ago, when she was 36.", True),
    ],
)
def test_an_age_now_and_an_age_then_told_more_ways(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_an_age_then_after_a_pronoun_in_another_paragraph_is_not_read(knowledge):
    assert_not_linked(
        knowledge,
        "The champion, Ian Moss, 33, won all nine of his frames.\n\nHe first played in 2009, aged 11.",
        ELAPSED,
    )


# ---------------------------------------------------------------- a range of years from a year told from now


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("시는 내년부터 2029년까지 3년 동안 해마다 전기버스 40대씩을 들인다.", False),
        ("시는 내년부터 2029년까지 5년 동안 해마다 전기버스 40대씩을 들인다.", True),
        ("군은 지난해부터 2028년까지 4년간 하천 12곳을 정비하고 있다.", False),
        ("군은 지난해부터 2028년까지 2년간 하천 12곳을 정비하고 있다.", True),
        ("도는 올해부터 2030년까지 5년간 해마다 마을 30곳에 태양광을 단다.", False),
    ],
)
def test_a_range_of_years_from_a_year_told_from_now(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


# ---------------------------------------------------------------- days listed one by one


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # (the length the list is set beside after a comma, each day after its weekday's name)
        ("The show ran for two days, Saturday 12 and Sunday 13 September, on the common.", False),
        ("The show ran for three days, Saturday 12 and Sunday 13 September, on the common.", True),
        # (the length after the month the last day is dated in)
        ("The tournament is on Friday 9 and Saturday 10 October, two days of matches.", False),
        ("The tournament is on Friday 9 and Saturday 10 October, four days of matches.", True),
        # (two days in a row across a month's end)
        ("장터는 6월 30일과 7월 1일 이틀 동안 시청 앞에서 열렸다.", False),
        ("장터는 6월 30일과 7월 1일 사흘 동안 시청 앞에서 열렸다.", True),
    ],
)
def test_days_listed_one_by_one_told_more_ways(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (days not in a row: dates, no run)
        "장터는 6월 29일과 7월 1일 이틀 동안 시청 앞에서 열렸다.",
        "The show ran for two days, Saturday 12 and Saturday 19 September, on the common.",
    ],
)
def test_days_listed_not_in_a_row_are_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- a count back from now after the thing's own start


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The guild, founded in 1994, now has 90 members, three times the 30 it started with 32 years ago.", False),
        ("The guild, founded in 1994, now has 90 members, three times the 30 it started with 22 years ago.", True),
        ("The cinema was built in 1986. It has shown 4,000 films since it opened 40 years ago.", False),
        ("The cinema was built in 1986. It has shown 4,000 films since it opened 30 years ago.", True),
        ("Formed in 2008, the band plays the same pubs it began with 18 years ago.", False),
    ],
)
def test_a_count_back_from_now_after_the_things_own_start(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_a_count_back_after_another_things_start_is_not_read(knowledge):
    assert_not_linked(knowledge, "The trust was founded in 1990 and bought the mill; it opened 120 years ago.", ELAPSED)


# ---------------------------------------------------------------- a clause told as an object after the count


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "The dairy, started by his uncle in a barn in 1961, had never sold abroad. "
            '"In 65 years we have learned that buyers will travel for good butter," he said.',
            False,
        ),
        (
            "The dairy, started by his uncle in a barn in 1961, had never sold abroad. "
            '"In 60 years we have learned that buyers will travel for good butter," he said.',
            True,
        ),
    ],
)
def test_a_time_ahead_in_a_clause_told_as_an_object_is_not_the_counts(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


def test_a_count_told_ahead_before_any_object_clause_is_not_read(knowledge):
    assert_not_linked(
        knowledge, 'The dairy was started in 1961. "In 65 years it will have sold a million pats," he said.', ELAPSED
    )
