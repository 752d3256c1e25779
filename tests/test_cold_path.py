"""A one-article check starts cheaply (issue 12, "cheap cold paths"): it imports nothing it does not use,
and the language data it would validate and the regular expressions it would compile on every start
are read back from caches that are safe to lose, corrupt or outdate. Time itself is measured by
benchmarks/cold_start.py, never here."""

from __future__ import annotations

import _sre
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checker import cache, regex_cache
from checker.extract import lang

ROOT = Path(__file__).resolve().parents[1]

# Loaded only by the commands or the articles that use them: the ledger (sqlite3), worker processes
# (multiprocessing), the bundled rate file's package (currency_converter: urllib, http, ssl), the
# HTML report (jinja2), the distributed runner (dask), the service and the language server, the
# tables of `claims` and `rules` (rich.table).
NEVER_ON_A_ONE_ARTICLE_CHECK = (
    "sqlite3",
    "multiprocessing",
    "concurrent.futures.process",
    "currency_converter",
    "jinja2",
    "dask",
    "urllib.request",
    "ssl",
    "checker.serve.engine",
    "checker.lsp.server",
    "checker.scale.distributed",
    "fastapi",
    "uvicorn",
    "pygls",
    "kiwipiepy",
    "rich.table",
)

PLAIN = """\
---
published: 2023-05-10
language: en
---
# Orchard report

The orchard sold 1,300 crates in 2022, up 30% from 1,000 crates a year earlier.
Apples made up 800 crates and pears 500 crates.
"""

# An amount and its equivalent in another currency: the reference rates are looked up.
CONVERSION = """\
---
published: 2023-05-10
language: en
---
# Ferry order

Bluewater Lines ordered two ferries for $150 million (about 200 billion won), the company said.
"""

# Runs the command in a fresh interpreter; prints what it imported and whether the rates were loaded.
PROBE = textwrap.dedent("""\
    import contextlib, io, json, sys
    from checker.cli import main
    from checker.check import fx
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = main(sys.argv[1:])
    print(json.dumps({"code": code, "modules": sorted(sys.modules), "rates": fx.loaded() is not None,
                      "output": out.getvalue()}))
""")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTLINT_")}
    env["FACTLINT_CACHE_DIR"] = str(tmp_path / "cache")
    env["FACTLINT_DATA_DIR"] = str(tmp_path / "data")  # the bundled rates, whatever this machine updated
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def _probe(tmp_path: Path, *args: str) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def _article(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_one_article_check_imports_only_what_it_uses(tmp_path, fmt):
    article = _article(tmp_path, "orchard.md", PLAIN)
    for _ in range(2):  # the first run builds the language cache, the second reads it
        probe = _probe(tmp_path, "check", article, "--format", fmt, "--show-passed")
        assert probe["code"] == 0
        assert "F301" in probe["output"]  # the article was checked, not skipped
        assert not probe["rates"]  # nothing converts: the rate table stays unread
        loaded = set(probe["modules"])
        assert [m for m in NEVER_ON_A_ONE_ARTICLE_CHECK if m in loaded] == []
        assert "checker.extract.quantities" in loaded and "checker.check.engine" in loaded


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_conversion_reads_the_rates_without_importing_their_package(tmp_path, fmt):
    """Decided: currency_converter is never imported by a check; its history file is found through the
    package's import spec and read through factlint's own cache (so the conversion is still checked)."""
    article = _article(tmp_path, "ferry.md", CONVERSION)
    probe = _probe(tmp_path, "check", article, "--format", fmt, "--show-passed")
    assert probe["rates"]
    assert "F202" in probe["output"]  # checked against the reference rates
    assert [m for m in NEVER_ON_A_ONE_ARTICLE_CHECK if m in set(probe["modules"])] == []


def test_the_html_report_and_the_ledger_still_load_what_they_need(tmp_path):
    article = _article(tmp_path, "orchard.md", PLAIN)
    html = _probe(tmp_path, "check", article, "--format", "html", "-o", str(tmp_path / "report.html"))
    assert "jinja2" in html["modules"] and (tmp_path / "report.html").is_file()
    ledger = _probe(tmp_path, "ledger", "add", article, "--ledger", str(tmp_path / "ledger.sqlite3"))
    assert "sqlite3" in ledger["modules"] and (tmp_path / "ledger.sqlite3").is_file()


# ---------------------------------------------------------------- the language-data cache


@pytest.fixture
def fresh_lang(tmp_path, monkeypatch):
    """The language data of a copy of rules/lang, cached in a folder of the test's own; the module's
    in-process memo is cleared before and after, so other tests see the real files."""
    data = tmp_path / "lang"
    shutil.copytree(lang.lang_dir(), data)
    monkeypatch.setattr(lang, "lang_dir", lambda: data)
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    validations: list[str] = []
    validated = lang._validated

    def counting(path):
        validations.append(path.stem)
        return validated(path)

    monkeypatch.setattr(lang, "_validated", counting)

    def reload():
        for memo in (lang._tables, lang.merged, lang.link_alternations):
            memo.cache_clear()
        return lang.merged("ko")[0], lang.load_file("en")

    yield data, tmp_path / "cache", validations, reload
    for memo in (lang._tables, lang.merged, lang.link_alternations):
        memo.cache_clear()


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("lang-*.pickle"))


