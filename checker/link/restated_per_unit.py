"""A figure per unit stated with its sentence's total and count: `The bakery took in $9,600 from 3,200 pies, or $3 a
pie`, `The growers picked 2,400 kilograms from 120 vines, an average of 20 kilograms a vine`, `It bought 800 tonnes
of coke at £50 a tonne, costing £40,000`, `The club refunds 40p a ticket on the 12,000 season tickets,
costing it £4,800`.

The figure (money, a measure, or a count of a counter: `40 saplings`) has the noun it is per right after it (`a pie`,
`per vine`: `[link.unit_price_after]`, no period: `[link.period_nouns_after_mark]`) or `each`
(`[link.unit_price_each]`). Its total is the figure of its own kind and unit (a count of its counter) either
- before it, when the figure opens a clause restating the one before (a comma, then optionally an `or`, an
  average's words and a hedge: `[link.or_words]`, `[link.average_before]`, `[link.hedges]`): the one such figure
  before it in its sentence (past no `;` or `:`); or
- right after its mark, a comma and at most three words between (`, costing`, `, worth`, `, $270,000 in all`), no
  figure between but a count the noun names (`a ticket on the 12,000 season tickets, costing it`).
The count is the one count before it in its sentence (or between the mark and the total) that the noun names (its
counter, or the head of the words after the count: `90 member clubs` counts clubs); a unit of measure as the noun
names a measure of that unit (`from 40 hectares, or 3 tonnes a hectare`); with `each`, the one count before. The
figure is the total divided by the count (F317).

Which count, which total: a second candidate of either leaves it unsaid, and nothing is linked. A figure also per a
shorter period (`$20 a pie a week`) is of a total of some such periods, which the count alone does not divide; a
count itself per unit (`3,000 visits a day`) or a listed part is no count of the whole; a total that a price times
its count already makes (`product_of`) is that one's; a count and a total with a joiner and a new subject between
(`300 farms, and those growing wheat harvested 2,400 tonnes`: `[link.clause_joiners]`,
`[link.clause_subject_openers]`) are two clauses' figures. A restating figure's clause closes right after its mark
(past `on average`: `or 12 loads each this year` dates it on its own) and restates the total or the count right
before it (`4,800 loads, against 4,100 loads, or 12 loads each`: the earlier year's); an appended total is named one
(`[link.appended_total_words]`: `, or $35,000 last year` is none), and a second amount so named after it, before
another price of its unit, leaves which unsaid (`taking turnover from the two to £85,500` is named no total of the
price); a price closed by the amount appended to it (`2,000 mugs at €12 each, worth €24,000, and 1,200 jugs at €60
each, worth €72,000`) ends the clause of a second price after it, whose count and total are its own; a figure and a
total written for two periods are not linked.

A bare number restating its clause per a unit (`14 vets treated 9,800 animals, or roughly 700 a vet`) counts what
the total counts: of the clause's two counts, the one the noun names is the count and the other the total (a third
leaves which unsaid); opening the next sentence (`That works out at 500 a concert.`:
`[link.per_unit_restating_openers]`) it restates the sentence before, read across sentences (a guess). An amount
charged on a count with no per-unit word (`a royalty of 5 cents on 80,000 kettles, $4,000 in all`,
`$2 on each of the 4,000 tickets, raising $8,000`: `[link.levy_nouns_before]`, `[link.levy_on_each]`) is per unit of
that count, the appended total what it comes to. The per-unit rules run before (per_unit.py,
per_unit_apart.py, each_averages.py): a figure they link keeps its partners.

An appended amount is named a total also by a restating word alone when it closes its clause (`at £7 a jar, or
£8,400, and …`, `at £30 each, also £6,000.`: `[link.appended_total_restating]`) or by a deal's noun right after it
(`at £9,800 each, a £1.96m contract`: `[link.appended_total_nouns]`). A price and its appended total with no count of
the noun in their sentence are of the count the noun names before, by its own counter, read as a count apart is
(`CountsApart`, per_unit_apart.py; a guess). In Korean a price given each unit (`씩`) right after its clause's count
and its particle comes to the amount right after it (`500개를 2만 엔씩 모두 1천만 엔`:
`[link.each_price_total_between]`); a clause opening on a label (`반지는 30파운드씩 6천 파운드어치`) takes the one
count that label names before it, in its sentence or the one before in its paragraph (`반지 200점`), which no veto of a
list's last member then drops.
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage, every_language
from checker.extract.units import alternation, base_unit, measure_unit
from checker.link.clause_marks import CLAUSE_CLOSES
from checker.link.counts_per_unit import holds_the_units
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.opening_wholes import whole_opening_a_part
from checker.link.per_unit_apart import CountsApart, is_a_rate, names_the_count, per_shorter_period
from checker.link.per_unit_apart import _of_one_kin as of_one_kin
from checker.link.per_unit_vetoes import rated_to_the_unit
from checker.link.rates_then_each import carried_from_recipients, carried_over
from checker.link.sentence_groups import group_by_sentence
from checker.link.unit_labels import LABEL_OPENS, LABEL_REACH, label_particles
from checker.models import Claim
from checker.regex_cache import compile_exact

# `, or about`, `, an average of`, `, or an average of roughly`: right before the figure, a clause restating the one
# before (a comma, then an `or`, an average's words or a hedge, each optional: `, 12 loads each`)
_RESTATING_OPENER = ByLanguage(
    lambda w: (
        rf",\s+(?:(?:{w.or_words})\s+)?(?:(?:{w.average_before})\s+)?"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `a pie`, `per vine`, `each`: right after the figure, the noun it is per (a period is no unit: `$5bn a year`)
# units of measure named in two words (`£85 a cubic metre`, `£40 per square metre`): the mark's noun is both
_TWO_WORD_MEASURES = alternation({word for data in every_language() for word in data.measures.words if " " in word})
_PER_NOUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:(?:{w.unit_price_after})[\s-]+(?!(?:{w.period_nouns_after_mark})\b)"
        rf"(?P<noun>(?:{_TWO_WORD_MEASURES})(?![^\W\d_])|[^\W\d_]{{3,}})"
        rf"(?![^\W\d_-])|(?P<each>{w.unit_price_each}))"
    ),
    re.I,
)
# `at £50 a tonne, costing £40,000`, `at £6 each, worth £1,800`, `£1,250 apiece, £80,000 in all`: between the
# mark and the total after it, a comma and a few words (the total's own name), no figure nor clause break
_TOTAL_APPENDED = compile_exact(r"(?:\s?\([^()\d]*[\d.,]+[^()]*\))?,\s+(?:[^\W\d_]+\s+){0,3}")
_WORDS_ONLY = compile_exact(r"\s+(?:[^\W\d_]+\s+){1,3}")  # `on its`, `for the`: a price's words before its count
# `$1 a pie a week`: after the noun, a mark of a shorter period (the figure is per both)
_PERIOD_AFTER = ByLanguage(lambda w: rf"(?:{w.per_month_after}|{w.per_week_after}|{w.per_day_after})", re.I)
# `300 farms, and those growing wheat harvested 2,400 tonnes`: a joiner, then a new clause's own subject
_NEW_SUBJECT = ByLanguage(lambda w: rf"\b(?:{w.clause_joiners})\s+(?:{w.clause_subject_openers})\b", re.I)
# `, and spent`, `, while paying`: after the mark, a joiner opening another clause (`[link.clause_joiners]`)
_JOINER_AFTER_COMMA = ByLanguage(lambda w: rf"\s?(?:\([^()]*\))?,\s+(?:{w.clause_joiners})(?![^\W\d_])", re.I)
_TOTAL_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.appended_total_words})(?![^\W\d_])", re.I)
_TOTAL_WORD_REACH = 16  # characters after an appended total where its word stands (`$270,000 in all`)
# `at £300 each, which cost about £15,000 to install`: right after the amount, a task it is the cost of
# (`[link.total_of_a_task_after]`): what the task cost, no total of the price
_TASK_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.total_of_a_task_after})(?![^\W\d_])", re.I)
# `, or £8,400`, `, also £6,000`: right before an amount closing its clause, a word restating what the units come to
_RESTATING_WORD = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.appended_total_restating})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# `paid £4 each, £3,600.`: between a price's mark and a bare amount closing the sentence, a comma (and a hedge)
_BARE_GAP = ByLanguage(lambda w: rf",\s+(?:(?:{w.hedges})\s+)?", re.I)
_SENTENCE_CLOSES = compile_exact(r"\s*(?:[.!?](?:\s|$)|$|\n)")
# `£1.96m contract`, `£3,000-order`: right after an amount, a noun naming it the deal the units are sold in
_DEAL_AFTER = ByLanguage(lambda w: rf"[\s-](?:[^\W\d_]+[\s-]+)?(?:{w.appended_total_nouns})(?![^\W\d_])", re.I)
_AVERAGE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.average_after_noun})", re.I)  # (`15 each on average`)
_OPENER_REACH = 40  # characters before a figure where its clause's restating words stand
_CLAUSE_BREAK = compile_exact(r"[;:!?\n]|\.(?!\d)")  # within the sentence, a break no restatement reaches across
_KINDS = ("money", "measure", "count")
# `That works out at`, `This comes to roughly`: opening the figure's sentence, words restating the sentence before
_SENTENCE_RESTATING = ByLanguage(
    lambda w: rf"(?:^|[.!?]\s+)(?:{w.per_unit_restating_openers})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# `a royalty of 5 cents on 80,000 kettles`, `a 40p levy on its 12,000 season tickets`, `$2 on each of the
# 4,000 tickets`: right after the amount (past the charge's noun), the words putting it on each unit of the count
_ON_COUNT = ByLanguage(
    lambda w: rf"(?:\s+(?P<noun>{w.levy_nouns_before}))?\s+(?:(?P<each>{w.levy_on_each})|{w.levy_on_count})\s+",
    re.I,
)
# `a royalty of 5 cents`, `a levy of about $2`: right before the amount, the charge's noun
_CHARGE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.levy_nouns_before})\s+of\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_WORD = compile_exact(r"[^\W\d_]+")
_COUNT_TAIL = compile_exact(r"(?:[\s-]+[^\W\d_]+){0,2}")  # after a count, the rest of its noun (`regatta tickets`)
_CHARGE_REACH = 40  # characters before an amount where its charge's noun stands
# `raising $12,000 with grants`, `$9,000 in total from shops`: after the total, in its clause, another source of the
# money (`[link.levy_added_sources]`) or its payers (`[link.levy_payers_before]`, then the noun they are named by)
_OTHER_SOURCE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?P<added>{w.levy_added_sources})|(?:{w.levy_payers_before})\s+(?P<payer>[^\W\d_]+))"
        rf"(?![^\W\d_])"
    ),
    re.I,
)
_CHARGE_NOUN = ByLanguage(lambda w: rf"(?:{w.levy_nouns_before})", re.I)  # (`from the levy`: the charge's own)
_CLAUSE_END = compile_exact(r"[,;:!?\n]|\.(?!\d)")  # after an appended total, where its clause ends


def link_restated_per_unit(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture]
    by_sentence = group_by_sentence(figures)
    apart = CountsApart(figures, text, lang)
    _link_each_restated(figures, by_sentence, text, lang, apart)
    if lang in _EACH_OPENING_LANGS:
        for figure in figures:
            if figure.kind == "money" and figure.role == "value" and figure.per_unit_of is None:
                _link_plural_opening(figure, by_sentence.get(figure.sentence, []), text, lang, apart)
    # (after the prices marked per one unit: a price applied with `at` to its own clause's count)
    _link_priced_clauses(figures, by_sentence, text, lang, sentence_starts)


def _link_each_restated(
    figures: list[Claim], by_sentence: dict[int, list[Claim]], text: str, lang: str, apart: CountsApart
) -> None:
    previous = {after.id: before for before, after in zip(figures, figures[1:])}
    for figure in figures:
        if figure.kind not in _KINDS or figure.role != "value" or figure.per_unit_of is not None:
            continue
        # (`, or 500 a concert`: of the total's counter; `served 58,000 meals to 3,600 children, an average of 16
        # each`: a counter carried over from the ones something went to is none of its own)
        bare = figure.kind == "count" and (
            not figure.counter or carried_from_recipients(figure, previous.get(figure.id), text, lang)
        )
        mark = _PER_NOUN_AFTER[lang].match(text, figure.end)
        if mark is None:
            _link_levy_on_count(figure, by_sentence.get(figure.sentence, []), text, lang)
            _link_each_opening(figure, by_sentence.get(figure.sentence, []), text, lang, apart)
            continue
        if mark is None or per_shorter_period(figure, text, lang) or _PERIOD_AFTER[lang].match(text, mark.end()):
            continue  # (`$20 a week a pie`, `$20 a pie a week`: of a total of some weeks)
        sentence = by_sentence.get(figure.sentence, [])
        before = [c for c in sentence if c.end <= figure.start and not _CLAUSE_BREAK.search(text, c.end, figure.start)]
        noun = mark.group("noun")
        measure = measure_unit(noun, lang) if noun else None
        restating = _RESTATING_OPENER[lang].search(text, max(0, figure.start - _OPENER_REACH), figure.start)
        if bare:
            _link_bare(figure, mark, before, restating, by_sentence, text, lang)
            continue
        if restating:
            # (`$9,600 from 3,200 pies, or $3 a pie`: the total before)
            total = _total(figure, before, text, lang)
            units = before
        else:
            # (`at $3 a pie, $9,600 in all`: the total after; `40p a ticket on the 12,000 season tickets, costing it
            # £4,800`: the count between)
            total, between = _appended_total(figure, sentence, mark.end(), noun, text, lang)
            # (`2,000 mugs at €12 each, worth €24,000, and 1,200 jugs at €60 each, worth €72,000`: a price closed by
            # the amount appended to it leaves the clause before it; the second price's count and total are after)
            closed = _closed_before(figure, before, text, lang)
            before = before[closed:]
            units = before + between
            if total is not None and any(
                c.kind == figure.kind and c.unit == figure.unit and _PER_NOUN_AFTER[lang].match(text, c.end)
                for c in before
            ):
                # (`bought 900 crates at $12 each and shipped them at a further $3 a crate, costing $13,500 in all`:
                # the total appended after the second of two prices per unit is of both together, not this one's)
                continue
        if total is None or total.value <= figure.value:
            continue
        others = [c for c in units if c is not total]
        count = _count(figure, others, total, noun, measure, text, lang)
        across = False
        if count is None and noun is not None and measure is None and figure.kind == "money":
            if any(c.kind in ("count", "measure") for c in sentence if c is not total and c is not figure):
                continue  # (a count or measure in its sentence the noun does not name: which units, not said)
            # (`The league fields 40 clubs. … Entry costs £90 a club, bringing in £3,600`: the price and the total it
            # comes to in one sentence, the units counted before it, read as a count apart is: a guess)
            count, across = apart.count(figure, noun), True
        if (
            count is None
            and noun is None
            and restating
            and total is not None
            and (figure.kind in ("money", "measure") or _of_the_totals_noun(figure, total))
        ):
            # (`The yard bought five sheds. … Side by side, the sheds offer 75 square metres of storage, 15 square
            # metres each`: `each` of the plural noun the total's clause opens on, counted before it: a guess)
            count, across = _count_of_the_subject(figure, total, sentence, text, lang, apart), True
        if count is None:
            continue
        if restating and not _closes(text, mark.end(), lang):
            continue  # (`or 12 loads each this year`: words after the mark date or narrow the figure on its own)
        if restating and before and before[-1] is not total and before[-1] is not count:
            continue  # (`4,800 loads, against 4,100 loads, or 12 loads each`: it restates the figure right before)
        if periods_differ(figure, total):
            continue  # (`4,800 loads last year, or 12 loads each this year`: another period's average)
        first, last = (count, total) if count.start < total.start else (total, count)
        if not across and _NEW_SUBJECT[lang].search(text, first.end, last.start):
            # (`300 farms, and those growing wheat harvested`: the total is its own subject's; a count read across
            # sentences has the sentences between it and the total's, whose joiners are no clause of theirs)
            continue
        if figure.low >= 1 and total.value < count.value and carried_over(figure, previous.get(figure.id)):
            continue  # (`1,260 hens from 410 breeders, three apiece`: three hens a breeder, none of the breeders' noun)
        figure.per_unit_of, figure.units_of = total.id, count.id
        figure.units_measure = measure if count.kind == "measure" else None
        if across:
            figure.guesses = sorted(set(figure.guesses) | {"relation"})  # (the count read across sentences)

    for figure in figures:
        # (`reached 900 pupils at 12 schools, about 75 each`: a count whose noun is carried from a count before it, not
        # written, that no reading of its own noun linked, read as a bare count)
        if figure.kind != "count" or figure.role != "value" or figure.per_unit_of is not None or not figure.counter:
            continue
        if figure.counter.lower() in figure.text.lower():
            continue
        if carried_from_recipients(figure, previous.get(figure.id), text, lang):
            continue  # (`served 9,000 meals to 600 children, 15 each`: the carrying reading's)
        mark = _PER_NOUN_AFTER[lang].match(text, figure.end)
        if mark is None or per_shorter_period(figure, text, lang) or _PERIOD_AFTER[lang].match(text, mark.end()):
            continue
        sentence = by_sentence.get(figure.sentence, [])
        before = [c for c in sentence if c.end <= figure.start and not _CLAUSE_BREAK.search(text, c.end, figure.start)]
        restating = _RESTATING_OPENER[lang].search(text, max(0, figure.start - _OPENER_REACH), figure.start)
        _link_bare(figure, mark, before, restating, by_sentence, text, lang, carried=True)


def _link_bare(
    figure: Claim,
    mark: re.Match[str],
    before: list[Claim],
    restating: re.Match[str] | None,
    by_sentence: dict[int, list[Claim]],
    text: str,
    lang: str,
    carried: bool = False,
) -> None:
    """A bare count restating its clause per unit (`14 vets treated 9,800 animals, or roughly 700 a vet`), or opening
    the next sentence (`That works out at 500 a concert.`): the clause's total over its units."""
    noun = mark.group("noun")
    across = False
    if not restating and _SENTENCE_RESTATING[lang].search(text, max(0, figure.start - _OPENER_REACH), figure.start):
        # (`That works out at 500 a concert.`: the sentence before's total, over its count)
        restating, before = True, by_sentence.get(figure.sentence - 1, [])
        across = True
    if not (restating and (noun or (mark.group("each") and (carried or not figure.counter))) and before):
        return  # (`, or 15 each`: a count of what, not said; a noun carried from the recipients, `to 600 pupils, 15
        # each`, the carrying reading's)
    if _MAXIMUM_BEFORE[lang].search(text, max(0, figure.start - _OPENER_REACH), figure.start) or _MAXIMUM_OPENING[
        lang
    ].match(text, figure.start):
        return  # (`500 kiosks in 10 counties, as much as 80 a county`, `at most 80 a county`: a maximum, no average)
    total, count = _bare_total_and_count(before, noun, text, lang)
    if total is None or count is None or total.value <= figure.value:
        return
    if holds_the_units(total, count, text, lang):
        return  # (`on 30 streets in five parishes, eight a street`: where the units are, no total)
    if not _closes(text, mark.end(), lang) or before[-1] not in (total, count):
        return
    if periods_differ(figure, total) or _NEW_SUBJECT[lang].search(text, before[0].end, before[-1].start):
        return
    figure.per_unit_of, figure.units_of = total.id, count.id
    if count.kind == "measure":
        figure.units_measure = measure_unit(noun, lang)  # (`36,000 vines on 18 hectares, or 2,000 a hectare`)
    if figure.counter and figure.counter.lower() not in figure.text.lower():
        # (a noun carried, not written: it counts what the total counts)
        figure.quantity = dataclasses.replace(figure.quantity, counter=total.counter)
    if across:
        figure.guesses = sorted(set(figure.guesses) | {"relation"})  # (read across sentences: a warning)


