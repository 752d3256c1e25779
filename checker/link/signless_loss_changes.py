"""A change of a loss named by a verb that says good or bad news: `영업손실은 20억원으로, 지난해 26억원 영업손실에서
6억원 개선됐다`, `its net loss improved by $6m to $20m from $26m`.

`개선`/`improved` says the result got better, and the extractor reads it as a rise; for a loss the better way is
down: a loss that improves is a smaller loss, and one that worsens (`악화`) a larger one. Once the change is linked
between a level and an earlier figure (by any rule), one of them named a loss by its own words (`[link.loss_before]`
right before a figure, `[link.loss_after]` right after it, `[link.loss_nouns]` in the words before it), the
verb's direction is turned. A swing from a loss to a profit (link/turnarounds.py, link/swings_named_after.py) counts
the loss negative and keeps its direction: its figures are returned as deficits and surpluses and are left alone
here. Words are data (`[link.signless_change_verbs]`, `[link.particles_before_verb]`, `[link.by_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_AMOUNTS = ("money", "count")
# `6억원 개선됐다`: the verb right after the size (past a particle)
_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:{w.signless_change_verbs})", re.I, first_tested=False
)
# `improved by $6m`: the verb right before the size
_VERB_BEFORE = ByLanguage(lambda w: rf"(?:{w.signless_change_verbs})\s+(?:(?:{w.by_words})\s+)?$", re.I)
_LOSS_BEFORE = ByLanguage(lambda w: rf"(?:{w.loss_before})\s*$", re.I)
_LOSS_AFTER = ByLanguage(lambda w: rf"^(?:{w.loss_after})", re.I)
_LOSS_NAMED = ByLanguage(lambda w: rf"(?:{w.loss_nouns})", re.I)
_VERB_REACH = 24
_REACH = 24  # characters next to a figure its loss word may take
_CLAUSE_REACH = 40  # characters before a figure (in its sentence) its clause may name it a loss in


def sign_signless_loss_changes(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int], swung: set[str]
) -> None:
    """`swung`: the ids of the figures a swing between a loss and a profit spans."""
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.kind not in _AMOUNTS or change.role != "change" or change.direction == 0:
            continue
        value, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if value is None or prior is None or value.unit != change.unit or prior.unit != change.unit:
            continue
        if {value.id, prior.id} & swung:
            continue
        if not (
            _VERB_AFTER[lang].match(text, change.end)
            or _VERB_BEFORE[lang].search(text, max(0, change.start - _VERB_REACH), change.start)
        ):
            continue
        if not (
            _named_loss(value, text, lang, sentence_starts[value.sentence])
            or _named_loss(prior, text, lang, sentence_starts[prior.sentence])
        ):
            continue
        change.direction = -change.direction


def _named_loss(figure: Claim, text: str, lang: str, sentence_start: int) -> bool:
    if _LOSS_BEFORE[lang].search(text, max(0, figure.start - _REACH), figure.start):
        return True
    if _LOSS_AFTER[lang].search(text[figure.end : figure.end + _REACH]):
        return True
    clause_from = max(sentence_start, figure.start - _CLAUSE_REACH)
    return _LOSS_NAMED[lang].search(text, clause_from, figure.start) is not None
