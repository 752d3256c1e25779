"""A share of a metric the text names after the rate: `Revenue rose 6% to $3.6 billion. … Packaging costs were
$540 million, equal to 15% of revenue`, `Payroll came to $900 million, or 25% of sales`.

The rate (a percentage or a fraction) follows its part in one clause, a few words and a comma between (`, or`,
`, equal to`, `on wages, about a third`: `[link.metric_share_joints]`), and is followed by the
name of a metric (`of revenue`, `of its sales`: `[link.metric_share_openers]`, then a metric of the lexicon). The
whole is the latest figure stated before the part that names that metric in its own words (not carried over), of
the part's unit and kind, a level of the story (no prior, change or forecast; for a part of a list, the list's whole
when it names the metric too), not dated to another
period and larger than the part (a smaller figure on the way back, an average price or a segment, is another fact
of the story and passed over). A second
figure of the unit beside that whole makes the whole unsure (checker/link/rival_wholes.py): nothing. A metric
the article never states (`a deficit of $50bn, equal to 3% of GDP`) has no whole here. Found by position: a guess.
"""

from __future__ import annotations

import bisect
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.rival_wholes import has_rival_whole
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.view import MetricHit
from checker.models import Claim

# `$900 million on wages, about a third of revenue`: a few words of the part's clause, no figure, then the joint.
_JOINT = ByLanguage(lambda w: rf"[^\d.;,\n]{{0,30}}(?:{w.metric_share_joints})", re.I)
_OPENER = ByLanguage(lambda w: rf"(?:{w.metric_share_openers})", re.I)


def link_metric_shares(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> None:
    if not metric_hits:
        return
    joint, opener = _JOINT[lang], _OPENER[lang]
    hit_starts = [h.start for h in metric_hits]
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    by_id = {c.id: c for c in claims}
    for position in range(1, len(figures)):
        part, rate = figures[position - 1], figures[position]
        if rate.role != "share" or rate.share_part is not None or not _proper_share(rate):
            continue
        if part.kind not in AMOUNTS or part.role != "value" or part.sentence != rate.sentence:
            continue
        if not math.isfinite(part.high) or not joint.fullmatch(text, part.end, rate.start):
            continue
        after = opener.match(text, rate.end)
        if after is None:
            continue
        at = bisect.bisect_left(hit_starts, after.end())
        if at == len(metric_hits) or metric_hits[at].start != after.end():
            continue  # `of last year's revenue`, `of GDP`: no metric named right there
        whole = _latest_of_metric(figures[: position - 1], part, metric_hits[at].metric, by_id)
        if whole is None or has_rival_whole(whole, part, by_sentence):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id


def _proper_share(rate: Claim) -> bool:
    """A percentage or a fraction (`about a third`) of less than the whole."""
    if rate.kind == "percent":
        return 0 < rate.value < 100
    return rate.kind == "fraction" and 0 < rate.value < 1


def _latest_of_metric(before: list[Claim], part: Claim, metric: str, by_id: dict[str, Claim]) -> Claim | None:
    for claim in reversed(before):
        if claim.metric != metric or "metric" in claim.guesses:
            continue
        if (claim.unit, claim.kind) != (part.unit, part.kind) or claim.role != "value":
            continue
        if claim.part_of is not None:
            # `revenue of $4.8bn: tickets $4.1bn, cargo $0.4bn … fuel $1.2bn, a quarter of revenue`: the latest
            # figure of the metric is a part of its list, and the list's whole is the metric's total
            claim = by_id.get(claim.part_of)
            if claim is None or claim.metric != metric or "metric" in claim.guesses or claim.role != "value":
                return None
        if claim.forecast or claim.sentence == part.sentence:
            return None  # the metric's latest figure is no level of the story, or is listed with the part
        if not claim.low > part.high:
            continue  # a smaller figure of the metric is another fact of the story (an average fare, a segment)
        return None if periods_differ(claim, part) else claim
    return None
