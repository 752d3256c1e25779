"""Runs the selected rules over the claims and turns the kinds' drafts into findings."""

from __future__ import annotations

import json
import sys
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from checker.check.base import CheckKind, Context, Draft, Failure, KindParams, debug, isolated, locate
from checker.check.base import failure as make_failure
from checker.check.formatting import WORDING, label
from checker.check.kinds import KINDS
from checker.check.packs import INTERNAL_ERROR, Rule, RuleSet, internal_rule
from checker.models import SEVERITY_RANK, ClaimSet, Finding, Location, Passed, Suggestion
from checker.periods import Period


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
    return locate(
        ref.document,
        ref.start,
        ref.end,
        message if message is not None else label(ref.label, lang) or None,
        ref.snippet,
    )


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
        notes.append(
            "note: 이 판단이 기대는 연결 하나는 본문에 쓰인 것이 아니라 추정한 것입니다(경고로 보고)"
            if lang == "ko"
            else "note: a link this rests on was inferred, not written (reported as a warning)"
        )
    if rests_on_assumed_date(draft):
        notes.append(
            "note: 발행일이 없어 오늘 날짜로 가정했고, 이 판단은 그 날짜에 기댑니다(경고로 보고)"
            if lang == "ko"
            else "note: this rests on the publication date, which is not given (today was assumed): "
            "reported as a warning"
        )
    return Finding(
        rule=rule.code,
        severity=_severity(rule, draft, overrides),
        message=render(rule.template(lang), draft.fields),
        location=_location(draft.primary, lang=lang),
        related=[_location(r, lang=lang) for r in draft.related],
        evidence={**draft.evidence, "kind": rule.kind},
        notes=notes,
        count=draft.count,
        suggestions=[_suggestion(fix) for fix in draft.fixes],
    )


def _suggestion(fix) -> Suggestion:
    return Suggestion(
        location=locate(fix.ref.document, fix.ref.start, fix.ref.end),
        original=fix.original,
        replacement=fix.replacement,
        value=fix.value,
        unit=fix.unit,
        message=fix.message,
    )


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
    notes = [
        "help: this is a bug in factlint, not in the article: please report it with the article "
        "and the command line; the other articles were checked"
    ]
    if failure.traceback:
        notes.append("note: " + failure.traceback.rstrip())
    elif not debug():
        notes.append("note: set FACTLINT_DEBUG=1 for the traceback")
    return Finding(
        rule=rule.code,
        severity="error",
        message=render(rule.template(ctx.lang), fields),
        location=_start(first, "here"),
        related=[_start(d, "also involved") for d in others[:3]],
        evidence={"kind": rule.kind, "where": failure.where, "error": failure.error},
        notes=notes,
    )


def _start(document, label: str) -> Location:
    """Where an article-wide diagnostic points: the start of its body (after any front matter)."""
    start = max(0, getattr(document, "body_start", 0) or 0)
    text = getattr(document, "text", "")
    if text:  # a stub whose text was not kept still knows where its body starts
        start = min(start, len(text))
    return locate(document, start, start, label)


# (rule index, phase: 0 per article or 1 across, the article's index or the group's earliest entry's order, draft index)
Order = tuple


@dataclass(slots=True)
class ArticleChecked:
    """One article's per-article results, each with its place in a one-pass run's order, and what
    it hands on to the cross-article phase."""

    findings: list[tuple[Order, Finding]] = field(default_factory=list)
    passed: list[tuple[Order, Passed]] = field(default_factory=list)
    entries: list[tuple[tuple[str, str], Hashable, Any]] = field(default_factory=list)  # (space, key, entry)
    internal_errors: int = 0


@dataclass(slots=True)
class CorpusChecked:
    findings: list[tuple[Order, Finding]] = field(default_factory=list)
    passed: list[tuple[Order, Passed]] = field(default_factory=list)
    internal_errors: int = 0


Groups = dict[tuple[str, str], dict[Hashable, list]]  # space (kind name, grouping) → key → entries


def _entry_order(entry) -> tuple:
    return getattr(entry, "order", ())


