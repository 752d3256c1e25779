"""The partners of a relation found across the whole article, by keys.

A figure the sentence-level rules leave without the figure its relation needs often has that partner in another
sentence: the lead states the total and the count, a paragraph later names the noun again. The sentence patterns
each look a fixed distance back with one key; this module looks through the whole article once (its candidates
indexed by kind and unit, `Partners`), with one ranking:

1. the key the relation needs (below);
2. then the company: a candidate that names another company than the figure's (neither a guess) is none;
3. then the lead's figure (the first two sentences of the body): the whole the story is about;
4. then nothing: two candidates of the best rank with different values are a tie, and a tie links nothing (when
   unsure, link nothing). A whole named only vaguely (`…, or 32% of the total`) also ties with any other level
   of the unit in that rank (`2,000 infections` beside `1,700 cases`).

A candidate is a value stated as itself (no prior, baseline, change, conversion, nor a level a change is compared
to), not the headline's (rounded), not a part set beside its share (`12,000 visits, or 30 per cent`) nor a
share's part, not a rate (`4,000 visits a day`) nor a bound (`2천대를 넘어`, `more than 600`). The reading spans
sentences, so a mismatch is a warning (`guesses`).

Two relations look their partners up this way, after every sentence rule has run:

- A money figure per unit (`link_per_unit_partners`) with no count or total: the per-unit mark nearest it with no
  figure between (`매장 한 곳당 5억원`, `$2.40 per passenger`), the noun after an average (`an average of about
  £40 a booking`) or after an amount set beside its total (`$44m from $40m, or about $22 a visit`), or a unit of
  measure before `당` (`톤당 매출`); an average of `each` with no noun is of the count the body's first sentence
  states of a noun (two such of different values tie). A unit of measure alone is a weak key: any two tonnages
  of different values tie, the lead's or not. The count is the
  figure the mark's noun names (its counter, or a word of the noun's kin: per_unit_apart.py's reading; not the
  mark's own `한 곳`); a mark per person (`시민 1인당`, `per capita`) with no such count takes the population the
  article states; a bare mark per person opening a sentence that restates the one before (`감면액은 모두 2억원이었다.
  1인당 평균 100만원을 감면받은 셈이다`) takes that sentence's one count, of people. A count the figure's own
  sentence states before it comes first (`The 200 shops took the
  remaining £120m, an average of £600,000 a store`); an average of `each` right after a count of a noun (`It
  settled 56,000 claims, at an average of £750 each`; a word of each unit naming no noun, `or £900 a head`,
  `£40 apiece`, is one: `[link.each_unit_after]`) is of that count, and, with no total in its sentence nor
  named, of the lead's total (the first sentences of the body). The total is the level of the figure's unit
  stated before it in its sentence, past its own comparison (the total restated per unit), else the figure of the
  metric the figure names (`톤당 매출` → 매출).
  A price (`a set price of $3 per litre`) is set per unit: no total divides to it. The per-unit check
  (F317) divides the total by the count.
- A share set beside its part (`link_shares_of_wholes_apart`) whose whole its sentence names without a figure:
  by the whole's metric and the genitive (`해외 판매는 9천억원으로 매출의 30%`, one clause), or set beside the part
  (`$14m, or 35% of the orders`, `300,000, or 25%`). The whole is a value of the part's unit and counter (a
  bare count names nothing it counts), larger than the part, of no other period, of the metric the share names
  when it names one. The share check (F503) divides the part by the whole.

Language words are data: the per-unit marks are per_unit_apart.py's (`[link.per_unit_noun_after]`,
`[link.per_unit_noun_before]`, `[link.unit_counters]`, `[link.per_measure_after]`), an average's noun after it
(`[link.average_before]`, `[link.appositive_share_marks]` or `[link.per_unit_restating_before]` before the
figure, `[link.per_unit_after_average]`
between it and the noun), `[link.per_person_marks]`, an average of each (`[link.each_one_marks]`: `for each one`;
`[link.each_closing_after]`: `each before costs`; `[link.each_unit_after]`: `apiece`;
`[link.each_of_count_marks]`: `for each of the 8,000 hectares`; `[link.each_total_after]`: `between them`); a
share's joints are `[link.whole_then_its_share_apart]`, `[link.share_then_its_whole_apart]`,
`[link.appositive_share_marks]` and `[link.share_of_noun_after]`.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable

from checker.extract.lang import ByLanguage, link_alternations
from checker.extract.units import measure_unit
from checker.link.elapsed import span_counts
from checker.link.figure_kinds import AMOUNTS, TAKINGS
from checker.link.inflections import singular
from checker.link.keys_differ import periods_differ
from checker.link.narrowed_wholes import narrowed_whole_after, subgroup_of_its_count
from checker.link.of_which_opener_wholes import opens_with_of_which
from checker.link.per_unit_apart import (
    _PER_NOUN,
    _PRICE_MARK_AFTER,
    _WHOLE_SCOPE_AFTER,
    NOUN_COUNTER,
    WEIGHED_WORDS,
    WiderCounts,
    _content_words,
    _name,
    _noun,
    _of_one_kin,
    _parts,
    _restated_before,
    _sharing_a_word,
    _stem_of,
    _units_named,
    average_stated_before,
    base_of_an_earlier_multiple,
    bought_of_a_spend,
    count_of_a_group_within,
    is_a_rate,
    is_an_increment,
    listed_below_a_whole,
    names_the_count,
    opens_with_headline,
    per_noun_matches,
    per_shorter_period,
    place_per_unit,
    restates_a_rise,
    shares_scope_words,
    stated_per_a_noun,
    writes_the_weighed_currency,
)
from checker.link.periods_named import total_of_another_period
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.subset_wholes import whole_does_what_the_part_names
from checker.link.view import MetricHit
from checker.link.wholes_agreeing import whole_or_its_earlier
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# `an average of about £40 a booking`: the average's mark before the figure, the noun after it
# a sentence opening on a demonstrative noun of an amount (`This latter amount went to …`, `이 금액은`): the amount is
# the one the sentence before closes on, the total a figure per unit of the sentence divides
_AMOUNT_ANAPHOR_OPENS = ByLanguage(lambda w: rf"\W{{0,3}}(?:{w.amount_anaphor_openers})(?![^\W\d_])", re.I)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_NOUN_AFTER_AVERAGE = ByLanguage(
    lambda w: rf"\s+(?:{w.per_unit_after_average})\s+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])", re.I
)
# `earning £60.85 a case on average`: the average's mark after the noun the figure is per
_AVERAGE_AFTER_NOUN = ByLanguage(lambda w: rf"\s+(?:{w.average_after_noun})(?![^\W\d_])", re.I)
# ... after a participle saying what each unit sold for (`earning £60.85 a case on average`; not `paying hauliers`)
_PRICE_PARTICIPLE_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.price_participles})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
# `with the average licence costing £799`, `The average heater sold for about €920`: the noun the figure is the
# average of, a few words before it (none of them a figure)
_AVERAGE_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.average_noun_before})\s+(?P<noun>[^\W\d_]{{3,}})(?:[\s-]+[^\W\d_]+){{1,3}}?"
        rf"\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_AVERAGE_NOUN_REACH = 56  # characters before a figure where the average's mark and noun stand
# `$9.0m for cleaning, or about $90 a room`: the amount set beside its total, per the noun after it
_BESIDE_TOTAL = ByLanguage(lambda w: rf",\s*(?:{w.appositive_share_marks})\s+$", re.I)
# `came to €90m, about €500 for every bike`: an approximation set beside its total after a comma, per the noun after it
# (the hedge before the figure, or read as the figure's own first word: `about €500`)
_HEDGED_BESIDE_TOTAL = ByLanguage(lambda w: rf",\s*(?:{w.hedges})\s+$", re.I)
_COMMA_BEFORE = compile_exact(r",\s*$")
_HEDGED = ByLanguage(lambda w: rf"(?:{w.hedges})\s", re.I)
# `which works out at about £12 a visitor`, `equal to $3 a ride`: a verb restating an amount of the sentence per
# unit, the noun after the figure
# `, working out at about`, `, which works out at`: a restatement appended to the clause before, no subject of its own
_APPENDED_RESTATING = ByLanguage(
    lambda w: rf",\s+(?:which\s+)?(?:{w.per_unit_restating_before})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_RESTATING_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_unit_restating_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `an average of about $39,000 each,`: the mark of each unit, with no noun after it
_EACH_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.each_marks})(?=\s*[,.;:)]|\s*$|\s+(?:{w.each_closing_after})(?![^\W\d_]))", re.I
)
# `$14,000 for each of the 6,000 hectares`: the measure of the units right after the mark, its unit the noun after it
_EACH_OF_COUNT_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.each_of_count_marks})\s+(?:(?:{w.hedges})\s+)?(?P<count>\d[\d,.]*)"
        rf"\s+(?P<noun>[^\W\d_]{{3,}})(?![^\W\d_])"
    ),
    re.I,
)
_FIGURE_IN_CLAUSE = compile_exact(r"[^,.;:!?\d]*\d")  # a figure later in the clause
# `about £40 for each one`, `or £25 for each of them`: each of the units, named by a pronoun
_EACH_ONE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.each_one_marks})(?=\s*[,.;:)]|\s*$)", re.I)
# `or about $900 a head`, `or $40 apiece`: a word of each unit naming no noun, closing the figure's clause
_EACH_UNIT_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.each_unit_after})(?=\s*[,.;:)]|\s*$)", re.I)
# `paid £900 each, or £45,000 between them`: after the mark of each, a comma, then the total of all the units
_TOTAL_AFTER_EACH_GAP = ByLanguage(lambda w: rf"\s*,\s*(?:(?:{w.appositive_share_marks})\s+)?", re.I)
_TOTAL_AFTER_EACH_MARK = ByLanguage(lambda w: rf"\s+(?:{w.each_total_after})(?![^\W\d_])", re.I)
_SPLIT_REACH = 160  # characters before an average of `each` where the verb dividing among listed members stands
_SPLIT_AMONG_LISTED = ByLanguage(lambda w: rf"(?:{w.split_among_listed_before})", re.I)
_PER_PERSON = ByLanguage(lambda w: rf"(?:{w.per_person_marks})", re.I)
# (`the rest is split equally between the church, the school and the scouts, about £1,600 apiece`: before a figure
# of no noun in its sentence, a verb of sharing out among members named one by one, no count of them stated)
_SHARED_AMONG_NAMED = ByLanguage(lambda w: rf"(?:{w.shared_among_named})[^\d.;:!?]*$", re.I)
_YEARLY_AFTER = ByLanguage(lambda w: rf"(?:{w.per_year_after})", re.I)  # (`£45,000 a year`)
_SHARED_REACH = 160  # characters before a figure where its sharing verb may stand
# `spectators`, `residents`: a noun of people (a person counter, or by its ending)
_PEOPLE_NOUN = ByLanguage(lambda w: rf"(?:{w.person_counters}|{w.people_noun_endings})", re.I)
# `after three lean seasons`: a count of periods right after the number, a span of time, no count of things
_PERIODS_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.periods_counted_after})", re.I)
# (taken when no mark names a noun: `42만명으로 1인당`, not `시민 1인당`)
_BARE_PER_PERSON = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_person_marks})", re.I)
# `직원 50명을 투입해 2억원을`: a count as the object of a verb before the amount (the particle, then a word)
_OBJECT_OF_A_VERB = ByLanguage(lambda w: rf"(?:{w.object_particles})\s+[^\W\d_]+", re.I)
# `축하금 3억6천만원을 나눠 준다`: right after an amount, a verb giving it out (`[link.amount_given_after]`): the people
# acted on before it (`신입생 600명을 골라`) are those it is given to
_GIVEN_OUT = ByLanguage(lambda w: rf"(?:{w.amount_given_after})", re.I)
# `1인당 평균 소득은`: a word and its topic particle before a figure, naming it
_NAMED_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])[^\W\d_]{{2,}}(?:{w.topic_particles})\s", re.I)
_PERSON_COUNTER = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
# `시민 1인당`, `per capita`: a person of the place, of its population (`환자 1인당`: a patient, of the patients)
_POPULATION_NOUN = ByLanguage(lambda w: rf"(?:{w.population_nouns})", re.I)
_POPULATION = "population"  # the metric of a place's people (rules/lexicon/metrics.toml)
_AVERAGE_REACH = 32  # characters before a figure where its average's mark stands
_MARK_GAP = compile_exact(r"[^\d.!?;:]*")  # between a mark and its figure: words, no figure nor clause end
_FIGURE_KINDS = ("money",)
_TOTAL_SENTENCES_BACK = 5  # sentences before the figure's where a total its words name may stand
_LEAD_SENTENCES = 2  # the body's first sentences, where the lead states the whole the story is about
_WIDE = 2_000  # figures beyond which an article is no one story (a pasted table, a dump): partners are sought near
_NEAR = 60  # sentences either side of a figure its partners are sought in, in such an article
# a price per unit is set, not a total averaged (`a set price of $3 per litre`): a figure of the
# metric is no total's share per unit, and no amount of the metric elsewhere (a deal's price) is its total
_SET_PER_UNIT = ("price",)
# in an amount's clause before it, words naming it the value or takings of goods (`[link.takings_named_before]`)
_TAKINGS_NAMED = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.takings_named_before})(?![^\W\d_])", re.I)
_TAKINGS_NAMED_REACH = 60  # characters before an amount where the words naming it stand
_CLAUSE_END_BEFORE = compile_exact(r"[.;:!?]\s")
# `the annual price works out at`: in the figure's clause before it, a word of a period each amount is of
_PERIOD_WORD_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_period_before})(?![^\W\d_])[^\d.!?;:,]*$", re.I)
# ... unless the sentence calls it an average (`상자당 평균 단가 3만원`, `an average price of $9 a crate`): then it is
# what the units took divided by the units, the takings the lead states (a sale's proceeds: these metrics)
_AVERAGED_PRICE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.averaged_price_before})(?![^\W\d_])[^\d.!?;:]*$", re.I)
# (`the spot price averaged $9 a kilogram`: a market's quote, its average over the market's trades, not the story's
# seller's takings over its units; `[link.market_quote_price_before]`)
_MARKET_QUOTE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.market_quote_price_before})(?![^\W\d_])[^\d.!?;:]*$", re.I)
_AVERAGED_REACH = (
    48  # characters before a price where its average's word stands (`the average wholesale price per crate rose to`)
)
_WORDS_BETWEEN = compile_exact(r"[^\d.!?;:]{0,40}")  # a count and the average of each of its things: a few words
_NEXT_WORD = compile_exact(r"[ -][^\W\d_]+")
_CLAUSE_BREAK = compile_exact(r"[,;:.()\n\d]")  # (a figure before ends the words of a part's clause too)
_CLAUSE_REACH = 60  # characters before a part where the words of its clause naming it stand
_WORD = compile_exact(r"[^\W\d_]{2,}")
_TAKINGS_WORD = ByLanguage(lambda w: rf"(?:{w.takings_clause_words})", re.I)
# `Exports made up €10m of sales`, `Supermarkets contributed €12m`: a verb making the amount after it a part
_PART_VERB_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.part_verbs_before}|{w.share_verbs_before_part})\s+(?:(?:{w.hedges})\s+)?$", re.I
)
_PART_VERB_REACH = 40
_UNITS_PRONOUN = ByLanguage(lambda w: rf"(?:{w.sold_units_pronouns})", re.I)  # `selling them at an average of`
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
_HEDGED_WORD = ByLanguage(lambda w: rf"(?:{w.hedges})", re.I)
# `The group sold 40,000 watches`, `shipped 2.1 million cases of whisky`: a verb of units sold, a few words
# before the count, in its clause
_UNITS_SOLD_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.units_sold_verbs})(?:\s+[^\W\d_]+){{0,2}}\s+$", re.I)
# `92 tonnes a car`, `30 tonnes each`: a measure per a unit, an average, no amount of the whole or a part
_PER_AFTER_MEASURE = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.per_unit_after_average})\s+[^\W\d_]{{3,}}(?![^\W\d_])|(?:{w.unit_price_each}))", re.I
)
_NEAR_SENTENCES = 2  # sentences before a figure where a measure of its unit is a nearer one than the lead's
_UNITS_SOLD_REACH = 40  # characters before a count where the verb of units sold stands
_CLAUSE_TAIL = compile_exact(r"[^.!?;:,()\n]*$")  # the words of a window after its last clause break


class Partners:
    """The article's candidate partners, indexed once by key: values of each (kind, unit), in text order."""

    def __init__(self, claims: list[Claim], text: str, lang: str):
        self.text, self.lang = text, lang
        figures = prose_figures(claims)
        self.position = {c.id: i for i, c in enumerate(figures)}
        self.figures = figures
        self._counters: list[str] | None = None  # (the counts' nouns, sorted once when a share first asks)
        headline = opens_with_headline(text)
        # (a part beside its share, a share's part, and a figure a change is compared to: an earlier level, whatever
        # role its sentence gave it)
        excluded = (
            _parts(figures, text, lang)
            | {c.share_part for c in claims if c.share_part}
            | {c.compared_to for c in claims if c.compared_to}
        )
        body = [c for c in figures if not (headline and c.paragraph == 0)]
        # the values the headline states, each of its kind and unit: the figures the story is about
        self.headlined = {(c.kind, c.unit, c.value) for c in figures if headline and c.paragraph == 0}
        first = min((c.sentence for c in body), default=0)
        self.first_sentence, self.lead_end = first, first + _LEAD_SENTENCES
        # a whole's parts by its id: those a share sets against it (`참여 학생은 6만명으로 전체 학생 10만명의 60%`),
        # and those listed
        self.share_parts_of: dict[str, list[Claim]] = {}
        by_id = {c.id: c for c in figures}
        for claim in claims:
            if claim.share_part in by_id and claim.share_whole:
                self.share_parts_of.setdefault(claim.share_whole, []).append(by_id[claim.share_part])
        self.parts_of: dict[str, list[Claim]] = {}
        for claim in figures:
            if claim.part_of is not None:
                self.parts_of.setdefault(claim.part_of, []).append(claim)
        self.by_unit: dict[tuple[str, str], list[Claim]] = {}
        self.listed = listed_below_a_whole(figures, text, lang)  # (a breakdown's members: no units of a whole)
        for claim in body:
            if claim.role != "value" or claim.per_unit_of is not None or claim.id in excluded:
                continue
            if (claim.kind == "count" and is_a_rate(claim, text, lang)) or not math.isfinite(claim.high):
                continue  # (`4,000 visits a day`: a rate; `2천대를 넘어`, `more than 600`: a bound, no level)
            if claim.kind == "measure" and stated_per_a_noun(claim, text, lang):
                continue  # (`어촌계당 면적은 40㏊`: a measure per a unit, no measure of units nor a whole)
            self.by_unit.setdefault((claim.kind, claim.unit), []).append(claim)
        # (an article of more figures than a story holds, a pasted table or a dump, seeks a figure's partners near it:
        # every figure against every other would grow with the square of its length)
        self.sentences_of: dict[tuple[str, str], list[int]] | None = None
        if len(figures) > _WIDE:
            for of_key in self.by_unit.values():
                of_key.sort(key=lambda c: (c.sentence, c.start))
            self.sentences_of = {key: [c.sentence for c in of_key] for key, of_key in self.by_unit.items()}

    def best(
        self,
        figure: Claim,
        kinds: tuple[str, ...],
        unit: str | None,
        fits: Callable[[Claim], bool],
        rivals: Callable[[Claim], bool] | None = None,
        lead_first: bool = True,
    ):
        """The one candidate the figure's key fits, the lead's first; a tie (other values of the best rank) is
        None. `unit` None: any unit of the kinds (a count's counter is its key). `rivals`: a looser key (a whole
        named only as `the total`: any count larger than the part) whose candidates of the best rank, of another
        value, leave the choice unsaid too. `lead_first` False: a key too weak for the lead to settle (a unit of
        measure alone: the lead's quota and a later paragraph's catch are both tonnes), any two values tie."""
        of_unit = [
            c
            for key, claims in self.by_unit.items()
            if key[0] in kinds and (unit is None or key[1] == unit)
            for c in self._near(key, claims, figure)
            if c is not figure and _same_entities(c, figure)
        ]
        fitting = [c for c in of_unit if fits(c)]
        if not fitting:
            return None
        lead = [c for c in fitting if c.sentence < self.lead_end] if lead_first else []
        if len({c.value for c in lead}) > 1:
            # (two of the lead's: the one the headline states, the figure the story is about, when one is)
            lead = [c for c in lead if (c.kind, c.unit, c.value) in self.headlined] or lead
        ranked = lead or fitting
        if rivals is not None:
            ranked = ranked + [c for c in of_unit if rivals(c) and (not lead or c.sentence < self.lead_end)]
        if len({c.value for c in ranked}) != 1:
            return None
        return min(ranked, key=lambda c: self.position[c.id])

    def _near(self, key: tuple[str, str], claims: list[Claim], figure: Claim) -> list[Claim]:
        """The candidates of a key: all of them, or in an article of more figures than a story holds, those within
        `_NEAR` sentences of the figure (bisection on their sentences)."""
        if self.sentences_of is None:
            return claims
        sentences = self.sentences_of[key]
        low = bisect.bisect_left(sentences, figure.sentence - _NEAR)
        high = bisect.bisect_right(sentences, figure.sentence + _NEAR)
        return claims[low:high]


