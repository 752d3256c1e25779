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
    if eok >= 10000 and style in (0, 1):
        jo, rest = divmod(eok, 10000)
        sep = " " if style == 0 else ""
        return f"{jo}조{sep}{rest}억" if rest else f"{jo}조"
    return f"{eok:,}억" if style == 2 else f"{eok}억"


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
    parts: list[int]        # 억 위안, this year's first half
    growth: list[int]       # % year on year
    rate: float             # KRW per CNY used by the writer
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
    digits = str(abs(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    significant = len(digits.rstrip("0"))
    zeros = max(0, zeros - max(0, 2 - significant))
    return 10 ** zeros / 2


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


def conversion_holds(total: int, krw_eok: int, written_krw: str, window: tuple[float, float],
                     tolerance: float = 0.025) -> bool:
    from checker.extract.numerals import parse_numeral

    krw = parse_numeral(written_krw.removesuffix("원"))
    low = (krw.value - krw.step / 2) / ((total + _half(total)) * 1e8)
    high = (krw.value + krw.step / 2) / ((total - _half(total)) * 1e8)
    return low <= window[1] * (1 + tolerance) and window[0] * (1 - tolerance) <= high
