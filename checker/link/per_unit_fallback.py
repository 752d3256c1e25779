"""A last reading of a figure per unit the per-unit rules before left without partners (run after them all).

A figure is per unit when the language's marks say so: a mark and the noun it is per right after it (`about $81 a
tonne`, `$40 per rider`, `27 tonnes for each boat`: `[link.per_unit_after_average]`, a time no unit), the average
of a noun before it (`The average gift was $125`: `[link.average_noun_before]`), or the noun and its mark before it
(`가구당 1,005만원꼴`, `접종자 1인당 2만5,300원`: `[link.unit_price_before]`, `[link.per_person_marks]`, an average's or
a hedge's word between).

Its total is a figure of its kind and unit (one currency, one base unit of measure, one counter), larger, and its
count a figure counting the noun the mark names: a count whose counter is the noun (`18,400 donors` of `a donor`,
`1,850가구` of `가구당`), a count of people for a mark of a person (`[link.person_counters]`,
`[link.people_noun_endings]`), a measure of the unit a unit of measure names (`52,000 tonnes` of `a tonne`, divided
in that unit: `units_measure`). Both stand in the figure's paragraph, in its sentence, the two before it or the one
after, never across a paragraph break; the nearest by sentences is taken, and two as near leave it unsaid (no
link). A figure that is itself per unit, a rate (`is_a_rate`), a share, a change, a prior or a baseline is neither.

A mark whose noun names no count there (`The average gift was $125` after `raised $2.3 million from 18,400 donors`)
takes the total and count stated together: the one sentence of the window before it (or its own) that states
exactly one count and one total, nearest first.

In English, a total or count the paragraph does not state is the lead's (`sales rose to $40m` … `It sold 800 rafts,
an average of $50,000 a raft`; `800 rafts were sold` … `Rafts brought in $40m, $50,000 a raft`): the one figure of
the total's unit (or the one count of the mark's noun) of the nearest paragraph before that states any, when that
paragraph is the lead's (past a headline); never when the figure's paragraph states another figure of the total's
unit, its sentence a figure of another time (a prior, a baseline) or another object. A mark naming no noun (`came to
$80,000 each`) is per the one count its own sentence states before it, and a lead total is its total only when the
lead total's sentence names that count's noun.

In English, a figure whose own sentence states its count takes as its total, failing one nearer, the one earlier
figure of its unit (the lead's, or the window's) whose noun the sentence names again before it (`won a tender worth
$4.6m` … `The tender, covering 310 buses, comes to $14,800 a bus`; the noun linked before the total, `worth`,
`valued at`, or after it, `a £640,000 supply deal`); or, for a price per a named unit after its count, the one larger
figure of its unit closing its clause (`used 640 tonnes, paid for at $310 a tonne, an outlay of $198,400`: count ×
price = product). An amount averaging no noun at its clause's end (`…, its stalls drew 2,700 visitors, an average of
£3.`) is per the count its clause is appended to.

A clause opening with each of a noun and a verb pricing one of it (`Every tram will cost the city €3.1m`:
`[link.each_noun_opening]`, `[link.each_noun_cost_verbs]`) makes its figure per one of that noun too. Such a figure,
or one whose clause's subject is the average of a noun (`The average herd earned $300,000`), in a paragraph stating
no count and no larger figure of its unit, takes the lead's: the one total of its unit and the one count naming the
noun (its counter, or the noun a few words after it: `nine low-floor electric trams`), stated in one paragraph, the
total's sentence counting nothing else (`six tugs and four barges for $19m`: a total over more than the noun's).

In English also: a price per a unit of measure whose paragraph states no measure of that unit takes the lead's
one measure of it, over the one total of its own sentence or the one before (`relaid 14 kilometres of track` … `The
job cost £2.6m. That is £186,000 a kilometre`); units sold at a price marked `each` (`built 3,200 sheds, up from
2,900, and sold the lot at an average of £90 each`) take the lead's takings even when the lead names them otherwise,
or the one total of the sentence before in the paragraph, never a profit; a figure per the units its own sentence
counts takes the lead's one figure of its unit past paragraphs whose figures of that unit are all smaller (its
parts, its other years: a larger one is another pot), past a clause opening on that count when a verb restating a
quotient stands before it (`With 650 pupils, fees come to £1,800 a pupil`); a count of people of no kind
counts a noun of one kind of person (`5,300 people` of `an inhabitant`); a counter's next word may be the noun counted
(`48,000 pitch nights`); and a figure marked `each` after the one total of its sentence, that sentence counting
nothing, is per the count of the noun the sentence opens on (`Walkers spent £1.3m, or £25 each`), the nearest in
its paragraph, the one before or the lead.

The reading spans sentences and names no total, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import NamedTuple

from checker.extract.lang import ByLanguage, link_alternations
from checker.extract.units import base_unit, measure_unit
from checker.link.earlier_when_clauses import in_an_earlier_when_clause
from checker.link.inflections import closed_compound_of, singular
from checker.link.per_unit_apart import is_a_rate, opens_with_headline
from checker.link.restated_per_unit import part_stated_between
from checker.link.rests_of_splits import rest_of_a_split
from checker.link.sentence_groups import group_by_paragraph, group_by_sentence
from checker.link.unit_prices import size_of_one_unit
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

_KINDS = ("money", "measure", "count")
_ROLES = ("value",)
_OTHER_TIMES = ("prior", "baseline")  # roles of a figure of another time than the sentence's values
_BEFORE = 2  # sentences before the figure's own its total and count may stand in
_AFTER = 1  # sentences after it
_MARK_REACH = 24  # characters before a figure where its noun and mark stand (`접종자 1인당 평균 약 `)
_AVERAGE_REACH = 48  # characters before a figure where `the average NOUN …` stands
_EACH_NOUN = "\x00each:"  # the prefix `_mark` gives a noun an `Each NOUN …` opening names
_EACH_REACH = 72  # characters before a figure where a clause opening `Each NOUN …` stands
_COUNT_NOUN_REACH = 48  # characters after a count where the noun it counts may stand (`eight small electric ferries`)
# `48개 팀`: a counter of anything (`[link.generic_counters]`), whose count counts the noun right after it
_GENERIC_COUNTER = ByLanguage(lambda w: rf"(?:{w.generic_counters})")
# `이 가운데 12개 팀은`, `이 중 여자 선수 40명이`: right before a count, a mark of its being included in a whole
# stated before (`[link.included_marks]`), a word or two between at most
_INCLUDED_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.included_marks})\s+(?:[^\W\d_]+\s+){{0,2}}$")
_INCLUDED_REACH = 24  # characters before a count where its mark of inclusion stands
_SHORT_NOUN = 3  # letters below which a noun after a mark must be a unit of measure
_STEM_SLACK = 2  # letters a count's counter may add to the noun of the mark (`riders` for `rider`)
_SHARE_GAP = 24  # characters between a part and its share after it (`, ` `으로 `, `at short notice, `)
_DIGIT_OR_STOP = compile_exact(r"[\d.;:!?()]")

# `about $81 a tonne`, `$40 per rider`: the mark and the noun right after the figure
_NOUN_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average})[\s-]+(?P<noun>[^\W\d_]{{2,}})(?![^\W\d_])", re.I
)
# `The average gift was $125`: the average of a noun, a few words, the figure
_AVERAGE_NOUN = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.average_noun_before})\s+(?P<noun>[^\W\d_]{{3,}})(?:\s+[^\W\d_]+){{0,2}}\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `가구당 1,005만원꼴`, `1인당 평균 약 2만원`: a person's mark, or the noun (a counter) right before the price mark
# `Every van will cost the council £41,000`: a clause opening with each of a noun, a few words, the figure
_EACH_OPENING = ByLanguage(
    lambda w: (
        rf"(?:^|[.!?;]\s+|\n)\s*(?:{w.each_noun_opening})\s+(?P<noun>[^\W\d_]{{3,}})(?:[\s-]+[^\W\d_]+){{0,3}}?"
        rf"\s+(?:(?:{w.cost_modals})\s+)?(?:{w.each_noun_cost_verbs})(?:[\s-]+[^\W\d_]+){{0,4}}\s+$"
    ),
    re.I,
)
_PERSON_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.per_person_marks})\s*(?:(?:{w.average_clause_words})\s*)?(?:(?:{w.hedges})\s*)?$",
    re.I,
)
_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:1\s?)?(?P<noun>[^\W\d_]{{1,4}}?)\s?(?:{w.unit_price_before})\s*"
        rf"(?:(?:{w.average_clause_words})\s*)?(?:(?:{w.hedges})\s*)?$"
    )
)
# `50달러꼴이다`, `paid $300 each`: a mark of an average per unit naming no noun (the count and total stated together)
_GENERIC_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_generic_after})", re.I)
# `At £5 a seat, …`: a price opening its sentence, applied to the units the sentence names after it
_APPLIED = ByLanguage(lambda w: rf"(?:^|[.!?]\s+|\n)\s*(?:{w.price_applied_openers})\s+(?:(?:{w.hedges})\s+)?$")
# opening a sentence, a plural noun of people as its subject (`Walkers put`, `The diners paid`), a verb after it
_PEOPLE_SUBJECT = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.plural_noun_determiners})\s+)?(?P<noun>{w.person_counters}|{w.people_noun_endings})"
        rf"\s+(?=[^\W\d_])"
    ),
    re.I,
)
_PERSON_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.per_person_marks})(?![^\W\d_])", re.I)
_ANY_PEOPLE = ByLanguage(lambda w: rf"(?:{w.fallback_any_people_counters})", re.I)
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.person_counters}|{w.people_noun_endings}|{w.one_person_counters})", re.I)
# a member and the figure in clauses of their own (`…, and those growing barley cut`, `moved … and the tugs towed`,
# `…였고, 나머지는`): another subject's
_CLAUSE_BREAK = ByLanguage(lambda w: rf"(?:{w.fallback_clause_breaks})", re.I)
# right after a count: it is one item of a listed pair (`산모 150명과 가구 30가구`), or people put to work
# (`직원 50명을 투입해`), no count of the units a figure is per
_COUNT_NOT_UNITS = ByLanguage(lambda w: rf"\s?(?:{w.fallback_count_not_units})", re.I)
# right before a price: the price units were sold at (`at an average of about`, `at an average price of`, `at`)
_SALE_PRICE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.fallback_sale_price_before})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# the verb of a sale, before or after the units' count (`sold 900 kegs`, `900 kegs were sold`)
_SALE_VERB = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.fallback_sale_verbs})(?![^\W\d_])", re.I)
_PROFIT_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.fallback_profit_words})(?![^\W\d_])", re.I)
# `It also sold 900 kegs`, `20,000 bottles of its reserve wine`, `at £3 each, and the beer tent …`: a sale of part of
# the goods, or one of several sellers', is no breakdown of the whole takings
_PARTIAL_SALE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.fallback_partial_sale})(?![^\W\d_])", re.I)
_SALE_PART_OF = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+)?\s+(?:{w.fallback_sale_part_of})(?![^\W\d_])", re.I)
_SALE_OTHER_CLAUSE = ByLanguage(lambda w: rf"(?:{w.fallback_sale_other_clause})", re.I)
# `Walkers who stayed overnight`, `The branch in Leeds`: a noun opening a sentence restricted to a subset
_RESTRICTED = ByLanguage(lambda w: rf"[^\W\d_]*\s+(?:{w.fallback_subject_restrictors})(?![^\W\d_])", re.I)
_PART_OPENING = ByLanguage(
    lambda w: rf"\W*(?:[^\W\d_]+\s+)?[^\W\d_]+\s+(?:{w.fallback_subject_restrictors})(?![^\W\d_])", re.I
)
# `That comes to about £30,000 a kilometre`: a sentence restating the total of the sentence before
_RESTATING = ByLanguage(lambda w: rf"\W*(?:{w.fallback_restating_openers})(?![^\W\d_])", re.I)
# (`That is about $40 a seat.`: the sentence opens on the quotient, only a hedge or an average's words before
# the figure)
_QUOTIENT_OPENING = ByLanguage(
    lambda w: rf"\W*(?:{w.quotient_restating_openers})\s+(?:(?:{w.hedges})\s+)?(?:(?:{w.average_before})\s+)?", re.I
)
# (`The chain is paying C$40 a rug`, `The workshop will receive an average of €90 a rug`: the sentence opens on the
# buyer paying, or the seller receiving, the price of one of the lead's units: `the`, one word naming the party, the
# verb; the party must be named in the lead, see _paid_by_the_lead_party)
_PAID_OPENING = ByLanguage(
    lambda w: (
        rf"\W*(?:{w.definite_articles})\s+(?P<party>[^\W\d_]+)\s+(?:{w.unit_price_paid_verbs})\s+"
        rf"(?:(?:{w.hedges})\s+)?(?:(?:{w.average_before})\s+)?"
    ),
    re.I,
)
# anywhere in the paid price's sentence, a word of another time than the lead's order (`next year`, `for its next
# order`, `a nurse a year`), or of prices varying (`but prices vary by size`): the price of another year's units, a
# yearly share or some units' price, no quotient of the lead's figures
_PAID_OTHER_PRICE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.unit_price_paid_other_times}|{w.unit_price_paid_varies})(?![^\W\d_])",
    re.I,
)
_WORD = compile_exact(r"[^\W\d_]+")
_SALE_VERB_REACH = 24  # characters before a count where the verb of its sale may stand (`The firm sold `)
# right before a figure: a verb restating a quotient (`fees work out at roughly`, `comes to`): the figure is the
# lead's total over its sentence's count, even past a clause opening on that count (`With 650 pupils, …`)
_WORKS_OUT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.each_noun_cost_verbs})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# before a figure in its sentence: a market's quote (`world prices averaged`), no quotient of a seller's takings
_QUOTE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.market_quote_price_before})(?![^\W\d_])", re.I)
# right before a total: an average's word (`하루 평균 대여료는 12만원`), itself per unit, no total
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_clause_words})\s*(?:[^\W\d_]+\s*){{0,2}}$", re.I)
# a mark per unit right after a total (`$400 for each of the`): itself per unit, no total
_MARK_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.per_unit_after_average})\s", re.I)
_YEARLY_AFTER = ByLanguage(lambda w: rf"(?:{w.per_year_after})", re.I)  # (`£45,000 a year`: a year's amount)
# a noun right before a person's mark (`환자 1인당`): the people the figure is per, the count's own noun
_PERSON_NOUN = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}})\s+(?:{w.fallback_people_noun_marks})\s*(?:(?:{w.average_clause_words})\s*)?"
        rf"(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
)
_PERSON_MARK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.fallback_people_noun_marks})", re.I)
# before a figure in its sentence: another object (`A separate scheme paid`) or another time (`Last year's grants
# averaged`) than the totals and counts of the sentences around it: only its own sentence's are its partners
_OTHER_OBJECT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.fallback_other_objects})(?![^\W\d_])"
        rf"|(?<![^\W\d_])(?:{w.previous})\s+(?:{w.period_units})(?:{w.time_possessives})"
    ),
    re.I,
    first_tested=False,
)
# between a count and the figure that follows it in its clause: the figure appended to the count (`laid 40,000 tonnes,
# about $74 a tonne`), no clause of its own
_APPENDED = ByLanguage(
    lambda w: rf"\s*(?:{w.fallback_appended_gaps})\s*(?:(?:{w.average_clause_words})\s*)?(?:(?:{w.hedges})\s*)?", re.I
)
_QUALIFIED = ByLanguage(lambda w: rf"\s+(?:{w.fallback_noun_qualifiers})(?![^\W\d_])", re.I)
# a unit's mark, then the metric the figure is of with its topic's particle (`공방 한 곳당 임대료는 412만원꼴`): the
# total is the one stated of that metric before it, anywhere in the article (`임대료는 모두 7억원`)
_METRIC_MARK = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])(?P<pre>[^\W\d_]{{2,}})\s+)?(?:(?:{w.fallback_one_unit})\s?)?(?P<noun>[^\W\d_]{{1,3}}?)\s?"
        rf"(?:{w.fallback_metric_marks})\s+(?:[^\W\d_]+\s+)?(?P<metric>[^\W\d_]{{2,6}}?)(?:{w.clause_topic_particles})\s*"
        rf"(?:(?:{w.average_clause_words})\s*)?(?:(?:{w.hedges})\s*)?$"
    )
)
# right before a figure: the metric it is of, named (`a profit of about`): no quotient of a total of another name
_OWN_METRIC = ByLanguage(lambda w: rf"(?:{w.fallback_own_metric_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# the noun a total is the value of: right before it with its link (`a tender worth`, `a lease valued at about`),
# or right after it, past a conversion in parentheses (`a $3.6m (C$4.9m) contract`)
_TOTAL_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{3,}})\s+(?:{w.named_total_links})\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)
_TOTAL_NOUN_AFTER = compile_exact(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?P<noun>[^\W\d_]{3,})(?![^\W\d_])(?:[\s-]+(?P<head>[^\W\d_]{3,})(?![^\W\d_]))?"
)  # (and the word after, the head of a compound: `a £640,000 supply deal`)
_TOTAL_NOUN_REACH = 40  # characters before a total where its noun and link stand
_NAMED_WORDS = 2  # words a determiner and the noun it names again may have between them (`The Danish tender`)
# `…, an average of £3.`: an average naming no noun, its clause closing right after it (per the count it is appended
# to); and the gap between that count and the average (`2,700 visitors, an average of about`)
_AVERAGE_ALONE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_CLAUSE_CLOSES = compile_exact(r"\s*(?:[.;!?]|,\s|$)")
# (`, an average of`, `, carrying an average of`: an average appended to the count before it, a participle between)
_APPENDED_AVERAGE = ByLanguage(
    lambda w: (
        rf"\s*,\s*(?:(?:{w.appended_average_participles})\s+)?(?:(?:{w.average_before})\s+)(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_LEAD_BLOCKS = 1  # blank lines before the lead's paragraph at most (a title's)
_METRIC_REACH = 40  # characters before a figure where its unit's mark and metric stand
_METRIC_BEFORE_TOTAL = 10  # characters before a total where the metric's noun stands (`임대료는 모두 `)
_PERSON_NOUN_REACH = 16  # characters before a count where the people's noun stands (`치매 환자는 모두 `)
_PERSON = "\x00person"  # the noun of a mark of one person (`per head`, `1인당`)
_NO_NOUN = ""  # a mark naming no noun (`50달러꼴`)


class _Paragraphs(NamedTuple):
    """The figures by paragraph, and the lead's paragraph (the first stating figures past a headline)."""

    figures: dict[int, list[Claim]]
    lead: int


