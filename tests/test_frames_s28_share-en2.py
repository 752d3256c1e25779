"""English shares the share rules leave without part and whole (twenty-eighth session, lane share-en): the general
reading of checker/link/share_fallback.py.

- a share takes as its part the amount set beside it in its clause: right before it, a few words of the part's noun,
  a comma (a bracket, a dash), perhaps `or`, a hedge or a relative verb (`, which made up`); or right after it,
  restating it after `, or`, a bracket or a dash (`40 per cent of the crop, or 2,000 tonnes`, `One in four riders
  (310)`);
- its whole is the nearest total of the part's kind, unit and noun before it in the share's paragraph, else the one the
  lead states;
- near misses link nothing: a share of the part's own group (`60% of them women`), of another year's total, of an
  average, a change (`15% more than`), a share of its subject's own whole named in another sentence (`25% of its
  supply` after a rival's total), of an owner's whole (`of the region's players`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

HOLDING_AND_BROKEN = [
    # the part set beside its share after `or`, the whole in the lead
    (
        (
            "Harbourne Dairy collected 84 million litres of milk in the year to March, its co-operative said on "
            "Friday.\n\nThe herds on the coast supplied most of it, helped by a wet spring.\n\nFarms on the Wyle "
            "plateau sent 21 million litres, or 25% of the total."
        ),
        (
            "Harbourne Dairy collected 84 million litres of milk in the year to March, its co-operative said on "
            "Friday.\n\nThe herds on the coast supplied most of it, helped by a wet spring.\n\nFarms on the Wyle "
            "plateau sent 21 million litres, or 35% of the total."
        ),
    ),
    # a relative verb between the part and its share, the whole the sentence before
    (
        (
            "The Corvel ferry line took £6.4m in fares last season, the operator said. Foot passengers paid "
            "£1.6m, which made up a quarter of fares."
        ),
        (
            "The Corvel ferry line took £6.4m in fares last season, the operator said. Foot passengers paid "
            "£1.6m, which made up a third of fares."
        ),
    ),
    # the part restating the share after `, or`
    (
        (
            "The Tessel orchards picked 5,000 tonnes of pears this autumn. Canneries bought 40 per cent of the "
            "crop, or 2,000 tonnes."
        ),
        (
            "The Tessel orchards picked 5,000 tonnes of pears this autumn. Canneries bought 30 per cent of the "
            "crop, or 2,000 tonnes."
        ),
    ),
    # the part in brackets after a fraction in words
    (
        (
            "The Amber Vale cycling club has 1,240 riders on its books. One in four riders (310) commute by bike "
            "every day."
        ),
        (
            "The Amber Vale cycling club has 1,240 riders on its books. One in three riders (310) commute by "
            "bike every day."
        ),
    ),
    # a hedged fraction beside its part, the whole in the paragraph before
    (
        (
            "The Dunmore library lent 64,000 books in the year.\n\nChildren borrowed 16,000 books by the end of "
            "the summer, roughly a quarter of the total."
        ),
        (
            "The Dunmore library lent 64,000 books in the year.\n\nChildren borrowed 16,000 books by the end of "
            "the summer, roughly a third of the total."
        ),
    ),
]


@pytest.mark.parametrize("holding,broken", HOLDING_AND_BROKEN)
def test_a_share_takes_its_part_beside_it_and_the_nearest_total(knowledge, holding, broken):
    assert_checked(knowledge, holding, "F503", False)
    assert_checked(knowledge, broken, "F503", True)


# figures near one another that are not a part, its share and a whole: nothing is checked or reported
CLEAN = [
    "Calder Water supplied 900 megalitres in the month. Rival Brent Water lost 200 megalitres, 25% of its supply.",
    (
        "The Holm estate cut 2,000 tonnes of timber in the year.\n\nIts sawmill employs 90 people, 40% of "
        "its workforce in the valley."
    ),
    "The Linford school roll stands at 1,200 pupils. The school hired 40 teachers, 30% of them from abroad.",
    (
        "The Orrin quay handled 9,000 containers in 2024, the harbour board said.\n\nIn 2025 its reefer "
        "berth moved 3,000 boxes, or 20% of the total."
    ),
    (
        "The Perrin museum drew 48,000 visitors last year, the trust said.\n\nThe summer show drew an "
        "average of 4,000, or 50% of the total."
    ),
    "The Ashby fair had 300 stalls and 12,000 visitors this year. Food vans took £40,000, 15% more than last year.",
    "Dalby council spent £8m on roads and £3m on parks. Repairs to bridges cost £1m, 40% of the parks budget.",
    "Mossley rugby club has 600 members and 40 coaches. Its juniors number 150, a fifth of the region's players.",
    (
        "The Farrow hospice raised £2m last year.\n\nVolunteers gave 18,000 hours, and shops sold £500,000 "
        "of goods, 10% more than the year before."
    ),
    (
        "Brenna Foods sold 7,000 tonnes of oats in the year to June, the miller said.\n\nIts bakery arm "
        "baked 2.1 million loaves, while the mill ran at 85% of capacity."
    ),
    (
        "The Wessel canal trust counted 1,800 boats through its locks in August.\n\nNarrowboats made up "
        "1,200 of them; hire craft, 300, a quarter of their fleet."
    ),
    (
        "Tilbury Rowing Club has 240 members. Its regatta drew 3,000 spectators, and entries rose to 410 "
        "crews, 12% higher than in 2025."
    ),
    "The Greave reservoir held 4,000 megalitres in May, 70% of its capacity, against 5,200 megalitres a year before.",
    (
        "Corrin Mills paid £6m in wages this year.\n\nThe Scottish plant employs 300 people, and its "
        "apprentices, 45, are 15% of the region's intake."
    ),
    (
        "Lowther dairy herd produced 3 million litres of milk.\n\nA neighbouring farm, Ashdown, sold 900,000 "
        "litres, 20% of their output going to cheese."
    ),
    (
        "The Sorrel bus company ran 14,000 services in the quarter. Drivers logged 52,000 hours, and 6% of "
        "services ran late."
    ),
    (
        "Mendip quarry shipped 1.2 million tonnes of stone. A rival quarry shipped 400,000 tonnes, a third "
        "of its own output, by rail."
    ),
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_near_a_share_report_nothing(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert "F503" not in [p.rule for p in result.passed], [p.message for p in result.passed if p.rule == "F503"]


def test_clean_paragraphs_are_enough():
    assert len(CLEAN) >= 15


# ---------------------------------------------------------------- round 2: vetoes the earlier share guards ask for

# near misses: the share names its whole by a noun the total is not stated of, or the part is of another pot
NOT_THE_TOTALS_SHARE = [
    # a bare noun after `of`: a group within the part, not the paragraph's total
    "The Kestrel choir has 180 singers. Its youth section counts 45 singers, 60% of girls.",
    # a noun narrowed by a word the total's sentence does not state: a group within the total
    "The Osprey harbour counted 900 moorings. Visitors used 270 moorings, or 30% of summer moorings.",
    # `of all NOUN`, the noun not the total's: a whole the text does not state
    "The Aldous fleet logged 12,000 trips. Its vans made 3,000 trips, a quarter of all deliveries.",
    # a noun after `of` that names another measure than the total's
    "Farm income reached €900m in the region. Dairy brought in €300m, accounting for 2% of output.",
    # an owner's whole (`the evening's`, `the county's`), the part of another day than the total's
    "The Ferris hospice fair raised £80,000 on Saturday. Sunday's book stall took £20,000, 25% of the day's total.",
    # `which` after another noun than the part's: that noun's share
    "The trust spent £3m restoring the old mill, which makes up 5% of the £60m heritage fund.",
    # a valuation is no sum of what is sold
    "The vineyard was valued at €36m. Cellar-door wines sold for €12m last season, roughly a third of the total.",
    # a rest's share naming no whole: of the rest's sibling or of the total, unsaid
    (
        "The Quarry Road depot sent 2,500 parcels to shops over the holiday.\n\nVans carried 2,000 of the "
        "loads and bikes the remaining 500, roughly one in four."
    ),
    # two amounts of the part's unit in the lead, counting different things: which one, unsaid
    (
        "Rangers logged 5,000 sightings in the park this year. Volunteers tagged 4,000 birds by August.\n\n"
        "Schools tagged 800 birds, or 20% of the total."
    ),
]


@pytest.mark.parametrize("text", NOT_THE_TOTALS_SHARE)
def test_a_share_not_named_of_the_total_is_not_linked(knowledge, text):
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert "F503" not in [p.rule for p in result.passed], [p.message for p in result.passed]


# must-pass / must-fire: the same shapes where the share names the total by its own noun (or anew, `of the crop`)
NAMED_HOLDING_AND_BROKEN = [
    (
        "The Kestrel choir has 180 singers. Its youth section counts 45 singers, 25% of singers.",
        "The Kestrel choir has 180 singers. Its youth section counts 45 singers, 35% of singers.",
    ),
    (
        "The Tern Bay marina berths 600 boats. Its pontoons hold 150 boats, about a quarter of the boats.",
        "The Tern Bay marina berths 600 boats. Its pontoons hold 150 boats, about a third of the boats.",
    ),
    (
        "Farm income reached €900m in the region. Dairy brought in €300m, a third of the income.",
        "Farm income reached €900m in the region. Dairy brought in €300m, half of the income.",
    ),
]


@pytest.mark.parametrize("holding,broken", NAMED_HOLDING_AND_BROKEN)
def test_a_share_named_of_the_total_is_linked(knowledge, holding, broken):
    assert_checked(knowledge, holding, "F503", False)
    assert_checked(knowledge, broken, "F503", True)
