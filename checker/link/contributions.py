"""A rate, then the points its components contributed to it, in one sentence (issue 11).

`10월 물가 상승률 2.1% 가운데 상품이 0.84%포인트, 서비스가 1.26%포인트를 각각 기여했다`: a rate followed by a
pool mark (`[link.pool_after]`: `가운데`, `중`) and then figures in percentage points, in a sentence whose verb
says they were contributed to it (`[link.contribution_verbs]`: `기여`, `끌어올리다`), breaks the rate down into
its components' contributions: the points add up to the rate (a sum, checker/check/kinds/sum.py). The sentence
may name only the largest components (open). Found by position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

# `2.1% 가운데 `, `상승률 2.1% 중 `: the pool mark after the rate, up to two words between.
_POOL_AFTER = ByLanguage(lambda w: rf"[^\S\n]?(?:[^\d\s.,;:()]{{1,10}}[^\S\n]){{0,2}}(?:{w.pool_after})\s")
_CONTRIBUTED = ByLanguage(lambda w: rf"(?:{w.contribution_verbs})", re.I)
_STOP = compile_exact(r"[.;\n]")
_MOST_PARTS = 8


def link_contributions(claims: list[Claim], text: str, lang: str) -> None:
    wholes = {c.part_of for c in claims if c.part_of}
    for members in prose_by_sentence(claims).values():
        for position, rate in enumerate(members):
            if (
                rate.kind != "percent"
                or rate.part_of
                or rate.id in wholes
                or not _POOL_AFTER[lang].match(text, rate.end)
            ):
                continue
            parts = []
            for candidate in members[position + 1 :]:
                if candidate.kind != "pp":
                    break  # a figure of another kind ends the components
                parts.append(candidate)
            if len(parts) < 2 or len(parts) > _MOST_PARTS or any(p.part_of or p.id in wholes for p in parts):
                continue
            if any(p.high > rate.high for p in parts):
                continue  # a component larger than the rate: the points are something else
            stop = _STOP.search(text, parts[-1].end)
            if _CONTRIBUTED[lang].search(text, parts[-1].end, stop.start() if stop else len(text)) is None:
                continue  # the points are said to be contributed to the rate, or they are something else
            for part in parts:
                part.part_of = rate.id
            wholes.add(rate.id)
            rate.open_list = True
            rate.guesses = sorted(set(rate.guesses) | {"relation"})
