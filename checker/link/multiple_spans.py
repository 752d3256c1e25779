"""A multiple written with the span of years it grew over (`120톤…10년 새 여섯 배`, `5년 만에 세 배로`, `sixfold in ten
years`, `tripled over the past six years`): it is of the figure that many years before, not of a year-ago prior the
body states beside the figure restated (`지난해 96톤보다 25% 늘었다`). The rules that read a multiple's prior from a
later sentence ask here how many years the multiple spans (more than one: a span of one year is their default
reading) and how many years apart the prior and the restated figure are (by their periods, of one grain); when the
two differ, or either is unsaid, that prior is none (when unsure, link nothing).

The span's words are data: the number (digits or a span's number words), `[link.elapsed_years]`, and the mark after
it (`[link.multiple_span_after]`: `새`, `만에`) or before it (`[link.multiple_span_before]`: `in`, `over the past`).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import link_alternations
from checker.link.elapsed import span_counts
from checker.models import Claim
from checker.regex_cache import compile_exact, compile_re

_SPAN_AFTER_REACH = 40  # characters after a multiple where the span it grew over is written (`tripled in six years`)
_CLAUSE_END = compile_exact(r"[,.;:!?()\n]")


# A span of years written before a multiple (`10년 새 여섯 배`, `in ten years`): the number of years (group `ko`, the
# number before the unit and the mark after it; group `en`, the mark, then the number and the unit)
@functools.cache
def _span_years(code: str) -> re.Pattern[str]:
    w = link_alternations(code)
    number = span_counts(code)[1]
    return compile_re(
        rf"(?<![\w.,])(?P<ko>{number})\s?(?:{w.elapsed_years})\s?(?:{w.multiple_span_after})"
        rf"|(?<![^\W\d_])(?:{w.multiple_span_before})\s+(?P<en>{number})\s+(?:{w.elapsed_years})(?![^\W\d_])",
        re.I,
    )


def years_spanned(value: Claim, multiple: Claim, text: str, lang: str) -> int | None:
    """The years a span written between the figure and its multiple counts (`120톤…10년 새 여섯 배`, `$2bn, six
    times as much in ten years`), when more than one: the multiple is of the figure that many years before, no
    year-ago prior the body states (a span of one year is the default reading)."""
    clause = _CLAUSE_END.search(text, multiple.end, multiple.end + _SPAN_AFTER_REACH)
    after_end = clause.start() if clause else min(len(text), multiple.end + _SPAN_AFTER_REACH)
    found = _span_years(lang).search(text, value.end, multiple.end) or _span_years(lang).search(
        text, multiple.end, after_end
    )
    if found is None:
        return None
    written = (found.group("ko") or found.group("en") or "").lower()
    years = int(written) if written.isdigit() else span_counts(lang)[0].get(written)
    return years if years is not None and years > 1 else None


def years_apart(prior: Claim, restated: Claim) -> int | None:
    """How many years the restated figure's period is after the prior's, both of one grain (None when either is
    unsaid)."""
    if prior.period is None or restated.period is None or prior.period.grain != restated.period.grain:
        return None
    return restated.period.year - prior.period.year
