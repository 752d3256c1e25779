"""A count of seasons since a dated start: `1990년 창단한 구단은 올해로 37번째 시즌을 맞았다`, `Pell, who was drafted
in 2017 and is in his ninth season, …`.

An ordinal that counts the seasons of something (`37번째 시즌`, `ninth season`) under way now (`올해로`, `is in
his`), in the sentence that dates its start right after the year (`1990년 창단한`) or right before it (`drafted in
2017`), states the time from that year to now counted with both ends: the Nth season is N − 1 years after the
first, or N when a season spans two calendar years and the one under way began last year. Read as an elapsed
time of N years over the range from the start to the publication year, counted between the years or with both
ends (the elapsed check's `inclusive`), so either count holds; to the publication, a reading: a warning at most.
Nothing is read with no publication date, with a start year after it, or with no word that makes the season
the current one (`지난해 36번째 시즌`, `was in his ninth season`).

An anniversary reached this year counts whole years from a start dated in its sentence (`1995년 처음 열린 이 축제는
올해로 창설 31년을 맞았다`, `1998년 개교한 한빛고는 올해로 개교 28주년`, `Founded in 1994, the club marks its 32nd
anniversary this year`): the start is the year right before the verb that founds it or the word that makes it
the first (`처음 열린`; the founding noun may then stand right before the count, `올해로 창설 31년`). It is read as
N years from that year to the publication year, not counted with both ends (the 31st anniversary is 31 years on), to the
publication: a reading, a warning at most. An anniversary or age told ahead (`will mark its 120th anniversary`), or
told of a noun a year is set before (`the harbour's 1899 lighthouse, which turns 126 next year`), counts to the
publication's year or the years on it that the words right after the count name (`next year`, `in two years`); one
whose start a later clause of its sentence dates by its subject and founding verb (`marks the mill's 100th
anniversary next year; it first opened in 1925`) is read the same way. Language words are data (`[link.season_*]`,
`[link.anniversary_*]`, the elapsed time's `ordinals`).

This year's edition of a run held once a year counts from the year of its first in its sentence: after the words
that start it (`2010년 처음 열린 영화제가 올해로 17회째를 맞아`; with the ordinal reached, `17회째를 맞았다`, no word of
this year is needed), after `since` (`since 1988, and this year's was the 39th race`), after the words that make it
the first (`first held in 1990, was the 37th` bare at a clause's end, or `this year's was the 37th regatta`:
`[link.edition_held_first]`, `[link.edition_bare_before]`), or before a later clause dating the first (`this year
staged its 37th regatta; the first was held in 1990`: `[link.edition_now_before]`, `[link.edition_first_after]`); so
does an ordinal right before `since` and the words of the first (`the 61st parade since the first in 1966`, `the 18th
since it began in 2009`: `[link.edition_since_first]`), or an event's ordinal with its first edition set beside it
(`The 33rd fair, first held in 1994, …`). A
time other than this year between the first and the ordinal (`지난해 28회째`) dates it otherwise. Told only by its
first year, a run's editions bound the years from below: fewer editions than years is a pause the text does not tell,
and nothing is read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations, load_file
from checker.link.elapsed import span_counts
from checker.link.skipped_editions import only_skips, skipped_years
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import finditer_if_possible, may_match

# How far the ordinal may come after the start's year in its sentence (`1990년 창단한 한빛 구단은 올해로 `).
_REACH = 48
# The month and day a start's year may carry (`1996년 4월 15일 개국해`, `opened on 15 April 1996`, `in April 1996`):
# digits with the suffix or the word of their unit, the count still from the year.
_MONTH_DAY_AFTER = r"(?:\s?\d{1,2}\D{1,2}?){0,2}?"
_MONTH_DAY_BEFORE = r"(?:\d{1,2}\s+)?(?:\w+\.?\s+)?(?:\d{1,2},?\s+)?"
# A year written between an anniversary's start and its count (another start it may count from).
_YEAR = compile_exact(r"(?<!\d)\d{4}(?!\d)")
# A text states an anniversary or two; past this many sentences with its marks the rest are not read (linear).
_MOST_READ = 64
_CLAUSE_SPLIT = compile_exact(r"[,;:]")  # between the start's year and the anniversary's verb, the clauses
# Between an edition's first year and its ordinal, any character of the sentence but digits, save a year (one
# it skipped, `2020년과 2021년 두 해를 건너뛰어`: any other is another start, not read) or a number inside a
# word (`코로나19`).
_SKIP_GAP = r"(?:[^.!?\n\d]|(?<!\d)\d{4}(?!\d)|(?<=[^\W\d_])\d{1,2}(?!\d)){0,128}?"


def _ordinal_words(code: str) -> dict[str, int]:
    """The language's ordinal words (`ninth`) with their numbers."""
    data = load_file(code)
    return {k.lower(): v for k, v in (data.elapsed_time.ordinals if data else {}).items()}


