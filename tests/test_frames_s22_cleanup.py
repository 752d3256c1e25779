"""Clean-up of the twenty-second session's link code, each a rule for a construction
(checker/link/gaps_from_before.py):
- a gap to a figure compared with, in a sentence that continues the level of the sentence before, is of that level
  unless the gap's sentence states its own level of the unit before a clause break after the gap; a clause break is
  a clause-ending word (`[link.clause_ends]`) or a comma, never the thousands comma inside a number (`1,400만원`):
  `… 2,347건이었다. 목표인 2,012건보다 238건 많은 1,200만원 규모의 2,250건이 접수됐다.` states its own level
  (2,250건), so the gap is not linked to the level before;
- a figure after a real comma (`… 335건 많고, 나래구는 1,900건이었다`) is another clause's, so the gap is still of the
  level before (must fire and must pass).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_RULE = "F305"
_LEVEL = "가온구의 올해 신규 등록은 2,347건이었다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_LEVEL + "목표인 2,012건보다 335건 많다.", False),
        (_LEVEL + "목표인 2,012건보다 435건 많다.", True),
        (_LEVEL + "목표인 2,012건보다 335건 많고, 나래구는 1,900건이었다.", False),
        (_LEVEL + "목표인 2,012건보다 435건 많고, 나래구는 1,900건이었다.", True),
    ],
)
def test_a_gap_of_the_level_before_past_a_clause_break(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # its own level after a thousands comma in another figure: the gap is of that level, not the one before
        _LEVEL + "목표인 2,012건보다 435건 많은 1,400만원 규모의 2,400건이 접수됐다.",
        _LEVEL + "목표인 2,012건보다 238건 많은 1,200만원 규모의 2,250건이 접수됐다.",
    ],
)
def test_a_thousands_comma_is_no_clause_break(knowledge, text):
    assert_not_checked(knowledge, text, _RULE)
