"""A gap in points named by a noun after two rates: `The margin widened to 14.0% from 13.1%, an improvement of 90
basis points`, `Punctuality rose to 91.4%, compared to 89.9% a year earlier, a gain of 1.5 points`, `Turnout was
68.4%. That compares with 63.9% at the last election, an increase of 4.5 percentage points`.

The figure is in percentage points (or basis points), or a count of points (`[link.point_counters]`), linked to
nothing, right after a noun of change (`, an increase of`, `, a drop of`; `[link.points_gap_nouns]` for nouns that
say no direction, `an improvement of`: a lower jobless rate is one too). Its sentence states one rate that is a
level and one that is earlier (a baseline or a prior); or, when it opens by comparing (`That compares with`,
`[link.compares_openers]`), one rate, earlier than the one rate of the sentence before. The figure is the change
of the level from the earlier rate, in points, checked by the rates kind; its sign is the noun's, or for a noun
of no direction the one the two rates give (the noun states no sign to check). A guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf",\s*(?:an?\s+)?(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns})|(?P<gap>{w.points_gap_nouns}))"
        rf"\s+of\s*$"
    ),
    re.I,
)
_POINTS = ByLanguage(lambda w: rf"(?:{w.point_counters})", re.I)
_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.compares_openers})\b", re.I)
_NOUN_REACH = 30  # characters before the figure where its noun stands
_LEVELS = ("share", "value")
_EARLIER = ("baseline", "prior")


def link_points_named_after(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if not claim.furniture and claim.role != "conversion":
            by_sentence.setdefault(claim.sentence, []).append(claim)
    for sentence, figures in by_sentence.items():
        gaps = [c for c in figures if _points_figure(c, lang)]
        if len(gaps) != 1:
            continue
        gap = gaps[0]
        noun = _NOUN_BEFORE[lang].search(text, max(0, gap.start - _NOUN_REACH), gap.start)
        if noun is None:
            continue
        rates = [c for c in figures if c.kind == "percent" and c.role != "change"]
        levels = [c for c in rates if c.role in _LEVELS]
        earlier = [c for c in rates if c.role in _EARLIER]
        if len(rates) == 2 and len(levels) == 1 and len(earlier) == 1:
            level, before = levels[0], earlier[0]
        elif len(rates) == 1 and _OPENER[lang].match(text, sentence_starts[sentence]):
            # `Turnout was 68.4%. That compares with 63.9% …`: the level is the one rate of the sentence before
            previous = [c for c in by_sentence.get(sentence - 1, []) if c.kind == "percent" and c.role in _LEVELS]
            if len(previous) != 1 or any(
                c.kind == "percent" and c.role != "change" and c is not previous[0]
                for c in by_sentence.get(sentence - 1, [])
            ):
                continue
            level, before = previous[0], rates[0]
        else:
            continue
        if gap.change_of not in (None, level.id, before.id):
            continue  # the role stage tied it to another figure
        if noun.group("rise"):
            direction = 1
        elif noun.group("fall"):
            direction = -1
        else:
            direction = 1 if level.value >= before.value else -1
        if gap.kind != "pp":
            gap.quantity = dataclasses.replace(gap.quantity, kind="pp", unit="pp", counter=None)
        gap.role, gap.direction = "change", direction
        gap.change_of, gap.compared_to = level.id, before.id
        gap.metric = level.metric or gap.metric
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _points_figure(claim: Claim, lang: str) -> bool:
    """A figure in points measured from nothing: percentage points, or a count of points (the role stage may
    have made it a change of the earlier rate alone: `That compares with 63.9% …, an increase of 4.5 points`)."""
    if claim.compared_to is not None or claim.role == "conversion":
        return False
    if claim.kind == "pp":
        return True
    return claim.kind == "count" and bool(claim.counter) and bool(_POINTS[lang].fullmatch(claim.counter))
