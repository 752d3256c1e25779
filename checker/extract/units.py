"""Units as news copy writes them: currencies, percentages, multiples, counters.

The tables are language, not newsroom knowledge, so they live here rather than
in a rule pack. Currencies map to ISO 4217 codes; `units.registry()` exposes
them as pint units (built lazily, with only the units factlint needs).
"""
from __future__ import annotations

import functools
import re

CURRENCY_WORDS = {
    # Korean
    "위안화": "CNY", "위안": "CNY", "달러": "USD", "불": "USD", "원화": "KRW", "원": "KRW",
    "엔화": "JPY", "엔": "JPY", "유로화": "EUR", "유로": "EUR", "파운드": "GBP",
    "홍콩달러": "HKD", "대만달러": "TWD", "싱가포르달러": "SGD", "호주달러": "AUD",
    "캐나다달러": "CAD", "루피": "INR", "바트": "THB", "동": "VND", "루블": "RUB", "프랑": "CHF",
    # English
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollars": "USD", "dollar": "USD",
    "won": "KRW", "yen": "JPY", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
    "rupees": "INR", "baht": "THB",
}
CURRENCY_PREFIXES = {
    "US$": "USD", "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
    # `¥` is the yen in English and Japanese copy; the yuan is written `CN¥`, `RMB` or `yuan`.
    "$": "USD", "₩": "KRW", "¥": "JPY", "JP¥": "JPY", "CN¥": "CNY", "€": "EUR", "£": "GBP",
    "미화": "USD", "한화": "KRW",
    "USD": "USD", "KRW": "KRW", "CNY": "CNY", "RMB": "CNY", "EUR": "EUR", "JPY": "JPY",
    "GBP": "GBP", "HKD": "HKD", "TWD": "TWD",
}
ISO_CODES = sorted(set(CURRENCY_WORDS.values()) | set(CURRENCY_PREFIXES.values()))

# Korean counters; durations are listed so that they are recognised and dropped.
COUNTERS = ["포인트", "개국", "개사", "개", "대", "명", "곳", "건", "척", "채", "편", "가지", "마리", "차례",
            "번", "종", "가구", "점포", "표", "석", "장", "그루", "벌", "켤레"]
# `주` is left out of the counters: `3주 뒤` (weeks) and `100만주` (shares) look alike.
DURATIONS = ["개월", "년간", "년", "주간", "주일", "주", "일간", "시간", "분기", "분", "초", "세"]
MEASURES = {"톤": "t", "t": "t", "kg": "kg", "킬로그램": "kg", "km": "km", "킬로미터": "km",
            "㎞": "km", "GW": "GW", "MW": "MW", "kWh": "kWh", "GWh": "GWh", "TWh": "TWh",
            "배럴": "barrel", "barrels": "barrel", "nm": "nm", "㎡": "m2", "평": "pyeong"}

# A unit word that continues into a longer word is not a unit (`배터리`, `대비`, `원칙`).
_NOT_AFTER = {
    "원": "자칙인전장래리형정본소료조천칙작년화가", "대": "비표학형기규응부상한출통선중만회략륙체신우",
    "배": "터우당출달송포치경급려추상수열제정", "개": "발선편혁념척막입성방최정혁인",
    "명": "품단령목예확분칭성절시", "곳": "곳", "건": "물설강너전축", "주": "식가요장민택의도당년주최목",
    "장": "관기단점비기악", "종": "목류합료전", "표": "준시현면", "석": "유탄방", "번": "째역호화",
    "편": "의리집지", "차례": "", "가지": "고", "마리": "", "척": "도", "채": "권용택무",
    "동": "안시일향북남", "불": "과법구안황리확편만가투", "엔": "진지터",
}


def unit_continues_word(unit: str, following: str) -> bool:
    blocked = _NOT_AFTER.get(unit)
    return bool(blocked) and bool(following) and following[0] in blocked


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def registry():
    """A pint registry with one base unit per currency and the measures above (~ms to build)."""
    import pint

    ureg = pint.UnitRegistry(None)
    for code in ISO_CODES:
        ureg.define(f"{code} = [currency_{code}]")
    ureg.define("percent = [ratio_percent]")
    ureg.define("pp = [percentage_point]")
    ureg.define("multiple = [multiple]")
    ureg.define("count = [count]")
    ureg.define("kg = [mass]")
    ureg.define("t = 1000 * kg")
    ureg.define("km = [length]")
    ureg.define("nm = 1e-12 * km")
    ureg.define("m2 = 1e-6 * km ** 2")
    ureg.define("pyeong = 3.305785e-6 * km ** 2")
    ureg.define("kWh = [energy]")
    ureg.define("GWh = 1e6 * kWh")
    ureg.define("TWh = 1e9 * kWh")
    ureg.define("GW = [power]")
    ureg.define("MW = 0.001 * GW")
    ureg.define("barrel = [oil_volume]")
    return ureg


@functools.lru_cache(maxsize=None)
def base_unit(unit: str) -> tuple[float, str]:
    """(factor, base unit) of a measure: `t` → (1000, `kg`), `MW` → (0.001, `GW`). Measures are
    stated in base units so that `1,000t` and `100만kg` are one figure."""
    ureg = registry()
    base = ureg.Quantity(1.0, unit).to_base_units()
    return float(base.magnitude), str(base.units)
