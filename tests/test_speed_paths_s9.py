"""The ninth session's speed shortcuts, each held to what it replaces (README, "The 1 MB line, a sixth
attempt"): the segmenter's expressions that consume their first character find the same ends as the
ones that tested it behind the match; word lists with their caseless words first match what the plain
longest-first lists match, case folded or not; and the table placement's cursor answers what a bisection
answers."""

from __future__ import annotations

import bisect
import re

from hypothesis import given
from hypothesis import strategies as st

from checker.extract.quantities import _longest_first, _words
from checker.link.segment import _LINE_BREAK_BEFORE_TEXT, _SENTENCE_END, _WRAPPED
from checker.link.tables import _bounds

# What the segmenter searched before: each tested its first character behind the match.
_SENTENCE_END_BEHIND = re.compile(r"(?<=[.?!。])[\"'”’」』)]*\s+|\n+")
_LINE_START_BEHIND = re.compile(r"(?<=\n)(?=[^\S\n]*\S)")

# Characters the three expressions turn on: stops, quotes, spaces of several kinds, line breaks, letters
# and digits of both scripts.
_SEGMENT_TEXT = st.text(alphabet=list(".?!。\"'”’)」 \t\u00a0\n\nab9Z,가다("), max_size=40)


@given(_SEGMENT_TEXT, st.integers(min_value=0, max_value=40))
def test_sentence_ends_are_the_ends_found_behind_the_stop(text, start):
    start = min(start, len(text))
    before = [m.end() for m in _SENTENCE_END_BEHIND.finditer(text, start) if m.end() < len(text)]
    # (as `segment` reads them: from one character before the start, the ends after it)
    now = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1)) if start < m.end() < len(text)]
    assert now == before


@given(_SEGMENT_TEXT, st.integers(min_value=0, max_value=40))
def test_line_starts_are_the_places_after_a_break(text, start):
    start = min(start, len(text))
    before = [m.start() for m in _LINE_START_BEHIND.finditer(text, start) if m.start() > start]
    now = [m.end() for m in _LINE_BREAK_BEFORE_TEXT.finditer(text, start)]
    assert now == before


@given(_SEGMENT_TEXT, st.integers(min_value=0, max_value=40), st.sampled_from(["en", "ko"]))
def test_wrapped_line_ends_are_those_found_behind_the_letter(text, start, language):
    start = min(start, len(text))
    consumed = _WRAPPED[language].pattern
    # the same expression with its first character tested behind the match, as it was written before
    first, rest = re.match(r"(\[[^\]]*\])(.*)", consumed, re.S).groups()
    behind = re.compile(f"(?<={first}){rest}", _WRAPPED[language].flags)
    assert {m.end() for m in _WRAPPED[language].finditer(text, max(0, start - 1))} == {
        m.end() for m in behind.finditer(text, start)
    }


# Words that start with a caseless character (`원`, `%`, `億`), with a cased one (`won`, `WON`), and the
# letters whose case folds oddly (`ß` and `ẞ`, `K` and the Kelvin sign, `ſ`).
_WORD = st.text(alphabet=list("원화달러%億wWoOnNsSkKßẞ\u212a\u017f "), min_size=1, max_size=4)


@given(
    st.lists(_WORD, min_size=1, max_size=8), st.text(alphabet=list("원화달러%億wWoOnNsSkKßẞ\u212a\u017f "), max_size=12)
)
def test_caseless_words_first_match_what_the_plain_order_matches(words, text):
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    ordered = "|".join(re.escape(w) for w in _longest_first(words))
    for flags in (0, re.I):
        a, b = re.compile(f"(?:{plain})", flags), re.compile(f"(?:{ordered})", flags)
        for at in range(len(text) + 1):
            found, expected = b.match(text, at), a.match(text, at)
            assert (found and found.group()) == (expected and expected.group())


def test_words_keep_their_order_within_each_part():
    assert _longest_first(["won", "원", "dollars", "달러", "%"]) == ["달러", "%", "원", "dollars", "won"]
    assert _words(["원", "won"]).startswith("원|")


@given(
    st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12),
    st.lists(st.integers(min_value=-5, max_value=70), max_size=30),
)
def test_the_cursor_answers_what_the_bisection_answers(starts, offsets):
    starts = sorted(starts)  # (sorted, as sentence and paragraph starts are; repeated starts too)

    def find(offset):
        return bisect.bisect_right(starts, offset) - 1

    # (as `place_table_figures` keeps the last answer's bounds and searches again only outside them)
    index, low, high = -1, 0, -1
    for offset in sorted(offsets) + offsets:  # in text order, as the figures come, then in any order
        if not low <= offset < high:
            index, low, high = _bounds(starts, offset)
        assert index == find(offset)
