"""Snapshot tests of what a person and a CI see (issue 13.5): the text, github, JSON, SARIF and HTML output
of `factlint check` over the seeds and over cases written for the renderer — carets under Hangul,
full-width digits and corner brackets (display width, not code points), lines cut around a span
with `…` on either side, and related spans in the same line, another line and another article.

The expected outputs live in tests/snapshots/. After a deliberate change of the output, rewrite
them with

    FACTLINT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_snapshots.py

and review the diff like any other change.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "snapshots"
UPDATE = os.environ.get("FACTLINT_UPDATE_SNAPSHOTS", "") not in ("", "0")

INPUTS = {"seeds": "seeds", "cases": "tests/snapshots/cases"}
# (snapshot suffix, extra arguments)
OUTPUTS = {
    "text.txt": ["--format", "text"],
    "text-ko.txt": ["--format", "text", "--lang", "ko"],
    "passed.txt": ["--format", "text", "--show-passed"],
    "github.txt": ["--format", "github"],
    "json.json": ["--format", "json"],
    "sarif.json": ["--format", "sarif"],
    "html.html": ["--format", "html"],
    "html-ko.html": ["--format", "html", "--lang", "ko"],
}
CASES = [(name, suffix) for name in INPUTS for suffix in OUTPUTS]


# The HTML stamp's factlint version and generation time (`factlint 0.1.0 · generated 2024-08-27 09:30 UTC`,
# `생성` in Korean): they change with every release and every minute, not with what the report shows.
HTML_STAMP = re.compile(r'(id="stamp">factlint )\S+( · [^<·]*?)\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC')


def _normalize(suffix: str, output: str) -> str:
    """SARIF's rule table is the pack's documentation (the rule tests hold it): only each rule's id and
    name are kept here. The source root is the checkout's own path. The HTML stamp's version and time
    are placeholders, and the checkout's path (a configuration file's, should one be named) is ROOT."""
    if suffix.startswith("html"):
        output, stamps = HTML_STAMP.subn(r"\1VERSION\2DATE", output)
        assert stamps == 1, "the HTML report has one stamp, in the shape HTML_STAMP knows"
        return output.replace(ROOT.as_uri(), "file:///ROOT").replace(str(ROOT), "ROOT")
    if suffix != "sarif.json":
        return output
    sarif = json.loads(output)
    for run in sarif["runs"]:
        driver = run["tool"]["driver"]
        driver["rules"] = [{"id": r["id"], "name": r["name"]} for r in driver["rules"]]
        for base in run.get("originalUriBaseIds", {}).values():
            base["uri"] = base["uri"].replace(ROOT.as_uri(), "file:///ROOT")
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _run(monkeypatch, tmp_path, args: list[str]) -> str:
    monkeypatch.chdir(ROOT)
    for name in ("NO_COLOR", "FORCE_COLOR", "FACTLINT_CONFIG", "FACTLINT_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("FACTLINT_DATA_DIR", str(tmp_path / "data"))  # the bundled ECB history, never an update
    out = tmp_path / "out"
    code = main(["check", *args, "-o", str(out), "-j", "1"])
    assert code in (0, 1)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,suffix", CASES, ids=[f"{n}.{s}" for n, s in CASES])
def test_output_matches_its_snapshot(monkeypatch, tmp_path, name, suffix):
    output = _normalize(suffix, _run(monkeypatch, tmp_path, [INPUTS[name], *OUTPUTS[suffix]]))
    expected = SNAPSHOTS / f"{name}.{suffix}"
    if UPDATE:
        expected.write_text(output, encoding="utf-8")
        return
    assert expected.is_file(), f"no snapshot {expected.name}: run with FACTLINT_UPDATE_SNAPSHOTS=1 and review it"
    want = expected.read_text(encoding="utf-8")
    assert output == want, (
        f"{expected.name} differs; if the change is intended, rewrite the snapshots with "
        "FACTLINT_UPDATE_SNAPSHOTS=1 and review the diff"
    )


def test_the_html_stamp_is_normalized_whatever_the_version_and_time():
    """Two runs that differ only in version, minute and checkout give the same snapshot text."""
    page = '<p class="muted stamp" id="stamp">factlint {} · {} {} · configuration: {} · rates until: 2024-08-27</p>'
    first = _normalize("html.html", page.format("0.1.0", "generated", "2024-08-27 09:30 UTC", "defaults"))
    later = _normalize("html.html", page.format("1.2.3.dev4+g1a2b3c", "generated", "2031-01-02 23:59 UTC", "defaults"))
    assert first == later == page.format("VERSION", "generated", "DATE", "defaults")
    korean = _normalize("html.html", page.format("0.1.0", "생성", "2024-08-27 09:30 UTC", str(ROOT / ".factlint.toml")))
    assert korean == page.format("VERSION", "생성", "DATE", "ROOT/.factlint.toml")
    with pytest.raises(AssertionError, match="one stamp"):
        _normalize("html.html", "<p>no stamp</p>")


def test_the_cases_exercise_what_the_snapshots_are_for():
    """The renderer's corner cases are in the snapshots (so a regression there is a diff here)."""
    text = (SNAPSHOTS / "cases.text.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert any(line.startswith(("1 | …", "4 | …", "6 | …", "8 | …")) and line.endswith(" …") for line in lines), (
        "a line cut on both sides"
    )
    assert "   ::: tests/snapshots/cases/related_a.md" in text, "a related span in another article"
    assert "１조２０００억원" in text, "full-width digits (two cells each)"
    # Carets under Hangul by display width: the caret line's run starts below the span's first cell.
    from rich.cells import cell_len

    for source, carets in zip(lines, lines[1:]):
        if "^" in carets and source.split("|", 1)[0].strip().isdigit() and "230억 달러로" in source:
            prefix = source.split("| ", 1)[1]
            column = cell_len(prefix[: prefix.index("230억 달러로")])
            assert carets.split("| ", 1)[1].index("^") in (
                column,
                cell_len(prefix[: prefix.index("50%")]),
                cell_len(prefix[: prefix.index("100억")]),
            )
