"""A total of an amount per period stated in the next sentence: `계약 기간 3년, 계약금 5억원, 매년 옵션 2억원씩
등 총액 20억원이다. 옵션은 6억원이다`. The amount is marked per period (`씩`, `매년`) and named by the noun
right before it (`옵션`); its sentence states one term (`3년`). A figure of the next sentence in the paragraph
named by the same noun (`옵션은`, `옵션도`), not itself per period, larger than the amount and the only one so
named there, is the amount over the term — a guess (a mismatch is a warning), checked by the per-period kind.

A total stated before its yearly amount, in one sentence: `The deal is worth $420m over 12 years, or $35m a
year`, `12년 총액 4억2000만달러, 연평균 3500만달러`. The sentence states one term (before the total, or between
the two); the amount right after the total is its yearly average (`연평균`, `an average of`) or restates it
per year (`, or $35m a year`; past the total restated in another currency, `worth about €30m, or $35m a year`)
and is smaller: the total is the amount over the term. A yearly pay beside a
contract's total (`4년 총액 20억원, 연봉 4억원`) is no such amount: the total holds a signing fee and options.

In English the yearly amount may also be set after the total's own words with a bare comma, with no `or` and no
average (`The plant will press 9,000 barrels over three years, 3,000 a year`, `will lay 2,400 pallets of slate, 800
pallets in each year`): a count whose noun is left out (`3,000` after `9,000 barrels`) or a measure of the total's
unit. Nothing but words stands between the two (no other figure), the amount is marked per year right after it
(`a year`, `in each year`), and the term is the one written between them (a term before the total may be another
figure's); when the sentence writes none, the one the sentence before states, in the total's paragraph or the
lead's (`signed a three-year deal. It covers …`: a guess, a mismatch a warning).

Words are data (`[link.naming_nouns]`, `[link.terms]`, `[link.per_period_*]`, `[link.per_year_after]`,
`[link.per_year_average_before]`, `[link.or_words]`, `[link.topic_particles]`, `[link.clause_ends]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import CLAUSE_END
from checker.link.per_period import TERM, stated_per_period, term_years
from checker.link.per_unit_apart import opens_with_headline
from checker.models import Claim, Span
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# `매년 옵션 2억원씩`: the noun right before the amount (past a hedge)
_NOUN_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?$"
)
_NOUN_REACH = 16  # characters before a figure where the noun naming it stands
# `연평균 3500만달러`, `an average of $35m a year`: an amount stated as the total's yearly average
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_year_average_before})\s?$", re.I)
_YEARLY_AFTER = ByLanguage(lambda w: rf"(?:{w.per_year_after})", re.I)
# `$420m over 12 years, or $35m a year`: the total restated per year
_RESTATED = ByLanguage(lambda w: rf",?\s+(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_MARK_REACH = 12  # characters before an amount where its per-year mark stands
# `9,000 barrels over three years, 3,000 a year`: a total's own words, then the yearly amount after a bare comma
_APPOSED_BETWEEN = ByLanguage(lambda w: rf"[^\d;:!?()]*?(?:{w.apposed_yearly_comma})\s*(?:(?:{w.hedges})\s+)?", re.I)
# characters from a total to its yearly amount (`£60bn of new capital spending over five years, or £12bn a year`)
_BETWEEN_REACH = 90
_AMOUNTS = ("money", "count")
_APPOSED_AMOUNTS = ("money", "count", "measure")  # kinds a bare comma may set a yearly amount after
# a yearly amount set after a bare comma closes its clause (`3,000 a year.`, `3,000 a year, from …`): one followed by
# more words (`£1m a year on maintenance`, `a year of it`, `a year more than`) is a part or a difference, no share
_CLOSES_CLAUSE = compile_exact(r"\s*(?:[^\w\s]|$)")


def link_per_period_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (may_match(TERM[lang], text)):
        return  # (an amount per period is read only with a term its sentence states)
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role == "value" and not c.furniture]
    nouns = {c.id: _noun(c, text, lang, sentence_starts) for c in figures}
    for amount in figures:
        noun = nouns[amount.id]
        if noun is None or not stated_per_period(amount, text, lang) or amount.sentence + 1 >= len(sentence_starts):
            continue
        same_noun_here = [c for c in figures if c.sentence == amount.sentence and nouns[c.id] == noun]
        if len(same_noun_here) != 1:
            continue  # `연봉 2억2000만원씩 … 내년 연봉 2억7000만원`: which amount is meant is not said
        terms = list(TERM[lang].finditer(text, sentence_starts[amount.sentence], sentence_starts[amount.sentence + 1]))
        years = {term_years(t.group(0), lang) for t in terms}
        if len(terms) == 0 or len(years) != 1 or None in years:
            continue  # no term, or two: which one the amount runs over is not said
        named_next = [
            c
            for c in figures
            if c.sentence == amount.sentence + 1 and c.paragraph == amount.paragraph and nouns[c.id] == noun
        ]
        if len(named_next) != 1:
            continue
        total = named_next[0]
        if (
            total.unit != amount.unit
            or total.counter != amount.counter
            or total.value <= amount.value
            or total.per_period_of is not None
            or stated_per_period(total, text, lang)
        ):
            continue
        total.per_period_of, total.periods = amount.id, years.pop()
        total.periods_span = Span(start=terms[0].start(), end=terms[0].end())
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _noun(figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> str | None:
    start = max(sentence_starts[figure.sentence], figure.start - _NOUN_REACH)
    found = _NOUN_RIGHT_BEFORE[lang].search(text, start, figure.start)
    return found.group("noun") if found else None


def _next_of_unit(figures: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Each figure and the next one, past the total restated in other currencies between them (`$285m …, worth
    about €240m, or $57m a year`): money of another unit does not part a total from its yearly amount."""
    pairs = []
    # walked from the end: the position of the next figure that is no money, and of the next money of each unit
    next_other, next_of_unit = len(figures), {}
    for i in range(len(figures) - 1, -1, -1):
        total = figures[i]
        if total.kind != "money":
            after = i + 1
        else:
            after = min(next_other, next_of_unit.get(total.unit, next_other))
        if after < len(figures):
            pairs.append((total, figures[after]))
        if total.kind != "money":
            next_other = i
        else:
            next_of_unit[total.unit] = i
    pairs.reverse()
    return pairs


