"""The figure of the time a change is measured from, stated in a clause after it: `grossed $163.2m, up 22% from
the same weekend last year, when they took $133.8m`.

A change tied to no earlier figure, then `from`/`than`/`since` and a time (`the same weekend last year`, `July 2019`), a
comma and a `when` clause (`[link.when_clause_before]`) that ends at an amount of the value's unit: that amount is
the earlier figure the change is measured from (a prior), and the value the one stated before the change.

So is the figure set in brackets right after that time (`sold 64,800 tickets, 17% more than at the same point
last year (55,400)`): the time names the earlier figure, the brackets state it."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_TO_WHEN_FIGURE = ByLanguage(
    lambda w: (
        # (`8% higher than a year before, when …`: the comparative before `than`)
        rf"\s+(?:(?:{w.comparative_above}|{w.comparative_below})\s+)?"
        rf"(?:{w.from_words}|{w.than_words}|{w.compared_words}|{w.since_words})\s+[^,.;()]{{3,50}},\s*"
        rf"(?:{w.when_clause_before})(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_TO_BRACKETED_FIGURE = ByLanguage(
    lambda w: (
        rf"\s+(?:(?:{w.comparative_above}|{w.comparative_below})\s+)?"
        rf"(?:{w.from_words}|{w.than_words}|{w.compared_words}|{w.since_words})\s+[^,.;()\d]{{3,50}}\(\s*"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_CLOSING = compile_exact(r"\s*\)")
_REACH = 120


def _earlier_in_its_sentence(figures: list[Claim], position: int, sentence: int):
    """The figures of `sentence` written before `figures[position]`, nearest first (no sentence before it: the walk
    back ends at the sentence's first figure)."""
    for i in range(position - 1, -1, -1):
        if figures[i].sentence != sentence:
            return
        yield figures[i]


def link_when_priors(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    figures = prose_figures(claims)
    for position, (change, after) in enumerate(zip(figures, figures[1:])):
        if change.role != "change" or change.compared_to is not None or change.sentence != after.sentence:
            continue
        value = by_id.get(change.change_of or "")
        if value is after:
            # `down 8% from a year earlier, when they stood at $57bn`: read as the level reached (`at`), it is the
            # earlier figure; the value is the one the sentence states before the change
            # (the figures are in text order: the walk back ends at the sentence's first figure)
            value = next(
                (
                    c
                    for c in _earlier_in_its_sentence(figures, position, change.sentence)
                    if c.role == "value" and c.unit == after.unit
                ),
                None,
            )
        if value is None or value.start > change.start or after.start - change.end > _REACH:
            continue
        if after.role not in ("value", "prior") or after.unit != value.unit or after.kind != value.kind:
            continue
        if not _TO_WHEN_FIGURE[lang].fullmatch(text, change.end, after.start) and not (
            _TO_BRACKETED_FIGURE[lang].fullmatch(text, change.end, after.start) and _CLOSING.match(text, after.end)
        ):
            continue
        after.role = "prior"
        change.change_of, change.compared_to = value.id, after.id
