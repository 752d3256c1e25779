"""Time expressions, resolved against the article's publication date.

A resolved time is a `Period` value (checker/periods.py), built here through its constructors, which
refuse what the calendar does not have (a 31 April is no period); at the edges it is written `2024-H1`.
A `prior` reference (`전년 동기`, `a year earlier`) has no period of its own: the
linker resolves it against the period of the claim it qualifies.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import NamedTuple

from checker.extract.lang import NEVER, every_language, link_alternations
from checker.models import TimeRef
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re, first_test
from checker.regex_needs import may_match

# Phrases for the same period a year earlier (`전년 동기`, `a year earlier`, `前年同期`): language data,
# every language's in one alternation (a document may quote another language's phrase).
_PRIOR = "|".join(dict.fromkeys(f for data in every_language() for f in data.prior_periods.words))

# A span of time (`4년간`, `5년 3개월 만에`, `in 12 years`): the number and the unit, from every
# language's data; it dates nothing, so it is a time expression without a period.
_ELAPSED_UNITS = "|".join(dict.fromkeys(f"(?:{u})" for data in every_language() for u in data.elapsed_time.units))
_ELAPSED_WORDS = sorted(
    {w for data in every_language() for w in data.elapsed_time.number_words}, key=lambda w: (-len(w), w)
)  # longest first, and the same order in every process
# (`twenty-two years`: a ten joined to a unit by a hyphen or a space is one number, read whole; a unit word right
# after a hyphen is never a number of its own)
_ELAPSED_COMPOUNDS = sorted(
    {
        rf"{ten}[-\s](?:{'|'.join(units)})"
        for data in every_language()
        for ten in data.number_words.tens
        for units in [[u for u, v in data.number_words.words.items() if 1 <= v <= 9 and " " not in u]]
        if units
    }
)
_ELAPSED_NUMBER = "|".join(
    [r"(?<![\d.,])\d{1,3}", *(rf"(?<![\w-]){w}" for w in [*_ELAPSED_COMPOUNDS, *_ELAPSED_WORDS])]
)
_ELAPSED = rf"(?:{_ELAPSED_NUMBER})\s?(?:{_ELAPSED_UNITS or '(?!)'})"

# The time grammar's words (`[time]` in rules/lang/*.toml), every language's in each slot: a document
# may quote another language's date. A language that writes words apart (`word_bounds`) reads its words
# alone between word boundaries and writes a year after them; the others write date suffixes after the
# digits (`2024년 3월`) and end a word where their script's letters do not go on.
_TIMES = [(data.language, data.time) for data in every_language()]


def _words(field: str, bounds: bool | None = None) -> list[str]:
    """One meaning's words in every language (or only in those with, or without, word bounds)."""
    return [w for _, t in _TIMES if bounds is None or t.word_bounds == bounds for w in getattr(t, field)]


def _alt(words: list[str]) -> str:
    return "|".join(dict.fromkeys(words)) or NEVER


def _number_of(*fields: str) -> dict[str, int]:
    """A word (in small letters) → its number, from maps of every language (`third` → 3, `어제` → 1)."""
    return {w.lower(): n for _, t in _TIMES for field in fields for w, n in getattr(t, field).items()}


def _alone(field: str, bounds: bool | None = None) -> str:
    """A meaning's words where they stand alone: between word boundaries in a language that writes words
    apart, else as written."""
    words = [
        rf"\b(?:{w})\b" if t.word_bounds else w
        for _, t in _TIMES
        if bounds is None or t.word_bounds == bounds
        for w in getattr(t, field)
    ]
    return _alt(words)


def _script(code: str) -> str:
    return link_alternations(code).script_letters


# the letters of the languages that write date suffixes: their time words end where none goes on
# (`3일 밝혔다`, `3일에`; not `3일간`)
_SUFFIXED = [code for code, t in _TIMES if t.year_suffix]
_LETTERS = _alt([f"(?:{_script(code)})" for code in _SUFFIXED])
# a number's own words after a date's digits (`3월 5만`: not a day)
_NUMERALS = "".join(
    dict.fromkeys(
        w
        for data in every_language()
        if data.language in _SUFFIXED
        for w in (*data.myriads.words, *data.small_units.words)
        if len(w) == 1 and re.fullmatch(f"[{data.letters}]", w)
    )
)


def _year_words(field: str) -> str:
    """A year's words before a half, a quarter or a month, each with its language's possessive
    (`last year's third quarter`)."""
    return _alt(
        [
            f"(?:{w})(?:{_alt(t.year_possessive)})" if t.year_possessive else w
            for _, t in _TIMES
            for w in getattr(t, field)
        ]
    )


def _year_named(prefix: str) -> str:
    """A year named from publication after a month, a quarter or a half (`September last year`,
    `the first half of next year`), in the languages that write words apart; its groups (`_m1`, `_p0`,
    `_p1`) give the year's offset."""
    return (
        f"(?:(?P<{prefix}_m1>{_alone('last_year', True)})|(?P<{prefix}_p0>{_alone('this_year', True)})"
        f"|(?P<{prefix}_p1>{_alone('next_year', True)}))"
    )


def _relative_days() -> str:
    """A day named from publication (`어제`, `yesterday`), each language's words ending as its words do."""
    alternatives = []
    for code, t in _TIMES:
        if t.days_back:
            words = _alt(list(t.days_back))
            script = _script(code)
            alternatives.append(rf"\b(?:{words})\b" if t.word_bounds else rf"(?<!{script})(?:{words})(?!{script}{{2}})")
    return _alt(alternatives)


