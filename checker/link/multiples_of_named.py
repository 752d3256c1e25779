"""A multiple of a figure named by its noun, stated in a sentence before: `올해 받은 연봉은 10억원이었다. 새 계약의
연평균 금액은 90억원으로, 올해 연봉의 9배 가까이 된다`.

The role stage made the multiple a change of the figure of its own sentence but found no figure it is of. Right
before the multiple stands a noun joined by a genitive (`연봉의 9배`); in the three sentences before, exactly one
figure of the value's unit is named by that noun (`연봉은 10억원`): the multiple is of that figure, checked by
the multiple kind. When its own sentence states, besides the value, another figure of the value's unit before
the multiple (`A 농가 90곳, B 농가 30곳으로 A 농가가 B 농가의 세 배`), the two it compares stand there: none before. The
reading spans sentences, so a mismatch is a warning (`guesses`). The figure the multiple is of is never its value
itself (`이는 2015년 요금의 두 배`: this year's fare named as the value, the earlier one unstated). Words are data
(`[link.naming_nouns]`, `[link.multiple_of_before]`, `[link.topic_particles]`, `[link.hedges]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

# `올해 연봉의 9배`: the noun the multiple is of
_NOUN_OF = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:{w.multiple_of_before})\s?$")
# `연봉은 10억원`: a figure and the noun naming it
_NAMED_BY = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?P<noun>{w.naming_nouns})(?:{w.topic_particles})?\s?(?:(?:{w.hedges})\s?)?$"
)
_NOUN_REACH = 16  # characters before a multiple, and before a figure, where its noun stands
_SENTENCES_BACK = 3


def link_multiples_of_named(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = group_by_sentence(claim for claim in claims if claim.role == "value" and not claim.furniture)
    for multiple in claims:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.furniture:
            continue
        value = by_id.get(multiple.change_of or "")
        if value is None or multiple.compared_to is not None or value.kind not in AMOUNTS:
            continue
        s_start = sentence_starts[multiple.sentence]
        noun = _NOUN_OF[lang].search(text, max(s_start, multiple.start - _NOUN_REACH), multiple.start)
        if noun is None:
            continue
        if any(
            c is not value and c.unit == value.unit and c.counter == value.counter and c.start < multiple.start
            for c in by_sentence.get(multiple.sentence, [])
        ):
            continue  # `A 농가가 90곳, B 농가가 30곳으로 A 농가가 B 농가의 세 배`: both figures in its own sentence
        named = [
            c
            for sentence in range(max(0, multiple.sentence - _SENTENCES_BACK), multiple.sentence)
            for c in by_sentence.get(sentence, [])
            if c.unit == value.unit
            and c.counter == value.counter
            and _named_by(c, noun.group("noun"), text, lang, sentence_starts)
        ]
        if len(named) != 1 or named[0].low <= 0 or named[0] is value:
            continue  # (`요금은 1천400원이다. 이는 2015년 요금의 두 배`: the value itself, no figure it multiplies)
        multiple.compared_to = named[0].id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _named_by(figure: Claim, noun: str, text: str, lang: str, sentence_starts: list[int]) -> bool:
    start = max(sentence_starts[figure.sentence], figure.start - _NOUN_REACH)
    found = _NAMED_BY[lang].search(text, start, figure.start)
    return found is not None and found.group("noun") == noun
