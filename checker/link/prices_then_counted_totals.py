"""A price, then a clause joined on that states how many of the priced things there were and what they came to: `Adult
tickets cost £7, and the 300 sold brought in £2,100`, `A new bench costs £70 to build, and the 30 added this year cost
£2,100`, `The stools cost NOK 2.5 million each (about £190,000), so the 30 of them came to NOK 75 million`.

The price is a money figure right after a verb of costing or paying (`[link.price_then_count_verbs]`: `costs`, `paid`,
`sells for`; a hedge between at most), then a few words of no figure (an equivalent in brackets at most) and a comma,
a joiner and `the` (`[link.price_then_count_openers]`: `, and the`, `, so the first`) right before the count: a count
the clause opens on as its subject (of no noun of its own, as the extract stage reads `the 300 sold`, or of any noun).
Between the count and the total, a few words of no figure and no comma, ending on a verb of coming to an amount
(`[link.count_then_total_verbs]`: `brought in`, `came to`, `cost`, `raised`). The total is of the price's currency
and larger than it; neither is linked by another reading already. The price is the total over the count
(`per_unit_of`, `units_of`, so that the total stays free to be a sum's or a share's whole): the per-unit check (F317)
divides it. One sentence: a mismatch is an error.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.inflections import singular
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_VERB_REACH = 32  # characters before a price where its verb (and a hedge) stand
_PRICE_VERB_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.price_then_count_verbs})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
# `£7 each (about ¥1,300) at the door, and the `: a few words, an equivalent in brackets, then the comma and the opener
_PRICE_TO_COUNT = ByLanguage(
    lambda w: rf"(?:\s+[^\W\d_]+|\s*\([^()\n]{{0,40}}\)){{0,6}}\s*,\s*(?:{w.price_then_count_openers})\s+",
    re.I,
)
# ` sold brought in `, ` who did so raised `, ` of them came to `: a few words of no figure, then the verb of the total
_COUNT_TO_TOTAL = ByLanguage(
    lambda w: rf"(?:\s+[^\W\d_]+){{0,5}}?\s+(?:{w.count_then_total_verbs})\s+(?:(?:{w.hedges})\s+)?",
    re.I,
)


# (`£10 a month, and the …`: a period named between the price and the count, `[link.period_nouns_after_mark]`)
_PERIOD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.period_nouns_after_mark})(?![^\W\d_])", re.I)


# (`Pies cost £3, and the 80 made cost £500 in flour and butter`, `… cost £2,300 more`, `… £9,700 with the June
# sales`: right after the total, a mark that it is of something else or more, `[link.total_of_other_after]`)
_OTHER_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.total_of_other_after})(?![^\W\d_])", re.I)
_NOUN_REACH = 80  # characters before a price where the noun a count's own counter names stands
_WORD = compile_exact(r"[^\W\d_]+")


def link_prices_then_counted_totals(claims: list[Claim], text: str, lang: str) -> None:
    for sentence in prose_by_sentence(claims).values():
        figures = [c for c in sentence if c.role != "conversion"]
        for price, count, total in zip(figures, figures[1:], figures[2:]):
            if not _priced(price, count, total):
                continue
            if _PRICE_VERB_BEFORE[lang].search(text, max(0, price.start - _VERB_REACH), price.start) is None:
                continue
            if _PRICE_TO_COUNT[lang].fullmatch(text, price.end, count.start) is None:
                continue
            if _PERIOD[lang].search(text, price.end, text.rfind(",", price.end, count.start)):
                continue  # (`£10 a month, and the 40 members paid £4,800`: a price per period, of how many periods)
            if _COUNT_TO_TOTAL[lang].fullmatch(text, count.end, total.start) is None:
                continue
            if _OTHER_AFTER[lang].match(text, total.end):
                continue
            if count.counter and not _priced_noun(count.counter, text, price.start, lang):
                continue  # (`Bread cost £3, and the 12 bakers made £9,700`: the count's own noun is not the priced)
            # (the price is the total over the count: the total stays free to be a sum's or a share's whole)
            price.per_unit_of, price.units_of = total.id, count.id


def _priced(price: Claim, count: Claim, total: Claim) -> bool:
    """A price, a whole count of two or more, and a larger total of the price's currency, all stated as values and
    none linked as a figure per unit or a product already."""
    return (
        price.kind == "money"
        and total.kind == "money"
        and count.kind == "count"
        and price.unit == total.unit
        and all(c.role == "value" for c in (price, count, total))
        and count.value >= 2
        and count.value == int(count.value)
        and total.value > price.value > 0
        and price.per_unit_of is None
        and total.product_of is None
        and total.per_unit_of is None
        and count.per_unit_of is None
    )


def _priced_noun(counter: str, text: str, price_start: int, lang: str) -> bool:
    """Whether the noun a count's own counter names stands before the price in its clause (`Tickets cost £7, and the
    300 tickets sold …`), so that the count counts the priced things (`… and the 80 chairs cost`: another noun)."""
    stem = singular(counter, lang).casefold()
    before = text[max(0, price_start - _NOUN_REACH) : price_start]
    return any(singular(m.group(0), lang).casefold() == stem for m in _WORD.finditer(before))
