"""`factlint check` over a Dask cluster: the same findings, for archives larger than one machine.

The single-process run reads every article, extracts and links its claims,
runs the per-article rules, then runs the cross-article rules over all claims
at once. Here the same stages are split the way they scale:

  map       each partition of paths → read → extract → link → per-article
            rules (conversion, growth, sum …) → findings, plus one compact entry
            (checker/check/entries.py) per claim or name a cross-article kind
            compares, under the grouping key the kind declares for it;
  group-by  the records are shuffled by key (a Dask task shuffle: stable
            hashes, no shared disk) and each group runs the unchanged
            cross-article kinds on just its entries;
  driver    gathers only findings (never texts or claims), orders them as the
            engine does and applies inline suppressions.

Workers need factlint installed and the article paths readable (a shared file
system or the same layout on each machine). Usage:

    python -m checker.scale.distributed ARCHIVE/ --scheduler tcp://HOST:8786 -o findings.json
    python -m checker.scale.distributed ARCHIVE/ --scheduler local --workers 8

The output is `factlint check --format json`'s. Requires `pip install factlint[scale]`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import operator
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker.articles import ArticleStub
from checker.check.base import Context, debug
from checker.check.engine import Checker
from checker.check.facts_file import load_facts
from checker.check.packs import INTERNAL_ERROR
from checker.config import load_settings
from checker.errors import InputError
from checker.folders import is_dir
from checker.models import SEVERITY_RANK, ClaimSet, Finding
from checker.pipeline import analyze_isolated, load_knowledge
from checker.read.files import Manifests, iter_article_paths, manifest_stop, read_document
from checker.report.json import findings_json, summary
from checker.suppress import apply_inline


@dataclass(frozen=True)
class AuditConfig:
    """What `factlint check` takes from its settings and flags; sent to every worker."""

    rule_folders: tuple[str, ...] = ()
    rule_overrides: str = "{}"  # JSON, so the config hashes and pickles plainly
    codes: tuple[str, ...] | None = None  # the selected rule codes (None: all)
    severity_overrides: tuple[tuple[str, str], ...] = ()
    approx_tolerance: float = 0.005
    currencies: tuple[tuple[str, str], ...] | None = None
    lang: str = "en"
    facts: str | None = None

    @classmethod
    def from_settings(cls, settings, extra_rule_dirs: Iterable[Path] = (), select=None, ignore=()) -> AuditConfig:
        """The configuration `factlint check` would use (see checker.config.Settings)."""
        folders = tuple(str(Path(p).resolve()) for p in [*settings.rules, *extra_rule_dirs])
        overrides = settings.rule_overrides()
        knowledge = load_knowledge([Path(f) for f in folders], overrides)
        select = select if select is not None else settings.select
        ignore = [*settings.ignore, *ignore]
        codes = [c for c in knowledge.rules.codes if select is None or any(c.startswith(s) for s in select)]
        codes = [c for c in codes if not any(c.startswith(i) for i in ignore)]
        currencies = settings.currencies()
        return cls(
            folders,
            json.dumps(overrides, sort_keys=True),
            tuple(codes),
            tuple(sorted(settings.severity.items())),
            settings.approximately,
            tuple(sorted(currencies.items())) if currencies else None,
            settings.lang,
            str(Path(settings.facts).resolve()) if settings.facts else None,
        )


@dataclass
class AuditResult:
    findings: list[Finding]
    articles: int
    claims: int
    errors: list[InputError] = field(default_factory=list)

    @property
    def internal_errors(self) -> int:
        return sum(1 for f in self.findings if f.rule == INTERNAL_ERROR)

    def summary(self) -> dict:
        return summary(self.findings, self.articles, self.claims)

    def to_json(self) -> str:
        return findings_json(self.findings, self.summary())


# ---------------------------------------------------------------- on the workers

_KNOWLEDGE: dict = {}
_MANIFESTS: dict = {}
_FACTS: dict = {}


def _knowledge(config: AuditConfig):
    key = (config.rule_folders, config.rule_overrides, config.codes)
    if key not in _KNOWLEDGE:
        knowledge = load_knowledge([Path(f) for f in config.rule_folders], json.loads(config.rule_overrides) or None)
        if config.codes is not None:
            knowledge.rules = knowledge.rules.select(set(config.codes))
        metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
        _KNOWLEDGE[key] = (knowledge, list(knowledge.rules), metric_types)
    return _KNOWLEDGE[key]


def _facts(config: AuditConfig) -> list:
    if not config.facts:
        return []
    if config.facts not in _FACTS:
        _FACTS[config.facts] = load_facts(Path(config.facts))
    return _FACTS[config.facts]


def _meta(path: Path, stop: Path):
    """(metadata, manifest error) for an article, found as `factlint check` finds it: the nearest
    `articles.toml` from its folder up to `stop` that names it (a manifest at an archive's root names
    files in subfolders). Each manifest is parsed once per worker."""
    manifests = _MANIFESTS.setdefault("reader", Manifests())
    try:
        return manifests.meta_for(path, stop), None
    except InputError as exc:  # a broken manifest, or a bad or duplicate entry: this article's error alone
        return None, exc


@dataclass
class _DocResult:
    index: int
    path: str = ""
    claims: int = 0
    findings: list = field(default_factory=list)  # (order, Finding): the engine's order (checker.check.engine)
    records: list = field(default_factory=list)  # ((space, key), (doc index, stub, entry)) for the group-by
    suppressions: object = None  # the Document, when its text may hold `factlint: ignore` comments
    error: InputError | None = None
    manifest_error: InputError | None = None


_CHECKERS: dict = {}


def _checker(config: AuditConfig) -> Checker:
    """The run's checker, made once per worker; its documents are emptied for each use."""
    if config not in _CHECKERS:
        knowledge, _rules, metric_types = _knowledge(config)
        ctx = Context(lang=config.lang, metric_types=metric_types, facts=_facts(config))
        _CHECKERS[config] = Checker(knowledge.rules, ctx, dict(config.severity_overrides))
    checker = _CHECKERS[config]
    checker.ctx.documents.clear()
    return checker


