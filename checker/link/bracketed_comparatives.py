"""A figure's figure of the period before, alone in brackets right after it: `lifting the margin to 9.2% (8.1%)`,
`revenue rose to £80.0m (£72.0m)`, `operating profit of £8.0m (£6.0m)`.

Results copy writes the comparable figure of the year before bare in brackets after the new one, with no word
between. A figure of the same kind and unit (an equivalent in another currency is a conversion, of another unit)
standing alone in brackets right after a figure stated as a level, itself read as a second level of no relation of
its own, is that earlier figure: a prior of the same metric, company and period basis. A margin's checks then
divide the earlier profit by the earlier revenue for it (link/margin_bases.py), not this period's figures.
A figure with words in the brackets (`(8.1% a year earlier)`, `(전년 8.1%)`) is for the rules that read those
words. Linear: one pass over the prose figures, each against the one before it.
"""

from __future__ import annotations

from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_KINDS = ("money", "count", "measure", "percent")
_LEVELS = ("value", "share")
_OPEN = compile_exact(r"\s?\(\s?")
_CLOSE = compile_exact(r"\s?\)")


def link_bracketed_comparatives(claims: list[Claim], text: str) -> None:
    figures = prose_figures(claims)
    for figure, earlier in zip(figures, figures[1:], strict=False):
        if (
            figure.kind not in _KINDS
            or figure.role not in _LEVELS
            or earlier.role not in _LEVELS
            or (earlier.kind, earlier.unit, earlier.counter) != (figure.kind, figure.unit, figure.counter)
            or earlier.sentence != figure.sentence
            or earlier.metric not in (None, figure.metric)
            or earlier.change_of is not None
            or earlier.compared_to is not None
            or earlier.part_of is not None
            or not _OPEN.fullmatch(text, figure.end, earlier.start)
            or not _CLOSE.match(text, earlier.end)
        ):
            continue
        earlier.role = "prior"
        earlier.metric = figure.metric
        if not earlier.entities:
            earlier.entities = list(figure.entities)
