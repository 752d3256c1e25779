"""A change whose sentence opens on the whole of a breakdown stated before it, and states no level of its own:
`The chain ran 2,310 stores: 1,520 owned and 790 franchised. Overall, the estate grew by 95 stores from 2,215.`,
`관람객은 4만2천명이었다. 성인이 3만명, 어린이가 1만2천명이었다. 전체 관람객은 지난해 3만9천명보다 3천명 늘었다.`
The clause linker measures such a change from the last figure of the sentence before (a guess: `1만2천명`), a
listed part, or from nothing; the sentence's subject names the whole (`Overall`, `전체 관람객은`), so the change,
and a rate stated beside it, is of the one total the sentence before breaks down (found by the breakdown rules, by
keys, not by size), measured from the figure its own sentence states as the earlier one. Language words are data
(`[link.whole_subjects]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_WHOLE_SUBJECT = ByLanguage(lambda w: rf"\s*(?:{w.whole_subjects})", re.I, first_tested=False)


def link_changes_of_listed_wholes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    moves = [
        c
        for c in claims
        if c.role == "change" and (c.change_of is None or "relation" in c.guesses) and c.kind in AMOUNTS
    ]
    if not moves or not any(c.part_of for c in claims):
        return
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    subject = _WHOLE_SUBJECT[lang]
    for change in moves:
        if change.sentence == 0 or subject.match(text, sentence_starts[change.sentence], change.start) is None:
            continue
        whole = _whole_before(by_sentence.get(change.sentence - 1, []), change, by_id)
        if whole is None:
            continue
        compared = by_id.get(change.compared_to) if change.compared_to else _one_earlier(by_sentence, change, whole)
        if compared is None or compared.unit != whole.unit:
            continue
        for rate in by_sentence.get(change.sentence, []):
            # a rate stated beside the change (`95 stores, or 4.3%,`) is of the same figure
            if rate is not change and rate.role == "change" and rate.change_of == change.change_of is not None:
                rate.change_of = whole.id
        change.change_of, change.compared_to = whole.id, compared.id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _whole_before(figures: list[Claim], change: Claim, by_id: dict[str, Claim]) -> Claim | None:
    """The one total whose listed parts the sentence before states, in the change's unit."""
    wholes = {c.part_of for c in figures if c.part_of and c.unit == change.unit and by_id.get(c.part_of) is not None}
    if len(wholes) != 1:
        return None
    whole = by_id[wholes.pop()]
    if whole.sentence >= change.sentence or (change.counter and whole.counter not in ("", change.counter)):
        return None
    return whole


def _one_earlier(by_sentence: dict[int, list[Claim]], change: Claim, whole: Claim) -> Claim | None:
    """The one figure of the whole's unit the change's sentence states as what it was before."""
    earlier = [
        c for c in by_sentence.get(change.sentence, []) if c.role in ("prior", "baseline") and c.unit == whole.unit
    ]
    return earlier[0] if len(earlier) == 1 else None
