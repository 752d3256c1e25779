"""A rate in a lead with nothing to change, whose value and prior the next sentence states as a pair: `The
carrier said its third-quarter profit rose 22%. Net income was $610 million, compared with $500 million a
year earlier.`, `Registrations rose 8.2% in September. A total of 272,610 cars were registered, up from
251,950.`, `한빛전자의 1분기 순이익이 18% 늘었다. 순이익은 1180억원으로 1년 전 1000억원에서 늘었다.`, `… net profit
more than tripled. Net profit rose to RMB1.96bn, against RMB0.61bn a year earlier.` (a multiple of change)

News copy gives the rate first and the figures it comes from in the sentence after. The lead's sentence
must state that one rate (unlinked, or linked to the value of the next sentence) with no amount of its
own; the next sentence must state one value and one prior (or baseline) of one unit and counter, the prior
dated before the value, and no change of its own. A metric named before the rate must be the value's, and
the rate's own metric, when it has one, must agree with the value's; the two must not be dated to different
years. Only the lead is read: the headline (sentence 0) and the first sentences of the paragraph after it.
Further on, a rate standing alone is one fact among many, not the summary of the figures that follow (an
inflation rate mid-article is not the change of the rents stated next). A link across sentences is a guess (a
warning, not an error, when the figures disagree).
"""

from __future__ import annotations

import bisect

from checker.link.sentence_groups import prose_by_sentence
from checker.link.view import ArticleView
from checker.models import Claim

_AMOUNT_KINDS = ("money", "count", "measure", "range")
_STARTS = ("prior", "baseline")
# The lead: the paragraph after the headline (or the first, with none) and no further than its first sentences.
_LEAD_PARAGRAPHS = 2
_LEAD_SENTENCES = 3


def link_lead_rates(claims: list[Claim], doc: ArticleView) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence >= _LEAD_SENTENCES or any(c.paragraph >= _LEAD_PARAGRAPHS for c in figures):
            continue  # past the lead
        if any(c.kind in _AMOUNT_KINDS for c in figures):
            continue  # the lead states an amount: its rate is that amount's, or which one is not said
        # (a multiple of change, in a lead that states no rate, reads as a rate does: `… net profit more than tripled`;
        # beside a rate, a multiple is a word of another kind: `the twice-yearly plate change`)
        rates = [c for c in figures if c.kind == "percent"] or [c for c in figures if c.kind == "multiple"]
        if len(rates) != 1 or rates[0].role != "change" or rates[0].compared_to is not None:
            continue
        rate = rates[0]
        pair = _value_and_prior(by_sentence.get(sentence + 1, []))
        if pair is None:
            continue
        value, prior = pair
        if rate.change_of not in (None, value.id):
            continue  # linked to another value already
        if not _metric_fits(rate, value, doc) or not _same_year(rate, value):
            continue
        rate.change_of, rate.compared_to = value.id, prior.id
        # No metric is named before the rate, or the value's is: one named after it was a cause's, not the rate's.
        rate.metric = value.metric
        if "relation" not in rate.guesses:
            rate.guesses.append("relation")


def _value_and_prior(figures: list[Claim]) -> tuple[Claim, Claim] | None:
    """The next sentence's one value and one prior of one unit, when it states nothing else that changes."""
    if any(c.role == "change" for c in figures):
        return None
    amounts = [c for c in figures if c.kind in _AMOUNT_KINDS]
    if len(amounts) != 2:
        return None
    values = [c for c in amounts if c.role == "value"]
    priors = [c for c in amounts if c.role in _STARTS]
    if len(values) != 1 or len(priors) != 1:
        return None
    value, prior = values[0], priors[0]
    # `272,610 new cars …, up from 251,950`: a counter written once counts both.
    counted = value.counter != prior.counter and bool(value.counter) and bool(prior.counter)
    if value.unit != prior.unit or counted or value.forecast != prior.forecast:
        return None
    if value.period is not None and prior.period is not None and not _before(prior, value):
        return None
    return value, prior


def _before(prior: Claim, value: Claim) -> bool:
    """The prior's period ends before the value's: an earlier year, or an earlier part of the same grain."""
    earlier, later = prior.period, value.period
    if earlier.year != later.year:
        return earlier.year < later.year
    return earlier.grain == later.grain and (earlier.index or 0) < (later.index or 0)


def _metric_fits(rate: Claim, value: Claim, doc: ArticleView) -> bool:
    """A metric named in the lead before its rate must be the value's (`Exports rose 8%.` is not about a
    profit stated next); one named after it (`… rose 22%, helped by busier routes`) says why, not what. With none
    named before it, the rate's own metric (carried from the sentences before), when it has one, must be the
    value's too."""
    s_start, s_end = doc.segments.sentence_bounds(rate.sentence, len(doc.text))
    lo = bisect.bisect_left(doc.metric_starts, s_start)
    at = bisect.bisect_left(doc.metric_starts, rate.start)
    hi = bisect.bisect_left(doc.metric_starts, s_end)
    named = {hit.metric for hit in doc.metric_hits[lo:at]}
    if named:
        return value.metric is not None and value.metric in named
    if rate.metric in {hit.metric for hit in doc.metric_hits[at:hi]}:
        return True  # the rate's metric is a cause's, named after it
    return not (rate.metric and value.metric and rate.metric != value.metric)


def _same_year(rate: Claim, value: Claim) -> bool:
    return rate.period is None or value.period is None or rate.period.year == value.period.year
