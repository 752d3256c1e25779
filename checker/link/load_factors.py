"""A load factor stated with the traffic and the capacity it divides: `Traffic rose 9% to 24.6 billion RPK.
Capacity grew 5% to 30.0 billion ASK. The passenger load factor was 82.0%`, `여객 수송실적은 96억 RPK, 공급
좌석은 120억 ASK로 … 탑승률은 80.0%였다`.

An airline's load factor is its traffic (revenue passenger kilometres, RPK) over its capacity (available
seat kilometres, ASK), whichever sentences state them. The rate is named a load factor in its sentence
before it; the traffic and the capacity are figures of one kind whose counter (`RPK`, `ASK`) or the words
before them in their sentence name them. A rate of this period (a value) takes the article's one traffic
and one capacity figure stated as values; a rate of the period before (`from 84.2%`) the one of each stated
as priors or baselines. Two figures of either (two airlines, two routes) link nothing: which one is meant is not known.
The rate is then checked as part ÷ whole (`share_part`, `share_whole`, the ratio kind's `of_total`).
Language words are data (`[link.load_factor_nouns]`, `[link.traffic_words]`, `[link.capacity_words]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_LOAD_FACTOR = ByLanguage(lambda w: rf"(?:{w.load_factor_nouns})", re.I)
_TRAFFIC = ByLanguage(lambda w: rf"(?:{w.traffic_words})", re.I)
_CAPACITY = ByLanguage(lambda w: rf"(?:{w.capacity_words})", re.I)
_NAMED_WITHIN = 60  # characters before a traffic or capacity figure that may name it
_RATE_NAMED_WITHIN = 80  # characters before a rate that may name it a load factor
_AMOUNTS = ("count", "measure")
# a rate of this period takes figures stated as values; one it is compared with (`from 72.0%`), figures
# compared with (`up from 7.2 billion RPK`: a prior or a baseline, as the sentence words it)
_STAGE = {"share": "now", "value": "now", "prior": "before", "baseline": "before"}


def link_load_factors(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    rates = [
        c
        for c in figures
        if c.kind == "percent"
        and c.role in _STAGE
        and not (c.share_part or c.share_whole)
        and 0 < c.value <= 100
        and _named_before(c, _LOAD_FACTOR[lang], text, sentence_starts, _RATE_NAMED_WITHIN)
    ]
    if not rates:
        return
    named = {c.id: _named_as(c, lang, text, sentence_starts) for c in figures if c.kind in _AMOUNTS}
    traffic = [c for c in figures if named.get(c.id) == "traffic"]
    capacity = [c for c in figures if named.get(c.id) == "capacity"]
    for rate in rates:
        stage = _STAGE[rate.role]
        part = _one(c for c in traffic if _STAGE.get(c.role) == stage and c.kind in _AMOUNTS)
        whole = _one(c for c in capacity if _STAGE.get(c.role) == stage and c.kind in _AMOUNTS)
        if part is None or whole is None or part is whole or part.kind != whole.kind or whole.low <= 0:
            continue
        if part.kind == "measure" and part.unit != whole.unit:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id


def _one(found) -> Claim | None:
    found = list(found)
    return found[0] if len(found) == 1 else None


def _named_as(figure: Claim, lang: str, text: str, sentence_starts: list[int]) -> str | None:
    """Traffic or capacity: what the figure's counter names (`RPK`), else the nearest of the words before it
    in its sentence (`유상여객킬로미터는 96억㎞, 공급좌석킬로미터는 120억㎞`: each figure is of the word nearest it)."""
    words = {"traffic": _TRAFFIC[lang], "capacity": _CAPACITY[lang]}
    for name, pattern in words.items():
        if figure.counter and pattern.fullmatch(figure.counter):
            return name
    if figure.role not in ("value", "prior", "baseline"):
        return None
    start = max(sentence_starts[figure.sentence], figure.start - _NAMED_WITHIN)
    nearest: tuple[int, str | None] = (-1, None)
    for name, pattern in words.items():
        for match in pattern.finditer(text, start, figure.start):
            nearest = max(nearest, (match.end(), name), key=lambda found: found[0])
    return nearest[1]


def _named_before(figure: Claim, words: re.Pattern, text: str, sentence_starts: list[int], reach: int) -> bool:
    start = max(sentence_starts[figure.sentence], figure.start - reach)
    return words.search(text, start, figure.start) is not None
