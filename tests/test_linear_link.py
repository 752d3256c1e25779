"""The constructions that made linking quadratic in one article (issue 12.4), cut down to their
rules: long runs without a sentence end are cut, names already taken answer overlap by bisection,
and a change's basis comes from its own sentence's times. Times are measured by
benchmarks/extract_linear.py, never here."""

from __future__ import annotations

from helpers import claims
from hypothesis import given
from hypothesis import strategies as st

from checker.link.entities import EntityHit, EntityIndex, _DisjointSpans, resolve_anaphora
from checker.link.segment import MAX_SENTENCE, segment

# One clause of a figure list, with no sentence end: pasted tables and `·`-joined lists look so.
RUN = "B사의매출은4천312억원으로7%줄었고"


def _lengths(text: str) -> list[int]:
    starts = segment(text).sentence_starts
    return [b - a for a, b in zip(starts, [*starts[1:], len(text)])]


def test_a_long_run_without_sentence_end_is_cut_into_bounded_sentences():
    text = RUN * 400  # 8,000 characters, no space, no full stop
    lengths = _lengths(text)
    assert len(lengths) > 1 and max(lengths) <= MAX_SENTENCE
    for start in segment(text).sentence_starts[1:]:
        assert not (text[start - 1].isdigit() and text[start].isdigit())  # never inside `4312`


def test_a_long_run_is_cut_at_a_clause_break():
    text = "·".join(["C사 2분기 영업이익 1,250억원"] * 200)
    starts = segment(text).sentence_starts
    assert len(starts) > 1 and all(text[s - 1] in " ·" for s in starts[1:])
    assert max(_lengths(text)) <= MAX_SENTENCE


def test_ordinary_sentences_are_not_cut():
    sentence = "D사의 올해 1분기 매출은 " + "부문별로 고르게 늘어 " * 20 + "5조 3000억원을 기록했다. "
    text = sentence * 3
    assert len(sentence) < MAX_SENTENCE
    assert len(segment(text).sentence_starts) == 3


def test_figures_in_a_cut_run_are_still_read(knowledge):
    text = RUN * 300
    found = claims(text, knowledge).claims
    assert sum(c.kind == "money" for c in found) == 300
    assert sum(c.kind == "percent" for c in found) == 300


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20)), max_size=60), st.integers(0, 320), st.integers(1, 30)
)
def test_disjoint_spans_answer_overlap_as_a_scan_would(spans, start, length):
    taken, kept = _DisjointSpans(), []
    for begin, size in spans:
        end = begin + size
        overlapping = any(s < end and begin < e for s, e in kept)
        assert taken.overlaps(begin, end) == overlapping
        if not overlapping:  # the linker adds a name only where none overlaps
            taken.add(begin, end)
            kept.append((begin, end))
    end = start + length
    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in kept)


def test_basis_is_read_from_the_changes_own_sentence(knowledge):
    text = (
        "E사의 2분기 매출은 전분기 대비 10% 늘었다. "
        "E사의 2분기 영업이익은 전년 동기 대비 20% 늘었다. "
        "E사의 2분기 순이익은 30% 늘었다. "
    )
    by_value = {c.value: c for c in claims(text, knowledge).claims if c.role == "change"}
    assert by_value[10.0].basis == "quarter"
    assert by_value[20.0].basis == "year"
    assert by_value[30.0].basis is None  # a marker of another sentence is not this one's basis


def _resolve_by_scanning(text, index, anaphora, paragraph_of):
    """The resolution as it was written first, one scan of every hit per anaphor: the oracle."""
    hits = [h for h in index.hits if not any(a <= h.start and h.end <= b for a, b, _ in anaphora)]
    for start, end, plural in anaphora:
        fitting = [
            h for h in index.hits if h.end <= start and h.kind in ("company", "org") and (len(h.ids) > 1) == plural
        ]
        if fitting:
            target = fitting[-1]
            hits.append(
                EntityHit(start, end, target.ids, target.kind, paragraph_of(target.start) != paragraph_of(start), False)
            )
    hits.sort(key=lambda h: h.start)
    return hits


SPANS = st.tuples(st.integers(0, 200), st.integers(1, 15))


@given(
    st.lists(st.tuples(SPANS, st.sampled_from(["company", "org", "person"]), st.booleans()), max_size=25),
    st.lists(st.tuples(SPANS, st.booleans()), max_size=12),
)
def test_anaphora_resolve_as_a_scan_of_every_hit_would(named, anaphors):
    text = "가" * 260  # no particle follows anything: `topic` is False on both sides
    hits = sorted(
        (EntityHit(s, s + n, ("a", "b") if plural else ("a",), kind) for (s, n), kind, plural in named),
        key=lambda h: h.start,
    )
    anaphora = sorted((s, s + n, plural) for (s, n), plural in anaphors)
    index = EntityIndex(hits)
    got = resolve_anaphora(text, index, anaphora, lambda offset: offset // 50, "ko")
    assert got.hits == _resolve_by_scanning(text, index, anaphora, lambda offset: offset // 50)
