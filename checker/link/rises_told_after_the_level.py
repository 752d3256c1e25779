"""A rise told in a sentence of its own after the level it rose to: `A record 648 teams entered. That was 108 more
than last year's 540, a rise of 20 per cent.`

The sentence opens on a short subject that points back (`[link.rise_told_openers]`: `That was`, `The count is`), then
a count of no noun of its own before `more than` or `fewer than` (`[link.rise_told_more_than]`,
`[link.rise_told_fewer_than]`; the extractor reads the count only when a rate of the change closes the clause:
`[elided_counts] opening_more_before`, `opening_more_after`), then the figure it is measured from (a prior or a
baseline, the next figure). The level is the one count of a noun the sentence right before states that lies on the
side of the earlier figure the words say (`more`: above it) and within a factor of five of it (a figure per day or per
unit is none: `[link.rise_told_rate_marks]`, nor a frame the level was counted in, `74 goals in 38 games`:
`[link.rise_told_frame_marks]`, nor a part of another; of the noun a plural subject names, `Swans were`); with two
such counts, or none, nothing is read, and a link the general reader made from the earlier figure is undone.
The count becomes the change of that level from the earlier figure (a link the general reader made from the same
earlier figure is read again), and so does a rate appended right after the earlier figure as a noun of change
(`, a rise of 20 per cent`, `, a fall of a fifth`: `[link.rise_nouns]`, `[link.fall_nouns]`) when its clause ends
there (not `, a rise of 9 per cent in the price`). Read across two sentences, every link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPENER = ByLanguage(lambda w: rf"\s*[\"\u201c]?(?:{w.rise_told_openers})\s+(?:(?:{w.hedges})\s+)?$")
_MORE = ByLanguage(lambda w: rf"\s+(?:(?P<more>{w.rise_told_more_than})|{w.rise_told_fewer_than})\b", re.I)
_RATE_NOUN = ByLanguage(
    lambda w: (
        rf",\s*(?:{w.indefinite_articles})\s+(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns}))\s+of\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_RATE_MARK = ByLanguage(lambda w: rf"(?:{w.rise_told_rate_marks})")
_FRAME_MARK = ByLanguage(lambda w: rf"(?:{w.rise_told_frame_marks})$")
_FRAME_REACH = 24  # characters before a count where the word making it a frame stands (`74 goals in 38 games`)
_STARTS = ("prior", "baseline")
_RATE_KINDS = ("percent", "fraction")
_TOLD_KINDS = ("count", "money", "measure")
_SENTENCE_GAP = compile_exact(r"[.!?]")
# right after the appended rate, its clause's end: `, a rise of 9 per cent in nesting pairs` (another thing's),
# `, a rise of 40 per cent on 2019` (from another figure), `, a rise of 4 per cent a year` are not the level's change
_RATE_CLOSED = compile_exact(r"\s*(?:[,.;:!?)\"\u201d\u2019]|$)")
# a level and the figure it is measured from lie within this factor of each other (`8,200 fans` are no rise from `the 1
# they scored`): a level further off is not the one the rise is of
_LEVEL_REACH = 5.0


def link_rises_told_after_the_level(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    opener = more = None
    for sentence, figures in by_sentence.items():
        if sentence == 0 or len(figures) < 2:
            continue
        rise, earlier = figures[0], figures[1]
        if rise.kind != "count" or rise.counter:
            continue
        if rise.change_of is not None and rise.compared_to != earlier.id:
            continue  # (linked otherwise; one from the earlier figure is read again here)
        if opener is None:
            opener, more = _OPENER[lang], _MORE[lang]
        opened = opener.fullmatch(text, sentence_starts[sentence], rise.start)
        if opened is None or earlier.role not in _STARTS or earlier.kind != "count" or earlier.change_of is not None:
            continue
        said = more.match(text, rise.end)
        if said is None or _SENTENCE_GAP.search(text, rise.end, earlier.start) or earlier.value <= 0:
            continue
        up = said.group("more") is not None
        noun = opened.groupdict().get("noun")
        level = _level_before(by_sentence.get(sentence - 1, []), text, lang, noun, earlier, up)
        if level is None:
            # (which level rose is not sure, or the subject names another noun (`Prices were`): nor is a link the
            # general reader made from the earlier figure)
            for other in [rise, *figures[2:]]:
                if other.compared_to == earlier.id:
                    other.change_of = other.compared_to = None
            continue
        _tie(rise, level, earlier, 1 if up else -1)
        tied = {rise.id}
        if len(figures) > 2:
            rate = figures[2]
            appended = _RATE_NOUN[lang].search(text, earlier.end, rate.start)
            if (
                rate.kind in _RATE_KINDS
                and rate.compared_to in (None, earlier.id)
                and appended is not None
                and (appended.group("rise") is not None) == up
                and _RATE_CLOSED.match(text, rate.end)
            ):
                _tie(rate, level, earlier, 1 if up else -1)
                tied.add(rate.id)
        for other in figures[2:]:
            # (`…, a rise of 12.5 per cent, and 9 more than in 2023`, `…, a rise of 8 per cent in its output`: a later
            # change the general reader measured from the same earlier figure is another's, or from another figure)
            if other.id not in tied and other.compared_to == earlier.id:
                other.change_of = other.compared_to = None


def _level_before(
    figures: list[Claim], text: str, lang: str, noun: str | None, earlier: Claim, up: bool
) -> Claim | None:
    """The sentence's one count of a noun that may have risen to or fallen from the earlier figure: on the side of it
    the words say (`more`: above it), within a factor of it (`8,200 fans` are no rise from `the 1 they scored`), no
    figure per unit or per period (`an average of 3,675 a day`), no frame another count was counted in (`74 goals in
    38 games`), no part of another such count (`57 entrants in all: 33 men, …`), of the noun the rise's subject names
    when it names one (`Swans were`). With two such counts (`900 marshals watched 540 runners`, `312 burglaries and 94
    car thefts`) which one rose is not said: none."""
    rate, frame = _RATE_MARK[lang], _FRAME_MARK[lang]
    counts = [
        c
        for c in figures
        if c.kind == "count"
        and c.counter
        and not c.per_unit_of
        and (c.value > earlier.value) == up
        and c.value != earlier.value
        and 1 / _LEVEL_REACH <= c.value / earlier.value <= _LEVEL_REACH
        and (noun is None or _same_noun(c.counter, noun))
        and not rate.match(text, c.end)
        and not frame.search(text, max(0, c.start - _FRAME_REACH), c.start)
    ]
    ids = {c.id for c in counts}
    counts = [c for c in counts if c.part_of not in ids]
    if len(counts) != 1:
        return None
    level = counts[0]
    if level.role != "value" or level.change_of or level.per_unit_of or level.part_of or level.units_of:
        return None
    return level


def _same_noun(counter: str, noun: str) -> bool:
    counter, noun = counter.lower(), noun.lower()
    return counter == noun or counter.rstrip("s") == noun.rstrip("s")


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
            if not _RATE_CLOSED.match(text, rate.end):
                continue
            level = next((c for c in figures if c.id == rise.change_of), None)
            if level is None:
                continue
            rate.role, rate.direction = "change", rise.direction
            rate.change_of, rate.compared_to = level.id, earlier.id
