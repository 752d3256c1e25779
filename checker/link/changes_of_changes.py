"""A change measured against an earlier change: `전달 증가 폭(17만명)과 비교하면 5만명 줄어든`.

The figure compared with is named as the size of a change (`증가 폭`, `증가분`, `last month's gain of`):
what moved is the change the text states before it, not the level that change is of. The change is
linked to that stated change (the nearest one of the compared figure's unit, in its sentence or the one
before); when there is none, it is left unlinked rather than measured against a level.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.models import Claim

_SIZE_OF_A_CHANGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.change_size_nouns})\s?\(?\s?$")


def link_changes_of_changes(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for change in claims:
        if change.role != "change" or change.compared_to is None:
            continue
        baseline = by_id.get(change.compared_to)
        if baseline is None or not _SIZE_OF_A_CHANGE_BEFORE[lang].search(
            text, max(0, baseline.start - 16), baseline.start
        ):
            continue
        stated = [
            c
            for c in claims
            if c.role == "change"
            and c is not change
            and c.end <= baseline.start
            and baseline.sentence - c.sentence <= 1
            and c.unit == baseline.unit
            and c.counter == baseline.counter
        ]
        change.change_of = stated[-1].id if stated else None
        if not stated:
            change.compared_to = None