def partners_taken(claims: list[Claim]) -> set[str]:
    """The figures already a partner of a figure per unit or of a total's units (its total, its count, a product's
    members): no reading of a figure per unit takes them again."""
    return {i for c in claims for i in (c.per_unit_of, c.units_of, c.product_of, c.product_units) if i}


def link_per_unit_fallback(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if not figures:
        return
    in_order = sorted(figures, key=lambda c: c.start)  # (the figures before one, a slice: read once per article)
    starts = [c.start for c in in_order]
    taken = partners_taken(claims)
    # (a part set beside its share is a partner only before the figure: after it, the count of one part)
    parts = beside_their_share(claims, text)
    # (`이 가운데 12개 팀은`: a count opened by a mark of inclusion in a whole before it is a part, never the units)
    # (of a whole counted in the same counter before it in its paragraph, `48개 팀 … 이 가운데 12개 팀은`; not `예산
    # 12억 원을 썼다. 이 가운데 40개 팀에 4억 원을`, where the part is the money, the count its recipients)
    included = {
        c.id
        for c in figures
        if c.kind == "count"
        and c.counter
        and _INCLUDED_BEFORE[lang].search(text, max(0, c.start - _INCLUDED_REACH), c.start)
        and any(
            d.kind == "count" and d.counter == c.counter and d.paragraph == c.paragraph and d.end <= c.start
            for d in figures
        )
    }
    by_sentence = group_by_sentence(figures)
    by_paragraph = group_by_paragraph(figures)
    headline = opens_with_headline(text)
    lead = min((c.paragraph for c in figures if not (headline and c.paragraph == 0)), default=0)
    paragraphs = _Paragraphs(by_paragraph, lead)
    for figure in figures:
        if (
            figure.role not in _ROLES
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.period_ratio is not None
            or figure.per_period_of is not None
            or figure.id in taken
        ):
            continue
        noun = _mark(figure, text, lang)
        if noun is None:
            _link_named_metric(figure, in_order, starts, parts, text, lang)
            continue
        each_opening = noun.startswith(_EACH_NOUN)
        noun = noun.removeprefix(_EACH_NOUN)
        if _APPLIED[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start):
            continue  # (`At £5 a seat, the club's seats brought in £90,000`: a price applied to its sentence's units)
        opens = sentence_starts[figure.sentence]
        if _QUOTE[lang].search(text, opens, figure.start):
            continue  # (`World prices averaged $3,100 a tonne`: a market's quote, no seller's quotient)
        if _OWN_METRIC[lang].search(text, max(0, figure.start - _AVERAGE_REACH), figure.start):
            continue  # (`works out to a profit of about RMB160 per tonne`: a metric of its own, no total's)
        if any(
            c.role in ("prior", "baseline") and c.kind == figure.kind and c.unit == figure.unit and c.start > figure.end
            for c in by_sentence.get(figure.sentence, ())
        ):
            # (`The pass now works out at £14 a rider, against £17 in the previous season`: which year's total, unsaid)
            continue
        people = _PERSON_NOUN[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start)
        own = by_sentence.get(figure.sentence, ())
        if any(c.id in included for c in own):
            continue  # (`이 가운데 40명은 1인당 …`: a figure of the part its own sentence opens on, no whole's)
        other_object = _OTHER_OBJECT[lang].search(text, opens, figure.start)
        # (an average naming no noun, `…, an average of £3.`, is per the count its clause is appended to: that count
        # is its own units', and its total may stand in the sentences before)
        appended_average = noun == _NO_NOUN and not _GENERIC_AFTER[lang].match(text, figure.end)
        if other_object or (not appended_average and _count_of_its_own(figure, noun, own, text, lang)):
            sentences = range(figure.sentence, figure.sentence + 1)  # (`A separate scheme paid $90 a pen to 40 sties`)
        else:
            sentences = range(figure.sentence - _BEFORE, figure.sentence + _AFTER + 1)
        # the lead's total or count, for English (`unit-ko` reads Korean's): not for another object's figure, nor in a
        # sentence stating a figure of another time (`…, against 40 last year, when …`: which time's, unsaid), nor past
        # a count of other units than the noun its mark names (a mark naming none is per its sentence's count)
        earlier = (
            paragraphs
            if lang == "en"
            and not other_object
            and not any(
                c.role in _OTHER_TIMES
                and not _the_units_other_time(c, figure)
                and not _compares_the_equivalent(c, figure, own)
                for c in own
            )
            and (noun == _NO_NOUN or len(sentences) > 1)
            else None
        )
        # (`up from £3 in 2024, when 900 were sold`: a figure of a clause hung on an earlier time is that time's,
        # no total nor count of a figure of now; `checker/link/earlier_when_clauses.py`)
        then = in_an_earlier_when_clause(figure, text, lang)
        window = [
            c
            for s in sentences
            for c in by_sentence.get(s, ())
            if c is not figure
            and c.paragraph == figure.paragraph
            and c.role == "value"
            and c.per_unit_of is None
            and c.id not in included
            and (then or not in_an_earlier_when_clause(c, text, lang))
        ]
        _link(
            figure,
            noun,
            people.group("noun") if people else None,
            window,
            parts,
            text,
            lang,
            figures,
            earlier,
            by_sentence,
            each_opening,
        )


def heads_of_another_subject(figure: Claim, count: Claim, text: str, lang: str) -> bool:
    """Whether the figure's sentence opens on a plural noun of people (`Walkers put £4,800 in the tin, roughly 90p a
    head`) that the count of another sentence does not count (`40 volunteers`): the heads are the subject's, not those
    people."""
    found = _PEOPLE_SUBJECT[lang].match(text, _sentence_opening(figure, text))
    if found is None or _names(found.group("noun"), count, lang):
        return False
    # (`Organisers say visitors spent £30,000, £15 a head`: the count's noun named after the opening, the heads its)
    return not any(_names(word, count, lang) for word in _WORD.findall(text, found.end(), figure.start))


def _priced_sale(figure: Claim, count: Claim, text: str, lang: str) -> bool:
    """Whether the figure is the price its units were sold at, their count before it in its clause (`sold 900 kegs
    at an average of £120 each`, `built 3,200 sheds and sold the lot at £900 each`): a sale's verb between the count and
    the figure, and the price's `at` right before it."""
    return (
        count.sentence == figure.sentence
        and _GENERIC_AFTER[lang].match(text, figure.end) is not None  # (`each`: a price per a named unit is read apart)
        and count.end < figure.start
        and _SALE_PRICE_BEFORE[lang].search(text, max(count.end, figure.start - _AVERAGE_REACH), figure.start)
        is not None
        and _SALE_VERB[lang].search(text, max(0, count.start - _SALE_VERB_REACH), figure.start) is not None
        and not _partial_sale(figure, count, text, lang)
    )


def _partial_sale(figure: Claim, count: Claim, text: str, lang: str) -> bool:
    """Whether the sale is of part of the goods or one of several sellers' (`It also sold 900 kegs`, `20,000 bottles of
    its reserve wine`, `at £3 each, and the beer tent did better still`): no breakdown of the whole takings."""
    if _PARTIAL_SALE[lang].search(text, _sentence_opening(count, text), count.start):
        return True
    if _SALE_PART_OF[lang].match(text, count.end):
        return True
    each = _GENERIC_AFTER[lang].match(text, figure.end)
    return each is not None and _SALE_OTHER_CLAUSE[lang].match(text, each.end()) is not None


def _sentence_opening(figure: Claim, text: str) -> int:
    opens = max(0, figure.start - _SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, opens, figure.start))
    return ends[-1].end() if ends else opens


