"""Generated sentences for error injection, shared by the tests and benchmarks/detection.py.

Each case builder takes a random generator and a push, and returns the text,
the rule that must judge it, the pushed number as written, and whether the
generator's own interval arithmetic says the pushed text is still feasible.
The intervals come from how the builder wrote each number (tests/articles.py:
`written_eok`, `written_plain`), never from factlint's own number reader.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from articles import Written, written_eok, written_plain

COMPANIES = ["삼성전자", "SK하이닉스", "현대차", "네이버", "카카오", "LG에너지솔루션"]


@dataclass
class Case:
    text: str
    rule: str
    pushed: str
    feasible: bool


def interval(written: Written | str) -> tuple[float, float]:
    """The interval of a number the builder wrote: a `Written`, or plain digits (`230`, `3.5`)."""
    return (written if isinstance(written, Written) else written_plain(written)).interval


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def difference(rng: random.Random, push: int) -> Case:
    prior = rng.randint(1000, 60000)
    value = prior + rng.randint(500, 60000)
    change = max(1, value - prior + push)
    wv, wp, wc = (written_eok(x, rng.randint(0, 2)) for x in (value, prior, change))
    v, p, c = (f"{w.text}원" for w in (wv, wp, wc))
    text = f"{rng.choice(COMPANIES)}의 올해 2분기 영업이익은 {v}으로 전년 동기 {p}보다 {c} 늘었다."
    lo_v, hi_v = interval(wv)
    lo_p, hi_p = interval(wp)
    return Case(text, "F305", c, overlaps((lo_v - hi_p, hi_v - lo_p), interval(wc)))


def _rate_change(rng: random.Random, push: int, unit: str) -> tuple[str, str, bool, bool]:
    """A rate, its earlier value and a pushed change written with `unit`; whether the change fits
    read as points, and read as a relative change."""
    prior = rng.randint(20, 99) / 10
    rate = round(prior + rng.randint(1, 15) / 10, 1)
    change = max(1, round((rate - prior) * 10) + push) / 10
    text = f"{rng.choice(COMPANIES)}의 올해 3월 이직률은 {rate}%로 전월 {prior}%보다 {change}{unit} 상승했다."
    lo_r, hi_r = interval(f"{rate}")
    lo_q, hi_q = interval(f"{prior}")
    stated = interval(f"{change}")
    as_points = overlaps((lo_r - hi_q, hi_r - lo_q), stated)
    as_relative = overlaps(((lo_r / hi_q - 1) * 100, (hi_r / lo_q - 1) * 100), stated)
    return text, f"{change}{unit}", as_points, as_relative


def points(rng: random.Random, push: int) -> Case:
    text, pushed, as_points, as_relative = _rate_change(rng, push, "%p")
    return Case(text, "F308", pushed, as_points or as_relative)


def margin(rng: random.Random, push: int) -> Case:
    revenue = rng.randint(100000, 900000)
    profit = rng.randint(revenue // 50, revenue // 4)
    stated = round(max(0.1, round(profit / revenue * 100, 1) + push / 10), 1)
    wr, wp = written_eok(revenue), written_eok(profit)
    r, p = f"{wr.text}원", f"{wp.text}원"
    text = f"{rng.choice(COMPANIES)}의 올해 2분기 매출은 {r}, 영업이익은 {p}이었다. 2분기 영업이익률은 {stated}%였다."
    lo_r, hi_r = interval(wr)
    lo_p, hi_p = interval(wp)
    return Case(text, "F307", f"{stated}%", overlaps((lo_p / hi_r * 100, hi_p / lo_r * 100), interval(f"{stated}")))


def multiple_vs_percent(rng: random.Random, push: int) -> Case:
    times = rng.randint(2, 6)
    percent = max(1, (times - 1) * 100 + push)
    text = (
        f"{rng.choice(COMPANIES)}의 올해 2분기 매출은 {times}배 늘어 {rng.randint(100, 900)}억 달러를 기록했다. "
        f"전년 동기 대비 {percent}% 증가한 수치다."
    )
    stated = interval(str(percent))
    readings = [((times - 1.5) * 100, (times - 0.5) * 100), ((times - 0.5) * 100, (times + 0.5) * 100)]
    return Case(text, "F310", f"{percent}%", any(overlaps(r, stated) for r in readings))


def weighted_growth(rng: random.Random, push: int) -> Case:
    names = rng.sample(COMPANIES, 2)
    parts = [rng.randint(100, 900) for _ in names]
    rates = [rng.randint(5, 150) for _ in names]
    total = sum(parts)
    growth = round((total / sum(p / (1 + g / 100) for p, g in zip(parts, rates)) - 1) * 100)
    stated = max(1, growth + push)
    text = f"{names[0]}, {names[1]}의 상반기 설비투자 합계는 {total}억원으로 전년 동기 대비 {stated}% 증가했다. "
    text += " ".join(
        f"{n}의 상반기 설비투자는 {p}억원으로 전년 동기 대비 {g}% 증가했다." for n, p, g in zip(names, parts, rates)
    )
    lo_t, hi_t = interval(str(total))
    lows = sum(interval(str(p))[0] / (1 + interval(str(g))[1] / 100) for p, g in zip(parts, rates))
    highs = sum(interval(str(p))[1] / (1 + interval(str(g))[0] / 100) for p, g in zip(parts, rates))
    implied = ((lo_t / highs - 1) * 100, (hi_t / lows - 1) * 100)
    return Case(text, "F311", f"{stated}%", overlaps(implied, interval(str(stated))))


def increment(rng: random.Random, push: int) -> Case:
    prior = rng.randint(2000, 60000)
    rate = rng.randint(5, 150)
    value = round(prior * (1 + rate / 100))
    added = max(1, value - round(value / (1 + rate / 100)) + push)
    wv, wa = written_eok(value), written_eok(added)
    v, a = f"{wv.text}원", f"{wa.text}원"
    text = (
        f"{rng.choice(COMPANIES)}의 올해 2분기 매출은 {v}으로 전년 동기 대비 {rate}% 증가했다. "
        f"1년 새 {a}이 늘어난 것이다."
    )
    lo_v, hi_v = interval(wv)
    lo_r, hi_r = interval(str(rate))
    # V − V/(1+r) grows with both V and r.
    implied = (lo_v - lo_v / (1 + lo_r / 100), hi_v - hi_v / (1 + hi_r / 100))
    return Case(text, "F306", a, overlaps(implied, interval(wa)))


def share_of_total(rng: random.Random, push: int) -> Case:
    whole = rng.randint(20000, 90000)
    part = rng.randint(whole // 10, whole * 9 // 10)
    share = max(1, round(part / whole * 100) + push)
    ww, wp = written_eok(whole), written_eok(part)
    w, p = f"{ww.text}원", f"{wp.text}원"
    text = f"올해 전체 매출 {w} 중 해외 매출은 {p}으로 {share}%를 차지했다."
    lo_w, hi_w = interval(ww)
    lo_p, hi_p = interval(wp)
    return Case(text, "F503", f"{share}%", overlaps((lo_p / hi_w * 100, hi_p / lo_w * 100), interval(str(share))))


def percent_for_points(rng: random.Random, push: int) -> Case:
    text, pushed, as_points, as_relative = _rate_change(rng, push, "%")
    # F309 warns only when the points reading fits and the relative one does not.
    return Case(text, "F309", pushed, not (as_points and not as_relative))


def unit_slip(rng: random.Random, power: int) -> Case:
    company = rng.choice(COMPANIES)
    value = rng.randint(11, 99) * 10 + rng.randint(1, 9)
    slipped = value * 10**power if power >= 0 else value / 10
    written = f"{slipped:g}억원"
    text = f"{company}의 상반기 설비투자는 {value}억원이었다.\n\n{company}의 상반기 설비투자는 {written}이었다."
    return Case(text, "F403", written, power == 0)


# name → (builder, push range for tests, push sizes for the detection table)
BUILDERS = {
    "difference": (difference, (-3000, 3000), [1, 2, 5, 20, 100, 1000]),
    "percentage points": (points, (-15, 15), [1, 2, 3, 5, 10]),
    "margin": (margin, (-40, 40), [1, 2, 5, 10, 30]),
    "multiple vs percent": (multiple_vs_percent, (-150, 150), [10, 30, 60, 100, 150]),
    "weighted growth": (weighted_growth, (-60, 60), [1, 2, 5, 10, 30]),
    "increment": (increment, (-3000, 3000), [1, 2, 5, 50, 500]),
    "share of total": (share_of_total, (-30, 30), [1, 2, 5, 10]),
    "percent for points": (percent_for_points, (-10, 10), [0, 1, 3]),
}
