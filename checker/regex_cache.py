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
from array import array
from collections.abc import Callable
from typing import NamedTuple

from checker.cache import cache_path, read_cached, write_cached

try:
    import _sre
    from re import _casefix, _compiler, _parser
except ImportError:  # an interpreter without CPython's engine: plain re.compile
    _sre = _casefix = _compiler = _parser = None

# Programs kept in all: the ones this process used, then others (other languages' patterns, patterns
# of data since edited), newest first. A language's patterns are about a hundred programs, 3 KB each.
MAX_KEPT = 400
MAX_FIRST_TESTS = 2000  # `first_test`'s answers, kept apart from the programs
_FORMAT = 3  # (2: programs with their first characters scanned for, `_start_scanned`; 3: their code as bytes)

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


def _program(pattern: str, flags: int, parsed=None) -> tuple:
    """The arguments `re._compiler.compile` passes to `_sre.compile` for this pattern (`parsed`: its parse,
    when the caller has it)."""
    if parsed is None:
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
    """`re.compile(pattern, flags)`, from a cached program when there is one, behind a test of its first
    character (`first_tested`: the same matches)."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return _compiled(first_tested(pattern, flags), flags)


def compile_exact(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` from a cached program when there is one, with no test in front: the pattern
    object's `pattern` is `pattern` itself (for patterns whose text is read again or built into others)."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return _compiled(pattern, flags)


# A pattern that sets its flags for the whole expression (`(?i)…`) must keep them first; one that opens with a
# lookahead has a test of its own (`ByLanguage`, the time grammar).
_NOT_TESTED = re.compile(r"\(\?(?:[aiLmsux]+\)|=|[aiLmsux]*:\(\?=)")


def first_tested(pattern: str, flags: int = 0) -> str:
    """The pattern behind `first_test(…, whole=True)` where it opens with what the engine tries in full at
    every place of a search (`_opens_slowly`: a word boundary, a lookbehind, a group of words it has no scan
    for): a search through an article then leaves at once each place where none of its first characters
    stands (a word boundary alone costs the engine about four times the test). The test refuses no place
    where the pattern matches and adds no group: the matches, their spans and groups are the pattern's own.
    The answer is kept in the programs' cache file, as `first_test`'s are."""
    flags = int(flags)
    if _parser is None or _NOT_TESTED.match(pattern):
        return pattern
    key = (pattern, flags | _FIRST_TEST | _OPENING)
    test = _loaded().get(key)
    if isinstance(test, str):
        _used.add(key)
    else:
        try:
            slow = _opens_slowly(_parser.parse(pattern, flags).data)
        except re.error:
            slow = False  # (a bad pattern raises where it is compiled, as it always did)
        test = first_test(pattern, flags, whole=True) if slow else ""
        _keep(key, test)
    if not test:
        return pattern
    # (in a verbose pattern a comment may run to its end: the group is closed on a line of its own)
    return f"{test}(?:{pattern}\n)" if flags & re.X else f"{test}(?:{pattern})"


def _opens_slowly(items) -> bool:
    """Whether a pattern opens with an item the engine tries in full at each place: a word boundary, a
    lookaround, an alternation; not with one character's test (a literal, a class, `\\d+`: the test would
    only repeat it), nor with `^` (tried at the start alone)."""
    c = _parser
    if not items:
        return False
    op, av = items[0]
    if op is c.SUBPATTERN:
        return _opens_slowly(av[3].data)
    if op is c.ATOMIC_GROUP:
        return _opens_slowly(av.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        # (`\\s?(?:원|달러)`: where the optional item is absent the engine tries what follows it)
        return _opens_slowly(av[2].data) or (av[0] == 0 and _opens_slowly(items[1:]))
    if op is c.AT:
        return av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY)
    return op in (c.ASSERT, c.ASSERT_NOT, c.BRANCH)


# A program's code is kept in the cache file as the bytes of an array of the engine's code words: the file of a
# language's several hundred programs (about two million code words) then loads in a few milliseconds, where a
# list of Python ints took a tenth of a second of every cold check; a program is made a list again where it is used.
_CODE_TYPE = next((t for t in "ILH" if array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")


def _packed(program: tuple) -> tuple:
    """`program` with its code as bytes (as the cache file keeps it)."""
    code = program[2]
    return program if isinstance(code, bytes) else (*program[:2], array(_CODE_TYPE, code).tobytes(), *program[3:])


def _unpacked(program: tuple) -> tuple:
    """`program` with its code as the list of ints `_sre.compile` takes."""
    code = program[2]
    return (*program[:2], array(_CODE_TYPE, code).tolist(), *program[3:]) if isinstance(code, bytes) else program


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    key = (pattern, flags)
    program = _loaded().get(key)
    if program is not None:
        try:
            compiled = _sre.compile(*_unpacked(program))
        except Exception:  # noqa: BLE001 — a program the engine refuses: compile it anew
            compiled = None
        if isinstance(compiled, re.Pattern) and compiled.pattern == pattern:
            _used.add(key)
            return compiled
    compiled = re.compile(pattern, flags)  # a bad pattern raises here, as it always did
    return _learn(key, compiled) or compiled


# Kept beside the programs, told apart by flags no pattern has: `first_test`'s answers, `first_character_test`'s
# and `first_tested`'s (the pattern text of the test, or `` when there is none).
_FIRST_TEST, _WHOLE, _ONE_CHARACTER, _OPENING = 1 << 30, 1 << 29, 1 << 28, 1 << 27
_DERIVED = 1 << 26  # `kept_answer`'s


def kept_answer(pattern: str, flags: int, derive: Callable[[], str]) -> str:
    """`derive()`, a text told by the pattern alone (what a match needs: checker/regex_needs.py), kept in the
    programs' cache file beside `first_test`'s answers: reading a pattern's parse costs a cold run a
    millisecond a pattern."""
    key = (pattern, int(flags) | _FIRST_TEST | _DERIVED)
    cached = _loaded().get(key)
    if isinstance(cached, str):
        _used.add(key)
        return cached
    answer = derive()
    _keep(key, answer)
    return answer


def first_test(pattern: str, flags: int = 0, whole: bool = False) -> str:
    """A zero-width test that the next character can start a match of `pattern`: `(?i:(?=[…]))` of
    the characters its first consumed item can match, case folded (so it refuses no place where the
    pattern matches; it may let a few more through). Put before one alternative of a long alternation,
    it lets the engine leave that alternative at once where it cannot start, instead of trying its
    words one by one. Empty when that cannot be told: the pattern can match empty, or starts with
    something other than literals, classes and `\\d` `\\s` `\\w` (any character, a negated class, a
    back-reference). Read from the programs' cache file when there is one (parsing costs a cold run).

    `whole`: the pattern is searched on its own, not as one alternative of a longer one; empty too
    where the engine finds its starts itself (a pattern that starts with a literal or a class is
    searched for by a scan of that first character, faster than any test in front of it)."""
    if _parser is None:
        return ""
    key = (pattern, int(flags) | _FIRST_TEST | (_WHOLE if whole else 0))
    cached = _loaded().get(key)
    if isinstance(cached, str):
        _used.add(key)
        return cached
    try:
        parsed = _parser.parse(pattern, int(flags))
        firsts, nullable = _first_chars(parsed.data, bool(int(flags) & re.I))
        # (the program's first words: INFO, its length, its flags; a prefix or a first-character set there)
        scanned = _compiler.SRE_INFO_PREFIX | _compiler.SRE_INFO_CHARSET
        prefixed = whole and _compiler._code(parsed, int(flags))[2] & scanned
    except (_NotTold, re.error):
        test = ""
    else:
        # (a negated class or any character cannot stand in the test's one class: then there is no test)
        told = bool(firsts) and all(first.members is not None for first in firsts)
        members = {member for first in firsts if first.members for member in first.members}
        test = "" if nullable or not told or prefixed else "(?i:(?=[" + "".join(sorted(members)) + "]))"
    _keep(key, test)
    return test


def first_character_test(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching each one character a match of `pattern` can start with, or None when
    `pattern` may match the empty string or uses what this reading does not model (then it is always
    tried). Unlike `first_test` it keeps the pattern's case rule (`(?i:…)` only where case is folded,
    so letters whose case folds oddly are judged by the `re` module itself) and reads negated classes
    and any character too: it is asked of one character at a time, not put in front of a pattern.
    Read from the programs' cache file when there is one."""
    if _parser is None or pattern.flags & re.ASCII or not isinstance(pattern.pattern, str):
        return None
    key = (pattern.pattern, int(pattern.flags) | _FIRST_TEST | _ONE_CHARACTER)
    cached = _loaded().get(key)
    if isinstance(cached, str):
        _used.add(key)
    else:
        try:
            firsts, nullable = _first_chars(
                _parser.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.I)
            )
        except (_NotTold, re.error):
            firsts, nullable = [], True
        one = dict.fromkeys(f"(?i:{first.one})" if first.ignorecase else first.one for first in firsts)
        cached = "" if nullable else "|".join(one) or "(?!)"
        _keep(key, cached)
    return _compiled(cached, 0) if cached else None  # (asked at one place: no test of its own in front)


