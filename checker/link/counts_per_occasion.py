"""A count or amount given one by one per an occasion or a unit, the count of those, then the total it makes, in one
sentence: `숲 해설에는 회당 12명씩 45회에 걸쳐 540명이 다녀갔다`, `모두 60차례에 걸쳐 한 번에 15명씩 900명을 태웠다`,
`곳당 2천만원씩 45곳에 모두 9억원을 나눴다`.

The rate is a count or money stated as a value, marked one by one after it (`씩`: `[link.per_period_after]`) and, a
few words before it, per one noun (`회당`, `1곳당`: `[link.per_noun_marks]`; `한 번에`: `[link.one_before_counter]`
and `[link.per_one_noun_marks]`). The units are a count of that noun's counter (`120회`; the counters of an occasion,
`회`, `번`, `차례`, are one: `[link.occasion_counters]`), stated as a value in the rate's sentence: right after the
rate (a total mark between at most), or the nearest before the mark in its clause; never a count itself per a day,
week or month (`하루 세 차례, 회당 40명씩`: one day's occasions, the days a factor left unread) unless the total is
per that period too (`하루 120명`: the period cancels). The total is the
next figure after the rate and the units, of the rate's own unit and counter, a value larger than the rate, in the
same clause (no comma, no clause end, at most a few words between). The total is the rate times the units (`product_of`,
`product_units`: the per-unit check F317 divides it). Language words are data.
"""

from __future__ import annotations

from checker.extract.lang import NEVER, ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim, Span
from checker.regex_cache import compile_exact

# `회당 `, `1곳당 평균 `, `한 번에 `: the noun per one of which the rate is, right before it (a word between at most)
_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?P<one>{w.one_before_counter})\s?)?(?P<noun>[^\W\d_]{{1,4}}?)"
        rf"(?:(?P<per>{w.per_noun_marks})|(?P<per_one>{w.per_one_noun_marks}))(?:\s+[^\W\d_]{{1,4}})?\s*$"
    )
)
_EACH_AFTER = ByLanguage(lambda w: rf"(?:{w.per_period_after})")
# between the rate and the units after it: nothing, or a total mark (`모두`, `총`)
_UNITS_RIGHT_AFTER = ByLanguage(lambda w: rf"\s*(?:(?:{w.total_marks})\s*)?")
_OCCASION = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")
# `하루 80명씩 45일간`, `매주 3회씩 12주 동안`: a rate per a day, week or month, and a term counting those periods
_PERIODS = {
    period: (
        ByLanguage(lambda w, p=period: rf"(?<![^\W\d_])(?:{getattr(w, f'per_{p}_before')})\s*$"),
        ByLanguage(lambda w, p=period: rf"(?<![\d.,])(?P<n>\d{{1,3}})\s?(?:{getattr(w, f'{p}_terms')})"),
    )
    for period in ("day", "week", "month")
}
_WORDS = compile_exact(r"[^\W\d_]+")
_DIGITS = compile_exact(r"\d")
_MARK_REACH = 16  # characters before a rate where its mark stands
_TOTAL_REACH = 30  # characters between the rate (or its units) and the total
_MAX_WORDS = 4  # words between the units and the total (`운영돼`, `에 걸쳐 열려`)


