"""A multiple of a figure named by its metric alone, right after the multiple: `visitors spent C$9.6 million, about
three times ticket sales` (`ticket revenue reached C$3.2 million` stated before), or by its metric and the period
closing the clause (`an order book of $9bn, 1.8 times revenue for the nine months`).

The multiple knows the figure it multiplies (the one before it in its sentence) but not the one it is of; right
after it stands a metric's name (a lexicon hit) and no figure before the clause ends. The figure it is of is the
one the article states of that metric in the multiple's sentence before the multiple or in the sentence before,
in the multiplied figure's unit, stated as a value (no figure per unit, not the multiplied figure), when all such
figures are of one value. The multiple kind then checks value ÷ figure. The reading leans on the metric's name,
so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.link.view import MetricHit
from checker.models import Claim

_GAP = 24  # characters (words and spaces) between the multiple and the metric's name
_BACK = 12  # figures walked back from the multiple
# `4.4 times annualised EBITDA`: a quarter's figure scaled to a year, which the article does not state
_ANNUALISED = ByLanguage(lambda w: rf"(?:{w.annualised_words})", re.I)
# `equal to 1.9 times revenue for the nine months`: after the metric's name, the period it is of closes the clause
# (`[link.figure_time_prepositions]`, a few words, `[link.period_units]`)
_PERIOD_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.figure_time_prepositions})\s+(?:[^\W\d_]+\s+){{0,3}}(?:{w.period_units})s?(?=[,.;:)]|\s*$)",
    re.I,
)


def link_multiples_of_metric(claims: list[Claim], metric_hits: list[MetricHit], text: str, lang: str) -> None:
    if not metric_hits:
        return
    figures = prose_figures(claims)
    hit_starts = [h.start for h in metric_hits]
    by_id = {c.id: c for c in figures}
    values_of: dict[str, list[int]] | None = None  # (built on first need, once per article)
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
        if _ANNUALISED[lang].search(text, multiple.end, hit.end):
            continue
        following = figures[i + 1] if i + 1 < len(figures) else None
        if following is not None and following.sentence == multiple.sentence:
            continue  # a figure after the metric's name: the rules of one sentence decide
        if not _clause_ends(text, hit.end) and not _PERIOD_AFTER[lang].match(text, hit.end):
            continue
        near = range(i - 1, max(-1, i - 1 - _BACK), -1)
        found = [
            figures[j]
            for j in near
            if _near(figures[j], multiple) and _of_metric(figures, j, value, hit.metric, metric_hits, hit_starts)
        ]
        if not found:
            # `Net debt stands at A$40m, about 4.3 times EBITDA` with EBITDA stated earlier in the paragraph, or
            # `loans total £11m, almost one and a half times annual turnover` with the article's one turnover
            # stated paragraphs before: the figures of the metric stated before, when they are of one value
            if values_of is None:
                values_of = _values_by_metric(figures)
            before = values_of.get(hit.metric, [])
            k = bisect.bisect_left(before, i)
            found = [
                figures[j] for j in before[:k] if _of_metric(figures, j, value, hit.metric, metric_hits, hit_starts)
            ]
            first = found[0] if found else None
            if first is not None and first.part_of is None and all(c.value < first.value for c in found[1:]):
                # (the first figure of the metric, larger than every later one, is the whole they break down)
                found = [first]
        if not found or len({c.value for c in found}) != 1 or found[0].low <= 0:
            continue
        measure = found[0]
        if multiple.value > 1 and value.value <= measure.value:
            continue
        multiple.compared_to = measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _of_metric(
    figures: list[Claim], j: int, value: Claim, metric: str, hits: list[MetricHit], hit_starts: list[int]
) -> bool:
    """Whether the figure at `j` is a stated value of the metric, named by it, in the multiplied figure's unit."""
    c = figures[j]
    return (
        _named_by(c, figures[j - 1] if j else None, hits, hit_starts, metric)
        and c.id != value.id
        and c.metric == metric
        and c.role == "value"
        and (c.kind, c.unit) == (value.kind, value.unit)
        and not c.per_unit_of
        and not c.units_of
    )


def _near(figure: Claim, multiple: Claim) -> bool:
    """The multiple's sentence, the one before, or its paragraph."""
    return figure.sentence >= multiple.sentence - 1 or (
        figure.paragraph is not None and figure.paragraph == multiple.paragraph
    )


def _values_by_metric(figures: list[Claim]) -> dict[str, list[int]]:
    """The places (in `figures`, in order) of each metric's figures stated as values."""
    found: dict[str, list[int]] = {}
    for j, c in enumerate(figures):
        if c.metric and c.role == "value":
            found.setdefault(c.metric, []).append(j)
    return found


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
    # (a figure of another kind between in the figure's sentence, `turnover rose 12% to £7.8m`, names nothing)
    return (
        before is None
        or before.end <= hits[k].start
        or (before.kind != figure.kind and before.sentence == figure.sentence)
    )


def _clause_ends(text: str, at: int) -> bool:
    """Whether the metric's name closes its clause: punctuation or the text's end right after it."""
    rest = text[at : at + 1]
    return not rest or not (rest.isalnum() or rest.isspace())