def _a_profit(total: Claim, text: str, lang: str) -> bool:
    """Whether the total's sentence names it a profit before it (`operating profit rose to €52m`): no takings a price
    per unit shares."""
    before = text[max(0, total.start - _SENTENCE_REACH) : total.start]
    ends = list(_SENTENCE_END.finditer(before))
    return _PROFIT_WORD[lang].search(before, ends[-1].end() if ends else 0) is not None


def _the_units_other_time(other: Claim, figure: Claim) -> bool:
    """Whether a figure of another time in the figure's sentence is the level of its units' count then, no rival of
    its total: of another kind or unit, before the figure (`built 3,200 sheds, up from 2,900, and sold the lot at £900
    each`: the count's year before; `…, against $180 last year` after the figure leaves which year's total unsaid)."""
    return other.start < figure.start and (other.kind != figure.kind or other.unit != figure.unit)


def _paid_by_the_lead_party(figure: Claim, paragraphs: _Paragraphs, text: str, lang: str) -> bool:
    """Whether the figure's sentence opens on a party the lead names paying or receiving it (`The chain is paying
    C$40 a rug` after `an order for 2,400 rugs from a Toronto chain`), the unit's mark closing its clause and no word
    of another time or of varying prices in the sentence: rivals, hauliers or fans paying, a price `a nurse a year`,
    `a lamb after costs`, `a ticket to the lifeboat` or `for its next order` is another price than the lead's total
    over its count."""
    opening = _sentence_opening(figure, text)
    paid = _PAID_OPENING[lang].fullmatch(text, opening, figure.start)
    if paid is None:
        return False
    unit = _NOUN_AFTER[lang].match(text, figure.end)
    if unit is None or not _CLAUSE_CLOSES.match(text, unit.end()):
        return False
    close = _SENTENCE_END.search(text, figure.end)
    if _PAID_OTHER_PRICE[lang].search(text, opening, close.start() if close else len(text)):
        return False
    lead = paragraphs.figures.get(paragraphs.lead)
    if not lead:
        return False
    start = text.rfind("\n", 0, lead[0].start) + 1
    end = text.find("\n", lead[-1].end)
    party = paid.group("party").lower()
    return any(w.group().lower() == party for w in _WORD.finditer(text, start, end if end >= 0 else len(text)))