# `at C$21, worth C$58,800`: right before a price, the word applying it to each unit of its clause's count
# (`[link.price_at_before]`), a hedge or an average's words between
_AT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.price_at_before})\s+(?:(?:{w.average_before})\s+)?(?:(?:{w.hedges})\s+)?$", re.I
)
_AT_REACH = 32  # characters before a price where its `at` stands
# `500개를 2만 엔씩 모두 1천만 엔`, `1천 개는 5천 엔씩 쳐서 500만 엔`: a price given each unit of its clause's count
# (`[link.per_unit_distributive_after]`), then the total right after it, a word or two between at most
# (`[link.each_price_total_between]`)
_EACH_THEN_TOTAL = ByLanguage(
    lambda w: rf"(?:{w.per_unit_distributive_after})\s*,?\s*(?:(?:{w.each_price_total_between})\s*){{0,2}}",
    first_tested=False,
)
_EACH_LANGS = ("ko",)
# `500개를 2만 엔씩`: between the count and the price given each of it, its particle alone (a mark of one unit between,
# `한 개에`, `개당`, is the per-unit readings')
# (`600자루는 한 자루 1만2천 엔씩`: one of the unit named bare before the price, no mark's ending, is read here too)
_COUNT_THEN_EACH = ByLanguage(
    lambda w: rf"(?:{w.named_figure_particles})?\s+(?:(?:{w.fallback_one_unit})\s?(?P<unit>[^\W\d_]{{1,3}})\s+)?",
    first_tested=False,
)
_CLAUSE_OPEN = compile_exact(r"[;:!?\n]|\.(?!\d)")  # within a sentence, a break no clause's count is read across


