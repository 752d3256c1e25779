"""A ledger that loses nothing (issue 12.6): concurrent writers and readers as separate processes,
counting what is stored; a draft's findings that do not depend on path order; a read-only ledger
that still serves checks; workers that die with their parent."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.cli import main
from checker.ledger.store import Ledger

FACTLINT = str(Path(sys.executable).with_name("factlint"))
FIGURE = "알리바바의 올해 2분기 매출은 {} 위안이었다.\n"


def write(folder: Path, files: dict[str, tuple[str, str]]) -> Path:
    """files: name → (text, published)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, (text, published) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[article]]\nfile = "{name}"\npublished = {published}\n')
    (folder / "articles.toml").write_text("\n".join(manifest), encoding="utf-8")
    return folder


def count_articles(ledger: Path) -> int:
    with Ledger.open(ledger, must_exist=True, readonly=True) as store:
        return store.stats().articles


def test_draft_finding_does_not_depend_on_where_a_stored_copy_sorts(tmp_path, capsys):
    """A stored article stating the draft's own figure, whose path sorts first, once took the draft's
    place: the conflict with the other stored article was then between two stored articles, and dropped."""
    stored = write(
        tmp_path / "stored",
        {"a_copy.md": (FIGURE.format("2000억"), "2024-08-20"), "z_other.md": (FIGURE.format("2500억"), "2024-08-20")},
    )
    draft = write(tmp_path / "drafts", {"m_draft.md": (FIGURE.format("2000억"), "2024-08-27")})
    ledger = tmp_path / "ledger.sqlite3"
    assert main(["ledger", "add", str(stored), "--ledger", str(ledger)]) == 0
    capsys.readouterr()
    code = main(["check", str(draft / "m_draft.md"), "--ledger", str(ledger), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    (finding,) = [f for f in findings if f["rule"] == "F402"]
    assert finding["location"]["path"].endswith("m_draft.md")
    assert any(r["path"].endswith("z_other.md") for r in finding["related"])


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([FACTLINT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_adds_creating_one_ledger_store_every_article(tmp_path):
    """Several `ledger add` that create the same new ledger at the same moment: every article stored."""
    n = 6
    folders = [
        write(tmp_path / f"f{i}", {f"a{i}.md": (FIGURE.format(f"{1000 + i}억"), "2024-08-20")}) for i in range(n)
    ]
    for attempt in range(2):  # twice, each on a fresh ledger: the race is at creation
        ledger = tmp_path / f"new{attempt}" / "ledger.sqlite3"
        procs = [_spawn("ledger", "add", str(folder), "--ledger", str(ledger), "-j", "1") for folder in folders]
        results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
        assert all(code == 0 for code, _ in results), results
        assert count_articles(ledger) == n


def test_readers_see_one_snapshot_while_a_writer_replaces(tmp_path):
    """`check --ledger` while another process replaces the newest stored article over and over."""
    stored = write(
        tmp_path / "stored", {f"s{i}.md": (FIGURE.format(f"{2000 + 10 * i}억"), "2024-08-20") for i in range(4)}
    )
    ledger = tmp_path / "ledger.sqlite3"
    assert (
        subprocess.run(
            [FACTLINT, "ledger", "add", str(stored), "--ledger", str(ledger)], capture_output=True
        ).returncode
        == 0
    )
    draft = write(tmp_path / "draft", {"d.md": (FIGURE.format("2000억"), "2024-08-27")})
    writer_script = f"""
import sys, pathlib
from checker.cli import main
path = pathlib.Path({str(stored / "s3.md")!r})
for i in range(40):
    path.write_text({FIGURE!r}.format(f"{{2100 + i}}억"), encoding="utf-8")
    if main(["ledger", "add", str(path), "--ledger", {str(ledger)!r}, "-j", "1"]) != 0:
        sys.exit(3)
"""
    writer = subprocess.Popen(
        [sys.executable, "-c", writer_script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    failures = []
    try:
        reads = 0
        while writer.poll() is None or reads < 3:
            done = subprocess.run(
                [FACTLINT, "check", str(draft / "d.md"), "--ledger", str(ledger), "--format", "json"],
                capture_output=True,
                text=True,
            )
            reads += 1
            if done.returncode not in (0, 1) or "internal error" in done.stderr:
                failures.append((done.returncode, done.stderr[-500:]))
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0, writer.stderr.read()
    assert not failures
    assert count_articles(ledger) == 4


def _can_drop_file_permissions() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


@pytest.mark.skipif(not _can_drop_file_permissions(), reason="root without setpriv ignores file modes")
def test_a_read_only_ledger_is_read_by_check_and_refused_by_add(tmp_path):
    stored = write(tmp_path / "stored", {"a.md": (FIGURE.format("2000억"), "2024-08-20")})
    draft = write(tmp_path / "draft", {"d.md": (FIGURE.format("2500억"), "2024-08-27")})
    folder = tmp_path / "ro"
    folder.mkdir()
    ledger = folder / "ledger.sqlite3"
    assert (
        subprocess.run(
            [FACTLINT, "ledger", "add", str(stored), "--ledger", str(ledger)], capture_output=True
        ).returncode
        == 0
    )
    # As root, file modes bind only without CAP_DAC_OVERRIDE: run the commands without it.
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    ledger.chmod(0o444)
    folder.chmod(0o555)
    try:
        add = subprocess.run(
            [*prefix, FACTLINT, "ledger", "add", str(draft), "--ledger", str(ledger)], capture_output=True, text=True
        )
        check = subprocess.run(
            [*prefix, FACTLINT, "check", str(draft / "d.md"), "--ledger", str(ledger), "--format", "json"],
            capture_output=True,
            text=True,
        )
        stats = subprocess.run(
            [*prefix, FACTLINT, "ledger", "stats", "--ledger", str(ledger)], capture_output=True, text=True
        )
    finally:
        folder.chmod(0o755)
        ledger.chmod(0o644)
    assert add.returncode == 2 and "read-only" in add.stderr and "Traceback" not in add.stderr
    assert len(add.stderr.strip().splitlines()) == 1
    assert check.returncode == 1, check.stderr
    assert [f["rule"] for f in json.loads(check.stdout)["findings"]] == ["F402"]
    assert stats.returncode == 0 and "articles: 1" in stats.stdout


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_workers_die_with_a_killed_ledger_add(tmp_path):
    """`ledger add -j 2` over enough articles to start workers, killed outright: no worker stays."""
    files = {f"a{i:03d}.md": ((FIGURE.format(f"{1000 + i}억")) * 40, "2024-08-20") for i in range(400)}
    folder = write(tmp_path / "many", files)
    proc = subprocess.Popen(
        [FACTLINT, "ledger", "add", str(folder), "--ledger", str(tmp_path / "l.sqlite3"), "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    for _ in range(600):  # wait (up to a minute) for the pool to start
        workers = _children(proc.pid)
        if len(workers) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.1)
    if proc.poll() is not None:
        pytest.skip("the add finished before its workers could be seen")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    for _ in range(100):
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.1)
    assert workers and not any(_alive(w) for w in workers)


def test_add_hashes_first_and_skips_unchanged_articles(tmp_path, monkeypatch, capsys):
    """Re-adding an unchanged archive extracts and links nothing (issue 12.7)."""
    import checker.pipeline as pipeline

    folder = write(tmp_path / "a", {f"a{i}.md": (FIGURE.format(f"{1000 + i}억"), "2024-08-20") for i in range(5)})
    ledger = tmp_path / "ledger.sqlite3"
    assert main(["ledger", "add", str(folder), "--ledger", str(ledger), "-j", "1"]) == 0
    analysed = []
    original = pipeline.analyze_document
    monkeypatch.setattr(
        pipeline, "analyze_document", lambda d, *a, **k: analysed.append(d.path) or original(d, *a, **k)
    )
    capsys.readouterr()
    assert main(["ledger", "add", str(folder), "--ledger", str(ledger), "-j", "1"]) == 0
    assert "0 added, 0 replaced, 5 unchanged" in capsys.readouterr().out and analysed == []
    (folder / "a3.md").write_text(FIGURE.format("1200억"), encoding="utf-8")
    assert main(["ledger", "add", str(folder), "--ledger", str(ledger), "-j", "1"]) == 0
    assert "0 added, 1 replaced, 4 unchanged" in capsys.readouterr().out
    assert [Path(p).name for p in analysed] == ["a3.md"]


def test_event_date_finding_does_not_depend_on_where_a_stored_copy_sorts(tmp_path, capsys):
    february = "알리바바는 2월에 문샷(Moonshot)에 8억 달러를 투자했다.\n"
    may = "알리바바는 지난 5월에 문샷(Moonshot)에 약 8억 달러를 투자했다.\n"
    stored = write(tmp_path / "stored", {"a_copy.md": (february, "2024-08-20"), "z_other.md": (may, "2024-08-20")})
    draft = write(tmp_path / "drafts", {"m_draft.md": (february, "2024-08-27")})
    ledger = tmp_path / "ledger.sqlite3"
    assert main(["ledger", "add", str(stored), "--ledger", str(ledger)]) == 0
    capsys.readouterr()
    code = main(["check", str(draft / "m_draft.md"), "--ledger", str(ledger), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    (finding,) = [f for f in findings if f["rule"] == "F401"]
    assert code == 1 and finding["location"]["path"].endswith("m_draft.md")
    assert any(r["path"].endswith("z_other.md") for r in finding["related"])
