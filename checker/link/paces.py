"""A pace over a stated span, and the total it comes to, in one sentence: `Fitters will install 15 boilers a month
for 10 months, 150 boilers in all`, `The charity will pay £2,000 a month for 18 months, £36,000 in all`, `The kiln made
1,500 tiles over five months, at 300 a month`, `공방은 여섯 달 동안 한 달에 300자루씩 모두 1천800자루를 만든다`.

The amount (money, or a count) is stated per a short period — a month, a week or a day — by the marks of that period
before or after it (`[link.per_month_before]`, `[link.per_month_after]`, and the week's and day's); the span is a
number of that period's unit written in the sentence (`for 10 months`, `five months`, `여섯 달 동안`, `30일간`:
`[link.pace_terms_month]`, `[link.pace_terms_week]`, `[link.pace_terms_day]`), the one such span there; the total is
the one other figure of the amount's kind and unit in the sentence (a count of its counter, or one naming none), larger,
itself stated per no period. The total is the amount times the span's periods (`per_period_of`, `periods`: the
per-period check F312 multiplies).

Which amount, which total, which span: a second of any leaves it unsaid. Any other count or amount in the sentence
vetoes the reading (`£15 a week from each of 90 members for 52 weeks`: the total is over the members too; `12 staff
pack 1,200 boxes a day`: whose pace, not said); so does an amount given to each of a count (`250명에게 매달 …씩`) or
stated per a unit as well. A figure another reading has linked as a total, a part or a figure per unit is left as it
is. One sentence: a mismatch is an error.
"""

from __future__ import annotations

import bisect
import functools
import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.link.clause_marks import CLAUSE_CLOSES, CLAUSE_END
from checker.link.elapsed import span_counts
from checker.link.restated_per_unit import _PER_NOUN_AFTER
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim, Span
from checker.regex_cache import compile_exact, compile_re
from checker.regex_needs import search_between

_GRAINS = ("month", "week", "day")
_KINDS = ("money", "count", "measure")
# (languages whose measures are read as paces: Korean copy states a measure per month as an average beside another
# average, `월평균 3억㎥ … 월평균 8천만㎥`, which no pace makes)
_MEASURE_LANGS = ("en",)
_STORY_KINDS = ("count", "measure")  # (a pace whose total the story's lead states: `… 1,800 tins a day`)
_MARK_REACH = 12  # characters before an amount where its period's mark stands
# (`하루 8천 봉지`; `하루 생산량은 4천 봉지`, `한 달 생산능력은 1만5천 대`: a period's mark before what is made in it,
# `[link.pace_capacity_nouns]`, and the figure as its predicate)
_MARKS_BEFORE = {
    grain: ByLanguage(
        lambda w, g=grain: (
            rf"(?:{getattr(w, f'per_{g}_before')})\s*"
            rf"(?:(?:{w.pace_capacity_nouns})(?:{w.clause_topic_particles}|{w.pace_capacity_particles})\s*)?$"
        ),
        re.I,
    )
    for grain in _GRAINS
}
_MARKS_AFTER = {grain: ByLanguage(lambda w, g=grain: rf"(?:{getattr(w, f'per_{g}_after')})", re.I) for grain in _GRAINS}
# `£20 a ticket a month`, `곳당 월 10만 원씩`: an amount per a unit as well, of a total over the units too
_PER_UNIT_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.unit_price_after})[\s-]+(?:(?:{w.period_nouns_after_mark})[\s-]+(?:{w.unit_price_after})[\s-]+)?"
        rf"(?!(?:{w.period_nouns_after_mark})\b)[^\W\d_]{{3,}}"
    ),
    re.I,
)
_PER_UNIT_BEFORE = ByLanguage(lambda w: rf"(?:{w.unit_price_before})\s*(?:\S+\s*)?$", re.I)
_RATE_AFTER = ByLanguage(lambda w: rf"(?:\s+(?:{w.rate_each_after})|{w.unit_rate_after})", re.I)
_MAX_PERIODS = 400  # a span of more periods is no pace's term (a date, a count of something else)


@functools.cache
def _terms(code: str) -> tuple[dict[str, re.Pattern[str]], dict[str, int]]:
    """For each grain, the pattern of a span of that many periods (`10 months`, `여섯 달 동안`), with the number words
    a span's length may be written in and what each is worth (the spans' own: checker/link/elapsed.py)."""
    words, number = span_counts(code)
    w = link_alternations(code)
    # (`꼬박 30일을`, `꼬박 넉 달이`: a length the word before it says is whole is a span with any particle after it)
    patterns = {
        grain: compile_re(
            rf"(?<![^\W\d_.,])(?:(?P<full>{w.pace_term_full_before})\s?)?(?P<n>{number})[\s-]?"
            rf"(?:(?:{getattr(w, f'pace_terms_{grain}')})(?![^\W\d_])(?!{w.pace_term_part_after})"
            rf"|(?(full)(?:{getattr(w, f'pace_full_units_{grain}')})(?=[^\W\d_]?(?![^\W\d_]))|(?!)))",
            re.I,
        )
        for grain in _GRAINS
    }
    return patterns, words


