"""Dense runs: long stretches without a sentence end that are mostly figures, read as a table.

A run of text with no sentence end longer than any sentence (`segment.MAX_SENTENCE`) is a table
pasted as one line or a list joined by `·`, never prose: the longest sentence of the real corpus
and the seeds is 349 characters. Such a run is linked in pieces of at most MAX_SENTENCE characters.
When it is also dense — at least one figure per `CHARACTERS_PER_FIGURE` characters on average, about
fifty figures to a piece — placing each figure and searching its piece for relations costs about
50 µs a figure (5 s on a 1 MB line), and the relations it finds between the cells of a table are
guesses. A dense run's figures are read as a table instead: every figure is kept as a value with
its sentence (piece), paragraph and furniture mark, an equivalent in parentheses converts its
figure, and nothing else is placed (no metric, entity, period or relation: when unsure, link
nothing). The document carries a note naming the run, printed by `check` and `claims`.

Prose is never read this way: a run qualifies only by its length first.
"""

from __future__ import annotations

import bisect

from checker.link.segment import Segments
from checker.models import Claim, Document, Mention

# Figures per character that make a long run a table: one figure per 20 characters (50 to a piece of
# MAX_SENTENCE) is where per-figure placement and relation search start to dominate linking. Dense
# prose sentences reach one figure per 8 characters but are never longer than MAX_SENTENCE, so the
# length, not this ratio, is what keeps prose out.
CHARACTERS_PER_FIGURE = 20
# The words of the note on a document with a dense run (`note_dense_runs`), by which a later stage knows
# there is one.
READ_AS_TABLE = "read as a table"


def dense_runs(cut_runs: list[tuple[int, int]], mention_starts: list[int]) -> list[tuple[int, int]]:
    """The runs (each longer than MAX_SENTENCE) holding at least one figure per CHARACTERS_PER_FIGURE
    characters; `mention_starts` sorted."""
    dense = []
    for begin, end in cut_runs:
        figures = bisect.bisect_left(mention_starts, end) - bisect.bisect_left(mention_starts, begin)
        if figures * CHARACTERS_PER_FIGURE >= end - begin:
            dense.append((begin, end))
    return dense


def in_runs(runs: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies inside one of the sorted, disjoint `runs`."""
    i = bisect.bisect_right(runs, (offset, 1 << 62)) - 1
    return i >= 0 and runs[i][0] <= offset < runs[i][1]


def place_table_figures(
    claims: list[Claim], mentions: list[Mention], indices: list[int], segments: Segments, document: Document
) -> None:
    """Places the figures of dense runs (`indices` into `claims`/`mentions`, which are in text order,
    spans in normalized offsets): each a value, or the conversion of the figure its parenthesis
    follows when that one is in a dense run too."""
    table = set(indices)
    is_furniture = segments.is_furniture
    published = document.published
    # The figures come in text order, many to a piece: the piece and the paragraph found for one figure
    # are kept with their bounds, and searched again only for a figure outside them (written out, not a
    # call per figure).
    sentence_starts, paragraph_starts = segments.sentence_starts, segments.paragraph_starts
    sentence, s_low, s_high = -1, 0, -1
    paragraph, p_low, p_high = -1, 0, -1
    furniture_lines, furniture_from = segments.furniture_lines, segments.furniture_from
    for i in indices:
        claim, mention = claims[i], mentions[i]
        at = mention.start
        claim.start, claim.end = at, mention.end  # the line and column stay the original's
        if not s_low <= at < s_high:
            sentence, s_low, s_high = _bounds(sentence_starts, at)
        if not p_low <= at < p_high:
            paragraph, p_low, p_high = _bounds(paragraph_starts, at)
        claim.sentence = sentence
        claim.paragraph = paragraph
        claim.furniture = is_furniture(at) if furniture_lines else at >= furniture_from
        claim.table_cell = True
        claim.published = published
        if not mention.written_currency:
            claim.guesses.append("currency")
        head = mention.in_parens_of
        if head is not None and head in table:
            claim.role = "conversion"
            claim.converts = claims[head].id
            claim.furniture = claims[head].furniture


def _bounds(starts: list[int], offset: int) -> tuple[int, int, int]:
    """The index of the last of the sorted `starts` at or before `offset` (-1 before the first), and the
    offsets between which every offset has the same index."""
    index = bisect.bisect_right(starts, offset) - 1
    low = starts[index] if index >= 0 else -(1 << 62)
    high = starts[index + 1] if index + 1 < len(starts) else 1 << 62
    return index, low, high


def where_runs(document: Document, runs: list[tuple[int, int]]) -> str:
    """Where long runs without a sentence end are, for a note: the first one's line, the longest's length."""
    line = bisect.bisect_right(document.line_starts, document.offsets.original_start(runs[0][0]))
    longest = max(end - begin for begin, end in runs)
    if len(runs) == 1:
        return f"line {line}: {longest:,} characters"
    return f"{len(runs)} runs, the first on line {line}, the longest {longest:,} characters,"


def note_dense_runs(document: Document, runs: list[tuple[int, int]], figures: int) -> None:
    """Says on the document which runs were read as a table (`check` and `claims` print it)."""
    note = (
        f"{where_runs(document, runs)} with no sentence end and a figure at least every "
        f"{CHARACTERS_PER_FIGURE} characters "
        f"(a table or a list, not prose) {READ_AS_TABLE}: its {figures:,} figures are kept as values "
        "(and conversions), with no metric, entity, period or relation"
    )
    if note not in document.notes:
        document.notes.append(note)
