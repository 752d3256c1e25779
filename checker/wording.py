"""Numbers, amounts, intervals, rates, periods and dates in words, below the stages (issue 13.2).

Language-neutral wording that the check stage's messages, the report, the ledger and the language
server share: none of it reads an article or a rule. Two languages meet in a message: the *notation*
of its numbers is the article's (`Document.language`: a Korean article's amounts read `79조 1400억원`
even in an English message), the *words* around them are the chosen `--lang`. Every function here
takes the notation as `lang`; words that go with a number (`약`/`about`) take `words`, which defaults
to the notation.

- `amount(value, unit, lang)`: a value at four significant digits: `310억 위안`,
  `4조 1867억원`, `1억 2500만 달러`; `$1.35bn`, `23bn yuan`, `₹1,200 crore`.
  A measure is held in its base unit; one whose unit names the unit its claim is written in
  (`models.WrittenUnit`) is written in that one: `290,000 tonnes`, `29만톤`, `1,100㏊`.
- `interval(iv, unit, lang)`: an interval; ends that print the same print once.
- `about(iv, unit, lang)`: a computed value: `약 80조 9100억원` when narrow, else a range.
- `shortest(iv)`: the value with the fewest significant digits inside an interval
  (what a suggested fix writes).
- `period(p, lang)`, `date_range(first, last, lang)`: periods and dates in words.
- `josa(word, particle)`: a Korean particle chosen by the sound before it
  (`와/과`, `이/가`, `을/를`, `은/는`, `으로/로`), digits and Latin letters by their
  Korean reading; `WORDING` formats message templates with them.

A written number as written (`stated`) and lexicon ids as words (`metric_word`) read the link stage's
language data: they are in checker/link/words.py.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata

from checker.intervals import Interval
from checker.periods import Period

_KO_CURRENCY = {
    "CNY": "위안",
    "USD": "달러",
    "KRW": "원",
    "JPY": "엔",
    "EUR": "유로",
    "GBP": "파운드",
    "HKD": "홍콩달러",
    "TWD": "대만달러",
    "SGD": "싱가포르달러",
    "AUD": "호주달러",
    "CAD": "캐나다달러",
    "NZD": "뉴질랜드달러",
    "INR": "루피",
    "CHF": "스위스프랑",
    "RUB": "루블",
    "BRL": "헤알",
    "THB": "바트",
    "VND": "동",
    "IDR": "루피아",
    "MYR": "링깃",
}
_EN_PREFIX = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "INR": "₹",
    "HKD": "HK$",
    "TWD": "NT$",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "BRL": "R$",
}
_EN_SUFFIX = {
    "CNY": "yuan",
    "KRW": "won",
    "RUB": "roubles",
    "CHF": "Swiss francs",
    "THB": "baht",
    "VND": "dong",
    "IDR": "rupiah",
    "MYR": "ringgit",
}
_EN_LONG = {"tn": "trillion", "bn": "billion", "m": "million"}


def notation(lang: str | None) -> str:
    """The notation a document's language writes numbers in: Korean's myriads, else English's."""
    return "ko" if lang == "ko" else "en"


# ---------------------------------------------------------------- digits


def _trim(value: float, digits: int) -> str:
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _round_sig(value: float, digits: int) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    magnitude = int(math.floor(math.log10(abs(value))))
    return round(value, digits - 1 - magnitude)


def _significant(value: float, digits: int = 4) -> str:
    if not math.isfinite(value):
        return "?" if math.isnan(value) else "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    magnitude = int(math.floor(math.log10(abs(value))))
    decimals = max(0, digits - 1 - magnitude)
    return _trim(value, decimals)


def plain(value: float) -> str:
    """A value already rounded, with every digit it has (up to six decimals)."""
    return _trim(value, 6) if abs(value) < 1e15 else _significant(value, 6)


def _ko_groups(value: float) -> str:
    """`79조 1400억`, `1억 2500만`, `5000`: myriad groups as Korean copy writes them."""
    whole = round(abs(value))
    if abs(abs(value) - whole) > 1e-9 * max(1.0, abs(value)) and abs(value) < 1e4:
        return plain(abs(value))
    parts = []
    for size, word in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        count = whole // size if word == "조" else (whole // size) % 10**4
        if count:
            parts.append(f"{count:,}{word}" if word == "조" else f"{count}{word}")
    rest = whole % 10**4
    if rest or not parts:
        parts.append(f"{rest:,}" if not parts else str(rest))
    return " ".join(parts)


