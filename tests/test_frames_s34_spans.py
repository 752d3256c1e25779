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

# (a sentence with its average left open, the average that holds, the one that breaks it)
_SPANS = {
    "korean days before the verb": (
        "도립 체육관은 올해 236일 문을 열어 관람객 9만4천 명이 다녀갔다. 하루 평균 {}꼴이다.",
        "400명",
        "520명",
    ),
    "korean days after the total": (
        "해안 주차장에는 지난해 차량 5만2천 대가 들어왔다. 주차장은 348일 운영했고, 하루 평균 {}꼴이다.",
        "150대",
        "210대",
    ),
    "english number a day after its count": (
        "The depot handled 48,300 parcels over 115 days, {} a day, the courier firm said.",
        "about 420",
        "about 600",
    ),
    "english number a month after its count": (
        "Volunteers logged 1,800 calls over the six months of the appeal, {} a month.",
        "roughly 300",
        "roughly 420",
    ),
    "english event of n days": (
        "The 14-day regatta drew 91,000 spectators along the quays, {} a day, the harbour board said.",
        "about 6,500",
        "about 9,500",
    ),
}

_NO_SPAN = {
    # (days since it opened: a time to a moment, no span of the total's)
    "korean days since": "새 수영장은 개장 300일 만에 이용객 6만 명을 넘었다. 하루 평균 200명꼴이다.",
    # (a date of the month)
    "korean date": "시장은 지난달 21일 문을 열어 손님 3천 명이 다녀갔다. 하루 평균 100명꼴이다.",
    # (an average of another noun than the total's sentence counts, no span of days written)
    "korean other noun": "목장은 올해 젖소 120마리를 길렀다. 직원 한 명이 하루 평균 40마리를 돌본다.",
    # (a count of another noun before it: the doctors are not seen each day)
    "english other noun": "The clinic has 12 doctors and sees about 40 a day.",
    # (no span stated and the average not said to be worked out: a venue open some of the year's days)
    "english no span": "The gallery drew 24,000 visitors last year, about 300 a week.",
    # (a rate of another thing after a count of the sentence, in a list of unrelated figures)
    "english list": "The bakery employs 30 staff, opens 6 days a week and bakes 2,000 loaves.",
    # (the days of a deadline, no span the total was gathered over; the average of another noun)
    "english deadline": (
        "Tenants have a 30-day notice period. The agency handles 2,400 tenancies and answers about 80 calls a day."
    ),
    # (two spans of days in the sentence: which one the total is over is not said)
    "english two spans": "The 10-day fair and the 6-day market drew 52,000 visitors together, about 3,000 a day.",
}


@pytest.mark.parametrize("fires", [False, True], ids=["holds", "broken"])
@pytest.mark.parametrize("case", _SPANS)
def test_an_average_over_a_stated_span_of_days(knowledge, case, fires):
    template, holding, breaking = _SPANS[case]
    assert_checked(knowledge, template.format(breaking if fires else holding), "F312", fires)


@pytest.mark.parametrize("case", _NO_SPAN)
def test_days_and_rates_that_are_no_span_of_the_total(knowledge, case):
    assert_not_checked(knowledge, _NO_SPAN[case], "F312")
