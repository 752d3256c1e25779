"""A swing from a loss to a profit named after its figure: `turned a net loss of $1.8m into a profit of $3.5m, a
$5.3m turnaround`, `영업이익은 34억원으로, 지난해 18억원 영업손실에서 흑자로 돌아섰다. 1년 새 52억원이 개선됐다.`,
`… 흑자로 돌아섰다. 직전 분기에는 18억원의 영업손실을 냈는데, 영업손익이 52억원 개선됐다.` (issue 11).

The figure right before a swing word (`[link.swing_after]`: `turnaround`, `swing`, `개선`) is the difference of a profit
and a loss stated before it, in its sentence or the one or two before: profit − (−loss) = the swing, which the
difference kind checks with the loss negative (checker/link/turnarounds.py does the same for a swing named before
its figure, `a turnaround of $396m`). Walking back from the swing over the figures of its unit, the nearest one its
words name a loss (`[link.loss_before]` right before it, `[link.loss_after]` right after it: `a net loss of $1.8m`,
`18억원 영업손실`, `18억원의 영업손실`) is the loss, and the nearest one they do not, a level no clause of which
names a loss (`[link.loss_nouns]`: a smaller loss, not a profit), is the profit. Both must be found before any other
figure of the unit: a third figure between makes which two the swing spans a guess the words do not settle. Found by
the words and position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim
from checker.regex_needs import may_match_between

_SWING_AFTER = ByLanguage(lambda w: rf"^(?:{w.swing_after})", re.I)
_LOSS_BEFORE = ByLanguage(lambda w: rf"(?:{w.loss_before})\s*$", re.I)
_LOSS_AFTER = ByLanguage(lambda w: rf"^(?:{w.loss_after})", re.I)
_LOSS_NAMED = ByLanguage(lambda w: rf"(?:{w.loss_nouns})", re.I)
_REACH = 24  # characters next to a figure its loss or swing word may take
_SENTENCES_BACK = 2  # sentences before the swing's own its profit and loss may stand in


def link_swings_named_after(claims: list[Claim], text: str, lang: str) -> tuple[list[str], list[str]]:
    """Link each swing named after its figure to its profit and loss; (deficits, surpluses) by id."""
    deficits: list[str] = []
    surpluses: list[str] = []
    money = [c for c in claims if c.kind == "money" and not c.furniture and c.role != "conversion"]
    for at, swing in enumerate(money):
        if swing.change_of is not None or swing.role not in ("value", "change"):
            continue
        if swing.role == "change" and swing.direction < 0:
            continue
        after = text[swing.end : swing.end + _REACH]
        if not may_match_between(_SWING_AFTER[lang], after, 0, len(after)) or not _SWING_AFTER[lang].search(after):
            continue
        found = _profit_and_loss(money, at, text, lang)
        if found is None:
            continue
        profit, loss = found
        for figure in (profit, loss):
            if figure.role == "prior":
                figure.role = "baseline"
        swing.role, swing.direction = "change", 1
        swing.change_of, swing.compared_to = profit.id, loss.id
        swing.metric, swing.entities, swing.period = profit.metric, profit.entities, profit.period
        # (a swing spans two metrics, the profit and the loss: it names neither, so the loss stays its baseline)
        swing.guesses = sorted(set(swing.guesses) | {"relation", "metric"})
        deficits.append(loss.id)
        surpluses.append(profit.id)
    return deficits, surpluses


def _profit_and_loss(money: list[Claim], at: int, text: str, lang: str) -> tuple[Claim, Claim] | None:
    swing = money[at]
    profit = loss = None
    for back in range(at - 1, -1, -1):
        figure = money[back]
        if figure.sentence < swing.sentence - _SENTENCES_BACK:
            break
        if figure.unit != swing.unit:
            continue
        if figure.change_of is not None or figure.role not in ("value", "prior", "baseline"):
            return None
        if _named_loss(figure, text, lang):
            if loss is not None:
                return None
            loss = figure
        else:
            if profit is not None:
                return None
            clause_from = max(0, figure.start - _REACH, money[back - 1].end if back else 0)
            if _LOSS_NAMED[lang].search(text, clause_from, figure.start):
                return None  # `its net loss narrowed to $20m`: a smaller loss, the swing a plain difference
            profit = figure
        if profit is not None and loss is not None:
            return (profit, loss) if profit.value + loss.value > 0 else None
    return None


def _named_loss(figure: Claim, text: str, lang: str) -> bool:
    if _LOSS_BEFORE[lang].search(text, max(0, figure.start - _REACH), figure.start):
        return True
    return _LOSS_AFTER[lang].search(text[figure.end : figure.end + _REACH]) is not None
