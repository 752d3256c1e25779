"""A profit stated against a loss a period before, and the swing between them: `net profit of $312 million, compared
with a loss of $84 million a year earlier, a turnaround of $396 million` (issue 11).

The figure after a swing noun (`an improvement of`, `a turnaround of`, `a swing of`) is the difference of the level
and the figure compared with in its sentence, one of which is a loss (`a loss of`, `a net loss of`): profit − (−loss)
= the swing, which the difference kind checks with the loss negative. The level is the value of the unit right
before the figure compared with, which stands right before the swing (a value read so becomes a baseline). The
loss is returned as a deficit and the other as a surplus, so that the check counts them signed. Language words are
data (`[link.loss_before]`, `[link.loss_nouns]`, `[link.swing_nouns_before]`). A level its own clause
names a loss however it is joined (`narrowed its net loss to $20m`) is a smaller loss: the swing is a plain difference.
A level named `a loss of` compared with a figure named a loss too (`from a $26m loss`, `[link.loss_after]`) is
one: the swing is their plain difference, its direction the way they moved (the noun gives its size only).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_LOSS_BEFORE = ByLanguage(lambda w: rf"(?:{w.loss_before})\s*$", re.I)
_LOSS_NAMED = ByLanguage(lambda w: rf"(?:{w.loss_nouns})", re.I)
_LOSS_AFTER = ByLanguage(lambda w: rf"(?:{w.loss_after})", re.I)
_SWING_BEFORE = ByLanguage(lambda w: rf"(?:{w.swing_nouns_before})\s*$", re.I)
_REACH = 24  # characters before a figure its noun may take
_CLAUSE_REACH = 60  # characters before the level its clause may name it a loss in
_STARTS = ("prior", "baseline")


def link_turnarounds(claims: list[Claim], text: str, lang: str) -> tuple[list[str], list[str]]:
    """Link each swing to its level and the loss (or profit) it is measured from; (deficits, surpluses) by id."""
    deficits: list[str] = []
    surpluses: list[str] = []
    by_sentence = group_by_sentence(
        c for c in claims if c.kind == "money" and not c.furniture and c.role != "conversion"
    )
    for figures in by_sentence.values():
        for i in range(2, len(figures)):
            level, compared, swing = figures[i - 2], figures[i - 1], figures[i]
            if swing.role not in ("value", *_STARTS) or swing.change_of is not None or level.role != "value":
                continue
            if compared.role not in ("value", *_STARTS) or len({level.unit, compared.unit, swing.unit}) != 1:
                continue
            if not _SWING_BEFORE[lang].search(text, max(0, swing.start - _REACH), swing.start):
                continue
            level_lost = _LOSS_BEFORE[lang].search(text, max(0, level.start - _REACH), level.start) is not None
            # a level its clause names a loss some other way (`its net loss narrowed to $20m`) is a smaller loss, and
            # what it is compared with a loss too: no turnaround, whatever words the compared figure carries
            clause_from = max(0, level.start - _CLAUSE_REACH, figures[i - 3].end if i >= 3 else 0)
            if not level_lost and _LOSS_NAMED[lang].search(text, clause_from, level.start) is not None:
                continue
            # (the compared figure named a loss by a noun right after it, `from a $26m loss`, is a loss too)
            compared_lost = (
                _LOSS_BEFORE[lang].search(text, max(0, compared.start - _REACH), compared.start) is not None
                or _LOSS_AFTER[lang].match(text, compared.end) is not None
            )
            if level_lost and compared_lost:
                # two losses (`a loss of $20m, narrowing from a $26m loss, an improvement of $6m`): the noun states
                # the size of a plain difference, which goes the way the two losses moved
                if level.value != compared.value:
                    if compared.role == "value":
                        compared.role = "baseline"
                    swing.role, swing.direction = "change", 1 if level.value > compared.value else -1
                    swing.change_of, swing.compared_to = level.id, compared.id
                    swing.guesses = sorted(set(swing.guesses) | {"relation"})
                continue
            if level_lost == compared_lost:
                continue  # a swing between two profits is a plain difference
            if compared.role == "value":
                compared.role = "baseline"  # `compared with a net loss of $130m`: what the level is compared with
            swing.role, swing.direction = "change", -1 if level_lost else 1
            swing.change_of, swing.compared_to = level.id, compared.id
            swing.metric, swing.entities, swing.period = level.metric, level.entities, level.period
            loss, profit = (level, compared) if level_lost else (compared, level)
            deficits.append(loss.id)
            surpluses.append(profit.id)
    return deficits, surpluses
