"""Speed without a change of results (thirty-eighth session, issue 12): the span averages read only where one of the
marks they start from can match (`span_averages._MARKS_OF_AN_AVERAGE`, `may_match`), the averages left pending for the
story's total (`link_span_averages_of_identified_totals`) included; parallel parts read which figures were stated
before a sentence from one index per list of figures (`parallel_parts._first_stated`), not from a set built from every
figure per group of items; a run's length beside a range and a length after a compact range read only where the
range's joiner and a length, or a compact range, can match.

A gate is sound when the reading it skips would have done nothing: the claims are the same with every gate tested
(`regex_needs.LONG` set to 0, so that even a short text is looked at) and with none (every text taken as short). The
index answers as the set it replaces did, on figures of many values, units, kinds and sentences.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from helpers import document

from checker import regex_needs
from checker.link import parallel_parts
from checker.pipeline import analyze_document

# Each a mark an average starts from: a unit's mark, a bare day, year or month, `an average of`, a restating mark, an
# appended figure after its total's comma; and an average left for the story's total, read after the parts are marked.
_KO = [
    "달빛축제에 20일 동안 관람객 40만명이 찾았다. 하루 평균 2만명꼴이다.\n",
    "솔내도서관은 지난해 책 3만6천권을 빌려줬다. 한 달 평균 3천권이다.\n",
    "은하목장은 8주 동안 우유 4만ℓ를 팔았다. 주당 평균 5천ℓ다.\n",
    "푸른숲재단은 3년간 묘목 2만4천 그루를 심는다. 한 해 8천 그루씩 심는 셈이다.\n",
    "별무리 전시회는 12일간 열려 관객 6만명을 모았다. 하루 5천명꼴로 다녀갔다.\n",
    "매달 6천개씩 여섯 달 동안 보낸다.\n",
    "은솔목공소는 올해 의자 1만2천개를 납품하기로 했다.\n\n"
    "납품은 여섯 달 동안 이어진다. 한 달에 2천개꼴로 나눠 보낸다.\n",
]
_EN = [
    "The Larkfield fair drew 84,000 visitors over its 12 days, an average of 7,000 a day.\n",
    "Millbrook library lent 36,000 books last year, or about 3,000 a month.\n",
    "The Corran ferry carried 52,000 riders over the 26 weeks, which works out at 2,000 a week.\n",
    "Fernhill planted 24,000 saplings in three years, some 8,000 a year.\n",
    "Kestrel Yard shipped 18,300 crates.\n\nIt has 14 loaders.\n\n"
    "Over the 61 days it averaged about 300 crates a day.\n",
]
# lengths of time beside a range (the run-length and compact-range readings' gates: a joiner and a length, a compact
# range), and texts with neither
_SPANS = [
    ("ko", "은빛마을 장터는 5월 3일부터 5월 9일까지 열린다. 장터는 이레 동안 이어진다.\n"),
    ("ko", "꽃길 축제는 4∼6일 사흘 동안 열렸다. 관람객은 9천명이었다.\n"),
    ("ko", "올해 3∼5월 석 달 동안 비가 적게 왔다.\n"),
    ("en", "The Harbour Lights festival ran from 3 May to 9 May. It lasted seven days.\n"),
    ("en", "The fair drew 9,000 visitors, up 12% on last year.\n"),
    ("ko", "구름전자의 매출은 240억원으로 20% 늘었다.\n"),
]
# no mark of an average anywhere: the gate refuses, and nothing was to be read
_NONE_KO = "구름전자의 2025년 상반기 매출은 240억원으로 전년 동기 200억원보다 20% 늘었다.\n"
_NONE_EN = "Revenue at Brightfield rose 20% to $240m in the first half from $200m a year earlier.\n"


def _claims(knowledge, text: str, language: str) -> str:
    return analyze_document(document(text, language=language), knowledge.lexicon).model_dump_json()


def _both_ways(knowledge, monkeypatch, text: str, language: str) -> tuple[str, str]:
    monkeypatch.setattr(regex_needs, "LONG", 0)  # (every text looked at: every gate tested)
    gated = _claims(knowledge, text, language)
    monkeypatch.setattr(regex_needs, "LONG", 1 << 62)  # (every text short: no gate, every reading run)
    return gated, _claims(knowledge, text, language)


@pytest.mark.parametrize("language,sentences", [("ko", _KO), ("en", _EN)])
def test_each_average_the_same_with_the_gate_tested(knowledge, monkeypatch, language, sentences):
    for sentence in sentences:
        gated, ungated = _both_ways(knowledge, monkeypatch, sentence, language)
        assert gated == ungated, sentence


@pytest.mark.parametrize("language,sentences", [("ko", _KO), ("en", _EN)])
def test_an_article_of_averages_the_same_with_the_gate_tested(knowledge, monkeypatch, language, sentences):
    text = "\n".join(sentences)
    gated, ungated = _both_ways(knowledge, monkeypatch, text, language)
    assert gated == ungated


@pytest.mark.parametrize("language,text", [("ko", _NONE_KO), ("en", _NONE_EN)])
def test_no_mark_of_an_average_the_same_with_the_gate_tested(knowledge, monkeypatch, language, text):
    gated, ungated = _both_ways(knowledge, monkeypatch, text * 3, language)
    assert gated == ungated


@pytest.mark.parametrize("language,text", _SPANS)
def test_lengths_beside_ranges_the_same_with_the_gates_tested(knowledge, monkeypatch, language, text):
    gated, ungated = _both_ways(knowledge, monkeypatch, text, language)
    assert gated == ungated


@pytest.mark.parametrize(
    "language,text",
    [("ko", _KO[0]), ("en", _EN[0]), ("ko", _KO[-1]), ("en", _EN[-1])],
)
def test_an_average_is_still_tied_to_its_total_with_the_gate_tested(knowledge, monkeypatch, language, text):
    monkeypatch.setattr(regex_needs, "LONG", 0)
    found = analyze_document(document(text, language=language), knowledge.lexicon).claims
    assert any(c.per_period_of for c in found), [(c.text, c.role) for c in found]


def _stated_before_as_it_was(same, figures) -> bool:
    """The computation `_free_items` made before the index: a set of every figure of an earlier sentence."""
    first = same[0]
    stated_before = {(c.value, c.unit, c.kind) for c in figures if c.sentence < first.sentence}
    return any((c.value, c.unit, c.kind) in stated_before for c in same)


def _stated_before_now(same, figures) -> bool:
    first_stated = parallel_parts._first_stated(figures)
    return any(first_stated.get((c.value, c.unit, c.kind), same[0].sentence) < same[0].sentence for c in same)


@pytest.fixture(autouse=True)
def _index_let_go():
    yield
    parallel_parts._forget_first_stated()  # (no list of these tests held past them: a frozen process would free it)


def test_the_first_stated_index_answers_as_the_set_did():
    rng = random.Random(38)
    for _ in range(200):
        figures = [
            SimpleNamespace(
                value=float(rng.choice([1, 2, 3, 2.5, 1000, -4])),
                unit=rng.choice(["KRW", "USD", "count"]),
                kind=rng.choice(["money", "count"]),
                sentence=rng.randrange(8),
            )
            for _ in range(rng.randrange(1, 30))
        ]
        for _ in range(10):
            same = rng.sample(figures, rng.randrange(1, min(4, len(figures)) + 1))
            same.sort(key=lambda c: c.sentence)
            assert _stated_before_now(same, figures) == _stated_before_as_it_was(same, figures)


def test_the_first_stated_index_is_built_again_for_another_list():
    assert parallel_parts._FIRST_STATED is parallel_parts._NONE_STATED  # (let go by the last reading that built it)
    one = [SimpleNamespace(value=5.0, unit="USD", kind="money", sentence=0)]
    other = [SimpleNamespace(value=5.0, unit="USD", kind="money", sentence=3)]
    assert parallel_parts._first_stated(one) == {(5.0, "USD", "money"): 0}
    assert parallel_parts._first_stated(other) == {(5.0, "USD", "money"): 3}


@pytest.mark.parametrize("language,text", _SPANS[:4])
def test_a_length_beside_its_range_is_still_read_with_the_gates_tested(knowledge, monkeypatch, language, text):
    monkeypatch.setattr(regex_needs, "LONG", 0)
    found = analyze_document(document(text, language=language), knowledge.lexicon)
    assert found.elapsed, text
