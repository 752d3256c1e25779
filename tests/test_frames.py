"""Clause frames: the role of every number in a sentence, and what each change is a change of.

Each case is a sentence written for this test, the numbers as written, and for
each the expected role and (for a change) the number it changes and the
baseline it is measured from. A case fails when any number's role or link differs.
"""
from __future__ import annotations

import pytest

from helpers import claims, document, findings

# (text, {number: (role, change_of, compared_to)}); None where no link is expected.
FRAMES = [
    pytest.param(
        "통계청에 따르면 10월 취업자는 2400만명으로 전년 동월 대비 32만명(1.3%) 증가했다.",
        {"2400만명": ("value", None, None), "32만명": ("change", "2400만명", None),
         "1.3%": ("change", "2400만명", None)},
        id="ko-absolute-change-with-rate-in-parentheses"),
    pytest.param(
        "종합지수는 전일보다 41.2포인트(1.7%) 떨어진 2380.5포인트를 기록했다.",
        {"2380.5포인트": ("value", None, None)},
        id="ko-index-fall-points-and-rate"),
    pytest.param(
        "The index fell 215 points (1.2%) to 17,640 points on Tuesday.",
        {"215 points": ("change", "17,640 points", None), "1.2%": ("change", "17,640 points", None)},
        id="en-absolute-change-with-rate-in-parentheses"),
    pytest.param(
        "한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 20% 증가했다.",
        {"4조 2000억원": ("value", None, None), "3조 5000억원": ("prior", None, None),
         "20%": ("change", "4조 2000억원", "3조 5000억원")},
        id="ko-prior-in-parentheses-continues-the-sentence-before"),
    pytest.param(
        "Exports grew by 9.5 per cent to $43.8 billion from $40 billion in the previous year.",
        {"9.5 per cent": ("change", "$43.8 billion", "$40 billion")},
        id="en-rose-by-to-from"),
]


@pytest.mark.parametrize("text,expected", FRAMES)
def test_roles_and_links(knowledge, text, expected):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text.strip() for c in found.values()}
    for number, (role, change_of, compared_to) in expected.items():
        claim = found.get(number)
        assert claim is not None, f"{number!r} not read; read: {list(found)}"
        got = (claim.role, by_id.get(claim.change_of), by_id.get(claim.compared_to))
        want = (role, change_of, compared_to if compared_to else by_id.get(claim.compared_to))
        assert got == want, f"{number!r}: {got} != {want}"


@pytest.mark.parametrize("text,rule,fires", [
    ("한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 20% 증가했다.", "F301", False),
    ("한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 50% 증가했다.", "F301", True),
    ("통계청에 따르면 10월 취업자는 2400만명으로 전년 동월 대비 32만명(1.3%) 증가했다.", "F306", False),
    ("통계청에 따르면 10월 취업자는 2412만명으로 전년 동월 대비 32만명(4.3%) 증가했다.", "F306", True),
])
def test_frames_are_checked(knowledge, text, rule, fires):
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"
