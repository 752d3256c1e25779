"""A cross-article check kind is one file (issue 13.3), and a streamed check gives the one-pass
run's findings with bounded memory (issue 12.4).

A toy kind defined here, registered as the built-in kinds are (in `KINDS`) and chosen by a rule
pack written here, groups claims by their unit. With no other edit, the engine, the streamed
check, the ledger and the Dask runner's map and reduce group by its key.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from argparse import Namespace
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import benchmark_module

from checker.articles import ArticleStub
from checker.check.base import CheckKind, Context, Draft, Ref
from checker.check.entries import ClaimEntry, EventEntry
from checker.check.kinds import KINDS
from checker.commands import _render_settings
from checker.ledger.store import SCHEMA_VERSION, Ledger, claim_keys
from checker.models import ClaimSet, Document
from checker.pipeline import analyze, check, check_streaming, load_knowledge
from checker.report import Outcome, render

# ---------------------------------------------------------------- a toy cross-article kind


@dataclass(slots=True)
class UnitEntry:
    path: str
    published: dt.date | None
    start: int
    end: int
    claim_seq: int

    @property
    def order(self) -> tuple:
        return (self.published or dt.date.min, self.path, self.start)


class UnitSpread(CheckKind):
    """Reports a unit written in more than one article (on the latest statement): a toy."""

    name = "toy_unit_spread"
    groupings = ("units",)

    def grouping(self, params) -> str:
        return "units"

    def entries(self, claimset: ClaimSet, grouping: str, ctx: Context):
        document = claimset.document
        for seq, claim in enumerate(claimset.claims):
            yield (claim.unit,), UnitEntry(document.path, document.published, claim.start, claim.end, seq)

    def run_group(self, key: tuple, entries: list[UnitEntry], params, ctx: Context) -> Iterable[Draft]:
        paths = {e.path for e in entries}
        if len(paths) < 2:
            return
        latest = max(entries, key=lambda e: e.order)
        yield Draft(
            Ref(ctx.documents[latest.path], latest.start, latest.end),
            {"unit": key[0], "articles": str(len(paths))},
            {"unit": key[0]},
        )


PACK = """name = "toy"

[[rule]]
code = "X901"
name = "unit-spread"
kind = "toy_unit_spread"
severity = "info"
summary = "A unit written in several articles (a test kind)"
why = "It proves that a cross-article kind needs one file."
message = "{unit} is written in {articles} articles"
"""

FIRST = """---
published: 2024-03-02
---
삼성전자의 2023년 매출은 258조원이었다.
"""

SECOND = """---
published: 2024-05-07
---
현대차의 2023년 영업이익은 15조원이었다.
"""


@pytest.fixture
def toy(monkeypatch, tmp_path) -> Path:
    """The toy kind registered, its pack in a rules folder, two articles; returns the folder."""
    monkeypatch.setitem(KINDS, UnitSpread.name, UnitSpread())
    rules = tmp_path / "rules" / "packs"
    rules.mkdir(parents=True)
    (rules / "toy.toml").write_text(PACK, encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "first.md").write_text(FIRST, encoding="utf-8")
    (articles / "second.md").write_text(SECOND, encoding="utf-8")
    return tmp_path


def toy_knowledge(folder: Path):
    knowledge = load_knowledge([folder / "rules"])
    knowledge.rules = knowledge.rules.select({"X901"})
    return knowledge


def toy_findings(findings) -> list[tuple[str, str, int]]:
    return [(f.location.path, f.message, f.location.start) for f in findings if f.rule == "X901"]


def test_the_engine_groups_by_the_kinds_key(toy):
    knowledge = toy_knowledge(toy)
    analysis = analyze([str(toy / "articles")], knowledge, jobs=1)
    result = check(analysis, knowledge)
    found = toy_findings(result.findings)
    assert len(found) == 1
    path, message, _ = found[0]
    assert path.endswith("second.md") and message == "KRW is written in 2 articles"


def test_the_streamed_check_groups_by_the_kinds_key(toy):
    knowledge = toy_knowledge(toy)
    one_pass = check(analyze([str(toy / "articles")], knowledge, jobs=1), knowledge)
    streamed = check_streaming([str(toy / "articles")], knowledge, jobs=1)
    assert toy_findings(streamed.result.findings) == toy_findings(one_pass.findings)
    assert toy_findings(streamed.result.findings)


def test_the_ledger_indexes_and_finds_by_the_kinds_key(toy, tmp_path):
    knowledge = toy_knowledge(toy)
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    first, second = analyze([str(toy / "articles")], knowledge, jobs=1).claimsets
    path = tmp_path / "ledger.sqlite3"
    with Ledger.open(path) as ledger:
        ledger.add(first, metric_types)
    with sqlite3.connect(path) as conn:
        keys = {k for (k,) in conn.execute("SELECT key FROM claim_keys")}
    assert json.dumps(["units", "KRW"]) in keys
    # The two articles share no agreement key: only the toy kind's key relates them.
    assert not {k for c in first.claims for k in claim_keys(c, metric_types) if not k.startswith('["units"')} & {
        k for c in second.claims for k in claim_keys(c, metric_types) if not k.startswith('["units"')
    }
    with Ledger.open(path, must_exist=True, readonly=True) as ledger:
        related = ledger.related_claimsets([second], metric_types)
    assert [Path(cs.document.path).name for cs in related] == ["first.md"]
    # And a check against the ledger reports the draft's statement.
    draft = analyze([str(toy / "articles" / "second.md")], knowledge, jobs=1)
    result = check(draft, knowledge, ledger=path)
    assert [Path(p).name for p, _, _ in toy_findings(result.findings)] == ["second.md"]


def test_the_dask_runners_map_and_reduce_group_by_the_kinds_key(toy):
    """The Dask runner's own map (analyze_partition) and reduce (reduce_group), with the shuffle
    done here by key as Dask's group-by does it."""
    from checker.scale.distributed import AuditConfig, _assemble, analyze_partition, reduce_group

    config = AuditConfig(rule_folders=(str(toy / "rules"),), codes=("X901",))
    files = sorted((toy / "articles").glob("*.md"))
    mapped = analyze_partition([(i, str(p), p.name) for i, p in enumerate(files)], config)
    groups: dict = {}
    for result in mapped:
        for key, payload in result.records:
            groups.setdefault(key, []).append((key, payload))
    assert (("toy_unit_spread", "units"), ("KRW",)) in groups
    cross = [item for key, items in groups.items() for item in reduce_group((key, items), config)]
    result = _assemble(config, mapped, cross, lambda findings, *args, **kwargs: findings)
    assert [(f.location.path, f.message) for f in result.findings if f.rule == "X901"] == [
        ("second.md", "KRW is written in 2 articles")
    ]


