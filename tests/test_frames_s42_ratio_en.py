"""English ratios on copy never seen (forty-second session, lane `ratio_en`): work shared out among the people who do
it, a figure per one item multiplied out by a clause of consequence, and a multiple's bare baseline.

- A total shared out by the units of a relative clause after it (`1,200 hours in all, which the yard's four joiners
  will share at 300 hours each`: `[link.shared_total_relatives]`, `[link.share_out_verbs]`), and a figure per one
  item before a clause of consequence (`Each boat takes 50 hours, which means 6,000 hours of work for the yard's 12
  joiners, or about 500 hours each`: `[link.premise_consequence_openers]`) no rival total of the `each` figure
  (checker/link/rates_then_each.py).
- A figure per one of the noun a sentence opens on (`each`, `every`, or the article of one: `A repair takes about six
  hours`, `[link.one_noun_opening]`), whatever its verb, multiplied out by a clause of consequence in its sentence
  (`, so the year's 540 repairs took some 3,240 hours`, `, meaning 168 heats have been raced`): the count that clause
  states, or the count of the noun stated before (checker/link/per_one_products.py `_multiplied_out_so`); a total
  shared out already (`… at 360 hours each`) may still be that product.
- A bare number right after a multiple and `the` (`double the 270 of the year before`, `four times the 60 it fitted`)
  counts the noun of the value compared (`[elided_counts] before`), so the multiple is checked.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT, MULTIPLE = "F317", "F304"


def _checked(knowledge, text: str, fires: bool, rule: str = PER_UNIT) -> None:
    assert_checked(knowledge, text, rule, fires)


def _not_linked(knowledge, text: str, rule: str = PER_UNIT) -> None:
    assert_not_linked(knowledge, text, rule)


# ---------------------------------------------------------------- a total the units of a relative clause share out

_SHARED = [
    (
        "A chair takes about six hours to make, 1,200 hours for the whole order, which the workshop's four joiners "
        "will share at {rate} hours each."
    ),
    "The refit needs 1,200 hours in all, which the four joiners will split at {rate} hours each.",
    (
        "Each saddle takes about 30 hours, 1,200 hours for the contract, which the firm's four saddlers will share "
        "at roughly {rate} hours apiece."
    ),
    "Rebuilding the organ will take 1,200 hours, which its four restorers will divide at about {rate} hours each.",
    (
        "A boat needs some 150 hours of sanding and varnish, 1,200 hours across the season, which the club's four "
        "volunteers share at {rate} hours each."
    ),
]


@pytest.mark.parametrize("text", _SHARED)
@pytest.mark.parametrize(("rate", "fires"), [("300", False), ("500", True)])
def test_a_total_the_units_of_a_relative_clause_share_out_is_checked(knowledge, text, rate, fires):
    _checked(knowledge, text.format(rate=rate), fires)


@pytest.mark.parametrize(
    "text",
    [
        # (no verb of sharing: the relative clause says what the units did, not that they share the total)
        "The refit needs 1,200 hours in all, which the four joiners began in May, working 45 hours each.",
        # (a clause of time, no relative word: the figure before is no antecedent)
        "The refit took 1,200 hours in all, when the four joiners were paid for 45 hours each.",
    ],
)
def test_a_relative_clause_of_no_sharing_is_not_linked(knowledge, text):
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- a premise before a clause of consequence

_PREMISES = [
    "Each boat takes about 50 hours, which means 6,000 hours of work for the yard's 12 joiners, or about {rate} hours "
    "each.",
    "Every kayak needs roughly 50 hours, meaning 6,000 hours for the shop's 12 builders, or {rate} hours apiece.",
    "A quilt takes 50 hours, so the order comes to 6,000 hours for the guild's 12 stitchers, about {rate} hours each.",
]


@pytest.mark.parametrize("text", _PREMISES)
@pytest.mark.parametrize(("rate", "fires"), [("500", False), ("800", True)])
def test_a_premise_before_a_clause_of_consequence_is_no_rival_total(knowledge, text, rate, fires):
    _checked(knowledge, text.format(rate=rate), fires)


def test_two_totals_with_no_consequence_between_stay_unlinked(knowledge):
    # (two figures of hours before the units, neither the premise of a clause of consequence: which one, unsaid)
    text = "The yard logged 50 hours on Monday and 6,000 hours this year for its 12 joiners, or about 500 hours each."
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- a figure per one multiplied out by `so`, `meaning`

_MULTIPLIED = [
    ("A repair takes about four hours, so the year's 310 repairs took some {total} hours at the bench.", 1240),
    (
        "Carnivals were held in 12 villages this summer.\n\nEach village put in about 900 hours, so the 12 carnivals "
        "took some {total} hours of unpaid labour.",
        10800,
    ),
    (
        "The speedway club held 14 home meetings this season.\n\nEach meeting runs 12 heats, meaning {total} heats "
        "have been raced at the track since March.",
        168,
    ),
    (
        "The skittles league has 40 teams this winter.\n\nEach team puts out six players on a match night, so some "
        "{total} players will be bowling across the district.",
        240,
    ),
    (
        "The firm made 800 pairs of boots this year.\n\nA pair takes around five hours from cutting to stitching, "
        "which means {total} hours of work over the year.",
        4000,
    ),
]


@pytest.mark.parametrize(("text", "total"), _MULTIPLIED)
def test_a_figure_per_one_multiplied_out_by_a_clause_of_consequence_is_checked(knowledge, text, total):
    _checked(knowledge, text.format(total=f"{total:,}"), fires=False)
    _checked(knowledge, text.format(total=f"{total * 2:,}"), fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the clause counts who did it, no session: the article counts no sessions)
        "Each session lasts two hours, so the 12 volunteers gave 480 hours.",
        # (the clause's own count written bare is read as no figure: no count of the noun is taken for it)
        "The city has 60 new fountains.\n\nEach fountain costs about £180 a year, so the full network of 105 will "
        "need £18,900 a year.",
        # (no clause of consequence: what one does, no product)
        "The league has 40 teams. Each team puts out six players on a match night, and 240 players turned up.",
    ],
)
def test_a_figure_per_one_with_no_units_of_its_noun_is_not_linked(knowledge, text):
    _not_linked(knowledge, text)


def test_a_shared_out_total_is_still_a_product(knowledge):
    # (the order's hours both multiplied out from a pair's and shared out among the makers)
    text = (
        "A bootmaker in Harwell will make 200 pairs for a shop in Bergen.\n\nEach pair takes about 10 hours at the "
        "bench, {total} hours for the whole order, which the firm's five makers will share at roughly 400 hours each."
    )
    _checked(knowledge, text.format(total="2,000"), fires=False)
    _checked(knowledge, text.format(total="3,000"), fires=True)


# ---------------------------------------------------------------- a multiple's bare baseline

_MULTIPLES = [
    "The shop fixed 540 machines this year, double the {base} of the year before.",
    "The council will fit heat pumps in 240 homes, four times the {base} it fitted in a pilot.",
    "The club now has 840 members, about three times the {base} it had in 2015.",
    "The city will have 105 fountains, more than twice the {base} it has now.",
    "Volunteers planted 1,500 trees this winter, triple the {base} planted last year.",
]
_BASES = [(270, 400), (60, 120), (280, 500), (45, 70), (500, 900)]


@pytest.mark.parametrize(("text", "bases"), list(zip(_MULTIPLES, _BASES, strict=True)))
def test_a_bare_baseline_after_a_multiple_is_checked(knowledge, text, bases):
    holds, broken = bases
    _checked(knowledge, text.format(base=holds), fires=False, rule=MULTIPLE)
    _checked(knowledge, text.format(base=broken), fires=True, rule=MULTIPLE)


def test_a_year_after_a_multiple_is_no_baseline(knowledge):
    _not_linked(knowledge, "The market sold 900 boxes, twice the 2019 level.", rule=MULTIPLE)


# ---------------------------------------------------------------- a price per unit of the deal the lead states

_DEALS = [
    (
        "A Sligo workshop is to make 480 drums for a Boston music shop in a deal worth €62,400, its owner said.\n\n"
        "The workshop will be paid an average of €{price} a drum."
    ),
    (
        "A Devon farm will send 4,200 bottles of cider to a Zurich food hall under a £84,000 (about CHF95,000) deal."
        "\n\nThe bottles hold 500ml each, so the order amounts to 2,100 litres, at £{price} a bottle."
    ),
    (
        "A Cumbrian farm has signed a £24,000 order with a department store in Osaka.\n\n"
        "Fellside Farm will send 1,200 jars, at £{price} a jar, to the store's food hall in November."
    ),
    (
        "A Tyrol foundry has agreed a €2.6 million order for 40,000 cowbells from a ranch-supply chain.\n\n"
        "The bells will sell to the chain at an average of €{price} apiece."
    ),
    (
        "A Kent cobnut farm has signed a DKK280,000 deal to supply restaurants in Aarhus this autumn.\n\n"
        "The farm will ship eight tonnes between August and October. The price works out at DKK{price} a kilogram."
    ),
]
_DEALS.append(
    # (`the kilts, at £480 apiece`: the noun right before the price names the lead's count, past another count)
    "A Perth kiltmaker has won an order for 260 kilts in a £124,800 deal.\n\nThe firm, which employs 13 kiltmakers "
    "in a workshop near the river, said on Thursday that the kilts, at £{price} apiece, would go to pipe bands."
)
_DEAL_PRICES = {
    "480 drums": ("130", "180"),
    "4,200": ("20", "30"),
    "1,200 jars": ("20", "30"),
    "40,000": ("65", "95"),
    "eight tonnes": ("35", "55"),
    "260 kilts": ("480", "680"),
}


@pytest.mark.parametrize("text", _DEALS)
def test_a_price_per_unit_of_the_deal_the_lead_states_is_checked(knowledge, text):
    holds, broken = next(v for k, v in _DEAL_PRICES.items() if k in text)
    _checked(knowledge, text.format(price=holds), fires=False)
    _checked(knowledge, text.format(price=broken), fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a price set apart from the deal: the shops' own)
        "A Sligo workshop is to make 480 drums for a Boston shop in a deal worth €62,400.\n\n"
        "The drums usually sell in the shops at €250 a drum.",
        # (another amount of the currency between: which one a price divides, unsaid)
        "A Sligo workshop is to make 480 drums for a Boston shop in a deal worth €62,400.\n\n"
        "It will make 300 large drums for €45,000 and 180 small ones, and the workshop will be paid €150 a drum.",
        # (the lead's amount named no deal: a year's takings)
        "A Sligo workshop made 480 drums last year and took €62,400.\n\nA Boston shop pays €90 a drum.",
        # (a price of another noun than the lead counts)
        "A Sligo workshop is to make 480 drums for a Boston shop in a deal worth €62,400.\n\n"
        "Shipping will cost €40 a crate.",
    ],
)
def test_a_price_apart_from_the_deal_is_not_linked(knowledge, text):
    _not_linked(knowledge, text)


def test_an_added_count_between_is_no_rival_count_of_the_noun(knowledge):
    # (`The 12 new teams`: an addition's size; `a quarter of all the teams, 15`: a part; the lead's 60 teams stay the
    # count the figure per one team is multiplied over)
    text = (
        "Darts league grows to 60 teams\n\nThe Hollin Vale Darts League will field 60 teams next winter, up from 48, "
        "its committee said.\n\nThe 12 new teams come from four villages, and a quarter of all the teams, 15, are "
        "now mixed sides.\n\nEach team puts out five players on a match night, so some {total} players will be "
        "throwing across the vale."
    )
    _checked(knowledge, text.format(total="300"), fires=False)
    _checked(knowledge, text.format(total="420"), fires=True)


def test_a_hyphenated_rate_after_a_multiple_stays_as_written(knowledge):
    # (`twice the 4,000-a-day cap`: a word's first part, read as before: the multiple compares the day with the cap)
    text = "The busiest day brought {n} visitors, more than twice the 4,000-a-day cap the council is weighing."
    _checked(knowledge, text.format(n="9,100"), fires=False, rule=MULTIPLE)
    _checked(knowledge, text.format(n="5,100"), fires=True, rule=MULTIPLE)


# ---------------------------------------------------------------- a price a head of the people counted before

_HEADS = [
    "The show drew {n} spectators on Saturday. At £6 a head, the gate brought in £18,000.",
    "Some {n} members renewed this year. At £6 a head, subscriptions raised £18,000 for the club.",
    "The supper drew {n} diners to the village hall. At £6 a person, the supper brought in £18,000 for the roof fund.",
    (
        "The shearing contest drew 146 competitors on Saturday.\n\nThe final was watched by some {n} spectators. "
        "At £6 a head, the gate brought in £18,000."
    ),
    "The mill tour took {n} visitors round the works. At £6 per head, tickets brought in £18,000.",
]


@pytest.mark.parametrize("text", _HEADS)
@pytest.mark.parametrize(("n", "fires"), [("3,000", False), ("4,500", True)])
def test_a_price_a_head_of_the_people_counted_before_is_checked(knowledge, text, n, fires):
    _checked(knowledge, text.format(n=n), fires)


@pytest.mark.parametrize(
    "text",
    [
        # (two counts of people in the sentence before: whose heads, unsaid)
        "The show drew 3,000 spectators and 400 exhibitors on Saturday. At £6 a head, the gate brought in £18,000.",
        # (a count of no people: a head of what, unsaid)
        "The yard stacked 3,000 pallets on Saturday. At £6 a head, the gate brought in £18,000.",
    ],
)
def test_a_price_a_head_of_no_one_count_of_people_is_not_linked(knowledge, text):
    _not_linked(knowledge, text)
