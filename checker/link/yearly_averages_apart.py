"""A total over a term, and its yearly average in the next sentence: `김씨는 4년 총액 2800만달러에 계약했다. 연평균
700만달러 규모다`, `He signed a four-year, $28 million contract. The deal pays him an average of $7 million a
season`.

The amount is marked as a yearly average (`연평균`, `an average of`) and its sentence states no other figure of
its unit and no term. The sentence right before (news copy often makes a paragraph of each) states one term
(`4년`, `four-year`) and, after it, one larger figure of the amount's unit that is not itself per period:
that figure is the amount over the term (checked by the per-period kind). The reading spans two sentences,
so a mismatch is a warning (`guesses`). Words are data (`[link.per_year_average_before]`, `[link.terms]`,
`[link.calendar_years]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_period import TERM, stated_per_period, term_years
from checker.link.segment import sentence_end
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim, Span

_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_year_average_before})\s?$", re.I)
_CALENDAR_YEAR = ByLanguage(lambda w: rf"(?:{w.calendar_years})", first_tested=False)  # `2019년`: a date
_MARK_REACH = 20  # characters before an amount where its average mark stands (`연평균`, `an average of`)
_AMOUNTS = ("money", "count")


def link_yearly_averages_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind in _AMOUNTS and c.role == "value" and not c.furniture]
    by_sentence = group_by_sentence(figures)
    already = {c.per_period_of for c in figures if c.per_period_of}  # amounts a total is already tied to
    for amount in figures:
        if amount.sentence == 0 or amount.low <= 0 or amount.id in already:
            continue
        if not _AVERAGE_BEFORE[lang].search(text, max(0, amount.start - _MARK_REACH), amount.start):
            continue
        own_start = sentence_starts[amount.sentence]
        own_end = sentence_end(sentence_starts, amount.sentence, len(text))
        if TERM[lang].search(text, own_start, own_end):
            continue  # a term of its own sentence: the sentence's own rules decide (link/per_period_apart.py)
        alike = [
            c
            for c in by_sentence.get(amount.sentence, []) + by_sentence.get(amount.sentence - 1, [])
            if c.unit == amount.unit and c.counter == amount.counter
        ]
        if any(c.sentence == amount.sentence and c is not amount for c in alike):
            continue  # another figure of its unit beside it: which one it averages is not said
        # the sentence right before, even across a paragraph break (a lead of one sentence, then `The deal pays …`)
        before = [c for c in alike if c.sentence == amount.sentence - 1]
        if len(before) != 1:
            continue
        total = before[0]
        if total.value <= amount.value or total.per_period_of is not None or stated_per_period(total, text, lang):
            continue
        terms = [
            t
            for t in TERM[lang].finditer(text, sentence_starts[total.sentence], total.start)
            if not _CALENDAR_YEAR[lang].fullmatch(t.group(0))  # (`2019년 입단해 … 7시즌 동안`: a date, not a term)
        ]
        years = {term_years(t.group(0), lang) for t in terms}
        if not terms or len(years) != 1 or None in years:
            continue  # no term before the total, or two: which one it runs over is not said
        total.per_period_of, total.periods = amount.id, years.pop()
        total.periods_span = Span(start=terms[-1].start(), end=terms[-1].end())
        total.guesses = sorted(set(total.guesses) | {"relation"})
