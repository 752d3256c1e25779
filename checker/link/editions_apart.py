"""An edition's ordinal written before an event's name, and the year the text says the event was first held, told
in another sentence: `제9회 한빛 연꽃축제에 … 다녀갔다. … "2018년 첫 축제 때는 …"`.

An ordinal written before the name of what it counts (`제9회 … 연꽃축제`: `[link.edition_ordinal_before_name]`, the
name ending in a noun of a yearly event, `[link.edition_event_nouns]`) is this year's edition; a year written right
before the words that make it the first of that event (`2018년 첫 축제`, `2018년 처음 열린 대회`:
`[link.edition_first_of]`, then the same noun, or a noun any event goes by, `[link.edition_generic_nouns]`), or after
the event's noun and the words of its first (`The contest was first held in 1897`: `[link.edition_noun_first_held]`)
is where the count begins. The Nth edition is then N − 1 years after the first, or N when counted with both ends (the
elapsed check's `inclusive`): read as N years from the first year to the publication's, to the publication a reading, a
warning at most.

Which ordinal and which first year are decided by the text as a whole, not by the figures: the article must write
one ordinal of the event's noun (two editions told, which one is this year's is unsaid) and one first year of it (a
second event's first year, or two firsts, and nothing is read). A yearly event may skip years, so editions bound the
years only from below: an ordinal under the years since the first (`제6회` eight years on) is not read (a pause,
unsaid, as likely as a slip), and one past them counted with both ends is impossible. A text that says anywhere
that the event was not held every year (`격년`, `취소`, `건너뛰`: `[link.edition_not_yearly]`) is not read, nor is a
first year not before the publication's. The same sentence's ordinal and start are the season ordinals' reading
(checker/link/season_ordinals.py); this one reads them apart.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, ByLanguage, link_alternations, load_file
from checker.link.skipped_editions import only_skips, skipped_years
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible, search_if_possible

# How far after an ordinal the noun ending its event's name may stand (`제9회 한빛 연꽃축제`: the name's words).
_NAME_REACH = 24
# How many letters of the event's name may stand before its noun after the words of its first (`처음 열린 인형극제`).
_FIRST_NAME_REACH = 6
# How many characters may stand between a topic's first year and the words of its first (`축제는 2009년 포구 주민들이
# 처음 연 뒤`: who held it first).
_FIRST_SUBJECT_REACH = 16
# An article names an event's edition a few times; past this many ordinals the text is a list (linking stays linear).
_MOST_ORDINALS = 8


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str], ...] | None:
    """(an ordinal then its event's noun, group `n` and `noun`; a first year then its noun, group `year` and `noun`;
    the words of a run not held every year; the nouns any event goes by; the ordinal alone; a first year of any
    noun)."""
    w = link_alternations(code)
    if NEVER in (w.edition_ordinal_before_name, w.edition_event_nouns) or (
        w.edition_first_of == NEVER and w.edition_noun_first_held == NEVER
    ):
        return None
    nouns = w.edition_event_nouns
    # (a month and day may follow the first's year: `2016년 5월 첫 축제`)
    month_day = w.age_start_month_day
    topic_first = (
        rf"(?P<noun>{nouns})(?:{w.edition_topic_marks})(?P<year>(?:19|20)\d\d)\s?(?:{w.elapsed_years})\s?"
        rf"(?:(?:{month_day})\s?)?(?:[^\d.,!?\n]{{1,{_FIRST_SUBJECT_REACH}}}?\s)?(?:{w.edition_first_after_topic})"
        if NEVER not in (w.edition_topic_marks, w.edition_first_after_topic)
        else ""
    )
    return (
        # (the noun may be capitalized in the event's name: `the 9th Ashby Barrel Race`; the ordinal may be a word,
        # `the ninth Ashby Barrel Race`, group `word`)
        compile_re(
            rf"(?:(?:{w.edition_ordinal_before_name})[^\d.,!?\n]{{0,{_NAME_REACH}}}?{_word_ordinal(code)})(?P<noun>{nouns})",
            re.I,
        ),
        compile_re(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s?(?:{w.elapsed_years})\s?(?:(?:{month_day})\s?)?"
            rf"(?:{w.edition_first_of})(?:{w.script_letters}{{1,{_FIRST_NAME_REACH}}}?)?(?P<noun>{nouns})"
        ),
        compile_re(rf"(?:{w.edition_not_yearly})", re.I),
        compile_re(rf"(?:{w.edition_generic_nouns or NEVER})$"),
        compile_re(rf"(?:{w.edition_ordinal_before_name})"),
        compile_re(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s?(?:{w.elapsed_years})\s?(?:(?:{month_day})\s?)?(?:{w.edition_first_of})"
        ),
        # `단오제는 1966년 처음 열린 뒤`: the event's noun as the topic, then the year of its first edition
        compile_re(topic_first) if topic_first else None,
        # `The contest was first held in 1897`: the event's noun as the subject of the words of its first, then the year
        compile_re(
            rf"\b(?P<noun>{nouns})\s+(?:{w.edition_noun_first_held})\s+(?:on|in)\s+"
            rf"(?:[^\W\d_]+\s+(?:\d{{1,2}},?\s+)?)?(?P<year>(?:1[5-9]|20)\d\d)\b",
            re.I,
        )
        if w.edition_noun_first_held != NEVER
        else None,
    )


@functools.cache
def _told_of_past(code: str) -> re.Pattern[str] | None:
    """Words before an ordinal in its clause that tell it of a past year or one ahead (`[link.age_told_of_past]`)."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.age_told_of_past})", re.I) if w.age_told_of_past != NEVER else None


