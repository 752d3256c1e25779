"""The time grammar's words are language data (`[time]` in rules/lang/*.toml, issue 10): the grammar in
checker/extract/time.py is structure, filled with every language's words. Each meaning is read in the
language that has it and resolved against the publication date; sentences of our own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from checker.extract import time
from checker.extract.lang import TimeWords, load_file
from checker.extract.time import find_times

PUB = dt.date(2024, 8, 27)


@pytest.mark.parametrize(
    "sentence,text,period,role",
    [
        ("지난해 상반기 매출은 3억원이었다.", "지난해 상반기", "2023-H1", "point"),  # last_year + first_half
        ("작년 3분기 이익이 줄었다.", "작년 3분기", "2023-Q3", "point"),  # quarter_after_digit
        ("내년 1·4분기에 출시한다.", "내년 1·4분기", "2025-Q1", "point"),  # next_year
        ("2023년 1~3월 수출이 늘었다.", "2023년 1~3월", "2023-Q1", "point"),  # year and month suffixes
        ("2024년 5월 3일 공시한 자료다.", "2024년 5월 3일", "2024-05-03", "point"),  # day suffix
        ("그 회사는 3일 공시했다.", "3일", "2024-08-03", "dateline"),  # a dateline verb
        ("지난 3월 출시했다.", "지난 3월", "2024-03", "point"),  # last
        ("19일(화) 발표한 자료다.", "19일", "2024-08-19", "point"),  # a weekday in brackets
        ("이달 들어 5% 올랐다.", "이달", "2024-08", "point"),  # this_month
        ("지난달 판매는 줄었다.", "지난달", "2024-07", "point"),  # last_month
        ("어제 1500명이 다녀갔다.", "어제", "2024-08-26", "relative"),  # days_back
        ("2022년 하반기 매출이 늘었다.", "2022년 하반기", "2022-H2", "point"),  # a half after a year
        ("후반기 실적이 좋았다.", "후반기", "2024-H2", "point"),  # second_half_alone
        ("1~3분기 누적 매출은 9억원이다.", "1~3분기 누적", "2024-9M", "point"),  # year_to_date
        ("Sales rose in the first half of 2024.", "first half of 2024", "2024-H1", "point"),  # year_of
        ("Profit fell in Q3 2023.", "Q3 2023", "2023-Q3", "point"),  # quarter_letter
        ("Output fell in H2 2023.", "H2 2023", "2023-H2", "point"),  # half_letter
        ("Last year's third quarter was weak.", "Last year's third quarter", "2023-Q3", "point"),  # possessive
        ("Revenue grew 5% last year.", "last year", "2023", "relative"),  # last_year alone, bounded
        ("Shipments fell on March 3, 2024.", "March 3, 2024", "2024-03-03", "point"),  # months
        ("Orders picked up in Jan after a lull.", "Jan", "2024-01", "point"),  # month_abbreviations
        ("Sales rose in May.", "May", "2024-05", "point"),  # a month after before_month
        ("Profit rose in the April-June quarter.", "April-June quarter", "2024-Q2", "point"),
        ("Sales rose in the first six months.", "the first six months", "2024-H1", "point"),  # year_to_date
        ("Sales rose during 2023.", "during 2023", "2023", "point"),  # year_prepositions
        ("Sales fell in the 2nd quarter of 2022.", "2nd quarter of 2022", "2022-Q2", "point"),  # ordinal_numerals
        ("2024年3月5日に発表した。", "2024年3月5日", "2024-03-05", "point"),  # Japanese suffixes (ja.toml)
        ("2023年11月の売上高は3兆円だった。", "2023年11月", "2023-11", "point"),
        ("2022年の売上高は3兆円だった。", "2022年", "2022", "point"),
    ],
)
def test_each_meaning_is_read_and_resolved(sentence, text, period, role):
    found = {(r.text, str(r.period), r.role) for r in find_times(sentence, PUB)}
    assert (text, period, role) in found, found


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Orders rose 4% month-on-month.", "month"),
        ("전월 대비 3% 늘었다.", "month"),
        ("Sales rose 2% from a quarter earlier.", "quarter"),
        ("직전 분기보다 2% 늘었다.", "quarter"),
        ("Traffic rose 5% week-on-week.", "week"),
        ("전 주 대비 5% 늘었다.", "week"),
    ],
)
def test_a_prior_period_shifts_by_its_unit(sentence, kind):
    priors = [r for r in find_times(sentence, PUB) if r.role == "prior"]
    assert [r.shift for r in priors] == [kind]


@pytest.mark.parametrize(
    "sentence,not_read",
    [
        ("Prices may rise 3% next year.", "may"),  # a month that is a verb
        ("Prices may rise 3% next year.", "next year"),  # English `next year` alone is not a period
        ("1990년대 수출이 늘었다.", "1990년"),  # a decade
        ("오늘날에도 시장은 컸다.", "오늘"),  # a word that goes on
        ("1990年代の売上高は5億円だった。", "1990年"),  # a Japanese decade
    ],
)
def test_what_is_not_a_time(sentence, not_read):
    assert not_read not in [r.text for r in find_times(sentence, PUB)]


def test_every_time_field_is_read_by_the_grammar():
    # a class of the data that the grammar never reads would be dead vocabulary
    source = Path(time.__file__).read_text(encoding="utf-8")
    unread = [
        f for f in TimeWords.model_fields if f not in ("match", "no_match") and not re.search(rf"\b{f}\b", source)
    ]
    assert unread == []


def test_last_years_words_are_written_once():
    # one list per meaning: every language's words for last year are in its `last_year` alone
    for code in ("ko", "en"):
        words = load_file(code).time.last_year
        assert words
        others = [
            w
            for f, v in load_file(code).time
            if f not in ("last_year", "match", "no_match") and isinstance(v, list)
            for w in v
        ]
        assert not set(words) & set(others)
