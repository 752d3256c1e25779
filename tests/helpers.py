"""Build documents from strings and run the stages on them."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path

from checker.check.base import Context
from checker.check.engine import run_checks
from checker.extract.quantities import scan
from checker.models import ClaimSet, Document
from checker.pipeline import Knowledge, analyze_document
from checker.suppress import apply_inline


def document(
    text: str, published: dt.date | None = dt.date(2024, 8, 27), language: str | None = None, path: str = "a.md"
) -> Document:
    if language is None:
        language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
    return Document(path=path, text=text, published=published, language=language)


def claims(text: str, knowledge: Knowledge, **kwargs) -> ClaimSet:
    return analyze_document(document(text, **kwargs), knowledge.lexicon)


def change_links(text: str, knowledge: Knowledge, direction: bool = False) -> dict[str, tuple]:
    """Each change's text, with the texts of the value it changes and of the figure it is measured from (and its
    direction, when asked): what a linking test compares."""
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return {
        c.text: (by_id.get(c.change_of), by_id.get(c.compared_to), *((c.direction,) if direction else ()))
        for c in found
        if c.role == "change"
    }


def conversion_role(knowledge: Knowledge, text: str, written: str, **kwargs) -> tuple[str, str | None]:
    """The role of the claim written so, and the text of the amount it converts (if any)."""
    found = claims(text, knowledge, **kwargs).claims
    by_id = {c.id: c.text for c in found}
    claim = next(c for c in found if c.text == written)
    return claim.role, by_id.get(claim.converts)


def findings(
    knowledge: Knowledge,
    *docs: Document,
    select: list[str] | None = None,
    show_passed: bool = False,
    facts: list | None = None,
):
    claimsets = [analyze_document(d, knowledge.lexicon) for d in docs]
    rules = knowledge.rules.select(set(select)) if select else knowledge.rules
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(show_passed=show_passed, metric_types=metric_types, facts=facts or [])
    result = run_checks(claimsets, rules, ctx)
    result.findings = apply_inline(result.findings, claimsets, rules.codes)
    return result


def codes(result) -> list[str]:
    return [f.rule for f in result.findings]


def benchmark_module(name: str):
    """A script of benchmarks/ imported as a module (`generate`, `corpus_score` …)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"factlint_bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def passed_spans(text: str, result, rule: str) -> list[list[str]]:
    """The texts each passed item of `rule` touches (its location and related spans), sorted per item."""
    return [
        sorted(text[loc.start : loc.end] for loc in [item.location, *item.related])
        for item in result.passed
        if item.rule == rule
    ]


def rule_fires(knowledge: Knowledge, text: str, rule: str, language: str = "en") -> bool:
    """Whether the rule reports the text (one language, no detection)."""
    result = findings(knowledge, document(text, language=language), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings]


def rule_checked(knowledge: Knowledge, text: str, rule: str, language: str = "en") -> bool:
    """Whether the rule reports the text or lists a relation of it as checked and holding."""
    result = findings(knowledge, document(text, language=language), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings] + [p.rule for p in result.passed]


def alarm_rules(knowledge: Knowledge, text: str) -> list[str]:
    """The rules that report the text as an error or a warning (a language detected from the text)."""
    return [f.rule for f in findings(knowledge, document(text)).findings if f.severity in ("error", "warning")]


def rule_passes(knowledge: Knowledge, text: str, rule: str) -> bool:
    """Whether the rule lists a relation of the text as checked and holding."""
    return rule in [p.rule for p in findings(knowledge, document(text), select=[rule], show_passed=True).passed]


# The frame tests' three assertions (a lane's file once wrote its own copy of each).
FRAME_DAY = dt.date(2026, 8, 5)


def rule_result(knowledge: Knowledge, text: str, rule: str, published: dt.date = FRAME_DAY):
    """One rule run on the text, with the relations it checked and found holding."""
    return findings(knowledge, document(text, published=published), select=[rule], show_passed=True)


def assert_checked(knowledge: Knowledge, text: str, rule: str, fires: bool, published: dt.date = FRAME_DAY) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = rule_result(knowledge, text, rule, published)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def assert_not_fired(knowledge: Knowledge, text: str, rule: str, published: dt.date = FRAME_DAY) -> None:
    """The rule reports nothing on the text."""
    result = rule_result(knowledge, text, rule, published)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


def assert_not_linked(knowledge: Knowledge, text: str, rule: str, published: dt.date = FRAME_DAY) -> None:
    """Nothing of the rule is read on the text: neither reported nor listed as checked."""
    result = rule_result(knowledge, text, rule, published)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert rule not in [p.rule for p in result.passed], [p.message for p in result.passed]


def mention_at(text: str, written: str, language: str = "en") -> tuple[str, float] | None:
    """The mention the extractor reads at the written number (its first occurrence), as (kind, value), or None."""
    mentions, _ = scan(text, language=language)
    found = re.search(rf"(?<![\w,.]){re.escape(written)}(?![\w])", text)
    at = found.start() if found else text.index(written)
    for m in mentions:
        if m.start <= at < m.end:
            return m.quantity.kind, m.quantity.value
    return None
