"""A total of a fee or payment stated as its noun's total, after the amount each one pays or gets: `참가비는 종목
구분 없이 5만원으로, 참가비 수입은 10억원에 이른다` (2만명 참가자 stated before), `격려금 300만원을 지급한다. 조합원
전원에게 지급하는 격려금 총액은 120억원이다` (조합원 4천명 stated before).

The total is money right after its noun and a total word (`참가비 수입은`, `격려금 총액은`: `[link.noun_total_after]`).
The amount each pays is the latest smaller money figure of its currency before it, in its sentence or the three
before, that the same noun names (`참가비는 … 5만원`, `격려금 300만원`). The people counted are the one count the
total's sentence names before the total (`조합원 전원에게`: the count the word `조합원` names, `조합원 4천명`), or else
the first count of people whose noun opens with the fee noun's stem (`참가비`, `참가자 2만명`: the lead's whole,
before its parts). A count the words before mark as paying (`돈을 내고 들어온 사람은 6천명`:
`[link.paying_words]`) is the people counted before any of these; one they mark as let in free (`무료 입장객 2천명`:
`[link.free_of_charge_words]`) never is. A fee stated per a period (`보관료는 하루 1천 원`) makes no total of the
count alone. The total is the amount times the count (`product_of`, `product_units`), a guess across sentences; the
per-unit check (F317) divides it.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_period import stated_per_period
from checker.link.per_unit_apart import per_shorter_period
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_between

# `참가비 수입은 `, `격려금 총액은 `: the noun, its total word, a particle, right before the total
_TOTAL_OF_NOUN = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,6}})\s?(?:{w.noun_total_after})(?:{w.topic_particles})?\s*$"
)
_WORD = compile_exact(r"[^\W\d_]{2,}")
# `가구당 2만 원`, `1인당 3만 원`: right before the fee, its unit and the mark of one (`[link.unit_price_before]`)
_PER_UNIT_MARK = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<unit>[^\W\d_]{{1,4}})(?:{w.unit_price_before})\s*(?:(?:{w.hedges})\s*)?$"
)
# a count's words before it that say its people paid, or did not (`돈을 내고 들어온 사람은 `, `무료 입장객 `)
_PAYING_BEFORE = ByLanguage(lambda w: rf"(?:{w.paying_words})[^\d.,;]*$")
_FREE_BEFORE = ByLanguage(lambda w: rf"(?:{w.free_of_charge_words})[^\d.,;]*$")
_PAYING_REACH = 24
_PERSONS = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
# right before a fee, the one unit it is paid per (`한 사람 `, `1인 `, `한 장에 `)
_ONE_OF_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.one_before_counter})(?P<counter>[^\W\d_]{{1,2}})(?:{w.per_one_noun_marks}|{w.per_noun_marks})?\s*$"
    )
)
_ONE_PERSON = ByLanguage(lambda w: rf"(?:{w.one_person_words})")
_TOTAL_REACH = 16  # characters before a total where its noun and total word stand
_PRICE_REACH = 16  # characters before an amount where the noun naming it may stand (`참가비는 종목 구분 없이 `)
_NOUN_REACH = 10  # characters before a count where the word naming it stands (`조합원 4천명`)
_SENTENCES_BACK = 3
_STEM = 2  # letters of a fee's noun a count's noun opens with (`참가비`, `참가자`)


def link_named_unit_totals(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    for i, total in enumerate(figures):
        if total.kind != "money" or total.role != "value" or total.product_of or total.per_unit_of:
            continue
        found = search_between(_TOTAL_OF_NOUN[lang], text, max(0, total.start - _TOTAL_REACH), total.start)
        if found is None:
            continue
        noun = found.group("noun")
        price = _price(figures, i, noun, text)
        if price is None:
            continue
        if per_shorter_period(price, text, lang) or stated_per_period(price, text, lang):
            continue  # (`보관료는 하루 1천 원`: a fee per day; the count alone, no days, makes no total of it)
        per = _PER_UNIT_MARK[lang].search(text, max(0, price.start - _PRICE_REACH), price.start)
        if per is not None:
            # (`입장료는 가구당 2만 원으로 입장료 수입은 240만 원`: a fee per a unit the mark names is paid by the
            # units of that counter, `120가구`, not by the people its noun's stem names, `입장객 410명`)
            count = _count_of_unit(figures, i, per.group("unit"))
        else:
            count = _count(figures, i, noun, text, lang, sentence_starts, _paid_by_people(price, text, lang))
        if count is None or count.low <= 0:
            continue
        total.product_of, total.product_units = price.id, count.id
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _price(figures: list[Claim], i: int, noun: str, text: str) -> Claim | None:
    total = figures[i]
    # (back by index from the total, not over a reversed copy of every earlier figure: quadratic)
    for k in range(i - 1, -1, -1):
        c = figures[k]
        if c.sentence < total.sentence - _SENTENCES_BACK:
            return None
        if c.kind == "money" and c.unit == total.unit and c.role == "value" and c.value < total.value:
            before = text[max(0, c.start - _PRICE_REACH) : c.start]
            if noun in before:
                return None if _listed_beside(figures, k, noun, text) or _price_list(figures, k, i) else c
    return None


def _price_list(figures: list[Claim], k: int, i: int) -> bool:
    """`관람료는 어른 3천 원, 청소년 2천 원으로 관람료 수입은 …` (invented): the noun's amount followed in its sentence,
    before the total, by another of its currency is the first of a list of prices by class; no one price makes the
    total."""
    c = figures[k]
    other = figures[k + 1] if k + 1 < i else None
    return (
        other is not None
        and other.role == "value"
        and other.sentence == c.sentence
        and other.kind == c.kind
        and other.unit == c.unit
    )


def _listed_beside(figures: list[Claim], k: int, noun: str, text: str) -> bool:
    """`여객 운임 27억원, 차량 운임 34억원으로 운임 수입은 61억원` (invented): an amount the noun names set right after
    another of its sentence and currency the noun names too is one item of a breakdown of the total, no price each
    pays."""
    c = figures[k]
    if k == 0:
        return False
    other = figures[k - 1]
    return (
        other.sentence == c.sentence
        and other.kind == c.kind
        and other.unit == c.unit
        and noun in text[max(0, other.start - _PRICE_REACH) : other.start]
    )


def _paid_by_people(price: Claim, text: str, lang: str) -> bool:
    """Whether a fee is paid per person: marked per one person (`한 사람 3천원`, `1인 5천 원`) or per one of nothing
    (`입장료는 3천원`); `입장권이 한 장에 5천 원` is paid per ticket, which no count of people counts."""
    one = search_between(_ONE_OF_BEFORE[lang], text, max(0, price.start - _PRICE_REACH), price.start)
    return one is None or _ONE_PERSON[lang].fullmatch(one.group("counter")) is not None


def _count(
    figures: list[Claim], i: int, noun: str, text: str, lang: str, sentence_starts: list[int], by_people: bool
) -> Claim | None:
    total = figures[i]
    counts = [c for c in figures[:i] if c.kind == "count" and c.role == "value"]
    # (`어린이는 무료여서 돈을 내고 들어온 사람은 6천명`: the paying words, nearer the count, say who it counts)
    # (of people only, paying a fee per person, in the total's paragraph: `유료 구역은 300면`, `돈을 내고 들어온 단체는
    # 120곳` count no payers, nor does a count of people a fee per ticket is paid for, nor one told paragraphs apart)
    paying = [
        c
        for c in counts
        if by_people
        and c.paragraph == total.paragraph
        and _PERSONS[lang].fullmatch(c.counter or "")
        and search_between(_PAYING_BEFORE[lang], text, max(0, c.start - _PAYING_REACH), c.start)
    ]
    if paying:
        return paying[-1] if len({c.value for c in paying}) == 1 else None
    counts = [
        c for c in counts if search_between(_FREE_BEFORE[lang], text, max(0, c.start - _PAYING_REACH), c.start) is None
    ]
    # the words of the total's sentence before its noun name the people paid (`조합원 전원에게`)
    start = sentence_starts[total.sentence] if total.sentence < len(sentence_starts) else 0
    for word in _WORD.findall(text, start, total.start):
        named = [c for c in counts if text[max(0, c.start - _NOUN_REACH) : c.start].split()[-1:] == [word]]
        if named and len({c.value for c in named}) == 1 and word != noun:
            return named[-1]
    # else the lead count of people the fee's stem names (`참가비`: `참가자 2만명`, the story's whole, before its parts)
    stem = re.compile(rf"(?<![^\W\d_]){re.escape(noun[:_STEM])}")
    return next((c for c in counts if stem.search(text, max(0, c.start - _NOUN_REACH), c.start)), None)


def _count_of_unit(figures: list[Claim], i: int, unit: str) -> Claim | None:
    """The count before the total whose counter is the unit a fee is marked per (`가구당` of `120가구`): its one value,
    or, of several, the first stated when it is the largest of them (the story's whole, the others its parts or its
    earlier levels); else which is not said."""
    counts = [c for c in figures[:i] if c.kind == "count" and c.role == "value" and (c.counter or "") == unit]
    if not counts:
        return None
    if len({c.value for c in counts}) == 1:
        return counts[-1]
    first = counts[0]
    return first if all(c.value <= first.value for c in counts) else None
