"""Accepting findings: inline comments in articles, and baseline files.

Inline, like ruff's `noqa` and Vale's comments, in Markdown or HTML articles:
`<!-- factlint: ignore[F401,F402] reason -->` silences those codes in the next
paragraph. A suppression that silences nothing is itself reported (F900).

A baseline records accepted findings by path, rule and a fingerprint of the
text they point at (never line numbers), with a count, so edits elsewhere in
an article do not bring them back.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from checker.check.base import locate
from checker.check.engine import render
from checker.errors import InputError
from checker.models import ClaimSet, Finding
from checker.regex_cache import compile_exact

BASELINE_VERSION = 1
_COMMENT = compile_exact(r"<!--\s*factlint:\s*ignore\[([A-Za-z0-9,\s]+)\]\s*(.*?)\s*-->", re.S)
UNUSED_CODE = "F900"


@dataclass(slots=True)
class Suppression:
    path: str
    start: int
    end: int
    codes: list[str]
    covers: tuple[int, int]
    used: bool = False


def _next_paragraph(text: str, after: int) -> tuple[int, int]:
    rest = text[after:]
    stripped = len(rest) - len(rest.lstrip())
    start = after + stripped
    blank = re.search(r"\n\s*\n", text[start:])
    return start, start + blank.start() if blank else len(text)


def find_suppressions(claimset: ClaimSet) -> list[Suppression]:
    text = claimset.document.text
    found = []
    for match in _COMMENT.finditer(text):
        codes = [c.strip().upper() for c in match.group(1).split(",") if c.strip()]
        found.append(
            Suppression(claimset.document.path, match.start(), match.end(), codes, _next_paragraph(text, match.end()))
        )
    return found


def apply_inline(
    findings: list[Finding],
    claimsets: list[ClaimSet],
    known_codes: list[str],
    *,
    rules=None,
    lang: str = "en",
    overrides: dict[str, str] | None = None,
) -> list[Finding]:
    """Drop the findings an inline comment silences; report each comment that silences nothing (F900)
    with the rule's own words in the chosen language and its configured severity (`rules`: the RuleSet)."""
    suppressions = {cs.document.path: find_suppressions(cs) for cs in claimsets}
    kept = []
    for finding in findings:
        loc = finding.location
        hit = next(
            (
                s
                for s in suppressions.get(loc.path, [])
                if s.covers[0] <= loc.start < s.covers[1] and any(finding.rule.startswith(c) for c in s.codes)
            ),
            None,
        )
        if hit:
            hit.used = True
        else:
            kept.append(finding)
    if UNUSED_CODE in known_codes:
        rule = rules.rule(UNUSED_CODE) if rules is not None and UNUSED_CODE in rules.codes else None
        template = rule.template(lang) if rule else "suppression of {codes} silences nothing in the next paragraph"
        severity = (overrides or {}).get(UNUSED_CODE, rule.severity if rule else "warning")
        documents = {cs.document.path: cs.document for cs in claimsets}
        for path, items in suppressions.items():
            for item in items:
                if not item.used:
                    kept.append(
                        Finding(
                            rule=UNUSED_CODE,
                            severity=severity,
                            message=render(template, {"codes": ", ".join(item.codes)}),
                            location=locate(documents[path], item.start, item.end),
                            evidence={"codes": item.codes},
                        )
                    )
    return kept


def _normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fingerprint(finding: Finding, texts: dict[str, str]) -> str:
    """Rule + the text of every span it points at: stable under edits elsewhere."""

    def span_text(loc) -> str:
        source = texts.get(loc.path)
        return _normalized(source[loc.start : loc.end]) if source is not None else (loc.snippet or "")

    parts = [finding.rule, span_text(finding.location)]
    parts += sorted(f"{r.path}:{span_text(r)}" for r in finding.related)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _texts(claimsets: list[ClaimSet]) -> dict[str, str]:
    return {cs.document.path: cs.document.text for cs in claimsets}


def write_baseline(path: Path, findings: list[Finding], claimsets: list[ClaimSet]) -> None:
    texts = _texts(claimsets)
    counts = Counter((f.location.path, f.rule, fingerprint(f, texts)) for f in findings)
    entries = [{"path": p, "rule": r, "fingerprint": fp, "count": n} for (p, r, fp), n in sorted(counts.items())]
    payload = {"tool": "factlint", "version": BASELINE_VERSION, "entries": entries}
    try:
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot write baseline: {exc.strerror or exc}") from None


def read_baseline(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(str(path), f"not a factlint baseline: {exc}", line) from None
    if not isinstance(data, dict) or data.get("tool") != "factlint":
        raise InputError(str(path), "not a factlint baseline")
    if data.get("version") != BASELINE_VERSION:
        raise InputError(
            str(path),
            f"baseline version {data.get('version')!r} is not supported "
            f"(expected {BASELINE_VERSION}); write it again with --write-baseline",
        )
    try:
        return Counter({(e["path"], e["rule"], e["fingerprint"]): int(e["count"]) for e in data["entries"]})
    except (KeyError, TypeError, ValueError):
        raise InputError(str(path), "baseline entries need path, rule, fingerprint and count") from None


def apply_baseline(path: Path, findings: list[Finding], claimsets: list[ClaimSet]) -> list[Finding]:
    accepted = read_baseline(path)
    texts = _texts(claimsets)
    kept = []
    for finding in findings:
        key = (finding.location.path, finding.rule, fingerprint(finding, texts))
        if accepted[key] > 0:
            accepted[key] -= 1
        else:
            kept.append(finding)
    checked = set(texts)
    stale = sum(n for (p, _, _), n in accepted.items() if n > 0 and p in checked)
    if stale:
        print(
            f"factlint: note: {path}: {stale} baseline entr{'y is' if stale == 1 else 'ies are'} stale "
            "(no longer found); write the baseline again to prune",
            file=sys.stderr,
        )
    return kept