def _same_entities(candidate: Claim, figure: Claim) -> bool:
    """Whether nothing says the two are of different companies (each names its own, neither by a guess)."""
    if not candidate.entities or not figure.entities:
        return True
    if "entities" in candidate.guesses or "entities" in figure.guesses:
        return True
    return candidate.entities == figure.entities


def link_per_unit_partners(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """A figure per unit left without its count or total: both looked up in the article by their keys."""
    partners: Partners | None = None  # (built only for an article with a figure to link)
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    wider: WiderCounts | None = None  # (built only for an article with a figure to link)
    every_by_sentence: dict[int, list[Claim]] | None = None  # (every claim, a conversion too: built when needed)
    if not _may_mark(text, lang):
        return  # (every figure linked here has a per-unit mark: `_mark`)
    currency_written = writes_the_weighed_currency(text, lang)  # (once per article)
    for i, figure in enumerate(figures):
        if figure.kind not in _FIGURE_KINDS or figure.role != "value" or figure.per_unit_of is not None:
            continue
        if figure.share_part or figure.change_of or figure.product_of:
            continue
        averaged = False
        if figure.metric in _SET_PER_UNIT:
            if not (
                _AVERAGED_PRICE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start)
                # (`The price works out at £700 a tonne`, `comes to £50 a volume`: a price restating a total per
                # unit, what the units took divided by the units, no price set per unit)
                or (
                    _RESTATING_BEFORE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start)
                    # (`the annual price works out at`: a year's, no total of the whole term)
                    and not _PERIOD_WORD_BEFORE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start)
                )
            ):
                continue
            if _MARKET_QUOTE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start):
                continue
            averaged = True
        if per_shorter_period(figure, text, lang):
            continue  # (`Revenue per subscriber was about $20 a month`: of a total of some months, not the count's)
        mark = _mark(figures, i, text, lang, sentence_starts, claims)
        if mark is None:
            continue
        noun, mark_start, mark_end = mark
        if currency_written and noun is not None and noun.lower() in WEIGHED_WORDS:
            continue  # (`Sterling bought $1.27, against the $1.25 a pound budgeted`: a rate of exchange, no weight)
        if noun is None and _SHARED_AMONG_NAMED[lang].search(
            text,
            max(
                sentence_starts[figure.sentence] if figure.sentence < len(sentence_starts) else 0,
                figure.start - _SHARED_REACH,
            ),
            figure.start,
        ):
            continue  # (each of the members named: their number is stated by no figure, no count's of the lead)
        if partners is None:
            partners = Partners(claims, text, lang)
        lead_total = False
        if noun is None:
            # `an average of about $39,000 each`, no noun after: each of the things counted right before it in its
            # clause (`It settled 4,200 claims, at an average of £900 each`), else of those the story's first
            # sentence counts (a count of a noun there; two such of different values are a tie)
            measure = None
            # (before the figure: `1인당 평균 38만원`; after it, `or about $900 a head`, of the count before the figure)
            bare_per_person = mark_end <= figure.start and _PER_PERSON[lang].fullmatch(text, mark_start, mark_end)
            # (`구매객은 42만명으로 1인당 평균 38만원어치를 샀다`: a mark per person with no noun, of the people
            # counted right before it)
            count = (
                _people_before(figures, i, mark_start, text, lang)
                if bare_per_person
                else _counted_before(figures, i, text, lang)
            )
            if count is not None:
                lead_total = True
            elif bare_per_person:
                # (`이들 200명의 감면액은 모두 2억원이었다. 1인당 평균 100만원을 감면받은 셈이다`: a sentence opening on
                # the figure that restates the one before, of the one count of people that sentence states)
                count = _people_of_sentence_before(figures, i, text, lang, sentence_starts)
            elif _SPLIT_AMONG_LISTED[lang].search(
                text, max(sentence_starts[figure.sentence], mark_start - _SPLIT_REACH), mark_start
            ):
                # (`the rest is split equally between the church, the school and the club, about £1,600 apiece`: each
                # of the members listed by name, no count the lead states)
                count = None
            else:
                first = partners.first_sentence
                count = partners.best(
                    figure,
                    ("count",),
                    "count",
                    lambda c, first=first: (
                        bool(c.counter) and c.sentence == first and not _PERIODS_AFTER[lang].match(text, c.end)
                    ),
                )
                if (
                    count is not None
                    and _PER_PERSON[lang].search(text, mark_start, mark_end)
                    and not _PEOPLE_NOUN[lang].fullmatch(count.counter or "")
                ):
                    count = None  # (`added £6m, or £4 per head`: a head of people, not of the lead's screens)
                if count is not None and _units_named_afresh(count, figure, text, lang, sentence_starts):
                    # (`It is building four new depots, costing £20m in all, or £5m each`: the sentence names
                    # the noun the lead counts again, of other units it counts itself; which are `each`, not said)
                    count = None
        else:
            measure = measure_unit(noun, lang)

            restating = bool(_RESTATING_BEFORE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start))

            def named(
                c: Claim,
                noun: str = noun,
                low: int = mark_start,
                high: int = mark_end,
                listed: set[str] = partners.listed if averaged else set(),
            ) -> bool:
                # (not the `한 곳` of `한 곳당`: the mark's own one; for an average price per a unit of measure, not a
                # measure of a breakdown's members, `Wild berries made up 30 tonnes and farmed berries 60 tonnes`)
                return (
                    _units_named(noun, c, text, lang)
                    and not (c.start < high and c.end > low)
                    and not (c.kind == "measure" and c.id in listed)
                    # (`Of the new benches, 18 are by the river`: a part drawn from a pool its sentence opens on)
                    and not (c.kind == "count" and _drawn_from_an_opening_pool(c, text, lang, sentence_starts))
                )

            # the count the figure's own sentence states before it first (`The 214 shops took the remaining
            # £134.2m, an average of about £627,000 a store`: not a tie with the shops a later paragraph opens)
            count = partners.best(
                figure,
                ("count", "measure"),
                None,
                lambda c, named=named, own=figure.sentence, at=figure.start: (
                    c.sentence == own and c.end <= at and named(c)
                ),
            ) or partners.best(figure, ("count", "measure"), None, named, lead_first=measure is None)
            if (
                count is not None
                and _WHOLE_SCOPE_AFTER[lang].match(text, figure.end)
                and (count.sentence >= partners.lead_end or count.paragraph != int(opens_with_headline(text)))
            ):
                count = None  # (`$300 a tonne across all crops`: over the lead's units, not a later part's)
            if (
                count is not None
                and count.sentence == figure.sentence
                and count.end <= figure.start
                and restating
                # (appended to the count's clause, `, working out at`, `, which works out at`; with a subject of its
                # own, `nursing costs came to`, it names the amount it divides)
                and _APPENDED_RESTATING[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start)
                # (`the annual price works out at $2,910 a kilometre`: a year's, of no lead total of the whole term)
                and not _PERIOD_WORD_BEFORE[lang].search(text, max(0, figure.start - _AVERAGED_REACH), figure.start)
            ):
                # (`It will send 19,000 jars, working out at £1.50 a jar`: the units counted beside it, a total
                # restated per unit that is not in the sentence: the lead's, the deal the story is about)
                lead_total = True
            if count is not None and any(
                named(part)
                and part.start < figure.start
                and (part.sentence < partners.lead_end) == (count.sentence < partners.lead_end)
                for part in partners.share_parts_of.get(count.id, ())
            ):
                # (`참여 학생은 6만명으로 전체 학생 10만명의 60%`: the noun names a whole and its part, of one
                # rank, both before the figure, and which of the two the figure is per is not said; a part a later
                # paragraph states is no rival of the lead's whole, the count the story is about, nor a part the
                # figure's words go on to (`이 가운데 유료 이용자는 …`))
                count = None
        if (
            count is None
            and _PER_PERSON[lang].search(text, mark_start, mark_end)
            and (noun is None or _POPULATION_NOUN[lang].fullmatch(noun))
        ):
            # `시민 1인당 7천원`, `$640 per capita`: a figure per person, of the population the article states
            count = partners.best(
                figure, ("count",), "count", lambda c: c.metric == _POPULATION and "metric" not in c.guesses
            )
        if count is not None and is_an_increment(count, lang) and restates_a_rise(count, figures):
            # (`drew 48,000 visitors, up from 40,000 … the 8,000 extra visitors`: the size of a rise the article states,
            # no count of all the units a figure per one of them divides)
            count = None
        stated, total = _own_total(figures, i, text, lang, sentence_starts)
        if stated and total is not None and noun is not None and (count is None or count.sentence != figure.sentence):
            # (`The depot now holds 410 bikes. Of those, 150 were donated and the other 260 were bought with a £3,900
            # grant, an average of £15 a bike`: the total's own clause counts the units it bought, a part of the
            # pool its sentence opens on; not the story's count of all of them)
            bought = _count_of_the_totals_clause(figures, i, total, noun, text, lang)
            if bought is not None:
                count = bought
        if not stated and noun is None and count is not None:
            # (`The 50 stalls paid an average of £900 each, or £45,000 between them`: the total right after)
            total = _total_after_each(figures, i, mark_end, text, lang)
            stated = total is not None
        if total is not None and _EACH_OF_COUNT_AFTER[lang].match(text, total.end):
            # (`pays $40 for each of the 800 hectares under oats, and $20 a hectare for the rest`: the figure before
            # is a rate over a subset's units, no total; which total this rate divides is not said)
            total = None
        if (
            stated
            and total is not None
            and count is None
            and noun is not None
            and measure is not None
            and _set_beside_total(figure, text, lang)
        ):
            # (`Growers produced 40 million kilograms of honey … The crop was worth $300m, or about $7.50 a
            # kilogram`: a total restated per a unit of measure, of the measure the body's first sentence states,
            # the crop the story is about, however far back; none of the unit stated nearer, a part's)
            first = partners.first_sentence
            count = partners.best(
                figure,
                ("measure",),
                None,
                lambda c, named=named, first=first: c.sentence == first and c.part_of is None and named(c),
            )
            if count is not None and _measured_near(figures, i, named, count, text, lang):
                count = None
        if not stated and not averaged:
            total = _named_total(partners, figure)
            if total is not None and count is not None and base_of_an_earlier_multiple(total, figure, count, claims):
                total = None  # (`지난해 수출액 5억원의 약 3배`: last year's yardstick, no total of the units now)
        if averaged and not stated and count is not None:
            # (`물량은 5만톤, 톤당 평균 8천달러`: the lead's takings, the units' own line of them
            # when the takings are broken down: `소파 매출이 600억원 … 소파는 4만개로, 개당 평균`)
            total = _lead_takings(partners, figure, count)
            if total is None and count.kind == "measure" and measure is not None:
                # (`… landed 9,000 tonnes … Most of it was caught inshore. The catch was worth $60m. The average price
                # was $3 a pound`: past the lead, the takings of the paragraph or the one before, no rival there)
                total = _takings_just_before(partners, figure, count)
        if not stated and total is None and lead_total:
            # (each of a count stated beside it, no total in the sentence nor named: the lead's, the whole the story
            # is about: `paid out £4.0m in claims … It settled 4,200 claims, at an average of £952 each`)
            lead_end = partners.lead_end
            total = partners.best(
                figure,
                (figure.kind,),
                figure.unit,
                # (of the count's period: `1~10월 매출` and `10월 한 달 매출` in one lead, the months' for the months')
                lambda c, lead_end=lead_end, own=figure.sentence, count=count: (
                    c.sentence < lead_end and c.sentence != own and c.part_of is None and not periods_differ(c, count)
                ),
            )
            if total is not None and _nearer_amount_in_paragraph(figures, i, total):
                # (`Its budget is $9m. … Wages take $5m. Its 20 players earn $250,000 each on average`: an amount of
                # the unit the sentence just before states, in the figure's paragraph, may be the one divided)
                total = None
        if not stated and total is None and count is not None:
            # (`카드 매출은 412억원으로 … 관람객 1인당 3만원꼴을 쓴 셈이다`: the amount of the sentence it restates, of
            # the metric the figure names when it names one; per a measure, a figure naming none leaves which amount
            # unsaid: `Revenue fell as output dropped. That works out to a profit of $160 per tonne`)
            # (`관광객 4만명이 찾아 32억원을 썼다. 1인당 8만원꼴이었다`: with the count in that sentence too, an
            # ending per unit restates it; not with a count further back)
            restated = _restated_before(
                figures, i, text, lang, sentence_starts, per_unit_ending=count.sentence == figure.sentence - 1
            )
            named_metric = bool(figure.metric) and "metric" not in figure.guesses
            if restated is not None and (restated.metric == figure.metric if named_metric else count.kind != "measure"):
                total = restated
        if (
            not stated
            and total is None
            and count is not None
            and noun is not None
            and count.sentence < partners.lead_end
            and not (figure.metric and "metric" not in figure.guesses)
            and _says_takings(text, figure.start, noun, lang)
        ):
            # (`Harwick Storage, with 60 depots … revenue rose to £30m … Each depot took on average £500,000`: the
            # count the lead states, and no total named nor in the sentence: what the units took, the lead's takings)
            total = _lead_takings(partners, figure, count)
            if total is not None and _name(total, text, lang) not in (None, _name(figure, text, lang)):
                # (`수수료는 12조원 … 결제 건수는 3억건 … 건당 평균 결제금액은`: named by another noun, a fee is not
                # the payments)
                total = None
        if not stated and total is None and count is not None and count.sentence == figure.sentence:
            # (`The hospital's nursing payroll was $214m. Spread across its 412 beds, nursing costs came to about
            # $520,000 a bed`: the count beside it, the total the one amount before whose words name what the
            # figure's name)
            total = _sharing_a_word(figure, _amounts_before(figures, i), text, lang)
        if not stated and total is None and count is not None and noun is not None and measure is None:
            # (`Repair spending on breaks fell to $6.4m … The average break cost about $30,000 to fix`: the one amount
            # just before whose clause names the units the figure is per)
            total = _naming_the_units(_amounts_before(figures, i), noun, count, text, lang)
            if total is not None and _words_apart(figure, total, text, lang):
                total = None  # (`raise the fee to £90 … Bar takings work out at £40 a member`: another amount's)
        if (
            not stated
            and total is None
            and count is not None
            and count.sentence == figure.sentence
            and count.end <= figure.start
            and not (figure.metric and "metric" not in figure.guesses)
            and _units_sold(count, text, lang)
        ):
            # (`Sales rose to CHF 200m … The group sold 40,000 watches, at an average of CHF 5,000 each`: units the
            # sentence says were sold, at a price per unit naming no other metric: the takings the lead states)
            total = _lead_takings(partners, figure, count) or _first_takings(partners, figure, count)
        if not stated and total is not None and count is not None and noun is not None:
            # (`Its shops took £111m and its website £31m … store sales averaged £520,000 a branch`: the units' own
            # part of the whole, not the whole the website shares)
            total = _units_own_part(partners, total, count, noun) or total
        if count is None or total is None or total is count or total.value <= figure.value or count.value <= 0:
            continue
        if total.sentence != figure.sentence and not shares_scope_words(figure, total, text, lang, mark_start):
            continue  # (`revenue of $2m. Advertisers pay $0.90 for every listener`: not a share of the revenue)
        if total.start > figure.start and _AVERAGE_AFTER_NOUN[lang].match(text, mark_end):
            continue  # (`earning £60 a case on average. Gift packs … brought in £40m`: of takings stated before)
        if bought_of_a_spend(figure, total, text, lang):
            continue  # (`광고비로 8억원을 썼다. 고객 1인당 3만원어치를 산 셈이다`: not what the customers bought)
        if average_stated_before(figure, total, text, lang):
            continue  # (`텐트 한 동의 평균 대여료는 12만원이다 … 1인당 9만원꼴`: an average, no total)
        s_end = sentence_end(sentence_starts, figure.sentence, len(text))
        if total_of_another_period(figure, total, by_sentence.get(figure.sentence, []), text, s_end, lang):
            continue  # (`worked 7,200 hours last year, or 95 hours each this year`: the total is another period's)
        if total.sentence < count.sentence and opens_with_of_which(count, text, lang, sentence_starts):
            continue  # (`… 20억원을 지원한다. 이 가운데 신진 연구자 100명은 1인당 …`: a part's count, not the total's)
        wider = wider or WiderCounts(figures, lang)
        if count_of_a_group_within(wider, count, total, text, lang):
            continue  # (`has 420 outlets. Sales reached $210m. Its 150 regional outlets averaged …`: a group's units)
        if total.sentence != figure.sentence and _marked_per_unit(figures, total, text, lang, sentence_starts):
            continue  # (`each lesson cost £40 to run … a bursary adds £9 a lesson`: a figure per unit is no total)
        every_by_sentence = every_by_sentence if every_by_sentence is not None else _every_by_sentence(claims)
        if count.sentence != figure.sentence and _unread_count_before(
            every_by_sentence, figure, text, lang, sentence_starts
        ):
            continue  # (`spent £2m reroofing six of them, or £330,000 each`: the units are a count no claim holds)
        if _pair_has_another_figure(figures, figure, total, count):
            continue  # (`£2m for 400 beds, £5,000 a bed … the average bed took £6,100`: another pot's average)
        place_per_unit(figure, total, count, measure)


