"""A multiple of a figure named after it by a short noun phrase: `a global opening of $438 million, more than
twice its reported production budget of $200 million`, `three times the previous record of 1.2 million`.

multiples.py takes the figure right after `N times the` as the one multiplied; copy often names that figure
first (`its budget of`, `the previous high of`) and writes it after. When a multiple already knows the figure
it multiplies (the one before it in its sentence) but not the one it is of, and the next figure of the
sentence, of the same unit, follows it past such a phrase and nothing else, that figure is the one it is of.
The multiple kind then checks value ÷ figure. Language words are data (`[link.multiple_of_named_after]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_NAMED_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.multiple_of_named_after})\s+", re.I)


def link_multiples_named_after(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role not in ("conversion",) and not c.furniture]
    by_id = {c.id: c for c in figures}
    for multiple, after in zip(figures, figures[1:]):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        value = by_id.get(multiple.change_of or "")
        if value is None or value.sentence != multiple.sentence or value.end > multiple.start:
            continue  # the figure multiplied: stated before it, in its sentence
        if after.sentence != multiple.sentence or after.unit != value.unit or after.kind != value.kind:
            continue
        if after.role not in ("value", "baseline", "prior"):
            continue
        gap = _NAMED_AFTER[lang].match(text, multiple.end)
        if gap is None or gap.end() != after.start:
            continue
        multiple.compared_to = after.id
