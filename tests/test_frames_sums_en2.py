"""English sums, part 2 (issue 11): each construction in sentences written for this test, a case where
the relation holds (listed as checked) and one where it is broken (reported)."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# A total broken down by product, then by market, each part with the figure of the year before.
_TWO_BREAKDOWNS_WITH_PRIORS = (
    "Sales totalled 6.20 lakh units against 5.10 lakh units a year earlier. Scooter sales rose 25 per cent at "
    "4.00 lakh units against 3.20 lakh units, while motorcycle sales went up 16 per cent at 2.20 lakh units "
    "against 1.90 lakh units. Domestic sales rose at 3.70 lakh units against 3.00 lakh units. Exports grew at "
    "2.50 lakh units against 2.10 lakh units."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS, False, id="en-two-breakdowns-with-priors-hold"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("2.10 lakh", "2.60 lakh"), True, id="en-market-prior-broken"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("1.90 lakh", "2.90 lakh"), True, id="en-product-prior-broken"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("3.70 lakh", "4.70 lakh"), True, id="en-market-value-broken"),
        pytest.param(
            "The mill's shipments totalled 9,600 tonnes against 8,800 tonnes a year earlier. Bar shipments rose "
            "at 6,100 tonnes against 5,500 tonnes, while wire shipments rose at 3,500 tonnes against 3,300 tonnes. "
            "Domestic shipments rose at 7,000 tonnes against 6,500 tonnes. Exports rose at 2,600 tonnes against "
            "2,300 tonnes.",
            False,
            id="en-tonnes-by-product-and-market-hold",
        ),
    ],
)
def test_a_total_broken_down_twice_with_the_priors_of_each_list(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_priors_of_two_breakdowns_are_two_lists(knowledge):
    found = {c.text: c for c in claims(_TWO_BREAKDOWNS_WITH_PRIORS, knowledge).claims}
    by_product = {found["3.20 lakh units"].part_list, found["1.90 lakh units"].part_list}
    by_market = {found["3.00 lakh units"].part_list, found["2.10 lakh units"].part_list}
    assert len(by_product) == len(by_market) == 1 and by_product != by_market
    assert found["2.10 lakh units"].part_of == found["5.10 lakh units"].id


def test_each_breakdown_and_its_priors_are_checked(knowledge):
    result = findings(knowledge, document(_TWO_BREAKDOWNS_WITH_PRIORS), select=["F302"], show_passed=True)
    assert not result.findings and len([p for p in result.passed if p.rule == "F302"]) == 4