def _written(value: float, step: float) -> str:
    """A value with the decimals its rounding step gives it (`2.60` for 2.6 written to 0.01)."""
    if step <= 0 or step >= 1 or not math.isfinite(step):
        return plain(value)
    decimals = min(6, max(0, round(-math.log10(step))))
    return f"{value:,.{decimals}f}"


def number(value: float, lang: str = "en", digits: int | None = 4, step: float = 0.0) -> str:
    """A bare amount: `512억`, `79조 1400억` in Korean, `51.2bn` in English (`digits`: significant
    digits to round to; None keeps the value as it is; `step`: the rounding step it was written
    with, whose decimals an English amount keeps: `$2.60tn`)."""
    if not math.isfinite(value):
        return _significant(value)
    shown = _round_sig(value, digits) if digits else value
    sign = "−" if shown < 0 else ""
    if lang == "ko":
        return sign + _ko_groups(shown)
    size = abs(shown)
    for threshold, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if size >= threshold * (1 - 1e-12):
            return sign + _written(size / threshold, step / threshold) + suffix
    return sign + _written(size, step)


# A measure's base unit as pint names it, in the symbol a reader knows (an area: `km ** 2`, `km²`).
_MEASURE_SYMBOLS = {"km ** 2": "km²"}


def unit_symbol(unit: str) -> str:
    """A base unit as a reader writes it (`km ** 2` → `km²`); any other as it is."""
    return _MEASURE_SYMBOLS.get(unit, unit)


class _Word(str):
    """A measure's unit word as its article writes it, with the space before it where the article puts one
    (` tonnes`, `톤`, `㏊`): written after the number as it is."""


def _shown(unit: str) -> tuple[float, str]:
    """(what one written unit is in the base unit, the unit to write) of a measure that names the unit its claim
    is written in (`models.WrittenUnit`: `kg` written in `tonnes` → (1000, `tonnes`)); (1, `unit`) for any other:
    values are held in base units and written in the article's own."""
    word = getattr(unit, "word", None)
    return (1.0, unit) if word is None else (unit.factor, _Word(word))


def _scaled(iv: Interval, factor: float) -> Interval:
    if factor == 1.0:
        return iv
    return Interval(iv.lo / factor, iv.hi / factor, iv.lo_open, iv.hi_open)


def _with_unit(core: str, unit: str, lang: str, long: bool = False) -> str:
    if isinstance(unit, _Word):
        if lang != "ko":  # (`290 million pounds`: `290m pounds` would read as metres)
            for short, word in _EN_LONG.items():
                if core.endswith(short) and core[: -len(short)][-1:].isdigit():
                    core = f"{core[: -len(short)]} {word}"
                    break
        return f"{core}{unit}"  # (the word keeps the space the article puts before it: ` tonnes`, `톤`)
    unit = unit_symbol(unit)
    if unit == "percent":
        return f"{core}%"
    if unit == "pp":
        return f"{core}%p"
    if unit == "multiple":
        return f"{core}배" if lang == "ko" else f"×{core}"
    if unit in ("count", "fraction", ""):
        return core
    if lang == "ko":
        word = _KO_CURRENCY.get(unit)
        if word is None:
            return f"{core} {unit}"
        return f"{core}{word}" if unit == "KRW" else f"{core} {word}"
    if long:
        for short, word in _EN_LONG.items():
            if core.endswith(short) and core[: -len(short)][-1:].isdigit():
                core = f"{core[: -len(short)]} {word}"
                break
    if unit in _EN_PREFIX:
        sign = "−" if core.startswith("−") else ""
        return f"{sign}{_EN_PREFIX[unit]}{core.removeprefix('−')}"
    if unit in _EN_SUFFIX:
        return f"{core} {_EN_SUFFIX[unit]}"
    return f"{core} {unit}"