def _group_paths(entries: list) -> list[str]:
    """The articles of a group, the latest first: where an exception in the group is reported."""
    ordered = sorted(entries, key=_entry_order, reverse=True)
    return [e.path for e in ordered if isinstance(getattr(e, "path", None), str)]


class Checker:
    """One run's rules: checks one article at a time (the per-article rules, and the entries it hands
    on), then the cross-article groups. Every rule's kind, parameters and grouping are looked up once.
    An exception inside one kind, for one article or one group, becomes an internal-error finding
    (INTERNAL_ERROR) on that article, and the run goes on."""

    def __init__(self, rules: RuleSet, ctx: Context, overrides: dict[str, str] | None = None):
        self.ctx = ctx
        self.overrides = overrides or {}
        self.internal = rules.rule(INTERNAL_ERROR) if INTERNAL_ERROR in rules.codes else internal_rule()
        self.plan: list[tuple[int, Rule, CheckKind, KindParams, str | None]] = []
        self.spaces: dict[tuple[str, str], CheckKind] = {}
        for r, (rule, kind, params, grouping) in enumerate(rules.plan()):
            self.plan.append((r, rule, kind, params, grouping))
            if grouping is not None:
                self.spaces[(kind.name, grouping)] = kind

    def _internal(self, failure: Failure, order: Order, out) -> None:
        finding = internal_finding(failure, self.ctx, self.internal)
        if finding is not None:
            out.findings.append((order, finding))
            out.internal_errors += 1

    def failures(self, failures: Iterable[Failure], out, index: int | None = None) -> None:
        """Exceptions caught before the check stage (extraction and linking): first in the report.
        `index`: the article's, when they are one article's."""
        for n, failed in enumerate(failures):
            self._internal(failed, (-1, 0, n if index is None else index, 0), out)

    def _word(self, rule: Rule, where: str, items: Iterable[Draft | Failure], order: tuple, out) -> None:
        lang = self.ctx.lang
        for i, draft in enumerate(items):
            if isinstance(draft, Failure):
                draft.where = draft.where or where
                self._internal(draft, (*order, i), out)
                continue
            try:
                if draft.passed:
                    worded = render(rule.template(lang, passed=True), draft.fields)
                    out.passed.append(
                        (
                            (*order, i),
                            Passed(
                                rule=rule.code,
                                message=worded,
                                location=_location(draft.primary, lang=lang),
                                related=[_location(r, lang=lang) for r in draft.related],
                                evidence={**draft.evidence, "kind": rule.kind},
                            ),
                        )
                    )
                else:
                    out.findings.append(((*order, i), to_finding(rule, draft, lang, self.overrides)))
            except Exception as exc:  # noqa: BLE001 — a draft that cannot be worded is still one article's bug
                self._internal(make_failure(exc, [draft.primary.document.path], where), (*order, i), out)

    def article(self, claimset: ClaimSet, index: int, own: bool = True) -> ArticleChecked:
        """The per-article rules on one article (`own`: against a ledger, stored articles only take
        part across articles), and its entries for the cross-article groups."""
        out = ArticleChecked()
        ctx = self.ctx
        path = claimset.document.path
        ctx.documents[path] = claimset.document
        for r, rule, kind, params, _ in self.plan:
            if not own:
                break
            where = f"{rule.code} ({rule.kind})"
            items = isolated(lambda kind=kind, params=params: kind.run_document(claimset, params, ctx), [path], where)
            self._word(rule, where, items, (r, 0, index), out)
        for space, kind in self.spaces.items():
            try:
                out.entries.extend((space, key, entry) for key, entry in kind.entries(claimset, space[1], ctx))
            except Exception as exc:  # noqa: BLE001 — this article's entries are lost, the others are compared
                self._internal(make_failure(exc, [path], f"{kind.name} entries"), (-1, 1, index, 0), out)
        return out

    def corpus(self, groups: Groups) -> CorpusChecked:
        """The cross-article rules, one group at a time. A group's results are ordered by its earliest
        entry, so groups judged apart (in partitions, on Dask workers) still come out in one order."""
        out = CorpusChecked()
        firsts = {
            space: {key: min(map(_entry_order, entries), default=()) for key, entries in by_key.items()}
            for space, by_key in groups.items()
        }
        for r, rule, kind, params, grouping in self.plan:
            if grouping is None:
                continue
            where = f"{rule.code} ({rule.kind})"
            space = (kind.name, grouping)
            for key, entries in groups.get(space, {}).items():
                items = isolated(
                    lambda key=key, entries=entries, kind=kind, params=params: kind.run_group(
                        key, entries, params, self.ctx
                    ),
                    _group_paths(entries),
                    where,
                )
                self._word(rule, where, items, (r, 1, firsts[space][key]), out)
        return out


