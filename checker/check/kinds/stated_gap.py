"""A stated gap against the difference of two stated figures, implemented once; two thin kinds pick its data.

`length_gap`: a gap between two lengths of time the copy states beside them: `fell to 12 weeks from 19 weeks, seven
weeks shorter` says 19 weeks − 12 weeks = 7 weeks; `3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다` says
190 − 165 = 25 minutes. The link stage read the three lengths in seconds, each with half its smallest written unit
either way, and the direction the words give the gap (checker/link/length_gaps.py).

`net_tally`: units added and units taken away, and the net change the copy states of them: `opened 26 gyms and
closed four, a net gain of 22` says 26 − 4 = 22; `… 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다`
says 55 − 15 = 40. The link stage read the three figures, each as written, and the sign its words give the net
(checker/link/net_tallies.py).

Either way the first figure less the second, each an interval, must hold the stated gap with the sign its words give
it: it holds, listed as checked; it does not, an error (the copy's own figures, no guess). The gap is the primary
span, the two figures its related spans.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.check.intervals import Interval
from checker.models import ClaimSet, Span
from checker.models import LengthGap as LengthGapRow
from checker.models import NetTally as NetTallyRow


class StatedGap(CheckKind):
    """The shared check: a thin kind names its rows and how to read one (`_parts`, `_fields`, `_evidence`)."""

    Params = KindParams
    # the span labels (the gap, the first figure, the second figure) in each output language
    LABELS: ClassVar[dict[str, tuple[str, str, str]]] = {}

    def _rows(self, claimset: ClaimSet) -> Iterable[Any]:
        raise NotImplementedError

    def _parts(self, row: Any) -> tuple[Span, tuple[float, float], Span, tuple[float, float], tuple[float, float]]:
        """The first figure's span and interval, the second's, and the stated gap's interval."""
        raise NotImplementedError

    def _fields(self, row: Any, middle: float) -> dict[str, str]:
        raise NotImplementedError

    def _evidence(self, row: Any) -> dict[str, Any]:
        raise NotImplementedError

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        here, first_label, second_label = self.LABELS["ko" if ctx.lang == "ko" else "en"]
        for row in self._rows(claimset):
            first, first_value, second, second_value, gap = self._parts(row)
            computed = Interval(*first_value) - Interval(*second_value)
            stated = Interval(*gap)
            if row.direction < 0:
                stated = stated.negate()
            passed = computed.overlaps(stated)
            if passed and not ctx.show_passed:
                continue
            middle = (computed.lo + computed.hi) / 2
            yield Draft(
                Ref(document, row.start, row.end, here),
                self._fields(row, middle),
                self._evidence(row),
                related=[
                    Ref(document, first.start, first.end, first_label),
                    Ref(document, second.start, second.end, second_label),
                ],
                passed=passed,
            )


def _amount(seconds: float, unit_seconds: float, unit: str) -> str:
    """A computed gap said in the gap's own smallest unit as written (`190 minutes`, `85초`)."""
    count = seconds / unit_seconds
    shown = f"{count:,.0f}" if abs(count - round(count)) < 0.05 else f"{count:,.1f}"
    joiner = "" if unit[:1].isalpha() and not unit[:1].isascii() else " "
    return f"{shown}{joiner}{unit}"


class LengthGap(StatedGap):
    name = "length_gap"
    LABELS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "ko": ("차이", "새 기간", "이전 기간"),
        "en": ("the gap", "the new length", "the earlier length"),
    }

    def _rows(self, claimset: ClaimSet) -> Iterable[LengthGapRow]:
        return claimset.length_gaps

    def _parts(self, row: LengthGapRow):
        return row.value, row.value_seconds, row.prior, row.prior_seconds, row.gap

    def _fields(self, row: LengthGapRow, middle: float) -> dict[str, str]:
        return {
            "stated": row.text.strip(),
            "value": row.value_text.strip(),
            "prior": row.prior_text.strip(),
            "computed": _amount(abs(middle), row.unit_seconds, row.unit),
        }

    def _evidence(self, row: LengthGapRow) -> dict[str, Any]:
        return {"gap": row.text, "value": row.value_text, "prior": row.prior_text, "direction": row.direction}


class NetTally(StatedGap):
    name = "net_tally"
    LABELS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "ko": ("순증", "늘어난 수", "줄어든 수"),
        "en": ("the net", "added", "taken away"),
    }

    def _rows(self, claimset: ClaimSet) -> Iterable[NetTallyRow]:
        return claimset.net_tallies

    def _parts(self, row: NetTallyRow):
        # (a whole count written as digits is exact; its interval is the claim's own where the linker took one)
        return row.added, row.added_value, row.removed, row.removed_value, row.net

    def _fields(self, row: NetTallyRow, middle: float) -> dict[str, str]:
        return {
            "stated": row.text.strip(),
            "added": row.added_text.strip(),
            "removed": row.removed_text.strip(),
            "computed": f"{middle:+,.0f}",
        }

    def _evidence(self, row: NetTallyRow) -> dict[str, Any]:
        return {"net": row.text, "added": row.added_text, "removed": row.removed_text}
