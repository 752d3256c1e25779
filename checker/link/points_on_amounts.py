"""Percentage points stated of amounts: `That is 25 percentage points more than the operating profit of
¥1.2 trillion`, `영업이익은 1조5000억원으로 전년 1조2000억원보다 25%포인트 증가했다`. Points lie between two
rates; where the writer compares two amounts and no rate stands near, there are no rates to take points
between, and the figure is the percent change of the amount (a mislabelled unit). It is read as one: its
kind becomes `percent` and it is linked to the value and the baseline, so the growth kind checks it.

- in one sentence: the change, one value and one baseline of one unit (`…으로 전년 …보다 Z%포인트 증가`);
- across a sentence: the change compared with an amount (`N percentage points more than … X`), whose value is
  the one amount of X's metric and unit the sentence before states (`raised its forecast to Y. That is …`).

Only when neither sentence states a rate (a share, a margin, a rate of change): with a rate near, the points
may be between rates after all, and nothing is linked. Language words are data (`[link.comparative_*]`,
`[link.than_words]`). A guess.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.roles import comparison_to
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_AMOUNTS = ("money", "count")
# `25 percentage points more than the operating profit of ¥1.2 trillion`: from the figure to the compared one.
_COMPARED_AFTER = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,2}}{comparison_to(w)}", re.I)
_BELOW = ByLanguage(lambda w: rf"\s(?:{w.comparative_below})\s", re.I)


def link_points_on_amounts(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        points = [c for c in figures if c.kind == "pp" and c.role == "change" and c.change_of is None]
        if len(points) != 1 or any(c.kind in ("percent", "pp") and c is not points[0] for c in figures):
            continue
        change = points[0]
        before = by_sentence.get(sentence - 1, [])
        if any(c.kind in ("percent", "pp") for c in before):
            continue  # a rate near: the points may be between rates
        amounts = [c for c in figures if c.kind in _AMOUNTS and c.role in ("value", "baseline", "prior")]
        linked = _in_one_sentence(amounts) or _across_sentences(change, amounts, before, text, lang)
        if linked is None:
            continue
        value, baseline = linked
        change.quantity = dataclasses.replace(change.quantity, kind="percent", unit="percent")
        change.change_of, change.compared_to = value.id, baseline.id
        baseline.role = "baseline" if baseline.role == "value" else baseline.role
        change.metric = change.metric or value.metric
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _in_one_sentence(amounts: list[Claim]) -> tuple[Claim, Claim] | None:
    """`…은 1조5000억원으로 전년 1조2000억원보다 25%포인트 증가`: one value and one baseline of one unit."""
    values = [c for c in amounts if c.role == "value"]
    compared = [c for c in amounts if c.role in ("baseline", "prior")]
    if len(values) != 1 or len(compared) != 1 or values[0].unit != compared[0].unit:
        return None
    if values[0].counter != compared[0].counter:
        return None
    return values[0], compared[0]


def _across_sentences(
    change: Claim, amounts: list[Claim], before: list[Claim], text: str, lang: str
) -> tuple[Claim, Claim] | None:
    """`…forecast to ¥1.5 trillion. That is 25 percentage points more than the operating profit of ¥1.2 trillion`."""
    compared = next((c for c in amounts if c.start > change.end), None)
    if compared is None or not _COMPARED_AFTER[lang].fullmatch(text, change.end, compared.start):
        return None
    if any(c.end <= change.start for c in amounts):
        return None  # an amount before the change in its own sentence: the value may be that one
    if not compared.metric or "metric" in compared.guesses:
        return None  # across a sentence only a metric both name says which value it is
    values = [
        c
        for c in before
        if c.kind == compared.kind
        and c.role == "value"
        and c.unit == compared.unit
        and c.counter == compared.counter
        and c.metric == compared.metric
        and "metric" not in c.guesses
    ]
    if len(values) != 1:
        return None
    if _BELOW[lang].search(text, change.end, compared.start):
        change.direction = -1
    elif change.direction == 0:
        change.direction = 1
    return values[0], compared