def _shared_key(key):
    """A key's words as one object each (`sys.intern`): a group's key is kept for the whole run, and
    its metric, period and unit repeat across thousands of groups."""
    if isinstance(key, str):
        return sys.intern(key) if type(key) is str else key  # (a `models.WrittenUnit` is not interned)
    if isinstance(key, tuple):
        parts = [_shared_key(part) for part in key]
        return type(key)._make(parts) if hasattr(key, "_fields") else tuple(parts)  # a named key keeps its type
    return key


def add_entries(groups: Groups, entries: Iterable[tuple[tuple[str, str], Hashable, Any]]) -> None:
    for space, key, entry in entries:
        by_key = groups.setdefault(space, {})
        found = by_key.get(key)
        if found is None:
            by_key[_shared_key(key)] = [entry]
        else:
            found.append(entry)


def finish(result: CheckResult, findings: list[tuple[Order, Finding]], passed: list[tuple[Order, Passed]]) -> None:
    """Results in a one-pass run's order (per rule: per-article, then across articles), then
    findings by place."""
    result.findings = [f for _, f in sorted(findings, key=lambda item: item[0])]
    result.passed = [p for _, p in sorted(passed, key=lambda item: item[0])]
    result.findings.sort(key=lambda f: (f.location.path, f.location.start, f.rule))


def stored_key(grouping: str, key: Hashable) -> str:
    """A grouping key as the ledger stores it: a JSON list of the grouping's name and the key's fields
    in their declared order (a named key's, a tuple's, or the one value of a plain key), a period as
    its string (`["value", ["acme"], "revenue", null, "2024-H1", "level", "KRW", false, 0]`,
    `["event", "acquisition"]`, `["names", "reuters"]`). Stable across versions: ledgers are looked up
    by these strings."""
    parts = [str(part) if isinstance(part, Period) else part for part in (key if isinstance(key, tuple) else (key,))]
    return json.dumps([grouping, *parts], ensure_ascii=False)


def cross_article_keys(
    claimset: ClaimSet, ctx: Context, kinds: Iterable[CheckKind] | None = None
) -> Iterator[tuple[str, Any]]:
    """Every grouping key of an article's entries in its stored form (`stored_key`), with the entry:
    what the ledger indexes stored articles by. `kinds`: every registered kind by default."""
    for kind in KINDS.values() if kinds is None else kinds:
        for grouping in kind.groupings:
            for key, entry in kind.entries(claimset, grouping, ctx):
                yield stored_key(grouping, key), entry


def run_checks(
    claimsets: list[ClaimSet],
    rules: RuleSet,
    ctx: Context,
    overrides: dict[str, str] | None = None,
    failures: Iterable[Failure] = (),
) -> CheckResult:
    """Every rule over the claims, in one process: the per-article rules and entries of each article,
    then the cross-article groups."""
    checker = Checker(rules, ctx, overrides)
    ctx.documents.update({cs.document.path: cs.document for cs in claimsets})
    result = CheckResult()
    early = CorpusChecked()
    checker.failures(failures, early)
    findings, passed = list(early.findings), []
    groups: Groups = {}
    for index, claimset in enumerate(claimsets):
        # Against a ledger, stored articles take part in the cross-article rules only: their own
        # arithmetic was checked when they were published.
        checked = checker.article(claimset, index, own=not ctx.drafts or claimset.document.path in ctx.drafts)
        findings += checked.findings
        passed += checked.passed
        result.internal_errors += checked.internal_errors
        add_entries(groups, checked.entries)
    corpus = checker.corpus(groups)
    findings += corpus.findings
    passed += corpus.passed
    result.internal_errors += early.internal_errors + corpus.internal_errors
    finish(result, findings, passed)
    return result
