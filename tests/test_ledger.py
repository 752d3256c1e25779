"""The claim ledger: storing published articles and checking drafts against them."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

from checker.cli import main
from checker.ledger.store import _PER_KEY, SCHEMA_VERSION, Ledger, claim_keys, content_hash
from checker.models import Claim, Quantity
from checker.periods import Period
from checker.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FACTLINT = str(Path(sys.executable).with_name("factlint"))
DRAFT = "000_b40a4aa8a1e3a9d9.txt"  # the Moonshot investment in February
PUBLISHED = "001_5001ef546efcbddf.txt"  # … and in May


def seeds(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    names = names or tuple(p.name for p in SEEDS.glob("*.txt"))
    for name in names:
        shutil.copy(SEEDS / name, folder / name)
    # The manifest may not name files that are absent: keep only the copied articles' entries.
    head, *entries = (SEEDS / "articles.toml").read_text(encoding="utf-8").split("[[article]]")
    kept = [e for e in entries if any(f'file = "{name}"' in e for name in names)]
    (folder / "articles.toml").write_text("[[article]]".join([head, *kept]), encoding="utf-8")
    return folder


def _word(i: int) -> str:
    letters = ""
    for _ in range(3):
        letters += chr(97 + i % 26)
        i //= 26
    return letters.capitalize()


def _hangul(i: int) -> str:
    return chr(0xAC00 + (i * 37) % 11172) + chr(0xAC00 + (i * 91 + 5) % 11172)


def generated(folder: Path, count: int, start: int = 0) -> Path:
    """Small articles sharing one fact (a revenue) and each naming its own startup."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        name = _hangul(i)
        (folder / f"gen_{i:05d}.md").write_text(
            f"---\npublished: 2024-08-27\n---\n# 시장 동향 {name}\n\n"
            f"알리바바는 2024년 2분기 매출이 2432억 위안으로 집계됐다고 밝혔다.\n\n"
            f"텐센트는 2024년 3월에 AI 스타트업 {name}({_word(i)})에 {i % 9 + 1}억 달러를 투자했다.\n\n"
            f"{name}의 직원 수는 {i + 20}명이다.\n",
            encoding="utf-8",
        )
    return folder


