"""A member named alone after a breakdown, its share of the whole: `읍면별로는 가람면이 690톤으로 가장 많고 … 가람면
한 곳이 군 전체 생산량의 3분의 1을 거둔다`, `노선별로는 M2번이 12만 명으로 가장 많았다. … M2번 한 노선이 전체
이용객의 30%를 실어 날랐다`, `가람면 한 곳의 몫이 40%에 이른다`.

The share's subject names the member by its name and `one of them` (`[link.member_alone_share_subjects]`, the name in
the group `member`), no figure: the part is the figure stated right after that name in one of the two sentences before
(`가람면이 690톤으로`, `가람면 690톤`), the whole the total the breakdown is of (the part's `part_of`), else the one
level of the part's kind, unit and counter the lead states, larger than it. A name stated with no figure right after it,
or with two, or with a count of the counter its `한 곳` names (the members counted), links nothing.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_rates import open_share
from checker.models import Claim

_SUBJECT_BEFORE = ByLanguage(lambda w: rf"(?:{w.member_alone_share_subjects})$")
_REACH = 60  # characters before a share where its subject may stand
_BACK_SENTENCES = 2  # sentences before the share's where the member's figure may be stated
_LEAD_SENTENCES = 3  # the headline's and the body's first sentences, where the story's total is stated
_NAME_TO_FIGURE = 4  # characters at most between a name and its figure (a particle and a space)


def link_member_alone_shares(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence: dict[int, list[Claim]] | None = None
    by_id: dict[str, Claim] | None = None  # (built once, when a member's figure is part of a total)
    figures = prose_figures(claims)
    first = 0  # (the lead's first sentence, found once with the sentences' figures)
    for i, rate in enumerate(figures):
        if not open_share(rate) or rate.share_whole or rate.whole:
            continue
        subject = _SUBJECT_BEFORE[lang].search(text, max(0, rate.start - _REACH), rate.start)
        if subject is None:
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
            first = min(by_sentence, default=0)
        if any(not (c.kind == "count" and c.value == 1) for c in _figures_since(figures, i, subject.start())):
            continue  # (a figure of its own between the name and the share, past its `한 곳`: another reading)
        part = _member_figure(subject.group("member"), rate, by_sentence, text)
        if part is None or (part.kind == "count" and (part.counter or "") == subject.group("one")):
            continue  # (`농가 120곳 … 농가 한 곳이 …의 30%`: the figure counts the members, it is no one member's part)
        if part.part_of and by_id is None:
            by_id = {c.id: c for c in claims}
        whole = by_id.get(part.part_of) if part.part_of and by_id is not None else _lead_level(part, by_sentence, first)
        if whole is None:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _member_figure(name: str, rate: Claim, by_sentence: dict[int, list[Claim]], text: str) -> Claim | None:
    """The one figure stated right after the member's name in the nearest of the sentences before the share's."""
    named = re.compile(rf"(?<![^\W\d_]){re.escape(name)}[^\W\d_]{{0,2}}\s?$")
    for back in range(1, _BACK_SENTENCES + 1):
        found = [
            c
            for c in by_sentence.get(rate.sentence - back, ())
            if c.kind in AMOUNTS
            and c.role == "value"
            and math.isfinite(c.high)
            and named.search(text, max(0, c.start - len(name) - _NAME_TO_FIGURE), c.start)
        ]
        if found:
            return found[0] if len({c.value for c in found}) == 1 else None
    return None


def _figures_since(figures: list[Claim], at: int, start: int):
    """The figures before `figures[at]` that start at `start` or after (walked back: only those within reach)."""
    for j in range(at - 1, -1, -1):
        if figures[j].start < start:
            return
        yield figures[j]


def _lead_level(part: Claim, by_sentence: dict[int, list[Claim]], first: int) -> Claim | None:
    """The lead's one level of the part's kind, unit and counter, larger than it: the story's total (`first`: the lead's
    first sentence)."""
    levels = [
        c
        for sentence in range(first, min(first + _LEAD_SENTENCES, part.sentence))
        for c in by_sentence.get(sentence, ())
        if (c.kind, c.unit, c.counter or "") == (part.kind, part.unit, part.counter or "")
        and c.role == "value"
        and not c.forecast
        and math.isfinite(c.high)
        and c.low > part.high
        and c.per_unit_of is None
    ]
    return levels[-1] if levels and len({c.value for c in levels}) == 1 else None
