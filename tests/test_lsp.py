"""`factlint lsp` over a real stdio session, driven by pygls's language client.

Articles are written here for the test (seed-like Korean sentences with a
known error). Waits are bounded (a hung server fails the test, it does not
hang the suite); nothing asserts how fast anything is.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")

from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

WAIT = 60  # seconds: only a bound against a hung server

# A growth that does not hold: 100억 달러 × 1.5 is not 230억 달러 (the stated value is right, the rate is not).
GROWTH_WRONG = (
    "---\npublished: 2024-08-27\n---\n# 실적\n\n"
    "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"
)
GROWTH_FIXED = GROWTH_WRONG.replace("50% 증가", "130% 증가")

# A sum that does not add up: 230억 + 330억 + 42억 is not 500억.
SUM_WRONG = (
    "---\npublished: 2024-08-27\n---\n"
    "알리바바, 텐센트, 바이두의 상반기 자본 지출 총액은 500억 위안이었다. 알리바바의 상반기 자본 지출은 "
    "230억 위안, 텐센트의 상반기 자본 지출은 330억 위안, 바이두의 상반기 자본 지출은 42억 위안이었다.\n"
)

# Two articles that disagree on one fact: the same company's first-half capex.
EARLIER = "---\npublished: 2024-08-20\n---\n텐센트의 올해 상반기 자본 지출은 230억 위안으로 집계됐다.\n"
LATER = "---\npublished: 2024-08-27\n---\n업계에 따르면 텐센트의 올해 상반기 자본 지출은 320억 위안이었다.\n"


class Session:
    """A client with the server's published diagnostics collected per URI."""

    def __init__(self, root: Path):
        self.root = root
        self.client = LanguageClient("factlint-test", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.arrived = asyncio.Event()
        self.messages: list[str] = []

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _diagnostics(params: types.PublishDiagnosticsParams):
            self.published.setdefault(params.uri, []).append(params)
            self.arrived.set()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def _message(params: types.ShowMessageParams):
            self.messages.append(params.message)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _log(params):
            pass

    async def start(self, *extra: str) -> types.InitializeResult:
        await self.client.start_io(
            sys.executable, "-m", "checker", "lsp", "--debounce", "0.05", *extra, cwd=str(self.root)
        )
        uri = from_fs_path(str(self.root))
        result = await asyncio.wait_for(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=types.ClientCapabilities(),
                    root_uri=uri,
                    workspace_folders=[types.WorkspaceFolder(uri=uri, name="news")],
                )
            ),
            WAIT,
        )
        self.client.initialized(types.InitializedParams())
        return result

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), WAIT)
            self.client.exit(None)
        finally:
            await asyncio.wait_for(self.client.stop(), WAIT)

    def uri(self, name: str) -> str:
        return from_fs_path(str(self.root / name))

    def open(self, name: str, text: str, version: int = 1) -> str:
        uri = self.uri(name)
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)
            )
        )
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    async def diagnostics(self, uri: str, version: int, predicate=lambda d: True) -> list[types.Diagnostic]:
        """The first diagnostics published for this version of the article that satisfy the predicate."""

        async def wait():
            while True:
                for params in self.published.get(uri, []):
                    if params.version == version and predicate(params.diagnostics):
                        return list(params.diagnostics)
                self.arrived.clear()
                await self.arrived.wait()

        return await asyncio.wait_for(wait(), WAIT)


def run(coro):
    return asyncio.run(coro)


def _offset_range(text: str, needle: str) -> types.Range:
    """The LSP range of the first `needle` in `text` (the texts here have no astral characters)."""
    start = text.index(needle)
    line = text.count("\n", 0, start)
    column = start - (text.rfind("\n", 0, start) + 1)
    return types.Range(types.Position(line, column), types.Position(line, column + len(needle)))


