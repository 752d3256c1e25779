"""A margin stated right after its profit: `Operating profit was $1.2bn, a margin of 15%`, `영업이익 9조1000억원,
이익률 11.5%`, `영업이익 9조1000억원(이익률 11.5%)`. The rate names no metric of its own (`a margin`, `이익률`);
the figure right before it is a profit, so the rate is that profit's margin — an operating profit's operating
margin, a net profit's net margin, an EBITDA's EBITDA margin (`EBITDA was Rs 660 crore, for a margin of 12%`),
an EBIT's EBIT margin (an EBITA's EBITA margin), a pretax profit's pretax margin (its earlier figure may stand in
brackets between:
`£9.6m (£7.1m), giving a margin of 6.7%`) — of its company and period when the rate names none, and the
margin checks (profit ÷ revenue) take it. The other order too: a rate named a margin by the word before it, then
the profit (`a margin of 9.0% a year earlier on profit of £7.2m`, `a margin of 12%, giving operating profit of
$30m`). Language words are data (`[link.margin_after_profit]`, `[link.profit_after_margin]`,
`[link.margin_before_rate]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_MARGIN_BETWEEN = ByLanguage(lambda w: rf",?\s*\(?\s*(?:{w.margin_after_profit})\s*", re.I)
# `£9.6m (£7.1m), giving a margin of 6.7%`: the profit's earlier figure in brackets between it and its margin
# `Operating profit rose to €6.9m, a rise of €2.1m. That is a margin of 7.9%`: the next sentence names the profit's
# margin by a pronoun
_MARGIN_OF_THAT = ByLanguage(lambda w: rf"\W{{0,3}}\s+(?:{w.margin_of_that})\s*", re.I)
# `a margin of 9.0% a year earlier on profit of £7.2m`, `a margin of 12%, giving operating profit of $30m`: a rate named
# a margin by the word right before it, then the profit it is the margin of, right after it
_PROFIT_AFTER = ByLanguage(lambda w: rf"(?:{w.profit_after_margin})", re.I)
_MARGIN_BEFORE = ByLanguage(lambda w: rf"(?:{w.margin_before_rate})$", re.I)
# `made a profit of`, `a surplus of about`, `Profit was`: a profit named by no kind (operating, net …) right before it
_BARE_PROFIT_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.bare_profit_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `a margin of 8 per cent on its repair work`: a margin of some sales named right after it, not of the revenue
_MARGIN_ON_SALES = ByLanguage(lambda w: rf"\s+(?:{w.margin_on_sales})\s+[^\W\d]", re.I)
# `Its shipyard made a profit of £900,000`: a sentence opening on a part of the owner (a possessive and a noun of its
# own before the words naming the profit) states the part's profit, not the whole's
_PART_SUBJECT = ByLanguage(lambda w: rf"\s*(?:{w.possessive_determiners})\s+[^\W\d_]+\s", re.I)
_BARE_PROFIT_REACH = 40  # characters before a figure where the words naming it a profit stand
_BARE_PROFIT_METRIC = "net_profit"  # the bottom line: what a profit of no kind named is
_MARGIN_REACH = 40  # characters before the rate where the word naming it a margin stands
_EARLIER = ("prior", "baseline")
_OPEN_BRACKET = compile_exact(r"\s*\(\s*")
_CLOSE_BRACKET = compile_exact(r"\s*\)")
# the margin each profit metric defines over revenue (the rule pack's `defined` ratios)
_MARGIN_OF = {
    "operating_profit": "operating_margin",
    "net_profit": "net_margin",
    "ebitda": "ebitda_margin",
    "ebit": "ebit_margin",
    "ebita": "ebita_margin",
    "pretax_profit": "pretax_margin",
}


def link_margins(claims: list[Claim], text: str, lang: str, sentence_starts: list[int] | None = None) -> dict[str, str]:
    """Names each margin's metric by its profit; returns the rates named a margin before the profit after them
    (rate id → profit id): link/margin_bases.py links such a rate only when the profit it finds for the rate's time
    is this one (`a margin of 13.2% on EBITDA of $122m a year ago`, its time unread, is left alone)."""
    figures = prose_figures(claims)
    named_profits: dict[str, str] = {}
    for i, rate in enumerate(figures):
        if _margin_before_profit(figures, i, text, lang):
            _take_margin(rate, figures[i + 1])
            named_profits[rate.id] = figures[i + 1].id
            continue
        if i == 0 or rate.kind != "percent" or rate.role not in ("share", "value") or rate.metric:
            continue
        profit, between_from = figures[i - 1], figures[i - 1].end
        bracketed = None
        if _MARGIN_OF_THAT[lang].fullmatch(text, profit.end, rate.start) and profit.sentence == rate.sentence - 1:
            # the sentence before must state one profit (`rose to €9m, a rise of €2m`: one, and its change)
            profits = []
            for before in reversed(figures[:i]):
                if before.sentence != profit.sentence:
                    break
                if before.role == "value" and before.metric in _MARGIN_OF and "metric" not in before.guesses:
                    profits.append(before)
            if len(profits) == 1:
                _take_margin(rate, profits[0])
            continue
        if i >= 2 and _bracketed_prior(figures[i - 2], profit, text):
            bracketed, profit, between_from = profit, figures[i - 2], _CLOSE_BRACKET.match(text, profit.end).end()
        if profit.sentence != rate.sentence or not _MARGIN_BETWEEN[lang].fullmatch(text, between_from, rate.start):
            continue
        if (
            (profit.metric is None or "metric" in profit.guesses)
            and bracketed is None
            and _bare_profit(profit, text, lang)
        ):
            if _MARGIN_ON_SALES[lang].match(text, rate.end) or _part_subject(profit, text, lang, sentence_starts):
                continue
            # (`The mill turned a profit of €3.1m, a margin of 6 per cent`, `a surplus of £8,300, a margin of 1.9 per
            # cent`: a profit named by no kind is the bottom line, its margin a net margin over revenue)
            profit.metric = _BARE_PROFIT_METRIC
            profit.guesses = [g for g in profit.guesses if g != "metric"]  # (named by the words before it now)
        if profit.metric not in _MARGIN_OF or "metric" in profit.guesses:
            continue
        if bracketed is not None and bracketed.role == "value":
            bracketed.role = "prior"  # the margin is of the profit before the bracket, the bracket's figure earlier
        _take_margin(rate, profit)
        after = figures[i + 1] if i + 1 < len(figures) else None
        if after is not None and after.role == "prior" and after.metric is None and _bracketed_prior(rate, after, text):
            # `a margin of 10.0% (8.3%)`: the margin's figure of the period before, in brackets after it
            # (link/bracketed_comparatives.py), is a margin too
            after.metric = rate.metric
    return named_profits


def _bare_profit(profit: Claim, text: str, lang: str) -> bool:
    """Whether a money figure is named a profit of no kind right before it (`made a profit of`, `a surplus of`,
    `Profit was`): `[link.bare_profit_before]`."""
    return (
        profit.kind == "money"
        and profit.role == "value"
        and (
            _BARE_PROFIT_BEFORE[lang].search(text, max(0, profit.start - _BARE_PROFIT_REACH), profit.start) is not None
        )
    )


def _part_subject(profit: Claim, text: str, lang: str, sentence_starts: list[int] | None) -> bool:
    """Whether the profit's sentence opens on a part of its owner (`Its shipyard made a profit of`): a possessive and
    a noun of its own, before the words naming the figure a profit (`Its profit was` is the owner's own)."""
    if not sentence_starts or profit.sentence >= len(sentence_starts):
        return False
    opening = _PART_SUBJECT[lang].match(text, sentence_starts[profit.sentence], profit.start)
    named = _BARE_PROFIT_BEFORE[lang].search(text, max(0, profit.start - _BARE_PROFIT_REACH), profit.start)
    return opening is not None and named is not None and opening.end() <= named.start()


def _margin_before_profit(figures: list[Claim], i: int, text: str, lang: str) -> bool:
    """Whether the i-th figure is a rate named a margin (`a margin of 9.0%`) of the profit right after it in its
    sentence (`a year earlier on profit of £7.2m`), both of one time (this period's, or both earlier)."""
    rate = figures[i]
    if rate.kind != "percent" or rate.role not in ("share", "value", "prior") or rate.metric or i + 1 >= len(figures):
        return False
    profit = figures[i + 1]
    return (
        profit.sentence == rate.sentence
        and profit.metric in _MARGIN_OF
        and "metric" not in profit.guesses
        and (profit.role in _EARLIER) == (rate.role in _EARLIER)
        and profit.role in ("value", *_EARLIER)
        and _PROFIT_AFTER[lang].fullmatch(text, rate.end, profit.start) is not None
        and _MARGIN_BEFORE[lang].search(text, max(0, rate.start - _MARGIN_REACH), rate.start) is not None
    )


def _take_margin(rate: Claim, profit: Claim) -> None:
    rate.metric = _MARGIN_OF[profit.metric]
    if not rate.entities and profit.entities:
        rate.entities = list(profit.entities)
    if rate.period is None and profit.period is not None:
        rate.period = profit.period


def _bracketed_prior(profit: Claim, prior: Claim, text: str) -> bool:
    """Whether `prior` is the profit's earlier figure in brackets right after it (`£9.6m (£7.1m)`)."""
    return (
        prior.role in ("prior", "baseline", "value")  # (`£9.6m (£7.1m)` with no verb reads as two values)
        # (a figure already read as an earlier one may name no metric: `10.0% (8.3%)`)
        and (prior.metric == profit.metric or (prior.metric is None and prior.role == "prior"))
        and prior.unit == profit.unit
        and prior.sentence == profit.sentence
        and _OPEN_BRACKET.fullmatch(text, profit.end, prior.start) is not None
        and _CLOSE_BRACKET.match(text, prior.end) is not None
    )
