"""A share that restates the figure of the sentence before as a share of a whole named with it: `주말 1위 영화는
45만명을 모았다. 같은 기간 전체 관객 90만명의 50%가 이 영화를 본 것이다`, `지리산에는 이틀간 500㎜의 비가 내렸다.
연평균 강수량 1,250㎜의 40%가 이틀 만에 내린 셈이다`.

The whole is joined to its share by the genitive (`[link.whole_then_its_share]`, as in checker/link/genitive_wholes.py,
which reads a part stated in the same clause); here the sentence states no part and ends as a restatement of the
one before (`것이다`, `셈이다`: `[link.restatement_endings]`). The part is then the one figure of the sentence before
of the whole's unit and kind, a level, smaller than the whole. Two such figures (which one is restated the text does
not say), a figure of the whole's unit before the whole in its own sentence, or a sentence that restates nothing
(`영업이익은 1조원이었다. 매출 5조원의 80%를 해외에서 올렸다`): nothing. The one unit a figure after it is per
(`1명이 평균 40만원어치를 샀다`) is no level of it. Of several levels, the one marked as a total
(`[link.total_marks]`: `한 벌 값이 30만 원이라 … 모두 6억 원이었다`) is restated. Found by position, so a guess.
"""

from __future__ import annotations

import bisect
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_one_marks import is_the_one_unit
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

_BETWEEN = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share})")
_RESTATES = ByLanguage(lambda w: rf"(?:{w.restatement_endings})\s*[.!]?\s*$", re.M)
_LEVELS = ("value", "prior")
# right before a figure, the mark of a total (`[link.total_marks]`: `모두`, `합쳐`): of several levels of the sentence
# before, the one so marked is what a share of a whole restates (`한 벌 값이 30만 원이라 … 모두 6억 원이었다`)
_TOTAL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks})\s?$")
_TOTAL_REACH = 8


def link_restated_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    between, restates = _BETWEEN[lang], _RESTATES[lang]
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for position in range(1, len(figures)):
        whole, rate = figures[position - 1], figures[position]
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        if whole.kind not in AMOUNTS or whole.role not in _LEVELS or whole.sentence != rate.sentence:
            continue
        if not math.isfinite(whole.low) or not between.fullmatch(text, whole.end, rate.start):
            continue
        same_sentence = by_sentence.get(rate.sentence, [])
        if any(c.unit == whole.unit and c.kind == whole.kind and c.start < whole.start for c in same_sentence):
            continue  # a figure of the whole's unit before it in its sentence: a part of the clause, or a rival
        if not restates.search(
            text, rate.end, sentence_end(sentence_starts, bisect.bisect_right(sentence_starts, rate.end) - 1, len(text))
        ):
            continue
        before = by_sentence.get(rate.sentence - 1, [])
        # (`1명이 평균 40만원어치를 샀다`: the one unit the next figure is per is no level restated)
        parts = [
            c
            for i, c in enumerate(before)
            if c.unit == whole.unit
            and c.kind == whole.kind
            and c.role in _LEVELS
            and not is_the_one_unit(c, before[i + 1] if i + 1 < len(before) else None, text, lang)
        ]
        if len(parts) > 1:
            parts = [c for c in parts if _TOTAL_BEFORE[lang].search(text, max(0, c.start - _TOTAL_REACH), c.start)]
        if len(parts) != 1:
            continue  # none, or two (and not one of them marked as the total): which figure is restated, not said
        part = parts[0]
        if not (math.isfinite(part.high) and 0 < part.high < whole.low) or part.counter != whole.counter:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