def _marked_per_unit(figures: list[Claim], total: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether a total found for a figure per unit is itself a figure per unit (`each ticket cost about £6`, `4,000
    visits per day`): a rate divides nothing."""
    if is_a_rate(total, text, lang):
        return True
    return _EACH_UNIT_SUBJECT[lang].search(text, max(0, total.start - _EACH_SUBJECT_REACH), total.start) is not None


# `each lesson cost about`, `every bed took`: a clause's subject one of the units, right before a figure (a few words
# of verb and hedge between)
_EACH_UNIT_SUBJECT = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.each_unit_subject_before})\s+[^\W\d_]{{3,}}(?:\s+[^\W\d_]+){{1,3}}\s+[^\w\s]*$",
    re.I,
)
_EACH_SUBJECT_REACH = 48


def _every_by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    grouped: dict[int, list[Claim]] = {}
    for c in claims:
        grouped.setdefault(c.sentence, []).append(c)
    return grouped


@functools.cache
def _number_written(code: str) -> re.Pattern[str]:
    """A count written as a word of more than one, then words making it some of the units counted before (`four of
    them`: `[link.partitive_after_count]`); a count in digits is a claim when it is read as one."""
    counts, _ = span_counts(code)
    words = sorted((re.escape(w) for w, n in counts.items() if n > 1), key=len, reverse=True)
    partitive = link_alternations(code).partitive_after_count
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(words) or '(?!)'})\s+(?:{partitive})", re.I)


def _unread_count_before(
    by_sentence: dict[int, list[Claim]], figure: Claim, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """Whether the figure's sentence, before it, writes a count no claim holds (`spent £1.5m reroofing five of them,
    or £300,000 a school`): the units the figure is per are that count, not one another sentence states."""
    own = by_sentence.get(figure.sentence, ())
    for found in _number_written(lang).finditer(text, sentence_starts[figure.sentence], figure.start):
        if not any(c.start <= found.start() < c.end for c in own):
            return True
    return False


def _pair_has_another_figure(figures: list[Claim], figure: Claim, total: Claim, count: Claim) -> bool:
    """Whether the total and count already give a figure per unit of another value (`£2m for 400 beds, or £5,000 a
    bed`): one pair divides to one figure, so a second figure of another value per the same unit, in another
    sentence, is of another total (the year's takings, another mix of units); a restatement of the same value keeps
    the pair."""
    for other in figures:
        if other is figure or other.per_unit_of != total.id or other.units_of != count.id:
            continue
        if other.sentence != figure.sentence and not (other.low <= figure.high and figure.low <= other.high):
            return True
    return False


def _may_mark(text: str, lang: str) -> bool:
    """False only when `_mark` finds no mark for any figure of the text: each mark it gives is a match of one of these
    patterns (`may_match`: the text holds none of the characters one of their matches needs)."""
    return any(
        may_match(pattern[lang], text)
        for pattern in (
            _PER_NOUN,
            _AVERAGE_NOUN_BEFORE,
            _BARE_PER_PERSON,
            _NOUN_AFTER_AVERAGE,
            _EACH_OF_COUNT_AFTER,
            _EACH_ONE_AFTER,
            _EACH_UNIT_AFTER,
            _EACH_AFTER,
        )
    )


def _mark(
    figures: list[Claim], i: int, text: str, lang: str, sentence_starts: list[int], claims: list[Claim] = ()
) -> tuple[str | None, int, int] | None:
    """The noun the figure is per and where its mark stands: the per-unit mark nearest it in its sentence with no
    other figure between (`건당 수수료는 1만2천원`, `$2.40 per passenger`; the `한 곳` of `한 곳당 5억원` is the
    mark's own), or the noun after an average (`an average of £40 a booking`) or before its mark after a participle of
    what each unit sold for (`earning £40 a booking on average`); no noun (None) for an average of
    `each` (`an average of £40 each`). `claims`: the article's, whose sentences' marks are searched once
    (`per_noun_matches`)."""
    figure = figures[i]
    before = text[max(0, figure.start - _AVERAGE_REACH) : figure.start]
    if (
        _AVERAGE_BEFORE[lang].search(before)
        or _AVERAGED_PRICE[lang].search(before)  # (`at an average net price of $1.85 a dozen`)
        or _BESIDE_TOTAL[lang].search(before)
        or _HEDGED_BESIDE_TOTAL[lang].search(before)
        or (_COMMA_BEFORE.search(before) and _HEDGED[lang].match(figure.text))
        or _RESTATING_BEFORE[lang].search(before)
    ):
        of_count = _EACH_OF_COUNT_AFTER[lang].match(text, figure.end)
        if (
            of_count is not None
            and measure_unit(of_count.group("noun"), lang) is not None
            and not _FIGURE_IN_CLAUSE.match(text, of_count.end())
        ):
            # (a count of a noun, `for each of the town's 500,000 residents`, is per_unit.py's; a second figure in
            # the clause, `of its 40 farms`: which the amount is per, not said)
            return of_count.group("noun"), of_count.start(), of_count.start("count")
        # (`for each one`: a pronoun, no noun the figure is per)
        each = _EACH_ONE_AFTER[lang].match(text, figure.end) or _EACH_UNIT_AFTER[lang].match(text, figure.end)
        after = None if each is not None else _NOUN_AFTER_AVERAGE[lang].match(text, figure.end)
        if after is not None:
            return after.group("noun"), after.start(), after.end()
        each = each or _EACH_AFTER[lang].match(text, figure.end)
        if each is not None:
            return None, each.start(), each.end()
    after = _NOUN_AFTER_AVERAGE[lang].match(text, figure.end)
    if (
        after is not None
        and _AVERAGE_AFTER_NOUN[lang].match(text, after.end())
        and _PRICE_PARTICIPLE_BEFORE[lang].search(before)
    ):
        return after.group("noun"), after.start(), after.end()  # (`£60.85 a case on average`)
    s_start = sentence_starts[figure.sentence]
    s_end = sentence_end(sentence_starts, figure.sentence, len(text))
    low = figures[i - 1].start if i > 0 and figures[i - 1].sentence == figure.sentence else s_start
    high = figures[i + 1].start if i + 1 < len(figures) and figures[i + 1].sentence == figure.sentence else s_end
    found: set[tuple[str | None, int, int]] = set()
    for mark in _PER_NOUN[lang].finditer(text, low, high):
        gap = (mark.end(), figure.start) if mark.end() <= figure.start else (figure.end, mark.start())
        if _MARK_GAP.fullmatch(text, *gap):
            found.add((_longest_unit(_noun(mark), text, mark.end(), lang), mark.start(), mark.end()))
    if not found and figure.metric not in _SET_PER_UNIT:
        # `with the average licence costing £799`: the noun the average is of, a few words before it (not a price:
        # `the average house price rose to`, a market's, no total's share)
        averaged = _AVERAGE_NOUN_BEFORE[lang].search(text, max(low, figure.start - _AVERAGE_NOUN_REACH), figure.start)
        if averaged is not None and not per_noun_matches(claims, figure.sentence, text, lang, sentence_starts):
            return averaged.group("noun"), averaged.start("noun"), averaged.end("noun")
    if not found and not per_noun_matches(claims, figure.sentence, text, lang, sentence_starts):
        # `42만명으로 1인당 평균 38만원`: a mark per person naming no noun, before the figure, in a sentence marking
        # no noun
        for mark in _BARE_PER_PERSON[lang].finditer(text, low, figure.start):
            if _MARK_GAP.fullmatch(text, mark.end(), figure.start):
                found.add((None, mark.start(), mark.end()))
    return found.pop() if len(found) == 1 else None


# a sentence opening on the pool its first count is drawn from, named by a noun and no figure (`Of the new benches, 18
# are by the river`: `[link.pool_opening_before_part]`), a comma and nothing else before the count
_POOL_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.pool_opening_before_part})\s+[^\W\d_][^\d,.;:!?]{{0,40}},\s*", re.I)


