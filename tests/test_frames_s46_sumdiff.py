"""Sums and differences (forty-sixth session, lane `sumdiff`).

- English: a shortfall whose mark is named before its figure (`2.4 metres short of the course record of 51 metres`,
  `[link.shortfall_after]`), and one whose level is the figure of the sentence before (`A pumpkin weighing 90kg won.
  It fell 5kg short of the record of 95kg.`); Korean: a shortfall after a comparison of the same level
  (`118개보다 24개 많지만 대회 기록 156개에는 14개 모자랐다`: the level that comparison measured)
  (checker/link/shortfalls.py).
- Korean: a gap to a figure compared with, its rate set after it as a fraction (`288톤보다 72톤, 4분의 1 많은 양이다`,
  `[link.gap_rate_fractions]`), or an adverb before it (`8개보다 벌써 4개가 많다`, `[link.excess_adverbs]`); a gap whose
  sentence before states only an average (`초당 3.5회꼴이다`) measures the level of the sentence before that
  (checker/link/gaps.py, checker/link/gaps_from_before.py).
- Korean: a count stood at, set against the amount it moved by (`지난해 8대였는데 올해 6대를 늘렸다`), after a sentence
  stating the level reached (checker/link/contrasted_priors.py, then changes_of_an_earlier_level.py).
- Korean: a count of units and the lot each holds, of another counter than the total's (`4개 팀씩 12개 조로 나눈
  조별리그 72경기와 결선 24경기를 더해 모두 96경기`), is left out of the parts instead of voiding the list
  (checker/link/totals.py).
- English: a total after `, making` or `giving … an income of` that the figures before it in the clause add up to
  (`the fees raised £3,600 and a raffle £2,400, making £6,000`, `[link.total_marks]`, `[link.total_phrase_marks]`);
  a figure with `in all` after it closes a list of its own and ends the parts (checker/link/totals.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SUM = "F302"
DIFFERENCE = "F305"


# ---------------------------------------------------------------- a shortfall of a mark named first

_SHORT_OF_A_NAMED_MARK = [
    # (text, holding shortfall, broken shortfall)
    (
        "Log toss\n\nThe winning toss went 38.5 metres, {gap} metres short of the course record of 41 metres.",
        "2.5",
        "4.5",
    ),
    (
        "Regatta\n\nThe fastest crew rowed 1,940 metres, {gap} metres short of the club's best of 2,000 metres.",
        "60",
        "260",
    ),
    (
        "Melons\n\nA melon weighing 31kg won the class, {gap}kg short of the show's record of 35kg, set in 2021.",
        "4",
        "7",
    ),
    ("Appeal\n\nThe appeal has raised £18,600, £{gap} short of its target of £20,000.", "1,400", "2,400"),
    ("Pies\n\nThe champion ate 14 pies, {gap} short of the all-time record of 17 pies.", "three", "five"),
]


@pytest.mark.parametrize("text,holds,broken", _SHORT_OF_A_NAMED_MARK)
def test_a_shortfall_of_a_mark_named_before_its_figure(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


_SHORT_OF_THE_SENTENCE_BEFORE = [
    (
        "Pumpkins\n\nA pumpkin weighing 412kg, grown on an allotment, took the top prize on Sunday. "
        "It fell {gap}kg short of the show's record of 430kg.",
        "18",
        "28",
    ),
    (
        "Netball\n\nThe home side scored 52 points on Saturday. That was {gap} points short of the "
        "league record of 61 points.",
        "9",
        "14",
    ),
    (
        "Berries\n\nA red gooseberry weighing 41.3 grams won on Saturday, beating last year's winner of 39.9 grams by "
        "1.4 grams.\n\nIt fell {gap} grams short of the show record of 44 grams.",
        "2.7",
        "6.7",
    ),
    (
        "Walk\n\nThe sponsored walk raised $8,250 this spring. It came in ${gap} short of the target of $9,000.",
        "750",
        "1,750",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SHORT_OF_THE_SENTENCE_BEFORE)
def test_a_shortfall_measures_the_level_of_the_sentence_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


_NO_SHORTFALL = [
    # words between `short of` and the figure that are no mark's name ending in `of`: no shortfall read
    "Log toss\n\nThe winning toss went 38.5 metres, 4.5 metres short of where it landed in 2019, when 41 metres won.",
    # a sentence that names its own subject, not a pronoun for the level before: the level is not stated
    "Boathouse\n\nThe appeal opened in May with a gift of £40,000. The station is £18,400 short of the £250,000 it "
    "needs for a new boathouse.",
    # a level of another unit in the sentence before: no level of the shortfall
    "Pumpkins\n\nThe winner was paid £412 on Sunday. It fell 28kg short of the show's record of 430kg.",
]


@pytest.mark.parametrize("text", _NO_SHORTFALL)
def test_a_shortfall_without_a_level_of_its_unit_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)


_SHORT_AFTER_A_COMPARISON_KO = [
    (
        "제기차기\n\n우승자는 1분 동안 131개를 찼다. 지난해 우승 기록 120개보다 11개 많지만 2022년 세운 대회 기록 "
        "140개에는 {gap}개 모자랐다.",
        "9",
        "19",
    ),
    (
        "줄넘기\n\n우승자는 2분 동안 312회를 넘었다. 지난해 기록 300회보다 12회 많았지만 대회 최고 기록 330회에는 "
        "{gap}회 못 미쳤다.",
        "18",
        "38",
    ),
    (
        "감 수확\n\n올해 곶감 생산량은 880톤으로 잠정 집계됐다. 지난해 800톤보다 80톤 많지만 목표 1천200톤에는 "
        "{gap}톤 모자란다.",
        "320",
        "520",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SHORT_AFTER_A_COMPARISON_KO)
def test_a_korean_shortfall_after_a_comparison_measures_the_compared_level(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


# ---------------------------------------------------------------- `…, making T` after its parts

_MAKING_A_TOTAL = [
    # (text, holding total, broken total)
    (
        "Fete\n\nThe tombola raised £1,150 and the cake stall £650, making £{total} for the church roof.",
        "1,800",
        "2,800",
    ),
    (
        "Show\n\nAdult tickets brought in $3,400 and family tickets $2,100, making ${total} for the day.",
        "5,500",
        "7,500",
    ),
    (
        "Bake sale\n\nPupils raised €240 in the first week and €310 in the second, making €{total} in a fortnight.",
        "550",
        "850",
    ),
    (
        "Regatta\n\nEntry fees brought in £7,100, and sponsors added £4,900, giving the regatta an income of £{total}.",
        "12,000",
        "15,000",
    ),
    ("Club\n\nMembers paid €2,300 and the council €700, giving the club a total of €{total}.", "3,000", "4,000"),
]


@pytest.mark.parametrize("text,holds,broken", _MAKING_A_TOTAL)
def test_a_total_after_making_or_giving_is_the_sum_of_the_clause_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


def test_a_figure_closing_a_list_of_its_own_ends_the_parts(knowledge):
    text = "Darts\n\nEach player paid £3 to enter, £{fees} in all, and a raffle raised £540, making £900 for the hall."
    assert_checked(knowledge, text.format(fees="360"), SUM, fires=False)
    assert_checked(knowledge, text.format(fees="560"), SUM, fires=True)


_NO_TOTAL_MAKING = [
    # `making` before no figure of the unit: nothing summed
    "Fete\n\nThe tombola raised £1,150 and the cake stall £650, making it the best fete in years.",
    # one figure before `making`: no list
    "Fete\n\nThe tombola raised £1,150, making £2,000 with money raised earlier in the year.",
]


@pytest.mark.parametrize("text", _NO_TOTAL_MAKING)
def test_making_after_no_list_is_no_total(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


# ---------------------------------------------------------------- Korean gaps: a fraction, an adverb, an average

_KOREAN_GAPS = [
    # (text, holding gap, broken gap)
    ("레몬\n\n올해 레몬 출하량은 480톤이다. 지난해 출하량 400톤보다 {gap}톤, 5분의 1 많은 양이다.", "80", "180"),
    ("배\n\n올해 배 수확량은 1천500톤으로 집계됐다. 지난해 1천200톤보다 {gap}톤, 4분의 1 많다.", "300", "500"),
    ("메달\n\n사격팀은 올해 메달 17개를 땄다. 지난해 한 해 동안 딴 메달 11개보다 벌써 {gap}개가 많다.", "6", "9"),
    (
        "줄넘기\n\n한 학생이 1분 동안 260회를 뛰어 대회 신기록을 세웠다. 초당 4.3회꼴이다. "
        "종전 기록 236회보다 {gap}회 많다.",
        "24",
        "44",
    ),
    (
        "딸기\n\n올봄 딸기 출하 목표는 960톤으로 농가당 12톤꼴이다. 출하는 넉 달 동안 이어져 달마다 240톤꼴이 나간다. "
        "지난봄 출하량 800톤보다 {gap}톤 많은 양이다.",
        "160",
        "360",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _KOREAN_GAPS)
def test_a_korean_gap_is_read_past_a_fraction_an_adverb_or_an_average(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


def test_a_korean_gap_after_a_sentence_of_its_own_level_is_not_read_past_it(knowledge):
    # the sentence before states a plain level of its own (no average): that one is the level, never the one before
    text = "딸기\n\n올봄 딸기 출하량은 960톤이다. 하우스 한 동에서는 3톤을 땄다. 지난봄 한 동의 2톤보다 1톤 많다."
    assert_not_fired(knowledge, text, DIFFERENCE)


# ---------------------------------------------------------------- Korean: `지난해 P였는데 올해 N을 늘렸다`

_MOVED_FROM_A_PAST_LEVEL = [
    (
        "통학버스\n\n통학버스는 모두 19대로 학교 30곳을 잇는다. 지난해 시범 운행 때는 11대였는데 "
        "올해 {gap}대를 늘렸다.",
        "8",
        "12",
    ),
    (
        "쉼터\n\n구는 무더위 쉼터 모두 146곳을 운영한다. 지난해까지 문을 연 쉼터는 120곳이었는데 "
        "올해 {gap}곳이 늘었다.",
        "26",
        "46",
    ),
    (
        "직원\n\n이 공장의 직원은 84명이다. 지난해에는 96명이었지만 올해 {gap}명이 줄었다.",
        "12",
        "32",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _MOVED_FROM_A_PAST_LEVEL)
def test_a_korean_count_stood_at_and_its_move_measure_the_level_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


def test_a_korean_move_from_a_past_level_without_a_level_right_before_is_not_read(knowledge):
    # the level the move reached is not in the sentence right before: another count there, or none
    text = (
        "농가\n\n군내 양봉 농가는 모두 286곳이다. 피해 농가 178곳이 지원을 신청했다. 간담회도 열렸다. "
        "한편 군내 농가는 2021년 340곳이었으나 5년 새 54곳이 줄었다."
    )
    assert_not_linked(knowledge, text, DIFFERENCE)


# ---------------------------------------------------------------- Korean: lots of another counter before the parts

_LOTS_BEFORE_PARTS = [
    (
        "풋살\n\n경기는 4개 팀씩 10개 조로 나눈 조별리그 60경기와 결선 18경기를 더해 모두 {total}경기가 열렸다.",
        "78",
        "88",
    ),
    ("족구\n\n대회는 3개 팀씩 16개 조로 나눈 예선 48경기와 본선 31경기 등 모두 {total}경기로 치러졌다.", "79", "69"),
    (
        "배구\n\n리그는 4개 조에 6개 팀씩 나뉘어 조별 60경기를 치렀고, 결선 7경기를 더해 모두 {total}경기가 열렸다.",
        "67",
        "87",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _LOTS_BEFORE_PARTS)
def test_a_count_of_groups_and_teams_is_no_part_of_a_total_of_games(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


def test_a_lot_of_the_totals_counter_still_voids_the_list(knowledge):
    # `10개씩 20상자 … 모두 200개`: the lot counts the total's own things, a product, no sum
    assert_not_linked(knowledge, "사과\n\n사과는 10개씩 20상자에 담겨 모두 200개가 팔렸다.", SUM)
