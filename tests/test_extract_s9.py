"""Numbers first, second round (issue 11): members of stated relations the extractor left without a claim.

Every sentence here is written for this test. Each construction has must-read cases (the span, its kind,
value and counter) and must-not-read cases: numbers that look alike and count nothing stated before them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document

from checker.extract import extract

PUB = dt.date(2025, 10, 20)


def mentions(text: str, language: str | None = None) -> dict[str, tuple[str, float, str, str | None]]:
    ex = extract(document(text, PUB, language))
    return {m.text: (m.quantity.kind, m.quantity.value, m.quantity.unit, m.quantity.counter) for m in ex.mentions}


# --- a count whose noun is written once, before it ------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("The desk logged 31 complaints this week, against 44 the week before.", "44", 44, "complaints"),
        ("Clinics treated 602 patients in May, against 575 in April.", "575", 575, "patients"),
        ("Arrests reached 915 cases, an increase of 38 on the year.", "38", 38, "cases"),
        ("The fleet shrank to 212 buses, a reduction of 17 since spring.", "17", 17, "buses"),
        ("The clinic now has 420 nurses, 35 more than the 385 it had in May.", "35", 35, "nurses"),
        ("The party won 61 seats, 4 fewer than the 65 it held.", "4", 4, "seats"),
        ("Some 95 flats were let by June and 40 in July, 135 in all.", "135", 135, "flats"),
    ],
)
def test_count_named_once_before_it(sentence, span, value, counter):
    found = mentions(sentence)
    assert span in found, found
    assert found[span] == ("count", value, "count", counter)


@pytest.mark.parametrize(
    "sentence,span,borrowed",
    [
        ("The vote was 210 to 190 against 12 amendments.", "12 amendments", "votes"),  # its own noun
        ("The panel cut 30 jobs. An increase of 40 was expected.", "40", "jobs"),  # another sentence
        ("Sales rose to 2,300 units.\nA rise of 15 followed in 2024.", "15", "units"),  # another line
        ("The shop sold 80 bikes in 2019, 3 more than in 2018.", "2018", "bikes"),  # a year after `than`
    ],
)
def test_no_noun_taken_from_before(sentence, span, borrowed):
    found = mentions(sentence)
    assert found.get(span, (None, None, None, None))[3] != borrowed, found


# --- words after a number that are no counted noun -------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("The council has 40 fewer staff than in 2020.", "40 fewer"),  # `fewer` is no noun
        ("The index ended 12 higher on the day.", "12 higher"),
        ("There were 416 elsewhere.", "416 elsewhere"),
        ("It reported 2,317 new, the most this year.", "2,317 new"),  # `new` sets the fact apart: kept as read
    ],
)
def test_words_that_are_not_counters(sentence, span):
    found = mentions(sentence)
    if span.endswith("new"):
        assert found[span][3] == "new"
    else:
        assert span not in found, found


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("The side scored 38 goals and conceded 17.", "17", 17, "goals"),
        ("The club has won 14 games, drawn 3 and lost 5.", "3", 3, "games"),
        ("The club has won 14 games, drawn 3 and lost 5.", "5", 5, "games"),
        ("It took 182 seats, up from 145, meaning it gained 29.", "29", 29, "seats"),
        ("Of 1,500 people polled, those under 35, who numbered 377, backed her.", "377", 377, "people"),
        ("It had 14 deaths this week, 9 fewer, the lowest this year.", "9", 9, "deaths"),
    ],
)
def test_count_after_its_verb(sentence, span, value, counter):
    found = mentions(sentence)
    assert span in found, found
    assert found[span] == ("count", value, "count", counter)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("The 40 players, aged 19 to 31, trained.", "19"),  # an age
        ("Of its 30 shops, the chain ranked 4 in sales.", "4"),  # a rank
        ("It made £2bn in the 53 weeks ended 11 March.", "11"),  # a date's day
        ("It hired 30 staff and scheduled 12 for May.", "12"),
    ],
)
def test_no_count_after_verbs_of_rank_age_or_date(sentence, span):
    assert span not in mentions(sentence)


# --- a list of counts by place, each name with its article ------------------------------------------


@pytest.mark.parametrize(
    "sentence,spans,counter",
    [
        ("Kent had 512 cases, the Upper Valley 230 and Lower Dale 118.", ["230", "118"], "cases"),
        (
            "The region logged 640 thefts, the North Coast 212, the Lakes 97 and the Moors 41.",
            ["212", "97", "41"],
            "thefts",
        ),
        ("Kent had 512 cases, the Upper Valley 230 and Lower Dale 118, with 90 elsewhere.", ["90"], "cases"),
    ],
)
def test_place_list_with_articles(sentence, spans, counter):
    found = mentions(sentence)
    for span in spans:
        assert found.get(span, (None,) * 4)[3] == counter, found


def test_two_figures_are_no_place_list():
    # a count and one labelled number: too short to be a tally
    assert "230" not in mentions("Kent reported 512 cases, the Upper Valley 230.")


# --- a counted noun joined by a hyphen; `one` before it --------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("Labour opened a seven-point lead over the Greens.", "seven-point", 7, "point"),
        ("Approval fell to 38% from 42%, a 4-point drop.", "4-point", 4, "point"),
        ("Approval was 41%, down from 45%, a four-point drop.", "four-point", 4, "point"),
        ("A twenty-one-point swing decided it.", "twenty-one-point", 21, "point"),
        ("The coalition won a 12-seat majority.", "12-seat", 12, "seat"),
        ("The home side held a two-goal lead at the break.", "two-goal", 2, "goal"),
        ("A month ago the gap was one point.", "one point", 1, "point"),
        ("The bill passed by one vote.", "one vote", 1, "vote"),
    ],
)
def test_hyphened_counter(sentence, span, value, counter):
    found = mentions(sentence)
    assert span in found, found
    assert found[span] == ("count", value, "count", counter)


@pytest.mark.parametrize(
    "sentence",
    [
        "She set out a five-point plan for the railways.",  # a plan's points
        "One point stood out in the report.",  # a remark
        "He made one point clear.",
        "He hit a 3-point-shot record.",  # a longer compound
        "The poll used a 10-point scale.",
    ],
)
def test_no_hyphened_counter(sentence):
    assert not [m for m in mentions(sentence) if "point" in m]


# --- a table of labelled counts in columns ----------------------------------------------------------

_SEATS = "정당별 의석은 다음과 같다.\n\n정당 | 지역구 | 비례 | 합계\n가나당 | 131 | 18 | 149\n다라당 | 108 | 17 | 125\n"
_WINS = "| Team | Won | Lost |\n| Reds | 12 | 4 |\n| Blues | 9 | 7 |\n"


@pytest.mark.parametrize(
    "text,cells", [(_SEATS, ["131", "18", "149", "108", "17", "125"]), (_WINS, ["12", "4", "9", "7"])]
)
def test_table_of_counts_in_columns(text, cells):
    found = mentions(text)
    for cell in cells:
        assert found.get(cell) == ("count", float(cell), "count", ""), found


@pytest.mark.parametrize(
    "text,cell",
    [
        ("정당 | 지역구 | 비례\n가나당 | 131 | 18\n\n다른 얘기다.", "131"),  # a lone row is no table
        ("Party | 2023 | 2024\nAlpha | 131 | 2020\nBeta | 108 | 17\n", "131"),  # a year in a row leaves it out
        ("Item | Price | Share\nTea | 12 | 4.5%\nCake | 9 | 3.1%\n", "12"),  # a rate in a row leaves it out
    ],
)
def test_no_table_of_counts(text, cell):
    assert cell not in mentions(text)


# --- units spelled out ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value,unit",
    [
        ("Wind farms made 41.6 terawatt-hours last year.", "41.6 terawatt-hours", 41.6e9, "kWh"),
        ("The dam produced 12.5 gigawatt-hours in May.", "12.5 gigawatt-hours", 12.5e6, "kWh"),
        ("The plant makes 850 megawatt hours a day.", "850 megawatt hours", 850e3, "kWh"),
        ("The grid added 3.2 gigawatts of solar.", "3.2 gigawatts", 3.2, "GW"),
        ("The new line runs 42 kilometres.", "42 kilometres", 42, "km"),
        ("올해 발전량은 41.6테라와트시로 늘었다.", "41.6테라와트시", 41.6e9, "kWh"),
        ("하루 850메가와트시를 만든다.", "850메가와트시", 850e3, "kWh"),
        ("새 설비는 3.2기가와트 규모다.", "3.2기가와트", 3.2, "GW"),
        ("500메가와트 설비가 들어선다.", "500메가와트", 0.5, "GW"),
    ],
)
def test_spelled_out_units(sentence, span, value, unit):
    found = mentions(sentence)
    assert span in found, found
    kind, got, got_unit, _ = found[span]
    assert (kind, got_unit) == ("measure", unit)
    assert got == pytest.approx(value)


def test_spelled_and_symbol_units_are_one_measure():
    found = mentions("Output rose to 44.1 terawatt-hours from 40 TWh.")
    assert found["44.1 terawatt-hours"][2] == found["40 TWh"][2] == "kWh"


def test_a_unit_word_without_a_number_is_no_measure():
    assert mentions("The gigawatt era began in 2010.") == {}


# --- a count in parentheses after its noun ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,counter",
    [
        ("One in four patients (377) needed hospital care.", "377", "patients"),
        ("Most respondents (1,228) chose the economy.", "1,228", "respondents"),
        ("Nearly half of the stores (64) will close.", "64", "stores"),
    ],
)
def test_count_in_parentheses_after_its_noun(sentence, span, counter):
    found = mentions(sentence)
    assert found.get(span, (None,) * 4)[3] == counter, found


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("The law (2019) changed things.", "2019"),  # a year
        ("Harry Smith (45) left the club.", "45"),  # an age after a name
        ("Its sections (12 in all) were read aloud.", "12"),  # words beside the number
        ("Sales (1,228) rose.", "1,228"),  # a capitalised word opens the sentence: no noun read
    ],
)
def test_no_count_in_parentheses(sentence, span):
    found = mentions(sentence)
    assert found.get(span, (None,) * 4)[3] in (None, ""), found


# --- a count named by the noun opening its sentence --------------------------------------------------


@pytest.mark.parametrize(
    "sentence,spans,counter",
    [
        ("Burglaries rose to 812 from 790 last year.", ["812", "790"], "burglaries"),
        (
            "Offences involving a knife or blade rose to 512 from 473, an increase of 39.",
            ["512", "473", "39"],
            "offences",
        ),
        ("Arrests rose 4% to 310 from 298.", ["310", "298"], "arrests"),
        ("Admissions fell to 1,240 in the spring.", ["1,240"], "admissions"),
        (
            "Thefts were the largest category at 9,100 thefts.\n\nBurglaries rose to 812 from 790.",
            ["812"],
            "burglaries",
        ),
    ],
)
def test_count_named_by_its_subject(sentence, spans, counter):
    found = mentions(sentence)
    for span in spans:
        assert found.get(span, (None,) * 4)[3] == counter, found


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("Shares rose to 45 in early trade.", "45"),  # a price
        ("Arrests of 12 men rose to 30.", "30"),  # a count before it gives no noun to its subject's figure
        ("In May, burglaries rose to 812.", "812"),  # the sentence opens with no noun
        ("Burglaries rose in 2024 to a high.", "2024"),  # a year
    ],
)
def test_no_count_named_by_its_subject(sentence, span):
    assert span not in mentions(sentence)
