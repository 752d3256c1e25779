"""A Korean average per one unit, its total stated before it and its count of units earlier in the story.

Copy often works a total out per one unit right after stating it: `관객은 모두 2천400명으로 한 번에 평균 80명꼴이었다`
(`30회` of shows stated before), `사업비는 6억원이었다. 식당 한 곳에 5천만원꼴이다` (`식당 12곳` earlier), `한 번
나갈 때마다 9명꼴로 치료한 셈이다`, `도우미는 84명이다. 회관마다 2명씩이다` (`회관 42곳` earlier).

The figure (a count, an amount or a measure, stated as a value) has before it in its clause the mark of one unit: one
(`한`, `1`: `[link.fallback_one_unit]`), the unit's noun, and a unit's, a subject's, a dative's or a means' particle or
none (`이`, `에게`, `로`: `[link.one_unit_subject_particles]`, `[link.one_unit_means_particles]`; never `당`,
`1인당`, the mark of a price or a rate, the per-unit readings' with their vetoes), a few words of no figure between
(`한 번 출동할 때 평균`); never one of a period
(`한 해`, `한 달`: `[link.one_unit_subject_time_nouns]`; occasions apart, `한 번에` of `30회`); or each of a noun
(`회관마다`: `[link.distributed_each_marks]`). Its clause says it is an average or each one's: `평균` between the mark
and it (`[link.average_clause_words]`), `꼴`, `셈`, `씩` right after it (`[link.one_unit_subject_average_words]`), or
its clause closing on `셈이다`, `꼴이다` (`[link.per_unit_restating_endings]`) with no figure between.

Its total is a figure of its kind and unit (one counter for counts) stated as a value before it: the one value of its
own sentence before the mark (`…2천400명으로, 한 번에`), else of the sentence right before in its paragraph; of a
listed total and its parts, the whole (`초등학생 90명과 중학생 30명, 모두 120명`); never a figure per unit, a product,
a figure of one (`1ha에서`), or a part set beside its share. Its count is a count of the unit the mark names
(per_unit_ko.py's `counts_the_unit`: its counter, an occasion's for an occasion, a person's for a person, the noun
before the mark or the one the counter counts: `공부방 1곳에` of `공부방 12곳`, `한 농가가` of `농가는 40곳`), stated
before the figure as a value, every such count one value (a part of them set beside its share counted too: `둥지 36곳
… 이 가운데 27곳(75%)`, all of them or the part, unsaid), not itself the part beside a share. The total ÷ the count is
the figure (F317); partners in other sentences are a guess (a warning).

Never a member: a level a change or a multiple is measured from (`지난해 회원 150명의 3배`), a prior, a baseline, a
change. Vetoes: a figure another reading took, or a figure per a period (`하루 평균`, `날마다 한 곳에`, `한 해`:
`[link.per_day_before]` …, its sentence's words before the figure: its total may be of another span); a cap (`최대`,
`까지`: `[link.product_cap_words]`); a figure of the total's kind after it in its sentence (`한 번에 평균 20명이 타
모두 2천명`: what the units make, the products' reading); a word qualifying the mark's noun (`유료 관객 한 명이`) that
the count is not named with (a subset); a count in its sentence beside another of its counter and another value
(`초등부 300명, 중등부 120명`: one of a list); a count past the lead and outside the figure's paragraph while other
counts of its counter and other values stand before the figure (which part of the story, unsaid); a total of another
year than the count's clause dates it to (per_unit_vetoes.py's `of_another_year`); each of a noun the count is not
named of (`가구마다` of `회관 30곳`: a counter alike is not enough); a total from the sentence before while another
figure of its kind and unit stands anywhere before the figure (which one, unsaid); more of it (`60명이 더`:
`[link.more_to_go_after]`).

Beside these: of amounts the sentence before lists with
their labels (`소독약값이 3천만원, 인건비가 2천만원이다`), the total is the one whose label the figure's
sentence opens on as its topic (`소독약값은 농가 1곳에 10만원꼴`: `[link.clause_topic_particles]`; that
topic is no word qualifying the unit). A total another figure already divides (`㏊당 7톤꼴`) may be divided
again by other units.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.counter_synonyms import counters_alike
from checker.link.per_unit_apart import is_a_rate
from checker.link.per_unit_fallback import partners_taken
from checker.link.per_unit_ko import _lead_end, counts_the_unit
from checker.link.per_unit_vetoes import of_another_year
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import search_between

_LANGS = ("ko",)
_LEVEL_ROLES = ("value", "prior", "baseline")  # (a level stated of a figure's kind, a rival total)
_KINDS = ("money", "measure", "count")
_MARK_REACH = 40  # characters before a figure where the mark of one unit and the words after it stand
_AFTER_REACH = 4  # characters after a figure where its mark of an average stands (`꼴`, `명꼴`)
_CAP_REACH = 6  # characters after a figure where a cap's mark stands (`까지`)
_PRE_REACH = 16  # characters before the mark where the noun it names stands (`공부방 `, `유료 관객 `)
_NAMED_REACH = 20  # characters before a count where the noun and its qualifier stand (`유료 관객 1만명`)
_SHARE_GAP = 10  # characters between a figure and a share right beside it (`55%인 `, `으로 전체의 `)

# `한 번에 평균 `, `식당 한 곳에 `, `한 번 출동할 때 평균 `: one unit, its mark, a few words, the figure
_ONE_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?<![\d.,])(?:{w.fallback_one_unit})\s?(?P<noun>[^\W\d_]{{1,3}}?)"
        rf"(?P<particle>{w.one_unit_subject_particles}|{w.one_unit_means_particles})?\s+"
        rf"(?P<gap>(?:[^\W\d_]+\s+){{0,5}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# `공부방마다 `, `회관마다 `: each of a noun, a few words, the figure given to each (`2명씩`)
_EACH_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{1,4}}?)(?:{w.distributed_each_marks})\s+"
        rf"(?P<gap>(?:[^\W\d_]+\s+){{0,3}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
# `공부방 `, `유료 관객 `: the noun right before the mark, a word of its own, and a word of letters qualifying it
_PRE = ByLanguage(lambda w: r"(?<![^\s])(?:(?P<qualifier>[^\W\d_]+)\s)?(?P<pre>[^\W\d_]{2,})\s$")
# `소독약값은 `: the topic a sentence opens on (`[link.clause_topic_particles]`)
_TOPIC_OPENING = ByLanguage(lambda w: rf"\s*(?P<topic>[^\W\d_]{{2,}}?)(?:{w.clause_topic_particles})\s")
_TIME_NOUN = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_time_nouns})")
_OCCASIONS = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")
_CAP = ByLanguage(lambda w: rf"(?:{w.product_cap_words})")
_AVERAGE = ByLanguage(lambda w: rf"(?:{w.average_clause_words})")
# `32개 팀, `: a comma right after the count or the noun it counts (no `으로`): the next figure another item of a list
_ITEM_JOINT = ByLanguage(lambda w: r"\s?(?P<word>[^\W\d_]+)?,")
_MEANS_END = ByLanguage(lambda w: rf"(?:{w.one_unit_means_particles})$")  # (`48곳으로, `: the count's own clause)
_WORTH = ByLanguage(lambda w: rf"(?:{w.bought_worth_after})")  # (`3만원어치`: the worth of goods bought)
_MORE = ByLanguage(lambda w: rf"(?:{w.more_to_go_after})")  # (`60명이 더 올 셈이다`: more of it, no average)
_EACH_ONES = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_average_words})")  # (`씩`: given to each)
# the clause ends so after the figure (`…명꼴로 치료한 셈이다`): a worked-out average, with no figure between
_RESTATING_END = ByLanguage(lambda w: rf"(?:{w.per_unit_restating_endings})")
_PERIODS = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before}|{w.per_year_before})"
        rf"(?![^\W\d_])"
    )
)


def link_averages_per_one_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    taken = partners_taken(claims)
    # (`재배 면적은 320㏊로 ㏊당 7톤꼴`: a total another figure divides by other units stays free to be divided again)
    divided = {c.per_unit_of for c in claims if c.per_unit_of}
    figures = sorted(
        (c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS and c.role != "conversion"),
        key=lambda c: c.start,
    )
    sentences = group_by_sentence(figures)
    # (a level a change or a multiple is measured from, `지난해 회원 150명의 3배`: an earlier one, no member)
    earlier = {i for c in claims for i in (c.compared_to,) if i} | {c.id for c in claims if c.role != "value"}
    # (a part set beside its share, `40명으로 전체의 62.5%`: one part's, neither the count nor the total of an average)
    shared = _beside_a_share(sorted((c for c in claims if not c.furniture), key=lambda c: c.start), text)
    shared |= {c.share_part for c in claims if c.role == "share" and c.share_part}
    # (the lead reaches the figure only under a title: a first line closed as a sentence is a paragraph of its own)
    first_line = text.split("\n", 1)[0].rstrip()
    lead_end = _lead_end(text) if "\n" in text and not first_line.endswith(".") else 0
    vetoed = (earlier, earlier | shared)  # (built once: a union per figure grows with the article, squared)
    for figure in figures:
        if (
            figure.role != "value"
            or figure.per_unit_of is not None
            or figure.product_of is not None
            or figure.per_period_of is not None
            or figure.part_of is not None
            or figure.id in taken
        ):
            continue
        _link(figure, figures, sentences, taken, divided, vetoed, lead_end, text, lang, sentence_starts)


def _link(
    figure: Claim,
    figures: list[Claim],
    sentences: dict[int, list[Claim]],
    taken: set[str],
    divided: set[str],
    vetoed: tuple[set[str], set[str]],
    lead_end: int,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> None:
    mark = search_between(_ONE_MARK[lang], text, max(0, figure.start - _MARK_REACH), figure.start)
    each = mark is None
    if each:
        mark = search_between(_EACH_MARK[lang], text, max(0, figure.start - _MARK_REACH), figure.start)
        if mark is None:
            return
    noun, gap = mark.group("noun"), mark.group("gap")
    if _TIME_NOUN[lang].fullmatch(noun) and not _OCCASIONS[lang].fullmatch(noun):
        return  # (`한 해`, `한 달`: a period, no unit)
    own = sentences[figure.sentence]
    opening = max([0, *(c.end for c in own if c.end <= mark.start())])
    if _PERIODS[lang].search(text, max(opening, text.rfind(".", 0, mark.start()) + 1), figure.start):
        return  # (`한 곳에 하루 평균`, `날마다 한 곳에`: per a period too)
    after = [c for c in own if c.start >= figure.end]
    if not _averaged(figure, gap, after, text, lang):
        return
    if _CAP[lang].search(gap) or _CAP[lang].search(text, figure.end, figure.end + _CAP_REACH):
        return
    if any(_alike(c, figure) for c in after):
        return  # (`한 번에 평균 20명이 타 모두 2천명`: a product, its total after)
    if _MORE[lang].match(text, figure.end):
        return  # (`한 번 더 열면 60명이 더 올 셈이다`: what more one would bring, no share of a total)
    if _WORTH[lang].match(text, figure.end):
        return  # (`한 명이 3만원어치를 산 셈이다`: the worth of what one bought, no share of a total spent)
    earlier, shared = vetoed
    opening = sentence_starts[figure.sentence] if figure.sentence < len(sentence_starts) else 0
    total = _total(figure, mark.start(), own, sentences, shared, text, lang, opening)
    if total is None or (total.id in taken and total.id not in divided):
        return
    pre = _PRE[lang].search(text, max(0, mark.start() - _PRE_REACH), mark.start())
    qualifier = pre.group("qualifier") if pre else None
    topic = _TOPIC_OPENING[lang].match(text, opening)
    if qualifier and topic is not None and pre.start("qualifier") == topic.start("topic"):
        qualifier = None  # (`소독약값은 농가 1곳에`: the sentence's topic, no word qualifying the unit)
    count = _count(figure, total, noun, pre.group("pre") if pre else None, mark.start(), figures, vetoed, text, lang)
    if (
        count is not None
        and qualifier
        and f"{qualifier} {pre.group('pre')}" not in text[max(0, count.start - _NAMED_REACH) : count.start]
    ):
        return  # (`유료 관객 한 명이` of `관객 5만명`: a subset the count is not named of)
    if count is None or count.id in taken:
        return
    if pre and not _named(pre.group("pre"), count, text):
        return  # (`연어 한 마리에` of `다슬기 640만 마리`: another thing's count)
    if each and not _named(noun, count, text):
        return  # (`가구마다` of `회관 30곳`: each of a noun the count is not named of, its counter alike or not)
    if of_another_year(total, count, text, lang):
        return  # (`지난해 24회 공연했다` … `올해 관객은 N명`: the total of another year than its units)
    joint = _ITEM_JOINT[lang].match(text, count.end)
    if (
        count.sentence == total.sentence
        and count.end <= total.start
        and joint is not None
        and not (joint.group("word") and _MEANS_END[lang].search(joint.group("word")))
    ):
        return  # (`32개 팀, 1천명의 관중`: the total set beside the count as another item, of no unit of it)
    if total.sentence != figure.sentence and any(
        _alike(c, figure) and _plain(c) and c.value != total.value and c.part_of != total.id
        for c in figures
        if c.end <= figure.start and c.sentence != total.sentence
    ):
        return  # (`설치비는 4억원이 들었다. 관리비로는 1억원을`: two amounts of its kind before, which one, unsaid)
    if (
        count.paragraph != figure.paragraph
        and count.start >= lead_end
        and any(
            c.kind == "count"
            and counters_alike(c.counter, count.counter)
            and c.value != count.value
            and c.end <= figure.start
            and _plain(c)
            and c.id not in shared
            for c in figures
        )
    ):
        return  # (a count of the unit paragraphs before, past the lead, beside others of its counter: which, unsaid)
    if any(
        c.kind == "count" and counters_alike(c.counter, count.counter) and c.value != count.value and _plain(c)
        for c in sentences[count.sentence]
        if c.part_of != count.id and c.id not in shared
    ):
        return  # (`초등부 90명, 중등부 30명`: one of a list, which one the unit is, unsaid)
    figure.per_unit_of, figure.units_of = total.id, count.id
    if total.sentence != figure.sentence or count.sentence != figure.sentence:
        figure.guesses = sorted(set(figure.guesses) | {"relation"})
    taken.update((figure.id, total.id, count.id))


def _named(noun: str, count: Claim, text: str) -> bool:
    """Whether the noun names the count: it stands a few words before it or right after its counter."""
    return noun in text[max(0, count.start - _NAMED_REACH) : count.start] or text.startswith(
        noun, count.end + text.startswith(" ", count.end)
    )


def _averaged(figure: Claim, gap: str, after: list[Claim], text: str, lang: str) -> bool:
    """Whether the figure's clause says it is an average: a word before it (`평균`), one right after it (`꼴`), or
    its clause ending so (`…치료한 셈이다`) with no figure between."""
    if _AVERAGE[lang].search(gap) or _EACH_ONES[lang].search(text, figure.end, figure.end + _AFTER_REACH):
        return True
    end = text.find(".", figure.end)
    end = len(text) if end < 0 else end + 1
    if after and after[0].start < end:
        return False
    return _RESTATING_END[lang].search(text, figure.end, end) is not None


def _one(c: Claim) -> bool:
    """A figure of one of its unit as written (`1ha`, `1곳`)."""
    return math.isclose(c.value, c.quantity.written_factor if c.kind == "measure" else 1.0)


def _alike(c: Claim, figure: Claim) -> bool:
    if c.kind != figure.kind or c.unit != figure.unit:
        return False
    return c.kind != "count" or counters_alike(c.counter, figure.counter)


def _plain(c: Claim) -> bool:
    """A figure stated as a value of its own: no listed part, no figure per unit, no product."""
    return (
        c.role == "value" and c.part_of is None and c.per_unit_of is None and c.product_of is None and not c.furniture
    )


def _beside_a_share(claims: list[Claim], text: str) -> set[str]:
    """The figures set right beside a share in their sentence, before or after it (`55%인 1만명`, `1만명으로 전체의
    55%`): one part's, neither the count nor the total of an average."""
    out = set()
    for one, other in zip(claims, claims[1:]):
        if (
            one.sentence == other.sentence
            and other.start - one.end <= _SHARE_GAP
            and "share" in (one.role, other.role)
            and not any(ch.isdigit() for ch in text[one.end : other.start])
        ):
            out.add(other.id if one.role == "share" else one.id)
    return out


