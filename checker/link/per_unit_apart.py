"""A figure per unit whose count and total stand in the sentences before it: `The airline carried 18.6
million passengers. That works out to about $259 in revenue per passenger` (revenue stated earlier), `누적
관객은 1026만명, 누적 매출액은 1008억원으로 집계됐다. 관객 1명당 평균 9820원을 낸 셈이다`.

The figure is money, in a sentence with one per-unit mark that names a noun (`per passenger`, `관객 1명당`) and
no count or total of its own (those are per_unit.py's). The count is the nearest count figure before it, in its
sentence or the two before, that the same noun names (`18.6 million passengers`, `관객은 1026만명`); further back,
up to six sentences, only when it is the one count the article states under that name and stands within two
sentences of the total (the two stated together, in a lead). The total
is money of the figure's currency: of the metric the figure names when it names one (`revenue per passenger`)
the latest figure of that metric and of no segment before it (the company's revenue, not one line of it);
when it names none, the one money figure of the count's own sentence (the two stated together). The
per-unit check (F312) then divides the total by the count. The reading spans sentences, so a mismatch is a
warning (`guesses`). Language words are data (`[link.per_unit_noun_after]`, `[link.per_unit_noun_before]`).

A counter may stand as the noun (`척당 2억달러`, `건당 평균 4만원`: `[link.unit_counters]` before the mark), naming
the count of that counter; one noun may be marked twice, once per currency (`척당 2억달러, 원화로는 척당 2천억원`),
and an amount stated as the total's equivalent in the count's sentence (`15억달러(약 2조원)`) is the total of the
figure of its currency. When the count's sentence states no money, the total is the latest figure of the currency
before that the figure's own noun names (`카드 승인금액은 104조원 … 건당 평균 승인금액은 3만9천원`).

The count is of the whole: a count set beside its share (`Lager accounted for 0.9 million hectolitres, or 35 per
cent of volume`) is one part's, and a count marked per unit (`3,750 visits per day`) a rate; neither is taken,
and neither makes a far count one of two. A noun names a count when it heads the words after it (`3,200
residential building permits`). A count far back is taken for a total the figure restates in its own sentence
(`came to $36.0m, a yield of $80 per visit`).

A figure may be a measure and its units a measure of the unit the mark names (`[link.per_measure_after]`: `rose to
8.0 tonnes a hectare … across 12,000 hectares`, `Revenue per tonne sold rose to £12,000` after `26,000 tonnes`,
`kWh당 206원`): the count is a measure of that unit (held in base units, divided in the named one:
`units_measure`). A measure beside the figure takes the article's lead total of the figure's unit when the
figure names no metric; a measure in the sentences before needs the metric named (`Revenue per tonne`), for a
sentence stating revenue and output leaves which amount a bare `profit of $160 per tonne` divides unsaid.

With no metric named and no total stated with the count, the total is marked as one in the sentences just before
(`모두 6천억원`, `a total of $900m`), else the one figure before whose words name what the figure's words name
(`lifting its assets to €12.0bn … which puts its assets at €150,000 per member`).

A measure per a measure of another unit (a yield: `재배 면적은 2,000㏊다. 1㏊당 평균 20톤`, `planted 300,000
hectares, 12,000 fewer than …, and yields slipped to 8.2 tonnes a hectare`) is of the article's lead measure of
its unit, past a headline; the area's own comparisons are no other area. A sentence marking two nouns (`1㏊당
평균 20톤을 거둔 셈이고, 농가 한 곳당 평균 30톤`) gives each figure the mark beside it, and the other noun's figures
and marks are none of its partners.

A total named by the figure's metric is of the count's own period when one such is stated (`revenue of $90m, down
from the third quarter's $100m … revenue per store averaged $300,000`: not the later-written other quarter's). A
measure per a count beside it (`농가는 1,200가구로, 가구당 평균 생산량은 4톤`, `from 1,200 farms, an average of 50
tonnes per farm`) is, like a yield, of the lead's measure (stated in the body's first two sentences) however far back. A
count that follows its whole's count in one sentence past a word saying parts follow (`600 buses, of which 400
were electric`: `[link.parts_follow]`, `[link.parts_follow_spaced]`) is a part, no rival count of the whole.

A measure followed by the noun it is per or by `each` (`The grain came in 52,000 trucks, an average of 30 tonnes a
truck`, `Its 400 boats landed an average of 30 tonnes each`: `[link.per_unit_after_average]`,
`[link.unit_price_each]`) is per the one count its sentence states before it, when the noun names that count's units,
and so of the lead's measure, as a measure per a count beside it. A Korean count stated of a topic noun (`재배 농가는
400곳으로`) makes that noun with `당` a mark (`농가당`), and a measure per the count of the sentence just before
(`어선은 300척이었다. 척당 평균 30톤`) is of the lead's measure, unless named by a noun of its own the lead's is not.
A noun of one kin with a counted one (a chain's outlets: `매장 수는 1,000곳 … 점포당 분기 매출`,
`[link.outlet_nouns]`) is such a mark too.

A total and a count read across sentences are of one level (`lift_parts_to_their_level`, after the breakdowns
mark their parts): a listed part in another sentence stands for its whole when the other partner is no part and
the figure's words do not name the part.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from checker.extract.lang import ByLanguage, available, every_language, merged
from checker.extract.units import alternation, base_unit, measure_unit
from checker.link.figure_kinds import TAKINGS, counted_noun
from checker.link.gaps import is_a_stated_gap
from checker.link.inflections import closed_compound_of, names_word, singular
from checker.link.keys_differ import own_period, periods_differ
from checker.link.segment import sentence_end
from checker.link.sentence_groups import ArticleClaims, group_by_sentence, in_a_run_by_period
from checker.link.unit_labels import labels_the_units
from checker.link.unit_price_marks import noun_before_unit_price
from checker.models import Claim
from checker.regex_cache import compile_exact, first_test
from checker.regex_needs import may_match, search_between

# `per passenger`, `a vehicle`: the noun after the mark (English); `관객 1명당`: the noun before it (Korean);
# `건당`, `척당`: a counter as the noun (`26억건`, `6척`)
_MEASURE_WORDS = alternation({word for data in every_language() for word in data.measures.words})
_MEASURE_WORD_LIST = sorted({word for data in every_language() for word in data.measures.words})
# (`$3.10 a pound`: a currency word that is also a weight, a unit of measure after a per-unit mark)
_WEIGHED_WORDS = alternation({word for data in every_language() for word in data.currency_words.weighed})


def _measure_words_one(plural_endings: str) -> str:
    """The measure words and each one's singular in the document's language (`kilogram` of `kilograms`, its plural
    endings: `[link.plural_endings]`; none in a language that marks no plural): after `for every` a unit is named
    one."""
    ending = re.compile(rf"(?:{plural_endings})$")
    return alternation({form for word in _MEASURE_WORD_LIST for form in (word, ending.sub("", word))} - {""})


def _each_first_tested(*alternatives: str) -> str:
    """The alternatives of a case-folded pattern joined, each behind a test of its first character where one can be
    told (`regex_cache.first_test`: the same matches): a search through a sentence leaves at once the places where
    an alternative cannot start, instead of trying its words there (every measure word at every word's start)."""
    return "|".join(first_test(alternative, re.I) + alternative for alternative in alternatives)


_PER_NOUN = ByLanguage(
    lambda w: _each_first_tested(
        # (one participle before the noun is passed, as a count's is: `per paying visitor` names the visitors)
        rf"\b(?:{w.per_unit_noun_after})[\s-]+(?:(?:{w.count_modifiers})\s+(?=[^\W\d_]{{3,}}))?(?P<after>[^\W\d_]{{3,}})",
        # (a noun, no word's end: not the `만명으로` of `426만명으로 1인당`)
        rf"(?<![^\W_])(?P<before>[^\W\d_]{{2,}})\s?(?:{w.per_unit_noun_before})",
        # `점포 한 곳의 평균 매출은`: one of the noun's own figure, a mark only in a clause of an average (in code)
        rf"(?<![^\W_])(?P<one_of>[^\W\d_]{{2,}})\s?(?:{w.per_one_of_noun_before}|{w.per_one_as_subject_before})",
        rf"(?<![^\W\d_])(?P<counter>{w.unit_counters})\s?(?:{w.unit_price_before})",
        rf"\b(?:{w.per_measure_after})\s+(?P<measure>{_MEASURE_WORDS}|{_WEIGHED_WORDS})(?![^\W\d_])",
        # `for every listener`: items, no unit of measure (`for every tonne handled` names no count of tonnes)
        rf"\b(?:{w.per_item_noun_after})\s+(?:(?:{w.count_modifiers})\s+(?=[^\W\d_]{{3,}}))?"
        rf"(?!(?:{_measure_words_one(w.plural_endings)})(?![^\W\d_]))(?P<item>[^\W\d_]{{3,}})",
        # `톤당 매출`, `1㏊당 3천만원`: the unit of measure right before the mark of a price per unit (`1`: the mark's)
        # `블루베리 1㎏의 평균 가격은`: one of the unit, its genitive the price's (`[link.per_one_measure_of]`)
        # (the measure words tested again after the optional `1`: where a `1` stands, the engine would try each)
        rf"(?<![^\W_])(?:(?P<one_measure>1)\s?)?{first_test(_MEASURE_WORDS, re.I)}(?P<measure_before>{_MEASURE_WORDS})"
        rf"(?:\s?(?:{w.unit_price_before})|(?(one_measure)(?:{w.per_one_measure_of})(?=\s)|(?!)))",
    ),
    re.I,
)
# `병상당`: a noun right before a price mark (a counter of the article's counts, checked in code)
_COUNTER_NOUN_MARK = ByLanguage(lambda w: rf"{noun_before_unit_price(w, group='noun')}(?![^\W\d_])", re.I)
# `한 달 평균 9만원`, `$8 a month`: a figure per unit that is also per a shorter period than its total's (the
# total's span unknown here: not linked, for the count alone would not divide it)
_SHORTER_PERIOD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_month_before}|{w.per_week_before}|{w.per_day_before})"
        rf"(?:\s+[^\W\d]+){{0,2}}\s*$"
    ),
    re.I,
)
_SHORTER_PERIOD_AFTER = ByLanguage(lambda w: rf"(?:{w.per_month_after}|{w.per_week_after}|{w.per_day_after})", re.I)
# `75 loaves an hour`: a count per hour, a rate of work (`[link.per_hour_after]`), no count of units
_PER_HOUR_AFTER = ByLanguage(lambda w: rf"(?:{w.per_hour_after})", re.I)
# `10명 중 3명`: the word joining a round base and a count out of it (the fractions' data), and the round bases
_AMONG = {
    code: (compile_exact(rf"\s*{re.escape(fr.among)}\s*"), frozenset(fr.among_wholes))
    for code, fr in ((code, merged(code)[0].fractions) for code in available())
    if fr.among and fr.among_wholes
}
# a currency word that is also a weight (`a pound`) names the currency in an article writing that currency by its
# sign or name (`£`, `sterling`: `[currency_words] money_cues`), as the extractor reads its figures
_MONEY_CUES = {
    code: compile_exact("|".join(f"(?:{cue})" for cue in cw.money_cues), re.I)
    for code, cw in ((code, merged(code)[0].currency_words) for code in available())
    if cw.money_cues
}
WEIGHED_WORDS = frozenset(word for data in every_language() for word in data.currency_words.weighed)
_PERIOD_REACH = 16  # characters before a figure where its per-period mark stands (`한 달 평균`)
# words that count one thing under two names (`412.6 million passengers`, `$2.50 per trip`)
_KIN = (
    ByLanguage(lambda w: rf"(?:{w.trip_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.venue_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.outlet_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.workforce_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.craft_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.instrument_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.livestock_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.show_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.admission_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.copy_nouns})", re.I),
    ByLanguage(lambda w: rf"(?:{w.person_nouns})", re.I),
)
# `The library holds 12,000 books`, `The ground can take up to 14,000 fans`: right before a count (two words between
# at most), a verb of what a place holds or has room for (`[link.stock_verbs_before_count]`): a stock or a capacity,
# no lot a price read sentences later is of
_STOCK_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.stock_verbs_before_count})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.I)
_STOCK_REACH = 40  # characters before a count where its stock verb stands
# `승인금액은 3만9천원`: the noun right before the figure's topic particle (a hedge between: `약`)
_NAMED = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<name>[^\W\d_]{{2,}})(?:{w.topic_particles})\s+(?:(?:{w.hedges})\s*)?$"
)
# `1.2 million tonnes, or 30 per cent of volume`: a count set beside its share of a whole is one part's count
_COMMA_ONLY = compile_exact(r"\s*,\s*")  # between a part and the share set right after it
_SHARE_AFTER = ByLanguage(lambda w: rf"\s*,\s*(?:{w.appositive_share_marks})\s+", re.I)
# `412,000 room nights, or 38% of the total`: the rest of the count's noun between it and its share (a word or two,
# no figure nor clause break)
_NOUN_THEN_SHARE = ByLanguage(lambda w: rf"(?:[\s-]+[^\W\d_]+){{1,2}}\s*,\s*(?:{w.appositive_share_marks})\s+", re.I)
# `반품은 37건으로 2%에 그쳤다`: a count stated as what its share of a whole is (the share right after it) is one part's
# (`73만명으로 전체의 60%`: the whole's label between)
_PART_THEN_ITS_SHARE = ByLanguage(lambda w: rf"\s*(?:{w.fraction_after_part})\s*(?:(?:{w.whole_labels})\s*)?")
# `800 buses in the half, of which 500`, `농가 1,200가구 가운데 300가구`: words, then a word saying parts follow
_WHOLE_THEN_PART = ByLanguage(
    lambda w: rf"[^.;\d]{{0,40}}?(?:\b(?:{w.parts_follow})\b|(?:{w.parts_follow_spaced})\s)[^.;\d]{{0,30}}", re.I
)
_SHARE_IN_PARENTHESES = compile_exact(r"\s*\(\s*")  # `4,200 units (70%)`: the part's share of its whole beside it
# `2,400 residential building permits`: the words after a count, up to the noun they name (its head)
_HEDGE = ByLanguage(lambda w: rf"(?:{w.hedges})", re.I)
_CLAUSE_REACH = 80  # characters before a part where the words of its clause naming it stand
_WORDS_REACH = 40  # characters before a figure where the words naming what it is of stand
_CONTENT_WORD = 5  # letters from which a word may name a figure (`assets`, `penalty`; not `paid`, `out`)
_CONTENT = compile_exact(rf"[^\W\d_]{{{_CONTENT_WORD},}}")
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
# `평균`, `꼴`, `셈`: a clause's figure is an average over units; `가장 많았다`: it ranks one unit
# `for each visitor`, `for every listener`: a mark of a sum paid per item (the mark's start)
_ITEM_MARK = ByLanguage(lambda w: rf"(?:{w.per_item_noun_after})\s", re.I)
_AVERAGE_CLAUSE_WORD = ByLanguage(lambda w: rf"(?:{w.average_clause_words})")
_RANKED = ByLanguage(lambda w: rf"(?:{w.superlatives_max}|{w.superlatives_min})", re.I)
_AVERAGE_WORD = ByLanguage(lambda w: rf"(?:{w.average_scope_words})", re.I)
_WORDS_AFTER = compile_exact(r"(?:\s+[^\W\d_]+){1,3}")
_PER_REACH = 24  # characters after a count where a per-unit mark makes it a rate (`4,000 visits per day`)
# `an average of 200 pitches a park`: a count stated as an average, the noun it is per right after it (a rate)
# (`puts the average yield at 60 bushels an acre`: the average named by its noun, then the word linking it to its level,
# `[link.average_level_links]`)
_AVERAGE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.average_before}|(?:{w.average_noun_before})(?:\s+[^\W\d_]+)?\s+(?:{w.average_level_links}))"
        rf"\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_UNIT_AFTER_AVERAGE = ByLanguage(lambda w: rf"\s+(?:{w.per_unit_after_average})\s+[^\W\d_]{{3,}}(?![^\W\d_])", re.I)
