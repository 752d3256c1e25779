"""Session 27, speed lane (issue 12.4, the 1 MB line): work skipped or read without a call gives the same results.

- Extraction (checker/extract/quantities.py): the pass that drops an item's size reads only measures, the passes of
  ratios to one and of age groups only counts; each runs only when the run holds a number of that kind
  (`_some_of_kind`). Generated runs are scanned with the test and with the passes forced: the mentions are the same.
- Linking (checker/link/__init__.py): a metric's name met before is read from the lexicon's answers
  (`Lexicon.metric_answers`) without a call; with no answers kept, every name asked anew, the claims are the same.
- A claim's copies of its quantity's kind, value, unit and step follow it (`Claim.quantity`; kept as a guard).

Every sentence, cell and figure here is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import extract, numerals, quantities
from checker.extract.quantities import scan
from checker.link import link
from checker.link.lexicon import Lexicon
from checker.models import Claim, Document, Quantity, WrittenUnit
from checker.pipeline import load_knowledge
from checker.report.json import claims_json

# ---------------------------------------------------------------- extraction: passes for one kind of number

_FIGURES = st.one_of(
    st.integers(0, 10**6).map(lambda n: f"{n:,}"),
    st.integers(1, 99).map(str),
    st.sampled_from(["20", "30", "40", "60", "70"]),
    st.tuples(st.integers(0, 40), st.integers(0, 9)).map(lambda p: f"{p[0]}.{p[1]}"),
    st.tuples(st.integers(1, 9), st.integers(100, 999)).map(lambda p: f"{p[0]}조{p[1]}억"),
)
_BEFORE = ["", " ", "경쟁률은 ", "평균 ", "about ", " shipped ", "방문객 중 ", "지난해 ", "그중 "]
_UNITS = ["", "억원", "%", "대", "대 1", "대 1의", "대가", "대 이상이", "명", "kg", "ft", " tonnes", " crates", "배"]
_AFTER = ["", " ", ", ", " boxes", " 늘었다", ". ", " and ", "로 ", "을 기록했다 "]
_CELL = st.tuples(st.sampled_from(_BEFORE), _FIGURES, st.sampled_from(_UNITS), st.sampled_from(_AFTER)).map("".join)


def _mentions(text: str, language: str) -> list:
    mentions, _ = scan(text, language=language)
    return [dataclasses.astuple(m) for m in mentions]


@pytest.mark.parametrize("language", ["ko", "en"])
@given(cells=st.lists(_CELL, min_size=1, max_size=40))
@settings(max_examples=80)
def test_a_run_is_read_alike_with_the_passes_of_one_kind_skipped_or_forced(monkeypatch, language, cells):
    text = "".join(cells)
    with monkeypatch.context() as forced:
        forced.setattr(quantities, "_some_of_kind", lambda raws, kind: True)
        numerals.parse_arabic.cache_clear()
        expected = _mentions(text, language)
    numerals.parse_arabic.cache_clear()
    assert _mentions(text, language) == expected


def test_the_count_passes_are_skipped_on_a_line_of_amounts_and_rates(monkeypatch):
    called = []
    monkeypatch.setattr(quantities, "_read_age_groups", lambda *a: called.append(a))
    scan("수입은7천410억원으로8%줄었다" * 30, language="ko")
    assert not called  # no count: nothing for the pass to read
    scan("관람객 중 30대가 412명으로 가장 많았다", language="ko")
    assert called  # a count: the pass runs


def test_an_age_group_and_a_ratio_are_still_read():
    # (a near miss for each: a count of the counter that is no age group, a ratio with its `1` left out)
    kinds = [m.quantity.kind for m in scan("관람객 중 30대가 412명으로 가장 많았다", language="ko")[0]]
    assert kinds == ["count"]  # the age group is no count of 대; the 412 visitors are
    assert [m.quantity.kind for m in scan("평균 14.2대 1의 경쟁률을 보였다", language="ko")[0]] == ["multiple"]
    assert [m.quantity.kind for m in scan("트럭 31대가 새로 들어왔다", language="ko")[0]] == ["count"]


def test_an_item_size_is_still_dropped_and_a_lone_measure_kept():
    sizes = scan("The port shipped 3,400 12ft boxes last month", language="en")[0]
    assert [m.quantity.kind for m in sizes] == ["count"]  # the boxes' size states no quantity of its own
    lone = scan("The port shipped 3,400 tonnes last month", language="en")[0]
    assert [m.quantity.kind for m in lone] == ["measure"]


# ---------------------------------------------------------------- linking: the metric names' answers


def _document(text: str) -> Document:
    return Document(path="t.txt", text=text, published=dt.date(2025, 3, 4), language="ko")


_LINE = st.lists(
    st.tuples(
        st.sampled_from(["매출은", "영업이익은", "순이익이", "수출액은", "판매량은", ""]),
        st.integers(1, 9999),
        st.sampled_from(["억원으로", "%", "만대로", "조원", "억달러로"]),
        st.sampled_from(["", " 늘었다. ", "줄었다", ", "]),
    ).map(lambda p: f"{p[0]}{p[1]}{p[2]}{p[3]}"),
    min_size=1,
    max_size=30,
).map("".join)


@given(text=_LINE)
@settings(max_examples=40, deadline=None)
def test_claims_are_the_same_with_the_metric_answers_read_or_asked_anew(text):
    lexicon = load_knowledge().lexicon
    read = claims_json(link(extract(_document(text)), lexicon).claims)
    with pytest.MonkeyPatch.context() as cold:
        cold.setattr(Lexicon, "metric_answers", property(lambda self: {}))  # every name asked through `metric_for`
        asked = claims_json(link(extract(_document(text)), lexicon).claims)
    assert read == asked


def test_the_metric_answers_are_metric_for_s():
    lexicon = load_knowledge().lexicon
    for surface in ("매출", "영업이익", "revenue", "없는말"):
        answer = lexicon.metric_for(surface)
        assert lexicon.metric_answers[surface] == answer


# ---------------------------------------------------------------- a claim's copies of its quantity


def test_a_claims_copies_follow_its_quantity():
    money = Quantity("money", 5.0e9, 4.5e9, 5.5e9, "KRW", step=1.0e9)
    claim = Claim("t#0", "t", 0, 4, 1, 1, "50억원", money)
    assert (claim.kind, claim.value, claim.unit, claim.step) == ("money", 5.0e9, "KRW", 1.0e9)
    weight = Quantity("measure", 3000.0, 2950.0, 3050.0, "kg", step=100.0, written_unit=" tonnes", written_factor=1e3)
    claim.quantity = weight
    assert (claim.kind, claim.value, claim.step) == ("measure", 3000.0, 100.0)
    assert claim.unit == WrittenUnit("kg", " tonnes", 1e3)
    again = dataclasses.replace(claim, quantity=money)
    assert (again.kind, again.unit) == ("money", "KRW")
