"""English lists of parts and their total, read by the arithmetic (fifty-fourth session, lane `sums_en`).

A run of figures of one unit and kind in a sentence, that no reading by the words took, adds up to a figure of
theirs stated before it (checker/link/lists_adding_up.py, `link_runs_adding_up`):

- the story's order or count in the lead, the run paragraphs later, its items named by nouns of their own or bare
  (`an order for 260 lamps` … `The hotel wants 150 desk lamps and 110 floor lamps`: the nouns are not the whole's,
  so no reading by the counted noun joins them);
- bare counts of days or places after a lead's count (`drew 1,930 visitors` … `1,020 on the Saturday and 910 on the
  Sunday`);
- a whole its sentence opens with (`Of the 58 streets, 35 … and 23 …`), read by the sum as well: groups drawn from
  it by attributes of their own (`420 are over 75 and 380 live alone`) need not add up, so a miss is not reported.

The unmarked forms name no whole, so only a run whose sum is the figure as written is linked (a guess, a warning): a
run that adds up to nothing links nothing, so their broken twins are neither reported nor checked. The whole must be
of the parts' kind: the run's figures joined as a list (a comma, a semicolon, `and`); no stock its own words name
(cash held); no amount of the run naming another metric (`£18,000 of profit`); no count under ten (small counts meet
a sum by chance); no other figure of its unit, kind and noun in its sentence, or between it and the run (a nearer
subtotal, a second candidate); and parts that all name one noun are of no whole naming another. Figures per unit
(`at £4 each`) and changes are no items; a count of the parts leading the list (`in three loads:`) that the run is
not leaves it unread; a forecast is the whole of forecasts only; a figure amid a list is no whole of the figures
after it; a total stated after the run is not read by the sum. English only (Korean lists are read by their
particles).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SUM = "F302"


_RUNS_OF_A_LEAD_TOTAL = [
    # (text, holding figure, broken figure)
    (
        "Lamps\n\nA Dorrow workshop is making 260 lamps for a hotel in Varn, its owner said on Monday.\n\n"
        "The hotel is paying £90 a lamp, and the first batch leaves in May. The workshop employs nine people.\n\n"
        "The hotel wants 150 desk lamps and {part} tall floor lamps.",
        "110",
        "120",
    ),
    (
        "Fair\n\nThe Ellerby craft fair drew 1,930 visitors over its two days, its organisers said.\n\n"
        "Tickets cost £3. The fair has run since 1994.\n\n"
        "The gate counted 1,020 people on the Saturday and {part} on the Sunday.",
        "910",
        "990",
    ),
    (
        "Kites\n\nA Brantwick kite maker has won an order for 540 kites from a chain of toy shops in Osterlund.\n\n"
        "The chain is paying 30 euros a kite, and the maker takes on two staff to cope.\n\n"
        "The chain chose three sizes: 300 small kites, 140 medium and {part} large.",
        "100",
        "160",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RUNS_OF_A_LEAD_TOTAL)
def test_a_run_adding_up_to_the_leads_figure(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SUM, fires=False)
    # (the arithmetic is the only evidence the run is of the lead's figure: a run that misses it links nothing)
    assert_not_linked(knowledge, text.format(part=broken), SUM)


_RUNS_BEFORE_A_TOTAL = [
    # (a total stated after the run is not read by the sum: the run may be of another whole)
    "Fete\n\nThe Upper Sallow summer fete raised money for the church roof on Saturday.\n\n"
    "Stalls brought in £2,150 and the raffle £1,340. The fete's takings came to £3,490.",
    "Hall\n\nThe Norby village hall committee has its accounts for the year.\n\n"
    "Hirings earned £6,200 and the quiz nights £1,900. Income for the year was £8,100.",
]


@pytest.mark.parametrize("text", _RUNS_BEFORE_A_TOTAL)
def test_a_run_before_a_total_is_not_read_by_its_sum(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


_NO_RUN = [
    # figures per unit: prices, no parts of the takings (`at £4 each`, `£2 a head`)
    "Fair\n\nThe Ellerby craft fair drew 1,930 visitors, its organisers said.\n\n"
    "Adults paid £4 each and children £2 a head, and the fair made £6 on the tombola raffle alone.",
    # a figure amid a list is one of its items, no whole of those after it (`300 small kites` of `140 + 160`)
    "Kites\n\nA Brantwick kite maker sells kites to toy shops in Osterlund, its owner said.\n\n"
    "This spring the shops took 300 small kites, 140 medium and 160 large.",
    # a change and the level it reached: no two items (`rose by 40 to 300` is no run of 340)
    "Boats\n\nThe Tarrow marina holds 340 moorings, the harbour board said.\n\n"
    "Its waiting list rose by 40 to 300 this year.",
    # a count of the parts leading the list that the run is not: not the whole list (`three loads:` and two figures)
    "Crates\n\nThe Ossington cider press will send 900 crates to Varn this autumn, its owner said.\n\n"
    "They will go in three loads: 500 in September and 400 in October.",
    # a forecast whole and a run of what was done (`will make 260 lamps`, `Last year it made 150 … and 110 …`)
    "Lamps\n\nA Dorrow workshop will make 260 lamps for a hotel in Varn, its owner said.\n\n"
    "Last year it made 150 desk lamps and 110 floor lamps for the same hotel.",
]


@pytest.mark.parametrize("text", _NO_RUN)
def test_no_run_without_its_sum(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


_RUNS_OF_AN_OPENING_WHOLE = [
    (
        "Streets\n\nThe Hallam town council has finished its parking survey.\n\n"
        "Of the 58 streets in the town, 35 have paid bays and {part} stay free.",
        "23",
        "28",
    ),
    (
        "Barns\n\nThe Kelmby parish survey counted its farm buildings this spring.\n\n"
        "Of the 140 barns on its farms, 86 still have slate roofs, 31 have tin and {part} have tiles.",
        "23",
        "33",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RUNS_OF_AN_OPENING_WHOLE)
def test_a_run_after_the_whole_its_sentence_opens_with(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SUM, fires=False)


_NOT_A_WHOLE_OF_THE_RUN = [
    # small counts: a count under ten meets the sum of two smaller ones by chance (dinghies are no sailors)
    "Sailing\n\nThe Merrow sailing club owns 5 dinghies, its secretary said.\n\nThe club was founded in 1971.\n\n"
    "On Sunday, 3 adults and 2 children sailed on the lake.",
    "Sailing\n\nThe Merrow sailing club owns 9 dinghies, its secretary said.\n\nThe club was founded in 1971.\n\n"
    "The committee has 5 men and 4 women.",
    # two candidate wholes in the sentence before: which one the run splits the words do not say
    "Fair\n\nThe Ellerby fair sold 1,200 tickets on Saturday and 1,500 tickets on Sunday, its organisers said.\n\n"
    "Tickets cost £3.\n\nThe car park took 700 cars and 500 vans.",
    # a nearer whole of the unit between the lead's figure and the run: a tie
    "Fair\n\nThe Ellerby fair drew 2,400 visitors, its organisers said.\n\n"
    "Its first day brought 1,600 visitors. Tickets cost £3.\n\nThe gate counted 900 adults and 1,500 children.",
    # parts of another noun: members are no share of the maps the library holds
    "Library\n\nThe Varn library holds 600 maps, its librarian said.\n\nIt opened in 1921. It shuts on Mondays.\n\n"
    "It lends to 400 members in the town and 200 members in the villages.",
    # figures no list joins: no parts of one whole (`from tourists beyond … from locals`)
    "Ferry\n\nThe Calder ferry carried 9,000 passengers last summer, its skipper said.\n\n"
    "Fares are £2.\n\nIt took 6,000 from the town beyond 3,000 from the camp site.",
]


@pytest.mark.parametrize("text", _NOT_A_WHOLE_OF_THE_RUN)
def test_a_figure_of_another_kind_is_no_whole_of_the_run(knowledge, text):
    assert_not_linked(knowledge, text, SUM)
