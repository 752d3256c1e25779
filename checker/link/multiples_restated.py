"""A multiple beside a figure that the article restates later with the figure it is a change from: `3분기
영업이익 4.1조원…1년 새 3배로` (a headline) and, in the body, `영업이익은 4조1256억원으로 1년 전 1조2340억원보다
234% 늘었다`.

The headline states the new figure and the multiple; the body states the figure again, more precisely, with
the earlier one, linked by a change (a growth). The multiple is of that earlier figure: the figure it
multiplies is the one beside it (the one before it in its sentence, no other amount between), restated when
a later figure of the same metric and unit agrees with it within the headline's rounding and is the changed
figure of a change from a prior or baseline. Only when exactly one such pair is found. The reading spans
sentences: a mismatch is a warning (`guesses`).

A metric named between the figure and the multiple (`매출 8천억원 돌파…순이익 세 배로`, `sales top $2bn; profit
triples`) is what the multiple is of: the figure before it is another metric's, and nothing is linked. So is the
figure's own metric named again after a word that narrows it (`매출 900억원…온라인 매출 2배로`, `sales $2bn; online
sales double`): the multiple is of that part, not of the figure.
"""

from __future__ import annotations

from checker.link.figure_kinds import AMOUNTS
from checker.link.multiple_spans import years_apart, years_spanned
from checker.link.view import MetricHit
from checker.models import Claim
from checker.regex_cache import compile_exact

# A headline states a multiple or two; each reading walks the article's changes, so past this many multiples
# with a figure beside them (a pasted list) the rest are left unread and linking stays linear.
_MOST_READ = 64


# A word of two letters or more right before a metric's name (`해외 매출`, `online sales`): the name of a part of it.
_NARROWING_WORD = compile_exact(r"(?<![^\s…·,;:])[^\W\d_]{2,}\s$")


def link_multiples_restated(
    claims: list[Claim], metric_hits: list[MetricHit] = (), text: str = "", lang: str = "ko"
) -> None:
    figures = [c for c in claims if c.role != "conversion"]
    by_id = {c.id: c for c in figures}
    # every change from a prior or baseline, by the changed figure's metric and unit: found once
    changed: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for change in figures:
        restated, prior = by_id.get(change.change_of or ""), by_id.get(change.compared_to or "")
        if restated is None or prior is None or prior.role not in ("prior", "baseline") or not restated.metric:
            continue
        changed.setdefault((restated.metric, restated.unit), []).append((restated, prior))
    tried = 0
    for i, multiple in enumerate(figures):
        if multiple.kind != "multiple" or multiple.role != "change" or multiple.compared_to is not None:
            continue
        value = by_id.get(multiple.change_of or "") or _beside(figures, i)
        if value is None or not value.metric or "metric" in value.guesses or value.sentence != multiple.sentence:
            continue
        if any(
            value.end <= h.start
            and h.end <= multiple.start
            and (h.metric != value.metric or _NARROWING_WORD.search(text, max(value.end, h.start - 12), h.start))
            for h in metric_hits
        ):
            continue  # the multiple names a metric of its own, or a part of the figure's
        tried += 1
        if tried > _MOST_READ:
            return
        years = years_spanned(value, multiple, text, lang)
        priors = {
            prior.id
            for restated, prior in changed.get((value.metric, value.unit), [])
            if restated is not value
            and restated.sentence != multiple.sentence
            and restated.low <= value.high
            and value.low <= restated.high
            and prior.unit == value.unit
            and 0 < prior.value < value.value
            and (years is None or years_apart(prior, restated) == years)
        }
        if len(priors) != 1:
            continue  # which earlier figure: not said
        multiple.change_of, multiple.compared_to = value.id, priors.pop()
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _beside(figures: list[Claim], i: int) -> Claim | None:
    """The amount right before a multiple in its sentence (`영업이익 4.1조원…1년 새 3배로`)."""
    multiple = figures[i]
    for j in range(i - 1, -1, -1):
        before = figures[j]
        if before.sentence != multiple.sentence:
            return None
        if before.kind in AMOUNTS:
            return before if before.role == "value" else None
    return None
