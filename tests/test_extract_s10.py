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


# --- an irregular past-tense verb after a count is what the counted things did, not what they are ---------


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("Of 1,200 stocks, 640 rose, 490 fell and 70 were unchanged.", "640", 640, "stocks"),
        ("Of 1,200 stocks, 640 rose, 490 fell and 70 were unchanged.", "490", 490, "stocks"),
        ("Of the 52 seats contested, 31 went to the ruling bloc.", "31", 31, "seats"),
    ],
)
def test_count_before_an_irregular_verb_takes_the_noun_before(sentence, span, value, counter):
    assert mentions(sentence)[span] == ("count", value, counter)


def test_a_verb_is_no_counter():
    assert not any(text.endswith(("rose", "fell")) for text in mentions("Shares of 1,300 rose while 900 fell."))


def test_stocks_up_and_down_add_up(knowledge):
    from helpers import findings

    text = "In all, 1,200 stocks traded: 640 rose, {fell} fell and 70 were unchanged."
    ok = findings(knowledge, document(text.format(fell="490"), PUB, "en"), select=["F302"], show_passed=True)
    assert "F302" in [p.rule for p in ok.passed] and not ok.findings
    bad = findings(knowledge, document(text.format(fell="890"), PUB, "en"), select=["F302"])
    assert "F302" in [f.rule for f in bad.findings]


# --- a participle between a count and its plural noun: the noun is what is counted --------------------------


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("Officials reported 412 confirmed cases on Friday.", "412 confirmed cases", 412, "cases"),
        ("The index tracks 300 listed companies.", "300 listed companies", 300, "companies"),
        ("Police logged 96 reported burglaries.", "96 reported burglaries", 96, "burglaries"),
    ],
)
def test_count_with_one_modifier(sentence, span, value, counter):
    assert mentions(sentence)[span] == ("count", value, counter)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("Output rose to 35 compared with 29.", "35"),  # `compared` is no modifier of a noun
        ("Officials counted 412 confirmed.", "412"),  # no plural noun after the participle: nothing counted
    ],
)
def test_no_modified_noun(sentence, span):
    assert not any(text.startswith(span) and len(text) > len(span) for text in mentions(sentence))


def test_a_modified_noun_names_the_metric(knowledge):
    from helpers import claims

    found = {c.text: c for c in claims("The economy added 214,000 salaried jobs in May.", knowledge).claims}
    assert found["214,000 salaried jobs"].metric is not None


# --- `up to` after a verb of motion is the move and its end, not a bound (`ticks up to 4.3%`) -----------------


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("Unemployment ticks up to 4.3% in May.", "4.3%"),
        ("The jobless rate edged up to 4.3% from 4.1%.", "4.3%"),
        ("Forecasts were revised up to 2.9% for the year.", "2.9%"),
    ],
)
def test_up_to_after_a_verb_is_no_bound(sentence, span):
    assert span in mentions(sentence)


def test_up_to_alone_is_a_bound():
    ex = extract(document("The firm may cut up to 300 jobs.", PUB, "en"))
    found = {m.text: m.quantity for m in ex.mentions}
    assert found["up to 300 jobs"].qualifier is not None and found["up to 300 jobs"].high == 300


def test_adds_up_to_is_a_total_not_a_bound():
    ex = extract(document("The deal adds up to £9.4m over four years.", PUB, "en"))
    found = {m.text: m.quantity for m in ex.mentions}
    assert found["£9.4m"].qualifier is None
