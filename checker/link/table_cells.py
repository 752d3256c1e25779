"""A table's cell and the prose sentence that states the same figure: `First Half | $236 | $248 | +5%` and
`First-half ticket sales reached $248 million, 5% above last year`.

A table is a run of lines whose cells are split by `|` or tabs. Its data rows hold a label (the first cell, with
words) and two or more cells of one figure each; the lines above the first data row are its header. Each value
column gets a label from the header: the header line with one cell per column (or one more, above the labels),
else, when the header's short labels split into change labels (`2024 vs 2023`, `% chg`, `전년比`, `증감률`) and
level labels (`2023`, `2024년`) as many as the rows' change and level cells, in the order each sort is written
(a guess). A cell is keyed by its row's label words and its column: a level column by the year its label names,
a change column by what it compares with (a year, an average, the year before).

A prose figure outside the table restates a cell when its sentence names one row's label (every word of it,
under the language's endings: `Groceries`, `grocery`; `매출액은`), nearest before the figure (else anywhere in the
sentence; a label another named label holds gives way to it: `Week 43` to `Past Six Weeks`), and one column of
that row fits it:
- a change (a rate the linker reads as a change, or followed by what it compares with) takes the change column
  whose base the words after it name (`above the five-year average`, `from last year`, `전년 대비`): one column,
  or two when they say `both`; the row's only change column when they name none;
- a level takes the level column of its period's year, or of the latest year when its period is not sure.
The prose figure then carries the cell's id (`restates`); the restatement check compares them at the coarser
precision. An amount written bare under a scale header (`($ millions)`, `1,350`) is read at that scale in the
prose figure's currency when the two are paired (a guess). When unsure (no header, labels that match several rows
or columns, a change against a level), nothing is paired.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.segment import sentence_end
from checker.link.table_scales import scaled_tables
from checker.models import Claim
from checker.regex_cache import compile_exact

_CHANGE_COLUMN = ByLanguage(lambda w: w.table_change_columns, re.IGNORECASE)
_AVERAGE = ByLanguage(lambda w: w.table_average_words, re.IGNORECASE)
_PRIOR_YEAR = ByLanguage(lambda w: w.table_prior_year_words, re.IGNORECASE)
_BOTH = ByLanguage(lambda w: w.table_both_words, re.IGNORECASE)
_YEAR = compile_exact(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = compile_exact(r"[^\W\d_]+")
_LABEL_ENDINGS = ByLanguage(lambda w: w.table_label_endings)
_LABEL_STOPS = ByLanguage(lambda w: w.table_label_stops)
_SIGN = compile_exact(r"^[+\-−–▲▼△▽↑↓]")
_BARE_FIGURE = compile_exact(r"[+\-−–▲▼△▽]?[$€£¥₩]?\d[\d,.]*%?")
# A header label is a few words (`2012 vs 4yr Avg`, `전년 동기 대비`); a longer cell is the table's title.
MAX_LABEL_WORDS = 4
MAX_HEADER_LINES = 3
# Cells a row may hold: a longer line of separators is a list or a pasted run, not a table read by its labels.
MAX_CELLS = 24
# How far after a prose change its base is read (`… 12% above the same six-week period last year`).
BASE_WINDOW = 80
_LEVEL_KINDS = ("money", "count", "percent")


@dataclasses.dataclass
class _Column:
    change: bool
    year: int | None = None  # a level column's year
    base: str | None = None  # a change column's base: "average", "prior", a year as text, or None


@dataclasses.dataclass
class _Row:
    label: str
    words: frozenset[str]
    cells: list[Claim | None]
    stems: tuple[frozenset[str], ...] = ()  # each word's stems (`_stems`)


@dataclasses.dataclass
class _Table:
    start: int
    end: int
    columns: list[_Column]
    rows: list[_Row]
    latest_year: int | None
    factor: float | None  # the scale header's, when the table has one


def _cells(line: str, at: int) -> list[tuple[int, int]]:
    """(start, end) of each stripped cell of a delimited line, empty ones left out."""
    sep = "|" if "|" in line else "\t"
    out, begin = [], 0
    for piece in line.split(sep):
        stripped = piece.strip()
        if stripped:
            offset = begin + piece.index(stripped)
            out.append((at + offset, at + offset + len(stripped)))
        begin += len(piece) + 1
    return out


def _label_words(label: str, lang: str) -> frozenset[str]:
    stops = _LABEL_STOPS[lang]
    return frozenset(w for w in _WORD.findall(label.lower()) if len(w) >= 2 and not stops.fullmatch(w))


def _stems(word: str, lang: str) -> set[str]:
    """The word and each of its stems before an ending of the language's (`sales`, `sale`; `매출액은`, `매출액`)."""
    endings = _LABEL_ENDINGS[lang]
    return {word[:i] for i in range(2, len(word) + 1) if i == len(word) or endings.fullmatch(word, i)}


