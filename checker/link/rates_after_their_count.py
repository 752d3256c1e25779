"""A figure per one of the count right before it: `조업에 나선 어선은 30척으로 한 척이 평균 50톤을 잡았다`,
`방문객은 300만명으로, 1명이 평균 5만원꼴을 썼다`, `판매한 칼은 40만자루로, 한 자루에 5만원꼴이다`.

The rate (money, a count or a measure, a value) follows, in its sentence, a count and the one of that count's own
counter (`[link.one_before_counter]`: `한 척`, `1명`; a counter of one person for a count of people, `1인`:
`[link.one_person_counters]`) as the subject or marked per it (`[link.clause_subject_particles]`,
`[link.per_one_noun_marks]`, `[link.per_noun_marks]`: `이`, `가`, `에`, `당`), past the count's particle of a level
(`[link.to_particles]`: `120만명에게 1인당` shares out a total another count may share too), a noun (`전문의 1명이`)
and a word or two (`평균`): the one is one of those counted, so the count is the units. So is the count's counter
marked per unit (`2,000건으로 건당`). A count of another counter before the one (`관객은 5만명으로 한 회에`) says
nothing of which units. The total is the one figure of the rate's kind (a count of its counter, a measure of its
unit, money of its currency) its sentence states as a value before the count (the two stated together), else the
lead's (rates_then_each.py: the body's first sentence past a headline, of one value), a guess (`guesses`), unless
a sentence past the lead's states an amount of the rate's kind too and names the word opening the count's sentence,
which the lead's does not (`… 2억 달러에 배를 짓는 계약을 따냈다. 계약 선박은 4척으로, 척당 5천만 달러꼴`): which
the units share out is not said. A rate
per a shorter period too (`한 대가 하루 평균 27명`) is none: the count alone does not divide its total. The per-unit
check (F317) divides the total by the units. A count its clause dates to a year (`지난해 수매에 참여한 농가는 N곳으로`:
per_unit_vetoes.py `of_another_year`) shares out no lead's total of another year; only that year's one amount of its
kind stated before, when it is a prior compared with in a sentence naming the act the count's clause names
(`올해 수매 물량은 M톤으로, 지난해 K톤보다`), or none.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import is_a_rate, per_shorter_period
from checker.link.per_unit_vetoes import dating_words, of_another_year
from checker.link.rates_then_each import lead_total, same_kind
from checker.link.segment import sentence_end
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

# `30척으로 한 척이 평균 `, `300만명으로, 1명이 평균 `, `40만자루로, 한 자루에 `, `2,000건으로 건당 `, `14명으로, 전문의
# 1명이 `: the count's particle, then (past a noun) one of a counter as the subject or marked per it, or a counter
# marked per unit, then a word or two before the rate
_ONE_OF_IT = ByLanguage(
    lambda w: (
        rf"(?:{w.to_particles})\s?,?\s?(?:(?!{w.one_before_counter})(?P<noun>[^\W\d_]{{1,6}})\s)?"
        rf"(?P<one>{w.one_before_counter})?(?P<counter>[^\W\d_]{{1,3}}?)"
        rf"(?:(?P<per>{w.per_noun_marks})|{w.clause_subject_particles}|{w.per_one_noun_marks})"
        rf"(?:\s[^\W\d_]{{1,5}}){{0,2}}\s?"
    )
)
_ONE_PERSON = ByLanguage(lambda w: rf"(?:{w.one_person_counters})")
_KINDS = ("money", "count", "measure")
_WORD = compile_exact(r"[^\W\d_]{2,}")

_STEM = 2  # leading letters of a word naming the count's act that the prior's sentence repeats (`수매에`: `수매`)


def link_rates_after_their_count(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    pattern = _ONE_OF_IT[lang]
    for i, rate in enumerate(figures):
        if i == 0 or rate.role != "value" or rate.per_unit_of is not None or rate.kind not in _KINDS:
            continue
        units = figures[i - 1]
        if i > 1 and units.kind == "count" and units.value == 1 and units.sentence == rate.sentence:
            units = figures[i - 2]  # (`1명이`: the one read as a figure of its own)
        if units.sentence != rate.sentence or units.kind != "count" or units.role != "value" or not units.counter:
            continue
        one = pattern.match(text, units.end)
        if one is None or one.end() != rate.start or units.low <= 0 or not _of_the_count(one, units, lang):
            continue
        if same_kind(units, rate) or per_shorter_period(rate, text, lang):
            continue  # (`한 대가 하루 평균 27명`: of a total of some days, which the units alone do not divide)
        own = [
            c
            for c in by_sentence[rate.sentence]
            if c.end <= units.start and c.role == "value" and c.per_unit_of is None and same_kind(c, rate)
        ]
        if len(own) > 1:
            continue  # which is divided: not said
        total = own[0] if own else lead_total(figures, i, units, text, lang)
        if total is not None and not own and of_another_year(total, units, text, lang):
            # (`지난해 수매에 참여한 농가는 N곳으로, 한 곳이 평균`: the count is of a year the lead's total is not; that
            # year's one total, compared before in a sentence naming the act the count's clause names, or none)
            total = _prior_of_its_year(figures[:i], units, rate, text, lang, sentence_starts)
        if total is None or (not own and total.sentence == rate.sentence) or total.value <= rate.value:
            continue
        line = None if own else _units_own_line(by_sentence, rate, units, total, text, lang, sentence_starts)
        if line is not None:
            total = line  # (`… 매출 900억원 … 화장지 300억원 … 화장지 판매량은 1억개로, 개당`: that line's takings)
        elif not own and _rival_named(by_sentence, rate, units, total, text, sentence_starts):
            continue  # (`2억 달러에 … 계약 … 계약 선박은 4척으로, 척당`: that amount's units, maybe)
        rate.per_unit_of, rate.units_of = total.id, units.id
        if not own:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _prior_of_its_year(
    before: list[Claim], units: Claim, rate: Claim, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    """The one amount of the rate's kind stated before the count and dated, as read, to the count's year, when it is
    a prior compared with (`올해 수매 물량은 60톤으로, 지난해 50톤보다`) in a sentence naming, before it, the act the
    count's clause names between its year and its noun (`지난해 수매에 참여한 농가는 200곳으로`): that year's total
    of that act. Any other amount of the kind dated so (`지난해 밤 12톤을 수출했다`, `지난해 전국 수매량은`), a
    clause naming no act, or another (`지난해 냉해 본 농가는`): none."""
    found = [
        c
        for c in before
        if c is not units
        and c.role in ("value", "prior", "baseline")
        and c.per_unit_of is None
        and c.part_of is None
        and same_kind(c, rate)
        and c.period is not None
        and "period" not in c.guesses
        and c.period.year == units.period.year
    ]
    if len(found) != 1 or found[0].role == "value" or found[0].value <= rate.value:
        return None
    prior = found[0]
    words = dating_words(units, text, lang) or []
    said = text[sentence_starts[prior.sentence] : prior.start]
    acts = [w[:_STEM] for w in words[:-1] if len(w) > _STEM]
    return prior if acts and acts[0] in said else None


def _rival_named(
    by_sentence: dict[int, list[Claim]], rate: Claim, units: Claim, total: Claim, text: str, sentence_starts: list[int]
) -> bool:
    """Whether a sentence between the lead's and the rate's states a whole amount of the rate's kind (a value, no
    part nor a rate of its own, larger than the rate) and names the word opening the count's sentence (`계약 선박은`
    after `… 배를 짓는 계약을 따냈다`) where the lead's sentence does not: the count's units may be that amount's."""
    opening = _WORD.search(text, sentence_starts[units.sentence], units.start)
    if opening is None:
        return False
    # (at a word's start: a Korean particle may follow it, `계약도`)
    word = re.compile(rf"(?<![^\W\d_]){re.escape(opening.group())}")

    def names(sentence: int) -> bool:
        end = sentence_end(sentence_starts, sentence, len(text))
        return word.search(text, sentence_starts[sentence], end) is not None

    if names(total.sentence):
        return False
    return any(
        c.role == "value"
        and c.per_unit_of is None
        and c.part_of is None
        and same_kind(c, rate)
        and c.value > rate.value
        and names(sentence)
        for sentence in range(total.sentence + 1, units.sentence)
        for c in by_sentence.get(sentence, ())
    )


