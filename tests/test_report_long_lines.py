"""Reports on a long one-line article: each finding costs the same wherever it stands (issue 12).

The text report narrows a long line to the stretch around a span before squeezing and cutting it, and the HTML page
looks for the spans overlapping a claim only among those that can reach it. Both must show exactly what the whole-line
computation shows: these tests compare them with it on lines of every kind (runs of spaces, wide characters, spans at
either end).
"""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from checker.report.html import _longest, _overlapping
from checker.report.text import _NARROW_REACH, _cut, _shown, _squeeze


def _whole_line(line: str, start: int, end: int) -> tuple[str, int, int]:
    squeezed, start, end = _squeeze(line, start, end)
    return _cut(squeezed, start, end)


_PIECES = st.sampled_from(["매출은 3천245억원으로 ", "sales rose 12% to $4.1bn, ", "     ", "가", "x", " ", "…"])


@given(
    st.lists(_PIECES, min_size=1, max_size=4_000),
    st.floats(min_value=0.0, max_value=1.0),
    st.integers(min_value=1, max_value=40),
)
def test_a_long_line_is_shown_as_the_whole_line_computation_shows_it(pieces, where, length):
    line = "".join(pieces)
    start = min(int(where * len(line)), len(line) - 1)
    end = min(len(line), start + length)
    assert _shown(line, start, end) == _whole_line(line, start, end)


def test_a_span_deep_in_a_long_line_is_narrowed_and_shown_the_same():
    line = "매출은 3천245억원으로 12% 늘었다. " * 3_000
    assert len(line) > 4 * _NARROW_REACH
    for start in (0, 5, len(line) // 2, len(line) - 9):
        assert _shown(line, start, start + 8) == _whole_line(line, start, start + 8)


def _brute(spans, start, end):
    return [span for span in spans[: bisect.bisect_left(spans, (end,))] if span[1] > start]


@given(
    st.lists(
        st.tuples(st.integers(0, 5_000), st.integers(1, 300)).map(lambda p: (p[0], p[0] + p[1], "F301")),
        max_size=200,
    ),
    st.integers(0, 5_000),
    st.integers(1, 300),
)
def test_the_overlapping_spans_are_all_and_only_those_a_full_scan_finds(raw, start, length):
    spans = sorted(raw)
    end = start + length
    assert list(_overlapping(spans, start, end, _longest(spans))) == _brute(spans, start, end)