# `$300 a tonne across all crops`: after a figure, its mark and noun (a few words), words saying it is over the whole
_WHOLE_SCOPE_AFTER = ByLanguage(lambda w: rf"(?:\s+[^\W\d_]+){{1,3}}\s+(?:{w.whole_scope_after})", re.I)
# `£767,000 over the six months`: a span of months right after a figure; the months of a period of each grain
_MONTHS_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.span_months})", re.I)
# `분기 평균 매출은`, `quarterly revenue per store of`: the grain of a quarter named before a figure per unit (words
# only between)
_QUARTER_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_quarter_before})[^\d.;,]*$", re.I)
_GRAIN_REACH = 40  # characters before a figure where the grain it is per stands
_MONTHS_OF_GRAIN = {"year": 12, "nine_months": 9, "half": 6, "quarter": 3, "month": 1}
_EACH_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.unit_price_each})", re.I)  # `an average of 90 pupils each`
_AVERAGE_REACH = 32  # characters before a count where its average's mark stands
# `대여소 한 곳당 300대꼴`, `한 사람이 고객 90명을`: a mark of one unit before a count, only words between (the count
# is per that unit)
_MARK_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.per_unit_noun_before}|{w.per_one_of_noun_before})[^\W\d]*(?:\s+[^\W\d]+)*\s*$"
)
_WORDS_ONLY = compile_exact(r"[^\d.!?;:,]*")  # between a figure and its own mark: words, no figure nor clause break
_SENTENCE_END = compile_exact(r"[.!?。\n](?!\d)")
_LABELS_NEXT_FIGURE = compile_exact(r"[^\S\n]?\d")  # right after a noun: the figure it labels
# `하루 평균 약 90만개`: the mark of a count per day right before it (a hedge between)
_PER_DAY_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_day_before})\s*(?:(?:{w.hedges})\s*)?$", re.I)
_WORD_IN_CLAUSE = compile_exact(r"[^\W\d_]{2,}")
_CLAUSE_STOP = compile_exact(r"[.!?。\n,;](?!\d)")  # a sentence's end or a clause break (not a figure's `,`)
_LINE_END = compile_exact(r"[.!?。\"”’']")  # what closes a sentence at the end of a line (a headline has none)
# `총 3000억원`, `모두 8천억원`, `a total of $1.5bn`: a total mark a few words before
_TOTAL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks})\b[^\d.;,]{{0,16}}$", re.I)
_TOTAL_REACH = 30  # characters before a figure where its total mark stands
# `That equals about`, `This works out at`: a sentence opening that restates the sentence before (a hedge after)
_RESTATING = ByLanguage(lambda w: rf"\s*(?:{w.per_unit_restating_openers})\b", re.I)
# `관람객 1인당 3만원꼴을 쓴 셈이다.`: a sentence ending that restates the sentence before
_RESTATING_END = ByLanguage(lambda w: rf"(?:{w.restatement_endings})\s*[.!]?\s*$")
_FIGURE_KINDS = ("money", "measure")  # `$2.40 per passenger`, `9.8 tonnes a hectare`, `농가당 261톤`
_COMPARED = ("prior", "baseline", "change")
_NAME_REACH = 24  # characters before a figure where the noun it is stated of stands
_SENTENCES_BACK = 2  # sentences before the figure's where its count may stand
# `Of the 380 farms, 120 …`, `농가 가운데 120곳은`: right before a count, the whole it is drawn from
_PARTITIVE_BEFORE = ByLanguage(lambda w: rf"(?:{w.partitive_before_count})\s*$")
_FIGURE_BEFORE = compile_exact(r"\d[\s-]?$")  # a figure right before a noun: the noun is that figure's counter
# (a figure, a space and a word or two before a noun, `40 speed humps`: the noun is that figure's counter too; not a
# unit written onto the figure, `2025년 관객`)
_FIGURE_WORDS_BEFORE = compile_exact(r"\d[\s-](?:[^\W\d_]+[\s-]){1,2}$")
_FIGURE_WORDS_REACH = 24  # characters before a noun where the figure it counts stands past its modifiers
_PARTITIVE_REACH = 60  # characters before a count where the whole it is drawn from is named
_FAR_SENTENCES_BACK = 6  # further back, where the one count the article states under the noun may stand
_TOTAL_SENTENCES_BACK = 5  # sentences before the figure's where its total may stand
_PARTS_FOLLOW = ByLanguage(lambda w: rf"\s*(?:{w.parts_follow_spaced})\s+[^\W\d_]")  # `환자 중 여성은`
_NUMBER_OF = ByLanguage(
    lambda w: (
        rf"\b(?:{w.number_of_marks})\s+(?P<noun>[^\W\d_]{{3,}})"
        # `가맹점 수는 1,200곳`: the noun before the mark (a counter of its own names no noun)
        rf"|(?<![^\W_])(?P<before>[^\W\d_]{{2,}})\s?(?:{w.number_of_after_noun})(?![^\W\d_])"
    ),
    re.I,
)
# letters from which a counter is itself a noun (`stores`, `patients`; not `곳`, `명`, classifiers whose noun a clause
# names): one threshold for every per-unit module
NOUN_COUNTER = 3
_NUMBER_OF_REACH = 120  # characters before a count where its clause's `the number of boats` stands
_CLAUSE_END = compile_exact(r"[;:!?\n]|\.(?!\d)")
# after a count, the words stating it as what a figure per unit divides by (`50만명을 기준으로 하면`)
_DIVISION_BASE = ByLanguage(lambda w: rf"\)?\s*(?:{w.division_base_after})")
_SALES_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.sales_value_nouns})", re.I)  # (`거래액(GMV)은`)
_SUBJECT_MARK = ByLanguage(lambda w: w.per_one_as_subject_before)  # (`한 명이`, `한 곳이`: the unit as a subject)
# a sentence that ends so restates amounts per unit (`…를 산 꼴이다`)
_PER_UNIT_END = ByLanguage(lambda w: rf"(?:{w.per_unit_restating_endings})\s*[.!]?\s*$")
_CLAUSE_BREAK = compile_exact(r"[,;:!?\n](?!\d)|\.(?!\d)")  # a clause's start (not a figure's `,` or `.`)
_WORD = compile_exact(r"[^\W\d_]+")  # a word (letters only)
_OPENING_WORDS = compile_exact(r"\s*((?:[^\W\d_]+[\s-]+){1,3})")  # a clause's first words, where its subject stands
# between a clause's subject and its count: words and the count's own change (`rose 4.1% to`), no other figure
_WORDS_AND_RATES = compile_exact(r"(?:[^\d%]|\d[\d.,]*\s?%)*")
# before the noun of `Pupil numbers` in its clause: nothing, an article, a possessive determiner or a possessive
_COUNT_NOUN_OPENING = ByLanguage(
    lambda w: rf"\s*(?:(?:{w.definite_articles}|{w.possessive_determiners})\s+|[^\W\d_]+['’]s\s+)?", re.I
)
# right after the mark: the clause's verb, a word in lower case, not a preposition narrowing the count
_VERB_AFTER_MARK = ByLanguage(lambda w: rf"\s+(?!(?:{w.count_mark_qualifiers})\b)[^\W\d_]+", re.I)
_NOUN_REACH = 10  # characters before a Korean count where the noun naming it stands (`관객은 1026만명`)
# right before a noun: a per-unit mark (`to a launch`, `per launch`), making the noun a rate's unit
_PER_MARK_BEFORE_NOUN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.unit_price_after})\s+$", re.I)
_PER_MARK_REACH = 12  # characters before a noun where its per-unit mark stands
_NOUN_AFTER_REACH = 4  # characters after a count where the noun naming it may stand (`503만명의 관객`)
# `an extra 30,000 head`, `400 more stores`: a count stated as the size of a rise (words before it, or `more`/`fewer`
# right after it), no level of the units a figure per unit divides by
_INCREMENT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.increment_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_INCREMENT_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.more_or_fewer_after})\b", re.I)
_INCREMENT_REACH = 24  # characters before a count where the words making it a rise stand
# `about $11,000 of revenue each per week`: an amount its own clause states per unit or per period (a few words, then
# the mark), itself an average, no total a figure per unit divides
_AVERAGE_AFTER = ByLanguage(
    lambda w: (
        rf"(?:\s+[^\W\d_]+){{0,3}}?\s*(?:{w.per_unit_after}|{w.unit_price_each}|{w.per_week_after}|{w.per_month_after}"
        rf"|{w.per_day_after})"
    ),
    re.I,
)
# `takings at about £603,000 a pub`: an amount marked per a noun of items right after it (no time: `$5bn a year`)
_PRICE_MARK_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.unit_price_after})\s+(?!(?:{w.period_nouns_after_mark})\b)[^\W\d_]{{3,}}(?![^\W\d_])", re.I
)
# `Rent per store averaged £80,000`: the cost the figure's clause names (`[link.cost_nouns]`)
_COST_NOUN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.cost_nouns})(?![^\W\d_])", re.I)
# `광고비는 8억원`, `ad spending of $800,000`: an amount spent, and `3만원어치`, `£30 worth`: a figure bought
_SPEND_NOUN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.spend_nouns})", re.I)
_BOUGHT_WORTH = ByLanguage(lambda w: rf"(?:{w.bought_worth_after})", re.I)
# `2억원어치를 판 셈이다`: right after a figure, the worth of goods the units sold (`[link.sold_worth_after]`)
_SOLD_WORTH = ByLanguage(lambda w: rf"(?:{w.sold_worth_after})(?![^\W\d_])", re.I)
_PURCHASE_NOUN = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.purchase_nouns})", re.I)
_QUALIFIED_NOUN = compile_exact(r"[^\W\d_]\s+$")  # (a word, then the noun: `어린이 입장객`)
_COST_REACH = 60  # characters before a figure where the words of its clause naming what it is of stand
# `an average of 30 tonnes a truck`, `carried an average of 30 tonnes each`: right after a measure, the noun it is per
# (or `each`), naming the units of the count its sentence states before it
_MEASURE_PER_UNIT_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.per_unit_after_average})\s+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])|(?:{w.unit_price_each}))",
    re.I,
)
_RESTATED_REACH = 40  # characters from a total to its restatement per unit (`$6.4m in fees, an average of`)
# `위판액은 약 300억원`, `조수입을 900억원`: the sales an amount is named as, right before it (a particle, a hedge
# between)
_SALES_NAMED = ByLanguage(
    # (a total's mark between, `위판액은 모두 300억원`: the amount is still the one the noun names)
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.sales_value_nouns})(?:{w.named_figure_particles})?\s+"
        rf"(?:(?:{w.hedges}|{w.total_marks})\s*){{0,2}}$"
    ),
    re.I,
)
# `수출액은 300억원`, `수출량이 2,000톤`: the noun right before a figure (a particle, a hedge between)
_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}}?)(?:{w.named_figure_particles})?\s+(?:(?:{w.hedges})\s*)?$"
)
# `㎏당 평균 위판가격은 2만5천원`, `㎏당 평균 2만5천원꼴`: between a price's mark and the price, an average's words
# and a noun naming a sales price (`[link.sales_price_nouns]`) or none (`소비자 가격`, `생산비`: another price)
# `상점당 평균 400만원꼴`, `상점당 평균 매출은 400만원꼴`: between a per-unit mark and its figure, only an average's
# words, or a noun naming sales
_AVERAGE_WORDS_ONLY = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.average_clause_words}|{w.hedges})\s*)*"
        rf"(?:(?:{w.sales_value_nouns})(?:{w.named_figure_particles})?\s*(?:(?:{w.average_clause_words}|{w.hedges})\s*)*)?"
    )
)
_SALES_PRICE_WORDS = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.average_clause_words}|{w.hedges})\s*)*"
        rf"(?:(?:{w.sales_price_nouns})(?:{w.named_figure_particles})?\s*(?:(?:{w.average_clause_words}|{w.hedges})\s*)*)?"
    )
)
# `위판 가격은 ㎏당`, `수매가는 ㎏당`: a noun naming a sales price opening the clause right before a price's mark (no
# word before it naming another good or another price: `소비자 가격은`)
_SALES_PRICE_BEFORE_MARK = ByLanguage(
    lambda w: rf"(?:^|[.,;:]\s*|\n)(?:{w.sales_price_nouns})(?:{w.named_figure_particles})\s+$"
)
# `위판액은 500억원으로, 암꽃게는 ㎏당`: a topic of its own between an amount and the price's mark (the price is its)
_TOPIC_WORD = ByLanguage(lambda w: rf"(?<![^\W\d_])[^\W\d_]+(?:{w.clause_topic_particles})(?![^\W\d_])")
# `냉동 꽃게 위판액은`: the words right before a sales noun, back to a topic or an object (`꽃게와 대하를 합친`)
_QUALIFIER_STOP = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles}|{w.object_particles})$")
_SEASON_NOUN = ByLanguage(lambda w: rf"(?:{w.catch_season_nouns})")
# `이 가격을 적용한 조수익은`: words saying the amount is the price before applied to the crop, no part's qualifier
_PRICE_APPLIED = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.price_applied_before})(?![^\W\d_])")
# `이 가운데 1,200톤이 위판장을 거쳤다`: words saying a measure was sold (`[link.sold_measure_words]`)
_SOLD_WORD = ByLanguage(lambda w: rf"(?:{w.sold_measure_words})")
# `shipped 2,000 tonnes`: a verb of selling a few words before a measure; `…, and growers received an average of`: a
# verb of takings between a measure and the price per its unit; `Exports accounted for €12m`: a part's verb
_UNITS_SOLD_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.units_sold_verbs})(?:\s+[^\W\d_]+){{0,2}}\s+$", re.I)
_TAKINGS_BEFORE_PRICE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.takings_verbs_before_price})(?![^\W\d_])", re.I)
_PART_VERB_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.part_verbs_before}|{w.share_verbs_before_part})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# between a measure and the verb of takings before a price: a mark of another seller as the verb's subject
# (`[link.other_seller_marks]`: `rival`)
_OTHER_SELLER = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.other_seller_marks})(?![^\W\d_])", re.I)
_LEAD_PARTS_FOLLOW = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.parts_follow})(?![^\W\d_])", re.I)
_SOLD_REACH = 40  # characters before a measure (or a total) where the verb of its sale (or of a part) stands
_VALUE_NOUN = ByLanguage(lambda w: rf"(?P<stem>[^\W\d_]+?)(?:{w.value_noun_endings})")  # `수출액`: the value of exports
_QUANTITY_NOUN = ByLanguage(lambda w: rf"(?P<stem>[^\W\d_]+?)(?:{w.quantity_noun_endings})")  # `수출량`
# `수매 대금은 모두 400억원`, `수매 물량이 1,800톤`: the value and the quantity named as two words, the first their stem
# (`[link.value_nouns_after_stem]`, `[link.quantity_nouns_after_stem]`), right before the figure (a particle, a hedge
# or a total's mark between)
_STEM_VALUE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<stem>[^\W\d_]{{2,}})\s(?:{w.value_nouns_after_stem})(?:{w.named_figure_particles})?"
        rf"\s+(?:(?:{w.hedges}|{w.total_marks})\s*){{0,2}}$"
    )
)
_STEM_QUANTITY_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<stem>[^\W\d_]{{2,}})\s(?:{w.quantity_nouns_after_stem})(?:{w.named_figure_particles})?"
        rf"\s+(?:(?:{w.hedges})\s*)?$"
    )
)


def link_per_unit_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    # (a conversion is kept as a total of a figure of its currency: `6척 … 15억달러(약 2조원) … 척당 3천억원꼴`)
    figures = [c for c in claims if not c.furniture]
    by_sentence = group_by_sentence(figures)
    increments = _increments(figures, text, lang)
    # (a rise's size is, like a part, no count of the whole: `1.2 million head, up 40,000`, `an extra 40,000 head`)
    parts = _parts(figures, text, lang) | increments
    index = _NamedCounts(figures, text, lang, parts)
    index.increments = increments
    wider = WiderCounts(figures, lang)  # (the larger counts a group's count may be within)
    # (the counters the article counts in: a noun among them before a price mark is a per-unit mark, `병상당`)
    counters = frozenset(c.counter for c in figures if c.kind == "count" and c.counter and len(c.counter) > 1)
    currency_written = writes_the_weighed_currency(text, lang)  # (once per article)
    # (and the nouns its counts of a counter naming none are stated of: `매장 수는 1,200곳 … 매장당`)
    counters |= _counted_nouns(figures, text, lang)
    marks: dict[int, tuple[str, int, int] | None] = {}  # one search per sentence, not per figure
    # (every mark of a sentence, read once: the one mark, the spans and each figure's own mark are read from it)
    marks_of: dict[int, list[tuple[str, int, int]]] = {}

    def marks_in(sentence: int) -> list[tuple[str, int, int]]:
        found = marks_of.get(sentence)
        if found is None:
            matches = per_noun_matches(claims, sentence, text, lang, sentence_starts)
            found = marks_of[sentence] = _marks_in(matches, sentence, text, lang, sentence_starts, counters)
        return found

    # (every figure linked here has a mark: a per-unit mark, a counted noun before a price mark, or the noun after a
    # measure; a text that can match none of them has no mark to read)
    if not (
        may_match(_PER_NOUN[lang], text)
        or (counters and may_match(_COUNTER_NOUN_MARK[lang], text))
        or may_match(_MEASURE_PER_UNIT_AFTER[lang], text)
    ):
        return
    position = {id(c): k for k, c in enumerate(figures)}  # (a figure's place, read for the few with a mark)
    spans: dict[int, list[tuple[int, int]]] = {}  # every per-unit mark of a sentence (its `1㏊`, `한 곳` no figure)
    divided: dict[str, Claim] = {}  # a total divided per unit: the count it was first divided by
    for i, figure in enumerate(figures):
        if figure.kind not in _FIGURE_KINDS or figure.role != "value" or figure.per_unit_of is not None:
            continue
        if figure.sentence not in marks:
            marks[figure.sentence] = _mark(marks_in(figure.sentence))
        if figure.sentence not in spans:
            spans[figure.sentence] = [(low, high) for _, low, high in marks_in(figure.sentence)]
        if any(figure.start < high and figure.end > low for low, high in spans[figure.sentence]):
            continue  # (the `1㏊` of `1㏊당 생산량은 3톤`: the mark's own one, no figure per unit)
        mark = marks[figure.sentence]
        others_marked: set[str] = set()
        if mark is None and len(spans[figure.sentence]) > 1:
            # marks of two nouns: the figure's own, and the figures per the other noun are none of its partners
            sentence = by_sentence[figure.sentence]
            found = marks_in(figure.sentence)
            mark = _mark_beside(figure, sentence, found, text)
            others_marked = {
                c.id for c in sentence if c is not figure and _mark_beside(c, sentence, found, text) not in (None, mark)
            }
        if mark is None and figure.kind == "measure" and not spans[figure.sentence]:
            mark = _mark_after_measure(figure, by_sentence[figure.sentence], text, lang)
        if mark is None:
            continue
        noun, mark_start, mark_end = mark
        if currency_written and noun.lower() in WEIGHED_WORDS:
            continue  # (`Sterling bought $1.27, against the $1.25 a pound budgeted`: a rate of exchange, no weight)
        if per_shorter_period(figure, text, lang):
            continue  # (`가입자 한 명이 한 달 평균 9만원`: per unit and per month, of a total of some months)
        if _apart_from_mark(figure, by_sentence[figure.sentence], mark_start, mark_end, text, lang):
            continue  # (`Wheat sales came to €1.0bn, … about €500 a tonne`: the mark is the nearer figure's)
        measure = measure_unit(noun, lang)
        # (money of another currency is neither the count nor the total: `척당 2억달러, 원화로는 척당 2천억원`)
        own = [
            c
            for c in by_sentence[figure.sentence]
            if c is not figure
            and c.role != "conversion"
            and (c.kind == "count" or _of_measure(c, measure) or (c.kind == figure.kind and c.unit == figure.unit))
            # (the `1개` of `1개당`: a figure within the mark, or ending in it, is the mark's own one)
            and not (c.start < mark_end and c.end > mark_start)
            and not any(c.start < high and c.end > low for low, high in spans[figure.sentence])  # (`한 곳당`)
            and c.id not in others_marked
            # (`rose to 9.8 tonnes a hectare from 9.1, a gain of 0.7`: the figure's own comparisons, no total; `sowed
            # 4,000 hectares, 100 fewer than the 4,100 of last year`: the count's, no other count)
            and not (c.unit == figure.unit and c.value < figure.value)
            and c.role not in _COMPARED
            and c.id not in parts  # (`…, or 30 per cent of volume, and revenue per unit …`: another clause's part)
        ]
        as_subject = False
        restated = False  # (the total the sentence before's, its restatement per unit the figure's sentence)
        if not own:
            count = _count(figures, i, noun, text, lang, index)
            if count is None and _mark_opens_clause(mark_start, sentence_starts[figure.sentence], text):
                count = index.lead_largest_count(noun, figure.sentence)
            if count is None and figure.kind == "money" and figure.metric and "metric" not in figure.guesses:
                count = _one_count_before(figures, i, noun, text, lang, index)
            # (a unit as a clause's subject, `고객 한 명이 30만원어치를 산 꼴이다`, restates the amount before it; no
            # other amount: `구매 고객은 20만명, 광고비는 8억원이었다` states one beside the count that it is not of)
            as_subject = _SUBJECT_MARK[lang].search(text, mark_start, mark_end + 1) is not None
            total = None
            if count is not None and not as_subject:
                total = _total(figures, i, count, text, lang, index.body())
            if count is not None and total is None:
                # (`관광객 4만명이 찾아 32억원을 썼다. 1인당 8만원꼴이었다`: a count of the sentence before, as the
                # amount is, so an ending per unit restates that sentence too; not a count further back)
                total = _restated_before(
                    figures, i, text, lang, sentence_starts, per_unit_ending=count.sentence == figure.sentence - 1
                )
                # (`광고비로 8억원을 썼다. 고객 한 명이 30만원어치를 산 셈이다`: not the spend restated)
                if (
                    as_subject
                    and total
                    and not _named_in_sentence(total, figure, text, lang, sentence_starts)
                    and not _sold_of_sales(total, figure, count, mark_start, text, lang, sentence_starts)
                ):
                    total = None
                total = total or _restated_over_count(figures, i, count, text, lang, sentence_starts)
                restated = total is not None
            if (
                count is not None
                and total is None
                and figure.kind == "money"
                and index.only_count(count, noun)
                and not any(
                    c.kind == "money" and c.unit == figure.unit and position[id(c)] < i
                    for c in by_sentence.get(count.sentence, ())
                )
            ):
                # `병원 공사를 4억달러에 따냈다. 800병상 규모다. 병상당 공사비는 60만달러`: no total named nor stated
                # with the count, the lead's amount of the currency (what the story is about) within reach, when
                # the count is the one the article states under the noun (`출품작 900점 가운데 600점이 팔려`: which
                # the amount is over, not said) and its sentence states no amount (two of them: which, not said)
                lead = _lead_total(figures, i, text)
                # (the amount first, then the count of its units: `조합원은 2만명이다. 배당금 총액은 60억원이다`
                # leaves which the average is of unsaid), and named by no other noun than the figure's (`수수료는
                # 12조원 … 건당 평균 결제금액은`: a fee is not the payments)
                if lead is not None and _name(lead, text, lang) not in (None, _name(figure, text, lang)):
                    lead = None
                total = lead if lead is not None and lead.sentence < count.sentence else None
            if count is not None and total is None and figure.metric and "metric" not in figure.guesses:
                # `3분기 매출이 500억원 … 매장 수는 9월 말 1,000곳이다. 매장당 분기 매출은 약 5천만원`: the metric the
                # figure names, of the lead (the story's whole), however far back, when the lead states one value of it
                total = _lead_of_metric(figures, i, index.body())
            if (
                count is not None
                and total is None
                and figure.kind == "measure"
                and count.kind == "count"
                and count.sentence == figure.sentence - 1
                and count.paragraph == figure.paragraph
            ):
                # `조업한 어선은 300척이었다. 척당 평균 30톤을 잡은 셈이다`: a measure per the count of the sentence
                # just before, like one beside it, of the lead's measure (the catch the story is about), as a yield
                total = _lead_total(figures, i, text, yield_of_lead=True)
                # (the figure named by a noun of its own the lead's is not: `가구당 연평균 사용량은` after `판매량은`,
                # one use's share of the sales, not all of them)
                if total is not None and _name(figure, text, lang) not in (None, _name(total, text, lang)):
                    total = None
            if count is not None and count.kind == "measure" and not (figure.metric and "metric" not in figure.guesses):
                if figure.kind != "measure":
                    # (`output of 11.2 million tonnes` beside revenue, then `a profit of $255 per tonne`: a figure per
                    # a measure names the metric it divides, else which of the sentence's amounts is not said)
                    continue
                # `재배 면적은 2,000㏊다. 1㏊당 평균 20톤을 거둔 셈`: a measure per a measure of another unit (a yield),
                # of the article's lead measure of the figure's unit (the crop the story is about)
                total = _lead_total(figures, i, text, yield_of_lead=True)
        else:
            count, total = _in_own_sentence(
                figures,
                i,
                own,
                noun,
                text,
                lang,
                index,
                mark_after=mark_start >= figure.end,
            )
            if (
                count is not None
                and total is None
                and count.kind == "count"
                and count.sentence == figure.sentence
                and _beside_the_mark(figure, mark_end, text, lang)
            ):
                # `참여 상점은 240곳으로 상점당 평균 400만원꼴이다`: the count named beside the figure, and the sentence
                # ending so restates per unit the one amount of the sentence just before (`축제 매출은 9억원이었다`)
                total = _restated_before(figures, i, text, lang, sentence_starts, per_unit_ending=True)
        if (count is None or total is None) and figure.kind == "money" and measure is not None:
            # `위판액은 400억원으로, ㎏당 평균 2만원꼴`: a price per a unit of measure restating an amount, per the
            # lead's measure (the catch or crop the story is about) when it and the amount are the story's wholes
            lead, amount = _lead_measure_of_price(
                figures, i, own, measure, text, lang, sentence_starts, index, by_sentence
            )
            # (a nearer measure of the unit the figure's count is read as: that one's, not the lead's)
            if (
                lead is not None
                and amount is not None
                and amount.value > figure.value
                and (count is None or count is lead)
            ):
                place_per_unit(figure, amount, lead, measure)  # (the lead's, however far back)
            continue
        if count is not None and total is not None and count.kind == "measure" and count.sentence < figure.sentence:
            # `영국 60톤, 독일 40톤이다. 수출액은 … ㎏당 3천원꼴`: a measure listed beside others of its unit is one
            # member's, the units of a price only when the price's clause names that member (`멸치 위판액은`)
            count = _listed_member_named(count, by_sentence[count.sentence], figure, total, mark_start, text, lang)
        if count is None or total is None or total.value <= figure.value or (as_subject and not restated):
            continue
        if total.sentence != figure.sentence and not shares_scope_words(figure, total, text, lang, mark_start):
            continue  # (`on a budget of £5m … The council pays it £3 for each visitor`: not a share of the budget)
        if (
            count.sentence < figure.sentence - _SENTENCES_BACK
            and count.paragraph != figure.paragraph
            and abs(total.sentence - count.sentence) > _SENTENCES_BACK
            and total.sentence != figure.sentence
            and not restated
        ):
            # a count far back is the figure's only when stated with its total (a lead's two figures), or when
            # the figure restates a total of its own sentence per unit (`came to $9.1m, a yield of $41 per visit`),
            # or stands in the figure's own paragraph (`매장 수는 1,000곳 … (two sentences on its stores) … 매장 한
            # 곳의 분기 매출은`: the paragraph is about the units), or the figure restates the amount of the sentence
            # before per unit (`예산은 90억원이었다. 관객 한 명에게 6만원꼴이 들어간 셈이다`: the lead's count)
            continue
        if bought_of_a_spend(figure, total, text, lang):
            continue
        if average_stated_before(figure, total, text, lang):
            continue
        if count_of_a_group_within(wider, count, total, text, lang):
            continue
        if _a_group_of_the_units(count, figure, total, by_sentence[figure.sentence], divided):
            continue
        if (
            total.kind == "measure"
            and total.paragraph != figure.paragraph
            and _level_of_the_paragraph(figures, i, total)
        ):
            continue  # (`a deal for 900 tonnes … its farms lifted 5,600 tonnes … 28 tonnes a hectare`: the paragraph's)
        place_per_unit(figure, total, count, measure)
        divided.setdefault(total.id, count)