# how far before an amount its own label may stand (`화장지 300억원`, `tissue £3m`): a word or two
_LABEL_REACH = 12
_STOP_WORD = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})")
_LABEL_CUT = compile_exact(r"[,.;:()\n]")


def _units_own_line(
    by_sentence: dict[int, list[Claim]],
    rate: Claim,
    units: Claim,
    total: Claim,
    text: str,
    lang: str,
    sentence_starts: list[int],
) -> Claim | None:
    """`매출은 900억원 … 품목별로는 화장지 300억원, 물티슈 200억원 … 화장지 판매량은 1억개로, 개당 300원꼴`: an amount
    of the rate's kind, between the lead's sentence and the count's, labelled right before it by a word naming the
    count's clause (`화장지`), is the takings of the units' own line, not the lead's whole; one value, or none."""
    stop = _STOP_WORD[lang]
    words = {w for w in _WORD.findall(text, sentence_starts[units.sentence], units.start) if not stop.fullmatch(w)}
    # (a word the lead total's own label names too, `3분기`, names no line of it)
    words -= set(_WORD.findall(_label(total, text, sentence_starts)))
    if not words:
        return None
    found = []
    for sentence in range(total.sentence + 1, units.sentence + 1):
        for c in by_sentence.get(sentence, ()):
            if c.start >= units.start or c.role != "value" or c.per_unit_of is not None or not same_kind(c, rate):
                continue
            if is_a_rate(c, text, lang) or per_shorter_period(c, text, lang):
                continue  # (`석 달 동안 평균 2천만원`: an average, no line's takings)
            if c.value <= rate.value or c.value >= total.value:
                continue
            if words & set(_WORD.findall(_label(c, text, sentence_starts))):
                found.append(c)
    return found[0] if len({c.value for c in found}) == 1 else None


def _label(c: Claim, text: str, sentence_starts: list[int]) -> str:
    """The words right before a figure in its clause, a word or two (`화장지 `, `3분기 매출이 `)."""
    return _LABEL_CUT.split(text[max(sentence_starts[c.sentence], c.start - _LABEL_REACH) : c.start])[-1]


def _of_the_count(one: re.Match, units: Claim, lang: str) -> bool:
    """Whether the mark is per one of the count: one of its counter (`30척으로 한 척이`; a counter of one person for a
    count of people, `412명으로 1인당`), or its counter marked per unit (`2,000건으로 건당`)."""
    counter = one.group("counter")
    same = counter == units.counter or bool(
        _ONE_PERSON[lang].fullmatch(counter) and _ONE_PERSON[lang].fullmatch(units.counter or "")
    )
    return same and bool(one.group("one") or one.group("per"))
