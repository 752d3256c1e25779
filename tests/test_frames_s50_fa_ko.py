"""Korean false alarms of six constructions (fiftieth session, lane `fa_ko`).

- A count of occasions per a day (`하루 세 차례, 회당 40명씩 열려 모두 N명`) is one day's occasions: the days are a
  factor the sentence leaves unread, so no total is the rate times it (checker/link/counts_per_occasion.py). A count
  of all the occasions (`모두 18차례, 회당 40명씩`) still makes the total.
- A group drawn from a pool (`이 가운데`, `관람객 가운데`: `[link.partitive_before_count]`) and set beside its share
  in a sentence before a figure per unit whose own sentence states its total (`이 가운데 A가 4.8톤(40%)`, then `판매액은
  T원으로 1㎏에 M원꼴`) is some of the units, not what the figure divides: the whole its share is of is the count
  (checker/link/per_unit_ko.py). A part that is its clause's own subject (`유료 관객은 N명으로 전체의 60%`), or one
  the figure's sentence names, stays the count.
- A person's age between a start's year and a count of years (`1998년 문을 연 … "쉰 살에 … 시작해 올해로
  22년째"`) starts a run of its own: the count is not from the year (`[link.age_from_a_persons_age]`,
  checker/link/date_spans_general.py).
  An age right after the year (`2004년 마흔 살에 가게를 차려`) is the age that year: the count is from it.
- A list after its whole's noun (`둥지 가운데 A가 …`) told of no earlier time takes no whole told of an earlier time
  (`3년 전 집계로는 둥지가 N개`: `[link.named_whole_earlier_time]`); the walk back goes on to this time's whole
  (checker/link/lists_of_a_named_whole.py).
- A change read of a figure per unit stated as an aside (`1㎞에 54그루꼴이다. 지난해 같은 기간 N그루보다 M그루 늘었다`),
  its prior a plain level more than ten times apart, is a change of the total before it: a figure the per-unit readings
  tied to a total and a count is per one unit too (checker/link/identity_gates.py, `_gate_changes_per_one`); a prior
  that is itself a rate, or a price compared with a price of one of the same order, leaves it.
- A share of a noun (`회원의 60%인 N명`) takes no whole its sentence names as one kind of the noun beside another
  (`유료 회원이 3만 명, 무료 회원이 1만 명`: checker/link/shares_of_named_nouns.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

PER_UNIT = "F317"
ELAPSED = "F406"
SUM = "F302"
DIFFERENCE = "F305"
GROWTH = "F301"
SHARE = "F503"


# ---------------------------------------------------------------- occasions per a day


def test_occasions_per_a_day_make_no_total(knowledge):
    text = (
        "빵 교실\n\n해솔군은 지난달 닷새 동안 제빵 교실을 열었다고 밝혔다.\n"
        "제빵 교실은 하루 세 차례, 회당 40명씩 열려 모두 600명이 배웠다."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("720", False), ("800", True)])
def test_all_the_occasions_still_make_the_total(knowledge, total, fires):
    text = (
        "빵 교실\n\n해솔군은 올해 제빵 교실을 열었다고 밝혔다.\n"
        f"제빵 교실은 모두 18차례, 회당 40명씩 열려 모두 {total}명이 배웠다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a part beside its share is no count of the units

_PART_BESIDE_SHARE = [
    # (text, holding rate, broken rate)
    (
        "고추 장터\n\n달래골군은 지난 주말 고추축제를 열었다고 밝혔다.\n"
        "장터에서 팔린 고추는 모두 12톤이었다. 이 가운데 청양고추가 4.8톤(40%)으로 가장 많았다. "
        "판매액은 3억6천만 원으로, 1㎏에 {rate} 원꼴에 팔린 셈이다.",
        "3만",
        "4만",
    ),
    (
        "연꽃 축제\n\n오리군은 지난 주말 연꽃축제에 4만 명이 다녀갔다고 밝혔다.\n"
        "관람객 가운데 청소년이 1만 명으로 25%를 차지했다. 입장 수입은 1억2천만 원으로 한 사람에 {rate}원꼴이다.",
        "3천",
        "4천500",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PART_BESIDE_SHARE)
def test_a_part_beside_its_share_gives_its_whole_as_the_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate=broken), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a run from a person's age


def test_a_persons_age_between_the_year_and_the_count(knowledge):
    text = (
        "시장\n\n1998년 처음 문을 연 이 시장의 상인회장 박영수(70) 씨는 "
        '"쉰 살에 처음 장사를 시작해 올해로 22년째"라며 웃었다.'
    )
    assert_not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize(("years", "fires"), [("29", False), ("20", True)])
def test_a_count_from_the_year_is_still_read(knowledge, years, fires):
    text = f"시장\n\n1998년 처음 문을 연 이 시장은 올해로 {years}년째 장이 선다."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


@pytest.mark.parametrize(("years", "fires"), [("22", False), ("15", True)])
def test_an_age_right_after_the_year_is_that_years(knowledge, years, fires):
    text = f"공방\n\n도예가 김도윤(62) 씨는 2004년 마흔 살에 공방을 차려 {years}년 만에 첫 수출길을 열었다."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- a whole told of an earlier time


@pytest.mark.parametrize(("last", "fires"), [("250", False), ("300", True)])
def test_a_list_of_now_passes_an_earlier_times_whole(knowledge, last, fires):
    text = (
        "철새 둥지\n\n풀빛군은 올봄 습지에서 철새 둥지 1천250개를 확인했다고 밝혔다.\n"
        "3년 전 집계로는 둥지가 980개였다.\n"
        f"둥지 가운데 흰뺨오리 둥지가 600개, 청둥오리 400개, 고방오리 {last}개였다."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


def test_an_earlier_times_whole_alone_is_no_whole(knowledge):
    text = (
        "철새 둥지\n\n풀빛군은 올봄 습지에서 철새 둥지를 조사했다고 밝혔다.\n3년 전 집계로는 둥지가 980개였다.\n"
        "둥지 가운데 흰뺨오리 둥지가 600개, 청둥오리 400개였다."
    )
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a change past a rate's aside

_TREES = (
    "가로수\n\n솔빛군은 올해 상반기 도로 40㎞ 구간에 나무 2천160그루를 옮겨 심었다고 밝혔다. 1㎞에 54그루꼴이다. "
    "지난해 같은 기간 1천800그루보다 {change}그루, {rate} 늘었다."
)


@pytest.mark.parametrize(("change", "fires"), [("360", False), ("460", True)])
def test_a_change_past_a_rate_is_of_its_total(knowledge, change, fires):
    assert_checked(knowledge, _TREES.format(change=change, rate="5분의 1"), DIFFERENCE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("5분의 1", False), ("5분의 2", True)])
def test_a_rate_of_change_past_a_rate_is_of_its_total(knowledge, rate, fires):
    assert_checked(knowledge, _TREES.format(change="360", rate=rate), GROWTH, fires=fires)


_NO_TOTAL_CHANGE = [
    # a prior that is itself a rate: the change is the rate's
    "가로수\n\n솔빛군은 올해 상반기 도로 40㎞ 구간에 나무 2천160그루를 옮겨 심었다고 밝혔다. 1㎞에 54그루꼴이다. "
    "지난해 같은 기간 1㎞에 45그루꼴보다 9그루 늘었다.",
    # a price compared with a price of one of the same order: the change is the price's
    "지우개\n\n한솔문구는 지우개 20만 개를 90만 페소(약 8천600만 원)에 공급하기로 했다. 개당 4.5페소로 우리 돈 430원 "
    "안팎이다. 국내 도매가 330원보다 30%가량 비싸다.",
]


@pytest.mark.parametrize("text", _NO_TOTAL_CHANGE)
def test_no_change_of_the_total(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)
    assert_not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a share of a noun split into kinds


@pytest.mark.parametrize(("rate", "fires"), [("60", False), ("75", True)])
def test_a_kind_of_the_noun_is_no_whole(knowledge, rate, fires):
    # (`유료 회원이 3만 명`, one kind of the members, is no whole: the share is of the lead's total)
    text = (
        "체육관\n\n한결군 체육관은 올해 회원 4만 명을 받았다고 밝혔다.\n유료 회원이 3만 명, 무료 회원이 1만 명이었다.\n"
        f"회원의 {rate}%인 2만4천 명은 주말에 몰렸다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("60", False), ("75", True)])
def test_a_whole_of_the_noun_alone_is_read(knowledge, rate, fires):
    text = (
        f"체육관\n\n한결군 체육관은 올해 회원을 받았다.\n회원은 모두 4만 명이었다.\n"
        f"회원의 {rate}%인 2만4천 명은 주말에 몰렸다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("1만5천", False), ("1만2천", True)])
def test_a_part_that_is_its_clauses_subject_stays_the_count(knowledge, rate, fires):
    # (no pool word before the part: `유료 관객은 N명으로 전체의 60%` is who paid, the revenue's count)
    text = (
        "연극제\n\n나래군은 올해 연극제에 관객 2만 명이 들었다고 밝혔다.\n"
        f"유료 관객은 1만2천 명으로 전체의 60%였다. 입장 수입은 1억8천만 원으로 1인당 {rate} 원꼴이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)
