"""Files a run derives from data that rarely changes (the ECB rates, the validated language data),
kept between runs in the user's cache folder (FACTLINT_CACHE_DIR overrides).

A cache file is named and stamped by a hash of everything it was built from, so a stale file is
never read and two installs with different data each keep their own. Readers never trust one:
a missing, truncated, foreign or unreadable file reads as absent and is rebuilt. Writers write a
temporary file of their own and rename it into place, so processes starting at once never see
half a file; a folder that cannot be written only costs the next run the rebuild.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    override = os.environ.get("FACTLINT_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("factlint"))


def cache_path(name: str, stamp: str) -> Path:
    """The file of `name` built from what hashes to `stamp`."""
    return cache_dir() / f"{name}-{stamp[:24]}.pickle"


def read_cached(path: Path, stamp: str) -> object | None:
    """What `write_cached` stored at `path` under `stamp`, or None when there is no such file, or it
    is not one this code wrote for the same stamp (truncated, corrupt, from another version)."""
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except Exception:  # noqa: BLE001 — missing, truncated, foreign: the caller rebuilds it
        return None
    if not isinstance(stored, dict) or stored.get("stamp") != stamp:
        return None
    return stored.get("data")


def write_cached(path: Path, stamp: str, data: object, keep: int | None = None) -> None:
    """Store `data` at `path` atomically; a folder that cannot be written is left alone. `keep`: how
    many files of the same name (other stamps) to leave, the newest; the older ones are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump({"stamp": stamp, "data": data}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):  # unwritable, or data pickle refuses
        try:
            os.unlink(temporary)
        except OSError:
            pass
        return
    if keep is not None:
        _prune(path, keep)


def _prune(path: Path, keep: int) -> None:
    """Remove all but the `keep` newest files named like `path` (a cache of data edited often, like the
    language files in a checkout, would otherwise grow by a file per edit)."""
    name = path.name.rsplit("-", 1)[0]
    try:
        siblings = [(p.stat().st_mtime, p) for p in path.parent.glob(f"{name}-*.pickle") if p != path]
    except OSError:
        return
    for _, old in sorted(siblings, reverse=True)[max(0, keep - 1) :]:
        try:
            old.unlink()
        except OSError:
            pass  # another process removed it, or may not: either way not this run's concern
