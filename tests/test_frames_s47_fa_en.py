"""English false alarms on copy never seen, and English growths (forty-seventh session, lane `fa_en`): readings that
built a relation of figures that are not its members, closed where the relation is built; the right relation still
read where the copy states it.

- `over` as the particle of a verb right before a figure (`handed over 63 of them`, `signed over £40,000`:
  `[qualifiers_before] over_particle_verbs`) is no bound: the figure is the verb's object
  (checker/extract/quantities.py).
- A listed part written once before `each` and its preposition, then a count of the members it stands for (`£225 each
  for the two beaten semi-finalists`), counts once per member (`part_times`, checker/link/tallies.py).
- A rate right after a mark of the rest of a group (`each team plays the other five`: `[link.remaining_marks]`) is
  the others of the unit's own kind, no share each unit holds of a total (checker/link/each_averages.py).
- A count set before its share of a whole (`ordered 2,700 birds, three-quarters of the flock`) is that part, not the
  units a price per unit of another sentence values (checker/link/unit_prices.py).
- An amount after a verb of change and before `on` and an owner of the period before (`up 4,000 on last year's
  20,000`: `[link.baseline_on_words]`, `[link.earlier_period_owners]`) is the size of the change, as before `from`
  (checker/link/roles.py).
- A figure per a shorter period (`about 8,000 a day`) is a rate, never one of the two flows between a level and the
  level it moved from (checker/link/identity_gates.py: the balance goes with it).
- A sentence that opens so as to continue the one before (`That is up a fifth on last year's 80 teams`:
  `[link.continuations]`) states a change of the level before, forecast or not, from the prior set right after the
  change (checker/link/relations.py).
- A price compared with another of its currency: a fraction before a comparative (`about a sixth less than the £42`,
  `a fifth below the £3.75`: `[fractions] followed_by`, `[link.fraction_tails]`), a figure after a comparison word and
  its article (`compared with the £48`, `against the £2,600`), a rate set after `, or` and closed by a comparative
  (`, or about an eighth less.`), `cheaper` and `dearer` (checker/link/roles.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, mention_at

GROWTH, SUM, DIFFERENCE, PER_UNIT = ("F301", "F302", "F305", "F317")


# ---------------------------------------------------------------- `over`, a verb's particle, is no bound


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Farmers handed over 45 of the 60 ewes, three in four; the other 15 were bought at market.", "45"),
        ("The family signed over £40,000 to the trust and kept the other £10,000.", "£40,000"),
        ("Volunteers hand over 120 parcels a week to the food bank.", "120"),
        ("The club is handing over 30 kits to the junior section.", "30"),
        ("Police turned over 14 bikes to their owners last month.", "14"),
    ],
)
def test_over_after_its_verb_is_no_bound(text, written):
    assert mention_at(text, written)[1] == float(written.strip("£").replace(",", ""))
    from checker.extract.quantities import scan

    mentions, _ = scan(text, language="en")
    at = text.index(written)
    found = next(m for m in mentions if m.start <= at < m.end)
    assert found.quantity.qualifier is None


@pytest.mark.parametrize(
    "text",
    [
        "The hotline took over 300 calls on its first day.",
        "The appeal raised over £40,000 in a month.",
        "The fair drew more than 120 stalls this year.",
    ],
)
def test_over_as_a_bound_stays_one(text):
    from checker.extract.quantities import scan

    mentions, _ = scan(text, language="en")
    assert [m.quantity.qualifier for m in mentions if m.quantity.kind in ("count", "money")][0] == "over"


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe rescue\n\nThe rescue took in 84 hens this spring. Owners handed over 63 of the 84, three in four;"
        " the other 21 were found on farms.",
        "Thornby library\n\nThe library got 120 boxes of books. Estates handed over 90 of the 120; the other 30 came"
        " from schools.",
        "Kelby museum\n\nThe museum received 40 paintings. Families signed over 25 of the 40, and the other 15 were"
        " bought.",
        "Marwick shelter\n\nThe shelter took 56 dogs last year. Owners handed over 42 of the 56, while the other 14"
        " were strays.",
        "Pellow clinic\n\nThe clinic logged 70 donated chairs. Patients signed over 50 of the 70; the other 20 came"
        " from a charity.",
    ],
)
def test_parts_handed_over_add_up_to_their_whole(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("second", "fires"), [("21", False), ("31", True)])
def test_parts_handed_over_still_checked(knowledge, second, fires):
    text = f"Ashcombe rescue\n\nOwners handed over 63 hens and the council {second} hens, 84 hens in all."
    assert_checked(knowledge, text, SUM, fires=fires)


# ---------------------------------------------------------------- `£X each for the N members`


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe open\n\nPrize money totals £1,600: £800 for the winners, £400 for the runners-up and £200 each for"
        " the two beaten semi-finalists.",
        "Thornby quiz\n\nThe pot is £1,000: £500 for the champions, £300 for second place and £100 each for the two"
        " losing finalists.",
        "Kelby regatta\n\nThe purse totals £2,700: £1,200 for the winning crew and £500 each for the three losing"
        " crews.",
        "Marwick show\n\nAwards total £900: £300 for best in show and £150 each for its four class winners.",
        "Pellow fair\n\nGrants total £5,000: £2,000 for the hall and £750 each to four village clubs.",
    ],
)
def test_a_part_each_for_a_count_of_members_counts_once_per_member(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("each", "fires"), [("£200", False), ("£300", True)])
def test_a_part_each_for_a_count_still_checked(knowledge, each, fires):
    text = (
        "Ashcombe open\n\nPrize money totals £1,600: £800 for the winners, £400 for the runners-up and"
        f" {each} each for the two beaten semi-finalists."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


# ---------------------------------------------------------------- `each team plays the other five`


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe bowls\n\nThe 96 teams are drawn into 16 groups of six, and each team plays the other five in its"
        " group.",
        "Thornby chess\n\nThe 48 players sit in 12 tables of four, and each player meets the other three at its table.",
        "Kelby league\n\nThe 60 clubs form 10 divisions, and each club plays the remaining nine in its division.",
        "Marwick darts\n\nThe 40 pairs are split into 8 pools, and each pair faces the other four in its pool twice.",
        "Pellow croquet\n\nThe 72 entrants go into 9 flights of eight, and each entrant plays the other seven in its"
        " flight.",
    ],
)
def test_the_rest_of_a_group_is_no_share_each_unit_holds(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a count set before its share of a whole


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe farm\n\nThe farm is rearing 3,000 free-range geese. Customers have ordered 2,250 birds,"
        " three-quarters of the flock. At £80 a bird, the flock should bring in £240,000.",
        "Thornby orchard\n\nThe orchard grew 8,000 saplings. Buyers reserved 2,000 trees, a quarter of the stock."
        " At £15 a tree, the stock is worth £120,000.",
        "Kelby kennels\n\nThe kennels bred 200 spaniels. Families booked 150 puppies, three in four of the litter. At"
        " £600 a puppy, the litters are worth £120,000.",
        "Marwick mill\n\nThe mill will fill 5,000 bags. Bakers took 2,000 sacks, or 40 per cent of the run. At £30 a"
        " sack, the run is worth £150,000.",
        "Pellow nursery\n\nThe nursery potted 1,200 plants. Shops ordered 400 roses, a third of the crop. At £9 a rose,"
        " the crop is worth £10,800.",
    ],
)
def test_a_part_beside_its_share_is_not_the_units_a_price_values(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("£180,000", False), ("£240,000", True)])
def test_a_count_without_a_share_is_still_valued(knowledge, total, fires):
    text = f"Ashcombe farm\n\nCustomers have ordered 2,250 birds. At £80 a bird, the orders should bring in {total}."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- `up 4,000 on last year's 20,000`


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe fair\n\nThe organisers expect 24,000 visitors, up 4,000 on last year's 20,000.",
        "Thornby races\n\nThe meeting drew 9,500 racegoers, down 500 on last year's 10,000.",
        "Kelby show\n\nEntries reached 1,340, up 140 on the previous year's 1,200.",
        "Marwick market\n\nThe market let 212 stalls, up 12 on last summer's 200.",
        "Pellow festival\n\nThe festival sold 6,800 tickets, down 1,200 on last season's 8,000.",
    ],
)
def test_an_amount_up_on_last_years_figure_is_the_change(knowledge, text):
    assert_checked(knowledge, text, DIFFERENCE, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe fair\n\nThe organisers expect 24,000 visitors, up 2,000 on last year's 20,000.",
        "Thornby races\n\nThe meeting drew 9,500 racegoers, down 300 on last year's 10,400.",
        "Kelby show\n\nEntries reached 1,340, up 240 on the previous year's 1,200.",
        "Marwick market\n\nThe market let 212 stalls, up 21 on last summer's 200.",
    ],
)
def test_an_amount_up_on_last_years_figure_is_checked(knowledge, text):
    assert_checked(knowledge, text, DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe fair\n\nThe organisers expect 24,000 visitors, about 8,000 a day, up 4,000 on last year's 20,000.",
        "Thornby races\n\nThe course expects 30,000 racegoers, about 10,000 a day, up 5,000 on last year's 25,000.",
        "Kelby show\n\nThe show expects 12,000 visitors, some 4,000 a day, up 2,000 on the previous year's 10,000.",
    ],
)
def test_a_figure_a_day_and_a_change_are_no_flows_of_a_level(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(
    "text",
    [
        "Kelby reserve\n\nThe reserve counts 130 deer, about 30 a month, with 10 culled, up from 110 last year.",
        "Ashcombe moor\n\nThe moor holds 260 ponies, about 60 a month, with 20 sold, up from 220 last year.",
        "Thornby lake\n\nThe lake has 390 swans, some 90 a week, with 30 ringed, up from 330 last winter.",
        "Marwick farm\n\nThe farm keeps 520 ewes, about 120 a month, with 40 culled, up from 440 last year.",
    ],
)
def test_a_figure_per_a_period_is_no_flow_of_a_balance(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(
    "text",
    [
        "Kelby rovers\n\nThe club signed 14 players and released 6, taking its squad to 40 from 32.",
        "Ashcombe stores\n\nThe chain opened 11 shops and shut 5, taking the total to 96 from 90.",
    ],
)
def test_a_balance_of_two_flows_still_checked(knowledge, text):
    # (a balance whose arithmetic agrees with neither reading links nothing: only the holding one is read)
    assert_checked(knowledge, text, SUM, fires=False)


# ---------------------------------------------------------------- `That is up a fifth on last year's 80 teams`


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Kelby fair\n\nThe fair will bring 120 stalls to the green. That is up a fifth on last year's 100 stalls.",
            False,
        ),
        (
            "Kelby fair\n\nThe fair will bring 120 stalls to the green. That is up a third on last year's 100 stalls.",
            True,
        ),
        ("Ashcombe rally\n\nThe rally will draw 450 cars. That is up a half on last year's 300 cars.", False),
        ("Thornby regatta\n\nThe club will field 36 crews. That is up a third on last season's 27 crews.", False),
        ("Marwick show\n\nThe show expects 2,400 entries. That is down a fifth on last year's 3,000 entries.", False),
        ("Marwick show\n\nThe show expects 2,400 entries. That is down a third on last year's 3,000 entries.", True),
        ("Pellow market\n\nThe market will host 84 traders. That is up 20 per cent on last year's 70 traders.", False),
    ],
)
def test_a_change_continuing_the_sentence_before_from_a_prior_after_it(knowledge, text, fires):
    assert_checked(knowledge, text, GROWTH, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        "Kelby morris\n\nThe collection raised £2,880, an average of £240 a pub. That is up 60% from the £1,800 raised"
        " last year.",
        "Ashcombe fete\n\nThe tombola raised £1,500, about £50 a stall. That is up a quarter from the £1,200 raised"
        " last year.",
        "Thornby walk\n\nThe walk raised £6,600, some £30 a walker. That was up 10 per cent from the £6,000 raised"
        " last year.",
    ],
)
def test_a_change_continuing_the_sentence_before_is_of_no_figure_per_unit(knowledge, text):
    assert_checked(knowledge, text, GROWTH, fires=False)


def test_a_sentence_of_its_own_subject_takes_no_level_before(knowledge):
    text = "Kelby fair\n\nThe fair will bring 120 stalls to the green. Rents are up a third on last year's £100."
    assert_not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a price compared with another of its currency


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Kelby crafts\n\nThe chain pays NOK300 a bowl, roughly £24 each, about a sixth less than the £29 the"
            " shop asks.",
            False,
        ),
        (
            "Kelby crafts\n\nThe chain pays NOK300 a bowl, roughly £24 each, about a third less than the £29 the"
            " shop asks.",
            True,
        ),
        ("Ashcombe butchers\n\nThe contract price of £4 a kilo is a fifth below the £5 the shop charges.", False),
        ("Ashcombe butchers\n\nThe contract price of £4 a kilo is a half below the £5 the shop charges.", True),
        (
            "Thornby pens\n\nThat is 180 zloty a pen, roughly £36 each, compared with the £40 the firm charges, or"
            " about a tenth less.",
            False,
        ),
        (
            "Thornby pens\n\nThat is 180 zloty a pen, roughly £36 each, compared with the £40 the firm charges, or"
            " about a third less.",
            True,
        ),
        (
            "Marwick clocks\n\nThe firm will be paid $2,000 a clock, about £1,480, against the £1,700 it asks at home,"
            " about 13 per cent lower.",
            False,
        ),
        (
            "Pellow cheese\n\nThe export price is £18 a wheel, about 10 per cent cheaper than the £20 it fetches here.",
            False,
        ),
        (
            "Pellow cheese\n\nThe export price is £18 a wheel, about 30 per cent cheaper than the £20 it fetches here.",
            True,
        ),
        ("Pellow cheese\n\nThe export price is £24 a wheel, a fifth dearer than the £20 it fetches here.", False),
    ],
)
def test_a_price_compared_with_another_of_its_currency(knowledge, text, fires):
    assert_checked(knowledge, text, GROWTH, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        "Kelby cup\n\nThe side scored 40 points against the 12 visiting teams.",
        "Ashcombe fair\n\nThe fair drew 900 people against the 3 rival events in town.",
    ],
)
def test_a_count_against_another_noun_is_no_baseline_of_a_change(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- `gave over £X`: a bound, no particle


@pytest.mark.parametrize(
    "text",
    [
        "Pellow appeal\n\nDonors gave over £40,000 to the appeal: £30,000 from local firms and £12,000 from residents.",
        "Kelby fund\n\nSupporters gave over £9,000 to the fund: £5,000 from churches and £4,500 from schools.",
        "Marwick drive\n\nResidents gave over 500 coats to the drive: 300 from one estate and 240 from the rest.",
        "Thornby bank\n\nShoppers give over 2,000 tins a month: 1,200 at the main store and 900 at the others.",
        "Ashcombe trust\n\nBackers have given over $60,000 this year: $40,000 from firms and $25,000 from families.",
    ],
)
def test_gave_over_a_figure_is_a_bound(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- `That is up …` continues a level, never a count added


@pytest.mark.parametrize(
    "text",
    [
        "Kelso market\n\nThe Kelso market has 120 stalls this summer and will add 30 more next year.\n\nThat is up a"
        " fifth on last summer's 100 stalls.",
        "Thornby fair\n\nThe fair has 150 rides this year and will add 40 more next year.\n\nThat is up a half on"
        " last year's 100 rides.",
        "Kelby league\n\nThe league fields 90 teams this season and will add 20 more in the next.\n\nThat is up a fifth"
        " on last season's 75 teams.",
        "Marwick show\n\nThe show drew 60 exhibitors this year and will take 25 more in 2025.\n\nThat is up a quarter"
        " on last year's 48 exhibitors.",
        "Ashcombe games\n\nThe games had 200 events in 2024 and will add 50 more in 2026.\n\nThat is up a third on"
        " 2023's 150 events.",
    ],
)
def test_that_is_up_continues_a_level_not_a_count_added(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)