def _keep(key: tuple[str, int], test: str) -> None:
    global _learnt
    _loaded()[key] = test
    _used.add(key)
    _learnt = True


class _NotTold(Exception):
    """A pattern item the first-character reading cannot read."""


class _First(NamedTuple):
    """One way a match can start: a pattern of one character (`a`, `[^a]`, `[x-z]`, `(?s:.)`); the
    items it stands for inside a positive class (`a`, `x-z`, `\\d`), or None when it cannot stand there
    (a negated class, any character); whether case is folded there."""

    one: str
    members: tuple[str, ...] | None
    ignorecase: bool


# The categories a one-character pattern can name, and those `first_test` puts in its class.
_CATEGORIES = (
    {
        _parser.CATEGORY_DIGIT: r"\d",
        _parser.CATEGORY_NOT_DIGIT: r"\D",
        _parser.CATEGORY_SPACE: r"\s",
        _parser.CATEGORY_NOT_SPACE: r"\S",
        _parser.CATEGORY_WORD: r"\w",
        _parser.CATEGORY_NOT_WORD: r"\W",
    }
    if _parser
    else {}
)
_IN_A_CLASS = {r"\d", r"\s", r"\w"}


def _first_chars(items, ignorecase: bool) -> tuple[list[_First], bool]:
    """(each way the sequence of parsed items can start; whether it can match empty)."""
    firsts: list[_First] = []
    for op, av in items:
        first, nullable = _first_of_item(op, av, ignorecase)
        firsts.extend(first)
        if not nullable:
            return firsts, False
    return firsts, True


