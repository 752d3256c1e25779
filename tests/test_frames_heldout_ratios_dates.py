"""Constructions of dates and multiples that real copy uses and the held-out set showed factlint missing.

Every sentence here is written for this test.

Dates (checker/link/elapsed_since_dates.py, checked by the elapsed kind F406): a record's elapsed time whose
start is written right before it (`2022년 1월 이후 34개월 만에 가장 많다`, `분기 이익률이 두 자릿수를 기록한 것은
2021년 4분기 이후 10분기 만이다`, `for the first time since March 2020, four years ago`), run to the period
the article reports (the period written for its figures), not to the publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- dates: a record since a written date

# (text, (span text, months, unit, since, until))
RECORD_SPANS = [
    pytest.param(
        "8월 수출은 540억달러로 1년 전보다 9% 늘었다. 월간 수출로는 2022년 5월 이후 2년 3개월 만에 가장 많다.",
        ("2년 3개월", 27, "month", "2022-05", "2024-08"),
        id="ko-most-since-a-month",
    ),
    pytest.param(
        "2분기 영업이익률은 12.5%로 높아졌다. 분기 이익률이 두 자릿수를 기록한 것은 2021년 4분기 이후 10분기 만이다.",
        ("10분기", 30, "month", "2021-Q4", "2024-Q2"),
        id="ko-first-since-counted-in-quarters",
    ),
    pytest.param(
        "7월 실업률은 2.4%였다. 실업률로는 2019년 3월(2.2%) 이후 5년 4개월 만에 최저다.",
        ("5년 4개월", 64, "month", "2019-03", "2024-07"),
        id="ko-start-with-its-figure-in-parentheses",
    ),
    pytest.param(
        "7월 소비자물가 상승률은 2.1%였다. 6월 상승률 2.6%와 비교하면 0.5%포인트 낮다. "
        "상승률로는 2021년 3월 이후 3년 4개월 만에 가장 낮다.",
        ("3년 4개월", 40, "month", "2021-03", "2024-07"),
        id="ko-to-the-reported-month-not-the-month-compared",
    ),
    pytest.param(
        "7월 투표율은 68%로 2004년 총선 이후 20년 만에 가장 높았다.",
        ("20년", 240, "year", "2004", "2024-07"),
        id="ko-start-named-by-an-event",
    ),
    pytest.param(
        "In July diesel cars took 11% of the market, below 12% for the first time since March 2020, four years ago.",
        ("four years", 48, "year", "2020-03", "2024-07"),
        id="en-since-a-month-years-ago",
    ),
    pytest.param(
        "Sales in July rose 4% to 120,000 cars. The government ended its scrappage scheme in January, "
        "six months ago, and demand has slowed.",
        ("six months", 6, "month", "2024-01", "2024-07"),
        id="en-a-date-months-ago",
    ),
]


@pytest.mark.parametrize("text,expected", RECORD_SPANS)
def test_a_record_span_runs_from_the_date_before_it_to_the_reported_period(knowledge, text, expected):
    spans = claims(text, knowledge).elapsed
    assert len(spans) == 1, spans
    span = spans[0]
    assert (span.text, span.months, span.unit, span.since, span.until) == expected
    assert span.until_span is not None  # written: not a reading of the publication date


@pytest.mark.parametrize(
    "text",
    [
        # no figure before it has a written period: where the record stands is not said
        "판매량으로는 2020년 1월 이후 4년 만에 가장 많다.",
        "The plant closed in March, two years ago.",
        # the figures' period is not after the start: the span is of something else
        "2019년 매출은 5조원이었다. 2021년 1월 이후 3년 만에 최대다.",
        # no word makes the date the start (`부터` starts a duration)
        "7월 판매는 3만대였다. 2019년 5월부터 5년 만에 가장 많다.",
        # the date is not right before the mark: a long clause between
        "7월 판매는 3만대였다. 2019년 5월 공장을 새로 지어 생산 능력을 크게 늘린 이후 5년 만에 가장 많다.",
        # `ago` with no date right before it
        "Sales in July rose 4% to 120,000 cars, the scheme having ended, six months ago.",
    ],
)
def test_a_record_span_without_a_written_start_and_end_is_not_read(knowledge, text):
    assert claims(text, knowledge).elapsed == []


def test_a_first_since_is_counted_to_the_reported_month_not_to_the_publication(knowledge):
    """A May report published in June: the span runs to May (once), not also to the June publication."""
    text = (
        "5월 말 외환보유액은 4100억달러로 4월 말보다 20억달러 늘었다. 외환보유액이 늘어난 것은 1월 이후 4개월 만이다."
    )
    spans = claims(text, knowledge, published=dt.date(2024, 6, 5)).elapsed
    assert [(s.since, s.until, s.until_span is not None) for s in spans] == [("2024-01", "2024-05", True)]


@pytest.mark.parametrize(
    "text,fires",
    [
        ("8월 수출은 540억달러로 1년 전보다 9% 늘었다. 월간 수출로는 2022년 5월 이후 2년 3개월 만에 가장 많다.", False),
        ("8월 수출은 540억달러로 1년 전보다 9% 늘었다. 월간 수출로는 2022년 5월 이후 3년 3개월 만에 가장 많다.", True),
        ("2분기 영업이익률은 12.5%로 높아졌다. 이익률이 두 자릿수인 것은 2021년 4분기 이후 10분기 만이다.", False),
        ("2분기 영업이익률은 12.5%로 높아졌다. 이익률이 두 자릿수인 것은 2021년 4분기 이후 7분기 만이다.", True),
        ("7월 실업률은 2.4%였다. 실업률로는 2019년 3월(2.2%) 이후 5년 4개월 만에 최저다.", False),
        ("7월 실업률은 2.4%였다. 실업률로는 2019년 3월(2.2%) 이후 4년 4개월 만에 최저다.", True),
        (
            "In July diesel cars took 11% of the market, below 12% for the first time since March 2020, "
            "four years ago.",
            False,
        ),
        (
            "In July diesel cars took 11% of the market, below 12% for the first time since March 2020, "
            "seven years ago.",
            True,
        ),
        ("Sales in July rose 4% to 120,000 cars. The scheme ended in January, six months ago.", False),
        ("Sales in July rose 4% to 120,000 cars. The scheme ended in January, nine months ago.", True),
    ],
)
def test_record_spans_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_record_span_off_by_years_is_an_error(knowledge):
    text = "7월 실업률은 2.4%였다. 실업률로는 2019년 3월(2.2%) 이후 2년 4개월 만에 최저다."
    severities = [f.severity for f in findings(knowledge, document(text), select=["F406"]).findings]
    assert severities == ["error"]
