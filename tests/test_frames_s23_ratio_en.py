"""English ratios (twenty-third session), each a rule for a construction of a price per unit sold:
- a price in bare cents (`at an average price of 20 cents a bulb`) in a sentence stating no other money is in the
  article's currency when every other money figure the article states is in one currency (euro cents, New Zealand
  cents), so it divides the article's takings; a hedge may open the cents figure (`or about 85 cents a week`)
  (checker/link/cents_of_the_currency.py). An article stating money in two currencies leaves the cents US cents;
- `kilo` and `kilos` are kilograms (`[measures]`): a price `a kilo` divides the takings by a tonnage stated before;
- a pronoun of the units right after a takings word (`picked 20,000 tonnes of pears, selling them at an average of
  €2.60 a kilogram`, `selling it at`: `[link.sold_units_pronouns]`) names nothing else in the price's clause, so the
  price is of the lead's takings as after `at an average of` alone (checker/link/partners.py). Another verb
  (`paying pickers an average of`, `buying them at`) or a lead stating a profit, not takings, leaves it unlinked;
- a price per a unit whose average's mark follows the noun (`sold 1.5 million cases, earning £60 a case on
  average`, `fetching £300,000 a home on average`: `[link.average_after_noun]`), after a participle of what each
  unit sold for (`[link.price_participles]`), is per the count of that noun (checker/link/partners.py); a figure
  after another verb (`paying hauliers £4 a case on average`, `costing £200,000 a home on average`) or of workers'
  pay (`employs 200 workers, earning £30,000 a worker on average`) is not, nor an average of a part's sum stated
  after it;
- a margin's profit and revenue whose scope names the whole or its accounting basis (`net sales`, `overall revenue`,
  `comparable operating profit`, `underlying operating profit`: `[link.whole_basis_scopes]`) are the whole's, so the
  margin stated in another sentence is over that revenue (checker/link/margin_bases.py; the claims keep the scope
  for the other rules). A segment's scope (`Asian sales`) or two figures of the metric (`gross` and `net sales`)
  leave it unplaced.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- cents in the article's one currency

_BULBS = (
    "Velder Co-operative said revenue rose to €40.0m in the year.\n\n"
    "It sold 200 million bulbs, at an average price of {each} cents a bulb."
)
_PACKETS = (
    "Harrow Seeds said sales rose to NZ$12.0m in the year.\n\n"
    "The company shipped 60 million packets, at an average of {each} cents a packet."
)


@pytest.mark.parametrize("each,fires", [("20", False), ("25", True)])
def test_euro_cents_in_a_sentence_of_no_other_money_divide_the_euro_takings(knowledge, each, fires):
    assert_checked(knowledge, _BULBS.format(each=each), "F317", fires)


@pytest.mark.parametrize("each,fires", [("20", False), ("30", True)])
def test_cents_of_another_dollar_take_the_articles_one_currency(knowledge, each, fires):
    assert_checked(knowledge, _PACKETS.format(each=each), "F317", fires)


def test_a_hedged_cents_figure_takes_its_sentences_currency(knowledge):
    text = "The levy rises from NZ$300 to NZ$352 a year. That is NZ$52 more a year, or about 100 cents a week."
    cents = next(c for c in claims(text, knowledge).claims if "cents" in c.text)
    assert cents.unit == "NZD"


def test_cents_in_an_article_of_two_currencies_stay_us_cents(knowledge):
    text = "Revenue rose to €40.0m, or US$43.0m.\n\nIt sold 200 million bulbs, at an average price of 20 cents a bulb."
    cents = next(c for c in claims(text, knowledge).claims if "cents" in c.text)
    assert cents.unit == "USD"


# ---------------------------------------------------------------- `a kilo`


@pytest.mark.parametrize("each,fires", [("€2.60", False), ("€3.10", True)])
def test_a_price_a_kilo_divides_the_takings_by_the_tonnage(knowledge, each, fires):
    text = (
        "Brightwater Farms said revenue rose to €52.0m in the year.\n\n"
        f"The company sold 20,000 tonnes of apples, at an average of {each} a kilo."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_kilos_are_a_measure_in_kilograms(knowledge):
    found = claims("Growers sold 12 kilos of honey at the fair.", knowledge).claims
    assert [(c.kind, c.unit) for c in found] == [("measure", "kg")]


# ---------------------------------------------------------------- `selling them at an average of`


@pytest.mark.parametrize("each,fires", [("€2.60", False), ("€3.60", True)])
def test_selling_them_at_an_average_is_a_price_of_the_units_before(knowledge, each, fires):
    text = (
        "Brightwater Farms said revenue rose to €52.0m in the year.\n\n"
        f"The company picked 20,000 tonnes of pears, selling them at an average of {each} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("£0.40", False), ("£0.45", True)])
def test_selling_it_at_an_average_is_a_price_of_the_measure_before(knowledge, each, fires):
    text = (
        "Carnmoor Slate said turnover rose to £2.0m last year.\n\n"
        f"The quarry cut 5,000 tonnes of slate, selling it at an average of {each} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "lead,clause",
    [
        ("revenue", "paying pickers an average of €0.20 a kilogram"),
        ("revenue", "buying them at an average of €0.20 a kilogram"),
        ("operating profit", "selling them at an average of €1.10 a kilogram"),
    ],
)
def test_a_price_of_another_verb_or_after_a_profit_is_not_of_the_takings(knowledge, lead, clause):
    text = (
        f"Brightwater Farms said {lead} rose to €52.0m in the year.\n\n"
        f"The company picked 20,000 tonnes of pears, {clause}."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `earning £60 a case on average`


@pytest.mark.parametrize("each,fires", [("£60", False), ("£75", True)])
def test_a_price_a_unit_on_average_after_earning(knowledge, each, fires):
    text = (
        "Glenmoor Distillers said revenue rose to £90.0m in the year.\n\n"
        f"The firm sold 1.5 million cases, earning {each} a case on average."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("£300,000", False), ("£340,000", True)])
def test_a_price_a_unit_on_average_after_fetching(knowledge, each, fires):
    text = (
        "Ashgrove Builders said revenue rose to £300m in the year.\n\n"
        f"It sold 1,000 homes, fetching {each} a home on average."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("£80", False), ("£95", True)])
def test_a_price_a_unit_on_average_after_selling_for(knowledge, each, fires):
    text = (
        "Ferncliff Cheese said sales rose to £4.0m in the half.\n\n"
        f"It made 50,000 wheels, selling for {each} a wheel on average."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "It shipped 1.5 million cases, paying hauliers £4 a case on average.",
        "It shipped 1.5 million cases, and duty took £20 a case on average.",
        "It filled 1.5 million cases, with glass costing £4 a case on average.",
        "The firm employs 200 workers, earning £30,000 a worker on average.",
        "The firm sold 1.5 million cases. Staff were paid £500 a week on average.",
    ],
)
def test_a_figure_a_unit_on_average_after_another_verb_is_no_price(knowledge, sentence):
    text = f"Glenmoor Distillers said revenue rose to £90.0m in the year.\n\n{sentence}"
    assert_not_checked(knowledge, text, "F317")


def test_a_figure_a_unit_on_average_after_a_profit_lead_is_no_price(knowledge):
    text = (
        "Glenmoor Distillers said operating profit rose to £90.0m in the year.\n\n"
        "The firm sold 1.5 million cases, earning £20 a case on average."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `net sales`, `comparable operating profit`


@pytest.mark.parametrize("rate,fires", [("8.7%", False), ("9.7%", True)])
def test_a_comparable_profits_margin_is_over_net_sales(knowledge, rate, fires):
    text = (
        "Tallmark Machines said net sales were €200.0 million in the quarter.\n\n"
        f"Comparable operating profit was €17.4 million, a margin of {rate}."
    )
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize("rate,fires", [("9%", False), ("11%", True)])
def test_an_underlying_profits_margin_is_over_overall_revenue(knowledge, rate, fires):
    text = (
        "Pellow Farms posted overall revenue of $500 million for the year.\n\n"
        f"Underlying operating profit was $45 million, a margin of {rate}."
    )
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize("rate,fires", [("15%", False), ("18%", True)])
def test_an_adjusted_ebitda_margin_is_over_group_revenue(knowledge, rate, fires):
    text = (
        "Dunmore Logistics said group revenue rose to £600m in the year.\n\n"
        f"Adjusted EBITDA was £90m, a margin of {rate}."
    )
    assert_checked(knowledge, text, "F318", fires)


def test_a_segments_margin_is_not_over_the_whole(knowledge):
    text = (
        "Harlan Tools said sales rose to CHF 300 million in the half, and Asian sales to CHF 90 million.\n\n"
        "Asian operating profit was CHF 9 million, a margin of 12%."
    )
    assert_not_checked(knowledge, text, "F307")


def test_gross_and_net_sales_leave_the_margin_unplaced(knowledge):
    text = (
        "Corran Stores said gross sales were $250m and net sales $200m.\n\nOperating profit was $20m, a margin of 8%."
    )
    assert_not_checked(knowledge, text, "F307")
