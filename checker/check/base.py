"""What every check kind shares: the drafts it returns and the context it reads."""

from __future__ import annotations

import bisect
import datetime as dt
import os
import traceback as tb
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from checker.models import Claim, ClaimSet, Document, Location


@dataclass(slots=True)
class Ref:
    """A span in a document, with what a report should say about it."""

    document: Document
    start: int
    end: int
    label: str = ""
    snippet: str | None = None  # for stored articles whose file may be gone


@dataclass(slots=True)
class Fix:
    """A suggested fix: the text that, written over `ref`'s span, makes the relation hold."""

    ref: Ref
    original: str
    replacement: str
    value: float
    unit: str
    message: str


@dataclass(slots=True)
class Draft:
    """A kind's verdict on one relation, before the rule gives it a code and words."""

    primary: Ref
    fields: dict[str, str]  # preformatted values for the rule's message template
    evidence: dict[str, Any]
    related: list[Ref] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    guessed: bool = False  # the relation rests on a default or a guess: a warning, not an error
    passed: bool = False
    count: int = 1
    severity: str | None = None  # a kind may lower the rule's severity (never raise it)
    dated: bool = False  # rests on the publication date itself (a reference rate, a dated reference fact)
    fixes: list[Fix] = field(default_factory=list)  # what each number would have to be (checker/check/suggest.py)


@dataclass(slots=True)
class Failure:
    """An exception inside a stage or a check kind, caught for one article (or one grouping key
    across articles) so that every other article's findings are still reported."""

    paths: list[str]  # the articles it concerns: the first is the one the diagnostic is on
    error: str  # the exception's one-line summary: `ValueError: invalid literal …`
    where: str = ""  # `F306 (difference)`, `extraction and linking` …
    traceback: str = ""  # kept only under FACTLINT_DEBUG=1


def debug() -> bool:
    return os.environ.get("FACTLINT_DEBUG", "") not in ("", "0")


def failure(exc: BaseException, paths: Iterable[str], where: str = "") -> Failure:
    summary = " ".join(str(exc).split()) or "(no message)"
    if len(summary) > 200:
        summary = summary[:199] + "…"
    trace = "".join(tb.format_exception(type(exc), exc, exc.__traceback__)) if debug() else ""
    return Failure(list(dict.fromkeys(paths)), f"{type(exc).__name__}: {summary}", where, trace)


def isolated(work: Callable[[], Iterable[Draft]], paths: Iterable[str], where: str = "") -> Iterator[Draft | Failure]:
    """The drafts of one unit of work (one article, one grouping key), or one Failure if it raises."""
    try:
        drafts = list(work())
    except Exception as exc:  # noqa: BLE001 — a bug in one relation must not end the run
        yield failure(exc, paths, where)
        return
    yield from drafts


@dataclass(slots=True)
class Context:
    """Per-run settings and shared resources (loaded lazily, once)."""

    lang: str = "en"
    show_passed: bool = False
    documents: dict[str, Document] = field(default_factory=dict)
    metric_types: dict[str, str] = field(default_factory=dict)  # metric id → flow, stock or event
    facts: list = field(default_factory=list)  # reference facts from --facts
    drafts: set[str] = field(default_factory=set)  # with a ledger: the articles being checked

    def later(self, a: Claim, b: Claim) -> tuple[Claim, Claim]:
        """(primary, other): the draft's statement against a ledger, else the later-published one."""
        if (a.path in self.drafts) != (b.path in self.drafts):
            return (a, b) if a.path in self.drafts else (b, a)
        return later(a, b)

    def document(self, claim: Claim) -> Document:
        return self.documents[claim.path]

    def notation(self, claim: Claim) -> str:
        """The notation numbers are written in: the article's (`ko` or `en`), whatever `lang` is."""
        document = self.documents.get(claim.path)
        language = getattr(document, "language", None) or self.lang
        return "ko" if language == "ko" else "en"


class KindParams(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckKind:
    """A generic check, implemented once; rule packs choose it and set its parameters."""

    name: ClassVar[str]
    Params: ClassVar[type[KindParams]] = KindParams

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        """Relations within one article."""
        return ()

    # Cross-article work is grouped by key, never all pairs. A kind declares it in three parts, and
    # the engine, the ledger and the Dask runner use only these (a new cross-article kind is one file):
    groupings: ClassVar[tuple[str, ...]] = ()  # every grouping the kind may use (the ledger indexes them all)

    def grouping(self, params: KindParams) -> str | None:
        """The grouping a rule with these parameters compares across articles by; None: a per-article
        rule. Rules of one kind with the same grouping share one set of groups (F401 and F402 compare
        the same statements), so the name is the kind's, and unique among its groupings."""
        return None

    def entries(self, claimset: ClaimSet, grouping: str, ctx: Context) -> Iterable[tuple[Hashable, Any]]:
        """(grouping key, compact entry) for each item of one article that is compared across articles
        (checker/check/entries.py). Runs where the article is read; the article is dropped after.
        An entry with an `order` sorts its group (the group's earliest entry orders the groups), and
        one with an `id` names the claim it stands for (the ledger loads just those claims)."""
        return ()

    def run_group(self, key: Hashable, entries: list, params: KindParams, ctx: Context) -> Iterable[Draft]:
        """Relations among one key's entries, from every article; `ctx.documents` holds their articles
        (or stubs of them: path, date, language, line starts)."""
        return ()


def locate(
    document: Document, start: int, end: int, message: str | None = None, snippet: str | None = None
) -> Location:
    starts = document.line_starts
    line = bisect.bisect_right(starts, start)
    end_line = bisect.bisect_right(starts, max(start, end - 1))
    end_column = end - starts[end_line - 1] + 1
    return Location(
        path=document.path,
        start=start,
        end=end,
        line=line,
        column=start - starts[line - 1] + 1,
        end_line=end_line,
        end_column=end_column,
        message=message,
        snippet=snippet,
    )


def claim_ref(ctx: Context, claim: Claim, label: str = "") -> Ref:
    return Ref(ctx.document(claim), claim.start, claim.end, label)


def later(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """(later, earlier): the later-published article's statement is the primary one."""
    key_a = (a.published or dt.date.min, a.path, a.start)
    key_b = (b.published or dt.date.min, b.path, b.start)
    return (a, b) if key_a >= key_b else (b, a)
