"""`check --ledger` streamed (issue 12.4): the drafts' per-article rules run where each draft is
read, and the ledger is searched by the keys the drafts leave; the stored articles join the
cross-article groups as compact entries. Findings are the one-pass run's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ledger import DRAFT, PUBLISHED, generated, seeds

from checker.cli import main
from checker.ledger.store import Ledger
from checker.pipeline import analyze, check, check_streaming


def _drafts_disagreeing(folder: Path, count: int) -> Path:
    """Drafts restating the stored articles' shared revenue with another figure (F402 against the
    ledger), each naming its own startup."""
    generated(folder, count, start=500)
    for path in folder.glob("gen_*.md"):
        path.write_text(path.read_text(encoding="utf-8").replace("2432억 위안", "2517억 위안"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ledger_and_drafts(tmp_path_factory, knowledge):
    root = tmp_path_factory.mktemp("streamed-ledger")
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    published = [str(seeds(root / "published", PUBLISHED)), str(generated(root / "stored", 12))]
    db = root / "ledger.sqlite3"
    with Ledger.open(db) as ledger:
        for claimset in analyze(published, knowledge, jobs=1).claimsets:
            ledger.add(claimset, metric_types)
    # A draft of a stored article's fact, a re-checked stored article, and enough disagreeing drafts
    # that a run with workers uses them (more than PARALLEL_THRESHOLD).
    drafts = [
        str(seeds(root / "drafts", DRAFT)),
        str(root / "stored" / "gen_00003.md"),
        str(_drafts_disagreeing(root / "new", 40)),
    ]
    return db, drafts


def _dumped(result) -> tuple[list, list, int]:
    return (
        [f.model_dump(mode="json") for f in result.findings],
        [p.model_dump(mode="json") for p in result.passed],
        result.internal_errors,
    )


@pytest.mark.parametrize("show_passed", [False, True])
def test_streamed_ledger_run_finds_what_the_one_pass_run_finds(ledger_and_drafts, knowledge, show_passed):
    db, drafts = ledger_and_drafts
    one_pass = check(analyze(drafts, knowledge, jobs=1), knowledge, ledger=db, show_passed=show_passed)
    streamed = check_streaming(drafts, knowledge, jobs=1, ledger=db, show_passed=show_passed)
    rules = {f.rule for f in one_pass.findings}
    assert {"F401", "F402"} <= rules  # against the stored articles, not only within the drafts
    assert _dumped(streamed.result) == _dumped(one_pass)
    assert [a.document.path for a in streamed.articles] == [
        cs.document.path for cs in analyze(drafts, knowledge, jobs=1).claimsets
    ]


def test_streamed_ledger_run_in_workers(ledger_and_drafts, knowledge):
    db, drafts = ledger_and_drafts
    one_pass = check(analyze(drafts, knowledge, jobs=1), knowledge, ledger=db)
    streamed = check_streaming(drafts, knowledge, jobs=2, ledger=db)
    assert _dumped(streamed.result) == _dumped(one_pass)


def test_stored_lines_are_shown_and_no_finding_is_on_a_stored_article(ledger_and_drafts, knowledge):
    db, drafts = ledger_and_drafts
    streamed = check_streaming(drafts, knowledge, jobs=1, ledger=db)
    draft_paths = {a.document.path for a in streamed.articles}
    assert all(f.location.path in draft_paths for f in streamed.result.findings)
    stored_locations = [loc for f in streamed.result.findings for loc in f.related if loc.path not in draft_paths]
    assert stored_locations and all(loc.snippet for loc in stored_locations)


def test_check_ledger_json_through_the_command_line(ledger_and_drafts, knowledge, capsys):
    db, drafts = ledger_and_drafts
    code = main(["check", *drafts, "--ledger", str(db), "--format", "json", "--jobs", "1"])
    out = json.loads(capsys.readouterr().out)
    one_pass = check(analyze(drafts, knowledge, jobs=1), knowledge, ledger=db)
    assert code == 1
    assert [f["rule"] for f in out["findings"]] == [f.rule for f in one_pass.findings]
