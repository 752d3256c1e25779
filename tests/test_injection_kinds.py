"""Error injection for the arithmetic kinds beyond the seeds: a generated consistent
sentence raises nothing of its rule; a pushed number raises a finding over it
exactly when the generator's own interval arithmetic says it is infeasible."""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import PUBLISHED, write_eok
from checker.extract.numerals import parse_numeral
from helpers import document, findings

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
COMPANIES = ["삼성전자", "SK하이닉스", "현대차", "네이버", "카카오", "LG에너지솔루션"]


def interval(written: str) -> tuple[float, float]:
    numeral = parse_numeral(written)
    return numeral.value - numeral.step / 2, numeral.value + numeral.step / 2


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def rule_findings(knowledge, text: str, code: str):
    result = findings(knowledge, document(text, PUBLISHED, "ko"), select=[code])
    return [f for f in result.findings if f.rule == code]


def covers(found, text: str, written: str) -> bool:
    start = text.index(written)
    return any(l.start <= start < l.end or start <= l.start < start + len(written)
               for f in found for l in (f.location, *f.related))


def assert_verdict(found, feasible: bool, text: str, pushed: str):
    if feasible:
        assert not found, (text, [f.message for f in found])
    else:
        assert found and covers(found, text, pushed), text


@SETTINGS
@given(seed=st.integers(0, 2**32), push=st.integers(-3000, 3000))
def test_difference(knowledge, seed, push):
    rng = random.Random(seed)
    prior = rng.randint(1000, 60000)
    value = prior + rng.randint(500, 60000)
    change = max(1, value - prior + push)
    v, p, c = (f"{write_eok(x, rng.randint(0, 2))}원" for x in (value, prior, change))
    text = f"{rng.choice(COMPANIES)}의 올해 2분기 영업이익은 {v}으로 전년 동기 {p}보다 {c} 늘었다."
    lo_v, hi_v = interval(v[:-1])
    lo_p, hi_p = interval(p[:-1])
    feasible = overlaps((lo_v - hi_p, hi_v - lo_p), interval(c[:-1]))
    assert_verdict(rule_findings(knowledge, text, "F305"), feasible, text, c)


@SETTINGS
@given(seed=st.integers(0, 2**32), push=st.integers(-15, 15))
def test_percentage_points(knowledge, seed, push):
    rng = random.Random(seed)
    prior = rng.randint(20, 99) / 10
    rate = round(prior + rng.randint(1, 15) / 10, 1)
    change = max(1, round((rate - prior) * 10) + push) / 10
    text = f"{rng.choice(COMPANIES)}의 올해 3월 이직률은 {rate}%로 전월 {prior}%보다 {change}%p 상승했다."
    lo_r, hi_r = interval(f"{rate}")
    lo_q, hi_q = interval(f"{prior}")
    stated = interval(f"{change}")
    points = (lo_r - hi_q, hi_r - lo_q)
    relative = ((lo_r / hi_q - 1) * 100, (hi_r / lo_q - 1) * 100)
    feasible = overlaps(points, stated) or overlaps(relative, stated)
    assert_verdict(rule_findings(knowledge, text, "F308"), feasible, text, f"{change}%p")


@SETTINGS
@given(seed=st.integers(0, 2**32), push=st.integers(-40, 40))
def test_margin(knowledge, seed, push):
    rng = random.Random(seed)
    revenue = rng.randint(100000, 900000)
    profit = rng.randint(revenue // 50, revenue // 4)
    margin = max(0.1, round(profit / revenue * 100, 1) + push / 10)
    margin = round(margin, 1)
    r, p = f"{write_eok(revenue)}원", f"{write_eok(profit)}원"
    text = f"{rng.choice(COMPANIES)}의 올해 2분기 매출은 {r}, 영업이익은 {p}이었다. 2분기 영업이익률은 {margin}%였다."
    lo_r, hi_r = interval(r[:-1])
    lo_p, hi_p = interval(p[:-1])
    feasible = overlaps((lo_p / hi_r * 100, hi_p / lo_r * 100), interval(f"{margin}"))
    assert_verdict(rule_findings(knowledge, text, "F307"), feasible, text, f"{margin}%")


@SETTINGS
@given(seed=st.integers(0, 2**32), push=st.integers(-150, 150))
def test_multiple_vs_percent(knowledge, seed, push):
    rng = random.Random(seed)
    times = rng.randint(2, 6)
    percent = max(1, (times - 1) * 100 + push)
    text = (f"{rng.choice(COMPANIES)}의 올해 2분기 매출은 {times}배 늘어 {rng.randint(100, 900)}억 달러를 기록했다. "
            f"전년 동기 대비 {percent}% 증가한 수치다.")
    stated = interval(str(percent))
    readings = [((times - 1.5) * 100, (times - 0.5) * 100), ((times - 0.5) * 100, (times + 0.5) * 100)]
    feasible = any(overlaps(r, stated) for r in readings)
    assert_verdict(rule_findings(knowledge, text, "F310"), feasible, text, f"{percent}%")


@SETTINGS
@given(seed=st.integers(0, 2**32), push=st.integers(-60, 60))
def test_weighted_growth(knowledge, seed, push):
    rng = random.Random(seed)
    names = rng.sample(COMPANIES, 2)
    parts = [rng.randint(100, 900) for _ in names]
    rates = [rng.randint(5, 150) for _ in names]
    total = sum(parts)
    growth = round((total / sum(p / (1 + g / 100) for p, g in zip(parts, rates)) - 1) * 100)
    stated = max(1, growth + push)
    text = f"{names[0]}, {names[1]}의 상반기 설비투자 합계는 {total}억원으로 전년 동기 대비 {stated}% 증가했다. "
    text += " ".join(f"{n}의 상반기 설비투자는 {p}억원으로 전년 동기 대비 {g}% 증가했다." for n, p, g in zip(names, parts, rates))
    lo_t, hi_t = interval(str(total))
    lows = sum(interval(str(p))[0] / (1 + interval(str(g))[1] / 100) for p, g in zip(parts, rates))
    highs = sum(interval(str(p))[1] / (1 + interval(str(g))[0] / 100) for p, g in zip(parts, rates))
    implied = ((lo_t / highs - 1) * 100, (hi_t / lows - 1) * 100)
    feasible = overlaps(implied, interval(str(stated)))
    assert_verdict(rule_findings(knowledge, text, "F311"), feasible, text, f"{stated}%")


@SETTINGS
@given(seed=st.integers(0, 2**32), power=st.sampled_from([0, 1, 2, 3, -1]))
def test_unit_slip_between_statements(knowledge, seed, power):
    rng = random.Random(seed)
    company = rng.choice(COMPANIES)
    value = rng.randint(11, 99) * 10 + rng.randint(1, 9)
    slipped = value * 10 ** power if power >= 0 else value / 10
    written = f"{slipped:g}억원"
    text = f"{company}의 상반기 설비투자는 {value}억원이었다.\n\n{company}의 상반기 설비투자는 {written}이었다."
    found = rule_findings(knowledge, text, "F403")
    assert_verdict(found, power == 0, text, written)
    if power:
        assert f"×{10 ** abs(power):,}" in found[0].message
