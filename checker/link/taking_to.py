"""A change stated by what was added or cut, then the total it brought: `The bank added 112 branches during the year,
taking its network to 5,318 from 5,206.`, `The company cut 1,200 jobs, bringing its workforce to 15,300.` (issue 11).

A figure right after a verb of adding (`added`, `hired`, `opened`) or cutting (`cut`, `shed`, `closed`) is the change
of the level its clause goes on to reach (`, taking … to X`, `, bringing … to X`), in its sentence and unit (a level
written bare, `to 5,318`, counts what the change counts); the figure after `from` right after the level is what it
was measured from. Then X − Y = ±Z, which the difference kind checks (with no Y, the difference check finds none and
nothing is checked). Language words are data (`[link.added_before]`, `[link.removed_before]`, `[link.taking_to]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_ADDED = ByLanguage(lambda w: rf"\b(?:{w.added_before})\s+(?:(?:a\s+net|another|a\s+further)\s+)?$", re.I)
_REMOVED = ByLanguage(lambda w: rf"\b(?:{w.removed_before})\s+(?:(?:a\s+net|another|a\s+further)\s+)?$", re.I)
# `, taking its network to `: from the change's clause to the level it reached (its noun, a time, at most a few words)
_TAKING_TO = ByLanguage(lambda w: rf"[^.;]{{0,40}}?,?\s+(?:{w.taking_to})\s+$", re.I)
_FROM = ByLanguage(lambda w: rf",?\s+(?:{w.from_words})\s+", re.I)
_VERB_REACH = 24
_AMOUNTS = ("money", "count", "measure")


def link_taking_to(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for change in figures:
        if change.role != "value" or change.change_of is not None:
            continue
        window = text[max(0, change.start - _VERB_REACH) : change.start]
        added, removed = _ADDED[lang].search(window), _REMOVED[lang].search(window)
        if not (added or removed):
            continue
        after = [c for c in by_sentence.get(change.sentence, []) if c.start >= change.end]
        if not after or after[0].unit != change.unit or not _same_count(change, after[0]):
            continue
        level = after[0]
        if level.role != "value" or not _TAKING_TO[lang].fullmatch(text, change.end, level.start):
            continue
        compared = after[1] if len(after) > 1 else None
        if compared is not None and not (
            compared.unit == change.unit
            and _same_count(change, compared)
            and compared.role in ("baseline", "prior", "value")
            and _FROM[lang].fullmatch(text, level.end, compared.start)
        ):
            compared = None
        change.role, change.direction = "change", 1 if added else -1
        change.change_of = level.id
        if compared is not None:
            compared.role = "baseline" if compared.role == "value" else compared.role
            change.compared_to = compared.id


def _same_count(change: Claim, other: Claim) -> bool:
    """Of one counter, or one of them written bare (`112 branches … to 5,318`)."""
    return change.counter == other.counter or not change.counter or not other.counter
