"""Structural vetoes on the lists of parts every reading linked to a whole, run after all of them.

A list of parts in money or a unit of measure adds up to its whole only when every listed part is read in that unit.
A bare figure standing between two of the parts in their sentence, no clause end between (`oats account for 40
million pounds, rye for 21 million and barley for the remaining 9 million`), is a part written without its unit,
which the sum cannot take in: the list is left unlinked rather than added up short.
"""

from __future__ import annotations

from checker.link.clause_marks import CLAUSE_END
from checker.models import Claim


def unlink_lists_past_a_bare_member(claims: list[Claim], text: str, lang: str) -> None:
    lists: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.part_of and claim.kind in ("money", "measure"):
            lists.setdefault(claim.part_of, []).append(claim)
    if not lists:
        return
    ordered = sorted(claims, key=lambda c: c.start)
    for parts in lists.values():
        if len(parts) < 2:
            continue
        parts.sort(key=lambda c: c.start)
        for before, after in zip(parts, parts[1:]):
            if before.sentence != after.sentence:
                continue
            bare = [
                c
                for c in ordered
                if before.end <= c.start < after.start
                and c.kind == "count"
                and not c.counter
                and c.role == "value"
                and c.part_of is None
            ]
            if bare and not CLAUSE_END[lang].search(text, before.end, bare[0].start):
                for part in parts:
                    part.part_of = None
                    part.part_list = None
                break
