"""One reader of a pattern's first characters (`checker/regex_cache.py`), two uses.

`first_test` puts a zero-width test, case folded, in front of one alternative of a long pattern;
`first_character_test` judges one character at a time with the pattern's own case rule (the scanner's
readers after a number, `Patterns.after_at`). Both read the same parsed pattern (`_first_chars`): here
generated patterns and texts hold each to what the pattern itself matches, the two to each other, and
the character test is read back from the programs' cache file as the first test is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import regex_cache
from checker.regex_cache import first_character_test, first_test

# Letters whose case folds oddly (`ſ` is an `s`, the Kelvin sign a `k`, `İ` an `i`), Hangul, digits, spaces.
_ALPHABET = "abkisSKIſKİ가나다 1-9\n.,"
_WORDS = st.lists(st.text(alphabet="abkisSKIſKİ가나다19", min_size=1, max_size=4), min_size=1, max_size=5)
_PIECE = st.one_of(
    _WORDS.map(lambda words: "(?:" + "|".join(map(re.escape, words)) + ")"),
    st.sampled_from(
        [r"\d+", r"[a-c]", r"[^a]", r"[가-다]", r"\s?", r"(?:x)?", r"\b", r"(?<!a)", r"(?=b)", r"[\s1]", "k*"]
        + [r"\D", r"[\W1]", ".", "(?i:s)", "(?-i:K)", "(?>ab|a)", "a*+", "x{0}", "^"]
    ),
)
_PATTERN = st.lists(_PIECE, min_size=1, max_size=4).map("".join)
_FLAGS = st.sampled_from([0, re.I])


@settings(max_examples=400)
@given(_PATTERN, st.text(alphabet=_ALPHABET, min_size=1, max_size=12), _FLAGS)
def test_a_pattern_matches_only_where_its_character_test_lets_it_start(pattern, text, flags):
    compiled = re.compile(pattern, flags)
    test = first_character_test(compiled)
    if compiled.match(text) and test is not None:
        assert test.fullmatch(text[0]), (pattern, flags, text, test.pattern)


@settings(max_examples=400)
@given(_PATTERN, _FLAGS)
def test_the_two_tests_read_the_same_first_characters(pattern, flags):
    # Wherever both are told, a character the exact test lets through the folded test lets through too.
    test, ahead = first_character_test(re.compile(pattern, flags)), first_test(pattern, flags)
    if test is None or not ahead:
        return
    folded = re.compile(ahead + r"(?s:.)")
    for character in _ALPHABET:
        if test.fullmatch(character):
            assert folded.fullmatch(character), (pattern, flags, character, ahead, test.pattern)


def test_what_the_character_test_lets_through():
    test = first_character_test(re.compile(r"(?:가|나)+다|[^x]y"))
    assert [c for c in "가나다xz" if test.fullmatch(c)] == ["가", "나", "다", "z"]  # (`[^x]`: any but x)
    assert first_character_test(re.compile(r"(?i:k)m")).fullmatch("\u212a")  # the Kelvin sign folds to k
    assert not first_character_test(re.compile(r"km")).fullmatch("K")  # case kept where it is not folded
    assert first_character_test(re.compile(r"(?>ab|c)d")).pattern == "a|c"  # an atomic group is read
    assert first_character_test(re.compile(r"x{0}y")).pattern == "y"  # `x{0}` starts nothing


def test_where_neither_test_can_be_told():
    for pattern in [r"a?", r"(?:)", r"(a)?\1b", r"(?=x)", r"(?a:\w)b"]:
        assert first_character_test(re.compile(pattern)) is None
        assert first_test(pattern) == ""
    # A negated class or any character cannot stand in the folded test's one class; the exact test reads them.
    assert first_test("[^a]b") == "" and first_character_test(re.compile("[^a]b")).pattern == "[^a]"
    assert first_test(".b") == "" and first_character_test(re.compile(".b")).pattern == "(?s:.)"
    assert first_character_test(re.compile(r"\d", re.ASCII)) is None  # (`\d` of ASCII alone: not read)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))

    def restart():
        monkeypatch.setattr(regex_cache, "_programs", None)
        monkeypatch.setattr(regex_cache, "_used", set())
        monkeypatch.setattr(regex_cache, "_learnt", False)

    restart()
    yield restart
    restart()


def test_the_character_test_is_read_back_from_the_cache_file(fresh_cache, monkeypatch):
    patterns = [re.compile(r"\s?(?:원|달러)"), re.compile(r"(?i:usd|won)\b"), re.compile("a?")]
    first = [first_character_test(p) for p in patterns]
    regex_cache._save()
    fresh_cache()
    monkeypatch.setattr(regex_cache, "_first_chars", None)  # (a test read anew would fail now)
    again = [first_character_test(p) for p in patterns]
    assert (
        [t and t.pattern for t in again] == [t and t.pattern for t in first] == ["[\\s]|원|달", "(?i:u)|(?i:w)", None]
    )
