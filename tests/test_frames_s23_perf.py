"""Session 23, speed lane (issue 12.4, the 1 MB line): work skipped or done once gives the same results as before.

- Length gaps (checker/link/length_gaps.py): each form is tried only where a length starts (`_starts`, one search
  through the text) instead of searching the whole text once per form; `_matches_at` gives `finditer`'s matches.
- Extraction (checker/extract/quantities.py): the passes that read only a number without a noun of its own (a bare
  number, a count naming no counted noun) run only when one is left (`_some_without_a_noun`); generated runs of
  cells are scanned with the test and with every pass forced: the mentions are the same.
- `_join_ranges` makes no mention of a duration, a bare or uncounted number or a count of nothing (the scan kept
  none of them before either).
- `_base_claims` reads a figure's notation once per written figure and counted noun
  (tests/test_frames_s18_speed.py).

Every sentence, cell and figure here is written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import numerals, quantities
from checker.extract.quantities import scan
from checker.link.length_gaps import _matches_at, _patterns, _starts

# ---------------------------------------------------------------- length gaps: the forms tried where a length starts

_LENGTHS_KO = ["4시간 20분", "3시간 50분", "30분", "6시간 15분", "5시간 40분", "35분", "17일", "4주", "2시간07분40초"]
_WORDS_KO = ["으로 ", "로 ", "1년 전 ", "보다 ", "에서 ", " 늘었다", " 줄었다", "(", ")", ", ", ". ", "대기 시간은 "]
_LENGTHS_EN = ["14 weeks", "20 weeks", "six weeks", "41 days", "6 days", "35 days", "7 minutes 40 seconds", "2 hours"]
_WORDS_EN = [" from ", ", ", " shorter", " longer", " than last year's ", " to ", ". ", "The queue shrank to ", " and "]


def _pieces(lengths: list[str], words: list[str]):
    return st.lists(st.sampled_from(lengths + words), min_size=1, max_size=24).map("".join)


def _same_as_finditer(language: str, text: str) -> None:
    patterns = _patterns(language)
    starts = _starts(patterns.first, text)
    for pattern, _, _ in patterns.forms:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _matches_at(pattern, text, starts)] == expected


@given(text=_pieces(_LENGTHS_KO, _WORDS_KO))
@settings(max_examples=150)
def test_korean_length_gaps_are_found_where_finditer_finds_them(text):
    _same_as_finditer("ko", text)


@given(text=_pieces(_LENGTHS_EN, _WORDS_EN))
@settings(max_examples=150)
def test_english_length_gaps_are_found_where_finditer_finds_them(text):
    _same_as_finditer("en", text)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("ko", "통화 시간은 4시간 20분으로 1년 전 3시간 50분보다 30분 늘었다.", 1),
        ("ko", "대기 시간은 6시간 15분에서 5시간 40분으로 35분 줄었다.", 1),
        ("en", "The queue shrank to 14 weeks from 20 weeks, six weeks shorter.", 1),
        ("en", "The festival ran 41 days, 6 days longer than last year's 35 days.", 1),
        ("ko", "매출은 3천억원으로 12% 늘었다.", 0),  # no length: no place to try
    ],
)
def test_each_form_still_matches_at_a_start(language, text, found):
    patterns = _patterns(language)
    starts = _starts(patterns.first, text)
    assert sum(len(list(_matches_at(p, text, starts))) for p, _, _ in patterns.forms) == found


def test_every_start_is_found_even_inside_another_length():
    patterns = _patterns("en")
    text = "2 hours 35 minutes"
    assert _starts(patterns.first, text) == [0, 8]  # (the second piece is a length of its own)


# ---------------------------------------------------------------- extraction: passes for numbers without a noun

_FIGURES = st.one_of(
    st.integers(0, 10**7).map(lambda n: f"{n:,}"),
    st.integers(0, 3000).map(str),
    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(1, 9), st.integers(100, 999)).map(lambda p: f"{p[0]}천{p[1]}억"),
)
_BEFORE = ["", " ", "매출은", "약 ", "to ", " from ", "rose to ", "Burglaries rose to ", ", about ", "지수는 "]
_UNITS = ["", "억원", "%", "명", "개", "회", "번", " people", " tonnes", " a game", " per dollar", "대 1", ")"]
_AFTER = ["", " ", ", ", "(", " 늘었다", ". ", " and ", " from ", "으로 ", "로 "]
_CELL = st.tuples(st.sampled_from(_BEFORE), _FIGURES, st.sampled_from(_UNITS), st.sampled_from(_AFTER)).map("".join)


def _mentions(text: str, language: str) -> list:
    mentions, _ = scan(text, language=language)
    return [dataclasses.astuple(m) for m in mentions]


@pytest.mark.parametrize("language", ["ko", "en"])
@given(cells=st.lists(_CELL, min_size=1, max_size=40))
@settings(max_examples=80)
def test_a_run_is_read_alike_with_the_passes_for_nounless_numbers_skipped_or_forced(monkeypatch, language, cells):
    text = "".join(cells)
    with monkeypatch.context() as forced:
        forced.setattr(quantities, "_some_without_a_noun", lambda raws: True)
        numerals.parse_arabic.cache_clear()
        expected = _mentions(text, language)
    numerals.parse_arabic.cache_clear()
    assert _mentions(text, language) == expected


def test_the_passes_for_nounless_numbers_are_skipped_on_a_table_of_units(monkeypatch):
    called = []
    monkeypatch.setattr(quantities, "_read_elided_counts", lambda *a: called.append(a))
    scan("1번 3,210억원 4.5% 2번 870억원 1.2% " * 20, language="ko")
    assert not called  # every figure has its noun: nothing for the pass to read
    scan("매출은 120억원으로 전년 100보다 늘었다", language="ko")
    assert called  # a bare number: the pass runs


def test_no_mention_is_made_of_a_number_that_states_no_quantity():
    for text in ("3년 동안 매출이 늘었다", "평균 3.6회 방문했다", "제137회 대회", "12, 15, 18"):
        kinds = {m.quantity.kind for m in scan(text, language="ko")[0]}
        assert not kinds & {"duration", "bare", "uncounted"}, text
    # (a vague count of nothing is a figure: `수천 개`, `수백`)
    assert [m.quantity.qualifier for m in scan("수천 명이 모였다", language="ko")[0]] == ["vague"]
