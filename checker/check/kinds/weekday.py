"""A date written with its weekday (`13일(토)`, `Saturday, June 13`): the weekday must be the one the calendar
gives the date. The extract stage read the date, a weekday that fits one of its readings near publication choosing
among them (checker/link/weekday_dates.py), so a weekday that differs fits none: the day or the weekday is a slip.
The fix writes the date's own weekday in the written one's place."""

from __future__ import annotations

from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, Fix, KindParams, Ref
from checker.extract.lang import weekday_names
from checker.models import ClaimSet
from checker.periods import Period


class Weekday(CheckKind):
    name = "weekday"
    Params = KindParams

    def run_document(self, claimset: ClaimSet, params: KindParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        lang = ctx.lang
        names = weekday_names(lang)  # (the message's language; a fix writes the article's own)
        for stated in claimset.weekday_dates:
            actual = stated.date.weekday()
            passed = actual == stated.weekday
            if passed and not ctx.show_passed:
                continue
            day = stated.date
            fields = {
                "stated": stated.text.strip(),
                "weekday": stated.weekday_text,
                "date": fmt.period(str(Period.of_day(day.year, day.month, day.day)), lang),
                "actual": (names or stated.names)[actual],
            }
            evidence = {"date": day.isoformat(), "weekday_written": stated.weekday, "weekday_of_date": actual}
            label = "요일" if lang == "ko" else "the weekday written"
            fixes = []
            if not passed:
                note = "날짜의 요일" if lang == "ko" else "the date's own weekday"
                fixes.append(
                    Fix(
                        Ref(document, stated.weekday_start, stated.weekday_end),
                        stated.weekday_text,
                        stated.names[actual],
                        float(actual),
                        "",
                        note,
                    )
                )
            yield Draft(
                Ref(document, stated.start, stated.end, "날짜" if lang == "ko" else "the date"),
                fields,
                evidence,
                related=[Ref(document, stated.weekday_start, stated.weekday_end, label)],
                passed=passed,
                dated=True,
                fixes=fixes,
            )
