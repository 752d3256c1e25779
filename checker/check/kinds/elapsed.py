"""An elapsed time against the dates it spans: `2015년 4월 … 3년 2개월 만인 2018년 6월`, `in 2019 …
three years later, in 2022`.

The arithmetic is on periods only (the link stage read the span and its two dates, see
checker/link/elapsed.py). The time between two dates is counted at the coarser of their grains, as an
editor counts it: March to January is 10 months, 2004 to 2017 is 13 years, 11 February to 3 September
is 6 months and 23 days. A stated time holds within its written unit's rounding (`4년` is 3½–4½
years; `6년 반` is 6¼–6¾; `10개월` is 10 months; `9개월여` is at least 9 months and under 10). From a dated
day to a month written whole (`3월 2일 … 6월 말까지`), or back, the run ends on some day of that month: any length
between the counts to its first and its last day holds. One unit off (a month
counted on both ends) is a warning; beyond that an error. A span that runs to the publication date,
because no later date is written, rests on a reading: a warning at most.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from checker.check import formatting as fmt
from checker.check.base import CheckKind, Context, Draft, KindParams, Ref
from checker.models import ClaimSet, ElapsedSpan
from checker.periods import Period

# Grains from the finest; the difference of two periods is counted at the coarser one's.
# the months a stated time's smallest written unit rounds to (`6년 반`: to the half year)
_UNIT_MONTHS = {"year": 12, "half": 6, "decade": 120}
_GRAIN_MONTHS = {"day": 0, "month": 1, "quarter": 3, "half": 6, "year": 12}


def months_between(since: Period, until: Period) -> float | None:
    """The time from one period to a later one in months, at the coarser grain of the two (a day
    grain counts the days past the last whole month as a fraction of a month); None for a grain
    that counts no steps (the first nine months of a year)."""
    if since.grain not in _GRAIN_MONTHS or until.grain not in _GRAIN_MONTHS:
        return None
    if since.grain == "day" and until.grain == "day":
        return _months_between_days(
            dt.date(since.year, since.index, since.day), dt.date(until.year, until.index, until.day)
        )
    step = max(_GRAIN_MONTHS[since.grain], _GRAIN_MONTHS[until.grain])
    return float((_step_index(until, step) - _step_index(since, step)) * step)


def _day_to_month_reach(since: Period, until: Period) -> tuple[float, float] | None:
    """(shortest, longest) months from a dated day to a month written whole, or from such a month to a dated day:
    counted to (or from) the month's first and last day. None unless one end is a day and the other a month."""
    if {since.grain, until.grain} != {"day", "month"}:
        return None
    (first, last), (early, late) = since.bounds(), until.bounds()
    if late < last or early < first:
        return None
    return _months_between_days(last, max(early, last)), _months_between_days(first, late)


def _coarse_dates_reach(since: Period, until: Period, step: int) -> tuple[float, float] | None:
    """(shortest, longest) months between two dates written coarser than the stated time's unit (`2015년 … 3년 2개월
    만인 2018년`, `in 2025 … nine months later, in 2025`): the run may start in any month of the first and end in any
    month of the second, so any length from the first's last month to the second's first month up to the first's
    first month to the second's last holds. None when a date is a day or the dates are no coarser than the unit."""
    if "day" in (since.grain, until.grain) or since.grain not in _GRAIN_MONTHS or until.grain not in _GRAIN_MONTHS:
        return None
    if max(_GRAIN_MONTHS[since.grain], _GRAIN_MONTHS[until.grain]) <= step:
        return None
    (first, last), (early, late) = since.bounds(), until.bounds()
    if late < first:
        return None  # (an end before the start: no reach, the count by steps reports it)
    shortest = max(0, (early.year - last.year) * 12 + early.month - last.month)
    longest = (late.year - first.year) * 12 + late.month - first.month
    return float(shortest), float(longest)


def _step_index(period: Period, step: int) -> int:
    """The period's place in a count of steps of `step` months (a month, quarter, half or year)."""
    first_month = period.bounds()[0].month
    return (period.year * 12 + first_month - 1) // step


