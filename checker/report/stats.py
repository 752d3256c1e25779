"""Counts by rule (`--statistics`), shared by the report entry point and the text format."""

from __future__ import annotations

from collections import Counter

from checker.models import SEVERITY_RANK


def statistics(findings: list) -> list[tuple[str, str, int]]:
    """(code, worst severity, count) by rule, most frequent first (ruff's --statistics)."""
    counts = Counter(f.rule for f in findings)
    worst: dict[str, str] = {}
    for f in findings:
        if f.rule not in worst or SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst[f.rule]]:
            worst[f.rule] = f.severity
    return [(code, worst[code], n) for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
