"""Korean readings of the fifty-third session, lane `fa_at_ko`.

A change with no subject of its own, opening on the time of the figure it is measured from (`작년 하노이로 보낸
Y병보다 R% 늘었다`), is measured to the level the sentences before state (checker/link/subject_levels.py). A figure
the sentence before joins to a share as the whole it is of (`공장이 1년 동안 만드는 W병의 Z%에 이른다`) is no such
level: that sentence's subject is the share's part (`이번 계약 물량은 …`), and the change is left unlinked (which
figure it is of is never read from which one fits the figures). A whole stated as its own sentence's level (`올해
생산량은 W병이다`), named by the change's own subject (`회사 매출은 전년 Y에서 …`, `올해 생산량은 지난해 Y보다 …`),
or by the noun the change's sentence ends on (`… R% 늘어난 생산량이다`), is still the level.

An equivalent stated apart from the amount it restates, named by its topic (checker/link/one_unit_equivalents.py),
see below.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

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
# (the change's sentence ends on the whole's noun: `늘어난 생산량이다`)
_NAMED_AT_THE_END = (
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이에 유자차 3만 병을 보냈다고 3일 밝혔다. "
    "올해 생산량 60만 병의 5%에 해당한다. 지난해 48만 병보다 {rate} 늘어난 생산량이다."
)
_OUTPUT_LEVEL = "노을군 유자차\n\n노을군 식품업체 '달빛'의 올해 생산량은 42만 병이다. 지난해 35만 병보다 {rate} 늘었다."


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_OUTPUT_LEVEL, "20%", "35%"),
        (_NAMED_WHOLE, "25%", "40%"),
        (_NAMED_AFTER_A_TIME, "25%", "40%"),
        (_NAMED_AT_THE_END, "25%", "40%"),
    ],
)
def test_a_change_with_no_subject_continues_the_subject_of_a_share_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate=broken), GROWTH, fires=True)


_NO_LEVEL = [
    # the order the lead states is the share's part: the change is not re-measured to it (nor to the whole)
    *(_ORDER.format(rate=r) for r in ("156%", "126%", "3100%")),
    *(_ORDER_OF_CRATES.format(rate=r) for r in ("50%", "90%")),
    *(_ORDER_OF_A_METRIC.format(rate=r) for r in ("50%", "90%")),
    # the figures fit the whole (48만 → 60만) and not the part: still no level read by which figure fits
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이 유통사와 유자차 3만 병 공급 계약을 맺었다고 3일 "
    "밝혔다. 이번 물량은 회사의 올해 생산량 60만 병의 5%다. 지난해 48만 병보다 25% 늘었다.",
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이 유통사와 유자차 6억 원어치 공급 계약을 맺었다고 "
    "3일 밝혔다. 이번 주문은 회사의 올해 매출 60억 원의 10%다. 지난해 48억 원보다 25% 늘었다.",
    "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 올해 유자차 3만 병을 하노이로 보냈다고 3일 밝혔다. "
    "하노이 수출은 회사 전체 수출 7만5천 병의 40%를 차지한다. 지난해 6만 병보다 25% 늘었다.",
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


def test_a_difference_after_a_share_is_not_measured_to_its_part(knowledge):
    text = (
        "노을군 유자차, 하노이로\n\n노을군 식품업체 '달빛'은 하노이 유통사와 유자차 3만 병 공급 계약을 맺었다고 3일 "
        "밝혔다. 이번 물량은 회사의 올해 생산량 60만 병의 5%다. 지난해 48만 병보다 12만 병 늘었다."
    )
    assert_not_fired(knowledge, text, "F305")


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

# (one unit named by `한` and its counter, the amount marked as an equivalent: `우리 돈`, `가량`, `약`)
_ONE_PAIR = (
    "가람군 구두, 리옹으로\n\n가람군 제화공방 '발길'은 리옹의 상점에 구두를 켤레당 40달러에 판다고 3일 밝혔다. {topic}"
)


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_ORDER_IN_DOLLARS.format(total="{x}", one="17만2천 원"), "8천580만 원", "1억580만 원"),
        (_ORDER_IN_DOLLARS.format(total="8천580만 원", one="{x}"), "17만2천 원", "21만2천 원"),
        (_TWO_PRICES.format(noun="찻잔", one="{x}"), "1만1천400원", "1만5천400원"),
        (_TWO_PRICES.format(noun="접시", one="{x}"), "1만8천500원", "2만3천500원"),
        (_ONE_PAIR.format(topic="한 켤레에 우리 돈 {x}이다"), "5만7천 원", "7만7천 원"),
        (_ONE_PAIR.format(topic="구두 한 켤레는 {x}가량이다"), "5만7천 원", "7만7천 원"),
        (_ONE_PAIR.format(topic="한 켤레는 약 {x}이다"), "5만7천 원", "7만7천 원"),
        (_ONE_PAIR.format(topic="한 켤레에 {x}이 되는 셈이다"), "5만7천 원", "7만7천 원"),
    ],
)
def test_an_equivalent_named_by_its_topic_restates_the_amount_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(x=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(x=broken), CONVERSION, fires=True)


_LEAD = (
    "가람군 찻잔, 퀘벡으로\n\n가람군 도예공방 '흙결'은 퀘벡 찻집에 찻잔 2천 개를 보낸다고 4일 밝혔다. "
    "찻잔은 개당 9달러에 팔린다. "
)
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
    # a domestic price of the same product, another year's, a planned one (nothing marks an equivalent, or a time or
    # place before it does not)
    _LEAD + "국내 매장에서는 찻잔 한 개는 2만6천 원에 팔린다.",
    _LEAD + "국내에서 한 개에 2만6천 원을 받는 것과 비교하면 절반 수준이다.",
    _LEAD + "국내 매장에서는 찻잔 한 개는 약 2만6천 원이다.",
    _LEAD + "11년 전인 2015년에는 한 개에 약 7천 원이었다.",
    _LEAD + "공방은 2029년에는 한 개에 2만1천 원을 받겠다는 계획이다.",
    # another product than the price's (`백자 항아리 하나는`), another noun and counter
    _LEAD + "같은 공방의 백자 항아리 하나는 약 31만 원이다.",
    # words that only start with `한` (`한우는`, `한국에`, `한라산에`, `한지는`): no unit
    "가람군 소고기, 마닐라로\n\n가람군 축산농가 '풀밭'은 마닐라 식당에 소고기를 수출한다고 3일 밝혔다. "
    "수출 가격은 1kg에 55달러다. 국내 한우는 약 13만 원에 팔린다.",
    "가람군 찻잔, 퀘벡으로\n\n가람군 도예공방 '흙결'은 퀘벡 찻집에 찻잔을 개당 9달러에 판다고 4일 밝혔다. "
    "한국에 약 3억 원어치를 들여온 캐나다 업체도 있다.",
    "가람군 녹차, 더블린으로\n\n가람군 찻집 '솔향'은 더블린 카페에 녹차를 한 잔에 5달러에 판다고 3일 밝혔다. "
    "한라산에 약 90억 원을 들인 다원이 있다.",
    "가람군 한지, 보스턴으로\n\n가람군 한지공방 '결'은 보스턴 화방에 한지를 장당 3달러에 판다고 3일 밝혔다. "
    "한지는 약 4천500원에 국내 문구점에 납품된다.",
    # one of them (`이 중 하나는`), no unit
    "가람군 항아리, 웰링턴으로\n\n가람군 옹기공방 '마루'는 웰링턴 식품점에 항아리를 하나에 45달러씩 판다고 "
    "2일 밝혔다. 이 중 하나는 약 320만 원짜리 명품 항아리다.",
    # a cost of another noun per one (`가마 하나에`, `한 가구에 … 씩`, `한 끼에 … 점심`), a past price of another thing
    "가람군 항아리, 웰링턴으로\n\n가람군 옹기공방 '마루'는 웰링턴 식품점에 항아리를 하나에 45달러씩 판다고 "
    "2일 밝혔다. 가마 하나에 3천200만 원이 들었다.",
    "가람군 녹차, 더블린으로\n\n가람군 찻집 '솔향'은 더블린 카페에 녹차를 한 잔에 5달러에 판다고 3일 밝혔다. "
    "한 가구에 35만 원씩 지원하는 군 사업도 있다.",
    "가람군 녹차, 더블린으로\n\n가람군 찻집 '솔향'은 더블린 카페에 녹차를 한 잔에 5달러에 판다고 3일 밝혔다. "
    "한 끼에 1만3천 원인 점심 메뉴도 함께 판다.",
    "가람군 전복, 오사카로\n\n가람군 수산업체 '파도'는 오사카 시장에 전복을 한 마리에 9달러에 팔았다고 8일 "
    "밝혔다. 한 마리에 2천500원이던 치어를 3년 동안 키웠다.",
    "가람군 관광\n\n가람군 관광협회는 외국인 단체 관광객에게 1인당 70달러를 받는다고 3일 밝혔다. "
    "한 명에 6만 원씩 드는 숙박비는 군이 지원한다.",
    # a price per another counter in reach (`한 상자에`): not the topic's (`한 개는`, `찻잔 한 개는`)
    "가람군 찻잔, 퀘벡으로\n\n가람군 도예공방 '흙결'은 퀘벡 식품점에 찻잔을 개당 7달러에 판다고 3일 밝혔다. "
    "운송비는 한 상자에 45달러다. 한 개는 약 1만700원이다.",
    "가람군 찻잔, 퀘벡으로\n\n가람군 도예공방 '흙결'은 퀘벡 식품점에 찻잔을 개당 7달러에 판다고 3일 밝혔다. "
    "운송비는 한 상자에 45달러다. 찻잔 한 개는 약 1만700원이다.",
    # a former price in reach (`개당 5달러였다`): no equivalent of the price now
    "가람군 찻잔\n\n가람군 도예공방 '흙결'은 찻잔을 개당 7달러에 판다. 3년 전엔 개당 5달러였다. "
    "한 개에 1만700원인 셈이다.",
    # after the rate of the day, a topic that is not the deal's total (`운송비는`, `연매출은`, `인건비는`)
    "가람군 놋그릇, 퍼스로\n\n가람군 유기공방 '한울'은 퍼스의 한식당과 놋그릇 300벌을 모두 4만 달러에 팔기로 "
    "했다고 3일 밝혔다. 오늘 기준 환율로 환산하면 운송비는 약 350만 원이다.",
    "가람군 놋그릇, 퍼스로\n\n가람군 유기공방 '한울'은 퍼스의 한식당과 놋그릇 300벌을 모두 4만 달러에 팔기로 "
    "했다고 3일 밝혔다. 현재 환율로 계산하면 연매출은 약 14억 원으로 늘어난다.",
    "가람군 놋그릇, 퍼스로\n\n가람군 유기공방 '한울'은 퍼스의 한식당과 놋그릇 300벌을 모두 4만 달러에 팔기로 "
    '했다고 3일 밝혔다. 대표는 "현재 환율로 계산하면 인건비는 약 1천800만 원이 든다"고 말했다.',
    # the price before in the same currency as the topic's amount: no equivalent
    "가람군 놋그릇, 시애틀로\n\n가람군 유기공방 '한울'은 놋그릇 한 벌에 15만 원을 받는다고 3일 밝혔다. "
    "한 벌은 약 21만2천 원이던 지난해보다 싸졌다.",
]


@pytest.mark.parametrize("text", _NO_EQUIVALENT)
def test_no_equivalent_when_its_topic_names_no_one_amount(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)