# ---------------------------------------------------------------- compact entries


def test_entries_are_slotted_and_carry_no_claim(toy):
    knowledge = load_knowledge()
    claimset = analyze([str(toy / "articles" / "first.md")], knowledge, jobs=1).claimsets[0]
    ctx = Context(metric_types={m.id: m.type for m in knowledge.lexicon.metrics.values()})
    keyed = list(KINDS["agreement"].entries(claimset, "value", ctx))
    assert keyed, "the figure has an agreement key"
    key, entry = keyed[0]
    assert isinstance(entry, ClaimEntry) and not hasattr(entry, "__dict__")
    assert entry.path is claimset.document.path  # one path object per article, not one per entry
    claim = claimset.claims[entry.claim_seq]
    assert (entry.start, entry.end, entry.text, entry.low, entry.high) == (
        claim.start,
        claim.end,
        claim.text,
        claim.low,
        claim.high,
    )
    assert not hasattr(EventEntry(*[None] * 19), "__dict__")


def test_a_stub_keeps_text_only_when_asked_and_restores_only_the_same_text():
    document = Document(path="a.md", text="첫 줄\n둘째 줄 100억원\n")
    kept = ArticleStub.of(document)
    assert kept.text == document.text and list(kept.line_starts) == document.line_starts
    dropped = ArticleStub.of(document, keep_text=False)
    assert dropped.text == "" and not dropped.has_text
    assert not dropped.restore("첫 줄\n둘째 줄 200억원\n")  # changed since it was checked
    assert dropped.restore(document.text) and dropped.text == document.text


# ---------------------------------------------------------------- streamed = one pass


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("streamed") / "archive"
    benchmark_module("generate").generate(folder, 48, seed=5, inject_rate=0.3)
    return folder


def _dump(findings) -> list[dict]:
    return [f.model_dump(mode="json") for f in findings]


