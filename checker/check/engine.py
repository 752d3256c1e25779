"""Runs the selected rules over the claims and turns the kinds' drafts into findings."""
from __future__ import annotations

import itertools
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.check.base import Context, Draft, locate
from checker.check.packs import Rule, RuleSet
from checker.models import SEVERITY_RANK, ClaimSet, Finding, Location, Passed


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    passed: list[Passed] = field(default_factory=list)


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "?"


_FORMATTER = string.Formatter()


def render(template: str, fields: dict[str, str]) -> str:
    return _FORMATTER.vformat(template, (), _Fields(fields))


def _location(ref, message: str | None = None) -> Location:
    return locate(ref.document, ref.start, ref.end, message if message is not None else ref.label or None, ref.snippet)


def rests_on_assumed_date(draft: Draft) -> bool:
    """An undated draft was read as of today: what rests on that date is a guess. That is a
    reference rate or a dated reference fact (`dated`), or a relation across articles (periods
    such as `지난해` are compared as the dates resolve them). Arithmetic inside one article
    does not depend on the date: every relative period in it moves together."""
    refs = [draft.primary, *draft.related]
    # getattr: the Dask runner's cross-article groups carry a document stub without the flag.
    if not any(getattr(ref.document, "published_assumed", False) for ref in refs):
        return False
    return draft.dated or len({ref.document.path for ref in refs}) > 1


def _severity(rule: Rule, draft: Draft, overrides: dict[str, str]) -> str:
    severity = overrides.get(rule.code, rule.severity)
    if draft.severity and SEVERITY_RANK[draft.severity] < SEVERITY_RANK[severity]:
        severity = draft.severity
    if (draft.guessed or rests_on_assumed_date(draft)) and severity == "error":
        severity = "warning"  # the conflict rests on a guess (a default period, an anaphor, an assumed date …)
    return severity


def to_finding(rule: Rule, draft: Draft, lang: str, overrides: dict[str, str]) -> Finding:
    notes = list(draft.notes)
    if draft.guessed:
        notes.append("note: a link this rests on was inferred, not written (reported as a warning)")
    if rests_on_assumed_date(draft):
        notes.append("note: this rests on the publication date, which is not given (today was assumed): "
                     "reported as a warning")
    return Finding(
        rule=rule.code, severity=_severity(rule, draft, overrides), message=render(rule.template(lang), draft.fields),
        location=_location(draft.primary), related=[_location(r) for r in draft.related],
        evidence={**draft.evidence, "kind": rule.kind}, notes=notes, count=draft.count,
    )


def run_checks(claimsets: list[ClaimSet], rules: RuleSet, ctx: Context,
               overrides: dict[str, str] | None = None) -> CheckResult:
    overrides = overrides or {}
    ctx.documents.update({cs.document.path: cs.document for cs in claimsets})
    # Against a ledger, stored articles take part in the cross-article rules only: their own
    # arithmetic was checked when they were published.
    own = [cs for cs in claimsets if cs.document.path in ctx.drafts] if ctx.drafts else claimsets
    result = CheckResult()
    for rule in rules:
        kind = rule.check_kind()
        params = rules.params(rule.code)
        drafts: Iterable[Draft] = itertools.chain(
            (d for cs in own for d in kind.run_document(cs, params, ctx)),
            kind.run_corpus(claimsets, params, ctx),
        )
        for draft in drafts:
            if draft.passed:
                result.passed.append(Passed(rule=rule.code, message=render(rule.template(ctx.lang, passed=True), draft.fields),
                                            location=_location(draft.primary),
                                            related=[_location(r) for r in draft.related],
                                            evidence={**draft.evidence, "kind": rule.kind}))
            else:
                result.findings.append(to_finding(rule, draft, ctx.lang, overrides))
    result.findings.sort(key=lambda f: (f.location.path, f.location.start, f.rule))
    return result
