"""Sums and differences on copy never seen (forty-second session, lane `sumdiff`).

- A team's record adds up to the games it is of: `24경기에서 17승 7패`, `14승 2무 5패, 모두 21경기`, `won 11, drew 4 and
  lost 3 of their 18 games`, `In 24 games, the side won 15 and lost 9` (checker/link/game_records.py; the Korean
  counters `승`, `무`, `패` and the bare English counts after `won`, `drew`, `lost`: checker/extract/quantities.py
  `_read_record_counts`). Closed when the record names its draws; else open (an excess is still an error).
- A count added (`6승을 더`) is no gap between two counts of different things (checker/link/gaps_adding_up.py), and
  a date right before a sentence's first figure dates that figure, not a later one (checker/link/
  changes_since_a_dated_level.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SUM, GROWTH = "F302", "F301"


# ---------------------------------------------------------------- records of games

_RECORDS = [
    # (text with {g} for the games, the games that hold, the games that break)
    ("가람시청 배구단은 올해 정규리그 {g}경기에서 17승 7패를 거뒀다.", 24, 22),
    ("나래FC의 지난 시즌 성적은 14승 2무 5패, 모두 {g}경기였다.", 21, 23),
    ("다온시청 핸드볼팀은 전국체전까지 {g}경기 동안 9승 1무 4패를 기록했다.", 14, 12),
    ("The club won 20, drew 5 and lost 9 of its {g} league games.", 34, 36),
    ("Harrow Vale have won 12 games, drawn 3 and lost 1 of their {g} matches this season.", 16, 19),
    ("In {g} games, the side won 15 and lost 9.", 24, 20),
    ("The county team finished with 11 wins and 7 defeats from {g} matches.", 18, 16),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _RECORDS)
def test_a_record_adds_up_to_its_games(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(g=right), SUM, fires=False)
    assert_checked(knowledge, text.format(g=wrong), SUM, fires=True)


def test_a_record_without_draws_may_leave_them_out(knowledge):
    # (no draw named: the games may hold draws the record leaves out; only an excess is certain)
    assert_checked(knowledge, "The club won 11 and lost 5 of its 18 games.", SUM, fires=False)
    assert_checked(knowledge, "The club won 11 and lost 9 of its 18 games.", SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # two records, each of its own games: no run of outcomes
        "The club has won 12 of its 16 home games and lost 4 of its 10 away games.",
        # a career record, and this season's games in another clause
        "통산 120승 80패를 기록한 그는 올해 24경기에 나섰다.",
        "He has 41 wins and 20 defeats in his career and has played 30 games this season.",
        # goals and assists are no outcomes of games
        "그는 지난 시즌 35경기에 나서 14골 7도움을 올렸다.",
        # a count won and one lost of things that are not games
        "The party won 240 seats and lost 12 of its 60 strongholds.",
    ],
)
def test_counts_that_are_no_record_of_games_are_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


def test_a_table_row_before_a_name_opening_on_an_outcome_syllable_stays_a_row(knowledge):
    # (`7` then, on the next line, `무소속`: no count of draws; each row still adds up to its total)
    text = "정당 | 지역구 | 비례 | 합계\n가나당 | 3 | 4 | 7\n무소속 | 6 | 0 | 6"
    assert_checked(knowledge, text, SUM, fires=False)


def test_korean_outcome_counters_are_read_only_as_counts(knowledge):
    # `무역`, `패키지`, `승인`: words that open with an outcome's syllable after a number are no counts of games
    assert_not_linked(knowledge, "수출 3무역 협정과 2패키지 상품, 5승인 건이 있다. 모두 10경기였다.", SUM)


# ---------------------------------------------------------------- a count added is no gap of other counts


def test_a_count_added_is_not_a_gap_between_wins_and_losses(knowledge):
    text = (
        "가온시청 탁구단이 올해 정규리그 24경기에서 18승 6패를 거뒀다. "
        "지난해 12승에 그쳤던 팀은 한 해 만에 6승을 더 올려 승수를 50% 늘렸다."
    )
    assert_not_fired(knowledge, text, GROWTH)
    assert_not_fired(knowledge, text, "F305")


def test_a_date_before_the_first_figure_does_not_date_the_second(knowledge):
    text = "올해 18명을 뽑았다. 지난해 12명에 그쳤던 회사는 한 해 만에 6명을 더 뽑아 채용을 50% 늘렸다."
    assert_not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- an addition, then the level it reaches stated next

DIFFERENCE = "F305"

_ADDED_THEN_REACHED = [
    (
        "올해 책정한 예산은 24억 원이다. 시는 추경에 6억 원을 더 반영할 계획이다. "
        "이렇게 되면 올해 예산은 모두 {t} 원으로 늘어난다.",
        "30억",
        "33억",
    ),
    (
        "공방에는 장인 14명이 일한다. 공방은 보조 인력 6명을 새로 뽑기로 했다. "
        "그렇게 되면 일하는 사람이 모두 {t}명으로 늘어난다.",
        "20",
        "23",
    ),
    (
        "시내 공공 자전거 대여소는 85곳이다. 시는 내년까지 대여소 15곳을 추가로 짓는다. "
        "공사가 끝나면 대여소는 {t}곳으로 늘어난다.",
        "100",
        "110",
    ),
    (
        "해솔도서관의 장서는 12만 권이다. 도서관은 올해 책 8천 권을 더 사들인다. "
        "구입이 마무리되면 장서는 {t} 권이 된다.",
        "12만8천",
        "13만8천",
    ),
    (
        "이 구단의 올해 운영 예산은 18억 원이다. 구단은 후원금으로 4억 원을 더 마련할 계획이다. "
        "그렇게 되면 올해 운영 예산은 {t}억 원으로 늘어난다.",
        "22",
        "25",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _ADDED_THEN_REACHED)
def test_an_addition_then_the_level_it_reaches_in_the_next_sentence(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(t=right), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(t=wrong), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # no consequence of the addition opens the later sentence: another level
        "올해 예산은 24억 원이다. 시는 추경에 6억 원을 더 반영할 계획이다. 내년 예산은 40억 원으로 늘어난다.",
        # a figure of the count between: which level the addition reaches is not said
        "공방에는 장인 14명이 일한다. 공방은 6명을 새로 뽑는다. 이 가운데 2명은 외국인이다. "
        "그렇게 되면 모두 25명으로 늘어난다.",
        # the only budget stated before is last year's: no level the addition was made to
        "지난해 예산은 25억 원이었다. 시는 추경에 6억 원을 더 반영할 계획이다. "
        "이렇게 되면 올해 예산은 모두 30억 원으로 늘어난다.",
    ],
)
def test_an_addition_with_no_level_it_reaches_is_not_linked(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)


def test_a_date_over_a_clause_of_two_counts_still_dates_the_level(knowledge):
    # (`78차례 운행에 3천354명이`: a count of another thing between the date and the level leaves the date the level's)
    text = (
        "가람군의 왕진버스가 올해 상반기 4천127명을 진료했다. "
        "지난해 상반기에는 78차례 운행에 3천354명이 이용해, 1년 새 이용자가 {d}명 늘었다."
    )
    assert_checked(knowledge, text.format(d="773"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(d="873"), DIFFERENCE, fires=True)
