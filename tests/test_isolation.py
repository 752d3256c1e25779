"""An exception inside one check kind, for one article or one grouping key, is that article's
internal error (F001): every other article's findings are still reported, in every format and
in the ledger and Dask paths, and the exit code is 2."""

from __future__ import annotations

import json

import pytest

from checker.check.kinds import KINDS
from checker.cli import main
from checker.wording import period

# A plain growth error (F301) in a.md, the same in b.md; b.md is the article a kind raises on.
GOOD = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"
BAD = "현대차의 올해 상반기 영업이익은 300억 달러로 전년 동기 200억 달러보다 10% 증가했다.\n"
MANIFEST = """[[article]]
file = "a.md"
published = 2024-08-27

[[article]]
file = "b.md"
published = 2024-08-27
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "articles.toml").write_text(MANIFEST, encoding="utf-8")
    return tmp_path


def raise_on(monkeypatch, kind: str, marker: str, method: str = "run_document"):
    """Make one kind raise on the article whose text holds `marker` (a stand-in for a bug)."""
    instance = KINDS[kind]
    original = getattr(instance, method)

    def broken(claimset, params, ctx):
        if marker in claimset.document.text:
            raise ZeroDivisionError("float division by zero")
        return original(claimset, params, ctx)

    monkeypatch.setattr(instance, method, broken)


def raise_in_group(monkeypatch, kind: str, marker: str):
    """Make one cross-article kind raise on a group with an entry from the article holding `marker`."""
    instance = KINDS[kind]
    original = instance.run_group

    def broken(key, entries, params, ctx):
        if any(marker in ctx.documents[entry.path].text for entry in entries):
            raise ZeroDivisionError("float division by zero")
        return original(key, entries, params, ctx)

    monkeypatch.setattr(instance, "run_group", broken)


def run(capsys, *argv):
    code = main([*map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_exception_in_one_article_is_its_internal_error_and_the_run_goes_on(folder, monkeypatch, capsys):
    raise_on(monkeypatch, "growth", "현대차")
    code, out, err = run(capsys, "check", folder, "--format", "json", "-j", "1")
    assert code == 2
    findings = json.loads(out)["findings"]
    internal = [f for f in findings if f["rule"] == "F001"]
    assert len(internal) == 1 and internal[0]["location"]["path"].endswith("b.md")
    assert "ZeroDivisionError: float division by zero" in internal[0]["message"]
    assert "F301 (growth)" in internal[0]["message"]
    # The other article's growth error is still reported.
    assert any(f["rule"] == "F301" and f["location"]["path"].endswith("a.md") for f in findings)
    assert "b.md" in err and "internal error" in err and "Traceback" not in err
    assert "FACTLINT_DEBUG=1" in json.dumps(internal[0]["notes"])


def test_traceback_only_under_debug(folder, monkeypatch, capsys):
    raise_on(monkeypatch, "growth", "현대차")
    monkeypatch.setenv("FACTLINT_DEBUG", "1")
    code, out, _ = run(capsys, "check", folder, "--format", "json", "-j", "1")
    (internal,) = [f for f in json.loads(out)["findings"] if f["rule"] == "F001"]
    assert code == 2 and any("Traceback" in n and "ZeroDivisionError" in n for n in internal["notes"])


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_every_format_reports_it(folder, monkeypatch, capsys, fmt, tmp_path):
    raise_on(monkeypatch, "growth", "현대차")
    output = tmp_path / "out" / f"report.{fmt}"
    to_file = ("-o", output) if fmt != "text" else ()  # text to a file is the CLI's (issue 14)
    code, out, err = run(capsys, "check", folder, "--format", fmt, "-j", "1", *to_file)
    assert code == 2
    text = output.read_text(encoding="utf-8") if to_file else out
    assert "F001" in text and "F301" in text
    if fmt == "sarif":
        log = json.loads(text)
        assert "F001" in [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]


def test_internal_error_survives_select_and_exit_zero(folder, monkeypatch, capsys):
    raise_on(monkeypatch, "growth", "현대차")
    code, out, _ = run(capsys, "check", folder, "--format", "json", "-j", "1", "--select", "F301", "--exit-zero")
    assert code == 2 and "F001" in out


def test_exception_in_one_grouping_key_costs_that_key_only(tmp_path, monkeypatch, capsys):
    from checker.check.kinds.agreement import Agreement

    text = (
        "알리바바의 올해 2분기 매출은 2000억 위안이었다. 알리바바의 올해 2분기 매출은 2500억 위안으로 집계됐다.\n"
        "텐센트의 올해 2분기 매출은 1500억 위안이었다. 텐센트의 올해 2분기 매출은 1700억 위안으로 집계됐다.\n"
    )
    text = "---\npublished: 2024-08-27\n---\n" + text
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    original = Agreement._key_drafts

    def broken(self, key, variants, params, ctx):
        if "alibaba" in key[0]:
            raise KeyError("boom")
        return original(self, key, variants, params, ctx)

    monkeypatch.setattr(Agreement, "_key_drafts", broken)
    code, out, _ = run(capsys, "check", tmp_path / "a.md", "--format", "json", "--select", "F402")
    findings = json.loads(out)["findings"]
    assert code == 2
    assert [f["rule"] for f in findings].count("F001") == 1
    tencent = [f for f in findings if f["rule"] == "F402"]
    assert len(tencent) == 1 and "1700억" in text[tencent[0]["location"]["start"] : tencent[0]["location"]["end"]]


def test_exception_in_extraction_costs_that_article_only(folder, monkeypatch, capsys):
    import checker.pipeline as pipeline

    original = pipeline.analyze_document

    def broken(document, *args, **kwargs):
        if "현대차" in document.text:
            raise RecursionError("maximum recursion depth exceeded")
        return original(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_document", broken)
    code, out, err = run(capsys, "check", folder, "--format", "json", "-j", "1")
    findings = json.loads(out)["findings"]
    assert code == 2
    (internal,) = [f for f in findings if f["rule"] == "F001"]
    assert internal["location"]["path"].endswith("b.md") and "extraction and linking" in internal["message"]
    assert any(f["rule"] == "F301" for f in findings)
    code, out, err = run(capsys, "claims", folder, "--format", "json", "-j", "1")
    assert code == 2 and "b.md" in err and "RecursionError" in err
    assert json.loads(out)["claims"] and all(c["path"].endswith("a.md") for c in json.loads(out)["claims"])


def test_ledger_check_isolates_too(folder, monkeypatch, capsys, tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    code, _, _ = run(capsys, "ledger", "add", folder / "a.md", "--ledger", ledger)
    assert code == 0
    raise_in_group(monkeypatch, "agreement", "현대차")
    raise_on(monkeypatch, "growth", "현대차")
    code, out, _ = run(capsys, "check", folder / "b.md", "--ledger", ledger, "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 2 and findings and all(f["location"]["path"].endswith("b.md") for f in findings)
    assert "F001" in [f["rule"] for f in findings]


def test_ledger_add_skips_an_article_it_cannot_read_and_stores_the_rest(folder, monkeypatch, capsys, tmp_path):
    import checker.pipeline as pipeline

    original = pipeline.analyze_document

    def broken(document, *args, **kwargs):
        if "현대차" in document.text:
            raise ValueError("bad")
        return original(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_document", broken)
    ledger = tmp_path / "ledger.sqlite3"
    code, out, err = run(capsys, "ledger", "add", folder, "--ledger", ledger)
    assert code == 2 and "b.md" in err and "ValueError: bad" in err
    assert "1 added" in out


def test_dask_runner_isolates_too(folder, monkeypatch):
    pytest.importorskip("dask")
    from checker.scale.distributed import AuditConfig, audit

    raise_on(monkeypatch, "growth", "현대차")
    result = audit([str(folder)], AuditConfig(), scheduler="sync")
    rules = [(f.rule, f.location.path.rsplit("/", 1)[-1]) for f in result.findings]
    assert ("F001", "b.md") in rules and ("F301", "a.md") in rules and result.internal_errors == 1


def test_cumulative_period_in_a_message():
    """`2024-9M` (January to September) once ended the whole run in the message formatter."""
    assert period("2024-9M", "en") == "the first nine months of 2024"
    assert period("2024-9M", "ko") == "2024년 1~9월"
    assert period("2024-H1") == "H1 2024" and period("2024-05-03", "ko") == "2024년 5월 3일"
    for odd in ("2024-13", "2024-Q9", "2024-xM", "abc", "2024-05-xx", "2024-1-2-3"):
        assert period(odd) == odd and period(odd, "ko") == odd


def test_cumulative_period_agreement_is_reported(tmp_path, capsys):
    text = (
        "알리바바의 올해 1~9월 누적 매출은 7000억 위안이었다. "
        "알리바바의 올해 1~9월 누적 매출은 8000억 위안으로 집계됐다.\n"
    )
    (tmp_path / "a.md").write_text("---\npublished: 2024-11-20\n---\n" + text, encoding="utf-8")
    code, out, _ = run(capsys, "check", tmp_path / "a.md", "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1 and [f["rule"] for f in findings] == ["F402"]
    assert "the first nine months of 2024" in findings[0]["message"]


def test_unreachable_dask_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    env.pop("FACTLINT_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "checker.scale.distributed", str(root / "seeds"), "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = [line for line in done.stderr.strip().splitlines() if line.startswith("factlint:")]
    assert len(lines) == 1 and "127.0.0.1:9" in lines[0]
