"""A contract's total restated in another currency before its yearly amount (eleventh session): `a four-year, $180m
extension, worth about €154m, or $45m a year`.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Varga signed a four-year, $180m extension in May, worth about €154.3m, or $45m a year.", False),
        ("Varga signed a four-year, $180m extension in May, worth about €154.3m, or $55m a year.", True),
        ("Halden agreed a ten-year, £2.4bn supply deal, worth about $3.05bn, or £240m a year.", False),
        ("Halden agreed a ten-year, £2.4bn supply deal, worth about $3.05bn, or £340m a year.", True),
    ],
)
def test_total_restated_in_another_currency_before_its_yearly_amount(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


def test_yearly_amount_in_another_clause_is_not_linked(knowledge):
    # a sentence ends between the total's restatement and the yearly pay: the pay is no restatement of the total
    assert_not_checked(
        knowledge,
        "Varga signed a four-year, $180m extension in May, worth about €154.3m. He earns $45m a year.",
        "F312",
    )
