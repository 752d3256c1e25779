"""Dates (twenty-first session), each a rule for a construction:
- a Korean span whose own sentence's date is its end, not its start (`2030년 5월 현재까지 4년 2개월 만에`, or a
  start word after a clause break: `지난 5월 … 넘어섰는데, 출시 이후 4년 2개월 만이다`) runs from the one date, with
  its year, of the sentence before when an event of starting follows it there (`2026년 3월 서비스를 시작했다`)
  (checker/link/elapsed.py, `[link.span_until_now]`, `[link.span_start_events]`);
- a length counted back from now may carry a hedge (`opened on 4 February 2030, just over five months ago`:
  at least that long) (checker/link/elapsed_since_dates.py, `[link.length_at_least]`);
- an English length right after a second date, `after the` an event its sentence names right before the first
  date (`at the meeting on 21 April … paid on 2 June, six weeks after the meeting`)
  (checker/link/spans_between_dates.py,
  `[link.span_after_named]`);
- a Korean run joined by a verb of starting work, its length right after the end (`2031년 2월 착공해 2032년 9월까지
  19개월간`, `… 2032년 9월 준공할 예정으로, 19개월이 걸린다`) (checker/link/spans_between_dates.py,
  `[link.run_end_leads]`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _checked(knowledge, text: str, published: dt.date, fires: bool) -> None:
    result = findings(knowledge, document(text, published=published), select=["F406"], show_passed=True)
    assert ("F406" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F406" in [p.rule for p in result.passed], "the relation was not checked at all"


def _unchecked(knowledge, text: str, published: dt.date) -> None:
    result = findings(knowledge, document(text, published=published), select=["F406"], show_passed=True)
    assert "F406" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert "F406" not in [p.rule for p in result.passed], [p.message for p in result.passed]


# ------------------------------------------------- `2030년 5월 현재까지 N 만에`: the date before the span is its end

_UNTIL_NOW = (
    "누리시는 시내 공영자전거가 4,800대로 늘었다고 12일 밝혔다.\n\n"
    "누리시는 2026년 3월 처음으로 공영자전거 300대를 들여왔다. 2030년 5월 현재까지 {span} 만에 자전거가 "
    "16배로 늘었다."
)


@pytest.mark.parametrize("span,fires", [("4년 2개월", False), ("5년 2개월", True)])
def test_a_span_until_now_runs_from_the_start_in_the_sentence_before(knowledge, span, fires):
    _checked(knowledge, _UNTIL_NOW.format(span=span), dt.date(2030, 6, 12), fires)


def test_a_span_until_now_after_a_date_that_starts_nothing_is_not_read(knowledge):
    text = _UNTIL_NOW.format(span="5년 2개월").replace(
        "처음으로 공영자전거 300대를 들여왔다", "공영자전거 300대를 점검했다"
    )
    _unchecked(knowledge, text, dt.date(2030, 6, 12))


# ----------------------------- `…넘어섰는데, 출시 이후 N 만이다`: a start after a clause break, dated before

_LATER_CLAUSE = (
    "중고가전 거래 앱 '다시쓰기'는 2026년 3월 서비스를 시작했다. 지난 5월 누적 거래액 1천억원을 넘어섰는데, "
    "출시 이후 {span} 만이다."
)


@pytest.mark.parametrize("span,fires", [("4년 2개월", False), ("3년 2개월", True)])
def test_a_start_named_after_a_clause_break_is_the_date_of_the_sentence_before(knowledge, span, fires):
    _checked(knowledge, _LATER_CLAUSE.format(span=span), dt.date(2030, 6, 20), fires)


# ----------------------------------------------------- `on 4 February 2030, just over five months ago`: a hedged span

_AGO = (
    "The Kestrel Point clinic has cut its waiting list by a third. A second scanner, which opened on 4 February "
    "2030, {span} ago, did most of the work."
)


@pytest.mark.parametrize("span,fires", [("just over five months", False), ("just over nine months", True)])
def test_a_hedged_length_counted_back_from_now(knowledge, span, fires):
    _checked(knowledge, _AGO.format(span=span), dt.date(2030, 7, 20), fires)


# ------------------------------ `착공해 … 까지 N개월간`, `준공할 예정으로, N개월이 걸린다`: a run's length

_BUILD = "새 물류센터 공사는 2031년 2월 착공해 2032년 9월{lead} {span}."


@pytest.mark.parametrize(
    "lead,span,fires",
    [
        ("까지", "19개월간 진행된다", False),
        ("까지", "25개월간 진행된다", True),
        (" 준공할 예정으로,", "19개월이 걸린다", False),
        (" 준공할 예정으로,", "25개월이 걸린다", True),
    ],
)
def test_a_run_started_by_a_verb_of_work_states_its_length_after_its_end(knowledge, lead, span, fires):
    assert_checked(knowledge, _BUILD.format(lead=lead, span=span), "F406", fires)


def test_a_length_after_a_clause_naming_something_else_is_not_the_runs(knowledge):
    text = "새 물류센터 공사는 2031년 2월 착공해 2032년 9월 완공하며 공사비는 25개월에 걸쳐 나눠 낸다."
    assert_not_checked(knowledge, text, "F406")


def test_a_founding_named_after_a_clause_break_is_not_the_launch_before(knowledge):
    text = _LATER_CLAUSE.format(span="3년 2개월").replace("출시 이후", "창업 이후")
    _unchecked(knowledge, text, dt.date(2030, 6, 20))


# ------------------------------------ `paid on 2 June, six weeks after the meeting`: the event the first date dates

_MEETING = (
    "Chair Ilse Varga told members at the annual meeting on 21 April that a final dividend of 4 cents would be paid "
    "on 2 June, {span} after the {event}."
)


@pytest.mark.parametrize("span,fires", [("six weeks", False), ("nine weeks", True)])
def test_a_length_after_the_event_the_first_date_dates(knowledge, span, fires):
    assert_checked(knowledge, _MEETING.format(span=span, event="meeting"), "F406", fires)


def test_a_length_after_another_event_is_not_between_the_dates(knowledge):
    assert_not_checked(knowledge, _MEETING.format(span="nine weeks", event="audit"), "F406")
