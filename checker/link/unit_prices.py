"""A price per unit stated once, and the totals of so many of those units valued at it: `Brightwell sold 40
million shares at $12 each to raise $480m. At that price the company is valued at $3bn, with 250 million shares
outstanding`, `공모가를 주당 2만원으로 확정했다. … 공모 주식은 300만주로, 공모 규모는 600억원이다`.

The price is money marked per unit, the mark naming the unit's noun (`$12 a share`, `주당 2만원`:
`[link.unit_price_after]`, `[link.unit_price_before]`) or taking the noun of the count it follows (`40 million
shares at $12 each`: `[link.unit_price_each]`), or a figure of the share-price metric, the price of one share
(`Its shares fell to $18`: `[link.share_noun]`; a dividend a share is paid per share, no price). It is a fact of the
document, kept under its noun from its own sentence on; a second price of another value under the same noun leaves
the noun's price unknown.

A total is a money figure of the price's currency that the words make the value of a count of units
(`worth`, `valued at`, `to raise`, `공모 규모는`, `공모가로 계산한`: `[link.units_value_before]`), in a sentence that
states one count the noun names (`250 million shares`, `300만주`) and no other money of that currency. Words that
apply the price stated before (`At that price`, `공모가 기준`: `[link.at_that_price]`) let the count stand in the
sentence before; a price the sentence applies without naming a noun (`At an average selling price of $60, that
works out to $500m`: `[link.at_a_price_of]`) takes the one count of its sentence or of the sentence before, and so
does a price marked per unit opening its sentence (`At £150 a head, subscriptions brought in £48,000`:
`[link.at_price_opening]`) when its own noun names no count. With neither, the count is the one count of the noun
the article states before (every such count of one value: `has 50 million shares … a market value of $900m`). The
total is the count times the price (`product_of`, `product_units`); the per-unit check (F317) divides it. A price
and count in another sentence than the total make it a guess (`guesses`).

A price per a unit of measure (`£2,000 a tonne`) values the measure of that unit its sentence states, else the one
measure before whose clause names a word the price's own words name (`the feed price` → `feed barley … 40,000
tonnes`), else the article's lead measure of it (`Landings rose to 42,000 tonnes … £2,000 a tonne, putting the
value of the season's hake at £84.0m`); the price's own earlier level (`from £1,950`) is no other figure the units
may be valued at. A unit of measure written as one sign before the mark (`㎏당 3,350원`) is the price's noun as its
letters are (`kg당`); a figure in brackets after the total in its sentence (`2년 전(5억원)보다 많다`) is an aside
on another level, neither a second total nor another figure the units may be valued at.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections import defaultdict
from collections.abc import Callable

from checker.extract.lang import NEVER, ByLanguage, every_language, link_alternations, merged
from checker.extract.units import alternation, base_unit, measure_unit
from checker.link.clause_marks import NAMING_WORD
from checker.link.inflections import singular
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# (a word of two letters only as a unit of measure: `$3 a kg`, checked in code)
# `84 cents per kg of milk`, `90,000 kg of milk`: the good a price per unit of measure, or a measure, is of
_GOOD_OF = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+(?P<good>[^\W\d_]{{3,}})(?![^\W\d_])", re.I)
_PRICE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_after})\s+(?P<noun>[^\W\d_]{{2,}})(?![^\W\d_])", re.I)
_PRICE_ORDER = 10  # times a price within which a later money figure is another price of the units
_SHORT_NOUN = 3  # letters below which a noun after a price mark must be a unit of measure (`kg`, not `an`)
_PRICE_EACH = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_each})", re.I)
# `68 stallholders, each paying £90`: the count, a few words, the mark, then the price
_EACH_BEFORE = ByLanguage(lambda w: rf"^,?\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{w.unit_price_each_before})\s+$", re.I)
# (`each paying £10 a month, raising £4,800 a year`: a period named after the price, the total of how many periods)
_PERIOD_AFTER = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.period_nouns_after_mark})(?![^\W\d_])", re.I)
# `1,300 passes at $390, bringing in`: a count, the word, then the price with no mark after it
_PRICE_AT = ByLanguage(lambda w: rf"^\s+(?:{w.unit_price_at})\s+$")
# `주당 3만원`, `1개당 500원`: the noun is the word the mark closes, right before the price; a unit of measure
# written as one symbol is a noun so too (`㎏당 8천원`: a letterless sign, read from the measure words); also how
# relations.py tells a figure marked per one unit
MEASURE_WORDS = alternation({word for data in every_language() for word in data.measures.words})
UNIT_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])1?\s?(?P<noun>[^\W\d_]{{1,3}}?)|(?<![^\W_])1?\s?(?P<symbol>{MEASURE_WORDS}))"
        rf"\s?(?:{w.unit_price_before})\s*$"
    )
)
_VALUE_BEFORE = ByLanguage(lambda w: rf"(?:{w.units_value_before})[^\d;]{{0,16}}$", re.I)
# `㎏당 평균 수매가는 3천원`, `톤당 산지 가격이 약 90만원`: a unit of measure's mark, then an average's words and a noun
# naming the price the units are traded at (`[link.sales_price_nouns]`), right before the price: the mark is still the
# price's (a cost or another's price, `생산비`, `소비자 가격`, names none)
_PRICE_NAMED_AFTER_MARK = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])1?\s?(?P<noun>[^\W\d_]{{1,3}}?)|(?<![^\W_])1?\s?(?P<symbol>{MEASURE_WORDS}))"
        rf"\s?(?:{w.unit_price_before})\s+"
        rf"(?:(?:{w.average_clause_words})\s*)?(?:{w.sales_price_nouns})(?:{w.named_figure_particles})\s+"
        rf"(?:(?:{w.hedges})\s*)?$"
    )
)
# (`for revenue of`, `brought in`: a value of units only after a price of the total's own sentence)
_PRICE_CLAUSE_BREAK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.price_clause_breaks})(?![^\W\d_])", re.I)
# (after a price's total, `, and sponsors added …`, `, while pitch hire …`: a clause of another source)
_TOTAL_CLAUSE_CLOSE = ByLanguage(lambda w: rf"(?:{w.price_total_closers})", re.I)
# (`The 14 new teams`: an addition's size, no count of all the units a price is charged on)
_INCREMENT = ByLanguage(lambda w: rf"(?:{w.increment_counters})", re.I)
# (`a quarter of all the teams, 21`: between a share and the bare count of its part set off after it)
_SHARE_THEN_PART = ByLanguage(
    lambda w: rf"\s+of\s+(?:{w.share_pool_then_part})\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+){{0,2}}\s*,\s*", re.I
)
_VALUE_AFTER_PRICE = ByLanguage(lambda w: rf"(?:{w.units_value_after_price})[^\d;]{{0,16}}$", re.I)
# (`At $9 a bag, the stalls took in $27,000`: words taking a total only after a price opening its sentence)
_VALUE_AFTER_OPENING = ByLanguage(lambda w: rf"(?:{w.units_value_after_opening_price})[^\d;]{{0,16}}$", re.I)
# (`, taking $30,000`: the takings of the count only right after its price, closing the clause)
_TAKINGS_AFTER_PRICE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.units_takings_after_price})[^\d;]{{0,16}}$", re.I)
_TAKINGS_CLOSE = ByLanguage(lambda w: rf"\s*(?:(?:{w.units_takings_closers})\s*)?(?:[,.;:!?)]|$)", re.I)
_PRICE_MARK_WORDS = 2  # words a price's own mark may hold between it and a takings verb (`each`, `a crossing`)
_WORDS = compile_exact(r"[^\W\d_]+")
# (`At £45 each, the kits and a new minibus cost …`: the total's subject joins another thing to the units)
_SUBJECT_JOINS = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.opening_price_subject_joins})(?![^\W\d_])", re.I)
# (`At £15 each, they took in …`: a subject referring back to the units the sentence before counts)
_PRONOUN_SUBJECT = ByLanguage(lambda w: rf"\s*,?\s*(?:{w.opening_price_pronoun_subjects})(?![^\W\d_])", re.I)
# (`£25,000 once the raffle and auction are added`: words after the total adding other sources to it)
_TOTAL_ADDS = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.opening_price_total_additions})(?![^\W\d_])", re.I)
_NOUN_AFTER_COUNT = 3  # words after a count where its noun stands (`30 new kits`)
_AT_THAT_PRICE = ByLanguage(lambda w: rf"(?:{w.at_that_price})", re.I)
_AT_A_PRICE = ByLanguage(lambda w: rf"(?:{w.at_a_price_of})\s*(?:(?:{w.hedges})\s*)?$", re.I)
# `At £150 a head, subscriptions brought in £48,000`: the word opening the sentence, right before a price marked per
# unit (a case kept: `at` inside a sentence is any price's, `sold 40 shares at $12 each`)
_AT_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.at_price_opening})\s+(?:(?:{w.hedges})\s+)?")
_AT_PRICE_REACH = 48  # characters before a price where the words applying it stand (`At an average selling price of`)
_NOT_PRICES = ("dividend", "eps")  # metrics of figures per share that are no price of it
_SHARE_PRICE = "share_price"  # the metric whose figure is the price of one share (`shares fell to $18`)
_MARK_REACH = 12  # characters before a price where its per-unit mark stands (`주당 `)
_NAMED_MARK_REACH = 24  # characters before a price where its mark stands when the price's name follows it
_VALUE_REACH = 80  # characters before a total where the words making it a value of units may start
_EACH_REACH = 12  # characters between a count and the price it is bought at (`shares at `)
_CLAUSE_REACH = 80  # characters before a measure where the words of its clause naming it may stand
_WORD = compile_exact(r"[^\W\d_]{3,}")
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_HEDGE = ByLanguage(lambda w: rf"(?:{w.hedges})", re.I)
# (`so far`, `now`: words of when, naming no line of a crop: `[link.label_time_adverbs]`)
_TIME_ADVERB = ByLanguage(lambda w: rf"(?:{w.label_time_adverbs})", re.I)
_ASIDE_REACH = 8  # characters from a figure in brackets to the bracket closing it (`21억 원)`)
_PER_HEAD = ByLanguage(lambda w: rf"(?:{w.per_head_nouns})", re.I)  # (`a head`, `per person`)
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.person_counters}|{w.people_noun_endings})", re.I)  # (`spectators`)
_STEM_SLACK = 2  # letters a count's counter may add to the noun of the price (`shares` for `share`)


def link_unit_prices(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    prices: dict[str, Claim | None] = {}  # noun → the price stated under it (None: two of different value)
    counted: dict[str, Claim] = {}  # a price's id → the count it follows (`40 shares at $12 each`)
    previous: list[Claim] = []
    # (the nouns the article counts and the values it counts them at, read once: a price's noun naming one of them
    # names its units)
    counters: dict[str, set[float]] = {}
    named_cache: dict[str, list[set[float]]] = {}  # a price's noun → the values of the counts it names, read once
    for c in figures:
        if c.kind == "count" and c.counter:
            values = counters.setdefault(c.counter.lower(), set())
            if c.role == "value":
                values.add(c.value)
    for sentence in sorted(by_sentence):
        members = by_sentence[sentence]
        start = sentence_starts[sentence] if sentence < len(sentence_starts) else 0
        for noun, price in _prices(members, text, lang, start, counted):
            noun = next((known for known in prices if _same_noun(known, noun)), noun)
            known = prices.get(noun, price)
            prices[noun] = price if known is not None and known.value == price.value else None
        for noun, price in prices.items():
            if price is not None:
                own = _own_stretch(price, counted, members, text)
                _link_total(price, noun, own, previous, figures, text, lang, start)
        _link_at_a_price(members, previous, counters, text, lang, start, named_cache)
        previous = members


def _link_at_a_price(
    members: list[Claim],
    previous: list[Claim],
    counters: dict[str, set[float]],
    text: str,
    lang: str,
    start: int,
    named_cache: dict[str, list[set[float]]],
) -> None:
    """`At an average price of $60, that works out to $500m`: a price the sentence applies to the one count of the
    sentence before (or of its own), naming no noun; the total is the one money figure after it the words make a
    value of units. A sentence opening on a price marked per unit (`At £150 a head, subscriptions brought in £48,000`,
    `At $70 each, …`) applies it so too, to the sentence right before, when its noun is no unit of measure and names
    no other count of the article (a head: of people, or of a bare count)."""
    money = [c for c in members if c.kind == "money"]
    prices = [
        c
        for c in money
        if c.role == "value"
        and (
            _AT_A_PRICE[lang].search(text, max(start, c.start - _AT_PRICE_REACH), c.start)
            or _opens_at_a_price(c, text, lang, start)
        )
    ]
    if len(prices) != 1:
        return
    price = prices[0]
    opening = not _AT_A_PRICE[lang].search(text, max(start, price.start - _AT_PRICE_REACH), price.start)
    others = [c for c in money if c is not price and c.unit == price.unit]
    if len(others) != 1:
        return
    total = others[0]
    if total.start < price.start or total.role != "value" or total.value <= price.value or total.product_of:
        return
    if total.per_unit_of is not None or not _values_units(total, price, text, lang, start, opening):
        return
    if _ITEM_MARK_AFTER[lang].match(text, total.end):
        return  # `works out at £60,000 a shop`: an average over another count, no value of the units at the price
    # (the count's earlier level and its change beside it, `grew to 320 from 300`, `900 more than last year`, are
    # no other count the price may apply to)
    # (a count after the total, `took in $279,000, most of it for the four dairies`, is another noun's; a sentence
    # opening on the price applies it to the sentence right before, not to one further back)
    stated = [c for c in members if c.kind == "count" and c.start < total.start] or [
        c for c in previous if c.kind == "count" and (not opening or c.sentence == price.sentence - 1)
    ]
    if opening:
        # (`about 1,155 bookings for each court. At $4 a booking, …`: a count per unit is no count of all the units)
        # (`Customers ordered 2,250 birds, three-quarters of the flock. At £80 a bird, …`: a count set before its
        # share of a whole is that part, not all the units the price values)
        read = previous + members
        stated = [
            c
            for c in stated
            if c.per_unit_of is None
            and not is_a_rate(c, text, lang)
            and not _part_before_its_share(c, read, text, lang)
        ]
    counts = [c for c in stated if c.role == "value"]
    if len(counts) != 1 or any(c.role == "value" and c is not counts[0] for c in stated):
        return  # which count the price applies to: not said
    if opening and not _opening_price_of(price, counts[0], counters, text, lang, named_cache):
        return
    if opening and not _total_of_the_units_alone(price, total, counts[0], members, text, lang):
        return
    total.product_of, total.product_units = price.id, counts[0].id
    if counts[0].sentence != total.sentence:
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _opening_price_of(
    price: Claim,
    count: Claim,
    counters: dict[str, set[float]],
    text: str,
    lang: str,
    named_cache: dict[str, list[set[float]]],
) -> bool:
    """Whether a price opening its sentence (`At £150 a head, …`) may apply to the count chosen for it."""
    after = _PRICE_AFTER[lang].match(text, price.end)
    noun = after.group("noun").lower() if after is not None else ""
    if noun and measure_unit(noun, lang) is not None:
        return False  # (`At $1.30 a pound, …`: a price per a unit of measure, or of money, values no count)
    if _PERIOD_AFTER[lang].search(text, price.end, after.end() if after else price.end + _EACH_REACH):
        return False  # (`At £15 a week for each of its 90 members, …`: a price per a period, of some periods)
    if noun not in named_cache:
        named_cache[noun] = [values for counter, values in counters.items() if noun and _counter_names(noun, counter)]
    named = named_cache[noun]
    if named and not _names(noun, count, lang):
        return False  # (`52,000 cars … 300 staff. At £9 a car, …`: the price's noun names another count of the article)
    if len(set().union(*named)) > 1:
        return False  # (`1.2 million tests … 38,400 of them … At £62 a test`: which count of the noun, unsaid)
    # (`3,000 pallets … At £6 a head`: a head of people, of no count of other things)
    return not (_PER_HEAD[lang].fullmatch(noun) and count.counter and not _names(noun, count, lang))


def _total_of_the_units_alone(
    price: Claim, total: Claim, count: Claim, members: list[Claim], text: str, lang: str
) -> bool:
    """A sentence opening on a price applies it to the count only when the total's clause is the units' value alone:
    no other count in the sentence (`At £20 each, the two new benches cost …`), nothing joined to the subject (`the
    kits and a new minibus cost …`), nothing after the total but the sentence's close (`£25,000 once the raffle and
    auction are added`); and a bare price each (`At £45 each, …`) only when the subject names the count's noun (`the
    kits cost …`) or refers back to the units (`they`, `the lot`)."""
    if count.sentence == price.sentence or any(c.kind == "count" and c is not count for c in members):
        return False
    subject = text[price.end : total.start]
    if _SUBJECT_JOINS[lang].search(subject):
        return False
    if _TOTAL_ADDS[lang].search(text, total.end, _sentence_end(text, total.end)):
        return False
    after = _PRICE_AFTER[lang].match(text, price.end)
    if after is not None and not _PRICE_EACH[lang].match(text, price.end):
        return True
    each = _PRICE_EACH[lang].match(text, price.end)
    rest = text[each.end() if each else price.end : total.start]
    if _PRONOUN_SUBJECT[lang].match(rest):
        return True
    close = _sentence_close(text, count.end)
    nouns = [count.counter or "", *_WORDS.findall(text, count.end, close)[:_NOUN_AFTER_COUNT]]
    said = _WORDS.findall(rest)
    return any(len(n) > 3 and any(_same_noun(n.lower(), w.lower()) for w in said) for n in nouns)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding an offset ends (its stop, or a paragraph's break)."""
    ends = [i for i in (text.find(". ", at), text.find(".\n", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _opens_at_a_price(price: Claim, text: str, lang: str, start: int) -> bool:
    """`At £150 a head, …`, `At $12 each, …`: a price marked per unit right after the word opening its sentence."""
    if _AT_OPENING[lang].fullmatch(text, start, price.start) is None:
        return False
    return bool(_PRICE_AFTER[lang].match(text, price.end) or _PRICE_EACH[lang].match(text, price.end))


def _values_units(total: Claim, price: Claim, text: str, lang: str, start: int, opening: bool = False) -> bool:
    """The words before the total make it the value of units at a price: always (`worth`), or after a price of its
    own sentence only (`at $3 a kilogram, for revenue of $90m`), some only after a price opening it (`opening`: `At
    $9 a bag, the stalls took in $27,000`)."""
    window = max(start, total.start - _VALUE_REACH)
    if _VALUE_BEFORE[lang].search(text, window, total.start):
        applied = _PRICE_NAME_APPLIED[lang].search(text, window, total.start)
        if applied is None or price.sentence == total.sentence:
            return True
        # (`수출 가격을 적용하면 …`: a price named by a word the price's sentence does not state is another price)
        opening = max(text.rfind(stop, 0, price.start) for stop in _SENTENCE_STOPS) + 1
        closing = _CLAUSE_OPEN.search(text, price.end)
        return applied.group("word") in text[opening : closing.start() if closing else len(text)]
    if price.sentence != total.sentence or _PRICE_CLAUSE_BREAK[lang].search(text, price.end, total.start):
        return False  # (`at $3 a kilogram, while its cafe brought in $200,000`: another subject's)
    if ";" in text[price.end : total.start]:
        return False  # (`640 seats at $25 each; takings came to $19,000`: a clause of its own, takings of all sources)
    if _VALUE_AFTER_PRICE[lang].search(text, window, total.start):
        return True
    if opening and _VALUE_AFTER_OPENING[lang].search(text, window, total.start):
        return True
    return _takings_of_the_count(total, price, text, lang)


def _takings_of_the_count(total: Claim, price: Claim, text: str, lang: str) -> bool:
    """`2,700 crossings at $40 each, taking $108,000.`: a verb of the count's own subject right after the price (only
    its mark between: no other clause, `the operator said`, no semicolon), and a total that closes the clause (no
    other source named after it: `in bar sales`, `from the gala`, `a year to run`)."""
    verb = _TAKINGS_AFTER_PRICE[lang].search(text, price.end, total.start)
    if verb is None:
        return False
    between = text[price.end : verb.start()]
    if ";" in between or between.count(",") > 1 or len(_WORDS.findall(between)) > _PRICE_MARK_WORDS:
        return False
    return bool(_TAKINGS_CLOSE[lang].match(text, total.end))


def _counts_of_all_units(stated: list[Claim], figures: list[Claim], text: str, lang: str) -> list[Claim]:
    """Of the counts of a price's noun stated before its total, those of all the units it is charged on: `The league
    will field 84 teams, up from 70 … The 14 new teams … a quarter of all the teams, 21 … its venues host six teams
    each … Entry costs £45 a team, bringing in £3,780`: the level the story states, past its earlier level and its
    change stated beside it, an addition's size (`[link.increment_counters]`), a part set after its share
    (`[link.share_pool_then_part]`), a listed part, and a count per unit (`six teams each`). A count of another time
    in a sentence of its own (`Last year 70 teams entered`) leaves which count the price values unsaid: none."""
    values = [c for c in stated if c.role == "value"]
    sentences = {c.sentence for c in values}
    if any(c.role != "value" and c.sentence not in sentences for c in stated):
        return []
    starts = [c.start for c in figures]

    def after_its_share(count: Claim) -> bool:
        at = bisect.bisect_left(starts, count.start) - 1
        share = figures[at] if at >= 0 else None
        return (
            share is not None
            and share.kind in ("percent", "fraction")
            and share.sentence == count.sentence
            and _SHARE_THEN_PART[lang].fullmatch(text, share.end, count.start) is not None
        )

    return [
        c
        for c in values
        if c.part_of is None
        and not _INCREMENT[lang].fullmatch(c.counter or "")
        and not _PRICE_EACH[lang].match(text, c.end)
        and not after_its_share(c)
    ]


# `2,700 birds, three-quarters of the flock`, `40 stalls, or about a third of the pitches`: between a count and the
# share of a whole set after it (a comma, an apposition's mark), and after the share its `of` (`[link.genitive]`)
_SHARE_BESIDE = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)
_OF_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s", re.I)
_START = operator.attrgetter("start")


def _part_before_its_share(count: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether a share of a whole is set right after the count (`2,700 birds, three-quarters of the flock`)."""
    at = bisect.bisect_right(figures, count.start, key=_START)
    share = figures[at] if at < len(figures) else None
    return (
        share is not None
        and share.kind in ("percent", "fraction")
        and share.sentence == count.sentence
        and _SHARE_BESIDE[lang].fullmatch(text, count.end, share.start) is not None
        and _OF_AFTER[lang].match(text, share.end) is not None
    )


def _newer_price(price: Claim, total: Claim, figures: list[Claim]) -> bool:
    """A money figure of the price's currency and order (no more than ten times it) stated between the price and
    its total, other than the price's own earlier level or move: a newer price `that price` may name."""
    return any(
        c.kind == "money"
        and c.unit == price.unit
        and price.end <= c.start < total.start
        and c.role not in ("change", "prior", "baseline")
        and 0 < c.value <= price.value * _PRICE_ORDER
        for c in figures
    )


def _compared_with(claim: Claim, price: Claim) -> bool:
    """The price's own earlier level (`to $1,200 a tonne from $1,100`) or its move (`rose 30 cents to $3`); so too
    a total's (`N원으로, 지난해 M원보다`: the total's own earlier level, no rival total)."""
    if claim.role == "change":
        return claim.change_of == price.id
    return claim.role in ("prior", "baseline") and (claim.compared_to == price.id or claim.sentence == price.sentence)


def _restated_in_the_body(
    mark: Claim, figures: list[Claim], total: Claim, of_unit: Callable[[list[Claim]], list[Claim]], text: str, lang: str
) -> Claim:
    """A headline's measure hedged or round (`tops 400 tonnes`, `top 600 tonnes`), or the body's first measure of the
    unit before the total where it restates that mark more exactly: written finer, within the mark's rounding of it
    and on the side its hedge gives (`436 tonnes`); a part far below it (`Of those, 120 tonnes …`) is none."""
    body = next(
        (
            c
            for c in figures
            if c.start >= total.start
            or (
                c.paragraph > 0
                and of_unit([c])
                and not _whole_of_none(c, text, lang)
                and not _stated_as_average(c, text, lang)
            )
        ),
        None,
    )
    if body is None or body.start >= total.start or body.quantity.qualifier:
        return mark
    rounding = _rounding(mark)
    if rounding < _ROUND_MARK or _rounding(body) >= rounding:
        return mark  # (`Harbury picks 436 tonnes`: an exact headline figure, no mark the body restates)
    if mark.quantity.low_open and body.value < mark.low or mark.quantity.high_open and body.value > mark.high:
        return mark
    return body if abs(body.value - mark.value) < rounding * mark.quantity.written_factor else mark


def _rounding(measure: Claim) -> int:
    """The power of ten a measure is written rounded to, in its written unit (`600 tonnes`: 100; `436 tonnes`: 1)."""
    written = measure.value / (measure.quantity.written_factor or 1.0)
    if written <= 0 or written != int(written):
        return 0
    whole, unit = int(written), 1
    while whole % (unit * 10) == 0:
        unit *= 10
    return unit


def _link_measure_total(
    price: Claim,
    measure: str,
    total: Claim,
    members: list[Claim],
    figures: list[Claim],
    text: str,
    lang: str,
    nearest: bool = False,
) -> None:
    """`rose to $1,200 a tonne, putting the value of the crop at $96m`: a price per a unit of measure values the
    measure of that unit its sentence states, else the one measure before whose words name a word the price's
    own words name (`The average feed price … 40,000 tonnes of feed barley`: one line of the crop, not all of it),
    else the article's lead measure of it (the first stated as a value: the crop, the catch, the output the story
    is about), a guess."""
    base = base_unit(measure)[1]

    def of_unit(claims: list[Claim]) -> list[Claim]:
        return [c for c in claims if c.kind == "measure" and c.unit == base and c.role == "value"]

    # (`£12 per 5kg tray, or £2.40 a kg`: the size of one unit is no amount valued)
    own = [c for c in of_unit(members) if not size_of_one_unit(c, text, lang)]
    if nearest:
        # (`양식장 7곳에서 3톤씩 사들였고, ㎏당 1만원을 치러`: a measure each of a count takes is no amount valued)
        own = [c for c in own if not _whole_of_none(c, text, lang)]
    if len(own) > 1:
        return  # which measure is valued: not said
    if nearest and not own and not _names_period_before(price, total, text, lang):
        # `쌀 5톤이 필요하다. 이 쌀을 ㎏당 3천원에 사들여 쌀값으로만 1천500만원을`: a price its sentence applies by a
        # verb of selling or buying values the nearest whole measure stated before it, in its sentence or the one
        # before (the quantity that sentence names), not the article's lead
        own = _nearest_before(price, of_unit([c for c in figures if c.start < price.start]), text, lang)
    if price.sentence != total.sentence and _named_apart(price, total, text, lang):
        return  # (`들깨 수매가는 ㎏당 … 참깨 수매 금액은`, `… 지난해 수매 금액은`: another crop's, another year's)
    after = _PRICE_AFTER[lang].match(text, price.end)
    good = _good(text, after.end(), lang) if after else None
    if good is not None:
        # `84 cents per kg of milk`: the price of one good values a measure of that good (`171m kg of milk`), never
        # one written as of another good (`15,000 tonnes of cheese`)
        own = [c for c in own if _good(text, c.end, lang) in (good, None)]
        if not own:
            named = [
                c
                for c in of_unit([c for c in figures if c.start < total.start])
                if _good(text, c.end, lang) == good and not is_a_rate(c, text, lang)
            ]
            if len({c.value for c in named}) != 1:
                return
            own = named[-1:]
    if not own and price.sentence != total.sentence:
        # `㎏당 3,350원을 주고 이 가운데 148톤을 먼저 사들인다. 수매 대금은 …`: the one measure stated from the
        # price on, before its total in a later sentence, is the one bought at it (not the article's lead, the crop)
        # (`이 가운데 600톤을 ㎏당 5천원에 사들인다. 수매 대금은 …`: or the one stated in the price's own sentence,
        # before it, as what is bought at it)
        between = of_unit([c for c in figures if price.end <= c.start < total.start or c.sentence == price.sentence])
        own = [c for c in between if c is not price and not _whole_of_none(c, text, lang)]
        own = own if len({c.value for c in own}) == 1 else []
    # (the first of the article: a walk from its start that stops there, never the whole text)
    # (`at an average fleece weight of 3 kg`: a measure stated as an average is one unit's, never the crop's)
    # (a measure given to one of a unit, `한 병에 쌀 200g이`, is one unit's as well: no amount a total values)
    # (a headline's hedged measure, `Landings top 600 tonnes`, is a rounded mark of the body's: the body's first
    # measure restating it more exactly, near it, is the lead; an exact headline figure, or a body measure far from
    # it, `Of those, 120 tonnes were …`, a part, keeps the headline's)
    first = next(
        (
            c
            for c in figures
            if c.start >= total.start
            or (of_unit([c]) and not _whole_of_none(c, text, lang) and not _stated_as_average(c, text, lang))
        ),
        None,
    )
    if first is not None and first.start < total.start and opens_with_headline(text):
        first = _restated_in_the_body(first, figures, total, of_unit, text, lang) if first.paragraph == 0 else first
    # (a measure stated as an average, `the average fruit weighing 1.5kg`, is one unit's: no amount a total values)
    earlier = [
        c
        for c in of_unit([c for c in figures if c.start < total.start])
        if not _whole_of_none(c, text, lang) and not _stated_as_average(c, text, lang)
    ]
    named = [] if own else _named_by_price(price, earlier, text, lang)
    lead = own or named or ([first] if first is not None and first.start < total.start else [])
    if lead and not own and not named and price.sentence == total.sentence:
        # (`조합은 이 가운데 600톤을 사기로 했다. 매입가는 ㎏당 2천원, 매입 대금은 12억원`: the one measure the
        # sentence right before the price and its total states is what is bought at it, not the lead's crop)
        before = of_unit([c for c in figures if c.sentence == price.sentence - 1 and c.paragraph == price.paragraph])
        before = [c for c in before if not is_a_rate(c, text, lang)]
        if len(before) == 1 and before[0] is not first and before[0].value < first.value:
            lead = before
    if lead and not own and not named and lead[0] is first:
        lead = _of_the_period_before(price, total, lead, figures, base, text, lang)
        if lead and lead[0] is first:
            # (`Mills bought 300 tonnes and bakers 90 tonnes … At £5 a kilogram, the mill orders came to £1.5m`: the
            # total's own clause names one line of the crop, not the lead's whole)
            line = _named_by_total(total, earlier, text, lang)
            lead = line if line and line[0].value != first.value else lead
            if lead and lead[0] is first and _PART_ALONE[lang].search(_clause_text(total, text)):
                return  # (`the export crop alone is worth £9m`: one part's value, not the lead's whole; which, unsaid)
            if (
                lead
                and lead[0] is first
                and _PART_POINTED_BACK[lang].search(_clause_text(total, text))
                and _split_into_parts(first, earlier)
            ):
                # (`Chipper potatoes fetch £300 a tonne, so that part of the crop is worth £3.6m`: the part the price's
                # own clause names, `Chippers will take 12,000 tonnes`; none named, which part is unsaid. Only where
                # the article splits the lead into parts: else `that share of the county crop` points to a whole
                # beyond the article, the lead its part)
                line = _named_by_total(price, earlier, text, lang) if price.sentence == total.sentence else []
                if not line or line[0].value == first.value:
                    return
                lead = line
    if not lead:
        return
    total.product_of, total.product_units = price.id, lead[0].id
    price.units_measure = measure
    if lead[0].sentence != total.sentence or price.sentence != total.sentence:
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _stated_as_average(measure: Claim, text: str, lang: str) -> bool:
    """Whether the words right before a measure, in its clause, say it is an average (`an average weight of`)."""
    return _AVERAGE_IN_CLAUSE[lang].search(text, max(0, measure.start - _AVERAGE_REACH), measure.start) is not None


_AVERAGE_IN_CLAUSE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.average_right_before})[^\d.;,:]*$", re.I)
_AVERAGE_REACH = 40
# `한 병에 쌀 200g이`, `호미 한 자루에 쇠 0.4kg이`: one of a unit, its particle and a word or two right before a
# measure, which is that one unit's (what each takes), no amount a total values
_ONE_UNIT_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.fallback_one_unit})\s?[^\W\d_]{{1,4}}?(?:{w.one_unit_subject_particles})\s+"
        rf"(?:[^\W\d_]+\s+){{0,2}}$"
    )
)
_ONE_UNIT_REACH = 24


_EACH_AFTER_MEASURE = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
# `4kg 한 상자에 2만6천 원`, `a 4kg box fetched £26`: a measure written as the size of one unit (the one unit right
# after it, `[link.unit_size_then_one]`; one or an article right before it and a noun after,
# `[link.unit_size_one_before]`)
_UNIT_SIZE_THEN_ONE = ByLanguage(lambda w: rf"(?:{w.unit_size_then_one})")
_UNIT_SIZE_ONE_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.unit_size_one_before})\s$")
_NOUN_AFTER = compile_exact(r"[-\s][^\W\d_]{2,}")
_SIZE_REACH = 8  # characters before a measure where the one unit it sizes is written (`a `, `per `, `each `)


def _whole_of_none(measure: Claim, text: str, lang: str) -> bool:
    """Whether a measure is one unit's or a rate, no whole amount a total values: given to one of a unit (`한 병에 쌀
    200g이`), the size of one unit (`4kg 한 상자에`, `a 4kg box`), taken by each of a count (`3톤씩`), or itself per
    unit or per day (`하루 2만㎥`)."""
    if _ONE_UNIT_BEFORE[lang].search(text, max(0, measure.start - _ONE_UNIT_REACH), measure.start):
        return True
    if size_of_one_unit(measure, text, lang):
        return True
    return bool(_EACH_AFTER_MEASURE[lang].match(text, measure.end)) or is_a_rate(measure, text, lang)


def size_of_one_unit(measure: Claim, text: str, lang: str) -> bool:
    """Whether a measure is written as the size of one unit: the one unit right after it (`4kg 한 상자에`), or one or
    an article right before it and a noun after (`a 4kg box`, `per 20-litre drum`)."""
    if _UNIT_SIZE_THEN_ONE[lang].match(text, measure.end):
        return True
    return bool(
        _UNIT_SIZE_ONE_BEFORE[lang].search(text, max(0, measure.start - _SIZE_REACH), measure.start)
        and _NOUN_AFTER.match(text, measure.end)
    )


def _nearest_before(price: Claim, measures: list[Claim], text: str, lang: str) -> list[Claim]:
    """The last whole measure (a value: no rate, no one unit's) before a price, in its sentence or the one before."""
    near = [
        c
        for c in measures
        if price.sentence - 1 <= c.sentence <= price.sentence
        and c.part_of is None
        and not _whole_of_none(c, text, lang)
    ]
    return near[-1:]


def _named_apart(price: Claim, total: Claim, text: str, lang: str) -> bool:
    """A total in a later sentence than its price, named by a word before its value's mark (`참깨 수매 금액은`,
    `지난해 수매 금액은`) that the price's sentence does not state: the value of another good or of another period
    (a word of the present, `올해`, names the price's own: `[link.present_deictics]`)."""
    mark = _VALUE_BEFORE[lang].search(text, max(0, total.start - _CLAUSE_REACH), total.start)
    if mark is None:
        return False
    head = text[max(0, mark.start() - _CLAUSE_REACH) : mark.start()]
    head = _CLAUSE_CUT.split(head)[-1]
    back = _DATED_BACK[lang].search(head)
    if back is not None:
        # (`3년 전 수매 대금은`: an earlier period's total, unless the price is dated so too)
        start = max(text.rfind(stop, 0, price.start) for stop in _SENTENCE_STOPS) + 1
        return back.group(0) not in text[start : price.start]
    if len(NAMING_WORD.findall(head)) != len(head.split()) or len(head.split()) != 1:
        return False  # (one word opening the clause, right before the mark, names the good or the period)
    start = max(text.rfind(stop, 0, price.start) for stop in _SENTENCE_STOPS) + 1
    closing = _CLAUSE_OPEN.search(text, price.end)
    sentence = text[start : closing.start() if closing else len(text)]
    # (a word of the whole, `모두 이 값에 팔리면 판매액은`, names neither another good nor another period)
    return any(
        word not in sentence and not _PRESENT[lang].fullmatch(word) and not _WHOLE_WORD[lang].fullmatch(word)
        for word in NAMING_WORD.findall(head)
    )


_CLAUSE_CUT = compile_exact(r"[.,;:!?()\n]")
_DATED_BACK = ByLanguage(lambda w: rf"(?:{w.total_dated_back})")
# `수출 가격을 적용하면`: a price named by a word of its own (two letters or more: not `이 가격을`), applied to the
# units
_PRICE_NAME_APPLIED = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<word>[^\W\d_]{{2,}})\s?(?:{w.sales_price_nouns})(?:{w.price_applied_after_name})"
)
_SENTENCE_STOPS = (". ", "! ", "? ", "\n")
_PRESENT = ByLanguage(lambda w: rf"(?:{w.present_deictics})")
_WHOLE_WORD = ByLanguage(lambda w: rf"(?:{w.total_marks})", re.I)


# `were paid $2.10 a pound last year, which made that crop worth $34m` (invented): the period before, named
# (`sold last year's crop at £4 a kilo`: the possessive of a noun names the period too; not `last year's 16,000
# tons`, which dates a figure)
_PERIOD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.previous})\s+(?:{w.period_units})(?![^\W\d_])"
        rf"(?![’']s\s+(?:[^\W\d_]+\s+)?[^\w\s]{{0,2}}\d)"
    ),
    re.I,
)
_CLAUSE_OPEN = compile_exact(r"[.!?]\s|\n")
_DATES_A_FIGURE = compile_exact(r"\d[^\s]*\s+(?:[^\W\d_]+\s+)?$")
_PERIOD_REACH = 100  # characters before the price (or the total) read for the words naming its period