def _compares_the_equivalent(other: Claim, figure: Claim, own: list[Claim]) -> bool:
    """Whether a figure of another time in the figure's sentence is money of another currency set after the figure's
    equivalent in that currency (`NZ$900 a drum, roughly £400, which is £30 more than the £370 it charges at home`):
    the comparison is of the equivalent with another price, no earlier level of the figure nor a rival of its total."""
    return (
        other.kind == figure.kind == "money"
        and other.unit != figure.unit
        and other.start > figure.end
        and any(
            c.kind == "money"
            and c.unit == other.unit
            and c.role in ("value", "conversion")  # (the equivalent read as one, or as a figure of its own)
            and figure.end < c.start < other.start
            for c in own
        )
    )


def _link_named_metric(
    figure: Claim, in_order: list[Claim], starts: list[int], parts: set[str], text: str, lang: str
) -> None:
    """`공방 한 곳당 임대료는 412만원꼴`: the one total stated of the metric before the figure (its noun right before
    it), over the nearest count before of the unit's counter (and of the noun before the mark, when one stands)."""
    mark = search_between(_METRIC_MARK[lang], text, max(0, figure.start - _METRIC_REACH), figure.start)
    if not mark:
        return
    noun, metric, pre = mark.group("noun"), mark.group("metric"), mark.group("pre")
    earlier = in_order[: bisect.bisect_left(starts, figure.start)]  # (the figures in the text's order)
    before = [c for c in earlier if c.role == "value" and c.per_unit_of is None]
    counts = [
        c
        for c in before
        if c.kind == "count"
        and c.value > 1
        and c.id not in parts
        and _names(noun, c, lang)
        and not is_a_rate(c, text, lang)
        and (pre is None or pre in text[max(0, c.start - _PERSON_NOUN_REACH) : c.start])
    ]
    totals = [
        c
        for c in before
        if c.kind == figure.kind
        and c.unit == figure.unit
        and c.value > figure.value
        and c.id not in parts
        and metric in text[max(0, c.start - _METRIC_BEFORE_TOTAL) : c.start]
    ]
    total = _only(totals)
    if total is None:
        return
    # (a count stated alone in its sentence, in the total's paragraph or the lead: a count listed beside others of
    # its unit is a part, `10켤레 중 6켤레`; a count of another paragraph, another span's)
    per_sentence = Counter(c.sentence for c in counts)
    of_counter = Counter((o.sentence, o.counter) for o in before if o.kind == "count")
    alone = [
        c
        for c in counts
        if (c.paragraph == total.paragraph or text.count("\n\n", 0, c.start) <= _LEAD_BLOCKS)
        and per_sentence[c.sentence] == 1
        and of_counter[c.sentence, c.counter] == 1
    ]
    if not alone:
        return
    count = alone[-1]
    figure.per_unit_of, figure.units_of = total.id, count.id
    if "relation" not in figure.guesses:
        figure.guesses.append("relation")


def _count_of_its_own(figure: Claim, noun: str, own: list[Claim], text: str, lang: str) -> bool:
    """The figure's sentence states a count of other units than the noun it is per and than its own (`paid $90 a pen
    to 40 sties`): the units it was paid over are that sentence's, no count or total of the sentences around it."""
    return any(
        c.kind == "count"
        and c.value > 1
        and c.role == "value"
        and not _names_in(noun, c, text, lang, generic=False)
        and not _same_units(c, figure)  # (`96,000 litres of oil, or 40 litres a tonne`: the total, of its units)
        and not is_a_rate(c, text, lang)
        for c in own
        if c is not figure
    )


def _apart(member: Claim, figure: Claim, text: str, lang: str) -> bool:
    """A member of the figure's sentence in a clause of its own: a clause break between them."""
    if member.sentence != figure.sentence:
        return False
    low, high = sorted((member.end, figure.start))
    return bool(_CLAUSE_BREAK[lang].search(text, low, high))


def beside_their_share(claims: list[Claim], text: str) -> set[str]:
    """The figures set right beside a share in their sentence (`rejected 2,150 claims, 6.8% of the total`,
    `37건으로 2%에`): one part's, neither the count nor the total of a figure per unit."""
    parts = set()
    for figure, after in zip(claims, claims[1:]):
        if (
            after.role == "share"
            and after.sentence == figure.sentence
            and after.start - figure.end <= _SHARE_GAP
            and not _DIGIT_OR_STOP.search(text, figure.end, after.start)
        ):
            parts.add(figure.id)
    return parts


def _mark(figure: Claim, text: str, lang: str) -> str | None:
    """The noun the figure is per (`_PERSON` for one person), or None when no mark says it is per unit."""
    if _PERSON_AFTER[lang].match(text, figure.end):
        return _PERSON
    after = _NOUN_AFTER[lang].match(text, figure.end)
    if after and _QUALIFIED[lang].match(text, after.end()):
        return None  # (`£3 for each visitor from the city`: per some of the units, no count stated of them)
    if after and (len(after.group("noun")) >= _SHORT_NOUN or measure_unit(after.group("noun"), lang)):
        return after.group("noun")  # (a word of two letters only as a unit of measure: `a kg`, not `an ox`)
    start = max(0, figure.start - _MARK_REACH)
    if search_between(_PERSON_BEFORE[lang], text, start, figure.start):
        return _PERSON
    before = search_between(_NOUN_BEFORE[lang], text, start, figure.start)
    if before:
        return before.group("noun")
    average = search_between(_AVERAGE_NOUN[lang], text, max(0, figure.start - _AVERAGE_REACH), figure.start)
    if average:
        return average.group("noun")
    each = search_between(_EACH_OPENING[lang], text, max(0, figure.start - _EACH_REACH), figure.start)
    if each:
        return _EACH_NOUN + each.group("noun")
    if search_between(_PERSON_MARK[lang], text, start, figure.start):
        return None  # (`1인당 평균 소득은 600만원꼴`: a metric of its own named between the mark and the figure)
    if _GENERIC_AFTER[lang].match(text, figure.end):
        return _NO_NOUN
    if (
        figure.kind != "count"
        and search_between(_AVERAGE_ALONE[lang], text, max(0, figure.start - _AVERAGE_REACH), figure.start)
        and _CLAUSE_CLOSES.match(text, figure.end)
    ):
        # (`…, an average of £3.`: an amount per the count its clause is appended to; a count after a count, `96,000
        # from their 12 stands, an average of 8,000`, may average over units the clause does not count)
        return _NO_NOUN
    return None


