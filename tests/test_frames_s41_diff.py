"""Differences, growth and dates on copy never seen (forty-first session, lane `diff`).

- An age told as reached now after a verb of marking it (`this spring marks 64 years since its first concert`, `is
  celebrating 95 years`), over `all of its N years`, or as a noun's own ordinal year (`the fair's 80th year`), counted
  from the start year its sentence or the one beside it dates (checker/link/date_spans_general.py,
  `[link.age_marks_before]`, `[link.age_marks_not_after]`, `[link.age_possessed_before]`, `[link.age_year_ordinal]`); a
  past time right after a compared figure (`from 750 last year, as …`) dates that figure, not the age.
- Korean ages reached now (`올해로 50년을 맞았다`, `문을 연 지 올해로 35년이다`, `35년째다`:
  `[link.age_this_year_ordinal_after]`,
  `[link.age_since_bound_after]`) and an edition counted from the year a run started (`2018년 시작된 대회`:
  `[link.edition_first_of]`).
- A change told of now against a level stated as a past one, the level now stated before (`Sales were £40,000 last
  year, and the order alone is up 40% on that`, `지난해 600만 엔이었는데 올해는 40% 늘었다`, or the change in the next
  sentence: checker/link/changes_of_an_earlier_level.py, `[link.change_told_of_now]`, `[link.change_on_that_after]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked, document, findings, rule_result

GROWTH, DIFFERENCE, DATE = "F301", "F305", "F406"
_PUBLISHED = dt.date(2026, 6, 10)


def _result(knowledge, text: str, rule: str):
    return rule_result(knowledge, text, rule, _PUBLISHED)


def _checked(knowledge, text: str, rule: str, fires: bool) -> None:
    assert_checked(knowledge, text, rule, fires, _PUBLISHED)


def _not_linked(knowledge, text: str, rule: str) -> None:
    assert_not_linked(knowledge, text, rule, _PUBLISHED)


# ---------------------------------------------------------------- ages told as reached now (English)

_MARKS = [
    "The choir was formed in 1962, and this spring marks {n} years since its first concert.",
    "The ferry, run by the parish since 1931, is celebrating {n} years this summer.",
    "Founded in 1977 by two brothers, the tannery marks {n} years of trading this month.",
    "The orchard was planted in 1970 and has fed the village for all of its {n} years.",
    "Membership rose to 900 from 750 last year, as the trust marked the fair's {n}th year. "
    "The fair was first held in 1946 on the common.",
]
_MARKS_RIGHT = [64, 95, 49, 56, 80]


@pytest.mark.parametrize(("text", "right"), list(zip(_MARKS, _MARKS_RIGHT, strict=True)))
def test_an_age_told_as_reached_now_is_checked(knowledge, text, right):
    _checked(knowledge, text.format(n=right), DATE, fires=False)
    _checked(knowledge, text.format(n=right - 6), DATE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # another thing's years: the start is the hall's, the count the choir's
        "The hall was built in 1946. The choir marks 30 years this spring.",
        # a member's own years, not the bakery's
        "The bakery was founded in 1962; its head baker marks 30 years at the ovens this spring.",
        # a person named apart
        "The bakery was founded in 1962. Ann Lee marks 30 years at the ovens this spring.",
        # a streak's years, not the thing's age
        "The mill was founded in 1962, and this season marks 12 years of losses.",
        # another run's years: a year of another event in the sentence
        "The club was founded in 1962 and in 2001 began a stretch that marks 25 years this spring.",
    ],
)
def test_an_age_of_another_thing_is_not_linked(knowledge, text):
    _not_linked(knowledge, text, DATE)


# ---------------------------------------------------------------- ages and editions told as reached now (Korean)

_KO_AGES = [
    "1974년 아버지가 연 목공소는 올해로 {n}년을 맞았다.",
    "1989년 고모에게 떡 빚는 법을 배워 가게 문을 연 지 올해로 {n}년이다.",
    "1989년 가게 문을 연 지 {n}년째다.",
]
_KO_RIGHT = [52, 37, 37]


@pytest.mark.parametrize(("text", "right"), list(zip(_KO_AGES, _KO_RIGHT, strict=True)))
def test_a_korean_age_reached_now_is_checked(knowledge, text, right):
    _checked(knowledge, text.format(n=right), DATE, fires=False)
    _checked(knowledge, text.format(n=right - 5), DATE, fires=True)


def test_an_edition_counted_from_the_year_a_run_started(knowledge):
    text = (
        "가온시는 지난 6일과 7일 이틀 동안 가온천 둔치에서 열린 제{n}회 가온천 뗏목 대회에 "
        "36팀이 출전했다고 9일 밝혔다. "
        "2018년 시작된 대회는 한 해도 거르지 않고 열렸다."
    )
    _checked(knowledge, text.format(n=9), DATE, fires=False)
    _checked(knowledge, text.format(n=12), DATE, fires=True)


def test_a_korean_count_of_another_run_is_not_linked(knowledge):
    # the count of years a person has kept at it is no age of the shop the year before it founded
    _not_linked(knowledge, "1974년 아버지가 연 목공소에서 일하는 박 씨는 지난해 20년을 채웠다.", DATE)


# ---------------------------------------------------------------- a change told of now against a past level

_EN_PAST = [
    "A tannery near Wexham will supply 80 hides to cobblers in Lisbon under a deal worth £56,000, "
    "it said on Monday.\n\n"
    "The owner said the deal followed a visit last spring. Overseas sales came to £40,000 last year, and the Lisbon "
    "order alone is up {r}% on that.",
    "A tannery near Wexham will supply 80 hides to cobblers in Lisbon under a deal worth £56,000, "
    "it said on Monday.\n\n"
    "Its overseas sales were £40,000 last year. The Lisbon deal on its own is up {r}% on that.",
    "Orchard Lane Cider will ship 6,000 bottles to a chain in Ghent in an order worth €18,000, it said.\n\n"
    "Its Belgian sales were €12,000 last year; this year they are up {r}% with the Ghent order.",
]
_KO_PAST = [
    "해솔군의 장 제조업체가 일본 업체와 된장 3천 통을 수출하는 계약을 맺었다고 2일 밝혔다. "
    "계약 금액은 840만 엔이다.\n\n"
    "업체의 일본 수출액은 지난해 600만 엔이었는데 올해는 이번 계약만으로 {r}% 늘었다.",
    "해솔군의 장 제조업체가 일본 업체와 된장 3천 통을 수출하는 계약을 맺었다고 2일 밝혔다. "
    "계약 금액은 840만 엔이다.\n\n"
    "업체의 지난해 일본 수출액은 600만 엔이었다. 올해는 240만 엔, {r}% 늘었다.",
    "해솔군의 장 제조업체가 일본 업체와 된장 3천 통을 수출하는 계약을 맺었다고 2일 밝혔다. "
    "계약 금액은 840만 엔이다.\n\n"
    "업체의 지난해 일본 수출액은 600만 엔이었다. 올해는 이보다 {r}% 늘었다.",
    "다온농원이 대만 유통업체에 배 2천 상자를 수출하는 계약을 맺었다고 밝혔다. 계약 금액은 8만1천 달러다.\n\n"
    "농원의 대만 수출은 지난해 4만5천 달러였는데 이 계약 하나로 {r}% 늘어난다.",
]


@pytest.mark.parametrize(
    ("text", "right"),
    [(t, 40) for t in _EN_PAST[:2]] + [(_EN_PAST[2], 50)] + [(t, 40) for t in _KO_PAST[:3]] + [(_KO_PAST[3], 80)],
)
def test_a_change_told_of_now_against_a_past_level(knowledge, text, right):
    _checked(knowledge, text.format(r=right), GROWTH, fires=False)
    _checked(knowledge, text.format(r=right + 25), GROWTH, fires=True)


def test_the_difference_told_of_now_in_the_next_sentence(knowledge):
    text = _KO_PAST[1].replace("240만 엔", "{d}만 엔").format(r=40, d="{d}")
    _checked(knowledge, text.format(d=240), DIFFERENCE, fires=False)
    _checked(knowledge, text.format(d=310), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the change is last year's own, against the year before it: no change of now
        "A tannery near Wexham will supply 80 hides to cobblers in Lisbon under a deal worth £56,000.\n\n"
        "Its overseas sales were £40,000 last year, up 12%.",
        "해솔군의 장 제조업체가 일본 업체와 계약을 맺었다. 계약 금액은 840만 엔이다.\n\n"
        "업체의 일본 수출액은 지난해 600만 엔으로 전년보다 12% 늘었다.",
        # a change of another measure: the rise is of the staff, a count, not of the money
        "해솔군의 장 제조업체가 일본 업체와 계약을 맺었다. 계약 금액은 840만 엔이다.\n\n"
        "업체의 일본 수출액은 지난해 600만 엔이었는데 올해는 직원이 3명 늘었다.",
        # a subject of its own in the next sentence: another measure's change
        "해솔군의 장 제조업체가 일본 업체와 계약을 맺었다. 계약 금액은 840만 엔이다.\n\n"
        "업체의 일본 수출액은 지난해 600만 엔이었다. 올해 목표는 90% 늘었다.",
    ],
)
def test_a_change_of_another_time_or_measure_is_not_linked(knowledge, text):
    result = _result(knowledge, text, GROWTH)
    assert not any("840" in (f.message or "") for f in result.findings), [f.message for f in result.findings]
    assert not any("840" in (p.message or "") for p in result.passed), [p.message for p in result.passed]


# ---------------------------------------------------------------- a count told as the ones added, after its pair

_ADDED = [
    "The hill climb drew 60 riders on Sunday, up from 48 last year. Most of the {d} additional riders came from Wales.",
    "Forty-two bands played at the Alderby contest on Saturday, up from 35 last year, organisers said.\n\n"
    "The {d} extra bands came from Yorkshire.",
    "대회에는 48팀이 출전해 지난해 40팀보다 많았다. 늘어난 {d}팀은 모두 경남 팀이다.",
]
_ADDED_RIGHT = [12, 7, 8]


@pytest.mark.parametrize(("text", "right"), list(zip(_ADDED, _ADDED_RIGHT, strict=True)))
def test_a_count_told_as_the_ones_added_is_the_rise(knowledge, text, right):
    _checked(knowledge, text.format(d=right), DIFFERENCE, fires=False)
    _checked(knowledge, text.format(d=right - 4), DIFFERENCE, fires=True)


def test_the_rate_beside_the_ones_added_is_of_the_same_rise(knowledge):
    text = (
        "Forty-two bands played at the Alderby contest on Saturday, up from 35 last year, organisers said.\n\n"
        "The seven extra bands came from Yorkshire, a rise of {r} per cent."
    )
    _checked(knowledge, text.format(r=20), GROWTH, fires=False)
    _checked(knowledge, text.format(r=35), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the new ones may be more than the rise: some left
        "The club has 60 members, up from 48 last year. The 20 new members came from Wales.",
        # the ones added of another noun
        "The club has 60 members, up from 48 last year. The 4 extra coaches came from Wales.",
        # newly joined in Korean: gross, not the rise
        "대회에는 48팀이 출전해 지난해 40팀보다 많았다. 새로 합류한 12팀은 모두 경남 팀이다.",
    ],
)
def test_a_count_of_other_additions_is_not_the_rise(knowledge, text):
    _not_linked(knowledge, text, DIFFERENCE)


# ---------------------------------------------------------------- a run from next month, a change a year on


def test_a_run_from_next_month_is_counted_from_it(knowledge):
    text = "누리시는 다음 달부터 12월까지 {n} 동안 마을버스를 한 대 더 운행한다고 밝혔다."
    published = dt.date(2026, 9, 10)
    result = findings(knowledge, document(text.format(n="석 달"), published=published), select=[DATE], show_passed=True)
    assert DATE in [p.rule for p in result.passed] and not result.findings
    result = findings(knowledge, document(text.format(n="다섯 달"), published=published), select=[DATE])
    assert DATE in [f.rule for f in result.findings]


def test_a_change_a_year_on_from_a_past_level(knowledge):
    text = (
        "한솔농원이 싱가포르 업체와 감 1천 상자를 수출하는 계약을 맺었다. 계약 금액은 6만3천 달러다.\n\n"
        "농원의 싱가포르 수출은 지난해 4만5천 달러였는데 1년 새 {r}% 늘었다."
    )
    _checked(knowledge, text.format(r=40), GROWTH, fires=False)
    _checked(knowledge, text.format(r=70), GROWTH, fires=True)


# ---------------------------------------------------------------- a change measured on a past level set after it

_FENS = (
    "Growers in the fens have delivered 1.44 million tonnes of potatoes to the plant at Wisbeach since the season "
    "began, their co-operative said on Tuesday.\n\n"
    "That is 20,000 tonnes a day, brought in by lorries carrying 25 tonnes each. {tail}"
)


def test_a_change_measured_on_a_past_level_after_it(knowledge):
    tail = "Deliveries are up {d} tonnes on the 1.26 million tonnes by this point last year."
    _checked(knowledge, _FENS.format(tail=tail.format(d="180,000")), DIFFERENCE, fires=False)
    _checked(knowledge, _FENS.format(tail=tail.format(d="240,000")), DIFFERENCE, fires=True)


def test_a_change_of_another_measure_on_a_past_level_is_not_linked(knowledge):
    # a change of another thing, of another order of size than the level stated before
    tail = "Starch output is up 2,000 tonnes on the 30,000 tonnes of last year."
    _not_linked(knowledge, _FENS.format(tail=tail), DIFFERENCE)
