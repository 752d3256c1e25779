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