_COUNT_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:\s+(?:{w.rate_each_after})|{w.unit_rate_after})", re.I)


_INCREMENT_COUNTER = ByLanguage(lambda w: rf"(?:{w.increment_counters})", re.I)
# `makes around 1,900 lanterns a year`: a count of a year's output, a rate, no rival of the count of one lot; and a
# year's mark anywhere in the rest of the price's sentence (`£10 each, £50,000 a year`), where the lot is a year's
# (not `sold 3,000 lamps a year ago`: a time counted back, `[link.span_ago]`/`[link.span_earlier]`, no year's worth)
_PER_YEAR_AFTER = ByLanguage(
    lambda w: rf"(?:{w.per_year_after})(?!\s+(?:{w.span_ago}|{w.span_earlier})(?![^\W\d_]))", re.I
)
_YEARLY_IN_REST = ByLanguage(lambda w: rf"(?:[^.!?\n]|\.(?=\d))*?(?:{w.per_year_after})", re.I)
_NEW_COUNTER = ByLanguage(lambda w: rf"(?:{w.new_counters})", re.I)


class CountsApart:
    """For readings that find a figure per unit and its total in one sentence but no count there (`Entry costs £90 a
    club, bringing in £3,600`): the count the noun names in the sentences before, read as this module reads one
    (`_count`: the nearest within two sentences, further back the lead's), only when it is the one count the article
    states under that name (no part, rise or rate: ties link nothing) and of the figure's company; over an index of
    the article's named counts built once, on first use."""

    def __init__(self, figures: list[Claim], text: str, lang: str) -> None:
        self.figures, self.text, self.lang = figures, text, lang
        self._index: _NamedCounts | None = None
        self._position: dict[int, int] | None = None

    def count(self, figure: Claim, noun: str) -> Claim | None:
        if self._index is None:
            # (a count each of some units holds, `five clubs each`, `eight a venue`, is no count of all the units)
            rates = {
                c.id
                for c in self.figures
                if c.kind == "count"
                and c is not figure
                and (c.per_unit_of is not None or _COUNT_PER_UNIT_AFTER[self.lang].match(self.text, c.end))
            }
            self.figures = [
                c
                for c in self.figures
                if c is figure
                or not (
                    c.id in rates
                    # (`the 300 extra members`: a rise's size, read as a count of `extra`, when a level of the
                    # units is stated too; `will offer 2,400 extra tests … £180 a test`, the one count of them)
                    or (
                        is_an_increment(c, self.lang)
                        and (
                            a_level_beside(c, self.figures, self.text, self.lang, rates)
                            # (`drew 48,000 visitors, up from 40,000 … the 8,000 extra visitors`: the rise restated)
                            or restates_a_rise(c, self.figures)
                        )
                    )
                )
            ]
            increments = _increments(self.figures, self.text, self.lang)
            parts = _parts(self.figures, self.text, self.lang) | increments
            self._index = _NamedCounts(self.figures, self.text, self.lang, parts)
            self._index.increments = increments
            self._position = {id(c): k for k, c in enumerate(self.figures)}
        i = self._position.get(id(figure))
        if i is None:
            return None
        count = _count(self.figures, i, noun, self.text, self.lang, self._index)
        if count is None or count.kind != "count" or count.sentence >= figure.sentence:
            return None
        if _STOCK_BEFORE[self.lang].search(self.text, max(0, count.start - _STOCK_REACH), count.start):
            return None  # (`The library holds 12,000 books … £15 a copy`: a stock or a room's size, no lot sold)
        yearly = bool(_YEARLY_IN_REST[self.lang].match(self.text, figure.end))
        if not yearly and _PER_YEAR_AFTER[self.lang].match(self.text, count.end):
            return None  # (`makes 2,000 satchels a year` … `€20 a satchel, €10,000 in all`: a year's output, no lot)
        if not self._index.only_count(count, noun, yearly_rivals=not yearly, lesser_after=figure.sentence):
            return None  # (`took 12,500 bookings … Its rival took 9,000 bookings`: a tie, which is not said)
        if _LEAD_PARTS_FOLLOW[self.lang].search(self.text, max(0, count.start - _PARTS_WORD_REACH), count.start):
            return None  # (`The fleet grew to 30, of which twelve are …`: a part of the units, not all of them)
        if any(
            c.id in self._index.parts
            and c.kind == "count"
            # (`64 teams, 16 more than last season's 48`: the count's own rise, no part of it)
            and not (c.role == "change" and c.change_of == count.id)
            # (`900 ropes … C$40 a rope, C$36,000 in all. … 600 short ropes and 300 long ones`: parts told after the
            # price's sentence; the price was read with the lot before it)
            and c.sentence <= figure.sentence
            and _own_noun_names(noun, c, self.text, self.lang)
            for c in self.figures
        ):
            return None  # (`14,000 crates, of which 9,000 crates were pears`: the whole's or a part's, not said)
        if (
            count.entities
            and figure.entities
            and count.entities != figure.entities
            and "entities" not in count.guesses
            and "entities" not in figure.guesses
        ):
            return None  # (`LG sold 3,000 units` … `Samsung earned $10m, $5,000 a unit`: another company's)
        # (named by its own counter or the words heading it, `40 clubs`, `40 member clubs`; a noun merely before it is
        # another figure's mark: `five players a club, some 200 players`)
        if not _own_noun_names(noun, count, self.text, self.lang):
            return None
        if _NEW_COUNTER[self.lang].fullmatch(count.counter or ""):
            # (`The 14 new teams …  The fee stays at £45 a team`: with a level of all the units stated before, `84
            # teams`, the price is of those; the new ones only where the article states no level of them)
            levels = [
                c
                for c in self.figures
                if c.kind == "count"
                and c.role == "value"
                and c.start < figure.start
                and c.value > count.value
                and not _NEW_COUNTER[self.lang].fullmatch(c.counter or "")
                and c.id not in self._index.parts
                and _own_noun_names(noun, c, self.text, self.lang)
            ]
            if levels:
                return levels[-1] if len({c.value for c in levels}) == 1 else None
        return count


_PARTS_WORD_REACH = 16  # characters before a count where a word saying it is a part stands (`, of which`)
_NOUN_AFTER_COUNTER = compile_exact(r"\s+([^\W\d_]{3,})")  # (`2,400 extra tests`: the noun after the counter word)


def a_level_beside(increment: Claim, figures: list[Claim], text: str, lang: str, rates: set[str] = frozenset()) -> bool:
    """Whether the article states a count of the units an increment counts (`the 14 new teams` after `84 teams, up
    from 70`; the noun heading the words after it) that is itself no increment nor rate: the level it adds to. With
    none (`will offer 2,400 extra tests … £180 a test`), the increment is the one count of its units."""
    noun = _NOUN_AFTER_COUNTER.match(text, increment.end)
    if noun is None:
        return True  # (`300 extra`, the noun unsaid: a rise's size, as before)
    stem = singular(noun.group(1), lang)
    return any(
        c.kind == "count"
        and c is not increment
        and c.id not in rates
        and c.per_unit_of is None
        and c.role in ("value", "baseline", "prior")
        and not _INCREMENT_COUNTER[lang].fullmatch(c.counter or "")
        and _own_noun_names(stem, c, text, lang)
        and not is_a_rate(c, text, lang)  # (`200 tests a month`: a pace, no level)
        for c in figures
    )


def restates_a_rise(increment: Claim, figures: list[Claim]) -> bool:
    """Whether an increment (`the 8,000 extra visitors`) is the size of a rise the article states as a level and the
    earlier level it rose from in one sentence (`drew 48,000 visitors, up from 40,000 in 2024`): the rise restated,
    whatever noun each is named by, no count of all the units."""
    levels: dict[int, list[Claim]] = {}
    for c in figures:
        if c.kind == "count" and c is not increment and c.role in ("value", "prior", "baseline"):
            levels.setdefault(c.sentence, []).append(c)
    return any(
        now.role == "value"
        and then.role in ("prior", "baseline")
        and now.low - then.high <= increment.high
        and increment.low <= now.high - then.low
        for same in levels.values()
        for now in same
        for then in same
    )


def is_an_increment(count: Claim, lang: str) -> bool:
    """A count whose counter word makes it the size of a rise (`300 extra`, `2,400 additional tests`:
    `[link.increment_counters]`)."""
    return count.kind == "count" and _INCREMENT_COUNTER[lang].fullmatch(count.counter or "") is not None


def _own_noun_names(noun: str, count: Claim, text: str, lang: str) -> bool:
    """Whether the noun names the count by the count's own counter (a form of it, or a word of its kin) or a word
    heading the words right after it (`40 member clubs`)."""
    counter, stem = (count.counter or "").lower(), noun.lower()
    if counter and (
        counter == stem
        or (len(stem) > _CLASSIFIER_LETTERS and counter.startswith(stem) and len(counter) - len(stem) <= 2)
        or any(kin[lang].fullmatch(counter) and kin[lang].fullmatch(stem) for kin in _KIN)
    ):
        return True
    return _heads_the_words_after(count, stem, text, lang)


def _level_of_the_paragraph(figures: list[Claim], i: int, total: Claim) -> bool:
    """Whether the figure's own paragraph, before it, states a level of the total's kind and unit larger than the
    total (a value, no rate, no change), a paragraph that comes after the total's: a yield or an average there is of
    that paragraph's level (this season's harvest), not of a smaller amount the lead states (a contract's tonnes); a
    part of the lead's total listed there (smaller than it) leaves the total as it is."""
    figure = figures[i]
    for j in range(i - 1, -1, -1):
        c = figures[j]
        if c.paragraph != figure.paragraph:
            return False
        if (
            c.role == "value"
            and (c.kind, c.unit) == (total.kind, total.unit)
            and c.value > total.value
            and c.per_unit_of is None
        ):
            return True
    return False


def _a_group_of_the_units(
    count: Claim, figure: Claim, total: Claim, sentence: list[Claim], divided: dict[str, Claim]
) -> bool:
    """A count of the units' counter stands between the count and the figure in its sentence (`상점은 240곳으로 이
    가운데 음식점 80곳은 상점당 …`: the figure is the group's), or the total was divided before by a larger count of
    that counter (`농가 160곳 … 농가당 …. 대농 20곳은 농가당 …`): the figure is a group's, of a total not stated."""
    if count.kind != "count" or not count.counter:
        return False
    if count.sentence == figure.sentence and any(
        c.kind == "count" and c.counter == count.counter and count.end <= c.start and c.end <= figure.start
        for c in sentence
    ):
        return True
    first = divided.get(total.id)
    return first is not None and first.counter == count.counter and first.low > count.high


def _beside_the_mark(figure: Claim, mark_end: int, text: str, lang: str) -> bool:
    """`참여 상점은 240곳으로 상점당 평균 400만원꼴이다`: only an average's words, or a noun naming sales, stand between
    the mark and the figure (not `상점당 평균 임대료는 50만원꼴`: another amount)."""
    return mark_end > figure.start or _AVERAGE_WORDS_ONLY[lang].fullmatch(text, mark_end, figure.start) is not None


_GROUP_NOUN_REACH = 3  # words from a count's figure where the noun of a wider count may stand (`150 regional outlets`)
_LETTERS = compile_exact(r"[^\W\d_]+")
_PHRASE_END = compile_exact(r"[,.;:!?()\n]")  # the count's noun phrase ends at a clause's mark


class WiderCounts:
    """The article's counts of a counter, by that counter and by the singular of its last word, each key's counts in
    sentence order with the largest low so far: whether a larger count of a noun stands by a sentence is one look-up
    (built once an article, `count_of_a_group_within`)."""

    __slots__ = ("_highest", "_sentences")

    def __init__(self, figures: list[Claim], lang: str) -> None:
        rows: dict[tuple[str, str], list[tuple[int, float]]] = {}
        for c in figures:
            if c.kind == "count" and c.counter and c.role == "value":
                head = singular(c.counter.casefold().split()[-1], lang)
                for key in {("counter", c.counter), ("noun", head)}:
                    rows.setdefault(key, []).append((c.sentence, c.low))
        self._sentences: dict[tuple[str, str], list[int]] = {}
        self._highest: dict[tuple[str, str], list[float]] = {}
        for key, found in rows.items():
            found.sort(key=lambda row: row[0])
            highest: list[float] = []
            for _, low in found:
                highest.append(max(low, highest[-1]) if highest else low)
            self._sentences[key] = [sentence for sentence, _ in found]
            self._highest[key] = highest

    def larger(self, keys: set[tuple[str, str]], by_sentence: int, than: float) -> bool:
        """Whether a count of one of the keys, stated by the sentence, is larger (its low) than the figure."""
        for key in keys:
            sentences = self._sentences.get(key)
            if sentences is None:
                continue
            at = bisect.bisect_right(sentences, by_sentence)
            if at and self._highest[key][at - 1] > than:
                return True
        return False


def count_of_a_group_within(wider: WiderCounts, count: Claim, total: Claim, text: str, lang: str) -> bool:
    """`점포는 1,850곳이다. 매출은 2조3천억원 … 수도권 점포 980곳의 점포당 매출은 14억원`, `The chain has 900 stores
    and took $2bn. Its 120 airport stores averaged $3m each`: a count stated after a total, the total stated with
    (or after) a larger count of the same noun, is a group within the units that total is over; a figure per that
    group's units is of a takings not stated."""
    if count.kind != "count" or not count.counter or total.sentence >= count.sentence:
        return False
    words = {w.casefold() for w in _LETTERS.findall(text, count.start, count.end)}
    stop = _PHRASE_END.search(text, count.end, count.end + 40)
    after = _LETTERS.findall(text, count.end, stop.start() if stop else count.end + 40)
    words.update(w.casefold() for w in after[:_GROUP_NOUN_REACH])
    keys = {("noun", singular(w, lang)) for w in words} | {("counter", count.counter)}
    return wider.larger(keys, total.sentence, count.high)


# `독일 40톤`, `멸치가 450톤으로`: the word labelling a listed figure, right before it (a topic or subject particle
# between)
_LABEL_WORD = compile_exact(r"[^\W\d_]{2,}")
_LABEL_WORDS = 3  # words before a listed member where its label may stand (`spice merchants took 18 tonnes`)
_LABEL_LEAST = 4  # letters a label has (`took`, `and`: none)
_SENTENCE_OF = compile_exact(r"[.!?。\n](?!\d)")  # a sentence's end, read back from a figure
_LABEL_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<label>[^\W\d_]{{2,}}?)(?:{w.topic_particles})?\s?$")
_LABEL_REACH = 12


# between two listed figures: a comma, then the next one's label (`100톤, 영국 60톤`)
_LIST_JOIN = compile_exact(r"\s*,\s*[^\W\d_]+(?:[ ·][^\W\d_]+){0,2}\s?")


def _listed_run(count: Claim, sentence: list[Claim], text: str) -> list[Claim]:
    """The run of measures of the count's unit listed with it in its sentence, each after a comma and its label."""
    members = [c for c in sentence if c.kind == "measure" and c.unit == count.unit and c.role == "value"]
    if count not in members:
        return [count]
    at = members.index(count)
    low = high = at
    while low > 0 and _LIST_JOIN.fullmatch(text, members[low - 1].end, members[low].start):
        low -= 1
    while high + 1 < len(members) and _LIST_JOIN.fullmatch(text, members[high].end, members[high + 1].start):
        high += 1
    return members[low : high + 1]


def _listed_member_named(
    count: Claim, sentence: list[Claim], figure: Claim, total: Claim, mark_start: int, text: str, lang: str
) -> Claim | None:
    """A measure of a sentence before stated beside others of its unit (a breakdown: `미국 100톤, 영국 60톤, 독일
    40톤`): the member whose label the figure's or the total's clause names (`멸치 위판액은 … ㎏당`), else the count as
    read, for `lift_parts_to_their_level` to read as the list's whole (or as none)."""
    if len(_listed_run(count, sentence, text)) < 2:
        return count
    # (any figure of the unit in that sentence: `멸치가 450톤으로 가장 많았고 전어 300톤, 꽁치 150톤`)
    members = [c for c in sentence if c.kind == "measure" and c.unit == count.unit and c.role == "value"]
    clause = _CLAUSE_STOP.split(text[max(0, mark_start - _COST_REACH) : mark_start])[-1]
    for member in members:
        label = _LABEL_BEFORE[lang].search(text, max(0, member.start - _LABEL_REACH), member.start)
        if label is not None and (
            re.search(rf"(?<![^\W\d_]){re.escape(label.group('label'))}", clause)
            or _label_in_clause(member, total, text, lang)
        ):
            return member
    return count  # (lifted to the list's whole after the breakdowns are read, or dropped: `lift_parts_to_their_level`)