def _total(
    figure: Claim,
    mark_start: int,
    own: list[Claim],
    sentences: dict[int, list[Claim]],
    shared: set[str],
    text: str,
    lang: str,
    opening: int,
) -> Claim | None:
    """The one figure of the figure's kind its sentence states before the mark, else the sentence right before in
    its paragraph states: no other level of its kind beside it there (a prior, a baseline, another value)."""
    parts = {c.part_of for group in sentences.values() for c in group if c.part_of}
    for group, limit in ((own, mark_start), (sentences.get(figure.sentence - 1, []), figure.start)):
        found = [
            c
            for c in group
            if c.end <= limit
            and c.paragraph == figure.paragraph
            and _alike(c, figure)
            and _plain(c)
            and c.id not in shared
            and not _one(c)  # (`1ha에서`: the mark of one unit, no total)
            and not is_a_rate(c, text, lang)
        ]
        by_topic = False
        if found and len({c.value for c in found}) != 1:
            found = _named_by_topic(found, group, opening, text, lang)
            if not found:
                return None
            by_topic = True  # (the others are the list's other items, named apart: no rival)
        if found:
            values = {c.value for c in found}
            if len(values) != 1:
                return None
            whole = [c for c in found if c.id in parts]
            total = (whole or found)[-1]
            if not by_topic and any(
                c.role in _LEVEL_ROLES and c.value != total.value and c.part_of != total.id and not _one(c)
                for c in group
                if c.end <= limit and _alike(c, figure)
            ):
                return None  # (`상반기 20톤, 하반기 30톤으로`: two levels set side by side, neither the whole)
            return total
    return None


