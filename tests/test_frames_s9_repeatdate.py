"""Repeats and dates that carry over to copy no one here has read (issue 11): figures and elapsed times an
article states twice, in its headline and body or in two sentences of the body, and the links that decide
whether two statements may be one fact.

Sentences of our own, in both languages where the construction exists.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings


def _claim(claimset, figure: str, nth: int = 0):
    return [c for c in claimset.claims if c.text == figure][nth]


# ---------------------------------------------------------------- who: a weekday is no one's name

WEEKDAY_AFTER_THE_NAME = [
    pytest.param(
        "Corvane Foods on Thursday reported a 9% rise in net profit to $412 million.",
        "9%",
        id="en-on-thursday-reported",
    ),
    pytest.param(
        "Harlow Shipping on Saturday posted revenue of $2.3 billion, up 14% from a year earlier.",
        "$2.3 billion",
        id="en-on-saturday-posted",
    ),
    pytest.param(
        "Brightwell Energy on Friday reported that its profit rose 4% to $88 million.",
        "$88 million",
        id="en-on-friday-reported-that",
    ),
]


@pytest.mark.parametrize("text,figure", WEEKDAY_AFTER_THE_NAME)
def test_a_weekday_before_the_verb_is_not_the_subject(knowledge, text, figure):
    claim = _claim(claims(text, knowledge), figure)
    assert not any(day in claim.entities for day in ("monday", "thursday", "friday", "saturday")), claim.entities


def test_a_headline_figure_restated_by_a_company_that_reported_on_a_weekday(knowledge):
    text = (
        "Corvane Foods profit rises 18% to $1,245 million\n\n"
        "Corvane Foods on Friday reported an 18% rise in quarterly net profit, to $1,245 million, as sales grew."
    )
    claimset = claims(text, knowledge)
    assert _claim(claimset, "$1,245 million", 1).entities == _claim(claimset, "$1,245 million", 0).entities


# ---------------------------------------------------------------- what: a metric narrowed in brackets after it

QUALIFIED_AFTER = [
    pytest.param(
        "Orland Group reported net profit of $620 million for the quarter, against $700 million a year earlier.\n"
        "Net profit (attributable to the owners of the company) fell 5 per cent to $540 million from $568 million.",
        "$540 million",
        id="en-attributable-to-owners",
    ),
    pytest.param(
        "Orland Group reported operating profit of $620 million for the quarter, against $700 million a year "
        "earlier.\nOperating profit (excluding one-off items) rose 3 per cent to $721 million from $700 million.",
        "$721 million",
        id="en-excluding-one-off-items",
    ),
]


@pytest.mark.parametrize("text,narrowed", QUALIFIED_AFTER)
def test_a_metric_narrowed_in_brackets_is_another_basis(knowledge, text, narrowed):
    """Two bases of one metric and period are two facts: the bracketed words are the second's scope, and their
    figures differ without a disagreement."""
    claimset = claims(text, knowledge)
    assert _claim(claimset, "$620 million").scope is None
    assert (_claim(claimset, narrowed).scope or "").startswith(("attributable", "excluding"))
    result = findings(knowledge, document(text), select=["F402"])
    assert not result.findings, [f.message for f in result.findings]


def test_a_metric_in_brackets_of_a_figure_is_not_narrowed(knowledge):
    text = "Orland Group's net profit (a record) rose 5 per cent to $540 million."
    assert _claim(claims(text, knowledge), "$540 million").scope is None


# ---------------------------------------------------------------- a length of time in the headline and the body

DURATION_RESTATED = [
    pytest.param(
        "소비자물가 1.1% 상승…2년 5개월 만에 최저\n\n지난달 소비자물가는 1년 전보다 1.1% 올랐다. "
        "2022년 5월 이후 2년 5개월 만에 가장 낮은 상승률이다.",
        "2년 5개월",
        "2년 5개월",
        id="ko-since-the-last-record-in-years-and-months",
    ),
    pytest.param(
        "경상수지 11개월째 흑자\n\n한국은행에 따르면 지난달 경상수지는 52억달러 흑자로 11개월 연속 흑자 행진을 "
        "이어갔다.",
        "11개월",
        "11개월",
        id="ko-a-streak-with-two-marks",
    ),
    pytest.param(
        "외환보유액 넉 달 만에 감소\n\n지난달 말 외환보유액은 4천101억달러로 전월보다 12억달러 줄었다. "
        "외환보유액이 감소한 것은 4개월 만이다.",
        "넉 달",
        "4개월",
        id="ko-a-native-count-and-digits",
    ),
    pytest.param(
        "'푸른 바다' 개봉 19일 만에 800만 관객\n\n영화 '푸른 바다'가 개봉 19일 만에 누적 관객 800만명을 넘었다.",
        "19일",
        "19일",
        id="ko-days-since-an-opening",
    ),
    pytest.param(
        "주택 거래 6년 만에 최대\n\n지난달 주택 매매 거래량은 7만2천건으로 2018년 8월 이후 6년 2개월 만에 가장 많았다.",
        "6년",
        "6년 2개월",
        id="ko-whole-years-round-the-body",
    ),
    pytest.param(
        "주택 거래 7년 만에 최대\n\n지난달 주택 매매 거래량은 2018년 8월 이후 6년 8개월 만에 가장 많았다.",
        "7년",
        "6년 8개월",
        id="ko-whole-years-round-the-body-up",
    ),
]


def _duration_items(text: str, result, rule: str = "F345") -> list[list[str]]:
    return [
        sorted(text[loc.start : loc.end] for loc in [item.location, *item.related])
        for item in [*result.passed, *result.findings]
        if item.rule == rule
    ]


@pytest.mark.parametrize("text,headline,body", DURATION_RESTATED)
def test_a_headline_length_of_time_restated_in_the_body_is_checked(knowledge, text, headline, body):
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert sorted([headline, body]) in _duration_items(text, result)


DURATION_SLIPPED = [
    pytest.param(
        "경상수지 17개월째 흑자\n\n지난달 경상수지는 52억달러 흑자로 11개월 연속 흑자 행진을 이어갔다.",
        "17개월",
        id="ko-streak-after-the-same-word",
    ),
    pytest.param(
        "소비자물가 1.1% 상승…6년 5개월 만에 최저\n\n지난달 소비자물가는 1년 전보다 1.1% 올랐다. "
        "2022년 5월 이후 2년 5개월 만에 가장 낮은 상승률이다.",
        "6년 5개월",
        id="ko-records-in-other-words",
    ),
    pytest.param(
        "수출 23개월 연속 증가\n\n지난달 수출은 612억달러로 1년 전보다 5% 늘어 13개월째 증가했다. "
        "무역수지는 6개월 연속 흑자였다.",
        "23개월",
        id="ko-one-of-two-streaks-by-its-word",
    ),
]


@pytest.mark.parametrize("text,headline", DURATION_SLIPPED)
def test_a_headline_length_of_time_off_the_body_is_reported(knowledge, text, headline):
    result = findings(knowledge, document(text), select=["F345"])
    assert [text[f.location.start : f.location.end] for f in result.findings] == [headline]
    assert result.findings[0].severity == "warning"


DURATION_NOT_PAIRED = [
    pytest.param(
        "청년 고용률 다섯 달째 하락\n\n청년층 고용률은 45.1%로 떨어졌다. 제조업 취업자는 두 달 연속 감소했다.",
        id="ko-two-streaks-of-two-subjects",
    ),
    pytest.param(
        "주택 거래 8년 만에 최대\n\n지난달 주택 매매 거래량은 2018년 8월 이후 7년 3개월 만에 가장 많았다.",
        id="ko-whole-years-within-a-year",
    ),
    pytest.param(
        "외환보유액 석 달 만에 감소\n\n외환보유액이 감소한 것은 100일 만이다.",
        id="ko-another-unit",
    ),
    pytest.param(
        "수출 14개월째 증가\n\n지난달 수출은 5% 늘었다. 반도체 수출은 9개월 연속 증가했다. "
        "무역수지는 5개월 연속 흑자였다.",
        id="ko-headline-streak-restated-nowhere-two-in-the-body",
    ),
    pytest.param(
        "Exports rise for a 14th month\n\nExports rose 5% in October, the 13th month in a row of growth.",
        id="en-no-marks-in-the-language-data",
    ),
]


@pytest.mark.parametrize("text", DURATION_NOT_PAIRED)
def test_lengths_of_time_that_may_be_two_facts_are_not_paired(knowledge, text):
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert not [p for p in result.passed if p.rule == "F345"]


def test_a_first_line_that_is_a_paragraph_is_no_headline(knowledge):
    text = "경상수지가 17개월째 흑자를 냈다. 지난달 경상수지는 52억달러 흑자로 11개월 연속 흑자 행진을 이어갔다."
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    assert not result.findings and not [p for p in result.passed if p.rule == "F345"]


# ---------------------------------------------------------------- a round headline figure and its metric

ROUND_HEADLINE_RESTATED = [
    pytest.param(
        "中 배터리 업체 한솔에너지 1분기 순익 7000억원…4배 급증\n\n"
        "중국 배터리 업체 한솔에너지는 1분기 순익이 36억 위안(약 7000억원)에 달했다고 밝혔다.",
        "7000억원",
        id="ko-a-converted-amount",
    ),
    pytest.param(
        "제약업계 첫 반기 매출 3조원 돌파\n\n누리제약은 상반기 매출이 3조원으로 집계됐다고 밝혔다.",
        "3조원",
        id="ko-the-same-round-amount",
    ),
    pytest.param(
        "Harlow Mining posts $6 billion revenue as copper climbs\n\n"
        "Harlow Mining said on Tuesday that its revenue reached $6 billion in the first half.",
        "$6 billion",
        id="en-the-same-round-amount",
    ),
]


@pytest.mark.parametrize("text,figure", ROUND_HEADLINE_RESTATED)
def test_a_round_headline_figure_restated_with_its_metric_is_checked(knowledge, text, figure):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    spans = [
        sorted(text[loc.start : loc.end] for loc in [item.location, *item.related])
        for item in result.passed
        if item.rule == "F405"
    ]
    assert any(len(touched) == 2 and all(figure in t for t in touched) for touched in spans), spans


ROUND_HEADLINE_NOT_RESTATED = [
    pytest.param(
        "누리제약 상반기 매출 3조원 돌파\n\n누리제약은 상반기 영업이익이 3조원으로 집계됐다고 밝혔다.",
        id="ko-another-metric",
    ),
    pytest.param(
        "누리제약 상반기 매출 3조원 돌파\n\n누리제약의 상반기 매출은 지난해 3조원에서 3조5000억원으로 늘었다.",
        id="ko-the-body-states-it-as-a-prior",
    ),
]


@pytest.mark.parametrize("text", ROUND_HEADLINE_NOT_RESTATED)
def test_a_round_headline_figure_is_not_paired_without_its_metric(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings
    headline = text.index("3조원")
    assert not [
        p for p in result.passed if p.rule == "F405" and any(loc.start == headline for loc in [p.location, *p.related])
    ]


# ---------------------------------------------------------------- the metric a figure modifies with a word of reach

MODIFIED_METRIC = [
    pytest.param("누리마트는 3분기 5조원의 매출을 거두고 900억원에 가까운 영업이익을 냈다.", "900억원", id="ko-near"),
    pytest.param("한빛건설은 매출이 늘어 올해 2조원에 달하는 순이익을 기록했다.", "2조원", id="ko-reaching"),
    pytest.param("정부는 수출이 늘자 500억원 규모의 투자를 발표했다.", "500억원", id="ko-of-a-size"),
]


@pytest.mark.parametrize("text,figure", MODIFIED_METRIC)
def test_a_metric_after_a_word_of_reach_is_the_figures_own(knowledge, text, figure):
    claim = next(c for c in claims(text, knowledge).claims if c.text.startswith(figure))
    assert claim.metric in ("operating_profit", "net_profit", "investment"), claim.metric
    assert "metric" not in claim.guesses
    assert claim.scope is None


def test_a_lead_figure_near_the_body_figure_of_its_metric_is_checked(knowledge):
    """`900억원에 가까운 영업이익` states the operating profit the next sentence gives exactly: one fact, checked (by
    the agreement of one entity, metric and period, or as a restatement) and holding."""
    text = (
        "엔비디아가 올해 3분기 5조2000억원의 매출을 거두며 분기 최대 매출을 기록하고 900억원에 가까운 영업이익을 "
        "냈다.\n엔비디아는 올해 3분기 893억원의 영업이익을 냈다고 6일 공시했다."
    )
    result = findings(knowledge, document(text), select=["F405", "F402"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    spans = [sorted(text[loc.start : loc.end] for loc in [item.location, *item.related]) for item in result.passed]
    assert any("893억원" in touched and any("900억원" in t for t in touched) for touched in spans), spans


# ---------------------------------------------------------------- a record span dated by the record's `since`

RECORD_SINCE = [
    pytest.param(
        "Flu admissions reach 9,400, highest in 11 years\n\n"
        "Hospital admissions for flu reached 9,400 this winter, the highest seasonal total since 2013, officials said.",
        "11 years",
        False,
        id="en-highest-in-and-highest-since",
    ),
    pytest.param(
        "Office rents post first annual gain in four years\n\n"
        "Office rents rose 2.1% from a year earlier in July, the first time since 2020 that they have risen.",
        "four years",
        False,
        id="en-first-in-and-first-time-since",
    ),
    pytest.param(
        "Flu admissions reach 9,400, highest in 16 years\n\n"
        "Hospital admissions for flu reached 9,400 this winter, the highest seasonal total since 2013, officials said.",
        "16 years",
        True,
        id="en-a-length-off-the-year",
    ),
]


@pytest.mark.parametrize("text,span,fires", RECORD_SINCE)
def test_a_record_span_runs_from_the_year_its_record_is_stated_since(knowledge, text, span, fires):
    result = findings(knowledge, document(text), select=["F406"], show_passed=True)
    items = result.findings if fires else result.passed
    assert [text[i.location.start : i.location.end] for i in items if i.rule == "F406"] == [span], (
        [f.message for f in result.findings],
        [p.message for p in result.passed],
    )
    if fires:
        assert result.findings[0].severity == "warning"  # it runs to the publication: a reading


RECORD_SINCE_NOT_READ = [
    pytest.param(
        "Flu admissions reach 9,400, highest in 11 years\n\n"
        "Admissions were the highest since 2013 in the north and the highest since 2016 in the south.",
        id="en-two-years-for-one-record",
    ),
    pytest.param(
        "Flu admissions reach 9,400, highest in 11 years\n\nHospital admissions for flu reached 9,400 this winter.",
        id="en-the-record-dated-nowhere",
    ),
    pytest.param(
        "Flu admissions reach 9,400, highest in 11 years\n\n"
        "Hospital admissions for flu reached 9,400, the first time since 2013 that they topped 9,000.",
        id="en-another-record-word",
    ),
]


@pytest.mark.parametrize("text", RECORD_SINCE_NOT_READ)
def test_a_record_span_without_one_year_of_its_record_is_not_read(knowledge, text):
    result = findings(knowledge, document(text), select=["F406"], show_passed=True)
    assert not result.findings and not result.passed, [p.message for p in result.passed]


# ---------------------------------------------------------------- a headline's rate of change in the lead

HEADLINE_RATE_IN_THE_LEAD = [
    pytest.param(
        "내년 예산 655.4조원…올해보다 2.7% 늘려\n\n정부가 내년도 총지출 규모를 올해보다 2.7% 늘어난 655조4천억원으로 "
        "편성했다.",
        "2.7%",
        id="ko-budget-in-the-headline-spending-in-the-lead",
    ),
    pytest.param(
        "Recorded thefts fall 7% as patrols grow\n\nRecorded thefts fell 7.2% to 2,410 in the year to June.",
        "7%",
        id="en-the-headline-rounds-the-lead",
    ),
    pytest.param(
        "코스피 0.8% 상승 마감\n\n코스피는 전 거래일보다 20.41포인트(0.80%) 오른 2,571.26에 거래를 마쳤다.",
        "0.8%",
        id="ko-a-trailing-zero",
    ),
]


@pytest.mark.parametrize("text,rate", HEADLINE_RATE_IN_THE_LEAD)
def test_a_headline_rate_restated_in_the_lead_is_checked(knowledge, text, rate):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    headline = (text.index(rate), text.index(rate) + len(rate))
    assert any(
        item.rule == "F405" and any(loc.start == headline[0] for loc in [item.location, *item.related])
        for item in result.passed
    ), [p.message for p in result.passed]


def test_a_one_digit_headline_rate_needs_the_leads_links_to_agree(knowledge):
    text = "Acme sales fall 7% on weak demand\n\nAcme said its operating profit fell 7.2% in the quarter to June."
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings
    assert not [p for p in result.passed if p.rule == "F405"], [p.message for p in result.passed]


@pytest.mark.parametrize(
    "text",
    [
        "수출 0년 만에 최대\n\n수출은 0개월 연속 늘었다. 수출은 0일 만에 최대다.",
        "수출 999년 만에 최대\n\n수출은 2년 만에 최대다.\n\n",
        "만에 최대\n\n0주째",
    ],
)
def test_odd_lengths_of_time_end_in_no_error(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert result.internal_errors == 0


def test_a_headline_rate_rounding_another_metrics_rate_is_not_paired(knowledge):
    text = "한빛전자 3분기 매출 12% 증가\n\n한빛전자의 3분기 영업이익은 1년 전보다 11.8% 증가했다."
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings
    assert not [p for p in result.passed if p.rule == "F405"], [p.message for p in result.passed]
