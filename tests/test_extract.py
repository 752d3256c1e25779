"""Quantities in real sentences: units, qualifiers, ranges, parentheticals, non-quantities."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from helpers import document

from checker.extract import extract

PUB = dt.date(2024, 8, 27)


def quantities(text: str, published=PUB, language=None):
    ex = extract(document(text, published, language))
    return [(m.text, m.quantity) for m in ex.mentions], ex


def only(text: str, **kw):
    found, _ = quantities(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence,span,unit,value",
    [
        ("상반기 자본 지출 총액은 500억 위안이었다.", "500억 위안", "CNY", 5e10),
        ("8억 달러를 투자했다.", "8억 달러", "USD", 8e8),
        ("9조 2946억원으로 늘었다.", "9조 2946억원", "KRW", 9.2946e12),
        ("가격은 $14만이다.", "$14만", "USD", 1.4e5),
        ("요금은 US$ 5이다.", "US$ 5", "USD", 5),
        ("₩3,000에 판다.", "₩3,000", "KRW", 3000),
        ("€20에 판다.", "€20", "EUR", 20),
        ("100엔 정도다.", "100엔 정도", "JPY", 100),
        ("1000유로를 냈다.", "1000유로", "EUR", 1000),
        ("미화 300달러를 냈다.", "미화 300달러", "USD", 300),
        ("점유율은 42%다.", "42%", "percent", 42),
        ("비중은 3퍼센트다.", "3퍼센트", "percent", 3),
        ("금리가 0.25%포인트 올랐다.", "0.25%포인트", "pp", 0.25),
        ("금리가 0.3%p 내렸다.", "0.3%p", "pp", 0.3),
        ("매출이 3배 늘었다.", "3배", "multiple", 3),
        ("서버 300여대가 있다.", "300여대", "count", 300),
        ("직원 1,200명이 일한다.", "1,200명", "count", 1200),
        ("전국 17곳에 있다.", "17곳", "count", 17),
    ],
)
def test_units(sentence, span, unit, value):
    text, quantity = only(sentence)
    assert text == span
    assert quantity.unit == unit
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence,low,high,low_open,high_open",
    [
        ("약 4조 2869억원이다.", 4.2869e12 * 0.995 - 0.5e8, 4.2869e12 * 1.005 + 0.5e8, False, False),
        ("100만 개 이상을 출하한다.", 1e6, math.inf, False, False),
        ("최소 17개 시 정부가 약속했다.", 17, math.inf, False, False),
        ("500억 달러가 넘는 현금이 있다.", 5e10, math.inf, True, False),
        ("190개가 넘는 모델이 있다.", 190, math.inf, True, False),
        ("요금을 2달러 이하로 해준다.", -math.inf, 2, False, False),
        ("5000원 미만이다.", -math.inf, 5000, False, True),
        ("300여대의 서버", 300, 400, False, True),
        ("수십만 대의 H20을 샀다.", 1e5, 1e6, False, True),
        ("수십억 달러를 투자했다.", 1e9, 1e10, False, True),
        ("매출의 절반이다.", 0.5, 0.5, False, False),
    ],
)
def test_qualifiers_map_to_intervals(sentence, low, high, low_open, high_open):
    _, quantity = only(sentence)
    assert quantity.low == pytest.approx(low)
    assert quantity.high == pytest.approx(high) if math.isfinite(high) else quantity.high == high
    assert (quantity.low_open, quantity.high_open) == (low_open, high_open)


@pytest.mark.parametrize(
    "sentence,unit,low,high",
    [
        ("대당 12,000~13,000달러에 판다.", "USD", 11500, 13500),
        ("개당 1만2000∼1만3000달러에 판다.", "USD", 11500, 13500),
        ("바우처는 $14만에서 $28만 사이의 가치가 있다.", "USD", 135000, 285000),
        ("비용을 40~50% 절감한다.", "percent", 39.5, 50.5),
        ("25000 - 30000원이다.", "KRW", 24500, 30500),
        ("10만 달러에서 20만 달러 사이다.", "USD", 95000, 205000),
    ],
)
def test_ranges(sentence, unit, low, high):
    _, quantity = only(sentence)
    assert quantity.kind == "range" and quantity.unit == unit
    assert (quantity.low, quantity.high) == (pytest.approx(low), pytest.approx(high))


def test_change_from_to_is_not_a_range():
    found, _ = quantities("수입산 비중이 지난해 63%에서 올해 42%로 떨어진다.")
    assert [t for t, _ in found] == ["63%", "42%"]


@pytest.mark.parametrize(
    "sentence",
    [
        "엔비디아의 H100과 H20, GB10을 쓴다.",
        "리서치 그룹 86리서치의 분석가가 말했다.",
        "'중국 제조 2025'를 대체할 계획이다.",
        "2015~2025년까지 시행한 계획이다.",
        "3주 뒤부터 활용했다.",
        "10년 동안 집중할 예정이다.",
    ],
)
def test_not_quantities(sentence):
    found, _ = quantities(sentence)
    assert found == []


def test_parenthetical_equivalents_point_at_the_head():
    found, ex = quantities("총액은 500억 위안(70억 달러·9조 2946억원)으로 늘었다.")
    assert [t for t, _ in found] == ["500억 위안", "70억 달러", "9조 2946억원"]
    assert [m.in_parens_of for m in ex.mentions] == [None, 0, 0]


def test_full_width_digits_and_nbsp_keep_original_offsets():
    text = "매출은 ５００억\u00a0위안이다."
    ((span, quantity),) = quantities(text)[0]
    assert span == "５００억\u00a0위안" and quantity.value == 5e10


def test_decomposed_hangul_is_normalized_with_an_offset_map():
    import unicodedata

    text = unicodedata.normalize("NFD", "매출은 500억 위안이다.")
    found, ex = quantities(text)
    mention = ex.mentions[0]
    assert text[mention.start : mention.end] == mention.text
    assert unicodedata.normalize("NFC", mention.text) == "500억 위안"


@pytest.mark.parametrize(
    "sentence,span,unit,value",
    [
        ("Alibaba invested $800 million in Moonshot.", "$800 million", "USD", 8e8),
        ("Capex was 23bn yuan in the first half.", "23bn yuan", "CNY", 2.3e10),
        ("The total was 50 billion yuan.", "50 billion yuan", "CNY", 5e10),
        ("Spending was up 123% year on year.", "123%", "percent", 123),
        ("Margins rose 0.3 percentage points.", "0.3 percentage points", "pp", 0.3),
    ],
)
def test_english(sentence, span, unit, value):
    text, quantity = only(sentence, language="en")
    assert (text, quantity.unit) == (span, unit)
    assert quantity.value == pytest.approx(value)


def test_english_parenthetical():
    found, ex = quantities("The total was 50 billion yuan ($7bn).", language="en")
    assert [t for t, _ in found] == ["50 billion yuan", "$7bn"]
    assert ex.mentions[1].in_parens_of == 0


def test_english_doubled_is_a_multiple():
    _, quantity = only("Revenue doubled from a year earlier.", language="en")
    assert quantity.kind == "multiple" and quantity.value == 2


def test_digit_counts_and_measures_in_base_units():
    _, quantity = only("내년에는 두 자릿수 성장을 기대한다.")
    assert (quantity.unit, quantity.low, quantity.high) == ("percent", 10, 100)
    _, tonnes = only("연간 1,000t을 생산한다.")
    _, kilos = only("연간 100만kg을 생산한다.")
    assert (tonnes.unit, tonnes.value) == (kilos.unit, kilos.value) == ("kg", 1e6)


def test_vague_magnitudes_keep_their_unit():
    _, money = only("수백억 원을 쏟아부었다.")
    assert (money.kind, money.unit, money.low, money.high) == ("money", "KRW", 1e10, 1e11)
    _, count = only("수천 개가 팔렸다.")
    assert (count.kind, count.counter, count.low, count.high) == ("count", "개", 1000, 10000)
