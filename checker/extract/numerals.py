"""Numerals as written in Korean and English news, with the precision they state.

A written number is an interval: half a unit of the last non-zero digit,
trailing zeros counting as significant until the number has two significant
digits (written zeros only: `5만` is ±0.5만, `700억` is ±5억).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from checker.extract.lang import merged
from checker.regex_cache import compile_exact

_KO = merged("ko")[0]
BIG_UNITS: dict[str, int] = dict(_KO.myriads.words)
SMALL_UNITS: dict[str, int] = dict(_KO.small_units.words)
SINO_DIGITS: dict[str, int] = dict(_KO.digits.words)
NATIVE_UNITS: dict[str, int] = dict(_KO.native_numbers.units)
NATIVE_TENS: dict[str, int] = dict(_KO.native_numbers.tens)
_DECIMAL_POINT = tuple(_KO.digits.decimal_point)
_NEGATIVE = tuple(_KO.digits.negative)
_FRACTION_OF = _KO.fractions.of  # `3분의 1`: the word between denominator and numerator
_HANGUL_TOKENS = sorted(
    [*SINO_DIGITS, *NATIVE_UNITS, *NATIVE_TENS, *SMALL_UNITS, *BIG_UNITS, *_DECIMAL_POINT],
    key=len,
    reverse=True,
)
_HANGUL_TOKEN_RE = compile_exact("|".join(_HANGUL_TOKENS))
WELL_FORMED_DIGITS = compile_exact(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(slots=True, frozen=True)
class Numeral:
    value: float
    step: float  # the unit of the last significant digit: the interval is value ± step/2
    lead_step: float  # the unit of the last non-zero digit (for `300여` → [300, 400))


class MalformedNumber(ValueError):
    """A number written in a shape no style guide allows (reported, never a crash)."""


def _digits_value(text: str) -> Decimal:
    if not WELL_FORMED_DIGITS.fullmatch(text):
        raise MalformedNumber(f"digit groups {text!r}")
    return Decimal(text.replace(",", ""))


def _precision(value: Decimal, written_zeros: int) -> tuple[Decimal, Decimal]:
    """(step, lead_step) of a value whose last written group ends in `written_zeros` zeros."""
    if value == 0:
        return Decimal(1), Decimal(1)
    sign, digits, exponent = value.normalize().as_tuple()
    lead = Decimal(1).scaleb(exponent)
    significant = len(digits)
    extend = min(max(0, 2 - significant), written_zeros)
    return lead.scaleb(-extend), lead


def _trailing_zeros(digits: str) -> int:
    if "." in digits:
        return 0
    plain = digits.replace(",", "")
    return len(plain) - len(plain.rstrip("0"))


@dataclass(frozen=True, eq=False)
class NumeralSystem:
    """A language's myriad (만, 억, 조) and small (천, 백, 십) units, compiled once."""

    big: dict[str, int]
    small: dict[str, int]
    part_re: re.Pattern[str]
    group_re: re.Pattern[str]


@functools.cache
def numeral_system(language: str = "ko") -> NumeralSystem:
    data = merged(language)[0]
    big, small = dict(data.myriads.words), dict(data.small_units.words)
    smalls = "".join(small) or "_"
    part = re.compile(
        rf"(?P<digits>[\d,]+(?:\.\d+)?)?(?P<small>[{smalls}])?" if small else r"(?P<digits>[\d,]+(?:\.\d+)?)(?P<small>)"
    )
    group = re.compile(rf"([\d,.{''.join(small)}]+)([{''.join(big)}])?" if big else r"([\d,.]+)()")
    return NumeralSystem(big, small, part, group)


def _mantissa(text: str, whole: str, system: NumeralSystem) -> tuple[Decimal, str, Decimal | None]:
    """A myriad group's number before its unit: `3천245`, `천`, `8백10`, `2,412`, `1.5`.

    (value, the digits written last, the unit of a written decimal digit or None). The small units
    (천, 백, 십) must fall, and digits after the last one must be fewer than it (`3천1245` is a slip).
    """
    value = Decimal(0)
    pos = 0
    last_small = 10**5
    last_digits = ""
    decimal_unit = None
    while pos < len(text):
        match = system.part_re.match(text, pos)
        if not match or match.end() == pos:
            raise MalformedNumber(f"cannot read {whole!r}")
        digits, small = match.group("digits"), match.group("small")
        number = _digits_value(digits) if digits else Decimal(1)
        if small:
            unit = system.small[small]
            if unit >= last_small:
                raise MalformedNumber(f"{small} after a smaller unit in {whole!r}")
            value += number * unit
            last_small = unit
            last_digits = ""  # `3천`: 천 is a word, not written zeros
            if digits and "." in digits:
                decimal_unit = Decimal(1).scaleb(-len(digits.split(".")[1])) * unit
        else:
            if last_small <= 10**4 and number >= last_small:
                raise MalformedNumber(f"{digits} after {text[: match.start()]!r} in {whole!r}")
            value += number
            last_digits = digits
            if "." in digits:
                decimal_unit = Decimal(1).scaleb(-len(digits.split(".")[1]))
        pos = match.end()
        if not small and pos < len(text):
            raise MalformedNumber(f"cannot read {whole!r}")
    return value, last_digits, decimal_unit


