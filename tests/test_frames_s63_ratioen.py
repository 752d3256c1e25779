"""English ratios (sixty-third session, lane `ratioen`).

- A noun after a per-unit mark (`for every person watching`) names a count whose words after it hold that noun as a
  word of its own or a form of it, never as the first letters of a longer word (`14 serving personnel` names no
  `person`): checker/link/per_unit_apart.py (`names_the_count`).
- `person`, `persons` and `people` are one noun (`[link.person_nouns]`, a plural no ending forms): a figure per person
  divides by the article's one count of people, however far back.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"

# --- a noun of a per-unit mark is a word, no word's first letters ----------------------------------------------------

_LANTERNS = (
    "Nearly 900 people crowded into Harrowby Square on Saturday for the lantern procession.\n\n"
    "The procession was made up of 260 walkers: 90 schoolchildren, 70 serving personnel, 55 choir members and 45 "
    "scouts. The scouts led the way for the first time.\n\n"
    "The lanterns were lit at dusk and carried along the river path for about an hour.\n\n"
    "A bucket collection at the square raised £3,150, about {each} for every person watching, for the hospice."
)


@pytest.mark.parametrize(("each", "fires"), [("£3.50", False), ("£5.50", True)])
def test_a_figure_per_person_divides_by_the_count_of_people(knowledge, each, fires):
    assert_checked(knowledge, _LANTERNS.format(each=each), PER_UNIT, fires=fires)


def test_the_people_of_a_list_of_two_counts_of_people_are_not_chosen_by_a_longer_word(knowledge):
    # the crowd and the parade both counted as people: which one the collection is over is not said, and the
    # personnel (a part of the parade) are no persons the mark names
    text = (
        "About 1,400 people lined the quay at Penmorvah on Sunday for the regatta parade.\n\n"
        "The parade was made up of 300 people: 110 rowers, 65 serving personnel, 70 pipers and 55 cadets.\n\n"
        "A collection taken along the quay raised £4,900, about £3.50 for every person watching."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


def test_a_longer_word_names_no_count_of_the_mark_s_noun(knowledge):
    text = (
        "The Glenmore band has 46 players: 20 brass, 14 serving personnel and 12 drummers. A raffle at the fete "
        "raised £2,940, about £4.20 for every person watching."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_a_word_ending_in_the_noun_names_no_count_of_it(knowledge):
    text = "The Kilbarr society has 18 stewards on its rota. Its autumn fair raised £1,260, about £90 for each ward."
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("£35", False), ("£55", True)])
def test_a_plural_after_the_count_still_names_it(knowledge, each, fires):
    text = (
        f"The Kilbarr festival drew 240 persons on its opening night. The door raised £8,400, or {each} for every "
        "person."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)
