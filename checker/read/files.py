"""Files → Documents: walking folders, decoding, and attaching metadata.

Metadata comes, in this order, from a manifest (`--manifest`/`manifest = …`, else the
nearest `articles.toml` in the file's folder or above it that names the file, e.g.
`file = "ko/001.txt"` at an archive's root), front matter, the page's own tags (HTML),
and otherwise a guess (language) or today (the date of a draft, with a note).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker.errors import InputError
from checker.folders import exists, is_dir, is_file
from checker.models import Document
from checker.read.decode import decode, script_letters, script_share
from checker.read.docx import docx_text
from checker.read.frontmatter import parse_front_matter
from checker.read.htmlmeta import html_metadata
from checker.read.manifest import MANIFEST_NAME, ArticleMeta, load_manifest
from checker.read.walk import ARTICLE_SUFFIXES, STDIN, iter_article_paths

__all__ = ["ARTICLE_SUFFIXES", "STDIN", "decode", "iter_article_paths", "read_document", "read_paths"]
_HTML = {".html", ".htm"}


def guess_language(text: str) -> str:
    """The language whose own letters (`[link.script_letters]` of its data) are more than a fifth of the
    text's letters, the most of them; English otherwise (its letters are every language's notation)."""
    shares = {code: script_share(text, code) for code in script_letters()}
    best = max(shares, key=shares.__getitem__, default=None)
    return best if best is not None and shares[best] > 0.2 else "en"


class Manifests:
    """Manifests by folder, loaded once; a broken one is reported once. A manifest named in
    the configuration (`manifest = "…"`, `--manifest`) is asked first; then the nearest
    `articles.toml` from the file's folder up to `stop` that names the file. An entry a manifest
    could not use (its `problems`, where the loader reports them) is that article's error alone."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._by_dir: dict[Path, tuple[dict, dict] | InputError] = {}
        self._explicit = explicit
        self._explicit_entries: tuple[dict, dict] | None = None

    @staticmethod
    def _entries(manifest: Path) -> tuple[dict[Path, ArticleMeta], dict[Path, InputError]]:
        folder = manifest.parent.resolve()
        loaded = load_manifest(manifest)
        entries = {(folder / name).resolve(): meta for name, meta in loaded.items()}
        problems = {(folder / name).resolve(): problem for name, problem in getattr(loaded, "problems", {}).items()}
        return entries, problems

    @staticmethod
    def _lookup(found: tuple[dict, dict], resolved: Path) -> ArticleMeta | None:
        entries, problems = found
        if resolved in problems:
            raise problems[resolved]
        return entries.get(resolved)

    def meta_for(self, path: Path, stop: Path | None = None) -> ArticleMeta | None:
        resolved = path.resolve()
        if self._explicit is not None:
            if self._explicit_entries is None:
                self._explicit_entries = ({}, {})
                if not self._explicit.is_file():
                    raise InputError(str(self._explicit), "manifest not found")
                self._explicit_entries = self._entries(self._explicit)
            found = self._lookup(self._explicit_entries, resolved)
            if found is not None:
                return found
        stop = (stop or path.parent).resolve()
        for folder in (resolved.parent, *resolved.parent.parents):
            found = self._lookup(self._folder(folder), resolved)
            if found is not None:
                return found
            if folder == stop or stop not in folder.parents:
                break
        return None

    def _folder(self, folder: Path) -> tuple[dict, dict]:
        if folder not in self._by_dir:
            manifest = folder / MANIFEST_NAME
            try:
                self._by_dir[folder] = self._entries(manifest) if is_file(manifest) else ({}, {})
            except InputError as exc:
                self._by_dir[folder] = exc
                raise
        entry = self._by_dir[folder]
        return ({}, {}) if isinstance(entry, InputError) else entry


def manifest_stop(path: Path, root: Path | None) -> Path:
    """How far up to look for a manifest: the folder named on the command line, or the current
    folder for a file named directly below it (so `check real/ko/001.txt` finds real/articles.toml)."""
    cwd = Path.cwd().resolve()
    resolved = path.resolve()
    if cwd in resolved.parents:
        return cwd
    return (root or path.parent).resolve()


