"""A first-character test in front of an alternative gives the same matches as the alternative alone.

Each alternative of the scanner's number pattern and of the time grammar starts with a zero-width
test of the characters a match can start with (`regex_cache.first_test`), so that the engine leaves
it at once where it cannot start. The test may only refuse places where no match starts: here
patterns and texts are generated, and the tested pattern must find what the plain one finds, with the
same groups, case folded or not; and the scanner's pattern finds on articles what it finds without."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.quantities import patterns
from checker.regex_cache import first_test

ROOT = Path(__file__).resolve().parents[1]

# Letters whose case folds oddly (`ſ` is an `s`, the Kelvin sign a `k`, `İ` an `i`), Hangul, digits, spaces.
_ALPHABET = "abkisSKIſKİ가나다 1-9\n.,"
_WORDS = st.lists(st.text(alphabet="abkisSKIſKİ가나다19", min_size=1, max_size=4), min_size=1, max_size=6)
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)
_FLAGS = st.sampled_from([0, re.I])


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _same(plain: str, tested: str, flags: int, text: str) -> None:
    assert _found(re.compile(tested, flags), text) == _found(re.compile(plain, flags), text), (tested, text)


# Pieces a generated alternative is made of: words, classes, optional and repeated items, look-arounds.
_PIECE = st.one_of(
    _WORDS.map(lambda words: "(?:" + "|".join(map(re.escape, words)) + ")"),
    st.sampled_from([r"\d+", r"[a-c]", r"[가-다]", r"\s?", r"(?:x)?", r"\b", r"(?<!a)", r"(?=b)", r"[\s1]", "k*", "^"]),
)
_ALTERNATIVE = st.lists(_PIECE, min_size=1, max_size=4).map("".join)


@settings(max_examples=400)
@given(st.lists(_ALTERNATIVE, min_size=1, max_size=4), _TEXT, _FLAGS)
def test_a_first_test_finds_what_the_plain_alternation_finds(alternatives, text, flags):
    plain = "|".join(f"(?P<g{i}>{a})" for i, a in enumerate(alternatives))
    tested = "|".join(f"{first_test(f'(?P<g{i}>{a})', flags)}(?P<g{i}>{a})" for i, a in enumerate(alternatives))
    _same(plain, tested, flags, text)


# A first test as `first_test` writes it, to take it out again.
_A_FIRST_TEST = re.compile(r"\(\?i:\(\?=\[(?:\\.|[^\]\\])*\]\)\)")


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_scanner_finds_what_it_finds_without_first_tests(language):
    core = patterns(language).core
    plain = re.compile(_A_FIRST_TEST.sub("", core.pattern), core.flags)
    assert plain.pattern != core.pattern
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    texts.append("Three-quarters of THREE QUARTERS, seven in ten, twenty-One deaths, two hundred and five, 수십만 명")
    for text in texts:
        assert _found(core, text) == _found(plain, text)


def test_what_a_first_test_lets_through():
    assert first_test("(?:abc|[x-z]d|\\d+%)") == "(?i:(?=[\\dax-z]))"
    assert first_test("(?<![가-힣])(?:지난해|작년)") == "(?i:(?=[작지]))"
    assert first_test("(?:a|b)?c") == "(?i:(?=[abc]))"  # the optional item lets its follower start


def test_no_first_test_where_one_cannot_be_told():
    assert first_test("a?") == ""  # matches empty: anywhere
    assert first_test("[^a]b") == ""  # a negated class
    assert first_test(".b") == ""  # any character
    assert first_test("(?a:\\d)") == ""  # ASCII digits only: another meaning of `\d`
    assert first_test("(") == ""  # no pattern at all (compiling it says why)


def test_no_first_test_where_the_engine_scans_for_the_start_itself():
    # (a pattern searched on its own that starts with a literal or a class)
    assert first_test("abc|abd", whole=True) == ""
    assert first_test("[가나]다", whole=True) == ""
    assert first_test("(?<![가-힣])(?:가나|다)", whole=True) == "(?i:(?=[가다]))"
    assert first_test("(?i:foo|bar)", whole=True) == "(?i:(?=[bf]))"  # (no scan where case is folded)


def _first_tested_link_patterns() -> list:
    import importlib
    import pkgutil

    import checker.link
    from checker.extract.lang import ByLanguage

    found = []
    for info in pkgutil.iter_modules(checker.link.__path__):
        module = importlib.import_module(f"checker.link.{info.name}")
        found += [
            (f"{info.name}.{name}", value) for name, value in vars(module).items() if isinstance(value, ByLanguage)
        ]
    return [(name, pattern) for name, pattern in found if pattern._first_tested]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_first_tested_link_patterns_find_what_they_find_without(language):
    from checker.extract.lang import link_alternations

    tested = _first_tested_link_patterns()
    assert tested  # (the sentence marks, the furniture lines …)
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines(keepends=True)]
    lines += ["Copyright 2024. All rights reserved.", "[홍길동 기자]", "  [Reporter Kim 기자]  ", "역대 최대 실적 전망"]
    differ = 0
    for name, pattern in tested:
        compiled = pattern[language]
        plain = re.compile(pattern._build(link_alternations(language)), pattern._flags)
        differ += compiled.pattern != plain.pattern
        for line in lines:
            assert _found(compiled, line) == _found(plain, line), (name, line)
    assert differ  # (the tests are in place, not every one left out)
