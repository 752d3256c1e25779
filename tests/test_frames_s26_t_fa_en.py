"""Lists of parts (twenty-sixth session, the false-alarm lane of set T in English), each a rule for a construction:
- a list a rest closes (`…, B $Y and C the remaining $Z`), its members listed after the first figure of its unit
  in the sentence: every member before the rest is a part the rest completes, not only the last one; the figure the
  sentence opens with is their whole when a whole's mark stands before it (`Of the $W,`, `a total of`) or when they
  add up to it, else it is the list's first part (checker/link/totals.py);
- a list after a verb of accounting for (`B accounted for Y and C Z, with D the remaining R`) with a figure of its
  unit stated before the verb in its sentence (`A made up the bulk, X, or p%;`): that figure is the list's first
  part, and the list is of a whole they all add up to, or of one marked as a total (checker/link/breakdowns.py);
- a total that counts a list's members, each with a figure of its own (`five docks: the North dock with N workers,
  the East with M …`, `[link.member_attribute_before]`): the figures count another noun, or are of another unit,
  and are no parts of the count (checker/link/totals.py);
- an amount's change stated per no period in the sentence of a level restated as a rate per day (`drew N visitors,
  or M a day on average, compared with P in 2025, an increase of D`) is of the level, never of the rate (checker/
  link/relations.py), as it already is in the sentence after.

Every sentence is written for this file, with invented names and numbers (published 27 August 2024).
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------------------ `Of the €W, A cost €X, B €Y and C the remaining €Z`

_ROOF = (
    "The council spent €740,000 on the library roof. Of the €740,000, slate cost €410,000, timber €190,000 and "
    "labour the remaining {rest}."
)


@pytest.mark.parametrize("rest,fires", [("€140,000", False), ("€170,000", True)])
def test_every_member_before_a_rest_is_a_part_of_the_marked_whole(knowledge, rest, fires):
    assert_checked(knowledge, _ROOF.format(rest=rest), "F302", fires)


def test_an_unmarked_first_figure_is_no_whole_of_a_list_with_more_members(knowledge):
    text = (
        "The ferry company earned $2.6m this summer. Across routes, the island run took $1.5m, the harbour loop "
        "$0.6m, the river $0.3m and charters the remaining $0.2m."
    )
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ------------------------------------------- `A made up the bulk, X, or p%; B accounted for Y and C Z, with D the rest`

_MILL = (
    "The mill ground {lead} of grain this year. Wheat made up the bulk, 47,000 tonnes, or {share} per cent; barley "
    "accounted for 19,000 tonnes and oats 11,000 tonnes, with rye making up the remaining {rest}."
)


@pytest.mark.parametrize("rest,fires", [("5,000", False), ("8,000", True)])
def test_a_figure_before_the_accounting_verb_is_the_lists_first_part(knowledge, rest, fires):
    text = _MILL.format(lead="a total of 82,000 tonnes", share="57", rest=rest)
    assert_checked(knowledge, text, "F302", fires)


def test_an_accounted_list_that_adds_up_to_no_unmarked_whole_is_left_unlinked(knowledge):
    text = _MILL.format(lead="90,000 tonnes", share="52", rest="5,000")
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ------------------------------------------------------------ `five docks: the North dock with 3,400 workers, …`


@pytest.mark.parametrize(
    "text",
    [
        "The shipyard runs five docks: the North dock with 3,400 workers, the East with 2,100 and the West with 900.",
        "Cider makers expect to press 31,000 tonnes of fruit. Four parishes grow most of it: Ashby with 12,300 tonnes, "
        "Brook with 7,700 and Coln with 4,400.",
    ],
)
def test_a_count_of_members_with_figures_of_their_own_is_no_total(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("south,fires", [("8", False), ("11", True)])
def test_members_with_figures_of_the_counted_noun_still_add_up(knowledge, south, fires):
    text = f"The league has 18 clubs in all: 10 clubs play in the north and {south} in the south."
    assert_checked(knowledge, text, "F302", fires)


# ------------------------------------------ `drew N visitors, or M a day on average, compared with P, an increase of D`

_FAIR = (
    "The four-day book fair drew 26,000 visitors, or 6,500 a day on average, compared with 21,800 in 2025, an "
    "increase of {rise}."
)


def test_a_change_stated_per_no_period_is_not_of_the_rate_restating_the_level(knowledge):
    result = findings(knowledge, document(_FAIR.format(rise="4,200")), select=["F305"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_a_counted_change_of_the_level_beside_its_rate_still_fires(knowledge):
    assert_checked(knowledge, _FAIR.format(rise="3,200 visitors"), "F305", True)


@pytest.mark.parametrize("rise,fires", [("900", False), ("700", True)])
def test_a_level_stated_per_day_of_its_own_keeps_its_change(knowledge, rise, fires):
    text = f"The book fair drew 6,500 visitors a day this year, compared with 5,600 in 2025, an increase of {rise}."
    assert_checked(knowledge, text, "F305", fires)
