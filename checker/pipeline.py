"""The stages in order: read → extract → link → check. The CLI calls these."""
from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from checker.check.base import Context
from checker.check.engine import CheckResult, run_checks
from checker.check.packs import RuleSet, builtin_rules_dir, lexicon_dirs, load_rules
from checker.errors import InputError
from checker.extract import extract
from checker.link import link
from checker.link.lexicon import Lexicon
from checker.models import ClaimSet, Document
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
    return Knowledge(Lexicon.load(lexicon_dirs(folders)), load_rules(folders, rule_overrides), folders)


@dataclass(slots=True)
class Analysis:
    claimsets: list[ClaimSet] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def analyze_document(document: Document, lexicon: Lexicon, approx_tolerance: float = 0.005,
                     currencies: dict[str, str] | None = None) -> ClaimSet:
    return link(extract(document, approx_tolerance=approx_tolerance, currencies=currencies), lexicon)


_worker_lexicon: Lexicon | None = None


def _init_worker(folders: list[Path]) -> None:
    global _worker_lexicon
    _worker_lexicon = Lexicon.load(lexicon_dirs(folders))


def _analyze_in_worker(args: tuple[Document, float, dict | None]) -> ClaimSet:
    document, tolerance, currencies = args
    return analyze_document(document, _worker_lexicon, tolerance, currencies)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def analyze(paths: Iterable[str], knowledge: Knowledge, *, jobs: int | None = None,
            approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None, progress=None,
            manifest: Path | None = None, stdin_name: str | None = None) -> Analysis:
    documents, errors = read_paths(paths, manifest, stdin_name=stdin_name)
    jobs = default_jobs() if jobs is None else jobs
    analysis = Analysis(errors=errors)
    if jobs > 1 and len(documents) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(knowledge.folders,)) as pool:
            # Small chunks: a worker's results travel back in one pickle per chunk.
            chunk = max(1, min(32, len(documents) // (jobs * 8)))
            for claimset in pool.map(_analyze_in_worker, ((d, approx_tolerance, currencies) for d in documents), chunksize=chunk):
                analysis.claimsets.append(claimset)
                if progress:
                    progress()
    else:
        for document in documents:
            analysis.claimsets.append(analyze_document(document, knowledge.lexicon, approx_tolerance, currencies))
            if progress:
                progress()
    return analysis


def check(analysis: Analysis, knowledge: Knowledge, *, lang: str = "en", show_passed: bool = False,
          severity_overrides: dict[str, str] | None = None, ledger: Path | None = None,
          facts: Path | None = None) -> CheckResult:
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(lang=lang, show_passed=show_passed, metric_types=metric_types)
    if facts is not None:
        from checker.check.facts_file import load_facts

        ctx.facts = load_facts(facts)
    claimsets = analysis.claimsets
    stored: list[ClaimSet] = []
    if ledger is not None:
        from checker.ledger.store import Ledger

        with Ledger.open(ledger, must_exist=True) as store:
            stored = store.related_claimsets(claimsets, metric_types)
        claimsets = claimsets + stored
        ctx.drafts = {cs.document.path for cs in analysis.claimsets}
    result = run_checks(claimsets, knowledge.rules, ctx, severity_overrides)
    if ledger is not None:
        from checker.ledger.store import attach_snippets

        # Findings are about the drafts: a conflict among stored articles alone is old news.
        drafts = {cs.document.path for cs in analysis.claimsets}
        result.findings = [f for f in result.findings if f.location.path in drafts]
        attach_snippets(result.findings, stored)
    return result