def _count_unnamed(words: dict[str, int], mark: str) -> str:
    """`_count` with no named groups: a count among the marks a text is tested for first (several of them joined)."""
    alternatives = [rf"\d{{1,3}}{mark}"]
    if words:
        alternatives.append("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")")
    return "(?:" + "|".join(alternatives) + ")"


def _count(words: dict[str, int], mark: str) -> str:
    """A count written in digits followed by `mark` (group `n`) or as one of the ordinal `words` (group `word`)."""
    alternatives = [rf"(?P<n>\d{{1,3}}){mark}"]
    if words:
        alternatives.append("(?P<word>" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")")
    return "(?:" + "|".join(alternatives) + ")"


@functools.cache
def _patterns(code: str) -> tuple[tuple[re.Pattern[str], ...], dict[str, int], re.Pattern[str] | None]:
    w = link_alternations(code)
    if not (w.season_origins and w.season_nouns):
        return (), {}, None
    words = _ordinal_words(code)
    ordinal = _count(words, rf"\s?(?:{w.season_ordinal_marks})")
    season = rf"(?:{w.season_now})\s?{ordinal}\s?(?:{w.season_nouns})"
    gap = rf"[^.!?\n]{{0,{_REACH}}}?"
    return (
        (
            # `1990년 창단한 … 올해로 37번째 시즌`: the verb right after the year
            # (`2014년 농가 34곳으로 출발해 올해로 13번째 수확`: what it began with may stand between)
            compile_re(
                rf"(?P<year>\d{{4}})\D{{0,2}}\s?{_NO_YEAR}{{0,{_EDITION_START_REACH}}}?(?:{w.season_origins}){gap}{season}",
                re.I,
            ),
            # `drafted in 2017 and is in his ninth season`: the verb and `in` right before it
            compile_re(rf"\b(?:{w.season_origins})\s+in\s+(?P<year>\d{{4}})\b{gap}\b{season}\b", re.I),
        ),
        words,
        # (the words of `season` alone: a text without them is not searched from every year it holds; an ordinal
        # word, `seventeenth`, stands between them)
        compile_re(rf"(?:{w.season_now})[^.!?\n]{{0,24}}?(?:{w.season_nouns})", re.I),
    )


