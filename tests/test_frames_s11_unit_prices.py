"""A price per unit stated once, reused by the totals of so many units valued at it (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a price per unit, then totals valued at it (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Brightwell sold 40 million shares at $12 each, the top of its range, to raise $480m in its listing.", False),
        ("Brightwell sold 40 million shares at $12 each, the top of its range, to raise $560m in its listing.", True),
        (
            "Brightwell priced its listing at $12 a share on Monday. "
            "At that price the company is valued at $3bn, with 250 million shares outstanding.",
            False,
        ),
        (
            "Brightwell priced its listing at $12 a share on Monday. "
            "At that price the company is valued at $3.6bn, with 250 million shares outstanding.",
            True,
        ),
        (
            "Ostrava Steel agreed to buy Kelm Mining for $45 a share in cash. "
            "The offer values Kelm's 80 million shares at about $3.6bn.",
            False,
        ),
        (
            "Ostrava Steel agreed to buy Kelm Mining for $45 a share in cash. "
            "The offer values Kelm's 80 million shares at about $4.4bn.",
            True,
        ),
        ("누리소재는 공모가를 주당 2만3천원으로 확정했다. 공모 주식은 300만주로, 공모 규모는 690억원이다.", False),
        ("누리소재는 공모가를 주당 2만3천원으로 확정했다. 공모 주식은 300만주로, 공모 규모는 750억원이다.", True),
        (
            "누리소재는 공모가를 주당 2만3천원으로 확정했다. 상장 후 전체 주식 2천400만주를 공모가로 계산한 "
            "시가총액은 5천520억원이다.",
            False,
        ),
        (
            "누리소재는 공모가를 주당 2만3천원으로 확정했다. 상장 후 전체 주식 2천400만주를 공모가로 계산한 "
            "시가총액은 6천300억원이다.",
            True,
        ),
        (
            "누리소재는 공모가를 주당 2만3천원으로 확정했다. 최대주주는 520만주를 보유한다. "
            "공모가 기준 지분 가치는 1천196억원이다.",
            False,
        ),
        (
            "누리소재는 공모가를 주당 2만3천원으로 확정했다. 최대주주는 520만주를 보유한다. "
            "공모가 기준 지분 가치는 1천400억원이다.",
            True,
        ),
    ],
)
def test_totals_valued_at_a_price_per_unit(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Meridian Foods has 50 million shares outstanding. Its shares fell 2% to $18 in New York on Friday, "
            "giving the company a market value of about $900m.",
            False,
        ),
        (
            "Meridian Foods has 50 million shares outstanding. Its shares fell 2% to $18 in New York on Friday, "
            "giving the company a market value of about $1.2bn.",
            True,
        ),
    ],
)
def test_market_value_at_the_share_price_over_the_articles_one_count_of_shares(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a dividend per share is paid per share: no price of it
        "Meridian Foods has 50 million shares outstanding. The board declared a dividend of $2 a share, and the "
        "company has a market value of about $900m.",
        # two counts of shares of different size stated: which one is valued is not said
        "Meridian Foods has 50 million shares outstanding and sold 5 million shares last year. Its shares fell 2% "
        "to $18 in New York on Friday, giving the company a market value of about $900m.",
    ],
)
def test_market_value_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize(
    "text",
    [
        # a count and a money figure with no words making one the value of the other: no product
        "Brightwell priced its listing at $12 a share. It has 250 million shares and revenue of $900m.",
        # the count names another noun than the price's
        "Brightwell priced its listing at $12 a share. It is valued at $3bn, with 4,000 employees.",
        # two prices of one noun stated before: which one applies is not said
        "Brightwell priced its listing at $12 a share, above the $10 a share of its rival. "
        "At that price it is valued at $3bn, with 250 million shares.",
        "누리소재는 공모가를 주당 2만3천원으로 확정했다. 공모 주식은 300만주이며 매출액은 750억원이다.",
    ],
)
def test_counts_and_money_not_said_to_be_a_product_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


def test_another_price_in_the_totals_clause_is_the_one_valued(knowledge):
    # another price in the total's sentence: the price stated before is not the one the count is valued at; the
    # clause's own price is (`sold 10 million shares at $8, raising $80m`: checker/link/restated_per_unit.py, s39)
    text = "Brightwell priced its listing at $12 a share. In 2019 it sold 10 million shares at $8, raising $80m."
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert not result.findings
    spans = [sorted(text[loc.start : loc.end] for loc in [p.location, *p.related]) for p in result.passed]
    assert spans == [["$8", "$80m", "10 million shares"]]


# ---------------------------------------------------------------- `주` from a thousand up counts shares


@pytest.mark.parametrize(
    "text,number,kind",
    [
        ("공모 주식은 250만주다.", "250만주", "count"),
        ("기관은 3천만주를 받았다.", "3천만주", "count"),
    ],
)
def test_shares_counted_in_ju(knowledge, text, number, kind):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert number in found and found[number].kind == kind and found[number].counter == "주"


def test_weeks_in_ju_are_no_count(knowledge):
    found = [c.text.strip() for c in claims("집값은 3주 뒤 다시 올랐다.", knowledge).claims]
    assert "3주" not in found


# ---------------------------------------------------------------- a list that divides an amount (F503)


@pytest.mark.parametrize(
    "text",
    [
        "상장 후 전체 주식 수는 2천만주다. 배정 물량은 우리사주 60만주(20%), 일반 청약자 90만주(30%), "
        "기관 150만주로 나뉜다.",
        "전체 발행 주식은 5천만주다. 이번 매각 물량은 국민연금 80만주(40%), 운용사 70만주(35%), 개인 50만주로 나뉜다.",
    ],
)
def test_shares_of_a_divided_list_are_not_of_the_largest_figure_before(knowledge, text):
    # `…로 나뉜다`: the parts divide the amount the sentence names, not the larger count stated before it
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not [f for f in result.findings if f.rule == "F503"], [f.message for f in result.findings]


# ---------------------------------------------------------------- a price applied to the count just before


_SOLD_EN = "Kirin Games said its new title had sold 2.5 million copies in its first month. "
_SOLD_KO = "기린게임즈의 신작은 출시 한 달 만에 250만장이 팔렸다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_SOLD_EN + "At an average selling price of $48, that works out to about $120m in sales.", False),
        (_SOLD_EN + "At an average selling price of $48, that works out to about $150m in sales.", True),
        (_SOLD_KO + "평균 판매가 4만8천원을 적용하면 매출은 1천200억원에 이른다.", False),
        (_SOLD_KO + "평균 판매가 4만8천원을 적용하면 매출은 1천500억원에 이른다.", True),
    ],
)
def test_price_applied_to_the_count_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two counts before: which one the price applies to is not said
        "Kirin Games sold 2.5 million copies of one title and 1.2 million of another. At an average selling price "
        "of $48, that works out to about $120m in sales.",
        # no words make the money figure the value of the copies
        _SOLD_EN + "At an average selling price of $48, the studio's revenue was $150m.",
        _SOLD_KO + "평균 판매가 4만8천원으로, 회사 매출은 1천500억원이다.",
    ],
)
def test_price_applied_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")
