"""Equivalents taken at a rate a bank sets, the total restated in the sentence after, and what the equivalent is
then set against (fifty-fifth session, the lead).

- The rate named by its setter: `or about £Y at the European Central Bank rate on Wednesday` (`[equivalents]
  rate_notes`), `₹X in all, which at the Bank of England's rate on Wednesday comes to about £Y` (the rate before the
  verb), `X달러어치로, 이날 한국은행 기준환율로 환산하면 약 Y원이다`, `X리라 규모로, 이날 매매기준율로 약 Y원이다`
  (the amount's own words before the particle; a bank and `기준환율` / `매매기준율` in the rate of the day).
- The rate of the day opening the sentence after the total (`모두 X레우다. 이날 … 환율로 환산하면 약 Y원으로, …`:
  `[link.rate_of_the_day_topic_before]`, no topic of its own), and the price of one in that sentence after it (`…
  약 Y원, 개당 약 Z원이다`) or two sentences on (`장당 수출가는 약 Z원으로`, a price named after `N당`).
- The bank that sets the rate is no subject of the article's figures (`[link.rate_setter_before]` / `after`).
- The equivalent is the amount `That is P of …` refers back to, and the value of a Korean multiple whose base
  the next sentence states (`지난해 수출액 Z원의 약 N배다`).
- `레우` and `리라` with no country named are Romania's and Turkey's (the word's one currency of today).

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, claims, conversion_role

CONVERSION = "F202"
SHARE = "F503"
MULTIPLE = "F304"


def _found(knowledge, text: str):
    return claims(text, knowledge, published=FRAME_DAY).claims


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


# on the frame day: 86,400 RON is about 2,709만 원 (21.6 RON about 6,772원); 48,600 USD about 6,919만 원;
# 3,456,000 TRY about 1억342만 원 (540 TRY about 1만6,160원); ₹12,600,000 about £98,270 (₹2,100 about £16.38)
_KOREAN_EQUIVALENTS = [
    (
        "바람시 공방은 접시 4천 개를 개당 21.6레우씩 모두 8만6천400레우에 팔기로 했다. "
        "이날 유럽중앙은행 기준환율로 환산하면 약 {eq}으로, 지난해 매출의 절반이다.",
        "2천709만 원",
        "3천509만 원",
    ),
    (
        "바람시 공방은 컵 2만 개를 팔았다. 개당 2.43달러씩 모두 4만8천600달러어치로, "
        "이날 한국은행 기준환율로 환산하면 약 {eq}이다.",
        "6천919만 원",
        "8천919만 원",
    ),
    (
        "한빛군 공방은 수건을 장당 540리라씩 모두 345만6천 리라 규모로, 이날 매매기준율로 약 {eq}이다.",
        "1억342만 원",
        "1억9천만 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _KOREAN_EQUIVALENTS)
def test_korean_equivalent_at_the_rate_a_bank_sets(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a topic of its own after the rate of the day: another amount
        ("바람시 공방은 모두 8만6천400레우를 받는다. 운임은 이날 환율로 약 300만 원이다.", "약 300만 원"),
        # two totals before: which one, unsaid
        (
            "바람시 공방은 가온 상사에 8만6천400레우, 나래 상사에 5만 레우어치를 팔았다. "
            "이날 환율로 환산하면 약 2천709만 원이다.",
            "약 2천709만 원",
        ),
        # the rate of the day not opening its sentence: a clause of another subject
        ("바람시 공방은 모두 8만6천400레우를 받는다. 운임도 이날 환율로 약 300만 원이다.", "약 300만 원"),
        # (from the review) the amount after the opening rate is another noun's: its clause goes on
        (
            "바람시 공방은 모두 8만6천400레우를 받는다. 이날 환율로 환산하면 약 400만 원이 포장비로 나간다.",
            "약 400만 원",
        ),
        ("바람시 공방은 모두 8만6천400레우를 받는다. 이날 환율로 환산하면 약 400만 원의 포장비가 든다.", "약 400만 원"),
        (
            "바람시 공방은 모두 8만6천400레우를 받는다. 이날 한국은행 기준환율로 환산하면 약 900만 원이 남는다.",
            "약 900만 원",
        ),
        (
            "바람시 공방의 접시 주문은 8만6천400레우다. 이날 환율로 환산하면 약 2천500만 원인 지난해 주문보다 많다.",
            "약 2천500만 원",
        ),
        # the total's equivalent stated already: a second amount at the rate of the day is another's
        (
            "바람시 공방은 모두 8만6천400레우를 받는다. 이날 환율로 환산하면 약 2천709만 원이다. "
            "이날 환율로 환산하면 약 3천만 원인 경쟁사 주문보다 적다.",
            "약 3천만 원",
        ),
    ],
)
def test_korean_amount_after_the_rate_of_the_day_that_restates_nothing(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


_PRICE_OF_ONE_KO = [
    # the total's equivalent, then the price of one in the same sentence
    (
        "바람시 공방은 접시 4천 개를 팔았다. 값은 개당 21.6레우씩 모두 8만6천400레우다. "
        "이날 유럽중앙은행 기준환율로 약 2천709만 원, 개당 약 {eq}이다.",
        "21.6레우",
        "6천772원",
        "8천772원",
    ),
    # two sentences on, the price named after `N당`
    (
        "한빛군 공방은 수건 6천400장을 장당 540리라씩 모두 345만6천 리라에 팔았다. "
        "이날 기준환율로 환산하면 약 1억342만 원이다. 장당 수출가는 약 {eq}으로 국내 판매가 1만4천 원보다 비싸다.",
        "540리라",
        "1만6천160원",
        "2만1천160원",
    ),
]


@pytest.mark.parametrize(("text", "price", "holds", "broken"), _PRICE_OF_ONE_KO)
def test_korean_price_of_one_after_the_total_at_the_rate_of_the_day(knowledge, text, price, holds, broken):
    assert _role(knowledge, text.format(eq=holds), f"약 {holds}") == ("conversion", price)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_korean_price_of_another_noun_after_the_total_restates_nothing(knowledge):
    text = (
        "한빛군 공방은 수건 6천400장을 장당 540리라씩 모두 345만6천 리라에 팔았다. "
        "이날 기준환율로 환산하면 약 1억342만 원이다. 상자당 운송비는 약 1만6천 원으로 비싸다."
    )
    assert _role(knowledge, text, "약 1만6천 원")[0] != "conversion"


_ORDER_EN = "A Pune chain is buying 6,000 lamps from a Penmoor workshop, paying ₹2,100 a lamp, ₹12,600,000 in all"


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (_ORDER_EN + ", or about £{eq} at the European Central Bank rate on Wednesday.", "98,300", "128,300"),
        (
            _ORDER_EN + ", which at the Bank of England's rate on Wednesday comes to about £{eq}, a record.",
            "98,300",
            "78,300",
        ),
    ],
)
def test_english_equivalent_at_the_rate_a_bank_sets(knowledge, text, holds, broken):
    assert _role(knowledge, text.format(eq=holds), f"about £{holds}") == ("conversion", "₹12,600,000")
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the bank names where the money goes, no rate
        _ORDER_EN + ", or about £98,300 at the Bank of England auction.",
        # `which` opens a clause of another amount
        _ORDER_EN + ", which at the central bank's rate on Wednesday is about £98,300 short of the target.",
    ],
)
def test_english_amount_after_a_bank_that_is_no_equivalent(knowledge, text):
    assert _role(knowledge, text, "about £98,300")[0] != "conversion"


_AFTER_THE_ORDER_EN = _ORDER_EN + (
    ", or about £98,300 at the European Central Bank rate on Wednesday, against the firm's turnover last year of "
    "£300,000. {s}"
)


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Each lamp works out at about £16.40, more than at home.", False),
        ("Each lamp works out at about £21.40, more than at home.", True),
    ],
)
def test_english_price_of_one_after_a_sentence_naming_last_year_in_another_clause(knowledge, sentence, fires):
    text = _AFTER_THE_ORDER_EN.format(s=sentence)
    written = sentence.split("at ", 1)[1].split(",")[0]
    assert _role(knowledge, text, written) == ("conversion", "₹2,100")
    assert_checked(knowledge, text, CONVERSION, fires=fires)


def test_english_price_of_one_the_last_year_of_its_own_clause_dates(knowledge):
    text = (
        "A Pune chain paid ₹2,100 a lamp last year and ₹12,600,000 in all, or about £98,300 at the European Central "
        "Bank rate on Wednesday. Each lamp works out at about £16.40, more than at home."
    )
    role, converts = _role(knowledge, text, "about £16.40")
    assert converts != "₹2,100"


_SHARE_EN = _ORDER_EN + ", or about £98,300 at the European Central Bank rate on Wednesday. {s}"


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("That is nearly 33 per cent of the workshop's turnover last year of £300,000.", False),
        ("That is nearly 43 per cent of the workshop's turnover last year of £300,000.", True),
        ("This sum represents nearly 33 per cent of the workshop's turnover last year of £300,000.", False),
    ],
)
def test_english_share_referring_back_to_an_equivalent(knowledge, sentence, fires):
    assert_checked(knowledge, _SHARE_EN.format(s=sentence), SHARE, fires=fires)


def test_english_bank_setting_the_rate_is_no_subject(knowledge):
    text = _SHARE_EN.format(s="The workshop's turnover last year was £300,000.")
    turnover = next(c for c in _found(knowledge, text) if c.text == "£300,000")
    assert not any("central" in e.lower() for e in turnover.entities)


def test_english_bank_named_as_a_subject_is_one(knowledge):
    text = "The European Central Bank said its staff costs rose to €900m. The Bank of England rate rose to 4.5%."
    costs = next(c for c in _found(knowledge, text) if c.text == "€900m")
    assert costs.entities


def test_korean_bank_setting_the_rate_is_no_subject(knowledge):
    text = (
        "바람시 공방은 모두 8만6천400레우를 받는다. 이날 유럽중앙은행 기준환율로 환산하면 약 2천709만 원으로, "
        "지난해 공방 매출 9천만 원의 30%다."
    )
    sales = next(c for c in _found(knowledge, text) if c.text == "9천만 원")
    assert not any("유럽중앙" in e for e in sales.entities)


_MULTIPLE_KO = (
    "바람시 공방은 컵 2만 개를 팔았다. 개당 2.43달러씩 모두 4만8천600달러어치로, 이날 한국은행 기준환율로 환산하면 "
    "약 6천919만 원이다. 지난해 이 공방 수출액 2천300만 원의 약 {m}배다."
)


@pytest.mark.parametrize(("m", "fires"), [("3", False), ("4", True)])
def test_korean_multiple_whose_value_is_the_equivalent_of_the_sentence_before(knowledge, m, fires):
    assert_checked(knowledge, _MULTIPLE_KO.format(m=m), MULTIPLE, fires=fires)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("바람시 공방은 접시를 개당 21.6레우씩 판다.", "21.6레우", "RON"),
        ("한빛군 공방은 수건을 장당 540리라씩 판다.", "540리라", "TRY"),
    ],
)
def test_korean_currency_word_with_one_currency_of_today(knowledge, text, written, unit):
    assert next(c for c in _found(knowledge, text) if c.text == written).unit == unit


@pytest.mark.parametrize(
    "text", ["이탈리아 수집가는 동전 한 닢에 2만 리라를 냈다.", "몰도바 농장은 한 병에 60레우씩 판다."]
)
def test_korean_currency_word_of_another_country_named_is_no_amount(knowledge, text):
    assert not [c for c in _found(knowledge, text) if c.kind == "money"]


# (from the review) the share of an equivalent whose total's sentence opens on the seller, an order still to ship
_SELLER_FIRST_EN = (
    "The Penmoor workshop will deliver 6,000 lamps, ₹12,600,000 in all, or about £98,300 at the European Central "
    "Bank rate on Wednesday. That is nearly {p} per cent of the workshop's turnover last year of £300,000."
)


@pytest.mark.parametrize(("p", "fires"), [("33", False), ("53", True)])
def test_english_share_of_an_equivalent_of_an_order_still_to_ship(knowledge, p, fires):
    assert_checked(knowledge, _SELLER_FIRST_EN.format(p=p), SHARE, fires=fires)


_SHARE_SAME_SENTENCE_KO = (
    "바람시 공방은 모두 8만6천400레우를 받는다. 이날 환율로 환산하면 약 2천709만 원으로, 이는 지난해 매출 "
    "8천127만 원의 {share}이다."
)


@pytest.mark.parametrize(("share", "fires"), [("3분의 1", False), ("절반", True)])
def test_korean_share_of_an_equivalent_in_its_own_sentence(knowledge, share, fires):
    assert_checked(knowledge, _SHARE_SAME_SENTENCE_KO.format(share=share), SHARE, fires=fires)