@functools.cache
def _anniversaries(code: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    w = link_alternations(code)
    if not (w.season_origins and w.anniversary_marks and w.anniversary_now and w.anniversary_first):
        return (), None
    words = _ordinal_words(code)
    count = _count(words, rf"(?:{w.season_ordinal_marks})?")
    gap = rf"[^.!?\n]{{0,{_REACH}}}?"
    # (`내년 개관 25주년`: a word before the count that puts the anniversary a year on, group `ahead`)
    now = rf"(?P<now>{w.anniversary_now}|(?P<ahead>{w.anniversary_next_before}))\s?"
    reached = rf"{count}\s?(?:{w.anniversary_marks})"
    return (
        (
            # `1998년 개교한 … 올해로 28주년`, `1995년 처음 열린 … 올해로 창설 31년을 맞았다`: right after the year, the
            # verb that founds it or the word that makes it the first
            compile_re(
                rf"(?P<year>\d{{4}})\D{{0,2}}{_MONTH_DAY_AFTER}\s?(?:{w.season_origins}|{w.anniversary_first}){gap}{now}"
                rf"(?:(?:{w.season_origins})\s?)?{reached}",
                re.I,
            ),
            # `founded in 1994, the club marks its 32nd anniversary`
            compile_re(
                rf"\b(?:{w.season_origins})\s+(?:on|in)\s+{_MONTH_DAY_BEFORE}(?P<year>\d{{4}})\b{gap}\b{now}\s*{reached}\b",
                re.I,
            ),
            # `the club's 1958 grandstand, which turns 70 in two years`: a year set before a noun as when it was
            # made, the age told in a clause of that noun
            *(
                (
                    compile_re(
                        rf"(?:\b(?:{w.definite_articles})|(?:'s|’s|s'))\s+(?P<year>(?:1[6-9]|20)\d{{2}})\s+"
                        rf"(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]{{3,}},?\s+(?:{w.anniversary_built})\s+{now}\s*{reached}",
                        re.I,
                    ),
                )
                if w.anniversary_built
                else ()
            ),
        ),
        # (the marks alone: a text without them is not searched from every year it holds)
        compile_re(
            rf"(?:{w.anniversary_now}|{w.anniversary_next_before})[^.!?\n]{{0,24}}?(?:{w.anniversary_marks})", re.I
        ),
    )


@functools.cache
def _founded_after(code: str) -> re.Pattern[str] | None:
    """An anniversary reached now, its start dated in a later clause of its sentence by the subject and the verb
    that found it (`marks its 60th anniversary next year; it first opened in 1965`); None when the language has no
    such words (`[link.anniversary_founded_after]`)."""
    w = link_alternations(code)
    if w.anniversary_founded_after in ("", NEVER) or not (w.anniversary_now and w.anniversary_marks):
        return None
    count = _count(_ordinal_words(code), rf"(?:{w.season_ordinal_marks})?")
    return compile_re(
        rf"(?P<now>{w.anniversary_now})\s?{count}\s?(?P<mark>{w.anniversary_marks})(?P<between>[^.!?\n\d]{{0,{_REACH}}}?)"
        rf"[,;]\s+(?:{w.anniversary_founded_after})\s+(?:on|in)\s+{_MONTH_DAY_BEFORE}(?P<year>\d{{4}})\b",
        re.I,
    )


@functools.cache
def _later(code: str) -> re.Pattern[str] | None:
    """Right after an anniversary's count, the words that put it a year on (`next year`: group `next`) or some years
    on (`in two years`: group `on`); None when the language has none (`[link.anniversary_next]`,
    `[link.anniversary_years_on]`)."""
    w = link_alternations(code)
    if not (w.anniversary_next and w.anniversary_years_on):
        return None
    _, number = span_counts(code)
    return compile_re(
        rf"\s+(?:(?P<next>{w.anniversary_next})|(?:{w.anniversary_years_on})\s+(?P<on>{number})\s+(?:{w.elapsed_years}))\b",
        re.I,
    )


@functools.cache
def _other_subject(code: str) -> re.Pattern[str] | None:
    """The words opening an anniversary verb's clause that make its subject another than what the year founded
    (`[link.anniversary_other_subject]`); None when the language has none."""
    w = link_alternations(code)
    return compile_re(rf"(?:{w.anniversary_other_subject})", re.I) if w.anniversary_other_subject else None


def _anniversary_spans(doc: ArticleView, published: dt.date) -> list[ElapsedSpan]:
    """Each anniversary reached this year with its start's year, as whole years to the publication year."""
    patterns, mark = _anniversaries(doc.language)
    if mark is None:
        return []
    # (only the sentences that hold an anniversary's marks are searched from the years they hold)
    marks = mark.finditer(doc.text) if may_match(mark, doc.text) else ()
    sentences = sorted({doc.segments.sentence_of(m.start()) for m in marks})
    bounds = [doc.segments.sentence_bounds(sentence, len(doc.text)) for sentence in sentences[:_MOST_READ]]
    _, words, _ = _patterns(doc.language)
    other = _other_subject(doc.language)
    out: dict[int, ElapsedSpan] = {}
    for pattern in patterns:
        for match in (m for start, end in bounds for m in pattern.finditer(doc.text, start, end)):
            if _YEAR.search(doc.text, match.end("year"), match.start("n") if match.group("n") else match.start("word")):
                continue  # (`founded in 1990, opened its food bank in 2001 and marks 25 years`: which start is unsaid)
            if other is not None and other.match(
                _CLAUSE_SPLIT.split(doc.text[match.end("year") : match.start("now")])[-1].lstrip()
            ):
                continue  # (`opened in 1950; its oldest keeper turns 70 this year`: a member's age, no anniversary)
            later = _years_on(doc.language, doc.text, match.end())
            if later is None:
                continue
            if _next_between(doc.language, doc.text, match.end("year"), match.start("now")):
                later = later or 1  # (`founded in 1950, and next year's dinner will mark its 77th`: a year on)
            if match.group("ahead"):
                later = later or 1  # (`내년 개관 25주년`: told before the count, a year on)
            span = _years_to_publication(match, words, doc.text, published, inclusive=False, later=later)
            if span is not None and span.start not in out:
                out[span.start] = span
    after = _founded_after(doc.language)
    for match in (m for start, end in bounds if after is not None for m in after.finditer(doc.text, start, end)):
        # `marks its 60th anniversary next year; it first opened in 1965`: the words right after the count say when
        later = _years_on(doc.language, doc.text, match.end("mark"))
        if later is None:
            continue
        span = _years_to_publication(match, words, doc.text, published, inclusive=False, later=later)
        if span is not None and span.start not in out:
            span.end = match.end("mark")  # (the count and its mark, not the clause that dates it)
            span.text = doc.text[span.start : span.end]
            out[span.start] = span
    return list(out.values())


@functools.cache
def _next_pattern(code: str) -> re.Pattern[str] | None:
    """The words that make a noun one of the year after the publication's (`next year's dinner`:
    `[link.anniversary_next_owner]`; `next year` alone may date another clause: `will open a hall next year but marks
    its 76th anniversary this weekend`); None when the language has none."""
    w = link_alternations(code)
    if w.anniversary_next_owner == NEVER:
        return None
    return compile_re(rf"(?<![^\W\d_])(?:{w.anniversary_next_owner})", re.I)


def _next_between(code: str, text: str, start: int, end: int) -> bool:
    """Whether the words between an anniversary's start year and its verb tell it of the year after the
    publication's (`founded in 1950, and next year's dinner will mark its 77th anniversary`)."""
    pattern = _next_pattern(code)
    return pattern is not None and pattern.search(text, start, end) is not None


def _years_on(code: str, text: str, end: int) -> int | None:
    """How many years after the publication's an anniversary ending at `end` is told to fall (`next year`: 1, `in
    two years`: 2, none written: 0); None for a number of years not read."""
    pattern = _later(code)
    later = pattern.match(text, end) if pattern is not None else None
    if later is None:
        return 0
    if later.group("next"):
        return 1
    written = later.group("on").lower()
    counts, _ = span_counts(code)
    return int(written) if written.isdigit() else counts.get(written)


def _years_to_publication(
    match: re.Match[str], words: dict[str, int], text: str, published: dt.date, inclusive: bool, later: int = 0
) -> ElapsedSpan | None:
    """The whole years a count (`n`, or the number `word`) states from the match's `year` to the publication
    year (or `later` years on from it); None for no count or a year after publication."""
    written = match.group("n")
    count = int(written) if written else words.get((match.group("word") or "").lower(), 0)
    year = int(match.group("year"))
    if count <= 0 or year > published.year:
        return None
    which = "n" if written else "word"
    return ElapsedSpan(
        start=match.start(which),
        end=match.end(),
        text=text[match.start(which) : match.end()],
        months=count * 12,
        unit="year",
        since=str(Period.of_year(year)),
        since_span=Span(start=match.start("year"), end=match.end("year")),
        until=str(Period.of_year(published.year + later)),
        until_span=None,
        inclusive=inclusive,
    )


# Between a start's year and its word of starting, any character of its clause but a year's digits (`2014년 농가
# 34곳으로 출발해`: a count of what it began with may stand there).
_NO_YEAR = r"(?:[^.!?\n\d]|(?<!\d)\d{1,3}(?![\d,.]))"
# How far after the start's year the word that makes it a start may stand (`2016년 여름 강변 공터에서 장을 처음 연`).
_EDITION_START_REACH = 24


@functools.cache
def _editions(code: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]] | None:
    """(the editions counted from a dated first one up to this year, with groups `year`, `n` or `word`, and
    `reached` for the words that make the ordinal this year's or `noun` for the noun after it, which its start's
    clause must name; the words of any of them, a cheap test)."""
    w = link_alternations(code)
    if not (w.season_ordinal_marks and w.season_now):
        return None
    words = _ordinal_words(code)
    patterns, marks = [], []
    unnamed = _count_unnamed(words, rf"\s?(?:{w.season_ordinal_marks})")
    if NEVER not in (w.edition_reached, w.edition_start_words):
        # `2010년 개막한 영화제가 올해로 17회째를 맞아`: the year, a word of starting right after it, this year's
        # ordinal
        ordinal = _count(words, rf"\s?(?:{w.season_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<year>\d{{4}})\D{{0,2}}{_MONTH_DAY_AFTER}\s?{_NO_YEAR}{{0,{_EDITION_START_REACH}}}?"
                rf"(?:{w.edition_start_words}){_SKIP_GAP}(?:{w.season_now})\s?{ordinal}"
                rf"(?:(?P<reached>{w.edition_reached}|{w.edition_now_copula})|\s?(?P<noun>[^\W\d_]{{2,}}))",
                re.I,
            )
        )
        # (an ordinal in digits or in words: `올해로 17회째`, `올해로 열여섯 번째`)
        marks.append(rf"(?:{w.season_now})\s?{unnamed}")
    if NEVER not in (w.edition_this_before, w.edition_nouns, w.age_start_since):
        # `has been run every spring since 1988, and this year's was the 39th race`: a run still going since its
        # year, then this year's ordinal of what it holds
        ordinal = _count(words, rf"(?:{w.age_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"\b(?:{w.age_start_since})\s+(?P<year>\d{{4}})\b{_SKIP_GAP}\b(?:{w.edition_this_before})"
                rf"\s+{ordinal}\s+(?P<reached>{w.edition_nouns})\b",
                re.I,
            )
        )
        # `The show has staged the event since 2007, and this was the 20th.`: the ordinal bare at its clause's end (the
        # thing run since); read only from below, as a run told by its first year
        patterns.append(
            compile_re(
                rf"(?P<below>)\b(?:{w.age_start_since})\s+(?P<year>\d{{4}})\b{_SKIP_GAP}\b(?:{w.edition_this_before})"
                rf"\s+{ordinal}(?=\s?[,.;])",
                re.I,
            )
        )
        marks.append(rf"\b(?:{w.edition_this_before})\s")
    if NEVER not in (w.edition_held_first, w.edition_nouns):
        # `The regatta, first held in 1990, was the 37th`, `First held in 1990, this year's was the 37th regatta`: a
        # year that makes the run's first edition, then this year's ordinal, of a noun held once a year or bare at a
        # clause's end (the thing first held)
        ordinal = _count(words, rf"(?:{w.age_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<below>)\b(?:{w.edition_held_first})\s+in\s+(?P<year>\d{{4}})\b{_SKIP_GAP}"
                rf"\b(?:{w.edition_this_before}|{w.edition_bare_before})\s+{ordinal}"
                rf"(?:\s+(?P<reached>{w.edition_nouns})\b|(?=\s?[,.;]))",
                re.I,
            )
        )
        marks.append(rf"\b(?:{w.edition_held_first})\s+in\s")
    if NEVER not in (w.edition_first_after, w.edition_nouns):
        # `this year staged its 37th regatta; the first was held in 1990`, `is in its 12th season, having been
        # started in 2015`: this year's ordinal, then a later clause of its sentence dating the first
        ordinal = _count(words, rf"(?:{w.age_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<below>)\b(?:{w.edition_this_before}|{w.edition_now_before}|{w.season_now})\s+{ordinal}\s+"
                rf"(?P<reached>{w.edition_nouns})\b[^.!?\n\d]{{0,{_REACH}}}?[,;]\s+(?:{w.edition_first_after})\s+in\s+"
                rf"(?P<year>\d{{4}})\b",
                re.I,
            )
        )
        marks.append(rf"\b(?:{w.edition_first_after})\s+in\s")
    if NEVER not in (w.edition_since_first,):
        # `the town staged the 61st parade since the first in 1966`, `Sunday's was the 18th since it began in 2009`:
        # the ordinal, perhaps its noun, then `since` and the words of the first edition, then its year
        # (`the 30th fair, which has been held every summer since the first in 1997`: a clause that it ran every year
        # between, the words' own)
        ordinal = _count(words, rf"(?:{w.age_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<below>)\b(?<![\d.,]){ordinal}(?:\s+(?P<reached>[^\W\d_]{{3,}}))?(?:\s+|(?=,))(?:{w.edition_since_first})"
                rf"\s+in\s+(?P<year>\d{{4}})\b",
                re.I,
            )
        )
        marks.append(rf"\b(?:{w.edition_since_first})\s+in\s")
    if NEVER not in (w.edition_held_first, w.edition_nouns, w.edition_event_nouns):
        # `The 33rd fair, first held in 1994, drew 900 stalls`: the ordinal of an event held once a year, then the
        # words of its first edition set beside it, then their year
        ordinal = _count(words, rf"(?:{w.age_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<below>)\b(?<![\d.,]){ordinal}\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}?"
                rf"(?P<reached>{w.edition_nouns}|{w.edition_event_nouns})\b,\s+(?:{w.edition_held_first})"
                rf"\s+in\s+(?P<year>\d{{4}})\b",
                re.I,
            )
        )
        marks.append(rf"\b(?:{w.edition_held_first})\s+in\s")
    if NEVER not in (w.edition_reached, w.edition_start_words):
        # `2010년 처음 열린 영화제가 17회째를 맞았다`: the ordinal reached, with no word of this year before it (a
        # time written between the year and the ordinal dates it otherwise: not read)
        ordinal = _count(words, rf"\s?(?:{w.season_ordinal_marks})")
        patterns.append(
            compile_re(
                rf"(?P<below>)(?P<year>\d{{4}})\D{{0,2}}{_MONTH_DAY_AFTER}\s?[^.!?\n\d]{{0,{_EDITION_START_REACH}}}?"
                rf"(?:{w.edition_start_words}){_SKIP_GAP}(?<![\w]){ordinal}(?P<reached>{w.edition_reached})",
                re.I,
            )
        )
        marks.append(rf"{unnamed}(?:{w.edition_reached})")
    if not patterns:
        return None
    return tuple(patterns), compile_re("|".join(marks), re.I)


