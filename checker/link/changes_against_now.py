"""A change measured against the level of now, which its sentence names by a word, not a figure: `Next year the
clinic hopes to see 4,500 patients, about 15 percent more than this year`, `It plans to harvest 1,600 tonnes in
2027, 40 per cent more than now`, `감차가 끝나면 법인택시는 1,332대로 지금보다 11.9% 줄어든다`.

A rate of change tied to its value in its own sentence (or the one before) and to no figure it is measured from,
with a word of the present as what it is compared with — after it in English (`more than this year`, `below
today's`), before it in Korean (`지금보다`, `현재 대비`) — is measured from the story's level of now, stated before: in
the earliest sentence of the body that states a plain level of the value's kind, unit and counter (no change,
prior, listed part, figure per unit, forecast or bound; of the value's metric, when both name one; of one order
of size with the value), the one such level there. Nothing is linked when that sentence states two (which one is
meant is not said), when the level is broken into parts in its sentence (one of them may be what moves), when it
is dated to the value's own period or to a time apart from the present the change names, or when the value does
not move from it the way the change says. Found by position, so the link is a guess (a mismatch is a warning).
Language words are data (`[link.now_words]`, `[link.compared_after]`, `[link.comparative_above]`,
`[link.comparative_below]`, `[link.than_words]`).
"""

from __future__ import annotations

import bisect
import math
import re

from checker.extract.lang import NEVER, ByLanguage
from checker.link.change_fallback import moves_as_said
from checker.link.figure_kinds import of_one_order
from checker.link.keys_differ import metrics_differ, own_period
from checker.link.partners import per_unit_mark_after
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.sentence_groups import prose_by_sentence
from checker.link.view import ArticleView
from checker.models import Claim

# right after a rate, a comparison with the present (`15 percent more than this year`, `9% below today's`): English
_NOW_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<above>{w.comparative_above})|(?P<below>{w.comparative_below}))\s+(?:(?:{w.than_words})\s+)?"
        rf"(?P<now>{w.now_words})(?![^\W\d_])(?!\s+(?:{w.than_words})\b)"
        if w.now_words != NEVER and w.comparative_above != NEVER
        else NEVER
    ),
    re.I,
)
# right before a rate, the present as the figure compared with (`지금보다 `, `현재 대비 `): Korean
_NOW_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\s(])(?P<now>{w.now_words})(?:{w.compared_after})\s*$"
        if w.now_words != NEVER and w.compared_after != NEVER
        else NEVER
    ),
)
_REACH = 12  # characters before a rate where its word of the present may stand
_RATE_KINDS = ("percent",)
_YEAR_DAYS = 300  # a present this long is a year (`올해`, `this year`), else a day (`today`, `지금`)


def link_changes_against_now(claims: list[Claim], doc: ArticleView) -> None:
    text, lang = doc.text, doc.language
    by_sentence = None
    by_id = None
    for change in claims:
        if change.role != "change" or change.kind not in _RATE_KINDS or change.compared_to is not None:
            continue
        if change.change_of is None or change.furniture or not change.direction:
            continue
        now = _NOW_AFTER[lang].match(text, change.end)
        if now is not None and (now.group("above") is not None) != (change.direction > 0):
            continue  # (`up 5%, 2% below today's`: the word says another move than the change's)
        if now is None:
            now = _NOW_BEFORE[lang].search(text, max(0, change.start - _REACH), change.start)
            if now is None:
                continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
            by_id = {c.id: c for c in claims}
        value = by_id.get(change.change_of)
        if value is None or value.sentence not in (change.sentence, change.sentence - 1):
            continue  # (`… 5만 명을 목표로 잡았다. 올해보다 20% 많은 수준이다`: the value of the sentence before)
        level = _level_of_now(value, value.sentence, by_sentence, text, lang)
        if level is None or not moves_as_said(change, value, level):
            continue
        if _dated_apart(level, _period_at(doc, now.start("now"), now.end("now"))):
            continue  # (`내년 1만620원` is no level of `올해`)
        change.compared_to = level.id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _period_at(doc: ArticleView, start: int, end: int):
    """The period the extractor read in the word of the present (`올해`, `this year`), if any."""
    i = bisect.bisect_left(doc.time_starts, start)
    if i >= len(doc.times) or doc.times[i].start != start or doc.times[i].end > end:
        return None
    return doc.times[i].period


def _dated_apart(level: Claim, now) -> bool:
    """The level's own words date it apart from the present the change names: outside a year it names (`올해` against
    `내년 1만620원` or last year's figure), or after a day it names (`today` against next year's figure; a level of
    the year to June is today's)."""
    period = own_period(level)
    if period is None or now is None:
        return False
    first, last = period.bounds()
    start, end = now.bounds()
    if (end - start).days >= _YEAR_DAYS:
        return last < start or end < first
    return end < first


def _level_of_now(
    value: Claim, sentence: int, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The one plain level of the value's measure in the earliest sentence of the body that states one."""
    first = 1 if opens_with_headline(text) else 0
    for at in range(first, sentence):
        found = [c for c in by_sentence.get(at, ()) if _plain_level(c, value, text, lang)]
        if not found:
            continue
        if len(found) != 1 or any(c.part_of == found[0].id for c in by_sentence.get(at, ())):
            return None
        level = found[0]
        period = own_period(level)
        if period is not None and period == own_period(value):
            return None  # (a figure of the value's own time is no level of now against it)
        return level
    return None


def _plain_level(claim: Claim, value: Claim, text: str, lang: str) -> bool:
    if claim is value or claim.role != "value" or claim.change_of is not None or claim.part_of is not None:
        return False
    if claim.kind != value.kind or claim.unit != value.unit or claim.counter != value.counter:
        return False
    if claim.forecast or claim.furniture or metrics_differ(claim, value) or not of_one_order(claim, value):
        return False
    if not (math.isfinite(claim.low) and math.isfinite(claim.high) and claim.low > 0):
        return False  # (`more than 2,000`: how far past it, unsaid)
    return not (is_a_rate(claim, text, lang) or per_unit_mark_after(claim, text, lang))
