"""A total of an amount per period stated in the next sentence: `계약 기간 3년, 계약금 5억원, 매년 옵션 2억원씩
등 총액 20억원이다. 옵션은 6억원이다`. The amount is marked per period (`씩`, `매년`) and named by the noun
right before it (`옵션`); its sentence states one term (`3년`). A figure of the next sentence in the paragraph
named by the same noun (`옵션은`, `옵션도`), not itself per period, larger than the amount and the only one so
named there, is the amount over the term — a guess (a mismatch is a warning), checked by the per-period kind.
Words are data (`[link.naming_nouns]`, `[link.terms]`, `[link.per_period_*]`, `[link.topic_particles]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.per_period import TERM, stated_per_period, term_years
from checker.models import Claim, Span

# `매년 옵션 2억원씩`: the noun right before the amount (past a hedge)
_NOUN_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?$"
)
_NOUN_REACH = 16  # characters before a figure where the noun naming it stands
_AMOUNTS = ("money", "count")


def link_per_period_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
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