def run(*argv: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    result = subprocess.run([FACTLINT, *argv], cwd=cwd, capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, path, sha256, claim_count FROM documents ORDER BY path").fetchall()


def assert_complete(db: Path, metric_types: dict[str, str]) -> int:
    """Every stored article has all its claims and every key of them, and nothing points nowhere."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT id, claims, claim_count FROM documents").fetchall()
        for document_id, claims, count in stored:
            data = json.loads(zlib.decompress(claims))
            assert len(data) == count > 0
            expected = {(k, seq) for seq, c in enumerate(data) for k in claim_keys(Claim.from_record(c), metric_types)}
            keys = set(conn.execute("SELECT key, seq FROM claim_keys WHERE document_id = ?", (document_id,)))
            assert keys == expected
        orphans = conn.execute("SELECT count(*) FROM claim_keys WHERE document_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
        return len(stored)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def metric_types(knowledge):
    return {m.id: m.type for m in knowledge.lexicon.metrics.values()}


# -- add, replace, remove, stats ---------------------------------------------


def test_add_is_idempotent(tmp_path, capsys):
    folder, db = seeds(tmp_path / "published"), tmp_path / "ledger.sqlite3"
    code, out, _ = cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    assert code == 0 and "5 added, 0 replaced, 0 unchanged" in out
    before = rows(db)
    code, out, _ = cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    assert code == 0 and "0 added, 0 replaced, 5 unchanged" in out
    assert rows(db) == before  # same ids: nothing was rewritten
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_changed_article_replaces_its_claims(tmp_path, capsys, knowledge, metric_types):
    folder, db = seeds(tmp_path / "published", PUBLISHED), tmp_path / "ledger.sqlite3"
    cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    article = folder / PUBLISHED
    article.write_text(article.read_text(encoding="utf-8").replace("지난 5월에", "지난 2월에"), encoding="utf-8")
    code, out, _ = cli(capsys, "ledger", "add", str(article), "--ledger", str(db))
    assert code == 0 and "0 added, 1 replaced, 0 unchanged" in out
    assert len(rows(db)) == 1
    assert_complete(db, metric_types)
    draft = analyze([str(seeds(tmp_path / "drafts", DRAFT))], knowledge, jobs=1).claimsets
    with Ledger.open(db, must_exist=True) as ledger:
        periods = {
            str(c.period) for cs in ledger.related_claimsets(draft) for c in cs.claims if c.metric == "investment"
        }
    assert "2024-02" in periods and "2024-05" not in periods


def test_replacing_is_one_transaction(tmp_path, knowledge, metric_types):
    folder, db = seeds(tmp_path / "published", PUBLISHED), tmp_path / "ledger.sqlite3"
    (claimset,) = analyze([str(folder)], knowledge, jobs=1).claimsets
    with Ledger.open(db) as ledger:
        ledger.add(claimset, metric_types)
        before = rows(db)
        longer = claimset.document.model_copy(update={"text": claimset.document.text + "\n"})
        changed = claimset.model_copy(update={"document": longer})
        # Fail half-way, after the old article was deleted and the new one inserted, before its keys are in.
        ledger.conn.execute(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON claim_keys BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
        )
        with pytest.raises(sqlite3.IntegrityError):
            ledger.add(changed, metric_types)
    assert rows(db) == before
    assert_complete(db, metric_types)


def test_remove(tmp_path, capsys):
    folder, db = seeds(tmp_path / "published"), tmp_path / "ledger.sqlite3"
    cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    (folder / DRAFT).unlink()  # a removed article need not exist any more
    code, out, _ = cli(capsys, "ledger", "remove", str(folder / DRAFT), "--ledger", str(db))
    assert code == 0 and "1 removed" in out
    assert len(rows(db)) == 4
    code, _, err = cli(capsys, "ledger", "remove", str(folder / DRAFT), "--ledger", str(db))
    assert code == 2 and f"{folder / DRAFT}: not in the ledger" in err
    code, out, _ = cli(capsys, "ledger", "remove", str(folder), "--ledger", str(db))
    assert code == 0 and "4 removed" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM claim_keys").fetchone()[0] == 0


def test_remove_a_folder_spares_its_namesakes(tmp_path, capsys):
    db = tmp_path / "ledger.sqlite3"
    seeds(tmp_path / "a", PUBLISHED)
    seeds(tmp_path / "a_b", PUBLISHED)  # "a_b" > "a/" in a LIKE 'a_%' sense: must survive removing "a"
    cli(capsys, "ledger", "add", str(tmp_path / "a"), str(tmp_path / "a_b"), "--ledger", str(db))
    code, out, _ = cli(capsys, "ledger", "remove", str(tmp_path / "a"), "--ledger", str(db))
    assert code == 0 and "1 removed" in out
    assert [Path(r[1]).parent.name for r in rows(db)] == ["a_b"]


def test_stats(tmp_path, capsys):
    folder, db = seeds(tmp_path / "published"), tmp_path / "ledger.sqlite3"
    cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    code, out, _ = cli(capsys, "ledger", "stats", "--ledger", str(db))
    assert code == 0
    fields = dict(line.split(":", 1) for line in out.strip().splitlines())
    assert int(fields["articles"]) == 5
    assert int(fields["claims"]) == sum(r[3] for r in rows(db)) > 0
    assert int(fields["keys"].split()[0]) > 0
    assert int(fields["schema"]) == SCHEMA_VERSION
    assert fields["size"].strip().endswith("KB")


def test_ledger_from_settings_and_default(tmp_path, capsys, monkeypatch):
    folder = seeds(tmp_path / "published", PUBLISHED)
    (tmp_path / "factlint.toml").write_text('ledger = "store/claims.sqlite3"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, _ = cli(capsys, "ledger", "add", str(folder))
    assert code == 0 and (tmp_path / "store" / "claims.sqlite3").is_file()
    (tmp_path / "factlint.toml").unlink()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, _ = cli(capsys, "ledger", "add", str(folder))
    assert code == 0 and list((tmp_path / "data").rglob("ledger.sqlite3"))


def test_add_reports_bad_files_and_keeps_the_good(tmp_path, capsys):
    folder, db = seeds(tmp_path / "published", PUBLISHED), tmp_path / "ledger.sqlite3"
    (folder / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = cli(capsys, "ledger", "add", str(folder), "--ledger", str(db))
    assert code == 2 and "factlint: error:" in err and "empty.txt: empty file" in err
    assert "1 added" in out and len(rows(db)) == 1


# -- checking a draft against the ledger ---------------------------------------


def _f401(stdout: str) -> dict:
    findings = [f for f in json.loads(stdout)["findings"] if f["rule"] == "F401"]
    assert len(findings) == 1, findings
    return findings[0]


def test_check_draft_against_ledger(tmp_path):
    seeds(tmp_path / "published", PUBLISHED)
    seeds(tmp_path / "drafts", DRAFT)
    run("ledger", "add", "published", "--ledger", "ledger.sqlite3", cwd=tmp_path, check=True)
    alone = run("check", f"drafts/{DRAFT}", "--format", "json", cwd=tmp_path)
    assert not [f for f in json.loads(alone.stdout)["findings"] if f["rule"] == "F401"]

    result = run("check", f"drafts/{DRAFT}", "--ledger", "ledger.sqlite3", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    finding = _f401(result.stdout)
    assert finding["severity"] == "error"
    assert finding["location"]["path"] == f"drafts/{DRAFT}" and finding["location"]["line"] == 21
    (related,) = finding["related"]
    assert related["path"] == f"published/{PUBLISHED}" and related["line"] == 15
    text = (tmp_path / "published" / PUBLISHED).read_text(encoding="utf-8")
    assert text[related["start"] : related["end"]].endswith("5월")


def test_an_undated_draft_is_still_the_primary_span(tmp_path):
    seeds(tmp_path / "published", PUBLISHED)
    draft = tmp_path / "draft.md"
    draft.write_text("알리바바는 2월에 문샷(Moonshot)에 8억 달러를 투자했다.\n", encoding="utf-8")
    run("ledger", "add", "published", "--ledger", "ledger.sqlite3", cwd=tmp_path, check=True)
    result = run("check", "draft.md", "--ledger", "ledger.sqlite3", "--format", "json", cwd=tmp_path)
    finding = _f401(result.stdout)
    assert finding["location"]["path"] == "draft.md"
    assert finding["related"][0]["path"] == f"published/{PUBLISHED}"


def test_report_shows_stored_source_line_after_file_is_gone(tmp_path):
    seeds(tmp_path / "published", PUBLISHED)
    seeds(tmp_path / "drafts", DRAFT)
    run("ledger", "add", "published", "--ledger", "ledger.sqlite3", cwd=tmp_path, check=True)
    shutil.rmtree(tmp_path / "published")
    result = run("check", f"drafts/{DRAFT}", "--ledger", "ledger.sqlite3", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert f"published/{PUBLISHED}:15:" in result.stdout
    assert "알리바바는 지난 5월에" in result.stdout


def test_draft_does_not_conflict_with_its_own_stored_copy(tmp_path):
    seeds(tmp_path / "published", DRAFT)
    run("ledger", "add", "published", "--ledger", "ledger.sqlite3", cwd=tmp_path, check=True)
    alone = run("check", f"published/{DRAFT}", "--format", "json", cwd=tmp_path)
    again = run("check", f"published/{DRAFT}", "--ledger", "ledger.sqlite3", "--format", "json", cwd=tmp_path)
    assert json.loads(again.stdout)["findings"] == json.loads(alone.stdout)["findings"]
    # The same article in another folder (a CI checkout, a copy) is still the stored article.
    seeds(tmp_path / "elsewhere", DRAFT)
    copy = run("check", f"elsewhere/{DRAFT}", "--ledger", "ledger.sqlite3", "--format", "json", cwd=tmp_path)
    rules = lambda done: {f["rule"] for f in json.loads(done.stdout)["findings"]}
    assert rules(copy) == rules(alone)


def test_both_articles_stored_and_one_rechecked(tmp_path):
    seeds(tmp_path / "published", DRAFT, PUBLISHED)
    run("ledger", "add", "published", "--ledger", "ledger.sqlite3", cwd=tmp_path, check=True)
    result = run("check", f"published/{DRAFT}", "--ledger", "ledger.sqlite3", "--format", "json", cwd=tmp_path)
    assert _f401(result.stdout)["related"][0]["path"] == f"published/{PUBLISHED}"


def test_related_claimsets_only_matching_claims(tmp_path, knowledge, metric_types):
    db = tmp_path / "ledger.sqlite3"
    with Ledger.open(db) as ledger:
        for claimset in analyze([str(seeds(tmp_path / "published"))], knowledge, jobs=1).claimsets:
            ledger.add(claimset, metric_types)
    draft = analyze([str(seeds(tmp_path / "drafts", DRAFT))], knowledge, jobs=1).claimsets
    draft_keys = {k for cs in draft for c in cs.claims for k in claim_keys(c, metric_types)}
    with Ledger.open(db, must_exist=True) as ledger:
        related = ledger.related_claimsets(draft)
        assert ledger.related_claimsets(draft, metric_types) == related  # types remembered at add time
    assert related and all(cs.claims for cs in related)
    assert all(claim_keys(c, metric_types) & draft_keys for cs in related for c in cs.claims)
    assert not any(cs.document.path.endswith(DRAFT) for cs in related)
    for cs in related:
        assert all(c.path == cs.document.path and c.id.startswith(cs.document.path + "#") for c in cs.claims)
        assert cs.document.published is not None and cs.document.text.startswith(cs.document.text[:10])


def test_lookup_uses_indexes(tmp_path, metric_types):
    with Ledger.open(tmp_path / "ledger.sqlite3") as ledger:
        plans = [
            "SELECT document_id, seq FROM claim_keys WHERE key IN (?, ?)",
            "SELECT id, path FROM documents WHERE id IN (?, ?)",
            "SELECT id, sha256 FROM documents WHERE path = ?",
            "DELETE FROM claim_keys WHERE document_id = ?",
        ]
        for sql in plans:
            rows_ = ledger.conn.execute(f"EXPLAIN QUERY PLAN {sql}", (1, 2)[: sql.count("?")])
            plan = " ".join(row[-1] for row in rows_)
            assert "SCAN" not in plan, (sql, plan)


# -- errors ---------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_foreign_file_is_not_a_ledger(tmp_path, capsys, content):
    seeds(tmp_path / "drafts", DRAFT)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    for argv in (["check", str(tmp_path / "drafts")], ["ledger", "stats"], ["ledger", "add", str(tmp_path / "drafts")]):
        code, _, err = cli(capsys, *argv, "--ledger", str(bogus))
        assert code == 2 and err.count("\n") == 1 and f"{bogus}: not a factlint ledger" in err, err
    assert bogus.read_bytes() == content


def test_another_sqlite_database_is_not_a_ledger(tmp_path, capsys):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, _, err = cli(capsys, "ledger", "add", str(seeds(tmp_path / "p", PUBLISHED)), "--ledger", str(other))
    assert code == 2 and "not a factlint ledger" in err


def test_missing_ledger(tmp_path, capsys):
    seeds(tmp_path / "drafts", DRAFT)
    missing = tmp_path / "nope.sqlite3"
    for argv in (["check", str(tmp_path / "drafts")], ["ledger", "stats"], ["ledger", "remove", "x.txt"]):
        code, _, err = cli(capsys, *argv, "--ledger", str(missing))
        assert code == 2 and f"{missing}: no such ledger" in err
    assert not missing.exists()


def test_a_newer_schema_is_refused(tmp_path, capsys):
    db = tmp_path / "ledger.sqlite3"
    Ledger.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    code, _, err = cli(capsys, "ledger", "stats", "--ledger", str(db))
    assert code == 2 and "newer factlint" in err


# -- schema migration -----------------------------------------------------------

V1_SCHEMA = """
PRAGMA application_id = 1178682196;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, published TEXT,
    language TEXT NOT NULL, outlet TEXT, encoding TEXT NOT NULL, body_start INTEGER NOT NULL, text BLOB NOT NULL);
CREATE TABLE claims (document_id INTEGER NOT NULL, seq INTEGER NOT NULL, claim TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)) WITHOUT ROWID;
CREATE TABLE claim_keys (key TEXT NOT NULL, document_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY (key, document_id, seq)) WITHOUT ROWID;
CREATE INDEX claim_keys_by_document ON claim_keys (document_id);
PRAGMA user_version = 1;
"""


def test_migrates_a_version_1_ledger(tmp_path, knowledge, metric_types):
    """Version 1 kept one row per claim; version 2 packs each article's claims into one compressed array."""
    db = tmp_path / "ledger.sqlite3"
    published = analyze([str(seeds(tmp_path / "published"))], knowledge, jobs=1).claimsets
    conn = sqlite3.connect(db)
    conn.executescript(V1_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('metric_types', ?)", (json.dumps(metric_types),))
    for document_id, cs in enumerate(published, 1):
        doc = cs.document
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                str(Path(doc.path).resolve()),
                content_hash(doc),
                doc.published.isoformat(),
                doc.language,
                doc.outlet,
                doc.encoding,
                doc.body_start,
                zlib.compress(doc.text.encode()),
            ),
        )
        for seq, claim in enumerate(cs.claims):
            conn.execute("INSERT INTO claims VALUES (?, ?, ?)", (document_id, seq, claim.record().model_dump_json()))
            conn.executemany(
                "INSERT INTO claim_keys VALUES (?, ?, ?)",
                [(key, document_id, seq) for key in claim_keys(claim, metric_types)],
            )
    conn.commit()
    conn.close()

    draft = analyze([str(seeds(tmp_path / "drafts", DRAFT))], knowledge, jobs=1).claimsets
    with Ledger.open(db, must_exist=True) as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION
        stats = ledger.stats()
        related = ledger.related_claimsets(draft)
    assert stats.articles == 5 and stats.claims == sum(len(cs.claims) for cs in published)
    moonshot = [c for cs in related for c in cs.claims if "moonshot" in c.entities]
    assert {str(c.period) for c in moonshot} == {"2024-05"}
    assert assert_complete(db, metric_types) == 5
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "claims" not in names and "documents_by_sha256" in names
    # And it keeps working as a version-2 ledger: the unchanged articles are recognised.
    with Ledger.open(db) as ledger:
        assert {ledger.add(cs, metric_types) for cs in published} == {"unchanged"}