_DIGITS = compile_exact(r"\d{1,3}")


@functools.cache
def _ordinal_words(code: str) -> dict[str, int]:
    """The language's ordinal words (`ninth`) with their numbers, past the first (`elapsed_time.ordinals`)."""
    data = load_file(code)
    return {k.lower(): v for k, v in (data.elapsed_time.ordinals if data else {}).items() if v > 1}


def _word_ordinal(code: str) -> str:
    """An ordinal written as a word before an event's name (group `word`), as an alternative of the ordinal's pattern;
    empty where the language has none. Only capitalized words of the event's name may stand between the word and the
    event's noun (`the ninth Ashby Barrel Rolling Race`, `the ninth race`): an ordinal of another thing before the
    noun (`the third day of the festival`, `the fifth biggest show`, `finished fifth in the race`, `다섯 번째 공연은
    축제`) is a day's, a rank's or a place's, not the edition's."""
    words = _ordinal_words(code)
    if not words:
        return ""
    capital = link_alternations(code).chars("capital_letters")
    name = rf"(?-i:(?:{capital}[^\W\d_]*(?:['’&-][^\W\d_]*)*\s+){{0,5}})" if capital != NEVER else ""
    return r"|(?<![\w.,-])(?P<word>" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\s+" + name


def _number(match: re.Match[str], code: str) -> int:
    """An edition ordinal's number: its group `n` or `word`, or (a language with no group in its words) its digits."""
    if "word" in match.re.groupindex and match.group("word"):
        return _ordinal_words(code).get(match.group("word").lower(), 0)
    if "n" in match.re.groupindex and match.group("n"):
        return int(match.group("n"))
    return int(_DIGITS.search(match.group(0)).group())


