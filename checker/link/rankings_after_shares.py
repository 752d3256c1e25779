"""A part stated with its share of a whole, then the other parts listed in the next sentence: `세목별로는 소득세가
90조원으로 전체의 36%를 차지해 가장 많았다. 이어 법인세 70조원, 부가세 60조원, 기타 세목 30조원이었다.`, `Cloud sales
made up 80% of the total at $8bn. Devices brought in $1.2bn, services $500m and other products $300m.`

The first part and its whole are linked by the share (checker/link/shares.py): the part is the last figure of its
unit and counter in its sentence. The next sentence lists two or more figures of that unit and counter, one after
the other (a comma or a list word and a name between, no other figure), and nothing else of their unit; each is
smaller than the whole. They are parts of the share's whole with the first part. The list is closed when its last
part is named as the rest (`[link.rest_labels]`: `기타`, `other`), and open (the ranking may stop early) when the
sentence only goes on with the ranking (`[link.ranking_continues]`: `이어`); otherwise nothing is linked. Found by
position, so the link is a guess.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_GAP = 48  # characters between two listed parts at most
_GAP_TEXT = compile_exact(r"\)?[^\d.!?\n%;()]*")
_SEPARATOR = ByLanguage(lambda w: rf",|(?<!\w)(?:{w.list_separators})(?!\w)", re.I)
_NAMED = compile_exact(r"[^\W\d_]")
_REST = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
_GOES_ON = ByLanguage(lambda w: rf"\s*(?:{w.ranking_continues})(?!\w)", re.I)


def link_rankings_after_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    shared = [
        c for c in claims if c.kind in ("percent", "fraction") and c.role == "share" and c.share_part and c.share_whole
    ]
    if not shared:
        return
    by_sentence = prose_by_sentence(claims)
    for rate in shared:
        first, whole = by_id.get(rate.share_part or ""), by_id.get(rate.share_whole or "")
        if first is None or whole is None or first.part_of is not None or first.kind not in AMOUNTS:
            continue
        if first.sentence != rate.sentence or (first.unit, first.counter) != (whole.unit, whole.counter):
            continue
        if not math.isfinite(whole.low) or whole.start > first.start:
            continue
        own = by_sentence.get(first.sentence, [])
        if any(c.start > first.end and c.role == "value" and _same_unit(c, first) for c in own):
            continue  # the list goes on in the part's own sentence (the part's prior aside): read there, if at all
        listed = by_sentence.get(first.sentence + 1, [])
        parts = [c for c in listed if c.kind in AMOUNTS]
        if len(parts) < 2 or len(parts) != len(listed) or not all(_same_unit(c, first) for c in parts):
            continue  # another figure in the sentence: not a plain list
        if any(c.role != "value" or c.part_of is not None or c.high >= whole.low for c in parts):
            continue
        if not all(_joined(one, other, text, lang) for one, other in zip(parts, parts[1:])):
            continue
        last_gap = text[parts[-2].end : parts[-1].start]
        closed = bool(_REST[lang].search(last_gap))
        opens = first.sentence + 1 < len(sentence_starts) and _GOES_ON[lang].match(
            text, sentence_starts[first.sentence + 1]
        )
        if not (closed or opens):
            continue
        for part in [first, *parts]:
            part.part_of = whole.id
            part.part_list = f"ranking:{whole.id}"
            part.part_list_open = not closed
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _same_unit(one: Claim, other: Claim) -> bool:
    return one.kind in AMOUNTS and (one.kind, one.unit, one.counter) == (other.kind, other.unit, other.counter)


def _joined(one: Claim, other: Claim, text: str, lang: str) -> bool:
    if other.start - one.end > _GAP or not _GAP_TEXT.fullmatch(text, one.end, other.start):
        return False
    gap = text[one.end : other.start]
    return bool(_SEPARATOR[lang].search(gap) and _NAMED.search(gap))
