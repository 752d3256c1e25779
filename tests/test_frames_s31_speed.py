"""Speed without a change of results (thirty-first session, issue 12: the 1 MB Korean line):
- a whole-text search that cannot match is not run: `checker/regex_needs.py` reads what characters every match of
  a pattern needs and `may_match` looks them up in a long text first (the time expressions, the gap between lengths
  of time, the anniversary and season marks, a list's leads, the marks of `each` and `one in every`, an age's words, the
  spans back to a date, a headline's line, a wrapped line's break, the characters normalization drops);
- the number core takes a run of digits whole (`checker/extract/quantities.py` `_DIGITS`, possessive): the same matches;
- an amount is searched for an equivalent's mark before it only when an amount of another unit could be its source
  (`_mark_parentheticals`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import random
import re
import sys

import pytest
from helpers import claims, document

from checker import regex_needs
from checker.extract.time import TIME_RE
from checker.link import (
    date_spans_general,
    each_averages,
    elapsed_since_dates,
    length_gaps,
    listed_breakdowns,
    one_for_every,
    rates_then_each,
    restated_durations,
    season_ordinals,
)
from checker.link.segment import _WRAPPED
from checker.pipeline import analyze_document
from checker.regex_needs import may_match, needs_of

# ---------------------------------------------------------------- the characters a match needs


def test_the_characters_folded_with_an_ascii_letter_are_the_engine_s():
    every = "".join(chr(point) for point in range(sys.maxunicode + 1) if not 0xD800 <= point < 0xE000)
    folded = {ch for ch in re.compile("[a-z]", re.I).findall(every) if not ch.isascii()}
    assert folded == set(regex_needs._FOLDED_WITH_ASCII)


def test_a_letter_read_as_caseless_is_the_lower_case_of_no_other():
    # (the engine folds a character to its lower case, `_sre.unicode_tolower`: a letter `_folded` reads as caseless
    # must be the lower case of no other character, or a search could match that one where the test refuses)
    import _sre

    for point in range(sys.maxunicode + 1):
        low = chr(_sre.unicode_tolower(point))
        if low != chr(point) and not low.isascii():
            assert not (low.lower() == low == low.upper()), hex(point)


_PIECES = [
    "a",
    "B",
    "k",
    "s",
    "\u212a",
    "\u017f",
    "주년",
    "다음",
    "\n",
    " ",
    "7",
    "2024",
    ",",
    ":",
    "각",
    "당",
    "each",
    "EVERY",
    "follows",
    "시간",
]
_PATTERNS = [
    r"주년",
    r"(?i:K)",
    r"(?i)s\d",
    r"(?:다음|each)\s",
    r"(?<=:)\d",
    r"(?=\n)",
    r"[a-c]{2}",
    r"[^a]b",
    r"(?:x|)7",
    r"a?b",
    r"(?i)every|(?:follows)+",
    r"(?>각|당)\d*",
    r"(?!a)k",
    r"(?P<w>a)(?P=w)",
    r"(?:시간\s?){1,2}",
    r"[가-힣]주년",
    r"(?i:[B-D])",
    r"(?-i:k)(?i:s)",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_no_text_a_pattern_matches_is_refused(monkeypatch, pattern, flags):
    monkeypatch.setattr(regex_needs, "LONG", 0)
    compiled = re.compile(pattern, flags)
    rng = random.Random(hash((pattern, flags)) & 0xFFFF)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 6)))
        if compiled.search(text):
            assert may_match(compiled, text), (pattern, text)


def test_what_needs_are_read():
    assert needs_of(re.compile("주년")) == ("all", (frozenset("주"), frozenset("년")))
    assert needs_of(re.compile(r"\d+")) is None
    assert needs_of(re.compile(r"(?:ab|c)")) == ("any", (("all", (frozenset("a"), frozenset("b"))), frozenset("c")))
    assert needs_of(re.compile(r"[xy]|z")) == frozenset("xyz")
    assert needs_of(re.compile(r"a?")) is None
    assert needs_of(re.compile("(?i)k")) == frozenset({"k", "K", *regex_needs._FOLDED_WITH_ASCII})


def test_a_short_text_is_not_looked_at():
    assert may_match(re.compile("주년"), "짧은 글")


# ---------------------------------------------------------------- the gated searches, on long texts


def _gated(language: str) -> list[re.Pattern[str]]:
    out = [
        length_gaps._patterns(language).first,
        listed_breakdowns._LINE_LEAD[language],
        listed_breakdowns._SENTENCE_LEAD[language],
        elapsed_since_dates._words(language).back_to_lead,
        elapsed_since_dates._words(language).apposed_after_lead,
        date_spans_general._every_age_word(language),
        restated_durations._HEADLINE,
        rates_then_each._EACH_ANYWHERE[language],
        each_averages._EACH_ANYWHERE[language],
        one_for_every._MARK_ANYWHERE[language],
        _WRAPPED[language],
    ]
    out.append(TIME_RE)
    mark = season_ordinals._anniversaries(language)[1]
    season_noun = season_ordinals._patterns(language)[2]
    return [p for p in (*out, mark, season_noun) if p is not None]


# A museum's year, then its visitors by wing, a list and lengths of time: each gated reading has something to read.
_MUSEUM_KO = (
    "시립 미술관 개관 25주년\n\n"
    "1999년 문을 연 시립 미술관은 올해로 개관 25주년을 맞았다. 미술관이 운영하는 리그는 올해 12번째 시즌을 연다.\n"
    "관별 관람객은 다음과 같다.\n- 동관: 1,200명\n- 서관: 800명\n"
    "특별전 설치에는 3시간 30분이 걸려 지난해보다 40분 늘었다. 관람객 1인당 입장료는 각 5,000원이다.\n"
    "관람객 다섯 명 중 한 명꼴로 어린이였다. 7년 전인 2017년 관람객은 1만명이었다.\n\n"
)
_MUSEUM_EN = (
    "Harbor museum marks 25 years\n\n"
    "The harbor museum, which opened in 1999, marks its 25th anniversary this year, and its rowing league starts\n"
    "its 12th season. Visitors by wing were as follows:\n- East: 1,200\n- West: 800\n"
    "Hanging the show took 3 hours 30 minutes, 40 minutes longer than last year. Each ticket cost $12, and\n"
    "one in every five visitors was a child. Seven years ago, in 2017, it had 10,000 visitors.\n\n"
)


@pytest.mark.parametrize("language,piece", [("ko", _MUSEUM_KO), ("en", _MUSEUM_EN)])
def test_a_gated_pattern_is_searched_where_it_matches(language, piece):
    text = piece * (regex_needs.LONG // len(piece) + 1)
    for pattern in _gated(language):
        if pattern.search(text):
            assert may_match(pattern, text), pattern.pattern[:80]


def test_the_line_of_figures_is_not_searched_by_the_gated_patterns():
    line = ("매출은3천245억원으로12%늘었다" * 3000)[: regex_needs.LONG + 18]
    refused = [p.pattern[:60] for p in _gated("ko") if not may_match(p, line)]
    assert len(refused) >= 10, refused
    assert not may_match(TIME_RE, line)


@pytest.mark.parametrize(
    "language,piece",
    [("ko", _MUSEUM_KO), ("en", _MUSEUM_EN), ("ko", "매출은3천245억원으로12%늘었다")],
)
def test_the_same_claims_with_the_searches_forced(knowledge, monkeypatch, language, piece):
    text = piece * (regex_needs.LONG // len(piece) + 1)

    def analysed():
        return analyze_document(document(text, language=language), knowledge.lexicon).model_dump_json()

    gated = analysed()
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)  # (every text short: no test, every search run)
    assert analysed() == gated


# ---------------------------------------------------------------- the number core's digits taken whole

_CORE_PIECES = ["1", "2", "07", "345", "1234", ",", ".", " ", "천", "백", "십", "만", "억", "조", "원", "달러", "%"]
_CORE_PIECES += ["여", "약 ", "a", "-", "년", "명", "$", "bn", "분의", "중", "/", "수", "는"]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_core_with_digits_taken_whole_finds_what_it_found(language):
    from checker.extract import quantities

    core = quantities.patterns(language).core
    given_back = re.compile(core.pattern.replace(quantities._DIGITS, r"\d+(?:,\d{2,3})*(?:\.\d+)?"), core.flags)
    assert given_back.pattern != core.pattern
    rng = random.Random(31)
    texts = ["".join(rng.choice(_CORE_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(6000)]
    texts += [piece * 3 for piece in (_MUSEUM_KO, _MUSEUM_EN)]
    for text in texts:
        found = [(m.span(), m.lastgroup, m.groups()) for m in core.finditer(text)]
        assert found == [(m.span(), m.lastgroup, m.groups()) for m in given_back.finditer(text)], text


# ---------------------------------------------------------------- an equivalent's mark searched only with a source


def _conversions(knowledge, text: str) -> dict[str, str | None]:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return {c.text: by_id.get(c.converts) for c in found if c.role == "conversion"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("항만공사의 크레인 계약은 5억 달러 규모다. 한화로 약 6500억원이다.", {"약 6500억원": "5억 달러"}),
        ("항만공사의 크레인 계약은 5억 달러 규모다. 한화로 약 6500억 달러다.", {}),  # (the same currency)
        ("The ferry order came to €40m, equivalent to about $47m, the yard said.", {"about $47m": "€40m"}),
        ("The ferry order came to €40m, equivalent to about €47m, the yard said.", {}),
        # an amount of the equivalent's own currency between: the source is the latest of another currency
        (
            "조선소는 8억 달러짜리 선박을 수주했고 부품 대금 1000억원을 먼저 받았다. 한화로 약 9600억원이다.",
            {"약 9600억원": "8억 달러"},
        ),
        # the source more than 160 characters before the mark: none
        (
            "조선소는 8억 달러짜리 선박을 수주했다. "
            + "도크 증설은 내년으로 미뤄졌다. " * 12
            + "한화로 약 9600억원이다.",
            {},
        ),
    ],
)
def test_an_equivalent_marked_before_it_restates_an_amount_of_another_currency(knowledge, text, expected):
    assert _conversions(knowledge, text) == expected


def test_a_long_text_still_drops_its_invisible_characters(monkeypatch):
    from checker.read.normalize import normalize

    text = ("관람객은 1,200\u200b명이었다.\r\n" * 4000) + "끝"
    gated = normalize(text)
    assert "\u200b" not in gated.text and "\r" not in gated.text
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)
    forced = normalize(text)
    assert (forced.text, forced.body_start) == (gated.text, gated.body_start)
    line = "매출은3천245억원으로12%늘었다" * 4000
    assert normalize(line).text == line
