"""A Korean figure per one unit, its total and its count found where the per-unit fallback does not look.

A figure is per one unit when a mark before it names the unit: the unit's noun and `당` (`가구당`, `시설당`, `㎏당`,
`농가 한 곳당`, `1㏊당`; never `3.3㎡당`, a number's own unit). Up to five words may stand between the mark and the
figure (`한 곳당 상반기 평균 매출은 약`): the metric the figure is of, a hedge, a span of the total's own; none that
makes it per period as well (`하루 평균`, `월평균`: `[link.per_one_unit_period_words]`), which no total ÷ count reads.

Its count is a count of that unit: a count whose counter is the unit (`640가구` of `가구당`, `75곳` of `한 곳당`),
a count of people for a person (`명`, `인`), a count of any counter whose noun stands right before it (`교실은
310개` of `교실당`), or a measure of a unit of measure's dimension (`3,900톤` of `㎏당`). Its total is a figure of
its kind and unit (one currency, one base unit of measure, one counter), larger. Each is looked for first in the
figure's paragraph, its sentence and the two before (the nearest count, the only total), and, when none stands
there, in the lead (the title and the first paragraph): the headline's figure, the one value of that count or total
the title states and the lead restates (rounded or not), which the article breaks down later; or, when the title
states none, the lead's opening sentence's one count of the unit, for a figure whose own clause restates the total it
divides (`비용은 N원으로 가구당`) or gives out to each the total it states after it (`곳당 N원씩 모두`); and the
lead's opening sentence's one total named with the metric the figure's clause names (`한 동의 평균 임대 수입은` of
`올해 임대 수입이 N원으로`). One of the unit with the genitive (`창고 한 동의 평균`) is a mark only with `평균`
before the figure (`한 동의 임대 수입은`: one place's own figure). A word of the clause before the mark
(`…원으로 가구당`, `…인원으로 나눠 보면 1명당`, `[link.per_one_unit_clause_word_endings]`) names no subset; a
count of occasions (`도서관 대출 9만건`) is no count of the thing named before it. Of two such totals, the one
of the metric the figure's clause names (`매출은`).

Never a member: a prior, a baseline, a change, a share, a figure itself per unit or a rate, a listed part of another
total or a part set beside its share, a figure after the mark. Vetoes: a figure whose sentence states a prior of its
kind (`지난해 4,100원`: which year's total, unsaid); counts of the unit earlier in the figure's paragraph but not near
it (which one, unsaid); a total's kind in the figure's window as a part only (the total there unsaid, not the
lead's); a measure from the lead (a price per a unit of measure over the lead's tonnage is per_unit_apart.py's,
with its vetoes of the quantity's and the sales' names); a subset the mark names (`홍로의 ㎏당`, `성인 회원
1인당`) that the lead's count is not named of; a count of people from the lead for a mark naming no people's
noun — unless the title states that count (the headline's people, `…이용 6만명`), no people are counted after the
lead, and the figure restates its total in its clause or in the sentence right after it, with no amount of its
kind after it in its sentence (`_headline_people`); a count drawn from a pool named before it, beside its share,
a sentence before the figure (`관객 가운데 학생이 N명으로 40%를 차지했다`): which group the figure is per, unsaid; a
total of another year than the one the count's clause dates it to (`of_another_year`). The reading spans sentences
and paragraphs, so a mismatch is a warning (`guesses`).

One of the unit as its clause's subject (`책 한 권에`) with no word saying the figure is an average is read when its
clause restates the total its sentence states right before it (`수선비는 N원으로 책 한 권에 M원`); with the total in
a sentence before, when the figure's clause names the metric the total is named with (`관람객 1명에게 쓰인 운영비는`
of `운영비는 모두 N원`), or when the count stands in the figure's own clause before it (`회원은 N명으로, 한 사람이`) and
the sentence right before states one amount of its kind. A count in the figure's own clause shares the lead's one
whole amount of its kind past the title (`양봉 농가는 N곳으로, 농가 한 곳이`). Of a title's two counts, the lead's
body restates the one that is the lead's; a count whose noun follows it (`28개 공방이`) counts the unit the mark
names with that noun; a subset noun the title names is the article's own subject; a cap (`1인당 최대`) is no
average. The lead is the title and the body's first paragraph: a block between blank lines, or, in
copy whose body has no blank line, its first line; a line of more sentences than a lead's paragraph holds (a body
written as one line) has its first two sentences as the lead. A figure in the lead given out to each (`개당 N달러씩
M달러다`) over the one count of the unit before it reads the total its clause states right after it. A count after a
baseline or prior of its kind in its sentence (`지난해(50곳)보다 20곳 많다`) is no count of units unless a change is
read of it (the level, `…에서 N곳으로 M곳 늘었다`); a figure per a unit of measure (`㎢당 N마리`) over a count stated
with it divides no part beside its share in the sentence before (a density of the whole).

A figure per one unit and per a period too (`한 사람당 하루 20개씩`) is read only as given out to each: its count is the
one count of the unit its sentence or the one before states, its total the next larger figure of its kind after it in
its sentence, per that period too: in one clause with the period between (`씩, 모두 하루 N개`), or past a comma right
before the period again, a total's mark at most between (`씩, 하루 N개`, `씩, 모두 한 달에 N개`: `_period_again`).

A reading before that took the one unit itself for the count (`한 대에 150만 원씩`: `한 대`) is dropped here, as the
veto after the per-unit readings drops it (`unlink_units_of_one`), so that the figure and its total are read here.

A figure the first of its line (no figure before it there: `한 사람에 3점꼴이다`) reads the two sentences before it
across the line break too, in its block (never across a blank line, nor the title): copy that breaks a line after each
sentence or two; of that line, only plain values (no part beside its share or of one, no figure itself per unit or per
a period: `외지 관람객은 N명으로 전체의 60%`, `1ha에서 N톤`, `매달 N톤씩`). One of an occasion (`공연 한 번에`, `한
차례에`) is a mark only where its clause says the figure is an average (`500명꼴`, `평균`); its count is a count of
occasions (`96회`, `45차례`: `[link.occasion_counters]` are one), and no larger amount of its kind may follow it in its
sentence (`한 번에 평균 23명이 타 모두 2만9천 명`: what the occasions make).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.counter_synonyms import counters_alike
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import beside_their_share, partners_taken
from checker.link.per_unit_vetoes import of_another_year, unlink_units_of_one
from checker.link.rests_of_splits import rest_of_a_split
from checker.link.share_subjects import sentence_start
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

_KINDS = ("money", "measure", "count")
_BEFORE = 2  # sentences before the figure's own its members may stand in, in its paragraph
_MARK_REACH = 48  # characters before a figure where its unit's mark and the words after it stand
_NAMED_AFTER = 6  # characters after a total where the act it counts stands, its particle first (`명이 접종을`)
_NOUN_BEFORE_COUNT = 12  # characters before a count where its own noun stands (`교실은 `, `정류장을 올해 `)
_ROUNDED = 1.02  # one figure restated rounded (`6만1천명` in a title, `6만1,300명` in the lead)
_LEAD_BLOCKS = 1  # blank lines before the lead's paragraph at most (a title's)
_LEAD_PARAGRAPH_MAX = 6  # sentences a lead paragraph holds at most: a body of more written as one paragraph …
_LEAD_SENTENCES = 2  # … has its first sentences as its lead
_AVERAGE_AFTER = (
    12  # characters after a figure where the word saying it is an average closes its clause (`…원 넘게 번 셈`)
)
_PRODUCT_REACH = 40  # characters after a figure per unit where the total it makes in its sentence stands
_SENTENCE_END = compile_exact(r"[.!?]$")
_LEAD_SENTENCE_END = compile_exact(r"[.!?][\"'”’」』)]*(?=\s)")

# `가구당 `, `농가 한 곳당 평균 `, `창고 한 곳당 상반기 평균 매출은 약 `: the unit's mark, a few words, the figure
_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?<![\d.,])(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?:(?P<one>{w.fallback_one_unit})\s?)?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?|[^\s\w.,;:!?()\[\]'\"·~-])\s?(?:{w.unit_price_before})\s+"
        rf"(?P<gap>(?:\d?[^\W\d_]+\s+){{0,5}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# `농가 한 곳이 평균 `, `회원 한 명이 석 달 동안 쓴 돈은 평균 `, `한 자루에 `: one of the unit as its clause's subject
# (or the one given to), a few words, the figure; a mark only in a sentence that says the figure is an average
_ONE_AS_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?<![\d.,])(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?P<one>{w.fallback_one_unit})\s?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?|[^\s\w.,;:!?()\[\]'\"·~-])(?:{w.one_unit_subject_particles})\s+"
        rf"(?P<gap>(?:\d?[^\W\d_]+\s+){{0,6}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# `창고 한 동의 평균 `: one of the unit with the genitive, read only with `평균` among the words before the figure
_ONE_OF = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?<![\d.,])(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?P<one>{w.fallback_one_unit})\s?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?)(?:{w.one_unit_genitive_particles})\s+"
        rf"(?P<gap>(?:\d?[^\W\d_]+\s+){{0,6}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
_TIME_NOUN = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_time_nouns})")
_AVERAGE_WORD = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_average_words})")
_SUBJECT_PERIOD = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.one_unit_subject_period_words})(?![^\W\d_])")
_DISTRIBUTIVE = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
# `씩 `, `씩, 모두 `: a figure given out to each, then right after it the total, a total's mark at most between
_GIVEN_THEN_TOTAL = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})\s?,?\s?(?:(?:{w.total_marks})\s?)?")
_CAP = ByLanguage(lambda w: rf"(?:{w.product_cap_words})")
_TOTAL_NAMED = ByLanguage(lambda w: rf"(?:{w.total_marks}|{w.sales_value_nouns})")
_PERIOD_IN_GAP = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_one_unit_period_words})(?![^\W\d_])")
_PARTICLE = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles}|{w.per_one_unit_noun_particles})$")
_CLAUSE_WORD = ByLanguage(lambda w: rf"(?:{w.per_one_unit_clause_word_endings})$")
_OCCASION = ByLanguage(lambda w: rf"(?:{w.per_one_unit_occasion_counters})")
_OCCASIONS = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")  # (`회`, `번`, `차례`: one counter of an occasion)
_TOPIC = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles})$")
_CLAUSE_BREAK = ByLanguage(lambda w: rf"(?:{w.multiple_pair_breaks})")  # (`들였고 1인당`: another clause)
_DIVIDED = ByLanguage(lambda w: rf"(?:{w.per_one_unit_divided_particles})$")
_DIVIDE_VERB = ByLanguage(lambda w: rf"(?:{w.per_one_unit_divide_verbs})")
# (`36개 팀` of `팀당`: a counter of anything, and right after it the noun it counts, a particle closing it)
_GENERIC = ByLanguage(lambda w: rf"(?:{w.generic_counters})")
_GENERIC_NOUN_ENDING = ByLanguage(lambda w: rf"(?:(?:{w.generic_counter_noun_endings})(?![^\W\d_]))?")
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.one_person_counters}|{w.person_counters})")
# `인건비가 12억 원`: a part of a budget that is what its people are paid, its name right before it
_PERSONNEL_COST_BEFORE = ByLanguage(lambda w: rf"(?:{w.personnel_cost_nouns})[^\W\d_]{{0,2}}\s?$")
_NAME_REACH = 12
# `관객 가운데 학생이 `, `이 가운데 표고가 `: the pool a count is drawn from, the part's noun at most between
_POOL_PART = ByLanguage(lambda w: rf"(?:{w.partitive_before_count})\s+(?:(?P<part>[^\W\d_]+)\s+)?$")
# `축제 기간 중 `: `중` of a time, during it, no pool
_DURING = ByLanguage(lambda w: rf"(?:{w.times_before_during})")
# `이들이 낸 체험비는`: the figure's clause names the group before it by a pronoun
_PRONOUN_OF_PART = ByLanguage(lambda w: rf"(?:{w.pronouns_of_a_part})")
_POOL_REACH = 24  # characters before a count where the pool it is drawn from is named
_RATE_MARK = 8  # characters before a figure where the word making it per a period stands (`매달 `, `하루 평균 `)
# `정비비를 차량 수로 나누면`: the amount the figure's sentence divides, named before the mark
_DIVIDED = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}})(?:{w.divided_amount_noun_before})")


def link_per_unit_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    # (`한 대에 150만 원씩`: a reading before that took the one unit for the count is dropped later whatever it is; the
    # figure and its total are free for this reading's count)
    unlink_units_of_one(claims)
    taken = partners_taken(claims)
    lead_end = _lead_end(text)
    parts = beside_their_share(claims, text)
    share_parts = {c.share_part for c in claims if c.role == "share" and c.share_part}
    changed = {c.change_of for c in claims if c.role == "change" and c.change_of}
    title_end = text.find("\n")
    if title_end < 0 or _SENTENCE_END.search(text[:title_end].rstrip()):
        title_end = 0  # (no title: a first line closed as a sentence is the lead's)
    # (the headline's figures, a title's furniture too: the lead's figures an article breaks down later)
    titled = {(c.kind, c.unit, c.counter or "", c.value) for c in claims if c.start < title_end}
    # (a figure restated, a part of a listed total: one of the values a lead states, no member of its own)
    values = [c for c in figures if c.role == "value" and c.per_unit_of is None and c.product_of is None]
    lead_opening = min((c.sentence for c in claims if title_end <= c.start < lead_end), default=-1)
    in_sentence: dict[int, list[Claim]] = {}
    for c in figures:
        in_sentence.setdefault(c.sentence, []).append(c)
    values_in_sentence: dict[int, list[Claim]] = {}
    for c in values:
        values_in_sentence.setdefault(c.sentence, []).append(c)
    for figure in figures:
        if (
            figure.role != "value"
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.period_ratio is not None
            or figure.per_period_of is not None
            or figure.id in taken
            or figure.start < title_end  # (a title's figure is no breakdown of any)
            or figure.low <= 0 < figure.value  # (`1인당 최대 N원`: a cap one may get, no total's average)
        ):
            continue
        opens = sentence_starts[figure.sentence]
        untitled = False
        mark = _mark_before(figure.start, opens, text, lang)
        subject = mark is None
        averaged = True
        if subject:
            mark, averaged = _one_as_subject(figure, opens, sentence_starts, text, lang)
        if not mark:
            continue
        gap = mark.group("gap")
        if any(
            c is not figure and mark.start("gap") <= c.start and c.end <= figure.start
            for c in in_sentence.get(figure.sentence, ())
        ):
            continue  # (`㎏당 4만원에 팔아 38억원을`: the mark's figure is the one right after it, not one past it)
        per_period = _PERIOD_IN_GAP[lang].search(gap)
        of_the_period = (
            _total_of_the_period_before(figure, per_period.group(0), in_sentence, opens, text, lang)
            if per_period and figure.start >= lead_end
            else None
        )
        if (
            per_period
            and of_the_period is None
            and (figure.start < lead_end or not _DISTRIBUTIVE[lang].match(text, figure.end))
        ):
            continue  # (`한 곳당 하루 평균 90명`: per a day too)
        priors = [
            c
            for c in in_sentence.get(figure.sentence, ())
            if c.role in ("prior", "baseline") and c.kind == figure.kind and c.unit == figure.unit
        ]
        if any(c.start < figure.start for c in priors):
            continue  # (`지난해 4,100원에서 ㎏당 5,200원으로`: which year's figure, unsaid)
        noun, pre = mark.group("noun"), _stem(mark.group("pre"), lang)
        # (`외지 관객 2만 명이 1인당`: the word before the mark is the counter of the figure it stands in, no noun)
        counter_pre = mark.group("pre") is not None and any(
            c.start < mark.start("pre") < c.end for c in in_sentence.get(figure.sentence, ())
        )
        if counter_pre:
            pre = None
        measure = measure_unit(noun, lang)
        if measure is None and not noun.isalpha():
            continue
        # (the members before the mark: the mark's own one, `1㏊당`, is none)
        # (a word of the clause before the mark, `…원으로 가구당`, may close a figure's unit: the mark opens at its one)
        opens_at = mark.start() if pre is not None or mark.group("pre") is None else mark.end("pre")
        # (the figures of the sentences around the figure's: all that the readings of its clause and of the sentences
        # next to it ask, looked up by sentence so a long paragraph's figures are not each tested against every other)
        local = [c for s in range(figure.sentence - _BEFORE - 1, figure.sentence + 2) for c in in_sentence.get(s, ())]
        # (a figure the first of its line, `한 사람에 3점꼴이다`, reads on the line before in its block)
        first_of_line = not any(c.paragraph == figure.paragraph and c.end <= opens_at for c in local)
        near = [
            c
            for s in range(figure.sentence - _BEFORE, figure.sentence + 1)
            for c in values_in_sentence.get(s, ())
            if c is not figure
            and c.end <= opens_at
            and (
                c.paragraph == figure.paragraph
                or (
                    first_of_line
                    and _same_block(c, opens, title_end, text)
                    and _plain(c, parts, share_parts, sentence_starts, text, lang)
                )
            )
        ]
        near_ids = {c.id for c in near}
        if subject and _TIME_NOUN[lang].fullmatch(noun) and _larger_amount_after(figure, local):
            continue  # (`1천260회 운행했다. 한 번에 평균 23명이 타 모두 2만9천 명`: what the occasions make, after it)
        # (`축구장(7천140㎡) 여섯 개`: a measure alone in parentheses after a noun is the size of one of it, an aside,
        # no count of the units a figure per one of them divides)
        near_units = [
            c
            for c in near
            if _counts(c, noun, pre, measure, text, lang)
            and not _aside(c, measure, text)
            and (c.id in changed or not _after_its_baseline(c, in_sentence.get(c.sentence, ())))
        ]
        if figure.start < lead_end:
            # (a figure of the lead is no breakdown of it, save one restating the total its own clause states right
            # before it over the one count of the unit its paragraph states before it: `호미 N자루를 팔았다. 매출은
            # M달러로 한 자루에 K달러꼴이다`)
            _link_in_lead(
                figure,
                near_units,
                near,
                averaged and not priors,
                subject,
                _metric(gap, lang),
                measure,
                local,
                figures,
                text,
                lang,
                taken,
                parts,
            )
            continue
        before = [c for c in values if c is not figure and c.end <= opens_at]
        lead = [c for c in before if c.start < lead_end]
        lead_ids = {c.id for c in lead}
        # (only counts of the figure's paragraph or the lead are ever taken: the others are not asked, so a long
        # article's figures are not each tested against every count before them)
        reachable = [c for c in before if c.paragraph == figure.paragraph or c.start < lead_end]
        units = [c for c in reachable if _counts(c, noun, pre, measure, text, lang) and not _aside(c, measure, text)]
        if per_period:
            # (the count of the unit its sentence or the one right before states, however its copy breaks paragraphs)
            count = _one_value(
                [
                    c
                    for c in before
                    if figure.sentence - 1 <= c.sentence <= figure.sentence
                    and c.part_of is None
                    and _counts(c, noun, pre, measure, text, lang)
                ]
            )
            if count is None:
                continue
            if of_the_period is not None:
                # (`하루 이용객이 4천 명에 이르러 한 대가 하루 800명꼴`: the total its sentence states per that period)
                if not _joined_to_its_total(of_the_period, mark, pre, count, text, lang):
                    continue  # (`…에 이르러 신입 한 사람이`, `…인데 평일에는 한 사람이`: a subset of its own)
                _link(figure, of_the_period, count, measure, taken, units, text, lang, figures)
                continue
            # (`양수기 한 대가 하루 500t씩, 모두 하루 3만2천t`: given out per a day to each, and the product its clause
            # states after it per that day too: the day is on both sides)
            after = [
                c
                for c in in_sentence.get(figure.sentence, ())
                if c.start > figure.end
                and c.role == "value"
                and c.kind == figure.kind
                and c.unit == figure.unit
                and (c.counter or "") == (figure.counter or "")
                and c.value > figure.value
                and c.part_of is None
                and c.id not in parts
            ]
            total = after[0] if after else None
            if total is not None and (
                (
                    _same_clause(figure.end, total.start, text, lang)
                    and per_period.group(0) in text[figure.end : total.start]
                )
                # (`장인 5명이 한 사람당 하루 20개씩, 하루 100개를`: the comma before the period repeated, nothing else
                # between: the product per that period)
                or _period_again(figure.end, total.start, per_period.group(0), text, lang)
            ):
                _link(figure, total, count, measure, taken, units, text, lang, figures)
            continue
        names = [] if counter_pre else _names_of(mark, pre, lang)
        if names and measure is None and not _PEOPLE[lang].fullmatch(noun):
            # (`농가 한 곳에` of `농가는 124곳으로`: the noun before the mark names which count of the counter it is
            # of; where the article names one so, any other count of the counter is another thing's, `농협 세 곳`)
            named = [
                c
                for c in before
                if _counts(c, noun, pre, measure, text, lang) and any(_named_count(n, c, text) for n in names)
            ]
            if named:
                # (counts of the counter in the figure's own paragraph, or in a named one's sentence, `하천 40곳을, 이웃
                # 군은 25곳을`, stay: which one, unsaid)
                named_ids = {n.id for n in named}
                units = [
                    c
                    for c in units
                    if c.id in named_ids
                    or c.paragraph == figure.paragraph
                    or any(c.sentence == n.sentence for n in named)
                ]
        if near_units:
            count = _nearest(figure, [c for c in near_units if c.part_of is None])
        elif any(c.paragraph == figure.paragraph for c in units):
            count = None  # (counts of the unit earlier in the figure's paragraph: which one, unsaid; not the lead's)
        elif pre is not None or not _PEOPLE[lang].fullmatch(noun):
            # (the lead's count of a subset the figure names, `홍로의 ㎏당`: the subset's own, or none; people are
            # counted of too many kinds in a lead to take one the figure names no noun of)
            # (a measure's good named bare, `건고사리 ㎏당`, is what the lead weighs; named with a particle, `홍로의
            # ㎏당`, a subset of it)
            subset = pre if measure is None or pre != mark.group("pre") else None
            if subset is not None and subset in text[:title_end]:
                subset = None  # (`정류장 한 곳에` of a title on `버스정류장`: the article's own subject, no subset)
            good = None
            if subset is None and measure is not None:
                # (`곶감 값은 ㎏당 3만원`: the good whose price it is, named before the price's noun; the lead's
                # weight of another good, `감 36톤`, is none of it)
                good = _good_priced(mark, opens, text, lang)
            # (a measure the title alone states, `하루 2만㎥`, or one its sentence says is per a day, may be a rate: the
            # lead's body restates the one it breaks down)
            in_lead = [
                c
                for c in units
                if c.id in lead_ids
                and (subset is None or _named_before(subset, c, text))
                and (good is None or _good_right_before(good, c, text))
                and (measure is None or c.start >= title_end and not _per_period(c, sentence_starts, text, lang))
            ]
            count = _pick(in_lead, titled, title_end=title_end)
            if count is None and measure is None:
                # (the title states none: the lead's opening sentence's one count of the unit, the article's
                # statement, when the figure's own sentence restates the total it divides)
                count = _one_value([c for c in in_lead if c.sentence == lead_opening])
                if count is None and not _PEOPLE[lang].fullmatch(noun):
                    # (or the lead's one whole count of the unit past its title, its parts aside: `대상 N곳 가운데
                    # M곳에 …, 남은 곳은 K곳`; people are counted of too many kinds for this)
                    count = _one_value(
                        [c for c in in_lead if c.start >= title_end and c.part_of is None and c.id not in parts]
                    )
                untitled = count is not None
        else:
            count = None
        if count is not None and count.sentence != figure.sentence and rest_of_a_split(count, figures, figure):
            # (`마을 160곳 가운데 150곳에 놓았다. 남은 마을은 10곳이다. 사업비는 … 한 마을에`: the whole, the part or
            # the rest, which the figure is per, unsaid)
            continue
        headline = count is None and measure is None and _PEOPLE[lang].fullmatch(noun) is not None
        if headline:
            count = _headline_people(figure, figures, lead, lead_end, titled, title_end, text, lang)
        if count is None or (
            count.sentence != figure.sentence
            and (count.id in share_parts or count.id in parts)
            and _drawn_from_a_pool(count, sentence_starts, text, lang)
            and not _names_the_part(figure, count, sentence_starts, text, lang)
        ):
            # (`관객 가운데 학생이 N명으로 40%를 차지했다. 입장 수입은 M원으로 한 사람에`: the count a part drawn from
            # a pool beside its share, a sentence before: which group the figure is per, the part or the pool, unsaid)
            continue
        # (the figure's sentence compares it with a prior after it, `㎏당 5,200원으로 지난해 4,100원보다`: a total
        # before it is of which year, unsaid; the one the next sentence states after it, `이에 따라 판매액은`, is this
        # year's)
        after_only = bool(priors) or (measure is not None and count.id in lead_ids)
        if after_only and not averaged:
            continue  # (one unit's own figure: no total after it is its product)
        if after_only:
            total = _total_after(figure, count, local, parts, text, lang, 1 if priors else 0, 1)
            if total is not None:
                _link(figure, total, count, measure, taken, units, text, lang, figures)
            continue
        # (a part beside its share, or listed, in the figure's paragraph: the total there is unsaid, not the lead's)
        totals = [c for c in before if c is not count and _total_of(c, figure, count, text, lang)]
        near_totals = [c for c in totals if c.id in near_ids]
        broken_down = None
        whole = [c for c in totals if c.id not in parts and c.part_of is None]
        whole_ids = {c.id for c in whole}
        # (the product its own sentence states after it, `곳당 3천만원씩 모두 12억원`: its total, before any other)
        total = _total_after(figure, count, local, parts, text, lang, 0, 0)
        if total is not None:
            pass
        elif near_totals:
            # (the one amount its own clause states right before it, `지원금은 N원으로 한 곳에`: what it restates,
            # whatever other amount the sentences before state, a cap, `최대 180만원`, among them)
            own = [c for c in near_totals if _restated_per_unit(figure, c, local, text, lang)]
            if count.paragraph != figure.paragraph and any(
                c.paragraph == figure.paragraph
                and c.kind == "count"
                and c.value > 1
                and abs(c.value - count.value) > count.value * (_ROUNDED - 1)
                and _counts(c, noun, None, measure, text, lang)
                for c in before
            ):
                own = []  # (`특별전은 N명을 모았다 … 관람객 한 명당`: a count of the unit in its paragraph, unnamed)
            total = _one_value(own) or _one_value([c for c in near_totals if c.id in whole_ids and c.low > 0])
            if total is None and not any(c.id in whole_ids for c in near_totals) and count.sentence == figure.sentence:
                # (the count stated with the figure, `선수 30명의 1인당`, and one part beside its share in the sentence
                # right before, `인건비가 60억원으로 예산의 40%`: the part is what the figure breaks down; not for a
                # figure per a unit of measure, `㎢당 N마리`, a density of the whole, not of a part beside its share)
                if measure is None:
                    total = _one_value(
                        [c for c in near_totals if c.sentence == figure.sentence - 1 and c.part_of is None]
                    )
                if total is None:
                    total = broken_down = _whole_broken_down(figure, count, near_totals, whole, text)
            if (
                subject
                and total is not None
                and total is not broken_down
                and not _stated_with(total, figure, count, figures, text, lang)
            ):
                # (`광고비로 8억원을 썼다. 고객 한 명이 30만원어치를 산 꼴`: which amount it restates, unsaid; unless
                # the figure's clause names the metric the total is named with,
                # `관객 한 명에 든 경비는` of `경비는 N원`)
                metric = _metric(gap, lang)
                if (metric is None or not _named_before(metric, total, text)) and not _counted_in_its_clause(
                    figure, total, count, local, text, lang
                ):
                    continue
        else:
            metric = _metric(gap, lang)
            total = _pick([c for c in whole if c.id in lead_ids], titled, metric, text, title_end)
            if total is None and metric is not None and not _PEOPLE[lang].fullmatch(noun):
                # (the title states none: the lead's opening sentence's one total named with the metric the figure's
                # clause names, `…의 평균 임대 수입은` of `올해 임대 수입이 N원으로`; people are counted of too many
                # kinds for a count of them to divide a total the title does not state)
                total = _one_value(
                    [
                        c
                        for c in whole
                        if c.id in lead_ids and c.sentence == lead_opening and _named_before(metric, c, text)
                    ]
                )
            if (
                count.sentence == figure.sentence
                and count.start < figure.start
                and not _CLAUSE_BREAK[lang].search(text, count.end, figure.start)
            ):
                # (the count stated in the figure's own clause, `양봉 농가는 N곳으로, 농가 한 곳이`: the lead's one
                # whole amount of its kind and unit past the title is what that count shares, before a title's bound)
                total = _one_value([c for c in whole if c.id in lead_ids and c.start >= title_end]) or total
            if total is not None and metric is None and _people_paid_from_a_part(total, count, figures, text, lang):
                continue
            topic = _metric(text[sentence_starts[figure.sentence] : mark.start("noun")], lang) or _divided(
                text[sentence_starts[figure.sentence] : mark.start("noun")], lang
            )
            if (
                total is not None
                and topic is not None
                and not _named_before(topic, total, text)
                # (`2천400명이 검진을 받았다` of `검진은 … 한 곳에서`: the total's own act named right after it)
                and topic not in text[total.end : total.end + _NAMED_AFTER]
                and not _named_before(
                    topic, count, text
                )  # (`양봉 농가는 N곳으로, 농가 한 곳이`: the count's own topic)
            ):
                continue  # (`택배비는 ㎏당 800원`: the topic before the mark is another metric than the lead total's)
        if total is None and not totals:
            # (no total of its kind before it: the product stated after it, `…씩 모두 15억원`, `이에 따라 판매액은`)
            total = _total_after(figure, count, local, parts, text, lang, 1, 1)
        if total is None:
            continue
        if (
            total.sentence < figure.sentence
            and count.sentence == figure.sentence
            and _larger_amount_after(figure, local)
        ):
            continue  # (`한 팀당 평균 12만원을 써 지역에 22억원이 풀렸다`: its sentence states what it makes, after it)
        if headline and not _restated_per_head(figure, total, local, text, lang):
            continue
        if untitled and not _restated_per_unit(figure, total, local, text, lang):
            continue
        if (
            not averaged
            and not (total.start < figure.start and _restated_per_unit(figure, total, local, text, lang))
            and not (
                total.start > figure.end
                and _YIELD_AFTER[lang].match(text, figure.end)
                and not _YIELD_NARROWED[lang].search(text, figure.end, total.start)
                # (`낫 5천 자루를 팔았다 … 2천 자루가 남았다. 한 자루에 0.5kg이 들어가`: of which count, unsaid)
                and len({c.value for c in units}) <= 1
            )
        ):
            # (`한 곳이 20억원을 받았다`: one unit's own figure, unless its clause restates its total before it, or
            # says the total after it is what comes out of all the units, `1㎡에서 15kg이 나와 모두 180톤`)
            continue
        divided = _DIVIDED[lang].search(text, opens, mark.start("noun"))
        if divided is not None and not _named_before(divided.group("noun"), total, text):
            continue  # (`정비비를 차량 수로 나누면 한 대에`: the amount its sentence divides, named, is another)
        _link(figure, total, count, measure, taken, units, text, lang, figures)


def _drawn_from_a_pool(count: Claim, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether the count's clause draws it from a pool named before it, a word at most between (`관객 가운데 학생이
    N명`, `이 가운데 표고가 N톤`), not the clause's own topic (`유료 관람객은 N명으로 전체의 40%`)."""
    start = max(sentence_starts[count.sentence], count.start - _POOL_REACH)
    found = _POOL_PART[lang].search(text, start, count.start)
    return found is not None and not _DURING[lang].search(text, start, count.start)


