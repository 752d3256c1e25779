"""An age stated alone after the birth year it counts from (fifty-first session).

`born in 1935 and turned 91 in the spring`, `hatched in 1952 and is 74.`: after a birth year
(`[link.birth_year_before]`,
`hatched in` now too), `and turned`/`and is` (`[link.birth_age_between]`) and a number that ends its clause or is
followed by a word of when (`[link.birth_age_units]`) state the years from that birth year to now
(checker/link/birth_years.py, the elapsed check's age: the publication year less the birth year, or one fewer). A
number followed by another noun (`is 12 times a champion`, `is 40 miles away`) or an age at another time (`was 12
when`) is no such age.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

ELAPSED = "F406"


@pytest.mark.parametrize(
    ("text", "holding", "broken"),
    [
        ("Show\n\nIts oldest exhibitor, Ada Lyle, was born in 1935 and turned {age} in the spring.", "89", "98"),
        ("Sanctuary\n\nThe oldest tortoise at the Wexham sanctuary hatched in 1952 and is {age}.", "72", "62"),
        ("Club\n\nIts founder was born in 1940 and turned {age} this year, the club said.", "84", "48"),
    ],
)
def test_an_age_alone_after_its_birth_year(knowledge, text, holding, broken):
    assert_checked(knowledge, text.format(age=holding), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(age=broken), ELAPSED, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a count of another noun after the verb
        "Club\n\nIts captain was born in 1950 and is 12 times a champion.",
        "Farm\n\nThe farmer was born in 1961 and is 40 miles from the show.",
        # an age at another time
        "Club\n\nIts founder was born in 1940 and was 12 when the club opened.",
        # a family's size, not an age
        "Club\n\nIts founder was born in 1958 to a family of 12.",
    ],
)
def test_no_age_is_read_from_other_numbers_after_a_birth_year(knowledge, text):
    assert_not_checked(knowledge, text, ELAPSED)
