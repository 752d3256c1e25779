"""Repeats, dates and differences that carry over to copy no one here has read (session 10): statements of one
fact that must still be compared when one of them is mistyped, so that the slip is reported, and look-alike
statements of two facts that must not be.

Sentences of our own, with invented names and numbers, in both languages where the construction exists.
"""

from __future__ import annotations

import pytest
from helpers import document, findings


def _touching(text: str, result, rule: str, figure: str, nth: int = 0) -> list:
    """The items of `rule` (findings and passed) whose spans touch the nth `figure` of the text."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(figure, at + 1)
    return [
        item
        for item in [*result.findings, *result.passed]
        if item.rule == rule and any(loc.start <= at < loc.end for loc in [item.location, *item.related])
    ]


# ------------------------------------------------------------- a headline's change, the body's first of its direction

HEADLINE_CHANGE_SLIPPED = [
    pytest.param(
        "Tarrow Motors profit rises 58% on strong rural demand\n\n"
        "MUMBAI - Tarrow Motors on Thursday reported an 18% rise in first-quarter profit, helped by exports.",
        "58%",
        id="en-profit-rises-over-reported-a-rise",
    ),
    pytest.param(
        "Kestrel index jumps 5.2% as exporters rally\n\n"
        "Shares rose across the board on Friday.\n\n"
        "The Kestrel 300 index closed up 412.55 points, or 1.2%, at 34,812.40.",
        "5.2%",
        id="en-index-jumps-over-points-or-rate",
    ),
    pytest.param(
        "Marlow home prices slip 0.5% in March\n\n"
        "Sales picked up in the month.\n\n"
        "The official index of home prices fell 0.9% to 288.1 in March from 290.7 in February.",
        "0.5%",
        id="en-one-digit-rate",
    ),
    pytest.param(
        "7월 생산자물가 5.7% 상승…석 달 만에 최고\n\n"
        "국제 유가가 오르면서 생산자물가 오름세가 커졌다.\n\n"
        "한빛통계원이 발표한 자료에 따르면 지난달 생산자물가지수는 1년 전보다 1.7% 올랐다.",
        "5.7%",
        id="ko-index-rose-over-the-year",
    ),
]


@pytest.mark.parametrize("text,slip", HEADLINE_CHANGE_SLIPPED)
def test_a_headline_change_one_leading_digit_off_the_body_first_change_is_a_slip(knowledge, text, slip):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    fired = [f for f in result.findings if f.rule == "F405"]
    assert fired, [p.message for p in result.passed]
    assert any(text.index(slip) in (loc.start for loc in [f.location, *f.related]) for f in fired)


HEADLINE_CHANGE_RESTATED = [
    pytest.param(
        "Tarrow Motors profit rises 18% on strong rural demand\n\n"
        "MUMBAI - Tarrow Motors on Thursday reported an 18% rise in first-quarter profit, helped by exports.",
        id="en-same-digits",
    ),
    pytest.param(
        "Kestrel index jumps 1.2% as exporters rally\n\n"
        "Shares rose across the board on Friday.\n\n"
        "The Kestrel 300 index closed up 412.55 points, or 1.24%, at 34,812.40.",
        id="en-rounded-by-the-headline",
    ),
]


@pytest.mark.parametrize("text", HEADLINE_CHANGE_RESTATED)
def test_a_headline_change_restated_by_the_body_passes(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


HEADLINE_CHANGE_OF_ANOTHER_THING = [
    pytest.param(
        "Tarrow Motors profit rises 58% on strong rural demand\n\n"
        "MUMBAI - Tarrow Motors on Thursday reported an 18% rise in first-quarter revenue, helped by exports.\n\n"
        "Net profit climbed 58% to Rs 1,480 crore.",
        id="en-restated-later-after-another-change",
    ),
    pytest.param(
        "Tarrow Motors profit rises 58% on strong rural demand\n\n"
        "Orrin Motors, its larger rival, on Thursday reported an 18% rise in first-quarter profit.",
        id="en-another-company-first",
    ),
    pytest.param(
        "Tarrow Motors profit rises 58% and revenue 12% on strong rural demand\n\n"
        "MUMBAI - Tarrow Motors on Thursday reported an 18% rise in first-quarter profit, helped by exports.",
        id="en-two-changes-in-the-headline",
    ),
    pytest.param(
        "Tarrow Motors profit rises nearly 60% on strong rural demand\n\n"
        "MUMBAI - Tarrow Motors on Thursday reported a 20% rise in first-quarter profit, helped by exports.",
        id="en-hedged-headline",
    ),
    pytest.param(
        "한빛 수출 5.4% 증가…석 달 만에 반등\n\n한빛무역협회에 따르면 지난달 수입은 1년 전보다 1.4% 늘었다.",
        id="ko-another-metric",
    ),
]


@pytest.mark.parametrize("text", HEADLINE_CHANGE_OF_ANOTHER_THING)
def test_a_headline_change_is_not_compared_with_a_change_of_another_thing(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"])
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- a headline length counted from the same named event

ORIGIN_LENGTHS = [
    pytest.param(
        "누리필름 '바다의 끝' 개봉 65일 만에 800만 관객\n\n"
        "지난달 4일 개봉한 '바다의 끝'은 지난 27일 누적 관객 800만 명을 넘었다. 개봉 25일 만이다.",
        True,
        id="ko-release-days-slipped",
    ),
    pytest.param(
        "누리필름 '바다의 끝' 개봉 25일 만에 800만 관객\n\n"
        "지난달 4일 개봉한 '바다의 끝'은 지난 27일 누적 관객 800만 명을 넘었다. 개봉 25일 만이다.",
        False,
        id="ko-release-days-restated",
    ),
    pytest.param(
        "한빛모바일 새 단말 출시 7개월 만에 100만대 판매\n\n"
        "한빛모바일이 지난해 내놓은 단말이 국내 판매 100만대를 돌파했다. 출시 3개월 만의 일이다.",
        True,
        id="ko-launch-months-slipped",
    ),
]


@pytest.mark.parametrize("text,fires", ORIGIN_LENGTHS)
def test_a_headline_length_counted_from_the_same_event_is_the_body_length(knowledge, text, fires):
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    assert bool([f for f in result.findings if f.rule == "F345"]) == fires, [f.message for f in result.findings]
    if not fires:
        assert [p for p in result.passed if p.rule == "F345"]


ORIGIN_LENGTHS_APART = [
    pytest.param(
        "누리필름 '바다의 끝' 개봉 65일 만에 800만 관객\n\n"
        "이 영화는 개봉 15일 만에 500만 명을, 개봉 25일 만에 700만 명을 넘었다.",
        id="ko-two-lengths-from-one-event",
    ),
    pytest.param(
        "누리필름 '바다의 끝' 개봉 65일 만에 800만 관객\n\n감독은 데뷔 25일 만에 첫 상을 받았다.",
        id="ko-another-event",
    ),
]


@pytest.mark.parametrize("text", ORIGIN_LENGTHS_APART)
def test_a_headline_length_is_not_paired_with_a_length_from_another_or_an_ambiguous_event(knowledge, text):
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
