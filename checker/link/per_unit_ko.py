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
the title states and the lead restates (rounded or not), which the article breaks down later. Of two such totals,
the one of the metric the figure's clause names (`매출은`).

Never a member: a prior, a baseline, a change, a share, a figure itself per unit or a rate, a listed part of another
total or a part set beside its share, a figure after the mark. Vetoes: a figure whose sentence states a prior of its
kind (`지난해 4,100원`: which year's total, unsaid); counts of the unit earlier in the figure's paragraph but not near
it (which one, unsaid); a total's kind in the figure's window as a part only (the total there unsaid, not the
lead's); a measure from the lead (a price per a unit of measure over the lead's tonnage is per_unit_apart.py's,
with its vetoes of the quantity's and the sales' names); a subset the mark names (`홍로의 ㎏당`, `성인 회원
1인당`) that the lead's count is not named of; a count of people from the lead for a mark naming no people's
noun. The reading spans sentences and paragraphs, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import beside_their_share
from checker.models import Claim

_KINDS = ("money", "measure", "count")
_BEFORE = 2  # sentences before the figure's own its members may stand in, in its paragraph
_MARK_REACH = 48  # characters before a figure where its unit's mark and the words after it stand
_NOUN_BEFORE_COUNT = 12  # characters before a count where its own noun stands (`교실은 `, `정류장을 올해 `)
_ROUNDED = 1.02  # one figure restated rounded (`6만1천명` in a title, `6만1,300명` in the lead)
_LEAD_BLOCKS = 1  # blank lines before the lead's paragraph at most (a title's)
_SENTENCE_END = re.compile(r"[.!?]$")

# `가구당 `, `농가 한 곳당 평균 `, `창고 한 곳당 상반기 평균 매출은 약 `: the unit's mark, a few words, the figure
_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?:(?P<one>{w.fallback_one_unit})\s?)?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?|[^\s\w.,;:!?()\[\]'\"·~-])\s?(?:{w.unit_price_before})\s+"
        rf"(?P<gap>(?:\d?[^\W\d_]+\s+){{0,5}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
_PERIOD_IN_GAP = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_one_unit_period_words})(?![^\W\d_])")
_PARTICLE = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles}|{w.per_one_unit_noun_particles})$")
_TOPIC = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles})$")
_PEOPLE = ByLanguage(lambda w: rf"(?:{w.one_person_counters}|{w.person_counters})")


