"""A Korean figure per one named unit whose count the article states paragraphs before it.

Korean copy works a figure out per one of a unit (`요원 한 명에 N원꼴`, `농가 한 곳당 수입이 N원꼴`, `기사 한 명
월급은 평균 N원`, `1회 평균 N원`) from a total it restates in its own clause (`사업비는 N원으로, 요원 한 명에`),
or names with the metric the figure's clause names (`수입이` of `수입은 모두 N원`) in the count's paragraph or the
lead, or that the sentences right before it state (`사업비는 N원이 들었다. … 안마의자 한 대에 N원꼴이다`: a figure's
clause saying nothing but the one and its figure restates the amount just stated); and it leaves the count of the
unit to an earlier paragraph (`요원은 64명으로` three paragraphs up). The per-unit readings before look for the count
near the figure or in the lead only; this one, run after them, takes the count anywhere before the figure:

- a count the noun before the mark names (`요원` of `요원은 64명`, `농가` of `124개 농가`), with no other figure
  between them, of the mark's counter or of people for a person's mark; with no noun before the mark, a count of
  the mark's own counter (`1회` of `N회`), never of people (people are counted of too many kinds);
- a value, whole (no listed part, no part beside its share, no rate, no count given out each, no change, prior or
  baseline), and every such count before the figure of one value (a headline figure restated, rounded or not): two
  values, which one is meant is unsaid, nothing is linked.

The figure must say it is an average (`평균`, `꼴`, `셈`, `씩`) unless its mark is `당`. Vetoes: a figure per a period
too (`점포 한 곳당 한 달 평균`); a prior of its kind stated before it in its sentence; another count of the unit in the
figure's paragraph, in the count's sentence (`지난해 40명, 올해 45명`) or, for people, in the lead (which one it
divides by, unsaid); a unit of measure (per_unit_ko.py's, with the lead's tonnage); a total no larger than it or of
another kind, unit or counter. The reading spans paragraphs, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.extract.units import measure_unit
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import beside_their_share, partners_taken
from checker.link.per_unit_ko import (
    _AVERAGE_AFTER,
    _AVERAGE_WORD,
    _DISTRIBUTIVE,
    _PEOPLE,
    _PERIOD_IN_GAP,
    _TIME_NOUN,
    _counts,
    _lead_end,
    _link,
    _mark_before,
    _named_before,
    _named_count,
    _names_of,
    _one_as_subject,
    _one_value,
    _restated_per_unit,
    _stem,
    _total_of,
)
from checker.models import Claim

_KINDS = ("money", "measure", "count")
_MARK_REACH = 48  # characters before a figure where its unit's mark and the words after it stand
_NOUN_BEFORE_COUNT = 12  # characters before a count where its own noun stands (`요원은 `)
_ROUNDED = 1.02  # one figure restated rounded
_BEFORE = 2  # sentences before the figure's where the total a bare figure restates stands, in its paragraph

# `기사 한 명 월급은 평균 `, `1회 평균 `: one of the unit with no particle, a few words, the figure; a mark only with
# `평균` among the words
_ONE_BARE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?<![\d.,])(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?P<one>{w.fallback_one_unit})\s?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?)\s+"
        rf"(?P<gap>(?:[^\W\d_]+\s+){{1,3}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# `묘목 한 그루를 심는 데 평균 `, `주민 한 명을 진료하는 데 `: what doing it to one of the unit takes, a few words, the
# figure (a cost per one: `… 9,000원이 든 셈이다`)
_ONE_DOING = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:(?<![\d.,])(?P<pre>[^\W\d_]{{2,}})\s+)?(?<![\d.,])(?P<one>{w.fallback_one_unit})\s?"
        rf"(?P<noun>[^\W\d_]{{1,4}}?)(?:{w.one_unit_object_particles})\s+(?:{w.one_unit_doing_marks})\s+"
        rf"(?P<gap>(?:[^\W\d_]+\s+){{0,2}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# after a figure whose clause says nothing but the one and the figure (`안마의자 한 대에 48만원꼴이다.`)
_BARE_CLOSE = ByLanguage(lambda w: rf"(?:{w.per_one_unit_bare_close})")
_COST_NOUN = ByLanguage(lambda w: rf"(?:{w.per_one_cost_nouns})$")
_METRIC_PARTICLE = ByLanguage(lambda w: rf"(?:{w.per_one_unit_metric_particles})$")


def link_per_one_unit_apart_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    lead_end = _lead_end(text)
    title_end = max(text.find("\n"), 0)
    candidates = [
        c
        for c in figures
        if c.role == "value"
        and c.per_unit_of is None
        and c.product_of is None
        and c.period_ratio is None
        and c.per_period_of is None
        and c.start >= lead_end
        and c.low > 0
    ]
    if not candidates:
        return
    taken = partners_taken(claims)
    parts = beside_their_share(claims, text)
    values = [c for c in figures if c.role == "value" and c.per_unit_of is None]
    counts = [
        c
        for c in values
        if c.kind == "count"
        and c.value > 1
        and c.part_of is None
        and c.id not in parts
        and c.product_of is None
        and not is_a_rate(c, text, lang)
        and not _DISTRIBUTIVE[lang].match(text, c.end)  # (`2명씩`: itself per unit)
    ]
    # (every count stated as a value, a part too: one of the unit near the figure is a rival of a far one)
    stated = [
        c
        for c in values
        if c.kind == "count"
        and c.value > 1
        and not is_a_rate(c, text, lang)
        and not _DISTRIBUTIVE[lang].match(text, c.end)
    ]
    for figure in candidates:
        if figure.id in taken:
            continue
        opens = sentence_starts[figure.sentence]
        mark = _mark_before(figure.start, opens, text, lang)
        if mark is None:
            mark, averaged = _one_as_subject(figure, opens, sentence_starts, text, lang)
            if mark is None:
                mark, averaged = _one_doing(figure, opens, sentence_starts, text, lang)
            if mark is None:
                mark = _ONE_BARE[lang].search(text, max(opens, figure.start - _MARK_REACH), figure.start)
                averaged = mark is not None and any(
                    _AVERAGE_WORD[lang].fullmatch(word) for word in mark.group("gap").split()
                )
            if mark is None or not averaged:
                continue
        noun = mark.group("noun")
        gap = mark.group("gap")
        if mark.re is _ONE_DOING[lang] and all(_AVERAGE_WORD[lang].fullmatch(word) for word in gap.split()):
            gap = (
                ""  # (`한 그루를 심는 데 평균 9,000원이 든 셈이다`: the one and the figure, nothing of another metric)
            )
        if not noun.isalpha() or measure_unit(noun, lang) is not None or _TIME_NOUN[lang].fullmatch(noun):
            continue
        if _PERIOD_IN_GAP[lang].search(gap):
            continue  # (`점포 한 곳당 한 달 평균 40건`: per a month too)
        if any(
            c.sentence == figure.sentence
            and c.start < figure.start
            and c.role in ("prior", "baseline")
            and c.kind == figure.kind
            and c.unit == figure.unit
            for c in figures
        ):
            continue  # (`지난해 4,100원에서 한 곳에 5,200원으로`: which year's figure, unsaid)
        pre = _stem(mark.group("pre"), lang)
        names = _names_of(mark, pre, lang)
        people = _PEOPLE[lang].fullmatch(noun) is not None
        if people and not names:
            continue  # (`한 명에`: people of which count, unsaid)
        units = [c for c in counts if c.end <= mark.start() and _counts(c, noun, pre, None, text, lang)]
        if any(not _earlier(c) for c in units):
            # (`지난해 관람객은 3만1천 명으로`: a count dated a year before the story's beside one of now, the earlier
            # time's level)
            units = [c for c in units if not _earlier(c)]
        if names:
            units = [c for c in units if any(_named_count(n, c, text) and _nothing_between(n, c, text) for n in names)]
        else:
            units = [c for c in units if c.counter == noun]
        count = _one_value(units)
        if count is None and people and names and not units:
            # (`방문객 한 명에 들어간 예산은`, no count of people the noun names: the headline's count of people, the
            # story's whole, `축제 열흘간 31만 명 찾아` restated in the lead)
            count = _headline_people(counts, stated, title_end, lead_end, lang)
        titles = [c for c in stated if c.start < title_end and c.counter == count.counter] if count else []
        if count is None or (count.start < lead_end and not _titled(count, units + titles, title_end)):
            # (a count of the lead the title does not state, `올해 도서관 36곳을 새로 열었다`: maybe a part of what
            # the figure's total is spent on, the new ones; the headline's count is the story's whole, stated there
            # with its noun or without it, `축제 9일간 8만 명`)
            continue
        rivals = [
            c
            for c in stated
            if c.end <= mark.start()
            and abs(c.value - count.value) > count.value * (_ROUNDED - 1)
            and (not _earlier(c) or _earlier(count))
            # (a part too in the figure's own paragraph, `읍내에 14곳, 면에 22곳`; elsewhere a whole)
            and (
                c.paragraph == figure.paragraph
                or c in counts
                and (c.sentence == count.sentence or (people and c.start < lead_end))
            )
            and _counts(c, noun, None, None, text, lang)
        ]
        if names:
            # (`신규 조합원 30명` right after it, in its paragraph or the next: another count its noun names; which one
            # it divides by, unsaid; one paragraphs later is another topic's)
            rivals += [
                c
                for c in counts
                if c.start > figure.end
                and c.paragraph <= figure.paragraph + 1
                and abs(c.value - count.value) > count.value * (_ROUNDED - 1)
                and _counts(c, noun, pre, None, text, lang)
                and any(_named_count(n, c, text) for n in names)
            ]
        if rivals:
            # (another count of the unit in the figure's paragraph, `특별전은 N명을 모았다`, or in the count's sentence,
            # `지난해 40명, 올해 45명`, or of people in the lead, the story's own: which one it divides by, unsaid)
            continue
        total = _total(figure, count, mark, gap, values, figures, parts, text, lang, lead_end)
        if total is None or total is count:
            continue
        _link(figure, total, count, None, taken, [], text, lang, figures)


def _total(
    figure: Claim,
    count: Claim,
    mark: re.Match,
    gap: str,
    values: list[Claim],
    figures: list[Claim],
    parts: set,
    text: str,
    lang: str,
    lead_end: int,
) -> Claim | None:
    """The total the figure divides: the one its own clause restates before it (`지원금은 N원으로 한 곳에`); else the
    one value named with the metric its clause names (`수입이` of `수입은 모두 N원`); else, for a figure whose clause
    says nothing but the one and the figure, the one whole amount of its kind the sentences right before it state in
    its paragraph (its listed parts aside)."""
    before = [
        c
        for c in values
        if c.end <= mark.start() and c is not count and c.low > 0 and _total_of(c, figure, count, text, lang)
    ]
    own = [c for c in before if c.sentence == figure.sentence and _restated_per_unit(figure, c, figures, text, lang)]
    if own:
        return _one_value(own)
    if any(c.sentence == figure.sentence for c in before):
        return None  # (an amount of its kind earlier in its sentence, another clause's: which total, unsaid)
    metric = _metric(gap, lang)
    if metric is not None:
        # (a cost named so in the figure's own paragraph before it, `축제 예산은 9억 원으로 … 방문객 한 명에 들어간
        # 예산은`: what was spent on all of them; sales per head have rival totals, whose buyers, unsaid) — when the
        # count is the story's (the lead's) or the figure's paragraph's: a count of another paragraph may be of
        # another period (`2분기 이용객` against a year's cost)
        own = [c for c in before if c.paragraph == figure.paragraph and _named_before(metric, c, text)]
        story_count = count.start < lead_end or count.paragraph == figure.paragraph
        if own and story_count and _COST_NOUN[lang].search(metric):
            return _one_value(own)
        # (named so and stated in the count's paragraph, `기사 10명의 월급 N원`, the two the figure divides; or in the
        # lead, the story's own total)
        return _one_value(
            [
                c
                for c in before
                if _named_before(metric, c, text) and (c.paragraph == count.paragraph or c.start < lead_end)
            ]
        )
    if gap.strip() or not _BARE_CLOSE[lang].match(text, figure.end):
        return None
    window = [
        c
        for c in figures
        if c.paragraph == figure.paragraph
        and figure.sentence - _BEFORE <= c.sentence < figure.sentence
        and c.kind == figure.kind
        and c.unit == figure.unit
        # (`두부 1모에 콩 120g꼴`: a figure per one unit of another thing is a rate, no rival amount)
        and not stated_per_one(c, text, lang)
    ]
    wholes = [c for c in before if c in window and c.part_of is None and c.id not in parts]
    total = _one_value(wholes)
    if total is None or any(c is not total and c.part_of != total.id for c in window):
        return None  # (another amount of its kind, not a listed part of the total: which one it restates, unsaid)
    return total


def _one_doing(
    figure: Claim, opens: int, sentence_starts: list[int], text: str, lang: str
) -> tuple[re.Match | None, bool]:
    """One of the unit as the object of what the figure's clause says doing it takes (`묘목 한 그루를 심는 데`), never
    one of a time; and whether the clause says the figure is an average (`평균`, `꼴`, `셈`): else it is that one's own
    price (`한 그루를 심는 데 9,000원이 든다`: what one costs, no total divided)."""
    mark = _ONE_DOING[lang].search(text, max(opens, figure.start - _MARK_REACH), figure.start)
    if mark is None or _TIME_NOUN[lang].fullmatch(mark.group("noun")):
        return None, False
    closes = sentence_starts[figure.sentence + 1] if figure.sentence + 1 < len(sentence_starts) else len(text)
    averaged = any(_AVERAGE_WORD[lang].fullmatch(word) for word in mark.group("gap").split()) or bool(
        _AVERAGE_WORD[lang].search(text, figure.end, min(closes, figure.end + _AVERAGE_AFTER))
    )
    return mark, averaged


def _earlier(c: Claim) -> bool:
    """Whether a figure is dated a year before the one the story is published in (`지난해 관람객은`)."""
    return c.published is not None and c.period is not None and c.period.year < c.published.year


def _headline_people(
    counts: list[Claim], stated: list[Claim], title_end: int, lead_end: int, lang: str
) -> Claim | None:
    """The count of people the title states and the lead's body restates (rounded or not), of one value: the story's
    whole (`축제 열흘간 31만 명 찾아` and `31만2천 명이 다녀갔다`)."""
    people = _PEOPLE[lang]
    titled = [c for c in stated if c.start < title_end and c.counter and people.fullmatch(c.counter)]
    if len({c.value for c in titled}) != 1:
        return None  # (none, or two counts of people in the title: which one is the story's, unsaid)
    return _one_value(
        [
            c
            for c in counts
            if title_end <= c.start < lead_end
            and c.counter
            and people.fullmatch(c.counter)
            and abs(c.value - titled[0].value) <= c.value * (_ROUNDED - 1)
        ]
    )


def _titled(count: Claim, units: list[Claim], title_end: int) -> bool:
    """Whether the title states the count too (one of the counts of the unit, in the title, of its value)."""
    return any(c.start < title_end and abs(c.value - count.value) <= count.value * (_ROUNDED - 1) for c in units)


def _nothing_between(noun: str, c: Claim, text: str) -> bool:
    """Whether a count named with a noun before it has no other figure between the noun and it (`요원은 64명으로,
    2명씩`: the noun names the first count, not the second)."""
    at = text.rfind(noun, max(0, c.start - _NOUN_BEFORE_COUNT), c.start)
    return at < 0 or not any(ch.isdigit() for ch in text[at + len(noun) : c.start])


def _metric(gap: str, lang: str) -> str | None:
    """The metric the figure's clause names as its subject or topic (`위판 수입이` → `수입`, `인건비는` → `인건비`)."""
    for word in reversed(gap.split()):
        particle = _METRIC_PARTICLE[lang].search(word)
        if particle and particle.start() >= 2:
            return word[: particle.start()]
    return None
