"""The language server: diagnostics on open and change (debounced), hover on a number, quick fixes.

Each article is checked the way `factlint check` checks it, through the same
engine (`checker.serve.engine`): configuration discovered upward from the
article, metadata from the `articles.toml` beside it or its front matter.
The workspace's other articles take part in the agreement checks: an index
of their claims by agreement key (the ledger's keys) picks the ones that
state the same facts as the open article, and the open editors' unsaved text
wins over what is on disk. With a ledger configured, the published articles
take part too.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import from_fs_path, to_fs_path

from checker import __version__, wording
from checker.config import discover
from checker.errors import InputError
from checker.intervals import Interval
from checker.ledger.store import claim_keys
from checker.lsp.positions import Positions
from checker.lsp.suggest import edits
from checker.models import Claim, ClaimSet, Finding
from checker.read.files import ARTICLE_SUFFIXES, iter_article_paths, read_paths
from checker.read.manifest import MANIFEST_NAME, load_manifest
from checker.serve.engine import ArticleError, Engine, document_from_text

log = logging.getLogger("factlint.lsp")

SOURCE = "factlint"
DOCS_URL = "https://github.com/factlint/factlint#rules"
ARTICLE_LANGUAGES = {"markdown", "plaintext", "html", "text"}
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
MAX_WORKSPACE_ARTICLES = 5000


@dataclass
class Result:
    """The last check of one open article: what hover and code actions read."""

    version: int | None
    claimset: ClaimSet
    positions: Positions
    findings: list[tuple[Finding, types.Diagnostic]] = field(default_factory=list)


class Articles:
    """The workspace's articles on disk, their claims indexed by agreement key (built once, lazily)."""

    def __init__(self) -> None:
        self.by_path: dict[str, ClaimSet] = {}
        self.keys: dict[str, set[str]] = {}
        self.built = False
        self.lock = threading.Lock()

    def build(self, root: Path | None, engine: Engine, display) -> None:
        with self.lock:
            if self.built:
                return
            self.built = True
            if root is None:
                return

            paths = [str(p) for _, p in zip(range(MAX_WORKSPACE_ARTICLES), iter_article_paths([str(root)]))]
            documents, _errors = read_paths(paths, engine.settings.manifest)
            for document in documents:
                document.path = display(
                    Path(document.path).resolve() if not Path(document.path).is_absolute() else Path(document.path)
                )
                self._put(engine.analyze(document), engine)

    def update(self, claimset: ClaimSet, engine: Engine) -> None:
        with self.lock:
            self._put(claimset, engine)

    def _put(self, claimset: ClaimSet, engine: Engine) -> None:
        path = claimset.document.path
        self.by_path[path] = claimset
        types_ = engine.metric_types
        for claim in claimset.claims:
            for key in claim_keys(claim, types_):
                self.keys.setdefault(key, set()).add(path)

    def related(self, claimset: ClaimSet, engine: Engine, open_sets: dict[str, ClaimSet]) -> list[ClaimSet]:
        own = claimset.document.path
        types_ = engine.metric_types
        keys = {k for c in claimset.claims for k in claim_keys(c, types_)}
        with self.lock:
            paths = {p for k in keys for p in self.keys.get(k, ())}
            found = {p: self.by_path[p] for p in paths if p in self.by_path}
        for path, other in open_sets.items():
            if path != own and keys & {k for c in other.claims for k in claim_keys(c, types_)}:
                found[path] = other
            elif path in found:
                found[path] = other  # the editor's text, not the file's
        found.pop(own, None)
        # A file edited away from the shared fact no longer relates.
        return [cs for p, cs in sorted(found.items()) if keys & {k for c in cs.claims for k in claim_keys(c, types_)}]


class Answered(Exception):
    """A request that could not be read has had its error response: nothing more to report."""


class Protocol(LanguageServerProtocol):
    """A request whose parameters cannot be read gets a JSON-RPC error response naming the problem
    (pygls alone would only show a message, and the client would wait for an answer forever)."""

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                detail = f"{exc.message} for {data['method']}" + _why(exc.__cause__)
                self._send_response(data["id"], error=type(exc)(message=detail, code=exc.code).to_response_error())
                raise Answered(detail) from exc
            raise


def _why(cause: BaseException | None) -> str:
    """What cattrs could not read, by field: `required field missing @ $.params.position`."""
    if cause is None:
        return ""
    try:
        from cattrs import transform_error

        return ": " + "; ".join(transform_error(cause))
    except Exception:
        return f": {cause}"


