"""Averages per day over a span of days the copy states as a count (thirty-fourth session, the lead's fixes).

- Korean: a count of days above any month's (32 or more) right before its verb (`올해 236일 운영해`) is the span an
  average per day worked out over the story's total divides by (`[link.span_days]`); before, the total's year was
  taken whole, 365 days, and a holding average was reported.
- English: an event of N days (`the 14-day regatta`) is the span of its total (`[link.span_days]`); a bare number
  given per day, week or month after a count of its sentence (`48,300 parcels over 115 days,
  about 420 a day`) counts the same noun (`[elided_counts] after`), so it is read as the average of that count.

Near misses: a count of days since something (`300일 만에`), an anniversary (`100일 기념`), a date, an average of a
span the copy does not state, a number per day after a count of another noun. Every sentence is written for this
file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "average,fires",
    [("400명", False), ("520명", True)],
)
def test_a_korean_count_of_days_before_its_verb_is_the_span(knowledge, average, fires):
    text = f"도립 체육관은 올해 236일 문을 열어 관람객 9만4천 명이 다녀갔다. 하루 평균 {average}꼴이다."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "average,fires",
    [("150대", False), ("210대", True)],
)
def test_a_korean_count_of_days_after_the_total(knowledge, average, fires):
    text = f"해안 주차장에는 지난해 차량 5만2천 대가 들어왔다. 주차장은 348일 운영했고, 하루 평균 {average}꼴이다."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (days since it opened: a time to a moment, no span of the total's)
        "새 수영장은 개장 300일 만에 이용객 6만 명을 넘었다. 하루 평균 200명꼴이다.",
        # (a date of the month)
        "시장은 지난달 21일 문을 열어 손님 3천 명이 다녀갔다. 하루 평균 100명꼴이다.",
        # (an average of another noun than the total's sentence counts, no span of days written)
        "목장은 올해 젖소 120마리를 길렀다. 직원 한 명이 하루 평균 40마리를 돌본다.",
    ],
)
def test_korean_days_that_are_no_span_of_the_total(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


@pytest.mark.parametrize(
    "average,fires",
    [("about 420", False), ("about 600", True)],
)
def test_an_english_number_a_day_after_its_count(knowledge, average, fires):
    text = f"The depot handled 48,300 parcels over 115 days, {average} a day, the courier firm said."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "average,fires",
    [("roughly 300", False), ("roughly 420", True)],
)
def test_an_english_number_a_month_after_its_count(knowledge, average, fires):
    text = f"Volunteers logged 1,800 calls over the six months of the appeal, {average} a month."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a count of another noun before it: the doctors are not seen each day)
        "The clinic has 12 doctors and sees about 40 a day.",
        # (no span stated and the average not said to be worked out: a venue open some of the year's days)
        "The gallery drew 24,000 visitors last year, about 300 a week.",
        # (a rate of another thing after a count of the sentence, in a list of unrelated figures)
        "The bakery employs 30 staff, opens 6 days a week and bakes 2,000 loaves.",
    ],
)
def test_english_numbers_a_day_that_are_no_average_of_the_count(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


@pytest.mark.parametrize(
    "average,fires",
    [("about 6,500", False), ("about 9,500", True)],
)
def test_an_english_event_of_n_days_is_the_span(knowledge, average, fires):
    text = f"The 14-day regatta drew 91,000 spectators along the quays, {average} a day, the harbour board said."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the days of a deadline, no span the total was gathered over; the average of another noun)
        "Tenants have a 30-day notice period. The agency handles 2,400 tenancies and answers about 80 calls a day.",
        # (two spans of days in the sentence: which one the total is over is not said)
        "The 10-day fair and the 6-day market drew 52,000 visitors together, about 3,000 a day.",
    ],
)
def test_english_n_day_adjectives_that_are_no_span_of_the_total(knowledge, text):
    assert_not_checked(knowledge, text, "F312")
