"""Whether a regular expression can match a long text at all, told by the characters every match needs.

A search through a whole text costs the regular-expression engine a test at every character where the pattern's
first characters stand (about 10 ns each), even where nothing matches: a megabyte of figures on one line is
searched by a dozen of the linker's patterns that find nothing there (a gap between lengths of time, the marks of
an anniversary, a list's lead, a wrapped line), 5–15 ms each. Each such pattern needs some characters: its words'
letters, a line break, a colon. `may_match` reads once per pattern what a match needs — an and/or formula over
sets of characters, from the parsed pattern — and looks the characters up in the text (`str.__contains__`, a
search in C about a hundred times quicker than the engine's scan). It answers False only when the formula fails:
then no search can find a match (not from any start, not in any window), so the caller's result is the same.

What it reads: a literal needs its character (with case folded: every character the engine folds with it); a
class of a few literals or a short range, one of them; a sequence, each of its items; an alternation, one of its
alternatives; a repeat of at least once, its item; a group, its content; a lookahead or lookbehind, its content
(it matches text that is there, before or after). Anything else — a class of a category or a long range, a
negated class, any character, an optional item, a negative lookaround, a back-reference — needs nothing that is
known, and leaves the answer to the search. A letter with case other than an ASCII letter is left likewise.
A text shorter than `LONG` is not looked at: the search is about as quick as the test there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser
from typing import NamedTuple

from checker.regex_cache import compile_exact, kept_answer

# Texts shorter than this are searched without the test (a long article is 10,000–20,000 characters).
LONG = 50_000

# The characters beyond ASCII that the engine folds with an ASCII letter (`İ` and `ı` with `i`, `ſ` with `s`, the
# Kelvin sign with `k`; tests/test_regex_needs.py reads them again from every character): each folded ASCII letter
# needs one of its two cases or one of these (more than it needs: still never a false refusal).
_FOLDED_WITH_ASCII = "\u0130\u0131\u017f\u212a"
_SHORT_RANGE = 64  # (a longer range, `가-힣`, is read as needing nothing)

_needs: dict[tuple[str, int], object] = {}


class _Unknown(Exception):
    """An item whose characters are not read (it needs nothing that is known)."""


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` can match nowhere in `text`: a character every match needs is absent."""
    if len(text) < LONG:
        return True
    key = (pattern.pattern, pattern.flags)
    need = _needs.get(key, _needs)
    if need is _needs:
        need = _needs[key] = needs_of(pattern, texts=True)
    return need is None or _present(need, text, _about(text).seen)