def _link_priced_clauses(
    figures: list[Claim], by_sentence: dict[int, list[Claim]], text: str, lang: str, sentence_starts: list[int]
) -> None:
    """`2,800 are the dark grade at C$21, worth C$58,800, and the other 1,400 are golden syrup at C$18, worth
    C$25,200`: a price applied with `at` to the count of its own clause (no mark of one unit needed, each clause its
    own count), the amount appended right after it named the value of those units (`, worth`, `, raising`:
    `[link.appended_total_words]`). The clause opens at the sentence's start, a semicolon, or the amount appended to
    the price before; it must state exactly one count (a value, no rate, no share), and no other money between.

    In Korean the price is given each unit with `씩` after it and the total follows it (`큰 바구니 500개는 2만 엔씩
    1천만 엔이고, 작은 바구니 1천 개는 5천 엔씩 쳐서 500만 엔이다`); a price per a short period (`매달 1만 원씩`) is no
    such price; an amount before it that a price already comes to closes the clause before."""
    taken = {c.per_unit_of for c in figures if c.per_unit_of} | {c.id for c in figures if c.product_of}
    for price in figures:
        if price.kind != "money" or price.role != "value" or price.per_unit_of is not None:
            continue
        if price.product_of is not None or price.part_of is not None:
            continue
        each = lang in _EACH_LANGS
        if not each and not _AT_BEFORE[lang].search(text, max(0, price.start - _AT_REACH), price.start):
            continue
        sentence = by_sentence.get(price.sentence, [])
        after = [c for c in sentence if c.start >= price.end]
        if not after:
            continue
        total = after[0]
        if each:
            if not _EACH_THEN_TOTAL[lang].fullmatch(text, price.end, total.start) or per_shorter_period(
                price, text, lang
            ):
                continue
        else:
            mark = _PER_NOUN_AFTER[lang].match(text, price.end)
            start = mark.end() if mark and mark.group("each") else price.end
            if not _TOTAL_APPENDED.fullmatch(text, start, total.start) or not names_the_total(text, start, total, lang):
                continue
            if _JOINER_AFTER_COMMA[lang].match(text, start):
                continue  # (`$150 apiece, and spent $9,000 in all`: a joiner opens another clause, of its own total)
            if _another_total_named(price, after[1:], text, lang):
                continue  # (`$1,200 in all in 2023 and $1,500 in all this year`: which total, not said)
        if total.kind != "money" or total.unit != price.unit or total.role != "value" or total.value <= price.value:
            continue
        if total.product_of is not None or total.per_unit_of is not None:
            continue
        before = [c for c in sentence if c.end <= price.start]
        begins = sentence_starts[price.sentence] if price.sentence < len(sentence_starts) else 0
        opening = max([begins] + [m.end() for m in _CLAUSE_OPEN.finditer(text, begins, price.start)])
        if each:
            # (`…씩 1천만 엔이고, 작은 바구니 1천 개는 5천 엔씩`: a comma closes the clause of the lot before)
            opening = max(opening, text.rfind(",", opening, price.start) + 1)
        amounts = [c for c in before if c.kind == "money" and c.unit == price.unit and c.start >= opening]
        if amounts and amounts[-1].id not in taken and not _named_a_total(amounts[-1], text, lang):
            # (`700 programmes at £6 each and 260 tote bags at £6, raising £5,760`: after another price with no
            # amount of its own, the amount appended is of both lots)
            continue
        if amounts:
            opening = amounts[-1].end
        own = [c for c in before if c.start >= opening]
        if any(c.kind == "money" for c in own):
            continue
        if each:
            own = [c for c in own if not (c.kind == "count" and c.value == 1)]  # (`한 자루`: the one unit priced)
        counts = [
            c
            for c in own
            if c.kind == "count" and c.role == "value" and c.per_unit_of is None and not is_a_rate(c, text, lang)
        ]
        if each and not [c for c in own if c.kind == "count"]:
            # (`…240점과 반짇고리 120점이다. 보석함은 한 점에 120파운드씩 2만8천800 파운드, 반짇고리는 …`: a clause
            # opening on a label, the count that label names before it)
            labelled = _labelled_count(price, opening, by_sentence, text, lang)
            if labelled is not None:
                price.per_unit_of, price.units_of = total.id, labelled.id
                if labelled.sentence != price.sentence:
                    price.guesses = sorted(set(price.guesses) | {"relation"})
            continue
        if len(counts) != 1 or len([c for c in own if c.kind == "count"]) != 1 or counts[0].value <= 1:
            continue  # (none, or two: which the price applies to, unsaid)
        if each:
            between = _COUNT_THEN_EACH[lang].fullmatch(text, counts[0].end, price.start)
            if between is None or between.group("unit") not in (None, counts[0].counter):
                continue  # (`한 자루에`, `자루당`: a mark of one unit, the per-unit readings' own)
        price.per_unit_of, price.units_of = total.id, counts[0].id