def _drawn_from_an_opening_pool(count: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the count's sentence opens on the pool it is drawn from (`Of the new benches, 18 …`): one part of the
    noun's units, never the count of all of them a figure per one of them divides."""
    if not 0 <= count.sentence < len(sentence_starts):
        return False
    return _POOL_OPENING[lang].fullmatch(text, sentence_starts[count.sentence], count.start) is not None


def _units_named_afresh(count: Claim, figure: Claim, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the figure's sentence, before it, names the noun the count counts (its counter, or a word of its
    kin) apart from the count and not as its subject: units named afresh (`five more stores`, `the new depots`), of
    which an average of `each` in that sentence is, not of the lead's count."""
    counter = (count.counter or "").lower()
    if len(counter) < NOUN_COUNTER or count.sentence == figure.sentence:
        return False
    words = [w.lower() for w in _WORD.findall(text, sentence_starts[figure.sentence], figure.start)]
    opening = next((k for k, word in enumerate(words) if not _STOP_WORD[lang].fullmatch(word)), len(words))
    # (the noun as the sentence's subject, only words naming nothing before it, is the units the lead counts:
    # `Passengers spent …, about £40 each`)
    return any(
        _stem_of(word, counter) or _stem_of(counter, word) or _of_one_kin(word, counter, lang)
        for word in words[opening + 1 :]
    )


def _count_of_the_totals_clause(
    figures: list[Claim], i: int, total: Claim, noun: str, text: str, lang: str
) -> Claim | None:
    """The count of the noun right before a total in its clause, only words between (`the other 260 were bought with a
    £3,900 grant`): the units that total bought or took."""
    # (the total stands before the figure at `i` in its sentence: looked for back from there, not over the article)
    at = next((k for k in range(i - 1, -1, -1) if figures[k] is total), 0)
    if at == 0:
        return None
    count = figures[at - 1]
    if (
        count.sentence != total.sentence
        or count.kind != "count"
        or count.role != "value"
        or count.low <= 0
        or not _WORDS_BETWEEN.fullmatch(text, count.end, total.start)
        or not _units_named(noun, count, text, lang)
    ):
        return None
    return count


def _counted_before(figures: list[Claim], i: int, text: str, lang: str) -> Claim | None:
    """The count of a noun right before the figure in its sentence, only words between (`4,200 claims, at an
    average of`), or only words and the total the figure is set beside (`55 ferry pilots shared $2.2m, or $40,000
    apiece`): the things an average of `each` is of; none where a count of another noun stands right before it in
    its clause (`6,000 runners raised money for 400 charities, an average of £350 each`: which are `each`, unsaid)."""
    if i == 0:
        return None
    at = i - 1  # (the count's place among the figures: the one before whatever the figure is set beside)
    count, figure = figures[at], figures[i]
    if i > 1 and _beside_its_total(count, figure, text, lang):
        at = i - 2
        count = figures[at]  # (`55 ferry pilots shared $2.2m, or $40,000 apiece`: past the total they share)
        if not _WORDS_BETWEEN.fullmatch(text, count.end, figures[i - 1].start):
            return None
    if count.sentence != figure.sentence or count.kind != "count" or count.role != "value" or not count.counter:
        return None
    if count.low <= 0 or not _WORDS_BETWEEN.fullmatch(text, count.end, figure.start):
        return None
    other = figures[at - 1] if at > 0 else None
    if (
        other is not None
        and other.sentence == count.sentence
        and other.kind == "count"
        and other.role == "value"
        and other.counter
        and other.counter.lower() != count.counter.lower()
        and _WORDS_BETWEEN.fullmatch(text, other.end, count.start)
    ):
        return None  # (`6,000 runners raised money for 400 charities, an average of £350 each`: whose each, unsaid)
    return count


def _beside_its_total(total: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure right after a value of its unit is set beside it after a comma (`£1.2m, or £30,000`)."""
    if total.sentence != figure.sentence or total.kind != figure.kind or total.unit != figure.unit:
        return False
    if total.role != "value" or total.per_unit_of is not None:
        return False
    return _TOTAL_AFTER_EACH_GAP[lang].fullmatch(text, total.end, figure.start) is not None


def _nearer_amount_in_paragraph(figures: list[Claim], i: int, total: Claim) -> bool:
    """Whether the sentence just before the figure, in its paragraph and after the lead total, states a value of
    the figure's unit other than that total (not a share of it, not a figure per unit)."""
    figure = figures[i]
    return any(
        c is not total
        and c.sentence == figure.sentence - 1
        and c.paragraph == figure.paragraph
        and c.sentence > total.sentence
        for c in _amounts_before(figures, i)
    )


def _amounts_before(figures: list[Claim], i: int) -> list[Claim]:
    """The values of the figure's unit stated as themselves in the sentences just before it, nearest first (a
    bounded walk back)."""
    figure = figures[i]
    found = []
    for j in range(i - 1, -1, -1):
        claim = figures[j]
        if claim.sentence < figure.sentence - _TOTAL_SENTENCES_BACK:
            break
        if claim.kind == figure.kind and claim.unit == figure.unit and claim.role == "value" and not claim.per_unit_of:
            found.append(claim)
    return found


def _people_before(figures: list[Claim], i: int, mark_start: int, text: str, lang: str) -> Claim | None:
    """The count of people right before a mark per person in the figure's sentence, only words between
    (`구매객은 42만명으로 1인당`): the people the figure is per."""
    count = figures[i - 1] if i > 0 else None
    if count is None or count.sentence != figures[i].sentence or count.kind != "count" or count.role != "value":
        return None
    if count.end > mark_start or not _WORDS_BETWEEN.fullmatch(text, count.end, mark_start):
        return None
    # (the sentence's one count: `120만명에게 1인당 25만원씩, 3만개 업체에 업체당 200만원씩`, two units share a total)
    low, high = i - 1, i
    while low > 0 and figures[low - 1].sentence == count.sentence:
        low -= 1
    while high + 1 < len(figures) and figures[high + 1].sentence == count.sentence:
        high += 1
    if any(c.kind == "count" and c is not count for c in figures[low : high + 1]):
        return None
    return count if _PERSON_COUNTER[lang].fullmatch(count.counter or "") else None


def _people_of_sentence_before(
    figures: list[Claim], i: int, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The one count of people (a value) of the sentence before, in the figure's paragraph, when the figure is the
    first of its sentence and the sentence restates the one before (`… 셈이다`, `That equals`): its amount is then
    the total (`_restated_before`)."""
    figure = figures[i]
    if i == 0 or figures[i - 1].sentence == figure.sentence:
        return None
    # (`학생 800명에게 12억원을 지급했다. 1인당 평균 150만원꼴이다`: the count and the amount of one sentence, so an
    # ending per unit restates it too)
    total = _restated_before(figures, i, text, lang, sentence_starts, per_unit_ending=True)
    if total is None:
        return None
    counts = []
    k = i - 1
    while k >= 0 and figures[k].sentence == figure.sentence - 1:  # (walked back over that sentence only)
        if figures[k].kind == "count":
            counts.append(figures[k])
        k -= 1
    if len(counts) != 1:
        return None
    count = counts[0]
    if (
        count.end <= total.start
        and _OBJECT_OF_A_VERB[lang].match(text, count.end, total.start)
        and (
            not _GIVEN_OUT[lang].match(text, total.end)
            # (`장학생 800명을 뽑아 12억원을 지급한다. 1인당 평균 소득은 200만원꼴`: a figure its sentence names by a
            # noun of its own is no bare restatement of the amount given out)
            or _NAMED_BEFORE[lang].search(text, sentence_starts[figure.sentence], figure.start) is not None
        )
    ):
        return None  # (`직원 50명을 투입해 세금 2억원을 감면했다`: the people another verb acts on, not the amount's)
    person = _PERSON_COUNTER[lang].fullmatch(count.counter or "")
    return count if person and count.role == "value" and count.paragraph == figure.paragraph else None


def _longest_unit(noun: str, text: str, end: int, lang: str) -> str:
    """The mark's noun with the word after it when the two name a unit of measure (`per megawatt hour`: MWh, not
    MW)."""
    after = _NEXT_WORD.match(text, end)
    if after is not None and measure_unit(noun, lang) is not None:
        longer = f"{noun}{after.group(0)}"
        if measure_unit(longer, lang) is not None:
            return longer
    return noun


def _own_total(
    figures: list[Claim], i: int, text: str, lang: str, sentence_starts: list[int]
) -> tuple[bool, Claim | None]:
    """The value of the figure's unit stated before it in its sentence, the nearest (`매출 합계는 3,000억원으로,
    매장 한 곳당 5억원`, `raised £12.4m, an average of £40,000 a branch`): the total the figure restates per unit;
    first, whether the sentence states a figure of the unit before it at all. The nearest no total (a baseline,
    another figure per unit): which total the figure divides is not said, and no figure of another sentence is
    taken."""
    figure = figures[i]
    changes: set[str] = set()  # the levels the changes passed are of
    for j in range(i - 1, -1, -1):
        claim = figures[j]
        if claim.sentence != figure.sentence:
            break
        if claim.kind == figure.kind and claim.unit == figure.unit and claim.role == "change" and claim.change_of:
            # (past the total's own change: `rose to $30m from $25m, an increase of $5m, which works out at $12 a
            # visitor`; the level the change is of must be the one taken)
            changes.add(claim.change_of)
            continue
        if claim.kind == figure.kind and claim.unit == figure.unit and claim.role not in ("prior", "baseline"):
            # (past the total's own comparison: `rose to $41m from $37m, or about $22 a visit`)
            if changes and changes != {claim.id}:
                return True, None
            own_mark = _mark(figures, j, text, lang, sentence_starts) if claim.role == "value" else None
            if own_mark is not None and own_mark[2] <= claim.start:
                # (`차량 값은 1대당 4억원이며 보조금이 1대당 2억원`: a figure marked per unit before it is
                # another figure per unit, no total)
                return True, None
            if _YEARLY_AFTER[lang].match(text, claim.end) and not _YEARLY_AFTER[lang].match(text, figure.end):
                # (`6,000 bowls over two years, about €45,000 a year, at €15 a bowl`: a year's amount of a longer
                # term, no total of all the units; which total the figure divides is not said)
                return True, None
            if claim.role == "value" and _product_of_a_price_before(figures, j, text, lang, sentence_starts):
                # (`㎡당 2만 원씩 1억2천만 원이 들었고, … 300m에는 m당 40만 원씩`: the amount another figure per unit
                # before it in the sentence comes to, that clause's product, no total of this figure's units)
                return True, None
            return True, (claim if claim.role == "value" and claim.per_unit_of is None else None)
    if changes:
        return True, None
    opening = sentence_starts[figure.sentence]
    if _AMOUNT_ANAPHOR_OPENS[lang].match(text, opening):
        # (`Wages took $2m and travel $60,000. This latter amount paid for 40 trips, about $1,500 each`: the amount
        # the sentence before closes on; no figure of another sentence is taken otherwise)
        earlier = [
            c
            for c in figures[:i]
            if c.sentence == figure.sentence - 1 and c.kind == figure.kind and c.unit == figure.unit
        ]
        if earlier and earlier[-1].role == "value" and earlier[-1].per_unit_of is None:
            return True, earlier[-1]
    return False, None


def _product_of_a_price_before(figures: list[Claim], j: int, text: str, lang: str, sentence_starts: list[int]) -> bool:
    """Whether the nearest figure of the amount's unit before it in its sentence is marked per unit (`㎡당 2만 원씩
    1억2천만 원이 들었고`, `at £4 a sack, £1,200 in all`): the amount is what that figure per unit comes to."""
    amount = figures[j]
    for k in range(j - 1, -1, -1):
        claim = figures[k]
        if claim.sentence != amount.sentence:
            return False
        if claim.kind == amount.kind and claim.unit == amount.unit and claim.role == "value":
            # (or marked one by one after it: `빈 병 1개에 150원씩 모두 468만 원을`, the amount each unit takes)
            return _mark(figures, k, text, lang, sentence_starts) is not None or bool(
                _ONE_BY_ONE_AFTER[lang].match(text, claim.end)
            )
    return False


# right after a figure, the mark that it is each unit's (`150원씩`: `[link.one_by_one_after]`)
_ONE_BY_ONE_AFTER = ByLanguage(lambda w: rf"(?:{w.one_by_one_after})", re.I, first_tested=False)


def _total_after_each(figures: list[Claim], i: int, mark_end: int, text: str, lang: str) -> Claim | None:
    """The value of the figure's unit right after its mark of each, past a comma, that a word after it marks as the
    amount of all the units (`£900 each, or £45,000 between them`, `$3,000 apiece, $96,000 in all`)."""
    if i + 1 >= len(figures):
        return None
    figure, total = figures[i], figures[i + 1]
    if total.sentence != figure.sentence or total.kind != figure.kind or total.unit != figure.unit:
        return None
    if total.role != "value" or total.per_unit_of is not None or total.start < mark_end:
        return None
    if not _TOTAL_AFTER_EACH_GAP[lang].fullmatch(text, mark_end, total.start):
        return None
    if not _TOTAL_AFTER_EACH_MARK[lang].match(text, total.end):
        return None
    if i + 2 < len(figures):
        other = figures[i + 2]
        if (
            other.sentence == total.sentence
            and other.kind == total.kind
            and other.unit == total.unit
            and _TOTAL_AFTER_EACH_MARK[lang].match(text, other.end)
        ):
            # (`$2,000 apiece, $48,000 in all in 2023 and $56,000 in all this year`: which is the units', not said)
            return None
    return total


def _units_own_part(partners: Partners, total: Claim, count: Claim, noun: str) -> Claim | None:
    """The one listed part of the total whose clause names the units the figure is per (by the mark's noun, the
    count's counter, or a word of their kin: `Its shops took £111m and its website £31m`, `매장 매출은 900억원,
    온라인 매출은 300억원`): a figure per unit is of what those units took, not of the whole they share with others."""
    # (and the count's own name: `소파는 4만개로` beside `소파 매출이 600억원`)
    named = (_name(count, partners.text, partners.lang) or "").lower()
    names = {name for name in (noun.lower(), (count.counter or "").lower(), named) if len(name) >= 2}
    own = [
        part
        for part in partners.parts_of.get(total.id, ())
        if part.kind == total.kind
        and part.unit == total.unit
        and part.role == "value"
        and any(
            _stem_of(word, name) or _stem_of(name, word) or _of_one_kin(word, name, partners.lang)
            for word in _clause_words(partners.text, part.start)
            for name in names
        )
    ]
    return own[0] if len(own) == 1 else None


def _says_takings(text: str, at: int, noun: str, lang: str) -> bool:
    """Whether the words of the figure's clause before it say what the units took, and name nothing else (`Each
    depot took on average`, not `Staff costs came to an average of`, `It spent an average of`): its words are the
    units' noun (or its kin), takings words (`[link.takings_clause_words]`, one at least), or words naming nothing
    (`[link.scope_stop_words]`, hedges, a pronoun of the units right after a takings word: `selling them at an
    average of`, `[link.sold_units_pronouns]`)."""
    words = _clause_words(text, at)
    said = False
    for k, word in enumerate(words):
        if _TAKINGS_WORD[lang].fullmatch(word):
            said = True
        elif not (
            _stem_of(word, noun.lower())
            or _of_one_kin(word, noun.lower(), lang)
            or _STOP_WORD[lang].fullmatch(word)
            or _HEDGED_WORD[lang].fullmatch(word)
            or (k > 0 and _UNITS_PRONOUN[lang].fullmatch(word) and _TAKINGS_WORD[lang].fullmatch(words[k - 1]))
        ):
            return False
    return said


def _set_beside_total(figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure is set beside the total before it, restating it (`worth $300m, or about $7.50 a
    kilogram`, `$300m, about $7.50 …`, `which works out at $7.50 …`)."""
    before = text[max(0, figure.start - _AVERAGE_REACH) : figure.start]
    return bool(
        _BESIDE_TOTAL[lang].search(before)
        or _HEDGED_BESIDE_TOTAL[lang].search(before)
        or (_COMMA_BEFORE.search(before) and _HEDGED[lang].match(figure.text))
        or _RESTATING_BEFORE[lang].search(before)
    )


def _measured_near(
    figures: list[Claim], i: int, named: Callable[[Claim], bool], lead: Claim, text: str, lang: str
) -> bool:
    """Whether a measure the figure's noun names (a value of its own: no listed part of the lead's, no average per
    a unit, `92 tonnes a car`, `30 tonnes each`) stands in the figure's sentence or the two before (`Exporters
    shipped 14 tonnes. Export sales reached $28m, an average of $2,000 a kilogram`: the part's, nearer than the
    lead's whole)."""
    figure = figures[i]
    for k in range(i - 1, -1, -1):
        c = figures[k]
        if c.sentence < figure.sentence - _NEAR_SENTENCES:
            return False
        if (
            c.kind == "measure"
            and c.role == "value"
            and c.per_unit_of is None
            and c.part_of != lead.id
            and named(c)
            and not _PER_AFTER_MEASURE[lang].match(text, c.end)
        ):
            return True
    return False


def _units_sold(count: Claim, text: str, lang: str) -> bool:
    """A count of units sold: a verb of selling a few words before it in its clause (`sold 40,000 watches`,
    `shipped 2.1 million cases`: `[link.units_sold_verbs]`)."""
    window = text[max(0, count.start - _UNITS_SOLD_REACH) : count.start]
    tail = _CLAUSE_TAIL.search(window)
    return tail is not None and _UNITS_SOLD_BEFORE[lang].search(tail.group()) is not None


def _naming_the_units(amounts: list[Claim], noun: str, count: Claim, text: str, lang: str) -> Claim | None:
    """The one amount (of one value) whose clause's words before it name the units: the mark's noun, the count's
    counter, or a word of their kin (`Repair spending on breaks fell to $6.4m`)."""
    names = {name for name in (noun.lower(), (count.counter or "").lower()) if len(name) >= NOUN_COUNTER}
    naming = [
        amount
        for amount in amounts
        if any(
            _stem_of(word, name) or _stem_of(name, word) or _of_one_kin(word, name, lang)
            for word in _clause_words(text, amount.start)
            for name in names
        )
    ]
    return naming[0] if naming and len({c.value for c in naming}) == 1 else None


def _words_apart(figure: Claim, total: Claim, text: str, lang: str) -> bool:
    """Whether the figure's clause names what it is of by words the total's clause names none of (`Members agreed to
    raise the fee to £90 … Bar takings work out at about £40 a member`: takings, not the fee): the units named by
    both clauses make the total no amount of what the figure divides."""
    own = _content_words(figure, text, lang)
    if not own:
        return False
    other = _content_words(total, text, lang)
    return not any(_stem_of(word, mine) or _stem_of(mine, word) for word in other for mine in own)


def _clause_words(text: str, at: int) -> list[str]:
    """The words before a figure in its clause, since the figure before it (`and its website £31m`: `and its
    website`)."""
    window = _CLAUSE_BREAK.split(text[max(0, at - _CLAUSE_REACH) : at])[-1]
    return [word.lower() for word in _WORD.findall(window)]


def _lead_takings(partners: Partners, figure: Claim, count: Claim) -> Claim | None:
    """The takings the lead states (a sale's proceeds, or an amount naming no metric; of the count's period) that
    an average price per unit divides; when the takings are broken down, the one line the count's units are named
    in, if one is."""
    lead_end = partners.lead_end
    total = partners.best(
        figure,
        (figure.kind,),
        figure.unit,
        lambda c: (
            c.sentence < lead_end
            and c.sentence != figure.sentence
            and c.part_of is None
            # (a lead's amount naming no metric: what the units were sold for, the story's sum)
            and (c.metric is None or (c.metric in TAKINGS and "metric" not in c.guesses))
            and not periods_differ(c, count)
            # (`That works out at about £60,000 a shop`: an amount per another item, an average, no takings)
            and not _PRICE_MARK_AFTER[partners.lang].match(partners.text, c.end)
            # (stated before the price, and not as a part: `… selling them at an average of €2 a kilo. Exports
            # made up €10m of sales` is a part's takings, after the price)
            and c.start < figure.start
            and not _PART_VERB_BEFORE[partners.lang].search(partners.text, max(0, c.start - _PART_VERB_REACH), c.start)
        ),
    )
    if total is not None and partners.parts_of.get(total.id):
        return _units_own_part(partners, total, count, "") or total
    return total


