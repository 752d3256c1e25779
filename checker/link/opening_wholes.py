"""A whole a sentence opens with, a part drawn from it after its noun and a comma (`Of the district's 9 schools, 4
will …`; `[link.whole_opening_marks]`): the patterns checker/link/wholes_opening.py reads, and a test for the other
linkers that the count is such a whole (what the rest of the sentence says per unit or lists is the part's)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

OPENS_WITH_WHOLE = ByLanguage(
    lambda w: (
        rf"(?:^|[.!?]\s+|\n)\s*(?:{w.whole_opening_marks})\s+(?:[^\W\d_]+['’]s?\s+){{0,2}}(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
OPENING_REACH = 60  # characters before the whole where its sentence opens
WHOLE_THEN_PART = compile_exact(r"[^\d.;:!?()]{0,40},\s*")  # the whole's noun, then the comma before the part


def whole_opening_a_part(count: Claim, text: str, lang: str) -> bool:
    """`Of the district's 9 schools, 4 will …`: the count is the whole its sentence opens with, a part drawn from it
    after its noun and a comma."""
    return bool(
        OPENS_WITH_WHOLE[lang].search(text, max(0, count.start - OPENING_REACH), count.start)
        and WHOLE_THEN_PART.match(text, count.end)
    )
