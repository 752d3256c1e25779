"""Points between a rate stated before and the earlier rate named with the points: `Prices rose 0.4% in May.
That is 0.1 percentage point more than April's 0.3%`, `서울 아파트 전셋값은 0.15% 올랐다. 전주 상승률(0.11%)보다
0.04%포인트 확대됐다`. The points' own sentence names the earlier rate (a baseline) but not the rate it is the
gap from; that rate is the one the sentence before states.

- the points' sentence: one points change linked to nothing, one rate that is a baseline or a prior (before the
  points, `…(0.11%)보다 0.04%포인트`, or after their comparison, `0.5 percentage point higher than the 3.8%`),
  and no other rate;
- the rate: in the nearest earlier sentence of the paragraph that states rates (at most two sentences back, so a
  sentence of counts may stand between), the one rate that is neither a baseline nor a prior;
- a word that says which way the points go: the comparison right after them (`낮다`, `below`) or the verb the
  role stage read (`확대됐다`, `widened`);
- no metric or entity, named by both and guessed by neither, that differs.

Two rates on different subjects in those sentences would be taken as one pair, so a sentence with two candidate
rates links nothing. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import named_differently
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_RATES = ("percent", "pp")
_EARLIER = ("baseline", "prior")
# A sentence of counts (`신생아는 5만6천명이었다`) may stand between the rate and the points that measure from it.
_SENTENCES_BACK = 2
# `0.05%포인트 낮다`, `0.2 percentage point less`: right after the points, a comparison of size says which way they go.
_MORE_OR_LESS_AFTER = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.particles_before_verb})?\s?(?:(?:{w.further_before_verb})\s?)?"
        rf"(?:(?P<more>{w.gap_more}|{w.comparative_above})|{w.gap_less}|{w.comparative_below})"
    ),
    re.I,
)


def link_points_from_rate_before(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        rates = [c for c in figures if c.kind in _RATES]
        points = [c for c in rates if c.kind == "pp" and c.role == "change" and c.change_of is None]
        if len(points) != 1 or len(rates) != 2 or points[0].compared_to is not None:
            continue
        change = points[0]
        baseline = next(c for c in rates if c is not change)
        if baseline.kind != "percent" or baseline.role not in _EARLIER:
            continue
        value = _rate_before(change, by_sentence)
        if value is None or any(named_differently(value, baseline, key) for key in ("metric", "entities")):
            continue
        comparison = _MORE_OR_LESS_AFTER[lang].match(text, change.end)
        direction = (1 if comparison.group("more") else -1) if comparison else change.direction
        if direction == 0 or (baseline.start > change.end and comparison is None):
            continue  # no word says which way the points go, or that the rate after them is compared with
        change.direction = direction
        change.change_of, change.compared_to = value.id, baseline.id
        change.metric = change.metric or value.metric
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _rate_before(change: Claim, by_sentence: dict[int, list[Claim]]) -> Claim | None:
    """The one rate of the nearest earlier sentence of the paragraph that states rates."""
    for sentence in range(change.sentence - 1, change.sentence - 1 - _SENTENCES_BACK, -1):
        figures = by_sentence.get(sentence, [])
        if any(c.paragraph != change.paragraph for c in figures):
            return None
        if not any(c.kind in _RATES for c in figures):
            continue
        candidates = [c for c in figures if c.kind == "percent" and c.role not in _EARLIER]
        return candidates[0] if len(candidates) == 1 else None
    return None


def sign_points_by_comparison(claims: list[Claim], text: str, lang: str) -> None:
    """`1년 전 0.76%보다 0.05%포인트 낮다`: points linked between two rates (by any rule) take their sign from the
    comparison right after them when there is one; a verb read before it (`높아`, `rose`) is the rate's, and
    `낮다` is no fall verb."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.kind != "pp" or change.role != "change" or change.compared_to is None:
            continue
        earlier = by_id.get(change.compared_to)
        if earlier is None or earlier.kind != "percent":
            continue
        comparison = _MORE_OR_LESS_AFTER[lang].match(text, change.end)
        if comparison is not None:
            change.direction = 1 if comparison.group("more") else -1