def _periods(written: str, words: dict[str, int]) -> float | None:
    if written.isdigit():
        return float(written)
    value = words.get(written.lower())
    return None if value is None else float(value)


def _grain(claim: Claim, text: str, lang: str) -> str | None:
    found = [
        g
        for g in _GRAINS
        if search_between(_MARKS_BEFORE[g][lang], text, max(0, claim.start - _MARK_REACH), claim.start)
        or _MARKS_AFTER[g][lang].match(text, claim.end)
    ]
    return found[0] if len(found) == 1 else None


# `for 10 months`, `over the five months`: right after a pace, the words leading to its span
_SPAN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.pace_span_before})\s+(?:(?:{w.definite_articles})\s+)?(?:(?:{w.hedges})\s+)?", re.I
)
_CLAUSE_BREAK = compile_exact(r"[;:]")  # (within a sentence, a break no pace is read across)
_COLLECTIVE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.pace_collective_after})(?![^\W\d_])", re.I)
# `Each of its 14 staff`: right before a crew's count, the pace after it one of them's
_ONE_OF_CREW_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.pace_one_of_crew_before})\s+$", re.I)
# `…, so the order will take 30 working days`, `…, which means`: after a pace (and its crew's `between them`), a comma
# and what the pace comes to
_CONSEQUENCE_AFTER = ByLanguage(
    lambda w: rf"(?:\s+(?:{w.pace_collective_after}))?\s*,\s*(?:{w.pace_consequence_after})(?![^\W\d_])", re.I
)
# (`60 pens a day between them, 15 apiece, so …`: what one of the crew keeps up, appended, between; and the two crew
# shapes read only when what the pace comes to is the whole order's, `so the order will take …`, not `so half the
# order`, `so the rest`, `so the 300 cushions`: `[link.pace_whole_after]`)
_WHOLE_CONSEQUENCE_AFTER = ByLanguage(
    lambda w: (
        rf"(?:\s+(?:{w.pace_collective_after}))?(?:\s*,\s*(?:{w.pace_each_share_after}))?"
        rf"\s*,\s*(?:{w.pace_consequence_after})\s+(?:{w.pace_whole_after})"
    ),
    re.I,
)
# `Five cutters each finish 12 rugs a day, 60 between them`: right after the pace of one of the crew (and its period's
# mark), a comma and the crew's pace together, a figure closed by a mark of all of them
_TOGETHER_GAP = compile_exact(r"\s*,\s*")
_SPAN_LINKED = ("en",)  # (languages whose paces are followed by their span or close their clause: `pace_span_before`)
_TOTAL_GAP = compile_exact(r"\s*,?\s*(?:[^\W\d_]+\s+){0,2}")  # (`…, 150 boilers`: the total right after the pace)


# between the later of a pace and its span and the total after them: a comma, a total's mark (`씩 모두`, `, 150 in
# all`), or words naming the total what the pace took or cost over the span (`, a bill of £10,400`, `, bringing in`:
# `[link.counted_takings_before]`; `for nine weeks at £1,150 a week cost £10,350`: `[link.pace_total_verbs]`)
_TOTAL_RIGHT_AFTER = ByLanguage(
    lambda w: (
        rf"(?:{w.per_unit_distributive_after})?\s*,?\s*(?:(?:{w.total_marks})\s*)?"
        rf"(?:(?:{w.counted_takings_before}|{w.pace_total_verbs})\s+)?(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
    first_tested=False,
)


def _mark_end(amount: Claim, grain: str, text: str, lang: str) -> int:
    after = _MARKS_AFTER[grain][lang].match(text, amount.end)
    return after.end() if after else amount.end


def _pace_closes(amount: Claim, grain: str, term: re.Match[str], total: Claim, text: str, lang: str) -> bool:
    """Whether the pace's clause ends right after it and its mark (a comma, a full stop), or goes on to its span
    (`15 a month for 10 months`) or to its total (`…, 150 in all`): no words after it narrowing the pace to a part
    of the span (`30,000 a day at the weekend`)."""
    after = _MARKS_AFTER[grain][lang].match(text, amount.end)
    end = after.end() if after else amount.end
    together = _COLLECTIVE_AFTER[lang].match(text, end)
    end = together.end() if together else end  # (`150 steins a day between them`: the crew's pace together)
    if CLAUSE_CLOSES.match(text, end):
        return True
    span = _SPAN_AFTER[lang].match(text, end)
    if span is not None and span.end() == term.start():
        return True
    return total.start >= end and _TOTAL_GAP.fullmatch(text, end, total.start) is not None


def _paced(
    sentence: list[Claim], text: str, lang: str, paced_already: set[str | None]
) -> tuple[Claim, str, list[Claim]] | None:
    """The sentence's one figure per a period free to be a pace, its grain, and the sentence's other amounts."""
    amounts = [c for c in sentence if c.kind in _KINDS and (c.kind != "measure" or lang in _MEASURE_LANGS)]
    paced = [(c, g) for c in amounts if c.role == "value" and (g := _grain(c, text, lang)) is not None]
    if len(paced) != 1:
        return None  # (none, or two figures per a period: which is the pace, not said)
    amount, grain = paced[0]
    others = [c for c in amounts if c is not amount]
    if (
        amount.id in paced_already
        # (`each finish 10 rugs a day, 50 between them`: a pace of one of a crew their pace together divides)
        or (amount.per_unit_of is not None and _together_after(amount, grain, others, text, lang) is None)
        or amount.per_period_of is not None
        or amount.part_of is not None
    ):
        return None
    if _PER_UNIT_AFTER[lang].match(text, amount.end) or _PER_UNIT_BEFORE[lang].search(
        text, max(0, amount.start - _MARK_REACH), amount.start
    ):
        return None  # (`£20 a ticket a month`, `곳당 월 10만 원씩`: per a unit as well)
    return amount, grain, others


# `, or 46,800 over the 52 weeks`, `, 7,000 in all`: a bare count stated as a total, an `or` or a total's mark right
# before it (`[link.or_words]`, `[link.total_marks]`, a hedge between) or a total's words right after it
# (`[link.appended_total_words]`); not `, or 2,000 of them`, a part (`[link.parts_of_them]`)
_BARE_TOTAL_BEFORE = ByLanguage(
    lambda w: rf"(?:(?<![^\W\d_])(?:{w.or_words})|(?:{w.total_marks}))\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_BARE_TOTAL_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.appended_total_words})(?![^\W\d_])", re.I)
_BARE_PART_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.parts_of_them})(?![^\W\d_])", re.I)