def _names_the_part(figure: Claim, count: Claim, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether the figure's sentence, before it, names the part its count is drawn as (`관객 가운데 어린이가 N명` …
    `어린이 체험비 수입은 M원으로 어린이 한 명에`, `학생 1인당`, `표고 1㎏에`) or points back to it (`이들이 낸`):
    the group the figure is per, said."""
    start = max(sentence_starts[count.sentence], count.start - _POOL_REACH)
    found = _POOL_PART[lang].search(text, start, count.start)
    said = text[sentence_starts[figure.sentence] : figure.start]
    if _PRONOUN_OF_PART[lang].search(said):
        return True
    noun = _stem(found.group("part"), lang) if found is not None else None  # (`어린이가`: `어린이`)
    return noun is not None and noun in said


def _aside(c: Claim, measure: str | None, text: str) -> bool:
    """Whether a measure stands alone in parentheses (`축구장(7천140㎡)`): an aside on one thing's size."""
    return measure is not None and text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"


# (`김치를 사서 먹었다면 ㎏당 5천원씩`: the good the clause of a price given out per unit buys, a verb of buying's
# object; `참나무를 쪼개 말린 것으로 톤당` names what the good is made of, no good bought)
_OBJECT_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{1,8}}?)(?:{w.object_particles})\s(?:{w.bought_object_verbs})(?![^\W\d_])"
    ),
    first_tested=False,
)
_OBJECT_REACH = 30  # characters before a price where the object of its clause stands
_COUNT_NOUN_REACH = 60  # characters before a count where the noun it counts is named


