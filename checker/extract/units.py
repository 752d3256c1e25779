"""Units as news copy writes them: currencies, percentages, multiples, counters.

The words are language data (`rules/lang/*.toml`, loaded by `checker.extract.lang`); the tables
here span every language, for the stages that need them whatever the document's language (the
ISO codes the conversion check knows, the currency words a malformed number may carry).
Currencies map to ISO 4217 codes; `units.registry()` exposes them as pint units (built lazily,
with only the units factlint needs).
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import every_language, merged

_ALL = every_language()
CURRENCY_WORDS: dict[str, str] = {
    w.lower() if w.isascii() else w: code for d in _ALL for w, code in d.currency_words.words.items()
}
CURRENCY_PREFIXES: dict[str, str] = {w: code for d in _ALL for w, code in d.currency_prefixes.words.items()}
ISO_CODES = sorted(
    set(CURRENCY_WORDS.values()) | set(CURRENCY_PREFIXES.values()) | {code for d in _ALL for code in d.iso_codes.words}
)


@functools.cache
def not_after(language: str) -> dict[str, str]:
    return merged(language)[0].not_after.words


def unit_continues_word(unit: str, following: str, language: str = "ko") -> bool:
    blocked = not_after(language).get(unit)
    return bool(blocked) and bool(following) and following[0] in blocked


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # the same in every process


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
    ureg.define("g = 0.001 * kg")  # grams (`700 grams a jar`): a mass, one figure with kilograms and tonnes
    ureg.define("lb = 0.45359237 * kg")  # `pounds` of goods by weight (rules/lang/en.toml `weighed`)
    ureg.define("short_ton = 2000 * lb")  # `tons` where goods are weighed in pounds (rules/lang/en.toml `[measures]`)
    ureg.define("mg = 1e-6 * kg")
    ureg.define("km = [length]")
    ureg.define("m = 0.001 * km")  # metres (`a 400-metre climb`): one length with kilometres
    ureg.define("mile = 1.609344 * km")
    ureg.define("ft = 0.0003048 * km")
    ureg.define("nm = 1e-12 * km")
    ureg.define("mm = 1e-6 * km")
    ureg.define("cm = 1e-5 * km")
    ureg.define("m2 = 1e-6 * km ** 2")
    ureg.define("km2 = km ** 2")
    # (volume in litres: a bottle's `500ml` and a tank's `28,000 cubic metres` are one dimension, and the
    # millilitres of a bottle stay far from the smallest float a tolerance compares)
    ureg.define("L = [volume]")
    ureg.define("dl = 0.1 * L")
    ureg.define("cl = 0.01 * L")
    ureg.define("ml = 0.001 * L")
    ureg.define("m3 = 1000 * L")
    ureg.define("ha = 0.01 * km ** 2")
    ureg.define("acre = 0.0040468564224 * km ** 2")
    ureg.define("pyeong = 3.305785e-6 * km ** 2")
    ureg.define("kcal = [heat]")  # kilocalories (`1천Mcal`: a district heating bill's unit, a meal's energy)
    ureg.define("Mcal = 1000 * kcal")
    ureg.define("Gcal = 1e6 * kcal")
    ureg.define("GB = [data]")
    ureg.define("TB = 1000 * GB")
    ureg.define("kWh = [energy]")
    ureg.define("MWh = 1e3 * kWh")
    ureg.define("GWh = 1e6 * kWh")
    ureg.define("TWh = 1e9 * kWh")
    ureg.define("GW = [power]")
    ureg.define("MW = 0.001 * GW")
    ureg.define("Mbit = [bits]")  # megabits (`초당 900메가비트`: a connection's speed, a second's worth)
    ureg.define("Gbit = 1000 * Mbit")
    ureg.define("barrel = [oil_volume]")
    ureg.define("TEU = [container]")
    ureg.define("Mld = [water_flow]")  # megalitres a day (`Ml/d`), a utility's leakage or supply
    return ureg


@functools.cache
def base_unit(unit: str) -> tuple[float, str]:
    """(factor, base unit) of a measure: `t` → (1000, `kg`), `MW` → (0.001, `GW`). Measures are
    stated in base units so that `1,000t` and `100만kg` are one figure."""
    ureg = registry()
    base = ureg.Quantity(1.0, unit).to_base_units()
    return float(base.magnitude), str(base.units)


@functools.cache
def measure_unit(word: str, language: str, weighed: bool = True) -> str | None:
    """The unit of measure a word names in the language (`tonne`, `hectares`, `kWh` → `t`, `ha`, `kWh`), singular
    or plural; None for a word that names none. A currency word that is also a weight (`pound`: `[currency_words]
    weighed`) names the weight, as a per-unit mark's noun does (`$3.10 a pound`), unless `weighed` is False (the
    caller then asks the article whether it weighs in it)."""
    data = merged(language)[0]
    words = data.measures.words
    for form in (word, word.lower(), f"{word}s", f"{word.lower()}s"):
        if form in words:
            return words[form]
    if weighed:
        return data.currency_words.weighed.get(word.lower())
    return None
