"""A surplus or a shortfall, and the income and the costs it is the balance of, each stated in a clause of its own:
`The fair made a surplus of £9,000. … Income totalled £61,000. … It cost £52,000.`, `Ticket sales raised $2.1m. …
The town spent $1.7m running the rink, leaving it with a net of $400,000`, `입장료 수입은 3억 원이었다. 운영비는 4억
원이 들었다. … 나머지 1억 원은 군 예산으로 메웠다`.

A balance is a money figure its words make one (`[link.balance_surplus_before]`: `a surplus of`, `leaving it with`,
`That left`; `[link.balance_surplus_after]`: `in the black`; `[link.balance_deficit_before]`: `a shortfall of`,
`The gap of`; `[link.balance_deficit_after]`: `in the red`, `은 시 예산으로 메웠다`), a plain value no rule before
tied to anything. Its income is the money figure of its currency nearest to it (by sentences, its own first) whose
clause names it as money coming in (`[link.income_marks_before]`: `Income totalled`, `brought in`, `raised`,
`수입은`; `[link.income_marks_after]`: `in rent`, `in sales`), and its costs the nearest one whose clause names it
as money going out (`[link.cost_marks_before]`: `It cost`, `Spending reached`, `운영비는`; `[link.cost_marks_after]`:
`budget`): each a plain value (no change, prior, share, part of a list, figure per unit), of the balance's forecast.
A surplus is the income less the costs, a shortfall the costs less the income, which the difference kind checks.

Structural vetoes: two figures of one side at the same nearest distance (which one is not said), a figure named
both ways, and a sentence of the balance that states before it another plain figure of its currency that is neither
side (`Fares brought in £28,000 and a grant £15,000, leaving a gap of £5,000`: the gap is of more than two figures).
Found by words and position, so the link is a guess (a mismatch is a warning).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.parallel_parts import marked_per_unit
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_SURPLUS_BEFORE = ByLanguage(lambda w: rf"(?:{w.balance_surplus_before})\s*$", re.I, first_tested=False)
_SURPLUS_AFTER = ByLanguage(lambda w: rf"(?:{w.balance_surplus_after})", re.I, first_tested=False)
_DEFICIT_BEFORE = ByLanguage(lambda w: rf"(?:{w.balance_deficit_before})\s*$", re.I, first_tested=False)
_DEFICIT_AFTER = ByLanguage(lambda w: rf"(?:{w.balance_deficit_after})", re.I, first_tested=False)
# (any word of a balance: a text without one is not read)
_ANY_MARK = ByLanguage(
    lambda w: (
        rf"(?:{w.balance_surplus_before}|{w.balance_surplus_after}|{w.balance_deficit_before}"
        rf"|{w.balance_deficit_after})"
    ),
    re.I,
)
_INCOME_BEFORE = ByLanguage(lambda w: rf"(?:{w.income_marks_before})", re.I)
_INCOME_AFTER = ByLanguage(lambda w: rf"(?:{w.income_marks_after})", re.I, first_tested=False)
_COST_BEFORE = ByLanguage(lambda w: rf"(?:{w.cost_marks_before})", re.I)
_COST_AFTER = ByLanguage(lambda w: rf"(?:{w.cost_marks_after})", re.I, first_tested=False)
_CLAUSE_BREAK = compile_exact(r"[.;:!?\n]")
_MARK_REACH = 48  # characters before a balance where its word stands
_SIDE_REACH = 60  # characters of a side's clause before it where its word stands
_BACK, _AHEAD = 12, 6  # sentences before and after the balance where its sides may stand
_OWN_REACH = 8  # figures on each side of the balance in its own sentence that may be a side
_CROWDED = 40  # a sentence of more figures is a run of them, no clause of a side


def link_balances_of_income_and_costs(claims: list[Claim], text: str, lang: str) -> None:
    if not may_match(_ANY_MARK[lang], text):
        return  # (no word of a balance in the text: none read)
    figures = [c for c in claims if c.kind == "money" and c.role != "conversion" and not c.furniture]
    if len(figures) < 3:
        return
    by_sentence = group_by_sentence(figures)
    at = {c.id: i for group in by_sentence.values() for i, c in enumerate(group)}
    tied = {c.change_of for c in claims if c.change_of} | {c.compared_to for c in claims if c.compared_to}
    wholes = {c.part_of for c in claims if c.part_of}
    for balance in figures:
        if not _plain(balance) or balance.id in tied or balance.id in wholes or balance.table_cell:
            continue
        sign = _balance_sign(balance, text, lang)
        if sign == 0:
            continue
        near = {
            sentence: _near(balance, sentence, by_sentence, at)
            for sentence in range(balance.sentence - _BACK, balance.sentence + _AHEAD + 1)
        }
        incomes = _sides(balance, near, text, lang, "income")
        costs_found = _sides(balance, near, text, lang, "costs")
        pair = _agreeing(balance, sign, incomes, costs_found) or (_nearest(incomes), _nearest(costs_found))
        income, costs = pair
        if income is None or costs is None or income is costs:
            continue
        if _others_before(balance, (income, costs), near[balance.sentence], text, lang):
            continue  # (`Fares brought in £28,000 and a grant £15,000, leaving a gap of £5,000`: more than two sides)
        value, prior = (income, costs) if sign > 0 else (costs, income)
        balance.role, balance.direction = "change", 1
        balance.change_of, balance.compared_to = value.id, prior.id
        balance.guesses = sorted(set(balance.guesses) | {"relation"})
        tied.update((balance.id, value.id, prior.id))


def _plain(claim: Claim) -> bool:
    return (
        claim.role == "value"
        and claim.change_of is None
        and claim.compared_to is None
        and claim.part_of is None
        and claim.per_unit_of is None
        and claim.units_of is None
        and claim.per_period_of is None
        and claim.product_of is None
        and claim.share_part is None
        and claim.low > 0
        and claim.high < float("inf")
    )


def _balance_sign(claim: Claim, text: str, lang: str) -> int:
    """+1 a surplus (income less costs), −1 a shortfall (costs less income), 0 no balance; words of both: 0."""
    before = max(0, claim.start - _MARK_REACH)
    surplus = bool(
        _SURPLUS_BEFORE[lang].search(text, before, claim.start) or _SURPLUS_AFTER[lang].match(text, claim.end)
    )
    deficit = bool(
        _DEFICIT_BEFORE[lang].search(text, before, claim.start) or _DEFICIT_AFTER[lang].match(text, claim.end)
    )
    return 0 if surplus == deficit else (1 if surplus else -1)


def _clause_before(claim: Claim, text: str) -> int:
    """Where the figure's clause starts, at most `_SIDE_REACH` characters back."""
    start = max(0, claim.start - _SIDE_REACH)
    ends = [hit.end() for hit in _CLAUSE_BREAK.finditer(text, start, claim.start)]
    return ends[-1] if ends else start


