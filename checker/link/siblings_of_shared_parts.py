"""The other part of a whole, beside a part whose share names that whole: `Adults made up 15,600 of the visitors,
while 7,800 children, a third of the total, paid £7`, `입장객 가운데 어린이는 3만5천 명으로 전체의 56%였고, 어른은
2만7천 명이었다`.

A share rule before has read a figure as the part of a whole stated in another sentence (the share's `share_part`
and `share_whole`), the share written in the part's own sentence (a share stated apart, `성인 손님 비중은 …`, names
the part, not the list its sentence makes; a sentence stating the whole and its part, `Costs were $2m, of which $1.7m
…`, is the totals rules'). The one other figure of the part's unit, kind and counter that its sentence states is the
whole's other part: the writer breaks the whole down, the first part with its share, the other beside it (a sentence
of more such figures may list parts of two breakdowns, and one that states each part's share is the share rules').
It is a plain value (no change, prior, figure per unit, part of another whole nor whole of a share of its own),
of the whole's period and metric where its words name one, smaller than the whole. The next sentence is not read: it
may break down the part itself (`외지 관광객은 12만 명으로 … 수도권 5만 명, 영남권 4만 명 순`) or the whole by
another dimension. The list may leave parts out (open: parts that fall short pass, parts that exceed the whole are
reported), and the sibling is found by position: a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.link.wholes import join_parts
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim

# how many sentences before the part its whole may stand when the parts do not add up to it (a slip is reported only
# against a whole that near: further back, the figure the parts miss may be another's)
_NEAR_SENTENCES = 2
# (`and women for 42 per cent, or 78`: between a share and the figure set right after it, a comma and perhaps `or`:
# the figure has a share of its own)
_APPOSED_TO_A_SHARE = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.or_words})\s+)?", re.I)
_SHARES = ("percent", "fraction")


def _plain(c: Claim) -> bool:
    return (
        c.role == "value"
        and not c.part_of
        and not c.change_of
        and not c.compared_to
        and not c.per_unit_of
        and not c.units_of
        and not c.product_of
        and not c.per_period_of
        and not c.tally_of
        and not c.furniture
        and not c.forecast
    )


def link_siblings_of_shared_parts(claims: list[Claim], text: str, lang: str) -> None:
    # (the share stated in the part's own sentence: a share stated apart, `성인 손님 비중은 …`, names the part, not the
    # list its sentence makes)
    sentence_of = {c.id: c.sentence for c in claims}
    shared = [
        (c.share_part, c.share_whole)
        for c in claims
        if c.share_part and c.share_whole and sentence_of.get(c.share_part) == c.sentence
    ]
    if not shared:
        return
    figures = [c for c in claims if c.kind in AMOUNTS]
    by_id = {c.id: c for c in figures}
    by_sentence = group_by_sentence(figures)
    # (the figure right before each amount, in text order: a share it may be set after)
    share_before: dict[str, Claim] = {}
    for before, c in zip(claims, claims[1:], strict=False):
        if c.kind in AMOUNTS and before.kind in _SHARES and before.sentence == c.sentence:
            share_before[c.id] = before
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    whole_of_part = dict(shared)
    share_wholes = {whole for _, whole in shared}
    done: set[str] = set()
    for part_id, whole_id in shared:
        part, whole = by_id.get(part_id), by_id.get(whole_id)
        if part is None or whole is None or whole_id in done or part_id in wholes or whole_id in wholes:
            continue
        if not _plain(part) or whole.role != "value" or whole.change_of or whole.part_of or whole.forecast:
            continue
        if (
            (whole.unit, whole.kind) != (part.unit, part.kind)
            or whole.end > part.start
            or whole.sentence == part.sentence
        ):
            continue
        siblings = [c for c in by_sentence.get(part.sentence, []) if c is not part and _kin(c, part, whole)]
        # (one other figure: a part and its complement; with more, or a sibling with a share of its own, the sentence
        # may list parts of two breakdowns, or each part's share alone)
        if len(siblings) != 1 or siblings[0].id in whole_of_part or siblings[0].id in share_wholes:
            continue
        if _apposed_to_a_share(siblings[0], share_before.get(siblings[0].id), text, lang):
            continue  # (`… 124 players, and women for 42 per cent, or 78`: a part of a breakdown of its own)
        if part.sentence - whole.sentence > _NEAR_SENTENCES and not adds_up_to(whole, [part, siblings[0]]):
            continue  # (past two sentences only the figure the parts add up to is their whole, as for a rest)
        if siblings[0].id in wholes:
            continue
        done.add(whole_id)
        join_parts(whole, [part, *siblings], wholes, closed=False)


def _apposed_to_a_share(c: Claim, share: Claim | None, text: str, lang: str) -> bool:
    """Whether the figure is set right after a share, by a comma and perhaps `or` (`42 per cent, or 78`)."""
    return share is not None and bool(_APPOSED_TO_A_SHARE[lang].fullmatch(text, share.end, c.start))


def _kin(c: Claim, part: Claim, whole: Claim) -> bool:
    """A plain figure of the part's unit, kind and counter, smaller than the whole, of no other metric or period."""
    if not _plain(c) or (c.unit, c.kind) != (part.unit, part.kind):
        return False
    if c.counter and part.counter and c.counter != part.counter:
        return False
    if c.high >= whole.low or metrics_differ(c, whole) or metrics_differ(c, part):
        return False
    return not (periods_differ(c, whole) or periods_differ(c, part))