def _months_between_days(first: dt.date, last: dt.date) -> float:
    whole = (last.year - first.year) * 12 + last.month - first.month
    if last.day < first.day:
        whole -= 1
    year, month = divmod(first.year * 12 + first.month - 1 + whole, 12)
    anchor = dt.date(year, month + 1, min(first.day, calendar.monthrange(year, month + 1)[1]))
    days_in_month = calendar.monthrange(anchor.year, anchor.month)[1]
    return whole + (last - anchor).days / days_in_month


def stated_range(span: ElapsedSpan) -> tuple[float, float]:
    """The months a written elapsed time stands for, both ends included (`4년`: 42–54; `10개월`: 10;
    `9개월여`: 9 up to, not including, 10; `석 달 반`: 3¼–3¾)."""
    if span.unit == "half_month":
        # `석 달 반`, `six and a half months`: the half month within a week either way, at least that with `over`
        if span.over:
            return span.months + 0.5, span.months + 1 - 1e-9
        return span.months + 0.25, span.months + 0.75
    step = _UNIT_MONTHS.get(span.unit, 1)
    if span.over:
        return float(span.months), span.months + step - 1e-9
    if span.under:
        return float(span.months - step), float(span.months)
    if step == 1:
        return float(span.months) - 0.5, span.months + 0.5 - 1e-9
    return span.months - step / 2, span.months + step / 2


class ElapsedParams(KindParams):
    pass


class Elapsed(CheckKind):
    name = "elapsed"
    Params = ElapsedParams

    def run_document(self, claimset: ClaimSet, params: ElapsedParams, ctx: Context) -> Iterable[Draft]:
        document = claimset.document
        lang = ctx.lang
        for span in claimset.elapsed:
            since, until = Period.parse(span.since), Period.parse(span.until)
            if since is None or until is None:
                continue
            if span.unit == "weekday":
                yield from _weekdays_draft(span, since, until, document, lang, ctx)
                continue
            if span.unit == "minute":
                yield from _clock_draft(span, document, lang, ctx)
                continue
            if span.unit in ("day", "week"):
                yield from _days_draft(span, since, until, document, lang, ctx)
                continue
            actual = months_between(since, until)
            if actual is None:
                continue
            low, high = stated_range(span)
            # (`제11회`, two years not held: eleven editions are thirteen years counted with both ends)
            low, high = low + 12 * span.skipped, high + 12 * span.skipped
            if span.unit == "half_month" and "day" not in (since.grain, until.grain):
                # (`2023년 5월 … 넉 달 반 만인 2023년 9월`: months counted whole, the half between them)
                low, high = float(span.months), span.months + 1.0
            step = _UNIT_MONTHS.get(span.unit, 1)
            implicit = span.until_span is None
            reach = None if implicit else (_day_to_month_reach(since, until) or _coarse_dates_reach(since, until, step))
            if reach is not None:
                # a dated day and a month written whole (`3월 2일 … 6월 말까지`, `from 2 March to the end of June`):
                # the run ends (or starts) on some day of that month, so any length between its first and its last
                # day holds (2 March to June is 2 months 30 days up to 3 months 28 days: `3개월`, `4개월` both)
                passed = reach[0] <= high and low <= reach[1]
                near = reach[0] <= high + step and low - step <= reach[1]
            else:
                # a range of years counted with both ends (`2015~2023년 9년간`) is a year longer; one of months, a month
                both = 1 if since.grain == until.grain == "month" else min(step, 12)  # (a decade's: one year)
                counts = (actual, actual + both) if span.inclusive else (actual,)
                if span.age:
                    counts = (actual - 12, actual)  # (`1941년생 85세` in 2026: 85, or 84 before the birthday)
                if span.age_then is not None:
                    counts = (actual - 12, actual, actual + 12)  # (either birthday may not have come)
                passed = any(low <= count <= high for count in counts)
                near = any(low - step <= count <= high + step for count in counts)
            if passed and not ctx.show_passed:
                continue
            both_ends = (
                reach is None and span.inclusive and not (low <= actual <= high) and (low <= actual + both <= high)
            )
            stated = span.text.strip()
            if span.age_then is not None:
                # (`63 − 열아홉`: the age now less the age then)
                stated = f"{stated} − {span.age_then_text}"
            fields = {
                "stated": stated,
                "since": fmt.period(str(since), lang),
                "until": fmt.period(str(until), lang),
                "actual": (
                    f"{_duration(reach[0], lang)}–{_duration(reach[1], lang)}"
                    if reach is not None
                    else _duration(actual, lang) + (_with_both_ends(actual + both, lang) if both_ends else "")
                ),
            }
            korean = lang == "ko"
            related = _related_from(span, document, korean)
            if span.until_span is not None:
                related.append(Ref(document, span.until_span.start, span.until_span.end, "끝" if korean else "to"))
            related += [
                Ref(document, skip.start, skip.end, "열리지 않은 해" if korean else "not held")
                for skip in span.skipped_spans
            ]
            if span.age_then is not None:
                related.append(
                    Ref(document, span.age_then.start, span.age_then.end, "그때 나이" if korean else "age then")
                )
            notes = []
            if span.skipped:
                notes.append(
                    f"note: 열리지 않은 {span.skipped}년을 더해 셌습니다"
                    if korean
                    else f"note: counted with the {_plural(span.skipped, 'year')} not held"
                )
            if implicit and until.grain != "day":
                # the month the article's figures are of (checker/link/elapsed.py, `_month_reported`)
                notes.append(
                    "note: 이후 날짜가 없어 기사 수치의 시점까지로 셌습니다"
                    if lang == "ko"
                    else "note: no later date is written; counted to the month the article's figures are of"
                )
            elif implicit:
                notes.append(
                    "note: 이후 날짜가 없어 기사 날짜까지로 셌습니다"
                    if lang == "ko"
                    else "note: no later date is written; counted to the publication date"
                )
            evidence = {
                "since": str(since),
                "until": str(until),
                "months": actual,
                "stated_months": [low, high],
                "calculation": [f"{fields['since']} → {fields['until']} = {fields['actual']}"],
            }
            caret = f"실제 {fields['actual']}" if korean else f"is {fields['actual']}"
            yield Draft(
                Ref(document, span.start, span.end, caret),
                fields,
                evidence,
                related=related,
                notes=notes,
                guessed=implicit,
                passed=passed,
                dated=implicit,
                severity="warning" if (near or implicit) and not passed else None,
            )


