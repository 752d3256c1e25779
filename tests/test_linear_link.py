"""The constructions that made linking quadratic in one article (issue 12.4), cut down to their
rules: long runs without a sentence end are cut, names already taken answer overlap by bisection,
and a change's basis comes from its own sentence's times. Times are measured by
benchmarks/extract_linear.py, never here."""

from __future__ import annotations

from helpers import claims
from hypothesis import given
from hypothesis import strategies as st

from checker.link import per_unit_ko
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


# --- Indexes and walks that replaced a read of every earlier figure per figure (the same links) ---


def _named_wholes_by_walk(claims_, text, lang):
    """`link_named_wholes_of_shares` as it was written first: every earlier figure read again for each share."""
    import math

    from checker.link import named_wholes_of_shares as nw
    from checker.link.keys_differ import periods_differ

    figures = [c for c in claims_ if c.role != "conversion" and not c.furniture]
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        found = nw._NAME_BEFORE[lang].search(text, max(0, rate.start - nw._WINDOW), rate.start)
        if found is None or nw._TOTAL_NAMED[lang].search(text, max(0, rate.start - nw._WINDOW), rate.start):
            continue
        words = found.group("name").split()
        if nw._BACK_REFERENCE[lang].match(found.group("name")):
            continue
        before = [c for c in figures[:position] if c.kind in nw.AMOUNTS and math.isfinite(c.high)]
        own = [c for c in before if c.sentence == rate.sentence]
        last = [c for c in before if c.sentence == rate.sentence - 1]
        part = own[-1] if own else (last[-1] if last else None)
        if part is None or part.role != "value" or part.high <= 0:
            continue
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and following.unit == part.unit
            and not nw._CLAUSE_END[lang].search(text, rate.end, following.start)
        ):
            continue
        whole = next(
            (
                c
                for c in reversed(before)
                if c.sentence < part.sentence
                and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
                and c.role == "value"
                and nw._word_before(text, c, lang) in words
            ),
            None,
        )
        if whole is None or whole.low <= part.high or periods_differ(whole, part):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


# Named wholes stated again and again, a share of each after a part, and near misses: a whole no larger than its
# part (`해외 1만개 … 해외 판매의 20%`), a whole of another counter, a share whose name refers back.
_NAMED_WHOLES_STORY = (
    "가람제과는 국내 {a}만개, 해외 {b}만개를 팔았다. 감자칩이 {p}천개 팔려 국내 판매의 {r}%를 차지했다. "
    "쿠키는 {q}천개가 팔려 해외 판매의 {s}%였다. 나래음료는 온라인 {c}만병을 팔았다. "
    "탄산수가 {t}천병 팔려 온라인 판매의 {u}%를 차지했다. 과자는 {p}천개 팔려 온라인 판매의 {u}%였다. "
    "해외 {w}천개 가운데 젤리가 {v}천개로 해외 판매의 {r}%를 차지했다. 이 금액의 {s}%는 수출이었다.\n\n"
)


def test_named_wholes_of_shares_found_by_index_are_those_of_a_walk_back(knowledge, monkeypatch):
    from copy import deepcopy

    from checker.link import shares
    from checker.link.named_wholes_of_shares import link_named_wholes_of_shares

    compared = []

    def both(claims_, text, lang):
        walked = deepcopy(claims_)
        _named_wholes_by_walk(walked, text, lang)
        link_named_wholes_of_shares(claims_, text, lang)
        fields = ("share_part", "share_whole", "whole", "label", "guesses")
        assert [[getattr(c, f) for f in fields] for c in claims_] == [[getattr(c, f) for f in fields] for c in walked]
        compared.extend(c for c in claims_ if c.share_whole is not None and "relation" in c.guesses)

    monkeypatch.setattr(shares, "link_named_wholes_of_shares", both)
    text = "".join(
        _NAMED_WHOLES_STORY.format(
            a=4 + i, b=6 + i, c=3 + i, p=12 + i, q=9 + i, r=25 + i, s=15 + i, t=7, u=21, v=8, w=9
        )
        for i in range(6)
    )
    claims(text, knowledge)
    assert compared  # (the story links shares to named wholes: the two ways were compared on links, not on none)


@given(st.lists(st.sampled_from(["Kairo", "Kairo Games", "Kairos", "xKairo", " ", ".", "'s", "\n", "a"]), max_size=30))
def test_short_form_matches_found_by_find_are_the_patterns_own(pieces):
    import re

    from checker.link.entities import _literal_matches

    text = "".join(pieces)
    pattern = re.compile(r"\bKairo\b(?!\s+Games)")
    assert [m.span() for m in _literal_matches(pattern, "Kairo", text)] == [m.span() for m in pattern.finditer(text)]


@given(st.lists(st.tuples(st.sampled_from(["money", "count", "percent"]), st.sampled_from(["KRW", "USD", "EUR"]))))
def test_next_figure_of_a_totals_unit_is_the_first_one_a_scan_finds(figures):
    from types import SimpleNamespace

    from checker.link.per_period_apart import _next_of_unit

    made = [SimpleNamespace(kind=kind, unit=unit) for kind, unit in figures]
    scanned = []
    for i, total in enumerate(made):
        for after in made[i + 1 :]:
            if after.unit == total.unit or after.kind != "money" or total.kind != "money":
                scanned.append((total, after))
                break
    assert _next_of_unit(made) == scanned


