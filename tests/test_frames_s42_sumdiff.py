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


# ---------------------------------------------------------------- an amount added and the level it reaches (English)

_ADDED_EN = [
    # the level added to stated after the sum, marked as the level now
    ("The pottery will take on eight throwers, bringing the studio to {t}. It currently employs 26 throwers.", 34, 37),
    ("The depot will buy five more gritters, taking the fleet to {t}. The council now runs 19 gritters.", 24, 27),
    # the count's own word makes it added; the level it joins named in the sentence
    ("Fourteen new pickers will join the 86 staff already employed, bringing the workforce to {t}.", 100, 104),
    ("Nine new volunteers will join the 41 already on the rota, taking the total to {t}.", 50, 54),
    # a group's size written after it with `of`
    ("The dairy will add four people to its staff of 31, taking the total to {t}.", 35, 38),
    ("The yard will add six welders to its crew of 22, bringing the crew to {t}.", 28, 31),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _ADDED_EN)
def test_an_amount_added_and_the_level_it_reaches(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(t=right), SUM, fires=False)
    assert_checked(knowledge, text.format(t=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the level after the sum is a past one, not marked as now
        "The pottery will take on eight throwers, bringing the studio to 34. It employed 20 throwers in 2010.",
        # a level marked as now, of another thing
        "The pottery will take on eight throwers, bringing the studio to 34. It now sells 300 mugs a week.",
        # a group named with `of` is a measure of something else (`the end of 31`)
        "The dairy hired four people at the end of 31 days of talks, taking the total to 35.",
    ],
)
def test_an_amount_added_with_no_level_it_joins_is_not_summed(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a total, then its parts opening the next sentence

_LISTED_NEXT = [
    (
        "2분기 생산량은 {t}만 상자였다. 가람 공장이 1,120만 상자, 나래 공장이 680만 상자를 만들어 "
        "10상자 중 6상자가 가람에서 나왔다.",
        "1,800",
        "1,700",
    ),
    (
        "올해 대회에는 전국 {t}개 팀이 나왔다. 초등부가 176개 팀, 중등부가 112개 팀으로 초등부가 더 많았다.",
        "288",
        "278",
    ),
    (
        "수출 물량은 {t} 병으로, 한 병에 6유로꼴이다. 생막걸리가 6,200 병, 살균 막걸리가 3,100 병이며 "
        "각각 병당 5유로와 8유로에 판다.",
        "9,300",
        "8,300",
    ),
    ("회사의 상반기 판매는 {t}대였다. 내수가 412대, 수출이 96대를 기록해 수출 비중이 커졌다.", "508", "498"),
    ("올해 축제 참가 공방은 {t}곳이다. 도내 공방이 38곳, 도외 공방이 21곳이고 해외 공방은 없었다.", "59", "56"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _LISTED_NEXT)
def test_parts_opening_the_sentence_after_their_total(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(t=right), SUM, fires=False)
    assert_checked(knowledge, text.format(t=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the second figure is a flow of the year, no part of the stock (`을 열었다`)
        "가람서점의 매장은 250곳이다. 가맹점이 210곳, 직영점이 40곳을 열었다.",
        # a ranking going on from the sentence before (`순이었다`): parts of the whole the first one is a share of
        "국적별로는 가람인이 168만명으로 전체의 32.8%를 차지했다. 이어 나래 97만명, 다온 41만명, 라온 38만명 순이었다.",
        # a topic opens the list: the sentence names a whole of its own
        "회사의 상반기 판매는 508대였다. 지난해에는 내수가 412대, 수출이 96대를 기록했다.",
    ],
)
def test_figures_after_a_total_that_are_no_list_of_it_are_not_summed(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


# ---------------------------------------------------------------- parts, then a sentence opening on their sum

_SUMMED_NEXT = [
    (
        "어른 입장 수입이 8억2천만 원, 어린이 입장 수입이 2억6천만 원이었다. "
        "모두 합한 입장 수입은 {t} 원으로 운영비를 넘었다.",
        "10억8천만",
        "11억8천만",
    ),
    ("본점 매출이 412억 원, 온라인 매출이 186억 원이었다. 둘을 더한 매출은 {t}억 원이다.", "598", "618"),
    ("1공장이 3만2천 켤레, 2공장이 1만9천 켤레를 만들었다. 이를 합친 생산량은 {t} 켤레다.", "5만1천", "6만1천"),
    ("국비가 24억 원, 도비가 9억 원 들어갔다. 두 예산을 합한 금액은 {t}억 원이다.", "33", "36"),
    ("남자 선수가 214명, 여자 선수가 158명이었다. 모두 합친 참가 선수는 {t}명이다.", "372", "382"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _SUMMED_NEXT)
def test_parts_then_a_sentence_opening_on_their_sum(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(t=right), SUM, fires=False)
    assert_checked(knowledge, text.format(t=wrong), SUM, fires=True)


def test_a_sentence_opening_on_a_sum_far_from_its_figure_is_not_linked(knowledge):
    # (the sum's words open the sentence, but its figure comes long after, past a clause of its own)
    text = (
        "본점 매출이 412억 원, 온라인 매출이 186억 원이었다. "
        "모두 합한 매출이 늘어난 덕분에 회사는 직원들에게 성과급으로 40억 원을 나눠 줬다."
    )
    assert_not_linked(knowledge, text, SUM)
