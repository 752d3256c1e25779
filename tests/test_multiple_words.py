"""Multiple words as an editor reads them (issue 14, item 3; DESIGN's table row for `두 배`)."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings

from checker.check.kinds.multiple import MultipleParams, word_readings
from checker.check.packs import load_rules
from checker.models import Claim, Quantity

KO = "삼성전자의 올해 상반기 영업이익은 {}으로 전년 동기 {}에서 {} 늘었다."
EN = "Samsung's first-half operating profit {} to {} from {} a year earlier."


def verdict(knowledge, text: str):
    found = [f for f in findings(knowledge, document(text), select=["F304"]).findings if f.rule == "F304"]
    return found[0].severity if found else None


@pytest.mark.parametrize(
    "value, prior, word, expected",
    [
        ("2조 200억원", "1조 200억원", "두 배로", None),  # ×1.98
        ("1조 8000억원", "1조원", "두 배로", None),  # 1조 is 0.5조–1.5조: the rounding decides
        ("1조 5200억원", "1조 200억원", "두 배로", "warning"),  # ×1.49: the example
        ("1조 2200억원", "1조 200억원", "두 배로", "error"),  # ×1.20
        ("2조 8000억원", "1조 200억원", "두 배로", "error"),  # ×2.75
        ("3조 1000억원", "1조 200억원", "세 배로", None),  # ×3.04
        ("2조 4000억원", "1조 200억원", "세 배로", "warning"),  # ×2.35
        ("2조 400억원", "1조 100억원", "2배 이상", None),
        ("1조 9700억원", "1조 100억원", "2배 이상", "warning"),  # just under 2
        ("1조 5000억원", "1조 100억원", "2배 이상", "error"),
        ("1조 9000억원", "1조 100억원", "두 배 가까이", None),
        ("2조 3000억원", "1조 100억원", "두 배 가까이", "error"),
    ],
)
def test_korean_multiple_words(knowledge, value, prior, word, expected):
    assert verdict(knowledge, KO.format(value, prior, word)) == expected


@pytest.mark.parametrize(
    "verb, value, prior, expected",
    [
        ("doubled", "198 billion won", "102 billion won", None),
        ("doubled", "152 billion won", "102 billion won", "warning"),
        ("doubled", "122 billion won", "102 billion won", "error"),
        ("tripled", "306 billion won", "102 billion won", None),
        ("more than doubled", "19.7 billion dollars", "10.0 billion dollars", "warning"),
        ("more than doubled", "20.6 billion dollars", "10.0 billion dollars", None),
        ("nearly doubled", "18.9 billion dollars", "10.0 billion dollars", None),
        ("nearly doubled", "23 billion dollars", "10.0 billion dollars", "error"),
    ],
)
def test_english_multiple_words(knowledge, verb, value, prior, expected):
    assert verdict(knowledge, EN.format(verb, value, prior)) == expected


def test_the_warning_states_both_readings(knowledge):
    text = KO.format("1조 5200억원", "1조 200억원", "두 배로")
    (finding,) = findings(knowledge, document(text), select=["F304"]).findings
    assert "×1.75–×2.25" in finding.message and "loosely ×1.5–×2.5" in finding.message
    assert any("read strictly" in n and "loose reading" in n for n in finding.notes)
    assert finding.evidence["readings"]["×N"] == {"strict": [1.75, 2.25], "loose": [1.5, 2.5]}


def test_readings_are_parameters_of_the_rule(knowledge):
    """A newsroom may read `두 배` more loosely: rule-params, not code."""
    from checker.check.packs import builtin_rules_dir

    text = KO.format("1조 5200억원", "1조 200억원", "두 배로")
    loose = load_rules([builtin_rules_dir()], {"F304": {"strict": 0.26, "loose": 0.3}})
    result = findings(type(knowledge)(knowledge.lexicon, loose, knowledge.folders), document(text), select=["F304"])
    assert not result.findings


def _multiple(value: float, qualifier: str | None = None, step: float = 1.0, plus_reading: bool = False) -> Claim:
    quantity = Quantity(
        kind="multiple",
        value=value,
        low=value - step / 2,
        high=value + step / 2,
        unit="multiple",
        qualifier=qualifier,
        step=step,
    )
    return Claim(
        id="x#0", path="x", start=0, end=1, line=1, column=1, text="두 배", quantity=quantity, plus_reading=plus_reading
    )


def test_word_readings():
    params = MultipleParams()
    ((_, strict, loose),) = word_readings(_multiple(2.0), params)
    assert (strict.lo, strict.hi, loose.lo, loose.hi) == (1.75, 2.25, 1.5, 2.5)
    ((_, strict, loose),) = word_readings(_multiple(3.0), params)
    assert (strict.lo, strict.hi) == (2.625, 3.375)
    ((_, strict, loose),) = word_readings(_multiple(2.0, "atleast"), params)
    assert strict.lo == 2.0 and strict.hi == float("inf") and loose.lo == pytest.approx(1.95)
    ((_, strict, loose),) = word_readings(_multiple(2.0, "nearly"), params)
    assert (strict.lo, strict.hi) == (1.75, 2.0)
    ((_, strict, loose),) = word_readings(_multiple(1.5, step=0.1), params)
    assert (strict.lo, strict.hi) == pytest.approx((1.45, 1.55)) and loose == strict
    # `N배 증가`: ×N or +N×100%
    readings = word_readings(_multiple(2.0, plus_reading=True), params)
    assert [name for name, _, _ in readings] == ["×N", "+N×100%"] and readings[1][1].lo == 2.75


def test_the_link_stage_reads_the_rise_after_a_multiple(knowledge):
    """Check kinds never read text: whether `N배` is followed by a rise verb is the claim's field."""
    (rise,) = [c for c in claims("올해 상반기 매출은 세 배 증가했다.", knowledge).claims if c.kind == "multiple"]
    assert rise.plus_reading
    (to,) = [c for c in claims("올해 상반기 매출은 세 배로 늘었다.", knowledge).claims if c.kind == "multiple"]
    assert not to.plus_reading
