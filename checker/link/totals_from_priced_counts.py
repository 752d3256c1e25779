"""A total stated with the count it came from and the price each of them paid, in one clause: `Fees raised $18,400
from 92 rowers at $200 each`, `took £9,000 from 60 families paying £150 a family`: count × price = total.

A deal's total may name the units it buys the same way (`a £756,000 contract to fit 180 boilers at £4,200 each`,
`a €9,000 order for 600 plates at €15 each`): a deal's noun (`[link.appended_total_nouns]`) and `for` or `to` and a
verb between the total and the count.

Copy that breaks an income down often states each stream's total first and then where it came from: the count of
payers right after the total, joined by a word of source (`from`, `for`: `[link.total_from_count]`), and the price
each paid right after the count and its noun, joined by a word of paying (`at`, `paying`, `who paid`:
`[link.count_paying_price]`), with a mark of one unit after the price (`each`, `a member`: the per-unit marks of
checker/link/restated_per_unit.py). The readings before look for the total after the price (`at $3 a pie, $9,600 in
all`) or restating it (`$9,600, or $3 a pie`); this one reads the total before its count.

The total is money of the price's currency, a value larger than the price, no part of a product already, standing
right before the count; the count is a value counting things (a counter; a noun mark must name it), no rate, no
change; the price is a value no per-unit reading has taken. Vetoes: a clause break between any two of them (a
semicolon, a colon, a full stop, a bracket), a second figure between them, a price of a shorter period than the
total's (`£15 a month each` against a year's takings). One clause, so a mismatch is an error.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import is_a_rate, names_the_count, per_shorter_period
from checker.link.restated_per_unit import _PER_NOUN_AFTER
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_LANGS = ("en",)  # (the Korean lanes read Korean per-unit figures)
# (`came to £9,000, from 60 households`: a count after `from` may be read as a baseline, of no money total though)
_COUNT_ROLES = ("value", "baseline")
# `$18,400 from 92 rowers`: between the total and its count, a word of source and an article or possessive (past
# where the total was taken, `took £1,950 at the door from 650 visitors`: `[link.total_place_before_source]`)
_FROM_COUNT = ByLanguage(
    lambda w: (
        rf"(?:(?:\s+(?:{w.total_place_before_source})\s+(?:{w.total_from_count_determiners})\s+[^\W\d_]{{3,}})?"
        rf",?\s+(?:{w.total_from_count})|[\s-](?:{w.appended_total_nouns})\s+(?:to\s+[^\W\d_]+|for))"
        rf"\s+(?:(?:{w.total_from_count_determiners})\s+)?"
    ),
    re.I,
)
# `92 rowers at $200`, `60 families each paying £150`: after the count, its noun (a few words), a word of paying
_PAYING = ByLanguage(
    lambda w: rf"(?:[\s-]+[^\W\d_]+(?:-[^\W\d_]+)?){{0,3}}?,?\s+(?:{w.count_paying_price})\s+(?:(?:{w.hedges})\s+)?",
    re.I,
)

# `600 runners at £15,`: the count's noun, then `at` alone (`[link.unit_price_at]`), a price with no mark after it
_PAYING_AT = ByLanguage(
    lambda w: rf"(?:[\s-]+[^\W\d_]+(?:-[^\W\d_]+)?){{0,3}}?\s+(?:{w.unit_price_at})\s+(?:(?:{w.hedges})\s+)?", re.I
)
_CLAUSE_CLOSES = compile_exact(r"\s*(?:[,;:.)]|$)")
# `£4,400 came from stall pitches: 88 stalls at £50 each.`: a total, the source it came from, and after a colon the
# count and price that make it (`[link.total_source_before_colon]`), the price closing the sentence
_SOURCE_COLON = ByLanguage(lambda w: rf"(?:\s+(?:{w.total_source_before_colon}))?\s*:\s+", re.I)
_SENTENCE_CLOSES = compile_exact(r"\s*(?:[.!?](?:\s|$)|$|\n)")


def link_totals_from_priced_counts(claims: list[Claim], text: str, lang: str) -> None:
    if lang not in _LANGS:
        return
    figures = [c for c in claims if not c.furniture]
    by_sentence = group_by_sentence(figures)
    for sentence in by_sentence.values():
        for i in range(2, len(sentence)):
            total, count, price = sentence[i - 2], sentence[i - 1], sentence[i]
            if priced_count(total, count, price, text, lang):
                price.per_unit_of, price.units_of = total.id, count.id


def priced_count(total: Claim, count: Claim, price: Claim, text: str, lang: str) -> bool:
    """Whether three figures in a row state a total, the count it came from and the price each paid (`$18,400 from 92
    rowers at $200 each`, `raised £9,000 from 600 runners at £15,`): the price is then per one of the count, no
    part of any sum nor a share's part."""
    if lang not in _LANGS or not (total.sentence == count.sentence == price.sentence):
        return False
    if price.kind != "money" or price.role != "value" or price.per_unit_of not in (None, total.id):
        return False
    mark = _PER_NOUN_AFTER[lang].match(text, price.end)
    # (`raised £9,000 from 600 runners at £15, or …`: with no mark after it, a price after `at` right after the
    # count that closes its clause, the total before the count: each ticket's price)
    bare = mark is None and _CLAUSE_CLOSES.match(text, price.end) is not None
    if (mark is None and not bare) or per_shorter_period(price, text, lang):
        return False
    if count.kind != "count" or count.role not in _COUNT_ROLES or not count.counter or is_a_rate(count, text, lang):
        return False
    if not (_PAYING_AT if bare else _PAYING)[lang].fullmatch(text, count.end, price.start):
        return False
    if (
        total.kind != "money"
        or total.unit != price.unit
        or total.role != "value"
        or total.product_of is not None
        or total.value <= price.value
    ):
        return False
    if not _FROM_COUNT[lang].fullmatch(text, total.end, count.start) and not (
        _SOURCE_COLON[lang].fullmatch(text, total.end, count.start)
        and _SENTENCE_CLOSES.match(text, mark.end() if mark is not None else price.end)
    ):
        return False
    noun = mark.group("noun") if mark is not None else None
    # (`from 92 rowers at $200 a boat`: a price of another unit)
    return not noun or names_the_count(noun.lower(), count, text, lang)
