"""A table whose last column is headed as the total: in each row, the figures of the columns before it add up to
the row's last figure (issue 11).

`정당 | 지역구 | 비례 | 합계` over `A당 | 131 | 18 | 149`, `Region | Men | Women | Total` over `North | 410 | 395 |
805`: the header line holds no figure and its last cell is a total's name (`[link.total_column_headers]`); each line
right after it with as many cells is a row, whose first cell is its label. A row whose every figure column holds one
figure of one unit and kind has its figures before the last as the closed list of parts of the last. A total row
(`합계 | 254 | 46 | 300`) is one more row. The header says what the last column is, so the link is no guess.
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.models import Claim
from checker.regex_cache import compile_exact

_HEADER_LINE = compile_exact(r"^[^\n\d|]*(?:\|[^\n\d|]*){2,}$", re.M)  # two or more cell walls, no digit
_TOTAL_HEADER = ByLanguage(lambda w: rf"\s*(?:{w.total_column_headers})\s*", re.I, first_tested=False)


def link_table_total_columns(claims: list[Claim], text: str, lang: str) -> None:
    if "|" not in text:
        return  # (no table)
    headers = [m for m in _HEADER_LINE.finditer(text) if _TOTAL_HEADER[lang].fullmatch(m.group(0).rsplit("|", 1)[1])]
    if not headers:
        return
    figures = [c for c in claims if c.role != "conversion"]
    starts = [c.start for c in figures]
    for header in headers:
        cells = header.group(0).count("|") + 1
        line_start = header.end() + 1
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if text.count("|", line_start, line_end) != cells - 1:
                break  # the table ends at the first line of another shape (a blank line, prose)
            lo, hi = bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, line_end)
            _link_row(figures[lo:hi], text, line_start, cells)
            line_start = line_end + 1


def _link_row(row: list[Claim], text: str, line_start: int, cells: int) -> None:
    by_column: dict[int, list[Claim]] = {}
    for claim in row:
        by_column.setdefault(text.count("|", line_start, claim.start), []).append(claim)
    columns = [by_column.get(column, []) for column in range(1, cells)]  # (the first cell is the row's label)
    if any(len(found) != 1 for found in columns):
        return  # an empty or a split cell: the row is not a sum the header states
    *parts, total = (found[0] for found in columns)
    if len(parts) < 2 or total.kind not in AMOUNTS:
        return
    if any((c.kind, c.unit, c.counter) != (total.kind, total.unit, total.counter) for c in parts):
        return
    if any(c.role != "value" or c.part_of is not None or c.change_of is not None for c in (*parts, total)):
        return
    for part in parts:
        part.part_of = total.id
        part.part_list = f"row:{total.id}"
        part.part_list_open = False
