"""The figure a comparison is said of (`A로 B의 두 배`, `A로 B보다 C 많다`, `A is 60% of B`, `A, three
times the B`): it stands as the clause's level or subject — a level or topic particle right after it in
Korean, a comma or a link verb between it and the comparison in English — and, when both name a metric,
the figure compared with names the same one. `매출 10조원을 기록한 A사의 영업이익은 지난해 1조원의 3배` states
no figure of this year's profit: the revenue before it is not what the multiple is of.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

# Korean: `4800만원으로 …`, `4800만원은 …`; a balance named after its figure first (`56조원 적자로 …`); an average
# per unit marked as such (`하루 890명꼴로 …`)
_PARTICLE_AFTER = ByLanguage(
    lambda w: (
        rf"\s?(?:(?:{w.deficit_words}|{w.surplus_words}|{w.per_unit_generic_after})\s?)?"
        rf"(?:{w.to_particles}|{w.topic_particles})(?=[\s,])"
    )
)
# English: `$12.4m last year, three times …`, `$9bn is three times …`
_COMMA_BETWEEN = compile_exact(r"(?:\s+[^\d,;.]{0,24})?,\s+")
_LINK_BETWEEN = ByLanguage(lambda w: rf"\s+(?:{w.ratio_links})\s+", re.I)


def said_of(
    subject: Claim, compared: Claim, comparison_start: int, text: str, lang: str, subject_end: int | None = None
) -> bool:
    """Whether `subject` is the figure a comparison starting at `comparison_start` is said of (`subject_end`: where
    its words end, when past the figure: an equivalent's closing bracket, `2,000만달러(약 270억원)로`)."""
    if _named(subject) and _named(compared) and subject.metric != compared.metric:
        return False
    end = subject.end if subject_end is None else subject_end
    if _PARTICLE_AFTER[lang].match(text, end):
        return True
    return end <= comparison_start and bool(
        _COMMA_BETWEEN.fullmatch(text, end, comparison_start)
        or _LINK_BETWEEN[lang].fullmatch(text, end, comparison_start)
    )


def _named(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses
