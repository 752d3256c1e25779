"""Time expressions and linking branches, each on sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims

from checker.extract.time import find_times
from checker.periods import Period, period_string

PUB = dt.date(2024, 11, 14)


@pytest.mark.parametrize(
    "text,period,role",
    [
        ("지난해 4분기 매출", "2023-Q4", "point"),
        ("올해 상반기 이익", "2024-H1", "point"),
        ("last year's second half", "2023-H2", "point"),
        ("7~9월 판매", "2024-Q3", "point"),
        ("the July-September quarter", "2024-Q3", "point"),
        ("the first nine months", "2024-9M", "point"),
        ("1~3분기 누적 영업이익", "2024-9M", "point"),
        ("전주 대비 0.3% 올랐다", None, "prior"),
        ("12일 공시했다", "2024-11-12", "dateline"),
        ("12일(화)", "2024-11-12", "point"),
    ],
)
def test_time_expressions(text, period, role):
    (ref, *_) = find_times(text, PUB)
    assert (period_string(ref.period), ref.role) == (period, role)


def test_week_basis_is_not_a_year_basis(knowledge):
    text = "서울 아파트값은 전주 대비 0.2% 올랐다."
    (change,) = [c for c in claims(text, knowledge, published=PUB).claims if c.role == "change"]
    assert change.basis == "week"


def test_shared_suffix_names_every_member(knowledge):
    text = "가온·누리·다온건설의 3분기 수주액 합계는 5조원이었다."
    (total,) = claims(text, knowledge, published=PUB).claims
    assert total.entities == ["가온건설", "누리건설", "다온건설"]


def test_short_form_of_a_company_named_in_full(knowledge):
    text = "Orbis Robotics raised $300m in March. Orbis said its revenue doubled to $40m in 2024."
    found = claims(text, knowledge, published=PUB, language="en").claims
    assert {tuple(c.entities) for c in found} == {("orbis",)}


def test_a_sentence_with_its_own_subject_does_not_borrow_the_value_before(knowledge):
    text = "Orbis Robotics reported revenue of $40m in 2024.\n\nSingapore's economy grew 4.4% in 2024."
    growth = [c for c in claims(text, knowledge, published=PUB, language="en").claims if c.text == "4.4%"][0]
    assert growth.change_of is None


def test_a_continuing_sentence_borrows_the_value_before(knowledge):
    text = "오르비스의 3분기 매출은 2조 4000억원이었다. 1년 새 4000억원이 늘어난 것이다."
    found = claims(text, knowledge, published=PUB).claims
    change = [c for c in found if c.role == "change"][0]
    assert change.change_of == found[0].id and "relation" in change.guesses


def test_a_dateline_does_not_date_an_event(knowledge):
    text = "가온제약은 지난 5일 미국 업체에 3억 달러 규모의 기술수출 계약을 맺었다고 12일 밝혔다."
    (deal,) = claims(text, knowledge, published=PUB).claims
    assert deal.period == Period.of_day(2024, 11, 5)
