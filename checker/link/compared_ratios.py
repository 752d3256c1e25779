"""A level stated as a percentage of the figure it is compared with: `방문객은 330만명으로 집계됐다. 2019년
같은 달(400만명)과 비교하면 82.5% 수준이다`, `… 2019년(400만명)과 비교한 회복률은 82.5%였다`.

The rate follows the figure compared with (`Y과 비교하면`, `Y와 비교한`), and either the clause calls it a level
(`82.5% 수준`, `60%에 그쳤다`: `[link.ratio_levels]`) or a noun of recovery names it (`회복률은 82.5%`). It is no
change (`Y과 비교하면 30% 줄었다` is one): it is the level over the figure compared with. The level is the
subject's figure: the nearest figure of the compared figure's unit and counter before it, in its sentence or
the three before, stated as a value of another period (a figure of the compared period, or a bound such as
`500만명을 넘은`, is no level). Then the rate is the level ÷ the compared figure, the share-of-total check's
arithmetic (`share_part`, `share_whole`); found by position across sentences, so a mismatch is a warning. With no
such level, the rate is still no change of the figure before it: the role stage's guess of one is undone.
Language words are data (`[link.compared_with_marks]`, `[link.recovery_ratio_nouns]`, `[link.ratio_levels]`,
`[link.topic_particles]`).
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# between the figure compared with and the rate: `)과 비교하면 `, `와 비교한 회복률은 `
_COMPARED_TO_RATE = ByLanguage(
    lambda w: (
        rf"\s?\)?\s?(?:{w.compared_with_marks})\s?,?\s?"
        rf"(?:(?P<noun>{w.recovery_ratio_nouns})\s?(?:{w.topic_particles})?\s)?"
    ),
    first_tested=False,
)
_LEVEL = ByLanguage(lambda w: rf"\s?(?:{w.ratio_levels})")  # `82.5% 수준`, `60%에 그쳤다`
_SENTENCES_BACK = 3
_AMOUNTS = ("money", "count")
_COMPARED = ("baseline", "prior", "value")


def link_compared_ratios(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for rate in figures:
        if rate.kind != "percent" or rate.role not in ("change", "share") or rate.share_part or rate.share_whole:
            continue
        if rate.whole is not None or not 0 < rate.value <= 200:
            continue
        if rate.change_of is not None and "relation" not in rate.guesses:
            continue  # a change its words tie to a level
        in_sentence = by_sentence.get(rate.sentence, [])
        i = in_sentence.index(rate)
        if i == 0:
            continue
        compared = in_sentence[i - 1]
        if compared.kind not in _AMOUNTS or compared.role not in _COMPARED or compared.low <= 0:
            continue
        marks = _COMPARED_TO_RATE[lang].fullmatch(text, compared.end, rate.start)
        if marks is None:
            continue
        if not (marks.group("noun") or _LEVEL[lang].match(text, rate.end) or _LEVEL[lang].search(rate.text)):
            continue  # `Y과 비교하면 30% 줄었다`: a change
        level = _subject_level(by_sentence, compared)
        if level is None:
            if rate.change_of is not None and rate.role == "change":
                # `한 주 전(5,000원)과 비교하면 80% 수준이다` with no level found: still a level over Y, never a
                # rise of the figure before it (the role stage's guess)
                rate.role, rate.direction, rate.change_of, rate.compared_to = "share", 0, None, None
            continue
        rate.role, rate.direction, rate.change_of, rate.compared_to = "share", 0, None, None
        rate.share_part, rate.share_whole = level.id, compared.id
        if level.sentence != rate.sentence:
            rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _subject_level(by_sentence: dict[int, list[Claim]], compared: Claim) -> Claim | None:
    """The nearest figure before the compared one, of its unit and counter, stated as a value of another period."""
    before = range(compared.sentence, max(-1, compared.sentence - _SENTENCES_BACK - 1), -1)
    for sentence in before:
        for claim in reversed(by_sentence.get(sentence, [])):
            if claim.start >= compared.start or claim.unit != compared.unit or claim.counter != compared.counter:
                continue
            if claim.kind != compared.kind:
                continue
            if claim.role in ("prior", "baseline"):
                continue  # (`전년 동기(448만명) 대비 14.3% 증가했다`: what the subject is compared with)
            if claim.role != "value" or claim.change_of:
                return None  # the nearest figure of the unit is a change: no level named
            if claim.qualifier or not (math.isfinite(claim.low) and math.isfinite(claim.high)):
                continue  # `500만명을 넘은`: a bound, not the level
            if claim.period is None or claim.period == compared.period or claim.forecast != compared.forecast:
                return None
            return claim
    return None
