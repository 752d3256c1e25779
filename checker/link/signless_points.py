"""A change in points named by a verb that gives no sign: `손해율은 70.1%로, 7.6%포인트 개선됐다`, `the loss ratio
improved by 7.6 points`.

`개선`/`improved` and `악화`/`worsened` say which way is better, not which way the rate moved: a margin's improvement
is a rise, a loss ratio's or an unemployment rate's a fall. The extractor reads such a verb as a rise or a fall;
once the change is linked between two rates (by any rule), its direction is the one the rates moved, and the rates
kind checks its size only. Words are data (`[link.signless_change_verbs]`, `[link.particles_before_verb]`,
`[link.by_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `7.6%포인트 개선됐다`: the verb right after the size (past a particle)
_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:{w.signless_change_verbs})", re.I, first_tested=False
)
# `improved by 7.6 points`, `worsened 2 points`: the verb right before the size
_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.signless_change_verbs})\s+(?:(?:{w.by_words})\s+)?$", re.I)
_VERB_REACH = 24


def sign_signless_points(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.kind != "pp" or change.role != "change":
            continue
        value, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if value is None or prior is None or value.kind != "percent" or prior.kind != "percent":
            continue
        if value.value == prior.value:
            continue
        if not (
            _VERB_AFTER[lang].match(text, change.end)
            or _VERB_BEFORE[lang].search(text, max(0, change.start - _VERB_REACH), change.start)
        ):
            continue
        change.direction = 1 if value.value > prior.value else -1