def _core(value: float, unit: str, lang: str, digits: int | None, step: float = 0.0) -> str:
    if not math.isfinite(value):
        return _significant(value)
    if unit in ("percent", "pp", "multiple", "fraction"):
        shown = _round_sig(value, 3 if digits == 4 and abs(value) < 1000 else digits) if digits else value
        return ("−" if shown < 0 else "") + plain(abs(shown))
    if unit == "INR" and lang != "ko" and abs(value) >= 1e7:
        crore = (_round_sig(value, digits) if digits else value) / 1e7
        return ("−" if crore < 0 else "") + _written(abs(crore), step / 1e7) + " crore"
    return number(value, lang, digits, step)


def amount(
    value: float, unit: str, lang: str = "en", digits: int | None = 4, long: bool = False, step: float = 0.0
) -> str:
    """A value with its unit in the notation of `lang`. `long`: English scale words spelled out;
    `step`: the rounding step it was written with (an English amount keeps its decimals). A measure is written
    in the unit its claim is written in (`_shown`)."""
    factor, unit = _shown(unit)
    if factor != 1.0:
        value, step = value / factor, step / factor
    core = _core(value, unit, lang, digits, step)
    if unit == "INR" and core.endswith(" crore"):
        return f"{'−' if core.startswith('−') else ''}₹{core.removeprefix('−')}"
    return _with_unit(core, unit, lang, long)


def shortest(iv: Interval, max_digits: int = 7) -> float:
    """The value with the fewest significant digits inside the interval (its middle if none)."""
    lo, hi = iv.lo, iv.hi
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return lo if math.isfinite(lo) else hi
    middle = (lo + hi) / 2
    for digits in range(1, max_digits + 1):
        candidate = _round_sig(middle, digits)
        if lo <= candidate <= hi:
            return candidate
    return middle


def about_word(words: str) -> str:
    return "약 " if words == "ko" else "about "


def interval(iv: Interval, unit: str, lang: str = "en") -> str:
    """`495억–505억 위안`; ends that print the same print once; a one-sided interval reads `≥ 2`."""
    factor, unit = _shown(unit)
    iv = _scaled(iv, factor)
    if math.isinf(iv.hi) and not math.isinf(iv.lo):
        return f"{'>' if iv.lo_open else '≥'} {amount(iv.lo, unit, lang)}"
    if math.isinf(iv.lo) and not math.isinf(iv.hi):
        return f"{'<' if iv.hi_open else '≤'} {amount(iv.hi, unit, lang)}"
    if not (math.isfinite(iv.lo) and math.isfinite(iv.hi)):
        return amount(iv.lo, unit, lang)
    middle = (iv.lo + iv.hi) / 2
    if iv.hi - iv.lo <= 5e-4 * abs(middle):
        # A written number's rounding interval, or a value known to a few parts in a thousand.
        return amount(shortest(iv), unit, lang, digits=None)
    low, high = _ends(iv, unit, lang)
    if low == high:
        return low
    return _joined(low, high, unit, lang)


def _ends(iv: Interval, unit: str, lang: str) -> tuple[str, str]:
    """The two ends with as few digits as tell them apart (three at least): `808억–1010억원`,
    `80조 8700억–80조 9500억원`."""
    for digits in (3, 4, 5, 6):
        low, high = amount(iv.lo, unit, lang, digits=digits), amount(iv.hi, unit, lang, digits=digits)
        if low != high:
            return low, high
    return low, high


def _joined(low: str, high: str, unit: str, lang: str) -> str:
    """`80조 8700억–80조 9500억원`: the unit once, after the second end."""
    suffix = ""
    if isinstance(unit, _Word):
        suffix = unit
    elif lang == "ko" and unit in _KO_CURRENCY:
        suffix = _KO_CURRENCY[unit] if unit == "KRW" else " " + _KO_CURRENCY[unit]
    elif lang == "ko" and unit == "multiple":
        suffix = "배"
    elif lang != "ko" and unit in _EN_SUFFIX:
        suffix = " " + _EN_SUFFIX[unit]
    elif unit in ("percent",):
        suffix = "%"
    elif unit == "pp":
        suffix = "%p"
    elif unit not in ("multiple", "count", "fraction", "") and unit not in _EN_PREFIX and unit not in _KO_CURRENCY:
        suffix = f" {unit}"
    if suffix and low.endswith(suffix):
        low = low[: -len(suffix)]
    return f"{low}–{high}"