def _plain_digits(text: str, system: NumeralSystem) -> Numeral | None:
    """`1,062`, `9.50`, `12,345억`, `1.5조`: digits alone or before one myriad unit whose value is a power
    of ten, read with integers and the float parser instead of decimals: the value, step and lead step
    the decimal reading below gives (the same rules, shifted by the unit's power; both round the exact
    decimal value once to the nearest float). None for anything else (small units, several groups)."""
    compact = text.replace(" ", "")
    power = 0
    if compact[-1:] in system.big:
        power = len(str(system.big[compact[-1]])) - 1
        if system.big[compact[-1]] != 10**power:
            return None
        compact = compact[:-1]
    if not WELL_FORMED_DIGITS.fullmatch(compact):
        return None
    whole, _, decimals = compact.replace(",", "").partition(".")
    digits = (whole + decimals).lstrip("0")
    if not digits:  # zero: a unit step, or the unit of its last written decimal when that is smaller
        return Numeral(0.0, float(f"1e{min(0, power - len(decimals))}") if decimals else 1.0, 1.0)
    significant = digits.rstrip("0")
    # the unit of the last non-zero digit, and the written zeros after it that count (two significant)
    last = len(digits) - len(significant) - len(decimals) + power
    written_zeros = 0 if decimals else len(whole) - len(whole.rstrip("0"))
    step = last - min(max(0, 2 - len(significant)), written_zeros)
    if decimals:
        step = min(step, power - len(decimals))  # a written decimal digit is significant, even a zero (`7.0%`)
    value = float(f"{whole}.{decimals}e{power}" if decimals else f"{whole}e{power}")
    return Numeral(value, float(f"1e{step}"), float(f"1e{last}"))


@functools.lru_cache(maxsize=8192)
def parse_arabic(text: str, system: NumeralSystem | None = None) -> Numeral:
    """Digits with Korean myriad and small units as wire copy writes them: `1,062`, `9.5`,
    `3조 4817억`, `1만2000`, `3천억`, `337조3천245억`, `천 4백만`, `8백 10만`, `2,412조 8,890억`, `1.5조`."""
    system = system or numeral_system("ko")
    plain = _plain_digits(text, system)
    if plain is not None:
        return plain  # (a table of differing cells misses the cache at every figure)
    units = system.big
    compact = text.replace(" ", "")
    total = Decimal(0)
    pos = 0
    last_digits = ""
    last_big = None
    decimal_unit: Decimal | None = None
    while pos < len(compact):
        match = system.group_re.match(compact, pos)
        if not match:
            raise MalformedNumber(f"cannot read {text!r}")
        mantissa, big = match.groups()
        if big and last_big and big == last_big:
            raise MalformedNumber(f"two {big} groups in one number")
        if big and last_big and units[big] > units[last_big]:
            raise MalformedNumber(f"{big} after {last_big}: units out of order")
        if big and last_big and units[last_big] // units[big] > 10**4:
            skipped = next(u for u, v in units.items() if v == units[big] * 10**4)
            raise MalformedNumber(f"{big} right after {last_big}: the {skipped} group is missing")
        number, digits, decimal = _mantissa(mantissa, text, system)
        multiplier = units[big] if big else 1
        if not big and last_big and number >= 10**4:
            raise MalformedNumber(f"{mantissa} after {last_big}: more than a myriad group holds")
        total += number * multiplier
        last_digits = digits
        if decimal is not None:
            decimal_unit = decimal * multiplier
        last_big = big or last_big
        pos = match.end()
        if not big:
            if pos < len(compact):
                raise MalformedNumber(f"cannot read {text!r}")
            break
    step, lead = _precision(total, _trailing_zeros(last_digits))
    if decimal_unit is not None:
        # A written decimal digit is significant even when it is zero (`7.0%`).
        step = min(step, decimal_unit)
    return Numeral(float(total), float(step), float(lead))


