"""A count the article draws a part from: `Of the 40 stalls that applied, 25 were accepted`, `쉼터 40곳을 지었고, 이
가운데 25곳을 …`. The pool is the count a partitive mark (`[link.partitive_before_count]`: `Of the …,`, ` 가운데`)
stands around or after, right before a later count of its sentence; in Korean the part counts the pool's own
counter (`곳`).

A figure per one of the pool's noun stated in another sentence (`70 metres a stall`, `쉼터 한 곳에 평균 25명`) may
be per the pool or per the part drawn from it: which, unsaid, so the pool is no units a reading may take there
(checker/link/counts_per_unit.py): a pool its sentence opens on as its frame (`Of the …,`) for a bare noun, any for a
noun qualified by the word before its one (`쉼터 한 곳에`: a later clause naming the pool's kind again)."""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `Of the 380 farms that applied, ` / ` 가운데 `: the mark, right before the part
_PARTITIVE_BEFORE = ByLanguage(lambda w: rf"(?:{w.partitive_before_count})\s*$")
_REACH = 80  # characters before the part where its mark may open (`Of the 40 stalls that applied, `)


def has_a_part_drawn(pool: Claim, sentence: list[Claim], text: str, lang: str, framed_only: bool = False) -> bool:
    """Whether a later count of the pool's sentence is drawn from it by a partitive mark right before that count: one
    opening before the pool (`Of the 40 stalls …, 25`: the pool the frame of its sentence), or (not `framed_only`)
    between the two, the part counting the pool's counter (`40곳을 지었으며, 이 가운데 25곳`)."""
    if pool.kind != "count":
        return False
    later = [c for c in sentence if c.start >= pool.end and c.kind == "count"]
    if not later:
        return False
    part = later[0]
    found = _PARTITIVE_BEFORE[lang].search(text, max(0, pool.start - _REACH), part.start)
    if found is None:
        return False
    if found.start() < pool.start:
        return True  # (the mark opens before the pool and runs on to the part: the pool is its whole)
    return not framed_only and bool(pool.counter) and part.counter == pool.counter
