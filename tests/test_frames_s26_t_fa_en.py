"""Lists of parts (twenty-sixth session, the false-alarm lane of set T in English), each a rule for a construction:
- a list a rest closes (`…, B €Y and C the remaining €Z`), its members listed after the first figure of its unit
  in the sentence: every member before the rest is a part the rest completes, not only the last one; the figure the
  sentence opens with is their whole when a whole's mark stands before it (`a total of`, `Of the €W,`) or when they
  add up to it, else it is the list's first part (checker/link/totals.py);
- a list after a verb of accounting for (`B accounted for Y and C Z, and D for the remaining R`) with a figure of its
  unit stated before the verb in its sentence (`A led with X, about p%;`): that figure is the list's first
  part, and the list is of a whole they all add up to, or of one marked as a total (checker/link/breakdowns.py);
- a total that counts a list's members, each with a figure of its own (`five docks: the North dock with N workers,
  the East with M …`, `[link.member_attribute_before]`): the figures count another noun, or are of another unit,
  and are no parts of the count (checker/link/totals.py);
- an amount's change stated per no period in the sentence of a level restated as a rate per day (`Up from P in
  2025, … reached N, or M a day on average, an increase of D`) is of the level, never of the rate (checker/
  link/relations.py), as it already is in the sentence after.

Every sentence is written for this file, with invented names and numbers (published 27 August 2024).
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# -------------------------------------- `Of €W in takings, €X came from A, €Y from B and the remaining €Z from C`

_GALA = (
    "Of €52,000 in gala takings, €31,000 came from the auction, €13,500 from tickets and the remaining {rest} from "
    "the raffle."
)


@pytest.mark.parametrize("rest,fires", [("€7,500", False), ("€9,500", True)])
def test_every_member_before_a_rest_is_a_part_of_the_marked_whole(knowledge, rest, fires):
    assert_checked(knowledge, _GALA.format(rest=rest), "F302", fires)


def test_an_unmarked_first_figure_is_no_whole_of_a_list_with_more_members(knowledge):
    text = (
        "The ferry company earned $2.6m this summer. Across routes, the island run took $1.5m, the harbour loop "
        "$0.6m, the river $0.3m and charters the remaining $0.2m."
    )
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ----------------------------------------- `A led with X, about p%; B accounted for Y and C Z, and D for the rest`

_DEPOT = (
    "The depot handled {lead} of waste in 2025. Paper led with 4,350 tonnes, about {share} per cent; glass accounted "
    "for 2,260 tonnes and metal 1,790 tonnes, and plastics for the remaining {rest}."
)


@pytest.mark.parametrize("rest,fires", [("1,340", False), ("1,740", True)])
def test_a_figure_before_the_accounting_verb_is_the_lists_first_part(knowledge, rest, fires):
    text = _DEPOT.format(lead="a total of 9,740 tonnes", share="45", rest=rest)
    assert_checked(knowledge, text, "F302", fires)


def test_an_accounted_list_that_adds_up_to_no_unmarked_whole_is_left_unlinked(knowledge):
    text = _DEPOT.format(lead="12,000 tonnes", share="36", rest="1,340")
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ------------------------------------------------------------ `five docks: the North dock with N workers, …`


@pytest.mark.parametrize(
    "text",
    [
        "The shipyard runs five docks: the North dock with 3,400 workers, the East with 2,100 and the West with 900.",
        "The region filled 8.4 million bottles, most of it in the three southern valleys – Arden with 3.1 million "
        "bottles, Elm with 2.2 million, Fenn with 1.6 million.",
    ],
)
def test_a_count_of_members_with_figures_of_their_own_is_no_total(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("south,fires", [("8", False), ("11", True)])
def test_members_with_figures_of_the_counted_noun_still_add_up(knowledge, south, fires):
    text = f"The league has 18 clubs in all: 10 clubs play in the north and {south} in the south."
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------- `Up from P, … reached N, or M a day on average, an increase of D`

_RALLY = (
    "Up from 7,650 in 2025, attendance at the rally reached 9,300 this year, or 3,100 a day on average, an increase "
    "of {rise}."
)


def test_a_change_stated_per_no_period_is_not_of_the_rate_restating_the_level(knowledge):
    result = findings(knowledge, document(_RALLY.format(rise="1,650")), select=["F305"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_a_counted_change_of_the_level_beside_its_rate_still_fires(knowledge):
    assert_checked(knowledge, _RALLY.format(rise="1,200"), "F305", True)


@pytest.mark.parametrize("rise,fires", [("650", False), ("850", True)])
def test_a_level_stated_per_day_of_its_own_keeps_its_change(knowledge, rise, fires):
    text = f"The rally averaged 3,100 people a day this year, {rise} more than the 2,450 of 2025."
    assert_checked(knowledge, text, "F305", fires)
