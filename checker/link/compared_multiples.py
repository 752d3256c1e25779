"""A level stated as a multiple of the figure it is compared with: `올해 매출은 2천400억원으로 늘었다. 2021년
당시 600억원과 비교하면 3년 만에 4배로 뛰었다`.

compared_ratios.py reads a percentage after `Y과 비교하면` as the level over Y; a multiple there (`N배로 뛰었다`) is
the same reading, with an elapsed time often between (`3년 만에`: `[link.elapsed_after]`). The multiple follows
the figure compared with (`Y과 비교하면`, `[link.compared_with_marks]`) past no other figure. The level is the
subject's figure: the nearest value before the figure compared with, in its sentence or the one before within
the paragraph, of its unit, counter and metric (a change, a bound or a figure of another metric there: none). The
multiple kind then checks level ÷ Y; the reading is found across sentences, so a mismatch is a warning.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# `)과 비교하면 3년 만에 `: the mark, then an elapsed time at most
_COMPARED_TO_MULTIPLE = ByLanguage(
    lambda w: (
        rf"\s?\)?\s?(?:{w.compared_with_marks})\s?,?\s?"
        rf"(?:(?:\d+\s?(?:{w.elapsed_years}|{w.elapsed_months}|{w.elapsed_other_units})\s?){{1,2}}"
        rf"(?:{w.elapsed_after})\s?)?"
    ),
    first_tested=False,
)
_COMPARED = ("baseline", "prior", "value")


def link_compared_multiples(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for multiple in figures:
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        in_sentence = by_sentence[multiple.sentence]
        i = in_sentence.index(multiple)
        if i == 0:
            continue
        compared = in_sentence[i - 1]
        if compared.kind not in AMOUNTS or compared.role not in _COMPARED or compared.low <= 0:
            continue
        if not _COMPARED_TO_MULTIPLE[lang].fullmatch(text, compared.end, multiple.start):
            continue
        level = _subject_level(by_sentence, compared)
        if level is None:
            continue
        multiple.change_of, multiple.compared_to = level.id, compared.id
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _subject_level(by_sentence: dict[int, list[Claim]], compared: Claim) -> Claim | None:
    """The one value before the compared figure, in its sentence or the one before in the paragraph, of its
    kind, unit, counter and metric; two values of that unit there (`기업가치는 9천120억원, 매출은 1천200억원이다`):
    which one is compared is not said."""
    for sentence in (compared.sentence, compared.sentence - 1):
        candidates = [
            claim
            for claim in by_sentence.get(sentence, [])
            if claim.start < compared.start
            and claim.paragraph == compared.paragraph
            and (claim.kind, claim.unit, claim.counter) == (compared.kind, compared.unit, compared.counter)
            and claim.role not in ("prior", "baseline")  # (what the subject is compared with in its own sentence)
        ]
        if not candidates:
            continue
        if len(candidates) > 1:
            return None
        claim = candidates[0]
        if claim.role != "value" or claim.change_of or claim.qualifier:
            return None
        if not (math.isfinite(claim.low) and math.isfinite(claim.high)):
            return None
        if not claim.metric or claim.metric != compared.metric or "metric" in claim.guesses:
            return None  # the level is chosen by the metric both name
        return claim
    return None
