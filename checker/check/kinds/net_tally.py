"""Units added and units taken away, and the net change the copy states of them: `opened 26 gyms and closed four, a
net gain of 22` says 26 − 4 = 22; `… 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다` says 55 − 15 = 40.

The link stage read the three figures, each as written, and the sign its words give the net
(checker/link/net_tallies.py). The added less the taken away must hold the net with that sign: it holds, listed as
checked; it does not, an error (the copy's own figures).
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.check.intervals import Interval
from checker.models import ClaimSet


class NetTally(CheckKind):
    name = "net_tally"
    Params = KindParams

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        for tally in claimset.net_tallies:
            # (a whole count written as digits is exact; its interval is the claim's own where the linker took one)
            computed = Interval(*tally.added_value) - Interval(*tally.removed_value)
            stated = Interval(*tally.net)
            if tally.direction < 0:
                stated = stated.negate()
            passed = computed.overlaps(stated)
            if passed and not ctx.show_passed:
                continue
            middle = (computed.lo + computed.hi) / 2
            fields = {
                "stated": tally.text.strip(),
                "added": tally.added_text.strip(),
                "removed": tally.removed_text.strip(),
                "computed": f"{middle:+,.0f}",
            }
            labels = ("순증", "늘어난 수", "줄어든 수") if ctx.lang == "ko" else ("the net", "added", "taken away")
            yield Draft(
                Ref(document, tally.start, tally.end, labels[0]),
                fields,
                {"net": tally.text, "added": tally.added_text, "removed": tally.removed_text},
                related=[
                    Ref(document, tally.added.start, tally.added.end, labels[1]),
                    Ref(document, tally.removed.start, tally.removed.end, labels[2]),
                ],
                passed=passed,
            )
