"""A change of a price stated abroad, compared with a price at home: `한 벌 값은 110달러로 우리 돈 15만 원 남짓이며,
국내 판매가 12만 원보다 25% 가량 비싸다`, `수출가는 병당 8달러로 우리 돈 1만800원 안팎이다. 국내 판매가 9천 원보다
5분의 1 가량 높다`, `Each sells for €40, about £34, some 15% more than the £30 it fetches at home`.

A rate of change (a percent, a fraction, a multiple) set right beside a baseline or prior of money it compares a
level with by size (`12만 원보다 25% 비싸다`, `a third more than the £300`; a move over time, `up a quarter from`,
is none) is of the level in the baseline's currency: where the level the readings before tied it to is in another
currency (`110달러`), the level's one equivalent in the baseline's (`우리 돈 15만 원`, stated right after it, the
comparison right after that) is the level the rate measures. A rate tied to no level, whose sentence opens with
the figure compared with, is of the equivalent the sentence before (in its paragraph) closes on, in the baseline's
currency (`… 우리 돈 1만800원 안팎이다. 국내 판매가 9천 원보다 5분의 1 가량 높다`): the price abroad restated at
home, compared with the home price; found by position, so the link is a guess (a mismatch is a warning).
"""

from __future__ import annotations

import bisect

from checker.link.sentence_groups import group_by_sentence
from checker.link.signed_comparisons import comparison_sign
from checker.models import Claim

_RATE_KINDS = ("percent", "fraction", "multiple")
_EARLIER_ROLES = ("baseline", "prior")


def link_changes_of_equivalents(claims: list[Claim], text: str, lang: str) -> None:
    equivalents: dict[str, list[Claim]] = {}
    for c in claims:
        if c.role == "conversion" and c.converts and c.kind == "money" and not c.furniture:
            equivalents.setdefault(c.converts, []).append(c)
    if not equivalents:
        return  # (no price restated in another currency: nothing to read)
    by_id = {c.id: c for c in claims}
    by_sentence = group_by_sentence(c for c in claims if not c.furniture and not c.table_cell)
    # (each figure's place in its sentence, read once: no walk of a sentence per rate on a long one-line article)
    place = {c.id: k for figures in by_sentence.values() for k, c in enumerate(figures)}
    # (each sentence's earlier figures of money and their ends, read once: a rate finds those before it by bisection)
    earlier_money: dict[int, tuple[list[int], list[Claim]]] = {}
    for at, figures in by_sentence.items():
        found = [c for c in figures if c.role in _EARLIER_ROLES and c.kind == "money"]
        if found:
            earlier_money[at] = ([c.end for c in found], found)
    for change in claims:
        if change.role != "change" or change.kind not in _RATE_KINDS or change.furniture:
            continue
        sentence = by_sentence.get(change.sentence, [])
        baseline = by_id.get(change.compared_to or "") or _baseline_before(change, earlier_money)
        if baseline is None or baseline.kind != "money" or baseline.role not in _EARLIER_ROLES:
            continue
        if not _rate_beside(change, baseline, place) or comparison_sign(change, text, lang) is None:
            continue  # (`up a quarter from £41.9m`: a move over time, no comparison of two prices by size)
        level = by_id.get(change.change_of or "")
        if level is not None:
            if level.kind != "money" or level.unit == baseline.unit:
                continue
            found = [e for e in equivalents.get(level.id, ()) if e.unit == baseline.unit]
            if len(found) != 1 or not _run_of(level, found[0], baseline, change, place):
                continue
            change.change_of, change.compared_to = found[0].id, baseline.id
            _sign(change, text, lang)
            continue
        if change.change_of is not None or change.compared_to not in (None, baseline.id):
            continue
        if sentence[0] is not baseline:
            # (a figure of the sentence's own before the comparison, or a rate before it, `Exports were a quarter more
            # than …`, of the subject its sentence names: its reading, not this one)
            continue
        before = [c for c in by_sentence.get(change.sentence - 1, []) if c.paragraph == change.paragraph]
        last = before[-1] if before else None
        if (
            last is None
            or last.role != "conversion"
            or last.kind != "money"
            or last.unit != baseline.unit
            or last.converts not in by_id
        ):
            continue
        change.change_of, change.compared_to = last.id, baseline.id
        change.guesses = sorted(set(change.guesses) | {"relation"})
        _sign(change, text, lang)


def _sign(change: Claim, text: str, lang: str) -> None:
    """`24만 원보다 4분의 1 싸다`: the sign the comparison after the rate gives it, now that it is measured from
    a stated figure (checker/link/signed_comparisons.py reads only the rates measured by then)."""
    if change.kind != "multiple":
        change.direction = comparison_sign(change, text, lang) or change.direction


def _at(figure: Claim, place: dict[str, int]) -> int:
    """The figure's place in its sentence's figures (-1 when it is none of them)."""
    return place.get(figure.id, -1)


def _rate_beside(change: Claim, baseline: Claim, place: dict[str, int]) -> bool:
    """The rate and the figure it is compared with stated side by side in one sentence, no figure between (`550만
    원보다 14%`, `a third more than the £300`)."""
    at, base = _at(change, place), _at(baseline, place)
    return change.sentence == baseline.sentence and at >= 0 and base >= 0 and abs(at - base) == 1


def _run_of(level: Claim, equivalent: Claim, baseline: Claim, change: Claim, place: dict[str, int]) -> bool:
    """The price, its equivalent, and the comparison with the home price stated in one run of one sentence, no figure
    between (`110달러로 우리 돈 15만 원 남짓이며, 국내 판매가 12만 원보다 25%`)."""
    at = _at(level, place)
    return (
        level.sentence == equivalent.sentence == change.sentence
        and at >= 0
        and _at(equivalent, place) == at + 1
        and min(_at(baseline, place), _at(change, place)) == at + 2
    )


def _baseline_before(change: Claim, earlier_money: dict[int, tuple[list[int], list[Claim]]]) -> Claim | None:
    """The one baseline or prior of money stated before the rate in its sentence."""
    ends, found = earlier_money.get(change.sentence, ((), ()))
    return found[0] if bisect.bisect_right(ends, change.start) == 1 else None
