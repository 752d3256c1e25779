"""A breakdown announced by a lead and listed in the lead's own sentence: `The hydro total broke down as follows:
river 40.1 TWh; pumped 15.0 TWh; run-of-river 6.1 TWh.`, `By region, the publisher gave the following breakdown of
units sold: Japan, 1.5 million; Europe, 2.6 million; North America, 2.2 million.`

A lead mark (`[link.tally_lead_marks]`: a colon, `as follows`) inside the sentence, then three items or more, each a
label without figures and one figure, one item from the next by a semicolon or a comma (a share in parentheses
after a figure is the item's own), the last ending the sentence. The items are of one unit and kind (counts: of
one counter, or bare), values, none yet a part or a whole.

Their whole is stated before the lead, up to four sentences back: a value of the items' unit and kind, of their
counter where both name one and of their period, larger than each item and no part of a list of its own. The lead
names it: the nearest such figure whose clause shares a word with the lead (`The hydro total` and `Hydro supplied
T`; words of five letters or more, compared on their first five). With no figure named so, the lead may name what
the figures count (`breakdown of copies sold`): the largest figure of that counter is the story's figure the list
divides (as checker/link/listed_breakdowns.py guesses). With neither, nothing is linked. The list may leave parts out
(open), and the whole is found by name or size, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.list_leads import attach_open_list, last_match
from checker.link.listed_breakdowns import may_be_whole_of
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_LEAD_MARK = ByLanguage(lambda w: rf"(?:{w.tally_lead_marks})[ \t]*", re.I)
# Before the first item's figure: its label (no figure, no clause end), perhaps a comma after it (`Japan, 1.5m`).
_FIRST_LABEL = compile_exact(r"[^\d\n.;:()]{1,40}?,?[ \t]*")
# Between one item and the next one's figure: its own share, the separator (a list word before the last item: `…
# €6.1bn and alternatives, mostly infrastructure, €5.0bn`), the next label (an aside after it between commas).
_ITEM_GAP = ByLanguage(
    lambda w: (
        rf"[ \t]*(?:\([^()\n]{{0,24}}\))?[ \t]*(?:[;,]|,?[ \t]+(?:{w.list_separators})(?=[ \t]))"
        rf"[ \t]*[^\d\n.;:()]{{1,60}}?,?[ \t]*"
    ),
    re.I,
    first_tested=False,
)
# After the last item: its own share, then the end of the sentence.
_LIST_ENDS = compile_exact(r"[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*(?:[.\n]|$)")
_WHOLE_REACH = 4
_MOST_ITEMS = 12
_WORD = compile_exact(r"[^\W\d_]{5,}")
_STEM = 5


def link_inline_breakdowns(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (may_match(_LEAD_MARK[lang], text)):
        return  # (a breakdown is read only after its lead's mark)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind != "percent"]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    for position, first in enumerate(figures):
        if first.kind not in AMOUNTS or first.sentence >= len(sentence_starts):
            continue
        start = sentence_starts[first.sentence]
        lead = last_match(_LEAD_MARK[lang], text, start, first.start)
        if lead is None or not _FIRST_LABEL.fullmatch(text, lead.end(), first.start):
            continue
        items = [first]
        for figure in figures[position + 1 :]:
            if figure.sentence != first.sentence or not _ITEM_GAP[lang].fullmatch(text, items[-1].end, figure.start):
                break
            items.append(figure)
        if not 3 <= len(items) <= _MOST_ITEMS or not _LIST_ENDS.match(text, items[-1].end):
            continue
        if (
            any((c.unit, c.kind) != (first.unit, first.kind) for c in items)
            or len({c.counter for c in items if c.counter}) > 1
        ):
            continue
        if any(c.part_of or c.id in wholes or c.tally_of or c.role != "value" for c in items):
            continue  # read as parts or wholes of their own already
        whole = _whole(figures[:position], items, text[start : lead.start()], text, sentence_starts, wholes)
        if whole is None:
            continue
        attach_open_list(items, whole, f"inline:{whole.id}:{first.id}", wholes)


def _whole(
    earlier: list[Claim], items: list[Claim], lead: str, text: str, sentence_starts: list[int], wholes: set[str]
) -> Claim | None:
    first = items[0]
    stems = {word.lower()[:_STEM] for word in _WORD.findall(lead)}
    candidates = []
    for position, claim in enumerate(earlier):
        if first.sentence - claim.sentence > _WHOLE_REACH or claim.sentence > first.sentence:
            continue
        if not may_be_whole_of(claim, items):
            continue
        before = earlier[position - 1] if position else None
        clause_start = before.end if before is not None and before.sentence == claim.sentence else 0
        clause_start = max(
            clause_start, sentence_starts[claim.sentence] if claim.sentence < len(sentence_starts) else 0
        )
        clause = text[max(clause_start, claim.start - 80) : claim.start]
        named = any(word.lower()[:_STEM] in stems for word in _WORD.findall(clause))
        candidates.append((claim, named))
    named = [claim for claim, by_name in candidates if by_name]
    if named:
        return named[-1]
    # `the following breakdown of copies sold` after `6.3 million copies` and `2.9 million copies` (digital): the
    # largest figure counting what the lead names is the story's figure the list divides.
    counted = [claim for claim, _ in candidates if claim.counter and claim.counter.lower()[:_STEM] in stems]
    return max(counted, key=lambda c: c.value, default=None)
