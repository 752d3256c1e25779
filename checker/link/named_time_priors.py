"""A change measured from a time the sentence names with no figure, that time's figure stated earlier in the article:
`내년도 생활임금을 올해 1만1천200원보다 3.1% 오른 1만1천550원으로 정했다. 노조는 올해보다 9.8% 오른 1만2천300원을
요구했다.`

The change is tied to its value in its sentence and to no earlier figure; the word right before the comparison
(`올해보다`, `[link.compared_after]`) is a time the extractor resolved to a period. The earlier figure is the nearest
one before the change, in the sentences before, of the value's unit and counter, dated to that period by its own words
(not carried over), a level or a figure compared with, of no other metric (of the value's own, when some are) — when
the figures so dated there agree (two such figures of different sizes: which one is meant is not said). A link across
sentences is a guess.
"""

from __future__ import annotations

import bisect

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import PER_UNIT_METRICS
from checker.link.keys_differ import metrics_differ
from checker.link.view import ArticleView
from checker.models import Claim

# The time named right before the comparison, no figure between it and the change (`올해보다 `, `작년에 비해 `).
_TIME_COMPARED = ByLanguage(lambda w: rf"(?<![^\s(])(?P<time>[^\W\d_]{{2,6}})(?:{w.compared_after})\s*$")
_REACH = 16
_EARLIER = ("value", "baseline", "prior")


def link_named_time_priors(claims: list[Claim], doc: ArticleView) -> None:
    text, lang = doc.text, doc.language
    by_id = {c.id: c for c in claims}
    for position, change in enumerate(claims):
        if change.role != "change" or change.kind != "percent" or change.compared_to is not None or change.furniture:
            continue
        value = by_id.get(change.change_of or "")
        if value is None or value.sentence != change.sentence:
            continue
        named = _TIME_COMPARED[lang].search(text, max(0, change.start - _REACH), change.start)
        if named is None:
            continue
        period = _period_at(doc, named.start("time"), named.end("time"), value)
        if period is None:
            continue
        dated = [
            c
            for c in claims[:position]
            if c.sentence < change.sentence
            and c.role in _EARLIER
            and c.unit == value.unit
            and c.counter == value.counter
            and c.period == period
            and "period" not in c.guesses
            and c.forecast == value.forecast
            and not c.furniture
            and not metrics_differ(c, value)
        ]
        # (of the value's own metric, when some are: `최저임금` beside a monthly pay of its own metric or none)
        dated = [c for c in dated if value.metric and c.metric == value.metric] or (
            [] if value.metric in PER_UNIT_METRICS and "metric" not in value.guesses else dated
        )
        if not dated or len({c.value for c in dated}) != 1:
            continue
        change.compared_to = dated[-1].id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _period_at(doc: ArticleView, start: int, end: int, value: Claim):
    """The period of the time expression written at `start`–`end`, if the extractor read one there; a time of the
    period before (`지난해보다`, `전년보다`) is the one before the value's own period, when its words date it."""
    i = bisect.bisect_left(doc.time_starts, start)
    if i >= len(doc.times) or doc.times[i].start != start or doc.times[i].end > end:
        return None
    time = doc.times[i]
    if time.period is not None:
        return time.period
    if time.role == "prior" and value.period is not None and "period" not in value.guesses:
        return value.period.previous(time.shift)
    return None
