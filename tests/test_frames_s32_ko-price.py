"""Korean quantity × price = amount read with the price's name apart from its mark (thirty-second session, lane
`ko-price`).

A price per a unit of measure may be named after its mark (`톤당 평균 공판가는 N원`) or before it (`출하 가격은 ㎏당
평균 N원`, `[link.sales_price_nouns]`, which now names a purchase price too); it values the lead measure, the amount
named as the money paid or taken for the units (`[link.units_value_before]`: `경매 대금`, `출하 금액`) standing
sentences after it (checker/link/unit_prices.py) or right before it (checker/link/per_unit_apart.py). A figure of
the amount's sentence already read as per another unit (`농가 한 곳이 평균 N원`) is no rival total.

Near misses: a price of another thing (a consumer's, a cost), an amount named as a budget or a fund, another good's
price, another year's amount, unrelated figures side by side.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

_TANGERINE = "제주 서귀면 농협은 올겨울 노지 감귤 4천200톤을 조합원 농가에서 사들였다고 8일 밝혔다.\n\n"
_GARLIC = "남해 창선농협은 올해 마늘 1천500톤을 농가 250곳에서 수매했다고 2일 밝혔다.\n\n"
_EEL = "한림수협은 지난달 민물장어 80톤을 경매에 올렸다고 11일 밝혔다.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        # the price named after its mark, the amount two sentences on
        (
            _TANGERINE
            + "작년보다 물량이 줄었다. ㎏당 평균 수매가는 1천200원으로 정해졌다. 당도가 높아 상품성이 좋았다. "
            "농협이 치른 수매 대금은 모두 50억4천만 원이다.",
            False,
        ),
        (
            _TANGERINE
            + "작년보다 물량이 줄었다. ㎏당 평균 수매가는 1천200원으로 정해졌다. 당도가 높아 상품성이 좋았다. "
            "농협이 치른 수매 대금은 모두 71억 원이다.",
            True,
        ),
        # the price named before its mark; the amount's sentence also states a figure per farm
        (
            _GARLIC
            + "수매가는 ㎏당 4천 원으로 지난해(3천600원)보다 400원 올랐다. 농협이 내준 수매 대금은 60억 원으로, "
            "농가 한 곳이 평균 2천400만 원을 받았다.",
            False,
        ),
        (
            _GARLIC
            + "수매가는 ㎏당 4천 원으로 지난해(3천600원)보다 400원 올랐다. 농협이 내준 수매 대금은 84억 원으로, "
            "농가 한 곳이 평균 3천360만 원을 받았다.",
            True,
        ),
        # an auction's takings named by the sale
        (_EEL + "㎏당 평균 경락가는 4만5천 원이었다. 어민들이 받은 경매 대금은 36억 원이다.", False),
        (_EEL + "㎏당 평균 경락가는 4만5천 원이었다. 어민들이 받은 경매 대금은 29억 원이다.", True),
    ],
)
def test_a_price_named_apart_from_its_mark_values_the_lead_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "봉평 메밀 작목반은 올가을 메밀 300톤을 거둬들였다고 4일 밝혔다. 재배 농가는 90곳이다.\n"
            "판매액은 모두 18억 원이었다. 공판 가격은 ㎏당 평균 6천 원으로 지난해보다 조금 올랐다.",
            False,
        ),
        (
            "봉평 메밀 작목반은 올가을 메밀 300톤을 거둬들였다고 4일 밝혔다. 재배 농가는 90곳이다.\n"
            "판매액은 모두 27억 원이었다. 공판 가격은 ㎏당 평균 6천 원으로 지난해보다 조금 올랐다.",
            True,
        ),
    ],
)
def test_a_price_named_before_its_mark_restates_the_sales_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


_TEA = "보성 녹차 작목반은 올해 찻잎 90톤을 땄다고 6일 밝혔다. 재배 농가는 120곳이다.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        # `이 가격에`: the price stated before applied to the crop
        (
            _TEA
            + "찻잎 산지 가격은 ㎏당 2만 원으로 지난해(1만8천 원)보다 올랐다. 올해 거둔 찻잎을 이 가격에 다 넘기면 "
            "18억 원이다.",
            False,
        ),
        (
            _TEA
            + "찻잎 산지 가격은 ㎏당 2만 원으로 지난해(1만8천 원)보다 올랐다. 올해 거둔 찻잎을 이 가격에 다 넘기면 "
            "25억 원이다.",
            True,
        ),
    ],
)
def test_the_price_stated_before_applied_values_the_crop(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


_CLEAN = [
    # a consumer's price, a budget
    _GARLIC + "시장의 소비자 가격은 ㎏당 9천 원 안팎이다. 군은 저장 시설을 늘리는 데 31억 원을 쓴다.",
    # a cost per unit of measure and an unrelated fund
    _GARLIC + "생산비는 ㎏당 평균 2천800원으로 조사됐다. 농협은 수매 자금으로 95억 원을 마련해 두었다.",
    # another good's price
    _GARLIC + "양파 수매가는 ㎏당 900원이다. 군은 내년 예산에 7억 원을 반영했다.",
    # another year's amount
    _TANGERINE + "㎏당 평균 수매가는 1천100원이다. 3년 전 수매 대금은 38억 원이었다.",
    # a price with no amount, an amount of a grant
    _EEL + "㎏당 평균 경락가는 4만 원이었다. 수협은 양식장 한 곳에 최대 2천만 원을 지원한다.",
    # a list of unrelated figures
    "달빛시장 상인회는 올해 방문객이 12만 명이라고 밝혔다. 점포는 140곳이고 주차장은 300면이다.\n"
    "떡볶이 한 접시 값은 4천 원, 어묵 한 꼬치는 1천 원이다. 상인회 운영비는 2억 원이다.",
    # a fee per use and a total of another service
    "세화읍 공공 빨래방은 올해 이용이 8천400건이었다. 세탁기 1회 사용료는 2천 원이다.\n"
    "읍은 건조기 교체에 1억2천만 원을 들였다.",
    # a price per unit of measure and a measure of another good
    "청림농협은 올해 사과 2천 톤을 팔았다. 배 출하 가격은 ㎏당 평균 3천500원이다. 사과 판매 대금은 80억 원이다.",
    # a wage per day and a project's cost
    "산림조합은 숲 가꾸기에 일꾼 45명을 썼다. 하루 품삯은 15만 원이다. 사업비는 모두 9억 원이다.",
    # a ticket price and visitors of another year
    "단양 동굴 축제 입장료는 1인당 5천 원이다. 지난해 관람객은 6만 명이었고, 올해 축제 예산은 12억 원이다.",
    # a loan ceiling per household and a fund
    "군은 귀농 가구당 최대 3억 원까지 빌려준다. 올해 융자 규모는 150억 원, 신청 가구는 41가구다.",
    # a monthly rent and the building's cost
    "청년 임대주택 월세는 한 채당 18만 원이다. 120채를 짓는 데 모두 240억 원이 들었다.",
    # a price per tonne and a tonnage in another paragraph of another year
    "대호 제강은 철근을 톤당 95만 원에 팔고 있다.\n\n2년 전 이 회사는 철근 30만 톤을 생산했다. 올해 매출은 4천억 "
    "원이다.",
    # an export price per unit and a count of another product
    "미르전자는 소형 냉장고를 대당 300달러에 수출한다. 세탁기는 1만2천 대를 팔았고 수출액은 900만 달러다.",
    # a feed price and a herd count
    "축산농가가 쓰는 배합사료 값은 ㎏당 600원이다. 군내 한우는 2만3천 마리이고 군은 사료비로 14억 원을 지원한다.",
    # a price per box and an unrelated count of boxes sent abroad
    "딸기 한 상자 도매가격은 2만5천 원이다. 작목반은 지난달 홍콩에 800상자를 보냈고, 공선장 증축에 6억 원을 쓴다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_unrelated_prices_and_amounts_raise_nothing(knowledge, text):
    result = findings(knowledge, document(text), select=["F317", "F312"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
