"""Date relations read too broadly in Korean (forty-seventh session, fix of lane `dates`).

- A run's end read against a start told before it only when the end's sentence opens with the noun of the run
the start's clause names (`14일부터 수확에 들어갔다 … 수확은 다음 달 20일까지`); `야간 개장은`, `포도 수확은` tell
another or a narrower run (checker/link/runs_from_an_earlier_start.py, `[link.run_subject_marks]`). - A count of
years opening the sentence after a start's is the time since that start only when told as reaching now or the
point told (`15년 만에`, `15년째`), not `20년 동안 서울에서 회사를 다녔다` (checker/link/date_spans_general.py,
`[link.elapsed_opening_reaches_now]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired

ELAPSED = "F406"
REVIEW_DAY = dt.date(2024, 8, 27)
OCTOBER = dt.date(2026, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        "시는 1일 여름 축제를 시작했다.\n\n야간 개장은 다음 달 10일까지 20일 동안 운영된다.",
        "농가들이 14일부터 수확에 들어갔다. 올해 작황은 좋다.\n\n포도 수확은 다음 달 20일까지 30일 동안 이어진다.",
        "군은 3일 가을 꽃 전시회를 열었다고 밝혔다. 주말 체험은 이달 24일까지 12일간 계속된다.",
        "조합은 5일부터 사과 출하를 시작했다. 햇배 출하는 다음 달 9일까지 16일 동안 이어진다.",
        "구는 7일 겨울 썰매장 문을 열었다. 눈 조각 전시는 다음 달 2일까지 11일간 열린다.",
        "마을은 12일부터 김장 배추 판매에 들어갔다. 절임 배추 판매는 이달 28일까지 9일간 계속된다.",
    ],
)
def test_a_runs_end_with_another_subject_is_not_read_against_the_start(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED, OCTOBER)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("농가들이 14일부터 수확에 들어갔다. 올해 작황은 좋다.\n\n수확은 다음 달 20일까지 38일 동안 이어진다.", False),
        ("농가들이 14일부터 수확에 들어갔다. 올해 작황은 좋다.\n\n수확은 다음 달 20일까지 30일 동안 이어진다.", True),
        ("시는 1일 여름 축제를 시작했다.\n\n축제는 다음 달 10일까지 40일 동안 이어진다.", False),
        ("시는 1일 여름 축제를 시작했다.\n\n축제는 다음 달 10일까지 20일 동안 이어진다.", True),
    ],
)
def test_a_runs_end_naming_the_started_run_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires, OCTOBER)


@pytest.mark.parametrize(
    "text",
    [
        "김씨는 2011년 고향에 내려와 딸기 농사를 시작했다. 20년 동안 서울에서 회사를 다녔다.",
        "박씨는 2015년 바닷가 마을에서 민박을 시작했다. 12년 동안 부산에서 교사로 일했다.",
        "이씨 부부는 2018년 고향 마을에서 꿀벌을 치기 시작했다. 30년 동안 공장에서 기계를 만들었다.",
        "최씨는 2009년 읍내에 빵집을 열었다. 8년 동안 호텔 주방에서 요리를 배웠다.",
        "정씨는 2016년 목공방을 차렸다. 25년간 건설 현장에서 목수로 일했다.",
    ],
)
def test_a_bare_count_of_another_activity_after_the_start_is_not_its_age(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED, REVIEW_DAY)


def test_a_count_told_as_reaching_now_after_the_start_is_still_read(knowledge):
    text = "김씨는 2011년 고향에 내려와 딸기 농사를 시작했다. 15년 만에 농가가 늘었다."
    assert_checked(knowledge, text, ELAPSED, True, REVIEW_DAY)
