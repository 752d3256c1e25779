"""A figure in cents of the currency its sentence prices in: `It paid NZ$2.65 a litre, up 15 cents from NZ$2.50`,
`The price fell to €1.82 a kilogram from €1.97, down 15 cents`.

The word `cents` names the hundredth of many currencies and none of them; read alone it is a US cent. A writer who
prices in another dollar (or in euros) writes the change in cents without naming the currency again: where every
other money figure of the sentence is in one currency, and none in the one the cents were read in, the cents are
that currency's hundredth. A cents figure that names its currency (`12 US cents`, `HK cents`) keeps it. A guess.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from checker.extract.lang import ByLanguage
from checker.models import Claim, Mention

# (the figure written with nothing but the word for the hundredth: `15 cents`, `12-cent`, not `12 US cents`)
_BARE_SUBUNIT = ByLanguage(lambda w: rf"^[\W\d_]*(?:{w.bare_subunits})\s*$", re.I)


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
    for index in cents:
        mention = mentions[index]
        others = [
            mentions[i].quantity.unit
            for i in by_sentence.get(bisect_right(sentence_starts, mention.start), [])
            if i not in cent_set
        ]
        units = set(others)
        if len(units) != 1 or mention.quantity.unit in units:
            continue
        (unit,) = units
        quantity = dataclasses.replace(mention.quantity, unit=unit)
        mention.quantity = quantity
        claims[index].quantity = quantity
        claims[index].guesses = sorted(set(claims[index].guesses) | {"unit"})
