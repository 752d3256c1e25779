"""A rise told in a sentence of its own after the level it rose to: `A record 648 teams entered. That was 108 more
than last year's 540, a rise of 20 per cent.`

The sentence opens on a short subject that points back (`[link.rise_told_openers]`: `That was`, `The count is`), then
a count of no noun of its own before `more than` or `fewer than` (`[link.rise_told_more_than]`,
`[link.rise_told_fewer_than]`; the extractor reads the count only when a rate of the change closes the clause:
`[elided_counts] opening_more_before`, `opening_more_after`), then the figure it is measured from (a prior or a
baseline, the next figure). The level is the first count of a noun the sentence right before states, when that
sentence states no other level of that noun (a figure of it per day or per unit is none:
`[link.rise_told_rate_marks]`) and the level lies on the side of the earlier figure the words say (`more`: above it).
The count becomes the change of that level from the earlier figure (a link the general reader made from the same
earlier figure is read again), and so does a rate appended right after the earlier figure as a noun of change
(`, a rise of 20 per cent`, `, a fall of a fifth`: `[link.rise_nouns]`, `[link.fall_nouns]`). Read across two
sentences, every link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.rise_told_openers})\s+(?:(?:{w.hedges})\s+)?$")
_MORE = ByLanguage(lambda w: rf"\s+(?:(?P<more>{w.rise_told_more_than})|{w.rise_told_fewer_than})\b", re.I)
_RATE_NOUN = ByLanguage(
    lambda w: (
        rf",\s*(?:{w.indefinite_articles})\s+(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns}))\s+of\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_RATE_MARK = ByLanguage(lambda w: rf"(?:{w.rise_told_rate_marks})")
_STARTS = ("prior", "baseline")
_RATE_KINDS = ("percent", "fraction")
_TOLD_KINDS = ("count", "money", "measure")
_SENTENCE_GAP = compile_exact(r"[.!?]")


def link_rises_told_after_the_level(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    opener = more = None
    for sentence, figures in by_sentence.items():
        if sentence == 0 or len(figures) < 2:
            continue
        rise, earlier = figures[0], figures[1]
        if rise.kind != "count" or rise.counter or earlier.role not in _STARTS:
            continue
        if rise.change_of is not None and rise.compared_to != earlier.id:
            continue  # (linked otherwise; one from the earlier figure is read again here)
        if earlier.kind != "count" or earlier.counter or earlier.change_of is not None:
            continue
        if opener is None:
            opener, more = _OPENER[lang], _MORE[lang]
        if not opener.fullmatch(text, sentence_starts[sentence], rise.start):
            continue
        said = more.match(text, rise.end)
        if said is None or _SENTENCE_GAP.search(text, rise.end, earlier.start):
            continue
        level = _level_before(by_sentence.get(sentence - 1, []), text, lang)
        if level is None:
            continue
        up = said.group("more") is not None
        if (level.value > earlier.value) != up or level.value == earlier.value:
            continue
        _tie(rise, level, earlier, 1 if up else -1)
        if len(figures) > 2:
            rate = figures[2]
            appended = _RATE_NOUN[lang].search(text, earlier.end, rate.start)
            if (
                rate.kind in _RATE_KINDS
                and rate.compared_to in (None, earlier.id)
                and appended is not None
                and (appended.group("rise") is not None) == up
            ):
                _tie(rate, level, earlier, 1 if up else -1)


def _level_before(figures: list[Claim], text: str, lang: str) -> Claim | None:
    """The first count of a noun of the sentence, when it is the sentence's only level of that noun (a figure of it
    per unit or per period after it is none: `an average of 3,675 a day`)."""
    counts = [c for c in figures if c.kind == "count" and c.counter]
    if not counts:
        return None
    level = counts[0]
    if level.role != "value" or level.change_of or level.per_unit_of or level.part_of or level.units_of:
        return None
    rate = _RATE_MARK[lang]
    same = [c for c in counts[1:] if c.counter == level.counter and not c.per_unit_of and not rate.match(text, c.end)]
    return None if same else level


def _tie(change: Claim, level: Claim, earlier: Claim, direction: int) -> None:
    change.role, change.direction = "change", direction
    change.change_of, change.compared_to = level.id, earlier.id
    change.metric, change.entities, change.period = level.metric, level.entities, level.period
    change.guesses = sorted(set(change.guesses) | {"relation"})


def link_rates_after_a_told_rise(claims: list[Claim], text: str, lang: str) -> None:
    """`1,320 herons, 220 more than the 1,100 of last spring, a rise of 20 per cent`: in one sentence, a rise told as
    a count more or fewer than an earlier figure, already the change of a level from that figure, then right after the
    earlier figure a rate named a change by its noun (`[link.rise_nouns]`, `[link.fall_nouns]`) of no figure it is
    measured from: the rate is the change of the same level from the same figure (in the same direction)."""
    for figures in prose_by_sentence(claims).values():
        for at in range(len(figures) - 2):
            rise, earlier, rate = figures[at], figures[at + 1], figures[at + 2]
            if (
                rise.role != "change"
                or rise.kind not in ("count", "money", "measure")
                or rise.compared_to != earlier.id
            ):
                continue
            if (
                rate.kind not in _RATE_KINDS
                or rate.compared_to is not None
                or rate.change_of not in (None, rise.change_of)
            ):
                continue
            said = _MORE[lang].match(text, rise.end)
            if said is None or rise.change_of is None or (said.group("more") is not None) != (rise.direction > 0):
                continue
            appended = _RATE_NOUN[lang].search(text, earlier.end, rate.start)
            if appended is None or (appended.group("rise") is not None) != (rise.direction > 0):
                continue
            level = next((c for c in figures if c.id == rise.change_of), None)
            if level is None:
                continue
            rate.role, rate.direction = "change", rise.direction
            rate.change_of, rate.compared_to = level.id, earlier.id