def _bare_total(claim: Claim, text: str, lang: str) -> bool:
    """Whether a count naming nothing is stated as a total (`, or 46,800 over the 52 weeks`, `, 7,000 in all`)."""
    if claim.kind != "count" or claim.counter or claim.per_unit_of is not None:
        return False
    if _BARE_PART_AFTER[lang].match(text, claim.end):
        return False  # (`, or 2,000 of them blue`: a part of the total, no total)
    return bool(
        _BARE_TOTAL_BEFORE[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start)
        or _BARE_TOTAL_AFTER[lang].match(text, claim.end)
    )


def _of_the_story(amount: Claim, others: list[Claim], text: str, lang: str) -> bool:
    """Whether a pace's total is the story's (no other figure of its kind in its sentence, nor a bare count stated as a
    total, but one per unit)."""
    if amount.kind == "count" and not amount.counter:
        return False  # (`or about 3,000 a day`: of what, not said; the story's figure of it unknown)
    # (`900 loaves a week, or 46,800 over the 52 weeks`: a bare count stated as a total in its sentence is of the
    # pace's noun, its total; `, 2,000 of them blue`, `, 12,000 short of its target`: no total, the story's stays)
    return amount.kind in _STORY_KINDS and not any(
        (_same_kind(c, amount, text) or _bare_total(c, text, lang)) and c.per_unit_of is None for c in others
    )


