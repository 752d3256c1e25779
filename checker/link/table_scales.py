"""Tables whose amounts are written short: `($ millions)`, `(in billions)`, `(단위: 백만 달러)`.

A table's header often states the scale its amounts are written in, and the cells leave it out: under
`($ millions)`, `$230` is $230 million. A prose sentence that gives the same figure in full (`$230
million`) restates the cell, and a check that read `$230` as $230 would never pair them (or would find
a 10⁶ slip). The header is a parenthesis holding a scale word of the language's (and at most a few
words or a currency mark beside it, never a digit); the table it heads runs over the lines after it
(and the rest of its own line) up to the first line that ends as a sentence does. In it, an amount
written as a bare figure with its currency mark (`$230`, `$6,412`, `₩1,234`), no scale word of its own,
is the figure at the header's scale. Nothing else is changed: a rate, a count, a figure with its own
scale word (`$1.2 billion` in a table note) is read as written.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# The factor each class of scale words states (the words are the language's: rules/lang/*.toml).
_SCALE_CLASSES = {
    "table_scale_thousands": 1e3,
    "table_scale_millions": 1e6,
    "table_scale_hundred_millions": 1e8,
    "table_scale_billions": 1e9,
    "table_scale_trillions": 1e12,
}


def _header(w) -> str:
    scales = "|".join(f"(?P<{name}>{getattr(w, name)})" for name in _SCALE_CLASSES)
    # a label or currency mark before the scale word (`$`, `in`, `단위:`), never a digit; the words carry their
    # own bounds and any currency word after them (`millions`, `억원`)
    return rf"\([^()\n\d]{{0,12}}?(?:{scales})\s*\)"


_HEADER = ByLanguage(_header, re.IGNORECASE)
_SENTENCE_END = ByLanguage(lambda w: rf"(?:{w.sentence_final})[\"'”’)\]]*\s*$")
# Lines a header's table may run over before one ends as a sentence (a longer run is not one table).
MAX_TABLE_LINES = 40


def _tables(text: str, lang: str) -> list[tuple[int, int, float]]:
    """(start, end, factor) of each scaled table: from just after its header to the end of its last line."""
    header = _HEADER[lang]
    sentence_end = _SENTENCE_END[lang]
    tables = []
    for found in header.finditer(text):
        name = next(name for name in _SCALE_CLASSES if found.group(name) is not None)
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        for _ in range(MAX_TABLE_LINES):
            if end >= len(text):
                break
            following = text.find("\n", end + 1)
            following = len(text) if following < 0 else following
            if sentence_end.search(text, end + 1, following):
                break
            end = following
        tables.append((found.end(), end, _SCALE_CLASSES[name]))
    return tables


def scaled_tables(text: str, lang: str) -> list[tuple[int, int, float]]:
    """(start, end, factor) of each table under a scale header (`(단위: 억원)`, `($ millions)`)."""
    return _tables(text, lang) if "(" in text else []


def scale_table_cells(claims: list[Claim], text: str, lang: str) -> None:
    """Amounts written short in a table under a scale header take the header's scale."""
    tables = _tables(text, lang) if "(" in text else []
    if not tables:
        return
    for claim in claims:
        if claim.kind != "money" or claim.ends is not None:
            continue
        table = next((t for t in tables if t[0] <= claim.start < t[1]), None)
        if table is None or not text[claim.end - 1].isdigit():
            continue  # a cell written bare ends in its digits (`$230`, `US$1,204`); `$1.2bn`, `175 dollars` do not
        factor = table[2]
        quantity = claim.quantity
        claim.quantity = dataclasses.replace(
            quantity,
            value=quantity.value * factor,
            low=quantity.low * factor,
            high=quantity.high * factor,
            step=quantity.step * factor,
        )
