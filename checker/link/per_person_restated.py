"""An amount restated per person in its own sentence, over the lead's count of people: `가람시 수영장에 올여름
5만명이 다녀갔다. … 입장료 수입은 4억원으로 1인당 8,000원꼴이다`, `강좌 수입은 6억원으로, 1인당 평균 30만원을 낸
셈이다`, `운임 수입은 90억원으로 이용객 1명당 800원꼴에 그쳤다`.

The figure is money stated as an average (`[link.average_clause_words]`: `평균`, `꼴`, `셈`) right after a mark per
person (`[link.per_person_marks]`: `1인당`, `1명당`), bare or after one noun (`이용객 1인당`). Its total is the one
other amount of its currency its sentence states as a value: before the mark, larger, and joined to it as the
clause's topic restated per person (`[link.per_person_restating_joints]`: `…으로`, `…이며`), only the mark's noun
between. Its count is the lead's count of people (`[link.person_counters]`): the body's first sentence stating
one (the body's first two sentences, past a headline), one value, no rate (`하루 평균 4천명`) nor listed part, and
the largest count of people the article states as a value.

The count is the lead's only when the copy between names no other group of people the amount could be over: a
count of people in the figure's sentence (partners.py reads that one), or any count of people stated as a value
between the lead and the figure that is no listed part of the lead's count, no rate, no figure per unit (`유료
관람객은 3만명으로 전체의 60%였다. 티켓 수입은 …으로 1인당`: the paying ones or all, not said), leaves it unlinked;
so does a mark's noun that names another count (`어린이 1인당` after `어린이 입장객 1만명`), a place's people the
lead's count is not named by (`시민 1인당` after `이용객은 12만명`: `[link.population_nouns]`), or is narrowed by a word
before it (`유료 관객 1인당`). A figure per a shorter period (`한 달 평균`) is of no such total. The reading spans
sentences: a mismatch is a warning (`place_per_unit` marks the link a guess).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import (
    is_a_rate,
    names_the_count,
    opens_with_headline,
    per_shorter_period,
    place_per_unit,
    stated_as_average,
)
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import search_between

# `1인당 평균 약 `, `이용객 1명당 `: the mark right before the figure (its own noun, if any, before it; the figure's
# average word and hedge after it)
_MARK_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W_])(?P<noun>[^\W\d_]{{2,}})\s)?(?<![^\W_])(?:{w.per_person_marks})"
        rf"\s*(?:(?:{w.average_clause_words})\s*)?(?:(?:{w.hedges})\s*)?$"
    ),
    re.I,
)
# between the total and the mark: the clause's topic restated per person (`4억원으로 1인당`, `4억원으로, 이용객 1인당`)
_JOINT = ByLanguage(lambda w: rf"\s*(?:{w.per_person_restating_joints})\s*", re.I)
_PERSON_COUNTER = ByLanguage(lambda w: rf"(?:{w.person_counters})", re.I)
# `시민 1인당`: a person of a place, of its population (`[link.population_nouns]`), not of a count of visitors
_POPULATION_NOUN = ByLanguage(lambda w: rf"(?:{w.population_nouns})", re.I)
_MARK_REACH = 24  # characters before a figure where its mark stands
_COMPARED = ("prior", "baseline", "change")


def link_per_person_restated(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if not c.furniture]
    candidates = []
    for figure in figures:
        if figure.kind != "money" or figure.role != "value" or figure.per_unit_of is not None:
            continue
        start = sentence_starts[figure.sentence]
        mark = search_between(_MARK_BEFORE[lang], text, max(start, figure.start - _MARK_REACH), figure.start)
        if mark is not None:
            candidates.append((figure, mark))
    if not candidates:
        return  # (most articles: no amount per person, nothing more read)
    by_sentence = group_by_sentence(figures)
    people = [c for c in figures if _of_people(c, lang)]
    lead = _lead_count(people, figures, text, lang)
    if lead is None:
        return
    for figure, mark in candidates:
        if lead.sentence >= figure.sentence or per_shorter_period(figure, text, lang):
            continue
        if not stated_as_average(figure, text, lang, sentence_starts):
            continue
        total = _total(figure, mark, by_sentence[figure.sentence], text, lang)
        if total is None:
            continue
        if any(c.sentence == figure.sentence and not _within(c, mark) for c in people):
            continue  # (a count of people beside the figure: partners.py's)
        if any(_another_group(c, lead, text, lang) for c in people if lead.sentence < c.sentence < figure.sentence):
            continue
        noun = mark.group("noun")
        if noun and _POPULATION_NOUN[lang].fullmatch(noun) and not names_the_count(noun, lead, text, lang):
            continue  # (`시민 1인당` after `도서관 이용객은 12만명`: a place's people, not the lead's count)
        if noun and any(
            names_the_count(noun, c, text, lang)
            and c.value != lead.value
            and c.role == "value"
            and not is_a_rate(c, text, lang)
            for c in people
        ):
            continue  # (`어린이 1인당` after `어린이 입장객 1만명`: that group's count, not the lead's)
        place_per_unit(figure, total, lead, None)


def _of_people(claim: Claim, lang: str) -> bool:
    return claim.kind == "count" and bool(claim.counter) and _PERSON_COUNTER[lang].fullmatch(claim.counter) is not None


def _within(claim: Claim, mark: re.Match[str]) -> bool:
    """Whether the claim is the mark's own one (the `1명` of `1명당`)."""
    return claim.start < mark.end() and claim.end > mark.start()


