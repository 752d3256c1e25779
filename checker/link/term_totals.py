"""A contract's total over its term, named by reference to the term: `a five-year contract worth £180,000 a
week. That adds up to £9.4m a year, or £47m over the length of the deal`, `연봉은 180만 유로 수준으로 알려졌다.
계약 기간 4년 동안 받는 연봉 총액은 720만 유로에 이른다`.

A money figure whose sentence says it runs over the contract's whole term (`[link.term_total_marks]`: `over the
length of the deal`, `over the full term of the contract`, `계약 기간 4년 동안`), not itself stated per period,
is the yearly amount times the term. The yearly amount is the last figure of the same currency before the
total, in its sentence or the sentence before, marked per year (`[link.per_year_before]`,
`[link.per_year_after]`: `£9.4m a year`, `연봉은 180만 유로`) and smaller; the term is the one count of years
(`[link.terms]`: `five-year`, `4년`) those sentences and the one before them state. The per-period kind checks
it. A reading across sentences is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_period import TERM, stated_per_period, term_years
from checker.link.segment import sentence_end
from checker.models import Claim, Span

_OVER_TERM = ByLanguage(lambda w: rf"(?:{w.term_total_marks})", re.I)
_YEARLY_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_year_before})\s*$", re.I)
_YEARLY_AFTER = ByLanguage(lambda w: rf"(?:{w.per_year_after})", re.I)
_MARK_REACH = 12  # characters before an amount where its per-year mark stands


def link_term_totals(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    money = [c for c in claims if c.kind == "money" and c.role == "value" and not c.furniture]
    for i, total in enumerate(money):
        if total.per_period_of or total.per_unit_of or total.sentence >= len(sentence_starts):
            continue
        start = sentence_starts[total.sentence]
        end = sentence_end(sentence_starts, total.sentence, len(text))
        if not _OVER_TERM[lang].search(text, start, end) or stated_per_period(total, text, lang):
            continue
        amount = next(
            (c for c in reversed(money[:i]) if c.unit == total.unit and c.sentence >= total.sentence - 1), None
        )
        if amount is None or amount.value >= total.value or not _yearly(amount, text, lang):
            continue
        first = max(0, amount.sentence - 1)
        terms = list(TERM[lang].finditer(text, sentence_starts[first], end))
        years = {term_years(t.group(0), lang) for t in terms}
        if len(years) != 1 or None in years:
            continue  # no term, or two: which one the total runs over is not said
        term = terms[-1]
        total.per_period_of, total.periods = amount.id, years.pop()
        total.periods_span = Span(start=term.start(), end=term.end())
        if amount.sentence != total.sentence or term.start() < start:
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _yearly(amount: Claim, text: str, lang: str) -> bool:
    return bool(
        _YEARLY_BEFORE[lang].search(text, max(0, amount.start - _MARK_REACH), amount.start)
        or _YEARLY_AFTER[lang].match(text, amount.end)
    )
