"""Numbers and words in messages, written the way the article's readers write them.

Two languages meet in a message: the *notation* of its numbers is the article's
(`Document.language`: a Korean article's amounts read `79조 1400억원` even in an
English message), the *words* around them are the chosen `--lang`. Every function
here takes the notation as `lang`; words that go with a number (`약`/`about`) take
`words`, which defaults to the notation.

- `amount(value, unit, lang)`: a value at four significant digits: `310억 위안`,
  `4조 1867억원`, `1억 2500만 달러`; `$1.35bn`, `23bn yuan`, `₹1,200 crore`.
- `stated(claim, lang)`: a written number as written (its own precision).
- `interval(iv, unit, lang)`: an interval; ends that print the same print once.
- `about(iv, unit, lang)`: a computed value: `약 80조 9100억원` when narrow, else a range.
- `shortest(iv)`: the value with the fewest significant digits inside an interval
  (what a suggested fix writes).
- `josa(word, particle)`: a Korean particle chosen by the sound before it
  (`와/과`, `이/가`, `을/를`, `은/는`, `으로/로`), digits and Latin letters by their
  Korean reading.
- `metric_word`, `entity_word`: lexicon ids as words (the first alias in the
  language's script, rules/lexicon/*.toml).
"""
from __future__ import annotations

import math
import re
import string
from functools import lru_cache

from checker.check.intervals import Interval
from checker.folders import builtin_rules_dir, lexicon_dirs
from checker.link import vocabulary
from checker.link.lexicon import Lexicon

_KO_CURRENCY = {"CNY": "위안", "USD": "달러", "KRW": "원", "JPY": "엔", "EUR": "유로", "GBP": "파운드",
                "HKD": "홍콩달러", "TWD": "대만달러", "SGD": "싱가포르달러", "AUD": "호주달러", "CAD": "캐나다달러",
                "NZD": "뉴질랜드달러", "INR": "루피", "CHF": "스위스프랑", "RUB": "루블", "BRL": "헤알", "THB": "바트",
                "VND": "동", "IDR": "루피아", "MYR": "링깃"}
_EN_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "HKD": "HK$", "TWD": "NT$", "SGD": "S$",
              "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "BRL": "R$"}
_EN_SUFFIX = {"CNY": "yuan", "KRW": "won", "RUB": "roubles", "CHF": "Swiss francs", "THB": "baht", "VND": "dong",
              "IDR": "rupiah", "MYR": "ringgit"}
_EN_LONG = {"tn": "trillion", "bn": "billion", "m": "million"}


_APPROX = re.compile(rf"^(?:{vocabulary.APPROX_BEFORE})\s*(?=[\d$€£¥₹])", re.I)
_HANGUL = re.compile(vocabulary.SCRIPT_LETTERS["ko"])  # a Korean counter is written against its number
_LONG_STYLE = re.compile(rf"\d\s*(?:{vocabulary.LONG_SCALE_WORDS})\b", re.I)


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


def _plain(value: float) -> str:
    """A value already rounded, with every digit it has (up to six decimals)."""
    return _trim(value, 6) if abs(value) < 1e15 else _significant(value, 6)


def _ko_groups(value: float) -> str:
    """`79조 1400억`, `1억 2500만`, `5000`: myriad groups as Korean copy writes them."""
    whole = round(abs(value))
    if abs(abs(value) - whole) > 1e-9 * max(1.0, abs(value)) and abs(value) < 1e4:
        return _plain(abs(value))
    parts = []
    for size, word in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        count = whole // size if word == "조" else (whole // size) % 10**4
        if count:
            parts.append(f"{count:,}{word}" if word == "조" else f"{count}{word}")
    rest = whole % 10**4
    if rest or not parts:
        parts.append(f"{rest:,}" if not parts else str(rest))
    return " ".join(parts)


def number(value: float, lang: str = "en", digits: int | None = 4) -> str:
    """A bare amount: `512억`, `79조 1400억` in Korean, `51.2bn` in English (`digits`: significant
    digits to round to; None keeps the value as it is)."""
    if not math.isfinite(value):
        return _significant(value)
    shown = _round_sig(value, digits) if digits else value
    sign = "−" if shown < 0 else ""
    if lang == "ko":
        return sign + _ko_groups(shown)
    size = abs(shown)
    for threshold, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if size >= threshold * (1 - 1e-12):
            return sign + _plain(size / threshold) + suffix
    return sign + _plain(size)


