"""Date relations (forty-seventh session, lane `dates`).

- A run's end and length told in one sentence, its start day dated by a word of starting in a sentence before it
(`14일부터 수확에 들어갔다 … 수확은 다음 달 20일까지 38일 동안`: checker/link/runs_from_an_earlier_start.py,
`[link.run_started_after_day]`). - A yearly run's ordinal and its first edition: years skipped told in a long clause
between them (`except 2001, when …, and 2020, during …, making this year's race the 54th`), the first dated in a later
clause (`the 16th festival; the first, in 2011, …`), a clause that it ran every year between the ordinal and `since the
first` (`the 30th fair, which has been held every summer since the first in 1997`), a year lost (`only the 2020 event
was lost`), and more nouns of a yearly event (`fiesta`, `carnival`, `contest`, `derby`). - A person's own start (`joined
the firm in 1970`, `took over the forge in 2009`: `[link.age_start_verbs_near]`) is a start read only beside a count of
years (`has been making buttons for 54 years`), never an age told far from it; `has spent 20 years` is a count of
lasting as `for 20 years` is.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

ELAPSED = "F406"
OCTOBER = dt.date(2026, 10, 14)
JULY = dt.date(2026, 7, 8)


# ---------------------------------------------------------------- a run's end and length after its start's sentence


@pytest.mark.parametrize(
    ("text", "published", "fires"),
    [
        (
            "군은 관내 고구마 농가 40곳이 14일부터 수확에 들어갔다고 밝혔다. "
            "수확은 다음 달 20일까지 38일 동안 이어진다.",
            OCTOBER,
            False,
        ),
        (
            "군은 관내 고구마 농가 40곳이 14일부터 수확에 들어갔다고 밝혔다. "
            "수확은 다음 달 20일까지 30일 동안 이어진다.",
            OCTOBER,
            True,
        ),
        (
            "시는 오는 18일(토) 문을 여는 물놀이장 3곳을 더해 모두 9곳을 운영한다고 15일 밝혔다.\n\n"
            "새 물놀이장은 한 곳에 4억 원씩 들여 지었다.\n\n물놀이장은 다음 달 23일(일)까지 37일 동안 문을 연다.",
            JULY,
            False,
        ),
        (
            "시는 오는 18일(토) 문을 여는 물놀이장 3곳을 더해 모두 9곳을 운영한다고 15일 밝혔다.\n\n"
            "새 물놀이장은 한 곳에 4억 원씩 들여 지었다.\n\n물놀이장은 다음 달 23일(일)까지 47일 동안 문을 연다.",
            JULY,
            True,
        ),
        (
            "농가 12곳이 8일 올해 첫 출하를 시작했다. 생산량은 30톤으로 지난해보다 20% 많다. "
            "출하는 9월 30일까지 12주 동안 이어진다.",
            JULY,
            False,
        ),
        (
            "농가 12곳이 8일 올해 첫 출하를 시작했다. 생산량은 30톤으로 지난해보다 20% 많다. "
            "출하는 9월 30일까지 8주 동안 이어진다.",
            JULY,
            True,
        ),
        ("조합은 3일 김장 배추 판매를 시작했다. 판매는 이달 24일까지 22일간 계속된다.", dt.date(2026, 11, 3), False),
        ("조합은 3일 김장 배추 판매를 시작했다. 판매는 이달 24일까지 12일간 계속된다.", dt.date(2026, 11, 3), True),
    ],
)
def test_a_runs_end_and_length_after_the_sentence_of_its_start(knowledge, text, published, fires):
    assert_checked(knowledge, text, ELAPSED, fires, published)


@pytest.mark.parametrize(
    "text",
    [
        # (no word of starting after the earlier day: the day it was reported on)
        "군은 14일 고구마 수확 계획을 밝혔다. 수확은 다음 달 20일까지 30일 동안 이어진다.",
        # (another day dated between the start and the end: which one the run is from is unsaid)
        "군은 14일부터 수확에 들어갔다. 첫 경매는 22일 열린다. 수확은 다음 달 20일까지 30일 동안 이어진다.",
        # (two starts told in one sentence)
        "고구마는 14일부터, 감자는 16일부터 수확에 들어갔다. 수확은 다음 달 20일까지 30일 동안 이어진다.",
        # (a length told from another time)
        "군은 14일부터 수확에 들어갔다. 수확은 다음 달 20일까지로 사흘 전보다 늘었다.",
    ],
)
def test_a_runs_end_with_no_start_told_before_it_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED, OCTOBER)


# ---------------------------------------------------------------- a yearly run's ordinal and its first edition

AUGUST = dt.date(2026, 8, 5)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "The hill race was first run in 1971 and has been held every year except 2001, when snow shut the "
            "passes, and 2020, during the pandemic, making this year's race the 54th.",
            False,
        ),
        (
            "The hill race was first run in 1971 and has been held every year except 2001, when snow shut the "
            "passes, and 2020, during the pandemic, making this year's race the 58th.",
            True,
        ),
        ("This is the 16th festival; the first, in 2011, had a single tent and four tellers.", False),
        ("This is the 19th festival; the first, in 2011, had a single tent and four tellers.", True),
        ("This year's show is the 12th show; the first was in 2015.", False),
        ("This is the 30th fiesta, which has been held every summer since the first in 1997.", False),
        ("This is the 35th regatta, which has been held every summer since the first in 1997.", True),
        ("Saturday's was the 21st carnival, which has been run every year since the first in 2006.", False),
        ("The open was first played in 2001 and only the 2020 event was lost, so this year's is the 25th.", False),
        ("The open was first played in 2001 and only the 2020 event was lost, so this year's is the 28th.", True),
    ],
)
def test_a_yearly_runs_ordinal_and_its_first(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (fewer editions than years, with no word that it ran every year between: a pause, unsaid)
        "This is the 16th festival; the last, in 2011, had a single tent.",
        # (another year's edition)
        "Last year's was the 16th festival; the first was held in 2011.",
        # (a run not held every year)
        "This is the 30th fair, which has been held every other summer since the first in 1997.",
    ],
)
def test_an_ordinal_of_no_yearly_run_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED, AUGUST)


# ---------------------------------------------------------------- a person's own start, a count of years spent


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Owner Ann Hale, 70, joined the firm in 1972, when she was 16, and has now been making buttons "
            "for 54 years.",
            False,
        ),
        ("The owner joined the firm in 1972 and has been making buttons for 50 years.", True),
        ("Mr Ortiz took over the forge in 2009 and has run it for 17 years.", False),
        ("Mr Ortiz took over the forge in 2009 and has run it for 12 years.", True),
        ("Ms Berg joined the choir in 1999. She has sung with it for 27 years.", False),
    ],
)
def test_a_persons_own_start_and_a_count_of_years_beside_it(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (a person's own start is no start of an age told far from it)
        "The head baker joined in 2001.\n\nThe bakery is now celebrating its 90th anniversary.",
        "Mr Hale joined the board in 2015. The village fair, a 120-year tradition, drew 4,000.",
        # (a past clause: not up to now)
        "The owner joined the firm in 1972 and made buttons for 30 years.",
        # (a quotation's count: the speaker's own time, not the years since joining)
        'Ms Lund joined the dairy in 1994. "In 12 years I have not seen milk this cheap," she said.',
        'Mr Ortiz took over the forge in 2009. "In 10 years we have never shut," he said.',
    ],
)
def test_a_persons_own_start_far_from_a_count_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED, AUGUST)


# ---------------------------------------------------------------- an edition's ordinal apart from its first year


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "A record 40 pairs took part in the ninth Ashby Barrel Rolling Race on Saturday. "
            "The race began in 2018 as a pub dare and has been held every year since.",
            False,
        ),
        (
            "A record 40 pairs took part in the twelfth Ashby Barrel Rolling Race on Saturday. "
            "The race began in 2018 as a pub dare and has been held every year since.",
            True,
        ),
        ("Forty crews entered the seventh Brackley Raft Race on Sunday. The race was first held in 2020.", False),
        ("Forty crews entered the 11th Brackley Raft Race on Sunday. The race was first held in 2020.", True),
        ("Ninety growers showed at the 14th Fenby Onion Show. The show was first held in 2013.", False),
    ],
)
def test_an_editions_ordinal_in_words_or_before_a_capitalized_name(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (the first edition: no count of years)
        "Forty crews entered the first Brackley Raft Race on Sunday. The race was first held in 2020.",
        # (two ordinals of the event: which one is this year's is unsaid)
        "The seventh Brackley Raft Race beat the sixth Brackley Raft Race. The race was first held in 2020.",
    ],
)
def test_an_editions_ordinal_in_words_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED, AUGUST)


# ---------------------------------------------------------------- Korean starts of a count of years


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("군은 2012년 농가 5곳에 모종을 나눠주며 재배를 시작했다. 14년 만에 재배 농가가 40곳 늘었다.", False),
        ("군은 2012년 농가 5곳에 모종을 나눠주며 재배를 시작했다. 10년 만에 재배 농가가 40곳 늘었다.", True),
        ("조합은 2004년 주민 열 명이 돈을 모아 방앗간을 차리며 출발했다. 22년 동안 조합원은 80명으로 늘었다.", False),
        ("박 대표는 1976년 열일곱 살에 공방에 들어가 50년 동안 나무를 깎았다.", False),
        ("박 대표는 1976년 열일곱 살에 공방에 들어가 40년 동안 나무를 깎았다.", True),
        ("최씨는 1994년 스무 살에 제철소에 들어와 32년 동안 용광로를 지켰다.", False),
    ],
)
def test_korean_starts_of_a_count_of_years(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (the next sentence opens on a subject of its own: another's years)
        "군은 2012년 농가 5곳에 모종을 나눠주며 재배를 시작했다. 주방장은 10년 동안 일했다.",
        # (the count two sentences on)
        "군은 2012년 농가 5곳에 모종을 나눠주며 재배를 시작했다. 올해 수확량은 90톤이다. 10년 만에 농가가 늘었다.",
    ],
)
def test_korean_start_far_from_a_count_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED, AUGUST)


# ---------------------------------------------------------------- a run's length after `There`, beside its range


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Thirty kites will fly at the Ashby Kite Fiesta from Friday, July 17, to Sunday, July 19, organisers "
            "said.\n\nThere will be six mass launches over the three days.",
            False,
        ),
        (
            "Thirty kites will fly at the Ashby Kite Fiesta from Friday, July 17, to Sunday, July 19, organisers "
            "said.\n\nThere will be six mass launches over the four days.",
            True,
        ),
        (
            "The Fenby folk weekend ran from Friday, August 7, to Sunday, August 9.\n\n"
            "There were 42 concerts over the three days, two of them sold out.",
            False,
        ),
        (
            "The Fenby folk weekend ran from Friday, August 7, to Sunday, August 9.\n\n"
            "There were 42 concerts over the five days, two of them sold out.",
            True,
        ),
    ],
)
def test_a_runs_length_after_there_beside_its_range(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, dt.date(2026, 6, 25))


def test_a_length_told_of_another_subject_after_a_range_is_not_read(knowledge):
    text = (
        "The Fenby folk weekend ran from Friday, August 7, to Sunday, August 9.\n\n"
        "Stewards spent five days setting up the site."
    )
    assert_not_linked(knowledge, text, ELAPSED, dt.date(2026, 6, 25))


# ---------------------------------------------------------------- a run staging its edition; a named subject


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("First run in 2013, the event was staging its 13th edition, having missed 2020.", False),
        ("First run in 2013, the event was staging its 16th edition, having missed 2020.", True),
        ("First held in 2010, the club is hosting its 17th regatta this weekend.", False),
        ("First held in 2010, the club is hosting its 21st regatta this weekend.", True),
    ],
)
def test_a_run_staging_this_years_edition(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, AUGUST)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "A firm that leads coastal walks took 14,000 people onto the cliffs between March and October, its "
            "owners said.\n\nCliff Walks Ltd ran 520 walks over the eight months, an average of 27 a walk.",
            False,
        ),
        (
            "A firm that leads coastal walks took 14,000 people onto the cliffs between March and October, its "
            "owners said.\n\nCliff Walks Ltd ran 520 walks over the nine months, an average of 27 a walk.",
            True,
        ),
        (
            "A family bakery sold 90,000 pies between April and September, its owners said.\n\n"
            "Crumb Bakery baked on 150 days over the six months.",
            False,
        ),
    ],
)
def test_a_named_subject_the_range_describes(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, dt.date(2026, 11, 12))


def test_a_named_subject_the_range_does_not_describe_is_not_read(knowledge):
    text = "The fair ran from March 3 to March 9.\n\nHarbour Stewards Ltd spent ten days setting up."
    assert_not_linked(knowledge, text, ELAPSED, dt.date(2026, 11, 12))


# ---------------------------------------------------------------- fixes after review: readings narrowed to what is told
# (a word ordinal names the edition only right before the event's name; `There were … over three days` is a part of
# the run; `has spent N years doing` is time spent; a person's start counts only the span its own state goes on with)

REVIEW_DAY = dt.date(2024, 8, 27)


@pytest.mark.parametrize(
    "text",
    [
        "The Brackley food festival was first held in 2023.\n\nOn the third day of the festival, 4,000 people came.",
        "Ashby's cheese show was first held in 2022.\n\nIt has already become the fifth biggest show in the county.",
        "The Holt fell race was first held in 2022.\n\nMary Jones, 41, finished fifth in the race on Sunday.",
        "The Holt fell race was first held in 2022.\n\nThe fifth runner in the race on Sunday was Mary Jones.",
        "The Denby kite festival was first held in 2021.\n\nOn the second evening of the festival, rain stopped play.",
        "The Orton sheep fair was first held in 2019.\n\nIt is now the third largest fair in the county.",
        "The Kelso duck race was first held in 2020.\n\nA duck named Bert came seventh in the race.",
        "한빛 연꽃축제는 2022년 처음 열렸다.\n\n다섯 번째 공연은 축제 마지막 날 무대에 올랐다.",
        "해오름 인형극제는 2021년 처음 열렸다.\n\n세 번째 날 공연은 축제 내내 가장 붐볐다.",
        "The Tring music festival ran from June 1 to June 10.\n\nThere were 42 concerts over three days at the stage.",
        "The Wem book fair ran from May 3 to May 12.\n\nThere were 15 readings over two days in the library.",
        "The Colne jazz week ran from July 1 to July 14.\n\nThere were 30 gigs over four days in the park.",
        "Anne Moss founded the bakery in 1990 and has spent 20 years perfecting its sourdough.",
        "She opened the bakery in 2008 and has spent 12 years perfecting one loaf.",
        "The brothers started the boatyard in 1986 and have spent forty years building dinghies.",
        "She joined the board in 2015 and has chaired it for six years.",
        "He joined the club in 2001 and has captained it for ten years.",
        "Ms Patel joined the council in 2010 and has led it for five years.",
        "Mr Reed took over the shop in 2012 and has chaired the traders' group for four years.",
    ],
)
def test_review_readings_not_told(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED, REVIEW_DAY)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "The Ashby Barrel Rolling Race was first held in 2020.\n\nThe ninth Ashby Barrel Rolling Race drew 300.",
            True,
        ),
        ("The Tring music festival ran from June 1 to June 10.\n\nThere were 42 concerts over the three days.", True),
        ("She joined the firm in 2015 and has worked there for six years.", True),
        ("She joined the firm in 2015 and has worked there for nine years.", False),
    ],
)
def test_review_readings_still_told(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, REVIEW_DAY)