def _days_draft(span: ElapsedSpan, since: Period, until: Period, document, lang: str, ctx: Context) -> Iterable[Draft]:
    """A time stated in days between two dated days (`6월 3일부터 10월 4일까지 124일간`): the days between them,
    or counted with both ends (a season open on its first and its last day), hold; a day further off is a
    warning, more an error. A run from a dated day to a month written whole (`6월 28일 개장해 8월 말까지 60일`, `from
    3 May to the end of September`) ends on some day of that month: any count from its first day to its last, with both
    ends, holds."""
    to_a_month = since.grain == "day" and until.grain == "month" and span.unit == "day"
    if not to_a_month and (since.grain != "day" or until.grain != "day"):
        return
    if to_a_month:
        earliest = (until.bounds()[0] - since.bounds()[0]).days
        actual = (until.bounds()[1] - since.bounds()[0]).days
        if earliest <= 0:
            return
        counts = tuple(range(earliest, actual + 2))
    else:
        actual = (until.bounds()[0] - since.bounds()[0]).days
        counts = (actual, actual + 1)
    # weeks are the days rounded to whole weeks (49 to 52 days are seven weeks); days are exact; a length said to be
    # at least so long (`more than nine weeks`) holds from it up to, not including, one unit more
    slack = 3.5 if span.unit == "week" else 0
    unit_days = 7 if span.unit == "week" else 1
    if span.over:
        passed = any(span.days <= count < span.days + unit_days for count in counts)
    else:
        passed = any(abs(span.days - count) <= slack for count in counts)
    if not passed and _working_weeks(span, since, until):
        # (`from Monday 4 May to Friday 27 November, 29 weeks`: the weeks the run completes, its last working week
        # left out)
        passed = span.days == actual // 7 * 7
    if passed and not ctx.show_passed:
        return
    near = any(abs(span.days - count) <= slack + (7 if span.unit == "week" else 1) for count in counts)
    korean = lang == "ko"
    days = f"{actual}일" if korean else _plural(actual, "day") or "0 days"
    both = f"{actual + 1}일" if korean else _plural(actual + 1, "day")
    fields = {
        "stated": span.text.strip(),
        "since": fmt.period(str(since), lang),
        "until": fmt.period(str(until), lang),
        "actual": days
        + (_both_ends_days(both, lang) if span.days == actual + 1 else "")
        + _in_weeks(span, actual, lang),
    }
    related = _related_from(span, document, korean)
    if span.until_span is not None:
        related.append(Ref(document, span.until_span.start, span.until_span.end, "끝" if korean else "to"))
    # (`19 days ago`: counted to the publication date, no later day written)
    to_publication = span.since_span is not None and span.until_span is None
    from_publication = span.since_span is None or to_publication
    notes = []
    if to_publication:
        notes.append("note: 기사 날짜까지로 셌습니다" if korean else "note: counted to the publication date")
    elif from_publication:
        notes.append("note: 기사 날짜부터 셌습니다" if korean else "note: counted from the publication date")
    yield Draft(
        Ref(document, span.start, span.end, f"실제 {days}" if korean else f"is {days}"),
        fields,
        _days_evidence(span, since, until, actual, fields),
        related=related,
        notes=notes,
        guessed=from_publication,
        passed=passed,
        dated=from_publication,
        severity="warning" if (near or from_publication) and not passed else None,
    )