def _placed(index: int, sentence: int, role: str, furniture: bool):
    from checker.models import Claim, Quantity

    quantity = Quantity("count", 1.0, 1.0, 1.0, "count")
    claim = Claim(f"t#{index}", "t.txt", index, index + 1, 1, index + 1, "1", quantity, sentence=sentence)
    claim.role, claim.furniture = role, furniture
    return claim


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.sampled_from(["value", "change", "conversion"]), st.booleans()), max_size=30
    )
)
def test_shared_sentence_groups_are_those_each_rule_built(figures):
    """The prose figures and their sentence groups, built once per article and shared by the rules, are the ones a
    rule built for itself from the claims; a plain list of claims (a test's) gets them built afresh."""
    from checker.link.sentence_groups import (
        ArticleClaims,
        group_by_sentence,
        prose_by_sentence,
        prose_figures,
        unfurnished_by_sentence,
    )

    made = [_placed(i, s, role, furniture) for i, (s, role, furniture) in enumerate(figures)]
    prose = [c for c in made if c.role != "conversion" and not c.furniture]
    unfurnished = group_by_sentence(c for c in made if not c.furniture)
    shared = ArticleClaims(made)
    for claims_ in (shared, made):
        assert prose_figures(claims_) == prose
        assert prose_by_sentence(claims_) == group_by_sentence(prose)
        assert unfurnished_by_sentence(claims_) == unfurnished
    assert prose_figures(shared) is prose_figures(shared)  # (built once)
    assert prose_by_sentence(shared) is prose_by_sentence(shared)


def test_an_equivalent_taking_its_figures_furniture_groups_the_figures_again():
    """`inherit_conversions` gives an equivalent its figure's furniture: the shared groups of the figures outside
    furniture are built again, not read stale."""
    from types import SimpleNamespace

    from checker.link.relations import inherit_conversions
    from checker.link.sentence_groups import ArticleClaims, unfurnished_by_sentence

    head, equivalent = _placed(0, 0, "value", True), _placed(1, 0, "conversion", False)
    equivalent.converts = head.id
    claims_ = ArticleClaims([head, equivalent])
    assert unfurnished_by_sentence(claims_) == {0: [equivalent]}
    inherit_conversions(claims_, [SimpleNamespace(in_parens_of=None), SimpleNamespace(in_parens_of=0)])
    assert unfurnished_by_sentence(claims_) == {}


def test_an_equivalent_read_as_a_figure_of_its_own_joins_the_shared_prose_figures():
    """A rule that gives an equivalent in parentheses a role of its own makes it a prose figure: the shared groups
    see it at their next use."""
    from checker.link.sentence_groups import ArticleClaims, prose_by_sentence, prose_figures

    value, equivalent = _placed(0, 0, "value", False), _placed(1, 0, "conversion", False)
    claims_ = ArticleClaims([value, equivalent])
    assert prose_figures(claims_) == [value] and prose_by_sentence(claims_) == {0: [value]}
    equivalent.role = "prior"
    assert prose_by_sentence(claims_) == {0: [value, equivalent]}
    assert prose_figures(claims_) == [value, equivalent]


def test_a_korean_figure_per_unit_asks_only_its_paragraphs_and_the_leads_counts(knowledge, monkeypatch):
    # (a long article of many paragraphs each with a figure per one unit: each figure's count is sought in its own
    # paragraph and the lead, so the counts asked about grow with the article, not with its square)
    asked = []
    counts = per_unit_ko._counts

    def counting(c, *rest):
        asked.append(c.id)
        return counts(c, *rest)

    monkeypatch.setattr(per_unit_ko, "_counts", counting)
    paragraph = "작목반원 120명이 배추 300톤을 40억원에 팔았다. 작목반원 한 명당 3억원꼴이고 ㎏당 1300원이다."

    def calls(paragraphs: int) -> int:
        asked.clear()
        claims("\n\n".join([paragraph] * paragraphs), knowledge, language="ko")
        return len(asked)

    few, many = calls(10), calls(40)
    assert few > 0 and many <= 6 * few  # (four times the paragraphs: asked of every count before, about 16 times)


def test_a_korean_figure_per_unit_of_one_long_paragraph_asks_only_the_sentences_around_it(knowledge, monkeypatch):
    # (a dump on one line, one paragraph and all of it the lead: each figure per unit asks the counts of its own
    # sentence and the two before, not every count the paragraph states before it)
    asked = []
    counts = per_unit_ko._counts

    def counting(c, *rest):
        asked.append(c.id)
        return counts(c, *rest)

    monkeypatch.setattr(per_unit_ko, "_counts", counting)

    def calls(sentences: int) -> int:
        asked.clear()
        text = " ".join(
            f"작목반원 {120 + i}명이 배추 {300 + 7 * i}톤을 {40 + i}억원에 팔았다. "
            f"작목반원 한 명당 {2 + i % 5}억원꼴이고 ㎏당 {1200 + 11 * i}원이다."
            for i in range(sentences)
        )
        claims(text, knowledge, language="ko")
        return len(asked)

    few, many = calls(10), calls(40)
    assert few > 0 and many <= 6 * few  # (four times the sentences: asked of every count before, about 16 times)