def link_editions_apart_from_their_first(
    doc: ArticleView, published: dt.date | None, assumed: bool
) -> list[ElapsedSpan]:
    """The one edition ordinal of an event, counted from the one year the text says its first edition was held."""
    if published is None or assumed:
        return []
    patterns = _patterns(doc.language)
    if patterns is None:
        return []
    ordinal, first, not_yearly, generic, ordinal_alone, any_first, topic_first, held_first = patterns
    ordinals = []
    past = _told_of_past(doc.language)
    for match in finditer_if_possible(ordinal, doc.text):
        if past is not None:
            sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(match.start()), len(doc.text))
            clause_start = max(sentence_start, doc.text.rfind(",", sentence_start, match.start()) + 1)
            if past.search(doc.text, clause_start, match.start()):
                continue  # (`Last year's 34th fair`, `지난해 제28회`: another year's edition, not this one's)
        ordinals.append(match)
        if len(ordinals) > _MOST_ORDINALS:
            return []
    if not ordinals:
        return []
    firsts = list(finditer_if_possible(first, doc.text))
    for told in (topic_first, held_first):
        if told is not None:
            firsts = sorted([*firsts, *finditer_if_possible(told, doc.text)], key=lambda m: m.start("year"))
    if not firsts:
        return []  # (no first year told)
    if len({_number(m, doc.language) for m in ordinals}) != 1 or len({m.group("noun").lower() for m in ordinals}) != 1:
        return []  # (two editions or two events: which one the first year is of is unsaid)
    noun = ordinals[0].group("noun")
    same = [m for m in firsts if m.group("noun").lower() == noun.lower() or generic.search(m.group("noun"))]
    first_years = {int(m.group("year")) for m in finditer_if_possible(any_first, doc.text)}
    for told in (topic_first, held_first):
        if told is not None:
            first_years |= {int(m.group("year")) for m in finditer_if_possible(told, doc.text)}
    if len(first_years) != 1 or not same:
        return []  # (two first years told, of whatever noun: of two events, or of two things)
    start = same[0]
    year = int(start.group("year"))
    count = _number(ordinals[0], doc.language)
    # (`2014년 처음 열렸고 2020년과 2021년 두 해는 건너뛰었다`: the years skipped, told in the first year's sentence,
    # checker/link/skipped_editions.py; any other word of a run not held every year, and its ordinal counts no years)
    skipped = skipped_years(doc, start.end("year"), year, published.year)
    if skipped is None:
        return []  # (years skipped, but not which nor how many: the ordinal counts no years)
    if search_if_possible(not_yearly, doc.text) and not (skipped[0] and _only_skips_of(doc, not_yearly, start)):
        return []  # (a run that skipped years, not told which: its ordinal counts no years)
    if year >= published.year or count <= 0 or count + skipped[0] < published.year - year:
        return []  # (fewer editions than years: a run that skipped years as likely as a slip, nothing to tell)
    out = []
    for match in ordinals:
        if doc.segments.sentence_of(match.start()) == doc.segments.sentence_of(start.start()):
            continue  # (the ordinal and its first in one sentence: the season ordinals' reading)
        held = _year_held(doc, match.start())
        # (`2027년 1월 9일 열리는 제24회 달맞이`: an edition its clause dates to another year than the publication's is
        # counted to that year, a later one only; an earlier one is another year's edition)
        if held is not None and held != published.year and (held < published.year or count + skipped[0] < held - year):
            continue
        alone = ordinal_alone.match(doc.text, match.start())
        if "word" in match.re.groupindex and match.group("word"):
            end = match.end("word")
        else:
            end = alone.end() if alone is not None else match.start() + _DIGITS.search(match.group(0)).end()
        out.append(
            ElapsedSpan(
                start=match.start(),
                end=end,
                text=doc.text[match.start() : end],
                months=count * 12,
                unit="year",
                since=str(Period.of_year(year)),
                since_span=Span(start=start.start("year"), end=start.end("year")),
                until=str(Period.of_year(held if held is not None else published.year)),
                until_span=None,
                inclusive=True,
                skipped=skipped[0],
                skipped_spans=skipped[1],
            )
        )
    return out


def _year_held(doc: ArticleView, at: int) -> int | None:
    """The year a time written right before an ordinal in its clause dates the edition to (`2027년 1월 9일 열리는
    제24회`): the clause's last time before the ordinal, written with its year, and only the words of its holding
    between (`[link.edition_date_before_ordinal]`); else None. A time a verb of another thing follows dates that thing
    (`2027년 완공되는 새 광장에서 열릴 제23회`, `2019년 문을 연 공원에서`: the square's, the park's year)."""
    sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(at), len(doc.text))
    clause_start = max(sentence_start, doc.text.rfind(",", sentence_start, at) + 1)
    lo, hi = bisect.bisect_left(doc.time_starts, clause_start), bisect.bisect_left(doc.time_starts, at)
    if lo >= hi:
        return None
    last = doc.times[hi - 1]
    if last.period is None or not last.explicit_year or last.role != "point" or last.end > at:
        return None
    if not _DATE_TO_ORDINAL[doc.language].fullmatch(doc.text, last.end, at):
        return None
    return last.period.year


# between an edition's date and its ordinal: a weekday, a place or two, and a verb of its holding (`(금) 바닷가 언덕에서
# 열리는 `: `[link.edition_date_before_ordinal]`), nothing that dates something else (`완공되는 새 광장에서`)
_DATE_TO_ORDINAL = ByLanguage(lambda w: rf"\s*(?:{w.edition_date_before_ordinal})\s*")


def _only_skips_of(doc: ArticleView, not_yearly: re.Pattern[str], start: re.Match[str]) -> bool:
    """Whether the text's words of a run not held every year are all words of the years skipped in the sentence of
    the run's first year (`start`)."""
    sentence = doc.segments.sentence_of(start.start("year"))
    begin, end = doc.segments.sentence_bounds(sentence, len(doc.text))
    if any(not begin <= m.start() < end for m in finditer_if_possible(not_yearly, doc.text)):
        return False
    return only_skips(doc.language, not_yearly, doc.text, begin, end)
