"""The rule packs' TOML is parsed once and read back from the cache folder (checker/tomlfile.py,
`read_data_toml`), and what a pattern needs in a stretch of text is told once and kept with the
regular-expression programs (checker/regex_needs.py, `_classes_of`): neither may change a result, and a
damaged or outdated cache is never read. Time itself is measured by benchmarks/cold_start.py."""

from __future__ import annotations

import pickle
import re
import tomllib

import pytest

from checker import regex_cache, regex_needs, tomlfile
from checker.check.packs import load_rules
from checker.errors import InputError
from checker.folders import builtin_rules_dir
from checker.pipeline import rule_folders

PACK = """[[rule]]
code = "X100"
name = "an-invented-rule"
note = "a line of its own"
"""


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(folder))
    return folder


def _parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    loads = tomllib.loads

    def counting(raw):
        parsed.append(raw)
        return loads(raw)

    monkeypatch.setattr(tomlfile.tomllib, "loads", counting)
    return parsed


def test_a_data_file_is_parsed_once_then_read_back(tmp_path, cache_folder, monkeypatch):
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    expected = tomllib.loads(PACK)
    parses = _parses(monkeypatch)
    first = tomlfile.read_data_toml(path)
    second = tomlfile.read_data_toml(path)
    assert len(parses) == 1
    assert first == second == (expected, PACK)
    second[0]["rule"].append("changed by one caller")  # each caller gets a dict of its own
    assert tomlfile.read_data_toml(path)[0] == tomllib.loads(PACK)


def test_an_edited_data_file_is_parsed_anew(tmp_path, cache_folder, monkeypatch):
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    parses = _parses(monkeypatch)
    tomlfile.read_data_toml(path)
    path.write_text(PACK.replace("X100", "X101"), encoding="utf-8")
    data, _ = tomlfile.read_data_toml(path)
    assert len(parses) == 2 and data["rule"][0]["code"] == "X101"


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"stamp": "another", "data": {}})])
def test_a_damaged_cache_file_is_parsed_again(tmp_path, cache_folder, monkeypatch, damage):
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    tomlfile.read_data_toml(path)
    (cached,) = cache_folder.glob("toml-pack-*.pickle")
    cached.write_bytes(damage)
    expected = tomllib.loads(PACK)
    parses = _parses(monkeypatch)
    assert tomlfile.read_data_toml(path)[0] == expected
    assert len(parses) == 1


def test_a_broken_data_file_is_one_line_naming_it(tmp_path, cache_folder):
    path = tmp_path / "pack.toml"
    path.write_text(PACK + "code = \n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        tomlfile.read_data_toml(path)
    assert raised.value.path == str(path) and raised.value.line == 5
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(InputError, match="cannot read"):
        tomlfile.read_data_toml(path)


def test_the_built_in_rules_are_the_same_from_the_cache(cache_folder, monkeypatch):
    parses = _parses(monkeypatch)
    built = load_rules(rule_folders())
    assert len(parses) == len(list((builtin_rules_dir() / "packs").glob("*.toml")))
    read_back = load_rules(rule_folders())
    assert len(parses) == len(list((builtin_rules_dir() / "packs").glob("*.toml")))  # no parse again
    assert read_back.codes == built.codes and read_back.codes
    assert all(
        (read_back.rule(code), read_back.params(code)) == (built.rule(code), built.params(code)) for code in built.codes
    )


# ---------------------------------------------------------------- what a pattern needs, kept


@pytest.mark.parametrize(
    "pattern",
    [r"\n[-:]\s", r"(?:만|억)\s?원", r"per (?:cent|head)", r"[\[\]\\^]x", r"(?<=a)b|c"],
)
def test_the_classes_a_pattern_needs_are_the_same_when_kept(pattern, monkeypatch):
    compiled = re.compile(pattern)
    told = regex_needs._class_patterns(compiled)
    monkeypatch.setattr(regex_cache, "_programs", {})  # an empty cache: told, then kept
    first = regex_needs._classes_of(compiled)
    monkeypatch.setattr(regex_needs, "_class_patterns", lambda _: pytest.fail("told again"))
    second = regex_needs._classes_of(compiled)
    assert [c.pattern for c in first] == [c.pattern for c in second] == told
    # never a false refusal: where the pattern matches, each class finds one of its characters
    for text in ("a\n- b", "천만 원", "10 per cent", "^x", "]x", "ab", "c", "nothing here"):
        if compiled.search(text):
            assert all(one.search(text) for one in second), (pattern, text)
