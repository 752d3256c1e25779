"""Absolute changes whose prior is stated in another sentence: `외환보유액은 7월 말 4,130억달러로 전월 대비
25억달러 늘었다 … 6월 말에는 4,105억달러였다`, `Reserves stood at $412.0bn at the end of July, up $2.5bn
from a month earlier … reserves were $409.5bn in June`. The change is linked to its value and states its
basis (a month, a quarter, a year) but names no prior of its own; the article's figure of the value's
metric for the period one basis before is that prior — when there is only one (one written value), of
the same unit, counter, entity and segment, and both name the metric (a guessed metric is no evidence).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_BASES = ("month", "quarter", "year")
# `7월 말 기준 외화보유액`: a scope of dating words only (`기준`, as of) parts no figure from another
_DATING_ONLY = ByLanguage(lambda w: rf"(?:(?:{w.as_of_words})\s*)+", re.I)
_STATED = ("value", "prior", "baseline")


def link_prior_periods(claims: list[Claim], lang: str) -> None:
    by_id = {c.id: c for c in claims}
    # The stated figures by metric and period, built once (a long table has hundreds of changes).
    stated: dict[tuple, list[Claim]] = {}
    for claim in claims:
        if claim.role in _STATED and not claim.furniture and _dated_and_named(claim):
            stated.setdefault((claim.metric, claim.period), []).append(claim)
    for change in claims:
        if (
            change.role != "change"
            or change.kind not in ("money", "count")
            or change.compared_to is not None
            or change.basis not in _BASES
            or change.furniture
        ):
            continue
        value = by_id.get(change.change_of or "")
        if value is None or not _dated_and_named(value) or value.unit != change.unit:
            continue
        prior = _prior_of(stated, value, change, lang)
        if prior is not None:
            change.compared_to = prior.id
            change.guesses = sorted(set(change.guesses) | {"relation"})


def _dated_and_named(claim: Claim) -> bool:
    return (
        claim.period is not None
        and "period" not in claim.guesses
        and bool(claim.metric)
        and "metric" not in claim.guesses
    )


def _prior_of(stated: dict[tuple, list[Claim]], value: Claim, change: Claim, lang: str) -> Claim | None:
    before = value.period.previous(change.basis)
    if before is None:
        return None
    found = [
        c
        for c in stated.get((value.metric, before), [])
        if c is not value
        and c.unit == value.unit
        and c.counter == value.counter
        and c.forecast == value.forecast
        and (not c.entities or not value.entities or c.entities == value.entities)
    ]
    # One figure of the period, and of the value's segment (`반도체 수출`, `chip exports` are other figures).
    if len({c.value for c in found}) != 1 or _segment(found[0].scope, lang) != _segment(value.scope, lang):
        return None
    return found[0]


def _segment(scope: str | None, lang: str) -> str | None:
    return None if scope is None or _DATING_ONLY[lang].fullmatch(scope) else scope
