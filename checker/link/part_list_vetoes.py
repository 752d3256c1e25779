"""Structural vetoes on the lists of parts every reading linked to a whole, run after all of them.

A list of parts in money or a unit of measure adds up to its whole only when every listed part is read in that unit.
A bare figure standing between two of the parts in their sentence, no clause end between (`oats account for 40
million pounds, rye for 21 million and barley for the remaining 9 million`), is a part written without its unit,
which the sum cannot take in: the list is left unlinked rather than added up short.

A part whose own words date it to a later year than the year its whole's words date it to (`7월 42만명, 8월
51만명 … 지난해 여름에는 모두 88만명`, `1,420 calls in 2024 and 1,610 in 2025 … 9,800 calls since 2019`) is no
part of that whole: the whole's list is left unlinked (a list without one of its parts would be added up short).
"""

from __future__ import annotations

from bisect import bisect_left

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
    starts = [c.start for c in ordered]  # (the figures between two parts found by bisection, not a scan per pair)
    for parts in lists.values():
        if len(parts) < 2:
            continue
        parts.sort(key=lambda c: c.start)
        for before, after in zip(parts, parts[1:]):
            if before.sentence != after.sentence:
                continue
            bare = [
                c
                for c in ordered[bisect_left(starts, before.end) : bisect_left(starts, after.start)]
                if c.kind == "count" and not c.counter and c.role == "value" and c.part_of is None
            ]
            if bare and not CLAUSE_END[lang].search(text, before.end, bare[0].start):
                for part in parts:
                    part.part_of = None
                    part.part_list = None
                break


def unlink_parts_of_another_period(claims: list[Claim]) -> None:
    by_id = {c.id: c for c in claims}
    outside: set[str] = set()
    for part in claims:
        whole = by_id.get(part.part_of or "")
        if whole is None or whole.id in outside or not (part.period and whole.period):
            continue
        if "period" in part.guesses or "period" in whole.guesses:
            continue
        # (a whole of a year, and a part of a later year: a month's year read from the publication date may be off
        # by one at the turn of the year, and a part dated earlier may be a misread prior's date)
        if whole.period.grain == "year" and part.period.year > whole.period.year:
            outside.add(whole.id)
    if not outside:
        return
    for part in claims:
        if part.part_of in outside:
            part.part_of = None
            part.part_list = None
