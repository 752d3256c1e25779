"""English lists of parts and their total, read by the arithmetic (fifty-fourth session, lane `sums_en`).

A run of figures of one unit and kind in a sentence, that no reading by the words took, adds up to a figure of
theirs stated elsewhere in the story (checker/link/lists_adding_up.py, `link_runs_adding_up`):

- the story's order or count in the lead, the run paragraphs later, its items named by nouns of their own or bare
  (`an order for 260 lamps` … `The hotel wants 150 desk lamps and 110 floor lamps`: the nouns are not the whole's,
  so no reading by the counted noun joins them);
- two amounts, then their total in the sentence after (`Stalls brought in £2,150 and the raffle £1,340. The fete's
  takings came to £3,490.`);
- bare counts of days or places after a lead's count (`drew 1,930 visitors` … `1,020 on the Saturday and 910 on the
  Sunday`).

The words name no whole, so only a run whose sum is the figure as written is linked (a guess, a warning): a run
that adds up to nothing links nothing, so a broken twin is neither reported nor checked. Figures per unit (`at £4
each`) and changes are no items; a count of the parts leading the list (`in three loads:`) that the run is not
leaves it unread; a forecast is the whole of forecasts only; a figure amid a list is no whole of the figures after
it. English only (Korean lists are read by their particles).

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


_RUNS_OF_A_TOTAL_AFTER = [
    (
        "Fete\n\nThe Upper Sallow summer fete raised money for the church roof on Saturday.\n\n"
        "Stalls brought in £2,150 and the raffle £{part}. The fete's takings came to £3,490.",
        "1,340",
        "1,430",
    ),
    (
        "Hall\n\nThe Norby village hall committee has its accounts for the year.\n\n"
        "Hirings earned £6,200 and the quiz nights £1,900. Income for the year was £{total}.",
        "8,100",
        "8,600",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RUNS_OF_A_TOTAL_AFTER)
def test_a_run_adding_up_to_a_total_after_it(knowledge, text, holds, broken):
    key = "part" if "{part}" in text else "total"
    assert_checked(knowledge, text.format(**{key: holds}), SUM, fires=False)
    assert_not_linked(knowledge, text.format(**{key: broken}), SUM)


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
]


@pytest.mark.parametrize(("text", "holds", "broken"), _RUNS_OF_AN_OPENING_WHOLE)
def test_a_run_after_the_whole_its_sentence_opens_with(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SUM, fires=False)
