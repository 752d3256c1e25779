"""A streamed check freezes what its main process keeps, so the collector's full passes do not walk
every stub and finding again as the archive grows; the collector is given back all of it after the
run, also when the run fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import checker.pipeline as pipeline
from checker.cli import main
from checker.collection import frozen_until_done
from checker.pipeline import check_streaming

ROOT = Path(__file__).resolve().parents[1]


def test_kept_results_are_frozen_during_the_run_and_given_back_after(knowledge, monkeypatch):
    monkeypatch.setattr(pipeline, "FREEZE_EVERY", 2)
    assert gc.get_freeze_count() == 0
    seen: list[int] = []
    result = check_streaming(
        [str(ROOT / "seeds")], knowledge, jobs=1, progress=lambda: seen.append(gc.get_freeze_count())
    )
    assert len(seen) == len(result.articles) >= 4
    assert seen[0] > 0  # the start-up objects, frozen before the first article
    assert seen[3] > seen[1]  # and what was kept, every FREEZE_EVERY articles
    assert gc.get_freeze_count() == 0


def test_the_collector_is_given_back_everything_when_the_run_fails(knowledge, monkeypatch):
    def broken() -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError, match="stop"):
        check_streaming([str(ROOT / "seeds")], knowledge, jobs=1, progress=broken)
    assert gc.get_freeze_count() == 0


def test_a_run_inside_a_frozen_process_leaves_its_freeze_alone(knowledge):
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        check_streaming([str(ROOT / "seeds")], knowledge, jobs=1)
        assert gc.get_freeze_count() >= before > 0
    finally:
        gc.unfreeze()


def test_a_command_holds_the_freeze_until_its_report_is_written(knowledge):
    # `factlint check` runs inside `frozen_until_done`: the streamed check's freeze outlives it (the
    # report is written with the kept results out of the collector's passes) and ends with the block.
    with frozen_until_done():
        check_streaming([str(ROOT / "seeds")], knowledge, jobs=1)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_check_command_gives_everything_back_at_its_end(tmp_path):
    out = tmp_path / "report.json"
    assert main(["check", str(ROOT / "seeds"), "--format", "json", "-o", str(out), "--quiet"]) in (0, 1)
    assert out.read_text().startswith("{")
    assert gc.get_freeze_count() == 0
