"""A multiple of a figure named by its metric alone, right after the multiple: `visitors spent C$9.6 million, about
three times ticket sales` (`ticket revenue reached C$3.2 million` stated before).

The multiple knows the figure it multiplies (the one before it in its sentence) but not the one it is of; right
after it stands a metric's name (a lexicon hit) and no figure before the clause ends. The figure it is of is the
one the article states of that metric in the multiple's sentence before the multiple or in the sentence before,
in the multiplied figure's unit, stated as a value (no figure per unit, not the multiplied figure), when all such
figures are of one value. The multiple kind then checks value ÷ figure. The reading leans on the metric's name,
so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import bisect

from checker.link.view import MetricHit
from checker.models import Claim

_GAP = 24  # characters (words and spaces) between the multiple and the metric's name
_BACK = 12  # figures walked back from the multiple


def link_multiples_of_metric(claims: list[Claim], metric_hits: list[MetricHit], text: str) -> None:
    if not metric_hits:
        return
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    hit_starts = [h.start for h in metric_hits]
    by_id = {c.id: c for c in figures}
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        value = by_id.get(multiple.change_of or "")
        if value is None or value.sentence != multiple.sentence or value.end > multiple.start or value.low <= 0:
            continue
        k = bisect.bisect_left(hit_starts, multiple.end)
        if k == len(metric_hits) or not _words_only(text, multiple.end, metric_hits[k].start):
            continue
        hit = metric_hits[k]
        following = figures[i + 1] if i + 1 < len(figures) else None
        if following is not None and following.sentence == multiple.sentence:
            continue  # a figure after the metric's name: the rules of one sentence decide
        if not _clause_ends(text, hit.end):
            continue
        found = [
            c
            for j in range(i - 1, max(-1, i - 1 - _BACK), -1)
            if (c := figures[j]).sentence >= multiple.sentence - 1
            and _named_by(c, figures[j - 1] if j else None, metric_hits, hit_starts, hit.metric)
            and c.id != value.id
            and c.metric == hit.metric
            and c.role == "value"
            and (c.kind, c.unit) == (value.kind, value.unit)
            and not c.per_unit_of
            and not c.units_of
        ]
        if not found or len({c.value for c in found}) != 1 or found[0].low <= 0:
            continue
        measure = found[0]
        if multiple.value > 1 and value.value <= measure.value:
            continue
        multiple.compared_to = measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _words_only(text: str, start: int, end: int) -> bool:
    """Whether only a few words stand between the multiple and the metric's name (`four times ticket sales`)."""
    gap = text[start:end]
    return len(gap) <= _GAP and all(ch.isalpha() or ch.isspace() for ch in gap)


def _named_by(figure: Claim, before: Claim | None, hits: list[MetricHit], hit_starts: list[int], metric: str) -> bool:
    """Whether the last metric name before the figure is the metric's, with no other figure between
    (`ticket revenue reached C$3.2 million`, not `…, or C$50 per visitor` after it)."""
    k = bisect.bisect_right(hit_starts, figure.start) - 1
    if k < 0 or hits[k].metric != metric or hits[k].end > figure.start:
        return False
    return before is None or before.end <= hits[k].start


def _clause_ends(text: str, at: int) -> bool:
    """Whether the metric's name closes its clause: punctuation or the text's end right after it."""
    rest = text[at : at + 1]
    return not rest or not (rest.isalnum() or rest.isspace())
