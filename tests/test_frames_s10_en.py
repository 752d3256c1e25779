"""English constructions read for the held-out sets' leftovers (session 10).

Every sentence is written for this test: invented places, companies, players and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# --- a measure's unit written once: `to 401.5 million barrels from 404.7 million` --------------------------------

_STOCKS = "Crude inventories fell by {change} million barrels last week to 401.5 million barrels from 404.7 million."
_HARVEST = "Barley output fell {rate} this season, to 3.0 million tonnes from 4.0 million, after a dry spring."


def test_a_scaled_number_after_a_measure_takes_its_unit(knowledge):
    found = {c.text: c for c in claims(_STOCKS.format(change="3.2"), knowledge).claims}
    assert found["404.7 million"].kind == "measure"
    assert found["404.7 million"].unit == found["401.5 million barrels"].unit
    assert found["404.7 million"].value == found["401.5 million barrels"].value / 401.5 * 404.7


def test_a_measure_written_once_is_checked_as_a_difference(knowledge):
    assert_checked(knowledge, _STOCKS.format(change="3.2"), "F305", fires=False)
    assert_checked(knowledge, _STOCKS.format(change="5.2"), "F305", fires=True)


def test_a_measure_written_once_in_a_scaled_unit_is_checked_as_a_growth(knowledge):
    # (tonnes are read in kilograms: the elided figure is scaled as its measure was)
    assert_checked(knowledge, _HARVEST.format(rate="25%"), "F301", fires=False)
    assert_checked(knowledge, _HARVEST.format(rate="35%"), "F301", fires=True)


def test_a_scaled_number_after_a_measure_across_no_comparison_is_left_alone(knowledge):
    text = "The field yields 2.1 million barrels a day; 3.4 million people live nearby."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert all(c.kind != "measure" for t, c in found.items() if t.startswith("3.4"))


# --- a rate per game of a tally over the games played (`21 goals in 29 games, an average of 0.72 a game`) --------

_SCORER = "Okonjo scored 21 goals in 29 league games for Dunmore last season, an average of {rate} a game."
_LEADERS = (
    "Brackley have won 12, drawn 4 and lost 2 of their 18 matches, and their 40 points work out at {rate} per match."
)


def test_a_rate_per_game_divides_the_tally_by_the_games(knowledge):
    found = {c.text: c for c in claims(_SCORER.format(rate="0.72"), knowledge).claims}
    assert found["0.72"].per_unit_of == found["21 goals"].id
    assert_checked(knowledge, _SCORER.format(rate="0.72"), "F317", fires=False)
    assert_checked(knowledge, _SCORER.format(rate="0.92"), "F317", fires=True)


def test_a_rate_per_game_after_a_record_of_results(knowledge):
    assert_checked(knowledge, _LEADERS.format(rate="2.22"), "F317", fires=False)
    assert_checked(knowledge, _LEADERS.format(rate="2.62"), "F317", fires=True)


def test_a_rate_per_game_with_no_games_played_framed_is_left_alone(knowledge):
    # (the games are not said: 12 games won is no divisor of the season's points)
    assert_not_checked(knowledge, "Brackley won 12 games and took 40 points, an average of 2.22 per match.", "F317")


# --- a change stated as a fraction in words (`fell by a quarter, to X from Y`, `an increase of about a fifth`) ----

_BARLEY = "Barley output fell by {size}, to 3.0 million tonnes from 4.0 million, after a dry spring."
_FERRY = "The Calder ferry carried 2.4 million passengers, up from 2.0 million, an increase of about {size}."


def test_a_fraction_after_a_verb_of_change_and_by_is_the_change(knowledge):
    found = {c.text: c for c in claims(_BARLEY.format(size="a quarter"), knowledge).claims}
    assert found["a quarter"].role == "change"
    assert found["a quarter"].change_of == found["3.0 million tonnes"].id
    assert_checked(knowledge, _BARLEY.format(size="a quarter"), "F301", fires=False)
    assert_checked(knowledge, _BARLEY.format(size="a half"), "F301", fires=True)


def test_a_fraction_after_a_noun_of_change_and_of_is_the_change(knowledge):
    assert_checked(knowledge, _FERRY.format(size="a fifth"), "F301", fires=False)
    assert_checked(knowledge, _FERRY.format(size="a third"), "F301", fires=True)


def test_a_fraction_of_a_whole_is_no_change(knowledge):
    text = "The Calder ferry carried 2.4 million passengers, up from 2.0 million; a third of them were tourists."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["a third"].role != "change"
    assert_not_checked(knowledge, text, "F301")


def test_a_scaled_number_after_measures_of_two_units_is_left_alone(knowledge):
    text = "Oil output rose 3% to 2.06 million barrels and gas output to 1.1 million tonnes, from 2.0 million."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["2.0 million"].kind != "measure"


# --- a year named with its fiscal year (`the 2019 fiscal year, seven years ago`) --------------------------------

_RIDERS = (
    "The Tarn light rail carried 51.2 million riders in the year to March, 3.0% above the 49.7 million of the "
    "2017 fiscal year, {span} ago."
)


def test_the_year_of_a_fiscal_year_dates_a_span_back(knowledge):
    text = _RIDERS.format(span="seven years")
    assert_checked(knowledge, text, "F406", fires=False)
    assert_checked(knowledge, _RIDERS.format(span="five years"), "F406", fires=True)


def test_the_and_a_number_before_other_words_is_no_year(knowledge):
    text = "The 2019 riders who answered the survey were happier than in March, seven years ago."
    assert_not_checked(knowledge, text, "F406")


# --- a second rate coordinated with a first, against its own figure (`up A% from X and B% above the Y of 2019`) ----

_PARK = (
    "The Fenmoor park drew 3.1 million visitors in the year, up 4.0% from 2.98 million the previous year and "
    "{rate} the 3.02 million of 2019."
)


def test_a_coordinated_rate_is_a_change_of_the_first_rates_value(knowledge):
    found = {c.text: c for c in claims(_PARK.format(rate="2.6% above"), knowledge).claims}
    assert found["2.6%"].change_of == found["3.1 million visitors"].id
    assert found["2.6%"].compared_to == found["3.02 million"].id
    assert_checked(knowledge, _PARK.format(rate="2.6% above"), "F301", fires=False)
    assert_checked(knowledge, _PARK.format(rate="6.6% above"), "F301", fires=True)
    assert_checked(knowledge, _PARK.format(rate="2.6% below"), "F301", fires=True)


def test_a_rate_of_another_clause_is_left_alone(knowledge):
    text = (
        "The Fenmoor park drew 3.1 million visitors in the year, up 4.0% from 2.98 million the previous year, "
        "while ticket prices rose 2.6% over the 3.02 million budget."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["2.6%"].change_of != found["3.1 million visitors"].id
