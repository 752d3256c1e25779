"""Growths whose members stand apart or are written past their marks (forty-third session, lane `growrep`).

- A change stated with its prior and no level, where the nearest sentence before that states figures of the unit
  states two (a breakdown, staff and volunteers): the level is the story's own figure, stated in its lead — or, with
  none there, in the headline (checker/link/changes_of_an_earlier_level.py `_lead_level`).
- A change dated by the owner of its prior (`rose 10 per cent on last year's 3,000 entries`): that time is the
  prior's, so it does not bar the level of now stated before (checker/link/changes_of_an_earlier_level.py).
- A Korean count whose counter's noun is written after it, before the mark of its role (`지난해 35개 팀보다`, `48개
  업체에서`, `7개 팀, 20% 늘었다`): read as if the mark followed the counter (`[link.nouns_after_counter]`,
  checker/link/roles.py).
- A rate beside a gap guessed to measure the last listed part of the sentence before (`대학부 12개 팀과 실업부 24개
  팀` … `출전 팀은 지난해 30개 팀보다 6개 팀, 20% 늘었다`) measures the whole, as the gap does
  (checker/link/relations.py `relink_gaps_of_listed_parts`).
- A figure a change started from set off by `the`, a clause of its own after it (`up 60% from the £1,800 raised last
  year`, `up 12 per cent from the 12,500 who came last year`): the baseline (checker/link/roles.py).
- A Korean figure with the ending of a level it stood at before (`첫 달 5만8천명이던 이용객은 지난달 9만4천명으로 62.1%
  늘었다`, `1,050명이었다가`): the start of the change its clause goes on to (`[link.past_level_after]`,
  checker/link/roles.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired
from helpers import assert_not_linked as _not_linked

GROWTH = "F301"

# ---------------------------------------------------------------- the level of the lead, past a sentence of two

_LEAD_LEVEL = [
    (
        "한내시 씨름대회에 선수 640명 출전\n\n한내시는 지난 주말 시민체육관에서 열린 씨름대회에 선수 640명이 "
        "출전했다고 밝혔다.\n경기는 모두 320판이 치러졌다.\n심판 24명과 진행요원 36명이 경기를 도왔다.\n참가비는 "
        "1인당 2만 원으로, 참가비 수입은 1천280만 원이다.\n올해 출전 선수는 지난해 512명보다 {rate}% 늘었다.\n",
        25,
        40,
    ),
    (
        "가람군 사과축제에 2만4천 명\n\n가람군은 사흘 동안 열린 사과축제에 관광객 2만4천 명이 다녀갔다고 밝혔다.\n"
        "축제장에는 판매 부스 60곳이 섰다.\n자원봉사자 90명과 공무원 40명이 행사를 도왔다.\n사과 판매액은 3억6천만 "
        "원이었다.\n올해 관광객은 지난해 1만9천 명보다 {rate}% 늘었다.\n",
        26,
        60,
    ),
    (
        "다솜시 마라톤에 4천800명\n\n다솜시는 지난 일요일 열린 시민마라톤에 참가자 4천800명이 달렸다고 밝혔다.\n"
        "코스는 10km와 5km 두 가지였다.\n의료진 30명과 자원봉사자 250명이 코스 곳곳에 섰다.\n참가비 수입은 "
        "1억4천400만 원이었다.\n올해 참가자는 지난해 4천 명보다 {rate}% 많다.\n",
        20,
        50,
    ),
    (
        "Show draws 6,000 visitors\n\nThe Lowmoor flower show drew 6,000 visitors over the weekend, its committee "
        "said.\nIt was judged in 4 marquees.\nThe show hired 40 stewards and 25 judges.\nGate takings reached "
        "£54,000.\nVisitors were up {rate} per cent from 5,000 visitors last year.\n",
        20,
        45,
    ),
    (
        "Bridge club signs up 240 players\n\nThe Harrowgate bridge club signed up 240 players for its winter "
        "league, the secretary said.\nThey play on 30 tables.\nThe club has 8 directors and 12 scorers.\nTable "
        "fees raised £4,800.\nPlayers were up {rate} per cent on last season's 200 players.\n",
        20,
        50,
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _LEAD_LEVEL)
def test_a_change_after_a_sentence_of_two_levels_is_of_the_lead(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the lead states two levels of the unit: which one moved is not said)
        "한내시 씨름대회 열려\n\n한내시는 지난 주말 씨름대회에 선수 640명과 임원 160명이 참가했다고 밝혔다.\n"
        "심판 24명과 진행요원 36명이 경기를 도왔다.\n참가비 수입은 1천280만 원이다.\n"
        "올해 참가자는 지난해 512명보다 40% 늘었다.\n",
        "Show opens its gates\n\nThe Lowmoor flower show drew 6,000 visitors and 900 exhibitors, its committee "
        "said.\nThe show hired 40 stewards and 25 judges.\nGate takings reached £54,000.\n"
        "Numbers were up 45 per cent from 5,000 last year.\n",
    ],
)
def test_no_lead_level_when_the_lead_states_two(knowledge, text):
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a change dated by its prior's owner


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Show attracts 3,300 entries\n\nThe Lowmoor agricultural show attracted 3,300 entries this year, its "
            "committee said.\nJudging ran over two days in 6 rings.\nThe show employed 45 stewards and 15 judges.\n"
            "Gate takings reached £41,000.\nEntries rose {rate} per cent on last year's 3,000 entries.\n",
            10,
            30,
        ),
        (
            "Library lends 9,600 books\n\nThe village library lent 9,600 books this year, its report says.\nIt "
            "opened on 5 days a week.\nIts 14 volunteers and 3 staff ran 60 events.\nFines raised £310.\nLoans "
            "were up {rate} per cent on last year's 8,000 books.\n",
            20,
            40,
        ),
        (
            "Pool sells 52,000 swims\n\nThe lido sold 52,000 swims this summer, the trust said.\nIt opened for 90 "
            "days.\nThe trust employed 20 lifeguards and 6 cashiers.\nTakings reached £208,000.\nSwims were up "
            "{rate} per cent on last summer's 40,000 swims.\n",
            30,
            10,
        ),
        (
            "Fair sells 4,400 tickets\n\nThe county fair sold 4,400 tickets this year, organisers said.\nIt ran for "
            "3 days.\nIt had 50 stalls and 12 rides.\nTakings reached £66,000.\nTicket sales rose {rate} per cent "
            "on last year's 4,000 tickets.\n",
            10,
            35,
        ),
        (
            "Hospice shop takes 1,800 donations\n\nThe hospice shop took in 1,800 donations this year, the charity "
            "said.\nIt is open 6 days a week.\nIt has 25 volunteers and 2 managers.\nSales reached £72,000.\n"
            "Donations were up {rate} per cent on last year's 1,500 donations.\n",
            20,
            50,
        ),
    ],
)
def test_a_change_dated_by_its_priors_owner_measures_the_level_of_now(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


def test_a_level_of_next_year_is_still_no_level_of_the_change(knowledge):
    text = (
        "Show plans for 3,900 entries\n\nThe Lowmoor show expects 3,900 entries next year, its committee said.\n"
        "Judging ran in 6 rings.\nThe show employed 45 stewards and 15 judges.\nEntries rose 10 per cent on last "
        "year's 3,000 entries.\n"
    )
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- the noun a Korean counter counts, before its mark


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "한빛시 탁구대회에 42개 팀 출전\n\n한빛시는 지난 주말 탁구대회에 42개 팀이 출전했다고 밝혔다.\n"
            "출전 팀은 지난해 35개 팀보다 7개 팀, {rate}% 늘었다.\n",
            20,
            40,
        ),
        (
            "한빛시 탁구대회에 42개 팀 출전\n\n한빛시는 지난 주말 탁구대회에 42개 팀이 출전했다고 밝혔다.\n"
            "올해 대회에는 42개 팀이 나와 지난해 35개 팀보다 {rate}% 늘었다.\n",
            20,
            35,
        ),
        (
            "누리군 농산물 직판장 입점 54개 업체\n\n누리군 직판장에 입점한 업체는 올해 54개 업체로 지난해 45개 "
            "업체보다 {rate}% 늘었다.\n",
            20,
            50,
        ),
        (
            "새봄시 마을축제 참여 33개 마을\n\n새봄시는 올해 마을축제에 33개 마을이 참여했다고 밝혔다.\n참여 마을은 "
            "지난해 30개 마을보다 3개 마을, {rate}% 늘었다.\n",
            10,
            30,
        ),
        (
            "가온시 체험학습 참여 26개 학교\n\n가온시는 올해 체험학습에 26개 학교가 참여했다고 밝혔다.\n참여 "
            "학교는 지난해 20개 학교보다 6개 학교, {rate}% 늘었다.\n",
            30,
            60,
        ),
    ],
)
def test_a_counters_noun_before_the_mark_of_a_baseline(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


def test_a_counters_noun_before_a_comparison_of_size_is_no_baseline(knowledge):
    # (`35개 팀보다 많은`: a comparison of size, no change measured from it)
    text = "한빛시 탁구대회 열려\n\n올해 탁구대회에는 지난해 35개 팀보다 많은 42개 팀이 나왔고 참가비는 20% 올랐다.\n"
    _not_linked(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a rate beside a gap of a listed part


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "푸른시 배구대회에 36개 팀 출전\n\n푸른시는 배구대회에 36개 팀이 출전했다고 밝혔다.\n대학부 12개 팀과 "
            "일반부 24개 팀이 나섰다.\n출전 팀은 지난해 30개 팀보다 6개 팀, {rate}% 늘었다.\n",
            20,
            45,
        ),
        (
            "솔내군 씨름대회에 240명 출전\n\n솔내군은 씨름대회에 선수 240명이 출전했다고 밝혔다.\n초등부 80명과 "
            "일반부 160명이 나섰다.\n출전 선수는 지난해 200명보다 40명, {rate}% 늘었다.\n",
            20,
            50,
        ),
        (
            "하늘시 합창대회에 60개 팀\n\n하늘시는 합창대회에 60개 팀이 나왔다고 밝혔다.\n학생부 20개 팀과 "
            "시민부 40개 팀이 무대에 섰다.\n참가 팀은 지난해 50개 팀보다 10개 팀, {rate}% 늘었다.\n",
            20,
            60,
        ),
    ],
)
def test_a_rate_beside_a_gap_of_a_listed_part_measures_the_whole(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


def test_a_rate_of_the_part_its_subject_names_stays_the_parts(knowledge):
    # (`일반부는 …`: the sentence names the part's label, its own change)
    text = (
        "푸른시 배구대회에 36개 팀 출전\n\n푸른시는 배구대회에 36개 팀이 출전했다고 밝혔다.\n대학부 12개 팀과 "
        "일반부 24개 팀이 나섰다.\n일반부는 지난해 20개 팀보다 4개 팀, 20% 늘었다.\n"
    )
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- `from the £1,800 raised …`


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Dancers raise £2,880\n\nThe side's collection on Thursday raised £2,880 for the minibus, organisers "
            "said.\n\nThat is up {rate}% from the £1,800 raised at last year's day of dance.\n",
            60,
            90,
        ),
        (
            "Fair draws 14,000\n\nSome 14,000 visitors came to the fair, organisers said.\n\nThat is up {rate} per "
            "cent from the 12,500 who came last year.\n",
            12,
            40,
        ),
        (
            "Choir fills hall\n\nThe choir's carol concert raised £6,600 for the hospice on Sunday.\n\nThat was up "
            "{rate} per cent from the £5,500 collected at the same concert a year ago.\n",
            20,
            50,
        ),
        (
            "Orchard sells 3,600 bottles\n\nThe cider orchard sold 3,600 bottles at its open weekend.\n\nSales were "
            "up {rate} per cent from the 3,000 bottles it sold in 2025.\n",
            20,
            45,
        ),
        (
            "Swim raises £9,000\n\nThe New Year's Day swim raised £9,000 for the lifeboat station.\n\nThe total was "
            "up {rate} per cent from the £7,500 that swimmers raised last January.\n",
            20,
            55,
        ),
    ],
)
def test_a_baseline_set_off_by_the_after_from(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


def test_a_figure_of_another_unit_after_from_the_is_no_baseline(knowledge):
    # (`from the 30 shops it now supplies`: where the money comes from, no level of it)
    text = "Bakery grows\n\nThe bakery's revenue rose 8% to £54,000, from the 30 shops it now supplies.\n"
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a Korean level it stood at before (`…이던`)

MULTIPLE = "F304"


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "새길역 이용객 늘어\n\n개통 첫 달 4만2천명이던 월 이용객은 지난달 5만4천600명으로 {rate}% 증가했다.\n",
            30,
            60,
        ),
        (
            "심야버스 이용객 늘어\n\n이용객은 처음 석 달 동안 하루 평균 800명이었다가 최근 석 달은 1,000명으로 {rate}% "
            "늘었다.\n",
            25,
            60,
        ),
        ("도서관 대출 늘어\n\n작년 1월 3천400권이었던 월 대출은 지난달 4천80권으로 {rate}% 늘었다.\n", 20, 45),
        ("마을 인구 줄어\n\n한때 5만2천 명이던 인구는 올해 3만9천 명으로 {rate}% 줄었다.\n", 25, 50),
    ],
)
def test_a_korean_past_level_is_the_start_of_the_change(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


def test_a_korean_past_level_before_a_multiple_became(knowledge):
    text = "셔틀 탑승객 늘어\n\n첫 달 2천500명이던 월 탑승객은 지난달 {now}명으로 두 배가 됐다.\n"
    _checked(knowledge, text.format(now="5천"), MULTIPLE, fires=False)
    _checked(knowledge, text.format(now="9천"), MULTIPLE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the change is of another subject: no start of it)
        "마을 인구 줄어\n\n한때 5만 명이던 인구는 이제 3만 명이고, 예산은 20% 늘었다.\n",
        # (no change follows)
        "학교 문 닫아\n\n정원이 300명이던 분교가 올해 문을 닫았고 교사 12명은 다른 학교로 옮겼다.\n",
    ],
)
def test_a_korean_past_level_with_no_change_of_its_own(knowledge, text):
    _not_linked(knowledge, text, GROWTH)


def test_a_korean_past_level_then_figures_added_reaches_no_level(knowledge):
    # (`3명이 떠나고 4명이 새로 들어오면서 한 명 늘었다`: figures added and taken away, no level its clause reaches)
    text = (
        "테니스팀 선수 늘어\n\n선수단은 남자 6명과 여자 5명을 합쳐 선수 11명이다. 지난해 10명이던 선수는 연말에 "
        "3명이 떠나고 4명이 새로 들어오면서 한 명 늘었다.\n"
    )
    _not_fired(knowledge, text, "F305")
    _not_fired(knowledge, text, GROWTH)
