"""Shares in English (forty-ninth session, lane `share`).

- A part, a comma, then a fraction in words set off after it, closing its apposition (`12 of them, a quarter, are
  …`, `Of them, 30, a fifth, were …`, `£80,000 of it, a quarter.`): `a quarter`, `a fifth`, `half` are fractions
  there (`[fractions] apposed_after` in en.toml, after a number or a word pointing back to a whole); not before a
  noun or a verb (`2 goals, a third was ruled out`, `4%, a quarter earlier`: an ordinal, a period).
- `reported 80 signs missing, and the council has had 60 of them, three-quarters, replaced`: a part, `of them`, then
  its share after a comma; the whole is the one figure of the part's unit and kind before it in its own sentence, no
  `;`, `:` or bracket between (checker/link/shares_of_them.py `_shares_of_them_apart`). After words across a
  sentence (`… 500 online. In all, 200 of them, a quarter`), or after a second figure of the unit (`sold 800
  tickets, 500 of them online, and 200 of them, a quarter`: 800 or 500), which whole `them` are is not said: nothing
  is linked (nor by checker/link/apposed_pool_shares.py).
- A fraction in words after `of it` / `of that` is read only with its whole the one larger level of its unit in the
  part's sentence (`took £240,000, up £40,000 on 2024's £200,000, and exports made up £60,000 of it, a quarter`, `The
  council gave £4,000. £3,000 of it, a quarter`: which, not said); a percentage there is read as before.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, mention_at

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


_WHICH_WHOLE_UNSAID = [
    # the whole of `them` across a sentence: the headline level or the part stated after it
    "Fair\n\nThe Ashby fair sold 800 tickets, 500 online. In all, 200 of them, a quarter, went to pupils.",
    "Fair\n\nThe Ashby fair sold 800 tickets, 500 online. In all, 200 of them, 25%, went to pupils.",
    "Fair\n\nThe Ashby fair sold 800 tickets, 500 of them online. In all, 200 of them, a quarter, went to pupils.",
    "Club\n\nThe Corley club has 48 members, 30 of them men. In all, 12 of them, a quarter, are juniors.",
    "Hospice\n\nThe Wenby hospice has 240 volunteers, helped by 80 paid staff. In all, 60 of them, a quarter, work "
    "nights.",
    "Depot\n\nThe Tarrow depot runs 40 buses, with 12 coaches on loan. In all, 10 of them, a quarter, are electric.",
    # another year's level right before: `them` are the later year's, whose figure is not read
    "Show\n\nThe Colne show had 300 entries in 2025; 2026 brought 360, and 90 of them, a quarter, were new.",
    "Show\n\nThe Colne show had 300 entries in 2025; 2026 brought 360, and 90 of them, 25%, were new.",
    "Show\n\nThe Colne show had 300 entries in 2025 and 360 in 2026, and 90 of them, a quarter, were new.",
    # the pool before the pair is itself a part of a larger figure in the sentence: either may be `them`
    "Fair\n\nThe Ashby fair sold 800 tickets, 500 of them online, and 200 of them, a quarter, went to pupils.",
    "School\n\nThe Pellow school has 300 pupils, including 180 girls, and 75 of them, a quarter, walk.",
    "School\n\nThe Pellow school has 300 pupils, including 180 girls, and 75 of them, 25%, walk.",
    "School\n\nThe Pellow school has 300 pupils, 180 of them girls, and 75 of them, a quarter, walk.",
    # (nor is a whole guessed for it later: a quarter of the girls, not of the pupils)
    "School\n\nThe Pellow school has 300 pupils, including 180 girls, and 45 of them, a quarter, walk.",
    "School\n\nThe Pellow school has 300 pupils, including 180 girls, and 45 of them, 25%, walk.",
    # `of it` after two levels, across a sentence: the appeal's or the council's
    "Appeal\n\nThe Kestle appeal raised £12,000. The council gave £4,000. £3,000 of it, a quarter, went to the "
    "hospice.",
]


@pytest.mark.parametrize("text", _WHICH_WHOLE_UNSAID)
def test_a_share_of_them_whose_whole_is_unsaid_is_not_checked(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


_SUB_LEVELS = [
    # (text, holding share, broken share): a percentage after `of that`/`of it`, its whole the sub-level before
    (
        "Mill\n\nThe Rowley mill milled 20,000 tonnes, giving 8,000 tonnes of flour, and sold 6,000 tonnes of that "
        "flour, or {share}.",
        "75%",
        "30%",
    ),
    (
        "Roads\n\nThe county spent £50m on roads, Ashby got £8m, and £4m of it, or {share}, went on potholes.",
        "50%",
        "25%",
    ),
    (
        "Schools\n\nFrom a £10m budget, the council set aside £4m for schools, and £1m of that, {share}, went on "
        "roofs.",
        "25%",
        "10%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SUB_LEVELS)
def test_a_percentage_of_a_sub_level_pointed_back_to_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


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
