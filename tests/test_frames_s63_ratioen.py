"""English ratios (sixty-third session, lane `ratioen`).

- A noun after a per-unit mark (`for every person watching`) names a count whose words after it hold that noun as a
  word of its own or a form of it, never as the first letters of a longer word (`14 serving personnel` names no
  `person`): checker/link/per_unit_apart.py (`names_the_count`).
- `person`, `persons` and `people` are one noun (`[link.person_nouns]`, a plural no ending forms): a figure per person
  divides by the article's one count of people, however far back.
- A bare number written with decimals appended to its clause after a comma (a hedge or an average's words between)
  and marked as each one's, its clause closing (`450 entries from 120 schools, about 3.75 each`), is an average of
  what the clause counts: a count (checker/extract/quantities.py `_read_decimals_each`; a whole number so placed was
  read already), which the reading of a total restated per unit divides (checker/link/restated_per_unit.py).
- A pace over a span (`at £1,150 a week for nine weeks`) and the total after them joined by words naming it what the
  pace took or cost (`, a bill of £10,350`, `, bringing in …`: `[link.counted_takings_before]`; `… cost £10,350`,
  `, which came to …`: `[link.pace_total_verbs]`), not by a comma or a total's mark alone: the total is the pace times
  the span (checker/link/paces.py).
- A count, the price each of them paid and what they took together, in one clause (checker/link/counted_takings.py):
  the price may be a year's before its mark of each (`The 42 shops pay £30 a year each, bringing in £1,260`: the
  takings a year's too; not a month's, of a total of some months), and set after the count as what each cost (`in
  six lorries, each costing £310, a bill of £1,860`: `[link.price_of_one_before]`).
- A count restating its clause's total per one (`, 11 each`), its noun carried from that total and not written, in a
  sentence opening on a plural noun (`The troupes staged 143 shows over the weekend, 11 each`) that a sentence
  before counts (`13 troupes`): per one of that count, as an amount or a measure so stated is (checker/link/
  restated_per_unit.py, a guess).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
PER_PERIOD = "F312"

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


# --- a number with decimals appended as each one's -------------------------------------------------------------------


@pytest.mark.parametrize(
    "template,holding,broken",
    [
        ("The panel received 450 entries from 120 schools, about {a} each.", "3.75", "5.75"),
        ("The 14 shelters at Tarnby took in 133 dogs last winter, an average of {a} each.", "9.5", "12.5"),
        ("The 36 anglers landed 126 trout between them, {a} apiece, on the opening day.", "3.5", "5.5"),
    ],
)
def test_a_decimal_appended_as_each_ones_divides_the_clause_s_count(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no comma: the number is not appended to the clause as its restatement)
        "The 120 schools sent 450 entries and the judges gave 3.5 each to the best of them.",
        # (`each way`: the clause goes on past `each`)
        "The 120 schools sent 450 entries, and the bookmakers offered 1.5 each way on the favourite.",
    ],
)
def test_a_decimal_not_appended_as_each_ones_is_no_average(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# --- a pace over a span, and what it cost ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template,holding,broken",
    [
        ("The hire of scaffolding for nine weeks at £1,150 a week cost {t}.", "£10,350", "£12,350"),
        ("Scaffolding was hired at £1,150 a week for nine weeks, a bill of {t}.", "£10,350", "£14,350"),
        ("The Penrock hall was booked for six weeks at £700 a week, which came to {t}.", "£4,200", "£5,200"),
        ("The stall was let at £75 a day for 12 days, bringing in {t} for the church roof.", "£900", "£1,300"),
    ],
)
def test_a_pace_over_a_span_and_what_it_cost(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(t=holding), PER_PERIOD, fires=False)
    assert_checked(knowledge, template.format(t=broken), PER_PERIOD, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (another clause's amount, its own subject and verb)
        "The Penrock hall was booked for six weeks at £700 a week, and the council gave £5,000 towards it.",
        # (a running total reached, no total of the pace)
        "The Penrock hall was booked at £700 a week for six weeks, taking the total to £9,000.",
    ],
)
def test_an_amount_after_a_pace_named_otherwise_is_no_total_of_it(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# --- a count, what each paid, and what they took ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "template,holding,broken",
    [
        ("The 42 shops in the Tarnby guide pay £30 a year each, bringing in {t}.", "£1,260", "£1,560"),
        ("The rubble was taken away in 14 skips, each costing £185, a bill of {t}.", "£2,590", "£3,590"),
        ("Members hired 36 coaches, each costing £420, a total of {t}.", "£15,120", "£19,120"),
    ],
)
def test_a_count_its_price_each_and_their_takings(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(t=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(t=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a month's price: the takings are of some months, which the count alone does not divide)
        "The 42 shops in the Tarnby guide pay £30 a month each, bringing in £5,000.",
        # (no comma: `each costing` is no price set after the count)
        "The rubble was taken away in 14 skips each costing £185 and a crane, a bill of £4,100.",
    ],
)
def test_no_price_of_one_of_the_count(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# --- a count each of the plural noun a sentence opens on -------------------------------------------------------------


@pytest.mark.parametrize(
    "template,holding,broken",
    [
        (
            "The Tarnby festival bill featured 70 dancers from 13 troupes. The troupes staged 143 shows over the "
            "weekend, {e} each.",
            "11",
            "15",
        ),
        (
            "The Penrock knitting circle has 18 members. The members knitted 1,080 squares this winter, {e} each.",
            "60",
            "80",
        ),
    ],
)
def test_a_count_each_of_the_plural_subject_counted_before(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(e=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(e=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no count of the subject's noun before it: of how many, not said)
        "The Penrock knitting circle met on Thursdays. The members knitted 1,080 squares this winter, 75 each.",
        # (two counts of the noun before it: which, not said)
        "The circle had 14 members in 2025 and 18 members this year. The members knitted 1,080 squares this winter, 75 "
        "each.",
    ],
)
def test_a_count_each_of_a_subject_counted_nowhere_or_twice(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