def _label_named(member: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure's clause names the label right before a listed member (`소라가 226톤 … 소라 위판액은 …
    ㎏당`), as `_listed_member_named` reads it."""
    label = _LABEL_BEFORE[lang].search(text, max(0, member.start - _LABEL_REACH), member.start)
    clause = _CLAUSE_STOP.split(text[max(0, figure.start - _COST_REACH) : figure.start])[-1]
    if label is not None and re.search(rf"(?<![^\W\d_]){re.escape(label.group('label'))}", clause):
        return True
    # (a label a few words before the member, any of its forms in the figure's sentence before it: `spice merchants
    # took 18 tonnes` … `Merchant sales reached £9m, an average of £500 a kilogram`)
    member_clause = _CLAUSE_STOP.split(text[max(0, member.start - _COST_REACH) : member.start])[-1]
    labels = [w for w in _LABEL_WORD.findall(member_clause)[-_LABEL_WORDS:] if len(w) > _LABEL_LEAST]
    if not labels:
        return False
    sentence = _SENTENCE_OF.split(text[max(0, figure.start - _COST_REACH) : figure.start])[-1]
    return any(names_word(word, other) for word in labels for other in _LABEL_WORD.findall(sentence))


def average_stated_before(figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """`텐트 한 동의 평균 대여료는 12만원이다 … 이용객 1인당 9만원꼴`: an amount of a sentence before whose own
    clause states it as an average (`[link.average_clause_words]` before it) is no total a figure per unit divides."""
    if total.sentence == figure.sentence:
        return False
    return _AVERAGE_CLAUSE_WORD[lang].search(_clause_before(total, text)) is not None


def bought_of_a_spend(figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """`구매 고객은 20만명, 광고비는 8억원이었다. 고객 1인당 3만원어치를 산 꼴이다`, `Shoppers numbered 20,000 and ad
    spending was $80,000. … That is $30 worth of goods per shopper`: a figure stated as the worth of what the units
    bought (`[link.bought_worth_after]`), or named as a purchase in its clause (`고객 1인당 평균 구매액은`:
    `[link.purchase_nouns]`), is not of an amount its clause names as spent (`[link.spend_nouns]`), unless the
    figure's own clause names a spend too."""
    own = _clause_before(figure, text)
    if _BOUGHT_WORTH[lang].match(text, figure.end) is None and _PURCHASE_NOUN[lang].search(own) is None:
        return False
    if _SPEND_NOUN[lang].search(_clause_before(total, text)) is None:
        return False
    return _SPEND_NOUN[lang].search(own) is None


def _takings_of_sold(measure: Claim, figure: Claim, lead: Claim, text: str, lang: str) -> bool:
    """Whether a price whose mark follows it (`an average of $4 a kilogram`) is the lead's takings over the measure
    beside it: the measure sold (a verb of selling a few words before it, `[link.units_sold_verbs]`, or of takings
    between the two, `[link.takings_verbs_before_price]`: `produced 2,000 tonnes` leaves some unsold), and the lead's
    amount takings (naming no metric, or revenue or exports: not a profit) stated as no part (`Exports accounted for
    €12m of sales`: `[link.part_verbs_before]`)."""
    window = _CLAUSE_BREAK.split(text[max(0, measure.start - _SOLD_REACH) : measure.start])[-1]
    takings = None
    if measure.end <= figure.start:
        takings = _TAKINGS_BEFORE_PRICE[lang].search(text, measure.end, figure.start)
    if takings is not None and _OTHER_SELLER[lang].search(text, measure.end, takings.start()):
        return False  # (`…, and rival Tasman Fish received an average of`: another seller's price)
    if _UNITS_SOLD_BEFORE[lang].search(window) is None and takings is None:
        return False
    if lead.part_of is not None or (
        lead.metric is not None and (lead.metric not in TAKINGS or "metric" in lead.guesses)
    ):
        return False
    return _PART_VERB_BEFORE[lang].search(text, max(0, lead.start - _SOLD_REACH), lead.start) is None


def _lead_measure_of_price(
    figures: list[Claim],
    i: int,
    own: list[Claim],
    measure: str,
    text: str,
    lang: str,
    sentence_starts: list[int],
    index: _NamedCounts,
    by_sentence: dict[int, list[Claim]],
) -> tuple[Claim | None, Claim | None]:
    """`꽃게 1,200톤이 잡혔다 … (paragraphs later) 위판액은 300억원으로, ㎏당 평균 2만5천원꼴`, `사과 조수입을
    900억원으로 추산했다. 톤당 약 300만원꼴이다`, `위판액은 300억원이었다. ㎏당 평균 위판가격은 2만5천원으로 …`: a money
    figure per a unit of measure stated as an average (a price: `평균`, `꼴`) is the sales of the story's crop or
    catch per its lead measure (the body's first sentence, past a headline), however far back, when the amount is
    named as those sales (`[link.sales_value_nouns]`, or the value of the quantity the lead names, `수출액` of
    `수출량`: `[link.value_noun_endings]`, `[link.quantity_noun_endings]`) and stands beside the price restated per
    unit (`…으로, ㎏당`), in the sentence before restating it (`셈이다`), or as the one amount of the sentences just
    before and after in its paragraph; and when each is the story's whole: the largest value of its unit the body
    states (a larger tonnage is another whole, a quota; a larger amount another total: which the price divides is
    not said), and the amount's clause names no listed part (`꽃게 위판액은` after `꽃게 500톤`). A budget or a part's
    value (`수매 예산`, `수출액` of a lead's `생산량`) names no sales of the whole."""
    figure = figures[i]
    if not stated_as_average(figure, text, lang, sentence_starts):
        return None, None  # (`톤당 2,500만원 선에서 수매가를 정했다`: a price set, no average of the sales)
    mark = _price_mark(figure, text, lang, sentence_starts[figure.sentence])
    if mark is None or not (
        _SALES_PRICE_WORDS[lang].fullmatch(text, mark.end(), figure.start)
        # (`위판 가격은 ㎏당 평균 3만원`: the price's name before its mark, only an average's words after it)
        or (
            _SALES_PRICE_BEFORE_MARK[lang].search(text, max(0, mark.start() - _NAME_REACH), mark.start())
            and _AVERAGE_WORDS_ONLY[lang].fullmatch(text, mark.end(), figure.start)
        )
    ):
        return None, None  # (`㎏당 평균 소비자 가격은`, `㎏당 평균 생산비는`: the price of something else)
    total = None
    if len(own) == 1 and own[0].kind == "money" and own[0].unit == figure.unit and own[0].role == "value":
        beside = own[0]
        if (
            beside.end <= figure.start
            and figure.start - beside.end <= _RESTATED_REACH
            and not _TOPIC_WORD[lang].search(text, beside.end, mark.start())
        ):
            total = beside  # (`위판액은 500억원으로, 암꽃게는 ㎏당`: one kind's price, not the sales' average)
    elif not own:
        total = _restated_before(figures, i, text, lang, sentence_starts) or _adjacent_amount(figure, by_sentence)
    if total is None or total.id in index.parts:
        return None, None
    lead = index.lead_units(measure)
    if lead is None or lead.kind != "measure" or lead.sentence >= figure.sentence:
        return None, None
    if not _named_as_sales(total, lead, text, lang):
        return None, None
    if not (_largest_of_unit(lead, index) and _largest_of_unit(total, index)):
        return None, None
    lead_sentence = text[sentence_starts[lead.sentence] : sentence_end(sentence_starts, lead.sentence, len(text))]
    if _names_a_part(total, lead, index.named(measure), text, lang, index.headline, lead_sentence):
        return None, None  # (`어획량은 3,000톤 … 꽃게 1,000톤 … 꽃게 위판액은`: one species' sales, not the catch's)
    if _smaller_measure_sold(lead, index.named(measure), text, lang, sentence_starts):
        return None, None  # (`이 가운데 1,200톤이 위판장을 거쳤다`: the sales are of those, not of the lead's)
    return lead, total


def _mark_opens_clause(mark_start: int, sentence_start: int, text: str) -> bool:
    """Whether the per-unit mark's noun opens its clause (`관객 1인당 지출액은`, `…, 건당 평균`), no word before it that
    narrows the units (`유료 관객 1인당`: the paying ones, a subgroup; `특별전 수입은 … 관객 한 명당`: another clause's
    amount, the mark the one of its sentence)."""
    return not _CLAUSE_BREAK.split(text[sentence_start:mark_start])[-1].strip()


def _price_mark(figure: Claim, text: str, lang: str, sentence_start: int) -> re.Match[str] | None:
    """The mark of a unit of measure a price is per (`㎏당`), the last before the price in its sentence."""
    found = None
    for match in _PER_NOUN[lang].finditer(text, sentence_start, figure.start):
        if match.group("measure_before"):
            found = match
    return found


def _smaller_measure_sold(lead: Claim, measures: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a smaller value of the lead's unit stands in a sentence saying it was sold (`이 가운데 1,200톤이
    위판장을 거쳤다`, `위판된 물량은 800톤`): the sales are of that part, not of the lead's whole."""
    return any(
        c is not lead
        and c.role == "value"
        and c.value < lead.value
        and _SOLD_WORD[lang].search(
            text, sentence_starts[c.sentence], sentence_end(sentence_starts, c.sentence, len(text))
        )
        for c in measures
    )


def _names_a_part(
    total: Claim, lead: Claim, measures: list[Claim], text: str, lang: str, headline: bool, lead_sentence: str
) -> bool:
    """Whether a word of the amount's clause before its name (`꽃게 위판액은`) stands right before another measure of
    the lead's unit (`꽃게 1,000톤`; not a headline's, nor one of the lead's value): the amount is that part's. So
    too when a word qualifying the name right before it (back to a topic or an object: `냉동 꽃게 위판액`, `인천 수협
    위판액`, `꽃게와 대하를 합친 위판액`) is not in the lead's sentence, a season's noun (`봄 어기`:
    `[link.catch_season_nouns]`) aside: the sales of a part, a place or a larger pool, not of the lead's measure."""
    start = max(0, total.start - _NAME_REACH)
    name = (
        _SALES_NAMED[lang].search(text, start, total.start)
        or _STEM_VALUE_BEFORE[lang].search(text, start, total.start)  # (`수매 대금은 모두`: the two words the name)
        or _NOUN_BEFORE[lang].search(text, start, total.start)
    )
    end = name.start() if name else total.start
    clause = _CLAUSE_BREAK.split(text[max(0, end - _NAME_REACH) : end])[-1]
    qualifiers = _WORD.findall(clause)
    if qualifiers and clause == text[max(0, end - _NAME_REACH) : end] and end > _NAME_REACH:
        qualifiers = qualifiers[1:]  # (the reach's first word may be cut)
    applied = _PRICE_APPLIED[lang].search(clause)
    if applied is not None:
        # (`이 가격을 적용한 조수익은`: the price before applied to the crop, the words after it the amount's own)
        qualifiers = _WORD.findall(clause[applied.end() :])
    for word in reversed(qualifiers):
        if _QUALIFIER_STOP[lang].search(word):
            break
        if word not in lead_sentence and not _SEASON_NOUN[lang].fullmatch(word):
            return True
    words = set(_WORD_IN_CLAUSE.findall(_CLAUSE_BREAK.split(text[start:end])[-1]))
    return bool(words) and any(
        c is not lead
        and c.role == "value"
        and c.value != lead.value
        and not (headline and c.paragraph == 0)
        and any(word in text[max(0, c.start - _NOUN_REACH) : c.start] for word in words)
        for c in measures
    )


def stated_as_average(figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the figure's clause says it is an average (`㎏당 평균`, `톤당 약 300만원꼴`:
    `[link.average_clause_words]`), from its sentence's start to its clause's end."""
    start = sentence_starts[figure.sentence]
    stop = _CLAUSE_STOP.search(text, figure.end)
    return bool(_AVERAGE_CLAUSE_WORD[lang].search(text, start, stop.start() if stop else len(text)))


def _adjacent_amount(figure: Claim, by_sentence: dict[int, list[Claim]]) -> Claim | None:
    """The one amount of the figure's currency stated as a value in the sentences just before and after the
    figure's, in its paragraph (their comparisons aside)."""
    found = [
        c
        for k in (figure.sentence - 1, figure.sentence + 1)
        for c in by_sentence.get(k, ())
        if c.paragraph == figure.paragraph
        and c.kind == "money"
        and c.unit == figure.unit
        and c.role == "value"
        and c.per_unit_of is None
    ]
    return found[0] if len(found) == 1 else None


def _named_as_sales(total: Claim, lead: Claim, text: str, lang: str) -> bool:
    """Whether the words right before an amount name it as sales (`위판액은`, `조수입을 약`), or as the value of the
    quantity the lead measure is named by (`수출액은` after `수출량이`, `수매 대금은` after `수매 물량이`)."""
    if _SALES_NAMED[lang].search(text, max(0, total.start - _NAME_REACH), total.start):
        return True
    spaced = _STEM_VALUE_BEFORE[lang].search(text, max(0, total.start - _NAME_REACH), total.start)
    if spaced is not None:
        # (`수매 대금은` after `수매 물량이`: one stem, the value of the quantity)
        of = _STEM_QUANTITY_BEFORE[lang].search(text, max(0, lead.start - _NAME_REACH), lead.start)
        return of is not None and of.group("stem") == spaced.group("stem")
    value = _NOUN_BEFORE[lang].search(text, max(0, total.start - _NAME_REACH), total.start)
    quantity = _NOUN_BEFORE[lang].search(text, max(0, lead.start - _NAME_REACH), lead.start)
    if value is None or quantity is None:
        return False
    value_stem = _VALUE_NOUN[lang].fullmatch(value.group("noun"))
    quantity_stem = _QUANTITY_NOUN[lang].fullmatch(quantity.group("noun"))
    return bool(value_stem and quantity_stem and value_stem.group("stem") == quantity_stem.group("stem"))


def _largest_of_unit(claim: Claim, index: _NamedCounts) -> bool:
    """Whether no value of the claim's kind and unit the body states (past a headline, no figure per unit) is
    larger than it."""
    return claim.value >= index.largest(claim.kind, claim.unit)


def shares_scope_words(figure: Claim, total: Claim, text: str, lang: str, mark_start: int) -> bool:
    """Whether a figure marked per item (`for each`, `for every`: `[link.per_item_noun_after]`, a sum paid per item)
    may be of a total of another sentence: only of one whose words name what its own name (`Ticket revenue came to
    £25 for each visitor` of `ticket revenue of £5m`); other marks, always."""
    if not _ITEM_MARK[lang].match(text, mark_start):
        return True
    # (the words before each in its clause, and those of its scope: `£4.00 of drink revenue for every pint`)
    words = _content_words(figure, text, lang) | _segment_words(figure, lang)
    return bool(words & (_content_words(total, text, lang) | _segment_words(total, lang)))


def per_shorter_period(figure: Claim, text: str, lang: str, since: int = 0) -> bool:
    """Whether a figure is also per a month, a week or a day (`한 달 평균 9만원`, `$20 a month`): of a total of some
    such periods, which the count alone does not divide. `since`: where the words before it may start (past a
    figure whose own words they are: `four monthly lots of 2,000`)."""
    return bool(
        _SHORTER_PERIOD_BEFORE[lang].search(text, max(since, figure.start - _PERIOD_REACH), figure.start)
        or _SHORTER_PERIOD_AFTER[lang].match(text, figure.end)
    )


def _apart_from_mark(
    figure: Claim, sentence: list[Claim], mark_start: int, mark_end: int, text: str, lang: str
) -> bool:
    """Whether another figure of the sentence (not an equivalent in parentheses) stands between the figure and
    the per-unit mark: the mark is that figure's (the nearer one), and this figure a total or another figure. A
    figure after the mark is apart from it too when another figure is written right before it (`a fee of $2 per
    booking, came to $0.18 million`: the mark is the fee's); and a figure before the mark when another figure
    follows the mark, only an average's words between (`600톤을 ㎏당 평균 5천원에`: the mark opens the price)."""
    if figure.end <= mark_start:
        if any(
            c.start >= mark_end
            and c.role != "conversion"
            and _AVERAGE_WORDS_ONLY[lang].fullmatch(text, mark_end, c.start)
            for c in sentence
            if c is not figure
        ):
            return True
        low, high = figure.end, mark_start
    elif figure.start >= mark_end:
        low, high = mark_end, figure.start
        if any(
            c.end <= mark_start and c.role != "conversion" and not text[c.end : mark_start].strip()
            for c in sentence
            if c is not figure
        ):
            return True
    else:
        return False
    return any(low <= c.start < high and c.role != "conversion" for c in sentence if c is not figure)


def _amount_between(figures: list[Claim], i: int, lead: Claim) -> bool:
    """Whether another value of the lead's unit stands between the lead and the figure `i`, just before it (in its
    sentence or the one before: named nearer, it is as much the amount divided as the lead; parts the lead is broken
    into further back, `일반회계는 2조원, 특별회계는 4천억원이다`, are no such)."""
    figure = figures[i]
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.start <= lead.start or other.sentence < figure.sentence - 1:
            return False
        if other.kind == lead.kind and other.unit == lead.unit and other.role == "value" and other.per_unit_of is None:
            return True
    return False


def _in_own_sentence(
    figures: list[Claim],
    i: int,
    own: list[Claim],
    noun: str,
    text: str,
    lang: str,
    index: _NamedCounts,
    mark_after: bool = False,
) -> tuple[Claim | None, Claim | None]:
    """The count and total when the figure's own sentence states one of them (per_unit.py takes a sentence that
    states both): `The airline flew 12.6 million passengers, generating average revenue of $383 per passenger`
    (the count beside it, the revenue stated before: the figure names its metric), `누적 매출액은 492억원으로 관객
    1인당 평균 9780원꼴이다` (the total right before it, restated per unit; the count in the sentences before)."""
    figure = figures[i]
    if len(own) != 1:
        return None, None  # more figures beside it: another clause, or per_unit.py's
    beside = own[0]
    if beside.kind == "measure" and stated_per_a_noun(beside, text, lang):
        return None, None  # (`어촌계당 양식 면적은 50㏊이고, 1㏊당 …`: a measure per a unit, no measure of the units)
    if beside.kind == "measure" and beside.role == "value" and _of_measure(beside, measure_unit(noun, lang)):
        # `rose to 9.8 tonnes a hectare across 42,000 hectares`: an average over a measure of land, use or output,
        # of the article's lead total of the figure's unit when the figure names no metric of its own
        named_metric = bool(figure.metric) and "metric" not in figure.guesses
        if named_metric:
            body = index.body()
            return beside, _total(figures, i, beside, text, lang, body) or _lead_of_metric(figures, i, body)
        # (a measure per a measure of another unit, a yield, is of the lead's measure however far back)
        lead = _lead_total(figures, i, text, yield_of_lead=figure.kind == "measure")
        if (
            lead is not None
            and figure.kind == "money"
            and mark_after
            and (
                not _takings_of_sold(beside, figure, lead, text, lang)
                # (`Last year the harvest was 4,000 tonnes, and it received $10 a kilogram`: another period's price;
                # `Revenue was $50m, of which fish sales were $30m`: a part named nearer, as much the amount)
                or _apart_in_time(lead, figure)
                or _part_between(figures, i, lead, text, lang)
            )
        ):
            return beside, None
        return beside, lead
    # (a count the figure's own sentence states may be named by its clause's subject: `Room nights rose 4% to
    # 124,000, and revenue per room night averaged $200`; further away such a name is no key, for a subject
    # qualified in ways not read, `prior-year visits`, `multifamily permits`, names a count of another level)
    if (
        beside.kind == "count"
        and beside.role == "value"
        and beside.end <= figure.start
        and _DIVISION_BASE[lang].match(text, beside.end)
    ):
        # `인구 50만명을 기준으로 하면 1인당 예산은 200만원꼴`, `인구(50만명)로 나눈 1인당 구매액은`: the count named as
        # what is divided by, of the lead's amount (the story's whole) when that is the body's largest of its unit
        lead = _lead_total(figures, i, text, yield_of_lead=True)  # (however far back, in the body's first two)
        if lead is None or not _largest_of_unit(lead, index):
            return beside, None
        if (not figure.metric or "metric" in figure.guesses) and _amount_between(figures, i, lead):
            return beside, None  # (`예산은 2조원이고 이 가운데 복지예산은 3000억원이다. 인구 50만명을 기준으로
            # 하면 1인당 60만원이다`: a figure naming no metric of its own, and an amount of the lead's unit named
            # nearer, is a tie: neither is the one divided)
        return beside, lead
    named = names_the_count(noun, beside, text, lang) or _subject_names(noun, beside, text, lang)
    if beside.kind == "count" and beside.role == "value" and named:
        named_metric = bool(figure.metric) and "metric" not in figure.guesses
        if named_metric:
            # (none within reach: the metric's value the lead states, however far back, as for a count stated
            # apart: `매출은 500억원 … (paragraphs later) 판매량은 2만톤으로 톤당 평균 매출은 250만원`)
            body = index.body()
            total = _total(figures, i, beside, text, lang, body) or _lead_of_metric(figures, i, body)
            if total is None and figure.kind == "measure":
                # (`수매 물량은 400톤 … 농가는 300곳으로, 농가당 평균 1.3톤을 출하했다`: a measure per a count beside
                # it naming a metric the lead's measure names no other of, of the lead's measure, as a yield)
                lead = _lead_total(figures, i, text, yield_of_lead=True)
                total = lead if lead is not None and lead.metric in (None, figure.metric) else None
                if total is not None and _objects_apart(beside, total, figure, text, lang):
                    total = None
            return beside, total or _sales_of_worth_sold(figures, i, beside, text, lang)
        # `It played in 3,900 theaters, an average of $16,000 per location`: the average of the article's lead
        # total, when the count is named by a word of the unit's kin and not by the unit itself
        if _kin_only(noun, beside, lang):
            # (the units named before the figure: `It paid $40 per employee to 3,000 staff` pays each of the staff,
            # no share of the lead's takings)
            return beside, (_lead_total(figures, i) if beside.end <= figure.start else None)
        if figure.kind == "measure":
            # `농가는 1,200가구로, 가구당 평균 생산량은 4톤`, `The co-op's 300 farms shipped an average of 20 tonnes per
            # farm`: a measure per a count beside it, of the lead's measure (the crop the story is about), as a yield
            lead = _lead_total(figures, i, text, yield_of_lead=True)
            return beside, (None if lead is not None and _objects_apart(beside, lead, figure, text, lang) else lead)
        # `The budget totals $900m. … It serves 75,000 pupils, about $12,000 per pupil`: the total marked as one
        # in the sentences just before
        before = [
            c
            for c in _back(figures, i, figure.sentence - _TOTAL_SENTENCES_BACK)
            if c.kind == figure.kind and c.role == "value" and c.unit == figure.unit and c.per_unit_of is None
        ]
        total = _marked_total(figures, i, text, lang) or _sharing_a_word(figure, before, text, lang)
        return beside, total or _sales_of_worth_sold(figures, i, beside, text, lang)
    restated = beside.end <= figure.start and figure.start - beside.end <= _RESTATED_REACH
    if beside.kind == figure.kind and beside.role == "value" and beside.unit == figure.unit and restated:
        if _WHOLE_SCOPE_AFTER[lang].match(text, figure.end):
            # (`worth about $2.0bn, or roughly $300 a tonne across all crops`: over the whole, the lead's units, not
            # a part's count or measure stated nearer)
            return index.lead_units(noun), beside
        count = _count(figures, i, noun, text, lang, index)
        if (
            mark_after
            and count is not None
            and count.kind == "measure"
            and count.sentence != figure.sentence
            and count is not index.lead_units(noun)
            and _one_measure_of_its_sentence(figures, i, count)
        ):
            # (`Exporters shipped 25 tonnes. The crop was worth $300m, or about $9 a kilogram`: a nearer measure than
            # the lead's, stated alone: which the total is over, not said)
            return None, beside
        lead = index.lead_units(noun)
        if (
            mark_after
            and count is not None
            and count.kind == "measure"
            and lead is not None
            and count.part_of == lead.id
            and _names_a_member(beside, count, lead, text)
        ):
            # (`Growers picked 30 tonnes. Exporters took 20 tonnes and cafés the remaining 10 tonnes. Export sales were
            # $40m, an average of $2 a kilogram`: the last part stands for the whole, but the amount's clause names a
            # member of the breakdown, not the whole)
            return None, beside
        return count, beside
    return None, None


def _sales_of_worth_sold(figures: list[Claim], i: int, count: Claim, text: str, lang: str) -> Claim | None:
    """`참여한 농가가 90곳이어서 농가당 1,500만원어치를 판 셈이다`: the worth each of a count beside it sold
    (`[link.sold_worth_after]`) is of the lead's amount (the story's whole, stated before the count) when the words of
    the lead's clause right before it name it as sales (`판매액이 올해 13억5,000만원`: `[link.sales_value_nouns]`)."""
    figure = figures[i]
    if figure.kind != "money" or not _SOLD_WORTH[lang].match(text, figure.end):
        return None
    # (however far back, in the body's first two sentences: the whole the story is about)
    lead = _lead_total(figures, i, text, yield_of_lead=True)
    if lead is None or lead.start >= count.start:
        return None
    clause = _CLAUSE_CUT[lang].split(text[max(0, lead.start - _NAME_REACH) : lead.start])[-1]
    return lead if _SALES_WORD[lang].search(clause) else None


def _part_between(figures: list[Claim], i: int, lead: Claim, text: str, lang: str) -> bool:
    """Whether a part of the lead (`Revenue was $50m, of which fish sales were $30m`: a value of its unit after a mark
    of its parts, `[link.parts_follow]`) stands between the lead and the figure `i`: named nearer, it is as much the
    amount divided."""
    figure = figures[i]
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.start <= lead.start or other.sentence < figure.sentence - 1:
            return False
        if (
            other.kind == lead.kind
            and other.unit == lead.unit
            and other.sentence == lead.sentence
            and _LEAD_PARTS_FOLLOW[lang].search(text, lead.end, other.start)
        ):
            return True
    return False


def _apart_in_time(a: Claim, b: Claim) -> bool:
    """Whether two figures are of periods neither of which holds the other (`this year` and `last year`; a half and
    a month of it are not apart)."""
    return bool(a.period and b.period) and not (a.period.contains(b.period) or b.period.contains(a.period))


_STEM_LETTERS = 5  # letters two words share at their start to name one thing (`export`, `exporters`)
_MEMBERS_REACH = 160  # characters back from a part over which its breakdown's words are read
_SENTENCE_STOP = compile_exact(r"\s[.!?]")  # (read backwards: a stop then a space)


def _names_a_member(total: Claim, part: Claim, whole: Claim, text: str) -> bool:
    """Whether a word of the amount's clause before it starts as a word of the part's sentence before the part does
    (`Export sales` and `exporters took 20 tonnes and cafés the remaining 10`) and as none of the whole's clause: the
    amount is named as a member's, not the whole's."""
    stems = _stems(_CLAUSE_BREAK.split(text[max(0, total.start - _NAME_REACH) : total.start])[-1])
    if not stems:
        return False
    before = text[max(0, part.start - _MEMBERS_REACH) : part.start]
    stop = _SENTENCE_STOP.search(before[::-1])  # (the part's sentence only)
    members = _stems(before[len(before) - stop.start() :] if stop else before)
    whole_clause = _CLAUSE_BREAK.split(text[max(0, whole.start - _MEMBERS_REACH) : whole.start])[-1]
    return bool(stems & members) and not stems & _stems(whole_clause)


def _stems(words: str) -> set[str]:
    return {w.casefold()[:_STEM_LETTERS] for w in _WORD_IN_CLAUSE.findall(words) if len(w) >= _STEM_LETTERS - 1}


def _one_measure_of_its_sentence(figures: list[Claim], i: int, count: Claim) -> bool:
    """Whether the measure `count` (stated before the i-th figure) is the one value of its unit its sentence states
    (a bounded walk back to that sentence)."""
    return (
        sum(
            1
            for c in _back(figures, i, count.sentence)
            if c.sentence == count.sentence and c.kind == "measure" and c.unit == count.unit and c.role == "value"
        )
        == 1
    )


def _restated_before(
    figures: list[Claim], i: int, text: str, lang: str, sentence_starts: list[int], per_unit_ending: bool = False
) -> Claim | None:
    """`Ticket income rose to $30m, up $5m on last year. That equals about $12 per visitor`: a sentence opening
    with a word that restates the sentence before (`[link.per_unit_restating_openers]`), or ending so (`관람객
    1인당 3만원꼴을 쓴 셈이다`: `[link.restatement_endings]`; with `per_unit_ending`, for a caller whose count is of
    that sentence too, `1인당 2만원꼴이다`: `[link.per_unit_restating_endings]`), divides that sentence's one amount of
    the figure's unit (its comparisons and equivalents aside), in the same paragraph."""
    figure = figures[i]
    start = sentence_starts[figure.sentence]
    end = sentence_end(sentence_starts, figure.sentence, len(text))
    if not (
        _RESTATING[lang].match(text, start, figure.start)
        or _RESTATING_END[lang].search(text, figure.end, end)
        # (`1인당 평균 150만원꼴이다`: the ending that restates an amount per unit, `[link.per_unit_restating_endings]`)
        or (per_unit_ending and _PER_UNIT_END[lang].search(text, figure.end, end))
    ):
        return None
    before = [
        c
        for c in _back(figures, i, figure.sentence - 1)
        if c.sentence == figure.sentence - 1
        and c.paragraph == figure.paragraph
        and c.kind == figure.kind
        and c.unit == figure.unit
        and c.role == "value"
        and c.per_unit_of is None
    ]
    if len(before) > 1:
        # (`rose to $30m, up $5m on the $25m of last year`: the amount the sentence's changes are of)
        changed = {c.change_of for c in figures if c.sentence == figure.sentence - 1 and c.role == "change"}
        before = [c for c in before if c.id in changed]
    return before[0] if len(before) == 1 else None


def _sold_of_sales(
    total: Claim, figure: Claim, count: Claim, mark_start: int, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """Whether the figure is the worth of what a unit sold (`트럭 한 대가 한 해에 평균 3,000만원어치를 판 셈이다`:
    `[link.sold_worth_after]`) and the amount is named as sales (`매출은 36억원`: `[link.sales_value_nouns]`): the
    sales restated per unit, as a name the figure's sentence repeats would say. The words qualifying the unit
    (`온라인 매장 한 곳이`) and the sales (`온라인 매장 매출은`), past a period's (`[link.scope_stop_words]`), are all
    words the count's sentence states before it: a word it does not (`국내 매장 한 곳이`, `중국 매장 매출은` after
    `해외 매장이 … 250곳`) names other units or a part of them."""
    if _SOLD_WORTH[lang].match(text, figure.end) is None:
        return False
    name = _name(total, text, lang)
    if not name or _SALES_WORD[lang].search(name) is None:
        return False
    counted = text[sentence_starts[count.sentence] : count.start]
    unit_words = _WORD.findall(text, sentence_starts[figure.sentence], mark_start)
    sales_words = _WORD.findall(text, _clause_start(total, text, sentence_starts), total.start)[:-1]
    # (a period's word, `상반기 해외 매장 매출은`, or one letter, `6월`, names no units)
    return all(
        word in counted
        for word in (*unit_words, *sales_words)
        if len(word) > 1 and not _STOP_WORD[lang].fullmatch(word)
    )


def _clause_start(claim: Claim, text: str, sentence_starts: list[int]) -> int:
    """Where the clause a figure stands in opens (its sentence's start, or past its last clause break before it)."""
    start = sentence_starts[claim.sentence]
    breaks = list(_CLAUSE_BREAK.finditer(text, start, claim.start))
    return breaks[-1].end() if breaks else start


def _named_in_sentence(total: Claim, figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the figure's sentence names the amount by its own name (`예산은 90억원이었다. 관객 한 명에게 6만원꼴의
    예산이 들어간 셈이다`): the amount the unit as a subject restates."""
    name = _name(total, text, lang)
    if not name:
        return False
    start = sentence_starts[figure.sentence]
    end = sentence_end(sentence_starts, figure.sentence, len(text))
    return name in text[start:end]


def _restated_over_count(
    figures: list[Claim], i: int, count: Claim, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """`거래액은 900억원이었다. 구매 고객은 30만명이다. 고객 한 명이 30만원어치를 산 꼴이다`: a figure
    restating per unit (`[link.restatement_endings]`, `[link.per_unit_restating_endings]`) right after the
    sentence stating its count (and no amount of its unit) divides the one amount of the sentence before that
    one, all three in one paragraph, when that amount is named as sales (`[link.sales_value_nouns]`) or by a noun
    the figure's sentence names."""
    figure = figures[i]
    if count.sentence != figure.sentence - 1 or count.paragraph != figure.paragraph:
        return None
    end = sentence_end(sentence_starts, figure.sentence, len(text))
    if not (_RESTATING_END[lang].search(text, figure.end, end) or _PER_UNIT_END[lang].search(text, figure.end, end)):
        return None
    before = [c for c in _back(figures, i, count.sentence - 1) if c.kind == figure.kind and c.unit == figure.unit]
    if any(c.sentence == count.sentence for c in before):
        return None  # (an amount beside the count: the sentence before's own, `_restated_before`)
    amounts = [
        c
        for c in before
        if c.sentence == count.sentence - 1
        and c.paragraph == figure.paragraph
        and c.role == "value"
        and c.per_unit_of is None
    ]
    if len(amounts) > 1:
        changed = {c.change_of for c in figures if c.sentence == count.sentence - 1 and c.role == "change"}
        amounts = [c for c in amounts if c.id in changed]
    if len(amounts) != 1:
        return None
    # (named as sales, `거래액은`, or by a noun the figure's sentence names: `광고비로 8억원을 썼다. 고객은 20만명이다.
    # 고객 한 명이 30만원어치를 산 꼴이다` restates no spend)
    if _SALES_WORD[lang].search(_clause_before(amounts[0], text)) or _named_in_sentence(
        amounts[0], figure, text, lang, sentence_starts
    ):
        return amounts[0]
    return None


def _marked_total(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    """The one figure of the figure's unit stated as a total (`총`, `모두`, `a total of`: `[link.total_marks]`) in
    the figure's sentence or the two before, none of them a listed part."""
    figure = figures[i]
    marked = [
        c
        for c in _back(figures, i, figure.sentence - _SENTENCES_BACK)
        if c.kind == figure.kind
        and c.unit == figure.unit
        and c.role == "value"
        and c.per_unit_of is None
        and c.part_of is None
        and _TOTAL_BEFORE[lang].search(text, max(0, c.start - _TOTAL_REACH), c.start)
    ]
    return marked[0] if len(marked) == 1 else None


def writes_the_weighed_currency(text: str, lang: str) -> bool:
    """Whether the article writes the currency a weighed word also names by its sign or name (`£`, `sterling`): its
    `a pound` is then that currency's, no weight (`[currency_words] money_cues`, as the extractor reads it). One
    search of the article: call it once per article."""
    cue = _MONEY_CUES.get(lang)
    return cue is not None and cue.search(text) is not None


def place_per_unit(figure: Claim, total: Claim, count: Claim, measure: str | None) -> None:
    """Links the figure as `total` per `count` (a guess), unless the two are stated for other periods (periods
    that differ only by a guess, `2025-Q2` read for a quarter's revenue and `2025-06` for its count, do not)."""
    if count is total:
        return  # (`515㏊ … 필지는 0.3㏊ 안팎, 1㏊당`: one figure is not both what is divided and what divides it)
    stated = "period" not in total.guesses and "period" not in count.guesses
    # (a count at the close of the total's span is of it: `revenue for the nine months … per bike in the fleet` after
    # `12,000 bikes at the end of September`, a stock at the end of the flow's period)
    if (
        stated
        and total.period
        and count.period
        and total.period != count.period
        and not (total.period.contains(count.period) and total.period.bounds()[1] == count.period.bounds()[1])
        # (`올해 출어한 어선은 300척으로, 척당 평균 40톤`: units counted for a span holding the total's, stated beside
        # the figure, are the units the figure is per)
        and not (count.sentence == figure.sentence and count.period.contains(total.period))
    ):
        return
    figure.per_unit_of, figure.units_of = total.id, count.id
    figure.units_measure = measure if count.kind == "measure" else None
    figure.guesses = sorted(set(figure.guesses) | {"relation"})


def lift_parts_to_their_level(claims: list[Claim], text: str, lang: str) -> None:
    """A figure per unit linked across sentences to a total and a count of two levels: when one of them is a
    listed part of a stated whole (`용도별로는 … 기타 용도는 40만톤`, `retail customers spending $1.2bn`), stated in
    another sentence than the figure, and the other is no part, the part stands for its whole: a whole's figure
    is divided by the whole's count, not by one line of its breakdown (`매출은 1,200억원으로 톤당 평균 3만원`,
    `Sales per store averaged $9m` after the chain's 300 stores). Both parts (one line's revenue per one line's
    tonnes), neither, or a part in the figure's own sentence (`retail sales of $1.2bn from 300 stores, $4m a
    store`), or a part the figure's words name (`penalty notices £8.0m … The average penalty paid worked out at £40
    per notice`: that line's average): as they are. Run after the breakdowns are read (they mark the parts)."""
    by_id = {c.id: c for c in claims}
    by_sentence = None
    for figure in claims:
        if figure.per_unit_of is None or figure.units_of is None or "relation" not in figure.guesses:
            continue
        total, count = by_id.get(figure.per_unit_of), by_id.get(figure.units_of)
        if total is not None and count is not None and count.kind == "measure" and count.part_of is None:
            by_sentence = by_sentence if by_sentence is not None else group_by_sentence(claims)
            if _unnamed_member(count, by_sentence.get(count.sentence, []), figure, total, text, lang):
                # `영국 60톤, 독일 40톤이다. 수출액은 … ㎏당 3천원꼴`: one member of a list no whole is stated of, its
                # label named by neither partner: which units the price is of, not said
                figure.per_unit_of = figure.units_of = figure.units_measure = None
                continue
        if total is None or count is None or (total.part_of is None) == (count.part_of is None):
            continue
        part = total if total.part_of is not None else count
        other = count if part is total else total
        if part.sentence == figure.sentence or _named_alike(figure, part, text, lang):
            continue
        if (part.part_list or "").startswith("added:"):
            continue  # (`sold 86,000 tickets … drew a further 40,000, bringing attendance to 126,000`: the story's
            # figure a later amount is added to is no line of a breakdown: the figure per unit is of it)
        if _name_in_clause(other, part, text, lang):
            continue  # (`소파 매출이 600억원 … 소파는 4만개로, 개당`: the line the other partner's units name)
        if _label_in_clause(part, other, text, lang):
            continue  # (`멸치가 450톤으로 … 멸치 위판액은 …`: the line's label names the other partner)
        if part is count and labels_the_units(figure, part, text, lang):
            continue  # (`약과가 2만 상자 … 약과는 2유로씩 4만 유로`: the line the figure's clause opens on)
        whole = _whole_stated(part, claims, by_id)
        # (a whole of the total's unit larger than the figure per unit; a whole of the count's is of another unit,
        # and of the count's own noun: `9 homes, four carols at each, 36 carols in all` lifts no homes to carols)
        if whole is None or whole is figure:
            continue
        if part is total and whole.value <= figure.value:
            continue
        if part is count and part.kind == "count" and counted_noun(whole) != counted_noun(part):
            continue
        if part is total:
            figure.per_unit_of = whole.id
        else:
            figure.units_of = whole.id


def total_the_subject_names(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`The council gave £15,000 and a public appeal raised £10,000. … The appeal drew 200 givers, or £50 a head`: an
    amount per unit linked by a guess to a total in another sentence than its count, in the count's own sentence,
    where that sentence opens on a subject noun and a verb right before the count (`The appeal drew`), is the one
    amount stated before whose own subject is that noun, a verb right between (`appeal raised £10,000`), over the
    count: what the count's subject took, not the story's whole. Run after the other readings of figures per unit."""
    by_id: dict[str, Claim] | None = None
    by_sentence: dict[int, list[Claim]] | None = None
    for figure in claims:
        if figure.per_unit_of is None or figure.units_of is None or "relation" not in figure.guesses:
            continue
        by_id = by_id if by_id is not None else {c.id: c for c in claims}
        total, count = by_id.get(figure.per_unit_of), by_id.get(figure.units_of)
        if (
            total is None
            or count is None
            or figure.kind != "money"
            or count.kind != "count"
            or count.sentence != figure.sentence
            or total.sentence == count.sentence
            or count.sentence >= len(sentence_starts)
        ):
            continue
        opening = _SUBJECT_VERB_OPENS[lang].fullmatch(text, sentence_starts[count.sentence], count.start)
        if opening is None:
            continue
        subject = opening.group("noun").casefold()
        by_sentence = by_sentence if by_sentence is not None else group_by_sentence(claims)
        named = [
            c
            for back in range(_SUBJECT_SENTENCES_BACK, 0, -1)
            for c in by_sentence.get(count.sentence - back, ())
            if (c.kind, c.unit) == (figure.kind, figure.unit)
            and c.role == "value"
            and c.value > figure.value
            and _subject_before(c, text) == subject
        ]
        # (the subject's amount is a part of the story's whole, never more: `Drink brought in £100m … The chain sold 25
        # million pints, £4.00 of drink revenue per pint` keeps the segment a reading before found)
        if len({c.value for c in named}) == 1 and named[-1] is not total and named[-1].value < total.value:
            figure.per_unit_of = named[-1].id


def _subject_before(amount: Claim, text: str) -> str | None:
    """The word right before the verb right before an amount (`appeal` of `a public appeal raised £10,000`)."""
    found = search_between(_NOUN_VERB_BEFORE, text, max(0, amount.start - _WORDS_REACH), amount.start)
    return found.group("noun").casefold() if found else None


# a noun, then a verb, right before an amount (`appeal raised `)
_NOUN_VERB_BEFORE = compile_exact(r"(?<![^\W\d_])(?P<noun>[^\W\d_]+)\s+[^\W\d_]+\s+$")
# a sentence opening on its subject noun and a verb right before a count (`The appeal drew `, `Its shop sold `)
_SUBJECT_VERB_OPENS = ByLanguage(
    lambda w: rf"\s*(?:(?:{w.unit_noun_determiners})\s+)?(?P<noun>[^\W\d_]{{3,}})\s+[^\W\d_]+\s+",
    re.I,
    first_tested=False,
)
_SUBJECT_SENTENCES_BACK = 3  # sentences before a count's where the amount its subject names may stand


# a word of two letters or more of a script whose words are a few syllables (`[link.script_letters]`); none elsewhere
_WHOLE_TOPIC = ByLanguage(lambda w: rf"(?:{w.whole_topic_particles})")
_OWN_SCRIPT_WORD = ByLanguage(lambda w: rf"(?:{w.script_letters}){{2,}}", first_tested=False)


def _named_alike(figure: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether a word naming the figure (in its clause, before or after it: `tonnes of mackerel`) names the part
    too (in its clause before it)."""
    after = re.split(r"[,;:.()\n]", text[figure.end : figure.end + _WORDS_REACH])[0]
    words = _content_words(figure, text, lang) | {
        word.lower() for word in _CONTENT.findall(after) if not _STOP_WORD[lang].fullmatch(word)
    }
    window = re.split(r"[,;:.()\n]", text[max(0, part.start - _CLAUSE_REACH) : part.start])[-1]
    if part.part_of is not None:
        # (`다니는 아이는 초등학생 120명과 중학생 60명, 모두 180명`: a listed part's clause names the list's whole
        # by its topic; the part is named by the words after it)
        topics = [found.end() for found in _WHOLE_TOPIC[lang].finditer(window)]
        if topics:
            window = window[topics[-1] :]
    # (a unit of measure names every figure of its unit, the whole's as much as the part's: `£4,000 a tonne` names
    # no one line of `… 52,000 tonnes and the rest 25,000 tonnes`)
    words = {word for word in words if measure_unit(word, lang) is None}
    if any(
        _stem_of(word.lower(), stem) or _stem_of(stem, word.lower()) or _of_one_kin(word.lower(), stem, lang)
        for word in _CONTENT.findall(window)
        for stem in words
    ):
        return True
    # (`온라인 회원이 8만명 … 온라인 회원 1인당 1만원꼴`: in a script whose words are a few syllables, a word of two or
    # more naming the figure in its clause names the part too, a particle's ending aside)
    own = _OWN_SCRIPT_WORD[lang]
    figure_words = {
        word
        for word in own.findall(_CLAUSE_CUT[lang].split(text[max(0, figure.start - _WORDS_REACH) : figure.start])[-1])
        if not _STOP_WORD[lang].fullmatch(word) and not _HEDGE[lang].fullmatch(word)
    }
    return any(_stem_of(word, stem) for word in own.findall(window) for stem in figure_words)


def _name_in_clause(named: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether the noun a figure is stated of (`소파는 4만개`) names a part too (in its clause before it:
    `소파 매출이 600억원`)."""
    name = _name(named, text, lang)
    if name is None:
        return False
    window = re.split(r"[,;:.()\n]", text[max(0, part.start - _CLAUSE_REACH) : part.start])[-1]
    return any(_stem_of(word.lower(), name.lower()) for word in _WORD_IN_CLAUSE.findall(window))


def _unnamed_member(count: Claim, sentence: list[Claim], figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether a measure of a sentence before the figure's is listed there beside others of its unit, and its label
    names neither the figure nor the total in their clauses."""
    if count.sentence >= figure.sentence:
        return False
    if len(_listed_run(count, sentence, text)) < 2:
        return False
    return not (_label_in_clause(count, figure, text, lang) or _label_in_clause(count, total, text, lang))


def _label_in_clause(part: Claim, other: Claim, text: str, lang: str) -> bool:
    """Whether the word labelling a part (`멸치가 450톤`) names the other partner in its clause before it (`멸치
    위판액은`)."""
    label = _LABEL_BEFORE[lang].search(text, max(0, part.start - _LABEL_REACH), part.start)
    if label is None:
        return False
    window = re.split(r"[,;:.()\n]", text[max(0, other.start - _CLAUSE_REACH) : other.start])[-1]
    return re.search(rf"(?<![^\W\d_]){re.escape(label.group('label'))}", window) is not None


def _of_one_kin(word: str, other: str, lang: str) -> bool:
    """Whether two words name one thing under two names (`shops` and `store`: `[link.outlet_nouns]`)."""
    return any(kin[lang].fullmatch(word) and kin[lang].fullmatch(other) for kin in _KIN)


def _whole_stated(part: Claim, claims: list[Claim], by_id: dict[str, Claim]) -> Claim | None:
    """The whole a part is listed of, a value of the part's kind and unit; a headline's whole (rounded) is the
    body's figure of its value when the body states one."""
    whole = by_id.get(part.part_of or "")
    if whole is None or whole.kind != part.kind or whole.unit != part.unit or whole.role != "value":
        return None
    if whole.paragraph == 0:
        return next(
            (
                c
                for c in claims
                if c.paragraph > 0
                and not c.furniture
                and c.kind == whole.kind
                and c.unit == whole.unit
                and c.role == "value"
                and c.value == whole.value
            ),
            whole,
        )
    return whole


# the last noun of a compound written as one word (`시설` of `야영시설`), in a language that writes compounds so
_COMPOUND_HEAD = ByLanguage(lambda w: rf"(?:{w.compound_heads})")


def per_noun_matches(
    claims: list[Claim], sentence: int, text: str, lang: str, sentence_starts: list[int]
) -> list[re.Match[str]]:
    """The matches of the per-unit marks (`_PER_NOUN`) in a sentence, searched once per article and sentence: this
    reading and `partners.py` read them of the same sentences (the search is the costliest of a sentence's)."""
    shared = claims.of_sentence if isinstance(claims, ArticleClaims) else {}
    key = ("per-unit marks", sentence)
    found = shared.get(key)
    if found is None:
        s_end = sentence_end(sentence_starts, sentence, len(text))
        found = shared[key] = list(_PER_NOUN[lang].finditer(text, sentence_starts[sentence], s_end))
    return found


def _marks_in(
    matches: list[re.Match[str]],
    sentence: int,
    text: str,
    lang: str,
    sentence_starts: list[int],
    counters: frozenset[str],
) -> list[tuple[str, int, int]]:
    """Every per-unit mark of a sentence (`matches`: its `per_noun_matches`), as the noun it names and its span: the
    listed marks, and a noun the article counts in (a count's counter, `800병상`) right before a price mark
    (`병상당`) standing where no listed mark does (a noun of no count, `민주당`, is no mark)."""
    s_start = sentence_starts[sentence]
    s_end = sentence_end(sentence_starts, sentence, len(text))
    found = [
        (_noun(m), m.start(), m.end())
        for m in matches
        if not m.group("one_of") or _of_an_average(m.end(), s_end, text, lang)
    ]
    if counters:
        for m in _COUNTER_NOUN_MARK[lang].finditer(text, s_start, s_end):
            # (or a noun of one kin with a counted one: `매장 수는 300곳 … 점포당`)
            # (or the last noun of a counted compound, which names a kind of it: `야영시설은 38곳 … 시설당`, in a
            # language writing a compound as one word, its last noun one of `[link.compound_heads]`)
            noun = m.group("noun")
            head = _COMPOUND_HEAD[lang].fullmatch(noun) is not None
            counted = noun in counters or any(
                _of_one_kin(noun, c, lang) or (head and len(c) > len(noun) and c.endswith(noun)) for c in counters
            )
            if counted and not any(m.start() < high and m.end() > low for _, low, high in found):
                found.append((m.group("noun"), m.start(), m.end()))
        found.sort(key=lambda mark: mark[1])
    return found


def _of_an_average(start: int, s_end: int, text: str, lang: str) -> bool:
    """Whether the clause from `start` says its figure is an average over units (`한 곳의 평균 매출은`, `1억원꼴`)
    and ranks none of them (`한 곳의 매출이 가장 많았다`: one unit's own figure)."""
    stop = _CLAUSE_STOP.search(text, start, s_end)
    clause = text[start : stop.start() if stop else s_end]
    return bool(_AVERAGE_CLAUSE_WORD[lang].search(clause)) and not _RANKED[lang].search(clause)


def _mark(found: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The one per-unit mark of a sentence and the noun it names (none, or two: nothing), of its marks (`_marks_in`)."""
    nouns = {noun for noun, _, _ in found}
    if len(nouns) != 1:
        return None  # none, or marks of two nouns
    # (one noun marked twice, `척당 2억달러, 원화로는 척당 2천억원`: the marks span from the first to the last)
    return nouns.pop(), found[0][1], found[-1][2]


def _mark_beside(
    figure: Claim, sentence: list[Claim], found: list[tuple[str, int, int]], text: str
) -> tuple[str, int, int] | None:
    """In a sentence marking two nouns (`1㏊당 평균 8톤을 거둔 셈이고, 농가 한 곳당 평균 20톤이다`), the figure's own
    mark: the nearest to it with only words between (no figure but the mark's own `1㏊`, no clause break)."""
    beside = []
    for noun, mark_start, mark_end in found:
        low, high = (mark_end, figure.start) if mark_end <= figure.start else (figure.end, mark_start)
        if low > high or not _WORDS_ONLY.fullmatch(text, low, high):
            continue
        if any(low <= c.start < high for c in sentence if c is not figure):
            continue
        beside.append((high - low, noun, mark_start, mark_end))
    if not beside:
        return None
    _, noun, start, end = min(beside)
    return noun, start, end


def _mark_after_measure(figure: Claim, sentence: list[Claim], text: str, lang: str) -> tuple[str, int, int] | None:
    """`The grain came in 52,000 trucks, an average of 30 tonnes a truck`, `Its 400 boats landed an average of 30
    tonnes each`: a measure followed by the noun it is per (or `each`), the one count its sentence states before it
    naming those units; the mark, as the count's counter (the noun it is per) and the span of the words after it."""
    after = _MEASURE_PER_UNIT_AFTER[lang].match(text, figure.end)
    if after is None or measure_unit(after.group("noun") or "", lang) is not None:
        return None  # (`tonnes a hectare`: a measure per a measure, marked as one)
    counts = [c for c in sentence if c.kind == "count" and c.end <= figure.start]
    if len(counts) != 1 or counts[0].role != "value" or not counts[0].counter:
        return None
    count, noun = counts[0], after.group("noun")
    if noun is not None and not names_the_count(noun, count, text, lang):
        return None  # (`30 tonnes a week`: no noun of the count's)
    return count.counter, after.start(), after.end()


def _noun(mark: re.Match[str]) -> str:
    return (
        mark.group("after")
        or mark.group("item")
        or mark.group("before")
        or mark.group("one_of")
        or mark.group("counter")
        or mark.group("measure")
        or mark.group("measure_before")
    )


def _of_measure(claim: Claim, measure: str | None) -> bool:
    """Whether a figure is a measure of the unit a mark names (`42,000 hectares` for `a hectare`)."""
    return measure is not None and claim.kind == "measure" and claim.unit == base_unit(measure)[1]


def _units_named(noun: str, claim: Claim, text: str, lang: str) -> bool:
    """Whether the noun names the units: a count it names, or a measure of the unit it is (`58,900 tonnes` for
    `per tonne`)."""
    measure = measure_unit(noun, lang)
    if claim.kind == "measure":
        return _of_measure(claim, measure)
    # (a unit of measure names no count: `톤당` is not of `두 곳` after `300만톤`)
    return claim.kind == "count" and measure is None and names_the_count(noun, claim, text, lang)


_CLASSIFIER_LETTERS = 1  # letters of a counter that is a classifier (`개`, `곳`), no noun whose forms add letters


def names_the_count(noun: str, count: Claim, text: str, lang: str) -> bool:
    """Whether the noun of the mark names the count: its counter (`passengers` for `passenger`, or a word of its
    kin, `passengers` for `trip`: `[link.trip_nouns]`, `[link.venue_nouns]`, `[link.workforce_nouns]`) or the word
    right before it (`관객은 1026만명`) or right after it (`503만명의 관객`)."""
    counter, stem = (count.counter or "").lower(), noun.lower()
    # (a form of the noun adds letters to it, `passengers`; a classifier of one letter is a whole word, and letters
    # after it make another: `개당` names no `5개국`)
    if counter and (
        counter == stem
        or (len(stem) > _CLASSIFIER_LETTERS and counter.startswith(stem) and len(counter) - len(stem) <= 2)
        or closed_compound_of(counter, stem, lang)  # (`60 footbridges` of `a bridge`)
    ):
        return True
    if counter and any(kin[lang].fullmatch(counter) and kin[lang].fullmatch(stem) for kin in _KIN):
        return True
    if not counter or len(counter) < NOUN_COUNTER:
        # `The number of boats licensed on the network fell 2.1% to 31,840`, `가맹점 수는 9월 말 1,200곳`: the noun
        # its clause counts (a counter too short to be a noun, `곳`, names none), no other count of the counter
        # between (`매장 수는 300곳, 직영점은 60곳`: the 60 are the direct stores)
        clause = _CLAUSE_END.split(text[max(0, count.start - _NUMBER_OF_REACH) : count.start])[-1]
        counted = _last_number_of(clause, lang)
        if counted is not None and not counter and not _noun_opens_clause(clause, counted, lang):
            counted = None  # (`Boarding pupil numbers`, `Pupil numbers at its new schools`: a count of some of them)
        if counted is not None and not (counter and _counted_between(clause[counted.end() :], counter)):
            word = (counted.group("noun") or counted.group("before")).lower()
            if _stem_of(word, stem) or _stem_of(stem, word) or _of_one_kin(word, stem, lang):
                return True
            if not counter:
                return False
    before = text[max(0, count.start - _NOUN_REACH) : count.start]
    at = before.rfind(noun)
    # (`환자 중 여성은 1만명`: a noun that its parts follow names their whole, not the part counted)
    at_text = count.start - len(before) + at  # (where the noun stands in the text: a figure may be right before it)
    if (
        at >= 0
        # (`two crew to a launch, 90 crew`: a noun right after a per-unit mark is a rate's unit, naming no count)
        and not _PER_MARK_BEFORE_NOUN[lang].search(text, max(0, at_text - _PER_MARK_REACH), at_text)
        and not _PARTS_FOLLOW[lang].match(before, at + len(noun))
        and not _FIGURE_BEFORE.search(text, max(0, at_text - 3), at_text)
        and not _FIGURE_WORDS_BEFORE.search(text, max(0, at_text - _FIGURE_WORDS_REACH), at_text)
    ):
        # (not the counter of another figure right before it: `64 acts on five stages` names the 64, not the five;
        # `40 speed humps on nine streets` names the 40)
        return True
    per = _UNIT_AFTER_AVERAGE[lang].match(text, count.end)
    if per is not None and _stem_of(per.group().split()[-1].lower(), stem):
        return False  # (`80 bushels an acre`: the count is per the noun, a rate, not a count of it)
    after = text[count.end : count.end + _NOUN_AFTER_REACH + len(noun)]
    at_after = _noun_word_at(after, noun, count.end, text)
    # (not across the sentence's end: `200곳이다. 매장당` names the next sentence's mark, not the count; nor a noun
    # that labels the figure after it, `5만명으로 관람객 10명 중 4명꼴`: the whole of a share, not the count)
    if (
        at_after >= 0
        and not _SENTENCE_END.search(after, 0, at_after)
        and not _LABELS_NEXT_FIGURE.match(text, count.end + at_after + len(noun))
    ):
        return True
    # `2,400 residential building permits`, `90,000 skier visits`: the noun heads the words after the count
    # (up to a word that ends the noun's phrase: `1,088 and franchised stores`, `2,000 in the stores`)
    return _heads_the_words_after(count, stem, text, lang)


def _noun_word_at(words: str, noun: str, start: int, text: str) -> int:
    """Where in the words (the text's from `start`) the noun stands as a word or a form of one, -1 if nowhere: at a
    word's start, and its word adding at most a few letters (`names_word`: a plural, a particle; `503만명의 관객이`),
    so `14 serving personnel` names no `person` and `18 stewards` no `ward`."""
    at = words.find(noun)
    while at >= 0:
        begins = start + at
        tail = _LETTERS.match(text, begins + len(noun))
        if (begins == 0 or not _LETTERS.match(text, begins - 1)) and (tail is None or len(tail.group()) <= _FORM_REACH):
            return at
        at = words.find(noun, at + 1)
    return -1


_LETTERS = compile_exact(r"[^\W\d_]+")
_FORM_REACH = 2  # letters a form of a noun adds to it (`visitors`, `관객이`; as `inflections.names_word` reads)


def _counted_nouns(figures: list[Claim], text: str, lang: str) -> frozenset[str]:
    """The nouns the article's counts of a counter too short to be a noun (`곳`) are stated of by a number-of mark
    (`가맹점 수는 9월 말 1,200곳`) or as the topic right before them (`재배 농가는 400곳`): a noun the article counts
    in, whose mark `당` (`가맹점당`, `농가당`) is a per-unit mark."""
    found = set()
    for count in figures:
        counter = count.counter or ""
        if count.kind != "count" or count.role != "value" or not counter or len(counter) >= NOUN_COUNTER:
            continue
        clause = _CLAUSE_END.split(text[max(0, count.start - _NUMBER_OF_REACH) : count.start])[-1]
        counted = _last_number_of(clause, lang)
        if counted is not None and counted.group("before") and not _counted_between(clause[counted.end() :], counter):
            found.add(counted.group("before"))
            continue
        # `재배 농가는 400곳으로, 농가당 평균`: the noun right before the count's topic particle
        named = _name(count, text, lang)
        if named is not None:
            found.add(named)
            continue
        # `어촌계 48곳이 있다 … 어촌계당 35㏊`: the bare noun written right before the count (its own, no particle)
        bare = _NOUN_RIGHT_BEFORE.search(text, max(0, count.start - _BARE_NOUN_REACH), count.start)
        if bare is not None:
            found.add(bare.group("noun"))
    return frozenset(found)


_BARE_NOUN_REACH = 16  # characters before a count where the bare noun it counts stands (`어촌계 48곳`)
_NOUN_RIGHT_BEFORE = compile_exact(r"(?<![^\W\d_])(?P<noun>[^\W\d_]{2,}) $")


def _last_number_of(clause: str, lang: str) -> re.Match[str] | None:
    """The clause's number-of mark nearest its end (the count's own, `매장 수는`), if any."""
    last = None
    for last in _NUMBER_OF[lang].finditer(clause):  # noqa: B007 (the last one is kept)
        continue
    return last


def _noun_opens_clause(clause: str, counted: re.Match[str], lang: str) -> bool:
    """A count with no counter of a noun before the number-of mark (`Pupil numbers rose 3% to 12,000`) is of all of
    that noun only when the noun opens its clause (after an article or a possessive at most: `The group's pupil
    numbers`) and the mark is followed by no words narrowing it (`Pupil numbers at its new schools`): a qualified
    subject (`Boarding pupil numbers`) counts some of them. The mark before its noun (`the number of boats`) is read
    as it was."""
    if not counted.group("before"):
        return True
    opening = clause[: counted.start("before")]
    opening = _CLAUSE_BREAK.split(opening)[-1]
    if not _COUNT_NOUN_OPENING[lang].fullmatch(opening):
        return False
    return _VERB_AFTER_MARK[lang].match(clause, counted.end()) is not None


def _counted_between(words: str, counter: str) -> bool:
    """Whether a figure of the counter stands in the words (`300곳` in `수는 300곳, 직영점은`)."""
    return re.search(rf"\d\s?{re.escape(counter)}", words) is not None


def _subject_names(noun: str, count: Claim, text: str, lang: str) -> bool:
    """`Room nights rose 4% to 124,000`, `Admissions increased to 8,200`: a count stated with no noun of its own is
    of the subject its clause opens with (its first words), when only words and the count's own change stand
    between them."""
    window = text[max(0, count.start - _NUMBER_OF_REACH) : count.start]
    clauses = _CLAUSE_BREAK.split(window)
    if len(clauses) == 1 and count.start > _NUMBER_OF_REACH:
        return False  # (no clause start within reach: the words are not its opening)
    clause = clauses[-1]
    opening = _OPENING_WORDS.match(clause)
    if opening is None or not _WORDS_AND_RATES.fullmatch(clause, opening.end()):
        return False
    stem = noun.lower()
    return any(
        _stem_of(word.lower(), stem) or _of_one_kin(word.lower(), stem, lang)
        for word in opening.group(1).split()
        if not _STOP_WORD[lang].fullmatch(word)
    )


def _heads_the_words_after(count: Claim, stem: str, text: str, lang: str) -> bool:
    """Whether a word of the noun's stem heads the words right after the count (`2,400 residential building permits`,
    `40 member clubs`), up to a word that ends the noun's phrase (`1,088 and franchised stores`)."""
    words = _WORDS_AFTER.match(text, count.end)
    for word in words.group().split() if words is not None else ():
        if _STOP_WORD[lang].fullmatch(word):
            return False
        if _stem_of(word.lower(), stem):
            return True
    return False


def _stem_of(word: str, stem: str) -> bool:
    return word.startswith(stem) and len(word) - len(stem) <= 2


def _back_placed(figures: list[Claim], i: int, first_sentence: int) -> Iterator[tuple[int, Claim]]:
    """The figures before the i-th with their places, nearest first, down to a sentence (a bounded walk)."""
    for j in range(i - 1, -1, -1):
        if figures[j].sentence < first_sentence:
            return
        yield j, figures[j]


def _back(figures: list[Claim], i: int, first_sentence: int) -> Iterator[Claim]:
    """The figures before the i-th, nearest first, down to a sentence: a bounded walk, never the whole text."""
    for j in range(i - 1, -1, -1):
        if figures[j].sentence < first_sentence:
            return
        yield figures[j]


def _kin_only(noun: str, count: Claim, lang: str) -> bool:
    """Whether the count is named by a word of the mark's kin and not by the mark's own noun (`3,900 theaters`
    for `per location`: the venues of a release, whose average is of its total)."""
    counter, stem = (count.counter or "").lower(), noun.lower()
    if not counter or counter.startswith(stem):
        return False
    return any(kin[lang].fullmatch(counter) and kin[lang].fullmatch(stem) for kin in _KIN)


def _lead_of_metric(figures: list[Claim], i: int, body: int) -> Claim | None:
    """The one value of the metric the figure names (of its unit, of no other period than the figure's) that the
    lead states: the body's first two sentences (`body`: the first, past a headline), walked from the article's
    start up to their end."""
    figure = figures[i]
    if body < 0:
        return None
    found = []
    headline_scopes = []  # (what the headline's figures are of: the story's subject, no segment of it)
    for k in range(i):  # (walked in place from the start: no copy of the figures before)
        c = figures[k]
        if c.sentence > body + 1:
            break
        if c.sentence < body and c.scope:
            headline_scopes.append(c.scope)
        if (
            c.sentence >= body
            and c.kind == figure.kind
            and c.unit == figure.unit
            and c.role == "value"
            and c.metric == figure.metric
            and "metric" not in c.guesses
            and c.per_unit_of is None
            # (`X사 소파 매출`: one line's, unless the headline's figures are of it too, the story's subject)
            and (not c.scope or any(c.scope in scope for scope in headline_scopes))
            # (of the figure's period; the count's is the total's, or its close: place_per_unit)
            and not periods_differ(c, figure)
        ):
            found.append(c)
    if len({c.value for c in found}) == 1:
        return found[0]
    return None if own_period(figure) else _widest(found)


def _widest(named: list[Claim]) -> Claim | None:
    """`상반기 매출이 1,200억원 … 2분기 매출은 650억원`, `revenue for the half of $120m, with second-quarter revenue of
    $65m`: of values of one metric stated for a span and for parts of it, the whole span's (one value), for a
    figure per unit naming no period of its own; None when their periods do not nest so."""
    widest = [c for c in named if c.period and all(o.period and c.period.contains(o.period) for o in named)]
    return widest[0] if widest and len({c.value for c in widest}) == 1 else None


def _lead_total(figures: list[Claim], i: int, text: str | None = None, yield_of_lead: bool = False) -> Claim | None:
    """The article's first money figure of the figure's currency, a value stated as itself, when it stands in the
    sentences before the figure's within reach (with `text`: past a headline, whose figure is rounded). A yield
    (`yield_of_lead`: a measure per a measure of another unit, `1.5 tonnes a hectare`) is of the lead's measure
    however far back the yield stands: the crop the story is about, stated in the body's first two sentences."""
    figure = figures[i]
    headline = text is not None and opens_with_headline(text)
    lead = next(
        (
            c
            for c in itertools.islice(figures, i)  # (no copy of the figures before: the lead is found near the start)
            if c.kind == figure.kind
            and c.unit == figure.unit
            and c.role == "value"
            and c.per_unit_of is None
            and not (headline and c.paragraph == 0)
        ),
        None,
    )
    if lead is None or lead.sentence == figure.sentence:
        return None
    if lead.sentence < figure.sentence - _TOTAL_SENTENCES_BACK:
        body = next((c.sentence for c in itertools.islice(figures, i) if not (headline and c.paragraph == 0)), None)
        if not yield_of_lead or body is None or lead.sentence > body + 1:
            return None
    return lead


def _count(figures: list[Claim], i: int, noun: str, text: str, lang: str, index: _NamedCounts) -> Claim | None:
    """The nearest count the noun names in the two sentences before the figure's; further back (up to six
    sentences: a lead count, then paragraphs on other figures), only the one count of that name the article
    states (`Revenue rose to $96 million. The line carried 40 million passengers. … Revenue per passenger was
    $2.40`; the caller asks it to stand near its total)."""
    figure, parts = figures[i], index.parts
    qualified = _count_of_qualified_noun(figures, i, noun, text, parts)
    if qualified is not None:
        return qualified
    for j in range(i - 1, -1, -1):
        claim = figures[j]
        if claim.sentence < figure.sentence - _FAR_SENTENCES_BACK:
            break
        if claim.sentence == figure.sentence:
            continue  # (the `1명` of `1명당`)
        if claim.id in parts or (claim.kind in ("count", "measure") and is_a_rate(claim, text, lang)):
            # (`Members accounted for 90,000 visits, or 30 per cent of the total`: a part's count; `an average of 58
            # tonnes per member`: a measure per unit, no measure of the units a price per tonne divides over)
            continue
        if claim.kind == "measure" and _per_period_rate(claim, text, lang):
            continue  # (`하루 평균 500톤이 출하된 셈`: a measure per day, a rate, no measure of the units)
        if claim.per_unit_of is not None:
            continue  # (`척당 평균 40톤`: itself a figure per unit, no measure of the units another is per)
        if claim.kind == "measure" and claim.id in index.listed() and not _label_named(claim, figure, text, lang):
            # (`Wild berries made up 30 tonnes and farmed berries 60 tonnes. … The average price was $3 a pound`: a
            # breakdown's member the figure's clause does not name, the whole's measure the units)
            continue
        if _member_of_a_run_by_period(figures, j, figure):
            continue  # (`1월 300t, 2월 250t, …, 6월 600t이었다. 위판액은 … ㎏당`: one month's, not the half's catch)
        if claim.kind == "count" and _PARTITIVE_BEFORE[lang].search(
            text, max(0, claim.start - _PARTITIVE_REACH), claim.start
        ):
            # (`Of the pupils, 410 board. The budget is $96m, about $15,400 per pupil`: a group drawn from the whole
            # its clause names, not the units the figure divides over)
            continue
        if (
            claim.role == "value"
            and _units_named(noun, claim, text, lang)
            and not _size_of_a_named_one(claim, text, lang)
        ):
            if _kin_only(noun, claim, lang) and not index.only_kin_count(claim):
                return None  # `per journey` after two passenger counts (one line's, all lines'): which is not said
            if claim.sentence < figure.sentence - _SENTENCES_BACK and not index.only_count(claim, noun):
                return None  # far back, and another count of that name stated: which is not said
            if claim.kind == "count" and _named_alike_beside(figures, j, noun, text, lang, parts):
                return None  # (`참여 학생은 6만명으로 전체 학생 10만명의 60%`: a whole and its part, which is not said)
            if claim.kind == "count" and _subgroup_of_a_count_before(figures, j, noun, text, lang, parts):
                return None  # (`입장객이 50만명 … 어린이 입장객은 12만명 … 입장객 1인당`: the whole's or the group's)
            return claim
    # `음반 판매량이 500만장 … (paragraphs later) 음반 매출은 800억원으로, 장당 평균 1만6천원꼴`: the count the lead
    # states (the body's first two sentences), however far back, when it is the one the article states under the noun
    lead = index.lead_count(noun)
    if lead is not None and lead.sentence < figure.sentence and lead.id not in parts:
        return lead
    return None


# `the 250 MW Northfield plant`, `the 96-room Harbour Lodge` (invented): after an article, a size set before a name
_ARTICLE_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.definite_articles})\s+$", re.I)
_NAME_AFTER = compile_exact(r"[\s-]*(?P<first>[^\W\d_]{2,})(?:\s+(?P<second>[^\W\d_]{2,}))?")


def _member_of_a_run_by_period(figures: list[Claim], j: int, figure: Claim) -> bool:
    """`1월 300t, 2월 250t, 3월 350t`, `April 3,900, May 4,300 and June 4,400` (invented): a figure set right beside
    another of its kind and unit of another period of the same grain, both within the figure per unit's period, is
    one member of a breakdown by period, no count or measure of the whole period's units."""
    claim = figures[j]
    if claim.period is None or figure.period is None or claim.period == figure.period:
        return False
    if not figure.period.contains(claim.period):
        return False
    return in_a_run_by_period(figures, j, within=figure.period)


def _size_of_a_named_one(claim: Claim, text: str, lang: str) -> bool:
    """Whether the figure is the size of one named thing (`the 250 MW Northfield plant`): an article right before it
    and a name (a capital, its unit's word between) right after; no count of the units a figure is per."""
    if not _ARTICLE_BEFORE[lang].search(text, max(0, claim.start - 8), claim.start):
        return False
    words = _NAME_AFTER.match(text, claim.end)
    # (a capital opens the name: right after the figure, or after its unit's word, `the 96-room Harbour Lodge`)
    return words is not None and any(word and word[0].isupper() for word in words.group("first", "second"))


def base_of_an_earlier_multiple(total: Claim, figure: Claim, count: Claim, figures: list[Claim]) -> bool:
    """`지난해 수출액 5억원의 약 3배`, `three times last year's exports of $500,000`: an amount its own words date to a
    year before the story's, that a multiple of its sentence is measured against, is the yardstick of this year's
    level, no total of the units counted now (the figure and its count dated to that year by words of their own
    aside)."""
    period, published = own_period(total), total.published
    if period is None or published is None or period.grain != "year" or period.year >= published.year:
        return False
    if own_period(figure) == period or own_period(count) == period:
        return False
    return any(
        c.kind == "multiple" and c.sentence == total.sentence and total.id in (c.change_of, c.compared_to)
        for c in figures
    )


def _totals_over_listed_members(named: list[Claim], lead_of_metric) -> list[Claim]:
    """`Sales rose to $90m. … Sales by region: north, $50m; south, $40m. … Sales per store were $300,000` (invented):
    the amounts of the metric listed two or more in one sentence (a breakdown's members) are no total of a figure per
    unit. When one is stated alone in its sentence, those alone are read; when the members are all, the lead's amount
    of the metric (`lead_of_metric()`, read only then) stated before them is the whole they break down, else none."""
    per_sentence: dict[int, int] = {}
    for c in named:
        per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    alone = [c for c in named if per_sentence[c.sentence] == 1]
    if alone:
        return alone
    if len(per_sentence) != 1:
        return named
    lead = lead_of_metric()
    return [lead] if lead is not None and lead.sentence < named[0].sentence else []


_QUALIFIER_REACH = 40  # characters before a figure per unit where its mark's noun and the word qualifying it stand
_QUALIFIER_BEFORE = compile_exact(r"(?<=\s)(?P<word>[^\W\d_]{2,})\s+$")  # (a word of letters only: not `억원으로`)


def _count_of_qualified_noun(figures: list[Claim], i: int, noun: str, text: str, parts: set[str]) -> Claim | None:
    """`유료 관람객이 8만명, 무료 관람객이 4만명 … 20대가 5만명 … 유료 관람객 1인당 1만원꼴`, `… 80,000 paying
    visitors … revenue per paying visitor` (invented): a mark's noun qualified by a word right before it (`유료`,
    `paying`) is per the count whose own noun is so qualified (right before the count, a particle between, Korean;
    right after it, English), when exactly one count (of one value) within reach has it; else the nearest named by the
    noun is read as before."""
    figure = figures[i]
    read = text[max(0, figure.start - _QUALIFIER_REACH) : figure.start]
    at = read.rfind(noun)
    qualifier = _QUALIFIER_BEFORE.search(read, 0, at) if at > 0 else None
    if qualifier is None:
        return None
    # (the qualified noun is the count's own: right before it, a particle between, `유료 관람객이 8만명`, not a group
    # within it, `등록 환자 중 여성은 2만명`; right after it in English, `80,000 paying visitors`)
    words = rf"{re.escape(qualifier.group('word'))}\s+{re.escape(noun)}"
    before = re.compile(rf"(?<![^\W\d_]){words}[^\W\d_]{{0,2}}\s*$", re.I)
    after = re.compile(rf"\s*{words}", re.I)
    found = []
    for j in range(i - 1, -1, -1):
        claim = figures[j]
        if claim.sentence < figure.sentence - _FAR_SENTENCES_BACK:
            break
        if claim.sentence == figure.sentence or claim.kind != "count" or claim.role != "value" or claim.id in parts:
            continue
        if claim.value <= 1:
            continue  # (`관람객 한 명당`: the one of another figure's mark)
        if before.search(text, max(0, claim.start - _QUALIFIER_REACH), claim.start) or after.match(text, claim.end):
            found.append(claim)
    return found[0] if len({c.value for c in found}) == 1 else None


def _subgroup_of_a_count_before(figures: list[Claim], j: int, noun: str, text: str, lang: str, parts: set[str]) -> bool:
    """`입장객이 50만명 … 어린이 입장객은 12만명이었다. 입장객 1인당 입장 수입은 8만원꼴`, `The park drew 500,000
    visitors. … Child visitors numbered 120,000. … Revenue per visitor was $80`: a count the noun names, after a
    larger count it names of the same period and counter (in reach of the figure), may be a group of those units
    (the children among the visitors); which of the two the figure is per is not said. Only a count whose noun its
    clause qualifies by a word right before it (`어린이 입장객은`, `Child visitors`) is read as a group."""
    count = figures[j]
    clause = _CLAUSE_STOP.split(text[max(0, count.start - _COST_REACH) : count.start])[-1]
    at = clause.rfind(noun)
    if at <= 0 or _QUALIFIED_NOUN.search(clause, 0, at) is None:
        return False
    for k in range(j - 1, -1, -1):
        other = figures[k]
        if other.sentence < count.sentence - _SENTENCES_BACK:
            return False
        if other.kind != "count" or other.role != "value" or other.id in parts or other.per_unit_of is not None:
            continue
        if other.value <= count.value or periods_differ(other, count) or is_a_rate(other, text, lang):
            continue
        if other.counter and count.counter and other.counter != count.counter:
            continue
        if _units_named(noun, other, text, lang):
            return True
    return False


def _named_alike_beside(figures: list[Claim], j: int, noun: str, text: str, lang: str, parts: set[str]) -> bool:
    """Whether the count's sentence states another count the noun names (or a bare count after it: a gapped list
    of parts), of another value (a whole and its part:
    `참여 학생은 6만명으로 전체 학생 10만명의 60%`), none of them a part set beside its share nor a rate. (Not for a
    measure, which its unit alone names: a sentence listing tonnages is a breakdown, whose parts are lifted to
    their whole.)"""
    count = figures[j]
    low, high = j, j
    while low > 0 and figures[low - 1].sentence == count.sentence:
        low -= 1
    while high + 1 < len(figures) and figures[high + 1].sentence == count.sentence:
        high += 1
    return any(
        other.role == "value"
        and other.value != count.value
        and other.id not in parts
        and not (other.kind == "count" and is_a_rate(other, text, lang))
        and other.kind == "count"
        # (a count of another counter is none of its parts: `한 번 이상 구매한 고객 수는 100만명`, times, not people)
        and not (other.counter and count.counter and other.counter != count.counter)
        # (or a bare count after it, its noun left out: `Adults bought 600 passes and children 200`, a list of parts)
        and (_units_named(noun, other, text, lang) or (not other.counter and other.start > count.end))
        for other in figures[low : high + 1]
    )


def _one_count_before(
    figures: list[Claim], i: int, noun: str, text: str, lang: str, index: _NamedCounts
) -> Claim | None:
    """`The plant processed 60,000 cattle, … Revenue per carcass averaged $1,500`: one thing under two names, the one
    count of the sentence before a figure naming its metric, when the mark's noun names no count of the article (a
    count it names is the figure's, however far)."""
    before = figures[i].sentence - 1
    counts = [
        c
        for c in _back(figures, i, before)
        if c.sentence == before
        and c.kind == "count"
        and c.role == "value"
        and c.id not in index.parts
        and not is_a_rate(c, text, lang)
    ]
    # (a rise's size the noun names, `an extra 40,000 head`, names no count of the units)
    if len(counts) != 1 or any(c.kind == "count" and c.id not in index.increments for c in index.named(noun)):
        return None
    return counts[0]


def _increments(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The counts stated as the size of a rise (`an extra 40,000 head`, `an additional 300 stores`, `300 more
    stores`): no level of the units, and no count a figure per unit divides by."""
    return {
        c.id
        for c in figures
        if c.kind == "count"
        and (
            _INCREMENT_BEFORE[lang].search(text, max(0, c.start - _INCREMENT_REACH), c.start)
            or _INCREMENT_AFTER[lang].match(text, c.end)
        )
    }


def _averaged(claim: Claim, text: str, lang: str) -> bool:
    """Whether an amount is itself stated per unit or per period in its own clause (`about $11,000 of revenue each
    per week`, `$2m a store`): an average, no total a figure per unit divides."""
    return (
        claim.per_unit_of is not None
        or bool(_AVERAGE_AFTER[lang].match(text, claim.end))
        or bool(_PRICE_MARK_AFTER[lang].match(text, claim.end))
    )


def _names_another_cost(figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the figure's clause names a cost (`Rent per store averaged £80,000`: `[link.cost_nouns]`) that the
    total's clause does not: a cost per unit is not of the revenue stated with the count."""
    own = _clause_before(figure, text)
    if _COST_NOUN[lang].search(own) is None:
        return False
    return _COST_NOUN[lang].search(_clause_before(total, text)) is None


def _clause_before(claim: Claim, text: str) -> str:
    before = text[max(0, claim.start - _COST_REACH) : claim.start]
    stops = list(_CLAUSE_STOP.finditer(before))
    return before[stops[-1].end() :] if stops else before


@functools.lru_cache(maxsize=8)
def opens_with_headline(text: str) -> bool:
    """Whether the article's first line is a headline (no sentence's end closes it; its figures are rounded, or
    changes of the body's). Asked by many link rules, per figure: answered once per article (the text's hash is kept
    by the string, so a repeated question costs no pass over a long first line)."""
    newline = text.find("\n")
    last = text[:newline].rstrip()[-1:] if newline > 0 else ""
    return bool(last) and _LINE_END.search(last) is None


def _per_period_rate(measure: Claim, text: str, lang: str) -> bool:
    """Whether a measure is stated per day or per a shorter period (`하루 평균 500톤`, `한 달 평균`): a rate."""
    if _PER_DAY_BEFORE[lang].search(text, max(0, measure.start - _PER_REACH), measure.start):
        return True
    return per_shorter_period(measure, text, lang)


_DIGIT = compile_exact(r"\d")


def _opens_the_next_figure(mark_end: int, text: str, lang: str) -> bool:
    """Whether a figure follows the per-unit mark ending at `mark_end`, only an average's words between (`㎏당 평균
    5천원`): the mark is that figure's."""
    words = _AVERAGE_WORDS_ONLY[lang].match(text, mark_end)
    return words is not None and _DIGIT.match(text, words.end()) is not None


def per_hour(count: Claim, text: str, lang: str) -> bool:
    """`each turn out 75 loaves an hour` (`[link.per_hour_after]`): a pace of work, no count of the units a figure per
    one of them multiplies out (checker/link/per_one_products.py); still a count a share of the same pace is of."""
    return _PER_HOUR_AFTER[lang].match(text, count.end) is not None


def is_a_rate(count: Claim, text: str, lang: str) -> bool:
    """Whether a count is itself a figure per unit (`4,000 visits per day`, `대여소 한 곳당 300대꼴`, `상담사 한 사람이
    고객 90명을 맡는 꼴`: the mark after it, or before it in its clause with only words between), no count of units."""
    end = count.end + _PER_REACH
    # (`…3억건이었다. 건당 4만원`: the next sentence's mark; `4만개로, 개당 평균 150만원`: the next clause's)
    stop = _CLAUSE_STOP.search(text, count.end, end)
    if count.per_unit_of is not None:
        return True
    after = _PER_NOUN[lang].search(text, count.end, stop.start() if stop else end)
    if after is not None and not _opens_the_next_figure(after.end(), text, lang):
        return True  # (`600톤을 ㎏당 5천원에`: a mark that opens the figure after it is that figure's, a price's)
    # (`회원 한 명당 2천원꼴`: the `한 명` is the mark's own one, in whatever sentence, no count of visitors)
    for mark in _PER_NOUN[lang].finditer(text, max(0, count.start - _PER_REACH), min(len(text), end)):
        if mark.start() >= count.end:
            break  # (this mark and every later one start past the count: none overlaps it)
        if mark.end() > count.start and mark.start() <= count.start:
            # (a mark opening past the count's start only takes its unit's word as a noun, `…만 원으로 1인당`)
            return True
    if _PER_DAY_BEFORE[lang].search(text, max(0, count.start - _PER_REACH), count.start):
        return True  # (`하루 평균 약 90만개를 나른 셈`: a count per day, a rate)
    if per_shorter_period(count, text, lang):
        return True  # (`한 달 평균 2만건꼴`, `1,500 visits a week`: a count per month or week, an average)
    if (
        _UNIT_AFTER_AVERAGE[lang].match(text, count.end) or _EACH_AFTER[lang].match(text, count.end)
    ) and _AVERAGE_BEFORE[lang].search(text, max(0, count.start - _AVERAGE_REACH), count.start):
        return True  # (`an average of 200 pitches a park`, `an average of 90 pupils each`: a count per unit, a rate)
    return bool(_MARK_BEFORE[lang].search(text, max(0, count.start - _PER_REACH), count.start))


def _parts(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The counts set right beside their share of a whole (`1.2 million tonnes, or 30 per cent of volume`),
    those that follow their whole's count in its sentence past a word that says parts follow (`delivered 800
    buses, of which 500 were electric`, `농가 1,200가구 가운데 300가구는`), and those each unit holds (`30 pens, each
    housing two dogs`)."""
    return (
        _parts_beside_shares(figures, text, lang)
        | _parts_beside_tallies(figures, text, lang)
        | _held_each(figures, text, lang)
        | {
            part.id
            for whole, part in zip(figures, figures[1:])
            if part.kind in ("count", "measure")
            and part.sentence == whole.sentence
            and part.kind == whole.kind
            and part.unit == whole.unit
            and (part.counter or "").lower() in ("", (whole.counter or "").lower())
            and whole.role == "value"
            and part.value < whole.value
            and _WHOLE_THEN_PART[lang].fullmatch(text, whole.end, part.start)
        }
    )


# between two listed members of one sentence (`Wild berries made up 30 tonnes and farmed berries 60 tonnes`):
# words only, joined by a comma or `and` (`[link.and_words]`), no clause's end
_LISTED_BETWEEN = ByLanguage(
    lambda w: rf"(?:,|[^\d.;:!?]*?(?<![^\W\d_])(?:{w.and_words})(?![^\W\d_]))[^\d.;:!?]*", re.I
)
_LIST_REACH = 80  # characters between two listed members
_LISTED_LANGS = ("en",)


def listed_below_a_whole(figures: list[Claim], text: str, lang: str) -> set[str]:
    """Counts or measures of one unit listed side by side in a sentence (`Wild berries made up 30 tonnes and farmed
    berries 60 tonnes`, `600 from the north, 400 from the south`) after an earlier sentence stated a value of
    that unit at least their sum (within rounding): the members of a breakdown of that whole, no measure of the units
    a later price per a unit of measure divides over (the whole is; a noun naming one member names its own units).
    One pass: the largest value of each unit stated so far. English only: a Korean breakdown labels each member
    (`소라가 226톤`), and `_listed_member_named` reads which one a price's clause names."""
    found: set[str] = set()
    if lang not in _LISTED_LANGS:
        return found
    largest: dict[tuple[str, str, str], float] = {}
    sentence: list[Claim] = []

    def close(members: list[Claim]) -> None:
        run: list[Claim] = []
        for claim in [*members, None]:
            joined = (
                claim is not None
                and run
                and _key(claim) == _key(run[-1])
                and 0 <= claim.start - run[-1].end <= _LIST_REACH
                and _LISTED_BETWEEN[lang].fullmatch(text, run[-1].end, claim.start) is not None
            )
            if joined:
                run.append(claim)
                continue
            if len(run) > 1 and largest.get(_key(run[0]), 0.0) >= sum(c.low for c in run):
                found.update(c.id for c in run)
            run = [claim] if claim is not None and claim.kind in ("count", "measure") and claim.role == "value" else []
        for claim in members:
            if claim.kind in ("count", "measure") and claim.role == "value":
                largest[_key(claim)] = max(largest.get(_key(claim), 0.0), claim.high)

    for claim in figures:
        if sentence and claim.sentence != sentence[0].sentence:
            close(sentence)
            sentence = []
        sentence.append(claim)
    if sentence:
        close(sentence)
    return found


def _key(claim: Claim) -> tuple[str, str, str]:
    return claim.kind, claim.unit, (claim.counter or "").lower()


def _parts_beside_tallies(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The counts set right beside a tally of their counter out of a round base, in their clause (`우수 회원은
    6만명으로 10명 중 3명이 …`): the count is one part's, the tally its share of the whole (the fractions' `among`
    word and round wholes)."""
    among = _AMONG.get(lang)
    if among is None:
        return set()
    joiner, wholes = among
    return {
        count.id
        for count, whole, part in zip(figures, figures[1:], figures[2:])
        if count.kind == whole.kind == part.kind == "count"
        and count.counter
        and count.counter == whole.counter == part.counter
        and count.sentence == whole.sentence == part.sentence
        and whole.value in wholes
        and part.value < whole.value < count.value
        and whole.start - count.end <= _PER_REACH
        and _CLAUSE_STOP.search(text, count.end, whole.start) is None
        and joiner.fullmatch(text, whole.end, part.start)
    }


# `30 pens, each housing two dogs`: right before a count, after a comma, `each` and the words saying what each unit
# counted before holds (`[link.each_holds_before]`)
_EACH_HOLDS_BEFORE = ByLanguage(lambda w: rf",\s+(?:{w.each_holds_before})$", re.I)
_EACH_HOLDS_REACH = 40  # characters before a count where its `each` stands


def _held_each(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The counts stated as what each of the units counted before them holds (`The kennels have 30 pens, each housing
    two dogs`, `12 lorries, each with 28 tonnes`): one unit's, no count of all the units (nor a whole)."""
    return {
        c.id
        for c in figures
        if c.kind in ("count", "measure")
        and _EACH_HOLDS_BEFORE[lang].search(text, max(0, c.start - _EACH_HOLDS_REACH), c.start)
    }


def _parts_beside_shares(figures: list[Claim], text: str, lang: str) -> set[str]:
    return {
        count.id
        for count, share in zip(figures, figures[1:])
        if count.kind in ("count", "measure") and _share_beside(count, share, text, lang)
    }


def _share_beside(part: Claim, share: Claim, text: str, lang: str) -> bool:
    """Whether the share right after a figure is its share of a whole, set beside it (`1.2 million tonnes, or 30
    per cent of volume`, `미국이 4천만달러로 절반을`): the figure is one part's."""
    return (
        # (a share as a percentage, or as a fraction of counts: `8,600명으로 10명 중 6명꼴`, `or six in ten`)
        share.kind in ("percent", "fraction")
        and share.sentence == part.sentence
        and bool(
            _SHARE_AFTER[lang].fullmatch(text, part.end, share.start)
            or (
                share.role == "share"
                and (
                    _PART_THEN_ITS_SHARE[lang].fullmatch(text, part.end, share.start)
                    or _NOUN_THEN_SHARE[lang].fullmatch(text, part.end, share.start)
                    or _SHARE_IN_PARENTHESES.fullmatch(text, part.end, share.start)
                )
            )
        )
    )


def _a_part_beside_its_share(figures: list[Claim], j: int, text: str, lang: str) -> bool:
    """Whether the j-th figure is set right beside its share of a whole (`수출 가운데 미국이 4천만달러로 절반을
    차지했다`, `the north took $14m, or 35%`): one part's amount, no total a figure per unit of the whole divides."""
    if j + 1 >= len(figures):
        return False
    part, share = figures[j], figures[j + 1]
    # (`sold 1.2 million of them for $90m, about two thirds of revenue`: a share set right after the figure's comma,
    # its hedge read into it)
    return _share_beside(part, share, text, lang) or (
        share.kind in ("percent", "fraction")
        and share.role == "share"
        and share.sentence == part.sentence
        and _COMMA_ONLY.fullmatch(text, part.end, share.start) is not None
    )


def _total(figures: list[Claim], i: int, count: Claim, text: str, lang: str, body: int = -1) -> Claim | None:
    figure = figures[i]
    named_metric = bool(figure.metric) and "metric" not in figure.guesses
    first = figure.sentence - _TOTAL_SENTENCES_BACK if named_metric else count.sentence
    money = [
        c
        for c in _back(figures, i, first)
        if c.kind == figure.kind
        and c.role == "value"
        and c.unit == figure.unit
        and not _averaged(c, text, lang)
        and not is_a_stated_gap(c, text, lang)  # (`전년 동기보다 16억 원 많다`: how much more, no total)
    ]
    segment = _segment_words(figure, lang) if named_metric else set()
    if segment:
        # (`£4.00 of drink revenue per pint`: of the total its segment's words name, `Drink brought in £100m`, not
        # the whole's revenue; none such, no total)
        scoped = [c for c in money if segment & _content_words(c, text, lang)]
        return scoped[0] if scoped and len({c.value for c in scoped}) == 1 else None
    if named_metric:
        # (not a part set beside its share: `수출 가운데 미국이 4천만달러로 절반을 차지했다 … 톤당 평균 수출액`, the
        # average of the whole's exports, not one market's)
        amounts = {id(c) for c in money}
        named = [
            c
            for j, c in _back_placed(figures, i, first)
            if id(c) in amounts
            and c.metric == figure.metric
            and "metric" not in c.guesses
            and not c.scope
            and not _a_part_beside_its_share(figures, j, text, lang)
            # (`1분기 매출은 … 2분기 매출은 650억원 … 상반기 판매량은 4만톤으로 톤당 평균 매출은`: of another span)
            and not periods_differ(c, figure)
            and not base_of_an_earlier_multiple(c, figure, count, figures)
        ]
        named = _totals_over_listed_members(named, lambda: _lead_of_metric(figures, i, body))
        # (`Revenue per shop was about £767,000 over the six months`: a figure over a span of months written after it
        # is of no total stated for a period of another length, `sales of £214m` of the second quarter)
        span = _months_after(figure, text, lang)
        if span is None and _QUARTER_BEFORE[lang].search(text, max(0, figure.start - _GRAIN_REACH), figure.start):
            span = _MONTHS_OF_GRAIN["quarter"]  # (`매장 한 곳의 분기 평균 매출은`: a quarter's, no month's total)
        if span is not None:
            named = [
                c
                for c in named
                if c.period is None or "period" in c.guesses or _MONTHS_OF_GRAIN.get(c.period.grain) in (None, span)
            ]
        # (`revenue of $90m, down from the third quarter's $100m … revenue per store averaged $300,000`: the total
        # of the count's own period, when one is stated, before a later-written one of another stated period)
        of_period = [c for c in named if own_period(count) and c.period == count.period]
        if of_period and named[0].period != count.period and "period" not in named[0].guesses:
            return of_period[0]
        if named and not (own_period(figure) or own_period(count)):
            # (`1~9월 수출액은 … 3분기 수출액은 …`, then a figure per unit naming no period past the lead's reach: the
            # lead's span, when it holds the periods of those within reach, is the whole; a period carried over
            # from the sentence before is none the figure names)
            lead = _lead_of_metric(figures, i, body)
            if lead is not None and all(c is not lead for c in named):
                named = [*named, lead]
        unnamed = not (own_period(figure) or own_period(count))
        widest = _widest(named) if len({c.value for c in named}) > 1 and unnamed else None
        # (a span's value and its part's, the figure and its count of neither period: the span's)
        return widest or (named[0] if named else None)  # else the latest
    together = [c for c in money + _conversions(figures, i, count) if c.sentence == count.sentence]
    if together:
        if len(together) != 1 or _names_another_cost(figure, together[0], text, lang):
            return None  # (`Rent per store averaged £80,000` after `120 stores … revenue of £96m`: not of it)
        return together[0]
    # `카드 승인금액은 104조원 … 승인 건수는 26억건 … 건당 평균 승인금액은 3만9천원`: the total the figure's own noun
    # names, the latest before it within reach
    name = _name(figure, text, lang)
    named = [
        c
        for c in _back(figures, i, figure.sentence - _TOTAL_SENTENCES_BACK)
        if c.kind == figure.kind and c.role == "value" and c.unit == figure.unit and not _averaged(c, text, lang)
    ]
    if name is None:
        return _sharing_a_word(figure, named, text, lang)
    return next((c for c in named if _name(c, text, lang) == name), None)


def _months_after(figure: Claim, text: str, lang: str) -> float | None:
    """The months of a span written right after a figure (`£767,000 over the six months`: 6), if any."""
    found = _MONTHS_AFTER[lang].match(text, figure.end)
    if found is None:
        return None
    digits = re.search(r"\d+", found.group(0))
    if digits is not None:
        return float(digits.group(0))
    data, _ = merged(lang)
    numbers = {word.lower(): float(value) for word, value in data.number_words.words.items()}
    return next((numbers[word] for word in found.group(0).lower().split() if word in numbers), None)


def _sharing_a_word(figure: Claim, candidates: list[Claim], text: str, lang: str) -> Claim | None:
    """`Parking charges raised £11.2m, penalty notices £7.6m … The average penalty paid worked out at £40.77 per
    notice`, `lifting its assets to €48.2bn … which puts its assets at €154,500 per member`: the one figure before
    whose words name what the figure's words name (a word of theirs, past the words that name nothing:
    `[link.scope_stop_words]`)."""
    words = _content_words(figure, text, lang)
    sharing = [c for c in candidates if words & _content_words(c, text, lang)]
    return sharing[0] if sharing and len({c.value for c in sharing}) == 1 else None


def _segment_words(figure: Claim, lang: str) -> set[str]:
    """The words of a figure's scope that name a segment of its metric (`drink` of `£4 of drink revenue`), past the
    words that name nothing, hedges and words of an average (`Average revenue per passenger`:
    `[link.average_scope_words]`)."""
    return {
        word.lower()
        for word in _CONTENT.findall(figure.scope or "")
        if not _STOP_WORD[lang].fullmatch(word)
        and not _HEDGE[lang].fullmatch(word)
        and not _AVERAGE_WORD[lang].fullmatch(word)
    }


# A clause's cut: a mark of punctuation, not the decimal point of a rate (`Sales climbed 8.5% to £3bn`: the clause of
# the £3bn opens at `Sales`, not inside `8.5`; the point of an amount, `£8.0m and permits`, still ends the item before)
_CLAUSE_CUT = ByLanguage(lambda w: rf"[,;:()\n]|\.(?!\d+\s?(?:%|(?:{w.rate_unit_words})\b))", re.I)


def _content_words(claim: Claim, text: str, lang: str) -> set[str]:
    """The words right before a figure, in its clause, that may name what it is of."""
    window = text[max(0, claim.start - _WORDS_REACH) : claim.start]
    window = _CLAUSE_CUT[lang].split(window)[-1]
    return {
        word.lower()
        for word in _CONTENT.findall(window)
        if not _STOP_WORD[lang].fullmatch(word) and not _HEDGE[lang].fullmatch(word)
    }


# `수박 출하 농가는 240곳`, `성주 참외 출하량은 올해 2만톤`: the words of the topic a figure is stated of (up to three,
# the last ending in a topic particle; a word between it and the figure at most)
_TOPIC_PHRASE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<words>(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+?)(?:{w.clause_topic_particles})"
        rf"\s+(?:[^\W\d_]+\s+)?$"
    ),
    first_tested=False,
)
_SCOPE_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", first_tested=False)
_PHRASE_REACH = 40  # characters before a figure its topic is looked for in


# `어촌계당 양식 면적은 50㏊`: a noun and its per mark (`[link.per_noun_marks]`), then a few words, right before a
# figure
_PER_NOUN_TOPIC_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])[^\W\d_]{{2,}}(?:{w.per_noun_marks})\s+(?:[^\W\d_]+\s+){{0,3}}$", first_tested=False
)


def stated_per_a_noun(figure: Claim, text: str, lang: str) -> bool:
    """Whether the clause of a figure opens on a noun marked per one of it (`어촌계당 양식 면적은 50㏊이고`): the
    figure is itself an average per that noun, no measure of the units another figure is per."""
    start = max(0, figure.start - _PER_REACH, text.rfind(".", 0, figure.start) + 1)
    return _PER_NOUN_TOPIC_BEFORE[lang].search(text, start, figure.start) is not None


def _objects_apart(count: Claim, lead: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether the count and the lead's measure are stated of two objects: each one's topic qualifies its noun by a
    word the other's clause does not name (`참외 출하량은 2만톤 … 수박 출하 농가는 240곳으로 농가당 평균 50톤`: the
    farms are the melon growers, not the lead crop's). `참외 출하량은 … 참외 농가는 …`, or a count whose topic names
    no qualifier (`농가는 240곳으로`), keeps the lead's."""
    count_words = _topic_words(count, text, lang)
    lead_words = _topic_words(lead, text, lang)
    if len(count_words) < 2 or len(lead_words) < 2:
        return False
    around_count = _sentence_up_to(text, count.start, figure.end)
    around_lead = _sentence_up_to(text, lead.start, lead.end)
    return any(word not in around_lead for word in count_words[:-1]) and any(
        word not in around_count for word in lead_words[:-1]
    )


def _topic_words(claim: Claim, text: str, lang: str) -> list[str]:
    """The naming words (no time or scope word: `[link.scope_stop_words]`) of the topic a figure is stated of; a word
    of one letter names too (`쌀 생산량은`)."""
    start = max(0, claim.start - _PHRASE_REACH, text.rfind(".", 0, claim.start) + 1)
    found = _TOPIC_PHRASE[lang].search(text, start, claim.start)
    if found is None:
        return []
    stop = _SCOPE_STOP[lang]
    return [word for word in found.group("words").split() if not stop.fullmatch(word)]


def _sentence_up_to(text: str, start: int, end: int) -> str:
    """The text from the sentence's start (within reach before `start`) to `end`."""
    return text[max(0, start - _PHRASE_REACH, text.rfind(".", 0, start) + 1) : end]


def _name(claim: Claim, text: str, lang: str) -> str | None:
    """The noun a figure is stated of, right before its topic particle (`승인금액은 3만9천원`)."""
    found = _NAMED[lang].search(text, max(0, claim.start - _NAME_REACH), claim.start)
    return found.group("name") if found else None


def _conversions(figures: list[Claim], i: int, count: Claim) -> list[Claim]:
    """The amounts of the figure's currency the count's sentence states as another amount's equivalent."""
    figure = figures[i]
    return [
        c
        for c in _back(figures, i, count.sentence)
        if c.kind == "money" and c.role == "conversion" and c.unit == figure.unit and c.sentence == count.sentence
    ]


class _NamedCounts:
    """The article's figures each noun names, read once per noun and kept (an index built per article: a
    figure's count and the other counts of its name are looked up here, never by scanning every figure for each)."""

    def __init__(self, figures: list[Claim], text: str, lang: str, parts: set[str]):
        self.figures, self.text, self.lang, self.parts = figures, text, lang, parts
        self.headline = opens_with_headline(text)
        self._named: dict[str, list[Claim]] = {}
        self._values: dict[tuple[str, str | None, bool], set[float]] = {}
        self._kin_values: dict[str, set[float]] = {}
        self._body: int | None = None  # the body's first sentence, read once
        self.increments: set[str] = set()  # the counts stated as a rise's size (`an extra 40,000 head`)
        self._largest: dict[tuple[str, str], float] | None = None  # the body's largest value per kind and unit
        self._listed: set[str] | None = None  # the members of a breakdown listed below a whole stated before

    def listed(self) -> set[str]:
        """The counts and measures listed side by side below a whole stated before (`listed_below_a_whole`), read
        once."""
        if self._listed is None:
            self._listed = listed_below_a_whole(self.figures, self.text, self.lang)
        return self._listed

    def named(self, noun: str) -> list[Claim]:
        """Every figure the noun names (`_units_named`)."""
        if noun not in self._named:
            self._named[noun] = [c for c in self.figures if _units_named(noun, c, self.text, self.lang)]
        return self._named[noun]

    def largest(self, kind: str, unit: str) -> float:
        """The largest value of a kind and unit the body states (past a headline; no figure per unit), read once
        for every kind and unit in one pass."""
        if self._largest is None:
            self._largest = {}
            for c in self.figures:
                if c.role == "value" and c.per_unit_of is None and not (self.headline and c.paragraph == 0):
                    key = (c.kind, c.unit)
                    self._largest[key] = max(self._largest.get(key, c.value), c.value)
        return self._largest.get((kind, unit), float("-inf"))

    def only_count(self, count: Claim, noun: str, yearly_rivals: bool = False, lesser_after: int | None = None) -> bool:
        """Whether every count the article states as a value under the noun's name is the count's figure (a part
        set beside its share, `90,000 visits, or 30 per cent`, is no count of the whole; nor a rate, `4,000 visits
        per day`), nor a headline's (`Chain opens 118 stores`: rounded, or a change). A count of another counter is of
        other things the noun only qualifies (`회원 1,500명` and `회원 라운지 세 곳`: people, then places): no rival.
        `yearly_rivals`: a count of a year's worth (`makes 1,900 lanterns a year`) is a rate, no rival either.
        `lesser_after`: a sentence (the price's) after which a smaller count of the count's counter is no rival
        either (`900 ropes … C$40 a rope, C$36,000 in all. … 600 short ropes and 300 long ones`: the lot's parts,
        or a lesser lot told after the price; the price was read with the lot before it)."""
        key = (noun, count.counter, yearly_rivals, lesser_after)
        if key not in self._values:
            self._values[key] = {
                c.value
                for c in self.named(noun)
                if c.role == "value"
                and c.id not in self.parts
                and not (self.headline and c.paragraph == 0)
                and not is_a_rate(c, self.text, self.lang)
                and not (c.counter and count.counter and c.counter != count.counter)
                # (a year's worth stated after the lot, the maker's output beside it: `is to make 500 satchels …
                # makes 2,000 satchels a year`; one stated before may be the order itself, `a contract to make
                # 1,900 lanterns a year … It also made 40`, a tie)
                and not (yearly_rivals and c.start > count.start and _PER_YEAR_AFTER[self.lang].match(self.text, c.end))
                and not (
                    lesser_after is not None
                    and c.sentence > lesser_after
                    and c.value < count.value
                    and c.counter == count.counter
                )
            }
        return self._values[key] <= {count.value}

    def body(self) -> int:
        """The body's first sentence (past a headline; -1 when the article has no figure there), read once."""
        if self._body is None:
            self._body = next((c.sentence for c in self.figures if not (self.headline and c.paragraph == 0)), -1)
        return self._body

    def lead_count(self, noun: str) -> Claim | None:
        """The count the noun names in the lead (the body's first two sentences, past a headline), when every count
        the article states under that name is of its value: the count the story is about."""
        body = self.body()
        lead = [
            c
            for c in self.named(noun)
            if c.kind == "count"
            and c.role == "value"
            and body <= c.sentence <= body + 1
            and not is_a_rate(c, self.text, self.lang)  # (`an average of 150 pupils each`: a rate, no count of units)
        ]
        if not lead or not self.only_count(lead[0], noun):
            return None
        return lead[0]

    def lead_largest_count(self, noun: str, before: int) -> Claim | None:
        """`단속 건수가 30만건으로 작년 24만건보다 늘었다 … (paragraphs on its kinds: 어린이 구역 5만건) …
        건당 평균 7만원`: the count the noun names in the lead (the body's first two sentences), however far back,
        when the article states other counts under the noun but each smaller (its subgroups, a milestone passed, an
        average per day) and none beside it in its sentence (`참여 학생은 6만명으로 전체 학생 10만명의 60%`: a part
        and its whole). Asked only when the figure's mark opens its clause (no word narrowing the units: `유료 관객
        1인당`)."""
        body = self.body()
        named = [
            c
            for c in self.named(noun)
            if c.kind == "count"
            and c.role == "value"
            and c.id not in self.parts
            and c.per_unit_of is None
            and not (self.headline and c.paragraph == 0)
            and not is_a_rate(c, self.text, self.lang)
        ]
        lead = [c for c in named if body <= c.sentence <= body + 1 and c.sentence < before]
        if not lead:
            return None
        top = max(lead, key=lambda c: c.value)
        if any(c.value >= top.value for c in named if c is not top and c.value != top.value):
            return None  # (a larger count under the noun: another whole, which is not said)
        if any(c.sentence == top.sentence and c.value != top.value for c in named):
            return None  # (`참여 학생은 6만명으로 전체 학생 10만명의 60%`: a part and its whole, which is not said)
        return top

    def lead_units(self, noun: str) -> Claim | None:
        """The first count or measure the noun names in the body's first sentence (past a headline), as the lead's
        first amount is its total (`_lead_total`): the units of the whole the story is about (no listed part nor
        rate; in the lead's paragraph)."""
        body = self.body()
        return next(
            (
                c
                for c in self.named(noun)
                if c.role == "value"
                and c.sentence == body
                and c.paragraph == (1 if self.headline else 0)  # (the lead's paragraph, not a later one's first figure)
                and c.id not in self.parts
                and c.part_of is None  # (`Wheat is expected to make up 12.8 million tonnes, barley …`: listed parts)
                and not (c.kind == "count" and is_a_rate(c, self.text, self.lang))
            ),
            None,
        )

    def only_kin_count(self, count: Claim) -> bool:
        """Whether the article states no other count under the names of the count's kin (`612.4 million
        passengers` and `1.82 billion passengers`: a count named by kin alone is taken only when it is the one)."""
        counter = (count.counter or "").lower()
        if counter not in self._kin_values:
            kins = [kin[self.lang] for kin in _KIN if kin[self.lang].fullmatch(counter)]
            self._kin_values[counter] = {
                c.value
                for c in self.figures
                if c.kind == "count"
                and c.role == "value"
                and any(kin.fullmatch((c.counter or "").lower()) for kin in kins)
            }
        return self._kin_values[counter] <= {count.value}