def _names_period_before(price: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the sentence of a price and its total names the period before (`last year`), no figure's own date."""
    start, end = min(price.start, total.start), max(price.end, total.end)
    read = text[max(0, start - _PERIOD_REACH) : end]
    opening = [m.end() for m in _CLAUSE_OPEN.finditer(read, 0, start - max(0, start - _PERIOD_REACH))]
    named = _PERIOD_BEFORE[lang].search(read, opening[-1] if opening else 0)
    # (`down 9% from $388 last year, which puts the crop's value at $9bn`: words right after a figure date that figure)
    return named is not None and not _DATES_A_FIGURE.search(read, max(0, named.start() - 16), named.start())


def _of_the_period_before(
    price: Claim, total: Claim, lead: list[Claim], figures: list[Claim], base: str, text: str, lang: str
) -> list[Claim]:
    """A price and total whose sentence names the period before (`last year`) value the lead measure's prior of that
    period (`last year's 16,000 tons`), when the article states one such prior of the unit before the total; never
    the lead's own (this period's) measure. No prior, no measure."""
    if not _names_period_before(price, total, text, lang):
        return lead
    priors = [
        c for c in figures if c.start < total.start and c.kind == "measure" and c.unit == base and c.role == "prior"
    ]
    return priors if len(priors) == 1 else []


def _named_by_price(price: Claim, measures: list[Claim], text: str, lang: str) -> list[Claim]:
    """The one measure (a value, no rate: not `8 tonnes a hectare`) whose clause names a word the price's scope
    names (`feed` of `the feed price`); none when no word, or words of two measures of different values."""
    words = {
        word.lower()
        for word in _WORD.findall(price.scope or "")
        if not _STOP_WORD[lang].fullmatch(word)
        and not _HEDGE[lang].fullmatch(word)
        and not _TIME_ADVERB[lang].fullmatch(word)
    }
    if not words:
        return []
    sharing = [
        c for c in measures if c.paragraph > 0 and not is_a_rate(c, text, lang) and words & _clause_words(c, text)
    ]
    return sharing[-1:] if len({c.value for c in sharing}) == 1 else []


def _value_stated_before_price(price: Claim, total: Claim, figures: list[Claim]) -> bool:
    """Whether the price's sentence, or the one before, already states a larger amount of its currency before it (`a
    $9m order for 3,000 tonnes, or about $3,000 a tonne`): the price restates that amount per unit, so a smaller
    amount a later sentence values is of a part of the units (the first year's, one shipment's)."""
    return any(
        c.kind == "money"
        and c.unit == price.unit
        and c.role == "value"
        and c.value > total.value
        and c.start < price.start
        and price.sentence - 1 <= c.sentence <= price.sentence
        for c in figures
        if c.sentence >= price.sentence - 1 and c.start < price.start
    )


def _named_by_total(total: Claim, measures: list[Claim], text: str, lang: str) -> list[Claim]:
    """The one measure (a value, no rate) whose clause names a word the total's own clause names (`Mills bought 300
    tonnes` and `the mill orders came to`: `mill`, a plural's ending aside; a word of when, `so far`, names none);
    none when no word, or two values."""
    words = {
        singular(word.lower(), lang)
        for word in _clause_words(total, text)
        if not _STOP_WORD[lang].fullmatch(word)
        and not _HEDGE[lang].fullmatch(word)
        and not _TIME_ADVERB[lang].fullmatch(word)
    }
    if not words:
        return []
    particle = _noun_particle(lang)
    sharing = [
        c
        for c in measures
        if not is_a_rate(c, text, lang)
        and words & {singular(particle.sub("", word) if particle else word, lang) for word in _label_words(c, text)}
    ]
    return sharing[-1:] if len({c.value for c in sharing}) == 1 else []


@functools.cache
def _noun_particle(code: str) -> re.Pattern[str] | None:
    """A particle at a label word's end (`첫물차가`: `[link.edition_noun_particles]`), dropped before it is compared."""
    particles = link_alternations(code).edition_noun_particles
    return re.compile(rf"(?<=[^\W\d_]{{2}})(?:{particles})$") if particles != NEVER else None


# a parenthetical aside in a label (`첫물차(우전·세작)가 612톤`): passed over, the words before it label the figure
_ASIDE = compile_exact(r"\([^()\n]{0,40}\)")


def _label_words(claim: Claim, text: str) -> set[str]:
    """The last few words right before a figure in its clause (`Mills bought`), what labels it."""
    window = _ASIDE.sub("", text[max(0, claim.start - _CLAUSE_REACH) : claim.start])
    window = re.split(r"[,;:.()\n]", window)[-1]
    return {word.lower() for word in _WORD.findall(window)[-_LABEL_WORDS:]}


_LABEL_WORDS = 3


def _good(text: str, end: int, lang: str) -> str | None:
    """The good written after a figure or a price's unit (`kg of milk` → `milk`), or None."""
    found = _GOOD_OF[lang].match(text, end)
    return found.group("good").lower() if found else None


# `the yellow crop alone is worth`: in a total's clause, a mark that it is of one part of a whole only
# (`[link.share_fallback_subject_asides]`: `alone`, `on its own`)
_PART_ALONE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.share_fallback_subject_asides})(?![^\W\d_])", re.I)
# `so that part of the crop is worth`: a total pointing back to one part of the whole (`[link.part_pointed_back]`)
_PART_POINTED_BACK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.part_pointed_back})(?![^\W\d_])", re.I)


