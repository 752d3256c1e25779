"""Bare whole numbers of one move (twenty-ninth session): `rose by 9 to 118, up from 109`, `is at 340, up 12 from
328`. A move written with no counted noun (staff, members, clubs) names its size, its level and the level it left as
bare numbers; each two of them joined by the move's words (`by X to Y`, `Y, up from Z`, `at Y, up X`, `X from Z`) are
counts (rules/lang/en.toml `pair_before` / `pair_between`, read by checker/extract/quantities.py's count pairs), so
the change rules can tie the size to its level and prior. Near misses: scores, odds, opening hours, ages, a gate's
number, a list of unrelated counts.

A number word right after a number is no counted noun (`up from 41 four years ago`: the four is of the years), so
the number stays bare and takes the noun of the count it is compared with (rules/lang/en.toml `not_counters`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Membership of the Velmor rowing club rose by 14 to 203, up from 189.", False),
        ("Membership of the Velmor rowing club rose by 19 to 203, up from 189.", True),
        ("The Velmor choir's roll is now at 64, up 9 from 55 last winter.", False),
        ("The Velmor choir's roll is now at 64, up 13 from 55 last winter.", True),
        ("The Dunmere lifeboat crew fell by 6 to 48, down from 54, after two stations merged.", False),
        ("The Dunmere lifeboat crew fell by 9 to 48, down from 54, after two stations merged.", True),
        ("Volunteers at the Orrin food bank are at 131, down 7 from 138 in the spring.", False),
        ("Volunteers at the Orrin food bank are at 131, down 17 from 138 in the spring.", True),
    ],
)
def test_a_move_of_bare_numbers_is_a_change_of_counts(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_the_size_of_the_move_is_tied_to_its_level_and_the_level_it_left(knowledge):
    links = change_links("Membership of the Velmor rowing club rose by 14 to 203, up from 189.", knowledge)
    assert links["14"] == ("203", "189")
    links = change_links("The Velmor choir's roll is now at 64, up 9 from 55 last winter.", knowledge)
    assert links["9"] == ("64", "55")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Lune library counts 52 volunteers on its rota, up from 41 four years ago, a gain of 11.", False),
        ("The Lune library counts 52 volunteers on its rota, up from 41 four years ago, a gain of 15.", True),
        ("The county's dairy register lists 2,310 herds, down 90 from 2,400 six years ago.", False),
        ("The county's dairy register lists 2,310 herds, down 190 from 2,400 six years ago.", True),
    ],
)
def test_a_number_word_after_the_earlier_count_is_no_noun_of_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- numbers that are no move of counts: nothing fires

CLEAN = [
    # a vote, not a move
    "The Harwick council voted by 7 to 2 to close the library, up from a tie last year.",
    # odds
    "The Ashby quiz team finished at 4 to 1 odds, down from 6 to 1 in May.",
    # scores of two games
    "The Penrose darts side won 5 to 3 at home and lost 2 to 4 away.",
    # opening hours
    "Shops open from 9 to 5 on weekdays, up from 10 to 4 in winter.",
    # ages, then a price
    "Tickets for children aged 5 to 11 cost £4, up from £3.",
    # ages, then a count of another sentence
    "The Tollard school takes pupils aged 11 to 16. Its roll rose to 840 pupils.",
    # a count of trains against a timetable's month
    "The Fenby line runs 14 trains a day at peak, up 2 from the timetable of May, and 9 on Sundays.",
    # three counts of three things
    "The Corran ward has 32 beds. Admissions rose to 1,900 from 1,750 in 2025, and the trust employs 410 nurses.",
    # gate numbers
    "Gate 4 to 6 closed at noon, up from Gate 2 on Friday.",
    # two events and another year
    "The Wylde band played 12 songs at the fair and 9 at the fete, up from 7 in 2024 at the fair.",
    # a list of unrelated counts
    "The Brae show drew 310 ponies, 95 donkeys and 42 llamas, and ran 18 classes.",
    # a page and a chapter
    "The report runs to 212 pages, up from a draft of 40 pages, in 9 chapters.",
    # a rank, not a count
    "The Kestrel club climbed to 3 in the table from 8, its best since 2019.",
    # a road number and a junction
    "Traffic on the A 41 was at 2 lanes from junction 9 to 11 on Sunday.",
    # two counts of two places in one sentence, no move between them
    "The Oxley branch has 46 members and the Tarvin branch 52, the union said.",
    # a number word of another count after a count
    "The Hollin trust has 14 trustees, up from 12 two years ago, and employs 3 staff.",
    "The Marl ferry made 40 crossings four times a week in summer.",
    "The Brisco archive holds 2,300 maps, up from 1,900 ten years ago, and 410 letters.",
    "The Ebb choir sang 12 carols and six hymns, up from 9 three years ago.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_numbers_that_are_no_move_of_counts_are_not_linked(knowledge, text):
    for rule in ("F301", "F305"):
        try:
            assert_not_checked(knowledge, text, rule)
        except AssertionError as failure:
            raise AssertionError(f"{rule}: {failure}") from None
