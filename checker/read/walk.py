"""Which files a command line names: files as given, folders walked for articles.

A walk skips hidden entries and what `.gitignore` files exclude (those inside the folder
and those above it up to the repository's root), like git and ruff. A folder that cannot
be listed is an error naming it; the rest of the walk goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from checker.errors import InputError
from checker.folders import exists, is_dir

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx"}
STDIN = "-"


def _ignore_spec(folder: Path):
    """The compiled `.gitignore` of `folder`, or None."""
    ignore = folder / ".gitignore"
    try:
        lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ancestor_specs(root: Path) -> list[tuple[Path, object]]:
    """`.gitignore`s above `root` up to the repository's root (the folder holding `.git`)."""
    specs = []
    here = root.resolve()
    for folder in here.parents:
        spec = _ignore_spec(folder)
        if spec is not None:
            specs.append((folder, spec))
        if exists(folder / ".git"):
            break
    else:
        return []  # not in a repository: a stray .gitignore far above means nothing here
    return specs


def _ignored(path: Path, is_dir: bool, specs: list[tuple[Path, object]]) -> bool:
    for folder, spec in specs:
        try:
            relative = path.relative_to(folder).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False


def walk(root: Path, errors: list[InputError] | None = None) -> Iterator[Path]:
    """Article files under `root`, sorted, without hidden or git-ignored ones."""
    resolved = root.resolve()
    base_specs = [] if exists(resolved / ".git") else _ancestor_specs(resolved)
    pending: list[tuple[Path, list]] = [(resolved, base_specs)]
    found: list[Path] = []
    seen: set[str] = set()  # real paths: a symlink back up the tree is walked once
    while pending:
        folder, specs = pending.pop()
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        spec = _ignore_spec(folder)
        if spec is not None:
            specs = [*specs, (folder, spec)]
        try:
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            if errors is not None:
                errors.append(InputError(_shown(root, resolved, folder), f"cannot read folder: {exc.strerror or exc}"))
            continue
        for entry in children:
            if entry.name.startswith("."):
                continue
            path = folder / entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if _ignored(path, is_dir, specs):
                continue
            if is_dir:
                pending.append((path, specs))
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(path)
    for path in sorted(found):
        yield _shown(root, resolved, path)


def _shown(root: Path, resolved: Path, path: Path) -> Path:
    """`path` spelled from `root` as the user wrote it."""
    return root / path.relative_to(resolved) if path != resolved else root


def iter_article_paths(paths: Iterable[str], errors: list[InputError] | None = None) -> Iterator[Path]:
    """Files named on the command line (and `-`, standard input), and article files under named
    folders. A folder with no articles is an error naming it (when `errors` is given)."""
    for raw in paths:
        if raw == STDIN:
            yield Path(STDIN)
            continue
        path = Path(raw)
        if is_dir(path):
            count = 0
            errors_before = len(errors) if errors is not None else 0
            for child in walk(path, errors):
                count += 1
                yield child
            # A folder that could not be listed is already named; "no articles" would say it twice.
            if count == 0 and errors is not None and len(errors) == errors_before:
                looked = ", ".join(sorted(ARTICLE_SUFFIXES))
                errors.append(InputError(str(path), f"no articles found (looked for {looked})"))
        else:
            yield path
