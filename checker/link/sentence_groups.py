"""Figures grouped by their sentence, in text order: most link rules read a figure's own sentence and the few
before it, and look them up here instead of scanning every claim of the article per figure."""

from __future__ import annotations

from collections.abc import Iterable

from checker.models import Claim


def group_by_sentence(figures: Iterable[Claim]) -> dict[int, list[Claim]]:
    """The figures of each sentence, in the order given (text order when `figures` is)."""
    out: dict[int, list[Claim]] = {}
    for figure in figures:
        out.setdefault(figure.sentence, []).append(figure)
    return out
