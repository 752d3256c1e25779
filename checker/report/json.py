"""JSON output: `{"claims": [...]}` and `{"findings": [...], "summary": {...}}` (a stable contract)."""

from __future__ import annotations

import json
import math
from collections import Counter

from checker.models import Claim, Finding, Passed


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def claim_record(claim: Claim) -> dict:
    record = claim.record().model_dump(mode="json", exclude={"published"})
    for key in ("low", "high", "value"):
        record[key] = _finite(getattr(claim, key))
    return record


def claims_json(claims: list[Claim]) -> str:
    return json.dumps({"claims": [claim_record(c) for c in claims]}, ensure_ascii=False, indent=2)


def summary(findings: list[Finding], articles: int, claims: int | None = None) -> dict:
    by_severity = Counter(f.severity for f in findings)
    return {
        "articles": articles,
        "claims": claims,
        "findings": len(findings),
        "by_severity": {s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }


def _clean(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def findings_json(findings: list[Finding], summary_data: dict, passed: list[Passed] | None = None) -> str:
    payload = {"findings": [_clean(f.model_dump(mode="json")) for f in findings], "summary": summary_data}
    if passed is not None:
        payload["passed"] = [p.model_dump(mode="json") for p in passed]
    return json.dumps(payload, ensure_ascii=False, indent=2)


def statistics_json(rows: list[tuple[str, str, int]], rules, articles: int) -> str:
    """`--statistics --format json`: counts by rule (ruff's shape: code, name, count)."""
    out = []
    for code, severity, count in rows:
        try:
            name = rules.rule(code).name
        except (KeyError, AttributeError):
            name = None
        out.append({"code": code, "name": name, "severity": severity, "count": count})
    return json.dumps({"statistics": out, "articles": articles}, ensure_ascii=False, indent=2)
