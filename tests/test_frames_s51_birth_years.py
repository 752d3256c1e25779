"""An age stated alone after the birth year it counts from (fifty-first session).

`born in 1935 and turned 91 in the spring`, `hatched in 1952 and is 74.`: after a birth year
(`[link.birth_year_before]`,
`hatched in` now too), `and turned`/`and is` (`[link.birth_age_between]`) and a number that ends its clause or is
is this year's (`this year`, `in the spring.`: `[link.birth_age_units]`) state the years from that birth year to now
(checker/link/birth_years.py, the elapsed check's age: the publication year less the birth year, or one fewer). A
number followed by another noun (`is 12 times a champion`, `is 40 miles away`), a rank or a score (`is 3 in the
rankings`, `is 87, not out`), a measure (`is 1.93 metres`), an age at another time (`was 12 when`, `turned 18 in
1976`) and another person's birth year set off by commas is no such age.

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
        # a rank, a score, a measure, an age at another time, another person's birth year
        "Club\n\nIts captain was born in 1990 and is 3 in the world rankings.",
        "Club\n\nIts batsman was born in 1939 and is 87, not out.",
        "Club\n\nIts keeper was born in 1998 and is 1.93 metres tall.",
        "Club\n\nIts founder was born in 1958 and turned 18 in 1976.",
        "Club\n\nIts founder was born in 1958 and turns 80 in January.",
        "Ward\n\nThe ward is named after nurse Ada Quill, who was born in 1951, and is 30 this year.",
        "Plan\n\nThe scheme was hatched in 2019 and is 4.5m over budget.",
    ],
)
def test_no_age_is_read_from_other_numbers_after_a_birth_year(knowledge, text):
    assert_not_checked(knowledge, text, ELAPSED)
