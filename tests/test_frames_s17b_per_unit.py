"""Figures per unit, second round of the seventeenth session (checker/link/per_unit_apart.py): a noun the article
counts in, right before a price mark (`800병상 … 병상당`), is a per-unit mark; with no total named nor stated with
the count, the lead's amount is the total when the count is the one stated under that noun; a figure also per a
shorter period (`한 달 평균`) is not divided by the count alone.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a counted noun before `당`, the lead's amount

# `병상당 공사비`: `병상` is no listed counter, but the article counts in it (`800병상`); the total is the lead's
_WARDS = (
    "한결건설, 병원 공사 4억달러 수주\n\n"
    "한결건설이 남미에서 4억달러 규모의 병원 공사를 따냈다.\n\n"
    "회사는 3일 800병상 규모 종합병원을 현지 업체와 함께 짓는다고 밝혔다. 병상당 공사비는 약 {per}다."
)


@pytest.mark.parametrize("per,fires", [("50만달러", False), ("62만달러", True)])
def test_a_counted_noun_before_the_price_mark_is_a_per_unit_mark(knowledge, per, fires):
    assert_checked(knowledge, _WARDS.format(per=per), "F317", fires)


# two counts of the noun (`객실`): which the amount is over is not said
def test_a_noun_counted_twice_takes_no_lead_amount(knowledge):
    text = (
        "누리호텔, 리조트 2억달러에 인수\n\n"
        "누리호텔이 해변 리조트를 2억달러에 사들였다.\n\n"
        "리조트는 800객실 가운데 500객실을 운영하고 있다. 객실당 인수가는 약 40만달러다."
    )
    assert_not_checked(knowledge, text, "F317")


# a noun the article does not count in (`정당` is no count's counter): no mark
def test_a_noun_of_no_count_before_the_price_mark_is_no_mark(knowledge):
    text = (
        "한결건설이 남미에서 4억달러 규모의 병원 공사를 따냈다.\n\n"
        "회사는 3일 800병상 규모 종합병원을 짓는다고 밝혔다. 공사당 이윤은 약 62만달러다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- per unit and per month: no count alone divides it


# `회원 한 명이 한 달 평균 5만원`: of a total of some months, so the total over the members is no figure of it
def test_a_figure_per_unit_and_per_month_is_not_divided_by_the_count_alone(knowledge):
    text = (
        "하늘시 상품권 1~8월 2,400억원 판매\n\n"
        "하늘시는 올해 1~8월 상품권 판매액이 2,400억원이라고 밝혔다.\n\n"
        "상품권 회원은 60만명이다. 회원 한 명이 한 달 평균 5만원어치를 산 셈이다."
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_figure_per_unit_a_month_in_english_is_not_divided_by_the_count_alone(knowledge):
    text = (
        "Larkfield Press said its digital revenue was $6.0 million in the first half.\n\n"
        "It had 50,000 subscribers at the end of June. Revenue per subscriber was about $20 a month."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- one thing under two names: the one count beside it

# `processed 60,000 cattle …: revenue per carcass averaged`: the mark's noun names no count; the count beside it
_CATTLE = (
    "Tarnby Meats lifted revenue 8% to $90.0 million in the year to June, from $83.3 million.\n\n"
    "The plant processed 60,000 cattle, compared with 64,000 a year earlier. Prices rose, and revenue per carcass "
    "averaged {per}."
)


@pytest.mark.parametrize("per,fires", [("$1,500", False), ("$1,800", True)])
def test_the_one_count_beside_a_figure_whose_noun_names_none(knowledge, per, fires):
    assert_checked(knowledge, _CATTLE.format(per=per), "F317", fires)


# two counts in the sentence before (cattle and staff): which the figure is per is not said
def test_two_counts_before_a_figure_whose_noun_names_none_are_not_linked(knowledge):
    text = _CATTLE.format(per="$1,800").replace("compared with 64,000 a year earlier", "with 900 staff")
    assert_not_checked(knowledge, text, "F317")