def analyze_partition(items: list[tuple], config: AuditConfig) -> list[_DocResult]:
    """read → extract → link → per-article rules, and the entries the group-by needs. An item is
    (index, absolute path, display path[, the folder where the search for its manifest stops])."""

    knowledge, _rules, _metric_types = _knowledge(config)
    currencies = dict(config.currencies) if config.currencies else None
    checker = _checker(config)
    out = []
    for index, absolute, display, *stop in items:
        meta, manifest_error = _meta(Path(absolute), Path(stop[0]) if stop else Path(absolute).parent)
        try:
            document = read_document(Path(absolute), meta)
        except InputError as exc:
            out.append(_DocResult(index, error=exc, manifest_error=manifest_error))
            continue
        document.path = display
        claimset, failed = analyze_isolated(document, knowledge.lexicon, config.approx_tolerance, currencies)
        result = _DocResult(index, document.path, len(claimset.claims), manifest_error=manifest_error)
        checked = checker.article(claimset, index)
        if failed is not None:  # an exception in extraction or linking: this article's internal error, first
            checker.failures([failed], checked, index)
        result.findings = checked.findings
        stub = ArticleStub.of(document, keep_text=False)
        result.records = [((space, key), (index, stub, entry)) for space, key, entry in checked.entries]
        checker.ctx.documents.pop(document.path, None)  # the article is done with: only its entries go on
        if "factlint" in document.text:
            result.suppressions = document
        out.append(result)
    return out


def reduce_group(group: tuple, config: AuditConfig) -> list:
    """Run the cross-article rules of one key's group: (order, Finding) in the engine's order."""
    (space, key), items = group
    checker = _checker(config)
    entries = []
    for _, (_index, stub, entry) in items:
        checker.ctx.documents.setdefault(stub.path, stub)
        entries.append(entry)
    return checker.corpus({space: {key: entries}}).findings


def _records_of(result: _DocResult) -> list:
    return result.records


def _without_records(result: _DocResult) -> _DocResult:
    return dataclasses.replace(result, records=[])  # never mutate: the group-by reads the same objects


# ---------------------------------------------------------------- on the driver


