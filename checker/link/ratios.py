"""A figure stated as a percentage (or a fraction) of another: `올해 매출은 4조원으로 지난해 5조원의 80%
수준이다`, `관광객은 120만명으로 2019년 200만명의 60%에 그쳤다`, `This year's output of 1.2 million tonnes
is 60% of the 2 million tonnes produced in 2019`.

The ratio names the figure it is of right beside it (`B의 Z%`, `Z% of the B`) and is said of the figure
before (`A로 …`, `A is …`): A ÷ B = Z, the share-of-total check's arithmetic (`share_part`,
`share_whole`). In Korean the ratio is the clause's predicate (`수준`, `에 그쳤다`, `에 달했다`), which
tells it from a share of B whose part is not stated (`매출 5조원의 80%를 해외에서`). Two figures joined by
`에` before such a ratio (`연봉 60만 달러에 옵션 30만 달러로 50% 수준이다`) state it of the second: B ÷ A = Z.
Only a ratio up to 100% (a fraction up to 1) is read so: a part larger than its whole is a check of its own.
Language words are data (`[link.ratio_of_before]`, `[link.ratio_of_after]`, `[link.ratio_levels]`,
`[link.ratio_links]`, `[link.ratio_pair_joiners]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.link.subjects import said_of
from checker.models import Claim

_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.ratio_of_before})\s?", re.I)  # `5조원의 80%`
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.ratio_of_after})\s+", re.I)  # `60% of the 2 million tonnes`
_LEVEL = ByLanguage(lambda w: rf"\s?(?:{w.ratio_levels})", re.I)  # `80% 수준이다`, `60%에 그쳤다`
_LINK = ByLanguage(lambda w: rf"\s+(?:{w.ratio_links})\s+(?:(?:{w.hedges})\s+)?", re.I)  # `A is 60% of`
# `연봉 60만 달러에 옵션 30만 달러로 50% 수준`: the whole, its joiner and the part's noun, then the part and the ratio
_PAIR_JOINED = ByLanguage(lambda w: rf"\s?(?:{w.ratio_pair_joiners})\s[^\d.,;()]{{0,16}}")
_PART_TO_RATIO = ByLanguage(lambda w: rf"\s?(?:{w.to_particles})\s?(?:(?:{w.hedges})\s?)?")
_LIMIT = {"percent": 100.0, "fraction": 1.0}


def link_ratios(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, ratio in enumerate(figures):
        if ratio.kind not in _LIMIT or ratio.role != "share" or ratio.share_part or ratio.share_whole:
            continue
        if not 0 < ratio.value <= _LIMIT[ratio.kind]:
            continue
        pair = (
            _korean_pair(figures, i, text, lang)
            or _korean_paired(figures, i, text, lang)
            or _english_pair(figures, i, text, lang)
        )
        if pair is not None:
            ratio.share_part, ratio.share_whole = pair[0].id, pair[1].id


def _alike(a: Claim, b: Claim) -> bool:
    return a.kind in AMOUNTS and a.kind == b.kind and a.unit == b.unit and a.counter == b.counter


def _korean_pair(figures: list[Claim], i: int, text: str, lang: str) -> tuple[Claim, Claim] | None:
    """`A로 B의 Z% 수준`: B right before the ratio, A the figure of its unit before B in the sentence."""
    ratio = figures[i]
    if i < 2:
        return None
    whole = figures[i - 1]
    if whole.sentence != ratio.sentence or not _OF_BEFORE[lang].fullmatch(text, whole.end, ratio.start):
        return None
    if not (_LEVEL[lang].match(text, ratio.end) or _LEVEL[lang].search(ratio.text)):
        return None
    part = next(
        (
            c
            for c in reversed(figures[: i - 1])
            if c.sentence == ratio.sentence and c.role == "value" and _alike(c, whole)
        ),
        None,
    )
    return (part, whole) if part is not None and said_of(part, whole, whole.start, text, lang) else None


def _korean_paired(figures: list[Claim], i: int, text: str, lang: str) -> tuple[Claim, Claim] | None:
    """`A에 B로 Z% 수준`: two figures of one unit joined by `에`, the second reaching the ratio: B ÷ A = Z."""
    ratio = figures[i]
    if i < 2:
        return None
    whole, part = figures[i - 2], figures[i - 1]
    if whole.sentence != ratio.sentence or part.sentence != ratio.sentence or not _alike(whole, part):
        return None
    if part.role != "value" or whole.role != "value" or whole.low <= 0:
        return None
    if not (
        _PAIR_JOINED[lang].fullmatch(text, whole.end, part.start)
        and _PART_TO_RATIO[lang].fullmatch(text, part.end, ratio.start)
    ):
        return None
    if not (_LEVEL[lang].match(text, ratio.end) or _LEVEL[lang].search(ratio.text)):
        return None
    return part, whole


def _english_pair(figures: list[Claim], i: int, text: str, lang: str) -> tuple[Claim, Claim] | None:
    """`A is Z% of the B`: A right before the link verb, B right after `of`."""
    ratio = figures[i]
    if i == 0 or i + 1 >= len(figures):
        return None
    part, whole = figures[i - 1], figures[i + 1]
    if part.sentence != ratio.sentence or whole.sentence != ratio.sentence or not _alike(part, whole):
        return None
    if not _LINK[lang].fullmatch(text, part.end, ratio.start):
        return None
    gap = _OF_AFTER[lang].match(text, ratio.end)
    if gap is None or gap.end() != whole.start or not said_of(part, whole, ratio.start, text, lang):
        return None
    return part, whole
