"""Figures per unit (twentieth session, second round), each a rule for a construction:
- a count that is itself per a shorter period (`한 달 평균 2천건꼴`, `about 3,000 tickets a month`) is an average,
  no count of units a figure per unit divides by (checker/link/per_unit_apart.py, `_rate`);
- a figure each unit holds per a shorter period (`Each shop cleaned about 500 shirts a week`) is of a total of some
  such periods, which the count alone does not divide: not linked (checker/link/each_averages.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a count per month is no count of units

_FINES_KO = (
    "남강시는 올해 1~8월 쓰레기 무단투기 적발 건수가 2만4천건으로 지난해 같은 기간보다 6.0% 늘었다고 9일 밝혔다. "
    "{monthly}\n\n"
    "부과된 과태료는 9억6천만원으로 건당 {each}꼴이다."
)


@pytest.mark.parametrize(
    "monthly,each,fires",
    [
        ("한 달 평균 3천건꼴이다.", "4만원", False),
        ("한 달 평균 3천건꼴이다.", "7만원", True),
        ("", "4만원", False),
        ("", "7만원", True),
    ],
)
def test_a_count_per_month_is_no_count_of_units_ko(knowledge, monthly, each, fires):
    assert_checked(knowledge, _FINES_KO.format(monthly=monthly, each=each), "F317", fires)


_FINES_EN = (
    "Eastmoor council issued 36,000 parking tickets in the year to March, up 8% from the year before. "
    "{monthly}\n\n"
    "The tickets raised £1.8 million in fines, an average of £{each} per ticket."
)


@pytest.mark.parametrize(
    "monthly,each,fires",
    [
        ("That is about 3,000 tickets a month.", "50", False),
        ("That is about 3,000 tickets a month.", "80", True),
        ("", "50", False),
        ("", "80", True),
    ],
)
def test_a_count_per_month_is_no_count_of_units_en(knowledge, monthly, each, fires):
    assert_checked(knowledge, _FINES_EN.format(monthly=monthly, each=each), "F317", fires)


# ---------------------------------------------------------------- `each … a week`: per unit and per week

_SHIRTS = (
    "Brightwell Laundry cleaned 5.2 million shirts in the year to June, against 4.8 million a year earlier.\n\n"
    "The chain ended the year with 200 shops. Each shop cleaned roughly {each} shirts{period}."
)


def test_each_unit_per_week_is_not_divided_by_the_count_alone(knowledge):
    assert_not_checked(knowledge, _SHIRTS.format(each="500", period=" a week"), "F317")


@pytest.mark.parametrize("each,fires", [("26,000", False), ("31,000", True)])
def test_each_unit_over_the_span_is_divided(knowledge, each, fires):
    assert_checked(knowledge, _SHIRTS.format(each=each, period=""), "F317", fires)

