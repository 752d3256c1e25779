"""A price per unit stated once, and the totals of so many of those units valued at it: `Brightwell sold 40
million shares at $12 each to raise $480m. At that price the company is valued at $3bn, with 250 million shares
outstanding`, `공모가를 주당 2만원으로 확정했다. … 공모 주식은 300만주로, 공모 규모는 600억원이다`.

The price is money marked per unit, the mark naming the unit's noun (`$12 a share`, `주당 2만원`:
`[link.unit_price_after]`, `[link.unit_price_before]`) or taking the noun of the count it follows (`40 million
shares at $12 each`: `[link.unit_price_each]`). It is a fact of the document, kept under its noun from its own
sentence on; a second price of another value under the same noun leaves the noun's price unknown.

A total is a money figure of the price's currency that the words make the value of a count of units
(`worth`, `valued at`, `to raise`, `공모 규모는`, `공모가로 계산한`: `[link.units_value_before]`), in a sentence that
states one count the noun names (`250 million shares`, `300만주`) and no other money of that currency. Words that
apply the price stated before (`At that price`, `공모가 기준`: `[link.at_that_price]`) let the count stand in the
sentence before. The total is the count times the price (`product_of`, `product_units`); the per-unit check
(F317) divides it. A price and count in another sentence than the total make it a guess (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_PRICE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_after})\s+(?P<noun>[^\W\d_]{{3,}})", re.I)
_PRICE_EACH = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_each})", re.I)
# `주당 3만원`, `1개당 500원`: the noun is the word the mark closes, right before the price
_PRICE_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])1?\s?(?P<noun>[^\W\d_]{{1,3}}?)\s?(?:{w.unit_price_before})\s*$")
_VALUE_BEFORE = ByLanguage(lambda w: rf"(?:{w.units_value_before})[^\d;]{{0,16}}$", re.I)
_AT_THAT_PRICE = ByLanguage(lambda w: rf"(?:{w.at_that_price})", re.I)
_MARK_REACH = 12  # characters before a price where its per-unit mark stands (`주당 `)
_VALUE_REACH = 80  # characters before a total where the words making it a value of units may start
_EACH_REACH = 12  # characters between a count and the price it is bought at (`shares at `)
_STEM_SLACK = 2  # letters a count's counter may add to the noun of the price (`shares` for `share`)


def link_unit_prices(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    by_sentence = group_by_sentence(figures)
    prices: dict[str, Claim | None] = {}  # noun → the price stated under it (None: two of different value)
    previous: list[Claim] = []
    for sentence in sorted(by_sentence):
        members = by_sentence[sentence]
        for noun, price in _prices(members, text, lang):
            known = prices.get(noun, price)
            prices[noun] = price if known is not None and known.value == price.value else None
        start = sentence_starts[sentence] if sentence < len(sentence_starts) else 0
        for noun, price in prices.items():
            if price is not None:
                _link_total(price, noun, members, previous, text, lang, start)
        previous = members


def _prices(members: list[Claim], text: str, lang: str) -> list[tuple[str, Claim]]:
    found = []
    for i, claim in enumerate(members):
        if claim.kind != "money" or claim.role != "value":
            continue
        after = _PRICE_AFTER[lang].match(text, claim.end)
        before = _PRICE_BEFORE[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start)
        if after or before:
            found.append(((after or before).group("noun").lower(), claim))
        elif _PRICE_EACH[lang].match(text, claim.end):
            counts = [c for c in members[:i] if c.kind == "count" and c.counter]
            if counts and claim.start - counts[-1].end <= _EACH_REACH:
                found.append((counts[-1].counter.lower(), claim))
    return found


def _names(noun: str, count: Claim) -> bool:
    counter = (count.counter or "").lower()
    return bool(counter) and counter.startswith(noun) and len(counter) - len(noun) <= _STEM_SLACK


def _link_total(
    price: Claim, noun: str, members: list[Claim], previous: list[Claim], text: str, lang: str, start: int
) -> None:
    money = [c for c in members if c.kind == "money" and c.unit == price.unit and c is not price]
    totals = [
        c
        for c in money
        if c.role == "value"
        and c.start > price.start
        and c.value > price.value
        and c.per_unit_of is None
        and c.product_of is None
        and _VALUE_BEFORE[lang].search(text, max(start, c.start - _VALUE_REACH), c.start)
    ]
    if len(totals) != 1 or len(money) != 1:
        return  # no total, or another figure of the currency the count may be valued at
    total = totals[0]
    counts = [c for c in members if c.kind == "count" and c.role == "value" and _names(noun, c)]
    if not counts and _AT_THAT_PRICE[lang].search(text, start, total.start):
        counts = [c for c in previous if c.kind == "count" and c.role == "value" and _names(noun, c)]
    if len(counts) != 1:
        return  # which count is valued: not said
    total.product_of, total.product_units = price.id, counts[0].id
    if price.sentence != total.sentence or counts[0].sentence != total.sentence:
        total.guesses = sorted(set(total.guesses) | {"relation"})