def _object_named_with(figure: Claim, count: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether the count is of the noun the price's clause names as its object, when it names one (`김치를 사서
    먹었다면 ㎏당 5천원씩 M원` is no price of `배추는 … 30㎏을 썼다`; `콩나물을` is not `콩은`): the noun, as a word's
    start, in the words right before the count. A good no count of the count's unit names (`깨를 사서 짜면 ℓ당`
    of `참기름 80ℓ`: the stuff the good is made from) leaves the count to the price."""
    start = max(figure.start - _OBJECT_REACH, sentence_start(text, figure.start))
    objects = list(_OBJECT_NOUN_BEFORE[lang].finditer(text, start, figure.start))
    if not objects:
        return True
    noun = objects[0].group("noun")
    return _names_noun(noun, count, text) or not any(
        c.unit == count.unit and c.kind == count.kind and c is not count and _names_noun(noun, c, text) for c in figures
    )


def _names_noun(noun: str, count: Claim, text: str) -> bool:
    opening = max(count.start - _COUNT_NOUN_REACH, sentence_start(text, count.start))
    at = text.find(noun, opening, count.start)
    while at >= 0:
        if not at or not text[at - 1].isalpha():
            return True  # the noun as a word's start
        at = text.find(noun, at + 1, count.start)
    return False


def _link_in_lead(
    figure: Claim,
    near_units: list[Claim],
    near: list[Claim],
    averaged: bool,
    subject: bool,
    metric: str | None,
    measure: str | None,
    local: list[Claim],
    figures: list[Claim],
    text: str,
    lang: str,
    taken: set,
    parts: set,
) -> None:
    """A figure per unit in the lead: said to be an average (`꼴`, `평균`, `셈`) and stated over the one value of a
    count of the unit its paragraph states in its sentence or the two before (a tie links nothing), with the total
    its own clause states right before it (`매출은 N달러로 한 자루에`, `_restated_per_unit`), or, with none there,
    the one total the count's own sentence right before states with it (`_stated_with`), for one of the unit as the
    clause's subject (`마을 한 곳에서`) whose words name no other noun than the total's. Or, for a figure given out to
    each (`개당 N달러씩`) over that one count, the total its clause states right after it (`개당 N달러씩 M달러다`)."""
    if not near_units or any(c.part_of is not None for c in near_units):
        return
    if _DISTRIBUTIVE[lang].match(text, figure.end):
        count = _one_value(near_units)
        total = _total_after(figure, count, local, parts, text, lang, 0, 0) if count is not None else None
        # (right after it, a total's mark at most between: `개당 N달러씩 M달러`, `곳당 N원씩, 모두 M원`; not another
        # clause's amount, `…씩 모두 지원하는 사업 예산은 M원`)
        if (
            total is not None
            and count.id not in parts
            and _GIVEN_THEN_TOTAL[lang].fullmatch(text, figure.end, total.start)
        ):
            _link(figure, total, count, measure, taken, near_units, text, lang, figures)
            return
    if not averaged:
        return
    count = _one_value(near_units)
    if count is None or (count.sentence != figure.sentence and rest_of_a_split(count, figures, figure)):
        return  # (none, or the rest of a whole split before it: which of the three the figure is per, unsaid)
    own = [
        c
        for c in near
        if c is not count
        and c.sentence == figure.sentence
        and _total_of(c, figure, count, text, lang)
        and _restated_per_unit(figure, c, local, text, lang)
    ]
    if not own and count.sentence == figure.sentence - 1 and subject:
        # (`마을 84곳에서 3천360명이 이용했다. 마을 한 곳에서 40명꼴`: the count and the total stated together in the
        # sentence right before, the one amount of its kind there, none in the figure's own sentence)
        own = [c for c in near if c.sentence == count.sentence and _total_of(c, figure, count, text, lang)]
        if any(
            c.sentence == count.sentence and c is not count and c not in own and c.kind == "count" and c.role == "value"
            for c in local
        ):
            return  # (`산모 150명과 가구 30가구가`: a sentence counting two things, which one is per unit unsaid)
        if metric is not None and not all(_named_before(metric, c, text) for c in own):
            return  # (`회당 평균 관객은` of `자원봉사자 10만명`: the figure names another count's noun)
        if any(
            c.sentence == figure.sentence
            and c is not figure
            and c.kind == figure.kind
            and c.unit == figure.unit
            and (c.counter or "") == (figure.counter or "")
            for c in local
        ) or not all(_stated_with(c, figure, count, figures, text, lang) for c in own):
            return
    total = _one_value(own)
    if total is not None:
        _link(figure, total, count, measure, taken, near_units, text, lang, figures)


def _headline_people(
    figure: Claim,
    figures: list[Claim],
    lead: list[Claim],
    lead_end: int,
    titled: set,
    title_end: int,
    text: str,
    lang: str,
) -> Claim | None:
    """The people the headline counts, for a figure per one person (`1인당`, `이용객 1명당`) when no people are
    counted between the lead and it: the lead's one count of people the title states (rounded or not), the article's
    subject, which a later amount is spent on or earned from."""
    people = _PEOPLE[lang]
    counts = [
        c
        for c in figures
        if c.start < figure.start
        and c.kind == "count"
        and people.fullmatch(c.counter or "")
        and c.value > 1
        and not is_a_rate(c, text, lang)
    ]
    if any(c.start >= lead_end for c in counts):
        return None  # (people counted after the lead, a part or a share's too: which of them, unsaid)
    return _pick([c for c in counts if c in lead], titled, title_end=title_end)


def _restated_per_head(figure: Claim, total: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether a figure per one of the headline's people restates the total it is of: in its clause (`수입은 N억원으로
    1인당`), or as a sentence of its own right after the total's (`…N억원을 썼다. 1인당 …꼴이다`); never with an
    amount of its kind after it in its sentence (`1인당 3만원을 쓴 것으로 보고 … 60억원으로`: its product, maybe)."""
    if any(
        c.sentence == figure.sentence and c.start > figure.end and c.kind == figure.kind and c.unit == figure.unit
        for c in figures
    ):
        return False
    if total.sentence == figure.sentence:
        return not _CLAUSE_BREAK[lang].search(text, total.end, figure.start)
    return total.sentence == figure.sentence - 1 and not any(
        c.sentence == figure.sentence and c.start < figure.start and c.kind == figure.kind for c in figures
    )


def _larger_amount_after(figure: Claim, figures: list[Claim]) -> bool:
    """Whether the figure's sentence states after it a larger amount of its kind and unit (`이용객은 2만팀으로, 한 팀당
    평균 12만원을 써 지역에 24억원이 풀렸다`): with the count stated in that sentence too, what the units at the figure
    make, maybe; a total of a sentence before is then no more the one it divides than that one."""
    return any(
        c.sentence == figure.sentence
        and c.start > figure.end
        and c.kind == figure.kind
        and c.unit == figure.unit
        and c.role == "value"
        and c.low > figure.high
        for c in figures
    )


def _restated_per_unit(figure: Claim, total: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether a figure per unit restates the total its own sentence states before it, in one clause (`사업비는
    N원으로 가구당 평균`), with no other amount of its kind between them nor after it in its sentence; or gives out
    to each the total its clause states after it (`곳당 N원씩 모두 M원`)."""
    if total.sentence != figure.sentence:
        return False
    if total.start > figure.start:
        return _same_clause(figure.end, total.start, text, lang)  # (`곳당 N원씩 모두 M원`: the product it makes)
    if _CLAUSE_BREAK[lang].search(text, total.end, figure.start):
        return False
    return not any(
        c.sentence == figure.sentence
        and c is not figure
        and c is not total
        and c.kind == figure.kind
        and c.unit == figure.unit
        and c.start > total.start
        for c in figures
    )


def _stated_with(total: Claim, figure: Claim, count: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """Whether a total stands where one of the unit as a subject restates it: in the figure's sentence (`예산은
    2억원으로, 1명에 8만원꼴`) or in the count's clause after it (`시설 세 곳을 짓는 데 9억원을`), not beside the count
    as another item (`고객은 20만명, 광고비는 8억원`) nor in a sentence of its own. A clause joined to the count's by a
    connective ending (`농가 120곳이 참여했고, 재배 면적은 960㏊였다`: `[link.comma_clause_joints]`) states it too,
    when it is the one amount of its kind and unit the figure's paragraph states before the figure. Set right after the
    count with a comma, its noun at most between (`26개 팀, 910명이 나섰다`), it is the same event's."""
    if total.sentence == figure.sentence:
        return True
    if total.sentence != count.sentence or total.start < count.end:
        return False
    between = text[count.end : total.start]
    if "," not in between or (_APPOSED_PAIR.fullmatch(between) and not _GENITIVE_AFTER[lang].match(text, total.end)):
        return True  # (`26개 팀, 910명이 나섰다`: the two counts of one event set side by side, no other item)
    if between.count(",") != 1 or not _COMMA_JOINT[lang].search(between):
        return False
    return not any(
        c is not total
        and c.paragraph == figure.paragraph
        and c.start < figure.start
        and c.kind == total.kind
        and c.unit == total.unit
        and (c.counter or "") == (total.counter or "")
        for c in figures
    )


_COMMA_JOINT = ByLanguage(lambda w: rf"(?:{w.comma_clause_joints})")
# `개 팀, `: after a count, its noun at most and a comma, the total right after (no particle, no other word)
_APPOSED_PAIR = compile_exact(r"\s?[^\W\d_]{0,4},\s*")
# `480명의 관중이`: the total right after the count names a noun of its own, another item (`[link.genitive]`)
_GENITIVE_AFTER = ByLanguage(lambda w: rf"(?:{w.genitive})(?![^\W\d_])")
_COMMA_BEFORE_TOTAL = ByLanguage(lambda w: rf",(?=\s*(?:{w.total_marks})(?![^\W\d_]))")
# `씩, 하루 `, `씩, 모두 한 달에 `: the distributive mark, a comma, and the figure's period again before the product
_PERIOD_AGAIN = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.per_unit_distributive_after}),\s*(?:(?:{w.total_marks})\s+)?"
        rf"(?P<period>{w.per_one_unit_period_words})\s*"
    )
)


def _counted_in_its_clause(
    figure: Claim, total: Claim, count: Claim, figures: list[Claim], text: str, lang: str
) -> bool:
    """Whether one of the unit as a subject follows the count its own clause states (`봉사자는 80명으로, 한 사람이`)
    and the sentence right before states one amount of its kind, the total: that count's total given out, no amount
    of another metric (`광고비로 8억원을 썼다. 고객 한 명이 …`, the count named nowhere near)."""
    if count.sentence != figure.sentence or total.sentence != figure.sentence - 1:
        return False
    if _CLAUSE_BREAK[lang].search(text, count.end, figure.start):
        return False
    return not any(
        c is not total and c.sentence == total.sentence and c.kind == total.kind and c.unit == total.unit
        for c in figures
    )


def _same_block(c: Claim, opens: int, title_end: int, text: str) -> bool:
    """Whether a figure of a line before the figure's sentence stands in its block, past the title: copy that breaks
    a line after each sentence or two (`회원 160명이 작품 480점을 냈다.` / `한 사람에 3점꼴이다.`) reads on across
    the break, never across a blank line."""
    return c.start >= title_end and "\n\n" not in text[c.end : opens]


def _after_its_baseline(c: Claim, sentence: list[Claim]) -> bool:
    """Whether a baseline or prior of the count's kind and counter stands before it in its sentence (`지난해(50곳)보다
    20곳 많다`): a count no change is read of (`…에서 N곳으로 M곳 늘었다`, a level) may be the gap from it, or the
    level, which unsaid; no count of units a figure divides."""
    return any(
        b.role in ("baseline", "prior")
        and b.end <= c.start
        and b.kind == c.kind
        and counters_alike(b.counter or "", c.counter or "")
        for b in sentence
    )


def _plain(c: Claim, parts: set, share_parts: set, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether a figure of the line before is a plain value, one a figure per unit may divide or be of: no part
    (`외지 관람객은 1만6천800명으로 전체의 60%`, `관람객의 45%인 12만6천 명`), no figure itself per unit or per a
    period (`1ha에서 28.6톤 가량을 거뒀다`, `매달 3.5톤씩`)."""
    if c.id in parts or c.id in share_parts or c.part_of is not None or c.per_unit_of is not None:
        return False
    opens = sentence_starts[c.sentence]
    if _DISTRIBUTIVE[lang].match(text, c.end) or _PERIOD_IN_GAP[lang].search(
        text, max(opens, c.start - _RATE_MARK), c.start
    ):
        return False  # (`매달 3.5톤씩`, `하루 평균 700명`: given out or counted per a period, a rate itself)
    start = max(opens, c.start - _MARK_REACH)
    return (
        _mark_before(c.start, opens, text, lang) is None
        and search_between(_ONE_AS_SUBJECT[lang], text, start, c.start) is None
    )


def _per_period(c: Claim, sentence_starts: list[int], text: str, lang: str) -> bool:
    """Whether the figure's sentence says, before it, that it is per a period (`하루 평균 400톤을 처리해 2만㎥`)."""
    return bool(_PERIOD_IN_GAP[lang].search(text, sentence_starts[c.sentence], c.start))


def _link(
    figure: Claim,
    total: Claim,
    count: Claim,
    measure: str | None,
    taken: set,
    units: list[Claim],
    text: str,
    lang: str,
    figures: list[Claim],
) -> None:
    # (`figures`: the article's figures, any of which a good bought may name a count of)
    if _DISTRIBUTIVE[lang].match(text, figure.end) and not _object_named_with(figure, count, figures, text, lang):
        return  # (`김치를 사서 먹었다면 ㎏당 5천원씩 M원`: given out per unit of a good no weight of another divides)
    if of_another_year(total, count, text, lang):
        # (`지난해 참여 농가는 N곳으로, 한 곳이 평균` of the title's `올해 M톤`: a total of another year; the total's
        # own count, stated in its sentence, where the figure is dated to the total's year)
        count = _count_of_its_year(figure, total, count, units, text, lang)
        if count is None:
            return
    figure.per_unit_of, figure.units_of = total.id, count.id
    if measure is not None:
        figure.units_measure = measure
    if "relation" not in figure.guesses:
        figure.guesses.append("relation")
    taken.update((total.id, count.id))


def _count_of_its_year(
    figure: Claim, total: Claim, count: Claim, units: list[Claim], text: str, lang: str
) -> Claim | None:
    """The one count of the unit the total's own sentence states with it (`올해 지원금 12억원을 가게 300곳에 나눠
    준다`), when a count of another year was taken (`지난해 지원받은 가게는 240곳이었다`) and the figure, in another
    sentence than that count, is dated to the total's year (`올해 지원금은 한 곳에 400만원꼴`); else none."""
    if (
        figure.sentence == count.sentence
        or figure.period is None
        or "period" in figure.guesses
        or figure.period.year != total.period.year
    ):
        return None
    return _one_value(
        [
            c
            for c in units
            if c is not count
            and c.sentence == total.sentence
            and c.part_of is None
            and not of_another_year(total, c, text, lang)
        ]
    )


def _one_as_subject(
    figure: Claim, opens: int, sentence_starts: list[int], text: str, lang: str
) -> tuple[re.Match | None, bool]:
    """One of the unit as the subject of the figure's clause (`점포 한 곳이 평균`, `한 병에`), never one of a time
    (`한 해`, `한 번에`); and whether its sentence says the figure is an average (`평균`, `꼴`, `셈`, `씩`). One
    that does not is read only when the figure's clause restates a total its sentence states right before it
    (`수선비는 N원으로 책 한 권에 M원`): else it is that one unit's own figure (`한 곳이 20억원을 받았다`)."""
    mark = search_between(_ONE_AS_SUBJECT[lang], text, max(opens, figure.start - _MARK_REACH), figure.start)
    if mark is None:
        # (`창고 한 동의 평균 임대 수입은`: the one's average, said by `평균` before the figure, not `꼴` after it)
        mark = _ONE_OF[lang].search(text, max(opens, figure.start - _MARK_REACH), figure.start)
        if mark is None or not any(_AVERAGE_WORD[lang].fullmatch(word) for word in mark.group("gap").split()):
            return None, False
    if _SUBJECT_PERIOD[lang].search(mark.group("gap")):
        return None, False  # (`점포 한 곳이 한 해 평균`: per a year too, of a total of how many years, unsaid)
    closes = sentence_starts[figure.sentence + 1] if figure.sentence + 1 < len(sentence_starts) else len(text)
    # (the word among the words before the figure, `한 곳이 평균`, or in its clause's close right after it,
    # `8만원꼴`, `40만원씩`, `번 셈이다`: not a later clause's)
    # (a word of its own, `평균 3톤`: never `평균보다`, `평균의`, a comparison of the one unit's own figure with it)
    averaged = any(_AVERAGE_WORD[lang].fullmatch(word) for word in mark.group("gap").split()) or _AVERAGE_WORD[
        lang
    ].search(text, figure.end, min(closes, figure.end + _AVERAGE_AFTER))
    # (`공연 한 번에 500명꼴`: one of the occasions a count of them counts, said to be an average; never `한 번에
    # 300점을 구워 낼 수 있다`, one time's own figure, nor `한 해`, `한 달`, a period)
    if _TIME_NOUN[lang].fullmatch(mark.group("noun")) and not (
        averaged and _OCCASIONS[lang].fullmatch(mark.group("noun"))
    ):
        return None, False
    return mark, bool(averaged)


def _total_after(
    figure: Claim, count: Claim, figures: list[Claim], parts: set, text: str, lang: str, first: int, last: int
) -> Claim | None:
    """The total a figure per unit times its count makes, stated after it: in its sentence (`곳당 3천만원씩 모두
    12억원`) or the next of its paragraph (`…평균 6만원이다. 이에 따라 판매액은 90억원`), `first` to `last` sentences
    after its own; the nearest sentence's one value, never a part, a prior or a figure itself per unit."""
    candidates = [
        c
        for c in figures
        if c.start >= figure.end
        and c.role == "value"
        and c.per_unit_of is None
        and c.product_of is None
        and c.paragraph == figure.paragraph
        and figure.sentence + first <= c.sentence <= figure.sentence + last
        and c.id not in parts
        and c.part_of is None
        and _total_of(c, figure, count, text, lang)
        # (in its own sentence, only in its clause after it, `…씩 모두 12억원`: a later clause's is another's)
        and (c.sentence > figure.sentence or _same_clause(figure.end, c.start, text, lang))
    ]
    if not candidates:
        return None
    nearest = [c for c in candidates if c.sentence == candidates[0].sentence]
    if nearest[0].sentence > figure.sentence:
        if any(
            c.sentence == nearest[0].sentence
            and c.kind == figure.kind
            and c.unit == figure.unit
            and c is not nearest[0]
            and c.per_unit_of is None  # (`…원으로, 한 곳이 평균 N원꼴`: the total's own share per unit, no other total)
            for c in figures
        ):
            return None  # (the next sentence states two of its kind, `적립액은 2억원 … 예산(5억원)`: which one, unsaid)
        opens = max(figure.end, text.rfind(".", figure.end, nearest[0].start) + 1)
        if not _TOTAL_NAMED[lang].search(text, opens, nearest[0].start):
            return None  # (named no total nor sales, `종패 구입 예산 750억원`: another amount, no product)
    return _one_value(nearest)


# `…800명꼴`: right after the figure, the mark of an average per unit (`[link.per_unit_generic_after]`)
_AVERAGE_MARK_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_generic_after})")