def _lead_count(people: list[Claim], figures: list[Claim], text: str, lang: str) -> Claim | None:
    """The count of people the lead states: the first sentence of the body's first two (past a headline) stating
    one, stating one value (no rate), the largest count of people the body states as a value."""
    headline = opens_with_headline(text)
    body = next((c.sentence for c in figures if not (headline and c.paragraph == 0)), None)
    if body is None:
        return None
    wholes = [
        c
        for c in people
        if c.role == "value"
        and c.per_unit_of is None
        and c.part_of is None
        and c.qualifier is None  # (`누적 1억명을 넘어`: a milestone passed, no count stated)
        and not (headline and c.paragraph == 0)
        and not is_a_rate(c, text, lang)
    ]
    lead = [c for c in wholes if body <= c.sentence <= body + 1]
    if not lead:
        return None
    first = [c for c in lead if c.sentence == lead[0].sentence]
    if len({c.value for c in first}) != 1:
        return None  # (`선수 3천명이 뛰었고 관람객은 20만명`: two groups, which the amount is over not said)
    count = first[0]
    if any(c.value > count.value for c in wholes):
        return None  # (a larger count of people: another whole, a population)
    return count


def _total(figure: Claim, mark: re.Match[str], sentence: list[Claim], text: str, lang: str) -> Claim | None:
    """The one other amount of the figure's currency its sentence states as a value, before the mark and larger,
    joined to it as the topic restated per person (the mark's noun alone between)."""
    amounts = [
        c
        for c in sentence
        if c is not figure and c.kind == "money" and c.unit == figure.unit and c.role not in _COMPARED
    ]
    if len(amounts) != 1:
        return None
    total = amounts[0]
    if total.role != "value" or total.end > mark.start() or total.value <= figure.value or total.part_of:
        return None
    if not _JOINT[lang].fullmatch(text, total.end, mark.start("noun") if mark.group("noun") else mark.start()):
        return None
    return total


def _another_group(count: Claim, lead: Claim, text: str, lang: str) -> bool:
    """Whether a count of people stated between the lead and the figure may be another group the amount is over:
    a value, no listed part of the lead's count, no rate, no figure per unit, not the lead's restated."""
    if count.role != "value" or count.per_unit_of is not None or count.value == lead.value:
        return False
    if count.part_of == lead.id:
        return False
    return not is_a_rate(count, text, lang)
