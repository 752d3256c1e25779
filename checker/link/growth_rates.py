"""A year-on-year rate stated as a level, its clause's subject the growth of a figure: `The average
monthly rent was $1,840 in March, $70 higher than a year before. Annual rent growth eased to 3.9% in
March, from 4.3% in February.`, `평균 월세는 84만원으로 1년 전보다 3만원 올랐다. 연간 월세 상승률은
3.7%로 …`. The rate is the change over a year of the figure whose own change the sentence before
(or its own sentence, before the rate) states: one such figure, of the rate's period, and the rate
the only one its sentence states (`stood at 3% in the north, 4.4% in the east` are rates of parts).
Language words are data (`[link.annual_growth_subjects]`). A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_SUBJECT = ByLanguage(lambda w: rf"(?:{w.annual_growth_subjects})", re.I)
_FALL_SIGN = ByLanguage(lambda w: rf"(?:{w.fall_signs})$")
_AMOUNTS = ("money", "count")


def link_growth_rates(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    subject = _SUBJECT[lang]
    by_sentence = group_by_sentence(claim for claim in claims if not claim.furniture)
    changed = {c.change_of for c in claims if c.role == "change" and c.kind in _AMOUNTS}
    for sentence, figures in by_sentence.items():
        rates = [c for c in figures if c.kind == "percent" and c.role in ("share", "value") and not c.change_of]
        others = [c for c in figures if c.kind == "percent" and c not in rates and c.role != "baseline"]
        if len(rates) != 1 or others:
            continue
        rate = rates[0]
        if not subject.search(text, sentence_starts[sentence], rate.start):
            continue
        candidates = [
            c
            for c in by_sentence.get(sentence - 1, []) + [c for c in figures if c.end <= rate.start]
            if c.kind in _AMOUNTS and c.role == "value" and c.period is not None and c.period == rate.period
        ]
        values = [c for c in candidates if c.id in changed]
        if len(values) != 1:
            continue
        rate.role, rate.change_of, rate.basis = "change", values[0].id, "year"
        rate.direction = -1 if _FALL_SIGN[lang].search(text, max(0, rate.start - 1), rate.start) else 1
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")
