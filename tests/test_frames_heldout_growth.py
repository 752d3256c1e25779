"""Points whose sentence names only the earlier rate: the rate they are the gap from is the one the sentence
before states (link/points_from_rate_before.py). Sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

HOLDING = [
    "서울 아파트 전셋값은 한 주 전보다 0.15% 올랐다. 전주 상승률(0.11%)보다 0.04%포인트 확대됐다.",
    "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.3%포인트 높다.",
    "올해 2분기 출산율은 0.71%로 집계됐다. 신생아는 5만6천명이었다. 1년 전 0.76%보다 0.05%포인트 낮다.",
    "Consumer prices rose 2.9% in July. That was 0.2 percentage point less than June's 3.1%.",
    "The jobless rate rose to 4.3% in August. That is 0.5 percentage point higher than the 3.8% of a year before.",
    "Turnout reached 61.2% on Sunday. Some 28 million people voted. It was 2.4 percentage points above the 58.8% "
    "recorded in 2020.",
]

BROKEN = [
    "서울 아파트 전셋값은 한 주 전보다 0.15% 올랐다. 전주 상승률(0.11%)보다 0.09%포인트 확대됐다.",
    "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.8%포인트 높다.",
    "Consumer prices rose 2.9% in July. That was 0.6 percentage point less than June's 3.1%.",
    "The jobless rate rose to 4.3% in August. That is 0.9 percentage point higher than the 3.8% of a year before.",
]


@pytest.mark.parametrize("text", HOLDING)
def test_points_from_the_rate_the_sentence_before_states_hold(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=False)


@pytest.mark.parametrize("text", BROKEN)
def test_points_from_the_rate_the_sentence_before_states_are_checked(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=True)


def test_the_points_link_the_rate_before_and_the_earlier_rate(knowledge):
    text = "지난달 실업률은 3.4%를 기록했다. 전월 실업률 3.1%보다 0.3%포인트 높다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    points = found["0.3%포인트"]
    assert (points.change_of, points.compared_to, points.direction) == (found["3.4%"].id, found["3.1%"].id, 1)


@pytest.mark.parametrize(
    "text",
    [
        # two rates the sentence before: which one the points measure from is not said
        "실업률은 3.4%, 고용률은 62.1%였다. 전월 3.1%보다 0.3%포인트 높다.",
        "Unemployment was 4.3% and participation 62.7%. That is 0.5 percentage point above the 3.8% of 2023.",
        # another paragraph: a new subject
        "The agency published its monthly report. The jobless rate rose to 4.3% in August.\n\nAmong the young it "
        "is 0.5 percentage point higher than the 3.8% of a year before.",
        # three sentences back, past two sentences of counts
        "The jobless rate rose to 4.3%. Payrolls grew by 142,000. Wages rose by 13 cents. It is 0.5 percentage "
        "point above the 3.8% of a year before.",
    ],
)
def test_points_without_one_rate_just_before_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# ---- A prior written without its unit takes the value's (link/bare_priors.py).

UNIT_LEFT_OFF_HOLDING = [
    "The utility said demand was strong. Generation climbed 6% to 5.3 billion kWh, from 5.0 billion in 2023.",
    "The group reported its results. Production rose about 3% to 2.06 million barrels a day from 2.0 million.",
    "The pipeline operator said volumes grew. Throughput rose 5% to 2.1 million barrels a day from 2.0 million in "
    "2023.",
]

UNIT_LEFT_OFF_BROKEN = [
    "The group reported its results. Production rose about 8% to 2.06 million barrels a day from 2.0 million.",
    "The utility said demand was strong. Generation climbed 16% to 5.3 billion kWh, from 5.0 billion in 2023.",
]


@pytest.mark.parametrize("text", UNIT_LEFT_OFF_HOLDING)
def test_a_prior_without_its_unit_holds_in_the_values_unit(knowledge, text):
    assert_checked(knowledge, text, "F301", fires=False)


@pytest.mark.parametrize("text", UNIT_LEFT_OFF_BROKEN)
def test_a_prior_without_its_unit_is_checked(knowledge, text):
    assert_checked(knowledge, text, "F301", fires=True)


def test_the_prior_takes_the_unit_and_a_count_of_other_things_does_not(knowledge):
    text = (
        "The group reported its results. Production rose about 3% to 2.06 million barrels a day from 2.0 million, "
        "as two new fields started."
    )
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert (found["2.0 million"].unit, found["2.0 million"].kind) == ("barrel", "measure")
    assert found["about 3%"].compared_to == found["2.0 million"].id
    assert found["two new"].unit != "barrel"


@pytest.mark.parametrize(
    "text",
    [
        # two measures: which unit the bare figure leaves off is not said
        "The group reported its results. Oil output rose 3% to 2.06 million barrels and gas output to 1.1 million "
        "tonnes, from 2.0 million.",
        # (a value read in another unit, tonnes as kilograms, now gives the bare figure its unit with the same
        # conversion at extraction: tests/test_frames_s10_en.py)
        # no scale word: a bare number is no figure of the value's scale
        "The miner reported its output. Copper output rose 4% to 1.3 million tonnes, its 12 mines said, from 2023.",
    ],
)
def test_a_bare_figure_beside_two_measures_or_of_no_scale_keeps_its_unit(knowledge, text):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    bare = [c for c in found.values() if c.kind == "count" or c.guesses and "unit" in c.guesses]
    assert bare and all("unit" not in c.guesses for c in bare), [(c.text, c.unit) for c in bare]


# ---- A move in points between two rates of its sentence is in percentage points (link/points_of_rates.py).
# A broken move fits neither as points nor as a relative change (F308 lets the relative reading pass).

POINTS_OF_RATES_HOLDING = [
    "The airline reported results. Its load factor, the share of seats sold, climbed 2.1 points to 84.6% from 82.5%.",
    "The survey was released on Monday. Approval of the mayor rose 4 points to 52% from 48% in March.",
    "The poll was published on Sunday. Support for the party fell 3 points to 38% from 41% a month earlier.",
    "여론조사 결과가 나왔다. 민주당 지지율은 41%에서 38%로 3포인트 내렸다.",
]

POINTS_OF_RATES_BROKEN = [
    "The airline reported results. Its load factor, the share of seats sold, climbed 3.1 points to 84.6% from 82.5%.",
    "The survey was released on Monday. Approval of the mayor rose 2 points to 52% from 48% in March.",
    "여론조사 결과가 나왔다. 민주당 지지율은 41%에서 38%로 1포인트 내렸다.",
]


@pytest.mark.parametrize("text", POINTS_OF_RATES_HOLDING)
def test_points_between_two_rates_hold(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=False)


@pytest.mark.parametrize("text", POINTS_OF_RATES_BROKEN)
def test_points_between_two_rates_are_checked(knowledge, text):
    assert_checked(knowledge, text, "F308", fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # an index's move: no rate beside it
        "Stocks closed higher on Friday. The index rose 12 points to 2,431, and turnover was 9% higher.",
        # two levels: which one the points reach is not said
        "The survey was released on Monday. Approval rose 4 points to 52% from 48%, and disapproval stood at 41%.",
    ],
)
def test_points_without_one_level_and_one_earlier_rate_stay_counts(knowledge, text):
    found = [c for c in claims(text, knowledge).claims if "point" in c.text]
    assert found and all(c.kind == "count" for c in found), [(c.text, c.kind) for c in found]


# ---- Currencies named in words after the number ([currency_words]): the equivalent beside them is checked.

CURRENCY_NAMES_HOLDING = [
    "The company reported results. It paid 40 billion Norwegian crowns ($3.8 billion) in taxes in the quarter.",
    "The utility reported results. It will spend 12 billion zlotys ($3 billion) on the grid.",
    "회사는 실적을 발표했다. 세금으로 400억 노르웨이 크로네(약 38억 달러)를 냈다.",
]

CURRENCY_NAMES_BROKEN = [
    "The company reported results. It paid 40 billion Norwegian crowns ($7.8 billion) in taxes in the quarter.",
    "The utility reported results. It will spend 12 billion zlotys ($9 billion) on the grid.",
    "회사는 실적을 발표했다. 세금으로 400억 노르웨이 크로네(약 78억 달러)를 냈다.",
]


@pytest.mark.parametrize("text", CURRENCY_NAMES_HOLDING)
def test_an_amount_in_a_named_currency_converts(knowledge, text):
    assert_checked(knowledge, text, "F202", fires=False)


@pytest.mark.parametrize("text", CURRENCY_NAMES_BROKEN)
def test_an_amount_in_a_named_currency_is_checked(knowledge, text):
    assert_checked(knowledge, text, "F202", fires=True)
