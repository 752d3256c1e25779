"""Sums and differences (forty-sixth session, lane `sumdiff`).

- English: a shortfall whose mark is named before its figure (`2.4 metres short of the course record of 51 metres`,
  `[link.shortfall_after]`), and one whose level is the figure of the sentence before (`A pumpkin weighing 90kg won.
  It fell 5kg short of the record of 95kg.`); Korean: a shortfall after a comparison of the same level
  (`118개보다 24개 많지만 대회 기록 156개에는 14개 모자랐다`: the level that comparison measured)
  (checker/link/shortfalls.py).
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
