"""The Dask run (checker/scale/distributed.py) gives `factlint check`'s findings, exactly.

Extraction is a map over documents, agreement a group-by on the claim key; on a
local cluster of two worker processes the JSON must equal the single-process
run's, including cross-article findings and inline suppressions.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import benchmark_module

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
FACTLINT = Path(sys.executable).with_name("factlint")

SUPPRESSED = """---
published: 2024-09-02
outlet: desk
---
알리바바 상반기 설비투자 점검

<!-- factlint: ignore[F302] 편집국이 확인한 수치 -->
알리바바, 텐센트의 2024년 상반기 설비투자 총액은 500억 위안이었다. 알리바바의 2024년 상반기 설비투자는 100억 위안, 텐센트의 2024년 상반기 설비투자는 120억 위안이었다.

<!-- factlint: ignore[F201] -->
업계에서는 투자 경쟁이 이어질 것으로 보고 있다.
"""  # noqa: E501 — an article: a paragraph is one line


def _generator():
    return benchmark_module("generate")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("distributed")
    folder = root / "archive"
    _generator().generate(folder / "generated", 40, seed=11, inject_rate=0.3)
    (folder / "desk").mkdir()
    (folder / "desk" / "note.md").write_text(SUPPRESSED, encoding="utf-8")
    shutil.copytree(ROOT / "seeds", folder / "seeds")  # events (F401) and names (F901, F902)
    return folder


def _single(corpus: Path) -> dict:
    command = [str(FACTLINT), "check", corpus.name, "--format", "json", "--jobs", "1"]
    done = subprocess.run(command, cwd=corpus.parent, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_local_cluster_gives_the_single_process_findings(corpus, monkeypatch):
    from distributed import Client, LocalCluster

    from checker.config import load_settings
    from checker.scale.distributed import AuditConfig, audit

    expected = _single(corpus)
    monkeypatch.chdir(corpus.parent)
    config = AuditConfig.from_settings(load_settings(None, [corpus.name]))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        result = audit([corpus.name], config, scheduler=client, partition_size=8)
    got = json.loads(result.to_json())
    rules = {f["rule"] for f in expected["findings"]}
    assert {"F302", "F401", "F402", "F900"} <= rules  # per-article, cross-article, suppression
    assert "F302" not in {f["rule"] for f in expected["findings"] if f["location"]["path"].endswith("note.md")}
    assert got["summary"] == expected["summary"]
    assert got["findings"] == expected["findings"]


def test_command_line_in_process_scheduler(corpus):
    """`python -m checker.scale.distributed` writes the same JSON and exit code as `factlint check`."""
    expected = _single(corpus)
    command = [
        sys.executable,
        "-m",
        "checker.scale.distributed",
        corpus.name,
        "--scheduler",
        "sync",
        "--partition-size",
        "16",
    ]
    done = subprocess.run(
        command,
        cwd=corpus.parent,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout) == expected