# Written by factlint 0.1.0 before grouping keys were named types (schema 3), from seeds/001…: `ledger add`.
PREVIOUS_LEDGER = ROOT / "tests" / "fixtures" / "ledger_schema3.sqlite3"


def test_a_ledger_written_by_the_previous_version_opens_and_matches(tmp_path, knowledge, metric_types):
    """Stored keys are looked up by their text: this version computes, for the same claims, exactly the
    keys the previous version stored, so a draft still finds the stored article."""
    db = tmp_path / "ledger.sqlite3"
    shutil.copy(PREVIOUS_LEDGER, db)
    with sqlite3.connect(db) as conn:
        stored = {key for (key,) in conn.execute("SELECT key FROM claim_keys")}
    published = analyze([str(seeds(tmp_path / "published", PUBLISHED))], knowledge, jobs=1).claimsets
    assert stored == {key for cs in published for c in cs.claims for key in claim_keys(c, metric_types)}
    draft = analyze([str(seeds(tmp_path / "drafts", DRAFT))], knowledge, jobs=1).claimsets
    with Ledger.open(db, must_exist=True, readonly=True) as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION == 3
        related = ledger.related_claimsets(draft)
    moonshot = [c for cs in related for c in cs.claims if "moonshot" in c.entities]
    assert moonshot and {str(c.period) for c in moonshot} == {"2024-05"}
    result = run("check", f"drafts/{DRAFT}", "--ledger", str(db), "--format", "json", cwd=tmp_path)
    finding = _f401(result.stdout)
    assert finding["location"]["path"] == f"drafts/{DRAFT}"
    assert [Path(r["path"]).name for r in finding["related"]] == [PUBLISHED]


