"""An amount change that opens its sentence after its baseline alone, whose value the sentence right before
states: `해밀시 축제에 관람객 84만명이 다녀갔다. 지난해(71만명)보다 13만명 늘어난 것으로 …`, `The fair drew 84,000
visitors. That was 13,000 more than the 71,000 of last year.`

Copy states the figure, then in the next sentence how much it moved from a baseline it names there. The change's
sentence must open with the baseline (a prior or baseline of the change's unit), the change right after it, and
state no percent change (a rate there is measured by checker/link/values_before_baselines.py, which links the
value first); the sentence right before, in the paragraph, must state exactly one value of that unit (or, stating
none, one equivalent of it of an amount it states too: `한 켤레에 20달러로, 2만7천 원가량이다`), of the counter,
dated after the baseline when both are dated, of the metric both name. A link across sentences is a guess (a
warning, not an error, when the figures disagree). Linear: one walk over the article's sentences.
"""

from __future__ import annotations

from checker.link.sentence_groups import equivalents_of_own_amounts, prose_by_sentence
from checker.link.values_before_baselines import dated_after, same_metric
from checker.models import Claim

_STARTS = ("prior", "baseline")
_AMOUNT_KINDS = ("money", "count", "measure")


def link_amount_changes_before(claims: list[Claim]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if len(figures) < 2 or any(c.role == "change" and c.kind == "percent" for c in figures):
            continue
        start, change = figures[0], figures[1]
        if start.role not in _STARTS or change.role != "change" or change.change_of is not None:
            continue
        if start.kind not in _AMOUNT_KINDS or change.unit != start.unit or change.compared_to not in (None, start.id):
            continue
        before = [
            c
            for c in by_sentence.get(sentence - 1, ())
            if c.role == "value" and c.kind in _AMOUNT_KINDS and c.unit == start.unit
        ]
        if not before:
            # (a sentence before stating the unit only as an equivalent: that is its value, `… 20달러로, 2만7천
            # 원가량이다. 지난해 수출가(2만5천 원)보다 2천 원 올랐다`)
            before = equivalents_of_own_amounts(claims, sentence - 1, start.unit)
        if len(before) != 1 or before[0].paragraph != change.paragraph:
            continue
        value = before[0]
        if value.counter and start.counter and value.counter != start.counter:
            continue
        if value.forecast != start.forecast or not dated_after(value, start) or not same_metric(value, start, change):
            continue
        change.change_of, change.compared_to = value.id, start.id
        if "relation" not in change.guesses:
            change.guesses.append("relation")