def _clock_draft(span: ElapsedSpan, document, lang: str, ctx: Context) -> Iterable[Draft]:
    """A length in hours or minutes over a range of two clock times (`from 7am to 4pm, nine hours`): the minutes from
    the first to the second, across midnight when the second is earlier, hold exactly; an hour off is an error."""
    actual = (span.clock_to - span.clock_from) % (24 * 60)
    if not actual:
        return
    passed = span.days == actual
    if passed and not ctx.show_passed:
        return
    korean = lang == "ko"
    fields = {
        "stated": span.text.strip(),
        "since": _clock(span.clock_from),
        "until": _clock(span.clock_to),
        "actual": _hours_minutes(actual, korean),
    }
    related = _related_from(span, document, korean)
    if span.until_span is not None:
        related.append(Ref(document, span.until_span.start, span.until_span.end, "끝" if korean else "to"))
    yield Draft(
        Ref(document, span.start, span.end, f"실제 {fields['actual']}" if korean else f"is {fields['actual']}"),
        fields,
        {
            "minutes": actual,
            "stated_minutes": span.days,
            "calculation": [f"{fields['since']} → {fields['until']} = {fields['actual']}"],
        },
        related=related,
        passed=passed,
    )


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _hours_minutes(minutes: int, korean: bool) -> str:
    hours, rest = divmod(minutes, 60)
    if korean:
        return " ".join(p for p in (f"{hours}시간" if hours else "", f"{rest}분" if rest else "") if p)
    return " ".join(p for p in (_plural(hours, "hour"), _plural(rest, "minute")) if p)


def _working_weeks(span: ElapsedSpan, since: Period, until: Period) -> bool:
    """A length in weeks over a run the text dates from a Monday to a working day of a later week, each end written
    with its day's name (`named_ends`): it may be counted in the weeks the run completes."""
    if span.unit != "week" or not span.named_ends or since.grain != "day" or until.grain != "day":
        return False
    first, last = since.bounds()[0], until.bounds()[0]
    return first.weekday() == 0 and last.weekday() <= 4 and (last - first).days >= 7


def weekdays_in(first: dt.date, last: dt.date, weekdays: list[int], by_week: bool) -> int:
    """The days of the given names from `first` to `last`, both included, or (`by_week`) the weeks one of them
    falls in."""
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    found = [day for day in days if day.weekday() in weekdays]
    return len({day - dt.timedelta(days=day.weekday()) for day in found}) if by_week else len(found)