def test_stored_keys_keep_their_documented_form(metric_types):
    """`["value", entities, metric, scope, period, role, unit, forecast, direction]` and
    `["event", metric]` (checker/check/facts.py, checker/check/engine.py `stored_key`)."""

    def claim(metric: str, entities: list[str], **placed) -> Claim:
        quantity = Quantity(kind="money", value=5e9, low=4.5e9, high=5.5e9, unit="KRW")
        return Claim(
            id="a#0",
            path="a.md",
            start=0,
            end=3,
            line=1,
            column=1,
            text="50억원",
            quantity=quantity,
            metric=metric,
            entities=entities,
            **placed,
        )

    revenue = claim("revenue", ["hanbit", "gaon"], period=Period.of_half(2023, 2), scope="모바일")
    assert claim_keys(revenue, {"revenue": "flow"}) == {
        '["value", ["hanbit", "gaon"], "revenue", "모바일", "2023-H2", "level", "KRW", false, 0]',
        '["growth", ["hanbit", "gaon"], "revenue", "모바일", "KRW", false]',  # F507: a prior for another report
    }
    rise = claim(
        "revenue",
        ["hanbit"],
        period=Period.of_quarter(2023, 3),
        role="change",
        basis="quarter",
        direction=1,
        forecast=True,
    )
    assert claim_keys(rise, {"revenue": "flow"}) == {
        '["value", ["hanbit"], "revenue", null, "2023-Q3", "change/quarter", "KRW", true, 1]'
    }
    deal = claim("acquisition", ["hanbit", "gaon"], period=Period.of_day(2023, 4, 28))
    assert claim_keys(deal, {"acquisition": "event"}) == {'["event", "acquisition"]'}
    assert claim_keys(claim("revenue", ["hanbit"]), {"revenue": "flow"}) == set()  # no period: no key


