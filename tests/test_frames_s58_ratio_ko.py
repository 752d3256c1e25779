"""Korean ratios of the fifty-eighth session, lane `ratio_ko`.

A body written as one line (a title, a blank line, then every sentence on one line): its lead is its first sentences,
not the whole line (checker/link/per_unit_ko.py `_lead_end`), so a crew's pace later in the line (`직원 7명이 한
사람당 하루 12개씩 만들면 35일 만에 끝낸다`) reads the order its lead states (checker/link/per_unit_per_period_ko.py).
A term the pace fills the order in (`35일 만에`, `35일이면`) is worked out like `35일이 걸린다`: the total another
sentence states is the order, compared within the term's rounding (`[link.pace_term_worked_out]`). A figure its clause
dates to a past year (`지난해 판매가 N개였는데`) is no total of the pace. A term of its own (`35일 동안`) with the
order in another sentence that names no span is left unlinked, as before.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PACE = "F312"

_FILLER = (
    "납품가는 개당 20달러다. 주문은 큰 잔과 작은 잔으로 이뤄졌다. 대표는 스무 살 때부터 흙을 만졌다. "
    "공방은 마을 어귀에 있다. 이 공방은 흙을 직접 캔다. "
)


def _one_line(order: str, pace: str, before: str = "") -> str:
    return (
        f"보라시 찻잔 공방, 일본에 찻잔 수출\n\n보라시의 찻잔 공방 '흙빛'은 일본 교토의 찻집 체인에 찻잔 {order}개를 "
        f"수출한다고 3일 밝혔다. {_FILLER}{before}{pace} 첫 배는 다음 달 떠난다.\n"
    )


_PACES = [
    # (a crew of one unit's mark, the term it fills the order in: `만에`)
    ("직원 7명이 한 사람당 하루 12개씩 빚으면 35일 만에 끝낸다.", "2천940", "4천"),
    # (`이면`)
    ("직원 7명이 한 사람당 하루 12개씩 빚으면 35일이면 물량을 채운다.", "2천940", "4천"),
    # (a count given the figure each, no mark of one)
    ("장인 9명이 하루 8개씩 빚어 40일 만에 주문량을 채운다.", "2천880", "4천"),
]


@pytest.mark.parametrize(("pace", "holds", "broken"), _PACES)
def test_a_pace_in_a_body_of_one_line_reads_the_order_of_its_lead(knowledge, pace, holds, broken):
    assert_checked(knowledge, _one_line(holds, pace), PACE, fires=False)
    assert_checked(knowledge, _one_line(broken, pace), PACE, fires=True)


def test_a_term_worked_out_reads_the_order_across_paragraphs(knowledge):
    text = (
        "보라시 찻잔 공방\n\n보라시의 찻잔 공방 '흙빛'은 찻잔 {n}개를 일본에 수출한다고 3일 밝혔다.\n\n"
        "직원 6명이 한 사람당 하루 15개씩 만들면 30일이면 주문량을 채운다.\n"
    )
    assert_checked(knowledge, text.format(n="2천700"), PACE, fires=False)
    assert_checked(knowledge, text.format(n="3천600"), PACE, fires=True)


def test_a_figure_of_a_past_year_is_no_total_of_the_pace(knowledge):
    # (last year's sales in the sentence before: the order of the lead is the pace's, and it holds)
    before = "공방은 지난해 해외 판매가 3천 개였는데, 올해는 크게 늘었다. "
    pace = "직원 7명이 한 사람당 하루 12개씩 빚으면 35일 만에 끝낸다."
    assert_checked(knowledge, _one_line("2천940", pace, before), PACE, fires=False)


@pytest.mark.parametrize(
    "pace",
    [
        # a term of its own (`동안`), the order in another sentence naming no span: which total, unsaid
        "직원 7명이 한 사람당 하루 12개씩 빚으며 35일 동안 가마를 돌린다.",
        # a date, no term (`6월 30일이면`)
        "직원 7명이 한 사람당 하루 12개씩 빚으면 6월 30일이면 끝낸다.",
    ],
)
def test_no_term_the_pace_fills_leaves_it_unlinked(knowledge, pace):
    assert_not_linked(knowledge, _one_line("2천940", pace), PACE)
