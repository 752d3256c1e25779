"""The seeds and the real corpus (../shared/corpus/real, when present) through every command and
format: no internal error, no traceback, exit codes 0 or 1 (issue 12.2). No corpus text is copied
into the project: the test reads it where it lies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
FACTLINT = str(Path(sys.executable).with_name("factlint"))

CORPORA = [pytest.param([str(ROOT / "seeds")], id="seeds")]
if (REAL / "articles.toml").is_file():
    CORPORA.append(pytest.param([str(REAL), "--manifest", str(REAL / "articles.toml")], id="real"))


def factlint(*args) -> subprocess.CompletedProcess:
    return subprocess.run([FACTLINT, *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def assert_clean(done: subprocess.CompletedProcess, *allowed: int) -> None:
    assert done.returncode in allowed, (done.returncode, done.stderr[-2000:])
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr, done.stderr[-2000:]
    for mark in ("[F001]", '"rule": "F001"', '"ruleId": "F001"', "title=F001"):
        assert mark not in done.stdout


@pytest.mark.parametrize("corpus", CORPORA)
def test_check_in_every_format(corpus, tmp_path):
    for fmt in ("text", "json", "sarif", "github"):
        for extra in ([], ["--show-passed", "--lang", "ko"]):
            assert_clean(factlint("check", *corpus, "--format", fmt, *extra), 0, 1)
    out = tmp_path / "report.html"
    assert_clean(factlint("check", *corpus, "--format", "html", "-o", out), 0, 1)
    assert out.stat().st_size > 0
    done = factlint("check", *corpus, "--format", "json", "--show-passed")
    payload = json.loads(done.stdout)
    assert payload["summary"] and isinstance(payload["findings"], list)


@pytest.mark.parametrize("corpus", CORPORA)
def test_claims_and_ledger(corpus, tmp_path):
    assert_clean(factlint("claims", *corpus, "--format", "json"), 0)
    assert_clean(factlint("claims", *corpus), 0)
    ledger = tmp_path / "ledger.sqlite3"
    assert_clean(factlint("ledger", "add", *corpus, "--ledger", ledger), 0)
    assert_clean(factlint("check", *corpus, "--ledger", ledger, "--format", "json"), 0, 1)
    assert_clean(factlint("ledger", "stats", "--ledger", ledger), 0)


def test_rules_explain_and_schema():
    assert_clean(factlint("rules"), 0)
    listed = factlint("rules", "--format", "json")
    assert_clean(listed, 0)
    codes = [rule["code"] for rule in json.loads(listed.stdout)["rules"]]
    from checker.cli import main

    for code in codes:  # in-process: one interpreter for every rule
        assert main(["explain", code]) == 0
    for model in ("claim", "finding", "document"):
        assert_clean(factlint("schema", model), 0)