def link_counts_per_occasion(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if _OCCASION[lang].pattern == f"(?:{NEVER})":
        return  # (a language with no counters of occasions writes no such rate)
    figures = [c for c in claims if not c.furniture and c.kind in ("count", "money")]
    by_sentence: dict[int, list[Claim]] | None = None
    for rate in figures:
        each = _EACH_AFTER[lang].match(text, rate.end) if rate.role == "value" else None
        if each is None:
            continue
        if by_sentence is None:
            by_sentence = group_by_sentence(figures)  # (read once, for the few articles with such a rate)
        sentence = by_sentence[rate.sentence]
        start = sentence_starts[rate.sentence]
        after = [c for c in sentence if c.start >= rate.end]
        if _link_per_period(rate, each.end(), after, start, text, lang):
            continue
        if _per_a_period(rate, start, text, lang):
            continue  # (`곳당 월 10만 원씩 석 달 동안 모두 1,860만 원`: per a place and per a month; its term unread)
        mark = _MARK_BEFORE[lang].search(text, max(start, rate.start - _MARK_REACH), rate.start)
        if mark is None or (mark.group("per_one") and not mark.group("one")):
            continue  # (`시설에 40명씩`: a place, not one of a noun)
        noun = mark.group("noun")
        units = None
        right_after = after and _UNITS_RIGHT_AFTER[lang].fullmatch(text, each.end(), after[0].start)
        if right_after and _of_noun(after[0], noun, lang):
            units, after = after[0], after[1:]
        elif not (mark.group("one") and mark.group("per")):  # (`1곳당`: its own one, no units before)
            named = [c for c in sentence if c.end <= mark.start() and _of_noun(c, noun, lang)]
            if named and not CLAUSE_END[lang].search(text, named[-1].end, mark.start()):
                units = named[-1]
        if units is None or not after:
            continue
        total = after[0]
        period = _period_of(units, start, text, lang)
        if period is not None and _period_of(total, start, text, lang) != period:
            continue  # (`하루 세 차례, 회당 40명씩 … 모두 N명`: occasions per a day, their days unread: no product)
        if not _total_of(rate, total) or total.product_of is not None or total.per_unit_of is not None:
            continue
        if not _same_clause(text[max(each.end(), units.end) : total.start], lang):
            continue
        total.product_of, total.product_units = rate.id, units.id


def _link_per_period(rate: Claim, each_end: int, after: list[Claim], start: int, text: str, lang: str) -> bool:
    """`하루 80명씩 45일간 3,600명`, `12주 동안 매주 40명씩 모두 480명`: a rate per a period, the term counting those
    periods right after it (a total mark between at most) or before its mark in its clause, then the total."""
    for mark_before, term_pattern in _PERIODS.values():
        mark = mark_before[lang].search(text, max(start, rate.start - _MARK_REACH), rate.start)
        if mark is None:
            continue
        right = _UNITS_RIGHT_AFTER[lang].match(text, each_end)
        term = term_pattern[lang].match(text, right.end()) if right else None
        if term is None:
            terms = list(term_pattern[lang].finditer(text, start, mark.start()))
            term = terms[-1] if terms and not CLAUSE_END[lang].search(text, terms[-1].end(), mark.start()) else None
        if term is None or not after:
            return False
        total = after[0]
        if not _total_of(rate, total) or total.product_of is not None or total.per_period_of is not None:
            return False
        if _DIGITS.search(text, max(each_end, term.end()), total.start) or not _same_clause(
            text[max(each_end, term.end()) : total.start], lang
        ):
            return False
        if term.end() > each_end and not _UNITS_RIGHT_AFTER[lang].fullmatch(text, term.end(), total.start):
            # (`하루 40명씩 44일간 운영돼 2,000명이 상담을 받았다`: a verb between makes the rate the service's
            # and the total of those it served in another clause, no count of the same people)
            return False
        total.per_period_of, total.periods = rate.id, float(term.group("n"))
        total.periods_span = Span(start=term.start(), end=term.end())
        return True
    return False


def _per_a_period(rate: Claim, start: int, text: str, lang: str) -> bool:
    """Whether a day, week or month stands right before the rate as the period it is per (`월 10만 원씩`): a total
    after it is the rate times its units and its periods, no product of the units alone."""
    return any(
        mark_before[lang].search(text, max(start, rate.start - _MARK_REACH), rate.start) is not None
        for mark_before, _ in _PERIODS.values()
    )


def _period_of(claim: Claim, start: int, text: str, lang: str) -> str | None:
    """The day, week or month standing right before the figure as the period it is per (`하루 세 차례`, `하루
    120명`); None when none. Occasions per a day make a total per a day (`하루 120명`): the period cancels."""
    return next(
        (
            period
            for period, (mark_before, _) in _PERIODS.items()
            if mark_before[lang].search(text, max(start, claim.start - _MARK_REACH), claim.start) is not None
        ),
        None,
    )


def _same_clause(between: str, lang: str) -> bool:
    return not (
        len(between) > _TOTAL_REACH
        or "," in between
        or CLAUSE_END[lang].search(between)
        or len(_WORDS.findall(between)) > _MAX_WORDS
    )


def _of_noun(count: Claim, noun: str, lang: str) -> bool:
    """A count of the noun: its counter, or both counters of an occasion (`회당` and `60차례`)."""
    if count.kind != "count" or count.role != "value" or not count.counter or count.per_unit_of is not None:
        return False
    if count.counter == noun:
        return True
    occasion = _OCCASION[lang]
    return bool(occasion.fullmatch(count.counter) and occasion.fullmatch(noun))


def _total_of(rate: Claim, total: Claim) -> bool:
    return (
        total.kind == rate.kind
        and total.unit == rate.unit
        and total.counter == rate.counter
        and total.role == "value"
        and total.value > rate.value
        and total.part_of is None
    )
