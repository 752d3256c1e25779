"""Figures grouped by their sentence, in text order: most link rules read a figure's own sentence and the few
before it, and look them up here instead of scanning every claim of the article per figure."""

from __future__ import annotations

from collections.abc import Iterable

from checker.models import Claim


def group_by_sentence(figures: Iterable[Claim]) -> dict[int, list[Claim]]:
    """The figures of each sentence, in the order given (text order when `figures` is)."""
    # (a new list only for a sentence not seen yet, not one per figure as `setdefault(…, [])` makes: the link
    # rules group the article's figures about fifty times)
    out: dict[int, list[Claim]] = {}
    group_of = out.get
    for figure in figures:
        sentence = figure.sentence
        group = group_of(sentence)
        if group is None:
            out[sentence] = [figure]
        else:
            group.append(figure)
    return out
