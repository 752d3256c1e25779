"""Ratios of a count, a figure per one of it and their total (fifty-fourth session, lane `ratio_au`).

English: a price or measure per one and the total it comes to in one sentence (`The shop is paying €20 a satchel,
€10,000 in all`), the count stated in a sentence before (checker/link/restated_per_unit.py, the count read as
checker/link/per_unit_apart.py reads one apart: `CountsApart`, the one count the article states of the noun). A count
of a year's worth of the noun (`makes around 2,000 satchels a year`: `[link.per_year_after]`) is a rate, the maker's
output, no rival of the count of one lot; unless the price's own sentence is of a year too (`€20 each, €40,000 a
year`), where the yearly count may be the one meant (which one, unsaid).

Korean: an amount given each one of a noun (`한 개에 2만 원씩 모두 240만 원`: checker/link/distributed_groups.py)
takes as its groups the one count of that noun its own sentence states before the mark (`받침대 120개도 새로
달았는데`), whatever the sentence before counted of the same noun (`둥지 900개`); two counts of it in its own
sentence fall back to the window (one value only, else nothing). A generic counter with a particle right after it
(`120개도`, `900개를`) counts by itself: the particle is no noun after it (`250개 팀` is a count of teams).

Korean averages per a noun in the sentence after their total and count (`48개 팀, 선수 600명이 나섰다. 팀당 평균
12.5명꼴이다`: checker/link/per_unit_fallback.py): a count of the counter of anything (`[link.generic_counters]`)
counts the noun right after it, whole (`48개 팀`; not `48개 팀장`, `48개 구장`); a count opened by a mark of being
included in a whole before it (`이 가운데 12개 팀은`: `[link.included_marks]`) is a part, never the units.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"


_YEARLY_RIVAL = [
    # (text, holding total, broken total)
    (
        "Bags\n\nA Tarrow workshop is to make 500 satchels for a shop in Vigo.\n\n"
        "The shop is paying €20 a satchel, €{total} in all. The workshop makes around 2,000 satchels a year.",
        "10,000",
        "12,000",
    ),
    (
        "Kettles\n\nA Merrow foundry is to make 300 kettles for a hotel chain in Lyon.\n\n"
        "The chain is paying €40 a kettle, €{total} in all. The foundry makes some 1,800 kettles a year.",
        "12,000",
        "15,000",
    ),
    (
        "Rugs\n\nA weaving shed in Orrin is to supply 120 rugs to a museum in Ghent.\n\n"
        "Each rug takes 3 square metres of wool cloth, {total} square metres for the order. "
        "The shed weaves about 900 rugs per year.",
        "360",
        "480",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _YEARLY_RIVAL)
def test_a_yearly_count_is_no_rival_of_the_lot_counted_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_NO_YEARLY_READING = [
    # the price's own sentence is of a year: the yearly count may be the one its total is of
    "Bags\n\nA Tarrow workshop makes around 2,000 satchels a year. This spring it made 500 satchels for a shop in "
    "Vigo.\n\nThe satchels sell at €20 each, €40,000 a year.",
    # two counts of the noun with no year's mark: which lot, unsaid
    "Bags\n\nA Tarrow workshop is to make 500 satchels for a shop in Vigo.\n\n"
    "The shop is paying €20 a satchel, €10,000 in all. The workshop made 2,000 satchels last spring.",
    # a yearly count alone, no count of the lot: nothing to divide by
    "Bags\n\nA Tarrow workshop makes around 2,000 satchels a year for shops in Vigo.\n\n"
    "The shop is paying €20 a satchel, €10,000 in all.",
    # the yearly count is of another noun, the lot's noun never counted
    "Bags\n\nA Tarrow workshop is to make a batch of purses for a shop in Vigo.\n\n"
    "The shop is paying €20 a satchel, €10,000 in all. The workshop makes around 2,000 purses a year.",
]


@pytest.mark.parametrize("text", _NO_YEARLY_READING)
def test_no_lot_count_when_the_year_or_a_tie_leaves_it_unsaid(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_OWN_SENTENCE_GROUPS = [
    (
        "가람군 둥지\n\n가람군은 올해 제비 둥지 900개를 찾았다고 3일 밝혔다. 군은 받침대 120개도 새로 달았는데 "
        "한 개에 2만 원씩 모두 {total}만 원이 들었다.",
        "240",
        "360",
    ),
    (
        "가람군 둥지\n\n가람군은 올해 제비 둥지 900개를 찾았다고 3일 밝혔다. 남면에서는 둥지 200개에서 새끼 "
        "800마리가 나왔다. 군은 받침대 120개도 새로 달았는데 한 개에 2만 원씩 모두 {total}만 원이 들었다.",
        "240",
        "360",
    ),
    (
        "나래시 화분\n\n나래시는 올봄 가로 화분 700개를 새로 놓았다고 5일 밝혔다. 시는 물통 60개를 함께 "
        "사들였는데 한 개에 3만 원씩 모두 {total}만 원을 썼다.",
        "180",
        "240",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _OWN_SENTENCE_GROUPS)
def test_the_count_of_its_own_sentence_is_the_groups_of_an_amount_each(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_NO_OWN_SENTENCE_GROUPS = [
    # two counts of the noun in its own sentence, another in the sentence before: which, unsaid
    "가람군 둥지\n\n가람군은 올해 제비 둥지 900개를 찾았다고 3일 밝혔다. 군은 받침대 120개와 물통 80개를 새로 "
    "달았는데 한 개에 2만 원씩 모두 300만 원이 들었다.",
    # the amount given each is per a month too: no share of the total over the count alone
    "가람군 둥지\n\n가람군은 올해 제비 둥지 900개를 찾았다고 3일 밝혔다. 군은 받침대 120개도 새로 달았는데 "
    "매달 한 개에 2만 원씩 모두 500만 원이 들었다.",
    # no amount after the mark closes the clause: a later clause's spending
    "가람군 둥지\n\n가람군은 올해 제비 둥지 900개를 찾았다고 3일 밝혔다. 군은 받침대 120개도 새로 달았는데 "
    "한 개에 2만 원씩 들었고, 조사원 수당으로는 700만 원을 썼다.",
]


@pytest.mark.parametrize("text", _NO_OWN_SENTENCE_GROUPS)
def test_no_groups_when_its_own_sentence_leaves_them_unsaid(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_GENERIC_COUNT_NAMED = [
    # a count of the counter of anything with its noun right after it (`48개 팀`), the average per that noun (`팀당`)
    # in the next sentence over the total stated beside it
    (
        "가람시 풋살\n\n가람시는 지난 주말 대회에 48개 팀, 선수 600명이 나섰다고 3일 밝혔다. 팀당 평균 {avg}명꼴이다.",
        "12.5",
        "15",
    ),
    (
        "다온군 농악\n\n다온군은 지난달 경연대회에 30개 패, 단원 1천200명이 참가했다고 2일 밝혔다. 패당 평균 "
        "{avg}명꼴이다.",
        "40",
        "48",
    ),
    # a count opened by a mark of inclusion (`이 가운데 12개 팀은`) is a part of the whole before it, never the units
    (
        "가람시 풋살\n\n가람시는 지난 주말 대회에 48개 팀, 선수 600명이 나섰다고 3일 밝혔다. 이 가운데 12개 팀은 "
        "여자부다. 팀당 평균 {avg}명꼴이다.",
        "12.5",
        "15",
    ),
    (
        "가람시 풋살\n\n가람시는 지난 주말 대회에 48팀, 선수 600명이 나섰다고 3일 밝혔다. 이 중 12팀은 "
        "여자부다. 팀당 평균 {avg}명꼴이다.",
        "12.5",
        "15",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _GENERIC_COUNT_NAMED)
def test_a_generic_count_is_named_by_the_noun_after_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(avg=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(avg=broken), PER_UNIT, fires=True)


_NO_GENERIC_COUNT_NAMED = [
    # the noun after the counter is another word that only starts like the mark's (`팀장`): no count of teams
    "가람시 풋살\n\n가람시는 지난 주말 대회에 48개 팀장, 선수 600명이 나섰다고 3일 밝혔다. 팀당 평균 15명꼴이다.",
    # the generic count counts another noun (`48개 구장`): no count of teams
    "가람시 풋살\n\n가람시는 지난 주말 대회에 48개 구장, 선수 600명이 나섰다고 3일 밝혔다. 팀당 평균 15명꼴이다.",
]


@pytest.mark.parametrize("text", _NO_GENERIC_COUNT_NAMED)
def test_no_generic_count_of_another_noun(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# review fixes: a yearly count stated before the lot may be the order itself (a contract of so many a year), and
# `a year ago` is a time, no year's worth: the tie of the two lots stays unsaid
_YEARLY_ORDER_FIRST = [
    "Lanterns\n\nA Fenwick workshop has a contract to make 1,900 lanterns a year for a shop in Lyon. It also made 40 "
    "lanterns for a fair.\n\nThe shop pays €20 a lantern, €38,000 in all.",
    "Chairs\n\nA Dalby joinery will build 600 chairs annually for a school board in Ems. Last month it built 25 chairs "
    "for a chapel.\n\nThe board pays £80 a chair, £48,000 in all.",
    "Tents\n\nA Varna maker will deliver 1,200 tents a year for three years to a relief group. A first lot of 300 "
    "tents went out in May.\n\nThe group pays $90 a tent, $108,000 in all.",
    "Lamps\n\nA Corrin plant has an order for 450 lamps from a rail firm. It sold 3,000 lamps a year ago to the same "
    "firm.\n\nThe firm pays $30 a lamp, $90,000 in all.",
]


@pytest.mark.parametrize("text", _YEARLY_ORDER_FIRST)
def test_a_yearly_count_before_the_lot_or_a_year_ago_stays_a_rival(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# review fixes: a mark that names its noun right before it (`의자 한 개에`), a noun some count before is named by, is
# not of its own sentence's count of another thing (`의자 덮개 60개`)
_MARK_NAMES_ANOTHER_NOUN = [
    "하람시 의자\n\n하람시는 공원 의자 200개를 놓았다. 시는 의자 덮개 60개도 샀는데 의자 한 개에 10만 원씩 모두 "
    "2천만 원이 들었다.",
    "가온군 둥지\n\n가온군은 올해 제비 둥지 900개를 찾았다고 4일 밝혔다. 군은 받침대 120개도 새로 달았는데 둥지 한 "
    "개에 2만 원씩 모두 1천800만 원이 들었다.",
    "가온군 둥지\n\n가온군은 올해 제비 둥지 900개를 찾았다고 4일 밝혔다. 군은 받침대 120개도 새로 달았는데 둥지 한 "
    "개에 2만 원씩 모두 240만 원이 들었다.",
]


@pytest.mark.parametrize("text", _MARK_NAMES_ANOTHER_NOUN)
def test_a_mark_naming_its_noun_takes_no_count_of_another(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# review fixes: `이 가운데` right before a count of another counter than the whole's (`예산 12억 원 … 이 가운데
# 40개 팀에 4억 원`) opens a part of the money, the teams its recipients: the count and total stated together still hold
_INCLUDED_OF_ANOTHER_WHOLE = [
    (
        "가람시 예산\n\n가람시는 올해 체육 예산 12억 원을 썼다. 이 가운데 40개 팀에 4억 원을 줬다. "
        "팀당 {avg}만 원꼴이다.",
        "1천",
        "1천500",
    ),
    (
        "보라군 예산\n\n보라군은 올해 마을 예산 9억 원을 썼다. 이 중 30개 마을에 3억 원을 나눴다. "
        "마을당 {avg}만 원꼴이다.",
        "1천",
        "2천",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _INCLUDED_OF_ANOTHER_WHOLE)
def test_a_count_after_a_mark_of_inclusion_in_money_is_no_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(avg=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(avg=broken), PER_UNIT, fires=True)
