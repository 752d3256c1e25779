"""Speed without a change of results (twenty-ninth session, issue 12):
- dense per-unit prose on one line links in time linear in its length: the figures between a total and the next
  amount of its unit (checker/link/per_period_apart.py), a listed total's candidates (checker/link/breakdowns.py)
  and a part's named whole (checker/link/partners.py) are read by index, not from a copy of the rest (or the start)
  of the article's figures made per figure; a sentence's per-unit marks are read once
  (checker/link/per_unit_apart.py `link_per_unit_apart`); a count's own overlapping mark is searched only up to the
  count (`is_a_rate`);
- the change-over-years form of an elapsed span (`에서 11년 만에 … 으로`, checker/link/elapsed_since_dates.py) is
  searched only in a text holding its words before the length (`changed_lead`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import random

import pytest
from helpers import document, findings

from checker.link import per_unit_apart
from checker.link.elapsed_since_dates import _words

PER_UNIT = "F317"


# ---------------------------------------------------------------- dense per-unit prose on one line, at size


def _dense_prose(rows: int) -> str:
    """A pasted dump of a fishing co-op's landings by boat group, every sentence with a count, a catch, a total and
    figures per unit (no paragraph break)."""
    out = []
    for i in range(rows):
        boats, tonnes, total = 20 + i * 7 % 300, 100 + i * 53 % 5000, 10 + i * 29 % 700
        out.append(f"선단 {boats}척이 고등어 {tonnes}톤을 {total}억원에 넘겼다. 한 척당 {3 + i * 7 % 40}억원꼴이다. ")
    return "".join(out)


@pytest.mark.parametrize("per,fires", [("5억원", False), ("9억원", True)])
def test_a_per_unit_figure_in_dense_prose_on_one_line_is_still_checked(knowledge, per, fires):
    # 1,500 sentences of other boat groups on the same line, then one group whose average holds or not
    text = _dense_prose(1500) + f"소형 선단 40척이 삼치 800톤을 200억원에 넘겼다. 한 척당 {per}꼴이다."
    result = findings(knowledge, document(text, language="ko"), select=[PER_UNIT], show_passed=True)
    group = text.rindex("소형 선단")  # (the filler's own figures per unit hold or not as they happen to)
    last = [f for f in result.findings if f.location.start >= group]
    held = [p for p in result.passed if p.rule == PER_UNIT and p.location.start >= group]
    assert bool(last) == fires, [f.message for f in last]
    assert bool(held) == (not fires)


# ---------------------------------------------------------------- a count's own mark, searched up to the count

_MARK_FRAGMENTS = [
    "농가 1곳당 ",
    "조합원 1인당 ",
    "회원 1명당 ",
    "가구당 ",
    "척당 ",
    "per visitor ",
    "a day ",
    " ",
    "평균 ",
]


def _overlapping_mark_by_whole_scan(count, text: str, lang: str) -> bool:
    """The scan `is_a_rate` made before: every mark of the window, each tested for overlap with the count."""
    end = count.end + per_unit_apart._PER_REACH
    return any(
        m.start() < count.end and m.end() > count.start
        for m in per_unit_apart._PER_NOUN[lang].finditer(text, max(0, count.start - 24), min(len(text), end))
    )


class _Span:
    per_unit_of = None

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


@pytest.mark.parametrize("seed", range(6))
def test_an_overlapping_mark_is_found_as_the_whole_window_scan_finds_it(seed, monkeypatch):
    rng = random.Random(seed)
    found = []
    # the rest of `is_a_rate` answered False, so its answer is the overlap test's
    for name in ("_PER_DAY_BEFORE", "_MARK_BEFORE"):
        monkeypatch.setattr(per_unit_apart, name, {"ko": _NoMatch(), "en": _NoMatch()})
    monkeypatch.setattr(per_unit_apart, "per_shorter_period", lambda *a: False)
    monkeypatch.setattr(per_unit_apart, "_CLAUSE_STOP", _NoMatch())
    for _ in range(60):
        text = "".join(
            rng.choice(_MARK_FRAGMENTS) + str(rng.randint(1, 900)) + rng.choice(["곳 ", "명 ", "척 ", " "])
            for _ in range(8)
        )
        for start in range(len(text)):
            if not text[start].isdigit() or (start and text[start - 1].isdigit()):
                continue
            end = start
            while end < len(text) and text[end].isdigit():
                end += 1
            for stop in (end, min(len(text), end + 1)):
                count = _Span(start, stop)
                if _AFTER_NONE(count, text):
                    expected = _overlapping_mark_by_whole_scan(count, text, "ko")
                    assert per_unit_apart.is_a_rate(count, text, "ko") == expected, (text, start, stop)
                    found.append(expected)
    assert any(found) and not all(found)


class _NoMatch:
    def search(self, *args):
        return None

    def match(self, *args):
        return None


def _AFTER_NONE(count, text: str) -> bool:
    """Whether no mark stands right after the count (the first test `is_a_rate` makes): the overlap test decides."""
    end = count.end + per_unit_apart._PER_REACH
    after_average = per_unit_apart._UNIT_AFTER_AVERAGE["ko"].match(text, count.end)
    each_after = per_unit_apart._EACH_AFTER["ko"].match(text, count.end)
    return per_unit_apart._PER_NOUN["ko"].search(text, count.end, end) is None and not (after_average or each_after)


# ---------------------------------------------------------------- the change-over-years form, behind its lead words


@pytest.mark.parametrize(
    "text,lang",
    [
        ("도서관 장서는 2009년 4천권에서 12년 만에 9천권으로 늘었다.", "ko"),
        ("회원은 2015년 300명에서 8년 만에 1,100명으로 불었다.", "ko"),
        ("매출은3천245억원으로12%늘었다" * 40, "ko"),
        ("The choir grew from 18 in 2011 to 64 nine years later.", "en"),
        ("Sales rose 12% to $3.2bn, the firm said on Tuesday.", "en"),
    ],
)
def test_the_change_over_years_form_behind_its_lead_finds_what_it_finds_alone(text, lang):
    words = _words(lang)
    whole = [m.span() for m in words.changed.finditer(text)]
    gated = [m.span() for m in words.changed.finditer(text)] if words.changed_lead.search(text) else []
    assert gated == whole
    assert all(words.changed_lead.search(text, start, end) for start, end in whole)


def test_the_lead_of_the_change_form_is_found_where_the_form_is(knowledge):
    # the form still read in an article holding it (an elapsed span of the change, checked as before)
    text = "도서관 장서는 2009년 4천권에서 12년 만에 9천권으로 늘었다."
    assert _words("ko").changed.search(text) is not None
    assert _words("ko").changed_lead.search(text) is not None
