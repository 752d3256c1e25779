"""English shares of a listed split (fiftieth session, lane `shares_en`).

A sentence lists the members of a split, amounts of one kind and unit joined by commas or `and`, then draws a share
after `, so`, `, meaning` or `, which means` (`[link.split_share_joints]`; no semicolon), the member the subject of a
verb stating its share (`make up`, `account for`, `are`, `were`: `[link.split_share_verbs]`), the share followed by
nothing or by the listed whole (`of them`, `of the total`, the total's own noun: `[link.split_share_back_wholes]`)
(checker/link/shares_of_a_listed_split.py):

- `The order is for 540 oak chairs and 360 pine chairs, so oak chairs make up 60 per cent of them`: the member named
  by its own words, the order's total of the same noun stated in the lead;
- `Friday drew 1,000, Saturday 3,000 and Sunday 1,000, meaning Saturday accounted for 60 per cent of the visitors`:
  the member named by the word before it;
- `The bank lent £80m, £60m to shops and £20m to farms, meaning farms accounted for a quarter of the total`: the
  total stated right before the list, a bare comma between.

The whole is the stated total the members add up to, counting their noun (the figure right before the list, the
total they are parts of, or an earlier figure of their kind and unit in the paragraph, the one before or the lead,
dated as the list is: `[link.split_share_period_marks]`); a whole in another sentence makes the relation a warning.
Not read: a share of a member (`30 per cent of the ewes`), of another whole (`of the fuel budget`, `of births
nationally`), with a period (`in 2023`), a rate (`full`, `on time`) or a comparison (`more than`) after it; a verb of
no composition (`spent`, `waited`); a clause after a semicolon; a subject naming no member, two, or more than a member
(`trawler crews`); a total of another noun (`200 vehicles` for drivers and fitters) or another time (`last year`)
the members happen to add up to; a list whose sum the story never states.

A share and its part set side by side, one of them naming the whole by a pronoun (`Half of that, £3,100`,
`£51,000 of that, 60 per cent`: `[link.share_fallback_back_reference_wholes]`), is of the nearest amount of the
part's kind and unit stated before it, in its sentence or the one before (checker/link/shares_of_that.py): a figure
per one of a noun smaller than the part (`or 40p a visitor`, `[link.share_of_that_per_unit_marks]`) is passed over,
and so is an amount of another time than the part's (`700 tonnes last year`:
`[link.share_of_that_other_time_marks]`); the nearest amount being a level compared with (`up from £50,000`), smaller
than the part, or none in reach links nothing, and so does a second amount in reach after a figure per unit was
passed over (`raised £7,600; the target was £10,000, or £25 a household`: which one, unsaid).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SHARE = "F503"


_SPLIT_SHARES = [
    # (text, holding share, broken share)
    (
        "Stools\n\nA Varrow joinery has won an order for 900 chairs from a cafe chain in Ostby, its owner said.\n\n"
        "The order is for 540 oak chairs and 360 pine chairs, so oak chairs make up {share} of them.",
        "60 per cent",
        "70 per cent",
    ),
    (
        "Fair\n\nThe Tamber cheese fair drew 5,000 visitors over three days.\n\n"
        "Friday drew 1,000, Saturday 3,000 and Sunday 1,000, meaning Saturday alone accounted for {share} of the "
        "visitors.",
        "60 per cent",
        "45 per cent",
    ),
    (
        "Race\n\nThe Quillon hill race had 50 riders this year, 35 local riders and 15 visiting riders, so visiting "
        "riders made up {share}.",
        "30 per cent",
        "a quarter",
    ),
    (
        "Loans\n\nThe Pellam credit union lent £80m, £60m to shops and £20m to farms, meaning farms accounted for "
        "{share} of the total.",
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
    "Stools\n\nA Varrow joinery has won an order for 900 chairs from a cafe chain in Ostby, its owner said.\n\n"
    "The order is for 540 oak chairs and 360 pine chairs, so the larger ones make up 70 per cent of them.",
    # the clause names only the noun every member counts, the total's own (`lamps`)
    "Lamps\n\nA Brell workshop has won an order for 320 lamps from a shop in Ostby.\n\n"
    "The order is for 240 desk lamps and 80 standing lamps, so the lamps make up a quarter of them.",
    # the clause names two members
    "Stools\n\nA Varrow joinery has won an order for 900 chairs from a cafe chain in Ostby, its owner said.\n\n"
    "The order is for 540 oak chairs and 360 pine chairs, so oak and pine chairs make up 70 per cent of them.",
    # no stated total the members add up to: a share of a sum the story never states
    "Race\n\nThe Quillon hill race had its best year.\n\n"
    "The first stage saw 35 local riders and 15 visiting riders finish, so visiting riders made up a quarter.",
    # a joint drawing no share from the list (`, but`)
    "Race\n\nThe Quillon hill race had 50 riders, 35 local riders and 15 visiting riders, but visiting riders "
    "made up a quarter.",
    # a list of another kind than the total (money listed, a count stated): no whole of the member
    "Fees\n\nThe Quillon hill race had 50 riders this year.\n\n"
    "Entry fees brought in £35 from men and £15 from women, so the women paid a quarter of the fees.",
    # the share is of a member, not of the total (`of the ewes`, `of the plums`)
    "Flock\n\nThe Drumlow farm keeps 600 sheep, 450 ewes and 150 rams, so 30 per cent of the ewes are in lamb.",
    "Plums\n\nThe Farrow orchard picked 9,000 plums.\n\nThere were 5,000 red plums and 4,000 yellow plums, "
    "so half of the yellow plums went to jam.",
    "Club\n\nThe Pennick club has 80 members, 60 adult members and 20 junior members, so 10 per cent of the "
    "adult members are over 70.",
    # after a semicolon: no joint of this reading
    "Vans\n\nThe Corran fleet has 200 vehicles, 150 vans and 50 lorries; a fifth of the lorries run on gas.",
    "Hall\n\nThe Anvil hall has 800 seats, 500 in the stalls and 300 in the balcony; the balcony seats were 80 "
    "per cent of the hall's sales.",
    # a share of another whole (`of the year's visitors`, `of the wages`, `of births nationally`, `of all sales`)
    "Show\n\nThe Millby flower show drew 6,000 visitors over three days.\n\nFriday drew 2,000, Saturday 3,000 "
    "and Sunday 1,000, meaning Saturday accounted for 20 per cent of the year's visitors to the village.",
    "Beet\n\nThe Hesk farm lifted 900 tonnes of beet.\n\nIt sold 600 tonnes to a mill and 300 tonnes to a "
    "distiller, which meant the distiller tonnes were 50 per cent of the farm's wages.",
    "Births\n\nThe Ferrin clinic delivered 400 babies, 210 girl babies and 190 boy babies, so girl babies were "
    "49 per cent of births nationally.",
    "Tickets\n\nThe Ollery festival sold 8,000 tickets, and 5,000 tickets were sold online.\n\nOf the online "
    "sales, 3,000 day tickets and 2,000 weekend tickets, so day tickets made up 30 per cent of all sales.",
    # a verb of no composition (`spent`, `bought`, `worked`, `waited`): the share is of something else
    "Harbour\n\nThe Pelling harbour berthed 300 boats this summer, 200 yachts and 100 trawlers, and so trawler "
    "crews spent 30 per cent of the fuel budget.",
    "Ward\n\nThe Senna ward saw 4,000 patients, 3,000 adult patients and 1,000 child patients, so child "
    "patients waited 40 per cent less time.",
    # a rate or a comparison after the share (`full`, `more … than`, `on time`, `at a rate of`)
    "Hall\n\nThe Anvil hall has 800 seats, 500 stall seats and 300 balcony seats, so the stall seats were 90 "
    "per cent full on the first night.",
    "Fields\n\nThe Cathow estate farms 2,000 acres, 1,500 acres of oats and 500 acres of rye, so oats are 40 "
    "per cent more than last year.",
    "Loans\n\nThe Pellam credit union lent £80m, £60m to shops and £20m to farms, so farms were 95 per cent on time.",
    # a period after the share (`in 2023`): another year's sales
    "Books\n\nThe Lurran bookshop sold 4,000 books in 2025.\n\nIt sold 2,500 novels and 1,500 other books, so "
    "novels made up 55 per cent of sales in 2023.",
    # a total of another time (`last year`) the members happen to add up to
    "Hedges\n\nVolunteers at the Carrow common planted 800 shrubs last year.\n\nThis spring they planted 500 "
    "holly shrubs and 300 hazel shrubs, so holly shrubs made up 70 per cent of them.",
    # a total of another noun the members happen to add up to (people against vehicles)
    "Fleet\n\nThe Sollit firm runs 200 vehicles.\n\nThe firm has 150 drivers and 50 fitters, so fitters make "
    "up 30 per cent of them.",
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
    # a figure per unit passed over, and two amounts in reach (the sum raised, the target): which one, unsaid
    "Appeal\n\nThe Brackley appeal raised £7,600; the target was £10,000, or £25 a household. Half of that, "
    "£3,800, goes to the bells.",
    # `of that` after a part with no share beside it: nothing to check
    "Tins\n\nThe Welby gala raised £6,200 in all. Stallholders paid £3,100 of that, and the rest came from raffles.",
]


@pytest.mark.parametrize("text", _NO_SHARE_OF_THAT)
def test_no_share_of_that_without_the_amount_it_names(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


def test_a_share_of_that_passes_over_an_amount_of_another_time(knowledge):
    """`640 tonnes this year and 700 tonnes last year. A quarter of that, 160 tonnes`: not last year's 700."""
    text = (
        "Harvest\n\nThe Wennick farm lifted 640 tonnes of onions this year and 700 tonnes last year. {share} of "
        "that, 160 tonnes, was sold abroad."
    )
    assert_checked(knowledge, text.format(share="A quarter"), SHARE, fires=False)
