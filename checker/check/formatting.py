"""Numbers in messages, written the way the article's readers write them."""
from __future__ import annotations

import math

from checker.check.intervals import Interval

_KO_CURRENCY = {"CNY": "위안", "USD": "달러", "KRW": "원", "JPY": "엔", "EUR": "유로", "GBP": "파운드"}
_EN_CURRENCY = {"CNY": "yuan", "USD": "$", "KRW": "won", "JPY": "yen", "EUR": "€", "GBP": "£"}


def _trim(value: float, digits: int) -> str:
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _significant(value: float, digits: int = 4) -> str:
    if not math.isfinite(value):
        return "?" if math.isnan(value) else "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    magnitude = int(math.floor(math.log10(abs(value))))
    decimals = max(0, digits - 1 - magnitude)
    return _trim(value, decimals)


def number(value: float, lang: str = "en") -> str:
    """A bare amount: `512.5억` in Korean, `51.25bn` in English."""
    if not math.isfinite(value):
        return _significant(value)
    size = abs(value)
    if lang == "ko":
        if size >= 1e13:
            return _significant(value / 1e12) + "조"
        if size >= 1e8:
            return _significant(value / 1e8) + "억"
        if size >= 1e4:
            return _significant(value / 1e4) + "만"
        return _significant(value)
    for threshold, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if size >= threshold:
            return _significant(value / threshold) + suffix
    return _significant(value)


def amount(value: float, unit: str, lang: str = "en") -> str:
    if unit == "percent":
        return f"{_significant(value)}%"
    if unit == "pp":
        return f"{_significant(value)}%p"
    if unit == "multiple":
        return f"×{_significant(value, 3)}"
    if lang == "ko" and unit in _KO_CURRENCY:
        return f"{number(value, lang)} {_KO_CURRENCY[unit]}"
    if unit in ("USD", "EUR", "GBP"):
        return f"{_EN_CURRENCY[unit]}{number(value, 'en')}"
    if unit in _EN_CURRENCY:
        return f"{number(value, lang)} {_EN_CURRENCY[unit]}"
    if unit in ("count", "fraction", ""):
        return number(value, lang)
    return f"{number(value, lang)} {unit}"


def interval(iv: Interval, unit: str, lang: str = "en") -> str:
    """`495억–505억 위안`; a one-sided interval reads `≥ 2` or `> 700억 달러`."""
    if math.isinf(iv.hi) and not math.isinf(iv.lo):
        return f"{'>' if iv.lo_open else '≥'} {amount(iv.lo, unit, lang)}"
    if math.isinf(iv.lo) and not math.isinf(iv.hi):
        return f"{'<' if iv.hi_open else '≤'} {amount(iv.hi, unit, lang)}"
    if math.isclose(iv.lo, iv.hi, rel_tol=1e-12):
        return amount(iv.lo, unit, lang)
    low = amount(iv.lo, unit, lang)
    high = amount(iv.hi, unit, lang)
    suffix = ""
    if lang == "ko" and unit in _KO_CURRENCY:
        suffix = " " + _KO_CURRENCY[unit]
    elif unit in _EN_CURRENCY and unit not in ("USD", "EUR", "GBP"):
        suffix = " " + _EN_CURRENCY[unit]
    elif unit not in ("percent", "pp", "multiple", "count", "fraction", ""):
        suffix = f" {unit}"
    if suffix:
        low, high = low.removesuffix(suffix), high.removesuffix(suffix)
    return f"{low}–{high}{suffix}"


def rate(value: float) -> str:
    return _significant(value, 5 if value >= 100 else 4)


def rate_interval(iv: Interval, quote: str, base: str) -> str:
    if math.isclose(iv.lo, iv.hi, rel_tol=1e-9):
        return f"{rate(iv.lo)} {quote}/{base}"
    return f"{rate(iv.lo)}–{rate(iv.hi)} {quote}/{base}"


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def period(value: str | None, lang: str = "en") -> str:
    """`2024-H1` → `H1 2024` / `2024년 상반기`; cumulative `2024-9M` → `the first nine months of 2024` /
    `2024년 1~9월`. A shape it does not know is printed as it is, never an exception."""
    if not value:
        return "?"
    try:
        return _period(value, lang)
    except (ValueError, IndexError):
        return value


_COUNT_EN = {3: "three", 6: "six", 9: "nine"}


def _period(value: str, lang: str) -> str:
    parts = value.split("-")
    year = parts[0]
    if not year.isdigit() or len(parts) > 3:
        return value
    if len(parts) == 1:
        return f"{year}년" if lang == "ko" else year
    rest = parts[1]
    if len(parts) == 2 and rest in ("H1", "H2"):
        return f"{year}년 {'상' if rest == 'H1' else '하'}반기" if lang == "ko" else f"{rest} {year}"
    if len(parts) == 2 and len(rest) == 2 and rest[0] == "Q" and rest[1] in "1234":
        return f"{year}년 {rest[1]}분기" if lang == "ko" else f"{rest} {year}"
    if len(parts) == 2 and rest.endswith("M") and rest[:-1].isdigit() and 1 <= int(rest[:-1]) <= 12:
        months = int(rest[:-1])  # cumulative from January
        if lang == "ko":
            return f"{year}년 1~{months}월"
        return f"the first {_COUNT_EN.get(months, str(months))} months of {year}"
    if not all(p.isdigit() for p in parts[1:]):
        return value
    month = int(rest)
    if not 1 <= month <= 12:
        return value
    if len(parts) == 2:
        return f"{year}년 {month}월" if lang == "ko" else f"{_MONTHS[month - 1]} {year}"
    day = int(parts[2])
    return f"{year}년 {month}월 {day}일" if lang == "ko" else f"{day} {_MONTHS[month - 1]} {year}"
