"""English growths and differences stated against an earlier figure (fifty-fifth session, lane `growth_en`).

- A rate of change set on the earlier figure with `on the` and a bare number, that figure's own period after it
  (`up 20.1 per cent on the 643 of last June, or 129 more`): the bare number right after `per cent on the` counts
  what the level counts (`[elided_counts] before`), so the rate and the count restating it are both checked against
  it.
- A rise told in a sentence of its own after the level it rose to (`A record 731 riders entered. That was 94 more than
  last year's 637, a rise of 14.8 per cent.`): the count opening the sentence right after its copula, before `more` /
  `fewer` and `than` with a number after it, is the size of a rise (`[elided_counts] opening_more_before`,
  `opening_more_after`); its sentence opening on a subject that points back (`[link.rise_told_openers]`), the level is
  the first count of a noun of the sentence before, when that sentence states no other level of the noun (a figure of
  it per day is none: `[link.rise_told_rate_marks]`) and it lies on the side of the earlier figure the words say; a
  rate appended as a noun of change (`, a rise of 14.8 per cent`, `, a rise of a fifth`) is the change of the same
  level from the same figure (checker/link/rises_told_after_the_level.py). Read across sentences: warnings.
- In one sentence, a rate appended as a noun of change right after the figure a told rise is measured from
  (`487 tonnes, 64 tonnes more than the 423 tonnes of the same months last year, a rise of 15.1 per cent`) is the
  change of the same level from that figure.
- Review narrowing: the rate before `on the` must be set off after the count (`, up`) and the number name a period;
  the level of a told rise is the one count of the sentence before on the side the words say and within a factor of
  five of the earlier figure (no frame `in 38 games`, no part of another), of the noun a plural subject names; an
  appended rate only when its clause ends after it.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

GROWTH, DIFFERENCE = "F301", "F305"


_RATE_ON_THE_FIGURE_OF_A_PERIOD = [
    # (text, holding rate, broken rate)
    (
        "Otters\n\nWardens at Polbrook counted 772 otters in this year's survey, up {rate} per cent on the 643 of "
        "last June, or 129 more.",
        "20.1",
        "24.1",
    ),
    (
        "Herons\n\nVolunteers at Ambry Mere logged 538 herons this spring, down {rate} per cent on the 613 of the "
        "same weeks last year, or 75 fewer.",
        "12.2",
        "15.2",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RATE_ON_THE_FIGURE_OF_A_PERIOD)
def test_rate_on_the_bare_figure_of_a_period(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate=broken), GROWTH, fires=True)


def test_count_restating_a_rate_on_the_bare_figure_of_a_period(knowledge):
    text = (
        "Otters\n\nWardens at Polbrook counted 772 otters in this year's survey, up 20.1 per cent on the 643 of "
        "last June, or {more} more."
    )
    assert_checked(knowledge, text.format(more="129"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(more="149"), DIFFERENCE, fires=True)


_NO_RATE_ON_THE_FIGURE = [
    # a share spent on a part, no rate of change: nothing measured from the bare number
    "Reserves\n\nThe Polbrook trust spent 18 per cent on the 240 of its acres that flood each winter.",
    # a year after `per cent on the`: no figure compared with
    "Otters\n\nWardens at Polbrook counted 772 otters this year, up 20.1 per cent on the 2019 survey.",
]


@pytest.mark.parametrize("text", _NO_RATE_ON_THE_FIGURE)
def test_no_rate_on_a_figure_that_is_none(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)
    assert_not_linked(knowledge, text, DIFFERENCE)


_RISES_TOLD_AFTER_THE_LEVEL = [
    # (text, holding, broken) of the rate and of the count; the level in the sentence before
    (
        "Sportive\n\nA record 731 riders entered the Kelbrook sportive on Sunday.\n\n"
        "That was {more} more than last year's 637, a rise of {rate} per cent.",
        ("94", "14.8"),
        ("94", "18.8"),
        ("84", "14.8"),
    ),
    (
        "Toads\n\nThe Ashby toad patrol found 412 toads on the lane this March.\n\n"
        "That is {more} fewer than last year's 469, a fall of {rate} per cent.",
        ("57", "12.2"),
        ("57", "16.2"),
        ("67", "12.2"),
    ),
    # the sentence before also states the level per day: no second level of the noun
    (
        "Fair\n\nThe Hollin fair drew 1,428 entries over two days, an average of 714 a day.\n\n"
        "Entries were {more} more than last year's 1,190, a rise of {rate}.",
        ("238", "a fifth"),
        ("238", "a third"),
        ("288", "a fifth"),
    ),
]


@pytest.mark.parametrize(("text", "holds", "rate_broken", "count_broken"), _RISES_TOLD_AFTER_THE_LEVEL)
def test_rise_told_after_the_level(knowledge, text, holds, rate_broken, count_broken):
    def filled(pair):
        return text.format(more=pair[0], rate=pair[1])

    assert_checked(knowledge, filled(holds), GROWTH, fires=False)
    assert_checked(knowledge, filled(holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, filled(rate_broken), GROWTH, fires=True)
    assert_checked(knowledge, filled(count_broken), DIFFERENCE, fires=True)


_NO_RISE_TOLD_AFTER_THE_LEVEL = [
    # no number after `than`: no earlier figure, no rise read
    "Sportive\n\nA record 731 riders entered the Kelbrook sportive on Sunday.\n\nThat was 94 more than planned.",
    # a year after `than`: no earlier figure
    "Sportive\n\nA record 731 riders entered the Kelbrook sportive on Sunday.\n\nThat was 94 more than in 2019.",
    # no level in the sentence before: nothing the rise is of
    "Sportive\n\nThe Kelbrook sportive was held on Sunday in the rain.\n\n"
    "That was 94 more than last year's 637, a rise of 14.8 per cent.",
]


@pytest.mark.parametrize("text", _NO_RISE_TOLD_AFTER_THE_LEVEL)
def test_no_rise_told_after_a_level_that_is_none(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)
    assert_not_linked(knowledge, text, DIFFERENCE)


_NOT_FIRED_RISES = [
    # two levels of the noun in the sentence before: which one rose is not said
    "Sportive\n\nCrews counted 731 riders on Sunday and 702 riders on Monday.\n\n"
    "That was 65 more than last year's 637, a rise of 10.2 per cent.",
    # a subject naming another thing than a count (a price): no rise of the count before
    "Sportive\n\nA record 731 riders entered the Kelbrook sportive on Sunday.\n\n"
    "The entry fee was £4 more than last year's £21, a rise of 19 per cent.",
]


@pytest.mark.parametrize("text", _NOT_FIRED_RISES)
def test_no_alarm_on_rises_of_no_one_level(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)
    assert_not_fired(knowledge, text, DIFFERENCE)


_RATE_AFTER_A_TOLD_RISE = [
    (
        "Whelks\n\nBoats at Carrow landed 487 tonnes in the spring, 64 tonnes more than the 423 tonnes of the same "
        "months last year, a rise of {rate} per cent.",
        "15.1",
        "19.1",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RATE_AFTER_A_TOLD_RISE)
def test_rate_after_a_told_rise_in_one_sentence(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate=broken), GROWTH, fires=True)


_NO_RATE_AFTER_A_TOLD_RISE = [
    # the rate is of another thing (the price), set after `with`: no change of the landings
    "Whelks\n\nBoats at Carrow landed 487 tonnes in the spring, 64 tonnes more than the 423 tonnes of the same "
    "months last year, with a rise of 9 per cent in the price.",
]


@pytest.mark.parametrize("text", _NO_RATE_AFTER_A_TOLD_RISE)
def test_no_rate_of_another_thing_after_a_told_rise(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)


# Review fixes (invented texts aimed at the readings' edges).

_NO_RATE_OF_ANOTHER_NOUN_ON_THE_FIGURE = [
    # the rate is another noun's, told by its own verb: the bare number after `per cent on the` is no earlier count
    "Vans\n\nThe Selby depot runs 40 vans, and fares rose 5 per cent on the 12 it added in May.",
    "Cars\n\nThe Orrin dealer sold 900 cars, and its margin rose 2 per cent on the 300 it shipped abroad.",
    "School\n\nThe Tallow school has 540 pupils; teachers won a rise of 3 per cent on the 28 of them who run clubs.",
    "Mill\n\nThe Tenby mill has 1,200 staff, whose pay is up 4 per cent on the 300 of them on old terms.",
    "Boats\n\nThe Marn yard launched 64 boats, and exports were up 10 per cent on the 40 it sold abroad in 2024.",
    "Clinic\n\nThe Rook clinic treated 700 patients, and costs rose 8 per cent on the 650 of last year.",
    # set off after the count, but the number names no period: no earlier figure of it
    "Sheep\n\nThe Cairnby show had 2,300 sheep this year, up 15 per cent on the 20 of its years.",
]


@pytest.mark.parametrize("text", _NO_RATE_OF_ANOTHER_NOUN_ON_THE_FIGURE)
def test_no_rate_of_another_noun_on_the_figure(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)


_NO_ONE_LEVEL_BEFORE_A_TOLD_RISE = [
    # counts of two nouns in the sentence before: which one rose is not said
    "Race\n\nSome 900 marshals watched 540 runners finish the Tarrow fell race.\n\n"
    "That was 60 more than last year's 480, a rise of 12.5 per cent.",
    "Race\n\nA record 540 runners and 96 teams entered the Tarrow relay.\n\n"
    "That was 12 more than last year's 84, a rise of 14.3 per cent.",
    "Race\n\nThe 2,000 spectators saw 540 runners finish the Tarrow fell race.\n\n"
    "That was 60 more than last year's 480, a rise of 12.5 per cent.",
    "Crime\n\nPolice in Harrowby recorded 312 burglaries in 2025 and 94 car thefts.\n\n"
    "That was 22 more than last year's 72, a rise of 30.6 per cent.",
    "Tours\n\nThe Askel guides led 7,000 tours; 6,000 tourists took part.\n\n"
    "That was 500 more than last year's 5,500, a rise of 9.1 per cent.",
    "Hall\n\nThe Wendle hall holds 480 people and hosted 90 concerts.\n\n"
    "The number was 15 more than last year's 75, a rise of 20 per cent.",
    "Race\n\nA record 540 runners finished the Tarrow race, and 120 helpers worked the course.\n\n"
    "That was 60 more than last year's 480, a rise of 12.5 per cent.",
    # one count, but of fans, and the earlier figure counts what `they` scored: no rise of the fans
    "Match\n\nThe Ravens won 3-1 in front of 8,200 fans.\n\n"
    "That was 2 more than the 1 they scored last week, a rise of 200 per cent.",
    # a plural subject naming another thing than the count before
    "Bikes\n\nThe Corran shop sold 400 bikes in May.\n\n"
    "Prices were 20 more than last year's 180, a rise of 11.1 per cent.",
    "Spa\n\nThe Lomond spa had 800 guests on Tuesday.\n\n"
    "Temperatures were 4 more than last year's 18, a rise of 22 per cent.",
    "Fish\n\nAnglers at Wray landed 620 trout this season.\n\n"
    "Weights were 30 more than last year's 250, a rise of 12 per cent.",
    # a later change measured from an earlier figure it does not name
    "Roads\n\nThe Ellon council logged 45 road deaths in 2025.\n\n"
    "That was 5 more than last year's 40, a rise of 12.5 per cent, and 9 more than in 2023.",
]


@pytest.mark.parametrize("text", _NO_ONE_LEVEL_BEFORE_A_TOLD_RISE)
def test_no_alarm_on_a_told_rise_of_no_one_level(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)
    assert_not_fired(knowledge, text, DIFFERENCE)


_NO_PASS_OF_ANOTHER_NOUN = [
    # the subject counts another thing than the level before, though the figures happen to agree
    "Dogs\n\nThe Ferrin shelter rehomed 260 dogs.\n\n"
    "Visitors were 40 more than last year's 220, a rise of 18.2 per cent.",
    "Club\n\nThe Tarn club has 150 members.\n\nSubs were 25 more than last year's 125, a rise of 20 per cent.",
]


@pytest.mark.parametrize("text", _NO_PASS_OF_ANOTHER_NOUN)
def test_no_rise_of_another_noun_than_the_subject(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)
    assert_not_linked(knowledge, text, DIFFERENCE)


def test_rise_of_the_noun_the_subject_names(knowledge):
    # the sentence before counts two nouns; the subject names the one that rose
    text = (
        "Birds\n\nWardens on the Tees counted 1,240 geese and 96 swans.\n\n"
        "Swans were {more} more than last year's 80, a rise of {rate} per cent."
    )
    assert_checked(knowledge, text.format(more="16", rate="20"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(more="16", rate="20"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(more="16", rate="26"), GROWTH, fires=True)
    assert_checked(knowledge, text.format(more="21", rate="20"), DIFFERENCE, fires=True)


def test_rise_of_the_count_a_frame_count_stands_beside(knowledge):
    # `in 38 games` is the frame the goals were counted in, no level of its own
    text = (
        "Goals\n\nThe Ravens scored 74 goals in 38 games.\n\n"
        "That was 12 more than the 62 of the season before, a rise of {rate} per cent."
    )
    assert_checked(knowledge, text.format(rate="19.4"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate="29.4"), GROWTH, fires=True)


_NO_RATE_OF_ANOTHER_THING_APPENDED = [
    # the appended rate goes on to name another thing, another base or a yearly pace: no change of the level
    "Herons\n\nSurveyors counted 1,320 herons, 220 more than the 1,100 of last spring, a rise of 9 per cent in "
    "nesting pairs.",
    "Herons\n\nSurveyors counted 1,320 herons, 220 more than the 1,100 of last spring, a rise of 40 per cent on 2019.",
    "Herons\n\nSurveyors counted 1,320 herons, 220 more than the 1,100 of last spring, a rise of 4 per cent a year "
    "since 2015.",
    "Milk\n\nThe Dallow dairy sold 5,400 litres, 400 litres fewer than the 5,800 litres of May, a fall of 2 per cent "
    "in price.",
    "Mill\n\nThe Pellam mill hires 450 workers, 50 more than the 400 it had, a rise of 3 per cent in its wage bill.",
    # the same in a rise told after the level
    "Cars\n\nThe Hoxley plant built 1,800 cars in March.\n\n"
    "That was 300 more than the 1,500 of last month, a rise of 8 per cent in its output per worker.",
]


@pytest.mark.parametrize("text", _NO_RATE_OF_ANOTHER_THING_APPENDED)
def test_no_appended_rate_of_another_thing(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)
