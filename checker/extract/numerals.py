"""Numerals as written in Korean and English news, with the precision they state.

A written number is an interval: half a unit of the last non-zero digit,
trailing zeros counting as significant until the number has two significant
digits (written zeros only: `5만` is ±0.5만, `700억` is ±5억).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
ENGLISH_SCALES = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
}
SINO_DIGITS = {"영": 0, "공": 0, "빵": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5,
               "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
NATIVE_UNITS = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "서": 3,
                "넷": 4, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
               "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_HANGUL_TOKENS = sorted(
    [*SINO_DIGITS, *NATIVE_UNITS, *NATIVE_TENS, *SMALL_UNITS, *BIG_UNITS, "점", "쩜"],
    key=len, reverse=True,
)
_HANGUL_TOKEN_RE = re.compile("|".join(_HANGUL_TOKENS))
WELL_FORMED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


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


_PART_RE = re.compile(r"(?P<digits>[\d,]+(?:\.\d+)?)?(?P<small>[천백십])?")
_MANTISSA_RE = re.compile(r"[\d,.천백십]+")


def _mantissa(text: str, whole: str) -> tuple[Decimal, str, Decimal | None]:
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
        match = _PART_RE.match(text, pos)
        if not match or match.end() == pos:
            raise MalformedNumber(f"cannot read {whole!r}")
        digits, small = match.group("digits"), match.group("small")
        number = _digits_value(digits) if digits else Decimal(1)
        if small:
            unit = SMALL_UNITS[small]
            if unit >= last_small:
                raise MalformedNumber(f"{small} after a smaller unit in {whole!r}")
            value += number * unit
            last_small = unit
            last_digits = ""  # `3천`: 천 is a word, not written zeros
            if digits and "." in digits:
                decimal_unit = Decimal(1).scaleb(-len(digits.split(".")[1])) * unit
        else:
            if last_small <= 10**4 and number >= last_small:
                raise MalformedNumber(f"{digits} after {text[:match.start()]!r} in {whole!r}")
            value += number
            last_digits = digits
            if "." in digits:
                decimal_unit = Decimal(1).scaleb(-len(digits.split(".")[1]))
        pos = match.end()
        if not small and pos < len(text):
            raise MalformedNumber(f"cannot read {whole!r}")
    return value, last_digits, decimal_unit


_ARABIC_GROUP_RE = re.compile(r"([\d,.천백십]+)([조억만경])?")


def parse_arabic(text: str) -> Numeral:
    """Digits with Korean myriad and small units as wire copy writes them: `1,062`, `9.5`,
    `3조 4817억`, `1만2000`, `3천억`, `337조3천245억`, `천 4백만`, `8백 10만`, `2,412조 8,890억`, `1.5조`."""
    compact = text.replace(" ", "")
    total = Decimal(0)
    pos = 0
    last_digits = ""
    last_big = None
    decimal_unit: Decimal | None = None
    while pos < len(compact):
        match = _ARABIC_GROUP_RE.match(compact, pos)
        if not match:
            raise MalformedNumber(f"cannot read {text!r}")
        mantissa, big = match.groups()
        if big and last_big and big == last_big:
            raise MalformedNumber(f"two {big} groups in one number")
        if big and last_big and BIG_UNITS[big] > BIG_UNITS[last_big]:
            raise MalformedNumber(f"{big} after {last_big}: units out of order")
        if big and last_big and BIG_UNITS[last_big] // BIG_UNITS[big] > 10**4:
            skipped = next(u for u, v in BIG_UNITS.items() if v == BIG_UNITS[big] * 10**4)
            raise MalformedNumber(f"{big} right after {last_big}: the {skipped} group is missing")
        number, digits, decimal = _mantissa(mantissa, text)
        multiplier = BIG_UNITS[big] if big else 1
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
    negative = compact.startswith(("마이너스", "마이나스"))
    if negative:
        compact = compact[4:]
    tokens = _HANGUL_TOKEN_RE.findall(compact)
    if "".join(tokens) != compact or not tokens:
        raise MalformedNumber(f"not a Hangul numeral: {text!r}")
    total = section = current = 0
    fraction = ""
    in_fraction = False
    for token in tokens:
        if token in ("점", "쩜"):
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
    den_text, num_text = compact.split("분의")
    den = parse_numeral(den_text).value
    num = parse_numeral(num_text).value
    return num / den


def parse_numeral(text: str) -> Numeral:
    """Any numeral factlint reads: digits with myriad units, or Hangul numerals."""
    compact = text.strip()
    try:
        if "분의" in compact or re.fullmatch(r"\d+\s?/\s?\d+", compact):
            return Numeral(parse_fraction(compact), 0.0, 0.0)
        if compact[:1].isdigit():
            return parse_arabic(compact)
        if compact[:1] == "-" and compact[1:2].isdigit():
            value = parse_arabic(compact[1:])
            return Numeral(-value.value, value.step, value.lead_step)
        for prefix in ("마이너스", "마이나스"):
            if compact.startswith(prefix) and compact[len(prefix):].strip()[:1].isdigit():
                value = parse_arabic(compact[len(prefix):].strip())
                return Numeral(-value.value, value.step, value.lead_step)
        if "분의" in compact or "/" in compact:
            fraction = parse_fraction(compact)
            return Numeral(fraction, 0.0, 0.0)
        return parse_hangul(compact)
    except (InvalidOperation, ZeroDivisionError, ValueError) as exc:
        if isinstance(exc, MalformedNumber):
            raise
        raise MalformedNumber(str(exc)) from None
