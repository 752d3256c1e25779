"""One level compared with several earlier figures in a row, one verb of change closing them all:
`연체율은 1.21%로 6월 말(1.28%)보다 0.07%포인트, 1년 전(1.42%)보다 0.21%포인트 하락했다`,
`매출은 8천억원으로 전 분기(7천500억원)보다 6.7%, 1년 전(6천400억원)보다 25% 늘었다`.

After the level (a value or a rate, ending in a particle of level: `1.21%로`), pairs of a figure compared with
(`B보다`, `B 대비`, `[link.compared_after]`) and a size, the pairs joined by a comma, the last size followed by a
verb of change (`[link.rise_verbs]`, `[link.fall_verbs]`; a word of `[link.respectively]` may stand before it): each
size is the change of the level measured from the figure its pair names, in the direction of the one verb. The clause
linker reads the pair next to the verb and leaves the first sizes, which no verb follows, tied to nothing or given the
wrong sign. The kinds check each
pair (points between rates, a rate of growth, an amount of difference).
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_LEVEL_TO_FIRST = ByLanguage(lambda w: rf"\s*(?:{w.level_particles})\s+(?:\S+\s){{0,3}}?\S*?\(?", first_tested=False)
# `(1.95%)보다 `, `7천500억원 대비 `: from the figure compared with to its size
_COMPARED_TO_SIZE = ByLanguage(lambda w: rf"\)?\s*(?:{w.compared_after})\s*", first_tested=False)
# between one size and the next pair's figure: a comma and at most a few words of time (`1년 전(`)
_NEXT_PAIR = ByLanguage(lambda w: r",\s*(?:\S+\s){0,3}?\S*?\(?", first_tested=False)
# (`… 25.8% 각각 줄었다`: a word saying the verb closes each pair may stand before it)
_VERB_AFTER = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.respectively})\s*)?(?:(?:{w.hedges})\s*)?(?:(?P<rise>{w.rise_verbs})|(?P<fall>{w.fall_verbs}))"
    ),
    first_tested=False,
)
_EARLIER = ("baseline", "prior", "value")


def link_chained_comparisons(claims: list[Claim], text: str, lang: str) -> None:
    for figures in _sentences_with_pairs(claims, text, _COMPARED_TO_SIZE[lang]):
        _link_chains(figures, text, lang)


def _sentences_with_pairs(claims: list[Claim], text: str, compared: re.Pattern[str]):
    """The sentences where at least two figures are followed by a comparison word and then a figure."""
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        if len(figures) < 5:
            continue
        pairs = sum(1 for a, b in zip(figures, figures[1:]) if compared.fullmatch(text, a.end, b.start) is not None)
        if pairs >= 2:
            yield figures


def _link_chains(figures: list[Claim], text: str, lang: str) -> None:
    compared, next_pair, verb = _COMPARED_TO_SIZE[lang], _NEXT_PAIR[lang], _VERB_AFTER[lang]
    for start, level in enumerate(figures):
        if level.role not in ("value", "share") or start + 2 >= len(figures):
            continue
        if _LEVEL_TO_FIRST[lang].fullmatch(text, level.end, figures[start + 1].start) is None:
            continue
        pairs: list[tuple[Claim, Claim]] = []
        i = start + 1
        while i + 1 < len(figures):
            earlier, size = figures[i], figures[i + 1]
            if compared.fullmatch(text, earlier.end, size.start) is None:
                break
            pairs.append((earlier, size))
            if i + 2 < len(figures) and next_pair.fullmatch(text, size.end, figures[i + 2].start):
                i += 2
                continue
            break
        if len(pairs) < 2:
            continue
        closing = verb.match(text, pairs[-1][1].end)
        if closing is None or not all(_fits(level, earlier, size) for earlier, size in pairs):
            continue
        direction = 1 if closing.group("rise") else -1
        for earlier, size in pairs:
            if size.kind == "count" and level.kind == "percent":
                size.quantity = dataclasses.replace(size.quantity, kind="pp", unit="pp", counter=None)
            size.role, size.direction = "change", direction
            size.change_of, size.compared_to = level.id, earlier.id
            if earlier.role == "value":
                earlier.role = "baseline"
            size.guesses = sorted(set(size.guesses) | {"relation"})
        return


def _fits(level: Claim, earlier: Claim, size: Claim) -> bool:
    """The earlier figure is of the level's unit, and the size a change such a level takes."""
    if earlier.role not in _EARLIER or earlier.kind != level.kind or earlier.unit != level.unit:
        return False
    if level.kind == "percent":
        return size.kind == "pp"
    return level.kind in AMOUNTS and (size.kind == "percent" or size.unit == level.unit)
