"""Quick-fix values from a finding's evidence: offered only when they make the relation hold."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

from checker.lsp.positions import Positions
from checker.lsp.suggest import suggestions


def _fix(knowledge, text: str, rule: str) -> tuple[str, str]:
    from checker.pipeline import analyze_document

    doc = document(text, published=dt.date(2024, 8, 27))
    claimset = analyze_document(doc, knowledge.lexicon)
    finding = next(f for f in findings(knowledge, doc).findings if f.rule == rule)
    claim = next(c for c in claimset.claims if c.start == finding.location.start)
    (offered,) = suggestions(finding, claim, "ko")
    return text[finding.location.start : finding.location.end], offered


@pytest.mark.parametrize(
    ("text", "rule", "wrong", "right"),
    [
        (
            "알리바바, 텐센트, 바이두의 상반기 자본 지출 총액은 500억 위안이었다. "
            "알리바바의 상반기 자본 지출은 230억 위안, "
            "텐센트의 상반기 자본 지출은 330억 위안, 바이두의 상반기 자본 지출은 42억 위안이었다.",
            "F302",
            "500억 위안",
            "600억 위안",
        ),
        (
            "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.",
            "F301",
            "50%",
            "130%",
        ),
    ],
)
def test_the_offered_value_makes_the_relation_hold(knowledge, text, rule, wrong, right):
    flagged, offered = _fix(knowledge, text, rule)
    assert (flagged, offered) == (wrong, right)
    fixed = text.replace(wrong, right, 1)
    assert rule not in [f.rule for f in findings(knowledge, document(fixed, published=dt.date(2024, 8, 27))).findings]


def test_suggestions_a_finding_carries_are_offered_as_they_are(knowledge):
    from checker.models import Finding, Location

    where = Location(path="a.md", start=0, end=3, line=1, column=1, end_line=1, end_column=4)
    finding = Finding(
        rule="F302",
        severity="error",
        message="m",
        location=where,
        evidence={"suggestions": [{"text": "600억 위안"}, "6백억 위안"]},
    )
    assert suggestions(finding, None, "ko") == ["600억 위안", "6백억 위안"]
    assert suggestions(Finding(rule="F401", severity="error", message="m", location=where), None, "ko") == []


def test_positions_count_utf16_units_and_every_line_break():
    text = "가\r\n😀x\ry\n"
    positions = Positions(text)
    assert positions.position(text.index("x")) == (1, 2)  # the emoji is two UTF-16 units
    assert positions.position(text.index("y")) == (2, 0)  # a bare CR ends a line too
    assert Positions(text, "utf-32").position(text.index("x")) == (1, 1)
    assert Positions(text, "utf-8").position(text.index("x")) == (1, 4)
    for offset in (0, text.index("x"), text.index("y"), len(text)):
        assert positions.offset(*positions.position(offset)) == offset
