"""Tables and rule docs for people: `claims`, `rules`, `explain` (generated from the packs)."""
from __future__ import annotations

import json

from rich.table import Table

from checker.check import formatting as fmt
from checker.check.intervals import Interval
from checker.check.packs import RuleSet
from checker.models import Claim


def claims_table(claims: list[Claim]) -> Table:
    table = Table(title=f"{len(claims)} claims", show_lines=False)
    for column in ("where", "text", "kind", "interval", "entities", "metric", "period", "relations"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        relations = " ".join(f"{name}→{getattr(claim, name).rsplit('#', 1)[1]}"
                             for name in ("converts", "change_of", "compared_to") if getattr(claim, name))
        guess = f" ({', '.join(claim.guesses)} guessed)" if claim.guesses else ""
        table.add_row(
            f"{claim.path}:{claim.line}:{claim.column} #{claim.id.rsplit('#', 1)[1]}", claim.text, f"{claim.kind}/{claim.role}",
            fmt.interval(Interval.of(claim), claim.unit), ",".join(claim.entities), claim.metric or "",
            (claim.period or "") + guess, relations,
        )
    return table


def rules_table(rules: RuleSet) -> Table:
    table = Table(title="factlint rules")
    for column in ("code", "name", "kind", "severity", "summary"):
        table.add_column(column, overflow="fold")
    for rule in rules:
        table.add_row(rule.code, rule.name, rule.kind, rule.severity, rule.summary)
    return table


def rules_json(rules: RuleSet) -> str:
    return json.dumps({"rules": [
        {"code": r.code, "name": r.name, "kind": r.kind, "severity": r.severity, "summary": r.summary,
         "source": rules.source(r.code)} for r in rules]}, ensure_ascii=False, indent=2)


def explain_text(rules: RuleSet, code: str) -> str:
    rule = rules.rule(code)
    lines = [f"{rule.code} ({rule.name})", "", f"Kind: {rule.kind}    Default severity: {rule.severity}", "",
             "## What it does", rule.summary + ".", "", "## Why it matters", rule.why.strip(), ""]
    fires = [e for e in rule.example if e.fires]
    quiet = [e for e in rule.example if not e.fires]
    for title, examples in (("## Example that fires", fires[:1]), ("## Example that does not fire", quiet[:1])):
        for example in examples:
            lines += [title, f"    {example.text}"]
            if example.other:
                lines.append(f"    (another article:) {example.other}")
            lines.append("")
    lines += ["## Message", rule.message, "", f"Defined in {rules.source(code)}"]
    return "\n".join(lines) + "\n"
