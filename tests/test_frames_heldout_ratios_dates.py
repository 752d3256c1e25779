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
from test_frames import assert_checked, assert_not_checked

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
        "판매량으로는 2020년 1월 이후 50개월 만에 가장 많다.",
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


@pytest.mark.parametrize(
    "text,since,fires",
    [
        ("투표율은 66%로 1996년 총선 이후 28년 만에 가장 높다.", "1996", False),
        ("투표율은 66%로 1996년 총선 이후 18년 만에 가장 높다.", "1996", True),
        ("판매량으로는 2020년 6월 이후 4년 만에 가장 많다.", "2020-06", False),
        ("판매량으로는 2020년 6월 이후 2년 만에 가장 많다.", "2020-06", True),
    ],
)
def test_a_record_in_years_that_no_figure_dates_runs_to_the_publication(knowledge, text, since, fires):
    spans = claims(text, knowledge).elapsed
    assert [(s.since, s.until, s.until_span) for s in spans] == [(since, "2024-08-27", None)]
    assert claims(text, knowledge, published=None).elapsed == []
    severities = [f.severity for f in findings(knowledge, document(text), select=["F406"]).findings]
    assert severities == (["warning"] if fires else [])


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


# ---------------------------------------------------------------- ratios: a figure per unit, its count and total
# stated before it (checker/link/per_unit_apart.py; the per-unit check, F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the metric named: its total is the latest figure of that metric, of no segment
        (
            "Revenue rose 6% to $2.4 billion. Cargo revenue was $300 million. The carrier flew 12 million "
            "passengers in the quarter. That is about $200 in revenue per passenger.",
            False,
        ),
        (
            "Revenue rose 6% to $2.4 billion. Cargo revenue was $300 million. The carrier flew 12 million "
            "passengers in the quarter. That is about $600 in revenue per passenger.",
            True,
        ),
        (
            "Revenue from operations grew 9% to $5.6 billion. The company sold 700,000 vehicles in the quarter. "
            "Revenue per vehicle came to about $8,000.",
            False,
        ),
        (
            "Revenue from operations grew 9% to $5.6 billion. The company sold 700,000 vehicles in the quarter. "
            "Revenue per vehicle came to about $3,000.",
            True,
        ),
        # no metric named: the one total stated with the count
        ("누적 관객은 500만명, 누적 매출액은 480억원으로 집계됐다. 관객 1명당 평균 9천600원을 낸 셈이다.", False),
        ("누적 관객은 500만명, 누적 매출액은 480억원으로 집계됐다. 관객 1명당 평균 1만2천원을 낸 셈이다.", True),
        ("조합원 2만명이 올해 배당금 60억원을 받는다. 조합원 1인당 30만원꼴이다.", False),
        ("조합원 2만명이 올해 배당금 60억원을 받는다. 조합원 1인당 50만원꼴이다.", True),
    ],
)
def test_a_figure_per_unit_is_checked_against_the_count_and_total_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_a_figure_per_unit_apart_is_a_warning_at_most(knowledge):
    text = (
        "Revenue rose 6% to $2.4 billion. The carrier flew 12 million passengers in the quarter. "
        "That is about $900 in revenue per passenger."
    )
    severities = [f.severity for f in findings(knowledge, document(text), select=["F317"]).findings]
    assert severities == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # the noun of the mark names no count stated before
        "Revenue rose 6% to $2.4 billion. The carrier flew 12 million passengers. That is $90 per seat.",
        # two totals stated with the count, and no metric named: which one is not said
        "누적 관객은 500만명, 매출액은 480억원, 제작비는 200억원이다. 관객 1명당 평균 9천600원을 낸 셈이다.",
        # no metric named and two totals as near, neither stated with the count: which total is not said (one
        # total alone is now the fallback's, checker/link/per_unit_fallback.py)
        "조합원은 모두 2만명이다. 올해 배당금 총액은 60억원, 적립금은 40억원이다. 조합원 1인당 50만원꼴이다.",
        # (a count in the lead, however far before, is now found by checker/link/partners.py: a case of
        # tests/test_frames_s13_partners.py)
        # the sentence states its own count: per_unit.py's reading, not this one
        "Revenue rose to $2.4 billion. It paid $40 per employee to 3,000 staff.",
        # a rate per cent is no unit
        "The carrier flew 12 million passengers. Fares rose 3 per cent to $180.",
    ],
)
def test_a_figure_per_unit_without_a_named_count_and_total_is_not_read(knowledge, text):
    figures = claims(text, knowledge).claims
    assert all(c.per_unit_of is None or c.units_of is None or "relation" not in c.guesses for c in figures)
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- multiples: the figure it is of, named first
# (checker/link/multiples_named_after.py; the multiple check, F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The film took $312 million worldwide, more than twice its reported production budget of $140 million.",
            False,
        ),
        ("The film took $312 million worldwide, more than twice its reported production budget of $240 million.", True),
        ("Sales reached 3.7 million units, about three times the previous record of 1.2 million units.", False),
        ("Sales reached 3.7 million units, about three times the previous record of 2.2 million units.", True),
        ("The club paid £90m, twice its own transfer record of £45m.", False),
        ("The club paid £90m, twice its own transfer record of £65m.", True),
    ],
)
def test_a_multiple_of_a_figure_named_before_it_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a figure of another unit after the phrase: not the one multiplied
        "The film took $312 million worldwide, more than twice its audience of 40 million people.",
        # a clause between, not a naming phrase
        "The film took $312 million, twice what analysts expected, and its budget was $140 million.",
    ],
)
def test_a_multiple_with_no_named_figure_after_it_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- multiples: of the figure of the sentence before
# (checker/link/multiples_of_previous.py; the multiple check, F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the topic names an earlier figure
        ("새 구장의 건설비는 3200억원이다. 기존 구장은 800억원이 들었다. 새 구장 건설비는 이보다 4배 많다.", False),
        ("새 구장의 건설비는 3200억원이다. 기존 구장은 800억원이 들었다. 새 구장 건설비는 이보다 7배 많다.", True),
        ("올해 연구비는 120억원이다. 10년 전 연구비는 40억원이었다. 올해 연구비는 그때의 3배다.", False),
        ("올해 연구비는 120억원이다. 10년 전 연구비는 40억원이었다. 올해 연구비는 그때의 6배다.", True),
        # the topic names none: the first figure of the metric, of a later period
        (
            "한국은행에 따르면 6월 말 외환보유액은 4100억 달러다. 2000년 말 외환보유액은 960억 달러였다. "
            "현재 규모는 그때의 4배가 넘는다.",
            False,
        ),
        (
            "한국은행에 따르면 6월 말 외환보유액은 4100억 달러다. 2000년 말 외환보유액은 960억 달러였다. "
            "현재 규모는 그때의 9배가 넘는다.",
            True,
        ),
    ],
)
def test_a_multiple_of_the_figure_before_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no demonstrative: which figure it is of is not said
        "올해 연구비는 120억원이다. 10년 전 연구비는 40억원이었다. 매출은 3배로 늘었다.",
        # a person's (`그의`), not the figure before
        "올해 연구비는 120억원이다. 그는 40억원을 냈다. 그의 몫은 두 배다.",
        # the topic names no earlier figure, and no metric ties one
        "정부 예산은 120억원이다. 작년 지원금은 40억원이었다. 새 기금은 이보다 2배 많다.",
    ],
)
def test_a_multiple_with_no_figure_before_named_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- multiples: restated later with their prior
# (checker/link/multiples_restated.py; the multiple check, F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한솔화학, 2분기 영업이익 2.6조원…1년 새 2배로\n\n"
            "한솔화학의 2분기 영업이익은 2조6천120억원으로 1년 전 1조3천50억원보다 100.2% 늘었다.",
            False,
        ),
        (
            "한솔화학, 2분기 영업이익 2.6조원…1년 새 4배로\n\n"
            "한솔화학의 2분기 영업이익은 2조6천120억원으로 1년 전 1조3천50억원보다 100.2% 늘었다.",
            True,
        ),
        (
            "대한물류 순이익 912억원, 작년의 3배\n\n"
            "대한물류의 올해 순이익은 912억원으로 전년 305억원보다 199% 증가했다.",
            False,
        ),
        (
            "대한물류 순이익 912억원, 작년의 5배\n\n"
            "대한물류의 올해 순이익은 912억원으로 전년 305억원보다 199% 증가했다.",
            True,
        ),
    ],
)
def test_a_headline_multiple_is_checked_against_the_prior_of_its_restated_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the body's figure does not agree with the headline's: another figure
        "한솔화학, 2분기 영업이익 2.6조원…1년 새 2배로\n\n"
        "한솔화학의 2분기 매출은 5조1천억원으로 1년 전 4조2천억원보다 21.4% 늘었다.",
        # two different priors for the restated figure: which one is not said
        "한솔화학, 2분기 영업이익 2.6조원…1년 새 2배로\n\n"
        "한솔화학의 2분기 영업이익은 2조6천120억원으로 1년 전 1조3천50억원보다 100.2% 늘었다. "
        "영업이익은 2조6천120억원으로 직전 분기 2조원보다 30.6% 늘었다.",
    ],
)
def test_a_headline_multiple_with_no_single_restated_prior_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")
