"""Speed without a change of results (thirty-sixth session, issue 12):
- `may_match` also needs a pattern's runs of literals (`ago`, `주년`, `anniversary`), looked for as strings in a long
  text (with case folded: in its small letters, unless it holds a character the engine folds with an ASCII letter
  that `str.lower` does not give as that letter); what it learnt of a text is kept while the same text is asked about;
- `may_match_between` answers at once for a long text the pattern can match nowhere;
- the time grammar's fast start lets a point after digits through only after a year's four digits (`2024.3.5`),
  not at the whole part of every decimal (`87.8`, `12.5%`);
- whole-text searches of the readings of elapsed time, editions, seasons, records and streaks are gated by `may_match`.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import random
import re

import pytest
from helpers import document
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import regex_needs
from checker.extract.time import TIME_RE, TIME_RE_PLAIN
from checker.pipeline import analyze_document
from checker.regex_needs import may_match, may_match_between, needs_of

# ---------------------------------------------------------------- runs of literals

_PIECES = [
    "ago",
    "AGO",
    "aGo",
    "a go",
    "an",
    "niversary",
    "Anniversary",
    "ANNIVERSARY",
    "\u0130",  # İ
    "\u0131",  # ı
    "\u017f",  # ſ
    "\u212a",  # Kelvin sign
    "kelp",
    "since",
    "SINCE",
    "s",
    "ince",
    "주년",
    "주",
    "년",
    "만에",
    " ",
    "\n",
    "7",
    "-",
    "years",
    "Years",
]
_PATTERNS = [
    r"ago",
    r"(?:ago|since)",
    r"anniversary",
    r"\b(?:its|their)\s+\d",
    r"kel(?:p|vin)",
    r"주년",
    r"(?:년|해)\s?만에",
    r"[\s-]years?[\s-]",
    r"(?<=a)go",
    r"(?=since)s",
    r"(?-i:ago)|(?i:since)",
    r"(?:years\s+){1,2}ago",
    r"a(?:g|n)o",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_no_text_a_pattern_with_runs_matches_is_refused(monkeypatch, pattern, flags):
    monkeypatch.setattr(regex_needs, "LONG", 0)
    compiled = re.compile(pattern, flags)
    rng = random.Random(hash((pattern, flags, "s36")) & 0xFFFF)
    for _ in range(600):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 7)))
        if compiled.search(text):
            assert may_match(compiled, text), (pattern, flags, text)
        for start in range(0, len(text) + 1, 3):
            if compiled.search(text, start, len(text)):
                assert may_match_between(compiled, text, start, len(text)), (pattern, flags, text, start)


def test_the_runs_read():
    assert needs_of(re.compile("(?i)ago"), texts=True) == (
        "all",
        (
            frozenset({"a", "A", *regex_needs._FOLDED_WITH_ASCII}),
            frozenset({"g", "G", *regex_needs._FOLDED_WITH_ASCII}),
            frozenset({"o", "O", *regex_needs._FOLDED_WITH_ASCII}),
            ("text", ("ago", True)),
        ),
    )
    assert ("text", ("주년", False)) in needs_of(re.compile("주년"), texts=True)[1]
    assert needs_of(re.compile("주년")) == ("all", (frozenset("주"), frozenset("년")))  # (sets alone by default)


_LONG_KO = "조합원 12명이 배추 40톤을 팔아 3억원을 벌었다. 올해 그 값은 9% 올랐다. " * 1500


def test_a_long_text_without_a_run_is_not_searched():
    assert len(_LONG_KO) > regex_needs.LONG
    spread = _LONG_KO + " a n i v e r s y "  # every letter, never the word
    assert not may_match(re.compile("anniversary", re.I), spread)
    assert may_match(re.compile("anniversary", re.I), spread + "ANNIVERSARY")
    assert not may_match(re.compile("조합원 한 명당"), _LONG_KO)
    assert may_match(re.compile("조합원 12명"), _LONG_KO)


def test_a_character_folded_with_an_ascii_letter_leaves_the_runs_unread():
    # (`ſince` is `since` to the engine with case folded; `str.lower` keeps `ſ`)
    text = _LONG_KO + "\u017fince"
    pattern = re.compile("since", re.I)
    assert pattern.search(text)
    assert may_match(pattern, text)
    text = _LONG_KO + "\u0130ts 7"  # (`İ` lowers to two characters)
    pattern = re.compile(r"\bits\s+\d", re.I)
    assert pattern.search(text)
    assert may_match(pattern, text)


def test_a_stretch_of_a_long_text_that_cannot_match_anywhere():
    pattern = re.compile(r"만에")
    assert not may_match_between(pattern, _LONG_KO, 0, 40)
    text = _LONG_KO + "7년 만에"
    assert may_match_between(pattern, text, len(text) - 8, len(text))
    assert not may_match_between(pattern, text, 0, 40)  # (the stretch itself holds neither character)


def test_what_is_known_of_a_text_is_kept_for_that_text_only():
    pattern = re.compile("ago", re.I)
    assert not may_match(pattern, _LONG_KO)
    other = _LONG_KO + "two years ago"
    assert may_match(pattern, other)
    assert not may_match(pattern, _LONG_KO)


# ---------------------------------------------------------------- the point after digits in the time grammar

_TIME_PIECES = [
    "87.8",
    "12.5%",
    "2024.3.5",
    "2024. 3. 5",
    "2024 .3",
    "1.5년",
    "3.5",
    "3.5월",
    "10.",
    "2025.",
    "12.31",
    "2023.12.31.",
    "0.75",
    "bn",
    "pc",
    "up",
    "년",
    "월",
    "일",
    " ",
    ".",
    "9",
    "2026",
    "May",
    "on 4 June",
    "지난해",
    "분기",
    "1·4분기",
    "2/4분기",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=8).map("".join))
def test_decimals_find_the_plain_grammar_s_times(text):
    fast = [(m.span(), m.lastgroup, m.groupdict()) for m in TIME_RE.finditer(text)]
    plain = [(m.span(), m.lastgroup, m.groupdict()) for m in TIME_RE_PLAIN.finditer(text)]
    assert fast == plain


def test_a_decimal_s_whole_part_starts_no_time():
    assert TIME_RE.match("87.8bn", 0) is None
    assert TIME_RE.match("87.8bn", 1) is None
    assert TIME_RE.match("2024.3.5 발표", 0).lastgroup == "ymd"


# ---------------------------------------------------------------- the gated readings, on long texts

_ESTATE_KO = (
    "노을목장 개장 40주년\n\n"
    "1986년 문을 연 노을목장은 올해로 개장 40주년을 맞았다. 목장은 2016년부터 2025년까지 9년간 젖소를 두 배로 늘렸다.\n"
    "목장 축제는 올해 15회째다. 3년 전인 2023년 방문객은 8천명이었고, 올해는 1만2천명으로 50% 늘었다.\n"
    "최근 5년간(2021∼2025년) 우유 생산은 연평균 4% 늘었다. 지난해 12월 이후 7개월 만에 값을 올렸다.\n\n"
)
_ESTATE_EN = (
    "Dunmore farm marks 40 years\n\n"
    "The Dunmore farm, which opened in 1986, celebrates its 40th anniversary this year. Its fair is in its 15th\n"
    "edition. Three years ago, in 2023, it drew 8,000 visitors; this year 12,000, up 50%. From 2016 to 2025, over\n"
    "nine years, the herd doubled. Milk output has risen for six straight years, the longest streak since 2001.\n\n"
)


@pytest.mark.parametrize("language,piece", [("ko", _ESTATE_KO), ("en", _ESTATE_EN), ("ko", _LONG_KO[:60])])
def test_the_same_claims_with_the_gated_searches_forced(knowledge, monkeypatch, language, piece):
    text = piece * (regex_needs.LONG // len(piece) + 1)

    def analysed():
        return analyze_document(document(text, language=language), knowledge.lexicon).model_dump_json()

    gated = analysed()
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)  # (every text short: no test, every search run)
    assert analysed() == gated
