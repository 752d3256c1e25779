"""The ECB rate cache is keyed by the content of the rate file (issue 12.7): two installs used in
turn never rebuild it; the same file at two paths shares one cache; a new file gets its own."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from checker.check import fx


@pytest.fixture
def rate_files(tmp_path, monkeypatch):
    original = fx._source_file()
    first = tmp_path / "install1" / "eurofxref-hist.zip"
    second = tmp_path / "install2" / "eurofxref-hist.zip"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(original, path)
    newer = tmp_path / "install3" / "eurofxref-hist.zip"
    newer.parent.mkdir()
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(newer, "w") as dst:
        name = src.namelist()[0]
        lines = src.read(name).decode("utf-8").splitlines(keepends=True)
        dst.writestr(name, "".join([lines[0], *lines[2:]]))  # one day fewer: other content
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    builds = []
    build = fx._build_from_ecb

    def counting(source):
        builds.append(source)
        return build(source)

    monkeypatch.setattr(fx, "_build_from_ecb", counting)
    return first, second, newer, builds, tmp_path / "cache"


def _load(monkeypatch, source):
    monkeypatch.setattr(fx, "_source_file", lambda: source)
    monkeypatch.setattr(fx, "_loaded", None)
    return fx.reference_rates()


def test_cache_keyed_by_content(rate_files, monkeypatch):
    first, second, newer, builds, cache = rate_files
    a = _load(monkeypatch, first)
    b = _load(monkeypatch, second)  # another install, the same file: the same cache
    assert len(builds) == 1 and len(list(cache.glob("*.pickle"))) == 1
    c = _load(monkeypatch, newer)
    assert len(builds) == 2 and len(list(cache.glob("*.pickle"))) == 2
    for source in (first, newer, second, newer):  # switching back and forth rebuilds nothing
        _load(monkeypatch, source)
    assert len(builds) == 2
    assert a._last_day == b._last_day and c._last_day < a._last_day
    assert not list(cache.glob("*.tmp"))


def test_a_truncated_cache_is_rebuilt(rate_files, monkeypatch):
    first, _, _, builds, cache = rate_files
    _load(monkeypatch, first)
    (path,) = cache.glob("*.pickle")
    path.write_bytes(path.read_bytes()[:100])
    _load(monkeypatch, first)
    assert len(builds) == 2
