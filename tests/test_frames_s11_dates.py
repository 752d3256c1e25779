"""Elapsed times and dates in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

# ------------------------------------------------------- a span counted to the month its paragraph reports (F406)

# Published in August: the paragraph reports June's figures two sentences before the span, which runs to June.
_MONTH_OPENS_THE_PARAGRAPH = (
    "한빛통신이 12일 공개한 자료에 따르면 6월 말 가입자는 1천240만명이다. 전체 가입자의 40.2%에 해당한다. "
    "2021년 3월 출시 이후 {span} 만에 가입자 10명 중 4명이 쓰게 된 셈이다."
)


def _elapsed(knowledge, text: str, published=dt.date(2024, 8, 27)) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text, published=published), select=["F406"], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


def _assert_span(knowledge, text: str, fires: bool, published: dt.date) -> None:
    """The span is reported when `fires`, and listed as checked when it holds."""
    found, passed = _elapsed(knowledge, text, published)
    assert bool(found) == fires, found
    if not fires:
        assert passed, "the span was not checked"


@pytest.mark.parametrize(
    "span,fires",
    [("3년 3개월", False), ("3년 7개월", True), ("2년 3개월", True)],
)
def test_span_runs_to_the_month_its_paragraph_reports(knowledge, span, fires):
    found, passed = _elapsed(knowledge, _MONTH_OPENS_THE_PARAGRAPH.format(span=span))
    assert bool(found) == fires, found
    if not fires:
        assert passed, "the span was not checked"


def test_month_of_an_earlier_paragraph_is_not_the_end(knowledge):
    # a month reported in the paragraph before is another statement's: the span runs to the publication
    text = (
        "한빛통신이 12일 공개한 자료에 따르면 6월 말 가입자는 1천240만명이다.\n\n"
        "전체 가입자의 40.2%에 해당한다. 2021년 3월 출시 이후 3년 5개월 만에 가입자 10명 중 4명이 쓰게 된 셈이다."
    )
    found, passed = _elapsed(knowledge, text)
    assert not found and passed, found


# ------------------------------------------------------- a span from the figure compared with (F406)


@pytest.mark.parametrize(
    "text,published,fires",
    [
        (
            "지난해 교통사고 사망자는 2천650명으로 집계됐다. 사망자가 가장 많았던 2012년(8천102명)과 비교하면 "
            "{span} 만에 3분의 1 아래로 줄었다.",
            dt.date(2026, 3, 10),
            {"13년": False, "15년": True},
        ),
        (
            "한빛로보틱스의 기업가치는 1조2천억원으로 평가받았다. 2023년 5월 시리즈A 당시 평가받은 3천억원과 "
            "비교하면 {span} 만에 네 배로 뛰었다.",
            dt.date(2025, 6, 20),
            {"2년 1개월": False, "3년 1개월": True},
        ),
    ],
)
def test_span_runs_from_the_period_of_the_figure_compared_with(knowledge, text, published, fires):
    for span, wrong in fires.items():
        found, passed = _elapsed(knowledge, text.format(span=span), published)
        assert bool(found) == wrong, (span, found)
        if not wrong:
            assert passed, f"{span}: the span was not checked"


@pytest.mark.parametrize(
    "text",
    [
        # the figure compared with has no period of its own: where the span starts is not written
        "한빛로보틱스의 기업가치는 1조2천억원으로 평가받았다. 업계 평균(3천억원)과 비교하면 2년 만에 네 배로 뛰었다.",
        # `보다` compares without making the date a start
        "지난해 사망자는 2천650명이었다. 가장 많았던 2012년(8천102명)보다 13년 만에 크게 줄었다.",
    ],
)
def test_span_after_a_comparison_without_a_dated_figure_is_not_read(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert not found and not passed, (found, passed)


# ------------------------------------------------------- a span counted back to the date written after it (F406)


@pytest.mark.parametrize(
    "span,fires",
    [("25년", False), ("35년", True)],
)
def test_span_counted_back_to_the_date_after_it(knowledge, span, fires):
    text = f"지난해 1인당 연간 우유 소비량은 31.2㎏으로, {span} 전인 2000년(62.5㎏)의 절반 수준에 그쳤다."
    _assert_span(knowledge, text, fires, dt.date(2026, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        # `전부터`: a span still running, no date it is counted back to
        "지난해 1인당 연간 우유 소비량은 31.2㎏으로, 25년 전부터 2000년 수준의 절반으로 줄었다.",
        # the date after it writes no year: which year is not said
        "지난해 1인당 연간 우유 소비량은 31.2㎏으로, 25년 전인 3월(62.5㎏)의 절반 수준이다.",
    ],
)
def test_span_before_a_date_without_the_mark_or_the_year_is_not_read(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert not found and not passed, (found, passed)


# ------------------------------------------------ a record span dated by the last such event, a sentence on (F406)


@pytest.mark.parametrize(
    "text,span",
    [
        (
            "The Orrin waiting list has dropped below 40,000 for the first time in {span}, figures showed on "
            "Thursday. The list stood at 39,200 at the end of January. The last time it was below 40,000 was "
            "in March 2022.",
            {"four years": False, "two years": True},
        ),
        (
            "The Orrin line has carried fewer than 2 million riders for the first time in {span}. Ridership was "
            "1.94 million in 2025. Before that, it last fell below 2 million in 2016.",
            {"ten years": False, "six years": True},
        ),
    ],
)
def test_record_span_dated_by_the_last_event_after_a_sentence_between(knowledge, text, span):
    for length, wrong in span.items():
        found, passed = _elapsed(knowledge, text.format(span=length), dt.date(2026, 3, 10))
        assert bool(found) == wrong, (length, found)
        if not wrong:
            assert passed, f"{length}: the span was not checked"


@pytest.mark.parametrize(
    "text",
    [
        # two sentences of other figures between: the event named is no longer this record's
        "The Orrin waiting list has dropped below 40,000 for the first time in four years. The list stood at "
        "39,200 in January. Staff numbers rose to 1,200. The last time it was below 40,000 was in March 2022.",
        # told in the past, the record's date is not now: with no date of its own, where it ends is not written
        "The Orrin waiting list dropped below 40,000 for the first time in four years. The list stood at "
        "39,200 in January. The last time it was below 40,000 was in March 2022.",
    ],
)
def test_record_span_not_dated_by_an_event_far_on_or_told_in_the_past(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert not found and not passed, (found, passed)


# ------------------------------------------------------- an ordinal season counted from a dated start (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("1990년 창단한 한빛 구단은 올해로 37번째 시즌을 맞았다.", False),
        ("1990년 창단한 한빛 구단은 올해로 40번째 시즌을 맞았다.", True),
        ("Pell, who was drafted in 2017 and is in his ninth season, signed an extension in May.", False),
        # a season that spans two years: the one under way may have begun last year
        ("Pell, who was drafted in 2017 and is in his tenth season, signed an extension in May.", False),
        ("Pell, who was drafted in 2017 and is in his fifth season, signed an extension in May.", True),
        ("Founded in 2011, the Orrin league is now in its 16th season.", False),
        ("Founded in 2011, the Orrin league is now in its 19th season.", True),
    ],
)
def test_ordinal_season_counted_from_its_start(knowledge, text, fires):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert bool(found) == fires, found
    if not fires:
        assert passed, "the season was not checked"


@pytest.mark.parametrize(
    "text",
    [
        # last season's count, not the one under way
        "1990년 창단한 한빛 구단은 지난해 36번째 시즌을 치렀다.",
        # a past season: not counted to now
        "Pell, who was drafted in 2017, was in his fifth season when he was traded.",
        # a count of games, one of many a year
        "1990년 창단한 한빛 구단은 올해로 37번째 경기를 치렀다.",
    ],
)
def test_ordinal_not_of_the_current_season_is_not_read(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert not found and not passed, (found, passed)


# ------------------------------------------------------- a span bounded by two dated events (F406)


@pytest.mark.parametrize(
    "span,fires",
    [("46 years", False), ("56 years", True)],
)
def test_span_between_two_dated_events(knowledge, span, fires):
    text = f"The Orrin gas plant, which opened in 1981, will shut in 2027 after {span} of service."
    _assert_span(knowledge, text, fires, dt.date(2026, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        # one dated event: where the span ends is not written
        "The Orrin gas plant, which opened in 1981, will shut after 46 years of service.",
        # the span does not follow the later year: the two years bound something else
        "The Orrin gas plant opened in 1981 and was sold in 2027, and after 46 years of service it will shut.",
    ],
)
def test_span_without_two_dated_events_before_it_is_not_read(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 3, 10))
    assert not found and not passed, (found, passed)


# ------------------------------------------------------- a span set after `since` and a year (F406)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Mara Quell became the first Orrin woman to win the title since 2016, a decade of waiting, on Sunday.", False),
        (
            "Mara Quell became the first Orrin woman to win the title since 2016, two decades of waiting, on Sunday.",
            True,
        ),
        ("The Orrin party won a majority for the first time since 2010, 16 years of coalition rule.", False),
        ("The Orrin party won a majority for the first time since 2010, 19 years of coalition rule.", True),
    ],
)
def test_span_set_after_since_and_a_year(knowledge, text, fires):
    _assert_span(knowledge, text, fires, dt.date(2026, 9, 14))


@pytest.mark.parametrize(
    "text",
    [
        # no `since`: the year is not where the span starts
        "Mara Quell won the Orrin title in 2016, a decade of waiting ended on Sunday.",
        # no `of` after the length: not the span since the year
        "Mara Quell has won the Orrin title since 2016, a decade ago on Sunday.",
    ],
)
def test_length_after_a_year_without_since_and_of_is_not_read(knowledge, text):
    found, passed = _elapsed(knowledge, text, dt.date(2026, 9, 14))
    assert not found and not passed, (found, passed)
