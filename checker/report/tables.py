"""Tables and rule docs for people: `claims`, `rules`, `explain` (generated from the packs)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from checker import wording
from checker.check.packs import RuleSet
from checker.intervals import Interval
from checker.link import words as claim_words
from checker.models import Claim

if TYPE_CHECKING:
    from rich.table import Table  # imported where a table is drawn: `factlint check` draws none


def _relations(claim: Claim) -> str:
    return " ".join(
        f"{name}→#{getattr(claim, name).rsplit('#', 1)[1]}"
        for name in ("converts", "change_of", "compared_to")
        if getattr(claim, name)
    )


# The claims table's words; English is the default (`factlint claims --lang ko` for Korean).
_CLAIMS_WORDS = {
    "en": {
        "line": "line:col",
        "text": "text",
        "interval": "interval",
        "context": "who · what · when",
        "kind": "kind/role",
        "relations": "relations",
        "guessed": "guessed",
    },
    "ko": {
        "line": "줄:열",
        "text": "표현",
        "interval": "구간",
        "context": "주체 · 지표 · 기간",
        "kind": "종류/역할",
        "relations": "관계",
        "guessed": "추정",
    },
}


def _claims_title(doc, count: int, lang: str) -> str:
    if lang == "ko":
        title = f"{doc.path} — 수치 {count}개"
        if doc.published:
            day = wording.period(doc.published.isoformat(), "ko")
            title += f", {'발행일 가정' if doc.published_assumed else '발행'} {day}"
        return title
    title = f"{doc.path} — {count} claim{'s' if count != 1 else ''}"
    if doc.published:
        title += f", {'assumed ' if doc.published_assumed else ''}published {doc.published}"
    return title


def claims_tables(claimsets, width: int = 80, lang: str = "en") -> list:
    """One table per article, titled with its path, so that no column repeats it. Below 110 cells
    the kind, role and relations fold into the context column; the JSON format has every field.
    `lang`: the headings and the who, what and when in that language; numbers as the article writes them."""
    from rich.table import Table
    from rich.text import Text

    lang = lang if lang in _CLAIMS_WORDS else "en"
    words = _CLAIMS_WORDS[lang]
    wide = width >= 110
    out: list = []
    for cs in claimsets:
        claims = cs.claims
        doc = cs.document
        table = Table(
            title=_claims_title(doc, len(claims), lang),
            title_justify="left",
            show_lines=False,
            expand=False,
            pad_edge=False,
        )
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(words["line"], no_wrap=True)
        table.add_column(words["text"], overflow="fold", ratio=3)
        table.add_column(words["interval"], overflow="fold", ratio=3)
        table.add_column(words["context"], overflow="fold", ratio=4)
        if wide:
            table.add_column(words["kind"], overflow="fold", ratio=2)
            table.add_column(words["relations"], overflow="fold", ratio=2)
        notation = wording.notation(doc.language)  # numbers as the article writes them: `225억–235억 달러`
        for claim in claims:
            guess = f" ({', '.join(claim.guesses)} {words['guessed']})" if claim.guesses else ""
            # Who, what and when in words (`Samsung Electronics · operating profit · H1 2026`); the
            # JSON format keeps the ids.
            what = claim_words.metric_word(claim.metric, lang) if claim.metric else ""
            when = (wording.period(claim.period, lang) if claim.period else "") + guess
            parts = (claim_words.entities_word(claim.entities, lang), what, when)
            context = " · ".join(x for x in parts if x)
            if not wide:
                extra = " ".join(x for x in (f"[{claim.kind}/{claim.role}]", _relations(claim)) if x)
                context = f"{context} {extra}".strip()
            row = [
                claim.id.rsplit("#", 1)[1],
                f"{claim.line}:{claim.column}",
                claim.text,
                wording.interval(Interval.of(claim), claim.unit, notation),
                context,
            ]
            if wide:
                row += [f"{claim.kind}/{claim.role}", _relations(claim)]
            table.add_row(*row)
        out.append(table)
        out.append(Text(""))
    total = sum(len(cs.claims) for cs in claimsets)
    articles = len(claimsets)
    if lang == "ko":
        out.append(Text(f"기사 {articles}건, 수치 {total}개."))
    else:
        out.append(
            Text(f"{total} claim{'s' if total != 1 else ''} in {articles} article{'s' if articles != 1 else ''}.")
        )
    return out


def rules_table(rules: RuleSet, width: int = 80) -> Table:
    from rich.table import Table

    table = Table(title="factlint rules", title_justify="left", pad_edge=False)
    table.add_column("code", no_wrap=True)
    table.add_column("name", overflow="fold", ratio=2)
    if width >= 110:
        table.add_column("kind", overflow="fold")
    table.add_column("severity", no_wrap=True)
    table.add_column("what it checks", overflow="fold", ratio=4)
    for rule in rules:
        row = [rule.code, rule.name] + ([rule.kind] if width >= 110 else []) + [rule.severity, rule.summary]
        table.add_row(*row)
    return table


def rules_json(rules: RuleSet) -> str:
    return json.dumps(
        {
            "rules": [
                {
                    "code": r.code,
                    "name": r.name,
                    "kind": r.kind,
                    "severity": r.severity,
                    "summary": r.summary,
                    "source": rules.source(r.code),
                }
                for r in rules
            ]
        },
        ensure_ascii=False,
        indent=2,
    )


def explain_text(rules: RuleSet, code: str) -> str:
    rule = rules.rule(code)
    lines = [
        f"{rule.code} ({rule.name})",
        "",
        f"Kind: {rule.kind}    Default severity: {rule.severity}",
        "",
        "## What it does",
        rule.summary + ".",
        "",
        "## Why it matters",
        rule.why.strip(),
        "",
    ]
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