def _side(claim: Claim, text: str, lang: str) -> str | None:
    """`income`, `costs`, or None (no word of either in its clause, or words of both)."""
    start = _clause_before(claim, text)
    income = bool(_INCOME_BEFORE[lang].search(text, start, claim.start) or _INCOME_AFTER[lang].match(text, claim.end))
    costs = bool(_COST_BEFORE[lang].search(text, start, claim.start) or _COST_AFTER[lang].match(text, claim.end))
    if income == costs:
        return None
    return "income" if income else "costs"


def _near(balance: Claim, sentence: int, by_sentence: dict[int, list[Claim]], at: dict[str, int]) -> list[Claim]:
    """The figures of a sentence a side may be: in the balance's own sentence the `_OWN_REACH` figures on each side of
    it; in another, all of them, unless it states more than `_CROWDED` (a run of figures, no clause naming one).
    (Bounded, so that a long one-line run of figures stays linear.)"""
    group = by_sentence.get(sentence, [])
    if sentence == balance.sentence:
        i = at[balance.id]
        return group[max(0, i - _OWN_REACH) : i + _OWN_REACH + 1]
    return group if len(group) <= _CROWDED else []


def _sides(balance: Claim, near: dict[int, list[Claim]], text: str, lang: str, wanted: str) -> list[tuple[int, Claim]]:
    """The figures of one side around the balance (its own sentence, `_BACK` before, `_AHEAD` after), each with its
    distance in sentences, nearest first."""
    found = []
    for sentence, group in near.items():
        for claim in group:
            if claim is balance or claim.unit != balance.unit or not _plain(claim):
                continue
            if claim.forecast != balance.forecast or claim.table_cell or marked_per_unit(claim, text, lang):
                continue
            if _side(claim, text, lang) == wanted:
                found.append((abs(sentence - balance.sentence), claim))
    found.sort(key=lambda pair: pair[0])
    return found


def _nearest(found: list[tuple[int, Claim]]) -> Claim | None:
    """The one figure at the nearest distance; two there: None (which one is not said)."""
    if not found or (len(found) > 1 and found[1][0] == found[0][0]):
        return None
    return found[0][1]


def _agreeing(
    balance: Claim, sign: int, incomes: list[tuple[int, Claim]], outgoings: list[tuple[int, Claim]]
) -> tuple[Claim, Claim] | None:
    """The nearest income and costs whose balance agrees with the stated one. The words make the figure a balance
    and the two figures income and costs; the arithmetic only chooses which of those stated around it (`Rentals
    brought in $630,000. … Ticket revenue was $2.3m. … The town spent $1.9m, leaving it with a net of $400,000`),
    and a balance that agrees with no pair keeps the pair found by position, so a slip is still reported."""
    best = None
    for income_at, income in incomes:
        for costs_at, costs in outgoings:
            if income is costs:
                continue
            if sign > 0:
                low, high = income.low - costs.high, income.high - costs.low
            else:
                low, high = costs.low - income.high, costs.high - income.low
            if low <= balance.high and balance.low <= high and (best is None or income_at + costs_at < best[0]):
                best = (income_at + costs_at, income, costs)
    return None if best is None else (best[1], best[2])


def _others_before(balance: Claim, sides: tuple[Claim, Claim], own: list[Claim], text: str, lang: str) -> bool:
    """Whether the balance's sentence states, before it, a plain figure of its currency that is neither side nor a
    part of one, nor a figure per unit."""
    ids = {side.id for side in sides}
    for claim in own:
        if claim.start >= balance.start:
            break
        if claim.id in ids or claim.unit != balance.unit or claim.part_of in ids:
            continue
        if claim.role == "value" and claim.change_of is None and not marked_per_unit(claim, text, lang):
            return True
    return False