def _split_into_parts(lead: Claim, earlier: list[Claim]) -> bool:
    """Whether one sentence after the lead splits it into two or more parts (`Chippers will take 12,000 tonnes, and
    the other 8,000 tonnes will go to shops`: smaller figures of its unit adding up to it)."""
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for c in earlier:
        if c.start > lead.end and c.value < lead.value:
            by_sentence[c.sentence].append(c)
    return any(
        len(parts) >= 2 and math.isclose(sum(c.value for c in parts), lead.value, rel_tol=_PARTS_TOLERANCE)
        for parts in by_sentence.values()
    )


# the rounding (a power of ten, in the written unit) a headline's measure must show to stand as a mark the body
# restates (`top 600 tonnes` … `624 tonnes`)
_ROUND_MARK = 10
_PARTS_TOLERANCE = 0.01  # parts rounded in copy still add up to their whole within this


def _clause_text(claim: Claim, text: str) -> str:
    """The text of the figure's clause before it."""
    return re.split(r"[,;:.()\n]", text[max(0, claim.start - _CLAUSE_REACH) : claim.start])[-1]


def _clause_words(claim: Claim, text: str) -> set[str]:
    """The words of the figure's clause before it (`ware potatoes for the shops 600,000 tonnes`)."""
    window = re.split(r"[,;:.()\n]", text[max(0, claim.start - _CLAUSE_REACH) : claim.start])[-1]
    return {word.lower() for word in _WORD.findall(window)}