class FactlintServer(LanguageServer):
    def __init__(
        self, *, config: Path | None, rule_dirs: list[Path], lang: str | None, ledger: Path | None, debounce: float
    ):
        super().__init__(
            "factlint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=Protocol,
        )
        self.options = {"config": config, "rule_dirs": rule_dirs, "lang": lang, "ledger": ledger}
        self.debounce = debounce
        self.engines: dict[str | None, Engine] = {}
        self.articles = Articles()
        self.results: dict[str, Result] = {}
        self.open_sets: dict[str, ClaimSet] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-lsp")
        self.engine_lock = threading.Lock()
        self.warned: set[str] = set()
        self.loop: asyncio.AbstractEventLoop | None = None

    # -- where things are ---------------------------------------------------------

    @property
    def root(self) -> Path | None:
        folders = self.workspace.folders
        if folders:
            path = to_fs_path(next(iter(folders.values())).uri)
            return Path(path) if path else None
        return Path(self.workspace.root_path) if self.workspace.root_path else None

    def display(self, path: Path) -> str:
        """A path as `factlint check` run from the workspace root names it."""
        root = self.root
        if root is not None:
            try:
                return path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                pass
        return path.as_posix()

    def uri_of(self, display: str) -> str | None:
        path = Path(display)
        if not path.is_absolute():
            if self.root is None:
                return None
            path = self.root / path
        return from_fs_path(str(path)) if path.exists() or path.as_posix() in self.open_paths() else None

    def open_paths(self) -> set[str]:
        paths = set()
        for uri in list(self.results):
            fs = to_fs_path(uri)
            if fs:
                paths.add(Path(fs).as_posix())
        return paths

    def engine_for(self, path: Path) -> Engine:
        explicit = self.options["config"] or (
            Path(os.environ["FACTLINT_CONFIG"]) if os.environ.get("FACTLINT_CONFIG") else None
        )
        chosen = explicit or discover(path)
        key = str(chosen) if chosen else None
        with self.engine_lock:
            engine = self.engines.get(key)
            if engine is None:
                engine = Engine.load(
                    config=chosen,
                    root=path,
                    rule_dirs=self.options["rule_dirs"],
                    lang=self.options["lang"],
                    ledger=self.options["ledger"],
                )
                if engine.ledger is not None and not Path(engine.ledger).is_file():
                    self.warn(f"ledger {engine.ledger} does not exist: checking without it")
                    engine.ledger = None
                self.engines[key] = engine
        return engine

    def report_server_error(self, error: Exception, source) -> None:
        if isinstance(error, Answered):
            return  # the client has its error response
        super().report_server_error(error, source)

    def warn(self, message: str) -> None:
        """Tell the user once (from the worker thread too: the message is sent from the event loop)."""
        if message in self.warned:
            return
        self.warned.add(message)
        params = types.ShowMessageParams(type=types.MessageType.Warning, message=f"factlint: {message}")
        if self.loop is None:
            self.window_show_message(params)
        else:
            self.loop.call_soon_threadsafe(self.window_show_message, params)

    # -- checking -----------------------------------------------------------------

    def is_article(self, uri: str, language_id: str | None = None) -> bool:
        path = to_fs_path(uri) or ""
        suffix = Path(path).suffix.lower()
        return suffix in ARTICLE_SUFFIXES or (not suffix and (language_id or "") in ARTICLE_LANGUAGES)

    def check_now(self, uri: str, text: str, version: int | None) -> tuple[int | None, list[types.Diagnostic]]:
        """Check the editor's text of one article (in the worker thread)."""
        fs = to_fs_path(uri)
        path = Path(fs) if fs else Path(uri.rsplit("/", 1)[-1] or "untitled.txt")
        display = self.display(path)
        engine = self.engine_for(path)
        encoding = str(self.workspace.position_encoding or "utf-16")
        positions = Positions(text, encoding)
        if not text.strip():
            self.results.pop(uri, None)
            self.open_sets.pop(display, None)
            return version, []
        try:
            meta = _manifest_entry(path)
            article = document_from_text(
                text,
                display,
                published=meta.published if meta else None,
                language=meta.language if meta else None,
                outlet=meta.outlet if meta else None,
            )
        except (ArticleError, InputError) as exc:
            return version, [
                types.Diagnostic(
                    range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                    message=str(exc),
                    severity=types.DiagnosticSeverity.Error,
                    source=SOURCE,
                )
            ]
        self.articles.build(self.root, engine, self.display)
        claimset = engine.analyze(article)
        self.open_sets[display] = claimset
        related = self.articles.related(claimset, engine, self.open_sets)
        try:
            checked = engine.check([article], claimsets=[claimset, *related])
        except InputError as exc:  # a ledger gone bad: say so, check without it
            self.warn(str(exc))
            checked = engine.check([article], claimsets=[claimset, *related], use_ledger=False)
        texts = {cs.document.path: cs.document.text for cs in [claimset, *related]}
        result = Result(version, claimset, positions)
        diagnostics = []
        for finding in checked.findings:
            for diagnostic in self.diagnostics(finding, display, positions, texts, uri):
                diagnostics.append(diagnostic)
                result.findings.append((finding, diagnostic))
        self.results[uri] = result
        return version, diagnostics

    def location(self, loc, texts: dict[str, str], here: tuple[str, str]) -> types.Location | None:
        uri = here[1] if loc.path == here[0] else self.uri_of(loc.path)
        if uri is None:
            return None
        encoding = str(self.workspace.position_encoding or "utf-16")
        text = texts.get(loc.path)
        if text is not None:
            return types.Location(uri=uri, range=_range(Positions(text, encoding), loc.start, loc.end))
        # A published article from the ledger: its line and columns, counted in the stored line's units.
        line = loc.snippet or ""
        end_column = loc.end_column if loc.end_line == loc.line else loc.column
        start = Positions(line, encoding).position(loc.column - 1)[1] if line else loc.column - 1
        end = Positions(line, encoding).position(end_column - 1)[1] if line else end_column - 1
        return types.Location(
            uri=uri,
            range=types.Range(
                types.Position(loc.line - 1, start),
                types.Position(loc.end_line - 1 if loc.end_line == loc.line else loc.line - 1, end),
            ),
        )

    def diagnostics(self, finding: Finding, display: str, positions: Positions, texts: dict[str, str], uri: str):
        """The finding's diagnostic in this article: at its primary span, or (when the primary span is in
        another article) at each of its related spans here, pointing back at the primary one."""
        message = "\n".join([finding.message, *finding.notes])
        href = types.CodeDescription(href=f"{DOCS_URL}")
        data = {"rule": finding.rule, "evidence": finding.evidence}
        spots = []
        if finding.location.path == display:
            others = finding.related
            spots.append((finding.location, others))
        else:
            for loc in finding.related:
                if loc.path == display:
                    others = [finding.location, *[r for r in finding.related if r is not loc]]
                    spots.append((loc, others))
        for spot, others in spots:
            related = []
            for other in others:
                where = self.location(other, texts, (display, uri))
                note = other.message or other.path
                if where is None:  # a ledger article, or a file outside the workspace: name it in the message
                    message += f"\n{other.path}:{other.line}:{other.column}: {note}"
                    continue
                related.append(types.DiagnosticRelatedInformation(location=where, message=note))
            yield types.Diagnostic(
                range=_range(positions, spot.start, spot.end),
                message=message,
                severity=SEVERITY[finding.severity],
                code=finding.rule,
                code_description=href,
                source=SOURCE,
                related_information=related or None,
                data=data,
            )

    def schedule(self, uri: str, delay: float) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            loop = self.loop = asyncio.get_running_loop()
            document = self.workspace.text_documents.get(uri)
            if document is None:
                return
            try:
                version, diagnostics = await loop.run_in_executor(
                    self.worker, self.check_now, uri, document.source, document.version
                )
            except Exception as exc:  # never crash the session: say what went wrong, keep serving
                log.exception("check failed")
                self.window_show_message(
                    types.ShowMessageParams(
                        type=types.MessageType.Error,
                        message=f"factlint: could not check {uri}: {type(exc).__name__}: {exc}",
                    )
                )
                return
            current = self.workspace.text_documents.get(uri)
            if current is None or current.version != version:
                return  # closed, or changed again: a newer check is on its way
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
            )
        except asyncio.CancelledError:
            pass
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                self.pending.pop(uri, None)

    def recheck_others(self, uri: str) -> None:
        """Another open article may share facts with this one: check them again (debounced)."""
        for other in list(self.results):
            if other != uri and other in self.workspace.text_documents:
                self.schedule(other, self.debounce)

    # -- hover and quick fixes --------------------------------------------------------

    def claim_at(self, uri: str, position: types.Position) -> tuple[Result, Claim] | None:
        result = self.results.get(uri)
        document = self.workspace.text_documents.get(uri)
        if result is None or document is None or document.version != result.version:
            return None
        offset = result.positions.offset(position.line, position.character)
        for claim in result.claimset.claims:
            if claim.start <= offset < claim.end or (offset == claim.end and offset > claim.start):
                return result, claim
        return None


