"""Differences stated in real copy (fifty-second session, lane `diff`).

A gap between a price abroad, restated in the home currency, and the home price (checker/link/gaps_from_equivalents.py):
the equivalent (a figure of money converting the price before it) is the level the gap measures when the figure
compared with stands right after it, of its currency, only a few words and no figure between:

- Korean, the gap after the figure compared with (`우리 돈 약 8천230원꼴로 국내 납품가 7천 원보다 1천230원쯤 비싸다`);
- English, the gap before it (`about £60, which is £8 more than the £52`, `some £4 below the £42`).

Not when a figure stands between the equivalent and the figure compared with, when the figure compared with is of
another currency, when the amount before the comparison is no equivalent (a plain amount of the home currency after
the price: no conversion read), or when a clause of another subject opens between (`, and a vase £9 more than …`,
`[link.equivalent_gap_breaks]`; a subject's word, `버스는`, or `이고`). The reading of such a gap is this one alone
(checker/link/relations.py no longer ties a gap in the equivalent's money to it).

The same gap a sentence after the equivalent (checker/link/gaps_from_before.py): a price noun ending in `가` right
before the figure compared with names that figure (`국내 판매가 3만5천 원보다`, `[link.price_nouns_in_ga]`): a
noun whose stem ends in a consonant (`납품가`), or one whose stem could be a subject with `가` (`판매가`: sales)
only after `국내`, `현지` or `시중`. Not `소비자가` (a person), not a noun with another word or a comma before the
figure (`소매가 도매 3만 원보다`: the sentence's own subject), and a subject of its own (`누리시가 3만5천 원보다 …`)
keeps the level apart.

A count's gap in the count's own sentence (`sold 140 dials last year, up 40 on the 100 it sold the year before`). A
gap opening the sentence after a count (`… drew 64 stalls. That was 12 more than last year's 52`) is not read: which
figure `That` means, and whether the figure compared with counts the same noun (a rank, a score, an age, a figure
per day), are too often not said.

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


# ---------------------------------------------------------------- review: a gap and a clause of another subject

_ANOTHER_SUBJECT = [
    # (review) a new subject after the equivalent (`, and a vase`): the gap is the vase's, not the equivalent's
    "Vases\n\nEach jug from the Holsby kiln sells for 500 zloty, about £95, and a vase £9 more than the £14 bowl.",
    # another noun brought in by `with` (`, with fees`)
    "Rent\n\nA room in Gdynia rents for 2,600 zloty a month, about £520, with fees £6 more than the £15 of 2024.",
    # (review) a subject with its topic particle (`버스는`) between the equivalent and the figure compared with
    "누리 여행\n\n하루 숙박에 4천 바트, 우리 돈 약 16만4천 원으로, 버스는 3만 원보다 6천 원 비싸다.",
    # (review) a clause closed by `이고`, another subject after it
    "누리 여행\n\n하루 숙박에 4천 바트, 우리 돈 약 16만4천 원이고 점심은 3만 원보다 6천 원 비싸다.",
]


@pytest.mark.parametrize("text", _ANOTHER_SUBJECT)
def test_no_gap_from_an_equivalent_across_another_subject(knowledge, text):
    assert_not_linked(knowledge, text, GAP)


# ---------------------------------------------------------------- review: a 가-noun that is a subject

_LEAD = "소담 공방 수출\n\n소담 공방이 프랑스에 도자기를 판다. 한 점 값은 30유로로 우리 돈 4만9천 원 남짓이다. "
_SUBJECTS_IN_GA = [
    # `판매가` as sales + the subject particle (an amount, no price)
    "올해 판매가 4억 원보다 6천만 원 많았다.",
    "해외 시장 판매가 4억 원보다 6천만 원 많았다.",
    # a person as subject (`소비자가`)
    "국내 소비자가 4만 원보다 3천 원 비싸게 사는 셈이다.",
    # the price noun is the sentence's own subject, another word names the figure compared with
    "소매가 도매 3만 원보다 8천 원 비싸다.",
    "국내 소매가 도매가 3만 원보다 8천 원 비싸다.",
    # a comma after the noun, a neighbour's price, no word of the home market
    "매장 판매가, 4만 원보다 6천 원 많았다.",
    "이웃 공방의 판매가 4만 원보다 6천 원 비싸다.",
    "소매가 4만 원보다 6천 원 높다.",
]


@pytest.mark.parametrize("sentence", _SUBJECTS_IN_GA)
def test_a_subject_in_ga_names_no_figure_compared_with(knowledge, sentence):
    assert_not_linked(knowledge, _LEAD + sentence, GAP)


def test_a_price_of_the_home_market_in_ga_names_the_figure_compared_with(knowledge):
    text = _LEAD + "현지 소매가 4만 원보다 {gap} 비싸다."
    assert_checked(knowledge, text.format(gap="9천 원 가까이"), GAP, fires=False)
    assert_checked(knowledge, text.format(gap="2만 원 가까이"), GAP, fires=True)


# ---------------------------------------------------------------- a count's gap in the count's own sentence


def test_gap_up_on_the_figure_in_the_count_s_sentence(knowledge):
    text = "Dials\n\nThe Brackley workshop sold 140 dials last year, up {gap} on the 100 it sold the year before."
    assert_checked(knowledge, text.format(gap="40"), GAP, fires=False)
    assert_checked(knowledge, text.format(gap="70"), GAP, fires=True)


# ---------------------------------------------------------------- review: no gap opening the sentence after a count
# (the reading was removed: which figure of the sentence before `That` means, and of which noun the figure compared
# with is, are too often not said)

_NO_OPENING_GAP = [
    # two totals of the one noun before
    "Stalls\n\nThe Corby fair drew 72 stalls on Friday and 66 on Saturday. That was 14 more than last year's 58.",
    # a part after its total
    "Stalls\n\nThe Corby fair drew 72 stalls, including 25 craft stalls. That was 14 more than last year's 58.",
    "Stalls\n\nThe Corby fair drew 72 stalls, 25 of them selling crafts. That was 14 more than last year's 58.",
    # a rank, no count
    "School\n\nFenwick School has 820 pupils. It was up 5 on the county table, to 9th from 14th.",
    "School\n\nFenwick School has 820 pupils and is 9th in the region. That was 4 more than the 5 it had in 2023.",
    # the figure compared with has a noun of its own
    "Rovers\n\nCorby Rovers have won 21 games. That is 5 more than last season's 44 points would suggest.",
    # averages per day
    "Stalls\n\nThe Corby fair drew 72 stalls over nine days, an average of 8 a day. That was 3 more than last year's "
    "5 a day.",
    # two gaps, the second of no figure of its own
    "Stalls\n\nThe Corby fair drew 72 stalls. That was 14 more than last year's 58, and 25 more than in 2022.",
    # a bare level before (an index), a clock time
    "Index\n\nThe Corby index of 30 shares closed at 2,150. It was up 15 on the 2,135 of Thursday.",
    "Marathon\n\nThe Fenwick marathon drew 2,100 runners. It was up 4 on the 2:09 course record, at 2:13.",
    # a force on a scale, a rank, an age, a score
    "Gale\n\nThe storm felled 160 trees across Corby. It was 9 on the Beaufort scale, 3 more than the 6 forecast.",
    "University\n\nFenwick University has 9,800 students. It is 44 on the national ranking, 8 more than the 36 of "
    "last year.",
    "Club\n\nThe Corby chess club has 48 members, the oldest 88. That is 10 more than the 78 of its founder.",
    "Match\n\nCorby beat Fenwick 4-2 before 3,900 fans. It was 3 on the hour, 2 more than the 1 at half-time.",
]


@pytest.mark.parametrize("text", _NO_OPENING_GAP)
def test_no_opening_gap_after_a_count(knowledge, text):
    assert_not_linked(knowledge, text, GAP)