def _with_unit(core: str, unit: str, lang: str, long: bool = False) -> str:
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


def _core(value: float, unit: str, lang: str, digits: int | None) -> str:
    if not math.isfinite(value):
        return _significant(value)
    if unit in ("percent", "pp", "multiple", "fraction"):
        shown = _round_sig(value, 3 if digits == 4 and abs(value) < 1000 else digits) if digits else value
        return ("−" if shown < 0 else "") + _plain(abs(shown))
    if unit == "INR" and lang != "ko" and abs(value) >= 1e7:
        crore = (_round_sig(value, digits) if digits else value) / 1e7
        return ("−" if crore < 0 else "") + _plain(abs(crore)) + " crore"
    return number(value, lang, digits)


def amount(value: float, unit: str, lang: str = "en", digits: int | None = 4, long: bool = False) -> str:
    """A value with its unit in the notation of `lang`. `long`: English scale words spelled out."""
    core = _core(value, unit, lang, digits)
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


def _precision(value: float, step: float) -> float:
    """A value at the precision it was written with (its rounding step)."""
    if step > 0 and math.isfinite(value):
        rounded = round(value / step) * step
        return round(rounded, max(0, 12 - int(math.floor(math.log10(abs(rounded) or 1)))))
    return value


_BOUNDS = {"atleast": ("at least {}", "{} 이상"), "atmost": ("at most {}", "{} 이하"), "over": ("over {}", "{} 초과"),
           "under": ("under {}", "{} 미만"), "nearly": ("nearly {}", "{} 가까이"), "여": ("over {}", "{}여")}


def stated(claim, lang: str = "en", words: str | None = None) -> str:
    """A written number as it was written: its own value and precision, with its qualifier in
    words (`약 12.5%`, `about $1.35bn`, `640억 위안 이상`)."""
    words = words or lang
    value = _precision(claim.value, getattr(claim, "step", 0.0) or 0.0)
    text = amount(value, claim.unit, lang, digits=None if value else 4, long=long_style(claim.text))
    counter = getattr(claim, "counter", None) if claim.unit == "count" else None
    if counter:  # what is counted, as written: `26만 9100명`, `2,417.63 points`
        text += counter if _HANGUL.match(counter) else f" {counter}"
    qualifier = claim.qualifier or ""
    if qualifier == "approx" or (not qualifier and _APPROX.match(claim.text.strip())):
        return about_word(words) + text
    if qualifier in _BOUNDS:
        return _BOUNDS[qualifier][1 if words == "ko" else 0].format(text)
    return text


def long_style(text: str) -> bool:
    """English copy that spells out its scale words (`10.4 trillion won`)."""
    return bool(_LONG_STYLE.search(text or ""))


def about_word(words: str) -> str:
    return "약 " if words == "ko" else "about "


def interval(iv: Interval, unit: str, lang: str = "en") -> str:
    """`495억–505억 위안`; ends that print the same print once; a one-sided interval reads `≥ 2`."""
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
    if lang == "ko" and unit in _KO_CURRENCY:
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
    low, high = (amount(float(rate(end).replace(",", "")), quote, notation, digits=None) if math.isfinite(end)
                 else rate(end) for end in (iv.lo, iv.hi))
    return low if math.isclose(iv.lo, iv.hi, rel_tol=1e-9) or low == high else _joined(low, high, quote, notation)


# ---------------------------------------------------------------- Korean particles

_PAIRS = {p: pair for pair in (("와", "과"), ("가", "이"), ("를", "을"), ("는", "은"), ("로", "으로"), ("라", "이라"),
                               ("랑", "이랑"), ("여", "이여"), ("여야", "이어야"))
          for p in pair}
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
    if last.isdigit():
        digits = re.search(r"[\d,]*\d(?:\.\d+)?$", text).group(0).replace(",", "")
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


# Labels under the carets of a report, as kinds write them in English, in Korean words.
_LABELS_KO = {
    "value": "값", "prior value": "비교 대상 값", "growth rate": "증가율", "compared with": "비교 대상",
    "the same change as a multiple": "같은 변화(배수)", "rate": "비율", "earlier rate": "이전 비율",
    "the whole": "전체", "larger than its whole": "전체보다 큼", "converted amount": "환산 대상 금액",
    "total": "합계", "agrees with the repair": "수정안과 일치", "here": "여기", "also involved": "관련 기사",
}
_PREFIXES_KO = (("the rate implies ", "증가율로 계산하면 "), ("the difference is ", "차이 "), ("implies ", "계산하면 "),
                ("ratio is ", "비율 "), ("the parts give ", "계산하면 "), ("parts add up to ", "부분의 합 "),
                ("the parts imply ", "부분으로 계산하면 "), ("shares add up to ", "비중의 합 "), ("states ", ""),
                ("points: ", "%p로 "), ("written ", "표기 "))