def test_the_cache_is_read_back_instead_of_validating(fresh_lang):
    _, folder, validations, reload = fresh_lang
    built_ko, built_en = reload()
    assert len(validations) == 4 and len(_cache_files(folder)) == 1
    read_ko, read_en = reload()
    assert len(validations) == 4  # nothing validated again
    assert read_ko == built_ko and read_en == built_en
    assert read_ko.myriads.words == built_ko.myriads.words != {}


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a pickle at all",
        pickle.dumps({"stamp": "x", "data": 1})[:-3],
        pickle.dumps(["a", "list"]),
        pickle.dumps({"stamp": "another", "data": ()}),
    ],
)
def test_a_corrupt_or_foreign_cache_is_rebuilt(fresh_lang, damage):
    _, folder, validations, reload = fresh_lang
    expected = reload()
    (path,) = _cache_files(folder)
    path.write_bytes(damage)
    assert reload() == expected
    assert len(validations) == 8  # validated again …
    (rewritten,) = _cache_files(folder)  # … and written again, whole
    assert rewritten == path
    with path.open("rb") as handle:
        assert isinstance(pickle.load(handle)["data"], tuple)


def test_an_edited_data_file_is_never_read_from_an_old_cache(fresh_lang):
    data, folder, validations, reload = fresh_lang
    ko, _ = reload()
    assert "만" in ko.myriads.words
    text = (data / "ko.toml").read_text(encoding="utf-8")
    marker = "[myriads]"
    assert marker in text
    (data / "ko.toml").write_text(
        text.replace(marker, marker + "\n# an edit that changes no word", 1), encoding="utf-8"
    )
    reload()
    assert len(validations) == 8 and len(_cache_files(folder)) == 2  # a stamp of its own; the old one kept
    (data / "ko.toml").write_text(text.replace('"만" = 10000', '"만" = 10001', 1), encoding="utf-8")
    edited, _ = reload()
    assert edited.myriads.words["만"] == 10001


def test_a_bad_data_file_is_still_an_error_naming_it(fresh_lang):
    data, folder, _, reload = fresh_lang
    reload()
    (data / "en.toml").write_text('language = "en"\nname = "English"\n[currency_words]\nwrods = {}\n', encoding="utf-8")
    with pytest.raises(lang.LanguageDataError, match="en.toml"):
        reload()


def test_an_unwritable_cache_folder_costs_only_the_rebuild(fresh_lang, monkeypatch, tmp_path):
    _, _, validations, reload = fresh_lang
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(blocker / "cache"))
    first = reload()
    assert reload() == first and len(validations) == 8  # validated each time, never an error


def test_old_versions_are_pruned_beyond_the_newest_few(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    stamps = {}
    for n in range(12):
        stamp = f"{n:02d}".ljust(64, "0")
        path = cache.cache_path("lang", stamp)
        cache.write_cached(path, stamp, n, keep=8)
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # written in this order, whatever the clock's grain
        stamps[path] = stamp
    kept = sorted((tmp_path / "cache").glob("lang-*.pickle"))
    assert len(kept) == 8
    assert {cache.read_cached(p, stamps[p]) for p in kept} == set(range(4, 12))
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_processes_starting_at_once_share_one_cache(tmp_path):
    """Several cold checks at the same moment with an empty cache: each gets the same findings, and
    the cache left behind is whole."""
    article = _article(tmp_path, "orchard.md", PLAIN)
    command = [sys.executable, "-m", "checker", "check", article, "--format", "json", "--show-passed"]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=_env(tmp_path))
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    (path,) = (tmp_path / "cache").glob("lang-*.pickle")
    with path.open("rb") as handle:
        assert isinstance(pickle.load(handle)["data"], tuple)
    again = subprocess.run(command, capture_output=True, cwd=tmp_path, env=_env(tmp_path), timeout=120)
    assert again.stdout == outputs[0][0]


# ---------------------------------------------------------------- compiled regular expressions

SAMPLES = [
    (r"(?P<amount>\d+(?:,\d{3})*)\s?(?P<unit>억|조)원", 0),
    (r"(?<![가-힣])(?:매출|영업\s?이익)(?=[^가-힣]|$)", 0),
    (r"\b(?:rose|fell)\s+(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", re.I),
    (
        r"""(?: (?P<q>[1-4])\s?분기   # a quarter
           | (?P<h>상|하)반기 )""",
        re.X,
    ),
    (r"[가-힣A-Za-z]{2,8}(?:은|는|이|가)", re.I),
]


