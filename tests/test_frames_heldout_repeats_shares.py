"""A headline's rate of change restated in the lead (issue 11).

Sentences of our own, in both languages. A headline words a change in a present-tense verb (`profit falls 36%`,
`prices slip 0.9%`, `shares jump 4%`) and in its own few words, which seldom match the lead's (`a 36% drop in
quarterly net income`). The headline's rate is a change (`[link.rise_verbs_before]`, `[link.fall_verbs_before]`
hold the present tense), and the restatement kind recognises it in the lead by its digits and direction: listed as
passed, never reported (a short rate one digit apart in the lead is as likely a second change as a slip).
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings


def _f405(knowledge, text: str):
    return findings(knowledge, document(text), select=["F405"], show_passed=True)


def _passed_spans(text: str, result) -> list[list[str]]:
    return [
        sorted(text[loc.start : loc.end] for loc in [item.location, *item.related])
        for item in result.passed
        if item.rule == "F405"
    ]


@pytest.mark.parametrize(
    "text,figure",
    [
        pytest.param("Acme profit jumps 12% on strong demand", "12%", id="jumps"),
        pytest.param("Home prices slip 0.4% in April", "0.4%", id="slip"),
        pytest.param("Orbis revenue falls 8% as orders dry up", "8%", id="falls"),
        pytest.param("Copper climbs 3.1% on supply worries", "3.1%", id="climbs"),
        pytest.param("Tollan shares tumble 22% after warning", "22%", id="tumble"),
    ],
)
def test_a_headline_present_tense_verb_states_a_change(knowledge, text, figure):
    found = [c for c in claims(text, knowledge).claims if text[c.start : c.end] == figure]
    assert [c.role for c in found] == ["change"]


@pytest.mark.parametrize(
    "text,statements",
    [
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\n"
            "Orbis Industries on Tuesday reported a 36% drop in second-quarter net income, citing higher costs.",
            ["36%", "36%"],
            id="en-falls-then-a-drop-noun",
        ),
        pytest.param(
            "Home prices slip 0.7% in March\n\n"
            "An index of resale flat prices compiled by the housing agency fell 0.7% in March from February.",
            ["0.7%", "0.7%"],
            id="en-slip-then-fell",
        ),
        pytest.param(
            "Brennet shares jump 14% on takeover talk\n\n"
            "Shares of the shipping group Brennet closed up 14% on Monday after it confirmed early talks.",
            ["14%", "14%"],
            id="en-jump-then-closed-up",
        ),
        pytest.param(
            "한빛제약 순이익 27% 감소\n\n한빛제약은 지난 분기 연결 기준 당기순이익이 1년 전보다 27% 줄었다고 밝혔다.",
            ["27%", "27%"],
            id="ko-headline-change-restated-in-the-lead",
        ),
        pytest.param(
            "수도권 전셋값 0.6% 하락\n\n부동산원이 집계한 이달 수도권 아파트 전세가격지수는 지난달보다 0.6% 내렸다.",
            ["0.6%", "0.6%"],
            id="ko-fall-restated-with-another-verb",
        ),
    ],
)
def test_a_headline_change_restated_in_the_lead_is_checked(knowledge, text, statements):
    result = _f405(knowledge, text)
    assert statements in _passed_spans(text, result)
    assert not [f for f in result.findings if f.rule == "F405"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\nOrbis Industries said its order book rose 36% in the quarter.",
            id="en-opposite-direction",
        ),
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\nOrbis Industries reported a 26% drop in quarterly net income.",
            id="en-other-digits-are-another-change-not-a-slip",
        ),
        pytest.param(
            "Home prices slip 0.7% in March\n\nThe housing agency publishes its index monthly. "
            "Sales volumes were steady. Rents held firm. Office values later fell 0.7% in the quarter.",
            id="en-beyond-the-lead",
        ),
        pytest.param(
            "한빛제약 순이익 27% 감소\n\n한빛제약은 지난 분기 수출이 1년 전보다 27% 늘었다고 밝혔다.",
            id="ko-opposite-direction",
        ),
        pytest.param(
            "Orbis profit rises 6% to $41 million\n\nOrbis said quarterly sales rose 6% to $52 million.",
            id="en-the-same-rate-of-two-figures",
        ),
    ],
)
def test_a_headline_change_is_not_paired_with_another_change(knowledge, text):
    result = _f405(knowledge, text)
    assert _passed_spans(text, result) == []
    assert not [f for f in result.findings if f.rule == "F405"]
