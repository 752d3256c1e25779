"""GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.

GitHub shows at most 10 errors and 10 warnings per step (50 per job): every
finding is printed anyway, and a closing notice points at SARIF upload.
"""

from __future__ import annotations

from checker.check.packs import RuleSet
from checker.models import Finding

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_STEP = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, rules: RuleSet) -> str:
    loc = finding.location
    props = [f"file={escape_property(loc.path)}", f"line={loc.line}"]
    if loc.line == loc.end_line:
        props += [f"col={loc.column}", f"endLine={loc.end_line}", f"endColumn={loc.end_column}"]
    else:
        props.append(f"endLine={loc.end_line}")  # GitHub rejects columns on multi-line spans
    name = rules.rule(finding.rule).name if finding.rule in rules.codes else finding.rule
    props.append(f"title={escape_property(f'{finding.rule} {name}')}")
    message = finding.message
    for related in finding.related:
        message += f"\n  see {related.path}:{related.line}:{related.column}"
        message += f" ({related.message})" if related.message else ""
    message += "".join(f"\n  {note}" for note in finding.notes)
    message += "".join(f"\n  help: {s.message}: `{s.original}` → `{s.replacement}`" for s in finding.suggestions)
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{escape_data(message)}"


def annotations(findings: list[Finding], rules: RuleSet) -> str:
    lines = [annotation(f, rules) for f in findings]
    for severity in ("error", "warning"):
        shown = sum(1 for f in findings if f.severity == severity)
        if shown > SHOWN_PER_STEP:
            lines.append(
                f"::notice title=factlint::{shown} {severity}s found; GitHub shows {SHOWN_PER_STEP} per step. "
                "Upload `factlint check --format sarif` to code scanning for the full list."
            )
    return "\n".join(lines) + ("\n" if lines else "")