def _names(noun: str, count: Claim, lang: str) -> bool:
    counter = (count.counter or "").lower()
    if not counter:
        return False
    if noun == _PERSON:
        return bool(_PEOPLE[lang].fullmatch(counter))
    one = singular(noun, lang)
    if _ANY_PEOPLE[lang].fullmatch(counter) and _PEOPLE[lang].fullmatch(one + "s"):
        return True  # (`5,300 people` of `a local`, `a visitor`: a count of people of any kind, the noun one of them)
    short, long = sorted((one, singular(counter, lang)), key=len)
    if long.startswith(short) and len(long) - len(short) <= _STEM_SLACK:
        return True
    return closed_compound_of(counter, one, lang)  # (`60 footbridges` of `a bridge`)


def _names_in(noun: str, count: Claim, text: str, lang: str, generic: bool = True) -> bool:
    """Whether a count counts the noun: its counter, or the noun right after it that its counter qualifies (`48,000
    pitch nights` of `a night`, `212 member farms` of `a farm`: the extraction reads the first word as the counter)."""
    if _names(noun, count, lang):
        return True
    if (
        generic
        and count.counter
        and noun not in (_PERSON, _NO_NOUN)
        and _GENERIC_COUNTER[lang].fullmatch(count.counter)
        and _generic_head(noun, lang).match(text, count.end) is not None
    ):
        return True  # (`48개 팀` of `팀당`: a counter of anything counts the noun right after it, whole)
    if not count.counter or noun in (_PERSON, _NO_NOUN) or len(noun) < _SHORT_NOUN:
        return False
    return _compound_head(noun, lang).match(text, count.end) is not None


@functools.cache
def _generic_head(noun: str, lang: str) -> re.Pattern[str]:
    """The noun right after a counter of anything, whole, a particle at most after it (`48개 팀이`; not `48개
    팀장`)."""
    endings = link_alternations(lang).generic_counter_noun_endings
    return re.compile(rf"\s?{re.escape(noun)}(?:{endings})?(?![^\W\d_])")


@functools.cache
def _compound_head(noun: str, lang: str) -> re.Pattern[str]:
    """The noun right after a count's counter, one word on (`pitch nights`, `member-farms`)."""
    stem = re.escape(singular(noun, lang))
    return re.compile(rf"[\s-]+{stem}[^\W\d_]{{0,{_STEM_SLACK}}}(?![^\W\d_])", re.I)


def _same_units(one: Claim, other: Claim) -> bool:
    return one.kind == other.kind and one.unit == other.unit and (one.counter or "") == (other.counter or "")


def _listed(window: list[Claim], text: str, lang: str) -> set[str]:
    """The counts listed after another count joined to them (`산모 150명과 가구 30가구`): items of a list."""
    listed = set()
    counts = sorted((c for c in window if c.kind == "count"), key=lambda c: c.start)
    for before, after in zip(counts, counts[1:]):
        if before.sentence == after.sentence and _COUNT_NOT_UNITS[lang].match(text, before.end):
            listed.add(after.id)
    return listed


_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
_SENTENCE_REACH = 300  # characters either side of a figure searched for its sentence's ends


def _sentence_names(figure: Claim, counter: str, text: str, lang: str) -> bool:
    """Whether the sentence of `figure` names the noun `counter` counts (`riders` of `a rider`, singular)."""
    noun = singular(counter, lang)
    if len(noun) < _SHORT_NOUN:
        return False
    before = text[max(0, figure.start - _SENTENCE_REACH) : figure.start]
    ends = list(_SENTENCE_END.finditer(before))
    opens = figure.start - len(before) + (ends[-1].end() if ends else 0)
    after = _SENTENCE_END.search(text, figure.end, figure.end + _SENTENCE_REACH)
    closes = after.start() if after else min(len(text), figure.end + _SENTENCE_REACH)
    return noun[:-1] in text[opens:closes].casefold()


def _only(candidates: list[Claim]) -> Claim | None:
    return candidates[0] if len(candidates) == 1 else None


def _nearest(figure: Claim, candidates: list[Claim]) -> Claim | None:
    """The one candidate nearest the figure by sentences (its own first); None when none, or two as near."""
    if not candidates:
        return None
    best = min(abs(c.sentence - figure.sentence) for c in candidates)
    nearest = [c for c in candidates if abs(c.sentence - figure.sentence) == best]
    return nearest[0] if len(nearest) == 1 else None


