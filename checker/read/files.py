"""Files → Documents: walking folders, decoding, and attaching metadata."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker.errors import InputError
from checker.models import Document
from checker.read.frontmatter import parse_front_matter
from checker.read.manifest import MANIFEST_NAME, ArticleMeta, load_manifest

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
_BINARY_SNIFF = 8192


def iter_article_paths(paths: Iterable[str]) -> Iterator[Path]:
    """Files named on the command line, and article files under named folders."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(child, path):
                    yield child
        else:
            yield path


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding name and notes; UTF-8 first, then CP949 (a superset of EUC-KR)."""
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(str(path), "binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(str(path), f"not UTF-8 or CP949/EUC-KR text (byte {utf8_error.start})", line) from None
    return text, "cp949", ["decoded as CP949/EUC-KR (not UTF-8)"]


def guess_language(text: str) -> str:
    sample = text[:4000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    return "ko" if hangul / letters > 0.2 else "en"


class _Manifests:
    """One manifest per folder, loaded once; a broken one is reported once. A manifest named in
    the configuration (`manifest = "…"`, `--manifest`) is asked first, by path below its folder."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._by_dir: dict[Path, dict[str, ArticleMeta] | InputError] = {}
        self._explicit = explicit
        self._explicit_entries: dict[str, ArticleMeta] | None = None

    def meta_for(self, path: Path) -> ArticleMeta | None:
        if self._explicit is not None:
            if self._explicit_entries is None:
                self._explicit_entries = {}
                if not self._explicit.is_file():
                    raise InputError(str(self._explicit), "manifest not found")
                folder = self._explicit.parent
                loaded = load_manifest(self._explicit)
                self._explicit_entries = {str((folder / name).resolve()): meta for name, meta in loaded.items()}
                self._explicit_problems = {str((folder / name).resolve()): problem
                                           for name, problem in getattr(loaded, "problems", {}).items()}
            if str(path.resolve()) in getattr(self, "_explicit_problems", {}):
                raise self._explicit_problems[str(path.resolve())]
            found = self._explicit_entries.get(str(path.resolve()))
            if found is not None:
                return found
        folder = path.parent
        if folder not in self._by_dir:
            manifest = folder / MANIFEST_NAME
            try:
                self._by_dir[folder] = load_manifest(manifest) if manifest.is_file() else {}
            except InputError as exc:
                self._by_dir[folder] = exc
                raise
        entry = self._by_dir[folder]
        if isinstance(entry, InputError):
            return None
        problem = getattr(entry, "problems", {}).get(path.name)
        if problem is not None:  # a bad or duplicate entry: this article's error alone
            raise problem
        return entry.get(path.name)


def read_document(path: Path, meta: ArticleMeta | None) -> Document:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    text, encoding, notes = decode(path, data)
    front, body_start = parse_front_matter(text)
    if "published_error" in front:
        raise InputError(str(path), f"front matter: bad date {front['published_error']!r}", 2)
    published: dt.date | None = (meta.published if meta else None) or front.get("published")  # type: ignore[assignment]
    language = (meta.language if meta else None) or front.get("language") or guess_language(text[body_start:])
    outlet = (meta.outlet if meta else None) or front.get("outlet")
    assumed = published is None
    if assumed:
        # An undated file is most often a draft about to be published: read it as of today.
        published = dt.date.today()
        notes.append(f"no publication date in a manifest or front matter: assumed today ({published})")
    return Document(
        path=_display_path(path), text=text, published=published, language=str(language),
        outlet=outlet, encoding=encoding, notes=notes, body_start=body_start, published_assumed=assumed,
    )


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_paths(paths: Iterable[str], manifest: Path | None = None) -> tuple[list[Document], list[InputError]]:
    """Every readable article; bad ones become errors without stopping the rest."""
    manifests = _Manifests(manifest)
    documents: list[Document] = []
    errors: list[InputError] = []
    seen_manifest_errors: set[str] = set()
    for path in iter_article_paths(paths):
        try:
            meta = manifests.meta_for(path)
        except InputError as exc:
            if str(exc) not in seen_manifest_errors:
                seen_manifest_errors.add(str(exc))
                errors.append(exc)
            meta = None
        try:
            documents.append(read_document(path, meta))
        except InputError as exc:
            errors.append(exc)
    return documents, errors
