"""The years a run held once a year skipped, told in the sentence that dates its first edition: `대회는 2014년 처음
열렸으며 코로나19로 2020년과 2021년 두 해를 건너뛰어 올해로 11회째를 맞았다`, `First held in 1971 and missed only in
2021, this was the 55th championship`, `The show was first held in 1976 and has run every year since, apart from 2020`.

After the first year, in its sentence, a word that the run was not held (`[link.edition_skipped]`: `건너뛰`, `쉬었`,
`except`, `missed`, `cancelled`) makes every year written there after the first and before the publication's a year
skipped (`2020년과 2021년`, `except 2001, …, and 2020`); with no such year written, a count of years beside the
word (`두 해를 건너뛴`, `skipped two years`: `[link.edition_skip_years]`) is their number. A count that disagrees
with the years written, or a word of skipping with neither, and the ordinal is not read: it counts no years. The
Nth edition is then N + skipped − 1 years after the first, or N + skipped counted with both ends (the elapsed check
adds them, checker/check/kinds/elapsed.py). Language words are data.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import Span
from checker.regex_cache import compile_exact, compile_re

_YEAR = compile_exact(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d.,]\d)")


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]] | None:
    """(a word of a year skipped; a count of years skipped beside it, group `n` or `m`; the count words' values)."""
    w = link_alternations(code)
    if NEVER in (w.edition_skipped, w.edition_skip_years):
        return None
    counts, number = span_counts(code)
    skip = compile_re(rf"(?:{w.edition_skipped})", re.I)
    count = compile_re(
        rf"(?<![\w.,])(?P<n>{number})\s?(?:{w.edition_skip_years})\S{{0,2}}\s?(?:{w.edition_skipped})"
        rf"|(?:{w.edition_skipped})\s+(?P<m>{number})\s+(?:{w.edition_skip_years})\b",
        re.I,
    )
    return skip, count, counts


def skip_words(code: str) -> re.Pattern[str] | None:
    """The words of a year a run skipped (`[link.edition_skipped]`), or None where the language has none."""
    found = _patterns(code)
    return found[0] if found is not None else None


def skipped_years(doc: ArticleView, year_end: int, first: int, published: int) -> tuple[int, list[Span]] | None:
    """The years after a run's first (`first`, its year ending at `year_end`) that its sentence says were skipped, and
    their spans: (0, []) when the sentence says none was; None when it says some were but not which or how many."""
    found = _patterns(doc.language)
    if found is None:
        return 0, []
    skip, count, counts = found
    _, end = doc.segments.sentence_bounds(doc.segments.sentence_of(year_end - 1), len(doc.text))
    if skip.search(doc.text, year_end, end) is None:
        return 0, []
    years = [m for m in _YEAR.finditer(doc.text, year_end, end) if first < int(m.group()) < published]
    distinct = {int(m.group()) for m in years}
    stated = count.search(doc.text, year_end, end)
    number = None
    if stated is not None:
        written = stated.group("n") or stated.group("m")
        number = int(written) if written.isdigit() else counts.get(written.lower())
    if not distinct:
        if not number:
            return None
        group = "n" if stated.group("n") else "m"
        return number, [Span(start=stated.start(group), end=stated.end(group))]
    if number is not None and number != len(distinct):
        return None  # (`두 해` over three years written: which were skipped is unsaid)
    return len(distinct), [Span(start=m.start(), end=m.end()) for m in years]


def only_skips(code: str, not_yearly: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether every word of a run not held every year between `start` and `end` is a word of a year skipped (`2020년
    한 해를 건너뛰어`), none of a run held every other year (`격년`, `every other summer`)."""
    skip = skip_words(code)
    if skip is None:
        return False
    for match in not_yearly.finditer(text, start, end):
        words = [m.span() for m in skip.finditer(text, max(start, match.start() - 8), min(end, match.end() + 8))]
        if not any(a < match.end() and match.start() < b for a, b in words):
            return False
    return True