def link_per_unit_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    taken = set()
    for c in claims:
        taken.update(i for i in (c.per_unit_of, c.units_of, c.product_of, c.product_units) if i)
    lead_end = _lead_end(text)
    parts = beside_their_share(claims, text)
    title_end = text.find("\n")
    if title_end < 0 or _SENTENCE_END.search(text[:title_end].rstrip()):
        title_end = 0  # (no title: a first line closed as a sentence is the lead's)
    # (the headline's figures, a title's furniture too: the lead's figures an article breaks down later)
    titled = {(c.kind, c.unit, c.counter or "", c.value) for c in claims if c.start < title_end}
    # (a figure restated, a part of a listed total: one of the values a lead states, no member of its own)
    values = [c for c in figures if c.role == "value" and c.per_unit_of is None and c.product_of is None]
    for figure in figures:
        if (
            figure.role != "value"
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.period_ratio is not None
            or figure.per_period_of is not None
            or figure.id in taken
            or figure.start < lead_end  # (a figure of the lead is no breakdown of it)
        ):
            continue
        mark = _mark_before(figure.start, sentence_starts[figure.sentence], text, lang)
        if not mark:
            continue
        gap = mark.group("gap")
        if _PERIOD_IN_GAP[lang].search(gap):
            continue  # (`한 곳당 하루 평균 90명`: per a day too)
        if any(
            c.role in ("prior", "baseline") and c.kind == figure.kind and c.unit == figure.unit
            for c in figures
            if c.sentence == figure.sentence
        ):
            continue  # (`㎏당 5,200원으로 지난해 4,100원보다`: which year's total, unsaid)
        noun, pre = mark.group("noun"), _stem(mark.group("pre"), lang)
        measure = measure_unit(noun, lang)
        if measure is None and not noun.isalpha():
            continue
        # (the members before the mark: the mark's own one, `1㏊당`, is none)
        before = [c for c in values if c is not figure and c.end <= mark.start()]
        near = [
            c
            for c in before
            if c.paragraph == figure.paragraph and figure.sentence - _BEFORE <= c.sentence <= figure.sentence
        ]
        lead = [c for c in before if c.start < lead_end]
        units = [c for c in before if _counts(c, noun, pre, measure, text, lang)]
        near_units = [c for c in units if c in near]
        if near_units:
            count = _nearest(figure, [c for c in near_units if c.part_of is None])
        elif any(c.paragraph == figure.paragraph for c in units):
            count = None  # (counts of the unit earlier in the figure's paragraph: which one, unsaid; not the lead's)
        elif measure is None and (pre is not None or not _PEOPLE[lang].fullmatch(noun)):
            # (the lead's count of a subset the figure names, `홍로의 ㎏당`: the subset's own, or none; people are
            # counted of too many kinds in a lead to take one the figure names no noun of)
            count = _pick([c for c in units if c in lead and (pre is None or _named_before(pre, c, text))], titled)
        else:
            count = None
        if count is None:
            continue
        # (a part beside its share, or listed, in the figure's paragraph: the total there is unsaid, not the lead's)
        totals = [c for c in before if c is not count and _total_of(c, figure, count, text, lang)]
        near_totals = [c for c in totals if c in near]
        whole = [c for c in totals if c.id not in parts and c.part_of is None]
        if near_totals:
            total = _one_value([c for c in near_totals if c in whole])
        else:
            total = _pick([c for c in whole if c in lead], titled, _metric(gap, lang), text)
            topic = _metric(text[sentence_starts[figure.sentence] : mark.start("noun")], lang)
            if total is not None and topic is not None and not _named_before(topic, total, text):
                continue  # (`택배비는 ㎏당 800원`: the topic before the mark is another metric than the lead total's)
        if total is None:
            continue
        figure.per_unit_of, figure.units_of = total.id, count.id
        if measure is not None:
            figure.units_measure = measure
        if "relation" not in figure.guesses:
            figure.guesses.append("relation")
        taken.update((total.id, count.id))


def _lead_end(text: str) -> int:
    """Where the lead (the title and the first paragraph) ends."""
    at = -1
    for _ in range(_LEAD_BLOCKS + 1):
        at = text.find("\n\n", at + 1)
        if at < 0:
            return len(text)
        while text.startswith("\n", at + 2):
            at += 1
    return at


def _mark_before(at: int, opens: int, text: str, lang: str) -> re.Match | None:
    """The mark of one unit before a figure at `at`, in its sentence (`NOUN당`, a few words)."""
    return _MARK[lang].search(text, max(opens, at - _MARK_REACH), at)


def _stem(word: str | None, lang: str) -> str | None:
    """A noun without its particle (`홍로의` → `홍로`)."""
    if word is None:
        return None
    particle = _PARTICLE[lang].search(word)
    stem = word[: particle.start()] if particle else word
    return stem if len(stem) >= 2 else None


def _named_before(noun: str, c: Claim, text: str) -> bool:
    return noun in text[max(0, c.start - _NOUN_BEFORE_COUNT) : c.start]


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
        return c.kind == "measure" and c.unit == base_unit(measure)[1] and not is_a_rate(c, text, lang)
    if c.kind != "count" or c.value <= 1 or is_a_rate(c, text, lang):
        return False
    counter = c.counter or ""
    people = _PEOPLE[lang]
    if people.fullmatch(noun):
        if not people.fullmatch(counter):
            return False
        # (people are counted of many kinds: the noun before the mark names the count's, when one stands)
        return pre is None or _named_before(pre, c, text)
    if counter == noun:
        return True
    return len(noun) >= 2 and _named_before(noun, c, text)


def _total_of(c: Claim, figure: Claim, count: Claim, text: str, lang: str) -> bool:
    return (
        c.kind == figure.kind
        and c.unit == figure.unit
        and (figure.kind != "count" or (c.counter or "") == (figure.counter or ""))
        and c.value > figure.value
        and not (c.kind == count.kind and c.unit == count.unit and (c.counter or "") == (count.counter or ""))
        and not is_a_rate(c, text, lang)
        and not _mark_before(c.start, 0, text, lang)  # (itself per unit)
    )


def _pick(candidates: list[Claim], titled: set, metric: str | None = None, text: str = "") -> Claim | None:
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
