"""Korean multiples of a base named with `의` (forty-ninth session, lane `fa_ko`;
checker/link/multiples_of_stated_base_ko.py).

- `A보다 K명 많고, N명의 M배다`: a multiple whose base (`N명의`) is joined by a connective and a comma
  (`[link.comma_clause_joints]`) to a comparison of the clause before, measured from a figure of the base's kind:
  the two comparisons share one subject; the multiple is of the value that comparison is of, measured from the
  figure before `의`, never of that figure against the other comparison's baseline. A subject of its own named
  between the two (`자원봉사자는`) is another thing's multiple: no such reading.
- `값은 40달러, 우리 돈 5만2천 원으로 … 4만 원의 1.3배`: a base alone of its kind in its sentence but for a figure
  restated as its equivalent in the base's unit before it: the value is that sentence's, never a figure of a sentence
  before.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

MULTIPLE = "F304"


# ---------------------------------------------------------------- `A보다 K 많고, N의 M배`: one subject, two comparisons

_JOINED_COMPARISONS = [
    # (text, holding multiple, broken multiple)
    (
        "가람군 연꽃축제에 올해 4,200명이 찾았다고 군이 2일 밝혔다. 지난해 3,500명보다 700명 많고, "
        "2015년 첫 축제 600명의 {m}다.",
        "7배",
        "9배",
    ),
    (
        "누리시 청소년 합창대회 참가자는 540명으로 집계됐다. "
        "지난해 450명보다 90명 늘었고, 첫 대회 90명의 {m}에 이른다.",
        "6배",
        "4배",
    ),
    # the value in the comparison's own sentence, before it
    (
        "다온군 국화전시회 관람객은 올해 5,400명으로, 지난해 4,500명보다 900명 많고, 첫 전시 600명의 {m}다.",
        "9배",
        "5배",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _JOINED_COMPARISONS)
def test_a_multiple_joined_to_a_comparison_shares_its_subject(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(m=holds), MULTIPLE, fires=False)
    assert_checked(knowledge, text.format(m=broken), MULTIPLE, fires=True)


_NO_JOINED_COMPARISON = [
    # another subject named between the comparison and the multiple's base: its multiple, no figure stated of it
    "가람군 연꽃축제에 올해 4,200명이 찾았다. 지난해 3,500명보다 700명 많고, 자원봉사자는 첫해 60명의 3배다.",
    # a base of another kind than the comparison's baseline: the clauses are of two things
    "가람군 연꽃축제에 올해 4,200명이 찾았다. 지난해 3,500명보다 700명 많고, 첫해 60곳의 3배 규모다.",
    # no connective and comma between: a sentence of its own, its base's multiple of no level stated of it
    "누리시 합창대회 참가자는 540명이다. 지난해 450명보다 90명 늘었다. 심사위원은 첫 대회 6명의 두 배다.",
    # the comparison of the clause before is of another subject than the multiple's: no one value for both
    "다온군 국화전시회 관람객은 5,400명이다. 해설사는 지난해 40명보다 20명 많고, 첫해 20명의 3배다.",
]


@pytest.mark.parametrize("text", _NO_JOINED_COMPARISON)
def test_no_joined_comparison_reading_for_another_subject(knowledge, text):
    assert_not_fired(knowledge, text, MULTIPLE)


# ---------------------------------------------------------------- a value restated in the base's unit beside the base

_VALUE_RESTATED_IN_THE_BASE_UNIT = [
    # the value is the equivalent in the base's unit, in the base's own sentence: never a figure of a sentence before
    "솔내마을 공방은 찻잔 3천 개를 1천800만 엔(약 1억7천만 원)에 팔기로 했다. "
    "찻잔 한 개 값은 6천엔, 우리 돈 5만7천 원가량으로 국내 판매가 4만5천 원의 1.3배 가까이 된다.",
    "다온시 업체는 의자 500개를 6만 달러(약 8천200만 원)에 수출한다. "
    "의자 한 개 값은 120달러, 우리 돈 16만 원으로 국내 값 10만 원의 1.6배다.",
]


@pytest.mark.parametrize("text", _VALUE_RESTATED_IN_THE_BASE_UNIT)
def test_no_value_from_a_sentence_before_when_the_base_sentence_restates_one(knowledge, text):
    assert_not_fired(knowledge, text, MULTIPLE)


_BASE_ALONE_VALUE_BEFORE = [
    # (text, holding multiple, broken multiple): a base alone of its kind, its value in the sentence before, still read
    (
        "솔내마을 사과 농가들은 올해 사과를 9천만 원어치 팔았다. 지난해 3천만 원의 {m}다.",
        "세 배",
        "다섯 배",
    ),
    (
        "다온시 도서관 대출 건수는 올해 2만4천 건이었다. 개관 첫해 6천 건의 {m}에 이른다.",
        "4배",
        "7배",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _BASE_ALONE_VALUE_BEFORE)
def test_a_base_alone_still_takes_the_value_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(m=holds), MULTIPLE, fires=False)
    assert_checked(knowledge, text.format(m=broken), MULTIPLE, fires=True)


# ---------------------------------------------------------------- a fraction after a list, its subject another member

SHARE = "F503"

_FRACTION_OF_THE_NAMED_MEMBER = [
    # (text, holding, broken): the subject names the list's last member, the part the fraction is stated after
    (
        "가온군 공방은 머그잔 2천 개를 수출한다. 주문은 흰색 600개, 붉은색 500개, 검은색 {n}개로 "
        "검은색이 절반에 조금 못 미친다.",
        "900",
        "300",
    ),
    (
        "누리읍 공장은 의자 1천200개를 수출한다. 주문은 원목 300개, 철제 {n}개로 철제가 4분의 3이다.",
        "900",
        "500",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _FRACTION_OF_THE_NAMED_MEMBER)
def test_a_fraction_after_the_member_its_subject_names(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(n=broken), SHARE, fires=True)


_FRACTION_OF_ANOTHER_MEMBER = [
    # the subject names a member before the last: the fraction is not the last member's
    "가온군 공방은 머그잔 2천 개를 수출한다. "
    "주문은 흰색 600개, 검은색 900개, 붉은색 500개로 검은색이 절반에 조금 못 미친다.",
    "누리읍 농장은 달걀 상자 4천 개를 납품한다. 납품처는 식당 3천 개, 급식소 1천 개로 식당이 4분의 3이다.",
]


@pytest.mark.parametrize("text", _FRACTION_OF_ANOTHER_MEMBER)
def test_no_fraction_of_the_last_member_when_the_subject_names_another(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a figure one unit's own is no total per unit

PER_UNIT = "F317"

_YIELD_PER_UNIT_OF_THE_LEAD_TOTAL = (
    "가온시 배 수확 한창…올해 720톤 전망\n\n"
    "가온시는 올해 배 생산량이 720톤으로 지난해 600톤보다 20% 늘 것으로 내다봤다고 3일 밝혔다.\n\n"
    "시내 배 농가는 120농가로 한 농가에서 평균 6톤을 딴다. 재배면적은 180ha로 1ha에서 {n}톤씩 나오는 꼴이다."
)


def test_a_rate_per_unit_divides_the_total_not_one_unit_average(knowledge):
    assert_checked(knowledge, _YIELD_PER_UNIT_OF_THE_LEAD_TOTAL.format(n="4"), PER_UNIT, fires=False)
    assert_checked(knowledge, _YIELD_PER_UNIT_OF_THE_LEAD_TOTAL.format(n="7"), PER_UNIT, fires=True)


_ONE_UNIT_AVERAGE_ONLY = [
    # the only larger figure of the unit is one farm's average: no total stated, nothing to divide
    "시내 배 농가는 120농가로 한 농가에서 평균 6톤을 딴다. 재배면적은 180ha로 1ha에서 4톤씩 나오는 꼴이다.",
    "다온군 감 농가는 80곳으로 농가 한 곳이 평균 9톤을 거둔다. 감밭은 240ha로 1ha에서 3톤꼴이다.",
]


@pytest.mark.parametrize("text", _ONE_UNIT_AVERAGE_ONLY)
def test_no_total_from_one_unit_average(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


_ONE_BOX_PRICE = "가온시 배는 5㎏ 한 상자에 4만 원 선에 거래돼 1㎏에 {n} 원꼴이다."


def test_one_unit_own_figure_with_no_average_word_is_still_a_total(knowledge):
    # (one box's price, no `평균`: the total a price per ㎏ divides)
    assert_checked(knowledge, _ONE_BOX_PRICE.format(n="8천"), PER_UNIT, fires=False)
    assert_checked(knowledge, _ONE_BOX_PRICE.format(n="1만5천"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- after review: the readings narrowed

_ANOTHER_SUBJECT_SAID_ALIKE = [
    # a subject with `도`, `수도` or `역시` after the comparison: another thing's multiple, no figure stated of it
    "가람군 꽃박람회 관람객은 8,000명이다. 지난해 6,000명보다 2,000명 많고, 외국인도 첫해 200명의 4배다.",
    "가람군 꽃박람회 관람객은 8,000명이다. 지난해 6,000명보다 2,000명 많고, 외국인 수도 첫해 200명의 4배다.",
    "가람군 꽃박람회 관람객은 8,000명이다. 지난해 6,000명보다 2,000명 많고, 외국인 역시 첫해 200명의 4배다.",
]


@pytest.mark.parametrize("text", _ANOTHER_SUBJECT_SAID_ALIKE)
def test_no_joined_value_for_a_subject_said_alike(knowledge, text):
    assert_not_fired(knowledge, text, MULTIPLE)


_BASE_OF_A_CHANGE = [
    # the base is the size of an earlier change: the multiple compares changes, not the level
    "가람군 꽃박람회 관람객은 8,000명이다. 지난해 6,000명보다 2,000명 늘었고, 재작년 증가분 500명의 4배다.",
    "가람군 꽃박람회 관람객은 8,000명이다. 지난해 6,000명보다 2,000명 늘었고, 재작년 증가 폭 500명의 4배다.",
]


@pytest.mark.parametrize("text", _BASE_OF_A_CHANGE)
def test_no_joined_value_for_a_base_that_is_a_change(knowledge, text):
    assert_not_fired(knowledge, text, MULTIPLE)


_CONVERTED_PART_BEFORE_THE_BASE = [
    # (text, holding, broken): an equivalent in the base's unit below the base is a part, no value: the value is the
    # sentence before's
    (
        "다온 공방은 올해 도자기를 8천만 원어치 팔았다. 해외 판매분 2만 달러(약 2천600만 원)를 합친 것으로, "
        "지난해 4천만 원의 {m}다.",
        "두 배",
        "네 배",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _CONVERTED_PART_BEFORE_THE_BASE)
def test_a_converted_part_leaves_the_value_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(m=holds), MULTIPLE, fires=False)
    assert_checked(knowledge, text.format(m=broken), MULTIPLE, fires=True)


_TOTAL_PER_PERIOD = [
    # (text, holding, broken): `한 해에 평균` is one year's figure of all the units, the total a figure per unit divides
    ("다온군 사과 농가 40곳은 한 해에 평균 600톤을 거둬 농가당 {n}톤꼴이다.", "15", "10"),
    ("가람항 어선 30척은 한 번에 평균 90톤을 잡아 어선당 {n}톤꼴이다.", "3", "5"),
]


@pytest.mark.parametrize("text,holds,broken", _TOTAL_PER_PERIOD)
def test_one_period_average_is_still_a_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(n=broken), PER_UNIT, fires=True)


_FRACTION_OF_THE_LAST_MEMBER_BY_STEM = [
    # (text, holding, broken): the subject is a longer form of the last member's name
    ("누리시 관광객은 1만6천명이다. 남부 4천명, 북부 1만2천명으로 북부권이 {f}이다.", "4분의 3", "3분의 1"),
    ("가람읍 수출은 900톤이다. 국산 품종 300톤, 수입 품종 600톤으로 수입종이 {f}이다.", "3분의 2", "4분의 1"),
]


@pytest.mark.parametrize("text,holds,broken", _FRACTION_OF_THE_LAST_MEMBER_BY_STEM)
def test_a_fraction_of_the_last_member_named_by_a_longer_form(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(f=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(f=broken), SHARE, fires=True)


_FRACTION_OF_NO_LAST_MEMBER = [
    # the subject is in no member of the list
    "누리시 관광객은 1만2천명이다. 가온시 4천명, 다온시 8천명으로 외국인이 4분의 1이다.",
    # the subject begins the names of two members: which one, the stem does not tell
    "가람읍 수입은 800톤이다. 수입 밀 200톤, 수입 콩 600톤으로 수입종이 4분의 1이다.",
]


@pytest.mark.parametrize("text", _FRACTION_OF_NO_LAST_MEMBER)
def test_no_fraction_of_the_last_member_for_a_subject_not_its_own(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)
