"""A person's age now, apposed to their name, and their age in a year the same sentence dates: `이선옥(63)씨는 1982년
열아홉 살에 입문해`, `Geoff Hart, 71, first entered in 2004, when he was 49`, `Harker, 34, first entered at 19 in 2011`.

The age now is a number in brackets right after a name (`이선옥(63)`) or between commas after one (`Geoff Hart, 71,`),
or after `who is` (`[link.age_now_open]`, `[link.age_now_close]`); the age then is a number with a unit of age right
after a year (`1982년 열아홉 살에`: `[link.age_then_units]`) or before it (`스물다섯 살이던 1999년`,
`스물다섯 살에 1999년`: `[link.age_then_year_after]`), after a year and the words that give a person's age in it (`in
2004, when he was 49`, `in 1979 at the age of 24`, `in 1990 at 16 as an apprentice`: `[link.age_then_when]`), before
the year after `at` (`at 19 in 2011`, `at 23, in 1985`, `since he was 22, in 2010`: `[link.age_then_at]`), or before
the year told as the years back from now (`went to sea at 15, 43 years ago`: `[link.span_ago]`), or, in a sentence
with no year, before the words of founding something (`서른다섯 살에 회사를 세웠다`: `[link.age_then_founded]`) when
the sentence right before it in its paragraph writes one year, before a word of founding (`2015년 창업한 회사는`):
that year. The two ages differ
by the years from that year to the publication's, give or take one (either birthday may not have come): read as an
elapsed time of the difference from the year to now (the elapsed check's `age_then`), to the publication a reading, a
warning at most. Only one age now in the sentence before the age then, or, with none there, in the sentence before it
in its paragraph when the age then's sentence opens on a pronoun of a person (`Tom Reed, 29, won. He first entered in
2013, aged 16.`: `[link.age_then_pronoun_opening]`), and only with a publication date after the year. Language words
are data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from checker.extract.lang import NEVER, link_alternations
from checker.link.birth_years import OLDEST_AGE, YEAR_ALONE
from checker.link.elapsed import span_counts
from checker.link.view import ArticleView
from checker.models import ElapsedSpan, Span
from checker.periods import Period
from checker.regex_cache import compile_re
from checker.regex_needs import finditer_if_possible


@functools.cache
def _patterns(code: str) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...], dict[str, int]]:
    """(the age now, group `now`; the ages then with their years, groups `then` and `year` or, for a year told as the
    years back from now, `ago`; the count words)."""
    w = link_alternations(code)
    counts, number = span_counts(code)
    if NEVER in (w.age_now_open, w.age_now_close):
        return None, (), counts
    now = compile_re(rf"(?:{w.age_now_open})(?P<now>\d{{1,3}})(?:{w.age_now_close})", re.I)
    then = rf"(?P<then>{number})"
    out = []
    if w.age_then_units != NEVER:
        # `1982년 열아홉 살에`
        out.append(
            compile_re(
                rf"{YEAR_ALONE}\s?(?:{w.elapsed_years})(?!{w.decade_after_year})\s{then}\s?(?:{w.age_then_units})", re.I
            )
        )
        if w.age_then_year_after != NEVER:
            # `스물다섯 살이던 1999년`, `스물다섯 살에 1999년`
            out.append(
                compile_re(
                    rf"(?<![\w]){then}\s?(?:{w.age_then_year_after})\s{YEAR_ALONE}\s?"
                    rf"(?:{w.elapsed_years})(?!{w.decade_after_year})",
                    re.I,
                )
            )
    if NEVER not in (w.age_then_units, w.age_then_founded):
        # `서른다섯 살에 회사를 세웠다`: the year of the founding in the sentence before (`_founded_before`)
        out.append(compile_re(rf"(?<![\w]){then}\s?(?:{w.age_then_units})\s?(?P<founded>{w.age_then_founded})", re.I))
    if NEVER not in (w.age_then_when, w.age_then_year_before):
        # `in 2004, when he was 49`, `in 1979 at the age of 24`, `in 1990 at 16 as an apprentice`
        out.append(
            compile_re(rf"\b(?:{w.age_then_year_before})\s+{YEAR_ALONE},?\s+(?:{w.age_then_when})\s+{then}\b", re.I)
        )
    if NEVER not in (w.age_then_at, w.age_then_year_before):
        # `at 19 in 2011`, `at 23, in 1985`, `since he was 22, in 2010`
        out.append(compile_re(rf"\b(?:{w.age_then_at})\s+{then},?\s+(?:{w.age_then_year_before})\s+{YEAR_ALONE}", re.I))
    if NEVER not in (w.age_then_at, w.span_ago):
        # `at 15, 43 years ago`, `since she was 16, 23 years ago`: the year told as the years back from now
        out.append(
            compile_re(
                rf"\b(?:{w.age_then_at})\s+{then},\s+(?P<ago>{number})\s+"
                rf"(?:{w.elapsed_years})\s+(?:{w.span_ago})\b",
                re.I,
            )
        )
    return now, tuple(out), counts


_FIRST_WORD = compile_re(r"\s*\S+")


@functools.cache
def _guards(code: str) -> tuple[re.Pattern[str] | None, ...]:
    """(a bare word right before the age then, closing the text before it; a start; a word giving the number to a
    price or another person; a relative word opening the clause; another person a pronoun may stand for; another
    subject): each None for a language with none."""
    w = link_alternations(code)

    def word(alternation: str, pattern: str) -> re.Pattern[str] | None:
        return None if alternation == NEVER else compile_re(pattern, re.I)

    return (
        word(w.age_then_bare, rf"(?<!\w)(?:{w.age_then_bare})\s+\Z"),
        word(w.age_then_start, rf"\b(?:{w.age_then_start})\b"),
        word(w.age_then_not_own, rf"\b(?:{w.age_then_not_own})\b"),
        word(w.age_then_relative, rf"\A\s*(?:{w.age_then_relative})\b"),
        word(w.age_then_other_person, rf"\b(?:{w.age_then_other_person})\b"),
        word(w.age_then_other_subject, w.age_then_other_subject),
        word(w.age_then_governed, rf"\b(?:{w.age_then_governed})\Z"),
    )


def _own_age_then(code: str, text: str, between: str, then_start: int) -> bool:
    """Whether the age then starting at `then_start` is the age of the person whose age now ends the text just before
    `between` (the words from that age now to the age then's reading). A bare word before the age (`at 15`: a price,
    a score, a rank or a time as well) needs a start in the person's clause (`who carved her first horse at 23`) and
    nothing there that makes the number a price or another person's (`sold`, `hired`, `where she`, `said`), with at
    most one comma, closing a relative clause of the person (`Tom Lee, 52, who runs it now, joined at 16`); any other
    age then no other person between (`whose son`, `her daughter`) and no other subject (`딸이`, `가게가`)."""
    bare, start, not_own, relative, other_person, other_subject, governed = _guards(code)
    # (the first word after the age now is the person's own: a title and its marker, `대표가`, `씨는`)
    own_word = _FIRST_WORD.match(between)
    if other_subject is not None and other_subject.search(between, own_word.end() if own_word else 0):
        return False
    if bare is not None and bare.search(text, max(0, then_start - 12), then_start):
        clauses = between.split(",")
        if len(clauses) > 2 or (len(clauses) == 2 and (relative is None or not relative.search(clauses[0]))):
            return False
        if start is None or not start.search(between):
            return False
        return not_own is None or not not_own.search(between)
    if other_person is None:
        return True
    # (another person governed by a preposition is no subject the pronoun stands for: `from her father`)
    return all(
        governed is not None and governed.search(between, 0, hit.start()) for hit in other_person.finditer(between)
    )


def link_age_pairs(doc: ArticleView, published: dt.date | None, assumed: bool) -> list[ElapsedSpan]:
    """Every age then whose sentence gives the person's age now before it, as the years from then to now."""
    if published is None or assumed:
        return []
    now_pattern, then_patterns, counts = _patterns(doc.language)
    if now_pattern is None or not then_patterns:
        return []
    thens = [m for pattern in then_patterns for m in finditer_if_possible(pattern, doc.text)]
    if not thens:
        return []
    # (the ages now, found once: each age then looks up those of its sentence before it, so a long text stays linear)
    nows = list(finditer_if_possible(now_pattern, doc.text))
    now_starts = [m.start() for m in nows]
    out = []
    for match in thens:
        dated = "year" if "year" in match.re.groupindex else "ago" if "ago" in match.re.groupindex else "founded"
        written = match.group("then")
        then = int(written) if written.isdigit() else counts.get(written.lower(), 0)
        founded = _founded_before(doc, match.start()) if dated == "founded" else None
        if dated == "founded":
            if founded is None:
                continue
            year = int(founded.group("year"))
        elif dated == "year":
            year = int(match.group("year"))
        else:
            ago = match.group("ago")
            year = published.year - (int(ago) if ago.isdigit() else counts.get(ago.lower(), 0))
        if year >= published.year or not 0 < then <= OLDEST_AGE:
            continue
        first = min(match.start("then"), match.start(dated))
        sentence_start, _ = doc.segments.sentence_bounds(doc.segments.sentence_of(first), len(doc.text))
        low, high = bisect.bisect_left(now_starts, sentence_start), bisect.bisect_left(now_starts, first)
        before = [m for m in nows[low:high] if m.end() <= first]
        if not before:
            before = _of_the_sentence_before(doc, nows, now_starts, sentence_start)
        if len(before) != 1:
            continue  # (no age now, or two people's: whose age then is unsaid)
        cut = before[0].end()
        if cut < sentence_start:  # (the age now in the sentence before: the words after the opening pronoun)
            opening = _pronoun_opening(doc.language)
            opened = opening.match(doc.text, sentence_start) if opening is not None else None
            cut = opened.end() if opened is not None else sentence_start
        if not _own_age_then(doc.language, doc.text, doc.text[cut : match.start()], match.start("then")):
            continue
        now = int(before[0].group("now"))
        if not then < now <= OLDEST_AGE:
            continue
        out.append(
            ElapsedSpan(
                start=before[0].start("now"),
                end=before[0].end("now"),
                text=before[0].group("now"),
                months=(now - then) * 12,
                unit="year",
                since=str(Period.of_year(year)),
                since_span=Span(start=founded.start("year"), end=founded.end("year"))
                if founded is not None
                else Span(start=match.start(dated), end=match.end(dated) if dated == "year" else match.end()),
                until=str(Period.of_year(published.year)),
                until_span=None,
                age=True,
                age_then=Span(start=match.start("then"), end=match.end("then")),
                age_then_text=written,
            )
        )
    return out


