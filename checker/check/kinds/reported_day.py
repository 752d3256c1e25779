"""A report dated after the article that carries it: `기사등록 2023/04/28 … 매체가 30일 보도했다`.

A bare day of the month (`30일 보도했다`) means the article's own month; the previous month's days are
written `지난달 30일` or `지난 30일`. A reported day later than the publication day is a slip (a wrong day,
or a dropped `지난달`). Read as the previous month it would lie more than `slack_days` before publication:
within those days a writer may still mean the previous month (`30일 밝혔다` in an article of the 2nd), and
nothing is said. A report on or before the article's date holds. The arithmetic is on dates the link stage
read (checker/link/reported_days.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.models import ClaimSet
from checker.periods import Period


class ReportedDayParams(KindParams):
    slack_days: int = 7


def _previous_month_day(published: dt.date, day: int) -> dt.date | None:
    """The day in the month before publication, if that month has it."""
    first = published.replace(day=1) - dt.timedelta(days=1)
    try:
        return first.replace(day=day)
    except ValueError:
        return None


class ReportedDay(CheckKind):
    name = "reported_day"
    Params = ReportedDayParams

    def run_document(self, claimset: ClaimSet, params: ReportedDayParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        lang = ctx.lang
        for reported in claimset.reported_days:
            published = reported.published
            passed = reported.day <= published.day
            if passed and not ctx.show_passed:
                continue
            if not passed:
                earlier = _previous_month_day(published, reported.day)
                if earlier is not None and (published - earlier).days <= params.slack_days:
                    continue  # a few days back across the month's end: the previous month may be meant
            date = fmt.period(str(Period.of_day(published.year, published.month, published.day)), lang)
            fields = {"stated": reported.text.strip(), "day": str(reported.day), "date": date}
            related = []
            if reported.written_date is not None:
                label = "기사 날짜" if lang == "ko" else "the article's date"
                related.append(Ref(document, reported.written_date.start, reported.written_date.end, label))
            evidence = {"day": reported.day, "published": published.isoformat()}
            caret = "기사 날짜 이후" if lang == "ko" else "after the article's date"
            yield Draft(
                Ref(document, reported.start, reported.end, caret),
                fields,
                evidence,
                related=related,
                passed=passed,
                dated=True,
            )
