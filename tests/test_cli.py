"""The command line as users and CI meet it: exit codes, bad input, formats, config, baselines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
CONFLICT = "알리바바는 2월에 문샷(Moonshot)에 8억 달러를 투자했다.\n"
OTHER = "알리바바는 지난 5월에 문샷(Moonshot)에 약 8억 달러를 투자했다.\n"
MANIFEST = """[[article]]
file = "a.md"
published = 2024-08-27

[[article]]
file = "b.md"
published = 2024-08-22
"""


def factlint(*args, cwd=ROOT, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env
    )


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "a.md").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / "articles.toml").write_text(MANIFEST, encoding="utf-8")
    return tmp_path


def test_exit_codes(articles):
    assert factlint("check", articles).returncode == 1
    assert factlint("check", articles, "--exit-zero").returncode == 0
    assert factlint("check", articles / "b.md").returncode == 0
    assert factlint("check", articles, "--ignore", "F401").returncode == 0


def test_fail_on_warning(tmp_path):
    (tmp_path / "a.md").write_text(
        "분석가 딜런 파텔은 이를 추정했다. 패텔(Patel)은 그렇다고 말했다.\n", encoding="utf-8"
    )
    assert factlint("check", tmp_path).returncode == 0
    assert factlint("check", tmp_path, "--fail-on", "warning").returncode == 1


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (b"\xff\xfe\xfa\xfb\xfc\x81\x00"[:-1] + b"\xff", "not UTF-8"),
    ],
)
def test_bad_files_get_one_line_and_exit_2_while_others_are_checked(articles, content, expected):
    (articles / "bad.txt").write_bytes(content)
    run = factlint("check", articles, "--format", "json")
    assert run.returncode == 2
    lines = [line for line in run.stderr.splitlines() if "error" in line]
    assert len(lines) == 1 and "bad.txt" in lines[0] and expected in lines[0]
    assert "Traceback" not in run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert any(f["rule"] == "F401" for f in findings)  # the other files were still checked


def test_cp949_is_decoded_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_bytes("텐센트의 상반기 매출은 500억 위안(9조 2946억원)이다.".encode("cp949"))
    run = factlint("claims", tmp_path / "a.txt", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert "CP949" in run.stderr
    assert [c["text"] for c in json.loads(run.stdout)["claims"]][:1] == ["500억 위안"]


def test_missing_file_and_bad_manifest(tmp_path, articles):
    run = factlint("check", tmp_path / "nope.md")
    assert run.returncode == 2 and "nope.md" in run.stderr and "no such file" in run.stderr
    (articles / "articles.toml").write_text('[[article]]\nfile = "a.md"\npublished = "someday"\n', encoding="utf-8")
    run = factlint("check", articles)
    assert run.returncode == 2
    assert "articles.toml:" in run.stderr and "Traceback" not in run.stderr
    (articles / "articles.toml").write_text('[[article]]\nfile = "gone.md"\n', encoding="utf-8")
    run = factlint("check", articles)
    assert run.returncode == 2 and "articles.toml:2" in run.stderr and "gone.md" in run.stderr


def test_broken_rule_pack_names_file_line_and_field(tmp_path, articles):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "house.toml").write_text(
        '[[rule]]\ncode = "X101"\nname = "x"\nkind = "growth"\nsummary = "s"\nwhy = "w"\nmessage = "m"\n\n'
        '[[rule]]\ncode = "X102"\nname = "y"\nkind = "no-such-kind"\nsummary = "s"\nwhy = "w"\nmessage = "m"\n',
        encoding="utf-8",
    )
    run = factlint("check", articles, "--rules", rules)
    assert run.returncode == 2
    assert "house.toml:9" in run.stderr and "no-such-kind" in run.stderr and "Traceback" not in run.stderr
    (rules / "house.toml").write_text(
        '[[rule]]\ncode = "X101"\nname = "x"\nkind = "conversion"\nsummary = "s"\n'
        'why = "w"\nmessage = "m"\nparams = { tolerance = "wide" }\n',
        encoding="utf-8",
    )
    run = factlint("check", articles, "--rules", rules)
    assert run.returncode == 2 and "house.toml:1" in run.stderr and "tolerance" in run.stderr
    (rules / "house.toml").write_text("[[rule]\n", encoding="utf-8")
    run = factlint("check", articles, "--rules", rules)
    assert run.returncode == 2 and "house.toml:1" in run.stderr


def test_user_rule_pack_adds_a_rule(tmp_path, articles):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "house.toml").write_text(
        '[[rule]]\ncode = "H401"\nname = "house-dates"\nkind = "agreement"\nseverity = "warning"\n'
        'summary = "s"\nwhy = "w"\nmessage = "house: {date} vs {other_date}"\nparams = { check = "event_date" }\n',
        encoding="utf-8",
    )
    run = factlint("check", articles, "--rules", rules, "--format", "json")
    rules_fired = {f["rule"]: f for f in json.loads(run.stdout)["findings"]}
    assert rules_fired["H401"]["severity"] == "warning"
    assert rules_fired["H401"]["message"] == "house: February 2024 vs May 2024"


def test_unknown_format_and_unknown_rule_code(articles):
    run = factlint("check", articles, "--format", "xml")
    assert run.returncode == 2 and "invalid choice" in run.stderr
    run = factlint("check", articles, "--select", "F999")
    assert run.returncode == 2 and "F999" in run.stderr


def test_json_contract(articles):
    data = json.loads(factlint("check", articles, "--format", "json").stdout)
    finding = data["findings"][0]
    assert {"rule", "severity", "message", "location", "related", "evidence"} <= finding.keys()
    assert {"path", "start", "end", "line", "column", "end_line", "end_column"} <= finding["location"].keys()
    assert finding["related"][0]["message"]
    assert data["summary"]["by_severity"]["error"] == 1 and data["summary"]["articles"] == 2


def test_sarif_validates_against_the_official_schema(articles):
    jsonschema = pytest.importorskip("jsonschema")
    if not SHARED_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not beside this checkout")
    run = factlint("check", articles, "--format", "sarif")
    log = json.loads(run.stdout)
    jsonschema.validate(log, json.loads(SHARED_SCHEMA.read_text(encoding="utf-8")))
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    result = run_["results"][0]
    assert result["ruleId"] == "F401" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["charOffset"] == CONFLICT.index("2월") and region["charLength"] == 2
    assert "primaryLocationLineHash" not in result.get("partialFingerprints", {})
    assert "factlint/v1" in result["partialFingerprints"]
    assert "](1)" in result["message"]["text"] and result["relatedLocations"][0]["id"] == 1
    rule = next(r for r in run_["tool"]["driver"]["rules"] if r["id"] == "F401")
    assert rule["help"]["text"] and rule["fullDescription"]["text"]


def test_github_annotations_line_by_line(articles):
    run = factlint("check", articles, "--format", "github")
    lines = run.stdout.splitlines()
    assert lines[0].startswith("::error file=")
    head, message = lines[0].split("::", 2)[1:]
    props = dict(p.split("=", 1) for p in head.split(" ", 1)[1].split(","))
    assert props["line"] == "1" and props["col"] == str(CONFLICT.index("2월") + 1)
    assert props["title"] == "F401 event-date-mismatch"
    assert "%0A" in message and "\n" not in message


def test_github_escaping():
    from checker.report.github import escape_data, escape_property

    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_output_file(articles, tmp_path):
    out = tmp_path / "out" / "report.json"
    run = factlint("check", articles, "--format", "json", "-o", out)
    assert run.returncode == 1 and run.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_config_discovery_and_precedence(articles):
    (articles / "pyproject.toml").write_text('[tool.factlint]\nignore = ["F401"]\n', encoding="utf-8")
    assert factlint("check", articles).returncode == 0
    (articles / "factlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert factlint("check", articles).returncode == 1  # the closest file wins, no merging
    (articles / ".factlint.toml").write_text('severity = { F401 = "warning" }\n', encoding="utf-8")
    assert factlint("check", articles).returncode == 0  # .factlint.toml before factlint.toml
    assert factlint("check", articles, "--fail-on", "warning").returncode == 1  # flags override the file
    explicit = articles / "strict.toml"
    explicit.write_text('select = ["F4"]\n', encoding="utf-8")
    assert factlint("check", articles, "--config", explicit).returncode == 1


def test_config_errors(articles):
    (articles / "factlint.toml").write_text('selct = ["F401"]\n', encoding="utf-8")
    run = factlint("check", articles)
    assert run.returncode == 2 and "selct" in run.stderr and "factlint.toml" in run.stderr
    (articles / "factlint.toml").write_text('select = ["F777"]\n', encoding="utf-8")
    run = factlint("check", articles)
    assert run.returncode == 2 and "F777" in run.stderr


def test_baseline_round_trip(articles, tmp_path):
    baseline = tmp_path / "baseline.json"
    assert factlint("check", articles, "--write-baseline", baseline, "--exit-zero").returncode == 0
    assert factlint("check", articles, "--baseline", baseline).returncode == 0
    # An unrelated paragraph added before the finding moves every line: nothing comes back.
    (articles / "a.md").write_text("새 문단이다. 다른 이야기다.\n\n" + CONFLICT, encoding="utf-8")
    assert factlint("check", articles, "--baseline", baseline).returncode == 0
    # A new conflict fails.
    (articles / "a.md").write_text(
        CONFLICT + "\n텐센트는 상반기 설비투자가 230억 위안이다. 텐센트의 상반기 설비투자는 320억 위안이다.\n",
        encoding="utf-8",
    )
    run = factlint("check", articles, "--baseline", baseline, "--format", "json")
    assert run.returncode == 1
    assert [f["rule"] for f in json.loads(run.stdout)["findings"]] == ["F402"]


def test_baseline_from_another_version(articles, tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"tool": "factlint", "version": 99, "entries": []}), encoding="utf-8")
    run = factlint("check", articles, "--baseline", baseline)
    assert run.returncode == 2 and "version" in run.stderr


def test_inline_suppression_and_unused_suppression(articles):
    (articles / "a.md").write_text(
        "<!-- factlint: ignore[F401] the outlet confirmed February -->\n" + CONFLICT, encoding="utf-8"
    )
    assert factlint("check", articles).returncode == 0
    (articles / "b.md").write_text("<!-- factlint: ignore[F302] stale -->\n" + OTHER, encoding="utf-8")
    run = factlint("check", articles, "--format", "json")
    rules = [f["rule"] for f in json.loads(run.stdout)["findings"]]
    assert rules == ["F900"]


def test_rules_and_explain():
    run = factlint("rules", "--format", "json")
    codes = [r["code"] for r in json.loads(run.stdout)["rules"]]
    assert {"F201", "F301", "F401", "F901"} <= set(codes)
    run = factlint("explain", "F401")
    assert run.returncode == 0
    for heading in ("## What it does", "## Why it matters", "## Example that fires", "## Example that does not fire"):
        assert heading in run.stdout
    assert factlint("explain", "F999").returncode == 2


def test_lang_ko_messages(articles):
    data = json.loads(factlint("check", articles, "--format", "json", "--lang", "ko").stdout)
    assert "시점" in data["findings"][0]["message"]


def test_python_dash_m_works():
    assert factlint("--help").returncode == 0


def test_schema_command():
    schema = json.loads(factlint("schema", "claim").stdout)
    assert schema["title"] == "Claim" and "entities" in schema["properties"]


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for line in (
        "- id: factlint",
        "entry: factlint check",
        "language: python",
        "types_or: [markdown, html, plain-text]",
    ):
        assert line in text


def test_readme_lists_every_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = [r["code"] for r in json.loads(factlint("rules", "--format", "json").stdout)["rules"]]
    assert all(f"| {code} |" in readme for code in codes)


def test_manifest_elsewhere(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.md").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "texts" / "b.md").write_text(OTHER, encoding="utf-8")
    meta = tmp_path / "meta"
    meta.mkdir()
    moved = MANIFEST.replace('"a.md"', '"../texts/a.md"').replace('"b.md"', '"../texts/b.md"')
    (meta / "articles.toml").write_text(moved, encoding="utf-8")
    assert factlint("check", tmp_path / "texts").returncode == 0  # undated: no dates, no conflict of dates
    run = factlint("check", tmp_path / "texts", "--manifest", meta / "articles.toml", "--format", "json")
    assert [(f["rule"], f["severity"]) for f in json.loads(run.stdout)["findings"]] == [("F401", "error")]
    assert "assumed today" not in run.stderr
    (tmp_path / "factlint.toml").write_text('manifest = "meta/articles.toml"\n', encoding="utf-8")
    assert factlint("check", tmp_path / "texts").returncode == 1


def test_default_currency_from_configuration(tmp_path):
    (tmp_path / "a.md").write_text("가격은 $12만이다.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndefault-currency = { "$" = "HKD" }\n', encoding="utf-8")
    claims = json.loads(factlint("claims", tmp_path / "a.md", "--format", "json").stdout)["claims"]
    assert [c["unit"] for c in claims] == ["HKD"]
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\ndefault-currency = { "$" = "XYZ" }\n', encoding="utf-8")
    run = factlint("claims", tmp_path / "a.md")
    assert run.returncode == 2 and "XYZ" in run.stderr


def test_reference_facts_file(articles, tmp_path):
    (articles / "c.md").write_text("텐센트는 상반기 설비투자가 320억 위안이라고 밝혔다.\n", encoding="utf-8")
    with open(articles / "articles.toml", "a", encoding="utf-8") as handle:
        handle.write('\n[[article]]\nfile = "c.md"\npublished = 2024-08-27\n')
    facts = tmp_path / "facts.csv"
    facts.write_text(
        "entity,metric,period,value,unit,source\ntencent,capex,2024-H1,230억,CNY,Tencent interim report\n",
        encoding="utf-8",
    )
    run = factlint("check", articles / "c.md", "--facts", facts, "--format", "json")
    (finding,) = json.loads(run.stdout)["findings"]
    assert finding["rule"] == "F404" and "Tencent interim report" in finding["message"]
    facts.write_text("entity,metric,period,value,unit,source\ntencent,capex,2024-H1,lots,CNY,x\n", encoding="utf-8")
    run = factlint("check", articles / "c.md", "--facts", facts)
    assert run.returncode == 2 and "facts.csv:2" in run.stderr
