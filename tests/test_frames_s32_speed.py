"""Speed without a change of results (thirty-second session, issue 12: 8,000 claims in one article):
- a sentence's matches of the per-unit marks are searched once per article and shared by the two readings that read
  them (`per_unit_apart.per_noun_matches`: `per_unit_apart` and `partners`);
- the per-unit marks' pattern puts each alternative behind a test of its first character (the same matches);
- a search of a short stretch before or after a figure is run only when the stretch holds a character of each set
  every match needs (`regex_needs.may_match_between`, `search_between`);
- a figure's head words find the window's last clause cut by one match (`heads._LAST_CLAUSE_CUT`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import random
import re

import pytest
from helpers import claims, document

from checker import regex_needs
from checker.link import heads, per_unit_apart
from checker.pipeline import analyze_document
from checker.regex_needs import may_match_between, search_between

# ---------------------------------------------------------------- the characters a match needs, in a stretch

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
    "의",
    "배",
]
_PATTERNS = [
    r"주년",
    r"(?i:K)",
    r"(?i)s\d",
    r"(?:다음|each)\s",
    r"(?<=:)\d",
    r"(?<![가-힣])당",
    r"(?<=당)\d",
    r"\d[^\s]*의\s?배",
    r"(?=\n)",
    r"[a-c]{2}",
    r"a?b",
    r"(?:x|)7",
    r"(?>각|당)\d*",
    r"(?!a)k",
    r"(?:시간\s?){1,2}",
    r"(?i:[B-D])",
    r"(?:의|\)의)\s?배$",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_no_stretch_a_pattern_matches_in_is_refused(pattern, flags):
    compiled = re.compile(pattern, flags)
    rng = random.Random(hash((pattern, flags)) & 0xFFFF)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = compiled.search(text, start, end)
        if found:
            assert may_match_between(compiled, text, start, end), (pattern, text, start, end)
        assert (search_between(compiled, text, start, end) or None) == (found or None) or (
            found.span() == search_between(compiled, text, start, end).span()
        )


def test_a_lookbehind_before_the_stretch_is_read_as_needing_nothing():
    # (`(?<=당)\d` searched from the digit: the `당` stands before the stretch, and the match is there)
    pattern = re.compile(r"(?<=당)\d")
    assert pattern.search("건당7", 2, 3)
    assert may_match_between(pattern, "건당7", 2, 3)


def test_a_stretch_without_a_needed_character_is_refused():
    pattern = re.compile(r"\d[^\s]*의\s?배")
    assert not may_match_between(pattern, "12의 세 곱", 0, 6)
    assert search_between(pattern, "12의 세 곱", 0, 6) is None
    assert search_between(pattern, "12의 배", 0, 5)


# ---------------------------------------------------------------- the per-unit marks


_FIRST_TEST = re.compile(r"\(\?i:\(\?=\[(?:\\.|[^\]\\])*\]\)\)")
_MARK_PIECES = [
    "객실",
    " ",
    "1",
    "한 ",
    "실당",
    "곳당",
    "곳의 ",
    "톤당",
    "1㎏의 ",
    "㏊당",
    "명당",
    "명이 ",
    "평균",
    "per ",
    "a ",
    "tonne",
    "guest",
    "for each ",
    "visitor ",
    "paid ",
    "3,100",
    "원",
    ",",
]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_per_unit_marks_behind_their_tests_match_as_without(language):
    tested = per_unit_apart._PER_NOUN[language]
    plain = re.compile(_FIRST_TEST.sub("", tested.pattern), tested.flags)
    assert plain.pattern != tested.pattern  # (the tests are there)
    rng = random.Random(32)
    for _ in range(3000):
        text = "".join(rng.choice(_MARK_PIECES) for _ in range(rng.randint(1, 9)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in tested.finditer(text, start, end)] == expected, text


class _Counting:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str):
        found = getattr(self.pattern, name)
        if name in ("search", "match", "finditer", "fullmatch"):
            self.calls += 1
        return found


def test_a_sentence_is_searched_for_per_unit_marks_once_for_both_readings(knowledge, monkeypatch):
    sentence = "보성차의 올해 상반기 출하액은 84억원으로 작년 같은 기간 70억원보다 20% 늘었다.\n"
    counting = _Counting(per_unit_apart._PER_NOUN["ko"])
    monkeypatch.setitem(per_unit_apart._PER_NOUN, "ko", counting)
    claims(sentence * 30, knowledge)
    # (a sentence search shared by `per_unit_apart` and `partners`, and `partners`' stretch beside its value: two a
    # sentence, three before)
    assert counting.calls <= 2 * 30


def test_a_figure_per_unit_is_still_read_with_its_marks_shared(knowledge):
    text = "작목반 12곳이 감귤 960톤을 48억원에 팔았다. 작목반 한 곳당 4억원꼴이다."
    found = claims(text, knowledge)
    per_unit = next(c for c in found.claims if c.value == 400_000_000)
    assert per_unit.per_unit_of is not None


# ---------------------------------------------------------------- a figure's head words


def test_the_last_clause_cut_is_the_one_the_cuts_end_at():
    rng = random.Random(7)
    alphabet = "ab ,;:()[]·…|12\n\"“”'‘’가"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        last = None
        for last in heads._CLAUSE_CUT.finditer(text, start, end):  # noqa: B007 — the last one
            pass
        found = heads._LAST_CLAUSE_CUT.match(text, start, end)
        assert (last.end() if last else None) == (found.end() if found else None), (text, start, end)


# ---------------------------------------------------------------- the same claims with every stretch searched

_STORIES = [
    # a base of a multiple before a figure, an elapsed time after a dated figure, a list's marks
    "해든제약의 지난해 매출은 300억원이었다. 올해 매출은 작년 매출의 두 배를 넘는 640억원이다. "
    "지난해 3월 주가가 1만원을 넘긴 뒤 8개월 만에 2만원을 돌파했다.\n\n"
    "부문별로는 ▲의약품 400억원 ▲건강식품 240억원이다.",
    # per-unit marks before and after, a segment's words, forecast words, per-period words
    "숲길농장 조합원 80명이 사과 640톤을 32억원에 팔았다. 조합원 1인당 4천만원꼴이고 ㎏당 5천원이다. "
    "가공사업부 매출은 하루 평균 1200만원이다. 내년 매출은 40억원으로 예상된다.",
    "Larkfield Dairy sold 2,400 tonnes for $9.6m, or $4,000 a tonne, up 12% on a year earlier. "
    "Its 60 farms earned about $160,000 each. The cheese division's sales rose 8% to $2.7m, a gap of 5% "
    "over rivals, and daily output averaged 6.6 tonnes.",
    "Harrow Ferries carried 1.2 million people, up 40,000, an extra 3%. Profit swung to a $3m gain from a "
    "$1m loss. It beat its record by 2,000 trips. Fares per passenger were $8, or $240 a month for commuters.",
]


@pytest.mark.parametrize("text", _STORIES)
def test_the_same_claims_with_every_stretch_searched(knowledge, monkeypatch, text):
    def read(doc):
        return analyze_document(doc, knowledge.lexicon).model_dump_json()

    gated = read(document(text))
    monkeypatch.setattr(regex_needs, "_classes_of", lambda pattern: ())
    monkeypatch.setattr(regex_needs, "_window_classes", {})
    assert read(document(text)) == gated