def _weighed_unit(noun: str, figures: list[Claim], members: list[Claim], lang: str) -> str | None:
    """`20 cents a pound`: a currency word that is also a weight (`[currency_words] weighed`) names the weight when
    the article reads its figures of that word as weights (`500 million pounds` of a crop, a measure) or the
    price's own sentence states a weight it values (`sold 50,000 tonnes at $4 a pound`), else none (`$1.27 a
    pound`: a rate of exchange)."""
    unit = merged(lang)[0].currency_words.weighed.get(noun)
    if unit is None:
        return None
    base = base_unit(unit)[1]
    if any(c.kind == "measure" and c.unit == base for c in members):
        return unit
    return unit if any(c.kind == "measure" and noun in c.text.lower() for c in figures) else None


def _same_noun(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and len(long) - len(short) <= _STEM_SLACK


def _prices(
    members: list[Claim], text: str, lang: str, start: int, counted: dict[str, Claim]
) -> list[tuple[str, Claim]]:
    found = []
    for i, claim in enumerate(members):
        if claim.kind != "money" or claim.role != "value" or claim.metric in _NOT_PRICES:
            continue  # (`a dividend of $1 a share` is paid per share, not its price)
        after = _PRICE_AFTER[lang].match(text, claim.end)
        if after and len(after.group("noun")) < _SHORT_NOUN and measure_unit(after.group("noun"), lang) is None:
            after = None
        before = search_between(UNIT_MARK_BEFORE[lang], text, max(0, claim.start - _MARK_REACH), claim.start)
        if before is None:
            before = search_between(
                _PRICE_NAMED_AFTER_MARK[lang], text, max(start, claim.start - _NAMED_MARK_REACH), claim.start
            )
        if after and _bound_to_another_count(members, i, after.group("noun").lower(), text, lang):
            continue  # (`1,450 pitches at £18 a night for two nights`: a price per pitch per night, three factors)
        if after or before:
            found.append((((after or before).group("noun") or before.group("symbol")).lower(), claim))
        elif claim.metric == _SHARE_PRICE and "metric" not in claim.guesses and share_noun(lang):
            # `shares fell to $18`: the price of one share, by its metric (not a figure the words make the value
            # of so many shares: `to raise $96m`)
            if not _VALUE_BEFORE[lang].search(text, max(start, claim.start - _VALUE_REACH), claim.start):
                found.append((share_noun(lang), claim))
        elif _PRICE_EACH[lang].match(text, claim.end):
            counts = [c for c in members[:i] if c.kind == "count" and c.counter]
            if counts and claim.start - counts[-1].end <= _EACH_REACH:
                found.append((counts[-1].counter.lower(), claim))
                counted[claim.id] = counts[-1]
        elif (
            i
            and members[i - 1].kind == "count"
            and members[i - 1].counter
            and members[i - 1].role == "value"
            and _EACH_BEFORE[lang].match(text[members[i - 1].end : claim.start])
            and not _PERIOD_AFTER[lang].search(text, claim.end, _sentence_close(text, claim.end))
        ):
            # (`68 stallholders, each paying £90`: what each of the count paid)
            found.append((members[i - 1].counter.lower(), claim))
            counted[claim.id] = members[i - 1]
        elif i and members[i - 1].kind == "count" and members[i - 1].counter and members[i - 1].role == "value":
            # (`1,300 passes at $390, bringing in $507,000`: the count's price with no mark, only before the words
            # taking the units' value or takings, `_values_units` after a price of the total's own sentence)
            count = members[i - 1]
            if _PRICE_AT[lang].match(text[count.end : claim.start]) and _takings_follow(
                claim, members[i + 1 :], text, lang
            ):
                found.append((count.counter.lower(), claim))
                counted[claim.id] = count
    return found


def _bound_to_another_count(members: list[Claim], i: int, noun: str, text: str, lang: str) -> bool:
    """Whether a price marked per a unit is the one each of a count of another noun right before is had at (`300
    stalls at $12 a day`): a price per the count's unit and per the marked one, whose total is of three factors (the
    count, the price, so many of the marked unit), no product of the price and a count of the marked unit alone."""
    if not i:
        return False
    count = members[i - 1]
    if count.kind != "count" or not count.counter or count.role != "value":
        return False
    if _same_noun(noun, count.counter.lower()):
        return False  # (`40 tickets at £5 a ticket`: the one unit)
    return _PRICE_AT[lang].match(text[count.end : members[i].start]) is not None


def _own_stretch(price: Claim, counted: dict[str, Claim], members: list[Claim], text: str) -> list[Claim]:
    """The figures of a price's own stretch of its sentence when the sentence sets several counts each at its own price
    (`2,000 mugs at $12 each, worth $24,000, and 1,200 bowls at $60 each, worth $72,000`): from the count the price
    follows to the next count so priced; the whole sentence otherwise."""
    count = counted.get(price.id)
    if count is None or count.sentence != price.sentence:
        return members
    others = [c.start for c in counted.values() if c.sentence == price.sentence and c is not count]
    if not others:
        return members
    end = min((at for at in others if at > price.end), default=len(text))
    if end == len(text) and any(_bare_lot(at, count.start, price, members) for at in others if at < count.start):
        # (`640 calendars at £8 each and 210 mugs at £6, raising £6,380`: a lot before with no amount of its own, the
        # amount after the last lot is of them all)
        end = price.end
    return [c for c in members if count.start <= c.start < end]


def _bare_lot(lot_start: int, next_start: int, price: Claim, members: list[Claim]) -> bool:
    """Whether a priced lot states no amount of the price's currency but its price, up to the next lot."""
    amounts = [c for c in members if lot_start <= c.start < next_start and c.kind == "money" and c.unit == price.unit]
    return len(amounts) <= 1


def _sentence_close(text: str, at: int) -> int:
    """Where the sentence holding an offset closes."""
    found = _CLAUSE_OPEN.search(text, at)
    return found.start() if found else len(text)


def _takings_follow(price: Claim, after: list[Claim], text: str, lang: str) -> bool:
    """Whether the next money figure after a price is of its currency and the words right before it take it as the
    units' value or takings (`, bringing in`, `, raising`, `, worth`)."""
    money = next((c for c in after if c.kind == "money"), None)
    if money is None or money.unit != price.unit or money.sentence != price.sentence:
        return False
    window = max(price.end, money.start - _VALUE_REACH)
    if _PRICE_CLAUSE_BREAK[lang].search(text, price.end, money.start):
        return False
    return bool(
        _VALUE_BEFORE[lang].search(text, window, money.start)
        or _VALUE_AFTER_PRICE[lang].search(text, window, money.start)
        or _TAKINGS_AFTER_PRICE[lang].search(text, price.end, money.start)
    )


@functools.cache
def share_noun(lang: str) -> str | None:
    """The noun of one share (`[link.share_noun]`: one plain word), or None where the language names none."""
    nouns = link_alternations(lang).share_noun
    # (the document's own language first, then the languages it borrows: its own word)
    return None if nouns == NEVER else nouns.split("|")[0].lower()


# `works out at about £60,000 a branch`: an amount marked per a noun of items right after it (no time: `$5m a year`)
_ITEM_MARK_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})\b)(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])"
    ),
    re.I,
)


