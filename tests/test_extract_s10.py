"""Numbers first, third round (issue 11): constructions the extractor misread, in sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document

from checker.extract import extract

PUB = dt.date(2025, 10, 20)


def mentions(text: str) -> dict[str, tuple[str, float, str | None]]:
    ex = extract(document(text, PUB, "en"))
    return {m.text: (m.quantity.kind, m.quantity.value, m.quantity.counter) for m in ex.mentions}


# --- a capitalized word before a number grouped by thousands: a name and its count, not a model number ----


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("Sales by brand: Arvo 23,100 cars and Kestrel 9,800 cars.", "23,100 cars", 23_100, "cars"),
        ("Sales by brand: Arvo 23,100 cars and Kestrel 9,800 cars.", "9,800 cars", 9_800, "cars"),
        ("By campus: Northgate 4,215 students, Riverside 3,870 students.", "3,870 students", 3_870, "students"),
    ],
)
def test_named_count_grouped_by_thousands(sentence, span, value, counter):
    assert mentions(sentence)[span] == ("count", value, counter)


@pytest.mark.parametrize(
    "sentence,number",
    [
        ("Deliveries of the Model 3 cars slowed in March.", "3"),
        ("The airline retired its Boeing 737 jets last year.", "737"),
    ],
)
def test_model_numbers_stay_names(sentence, number):
    assert not any(text.startswith(number) for text in mentions(sentence))
