"""Issue 12 audited case by case: the cases no earlier test reached, or reached only in part. Each
ends in one line naming the file (exit 2) with the other files still checked, or in a correct result.

- folders that cannot be read, named on the command line or met inside one, and a file inside such a
  folder, through `check` (text and HTML), `claims`, `ledger add` and the Dask runner (as root the
  commands run without the capability that reads every folder);
- `check FILE -o OUT` in the default format;
- Latin-1 text that CP949 would also decode (as mojibake);
- an empty rule code in `select`, `ignore` or on the command line (it would select or skip every rule).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from checker.read.decode import decode

FACTLINT = str(Path(sys.executable).with_name("factlint"))
DATED = "---\npublished: 2024-08-27\n---\n"
GROWTH_ERROR = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("factlint: error")]


def assert_no_crash(done: subprocess.CompletedProcess) -> None:
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr, done.stderr[-2000:]


# ---------------------------------------------------------------- folders that cannot be read


def _without_read_override() -> list[str]:
    """As root, file modes bind only without CAP_DAC_OVERRIDE: run the command without it."""
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []


needs_file_modes = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv ignores file modes"
)


@pytest.fixture
def locked_archive(tmp_path, monkeypatch):
    """archive/ok.md (a growth error), archive/locked/x.md and archive/sub/deeper/y.md, both folders
    mode 0; the current folder is tmp_path, so paths are shown as written."""
    archive = tmp_path / "archive"
    for name in ("ok.md", "locked/x.md", "sub/deeper/y.md"):
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        (archive / name).write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    locked = [archive / "locked", archive / "sub" / "deeper"]
    for folder in locked:
        folder.chmod(0)
    yield archive
    for folder in locked:
        folder.chmod(0o755)


def factlint(cwd: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*_without_read_override(), FACTLINT, *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


@needs_file_modes
def test_an_unreadable_subfolder_is_named_by_every_command(locked_archive):
    cwd = locked_archive.parent
    expected = [
        f"factlint: error: archive/{name}: cannot read folder: Permission denied" for name in ("locked", "sub/deeper")
    ]
    for args in (
        ("check", "archive", "--format", "json"),
        ("claims", "archive", "--format", "json"),
        ("ledger", "add", "archive", "--ledger", "ledger.sqlite3"),
    ):
        done = factlint(cwd, *args)
        assert_no_crash(done)
        errors = error_lines(done.stderr)
        assert done.returncode == 2, (args, done.stderr)
        assert sorted(errors) == expected, (args, errors)
    assert "1 added" in done.stdout  # the readable article is stored, the run still says what it missed
    done = factlint(cwd, "check", "archive", "--format", "json")
    assert [f["rule"] for f in json.loads(done.stdout)["findings"]] == ["F301"]


@needs_file_modes
def test_an_unreadable_folder_named_first_still_lets_the_rest_be_checked_into_html(locked_archive):
    """Configuration discovery starts from the first path: once a PermissionError on
    `locked/.factlint.toml` ended the run before any article was read and no report was written."""
    cwd = locked_archive.parent
    for first in ("archive/locked", "archive/locked/x.md", "archive/sub/deeper/y.md"):
        out = cwd / "report.html"
        out.unlink(missing_ok=True)
        done = factlint(cwd, "check", first, "archive/ok.md", "--format", "html", "-o", out)
        assert_no_crash(done)
        (line,) = error_lines(done.stderr)
        assert done.returncode == 2 and line.startswith(f"factlint: error: {first}: cannot read"), done.stderr
        assert "F301" in out.read_text(encoding="utf-8")


@needs_file_modes
def test_an_unreadable_folder_named_last_is_one_error(locked_archive):
    done = factlint(locked_archive.parent, "check", "archive/ok.md", "archive/locked")
    assert_no_crash(done)
    # Named once: "cannot read folder", not also "no articles found".
    assert error_lines(done.stderr) == ["factlint: error: archive/locked: cannot read folder: Permission denied"]
    assert done.returncode == 2 and "error[F301]" in done.stdout


def test_the_dask_runner_names_an_unreadable_subfolder(tmp_path, monkeypatch):
    pytest.importorskip("dask")
    from checker.read import walk as walk_module
    from checker.scale.distributed import AuditConfig, audit

    (tmp_path / "ok.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("bad"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    result = audit([str(tmp_path)], AuditConfig(), scheduler="sync")
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'bad'}: cannot read folder: Permission denied"]
    assert [f.rule for f in result.findings] == ["F301"] and result.articles == 1


# ---------------------------------------------------------------- output file, default format


def test_check_to_an_output_file_in_the_default_format(tmp_path):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    out = tmp_path / "out" / "report.txt"
    done = subprocess.run([FACTLINT, "check", "a.md", "-o", str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert_no_crash(done)
    assert done.returncode == 1 and done.stdout == ""
    written = out.read_text(encoding="utf-8")
    assert "error[F301]" in written and "--> a.md:4:" in written and "\x1b[" not in written


# ---------------------------------------------------------------- Latin-1 that CP949 also decodes

# `Å`, `Ä` or `°` before an ASCII letter is a valid CP949 pair (a letter of its extension).
LATIN_1 = [
    "Åsa Ärlig, 25°C.\n",
    "Åke Åberg: Ärlighet. Åsa Åkesson, 20°C.\n",
    "Ärla Åkesson's °Celsius Ål Ås.\n",
]


@pytest.mark.parametrize("text", LATIN_1)
def test_latin_1_is_not_read_as_cp949_mojibake(text):
    data = text.encode("latin-1")
    data.decode("cp949")  # the premise: CP949 would take these bytes
    decoded, encoding, notes = decode("a.txt", data)
    assert decoded == text and encoding != "cp949" and "CP949" not in " ".join(notes)


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자의 영업이익은 10조원이다.\n",
        "똠방각하의 매출은 30억원으로 늘었다.\n",  # a letter of CP949's extension among common ones
    ],
)
def test_korean_in_cp949_is_still_read_as_cp949(text):
    decoded, encoding, _ = decode("a.txt", text.encode("cp949"))
    assert decoded == text and encoding == "cp949"


# ---------------------------------------------------------------- empty rule codes


@pytest.mark.parametrize("config", ['select = [""]\n', 'ignore = [""]\n', 'ignore = ["F301", " "]\n'])
def test_an_empty_rule_code_in_the_configuration_is_an_error(tmp_path, capsys, config):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / ".factlint.toml").write_text(config, encoding="utf-8")
    code = main(["check", str(tmp_path / "a.md")])
    errors = error_lines(capsys.readouterr().err)
    assert code == 2 and len(errors) == 1 and "empty rule code" in errors[0] and ".factlint.toml" in errors[0]


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", ",", " , "])
def test_an_empty_rule_code_list_on_the_command_line_is_a_usage_error(tmp_path, capsys, flag, value):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(tmp_path / "a.md"), flag, value])
    assert exit_.value.code == 2 and "no rule code given" in capsys.readouterr().err


# ---------------------------------------------------------------- the real corpus through the Dask runner

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
CORPORA = [pytest.param(ROOT / "seeds", id="seeds")]
if (REAL / "articles.toml").is_file():
    CORPORA.append(pytest.param(REAL, id="real"))


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_dask_runner_gives_the_command_line_findings_on_the_seeds_and_the_real_corpus(corpus, monkeypatch, capsys):
    """tests/test_every_command.py runs both through every command of the CLI; the Dask runner reads,
    analyses and groups them on its own path (partitions, shuffled keys) and must agree, error-free."""
    pytest.importorskip("dask")
    from checker.config import load_settings
    from checker.scale.distributed import AuditConfig, audit

    monkeypatch.chdir(corpus.parent)
    code = main(["check", corpus.name, "--format", "json", "-j", "1"])
    expected = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    config = AuditConfig.from_settings(load_settings(None, [corpus.name]))
    result = audit([corpus.name], config, scheduler="sync", partition_size=7)
    assert not result.errors and result.internal_errors == 0
    got = json.loads(result.to_json())
    assert got["findings"] == expected["findings"] and got["summary"] == expected["summary"]


# ---------------------------------------------------------------- reference facts no claim could match


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("period", "2024-13", "'2024-13' is not a period"),
        ("period", "2024-Q5", "'2024-Q5' is not a period"),
        ("period", "last year", "'last year' is not a period"),
        ("unit", "XYZ", "'XYZ' is not a unit"),
        ("unit", "USD/KRW", "'USD/KRW' is not a unit"),
        ("unit", "1/0", "'1/0' is not a unit"),
        ("unit", "counts", "'counts' is not a unit"),
        ("unit", "t", "write the value in kg, not t"),
    ],
)
def test_a_fact_no_claim_could_match_is_refused_where_it_is_read(tmp_path, capsys, field, value, expected):
    """A period or unit the checker does not know once made the fact match nothing, in silence."""
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    fact = {"entity": "samsung", "metric": "revenue", "period": "2024", "value": "300조", "unit": "KRW", "source": "x"}
    fact[field] = value
    facts = tmp_path / "facts.toml"
    body = "".join(f"{key} = {json.dumps(text)}\n" for key, text in fact.items())
    facts.write_text(
        '[[fact]]\nentity = "samsung"\nmetric = "revenue"\nperiod = "2023"\nvalue = "250조"\n'
        f'unit = "KRW"\nsource = "x"\n\n[[fact]]\n{body}',
        encoding="utf-8",
    )
    code = main(["check", str(tmp_path / "a.md"), "--facts", str(facts)])
    (line,) = error_lines(capsys.readouterr().err)
    assert code == 2 and f"facts.toml:9: fact 2: {field}: {expected}" in line


@pytest.mark.parametrize(
    "period, unit", [("2024", "KRW"), ("2024-9M", "USD"), ("2024-H1", "percent"), ("2024-05", "kg")]
)
def test_facts_in_known_periods_and_units_are_read(tmp_path, period, unit):
    from checker.check.facts_file import load_facts

    facts = tmp_path / "facts.csv"
    facts.write_text(
        f"entity,metric,period,value,unit,source\nsamsung,revenue,{period},1234,{unit},x\n", encoding="utf-8"
    )
    (fact,) = load_facts(facts)
    assert (fact.period, fact.unit) == (period, unit) and fact.interval().lo == 1233.5
