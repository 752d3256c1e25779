"""Runs the selected rules over the claims and turns the kinds' drafts into findings."""
from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.check.base import Context, Draft, Failure, debug, isolated, locate
from checker.check.base import failure as make_failure
from checker.check.formatting import WORDING, label
from checker.check.packs import INTERNAL_ERROR, Rule, RuleSet, internal_rule
from checker.models import SEVERITY_RANK, ClaimSet, Finding, Location, Passed, Suggestion


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    passed: list[Passed] = field(default_factory=list)
    internal_errors: int = 0  # exceptions caught for one article or key: the run went on, the exit code is 2


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "?"


_FORMATTER = WORDING  # `{value:은}`: the field and the Korean particle its sound takes


def render(template: str, fields: dict[str, str]) -> str:
    return _FORMATTER.vformat(template, (), _Fields(fields))


def _location(ref, message: str | None = None, lang: str = "en") -> Location:
    return locate(ref.document, ref.start, ref.end, message if message is not None else label(ref.label, lang) or None,
                  ref.snippet)


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
        notes.append("note: 이 판단이 기대는 연결 하나는 본문에 쓰인 것이 아니라 추정한 것입니다(경고로 보고)"
                     if lang == "ko" else
                     "note: a link this rests on was inferred, not written (reported as a warning)")
    if rests_on_assumed_date(draft):
        notes.append("note: 발행일이 없어 오늘 날짜로 가정했고, 이 판단은 그 날짜에 기댑니다(경고로 보고)"
                     if lang == "ko" else
                     "note: this rests on the publication date, which is not given (today was assumed): "
                     "reported as a warning")
    return Finding(
        rule=rule.code, severity=_severity(rule, draft, overrides), message=render(rule.template(lang), draft.fields),
        location=_location(draft.primary, lang=lang), related=[_location(r, lang=lang) for r in draft.related],
        evidence={**draft.evidence, "kind": rule.kind}, notes=notes, count=draft.count,
        suggestions=[_suggestion(fix) for fix in draft.fixes],
    )


def _suggestion(fix) -> Suggestion:
    return Suggestion(location=locate(fix.ref.document, fix.ref.start, fix.ref.end), original=fix.original,
                      replacement=fix.replacement, value=fix.value, unit=fix.unit, message=fix.message)


def internal_finding(failure: Failure, ctx: Context, rule: Rule | None = None) -> Finding | None:
    """The diagnostic for an exception caught inside a stage or a kind, on the article it concerns."""
    documents = [ctx.documents[p] for p in failure.paths if p in ctx.documents]
    if ctx.drafts:  # against a ledger, a diagnostic is on a draft, never on a stored article
        documents = [d for d in documents if d.path in ctx.drafts] or documents[:0]
    if not documents:
        return None
    rule = rule or internal_rule()
    first, *others = documents
    fields = {"where": failure.where or "?", "error": failure.error}
    notes = ["help: this is a bug in factlint, not in the article: please report it with the article "
             "and the command line; the other articles were checked"]
    if failure.traceback:
        notes.append("note: " + failure.traceback.rstrip())
    elif not debug():
        notes.append("note: set FACTLINT_DEBUG=1 for the traceback")
    return Finding(rule=rule.code, severity="error", message=render(rule.template(ctx.lang), fields),
                   location=_start(first, "here"), related=[_start(d, "also involved") for d in others[:3]],
                   evidence={"kind": rule.kind, "where": failure.where, "error": failure.error}, notes=notes)


def _start(document, label: str) -> Location:
    """Where an article-wide diagnostic points: the start of its body (after any front matter)."""
    start = min(max(0, getattr(document, "body_start", 0) or 0), len(getattr(document, "text", "") or ""))
    return locate(document, start, start, label)


def run_checks(claimsets: list[ClaimSet], rules: RuleSet, ctx: Context,
               overrides: dict[str, str] | None = None, failures: Iterable[Failure] = ()) -> CheckResult:
    """Every rule over the claims. An exception inside one kind, for one article or one grouping key,
    becomes an internal-error finding (INTERNAL_ERROR) on that article, and the run goes on."""
    overrides = overrides or {}
    ctx.documents.update({cs.document.path: cs.document for cs in claimsets})
    # Against a ledger, stored articles take part in the cross-article rules only: their own
    # arithmetic was checked when they were published.
    own = [cs for cs in claimsets if cs.document.path in ctx.drafts] if ctx.drafts else claimsets
    result = CheckResult()
    internal = rules.rule(INTERNAL_ERROR) if INTERNAL_ERROR in rules.codes else internal_rule()

    def fail(failure: Failure) -> None:
        finding = internal_finding(failure, ctx, internal)
        if finding is not None:
            result.findings.append(finding)
            result.internal_errors += 1

    for failure in failures:
        fail(failure)
    for rule in rules:
        kind = rule.check_kind()
        params = rules.params(rule.code)
        where = f"{rule.code} ({rule.kind})"
        items: Iterable[Draft | Failure] = itertools.chain(
            *(isolated(lambda cs=cs, kind=kind, params=params: kind.run_document(cs, params, ctx), [cs.document.path],
                       where) for cs in own),
            isolated(lambda kind=kind, params=params: kind.run_corpus(claimsets, params, ctx),
                     [cs.document.path for cs in own[:1]], where),
        )
        for draft in items:
            if isinstance(draft, Failure):
                draft.where = draft.where or where
                fail(draft)
                continue
            try:
                if draft.passed:
                    worded = render(rule.template(ctx.lang, passed=True), draft.fields)
                    result.passed.append(Passed(rule=rule.code, message=worded,
                                                location=_location(draft.primary, lang=ctx.lang),
                                                related=[_location(r, lang=ctx.lang) for r in draft.related],
                                                evidence={**draft.evidence, "kind": rule.kind}))
                else:
                    result.findings.append(to_finding(rule, draft, ctx.lang, overrides))
            except Exception as exc:  # noqa: BLE001 — a draft that cannot be worded is still one article's bug

                fail(make_failure(exc, [draft.primary.document.path], where))
    result.findings.sort(key=lambda f: (f.location.path, f.location.start, f.rule))
    return result