def test_diagnostic_at_the_error_then_none_once_fixed_hover_and_quick_fix(tmp_path):
    async def scenario():
        session = Session(tmp_path)
        result = await session.start()
        assert result.capabilities.hover_provider
        try:
            uri = session.open("growth.md", GROWTH_WRONG)
            found = await session.diagnostics(uri, 1, lambda d: len(d) > 0)
            assert [d.code for d in found] == ["F301"]
            diagnostic = found[0]
            assert diagnostic.range == _offset_range(GROWTH_WRONG, "50%")
            assert diagnostic.source == "factlint"
            assert diagnostic.code_description is not None
            assert diagnostic.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)

            # Hover on a number shows how it was read.
            where = _offset_range(GROWTH_WRONG, "230억 달러")
            hover = await asyncio.wait_for(
                session.client.text_document_hover_async(
                    types.HoverParams(
                        text_document=types.TextDocumentIdentifier(uri=uri),
                        position=types.Position(where.start.line, where.start.character + 1),
                    )
                ),
                WAIT,
            )
            assert hover is not None
            assert "230억 달러" in hover.contents.value
            assert "22,500,000,000" in hover.contents.value and "23,500,000,000" in hover.contents.value
            assert "operating_profit" in hover.contents.value or "metric" in hover.contents.value
            assert hover.range == where

            # The quick fix offers the rate the two amounts imply, and it is the fix.
            actions = await asyncio.wait_for(
                session.client.text_document_code_action_async(
                    types.CodeActionParams(
                        text_document=types.TextDocumentIdentifier(uri=uri),
                        range=diagnostic.range,
                        context=types.CodeActionContext(diagnostics=[diagnostic]),
                    )
                ),
                WAIT,
            )
            assert actions, "a quick fix from the evidence"
            edit = actions[0].edit.changes[uri][0]
            assert edit.range == diagnostic.range and edit.new_text == "130%"

            session.change(uri, GROWTH_FIXED, 2)
            assert await session.diagnostics(uri, 2) == []
        finally:
            await session.stop()

    run(scenario())


def test_sum_quick_fix_offers_the_parts_total(tmp_path):
    async def scenario():
        session = Session(tmp_path)
        await session.start()
        try:
            uri = session.open("sum.md", SUM_WRONG)
            found = await session.diagnostics(uri, 1, lambda d: any(x.code == "F302" for x in d))
            diagnostic = next(d for d in found if d.code == "F302")
            assert diagnostic.range == _offset_range(SUM_WRONG, "500억 위안")
            actions = await asyncio.wait_for(
                session.client.text_document_code_action_async(
                    types.CodeActionParams(
                        text_document=types.TextDocumentIdentifier(uri=uri),
                        range=diagnostic.range,
                        context=types.CodeActionContext(diagnostics=[diagnostic]),
                    )
                ),
                WAIT,
            )
            texts = [a.edit.changes[uri][0].new_text for a in actions]
            assert "600억 위안" in texts
            # Applying it leaves no sum finding.
            session.change(uri, SUM_WRONG.replace("500억 위안", "600억 위안"), 2)
            after = await session.diagnostics(uri, 2)
            assert not any(d.code == "F302" for d in after)
        finally:
            await session.stop()

    run(scenario())


def test_two_articles_that_disagree_point_at_each_other(tmp_path):
    # One is on disk only (the workspace takes part), the other is opened in the editor.
    (tmp_path / "earlier.md").write_text(EARLIER, encoding="utf-8")

    async def scenario():
        session = Session(tmp_path)
        await session.start()
        try:
            uri = session.open("later.md", LATER)
            found = await session.diagnostics(uri, 1, lambda d: any(x.code == "F402" for x in d))
            diagnostic = next(d for d in found if d.code == "F402")
            assert diagnostic.range == _offset_range(LATER, "320억 위안")
            related = diagnostic.related_information
            assert related and related[0].location.uri == session.uri("earlier.md")
            assert related[0].location.range == _offset_range(EARLIER, "230억 위안")

            # Opening the other one shows the same conflict there, pointing back.
            other = session.open("earlier.md", EARLIER)
            found = await session.diagnostics(other, 1, lambda d: any(x.code == "F402" for x in d))
            back = next(d for d in found if d.code == "F402")
            assert back.range == _offset_range(EARLIER, "230억 위안")
            assert back.related_information[0].location.uri == uri

            # Fixing the later one in the editor (unsaved) clears it in both.
            session.change(uri, LATER.replace("320억", "230억"), 2)
            assert not any(d.code == "F402" for d in await session.diagnostics(uri, 2))
        finally:
            await session.stop()

    run(scenario())


def test_bad_documents_get_a_diagnostic_not_a_crash(tmp_path):
    async def scenario():
        session = Session(tmp_path)
        await session.start()
        try:
            bad = session.open("bad.md", "---\npublished: 2024-13-45\n---\n매출은 10억 원이다.\n")
            found = await session.diagnostics(bad, 1, lambda d: len(d) > 0)
            assert "bad date" in found[0].message
            empty = session.open("empty.md", "   \n")
            assert await session.diagnostics(empty, 1) == []
            # The server still answers.
            uri = session.open("growth.md", GROWTH_WRONG)
            assert [d.code for d in await session.diagnostics(uri, 1, lambda d: len(d) > 0)] == ["F301"]
        finally:
            await session.stop()

    run(scenario())


