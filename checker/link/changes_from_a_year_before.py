"""A second change of a level measured from the year before by words alone, its earlier figure stated elsewhere:
`Sales were up 4.6% from $203.1 million in the second quarter, and up $15.6 million from a year earlier`, after a
lead that states the level and its figure a year earlier (`sales rose 7.9% to $212.4 million from $196.8 million a
year earlier`).

A change nothing is linked to, followed right after by words naming the year before and no figure
(`[link.change_from_year_before]`), after a change of its sentence that measures a level, is a change of that level;
the figure it is measured from is the level's figure of the same period a year earlier, when a change of the article
already measures the level from it (the lead's). Of the level's kind and unit for an amount; any rate of change; of
no other metric named in its own clause (`…, and operating profit was up $3m from a year earlier`); its clause
naming no subject (`, and up`; not `…, and its store count grew 12% from a year earlier`) or the level's metric. The
earlier figure is found by its period, not written beside the change, so the link is a guess (a warning).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match

_YEAR_BEFORE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.change_from_year_before})(?![^\W\d_])", re.I)
# the change's clause names no subject: a joiner, a copula and the verb alone (`, and up`, `, and was up`, `, rising`)
_BARE_CLAUSE = ByLanguage(
    lambda w: (
        rf"[,;]?\s*(?:(?:{w.clause_joiners})\s+)?(?:(?:{w.share_copulas_before})\s+)?"
        rf"(?:{w.rise_verbs_before}|{w.fall_verbs_before})\s+"
    ),
    re.I,
)


def link_changes_from_a_year_before(
    claims: list[Claim], text: str, lang: str, metric_hits: list, metric_starts: list[int]
) -> None:
    if not may_match(_YEAR_BEFORE_AFTER[lang], text):
        return  # (a change is read only before the words of a year before)
    by_id = {c.id: c for c in claims}
    # (level id → its figure a year earlier, which a change of the article measures it from)
    year_before: dict[str, Claim] = {}
    for claim in claims:
        if claim.role != "change" or not claim.change_of or not claim.compared_to:
            continue
        level, earlier = by_id.get(claim.change_of), by_id.get(claim.compared_to)
        if level is None or earlier is None or level.period is None or earlier.period is None:
            continue
        if earlier.period == level.period.previous():
            year_before.setdefault(level.id, earlier)
    if not year_before:
        return
    for figures in prose_by_sentence(claims).values():
        for position, change in enumerate(figures):
            if change.role != "change" or change.change_of is not None or not change.direction:
                continue
            if not _YEAR_BEFORE_AFTER[lang].match(text, change.end):
                continue
            first = None
            for k in range(position - 1, -1, -1):
                if figures[k].role == "change" and figures[k].change_of in year_before:
                    first = figures[k]
                    break
            if first is None:
                continue
            level, earlier = by_id[first.change_of], year_before[first.change_of]
            clause = _clause_start(text, figures[position - 1].end, change.start)
            if not _BARE_CLAUSE[lang].fullmatch(text, clause, change.start):
                # (`…, and its store count grew 12% from a year earlier`: another subject's change)
                k = bisect.bisect_left(metric_starts, clause)
                if not any(
                    h.metric == level.metric for h in metric_hits[k : bisect.bisect_left(metric_starts, change.start)]
                ):
                    continue
            if change.kind in AMOUNTS and (change.kind, change.unit) != (level.kind, level.unit):
                continue
            if change.kind not in AMOUNTS and change.kind != "percent":
                continue
            if change.metric and "metric" not in change.guesses and change.metric != level.metric:
                continue  # (`…, and operating profit was up $3m from a year earlier`: a change of another metric)
            change.change_of, change.compared_to = level.id, earlier.id
            if "relation" not in change.guesses:
                change.guesses.append("relation")


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the change's clause opens: at the last comma after the figure before it (`start`), else at that figure."""
    comma = max(text.rfind(",", start, end), text.rfind(";", start, end))
    return comma if comma >= 0 else start
