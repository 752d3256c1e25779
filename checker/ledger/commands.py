"""`factlint ledger add | remove | stats`."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from checker.errors import InputError
from checker.ledger.store import Ledger
from checker.pipeline import analyze
from checker.read.files import iter_article_paths

# Articles analysed before their claims are written: bounds memory on an archive of any size,
# and lets the first articles be committed while the rest are still being read.
CHUNK = 500


def default_ledger_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("factlint")) / "ledger.sqlite3"


def run_ledger_command(args: argparse.Namespace, settings, load_knowledge_fn: Callable) -> int:
    path = args.ledger or settings.ledger or default_ledger_path()
    if args.ledger_command == "add":
        return _add(path, args, load_knowledge_fn())
    if args.ledger_command == "remove":
        return _remove(path, args.paths)
    if args.ledger_command == "stats":
        return _stats(path)
    raise ValueError(args.ledger_command)


def _error(message: str) -> None:
    print(f"factlint: error: {message}", file=sys.stderr)


def _add(path: Path, args: argparse.Namespace, knowledge) -> int:

    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    walk_errors: list[InputError] = []  # a folder that cannot be listed is named, not skipped in silence
    files = [str(p) for p in iter_article_paths(args.paths, walk_errors)]
    outcomes: Counter[str] = Counter()
    errors: dict[str, None] = {}  # a broken manifest is reported by every chunk that meets it: once here
    errors.update((str(e), None) for e in walk_errors)
    with Ledger.open(path) as ledger:
        for start in range(0, len(files), CHUNK):
            # Hash first: an unchanged article is neither extracted nor linked again.
            analysis = analyze(
                files[start : start + CHUNK],
                knowledge,
                jobs=args.jobs,
                manifest=args.manifest,
                skip=ledger.unchanged,
                stdin_name=getattr(args, "stdin_filename", None),
            )
            outcomes["unchanged"] += len(analysis.skipped)
            errors.update((str(e), None) for e in analysis.errors)
            # An article whose numbers could not be read (a bug, caught for it alone) is not stored:
            # stored with no claims, its hash would call it unchanged on the next add.
            failed = {f.paths[0] for f in analysis.failures}
            errors.update(
                (f"{f.paths[0]}: internal error in {f.where}: {f.error} (please report this bug)", None)
                for f in analysis.failures
            )
            for claimset in analysis.claimsets:
                if claimset.document.path not in failed:
                    outcomes[ledger.add(claimset, metric_types)] += 1
    for error in errors:
        _error(error)
    print(f"{path}: {outcomes['added']} added, {outcomes['replaced']} replaced, {outcomes['unchanged']} unchanged")
    return 2 if errors else 0


def _remove(path: Path, paths: list[str]) -> int:
    missing = 0
    removed = 0
    with Ledger.open(path, must_exist=True) as ledger:
        for target in paths:
            count = ledger.remove(target)
            if not count:
                _error(f"{target}: not in the ledger")
                missing += 1
            removed += count
    print(f"{path}: {removed} removed")
    return 2 if missing else 0


def _stats(path: Path) -> int:
    with Ledger.open(path, must_exist=True, readonly=True) as ledger:
        stats = ledger.stats()
    print(
        f"ledger:   {stats.path}\n"
        f"schema:   {stats.schema}\n"
        f"articles: {stats.articles}\n"
        f"claims:   {stats.claims}\n"
        f"keys:     {stats.keys} ({stats.key_entries} entries)\n"
        f"size:     {_size(stats.size)}"
    )
    return 0


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
