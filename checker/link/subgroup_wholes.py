"""A breakdown after a subgroup: `전체 가구 5만가구 가운데 1인가구가 2만가구로 40%였다. 성별로는 여성이 1만2천가구로
60%를 차지했다`, `Of 50,000 staff, 20,000 work abroad (40%). By region, Asia has 12,000, or 60%`.

A share whose sentence opens a breakdown (`[link.breakdown_marks]`) and names no whole of its own is found a whole by
size: the largest figure of its unit before it. When a figure of its unit and period sized between the two was stated
from that figure's sentence on (a subgroup of it: `전체 가구(W)의 42%`), the breakdown may as well divide the subgroup:
which of the two is the whole, the words do not say, so nothing is linked (when unsure, link nothing).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.parts_of_stated_whole import NAME_OPENS
from checker.models import Claim
from checker.regex_cache import compile_exact

_BREAKDOWN = ByLanguage(lambda w: rf"(?:{w.breakdown_marks})", re.I)
_REST_OPENS = ByLanguage(lambda w: rf"\s*(?:{w.rest_labels})", re.I)
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
_OPENING_REACH = 80  # characters back from a part to its sentence's breakdown mark
_SENTENCES_BACK = 10  # sentences read back from the part for a stated subgroup


def _opening(part: Claim, text: str, reach: int = _OPENING_REACH) -> int:
    start = max(0, part.start - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, part.start)]
    return ends[-1] if ends else start


def _opens_a_breakdown(part: Claim, text: str, lang: str) -> bool:
    opening = _opening(part, text)
    return (
        _BREAKDOWN[lang].search(text, opening, part.start) is not None
        or _NAMED_OPENING[lang].match(text, opening) is not None
    )


# `입장객 가운데 단체가 P명으로 Z%`, `Of the adult visitors, P came by coach, or Z%`: a sentence that opens by naming,
# as a whole, what an earlier figure counts (`입장 W명`, `adults W`): the share is of that figure.
# (one pattern with checker/link/parts_of_stated_whole.py's, which reads the same opening)
_NAMED_OPENING = NAME_OPENS
_NAME_REACH = 40  # characters back from a figure for the name of what it counts, within its clause
_SENTENCES_TO_LEVEL = 3  # sentences back from a prior to the level its change is stated of


def whole_named_at_opening(
    part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str, sentence_start: int
) -> Claim | None:
    """The figure the part's sentence names as its whole at its opening (`_NAMED_OPENING`): the latest figure of the
    part's unit and kind, larger than it, in the three sentences before, whose own clause (from the figure before it in
    its sentence) holds the name (a Korean name of three letters or more also by its stem: `입장객` → `입장`)."""
    opened = _NAMED_OPENING[lang].match(text, sentence_start)
    if opened is None or opened.end() > part.start:
        return None
    name = (opened.group("ko") or opened.group("en") or "").strip()
    names = [name] + ([name[:-1]] if opened.group("ko") and len(name) >= 3 else [])
    found = re.compile("|".join(rf"(?<!\w){re.escape(n)}" for n in names), re.I)
    for sentence in range(part.sentence - 1, max(-1, part.sentence - 4), -1):
        figures = by_sentence.get(sentence, [])
        for k in range(len(figures) - 1, -1, -1):
            claim = figures[k]
            clause_start = max(figures[k - 1].end if k else 0, claim.start - _NAME_REACH)
            # (the clause never reaches back past its sentence's start: `선수는 … 늘었다. 개인전에 1,100명`, the name
            # the sentence before states is no name of the first figure of this one)
            ends = [m.end() for m in _SENTENCE_END.finditer(text, clause_start, claim.start)]
            if not found.search(text, ends[-1] if ends else clause_start, claim.start):
                continue
            if claim.role in ("prior", "baseline"):
                # (`참가 선수는 지난해 1,480명보다 370명 늘었다`: the name's figure the level a year before, its change
                # stated of the story's level: that level is the whole the name stands for)
                claim = _level_changed_from(claim, figures, by_sentence) or claim
            if (claim.unit, claim.kind) != (part.unit, part.kind) or claim.role != "value" or claim.low <= part.high:
                return None  # the name's figure is of another unit, or no whole of the part
            return claim
    return None


def _level_changed_from(prior: Claim, figures: list[Claim], by_sentence: dict[int, list[Claim]]) -> Claim | None:
    """The level a change in the prior's sentence measures from it (the change's own level, stated before)."""
    for change in figures:
        if change.role != "change" or change.compared_to != prior.id or change.change_of is None:
            continue
        for sentence in range(prior.sentence, max(-1, prior.sentence - _SENTENCES_TO_LEVEL), -1):
            level = next((c for c in by_sentence.get(sentence, []) if c.id == change.change_of), None)
            if level is not None:
                return level
    return None


def subgroup_may_be_whole(whole: Claim, part: Claim, by_sentence: dict[int, list[Claim]], text: str, lang: str) -> bool:
    """Whether a figure of `part`'s unit, kind and role, of `whole`'s period, stated from `whole`'s sentence on and
    sized between them stands between them (the subgroup: its link to `whole`, `전체 가구(W)의 42%`, may be made by
    a later rule), `part`'s sentence opening a breakdown."""
    if whole.sentence >= part.sentence or not _opens_a_breakdown(part, text, lang):
        return False
    key = (part.unit, part.kind, part.role)
    for sentence in range(max(whole.sentence, part.sentence - _SENTENCES_BACK), part.sentence):
        for claim in by_sentence.get(sentence, ()):
            if claim is whole or (claim.unit, claim.kind, claim.role) != key or claim.period != whole.period:
                continue
            if part.high < claim.low and claim.high < whole.low and not _member_of_a_breakdown(claim, text, lang):
                return True
    return False


def _member_of_a_breakdown(claim: Claim, text: str, lang: str) -> bool:
    """A figure sized between is a member of another breakdown of the whole, no subgroup the later one divides, when
    its own sentence opens a breakdown (`센터별로는 A곳의 회원이 P명으로 …`) or names it the rest of one (`나머지 …`,
    `[link.rest_labels]`): the whole is divided by another dimension there, and the later breakdown divides the whole
    again."""
    if _opens_a_breakdown(claim, text, lang):
        return True
    return _REST_OPENS[lang].match(text, _opening(claim, text)) is not None
