"""Inputs newsrooms have: archive folders with one manifest at the root, standard input, HTML pages,
Word files, other encodings, CRLF front matter, .gitignore, and the errors when none of it can be read."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFLICT = "알리바바는 2월에 문샷(Moonshot)에 8억 달러를 투자했다.\n"
OTHER = "알리바바는 지난 5월에 문샷(Moonshot)에 약 8억 달러를 투자했다.\n"
GROWTH = "Tesla's first-half revenue rose 50% to $23bn from $10bn a year earlier.\n"


def factlint(*args, cwd=ROOT, input=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *map(str, args)], capture_output=True, cwd=cwd, input=input, env=env
    )


def out(run) -> str:
    return run.stdout.decode("utf-8")


def err(run) -> str:
    return run.stderr.decode("utf-8")


def check_json(*args, **kw) -> tuple[dict, subprocess.CompletedProcess]:
    run = factlint("check", *args, "--format", "json", **kw)
    return json.loads(out(run)), run


@pytest.fixture
def archive(tmp_path):
    """A newsroom archive: language folders, one articles.toml at the root naming `ko/001.txt`."""
    (tmp_path / "ko").mkdir()
    (tmp_path / "ko" / "001.txt").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "ko" / "002.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "articles.toml").write_text(
        '[[article]]\nfile = "ko/001.txt"\npublished = 2024-08-27\noutlet = "A"\n\n'
        '[[article]]\nfile = "ko/002.txt"\npublished = 2024-08-22\noutlet = "B"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_a_manifest_at_the_archive_root_names_files_in_subfolders(archive):
    data, run = check_json(archive)
    assert "assumed today" not in err(run)  # both dates came from the root manifest
    f401 = [f for f in data["findings"] if f["rule"] == "F401"]
    assert len(f401) == 1 and f401[0]["severity"] == "error"
    assert f401[0]["location"]["path"].endswith("ko/001.txt")  # the later-published one is primary


def test_the_root_manifest_is_found_from_a_subfolder_or_a_file_below_the_current_folder(archive):
    run = factlint("check", "ko/001.txt", "--format", "json", cwd=archive)
    assert "assumed today" not in err(run), err(run)
    run = factlint("check", "ko", "--format", "json", cwd=archive)
    assert "assumed today" not in err(run), err(run)
    assert run.returncode == 1


def test_a_nearer_manifest_wins_and_a_broken_one_names_its_line(archive):
    (archive / "ko" / "articles.toml").write_text(
        '[[article]]\nfile = "001.txt"\npublished = 2023-01-05\n', encoding="utf-8"
    )
    data, _ = check_json(archive)
    f401 = [f for f in data["findings"] if f["rule"] == "F401"]
    # 001 is now dated 2023-01-05 by its folder's manifest: 002 (2024-08-22) is the later, primary one.
    assert len(f401) == 1 and f401[0]["location"]["path"].endswith("ko/002.txt")
    (archive / "articles.toml").write_text('[[article]]\nfile = "ko/gone.txt"\n', encoding="utf-8")
    run = factlint("check", archive)
    assert run.returncode == 2
    assert "articles.toml:2: names a missing file 'ko/gone.txt'" in err(run)


def test_standard_input_with_a_name(archive):
    run = factlint(
        "check", "-", "--stdin-filename", "ko/001.txt", "--format", "json", input=CONFLICT.encode(), cwd=archive
    )
    data = json.loads(out(run))
    assert "assumed today" not in err(run)  # its manifest entry was found by the name
    assert data["summary"]["articles"] == 1
    run = factlint(
        "check",
        "-",
        "ko/002.txt",
        "--stdin-filename",
        "ko/001.txt",
        "--format",
        "json",
        input=CONFLICT.encode(),
        cwd=archive,
    )
    data = json.loads(out(run))
    assert [f["location"]["path"] for f in data["findings"] if f["rule"] == "F401"] == ["ko/001.txt"]
    run = factlint("claims", "-", "--format", "json", input=GROWTH.encode())
    claims = json.loads(out(run))["claims"]
    assert {c["path"] for c in claims} == {"<stdin>"} and any(c["text"] == "$23bn" for c in claims)


def test_html_article_tags_masked_spans_into_the_file_and_metadata_read(tmp_path):
    page = (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta property="article:published_time" '
        'content="2024-08-27T09:00:00+09:00"><title>Results</title>'
        "<style>p { margin: 10px }</style></head>\n<body><article>\n"
        "<p>Tesla&#39;s first-half <b>revenue</b> rose 50% to $23bn from $10bn a year earlier.</p>\n"
        "</article></body></html>\n"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    data, run = check_json(path)
    assert "assumed today" not in err(run)
    claims = json.loads(out(factlint("claims", path, "--format", "json")))["claims"]
    assert not any(c["text"].startswith("10px") or c["text"] == "10" for c in claims)  # CSS is not text
    for claim in claims:
        assert page[claim["start"] : claim["end"]] == claim["text"]
    f301 = [f for f in data["findings"] if f["rule"] == "F301"]
    assert f301 and page[f301[0]["location"]["start"] : f301[0]["location"]["end"]] == "50%"
    # <time datetime> and og:locale when there is no article:published_time
    other = tmp_path / "other.htm"
    other.write_text(
        '<html><head><meta property="og:locale" content="ko_KR"></head><body>'
        '<time datetime="2024-08-22">8월 22일</time><p>' + OTHER + "</p></body></html>",
        encoding="utf-8",
    )
    run = factlint("check", other, "--format", "json")
    assert "assumed today" not in err(run)
    claims = json.loads(out(factlint("claims", other, "--format", "json")))["claims"]
    assert [c["period"] for c in claims if c["text"] == "약 8억 달러"] == ["2024-05"]  # 지난 5월 of 2024-08-22


def _docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def test_docx_paragraphs_are_lines(tmp_path):
    path = tmp_path / "draft.docx"
    _docx(path, ["Results", "", GROWTH.strip()])
    data, run = check_json(path)
    f301 = [f for f in data["findings"] if f["rule"] == "F301"]
    assert f301 and f301[0]["location"]["line"] == 3  # the third paragraph
    assert f301[0]["severity"] == "error"  # arithmetic in an undated draft keeps its severity
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    run = factlint("check", broken, path)
    assert run.returncode == 2
    lines = [line for line in err(run).splitlines() if "error" in line]
    assert len(lines) == 1 and "broken.docx" in lines[0] and "Traceback" not in err(run)
    assert "F301" in out(run)  # the other file was still checked


@pytest.mark.parametrize(
    "encoding,text,note",
    [
        ("utf-16", CONFLICT, "UTF-16"),
        ("cp1252", "Revenue rose 50% to €23bn from €10bn a year earlier – a “record”.\n", "Windows-1252"),
        ("cp949", CONFLICT, "CP949/EUC-KR"),
        ("euc-kr", OTHER, "CP949/EUC-KR"),
    ],
)
def test_encodings_are_detected_with_a_note(tmp_path, encoding, text, note):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    run = factlint("claims", path, "--format", "json")
    assert run.returncode == 0, err(run)
    assert f"decoded as {note}" in err(run)
    claims = json.loads(out(run))["claims"]
    assert claims and all(text[c["start"] : c["end"]] == c["text"] for c in claims)


def test_crlf_front_matter_is_read(tmp_path):
    path = tmp_path / "a.md"
    front = "---\r\npublished: 2024-08-27\r\nlanguage: en\r\n---\r\n"
    path.write_bytes((front + GROWTH.replace("\n", "\r\n")).encode())
    data, run = check_json(path)
    assert "assumed today" not in err(run)
    assert [f["rule"] for f in data["findings"]] == ["F301"]


def test_gitignored_and_hidden_files_are_not_walked(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("drafts/\n*.bak.txt\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "old.bak.txt").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("secret.md\n", encoding="utf-8")
    (tmp_path / "sub" / "secret.md").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "sub" / "kept.md").write_text(GROWTH, encoding="utf-8")
    data, _ = check_json(tmp_path)
    assert {f["location"]["path"].rsplit("/", 1)[-1] for f in data["findings"]} == {"kept.md"}
    # Checking a subfolder still honours the .gitignore above it, up to the repository's root.
    data, _ = check_json(tmp_path / "drafts")
    assert data["summary"]["articles"] == 0


def test_no_articles_is_an_error_naming_the_folder(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    run = factlint("check", tmp_path)
    assert run.returncode == 2
    assert f"{tmp_path}: no articles found" in err(run)
    assert "Traceback" not in err(run)


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="root without setpriv reads every folder"
)
def test_an_unreadable_folder_is_named_and_the_rest_checked(tmp_path):
    (tmp_path / "ok.txt").write_text(GROWTH, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    # (as root, folder modes bind only without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: run the check without them)
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    try:
        run = subprocess.run(
            [*prefix, sys.executable, "-m", "checker", "check", str(tmp_path)], capture_output=True, cwd=ROOT
        )
    finally:
        locked.chmod(0o755)
    assert run.returncode == 2 and "locked: cannot read folder" in err(run) and "F301" in out(run), err(run)


def test_unreadable_inputs_are_named_and_the_rest_checked(tmp_path):
    """A folder that cannot be listed (simulated as root, who can read anything, by a file named
    as a folder), a missing file and a folder named as a file: one line each, exit 2."""
    (tmp_path / "ok.txt").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "inner.md").write_text(GROWTH, encoding="utf-8")
    run = factlint("check", tmp_path / "ok.txt", tmp_path / "missing.txt", tmp_path / "empty")
    assert run.returncode == 2
    errors = [line for line in err(run).splitlines() if line.startswith("factlint: error")]
    assert len(errors) == 2 and "missing.txt: no such file" in errors[0] and "empty: no such file" in errors[1]
    assert "F301" in out(run)


def test_walk_reports_a_folder_it_cannot_list(tmp_path, monkeypatch):
    from checker.errors import InputError
    from checker.read import walk as walk_module

    (tmp_path / "ok.txt").write_text(GROWTH, encoding="utf-8")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_text(GROWTH, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("bad"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    errors: list[InputError] = []
    found = list(walk_module.iter_article_paths([str(tmp_path)], errors))
    assert [p.name for p in found] == ["ok.txt"]
    assert len(errors) == 1 and str(errors[0]) == f"{tmp_path / 'bad'}: cannot read folder: Permission denied"


def test_reports_show_markdown_and_html_as_text(tmp_path):
    """Front matter, `#` markers and an HTML page's tags are hidden in the HTML report (the text
    underneath is kept, so offsets hold); the text report blanks an HTML page's tags."""
    (tmp_path / "a.md").write_text("---\npublished: 2024-08-27\n---\n# Tesla results\n\n" + GROWTH, encoding="utf-8")
    (tmp_path / "p.html").write_text(
        '<html lang="en"><head><meta property="article:published_time" '
        'content="2024-08-27"></head><body>\n<p><b>Tesla</b>' + GROWTH[5:].strip() + "</p></body></html>\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.html"
    run = factlint("check", tmp_path, "--format", "html", "-o", report)
    assert run.returncode == 1, err(run)
    page = report.read_text(encoding="utf-8")
    assert '<mark id="a0-front" class="md-hide" title="">---\npublished: 2024-08-27\n---\n</mark>' in page
    assert (
        '<mark id="a0-h30" class="md-h" title=""><mark id="a0-hm30" class="md-hide" title=""># </mark>'
        "Tesla results</mark>"
    ) in page
    assert 'class="md-hide" title="">&lt;b&gt;</mark>Tesla<mark' in page
    text = out(factlint("check", tmp_path / "p.html"))
    assert "<p>" not in text and "<b>" not in text and "rose 50%" in text
    lines = text.splitlines()
    source = next(i for i, line in enumerate(lines) if "| Tesla" in line)  # tags and their blanks not shown
    assert lines[source + 1].index("^^^") == lines[source].index("50%")  # carets still under the span


def test_text_report_shows_a_markdown_heading_without_its_markers(tmp_path):
    (tmp_path / "b.md").write_text("---\npublished: 2024-08-27\n---\n## " + GROWTH, encoding="utf-8")
    text = out(factlint("check", tmp_path / "b.md"))
    assert "-->" in text and "## " not in text
    assert re.search(r"4 \| Tesla's first-half revenue rose 50%", text)  # the markers are not shown


def test_standard_input_takes_the_configuration_of_its_name(tmp_path):
    (tmp_path / ".factlint.toml").write_text('ignore = ["F301"]\n', encoding="utf-8")
    (tmp_path / "desk").mkdir()
    text = ("---\npublished: 2024-08-27\n---\n" + GROWTH).encode()
    named = factlint("check", "-", "--stdin-filename", tmp_path / "desk" / "new.md", input=text)
    assert named.returncode == 0, out(named)
    unnamed = factlint("check", "-", input=text)
    assert unnamed.returncode == 1 and "<stdin>:4:" in out(unnamed)


def test_ledger_add_names_an_article_from_standard_input_by_stdin_filename(tmp_path):
    ledger = tmp_path / "desk.db"
    text = "---\npublished: 2024-08-27\n---\n한빛물산의 2분기 매출은 5조 2000억원이다.\n".encode()
    added = factlint("ledger", "add", "--ledger", ledger, "-", "--stdin-filename", "desk/a.md", input=text)
    assert added.returncode == 0, out(added)
    draft = tmp_path / "draft.md"
    draft.write_text("---\npublished: 2024-08-28\n---\n한빛물산의 2분기 매출은 6조 2000억원이다.\n", encoding="utf-8")
    run = factlint("check", draft, "--ledger", ledger)
    assert "desk/a.md" in out(run) and "<stdin>" not in out(run), out(run)