def _data_row(text: str, cells: list[tuple[int, int]], claims_in: list[Claim]) -> list[Claim | None] | None:
    """The figures of a data row (a label cell with words, then cells of one figure each; None for a bare figure
    the extraction left unread, `640`), else None."""
    if not 3 <= len(cells) <= MAX_CELLS or not _WORD.search(text[cells[0][0] : cells[0][1]]):
        return None
    figures: list[Claim | None] = []
    for start, end in cells[1:]:
        inside = [c for c in claims_in if start <= c.start and c.end <= end]
        if not inside and _BARE_FIGURE.fullmatch(text, start, end):
            figures.append(None)
            continue
        if len(inside) != 1:
            return None
        claim = inside[0]
        rest = text[start : claim.start] + text[claim.end : end]
        if _WORD.search(rest) or len(_SIGN.sub("", rest.strip())) > 0:
            return None
        figures.append(claim)
    if any(c.start < cells[0][1] for c in claims_in):
        return None  # a figure in the label cell (`Q3 2024 | …`) is not a row label
    return figures


def _column(label: str, lang: str) -> _Column:
    years = [int(y) for y in _YEAR.findall(label)]
    change = _CHANGE_COLUMN[lang].search(label)
    if not change:
        return _Column(False, year=years[-1] if len(years) == 1 else None)
    after = label[change.end() :]
    if _AVERAGE[lang].search(after):
        return _Column(True, base="average")
    if _PRIOR_YEAR[lang].search(label):
        return _Column(True, base="prior")
    base_years = _YEAR.findall(after)
    return _Column(True, base=base_years[-1] if base_years else None)


def _header_columns(text: str, header: list[list[tuple[int, int]]], sorts: list[bool], lang: str):
    """The value columns' labels, or None when the header does not name them (a guess flag beside)."""
    n = len(sorts)
    positional = [cells[-n:] for cells in header if len(cells) in (n, n + 1)]
    if positional:
        labels = [" ".join(text[s:e] for s, e in (cells[i] for cells in positional)) for i in range(n)]
        return [_column(label, lang) for label in labels], False
    short = [
        text[s:e]
        for cells in header
        for s, e in cells
        if "(" not in text[s:e] and len(text[s:e].split()) <= MAX_LABEL_WORDS
    ]
    changes = [label for label in short if _CHANGE_COLUMN[lang].search(label)]
    levels = [label for label in short if not _CHANGE_COLUMN[lang].search(label)]
    if len(changes) != sum(sorts) or len(levels) != n - sum(sorts) or not changes or not levels:
        return None, True
    changes_it, levels_it = iter(changes), iter(levels)
    return [_column(next(changes_it) if s else next(levels_it), lang) for s in sorts], True


def _is_change_cell(cell: str) -> bool:
    """A signed rate (`+12%`, `▲3.1%`): a change column's cell."""
    return bool(_SIGN.match(cell)) and cell.rstrip().endswith("%")


def _tables(claims: list[Claim], text: str, lang: str) -> list[_Table]:
    if "|" not in text and "\t" not in text:
        return []
    scales = scaled_tables(text, lang)
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    tables: list[_Table] = []
    block: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n") + [""]:
        if "|" in line or "\t" in line:
            block.append((at, at + len(line), line))
        elif block:
            inside = ordered[bisect.bisect_left(starts, block[0][0]) : bisect.bisect_left(starts, block[-1][1])]
            table = _read_block(block, inside, text, lang, scales)
            if table is not None:
                tables.append(table)
            block = []
        at += len(line) + 1
    return tables