def _display_path(path: Path) -> str:
    """As `factlint check` names a file: relative to the working directory when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def audit(
    paths: Iterable[str], config: AuditConfig | None = None, *, scheduler=None, partition_size: int = 200
) -> AuditResult:
    """`factlint check PATHS` as a Dask computation. `scheduler`: None (a `distributed.Client`
    made beforehand, else Dask's default), a scheduler name (`processes`, `threads`, `sync`)
    or a Client."""
    import dask
    import dask.bag as db

    config = config or AuditConfig()
    walk_errors: list[InputError] = []  # a folder that cannot be listed is named, not skipped in silence
    named = [
        (path, Path(raw) if is_dir(Path(raw)) else None)
        for raw in paths
        for path in iter_article_paths([raw], walk_errors)
    ]
    files = [
        (i, str(path.resolve()), _display_path(path), str(manifest_stop(path, root)))
        for i, (path, root) in enumerate(named)
    ]
    if not files:
        return AuditResult([], 0, 0, walk_errors)
    bag = db.from_sequence(files, partition_size=max(1, partition_size))
    analyzed = bag.map_partitions(analyze_partition, config)
    per_document = analyzed.map(_without_records)
    grouped = analyzed.map(_records_of).flatten().groupby(operator.itemgetter(0), shuffle="tasks")
    corpus = grouped.map(reduce_group, config).flatten()
    kwargs = {}
    if isinstance(scheduler, str):
        kwargs["scheduler"] = scheduler
    elif scheduler is not None:
        kwargs["scheduler"] = scheduler.get  # a distributed.Client
    documents, cross = dask.compute(per_document, corpus, **kwargs)
    result = _assemble(config, sorted(documents, key=lambda d: d.index), cross, apply_inline)
    result.errors[:0] = walk_errors
    return result


def _assemble(config: AuditConfig, documents: list[_DocResult], cross: list, apply_inline) -> AuditResult:
    """The engine's order: per rule, per-article findings in article order, then cross-article
    ones in key order; then sorted by (path, start, rule); then inline suppressions."""
    knowledge, _rules, _ = _knowledge(config)
    errors: list[InputError] = []
    seen_manifest_errors: set[str] = set()
    ordered = list(cross)
    for doc in documents:
        if doc.manifest_error is not None and str(doc.manifest_error) not in seen_manifest_errors:
            seen_manifest_errors.add(str(doc.manifest_error))
            errors.append(doc.manifest_error)
        if doc.error is not None:
            errors.append(doc.error)
        ordered += doc.findings
    ordered.sort(key=operator.itemgetter(0))
    findings: list[Finding] = [f for _, f in ordered]
    findings.sort(key=lambda f: (f.location.path, f.location.start, f.rule))
    suppressing = [
        ClaimSet.model_construct(document=d.suppressions, claims=[], names=[], malformed=[])
        for d in documents
        if d.suppressions is not None
    ]
    findings = apply_inline(
        findings,
        suppressing,
        knowledge.rules.codes,
        rules=knowledge.rules,
        lang=config.lang,
        overrides=dict(config.severity_overrides),
    )
    articles = sum(1 for d in documents if d.error is None)
    claims = sum(d.claims for d in documents)
    return AuditResult(findings, articles, claims, errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m checker.scale.distributed", description="factlint check over a Dask cluster (JSON output)."
    )
    parser.add_argument("paths", nargs="+")
    parser.add_argument(
        "--scheduler",
        default="local",
        help="a scheduler address (tcp://host:8786), `local` (a local cluster), "
        "or `processes`/`threads`/`sync` (default: local)",
    )
    parser.add_argument("--workers", type=int, default=None, help="workers of a local cluster (default: cores)")
    parser.add_argument("--partition-size", type=int, default=200, help="articles per task")
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--select", default=None)
    parser.add_argument("--ignore", default="")
    parser.add_argument("--lang", choices=("en", "ko"), default=None)
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config, args.paths)
        if args.lang:
            settings.lang = args.lang
        split = lambda text: [c.strip().upper() for c in text.split(",") if c.strip()]
        config = AuditConfig.from_settings(
            settings, args.rule_dirs, split(args.select) if args.select else None, split(args.ignore)
        )
        client = cluster = None
        scheduler = args.scheduler
        if scheduler == "local" or "://" in scheduler:
            from distributed import Client, LocalCluster

            if scheduler == "local":
                cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
                client = Client(cluster)
            else:
                client = Client(scheduler)
            scheduler = client
        try:
            result = audit(args.paths, config, scheduler=scheduler, partition_size=args.partition_size)
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
    except InputError as exc:
        print(f"factlint: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # an unreachable scheduler, a worker lost …: one line, not a traceback
        if debug():
            raise
        print(
            f"factlint: error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
            "(set FACTLINT_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 2
    for error in result.errors:
        print(f"factlint: error: {error}", file=sys.stderr)
    text = result.to_json()
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    for finding in result.findings:
        if finding.rule == INTERNAL_ERROR:
            print(f"factlint: error: {finding.location.path}: {finding.message}", file=sys.stderr)
    if result.errors or result.internal_errors:
        return 2

    threshold = SEVERITY_RANK[settings.fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0


if __name__ == "__main__":
    sys.exit(main())
