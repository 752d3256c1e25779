"""Differences, dates and conversions, second pass: frames in sentences written for these tests.

Published 2024-08-27 unless a case says otherwise (tests/helpers.py).
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- dates: a start written after the end
# (checker/link/elapsed.py keeps a start date later than the end only when a word names it the start)

_SINCE_KO = "회원 수는 {start} 처음 1만명을 넘었다. 그로부터 4년 2개월이 지난 2019년 5월 2만명을 넘었다."
_AGAIN_KO = "가맹점 수는 {start} 100곳이었다. 다시 3년 만인 2018년 3월 200곳을 넘어섰다."
_RETURN_KO = "김민수는 {start} 다른 구단으로 떠났다. 그는 친정 구단에 3년 만에 복귀했다."
_AFTER_EN = "The chain opened its first shop in {start}. After a slow start, four years later, in 2017, it had 100."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_SINCE_KO.format(start="2015년 3월"), False, id="ko-since-then-holds"),
        pytest.param(_SINCE_KO.format(start="2055년 3월"), True, id="ko-since-then-start-after-end-fires"),
        pytest.param(_AGAIN_KO.format(start="2015년 3월"), False, id="ko-again-holds"),
        pytest.param(_AGAIN_KO.format(start="2019년 3월"), True, id="ko-again-start-after-end-fires"),
        pytest.param(_RETURN_KO.format(start="2021년 6월"), False, id="ko-return-holds"),
        pytest.param(_RETURN_KO.format(start="2061년 6월"), True, id="ko-return-from-a-later-date-fires"),
        pytest.param(_AFTER_EN.format(start="2013"), False, id="en-after-then-later-holds"),
        pytest.param(_AFTER_EN.format(start="2053"), True, id="en-start-after-end-fires"),
    ],
)
def test_a_start_named_by_a_word_is_checked_even_after_the_end(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_start_after_the_end_says_the_time_is_negative(knowledge):
    result = findings(knowledge, document(_SINCE_KO.format(start="2055년 3월")), select=["F406"])
    (finding,) = result.findings
    assert finding.severity == "error"
    assert "is -35 years 10 months" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # a later date before the span that no word names its start: some other date, not a misdated start
        "2023년 3월 발표된 자료를 보면 가맹점 수는 3년 만인 2019년 200곳을 넘었다.",
        "A report in 2023 said the chain, four years later, in 2017, had 100 shops.",
    ],
)
def test_a_later_date_no_word_names_the_start_is_not_read(knowledge, text):
    assert claims(text, knowledge).elapsed == []