def link_paces(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    by_sentence = group_by_sentence(figures)
    # (an amount another reading has read as a pace or an average of a span's total keeps that total)
    paced_already = {c.per_period_of for c in figures if c.per_period_of}
    for number, sentence in by_sentence.items():
        found = _paced(sentence, text, lang, paced_already)
        if found is None:
            continue
        guessed = False
        amount, grain, others = found
        if _of_the_story(amount, others, text, lang):
            continue  # (the story's total: `link_paces_of_the_story`, once the other readings have read it)
        if len(others) != 1:
            continue  # (another count or amount beside them: over what else the total is, not said)
        total = others[0]
        if (
            total.kind != amount.kind
            or total.unit != amount.unit
            or total.role != "value"
            or total.value <= amount.value
            or (amount.counter and total.counter and amount.counter.lower() != total.counter.lower())
            or total.per_period_of is not None
            or total.product_of is not None
            or total.per_unit_of is not None
            or total.part_of is not None
            or _grain(total, text, lang) is not None
            # (`or 90 for each animal`, `90 walkers each`: itself per unit)
            or _RATE_AFTER[lang].match(text, total.end)
            or _PER_NOUN_AFTER[lang].match(text, total.end)
        ):
            continue
        terms = _terms_of(number, sentence, grain, text, lang, sentence_starts)
        # (English: `Boats are serviced every 40 days. … about 2,100 a day`: a length told in the sentence before may be
        # an interval, no span: read in its own sentence only)
        if (
            not terms
            and lang not in _SPAN_LINKED
            and number > 0
            and "\n" not in text[sentence_starts[number - 1] : sentence_starts[number]]
        ):
            # (`썰매장을 80일 동안 운영한다. 목표는 4만 명으로, 하루 평균 500명이다`: the span the sentence before
            # states, of the same paragraph, when that sentence states no figure of the amount's kind: a guess)
            before = by_sentence.get(number - 1, [])
            if not any(c.kind in _KINDS for c in before):
                terms, guessed = _terms_of(number - 1, before, grain, text, lang, sentence_starts), True
        if len(terms) != 1:
            continue  # (no span, or two: which the pace runs over, not said)
        term = terms[0]
        if (
            not guessed
            and total.start > term.end()
            and not _TOTAL_RIGHT_AFTER[lang].fullmatch(
                text, max(_mark_end(amount, grain, text, lang), term.end()), total.start
            )
        ):
            continue  # (`하루 25명씩 30일간 문을 열어 900명이`: a verb between, the total another clause's)
        if _another_clauses_span(amount, term, text, lang):
            continue  # (`지난해 하루 800개씩 만들었지만 올해는 30일 만에 3만 개를`: the span of another clause)
        if _reached_apart(amount, grain, term, text, lang):
            continue  # (`하루 800개씩 만들며 다음 달 30일이면 3만 개를`: a date, no span of the pace)
        low, high = min(amount.start, term.start(), total.start), max(amount.end, term.end(), total.end)
        if not guessed and _CLAUSE_BREAK.search(text, low, high):
            continue  # (`96,000 visitors over the eight weeks; on weekends … 17,000 a week`: another clause's pace)
        if lang in _SPAN_LINKED and not _pace_closes(amount, grain, term, total, text, lang):
            continue  # (`30,000 a day at the weekend`: words after the pace narrow it to a part of the span)
        _, words = _terms(lang)
        periods = _periods(term.group("n").strip(), words)
        if periods is None or not 1 < periods <= _MAX_PERIODS:
            continue
        _link(total, amount, term, periods, guessed)


def _link(total: Claim, amount: Claim, term: re.Match[str], periods: float, guessed: bool) -> None:
    total.per_period_of, total.periods = amount.id, periods
    total.periods_span = Span(start=term.start(), end=term.end())
    if guessed:
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _terms_of(
    number: int, sentence: list[Claim], grain: str, text: str, lang: str, sentence_starts: list[int]
) -> list[re.Match[str]]:
    """The spans of the grain's periods a sentence writes (`for 10 months`, `80일 동안`), none inside a figure."""
    start = sentence_starts[number] if number < len(sentence_starts) else 0
    end = sentence_starts[number + 1] if number + 1 < len(sentence_starts) else len(text)
    patterns, words = _terms(lang)
    return [
        m
        for m in patterns[grain].finditer(text, start, end)
        if not any(c.start < m.end() and m.start() < c.end for c in sentence)
        and _periods(m.group("n").strip(), words) != 1  # (`한 달 생산능력은`: the pace's own period, no span)
    ]


# ---------------------------------------------------------------- a pace over a span of the story's total

_WORD_REACH = 12
_WORD_RIGHT_BEFORE = compile_exact(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)\s$")
_COUNTER_AFTER = compile_exact(
    r"(?:[\s-]+[^\W\d_]+){1,2}"
)  # (`2,400 extra tests`: the noun after an adjective read as counter)


def _same_kind(figure: Claim, amount: Claim, text: str) -> bool:
    """A figure of the pace's own kind: a measure of its unit, money of its currency, a count naming its counter
    (as its counter, or one of the two words after it: `2,400 extra tests` of `200 tests a month`)."""
    if figure.kind != amount.kind or figure.unit != amount.unit:
        return False
    if amount.kind != "count":
        return True
    want = (amount.counter or "").lower()
    if not want or (figure.counter or "").lower() == want:
        return True
    words = _COUNTER_AFTER.match(text, figure.end)
    if words is not None and want in re.split(r"[\s-]+", words.group().lower()):
        return True
    # (`240㎖ 캔 10만 개` of `4천 캔`: the pace's counter written as the noun right before the figure, counted in
    # another counter)
    before = _WORD_RIGHT_BEFORE.search(text, max(0, figure.start - _WORD_REACH), figure.start)
    return before is not None and before.group("word").lower() == want


def link_paces_of_the_story(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """A pace whose total is the story's whole (`_pace_of_the_story`): read after the sums, shares and figures per
    unit have read that whole, so that a pace takes it as its total beside them."""
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    by_sentence = group_by_sentence(figures)
    paced_already = {c.per_period_of for c in figures if c.per_period_of}
    story: _StoryTotals | None = None
    for sentence in by_sentence.values():
        found = _paced(sentence, text, lang, paced_already)
        if found is None:
            continue
        amount, grain, others = found
        spans = [c for c in others if c.start > amount.end and _terms(lang)[0][grain].match(text, c.start)]
        if spans and _crew_each(amount, grain, sentence, text, lang) is not None:
            # (`Three riggers, each splicing six ropes a day, need 50 days for the job`: a number read with the
            # pace's counter carried over is the span of days the job takes, no figure of the pace's kind)
            sentence = [c for c in sentence if c not in spans]
            others = [c for c in others if c not in spans]
        together = _together_after(amount, grain, others, text, lang)
        if together is not None:
            # (`each finish 12 rugs a day, 60 between them, so …`: the crew's pace together is the one of the story)
            amount, others = together, [c for c in others if c is not together]
        bare = _bare_pace_of_the_whole(amount, grain, others, text, lang)
        if not bare and not _of_the_story(amount, others, text, lang):
            continue
        if story is None:
            story = _StoryTotals(figures, text, lang)
        _pace_of_the_story(
            amount,
            grain,
            sentence,
            by_sentence,
            story,
            text,
            lang,
            sentence_starts,
            together=together is not None,
            bare=bare,
        )


# `The shop casts 140 a day, so the run will take 30 days`: right after a pace of a count naming nothing, what it
# comes to is the whole order's (`[link.pace_whole_after]`)
_BARE_WHOLE_AFTER = ByLanguage(lambda w: rf"\s*,\s*(?:{w.pace_consequence_after})\s+(?:{w.pace_whole_after})", re.I)
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)


def _bare_pace_of_the_whole(amount: Claim, grain: str, others: list[Claim], text: str, lang: str) -> bool:
    """Whether a pace of a count naming nothing (`casts 140 a day`) is of the story's whole: what it comes to follows
    it, the whole order's (`…, so the batch will take 25 days`), and its sentence counts nothing else."""
    return (
        amount.kind == "count"
        and not amount.counter
        and _BARE_WHOLE_AFTER[lang].match(text, _mark_end(amount, grain, text, lang)) is not None
        # (a count before it may be the crew's, `The two kilns fire 260 a day`, weighed as such; none after it)
        and not any(c.kind == "count" and c.per_unit_of is None and c.start > amount.start for c in others)
    )


_CREW_SLACK = 0.15  # (`twelve hedgers each laid about 5 metres a day, 60 metres between them`: rounded paces)


def _together_after(amount: Claim, grain: str, others: list[Claim], text: str, lang: str) -> Claim | None:
    """The crew's pace together right after the pace of one of them (`each finish 12 rugs a day, 60 between them`):
    the next figure of the sentence, past a comma, of the pace's kind, a value of no relation of its own and larger,
    closed by a mark of all of them (`[link.pace_collective_after]`) and what the pace comes to (`, so …`)."""
    end = _mark_end(amount, grain, text, lang)
    after = [c for c in others if c.start >= end]
    if not after or _TOGETHER_GAP.fullmatch(text, end, after[0].start) is None:
        return None
    together = after[0]
    if (
        amount.per_unit_of not in (None, together.id)
        or together.role != "value"
        or not _same_kind(together, amount, text)
        or together.value <= amount.value
        or together.per_unit_of is not None
        or together.per_period_of is not None
        or together.part_of is not None
        or _grain(together, text, lang) is not None
        or _COLLECTIVE_AFTER[lang].match(text, together.end) is None
        or _WHOLE_CONSEQUENCE_AFTER[lang].match(text, together.end) is None
    ):
        return None
    # (`Its five cutters each finish 10 rugs a day, 40 between them`: the crew's count before, times the pace of one,
    # is not the figure after the comma: whose figure it is, not said)
    crew = [c for c in others if c.kind == "count" and c.end <= amount.start and c.role == "value"]
    if len(crew) == 1 and abs(crew[0].value * amount.value - together.value) > _CREW_SLACK * together.value:
        return None
    return together


class _StoryTotals:
    """The body's first sentence stating figures (past a headline): the story's whole, the lead (built once)."""

    def __init__(self, figures: list[Claim], text: str, lang: str) -> None:
        newline = text.find("\n")
        headline = newline > 0 and text[:newline].rstrip()[-1:] not in '.!?"\u201d'
        self.body = [c for c in figures if not (headline and c.start < newline)]
        first = self.body[0].sentence if self.body else None
        self.lead = [c for c in self.body if c.sentence == first]
        # (the headline's counts, and where the body's text opens: a lead that is the body's first sentence)
        self.headline_counts = {c.value for c in figures if headline and c.start < newline and c.kind == "count"}
        self.body_opens = len(text) - len(text[newline:].lstrip()) if headline else 0


def _pace_of_the_story(
    amount: Claim,
    grain: str,
    sentence: list[Claim],
    by_sentence: dict[int, list[Claim]],
    story: _StoryTotals,
    text: str,
    lang: str,
    sentence_starts: list[int],
    together: bool = False,
    bare: bool = False,
) -> None:
    """`The bakery packs 1,800 tins a day, so the order will take 20 days`, `That is 20,000 tonnes a day`: a pace, a
    count or a measure, whose sentence states no other figure of its kind, over a span its sentence writes (else the
    total's own sentence: `… 1.28 million tonnes since September 15, 64 days ago`), of the lead's one figure of its
    kind (the body's first sentence, past a headline: the whole the story is about; past a lead stating no figure of
    its kind, `… has won a €42,000 order`, the first sentence that does), stated as a value before the pace (`together`:
    the crew's pace together, stated after the pace of one of them, of no period mark of its own). No count
    in the pace's clause before it (`12 staff pack 1,200 boxes a day`: whose pace, not said) but one crew's whose pace
    a comma and what it comes to follow (`…, so the order will take 20 working days`: the crew's together). The
    reading spans sentences: a mismatch is a warning. A pace of a count naming nothing (`bare`: `casts 140 a day, so
    the batch will take 25 days`) is of the lead's one count, a count of no people, the lead itself only."""
    lead = [c for c in story.lead if _same_kind(c, amount, text) and c.role == "value"]
    if bare:
        counts = [c for c in story.lead if c.kind == "count"]
        if any(_PEOPLE[lang].fullmatch(c.counter or "") for c in counts) or len({c.value for c in counts}) != 1:
            return  # (`A 40-staff workshop …`: a count of people, or two counts: of which, not said)
        opens = bisect.bisect_right(sentence_starts, story.body_opens) - 1
        if counts[0].sentence != opens or not story.headline_counts <= {counts[0].value}:
            return  # (a lead counting nothing, `… has won an order for them`: a later sentence's count is a part)
        if not _ordered(counts[0], text, lang):
            return  # (`… has won an order to light 300 hotel rooms`, `in a town of 9,000`: a count of something else)
    elif not any(_same_kind(c, amount, text) for c in story.lead):
        # (`… has won a €420,000 order. It will supply 7,000 steins …`: a lead stating the deal's worth alone, the
        # first sentence after it stating a figure of the pace's kind)
        first = next((c.sentence for c in story.body if _same_kind(c, amount, text)), None)
        lead = [c for c in story.body if c.sentence == first and _same_kind(c, amount, text) and c.role == "value"]
    if not lead or len({c.value for c in lead}) != 1 or any(c.role != "value" for c in lead):
        return
    total = lead[0]
    if (
        total.sentence >= amount.sentence
        or total.value <= amount.value
        or total.per_period_of is not None
        or total.per_unit_of is not None
        or total.product_of is not None
        or total.part_of is not None
        or _grain(total, text, lang) is not None
        or _PER_UNIT_AFTER[lang].match(text, total.end) is not None  # (`150 metres a farm`: per a unit, no whole)
    ):
        return
    crew = [
        c
        for c in sentence
        if c is not amount
        and c.kind == "count"
        and c.end <= amount.start
        and c.per_unit_of is None
        and not _CLAUSE_BREAK_BEFORE.search(text, c.end, amount.start)
    ]
    terms = _terms_of(amount.sentence, sentence, grain, text, lang, sentence_starts)
    each_of = _crew_each(amount, grain, sentence, text, lang)
    if each_of is not None:
        # (`Three riggers, each splicing six ropes a day, need 50 days for the job`: the pace of each of a crew,
        # over the days the job is told to take after it: the total the body opens on is the crew times the pace
        # times the days; another figure, past a lead counting the job in no figure (`an order for 900 of them`), may
        # be another lot's, a prior's, and is not taken)
        if story.body and story.body[0] is total:
            _pace_of_each(amount, each_of, total, terms, text, lang)
        return
    if crew and not (
        len(crew) == 1
        and (
            _CONSEQUENCE_AFTER[lang].match(text, _mark_end(amount, grain, text, lang)) is not None
            or _WHOLE_CONSEQUENCE_AFTER[lang].match(text, _mark_end(amount, grain, text, lang)) is not None
            or _job_takes(amount, terms, text, lang)
        )
        and not _ONE_OF_CREW_BEFORE[lang].search(text, max(0, crew[0].start - _MARK_REACH * 2), crew[0].start)
    ):
        # (`12 staff pack 1,200 boxes a day`: a count of those who keep the pace, one each or all together, not said;
        # `…, so the order will take 20 days`: what the pace comes to is the job's, the crew's pace together)
        return
    if _AVERAGE_BEFORE[lang].search(text, max(0, amount.start - _AVERAGE_REACH), amount.start):
        return  # (`sold an average of 90 swims a day`, `하루 평균 900명`: an average, the span averages' reading)
    opening = sentence_starts[amount.sentence] if amount.sentence < len(sentence_starts) else 0
    if not together and _ONE_SUBJECT[lang].search(text, opening, amount.start):
        return  # (`장인 한 사람이 하루 8자루`, `Each maker sews 12 pairs a day`: the pace of one of many)
    if len(terms) > 1:
        # (`…, so the batch will take 25 days to make, and the first boxes leave 80 days after the deal`: the span
        # what the pace comes to names, right after it)
        told = _told_span(amount, grain, terms, text, lang)
        terms = terms if told is None else [told]
    if not terms:
        terms = _terms_of(total.sentence, by_sentence.get(total.sentence, []), grain, text, lang, sentence_starts)
    if len(terms) != 1:
        return
    term = terms[0]
    if term.start() > amount.end and _CLAUSE_BREAK.search(text, amount.end, term.start()):
        return
    if _another_clauses_span(amount, term, text, lang):
        return
    if _reached_apart(amount, grain, term, text, lang) or (
        _REACHED_TERM[lang].search(text, term.start(), term.end()) is not None
        and _REACHED_WHOLE_AFTER[lang].match(text, term.end()) is None
    ):
        return  # (`하루 500개씩 만들어 10일 만에 첫 배에`: what is reached then is a part of the order, not all of it)
    if term.start() > amount.end and (
        _TOLD_PART_BEFORE[lang].search(text, max(0, term.start() - _MARK_REACH * 2), term.start()) is not None
        or _TOLD_PART_AFTER[lang].match(text, term.end()) is not None
    ):
        return  # (`…, so the order will take another 8 days`, `10 days more than planned`: a part, a difference)
    if lang in _SPAN_LINKED and not _pace_closes(amount, grain, term, total, text, lang):
        return
    _, words = _terms(lang)
    periods = _periods(term.group("n").strip(), words)
    if periods is None or not 1 < periods <= _MAX_PERIODS:
        return
    _link(total, amount, term, periods, True)
    # (`…, so the order will take five days`: a span told after the pace is what the pace comes to, worked out from
    # the total and rounded to whole periods)
    total.periods_rounded = term.start() > amount.end and periods.is_integer()


# `Three riggers, each splicing `, `Four coopers will each make `: between a crew's count and a pace, a comma or a
# modal (not `Its 12 packers each fill`: whose pace, one each or all together, the older readings leave unsaid), the
# mark of each of them (`[link.pace_each_of_crew]`) and one verb (with its particle, `each turning out `, and a hedge);
# `shaping 30 nails a day each`, `can finish about 40 a day each`: the mark right after the pace's period, a verb (a
# modal before it) and a hedge between the crew and the pace
_EACH_BETWEEN = ByLanguage(
    lambda w: (
        rf"(?:,\s+|\s+[^\W\d_]+\s+)(?:{w.pace_each_of_crew})\s+[^\W\d_]+\s+(?:(?:{w.pace_verb_particles})\s+)?"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_VERB_BETWEEN = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.each_capacity_modals})\s+)?[^\W\d_]+\s+(?:(?:{w.hedges})\s+)?", re.I
)
# `Four shipwrights, each caulking 18 planks a day, took 40 days off`: right after the span, words putting it away
# from the job or in a past time (`[link.pace_span_of_no_job_after]`)
_SPAN_OF_NO_JOB_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.pace_span_of_no_job_after})(?![^\W\d_])", re.I)
_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.pace_each_of_crew})(?![^\W\d_])", re.I)


