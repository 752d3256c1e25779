"""A date written with the name of its day of the week that the calendar gives another day: `on Saturday, June 6`
when 6 June is a Friday, `13일(일)` when the 13th is a Saturday.

The link stage read the pair (checker/link/dated_weekdays.py); the arithmetic here is the calendar's. A date whose
year is written is checked in that year: a wrong name is an error. A date written without its year was given one
by the time grammar from the publication date, a reading (a coming date read as last year's, or the reverse): the
name holds when it is the day of that date or of the same date in any year that puts it within a year of the
publication (`finishing by Sunday, March 7` in an article of August: next March), and a mismatch is a warning.
With no publication date known, a date without its year is not checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.models import ClaimSet
from checker.periods import Period
from checker.wording import weekday_name


class WeekdayParams(KindParams):
    pass


def _within_a_year(date: dt.date, published: dt.date) -> list[dt.date]:
    """The same month and day in each year that puts it within a year of the publication date (a date in March,
    published in August: this March past and next March ahead)."""
    found = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day = date.replace(year=year)
        except ValueError:
            continue  # (29 February)
        if abs((day - published).days) <= _YEAR_DAYS:
            found.append(day)
    return found


_YEAR_DAYS = 366


class WeekdayOfDate(CheckKind):
    name = "weekday_of_date"
    Params = WeekdayParams

    def run_document(self, claimset: ClaimSet, params: WeekdayParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        lang = ctx.lang
        for pair in claimset.weekdays:
            period = Period.parse(pair.date)
            if period is None or period.grain != "day":
                continue
            date = period.bounds()[0]
            dates = [date]
            if not pair.year_written:
                if document.published is None or document.published_assumed:
                    continue
                dates += [day for day in _within_a_year(date, document.published) if day != date]
            matching = [day for day in dates if day.weekday() == pair.weekday]
            passed = bool(matching)
            if passed and not ctx.show_passed:
                continue
            shown = matching[0] if matching else date
            actual = weekday_name(shown.weekday(), lang)
            fields = {
                "stated": pair.text.strip(),
                "date": fmt.period(str(Period.of_date(shown)), lang),
                "actual": actual,
            }
            evidence = {"date": shown.isoformat(), "weekday": shown.weekday(), "stated_weekday": pair.weekday}
            korean = lang == "ko"
            yield Draft(
                Ref(document, pair.start, pair.end, f"실제 {actual}" if korean else f"is a {actual}"),
                fields,
                evidence,
                related=[Ref(document, pair.date_span.start, pair.date_span.end, "날짜" if korean else "the date")],
                passed=passed,
                guessed=not pair.year_written,
                dated=not pair.year_written,
            )