def _edition_spans(doc: ArticleView, published: dt.date) -> list[ElapsedSpan]:
    """Each edition or round counted this year from a first one dated in its sentence (`2013년 처음 열린 음악회는
    올해로 14회째를 맞아`, `2017년 처음 문을 연 책 장터는 올해 8번째 장터를`): the Nth this year when the ordinal is
    reached (`맞았다`) or counts the very noun its start's clause names. A yearly event may skip a year, so its
    count is read from the first edition with both ends or not (`inclusive`); a year written between the start
    and the ordinal (another start), an ordinal of a noun the start does not name (`3번째 우승`: a count of wins,
    not of years), or one told of a past year is not read."""
    found = _editions(doc.language)
    if found is None:
        return []
    patterns, marks = found
    if not may_match(marks, doc.text) or marks.search(doc.text) is None:
        return []
    words = _ordinal_words(doc.language)
    since_veto = _since_veto(doc.language)
    out = []
    sentences = sorted({doc.segments.sentence_of(m.start()) for m in finditer_if_possible(marks, doc.text)})[
        :_MOST_READ
    ]
    read: set[int] = set()
    for sentence in sentences:
        start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
        for match in (m for pattern in patterns for m in pattern.finditer(doc.text, start, end)):
            count_at = match.start("n") if match.group("n") else match.start("word")
            which = "n" if match.group("n") else "word"
            first, last = (
                (match.end("year"), count_at)
                if count_at > match.start("year")
                else (match.end(which), match.start("year"))
            )
            # (`2014년 처음 열렸으며 2020년과 2021년 두 해를 건너뛰어 올해로 11회째`: the years it skipped, told
            # after its first year, checker/link/skipped_editions.py)
            skipped = skipped_years(doc, match.end("year"), int(match.group("year")), published.year)
            skipped_at = {s.start for s in skipped[1]} if skipped is not None else set()
            between = [y for y in _YEAR.finditer(doc.text, first, last) if y.start() not in skipped_at]
            if between or _dated_between(doc, first, last, published, skipped_at):
                continue  # (two years, or a time, between the first and the ordinal: which it counts from is unsaid)
            clause = _CLAUSE_SPLIT.split(doc.text[start : match.start()])[-1]
            if since_veto is not None and _told_since(doc.language, match) and since_veto.search(clause):
                continue  # (`the most since 2019`: a record's year, not where a run began)
            not_yearly, restricted = _edition_vetoes(doc.language)
            if (
                not_yearly is not None
                and not_yearly.search(doc.text, start, end)
                and not (
                    skipped is not None and skipped[0] and only_skips(doc.language, not_yearly, doc.text, start, end)
                )
            ):
                continue  # (`every other summer`, `격년으로`, `cancelled five years`: editions are not years)
            if skipped is None:
                continue  # (years skipped, but not which nor how many: the ordinal counts no years)
            if restricted is not None and restricted.match(doc.text, match.end()):
                continue  # (`the 12th festival held in the new hall`: an ordinal of a subset of the editions)
            noun = match.groupdict().get("noun")
            if noun is not None:
                stem = _particle_end(doc.language).sub("", noun)
                if len(stem) < 2 or stem not in doc.text[match.end("year") : count_at]:
                    continue  # (`올해로 3번째 우승`: a count of another thing than the one started)
                if stem == noun and _NOUN_AFTER.match(doc.text, match.end("noun")):
                    continue  # (`3번째 장터 대표를`: a bare noun before another noun counts that other noun)
            span = _years_to_publication(match, words, doc.text, published, inclusive=True)
            if span is not None and skipped[0]:
                span.skipped, span.skipped_spans = skipped
            below = "below" in match.re.groupindex
            if (
                below
                and span is not None
                and span.months // 12 + span.skipped < published.year - int(match.group("year"))
            ):
                # (a run told only by its first year, no word that it ran every year since: fewer editions than
                # years is a pause, unsaid, as likely as a slip; editions bound the years only from below)
                continue
            if span is not None:
                # (the ordinal's noun or its words of reaching; a bare ordinal alone)
                ends = [match.end(g) for g in ("reached", "noun") if match.groupdict().get(g)]
                span.end = ends[0] if ends else match.end()
                span.text = doc.text[span.start : span.end]
                if span.start not in read:  # (one ordinal read by two patterns)
                    read.add(span.start)
                    out.append(span)
    return out