def search_if_possible(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, not run where `may_match` tells it can find nothing."""
    return pattern.search(text) if may_match(pattern, text) else None


def finditer_if_possible(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, not run where `may_match` tells it can find nothing."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def needs_of(pattern: re.Pattern[str], texts: bool = False):
    """What a match of `pattern` needs in the text: a frozenset (one of its characters), ("all", parts),
    ("any", parts), or None (nothing known). With `texts`, also ("text", (run, folded)): a run of literals every
    match holds as written (`folded`: with case folded, in the text's small letters)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _of_sequence(parsed.data, bool(parsed.state.flags & re.I), texts=texts)


def may_match_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False only when `pattern.search(text, start, end)` can find nothing: a set of characters every match needs
    one of has none between `start` and `end`. Unlike `may_match`, for a short stretch searched once per figure (a
    few dozen characters): each set is tested by a one-class search there (in C, well under a microsecond), and only
    what a match needs inside the stretch counts (a lookbehind may read before `start`: it is read as needing
    nothing)."""
    # (looked up by the pattern object itself, kept beside its classes so that its id is never another's: a
    # pattern's own hash reads its whole compiled code, and this runs a few times per figure)
    known = _by_id.get(id(pattern))
    if known is None or known[0] is not pattern:
        key = (pattern.pattern, pattern.flags)
        classes = _window_classes.get(key)
        if classes is None:
            classes = _window_classes[key] = _classes_of(pattern)
        known = _by_id[id(pattern)] = (pattern, classes)
    if len(text) >= LONG:
        # (a long text holds no match anywhere: none in a stretch of it either, told once per article and pattern —
        # a search from `start` to `end` reads no character outside the text)
        # (the record of the text last asked about read in place, not through `_about`: a call fewer per figure)
        about = _known
        verdicts = (about if about.text is text else _about(text)).verdicts
        whole = verdicts.get(id(pattern))
        if whole is None:
            whole = verdicts[id(pattern)] = may_match(pattern, text)
        if not whole:
            return False
    for one in known[1]:  # noqa: SIM110 — (a loop, not `all` over a generator: one call fewer per figure)
        if one.search(text, start, end) is None:
            return False
    return True


def search_between(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """`pattern.search(text, start, end)`, not run where `may_match_between` tells it can find nothing."""
    return pattern.search(text, start, end) if may_match_between(pattern, text, start, end) else None


def _classes_of(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """One-class patterns, each of a set of characters every match needs one of (lookbehinds left out); told
    once per pattern and kept in the regular-expression cache (checker/regex_cache.py)."""
    joined = kept_answer(pattern.pattern, pattern.flags, lambda: "\n".join(_class_patterns(pattern)))
    return tuple(compile_exact(one) for one in joined.split("\n") if one)


def _class_patterns(pattern: re.Pattern[str]) -> list[str]:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    need = _of_sequence(parsed.data, bool(parsed.state.flags & re.I), behind=False)
    parts = need[1] if isinstance(need, tuple) and need[0] == "all" else (need,)
    sets = [found for part in parts if (found := _one_set(part)) is not None]
    # (characters other than letters and digits as `\\U` escapes: no pattern holds the line break they are kept
    # apart by)
    return ["[" + "".join(ch if ch.isalnum() else f"\\U{ord(ch):08x}" for ch in sorted(one)) + "]" for one in sets]


def _one_set(need) -> frozenset | None:
    """A set of characters every text meeting `need` holds one of: of a conjunction its smallest part's, of a
    disjunction the union of its parts' (None when a part has none)."""
    if need is None or isinstance(need, frozenset):
        return need
    kind, parts = need
    found = [_one_set(part) for part in parts]
    if kind == "all":
        known = [one for one in found if one is not None]
        return min(known, key=len) if known else None
    return None if any(one is None for one in found) else frozenset().union(*found)


_window_classes: dict[tuple[str, int], tuple[re.Pattern[str], ...]] = {}
_by_id: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]] = {}


def _present(need, text: str, seen: dict[str, bool]) -> bool:
    if isinstance(need, frozenset):
        for ch in need:
            found = seen.get(ch)
            if found is None:
                found = seen[ch] = ch in text
            if found:
                return True
        return False
    kind, parts = need
    if kind == "all":
        return all(_present(part, text, seen) for part in parts)
    if kind == "text":
        run, folded = parts
        if not folded:
            return run in text
        lowered = _lowered(text)
        return lowered is None or run in lowered
    return any(_present(part, text, seen) for part in parts)


class _Known(NamedTuple):
    """What is known of the text last asked about: the linker asks about one article many times, and a character or
    run absent from a long text costs a scan of all of it. One record, replaced whole when another text is asked
    about (a thread checking another article never reads this one's answers)."""

    text: str | None
    seen: dict[str, bool]  # the characters it holds or not, as far as asked
    verdicts: dict[int, bool]  # whether each pattern asked about in a stretch of it may match it (by the pattern's id:
    # `may_match_between` keeps the pattern in `_by_id`)
    lowered: list  # its copy in small letters, once asked for (None: not to be read, see `_lowered`)


_known = _Known(None, {}, {}, [])


def _about(text: str) -> _Known:
    global _known
    known = _known
    if known.text is not text:
        known = _known = _Known(text, {}, {}, [])
    return known


def _lowered(text: str) -> str | None:
    """`text` in small letters, where a run of literals with case folded is looked for (made once per text); None
    when the text holds a character the engine folds with an ASCII letter that `str.lower` does not give as that
    letter (`ſ`, `ı`, the Kelvin sign, `İ`): the runs are then not looked up."""
    lowered = _about(text).lowered
    if not lowered:
        lowered.append(None if any(ch in text for ch in _FOLDED_WITH_ASCII) else text.lower())
    return lowered[0]


