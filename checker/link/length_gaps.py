"""A gap between two lengths of time, stated beside them: `The average wait fell to 12 weeks from 19 weeks,
seven weeks shorter`, `The season lasted 96 days, 11 days longer than last year's 85 days`, `접속 시간은 3시간
10분으로 1년 전 2시간 45분보다 25분 늘었다`, `보안검색 대기 시간은 5시간 12분에서 4시간 30분으로 42분 줄었다`.

Lengths of time are no figures of the claims (a length is a time, not a count), so the difference check never saw
them. A length here is one to three numbers each with a unit of hours, minutes, seconds (`9 minutes 12 seconds`,
`1시간08분15초`), days or weeks (`[link.length_hours]`, `[link.length_minutes]`, `[link.length_seconds]`,
`[link.length_gap_days]`, `[link.length_gap_weeks]`); its number may be a word (`seven weeks`). Three lengths are the
two ends and their gap only as the copy joins them:
- a new length, then `from` and the earlier one (within one clause, no figure between), then after a comma the gap
  and a word of its direction (`shorter`, `longer`, `faster`), with no `than` after it (`…, three weeks longer than
  the target` is a gap against something else);
- a length, then after a comma the gap, its direction word and `than` and the other length, nothing but words
  between (`96 days, 11 days longer than last year's 85 days`);
- Korean: the new length with `으로`/`로`, the earlier one with `보다` and the gap right after it, then its verb
  (`…으로 … …보다 25분 늘었다`; a time back from now may stand between, `1년 전`: `[link.length_gap_ago]`), or
  the earlier with `에서`, the new with `으로` and the gap (`…에서 …으로 42분 줄었다`).
Each length counts half its smallest written unit either way. The check (checker/check/kinds/stated_gap.py) does
the arithmetic; nothing here looks at whether the lengths agree. Language words are data (`[link.length_gap_*]`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import LengthGap, Span
from checker.regex_cache import compile_re
from checker.regex_needs import may_match

# The units a length is written in, with their seconds; the smallest written counts half of itself either way.
_SECONDS = {"wk": 604800.0, "d": 86400.0, "h": 3600.0, "mi": 60.0, "s": 1.0}
_PARTS = 3  # at most three numbers to one length (`1시간08분15초`)
# How many characters of words (no figure, no sentence end) may stand between the pieces of the construction.
_FILLER = 30


@dataclass(frozen=True, slots=True)
class _Patterns:
    forms: tuple[tuple[re.Pattern[str], str, str], ...]  # (pattern, the group of the new length, of the earlier)
    part: re.Pattern[str]  # one number and its unit, to read a matched length
    # where a length can start (every form opens with one): the forms are tried there only (`_starts`)
    first: re.Pattern[str]


def _unit_classes(code: str) -> dict[str, str]:
    w = link_alternations(code)
    return {
        "wk": w.length_gap_weeks,
        "d": w.length_gap_days,
        "h": w.length_hours,
        "mi": w.length_minutes,
        "s": w.length_seconds,
    }


@functools.cache
def _patterns(code: str) -> _Patterns | None:
    w = link_alternations(code)
    if NEVER in (w.length_gap_longer, w.length_minutes) or not w.length_gap_longer:
        return None
    _, number = span_counts(code)
    words = number.partition("|")[2]
    num = r"\d{1,3}(?:,\d{3})?(?:\.\d{1,2})?" + (f"|{words}" if words else "")
    units = "|".join(f"(?:{words_})" for words_ in _unit_classes(code).values() if words_ and words_ != NEVER)
    one = rf"(?:{num})\s?(?:{units})"
    letter = w.chars("capital_letters", "small_letters")
    length = rf"(?<![\w.,])(?:{one})(?:(?:\sand\s|\s?){one}){{0,{_PARTS - 1}}}(?!{letter}|\d)"
    direction = rf"(?P<longer>{w.length_gap_longer})|(?P<shorter>{w.length_gap_shorter})"
    filler = rf"[^\d.;!?\n]{{0,{_FILLER}}}?"
    quiet = rf"[^\d.;!?,\n]{{0,{_FILLER}}}?"
    # the words between `than` and the other length, none that begins another comparison (`… than its
    # predecessor and 1 hour longer than most`: `1 hour` is no length of this one)
    joiners = w.length_gap_joiners
    plain = "" if joiners == NEVER else rf"(?!\b(?:{joiners})\b)"
    than_quiet = rf"(?:{plain}[^\d.;!?,\n]){{0,{_FILLER}}}?"
    # the gap and its direction close their clause: `…, 10 minutes shorter for children` is a gap of another group
    closes = r"(?=\s*(?:[,.;:!?)\n\u2013\u2014]|$))"
    either = rf"(?:{w.length_gap_longer}|{w.length_gap_shorter})"
    forms: list[tuple[re.Pattern[str], str, str]] = []
    if w.length_gap_from_before and w.length_gap_from_before != NEVER:
        than = w.length_gap_than_before
        # `fell to 12 weeks from 19 weeks, seven weeks shorter` (not `…, three weeks longer than the target`)
        forms.append(
            (
                compile_re(
                    rf"(?P<new>{length}){filler}\b(?:{w.length_gap_from_before})\s(?P<old>{length})"
                    rf"{quiet},\s(?P<gap>{length})\s(?:{direction})\b(?!\s+(?:{than})\b){closes}",
                    re.I,
                ),
                "new",
                "old",
            )
        )
        # `lasted 96 days, 11 days longer than last year's 85 days`
        forms.append(
            (
                compile_re(
                    rf"(?P<new>{length}),\s(?P<gap>{length})\s(?:{direction})\s(?:{than})\s{than_quiet}(?P<old>{length})"
                    rf"(?!\s(?:{either})\b)",
                    re.I,
                ),
                "new",
                "old",
            )
        )
    if w.length_gap_than_after and w.length_gap_than_after != NEVER:
        to, than, since = w.length_gap_to_after, w.length_gap_than_after, w.length_gap_from_after
        # `3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다`, `(2시간 45분)보다`
        ago = rf"|{w.length_gap_ago}" if w.length_gap_ago and w.length_gap_ago != NEVER else ""
        dated = rf"(?:[^\d.;!?\n]{ago}){{0,{_FILLER}}}?"
        forms.append(
            (
                compile_re(
                    rf"(?P<new>{length})\s?(?:{to}),?\s{dated}\(?(?P<old>{length})\)?\s?(?:{than})\s?"
                    rf"(?P<gap>{length})\s?(?:{direction})",
                    re.I,
                ),
                "new",
                "old",
            )
        )
        # `5시간 12분에서 4시간 30분으로 42분 줄었다`
        forms.append(
            (
                compile_re(
                    rf"(?P<old>{length})\s?(?:{since})\s(?P<new>{length})\s?(?:{to})\s(?P<gap>{length})\s?(?:{direction})",
                    re.I,
                ),
                "new",
                "old",
            )
        )
    if not forms:
        return None
    part = compile_re(
        rf"(?P<n>{num})\s?(?:"
        + "|".join(rf"(?P<{key}>{words_})" for key, words_ in _unit_classes(code).items() if words_ and words_ != NEVER)
        + ")",
        re.I,
    )
    return _Patterns(tuple(forms), part, compile_re(rf"(?<![\w.,])(?:{one})", re.I))


def _seconds(text: str, patterns: _Patterns, counts: dict[str, int]) -> tuple[float, float, str, float] | None:
    """The seconds a written length stands for (half its smallest unit either way), that unit as written and its
    seconds."""
    total, smallest, written, step = 0.0, None, "", 0.0
    for part in patterns.part.finditer(text):
        raw = part.group("n").replace(",", "")
        try:
            count = float(raw)
        except ValueError:
            count = float(counts.get(raw.lower(), 0))
        if not count:
            return None
        key = next(k for k in _SECONDS if part.groupdict().get(k))
        total += count * _SECONDS[key]
        decimals = len(raw.partition(".")[2])
        unit_step = _SECONDS[key] * 10.0**-decimals
        if smallest is None or unit_step < step:
            smallest, step, written = key, unit_step, part.group(key)
    if smallest is None:
        return None
    return total, step / 2, written, _SECONDS[smallest]


def _starts(first: re.Pattern[str], text: str) -> list[int]:
    """Every place a length starts (overlapping ones too): each form opens with a length, so it can match nowhere
    else. Found by one search through the text, where each form searched it whole (a table of figures holds a
    digit in every cell, and each form tried each digit)."""
    out = []
    found = first.search(text) if may_match(first, text) else None
    while found is not None:
        at = found.start()
        out.append(at)
        found = first.search(text, at + 1)
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]):
    """`pattern.finditer(text)` where no match can start outside `starts` (sorted): the same matches, a match tried
    at each of those places only (from the end of the last match on, as `finditer` goes on)."""
    end = 0
    for at in starts:
        if at < end:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            end = match.end()


def link_length_gaps(doc: ArticleView) -> list[LengthGap]:
    """Each gap the copy states between two lengths of time beside it (normalized offsets)."""
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    counts, _ = span_counts(doc.language)
    text, out, seen = doc.text, [], set()
    starts = _starts(patterns.first, text)
    if not starts:
        return []
    for pattern, new_group, old_group in patterns.forms:
        for match in _matches_at(pattern, text, starts):
            if match.start("gap") in seen:
                continue
            read = [_seconds(match.group(g), patterns, counts) for g in (new_group, old_group, "gap")]
            if any(r is None for r in read):
                continue
            (new, new_half, *_), (old, old_half, *_), (gap, gap_half, unit, unit_seconds) = read  # type: ignore[misc]
            seen.add(match.start("gap"))
            out.append(
                LengthGap(
                    start=match.start("gap"),
                    end=match.end("gap"),
                    text=match.group("gap"),
                    gap=(gap - gap_half, gap + gap_half),
                    unit=unit,
                    unit_seconds=unit_seconds,
                    value=Span(start=match.start(new_group), end=match.end(new_group)),
                    value_text=match.group(new_group),
                    value_seconds=(new - new_half, new + new_half),
                    prior=Span(start=match.start(old_group), end=match.end(old_group)),
                    prior_text=match.group(old_group),
                    prior_seconds=(old - old_half, old + old_half),
                    direction=1 if match.group("longer") else -1,
                )
            )
    return out
