"""A multiple between two figures of one noun, the subject's figure stated before: `올해 산불 피해 면적은
2천100㏊로 집계됐다. … 이번 산불의 피해 면적이 지난해 전체 피해 면적(1천500㏊)의 1.4배에 이른다`.

The multiple's sentence has one subject (a noun and a topic or subject particle, `피해 면적이`) and, right before
the multiple and joined by a genitive, the figure it is of, named by the same noun (`피해 면적(1천500㏊)의 1.4배`;
the noun with the bare noun before it, so that `복구 면적` is not `피해 면적`).
The figure multiplied is the subject's: a figure the same noun names elsewhere in the article before (`피해
면적은 2천100㏊로`), of the compared figure's unit, and only when every figure that noun names before is of one
value (a headline and its body stating one figure). The multiple kind then checks value ÷ figure. The reading
spans sentences, so a mismatch is a warning (`guesses`). Words are data (`[link.naming_nouns]`,
`[link.topic_particles]`, `[link.multiple_of_before]`, `[link.hedges]`, `[link.genitive]`).

The other way round, a figure of the past stated as a multiple of the present one: `역대 최대였던 2019년 피해액(3천억
원)은 이번의 2.5배였다` (`[link.present_deictics]`: `이번`, `올해`). The figure multiplied is the one before the
multiple; the one it is of is the present figure of the same noun stated elsewhere (`피해액 1천200억원`), when every
figure that noun names outside the sentence is of one value.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

# `피해 면적`: the noun, and the bare noun before it that narrows it (`복구 면적` is another), not a genitive
_PHRASE = r"(?:(?![^\s]*(?:{genitive})\s)[^\W\d_]+\s)?"
# `피해 면적이 `: the sentence's subject, a noun and its particle
_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>{_PHRASE.format(genitive=w.genitive)}{w.naming_nouns})(?:{w.topic_particles})(?=\s)"
    ),
)
# `피해 면적(1천500㏊)`, `면적은 2천100㏊`: a figure and the noun naming it right before
_NAMED_BY = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>{_PHRASE.format(genitive=w.genitive)}{w.naming_nouns})(?:\(|(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?)$"
    )
)
_OF_BEFORE = ByLanguage(lambda w: rf"\)?\s?(?:{w.multiple_of_before})\s?")
# `(3천억 원)은 이번의 `: from the past figure to its multiple of the present one
_OF_PRESENT = ByLanguage(
    lambda w: rf"\)?\s?(?:{w.topic_particles})?\s(?:{w.present_deictics})(?:{w.multiple_of_before})\s?"
)
# `피해액(`, `피해액 `: the noun right before a figure
_NOUN_BY = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:\(|(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?)$"
)
_NOUN_REACH = 16  # characters before a figure where its noun stands


def link_multiples_of_same_noun(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or i == 0:
            continue
        measure = figures[i - 1]
        if measure.sentence != multiple.sentence or measure.kind not in AMOUNTS or measure.low <= 0:
            continue
        if not _OF_BEFORE[lang].fullmatch(text, measure.end, multiple.start):
            continue
        s_start = sentence_starts[multiple.sentence]
        if any(c.sentence == multiple.sentence and c.end <= measure.start for c in figures):
            continue  # a figure of its own before: the rules of one sentence decide
        subjects = list(_SUBJECT[lang].finditer(text, s_start, measure.start))
        if len(subjects) != 1:
            continue
        noun = subjects[0].group("noun")
        if _noun_of(measure, text, lang, s_start) != noun:
            continue  # the figure compared with is not named by the subject's noun
        named = [
            c
            for c in figures[: i - 1]
            if c.sentence != multiple.sentence
            and c.kind == measure.kind
            and c.unit == measure.unit
            and c.counter == measure.counter
            and c.role == "value"
            and _noun_of(c, text, lang, sentence_starts[c.sentence]) == noun
        ]
        if not named or len({c.value for c in named}) != 1:
            continue  # no figure, or several, under that noun: which one is the subject's is not said
        multiple.change_of, multiple.compared_to = named[-1].id, measure.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _noun_of(figure: Claim, text: str, lang: str, s_start: int) -> str | None:
    found = _NAMED_BY[lang].search(text, max(s_start, figure.start - _NOUN_REACH), figure.start)
    return found.group("noun") if found is not None else None


def link_multiples_of_the_present(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to or i == 0:
            continue
        value = by_id.get(multiple.change_of or "") or figures[i - 1]
        if value is None or value.sentence != multiple.sentence or value.kind not in AMOUNTS:
            continue
        if not _OF_PRESENT[lang].fullmatch(text, value.end, multiple.start):
            continue
        noun = _bare_noun_of(value, text, lang, sentence_starts[value.sentence])
        if noun is None:
            continue
        present = [
            c
            for c in figures
            if c.sentence != multiple.sentence
            and (c.kind, c.unit, c.counter) == (value.kind, value.unit, value.counter)
            and c.role == "value"
            and _bare_noun_of(c, text, lang, sentence_starts[c.sentence]) == noun
        ]
        if not present or len({c.value for c in present}) != 1 or present[0].low <= 0:
            continue  # no present figure under the noun, or several: which one is not said
        multiple.change_of, multiple.compared_to = value.id, present[0].id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _bare_noun_of(figure: Claim, text: str, lang: str, s_start: int) -> str | None:
    found = _NOUN_BY[lang].search(text, max(s_start, figure.start - _NOUN_REACH), figure.start)
    return found.group("noun") if found is not None else None