# (a run of at least this many literals is looked for as a string: one character is looked for as a set)
_SHORTEST_RUN = 2


def _run_character(point: int, ignorecase: bool) -> str | None:
    """The character a literal puts in a run (small, with case folded), or None when its matches are not one
    character and its other case (a letter with case beyond ASCII: the run ends there)."""
    ch = chr(point)
    if not ignorecase or ch.isascii():
        return ch.lower() if ignorecase else ch
    return ch if ch.lower() == ch == ch.upper() else None


def _runs_of(items, ignorecase: bool) -> list:
    """The runs of literals of a sequence (each a "text" need): the strings every match holds as they are (with
    case folded: in the text's small letters)."""
    runs, run = [], []
    for op, av in items:
        ch = _run_character(av, ignorecase) if op is _parser.LITERAL else None
        if ch is not None:
            run.append(ch)
            continue
        if len(run) >= _SHORTEST_RUN:
            runs.append(("text", ("".join(run), ignorecase)))
        run = []
    if len(run) >= _SHORTEST_RUN:
        runs.append(("text", ("".join(run), ignorecase)))
    return runs


def _of_sequence(items, ignorecase: bool, behind: bool = True, texts: bool = False):
    """`texts`: the runs of literals are needs too (`may_match`; `may_match_between` reads sets alone)."""
    parts = [need for op, av in items if (need := _of_item(op, av, ignorecase, behind, texts)) is not None]
    if texts:
        parts += _runs_of(items, ignorecase)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


def _of_item(op, av, ignorecase: bool, behind: bool = True, texts: bool = False):
    """`behind`: a lookbehind's content is needed (False: it needs nothing, for a search from a place inside the
    text, whose lookbehinds may read before that place)."""
    c = _parser
    try:
        if op is c.LITERAL:
            return _folded(av, ignorecase)
        if op is c.IN:
            return _of_class(av, ignorecase)
    except _Unknown:
        return None
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _of_sequence(sub.data, (ignorecase or bool(add_flags & re.I)) and not del_flags & re.I, behind, texts)
    if op is c.ATOMIC_GROUP:
        return _of_sequence(av.data, ignorecase, behind, texts)
    if op is c.BRANCH:
        alternatives = [_of_sequence(alternative.data, ignorecase, behind, texts) for alternative in av[1]]
        if any(need is None for need in alternatives):
            return None  # (an alternative that needs nothing known: the alternation neither)
        if all(isinstance(need, frozenset) for need in alternatives):
            return frozenset().union(*alternatives)
        return ("any", tuple(alternatives))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _of_sequence(sub.data, ignorecase, behind, texts) if low >= 1 else None
    if op is c.ASSERT:
        return _of_sequence(av[1].data, ignorecase, behind, texts) if behind or av[0] >= 0 else None
    return None  # (any character, a category, a negated literal, a negative lookaround, an anchor, a group's text)


def _of_class(items, ignorecase: bool) -> frozenset:
    out: set[str] = set()
    for item, value in items:
        if item is _parser.LITERAL:
            out |= _folded(value, ignorecase)
        elif item is _parser.RANGE and value[1] - value[0] <= _SHORT_RANGE:
            for point in range(value[0], value[1] + 1):
                out |= _folded(point, ignorecase)
        else:
            raise _Unknown  # (a negated class, a category, a long range)
    return frozenset(out)


def _folded(point: int, ignorecase: bool) -> frozenset:
    """The characters the engine matches for the literal `point`."""
    ch = chr(point)
    if not ignorecase:
        return frozenset(ch)
    if ch.isascii():
        return frozenset({ch.lower(), ch.upper(), *_FOLDED_WITH_ASCII}) if ch.isalpha() else frozenset(ch)
    if ch.lower() == ch == ch.upper():
        return frozenset(ch)  # (a letter without case: Hangul, CJK, a symbol)
    raise _Unknown