def about(iv: Interval, unit: str, lang: str = "en", words: str | None = None, within: float = 0.05) -> str:
    """A computed value: one number when its ends print the same, `약 X` when the interval is
    narrow (within ±2.5% of its middle by default), else the interval."""
    factor, unit = _shown(unit)
    iv = _scaled(iv, factor)
    if not (math.isfinite(iv.lo) and math.isfinite(iv.hi)):
        return interval(iv, unit, lang)
    if amount(iv.lo, unit, lang) == amount(iv.hi, unit, lang):
        return amount(iv.lo, unit, lang)
    low, high = _ends(iv, unit, lang)
    middle = (iv.lo + iv.hi) / 2
    if middle and (iv.hi - iv.lo) <= within * abs(middle):
        return about_word(words or lang) + amount(middle, unit, lang)
    return _joined(low, high, unit, lang)


def signed_percent(value: float, digits: int = 1) -> str:
    return f"{'+' if value >= 0 else '−'}{abs(value):.{digits}f}%"


def rate(value: float) -> str:
    return _significant(value, 5 if value >= 100 else 4)


def rate_interval(iv: Interval, quote: str, base: str, lang: str = "en", notation: str = "en") -> str:
    """An exchange rate: in Korean words `1달러당 1,328원`; in English words one unit of the base
    currency and its price in the article's notation, `1 USD = 1,328원` (`1 USD = 1,328 won` in an
    English article). Ends that print the same print once."""
    if lang == "ko" and quote in _KO_CURRENCY and base in _KO_CURRENCY:
        one = math.isclose(iv.lo, iv.hi, rel_tol=1e-9) or rate(iv.lo) == rate(iv.hi)
        value = rate(iv.lo) if one else f"{rate(iv.lo)}–{rate(iv.hi)}"
        quote_word = _KO_CURRENCY[quote]
        return f"1{_KO_CURRENCY[base]}당 {value}{'' if quote == 'KRW' else ' '}{quote_word}"
    return f"1 {base} = {rate_price(iv, quote, notation)}"


def rate_price(iv: Interval, quote: str, notation: str = "en") -> str:
    """The price of one unit of the base currency, in the quote currency and the article's
    notation (`1,047.6–1,212.7원`): what a worked conversion multiplies and divides by."""
    low, high = (
        amount(float(rate(end).replace(",", "")), quote, notation, digits=None) if math.isfinite(end) else rate(end)
        for end in (iv.lo, iv.hi)
    )
    return low if math.isclose(iv.lo, iv.hi, rel_tol=1e-9) or low == high else _joined(low, high, quote, notation)


# ---------------------------------------------------------------- Korean particles

_PAIRS = {
    p: pair
    for pair in (
        ("와", "과"),
        ("가", "이"),
        ("를", "을"),
        ("는", "은"),
        ("로", "으로"),
        ("라", "이라"),
        ("랑", "이랑"),
        ("여", "이여"),
        ("여야", "이어야"),
    )
    for p in pair
}
# Korean readings of what may end a word: whether the last syllable has a final consonant,
# and whether that consonant is ㄹ (`으로/로` treats ㄹ as no final consonant).
_DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}
_POWER_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ"}  # 십, 백, 천; 만 (ㄴ), 억 (ㄱ) and 조 (none) by their words
_LATIN_FINAL = {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "r": "ㄹ"}  # 엘, 엠, 엔, 알; every other letter ends in a vowel
_SYMBOL_FINAL = {"%": "", "$": "", "€": "", "£": "", "¥": "ㄴ", "℃": "", "×": ""}  # 퍼센트, 달러, 유로, 파운드, 엔