@functools.cache
def _pronoun_opening(code: str) -> re.Pattern[str] | None:
    """Opening a sentence, a pronoun of a person (`[link.age_then_pronoun_opening]`); None for a language with none."""
    w = link_alternations(code)
    return compile_re(w.age_then_pronoun_opening) if w.age_then_pronoun_opening != NEVER else None


def _of_the_sentence_before(
    doc: ArticleView, nows: list[re.Match[str]], now_starts: list[int], sentence_start: int
) -> list[re.Match[str]]:
    """The ages now of the sentence before, in the same paragraph, when the age then's sentence opens on a pronoun of a
    person (`Tom Reed, 29, won the final. He first entered in 2013, aged 16.`): that person's; none otherwise."""
    pronoun = _pronoun_opening(doc.language)
    sentence = doc.segments.sentence_of(sentence_start)
    if pronoun is None or sentence == 0 or pronoun.match(doc.text, sentence_start) is None:
        return []
    if doc.segments.paragraph_of(sentence_start) != doc.segments.paragraph_of(sentence_start - 1):
        return []
    start, _ = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
    low, high = bisect.bisect_left(now_starts, start), bisect.bisect_left(now_starts, sentence_start)
    return nows[low:high]


@functools.cache
def _founding_year(code: str) -> re.Pattern[str] | None:
    """A year right before a word of founding (`2015년 창업한`, `1986년 문을 열어`: `[link.age_founded_after_year]`; not
    any start, `2015년 도입된`, `2015년부터 수출을 시작했다`); None for a language with none."""
    w = link_alternations(code)
    if NEVER in (w.age_then_founded, w.age_founded_after_year):
        return None
    return compile_re(rf"{YEAR_ALONE}\s?(?:{w.elapsed_years})\s?(?:[^\s\d.,]+\s)?(?:{w.age_founded_after_year})", re.I)


def _founded_before(doc: ArticleView, at: int) -> re.Match[str] | None:
    """The founding year of the sentence right before the one at `at`, in its paragraph, when that sentence writes one
    year, before a word of founding (`2015년 창업한 회사는 … 서른다섯 살에 회사를 세웠다`), and the sentence at `at`
    writes none; None otherwise."""
    pattern = _founding_year(doc.language)
    sentence = doc.segments.sentence_of(at)
    if pattern is None or sentence == 0:
        return None
    start, end = doc.segments.sentence_bounds(sentence, len(doc.text))
    if _A_YEAR.search(doc.text, start, end) is not None:
        return None  # (a year of its own: the age then's year is its sentence's, read by the other patterns)
    if doc.segments.paragraph_of(start) != doc.segments.paragraph_of(start - 1):
        return None
    before_start, before_end = doc.segments.sentence_bounds(sentence - 1, len(doc.text))
    if len(_A_YEAR.findall(doc.text, before_start, before_end)) != 1:
        return None  # (two years: which one the founding is, unsaid)
    return pattern.search(doc.text, before_start, before_end)


_A_YEAR = compile_re(YEAR_ALONE.replace("(?P<year>", "(?:"))
