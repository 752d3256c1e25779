"""Marks many link rules read around a figure, compiled once for all of them: the end of a clause
(`…했고`, `…, while`), the opening of a clause with a subject of its own (`…, as sales to Peru more than
doubled`), and a total mark right before a figure (`총 48조원`, `a total of about $5bn`)."""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_cache import compile_exact

CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})")
# `…, about 60 a station.`, `…, about 60 a station, the trust said`: the clause closes right here (punctuation, or the
# text's end), no words qualifying what came before (`…, some 90 a station in the cities`: a part's, or a peak)
CLAUSE_CLOSES = compile_exact(r"\s*(?:[,.;:!?)\]\n\"\u201d\u2019']|$)")
TOTAL_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.total_marks})\s*(?:(?:{w.hedges})\s*)?$", re.I)
# the mark of a total right before a figure, a whole word, no hedge between (`모두 3만 가구`, `a total of 420`)
TOTAL_MARK_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.total_marks})\s*$", re.I)
# a word ending in a subject's or topic's particle (`수출은`, `고등학생은`): the clause's subject, no word qualifying a
# noun after it
CLAUSE_SUBJECT_WORD = ByLanguage(lambda w: rf"{w.script_letters}+(?:{w.topic_particles})")
# a word of letters (no digit), and one of two letters or more: the words naming or labelling a figure
LETTER_WORD = compile_exact(r"[^\W\d_]+")
NAMING_WORD = compile_exact(r"[^\W\d_]{2,}")
# right after a figure, the mark that makes it the base a rate is counted per (`1천명당`, `한 개에 3천 원씩`:
# `[link.per_base_after]`): the one unit of a rate or price, no level
PER_BASE_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.per_base_after})")
# right after a count of one, its particle, perhaps the span the average is of, and the word of an average
# (`가맹점 1곳에서 평균 540만원`, `약국 1곳이 하루 평균`: `[link.one_unit_subject_particles]`,
# `[link.per_day_before]`, `[link.per_month_before]`, `[link.average_clause_words]`): the one unit the average is per
_ONE_UNIT_AVERAGED = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.one_unit_subject_particles})?\s?(?:(?:{w.per_day_before}|{w.per_month_before})\s?)?"
        rf"(?:{w.average_clause_words})"
    ),
    first_tested=False,
)


def base_of_a_rate(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is the base a rate, price or average is counted per, no level: marked so right after it
    (`1천명당`, `한 개에 3천 원씩`), or a count of one before the average it is the unit of (`1곳에서 평균`)."""
    if PER_BASE_AFTER[lang].match(text, figure.end):
        return True
    return figure.kind == "count" and figure.value == 1 and _ONE_UNIT_AVERAGED[lang].match(text, figure.end) is not None


def own_subject_opening(w) -> str:
    """After a comma, a word opening a clause with a subject of its own that is no pronoun for the figures before
    (`, as sales to Peru`, not `, as it`): a change or multiple in that clause is of its subject, not of them."""
    return rf",\s*(?:{w.subject_clause_opens})\s+(?!(?:{w.anaphoric_subjects})\b)[^\W\d_]"


OWN_SUBJECT_OPENS = ByLanguage(own_subject_opening, re.I, first_tested=False)


# between a pool and the count drawn from it (`4명 중 3명`: `[link.counted_share_among_ko]`)
_DRAWN_FROM = ByLanguage(lambda w: rf"\s?(?:{w.counted_share_among_ko})\s?")


def part_of_a_sample(level: Claim, sentence: list[Claim], text: str, lang: str) -> bool:
    """Whether a level is the part drawn from a sample smaller than a level of its counter its sentence states before
    (`신청한 사람은 84명으로, 4명 중 3명이 마쳤다`): the sentence closes on a share of that level, written as a part of
    a sample, so a sentence after it that names no subject may continue from the level or the part (`sentence`: the
    level's sentence's figures)."""
    before = [c for c in sentence if c.end <= level.start]
    if not before or level.kind != "count":
        return False
    pool = before[-1]
    if pool.counter != level.counter or pool.value <= level.value:
        return False
    if _DRAWN_FROM[lang].fullmatch(text, pool.end, level.start) is None:
        return False
    return any(
        c.end <= pool.start and c.role == "value" and c.counter == level.counter and c.value > pool.value
        for c in before
    )
