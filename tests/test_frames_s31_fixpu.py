"""Clean paragraphs a review found raising false alarms on this session's readings of totals over a term, margins and
figures per unit (thirty-first session, lane `fixpu`): each must raise no alarm of its rule.

- A yearly amount after a total and a bare comma that does not close its clause (`£1m a year on maintenance`,
  `a year of it`, `a year more than`): no share of the total (checker/link/per_period_apart.py), F312.
- A margin `on` a noun is a margin of that noun's sales; a profit of a part (`Its shipyard`) is not over the whole's
  revenue (checker/link/margins.py), F318.
- A sale of part of the goods (`also`, `of its reserve wine`, one of several sellers), a noun restricted by a clause
  or a phrase (`Walkers who stayed overnight`), a total or price of another subject, a paragraph opening on a part
  (`The branch in …`): no figure per unit of the earlier whole (checker/link/per_unit_fallback.py), F317.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings

PER_PERIOD = "F312"
MARGIN = "F318"
PER_UNIT = "F317"


def assert_silent(knowledge, text: str, rule: str) -> None:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "The council will spend £12m over four years, £1m a year on maintenance alone, the report said.",
        "The museum will receive £6m over five years, £400,000 a year of it for education.",
        "The airport expects 12m passengers over two years, 1m a year more than it handles now.",
    ],
)
def test_a_yearly_amount_that_does_not_close_its_clause(knowledge, text):
    assert_silent(knowledge, text, PER_PERIOD)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was €30m. The yard made a profit of €1.4m, a margin of 8 per cent on its repair work.",
        "Ticket sales at the festival came to £3m. The organisers made a profit of £300,000, a margin of 20 per cent "
        "on food stalls.",
        "Revenue at the Carrow group was £12m last year. Its shipyard made a profit of £900,000, a margin of 15 per "
        "cent.",
    ],
)
def test_a_margin_on_some_sales_or_of_a_part(knowledge, text):
    assert_silent(knowledge, text, MARGIN)


@pytest.mark.parametrize(
    "text",
    [
        # a sale of part of the goods
        "The brewery's takings rose to £3.2m.\n\nIt also sold 900 kegs to a Dublin pub chain at £120 each.",
        "The winery's revenue rose to €6m.\n\nIt sold 20,000 bottles of its reserve wine at €45 each.",
        "Takings at the fair rose to £820,000.\n\nStallholders sold 16,000 pies at £3 each, and the beer tent did "
        "better still.",
        # a noun restricted by a clause or a phrase
        "The coastal path drew 52,000 walkers last year.\n\nWalkers who stayed overnight spent £1.3m, or £110 each.",
        "The museum drew 80,000 visitors last year.\n\nVisitors to the new wing spent £400,000 in its shop, or £20 "
        "each.",
        # a total or a price of another subject
        "Engineers laid 23 kilometres of cable in the spring.\n\nThe firm's annual revenue was €9m. Its fee is €4,000 "
        "a kilometre.",
        "The town built 6 kilometres of new sewer in 2024.\n\nIts cycle lanes cost £1.2m. Painting them cost £9,000 a "
        "kilometre.",
        # paragraphs opening on a part
        "Sales at the Fenwick sports club reached £2.4m last year.\n\nThe branch in Town1 grew. With 500 members, "
        "fees work out at £40 a member.\n\nThe branch in Town2 grew. With 300 members, fees work out at £60 a member.",
    ],
)
def test_a_figure_per_unit_of_a_part(knowledge, text):
    assert_silent(knowledge, text, PER_UNIT)