def _first_of_item(op, av, ignorecase: bool) -> tuple[list[_First], bool]:
    c = _parser  # (its names: LITERAL, IN, SUBPATTERN … are re._constants')
    if op is c.LITERAL:
        one = re.escape(chr(av))
        return [_First(one, (one,), ignorecase)], False
    if op is c.NOT_LITERAL:
        return [_First(f"[^{re.escape(chr(av))}]", None, ignorecase)], False
    if op is c.ANY:
        return [_First("(?s:.)", None, ignorecase)], False
    if op is c.CATEGORY:
        if av not in _CATEGORIES:
            raise _NotTold(op)
        one = _CATEGORIES[av]
        return [_First(one, (one,) if one in _IN_A_CLASS else None, ignorecase)], False
    if op is c.IN:
        return [_class(av, ignorecase)], False
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~(re.I | re.M | re.S | re.X | re.U):
            raise _NotTold(op)  # (`(?a:…)`: `\d` would mean other characters)
        return _first_chars(sub.data, (ignorecase or bool(add_flags & re.I)) and not del_flags & re.I)
    if op is c.ATOMIC_GROUP:
        return _first_chars(av.data, ignorecase)
    if op is c.BRANCH:
        firsts, nullable = [], False
        for alternative in av[1]:
            first, empty = _first_chars(alternative.data, ignorecase)
            firsts.extend(first)
            nullable |= empty
        return firsts, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return [], True  # (`x{0}`: matches nothing, starts nothing)
        firsts, nullable = _first_chars(sub.data, ignorecase)
        return firsts, nullable or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True  # zero width: the next item starts the match
    raise _NotTold(op)


