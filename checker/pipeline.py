"""The stages in order: read → extract → link → check. The CLI calls these."""
from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from checker.check.base import Context, Failure, failure
from checker.check.engine import CheckResult, run_checks
from checker.check.facts_file import load_facts
from checker.check.formatting import use_lexicon
from checker.check.packs import RuleSet, check_lexicon_files, load_rules
from checker.config import Settings
from checker.errors import InputError, UsageError
from checker.extract import extract
from checker.folders import builtin_rules_dir, lexicon_dirs
from checker.ledger.store import Ledger, attach_snippets
from checker.link import link
from checker.link.lexicon import Lexicon
from checker.link.readings import read_malformed
from checker.link.segment import require_segmenter
from checker.models import ClaimSet, Document, Malformed
from checker.read import read_paths

# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 32


@dataclass(slots=True)
class Knowledge:
    """Lexicons and rule packs: loaded once per run."""

    lexicon: Lexicon
    rules: RuleSet
    folders: list[Path]


def rule_folders(extra: Iterable[Path] = ()) -> list[Path]:
    return [builtin_rules_dir(), *extra]


def load_knowledge(extra_folders: Iterable[Path] = (), rule_overrides: dict | None = None) -> Knowledge:
    folders = rule_folders(extra_folders)
    for folder in folders:
        if not folder.is_dir():
            raise InputError(str(folder), "rules folder does not exist")
    check_lexicon_files(lexicon_dirs(folders[1:]))  # the built-in lexicon is tested
    require_segmenter()  # FACTLINT_SEGMENTER=kiwi without kiwipiepy: one line before any article is read
    return Knowledge(Lexicon.load(lexicon_dirs(folders)), load_rules(folders, rule_overrides), folders)


def select_rules(knowledge: Knowledge, settings: Settings, select: list[str] | None = None,
                 ignore: list[str] | None = None) -> Knowledge:
    """The rules the configuration and the flags (`--select`, `--ignore`: they win) choose; an unknown
    code in either is a usage error."""
    select = select if select is not None else settings.select
    ignore = [*settings.ignore, *(ignore or [])]
    known = set(knowledge.rules.codes)
    where = f" (in {settings.source})" if settings.source else ""
    for code in [*(select or []), *ignore, *settings.severity]:
        if not any(k.startswith(code) for k in known):
            raise UsageError(f"unknown rule code {code!r}{where}; see `factlint rules`")
    chosen = {c for c in known if select is None or any(c.startswith(s) for s in select)}
    chosen = {c for c in chosen if not any(c.startswith(i) for i in ignore)}
    knowledge.rules = knowledge.rules.select(chosen)
    return knowledge


@dataclass(slots=True)
class Analysis:
    claimsets: list[ClaimSet] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # exceptions caught for one article while reading its numbers
    skipped: list[Document] = field(default_factory=list)  # read, and left unanalysed by `skip` (unchanged in a ledger)


def analyze_document(document: Document, lexicon: Lexicon, approx_tolerance: float = 0.005,
                     currencies: dict[str, str] | None = None) -> ClaimSet:
    return finite_claims(link(extract(document, approx_tolerance=approx_tolerance, currencies=currencies), lexicon))


def _finite(claim) -> bool:
    """A value no float holds (309 digits and more), or a rounding step that overflowed, is no number."""
    if not (math.isfinite(claim.value) and math.isfinite(claim.step)):
        return False
    if math.isnan(claim.low) or math.isnan(claim.high):
        return False
    return all(math.isfinite(a) and math.isfinite(b) for a, b in (claim.ends or ()))


def finite_claims(claimset: ClaimSet) -> ClaimSet:
    """Every claim's numbers are finite (its bounds may be ±∞: `이상`, `미만`): a number too large to
    be read becomes a malformed number (F101) and no claim, and the claims that pointed at it
    (a conversion, a change) lose that link."""
    bad = [c for c in claimset.claims if not _finite(c)]
    if not bad:
        return claimset

    gone = {c.id for c in bad}
    kept = []
    for claim in claimset.claims:
        if claim.id in gone:
            continue
        links = {name: None for name in ("converts", "change_of", "compared_to") if getattr(claim, name) in gone}
        kept.append(dataclasses.replace(claim, **links) if links else claim)
    too_large = [Malformed(start=c.start, end=c.end, text=c.text.strip(), reason="too large to be read as a number")
                 for c in bad]
    malformed = [*claimset.malformed, *read_malformed(too_large, claimset.document.text)]
    return claimset.model_copy(update={"claims": kept, "malformed": malformed})


