"""Remainders of a pool named in their sentence (thirty-first session, checker/link/pool_remainders.py).

A figure marked as what is left (`leaving`, `would have left`; rules/lang/en.toml `[link.pool_left_marks]`) is the
pool less the parts drawn from it when its sentence names one pool before it: the figure right after a part and
`of its` / `out of the` (`[link.pool_part_of_between]`), or the figure of a sentence opening `Of the …`
(`[link.pool_opening_of]`). The parts and the rest are then parts of the pool (rule F302).

Near misses: two pools, a figure of the unit before the part (a list, another pot), another unit, a rest larger than
its pool, a part counting another noun, figures with no pool named.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Had the board gone ahead with cutting 23 of its 95 bus routes, it would have left just 72 running.", False),
        ("Had the board gone ahead with cutting 23 of its 95 bus routes, it would have left just 62 running.", True),
        ("Of the 60 ferries on the lake, 9 are laid up for repairs this winter, leaving 51 in service.", False),
        ("Of the 60 ferries on the lake, 9 are laid up for repairs this winter, leaving 41 in service.", True),
        (
            "Parents have put up $8,400 out of a $9,900 trip budget so far, leaving the band roughly $1,500 short.",
            False,
        ),
        ("Parents have put up $8,400 out of a $9,900 trip budget so far, leaving the band roughly $2,500 short.", True),
        ("Of the 1,240 beds it runs, the trust has closed 85 and mothballed 40, leaving about 1,115 open.", False),
        ("Of the 1,240 beds it runs, the trust has closed 85 and mothballed 40, leaving about 1,015 open.", True),
        ("The guild has sold 310 of the 500 quilts made this year, leaving only 190 for the spring fair.", False),
        ("The guild has sold 310 of the 500 quilts made this year, leaving only 210 for the spring fair.", True),
        (
            "Beekeepers in the valley kept 1,450 hives this year, against 1,300 in 2025, and hope 1,390 of those "
            "come through winter, leaving roughly 60 lost.",
            False,
        ),
        (
            "Beekeepers in the valley kept 1,450 hives this year, against 1,300 in 2025, and hope 1,390 of those "
            "come through winter, leaving roughly 90 lost.",
            True,
        ),
    ],
)
def test_rest_of_a_pool_named_in_its_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two pools named: which the rest is left of is unclear
        "Crews fixed 12 of the 80 pumps and 5 of the 40 wells, leaving 63 still broken.",
        # a figure of the unit before the part: a list, not a pool and its rest
        "In May the mill bagged 300 sacks and sold 120 of its 500 crates, leaving 380.",
        # the rest larger than the pool: another thing left
        "Of the 60 ferries, 9 were laid up, leaving 400 commuters without a crossing.",
        # `of those` after two amounts: which one the part is drawn from is unclear
        "The county ran 40 buses and 25 trams, and 30 of those were electric, leaving 35 on diesel.",
        # no pool named
        "The bakery sold 40 cakes and 25 pies on Friday, leaving 12 loaves on the shelf.",
    ],
)
def test_rest_without_one_pool_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


_CLEAN = [
    "Of the 48 lifeboat crew, 30 are volunteers; the station also has 6 paid mechanics, leaving at 7pm on callouts.",
    "The zoo counted 14 of its 90 penguins as chicks this year and expects 3 more hatchings before leaving winter.",
    "Around 200 of the 1,500 runners were from abroad, the organisers said, leaving Sunday's race short of sponsors.",
    "Of the 35 councillors, 18 voted for the plan, leaving the mayor with a slim majority.",
    "The museum lent 12 of its 400 paintings to Lyon, leaving the east wing closed for 3 weeks.",
    "Of the $4m raised, $1.2m came from a single donor in 2024; the rest arrived the year after.",
    "Stallholders paid $45 a pitch, and 80 of the 120 pitches were taken, leaving organisers confident.",
    "Of the 900 flats, 120 are social housing and the developer is leaving 2 plots empty for a school.",
    "The charity placed 64 of its 70 foster dogs last month; leaving kennels on Tuesday were 8 puppies.",
    "Of the 16 bridges inspected, 4 needed new bearings at $30,000 each, leaving the county to find the money.",
    "Fishers landed 2,300 tonnes of the 5,000-tonne quota by June, leaving prices at $4 a kilo.",
    "Of the 52 teams entered, 12 were from Wales, while 3 pulled out before leaving for the final in 2026.",
    "The co-op used 18 of its 25 tractors during harvest, leaving 5 with the dealer for servicing and 2 idle.",
    "About 40 of the 130 nurses work nights, the union said, leaving wards thin on weekends.",
    "Of the 7 ferries ordered in 2019, 2 arrived late, leaving the operator to hire 3 older boats.",
    "The league fined 6 of its 20 clubs $5,000 apiece, leaving the total in fines at $30,000.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_unrelated_figures_near_a_remainder_word_are_clean(knowledge, text):
    result = findings(knowledge, document(text), show_passed=False)
    assert result.findings == [], [f.message for f in result.findings]
