"""Points whose sentence names only the earlier rate: the rate they are the gap from is the one the sentence
before states (link/points_from_rate_before.py). Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

HOLDING = [
    "서울 아파트 전셋값은 한 주 전보다 0.15% 올랐다. 전주 상승률(0.11%)보다 0.04%포인트 확대됐다.",
    "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.3%포인트 높다.",
    "올해 2분기 출산율은 0.71%로 집계됐다. 신생아는 5만6천명이었다. 1년 전 0.76%보다 0.05%포인트 낮다.",
    "Consumer prices rose 2.9% in July. That was 0.2 percentage point less than June's 3.1%.",
    "The jobless rate rose to 4.3% in August. That is 0.5 percentage point higher than the 3.8% of a year before.",
    "Turnout reached 61.2% on Sunday. Some 28 million people voted. It was 2.4 percentage points above the 58.8% "
    "recorded in 2020.",
]

BROKEN = [
    "서울 아파트 전셋값은 한 주 전보다 0.15% 올랐다. 전주 상승률(0.11%)보다 0.09%포인트 확대됐다.",
    "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.8%포인트 높다.",
    "Consumer prices rose 2.9% in July. That was 0.6 percentage point less than June's 3.1%.",
    "The jobless rate rose to 4.3% in August. That is 0.9 percentage point higher than the 3.8% of a year before.",
]


@pytest.mark.parametrize("text", HOLDING)
def test_points_from_the_rate_the_sentence_before_states_hold(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=False)


@pytest.mark.parametrize("text", BROKEN)
def test_points_from_the_rate_the_sentence_before_states_are_checked(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=True)


def test_the_points_link_the_rate_before_and_the_earlier_rate(knowledge):
    text = "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.3%포인트 높다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    points = found["0.3%포인트"]
    assert (points.change_of, points.compared_to, points.direction) == (found["3.4%"].id, found["3.1%"].id, 1)


@pytest.mark.parametrize(
    "text",
    [
        # two rates the sentence before: which one the points measure from is not said
        "실업률은 3.4%, 고용률은 62.1%였다. 전월 3.1%보다 0.3%포인트 높다.",
        "Unemployment was 4.3% and participation 62.7%. That is 0.5 percentage point above the 3.8% of 2023.",
        # another paragraph: a new subject
        "The agency published its monthly report. The jobless rate rose to 4.3% in August.\n\nAmong the young it "
        "is 0.5 percentage point higher than the 3.8% of a year before.",
        # three sentences back, past two sentences of counts
        "The jobless rate rose to 4.3%. Payrolls grew by 142,000. Wages rose by 13 cents. It is 0.5 percentage "
        "point above the 3.8% of a year before.",
    ],
)
def test_points_without_one_rate_just_before_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F308")
