"""Counts of one noun listed side by side: `The order is for 200 small kites and 100 large ones`, `The trust has
bought 80 oak trees and 40 ash trees`.

Two counts in one sentence joined by a list joint (a comma before it at most: `[link.sibling_joints]`), a label or two
on either side, the later one counting the first one's noun or naming it by a pronoun (`ones`:
`[link.list_pronoun_counters]`). A member of such a list is a part, never a whole (checker/link/each_averages.py asks
`listed_with_its_noun`). A list of two such counts (no other count of the noun, or of none, in their sentence) is of the
parts of the one count of that noun the article states alone before the list's sentence (`an order for 300 kites`): the
first count of the noun stated as a value, past a headline, larger than each part, none of another value before the list
(two: which one, unsaid), of no other period, no list member itself. The list may leave parts out (open: parts that fall
short pass, parts that exceed it are reported). Found by position, a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import periods_differ
from checker.link.per_unit_apart import opens_with_headline
from checker.models import Claim

# between two counts listed side by side (`200 small kites and 100 large ones`): a label or two, a joint, a label or two
_SIBLING_BETWEEN = ByLanguage(
    lambda w: rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:,\s*)?(?:{w.sibling_joints})\s+(?:[^\W\d_]+\s+){{0,2}}", re.I
)
_LIST_PRONOUN = ByLanguage(lambda w: rf"(?:{w.list_pronoun_counters})", re.I)  # `100 large ones`: the noun before


def _siblings(first: Claim, second: Claim, text: str, lang: str) -> bool:
    """Whether two counts stand side by side as a list of the first one's noun."""
    if first.sentence != second.sentence or first.kind != "count" or second.kind != "count":
        return False
    if first.role != "value" or second.role != "value" or not first.counter:
        return False
    if not _SIBLING_BETWEEN[lang].fullmatch(text, first.end, second.start):
        return False
    counter, other = first.counter.lower(), (second.counter or "").lower()
    return counter == other or bool(other and _LIST_PRONOUN[lang].fullmatch(other))


def listed_with_its_noun(figures: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the figure at `j` is a member of a list of counts of its noun (the figures in text order)."""
    c = figures[j]
    before = figures[j - 1] if j else None
    after = figures[j + 1] if j + 1 < len(figures) else None
    return (before is not None and _siblings(before, c, text, lang)) or (
        after is not None and _siblings(c, after, text, lang)
    )


def link_lists_of_one_noun(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if not c.furniture]
    headline = opens_with_headline(text)
    for i in range(len(figures) - 1):
        parts = figures[i : i + 2]
        if not _siblings(parts[0], parts[1], text, lang):
            continue
        if i + 2 < len(figures) and _siblings(parts[1], figures[i + 2], text, lang):
            continue  # (a longer list: its members are not two)
        if i and _siblings(figures[i - 1], parts[0], text, lang):
            continue
        if any(p.part_of or p.per_unit_of or p.units_of for p in parts):
            continue  # (a reading of its own already)
        if _more_of_the_noun(figures, parts, lang):
            continue  # (`harps with 90 pupils, lutes with 60, viols with 40 and horns with 30`)
        whole = _whole_before(figures, parts, text, lang, headline)
        if whole is None:
            continue
        for part in parts:
            part.part_of, part.part_list, part.part_list_open = whole.id, f"one_noun:{parts[0].id}", True
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _more_of_the_noun(figures: list[Claim], parts: list[Claim], lang: str) -> bool:
    """Whether the list's sentence holds another count of its noun (or of none, or of the pronoun): a longer list,
    whose last two members are no list of their own."""
    noun = (parts[0].counter or "").lower()
    return any(
        c.sentence == parts[0].sentence
        and c.kind == "count"
        and c not in parts
        and (not c.counter or c.counter.lower() == noun or _LIST_PRONOUN[lang].fullmatch(c.counter.lower()))
        for c in figures
    )


def _whole_before(figures: list[Claim], parts: list[Claim], text: str, lang: str, headline: bool) -> Claim | None:
    noun = (parts[0].counter or "").lower()
    found = []
    for j, c in enumerate(figures):
        if c.sentence >= parts[0].sentence:
            break
        if headline and c.paragraph == 0:
            continue
        if c.kind != "count" or c.role != "value" or (c.counter or "").lower() != noun or c.per_unit_of:
            continue
        if listed_with_its_noun(figures, j, text, lang):
            return None  # (another list of the noun before: which whole, unsaid)
        found.append(c)
    if not found or len({c.value for c in found}) != 1:
        return None
    whole = found[0]
    if whole.part_of or any(whole.value <= p.value or periods_differ(whole, p) for p in parts):
        return None
    return whole
