"""A price per unit of a deal whose total the lead states, given a paragraph or two later (English).

Copy about an order, a contract or a deal states its worth in the lead (`A Sligo workshop is to make 480 drums for a
Boston shop in a deal worth €62,400`, `has won a €36,000 order from an Amsterdam chain`) and then, a paragraph on,
what one unit of it fetches (`The workshop will be paid an average of €130 a drum`, `will send 24,000 jars …, at
€1.50 a jar`, `The bells will sell to the retailer at an average of €65 apiece`): total ÷ count = price.

The price: money, a value, no partner of any figure yet, no rate of a period (`£20 a month`), marked per a noun
(`a drum`, `per tonne`: `[link.unit_price_after]`) or `each`/`apiece` (`[link.unit_price_each]`), in one of the two
paragraphs after the lead's, no word before it in its clause naming another price (`the usual price`, `list price`:
`[link.other_price_words]`) nor a period (`the annual price`: `[link.per_period_before]`). The total: the one amount
of the price's currency the lead's paragraph states, a value, named a deal by the words around it (`a €36,000
order`, `a deal worth €62,400`, `under a NZ$96,000 contract`: `[link.appended_total_nouns]`,
`[link.deal_worth_words]`). The count: for a noun, the one count (or measure, for a unit of measure: `a kilogram`)
the noun names that the lead's paragraph or the price's own paragraph before it states, a value, no rate nor part;
for `each`, the count the noun right before the price names (`the kilts, at £480 apiece`), else the count a few
words before it in its clause, else the lead's one count of things. Vetoes: any other amount of the price's currency
from the lead to the price, or after it in its sentence (another line's, another price: which one divides, unsaid);
two counts of the noun of different values.
The reading spans paragraphs, so a mismatch is a warning (`guesses`); the per-unit check (F317) divides the total by
the count.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import measure_unit
from checker.link.per_unit_apart import _units_named, is_a_rate, opens_with_headline, per_shorter_period, place_per_unit
from checker.link.per_unit_fallback import partners_taken
from checker.link.sentence_groups import prose_figures
from checker.link.wholes_agreeing import adds_up_to
from checker.models import Claim
from checker.regex_cache import compile_exact

_LANGS = ("en",)
_PARAGRAPHS_AFTER = 2  # paragraphs after the lead's where the price may stand
_CLAUSE_REACH = 80  # characters before the price searched for a word naming another price
_ASIDE = compile_exact(r"\s*\([^()]{0,60}\)")  # an equivalent in brackets right after the total (`(about £31,200)`)

# right after the price, the noun it is per (`€130 a drum`, `DKK35 a kilogram`), no period (`£20 a month`)
_NOUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})\b)(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])"
    ),
    re.I,
)
_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_each})", re.I)
# `a £27,000 deal`, `a £1.2m export order`: after the total (an equivalent in brackets between), a deal's noun
_DEAL_AFTER = ByLanguage(
    lambda w: rf"\s*(?:[^\W\d_]+[\s-]+)?(?:{w.appended_total_nouns})(?![^\W\d_])",
    re.I,
)
# `a deal worth €62,400`, `an order worth about £640,000`: before the total, a deal's noun and a word of its worth
_DEAL_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.appended_total_nouns})s?\s+(?:{w.deal_worth_words})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_DEAL_REACH = 48  # characters before the total searched for its deal's noun
# `the kilts, at £480 apiece`: right before the price, the noun of the units and `at` (`[link.price_at_before]`)
_NOUN_AT_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{3,}})\s*,?\s+(?:{w.price_at_before})\s+"
        rf"(?:(?:{w.average_before})\s+)?(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_AT_REACH = 48  # characters before a price where its noun and `at` stand
_UNITS_GAP = 48  # characters at most between a count and a price of `each` set after it in its clause
# `the annual price works out at`: a word of a period before the price in its clause, a period's amount, no share of
# the whole term's deal (`[link.per_period_before]`)
_PERIOD_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_period_before})(?![^\W\d_])", re.I)
_OTHER_PRICE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.other_price_words})(?![^\W\d_])", re.I)
_CLAUSE_BREAK = compile_exact(r"[.;:!?]\s|\n")
# (`200 tonnes a year`, `120 tonnes of cream a year`: a year's amount, the goods' noun between)
_YEARLY_AFTER = ByLanguage(
    lambda w: rf"(?:\s+(?:{w.genitive})\s+[^\W\d_]+(?:[\s-][^\W\d_]+)?)?(?:{w.per_year_after})", re.I
)
# between two counts of a listed run, the noun of the first and the list's joint (`6,000 pieces, 4,000 bowls and`)
_LIST_JOINT = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{0,3}}\s*(?:,|\s(?:{w.and_words}))\s+", re.I)


def link_deal_prices_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    figures = prose_figures(claims)
    money = [c for c in figures if c.kind == "money"]
    if len(money) < 2:
        return
    headline = opens_with_headline(text)
    body = [c for c in figures if not (headline and c.paragraph == 0)]
    if not body:
        return
    lead = body[0].paragraph
    taken = partners_taken(claims)
    for figure in money:
        if not lead < figure.paragraph <= lead + _PARAGRAPHS_AFTER:
            continue
        if (
            figure.role != "value"
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.id in taken
            or figure.change_of
            or figure.share_part
        ):
            continue
        if per_shorter_period(figure, text, lang):
            continue  # (`£20 a month`: of a total of some months)
        noun_mark = _NOUN_AFTER[lang].match(text, figure.end)
        each = noun_mark is None and _EACH_AFTER[lang].match(text, figure.end) is not None
        if noun_mark is None and not each:
            continue
        clause_start = _clause_start(text, figure.start)
        if _OTHER_PRICE[lang].search(text, clause_start, figure.start):
            continue  # (`The usual price is £70 a volume`: a price set apart from the deal)
        if _PERIOD_WORD[lang].search(text, clause_start, figure.start):
            continue  # (`the annual price works out at $2,910 a kilometre`: a year's, of no total of the whole term)
        total = _deal_total(body, lead, figure, text, lang)
        if total is None or total.value <= figure.value:
            continue
        # (another amount of the currency from the lead to the price, or after it in its sentence: which divides,
        # unsaid; `1,000 mugs at £24 each, worth £24,000, … the pieces average £30 each` — but the deal's own lines,
        # amounts that add up to its worth and the prices they are of, break the whole down: no rival to it)
        lines = _lines_of_the_deal(money, total, figure)
        if any(
            c is not total
            and c is not figure
            and c.unit == figure.unit
            and (c.paragraph >= lead and c.start < figure.start or c.sentence == figure.sentence)
            # (`over three years, about €483,000 a year`: a year's share of the deal, no rival amount of the units)
            and _YEARLY_AFTER[lang].match(text, c.end) is None
            and not (c.id in lines or c.per_unit_of in lines)
            for c in money
        ):
            continue
        if noun_mark is not None:
            noun = noun_mark.group("noun")
            measure = measure_unit(noun, lang)
            count = _named_count(body, lead, figure, noun, text, lang)
        else:
            measure = None
            named = _NOUN_AT_BEFORE[lang].search(text, max(0, figure.start - _AT_REACH), figure.start)
            count = _named_count(body, lead, figure, named.group("noun"), text, lang) if named else None
            count = count or _count_of_each(body, lead, figure, text, lang)
            if count is not None:
                count = _whole_of_its_list(count, body, text, lang)
        if count is None or count.value <= 0 or count is total:
            continue
        place_per_unit(figure, total, count, measure)


def _lines_of_the_deal(money: list[Claim], total: Claim, figure: Claim) -> set[str]:
    """The deal's own lines stated between its worth and the price (`1,000 mugs at £24 each, worth £24,000, and 600
    bowls at £40 each, also £24,000`, after a £48,000 order): the amounts of other sentences than the price's, none per
    unit, two at least, that add up to the worth (their ids), with nothing else of the currency between."""
    between = [
        c
        for c in money
        if total.end <= c.start < figure.start
        and c.unit == figure.unit
        and c.sentence != figure.sentence
        and c.sentence != total.sentence
    ]
    lines = [c for c in between if c.per_unit_of is None]
    if len(lines) < 2 or not adds_up_to(total, lines):
        return set()
    ids = {c.id for c in lines}
    if any(c.id not in ids and c.per_unit_of not in ids for c in between):
        return set()
    return ids


def _clause_start(text: str, at: int) -> int:
    window_start = max(0, at - _CLAUSE_REACH)
    breaks = list(_CLAUSE_BREAK.finditer(text, window_start, at))
    return breaks[-1].end() if breaks else window_start


def _deal_total(body: list[Claim], lead: int, figure: Claim, text: str, lang: str) -> Claim | None:
    """The one amount of the price's currency the lead's paragraph names a deal's worth."""
    found = [
        c
        for c in body
        if c.paragraph == lead
        and c.kind == "money"
        and c.unit == figure.unit
        and c.role == "value"
        and c.per_unit_of is None
        and c.part_of is None
    ]
    if len({c.value for c in found}) != 1:
        return None
    total = found[0]
    after = total.end
    aside = _ASIDE.match(text, after)
    if aside is not None:
        after = aside.end()
    if _DEAL_AFTER[lang].match(text, after) or _DEAL_BEFORE[lang].search(
        text, max(0, total.start - _DEAL_REACH), total.start
    ):
        return total
    return None


def _usable(c: Claim, text: str, lang: str) -> bool:
    # (`400 tonnes of cider, 200 tonnes a year`: a year's amount of a deal of some years is a pace, no count of all)
    return (
        c.kind in ("count", "measure")
        and c.role == "value"
        and c.per_unit_of is None
        and c.part_of is None
        and not is_a_rate(c, text, lang)
        and not per_shorter_period(c, text, lang)
        and _YEARLY_AFTER[lang].match(text, c.end) is None
    )


def _whole_of_its_list(count: Claim, body: list[Claim], text: str, lang: str) -> Claim | None:
    """For a count that closes a list of parts right after their whole's count (`6,000 pieces, 4,000 bowls and 2,000
    plates, at an average of €15 each`), the whole: the run's first count when the others add up to it (a price of
    `each` after the list is the average over all of them); the count itself when it closes no such run; None when
    the run's parts do not add up to its first count (which units, unsaid)."""
    run = [count]
    before = [c for c in body if c.sentence == count.sentence and c.end <= count.start]
    for c in reversed(before):
        if c.kind != count.kind or not _LIST_JOINT[lang].fullmatch(text, c.end, run[0].start):
            break
        run.insert(0, c)
    if len(run) < 3:
        return count
    whole, parts = run[0], run[1:]
    if whole.low <= sum(c.value for c in parts) <= whole.high and _usable(whole, text, lang):
        return whole
    return None


def _named_count(body: list[Claim], lead: int, figure: Claim, noun: str, text: str, lang: str) -> Claim | None:
    """The one count (or measure) the noun names in the lead's paragraph or the price's own before it."""
    found = [
        c
        for c in body
        if (c.paragraph == lead or (c.paragraph == figure.paragraph and c.end <= figure.start))
        and _usable(c, text, lang)
        and _units_named(noun, c, text, lang)
    ]
    if len({c.value for c in found}) != 1:
        return None
    return found[0]


def _count_of_each(body: list[Claim], lead: int, figure: Claim, text: str, lang: str) -> Claim | None:
    """The count right before the price in its sentence, else the lead's one count of things."""
    before = [c for c in body if c.sentence == figure.sentence and c.end <= figure.start]
    if before:
        last = before[-1]
        # (`will send 15,000 jars to the importer, at £3 each`: the count a few words before, no clause's end
        # between; `which employs 13 kiltmakers …, said that the kilts, at £480 apiece`: another noun's, far back)
        if (
            last.kind == "count"
            and last.counter
            and _usable(last, text, lang)
            and figure.start - last.end <= _UNITS_GAP
            and not _CLAUSE_BREAK.search(text, last.end, figure.start)
        ):
            return last
        return None  # (another figure right before it: which units, unsaid)
    found = [c for c in body if c.paragraph == lead and c.kind == "count" and c.counter and _usable(c, text, lang)]
    if len({c.value for c in found}) != 1:
        return None
    return found[0]