def test_published_articles_in_a_ledger_take_part(tmp_path):
    import subprocess

    archive, workspace = tmp_path / "archive", tmp_path / "newsroom"
    archive.mkdir()
    workspace.mkdir()
    (archive / "earlier.md").write_text(EARLIER, encoding="utf-8")
    ledger = tmp_path / "claims.sqlite3"
    added = subprocess.run(
        [sys.executable, "-m", "checker", "ledger", "add", str(archive / "earlier.md"), "--ledger", str(ledger)],
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert added.returncode == 0, added.stderr

    async def scenario():
        session = Session(workspace)
        await session.start("--ledger", str(ledger), "--lang", "ko")
        try:
            uri = session.open("later.md", LATER)
            found = await session.diagnostics(uri, 1, lambda d: any(x.code == "F402" for x in d))
            diagnostic = next(d for d in found if d.code == "F402")
            assert diagnostic.range == _offset_range(LATER, "320억 위안")
            assert any("\uac00" <= ch <= "\ud7a3" for ch in diagnostic.message.split("\n")[0])  # in Korean
            related = diagnostic.related_information
            assert related and related[0].location.uri == from_fs_path(str(archive / "earlier.md"))
            assert related[0].location.range == _offset_range(EARLIER, "230억 위안")
        finally:
            await session.stop()

    run(scenario())


def test_configuration_is_discovered_as_the_cli_does(tmp_path):
    # `.factlint.toml` above the article: messages in Korean, the growth rule ignored.
    (tmp_path / ".factlint.toml").write_text('lang = "ko"\nignore = ["F301"]\n', encoding="utf-8")
    (tmp_path / "desk").mkdir()
    text = GROWTH_WRONG + "\n" + SUM_WRONG.split("---\n", 2)[2]

    async def scenario():
        session = Session(tmp_path)
        await session.start()
        try:
            uri = session.open("desk/both.md", text)
            found = await session.diagnostics(uri, 1, lambda d: len(d) > 0)
            assert "F301" not in [d.code for d in found] and "F302" in [d.code for d in found]
            sum_finding = next(d for d in found if d.code == "F302")
            assert any("\uac00" <= ch <= "\ud7a3" for ch in sum_finding.message.split("\n")[0])
        finally:
            await session.stop()

    run(scenario())


def test_malformed_messages_get_errors_and_the_server_goes_on(tmp_path):
    """Raw JSON-RPC over the server's stdio: garbage is reported, a request with bad params
    gets an error response naming the field, and the next request is answered."""
    import json
    import select
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "lsp"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )

    def send(body: bytes) -> None:
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    def read() -> dict:
        ready, _, _ = select.select([proc.stdout], [], [], WAIT)
        assert ready, "no answer from the server"
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += proc.stdout.read(1)
        length = next(int(h.split(b":")[1]) for h in header.split(b"\r\n") if h.lower().startswith(b"content-length"))
        return json.loads(proc.stdout.read(length))

    try:
        send(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}).encode())
        assert read()["id"] == 1
        send(b"{not json")
        assert read()["method"] == "window/showMessage"
        send(
            json.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": 2,
                    "method": "textDocument/hover",
                    "params": {"textDocument": {"uri": "file:///a.md"}},
                }
            ).encode()
        )
        answer = read()
        assert answer["id"] == 2 and answer["error"]["code"] == -32602
        assert "position" in answer["error"]["message"]
        send(
            json.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": 3,
                    "method": "textDocument/hover",
                    "params": {"textDocument": {"uri": "file:///a.md"}, "position": {"line": 0, "character": 0}},
                }
            ).encode()
        )
        assert read() == {"jsonrpc": "2.0", "id": 3, "result": None}
        send(json.dumps({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}).encode())
        assert read()["id"] == 4
        send(json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode())
        assert proc.wait(timeout=WAIT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=WAIT)


@pytest.mark.parametrize(
    ("text", "figure", "shown", "base"),
    [
        ("Growers picked 340,000 tonnes of pears this season.", "340,000 tonnes", "[335,000, 345,000] tonnes", "kg"),
        ("The estate covers 2,600 hectares of vines.", "2,600 hectares", "[2,550, 2,650] hectares", "km²"),
        ("올해 배 수확량은 34만톤이었다.", "34만톤", "[335,000, 345,000] 톤", "kg"),
    ],
)
def test_hover_gives_a_measure_in_the_unit_the_article_writes(knowledge, text, figure, shown, base):
    # A measure is held in its base unit; the hover's raw interval is in the article's unit, the base named beside.
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import claims

    from checker.lsp.server import hover_text

    claim = next(c for c in claims(text, knowledge).claims if c.text.strip() == figure)
    hover = hover_text(claim, "ko" if "톤" in figure else "en")
    assert f"- interval: {shown}" in hover
    assert f"held in {base})" in hover


def test_hover_of_money_keeps_its_currency_and_raw_interval(knowledge):
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import claims

    from checker.lsp.server import hover_text

    claim = next(c for c in claims("The grower sold the crop for $3.6 million.", knowledge).claims)
    hover = hover_text(claim, "en")
    assert "(USD)" in hover and "- interval: [3,550,000, 3,650,000]\n" in hover