def _labelled_count(
    price: Claim, opening: int, by_sentence: dict[int, list[Claim]], text: str, lang: str
) -> Claim | None:
    """The one count that the label opening the price's clause names right before it (`보석함 240점`, `약과가 2만
    상자`), in the price's sentence before the clause or the sentence before it in its paragraph; two (of two values)
    or none leave the count unsaid."""
    opens = LABEL_OPENS[lang].fullmatch(text, opening, price.start)
    if opens is None:
        return None
    label = re.escape(opens.group("label"))
    named = re.compile(rf"(?<![^\W\d_]){label}(?:{label_particles(lang)})?\s*$")
    candidates = [
        c
        for c in [*by_sentence.get(price.sentence - 1, []), *by_sentence.get(price.sentence, [])]
        if c.end <= opening
        and c.paragraph == price.paragraph
        and c.kind == "count"
        and c.role == "value"
        and c.per_unit_of is None
        and c.value > 1
        and named.search(text, max(0, c.start - len(opens.group("label")) - LABEL_REACH), c.start)
    ]
    return candidates[-1] if len({c.value for c in candidates}) == 1 else None


def _appended_total(
    figure: Claim, sentence: list[Claim], mark_end: int, noun: str | None, text: str, lang: str
) -> tuple[Claim | None, list[Claim]]:
    """The figure after the mark, a comma and a few words between, of the figure's kind and unit: the total the
    price comes to (`at £50 a tonne, costing £40,000`); a count the noun names may stand between (`a share on the 30
    million shares, costing the company`). The total, and the count between when there is one."""
    after = [c for c in sentence if c.start >= mark_end]
    between: list[Claim] = []
    start = mark_end
    if (
        len(after) > 1
        and noun is not None
        and _WORDS_ONLY.fullmatch(text, mark_end, after[0].start)
        and (
            (after[0].kind == "count" and names_the_count(noun.lower(), after[0], text, lang))
            # (`4p a litre on the 9 million litres`: a measure of the unit the noun names)
            or (
                after[0].kind == "measure"
                and (unit := measure_unit(noun, lang)) is not None
                and _measure_named(after[0], unit)
            )
        )
    ):
        between, start, after = [after[0]], after[0].end, after[1:]
    if not after:
        return None, between
    total = after[0]
    if not _TOTAL_APPENDED.fullmatch(text, start, total.start) or total.product_of is not None:
        return None, between  # (a total some price times its count already makes: that one's)
    if _JOINER_AFTER_COMMA[lang].match(text, start):
        return None, between  # (`$40 apiece, and spent $9,000 in all`: a joiner opens another clause, of its own total)
    if not names_the_total(text, start, total, lang):
        return None, between  # (`$180 each, or $35,000 last year`: no word names the amount a total)
    if _another_total_named(figure, after[1:], text, lang):
        return None, between  # (`$50,000 in all in 2023 and $60,000 in all this year`: which total, not said)
    return (total if _of_the_figure(total, figure) else None), between


