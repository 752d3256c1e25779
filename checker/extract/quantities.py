"""Quantities in text: the number, its unit, its qualifier, and the interval it states.

The scanner finds number cores with one regular expression, then reads the
context on either side with anchored expressions (qualifiers and currency
symbols before, `여`, units and qualifiers after). Ranges and parentheticals
are joined in a second pass over the mentions.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from checker.extract.numerals import (
    ENGLISH_SCALES, MalformedNumber, Numeral, parse_arabic, parse_fraction, parse_hangul,
)
from checker.extract.units import (
    COUNTERS, CURRENCY_PREFIXES, CURRENCY_WORDS, DURATIONS, MEASURES, alternation, base_unit,
    unit_continues_word,
)
from checker.models import Mention, Quantity

INF = math.inf

# Words that turn a part of a word into something other than a myriad unit (`억제`, `만큼`).
_BIG = r"(?:조(?![사치건정직합성달기작항언례명약지선])|억(?![제울압])|만(?![큼약족료남기들일세다])|경(?![제쟁우영기찰향로]))"
# Commas join digit groups only when a digit follows (`142,000,` ends at the last digit).
_DIGITS = r"\d+(?:,\d{2,3})*(?:\.\d+)?"
_NATIVE = r"한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰"
_SINO = "영일이삼사오육륙칠팔구십백천만억조"
# A myriad group's number as wire copy writes it: digits, or parts with 천/백/십 (`3천245`,
# `천 4백`, `8백 10`); a bare 천/백 only where a myriad unit or a lower part follows (`천억`).
_SUB = rf"(?:{_DIGITS})?[천백십]"
_LOW = r"\d{1,3}(?![\d,.])"
_MANTISSA = rf"(?:{_SUB}(?:\s?{_SUB})*(?:\s?{_LOW})?|{_DIGITS})"
_GROUP = rf"{_MANTISSA}{_BIG}"
_START_DIGIT = r"(?<![A-Za-z\d_.,])(?=\d)"
_START_SMALL = r"(?<![A-Za-z\d_.,가-힣])(?=[천백십])"
# Every core starts with a digit, `수`, a native or Sino numeral, `절`/`과`, or an English
# multiple word: testing the first character skips most positions at once.
_CORE_FIRST = "(?=[0-9수한두세네다여일열스서마쉰아예절과영이삼사오육륙칠팔구십백천만억조dthqDTHQ])"
CORE_RE = re.compile(
    _CORE_FIRST + rf"""(?:
    (?P<arabic>(?:{_START_DIGIT}|{_START_SMALL})(?:{_GROUP}\s?)+(?:{_MANTISSA}(?![\d천백십]))?|{_START_DIGIT}{_MANTISSA}(?![\d]))
  | (?P<vague>(?<![가-힣])수(?P<vague_small>십|백|천)(?P<vague_big>만|억|조)?(?=\s?[가-힣$A-Za-z]))
  | (?P<native>(?<![가-힣])(?:{_NATIVE})(?=\s?(?:배|명|곳|개(?!월)|가지|차례|번(?!째)|대(?![가-힣]{{1}}[가-힣])|자릿수)))
  | (?P<half>(?<![가-힣])(?:절반|과반(?:수)?))
  | (?P<bunui>(?:\d+|[{_SINO}]+)\s?분의\s?(?:\d+|[{_SINO}]+))
  | (?P<sino>(?<![가-힣])(?:[{_SINO}]*[십백천만억조][{_SINO}]*(?:[점쩜][{_SINO}]+)?|[{_SINO}]+[점쩜][{_SINO}]+)(?=\s?(?:달러|위안|엔|유로|파운드|원(?![가-힣])|불)))
  | (?P<en_mult>\b(?:doubled|tripled|trebled|quadrupled|halved|doubling|tripling|twice)\b)
    )""",
    re.X,
)

_APPROX_BEFORE = r"약|대략|대략적으로|about|around|approximately|roughly|some|an estimated|close to"
_QUAL_BEFORE = re.compile(
    rf"(?:(?P<approx>{_APPROX_BEFORE})|(?P<atleast>최소|최소한|적어도|at least|no less than)"
    rf"|(?P<atmost>최대|많아야|up to|at most|no more than)|(?P<over>more than|over|above|just over|upwards of)"
    rf"|(?P<under>less than|fewer than|under|below|just under)|(?P<nearly>거의|nearly|almost|close to)"
    rf"|(?P<total>총|모두|전체))\s*$",
    re.I,
)
_PREFIX_CURRENCY = re.compile(rf"(?:{alternation(CURRENCY_PREFIXES)})\s?$")
_SCALE_EN = re.compile(rf"\s?(?:-)?(?P<scale>{alternation(ENGLISH_SCALES)})\b", re.I)
_CURRENCY_AFTER = re.compile(rf"\s?(?P<cur>{alternation(CURRENCY_WORDS)})", re.I)
_PERCENT_AFTER = re.compile(
    r"\s?(?:(?P<pp>%\s?포인트|%p(?![a-z])|%\s?pt|퍼센트\s?포인트|percentage points?|pp\b|ppts?\b)"
    r"|(?P<pct>%|퍼센트|프로(?![그젝세듀모필파토])|per\s?cent\b|pct\b))",
    re.I,
)
_MULTIPLE_AFTER = re.compile(r"\s?(?:배(?P<mult_ko>)|(?P<mult_en>times\b|-fold\b|fold\b))")
_COUNTER_AFTER = re.compile(rf"\s?(?P<counter>{alternation(COUNTERS + DURATIONS)})")
_MEASURE_AFTER = re.compile(rf"\s?(?P<measure>{alternation(MEASURES)})(?![A-Za-z])")
_DIGIT_COUNT = re.compile(r"\s?자릿수(?:의)?")
_YEO = re.compile(r"여(?![러름전부행성야기자론당유파])")
_EN_COUNT = re.compile(r"\s(?P<noun>(?![a-z]+ed\b)[a-z]{3,}(?:-[a-z]+)?)\b")
_NAME_BEFORE_EN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z]*\s$")
_QUAL_AFTER = re.compile(
    r"\s?(?:(?P<approx>가량|정도|쯤|안팎|내외|남짓|수준)"
    r"|(?P<atleast>이상)|(?P<atmost>이하|이내)|(?P<over>초과|(?:이|가|을|를)?\s?(?:넘는|넘게|넘어|넘은|넘었|넘긴|넘겨|넘으며|넘기|웃도는|웃돌))"
    r"|(?P<under>미만|(?:을|를)?\s?밑도는|(?:을|를)?\s?밑돌)|(?P<nearly>가까이|가까운|에 육박|에 근접)"
    r"|(?P<en_over>\s?or more\b|\s?plus\b)|(?P<en_under>\s?or (?:less|fewer)\b))"
)
_NON_CLAIM_EN_NOUNS = {"years", "year", "months", "month", "days", "day", "weeks", "week", "hours",
                       "minutes", "seconds", "percent", "times", "and", "to", "of", "in", "the", "a"}
_EN_MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "twice": 2.0, "tripled": 3.0, "trebled": 3.0,
                 "tripling": 3.0, "quadrupled": 4.0, "halved": 0.5}


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    numeral: Numeral
    kind: str = "bare"
    unit: str = ""
    counter: str | None = None
    qualifier: str | None = None
    yeo: bool = False
    currency_written: bool = True
    currency_word: str | None = None  # `$`, `달러`: as written, for a configured default currency


def _read_before(text: str, start: int) -> tuple[int, str | None, str | None, str | None]:
    """(new start, currency from a prefix symbol, qualifier, the symbol) read leftwards from a core."""
    window_start = max(0, start - 24)
    window = text[window_start:start]
    currency = symbol = None
    cur = _PREFIX_CURRENCY.search(window)
    if cur:
        symbol = cur.group(0).strip()
        # ISO codes and 미화/한화 need a word boundary; `$` may touch the digits.
        if not (symbol[0].isalpha() and cur.start() > 0 and window[cur.start() - 1].isalnum()):
            currency = CURRENCY_PREFIXES[symbol]
            start = window_start + cur.start()
            window = text[max(0, start - 24):start]
            window_start = max(0, start - 24)
    qualifier = None
    qual = _QUAL_BEFORE.search(window)
    if qual and (qual.start() == 0 or not window[qual.start() - 1].isalnum()):
        qualifier = qual.lastgroup
        if qualifier == "total":
            qualifier = None  # `총 310억`: a total, not a bound; the linker reads it
        else:
            start = window_start + qual.start()
    return start, currency, qualifier, symbol if currency else None


def _interval(numeral: Numeral, qualifier: str | None, yeo: bool, approx_tolerance: float) -> tuple[float, float, bool, bool]:
    value = numeral.value
    half = numeral.step / 2
    low, high = value - half, value + half
    if yeo:
        return value, value + numeral.lead_step, False, True
    if qualifier == "approx":
        pad = abs(value) * approx_tolerance
        return low - pad, high + pad, False, False
    if qualifier == "atleast":
        return value, INF, False, False
    if qualifier in ("over", "en_over"):
        return value, INF, True, False
    if qualifier == "atmost":
        return -INF, value, False, False
    if qualifier in ("under", "en_under"):
        return -INF, value, False, True
    if qualifier == "nearly":
        return value * 0.9, high, False, False
    return low, high, False, False


_QUALIFIER_NAMES = {"en_over": "over", "en_under": "under"}


def _core_numeral(match: re.Match[str]) -> tuple[Numeral, str]:
    """The numeral of a core match and its kind hint."""
    kind = match.lastgroup
    text = match.group(0)
    if kind == "arabic":
        return parse_arabic(text.rstrip()), "bare"
    if kind == "native":
        return parse_hangul(text), "bare"
    if kind == "sino":
        return parse_hangul(text), "bare"
    if kind == "vague":
        low = {"십": 10, "백": 100, "천": 1000}[match.group("vague_small")]
        big = {"만": 10**4, "억": 10**8, "조": 10**12}.get(match.group("vague_big") or "", 1)
        # `수십만` spans [10만, 100만): value is the geometric middle, step the width.
        return Numeral(low * big * 10**0.5, 0.0, 0.0), "vague"
    if kind == "half":
        if text.startswith("과반"):
            return Numeral(0.5, 0.0, 0.0), "majority"
        return Numeral(0.5, 0.0, 0.0), "fraction"
    if kind == "bunui":
        return Numeral(parse_fraction(text), 0.0, 0.0), "fraction"
    if kind == "en_mult":
        return Numeral(_EN_MULTIPLES[text.lower()], 1.0, 1.0), "multiple"
    raise MalformedNumber(text)


def _read_after(text: str, raw: _Raw, language: str) -> None:
    """Extend a core rightwards over `여`, the unit and a trailing qualifier."""
    pos = raw.end
    yeo = _YEO.match(text, pos)
    if yeo and raw.kind == "bare":
        raw.yeo = True
        pos = yeo.end()
    digits = _DIGIT_COUNT.match(text, pos)
    if digits and raw.kind == "bare":
        # `두 자릿수 성장`: a number of N digits, [10^(N-1), 10^N).
        n = int(raw.numeral.value)
        raw.numeral = Numeral(10 ** (n - 1) * 10 ** 0.5, 0.0, 0.0)
        raw.kind, raw.unit, raw.qualifier, raw.end = "vague", "percent", None, digits.end()
        return
    scale = _SCALE_EN.match(text, pos) if raw.kind == "bare" else None
    if scale and (scale.group("scale").lower() not in ("m", "b", "k") or text[scale.start()] != " "):
        raw.numeral = parse_english_scaled(raw.numeral, scale.group("scale"))
        pos = scale.end()
    unit_end = _read_unit(text, raw, pos)
    unit_matched = unit_end is not None
    pos = unit_end if unit_matched else pos
    if not unit_matched and raw.unit and raw.kind == "bare":
        raw.kind = "money"  # `$12만`: the prefix symbol was the unit
    if not unit_matched and raw.kind == "bare" and language == "en":
        if _NAME_BEFORE_EN.search(text, max(0, raw.start - 20), raw.start):
            return  # `Vision Fund 2`, `Galaxy S24`, `Model 3`: part of a name
        noun = _EN_COUNT.match(text, pos)
        year_like = 1900 <= raw.numeral.value <= 2100 and "," not in text[raw.start:raw.end]
        if noun and noun.group("noun") not in _NON_CLAIM_EN_NOUNS and not year_like:
            raw.kind, raw.unit, raw.counter = "count", "count", noun.group("noun")
            pos = noun.end()
        elif "," in text[raw.start:raw.end]:
            # `sold 5,893`, `from 57,717`: thousands separators mark a quantity, not a year or a name.
            raw.kind, raw.unit, raw.counter = "count", "count", ""
    qual = _QUAL_AFTER.match(text, pos)
    if qual and raw.kind not in ("bare",):
        raw.qualifier = qual.lastgroup
        pos = qual.end()
    raw.end = pos


_BARE_UNITS = (_PERCENT_AFTER, _MULTIPLE_AFTER, _CURRENCY_AFTER, _MEASURE_AFTER, _COUNTER_AFTER)
_VAGUE_UNITS = (_CURRENCY_AFTER, _MEASURE_AFTER, _COUNTER_AFTER)  # `수백억 원`, `수천 개`


def _read_unit(text: str, raw: _Raw, pos: int) -> int | None:
    """Read the unit after a number into `raw`; the end of the unit, or None when there is none."""
    vague = raw.kind == "vague"  # keeps its kind: `수천 개` is [1000, 10000) of 개
    patterns = _BARE_UNITS if raw.kind == "bare" else _VAGUE_UNITS if vague else ()
    for pattern in patterns:
        match = pattern.match(text, pos)
        if not match:
            continue
        word = (match.group(match.lastgroup) if match.lastgroup else match.group(0)).strip()
        following = text[match.end(): match.end() + 1]
        if pattern in (_CURRENCY_AFTER, _COUNTER_AFTER, _MULTIPLE_AFTER) and unit_continues_word(word, following):
            continue  # `배터리`, `대비`, `원칙`
        if pattern is _CURRENCY_AFTER and word.isascii() and following.isalpha():
            continue
        if pattern is _PERCENT_AFTER:
            raw.kind, raw.unit = ("pp", "pp") if match.group("pp") else ("percent", "percent")
        elif pattern is _MULTIPLE_AFTER:
            raw.kind, raw.unit = "multiple", "multiple"
        elif pattern is _CURRENCY_AFTER:
            code = CURRENCY_WORDS[word.lower()]
            if raw.unit and raw.unit != code:
                continue
            raw.kind, raw.unit = "money", code
            raw.currency_word = raw.currency_word or word
        elif pattern is _MEASURE_AFTER:
            factor, base = base_unit(MEASURES[word])
            raw.kind, raw.unit = "measure", base
            raw.numeral = Numeral(raw.numeral.value * factor, raw.numeral.step * factor, raw.numeral.lead_step * factor)
        else:
            raw.kind = "duration" if word in DURATIONS else "count"
            raw.unit, raw.counter = "count", word
        if vague:
            raw.kind = "vague" if raw.kind != "duration" else "duration"
        return match.end()
    return None


def parse_english_scaled(numeral: Numeral, scale: str) -> Numeral:
    factor = ENGLISH_SCALES[scale.lower()]
    return Numeral(numeral.value * factor, numeral.step * factor, numeral.lead_step * factor)


def _finish(raw: _Raw, text: str, approx_tolerance: float) -> Mention:
    numeral = raw.numeral
    kind = raw.kind
    if kind == "vague":
        lo = numeral.value / 10**0.5
        low, high, lo_open, hi_open = lo, lo * 10, False, True
        kind = "money" if raw.unit in _ISO else ("percent" if raw.unit == "percent" else "count")
        qualifier = "vague"
    elif kind == "majority":
        low, high, lo_open, hi_open = 0.5, 1.0, True, False
        kind, qualifier = "fraction", "majority"
    elif kind == "fraction":
        low = high = numeral.value
        lo_open = hi_open = False
        qualifier = None
    else:
        low, high, lo_open, hi_open = _interval(numeral, raw.qualifier, raw.yeo, approx_tolerance)
        qualifier = "여" if raw.yeo else _QUALIFIER_NAMES.get(raw.qualifier or "", raw.qualifier)
    unit = raw.unit or ("fraction" if kind == "fraction" else "count")
    quantity = Quantity(kind=kind, value=numeral.value, low=low, high=high, low_open=lo_open, high_open=hi_open, unit=unit,
                        qualifier=qualifier, counter=raw.counter, step=numeral.step)
    return Mention(start=raw.start, end=raw.end, text=text[raw.start:raw.end], quantity=quantity,
                                   written_currency=raw.currency_written)


_ISO = set(CURRENCY_WORDS.values()) | set(CURRENCY_PREFIXES.values())


def scan(text: str, *, language: str = "ko", masked: list[tuple[int, int]] = (), start: int = 0,
         approx_tolerance: float = 0.005, currencies: dict[str, str] | None = None,
         ) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Mentions in `text` (a normalized copy), and malformed numbers as (start, end, reason)."""
    raws: list[_Raw] = []
    malformed: list[tuple[int, int, str]] = []
    blocked = _Blocked(masked)
    for match in CORE_RE.finditer(text, start):
        if blocked.hits(match.start(), match.end()):
            continue
        core_text = match.group(0)
        core_end = match.start() + len(core_text.rstrip())
        try:
            numeral, kind = _core_numeral(match)
        except MalformedNumber as exc:
            malformed.append((match.start(), core_end, str(exc)))
            continue
        begin, currency, qualifier, currency_symbol = _read_before(text, match.start())
        raw = _Raw(start=begin, end=core_end, numeral=numeral, kind=kind, qualifier=qualifier)
        if currency:
            raw.unit, raw.currency_word = currency, currency_symbol
        _read_after(text, raw, language)
        if raw.qualifier is None:
            raw.qualifier = qualifier
        if currencies and raw.currency_word in currencies:
            raw.unit = currencies[raw.currency_word]  # a newsroom's `$` may be Hong Kong dollars
        raws.append(raw)
    _infer_parenthetical_currency(text, raws, language)
    raws = _join_ranges(text, raws, approx_tolerance)
    mentions = [m for m in raws if isinstance(m, Mention)]
    mentions = [m for m in mentions if _is_claim(m, text)]
    _mark_parentheticals(text, mentions)
    return mentions, malformed


