"""The stages in order: read → extract → link → check. The CLI calls these."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import math
import os
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from checker.articles import ArticleStub
from checker.check.base import Context, Failure, failure
from checker.check.engine import ArticleChecked, Checker, CheckResult, Groups, add_entries, finish, run_checks
from checker.check.facts_file import load_facts
from checker.check.packs import RuleSet, check_lexicon_files, load_rules
from checker.collection import freeze_held
from checker.config import Settings
from checker.errors import InputError, UsageError
from checker.extract import extract
from checker.folders import builtin_rules_dir, lexicon_dirs
from checker.ledger.store import Ledger, absolute, attach_snippets, content_hash, lookup_keys
from checker.link import link, read_malformed_in
from checker.link.lexicon import Lexicon
from checker.link.segment import require_segmenter
from checker.link.words import use_lexicon
from checker.models import ClaimSet, Document, Malformed, Passed
from checker.read.files import iter_documents, read_document, read_paths
from checker.read.walk import STDIN

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


def select_rules(
    knowledge: Knowledge, settings: Settings, select: list[str] | None = None, ignore: list[str] | None = None
) -> Knowledge:
    """The rules the configuration and the flags (`--select`, `--ignore`: they win) choose; an unknown
    code in either is a usage error."""
    select = select if select is not None else settings.select
    ignore = [*settings.ignore, *(ignore or [])]
    known = set(knowledge.rules.codes)
    where = f" (in {settings.source})" if settings.source else ""
    for code in [*(select or []), *ignore, *settings.severity]:
        if not code.strip():  # an empty prefix starts every code: `ignore = [""]` would silence every rule
            raise UsageError(f"empty rule code{where}; name a code or a prefix such as F3")
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


def analyze_document(
    document: Document, lexicon: Lexicon, approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None
) -> ClaimSet:
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
    too_large = [
        Malformed(start=c.start, end=c.end, text=c.text.strip(), reason="too large to be read as a number") for c in bad
    ]
    malformed = [*claimset.malformed, *read_malformed_in(claimset.document, too_large)]
    return claimset.model_copy(update={"claims": kept, "malformed": malformed})


def analyze_isolated(
    document: Document, lexicon: Lexicon, approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None
) -> tuple[ClaimSet, Failure | None]:
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


def analyze(
    paths: Iterable[str],
    knowledge: Knowledge,
    *,
    jobs: int | None = None,
    approx_tolerance: float = 0.005,
    currencies: dict[str, str] | None = None,
    progress=None,
    manifest: Path | None = None,
    skip: Callable[[list[Document]], set[str]] | None = None,
    stdin_name: str | None = None,
) -> Analysis:
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
        from concurrent.futures import ProcessPoolExecutor  # multiprocessing loads only when workers start

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


def check(
    analysis: Analysis,
    knowledge: Knowledge,
    *,
    lang: str = "en",
    show_passed: bool = False,
    severity_overrides: dict[str, str] | None = None,
    ledger: Path | None = None,
    facts: Path | None = None,
) -> CheckResult:
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
        attach_snippets(result.findings, [cs.document for cs in stored])
    return result


# ---------------------------------------------------------------- a streamed check

# Articles per task sent to a worker, and tasks in flight per worker: enough to keep the workers
# busy, few enough that only a window of texts is ever held (memory does not grow with the archive).
STREAM_CHUNK = 16
STREAM_WINDOW = 4
# Articles absorbed between two freezes of what the main process keeps (`_kept_out_of_gc`).
FREEZE_EVERY = 1_000


@dataclass(slots=True)
class CheckedArticle:
    """An article of a streamed run after its per-article rules: its stub (checker/articles.py) and
    how many claims it had; the claims themselves were dropped, but for what a report asked to keep
    of them (`report_claims`: the HTML report's compact ReportClaims)."""

    document: ArticleStub
    claim_count: int
    report_claims: object | None = None


@dataclass(slots=True)
class StreamedCheck:
    articles: list[CheckedArticle] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    result: CheckResult = field(default_factory=CheckResult)


@dataclass(slots=True)
class LedgerLookup:
    """What a draft checked against a ledger leaves for the lookup after its claims are dropped: the
    keys its claims are filed under, and how the ledger recognises the draft's own stored copy."""

    keys: set[str]
    path: str  # absolute
    digest: str  # content_hash


@dataclass(slots=True)
class _ArticleOutput:
    """What a worker sends back for one article: never its claims or its full text."""

    article: CheckedArticle
    checked: ArticleChecked
    lookup: LedgerLookup | None = None


@dataclass(slots=True, frozen=True)
class _PerArticle:
    """How every article of a streamed run is treated, the same in every worker."""

    approx_tolerance: float
    currencies: dict[str, str] | None
    keep: str | None  # the path whose text is kept whatever happens (standard input: it cannot be read again)
    lookup: bool  # leave the keys a ledger is searched by (`check --ledger`)
    for_report: Callable[[ClaimSet], object] | None  # what a report keeps of the claims (HTML: every text too)
    keep_passed: Callable[[Passed], object] | None  # what a report keeps of a passed relation (None: all of it)


def _check_one(document: Document, checker: Checker, lexicon: Lexicon, how: _PerArticle, index: int) -> _ArticleOutput:
    """read → extract → link → per-article rules for one article; then only its stub and its
    cross-article entries are kept (and, `lookup`: what a ledger is searched by; `for_report`: what
    the report shows of its claims). The text is kept where a report will need it: an article with
    findings, with `factlint:` comments (inline suppressions), `keep`, or every article for a
    report that shows them all."""
    claimset, failed = analyze_isolated(document, lexicon, how.approx_tolerance, how.currencies)
    checked = checker.article(claimset, index)
    if failed is not None:
        checker.failures([failed], checked, index)
    checker.ctx.documents.pop(document.path, None)
    if how.keep_passed is not None:
        checked.passed = [(order, how.keep_passed(passed)) for order, passed in checked.passed]
    shown = how.for_report(claimset) if how.for_report is not None else None
    keep_text = shown is not None or bool(checked.findings) or "factlint" in document.text or document.path == how.keep
    found = (
        LedgerLookup(lookup_keys(claimset, checker.ctx.metric_types), absolute(document.path), content_hash(document))
        if how.lookup
        else None
    )
    article = CheckedArticle(ArticleStub.of(document, keep_text), len(claimset.claims), shown)
    return _ArticleOutput(article, checked, found)


_stream_worker: tuple | None = None  # (checker, lexicon, how each article is treated)


def _init_stream_worker(
    folders: list[Path], parent: int, rules: RuleSet, ctx: Context, overrides: dict[str, str] | None, how: _PerArticle
) -> None:
    global _stream_worker
    _die_with_parent(parent)
    lexicon = Lexicon.load(lexicon_dirs(folders))
    use_lexicon(lexicon)
    _stream_worker = (Checker(rules, ctx, overrides), lexicon, how)


def _check_chunk(chunk: list[tuple[int, Document]]) -> list[_ArticleOutput]:
    checker, lexicon, how = _stream_worker
    return [_check_one(document, checker, lexicon, how, index) for index, document in chunk]


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def check_streaming(
    paths: Iterable[str],
    knowledge: Knowledge,
    *,
    jobs: int | None = None,
    approx_tolerance: float = 0.005,
    currencies: dict[str, str] | None = None,
    progress=None,
    manifest: Path | None = None,
    stdin_name: str | None = None,
    lang: str = "en",
    show_passed: bool = False,
    severity_overrides: dict[str, str] | None = None,
    facts: Path | None = None,
    ledger: Path | None = None,
    for_report: Callable[[ClaimSet], object] | None = None,
    keep_passed: Callable[[Passed], object] | None = None,
) -> StreamedCheck:
    """`analyze` then `check`, one article at a time: each article is read, analysed and given its
    per-article rules (in a worker when there are many), and only its stub and its compact
    cross-article entries go on; the cross-article rules then run over the groups. Memory grows
    with the entries, not with the texts and claims. Findings are `check`'s, in its order.
    `ledger`: the articles are drafts; the stored articles sharing a key with one are read from the
    ledger after the drafts, one at a time, and join the groups as entries (`check`'s ledger run).
    `for_report`: what a report keeps of each article's claims (a picklable function of the claim
    set, run where the article is checked; every article's text is kept too); `keep_passed`: of each
    passed relation, as it comes (`result.passed` then holds what it returns)."""
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(lang=lang, show_passed=show_passed, metric_types=metric_types)
    use_lexicon(knowledge.lexicon)
    if facts is not None:
        ctx.facts = load_facts(facts)
    checker = Checker(knowledge.rules, ctx, severity_overrides)
    out = StreamedCheck()
    paths = list(paths)
    documents = enumerate(iter_documents(paths, out.errors, manifest, stdin_name=stdin_name))
    jobs = default_jobs() if jobs is None else jobs
    keep = (stdin_name or "<stdin>") if STDIN in paths else None
    # Worker processes only pay off for many articles: the first few decide.
    head = list(itertools.islice(documents, PARALLEL_THRESHOLD))
    items = itertools.chain(head, documents)
    how = _PerArticle(approx_tolerance, currencies, keep, ledger is not None, for_report, keep_passed)
    if jobs > 1 and len(head) >= PARALLEL_THRESHOLD:
        outputs = _streamed_in_workers(items, knowledge, jobs, ctx, severity_overrides, how)
    else:
        outputs = (_check_one(document, checker, knowledge.lexicon, how, index) for index, document in items)
    findings: list = []
    passed: list = []
    drafts = _DraftKeys()
    stored: dict[str, ArticleStub] = {}
    with EntryStore() as entries, _kept_out_of_gc() as freeze:
        for n, output in enumerate(outputs, start=1):
            if n % FREEZE_EVERY == 0:
                freeze()
            out.articles.append(output.article)
            findings += output.checked.findings
            passed += output.checked.passed
            out.result.internal_errors += output.checked.internal_errors
            entries.add(output.checked.entries)
            if output.lookup is not None:
                drafts.add(output.lookup)
            if progress:
                progress()
        ctx.documents = {a.document.path: a.document for a in out.articles}
        if ledger is not None:
            # Stored articles take part in the cross-article rules only (their own arithmetic was
            # checked when they were published), after the drafts, as in a one-pass run.
            ctx.drafts = set(ctx.documents)
            with Ledger.open(ledger, must_exist=True, readonly=True) as store:
                related = store.iter_related(drafts.keys, drafts.paths, drafts.digests)
                for n, claimset in enumerate(related, start=len(out.articles)):
                    checked = checker.article(claimset, n, own=False)
                    findings += checked.findings
                    out.result.internal_errors += checked.internal_errors
                    entries.add(checked.entries)
                    # Its stub keeps the text: a finding shows the stored line, the file may be gone.
                    stored[claimset.document.path] = ctx.documents[claimset.document.path] = ArticleStub.of(
                        claimset.document
                    )
        for groups in entries.partitions():
            corpus = checker.corpus(groups)
            findings += corpus.findings
            passed += (
                corpus.passed
                if keep_passed is None
                else [(order, keep_passed(relation)) for order, relation in corpus.passed]
            )
            out.result.internal_errors += corpus.internal_errors
    finish(out.result, findings, passed)
    if ledger is not None:
        # Findings are about the drafts: a conflict among stored articles alone is old news.
        out.result.findings = [f for f in out.result.findings if f.location.path in ctx.drafts]
        attach_snippets(out.result.findings, stored.values())
    _restore_texts(out)
    return out


@contextmanager
def _kept_out_of_gc() -> Iterator[Callable[[], None]]:
    """The main process of a streamed run keeps every article's stub and every finding to the end,
    and each full pass of the garbage collector walks all of them again (at 10,000 articles its
    passes took 3.7 s of the main process's 16.5 s of CPU, 2.2 s of it in full passes). What is there
    when the run starts (modules, rules, language data) is frozen (`gc.freeze`), and what has been
    kept so far each time the caller asks, after a young pass has freed the young cyclic garbage:
    a full pass then walks only what came since. A stub or a finding is freed by its reference count,
    frozen or not. On the way out the collector is given back everything it was not watching before
    (when nothing was frozen before the run, that is everything). The freeze is the process's: a
    streamed check is one command's whole run, never one of several on threads."""
    before = gc.get_freeze_count()

    def freeze() -> None:
        gc.collect(1)
        gc.freeze()

    freeze()  # before the workers start, too: no pass writes to (and so copies) the pages they share
    try:
        yield freeze
    finally:
        if before == 0 and not freeze_held():
            gc.unfreeze()


@dataclass(slots=True)
class _DraftKeys:
    """The drafts' ledger lookups of a streamed run, merged: the union of their keys, and their
    paths and hashes (a draft's own stored copy is not compared with it)."""

    keys: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    digests: set[str] = field(default_factory=set)

    def add(self, lookup: LedgerLookup) -> None:
        self.keys |= lookup.keys
        self.paths.add(lookup.path)
        self.digests.add(lookup.digest)


class EntryStore:
    """The cross-article entries of a streamed run, grouped by key. Up to SPILL_AFTER entries they
    stay in memory; beyond, every entry goes to one of PARTITIONS temporary files by the hash of its
    key, and the groups are rebuilt and judged one file at a time: the memory the cross-article
    phase needs is a partition's, not the archive's."""

    SPILL_AFTER = 50_000
    PARTITIONS = 32
    BUFFER = 1_000  # entries per partition held before they are written

    def __init__(self) -> None:
        self.groups: Groups = {}
        self.count = 0
        self.files: list | None = None
        self.buffers: list[list] = []
        self._open = ExitStack()  # the partition files, closed (and so deleted) on exit

    def __enter__(self) -> EntryStore:
        return self

    def __exit__(self, *exc) -> None:
        self._open.close()

    def add(self, entries: list) -> None:
        if self.files is None:
            add_entries(self.groups, entries)
            self.count += len(entries)
            if self.count > self.SPILL_AFTER:
                self._spill()
            return
        for item in entries:
            part = hash(item[:2]) % self.PARTITIONS
            buffer = self.buffers[part]
            buffer.append(item)
            if len(buffer) >= self.BUFFER:
                self._write(part)

    def _spill(self) -> None:
        make = tempfile.TemporaryFile
        self.files = [
            self._open.enter_context(make(prefix="factlint-entries-"))  # noqa: SIM115 — the stack closes it
            for _ in range(self.PARTITIONS)
        ]
        self.buffers = [[] for _ in range(self.PARTITIONS)]
        groups, self.groups = self.groups, {}
        for space, by_key in groups.items():
            for key, found in by_key.items():
                self.add([(space, key, entry) for entry in found])

    def _write(self, part: int) -> None:
        pickle.dump(self.buffers[part], self.files[part], protocol=pickle.HIGHEST_PROTOCOL)
        self.buffers[part] = []

    def partitions(self) -> Iterator[Groups]:
        if self.files is None:
            yield self.groups
            return
        for part, handle in enumerate(self.files):
            if self.buffers[part]:
                self._write(part)
            handle.seek(0)
            groups: Groups = {}
            while True:
                try:
                    add_entries(groups, pickle.load(handle))
                except EOFError:
                    break
            yield groups


def _restore_texts(out: StreamedCheck) -> None:
    """Read again the articles a finding points at whose text was not kept (a cross-article
    finding's other articles): the report shows their lines."""
    shown = {loc.path for f in out.result.findings for loc in (f.location, *f.related)}
    shown |= {s.location.path for f in out.result.findings for s in f.suggestions}
    for article in out.articles:
        stub = article.document
        if stub.path in shown and not stub.has_text:
            try:
                stub.restore(read_document(Path(stub.path), None).text)
            except InputError:
                pass  # gone since it was checked: its findings are reported without their lines


def _streamed_in_workers(
    items: Iterator, knowledge: Knowledge, jobs: int, ctx: Context, overrides: dict[str, str] | None, how: _PerArticle
) -> Iterator[_ArticleOutput]:
    """Chunks of articles to a pool, at most STREAM_WINDOW chunks per worker in flight; results in
    article order."""
    worker_ctx = Context(lang=ctx.lang, show_passed=ctx.show_passed, metric_types=ctx.metric_types, facts=ctx.facts)
    initargs = (knowledge.folders, os.getpid(), knowledge.rules, worker_ctx, overrides, how)
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing loads only when workers start

    with ProcessPoolExecutor(jobs, initializer=_init_stream_worker, initargs=initargs) as pool:
        pending: deque = deque()
        for chunk in _chunks(items, STREAM_CHUNK):
            pending.append(pool.submit(_check_chunk, chunk))
            while len(pending) >= jobs * STREAM_WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