def _final(text: str) -> str | None:
    """The final consonant of the sound `text` ends in ('' for a vowel), None when unknown."""
    text = text.rstrip()
    while text and text[-1] in "`'\"’”」』)]}›»":
        closing = text[-1]
        opening = {")": "(", "]": "[", "}": "{"}.get(closing)
        if opening and opening in text[:-1]:
            text = text[: text.rindex(opening)].rstrip()  # `9조원(약 …)`: the word before the parentheses
        else:
            text = text[:-1].rstrip()
    if not text:
        return None
    last = text[-1]
    if "가" <= last <= "힣":
        index = (ord(last) - 0xAC00) % 28
        return "" if index == 0 else ("ㄹ" if index == 8 else "ㅇ")  # ㅇ: any consonant but ㄹ
    if text.endswith("%p"):
        return ""  # 퍼센트포인트
    if last.isdecimal():
        # any script's digits read as their value (`１２３`, full-width, as a draft may write them)
        written = re.search(r"[\d,]*\d(?:\.\d+)?$", text).group(0).replace(",", "")
        digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in written)
        if "." in digits:
            return _DIGIT_FINAL[digits[-1]]
        stripped = digits.rstrip("0")
        zeros = len(digits) - len(stripped)
        if not stripped:
            return _DIGIT_FINAL["0"]
        if zeros == 0:
            return _DIGIT_FINAL[stripped[-1]]
        if zeros <= 3:
            return _POWER_FINAL[zeros]
        return "ㄴ" if zeros < 8 else ("ㄱ" if zeros < 12 else "")  # 만, 억, 조
    if last.isascii() and last.isalpha():
        return _LATIN_FINAL.get(last.lower(), "")
    if last in _SYMBOL_FINAL:
        return _SYMBOL_FINAL[last]
    return None


def josa(word: str, particle: str) -> str:
    """The form of a particle pair that follows `word` (`particle` names either form:
    `와` or `과`, `이` or `가` …); unknown endings take the written form `(이)가`-style."""
    pair = _PAIRS.get(particle)
    if pair is None:
        return particle
    vowel_form, consonant_form = pair
    final = _final(word)
    if final is None:
        if vowel_form == "로":
            return "(으)로"
        return f"{consonant_form}({vowel_form})" if len(consonant_form) == 1 else f"({consonant_form[0]}){vowel_form}"
    if vowel_form == "로":
        return "로" if final in ("", "ㄹ") else "으로"
    return consonant_form if final else vowel_form


def with_josa(word: str, particle: str) -> str:
    return word + josa(word, particle)


class Wording(string.Formatter):
    """Message templates: `{value:은}` is the field followed by the particle its sound takes;
    `{value:~은}` the particle alone (after a quoted field: `` `{text}`{text:~을} ``)."""

    def format_field(self, value, format_spec: str):
        if format_spec.startswith("~"):
            return josa(str(value), format_spec[1:])
        if format_spec and not format_spec[0].isascii():
            text = str(value)
            return text + josa(text, format_spec)
        return super().format_field(value, format_spec)


WORDING = Wording()


# ---------------------------------------------------------------- periods

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"],
}


def weekday_name(number: int, lang: str = "en") -> str:
    """A day of the week for the reader (Monday 0): `Friday` / `금요일`."""
    return _WEEKDAYS.get(lang, _WEEKDAYS["en"])[number]


def period(value: Period | str | None, lang: str = "en") -> str:
    """A period in words (`Period.words`): `2024-H1` → `H1 2024` / `2024년 상반기`. A string (an ISO date,
    evidence read back) is read as a period first; a shape it does not know is printed as it is."""
    if not value:
        return "?"
    parsed = value if isinstance(value, Period) else Period.parse(value)
    return parsed.words(lang) if parsed is not None else str(value)


def date_range(first, last, lang: str = "en") -> str:
    """Two dates (`datetime.date`, either order) as words: `2024년 8월 22~27일` / `22–27 August 2024`;
    what the two share is written once, and one day is written as that day."""
    first, last = min(first, last), max(first, last)
    if first == last:
        return Period.of_date(first).words(lang)
    if lang == "ko":
        if first.year != last.year:
            return f"{first.year}년 {first.month}월 {first.day}일~{last.year}년 {last.month}월 {last.day}일"
        if first.month != last.month:
            return f"{first.year}년 {first.month}월 {first.day}일~{last.month}월 {last.day}일"
        return f"{first.year}년 {first.month}월 {first.day}~{last.day}일"
    if first.year != last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} {first.year} – {last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.month != last.month:
        return f"{first.day} {_MONTHS[first.month - 1]} – {last.day} {_MONTHS[last.month - 1]} {last.year}"
    return f"{first.day}–{last.day} {_MONTHS[last.month - 1]} {last.year}"
