"""A share of the cases in one closed state: `around 28 per cent patients have recovered`, `3.1% of the patients
have died`. It is the count of cases in that state over the count of cases it is a listed part of (`46,700 cases …
active cases stood at 31,900 while 13,100 people have recovered and 1,500 have died`: checker/link/tallies.py).

The share is a rate right followed (no figure between, in its clause) by a closed-case word
(`[link.closed_case_words]`): its state is that word (`recovered`; `migrated` and `died` are other states). The
part is the one listed part of a count of cases followed by the same word; the whole is the total it is listed
in (its stated figure: `rose to 46,700 cases` may be read as a bound). A second part in that state (a country's
and a region's breakdowns) leaves which is meant unsaid: nothing is linked.
Found by words across sentences, so the link is a guess (a disagreement is a warning).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# right after a figure, in its clause: the closed-case word (`people have recovered`, `patients have died`)
_STATE_AFTER = ByLanguage(lambda w: rf"[^\d.;,!?\n]{{0,30}}?\b(?:{w.closed_case_words})\b", re.I)
_WORD = ByLanguage(lambda w: rf"\b(?:{w.closed_case_words})\b", re.I)
_AMOUNTS = ("count",)


def link_case_state_shares(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    parts = [
        c
        for c in claims
        if c.part_of in by_id and c.kind in _AMOUNTS and c.role == "value" and not c.furniture and c.part_times == 1
    ]
    states = {c.id: _state(c, text, lang) for c in parts}
    for rate in claims:
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or rate.furniture:
            continue
        if not 0 < rate.value < 100:
            continue
        state = _state(rate, text, lang)
        if state is None:
            continue
        found = [p for p in parts if states[p.id] == state]
        if len(found) != 1 or len({p.part_of for p in found}) != 1:
            continue
        part = found[0]
        whole = by_id[part.part_of]
        if whole.kind not in _AMOUNTS or whole.value <= part.value:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _state(figure: Claim, text: str, lang: str) -> str | None:
    """The closed-case word that follows the figure in its clause (lowercased), else None."""
    match = _STATE_AFTER[lang].match(text, figure.end)
    if match is None:
        return None
    words = _WORD[lang].findall(text, match.start(), match.end())
    return words[-1].lower() if words else None