def _dated_between(
    doc: ArticleView, start: int, end: int, published: dt.date, skipped: set[int] | frozenset[int] = frozenset()
) -> bool:
    """Whether the reader found a time between `start` and `end` other than the publication's year (`지난해
    28회째`: an ordinal of another year; `this year's was the 43rd` is this one's) or a year the run skipped (starting
    at one of `skipped`)."""
    this_year = str(Period.of_year(published.year))
    at = bisect.bisect_left(doc.time_starts, start)
    while at < len(doc.times) and doc.times[at].start < end:
        ref = doc.times[at]
        if any(ref.start <= year < ref.end for year in skipped):
            at += 1
            continue  # (`in 2021`: a year the run skipped)
        if ref.end <= end and ref.period is not None and str(ref.period) != this_year:
            return True
        at += 1
    return False


# after a noun with no particle, another word of letters: the noun describes that word (`장터 대표를`)
_NOUN_AFTER = compile_exact(r"[ \t]+[^\W\d_]{2,}")


@functools.cache
def _edition_vetoes(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Words of a run not held every year (`[link.edition_not_yearly]`) and a participle right after an edition's noun
    (`[link.edition_restricted_after]`)."""
    w = link_alternations(code)
    not_yearly = compile_re(rf"(?:{w.edition_not_yearly})", re.I) if w.edition_not_yearly != NEVER else None
    restricted = (
        compile_re(rf"\s+(?:{w.edition_restricted_after})\b", re.I) if w.edition_restricted_after != NEVER else None
    )
    return not_yearly, restricted


@functools.cache
def _particle_end(code: str) -> re.Pattern[str]:
    """A noun's particle at its end (`[link.edition_noun_particles]`), dropped before the noun is looked for in its
    start's clause."""
    return compile_re(rf"(?:{link_alternations(code).edition_noun_particles})$")


@functools.cache
def _since_word(code: str) -> re.Pattern[str] | None:
    w = link_alternations(code)
    return compile_re(rf"\b(?:{w.age_start_since})\b", re.I) if w.age_start_since != NEVER else None


def _told_since(code: str, match: re.Match[str]) -> bool:
    """Whether an edition's match reads its first year after `since` (`[link.age_start_since]`), the only reading a
    record or compared figure before it vetoes (`the 14th duck race, first held in 2013`, after `About 300 people`, is
    read)."""
    since = _since_word(code)
    return since is None or since.search(match.group(0)) is not None


@functools.cache
def _since_veto(code: str) -> re.Pattern[str] | None:
    """A record or compared figure in the clause before `since` (`[link.age_since_vetoes]`)."""
    w = link_alternations(code)
    return compile_re(rf"\b(?:{w.age_since_vetoes})", re.I) if w.age_since_vetoes != NEVER else None


def link_season_ordinals(doc: ArticleView, published: dt.date | None, published_assumed: bool) -> list[ElapsedSpan]:
    """Each ordinal season (and each anniversary) with its start's year, as an elapsed time to the publication
    year."""
    if published is None or published_assumed:
        return []
    anniversaries = _anniversary_spans(doc, published)
    read = {span.start for span in anniversaries}
    anniversaries += [span for span in _edition_spans(doc, published) if span.start not in read]
    patterns, words, season_noun = _patterns(doc.language)
    if season_noun is None or not (may_match(season_noun, doc.text) and season_noun.search(doc.text)):
        return anniversaries  # (no season counted now: the text is not searched from every year it holds)
    out = []
    for pattern in patterns:
        for match in finditer_if_possible(pattern, doc.text):
            span = _years_to_publication(match, words, doc.text, published, inclusive=True)
            if span is not None:
                out.append(span)
    return out + anniversaries
