"""Relations that link now that their figures are read (twenty-first session, extraction gaps):
- a rand amount written with a bare `R` (`R2.7 billion`) in South African copy is money, so its growth is checked;
- a price in centimes (`62.0 centimes per kg of milk`) is money in Swiss francs, so its growth is checked and it
  values the measure of its good (`50.0 million kg of milk`) to the total it makes;
- a price per unit of measure naming its good (`per kg of milk`) never values a measure written as of another good
  (`4,100 tonnes of butter`), not even the article's lead measure (checker/link/unit_prices.py);
- a bare part of `the total` and a bare rest (`the other 550`) are counts, so the parts add up to the whole;
- a fraction after a rest (`the other 600, about one in five`) is no share of the sibling part before it
  (checker/link/fractions_of_named_wholes.py);
- `N times` counting occasions (`cleaned its tanks 30 times in the quarter, compared with 40`) is a count, so its
  fall from the earlier count is checked.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_RAND = (
    "Karoo Transit, the South African bus operator, said on Tuesday that revenue rose 8.0% to {now} from R2.5 "
    "billion in the year to June."
)


@pytest.mark.parametrize("now,fires", [("R2.7 billion", False), ("R2.9 billion", True)])
def test_a_rand_amount_written_with_a_bare_r_is_checked(knowledge, now, fires):
    assert_checked(knowledge, _RAND.format(now=now), "F301", fires)


def test_a_bare_r_outside_south_african_copy_is_not_checked(knowledge):
    text = "The county said traffic on the road rose 8.0% to R2.9 billion from R2.5 billion in the year to June."
    assert_not_checked(knowledge, text, "F301")


_CENTIMES = (
    "The Valsorne dairy co-operative took in 50.0 million kg of milk last year and sold 4,100 tonnes of butter.\n\n"
    "It paid its farmers {price} centimes per kg of milk, up 3.3% from CHF 0.60, for a total of CHF {total}."
)
# (the prior in francs: the rise is checked only if the price in centimes is read as money in francs)


@pytest.mark.parametrize("price,fires", [("62.0", False), ("65.0", True)])
def test_a_price_in_centimes_is_checked_for_growth(knowledge, price, fires):
    assert_checked(knowledge, _CENTIMES.format(price=price, total="31.0 million"), "F301", fires)


@pytest.mark.parametrize("total,fires", [("31.0 million", False), ("36.0 million", True)])
def test_a_price_per_unit_of_a_good_values_the_measure_of_that_good(knowledge, total, fires):
    assert_checked(knowledge, _CENTIMES.format(price="62.0", total=total), "F317", fires)


def test_a_price_of_one_good_never_values_the_lead_measure_of_another(knowledge):
    text = (
        "The Valsorne dairy co-operative sold 4,100 tonnes of butter last year.\n\n"
        "It paid its farmers 62.0 centimes per kg of milk, for a total of CHF 31.0 million."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `350 of the total`, `the other 550`: parts read bare

_HULLS = (
    "The Harrowgate yard delivered 900 hulls in the year to June.\n\n"
    "Steel hulls made up 350 of the total and timber hulls the other {rest}."
)


@pytest.mark.parametrize("rest,fires", [("550", False), ("650", True)])
def test_a_part_of_the_total_and_the_rest_add_up(knowledge, rest, fires):
    assert_checked(knowledge, _HULLS.format(rest=rest), "F302", fires)


_GRANTS = (
    "The Dunmere utility paid grants to 3,000 households for heat pumps in the year to March.\n\n"
    "Air-source units accounted for 2,400 of the installations and ground-source systems for the other {rest}{share}."
)


@pytest.mark.parametrize("rest,fires", [("600", False), ("900", True)])
def test_the_other_part_adds_up_with_its_sibling(knowledge, rest, fires):
    assert_checked(knowledge, _GRANTS.format(rest=rest, share=""), "F302", fires)


def test_a_fraction_after_the_rest_is_no_share_of_its_sibling(knowledge):
    # (`the other 600, about one in five`: the 2,400 before it is the other part, not the whole)
    assert_not_checked(knowledge, _GRANTS.format(rest="600", share=", about one in five"), "F503")


# ---------------------------------------------------------------- `30 times in the quarter`: a count of occasions

_TANKS = (
    "The Brackenfold hatchery reported its results for the third quarter on Monday.\n\n"
    "The company cleaned its tanks {now} times in the quarter, compared with 40 a year earlier, "
    "down by about a quarter."
)


@pytest.mark.parametrize("now,fires", [("30", False), ("20", True)])
def test_occasions_counted_in_times_are_checked_for_growth(knowledge, now, fires):
    assert_checked(knowledge, _TANKS.format(now=now), "F301", fires)
