"""What a pool still holds once the parts its sentence draws from it are taken: `The trust will close 23 of its 95
libraries, which would have left 72 open`, `Of the 60 ferries, 9 are laid up, leaving 51 in service`, `The band has
raised $8,400 of the $9,900 it needs, leaving it $1,500 short`.

A figure marked as a remainder (`[link.pool_left_marks]`: `leaving`, `would have left`) is the pool less its parts
when its sentence names one pool before it — a figure right after a part and `of its` / `out of the`
(`[link.pool_part_of_between]`), or the figure of a sentence opening `Of the …` (`[link.pool_opening_of]`) — and every
other figure of the unit between the pool and the remainder is a part drawn from it. The parts and the remainder are
then parts of the pool, which the sum kind checks. Vetoes: a figure of another unit or counter noun, another period,
a change or a per-unit figure among them, two pools named, a part no smaller than the pool, a figure already linked.
Found by position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_LEFT = ByLanguage(lambda w: rf"(?:{w.pool_left_marks})\s*$", re.I)
_PART_OF = ByLanguage(lambda w: rf"\s+(?:{w.pool_part_of_between})\s+", re.I)
_OPENING_OF = ByLanguage(lambda w: rf"\s*(?:{w.pool_opening_of})\s+", re.I)
# `117,000 of those acres`: right after a part, a word standing for the pool stated before it in the sentence
_OF_THOSE = ByLanguage(lambda w: rf"\s+(?:{w.pool_anaphor_after})", re.I)
_REACH = 40  # characters the remainder mark may take before the figure
_AMOUNTS = ("money", "count")


def _plain(claim: Claim) -> bool:
    """A figure that is an amount of its own: not a change, a share, a per-unit or per-period figure, nor linked."""
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.part_of is None
        and claim.per_unit_of is None
        and claim.per_period_of is None
        and claim.units_measure is None
        and claim.product_of is None
    )


def _same_amount(a: Claim, b: Claim, counters: bool = True) -> bool:
    return (
        a.kind == b.kind
        and a.unit == b.unit
        and (not counters or not a.counter or not b.counter or a.counter == b.counter)
        and (a.period is None or b.period is None or a.period == b.period)
    )


def link_pool_remainders(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role != "conversion" and not c.furniture]
    if not figures:
        return
    by_sentence = group_by_sentence(figures)
    for sentence, own in by_sentence.items():
        if len(own) < 3:
            continue
        for at, rest in enumerate(own):
            if at < 2 or not _plain(rest):
                continue
            if not _LEFT[lang].search(text, max(0, rest.start - _REACH), rest.start):
                continue
            # (the rest's counter noun is often a word of its clause, `72 open`, `51 vessels`: the pool's words and
            # the arithmetic below, not its noun, tie it to the pool; the part and pool must agree on theirs)
            before = [c for c in own[:at] if _same_amount(c, rest, counters=False)]
            candidates: list[tuple[Claim, list[Claim]]] = []  # (pool, the parts drawn from it)
            for i in range(1, len(before)):
                if _PART_OF[lang].fullmatch(text, before[i - 1].end, before[i].start):
                    # (`23 of its 95`: a figure of the unit before the part makes a list, or another pot, no pool)
                    candidates.append((before[i], before[:1] + before[2:]) if i == 1 else (before[i], []))
            start = sentence_starts[sentence] if sentence < len(sentence_starts) else None
            if start is not None and before and _OPENING_OF[lang].fullmatch(text, start, before[0].start):
                candidates.append((before[0], before[1:]))
            for i in range(1, len(before)):
                if _OF_THOSE[lang].match(text, before[i].end):
                    # `expects 117,000 of those acres …`: the pool is the amount the sentence stated before the part
                    # (figures between it and the part only its baselines and changes)
                    earlier = [c for c in before[:i] if _plain(c)]
                    candidates.append((earlier[-1], before[i:]) if len(earlier) == 1 else (before[i], []))
            if len(candidates) != 1:
                continue  # (no pool named, or two: which the rest is left of is unclear)
            pool, parts = candidates[0]
            if not parts or not _plain(pool) or not all(_plain(p) for p in parts):
                continue
            if any(not _same_amount(p, pool) for p in parts):
                continue  # (a part counting another noun than the pool: `9 crew of the 60 ferries`)
            if any(
                other.start > pool.start
                and other.role not in ("baseline", "prior")  # (the pool's own earlier level: `up from 7,900`)
                and not _same_amount(other, rest, counters=False)
                for other in own[:at]
            ):
                continue  # (a figure of another unit among the parts: a price, a rate, another pot)
            if any(_same_amount(other, rest, counters=False) for other in own[at + 1 :]):
                continue  # (`leaving 5 with the dealer and 2 idle`: the rest itself split in parts after it)
            if any(p.value >= pool.value for p in parts + [rest]):
                continue
            for member in parts + [rest]:
                member.part_of = pool.id
            pool.guesses = sorted(set(pool.guesses) | {"relation"})
