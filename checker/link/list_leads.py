"""The whole a bulleted list divides, named by the line that leads into it: `7월 국제선 여객은 812만명으로 …. 지역별
국제선 여객은 다음과 같다. / - 일본: 248만명(30.5%) / - 동남아: 221만명(27.2%)`: each line's share is of 812만명.

A lead that names what the list divides (`[link.list_lead_ends]` after the name and a particle; a breakdown mark
before it, `지역별`, `[link.list_lead_breakdowns]`, is no part of the name) points at the figure stated earlier
right after the same name (`국제선 여객은 812만명`): the latest such figure of the part's unit, kind and counter,
larger than the part. The largest figure stated before the lead (checker/link/shares.py passes it over) is often
a larger total than the one the lead names (`전체 여객 1,099만명`). Found by name and position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_LEAD = ByLanguage(
    lambda w: (
        rf"[ \t]*(?:(?:{w.breakdown_marks}|{w.list_lead_breakdowns})\s*)?"
        rf"(?P<name>[^\d\n,.;:][^\n,.;:]{{1,23}}?)\s?(?:{w.topic_particles})\s+"
        rf"(?:{w.list_lead_ends})"
    ),
    re.I,
    first_tested=False,
)
# The words of a sentence before its run-in list's first item (`지역별 해외 매출은 `): a breakdown mark, the name of
# what the list divides, a particle.
_NAME_BEFORE_ITEMS = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.list_lead_breakdowns}|{w.breakdown_marks})\s*)?"
        rf"(?P<name>[^\d\n,.;:()]{{2,24}}?)\s?(?:{w.topic_particles})?\s*"
    ),
    re.I,
    first_tested=False,
)
_AFTER_NAME = ByLanguage(lambda w: rf"\s?(?:{w.topic_particles})?\s*$", first_tested=False)


def whole_named_by_lead(part: Claim, lead_start: int, claims: list[Claim], text: str, lang: str) -> Claim | None:
    """The figure the lead line opening at `lead_start` names, stated before the lead, if it is larger than `part`."""
    found = _LEAD[lang].match(text, lead_start)
    if found is None:
        return None
    return figure_named(found.group("name").strip(), part, claims, lead_start, text, lang)


def whole_named_before_items(part: Claim, start: int, first_item: int, claims: list[Claim], text: str, lang: str):
    """`지역별 해외 매출은 △미국 551억원 △일본 …`: the figure stated earlier after the name the words before a run-in
    list's first item give (a breakdown mark, `지역별`, and the particle aside), if it is larger than `part`."""
    found = _NAME_BEFORE_ITEMS[lang].fullmatch(text, start, first_item)
    if found is None:
        return None
    return figure_named(found.group("name").strip(), part, claims, start, text, lang)


def figure_named(name: str, part: Claim, claims: list[Claim], before: int, text: str, lang: str) -> Claim | None:
    """The latest figure stated before `before` right after `name` (a particle between), of the part's unit, kind and
    counter, a level: itself if it is larger than `part`, else nothing."""
    named = re.compile(r"(?<!\w)" + re.escape(name) + _AFTER_NAME[lang].pattern, re.I)
    for claim in sorted((c for c in claims if c.end <= before), key=lambda c: c.start, reverse=True):
        if (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
            continue
        if claim.role != "value" or claim.forecast or claim.furniture:
            continue
        if named.search(text, max(0, claim.start - len(name) - 6), claim.start):
            return claim if claim.high > part.high else None
    return None


def last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` between `start` and `end` (a list's lead: the mark nearest its first item)."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 — the last one
        pass
    return found


def attach_open_list(items: list[Claim], whole: Claim, name: str, wholes: set[str]) -> None:
    """Each of `items` a part of `whole`, in one open list named `name` (more parts may be unstated), read as a
    guess of a relation on the whole."""
    for item in items:
        item.part_of = whole.id
        item.part_list, item.part_list_open = name, True
    wholes.add(whole.id)
    whole.open_list = True
    whole.guesses = sorted(set(whole.guesses) | {"relation"})