@pytest.fixture
def fresh_programs(tmp_path, monkeypatch):
    """The regex cache of a folder of the test's own, its in-process state emptied before and after."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    learnt: list[str] = []
    learn = regex_cache._learn

    def counting(key, compiled):
        learnt.append(key[0])
        return learn(key, compiled)

    monkeypatch.setattr(regex_cache, "_learn", counting)

    def restart():
        monkeypatch.setattr(regex_cache, "_programs", None)
        monkeypatch.setattr(regex_cache, "_used", set())
        monkeypatch.setattr(regex_cache, "_learnt", False)
        learnt.clear()

    restart()
    yield tmp_path / "cache", learnt, restart
    restart()


def _made(pattern: str, flags: int) -> re.Pattern[str]:
    """The program re.compile makes, or that program with its first characters scanned for
    (`regex_cache._start_scanned`: the same matches)."""
    scanned = regex_cache._start_scanned(regex_cache._program(pattern, flags))
    return re.compile(pattern, flags) if scanned is None else _sre.compile(*scanned)


def test_a_cached_program_makes_the_pattern_re_compile_makes(fresh_programs):
    folder, learnt, restart = fresh_programs
    first = [regex_cache.compile_re(p, f) for p, f in SAMPLES]
    assert len(learnt) == len(SAMPLES)
    regex_cache._save()
    assert len(list(folder.glob("regex-*.pickle"))) == 1
    restart()
    again = [regex_cache.compile_re(p, f) for p, f in SAMPLES]
    assert learnt == []  # every one from the cache
    for (pattern, flags), cached, fresh in zip(SAMPLES, again, first):
        # (behind its first-character test where it opens with a word boundary or a lookbehind: the same matches;
        # the program re.compile makes, or that program with its first characters scanned for: the same matches)
        assert cached == fresh == _made(regex_cache.first_tested(pattern, flags), flags)
        assert cached.groupindex == fresh.groupindex == re.compile(pattern, flags).groupindex
        assert cached.flags == fresh.flags
    text = "올해 3분기 영업이익은 1,200억원으로 sales rose 12.5 per cent; 하반기 매출"
    assert (
        [m.group(0) for p in again for m in p.finditer(text)]
        == [m.group(0) for p in first for m in p.finditer(text)]
        == [m.group(0) for p, f in SAMPLES for m in re.compile(p, f).finditer(text)]
    )


def test_first_tests_are_kept_apart_from_the_programs(fresh_programs, monkeypatch):
    # Two processes (two languages), each with two programs and their first tests, and room for four
    # programs: the second keeps the first one's programs too, its tests not counted against them.
    folder, learnt, restart = fresh_programs
    monkeypatch.setattr(regex_cache, "MAX_KEPT", 4)
    one, other = [f"(?:a{i}|b{i})" for i in range(2)], [f"(?:c{i}|d{i})" for i in range(2)]
    for patterns in (one, other):
        restart()
        for pattern in patterns:
            regex_cache.compile_re(pattern)
            regex_cache.first_test(pattern)
        regex_cache._save()
    restart()
    assert [regex_cache.compile_re(p) for p in one + other] == [re.compile(p) for p in one + other]
    assert learnt == []  # every program kept
    monkeypatch.setattr(regex_cache, "_first_chars", None)  # (a test read anew would fail now)
    assert [regex_cache.first_test(p) for p in one] == ["(?i:(?=[ab]))"] * 2


def test_a_refused_or_corrupt_cache_falls_back_to_re_compile(fresh_programs):
    folder, learnt, restart = fresh_programs
    pattern, flags = SAMPLES[0]
    regex_cache.compile_re(pattern, flags)
    regex_cache._save()
    (path,) = folder.glob("regex-*.pickle")
    with path.open("rb") as handle:
        stored = pickle.load(handle)
    program = stored["data"][(pattern, flags)]
    stored["data"][(pattern, flags)] = (*program[:2], [0, 1, 2], *program[3:])  # a program the engine refuses
    path.write_bytes(pickle.dumps(stored))
    restart()
    assert regex_cache.compile_re(pattern, flags) == _made(pattern, flags)
    assert learnt == [pattern]  # compiled anew, and learnt again
    path.write_bytes(b"\x80\x05 not a pickle")
    restart()
    assert regex_cache.compile_re(pattern, flags) == _made(pattern, flags)


def test_a_bad_pattern_is_the_error_re_compile_raises(fresh_programs):
    with pytest.raises(re.error):
        regex_cache.compile_re(r"(?P<open", 0)


def test_the_patterns_are_the_same_in_every_process(tmp_path):
    """Word lists come from sets; their order must not follow the process's string hashing, or no
    process would find the programs the one before it cached."""
    article = _article(tmp_path, "orchard.md", PLAIN)
    keys = []
    for seed in ("1", "2"):
        env = {**_env(tmp_path), "PYTHONHASHSEED": seed, "FACTLINT_CACHE_DIR": str(tmp_path / f"cache{seed}")}
        run = subprocess.run(
            [sys.executable, "-m", "checker", "check", article], capture_output=True, cwd=tmp_path, env=env, timeout=120
        )
        assert run.returncode == 0, run.stderr
        (path,) = (tmp_path / f"cache{seed}").glob("regex-*.pickle")
        with path.open("rb") as handle:
            keys.append(set(pickle.load(handle)["data"]))
    assert len(keys[0]) > 50 and keys[0] == keys[1]