@pytest.mark.parametrize("show_passed", [False, True])
def test_streamed_in_workers_equals_one_pass(generated, show_passed):
    """48 articles (above the worker threshold), two workers: the same findings and passed
    relations, in the same order, as reading everything and checking it at once."""
    knowledge = load_knowledge()
    one_pass = check(analyze([str(generated)], knowledge, jobs=1), knowledge, show_passed=show_passed)
    streamed = check_streaming([str(generated)], knowledge, jobs=2, show_passed=show_passed)
    assert _dump(streamed.result.findings) == _dump(one_pass.findings)
    assert _dump(streamed.result.passed) == _dump(one_pass.passed)
    assert any(f.rule.startswith("F40") for f in one_pass.findings), "cross-article findings are compared"
    assert len(streamed.articles) == 48 and sum(a.claim_count for a in streamed.articles) > 0


def test_streamed_text_report_shows_lines_of_articles_read_again(generated, capsys):
    """A cross-article finding's other article kept no text of its own: it is read again, so the
    text report is the one-pass run's, source lines included."""
    knowledge = load_knowledge()
    analysis = analyze([str(generated)], knowledge, jobs=1)
    one_pass = check(analysis, knowledge)
    assert any(f.related and f.rule.startswith("F40") for f in one_pass.findings)
    settings = _render_settings(
        Namespace(color="never", quiet=False, statistics=False, output=None), "text", "en", None
    )
    expected = io.StringIO()
    render(Outcome(findings=one_pass.findings, claimsets=analysis.claimsets, rules=knowledge.rules), settings, expected)
    streamed = check_streaming([str(generated)], knowledge, jobs=2)
    assert not all(a.document.has_text for a in streamed.articles), "most articles' texts were dropped"
    got = io.StringIO()
    render(
        Outcome(findings=streamed.result.findings, claimsets=streamed.articles, rules=knowledge.rules), settings, got
    )
    assert got.getvalue() == expected.getvalue()


# ---------------------------------------------------------------- the ledger's schema 3


def test_schema_2_event_keys_become_metric_keys(tmp_path):
    knowledge = load_knowledge()
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    article = tmp_path / "deal.md"
    article.write_text(
        "---\npublished: 2024-08-27\n---\n알리바바는 2월에 문샷(Moonshot)에 8억 달러를 투자했다.\n", encoding="utf-8"
    )
    claimset = analyze([str(article)], knowledge, jobs=1).claimsets[0]
    path = tmp_path / "ledger.sqlite3"
    with Ledger.open(path) as ledger:
        ledger.add(claimset, metric_types)
    with sqlite3.connect(path) as conn:
        events = [
            (json.loads(k), d, s)
            for k, d, s in conn.execute("SELECT key, document_id, seq FROM claim_keys WHERE key LIKE '[\"event\",%'")
        ]
        assert events and all(len(k) == 2 for k, _, _ in events)
        # As schema 2 stored them: one key per (metric, counterparty).
        conn.execute("DELETE FROM claim_keys WHERE key LIKE '[\"event\",%'")
        conn.executemany(
            "INSERT INTO claim_keys (key, document_id, seq) VALUES (?, ?, ?)",
            [
                (json.dumps([*k, entity], ensure_ascii=False), d, s)
                for k, d, s in events
                for entity in ("alibaba", "moonshot")
            ],
        )
        conn.execute("PRAGMA user_version = 2")
    with Ledger.open(path) as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION == 3
    with sqlite3.connect(path) as conn:
        migrated = [
            (json.loads(k), d, s)
            for k, d, s in conn.execute("SELECT key, document_id, seq FROM claim_keys WHERE key LIKE '[\"event\",%'")
        ]
    assert sorted(migrated) == sorted(events)


def test_entries_spilled_to_partitions_give_the_same_results(generated, monkeypatch):
    """Beyond EntryStore.SPILL_AFTER entries the groups go to partition files and are judged one
    partition at a time: the same findings and passed relations, in the same order."""
    from checker.pipeline import EntryStore

    knowledge = load_knowledge()
    in_memory = check_streaming([str(generated)], knowledge, jobs=1, show_passed=True)
    spilled: list[EntryStore] = []
    original = EntryStore.__enter__

    def remember(store):
        spilled.append(store)
        return original(store)

    monkeypatch.setattr(EntryStore, "SPILL_AFTER", 50)
    monkeypatch.setattr(EntryStore, "BUFFER", 7)
    monkeypatch.setattr(EntryStore, "__enter__", remember)
    partitioned = check_streaming([str(generated)], knowledge, jobs=1, show_passed=True)
    assert spilled and spilled[0].files is not None, "the entries went to partition files"
    assert _dump(partitioned.result.findings) == _dump(in_memory.result.findings)
    assert _dump(partitioned.result.passed) == _dump(in_memory.result.passed)
    assert any(f.rule.startswith("F40") for f in partitioned.result.findings)
