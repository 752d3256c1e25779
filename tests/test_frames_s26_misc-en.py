"""English sums (twenty-sixth session), each a rule for a construction:
- a later part of a gapped list written bare (`Sailboats took 140 berths, motor cruisers 98 and the remaining 74`,
  `Diesel models took 51 buses, hybrids 27 and the other 18`): the first part's verb and noun said once, each bare
  whole number after a joint and a label of words (none a verb or a word of comparison) counts what the part before
  it counts (`[elided_counts] gapped_parts`, checker/extract/quantities.py); left unread, the list's sum skipped it
  and a total that held was reported as not adding up. A number after such a label that opens a clause of its own
  (`and Room 6 holds …`) or with decimals is left alone;
- a bare number coordinated with a count, set beside it by a phrase of time or place (`730 skates at half-term and
  590 at Easter`, `480 loaves on Friday and 310 on Saturday`; `[elided_counts] coordinated_after`) counts what the count
  counts; `3 in 10` is a ratio, no such phrase;
- a bare comparative restating such a pair (`…, 140 fewer`, `-- 24 more`) is the second figure's change measured from
  the first, in the comparative's direction (checker/link/bare_comparatives.py `link_coordinated_pairs`); a count
  of a later sentence (`It plans 40 more`) restates no pair;
- a dash typed as two hyphens (` -- `) marks a clause as the dash does (`up from 8,100 a year ago -- 1,200 more`), and
  a comma between digits is no clause mark (a thousands separator);
- a total named by a mark and its noun after the list (`…, giving combined sales of €60,000`:
  `[link.total_phrase_marks]`) closes the list before it; a running total named by what it totals (`…, lifting the
  evening's takings to $4,550`: `[link.running_total_marks]`, as `taking total income to`) adds the amount of the
  sentence before to the list; `bringing the players to` names no total;
- a list of parts that ends with the rest keeps its run past a part's share set after it by a comma and `or` (`Builders
  bought 1,000 blocks, or two fifths of them, councils 1,100 blocks and the rest, 400 blocks, …`;
  checker/link/lists_with_rest.py); a share in a clause of its own (`and 40% were polished`) still breaks the list;
- the days a place was open or an event ran, before the range of two dates (`remained open 73 days, from 3 August
  to 14 October`, `ran 12 days, from 4 June to 15 June`; `[link.span_across_before]`), are the days between them counted
  with both ends; a count of things (`ran 12 courses`) is no span;
- an age reached now, right after `turns` and told as this year or month (`Founded in 1962 as …, the band turns 62
  this year`; `[link.anniversary_now]`, `[link.anniversary_marks]`), is the whole years from the start's year to the
  publication year; an age to come (`turns 70 in a decade`) is not read;
- a season's figure named by a possessive after a rate written in words (`a rise of 25 per cent on last season's
  4,240`, `12 percent on the previous winter's 7,250`; `[link.prior_possessive]`) is the rate's prior, as after `%
  on`; one in a clause of its own (`…, and last season's 7,250 was a record`) is not;
- a fraction after a verb that moves its object and `by` (`lifted income by a fifth to £360,000 from …`, `cut
  its staff by a quarter to 90`; checker/link/roles.py) is the change to the level after it, as a rate is; a
  fraction of a thing named after it (`by a fifth of the shares to 30 per cent`) is not read as the change;
- a multiple closing its clause with `as many` after a figure and a few words of its own (`… and 7,800 on Sunday,
  twice as many`; checker/link/multiples_as_many.py) is of the figure before in the sentence, as right after the
  figure's comma; one in a clause of its own (`— the winner earned 40 times as much`) is not.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `A took N things, B M and the rest K`


@pytest.mark.parametrize("middle,fires", [("98", False), ("198", True)])
def test_a_bare_part_of_a_gapped_list_with_the_rest_is_summed(knowledge, middle, fires):
    text = (
        "The Kelmor marina rented 312 berths this summer. "
        f"Sailboats took 140 berths, motor cruisers {middle} and the remaining 74 went to rowing clubs."
    )
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize("middle,fires", [("27", False), ("37", True)])
def test_a_bare_part_of_a_gapped_list_with_the_other_is_summed(knowledge, middle, fires):
    text = (
        "The Ashby depot serviced 96 buses in May. "
        f"Diesel models took 51 buses, hybrids {middle} and the other 18 were electric."
    )
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,number,counter",
    [
        ("Dogs accounted for 190 animals, cats 96 and rabbits 32.", "96", "animals"),
        ("Dogs accounted for 190 animals, cats 96 and rabbits 32.", "32", "animals"),
        ("Members bought 6,100 passes and guests 3,300.", "3,300", "passes"),
        ("The east stand drew 21,000 people, the west stand 18,500 and the north stand 12,500.", "12,500", "people"),
    ],
)
def test_a_bare_later_part_counts_what_the_part_before_counts(knowledge, text, number, counter):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].kind == "count" and found[number].counter == counter


@pytest.mark.parametrize(
    "text,number",
    [
        # a label that opens a clause of its own: the number is the clause's, no part
        ("The hall seats 420 people, and Room 6 holds the overflow.", "6"),
        # a number with decimals counts nothing
        ("The stadium drew 420 people, and the average score 2.5.", "2.5"),
    ],
)
def test_a_number_that_is_no_later_part_is_left_alone(knowledge, text, number):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert number not in found or found[number].counter != "people"


# ---------------------------------------------------------------- `A in X and B in Y, N fewer`


@pytest.mark.parametrize("gap,fires", [("140 fewer", False), ("140 more", True), ("240 fewer", True)])
def test_a_bare_comparative_restates_a_coordinated_pair(knowledge, gap, fires):
    text = f"The Pemby rink hired out 730 skates at half-term and 590 at Easter, {gap}."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("gap,fires", [("24 more", False), ("34 more", True)])
def test_a_dashed_comparative_restates_a_coordinated_pair_of_days(knowledge, gap, fires):
    text = f"The Tarn clinic saw 96 patients on Monday and 120 on Tuesday -- {gap}."
    assert_checked(knowledge, text, "F305", fires)


def test_a_count_of_a_later_sentence_restates_no_pair(knowledge):
    text = "The Brede ferry ran 412 sailings in July and 380 in August. It plans 40 more."
    assert_not_checked(knowledge, text, "F305")


@pytest.mark.parametrize(
    "text,number,counter",
    [
        ("The Pemby rink hired out 730 skates at half-term and 590 at Easter.", "590", "skates"),
        ("The bakery sold 480 loaves on Friday and 310 on Saturday.", "310", "loaves"),
    ],
)
def test_a_bare_number_set_beside_a_count_counts_what_it_counts(knowledge, text, number, counter):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].kind == "count" and found[number].counter == counter


def test_a_ratio_after_a_coordinated_count_is_no_count(knowledge):
    found = {c.text: c for c in claims("The poll asked 480 people and 3 in 10 said no.", knowledge).claims}
    assert "3" not in found or found["3"].counter != "people"


# ---------------------------------------------------------------- ` -- N more` after `up from`


@pytest.mark.parametrize("gap,fires", [("1,200 more", False), ("2,200 more", True)])
def test_a_double_hyphen_dash_sets_a_bare_comparative_after_its_clause(knowledge, gap, fires):
    text = f"The Hollin fair drew 9,300 visitors this year, up from 8,100 a year ago -- {gap}."
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- `…, giving combined sales of T`, `lifting … to T`


@pytest.mark.parametrize("total,fires", [("€60,000", False), ("€70,000", True)])
def test_a_total_named_by_combined_and_its_noun_closes_the_list(knowledge, total, fires):
    text = f"The Dunsop café earned €42,000 from lunches and €18,000 from catering, giving combined sales of {total}."
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize("total,fires", [("$4,550", False), ("$4,950", True)])
def test_a_running_total_named_by_what_it_totals_adds_the_sentence_before(knowledge, total, fires):
    text = (
        "The Hartwell choir's spring concert made $3,400 at the door. "
        f"The raffle made $900, the cake stall $250, lifting the evening's takings to {total}."
    )
    assert_checked(knowledge, text, "F302", fires)


def test_bringing_a_noun_that_is_no_total_is_no_total_mark(knowledge):
    text = "The Sorn coach carried 42 fans and 12 staff, bringing the players to 54 supporters at the ground."
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a part's share inside a list with the rest


@pytest.mark.parametrize(
    "share,factory,fires",
    [("two fifths", "1,100", False), ("two fifths", "1,300", True), ("40%", "1,100", False), ("40%", "1,300", True)],
)
def test_a_share_set_after_a_part_does_not_break_a_list_with_the_rest(knowledge, share, factory, fires):
    text = (
        "The Quarnby quarry cut 2,500 blocks of granite in the spring. "
        f"Builders bought 1,000 blocks, or {share} of them, councils {factory} blocks and the rest, 400 blocks, "
        "were kept back."
    )
    assert_checked(knowledge, text, "F302", fires)


def test_a_share_in_a_clause_of_its_own_breaks_the_list(knowledge):
    text = (
        "The Quarnby quarry cut 2,500 blocks of granite in the spring. "
        "Builders bought 1,000 blocks and 40% were polished, councils 1,300 blocks and the rest, 400 blocks, "
        "were kept back."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- `remained open N days, from D1 to D2`


@pytest.mark.parametrize("days,fires", [("73", False), ("75", True)])
def test_the_days_a_place_was_open_span_the_range_after(knowledge, days, fires):
    text = f"After a late start, the Kelda outdoor pool remained open {days} days, from 3 August to 14 October."
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("days,fires", [("12", False), ("14", True)])
def test_the_days_an_event_ran_span_the_range_after(knowledge, days, fires):
    text = f"The Tarrow fair ran {days} days, from 4 June to 15 June."
    assert_checked(knowledge, text, "F406", fires)


def test_a_count_of_things_that_ran_is_no_span(knowledge):
    assert_not_checked(knowledge, "The Tarrow hall ran 12 courses, from 4 June to 15 June.", "F406")


# ---------------------------------------------------------------- `founded in YEAR, … turns N this year`


@pytest.mark.parametrize("age,fires", [("90", False), ("80", True)])
def test_an_age_turned_this_month_counts_from_the_founding_year(knowledge, age, fires):
    # (published in 2024: 1934 to 2024 is 90 years)
    text = f"The Orley cinema, founded in 1934, turns {age} this month."
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize("age,fires", [("62", False), ("52", True)])
def test_an_age_turned_this_year_after_a_founding_phrase(knowledge, age, fires):
    text = f"Founded in 1962 as a dockers' band, the Tansley silver band turns {age} this year."
    assert_checked(knowledge, text, "F406", fires)


def test_an_age_to_come_is_not_read(knowledge):
    assert_not_checked(knowledge, "Founded in 1950, the Orley club turns 80 in a decade.", "F406")


# ---------------------------------------------------------------- `a rise of N per cent on last season's X`


@pytest.mark.parametrize("rate,fires", [("25 per cent", False), ("35 per cent", True), ("25 percent", False)])
def test_a_rate_in_words_on_last_seasons_figure(knowledge, rate, fires):
    text = f"The Brindle bike scheme logged 5,300 hires this summer, a rise of {rate} on last season's 4,240."
    assert_checked(knowledge, text, "F301", fires)


def test_last_seasons_figure_in_a_clause_of_its_own_is_no_prior_of_the_rate(knowledge):
    text = "Hut bookings at Carrow Pass rose to 8,120 nights, up 22 per cent, and last season's 7,250 was a record."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `lifted revenue by a fifth to X from Y`


@pytest.mark.parametrize("fraction,fires", [("a fifth", False), ("a third", True)])
def test_a_fraction_after_an_object_verb_is_the_change_to_the_level(knowledge, fraction, fires):
    text = f"Helped by higher green fees, the Corrie golf club lifted income by {fraction} to £360,000 from £300,000."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("prior,fires", [("120", False), ("140", True)])
def test_a_fraction_cut_from_a_count(knowledge, prior, fires):
    text = f"The Ledbury sawmill cut its staff by a quarter to 90 from {prior}."
    assert_checked(knowledge, text, "F301", fires)


def test_a_fraction_of_a_named_thing_is_not_the_change(knowledge):
    text = "The Ledbury trust raised its stake by a fifth of the shares to 30 per cent."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `A on X and B on Y, N times as many`


@pytest.mark.parametrize(
    "first,multiple,fires",
    [("3,900", "twice", False), ("3,900", "three times", True), ("5,200", "one and a half times", False)],
)
def test_a_multiple_after_a_figure_and_its_time_is_of_the_figure_before(knowledge, first, multiple, fires):
    text = f"Walkers on the Hebden ridge logged {first} visits on Saturday and 7,800 on Sunday, {multiple} as many."
    assert_checked(knowledge, text, "F304", fires)


def test_a_multiple_in_a_clause_of_its_own_is_not_of_the_figure_before(knowledge):
    text = "The Hebden stall took $9,000 on Friday — the owner earned 40 times as much."
    assert_not_checked(knowledge, text, "F304")
