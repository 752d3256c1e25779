"""A level compared with a second earlier figure after its first comparison, the second change beside its own
earlier figure: `매출은 3,300억원으로 직전 분기 3,000억원보다 10.0%, 지난해 3분기 2,750억원보다 20.0% 늘었다`,
`… 10.0% 늘었고, 지난해 3분기 2,750억원과 비교하면 20.0% 증가했다`, `revenue rose 10% to $132m from $120m a year
earlier, though down 12% from the second quarter's $150m`, `…, up 10%, and was 12% lower than in the second quarter,
when it was $150m`.

The first comparison is read where the change is read (link/relations.py: the change of the level). A rate of
change that nothing is linked to, standing right before or right after an earlier figure (a baseline or a prior)
that nothing is compared with, later in the sentence of that first change or in the next sentence before any
level of its own (`… 6.1% 내렸다. 다만 1년 전(2,900원)과 비교하면 10.0% 비싸다`), is the level's second change, measured
from that figure, when the figure has the level's kind and unit, names a time of its own other than the level's (or is
a prior marked earlier with no date), and names no other metric, nor does the text between (`while profit fell 30%
from …`), which opens no subject of its own (`반면 수입 물량은 …`, `[link.topic_particles]`; `…, and the Asian unit was
up 25% from …`: a clause joiner then a noun phrase with its own verb, link/context.py); no other level stands between
the first change and the pair. Its basis is the shift from the figure's period to the level's (a quarter, a year).
Walked once over the prose figures, each against its neighbours.
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.context import opens_own_subject_between
from checker.link.keys_differ import named_differently, own_period
from checker.link.sentence_groups import EARLIER_ROLES, prose_figures
from checker.models import Claim

# a subject of its own between the first change and the pair (`…에서 13% 줄었다. 반면 수입 물량은 …보다 8% 늘었다`)
_SUBJECT_BETWEEN = ByLanguage(lambda w: rf"[^\W\d_](?:{w.topic_particles})[\s,]", re.I)


def _free_rate(claim: Claim) -> bool:
    return claim.role == "change" and claim.kind == "percent" and claim.change_of is None and claim.compared_to is None


def _basis(level: Claim, earlier: Claim) -> str | None:
    """What the second change is measured against: the shift from the earlier figure's period to the level's (not
    the first change's: `up 12% from a year earlier and 31% above the second quarter's`)."""
    if level.period is not None:
        for shift in ("month", "quarter", "year"):
            if level.period.previous(shift) == earlier.period:
                return shift
    return earlier.basis if earlier.role == "prior" else None


def _other_metric_between(hits, starts: list[int], start: int, end: int, metric: str | None) -> bool:
    """A metric other than the level's named between the first change and the pair (`while profit fell …`)."""
    i = bisect.bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        if hits[i].metric != metric:
            return True
        i += 1
    return False


def link_second_priors(claims: list[Claim], doc) -> None:
    text, lang, metric_hits, metric_starts = doc.text, doc.language, doc.metric_hits, doc.metric_starts
    figures = prose_figures(claims)
    by_id = None
    compared = None
    last_change = None  # the last change linked to a level, in this sentence or the one before
    i = 0
    n = len(figures)
    while i < n:
        figure = figures[i]
        if last_change is not None and figure.sentence - last_change.sentence not in (0, 1):
            last_change = None
        if figure.role == "change" and figure.change_of is not None:
            last_change = figure
            i += 1
            continue
        if last_change is None or i + 1 >= n:
            i += 1
            continue
        nxt = figures[i + 1]
        if nxt.sentence != figure.sentence:
            i += 1
            continue
        if _free_rate(figure) and nxt.role in EARLIER_ROLES:
            rate, earlier = figure, nxt
        elif figure.role in EARLIER_ROLES and _free_rate(nxt):
            earlier, rate = figure, nxt
        else:
            if figure.role == "value" and figure.id != last_change.change_of:
                last_change = None  # another level between: the pair after it is that level's
            i += 1
            continue
        if by_id is None:
            by_id = {c.id: c for c in figures}
            compared = {c.compared_to for c in figures if c.compared_to}
        level = by_id.get(last_change.change_of)
        if (
            level is not None
            and earlier.id not in compared
            and (level.kind, level.unit) == (earlier.kind, earlier.unit)
            # (a prior its own words mark as earlier, `1년 전(…)`, `a year earlier`, may name no date)
            and (own_period(earlier) not in (None, own_period(level)) or earlier.role == "prior" and not earlier.period)
            and not named_differently(level, earlier, "metric")
            and not _other_metric_between(
                metric_hits, metric_starts, last_change.end, max(rate.start, earlier.start), level.metric
            )
            and not _SUBJECT_BETWEEN[lang].search(text, last_change.end, min(rate.start, earlier.start))
            and not opens_own_subject_between(doc, last_change.end, min(rate.start, earlier.start))
        ):
            rate.change_of = level.id
            rate.compared_to = earlier.id
            rate.basis = _basis(level, earlier)
            earlier.metric = earlier.metric or level.metric
            compared.add(earlier.id)
            last_change = rate
            i += 2
            continue
        i += 1