def _range(positions: Positions, start: int, end: int) -> types.Range:
    return types.Range(types.Position(*positions.position(start)), types.Position(*positions.position(end)))


def _manifest_entry(path: Path):
    manifest = path.parent / MANIFEST_NAME
    if not manifest.is_file():
        return None
    return load_manifest(manifest).get(path.name)


def _plain(value: float) -> str:
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def hover_text(claim: Claim, lang: str) -> str:
    interval = wording.interval(Interval.of(claim), claim.unit, lang)
    # A measure is held in its base unit but written in the article's (`tonnes` held as kg): the raw interval is
    # given in the written unit, so that its numbers read as the article's, with the base unit named beside it.
    word = getattr(claim.unit, "word", None)
    factor = claim.unit.factor if word is not None else 1.0
    unit = f"{word.strip()}; held in {wording.unit_symbol(claim.unit)}" if word is not None else claim.unit
    rows = [
        f"**{claim.text.strip()}** — {claim.kind}, read as {interval}",
        "",
        f"- value: {wording.amount(claim.value, claim.unit, lang)} ({unit})",
        f"- interval: {'(' if claim.low_open else '['}{_plain(claim.low / factor)}, {_plain(claim.high / factor)}"
        f"{')' if claim.high_open else ']'}"
        + (f" {word.strip()}" if word is not None else "")
        + (f" ({claim.qualifier})" if claim.qualifier else ""),
        f"- entity: {', '.join(claim.entities) or '—'}",
        f"- metric: {claim.metric or '—'}",
        f"- period: {wording.period(claim.period, lang) if claim.period else '—'}",
        f"- role: {claim.role}",
    ]
    if claim.guesses:
        rows.append(f"- inferred, not written: {', '.join(claim.guesses)}")
    if claim.forecast:
        rows.append("- a forecast (not checked against reported figures)")
    return "\n".join(rows)


