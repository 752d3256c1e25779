"""Lengths of time between two dates (twenty-third session), each a rule for a construction (F406):
- half a month after a count of months: Korean `석 달 반`, `6개월 반`, `6개월 보름` (`[link.elapsed_month_half]`),
  English `six and a half months` (`[link.elapsed_half_before]`): the whole months and a half, within a week;
- a count of months in native numerals is a length of time (`석 달 만인`, `다섯 달째`: `[elapsed_time]`
  `number_words` and the unit `달`), not the first syllable of `달러`;
- a start word in a later sentence than the dates, after a word of its own (`… 내년 1월 준공한다. 착공 후 10개월
  만이다`): the span ends at the date before it and starts at the date that event's word is written right after
  (`지난 2월 착공해`); with no such date it is not read (the date before is that of another event);
- a run started by a verb of opening (`4월 3일 문을 열어 10월 18일까지`, `7월 1일 개장해 8월 31일까지`:
  `[link.run_start_clauses]`);
- days or weeks to a day ahead, counted from the publication date (checker/link/days_ahead.py): `the September 15
  vote, 19 days from now`, `three weeks away`, `with 19 days to go until the …`, `9월 15일 총회를 19일 앞두고`,
  `19일 앞으로 다가온 9월 15일` (a warning when off: the article's own day is a guess of where `now` is);
- a run's length with `만에` before a verb of finishing (`3월 공사를 시작해 6월 말까지 넉 달 만에 마쳤다`:
  `[link.span_across_after]`);
- an anniversary reached this year: Korean `창립` before the count (`1987년 설립된 … 올해로 창립 37주년`), English
  whole years told as reached now (`Founded in 1987 …, the business marks 37 years this autumn`).
Near-misses, not linked: a length after a word that starts a time at the run's second date (`이후 30일간`,
`After that … for 30 days`), a length after a figure of the second date's event in a run no range joins (`5월 9일
매출 10억원을 넘겼고 30일간 할인했다`), a start word naming an event dated nowhere before (`계약을 맺은 지`), an
amount in dollars (`달러`) between two dates; a count to a day ahead `from` something else, to a day before
publication, or in a sentence with a day of its own (`19일 앞둔 27일`); years that are no anniversary (`marks 12
years of losses`).

Every sentence is written for this file, with invented names and numbers (published 27 August 2024).
"""

from __future__ import annotations

import pytest
from helpers import claims, findings
from helpers import document as make
from test_frames import assert_checked, assert_not_checked

_RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # half a month, English: 14 March to 30 September is 6 months 16 days
        ("The pier repairs ran from 14 March to 30 September, six and a half months in all.", False),
        ("The pier repairs ran from 14 March to 30 September, eight and a half months in all.", True),
        # Korean `반` after months in native numerals: 12 March to 30 June is 3 months 18 days
        ("보수 공사는 3월 12일부터 6월 30일까지 석 달 반 동안 이어졌다.", False),
        ("보수 공사는 3월 12일부터 6월 30일까지 다섯 달 반 동안 이어졌다.", True),
        # `보름` after months: 3 April to 18 October is 6 months 15 days
        ("야간 장터는 4월 3일부터 10월 18일까지 6개월 보름 동안 열렸다.", False),
        ("야간 장터는 4월 3일부터 10월 18일까지 4개월 보름 동안 열렸다.", True),
    ],
)
def test_half_a_month(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # months in native numerals, the span's mark before its end's date
        ("새 선착장은 2월 3일 공사를 시작해 석 달 만인 5월 6일 문을 열었다.", False),
        ("새 선착장은 2월 3일 공사를 시작해 다섯 달 만인 5월 6일 문을 열었다.", True),
        ("기념관은 2023년 5월 착공해 넉 달 반 만인 2023년 9월 준공됐다.", False),
        ("기념관은 2023년 5월 착공해 여섯 달 반 만인 2023년 9월 준공됐다.", True),
    ],
)
def test_native_month_counts(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


def test_native_month_count_is_a_time_and_dollars_are_not(knowledge):
    spans = claims("새 선착장은 2월 3일 공사를 시작해 석 달 만인 5월 6일 문을 열었다.", knowledge).elapsed
    assert [(s.text.strip(), s.months) for s in spans] == [("석 달 만인", 3)]
    # (`262달러` is an amount: no length of months between the two dates)
    assert claims("관람료는 2월 3일 262달러였고 5월 6일 300달러로 올랐다.", knowledge).elapsed == []


@pytest.mark.parametrize(
    "text,fires",
    [
        # the event's word right after the first date (`착공해`), the span's end the date before it (11 months)
        ("구청은 체육관을 지난 2월 착공해 내년 1월 준공할 예정이다. 착공 후 11개월 만이다.", False),
        ("구청은 체육관을 지난 2월 착공해 내년 1월 준공할 예정이다. 착공 후 8개월 만이다.", True),
        ("조합은 2022년 3월 창고를 착공했다. 준공은 2024년 1월이었다. 착공 후 1년 10개월 만이다.", False),
        ("조합은 2022년 3월 창고를 착공했다. 준공은 2024년 1월이었다. 착공 후 2년 10개월 만이다.", True),
    ],
)
def test_event_named_in_a_later_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("야간 장터는 4월 3일 문을 열어 10월 18일까지 6개월 보름 동안 열렸다.", False),
        ("야간 장터는 4월 3일 문을 열어 10월 18일까지 7개월 보름 동안 열렸다.", True),
        ("해수욕장은 7월 1일 개장해 8월 31일까지 62일간 운영됐다.", False),
        ("해수욕장은 7월 1일 개장해 8월 31일까지 72일간 운영됐다.", True),
    ],
)
def test_run_started_by_opening(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the contract's date is written nowhere before: 30 June is the end of another event
        "회사는 인수 계약을 맺었다고 밝혔다. 거래는 6월 30일 마무리될 예정이다. 계약을 맺은 지 3개월 반 만이다.",
        # a length after a word that starts a time at the second date
        "매장은 3월 2일 판매를 시작해 5월 9일 문을 닫았다. 이후 30일간 창고로 쓰였다.",
        "매장은 3월 2일 판매를 시작해 5월 9일 문을 닫았고 이후 30일간 창고로 쓰였다.",
        "The kiosk began selling on March 2 and closed on May 9. After that it stood empty for 30 days.",
        # a length after a figure of the second date's event
        "매장은 3월 2일 판매를 시작해 5월 9일 매출 10억원을 넘겼고 30일간 할인했다.",
        "매장은 3월 2일 문을 열어 5월 9일 매출 10억원을 넘겼고 30일간 할인했다.",
    ],
)
def test_near_misses_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, _RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        # published 27 August 2024: 15 September is 19 days ahead, 14 September 18
        ("The council will vote at the September 15 meeting, 19 days from now.", False),
        ("The council will vote at the September 15 meeting, 25 days from now.", True),
        ("With three weeks to go until the September 17 final, tickets are gone.", False),
        ("With five weeks to go until the September 17 final, tickets are gone.", True),
        ("The September 14 derby is just 18 days away.", False),
        ("조합은 9월 15일 총회를 19일 앞두고 안건을 공개했다.", False),
        ("조합은 9월 15일 총회를 29일 앞두고 안건을 공개했다.", True),
        ("19일 앞으로 다가온 9월 15일 총회에서 3명이 나선다.", False),
        ("12일 앞으로 다가온 9월 15일 총회에서 3명이 나선다.", True),
    ],
)
def test_days_to_a_day_ahead(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


def test_days_ahead_is_a_warning_with_a_note(knowledge):
    result = findings(knowledge, make("The council will vote at the September 15 meeting, 25 days from now."))
    (finding,) = [f for f in result.findings if f.rule == _RULE]
    assert finding.severity == "warning"
    assert "counted from the publication date" in " ".join(finding.notes)


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on September 15, 19 days from the close of the consultation.",
        # a day before publication
        "The council voted at the August 8 meeting, 19 days from now.",
        # a day of its own in the sentence: the count may be made from it
        "On August 20 the council set the September 15 vote, 26 days from now.",
        "조합은 9월 15일 총회를 19일 앞둔 27일 안건을 공개했다.",
        "조합원들은 9월 15일 총회를 19일 앞둔 시점에 모였다.",
    ],
)
def test_days_ahead_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, _RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("1987년 설립된 한솔유업은 올해로 창립 37주년을 맞았다.", False),
        ("1987년 설립된 한솔유업은 올해로 창립 33주년을 맞았다.", True),
        ("Founded in 1987 by a dairy farmer, the business marks 37 years this autumn.", False),
        ("Founded in 1987 by a dairy farmer, the business marks 31 years this autumn.", True),
        ("Opened in 1999, the cinema celebrates 25 years in business this month.", False),
        ("Opened in 1999, the cinema celebrates 21 years in business this month.", True),
    ],
)
def test_anniversaries_reached_now(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


def test_years_that_are_no_anniversary(knowledge):
    assert_not_checked(knowledge, "Founded in 1987, the business marks 12 years of losses.", _RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("군은 지난 3월 포장 공사를 시작해 6월 말까지 약 넉 달 만에 마쳤다.", False),
        ("군은 지난 3월 포장 공사를 시작해 6월 말까지 약 일곱 달 만에 마쳤다.", True),
        ("조합은 2023년 2월부터 2023년 9월까지 7개월 만에 준공했다.", False),
        ("조합은 2023년 2월부터 2023년 9월까지 11개월 만에 준공했다.", True),
    ],
)
def test_run_length_before_a_verb_of_finishing(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


def test_a_record_span_after_a_run_is_not_its_length(knowledge):
    # (`만에` before no verb of finishing: a record's span, not the run's length)
    assert_not_checked(knowledge, "군은 지난 3월 포장 공사를 시작해 6월 말까지 마쳤다. 5년 만에 가장 빨랐다.", _RULE)


@pytest.mark.parametrize(
    "text",
    [
        # (a review's findings, reworded) another clause's length before `away`/`from now`/`앞두고`
        "The September 15 vote comes as the levy deadline is 10 days away.",
        "Voters go to the polls on September 20, and postal ballots must arrive 7 days from now.",
        "The regatta starts on September 15, with the sister marina just 5 days away by barge.",
        "군은 9월 20일 개장하는 썰매장의 인공 눈을 개장 30일 앞두고 만들기 시작했다.",
        "구단은 9월 15일 결승을 앞두고 선수단이 10일 앞두고 귀국했다.",
        # an anniversary whose start is unsaid: another year stands between
        "The trust, founded in 1990, opened its food bank in 2001 and marks 23 years this month.",
        "Founded in 1990, the firm hired its chief in 2012; she celebrates 12 years in business this year.",
        # the event's word inside a longer word is not that event
        "구청은 체육관을 지난 2월 재착공해 내년 1월 준공할 예정이다. 착공 후 8개월 만이다.",
    ],
)
def test_review_near_misses_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, _RULE)