def _named_by_topic(found: list[Claim], group: list[Claim], opening: int, text: str, lang: str) -> list[Claim]:
    """Of figures listed with their labels (`소독약값이 3천만원, 인건비가 2천만원이다`), the ones whose label the
    figure's sentence opens on as its topic (`소독약값은 농가 1곳에 10만원꼴`): none unless one value."""
    topic = _TOPIC_OPENING[lang].match(text, opening)
    if topic is None:
        return []
    named = []
    for c in found:
        before = max([0, *(d.end for d in group if d.end <= c.start)])
        if topic.group("topic") in text[max(before, c.start - _PRE_REACH) : c.start]:
            named.append(c)
    return named if len({c.value for c in named}) == 1 else []


def _count(
    figure: Claim,
    total: Claim,
    noun: str,
    pre: str | None,
    mark_start: int,
    figures: list[Claim],
    vetoed: tuple[set[str], set[str]],
    text: str,
    lang: str,
) -> Claim | None:
    """The count of the unit the mark names stated before the figure, every such count of one value (a part set
    beside its share too, `46곳 … 29곳(63%)`: the sites used or all of them, unsaid)."""
    earlier, shared = vetoed
    found = [
        c
        for c in figures
        if c.end <= mark_start
        and c is not total
        and c.kind == "count"
        and _plain(c)
        and c.id not in earlier
        and not (figure.kind == "count" and counters_alike(c.counter, figure.counter))
        and counts_the_unit(c, noun, pre, None, text, lang)
    ]
    if len({c.value for c in found}) != 1:
        return None  # (two counts of the unit: which one, unsaid)
    found = [c for c in found if c.id not in shared]
    return found[-1] if found else None