def _crew_each(amount: Claim, grain: str, sentence: list[Claim], text: str, lang: str) -> Claim | None:
    """The crew whose each member keeps the pace (`Three riggers, each splicing six ropes a day`, `Four coopers will
    each make 9 casks a week`, `Five smiths shaping 30 nails a day each`): the count right before the pace in its
    sentence, of a counter other than the pace's, a value of no relation of its own, the mark of each between them
    (a comma, a modal and one verb at most) or right after the pace's period (one verb between them); else None."""
    before = [c for c in sentence if c is not amount and c.end <= amount.start]
    if not before:
        return None
    crew = before[-1]
    if (
        crew.kind != "count"
        or crew.role != "value"
        or not crew.counter
        or (crew.counter or "").lower() == (amount.counter or "").lower()
        or crew.per_unit_of is not None
        or crew.part_of is not None
        or crew.value < 2
    ):
        return None
    if _EACH_BETWEEN[lang].fullmatch(text, crew.end, amount.start):
        return crew
    if _VERB_BETWEEN[lang].fullmatch(text, crew.end, amount.start) and _EACH_AFTER[lang].match(
        text, _mark_end(amount, grain, text, lang)
    ):
        return crew
    return None


def _pace_of_each(amount: Claim, crew: Claim, total: Claim, terms: list[re.Match[str]], text: str, lang: str) -> None:
    """Ties the lead's total to the pace of each of a crew and the one span of the pace's unit told after the pace in
    its sentence (`… need 50 days for the job`): the total is the pace times the crew times the
    days (`per_period_units`), the days worked out and so compared within their rounding; a guess."""
    after = [m for m in terms if m.start() > amount.end]
    if len(terms) != 1 or len(after) != 1:
        return  # (no span told after the pace, or two: which the job takes, not said)
    term = after[0]
    if _CLAUSE_BREAK.search(text, amount.end, term.start()) or _TOLD_PART_BEFORE[lang].search(
        text, max(0, term.start() - _MARK_REACH * 2), term.start()
    ):
        return  # (`; the first 300 ship in 20 days`, `another 8 days`: a span of something else, or a part)
    if _SPAN_OF_NO_JOB_AFTER[lang].match(text, term.end()):
        return  # (`took 40 days off last summer`: days away from the job, or of a past time)
    if total.value <= amount.value * crew.value:
        return
    _, words = _terms(lang)
    periods = _periods(term.group("n").strip(), words)
    if periods is None or not 1 < periods <= _MAX_PERIODS:
        return
    _link(total, amount, term, periods, True)
    total.per_period_units = crew.id
    total.periods_rounded = periods.is_integer()