def analyze_isolated(document: Document, lexicon: Lexicon, approx_tolerance: float = 0.005,
                     currencies: dict[str, str] | None = None) -> tuple[ClaimSet, Failure | None]:
    """One article's claims; an exception in extraction or linking costs that article only
    (no claims, and a Failure the check stage reports as an internal error on it)."""
    try:
        return analyze_document(document, lexicon, approx_tolerance, currencies), None
    except Exception as exc:  # noqa: BLE001 — a bug on one article must not end the run
        return ClaimSet(document=document, claims=[]), failure(exc, [document.path], "extraction and linking")


_worker_lexicon: Lexicon | None = None


def _die_with_parent(parent: int) -> None:
    """A worker ends when the process that started it does, even when that one is killed outright
    (SIGKILL gives it no chance to stop its pool): Linux's parent-death signal, and a check that the
    parent has not already gone before it was set."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown is all there is
        return
    if os.getppid() != parent:
        os._exit(1)


def _init_worker(folders: list[Path], parent: int | None = None) -> None:
    global _worker_lexicon
    if parent is not None:
        _die_with_parent(parent)
    _worker_lexicon = Lexicon.load(lexicon_dirs(folders))


def _analyze_in_worker(args: tuple[Document, float, dict | None]) -> tuple[ClaimSet, Failure | None]:
    document, tolerance, currencies = args
    return analyze_isolated(document, _worker_lexicon, tolerance, currencies)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def analyze(paths: Iterable[str], knowledge: Knowledge, *, jobs: int | None = None,
            approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None, progress=None,
            manifest: Path | None = None, skip: Callable[[list[Document]], set[str]] | None = None,
            stdin_name: str | None = None) -> Analysis:
    """read → extract → link. `skip`: given the documents read, the paths not to analyse (a ledger's
    unchanged articles: hashing is cheap, extraction and linking are not)."""
    documents, errors = read_paths(paths, manifest, stdin_name=stdin_name)
    jobs = default_jobs() if jobs is None else jobs
    analysis = Analysis(errors=errors)
    if skip is not None and documents:
        skipped = skip(documents)
        analysis.skipped = [d for d in documents if d.path in skipped]
        documents = [d for d in documents if d.path not in skipped]
    if jobs > 1 and len(documents) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(knowledge.folders, os.getpid())) as pool:
            # Small chunks: a worker's results travel back in one pickle per chunk.
            chunk = max(1, min(32, len(documents) // (jobs * 8)))
            work = ((d, approx_tolerance, currencies) for d in documents)
            for claimset, failed in pool.map(_analyze_in_worker, work, chunksize=chunk):
                analysis.claimsets.append(claimset)
                if failed:
                    analysis.failures.append(failed)
                if progress:
                    progress()
    else:
        for document in documents:
            claimset, failed = analyze_isolated(document, knowledge.lexicon, approx_tolerance, currencies)
            analysis.claimsets.append(claimset)
            if failed:
                analysis.failures.append(failed)
            if progress:
                progress()
    return analysis


def check(analysis: Analysis, knowledge: Knowledge, *, lang: str = "en", show_passed: bool = False,
          severity_overrides: dict[str, str] | None = None, ledger: Path | None = None,
          facts: Path | None = None) -> CheckResult:
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(lang=lang, show_passed=show_passed, metric_types=metric_types)
    use_lexicon(knowledge.lexicon)  # messages name entities and metrics by the run's own lexicon
    if facts is not None:
        ctx.facts = load_facts(facts)
    claimsets = analysis.claimsets
    stored: list[ClaimSet] = []
    if ledger is not None:
        with Ledger.open(ledger, must_exist=True, readonly=True) as store:
            stored = store.related_claimsets(claimsets, metric_types)
        claimsets = claimsets + stored
        ctx.drafts = {cs.document.path for cs in analysis.claimsets}
    result = run_checks(claimsets, knowledge.rules, ctx, severity_overrides, analysis.failures)
    if ledger is not None:
        # Findings are about the drafts: a conflict among stored articles alone is old news.
        drafts = {cs.document.path for cs in analysis.claimsets}
        result.findings = [f for f in result.findings if f.location.path in drafts]
        attach_snippets(result.findings, stored)
    return result
