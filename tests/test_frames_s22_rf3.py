"""Near-misses of the twenty-second session's linkers (review of invented clean copy), each a rule narrowed to its
construction:
- a change measured from the year before by words alone (`…, and up $9.0 million from a year earlier`) is of the
  lead's level only when its clause names no subject of its own or names the level's metric (not `…, and its branch
  count grew 12% from a year earlier`, `…, while footfall fell 3% from a year earlier`,
  `…, and the group's headcount was down 4% on last year`) (checker/link/changes_from_a_year_before.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked


def assert_unlinked(knowledge, text: str, rule: str, figure: str) -> None:
    """The rule neither fires nor passes a relation naming `figure`: that figure was not related."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert not [f.message for f in result.findings if figure in f.message], [f.message for f in result.findings]
    assert not [p.message for p in result.passed if figure in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- `…, and up $9.0 million from a year earlier`

_LEAD = (
    "Dunmore Tiles said on Friday that second-quarter sales rose 6.0% to $318.0 million from $300.0 million "
    "a year earlier"
)


@pytest.mark.parametrize(
    "tail,fires",
    [
        (", and up $18.0 million from a year earlier.", False),
        (", and up $25.0 million from a year earlier.", True),
        (", and sales were up $25.0 million from a year earlier.", True),
    ],
)
def test_a_bare_clause_from_a_year_earlier_is_of_the_lead(knowledge, tail, fires):
    assert_checked(knowledge, _LEAD + tail, "F305", fires)


@pytest.mark.parametrize(
    "tail,rate",
    [
        (", and its branch count grew 12% from a year earlier.", "12%"),
        (", and the group's headcount was down 4% on last year.", "4%"),
        (
            ". Sales rose 2.0% from $311.8 million in the first quarter, while footfall fell 3% from a year earlier.",
            "3%",
        ),
        (". In Spain it grew 3% from $90.0 million, and in Italy it rose 18% from a year earlier.", "18%"),
    ],
)
def test_another_subjects_change_from_a_year_earlier_is_not_of_the_lead(knowledge, tail, rate):
    assert_unlinked(knowledge, _LEAD + tail, "F301", rate)