def _another_total_named(figure: Claim, rest: list[Claim], text: str, lang: str) -> bool:
    """Whether, among the figures after the total a price comes to and before a second price of its kind, another
    amount of the price's is named a total too (`$1,200 in all in 2023 and $1,500 in all this year`): which one the
    price comes to, unsaid."""
    other_price = next(
        (
            at
            for at, c in enumerate(rest)
            if (c.kind, c.unit) == (figure.kind, figure.unit)
            and (
                _PER_NOUN_AFTER[lang].match(text, c.end)
                # (`…, or £12,600, and 900 sacks at £9.50, or £8,550`: a second price applied with `at`)
                or _AT_BEFORE[lang].search(text, max(0, c.start - _AT_REACH), c.start)
            )
        ),
        None,
    )
    return any(_of_the_figure(c, figure) and _named_a_total(c, text, lang) for c in rest[:other_price])


# `Each crew paid an entry fee of `, `Every stall will cost `: a sentence opening on each of a noun, a verb pricing or
# paying for one of it (`[link.each_noun_cost_verbs]`, `[link.each_noun_paid_verbs]`), a few words, the figure
_EACH_OPENING = ByLanguage(
    lambda w: (
        rf"(?:^|[.!?;]\s+|\n)\s*(?:{w.each_noun_opening})\s+(?P<noun>[^\W\d_]{{3,}})(?:[\s-]+[^\W\d_]+){{0,3}}?"
        rf"\s+(?:(?:{w.cost_modals})\s+)?(?:{w.each_noun_cost_verbs}|{w.each_noun_paid_verbs})(?:[\s-]+[^\W\d_]+){{0,4}}\s+$"
    ),
    re.I,
)
_EACH_REACH = 80  # characters before a figure where its `Each NOUN` opening stands
# `£15 to enter, raising `, `£30 to cut and stack, `: after the figure, a few words, a comma, the total's own words
_EACH_TOTAL_GAP = compile_exact(r"(?:\s+[^\W\d_]+){0,4},\s+(?:[^\W\d_]+\s+){0,3}")
# `£4 to enter, £108 between them`: the total right after the comma, no word between (`, the judges £90 between them`
# is another group's amount, its verb left out)
_EACH_TOGETHER_GAP = compile_exact(r"(?:\s+[^\W\d_]+){0,4},\s+")


def _link_each_opening(figure: Claim, sentence: list[Claim], text: str, lang: str, apart: CountsApart) -> None:
    """`Each runner paid £15 to enter, raising £6,000`: the sentence's first figure, a price of one of the noun its
    `Each NOUN` opening names, and the amount after it named what the price raised (`[link.appended_total_words]`);
    the count is the one the noun names before, read as a count apart is (a guess). A count in the sentence, or a
    second amount after the total, leaves it unread."""
    if figure.kind != "money" or lang not in _EACH_OPENING_LANGS:
        return
    each = _EACH_OPENING[lang].search(text, max(0, figure.start - _EACH_REACH), figure.start)
    if each is None or any(c.end <= figure.start for c in sentence):
        return
    after = [c for c in sentence if c.start >= figure.end]
    if after:
        # (`raising £3,990, and the contest's £6,000 prize fund was …`: past a joiner, another clause's figures)
        joiner = _JOINER_AFTER_COMMA[lang].search(text, after[0].end, sentence_end_of(after))
        if joiner is not None:
            after = [c for c in after if c.start < joiner.start()]
    if (
        not after
        or any(c.kind in ("count", "measure") for c in after)
        or any(_of_the_figure(c, figure) for c in after[1:])
    ):
        return
    total = after[0]
    if not _of_the_figure(total, figure) or total.value <= figure.value or total.product_of is not None:
        return
    together = (
        _EACH_TOGETHER_GAP.fullmatch(text, figure.end, total.start) is not None
        and _TOGETHER_AFTER[lang].match(text, total.end) is not None
    )
    if not together and (
        not _EACH_TOTAL_GAP.fullmatch(text, figure.end, total.start)
        or not (
            _TOTAL_WORD[lang].search(text, figure.end, total.start)
            # (`Each lesson costs £180 to run, £432,000 in all`: the total's word right after it)
            or _TOTAL_WORD[lang].match(text, total.end + 1, total.end + _TOTAL_WORD_REACH)
        )
    ):
        return
    count = apart.count(figure, each.group("noun"))
    if count is None:
        return
    figure.per_unit_of, figure.units_of = total.id, count.id
    figure.guesses = sorted(set(figure.guesses) | {"relation"})