def _link(
    figure: Claim,
    noun: str,
    people: str | None,
    window: list[Claim],
    parts: set[str],
    text: str,
    lang: str,
    article: list[Claim],
    earlier: _Paragraphs | None = None,
    by_sentence: dict[int, list[Claim]] | None = None,
    each_opening: bool = False,
) -> None:
    by_sentence = by_sentence or {}
    measure = None if noun in (_PERSON, _NO_NOUN) else measure_unit(noun, lang)
    listed = _listed(window, text, lang)
    if each_opening:
        units = []  # (its count and total, the lead's: `_both_earlier`)
    elif measure is not None:
        base = base_unit(measure)[1]
        units = [
            c
            for c in window
            if c.kind == "measure"
            and c.unit == base
            and not (c.id in parts and c.sentence > figure.sentence)
            and not is_a_rate(c, text, lang)
            # (`£12 per 5kg tray, or £2.40 a kg`: the size of one unit, no measure of the units)
            and not size_of_one_unit(c, text, lang)
        ]
    else:
        units = [
            c
            for c in window
            if c.kind == "count"
            and c.value > 1  # (`1명에 8만원꼴`: a mark's own one, no count of units)
            and noun != _NO_NOUN
            and not (c.id in parts and c.sentence > figure.sentence)
            # (`3만개 업체에 업체당 200만원씩`: a generic count in the figure's own sentence is its clause's own units,
            # of a total that may be shared with another clause's; read apart only, in a sentence before or after)
            and _names_in(noun, c, text, lang, generic=c.sentence != figure.sentence)
            and not is_a_rate(c, text, lang)
            and not _COUNT_NOT_UNITS[lang].match(text, c.end)
            and c.id not in listed
            and (people is None or people in text[max(0, c.start - _PERSON_NOUN_REACH) : c.start])
        ]

    def totals_of(claims: list[Claim]) -> list[Claim]:
        return [
            c
            for c in claims
            if c.kind == figure.kind
            and c.unit == figure.unit
            and (figure.kind != "count" or (c.counter or "") == (figure.counter or ""))
            and c.value > figure.value
            and c.start < figure.start  # (a total after the figure is another clause's: `…으로 매출은 9억원이다`)
            and c not in units
            and c.id not in parts  # (`관객이 50만명으로 전체의 60%였고`: one part's, no total)
            and _mark(c, text, lang) is None
            and not _MARK_AFTER[lang].match(text, c.end)
            and not _AVERAGE_BEFORE[lang].search(text, max(0, c.start - _MARK_REACH), c.start)
            # (`6,000 bowls over two years, about €45,000 a year, at €15 a bowl`: a year's amount of a longer term)
            and not (_YEARLY_AFTER[lang].match(text, c.end) and not _YEARLY_AFTER[lang].match(text, figure.end))
        ]

    appended = False  # (an average appended to a count: its total is of its own sentence)
    if (
        units
        and measure is None
        and not each_opening
        and not any(_names_in(noun, c, text, lang, generic=False) for c in units)
        and None not in _stated_together(figure, window, parts | listed, totals_of, text, lang)
    ):
        # (`예산 12억 원을 썼다. 이 가운데 40개 팀에 4억 원을 줬다. 팀당 …`: a count and a total stated together
        # are read as such first; the generic count's noun, `48개 팀`, only where no sentence states the two alone)
        units = []
    if noun == _NO_NOUN and earlier is not None and not totals_of(window):
        # (`Across its 300 farms, takings came to $9,000 each`: the one count its sentence states before it names the
        # units; their total, the lead's)
        own = [
            c
            for c in _counts_of_its_sentence(figure, window, parts, listed, text, lang)
            if c.start < figure.start and not _COUNT_NOT_UNITS[lang].match(text, c.end)
        ]
        if len(own) > 1 and _APPENDED_AVERAGE[lang].fullmatch(text, own[-1].end, figure.start):
            own = own[-1:]  # (`The two boats made 6,000 crossings, carrying an average of 4 passengers each`)
        units = own if len(own) == 1 else []
    elif noun == _NO_NOUN:
        # (`A fete that raised £8,100 drew 2,700 visitors, an average of £3.`: the count the average is appended to
        # names its units; the total, the one of its own sentence — a total of the sentence before may be another
        # pot: `The fair raised £8,100 in tickets. Its stalls drew 2,700 visitors, an average of £9`)
        appended = True
        units = [
            c
            for c in _counts_of_its_sentence(figure, window, parts, listed, text, lang)
            if _APPENDED_AVERAGE[lang].fullmatch(text, c.end, figure.start)
        ]
    from_lead = named = lead_whole = False
    if units:
        count = _nearest(figure, units)
        # (a total after the figure's sentence is another's: `£40 a tonne. … at £55 a tonne, £3.2m in all`;
        # two totals before it: which one, unsaid)
        near = totals_of(
            [c for c in window if c.sentence == figure.sentence or (c.sentence < figure.sentence and not appended)]
        )
        total = _only(near)
        if total is None and count is not None and earlier is not None and count.sentence == figure.sentence:
            # (`…signed a £640,000 supply deal` … `Under the deal, 32 tonnes will ship at about £20,000 a tonne`: the
            # total of the thing the figure's sentence names again)
            # (the lead's figures and the window's before the figure's sentence: no scan of the whole article)
            before = [c for c in window if c.sentence < figure.sentence]
            if earlier.lead != figure.paragraph:
                before += earlier.figures.get(earlier.lead, [])
            total = _named_total(figure, before, parts, totals_of, text, lang)
            named = from_lead = total is not None
        if (
            total is None
            and count is not None
            and count.end < figure.start
            and not near
            and noun != _NO_NOUN
            and lang == "en"
        ):
            # (a price per a named unit only, `$180 each, or $35,000 last year` may be of other units; in Korean a total
            # after the price closes a clause of its own: `…으로 매출은 9억원이다`)
            # (`used 640 tonnes, paid for at $310 a tonne, an outlay of $198,400`: count × price, then the product)
            total = _product_after(figure, by_sentence.get(figure.sentence, ()), parts, text, lang)
            named = total is not None
        if (
            total is None
            and count is not None
            and earlier is not None
            and figure.sentence > 0
            and _priced_sale(figure, count, text, lang)
        ):
            # (`Takings rose to £2.88m. The workshop sold 3,200 sheds, against 2,900, at an average of £900 each`: the
            # units' price at a sale whose sentence states no total is a share of the one takings of the sentence
            # before, in its paragraph)
            total = _only(
                totals_of(
                    [
                        c
                        for c in by_sentence.get(figure.sentence - 1, ())
                        if c.paragraph == figure.paragraph and c.role == "value" and c.part_of is None
                    ]
                )
            )
            if total is not None and _a_profit(total, text, lang):
                total = None
            named = from_lead = total is not None
        if (
            not named
            and earlier is not None
            and count is not None
            and not any(
                _same_units(c, figure) and c.per_unit_of is None and _mark(c, text, lang) is None
                for c in earlier.figures.get(figure.paragraph, ())
                if c is not figure
            )
        ):
            # (no other figure of its unit in the paragraph, `sales rose to $40m` … `sold 800 rafts, $50,000 a raft`:
            # the total is the one of the nearest paragraph before that states that unit)
            total = _earlier_only(figure, earlier, lambda c: _same_units(c, figure), totals_of, parts)
            if (
                total is None
                and count.sentence == figure.sentence
                and (
                    noun != _NO_NOUN
                    # (`The book was spread across 150,000 loans, an average of £400`: an average appended to the count
                    # its clause states, the lead's total naming that count's units)
                    or (count.end < figure.start and _APPENDED_AVERAGE[lang].fullmatch(text, count.end, figure.start))
                )
            ):
                # (`fees reached £1.17m` in the lead … `With 650 pupils, fees come to £1,800 a pupil`: a figure
                # per the units its own sentence counts, past paragraphs that break the lead's total down)
                total = _lead_whole(figure, earlier, totals_of, parts, text, lang)
                lead_whole = total is not None
            if (
                total is not None
                and noun == _NO_NOUN
                and not _sentence_names(total, count.counter or "", text, lang)
                # (`made 6,000 crossings, carrying an average of 4 passengers each` after `carried 24,000 passengers`: a
                # count naming the noun the lead's total counts says which total it shares out)
                and not (figure.kind == "count" and figure.counter and figure.counter == total.counter)
                and not (
                    total.paragraph == earlier.lead
                    and _priced_sale(figure, count, text, lang)
                    and not _a_profit(total, text, lang)
                )
            ):
                # (`took in $3.2m in fares` … `Its 14 crew were paid $41,000 each`: a lead total that does not name
                # the units `each` is per is another thing's; but the units' price at a sale, `built 3,200 sheds and
                # sold the lot at an average of £900 each`, is a share of the lead's takings)
                total = None
            from_lead = total is not None
    elif measure is None:
        count = total = None
        # (an `Each NOUN …` opening takes the lead's count and total only: a count and a total stated together nearer
        # may be another pot's, `Each crew member earned …` after a sentence on the fleet's fuel bill and its 40 ships)
        if not each_opening:
            count, total = _stated_together(figure, window, parts | listed, totals_of, text, lang)
        if count is None and total is None and noun == _NO_NOUN and earlier is not None:
            count, total = _count_its_sentence_names(figure, window, parts | listed, totals_of, earlier, text, lang)
            named = count is not None
        if (
            count is None
            and total is None
            and noun not in (_PERSON, _NO_NOUN)
            and earlier is not None
            and not each_opening
        ):
            count, total = _count_earlier(figure, noun, window, parts | listed, totals_of, earlier, text, lang)
        # (`That is 40 crowns a seat`: a sentence opening on the quotient of the story's figures, before a sentence
        # that may break its units down)
        quotient = (
            not each_opening
            and noun not in (_PERSON, _NO_NOUN)
            and (
                _QUOTIENT_OPENING[lang].fullmatch(text, _sentence_opening(figure, text), figure.start) is not None
                or (earlier is not None and _paid_by_the_lead_party(figure, earlier, text, lang))
            )
        )
        both_window = [c for c in window if c.sentence <= figure.sentence] if quotient else window
        if (
            count is None
            and total is None
            and noun not in (_PERSON, _NO_NOUN)
            and earlier is not None
            and (
                each_opening
                or _AVERAGE_NOUN[lang].search(text, max(0, figure.start - _AVERAGE_REACH), figure.start)
                or quotient
            )
        ):
            # (the noun the subject of the figure's clause, `Each tram will cost`, `The average herd earned`: a mark
            # after the figure, `Staff costs came to £90,000 a store`, may price another metric than the lead's)
            count, total = _both_earlier(figure, noun, both_window, parts | listed, totals_of, earlier, text, lang)
    elif earlier is not None and not each_opening:
        # (a price per a unit of measure whose paragraph states no measure of that unit: `relaid 14 kilometres of track`
        # in the lead … `The job cost £2.6m, roughly £186,000 a kilometre`: the measure the lead states, over the one
        # total of its own sentence or the one before)
        count, total = _measure_earlier(figure, base, window, parts | listed, totals_of, earlier, text, lang)
    else:
        return
    if count is None or total is None or total is count:
        return
    if (
        from_lead
        and not named
        and count.sentence == figure.sentence
        and count.end < figure.start
        and "," in text[count.end : figure.start]
        and not _APPENDED[lang].fullmatch(text, count.end, figure.start)
        # (`The book was spread across 150,000 loans, an average of £400`: an average appended to the count restates
        # the count's own clause, a share of the lead's total)
        and not (noun == _NO_NOUN and _APPENDED_AVERAGE[lang].fullmatch(text, count.end, figure.start))
        and not _priced_sale(figure, count, text, lang)
        and not (lead_whole and _WORKS_OUT_BEFORE[lang].search(text, max(0, figure.start - _MARK_REACH), figure.start))
    ):
        return  # (`picked 900 tonnes, paying pickers $0.20 a kilogram`: a clause of its own, no share of the lead's)
    if (
        not from_lead
        and count.sentence == figure.sentence
        and total.sentence < figure.sentence
        and not (
            count.end < figure.start
            and (
                _APPENDED[lang].fullmatch(text, count.end, figure.start)
                or _APPENDED_AVERAGE[lang].fullmatch(text, count.end, figure.start)
            )
        )
    ):
        return  # (the figure's own clause counts its units: its total, unsaid; `Spread across 300 beds, …`)
    # (`built 3,200 sheds, up from 2,900, and sold the lot at £900 each`: the units' own sale, no other subject's)
    sold = from_lead and _priced_sale(figure, count, text, lang)
    if (
        (_apart(count, figure, text, lang) and not sold)
        or _apart(total, figure, text, lang)
        or _apart(count, total, text, lang)
    ):
        return  # (`The county has 300 farms, and those growing barley cut …`: another subject's)
    if (
        count.sentence < total.sentence == figure.sentence
        and not (named and noun == _NO_NOUN)  # (the count its sentence names, the nearest: a headline's restates it)
        and any(c.start < count.start and _same_units(c, count) for c in article)
    ):
        return  # (a measure stated alone past another of its unit: which the total is over, unsaid)
    if count.id in parts and total.sentence < count.sentence < figure.sentence:
        # (`The estate picked 1,200 tonnes of tea. Its gardens span 300 hectares. Shaded slopes cover 120 hectares,
        # or 40% of them. Each hectare gave 4 tonnes`: a part set beside its share, after the total,
        # is one part's units; a total stated before that part is the whole's, over the whole's units)
        wholes = [c for c in units if c.id not in parts and c.sentence < count.sentence and c.value > count.value]
        if not wholes:
            return
        count = _nearest(figure, wholes)
        if count is None:
            return
    if total.sentence != count.sentence and _PART_ALONE[lang].search(
        _CLAUSE_OF.split(text[max(0, total.start - _ALONE_REACH) : total.start])[-1]
    ):
        return  # (`Shearers took 40,000 kg … the merino clip alone is worth $300,000`: one part's value)
    if (
        count.kind == "measure"
        and count.sentence == figure.sentence
        and count.end <= figure.start
        and part_stated_between(count, figure, article, text, lang)
    ):
        return  # (`cut 1,480 tonnes … and sold 500 at £85 a tonne`, `… half of it at …`: a part's price)
    if noun == _PERSON and count.sentence != figure.sentence and heads_of_another_subject(figure, count, text, lang):
        return  # (`40 volunteers … Walkers put £4,800 in the tin, roughly 90p a head`: the walkers' heads, uncounted)
    if count.sentence != figure.sentence and rest_of_a_split(count, article, figure):
        return  # (`선착장 12곳 가운데 9곳을 닫았다. 남은 3곳에는 …`: the whole, the part or the rest, which, unsaid)
    figure.per_unit_of, figure.units_of = total.id, count.id
    if measure is not None:
        figure.units_measure = measure
    if "relation" not in figure.guesses:
        figure.guesses.append("relation")