def _weekdays_draft(
    span: ElapsedSpan, since: Period, until: Period, document, lang: str, ctx: Context
) -> Iterable[Draft]:
    """A count of days of the week between two dated days (`22 Fridays, from 3 April to 28 August`): the calendar's
    count holds; more than it is a slip (one more a warning, further an error); fewer is a day the text does not say
    was skipped (a holiday), and nothing is said."""
    if since.grain != "day" or until.grain != "day":
        return
    first, last = since.bounds()[0], until.bounds()[0]
    if last < first or (last - first).days > 400:
        return
    actual = weekdays_in(first, last, span.weekdays, span.by_week)
    if span.days < actual:
        return  # (fewer: a day skipped, unsaid)
    passed = span.days == actual
    if passed and not ctx.show_passed:
        return
    noun = span.text.split(None, 1)[1] if " " in span.text.strip() else ""
    korean = lang == "ko"
    fields = {
        "stated": span.text.strip(),
        "since": fmt.period(str(since), lang),
        "until": fmt.period(str(until), lang),
        "actual": f"{actual} {noun}".strip(),
    }
    related = _related_from(span, document, korean)
    if span.until_span is not None:
        related.append(Ref(document, span.until_span.start, span.until_span.end, "끝" if korean else "to"))
    yield Draft(
        Ref(document, span.start, span.end, f"실제 {actual}" if korean else f"is {actual}"),
        fields,
        _days_evidence(span, since, until, actual, fields),
        related=related,
        passed=passed,
        severity="warning" if span.days == actual + 1 and not passed else None,
    )


def _days_evidence(span: ElapsedSpan, since: Period, until: Period, actual: int, fields: dict) -> dict:
    """A count of days' evidence: its ends, the days counted and stated, and the worked calculation."""
    return {
        "since": str(since),
        "until": str(until),
        "days": actual,
        "stated_days": span.days,
        "calculation": [f"{fields['since']} → {fields['until']} = {fields['actual']}"],
    }


def _related_from(span: ElapsedSpan, document, korean: bool) -> list[Ref]:
    """The start's span as a related note; none when the time is counted from the publication date."""
    if span.since_span is None:
        return []
    return [Ref(document, span.since_span.start, span.since_span.end, "시작" if korean else "from")]


def _in_weeks(span: ElapsedSpan, actual: int, lang: str) -> str:
    """For a time stated in weeks, the days between as weeks (` (about 7 weeks)`)."""
    if span.unit != "week":
        return ""
    weeks = round(actual / 7)
    return f" (약 {weeks}주)" if lang == "ko" else f" (about {_plural(weeks, 'week') or '0 weeks'})"


def _both_ends_days(days: str, lang: str) -> str:
    return f" (양끝을 세면 {days})" if lang == "ko" else f" ({days} counting both ends)"


def _with_both_ends(months: float, lang: str) -> str:
    return (
        f" (양끝을 세면 {_duration(months, lang)})"
        if lang == "ko"
        else f" ({_duration(months, lang)} counting both ends)"
    )


def _duration(months: float, lang: str) -> str:
    """`3년 2개월`, `6개월 23일`-like words for a count of months (a fraction as about days); a start
    after the end (the link stage keeps one only when a word names it the start) counts below zero."""
    if months < 0:
        return "-" + _duration(-months, lang)
    whole = int(months + 1e-9)
    days = round((months - whole) * 30)
    years, rest = divmod(whole, 12)
    if lang == "ko":
        parts = [f"{years}년" if years else "", f"{rest}개월" if rest else "", f"{days}일" if days else ""]
        return " ".join(p for p in parts if p) or "0개월"
    parts = [_plural(years, "year"), _plural(rest, "month"), _plural(days, "day")]
    return " ".join(p for p in parts if p) or "0 months"


def _plural(n: int, word: str) -> str:
    return "" if not n else f"{n} {word}" + ("" if n == 1 else "s")
