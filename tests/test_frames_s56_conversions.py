"""Equivalents named by a note of conversion anywhere in their sentence (fifty-sixth session, the lead).

A deal's total in another currency, then, in its sentence or the next two, a hedged amount of the reader's currency
in a sentence that names a conversion (`[link.conversion_notes]`: `환율`, `환산`, `우리 돈`, `원화로`; `exchange rate`,
`reference rate`, `converted`, `at Tuesday's rate`, `at the European Central Bank's rate`), however the note is
worded and wherever it stands before the amount, or right after the amount (`around £16,700 at the Bank of England's
rate`: `[link.conversion_note_after]`):

- the amount restates the one total of the other currency the sentences before state (a price of one and a rate's
  one unit, `1유로=1천645원`, are no totals); it is the first amount of its currency after the note (one inside a
  parenthesis, the rate's, is passed over), it is hedged (`약`, `정도`, `about`, `nearly`), and no other time
  (`지난해`, `last year`) nor, in Korean, a topic of another noun (`포장비는`: `[link.conversion_other_topic]`)
  stands between;
- after that total's equivalent, a hedged amount of its currency whose own words make it per one (`or roughly £11.70
  a kite`, `about £19.29 for each kite`: `[link.unit_rate_after]`) restates the one price per one the total's
  sentences state; a one-unit topic reads it too (`A single kite fetches roughly`, `한 개에 2만1천 원쯤인데`).

And two readings of the numbers themselves: `1천393.5원` (a rate written with `천` and decimals) and `złoty`.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, claims, conversion_role

CONVERSION = "F202"


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


def _assert_restates(knowledge, text: str, holds: str, broken: str, source: str) -> None:
    """The amount written `holds` restates `source` and passes; written `broken`, it is reported."""
    assert _role(knowledge, text.format(eq=holds), holds) == ("conversion", source)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


# on the frame day: 36,000 CAD is about 3,649만 원 (12 CAD about 1만2,162원); 21,400 EUR about 3,520만 원;
# 250,000 THB about 1,074만 원 (500 THB about 2만1,480원)
_KOREAN_TOTALS = [
    # the total and the note in one sentence, topics of the total's clause before the note (3,600,000 JPY is about
    # 3,252만 원)
    (
        "찻잔 값은 개당 1천200엔으로 주문 총액은 360만 엔, 이날 기준환율로 환산하면 {eq}어치다.",
        "약 3천252만 원",
        "약 3천952만 원",
        "360만 엔",
    ),
    # the note opening the sentence after the total, the amount closing it with its verb
    (
        "보람 공방은 찻잔 3천 개를 개당 12캐나다달러씩, 모두 3만6천 캐나다달러에 팔기로 했다. "
        "한국은행이 고시한 기준환율을 적용하면 {eq}에 달한다.",
        "약 3천649만 원",
        "약 4천649만 원",
        "3만6천 캐나다달러",
    ),
    # the rate written out in parentheses after the note: the rate's amounts are passed over
    (
        "보람 공방의 수건 주문은 2만1천400유로어치다. 우리 돈으로는 기준환율(1유로=1천645원)을 적용해 {eq}에 이른다.",
        "약 3천520만 원",
        "약 4천520만 원",
        "2만1천400유로",
    ),
    # the hedge after the amount, the note before a verb of changing money
    (
        "보람 공방은 돗자리를 모두 25만 바트에 팔았다. 원화로 바꾸면 {eq}가 된다.",
        "1천74만 원 정도",
        "1천474만 원 정도",
        "25만 바트",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "total"), _KOREAN_TOTALS)
def test_korean_total_after_a_note_of_conversion(knowledge, text, holds, broken, total):
    _assert_restates(knowledge, text, holds, broken, total)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a topic of another noun between the note and the amount
        ("보람 공방은 모두 2만 유로를 받는다. 기준환율을 적용하면 포장비는 약 200만 원이다.", "약 200만 원"),
        # another time between: last year's amount, not the equivalent
        ("보람 공방은 모두 2만 유로를 받는다. 환율로 계산하면 지난해 수출액은 약 1억 원이었다.", "약 1억 원"),
        # no hedge: an amount of its own
        ("보람 공방은 모두 2만 유로를 받는다. 환율이 오르면서 운임으로 300만 원이 더 든다.", "300만 원"),
        # not the first amount of its currency after the note
        (
            "보람 공방은 모두 2만 유로를 받는다. 환율을 적용하면 3천290만 원으로, 지난해보다 약 500만 원 많다.",
            "약 500만 원",
        ),
        # two totals of other currencies before: which one, unsaid
        (
            "보람 공방은 가람 상사에 2만 유로, 누리 상사에 3만 달러어치를 판다. 환율로 환산하면 약 7천만 원이다.",
            "약 7천만 원",
        ),
    ],
)
def test_korean_hedged_amount_after_a_note_that_restates_nothing(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


def test_korean_price_of_one_with_its_hedge_after_after_the_total(knowledge):
    text = (
        "보람 공방은 돗자리 500장을 장당 500바트씩 모두 25만 바트에 팔았다. 원화로 바꾸면 1천74만 원 정도가 된다. "
        "한 장에 {eq}인데, 국내 판매가는 1만8천 원이다."
    )
    assert _role(knowledge, text.format(eq="2만1천 원쯤"), "2만1천 원쯤") == ("conversion", "500바트")
    assert_checked(knowledge, text.format(eq="2만1천 원쯤"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq="2만6천 원쯤"), CONVERSION, fires=True)


# on the frame day: 90,000 NOK is about £7,024 (150 NOK about £11.71); 84,000 PLN about £16,722 (35 PLN about £6.97);
# 30,000 AUD about £15,695 (60 AUD about £31.39); 52,000 USD about £38,579 (26 USD about £19.29)
_ENGLISH_TOTALS = [
    # a pronoun of the total after the note, no unit named (90,000 NOK is about £7,024)
    (
        "A Bergen shop is paying 90,000 kroner for the kites. At today's exchange rate that comes to {eq}.",
        "roughly £7,000",
        "roughly £9,000",
        "90,000 kroner",
    ),
    # the note opening the next sentence, a subject and a verb between it and the amount
    (
        "A Bergen shop is paying 150 kroner a kite, 90,000 kroner in all. "
        "Converted at the European Central Bank's reference rate, Mr Tolley will receive {eq}.",
        "about £7,020",
        "about £9,020",
        "90,000 kroner",
    ),
    # the note right after the amount
    (
        "A Gdansk chain is paying 35 złoty a tin, or 84,000 złoty in total, {eq} at the Bank of England's rate.",
        "around £16,700",
        "around £19,700",
        "84,000 złoty",
    ),
    # the note opening the sentence with no comma, the amount after a verb of worth
    (
        "A Perth shop is paying A$60 a board, A$30,000 for the lot. At Tuesday's rate the order is worth {eq} to "
        "the firm.",
        "nearly £15,700",
        "nearly £18,700",
        "A$30,000",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "total"), _ENGLISH_TOTALS)
def test_english_total_after_a_note_of_conversion(knowledge, text, holds, broken, total):
    _assert_restates(knowledge, text, holds, broken, total)


_ENGLISH_PRICES_OF_ONE = [
    # per one by the words after it, in the total's sentence
    (
        "A Bergen shop is paying 150 kroner a kite, 90,000 kroner in all. Converted at the European Central "
        "Bank's reference rate, that comes to about £7,020 for the order, or {eq} a kite.",
        "about £11.70",
        "about £15.70",
        "150 kroner",
    ),
    (
        "A Denver store will pay $26 a kite, a total of $52,000. That is some £38,600 at the Bank of England's "
        "rate, and works out at {eq} for each kite.",
        "about £19.29",
        "about £25.29",
        "$26",
    ),
    # a single one as the topic, in the sentence after the total's equivalent
    (
        "A Gdansk chain is paying 35 złoty a tin, or 84,000 złoty in total, around £16,700 at the Bank of "
        "England's rate. A single tin fetches {eq}, less than the £8 it costs at home.",
        "roughly £6.97",
        "roughly £9.97",
        "35 złoty",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken", "price"), _ENGLISH_PRICES_OF_ONE)
def test_english_price_of_one_after_the_total_s_equivalent(knowledge, text, holds, broken, price):
    _assert_restates(knowledge, text, holds, broken, price)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a rate of a thing, no conversion
        (
            "A Bergen shop is paying 90,000 kroner in all. The workshop sews at a rate of 40 kites a day and "
            "earns about £7,000 a month.",
            "about £7,000",
        ),
        # another time between the note and the amount
        (
            "A Bergen shop is paying 90,000 kroner in all. At today's exchange rate, last year's order was worth "
            "about £5,000.",
            "about £5,000",
        ),
        # the first amount after the note is no hedged one: the hedged one after it is a gap
        (
            "A Bergen shop is paying 90,000 kroner in all. At today's rate the order is worth £7,024, about £900 "
            "more than the last one.",
            "about £900",
        ),
        # two totals of other currencies before
        (
            "A Bergen shop is paying 90,000 kroner and a Perth shop A$30,000. At today's exchange rate the two "
            "orders are worth about £22,700.",
            "about £22,700",
        ),
        # a hedged amount per one that names another thing than the price does, with no price per one before
        (
            "A Bergen shop is paying 90,000 kroner in all. Converted at the reference rate, that is about £7,020, "
            "or about £3 a mile of the road.",
            "about £3",
        ),
    ],
)
def test_english_hedged_amount_near_a_note_that_restates_nothing(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("원/달러 환율은 1천393.5원에 마감했다.", "1천393.5원", 1393.5, "KRW"),
        ("기준환율(1유로=1천645.12원)을 적용했다.", "1천645.12원", 1645.12, "KRW"),
        ("The chain pays 21.40 złoty a jar.", "21.40 złoty", 21.4, "PLN"),
    ],
)
def test_numbers_of_conversions(knowledge, text, written, value, unit):
    found = {c.text: c for c in claims(text, knowledge, published=FRAME_DAY).claims}
    assert written in found
    assert (found[written].value, found[written].unit) == (value, unit)


# on the frame day: 91,200 USD is about 1억2,984만 원 (38 USD about 5만4,101원)
def test_korean_price_of_one_of_a_counter_that_counts_the_topic_s_noun(knowledge):
    text = (
        "가온 공방의 도자기 주전자는 개당 수출가가 38달러, 총 9만1천200달러어치다. "
        "한국은행이 고시한 환율로 계산하면 약 1억2천984만 원으로, 주전자 하나에 {eq}을 받는 셈이다."
    )
    assert _role(knowledge, text.format(eq="약 5만4천100원"), "약 5만4천100원") == ("conversion", "38달러")
    assert_checked(knowledge, text.format(eq="약 5만4천100원"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq="약 7만4천100원"), CONVERSION, fires=True)


def test_korean_price_of_one_of_another_noun_restates_nothing(knowledge):
    text = (
        "가온 공방은 주전자를 모두 9만1천200달러에 판다. 운송비는 개당 40달러다. "
        "한국은행이 고시한 환율로 계산하면 찻잔 하나에 약 5만6천 원꼴이다."
    )
    assert _role(knowledge, text, "약 5만6천 원")[0] != "conversion"


# on the frame day: Kč2,400 is about £85.03
def test_english_that_refers_back_to_the_price_closing_the_sentence_before(knowledge):
    text = (
        "Marlow Drapes will sew 300 metres of linen for a Brno theatre at Kč2,400 a metre. "
        "That is {eq}, some £5 below the £90 a metre it charges at home."
    )
    assert _role(knowledge, text.format(eq="about £85"), "about £85") == ("conversion", "Kč2,400")
    assert_checked(knowledge, text.format(eq="about £85"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq="about £65"), CONVERSION, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before closes on the total, not the price: which one `That` restates, unsaid
        "Marlow Drapes will sew linen for a Brno theatre at Kč2,400 a metre, Kč720,000 in all. That is about £85, "
        "some £5 below the £90 a metre it charges at home.",
        # `That` does not open the sentence
        "Marlow Drapes will sew 300 metres of linen for a Brno theatre at Kč2,400 a metre. Its own price at home "
        "is about £85, and that is about £85 too.",
    ],
)
def test_english_that_with_no_price_closing_the_sentence_before_restates_nothing(knowledge, text):
    assert _role(knowledge, text, "about £85")[0] != "conversion"


# (from the review) hedged amounts near words of a rate that restate no total: another noun's amount, another time,
# a rate that is no conversion, the rate itself, a gap, a second total compared with
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("누리 공방은 모두 3만 유로를 받는다. 환율로 환산하면 약 400만 원의 환차손이 났다.", "약 400만 원"),
        ("누리 공방은 모두 3만 유로를 받는다. 환율로 따지면 약 300만 원을 더 번다.", "약 300만 원"),
        ("누리 공방은 모두 3만 유로를 받는다. 환율로 환산하면 포장비가 약 120만 원 든다.", "약 120만 원"),
        ("누리 공방은 모두 3만 유로를 받는다. 원/달러 환율은 약 1천420원이다.", "약 1천420원"),
        ("누리 공방은 모두 3만 유로를 받는다. 지난해 매출은 환산하면 약 4천만 원이었다.", "약 4천만 원"),
        ("누리 공방은 모두 3만 유로를 받는다. 한때 환율이 치솟아 약 6천만 원을 넘기도 했다.", "약 6천만 원"),
        (
            "누리 공방은 접시 1천 개를 개당 30유로, 모두 3만 유로에 판다. 환율로 환산하면 약 4천935만 원이다. "
            "포장비는 한 개에 약 2천 원쯤인데, 공방이 낸다.",
            "약 2천 원쯤",
        ),
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. Converted at today's rate, the firm's yearly "
            "turnover is about £1.8m.",
            "about £1.8m",
        ),
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. At today's exchange rate the order earns the firm "
            "about £2,000 more than last spring's.",
            "about £2,000",
        ),
        (
            "A Bodø family paid 3.1m kroner for the farm. The converted granary beside it sold for about £250,000.",
            "about £250,000",
        ),
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. The exchange rate has cost the maker about £3,000.",
            "about £3,000",
        ),
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. The maker borrowed about £20,000 at the Bank of "
            "England's rate plus three points.",
            "about £20,000",
        ),
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. At 2018's exchange rate the order would have been "
            "worth about £8,600.",
            "about £8,600",
        ),
        (
            "A Bodø shop is paying £7,400 for the kites. At today's rate, one pound buys about 12.8 kroner.",
            "about 12.8",
        ),
        # a part of the total after the note
        (
            "A Bodø shop is paying 95,000 kroner for 600 kites. At the prevailing rate, the mill's share of that is "
            "about £3,000, the rest going to the printers.",
            "about £3,000",
        ),
        # the reader's currency named, then another noun's amount, or no currency at all
        ("Halden Rovers paid €20m for the striker. In sterling terms, the wage bill is about £9m.", "about £9m"),
        ("Halden Rovers paid €20m for the striker. In pounds of flour, the bakery spent about £300.", "about £300"),
        (
            "A Bodø shop is paying $58,000 for the boots, up from $41,000. At today's rate, the earlier order "
            "would fetch about £30,400.",
            "about £30,400",
        ),
        (
            "A Bodø shop is paying 150 kroner a kite, 90,000 kroner in all. Converted at the reference rate, that "
            "comes to about £7,020, or about £3 a visitor to the fair.",
            "about £3",
        ),
        (
            "A Bodø shop is paying 150 kroner a kite, 90,000 kroner in all, about £7,020 at today's exchange "
            "rate. The tail for each kite costs about £1.20.",
            "about £1.20",
        ),
    ],
)
def test_hedged_amount_near_a_rate_that_restates_no_total(knowledge, text, written):
    found = {c.text: c for c in claims(text, knowledge, published=FRAME_DAY).claims}
    claim = next(c for t, c in found.items() if t.startswith(written))
    assert claim.role != "conversion"


# the order's share of last year's sales: the part is the total's equivalent a later sentence states, not the price of
# one the lead states first (1억2,984만 / 5억2천만 is 25.0%)
def test_korean_order_s_share_takes_the_total_s_equivalent_stated_later(knowledge):
    text = (
        "가온 공방, 주전자 2천400개 수출\n\n가온 공방이 주전자 2천400개를 수출한다. 개당 수출가는 38달러, "
        "총 9만1천200달러 규모다. 한국은행이 고시한 환율로 계산하면 약 1억2천984만 원으로, 주전자 하나에 "
        "약 5만4천100원을 받는 셈이다. 용량별로는 대형 1천500개, 소형 900개다. 이번 수출액은 가온 공방 지난해 "
        "매출 5억2천만 원의 {share}에 해당한다."
    )
    assert_checked(knowledge, text.format(share="25%"), "F503", fires=False)
    assert_checked(knowledge, text.format(share="35%"), "F503", fires=True)
