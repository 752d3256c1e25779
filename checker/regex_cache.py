"""Regular expressions whose compiled programs are kept between runs.

CPython compiles a regular expression in Python (`re._parser`, `re._compiler`); the scanner's and
the linker's large patterns (every currency word, every change verb, the time grammar) cost a
cold one-article check about 90 ms of compiling, more than reading and checking the article. What
compiling produces, the regular-expression engine's program, depends only on the pattern, the
flags and the interpreter. `compile` keeps the programs in a cache file stamped by the Python
version and the engine's magic number (checker/cache.py), and makes the pattern object straight
from a cached program (`_sre.compile`: what `re.compile` itself calls last).

Nothing here can change a match: a program is cached only after the pattern object made from it
compared equal to `re.compile`'s own (same flags, groups and program), and anything unexpected —
another interpreter, a private name gone, a program the engine refuses, a corrupt cache file —
falls back to `re.compile`. The cache file is written once, when the process ends, and only when
it learnt a program.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import sys
import threading

from checker.cache import cache_path, read_cached, write_cached

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # an interpreter without CPython's engine: plain re.compile
    _sre = _compiler = _parser = None

# Programs kept in all: the ones this process used, then others (other languages' patterns, patterns
# of data since edited), newest first. A language's patterns are about a hundred programs, 3 KB each.
MAX_KEPT = 400
_FORMAT = 1

_lock = threading.Lock()
_programs: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) → _sre.compile's arguments
_used: set[tuple[str, int]] = set()
_learnt = False


def _stamp() -> str:
    engine = f"{_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} {_sre.MAXGROUPS}" if _sre else "none"
    return hashlib.sha256(f"regex {_FORMAT} {sys.version} {engine}".encode()).hexdigest()


def _loaded() -> dict[tuple[str, int], tuple]:
    global _programs
    if _programs is None:
        with _lock:
            if _programs is None:
                stamp = _stamp()
                cached = read_cached(cache_path("regex", stamp), stamp)
                _programs = cached if isinstance(cached, dict) else {}
                atexit.register(_save)
    return _programs


def _program(pattern: str, flags: int) -> tuple:
    """The arguments `re._compiler.compile` passes to `_sre.compile` for this pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (plain ints: the compiler's opcodes are int subclasses that refuse to be pickled)
    return (
        pattern,
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from a cached program when there is one."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = _loaded().get(key)
    if program is not None:
        try:
            compiled = _sre.compile(*program)
        except Exception:  # noqa: BLE001 — a program the engine refuses: compile it anew
            compiled = None
        if isinstance(compiled, re.Pattern) and compiled.pattern == pattern:
            _used.add(key)
            return compiled
    compiled = re.compile(pattern, flags)  # a bad pattern raises here, as it always did
    _learn(key, compiled)
    return compiled


def _learn(key: tuple[str, int], compiled: re.Pattern[str]) -> None:
    global _learnt
    try:
        program = _program(*key)
        same = _sre.compile(*program) == compiled
    except Exception:  # noqa: BLE001 — the private compiler changed: this pattern is not cached
        return
    if same:
        _programs[key] = program
        _used.add(key)
        _learnt = True


def _save() -> None:
    """At exit: write the programs back when this process learnt one."""
    if not _learnt or _programs is None:
        return
    try:
        _write()
    except Exception:  # noqa: BLE001 — the cache is an optimisation: a failure to keep it is silent
        pass


def _write() -> None:
    """The programs this process used, then as many others (the newest first) as MAX_KEPT allows."""
    kept = {key: _programs[key] for key in _used if key in _programs}
    for key in reversed(list(_programs)):
        if len(kept) >= MAX_KEPT:
            break
        kept.setdefault(key, _programs[key])
    stamp = _stamp()
    write_cached(cache_path("regex", stamp), stamp, kept, keep=4)