def label(text: str | None, lang: str) -> str | None:
    """A caret label in the message's language (`prior value` → `비교 대상 값`)."""
    if not text or lang != "ko":
        return text
    if text in _LABELS_KO:
        return _LABELS_KO[text]
    for english, korean in _PREFIXES_KO:
        if text.startswith(english):
            rest = text[len(english):].replace("; relative: ", ", 상대 변화 ").replace(" here", "")
            return korean + rest
    return text


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


# ---------------------------------------------------------------- words for ids

@lru_cache(maxsize=4)
def _bundled_lexicon():
    return Lexicon.load(lexicon_dirs([builtin_rules_dir()]))


_lexicon = None


def use_lexicon(lexicon) -> None:
    """The run's lexicon (with the user's own folders): its first aliases name ids in messages."""
    global _lexicon
    _lexicon = lexicon


def _aliases(kind: str, key: str) -> list[str]:
    for lexicon in (_lexicon, None):
        try:
            lexicon = lexicon or _bundled_lexicon()
        except Exception:  # noqa: BLE001 — a message falls back to the id, never fails
            return []
        table = lexicon.metrics if kind == "metric" else lexicon.entities
        found = table.get(key)
        if found is not None:
            return list(found.aliases)
    return []


def _in_script(alias: str, lang: str) -> bool:
    hangul = any("가" <= ch <= "힣" for ch in alias)
    return hangul if lang == "ko" else alias.isascii()


def _word(kind: str, key: str | None, lang: str) -> str:
    if not key:
        return ""
    aliases = _aliases(kind, key)
    for alias in aliases:
        if _in_script(alias, lang):
            return alias
    if aliases:
        return aliases[0]
    return key.replace("_", " ") if lang != "ko" else key


def metric_word(metric: str | None, lang: str) -> str:
    """`operating_profit` → `영업이익` / `operating profit` (the first alias in the language's script)."""
    return _word("metric", metric, lang)


def entity_word(entity: str | None, lang: str) -> str:
    """`samsung_electronics` → `삼성전자` / `Samsung Electronics`."""
    return _word("entity", entity, lang)


def entities_word(entities, lang: str) -> str:
    return ("·" if lang == "ko" else "/").join(entity_word(e, lang) for e in entities)


# ---------------------------------------------------------------- periods

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



def date_range(first, last, lang: str = "en") -> str:
    """Two dates (`datetime.date`, either order) as words: `2024년 8월 22~27일` / `22–27 August 2024`;
    what the two share is written once, and one day is written as that day."""
    first, last = min(first, last), max(first, last)
    if first == last:
        return _period(first.isoformat(), lang)
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

# The extractor's reasons for a malformed number (checker/extract/numerals.py), in Korean words for `--lang ko`.
_REASONS_KO = (
    (re.compile(r"^two (\S+) groups in one number$"), "한 수에 {0} 단위가 두 번 나옵니다"),
    (re.compile(r"^(\S+) after (\S+): units out of order$"), "{0} 단위가 {1} 단위 뒤에 와 순서가 맞지 않습니다"),
    (re.compile(r"^(\S+) right after (\S+): the (\S+) group is missing$"), "{1} 바로 뒤에 {0}: {2} 자리가 빠졌습니다"),
    (re.compile(r"^(\S+) after (\S+): more than a myriad group holds$"), "{1} 뒤의 {0}: 한 자리 묶음(만)보다 큽니다"),
    (re.compile(r"^digit groups (.+)$"), "자릿수 묶음이 맞지 않습니다: {0}"),
    (re.compile(r"^bad decimal in (.+)$"), "소수점이 맞지 않습니다: {0}"),
    (re.compile(r"^cannot read (.+)$"), "읽을 수 없습니다: {0}"),
)


def korean_reason(reason: str) -> str:
    """A malformed number's reason in Korean (the reason is the extractor's English words, not article text)."""
    for pattern, words in _REASONS_KO:
        match = pattern.match(reason)
        if match:
            return words.format(*match.groups())
    return "형식이 맞지 않습니다"