_EACH_OPENING_LANGS = ("en",)
# `The humps cost `, `Teams paid `, `Its members pay about `: a sentence opening on a plural noun (a determiner and a
# word before it at most), a verb pricing or paying for each of it, the figure right after (a hedge between)
_PLURAL_OPENING = ByLanguage(
    lambda w: (
        rf"(?:^|[.!?;]\s+|\n)\s*(?:(?:{w.plural_noun_determiners})\s+)?(?:[^\W\d_]+\s+)?(?P<noun>[^\W\d_]{{3,}}s)"
        rf"\s+(?:(?:{w.cost_modals})\s+)?(?:{w.each_noun_cost_verbs}|{w.each_noun_paid_verbs})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# right after the figure, a mark of each one of the noun (`each`, `apiece`, `a head`)
_EACH_ONE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.each_marks}|{w.each_unit_after})(?![^\W\d_])", re.I)
# right after the total, the mark of all the units together (`between them`, `among them`: `in all` sums anything)
_TOGETHER_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.pace_collective_after})(?![^\W\d_])", re.I)
_PLURAL_TOTAL_GAP = compile_exact(r"(?:\s+[^\W\d_]+){0,5},\s+(?:[^\W\d_]+\s+){0,3}")  # (`each towards the new boat, `)


# `, the sheds offer `, `The boats landed `: a clause opening on a plural noun (a determiner and a word before it at
# most) and a verb, right before the total
_PLURAL_SUBJECT_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:^|[.!?;,]\s+|\n)\s*(?:(?:{w.plural_noun_determiners})\s+)?(?:[^\W\d_]+\s+)?(?P<noun>[^\W\d_]{{3,}}s)"
        rf"\s+[^\W\d_]{{3,}}\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)


def _of_the_totals_noun(figure: Claim, total: Claim) -> bool:
    """`The troupes staged 143 shows over the weekend, 11 each`: a count whose noun, carried from the total before it
    and not written, is the total's (a count of what the total counts, per one of the units)."""
    return (
        figure.kind == "count"
        and bool(figure.counter)
        and figure.counter.lower() == (total.counter or "").lower()
        and figure.counter.lower() not in figure.text.lower()
    )


def _count_of_the_subject(
    figure: Claim, total: Claim, sentence: list[Claim], text: str, lang: str, apart: CountsApart
) -> Claim | None:
    """The count before the sentence of the plural noun the total's clause opens on, when the figure restates the
    total per one of it (`each`) and the sentence states no other figure."""
    if any(c is not figure and c is not total for c in sentence):
        return None
    opening = _PLURAL_SUBJECT_BEFORE[lang].search(text, max(0, total.start - _EACH_REACH), total.start)
    if opening is None:
        return None
    return apart.count(figure, singular(opening.group("noun"), lang))


def _link_plural_opening(figure: Claim, sentence: list[Claim], text: str, lang: str, apart: CountsApart) -> None:
    """`The humps cost £2,750 each to build, £132,000 in all`, `Teams paid £40 to enter, £1,440 between them`: the
    sentence's first figure, right after its opening on a plural noun and a verb pricing or paying for each of it,
    and the amount after it named what they come to (`[link.appended_total_words]`, `[link.pace_collective_after]`);
    the figure is per one of the noun when a mark of each follows it or the total is marked as theirs together
    (`between them`). The
    count is the one the noun names before, read as a count apart is (a guess). A figure of another kind in the
    sentence, or a second amount after the total, leaves it unread."""
    opening = _PLURAL_OPENING[lang].search(text, max(0, figure.start - _EACH_REACH), figure.start)
    if opening is None or any(c.end <= figure.start for c in sentence):
        return
    after = [c for c in sentence if c.start >= figure.end]
    if len(after) != 1 or after[0].kind != "money" or after[0].unit != figure.unit:
        return
    total = after[0]
    if total.role != "value" or total.value <= figure.value or total.product_of is not None:
        return
    if not _PLURAL_TOTAL_GAP.fullmatch(text, figure.end, total.start):
        return
    together = _TOGETHER_AFTER[lang].match(text, total.end) is not None
    if not (
        together
        or _TOTAL_WORD[lang].search(text, figure.end, total.start)
        or _TOTAL_WORD[lang].match(text, total.end + 1, total.end + _TOTAL_WORD_REACH)
    ):
        return
    if not (together or _EACH_ONE_AFTER[lang].match(text, figure.end)):
        return  # (`The tickets cost £40,000 to print, £90,000 in all`: the whole's amount, no price of one)
    count = apart.count(figure, singular(opening.group("noun"), lang))
    if count is None:
        return
    figure.per_unit_of, figure.units_of = total.id, count.id
    figure.guesses = sorted(set(figure.guesses) | {"relation"})


def sentence_end_of(figures: list[Claim]) -> int:
    """Where the last of a sentence's figures ends (the search for a joiner after a figure stops there)."""
    return figures[-1].end


def _link_levy_on_count(figure: Claim, sentence: list[Claim], text: str, lang: str) -> None:
    """An amount charged on each unit of the count right after it, the total it comes to appended after the count:
    `a royalty of 5 cents on 80,000 kettles, $4,000 in all`, `a levy of $2 on each of the 4,000 tickets,
    raising $8,000`. A charge's noun (`[link.levy_nouns_before]`) or `each of` (`[link.levy_on_each]`) makes it per
    unit: `a profit of $8,000 on 4,000 tickets` is the whole's."""
    if figure.kind != "money":
        return
    after = [c for c in sentence if c.start >= figure.end]
    if len(after) < 2:
        return
    count, total = after[0], after[1]
    on = _ON_COUNT[lang].match(text, figure.end)
    if on is None or on.end() != count.start or count.kind != "count" or count.role != "value" or not count.counter:
        return
    if count.part_of is not None or is_a_rate(count, text, lang):
        return
    if not (
        on.group("each")
        or on.group("noun")
        or _CHARGE_BEFORE[lang].search(text, max(0, figure.start - _CHARGE_REACH), figure.start)
    ):
        return  # (`a profit of $8,000 on 4,000 tickets`: the whole's amount, not each one's)
    tail = _COUNT_TAIL.match(text, count.end).end()  # (`4,000 regatta tickets, raising`: the count's noun)
    if not _TOTAL_APPENDED.fullmatch(text, tail, total.start) or total.product_of is not None:
        return
    if not (
        _TOTAL_WORD[lang].search(text, tail, total.start)
        or _TOTAL_WORD[lang].match(text, total.end + 1, total.end + _TOTAL_WORD_REACH)
    ):
        return  # (`5 cents on 80,000 kettles, $4,000 last year`: no word names it the total)
    if not _of_the_figure(total, figure) or total.value <= figure.value:
        return
    if any(_of_the_figure(c, figure) for c in after[2:]) or periods_differ(figure, total):
        return  # (a second such amount after it: which is the total, not said)
    if _another_source(total, count, text, lang):
        return  # (`raising $12,000 with sponsorship`, `$20,000 in total from businesses`: not the charge's alone)
    figure.per_unit_of, figure.units_of = total.id, count.id
    words = _WORD.findall(text, count.end, tail)
    if words and count.counter and count.quantity.counter:
        # (`4,000 regatta tickets`: the counter read is the first word; the count's noun ends at its head)
        count.quantity.counter = words[-1]
        count.end, count.text = tail, text[count.start : tail]


