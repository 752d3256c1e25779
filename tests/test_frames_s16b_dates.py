"""Dates and periods (sixteenth session, second round), each a rule for a construction:
- a run of quarters from the first written without a year (`1~3분기`) is the year from January through the last
  quarter named, of the article's year, or of the year named before it (`지난해 1~3분기`, `2023년 1~2분기`); a run
  from a later quarter (`2~3분기`) is no period;
- a change whose level the sentence before states, measured from a prior dated to a span (`지난해 같은 기간`), is of
  the value of the same span a year later, never of a value of a span that starts no later than the prior's (the
  earlier year's total).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import change_links, codes, document, findings

from checker.extract.time import find_times
from checker.periods import Period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("올해 1~3분기 매출은 120억원이다.", Period.year_to(2026, 9)),
        ("1~3분기 매출은 120억원이다.", Period.year_to(2026, 9)),
        ("1~2분기 매출은 80억원이다.", Period.of_half(2026, 1)),
        ("지난해 1~3분기 매출은 110억원이다.", Period.year_to(2025, 9)),
        ("2023년 1~2분기 매출은 70억원이다.", Period.of_half(2023, 1)),
        ("2~3분기 매출은 70억원이다.", None),
        ("앞으로 1~2분기 내에 흑자로 돌아설 전망이다.", None),
    ],
)
def test_a_run_of_quarters_from_the_first_is_the_year_to_its_end(text, period):
    first = find_times(text, dt.date(2026, 11, 3))[0]
    assert first.period == period


KO_SAME_SPAN = (
    "올해 1~3분기 가방 수출액이 2,400만달러로 집계됐다. 지난해 연간 수출액 2,300만달러를 이미 넘었다.\n\n"
    "가방협회에 따르면 1~3분기 수출은 지난해 같은 기간 2,000만달러보다 {rate} 늘었다."
)


def test_a_change_from_a_dated_prior_is_not_of_the_earlier_years_total(knowledge):
    text = KO_SAME_SPAN.format(rate="20%")
    assert change_links(text, knowledge)["20%"][0] != "2,300만달러"
    assert "F301" not in codes(findings(knowledge, document(text, published=dt.date(2026, 10, 20))))


EN_BACK = "The Lakeside hotel reopened on Oct. 12 after a refit that began on May 2, {n} days earlier, the owner said."
EN_BACK_WEEKS = "The mill restarted on 20 August after a shutdown that began on 4 June, {n} weeks earlier."


@pytest.mark.parametrize(
    ("text", "right", "wrong"), [(EN_BACK, 163, 150), (EN_BACK_WEEKS, 11, 8)], ids=["days", "weeks"]
)
def test_a_length_counted_back_from_the_first_date_to_the_second(knowledge, text, right, wrong):
    published = dt.date(2026, 11, 2)
    assert "F406" not in codes(findings(knowledge, document(text.format(n=right), published=published)))
    assert "F406" in codes(findings(knowledge, document(text.format(n=wrong), published=published)))


def test_a_length_counted_back_needs_the_earlier_date_second(knowledge):
    # (the second date after the first: `earlier` counts back from something else, no span between them)
    text = "The refit began on May 2 and the hotel reopened on Oct. 12, 150 days earlier than planned."
    assert "F406" not in codes(findings(knowledge, document(text, published=dt.date(2026, 11, 2))))


EN_APPOSED_WITH = "Auctions ran from 3 March 2025 to 23 February 2026, {n} weeks with a pause over the summer."


def test_a_length_set_after_a_run_before_what_it_had(knowledge):
    published = dt.date(2026, 11, 2)
    assert "F406" not in codes(findings(knowledge, document(EN_APPOSED_WITH.format(n=51), published=published)))
    assert "F406" in codes(findings(knowledge, document(EN_APPOSED_WITH.format(n=45), published=published)))


KO_REPORTED_THEN_RANGE = "한빛수협은 25일 10월 21일부터 11월 20일까지 {n} 달간 위판 실적을 집계했다."
EN_REPORTED_THEN_RANGE = (
    "The co-op said on Nov. 24 that from Oct. 21 to Nov. 20, a period of {n} months, it sold 40 tonnes."
)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [(KO_REPORTED_THEN_RANGE, "한", "두"), (EN_REPORTED_THEN_RANGE.replace("months", "month"), "one", None)],
    ids=["ko", "en"],
)
def test_a_range_after_the_day_it_is_reported_on(knowledge, text, right, wrong):
    published = dt.date(2026, 11, 25)
    assert "F406" not in codes(findings(knowledge, document(text.format(n=right), published=published)))
    if wrong:
        assert "F406" in codes(findings(knowledge, document(text.format(n=wrong), published=published)))


def test_a_range_after_the_day_it_is_reported_on_fires_in_english(knowledge):
    text = EN_REPORTED_THEN_RANGE.format(n="two")
    assert "F406" in codes(findings(knowledge, document(text, published=dt.date(2026, 11, 25))))


def test_a_date_before_a_range_that_is_not_after_it_keeps_the_range_unread(knowledge):
    # (a day before the range's end may be where the span starts: which two dates the length is between is not said)
    text = "한빛수협은 10월 5일 10월 21일부터 11월 20일까지 두 달간 위판 실적을 집계했다."
    assert "F406" not in codes(findings(knowledge, document(text, published=dt.date(2026, 11, 25))))


KO_STARTED_WORK = "농가들은 10월 2일 감을 깎아 말리기 시작해 11월 20일 첫 출하에 나선다. 건조에 {n}일이 걸리는 셈이다."


def test_a_clause_starting_work_on_the_first_date_joins_a_run(knowledge):
    published = dt.date(2026, 11, 25)
    assert "F406" not in codes(findings(knowledge, document(KO_STARTED_WORK.format(n=49), published=published)))
    assert "F406" in codes(findings(knowledge, document(KO_STARTED_WORK.format(n=40), published=published)))


def test_a_change_between_two_dates_is_no_run(knowledge):
    text = "3월 4일 판매는 12% 늘어 5월 9일 끝났다. 40일이 걸리는 셈이다."
    assert "F406" not in codes(findings(knowledge, document(text, published=dt.date(2026, 11, 25))))


EN_AFTER_EVENT = (
    "The depot in Eastvale opened on 12 March, {n} months after ground was broken in July 2024. It added 40 jobs."
)


def test_a_length_after_the_first_date_to_an_earlier_event(knowledge):
    published = dt.date(2026, 4, 2)
    assert "F406" not in codes(findings(knowledge, document(EN_AFTER_EVENT.format(n=20), published=published)))
    assert "F406" in codes(findings(knowledge, document(EN_AFTER_EVENT.format(n=16), published=published)))


def test_a_length_after_the_first_date_to_a_later_one_is_not_read(knowledge):
    # (the second date after the first: the length is from something else)
    text = "The depot opened on 12 March 2024, 16 months after the plan, and was sold in July 2025."
    assert "F406" not in codes(findings(knowledge, document(text, published=dt.date(2026, 4, 2))))


KO_SINCE_OPENING = "한빛미술관은 지난해 11월 25일 문을 연 뒤 {n}년 동안 관람객 12만명이 다녀갔다고 25일 밝혔다."


def test_a_length_after_an_event_runs_to_the_day_reported(knowledge):
    published = dt.date(2026, 11, 25)
    assert "F406" not in codes(findings(knowledge, document(KO_SINCE_OPENING.format(n=1), published=published)))
    assert "F406" in codes(findings(knowledge, document(KO_SINCE_OPENING.format(n=2), published=published)))


def test_an_event_with_no_length_before_the_day_reported_reads_nothing(knowledge):
    text = "한빛미술관은 지난해 11월 25일 문을 연 뒤 관람객 12만명이 다녀갔다고 25일 밝혔다."
    assert "F406" not in codes(findings(knowledge, document(text, published=dt.date(2026, 11, 25))))
