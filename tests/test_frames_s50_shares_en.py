"""English shares of a listed split (fiftieth session, lane `shares_en`).

A sentence lists the members of a split, amounts of one kind and unit joined by commas or `and`, then draws a share
after `, so`, `, meaning` or a semicolon (`[link.split_share_joints]`) naming one member by a word of its own
(checker/link/shares_of_a_listed_split.py):

- `The order is for 540 oak chairs and 360 pine stools, so oak chairs make up 60 per cent of it`: the member named
  by its noun, the order's total stated in the lead;
- `Friday drew 1,000, Saturday 3,000 and Sunday 1,000, meaning Saturday accounted for 60 per cent`: the member named
  by the word before it;
- `There were 50 riders, 35 men and 15 women, so 30 per cent were women`: the total stated right before the list,
  a bare comma between (`artists $3m, security $1m and stages $2m` lists the first as a member, no total).

The whole is the stated total the members add up to (the figure right before the list, the total they are parts of,
or an earlier figure of their kind and unit in the paragraph, the one before or the lead); a whole in another
sentence makes the relation a warning. Not read: a clause naming no member, or naming only the noun every member
counts (`the larger lamps` when the total is of lamps), or two members; a list whose sum the story never states; a
joint that draws no share (`, but`).

A share and its part set side by side, one of them naming the whole by a pronoun (`Half of that, £3,100`,
`£51,000 of that, 60 per cent`: `[link.share_fallback_back_reference_wholes]`), is of the nearest amount of the
part's kind and unit stated before it, in its sentence or the one before (checker/link/shares_of_that.py): a figure
per one of a noun smaller than the part (`or 40p a visitor`, `[link.share_of_that_per_unit_marks]`) is passed over;
the nearest amount being a level compared with (`up from £50,000`), smaller than the part, or none in reach links
nothing.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SHARE = "F503"


_SPLIT_SHARES = [
    # (text, holding share, broken share)
    (
        "Stools\n\nA Varrow joinery has won an order for 900 pieces from a cafe chain in Ostby, its owner said.\n\n"
        "The order is for 540 oak chairs and 360 pine stools, so oak chairs make up {share} of it.",
        "60 per cent",
        "70 per cent",
    ),
    (
        "Fair\n\nThe Tamber cheese fair drew 5,000 visitors over three days.\n\n"
        "Friday drew 1,000, Saturday 3,000 and Sunday 1,000, meaning Saturday alone accounted for {share} of the "
        "weekend.",
        "60 per cent",
        "45 per cent",
    ),
    (
        "Race\n\nThe Quillon hill race had 50 riders this year, 35 men and 15 women, so {share} of the field were "
        "women.",
        "30 per cent",
        "a quarter",
    ),
    (
        "Pears\n\nThe Drewel orchard show drew 30 growers.\n\nEach grower brought 12 pears, 360 in all. Of those, "
        "150 were russet, 90 green, 60 yellow and 60 blush; russet pears made up {share} of the table.",
        "five in twelve",
        "one in three",
    ),
    (
        "Boats\n\nThe Hollin regatta drew 64 crews from four counties.\n\n"
        "The draw had 48 coxed fours and 16 pairs, so pairs made up {share} of the entry.",
        "a quarter",
        "a third",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SPLIT_SHARES)
def test_a_share_of_a_listed_member_over_the_total_they_add_up_to(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True)


_NO_SPLIT_SHARE = [
    # the clause names no member (`the larger ones`): which one, the words do not say
    "Stools\n\nA Varrow joinery has won an order for 900 pieces from a cafe chain in Ostby, its owner said.\n\n"
    "The order is for 540 oak chairs and 360 pine stools, so the larger ones make up 70 per cent of it.",
    # the clause names only the noun every member counts, the total's own (`lamps`)
    "Lamps\n\nA Brell workshop has won an order for 320 lamps from a shop in Ostby.\n\n"
    "The order is for 240 desk lamps and 80 standing ones, so the larger lamps make up a quarter of it.",
    # the clause names two members
    "Stools\n\nA Varrow joinery has won an order for 900 pieces from a cafe chain in Ostby, its owner said.\n\n"
    "The order is for 540 oak chairs and 360 pine stools, so chairs and stools make up 70 per cent of its sales.",
    # no stated total the members add up to: a share of a sum the story never states
    "Race\n\nThe Quillon hill race had 80 riders this year.\n\n"
    "The first stage saw 35 men and 15 women finish, so a quarter of the finishers were women.",
    # the first listed amount is a member, a word naming the next (`security $1.0m`): no total of the rest
    "Budget\n\nWithin the Orvel fair's budget, music gets $3.0m, security $1.0m and stages $2.0m; stages by "
    "themselves are about a third of it.",
    # a joint drawing no share from the list (`, but`)
    "Race\n\nThe Quillon hill race had 50 riders this year, 35 men and 15 women, but a quarter of the women were new.",
    # a list of another kind than the total (money listed, a count stated): no whole of the member
    "Fees\n\nThe Quillon hill race had 50 riders this year.\n\n"
    "Entry fees brought in £35 from men and £15 from women, so the women paid a quarter of the fees.",
]


@pytest.mark.parametrize("text", _NO_SPLIT_SHARE)
def test_no_share_of_a_split_member_without_its_name_or_total(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_SHARES_OF_THAT = [
    # (text, holding share, broken share)
    (
        "Tins\n\nCollection tins at the Welby gala held £6,200, or 40p a visitor. {share} of that, £3,100, will go to "
        "the lifeboat station.",
        "Half",
        "A third",
    ),
    (
        "Shelter\n\nRunning the Orvel cat shelter cost £85,000 in the year, or £500 for every cat rehomed.\n\n"
        "Donations brought in £51,000 of that, {share}, with grants adding £20,000.",
        "60 per cent",
        "75 per cent",
    ),
    (
        "Mill\n\nThe Harrock mill sold £240,000 of cloth last year, and exports made up £60,000 of it, {share}.",
        "a quarter",
        "a third",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES_OF_THAT)
def test_a_share_of_that_is_of_the_amount_stated_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True)


_NO_SHARE_OF_THAT = [
    # the nearest amount before is smaller than the part: what `that` names is unsaid
    "Tins\n\nThe Welby gala raised £6,200 in all. Stallholders paid £900 in fees. Half of that, £3,100, will go to "
    "the lifeboat station.",
    # the amount before is two sentences back: out of the pronoun's reach
    "Tins\n\nThe Welby gala raised £6,200 in all. Stalls were up from 40 to 52. The sun shone all day. Half of "
    "that, £3,100, will go to the lifeboat station.",
    # a fraction after `of it` with its whole a sentence back: the nearer amount's or the earlier total's, unsaid
    "Fete\n\nThe Welby fete raised £9,000. Stallholders paid £2,000. £1,500 of it, three-quarters, came from cake "
    "stalls.",
    # a pronoun naming a thing (`of that sum`): a noun of its own after it, no back reference read here
    "Tins\n\nThe Welby gala raised £6,200 in all. Half of that year's sum, £3,100, went to the lifeboat station.",
    # `of that` after a part with no share beside it: nothing to check
    "Tins\n\nThe Welby gala raised £6,200 in all. Stallholders paid £3,100 of that, and the rest came from raffles.",
]


@pytest.mark.parametrize("text", _NO_SHARE_OF_THAT)
def test_no_share_of_that_without_the_amount_it_names(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)
