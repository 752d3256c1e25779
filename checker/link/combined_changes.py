"""A total of the changes stated in the sentence next to it: `Employers added 140,000 jobs. July was revised down
by 30,000 and August by 12,000. Combined, the revisions lowered employment by 42,000.` (issue 11).

A figure whose sentence marks it as combined (`[link.combined_marks]`: `a combined 72,000`, `Combined, … by 46,000`)
and two or more changes of its unit and counter in the sentence right before or right after it, all in one
direction and none larger than it: the changes are the closed list of parts of the combined figure. Changes of two
directions (one month revised up, one down) net out, which is not a sum: nothing is linked then.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_COMBINED = ByLanguage(lambda w: rf"\b(?:{w.combined_marks})\b", re.I)
_AMOUNTS = ("money", "count")


def link_combined_changes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, own in by_sentence.items():
        if sentence >= len(sentence_starts):
            continue
        start = sentence_starts[sentence]
        for total in own:
            if total.kind not in _AMOUNTS or total.part_of or total.change_of or not math.isfinite(total.high):
                continue
            if not _COMBINED[lang].search(text, start, total.start):
                continue
            for beside in (sentence + 1, sentence - 1):
                changes = [
                    c
                    for c in by_sentence.get(beside, [])
                    if c.role == "change"
                    and (c.kind, c.unit, c.counter) == (total.kind, total.unit, total.counter)
                    and c.part_of is None
                ]
                if len(changes) < 2 or len({c.direction for c in changes}) != 1:
                    continue
                if any(c.low >= total.high for c in changes):
                    continue  # (a part as large as the total: the total is something else)
                for part in changes:
                    part.part_of = total.id
                    part.part_list = f"combined:{total.id}"
                    part.part_list_open = False
                break