def _joined_to_its_total(total: Claim, mark: re.Match, pre: str | None, count: Claim, text: str, lang: str) -> bool:
    """Whether one of the unit right after its period's total (`4천 명에 이르러 한 대가`, `80경기, 코트 한 면에서`)
    is of all the units: its word before the mark the total's verb or the count's noun, not a topic or another noun
    (`…에 이르러 신입 한 사람이`, `…인데 평일에는 한 사람이`: a subset of its own)."""
    raw = mark.group("pre")
    if raw is None:
        return True
    if _TOPIC_WORD[lang].search(raw):
        return False
    if pre is not None and _named_count(pre, count, text):
        return True
    return len(text[total.end : mark.start("pre")].split()) <= 1


# `평일에는`, `신입은`: a word with a topic's particle (`[link.clause_topic_particles]`, `[link.time_topic_particles]`)
_TOPIC_WORD = ByLanguage(lambda w: rf"[^\W\d_]{{2,}}?(?:{w.time_topic_particles}|{w.clause_topic_particles})$")


def _total_of_the_period_before(
    figure: Claim, period: str, in_sentence: dict[int, list[Claim]], opens: int, text: str, lang: str
) -> Claim | None:
    """The total a figure per one unit and per a period too (`한 대가 하루 800명꼴`) restates, its sentence stating it
    before the figure per that same period (`하루 이용객이 4천 명에 이르러`, `하루 80경기, 코트 한 면에서 하루`): the
    nearest value of its kind, unit and counter before it in its sentence (`나흘 동안 320경기가 치러져 하루 80경기`:
    the term's total, then the period's), larger, that period's word right before it (a few words between at most, no
    figure); none, or one marked per no period or another: nothing. The figure is marked an average (`꼴`
    right after it): one unit's own figure (`동문 쪽 한 대가 하루 800명을 맡는다`) restates no total."""
    before = [
        c
        for c in in_sentence.get(figure.sentence, ())
        if c.end <= figure.start
        and c.kind == figure.kind
        and c.unit == figure.unit
        and (c.counter or "") == (figure.counter or "")
    ]
    if not before or not _AVERAGE_MARK_AFTER[lang].match(text, figure.end):
        # (`동문 쪽 한 대가 하루 800명을 맡는다`, `한 대가 하루 최대 3천 명`: one unit's own figure, no average)
        return None
    total = before[-1]
    if total.role != "value" or total.value <= figure.value or total.part_of is not None:
        return None
    marks = list(_PERIOD_IN_GAP[lang].finditer(text, max(opens, total.start - _RATE_MARK - 8), total.start))
    if not marks or marks[-1].group(0) != period:
        return None
    between = text[marks[-1].end() : total.start]
    if any(ch.isdigit() for ch in between) or len(between.split()) > 2:
        return None
    return total


