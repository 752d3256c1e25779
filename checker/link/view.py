"""What the linker reads off one document once, shared by every placement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from checker.extract.lang import ByLanguage
from checker.link.entities import EntityIndex
from checker.link.segment import Segments
from checker.models import Span, TimeRef

# two Latin letters in a row: a word of English phrasing (in any document: Korean copy quotes English)
_LATIN = ByLanguage(lambda w: rf"{w.chars('capital_letters', 'small_letters')}{{2}}")


class MetricHit(NamedTuple):
    """A metric's name found in the text (`영업이익`, `revenue`): where, and which metric."""

    start: int
    end: int
    metric: str


@dataclass(slots=True)
class ArticleView:
    """What the linker knows of one document, computed once."""

    text: str
    segments: Segments
    entities: EntityIndex
    metric_hits: list[MetricHit]
    times: list[TimeRef]
    time_starts: list[int]
    marks: dict[int, tuple[bool, re.Match | None, bool]]
    mention_starts: list[int]
    metric_starts: list[int]
    language: str  # selects the link vocabulary (rules/lang/<language>.toml)
    # A sentence's metric hits that fit a kind of figure, with their starts and ends: found once per
    # sentence and kind, not once per figure (context.py).
    usable_metrics: dict = field(default_factory=dict)
    scopes: dict[int, str | None] = field(default_factory=dict)  # a metric hit's segment words, by its start
    mention_ends: dict[int, int] = field(default_factory=dict)  # a figure's end, by its start (not in parentheses)
    mention_units: dict[int, str] = field(default_factory=dict)  # a figure's unit (`USD`, `count`), by its start
    mention_counters: dict[int, str | None] = field(default_factory=dict)  # a count's counter word, by its start
    # the units a figure is restated in by its equivalents (`210 zloty a pen, roughly £42 each`: GBP), by its start
    equivalent_units: dict[int, frozenset[str]] = field(default_factory=dict)
    # The times that label the figure compared with (`from last year's 4 million`), by sentence start:
    # {time start: figure start}, found once per sentence (context.py).
    baseline_labels: dict[int, dict[int, int]] = field(default_factory=dict)
    # A sentence's times that can date its figures (by the sentence's time range and whether the figure's
    # metric is an event), and a time's span as a claim's `period_span` (frozen: one object serves every
    # figure it dates), found once, not once per figure (context.py).
    figure_times: dict[tuple[int, int, bool], list] = field(default_factory=dict)
    time_spans: dict[tuple[int, int], Span] = field(default_factory=dict)
    # Where a coordinated clause with a subject of its own opens (`…, and order intake doubled to`), found
    # once per article on first use: a metric named before one does not carry past it (context.py).
    own_subject_opens: list[int] | None = None
    # The dated times a span may run from or to (`elapsed.dated_times`), read once per article on first use: some
    # ten readings of elapsed time ask for them.
    dated: list[TimeRef] | None = None
    # The names of a sentence that may be its figures' subject (a place only as a topic or before a metric, a country
    # only with no other kind named), by the sentence's start: found once per sentence, not per figure (context.py).
    sentence_subjects: dict[int, list] = field(default_factory=dict)
    # The last answer of `latin_before`, with what it was asked: a figure's role and its subject ask it in turn.
    latin_asked: tuple[int, int, bool] = (-1, -1, False)

    def latin_before(self, position: int, s_start: int) -> bool:
        """Whether the 40 characters before a figure hold a Latin word (English phrasing)."""
        asked = self.latin_asked
        if asked[0] == position and asked[1] == s_start:
            return asked[2]
        found = _LATIN[self.language].search(self.text, max(s_start, position - 40), position) is not None
        self.latin_asked = (position, s_start, found)
        return found
