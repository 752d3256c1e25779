"""A year-on-year rate stated as a level, its clause's subject the growth of a figure: `The average
monthly rent was $1,840 in March, $70 higher than a year before. Annual rent growth eased to 3.9% in
March, from 4.3% in February.`, `평균 월세는 84만원으로 1년 전보다 3만원 올랐다. 연간 월세 상승률은
3.7%로 …`. The rate is the change over a year of the figure whose own change the sentence before
(or its own sentence, before the rate) states: one such figure, of the rate's period, and the rate
the only one its sentence states (`stood at 3% in the north, 4.4% in the east` are rates of parts).
Language words are data (`[link.annual_growth_subjects]`). A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import unfurnished_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_SUBJECT = ByLanguage(lambda w: rf"(?:{w.annual_growth_subjects})", re.I)
_FALL_SIGN = ByLanguage(lambda w: rf"(?:{w.fall_signs})$")
_AMOUNTS = ("money", "count")
# the figures whose change a rate of the change before may measure: a measure's too (`52톤에서 9톤 늘었다. 증가율로는
# 17.3%다`)
_CHANGED_KINDS = ("money", "count", "measure")


def link_growth_rates(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    subject = _SUBJECT[lang]
    by_sentence = unfurnished_by_sentence(claims)
    changed = {c.change_of for c in claims if c.role == "change" and c.kind in _AMOUNTS}
    for sentence, figures in by_sentence.items():
        rates = [c for c in figures if c.kind == "percent" and c.role in ("share", "value") and not c.change_of]
        others = [c for c in figures if c.kind == "percent" and c not in rates and c.role != "baseline"]
        if len(rates) != 1 or others:
            continue
        rate = rates[0]
        if not subject.search(text, sentence_starts[sentence], rate.start):
            continue
        candidates = [
            c
            for c in by_sentence.get(sentence - 1, []) + [c for c in figures if c.end <= rate.start]
            if c.kind in _AMOUNTS and c.role == "value" and c.period is not None and c.period == rate.period
        ]
        values = [c for c in candidates if c.id in changed]
        if len(values) != 1:
            continue
        rate.role, rate.change_of, rate.basis = "change", values[0].id, "year"
        rate.direction = -1 if _FALL_SIGN[lang].search(text, max(0, rate.start - 1), rate.start) else 1
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")


# `증가율로는 18.0%다`, `In percentage terms, that is 9.1%`: a rate whose subject is only the rate of the change
_RATE_OF_THE_CHANGE = ByLanguage(lambda w: rf"\s*(?:{w.rate_of_change_openers})", re.I, first_tested=False)


def link_rates_of_the_change_before(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`Total visits rose by 3,100 from 40,200. In percentage terms, that is 7.7%.`, `전체 관람객은 지난해 3만9천명보다
    3천명 늘었다. 증가율로는 7.7%다.`: a sentence whose subject names only the rate of a change (no figure, metric or
    period of its own) states the rate of the one change of an amount, a count or a measure the sentence before
    states: the same value measured from the same figure, in the same direction. Read again after the last change
    readings (checker/link/__init__.py), which may tie that change to its level and prior only then."""
    opening = _RATE_OF_THE_CHANGE[lang]
    by_sentence = None
    for rate in claims:
        if rate.kind != "percent" or rate.role not in ("share", "value") or rate.change_of or rate.furniture:
            continue
        if opening.match(text, sentence_starts[rate.sentence], rate.start) is None:
            continue
        if by_sentence is None:
            by_sentence = unfurnished_by_sentence(claims)
        if len(by_sentence.get(rate.sentence, [])) != 1:
            continue
        changes = [
            c
            for c in by_sentence.get(rate.sentence - 1, [])
            if c.role == "change" and c.kind in _CHANGED_KINDS and c.change_of and c.compared_to
        ]
        if len(changes) != 1:
            continue
        change = changes[0]
        rate.role, rate.change_of, rate.compared_to = "change", change.change_of, change.compared_to
        rate.direction, rate.basis = change.direction, change.basis
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")


# `rose to $512,000 from $430,000, a gain of $82,000, or 25%`, `1억2천만원(7%) 늘었다`: a rate standing right
# after an amount change, joined by `or` or in parentheses, restates that change as a rate
_APPOSED_RATE_JOINT = ByLanguage(lambda w: rf"\s*(?:,\s*|\s)(?:{w.or_words})\s+|\s*\(\s*", re.I)
# `…, or 18% of the budget`: a rate of some whole, not of the change
_RATE_OF_A_WHOLE = ByLanguage(lambda w: rf"\s*(?:{w.rate_of_a_whole_marks})", re.I, first_tested=False)


# after a rate told beside an amount change: nothing but the end of its clause or of its parenthesis
_CLAUSE_CLOSED = compile_exact(r"[ \t]*(?:[,.;:!?)\]\n–—]|$)")


def link_rates_beside_amount_changes(claims: list[Claim], text: str, lang: str) -> None:
    """A rate written right after an amount change the link stage measured between two figures (`a rise of £2.7m,
    or 9 per cent`, `up 3,100 (7.7%)`) is the same change told as a rate: it is measured from the same prior,
    of the same level, in the same direction. Only a rate no rule read yet, of the amount's sentence, with
    nothing but `or` or an opening parenthesis between them; a rate followed by `of` (a share of some whole) is
    not. Read from the words, not from the numbers."""
    joint, of_whole = _APPOSED_RATE_JOINT[lang], _RATE_OF_A_WHOLE[lang]
    for amount, rate in zip(claims, claims[1:]):
        if rate.kind != "percent" or rate.change_of or rate.furniture or rate.role not in ("share", "value", "change"):
            continue
        if amount.kind not in ("money", "count", "measure") or amount.role != "change" or amount.furniture:
            continue
        if not (amount.change_of and amount.compared_to) or amount.sentence != rate.sentence:
            continue
        if not joint.fullmatch(text, amount.end, rate.start) or of_whole.match(text, rate.end):
            continue
        if not _CLAUSE_CLOSED.match(text, rate.end):
            continue  # (`, or 11% after inflation`, `(60% grain)`: a rate that goes on is of something it names)
        rate.role, rate.change_of, rate.compared_to = "change", amount.change_of, amount.compared_to
        rate.direction, rate.basis = amount.direction, amount.basis
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")