def _period_again(start: int, end: int, period: str, text: str, lang: str) -> bool:
    """Whether only the distributive mark, a comma, a total's mark and the figure's own period stand between a figure
    given out per a period to each (`하루 20개씩`) and the later figure (`, 하루 100개`, `, 모두 한 달에 30개`)."""
    again = _PERIOD_AGAIN[lang].fullmatch(text, start, end)
    return again is not None and again.group("period") == period


def _same_clause(start: int, end: int, text: str, lang: str) -> bool:
    """Whether a figure per unit is given out to each (`3천만원씩`) and a later figure closes the same clause (near, no
    comma, no word making it a cap, `최대`): the total that giving makes. Or whether each one's spending is said to
    come to the later figure (`한 사람당 평균 36만 원을 써 지역에 3억6천만 원이 풀린`, `평균 3만 원을 쓴 것으로 보고,
    … 소비를 60억 원으로`: `[link.per_unit_spent_after]`), a comma after the spending's verb kept; or what comes out
    of or goes into each (`1㎡에서 잔해가 12kg 안팎 나와 모두 96톤`: `[link.per_unit_yield_after]`)."""
    between = text[start:end]
    # (`500t씩, 모두 3만2천t`: a comma right before the total's mark keeps the clause)
    between = _COMMA_BEFORE_TOTAL[lang].sub(" ", between)
    if end - start > _PRODUCT_REACH or _CAP[lang].search(between) is not None:
        return False
    if _DISTRIBUTIVE[lang].match(text, start) is not None:
        return "," not in between
    spent = _SPENT_AFTER[lang].match(text, start) or _YIELD_AFTER[lang].match(text, start)
    return spent is not None and text.count(",", spent.end(), end) <= 1  # (`쓴 것으로 보고, …`: one clause's comma)


