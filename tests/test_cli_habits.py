"""CLI habits users bring from ruff and friends (-o, --version, --quiet, --statistics, --color,
80-column tables), drafts without a date, and the reference rates (`factlint rates [update]`).
Rates come from local files written here: never the network."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.check import formatting as fmt

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[")
GROWTH = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"
CONVERSION = "알리바바는 문샷에 8억 달러(약 9000억원)를 투자했다.\n"
GOOD_CONVERSION = "알리바바는 문샷에 8억 달러(약 1조 2000억원)를 투자했다.\n"


def factlint(*args, cwd=ROOT, env=None, input=None) -> subprocess.CompletedProcess:
    full = {**os.environ, **(env or {})}
    for key in ("NO_COLOR", "FORCE_COLOR"):
        if env is None or key not in env:
            full.pop(key, None)
    return subprocess.run(
        [sys.executable, "-m", "checker", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full,
        input=input,
    )


@pytest.fixture
def rates_env(tmp_path):
    """A private data and cache folder, so `rates update` never touches the user's."""
    return {"FACTLINT_DATA_DIR": str(tmp_path / "data"), "FACTLINT_CACHE_DIR": str(tmp_path / "cache")}


def test_version():
    from checker import __version__

    run = factlint("--version")
    assert run.returncode == 0 and run.stdout.strip() == f"factlint {__version__}"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_output_file_for_every_format(tmp_path, fmt):
    out = tmp_path / "sub" / f"report.{fmt}"
    run = factlint("check", "seeds", "--format", fmt, "-o", out)
    assert run.returncode == 1, run.stderr
    assert run.stdout == "" and "internal error" not in run.stderr
    written = out.read_text(encoding="utf-8")
    assert "F401" in written
    assert not ANSI.search(written)  # a file gets no colour unless asked


@pytest.mark.parametrize(
    "args,needle",
    [
        (["claims", "seeds", "-o"], "claims in 5 articles"),
        (["claims", "seeds", "--format", "json", "-o"], '"claims"'),
        (["rules", "-o"], "F401"),
        (["rules", "--format", "json", "-o"], '"rules"'),
        (["explain", "F401", "-o"], "F401 (event-date-mismatch)"),
        (["schema", "finding", "-o"], '"properties"'),
        (["rates", "-o"], "currencies"),
        (["test-rules", "-q", "-o"], "passed"),
    ],
)
def test_output_file_for_every_command(tmp_path, args, needle):
    out = tmp_path / "out.txt"
    run = factlint(*args, out)
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert needle in out.read_text(encoding="utf-8")


def test_output_file_for_the_ledger_commands(tmp_path):
    ledger = tmp_path / "ledger.sqlite3"
    for args, needle in (
        (["add", "seeds"], "5 added"),
        (["stats"], "articles: 5"),
        (["remove", "seeds/000_b40a4aa8a1e3a9d9.txt"], "1 removed"),
    ):
        out = tmp_path / "out" / f"{args[0]}.txt"
        run = factlint("ledger", *args, "--ledger", ledger, "-o", out)
        assert run.returncode == 0 and run.stdout == "", run.stderr
        assert needle in out.read_text(encoding="utf-8")


def test_the_summary_line_is_in_the_chosen_language(tmp_path):
    (tmp_path / "a.md").write_text(GROWTH, encoding="utf-8")
    run = factlint("check", tmp_path, tmp_path / "missing.md", "--lang", "ko")
    assert run.stdout.splitlines()[-1] == "오류 1건 (기사 1건 확인; 파일 1개를 읽지 못함)."
    assert "Found" not in run.stdout and run.returncode == 2


