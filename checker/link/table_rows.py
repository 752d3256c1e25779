"""A table row of amounts followed by signed rates: `Week 9 | $210 | $190 | $231 | +10% | +22%`.

A row of k amounts with k − 1 rates after them, each rate written with its sign, compares the last
column with each earlier one in order (the layout of `2023 vs 2022 | 2023 vs average` columns): the
first rate is the last amount's change against the first amount, and so on. With two amounts the
reading is the only one; with more, that the rates follow this layout (not one column against the
next) is a reading of the table, marked a guess, so that a conflict is a warning. A row whose rates
wrap onto the next line (that line holds nothing but them) is one row. Between the figures there is
nothing but cell separators.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

_SIGN_BEFORE = ByLanguage(lambda w: rf"(?:{w.rise_signs}|{w.fall_signs})$")
_CELL_GAP = compile_exact(r"[ \t|]*")  # between the cells of one line
_WRAP_GAP = compile_exact(r"[ \t|]*\n[ \t|]*")  # the rates wrapped onto the next line
_AMOUNTS = ("money", "count")


def link_table_rows(claims: list[Claim], text: str, lang: str) -> None:
    sign = _SIGN_BEFORE[lang]
    i = 0
    while i < len(claims):
        amounts = _run(claims, i, text, lambda c: c.kind in _AMOUNTS and c.role == "value" and not c.change_of)
        k = len(amounts)
        if k < 2 or len({(c.kind, c.unit) for c in amounts}) != 1:
            i += max(k, 1)
            continue
        j = i + k
        rates = _rates_after(claims, j, amounts[-1], text, sign)
        if len(rates) == k - 1 and _row_ends(text, rates[-1].end):
            _link_row(amounts, rates)
            i = j + len(rates)
        else:
            i = j


def _run(claims: list[Claim], i: int, text: str, fits) -> list[Claim]:
    """The claims from i on that fit, with nothing but cell separators between them on one line."""
    out = []
    # (read by index, not over `claims[i:]`: a copy of the rest of the list per claim is quadratic)
    for k in range(i, len(claims)):
        claim = claims[k]
        if not fits(claim) or (out and not _CELL_GAP.fullmatch(text, out[-1].end, claim.start)):
            break
        out.append(claim)
    return out


def _rates_after(claims: list[Claim], j: int, last: Claim, text: str, sign: re.Pattern[str]) -> list[Claim]:
    if j >= len(claims):
        return []
    first = claims[j]
    start = first.start - 1  # the sign is written right before the number
    if not (_CELL_GAP.fullmatch(text, last.end, start) or _WRAP_GAP.fullmatch(text, last.end, start)):
        return []
    out = []
    for k in range(j, len(claims)):
        claim = claims[k]
        if claim.kind != "percent" or not sign.search(text, claim.start - 1, claim.start):
            break
        if out and not _CELL_GAP.fullmatch(text, out[-1].end, claim.start - 1):
            break
        out.append(claim)
    return out


def _row_ends(text: str, end: int) -> bool:
    stop = text.find("\n", end)
    return _CELL_GAP.fullmatch(text, end, len(text) if stop < 0 else stop) is not None


def _link_row(amounts: list[Claim], rates: list[Claim]) -> None:
    last = amounts[-1]
    for earlier, rate in zip(amounts, rates):
        earlier.role = "baseline"
        rate.role, rate.change_of, rate.compared_to = "change", last.id, earlier.id
        if len(amounts) > 2 and "relation" not in rate.guesses:
            rate.guesses.append("relation")