# `…원을 써 지역에`, `…원꼴로 쓴 것으로 보고,`: right after a figure per one, each one's spending, what the sum comes to
_SPENT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_spent_after})")
# `…12kg 안팎 나와 모두`, `…45kg이 들어가 모두`: right after a figure per one unit, what comes out of or goes into each
_YIELD_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_yield_after})")
# `…이 들어가 이번 주문에만 `: the total named for a thing of its own (`[link.per_unit_yield_narrowed]`)
_YIELD_NARROWED = ByLanguage(lambda w: rf"(?:{w.per_unit_yield_narrowed})")


def _lead_end(text: str) -> int:
    """Where the lead (the title and the first paragraph) ends. Paragraphs are blocks between blank lines; in copy
    whose body has no blank line (a title, a blank line, then one line a paragraph), they are lines, and a line of
    more sentences than a lead's paragraph holds (a body written as one line) has its first sentences as the lead."""
    at = -1
    for block in range(_LEAD_BLOCKS + 1):
        found = text.find("\n\n", at + 1)
        if found < 0:
            if block == 0:
                return len(text)
            # (no blank line past the title: the body's first line is the lead's paragraph)
            line_end = text.find("\n", at + 2)
            closes = len(text) if line_end < 0 else line_end
            return _lead_sentences(text, at + 2, closes)
        at = found
        while text.startswith("\n", at + 2):
            at += 1
    return at


