"""Equivalents at the rate of the day after an order's total, and the price of one unit restated after it (fifty-fourth
session, the lead).

- `계약 금액은 6만2천400달러, 이날 환율로 약 8천884만 원이다`: after a comma, the rate of the day names the amount
  after it as the equivalent of the one before (`[equivalents] apposed`), as `6만2천400달러로 이날 환율로 …` was.
- `$24,800 in all, about £18,400 at Friday's rate`, `1,460,000 yen for the order, about £6,870`: the amount names
  itself the whole of the order (`in all`, `in total`, `for the order`) before the comma; the equivalent, hedged, still
  restates it.
- The price of one unit in the reader's currency, in the sentence after the order: `상자당 약 6천834원` (the noun
  before `당`), `Each bench works out at about £230`, `That is about £230 a bench` (the noun after the amount):
  the equivalent of the price per that one unit the sentence before states (`한 상자 가격은 4.8달러`, `$310 a
  bench`), told apart from the order's total by that noun. Another noun (`병당`, `a box`) or no hedge reads nothing.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, claims, conversion_role

CONVERSION = "F202"


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


# 62,400 USD is about 8,884만 원 on the frame day; 125,000 EUR about 2억562만 원
_RATE_OF_THE_DAY_KO = [
    ("가온시 목공소는 계약 금액이 6만2천400달러, 이날 환율로 약 {eq}이라고 밝혔다.", "8천884만 원", "1억1천만 원"),
    ("나래군 공방의 계약 금액은 12만5천 유로, 오늘 환율로 약 {eq}이다.", "2억562만 원", "2억9천만 원"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RATE_OF_THE_DAY_KO)
def test_korean_equivalent_after_a_comma_and_the_rate_of_the_day(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # another amount taken at the day's rate, not the order's equivalent
        "나래군 공방의 계약 금액은 6만2천400달러, 이날 환율로 계산한 운송비는 900만 원이다.",
        # the amount after it is compared with, no equivalent
        "나래군 공방의 계약 금액은 6만2천400달러, 이날 환율로 약 8천만 원보다 많다.",
    ],
)
def test_korean_rate_of_the_day_before_another_amount_is_no_equivalent(knowledge, text):
    won = next(c for c in claims(text, knowledge, published=FRAME_DAY).claims if c.unit == "KRW")
    assert won.role != "conversion"


# 24,800 USD is about £18,400 on the frame day; 1,460,000 JPY about £6,870
_WHOLE_THEN_EQUIVALENT_EN = [
    (
        "A Tarnby joiner is selling benches at $310 a bench, $24,800 in all, about £{eq} at Friday's rate.",
        "18,400",
        "21,400",
    ),
    ("A Tarnby mill sells 1,460,000 yen for the order, about £{eq} at today's exchange rate.", "6,870", "8,870"),
    ("The Tarnby order comes to $24,800 in total, roughly £{eq}, the firm said.", "18,400", "15,400"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _WHOLE_THEN_EQUIVALENT_EN)
def test_english_equivalent_after_the_whole_of_the_order(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a part of the order, not its equivalent
        ("The Tarnby order comes to $24,800 in all, about £2,000 of it for shipping.", "about £2,000"),
        # a gap, not an equivalent
        ("The Tarnby order comes to $24,800 in all, some £3,000 more than last year.", "some £3,000"),
        # no hedge: another amount of the list
        ("The Tarnby order comes to $24,800 in all, £3,000 for the frames.", "£3,000"),
    ],
)
def test_english_amount_after_the_whole_that_restates_nothing(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


# 4.8 USD is about 6,834원 on the frame day, $310 about £230
_PER_ONE_KO = (
    "가온시 목공소는 한 상자 가격은 4.8달러로 계약 금액은 6만2천400달러, 이날 환율로 약 8천884만 원이다. "
    "상자당 약 {eq}으로 국내 판매가보다 비싸다."
)


@pytest.mark.parametrize(("eq", "fires"), [("6천834원", False), ("8천834원", True)])
def test_korean_price_per_the_noun_restates_the_price_of_one(knowledge, eq, fires):
    text = _PER_ONE_KO.format(eq=eq)
    assert_checked(knowledge, text, CONVERSION, fires=fires)
    assert _role(knowledge, text, f"약 {eq}") == ("conversion", "4.8달러")


def test_korean_price_per_another_noun_restates_nothing(knowledge):
    text = (
        "가온시 목공소는 한 상자 가격은 4.8달러로 계약 금액은 6만2천400달러, 이날 환율로 약 8천884만 원이다. "
        "병당 약 6천834원을 운송비로 낸다."
    )
    assert _role(knowledge, text, "약 6천834원")[0] != "conversion"


_PER_ONE_EN = "A Tarnby joiner is selling benches at $310 a bench, $24,800 in all, about £18,400 at Friday's rate. {s}"


@pytest.mark.parametrize(
    ("sentence", "written", "fires"),
    [
        ("Each bench works out at about £230, some £20 more than at home.", "about £230", False),
        ("Each bench works out at about £290, some £20 more than at home.", "about £290", True),
        ("That is about £230 a bench.", "about £230", False),
        ("That is about £290 a bench.", "about £290", True),
    ],
)
def test_english_price_of_one_restated_after_the_order(knowledge, sentence, written, fires):
    text = _PER_ONE_EN.format(s=sentence)
    assert _role(knowledge, text, written) == ("conversion", "$310")
    assert_checked(knowledge, text, CONVERSION, fires=fires)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # another unit than the price's
        ("That is about £30 a box for shipping.", "about £30"),
        # no hedge: a price of its own
        ("Each bench is £230 at the Tarnby shop.", "£230"),
    ],
)
def test_english_price_of_another_one_restates_nothing(knowledge, sentence, written):
    assert _role(knowledge, _PER_ONE_EN.format(s=sentence), written)[0] != "conversion"


# $310 is about £230 on the frame day
_PRICE_THEN_EQUIVALENT_EN = [
    # `and` after the note of the rate closes the equivalent
    "The Tarnby shop pays $310 a bench, about £{eq} at today's rate and some £20 less than at home.",
    "The Tarnby shop pays $310 a bench, about £{eq} each at today's exchange rate and some £20 less than at home.",
    # the price of each, `for each bench`
    "The Tarnby shop pays $310 for each bench, just over £{eq}, which is less than at home.",
    # the one unit as the topic of the next sentence, with a modifier and a hedge
    "The Tarnby shop pays $310 a bench, $24,800 in all. The oak bench works out at just under £{eq}, a record.",
]


@pytest.mark.parametrize("text", _PRICE_THEN_EQUIVALENT_EN)
@pytest.mark.parametrize(("eq", "fires"), [("230", False), ("290", True)])
def test_english_equivalent_of_a_price_of_one(knowledge, text, eq, fires):
    assert_checked(knowledge, text.format(eq=eq), CONVERSION, fires=fires)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # no note of the rate: `and` joins another amount
        ("The Tarnby shop pays $310 a bench, about £230 and £20 for each crate.", "about £230"),
        # the topic's noun is another's
        (
            "The Tarnby shop pays $310 a bench, $24,800 in all. The oak crate works out at about £30, a record.",
            "about £30",
        ),
    ],
)
def test_english_amount_that_is_no_equivalent_of_the_price(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


# from the review: amounts after the trigger words that restate no price
_NOT_EQUIVALENTS_KO = [
    # a clause of another noun after `이라고`
    ("미르시 가구점은 수출액이 6만2천400달러로 약 5천만 원이라고 알려진 국내 업체 매출을 넘었다.", "약 5천만 원"),
    ("미르시 가구점의 계약 금액은 6만2천400달러로 약 5천만 원이라고 예상한 증권가 전망을 웃돌았다.", "약 5천만 원"),
    # a gap, a shipping cost, a fee, a packing cost, a margin per the unit
    (
        "하담시 농원은 한 상자 가격은 4.8달러로 계약 금액은 6만2천400달러, 이날 환율로 약 8천884만 원이다. "
        "상자당 약 1천 원 더 비싸다.",
        "약 1천 원",
    ),
    (
        "하담시 농원은 한 상자 가격은 4.8달러로 계약 금액은 6만2천400달러, 이날 환율로 약 8천884만 원이다. "
        "상자당 약 2천 원을 운송비로 낸다.",
        "약 2천 원",
    ),
    ("하담시 농원은 사과를 한 상자에 4.8달러에 판다. 당도는 높고 상자당 약 500원의 포장비가 든다.", "약 500원"),
    ("하담시 농원은 사과 한 상자 가격은 4.8달러라고 밝혔다. 상자당 약 3천 원이 남는다.", "약 3천 원"),
    # a price with its own subject
    ("누리시 수입사는 와인을 한 병에 12유로에 들여온다. 소비자가는 병당 약 4만 원이다.", "약 4만 원"),
    ("하담시 농원은 사과 한 상자 가격은 4.8달러라고 밝혔다. 국산은 상자당 약 5천 원이다.", "약 5천 원"),
    # two amounts of other currencies before the equivalent: it restates neither alone
    (
        "미르시 가구점의 계약 금액은 6만2천400달러와 3만6천 유로, 이날 환율로 약 1억4천800만 원이다.",
        "약 1억4천800만 원",
    ),
]


@pytest.mark.parametrize(("text", "written"), _NOT_EQUIVALENTS_KO)
def test_korean_amounts_after_the_trigger_words_that_restate_nothing(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


_NOT_EQUIVALENTS_EN = [
    "Each bench is about £250 in British shops.",
    "Each bench costs about £260 to make in Wrenby.",
    "That is about £20 a bench more than at home.",
    "That comes to about £15 a bench for delivery.",
    "The tax is about £40 a bench.",
    "The margin is about £60 a bench.",
    "Each bench comes to about £275 with VAT.",
    "Each bench works out at about £200 in 2024 prices.",
    "The joiner says each bench is about £100 cheaper to make than in 2020.",
    "That is about £50 a bench less.",
]


@pytest.mark.parametrize("sentence", _NOT_EQUIVALENTS_EN)
def test_english_amounts_after_the_trigger_words_that_restate_nothing(knowledge, sentence):
    text = f"A Wrenby joiner sells benches at $310 a bench. {sentence}"
    pound = next(c for c in claims(text, knowledge, published=FRAME_DAY).claims if c.unit == "GBP")
    assert pound.role != "conversion"


def test_english_price_of_another_time_restates_nothing(knowledge):
    text = "A Wrenby joiner sells benches at $310 a bench, $280 two years ago. Each bench works out at about £206."
    assert _role(knowledge, text, "about £206")[0] != "conversion"


def test_english_and_after_the_rate_before_no_figure_does_not_close_the_equivalent(knowledge):
    text = "The order comes to $24,800 in all, about £2,000 at today's rate and the rest by instalment."
    assert _role(knowledge, text, "about £2,000")[0] != "conversion"


@pytest.mark.parametrize(("eq", "fires"), [("1만 원", False), ("1만4천 원", True)])
def test_korean_price_of_one_with_a_bound_after_it(knowledge, eq, fires):
    # 7 USD is about 9,966원 on the frame day; `에 조금 못 미쳐` bounds the equivalent and the clause goes on
    text = (
        "가람군 공방은 장구를 개당 7달러, 소고는 5달러에 판다. "
        f"장구 한 개 값은 우리 돈 {eq}에 조금 못 미쳐 국내 판매가보다 비싸다."
    )
    assert_checked(knowledge, text, CONVERSION, fires=fires)


@pytest.mark.parametrize(("gap", "fires"), [("£30", False), ("£60", True)])
def test_english_gap_after_the_equivalent_and_its_rate(knowledge, gap, fires):
    # $310 is about £230 on the frame day; the gap to the home price is read from the equivalent past the rate note
    text = (
        "The Tarnby chandlery is paying $310 a compass, a little over £230 at today's exchange rate and nearly "
        f"{gap} less than the £260 a British skipper pays."
    )
    assert_checked(knowledge, text, "F305", fires=fires)