def _clause_ends_between(
    figures: list[Claim], starts: list[int], total: Claim, amount: Claim, text: str, lang: str
) -> bool:
    """Whether a clause ends between two figures, in the words between them (the decimal point of a figure
    restating the total between them, `€241.7m`, ends none). `figures` in order of `starts`: only those between
    the two are read (bisection), not every figure of the article per pair."""
    start = total.end
    # (read by index, not a slice: a slice copies the rest of the article's figures for every pair)
    for k in range(bisect.bisect_left(starts, total.end), len(figures)):
        figure = figures[k]
        if figure.start >= amount.start:
            break
        if figure.end <= amount.start:
            if CLAUSE_END[lang].search(text, start, figure.start):
                return True
            start = figure.end
    return bool(CLAUSE_END[lang].search(text, start, amount.start))


def link_totals_then_yearly(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    # (a term read as a count, `three winters`, is the term the total runs over, no amount of it)
    figures = [
        c
        for c in claims
        if c.kind in _APPOSED_AMOUNTS
        and c.role == "value"
        and not c.furniture
        and not (c.kind == "count" and TERM[lang].fullmatch(text, c.start, c.end))
    ]
    # (the figures in order, and the ids some figure is already a total per period of: read once, not per pair)
    in_order = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in in_order]
    totalled = {c.per_period_of for c in figures if c.per_period_of is not None}
    paragraph_of = {c.sentence: c.paragraph for c in claims}
    lead = 1 if opens_with_headline(text) else 0
    for total, amount in _next_of_unit(figures):
        if (
            total.sentence != amount.sentence
            or total.unit != amount.unit
            or total.value <= amount.value
            or amount.low <= 0
            or total.per_period_of is not None
            or amount.id in totalled
            or amount.start - total.end > _BETWEEN_REACH
            or _clause_ends_between(in_order, starts, total, amount, text, lang)
            or stated_per_period(total, text, lang)
        ):
            continue
        # `N년 총액 T, 연봉 A`: a contract's total often holds a signing fee and options besides the yearly pay,
        # so only an average (`연평균`, `an average of`) or a restatement (`, or $35m a year`) is the total's share
        yearly = _YEARLY_AFTER[lang].match(text, amount.end)
        average = _AVERAGE_BEFORE[lang].search(text, max(0, amount.start - _MARK_REACH - 8), amount.start)
        restated = _RESTATED[lang].search(text, total.end, amount.start) and yearly
        apposed = (
            not (average or restated)
            and yearly
            and _CLOSES_CLAUSE.match(text, yearly.end()) is not None
            and (amount.counter == total.counter or (amount.kind == "count" and not amount.counter))
            and _APPOSED_BETWEEN[lang].fullmatch(text, total.end, amount.start) is not None
        )
        if total.counter != amount.counter and not apposed:
            continue  # (the noun of a count left out only after a bare comma: `9,000 barrels …, 3,000 a year`)
        if total.kind not in _AMOUNTS and not apposed:
            continue
        if not (average or restated or apposed):
            continue
        # (set after a bare comma, the amount shares the term written between it and its total, `9,000 barrels over
        # three years, 3,000 a year`: a term before the total may be another figure's, `over three years, 4,000 of
        # them by sea, 2,000 a year`)
        terms = list(TERM[lang].finditer(text, total.end if apposed else sentence_starts[total.sentence], amount.start))
        if apposed and not terms and TERM[lang].search(text, sentence_starts[total.sentence], total.start):
            continue
        guessed = False
        if (
            not terms
            and apposed
            and total.sentence > 0
            and (
                "\n" not in text[sentence_starts[total.sentence - 1] : sentence_starts[total.sentence]]
                or paragraph_of.get(total.sentence - 1) == lead
            )
        ):
            # `agreed a four-year lease. It covers 2,400 pallets, 600 pallets in each year`: the term the sentence
            # before states, in the total's paragraph or the lead's (the deal the story is about)
            terms = list(
                TERM[lang].finditer(text, sentence_starts[total.sentence - 1], sentence_starts[total.sentence])
            )
            guessed = True
        years = {term_years(t.group(0), lang) for t in terms}
        if not terms or len(years) != 1 or None in years:
            continue  # no term, or two: which one the total runs over is not said
        total.per_period_of, total.periods = amount.id, years.pop()
        totalled.add(amount.id)
        total.periods_span = Span(start=terms[-1].start(), end=terms[-1].end())
        if guessed:
            total.guesses = sorted(set(total.guesses) | {"relation"})
