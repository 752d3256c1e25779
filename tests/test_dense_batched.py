"""The shortcuts that make a dense run (a table pasted as one line) cheaper give the plain paths' results.

- The readers after a number are tried only where the next character can start their match
  (`first_character_test`, `Patterns.after_at`); nothing is searched back from a number whose letter
  before it ends no qualifier and whose last characters end no prefix symbol
  (`Patterns.qualifiers_ending_in`); the passes that give a bare number a neighbour's unit run only
  when some number is bare. Generated runs of cells are scanned with every shortcut and with none:
  the mentions are the same.
- Digits alone or before one myriad unit are read without decimals (`numerals._plain_digits`): the
  same value, step and lead step as the decimal reading.
- The restatement kind leaves a table's figures unpaired (`without_table_figures`); prose beside it is
  paired as before.

Every cell, word and sentence here is written for these tests."""

from __future__ import annotations

import dataclasses
import re

import pytest
from helpers import document, findings
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.check.kinds.restatement import without_table_figures
from checker.extract import numerals
from checker.extract.quantities import AfterStarts, Patterns, patterns, scan
from checker.pipeline import analyze_document
from checker.regex_cache import first_character_test

# ---------------------------------------------------------------- first characters


@pytest.mark.parametrize(
    ("pattern", "starts", "never"),
    [
        (r"\s?(?:ab|cd)", [" ", "\n", "a", "c"], ["b", "d", "x", ""]),
        (r"(?i:k)m", ["k", "K", "\u212a"], ["m", "x"]),  # the Kelvin sign folds to `k`
        (r"(?![A-Z])[^\d]x", ["a", "Z", "가"], ["1", ""]),  # a look-ahead keeps what follows it (a superset)
        (r"(?:가|나)+다", ["가", "나"], ["다"]),
        (r"[0-9a-c]", ["0", "9", "b"], ["d", " "]),
    ],
)
def test_first_characters_of_a_pattern(pattern, starts, never):
    test = first_character_test(re.compile(pattern))
    assert test is not None
    assert all(test.fullmatch(c) for c in starts)
    assert not any(test.fullmatch(c) for c in never)


@pytest.mark.parametrize("pattern", [r"a?", r"(?:)", r"(a)?\1b", r"(?=x)", r"(?a:\w)b"])
def test_a_pattern_that_may_match_nothing_or_is_not_read_is_always_tried(pattern):
    assert first_character_test(re.compile(pattern)) is None


def _after_readers(language: str) -> list[re.Pattern[str]]:
    pat = patterns(language)
    readers = [pat.yeo, pat.digit_count, pat.scale_after, *pat.bare_units, pat.index_after, pat.qual_after]
    return [r for r in readers if r is not None]


# Pieces a reader after a number may meet: its words, their case copies, and letters that fold oddly.
def _after_pieces(language: str) -> list[str]:
    data = patterns(language).data
    words = [
        *data.percent.pct,
        *data.percent.pp,
        *data.percent.bps,
        *data.currency_after.words,
        *data.counters.words,
        *data.scales.words,
        *data.multiples.after,
        *data.approximate_over.words,
    ]
    return [*words, *(w.upper() for w in words), " ", "\n", "-", "ſ", "\u212a", "K", "여", "로", "x", "1"]


@pytest.mark.parametrize("language", ["ko", "en"])
@given(data=st.data())
@settings(max_examples=150)
def test_a_reader_never_matches_where_its_first_characters_say_it_cannot(language, data):
    text = "".join(data.draw(st.lists(st.sampled_from(_after_pieces(language)), min_size=1, max_size=4)))
    for reader in _after_readers(language):
        test = first_character_test(reader)
        if reader.match(text) is not None:
            assert test is None or test.fullmatch(text[0]), (reader.pattern[:80], text)


# ---------------------------------------------------------------- the scan with and without shortcuts

# Cells of a table: what may stand before a figure, the figure, its unit, and what follows it.
_BEFORE = [
    "",
    "",
    " ",
    "·",
    "(",
    ")",
    "~",
    "-",
    "→",
    "약 ",
    "최대 ",
    "총 ",
    "약",
    "최대",
    "최소",
    "$",
    "₩",
    "US$",
    "은",
    "으로",
    "로 ",
    "에",
]
_BEFORE += ["about ", "up ", "over ", "nearly ", "RMB", "€", " to ", " from ", "Sales "]
_FIGURES = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(1, 9), st.integers(100, 999)).map(lambda p: f"{p[0]}천{p[1]}억"),
    st.tuples(st.integers(1, 99), st.integers(1, 9999)).map(lambda p: f"{p[0]}조 {p[1]}억"),
    st.sampled_from(["1,62,413", "12,34", "0", "0.0", "2024", "1.5"]),
)
_UNITS = ["", "억원", "원", "%", "%p", "만 달러", "명", "개", "배", "조원", "달러", "엔", "위안", "번", "년", "여명"]
_UNITS += [" %", "bn", " billion", " people", " pc", " pp", " times", " yuan", " percent", " basis points", "m"]
_AFTER = ["", " ", "·", ", ", "(", ") ", "~", " 대비 ", "→", "여", " 가량 ", "이상 ", "늘었다", "; ", " and "]
_CELL = st.tuples(st.sampled_from(_BEFORE), _FIGURES, st.sampled_from(_UNITS), st.sampled_from(_AFTER)).map("".join)