def _read_block(block, inside: list[Claim], text: str, lang: str, scales) -> _Table | None:
    """The table a block of delimited lines holds (`inside`: the claims within it, in text order), else None."""
    begin, end = block[0][0], block[-1][1]
    starts = [c.start for c in inside]
    header: list[list[tuple[int, int]]] = []
    rows: list[tuple[list[tuple[int, int]], list[Claim]]] = []
    for start, stop, line in block:
        cells = _cells(line, start)
        if not cells:
            continue  # a rule line (`|---|---|`) or an empty one
        line_claims = inside[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, stop)]
        figures = _data_row(text, cells, line_claims)
        if figures is None:
            if rows:
                return None  # a line that is no row amid the rows: not one table
            header.append(cells)
        else:
            rows.append((cells, figures))
    if not rows or not header or len(header) > MAX_HEADER_LINES:
        return None
    layouts = {tuple(_is_change_cell(text[s:e]) for s, e in cells[1:]) for cells, _ in rows}
    if len(layouts) != 1:
        return None  # rows of different shapes: not one table
    sorts = list(layouts.pop())
    columns, guessed = _header_columns(text, header, sorts, lang)
    if columns is None:
        return None
    for column, cell in zip(columns, rows[0][1]):
        if column.change and cell is not None and cell.kind != "percent":
            return None  # a change label over amounts: the header is not read right
    years = [c.year for c in columns if c.year is not None]
    latest = max(years) if years else None
    # A change column with no base of its own (`% chg`, `증감률`) beside the levels of two years in a row compares
    # them: its base is the year before.
    two_years = latest is not None and sorted(set(years)) == [latest - 1, latest]
    for column in columns:
        if column.change and column.base is None and two_years:
            column.base = "prior"
        if column.change and column.base is not None and latest is not None and column.base == str(latest - 1):
            column.base = "prior"
    labelled = []
    for cells, figures in rows:
        words = _label_words(text[cells[0][0] : cells[0][1]], lang)
        if not words:
            return None
        if guessed:
            for cell in figures:
                if cell is not None and "relation" not in cell.guesses:
                    cell.guesses.append("relation")
        stems = tuple(frozenset(_stems(word, lang)) for word in sorted(words))
        labelled.append(_Row(text[cells[0][0] : cells[0][1]], words, figures, stems))
    factor = next((f for s, e, f in scales if s <= begin < e or s <= rows[0][1][0].start < e), None)
    return _Table(begin, end, columns, labelled, latest, factor)


class _Sentence:
    """A sentence's words by stem: where each stem stands (sorted), for label look-ups in one pass."""

    def __init__(self, sentence: str, lang: str, index: dict[str, list[tuple[_Table, _Row]]]):
        self.places: dict[str, list[int]] = {}
        for m in _WORD.finditer(sentence.lower()):
            for stem in _stems(m.group(), lang):
                self.places.setdefault(stem, []).append(m.start())
        # the rows whose every label word the sentence holds somewhere
        rows = {id(row): (table, row) for stem in self.places for table, row in index.get(stem, ())}
        self.named = [(table, row) for table, row in rows.values() if self.label_at(row.stems, len(sentence) + 1) >= 0]

    def label_at(self, stems: tuple[frozenset[str], ...], before: int) -> int:
        """Where the label's words last stand together before `before`: the earliest of each word's last place,
        a word found under any ending of the language's (`Groceries`, `grocery`; `매출액`, `매출액은`); -1 when one
        is missing."""
        places = []
        for own in stems:
            last = -1
            for stem in own:
                found = self.places.get(stem)
                if found:
                    i = bisect.bisect_left(found, before) - 1
                    if i >= 0:
                        last = max(last, found[i])
            if last < 0:
                return -1
            places.append(last)
        return min(places, default=-1)


# A sentence naming more row labels than this is a list of them, not one row's statement.
MAX_NAMED_ROWS = 8


def _row_of(sentence: _Sentence, before: int, end: int, lang: str) -> tuple[_Table, _Row] | None:
    """The row whose label the sentence names nearest before the figure (`before`: its place in the sentence), else
    anywhere in the sentence. A row whose words another named row's hold is that row's part (`Week 43` in `Past Six
    Weeks`) and gives way to it; two rows named at one place are too many."""
    if len(sentence.named) > MAX_NAMED_ROWS:
        return None
    for limit in (before, end):
        found = [(table, row, sentence.label_at(row.stems, limit)) for table, row in sentence.named]
        found = [f for f in found if f[2] >= 0]
        found = [f for f in found if not any(_covers(g[1].words, f[1].words, lang) for g in found)]
        if not found:
            continue
        nearest = max(at for _, _, at in found)
        found = [(table, row) for table, row, at in found if at == nearest]
        return found[0] if len(found) == 1 else None
    return None


def _covers(wide: frozenset[str], narrow: frozenset[str], lang: str) -> bool:
    """The wider label holds every word of the narrower one (under the language's endings) and more."""
    return len(wide) > len(narrow) and all(
        any(_stems(word, lang) & _stems(other, lang) for other in wide) for word in narrow
    )


def _bases(window: str, latest: int | None, lang: str) -> set[str]:
    bases = set()
    if _AVERAGE[lang].search(window):
        bases.add("average")
    if _PRIOR_YEAR[lang].search(window):
        bases.add("prior")
    for year in _YEAR.findall(window):
        bases.add("prior" if latest is not None and int(year) == latest - 1 else year)
    return bases