def _class(items, ignorecase: bool) -> _First:
    """A class (`[…]`) as one `_First`: with its members when it is positive and holds only literals,
    ranges, `\\d`, `\\s` and `\\w`."""
    c = _parser
    out: list[str] = []
    negated = False
    plain = True  # (every item can stand in `first_test`'s class)
    for item, value in items:
        if item is c.NEGATE:
            negated = True
        elif item is c.LITERAL:
            out.append(re.escape(chr(value)))
        elif item is c.RANGE:
            out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is c.CATEGORY and value in _CATEGORIES:
            out.append(_CATEGORIES[value])
            plain = plain and _CATEGORIES[value] in _IN_A_CLASS
        else:
            raise _NotTold(item)
    members = tuple(out) if plain and not negated else None
    return _First(f"[{'^' if negated else ''}{''.join(out)}]", members, ignorecase)


def _learn(key: tuple[str, int], compiled: re.Pattern[str]) -> re.Pattern[str] | None:
    """Keeps the program of `compiled` (with its first characters scanned for, `_start_scanned`); the pattern
    made from the kept program, or None when it is not kept."""
    global _learnt
    try:
        parsed = _parser.parse(*key)
        program = _program(*key, parsed)
        same = _sre.compile(*program) == compiled
    except Exception:  # noqa: BLE001 — the private compiler changed: this pattern is not cached
        return None
    if not same:
        return None
    made = compiled
    try:
        scanned = _start_scanned(program, parsed)
        if scanned is not None:
            made, program = _sre.compile(*scanned), scanned
    except Exception:  # noqa: BLE001 — a program the engine refuses: the pattern's own, unscanned
        made = compiled
    _programs[key] = program
    _used.add(key)
    _learnt = True
    return made


# A search for a pattern the compiler gives no first characters to scan for (one that opens with a lookaround,
# a word boundary or an alternation of words: every tested pattern, `first_tested`) calls the engine's whole
# matcher at every place of the text, where the test in front refuses it at once; a Korean line of figures
# without spaces pays that per character and per pattern searched through it (a sixth of the line's cost).
# The engine scans for a set of first characters itself when the program's INFO block holds one (what the
# compiler writes for a pattern that opens with a class): `_start_scanned` writes the set `_first_chars`
# reads into that block. It refuses no place where a match starts (a pattern that cannot match empty
# consumes its first character where it starts), so the matches, spans and groups are the pattern's own.
_INFO_PREFIX_OR_CHARSET = 3  # (SRE_INFO_PREFIX | SRE_INFO_CHARSET: the compiler found a scan of its own)


def _start_scanned(program: tuple, parsed=None) -> tuple | None:
    """`program` (the arguments of `_sre.compile`) with the set of its first characters in its INFO block, or
    None where the compiler put a scan there already, the pattern may match empty or its first characters
    cannot be told (`parsed`: the pattern's parse, when the caller has it)."""
    pattern, flags, code, *rest = program
    c = _compiler
    if (
        not isinstance(pattern, str)
        or flags & (re.ASCII | re.LOCALE)
        or code[0] != c.INFO
        or code[2] & _INFO_PREFIX_OR_CHARSET
        or code[3] == 0  # (the least width: a pattern that may match empty is tried at every place)
    ):
        return None
    try:
        if parsed is None:
            parsed = _parser.parse(pattern, flags)
        firsts, nullable = _first_chars(parsed.data, bool(flags & re.I))
        if nullable or not firsts or any(first.members is None for first in firsts):
            return None
        # (one class of all the members, and one of those whose case is folded: a pattern of many words
        # starts with many letters, its case partners read once)
        written = "".join(dict.fromkeys(m for first in firsts for m in first.members))
        folded = "".join(dict.fromkeys(m for first in firsts if first.ignorecase for m in first.members))
        items = _class_items(written, flags)
        if folded:
            items.extend(_case_partners(folded, flags))
    except (_NotTold, re.error):
        return None
    charset: list[int] = []
    c._compile_charset(c._optimize_charset(items)[0], flags, charset)
    info = [c.INFO, 0, code[2] | c.SRE_INFO_CHARSET, code[3], code[4], *charset]
    info[1] = len(info) - 1
    return (pattern, flags, [int(x) for x in info] + list(code[1 + code[1] :]), *rest)


