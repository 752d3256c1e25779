"""A total, then the amounts it is made of, listed after it in its sentence (issue 11).

- After a colon, each amount in parentheses after its name: `United's summer spending now stands at £97.5m: Silva
  (£52m), Jan Berg (£27m) and Ade Okoro (£18.5m)`, `Revenue was $5.0bn: cloud ($2.5bn) and devices ($2.5bn)`. A
  list that ends its sentence with its last item joined by `and` (`[link.list_separators]`) names every part: it is
  closed; otherwise open.
- A running spending total, then the earlier amounts in it: `The deal takes Rovers' spending this summer to
  £84.0m, after the earlier arrivals of a striker for £31m and a winger for £18m` (`[link.spending_total_marks]`
  before the total, `[link.earlier_parts_marks]` after it). The deal that brings the total up is one more part,
  and which of its figures counts (the initial fee or the most it may come to) the text does not say: the listed
  amounts are an open list of the total.

The amounts are of the total's unit and kind, two or more, each smaller than it, and no parts of another list.
Found by position, so a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_COLON_AFTER = compile_exact(r"[ \t]*:[ \t]*")
# `Silva (£52m), `: a name, the amount in parentheses, and a separator before the next name.
_NAMED_ITEM_BEFORE = compile_exact(r"[^\d().;:\n]{1,40}\([ \t]*$")
_ITEM_CLOSES = compile_exact(r"[ \t]*\)")
_LAST_JOINED = ByLanguage(lambda w: rf"\)\s*(?:,\s*)?(?:{w.list_separators})\s+[^\d().;:\n]{{1,40}}\($", re.I)
_ENDS_SENTENCE = compile_exact(r"[ \t]*\)[ \t]*(?:\.|$|\n)")
_SPENDING_BEFORE = ByLanguage(lambda w: rf"(?:{w.spending_total_marks})\s+$", re.I)
_EARLIER_AFTER = ByLanguage(lambda w: rf",?\s+(?:{w.earlier_parts_marks})\b[^.;]*$", re.I)
_MOST_PARTS = 8


def link_spending_totals(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    for members in group_by_sentence(figures).values():
        for position, total in enumerate(members):
            if total.part_of or total.id in wholes or total.tally_of:
                continue
            after = [c for c in members[position + 1 :] if (c.unit, c.kind) == (total.unit, total.kind)]
            if len(after) < 2 or len(after) > _MOST_PARTS or any(c.part_of or c.id in wholes for c in after):
                continue
            if any(c.high >= total.low for c in after):
                continue  # a part is smaller than its total
            listed = _colon_list(total, after, text, lang)
            if listed is None and not _spending_then_earlier(total, after, text, lang):
                continue
            for part in after:
                part.part_of = total.id
            wholes.add(total.id)
            total.open_list = not listed
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _colon_list(total: Claim, items: list[Claim], text: str, lang: str) -> bool | None:
    """None when `items` are not a colon list of `total`; else whether the list names every part."""
    colon = _COLON_AFTER.match(text, total.end)
    if colon is None:
        return None
    previous_end = colon.end()
    for item in items:
        label = _NAMED_ITEM_BEFORE.search(text, previous_end, item.start)
        if label is None or not _ITEM_CLOSES.match(text, item.end):
            return None
        previous_end = item.end
    last = items[-1]
    joined = _LAST_JOINED[lang].search(text, items[-2].end, last.start)
    return bool(joined and _ENDS_SENTENCE.match(text, last.end))


def _spending_then_earlier(total: Claim, items: list[Claim], text: str, lang: str) -> bool:
    if _SPENDING_BEFORE[lang].search(text, max(0, total.start - 80), total.start) is None:
        return False
    return _EARLIER_AFTER[lang].match(text, total.end, items[0].start) is not None
