"""A price per a named unit stated before the sentence that states both the count of that unit and their total.

English copy states a price early (`Season passes cost $240 a rider this winter, up from $210`) and, paragraphs
later, the count it multiplies and the product together, with no mark of the price again (`Passes sold to 1,300
riders raise $312,000`): count × price = total. The per-unit readings before look for the total and count before
the figure or around it; this reading, run after them, looks after it.

The figure: a value per a noun the language's marks name (`[link.per_unit_after_average]` and the others `_mark`
reads), no total or count yet, none of its partners taken, no market's quote or metric of its own. The sentence: the
first one after the figure's, within a few sentences, that states a count naming the mark's noun (its counter, or the
noun right after its counter; for a unit of measure, a measure in its unit: `£90 a tonne` … `4,000 tonnes`) and a
figure of the price's kind and unit (a figure per the noun passed over: the price's change). It must state exactly
one of each: the count a value, before the total in one clause (`_CLAUSE_GAP` characters, no semicolon, colon,
bracket or dash between, no clause of another subject: `[link.fallback_clause_breaks]`), no rate, no part set beside
its share, outside quoted speech, no count of another time; the total a value, larger than the price, no figure per
unit itself, no partner of another figure per unit.

Vetoes: that sentence states a figure of another time (a prior, a baseline: which year's product, unsaid), another
figure of the price's unit of any role (a change, a part: which one, unsaid), another count of things; a second
figure per the same noun stands before the sentence, from as many sentences before the price (another price,
another period's); the count and the price belong to different companies; the count is of other units (`the
remaining 10 stalls`, `a further 40 seats`: `[link.priced_count_other_units]`). The reading spans sentences, so a
mismatch is a warning (`guesses`). English only (the Korean lanes read Korean per-unit figures).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.partners import _same_entities
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_counts_apart import counted_apart_in_time, unlinked_values
from checker.link.per_unit_fallback import (
    _AVERAGE_REACH,
    _CLAUSE_BREAK,
    _COUNT_NOT_UNITS,
    _EACH_NOUN,
    _OTHER_TIMES,
    _OWN_METRIC,
    _QUOTE,
    _mark,
    _names_in,
    beside_their_share,
)
from checker.models import Claim
from checker.regex_cache import compile_exact

_LANGS = ("en",)
_SENTENCES_AFTER = 12  # sentences after the price's own where its count and total may stand together
_CLAUSE_GAP = 64  # characters at most from the count to its total after it, in one clause (`412 riders raise $9,000`)
_GAP_BREAK = compile_exact(r"[;:()]|\.\s|\s[\u2013\u2014-]\s")  # a break no clause's count and total stand across
_OTHER_UNITS_REACH = 24  # characters before a count where a word making it other units stands (`the remaining `)
# (`… have brought in`, `raised`: the total is what the units paid at the price; `cost`, `collected`: another pot)
_TAKINGS_BETWEEN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.priced_count_takings})(?![^\W\d_])", re.I)
_OTHER_UNITS_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.priced_count_other_units})\s+(?:[^\W\d_]+\s+)?$", re.I)


def link_priced_counts_later(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    figures, candidates, taken = unlinked_values(claims)
    if not candidates:
        return
    by_sentence: dict[int, list[Claim]] = {}
    for c in figures:
        by_sentence.setdefault(c.sentence, []).append(c)
    nouns: dict[str, str | None] = {}

    def noun_of(c: Claim) -> str | None:
        if c.id not in nouns:
            noun = _mark(c, text, lang)
            nouns[c.id] = noun.removeprefix(_EACH_NOUN) if noun is not None else None
        return nouns[c.id]

    parts: set[str] | None = None
    for price in candidates:
        noun = noun_of(price)
        if not noun:
            continue  # (no mark, or one naming no noun: `…, £40 each` is per its own sentence's count)
        opens = sentence_starts[price.sentence]
        if _QUOTE[lang].search(text, opens, price.start) or _OWN_METRIC[lang].search(
            text, max(0, price.start - _AVERAGE_REACH), price.start
        ):
            continue
        if parts is None:
            parts = beside_their_share(claims, text)
        found = _count_and_total_after(price, noun, by_sentence, parts, taken, noun_of, sentence_starts, text, lang)
        if found is None:
            continue
        if any(
            c is not price and c.role == "value" and _same_units(c, price) and noun_of(c) == noun
            for sentence in range(max(0, price.sentence - _SENTENCES_AFTER), found[0].sentence)
            for c in by_sentence.get(sentence, ())
        ):
            continue  # (two prices per the noun before the product, `$36 a camper` and `$44 a camper`: which, unsaid)
        count, total = found
        price.per_unit_of, price.units_of = total.id, count.id
        measure = measure_unit(noun, lang)
        if measure is not None:
            price.units_measure = measure
        if "relation" not in price.guesses:
            price.guesses.append("relation")
        taken.update((price.id, total.id, count.id))


def _count_and_total_after(
    price: Claim,
    noun: str,
    by_sentence: dict[int, list[Claim]],
    parts: set[str],
    taken: set[str],
    noun_of,
    sentence_starts: list[int],
    text: str,
    lang: str,
) -> tuple[Claim, Claim] | None:
    """The count and the total of the first later sentence stating a count of the noun beside a figure of the
    price's unit; None when that sentence states more, or another price per the noun comes first."""
    measure = measure_unit(noun, lang)
    base = base_unit(measure)[1] if measure is not None else None

    def counts_the_noun(c: Claim) -> bool:
        if base is not None and c.kind == "measure" and c.unit == base:
            return True  # (`48,000 hectares` of `a hectare`, in that unit)
        return c.kind == "count" and bool(c.counter) and _names_in(noun, c, text, lang)

    for sentence in range(price.sentence + 1, price.sentence + 1 + _SENTENCES_AFTER):
        own = by_sentence.get(sentence, ())
        if not own:
            continue
        if any(c.role == "value" and c is not price and _same_units(c, price) and noun_of(c) == noun for c in own):
            return None  # (another price per the noun: another period's or another product's)
        counts = [c for c in own if counts_the_noun(c)]
        # (a figure per the noun itself, `The rise, of $30 a hectare, …`, is the price's change, no total)
        same = [c for c in own if _same_units(c, price) and noun_of(c) != noun]
        if not counts or not same:
            continue
        if len(counts) != 1 or len(same) != 1:
            return None
        count, total = counts[0], same[0]
        if (
            any(c.role in _OTHER_TIMES for c in own)
            or any(c.kind == "count" and c.counter and c is not count and c is not total for c in own)
            or count.role != "value"
            # (the count, then its total in its clause: `Passes sold to 1,300 riders raise $312,000`; a total before
            # the count, or a clause apart, may be any pot the sentence names)
            or not 0 <= total.start - count.end <= _CLAUSE_GAP
            or _GAP_BREAK.search(text, count.end, total.start)
            or not _TAKINGS_BETWEEN[lang].search(text, count.end, total.start)
            or _CLAUSE_BREAK[lang].search(text, count.end, total.start)  # (`…, and the shop took $900`: another's)
            or total.role != "value"
            or total.value <= price.value
            or count.per_unit_of is not None
            or count.id in parts
            or total.per_unit_of is not None
            or total.id in taken
            or noun_of(total) is not None
            or is_a_rate(count, text, lang)
            or _COUNT_NOT_UNITS[lang].match(text, count.end)
            or counted_apart_in_time(count, text, lang, sentence_starts)
            or not _same_entities(count, price)
            # (`the remaining 10 stalls`, `a further 40 seats`: other units than the price's, another pot)
            or _OTHER_UNITS_BEFORE[lang].search(text, max(0, count.start - _OTHER_UNITS_REACH), count.start)
        ):
            return None
        return count, total
    return None


def _same_units(one: Claim, other: Claim) -> bool:
    return one.kind == other.kind and one.unit == other.unit and (one.counter or "") == (other.counter or "")