def _lead_sentences(text: str, opens: int, closes: int) -> int:
    """Where a lead paragraph of `opens`..`closes` ends: at its close, or, for a body written as one paragraph (more
    sentences than a lead's paragraph holds), after its first sentences, the lead's own."""
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(text, opens, closes)]
    if len(ends) <= _LEAD_PARAGRAPH_MAX:
        return closes
    return ends[_LEAD_SENTENCES - 1]


def _mark_before(at: int, opens: int, text: str, lang: str) -> re.Match | None:
    """The mark of one unit before a figure at `at`, in its sentence (`NOUN당`, a few words)."""
    return search_between(_MARK[lang], text, max(opens, at - _MARK_REACH), at)


def _stem(word: str | None, lang: str) -> str | None:
    """A noun without its particle (`홍로의` → `홍로`)."""
    if word is None or _CLAUSE_WORD[lang].search(word):
        # (`비용은 9천만원으로 가구당`, `…인원으로 나눠 보면 1명당`: another word of the clause, no subset's name)
        return None
    particle = _PARTICLE[lang].search(word)
    stem = word[: particle.start()] if particle else word
    if len(stem) < 2 <= len(word) and not _TOPIC[lang].search(word):
        # (`농가`, `단가`: a last letter that reads as a subject's particle is the noun's own; a topic's, `원은`, never)
        stem = word
    return stem if len(stem) >= 2 else None


def _whole_broken_down(
    figure: Claim, count: Claim, near_totals: list[Claim], whole: list[Claim], text: str
) -> Claim | None:
    """The whole the sentences before break down into two or more listed parts (`농협별로는 A가 148톤, B가 102톤`),
    none in the figure's sentence, for a figure whose count its own clause states (`농가는 124곳으로, 한 농가가`):
    the parts are of the whole the figure divides, not a rival of it."""
    if len(near_totals) < 2 or any(c.sentence == figure.sentence or c.part_of is None for c in near_totals):
        return None
    if len({c.part_of for c in near_totals}) != 1:
        return None
    # (`이용 건수는 N건으로, 건당` after `촬영 이용료 N원, 판매 N원`: the count's clause names one of the parts, the
    # one it may divide)
    opens = text.rfind(".", 0, count.start) + 1
    stems = {word[:2] for word in text[opens : count.start].split() if len(word) >= 2 and word[:2].isalpha()}
    if any(stem in text[max(0, c.start - _NOUN_BEFORE_COUNT) : c.start] for c in near_totals for stem in stems):
        return None
    return next((c for c in whole if c.id == near_totals[0].part_of), None)


def _names_of(mark: re.Match, pre: str | None, lang: str) -> list[str]:
    """The noun before a mark, as written and without a particle (`농가` is a noun ending as a particle does)."""
    raw = mark.group("pre")
    names = [pre] if pre else []
    if raw and raw != pre and len(raw) >= 2 and not _CLAUSE_WORD[lang].search(raw):
        names.append(raw)
    return names


def _named_count(noun: str, c: Claim, text: str) -> bool:
    """Whether a count is named with a noun, before it (`농가는 124곳`) or right after it (`124개 농가가`)."""
    return _named_before(noun, c, text) or text.startswith(noun, c.end + text.startswith(" ", c.end))


