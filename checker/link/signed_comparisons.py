"""`1년 전(4070억달러)과 비교하면 2.9% 적은 수준이다`, `12% less than the $50m of a year earlier`: a rate of change
measured from a stated figure takes its sign from the comparison of size right after it. Roles read a rate after
`보다`/`과 비교하면` as a rise (`많은`, `높다` are no rise verbs, `적은`, `낮다` no fall verbs): without this the
growth check reads a smaller value as a rise. A rate in parentheses after the gap it restates (`7천원(15.2%)
낮았다`) takes the sign of the word after the parenthesis. Words are data (`[link.gap_more]`, `[link.gap_less]`,
`[link.comparative_above]`, `[link.comparative_below]`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim

# right after a rate or fraction (a bracket closed between), the word of size that compares it, more or less
# (`12% 많다`, `4분의 1 많은`, `5분의 1 가량 싸지만`); also how roles.py tells a fraction compared
MORE_OR_LESS_AFTER = ByLanguage(
    lambda w: (
        rf"\)?\s?(?:{w.particles_before_verb})?\s?(?:(?:{w.further_before_verb})\s?)?"
        rf"(?:(?P<more>{w.gap_more}|{w.comparative_above})|{w.gap_less}|{w.comparative_below})"
    ),
    re.I,
)


def sign_rates_by_comparison(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.kind not in ("percent", "fraction") or change.role != "change" or change.compared_to is None:
            continue
        earlier = by_id.get(change.compared_to)
        if earlier is None or earlier.kind not in AMOUNTS:
            continue
        sign = comparison_sign(change, text, lang)
        if sign is not None:
            change.direction = sign


def comparison_sign(change: Claim, text: str, lang: str) -> int | None:
    """The sign the comparison of size right after a rate gives it (`2.9% 적은`: -1, `12% more than`: +1), or None."""
    comparison = MORE_OR_LESS_AFTER[lang].match(text, change.end)
    if comparison is None:
        return None
    return 1 if comparison.group("more") else -1