def _takings_just_before(partners: Partners, figure: Claim, count: Claim) -> Claim | None:
    """The takings of the average price's paragraph or the one before (stated before it, larger than it, as the
    lead's takings are read: no part, no other metric, no amount per unit; named the value or takings of goods in
    its clause, `[link.takings_named_before]`), when the lead states none: the value of
    the lead's measure, set a paragraph apart from it. Two such amounts of different values tie."""
    return partners.best(
        figure,
        (figure.kind,),
        figure.unit,
        lambda c: (
            figure.paragraph - 1 <= c.paragraph <= figure.paragraph
            and c.start < figure.start
            and c.sentence != figure.sentence
            and c.value > figure.value
            and c.part_of is None
            and (c.metric is None or (c.metric in TAKINGS and "metric" not in c.guesses))
            and not periods_differ(c, count)
            and not _PRICE_MARK_AFTER[partners.lang].match(partners.text, c.end)
            and not _PART_VERB_BEFORE[partners.lang].search(partners.text, max(0, c.start - _PART_VERB_REACH), c.start)
            # (named the value or takings of goods in its clause: `The value of the crop rose to`, `The catch was
            # worth`)
            and _TAKINGS_NAMED[partners.lang].search(_clause_before(c, partners.text)) is not None
        ),
        lead_first=False,
    )


