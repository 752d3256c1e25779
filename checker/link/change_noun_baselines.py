"""The figure a change is measured from, named right after the change: `sales totalled $187bn, a decline of
4.1% on the $195bn of a year earlier`, `took $17.4m, a 61% drop from its $44.6m opening`, `earned $3.3bn, up
9% on the $3.0bn it made a year before`, `down 20% from the spring estimate of 3 million`, `up 9% from the
flood-hit 12,000 tonnes of 2025`.

A percent change (or a fraction: `up a quarter on 2,460`; or an amount's change in the value's unit: `up £0.8
million on the £6.5 million of the season before`, the two of one order of size) already linked to a value stated
before it in its sentence, with no baseline, followed by (a change noun,) `from` or `on`, an article, `its` or an
owner of the period before (`last summer's`), and a figure: that figure, in the value's unit and counter, is the
baseline. Language words are data (`[link.from_words]`, `[link.baseline_on_words]`, `[link.rise_nouns]`,
`[link.fall_nouns]`, `[link.definite_articles]`, `[link.possessive_determiners]`, `[link.earlier_period_owners]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_AFTER_CHANGE = ByLanguage(
    lambda w: (
        rf",?\s+(?:(?:{w.rise_nouns}|{w.fall_nouns})\s+)?(?:{w.from_words}|{w.baseline_on_words})\s+"
        rf"(?:(?:{w.definite_articles}|{w.possessive_determiners}|{w.earlier_period_owners})\s+"
        # (`from the storm-damaged 12,000 tonnes`: a compound adjective; `from the spring estimate of 3 million`:
        # a noun that names the figure, `[link.baseline_naming_nouns]`, and `of`)
        rf"(?:[^\W\d_]+-[^\W\d_]+\s+|(?:[^\W\d_]+\s+)?(?:{w.baseline_naming_nouns})\s+of\s+)?)?"
    ),
    re.I,
)
_AMOUNT_KINDS = ("money", "count", "measure")
_RATE_KINDS = ("percent", "fraction")  # (`up a quarter on last year's 1,900`: a fraction is a rate of change too)


def link_change_noun_baselines(claims: list[Claim], text: str, lang: str) -> None:
    by_id = {c.id: c for c in claims}
    by_start = {c.start: c for c in claims if not c.furniture and c.role != "conversion"}
    for change in claims:
        if change.role != "change" or change.compared_to or change.furniture:
            continue
        if change.kind not in _RATE_KINDS and change.kind not in _AMOUNT_KINDS:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.sentence != change.sentence or value.end > change.start:
            continue
        after = _AFTER_CHANGE[lang].match(text, change.end)
        if after is None:
            continue
        baseline = by_start.get(after.end())
        if (
            baseline is None
            or baseline is value
            or baseline.sentence != change.sentence
            or baseline.kind not in _AMOUNT_KINDS
            or baseline.role not in ("value", "baseline", "prior")
            or baseline.unit != value.unit
            or baseline.forecast != value.forecast
            or (baseline.counter and value.counter and baseline.counter != value.counter)
        ):
            continue
        if change.kind in _AMOUNT_KINDS and not _an_amount_between(change, value, baseline):
            continue  # (`up $2m on the $300,000 spent on ads`: a figure of another pot)
        change.compared_to = baseline.id
        if baseline.role == "value" and change.kind in _RATE_KINDS:
            baseline.role = "baseline"
        # (an amount's change leaves the figure's role: other readings count it among the sentence's values)


_SAME_ORDER = 3  # times: a level and a figure further apart than this are of two pots, no change between them


def _an_amount_between(change: Claim, value: Claim, baseline: Claim) -> bool:
    """An amount's change (`up £0.8 million on the £6.5 million of the season before`) in the level's unit, the
    level and the figure after it of one order of size and the change smaller than the larger of them."""
    if change.unit != value.unit or (change.counter and value.counter and change.counter != value.counter):
        return False
    if min(value.value, baseline.value) <= 0 or max(value.value, baseline.value) > _SAME_ORDER * min(
        value.value, baseline.value
    ):
        return False
    return abs(change.value) < max(value.value, baseline.value)