def parse_hangul(text: str) -> Numeral:
    """Hangul numerals, Sino-Korean and native: `삼십오`, `서른다섯`, `일억이`, `삼점사`, `두`."""
    compact = text.replace(" ", "")
    negative = next((w for w in _NEGATIVE if compact.startswith(w)), None)
    if negative:
        compact = compact[len(negative) :]
    tokens = _HANGUL_TOKEN_RE.findall(compact)
    if "".join(tokens) != compact or not tokens:
        raise MalformedNumber(f"not a Hangul numeral: {text!r}")
    total = section = current = 0
    fraction = ""
    in_fraction = False
    for token in tokens:
        if token in _DECIMAL_POINT:
            in_fraction = True
        elif in_fraction:
            if token not in SINO_DIGITS:
                raise MalformedNumber(f"bad decimal in {text!r}")
            fraction += str(SINO_DIGITS[token])
        elif token in SINO_DIGITS:
            current = SINO_DIGITS[token]
        elif token in NATIVE_UNITS:
            current += NATIVE_UNITS[token]
        elif token in NATIVE_TENS:
            current += NATIVE_TENS[token]
        elif token in SMALL_UNITS:
            section += (current or 1) * SMALL_UNITS[token]
            current = 0
        else:
            total += ((section + current) or 1) * BIG_UNITS[token]
            section = current = 0
    value = Decimal(total + section + current)
    if fraction:
        value += Decimal("0." + fraction)
    if negative:
        value = -value
    step = Decimal(1).scaleb(-len(fraction)) if fraction else _precision(abs(value), 0)[0]
    return Numeral(float(value), float(step), float(step))


def parse_fraction(text: str) -> float:
    """`3/4`, `사분의삼`, `3분의 1`."""
    compact = text.replace(" ", "")
    if "/" in compact:
        num, den = compact.split("/")
        return float(Decimal(num) / Decimal(den))
    den_text, num_text = compact.split(_FRACTION_OF)
    den = parse_numeral(den_text).value
    num = parse_numeral(num_text).value
    return num / den


def parse_numeral(text: str) -> Numeral:
    """Any numeral factlint reads: digits with myriad units, or Hangul numerals."""
    compact = text.strip()
    try:
        if (_FRACTION_OF and _FRACTION_OF in compact) or re.fullmatch(r"\d+\s?/\s?\d+", compact):
            return Numeral(parse_fraction(compact), 0.0, 0.0)
        if compact[:1].isdigit():
            return parse_arabic(compact)
        if compact[:1] == "-" and compact[1:2].isdigit():
            value = parse_arabic(compact[1:])
            return Numeral(-value.value, value.step, value.lead_step)
        for prefix in _NEGATIVE:
            if compact.startswith(prefix) and compact[len(prefix) :].strip()[:1].isdigit():
                value = parse_arabic(compact[len(prefix) :].strip())
                return Numeral(-value.value, value.step, value.lead_step)
        if (_FRACTION_OF and _FRACTION_OF in compact) or "/" in compact:
            fraction = parse_fraction(compact)
            return Numeral(fraction, 0.0, 0.0)
        return parse_hangul(compact)
    except (InvalidOperation, ZeroDivisionError, ValueError) as exc:
        if isinstance(exc, MalformedNumber):
            raise
        raise MalformedNumber(str(exc)) from None


def parse_number_words(
    text: str, words: dict[str, float], hundred: str, thousand: str, skip: frozenset[str]
) -> Numeral:
    """`three hundred and thirty-one`, `two thousand and five`, `fifty two`: the value, and the step
    of the last word written (`three hundred` is ±50, `two thousand` ±500, `two thousand and five` ±0.5).
    `words` maps each lower-case word to its value; words in `skip` (`and`) are joiners."""
    total = block = 0.0
    block_step, high_step = 1.0, 1.0
    for token in re.split(r"[\s-]+", text.lower()):
        if not token or token in skip:
            continue
        if token == hundred:
            block, block_step = (block or 1) * 100, 100.0
        elif token == thousand:
            total += (block or 1) * 1000
            high_step, block, block_step = block_step * 1000, 0.0, 1.0
        elif token in words:
            block, block_step = block + words[token], 1.0
        else:
            raise MalformedNumber(text)
    step = block_step if block else high_step
    return Numeral(total + block, step, step)
