"""A balance named only by its word after its two sides: `Exports rose to $5.2bn from $4.9bn, while imports climbed
to $5.6bn from $5.0bn. That left a deficit of $400m, compared with a $100m shortfall a year earlier.`

The figures of a sentence take the metric last named before them, here the imports. A money figure of a guessed
metric that is one side of trade (exports, imports) and stands beside a balance word (`a deficit of X`, `a X
shortfall`, `a surplus of X`: `[link.deficit_words]`, `[link.surplus_words]`) is the trade balance when its
sentence or the one before states both sides in its unit: a deficit or surplus beside the two sides of trade is
their balance, which the balance check (exports − imports) takes, signed by its word. The metric stays a guess.
A second such balance its sentence compares the first with, dated by the words after its own (`compared with a
$100m shortfall a year earlier`: `[link.compared_words]`, `[link.prior_after]`), is the balance of that earlier
period, which the balance check takes against the figures the sides changed from.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_WORD_BEFORE = ByLanguage(
    lambda w: rf"\b(?:(?P<deficit>{w.deficit_words})|{w.surplus_words})\s+(?:of\s+)?$", re.I, first_tested=False
)
_WORD_AFTER = ByLanguage(
    lambda w: rf"\s?(?:\([^()\n]{{0,40}}\)\s?)?(?:(?P<deficit>{w.deficit_words})|{w.surplus_words})",
    re.I,
    first_tested=False,
)
_COMPARED_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.compared_words})\s+(?:(?:{w.indefinite_articles})\s+)?$", re.I, first_tested=False
)
_PERIOD_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.prior_after})", re.I, first_tested=False)
_SHIFTS = ("year", "quarter", "month")
_REACH = 16
_SIDES = ("exports", "imports")
_BALANCE = "trade_balance"


def name_balances_of_sides(claims: list[Claim], text: str, lang: str) -> tuple[list[str], list[str]]:
    """Renames the balances (module docstring); their ids as (deficits, surpluses)."""
    deficits: list[str] = []
    surpluses: list[str] = []
    figures = [c for c in claims if c.kind == "money" and not c.furniture and c.role != "conversion"]
    by_sentence = group_by_sentence(figures)
    for claim in figures:
        if claim.metric not in _SIDES or "metric" not in claim.guesses:
            continue
        after = _WORD_AFTER[lang].match(text, claim.end)
        word = after or _WORD_BEFORE[lang].search(text, max(0, claim.start - _REACH), claim.start)
        if word is None:
            continue
        near = [
            c
            for sentence in (claim.sentence - 1, claim.sentence)
            for c in by_sentence.get(sentence, [])
            if c.unit == claim.unit and "metric" not in c.guesses
        ]
        if not all(any(c.metric == side for c in near) for side in _SIDES):
            continue
        claim.metric = _BALANCE
        for equivalent in claims:
            if equivalent.role == "conversion" and equivalent.converts == claim.id:
                equivalent.metric = _BALANCE
        (deficits if word.group("deficit") else surpluses).append(claim.id)
        if after is not None:
            _date_compared(claim, after.end(), by_sentence.get(claim.sentence, []), text, lang)
    return deficits, surpluses


def _date_compared(claim: Claim, word_end: int, sentence: list[Claim], text: str, lang: str) -> None:
    """`…, compared with a $100m shortfall a year earlier`: the balance of the period before the sentence's own."""
    if not _COMPARED_BEFORE[lang].search(text, max(0, claim.start - 24), claim.start):
        return
    dated = _PERIOD_AFTER[lang].match(text, word_end)
    if dated is None:
        return
    shifts = [s for s in _SHIFTS if s in dated.group(0).lower()]
    current = [c for c in sentence if c.metric == _BALANCE and c.role == "value" and c.end <= claim.start]
    if len(shifts) != 1 or len(current) != 1 or current[0].period is None:
        return
    earlier = current[0].period.previous(shifts[0])
    if earlier is None:
        return
    claim.role, claim.period = "prior", earlier
    current[0].compared_to = current[0].compared_to or claim.id
