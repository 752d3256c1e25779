"""Korean readings of the fifty-third session, lane `fa_at_ko`.

A change with no subject of its own, opening on the time of the figure it is measured from (`작년 하노이로 보낸
Y병보다 R% 늘었다`), is measured to the level the sentences before state (checker/link/subject_levels.py). A figure
the sentence before joins to a share as the whole it is of (`공장이 1년 동안 만드는 W병의 Z%에 이른다`) is no such
level: that sentence's subject is the share's part (`이번 계약 물량은 …`), and the change continues that subject.
Once the shares are read, the change is measured to the share's part (the order the lead states); a share whose
part is not stated leaves the change unlinked. A whole stated as its own sentence's level (`올해 생산량은 W병이다`),
or named by the change's own subject (`회사 매출은 전년 Y에서 …`, `올해 생산량은 지난해 Y보다 …`), is still the level.

An equivalent stated apart from the amount it restates, named by its topic (checker/link/one_unit_equivalents.py),
and an age then written before its year (checker/link/age_pairs.py): see below.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

GROWTH = "F301"

_ORDER = (
    "노을군 유자차 3만2천 병, 하노이로\n\n"
    "노을군 식품업체 '달빛'은 하노이의 한 유통사와 유자차 3만2천 병 공급 계약을 맺었다고 3일 밝혔다. "
    "이번 계약 물량은 공장이 1년 동안 만드는 40만 병의 8%에 이른다. 작년 하노이로 보낸 1만2천500병보다 {rate} 늘었다."
)
_ORDER_OF_CRATES = (
    "솔메시 배 4천800상자, 두바이로\n\n"
    "솔메시 농협은 두바이 유통사와 배 4천800상자 수출 계약을 맺었다고 2일 밝혔다. "
    "이번 주문은 농협이 한 해 내보내는 6만 상자의 8%에 해당한다. 지난해 보낸 3천200상자보다 {rate} 많다."
)
# (a whole named by a metric, `연간 출하량`, that the change's own figure is guessed to be of too)
_ORDER_OF_A_METRIC = _ORDER_OF_CRATES.replace("농협이 한 해 내보내는", "농협의 연간 출하량")
# (a change naming its own subject, the whole the share before is of: that whole is its level)
_NAMED_WHOLE = (
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이의 한 유통사로부터 유자차 1억2천만 원어치를 "
    "주문받았다고 3일 밝혔다. 이번 주문액은 회사의 지난해 매출 6억 원의 20%에 이른다. 회사 매출은 전년 4억8천만 원에서 "
    "{rate} 늘었다."
)
# (a subject after the opening time, `올해 생산량은`, naming the whole the share before is of)
_NAMED_AFTER_A_TIME = (
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이의 한 유통사로부터 유자차 5천 병을 주문받았다고 "
    "3일 밝혔다. 이 물량은 회사의 올해 생산량 40만 병의 80분의 1이다. 올해 생산량은 지난해 32만 병보다 {rate} 늘었다."
)
_OUTPUT_LEVEL = "노을군 유자차\n\n노을군 식품업체 '달빛'의 올해 생산량은 42만 병이다. 지난해 35만 병보다 {rate} 늘었다."


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_ORDER, "156%", "126%"),
        (_ORDER_OF_CRATES, "50%", "90%"),
        (_ORDER_OF_A_METRIC, "50%", "90%"),
        (_OUTPUT_LEVEL, "20%", "35%"),
        (_NAMED_WHOLE, "25%", "40%"),
        (_NAMED_AFTER_A_TIME, "25%", "40%"),
    ],
)
def test_a_change_with_no_subject_continues_the_subject_of_a_share_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate=broken), GROWTH, fires=True)


_NO_LEVEL = [
    # the share's part is stated nowhere (the lead gives the order in money only): the whole is not the level
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이의 한 유통사로부터 유자차 1억2천만 원어치를 "
    "주문받았다고 3일 밝혔다. 이번 계약 물량은 공장이 1년 동안 만드는 40만 병의 8%에 이른다. "
    "작년 하노이로 보낸 1만2천500병보다 "
    "126% 늘었다.",
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이의 한 유통사로부터 유자차 1억2천만 원어치를 "
    "주문받았다고 3일 밝혔다. 이번 계약 물량은 공장이 1년 동안 만드는 40만 병의 8%에 이른다. "
    "작년 하노이로 보낸 1만2천500병보다 "
    "3100% 늘었다.",
    # the part stated is of another counter (boxes): no level of bottles
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이의 한 유통사로부터 유자차 1천 상자를 "
    "주문받았다고 3일 밝혔다. 이번 계약 물량은 공장이 1년 동안 내보내는 1만2천500상자의 8%에 이른다. "
    "작년 하노이로 보낸 9천 병보다 "
    "126% 늘었다.",
    # the whole named by a metric, its part stated nowhere: the change is not measured to the whole
    "솔메시 배, 두바이로\n\n솔메시 농협은 두바이 유통사와 배 수출 계약을 맺었다고 2일 밝혔다. 이번 주문은 농협의 "
    "연간 출하량 6만 상자의 8%에 해당한다. 지난해 보낸 3천200상자보다 1775% 많다.",
]


@pytest.mark.parametrize("text", _NO_LEVEL)
def test_a_whole_of_a_share_is_no_level_of_a_change_after_it(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)


# An equivalent stated apart from the amount it restates, named by its topic (checker/link/one_unit_equivalents.py):
# the price of one unit (`항아리 하나는 약 Z원`, `찻잔 한 개 값은 Z원`) restates the price per one unit of another
# currency stated before; after the rate of the day (`오늘 기준 환율로 환산하면 계약액은 약 Y원`), the total.
CONVERSION = "F202"

_ORDER_IN_DOLLARS = (
    "가람군 놋그릇 500벌, 시애틀로\n\n"
    "가람군 유기공방 '한울'은 시애틀의 한식당과 놋그릇 500벌을 모두 6만 달러에 팔기로 했다고 3일 밝혔다. "
    "놋그릇 한 벌 값은 120달러꼴이다. 오늘 기준 환율로 환산하면 계약액은 약 {total}이고, 한 벌은 약 {one}이다."
)
_TWO_PRICES = (
    "가람군 도자기, 밴쿠버로\n\n"
    "가람군 도예공방 '흙결'은 밴쿠버의 식품점에 찻잔 2천 개와 접시 1천500개를 수출한다고 3일 밝혔다. "
    "찻잔은 개당 8달러, 접시는 13달러에 팔린다. {noun} 한 개 값은 {one} 안팎인 셈이다."
)


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_ORDER_IN_DOLLARS.format(total="{x}", one="17만2천 원"), "8천580만 원", "1억580만 원"),
        (_ORDER_IN_DOLLARS.format(total="8천580만 원", one="{x}"), "17만2천 원", "21만2천 원"),
        (_TWO_PRICES.format(noun="찻잔", one="{x}"), "1만1천400원", "1만5천400원"),
        (_TWO_PRICES.format(noun="접시", one="{x}"), "1만8천500원", "2만3천500원"),
    ],
)
def test_an_equivalent_named_by_its_topic_restates_the_amount_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(x=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(x=broken), CONVERSION, fires=True)


_NO_EQUIVALENT = [
    # two prices per one unit, the topic naming no noun: which one it restates is not said
    _TWO_PRICES.format(noun="", one="1만5천400원").replace("다.  한", "다. 한"),
    # a time as the topic (`한 해는`), no unit
    "가람군 놋그릇, 시애틀로\n\n가람군 유기공방 '한울'은 한 해에 120달러꼴인 관리비를 받는다고 3일 밝혔다. "
    "한 해는 약 21만2천 원이다.",
    # the amount of another currency before is a total, no price per one unit
    "가람군 놋그릇, 시애틀로\n\n가람군 유기공방 '한울'은 시애틀의 한식당으로부터 놋그릇을 모두 6만 달러어치 "
    "주문받았다고 3일 밝혔다. 국내에서 한 벌은 약 21만2천 원에 팔린다.",
    # two totals of another currency before the rate of the day, and no price per unit: which one is not said
    "가람군 놋그릇, 시애틀로\n\n가람군 유기공방 '한울'은 시애틀의 한식당에서 6만 달러, 포틀랜드의 식품점에서 "
    "4만 달러어치 주문을 받았다고 3일 밝혔다. 오늘 기준 환율로 환산하면 계약액은 약 1억9천만 원이다.",
    # the price before in the same currency as the topic's amount: no equivalent
    "가람군 놋그릇, 시애틀로\n\n가람군 유기공방 '한울'은 놋그릇 한 벌에 15만 원을 받는다고 3일 밝혔다. "
    "한 벌은 약 21만2천 원이던 지난해보다 싸졌다.",
]


@pytest.mark.parametrize("text", _NO_EQUIVALENT)
def test_no_equivalent_when_its_topic_names_no_one_amount(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


# An age then written before the year the person was that age in (`서른한 살이던 1994년`,
# `[link.age_then_was_before_year]`; checker/link/age_pairs.py): the age now in brackets after the name differs from it
# by the years from that year to the publication's, give or take one.
ELAPSED = "F406"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ('공방 주인 하도윤(52) 대표는 "스물다섯 살이던 1999년 처음 가마를 지었다"고 말했다.', False),
        ('공방 주인 하도윤(52) 대표는 "스물다섯 살이던 2009년 처음 가마를 지었다"고 말했다.', True),
        ("어부 남궁률(67)씨는 열아홉 살이었던 1978년 처음 배를 탔다.", False),
        ("어부 남궁률(67)씨는 열아홉 살이었던 1988년 처음 배를 탔다.", True),
        ("대장장이 오태근(74) 대표는 17살이던 1969년 대장간에 들어갔다.", False),
        ("대장장이 오태근(74) 대표는 17살이던 1959년 대장간에 들어갔다.", True),
    ],
)
def test_an_age_then_before_its_year_differs_from_the_age_now(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (two ages now before the age then: whose it is is unsaid)
        "한미경(61)씨와 오태근(74)씨는 스무 살이던 1985년 처음 만났다.",
        # (no age now in the sentence)
        "공방 주인은 스물다섯 살이던 1999년 처음 가마를 지었다.",
        # (an age that is no age then of that year: `살인` describes a noun, no year after it)
        "공방 주인 하도윤(52) 대표는 스물다섯 살인 아들과 1999년 가마를 지었다.",
        # (a count of another unit before the year)
        "공방 주인 하도윤(52) 대표는 스물다섯 명이던 1999년 직원을 줄였다.",
    ],
)
def test_an_age_then_before_a_year_without_one_age_now_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)
