"""Multiples of a figure stated sentences before (twenty-first session), each a rule for a construction
(checker/link/multiples_continuing.py):
- a multiple in a sentence naming no subject, after a sentence that names none either and states a change already
  read as of a level before it (`… 3,150명을 배치했다. 지난해(2,800명)보다 12.5% 늘었다. 2018년(150명)의 21배
  수준이다`), is of that level;
- the one figure of the unit in the sentence before, written as the object of its verb (`3,150명을 배치했다`), is
  that sentence's level;
- a subject naming the deal the story reports (`이번 계약 금액은`, `계약 규모는`) is no subject of the multiple's
  own: the multiple is of the amount the sentence before states;
- a figure written as the size of what its sentence reports (`2,600억원 규모로 수출하는`) is that sentence's level;
- a multiple's sentence may open on an average of the level before (`… 73만명으로 집계됐다. 하루 2,000명꼴로, 개통
  전 예측치 50만명의 1.5배다`): the multiple is of that level, the average being of it;
- a multiple of a year's figure named after it with no determiner (`£90.0m, or 3.0 times annual earnings before
  interest, tax, depreciation and amortisation (Ebitda) of £30.0m`) is of that figure
  (`[link.multiple_of_named_after]`, checker/link/multiples_named_after.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------- a multiple after a sentence that goes on about the level before

_CARRIED = (
    "가람군은 올해 관내 농가에 외국인 근로자 3,150명을 배치했다고 4일 밝혔다. "
    "지난해(2,800명)보다 350명, 12.5% 늘어난 역대 최대 규모다. "
    "사업을 처음 시작한 2018년(150명)의 {times} 수준이다."
)


@pytest.mark.parametrize("times,fires", [("21배", False), ("30배", True)])
def test_a_multiple_after_a_change_of_the_level_before_is_of_that_level(knowledge, times, fires):
    assert_checked(knowledge, _CARRIED.format(times=times), "F304", fires)


def test_a_middle_sentence_with_its_own_subject_carries_no_level(knowledge):
    text = (
        "가람군은 올해 관내 농가에 외국인 근로자 3,150명을 배치했다고 4일 밝혔다. "
        "이 가운데 여성 근로자는 지난해(700명)보다 20% 늘었다. "
        "사업을 처음 시작한 2018년(150명)의 30배 수준이다."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------------------- the one figure of the unit as the object of its verb

_OBJECT = (
    "가람군은 올해 관내 농가에 외국인 근로자 3,150명을 배치했다고 4일 밝혔다. "
    "사업을 처음 시작한 2018년(150명)의 {times} 수준이다."
)


@pytest.mark.parametrize("times,fires", [("21배", False), ("30배", True)])
def test_the_object_of_the_sentence_before_is_its_level(knowledge, times, fires):
    assert_checked(knowledge, _OBJECT.format(times=times), "F304", fires)


def test_two_objects_of_the_unit_before_leave_the_multiple_unlinked(knowledge):
    text = (
        "가람군은 올해 외국인 근로자 3,150명을 배치하고 통역 요원 450명을 새로 뽑았다고 4일 밝혔다. "
        "사업을 처음 시작한 2018년(150명)의 30배 수준이다."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------------------------------- a subject naming the reported deal

_DEAL = (
    "누리모빌리티가 독일 운송사에 전기버스를 1,200억원에 공급하는 계약을 맺었다고 5일 밝혔다. "
    "이번 계약 금액은 종전 최대 계약(400억원)의 {times}다."
)


@pytest.mark.parametrize("times,fires", [("3배", False), ("5배", True)])
def test_a_subject_naming_the_deal_is_the_amount_before(knowledge, times, fires):
    assert_checked(knowledge, _DEAL.format(times=times), "F304", fires)


def test_a_deal_subject_after_no_amount_of_the_unit_links_nothing(knowledge):
    text = (
        "누리모빌리티가 독일 운송사에 전기버스 240대를 공급하는 계약을 맺었다고 5일 밝혔다. "
        "이번 계약 금액은 종전 최대 계약(800억원)의 5배다."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------------------------ a figure as the size of what is reported

_SIZE = (
    "누리제약은 항암 후보물질을 유럽 제약사에 2,600억원 규모로 기술수출하는 계약을 맺었다고 5일 공시했다. "
    "계약 규모는 누리제약의 지난해 매출(1,300억원)의 {times}에 이른다."
)


@pytest.mark.parametrize("times,fires", [("2배", False), ("4배", True)])
def test_a_figure_as_the_size_of_the_deal_is_its_sentences_level(knowledge, times, fires):
    assert_checked(knowledge, _SIZE.format(times=times), "F304", fires)


def test_a_size_beside_another_amount_of_the_unit_links_nothing(knowledge):
    text = (
        "누리제약은 항암 후보물질을 2,600억원 규모로 기술수출하고 계약금 300억원을 받는다고 5일 공시했다. "
        "계약 규모는 누리제약의 지난해 매출(1,300억원)의 4배에 이른다."
    )
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------- a year's figure named after the multiple, no determiner

_ANNUAL = (
    "Harlow Inns said net debt fell to £90.0m, or {times} times annual earnings before interest, tax, depreciation "
    "and amortisation (Ebitda) of £30.0m."
)


@pytest.mark.parametrize("times,fires", [("3.0", False), ("4.5", True)])
def test_a_multiple_of_an_annual_figure_named_after_it(knowledge, times, fires):
    assert_checked(knowledge, _ANNUAL.format(times=times), "F304", fires)


def test_an_annual_phrase_before_a_figure_of_another_unit_links_nothing(knowledge):
    text = "Harlow Inns said net debt fell to £90.0m, or 4.5 times annual earnings of 30.0 million units sold."
    assert_not_checked(knowledge, text, "F304")


# ----------------------------------------------------- a multiple's sentence opening on an average of the level

_AVERAGE = (
    "지난해 3월 문을 연 가람역의 개통 1년 이용객이 73만명으로 집계됐다. "
    "하루 2,000명꼴로, 개통 전 예측치 50만명의 {times}다."
)


@pytest.mark.parametrize("times,fires", [("1.5배", False), ("2.5배", True)])
def test_a_multiple_after_an_average_of_the_level_before(knowledge, times, fires):
    assert_checked(knowledge, _AVERAGE.format(times=times), "F304", fires)


def test_an_opening_figure_that_is_no_average_of_the_level_links_nothing(knowledge):
    text = (
        "지난해 3월 문을 연 가람역의 개통 1년 이용객이 73만명으로 집계됐다. "
        "하루 열차 80편이 서는 역으로, 개통 전 예측치 50만명의 2.5배다."
    )
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- a figure inside a clause that modifies a noun

_STATION = (
    "새솔역 개통 1년 이용객 73만명\n\n"
    "새솔역의 개통 첫 1년 이용객이 73만명으로 집계됐다. 직원 120명이 일하는 역으로, 예측치 50만명의 2.5배다."
)


def test_a_figure_of_a_clause_modifying_a_noun_is_not_the_figure_multiplied(knowledge):
    """`직원 120명이 일하는 역으로, 예측치 50만명의 2.5배다`: 120명 is the subject of a clause describing the station
    (a subject particle, then a word ending in a modifier), not the figure that is 2.5 times the forecast (before: a
    false error, 120명 against 50만명)."""
    result = findings(knowledge, document(_STATION), select=["F304"])
    assert not result.findings, [f.message for f in result.findings]


@pytest.mark.parametrize("times,fires", [("3", False), ("5", True)])
def test_a_figure_stated_as_the_sentences_level_is_still_multiplied(knowledge, times, fires):
    text = f"새솔공장의 올해 생산량은 9만톤으로 10년 전 3만톤의 {times}배다."
    assert_checked(knowledge, text, "F304", fires)
