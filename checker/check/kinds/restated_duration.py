"""A length of time the headline states against the body's statement of it: `…3년 9개월 만에 최저` over `3년
9개월 만에 가장 낮은 수준이다`, `13개월째 흑자` over `13개월 연속 흑자`.

The link stage paired the two (checker/link/restated_durations.py) and said whether they state one length
(`석 달` and `3개월`, `4년` and `4년 2개월` rounded to whole years): alike, the restatement is listed as
checked; apart, one of them is a slip, a warning (a pairing the words after each make, never a date). With
`apposed`, the lengths restated beside themselves in another unit (`52 weeks, or 12 months`, F346:
checker/link/apposed_durations.py), compared in days.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.models import ClaimSet


class RestatedDurationParams(KindParams):
    # the lengths restated beside themselves in another unit (`52 weeks, or 12 months`), not the headline's
    apposed: bool = False


class RestatedDuration(CheckKind):
    name = "restated_duration"
    Params = RestatedDurationParams

    def run_document(self, claimset: ClaimSet, params: RestatedDurationParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        for pair in claimset.durations:
            if pair.apposed != params.apposed or (pair.agree and not ctx.show_passed):
                continue
            fields = {"stated": pair.text.strip(), "other": pair.other_text.strip()}
            evidence = {"stated": pair.text, "other": pair.other_text}
            if pair.apposed:
                here, there = ("기간", "다른 단위") if ctx.lang == "ko" else ("the length", "in another unit")
            else:
                here, there = ("제목", "본문") if ctx.lang == "ko" else ("the headline", "the body")
            yield Draft(
                Ref(document, pair.start, pair.end, here),
                fields,
                evidence,
                related=[Ref(document, pair.other.start, pair.other.end, there)],
                passed=pair.agree,
                guessed=not pair.apposed,
            )
