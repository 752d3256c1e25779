"""Points a rate stands above or below another, or has moved from an earlier one, written after both rates or
between them: `Pupils passed 81.2% of tests, above the national target of 80% by 1.2 percentage points`, `81.2% of
tests, a rise of 2.6 percentage points on last year's 78.6%`. The points are of the rate before them (the level)
against the other: the one right before them after a comparing word (`above`, `below`) and `by`
(`[link.by_words]`, `[link.object_particles]`; `목표치 80%를 1.2%포인트 웃돌았다`: the object particle, and the verb
after the points, `[link.exceed_verbs]`, `[link.fall_short_verbs]`), or the one right after them, after `on`,
`over`, `from` (`[link.points_measured_from]`), when a change noun names them (`[link.rise_nouns]`,
`[link.fall_nouns]`; one of no way, `an improvement of`, leaves the sign to link/signless_points.py).

The points are unlinked; the level is the figure before them (before the compared rate, for `above … by`), a rate,
or the rate points right before them are of (`above the target of 80% by 1.2 percentage points and an improvement
of 2.6 points on last year's 78.6%`). Between two rates, a count of points (`[link.point_counters]`) is percentage
points.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.earlier_gaps import in_points
from checker.models import Claim

_COMPARED = ByLanguage(
    lambda w: rf"\b(?:(?P<up>{w.comparative_above}|{w.exceed_verbs})|{w.comparative_below}|{w.fall_short_verbs})",
    re.I,
)
_BY = ByLanguage(lambda w: rf"\s*(?:{w.by_words}|{w.object_particles})\s*$", re.I)
_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"\b(?:{w.indefinite_articles}|{w.definite_articles})\s+"
        rf"(?:(?P<up>{w.rise_nouns})|(?P<down>{w.fall_nouns})|{w.signless_change_nouns})\s+(?:{w.fraction_change_of})\s*$"
    ),
    re.I,
)
_FROM_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.points_measured_from})\s+[^\d,;]{{0,30}}$", re.I)
_VERB_REACH = 3  # characters past the points to their verb (the extractor may have taken it into the points)
_REACH = 80  # characters from the level to the compared rate, or the change noun


def link_points_beyond_a_rate(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    by_id = None
    for i, points in enumerate(figures):
        if not in_points(points, lang) or points.change_of is not None or points.compared_to is not None:
            continue
        if points.role not in ("value", "change") or i < 1:
            continue
        before = figures[i - 1]
        if before.sentence != points.sentence:
            continue
        level = figures[i - 2] if i >= 2 else None
        if (
            before.kind == "percent"
            and level is not None
            and level.sentence == points.sentence
            and level.kind == "percent"
            and _above_by(level, before, points, text, lang)
        ):
            continue
        after = figures[i + 1] if i + 1 < len(figures) else None
        if after is None or after.sentence != points.sentence or after.kind != "percent":
            continue
        if before.kind == "percent":
            _moved_from(before, before, after, points, text, lang)
        elif before.kind == "pp" and before.role == "change" and before.change_of is not None:
            # points after points of the same rate (`above the target of 80% by 1.2 percentage points and an
            # improvement of 2.6 points on last year's 78.6%`): of the rate the points before are of
            by_id = by_id or {c.id: c for c in figures}
            level = by_id.get(before.change_of)
            if level is not None and level.kind == "percent":
                _moved_from(level, before, after, points, text, lang)


def _above_by(level: Claim, compared: Claim, points: Claim, text: str, lang: str) -> bool:
    if compared.start - level.end > _REACH or not _BY[lang].search(text, compared.end, points.start):
        return False
    # the comparing word before the compared rate (`above the target of 80% by`) or a verb right after the points
    # (`목표치 80%를 1.2%포인트 웃돌았다`)
    comparing = _COMPARED[lang].search(text, level.end, compared.start) or _COMPARED[lang].search(
        text, points.start, points.end + _VERB_REACH
    )
    if comparing is None:
        return False
    _link(points, level, compared, 1 if comparing.group("up") else -1)
    return True


def _moved_from(level: Claim, anchor: Claim, earlier: Claim, points: Claim, text: str, lang: str) -> None:
    """`anchor`: the figure before the points, the level or points of it."""
    if points.start - anchor.end > _REACH or not _FROM_AFTER[lang].match(text, points.end, earlier.start):
        return
    noun = _NOUN_BEFORE[lang].search(text, anchor.end, points.start)
    if noun is None:
        return
    # (a noun of no way, `an improvement of`: the points are signed by the gap, link/signless_points.py)
    _link(points, level, earlier, 1 if noun.group("up") else -1 if noun.group("down") else 0)


def _link(points: Claim, level: Claim, earlier: Claim, direction: int) -> None:
    if points.kind != "pp":
        points.quantity = dataclasses.replace(points.quantity, kind="pp", unit="pp", counter=None)
    points.role = "change"
    points.direction = direction
    points.change_of, points.compared_to = level.id, earlier.id
    points.metric = points.metric or level.metric
    points.guesses = sorted(set(points.guesses) | {"relation"})