def test_output_file_that_cannot_be_written_is_an_input_error(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    run = factlint("check", "seeds", "-o", tmp_path / "file" / "report.txt")
    assert run.returncode == 2 and "cannot write" in run.stderr and "Traceback" not in run.stderr


def test_quiet_prints_diagnostics_only(tmp_path):
    (tmp_path / "a.md").write_text(GROWTH, encoding="utf-8")
    run = factlint("check", tmp_path, "-q")
    assert run.returncode == 1
    assert "F301" in run.stdout and "Found" not in run.stdout
    assert run.stderr == ""  # no "assumed today" note either
    loud = factlint("check", tmp_path)
    assert "Found 1 error" in loud.stdout and "assumed today" in loud.stderr


def test_statistics_count_by_rule():
    run = factlint("check", "seeds", "--statistics")
    lines = run.stdout.splitlines()
    assert lines[0].split()[:3] == ["2", "F902", "[info]"]
    assert any(line.split() == ["1", "F401", "[error]", "event-date-mismatch"] for line in lines)
    assert lines[-1].startswith("Found 1 error")
    data = json.loads(factlint("check", "seeds", "--statistics", "--format", "json").stdout)
    assert {"code": "F401", "name": "event-date-mismatch", "severity": "error", "count": 1} in data["statistics"]
    bad = factlint("check", "seeds", "--statistics", "--format", "sarif")
    assert bad.returncode == 2 and "--statistics" in bad.stderr


def test_color_flags_and_environment():
    def colored(*args, env=None) -> bool:
        return bool(ANSI.search(factlint("check", "seeds", *args, env=env).stdout))

    assert not colored()  # not a terminal
    assert colored("--color", "always")
    assert colored("--color", "always", env={"NO_COLOR": "1"})  # the flag wins over the environment
    assert colored(env={"FORCE_COLOR": "1"})
    assert not colored(env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not colored("--color", "never", env={"FORCE_COLOR": "1"})
    assert not colored("--no-color", env={"FORCE_COLOR": "1"})


def test_tables_fit_80_columns():
    for args in (["claims", "seeds"], ["rules"]):
        run = factlint(*args, env={"COLUMNS": "80"})
        assert run.returncode == 0
        from rich.cells import cell_len

        widths = [cell_len(line) for line in run.stdout.splitlines()]
        assert max(widths) <= 80, (args, max(widths))
    wide = factlint("claims", "seeds", env={"COLUMNS": "160"}).stdout
    assert "relations" in wide  # more columns when there is room


def test_undated_draft_softens_only_what_rests_on_the_date(tmp_path):
    (tmp_path / "draft.md").write_text(GROWTH + "\n" + CONVERSION, encoding="utf-8")
    data = json.loads(factlint("check", tmp_path, "--format", "json").stdout)
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["F301"]["severity"] == "error"  # arithmetic inside the text
    f202 = by_rule["F202"]
    assert f202["severity"] == "warning"  # the reference rate of an unknown date
    assert any("newest reference rate available, of " in n for n in f202["notes"])
    rate_date = fmt.period(f202["evidence"]["rate_date"], "en")  # the evidence's ISO date, in words in the note
    assert rate_date in " ".join(f202["notes"])
    # The same text with a date: both are errors.
    (tmp_path / "draft.md").write_text(
        "---\npublished: 2024-08-27\n---\n" + GROWTH + "\n" + CONVERSION, encoding="utf-8"
    )
    data = json.loads(factlint("check", tmp_path, "--format", "json").stdout)
    assert {f["rule"]: f["severity"] for f in data["findings"]} == {"F301": "error", "F202": "error"}


def _ecb_csv(path: Path, rows: list[tuple[str, float, float]]) -> Path:
    lines = ["Date,USD,KRW,"] + [f"{d},{usd},{krw}," for d, usd, krw in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rates_show_what_is_loaded(rates_env):
    data = json.loads(factlint("rates", "--format", "json", env=rates_env).stdout)
    assert data["updated"] is False and data["last_date"] >= "2024-01-01"
    assert {"USD", "KRW", "CNY", "EUR"} <= set(data["currencies"])
    text = factlint("rates", env=rates_env).stdout
    assert f"to {data['last_date']}" in text and "factlint rates update" in text


def test_rates_update_from_a_file_and_conversions_judged_by_the_newest(tmp_path, rates_env):
    # Newer than any bundled history, yet not after today (a draft is read as of today).
    today = dt.date.today()
    newest = (today - dt.timedelta(days=1)).isoformat()
    source = _ecb_csv(
        tmp_path / "hist.csv", [((today - dt.timedelta(days=2)).isoformat(), 1.0, 1500.0), (newest, 1.0, 1125.0)]
    )
    run = factlint("rates", "update", "--from", source, env=rates_env)
    assert run.returncode == 0, run.stderr
    assert f"now up to {newest}" in run.stderr and f"to {newest}" in run.stdout
    data = json.loads(factlint("rates", "--format", "json", env=rates_env).stdout)
    assert data["updated"] is True and data["last_date"] == newest
    # 8억 달러 = 약 9000억원 is 1,125 won a dollar: right by the updated table's newest rate.
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "draft.md").write_text(CONVERSION, encoding="utf-8")
    report = json.loads(factlint("check", tmp_path / "a", "--format", "json", "--show-passed", env=rates_env).stdout)
    assert not [f for f in report["findings"] if f["rule"] in ("F202", "F203")]
    passed = [p for p in report["passed"] if p["rule"] == "F202"]
    assert passed and passed[0]["evidence"]["rate_date"] == newest
    # An older history is refused, and a file that is not one is an error naming it.
    older = _ecb_csv(tmp_path / "old.csv", [("2001-01-02", 1.0, 1100.0)])
    run = factlint("rates", "update", "--from", older, env=rates_env)
    assert "kept those" in run.stderr
    assert json.loads(factlint("rates", "--format", "json", env=rates_env).stdout)["last_date"] == newest
    junk = tmp_path / "junk.csv"
    junk.write_text("hello,world\n", encoding="utf-8")
    run = factlint("rates", "update", "--from", junk, env=rates_env)
    assert run.returncode == 2 and f"{junk}: not an ECB reference-rate history" in run.stderr
    missing = factlint("rates", "update", "--from", tmp_path / "nope.zip", env=rates_env)
    assert missing.returncode == 2 and "nope.zip: cannot read" in missing.stderr


def test_a_dated_article_after_the_rates_end_says_so(tmp_path, rates_env):
    source = _ecb_csv(tmp_path / "hist.csv", [("2030-01-02", 1.0, 1500.0)])
    assert factlint("rates", "update", "--from", source, env=rates_env).returncode == 0
    (tmp_path / "a.md").write_text("---\npublished: 2031-06-01\n---\n" + CONVERSION, encoding="utf-8")
    data = json.loads(factlint("check", tmp_path / "a.md", "--format", "json", env=rates_env).stdout)
    f202 = [f for f in data["findings"] if f["rule"] == "F202"]
    assert f202 and f202[0]["severity"] == "error"
    assert any("rates end on 2 January 2030, before the publication date 1 June 2031" in n for n in f202[0]["notes"])


@pytest.mark.parametrize(
    "fmt,needle",
    [
        ("text", "error[F401]"),
        ("json", '"rule": "F401"'),
        ("sarif", '"ruleId": "F401"'),
        ("github", "::error file="),
        ("html", 'data-rule="F401"'),
    ],
)
def test_one_render_entry_point_writes_every_format_to_a_stream(knowledge, fmt, needle):
    import io

    from checker.pipeline import analyze, check
    from checker.report import Outcome, RenderSettings, needs, render

    # Our own analysis: checking sets private state on claim sets, and conftest's is shared.
    seeds_analysis = analyze([str(ROOT / "seeds")], knowledge, jobs=1)

    settings = RenderSettings(format=fmt)
    assert needs(settings).passed == (fmt == "html")  # what the HTML draws, it asks for
    result = check(seeds_analysis, knowledge, show_passed=needs(settings).passed)
    outcome = Outcome(
        findings=result.findings, passed=result.passed, claimsets=seeds_analysis.claimsets, rules=knowledge.rules
    )
    stream = io.StringIO()
    render(outcome, settings, stream)
    assert needle in stream.getvalue()
    assert not ANSI.search(stream.getvalue())


def test_rates_update_downloads_over_http(tmp_path, rates_env):
    """The download path, against a server on the loopback interface (never the network)."""
    import functools
    import http.server
    import threading

    today = dt.date.today()
    newest = (today - dt.timedelta(days=1)).isoformat()
    served = tmp_path / "served"
    served.mkdir()
    _ecb_csv(served / "hist.csv", [((today - dt.timedelta(days=2)).isoformat(), 1.0, 1400.0), (newest, 1.0, 1390.0)])
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        run = factlint("rates", "update", "--url", f"{base}/hist.csv", env=rates_env)
        assert run.returncode == 0, run.stderr
        assert f"now up to {newest}" in run.stderr
        assert json.loads(factlint("rates", "--format", "json", env=rates_env).stdout)["last_date"] == newest
        missing = factlint("rates", "update", "--url", f"{base}/nope.zip", env=rates_env)
        assert missing.returncode == 2 and "cannot download the ECB history" in missing.stderr
        assert "Traceback" not in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    finally:
        server.shutdown()
        server.server_close()


def test_unused_suppression_follows_configuration_and_language(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(
        "---\npublished: 2024-08-27\n---\n<!-- factlint: ignore[F301] checked by the desk -->\n"
        "한빛전자의 매출은 10조원이다.\n",
        encoding="utf-8",
    )
    (tmp_path / ".factlint.toml").write_text('severity = { F900 = "error" }\nlang = "ko"\n', encoding="utf-8")
    run = factlint("check", article, "--format", "json", cwd=tmp_path)
    finding = next(f for f in json.loads(run.stdout)["findings"] if f["rule"] == "F900")
    assert finding["severity"] == "error" and run.returncode == 1
    assert "F301" in finding["message"] and "무시" in finding["message"]


def test_the_claims_table_writes_numbers_in_the_articles_notation_and_ids_as_words(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\npublished: 2024-08-27\n---\n"
        "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "checker", "claims", str(draft), "--color", "never"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "240"},
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout
    assert "225억–235억 달러" in table and "95억–105억 달러" in table and "49.5–50.5%" in table
    assert "Samsung Electronics · operating profit · H1 2024" in table
    assert "$22.5bn" not in table and "samsung_electronics" not in table and "operating_profit" not in table


@pytest.mark.parametrize("jobs", ["0", "-3", "many"])
def test_a_worker_count_below_one_is_a_usage_error(jobs):
    run = factlint("check", "seeds", "-j", jobs)
    assert run.returncode == 2 and "-j/--jobs" in run.stderr and "Traceback" not in run.stderr


def test_standard_input_named_twice_is_a_usage_error():
    run = factlint("check", "-", "-", input=GROWTH)
    assert run.returncode == 2 and run.stderr.strip() == "factlint: error: standard input (-) is named more than once"