def _per_another_item(total: Claim, noun: str, text: str, lang: str) -> bool:
    """`£1.20 a card … That works out at about £60,000 a branch`: a figure marked per an item other than the price's
    (an average over another count) is no value of the price's units."""
    found = _ITEM_MARK_AFTER[lang].match(text, total.end)
    return found is not None and not _same_noun(found.group("noun").lower(), noun)


def _aside_after(claim: Claim, total: Claim, text: str) -> bool:
    """`수매 대금은 29억원으로 작년 실적(21억원)을 넘어선다`: a figure in brackets after the total, in its sentence,
    is an aside on another level (the year before's), no other figure the units may be valued at."""
    if claim.start < total.end or claim.sentence != total.sentence:
        return False
    if text.rfind("(", total.end, claim.start) <= text.rfind(")", total.end, claim.start):
        return False  # (no bracket opened between, or one closed again)
    closing = text.find(")", claim.end, claim.end + _ASIDE_REACH)
    return closing >= 0 and "(" not in text[claim.end : closing]


def _per_two_units(price: Claim, text: str, lang: str) -> bool:
    """Whether a price is marked per a unit and, right after, per another (`£110 a kilometre a cut`, `$4 a seat a
    night`): the total it values is of so many of the one unit times so many of the other."""
    first = _PRICE_AFTER[lang].match(text, price.end)
    return first is not None and _PRICE_AFTER[lang].match(text, first.end()) is not None