def _another_clauses_span(amount: Claim, term: re.Match[str], text: str, lang: str) -> bool:
    """Whether a span after a pace in its sentence stands past the end of the pace's clause (`하루 800개씩
    만들었지만 올해는 30일 만에`: `[link.clause_ends]`), in a language whose paces close no clause by a comma."""
    return (
        lang not in _SPAN_LINKED
        and term.start() > amount.end
        and CLAUSE_END[lang].search(text, amount.end, term.start()) is not None
    )


# `하루 800개씩 만들면 30일 만에`, `30일이면`: a span told as the time the job is done by (`[link.pace_reached_terms]`),
# a span of the pace only right after the pace's own verb (`[link.pace_reached_gap]`: not `다음 달 30일이면`, `출시 30일
# 만에`, a date or a time since); of the story's whole, the order's whole named right after it
# (`[link.pace_reached_whole_after]`: not `첫 배에`, `물량의 절반을`)
_REACHED_TERM = ByLanguage(lambda w: rf"(?:{w.pace_reached_terms})$")
_REACHED_GAP = ByLanguage(lambda w: rf"(?:{w.pace_reached_gap})")
_REACHED_WHOLE_AFTER = ByLanguage(lambda w: rf"(?:{w.pace_reached_whole_after})")
# (`…, so the order will take another 8 days`, `10 days more than`: a part of the job's span, a difference)
_TOLD_PART_BEFORE = ByLanguage(lambda w: rf"(?:{w.pace_told_part_before})$", re.I)
_TOLD_PART_AFTER = ByLanguage(lambda w: rf"(?:{w.pace_told_part_after})", re.I)
# `has won an order for 2,400 kettles`, `a 4,800-mug order`: the lead's count, what the order is for
_ORDERED_BEFORE = ByLanguage(lambda w: rf"(?:{w.pace_whole_lead_before})$", re.I)
_ORDERED_AFTER = ByLanguage(lambda w: rf"(?:{w.pace_whole_lead_after})", re.I)
_ORDERED_REACH = 48  # characters before the lead's count where the words of what the order is for stand


