"""The extractor's fast paths give the plain paths' results.

`TIME_RE` tries the time grammar only where a stricter start test allows (digits followed by a
time word, a Latin word start, a known phrase); `TIME_RE_PLAIN` tries it wherever a first character
fits. Both must find the same expressions, with the same groups, on any text."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.time import TIME_RE, TIME_RE_PLAIN, _literal_prefix

ROOT = Path(__file__).resolve().parents[1]

# Pieces of time expressions and of the words around them, in both languages (written for this test).
_PIECES = [
    # Korean time words, particles and nearby words
    "지난해",
    "작년",
    "전년",
    "올해",
    "금년",
    "내년",
    "전년 동기",
    "전년동월",
    "작년 같은 기간",
    "지난해 같은 분기",
    "1년 전",
    "한 해 전",
    "전월 대비",
    "전달 대비",
    "지난달",
    "전 주보다",
    "지난주 대비",
    "전 분기",
    "직전 분기",
    "상반기",
    "하반기",
    "전반기",
    "후반기",
    "첫 6개월",
    "첫 반기",
    "이달",
    "이번 달",
    "금월",
    "오늘",
    "어제",
    "그제",
    "그저께",
    "누적",
    "분기",
    "년",
    "월",
    "일",
    "시",
    "개월",
    "만에",
    "반",
    "여",
    "이후",
    "부터",
    "이래",
    "대비",
    "보다",
    "에",
    "은",
    "는",
    "까지",
    "께",
    "자",
    "밝혔다",
    "(현지 시간)",
    "요일",
    "(화)",
    "이익",
    "하락",
    "상승",
    "지난 ",
    "올 ",
    "내년 ",
    "매출",
    "억",
    "원",
    "%",
    "천",
    "조",
    "년대",
    "년도",
    # digits as dates, quarters, spans and amounts are written
    "2024",
    "2019",
    "1",
    "3",
    "4",
    "7",
    "9",
    "10",
    "12",
    "31",
    "1·4",
    "1/4",
    "1~3",
    "4~6",
    "2020~2024",
    "2024.5.1",
    "2024-05-01",
    "2024/5/1",
    "202414",
    "20241",
    "15",
    "3.5",
    "1,200",
    "07",
    # English time words and nearby words
    "a year earlier",
    "a year ago",
    "the same period of last year",
    "the year-ago quarter",
    "year-on-year",
    "year over year",
    "yoy",
    "YoY",
    "a month earlier",
    "the previous month",
    "month-on-month",
    "mom",
    "a week ago",
    "week-on-week",
    "wow",
    "a quarter earlier",
    "the previous quarter",
    "quarter-on-quarter",
    "qoq",
    "last year",
    "last year's",
    "this year",
    "next year",
    "first half",
    "second half of 2024",
    "H1",
    "H2 2023",
    "H1'24",
    "Q3",
    "Q4 2023",
    "third quarter",
    "1st quarter",
    "2nd",
    "3rd quarter",
    "4th-quarter",
    "first three months",
    "the first nine months",
    "nine-month",
    "January",
    "Jan.",
    "March 5",
    "May",
    "may",
    "Sept",
    "December 31, 2023",
    "January-March quarter",
    "today",
    "yesterday",
    "in 2023",
    "since 2020",
    "fiscal year 2024",
    "fiscal 2024",
    "by 2030",
    "years",
    "year",
    "months",
    "weeks",
    "decades",
    "two",
    "eight",
    "eleven",
    "twelve",
    "three years",
    "data",
    "other",
    "these",
    "Sales",
    "RMB",
    "bn",
    "up",
    "pc",
    "thirteen",
    "Alpha",
    # what joins them
    " ",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "-",
    "–",
    "'",
    "(",
    ")",
    "~",
    "/",
    "·",
    "\t",
]

_SCRAPS = st.text(alphabet="0123456789 .,~-/년월일분기aAtyYmw前작", max_size=3)
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), _SCRAPS), max_size=40).map("".join)


def _found(pattern, text: str, start: int = 0) -> list:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text, start)]


def test_the_fast_start_is_in_use():
    # The language data fits the stricter start test, so `find_times` runs the fast expression.
    assert TIME_RE.pattern != TIME_RE_PLAIN.pattern


def test_the_fast_start_skips_amounts_and_word_middles():
    assert TIME_RE.search("매출은3천245억원으로12%늘었다") is None
    assert TIME_RE.match("Sales", 3) is None  # the middle of a word
    assert TIME_RE.match("12% up", 0) is None
    assert TIME_RE.match("202414분기", 0).lastgroup == "yhalf"  # six digits before the quarter word


@settings(max_examples=600)
@given(_TEXT, st.integers(min_value=0, max_value=8))
def test_fast_time_expressions_are_the_plain_ones(text: str, start: int):
    assert _found(TIME_RE, text, start) == _found(TIME_RE_PLAIN, text, start)


def test_fast_time_expressions_on_every_pair_of_pieces():
    # (each piece after each other one: `올 ` before `상반기`, `지난 ` before `12월`, a digit before a unit)
    for first in _PIECES:
        for second in _PIECES:
            text = first + second
            assert _found(TIME_RE, text) == _found(TIME_RE_PLAIN, text), text


def test_fast_time_expressions_on_the_seed_articles():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _found(TIME_RE, text) == _found(TIME_RE_PLAIN, text), path.name


def test_literal_prefix_keeps_only_what_every_match_starts_with():
    assert _literal_prefix(r"a\s+year\s+(?:earlier|ago)") == r"a\s"
    assert _literal_prefix(r"year[- ]on[- ]year") == "year"
    assert _literal_prefix(r"the\s?same") == "the"  # an optional space is not part of every match
    assert _literal_prefix(r"yoy") == "yoy"


# Before a number: currency prefixes and qualifiers, with spaces and line breaks after them.
_BEFORE_PIECES = [
    "$",
    "US$",
    "US $",
    "HK$",
    "Rs.",
    "Rs",
    "RMB",
    "KRW",
    "€",
    "₩",
    "¥",
    "CN¥",
    "미화",
    "한화",
    "about",
    "around",
    "at least",
    "no more than",
    "more than",
    "Over",
    "UNDER",
    "nearly",
    "close to",
    "약",
    "최소",
    "최대",
    "거의",
    "총",
    "모두",
    "spent",
    "sales",
    "매출",
    " ",
    "  ",
    "\n",
    " \n",
    "\t",
    "(",
    ",",
    ":",
    "-",
    "x",
    "S",
    "ſ",
    "K",
]
_WINDOW = st.lists(st.sampled_from(_BEFORE_PIECES), max_size=8).map("".join).map(lambda w: w[-24:])


@settings(max_examples=600)
@given(st.sampled_from(["ko", "en"]), _WINDOW)
def test_quick_refusals_before_a_number_refuse_only_what_the_search_refuses(language: str, window: str):
    from checker.extract.quantities import patterns

    pat = patterns(language)
    assert pat.qual_end is not None  # the qualifiers are plain words: the quick test is in use
    if pat.prefix_currency.search(window):
        assert any(ch in pat.prefix_ends for ch in window[-3:])
    if pat.qual_before.search(window):
        assert pat.qual_end.fullmatch(window.rstrip()[-1:])


@functools.cache
def _lexicon_patterns():
    from checker.link.lexicon import _second_guard
    from checker.pipeline import load_knowledge

    lexicon = load_knowledge().lexicon
    words = {
        "metric_re": [a for m in lexicon.metrics.values() for a in m.aliases],
        "entity_re": [a for e in lexicon.entities.values() for a in (*e.aliases, *e.variants)],
        "partition_re": lexicon.alias_to_partition_surfaces(),
    }
    out = []
    for name, aliases in words.items():
        fast = getattr(lexicon, name)
        guard = _second_guard(sorted(set(aliases)))
        assert guard and guard in fast.pattern  # the second-letter test is in use
        out.append((name, aliases, fast, re.compile(fast.pattern.replace(guard, "", 1), fast.flags)))
    return out


def test_lexicon_second_letter_test_keeps_every_match():
    # every alias, cut after each letter and joined to each way an alias is followed
    for name, aliases, fast, plain in _lexicon_patterns():
        for alias in aliases:
            for cut in range(1, len(alias) + 1):
                for text in (alias[:cut], f" {alias[:cut]}의 ", f"x{alias[:cut].upper()} ", alias.replace(" ", "")):
                    assert _found(fast, text) == _found(plain, text), (name, text)


@settings(max_examples=300)
@given(st.data())
def test_lexicon_second_letter_test_on_mixed_text(data):
    for name, aliases, fast, plain in _lexicon_patterns():
        pieces = st.one_of(
            st.sampled_from(aliases),
            st.sampled_from([" ", "  ", "\n", "의", "은", "(", "A", "매일"]),
            st.text(max_size=2),
        )
        text = "".join(data.draw(st.lists(pieces, max_size=12)))
        assert _found(fast, text) == _found(plain, text), (name, text)


def test_second_letter_test_lets_a_left_out_space_through():
    from checker.link.lexicon import _second_guard

    guard = re.compile(_second_guard(["S Oil", "매출"]))
    assert guard.match("S Oil") and guard.match("SOil") and guard.match("매출")
    assert not guard.match("Sx") and not guard.match("매일")
    assert _second_guard(["A", "매출"]) == ""  # a one-letter alias: every next letter may follow


def _plain_is_heading(doc, sentence: int) -> bool:
    """The heading test as it read before each line was remembered (the whole line, per sentence)."""
    from checker.link.relations import _SENTENCE_FINAL

    if sentence < 0:
        return True
    start = doc.segments.sentence_starts[sentence]
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", start)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].rstrip()
    first_line = doc.segments.paragraph_of(start) == 0
    return line.startswith("#") or (first_line and not _SENTENCE_FINAL[doc.language].search(line))


_LINES = [
    "J사 실적 요약",
    "# K사 2분기",
    "L사의 매출은 3억원이다. M사는 5% 늘었다.",
    "N사매출은4천억원으로3%늘었고" * 80,
    "",
    "P사 영업이익 12억원 ",
    "Q사는 흑자로 돌아섰다",
]


@settings(max_examples=150)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8))
def test_headings_read_a_line_once_and_answer_as_before(lines: list[str]):
    from checker.link.relations import _is_heading
    from checker.link.segment import segment
    from checker.link.view import ArticleView

    text = "\n".join(lines)
    segments = segment(text)
    doc = ArticleView(text, segments, None, [], [], [], {}, [], [], "ko")
    unfinished: dict[int, bool] = {}
    for sentence in range(-1, len(segments.sentence_starts)):
        assert _is_heading(doc, sentence, unfinished) == _plain_is_heading(doc, sentence), (text, sentence)
    assert len(unfinished) <= text.count("\n") + 1  # one entry a line at most
