"""A part pointed back to its whole by `of them`, what it is told by a bound of an age, then its share (fifty-fifth
session, the lead, at the end): `The Tarnby gala drew 156 dancers, 65 of them under 16, or about 42 per cent`,
`… 40 of them aged 70 or over, or about 33 per cent`. The bound's number is no figure of its own
(`[link.part_description_bounds]`). A share set off by a comma alone, then `of` and a clause going on, opens a clause
of its own whole (`65 of them girls, 30 per cent of the crowd walked in`), no share of the part (a false error
before); `, a third of the whole club.` still restates the whole.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

SHARE = "F503"


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        ("The Tarnby gala drew 156 dancers, 65 of them under 16, or about {s} per cent.", "42", "52"),
        ("The Wrenby choir has 120 singers, 40 of them aged 70 or over, or about {s} per cent.", "33", "43"),
        ("The Holmby club counts 90 members, 27 of them over 80, or {s} per cent of the total.", "30", "40"),
        # a share set off by a comma alone, its `of` and a few words closing the clause: the whole restated
        ("The Holmby rowing club has 250 rowers, 80 of them under-12s, {s} per cent of the whole club.", "32", "42"),
    ],
)
def test_share_of_a_part_told_by_a_bound_of_an_age(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a share set off by a comma alone, then `of` and a noun: the subject of a clause of its own whole
        "The Tarnby gala drew 156 dancers, 65 of them under 16, 30 per cent of the crowd walked in from Wrenby.",
        "The Tarnby gala drew 156 dancers, 65 of them girls, 30 per cent of the crowd came by bus.",
    ],
)
def test_no_share_of_a_part_when_the_share_opens_a_clause_of_its_own(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize(("s", "fires"), [("42", False), ("52", True)])
def test_share_after_or_restating_the_whole_by_its_noun(knowledge, s, fires):
    text = f"The Tarnby gala drew 156 dancers, 65 of them under 16, or about {s} per cent of the dancers."
    assert_checked(knowledge, text, SHARE, fires=fires)
