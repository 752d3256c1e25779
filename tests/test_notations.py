"""Constructions of real copy, each a rule tested on sentences written for it."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.extract import extract
from checker.models import Document


def read(text: str, language: str):
    ex = extract(Document(path="t.md", text=text, published=dt.date(2024, 8, 27), language=language))
    return [(m.text, m.quantity.unit, m.quantity.counter, m.quantity.value) for m in ex.mentions], ex


def test_an_ellipsis_may_touch_the_number():
    found, _ = read("수출 최대...3,120억달러 돌파", "ko")
    assert found == [("3,120억달러", "USD", None, pytest.approx(3.12e11))]


def test_a_unit_written_once_serves_both_sides_of_an_arrow():
    found, _ = read("예산은 2조4000억→2조9000억원으로 늘었다.", "ko")
    assert [(t, u) for t, u, _, _ in found] == [("2조4000억", "KRW"), ("2조9000억원", "KRW")]
    found, _ = read("매출은 5조에서 6조원으로 늘었다.", "ko")
    assert [(t, u) for t, u, _, _ in found] == [("5조", "KRW"), ("6조원", "KRW")]


def test_hanja_myriads_and_dollar_in_headlines():
    found, _ = read("외환보유액 4,120억弗…석 달째 늘어", "ko")
    assert found == [("4,120억弗", "USD", None, pytest.approx(4.12e11))]
    found, _ = read("개인 3兆원어치 매수", "ko")
    assert found[0][3] == pytest.approx(3e12)


def test_a_signed_change_after_a_quote_is_left_bare():
    found, _ = read("종가는 48,250원 ▲350으로 마감했다.", "ko")
    assert found == [("48,250원", "KRW", None, 48250.0)]


def test_a_list_of_counts_by_place_names_the_noun_once():
    found, _ = read("The toll rose to 412 deaths, 51 from Ohio, nine from Utah and 30 in Texas, "
                    "followed by Iowa at 17.", "en")
    assert [(t, c, v) for t, _, c, v in found] == [
        ("412 deaths", "deaths", 412), ("51", "deaths", 51), ("nine", "deaths", 9), ("30", "deaths", 30),
        ("17", "deaths", 17)]


def test_a_scaled_number_is_a_quantity_and_an_acronym_after_it_is_its_counter():
    found, _ = read("Capacity rose to 31.2 billion ASK, while traffic fell to 4.4 million from 9.8 million.", "en")
    assert found == [("31.2 billion ASK", "count", "ASK", pytest.approx(3.12e10)),
                     ("4.4 million", "count", "", pytest.approx(4.4e6)),
                     ("9.8 million", "count", "", pytest.approx(9.8e6))]


def test_currency_subunits():
    found, _ = read("The interim dividend is 31.5 HK cents, against 12 pence last year.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [("31.5 HK cents", "HKD", pytest.approx(0.315)),
                                                  ("12 pence", "GBP", pytest.approx(0.12))]


def test_indian_digit_grouping_reads_in_a_document_that_counts_in_crore():
    found, ex = read("Tax receipts were ₹1,62,712 crore, of which 2,45,310 cases were settled.", "en")
    assert found[0] == ("₹1,62,712 crore", "INR", None, pytest.approx(1.62712e12))
    assert not ex.malformed
    _, ex = read("The company booked revenue of $1,23,456 last year.", "en")
    assert [b.text for b in ex.malformed] == ["1,23,456"]


def test_number_words_before_a_counted_noun():
    found, _ = read("Nineteen MPs and eight ministers quit; it took two years.", "en")
    assert [(t, c, v) for t, _, c, v in found] == [("Nineteen MPs", "MPs", 19), ("eight ministers", "ministers", 8)]


def test_a_sign_after_a_space_is_not_a_range():
    found, _ = read("주가는 12,400원 -1.2%로 내렸다.", "ko")
    assert [(t, u) for t, u, _, _ in found] == [("12,400원", "KRW"), ("1.2%", "percent")]


def test_a_korean_date_needs_its_day_word_before_a_number():
    found, ex = read("2023년 11월 12억 달러를 들였다.", "ko")
    assert [t.text for t in ex.times] == ["2023년 11월"]
    assert found[0][:2] == ("12억 달러", "USD")
    _, ex = read("2023.11.12 공시", "ko")
    assert [t.period for t in ex.times] == ["2023-11-12"]
    _, ex = read("2023/04/28 14:00 기준", "ko")  # a slash date needs no 일, even before a time
    assert [t.period for t in ex.times] == ["2023-04-28"]


def test_fiscal_year():
    _, ex = read("Sales peaked in fiscal 2007 and again in fiscal year 2019.", "en")
    assert [t.period for t in ex.times] == ["2007", "2019"]


def test_yen_by_context():
    found, _ = read("Toyota's profit fell to ¥1.2tn as sales in China slowed.", "en")
    assert found[0][1] == "JPY"
    found, _ = read("Tencent, the Chinese group, earned ¥50.3bn.", "en")
    assert found[0][1] == "CNY"


def test_a_myriad_unit_before_a_currency_word_is_a_unit():
    found, _ = read("시장 규모는 1조달러에 이른다. 자금 조달 계획도 밝혔다.", "ko")
    assert found == [("1조달러", "USD", None, 1e12)]


def test_a_decimal_duration_is_a_measured_quantity():
    found, _ = read("월 근로시간은 163.5시간으로 3년 만에 늘었다.", "ko")
    assert found == [("163.5시간", "count", "시간", 163.5)]


@pytest.mark.parametrize("text", ["The city spent $3.2 billion on roads.", "Parliament meant $40 million for schools.",
                                  "Its rent $1,200 a month."])
def test_a_letter_prefix_that_fails_its_boundary_leaves_the_symbol(text):
    # `spent $3.2` must not be read as a spaced `NT $` that then fails, losing the `$`.
    found, _ = read(text, "en")
    assert found[0][1] == "USD"


@pytest.mark.parametrize("text", ["COVID-19 cases rose again.", "The F-35 order was cut.", "Flight MH-17 was lost."])
def test_digits_joined_to_a_word_by_a_hyphen_are_a_name(text):
    found, _ = read(text, "en")
    assert found == []
