"""A figure in cents of the currency its sentence prices in: `It paid NZ$2.65 a litre, up 15 cents from NZ$2.50`,
`The price fell to €1.82 a kilogram from €1.97, down 15 cents`.

The word `cents` names the hundredth of many currencies and none of them; read alone it is a US cent. A writer who
prices in another dollar (or in euros) writes the change in cents without naming the currency again: where every
other money figure of the sentence is in one currency, and none in the one the cents were read in, the cents are
that currency's hundredth. A cents figure that names its currency (`12 US cents`, `HK cents`) keeps it. A guess.

A hedge may open the figure (`or about 85 cents a week`). A sentence stating no other money (`It sold 200 million
bulbs, at an average of 20 cents a bulb`) prices in the article's currency when every other money figure the
article states is in one currency, none in the one the cents were read in, and that currency is one whose hundredth
is a cent (`[currency_subunits]`: a dollar, the euro; not the pound, whose hundredth is a penny), and the sentence
names no country that counts in dollars and cents (`[link.dollar_places]`: `In America, where it sold 10 million
cans, it charged 25 cents a can` in an article in pounds or euros prices in American cents).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right

from checker.extract.lang import ByLanguage, link_alternations, merged
from checker.models import Claim, Mention

# (the figure written with nothing but the word for the hundredth: `15 cents`, `12-cent`, not `12 US cents`)
_BARE_SUBUNIT = ByLanguage(
    lambda w: rf"^(?:(?:{w.hedges})\s+)?[\W\d_]*(?:{w.bare_subunits})\s*$", re.I
)  # (`about 85 cents`: a hedge first)


_DOLLAR_PLACE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.dollar_places})(?![^\W\d_])")


@functools.cache
def _counted_in_cents(lang: str) -> frozenset[str]:
    """The currencies whose hundredth the language's subunit words call a cent (`euro cents`, `HK cents`)."""
    bare = re.compile(rf"(?<![^\W\d_])(?:{link_alternations(lang).bare_subunits})$", re.I)
    return frozenset(unit for word, (unit, _) in merged(lang)[0].currency_subunits.words.items() if bare.search(word))


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
        if not others and len(units) > 1:
            # (copy in another language's home currency converts into it, `180만 유로(약 29억원)`: the article's one
            # currency counted in cents is the one its bare cents are of)
            units = {unit for unit in units if unit in _counted_in_cents(lang)}
        if len(units) != 1 or mention.quantity.unit in units:
            continue
        (unit,) = units
        if not others:
            # (the article's currency, not the sentence's: only one counted in cents, and not where the sentence
            # names a country of dollars and cents)
            s = bisect_right(sentence_starts, mention.start)
            start = sentence_starts[s - 1] if s else 0
            end = sentence_starts[s] if s < len(sentence_starts) else len(text)
            if unit not in _counted_in_cents(lang) or _DOLLAR_PLACE[lang].search(text, start, end):
                continue
        quantity = dataclasses.replace(mention.quantity, unit=unit)
        mention.quantity = quantity
        claims[index].quantity = quantity
        claims[index].guesses = sorted(set(claims[index].guesses) | {"unit"})