# `the merino clip alone is worth`: in a total's clause, a mark that it is of one part of a whole only
# (`[link.share_fallback_subject_asides]`: `alone`, `on its own`), no total of the units another sentence states
_PART_ALONE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.share_fallback_subject_asides})(?![^\W\d_])", re.I)
_CLAUSE_OF = compile_exact(r"[,;:.()\n]")
_ALONE_REACH = 60  # characters before a total where its clause's words stand


def _product_after(figure: Claim, sentence: list[Claim], parts: set[str], text: str, lang: str) -> Claim | None:
    """The one figure of the figure's unit after it in its clause, larger, no part and itself no figure per unit: the
    product of the count before the figure and its price (`used 640 tonnes, paid for at $310 a tonne, an outlay of
    $198,400`)."""
    # (any other figure of its unit after the price, of any role, leaves the product unsaid: `a bill of $248,400
    # against $190,000 budgeted`)
    after = [c for c in sentence if c.start > figure.end and _same_units(c, figure)]
    total = _only(after)
    if total is None or not stands_as_its_total(total, figure, parts, text, lang):
        return None
    return total


def stands_as_its_total(total: Claim, figure: Claim, parts: set[str], text: str, lang: str) -> bool:
    """Whether a figure of the per-unit figure's units may be the total it divides: a larger value, no part, itself no
    figure per unit (linked, or marked before or after it) and not set apart from it."""
    return not (
        total.role != "value"
        or total.value <= figure.value
        or total.id in parts
        or total.per_unit_of is not None
        or _mark(total, text, lang) is not None
        or _MARK_AFTER[lang].match(text, total.end)
        or _apart(total, figure, text, lang)
    )


def _total_nouns(total: Claim, text: str, lang: str) -> set[str]:
    """The nouns a total may be the value of: the one linked right before it (`a tender worth`) and the one right
    after it (`a £640,000 deal`), singular and lower-cased."""
    nouns = set()
    before = _TOTAL_NOUN_BEFORE[lang].search(text, max(0, total.start - _TOTAL_NOUN_REACH), total.start)
    if before:
        nouns.add(singular(before.group("noun").casefold(), lang))
    after = _TOTAL_NOUN_AFTER.match(text, total.end)
    if after:
        nouns.update(singular(word.casefold(), lang) for word in after.group("noun", "head") if word)
    return nouns


@functools.cache
def _named_again(noun: str, lang: str) -> re.Pattern[str]:
    """A determiner naming `noun` again (`The tender`, `the Danish tender`, `this lease`)."""
    words = link_alternations(lang)
    return re.compile(
        rf"(?<![^\W\d_])(?:{words.named_total_determiners})\s+(?:[^\W\d_]+[\s-]+){{0,{_NAMED_WORDS}}}?"
        rf"{re.escape(noun)}s?(?![^\W\d_])",
        re.I,
    )


def _named_total(
    figure: Claim, candidates: list[Claim], parts: set[str], totals_of, text: str, lang: str
) -> Claim | None:
    """The one total of the figure's unit stated before its sentence (`candidates`: the lead's and the window's)
    whose noun (`a tender worth $4.6m`, `a £640,000 deal`) the figure's sentence names again before it (`The
    tender, covering 310 buses, comes to $14,800 a bus`); a figure restated (a headline's, then the lead's) is one
    total, the latest; two of other values: which, unsaid."""
    before = text[max(0, figure.start - _SENTENCE_REACH) : figure.start]
    ends = list(_SENTENCE_END.finditer(before))
    opens = figure.start - len(before) + (ends[-1].end() if ends else 0)
    earlier = [c for c in candidates if c.sentence < figure.sentence and c.id not in parts and c.role == "value"]
    named = [
        c
        for c in totals_of(earlier)
        if any(_named_again(noun, lang).search(text, opens, figure.start) for noun in _total_nouns(c, text, lang))
    ]
    if not named or len({c.value for c in named}) != 1:
        return None
    return max(named, key=lambda c: c.start)


def _earlier_only(figure: Claim, paragraphs: _Paragraphs, of_unit, members_of, parts: set[str]) -> Claim | None:
    """The one figure of a unit stated in the nearest paragraph before the figure's that states any of that unit
    (`of_unit`), when that paragraph is the lead's and the figure a member (`members_of`); none when it states two
    (which one, unsaid)."""
    for paragraph in range(figure.paragraph - 1, paragraphs.lead - 1, -1):
        stated = [
            c
            for c in paragraphs.figures.get(paragraph, ())
            if c.role == "value" and of_unit(c) and (c.kind == "count" or c.id not in parts)
        ]
        if stated:
            if paragraph != paragraphs.lead:
                return None  # (a paragraph after the lead's: one part of the article's subject, its scope unsaid)
            # (a count set beside its share counts of the noun, no member: `14,000 crates, of which 9,000, 64%, …`)
            members = members_of([c for c in stated if c.id not in parts])
            return members[0] if len(stated) == 1 and len(members) == 1 else None
    return None


def _lead_whole(
    figure: Claim, paragraphs: _Paragraphs, totals_of, parts: set[str], text: str, lang: str
) -> Claim | None:
    """The lead's one figure of the figure's unit (a value, larger than it), when every figure of that unit the
    paragraphs between state is smaller (its parts, its other years: `£845,000`, then `£790,000` a year before and
    rentals' `£212,000`); a larger one between is another pot, and leaves it unsaid."""
    if paragraphs.lead >= figure.paragraph:
        return None
    stated = [
        c
        for c in paragraphs.figures.get(paragraphs.lead, ())
        if _same_units(c, figure) and c.role == "value" and c.id not in parts
    ]
    members = totals_of(stated)
    if len(stated) != 1 or len(members) != 1:
        return None
    whole = members[0]
    # (`The branch in Leeds grew. With 500 members, …`: a paragraph opening on a part is the part's)
    if _PART_OPENING[lang].match(text, text.rfind("\n", 0, figure.start) + 1):
        return None
    # (a figure of its unit per the same noun in another paragraph after the lead's, `£40 a member` … `£60 a member`:
    # each paragraph a part's, not the whole's)
    noun = _mark(figure, text, lang)
    for paragraph, stated_there in paragraphs.figures.items():
        if paragraph in (paragraphs.lead, figure.paragraph):
            continue
        if any(c is not figure and _same_units(c, figure) and _mark(c, text, lang) == noun for c in stated_there):
            return None
    for paragraph in range(paragraphs.lead + 1, figure.paragraph + 1):
        for c in paragraphs.figures.get(paragraph, ()):
            if c is not figure and _same_units(c, figure) and c.value >= whole.value:
                return None
    return whole


