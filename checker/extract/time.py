"""Time expressions, resolved against the article's publication date.

A resolved time is a `Period` value (checker/periods.py), built here through its constructors, which
refuse what the calendar does not have (a 31 April is no period); at the edges it is written `2024-H1`.
A `prior` reference (`전년 동기`, `a year earlier`) has no period of its own: the
linker resolves it against the period of the claim it qualifies.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from checker.extract.lang import every_language, link_alternations
from checker.models import TimeRef
from checker.periods import Period
from checker.regex_cache import compile_re

_MONTHS_EN = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS_EN.update({m[:3]: i for m, i in list(_MONTHS_EN.items())})
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Phrases for the same period a year earlier (`전년 동기`, `a year earlier`, `前年同期`): language data,
# every language's in one alternation (a document may quote another language's phrase).
_PRIOR = "|".join(dict.fromkeys(f for data in every_language() for f in data.prior_periods.words))
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)

# A span of time (`4년간`, `5년 3개월 만에`, `in 12 years`): the number and the unit, from every
# language's data; it dates nothing, so it is a time expression without a period.
_ELAPSED_UNITS = "|".join(dict.fromkeys(f"(?:{u})" for data in every_language() for u in data.elapsed_time.units))
_ELAPSED_WORDS = sorted(
    {w for data in every_language() for w in data.elapsed_time.number_words}, key=lambda w: (-len(w), w)
)  # longest first, and the same order in every process
_ELAPSED_NUMBER = "|".join([r"(?<![\d.,])\d{1,3}", *(rf"\b{w}" for w in _ELAPSED_WORDS)])
_ELAPSED = rf"(?:{_ELAPSED_NUMBER})\s?(?:{_ELAPSED_UNITS or '(?!)'})"

# Every alternative starts with one of these: testing it first skips most positions.
_PRIOR_FIRST = "".join(
    sorted({f[0] for data in every_language() for f in data.prior_periods.words if not f[0].isascii()})
)
_LATIN_FIRST = "aAtTlLhHqQfFsSjJmMnNoOdDyYiIbBwW"
_WORD_FIRST = "".join(sorted({c for w in _ELAPSED_WORDS for c in (w[0].lower(), w[0].upper())} - set(_LATIN_FIRST)))
_TIME_FIRST = "(?=[0-9" + _PRIOR_FIRST + _WORD_FIRST + "올금내이첫상하후직오어그" + _LATIN_FIRST + "])"

# the Korean time words end where no Korean letter goes on (`3월에`, not `3월물`)
_HANGUL = link_alternations("ko").script_letters
_TIME_ALTERNATIVES = rf"""(?:
    (?P<prior>{_PRIOR})
  | (?P<prior_m>전월(?:\s?대비)?|전달\s?대비|지난달\s?대비|a\s+month\s+(?:earlier|ago|before)|the\s+previous\s+month|month[- ]on[- ]month|\bmom\b)
  | (?P<prior_w>전\s?주(?:\s?대비|보다)|지난주\s?대비|a\s+week\s+(?:earlier|ago|before)|week[- ]on[- ]week|\bwow\b)
  | (?P<prior_q>전\s?분기|직전\s?분기|a\s+quarter\s+(?:earlier|ago|before)|the\s+previous\s+quarter|quarter[- ]on[- ]quarter|\bqoq\b)
  | (?P<rel>(?P<rel_y>지난해|작년|전년|올해|금년|내년|last\s+year'?s?|this\s+year'?s?|next\s+year'?s?)\s?(?:(?P<rel_half>상반기|하반기|(?P<rel_en_h>first|second)[- ]half)|(?P<rel_q>[1-4])\s?(?:·|/)?\s?(?:4\s?)?분기|(?P<rel_en_q>first|second|third|fourth)[- ]quarter|(?P<rel_m>\d{{1,2}})월))
  | (?P<cum>\b(?:the\s+)?first\s+(?P<cum_n>three|six|nine)\s+months|(?P<cum_ko>1\s?~\s?3\s?분기\s?누적|1\s?~\s?9월|3분기\s?누적|누적\s?\(1\s?~\s?3\s?분기\))|\bnine-month)
  | (?P<mq>(?:(?P<mq_y>\d{{4}})년\s?)?(?P<mq_a>1|4|7|10)\s?[~\-]\s?(?P<mq_b>3|6|9|12)월|\b(?P<mq_en>January|April|July|October)[-–](?:March|June|September|December)\s+quarter)
  | (?P<ymd>(?P<y1>\d{{4}})\s?(?:(?P<ymd_ko>년)|[.\-/])\s?(?P<m1>\d{{1,2}})\s?[월.\-/]\s?(?P<d1>\d{{1,2}})(?(ymd_ko)(?:일|(?!\s?[\d,.만억조경천백십%]))|일?))
  | (?P<yhalf>(?P<y2>\d{{4}})년?\s?(?:(?P<half2>상반기|하반기)|(?P<q2>[1-4])\s?(?:·|/)?\s?(?:4\s?)?분기))
  | (?P<ym>(?P<y3>\d{{4}})년\s?(?P<m3>\d{{1,2}})월)
  | (?P<range_y>(?P<ry1>\d{{4}})\s?[~\-]\s?(?P<ry2>\d{{4}})년)
  | (?P<since>(?P<y4>\d{{4}})년\s?(?:이후|부터|이래))
  | (?P<year>(?P<y5>(?:19|20)\d{{2}})년(?!대))
  | (?P<md>(?P<last_md>지난\s?)?(?P<m6>\d{{1,2}})월\s?(?P<d6>\d{{1,2}})일)
  | (?P<month>(?P<last_m>지난\s?|올해\s?|내년\s?)?(?P<m7>\d{{1,2}})월(?!{_HANGUL}{{0,1}}\d))
  | (?P<day>(?P<last_d>지난\s?)?(?P<d8>\d{{1,2}})일(?:\s?\d{{1,2}}시(?!{_HANGUL})|(?!{_HANGUL})|(?=에|은|는|부터|까지|께|자)))
  | (?P<quarter>(?P<q9>[1-4])\s?(?:·|/)\s?4\s?분기|(?P<q9b>[1-4])분기|(?P<q9c>[1-4])~[1-4]분기)
  | (?P<half>상반기|하반기|전반기|후반기|첫\s?6개월|첫\s?반기)
  | (?P<lastyear>지난해|작년|전년)
  | (?P<thisyear>올해|금년|올\s(?=상반기|하반기|1분기|2분기|3분기|4분기))
  | (?P<nextyear>내년)
  | (?P<thismonth>이달|이번\s?달|금월)
  | (?P<lastmonth>지난달|전월)
  | (?P<lastweek>지난주|지난\s주)
  | (?P<relday>(?<!{_HANGUL})(?:오늘|어제|그제|그저께)(?!{_HANGUL}{{2}})|\b(?:today|yesterday)\b)
  | (?P<en_half>\b(?P<enh>first|second)[- ]half(?:\s+of)?(?:\s+(?P<ehy>\d{{4}})|\s+(?P<ehr>last|this|next)\s+year\b)?|\bH(?P<enhn>[12])(?![\d])(?:\s+(?P<ehy2>\d{{4}})\b|'(?P<ehy3>\d{{2}})\b)?)
  | (?P<en_q>\b(?P<enq>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of)?(?:\s+(?P<eqy>\d{{4}})|\s+(?P<eqr>last|this|next)\s+year\b)?|\bQ(?P<enqn>[1-4])(?![\d])(?:\s+(?P<eqy2>\d{{4}})\b|'(?P<eqy3>\d{{2}})\b)?)
  | (?P<en_md>\b(?P<enm>{_EN_MONTH})(?:\s+(?P<end>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<eny>\d{{4}})|\s+(?:of\s+)?(?P<enr>last|this|next)\s+year)?\b)
  | (?P<en_lastyear>\blast\s+year\b)
  | (?P<en_thisyear>\bthis\s+year\b)
  | (?P<en_year>\b(?:in|since|for|of|during|by|fiscal(?:\s+year)?)\s+(?P<eyy>(?:19|20)\d{{2}})\b)
  | (?P<elapsed>{_ELAPSED})
    )"""  # noqa: E501 — the time grammar is one verbose expression, an alternative a line (read as a table)


@functools.cache
def _plain_time_re() -> re.Pattern[str]:
    """The plain expression: every alternative tried wherever a first character fits. Compiled only
    when asked for (`TIME_RE_PLAIN`, or no fast start below): compiling it costs a cold run 11 ms."""
    return compile_re(_TIME_FIRST + _TIME_ALTERNATIVES, re.X | re.I)


def __getattr__(name: str):
    if name == "TIME_RE_PLAIN":  # the tests compare the fast start's matches with the plain expression's
        return _plain_time_re()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fast_start() -> str | None:
    """A stricter test of where a time expression can start, so the alternatives are tried at far
    fewer places (`12%`, `245억`, `전망`, the middle of a word are skipped at once). It only rules out
    places where no alternative can match, so the matches are the plain expression's; None when the
    language data holds a phrase this test does not know how to start (the plain expression is used)."""
    # After its leading digits (at most six: `2024` `1` `4` in `202414분기`), every alternative that
    # starts with a digit goes on with a space or one of these (`snrt`: `1st quarter`, `2nd`, `3rd`, `4th`).
    after_digits = set("년월일분~./·상하snrt")
    for unit in (u for data in every_language() for u in data.elapsed_time.units):
        if not unit[:1].isalpha():
            return None
        after_digits.add(unit[0])
    # Latin letters: an alternative written after `\b` starts a word; these start anywhere
    # (`a year earlier`, `this year's`, `month-on-month`).
    latin_anywhere = ["a\\s", "the\\s", "last\\s", "this\\s", "next\\s", "month[- ]", "week[- ]", "quarter[- ]"]
    # The words the grammar's other letters start (`전년`, `전 분기`, `지난달`, `올 상반기`, `이번 달`).
    words = [
        "전(?:\\s?[주분]|[년월달반])",
        "지난",
        "작년",
        "직전",
        "올(?:해|\\s)",
        "금[년월]",
        "내년",
        "[상하후]반",
        "첫",
        "이[달번]",
        "오늘",
        "어제",
        "그[제저]",
    ]
    for phrase in (f for data in every_language() for f in data.prior_periods.words):
        first = phrase[:1]
        if first.isdigit():
            rest = phrase.lstrip("0123456789")
            if not rest[:1].isalpha():
                return None
            after_digits.add(rest[0])
            continue
        # `(?:전년|작년)…`: each word of the group
        starts = phrase[3 : phrase.find(")")].split("|") if phrase.startswith("(?:") else [phrase]
        for start in starts:
            prefix = _literal_prefix(start)
            if not prefix or prefix[0].isdigit():
                return None
            (latin_anywhere if prefix[0].isascii() else words).append(prefix)
    digits = re.escape("".join(sorted(after_digits)))
    latin = "".join(c for c in _LATIN_FIRST + _WORD_FIRST if c.isascii())
    counted = "".join(c for c in _WORD_FIRST if not c.isascii())  # number words of a span (`\b` before)
    if counted:
        words.append(f"[{counted}]")
    anywhere = "|".join(dict.fromkeys(latin_anywhere))
    # (after the plain first-character test, which rejects most places at once and keeps the
    # matches within the plain expression's)
    return _TIME_FIRST + (
        rf"(?=[0-9]\d{{0,5}}(?:\s|[\-{digits}])|\b[{latin}]|(?:{anywhere})"
        rf"|(?:{'|'.join(dict.fromkeys(words))}))"
    )


def _literal_prefix(phrase: str) -> str:
    """The start of a phrase's expression that every match begins with: letters and `\\s`, up to the
    first group, class or other operator (an atom made optional by `?`, `*` or `{` is dropped)."""
    out: list[str] = []
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        if ch == "\\" and phrase[i + 1 : i + 2] == "s":
            out.append("\\s")
            i += 2
        elif ch.isalnum():
            out.append(ch)
            i += 1
        else:
            if ch in "?*{" and out:
                out.pop()
            break
    return "".join(out)


_FAST_START = _fast_start()
# What `find_times` runs: the plain expression with the stricter start (the same matches).
TIME_RE = compile_re(_FAST_START + _TIME_ALTERNATIVES, re.X | re.I) if _FAST_START else _plain_time_re()


def _recent_month(month: int, published: dt.date, last: bool) -> int:
    """The year of a month named without one: the latest such month not after publication
    (a month just ahead of publication is an announced plan, in the same year)."""
    if last:
        return published.year if month < published.month else published.year - 1
    if month <= published.month + 1:
        return published.year
    return published.year - 1


_WEEKDAY = re.compile(r"\s?\(?([월화수목금토일])(?:요일)?\)?")
_WEEKDAYS = "월화수목금토일"


def _weekday_after(text: str, end: int) -> int | None:
    match = _WEEKDAY.match(text, end)
    if not match or (match.group(0).strip()[:1] not in "(" and "요일" not in match.group(0)):
        return None
    return _WEEKDAYS.index(match.group(1))


def _recent_day(day: int, published: dt.date, weekday: int | None = None) -> Period | None:
    """A day of the month named alone: this month's unless it lies ahead, then last month's.
    A weekday written beside it (`19일(화)`) decides between the two instead."""
    this_month = _safe_date(published.year, published.month, day)
    last = published.replace(day=1) - dt.timedelta(days=1)
    last_month = _safe_date(last.year, last.month, day)
    nxt = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    next_month = _safe_date(nxt.year, nxt.month, day)
    if weekday is not None:
        for candidate in (this_month, last_month, next_month):
            if candidate and candidate.weekday() == weekday:
                return Period.of_date(candidate)
    chosen = this_month if this_month and day <= published.day + 1 else last_month
    return Period.of_date(chosen) if chosen else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return 2000 + year if year < 100 else year


def resolve(match: re.Match[str], published: dt.date | None) -> TimeRef | None:
    kind = match.lastgroup
    g = match.group
    text = match.group(0)
    year = published.year if published else None

    def ref(period: Period | None, role: str = "point", explicit: bool = False) -> TimeRef:
        return TimeRef(
            start=match.start(), end=match.end(), text=text, period=period, role=role, explicit_year=explicit
        )

    if kind == "prior":
        return ref(None, "prior")
    if kind in ("prior_m", "prior_q", "prior_w"):
        prior = ref(None, "prior")
        prior.shift = {"prior_m": "month", "prior_q": "quarter", "prior_w": "week"}[kind]
        return prior
    if kind == "rel":
        if year is None:
            return ref(None)
        word = g("rel_y").lower()
        if word.startswith(("지난해", "작년", "전년", "last")):
            shift = -1
        else:
            shift = 1 if word.startswith(("내년", "next")) else 0
        y = year + shift
        if g("rel_half"):
            first = g("rel_half") == "상반기" or (g("rel_en_h") or "").lower() == "first"
            return ref(Period.of_half(y, 1 if first else 2))
        if g("rel_q") or g("rel_en_q"):
            return ref(Period.of_quarter(y, int(g("rel_q") or _ORDINAL_EN[g("rel_en_q").lower()])))
        month = int(g("rel_m"))
        return ref(Period.of_month(y, month)) if 1 <= month <= 12 else None
    if kind == "cum":
        months = {"three": 3, "six": 6, "nine": 9}.get((g("cum_n") or "").lower(), 9)
        return ref(Period.year_to(year, months) if year else None)
    if kind == "mq":
        quarters_en = {"january": 1, "april": 4, "july": 7, "october": 10}
        first = int(g("mq_a")) if g("mq_a") else quarters_en[g("mq_en").lower()]
        last = int(g("mq_b")) if g("mq_b") else first + 2
        if last != first + 2:
            return ref(None, "relative")
        if g("mq_y"):
            y = int(g("mq_y"))
        else:
            y = published.year if published and first <= published.month else (year - 1 if year else None)
        return ref(Period.of_quarter(y, (first + 2) // 3) if y else None, explicit=bool(g("mq_y")))
    if kind == "ymd":
        month, day = int(g("m1")), int(g("d1"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return ref(Period.of_day(int(g("y1")), month, day), explicit=True)
    if kind == "yhalf":
        if g("half2"):
            return ref(Period.of_half(int(g("y2")), 1 if g("half2") == "상반기" else 2), explicit=True)
        return ref(Period.of_quarter(int(g("y2")), int(g("q2"))), explicit=True)
    if kind == "ym":
        month = int(g("m3"))
        return ref(Period.of_month(int(g("y3")), month), explicit=True) if 1 <= month <= 12 else None
    if kind == "range_y":
        return ref(None, "relative")
    if kind == "since":
        return ref(None, "relative")
    if kind == "elapsed":
        return ref(None, "relative")
    if kind in ("year", "en_year"):
        return ref(Period.of_year(int(g("y5") or g("eyy"))), explicit=True)
    if kind == "md":
        month, day = int(g("m6")), int(g("d6"))
        if not (1 <= month <= 12 and 1 <= day <= 31) or year is None:
            return ref(None)
        y = _recent_month(month, published, bool(g("last_md")))
        weekday = _weekday_after(match.string, match.end())
        if weekday is not None and not g("last_md"):
            # `2월 18일 월요일`: the year whose date falls on that weekday, near publication.
            y = next(
                (
                    c
                    for c in (y, y + 1, y - 1)
                    if _safe_date(c, month, day) and dt.date(c, month, day).weekday() == weekday
                ),
                y,
            )
        return ref(Period.of_day(y, month, day))
    if kind == "month":
        month = int(g("m7"))
        if not 1 <= month <= 12:
            return None
        if year is None:
            return ref(None)
        prefix = (g("last_m") or "").strip()
        if prefix == "올해":
            y = year
        elif prefix == "내년":
            y = year + 1
        else:
            y = _recent_month(month, published, prefix == "지난")
        return ref(Period.of_month(y, month))
    if kind == "day":
        day = int(g("d8"))
        if not 1 <= day <= 31:
            return None
        return ref(_recent_day(day, published, _weekday_after(match.string, match.end())) if published else None)
    if kind == "quarter":
        q = g("q9") or g("q9b")
        if g("q9c"):
            return ref(None, "relative")
        return ref(Period.of_quarter(year, int(q)) if year else None)
    if kind == "half":
        half = 2 if text.startswith(("하반기", "후반기")) else 1
        return ref(Period.of_half(year, half) if year else None)
    if kind in ("lastyear", "en_lastyear"):
        return ref(Period.of_year(year - 1) if year else None, "relative")
    if kind in ("thisyear", "en_thisyear"):
        return ref(Period.of_year(year) if year else None, "relative")
    if kind == "nextyear":
        return ref(Period.of_year(year + 1) if year else None, "relative")
    if kind == "thismonth":
        return ref(Period.of_month(year, published.month) if published else None)
    if kind == "lastmonth":
        if not published:
            return ref(None)
        last = published.replace(day=1) - dt.timedelta(days=1)
        return ref(Period.of_month(last.year, last.month))
    if kind == "lastweek":
        return ref(None, "relative")
    if kind == "relday":
        # `어제 1500명 … 오늘 300명`: a day named relative to publication (a day, so never a flow's period).
        back = {"오늘": 0, "today": 0, "어제": 1, "yesterday": 1, "그제": 2, "그저께": 2}[text.lower()]
        day = published - dt.timedelta(days=back) if published else None
        return ref(Period.of_date(day) if day else None, "relative")
    if kind == "en_half":
        half = 1 if (g("enh") or "").lower() == "first" or g("enhn") == "1" else 2
        written = g("ehy") or g("ehy2") or g("ehy3")
        y = _two_digit_year(written) or _relative_year(g("ehr"), year)
        return ref(Period.of_half(y, half) if y else None, explicit=bool(written))
    if kind == "en_q":
        q = _ORDINAL_EN.get((g("enq") or "").lower()) or int(g("enqn"))
        written = g("eqy") or g("eqy2") or g("eqy3")
        y = _two_digit_year(written) or _relative_year(g("eqr"), year)
        return ref(Period.of_quarter(y, q) if y else None, explicit=bool(written))
    if kind == "en_md":
        word = g("enm").rstrip(".").lower()
        if word == "may" and not (g("end") or g("eny")) and _may_is_verb(match):
            return None
        month = _MONTHS_EN.get(word) or _MONTHS_EN.get(word[:3])
        if g("eny"):
            y = int(g("eny"))
        elif g("enr") and published:
            y = _relative_year(g("enr"), year)  # `September last year`: that year's, not the latest September
        elif published:
            y = _recent_month(month, published, False)
        else:
            return ref(None)
        if g("end"):
            return ref(Period.of_day(y, month, int(g("end"))), explicit=bool(g("eny")))
        return ref(Period.of_month(y, month), explicit=bool(g("eny")))
    return None


def _relative_year(word: str | None, year: int | None) -> int | None:
    """The year `last year`, `this year`, `next year` names after a month, quarter or half."""
    if year is None or not word:
        return year
    return year + {"last": -1, "this": 0, "next": 1}[word.lower()]


def _may_is_verb(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 4) : match.start()]
    return match.group("enm")[0] == "m" or not before.rstrip().lower().endswith(("in", "since", "of", "by"))


# `25일 밝혔다`, `13일 공시했다`, `said on Thursday`: when it was reported, not when it happened.
_DATELINE_AFTER = re.compile(r"\s?(?:\(현지\s?시간\)\s?)?(?:밝혔|공시했|발표했|보도했|전했|말했)")


def find_times(text: str, published: dt.date | None, start: int = 0) -> list[TimeRef]:
    refs = []
    for match in TIME_RE.finditer(text, start):
        ref = resolve(match, published)
        if ref is None:
            continue
        if match.lastgroup in ("day", "md") and _DATELINE_AFTER.match(text, match.end()):
            ref.role = "dateline"
        refs.append(ref)
    return refs
