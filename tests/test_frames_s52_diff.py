"""Differences stated in real copy (fifty-second session, lane `diff`).

A gap between a price abroad, restated in the home currency, and the home price (checker/link/gaps_from_equivalents.py):
the equivalent (a figure of money converting the price before it) is the level the gap measures when the figure
compared with stands right after it, of its currency, only a few words and no figure between:

- Korean, the gap after the figure compared with (`우리 돈 약 8천230원꼴로 국내 납품가 7천 원보다 1천230원쯤 비싸다`);
- English, the gap before it (`about £60, which is £8 more than the £52`, `some £4 below the £42`).

Not when a figure stands between the equivalent and the figure compared with, when the figure compared with is of
another currency, or when the amount before the comparison is no equivalent (a plain amount of the home currency
after the price: no conversion read).

The same gap a sentence after the equivalent (checker/link/gaps_from_before.py): a price noun ending in `가` right
before the figure compared with (`국내 판매가 3만5천 원보다`, `[link.price_nouns_in_ga]`) names that figure, not the
sentence's own subject (`누리시가 3만5천 원보다 …`, a subject, still keeps the level apart).

A count's gap opening the sentence after the count (checker/extract/quantities.py, `[elided_counts]
opening_gap_before/after`; checker/link/gaps_from_before.py): `The show drew 64 stalls. That was 12 more than last
year's 52`, `It was up 12 on the 52 of last year`: a bare whole number right after `That was`/`It was up` and before
`more than`/`on the` counts the noun the sentence before counts (a figure compared with after it, bare, then counts it
too), and the gap measures that count from the figure compared with, read as a prior (`last year's 52`) or a
baseline; a figure per unit after the pot it divides in the sentence before (`an average of 3,675 a day`) is no
level. A gap of grouped digits (`1,050`, a count of no noun) and its figure compared with keep no noun, and measure
the count of the one noun the sentence before counts. Not when the sentence before counts two nouns (which one is
not said), when the count stands two sentences back, when the sentence opens on no word of going on (`Entries were
12 more …`), or when the number is a year. A bare gap in the count's own sentence (`up 40 on the 100 it sold the year
before`) counts the noun too.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

GAP = "F305"


# ---------------------------------------------------------------- a gap from an equivalent, in one sentence

_EQUIVALENT_GAPS = [
    # (text, holding gap, broken gap)
    (
        "누리 공방 수출\n\n누리 공방이 중국에 누룩을 판다. 1kg에 40 위안, 우리 돈 약 8천230원꼴로 "
        "국내 납품가 7천 원보다 {gap} 비싸다.",
        "1천230원쯤",
        "2천900원쯤",
    ),
    (
        "다온 공방 수출\n\n다온 공방이 태국에 부채를 판다. 한 개 값은 30달러로 우리 돈 4만1천 원가량이며, 국내 판매가 "
        "3만5천 원보다 {gap} 비싸다.",
        "6천 원",
        "1만2천 원",
    ),
    (
        "Lamps\n\nA Tarrow workshop is selling lamps to a shop in Gdansk. Each lamp comes to 300 zloty, about £60, "
        "which is {gap} more than the £52 the firm charges at home.",
        "£8",
        "£18",
    ),
    (
        "Spoons\n\nA Brackley silversmith is selling spoons to a shop in Pune. Each spoon is priced at ₹4,400, about "
        "£40, some {gap} below the £44 the workshop charges at home.",
        "£4",
        "£14",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _EQUIVALENT_GAPS)
def test_gap_from_a_home_price_measures_the_equivalent_before_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), GAP, fires=False)
    assert_checked(knowledge, text.format(gap=broken), GAP, fires=True)


_NO_EQUIVALENT_GAP = [
    # a figure between the equivalent and the home price: the gap is not said to be from the equivalent
    "다온 공방 수출\n\n다온 공방이 태국에 부채를 판다. 한 개 값은 30달러로 우리 돈 4만1천 원가량이며, 운임 2천 원을 "
    "더하면 국내 판매가 3만5천 원보다 1만9천 원 비싸다.",
    # the figure compared with is of another currency than the equivalent
    "Lamps\n\nA Tarrow workshop is selling lamps to a shop in Gdansk. Each lamp comes to 300 zloty, about £60, "
    "which is $8 more than the $52 the firm charges at home.",
    # a clause of its own after the equivalent (`;`): the gap is another price's
    "Lamps\n\nA Tarrow workshop is selling lamps to a shop in Gdansk. Each lamp comes to 300 zloty, about £60; a "
    "rival workshop asks £18 more than the £52 it charged last year.",
]


@pytest.mark.parametrize("text", _NO_EQUIVALENT_GAP)
def test_no_gap_from_an_equivalent_apart_or_of_another_currency(knowledge, text):
    assert_not_linked(knowledge, text, GAP)


# ---------------------------------------------------------------- the gap a sentence after the equivalent


@pytest.mark.parametrize(("gap", "fires"), [("6천 원 가까이", False), ("1만6천 원 가까이", True)])
def test_price_noun_in_ga_names_the_figure_compared_with(knowledge, gap, fires):
    text = (
        "하람 공방 수출\n\n하람 공방이 호주에 목기를 판다. 한 개 값은 30달러로 우리 돈 4만1천 원 남짓이다. "
        f"국내 판매가 3만5천 원보다 {gap} 비싸다."
    )
    assert_checked(knowledge, text, GAP, fires=fires)


_OWN_SUBJECTS = [
    # a subject with its particle (`누리시가`) before the figure compared with: the sentence's own, no level before
    "하람 공방 수출\n\n하람 공방이 호주에 목기를 판다. 한 개 값은 30달러로 우리 돈 4만1천 원 남짓이다. "
    "누리시가 3만5천 원보다 1만6천 원 비싸다.",
    "하람 공방 수출\n\n하람 공방이 호주에 목기를 판다. 한 개 값은 30달러로 우리 돈 4만1천 원 남짓이다. "
    "다른 업체는 3만5천 원보다 1만6천 원 비싸다.",
]


@pytest.mark.parametrize("text", _OWN_SUBJECTS)
def test_a_subject_of_its_own_keeps_the_equivalent_apart(knowledge, text):
    assert_not_linked(knowledge, text, GAP)


# ---------------------------------------------------------------- a count's gap opening the sentence after it

_OPENING_GAPS = [
    # (text, holding gap, broken gap)
    (
        "Stalls\n\nThe Tarrow craft fair drew 64 stalls on Saturday, its organisers said. That was {gap} more than "
        "last year's 52, a rise of almost a quarter.",
        "12",
        "22",
    ),
    (
        "Stalls\n\nThe Tarrow craft fair drew 64 stalls on Saturday, its organisers said.\n\nIt was up {gap} on the "
        "52 of last year.",
        "12",
        "32",
    ),
    (
        "Visitors\n\nThe Ormsby show drew 4,350 visitors over two days. That was {gap} more than last year's 2,500.",
        "1,850",
        "1,250",
    ),
    (
        # the figure per day after the pot it divides is no level: the gap measures the pot
        "Fair\n\nThe Ormsby fair drew 7,350 visitors over two days, an average of 3,675 a day.\n\nThat was {gap} more "
        "than last year's 6,300, a rise of a sixth.",
        "1,050",
        "1,650",
    ),
    (
        "Dials\n\nThe Brackley workshop sold 140 dials last year, up {gap} on the 100 it sold the year before.",
        "40",
        "70",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _OPENING_GAPS)
def test_opening_gap_measures_the_count_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(gap=holds), GAP, fires=False)
    assert_checked(knowledge, text.format(gap=broken), GAP, fires=True)


_NO_OPENING_GAP = [
    # the sentence before counts two nouns: which one the gap is of is not said
    "Stalls\n\nThe Tarrow craft fair drew 64 stalls and 30 bands. That was 22 more than last year's 52.",
    # a gap of grouped digits after a sentence counting two nouns: which one is not said
    "Fair\n\nThe Ormsby fair drew 7,350 visitors and 1,200 cars. That was 1,650 more than last year's 6,300.",
    # the count two sentences back
    "Stalls\n\nThe Tarrow craft fair drew 64 stalls. The weather was fine. That was 22 more than last year's 52.",
    # the sentence opens on a noun of its own, no word of going on
    "Stalls\n\nThe Tarrow craft fair drew 64 stalls. Bands were 22 more than last year's 52.",
    # a year, no gap
    "Stalls\n\nThe Tarrow craft fair drew 64 stalls. That was 2019 more or less, said the organiser.",
]


@pytest.mark.parametrize("text", _NO_OPENING_GAP)
def test_no_opening_gap_of_two_nouns_far_or_without_going_on(knowledge, text):
    assert_not_linked(knowledge, text, GAP)