def _clause_before(claim: Claim, text: str) -> str:
    """The words of the claim's clause before it (a few dozen characters, back to a clause's end)."""
    return _CLAUSE_END_BEFORE.split(text[max(0, claim.start - _TAKINGS_NAMED_REACH) : claim.start])[-1]


def _first_takings(partners: Partners, figure: Claim, count: Claim) -> Claim | None:
    """The takings the body's first sentence states, named so (of the count's period), when the lead's two
    sentences tie (`Sales rose to CHF 200m. US sales rose to CHF 80m`): the story's whole, its second sentence a
    line of it."""
    first = partners.first_sentence
    return partners.best(
        figure,
        (figure.kind,),
        figure.unit,
        lambda c: (
            c.sentence == first
            and c.sentence != figure.sentence
            and c.part_of is None
            and c.metric in TAKINGS
            and "metric" not in c.guesses
            and not periods_differ(c, count)
        ),
    )


def _named_total(partners: Partners, figure: Claim) -> Claim | None:
    """The figure of the figure's unit that names the metric the figure names (`톤당 매출` → 매출)."""
    if not figure.metric or "metric" in figure.guesses:
        return None
    return partners.best(
        figure,
        (figure.kind,),
        figure.unit,
        lambda c: c.metric == figure.metric and "metric" not in c.guesses and c.sentence != figure.sentence,
    )


