"""English dates written day first (`31 May`, `18th October 2025`): a day of that month, as `May 31` is."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document

from checker.extract import extract

_PUBLISHED = dt.date(2026, 11, 1)


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.period and str(t.period)) for t in extract(document(text, published=_PUBLISHED)).times]


@pytest.mark.parametrize(
    "text,written,day",
    [
        ("The Corve line reopened on 31 May after the repairs.", "31 May", (2026, 5, 31)),
        ("The Corve line reopened on 18th October 2025.", "18th October 2025", (2025, 10, 18)),
        ("The Corve line reopened on May 31 after the repairs.", "May 31", (2026, 5, 31)),
    ],
)
def test_a_day_written_before_its_month(text, written, day):
    found = extract(document(text, published=_PUBLISHED)).times
    assert [t.text for t in found] == [written]
    period = found[0].period
    assert (period.grain, period.year, period.index, period.day) == ("day", *day)


@pytest.mark.parametrize(
    "text",
    [
        "Fares may rise 3% next spring.",  # the verb, no month
        "Fares for 31 routes may rise next spring.",  # a count before the verb
    ],
)
def test_the_verb_may_is_no_date(text):
    assert not [t for t in _times(text) if t[1] and "-05" in t[1]]
