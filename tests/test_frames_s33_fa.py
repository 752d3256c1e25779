"""False alarms on real-looking copy (thirty-third session, lane `fa`): readings that linked figures of two
dimensions, each closed by a structural veto or a better reading, with the break the reading was built for still
caught.

- a multiple opening the sentence after a total restated per unit (`…, or $12 a keg. That is 2.4 times the $1.5m`)
  is of the total, not of the price per unit the sentence ends on: a price per one thing and a plain amount are of
  two dimensions (checker/link/multiples_appended.py);
- the last word of a currency's name written alone (`kroner` after `Norwegian kroner`) is that currency, no count
  of a noun `kroner` (checker/extract/quantities.py, `_read_bare_currency_nouns`);
- a figure per unit (`4 tonnes a hectare`) is no part of a total of its unit a share's sentence names
  (checker/link/wholes_then_shares_apart.py);
- two figures one digit apart, one the exact gap between two other figures of their unit (`£18,400 short of £250,000`
  with `£231,600` raised), after no word in common, are two facts, no slip (checker/check/kinds/restatement.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

_KEGS = "Harrowgate brewery wins export deal\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            _KEGS + "The brewery's export deal is worth $3.6 million, or $12 a keg. That is 2.4 times the $1.5 million "
            "it earned abroad last year.",
            False,
        ),
        (
            _KEGS + "The brewery's export deal is worth $3.6 million, or $12 a keg. That is 3.4 times the $1.5 million "
            "it earned abroad last year.",
            True,
        ),
        (
            "The cooperative's quota this season is worth 2.5 million Norwegian kroner, or about 50 kroner a kilo. It "
            "is twice the 1.25 million kroner the boats landed last year.",
            False,
        ),
        (
            "The cooperative's quota this season is worth 2.5 million Norwegian kroner, or about 50 kroner a kilo. It "
            "is three times the 1.25 million kroner the boats landed last year.",
            True,
        ),
    ],
)
def test_a_multiple_after_a_total_restated_per_unit_is_of_the_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_a_price_per_unit_is_no_value_of_a_multiple_of_a_total(knowledge):
    text = "Bike hire\n\nHire costs €45 per bike. That is about three times the €20,000 the council paid last summer."
    assert_not_checked(knowledge, text, "F304")


def test_a_bare_currency_word_is_the_currency_named_in_full_before(knowledge):
    text = (
        "The ferry line will carry 60,000 cars this summer for 9 million Danish kroner. Its ticket office took "
        "6 million kroner last year, so the new season is worth 1.5 times as much."
    )
    assert "F304" not in alarm_rules(knowledge, text)


_APPLES = "사과 수출 늘어\n\n청림군은 올해 사과 수출량이 1천200톤이라고 밝혔다.\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            _APPLES + "군 물량은 전국 사과 수출량(4천톤)의 30%에 해당한다.",
            False,
        ),
        (
            _APPLES + "군 물량은 전국 사과 수출량(4천톤)의 40%에 해당한다.",
            True,
        ),
    ],
)
def test_a_share_of_a_named_whole_takes_the_level_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_figure_per_unit_is_no_part_of_a_total(knowledge):
    text = (
        "사과 수출 늘어\n\n청림군은 올해 사과 수출량이 1천200톤이라고 밝혔다. "
        "과수원 면적은 300㏊로, ㏊당 4톤을 수출했다.\n군 물량은 전국 사과 수출량(4천톤)의 30%에 해당한다."
    )
    assert "F503" not in alarm_rules(knowledge, text)


_APPEAL = (
    "Lifeboat appeal within £18,400 of its goal\n\n"
    "The Porthwenna lifeboat station is £18,400 short of the £250,000 it needs for a new boathouse.\n\n"
    "Donors have given £231,600 so far. A charitable trust gave £120,000, nearly half of the total. "
)


def test_a_gap_between_two_figures_is_no_copy_of_another_figure(knowledge):
    # (£18,400 is £250,000 less £231,600: its digits follow from the two, no slip of the fishermen's £38,400)
    text = _APPEAL + "The harbour board added £55,000, and fishermen raised £38,400 from a summer of raffles."
    assert "F405" not in alarm_rules(knowledge, text)


def test_a_gap_restated_a_digit_off_after_the_same_words_is_still_a_slip(knowledge):
    text = _APPEAL + "The station remains £38,400 short of the boathouse's cost, its treasurer said."
    assert "F405" in alarm_rules(knowledge, text)
