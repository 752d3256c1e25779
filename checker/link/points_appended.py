"""A move in points appended to the two rates it is between: `The margin widened to 17.3% from 16.5%, an
improvement of 80 basis points`, `On-time arrivals improved to 87.6%, compared to 85.2% a year earlier, a gain
of 2.4 points`, `Turnout was 64.2% against 66.0% in 2021, a fall of 1.8 percentage points`.

After a comma or a dash, an indefinite article, a change noun and `of` (`[link.rise_nouns]`, `[link.fall_nouns]`,
`[link.signless_change_nouns]`, `[link.change_size_links]`), a figure in points (percentage points, basis points,
or a count of points) with no baseline, in a sentence whose other rates are exactly one level (a share or a value)
and one earlier rate (a baseline or a prior) written before it: the figure is the change of the level measured from
the earlier rate, in percentage points, which the rates kind checks. The size may come before its noun, after a
comma or a dash (`Support fell to 44% from 47% - a three-point drop`), or be followed by a comparative with no
object (`Food prices rose 4.1%, against 5.0% a month earlier: food inflation is 0.9 points lower`, `… or 5.8 points
short`, `[link.shortfall_words]`). The earlier rate may be named through a noun after the comparison (`64.2%, against
a target of 70%`).
The level may be the one rate of the sentence
before when the move's sentence states one rate, after a comparison that opens it (`Turnout was 71.2%. That
compares with 66.8% in 2020, an increase of 4.4 percentage points.`, `[link.compares_openers]`), of the same metric
when both name one. A rise or fall noun gives the sign; a noun that gives none (`improvement`) states a size, read
the way the rates moved. A rate of change tied to no figure (`Prices rose 2.7% in the year to March, down from 3.1%,
a fall of 0.4 percentage points`) is a level of its own when the sentence states no other. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import metrics_differ
from checker.link.point_clauses import _CLAUSE_CUT, clause_groups, in_points, tie_points_move
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_SIZE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:,|\s(?:--|[-–—]))\s*(?:(?:{w.indefinite_articles})\s+)?(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns})"
        rf"|{w.signless_change_nouns})\s+(?:{w.change_size_links})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `31% of members, compared to 27% two years earlier, up four percentage points`: a move signed by an adverb alone
# after a comma (`[link.appended_rise_words]`, `[link.appended_fall_words]`), or restated after `or` (`44.0% of the
# crop, down from 47.5% a year earlier, or 3.5 points`: `[link.or_words]`, the way the two rates went)
_SIGNED_OR_RESTATED_BEFORE = ByLanguage(
    lambda w: (
        rf",\s*(?:(?P<rise>{w.appended_rise_words})|(?P<fall>{w.appended_fall_words})|{w.or_words})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
        if w.appended_rise_words and w.appended_fall_words and w.or_words
        else r"(?!)"
    ),
    re.I,
)
# `…, down from 41% - a three-point drop`: the size written before its noun, the sentence's figures before a comma
# or a dash.
_SIZE_OPENS = ByLanguage(lambda w: rf"(?:,|\s(?:--|[-–—]))\s*(?:{w.indefinite_articles})\s+$", re.I)
_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns})|{w.signless_change_nouns})\b", re.I
)
# `…, against 5.0% a month earlier: the rate is 0.9 points lower`: a comparative with no object after the size (with
# one, `0.9 points lower than …`, `above inflation`, the points are measured from that).
_COMPARATIVE_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?P<rise>{w.comparative_above})|(?P<fall>{w.comparative_below}|{w.shortfall_words})"
        rf"|{w.comparative_signless})"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|on|over|at|within|during)\b)"
    ),
    re.I,
)
# `That compares with a margin of 10.9%`: the rate a comparison names, a few words after it, the comparison
# opening its sentence (`Support … compares with 38%` in mid-sentence compares a subject of its own, not the rate
# of the sentence before).
_COMPARED_BEFORE = ByLanguage(
    lambda w: rf"(?:^|(?<=[.!?]\s))(?:{w.compares_openers})\s+(?:\S+\s+){{0,4}}$", re.I | re.M, first_tested=False
)
# `64.2%, against a target of 70%, or 5.8 points short`, `58.1%, against 61.5% in 2022`: the rate a comparison
# names, right after it or through a noun (`a target of`), is the one the level is measured from
_COMPARED_NOUN_BEFORE = ByLanguage(
    lambda w: rf"\b(?:{w.compared_words})\s+(?:(?:[^\W\d]+\s+){{1,4}}(?:{w.change_size_links})\s+)?$", re.I
)
_REACH = 40  # characters before the figure that may name it a change
_LEVELS = ("share", "value")
_EARLIER = ("baseline", "prior")


def link_points_appended(claims: list[Claim], text: str, lang: str) -> None:
    if not (any(in_points(c, lang) for c in claims)):
        return  # (no move in points, none read)
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in clause_groups(by_sentence, lambda claim: in_points(claim, lang), text, lang):
        ids = {c.id for c in figures}
        # A move another rule tied to its sentence's one rate alone (no baseline) is read again here.
        moves = [c for c in figures if in_points(c, lang) and c.compared_to is None and c.change_of in (None, *ids)]
        if len(moves) != 1:
            continue
        move = moves[0]
        named = _SIZE_BEFORE[lang].search(text, max(0, move.start - _REACH), move.start)
        named = named or _size_after(move, text, lang) or _COMPARATIVE_AFTER[lang].match(text, move.end)
        named = named or _SIGNED_OR_RESTATED_BEFORE[lang].search(text, max(0, move.start - _REACH), move.start)
        if named is None:
            continue
        # (a rate of a clause after the move's, `…, a fall of 3 points, though keepers still want below 15%`, is
        # another statement's)
        cut = _CLAUSE_CUT[lang].search(text, move.end, max(c.end for c in figures))
        rates = [
            c for c in figures if c.kind == "percent" and c.role != "change" and (cut is None or c.start < cut.start())
        ]
        if any(c.start > move.start for c in rates) or any(c.kind == "pp" and c is not move for c in figures):
            continue
        levels = [c for c in rates if c.role in _LEVELS]
        earlier = [c for c in rates if c.role in _EARLIER]
        named_earlier = len(levels) == 2 and not earlier and _compared_noun(levels[1], text, lang)
        if named_earlier:
            levels, earlier = levels[:1], levels[1:]
        if len(rates) == 1 and _compared(rates[0], text, lang):
            # `Turnout was 71.2%. That compares with 66.8% in 2020, an increase of 4.4 points.`
            levels = _one_level(by_sentence.get(sentence - 1, []), rates[0])
            earlier = rates
            rates = levels + earlier
        elif move.change_of is not None and not named_earlier:
            continue
        elif not levels and len(earlier) == 1:
            # `Prices rose 2.7% in the year to March, down from 3.1%, a fall of 0.4 points`: a rate of change
            # stated alone is the level, compared with the rate before it
            levels = _lone_rate_of_change(figures, earlier[0])
            rates = levels + earlier
        if len(rates) != 2 or len(levels) != 1 or len(earlier) != 1:
            continue
        tie_points_move(move, levels[0], earlier[0], named)


def _size_after(move: Claim, text: str, lang: str) -> re.Match[str] | None:
    """`…, a three-point drop`, `… - a 2.5 point gain`: the noun of change right after the size."""
    if not _SIZE_OPENS[lang].search(text, max(0, move.start - _REACH), move.start):
        return None
    return _NOUN_AFTER[lang].match(text, move.end)


def _lone_rate_of_change(figures: list[Claim], earlier: Claim) -> list[Claim]:
    """The one percent change before the earlier rate that is tied to no figure (a rate of its own), if one."""
    loose = [
        c
        for c in figures
        if c.kind == "percent"
        and c.role == "change"
        and c.change_of is None
        and c.compared_to is None
        and c.end <= earlier.start
    ]
    return loose if len(loose) == 1 else []


def _compared_noun(rate: Claim, text: str, lang: str) -> bool:
    return _COMPARED_NOUN_BEFORE[lang].search(text, max(0, rate.start - _REACH), rate.start) is not None


def _compared(rate: Claim, text: str, lang: str) -> bool:
    return _COMPARED_BEFORE[lang].search(text, max(0, rate.start - _REACH), rate.start) is not None


def _one_level(figures: list[Claim], compared: Claim) -> list[Claim]:
    """The sentence before's one rate, a level, in the compared rate's paragraph and of its metric when both
    name one (else none: which one is not said, or it is another rate's)."""
    rates = [c for c in figures if c.kind == "percent" and c.paragraph == compared.paragraph]
    if len(rates) != 1 or rates[0].role not in _LEVELS or metrics_differ(rates[0], compared):
        return []
    return rates
