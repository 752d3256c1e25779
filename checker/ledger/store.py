"""The ledger: a SQLite file of published articles, their claims and the claims' agreement keys.

A draft is checked against what is already published by looking up its claims'
agreement keys in an index, never by scanning: only the stored articles that
share a key are loaded, and only their matching claims.

Layout (schema 3):

    meta        name → value (the metric types the stored keys were computed with)
    documents   one row per article: absolute path (its identity), a hash of its
                text and metadata, the metadata, the text and the claims (a JSON
                array), both zlib-compressed, and the claim count
    claim_keys  (key, document_id, seq): every grouping key the cross-article kinds
                file a claim under, the primary key doubling as the lookup index

A key is stored as a JSON list: its grouping's name, then the kind's key fields
in their declared order, a period as its string (`stored_key` in
checker/check/engine.py). The agreement kind's (checker/check/facts.py):

    ["value", entities, metric, scope, period, role, unit, forecast, direction]
        e.g. ["value", ["acme"], "revenue", null, "2024-H1", "level", "KRW", false, 0]
    ["event", metric]                    a one-off event's amounts (`ValueKey`, `EventKey`)

Lookups match these strings exactly, so a change to a key's fields is a schema
change with a migration (tests/test_ledger.py opens a ledger the previous version
wrote and recomputes its keys).

Every article is written in one transaction, so a crash or a kill leaves each
article either entirely stored or not at all, and never touches what was
committed before. WAL mode lets readers (a `check --ledger`) run while an
`add` writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checker.check.base import Context
from checker.check.engine import cross_article_keys
from checker.errors import InputError
from checker.models import Claim, ClaimSet, Document

if TYPE_CHECKING:
    # A check without a ledger imports this module (through the pipeline) but opens no database:
    # sqlite3 is imported by the functions that open, read or write one.
    import sqlite3

APPLICATION_ID = 0x46414354  # "FACT": tells our files from other SQLite databases
SCHEMA_VERSION = 3
_BATCH = 500  # bound parameters per IN (...) list, well under SQLite's limit

_V1 = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    outlet TEXT,
    encoding TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    text BLOB NOT NULL
);
CREATE TABLE claims (
    document_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    claim TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE TABLE claim_keys (
    key TEXT NOT NULL,
    document_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (key, document_id, seq)
) WITHOUT ROWID;
CREATE INDEX claim_keys_by_document ON claim_keys (document_id);
"""


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Claims move from one row each into one compressed array per article: about five times smaller."""
    conn.execute("ALTER TABLE documents ADD COLUMN claims BLOB NOT NULL DEFAULT x''")
    conn.execute("ALTER TABLE documents ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0")
    by_document: dict[int, list[str]] = defaultdict(list)
    for document_id, claim in conn.execute("SELECT document_id, claim FROM claims ORDER BY document_id, seq"):
        by_document[document_id].append(claim)
    conn.executemany(
        "UPDATE documents SET claims = ?, claim_count = ? WHERE id = ?",
        (
            (_pack_json(f"[{','.join(claims)}]"), len(claims), document_id)
            for document_id, claims in by_document.items()
        ),
    )
    conn.execute("DROP TABLE claims")
    # A draft re-checked from another folder is still the stored article: found by its hash.
    conn.execute("CREATE INDEX documents_by_sha256 ON documents (sha256)")


def _v3(conn: sqlite3.Connection) -> None:
    """A one-off event's key is its metric (the agreement kind groups an event's amounts by metric, so a
    pair of statements is judged once across the event's counterparties); it was (metric, counterparty)."""
    rows = conn.execute("SELECT key, document_id, seq FROM claim_keys WHERE key LIKE '[\"event\",%'").fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO claim_keys (key, document_id, seq) VALUES (?, ?, ?)",
        ((json.dumps(json.loads(key)[:2], ensure_ascii=False), document_id, seq) for key, document_id, seq in rows),
    )
    conn.executemany(
        "DELETE FROM claim_keys WHERE key = ? AND document_id = ? AND seq = ?",
        (row for row in rows if len(json.loads(row[0])) > 2),
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]  # MIGRATIONS[n] takes schema n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION


def _pack_json(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def content_hash(document: Document) -> str:
    """What the claims depend on besides the rules: the text and the metadata."""
    meta = [document.published.isoformat() if document.published else None, document.language, document.outlet]
    return hashlib.sha256(json.dumps([document.text, *meta], ensure_ascii=False).encode("utf-8")).hexdigest()


def claim_keys(claim: Claim, metric_types: dict[str, str]) -> set[str]:
    """The grouping keys the cross-article kinds file one claim under (checker.check.engine)."""
    document = Document.model_construct(path=claim.path, text="", published=claim.published)
    lone = ClaimSet.model_construct(document=document, claims=[claim], names=[], malformed=[])
    return {key for key, _ in cross_article_keys(lone, Context(metric_types=metric_types))}


def lookup_keys(claimset: ClaimSet, metric_types: dict[str, str]) -> set[str]:
    """The keys a draft is looked up by: every grouping key of its claims (as `add` stores them)."""
    return {key for key, _ in _article_keys(claimset, metric_types)}


def _article_keys(claimset: ClaimSet, metric_types: dict[str, str]) -> list[tuple[str, int]]:
    """(grouping key, claim seq) for every claim an entry of the article stands for (an entry of
    something else, such as a name, is not stored: a stored article keeps its claims)."""
    keys = {
        (key, entry.claim_seq)
        for key, entry in cross_article_keys(claimset, Context(metric_types=metric_types))
        if getattr(entry, "claim_seq", None) is not None
    }
    return sorted(keys)


def absolute(path: str) -> str:
    return Path(path).resolve().as_posix()


def display_path(path: str, cwd: Path | None = None) -> str:
    """Like the read stage's paths: relative to the working folder when inside it."""
    try:
        return Path(path).relative_to(cwd or Path.cwd().resolve()).as_posix()
    except ValueError:
        return path


_PER_KEY = 32


def _batches(items: list, size: int = _BATCH) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _marks(items: list) -> str:
    return ",".join("?" * len(items))


@dataclass(slots=True)
class Stats:
    path: Path
    schema: int
    articles: int
    claims: int
    keys: int
    key_entries: int
    size: int  # bytes, the database and its write-ahead log


class Ledger:
    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._remembered: dict[str, str] | None = None  # metric types this connection last wrote to meta

    @classmethod
    def open(cls, path: Path | str, *, must_exist: bool = False, readonly: bool = False) -> Ledger:
        """Open (or create) a ledger. Several processes may create and migrate one at the same moment:
        the first-time set-up (schema, WAL mode) runs under a lock file beside it, and a busy database
        is retried. `readonly`: a check only reads, so a ledger it may not write still serves."""
        import sqlite3

        path = Path(path)
        if must_exist and not path.is_file():
            raise InputError(str(path), "no such ledger (create one with `factlint ledger add`)")
        if not must_exist:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(str(path), f"cannot create the ledger's folder: {exc.strerror or exc}") from None
        if readonly:
            try:
                return cls._open_readonly(path)
            except _NeedsMigration:
                pass  # an older schema: migrate it once (needs write access), then read
        mode = "rw" if must_exist else "rwc"
        with _setup_lock(path):
            conn = None
            try:
                conn = _retry(
                    lambda: sqlite3.connect(
                        f"{path.resolve().as_uri()}?mode={mode}",
                        uri=True,
                        timeout=30,
                        isolation_level=None,
                        check_same_thread=False,
                    )
                )
                ledger = cls(path, conn)
                _retry(lambda: ledger._prepare(must_exist))
            except sqlite3.OperationalError as exc:  # locked, read-only, a folder …: the file may well be ours
                if conn is not None:
                    conn.close()
                raise InputError(str(path), f"cannot open ledger: {exc}{_readonly_hint(exc)}") from None
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise InputError(str(path), f"not a factlint ledger ({exc})") from None
            except InputError:
                if conn is not None:
                    conn.close()
                raise
        return ledger

    @classmethod
    def _open_readonly(cls, path: Path) -> Ledger:
        """For reading only: no set-up, no migration. A ledger in a folder this process may not write
        (no WAL index can be made) is read as an immutable file."""
        import sqlite3

        last: Exception | None = None
        for query in ("mode=ro", "mode=ro&immutable=1"):
            conn = None
            try:
                conn = sqlite3.connect(
                    f"{path.resolve().as_uri()}?{query}",
                    uri=True,
                    timeout=30,
                    isolation_level=None,
                    check_same_thread=False,
                )
                ledger = cls(path, conn)
                _retry(ledger._check_readable)
                return ledger
            except (InputError, _NeedsMigration):
                conn.close()
                raise
            except sqlite3.DatabaseError as exc:
                if conn is not None:
                    conn.close()
                last = exc
                if not isinstance(exc, sqlite3.OperationalError):
                    raise InputError(str(path), f"not a factlint ledger ({exc})") from None
        raise InputError(str(path), f"cannot open ledger: {last}") from None

    def _check_readable(self) -> None:
        conn = self.conn
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise InputError(str(self.path), "not a factlint ledger")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise InputError(
                str(self.path), f"written by a newer factlint (schema {version}; this one knows up to {SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            raise _NeedsMigration()

    def _prepare(self, must_exist: bool) -> None:
        conn = self.conn
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application_id != APPLICATION_ID and (tables or must_exist):
            raise InputError(
                str(self.path),
                "not a factlint ledger (a SQLite database of something else)"
                if tables
                else "not a factlint ledger (an empty file)",
            )
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses no committed transaction when the process dies, only on power loss.
        conn.execute("PRAGMA synchronous = NORMAL")
        if self.schema_version() != SCHEMA_VERSION:
            self._migrate()

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        with self.transaction():
            version = self.schema_version()  # again, now that we hold the write lock
            if version > SCHEMA_VERSION:
                raise InputError(
                    str(self.path),
                    f"written by a newer factlint (schema {version}; this one knows up to {SCHEMA_VERSION})",
                )
            for step in MIGRATIONS[version:]:
                step(self.conn)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        import sqlite3

        # IMMEDIATE takes the write lock up front, so a read-then-write never fails half-way as "busy".
        try:
            _retry(lambda: self.conn.execute("BEGIN IMMEDIATE"))
        except sqlite3.OperationalError as exc:
            raise InputError(str(self.path), f"cannot write the ledger: {exc}{_readonly_hint(exc)}") from None
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise InputError(str(self.path), f"cannot write the ledger: {exc}{_readonly_hint(exc)}") from None
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self.conn.execute("ROLLBACK")
            raise InputError(str(self.path), f"cannot write the ledger: {exc}{_readonly_hint(exc)}") from None

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every read inside sees the ledger as of one commit (WAL snapshot
        isolation), however writers replace articles meanwhile."""
        _retry(lambda: self.conn.execute("BEGIN"))
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def add(self, claimset: ClaimSet, metric_types: dict[str, str]) -> str:
        """Store one article: "added", "replaced" (its old claims go in the same transaction) or "unchanged"."""
        document = claimset.document
        path, digest = absolute(document.path), content_hash(document)
        claims = json.dumps(
            [c.record().model_dump(mode="json", exclude_defaults=True) for c in claimset.claims], ensure_ascii=False
        )
        keys = _article_keys(claimset, metric_types)
        with self.transaction() as conn:
            row = conn.execute("SELECT id, sha256 FROM documents WHERE path = ?", (path,)).fetchone()
            if row and row[1] == digest:
                return "unchanged"
            if metric_types != self._remembered:
                # Keys depend on metric types: keep the ones they were computed with, for readers without rules.
                conn.execute(
                    "INSERT OR REPLACE INTO meta (name, value) VALUES ('metric_types', ?)",
                    (json.dumps(metric_types, sort_keys=True),),
                )
            if row:
                self._delete(row[0])
            cursor = conn.execute(
                "INSERT INTO documents (path, sha256, published, language, outlet, encoding, body_start, text,"
                " claims, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    digest,
                    document.published.isoformat() if document.published else None,
                    document.language,
                    document.outlet,
                    document.encoding,
                    document.body_start,
                    _pack_json(document.text),
                    _pack_json(claims),
                    len(claimset.claims),
                ),
            )
            document_id = cursor.lastrowid
            conn.executemany(
                "INSERT INTO claim_keys (key, document_id, seq) VALUES (?, ?, ?)",
                ((key, document_id, seq) for key, seq in keys),
            )
        self._remembered = metric_types  # only now: a rolled-back write remembered nothing
        return "replaced" if row else "added"

    def unchanged(self, documents: list[Document]) -> set[str]:
        """The display paths of documents stored with the same text and metadata (nothing to redo)."""
        wanted = {absolute(d.path): (d.path, content_hash(d)) for d in documents}
        same: set[str] = set()
        with self.snapshot():
            for batch in _batches(sorted(wanted)):
                for path, digest in self.conn.execute(
                    f"SELECT path, sha256 FROM documents WHERE path IN ({_marks(batch)})", batch
                ):
                    shown, expected = wanted[path]
                    if digest == expected:
                        same.add(shown)
        return same

    def _delete(self, document_id: int) -> None:
        self.conn.execute("DELETE FROM claim_keys WHERE document_id = ?", (document_id,))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def remove(self, path: str) -> int:
        """Forget an article, or every article under a folder; the files need not exist any more."""
        target = absolute(path)
        with self.transaction() as conn:
            # A prefix range rather than LIKE: paths may hold % or _, and the range uses the unique index.
            rows = conn.execute(
                "SELECT id FROM documents WHERE path = ? OR (path > ? AND path < ?)",
                (target, target.rstrip("/") + "/", target.rstrip("/") + "0"),
            ).fetchall()
            for (document_id,) in rows:
                self._delete(document_id)
        return len(rows)

    # -- reading -------------------------------------------------------------

    def metric_types(self) -> dict[str, str]:
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'metric_types'").fetchone()
        return json.loads(row[0]) if row else {}

    def related_claimsets(self, drafts: list[ClaimSet], metric_types: dict[str, str] | None = None) -> list[ClaimSet]:
        """The stored articles sharing an agreement key with a draft, each with only its matching claims.

        A draft's own stored copy (same path, or same text and metadata) is left out: an
        article re-checked after it was added must not conflict with itself.
        """
        with self.snapshot():
            if metric_types is None:
                metric_types = self.metric_types()
            keys = {key for cs in drafts for key in lookup_keys(cs, metric_types)}
            skip_paths = {absolute(cs.document.path) for cs in drafts}
            return list(self._related(keys, skip_paths, {content_hash(cs.document) for cs in drafts}))

    def iter_related(self, keys: Iterable[str], skip_paths: set[str], skip_hashes: set[str]) -> Iterator[ClaimSet]:
        """`related_claimsets` for drafts already dropped (a streamed check): their keys (`lookup_keys`),
        absolute paths and content hashes; the stored articles one at a time, in one snapshot."""
        with self.snapshot():
            yield from self._related(keys, skip_paths, skip_hashes)

    def _related(self, keys: Iterable[str], skip_paths: set[str], skip_hashes: set[str]) -> Iterator[ClaimSet]:
        matched: dict[int, set[int]] = defaultdict(set)
        # A fact restated in thousands of stored articles needs only its latest statements: the
        # draft is checked against what was published last about it (each key at most _PER_KEY).
        for key in sorted(keys):
            for document_id, seq in self.conn.execute(
                "SELECT document_id, seq FROM claim_keys WHERE key = ? ORDER BY document_id DESC LIMIT ?",
                (key, _PER_KEY),
            ):
                matched[document_id].add(seq)
        cwd = Path.cwd().resolve()
        for batch in _batches(sorted(matched)):
            rows = self.conn.execute(
                "SELECT id, path, sha256, published, language, outlet, encoding, body_start, text, claims"
                f" FROM documents WHERE id IN ({_marks(batch)}) ORDER BY path",
                batch,
            )
            for document_id, path, digest, *meta, text, claims in rows:
                if path in skip_paths or digest in skip_hashes:
                    continue
                yield _claimset(display_path(path, cwd), meta, text, claims, matched[document_id])

    def stats(self) -> Stats:
        with self.snapshot():
            return self._stats()

    def _stats(self) -> Stats:
        conn = self.conn
        articles, claims = conn.execute("SELECT count(*), coalesce(sum(claim_count), 0) FROM documents").fetchone()
        keys, entries = conn.execute("SELECT count(DISTINCT key), count(*) FROM claim_keys").fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return Stats(self.path, self.schema_version(), articles, claims, keys, entries, size)


class _NeedsMigration(Exception):
    """A read-only open found an older schema."""


def _busy(exc: Exception) -> bool:
    import sqlite3

    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _retry(action: Callable, attempts: int = 60):
    """SQLite answers `database is locked` at once (no busy wait) for some statements, such as a
    journal-mode change or a first read of a file another process is creating: try again."""
    import sqlite3

    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or attempt == attempts - 1:
                raise
            time.sleep(min(0.5, 0.01 * 2 ** min(attempt, 6)) * (0.5 + random.random()))
    return None


def _readonly_hint(exc: Exception) -> str:
    if "readonly" not in str(exc):
        return ""
    return " (the ledger or its folder is read-only; `check --ledger` can still read it)"


@contextmanager
def _setup_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on `<ledger>.lock` while a process opens, creates or migrates the ledger:
    two `ledger add` that create one ledger at the same moment take turns. Where no lock file can
    be made (a read-only folder), SQLite's own locking is all there is."""
    try:
        import fcntl
    except ImportError:  # not POSIX: SQLite's locking and the retries above
        yield
        return
    try:
        handle = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _claimset(path: str, meta: list, text: bytes, claims: bytes, seqs: Iterable[int]) -> ClaimSet:
    published, language, outlet, encoding, body_start = meta
    document = Document(
        path=path,
        text=_unpack(text),
        published=dt.date.fromisoformat(published) if published else None,
        language=language,
        outlet=outlet,
        encoding=encoding,
        body_start=body_start,
    )
    stored = json.loads(_unpack(claims))
    picked = []
    for seq in sorted(seqs):
        data = stored[seq]
        # Claim ids are "<path>#<n>": rename them with the article, so they stay unique beside the drafts.
        old = data["path"]
        for field in ("id", "converts", "change_of", "compared_to"):
            if data.get(field) and data[field].startswith(old + "#"):
                data[field] = path + data[field][len(old) :]
        data["path"] = path
        picked.append(Claim.from_record(data))
    return ClaimSet(document=document, claims=picked)


def attach_snippets(findings, stored: Iterable) -> None:
    """Give locations in stored articles (their documents, or stubs that kept the text) their source
    line: a report cannot reread a file that may be gone."""
    documents = {document.path: document for document in stored}
    for finding in findings:
        for location in (finding.location, *finding.related):
            document = documents.get(location.path)
            if document is not None and location.snippet is None:
                starts = document.line_starts
                end = starts[location.line] - 1 if location.line < len(starts) else len(document.text)
                location.snippet = document.text[starts[location.line - 1] : end]