# `곶감 값은 ㎏당`: a price's noun with the topic's particle right before the mark (its `pre`), the good named before
_PRICE_TOPIC = ByLanguage(lambda w: rf"(?:{w.one_unit_price_nouns})(?:{w.clause_topic_particles})", first_tested=False)
_GOOD_BEFORE = compile_exact(r"(?<![^\W\d_])(?P<good>[^\W\d_]{2,})\s+$")
_GOOD_REACH = 16  # characters before a price's noun where the good it is the price of stands


def _good_priced(mark: re.Match, opens: int, text: str, lang: str) -> str | None:
    """The good a price per one unit of measure is of, named before the price's noun (`곶감 값은 ㎏당`)."""
    if mark.group("pre") is None or not _PRICE_TOPIC[lang].fullmatch(mark.group("pre")):
        return None
    good = _GOOD_BEFORE.search(text, max(opens, mark.start() - _GOOD_REACH), mark.start())
    return good.group("good") if good else None


def _good_right_before(good: str, c: Claim, text: str) -> bool:
    """Whether the word right before a weight names the good (`곶감 9톤`, `곶감을 9톤`; not `감 36톤`)."""
    word = _GOOD_BEFORE.search(text, max(0, c.start - _GOOD_REACH), c.start)
    return word is not None and word.group("good").startswith(good)


def _named_before(noun: str, c: Claim, text: str) -> bool:
    return noun in text[max(0, c.start - _NOUN_BEFORE_COUNT) : c.start]


def _divided(words: str, lang: str) -> str | None:
    """The metric the figure's sentence says it divides, the object of a verb of dividing before the mark (`대원
    수당을 사람 수로 나눠 보면 한 사람에`): a word of letters with an object particle, a divide verb after it."""
    split = words.split()
    for at in range(len(split) - 1, -1, -1):
        particle = _DIVIDED[lang].search(split[at])
        stem = split[at][: particle.start()] if particle else ""
        if len(stem) >= 2 and stem.isalpha():
            return stem if any(_DIVIDE_VERB[lang].match(word) for word in split[at + 1 :]) else None
    return None


def _metric(gap: str, lang: str) -> str | None:
    """The metric the figure's clause names with its topic's particle (`평균 매출은` → `매출`)."""
    for word in reversed(gap.split()):
        topic = _TOPIC[lang].search(word)
        if topic and topic.start() >= 2:
            return word[: topic.start()]
    return None


def _counts(c: Claim, noun: str, pre: str | None, measure: str | None, text: str, lang: str) -> bool:
    """A count of the unit the mark names (or a measure of its dimension)."""
    if measure is not None:
        factor, base = base_unit(measure)
        # (one of the mark's own unit, `1m에 0.2톤씩` of the sentence before, is a mark of its own, no quantity)
        return (
            c.kind == "measure"
            and c.unit == base
            and not math.isclose(c.value, factor)
            and not is_a_rate(c, text, lang)
        )
    if c.kind != "count" or c.value <= 1 or is_a_rate(c, text, lang):
        return False
    counter = c.counter or ""
    people = _PEOPLE[lang]
    if people.fullmatch(noun):
        if not people.fullmatch(counter):
            return False
        # (people are counted of many kinds: the noun before the mark names the count's, when one stands)
        return pre is None or _named_before(pre, c, text)
    if counters_alike(counter, noun) or (_OCCASIONS[lang].fullmatch(counter) and _OCCASIONS[lang].fullmatch(noun)):
        return (
            True  # (`96회` of `공연 한 번에`: the counters of an occasion are one; `24개국` of `한 나라에서`: synonyms)
        )
    after = c.end + text.startswith(" ", c.end)
    if _GENERIC[lang].fullmatch(counter) and text.startswith(noun, after):
        # (`36개 팀` of `팀당`: the noun a counter of anything counts, right after it, whole)
        close = after + len(noun)
        ending = _GENERIC_NOUN_ENDING[lang].match(text, close)
        if ending is not None and (close == len(text) or not text[ending.end() : ending.end() + 1].isalpha()):
            return True
    if (
        not _OCCASION[lang].fullmatch(counter)
        and not people.fullmatch(counter)  # (`2천명 넘게 검진`: people, and the act done to them)
        and any(name and len(name) >= 2 and text.startswith(name, after) for name in (pre, noun))
    ):
        return True  # (`공방 한 곳이`, `공방당` of `28개 공방이`: the noun the count counts stands right after it)
    # (`도서관 대출 9만건`: a count of occasions is no count of the thing named before it)
    return len(noun) >= 2 and _named_before(noun, c, text) and not _OCCASION[lang].fullmatch(counter)


def counts_the_unit(c: Claim, noun: str, pre: str | None, measure: str | None, text: str, lang: str) -> bool:
    """A count of the unit a mark of one names (`12채` of `한 채에`, `150명` of `한 사람당`): for readers of other
    modules (checker/link/one_unit_products_ko.py)."""
    return _counts(c, noun, pre, measure, text, lang)


def _total_of(c: Claim, figure: Claim, count: Claim, text: str, lang: str) -> bool:
    return (
        c.kind == figure.kind
        and c.unit == figure.unit
        and (figure.kind != "count" or (c.counter or "") == (figure.counter or ""))
        and c.value > figure.value
        and not (c.kind == count.kind and c.unit == count.unit and (c.counter or "") == (count.counter or ""))
        and not is_a_rate(c, text, lang)
        and not _own_mark(c, figure, text, lang)  # (itself per unit)
        and not _one_unit_own(c, figure, text, lang)
    )


def _one_unit_own(c: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether the figure `c` is one unit's average, its clause's subject one of a unit and a word saying it is an
    average before it (`농가는 N농가로 한 농가에서 평균 5톤을 딴다`): a figure per one unit itself, no total another
    figure per unit divides. One unit's own figure with no such word (`5㎏ 한 상자에 4만 원`) is the total a price per
    ㎏ divides. The words between hold no figure, the figure per unit least of all (`한 사람이 평균 3만 원을 써 모두
    N원`: the one's words are the 3만 원's, the total after them)."""
    one = search_between(_ONE_AS_SUBJECT[lang], text, max(0, c.start - _MARK_REACH), c.start)
    if one is None or one.start() <= figure.start < c.start or _TIME_NOUN[lang].fullmatch(one.group("noun")):
        return False  # (`한 해에 평균 400톤`: one period's figure, the total of all the units in it)
    gap = one.group("gap")
    return not any(ch.isdigit() for ch in gap) and any(_AVERAGE_WORD[lang].fullmatch(word) for word in gap.split())


def _own_mark(c: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether a unit's mark stands before the figure `c` as its own: not the figure per unit's mark reaching past that
    figure (`한 사람당 평균 3만 원을 써 지역에 60억 원이`: the mark and its words are the 3만 원's)."""
    mark = _mark_before(c.start, 0, text, lang)
    return mark is not None and not (mark.start() <= figure.start and figure.end <= mark.end())


def _pick(
    candidates: list[Claim], titled: set, metric: str | None = None, text: str = "", title_end: int = 0
) -> Claim | None:
    """The lead's one value the title states too (the headline's figure, restated rounded or not); of several, the
    one of the metric the figure names."""
    candidates = [
        c
        for c in candidates
        if any(
            (kind, unit, counter) == (c.kind, c.unit, c.counter or "")
            and abs(c.value - value) <= value * (_ROUNDED - 1)
            for kind, unit, counter, value in titled
        )
    ]
    one = _one_value(candidates)
    if one is None and title_end:
        # (the title states two such values, `180명…추첨 탈락 70명`: the one the lead's body restates is the lead's)
        one = _one_value([c for c in candidates if c.start >= title_end])
    if one is not None or not candidates or not metric:
        return one
    return _one_value([c for c in candidates if _named_before(metric, c, text)])


def _nearest(figure: Claim, candidates: list[Claim]) -> Claim | None:
    """The one candidate nearest the figure by sentences; None when none, or two values as near."""
    if not candidates:
        return None
    best = min(figure.sentence - c.sentence for c in candidates)
    return _one_value([c for c in candidates if figure.sentence - c.sentence == best])


def _one_value(candidates: list[Claim]) -> Claim | None:
    """The candidates' one value (a figure restated, rounded or not, is one: the last statement); None for none or
    two values."""
    if not candidates:
        return None
    values = [c.value for c in candidates]
    if min(values) <= 0 or max(values) > min(values) * _ROUNDED:
        return None
    return candidates[-1]


def _people_paid_from_a_part(total: Claim, count: Claim, figures: list[Claim], text: str, lang: str) -> bool:
    """`예산 T원 … 인건비 A원, 운영비 B원 … 선수는 N명이어서 한 명에게 평균 X원`: a total the article breaks into parts,
    one of them what its people are paid, and a figure per person whose clause names neither: the whole's share or the
    pay part's, unsaid which."""
    if not count.counter or not _PEOPLE[lang].fullmatch(count.counter):
        return False
    name = _PERSONNEL_COST_BEFORE[lang]
    return any(c.part_of == total.id and name.search(text, max(0, c.start - _NAME_REACH), c.start) for c in figures)