def _counter_names(noun: str, counter: str) -> bool:
    """Whether a price's noun is a count's counter, a plural's letters past it (`shares` for `share`)."""
    return counter.startswith(noun) and len(counter) - len(noun) <= _STEM_SLACK


def _names(noun: str, count: Claim, lang: str) -> bool:
    counter = (count.counter or "").lower()
    if not counter:
        return False
    if _counter_names(noun, counter):
        return True
    # (`At £8 a head, the gate brought in …`: a head of people, of a count of them, whatever its noun: `spectators`)
    return bool(_PER_HEAD[lang].fullmatch(noun)) and bool(_PEOPLE[lang].fullmatch(counter))


def _link_total(
    price: Claim,
    noun: str,
    members: list[Claim],
    previous: list[Claim],
    figures: list[Claim],
    text: str,
    lang: str,
    start: int,
) -> None:
    if _per_two_units(price, text, lang):
        return  # (`£110 a kilometre a cut`: a price per a unit and per another, of no amount of the one unit alone)
    # (the price's own earlier level, `to $1,200 a tonne from $1,100`, is no other figure the units may be valued at)
    money = [
        c
        for c in members
        if c.kind == "money"
        and c.unit == price.unit
        and c is not price
        and not _compared_with(c, price)
        # (`…, 농가 한 곳이 평균 2천만원을 받았다`: a figure already read as per another unit is no rival total)
        and c.per_unit_of is None
    ]
    totals = [
        c
        for c in money
        if c.role == "value"
        and c.start > price.start
        and c.value > price.value
        and c.per_unit_of is None
        and c.product_of is None
        and not _per_another_item(c, noun, text, lang)
        and _values_units(c, price, text, lang, start)
    ]
    # (`수매 대금은 29억원으로 작년 수매액(21억원)보다`: a bracketed aside after a total is no second total)
    totals = [c for c in totals if not any(_aside_after(c, other, text) for other in totals if other is not c)]
    first = min(totals, key=lambda c: c.start) if totals else None
    if first is not None and first.sentence == price.sentence:
        # (`£45 a boat brought in £7,560, and sponsors added £12,440`: past the clause the first total closes, the
        # figures are another source's, neither a second total nor another value of the units; a total of a later
        # sentence, `paid £35 a head for the coach. The tour raised £6,200 …, and …`, may be another amount's)
        close = _TOTAL_CLAUSE_CLOSE[lang].search(text, first.end, max(c.end for c in money))
        if close is not None:
            money = [c for c in money if c.start < close.start()]
            totals = [c for c in totals if c.start < close.start()]
    if len(totals) != 1 or any(
        c is not totals[0] and not _aside_after(c, totals[0], text) and not _compared_with(c, totals[0]) for c in money
    ):
        return  # no total, or another figure of the currency the count may be valued at
    total = totals[0]
    if (
        price.sentence != total.sentence
        and _AT_THAT_PRICE[lang].search(text, start, total.start)
        and _newer_price(price, total, figures)
    ):
        return  # (`$2.14 a pound last season … around $2.60 this year. At that price`: the latest price stated)
    if price.sentence != total.sentence and _value_stated_before_price(price, total, figures):
        return  # (`a $9m order for 3,000 tonnes, or $3,000 a tonne. The first shipment is worth $2m`: a part's value)
    measure = measure_unit(noun, lang, weighed=False) or _weighed_unit(noun, figures, members, lang)
    if measure is not None:
        if price.paragraph != total.paragraph and not _AT_THAT_PRICE[lang].search(text, start, total.start):
            return  # (a price per a unit of measure of another paragraph values a total only when words apply it)
        window = max(start, total.start - _VALUE_REACH)
        nearest = (
            price.sentence == total.sentence
            and not _VALUE_BEFORE[lang].search(text, window, total.start)
            and _VALUE_AFTER_PRICE[lang].search(text, window, total.start) is not None
        )
        _link_measure_total(price, measure, total, members, figures, text, lang, nearest)
        return
    # (a count per unit, `an average of 60 bushels an acre`, is a rate: no count of units a price values)
    counts = [c for c in members if c.kind == "count" and c.role == "value" and _names(noun, c, lang)]
    counts = [c for c in counts if not is_a_rate(c, text, lang)]
    if not counts and _AT_THAT_PRICE[lang].search(text, start, total.start):
        counts = [c for c in previous if c.kind == "count" and c.role == "value" and _names(noun, c, lang)]
        counts = [c for c in counts if not is_a_rate(c, text, lang)]
    elif not counts:
        # `giving the company a market value of $2bn`: the one count of the noun the article states before
        stated = [
            c
            for c in figures
            if c.start < total.start and c.kind == "count" and _names(noun, c, lang) and not is_a_rate(c, text, lang)
        ]
        # (`Customers have ordered 2,700 birds, three-quarters of the flock`: a count set before its share of a whole
        # is that part, not all the units a price of another sentence values)
        stated = [c for c in stated if not _part_before_its_share(c, figures, text, lang)]
        # (a price a head, the sentence right before stating one count of people: `… watched by some 4,200
        # spectators. At £8 a head, the gate brought in …`, not the lead's competitors; a noun of its own names its
        # units as written, no nearer count of them chosen)
        near = (
            [c for c in previous if c in stated and c.role == "value"]
            if len(stated) > 1 and _PER_HEAD[lang].fullmatch(noun)
            else []
        )
        if stated and len({c.value for c in stated}) == 1 and all(c.role == "value" for c in stated):
            counts = stated[-1:]
        elif near and len({c.value for c in near}) == 1 and price.sentence == total.sentence:
            counts = near[-1:]
        elif not _PER_HEAD[lang].fullmatch(noun):
            whole = _counts_of_all_units(stated, figures, text, lang)
            counts = whole[-1:] if whole and len({c.value for c in whole}) == 1 else []
    if len(counts) != 1:
        return  # which count is valued: not said
    total.product_of, total.product_units = price.id, counts[0].id
    if price.sentence != total.sentence or counts[0].sentence != total.sentence:
        total.guesses = sorted(set(total.guesses) | {"relation"})