_BARE_MYRIAD = re.compile(r"[만억조]")


def _infer_parenthetical_currency(text: str, raws: list[_Raw], language: str) -> None:
    """`1700억 달러(약 230조)`: an equivalent written without its currency is in the
    reader's currency. The currency is a guess, and the claim says so."""
    if language != "ko":
        return
    for head, raw in zip(raws, raws[1:]):
        if raw.kind != "bare" or head.kind not in ("money",) or head.unit == "KRW":
            continue
        between = text[head.end:raw.start]
        if _PAREN_OPEN.fullmatch(between) and _BARE_MYRIAD.search(text[raw.start:raw.end]):
            raw.kind, raw.unit, raw.currency_written = "money", "KRW", False


class _Blocked:
    """Spans (time expressions) that quantities must not overlap."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans)
        self._i = 0

    def hits(self, start: int, end: int) -> bool:
        while self._i < len(self._spans) and self._spans[self._i][1] <= start:
            self._i += 1
        return self._i < len(self._spans) and self._spans[self._i][0] < end


def _is_claim(mention: Mention, text: str) -> bool:
    q = mention.quantity
    if q.kind in ("duration", "bare"):
        return False
    if q.kind == "count" and q.counter is None and q.qualifier != "vague":
        return False
    return True


_RANGE_SEP = re.compile(r"\s?[~\-]\s?$")
_FROM_SEP = re.compile(r"\s?에서\s?$")
_BETWEEN_AFTER = re.compile(r"\s?(?:사이|까지)(?!\s?(?:늘|줄|증가|감소|상승|하락|오르|떨어|올라|내려))")


def _join_ranges(text: str, raws: list[_Raw], tol: float) -> list[Mention | _Raw]:
    """`15,000~16,000달러`, `$11만에서 $22만 사이`: two numbers, one interval."""
    out: list[Mention | _Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is not None and a.end <= b.start and _range_between(text, a, b) and _range_units_fit(a, b):
            if a.kind == "bare" or (a.kind == b.kind and a.unit == b.unit):
                out.append(_range_mention(text, a, b, tol))
                i += 2
                continue
        out.append(_finish(a, text, tol))
        i += 1
    return out


def _range_between(text: str, a: _Raw, b: _Raw) -> bool:
    between = text[a.end:b.start]
    if len(between) > 6:
        return False
    if _RANGE_SEP.fullmatch(between) or re.fullmatch(r"\s?[~\-]\s?", between):
        return True
    if re.fullmatch(r"\s?(?:에서|to|and)\s?", between):
        after = text[b.end: b.end + 12]
        if between.strip() == "에서":
            return bool(_BETWEEN_AFTER.match(after))
        lead = text[max(0, a.start - 24):a.start].rstrip().lower()
        # `between $1bn and $2bn`, `guided revenue of 700 billion won to 730 billion won`; not `from X to Y`.
        return bool(re.match(r"\s?(?:사이)", after)) or lead.endswith("between") or (
            between.strip() == "to" and re.search(r"\b(?:of|range|guided|guidance|at|forecast|expects?)$", lead) is not None)
    return False


def _range_units_fit(a: _Raw, b: _Raw) -> bool:
    if b.kind in ("bare", "duration"):
        return False
    return a.kind == "bare" or (a.kind == b.kind and a.unit == b.unit)


def _range_mention(text: str, a: _Raw, b: _Raw, tol: float) -> Mention:
    if a.kind == "bare":
        a.kind, a.unit, a.counter = b.kind, b.unit, b.counter
        if b.numeral.value >= 1000 * a.numeral.value and b.numeral.value > 0 and a.numeral.value < 1000:
            # `10-20 million`: the scale written once applies to both ends.
            factor = b.numeral.value / max(a.numeral.value, 1e-12)
            scale = 10 ** round(math.log10(factor)) if factor > 0 else 1
            a.numeral = Numeral(a.numeral.value * scale, a.numeral.step * scale, a.numeral.lead_step * scale)
    qual = b.qualifier if b.qualifier == "approx" else a.qualifier
    lo_a, hi_a, _, _ = _interval(a.numeral, qual if qual == "approx" else None, False, tol)
    lo_b, hi_b, _, _ = _interval(b.numeral, qual if qual == "approx" else None, False, tol)
    quantity = Quantity(
        kind="range", value=(a.numeral.value + b.numeral.value) / 2, low=lo_a, high=hi_b,
        unit=b.unit or "count", qualifier="approx" if qual == "approx" else None, counter=b.counter,
        ends=[(lo_a, hi_a), (lo_b, hi_b)], range_kind=b.kind,
    )
    return Mention(start=a.start, end=b.end, text=text[a.start:b.end], quantity=quantity)


_PAREN_OPEN = re.compile(r"\s?\(\s?(?:약|대략|미화|한화|우리\s?돈(?:으로)?|원화(?:로)?|about|around|approximately|or|roughly|some|US)?\s?$", re.I)
_PAREN_NEXT = re.compile(r"\s?[·,/;]\s?(?:약|about|or)?\s?$|\s?(?:or|또는)\s$")
# `한화로는 약 1조원에 달하는`, `우리 돈 약 …`, `equivalent to about 7 trillion won`: an equivalent outside parentheses.
_EQUIVALENT_BEFORE = re.compile(
    r"(?:한화로(?:는)?|한화\s?약|우리\s?돈(?:으로)?(?:는)?|원화로\s?(?:환산하면|환산\s?시|는)?|원화\s?환산\s?(?:시|액은?|으로)?"
    r"|in\s+won\s+terms,?|equivalent\s+to|the\s+equivalent\s+of)\s*(?:약|about|around|roughly|some|nearly)?\s*$",
    re.I,
)


def _mark_parentheticals(text: str, mentions: list[Mention]) -> None:
    """`600억 엔(4억 달러·5조 3100억원)`: both equivalents point at the head."""
    for i in range(1, len(mentions)):
        head = mentions[i - 1]
        current = mentions[i]
        between = text[head.end:current.start]
        # An equivalent restates an amount in another unit; `8월(2.0%)` is another month's rate.
        convertible = current.quantity.kind in ("money", "range") and head.quantity.kind in ("money", "range")
        if head.in_parens_of is not None and _PAREN_NEXT.fullmatch(between) and convertible:
            current.in_parens_of = head.in_parens_of
        elif convertible and (_PAREN_OPEN.fullmatch(between) or (between.endswith("(") and len(between) <= 8 and "(" not in between[:-1])):
            if ")" not in between:
                current.in_parens_of = i - 1
        elif current.quantity.kind in ("money", "range") and _EQUIVALENT_BEFORE.search(text[max(0, current.start - 24):current.start]):
            source = next((j for j in range(i - 1, -1, -1) if current.start - mentions[j].end < 160
                           and mentions[j].quantity.kind in ("money", "range") and mentions[j].in_parens_of is None
                           and mentions[j].quantity.unit != current.quantity.unit), None)
            if source is not None:
                current.in_parens_of = source
