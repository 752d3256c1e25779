"""A count that is what is left of a whole after a part stated before it (`수거한 8,000개 가운데 7,400개를 씻었고,
터진 600개는 폐기했다`, `Of the 40 stalls, 31 were let; the other 9 stood empty`): the whole, the part and the rest are
three counts of one thing, and a figure per one unit stated after them (`개당 80원씩`, `£40 a stall`) may divide any of
them. The wording does not say which, so the readings of a figure per unit that take the count nearest before it take
none when that count is such a rest (checker/link/priced_totals.py, per_unit_ko.py, per_unit_fallback.py).

The three are read by their numbers: a count of the same unit and counter as a whole stated before it, and a part of
it stated before it too, whose difference as written meets the count as written (to a half per cent of the whole). A
count stated in the figure's own clause is the figure's, whatever it adds up with (its callers ask only of a count
from a sentence before).
"""

from __future__ import annotations

from bisect import bisect_left

from checker.models import Claim

_SLACK = 0.005  # of the whole's value: what the written difference may miss the rest by


def rest_of_a_split(count: Claim, figures: list[Claim], price: Claim | None = None) -> bool:
    """Whether `count` is a whole stated before it less a part stated before it (the three of one unit and counter).
    Given the figure per unit (`price`), a rest whose product with it is an amount of the figure's sentence (`새로 놓는
    300대 … 한 대에 150만 원씩 모두 4억5천만 원`: the new units, the rest of the whole less those there now) is the one
    the wording and the numbers agree on, and is no such doubtful count."""
    if count.kind != "count" or count.role != "value" or count.value <= 0:
        return False
    if price is not None and any(
        c.sentence == price.sentence
        and c is not price
        and (c.kind, c.unit) == (price.kind, price.unit)
        and c.low <= price.high * count.high
        and price.low * count.low <= c.high
        for c in figures
    ):
        return False
    key = (count.kind, count.unit, count.counter or "")
    earlier = [
        c
        for c in figures
        if c.start < count.start
        and c is not count
        and c.role == "value"
        and (c.kind, c.unit, c.counter or "") == key
        and c.value > 0
    ]
    # (the parts' values sorted once: each whole looks its part up by bisection, not by a pass over every pair)
    values = sorted(c.value for c in earlier)
    for whole in earlier:
        if whole.value <= count.value:
            continue
        # (the difference as written meets the count as written, to a half per cent of the whole: the rounding of
        # an interval, `2만개` of 15,000–25,000, would let almost any small count be a rest)
        wanted, slack = whole.value - count.value, _SLACK * whole.value
        at = bisect_left(values, wanted - slack)
        if at < len(values) and values[at] <= wanted + slack and values[at] < whole.value:
            return True
    return False
