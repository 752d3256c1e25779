"""English totals over a term and figures per unit whose partners stand in other sentences (thirty-first session,
lane `ratio-en`).

- A total with its yearly amount set after a bare comma (`will press 9,000 barrels over three years, 3,000 a year`,
  a count whose noun is left out or a measure of the total's unit; the term in the total's sentence, or the sentence
  before in its paragraph or the lead's): checker/link/per_period_apart.py, rule F312.
- A price per a unit of measure whose paragraph states no measure of that unit: the lead's measure, over the one
  total of its own sentence or the one before (checker/link/per_unit_fallback.py, `_measure_earlier`), F317.
- Units sold at a price (`built 3,200 sheds and sold the lot at an average of £900 each`): the lead's takings even
  when the lead names them otherwise, or the one total of the sentence before (`_priced_sale`), past the count's
  own earlier level (`up from 2,900`).
- A figure per the units its own sentence counts, past paragraphs that break the lead's total down (`_lead_whole`),
  a count of people of any kind for a noun of one kind of person (`5,300 people` of `an inhabitant`).
- A figure per unit set after its total with a bare comma (`the parish $12,000, about $40 for each of its 300
  homes`): checker/link/per_unit.py.
- A margin right after a profit of no kind (`made a profit of €1.4m, a margin of 8 per cent`, `a surplus of`): the
  bottom line's margin over revenue (checker/link/margins.py), F318.
- A figure marked `each` after a total in a sentence opening on the noun of an earlier count (`Walkers spent £1.3m,
  or £25 each`: `_count_its_sentence_names`).

Never for another unit, another term or none, a figure between, a term of a paragraph that is not the lead's, two
measures in the lead, a larger figure of the unit between (another pot), a sentence opening on another noun.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

PER_PERIOD = "F312"
PER_UNIT = "F317"


# ---------------------------------------------------------------- a total over a term, then its yearly amount


@pytest.mark.parametrize("yearly,fires", [("30,000", False), ("about 30,000", False), ("45,000", True)])
def test_a_count_over_a_term_then_a_yearly_amount_after_a_bare_comma(knowledge, yearly, fires):
    text = f"The hatchery will release 90,000 salmon smolts into the river over three years, {yearly} a year."
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("yearly,fires", [("120 tonnes", False), ("150 tonnes", True)])
def test_a_measure_over_a_term_then_its_share_in_each_year(knowledge, yearly, fires):
    text = f"Under the deal the quarry is to supply 480 tonnes of granite setts over four years, {yearly} in each year."
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize("yearly,fires", [("500 sailings", False), ("650 sailings", True)])
def test_the_term_of_the_sentence_before_in_its_paragraph(knowledge, yearly, fires):
    text = (
        "Island ferry charter renewed\n\n"
        f"The island council has signed a five-year charter with the operator. It covers 2,500 sailings, {yearly} a "
        "year, from the harbour at Port Liss."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


@pytest.mark.parametrize(
    "text",
    [
        # another unit after the comma
        "The dairy will deliver 60,000 litres of milk over three years, 20,000 crates a year.",
        # no term stated
        "The mill bought 5,000 tonnes of wheat from the estate, 1,200 tonnes a year.",
        # joined by `and`: two amounts, no restatement
        "The brewery sold 9,000 kegs over three years and 3,000 kegs a year to one pub chain.",
        # a figure between the total and the amount
        "The port shipped 9,000 crates over three years, 4,000 of them by sea, 2,000 a year.",
    ],
)
def test_no_yearly_amount_of_another_unit_term_or_clause(knowledge, text):
    assert_not_checked(knowledge, text, PER_PERIOD)


def test_a_term_of_a_paragraph_that_is_not_the_leads_is_another_deals(knowledge):
    text = (
        "Depot restocked\n\n"
        "The county depot took delivery of new gritters on Monday, the highways office said.\n\n"
        "Councillors also agreed a four-year road budget.\n\n"
        "The depot now stores 800 tonnes of rock salt, 150 tonnes a year."
    )
    assert_not_checked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- a price per a unit of measure, the lead's measure

TOWPATH = (
    "Canal trust finishes towpath work\n\n"
    "The Wendle Canal Trust has resurfaced {lead} of towpath between the two flight locks, it said on Friday.\n\n"
    "Walkers' groups had campaigned for the work for a decade. The job cost £540,000, most of it from a lottery "
    "grant. That comes to about {price} a kilometre."
)


@pytest.mark.parametrize("price,fires", [("£30,000", False), ("£45,000", True)])
def test_a_price_per_kilometre_takes_the_leads_length(knowledge, price, fires):
    assert_checked(knowledge, TOWPATH.format(lead="18 kilometres", price=price), PER_UNIT, fires)


def test_two_lengths_in_the_lead_leave_the_length_unsaid(knowledge):
    text = TOWPATH.format(lead="18 kilometres and 6 kilometres of bank", price="£45,000")
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- units sold at a price

SHEDS = (
    "Shed maker's accounts filed\n\n"
    "Brackley Timber raised its sales by 9 per cent to £2.88 million in the year to September, its accounts show.\n\n"
    "Its workshop built 3,200 sheds, up from 2,900 the previous year, and sold the lot at an average of {price} each."
)


@pytest.mark.parametrize("price,fires", [("£900", False), ("about £900", False), ("£1,200", True)])
def test_units_sold_at_a_price_share_the_leads_takings(knowledge, price, fires):
    assert_checked(knowledge, SHEDS.format(price=price), PER_UNIT, fires)


@pytest.mark.parametrize("price,fires", [("€70", False), ("€95", True)])
def test_units_sold_at_a_price_share_the_takings_of_the_sentence_before(knowledge, price, fires):
    text = (
        "Cidery has record year\n\n"
        "The Dunmore cidery opened a second press in March, its owners said.\n\n"
        "Takings rose 12 per cent to €4.2 million. The cidery sold 60,000 cases, compared with 52,000, at an "
        f"average price of {price} each."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_units_sold_at_a_price_share_no_profit(knowledge):
    text = SHEDS.format(price="£1,200").replace("its sales", "its operating profit")
    assert_not_checked(knowledge, text, PER_UNIT)


def test_units_paid_with_no_sale_take_no_takings(knowledge):
    text = (
        "Ferry operator reports\n\n"
        "Fares brought in £3.2 million in the year, the island ferry company said.\n\n"
        "The operator's 14 crew, up from 12, were paid £41,000 each."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- the lead's total past its breakdown

HALL = (
    "Village hall has busiest year\n\n"
    "The Corran village hall took £96,000 in bookings in the year to April, its trustees said.\n\n"
    "Weddings brought in £51,000 and evening classes £30,000.{between}\n\n"
    "With 400 households in its catchment, hire fees come to roughly {price} a household."
)


@pytest.mark.parametrize("price,fires", [("£240", False), ("£330", True)])
def test_a_figure_per_its_sentences_units_takes_the_leads_total_past_its_parts(knowledge, price, fires):
    assert_checked(knowledge, HALL.format(between="", price=price), PER_UNIT, fires)


def test_a_larger_figure_between_is_another_pot(knowledge):
    text = HALL.format(between=" The parish council's own budget is £180,000.", price="£330")
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("price,fires", [("£80", False), ("£120", True)])
def test_a_count_of_people_counts_a_noun_of_one_kind_of_person(knowledge, price, fires):
    text = (
        "Valley pharmacy keeps its doors open\n\n"
        "The Glenmore community pharmacy took £96,000 over the twelve months to October, its board said.\n\n"
        "Prescriptions made up £61,000 of that and toiletries £20,000.\n\n"
        f"Among the glen's 1,200 people, that comes to roughly {price} an inhabitant."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- `each` in a sentence opening on a count's noun

WALKERS = (
    "Reservoir path draws record numbers\n\n"
    "Counters at the Harlow reservoir recorded 52,000 walkers over the summer, up from 47,000, the water company "
    "said.\n\n"
    "{subject} spent an estimated £1.3 million in nearby villages, or {price} each."
)


@pytest.mark.parametrize("price,fires", [("£25", False), ("£40", True)])
def test_each_after_a_total_in_a_sentence_opening_on_a_counts_noun(knowledge, price, fires):
    assert_checked(knowledge, WALKERS.format(subject="Walkers", price=price), PER_UNIT, fires)


def test_each_in_a_sentence_opening_on_a_noun_of_two_counts_is_unsaid(knowledge):
    text = WALKERS.format(subject="Walkers", price="£40").replace(
        "over the summer,", "over the summer and 9,000 walkers on the winter loop,"
    )
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a figure per unit set after its total by a comma


@pytest.mark.parametrize("each,fires", [("$40", False), ("about $40", False), ("$55", True)])
def test_a_figure_per_unit_set_after_its_total_with_a_bare_comma(knowledge, each, fires):
    text = f"The county paid $90,000 and the parish $12,000, {each} for each of its 300 homes."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_a_figure_per_unit_after_and_is_no_restatement(knowledge):
    text = "The county paid $90,000 and the parish $12,000 and $55 for each of its 300 homes."
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a margin right after a profit of no kind

MARGIN = "F318"


@pytest.mark.parametrize("rate,fires", [("9 per cent", False), ("about 9%", False), ("13 per cent", True)])
def test_a_margin_after_a_profit_of_no_kind_is_over_revenue(knowledge, rate, fires):
    text = (
        "Seed merchant reports\n\n"
        "First-half revenue at the Varden seed merchant was €18.0 million, up from €16.2 million.\n\n"
        f"The merchant posted a profit of €1.62 million, a margin of {rate}."
    )
    assert_checked(knowledge, text, MARGIN, fires)


@pytest.mark.parametrize("kind", ["gross profit", "loss"])
def test_a_margin_after_a_gross_profit_or_a_loss_is_no_net_margin(knowledge, kind):
    text = (
        "Seed merchant reports\n\n"
        "First-half revenue at the Varden seed merchant was €18.0 million, up from €16.2 million.\n\n"
        f"The merchant posted a {kind} of €1.62 million, a margin of 12 per cent."
    )
    assert_not_checked(knowledge, text, MARGIN)


# ---------------------------------------------------------------- clean paragraphs: figures near, not related

CLEAN = [
    "The orchard planted 2,400 trees over two years, 300 of them pears, and lost 40 to frost.",
    "The quarry shipped 480 tonnes of stone over four years. A new crusher cost £150,000 in 2023.",
    "The theatre sold 18,000 tickets over three seasons, and its 40 volunteers gave 6,000 hours a year.",
    "The museum drew 52,000 visitors; its shop took £96,000, and 1,200 members paid £35 a year.",
    "With 400 households in the parish and a £96,000 hall, the trustees set hire at £20 an hour.",
    "The council spent £2.4 million on roads. Separately, 120 volunteers cleared 18 kilometres of hedges.",
    "The ferry carried 9,000 passengers in the summer. Fuel cost £41,000, and the 14 crew each took a week off.",
    "Takings rose to €4.2 million. The cidery's 60 staff, up from 52, were given €500 each as a bonus.",
    "The farm sold 5,000 lambs last year, compared with 4,600, and bought 300 ewes at £180 each at the spring sale.",
    "Walkers logged 52,000 visits. The path cost £1.3 million to build in 2019, and its 12 benches £400 each.",
    "The club has 240 members, plays 30 matches a season and pays £9,000 a year for its ground.",
    "The co-op's 62 farms grow 1,800 hectares of barley, and it paid £2.1 million for a new store in 2024.",
    "The hatchery released 90,000 smolts. Its three tanks hold 40,000 litres, and power costs £3,000 a month.",
    "A five-year charter was signed in May. The port handled 2,500 sailings and 8,000 cars in the year.",
    "The glassworks made 7,000 jugs and 9,000 bowls, and its kiln burned 300 tonnes of gas at £600 a tonne.",
    "The festival sold 6,200 weekend passes and 1,900 day tickets; the 310 stewards worked 12-hour shifts.",
    "The parish gave $12,000, the county $90,000, and the 300 homes on the estate pay $40 a month for water.",
    "The school raised £8,000, £2,000 more than planned, and its 400 pupils each planted a tree.",
    "Revenue was €18.0 million. The merchant posted a profit of €1.62 million; 12 per cent of staff are apprentices.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_near_but_unrelated_raise_nothing(knowledge, text):
    result = findings(knowledge, document("Local news\n\n" + text), select=[PER_UNIT, PER_PERIOD, MARGIN])
    assert not result.findings, [f.message for f in result.findings]
