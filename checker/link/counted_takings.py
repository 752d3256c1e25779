"""A count, the price each of them paid or fetched, and what they took, in one clause: `Roughly 700 visitors were
charged £5 a head, £3,500 at the gate`, `The 300 walkers on the dam tour, who paid £2 each for a guide, added £600`,
`The gala sold 2,000 seats at £10, taking £20,000`, `The cable car carried 10,000 adults on the standard fare of NOK
300, bringing in NOK 3.0 million`, `The brewery is hiring 10 trainees on wages of £20,000 each, a bill of £200,000`.

The price is money, a value no per-unit reading has taken, marked as each one's: right after it a mark of each unit
(`each`, `apiece`, `a head`: `[link.unit_price_each]`, `[link.each_unit_after]`) or a per-unit mark and a noun naming
the count (`£5 a dog` of `70 dogs`: `[link.unit_price_after]`, no period: `[link.period_nouns_after_mark]`; a noun
naming another count, `at £90 a mile` after `three sweeps`, leaves it unread), or right before it a word that makes it
the price of one (`at`, `a fare of`: `[link.price_of_one_before]`). The count is the figure right before the price in
its sentence, a count of two or more, a value, no rate (`300 visits a day`, `three sweeps a year`), no span (`2 fiscal
years`), with no clause opened between (a semicolon, a colon, a comma and a joiner: `[link.clause_joiners]`,
`[link.share_subject_clause_opens]`). The total is the figure right after the price, money of its currency larger than
it, no product of another price yet, a few words after the price's mark in its clause (no comma and joiner between: `,
so the evening raised £1,500` sums more than the units' takings), named what the units took: right before it a word of
takings (`adding`, `taking`, `bringing in`, `a bill of`, `another`: `[link.counted_takings_before]`, a hedge between),
or right after it the mark of all the units together (`in all`, `at the gate`: `[link.each_total_after]`,
`[link.counted_takings_after]`); no source named right after it (`another £5,000 from sponsors`, `$7,000 in cafe sales`:
`[link.counted_takings_source_after]`), and no attribution or clause of another subject between the price and it
(`[link.attribution_verbs]`, `[link.price_clause_breaks]`). The price is the total over the count (`per_unit_of`,
`units_of`): the per-unit check (F317) divides it. One clause, so a mismatch is an error. The readings before
(checker/link/restated_per_unit.py, totals_from_priced_counts.py, unit_prices.py) keep what they link.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import is_a_rate, names_the_count, per_shorter_period
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# right after the price: a mark of each unit (`each`, `apiece`, `a head`), or a per-unit mark and its noun
_EACH_AFTER = ByLanguage(
    lambda w: (
        # (`£30 a year each`: a year's mark between, the price a year's, as the takings it makes)
        rf"(?:(?:{w.per_year_after})(?=\s+(?:{w.unit_price_each}|{w.each_unit_after})(?![^\W\d_])))?"
        rf"\s+(?:(?P<each>{w.unit_price_each}|{w.each_unit_after})"
        rf"|(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})(?![^\W\d_]))(?P<noun>[^\W\d_]{{3,}}))"
        rf"(?![^\W\d_])"
    ),
    re.I,
)
# right before the price: a word making it the price of one (`at`, `the full fare of`), a hedge between
_ONE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.price_of_one_before})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
# right before the total: a word of takings, a hedge between
_TAKINGS_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.counted_takings_before})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
# after the last comma before the total: nothing, or a word of takings alone (a hedge after it)
_TAKINGS_ONLY = ByLanguage(lambda w: rf"\s*(?:(?:{w.counted_takings_before})\s+(?:(?:{w.hedges})\s+)?)?", re.I)
# right after the total: the mark of all the units together
_TAKINGS_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.each_total_after}|{w.counted_takings_after})(?![^\W\d_])", re.I)
# right after a count, a per-unit mark and a period's noun (`three sweeps a year`): a rate
_PERIOD_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.unit_price_after})\s+(?:{w.period_nouns_after_mark})(?![^\W\d_])", re.I
)
# right after the price, a per-unit mark and a period's noun (`at £10 a night`): a price per the count's unit and per
# that period, whose total is of three factors when the article counts those periods (`ran for three nights`)
_PRICE_PER_PERIOD = ByLanguage(
    lambda w: rf"\s+(?:{w.unit_price_after})\s+(?P<noun>{w.period_nouns_after_mark})(?![^\W\d_])", re.I
)
# right after a count's text, a period's noun (`2 fiscal years`): the count is a span, its counter a modifier
_PERIOD_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.period_nouns_after_mark})(?![^\W\d_])", re.I)
# between the count and the price, or the price and the total: no clause opened (`, and owners paid`, `, so the
# evening raised`)
_JOINER = ByLanguage(lambda w: rf",\s+(?:{w.clause_joiners}|{w.share_subject_clause_opens})(?![^\W\d_])", re.I)
# right after the total, words naming another source (`$7,000 in cafe sales`, `another £5,000 from sponsors`)
_SOURCE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.counted_takings_source_after})(?![^\W\d_])", re.I)
# between the price and the total: an attribution (`, the warden said, taking $14,400`) or a clause of another subject
# (`and its bake stall took`): the total is not told as the units' takings
_ANOTHER_CLAUSE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.attribution_verbs}|{w.price_clause_breaks})(?![^\W\d_])", re.I
)
_WORDS_ONLY = compile_exact(r"[^\d.;:!?()]*")
_NO_CLAUSE_END = compile_exact(r"[^;:!?()]*")  # (a figure's `.` is no end: `$1,200 in all in 2023 and $1,500`)
_COUNT_REACH = 80  # characters between the count and the price
_TOTAL_REACH = 60  # characters between the price's mark and the total
_BEFORE_REACH = 40  # characters before a figure where the word naming it stands


def link_counted_takings(claims: list[Claim], text: str, lang: str) -> None:
    takings_before, takings_after = _TAKINGS_BEFORE[lang], _TAKINGS_AFTER[lang]
    if not (may_match(takings_before, text) or may_match(takings_after, text)):
        return  # (no word of takings in the article: the cheap test first)
    for sentence in prose_by_sentence(claims).values():
        for i in range(1, len(sentence) - 1):
            count, price, total = sentence[i - 1], sentence[i], sentence[i + 1]
            if not _a_price(price) or not _a_total(total, price) or not _a_count(count, text, lang):
                continue
            mark = _EACH_AFTER[lang].match(text, price.end)
            if mark is not None and mark.group("noun") and not names_the_count(mark.group("noun"), count, text, lang):
                continue  # (`£2 a dog` after `700 visitors`, `at £90 a mile` after `three sweeps`: another's)
            if mark is None and not _ONE_BEFORE[lang].search(text, max(0, price.start - _BEFORE_REACH), price.start):
                continue
            if per_shorter_period(price, text, lang):
                continue  # (`£10 a month each`: of a total of some months, which the count alone does not divide)
            if _periods_counted(price, claims, text, lang):
                continue  # (`ran for three nights … 250 pitches at £10 a night, worth £7,500`: of three factors)
            if not _one_clause(count, price, text, lang):
                continue
            after = mark.end() if mark is not None else price.end
            if total.start - after > _TOTAL_REACH or not _WORDS_ONLY.fullmatch(text, after, total.start):
                continue
            if _JOINER[lang].search(text, after, total.start):
                continue  # (`300 spectators paid £4 each to watch, so the evening raised £1,500`: another clause's sum)
            comma = text.rfind(",", after, total.start)
            if comma >= 0 and not _TAKINGS_ONLY[lang].fullmatch(text, comma + 1, total.start):
                continue  # (`92 rowers at $240 each, the regatta took $7,100`: a subject of its own, another amount)
            if not (
                takings_before.search(text, max(0, total.start - _BEFORE_REACH), total.start)
                or takings_after.match(text, total.end)
            ):
                continue
            if _another_money_beside(sentence, i, price, text, lang):
                continue  # (`300 jars at $4 each, $1,200 in all in 2023 and $1,500 …`, `700 programmes at £6 each and
                # 260 tote bags at £6, raising £5,760`: two totals, or a total of two lots)
            if _SOURCE_AFTER[lang].match(text, total.end) or _ANOTHER_CLAUSE[lang].search(text, after, total.start):
                continue  # (`another £5,000 from sponsors`, `, the warden said, taking`: what others gave, or told so)
            price.per_unit_of, price.units_of = total.id, count.id


def _periods_counted(price: Claim, claims: list[Claim], text: str, lang: str) -> bool:
    """Whether a price is marked per a period (`at £10 a night`) the article counts (`ran for three nights`): the total
    is then of the count, the price and the periods, no product of the count and the price alone."""
    marked = _PRICE_PER_PERIOD[lang].match(text, price.end)
    if marked is None:
        return False
    noun = marked.group("noun").lower().rstrip("s")
    return any(c.kind == "count" and c.low > 1 and (c.counter or "").lower().rstrip("s") == noun for c in claims)


def _another_money_beside(sentence: list[Claim], i: int, price: Claim, text: str, lang: str) -> bool:
    """Whether the clause holds money of the price's currency right before the count (another lot's price, the total
    then of both) or after the total (a second total, `$1,200 in all in 2023 and $1,500 in all this year`): no clause's
    end or joiner between."""
    count, total = sentence[i - 1], sentence[i + 1]
    gaps = []
    if i >= 2:
        gaps.append((sentence[i - 2], sentence[i - 2].end, count.start))
    later = next((c for c in sentence[i + 2 :] if c.kind == "money" and c.unit == price.unit), None)
    if later is not None:
        gaps.append((later, total.end, later.start))
    return any(
        other.kind == "money"
        and other.unit == price.unit
        and _NO_CLAUSE_END.fullmatch(text, start, end) is not None
        and _JOINER[lang].search(text, start, end) is None
        for other, start, end in gaps
    )


def _a_price(price: Claim) -> bool:
    return (
        price.kind == "money"
        and price.role == "value"
        and price.per_unit_of is None
        and price.product_of is None
        and price.share_part is None
    )


def _a_total(total: Claim, price: Claim) -> bool:
    return (
        total.kind == "money"
        and total.unit == price.unit
        and total.role == "value"
        and total.value > price.value
        and total.product_of is None
        and total.per_unit_of is None
    )


def _a_count(count: Claim, text: str, lang: str) -> bool:
    return (
        count.kind == "count"
        and count.role in ("value", "baseline")
        and count.value >= 2
        and count.per_unit_of is None
        and not is_a_rate(count, text, lang)
        and _PERIOD_AFTER[lang].match(text, count.end) is None  # (`three sweeps a year`: a rate, no count of units)
        # (`over 2 fiscal years`: a span, its counter a modifier of a period's noun)
        and _PERIOD_NOUN_AFTER[lang].match(text, count.end) is None
    )


def _one_clause(count: Claim, price: Claim, text: str, lang: str) -> bool:
    """Whether the count and the price stand in one clause: near, words only between, no joiner after a comma."""
    return (
        price.start - count.end <= _COUNT_REACH
        and _WORDS_ONLY.fullmatch(text, count.end, price.start) is not None
        and _JOINER[lang].search(text, count.end, price.start) is None
    )
