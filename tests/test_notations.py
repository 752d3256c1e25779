"""Constructions of real copy, each a rule tested on sentences written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract import extract
from checker.models import Document
from checker.periods import period_string


def read(text: str, language: str):
    ex = extract(Document(path="t.md", text=text, published=dt.date(2024, 8, 27), language=language))
    return [(m.text, m.quantity.unit, m.quantity.counter, m.quantity.value) for m in ex.mentions], ex


def test_an_ellipsis_may_touch_the_number():
    found, _ = read("수출 최대...3,120억달러 돌파", "ko")
    assert found == [("3,120억달러 돌파", "USD", None, pytest.approx(3.12e11))]


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


def test_a_signed_change_after_a_quote_is_in_its_currency():
    # The linker reads the mark as a change (and keeps a site's quote widget out of its checks).
    found, _ = read("종가는 48,250원 ▲350으로 마감했다.", "ko")
    assert found == [("48,250원", "KRW", None, 48250.0), ("350", "KRW", None, 350.0)]


def test_a_list_of_counts_by_place_names_the_noun_once():
    found, _ = read(
        "The toll rose to 412 deaths, 51 from Ohio, nine from Utah and 30 in Texas, followed by Iowa at 17.", "en"
    )
    assert [(t, c, v) for t, _, c, v in found] == [
        ("412 deaths", "deaths", 412),
        ("51", "deaths", 51),
        ("nine", "deaths", 9),
        ("30", "deaths", 30),
        ("17", "deaths", 17),
    ]


def test_a_scaled_number_is_a_quantity_and_an_acronym_after_it_is_its_counter():
    found, _ = read("Capacity rose to 31.2 billion ASK, while traffic fell to 4.4 million from 9.8 million.", "en")
    assert found == [
        ("31.2 billion ASK", "count", "ASK", pytest.approx(3.12e10)),
        ("4.4 million", "count", "", pytest.approx(4.4e6)),
        ("9.8 million", "count", "", pytest.approx(9.8e6)),
    ]


def test_currency_subunits():
    found, _ = read("The interim dividend is 31.5 HK cents, against 12 pence last year.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [
        ("31.5 HK cents", "HKD", pytest.approx(0.315)),
        ("12 pence", "GBP", pytest.approx(0.12)),
    ]


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
    assert [str(t.period) for t in ex.times] == ["2023-11-12"]
    _, ex = read("2023/04/28 14:00 기준", "ko")  # a slash date needs no 일, even before a time
    assert [str(t.period) for t in ex.times] == ["2023-04-28"]


def test_fiscal_year():
    _, ex = read("Sales peaked in fiscal 2007 and again in fiscal year 2019.", "en")
    assert [str(t.period) for t in ex.times] == ["2007", "2019"]


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


@pytest.mark.parametrize(
    "text",
    ["The city spent $3.2 billion on roads.", "Parliament meant $40 million for schools.", "Its rent $1,200 a month."],
)
def test_a_letter_prefix_that_fails_its_boundary_leaves_the_symbol(text):
    # `spent $3.2` must not be read as a spaced `NT $` that then fails, losing the `$`.
    found, _ = read(text, "en")
    assert found[0][1] == "USD"


@pytest.mark.parametrize("text", ["COVID-19 cases rose again.", "The F-35 order was cut.", "Flight MH-17 was lost."])
def test_digits_joined_to_a_word_by_a_hyphen_are_a_name(text):
    found, _ = read(text, "en")
    assert found == []


def _times(text: str, language: str):
    _, ex = read(text, language)
    return [(t.text, period_string(t.period), t.role) for t in ex.times]


@pytest.mark.parametrize(
    "text,span",
    [
        ("구단은 투수와 4년간 총액 80억원에 계약했다.", "4년"),
        ("첫 발표 이후 5년 3개월이 지나 두 배가 됐다.", "5년 3개월"),
        ("공장 가동 이후 9개월여 만에 흑자를 냈다.", "9개월여 만에"),
        ("집값은 다시 8개월 만에 1억원 올랐다.", "8개월 만에"),
    ],
)
def test_a_span_of_time_is_a_time_expression_without_a_period_in_korean(text, span):
    assert (span, None, "relative") in _times(text, "ko")
    found, _ = read(text, "ko")
    assert all(span not in t for t, *_ in found)


def test_a_two_digit_year_and_a_decade_are_not_spans():
    assert [t for t, _, role in _times("24년 3월에 출시했고 1990년대에 팔렸다.", "ko") if role == "relative"] == []


def test_a_span_of_time_in_english():
    assert ("12 years", None, "relative") in _times("The mill posted its first loss in 12 years.", "en")
    assert ("Four years", None, "relative") in _times("Four years later the mill closed.", "en")


def test_a_day_with_its_hour_is_one_time_expression():
    assert [t for t, *_ in _times("5일 0시 기준 확진자는 1만 2천 명이다.", "ko")] == ["5일 0시"]


def test_parts_of_a_total_in_parentheses_take_its_unit():
    found, _ = read("갑당은 총 23석(15+8), 을당은 9석(6+3)을 얻었다.", "ko")
    assert [(t, c, v) for t, _, c, v in found] == [
        ("23석", "석", 23),
        ("15", "석", 15),
        ("8", "석", 8),
        ("9석", "석", 9),
        ("6", "석", 6),
        ("3", "석", 3),
    ]
    found, _ = read("Revenue was $9bn ($5bn + $4bn).", "en")
    assert [u for _, u, _, _ in found] == ["USD", "USD", "USD"]


def test_a_parenthesis_that_is_not_a_sum_stays_bare():
    found, _ = read("갑당은 23석(15, 8)을 얻었다.", "ko")
    assert [t for t, *_ in found] == ["23석"]
    found, _ = read("행사 가격은 5,000원(1+1)이다.", "ko")  # an offer, not the parts of the price
    assert [t for t, *_ in found] == ["5,000원"]
    found, _ = read("갑당은 23석(12+7)을 얻었다.", "ko")  # parts that miss the total are read (F-checks judge)
    assert [v for *_, v in found] == [23, 12, 7]
    found, _ = read("갑당은 230석(15+8)을 얻었다.", "ko")  # a unit slip in the total too
    assert [v for *_, v in found] == [230, 15, 8]


def test_a_tally_of_labelled_numbers_is_a_list_of_counts():
    found, _ = read("The final count -- Red 210, Blue (Union) 95, Green Left 14, Gold, 3 and Grey 1.", "en")
    assert [(t, v) for t, _, _, v in found] == [("210", 210), ("95", 95), ("14", 14), ("3", 3), ("1", 1)]
    assert {u for _, u, _, _ in found} == {"count"}


def test_two_labelled_numbers_and_names_with_numbers_are_no_tally():
    found, _ = read("The Alpha 3 and the Beta 7 were shown.", "en")
    assert found == []
    found, _ = read("Model 3, Model Y 2 and Galaxy S24 sold well.", "en")
    assert found == []
    found, _ = read("It bundles Windows 10, Office 365 and Xbox 360 games.", "en")
    assert found == []


def test_a_tally_goes_on_after_a_count_with_word_numbers():
    found, _ = read("Ohio has 41 cases, Iowa and Utah nine, Maine seven and Texas 12.", "en")
    assert [(t, c, v) for t, _, c, v in found] == [
        ("41 cases", "cases", 41),
        ("nine", "cases", 9),
        ("seven", "cases", 7),
        ("12", "cases", 12),
    ]


def test_numbers_before_each_count_what_the_sentence_counts():
    found, _ = read("Of 90 deaths, 70 were in Ohio, two each in Iowa and Utah and one each in Maine.", "en")
    assert ("two", "deaths", 2) in [(t, c, v) for t, _, c, v in found]
    assert ("one", "deaths", 1) in [(t, c, v) for t, _, c, v in found]


def test_one_is_still_no_count_before_a_noun():
    found, _ = read("One company said it would hire.", "en")
    assert found == []


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    found, _ = read("The party won 150 of the assembly's 300 seats.", "en")
    assert [(t, c) for t, _, c, _ in found] == [("150", "seats"), ("300 seats", "seats")]
    found, _ = read("It sold 500 of the 300 seats.", "en")  # a part larger than its whole is no part
    assert [t for t, *_ in found] == ["300 seats"]


def test_a_name_with_a_number_may_stand_between_a_number_and_its_noun():
    found, _ = read("The state logged 41 COVID-19 deaths and three F-35 crashes.", "en")
    assert [(c, v) for _, _, c, v in found] == [("deaths", 41), ("crashes", 3)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Spending is pegged at H31.6 lakh crore for the year.", 31.6e12),
        ("The state got J6.5 crore.", 6.5e7),
    ],
)
def test_a_rupee_sign_set_as_a_letter_before_lakh_or_crore(text, value):
    found, _ = read(text, "en")
    assert [(u, v) for _, u, _, v in found] == [("INR", pytest.approx(value))]


def test_a_letter_before_a_number_is_no_rupee_without_lakh_or_crore():
    found, _ = read("The H24 line carried 300 people.", "en")
    assert [t for t, *_ in found] == ["300 people"]
    found, _ = read("Grade 4H2 crore", "en")
    assert found == []


def test_a_closing_index_level_is_in_points():
    found, _ = read("코스닥은 전일 대비 12.50p(1.55%) 오른 818.37로 장을 마쳤다.", "ko")
    assert ("818.37", "p", 818.37) in [(t, c, v) for t, _, c, v in found]
    found, _ = read("코스피 0.8% 내린 2,511.02 마감", "ko")
    assert ("2,511.02", "p", 2511.02) in [(t, c, v) for t, _, c, v in found]


def test_a_whole_number_before_closing_words_is_no_index_level():
    found, _ = read("접수는 오후 6 마감이다.", "ko")
    assert found == []


@pytest.mark.parametrize(
    "text,span,value,low,high",
    [
        ("Three hundred and twelve people were hired.", "Three hundred and twelve people", 312, 311.5, 312.5),
        ("The plant hired three hundred people.", "three hundred people", 300, 250, 350),
        ("It built two thousand and five homes.", "two thousand and five homes", 2005, 2004.5, 2005.5),
        ("The army sent forty-one thousand troops.", "forty-one thousand troops", 41000, 40500, 41500),
        ("He sold fifty two cars.", "fifty two cars", 52, 51.5, 52.5),
        ("A million people marched.", "A million people", 1e6, 5e5, 1.5e6),
        ("They bought two dozen eggs.", "two dozen eggs", 24, 18, 30),
    ],
)
def test_english_number_words_in_compounds(text, span, value, low, high):
    _, ex = read(text, "en")
    [m] = ex.mentions
    assert (m.text, m.quantity.value, m.quantity.low, m.quantity.high) == (span, value, low, high)


def test_a_year_in_words_is_a_number_not_a_year():
    found, _ = read("One thousand nine hundred workers were laid off.", "en")
    assert [(c, v) for _, _, c, v in found] == [("workers", 1900)]


def test_a_mixed_number_and_more_fraction_words():
    found, _ = read("Exports grew two and a half times; three-fifths went to Asia.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [
        ("two and a half times", "multiple", 2.5),
        ("three-fifths", "fraction", pytest.approx(0.6)),
    ]


def test_a_word_that_is_no_number_stays_unread():
    found, _ = read("A third party sued, and a handful of firms left.", "en")
    assert found == []
    found, _ = read("They bought a million-dollar home.", "en")
    assert found == []


def test_a_dollar_sign_after_the_number_and_between_two_amounts():
    found, _ = read("Le repas coûte 25 $ et le vin 40 $.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [("25 $", "USD", 25), ("40 $", "USD", 40)]
    found, _ = read("Spending: $ 1,200.00 $ 3,400.50 in May.", "en")
    assert [(t, v) for t, _, _, v in found] == [("$ 1,200.00", 1200), ("$ 3,400.50", 3400.5)]


def test_a_passage_read_apart_is_given_its_articles_digit_grouping():
    from checker.extract.quantities import scan

    mentions, malformed = scan("The tally rose to 2,41,317 cases.", language="en")
    assert mentions == [] and len(malformed) == 1  # no cue in the passage: a slip
    mentions, malformed = scan("The tally rose to 2,41,317 cases.", language="en", grouped=True)
    assert [(m.text, m.quantity.value) for m in mentions] == [("2,41,317 cases", 241317)] and malformed == []


def test_an_exchange_rate_is_an_amount_of_the_currency_its_sentence_names():
    found, _ = read("The rupee firmed 15 paise to 71.42 per dollar from 71.57 per greenback.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [
        ("15 paise", "INR", pytest.approx(0.15)),
        ("71.42", "INR", 71.42),
        ("71.57", "INR", 71.57),
    ]


def test_a_rate_per_dollar_with_no_currency_named_stays_unread():
    found, _ = read("Donors gave 3 per dollar raised.", "en")
    assert found == []


def test_counts_by_place_in_a_row_with_no_count_before_them():
    found, _ = read("The toll reached 33 in Ohio, 27 in Iowa and 12 in Utah.", "en")
    assert [(t, u, v) for t, u, _, v in found] == [("33", "count", 33), ("27", "count", 27), ("12", "count", 12)]


def test_numbers_by_month_are_no_counts_by_place():
    found, _ = read("Sales were 5 in May, 7 in June.", "en")
    assert found == []


def test_one_in_a_list_of_counts():
    found, _ = read("Of 70 cases, 61 people recovered and one patient moved away.", "en")
    assert ("one patient", "patient", 1) in [(t, c, v) for t, _, c, v in found]
    found, _ = read("One company said it would hire and one analyst agreed.", "en")
    assert found == []


def test_a_list_line_whose_value_is_the_number():
    text = "Passengers by airline:\n- Alpha Air: 512,000;\n- Beta Jet: 3500;\n- Gamma: 52,100;"
    found, _ = read(text, "en")
    assert [(t, u, v) for t, u, _, v in found] == [
        ("512,000", "count", 512000),
        ("3500", "count", 3500),
        ("52,100", "count", 52100),
    ]
    found, _ = read("Version: 4000", "en")
    assert found == []


def test_a_fraction_with_a_slash_before_a_level_word():
    found, _ = read("자연증가는 반세기 만에 1/20 수준으로 줄었다.", "ko")
    assert [(u, v) for _, u, _, v in found] == [("fraction", 0.05)]
    found, _ = read("3/4 발표 때 밝혔다.", "ko")
    assert found == []


@pytest.mark.parametrize(
    "text,written,low,high",
    [
        # `여` before the myriad the last group counts in: 8억 and 9천만 and a little more, [8.9억, 9억)
        ("보수 공사비는 7억6천여만원이다.", "7억6천여만원", 7.6e8, 7.7e8),
        ("보수 공사비는 7억6,000여만원이다.", "7억6,000여만원", 7.6e8, 7.7e8),
        ("누적 관객은 2천여만명이다.", "2천여만명", 2e7, 3e7),
        ("관람객 120여만명이 다녀갔다.", "120여만명", 1.2e6, 1.3e6),
        ("적자는 1조4천여억원에 이른다.", "1조4천여억원", 1.4e12, 1.5e12),
        ("보수 공사비는 7억6천여 만원이다.", "7억6천여 만원", 7.6e8, 7.7e8),
    ],
)
def test_over_before_the_myriad_of_the_last_group(text, written, low, high):
    ex = extract(Document(path="t.md", text=text, published=dt.date(2024, 8, 27), language="ko"))
    (mention,) = ex.mentions
    assert mention.text == written
    assert (mention.quantity.low, mention.quantity.high) == (pytest.approx(low), pytest.approx(high))


def test_no_myriad_after_over_that_begins_another_word():
    # (`만큼`: a word of its own, not the myriad; and a group as large as the myriad before it is no reading)
    found, _ = read("지원금은 3천여만큼 늘지 않았다.", "ko")
    assert not [t for t, *_ in found if "만큼" in t]
    found, _ = read("적자는 8만2천여억원이다.", "ko")
    assert not [t for t, *_ in found if t.endswith("억원")]


def test_a_count_out_of_ten_set_beside_the_count_it_restates_is_a_share():
    # `8채 중 5채인 265채`: the share restates the count after it; not a tally (`10곳 중 7곳에서 이겼다`)
    found, _ = read("올봄 지은 단독주택은 8채 중 5채인 265채가 임대용이었다.", "ko")
    assert [(t, u) for t, u, _, _ in found][:1] == [("8채 중 5채", "fraction")]
    found, _ = read("서구 10곳 중 7곳에서 이겼다.", "ko")
    assert "fraction" not in [u for _, u, _, _ in found]