def _another_source(total: Claim, count: Claim, text: str, lang: str) -> bool:
    """Whether the total's clause, after it, names another source of the money (`with donations`) or payers the
    count's noun does not name (`from businesses` after `5,000 homes`; `from the stalls` after `400 stalls` is the
    count's own)."""
    close = _CLAUSE_END.search(text, total.end)
    end = close.start() if close else len(text)
    for source in _OTHER_SOURCE[lang].finditer(text, total.end, end):
        payer = source.group("payer")
        if payer is not None and _CHARGE_NOUN[lang].fullmatch(payer):
            continue  # (`raising $9,000 from the levy`: the charge itself)
        if payer is None or not names_the_count(payer.lower(), count, text, lang):
            return True
    return False


def _bare_total_and_count(before: list[Claim], noun: str, text: str, lang: str) -> tuple[Claim | None, Claim | None]:
    """For a bare count restating its clause per unit (`41,000 tickets over 82 concerts, or 500 a concert`): the
    clause's two counts, the one the noun names the units and the other the total; any other count leaves which
    unsaid."""
    counts = [
        c
        for c in before
        if c.kind == "count" and c.role == "value" and c.part_of is None and not is_a_rate(c, text, lang)
    ]
    measure = measure_unit(noun, lang) if noun else None
    if measure is not None:
        # (`36,000 vines on 18 hectares, or 2,000 a hectare`: the one measure of the unit the noun names, and the one
        # count of a noun, what it counts)
        measures = [c for c in before if c.kind == "measure" and c.role == "value" and _measure_named(c, measure)]
        if len(counts) != 1 or len(measures) != 1 or len(before) != 2 or not counts[0].counter:
            return None, None
        if is_a_rate(measures[0], text, lang):
            return None, None
        return counts[0], measures[0]
    if len(counts) != 2 or any(c.kind in ("count", "measure") and c not in counts for c in before):
        return None, None
    named = [c for c in counts if noun and c.counter and names_the_count(noun.lower(), c, text, lang)]
    if len(named) > 1:
        return None, None
    # (`drew 41,000 fans over 82 home dates, an average of 500 a game`, `reached 900 pupils at 12 schools, about 75 at
    # each`: a noun naming neither count, or `each`, the units are where the total is spread)
    count = named[0] if named else _units_by_place(counts, text, lang, subject=bool(noun))
    if count is None:
        return None, None
    total = counts[1] if count is counts[0] else counts[0]
    if not total.counter or (noun and names_the_count(noun.lower(), total, text, lang)):
        return None, None
    return total, count


# `over 82 home dates`, `at 12 schools`, `across the county's 41 venues`: right before a count, the word spreading
# a total over it (`[link.spread_over_units_before]`), a determiner or a possessive between
_SPREAD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.spread_over_units_before})\s+(?:(?:{w.plural_noun_determiners})\s+)?"
        rf"(?:[^\W\d_]+'s\s+)?$"
    ),
    re.I,
)
# `, as much as 80 a county`: right before the figure, a maximum's words (`[link.maximum_hedges]`), no average
_MAXIMUM_BEFORE = ByLanguage(lambda w: rf",\s*(?:{w.maximum_hedges})\s+$", re.I)
# (`at most 80`: the maximum's words read as the figure's own, its opening)
_MAXIMUM_OPENING = ByLanguage(lambda w: rf"(?:{w.maximum_hedges})\s+", re.I)
_SPREAD_REACH = 40  # characters before a count where the word spreading a total over it stands
# `Six recitals drew`, `The valley's 46 farming families owned`: the sentence's opening, then at most a determiner
# and a possessive, before its first count (the count is the clause's subject)
_OPENS_SENTENCE = ByLanguage(
    lambda w: rf"(?:[.!?]\s+|\n)\s*(?:(?:{w.plural_noun_determiners})\s+)?(?:[^\W\d_]+'s\s+)?$", re.I
)
_OPENING_REACH = 60  # characters before a count where its sentence's opening stands


def _units_by_place(counts: list[Claim], text: str, lang: str, subject: bool) -> Claim | None:
    """Of a clause's two counts, the units a total is spread over: the one right after a word spreading it (`over 82
    home dates`, `at 12 schools`) when the other stands after none, else (`subject`: the average names a noun of its
    own, `a concert`) the first when it opens the sentence as its subject (`Six recitals drew 3,120 people`; `The 80
    stalls were run by 40 families, two apiece` opens on no units); None when neither or both."""
    spread = [c for c in counts if _SPREAD_BEFORE[lang].search(text, max(0, c.start - _SPREAD_REACH), c.start)]
    if len(spread) == 1:
        return spread[0]
    if spread:
        return None
    first = counts[0]
    if not subject:
        return None
    return first if _OPENS_SENTENCE[lang].search(text, max(0, first.start - _OPENING_REACH), first.start) else None


def _closes(text: str, at: int, lang: str) -> bool:
    """Whether the figure's clause closes right after its mark, past words making it an average (`on average`)."""
    averaged = _AVERAGE_AFTER[lang].match(text, at)
    return bool(CLAUSE_CLOSES.match(text, averaged.end() if averaged else at))


def _of_the_figure(claim: Claim, figure: Claim) -> bool:
    """Whether a claim is a value of the figure's kind and unit (a count of its counter), no per-unit figure."""
    return (
        claim.kind == figure.kind
        and claim.unit == figure.unit
        and claim.role == "value"
        and claim.per_unit_of is None
        and (claim.kind != "count" or (claim.counter or "").lower() == (figure.counter or "").lower())
    )


def names_the_total(text: str, start: int, total: Claim, lang: str) -> bool:
    """Whether the words between a price (its mark) and the amount after it, or right after that amount, name the
    amount the total the price comes to: a total's word (`, worth £6,000`, `, £6,000 in all`:
    `[link.appended_total_words]`), a deal's noun after it (`, a £1.96m contract`: `[link.appended_total_nouns]`),
    or a restating word alone when the amount closes its clause (`, or £8,400, and …`, `, also £6,000.`:
    `[link.appended_total_restating]`; `, or $35,000 last year` is none)."""
    if _TASK_AFTER[lang].match(text, total.end):
        return False  # (`, which cost £15,000 to install`: a task's cost)
    return bool(
        _TOTAL_WORD[lang].search(text, start, total.start)
        or _TOTAL_WORD[lang].match(text, total.end + 1, total.end + _TOTAL_WORD_REACH)
        or _DEAL_AFTER[lang].match(text, total.end)
        or (_RESTATING_WORD[lang].search(text, start, total.start) and CLAUSE_CLOSES.match(text, total.end))
        # (`900 spectators paid £4 each, £3,600.`: an amount right after the mark's comma that closes the sentence)
        or (_BARE_GAP[lang].fullmatch(text, start, total.start) and _SENTENCE_CLOSES.match(text, total.end))
    )


