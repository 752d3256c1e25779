"""An account written as prose: what came in, what went out, and the balance between them, each stated as a figure
of its own, often sentences apart (`The society lost $2,000 over the year. … Its income was $30,000. … Spending
reached $32,000.`, `수입은 4억원 … 지출은 4억5천만원으로 5천만원 적자`).

A money figure is the account's balance when the words right beside it name a shortfall (`lost`, `a deficit of`,
`a loss of`, `a $900 loss`: `[link.account_loss_before]`, `[link.account_loss_after]`) or a surplus (`a surplus of`,
`[link.account_surplus_before]`, `[link.account_surplus_after]`). The account's sides are the figures named, in the
clause right before them, by a noun of the income side (`[link.account_income_nouns]`: income, takings, receipts)
or of the spending side (`[link.account_spending_nouns]`: spending, costs, expenses), when no word narrows the noun
to one part of the side (`spending on the lawns`, `income from fees`: `[link.account_side_narrowers]`). A loss is
what spending took beyond income (spending = income + loss); a surplus, what income left over spending (income =
spending + surplus): the larger side is the whole, the other side and the balance its two parts, closed (the words
say the account is all of it). A side that is the whole of parts of its own already (`income of $30,000: fees
$20,000 and grants $10,000`) is left so: a whole holds one list.

The account is read only when the text states it alone: within `_REACH` sentences of the balance, exactly one figure
of each side in its unit (two incomes, another year's or a part's, leave it unread), each a plain value (no change,
prior or baseline, no figure per unit), of the balance's period and forecast, not yet a part of anything; and the
balance smaller than each side (a balance as large as a side is of another account); no member placed at another
time by a word before it in its sentence (`Five years ago, the club lost $9,000`), unless the three share one. A
balance stated twice (the headline, then the lead) is read once, at the statement nearest its sides. Membership is
by the words beside the figures; whether they add up is the check's question, never the link's.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import periods_differ
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import search_if_possible

_LOSS_BEFORE = ByLanguage(lambda w: rf"(?:{w.account_loss_before})\s*(?:a\s+|an\s+)?$", re.I)
_LOSS_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.account_loss_after})", re.I)
_SURPLUS_BEFORE = ByLanguage(lambda w: rf"(?:{w.account_surplus_before})\s*$", re.I)
_SURPLUS_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.account_surplus_after})", re.I)
# a side's noun, then the words of its clause up to the figure: no figure, no clause's end between
_INCOME_SIDE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.account_income_nouns})(?![^\W\d_])(?P<rest>[^\d.;:!?]*)$", re.I, first_tested=False
)
_SPENDING_SIDE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.account_spending_nouns})(?![^\W\d_])(?P<rest>[^\d.;:!?]*)$",
    re.I,
    first_tested=False,
)
_NARROWED = ByLanguage(lambda w: rf"\s*(?:{w.account_side_narrowers})(?![^\W\d_])", re.I)
# (a cheap gate: an article that names no balance has no account to read)
_ANY_BALANCE = ByLanguage(
    lambda w: (
        rf"(?:{w.account_loss_before}|{w.account_loss_after}|{w.account_surplus_before}|{w.account_surplus_after})"
    ),
    re.I,
)
# a word placing a figure at another time than the story's (`Five years ago`, `in 2019`), before it in its sentence
_OTHER_TIME = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_unit_apart_other_times})(?![^\W\d_])", re.I)
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")
# the metrics an account's figures may be guessed to have: none, or the sides' own (a figure of a profit metric, `net
# income of $4m`, `operating income`, is a company's result, of other costs than its sides)
_ACCOUNT_METRICS = frozenset({None, "spending", "budget"})
_MARK_REACH = 24  # characters before a figure where its balance's words stand
_SIDE_REACH = 40  # characters before a figure where its side's noun stands
_REACH = 5  # sentences between the balance and each side


def link_accounts_in_prose(claims: list[Claim], text: str, lang: str) -> None:
    if search_if_possible(_ANY_BALANCE[lang], text) is None:
        return
    money = [c for c in claims if c.kind == "money" and not c.furniture and _plain(c) and c.metric in _ACCOUNT_METRICS]
    if len(money) < 3:
        return
    balances: list[tuple[Claim, bool]] = []
    incomes: list[Claim] = []
    spendings: list[Claim] = []
    for claim in money:
        before = text[max(0, claim.start - _MARK_REACH) : claim.start]
        if _LOSS_BEFORE[lang].search(before) or _LOSS_AFTER[lang].match(text, claim.end):
            balances.append((claim, False))
        elif _SURPLUS_BEFORE[lang].search(before) or _SURPLUS_AFTER[lang].match(text, claim.end):
            balances.append((claim, True))
        else:
            side = _side(claim, text, lang)
            if side == "income":
                incomes.append(claim)
            elif side == "spending":
                spendings.append(claim)
    if not balances or not incomes or not spendings:
        return
    wholes = {c.part_of for c in claims if c.part_of}
    done: set[tuple] = set()
    # (a balance stated twice is read at the statement nearest its sides: the later first, as a lead follows a
    # headline and the sides follow the lead)
    for balance, surplus in sorted(balances, key=lambda b: -b[0].start):
        if balance.part_of is not None or (balance.unit, balance.value) in done:
            continue
        income = _one_side(balance, incomes)
        spending = _one_side(balance, spendings)
        if income is None or spending is None:
            continue
        if any(c.part_of is not None for c in (income, spending)):
            continue
        if _at_another_time(text, lang, balance, income, spending):
            continue  # (`Five years ago, the club lost $9,000`: the balance of another year than the sides')
        if balance.high >= min(income.low, spending.low):
            continue  # (a balance as large as a side is of another account)
        whole, other = (income, spending) if surplus else (spending, income)
        if whole.id in wholes:
            continue  # (a whole of its own parts already, `income of $30,000: fees $20,000, grants $10,000`)
        other.part_of = whole.id
        balance.part_of = whole.id
        whole.open_list = False
        whole.guesses = sorted(set(whole.guesses) | {"relation"})
        wholes.add(whole.id)
        done.add((balance.unit, balance.value))


def _plain(claim: Claim) -> bool:
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.compared_to is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.per_period_of is None
        and claim.product_of is None
        and claim.low > 0
    )


def _side(claim: Claim, text: str, lang: str) -> str | None:
    window_start = max(0, claim.start - _SIDE_REACH)
    for name, pattern in (("income", _INCOME_SIDE[lang]), ("spending", _SPENDING_SIDE[lang])):
        found = pattern.search(text, window_start, claim.start)
        if found is None:
            continue
        if _NARROWED[lang].match(text, found.start("rest")):
            return None  # (`spending on the lawns`: one part of the side)
        return name
    return None


def _one_side(balance: Claim, side: list[Claim]) -> Claim | None:
    """The one figure of a side within reach of the balance, in its unit, period and forecast; None when the text
    states none or more than one."""
    found = [
        c
        for c in side
        if abs(c.sentence - balance.sentence) <= _REACH
        and c.unit == balance.unit
        and c.forecast == balance.forecast
        and not periods_differ(c, balance)
    ]
    return found[0] if len(found) == 1 else None


def _at_another_time(text: str, lang: str, *members: Claim) -> bool:
    """Whether a member's sentence places it, before it, at another time (`Five years ago`, `in 2019`), unless all
    three stand in one sentence (the time is then the account's own)."""
    if len({c.sentence for c in members}) == 1:
        return False
    for claim in members:
        window = max(0, claim.start - 200)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, window, claim.start)]
        start = ends[-1] if ends else window
        if _OTHER_TIME[lang].search(text, start, claim.start):
            return True
    return False
