"""English changes (twenty-seventh session), each a rule for a construction:
- a rate set after `or` right after the figure a move started from (`climbed to $640 from $560, or 14%`, `up from
  3,000 crates, or 14 per cent`, `fell to $480, down from $560 a year earlier, or about 14%`; checker/link/roles.py
  `_OR_RATE_AFTER_MOVE_FROM`) is that move's rate, in the verb's direction, not a share; a rate of something named
  after it (`…, or 14% of the group total`) and a rate restating a level the sentence states as a rate before it
  (`filled 42% of its seats, selling 5,040 tickets, up from 3,960, or 33 per cent`) stay shares;
- a verb that moves a level it names as its object, then a rate with no level after it (`lifted its surplus by 25%`,
  `grew takings 25% in the year to March`; `_OBJECT_VERB_RATE_BEFORE`) states a change, as with `… to $40m` after it;
  a rate after a word that makes it a level (`raised its stake in the mill to 25%`) is not one;
- a sentence that opens with the year before (`[link.prior_year_openers]`: `A year ago …`, `Fees in the previous
  year were …`) states the prior of the change before it, also when it opens the next
  paragraph (`[link.prior_year_paragraph_openers]`, checker/link/next_sentence_priors.py) and when its count names
  no noun of its own (`A year ago it sold 4,000`); a next paragraph that opens otherwise states no prior;
- a bare number after a verb of change and `by` (`, down by 17 from 148`, `up by 14 from 47`; `[elided_counts]
  before`) counts what the count before it counts, and is the change between the two; after another verb and `by`
  (`followed by 40 more`) it is no change.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `to X from Y, or N%`


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Ferry fares on the Orrin crossing climbed to $640 from $560, or 14%.", False),
        ("Ferry fares on the Orrin crossing climbed to $640 from $560, or 24%.", True),
        ("The Dunmere orchard picked 3,420 crates, up from 3,000, or 14 per cent.", False),
        ("The Dunmere orchard picked 3,420 crates, up from 3,000, or 4 per cent.", True),
        ("Season passes at the Holm rink fell to $480, down from $560 a year earlier, or about 14%.", False),
        ("Season passes at the Holm rink fell to $480, down from $560 a year earlier, or about 24%.", True),
    ],
)
def test_a_rate_after_or_right_after_the_start_of_a_move_is_its_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_a_rate_after_or_takes_the_direction_of_the_move(knowledge):
    links = change_links("Season passes at the Holm rink fell to $480, down from $560, or 14%.", knowledge, True)
    assert links["14%"] == ("$480", "$560", -1)


@pytest.mark.parametrize(
    "text,number",
    [
        # a share of something named after the rate
        ("Ferry takings rose to $640,000 from $560,000, or 14% of the harbour's income.", "14%"),
        # the sentence states the level as a rate before: the rate after `or` is the prior's own level
        (
            "The Corran theatre filled 42% of its seats, selling 5,040 tickets, up from 3,960, or 33 per cent, the "
            "season before.",
            "33 per cent",
        ),
        # no move before the figure
        ("The Kelby trust owns 560 acres, or 14% of the valley.", "14%"),
    ],
)
def test_a_rate_after_or_that_is_no_moves_rate_stays_a_share(knowledge, text, number):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].role == "share"


# ---------------------------------------------------------------- `lifted its surplus by 25%`


@pytest.mark.parametrize("rate,fires", [("25%", False), ("45%", True)])
def test_a_rate_after_a_verb_and_its_object_is_a_change(knowledge, rate, fires):
    text = (
        f"Brannock Saddlery grew takings {rate} in the year to March.\n\n"
        "Takings were £5.6m, against £4.48m a year earlier, the firm said."
    )
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,number,role",
    [
        ("The Ostrey co-op lifted its surplus by 25%, helped by cheese sales.", "25%", "change"),
        ("Kerr Mills cut its workforce by 10% last year.", "10%", "change"),
        # a rate after `to` is the level reached
        ("The fund raised its stake in the mill to 25%.", "25%", "share"),
        ("The fund raised its stake to 25% in May.", "25%", "share"),
    ],
)
def test_a_rate_after_a_verb_and_its_object_reads_by_the_word_before_it(knowledge, text, number, role):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].role == role


# ---------------------------------------------------------------- the prior in the next sentence


@pytest.mark.parametrize("prior,fires", [("4,000", False), ("4,900", True)])
def test_a_prior_year_opener_may_open_the_next_paragraph(knowledge, prior, fires):
    text = (
        "The Gorsey choir sold 4,480 tickets this season, up 12 per cent on last season.\n\n"
        f"A year ago it sold {prior}."
    )
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("prior,fires", [("£3.2 million", False), ("£3.9 million", True)])
def test_a_named_figure_in_the_previous_year_is_the_prior(knowledge, prior, fires):
    text = (
        "Harbour tolls at Penmarrow rose 12% to £3.6 million in the year to June, the port said. "
        f"Tolls in the previous year were {prior}."
    )
    assert_checked(knowledge, text, "F301", fires)


def test_a_next_paragraph_that_opens_otherwise_states_no_prior(knowledge):
    text = (
        "Harbour tolls at Penmarrow rose 12% to £3.6 million in the year to June, the port said.\n\n"
        "The port paid £3.9 million for a new crane."
    )
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `, up by 14 from 47`


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Ansty council runs 131 open wards, down by 17 from 148.", False),
        ("The Ansty council runs 131 open wards, down by 27 from 148.", True),
        ("Of the valley's 240 dairies, 61 are now organic, up by 14 from 47.", False),
        ("Of the valley's 240 dairies, 61 are now organic, up by 24 from 47.", True),
    ],
)
def test_a_bare_number_after_a_verb_of_change_and_by_is_the_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_bare_number_after_another_verb_and_by_is_no_change(knowledge):
    found = {c.text: c for c in claims("The Tolley hostel had 212 beds, followed by 40 more in May.", knowledge).claims}
    assert found["40"].role != "change"
