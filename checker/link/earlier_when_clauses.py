"""A figure stated in a `when` clause hung on an earlier time: `Tickets sold at £4 each, up from £3 in 2024, when 900
were sold for £2,700`, `It drew 900 entries, against 700 a year earlier, when 60 clubs took part`.

The clause opens right after a time the language names as an earlier period (`last year`, `a year earlier`, `the
previous season`: `[link.prior_after]`), then a comma and `when` (`[link.when_opens_clause]`); the figures it holds
up to its end are of that time, whatever role their own words give them: no total nor count that a figure of the
story's own time divides or is divided by. Language words are data.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# (the earlier time, a comma, the clause's opening word, then words of no clause stop up to the figure)
_EARLIER_WHEN = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.prior_after}),?\s+(?:{w.when_opens_clause})(?![^\W\d_])[^.;:!?()\n]*$",
    re.I,
)
_REACH = 80  # characters before a figure where the earlier time and its `when` may stand


def in_an_earlier_when_clause(figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure stands in a `when` clause hung on an earlier time (`a year earlier, when 900 were sold`)."""
    return _EARLIER_WHEN[lang].search(text, max(0, figure.start - _REACH), figure.start) is not None
