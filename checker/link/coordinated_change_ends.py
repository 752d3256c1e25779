"""An amount and a rate of one change, written side by side, move one level from one prior: `지난해 상반기 40회보다
공연이 10회, 25% 늘었다`, `Sales were 1,200 units, up 200, or 20%, from 1,000`, `가입자는 1만 명(25%) 늘었다`.

A change by an amount (money, a count, a measure) and a change by a rate written right after or before it, joined by
a comma, `or` or parentheses (`[link.amount_rate_commas]`, `[link.or_words]`), in one direction, say one move twice:
when the rules before tied one of the two to the level it moved to (and the prior it moved from) and left the other
tied to nothing, the other takes the same ends — the amount when the level and the prior are of its unit (the
difference kind then checks level − prior = amount), the rate when the level is of the amount's unit. A pair whose
tied one has no level, or two such pairs side by side (`10회, 25%, 3천 명, 12%`: which pairs with which is said by
order only), and nothing is read. Found by the words that join them, so no guess is added beyond the tied one's.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_JOIN = ByLanguage(
    lambda w: rf"\s*(?:\(\s*|,?\s+(?:{w.or_words})\s+|(?:{w.amount_rate_commas})\s*)", re.I, first_tested=False
)
_CLOSE = compile_exact(r"\s*\)")
_AMOUNTS = ("money", "count", "measure")


def link_coordinated_change_ends(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and not c.table_cell]
    for members in group_by_sentence(figures).values():
        for at, (first, second) in enumerate(zip(members, members[1:])):
            if first.kind == "percent" and second.kind in _AMOUNTS:
                amount, rate = second, first
            elif first.kind in _AMOUNTS and second.kind == "percent":
                amount, rate = first, second
            else:
                continue
            if amount.role != "change" or rate.role != "change" or amount.direction * rate.direction < 0:
                continue
            if not _joined(first, second, text, lang):
                continue
            # (`10회, 25%, 3천 명, 12%`: a pair beside another pair of the kinds, each its own move)
            before = members[at - 1] if at > 0 else None
            after = members[at + 2] if at + 2 < len(members) else None
            if any(c is not None and c.role == "change" and c.kind in (*_AMOUNTS, "percent") for c in (before, after)):
                continue
            tied, free = (rate, amount) if amount.change_of is None else (amount, rate)
            if free.change_of is not None or free.compared_to is not None or tied.change_of is None:
                continue
            value, prior = by_id.get(tied.change_of), by_id.get(tied.compared_to or "")
            if value is None or value.unit != amount.unit or value.kind != amount.kind:
                continue
            if free is amount and (prior is None or prior.unit != amount.unit):
                continue  # (an amount needs the prior it is measured from)
            free.change_of, free.compared_to = tied.change_of, tied.compared_to
            if free.direction == 0:
                free.direction = tied.direction
            for guess in tied.guesses:
                if guess not in free.guesses:
                    free.guesses.append(guess)


def _joined(first: Claim, second: Claim, text: str, lang: str) -> bool:
    join = _JOIN[lang].match(text, first.end)
    if join is None or join.end() != second.start:
        return False
    if "(" in join.group(0):
        return _CLOSE.match(text, second.end) is not None
    return True
