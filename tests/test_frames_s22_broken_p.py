"""Broken relations of set P (twenty-second session), each a rule for a construction:
- a count stated as `<noun> numbers` (`Pupil numbers rose 3.2% to 12,000`) is of that noun, as `the number of
  pupils` is: a figure per that noun stated after it (`Revenue per pupil was about $7,000`) divides the metric's
  total by it (checker/link/per_unit_apart.py, `[link.number_of_after_noun]`), when the noun opens its clause and no
  words narrow the mark (`Boarding pupil numbers`, `Pupil numbers at its new schools`: some of the pupils,
  `[link.count_mark_qualifiers]`); `numbers of` (`record numbers of families`) is no such mark.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `Pupil numbers rose to 12,000 … per pupil`

_PUPILS = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of private schools, said on Monday that revenue for the year rose 6.1% to "
    "$84.0 million.\n\n"
    "{noun} numbers rose 3.2% to 12,000 from 11,630, an increase of 370, across the chain's 30 schools. "
    "Revenue per pupil was about {each} for the year, the chain said."
)


@pytest.mark.parametrize("each,fires", [("$7,000", False), ("$700", True), ("$9,500", True)])
def test_a_count_of_noun_numbers_is_the_units_of_a_figure_per_that_noun(knowledge, each, fires):
    assert_checked(knowledge, _PUPILS.format(noun="Pupil", each=each), "F317", fires)


def test_numbers_of_another_noun_are_not_the_units(knowledge):
    # (staff are counted, not pupils: the figure per pupil has no count)
    assert_not_checked(knowledge, _PUPILS.format(noun="Staff", each="$700"), "F317")


_RECORD = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of private schools, said on Monday that revenue for the year rose 6.1% to "
    "$84.0 million.\n\n"
    "Record numbers of families toured its schools: 12,000 parents and 3,000 alumni, the chain said. "
    "Revenue per pupil was about $700 for the year."
)


def test_numbers_of_is_no_count_mark(knowledge):
    # (`record numbers of families`: the count is of families, and `record` names nothing a figure is per)
    assert_not_checked(knowledge, _RECORD, "F317")


_SOME_OF_THEM = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of 30 private schools teaching 12,000 pupils, said on Monday that revenue for the "
    "year rose 6.1% to $84.0 million.\n\n"
    "{subject} rose to 1,500. Revenue per pupil was about $7,000 for the year."
)


@pytest.mark.parametrize("subject", ["Pupil numbers at its two new schools", "Boarding pupil numbers"])
def test_numbers_of_some_of_the_units_are_not_the_units(knowledge, subject):
    # (a qualified count is of some of the pupils: the figure per pupil is of the chain's 12,000, and holds)
    assert_checked(knowledge, _SOME_OF_THEM.format(subject=subject), "F317", False)
