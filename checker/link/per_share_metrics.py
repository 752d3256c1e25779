"""A figure of a metric stated per share with the count of shares it divides by: `Earnings per share were $2.10,
based on 400 million shares outstanding` (the net profit stated before: `net profit rose 8% to $840m`), `주당순이익
(EPS)은 2천100원으로, 발행주식 4천만주 기준이다`.

The lexicon names the metric a per-share metric divides (`per_share_of`: `eps` of `net_profit`). The figure is a
value of the per-share metric (named, not guessed); the count is the one count of shares of its sentence (a counter
of the share noun, `[link.share_noun]`), or the one the article states before it (every such count of one value);
the total is the latest value of the divided metric before it, of the figure's currency, of no segment (a figure
read with a scope only when it is the one stated) and of the figure's period where both state one. The per-unit
check (F317) divides the total by the count; the total stands in another sentence, so a mismatch is a warning
(`guesses`).
"""

from __future__ import annotations

from checker.link.keys_differ import periods_differ
from checker.link.lexicon import Lexicon
from checker.link.sentence_groups import prose_figures
from checker.link.unit_prices import share_noun
from checker.models import Claim


def link_per_share_metrics(claims: list[Claim], lang: str, lexicon: Lexicon | None) -> None:
    if lexicon is None:
        return
    divides = {m.id: m.per_share_of for m in lexicon.metrics.values() if m.per_share_of}
    noun = share_noun(lang)
    if not divides or noun is None:
        return
    figures = prose_figures(claims)
    for i, figure in enumerate(figures):
        if figure.metric not in divides or "metric" in figure.guesses or figure.kind != "money":
            continue
        if figure.role != "value" or figure.per_unit_of is not None:
            continue
        before = figures[:i]
        counts = [c for c in figures if c.sentence == figure.sentence and _of_shares(c, noun)]
        if not counts:
            stated = [c for c in before if _of_shares(c, noun)]
            counts = stated[-1:] if stated and len({c.value for c in stated}) == 1 else []
        if len(counts) != 1 or counts[0].role != "value":
            continue
        stated = [
            c
            for c in before
            if c.metric == divides[figure.metric]
            and "metric" not in c.guesses
            and c.kind == "money"
            and c.role == "value"
            and c.unit == figure.unit
            and not periods_differ(c, figure)
        ]
        whole = [c for c in stated if not c.scope]
        # (a figure read with a scope is the total only when the article states no other: `said on Tuesday that
        # net profit fell to $1bn` reads a scope where there is no segment)
        total = whole[-1] if whole else (stated[0] if len(stated) == 1 else None)
        if total is None or total.value <= figure.value:
            continue
        figure.per_unit_of, figure.units_of = total.id, counts[0].id
        figure.guesses = sorted(set(figure.guesses) | {"relation"})


def _of_shares(count: Claim, noun: str) -> bool:
    counter = (count.counter or "").lower()
    return count.kind == "count" and counter.startswith(noun) and len(counter) - len(noun) <= 2
