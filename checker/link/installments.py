"""Amounts stated per period beside their total over a term (ratios: a per-unit figure).

`연봉 1억8000만원씩 4년 총액 7억2000만원`, `옵션 연간 7000만원씩 5년 총액 3억5000만원`, `$2m a year for 4 years, a
total of $8m`: an amount marked as per period (`씩`, `a year`: `per_period_after`), then the next figure
in its unit with nothing between but the term, a pay word and a total mark, is its total over the term.
The term is the one written between them, else the last term of the sentence or the one before
(`계약 기간 5년 … 연봉 1억4000만원씩 7억원`): the check counts that reading as a guess. A term with an option
(`3+1년`) has no one count and is not read. Language words are data (`rules/lang/*.toml`).
"""
from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.view import ArticleView
from checker.models import Claim, Installment, Span

_PER_PERIOD_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.per_period_after})", re.I)
# Between the amount per period and its total: the term, a pay word, a total mark (in that order).
_BETWEEN = ByLanguage(lambda w: (
    rf"\s*,?\s*(?:(?:{w.installment_joiners})\s+)?(?:(?P<term>{w.terms})\s*,?\s*)?(?:(?:{w.pay_words})\s*)?"
    rf"(?:(?:{w.total_marks})\s*)?"), re.I)
_TERM = ByLanguage(lambda w: rf"(?:{w.terms})", re.I)
_COUNT = re.compile(r"(\d+)(\s?\+)?")
_AMOUNTS = ("money", "count")
_LONGEST_TERM = 30


def link_installments(claims: list[Claim], doc: ArticleView) -> list[Installment]:
    out: list[Installment] = []
    text, lang = doc.text, doc.language
    for per, total in zip(claims, claims[1:]):
        if (per.kind not in _AMOUNTS or total.kind != per.kind or total.unit != per.unit
                or per.role not in ("value", "share") or total.role != "value"
                or per.sentence != total.sentence or per.furniture or total.value <= per.value):
            continue
        marked = _PER_PERIOD_AFTER[lang].match(text, per.end)
        if marked is None and not _PER_PERIOD_AFTER[lang].search(per.text):
            continue
        after = marked.end() if marked else per.end
        between = _BETWEEN[lang].fullmatch(text, after, total.start)
        if between is None:
            continue
        if between.group("term"):
            term, beside = (between.start("term"), between.end("term")), True
        else:
            term, beside = _term_before(doc, per), False
        if term is None:
            continue
        count = _COUNT.search(text, term[0], term[1])
        if count is None or count.group(2) or not 2 <= int(count.group(1)) <= _LONGEST_TERM:
            continue  # `3+1년`: an option, no one count; `2019년` is a year, not a term
        out.append(Installment(per=per.id, total=total.id, count=int(count.group(1)),
                               count_span=Span(start=term[0], end=term[1]), count_beside=beside))
    return out


def _term_before(doc: ArticleView, per: Claim) -> tuple[int, int] | None:
    """The last term written before the amount, in its sentence or the one before."""
    sentence = per.sentence
    start = doc.segments.sentence_starts[max(0, sentence - 1)]
    terms = list(_TERM[doc.language].finditer(doc.text, start, per.start))
    return (terms[-1].start(), terms[-1].end()) if terms else None
