"""Equivalents of foreign prices and the gaps measured from them (sixtieth session, lane convdiff).

- `SKr`, `NKr`, `DKr` (Scandinavian crowns written before the number) are currencies.
- After a total's equivalent, the price of one restated in its sentence by `each` and the price's noun with the verb
  left out (`and each trivet roughly £20.60`), or by its noun after it (`or some £2,810 a dinghy`), the foreign price
  of one stated in a sentence between the total and its equivalent.
- A price of one's equivalent first, then the total's, joined by `and` (`that is about £2,090 a loom and roughly
  £104,500 for the whole order`).
- Korean: the price of one turned into won by a verb (`한 개 수출가를 원화로 바꾸면 약`, `㎏당 수출가를 원화로
  바꾸면 약`).
- Gaps from an equivalent: the next sentence compared with a home price after `국내 마트 판매가` or `국내 도매가 ㎏당`
  `That is some £4 more than the £22 …` opening the sentence
  after one closing on the equivalent; `…, so the Danish price is some £5 more` / `about 12 per cent higher`: the
  price named by its market measured from the home price before it.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, assert_not_fired, claims, conversion_role

CONVERSION, DIFFERENCE, GROWTH = "F202", "F305", "F301"


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


def _gap(knowledge, text: str, written: str) -> tuple[str | None, str | None]:
    """The texts of the level and the figure compared with of the change written so (None where unlinked)."""
    found = claims(text, knowledge, published=FRAME_DAY).claims
    by_id = {c.id: c.text for c in found}
    claim = next(c for c in found if c.text == written)
    return by_id.get(claim.change_of), by_id.get(claim.compared_to)


# on the frame day: SKr36,000 is about £2,815; €24 about £20.57; NZ$4,800 about £2,091; 80 CHF about 14만821원;
# 60 AUD about 6만237원; 30 EUR about 4만9천349원
_EQUIVALENTS = [
    # a krona price of one, its noun after the equivalent, in the sentence of the total's equivalent
    (
        "A Wick boatyard has won an order worth SKr864,000 from a sailing club near Visby. The club will pay "
        "SKr36,000 a dinghy. At the European Central Bank's rate, the order is worth about £67,600, or {eq} a "
        "dinghy.",
        "some £2,810",
        "some £3,410",
        "SKr36,000",
    ),
    # `each` and the noun before the equivalent, the verb left out
    (
        "A Thirsk forge will supply 2,400 trivets to a chain in Graz in a €57,600 deal. The chain will pay €24 a "
        "trivet. At the European Central Bank's rate on Tuesday, the order is worth about £49,400, and each trivet "
        "{eq}.",
        "roughly £20.60",
        "roughly £23.60",
        "€24",
    ),
    # the price of one's equivalent first, the total's after `and`
    (
        "A Hawick mill is to make 50 looms for a co-operative near Napier, in a deal worth NZ$240,000. The "
        "co-operative will pay NZ$4,800 a loom. At the European Central Bank's rate, that is {eq} a loom and "
        "roughly £104,500 for the whole order.",
        "about £2,090",
        "about £2,490",
        "NZ$4,800",
    ),
    # Korean: the price of one turned into won by a verb
    (
        "해솔공방이 스위스 취리히의 문구점에 만년필 1천200개를 수출한다. 공방은 한 개에 80스위스프랑, 모두 "
        "9만6천스위스프랑에 계약했다. 이날 유럽중앙은행 기준환율로 약 1억6천900만원이다. 한 개 수출가를 원화로 "
        "바꾸면 {eq}으로, 국내 판매가 12만원보다 비싸다.",
        "약 14만1천원",
        "약 17만1천원",
        "80스위스프랑",
    ),
    # the same after a unit symbol and `당`
    (
        "별솔 영농조합이 말린 표고 2톤을 호주 퍼스에 수출한다. 조합은 ㎏당 60호주달러, 모두 12만호주달러에 "
        "계약했다. 이날 유럽중앙은행 기준환율로 약 1억2천만원이다. ㎏당 수출가를 원화로 바꾸면 {eq}으로, 국내 "
        "도매가보다 높다.",
        "약 6만원",
        "약 7만원",
        "60호주달러",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "source"), _EQUIVALENTS)
def test_price_of_one_restated_after_its_total(knowledge, text, holds, broken, source):
    assert _role(knowledge, text.format(eq=holds), holds) == ("conversion", source)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_the_total_after_the_price_of_ones_equivalent(knowledge):
    text = _EQUIVALENTS[2][0].format(eq="about £2,090")
    assert _role(knowledge, text, "roughly £104,500") == ("conversion", "NZ$240,000")


_NOT_EQUIVALENTS = [
    # `each` and another noun than the price's
    (
        "A Thirsk forge will supply 2,400 trivets to a chain in Graz in a €57,600 deal. The chain will pay €24 a "
        "trivet. At the European Central Bank's rate on Tuesday, the order is worth about £49,400, and each kettle "
        "roughly £20.60.",
        "roughly £20.60",
    ),
    # `for each`: what the amount is spent on
    (
        "A Thirsk forge will supply 2,400 trivets to a chain in Graz in a €57,600 deal. The chain will pay €24 a "
        "trivet. At the European Central Bank's rate on Tuesday, the order is worth about £49,400, with a fee for "
        "each trivet roughly £20.60.",
        "roughly £20.60",
    ),
    # a verb that changes the price, not one that converts it
    (
        "해솔공방이 스위스 취리히의 문구점에 만년필 1천200개를 수출한다. 공방은 한 개에 80스위스프랑, 모두 "
        "9만6천스위스프랑에 계약했다. 이날 유럽중앙은행 기준환율로 약 1억6천900만원이다. 한 개 수출가를 더 "
        "올리면 약 14만1천원으로, 국내 판매가 12만원보다 비싸다.",
        "약 14만1천원",
    ),
]


@pytest.mark.parametrize(("text", "written"), _NOT_EQUIVALENTS)
def test_near_misses_are_no_equivalents(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


def test_krona_prefixes_are_currencies(knowledge):
    found = claims("A Bergen yard paid NKr2.3m for the hull and DKr40,000 for the mast.", knowledge).claims
    assert [(c.text, c.unit) for c in found if c.kind == "money"] == [("NKr2.3m", "NOK"), ("DKr40,000", "DKK")]


def test_a_figure_before_a_paragraph_is_no_price_per_its_first_word(knowledge):
    # (`SKr864,000` closing a headline, `A` opening the paragraph: no `a dinghy` after the figure)
    text = (
        "Wick boatyard wins SKr864,000 order\n\nA Wick boatyard has won an order worth SKr864,000 from a sailing "
        "club near Visby. The club will pay SKr36,000 a dinghy. At the European Central Bank's rate, the order is "
        "worth about £67,600, or some £2,810 a dinghy."
    )
    assert _role(knowledge, text, "some £2,810") == ("conversion", "SKr36,000")


# gaps measured from an equivalent
_GAPS = [
    # Korean: the next sentence compares with the home price after the shop's word
    (
        "한 개 가격은 30유로(약 4만9천300원)다. 같은 제품의 국내 마트 판매가 4만2천원보다 {gap} 높다.",
        "7천300원가량",
        "9천300원가량",
        ("약 4만9천300원", "4만2천원"),
        DIFFERENCE,
    ),
    # Korean: the home price per kilogram
    (
        "말린 표고는 ㎏당 30유로, 우리 돈 약 4만9천300원이다. 국내 도매가 ㎏당 4만1천원보다 {gap} 높다.",
        "8천300원쯤",
        "1만300원쯤",
        ("약 4만9천300원", "4만1천원"),
        DIFFERENCE,
    ),
    # English: `That is` opening the sentence after the equivalent
    (
        "A Thirsk forge will supply 2,400 trivets to a chain in Graz in a €57,600 deal. The chain will pay €24 a "
        "trivet. At the European Central Bank's rate on Tuesday, the order is worth about £49,400, and each trivet "
        "roughly £20.60. That is {gap} more than the £17.50 the forge charges at home.",
        "some £3.10",
        "some £5.10",
        ("roughly £20.60", "£17.50"),
        DIFFERENCE,
    ),
    # English: `That is` after an equivalent in parentheses closing the sentence before
    (
        "The chain will pay €24 a trivet (roughly £20.60). That is {gap} more than the £17.50 the forge charges at "
        "home.",
        "some £3.10",
        "some £5.10",
        ("roughly £20.60", "£17.50"),
        DIFFERENCE,
    ),
    # English: the price named by its market, a gap of money
    (
        "A Hawick mill is to make 50 looms for a co-operative near Napier, in a deal worth NZ$240,000. The "
        "co-operative will pay NZ$4,800 a loom, about £2,090. The mill sells the same loom at home for £1,870, so "
        "the New Zealand price is {gap} more.",
        "about £220",
        "about £420",
        ("about £2,090", "£1,870"),
        DIFFERENCE,
    ),
    # English: the price named by its market, a percentage
    (
        "A Hawick mill is to make 50 looms for a co-operative near Napier, in a deal worth NZ$240,000. The "
        "co-operative will pay NZ$4,800 a loom, about £2,090. The mill sells the same loom at home for £1,870, so "
        "the New Zealand price is {gap} higher.",
        "about 12 per cent",
        "about 22 per cent",
        ("about £2,090", "£1,870"),
        GROWTH,
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "pair", "rule"), _GAPS)
def test_gap_from_an_equivalent(knowledge, text, holds, broken, pair, rule):
    assert _gap(knowledge, text.format(gap=holds), holds) == pair
    assert_checked(knowledge, text.format(gap=holds), rule, fires=False)
    assert_checked(knowledge, text.format(gap=broken), rule, fires=True)


_NOT_GAPS = [
    # a price noun that is the sentence's subject (`판매가`, sales, with its particle, and no home-market word)
    (
        "개당 수출가는 30유로(약 4만9천300원)다. 올해 판매가 4만2천원보다 7천300원가량 높다.",
        "7천300원가량",
    ),
    # no market named: `so the price is`
    (
        "A Hawick mill is to make 50 looms for a co-operative near Napier, in a deal worth NZ$240,000. The "
        "co-operative will pay NZ$4,800 a loom, about £2,090. The mill sells the same loom at home for £1,870, so "
        "the price is about £220 more.",
        "about £220",
    ),
    # a sentence opening on another subject than the equivalent
    (
        "The chain will pay €24 a trivet, roughly £20.60. The stand is some £3.10 more than the £17.50 charged at "
        "home.",
        "some £3.10",
    ),
]


@pytest.mark.parametrize(("text", "written"), _NOT_GAPS)
def test_near_misses_are_no_gaps_from_the_equivalent(knowledge, text, written):
    level, _ = _gap(knowledge, text, written)
    assert level is None or level not in ("약 4만9천300원", "about £2,090", "roughly £20.60")


# on the frame day: 20 CAD is about 2만271원 (12만 CAD about 1억2천162만원); 100 JPY about 903원, 600만 JPY about
# 5천421만원, 1천200 JPY about 1만841원
_KOREAN_FURTHER = [
    # the price of one three sentences before, the total's equivalent and a sentence of won between
    (
        "보람공방이 캐나다 밴쿠버의 잡화점에 바구니 6천 개를 수출한다. 한 개 값은 20캐나다달러로 모두 "
        "12만캐나다달러다. 유럽중앙은행 기준환율을 적용하면 약 1억2천200만 원에 이른다. 지난해 매출 3억 원과 "
        "견주면 40.5%다. 바구니 한 개는 우리 돈 {eq}으로, 국내 판매가 1만8천 원보다 비싸다.",
        "약 2만300원",
        "약 2만6천300원",
        "20캐나다달러",
    ),
    # the rate per 100 units, its own equivalent
    (
        "하늘공방이 일본 후쿠오카의 찻집 체인과 찻잔 5천 개, 모두 600만엔어치 공급 계약을 맺었다. 이날 "
        "환율로 따지면 100엔에 {eq}, 계약액은 약 5천420만원이다.",
        "약 903원",
        "약 1천203원",
        "100엔",
    ),
    # the total after that rate
    (
        "하늘공방이 일본 후쿠오카의 찻집 체인과 찻잔 5천 개, 모두 600만엔어치 공급 계약을 맺었다. 이날 "
        "환율로 따지면 100엔에 약 903원, 계약액은 {eq}이다.",
        "약 5천420만원",
        "약 6천420만원",
        "600만엔",
    ),
    # a sentence opening on the note, no topic: the price of one closing the sentence before
    (
        "하늘공방이 일본 후쿠오카의 찻집 체인과 찻잔 5천 개, 모두 600만엔어치 공급 계약을 맺었다. 이날 "
        "기준환율로 환산하면 계약액은 약 5천420만원이다. 한 개 값은 1천200엔으로 정했다. 환산하면 {eq}으로, "
        "국내 값보다 싸다.",
        "약 1만800원",
        "약 1만3천800원",
        "1천200엔",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "source"), _KOREAN_FURTHER)
def test_korean_equivalents_further_on(knowledge, text, holds, broken, source):
    assert _role(knowledge, text.format(eq=holds), holds) == ("conversion", source)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


_KOREAN_NOT_FURTHER = [
    # a verb of paying more, not a rate
    (
        "하늘공방이 일본 후쿠오카의 찻집 체인과 찻잔 5천 개, 모두 600만엔어치 공급 계약을 맺었다. 이날 "
        "기준환율로 환산하면 100엔을 더 내면 약 903원이다.",
        "약 903원",
        "100엔",
    ),
    # two prices of one in the sentence before: which one, unsaid
    (
        "하늘공방이 일본 후쿠오카의 찻집 체인과 찻잔 5천 개, 모두 600만엔어치 공급 계약을 맺었다. 이날 "
        "기준환율로 환산하면 계약액은 약 5천420만원이다. 한 개 값은 1천200엔, 받침 한 개 값은 800엔으로 정했다. "
        "환산하면 약 1만800원으로, 국내 값보다 싸다.",
        "약 1만800원",
        "1천200엔",
    ),
]


@pytest.mark.parametrize(("text", "written", "source"), _KOREAN_NOT_FURTHER)
def test_korean_near_misses_are_not_read(knowledge, text, written, source):
    assert _role(knowledge, text, written) != ("conversion", source)


# on the frame day: 40 NZD is about 3만3천434원 (8만 NZD about 6천687만 원); C$42 about £22.18
_ONE_OF_A_COUNTER = (
    "솔빛공방이 뉴질랜드 넬슨의 원예점에 물조리개 2천 개를 수출한다. {topic} 값은 40뉴질랜드달러로, 계약 총액은 "
    "8만뉴질랜드달러다. 우리 돈으로는 유럽중앙은행 기준환율을 적용해 약 6천690만 원에 이른다. 이 공방 지난해 "
    "매출(2억 원)의 33.4%에 해당한다. 물조리개 하나는 {eq}꼴로, 국내 판매가 3만 원보다 높다."
)


def test_one_of_a_counter_counting_anything_is_the_topics_price(knowledge):
    text = _ONE_OF_A_COUNTER.format(topic="한 개", eq="약 3만3천400원")
    assert _role(knowledge, text, "약 3만3천400원") == ("conversion", "40뉴질랜드달러")
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, _ONE_OF_A_COUNTER.format(topic="한 개", eq="약 4만3천400원"), CONVERSION, fires=True)


def test_one_of_another_counter_is_not_the_topics_price(knowledge):
    text = _ONE_OF_A_COUNTER.format(topic="한 켤레", eq="약 3만3천400원")
    assert _role(knowledge, text, "약 3만3천400원") != ("conversion", "40뉴질랜드달러")


_SOLD_FOR = (
    "A Selkirk mill will sell 5,000 scarves to a chain in Halifax for C$210,000, about £110,900. Each scarf will "
    "sell to the chain for C$42, about £22.20. The mill charges £24 for the same scarf at home, so the Canadian "
    "price is {gap} lower."
)


def test_a_price_each_unit_sells_for_is_a_price_of_one(knowledge):
    assert _gap(knowledge, _SOLD_FOR.format(gap="some £1.80"), "some £1.80") == ("about £22.20", "£24")
    assert_checked(knowledge, _SOLD_FOR.format(gap="some £1.80"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _SOLD_FOR.format(gap="some £3.80"), DIFFERENCE, fires=True)


def test_a_price_sold_at_another_time_is_no_price_of_one(knowledge):
    text = _SOLD_FOR.replace("Each scarf will sell to the chain for", "Each scarf was sold to the chain for")
    assert _gap(knowledge, text.format(gap="some £1.80"), "some £1.80")[0] != "about £22.20"


# on the frame day: R9,000 is about £408
_APIECE = (
    "A Looe boatyard will make 40 kayaks for a paddling club near Durban at R9,000 apiece. That is {eq} a {noun}, "
    "a little more than the £380 the yard charges at home."
)


def test_a_price_apiece_is_of_the_units_counted_before_it(knowledge):
    text = _APIECE.format(eq="about £410", noun="kayak")
    assert _role(knowledge, text, "about £410") == ("conversion", "R9,000")
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, _APIECE.format(eq="about £510", noun="kayak"), CONVERSION, fires=True)


def test_a_price_apiece_is_not_of_another_noun(knowledge):
    text = _APIECE.format(eq="about £410", noun="paddle")
    assert _role(knowledge, text, "about £410") != ("conversion", "R9,000")


# Review (s60-convdiff-rv): guards with their own must-not-link cases. On the frame day €48 is about £41.10.
_MARKET = (
    "A Keswick joiner sells oak chairs to a Danish retailer for €48 a chair, about £41.10 at the day's rate. "
    "{home} £36 {where}, so the {market} price is {gap} {word}."
)


@pytest.mark.parametrize(
    ("gap", "word", "holds"),
    [("some £5.10", "more", True), ("some £9.10", "more", False), ("some 14 per cent", "higher", True)],
)
def test_the_price_named_by_the_foreign_market(knowledge, gap, word, holds):
    text = _MARKET.format(home="The firm charges", where="at home", market="Danish", gap=gap, word=word)
    rule = GROWTH if "per cent" in gap else DIFFERENCE
    assert _gap(knowledge, text, gap) == ("about £41.10", "£36")
    assert_checked(knowledge, text, rule, fires=not holds)


@pytest.mark.parametrize(
    ("home", "where", "market", "gap", "word"),
    [
        # the home market's own price, named by it: not the foreign price
        ("The firm charges", "at home", "British", "some £5.10", "less"),
        ("The firm charges", "at home", "UK", "some 12 per cent", "lower"),
        # the market's word names the home price's own subject, another seller
        ("A Swedish rival charges", "in Leeds", "Swedish", "some £2", "lower"),
    ],
)
def test_a_price_named_by_another_market_is_not_the_foreign_one(knowledge, home, where, market, gap, word):
    text = _MARKET.format(home=home, where=where, market=market, gap=gap, word=word)
    assert _gap(knowledge, text, gap) != ("about £41.10", "£36")
    assert_not_fired(knowledge, text, DIFFERENCE)
    assert_not_fired(knowledge, text, GROWTH)


# on the frame day 20 EUR is about 3만2천900원, 4만 EUR about 6천580만원
_FAR_BACK = (
    "다온공예가 독일 함부르크 상점에 채반 2천개를 판다. 개당 값은 20유로로 모두 4만유로다. 기준환율을 적용하면 약 "
    "6천580만원이다. 지난해 매출 3억원에 견주면 적지 않다. {noun} 하나는 {eq}이다."
)


def test_a_price_of_one_further_back_for_a_noun_named_before(knowledge):
    text = _FAR_BACK.format(noun="채반", eq="우리 돈 약 3만2천900원")
    assert _role(knowledge, text, "약 3만2천900원") == ("conversion", "20유로")
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, _FAR_BACK.format(noun="채반", eq="우리 돈 약 4만2천900원"), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("noun", "eq", "written"), [("공장", "약 30억원", "약 30억원"), ("광주리", "약 3만원", "약 3만원")]
)
def test_a_noun_never_named_is_no_price_of_one_further_back(knowledge, noun, eq, written):
    text = _FAR_BACK.format(noun=noun, eq=eq)
    assert _role(knowledge, text, written) != ("conversion", "20유로")
    assert_not_fired(knowledge, text, CONVERSION)


_RATE = "하늘상사가 일본 나고야 업체와 부품 공급 계약을 맺었다. 계약액은 2억엔이다. {s}"


@pytest.mark.parametrize(
    ("s", "written", "source"),
    [
        # a fee per 100 units, the note a clause before: the fee's, no rate
        ("환산하면 약 18억원이고 수수료는 100엔에 약 3원이다.", "약 3원", "100엔"),
        # `1천엔`, written rounded: no round units a rate is stated per
        ("환산하면 1천엔에 약 1만2천30원이다.", "약 1만2천30원", "1천엔"),
    ],
)
def test_no_rate_per_units_the_note_does_not_reach(knowledge, s, written, source):
    text = _RATE.format(s=s)
    assert _role(knowledge, text, written) != ("conversion", source)
    assert_not_fired(knowledge, text, CONVERSION)


def test_a_rate_per_units_right_after_the_note(knowledge):
    text = _RATE.format(s="환산하면 100엔에 약 903원이다.")
    assert _role(knowledge, text, "약 903원") == ("conversion", "100엔")
    assert_checked(knowledge, _RATE.format(s="환산하면 100엔에 약 1천203원이다."), CONVERSION, fires=True)


_RETAIL = (
    "A Bradford mill will make 5,000 scarves for a Dublin chain at €19 a scarf. Each scarf will sell to {buyer} "
    "for {eq}."
)


def test_a_price_to_the_buyer_is_the_price_of_ones_equivalent(knowledge):
    text = _RETAIL.format(buyer="the chain", eq="about £16.30")
    assert _role(knowledge, text, "about £16.30") == ("conversion", "€19")
    assert_checked(knowledge, _RETAIL.format(buyer="the chain", eq="about £19.30"), CONVERSION, fires=True)


def test_a_price_to_the_public_is_a_retail_price_of_its_own(knowledge):
    text = _RETAIL.format(buyer="the public", eq="about £40")
    assert _role(knowledge, text, "about £40")[0] != "conversion"
    assert_not_fired(knowledge, text, CONVERSION)