def _mentions(text: str, language: str) -> tuple[list, list]:
    mentions, malformed = scan(text, language=language)
    return [dataclasses.astuple(m) for m in mentions], malformed


def _plain_after_at(self: Patterns, character: str) -> AfterStarts:
    """Every reader after a number, wherever it is: the scan without the first-character filter."""
    return AfterStarts(
        self.yeo is not None,
        self.digit_count is not None,
        self.scale_after is not None,
        self.bare_units,
        self.vague_units,
        self.index_after is not None,
        True,
    )


@pytest.mark.parametrize("language", ["ko", "en"])
@given(cells=st.lists(_CELL, min_size=1, max_size=60))
@settings(max_examples=60)
def test_a_dense_run_is_read_alike_with_and_without_the_shortcuts(monkeypatch, language, cells):
    text = "".join(cells)
    with monkeypatch.context() as plain:
        plain.setattr(Patterns, "after_at", _plain_after_at)
        plain.setattr(Patterns, "qualifiers_ending_in", lambda self, last: None)
        plain.setattr(numerals, "_plain_digits", lambda text, system: None)
        numerals.parse_arabic.cache_clear()
        expected = _mentions(text, language)
    numerals.parse_arabic.cache_clear()
    assert _mentions(text, language) == expected


def test_the_shortcuts_are_in_use():
    pat = patterns("ko")
    assert pat.after_at("%").bare_units == (pat.percent_after,)  # `%` starts no currency, counter or scale
    assert not pat.after_at("늘").qualifier
    assert pat.qualifiers_ending_in("은") == ()  # no qualifier ends in `은`
    assert numerals._plain_digits("12,345억", numerals.numeral_system("ko")) is not None


# ---------------------------------------------------------------- numerals without decimals

_DIGITS = st.one_of(
    st.integers(0, 10**15).map(str),
    st.integers(0, 10**12).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 10**6), st.text("0123456789", min_size=1, max_size=5)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(0, 999), st.integers(0, 6)).map(lambda p: f"{p[0]}{'0' * p[1]}"),
    st.integers(0, 999).map(lambda n: f"00{n}"),
)


@given(digits=_DIGITS, unit=st.sampled_from(["", "만", "억", "조", " 억", "천", "萬"]))
@settings(max_examples=400)
def test_digits_read_without_decimals_are_read_as_the_decimal_reading_reads_them(monkeypatch, digits, unit):
    text = digits + unit
    system = numerals.numeral_system("ko")
    fast = numerals._plain_digits(text, system)
    with monkeypatch.context() as plain:
        plain.setattr(numerals, "_plain_digits", lambda text, system: None)
        try:
            decimal = numerals.parse_arabic.__wrapped__(text, system)
        except numerals.MalformedNumber:
            decimal = None
    if fast is not None:
        assert fast == decimal


@pytest.mark.parametrize(
    ("text", "value", "step", "lead"),
    [("1,062", 1062.0, 1.0, 1.0), ("700억", 7e10, 1e9, 1e10), ("7.0", 7.0, 0.1, 1.0), ("0.50", 0.5, 0.01, 0.1)],
)
def test_plain_digits_keep_their_written_precision(text, value, step, lead):
    assert numerals.parse_arabic(text) == numerals.Numeral(value, step, lead)


# ---------------------------------------------------------------- restatement beside a table

# A table of differing cells pasted as one line (many cells one digit apart), and prose beside it.
_TABLE = "".join(f"{i % 40 + 1}번 {(i * 7919) % 99991:,}억원 {(i * 31) % 1000 / 10:g}% " for i in range(400))
_PROSE_SLIP = "한빛전자의 국내 직원은 4,120명이다.\n한빛전자 국내 직원 4,720명은 지난해보다 많다.\n"


def _restatements(knowledge, text: str):
    return findings(knowledge, document(text, language="ko"), select=["F405"]).findings


def test_a_tables_cells_are_not_paired_as_restatements(knowledge):
    assert not _restatements(knowledge, "표 1\n" + _TABLE + "\n")


def test_prose_beside_a_table_is_still_paired(knowledge):
    [finding] = _restatements(knowledge, _PROSE_SLIP + _TABLE + "\n")
    assert finding.location.start < len(_PROSE_SLIP) and "one digit" in finding.message


def test_the_table_figures_are_the_ones_the_link_stage_read_as_a_table(knowledge):
    text = _PROSE_SLIP + _TABLE + "\n"
    claimset = analyze_document(document(text, language="ko"), knowledge.lexicon)
    table = {c.id for c in claimset.claims if c.table_cell}
    in_run = {c.id for c in claimset.claims if c.start >= len(_PROSE_SLIP)}
    assert table == in_run and len(table) > 800
    assert [c.text for c in without_table_figures(claimset).claims] == ["4,120명", "4,720명"]


def test_a_document_without_a_table_is_left_whole(knowledge):
    claimset = analyze_document(document(_PROSE_SLIP, language="ko"), knowledge.lexicon)
    assert not any(c.table_cell for c in claimset.claims)
    assert without_table_figures(claimset) is claimset