def _named_a_total(claim: Claim, text: str, lang: str) -> bool:
    """Whether the words right before or after an amount name it a total the price comes to (`, worth $60,000`,
    `$60,000 in all`); an amount a clause of its own sums (`taking turnover from the two to £85,500`) is none."""
    return names_the_total(text, max(0, claim.start - _TOTAL_WORD_REACH), claim, lang)


def _closed_before(figure: Claim, before: list[Claim], text: str, lang: str) -> int:
    """Where the figure's own clause starts in the figures before it: past an earlier price of its kind and unit and
    the amount appended to that price (`at €12 each, worth €24,000, and …`); 0 when there is none."""
    for at in range(len(before) - 1, 0, -1):
        price, amount = before[at - 1], before[at]
        if (
            (price.kind, price.unit) == (figure.kind, figure.unit)
            and _of_the_figure(amount, figure)
            and _PER_NOUN_AFTER[lang].match(text, price.end)
            and amount.start - price.end <= _CLOSED_REACH
            and names_the_total(text, price.end, amount, lang)
        ):
            return at + 1
    return 0


_CLOSED_REACH = 24  # characters between a price and the amount appended to it (` each, worth `)


def _total(figure: Claim, before: list[Claim], text: str, lang: str) -> Claim | None:
    """The one figure before of the figure's kind and unit, a count of its counter (the amount restated per unit),
    else None. A rate per a unit (`45 tonnes a hectare`, `45 tonnes to the hectare`) is no whole: it is passed."""
    totals = [c for c in before if _of_the_figure(c, figure) and not _per_a_unit(c, text, lang)]
    if not totals and figure.kind == "count" and figure.counter:
        # (`270 performances across 45 halls, about 6 shows per hall`, `owned 9,200 goats, about 200 animals each`:
        # none of its own noun, the one count of a noun of its kin, `[link.show_nouns]`, `[link.livestock_nouns]` …)
        totals = [
            c
            for c in before
            if c.kind == "count"
            and c.role == "value"
            and c.per_unit_of is None
            and c.counter
            and c.counter.lower() != figure.counter.lower()
            and of_one_kin(c.counter.lower(), figure.counter.lower(), lang)
            and not _per_a_unit(c, text, lang)
        ]
    return totals[0] if len(totals) == 1 else None


def _count(
    figure: Claim,
    before: list[Claim],
    total: Claim | None,
    noun: str | None,
    measure: str | None,
    text: str,
    lang: str,
) -> Claim | None:
    """The one count before that the noun names (a measure of the unit it names), or with `each` the one count of
    the sentence before the figure; no rate, no part."""
    counts = []
    for c in before:
        if c is total or c.role != "value" or c.part_of is not None:
            continue
        if measure is not None:
            if c.kind == "measure" and _measure_named(c, measure):
                if part_stated_between(c, figure, before, text, lang):
                    # (`cut 1,480 tonnes … and sold 500 at £85 a tonne`, `sold half of it at …`: a part of the measure
                    # is what the price is of; which the total is of, not read)
                    return None
                counts.append(c)
            continue
        if c.kind != "count" or is_a_rate(c, text, lang):
            continue
        if whole_opening_a_part(c, text, lang):
            # (`Of the 9 schools, 4 will get labs at $750,000 each`: the whole; the group drawn after it, each's, is
            # written as no count of its own, so which units the figure is per is left unread)
            return None
        if figure.kind == "count" and (c.counter or "").lower() == figure.counter.lower():
            continue  # (another count of the figure's own counter: a total, no units)
        if noun is None or names_the_count(noun.lower(), c, text, lang):
            counts.append(c)
    return counts[0] if len(counts) == 1 else None


# a number standing as a word of its own (not part of a hyphened compound: `a 91-year history`), one short word (its
# preposition) between it and the price: the units the price is of (`sold 500 at £85 a tonne`)
_BARE_NUMBER = compile_exact(r"(?<![\w.,-])\d(?:[\d,.]*\d)?(?![\w-])")
_ONE_SHORT_WORD = compile_exact(r"\s+[^\W\d_]{1,3}\s+")
_YEARS = range(1900, 2100)  # (`in 2025 at £85 a tonne`: a year, no units)
_WORD_BEFORE = compile_exact(r"(\S+)\s+$")
_WORD_REACH = 24  # characters before the number where the word before it stands


def part_stated_between(measure: Claim, figure: Claim, claims: list[Claim], text: str, lang: str) -> bool:
    """Whether a part of a measure is stated between it and a figure after it: a share of it (`sold half of it at £60 a
    cubic metre`), a smaller figure of its unit (`30,000 of them at …`), or a number no figure holds right before the
    figure, one short word between (`… and sold 500 at £85 a tonne`: the units the figure is of, read as no figure; no
    year, no name's number)."""
    between = [c for c in claims if measure.end <= c.start and c.end <= figure.start]
    if any(c.role == "share" or _smaller_part(c, measure, text, lang) for c in between):
        return True  # (`used 40,000 kilowatt hours, 30,000 of them at night at 20p a kilowatt hour`: a part's price)
    held = [(c.start, c.end) for c in between]
    for number in _BARE_NUMBER.finditer(text, measure.end, figure.start):
        if any(start <= number.start() < end for start, end in held):
            continue
        if not _ONE_SHORT_WORD.fullmatch(text, number.end(), figure.start):
            continue
        digits = number.group(0)
        if digits.isdigit() and int(digits) in _YEARS:
            continue
        word = _WORD_BEFORE.search(text, max(0, number.start() - _WORD_REACH), number.start())
        if word and word.group(1)[:1].isupper():
            continue  # (`by June 30 at £85`, `on Field 3 at £190`: a date's day, a name's number)
        return True
    return False


def _smaller_part(claim: Claim, measure: Claim, text: str, lang: str) -> bool:
    """A figure of the measure's own unit (or a bare count: `30,000 of them`) below it, no rate (`8 tonnes a
    hectare`, `600kg a week`): a part of the measure; a count of another noun (`onto 60 lorries`, `with 12 staff`) is
    none."""
    if claim.role != "value" or claim.high >= measure.low or _per_a_unit(claim, text, lang):
        return False
    if per_shorter_period(claim, text, lang):
        return False  # (`4.8 tonnes over eight weeks, 600kg a week`: a rate per a period, no part)
    return (claim.kind == "measure" and claim.unit == measure.unit) or (claim.kind == "count" and not claim.counter)


def _measure_named(claim: Claim, measure: str) -> bool:
    return claim.unit == base_unit(measure)[1]


def _per_a_unit(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is a rate per one unit: a per-unit mark right after it (`£95 a cubic metre`: no period's), or
    the words putting it on each one of a unit of measure (`45 tonnes to the hectare`)."""
    return bool(_PER_NOUN_AFTER[lang].match(text, claim.end)) or rated_to_the_unit(claim, text, lang)
