"""Near-misses of this session's English rules found on invented clean copy, each rule narrowed to its construction
(twenty-third session, review round one):

- an amount after `, or` beside a rate of change restates the rate's change only when no figure of its unit other
  than the rate's own stands between them (with the rate's start unstated, one may: the start): `Rents rose 8% from
  £500 to £540, and service charges rose to £15 from £12, or £3 more` restates the service charges' change, the pair
  its own clause states; with the rate's start unstated, a figure of a clause joined after the rate's (`, and
  permits rose to £18, or £2 more`, `[link.clause_joiners]`, `;`) is no start of the rate's
  (checker/link/bare_comparatives.py, `_own_pair_between`);
- bare cents in a sentence stating no other money take the article's one currency only when that currency counts
  in cents (`[currency_subunits]`: a dollar, the euro; not the pound) and the sentence names no country of dollars
  and cents (`[link.dollar_places]`: `In America, where it sold 6 million bottles, it charged 40 cents a bottle`)
  (checker/link/cents_of_the_currency.py);
- the lead's takings an average price per unit sold divides are stated before the price, and not as a part (`Exports
  made up €12m of sales`, `Supermarkets contributed €12m`: `[link.part_verbs_before]`,
  `[link.share_verbs_before_part]`) (checker/link/partners.py, `_lead_takings`);
- a bare comparative's figure after a comma (`against 505 on Tuesday: 35 more`) is the gap of the pair before only
  when no other number and no second clause break stand between the pair and it (`…; in May it sold 560, 20 more`,
  `…; by May, 16 more`) (checker/link/gaps.py, `_restates_the_pair`);
- a profit whose scope names a segment (`The software arm's operating profit`, `[link.segment_nouns]` with `arm`
  and `subsidiary`, `[link.segment_suffixes]`), or named after its metric (`Operating profit at the software arm`:
  `[link.place_after_marks]` before a segment noun), takes as a margin's base no revenue not named by that segment,
  the group's included (checker/link/margin_bases.py, `_same_segment_after`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def _no_alarm(knowledge, text: str, *rules: str) -> None:
    result = findings(knowledge, document(text), select=list(rules), show_passed=False)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- `…, or £3 more` after a clause of its own pair


@pytest.mark.parametrize(
    "text",
    [
        # (the reviewer's construction, reworded: the service charges' own pair stands between the rate and £3)
        "Rents rose 8% from £500 to £540 in 2025, and service charges rose to £15 from £12, or £3 more.",
        # the rate states no start; two figures of another clause stand between
        "Costs rose 5% to $21m last year, and fuel rose to $9m from $8m, or $1m more.",
        # counts: members are not the visitors the rate is of
        "Visitors rose 12% from 50,000 to 56,000, while members rose to 4,100 from 3,900, or 200 more.",
    ],
)
def test_an_amount_after_another_clauses_pair_restates_that_pair_not_the_rate(knowledge, text):
    assert_checked(knowledge, text, "F305", False)


@pytest.mark.parametrize(
    "text",
    [
        # the rate states no start: a figure of a clause joined after it is no start of the rate's
        "Tolls rose 6% to £540 last year, and permits rose to £18, or £2 more.",
        "Tolls rose 6% to £540 last year, while permits rose to £18, or £2 more.",
        "Tolls rose 6% to £540 last year and permit fees of £18 rose too, or £2 more.",
    ],
)
def test_an_amount_after_a_figure_of_another_clause_is_not_the_rates_change(knowledge, text):
    _no_alarm(knowledge, text, "F305")


def test_an_amount_after_another_clauses_pair_is_checked_against_that_pair(knowledge):
    text = "Rents rose 8% from £500 to £540 in 2025, and service charges rose to £15 from £12, or £5 more."
    result = findings(knowledge, document(text), select=["F305"])
    assert [f.severity for f in result.findings] == ["error"]
    assert "£15 − £12" in result.findings[0].message


@pytest.mark.parametrize("gap,fires", [("4.0", False), ("5.0", True)])
def test_an_amount_after_or_still_restates_the_rate_of_its_sentence(knowledge, gap, fires):
    text = f"Sales at Kestrel Books rose 10.0% to $44.0m from $40.0m, or ${gap}m more."
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- cents of a country of dollars and cents


@pytest.mark.parametrize(
    "text",
    [
        # (the reviewer's construction, reworded: American cents in an article in pounds)
        "The cider maker sold 80 million bottles in Britain, bringing in £24m. In America, where it sold 6 million "
        "bottles, it charged an average of 40 cents a bottle.",
        # in an article in euros, cents of the US
        "Velder Co-operative said revenue rose to €40.0m in the year.\n\n"
        "It sold 200 million bulbs to US growers, at an average price of 35 cents a bulb.",
        # named by the buyers' country
        "Velder Co-operative said revenue rose to €40.0m in the year.\n\n"
        "Canadian growers bought 30 million bulbs, at an average price of 35 cents a bulb.",
        # an article in pounds names no cents of its own: a pound's hundredth is a penny
        "Marsh Cider said revenue rose to £24.0m in the year.\n\n"
        "It sold 80 million bottles, at an average price of 30 cents a bottle.",
    ],
)
def test_cents_of_another_country_or_of_no_cents_currency_are_not_the_articles(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


def test_cents_beside_a_place_of_dollars_stay_us_cents(knowledge):
    text = (
        "Marsh Cider said revenue rose to £24.0m in the year.\n\n"
        "In America, it sold 6 million bottles, at an average price of 40 cents a bottle."
    )
    cents = next(c for c in claims(text, knowledge).claims if "cents" in c.text)
    assert cents.unit == "USD"


@pytest.mark.parametrize("each,fires", [("20", False), ("25", True)])
def test_cents_beside_a_place_of_the_articles_own_currency_take_it(knowledge, each, fires):
    text = (
        "Velder Co-operative said revenue rose to €40.0m in the year.\n\n"
        f"In Ireland, it sold 200 million bulbs, at an average price of {each} cents a bulb."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- the takings a price sold at divides


@pytest.mark.parametrize(
    "text",
    [
        # (the reviewer's construction, reworded: a part's takings, after the price)
        "Orchards picked 30,000 tonnes of apples, selling them at an average of €1.50 a kilo. "
        "Exports made up €12m of sales.",
        # an amount of no metric after the price
        "Orchards picked 30,000 tonnes of apples, selling them at an average of €1.50 a kilo. "
        "A new cold store opened in May for €12m.",
        # a part, before the price
        "Exports accounted for €12m of sales. "
        "Orchards picked 30,000 tonnes of apples, selling them at an average of €1.50 a kilo.",
        # a part by another verb, after the price
        "Orchards picked 30,000 tonnes of apples, selling them at an average of €1.50 a kilo. "
        "Supermarkets contributed €12m of the takings.",
    ],
)
def test_a_price_sold_at_divides_no_part_and_no_amount_after_it(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("€1.50", False), ("€2.00", True)])
def test_a_price_sold_at_still_divides_the_lead_takings_before_it(knowledge, each, fires):
    text = (
        "Tallow Orchards said revenue rose to €45.0m in the year.\n\n"
        f"The growers picked 30,000 tonnes of apples, selling them at an average of {each} a kilogram."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `…, 20 more` after a figure of its own


@pytest.mark.parametrize(
    "text",
    [
        # (the reviewer's construction, reworded: the figure just before is a third, unread, count)
        "The bakery sold 540 loaves in March and 505 in April; in May it sold 560, 20 more.",
        # a clause of its own, with no figure, between the pair and the amount
        "The depot shipped 418 parcels in March and 392 in April; by May, 16 more.",
        "The depot shipped 418 parcels in March and 392 in April, and in May, 16 more.",
    ],
)
def test_a_bare_comparative_after_another_clause_is_no_gap_of_the_pair(knowledge, text):
    _no_alarm(knowledge, text, "F305")


@pytest.mark.parametrize("gap,fires", [("35", False), ("45", True)])
def test_a_bare_comparative_right_after_the_pair_is_its_gap(knowledge, gap, fires):
    text = f"The bakery sold 540 loaves on Monday, against 505 on Tuesday: {gap} more."
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- a segment's profit beside the group's revenue


@pytest.mark.parametrize(
    "text",
    [
        # (the reviewer's construction, reworded)
        "Group revenue was €3bn. The software arm's operating profit was €90m, a margin of 15%.",
        "Consolidated revenue was €3bn. The chip division's operating profit was €90m, a margin of 15%.",
        "Group revenue rose to €3bn in the year.\n\n"
        "The leasing subsidiary's operating profit was €90m, a margin of 15%.",
        "Revenue was €3bn. The software arm's operating profit was €90m, a margin of 15%.",
        # the segment named after the metric
        "Group revenue was €3bn. Operating profit at the software arm was €90m, a margin of 15%.",
        "Revenue rose to €3bn. Operating profit at the leasing division came to €90m, a margin of 15%.",
    ],
)
def test_a_segments_profit_takes_no_revenue_of_another_scope(knowledge, text):
    assert_not_checked(knowledge, text, "F307")


@pytest.mark.parametrize("margin,fires", [("3.0", False), ("4.5", True)])
def test_the_groups_revenue_is_still_the_base_of_an_unscoped_profit(knowledge, margin, fires):
    text = f"Group revenue was €3.00bn. Operating profit was €90.0m, a margin of {margin}%."
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize(
    "revenue,profit",
    [
        ("Revenue at the software arm", "Operating profit at the software arm"),
        ("Software arm revenue", "Operating profit at the software arm"),
        ("Revenue at the software arm", "The software arm's operating profit"),
    ],
)
@pytest.mark.parametrize("margin,fires", [("15", False), ("18", True)])
def test_a_segments_profit_named_after_its_metric_over_the_segments_revenue(knowledge, revenue, profit, margin, fires):
    text = f"{revenue} was €600m. {profit} was €90m, a margin of {margin}%."
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize("margin,fires", [("15", False), ("18", True)])
def test_a_segments_profit_over_its_own_revenue(knowledge, margin, fires):
    text = f"The software arm's revenue was €600m. The software arm's operating profit was €90m, a margin of {margin}%."
    assert_checked(knowledge, text, "F307", fires)
