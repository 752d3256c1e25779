"""Equivalents in another currency (fifty-second session, lane `conv`).

- The rate of a named day between an amount and its equivalent: `worth 36 million forints, or about £87,000 at
  Monday's rate` (`[equivalents] rate_notes`: today's, yesterday's, the day's, a weekday's), `5만2천 유로로 이날 환율로
  약 9천150만 원이다` (`[equivalents] apposed`: 이날/오늘/현재/당일 … 환율로, before the won amount).
- A price per one and its equivalent per one: `SEK3,000 a lamp, or roughly £236 apiece` (`[equivalents] head_noun`
  takes `a`/`per`/`each` and the noun; `per_one_words`: `each`, `apiece` after the equivalent, or `per_one_noun`: `a
  NOUN`, the price's own noun, never another's nor a time's: `SEK2,400 a lamp, or £40 a year` restates nothing),
  hedged by a bound (`, just over £990`).
- A currency's sign of two letters against the digits, read only where the article names the currency or its
  country (`Ft410,000` in copy that names Budapest: `[cued_prefixes]`).
- Once the equivalent is read, what the sentence says of it still reads: a share beside it (`R2,150 a rug, roughly £97
  apiece, or a fifth of the £485 …`), a gap in its money (`about 6p, some 2p less
  than the 8p`: checker/link/gaps_from_equivalents.py), a rate against a figure of its money (`about £1,495,
  against the £1,800 it asks at home, so … about 17 per cent lower`: checker/link/change_fallback.py; `roughly £37
  each, compared with the £42 …, or about an eighth less`: checker/link/roles.py), and the order's level a later
  share of turnover takes as its part (`The order is worth a quarter of …`: the lead's first amount's equivalent,
  checker/link/shares_of_a_stated_whole.py).

Every sentence is written for this file, with invented places, names and numbers; rates are the ECB's of the day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked

CONVERSION, DIFFERENCE, GROWTH, SHARE = "F202", "F305", "F301", "F503"
DAY = dt.date(2026, 6, 10)  # (a Wednesday with reference rates)

_RATE_OF_THE_DAY = [
    # (text, holding equivalent, broken equivalent)
    (
        "Lamps\n\nA Gorran lampmaker has won an order from a Debrecen hotel worth 36 million forints, or about "
        "£{eq} at Monday's rate.",
        "87,000",
        "117,000",
    ),
    (
        "Tables\n\nA Holt joiner will ship tables to Lyon worth €420, or roughly £{eq} at today's exchange rate.",
        "362",
        "462",
    ),
    ("램프\n\n주문액은 5만2천 유로로 이날 환율로 약 {eq}만 원이다.", "9천150", "1억1천150"),
    ("찻잔\n\n주문액은 540만 엔으로, 현재 환율로 약 {eq}만 원이다.", "5천130", "6천330"),
]


@pytest.mark.parametrize("template,holding,broken", _RATE_OF_THE_DAY)
def test_an_equivalent_at_the_rate_of_a_named_day(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(eq=holding), CONVERSION, fires=False, published=DAY)
    assert_checked(knowledge, template.format(eq=broken), CONVERSION, fires=True, published=DAY)


_PER_ONE = [
    (
        "Lamps\n\nThe Malmo shop will pay SEK3,000 a lamp, or roughly £{eq} apiece, for the order.",
        "236",
        "336",
    ),
    (
        "Chairs\n\nThe Lyon hotel will pay €420 apiece, or about £{eq} each, for the chairs.",
        "362",
        "312",
    ),
    (
        "Tables\n\nA Budapest cafe has ordered tables from a Holt joiner. Each table costs Ft410,000, just over £{eq}.",
        "990",
        "1,390",
    ),
    (
        "Rugs\n\nA Durban store is buying rugs from Kelso. It is paying R2,150 a rug, roughly £{eq} apiece at "
        "Thursday's exchange rate.",
        "97",
        "127",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PER_ONE)
def test_a_price_per_one_and_its_equivalent_per_one(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(eq=holding), CONVERSION, fires=False, published=DAY)
    assert_checked(knowledge, template.format(eq=broken), CONVERSION, fires=True, published=DAY)


_NO_EQUIVALENT = [
    # a gap after the second amount: no restatement of the first
    "Rooms\n\nThe Lyon hotel charges €420 a night, about £60 more than the inn across the square.",
    # the rate's day named, but the second amount is last year's gap
    "램프\n\n주문액은 5만2천 유로로, 이날 환율로 지난해보다 약 900만 원 많다.",
    # `Ft` against digits in copy that names neither the forint nor its country: a model's name
    "Engines\n\nThe Ft410 engine sold well this year, just over £990 a unit.",
    # a second price per another noun or per a time: no restatement of the price per one (review)
    "Lamps\n\nThe Malmo shop pays SEK2,400 a lamp, or roughly £40 a year, for their upkeep.",
    "Rooms\n\nThe Lyon hotel charges €420 a night, or £95 a head, for the suite.",
    "Rooms\n\nThe Lyon hotel charges €420 a night (£95 a head) for the suite.",
    "Seats\n\nThe Lyon club paid €3,100, or £130 per seat, for the works.",
]


@pytest.mark.parametrize("text", _NO_EQUIVALENT)
def test_no_equivalent_is_read(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION, published=DAY)


_GAPS_AND_RATES_OF_THE_EQUIVALENT = [
    # (text, rule, holding, broken)
    (
        "Buttons\n\nA Truro button maker has an order worth £2,400 from Oslo. The shop is paying NOK0.80 a button, "
        "about 6p, some {x}p less than the 8p the firm charges at home.",
        DIFFERENCE,
        "2",
        "5",
    ),
    (
        "Cloth\n\nThe Aarhus shop will pay DKK250 a metre, which is just over £28, or £{x} below the £32 trade price.",
        DIFFERENCE,
        "4",
        "9",
    ),
    (
        "Chairs\n\nThe firm will be paid $2,000 a chair, about £1,495, against the £1,800 it asks at home, so the "
        "price abroad is about {x} per cent lower.",
        GROWTH,
        "17",
        "30",
    ),
    (
        "Pens\n\nThat is 190 zloty a pen, roughly £37 each, compared with the £42 the firm charges on its website, "
        "or about {x} less.",
        GROWTH,
        "an eighth",
        "a third",
    ),
]


@pytest.mark.parametrize("template,rule,holding,broken", _GAPS_AND_RATES_OF_THE_EQUIVALENT)
def test_a_gap_or_rate_of_the_equivalent(knowledge, template, rule, holding, broken):
    assert_checked(knowledge, template.format(x=holding), rule, fires=False, published=DAY)
    assert_checked(knowledge, template.format(x=broken), rule, fires=True, published=DAY)


_ORDER = (
    "Hovercraft\n\nA Wexcombe boatyard has won an order for six craft from a rescue school in Szeged worth 36 "
    "million forints, or about £87,000 at Monday's rate.\n\nThe yard employs 14 people.\n\n"
    "The order is worth {share} of the yard's turnover last year of £348,000."
)


def test_the_order_stated_in_another_money_is_the_part_of_a_share_of_turnover(knowledge):
    assert_checked(knowledge, _ORDER.format(share="a quarter"), SHARE, fires=False, published=DAY)
    assert_checked(knowledge, _ORDER.format(share="a third"), SHARE, fires=True, published=DAY)


_PRICE_AS_SHARE = (
    "Rugs\n\nThe Durban store pays R2,150 a rug, roughly £97 apiece, or {share} of the £485 a rug sells for in Kelso."
)


def test_a_price_restated_in_the_whole_s_money_is_the_part_of_its_share(knowledge):
    # (review: once `roughly £97 apiece` is the price's equivalent, the share beside it still takes it as its part)
    assert_checked(knowledge, _PRICE_AS_SHARE.format(share="a fifth"), SHARE, fires=False, published=DAY)
    assert_checked(knowledge, _PRICE_AS_SHARE.format(share="a third"), SHARE, fires=True, published=DAY)


def test_an_order_priced_per_one_is_no_part_of_a_share_of_turnover(knowledge):
    # (the lead's first amount is a price per craft: the order's level is not stated)
    text = (
        "Hovercraft\n\nA Wexcombe boatyard will build craft for a rescue school in Szeged at 6 million forints a "
        "craft, or about £14,500 each at Monday's rate.\n\nThe yard employs 14 people.\n\n"
        "The order is worth a third of the yard's turnover last year of £348,000."
    )
    assert_not_linked(knowledge, text, SHARE, published=DAY)
