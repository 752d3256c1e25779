"""Development-corpus constructions, second round (issue 11), on sentences of our own.

- Amounts moved into named accounts, and each account's total after the move (checker/link/transferred_totals.py):
  `A was $28 million … transferred $37 million to A … After the transfer, … $65 million for A` → 65 = 28 + 37.
  Without the mark that the move is done, or without a figure of the account before it, nothing is linked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_POOLS = (
    "Central pool collections were $28 million in May and state pool collections $35 million. "
    "The treasury transferred $37 million to Central and $31 million to State. "
    "After the transfer, the pools hold {central} for Central and {state} for State."
)
_FUND = (
    "The road fund stood at $120 million at the start of the year. "
    "The ministry has credited $45 million into the road fund from fuel duties. "
    "The balance after settlement is {road} for the fund."
)
_ONE_FUND = (
    "The fund stood at $120 million at the start of the year. "
    "The ministry has credited $45 million into the fund from fuel duties. "
    "The balance after settlement is {total} for the fund."
)
_TAXES = (
    "Gross collections were $150 million, of which Federal is $30 million and Regional is $40 million. "
    "The board has settled $20 million to Federal and $15 million to Regional from the shared pool. "
    "Revenue after regular settlement is {federal} for Federal and {regional} for the Regional."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_POOLS.format(central="$65 million", state="$66 million"), False, id="en-two-accounts-hold"),
        pytest.param(_POOLS.format(central="$95 million", state="$66 million"), True, id="en-first-total-misstated"),
        pytest.param(_POOLS.format(central="$65 million", state="$36 million"), True, id="en-second-total-misstated"),
        pytest.param(_ONE_FUND.format(total="$165 million"), False, id="en-one-account-holds"),
        pytest.param(_ONE_FUND.format(total="$465 million"), True, id="en-one-account-misstated"),
        pytest.param(_TAXES.format(federal="$50 million", regional="$55 million"), False, id="en-of-which-parts-hold"),
        pytest.param(_TAXES.format(federal="$50 million", regional="$85 million"), True, id="en-of-which-misstated"),
    ],
)
def test_an_account_after_a_transfer_is_its_figure_before_plus_the_amount(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_named_account_is_the_one_summed(knowledge):
    # `into the road fund` names the account `road`; the total `for the fund` names another word: not linked
    assert_not_checked(knowledge, _FUND.format(road="$165 million"), "F302")


@pytest.mark.parametrize(
    "text",
    [
        # no mark that the move is done: the later figures may be anything
        pytest.param(
            "Central pool collections were $28 million. The treasury transferred $37 million to Central. "
            "Officials expect $90 million for Central next year.",
            id="en-no-after-mark",
        ),
        # the account has no figure of its own before the move
        pytest.param(
            "The treasury transferred $37 million to Central. "
            "After the transfer, the pool holds $90 million for Central.",
            id="en-no-figure-before",
        ),
    ],
)
def test_no_transfer_total_without_its_marks(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
