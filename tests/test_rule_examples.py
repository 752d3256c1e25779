"""Every rule's documented examples are its tests (proselint's rule: a rule with no
must-fire and must-not-fire example fails here). They run through the runner of
`factlint test-rules` (checker/rule_tests.py): where an example gives a line, column,
span text, message or severity, the finding must have it; `config` sets the
configuration keys it runs under (sqlfluff's `configs`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import document, findings

from checker.check.packs import builtin_rules_dir, load_rules
from checker.errors import InputError
from checker.rule_tests import report_lines, run_example, run_folder

ROOT = Path(__file__).resolve().parents[1]
RULES = load_rules([builtin_rules_dir()])
EXAMPLES = [(rule.code, i, ex) for rule in RULES for i, ex in enumerate(rule.example)]


@pytest.mark.parametrize("code", RULES.codes)
def test_every_rule_has_both_kinds_of_example(code):
    rule = RULES.rule(code)
    assert any(e.fires for e in rule.example), f"{code} has no example that must fire"
    assert any(not e.fires for e in rule.example), f"{code} has no example that must not fire"
    assert rule.summary and rule.why.strip() and rule.message


@pytest.mark.parametrize("code,index,example", EXAMPLES, ids=[f"{c}-{i}" for c, i, _ in EXAMPLES])
def test_rule_example(knowledge, code, index, example):
    result = run_example(knowledge, knowledge.rules.rule(code), index, example)
    assert result.ok, f"{code} example {index + 1}: {result.problems}\n{example.text}"


def test_the_built_in_examples_state_positions_and_configurations():
    """The pack uses what the runner offers (so a regression in positions shows up here)."""
    with_positions = [ex for _, _, ex in EXAMPLES if ex.line is not None and ex.column is not None and ex.span]
    assert len(with_positions) >= 3
    assert any(ex.message for _, _, ex in EXAMPLES) and any(ex.config for _, _, ex in EXAMPLES)


def test_malformed_number_suggests_the_repair_the_article_agrees_with(knowledge):
    text = "회사의 상반기 매출은 12억3456억원이었다. 상반기 매출 12억 3456만원은 역대 최대다."
    (finding,) = findings(knowledge, document(text), select=["F101"]).findings
    assert "two 억 groups" in finding.message and "did you mean `12억 3456만원`" in finding.message
    alone = findings(knowledge, document("회사의 상반기 매출은 12억3456억원이었다."), select=["F101"]).findings
    assert "did you mean" not in alone[0].message  # no figure to agree with: no guess


# A user's own pack: a growth rule under the newsroom's code, with examples that pass and fail.
GROWTH = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다."
USER_PACK = textwrap.dedent(f"""\
    [[rule]]
    code = "N301"
    name = "newsroom-growth"
    kind = "growth"
    summary = "A change that does not take the prior to the value (newsroom copy)"
    why = "Our desk's own wording."
    message = "{{prior}} changed by {{change}} gives {{expected}}, not {{value}}"
    message_ko = "{{prior}}에서 {{change}} 변화하면 {{expected}}이지 {{value}}가 아님"

    [[rule.example]]
    text = "{GROWTH}"
    fires = true
    line = 1
    column = 45
    span = "50%"
    message = "gives 142억–158억 달러"

    [[rule.example]]
    text = "{GROWTH}"
    fires = true
    config = {{ lang = "ko" }}
    message = "변화하면"

    [[rule.example]]
    text = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 103억 달러보다 123% 증가했다."
    fires = false
    """)


def _pack(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "newsroom-rules"
    folder.mkdir()
    (folder / "growth.toml").write_text(text, encoding="utf-8")
    return folder


def _factlint(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_a_users_pack_runs_its_own_examples(tmp_path, knowledge):
    results = run_folder(_pack(tmp_path, USER_PACK))
    assert [(r.code, r.index, r.ok) for r in results] == [("N301", 0, True), ("N301", 1, True), ("N301", 2, True)]
    assert all(r.code == "N301" for r in results)  # the built-in rules beside it are not the folder's


def test_a_wrong_position_message_or_config_is_a_failure_that_says_why(tmp_path):
    wrong = (
        USER_PACK.replace("column = 45", "column = 20")
        .replace('span = "50%"', 'span = "230억 달러"')
        .replace('config = { lang = "ko" }', 'config = { lang = "ko", ledger = "x.sqlite3" }')
    )
    results = run_folder(_pack(tmp_path, wrong))
    first, second, third = results
    assert not first.ok and "column 45, expected 20" in first.problems[0] and "span `50%`" in first.problems[0]
    assert not second.ok and "ledger cannot be set per example" in second.problems[0]
    assert third.ok
    lines = report_lines(results)
    assert lines[0].startswith("FAIL N301 example 1 (fires)") and lines[-1].endswith("1 passed, 2 failed")


def test_factlint_test_rules_command(tmp_path):
    folder = _pack(tmp_path, USER_PACK)
    done = _factlint("test-rules", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[0].startswith("PASS N301 example 1 (fires)")
    assert done.stdout.splitlines()[-1] == "3 examples of 1 rules: 3 passed, 0 failed"
    (folder / "growth.toml").write_text(USER_PACK.replace("line = 1", "line = 2"), encoding="utf-8")
    done = _factlint("test-rules", str(folder), "-q")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "FAIL N301 example 1 (fires) " + str(folder / "growth.toml"),
        "     fired, but line 1, expected 2",
        "3 examples of 1 rules: 2 passed, 1 failed",
    ]


def test_factlint_test_rules_runs_the_built_in_pack_by_default():
    done = _factlint("test-rules", "-q")
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1].endswith(" failed") and ", 0 failed" in done.stdout


def test_a_position_on_an_example_that_must_not_fire_is_a_pack_error(tmp_path):
    bad = USER_PACK.replace("fires = false", "fires = false\nline = 1")
    with pytest.raises(InputError, match="only for fires = true"):
        run_folder(_pack(tmp_path, bad))
    done = _factlint("test-rules", str(tmp_path / "newsroom-rules"))
    assert done.returncode == 2 and "only for fires = true" in done.stderr


def test_a_folder_without_rules_is_a_usage_error(tmp_path):
    done = _factlint("test-rules", str(tmp_path))
    assert done.returncode == 2 and "no rule with examples" in done.stderr
    done = _factlint("test-rules", str(tmp_path / "missing"))
    assert done.returncode == 2 and "does not exist" in done.stderr
