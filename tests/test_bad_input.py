"""Inputs that once ended a run in an internal error or were accepted in silence (issue 12): each
now ends in one line naming the file (and key or line) with exit 2, the other files still
checked — or in a correct result."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATED = "---\npublished: 2024-08-27\n---\n"
GROWTH_ERROR = "삼성전자의 올해 상반기 영업이익은 230억 달러로 전년 동기 100억 달러보다 50% 증가했다.\n"


def run(capsys, *argv):
    code = main([*map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if not line.startswith("factlint: note:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# ---------------------------------------------------------------- numbers that are no numbers


def test_rate_from_zero_percent_under_show_passed_and_html(tmp_path, capsys):
    text = DATED + (
        "The company's operating margin rose 3 percentage points to 3% in the quarter from 0% a year earlier.\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "check", tmp_path / "a.md", "--show-passed")
    assert code == 0 and "internal error" not in out + err and "ok[F308]" in out
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--format", "html", "-o", tmp_path / "r.html")
    assert code == 0 and (tmp_path / "r.html").is_file() and "internal error" not in err


@pytest.mark.parametrize("digits", [309, 400, 1000])
def test_a_number_too_large_for_a_float_is_a_malformed_number(tmp_path, capsys, digits):
    big = "9" * digits
    text = DATED + f"회사의 매출은 {big}달러(약 1조원)였다. 다른 회사의 매출은 {big}원이었다.\n" + GROWTH_ERROR
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    for fmt in ("text", "json", "sarif", "github"):
        code, out, err = run(capsys, "check", tmp_path / "a.md", "--format", fmt)
        assert code == 1 and "internal error" not in out + err, (fmt, err)
    code, out, _ = run(capsys, "check", tmp_path / "a.md", "--format", "json")
    rules = [f["rule"] for f in json.loads(out)["findings"]]
    assert rules.count("F101") == 2 and "F301" in rules
    code, out, _ = run(capsys, "claims", tmp_path / "a.md", "--format", "json")
    assert code == 0 and "NaN" not in out and "Infinity" not in out.replace('"Infinity"', "")
    claims = json.loads(out)["claims"]
    assert all(big not in c["text"] for c in claims)
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--format", "html", "-o", tmp_path / "r.html")
    assert code == 1 and (tmp_path / "r.html").is_file() and "internal error" not in err


def test_formatting_never_raises_on_non_finite_values():
    from checker.check import formatting as fmt
    from checker.check.intervals import Interval

    nan, inf = float("nan"), float("inf")
    for value in (nan, inf, -inf):
        for unit in ("percent", "pp", "multiple", "KRW", "USD", "CNY", "count", "km"):
            for lang in ("en", "ko"):
                assert fmt.amount(value, unit, lang)
    assert fmt.interval(Interval(-inf, inf), "percent") and fmt.interval(Interval(nan, nan), "KRW", "ko")
    assert fmt.rate(inf) == "∞" and fmt.rate_interval(Interval(nan, 1.0), "KRW", "USD")


# ---------------------------------------------------------------- configuration, packs, lexicons


@pytest.mark.parametrize(
    "config, expected",
    [
        ("select = 5\n", "select"),
        ("select = [5]\n", "select"),
        ("ignore = {a = 1}\n", "ignore"),
        ("[rule-params.F999]\nx = 1\n", "rule-params.F999: unknown rule code"),
        ('[rule-params.F202]\ntolerance = "abc"\n', "rule-params.F202.tolerance"),
        ("[rule-params.F202]\nnot_a_param = 1\n", "rule-params.F202.not_a_param"),
    ],
)
def test_bad_configuration_is_one_line_naming_the_file_and_key(tmp_path, capsys, config, expected):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / ".factlint.toml").write_text(config, encoding="utf-8")
    code, _, err = run(capsys, "check", tmp_path / "a.md")
    line = one_line(err)
    assert code == 2 and ".factlint.toml" in line and expected in line
    assert "core.toml" not in line  # a bad override is the configuration's, not the built-in pack's


def test_rule_params_for_a_known_code_still_apply(tmp_path, capsys):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / ".factlint.toml").write_text("[rule-params.f202]\ntolerance = 0.03\n", encoding="utf-8")
    assert run(capsys, "check", tmp_path / "a.md")[0] == 1


def test_empty_alias_in_a_user_lexicon(tmp_path, capsys):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    lexicon = tmp_path / "mine" / "lexicon"
    lexicon.mkdir(parents=True)
    (lexicon / "entities.toml").write_text(
        '[[entity]]\nid = "acme"\naliases = ["Acme"]\n\n[[entity]]\nid = "other"\naliases = ["Other", " "]\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--rules", tmp_path / "mine")
    line = one_line(err)
    assert code == 2 and "entities.toml:5" in line and "entity.1.aliases.1" in line and "empty" in line


@pytest.mark.parametrize("template", ["{ and {", "{0}", "{value.real}", "{value:d}", "}"])
def test_bad_message_template_is_refused_when_the_pack_is_read(tmp_path, capsys, template):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    pack = tmp_path / "mine"
    pack.mkdir()
    (pack / "mine.toml").write_text(
        '[[rule]]\ncode = "X301"\nname = "mine"\nkind = "growth"\nsummary = "s"\nwhy = "w"\n'
        f"message = {json.dumps(template)}\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--rules", pack)
    line = one_line(err)
    assert code == 2 and "mine.toml:1" in line and "message" in line and "template" in line


# ---------------------------------------------------------------- reference facts


@pytest.mark.parametrize("value", ['"x"', "nan", "inf", "-inf", "1e400", '"1e400"', '"nan"'])
def test_facts_that_are_no_finite_numbers(tmp_path, capsys, value):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    facts = tmp_path / "facts.toml"
    facts.write_text(
        '[[fact]]\nentity = "samsung"\nmetric = "revenue"\nperiod = "2024"\nvalue = "1조"\n'
        'unit = "KRW"\nsource = "filing"\n\n'
        f'[[fact]]\nentity = "samsung"\nmetric = "revenue"\nperiod = "2023"\nvalue = {value}\n'
        'unit = "KRW"\nsource = "filing"\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--facts", facts)
    line = one_line(err)
    assert code == 2 and "facts.toml:9" in line and "fact 2" in line and "finite" in line


@pytest.mark.parametrize("content", ['fact = "x"\n', "fact = 5\n", "[fact]\nentity = 1\n", "facts = []\n"])
def test_facts_file_of_the_wrong_shape(tmp_path, capsys, content):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / "facts.toml").write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--facts", tmp_path / "facts.toml")
    assert code == 2 and "facts.toml" in one_line(err)


def test_facts_csv_nan(tmp_path, capsys):
    (tmp_path / "a.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    (tmp_path / "facts.csv").write_text(
        "entity,metric,period,value,unit,source\nsamsung,revenue,2024,nan,KRW,x\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "check", tmp_path / "a.md", "--facts", tmp_path / "facts.csv")
    assert code == 2 and "facts.csv:2" in one_line(err)


# ---------------------------------------------------------------- manifests


def _articles(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / name).write_text(GROWTH_ERROR, encoding="utf-8")


def test_duplicate_manifest_entry_is_an_error_naming_file_and_line(tmp_path, capsys):
    _articles(tmp_path, ["a.md", "b.md"])
    (tmp_path / "articles.toml").write_text(
        '[[article]]\nfile = "a.md"\npublished = 2024-08-20\n\n'
        '[[article]]\nfile = "b.md"\npublished = 2024-08-27\n\n'
        '[[article]]\nfile = "a.md"\npublished = 2024-08-21\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", tmp_path, "--format", "json")
    line = one_line(err)
    assert code == 2 and "articles.toml:9" in line and "duplicate entry for 'a.md'" in line and "line 1" in line
    # b.md keeps its date (no "assumed today" note for it) and is checked.
    assert "b.md: no publication date" not in err
    assert any(f["location"]["path"].endswith("b.md") for f in json.loads(out)["findings"])


def test_one_bad_manifest_line_costs_its_own_article_only(tmp_path, capsys):
    _articles(tmp_path, ["a.md", "b.md", "c.md"])
    (tmp_path / "articles.toml").write_text(
        '[[article]]\nfile = "a.md"\npublished = 2024-08-20\n\n'
        '[[article]]\nfile = "b.md"\npublished = "last tuesday"\n\n'
        '[[article]]\nfile = "c.md"\npublished = 2024-08-27\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", tmp_path, "--format", "json")
    line = one_line(err)
    assert code == 2 and "articles.toml:5" in line and "b.md" in line
    assert "a.md: no publication date" not in err and "c.md: no publication date" not in err
    paths = {f["location"]["path"].rsplit("/", 1)[-1] for f in json.loads(out)["findings"]}
    assert {"a.md", "c.md"} <= paths


# ---------------------------------------------------------------- output locations


def test_sarif_uris_are_percent_encoded(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "a dir%#?"
    folder.mkdir()
    (folder / "기사 1.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", "a dir%#?", "--format", "sarif")
    log = json.loads(out)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert code == 1 and location["uri"] == "a%20dir%25%23%3F/%EA%B8%B0%EC%82%AC%201.md"
    assert re.fullmatch(r"[A-Za-z0-9\-._~%/]+", location["uri"]) and unquote(location["uri"]) == "a dir%#?/기사 1.md"
    assert location["uriBaseId"] == "SRCROOT"


def test_sarif_uri_of_a_path_outside_the_working_directory_is_a_file_uri(tmp_path, capsys, monkeypatch):
    (tmp_path / "a b.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "check", tmp_path / "a b.md", "--format", "sarif")
    location = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"].startswith("file:///") and location["uri"].endswith("/a%20b.md")
    assert "uriBaseId" not in location


def test_html_pages_link_through_a_hash_in_the_output_name(tmp_path, monkeypatch):
    import checker.report.html as html_module

    monkeypatch.setattr(html_module, "SINGLE_PAGE_LIMIT", 2)
    out = tmp_path / "out" / "week #3?.html"
    assert main(["check", str(ROOT / "seeds"), "--format", "html", "-o", str(out)]) == 1
    index = out.read_text(encoding="utf-8")
    folder = tmp_path / "out" / "week #3?_files"
    assert (folder / "article-00001.html").is_file()
    assert 'href="week%20%233%3F_files/article-00001.html' in index
    first = (folder / "article-00000.html").read_text(encoding="utf-8")
    assert 'href="../week%20%233%3F.html"' in first
    # Every relative link resolves to a file that exists.
    for page, text in ((out, index), (folder / "article-00000.html", first)):
        for href in re.findall(r'href="([^"#][^"]*?)(?:#[^"]*)?"', text):
            if "://" not in href and not href.startswith(("data:", "mailto:")):
                assert (page.parent / unquote(href)).is_file(), href


def test_dask_runner_reports_a_duplicate_manifest_entry(tmp_path):
    pytest.importorskip("dask")
    from checker.scale.distributed import AuditConfig, audit

    _articles(tmp_path, ["a.md", "b.md"])
    (tmp_path / "articles.toml").write_text(
        '[[article]]\nfile = "a.md"\npublished = 2024-08-20\n\n'
        '[[article]]\nfile = "b.md"\npublished = 2024-08-27\n\n'
        '[[article]]\nfile = "a.md"\npublished = 2024-08-21\n',
        encoding="utf-8",
    )
    result = audit([str(tmp_path)], AuditConfig(), scheduler="sync")
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'articles.toml'}:9: duplicate entry for 'a.md' (first at line 1)"
    ]


def test_a_link_loop_and_a_dangling_link_are_errors_naming_the_link(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "good.md").write_text("Revenue rose 50% to $23bn from $10bn a year earlier.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "loop.md", "gone.md", "good.md", "--format", "json")
    assert code == 2
    lines = err.strip().splitlines()
    assert "factlint: error: loop.md: cannot read: " in err and "factlint: error: gone.md: no such file" in lines
    assert "internal error" not in err and "Traceback" not in err and "nowhere" not in err
    assert [f["location"]["path"] for f in json.loads(out)["findings"]] == ["good.md"]  # the others still checked


def test_a_number_of_400_digits_in_a_list_of_counts_is_a_finding_not_a_crash(tmp_path):
    from helpers import document, findings

    from checker.pipeline import load_knowledge

    text = "9" * 400 + " deaths, 3 in Ohio and 4 in Utah."
    result = findings(load_knowledge(), document(text, language="en"))
    assert not result.internal_errors
    assert "F101" in [f.rule for f in result.findings]


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_no_newsroom_has_is_one_line_naming_the_file(tmp_path, capsys, date):
    # (found by the long fuzzing run: `27일` read as a day of the month before 0001-01-01 left the calendar)
    text = f"---\npublished: {date}\n---\n가온전자의 27일 매출은 5억원이다.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(DATED + GROWTH_ERROR, encoding="utf-8")
    code, out, err = run(capsys, "check", tmp_path / "a.md", tmp_path / "b.md")
    assert code == 2
    assert one_line(err).endswith(f"a.md:2: publication date {date} is out of range (years 1000 to 9000)")
    assert "F301" in out  # the other file is still checked


def test_a_sum_of_figures_near_the_float_limit_suggests_no_fix_and_does_not_crash():
    # (found by the long fuzzing run: the middle of the target, and its count of steps, were no float)
    from helpers import document, findings

    from checker.pipeline import load_knowledge

    huge = "1" * 307
    text = f"가온전자의 올해 매출은 $0원이상 으로 $0포인트($0원·${huge}포인트이하 으로 $0원($0포인트)이상 으로. "
    result = findings(load_knowledge(), document(text, language="ko"))
    assert not result.internal_errors