def _cells_for(claim: Claim, table: _Table, row: _Row, window: str, lang: str) -> list[Claim | None]:
    bases = _bases(window, table.latest_year, lang)
    is_change = claim.kind == "percent" and (claim.role == "change" or claim.direction != 0 or bool(bases))
    pairs = list(zip(table.columns, row.cells, strict=True))
    if is_change:
        changes = [(col, cell) for col, cell in pairs if col.change]
        if not bases:
            return [cell for _, cell in changes] if len(changes) == 1 else []
        chosen = [cell for col, cell in changes if col.base in bases]
        if len(chosen) == 1 or (len(chosen) == 2 and len(bases) == 2 and _BOTH[lang].search(window)):
            return chosen
        return []
    if claim.kind not in _LEVEL_KINDS:
        return []
    levels = [(col, cell) for col, cell in pairs if not col.change]
    sure_period = claim.period is not None and "period" not in claim.guesses
    year = claim.period.year if sure_period else table.latest_year
    chosen = [cell for col, cell in levels if year is not None and col.year == year]
    return chosen if len(chosen) == 1 else []


def _fits(claim: Claim, cell: Claim, table: _Table) -> bool:
    """The cell states a figure of the claim's kind, reading a bare amount at the table's scale."""
    if cell.kind == claim.kind and cell.unit == claim.unit:
        return True
    if claim.kind == "money" and cell.kind == "count" and not cell.counter and table.factor is not None:
        factor = table.factor
        quantity = cell.quantity
        cell.quantity = dataclasses.replace(
            quantity,
            kind="money",
            unit=claim.unit,
            value=quantity.value * factor,
            low=quantity.low * factor,
            high=quantity.high * factor,
            step=quantity.step * factor,
        )
        if "currency" not in cell.guesses:
            cell.guesses.append("currency")
        return True
    return False


def _in_label(label: str, sentence: str, at: int) -> bool:
    lowered, label = sentence.lower(), label.lower()
    found = lowered.find(label)
    while found >= 0:
        if found <= at < found + len(label):
            return True
        found = lowered.find(label, found + 1)
    return False


def _near(claim: Claim, cell: Claim) -> bool:
    """The two figures are of one magnitude, give or take a power of ten (a first digit written wrong keeps it;
    `12` against a cell of `35,900` is another figure)."""
    a, b = abs(claim.value), abs(cell.value)
    if a == 0 or b == 0 or not (math.isfinite(a) and math.isfinite(b)):
        return a == b == 0
    return abs(math.floor(math.log10(a)) - math.floor(math.log10(b))) <= 1


def link_table_cells(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """Sets `restates` on each prose figure that states a table cell again (found by the cell's labels)."""
    tables = _tables(claims, text, lang)
    if not tables:
        return
    spans = sorted((t.start, t.end) for t in tables)
    span_starts = [start for start, _ in spans]
    index: dict[str, list[tuple[_Table, _Row]]] = {}
    for table in tables:
        for row in table.rows:
            # filed under one word's stems (the longest word's: the rarest, as a rule): a sentence naming the row
            # holds every word of it, that one too
            key = max(row.stems, key=lambda own: (max(map(len, own)), sorted(own)))
            for stem in key:
                index.setdefault(stem, []).append((table, row))
    sentences: dict[int, _Sentence] = {}
    for i, claim in enumerate(claims):
        at = bisect.bisect_right(span_starts, claim.start) - 1
        if (at >= 0 and claim.start < spans[at][1]) or claim.sentence >= len(sentence_starts):
            continue  # a cell itself, or a figure placed in no sentence
        begin = sentence_starts[claim.sentence]
        stop = sentence_end(sentence_starts, claim.sentence, len(text))
        if not begin <= claim.start < stop:
            continue
        sentence = sentences.get(claim.sentence)
        if sentence is None:
            sentence = sentences[claim.sentence] = _Sentence(text[begin:stop], lang, index)
        found = _row_of(sentence, claim.start - begin, stop - begin + 1, lang)
        if found is None:
            continue
        table, row = found
        if _in_label(row.label, text[begin:stop], claim.start - begin):
            continue  # `Week 12 alone was …`: the figure is the label's own, not a cell's
        following = claims[i + 1].start if i + 1 < len(claims) else len(text)
        window = text[claim.end : min(stop, following, claim.end + BASE_WINDOW)]
        cells = _cells_for(claim, table, row, window, lang)
        cells = [cell for cell in cells if cell is not None and _fits(claim, cell, table) and _near(claim, cell)]
        claim.restates = [cell.id for cell in cells]
