"""Units added and units taken away, and the net change of them stated beside: `The chain opened 26 gyms and closed
four over the year, a net gain of 22`, `after opening 18 and closing three, a net gain of 15`; `9월 말 매장 수는
870곳으로 6월 말보다 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다`, `… 96곳 늘었다. 상반기에 새로
문을 연 가맹점은 310곳, 문을 닫은 가맹점은 214곳이었다`.

The added less the taken away is the net. English writes the three in one sentence: a verb of adding
(`[link.net_added]`: `opened`, `opening`) right before the first number, `and` and a verb of taking away
(`[link.net_removed]`: `closed`, `closing`) right before the second, a few words at most after each (their noun,
the time: no figure), then after a comma the net named as such (`[link.net_gain_of]`, `[link.net_loss_of]`: `a net
gain of`, `a net loss of`), whose words give its sign. Korean states the net first, as the change of a level
(`40곳 늘었다`), and the openings and closings in the next sentence, the first thing of it that is counted: two
counts of that change's counter, one before a phrase of adding (`[link.net_added_after]`: `새로 문을 열`), the
other before one of taking away (`[link.net_removed_after]`: `문을 닫`), or each after a noun phrase naming it so
(`새로 문을 연 가맹점은 310곳, 문을 닫은 가맹점은 214곳`), in a sentence that names no part (`이 가운데`, `서울에서`:
`[link.net_subset_marks]`); English names the net of the units added (`a net gain of 22`, `… of 22 gyms`), not of
another noun (`22 jobs`). Numbers may be words (`closing three`). The check (checker/check/kinds/stated_gap.py)
does the arithmetic; nothing here looks at whether the figures agree. Language words are data (`[link.net_*]`).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import Claim, NetTally, Span
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible

# How many words may follow each of the added and the taken-away figures before what comes next (`26 gyms`,
# `four over the twelve months`).
_WORDS = 5


def _usable(word: str) -> bool:
    return bool(word) and word != NEVER


@functools.cache
def _english(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    if not all(_usable(x) for x in (w.net_added, w.net_removed, w.net_gain_of, w.net_loss_of, w.net_joiners)):
        return None
    _, number = span_counts(code)
    num = rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})*|{number.partition('|')[2] or NEVER})(?![\w.,]\d|\w)"
    words = rf"(?:\s[^\W\d_]+){{0,{_WORDS}}}?"
    return compile_re(
        rf"\b(?:{w.net_added})\s(?P<a>{num})(?P<aw>{words})\s(?:{w.net_joiners})\s(?:{w.net_removed})\s(?P<r>{num})"
        rf"(?P<rw>{words}),\s(?:(?P<gain>{w.net_gain_of})|(?P<loss>{w.net_loss_of}))\s(?P<n>{num})(?![\w.,]\d)"
        # the net and its noun close the clause: `a net gain of 8% in floor space`, `… of 20 stores across Europe`
        # are a share or a wider scope, not the net of the units added
        rf"(?:\s(?P<nw>[^\W\d_]+))?(?=\s*(?:[,.;:!?)\n\u2013\u2014]|$))",
        re.I,
    )


@functools.cache
def _korean(code: str) -> tuple | None:
    w = link_alternations(code)
    if not all(_usable(x) for x in (w.net_added_after, w.net_removed_after, w.net_added_named, w.net_removed_named)):
        return None
    return (
        (
            # `55곳이 새로 문을 열고 15곳이 `: the first count before a phrase of adding, the second before one of
            # taking away
            compile_re(rf"^\s?(?:{w.net_added_after})[^\d.!?]{{0,12}}?$"),
            compile_re(rf"\s?(?:{w.net_removed_after})"),
        ),
        (
            compile_re(rf"(?:{w.net_added_named})\s?$"),
            compile_re(rf"(?:{w.net_removed_named})\s?$"),
        ),
        (compile_re(rf"(?:{w.net_subset_marks})") if _usable(w.net_subset_marks) else None),
        tuple(
            compile_re(rf"(?:{words})") if _usable(words) else None
            for words in (w.net_period_spans, w.net_period_parts, w.net_year_back, w.net_future_verbs)
        ),
    )


def _value(text: str, counts: dict[str, int]) -> tuple[float, float] | None:
    raw = text.replace(",", "")
    if raw.isdigit():
        return float(raw), float(raw)
    count = counts.get(raw.lower())
    return (float(count), float(count)) if count else None


def link_net_tallies(doc: ArticleView, claims: list[Claim]) -> list[NetTally]:
    """Each net change stated of units added and units taken away (normalized offsets)."""
    out: list[NetTally] = []
    english = _english(doc.language)
    if english is not None:
        counts, _ = span_counts(doc.language)
        for match in finditer_if_possible(english, doc.text):
            noun = (match.group("nw") or "").lower()
            if noun and noun not in (match.group("aw") + match.group("rw")).lower().split():
                continue  # `…, a net loss of 22 jobs`: the net of something else than the units added
            values = [_value(match.group(g), counts) for g in ("a", "r", "n")]
            if any(v is None for v in values):
                continue
            added, removed, net = values
            out.append(
                NetTally(
                    start=match.start("n"),
                    end=match.end("n"),
                    text=match.group("n"),
                    net=net,  # type: ignore[arg-type]
                    added=Span(start=match.start("a"), end=match.end("a")),
                    added_text=match.group("a"),
                    added_value=added,  # type: ignore[arg-type]
                    removed=Span(start=match.start("r"), end=match.end("r")),
                    removed_text=match.group("r"),
                    removed_value=removed,  # type: ignore[arg-type]
                    direction=1 if match.group("gain") else -1,
                )
            )
    korean = _korean(doc.language)
    if korean is not None:
        out.extend(_korean_tallies(doc, claims, korean))
    return out


def _korean_tallies(doc: ArticleView, claims: list[Claim], patterns) -> list[NetTally]:
    (added_after, removed_after), (added_named, removed_named), subset, periods = patterns
    starts = doc.segments.sentence_starts
    text, out = doc.text, []
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for sentence, figures in by_sentence.items():
        counts = [c for c in figures if c.kind == "count" and c.counter]
        if len(counts) < 2:
            continue
        first, second = counts[0], counts[1]
        if first.counter != second.counter or any(c.start < second.start for c in figures if c not in (first, second)):
            continue  # the first two figures of the sentence, both counted alike
        if sentence >= len(starts):
            continue
        start = starts[sentence]
        after = added_after.match(text[first.end : second.start]) and removed_after.match(text, second.end)
        named = added_named.search(text, max(start, first.start - 24), first.start) and removed_named.search(
            text, max(first.end, second.start - 24), second.start
        )
        if not (after or named):
            continue
        if subset is not None and subset.search(text, start, first.start):
            continue  # `이 가운데 서울에서 55곳이 …`: the openings of a part, not of the level the change is of
        before = [
            c
            for c in by_sentence.get(sentence - 1, [])
            if c.role == "change" and c.kind == "count" and c.counter == first.counter and c.change_of and c.direction
        ]
        if len(before) != 1:
            continue
        net = before[0]
        if _other_period(text, starts[sentence - 1], net.start, start, first.start, second.end, periods):
            continue
        out.append(
            NetTally(
                start=net.start,
                end=net.end,
                text=net.text,
                net=(net.quantity.low, net.quantity.high),
                added=Span(start=first.start, end=first.end),
                added_text=first.text,
                added_value=(first.quantity.low, first.quantity.high),
                removed=Span(start=second.start, end=second.end),
                removed_text=second.text,
                removed_value=(second.quantity.low, second.quantity.high),
                direction=net.direction,
            )
        )
    return out


def _other_period(text: str, net_from: int, net_at: int, start: int, first: int, second_end: int, periods) -> bool:
    """The openings and closings are of another period than the change before: a stretch of time or a time to come
    before them (`지난 3년간`, `다음 달에는`), a part of a year against a change from a year back (`1년 전보다 40곳
    늘었다. 하반기에 …`), or a verb of a time to come after them (`3곳이 문을 닫는다`)."""
    spans, parts, year_back, future = periods
    opening = text[start:first]
    if spans is not None and spans.search(opening):
        return True
    if (
        parts is not None
        and year_back is not None
        and parts.search(opening)
        and year_back.search(text, net_from, net_at)
    ):
        return True
    if future is None:
        return False
    end = text.find(".", second_end, second_end + 24)
    return future.search(text, second_end, end if end >= 0 else second_end + 24) is not None