# -- crashes and concurrency ------------------------------------------------------


def _count(db: Path) -> int:
    """Committed articles, read without creating or locking anything."""
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_during_add_loses_nothing_committed(tmp_path, metric_types):
    folder, db, total = generated(tmp_path / "articles", 400), tmp_path / "ledger.sqlite3", 400
    writer = subprocess.Popen(
        [FACTLINT, "ledger", "add", str(folder), "--ledger", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while writer.poll() is None and _count(db) < 20 and time.monotonic() < deadline:
        time.sleep(0.002)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL, "add finished before it could be killed"
    stored = assert_complete(db, metric_types)
    assert 20 <= stored < total

    result = run("ledger", "add", str(folder), "--ledger", str(db), check=True)
    assert f"{total - stored} added, 0 replaced, {stored} unchanged" in result.stdout
    assert assert_complete(db, metric_types) == total


def test_readers_while_writing(tmp_path, knowledge, metric_types):
    folder, db = generated(tmp_path / "articles", 300), tmp_path / "ledger.sqlite3"
    draft = analyze([str(generated(tmp_path / "draft", 1, start=10_000))], knowledge, jobs=1).claimsets
    Ledger.open(db).close()
    writer = subprocess.Popen(
        [FACTLINT, "ledger", "add", str(folder), "--ledger", str(db), "-j", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seen: list[list[int]] = [[], []]  # per reader: how many articles the ledger held
    failures: list[BaseException] = []

    def read(counts: list[int]) -> None:
        try:
            while writer.poll() is None:
                with Ledger.open(db, must_exist=True) as ledger:
                    related = ledger.related_claimsets(draft, metric_types)
                    assert all(cs.claims for cs in related)
                    counts.append(ledger.stats().articles)
        except BaseException as exc:  # noqa: BLE001 — handed to the test thread
            failures.append(exc)

    readers = [threading.Thread(target=read, args=(counts,)) for counts in seen]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(timeout=300)
    assert writer.wait() == 0, writer.stderr.read()
    assert not failures, failures
    assert all(counts == sorted(counts) for counts in seen)  # what was committed stays
    assert any(0 < n < 300 for counts in seen for n in counts), "no reader ran while the writer was writing"
    with Ledger.open(db, must_exist=True) as ledger:
        related = ledger.related_claimsets(draft, metric_types)
        keys = {k for cs in draft for c in cs.claims for k in claim_keys(c, metric_types)}
        # Every key of the draft is answered by its latest statements, at most _PER_KEY of them.
        assert 0 < len(related) <= _PER_KEY * len(keys)