def _reached_apart(amount: Claim, grain: str, term: re.Match[str], text: str, lang: str) -> bool:
    """Whether a span told as the time a job is done by (`30일 만에`, `30일이면`) stands anywhere but right after the
    pace's own verb (`하루 800개씩 만들면 30일 만에`): a date (`다음 달 30일이면`, `공장이 문을 여는 20일이면`) or
    a time since something (`출시 30일 만에`, `가동 30일 만에 하루 500개씩`), no span of the pace."""
    if _REACHED_TERM[lang].search(text, term.start(), term.end()) is None:
        return False
    end = _mark_end(amount, grain, text, lang)
    return not (term.start() >= end and _REACHED_GAP[lang].fullmatch(text, end, term.start()) is not None)


def _ordered(count: Claim, text: str, lang: str) -> bool:
    """Whether the lead's count is what the order is for (`an order for 2,400 kettles`, `a 4,800-mug order`)."""
    return (
        _ORDERED_BEFORE[lang].search(text, max(0, count.start - _ORDERED_REACH), count.start) is not None
        or _ORDERED_AFTER[lang].match(text, count.end) is not None
    )


_TOLD_GAP = compile_exact(r"(?:\s+[^\W\d_]+){0,3}\s+")  # (`will` … ` take about `: up to the span told)


