"""A change stated with its baseline but not its value, whose value the sentence before states: `Hourly
pay rose 0.4% to $41.18 from $41.02 in March. Compared with $39.50 a year earlier, pay was up 4.3%.`,
`시는 내년 예산을 41조2천억원으로 잡았다. 올해 예산 38조원보다 8.4% 늘어난 규모다.`

Copy states the figure, then measures it from another period in a later sentence. The change's sentence
must state one baseline or prior, and no value, of one unit; the nearest sentence before that states a
value of that unit (in the paragraph, two sentences back at most) must state exactly one, of the counter,
dated after the baseline when both are dated, that a change of its own already measures or that names the
baseline's metric in its own words (`손익분기점인 150만명을 넘어섰다` states a threshold passed, not
the figure measured again) or that the headline restates (the figure the story follows: when the article opens with
a headline, and the change or its baseline names the value's metric or counts its units, not `Its electric models
sold 40% more than the 300,000 sold in 2022`, a subgroup's change); a metric stated at both
(not guessed) must agree. The value's own average per period stated on in the change's sentence (`… 18% 늘어난
규모로, 하루 평균 4만명꼴이다`) is no other amount there. A link across sentences is a guess (a warning, not an
error, when the figures disagree).
"""

from __future__ import annotations

from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_STARTS = ("prior", "baseline")
_AMOUNT_KINDS = ("money", "count", "measure")
_REACH = 2  # sentences back


def link_values_before_baselines(claims: list[Claim], text: str = "") -> None:
    by_sentence = prose_by_sentence(claims)
    # Values a stated change already measures: figures the copy is following, not thresholds or asides.
    measured = {c.change_of for c in claims if c.role == "change" and c.change_of}
    headlined = _restated_in_headline(claims) if text and opens_with_headline(text) else set()
    averages = _averages_of_earlier(claims)
    for sentence, figures in by_sentence.items():
        changes = [c for c in figures if c.role == "change" and c.kind == "percent"]
        if len(changes) != 1 or changes[0].change_of is not None:
            continue
        change = changes[0]
        # (`… 18% 늘어난 규모로, 하루 평균 4만명꼴이다`: the value's average per day, stated on, is no other amount)
        amounts = [c for c in figures if c.kind in _AMOUNT_KINDS and c.id not in averages]
        starts = [c for c in amounts if c.role in _STARTS]
        if len(starts) != 1 or len(amounts) != 1 or change.compared_to not in (None, starts[0].id):
            continue
        start = starts[0]
        before = _values_before(by_sentence, sentence, start, change.paragraph)
        if len(before) != 1:
            continue
        value = before[0]
        if value.counter and start.counter and value.counter != start.counter:
            continue
        if value.forecast != start.forecast or not dated_after(value, start) or not same_metric(value, start, change):
            continue
        if value.id in headlined and value.id not in measured and not _names_the_value(value, start, change):
            continue  # (`Its electric models sold 40% more than the 300,000 sold in 2022`: a subgroup's change)
        if value.id not in measured | headlined and not _named_alike(value, start):
            continue  # `손익분기점인 150만명을 넘어섰다`: a figure passed, not the one measured again
        change.change_of, change.compared_to = value.id, start.id
        if "relation" not in change.guesses:
            change.guesses.append("relation")


def _restated_in_headline(claims: list[Claim]) -> set[str]:
    """Values of the body whose figure the headline states (same value, unit and counter): the figure the story
    follows, which a later change measures, not a threshold passed."""
    headline = {(c.value, c.unit, c.counter) for c in claims if c.paragraph == 0 and c.role == "value"}
    return {c.id for c in claims if c.paragraph > 0 and c.role == "value" and (c.value, c.unit, c.counter) in headline}


def _averages_of_earlier(claims: list[Claim]) -> set[str]:
    """Averages per period of a total stated in an earlier sentence (`관람객 12만명이 찾았다. … 하루 평균 4만명꼴`)."""
    by_id = {c.id: c for c in claims}
    out = set()
    for claim in claims:
        average = by_id.get(claim.per_period_of) if claim.per_period_of else None
        if average is not None and average.sentence > claim.sentence:
            out.add(average.id)
    return out


def _values_before(by_sentence: dict[int, list[Claim]], sentence: int, start: Claim, paragraph: int) -> list[Claim]:
    """The values of the start's unit in the nearest sentence before that states any, within `_REACH`
    sentences of the paragraph (`전월 말(…)보다 17억달러 늘어난 규모다` between states a prior and a change,
    no value)."""
    for back in range(1, _REACH + 1):
        figures = by_sentence.get(sentence - back, [])
        if any(c.paragraph != paragraph for c in figures):
            return []
        values = [c for c in figures if c.role == "value" and c.kind in _AMOUNT_KINDS and c.unit == start.unit]
        if values:
            return values
    return []


def dated_after(value: Claim, start: Claim) -> bool:
    if value.period is None or start.period is None:
        return True
    if value.period.year != start.period.year:
        return value.period.year > start.period.year
    return value.period.grain == start.period.grain and (value.period.index or 0) > (start.period.index or 0)


def same_metric(value: Claim, start: Claim, change: Claim) -> bool:
    """A metric written at the value and at the baseline (or the change) is one metric."""
    if not value.metric or "metric" in value.guesses:
        return True
    other = [c.metric for c in (start, change) if c.metric and "metric" not in c.guesses]
    return all(metric == value.metric for metric in other)


def _named_alike(value: Claim, start: Claim) -> bool:
    """Both figures name one metric in their own words (not guessed)."""
    return bool(value.metric) and value.metric == start.metric and "metric" not in value.guesses + start.guesses


def _names_the_value(value: Claim, start: Claim, change: Claim) -> bool:
    """The change or its baseline names the value's metric in its own words, or the baseline counts the value's
    units (`… up 40% from 1.4 million cars`)."""
    if value.metric and any(c.metric == value.metric and "metric" not in c.guesses for c in (start, change)):
        return True
    return bool(value.counter) and start.counter == value.counter