# ---------------------------------------------------------------- a share of a whole stated in another sentence

# `매출의 38.5%`: the whole's noun and its genitive right before the share (no figure between)
_NOUN_THEN_SHARE = ByLanguage(lambda w: rf"[^\W\d_](?:{w.whole_then_its_share_apart})$")
# `$14m, or 35% of the orders`, `300,000, or 25%`: the share set beside its part, perhaps naming the whole's noun
_BESIDE_PART = ByLanguage(lambda w: rf"\s*,\s*(?:{w.appositive_share_marks})\s+$", re.I)
_WHOLE_NOUN_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.share_of_noun_after})(?![^\W\d_])|\s*[,;.]|\s*$", re.I)
_JOINT_REACH = 40  # characters between a part and its share
# `, or 2.9% of gross domestic product`: a whole named by a noun, not the total's word (`of the total`)
_NOUN_NAMED_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.share_of_noun_after})(?![^\W\d_])", re.I)
_TOTAL_NAMED_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.share_of_whole})(?![^\W\d_])", re.I)
# `35% of the orders`: the `of` between a share and the noun of its whole
_OF_NOUN = ByLanguage(lambda w: rf"(?:{w.share_then_its_whole_apart})", re.I)


def link_shares_of_wholes_apart(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> None:
    """`해외 판매는 9천억원으로 매출의 30% 남짓이다` (revenue stated in the lead), `The northern depots handled
    $14m, or 35% of the orders`: a share set beside its part, of a whole its sentence names by a noun only. The
    whole is looked up in the article by its keys: a value of the part's unit and counter, larger than the part,
    of no other period or company, stated in another sentence — the lead's first; a tie links nothing."""
    partners: Partners | None = None
    figures = prose_figures(claims)
    by_sentence: dict[int, list[Claim]] | None = None  # (built once, when a whole is first looked up)
    for i, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if not 0 < rate.value < 100 or i == 0:
            continue
        part = figures[i - 1]
        if part.sentence != rate.sentence or part.kind not in AMOUNTS or part.role != "value":
            continue
        if rate.start - part.end > _JOINT_REACH or periods_differ(rate, part):
            continue  # (`지난해 수준의 95%`: a share of another period's figure)
        if _AVERAGE_BEFORE[lang].search(text, max(0, part.start - _AVERAGE_REACH), part.start):
            continue  # (`an average of 8,000, or 12% of the total`: an average is no part of a total)
        joint = _joint(part, rate, claims, text, lang)
        if joint is None:
            continue
        if partners is None:
            partners = Partners(claims, text, lang)
            hit_starts = [hit.start for hit in metric_hits]
        named = _named_metric(metric_hits, hit_starts, part.end, rate.end + _JOINT_REACH, rate, text, lang)
        if named is None and joint != _BESIDE:
            continue  # (`활성 고객의 31%`: a whole named by a noun no figure's metric is: which figure, not said)
        # `176 tonnes, of which exports took 124 tonnes, or 71%`: the whole the part's own words name comes first
        whole = _named_whole_of(figures, i - 1)
        if whole is None:
            whole = whole_of_part(partners, rate, part, named, text, lang)
            if whole is None:
                continue
            if by_sentence is None:
                by_sentence = prose_by_sentence(claims)
            # (`the limit` was B and is A: the share may be of either, checker/link/wholes_agreeing.py)
            whole = whole_or_its_earlier(rate, part, whole, by_sentence[whole.sentence])
        if not whole_does_what_the_part_names(whole, part, rate, text, lang):
            continue  # (`910 of those sold, or 35%`: of the ones sold, a figure stated with that verb, or none)
        rate.share_part, rate.share_whole = part.id, whole.id
        # (no `whole` list: a share found apart from its whole may be of another breakdown of it than the shares
        # stated with it, `half` by age and `40%` by region, and is not added up with them)
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _named_whole_of(figures: list[Claim], at: int) -> Claim | None:
    """The whole a part's words name (`W 가운데 P`, `W, of which P`: its `share_whole`), stated before it in its
    sentence, of its unit and larger than it (walked back from the part: its own sentence only)."""
    part = figures[at]
    if not part.share_whole:
        return None
    for k in range(at - 1, -1, -1):  # (by index: no copy of the figures before per part)
        claim = figures[k]
        if claim.sentence != part.sentence:
            return None
        if claim.id == part.share_whole:
            return claim if claim.unit == part.unit and claim.low > part.high else None
    return None


def _names_a_noun(rate: Claim, text: str, lang: str) -> bool:
    """Whether the share names its whole by a noun of its own right after it (`2.9% of gross domestic product`),
    not by the total's word (`40% of the total`) nor by nothing (`, or 25%.`)."""
    return bool(_NOUN_NAMED_AFTER[lang].match(text, rate.end)) and not _TOTAL_NAMED_AFTER[lang].match(text, rate.end)


def _named_metric(
    hits: list[MetricHit], starts: list[int], low: int, high: int, rate: Claim, text: str, lang: str
) -> str | None:
    """The metric the share names its whole by (`매출의 30%`, `35% of revenue`): a metric's name right before the
    share's genitive or right after its `of`; the whole must then be a figure of that metric."""
    for hit in hits[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]:
        before = hit.end <= rate.start and not any(ch.isdigit() for ch in text[hit.end : rate.start])
        if before and _NOUN_THEN_SHARE[lang].search(text[hit.start : rate.start]):
            return hit.metric
        if hit.start >= rate.end and _OF_NOUN[lang].fullmatch(text, rate.end, hit.start):
            return hit.metric
    return None


_GENITIVE, _BESIDE = "genitive", "beside"


def _joint(part: Claim, rate: Claim, claims: list[Claim], text: str, lang: str) -> str | None:
    """How the share is joined to the part as its share of a whole: by the whole's noun and its genitive
    (`9천억원(약 7억 달러)으로 매출의 30%`: the part's equivalent in parentheses between, no other clause), or
    set beside it (`$14m, or 35% of the orders`); None when it is not."""
    start = max([part.end] + [c.end for c in claims if c.role == "conversion" and part.end <= c.start < rate.start])
    between = text[start : rate.start]
    if any(ch.isdigit() for ch in between) or any(mark in between for mark in ".;:!?"):
        return None
    if _BESIDE_PART[lang].search(between) and _WHOLE_NOUN_AFTER[lang].match(text, rate.end):
        return _BESIDE
    if "," not in between and _NOUN_THEN_SHARE[lang].search(between):
        return _GENITIVE  # (`…로, 제방이 무너진 다온군이 전체의 40%`: another subject's share)
    return None


def _counts_a_noun_starting(partners: Partners, prefix: str) -> bool:
    """Whether a count of the article counts a noun starting with `prefix` (the counts' nouns sorted once, then a
    binary search: no walk over the figures per share)."""
    if partners._counters is None:
        partners._counters = sorted({c.counter.casefold() for c in partners.figures if c.kind == "count" and c.counter})
    at = bisect.bisect_left(partners._counters, prefix)
    return at < len(partners._counters) and partners._counters[at].startswith(prefix)


def _noun_of_the_whole(rate: Claim, text: str, lang: str, start: int | None = None) -> tuple[str, bool] | None:
    """The first word of the noun a share names its whole by (`overseas` of `of the overseas tonnage`, `girl` of `of
    girls`: a plural's ending dropped, `[link.plural_endings]`), and whether it stands bare (no article: `of girls`),
    or None."""
    found = _NOUN_NAMED_AFTER[lang].match(text, rate.end if start is None else start)
    if found is None:
        return None
    words = found.group(0).split()
    noun = words[-1].casefold()
    stem = singular(noun, lang)
    # (bare: a plural with no article, `of girls`, names a group; `of volume` names the whole's measure)
    return stem, len(words) == 2 and stem != noun


def _of_another_whole(partners: Partners, rate: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether the noun a share names its whole by says it is no whole stated apart: a bare noun (`300 pupils, 40%
    of girls`) other than the part's counter names a group within the part; a noun other than the one another share
    of the sentence names before the part (`took 62.5% of the output, and one supermarket bought 1,800 pallets,
    more than a third of the English volume`) names a whole other than the sentence's."""
    own = _noun_of_the_whole(rate, text, lang)
    if own is None:
        return False
    noun, bare = own
    if bare and part.kind == "count" and part.counter:
        counter = part.counter.casefold()
        if not (counter.startswith(noun) or noun.startswith(singular(counter, lang))):
            return True
    position = partners.position.get(part.id)
    if position is None:
        return False
    # (the sentence's first figure a share of a whole its noun names, its part a noun, no figure: `English buyers
    # took 62.5% of the output`; `the 2,400 books were 3% of the number lent but drew £9,000, or 30% of the fines`: a
    # share of a figure before it names that figure's whole)
    first = position
    while first > 0 and partners.figures[first - 1].sentence == part.sentence:
        first -= 1
    other = partners.figures[first]
    if other is part or other.role != "share" or other.kind not in ("percent", "fraction"):
        return False
    named = _noun_of_the_whole(other, text, lang)
    if named is None or named[0] == noun:
        return False
    # (`Large eggs, which made up 30% of the eggs laid, fetched $2m, or 45% of the takings`: a share of a
    # count's noun, the part an amount of money, is the whole of another unit)
    return part.kind == "count" or not _counts_a_noun_starting(partners, named[0])


def _of_noun(candidate: Claim, part: Claim, text: str, lang: str) -> bool:
    """Whether a count is of the part's noun (`192,000 visits` and `480,000 skier visits`); any amount else."""
    if candidate.kind != "count" or not part.counter:
        return True
    return candidate.counter == part.counter or names_the_count(part.counter, candidate, text, lang)


def _whole_of(candidate: Claim, part: Claim, any_counter: bool = False) -> bool:
    """Whether a figure may be the whole of the part: of its counter (a bare count names nothing it counts: no
    whole of `9.1 million bpd`), larger, of no other period, in another sentence."""
    if candidate.sentence == part.sentence or candidate.forecast != part.forecast:
        return False
    if not any_counter and part.counter and candidate.counter != part.counter:
        return False
    return candidate.low > part.high and not periods_differ(candidate, part)


def whole_of_part(
    partners: Partners, rate: Claim, part: Claim, named: str | None, text: str, lang: str
) -> Claim | None:
    """The whole a share set beside its part is of, from the article's figures: `매출의 30%`, `35% of revenue`, a
    figure of the metric the share names (`named`); else a level of the part's noun (`640 cases, or 32% of the
    total`), where any other level of the unit larger than the part in the lead (`2,000 infections` beside `1,700
    cases`) leaves which one unsaid. A whole named by a noun that is no metric's name (`$41m, or 45% of the
    payments`) is no figure named by a metric: `77.7 trillion won, or 2.9% of gross domestic product` is not a
    share of the revenue stated before."""
    if named is not None:
        return partners.best(
            rate,
            (part.kind,),
            part.unit,
            lambda c: _whole_of(c, part) and c.metric == named and "metric" not in c.guesses,
        )
    noun_named = _names_a_noun(rate, text, lang)
    if noun_named and _of_another_whole(partners, rate, part, text, lang):
        return None
    whole = partners.best(
        rate,
        (part.kind,),
        part.unit,
        lambda c: (
            _whole_of(c, part)
            and _of_noun(c, part, text, lang)
            and not (noun_named and c.metric and "metric" not in c.guesses)
        ),
        rivals=lambda c: _whole_of(c, part, any_counter=True),
    )
    owner = _OWNER_OF_WHOLE[lang].match(text, rate.end)
    if whole is not None and owner is not None:
        # (`$6,000, half of the club's share`: the whole is the owner's, an amount its clause names the owner of)
        whole = _owned_whole(partners, whole, part, owner.group("owner"), text)
    if (
        whole is not None
        and noun_named
        and (narrowed := narrowed_whole_after(rate, text, lang)) is not None
        and subgroup_of_its_count(*narrowed, whole, part, text, lang)
    ):
        return None  # (`…, or 40% of volunteer stewards` after `hired 500 stewards`: of a group within the count)
    return whole


# `half of the club's share`: right after a share, its whole named as an owner's thing, no figure of it written there
# (`[link.share_then_possessed_whole]`, the owner its last word before the possessive mark)
_OWNER_OF_WHOLE = ByLanguage(
    lambda w: rf"(?=(?:{w.share_then_possessed_whole}))[^'’]*?(?P<owner>[^\W\d_]+)['’]s\s+(?=[^\W\d_])", re.I
)
_OWNER_REACH = 100  # characters before an amount where its clause may name its owner
_SENTENCE_CUT = compile_exact(r"[.!?](?:\s|$)|\n")


def _owned_whole(partners: Partners, whole: Claim, part: Claim, owner: str, text: str) -> Claim | None:
    """The whole a share names as an owner's (`… bringing in $6,000, half of the club's share`): of the amounts before
    the part that could be its whole, the one whose own clause names the owner (`the club raised $12,000`); two such
    leave it unsaid (`The club bought a $90,000 mower … the club raised $12,000`), none keeps the whole found."""
    at = partners.position.get(part.id)
    if at is None:
        return whole
    key = re.compile(rf"(?<![^\W\d_]){re.escape(owner)}", re.I)
    named = []
    previous_end = 0
    for c in partners.figures[:at]:
        start, end = previous_end, c.start
        previous_end = c.end
        if c.kind != part.kind or c.unit != part.unit or c.role != "value" or not c.low > part.high:
            continue
        clause = text[max(start, end - _OWNER_REACH) : end]
        clause = _SENTENCE_CUT.split(clause)[-1]
        if key.search(clause):
            named.append(c)
    if not named:
        return whole
    return named[0] if len(named) == 1 else None


def per_unit_mark_after(claim: Claim, text: str, lang: str) -> bool:
    """Whether a mark right after the figure makes it per unit (`$38 each`, `92 tonnes a car`)."""
    return _PER_AFTER_MEASURE[lang].match(text, claim.end) is not None