_YS, _MS, _DS = _alt(_words("year_suffix")), _alt(_words("month_suffix")), _alt(_words("day_suffix"))
_QD, _QO, _OF = _alt(_words("quarter_after_digit")), _alt(_words("quarter_after_ordinal")), _alt(_words("year_of"))
_FIRST_HALF, _SECOND_HALF = _alt(_words("first_half")), _alt(_words("second_half"))
_FIRST_HALF_AFTER_DIGITS, _SECOND_HALF_AFTER_DIGITS = (
    _alt(_words("first_half", False)),
    _alt(_words("second_half", False)),
)
_ORDINALS = _number_of("ordinals")
_ORDINAL_NUMERALS = _number_of("ordinal_numerals")
_MONTH_NUMBERS = _number_of("months", "month_abbreviations")
_QUARTER_FIRST = [m for _, t in _TIMES for m, n in t.months.items() if n % 3 == 1]
_QUARTER_LAST = [m for _, t in _TIMES for m, n in t.months.items() if n % 3 == 0]
_DAY_ENDINGS = dict.fromkeys(w.lstrip("0123456789") for w in _ORDINAL_NUMERALS)  # `3rd` → `rd`
_RELATIVE_DAYS = _relative_days()
_MONTHS = [m for _, t in _TIMES for m in (*t.months, *t.month_abbreviations)]

# `2021년 3분기까지`: through the quarter, the year from January to its end (`year_through_after`)
_THROUGH = rf"\s?(?:{_alt(_words('year_through_after'))})"
# `2분기부터 3분기까지`: a span's start right before a year-to-date phrase (`since_after`)
_SPAN_START_BEFORE = compile_exact(rf"(?:{_alt(_words('since_after'))})\s?$")

# (`next year` alone is read only in a language that does not write words apart, as the grammar read it
# before its words were data: English `next year` alone is left unread)
_TIME_ALTERNATIVES = rf"""(?:
    (?P<prior>{_PRIOR})
  | (?P<prior_m>{_alt(_words("prior_month"))})
  | (?P<prior_w>{_alt(_words("prior_week"))})
  | (?P<prior_q>{_alt(_words("prior_quarter"))})
  | (?P<rel>(?P<rel_y>(?P<rel_last>{_year_words("last_year")})|(?P<rel_this>{_year_words("this_year")})|(?P<rel_next>{_year_words("next_year")}))\s?(?:(?P<rel_half>(?P<rel_h1>{_FIRST_HALF})|{_SECOND_HALF})|1\s?~\s?(?P<rel_qt>[1-4])(?:{_QD})|(?P<rel_q>[1-4])\s?(?:·|/)?\s?(?:4\s?)?(?:{_QD})(?P<rel_thru>{_THROUGH})?|(?P<rel_en_q>{_alt(list(_ORDINALS))})[- ](?:{_QO})|(?P<rel_m>\d{{1,2}})(?:{_MS})(?:\s?(?P<rel_d>\d{{1,2}})(?:{_DS}))?))
  | (?P<cum>{_alt(_words("year_to_date"))})
  | (?P<mq>(?:(?P<mq_y>\d{{4}})(?:{_YS})\s?)?(?P<mq_a>1|4|7|10)\s?[~\-]\s?(?P<mq_b>3|6|9|12)(?:{_MS})|\b(?P<mq_en>{_alt(_QUARTER_FIRST)})[-–](?:{_alt(_QUARTER_LAST)})\s+(?:{_QO}))
  | (?P<ymd>(?P<y1>\d{{4}})\s?(?:(?P<ymd_suffix>{_YS})|[.\-/])\s?(?P<m1>\d{{1,2}})\s?(?:{_MS}|[.\-/])\s?(?P<d1>\d{{1,2}})(?(ymd_suffix)(?:{_DS}|(?!\s?[\d,.{_NUMERALS}%]))|(?:{_DS})?))
  | (?P<yhalf>(?P<y2>\d{{4}})(?:{_YS})?\s?(?:(?P<half2>(?P<half2_1>{_FIRST_HALF_AFTER_DIGITS})|{_SECOND_HALF_AFTER_DIGITS})|1\s?~\s?(?P<q2t>[1-4])(?:{_QD})|(?P<q2>[1-4])\s?(?:·|/)?\s?(?:4\s?)?(?:{_QD})(?P<thru2>{_THROUGH})?))
  | (?P<ym>(?P<y3>\d{{4}})(?:{_YS})\s?(?P<m3>\d{{1,2}})(?:{_MS}))
  | (?P<range_y>(?P<ry1>\d{{4}})\s?[~\-]\s?(?P<ry2>\d{{4}})(?:{_YS}))
  | (?P<since>(?P<y4>\d{{4}})(?:{_YS})\s?(?:{_alt(_words("since_after"))}))
  | (?P<year>(?P<y5>(?:1[89]|20)\d{{2}})(?:{_YS})(?!{_alt(_words("decade_suffix"))}))
  | (?P<md>(?P<last_md>(?:{_alt(_words("last"))})\s?)?(?P<m6>\d{{1,2}})(?:{_MS})\s?(?P<d6>\d{{1,2}})(?:{_DS}))
  | (?P<month>(?:(?P<last_m>(?:{_alt(_words("last"))})\s?)|(?P<this_m>(?:{_alt(_words("this_year"))})\s?)|(?P<next_m>(?:{_alt(_words("next_year"))})\s?))?(?P<m7>\d{{1,2}})(?:{_MS})(?!(?:{_LETTERS}){{0,1}}\d))
  | (?P<elapsed>{_ELAPSED})
  | (?P<day>(?:(?P<this_md>(?:{_alt(_words("this_month"))})\s?)|(?P<last_md2>(?:{_alt(_words("last_month"))})\s?)|(?P<next_md>(?:{_alt(_words("next_month"))})\s?)|(?P<last_d>(?:{_alt(_words("last"))})\s?))?(?P<d8>\d{{1,2}})(?:{_DS})(?:\s?\d{{1,2}}(?:{_alt(_words("hour_suffix"))})(?!{_LETTERS})|(?!{_LETTERS})|(?=(?:{_alt(_words("day_particles"))}))))
  | (?P<quarter>(?P<q9>[1-4])\s?(?:·|/)\s?4\s?(?:{_QD})|(?P<q9b>[1-4])(?:{_QD})|(?P<q9c>[1-4])\s?~\s?(?P<q9t>[1-4])(?:{_QD}))
  | (?P<half>(?P<half_1>{_alt(_words("first_half", False) + _words("first_half_alone"))})|{_alt(_words("second_half", False) + _words("second_half_alone"))})
  | (?P<lastyear>{_alone("last_year")})
  | (?P<thisyear>{_alone("this_year")}|(?:{_alt(_words("this_year_short"))})\s(?={_FIRST_HALF_AFTER_DIGITS}|{_SECOND_HALF_AFTER_DIGITS}|[1-4](?:{_QD})))
  | (?P<nextyear>{_alone("next_year", False)})
  | (?P<thismonth>{_alt(_words("this_month"))})
  | (?P<lastmonth>{_alt(_words("last_month"))})
  | (?P<nextmonth>{_alt(_words("next_month"))})
  | (?P<lastweek>{_alt(_words("last_week"))})
  | (?P<relday>{_RELATIVE_DAYS})
  | (?P<en_half>\b(?:(?P<enh1>{_alt(_words("first_half", True))})|{_alt(_words("second_half", True))})(?:\s+(?:{_OF}))?(?:\s+(?P<ehy>\d{{4}})|\s+{_year_named("eh")})?|\b(?:{_alt(_words("half_letter"))})(?P<enhn>[12])(?![\d])(?:\s+(?P<ehy2>\d{{4}})\b|'(?P<ehy3>\d{{2}})\b)?)
  | (?P<en_q>\b(?P<enq>{_alt([*_ORDINALS, *_ORDINAL_NUMERALS])})[- ](?:{_QO})(?:\s+(?:{_OF}))?(?:\s+(?P<eqy>\d{{4}})|\s+{_year_named("eq")})?|\b(?:{_alt(_words("quarter_letter"))})(?P<enqn>[1-4])(?![\d])(?:\s+(?P<eqy2>\d{{4}})\b|'(?P<eqy3>\d{{2}})\b)?)
  | (?P<en_md>(?:\b(?P<edf>\d{{1,2}})(?:{_alt(list(_DAY_ENDINGS))})?\s+)?\b(?P<enm>(?:{_alt(_MONTHS)})\.?)(?:\s+(?P<end>\d{{1,2}})(?:{_alt(list(_DAY_ENDINGS))})?)?(?:,?\s+(?P<eny>\d{{4}})|\s+(?:(?:{_OF})\s+)?{_year_named("en")})?\b)
  | (?P<en_year>\b(?:{_alt(_words("year_prepositions"))})\s+(?P<eyy>(?:19|20)\d{{2}}|1[5-8]\d{{2}}(?!\s+[^\W\d_]{{3,}}s\b))\b)
    )"""  # noqa: E501 — the time grammar is one verbose expression, an alternative a line (read as a table)


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


