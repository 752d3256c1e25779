"""A change measured against an earlier change of its kind, by period (eleventh session).

Every sentence is written for this file, with invented names and numbers. `증가 폭은 2월(…)보다 … 확대됐다` compares a
month's gain with February's: the gain compared is the change of a later month, never one of another grain of period
(a quarter's) or of an earlier month.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "3월 신규 대출은 5조2천억원 늘었다. 1분기 전체로는 12조원 늘었다. "
            "증가 폭은 2월(3조9천억원)보다 1조3천억원 확대됐다.",
            False,
        ),
        (
            "3월 신규 대출은 5조2천억원 늘었다. 1분기 전체로는 12조원 늘었다. "
            "증가 폭은 2월(3조9천억원)보다 1조6천억원 확대됐다.",
            True,
        ),
        ("5월 한빛카드 결제액은 8천200억원 늘었다. 증가 폭은 4월(6천100억원)보다 2천100억원 커졌다.", False),
        ("5월 한빛카드 결제액은 8천200억원 늘었다. 증가 폭은 4월(6천100억원)보다 2천600억원 커졌다.", True),
    ],
)
def test_change_compared_with_an_earlier_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_change_of_another_grain_is_not_compared(knowledge):
    # a quarter's gain is no month's gain: nothing says which month's change is compared with February's
    assert_not_checked(
        knowledge, "1분기 신규 대출은 12조원 늘었다. 증가 폭은 2월(3조9천억원)보다 1조3천억원 확대됐다.", "F305"
    )
