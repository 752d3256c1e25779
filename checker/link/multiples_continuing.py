"""A multiple in a sentence that goes on about the figure of the sentence before: `의사환자는 24.6명으로 직전
주(12.1명)의 두 배로 늘었다. 유행 기준(6.5명)의 3.8배에 이른다`.

The second sentence names no subject of its own (no topic or subject particle before the figure it compares
with): what is `3.8배` of that figure is the level the sentence before states, the one figure of that
sentence of the compared figure's unit and counter, written as its level or topic (`24.6명으로`, `24.6명은`),
a figure that sentence compares with (`12.1명`) and the base of a rate (`1천명당`) passed over. Two such
figures before (`매출은 1200억원, 영업이익은 90억원`), or a subject in the multiple's sentence: nothing. The
reading spans sentences, so a mismatch is a warning (`guesses`). A multiple the level reached against a figure
compared with (`… 1조5천억원이다. 2024년 평가받은 4천억원과 비교하면 2년 만에 3.75배로 뛰었다`) is of the one value of
that figure's unit in the sentence before, closing on a particle or a copula. Words are data
(`[link.multiple_of_before]`, `[link.per_base_after]`, `[link.to_particles]`, `[link.topic_particles]`,
`[link.compared_after]`, `[link.level_copulas]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

# `기준(6.5명)의 3.8배`: from the figure compared with to the multiple
_OF_BEFORE = ByLanguage(lambda w: rf"\s?(?:{w.multiple_of_before})\s?")
# `유행 기준(`: a word closing on a topic or subject particle before the figure gives the sentence a subject
_SUBJECT = ByLanguage(lambda w: rf"[^\W\d_](?:{w.topic_particles})(?=[\s,])")
# `24.6명으로 늘었다`, `24.6명은`: the level or topic of its sentence
_LEVEL_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.to_particles}|{w.topic_particles})(?=[\s,.])")
# `1천명당`: the base a rate is counted per, no level of its sentence
_PER_BASE = ByLanguage(lambda w: rf"\s?(?:{w.per_base_after})")
_AMOUNTS = ("money", "count", "measure")
_OPENING = re.compile(r"[^\d]{0,24}")  # the few words before the figure compared with, and no other figure
# `4천억원과 비교하면 2년 3개월 만에 3.75배로`: the figure compared with, then (after at most a few words of time) the
# multiple the level reached
_COMPARED_WITH = ByLanguage(lambda w: rf"\s?(?:{w.compared_after})\s(?:[^\d\s]*\d+[^\d\s]*\s){{0,3}}(?:[^\W\d_]+\s)?")
# `2024년 3월 시리즈B 당시 평가받은 `: words before it, dates among them (no figure: checked apart)
_LONG_OPENING = re.compile(r"[^.!?]{0,48}")
# after the level of the sentence before: a parenthesis (`1조5천억원(약 10억7천만달러)으로`), then a particle or a
# copula (`9천억원이다`)
_LEVEL_CLOSES = ByLanguage(
    lambda w: rf"(?:\s?\([^()]{{0,30}}\))?\s?(?:{w.to_particles}|{w.topic_particles}|{w.level_copulas})(?=[\s,.])"
)


def link_multiples_continuing(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or i == 0:
            continue
        measure = figures[i - 1]
        s_start = sentence_starts[multiple.sentence]
        if (
            measure.sentence != multiple.sentence
            or multiple.sentence == 0
            or measure.kind not in _AMOUNTS
            or any(c.sentence == multiple.sentence and c.end <= measure.start for c in figures)
        ):
            continue
        if _COMPARED_WITH[lang].fullmatch(text, measure.end, multiple.start) and _LONG_OPENING.fullmatch(
            text, s_start, measure.start
        ):
            # (`평가받은 4천억원`: the word right before the figure modifies it, whatever it ends in)
            modifier = text.rfind(" ", s_start, measure.start - 1)
            if not _SUBJECT[lang].search(text, s_start, max(s_start, modifier)):
                _link_compared(figures, multiple, measure, text, lang)
            continue
        if (
            not _OF_BEFORE[lang].fullmatch(text, measure.end, multiple.start)
            or not _OPENING.fullmatch(text, s_start, measure.start)
            or _SUBJECT[lang].search(text, s_start, measure.start)
        ):
            continue
        # `24.6명으로 직전 주(12.1명)의 두 배`: a figure the sentence before compares with is no level of it
        compared = {c.compared_to for c in figures if c.sentence == multiple.sentence - 1 and c.compared_to}
        levels = [
            c
            for c in figures
            if c.sentence == multiple.sentence - 1
            and c.role == "value"
            and c.id not in compared
            and not _PER_BASE[lang].match(text, c.end)
            and c.kind == measure.kind
            and (c.unit, c.counter) == (measure.unit, measure.counter)
        ]
        if len(levels) != 1 or not _LEVEL_AFTER[lang].match(text, levels[0].end):
            continue  # two figures of the unit before, or one that is no level: which one is meant is not said
        if levels[0].low <= 0 or measure.low <= 0:
            continue
        multiple.change_of, multiple.compared_to = levels[0].id, measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _link_compared(figures: list[Claim], multiple: Claim, measure: Claim, text: str, lang: str) -> None:
    """`기업가치는 1조5천억원(…)으로 … . 2024년 … 평가받은 4천억원과 비교하면 2년 3개월 만에 3.75배로 뛰었다`: the
    multiple the level of the sentence before reached against the figure compared with — the one value of that
    figure's unit and counter there, closing on a particle or a copula."""
    compared = {c.compared_to for c in figures if c.sentence == multiple.sentence - 1 and c.compared_to}
    levels = [
        c
        for c in figures
        if c.sentence == multiple.sentence - 1
        and c.role == "value"
        and c.id not in compared
        and c.change_of is None
        and c.kind == measure.kind
        and (c.unit, c.counter) == (measure.unit, measure.counter)
    ]
    if len(levels) != 1 or not _LEVEL_CLOSES[lang].match(text, levels[0].end):
        return
    if levels[0].low <= 0 or measure.low <= 0 or levels[0].value == measure.value:
        return
    multiple.change_of, multiple.compared_to = levels[0].id, measure.id
    multiple.guesses = sorted(set(multiple.guesses) | {"relation"})