def _count_earlier(
    figure: Claim,
    noun: str,
    window: list[Claim],
    parts: set[str],
    totals_of,
    earlier: _Paragraphs,
    text: str,
    lang: str,
):
    """The total stated in the figure's own sentence or the one before, alone there, and no count in the window:
    the count of the noun the figure is per is the one of the nearest paragraph before that states one
    (`2,000 rafts were sold` … `Rafts brought in $4m, $2,000 a raft`)."""
    if any(c.kind == "count" and c.value > 1 and c.counter and not is_a_rate(c, text, lang) for c in window):
        return None, None
    near = [c for c in window if figure.sentence - 1 <= c.sentence <= figure.sentence]
    total = _only(totals_of(near))
    if total is None or len(totals_of(window)) != 1:
        return None, None
    count = _earlier_only(
        figure,
        earlier,
        lambda c: c.kind == "count" and _names_in(noun, c, text, lang) and not is_a_rate(c, text, lang),
        lambda stated: [c for c in stated if c.value > 1],
        parts,
    )
    return count, total


def _measure_earlier(
    figure: Claim,
    base: str,
    window: list[Claim],
    parts: set[str],
    totals_of,
    earlier: _Paragraphs,
    text: str,
    lang: str,
):
    """The total stated in the figure's own sentence or the one before, alone of its unit in the window, and no
    measure of the unit the figure is per in the window: the measure it divides is the one the lead states
    (`_earlier_only`: two there, or one in a paragraph after the lead's, leave it unsaid)."""
    if any(c.kind == "measure" and c.unit == base and not size_of_one_unit(c, text, lang) for c in window):
        return None, None
    # (a listed part of a total stated beside it is no total: `cost €1.9m, of which a grant paid €1.6m`)
    wholes = [c for c in totals_of(window) if c.part_of is None]
    total = _only([c for c in wholes if figure.sentence - 1 <= c.sentence <= figure.sentence])
    if total is None or len(wholes) != 1:
        return None, None
    if total.sentence < figure.sentence and not _RESTATING[lang].match(text, _sentence_opening(figure, text)):
        return None, None  # (`The firm's revenue was €9m. Its fee is €4,000 a kilometre`: another subject's price)
    count = _earlier_only(
        figure,
        earlier,
        lambda c: c.kind == "measure" and c.unit == base and not is_a_rate(c, text, lang),
        lambda stated: [c for c in stated if c.value > 0 and c.per_unit_of is None],
        parts,
    )
    if count is not None and count.paragraph != (1 if opens_with_headline(text) else 0):
        return None, None  # (the first paragraph stating figures, past a lead that states none: one part's measure)
    return count, total


def _both_earlier(
    figure: Claim,
    noun: str,
    window: list[Claim],
    parts: set[str],
    totals_of,
    earlier: _Paragraphs,
    text: str,
    lang: str,
):
    """No count and no figure of its unit in the window: the count of the noun the figure is per and the total of its
    unit are the lead's, each the one the lead states (`won a €48m order for eight ferries` … `Each ferry will cost
    €6m`); the count's noun may stand a few words after it (`eight small electric ferries`)."""
    if any(
        (c.kind == "count" and c.value > 1 and not is_a_rate(c, text, lang))
        or (_same_units(c, figure) and c.value > figure.value)  # (a smaller one of its unit is no total: a fare)
        for c in window
    ):
        return None, None
    total = _earlier_only(figure, earlier, lambda c: _same_units(c, figure), totals_of, parts)
    if total is None:
        return None, None
    named = _named_after(noun)
    count = _earlier_only(
        figure,
        earlier,
        lambda c: (
            c.kind == "count"
            and not is_a_rate(c, text, lang)
            and (_names(noun, c, lang) or named.match(text, c.end, c.end + _COUNT_NOUN_REACH) is not None)
        ),
        lambda stated: [c for c in stated if c.value > 1],
        parts,
    )
    if count is None or count.paragraph != total.paragraph:
        return None, None
    if any(
        c is not count and c.kind == "count" and c.value > 1 and not is_a_rate(c, text, lang)
        for c in earlier.figures.get(total.paragraph, ())
        if c.sentence == total.sentence
    ):
        return None, None  # (`bought six tugs and four barges for $19m`: a total over more than the noun's units)
    return count, total


@functools.lru_cache(maxsize=256)
def _named_after(noun: str) -> re.Pattern[str]:
    """A count's noun a few words after it, no digit or stop between (`eight small electric ferries`)."""
    stem = re.escape(noun[:-1] if len(noun) > _SHORT_NOUN + 1 else noun)
    return re.compile(rf"(?:[\s-]+[^\W\d_]+){{0,3}}?[\s-]+{stem}[^\W\d_]{{0,{_STEM_SLACK + 1}}}(?![^\W\d_])", re.I)


def _stated_together(figure: Claim, window: list[Claim], parts: set[str], totals_of, text: str, lang: str):
    """The count and total stated together: the nearest sentence of the window before the figure's with exactly one
    count (no rate) and one total; none when that sentence states two of either, or when the figure's own sentence
    states a count or a total (`$9.6m across two budgets for six bridges, $1.6m each`: which count, unsaid)."""
    for sentence in range(figure.sentence, figure.sentence - _BEFORE - 1, -1):
        members = [c for c in window if c.sentence == sentence]
        counts = [
            c
            for c in members
            if c.kind == "count"
            and c.value > 1
            and c.counter
            and c.id not in parts
            and not is_a_rate(c, text, lang)
            and not _COUNT_NOT_UNITS[lang].match(text, c.end)
        ]
        totals = totals_of(members)
        if not counts and not totals:
            continue
        if len(counts) == 1 and sentence != figure.sentence and len(totals) == 1:
            return counts[0], totals[0]
        return None, None
    return None, None


def _count_its_sentence_names(
    figure: Claim, window: list[Claim], parts: set[str], totals_of, earlier: _Paragraphs, text: str, lang: str
):
    """A figure marked `each` after the one total of its unit its own sentence states, that sentence counting
    nothing (`Anglers spent $8m in the county, or $145 each`): the count of the noun the sentence opens on, its subject
    (`riders`, past a determiner or two), the nearest stated before it in its paragraph, the one before, or the
    lead's — the one of the nearest sentence stating any (two there: which, unsaid); the total and the figure in one
    clause."""
    own = [c for c in window if c.sentence == figure.sentence]
    if any(c.kind == "count" and c.value > 1 and c.start < figure.start for c in own):
        return None, None
    totals = [c for c in totals_of(own) if c.part_of is None]
    if len(totals) != 1 or any(c.kind == figure.kind and c.unit == figure.unit and c.start > figure.end for c in own):
        return None, None
    total = totals[0]
    if _apart(total, figure, text, lang):
        return None, None
    opens = max(0, figure.start - _SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, opens, figure.start))
    opens = ends[-1].end() if ends else opens
    paragraphs = {figure.paragraph, figure.paragraph - 1, earlier.lead}
    stated = sorted(
        (
            c
            for paragraph in paragraphs
            for c in earlier.figures.get(paragraph, ())
            if c.kind == "count"
            and c.role == "value"
            and c.value > 1
            and c.counter
            and c.sentence < figure.sentence
            and c.id not in parts
            and c.per_unit_of is None
            and len(singular(c.counter, lang)) > _SHORT_NOUN
        ),
        key=lambda c: c.start,
    )
    named = []
    for c in stated:
        found = re.match(
            rf"\W*(?:[^\W\d_]+\s+){{0,2}}?{re.escape(singular(c.counter, lang)[:-1])}", text[opens : total.start], re.I
        )
        # (`Walkers who stayed overnight spent …`, `Visitors to the new wing`: a subset of the count, not it)
        if found and not _RESTRICTED[lang].match(text, opens + found.end()):
            named.append(c)
    if not named:
        return None, None
    nearest = [c for c in named if c.sentence == named[-1].sentence]
    if len(nearest) != 1 or nearest[0].value <= 1:
        return None, None
    return nearest[0], total


def _counts_of_its_sentence(
    figure: Claim, window: list[Claim], parts: set[str], listed: set[str], text: str, lang: str
) -> list[Claim]:
    """The counts of things (more than one, with a counter) in the figure's sentence that may be its units: no part
    of a breakdown, no member of a list, no rate."""
    return [
        c
        for c in window
        if c.sentence == figure.sentence
        and c.kind == "count"
        and c.value > 1
        and c.counter
        and c.id not in parts
        and c.id not in listed
        and not is_a_rate(c, text, lang)
    ]