def _group_starts(fragment: str) -> list[str] | None:
    """The literal starts of a fragment's matches (`\\b` dropped, a leading group's words each, a group
    made optional adding what follows it); None when one cannot be told."""
    if fragment.startswith("\\b"):
        return _group_starts(fragment[2:])
    if not fragment.startswith("(?:"):
        prefix = _literal_prefix(fragment)
        return [prefix] if prefix else None
    depth, close, i = 0, -1, 0
    while i < len(fragment) and close < 0:
        ch = fragment[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            close = i
        i += 2 if ch == "\\" else 1
    inner = fragment[3:close]
    if close < 0 or any(c in inner for c in "()["):
        return None
    starts = [p for word in inner.split("|") for p in (_literal_prefix(word),)]
    if not all(starts):
        return None
    if fragment[close + 1 : close + 2] == "?":
        rest = _group_starts(fragment[close + 2 :])
        return None if rest is None else starts + rest
    return starts


# Fields whose words start an alternative as written (`last year's third quarter`, `a month earlier`); the
# other fields' words in a language that writes words apart start one after `\b` (a word's start).
_STARTS_ANYWHERE = (
    "last_year",
    "this_year",
    "next_year",
    "this_year_short",
    "prior_month",
    "prior_week",
    "prior_quarter",
    "year_to_date",
    "last",
    "this_month",
    "last_month",
    "next_month",
    "last_week",
    "days_back",
    "first_half_alone",
    "second_half_alone",
)
_STARTS_AFTER_BOUND = (
    "first_half",
    "second_half",
    "half_letter",
    "quarter_letter",
    "ordinals",
    "months",
    "month_abbreviations",
    "year_prepositions",
)
# after digits: the suffixes and words written right after a number (`2024년`, `3분기`, `2024상반기`)
_AFTER_DIGITS = ("year_suffix", "month_suffix", "day_suffix", "quarter_after_digit", "first_half", "second_half")


def _start_words() -> tuple[list[str], list[str], set[str]] | None:
    """Where a time expression can start: (the literal starts of words that start one anywhere, those
    that start one only at a word's start, the characters that may follow its leading digits); None
    when the language data holds a word whose start cannot be told (the plain expression is used)."""
    anywhere: list[str] = []
    bounded: list[str] = []
    # the separators of a date (`1~3월`, `1·4분기`, `2024/3/5`); a point only after a year's four digits
    # (`2024.3.5`: `_fast_start`), not after every figure's whole part (`87.8`, `12.5%`)
    after_digits = set("~/·")
    after_digits.update(ending[:1] for ending in _DAY_ENDINGS if ending)
    phrases = [f for data in every_language() for f in data.prior_periods.words]
    for _, t in _TIMES:
        phrases += [w for field in _STARTS_ANYWHERE for w in getattr(t, field)]
        if not t.word_bounds:
            phrases += [w for field in _STARTS_AFTER_BOUND for w in getattr(t, field)]
        else:
            bounded += [w for field in _STARTS_AFTER_BOUND for w in getattr(t, field)]
        after_digits.update(w[:1] for field in _AFTER_DIGITS if not t.word_bounds for w in getattr(t, field))
    after_digits.update(u[:1] for data in every_language() for u in data.elapsed_time.units)
    for phrase in phrases:
        if phrase[:1].isdigit():
            rest = phrase.lstrip("0123456789").removeprefix("\\s?")
            if not (rest[:1].isalpha() or rest[:1] in after_digits):
                return None
            after_digits.add(rest[0])
            continue
        if phrase.startswith("\\b"):  # a word's start: its first letter is enough
            bounded.append(phrase)
            continue
        starts = _group_starts(phrase)
        if starts is None or any(s[0].isdigit() for s in starts):
            return None
        anywhere += starts
    bounded_letters = []
    for word in bounded:
        starts = _group_starts(word)
        if starts is None or any(s[0].isdigit() for s in starts):
            return None
        bounded_letters += [s[0] for s in starts if s[0].isascii()]
        anywhere += [s for s in starts if not s[0].isascii()]  # (no `\\b` before a letter of no Latin word)
    return anywhere, bounded_letters, after_digits


_STARTS = _start_words()


def _first_characters() -> str:
    """Every character a time expression can start with (a cheap first test): digits, the first letters
    of the words (both cases: the grammar ignores case) and of the number words of a span."""
    firsts = set("0123456789")
    if _STARTS is not None:
        anywhere, bounded, _ = _STARTS
        firsts.update(w[0] for w in [*anywhere, *bounded])
    else:  # (every word of every field: the plain expression's first test must hold them all)
        for _, t in _TIMES:
            for field in type(t).model_fields:
                value = getattr(t, field)
                if isinstance(value, (list, dict)) and field not in ("match", "no_match"):
                    firsts.update((w[2:] if w.startswith("\\b") else w)[:1] for w in value)
        firsts.update(f[:1] for data in every_language() for f in data.prior_periods.words)
    firsts.update(w[0] for w in _ELAPSED_WORDS)
    firsts |= {c.swapcase() for c in firsts}
    return "".join(sorted(c for c in firsts if c and c != "\\"))


_TIME_FIRST = "(?=[" + re.escape(_first_characters()) + "])"


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
    language data holds a word this test does not know how to start (the plain expression is used)."""
    if _STARTS is None:
        return None
    anywhere, bounded, after_digits = _STARTS
    # After its leading digits (at most six: `2024` `1` `4` in `202414분기`), every alternative that
    # starts with a digit goes on with a space or one of these.
    digits = re.escape("".join(sorted(after_digits)))
    latin = "".join(sorted({c for c in [*bounded, *(w[0] for w in _ELAPSED_WORDS)] if c.isascii()}))
    counted = "".join(sorted({w[0] for w in _ELAPSED_WORDS if not w[0].isascii()}))  # `\b` before
    words = list(dict.fromkeys(anywhere))
    word_starts = f"(?:{'|'.join(words)})"
    # (a number word of a span starts only at a word's start, as the grammar writes it: `\b다섯`; the test
    # without the `\b` let the engine try every alternative at each `다` ending a verb in a line of amounts)
    counted_start = rf"|\b[{counted}]" if counted else ""
    # (after the plain first-character test, which rejects most places at once and keeps the
    # matches within the plain expression's; the words behind a test of their first characters: at a
    # digit that starts no time, `12%`, `245억`, the engine leaves them at once instead of trying each
    # case-blind word, half the time over a line of amounts)
    return _TIME_FIRST + (
        rf"(?=[0-9]\d{{0,5}}(?:\s|[\-{digits}])|[0-9]\d{{3}}\.|\b[{latin}]{counted_start}"
        rf"|{first_test(word_starts, re.X | re.I)}{word_starts})"
    )


def _first_tested(alternation: str) -> str:
    """The grammar with each alternative behind a test of its own first character (`first_test`):
    where the shared tests let a place through (a digit, `지`, `t`), the alternatives that cannot start
    there are left at once instead of tried word by word. The same matches. The grammar is written an
    alternative a line; anything else is returned as it is."""
    lines = alternation.strip().splitlines()
    if len(lines) < 3 or lines[0] != "(?:" or lines[-1].strip() != ")":
        return alternation
    alternatives = [line.strip().removeprefix("| ") for line in lines[1:-1]]
    if not all(a.startswith("(?P<") for a in alternatives):
        return alternation
    return "(?:" + "|".join(first_test(a, re.X | re.I) + a for a in alternatives) + ")"


# a first line that closes on a sentence's end is no headline
_HEADLINE_CLOSED = compile_exact(r"[.!?][\"'”’)]?[^\S\n]*$")
_FAST_START = _fast_start()
# What `find_times` runs: the plain expression with the stricter start and each alternative's first
# character test (the same matches).
TIME_RE = compile_re(_FAST_START + _first_tested(_TIME_ALTERNATIVES), re.X | re.I) if _FAST_START else _plain_time_re()


def _recent_month(month: int, published: dt.date, last: bool) -> int:
    """The year of a month named without one: the latest such month not after publication
    (a month just ahead of publication is an announced plan, in the same year)."""
    if last:
        return published.year if month < published.month else published.year - 1
    if month <= published.month + 1:
        return published.year
    return published.year - 1


_WEEKDAYS = {day: number for _, t in _TIMES for number, day in enumerate(t.weekdays)}  # Monday is 0
_WEEKDAYS_LOWER = {day.lower(): number for day, number in _WEEKDAYS.items() if len(day) > 1}
_WEEKDAY = compile_exact(rf"\s?\(?(?P<weekday>{_alt(list(_WEEKDAYS))})(?P<suffix>{_alt(_words('weekday_suffix'))})?\)?")


def _weekday_after(text: str, end: int) -> int | None:
    """The weekday written after a date, in brackets or with its suffix (`19일(화)`, `18일 월요일`)."""
    match = _WEEKDAY.match(text, end)
    if not match or not (match.group(0).lstrip().startswith("(") or match.group("suffix")):
        return None
    return _WEEKDAYS[match.group("weekday")]


def _weekday_pattern_before() -> str:
    """A weekday's name right before a date (`Saturday, June 13`, `on Tuesday 9 June`): a name of a word; a name of
    one letter (`토`, also a day's suffix and a month's) only with its suffix (`토요일 6월 13일`)."""
    words = [w for w in _WEEKDAYS if len(w) > 1]
    letters = [w for w in _WEEKDAYS if len(w) == 1]
    suffixes = _words("weekday_suffix")
    names = [f"(?P<word>{_alt(words)})"] if words else []
    if letters and suffixes:
        names.append(f"(?P<letter>{_alt(letters)})(?:{_alt(suffixes)})")
    if not names:
        return r"(?!)"
    return rf"(?<![^\W\d_])(?:{'|'.join(names)}),?\s+$"


_WEEKDAY_BEFORE = compile_exact(_weekday_pattern_before())
_WEEKDAY_REACH = 16  # characters before a date its weekday's name may take (`Wednesday, `)


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


def _coming_day(day: int, published: dt.date) -> Period | None:
    """A day of the month named as the coming one (`오는 18일`): this month's unless it has passed, then next
    month's."""
    this_month = _safe_date(published.year, published.month, day)
    if this_month is not None and day >= published.day:
        return Period.of_date(this_month)
    nxt = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    next_month = _safe_date(nxt.year, nxt.month, day)
    return Period.of_date(next_month) if next_month else None


# right before a day or a month without a year: the word that makes it the coming one (`오는 18일`, `오는 3월`)
_COMING_BEFORE = compile_exact(rf"(?<![^\W\d_])(?:{_alt(_words('coming'))})\s?$")
_COMING_REACH = 8


def _coming(match: re.Match[str]) -> bool:
    return _COMING_BEFORE.search(match.string, max(0, match.start() - _COMING_REACH), match.start()) is not None


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
        y = year - 1 if g("rel_last") else year + 1 if g("rel_next") else year
        if g("rel_half"):
            return ref(Period.of_half(y, 1 if g("rel_h1") else 2))
        if g("rel_qt"):  # `지난해 1~3분기`: the year named, from January through the last quarter
            return ref(Period.year_to(y, 3 * int(g("rel_qt"))))
        if g("rel_thru"):
            return ref(Period.year_to(y, 3 * int(g("rel_q"))))
        if g("rel_q") or g("rel_en_q"):
            return ref(Period.of_quarter(y, int(g("rel_q") or _ORDINALS[g("rel_en_q").lower()])))
        month = int(g("rel_m"))
        if g("rel_d"):  # `내년 2월 28일`, `지난해 9월 14일`: a day of the year named
            day = int(g("rel_d"))
            return ref(Period.of_day(y, month, day)) if _safe_date(y, month, day) else None
        return ref(Period.of_month(y, month)) if 1 <= month <= 12 else None
    if kind == "cum":
        months = _months_to_date(text)
        # `2분기부터 3분기까지`: after a span's start the phrase ends the span, no year from January to it
        if (
            year
            and months % 3 == 0
            and _SPAN_START_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
        ):
            return ref(Period.of_quarter(year, months // 3))
        return ref(Period.year_to(year, months) if year else None)
    if kind == "mq":
        first = int(g("mq_a")) if g("mq_a") else _MONTH_NUMBERS[g("mq_en").lower()]
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
            return ref(Period.of_half(int(g("y2")), 1 if g("half2_1") else 2), explicit=True)
        if g("q2t"):  # `2025년 1~3분기`
            return ref(Period.year_to(int(g("y2")), 3 * int(g("q2t"))), explicit=True)
        if g("thru2"):
            return ref(Period.year_to(int(g("y2")), 3 * int(g("q2"))), explicit=True)
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
        coming = not g("last_md") and _coming(match)
        # (`오는 3월 5일`: the coming March, of this year or the next)
        y = (
            (year if month >= published.month else year + 1)
            if coming
            else _recent_month(month, published, bool(g("last_md")))
        )
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
        if g("this_m"):
            y = year
        elif g("next_m"):
            y = year + 1
        elif not g("last_m") and _coming(match):
            y = year if month >= published.month else year + 1  # (`오는 3월`: the coming March)
        else:
            y = _recent_month(month, published, bool(g("last_m")))
        return ref(Period.of_month(y, month))
    if kind == "day":
        day = int(g("d8"))
        if not 1 <= day <= 31:
            return None
        if g("this_md") or g("last_md2") or g("next_md"):
            # `다음 달 5일`, `지난달 27일`, `이달 9일`: a day of the month the word names from publication
            if not published:
                return ref(None)
            first = published.replace(day=1)
            if g("last_md2"):
                first = (first - dt.timedelta(days=1)).replace(day=1)
            elif g("next_md"):
                first = (first + dt.timedelta(days=32)).replace(day=1)
            named = _safe_date(first.year, first.month, day)
            return ref(Period.of_date(named) if named else None)
        if not published:
            return ref(None)
        weekday = _weekday_after(match.string, match.end())
        if weekday is None and not g("last_d") and _coming(match):
            return ref(_coming_day(day, published))  # (`오는 18일`: the coming 18th, this month's or the next)
        return ref(_recent_day(day, published, weekday))
    if kind == "quarter":
        q = g("q9") or g("q9b")
        if g("q9c"):
            # `1~3분기`: the article's year from January through the last quarter named (a run of quarters from a
            # later one, `2~3분기`, is no form a period writes)
            if g("q9c") != "1" or not year:
                return ref(None, "relative")
            return ref(Period.year_to(year, 3 * int(g("q9t"))))
        return ref(Period.of_quarter(year, int(q)) if year else None)
    if kind == "half":
        return ref(Period.of_half(year, 1 if g("half_1") else 2) if year else None)
    if kind == "lastyear":
        return ref(Period.of_year(year - 1) if year else None, "relative")
    if kind == "thisyear":
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
    if kind == "nextmonth":
        # (`다음 달부터 12월까지 석 달`: the month after the publication's)
        if not published:
            return ref(None)
        after = published.replace(day=28) + dt.timedelta(days=4)
        return ref(Period.of_month(after.year, after.month))
    if kind == "lastweek":
        return ref(None, "relative")
    if kind == "relday":
        # `어제 1500명 … 오늘 300명`: a day named relative to publication (a day, so never a flow's period).
        back = _DAYS_BACK[text.lower()]
        day = published - dt.timedelta(days=back) if published else None
        return ref(Period.of_date(day) if day else None, "relative")
    if kind == "en_half":
        half = 1 if g("enh1") or g("enhn") == "1" else 2
        written = g("ehy") or g("ehy2") or g("ehy3")
        y = _two_digit_year(written) or _year_from(g, "eh", year)
        return ref(Period.of_half(y, half) if y else None, explicit=bool(written))
    if kind == "en_q":
        q = _ORDINALS.get((g("enq") or "").lower()) or _ORDINAL_NUMERALS.get((g("enq") or "").lower()) or int(g("enqn"))
        written = g("eqy") or g("eqy2") or g("eqy3")
        y = _two_digit_year(written) or _year_from(g, "eq", year)
        return ref(Period.of_quarter(y, q) if y else None, explicit=bool(written))
    if kind == "en_md":
        word = g("enm").rstrip(".").lower()
        if word in _MONTH_VERBS and not (g("end") or g("eny") or g("edf")) and _month_is_verb(match):
            return None
        month = _MONTH_NUMBERS[word]
        if g("eny"):
            y = int(g("eny"))
        elif published and (g("en_m1") or g("en_p0") or g("en_p1")):
            y = _year_from(g, "en", year)  # `September last year`: that year's, not the latest September
        elif published:
            y = _recent_month(month, published, False)
            if g("end") or g("edf"):
                y = _year_of_weekday_before(match, y, month, int(g("end") or g("edf")), published)
        else:
            return ref(None)
        if g("end") or g("edf"):  # `May 31`, `31 May`
            return ref(Period.of_day(y, month, int(g("end") or g("edf"))), explicit=bool(g("eny")))
        return ref(Period.of_month(y, month), explicit=bool(g("eny")))
    return None


def _year_of_weekday_before(match: re.Match[str], year: int, month: int, day: int, published: dt.date) -> int:
    """`on Friday 31 July`, `Thursday, January 7`: a date written without its year after its weekday's name, which the
    latest such month put last year, is the coming one when that one falls on the weekday and within a year of
    publication (a day to come named by its weekday); `year` otherwise (a name that fits neither is the weekday
    check's to report)."""
    named = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - _WEEKDAY_REACH), match.start())
    weekday = _WEEKDAYS_LOWER.get((named.group("word") or "").lower()) if named else None
    if weekday is None or (_safe_date(year, month, day) and dt.date(year, month, day).weekday() == weekday):
        return year
    coming = _safe_date(year + 1, month, day)
    if coming and coming.weekday() == weekday and published < coming <= published + dt.timedelta(days=366):
        return year + 1
    return year


def _year_from(g, prefix: str, year: int | None) -> int | None:
    """The year `last year`, `this year`, `next year` names after a month, quarter or half."""
    if year is None:
        return None
    return year - 1 if g(f"{prefix}_m1") else year + 1 if g(f"{prefix}_p1") else year


def _month_is_verb(match: re.Match[str]) -> bool:
    """`may` written small, or not after a word that goes before a month (`in May`), is the verb."""
    before = match.string[max(0, match.start() - 10) : match.start()].rstrip().lower()
    return match.group("enm")[0].islower() or not any(
        before.endswith(word) and not before[: len(before) - len(word)][-1:].isalpha() for word in _BEFORE_MONTH
    )


def _months_to_date(text: str) -> int:
    """The months a year-to-date phrase counts (`the first six months` → 6)."""
    return next((months for phrase, months in _year_to_date() if phrase.fullmatch(text)), 9)


@functools.cache
def _year_to_date() -> list[tuple[re.Pattern[str], int]]:
    return [(re.compile(phrase, re.I), months) for _, t in _TIMES for phrase, months in t.year_to_date.items()]


_MONTH_VERBS = {w.lower() for w in _words("month_verbs")}
_BEFORE_MONTH = tuple(w.lower() for w in _words("before_month"))
_DAYS_BACK = _number_of("days_back")
# `25일 밝혔다`, `13일 공시했다`, `said on Thursday`: when it was reported, not when it happened.
_DATELINE_AFTER = compile_exact(rf"\s?(?:(?:{_alt(_words('local_time'))})\s?)?(?:{_alt(_words('dateline_verbs'))})")


def find_times(
    text: str, published: dt.date | None, start: int = 0, impossible: list[ImpossibleDate] | None = None
) -> list[TimeRef]:
    """The time expressions of the text from `start`. With `impossible`, a date the calendar does not have
    (`2월 30일`, `13월 5일`, `on 31 April`) is added to it: it dates nothing."""
    refs = []
    if not may_match(TIME_RE, text):
        return refs  # (a long text without a character every time expression needs, a line of amounts: no search)
    for match in TIME_RE.finditer(text, start):
        ref = resolve(match, published)
        if impossible is not None and (ref is None or ref.period is None):
            bad = _impossible(match, published)
            if bad is not None:
                impossible.append(bad)
        if ref is None:
            continue
        dated_day = match.lastgroup in ("day", "md") or (match.lastgroup == "rel" and match.group("rel_d"))
        if dated_day and _DATELINE_AFTER.match(text, match.end()):
            ref.role = "dateline"
        ref.bare_day = match.lastgroup == "day" and not (
            match.group("last_d") or match.group("this_md") or match.group("last_md2") or match.group("next_md")
        )
        other = _day_range_end(match, ref) if match.lastgroup == "en_md" else None
        if other is not None and other.start < ref.start:
            refs.append(other)
        refs.append(ref)
        if other is not None and other.start > ref.start:
            refs.append(other)
    if start == 0 and published is not None:
        _headline_months_as_the_body_dates(text, refs, published)
    return refs


def _headline_months_as_the_body_dates(text: str, refs: list[TimeRef], published: dt.date) -> None:
    """`요금 9월부터 인상` over a body that dates it `오는 9월 1일`, `Fares up from September` over `from 1 September`:
    a month a headline names without its year, read as the latest such month (a year back, when it is two or more
    months ahead), is the one the body dates in another year: a headline abbreviates its lead."""
    newline = text.find("\n")
    if newline <= 0 or _HEADLINE_CLOSED.search(text, 0, newline):
        return
    for ref in refs:
        if ref.start >= newline:
            break
        period = ref.period
        if period is None or ref.explicit_year or period.grain != "month" or period.year == published.year:
            continue
        years = {
            other.period.year
            for other in refs
            if other.start > newline
            and other.period is not None
            and other.period.grain in ("month", "day")
            and other.period.index == period.index
        }
        if len(years) == 1 and period.year not in years:
            ref.period = Period.of_month(years.pop(), period.index)


def _day_range_end(match: re.Match[str], ref: TimeRef) -> TimeRef | None:
    """The other end of a range of days in one month whose month's name is written once, with the date `ref` of
    `match` (`from 4 to 17 March`: the 4th before `17 March`; `from July 3 to 9`: the 9th after `July 3`), or None.
    The range must open with its word (`from`, `between`) and the first day come before the second."""
    period = ref.period
    if period is None or period.grain != "day":
        return None
    text = match.string
    if match.group("edf"):
        before = _DAY_RANGE_BEFORE.search(text, max(0, match.start() - 48), match.start())
        if before is None or int(before.group(1)) >= period.day:
            return None
        start, end, day = before.start(1), before.end(1), int(before.group(1))
    elif (
        match.group("end")
        and not match.group("eny")
        and _DAY_RANGE_OPENED.search(text, max(0, match.start() - 24), match.start())
    ):
        after = _DAY_RANGE_AFTER.match(text, match.end())
        if after is None or int(after.group(1)) <= period.day:
            return None
        start, end, day = after.start(1), after.end(1), int(after.group(1))
    else:
        return None
    if _safe_date(period.year, period.index, day) is None:
        return None
    return TimeRef(
        start=start,
        end=end,
        text=text[start:end],
        period=Period.of_day(period.year, period.index, day),
        explicit_year=ref.explicit_year,
    )


_DAY_RANGE_OPEN = _alt(_words("day_range_openers"))
_DAY_RANGE_JOIN = _alt(_words("day_range_joiners"))
_DAY_ENDING = _alt(list(_DAY_ENDINGS))
# (`from Tuesday 9 to Saturday 13 June`: a day's name may stand before either day, a comma after it)
_DAY_NAME = rf"(?:(?:{_alt(_words('day_range_day_names'))}),?\s+)?"
# `from 4 to 17 March`: the first day right after the range's opening word, the joiner before the dated second
_DAY_RANGE_BEFORE = compile_exact(
    rf"(?<!\w)(?:{_DAY_RANGE_OPEN})\s+{_DAY_NAME}(\d{{1,2}})(?:{_DAY_ENDING})?\s*(?:{_DAY_RANGE_JOIN})\s*{_DAY_NAME}$",
    re.I,
)
_DAY_RANGE_OPENED = compile_exact(rf"(?<!\w)(?:{_DAY_RANGE_OPEN})\s+{_DAY_NAME}$", re.I)
# `from July 3 to 9`: the second day alone after the joiner, ending the date (no figure, unit or noun after it)
_DAY_RANGE_AFTER = compile_exact(
    rf"\s*(?:{_DAY_RANGE_JOIN})\s*{_DAY_NAME}(\d{{1,2}})(?:{_DAY_ENDING})?(?![\d%])"
    rf"(?=\s*(?:$|(?![,.]\d)[^\w\s%]|(?:{_alt(_words('date_prepositions'))})\b))",
    re.I,
)


_DATE_PREPOSITIONS = compile_exact(rf"(?:^|\W)(?:{_alt(_words('date_prepositions'))})\s+$", re.I)
# after a month's name and its day, what ends a date (`on March 54,`, `from Jan. 54 to`) rather than going on to
# the noun the number counts (`By March 45 people had signed`)
# (`April 31,000 tickets`: a comma or point before a digit goes on with the number)
_DATE_ENDS = compile_exact(rf"\s*(?:$|(?![,.]\d)[^\w\s]|(?:{_alt(_words('date_prepositions'))})\b)", re.I)
# after a day's digits, what makes them a count of days (`30일간`, `30일 동안`), not a day of the month
_DAYS_COUNTED_AFTER = compile_exact(rf"(?:{_alt(_words('days_counted_after'))})")


# The opening month of a range of months right before a month (`5~6월`, `5월~6월`): what follows the second month
# may count the span's days.
_MONTH_RANGE_BEFORE = compile_exact(rf"(?<!\d)(\d{{1,2}})\s?(?:{_alt(_words('month_suffix'))})?\s?[~∼〜\-–]\s?$")


class ImpossibleDate(NamedTuple):
    """A date the calendar does not have: a month past twelve (`days` None), or a day past the `days` of its month
    (`year` given when the year decides it: February)."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    days: int | None


def _impossible(match: re.Match[str], published: dt.date | None) -> ImpossibleDate | None:
    """A date written with a month and its day that the calendar does not have, or None.

    Only where the digits can be nothing but a date: a Korean month and day (`50월 1일`; not a count of days after a
    month, `1~2월 30일간`), a year and a date written with their suffixes (`2026년 13월 5일`), a year word with a month
    and day (`내년 2월 30일`), and a month's name with a day after a preposition of dates or before a year (`on 31
    April`, `Feb. 30, 2026`), its day written first or followed by what ends a date: `in April 31 stores opened`, `by
    March 45 people` and `February 30,000 people` count. A month past twelve with no day (`13월의 월급`,
    `2025년 13월의 월급`) is a figure of speech, not a slip."""
    kind, g = match.lastgroup, match.group
    year = None
    if kind == "md":
        month, day = int(g("m6")), int(g("d6"))
    elif kind == "ymd" and g("ymd_suffix"):
        year, month, day = int(g("y1")), int(g("m1")), int(g("d1"))
    elif kind == "rel" and g("rel_m") and g("rel_d"):
        month, day = int(g("rel_m")), int(g("rel_d"))
        if published is not None:
            year = published.year - 1 if g("rel_last") else published.year + 1 if g("rel_next") else published.year
    elif kind == "en_md" and (g("end") or g("edf")):
        month, day = _MONTH_NUMBERS[g("enm").rstrip(".").lower()], int(g("end") or g("edf"))
        year = int(g("eny")) if g("eny") else None
        before = match.string[max(0, match.start() - 12) : match.start()]
        if (
            year is None
            and not (_DATE_PREPOSITIONS.search(before) and (g("edf") or _DATE_ENDS.match(match.string, match.end())))
            # (`on Monday, June 55,`: a weekday's name right before makes it a date)
            and not _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - _WEEKDAY_REACH), match.start())
        ):
            return None
    elif kind == "day" and published is not None and _weekday_after(match.string, match.end()) is not None:
        # (`61일(토)`: a day alone with its weekday is a date; past any month's last day, of none)
        month, day = published.month, int(g("d8"))
        if day <= 31:
            return None
        year = published.year
    else:
        return None
    if kind != "en_md" and _DAYS_COUNTED_AFTER.match(match.string, match.end()):
        return None  # `1~2월 30일간`: thirty days in January and February, no date
    opening = (
        _MONTH_RANGE_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) if kind == "md" else None
    )
    if opening is not None:
        first = int(opening.group(1))
        if 1 <= first < month <= 12 and day <= 31 * (month - first + 1):
            # `5~6월 61일 가운데`: the end of a range of months, then the count of days the span has, no date
            return None
    if not 1 <= month <= 12:
        return ImpossibleDate(match.start(), match.end(), month, day, None, None)
    if year is None or not dt.MINYEAR <= year <= dt.MAXYEAR:
        year = None
        days = 29 if month == 2 else calendar.monthrange(2001, month)[1]  # (without a year, February may have 29)
    else:
        days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    return ImpossibleDate(match.start(), match.end(), month, day, year if month == 2 else None, days)
