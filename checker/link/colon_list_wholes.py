"""A share in parentheses on a line of a list run in lines after a lead that ends in a colon, each item ending in a
semicolon (`The trust gave out £50,000 to 12 charities:` ¶ `hospices, £20,000 (40%);` ¶ `food banks, £18,000;`
¶ `others, £12,000.`): the whole is the amount the lead states (what the list divides), not the story's largest
figure of the part's unit stated before (a guess by size reaches past the lead to another total).

The lead is the sentence ending in the colon (not a sentence before it on its line); its figure is its one level of
the part's unit, kind and counter, whatever its size; with none or two the share is left unlinked (the lead says what
the list divides, size would guess wrong).
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.models import Claim
from checker.regex_cache import compile_exact

_ITEM_END = ";"  # a list item run in a line of its own, ended as a clause of one sentence
_LEAD_END = ":"
_ITEM_REACH = 160  # characters of an item line at most: a paragraph of prose is no item
_SENTENCE_END = compile_exact(r"[.!?]\s+")  # a sentence's end on the lead's line (`… last year. This year it has …:`)


def colon_lead(part: Claim, text: str) -> tuple[int, int] | None:
    """The span of the lead line over the part's item line, when the part stands on a line ending in a semicolon,
    under (item lines ending in semicolons between) a line ending in a colon; else None."""
    start = text.rfind("\n", 0, part.start) + 1
    end = text.find("\n", part.end)
    end = len(text) if end < 0 else end
    if not text[start:end].rstrip().endswith(_ITEM_END) or end - start > _ITEM_REACH:
        return None
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1].rstrip()
        if not line:
            return None  # a blank line: the item stands in no list under a lead
        if line.endswith(_LEAD_END):
            # (the lead is the sentence ending in the colon, not a sentence before it on its line)
            ends = [m.end() for m in _SENTENCE_END.finditer(line)]
            return previous + (ends[-1] if ends else 0), previous + len(line)
        if not line.endswith(_ITEM_END) or len(line) > _ITEM_REACH:
            return None
        start = previous
    return None


def whole_of_the_lead(part: Claim, lead: tuple[int, int], claims: Iterable[Claim]) -> Claim | None:
    """The one level the lead states of the part's unit, kind and counter, whatever its size (a part written larger
    than the whole the lead names is reported, F503/F504)."""
    found = [
        c
        for c in claims
        if lead[0] <= c.start < lead[1]
        and c.role == "value"
        and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
        and not c.forecast
        and not c.furniture
    ]
    return found[0] if len(found) == 1 else None
