"""Durations as spans (thirty-fifth session, lane `spans`): a number before a unit of time is a span a total is
stated over unless the words around it make it a point or an offset (checker/link/durations.py), and the readings of
an average per day, month or year of a total (checker/link/span_averages.py) read it beside the spans their own words
name.

- A length after any verb or noun (`The season ran 124 days`, `worked 86 days`, `a season of 110 days`), hyphened
  (`an 18-month appeal`), with a half (`two and a half years`) or in weeks for a day's average (`six weeks`).
- A restating mark right before the average (`That is about 2,500 a day`, `which works out at 88 a day`) marks it
  as the total's average as an average mark does.
- The span the average's own sentence writes before it is its span, before one in the total's sentence
  (`15주 동안 … 냈다. 수업일은 72일로, 하루 평균 …`).
- Not spans: a length told from another time (`ago`, `later`), an age (`years old`), a frequency (`three days a
  week`), a recurrence or a window (`every`, `within`), a Korean time since an event (`98일 만에`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

from checker.link.durations import durations

PER_PERIOD = "F312"

_FERRY = "Lake ferry ends its season\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a length after a verb of lasting, the average in the same sentence
        (
            "The Vell ferry carried 217,000 passengers this year. The season ran 98 days, an average of 2,214 a day.",
            False,
        ),
        (
            "The Vell ferry carried 217,000 passengers this year. The season ran 98 days, an average of 3,214 a day.",
            True,
        ),
        # after any verb: `worked 86 days`
        ("Crews worked 64 days without a break and logged 1,280 hours, or 20 hours a day.", False),
        ("Crews worked 64 days without a break and logged 1,280 hours, or 26 hours a day.", True),
        # a noun's length: `a season of 110 days`
        ("The kiosk sold 7,700 ices over a season of 110 days, about 70 a day.", False),
        ("The kiosk sold 7,700 ices over a season of 110 days, about 95 a day.", True),
        # weeks, for a day's average
        ("The market ran for six weeks and drew 8,400 shoppers, an average of 200 a day.", False),
        ("The market ran for six weeks and drew 8,400 shoppers, an average of 260 a day.", True),
    ],
)
def test_an_english_length_is_a_span_of_an_average(knowledge, text, fires):
    assert_checked(knowledge, _FERRY + text, PER_PERIOD, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Orsk trust spent £9m on its mill over two and a half years, an average of £3.6m a year.", False),
        ("The Orsk trust spent £9m on its mill over two and a half years, an average of £5.1m a year.", True),
        ("An 18-month appeal raised $5.4m for the Pellow hospice, an average of $300,000 a month.", False),
        ("An 18-month appeal raised $5.4m for the Pellow hospice, an average of $410,000 a month.", True),
    ],
)
def test_a_length_in_years_and_halves_or_hyphened(knowledge, text, fires):
    assert_checked(knowledge, "Trust ends its appeal\n\n" + text, PER_PERIOD, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Tarn ferry carried 186,000 passengers in 124 days. That is about 1,500 passengers a day.", False),
        ("The Tarn ferry carried 186,000 passengers in 124 days. That is about 2,100 passengers a day.", True),
        ("The Tarn buses carried 24,480 passengers on 272 days. That works out at about 90 passengers a day.", False),
        ("The Tarn buses carried 24,480 passengers on 272 days. That works out at about 140 passengers a day.", True),
    ],
)
def test_a_restating_mark_before_an_average(knowledge, text, fires):
    assert_checked(knowledge, _FERRY + text, PER_PERIOD, fires)


@pytest.mark.parametrize(
    "text",
    [
        # told from another time, not a span: `ago`, `later`
        "Ten days ago the Vell ferry passed 84,000 passengers, about 7,000 a day in its busiest week.",
        # a frequency: `three days a week`
        "The Vell market opens three days a week and drew 8,400 shoppers, about 200 a day.",
        # a recurrence and a window
        "Boats are serviced every 40 days. The Vell ferry carried 84,000 passengers, about 2,100 a day.",
        # an age
        "The 60 years old Vell ferry carried 84,000 passengers, an average of 1,400 a year.",
    ],
)
def test_a_length_told_as_a_point_is_no_span(knowledge, text):
    assert_not_checked(knowledge, _FERRY + text, PER_PERIOD)


@pytest.mark.parametrize(
    "text,fires",
    [
        # weeks as days in Korean
        ("청솔군 국화박람회는 2주간 열려 관람객 4만2천 명이 찾았다. 하루 평균 3천 명꼴이다.", False),
        ("청솔군 국화박람회는 2주간 열려 관람객 4만2천 명이 찾았다. 하루 평균 4천 명꼴이다.", True),
        # the average's own sentence's span, before the total's
        (
            "한솔대는 1학기 14주 동안 아침밥 5만4천 끼를 냈다고 밝혔다. "
            "식당이 문을 연 날은 60일로, 하루 평균 900끼꼴이다.",
            False,
        ),
        (
            "한솔대는 1학기 14주 동안 아침밥 5만4천 끼를 냈다고 밝혔다. "
            "식당이 문을 연 날은 60일로, 하루 평균 1천200끼꼴이다.",
            True,
        ),
    ],
)
def test_korean_spans_of_weeks_and_the_averages_own_span(knowledge, text, fires):
    assert_checked(knowledge, "박람회 폐막\n\n" + text, PER_PERIOD, fires)


def test_a_korean_time_since_an_event_is_no_span(knowledge):
    text = "체험장 관람객 10만 명\n\n청솔 체험장은 개장 98일 만에 관람객 9만8천 명을 넘었다. 하루 평균 1천 명꼴이다."
    assert_not_checked(knowledge, text, PER_PERIOD)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("The fair ran 124 days.", "en", [(124, 0)]),
        ("It took two and a half years.", "en", [(0, 30)]),
        ("It took three years and four months.", "en", [(0, 40)]),
        ("a 13-week course", "en", [(91, 0)]),
        ("Ten days ago it closed.", "en", []),
        ("It opens three days a week.", "en", []),
        ("The 25-year-old driver won.", "en", []),
        ("She is 40 years old.", "en", []),
        ("축제는 열흘간 열렸다.", "ko", [(10, 0)]),
        ("3년간 12억원을 썼다.", "ko", [(0, 36)]),
        ("개장 98일 만에 넘었다.", "ko", []),
        ("지난 9일 열렸다.", "ko", []),
    ],
)
def test_the_duration_grammar(text, lang, expected):
    assert [(d.days, d.months) for d in durations(text, lang, 0, len(text))] == expected


ELAPSED = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a weekday in brackets after each end stands between a date and its range's joiner (published 2024-08-27)
        ("청솔 인형극제는 지난달 16일(화)부터 이달 4일(일)까지 20일간 열렸다.", False),
        ("청솔 인형극제는 지난달 16일(화)부터 이달 4일(일)까지 25일간 열렸다.", True),
    ],
)
def test_a_range_of_days_with_bracketed_weekdays_and_its_length(knowledge, text, fires):
    assert_checked(knowledge, "인형극제 폐막\n\n" + text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a length with a half is a time reference of its own (`[elapsed_time]`), so the span readings see it
        ("The Holm roof appeal was launched in February 2022. Two and a half years later, it has raised £2.1m.", False),
        ("The Holm roof appeal was launched in February 2022. Four and a half years later, it has raised £2.1m.", True),
    ],
)
def test_a_length_with_a_half_runs_to_now(knowledge, text, fires):
    assert_checked(knowledge, "Roof appeal\n\n" + text, ELAPSED, fires)
