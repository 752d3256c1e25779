"""A first-character test in front of an alternative gives the same matches as the alternative alone.

The scanner's number-word alternatives (`quantities._first_of`), the lexicon's Latin aliases and each
alternative of the time grammar (`regex_cache.first_test`) start with a zero-width test of the
character a match can start with, so that the engine leaves them at once where they cannot start.
The test may only refuse places where no match starts: here patterns and texts are generated, and the
tested pattern must find what the plain one finds, with the same groups, case folded or not."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.quantities import _first_of
from checker.regex_cache import first_test

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


@settings(max_examples=300)
@given(_WORDS, _TEXT)
def test_a_first_letter_test_finds_what_the_case_folded_words_find(words, text):
    plain = "(?i:" + "|".join(map(re.escape, words)) + ")"
    _same(plain, _first_of(words) + plain, 0, text)
    _same(plain + r"|\d+", _first_of(words, digits=True) + "(?:" + plain + r"|\d+)", 0, text)


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