def _load(path: Path, data: bytes, display: str) -> tuple[str, str, list[str], dict[str, object]]:
    """Text, encoding, notes and metadata the file's format carries."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text, meta = docx_text(display, data)
        return text, "docx", [], meta
    text, encoding, notes = decode(display, data)
    meta: dict[str, object] = {}
    looks_html = text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    if suffix in _HTML or (suffix not in {".txt", ".md", ".markdown"} and looks_html):
        meta = html_metadata(text)
    return text, encoding, notes, meta


_EARLIEST_PUBLISHED, _LATEST_PUBLISHED = dt.date(1000, 1, 1), dt.date(9000, 12, 31)


def read_document(
    path: Path, meta: ArticleMeta | None, *, data: bytes | None = None, display: str | None = None
) -> Document:
    shown = display or _display_path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(shown, "no such file") from None
        except IsADirectoryError:
            raise InputError(shown, "is a folder") from None
        except OSError as exc:
            raise InputError(shown, f"cannot read: {exc.strerror or exc}") from None
    text, encoding, notes, page = _load(path, data, shown)
    front, body_start = parse_front_matter(text)
    if "published_error" in front:
        raise InputError(shown, f"front matter: bad date {front['published_error']!r}", 2)
    published: dt.date | None = (meta.published if meta else None) or front.get("published") or page.get("published")  # type: ignore[assignment]
    if published is not None and not _EARLIEST_PUBLISHED <= published <= _LATEST_PUBLISHED:
        # (a date the calendar has but no newsroom does: the periods counted back and forward from it, a year
        # earlier or next month, would leave the calendar)
        line = 2 if not (meta and meta.published) and front.get("published") else None  # (front matter's line)
        raise InputError(shown, f"publication date {published.isoformat()} is out of range (years 1000 to 9000)", line)
    language = (meta.language if meta else None) or front.get("language") or page.get("language")
    outlet = (meta.outlet if meta else None) or front.get("outlet")
    assumed = published is None
    if assumed:
        # An undated file is most often a draft about to be published: read it as of today.
        published = dt.date.today()
        notes.append(f"no publication date in a manifest, front matter or page metadata: assumed today ({published})")
    document = Document(
        path=shown,
        text=text,
        published=published,
        language=str(language or "ko"),
        outlet=outlet,
        encoding=encoding,
        notes=notes,
        body_start=body_start,
        published_assumed=assumed,
    )
    if not language:  # guessed on the normalized text: decomposed Hangul (NFD) is still Korean
        normalized = document.normalized
        document.language = guess_language(normalized.text[normalized.body_start :])
    return document


def _display_path(path: Path) -> str:
    # The path as named, made relative, links not followed: a dangling link or a link loop is shown by
    # its own name (and resolving a loop would raise).
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(Path.cwd())).as_posix()
    except ValueError:
        return path.as_posix()


def read_paths(
    paths: Iterable[str],
    manifest: Path | None = None,
    *,
    stdin_name: str | None = None,
    stdin_data: bytes | None = None,
) -> tuple[list[Document], list[InputError]]:
    """Every readable article; bad ones become errors without stopping the rest.

    `-` reads standard input (or `stdin_data`), named `stdin_name` in reports and when
    looking for its manifest entry."""
    errors: list[InputError] = []
    documents = list(iter_documents(paths, errors, manifest, stdin_name=stdin_name, stdin_data=stdin_data))
    return documents, errors


def iter_documents(
    paths: Iterable[str],
    errors: list[InputError],
    manifest: Path | None = None,
    *,
    stdin_name: str | None = None,
    stdin_data: bytes | None = None,
) -> Iterator[Document]:
    """read_paths one article at a time (a streamed run holds one window of texts, not all of them);
    errors are appended to `errors` as they are met."""
    manifests = Manifests(manifest)
    seen_manifest_errors: set[str] = set()
    for raw in paths:
        root = Path(raw) if raw != STDIN and is_dir(Path(raw)) else None
        for path in iter_article_paths([raw], errors):
            display = None
            data = None
            if str(path) == STDIN:
                display = stdin_name or "<stdin>"
                data = stdin_data if stdin_data is not None else _read_stdin()
                path = Path(stdin_name) if stdin_name else Path("stdin.txt")
            meta = None
            if exists(path) or display is not None:
                try:
                    meta = manifests.meta_for(path, manifest_stop(path, root))
                except InputError as exc:
                    if str(exc) not in seen_manifest_errors:  # a manifest's own error once; an entry's, per entry
                        seen_manifest_errors.add(str(exc))
                        errors.append(exc)
            try:
                yield read_document(path, meta, data=data, display=display)
            except InputError as exc:
                errors.append(exc)


def _read_stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read()
