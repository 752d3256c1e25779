"""A Korean figure per one unit, and in its own sentence the count of that unit and the total they make.

Copy that states what one unit takes often multiplies it out in the same sentence: `한 채에 드는 공사비는
평균 2천만원으로, 12채에 모두 2억4천만원이 들었다`, `참가자는 한 사람당 6분씩 연주해, 150명이 모두 하면
900분`, `이앙기 한 대로 하루 평균 4㏊를 심어, 30대가 함께 돌면 하루 120㏊`; or counts the units first and gives
each its share before the total: `직원 7명이 한 사람에 하루 9개씩, 모두 63개를 만든다`.

The figure (a count, an amount or a measure, stated as a value) has before it in its clause the mark of one unit: one
(`한`, `1`: `[link.fallback_one_unit]`), the unit's noun, and the mark of a unit's price, a subject's or a dative's
particle or that of a means (`당`, `이`, `에`, `로`: `[link.unit_price_before]`, `[link.one_unit_subject_particles]`,
`[link.one_unit_means_particles]`), a few words of no figure between; never one of a period (`한 해`, `한 달`:
`[link.one_unit_subject_time_nouns]`, occasions apart: `한 번에` of `24회`). Its total is the first figure after it in
its sentence of its kind and unit (one counter for counts), larger; its count the one count of the unit the mark names
(per_unit_ko.py's `counts_the_unit`: its counter, a person's for a person, an occasion's for an occasion) that the
sentence states between the figure and its total. The total ÷ the count is the figure (F317).

A count before the mark (`직원 7명이 한 사람에 하루 9개씩`) or in the sentences before is not read here: earlier
sessions' frames keep those to other readings, with their vetoes (another noun's or another year's lot).

Vetoes: one unit as a subject (`이`, `가`: `[link.one_unit_nominative_particles]`) with no mark of an average or
each one's (`평균`, `씩`, `꼴`, `가량`) and no period (`선수 한 명이 20점을`: what one did); a cap (`최대`, `까지`:
`[link.product_cap_words]`) by the figure or before the total; a period before the total
that the figure's clause does not name too (`한 달 10만원 … 한 해 N원`: another period's total), or a term in the
sentence (`20일 동안`: `[link.distributed_term_words]`) for a figure per a period, whose total states its period
again or follows it given out to each, a total's mark at most between (`하루 9개씩, 모두 63개`); two counts of the
unit (which, unsaid); a connective and a comma between the count and the total (`…에게 지급했고, 총 5조원의 예산을`:
another act's total, `[link.comma_clause_joints]`); a prior year set apart as a topic between the figure and its
count (`…줬는데, 지난해에는 600명이`: `[link.prior_year_openers]`); a figure, total or count another reading took
already.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.counter_synonyms import counters_alike
from checker.link.per_unit_fallback import partners_taken
from checker.link.per_unit_ko import counts_the_unit
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import search_between

_LANGS = ("ko",)
# a connective ending and a comma between the count and the total (`[link.comma_clause_joints]`): another act's total
_CLAUSE_JOINT = ByLanguage(lambda w: rf"(?:{w.comma_clause_joints})")
# a prior year opening a clause between the figure and its count (`[link.prior_year_openers]`): another year's count
_PRIOR_YEAR = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.prior_year_openers})(?![^\W\d_])")
# … set apart as a topic (`지난해에는`; `지난해 18회 공연으로` dates the count and the total alike)
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.topic_particles})$")
_KINDS = ("money", "measure", "count")
_MARK_REACH = 40  # characters before a figure where the mark of one unit and the words after it stand
_PERIOD_REACH = 12  # characters before a total where a period it is of stands (`하루 `, `한 달 `)
_CAP_REACH = 6  # characters after a figure where a cap's mark stands (`까지`)

# `한 채에 드는 공사비는 평균 `, `한 사람당 `, `이앙기 한 대로 하루 평균 `: one unit, its mark, a few words, the figure
_ONE_MARK = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?<![\d.,])(?:{w.fallback_one_unit})\s?(?P<noun>[^\W\d_]{{1,3}}?)"
        rf"(?P<particle>{w.unit_price_before}|{w.one_unit_subject_particles}|{w.one_unit_means_particles})?\s+"
        rf"(?P<gap>(?:[^\W\d_]+\s+){{0,5}}?)(?:(?:{w.hedges})\s?)?$"
    )
)
_TIME_NOUN = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_time_nouns})")
_OCCASIONS = ByLanguage(lambda w: rf"(?:{w.occasion_counters})")
_CAP = ByLanguage(lambda w: rf"(?:{w.product_cap_words})")
# `씩 `, `씩, 모두 `: a figure given out to each, then right after it the total, a total's mark at most between
_GIVEN_THEN_TOTAL = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})\s?,?\s?(?:(?:{w.total_marks})\s?)?")
# `선수 한 명이 20점을 넣었고`: one unit as a subject (`이`, `가`) does what one of them did, not each, unless the
# figure is told an average or each one's (`평균`, `씩`, `꼴`, `가량`) or per a period (`한 마리가 하루 500g`)
_NOMINATIVE = ByLanguage(lambda w: rf"(?:{w.one_unit_nominative_particles})")
_EACH_ONES = ByLanguage(lambda w: rf"(?:{w.one_unit_subject_average_words}|{w.share_hedges_after})")
_AFTER_REACH = 4  # characters after a figure where its mark of an average or each one's stands (`씩`, `가량`)
_TERM = ByLanguage(lambda w: rf"(?:{w.distributed_term_words})")
_PERIODS = {
    name: ByLanguage(lambda w, cls=cls: rf"(?<![^\W\d_])(?:{getattr(w, cls)})(?![^\W\d_])")
    for name, cls in (
        ("day", "per_day_before"),
        ("week", "per_week_before"),
        ("month", "per_month_before"),
        ("year", "per_year_before"),
    )
}


def link_one_unit_products_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    taken = partners_taken(claims)
    figures = [c for c in claims if not c.furniture and c.role == "value" and c.kind in _KINDS]
    for sentence in group_by_sentence(figures).values():
        if len(sentence) < 2:
            continue
        for at, figure in enumerate(sentence):
            if figure.per_unit_of is not None or figure.id in taken or figure.part_of is not None:
                continue
            _link(figure, at, sentence, taken, text, lang)


def _link(figure: Claim, at: int, sentence: list[Claim], taken: set[str], text: str, lang: str) -> None:
    # (the words between the mark and the figure hold no digit: no figure of the sentence stands between)
    mark = search_between(_ONE_MARK[lang], text, max(0, figure.start - _MARK_REACH), figure.start)
    if mark is None:
        return
    noun = mark.group("noun")
    if _TIME_NOUN[lang].fullmatch(noun) and not _OCCASIONS[lang].fullmatch(noun):
        return  # (`한 해`, `한 달`: a period, no unit)
    if _CAP[lang].search(mark.group("gap")) or _CAP[lang].search(text, figure.end, figure.end + _CAP_REACH):
        return
    total = next((c for c in sentence[at + 1 :] if _alike(c, figure)), None)
    if total is None or total.value <= figure.value or total.id in taken or total.per_unit_of is not None:
        return
    counts = [
        c
        for c in sentence
        if c.kind == "count"
        and c is not figure
        and c is not total
        and not (mark.start() <= c.start < figure.start)  # (`한 대`: the mark's own one)
        and figure.end <= c.start < total.start
        and not counters_alike(c.counter, figure.counter)
        and counts_the_unit(c, noun, None, None, text, lang)
    ]
    if len(counts) != 1 or counts[0].id in taken:
        return
    (count,) = counts
    if _CAP[lang].search(text, max(count.end, total.start - _PERIOD_REACH), total.start):
        return
    if _CLAUSE_JOINT[lang].search(text, count.end, total.start):
        return  # (`1인당 25만원씩 120만명에게 지급했고, 총 5조원의 예산을`: the total of another act)
    prior = _PRIOR_YEAR[lang].search(text, figure.end, count.start)
    if prior is not None and _TOPIC_END[lang].search(prior.group(0)):
        return  # (`한 사람당 3권씩 나눠 줬는데, 지난해에는 600명이`: another year's, set apart as a topic)
    own = _periods(text[mark.start() : figure.start], lang)
    if (
        mark.group("particle")
        and _NOMINATIVE[lang].fullmatch(mark.group("particle"))
        and not own
        and not _EACH_ONES[lang].search(mark.group("gap"))
        and not _EACH_ONES[lang].search(text, figure.end, figure.end + _AFTER_REACH)
    ):
        return  # (`선수 한 명이 20점을 넣었고, 팀 12명은 모두 240점`: one player's, no average)
    of_total = _periods(text[max(count.end, figure.end, total.start - _PERIOD_REACH) : total.start], lang)
    if of_total - own:
        return  # (`한 달 10만원 … 한 해 N원`: the total of another period)
    if own and _TERM[lang].search(text, sentence[0].start, sentence[-1].end):
        return  # (`20일 동안 하루 25명씩`: the term multiplies too)
    if own and not of_total and not _GIVEN_THEN_TOTAL[lang].fullmatch(text, figure.end, total.start):
        return  # (`한 곳이 하루에 쓰는 물은 90톤으로, 15곳이 여름 내내 쓰는 물은`: a total of a term it leaves unsaid)
    figure.per_unit_of, figure.units_of = total.id, count.id
    taken.update((figure.id, total.id, count.id))


def _alike(c: Claim, figure: Claim) -> bool:
    if c.kind != figure.kind or c.unit != figure.unit:
        return False
    return c.kind != "count" or counters_alike(c.counter, figure.counter)


def _periods(words: str, lang: str) -> set[str]:
    return {name for name, pattern in _PERIODS.items() if pattern[lang].search(words)}