def _class_items(members: str, flags: int) -> list[tuple]:
    """The parsed items of a class of `members` (`_First.members`), case as written."""
    op, av = _parser.parse(f"[{members}]", flags & ~re.I & ~re.X).data[0]
    if op is _parser.IN:
        return list(av)
    if op is _parser.LITERAL:
        return [(op, av)]  # (a class of one character is parsed as that character)
    raise _NotTold(op)


def _case_partners(members: str, flags: int) -> list[tuple]:
    """Class items for what a class of `members` matches with case folded beyond the members themselves: the
    lower case of each member and the letters folded with it (`re`'s own table of extra cases), and each letter
    of another case the folded class matches. Only a letter of `_cased` has a lower case other than itself:
    both are read by a search of the class through those letters, not a call per member."""
    lower, extra = _sre.unicode_tolower, _casefix._EXTRA_CASES
    cased = _cased()
    written = re.compile(f"[{members}]", flags & ~re.I & ~re.X)
    lowered = {lower(ord(ch)) for ch in written.findall(cased)}
    items = [(_parser.LITERAL, point) for point in lowered]
    for low, partners in extra.items():
        if low in lowered or written.match(chr(low)):
            items.extend((_parser.LITERAL, partner) for partner in partners)
    folded = re.compile(f"[{members}]", (flags | re.I) & ~re.X)
    items.extend((_parser.LITERAL, ord(ch)) for ch in folded.findall(cased))
    return items


_cased_letters: str | None = None


def _cased() -> str:
    """Every character whose lower case (the engine's, one character) is another: the only ones a class with
    case folded matches that neither its members nor their lower cases are. Read once, when a program is learnt."""
    global _cased_letters
    if _cased_letters is None:
        lower = _sre.unicode_tolower
        # (all the characters made at once; a piece whose lower case is itself is passed over without a call
        # per character: about 70 ms, where a call per character costs 0.3 s)
        points = array("I", range(sys.maxunicode + 1))
        if points.itemsize == 4 and sys.byteorder == "little":
            every = points.tobytes().decode("utf-32-le", "surrogatepass")
        else:  # (another machine's integers: made one by one)
            every = "".join(map(chr, points))
        found = []
        for at in range(0, len(every), 512):
            piece = every[at : at + 512]
            if piece.lower() != piece:
                found.extend(ch for ch in piece if lower(ord(ch)) != ord(ch))
        _cased_letters = "".join(found)
    return _cased_letters


def _save() -> None:
    """At exit: write the programs back when this process learnt one."""
    if not _learnt or _programs is None:
        return
    try:
        _write()
    except Exception:  # noqa: BLE001 — the cache is an optimisation: a failure to keep it is silent
        pass


def _write() -> None:
    """The programs this process used, then as many others (the newest first) as MAX_KEPT allows;
    `first_test`'s answers likewise, counted apart (a few dozen characters each, where a program is
    a few KB: counted with the programs, they would push out another language's)."""
    kept = {key: _programs[key] for key in _used if key in _programs}
    # (programs as bytes, answers of the first tests as they are)
    kept = {key: _packed(value) if isinstance(value, tuple) else value for key, value in kept.items()}
    programs = sum(1 for key in kept if not key[1] & _FIRST_TEST)
    tests = len(kept) - programs
    for key in reversed(list(_programs)):
        if key in kept:
            continue
        if key[1] & _FIRST_TEST:
            if tests < MAX_FIRST_TESTS:
                kept[key] = _programs[key]
                tests += 1
        elif programs < MAX_KEPT:
            kept[key] = _packed(_programs[key])
            programs += 1
    stamp = _stamp()
    write_cached(cache_path("regex", stamp), stamp, kept, keep=4)
