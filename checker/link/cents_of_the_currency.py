"""A figure in cents of the currency its sentence prices in: `It paid NZ$2.65 a litre, up 15 cents from NZ$2.50`,
`The price fell to €1.82 a kilogram from €1.97, down 15 cents`.

The word `cents` names the hundredth of many currencies and none of them; read alone it is a US cent. A writer who
prices in another dollar (or in euros) writes the change in cents without naming the currency again: where every
other money figure of the sentence is in one currency, and none in the one the cents were read in, the cents are
that currency's hundredth. A cents figure that names its currency (`12 US cents`, `HK cents`) keeps it. A guess.

A hedge may open the figure (`or about 85 cents a week`). A sentence stating no other money (`It sold 200 million
bulbs, at an average of 20 cents a bulb`) prices in the article's currency when every other money figure the
article states is in one currency, none in the one the cents were read in.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from checker.extract.lang import ByLanguage
from checker.models import Claim, Mention

# (the figure written with nothing but the word for the hundredth: `15 cents`, `12-cent`, not `12 US cents`)
_BARE_SUBUNIT = ByLanguage(
    lambda w: rf"^(?:(?:{w.hedges})\s+)?[\W\d_]*(?:{w.bare_subunits})\s*$", re.I
)  # (`about 85 cents`: a hedge first)


def carry_currencies_to_cents(
    claims: list[Claim], mentions: list[Mention], text: str, lang: str, sentence_starts: list[int]
) -> None:
    pattern = _BARE_SUBUNIT[lang]
    cents = [i for i, m in enumerate(mentions) if m.quantity.kind == "money" and pattern.search(m.text)]
    if not cents:
        return
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.quantity.kind == "money":
            by_sentence.setdefault(bisect_right(sentence_starts, mention.start), []).append(index)
    cent_set = set(cents)
    # (the one currency of every other money figure of the article, for cents in a sentence stating no other money)
    article_units = {
        m.quantity.unit for i, m in enumerate(mentions) if m.quantity.kind == "money" and i not in cent_set
    }
    for index in cents:
        mention = mentions[index]
        others = [
            mentions[i].quantity.unit
            for i in by_sentence.get(bisect_right(sentence_starts, mention.start), [])
            if i not in cent_set
        ]
        units = set(others) if others else article_units
        if len(units) != 1 or mention.quantity.unit in units:
            continue
        (unit,) = units
        quantity = dataclasses.replace(mention.quantity, unit=unit)
        mention.quantity = quantity
        claims[index].quantity = quantity
        claims[index].guesses = sorted(set(claims[index].guesses) | {"unit"})
