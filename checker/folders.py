"""Where rule packs and lexicons are: the built-in folder (installed as `checker_rules`) and the
lexicon folders among a user's. Below every stage: the link stage loads lexicons from them, the
check stage rule packs, and messages name ids by the built-in lexicon."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path


def is_file(path: Path) -> bool:
    """`path.is_file()` that says no where the path cannot be looked at (a folder above it that may not
    be searched raises PermissionError, not False): the caller reports the folder when it lists it."""
    try:
        return path.is_file()
    except OSError:
        return False


def is_dir(path: Path) -> bool:
    """`path.is_dir()`, no where the path cannot be looked at (see `is_file`)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def exists(path: Path) -> bool:
    """`path.exists()`, no where the path cannot be looked at (see `is_file`)."""
    try:
        return path.exists()
    except OSError:
        return False


def builtin_rules_dir() -> Path:
    return Path(str(importlib.resources.files("checker_rules")))


def lexicon_dirs(folders: list[Path]) -> list[Path]:
    out = []
    for folder in folders:
        lex = folder / "lexicon"
        if lex.is_dir():
            out.append(lex)
        elif any(_has_lexicon_tables(p) for p in folder.glob("*.toml")):
            out.append(folder)
    return out


def _has_lexicon_tables(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(re.search(r"^\[\[(entity|metric)\]\]", head, re.M))
