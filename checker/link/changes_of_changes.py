"""A change measured against an earlier change: `전달 증가 폭(17만명)과 비교하면 5만명 줄어든`.

The figure compared with, or the change itself, is named as the size of a change (`증가 폭`, `증가분`,
`last month's gain of`, `상승 폭이 0.2%포인트 줄었다`):
what moved is the change the text states before it, not the level that change is of. The change is
linked to that stated change (the nearest one of the compared figure's unit, in its sentence or the one
before); when there is none, it is left unlinked rather than measured against a level.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `증가 폭은 8월 11만명보다`: the size of a change as the topic, one word (the period) before the figure it names
_SIZE_OF_A_CHANGE_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.change_size_nouns})(?:(?:{w.topic_particles})\s\S{{1,6}}\s?)?\s?\(?\s?$"
)
# `상승 폭이 0.2%포인트 줄었다`: the size of a change as the subject of the change (English states none so)
_SIZE_OF_A_CHANGE_MOVES = ByLanguage(lambda w: rf"(?:{w.change_size_nouns})(?:{w.topic_particles})\s?$")


def link_changes_of_changes(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    for position, change in enumerate(claims):
        if change.role != "change":
            continue
        # `1.8% 올라 전월(2.0%)보다 상승 폭이 0.2%포인트 줄었다`: the change says it moves a change's size
        moves_a_size = _SIZE_OF_A_CHANGE_MOVES[lang].search(text, max(0, change.start - 16), change.start)
        baseline = by_id.get(change.compared_to or "")
        if baseline is None and moves_a_size:
            baseline = next(
                (
                    c
                    for c in reversed(claims[:position])
                    if c.sentence == change.sentence and c.role in ("prior", "baseline")
                ),
                None,
            )
        if baseline is None or not (
            moves_a_size or _SIZE_OF_A_CHANGE_BEFORE[lang].search(text, max(0, baseline.start - 16), baseline.start)
        ):
            continue
        change.compared_to = baseline.id
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
