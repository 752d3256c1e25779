"""A part pointed back with a participle naming what the ones pointed to did or had done (`1,365 of those taken, or
30 per cent`): its whole is a figure stated with that verb (`repaired 900 bicycles`, `the 1,950 left over` for `of
those left`), not any larger figure before it (`[link.subset_participles]`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `of those taken`, `of these sold`: the demonstrative (`[link.subset_demonstratives]`; `them` takes none: `1,440 of
# them unaided` says how the part did), then a participle naming what the ones pointed to did or had done
# (`[link.subset_participles]`)
_OF_THOSE_PARTICIPLE = ByLanguage(
    lambda w: rf"\s+(?:{w.subset_demonstratives})\s+(?P<verb>{w.subset_participles})(?![\w-])",
    re.I,
    first_tested=False,
)
_DOES_REACH = 30  # characters on each side of a whole where its own verb stands (`The 1,950 left over`)


def whole_does_what_the_part_names(whole: Claim, part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """A part pointed back with a participle (`1,365 of those taken, or 30 per cent`) is of a whole stated with that
    verb before or after it (`repaired 900 bicycles`, `the 1,950 left over`), not past the part; a figure before it of
    another doing is no whole of it."""
    found = _OF_THOSE_PARTICIPLE[lang].match(text, part.end, rate.start)
    if found is None:
        return True
    around = text[max(0, whole.start - _DOES_REACH) : min(whole.end + _DOES_REACH, part.start)]
    return found.group("verb").casefold() in around.casefold()
