"""A change measured from a figure dated a year before the level the article states for the same thing
(`올해 상반기 관람객 1만2천명이 찾았다. … 지난해 상반기에는 9천600명이 들러, 1년 새 2천400명(25%) 늘었다`, `The club has
2,400 members this spring. Last spring it had 2,000, and membership has since grown by 400, or 20%`).

The clause linker ties a change to the level its sentence states; when that figure's period is written in its
sentence and is the same period a year before a level stated earlier in the article (same kind, unit and counter,
a plain value, the only one of that period but for the headline's; for an amount of no counted noun, both
naming one metric), the figure is where the change started, not where it ended: the change
runs from it to that later level (change_of the later level, compared_to the dated figure). Found by dates and
position, so the link is a guess.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import opens_with_headline
from checker.models import Claim

_AMOUNTS = ("count", "money", "measure")
_CHANGES = (*_AMOUNTS, "percent")
_READ_IN = ("ko",)  # the languages whose comparison marks (`[link.compared_after]`) the veto below reads
# between the dated figure and its change, a comparison of its own (`전년보다`, `[link.compared_after]`)
_OWN_COMPARISON = ByLanguage(lambda w: rf"(?:{w.compared_after})")


def link_changes_since_a_dated_level(claims: list[Claim], text: str, lang: str) -> None:
    headline = opens_with_headline(text)
    by_id = {c.id: c for c in claims}
    levels: dict[tuple, list[Claim]] | None = None
    for change in claims:
        if change.role != "change" or change.compared_to is not None or change.furniture:
            continue
        if lang not in _READ_IN:
            return  # (English marks a change's own comparison by words, `up 300 on 2023`, this reading does not read)
        if change.kind not in _CHANGES:
            continue  # (a multiple compares two named figures, `지난해 면적(Y)의 1.4배`: no change over time)
        start = by_id.get(change.change_of or "")
        if start is None or start.kind not in _AMOUNTS or start.role != "value" or start.sentence != change.sentence:
            continue
        if start.period is None or start.period_span is None or start.period.grain == "day":
            continue
        if "period" in start.guesses or start.change_of or start.part_of:
            continue
        if not (start.kind == "count" and start.counter) and not _named_alike(start):
            continue  # (an amount of no counted noun is of the later level's thing only when both name one metric)
        if _OWN_COMPARISON[lang].search(text, start.end, change.start):
            continue  # (`지난해에는 Y로 전년보다 Z 늘었다`: the dated figure against its own year before)
        if text[max(0, start.start - 1) : start.start] == "(":
            continue  # (a figure in brackets names what it is compared with, no level its clause states)
        if any(
            (c.kind, c.unit, c.counter) == (start.kind, start.unit, start.counter)
            and c.sentence == start.sentence
            and start.period_span.end <= c.start < start.start
            for c in claims
        ):
            continue  # (`지난해 12명에 그쳤던 회사는 6명을 더`: the date is the first count's, not the later one's)
        if levels is None:
            levels = {}
            for c in claims:
                if c.role == "value" and c.kind in _AMOUNTS and c.period is not None and not c.furniture:
                    levels.setdefault((c.kind, c.unit, c.counter, c.period), []).append(c)
        later = start.period.later(1)
        found = [
            c
            for c in levels.get((start.kind, start.unit, start.counter, later), [])
            if c.sentence < start.sentence and c.change_of is None and c.part_of is None and not c.per_unit_of
        ]
        if headline and len(found) > 1:
            found = [c for c in found if c.sentence > 0]  # (the headline restates the lead's level, rounded)
        if len(found) != 1 or found[0].value == start.value or found[0].forecast != start.forecast:
            continue
        if not (start.kind == "count" and start.counter) and not (
            _named_alike(found[0]) and found[0].metric == start.metric
        ):
            continue
        change.change_of, change.compared_to = found[0].id, start.id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _named_alike(claim: Claim) -> bool:
    """Whether the figure names its metric in its own words (not carried from another figure)."""
    return bool(claim.metric) and "metric" not in claim.guesses
