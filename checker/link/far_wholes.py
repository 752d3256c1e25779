"""The whole of a breakdown stated further back than the breakdown rules reach: `한빛반도체는 3분기 매출이 18조원으로
… (four sentences on profit and margins) … 사업부별로 보면 메모리 부문 매출이 11조원, 파운드리 부문이 4조원, 기타
부문이 3조원이었다`.

A story states its total in the lead and breaks it down paragraphs later, after figures of other metrics. The
breakdown rules (checker/link/breakdowns.py) look four sentences back for the nearest larger figure; past that,
only a figure that names the parts' own metric in its own words (not carried over: `metric` not a guess) is
their whole: the latest such figure of the parts' unit, kind and counter, larger than each part, of the same
role, not itself a part of a list, and not stated for another period (checker/link/keys_differ.py). A list whose
parts name no metric of their own has no whole so far back but the lead's (`whole_in_the_lead`): the figure of the
parts' unit, kind and counter the story's first sentences state, larger than each part; two such of different
values are a tie, and a tie links nothing.
"""

from __future__ import annotations

from checker.link.keys_differ import periods_differ
from checker.link.per_unit_apart import opens_with_headline
from checker.models import Claim

_LEAD_SENTENCES = 2  # the body's first sentences, where the lead states the whole the story is about


def whole_named_by_metric(figures: list[Claim], parts: list[Claim], categories: frozenset[int]) -> Claim | None:
    first = parts[0]
    metric = first.metric
    if not metric or any(p.metric != metric or "metric" in p.guesses for p in parts):
        return None
    largest = max(p.high for p in parts)
    for claim in reversed([c for c in figures if c.end <= first.start and c.role == first.role]):
        if claim.sentence == first.sentence or claim.sentence in categories or claim.part_of is not None:
            continue
        if (claim.unit, claim.kind, claim.counter) != (first.unit, first.kind, first.counter):
            continue
        if claim.metric != metric or "metric" in claim.guesses or claim.forecast:
            continue
        if any(periods_differ(claim, p) for p in parts):
            continue
        # (the latest figure of the metric is the one the breakdown is of: a smaller one is no whole of it)
        return claim if claim.low > largest else None
    return None


def lead_end(figures: list[Claim], text: str) -> int:
    """The first sentence after the lead: the body's first sentences (past a headline) that state the story's
    whole. `figures` in text order."""
    headline = opens_with_headline(text)
    body = next((c for c in figures if not (headline and c.paragraph == 0)), None)
    return (body.sentence if body is not None else 0) + _LEAD_SENTENCES


def whole_in_the_lead(figures: list[Claim], parts: list[Claim], categories: frozenset[int], text: str) -> Claim | None:
    """`… 9억상자를 처리했다` (the lead) … `유형별로는 A 6억상자, B 2억상자, C 1억상자`: parts that name no metric, of
    the lead's figure of their unit, kind and counter."""
    first = parts[0]
    if any(p.metric for p in parts):
        return None
    headline = opens_with_headline(text)
    body = [c for c in figures if not (headline and c.paragraph == 0)]
    lead_end = min((c.sentence for c in body), default=0) + _LEAD_SENTENCES
    largest = max(p.high for p in parts)
    found = [
        c
        for c in body
        if c.end <= first.start
        and c.sentence < lead_end
        and c.sentence != first.sentence
        and c.sentence not in categories
        and c.role == first.role
        and c.part_of is None
        and not c.forecast
        and (c.unit, c.kind, c.counter) == (first.unit, first.kind, first.counter)
        and c.low > largest
        and not any(periods_differ(c, p) for p in parts)
    ]
    return found[0] if len({c.value for c in found}) == 1 else None
