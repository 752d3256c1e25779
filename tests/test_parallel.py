"""Worker processes change nothing: `--jobs 1` and `--jobs 2` give the same claims and findings.

The corpus is generated (benchmarks/generate.py) and larger than the pipeline's
PARALLEL_THRESHOLD, so `--jobs 2` really takes the process-pool path.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import benchmark_module

ROOT = Path(__file__).resolve().parents[1]
FACTLINT = Path(sys.executable).with_name("factlint")
N = 60


def _generator():
    return benchmark_module("generate")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("parallel") / "corpus"
    _generator().generate(folder, N, seed=7, inject_rate=0.2)
    return folder


def _run(corpus: Path, *args: str) -> dict:
    command = [str(FACTLINT), *args] if FACTLINT.exists() else [sys.executable, "-m", "checker", *args]
    done = subprocess.run(command, cwd=corpus.parent, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_corpus_crosses_the_parallel_threshold(corpus):
    from checker.pipeline import PARALLEL_THRESHOLD

    assert len(list(corpus.glob("*.txt"))) >= PARALLEL_THRESHOLD


def test_check_same_findings_with_one_or_two_jobs(corpus):
    one = _run(corpus, "check", corpus.name, "--format", "json", "--jobs", "1")
    two = _run(corpus, "check", corpus.name, "--format", "json", "--jobs", "2")
    assert one["summary"]["articles"] == N
    assert one["findings"], "the injected inconsistencies should give findings"
    assert one == two


def test_claims_same_with_one_or_two_jobs(corpus):
    one = _run(corpus, "claims", corpus.name, "--format", "json", "--jobs", "1")
    two = _run(corpus, "claims", corpus.name, "--format", "json", "--jobs", "2")
    assert len(one["claims"]) > N
    assert one == two


def test_analyze_in_process_pool_matches_serial(corpus, knowledge):
    from checker.pipeline import analyze

    serial = analyze([str(corpus)], knowledge, jobs=1)
    pooled = analyze([str(corpus)], knowledge, jobs=2)
    assert [cs.document.path for cs in serial.claimsets] == [cs.document.path for cs in pooled.claimsets]
    assert [cs.model_dump() for cs in serial.claimsets] == [cs.model_dump() for cs in pooled.claimsets]
