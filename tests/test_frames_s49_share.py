"""Shares in English (forty-ninth session, lane `share`).

- A part, a comma, then a fraction in words set off after it, closing its apposition (`12 of them, a quarter, are
  …`, `Of them, 30, a fifth, were …`, `£80,000 of it, a quarter.`): `a quarter`, `a fifth`, `half` are fractions
  there (`[fractions] apposed_after` in en.toml, after a number or a word pointing back to a whole); not before a
  noun or a verb (`2 goals, a third was ruled out`, `4%, a quarter earlier`: an ordinal, a period).
- `reported 80 signs missing, and the council has had 60 of them, three-quarters, replaced`: a part, `of them`, then
  its share after a comma; the whole is the latest level before it of the part's unit (in its sentence or the one
  before), as after `of those` (`[link.parts_of_them]` read by `_shares_of_that`); a smaller level between them
  leaves it unlinked.
- `took £240,000, up £40,000 on 2024's £200,000, and exports made up £60,000 of it`: two levels of the part's unit
  stand before `it` in the whole's sentence; which one it points to is not said, so nothing is linked
  (checker/link/shares_of_them.py `_another_level_before`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, mention_at

SHARE_OF_TOTAL = "F503"

# ---------------------------------------------------------------- a fraction in words apposed to its part

_APPOSED_FRACTIONS = [
    # (text, holding part, broken part)
    (
        "Choir\n\nThe Brackwell choir has 48 singers, {part} of them, a quarter, from the next valley.",
        "12",
        "20",
    ),
    (
        "Fun run\n\nThe Dunmere fun run drew 150 runners from the villages on Sunday.\n\n"
        "Of them, {part}, a fifth, were running for the first time.",
        "30",
        "50",
    ),
    (
        "Pottery\n\nThe Tolmere pottery's turnover rose to £320,000 last year from £250,000, and exports "
        "accounted for £{part} of it, a quarter.",
        "80,000",
        "120,000",
    ),
    (
        "Signposts\n\nWalkers reported 80 signs missing or broken, and the council has had {part} of them, "
        "three-quarters, replaced.",
        "60",
        "40",
    ),
    (
        "Cookery school\n\nThe 18 pupils who left last summer have done well: {part} of them, five in six, now work "
        "in kitchens.",
        "15",
        "9",
    ),
    (
        # a smaller level of the unit before the whole, in its sentence: one of its parts, no rival whole
        "Choir contest\n\nEach choir paid a fee of £50, raising £2,100, and the £5,000 prize fund was put up by "
        "local firms. The winners took 40 per cent of it, £{part}.",
        "2,000",
        "3,000",
    ),
    (
        "Bell ringers\n\nThe Hollinsby guild counts 64 ringers, {part} of them, half, in the town itself.",
        "32",
        "44",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _APPOSED_FRACTIONS)
def test_a_fraction_in_words_apposed_to_its_part_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


_NOT_APPOSED_FRACTIONS = [
    # an ordinal after a count and a comma: a third goal, no share
    "Derby\n\nThe Ashgrove striker scored 2 goals, a third was ruled out for offside.",
    # a period after a rate and a comma
    "Mill\n\nSales at the Corvale mill rose 4%, a quarter earlier they had fallen 2%.",
    # a year, then an ordinal before its noun
    "Orchard\n\nThe Pellham orchard grew again in 2023, a third year of gains, and picked 900 tonnes.",
    # a smaller level between the whole and the part pointing back to it: which one `them` are, not said
    "Signposts\n\nWalkers reported 80 signs missing, 6 of them on the moor road, and the council has had 60 of "
    "them, three-quarters, replaced.",
    # `it` may point to this year's takings or to last year's: which, not said
    "Press\n\nTolmere Press took £240,000 last year, up £40,000 on 2024's £200,000, and exports made up £60,000 "
    "of it, a quarter.",
]


@pytest.mark.parametrize("text", _NOT_APPOSED_FRACTIONS)
def test_a_fraction_word_not_apposed_to_a_part_links_no_share(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("The club has 48 members, and 12 of them, a quarter, are juniors.", "a quarter", ("fraction", 0.25)),
        ("Of those, 42, a fifth, were new.", "a fifth", ("fraction", 0.2)),
        ("It raised £800, and £400 of that, half.", "half", ("fraction", 0.5)),
        ("The Ashgrove striker scored 2 goals, a third was ruled out.", "a third", None),
        ("It rose in 2023, a third year of gains.", "a third", None),
        ("The shop moved, a quarter of a mile away.", "a quarter", ("fraction", 0.25)),
    ],
)
def test_a_fraction_word_is_read_where_it_closes_an_apposition(text, written, expected):
    found = mention_at(text, written)
    assert (found and (found[0], round(found[1], 3))) == expected
