"""`compile_re` puts a pattern that opens with a word boundary, a lookaround or an alternation behind a test of
its first character (`regex_cache.first_tested`): the engine has no scan of its own for where such a pattern
starts and tries all of it at every place of a search. The test may only refuse places where no match starts:
the tested pattern must find what the plain one finds, with the same spans and groups, on generated patterns
and texts and on every tested pattern the linker and the scanner compile, read over the seed articles."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.regex_cache import compile_re, first_tested

ROOT = Path(__file__).resolve().parents[1]

_ALPHABET = "abkisSKIſKİ가나다 1-9\n.,#"
_WORDS = st.lists(st.text(alphabet="abkisSKIſKİ가나다19", min_size=1, max_size=4), min_size=1, max_size=6)
_TEXT = st.text(alphabet=_ALPHABET, max_size=40)
_FLAGS = st.sampled_from([0, re.I, re.X, re.I | re.X])
_PIECE = st.one_of(
    _WORDS.map(lambda words: "(?:" + "|".join(map(re.escape, words)) + ")"),
    st.sampled_from([r"\d+", r"[a-c]", r"[가-다]", r"\s?", r"(?:x)?", r"\b", r"\B", r"(?<!a)", r"(?=b)", "k*", "^"]),
)
_PATTERN = st.lists(st.lists(_PIECE, min_size=1, max_size=4).map("".join), min_size=1, max_size=3).map("|".join)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=400)
@given(_PATTERN, _TEXT, _FLAGS)
def test_a_tested_pattern_finds_what_the_plain_pattern_finds(pattern, text, flags):
    named = f"(?P<whole>{pattern})"
    assert _found(compile_re(named, flags), text) == _found(re.compile(named, flags), text)


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\b(?:record|highest)\s+in\s+(?P<n>\d+)\s+years", re.I),
        (r"(?<![가-힣])(?:최대|최고)\s?(?P<n>\d+)년\s?만", 0),
        (r"\s?(?:원|달러)", 0),
        (r"\b(?:in|since)\s(?P<y>\d{4})  # a comment to the pattern's end", re.X),
    ],
)
def test_patterns_that_open_slowly_are_tested(pattern, flags):
    tested = first_tested(pattern, flags)
    assert tested != pattern and tested.startswith("(?i:(?=[")
    text = "Sales hit a RECORD in 12 years, since 2014; 2014년 이후 최대 12년 만에 3달러 5 원 records in 3 years"
    assert _found(re.compile(tested, flags), text) == _found(re.compile(pattern, flags), text)


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"(?P<amount>\d+)억원", 0),  # one class first: the test would only repeat it
        (r"^\s*\d+", re.M),  # `^`: tried where a line starts, not at every place
        (r"(?i)\bfoo|bar", 0),  # flags for the whole pattern stay first
        (r"(?=\d)\d+%", 0),  # a test of its own
        ("abc|abd", 0),  # the engine scans for a literal prefix itself
        (r"[^a]\bb", 0),  # a negated class cannot stand in the test
    ],
)
def test_patterns_the_engine_starts_well_are_left_as_they_are(pattern, flags):
    assert first_tested(pattern, flags) == pattern
    assert compile_re(pattern, flags).pattern == pattern


# The test `first_tested` writes in front of a pattern, and the group it closes: to take both out again.
_TESTED = re.compile(r"\(\?i:\(\?=\[(?:\\.|[^\]\\])*\]\)\)\(\?:(?P<plain>.*)\n?\)\Z", re.S)


def test_every_tested_pattern_of_the_pipeline_finds_what_its_plain_pattern_finds():
    from checker.pipeline import analyze_document, load_knowledge
    from checker.read.files import read_paths

    knowledge = load_knowledge()
    documents, _ = read_paths([str(ROOT / "seeds")])
    texts = [d.text for d in documents] + [
        "Revenue hit a record high in 12 years, the highest since 2014, up 3.5% from $1.2bn a year earlier.",
        "The first annual gain in four years: prices rose 2 per cent, two years ago, for the first time since 2022.",
    ]
    for document in documents:  # (every lazily built pattern of the Korean seeds' rules compiled)
        analyze_document(document, knowledge.lexicon)
    tested = []
    for pattern in gc.get_objects():
        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
            match = _TESTED.match(pattern.pattern)
            if match and first_tested(match.group("plain"), pattern.flags & ~re.U) == pattern.pattern:
                tested.append((pattern, re.compile(match.group("plain"), pattern.flags)))
    assert len(tested) > 20  # (the linker's whole-text searches that open with a word boundary …)
    for compiled, plain in tested:
        for text in texts:
            assert _found(compiled, text) == _found(plain, text), plain.pattern