def build_server(
    *,
    config: Path | None = None,
    rule_dirs: list[Path] | None = None,
    lang: str | None = None,
    ledger: Path | None = None,
    debounce: float = 0.3,
) -> FactlintServer:
    server = FactlintServer(config=config, rule_dirs=rule_dirs or [], lang=lang, ledger=ledger, debounce=debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FactlintServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        if ls.is_article(item.uri, item.language_id):
            ls.schedule(item.uri, 0)
            ls.recheck_others(item.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactlintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.is_article(uri, getattr(ls.workspace.text_documents.get(uri), "language_id", None)):
            ls.schedule(uri, ls.debounce)
            ls.recheck_others(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FactlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        result = ls.results.get(uri)
        if result is not None:
            ls.articles.update(result.claimset, ls.engine_for(Path(to_fs_path(uri) or ".")))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: FactlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        result = ls.results.pop(uri, None)
        if result is not None:
            ls.open_sets.pop(result.claimset.document.path, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactlintServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.claim_at(params.text_document.uri, params.position)
        if found is None:
            return None
        result, claim = found
        lang = ls.engine_for(Path(to_fs_path(params.text_document.uri) or ".")).settings.lang
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_text(claim, lang)),
            range=_range(result.positions, claim.start, claim.end),
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    )
    def code_action(ls: FactlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        result = ls.results.get(uri)
        document = ls.workspace.text_documents.get(uri)
        if result is None or document is None or document.version != result.version:
            return None
        wanted = params.range
        actions = []
        for finding, diagnostic in result.findings:
            if finding.location.path != result.claimset.document.path:
                continue  # the fix belongs to the article holding the primary span
            r = diagnostic.range
            if (r.end.line, r.end.character) < (wanted.start.line, wanted.start.character) or (
                wanted.end.line,
                wanted.end.character,
            ) < (r.start.line, r.start.character):
                continue
            claim = next((c for c in result.claimset.claims if c.start == finding.location.start), None)
            lang = result.claimset.document.language if result.claimset.document.language in ("ko", "en") else "en"
            text = result.claimset.document.text
            for start, end, new, why in edits(finding, claim, lang):
                old = text[start:end]
                if new == old:
                    continue
                span = (
                    diagnostic.range
                    if (start, end) == (finding.location.start, finding.location.end)
                    else _range(result.positions, start, end)
                )
                edit = types.TextEdit(range=span, new_text=new)
                actions.append(
                    types.CodeAction(
                        title=f"Replace `{old}` with `{new}` ({finding.rule}: {why})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        edit=types.WorkspaceEdit(changes={uri: [edit]}),
                    )
                )
        return actions

    return server