def _told_span(amount: Claim, grain: str, terms: list[re.Match[str]], text: str, lang: str) -> re.Match[str] | None:
    """The span that what a pace comes to names right after it (`…, so the order will take 20 days`), of a sentence
    writing more spans; None where no such words follow the pace."""
    end = _mark_end(amount, grain, text, lang)
    told = _BARE_WHOLE_AFTER[lang].match(text, end) or _WHOLE_CONSEQUENCE_AFTER[lang].match(text, end)
    if told is None:
        return None
    after = [m for m in terms if m.start() >= told.end()]
    if not after or _TOLD_GAP.fullmatch(text, told.end(), after[0].start()) is None:
        return None
    return after[0]


_TAKES = ByLanguage(lambda w: rf"(?:{w.pace_job_takes})", re.I)


def _job_takes(amount: Claim, terms: list[re.Match[str]], text: str, lang: str) -> bool:
    """`직원 열두 명이 하루 1천200 상자를 포장해도 꼬박 30일이 걸리는 양`: the one span after a crew's pace in its
    sentence is what the job takes (`…일이 걸리`, `[link.pace_job_takes]`, or a length said to be whole, `꼬박 30일을`):
    the pace is the crew's together, what the job's total comes to at it."""
    if len(terms) != 1 or terms[0].start() < amount.end:
        return False
    term = terms[0]
    return term.group("full") is not None or _TAKES[lang].search(text, term.start(), term.end()) is not None


_CLAUSE_BREAK_BEFORE = compile_exact(r"[,;:]")
_AVERAGE_REACH = 24  # characters before a pace where the mark of an average stands
_AVERAGE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.average_right_before})\s*(?:(?:{w.hedges})\s+)?"
        rf"(?:(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before})\s*)?$"
    ),
    re.I,
)
# a subject of one unit before a pace (`each maker`, `장인 한 사람이`): the pace of one of a count, no total's
_ONE_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?:{w.each_noun_opening})\s+[^\W\d_]+"
        rf"|(?:{w.one_before_counter})"
        # (`한 달에`, `한 해에`: a time's noun with its particle is the pace's period, no subject of one unit)
        rf"(?!(?:{w.one_unit_subject_time_nouns})(?:{w.one_unit_subject_particles})?(?![^\W\d_]))[^\W\d_]{{1,3}}"
        rf"(?:{w.one_unit_subject_particles})(?![^\W\d_]))"
    ),
    re.I,
)
