"""SARIF 2.1.0 as GitHub code scanning reads it (see CONVENTIONS.md).

Rule metadata comes from the rule packs (the same text as `factlint explain`);
columns count Unicode code points; factlint's own fingerprint goes under
`factlint/v1`, never `primaryLocationLineHash` (the upload action computes that).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from checker import __version__
from checker.check.packs import RuleSet
from checker.models import Finding, Location, Suggestion
from checker.suppress import fingerprint

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """A URI reference (RFC 3986) for a path: relative to SRCROOT when below the working directory,
    else a file:// URI; spaces, `%`, `#`, `?`, line breaks and non-ASCII letters percent-encoded."""
    posix = Path(path).as_posix()
    if Path(path).is_absolute():
        return Path(path).as_uri() if "\n" not in posix else "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")


def _region(loc: Location) -> dict:
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column,
        "charOffset": loc.start,
        "charLength": loc.end - loc.start,
    }


def _artifact(loc: Location) -> dict:
    uri = _uri(loc.path)
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "SRCROOT"}


def _location(loc: Location, index: int | None = None) -> dict:
    out = {"physicalLocation": {"artifactLocation": _artifact(loc), "region": _region(loc)}}
    if index is not None:
        out["id"] = index
        if loc.message:
            out["message"] = {"text": loc.message}
    return out


def _rule_descriptor(rules: RuleSet, code: str) -> dict:
    rule = rules.rule(code)
    example = next((e.text for e in rule.example if e.fires), "")
    help_text = f"{rule.summary}.\n\nWhy: {' '.join(rule.why.split())}\n\nExample that fires: {example}"
    help_markdown = (
        f"**{rule.summary}.**\n\n{' '.join(rule.why.split())}\n\n"
        f"Example that fires:\n\n> {example}\n\nRun `factlint explain {code}` for more."
    )
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary[:1024]},
        "fullDescription": {"text": " ".join(rule.why.split())[:1024]},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["fact-check", rule.kind],
            "precision": "high" if rule.severity == "error" else "medium",
        },
    }


def _fix(suggestion: Suggestion) -> dict:
    """A suggested fix as SARIF's `fix`: one replacement of the number's region."""
    return {
        "description": {"text": f"{suggestion.message}: `{suggestion.original}` → `{suggestion.replacement}`"},
        "artifactChanges": [
            {
                "artifactLocation": _artifact(suggestion.location),
                "replacements": [
                    {"deletedRegion": _region(suggestion.location), "insertedContent": {"text": suggestion.replacement}}
                ],
            }
        ],
    }


def _message(finding: Finding) -> str:
    """GitHub links related locations only when the message embeds them as [text](id)."""
    text = finding.message
    if finding.related:
        links = ", ".join(f"[{r.path}:{r.line}]({i})" for i, r in enumerate(finding.related, 1))
        text += f" (see {links})"
    for note in finding.notes:
        text += f"\n{note}"
    for suggestion in finding.suggestions:  # GitHub shows the message, not `fixes`
        text += f"\nhelp: {suggestion.message}: `{suggestion.original}` → `{suggestion.replacement}`"
    return text


def sarif_log(findings: list[Finding], rules: RuleSet, fingerprints: dict[int, str] | None = None) -> dict:
    codes = sorted({f.rule for f in findings} | set(rules.codes))
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for n, finding in enumerate(findings):
        result = {
            "ruleId": finding.rule,
            "ruleIndex": index.get(finding.rule, -1),
            "level": LEVELS[finding.severity],
            "message": {"text": _message(finding)},
            "locations": [_location(finding.location)],
        }
        if finding.related:
            result["relatedLocations"] = [_location(r, i) for i, r in enumerate(finding.related, 1)]
        if fingerprints and n in fingerprints:
            result["partialFingerprints"] = {"factlint/v1": fingerprints[n]}
        if finding.count > 1:
            result["occurrenceCount"] = finding.count
        if finding.suggestions:
            result["fixes"] = [_fix(s) for s in finding.suggestions]
        results.append(result)
    driver = {
        "name": "factlint",
        "version": __version__,
        "informationUri": "https://github.com/factlint/factlint",
        "rules": [_rule_descriptor(rules, c) for c in codes if c in rules.codes],
    }
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"SRCROOT": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def sarif_json(findings: list[Finding], rules: RuleSet, texts: dict[str, str] | None = None) -> str:
    prints = {i: fingerprint(f, texts or {}) for i, f in enumerate(findings)}
    return json.dumps(sarif_log(findings, rules, prints), ensure_ascii=False, indent=2)
