"""English figures per unit restating their own sentence's total over its count (twenty-sixth session), each a rule
for a construction (checker/link/restated_per_unit.py):
- a figure opening a clause that restates the one before (`, or $3 a pie`, `, an average of 20 kilograms a vine`),
  the noun it is per right after it: the one count before it in its sentence that the noun names divides the one
  total of the figure's kind and unit before it; money or a measure, the total before the count or after it;
- a price per unit with its total appended after it (`at £50 a tonne, costing £40,000`, `at £1,250 apiece, £80,000
  in all`), the count before the price or between it and the total (`4 pence a litre on the 12 million litres, a bill
  of £480,000`);
- a count of a counter per unit (`3,600 saplings …, or 40 saplings a hectare`) restates a count of that counter;
- the noun naming the count may head a noun phrase with modifiers (`58 member clubs`, `24 craft stalls`);
- a unit of measure as the noun (`a hectare`) names a measure of that unit as the count;
- a total over a span of days restated per day (checker/link/span_averages.py): `on average` after the day's mark
  still closes the clause (`, or 200 kilograms a day on average`), the days may be written `on 45 days`, and a bare
  number per a day, week or month after `, or` is a count (`, or 200 a day`: checker/extract/quantities.py);
- a capitalised word opening a paragraph is no name before a number (`The 24 craft food stalls` counts stalls);
- near misses: a noun naming no count of the sentence, two counts the noun names, a figure in a clause of its own
  (no restating words), a figure of another clause after the price link nothing.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- money: `$T from N X, or $Y a X`


@pytest.mark.parametrize("price,fires", [("£80", False), ("£95", True)])
def test_a_count_with_two_modifiers_before_its_noun(knowledge, price, fires):
    text = (
        "Ashcombe's spring fair drew record crowds.\n\n"
        f"The 24 craft food stalls paid £1,920 in pitch fees, or about {price} a stall."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_noun_naming_no_count_of_the_sentence_links_nothing(knowledge):
    text = "Thornbury Pies had a busy winter.\n\nThe bakery took in $9,600 from 3,200 pies, or $7 a customer."
    assert_not_checked(knowledge, text, "F317")


def test_two_counts_the_noun_names_leave_the_count_unsaid(knowledge):
    text = (
        "Thornbury Pies had a busy winter.\n\n"
        "The bakery sold 3,200 pies in March and 2,900 pies in April, taking in $9,600, or $3 a pie."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a measure per a count


@pytest.mark.parametrize("yield_,fires", [("20 kilograms", False), ("26 kilograms", True)])
def test_a_measure_from_a_count_restated_per_unit(knowledge, yield_, fires):
    text = (
        "Kelsall Vineyards picked early this year.\n\n"
        f"The growers picked 2,400 kilograms of grapes from 120 vines, an average of {yield_} a vine."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("load,fires", [("30 tonnes", False), ("36 tonnes", True)])
def test_a_count_before_the_measure_it_divides(knowledge, load, fires):
    text = f"Port Ellery had its best season.\n\nIts 70 barges moved 2,100 tonnes of grain, or {load} a barge."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("rate,fires", [("3 tonnes", False), ("4 tonnes", True)])
def test_a_measure_per_a_unit_of_measure_named_by_the_mark(knowledge, rate, fires):
    text = f"Brackenfield Farm cut its first silage.\n\nIt cut 120 tonnes from 40 hectares, or {rate} a hectare."
    assert_checked(knowledge, text, "F317", fires)


def test_a_measure_in_a_clause_of_its_own_links_nothing(knowledge):
    # (no restating words before it: `and each barge carried 30 tonnes a trip` is another figure)
    text = (
        "Port Ellery had its best season.\n\n"
        "Its 70 barges moved 2,100 tonnes of grain and the tugs towed 30 tonnes a barge."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a count of a counter per unit


@pytest.mark.parametrize("rate,fires", [("40 saplings", False), ("50 saplings", True)])
def test_a_count_of_a_counter_restated_per_a_unit_of_measure(knowledge, rate, fires):
    text = (
        "The Corrie moor trust began its replanting.\n\n"
        f"Volunteers planted 3,600 saplings across 90 hectares of moor, or {rate} a hectare."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a price, then the total appended


@pytest.mark.parametrize("bill,fires", [("£40,000", False), ("£48,000", True)])
def test_a_price_a_unit_then_the_bill_it_comes_to(knowledge, bill, fires):
    text = f"Kirkbride Foundry cut its fuel costs.\n\nIt bought 800 tonnes of coke at £50 a tonne, costing {bill}."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("total,fires", [("£80,000", False), ("£90,000", True)])
def test_a_cost_apiece_then_the_total_in_all(knowledge, total, fires):
    text = (
        "The Lissom hospital opened two wards.\n\n"
        f"For its new wards the hospital bought 64 beds at £1,250 apiece, {total} in all."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("bill,fires", [("£480,000", False), ("£580,000", True)])
def test_a_rebate_per_unit_on_the_units_then_the_bill(knowledge, bill, fires):
    text = (
        "Tavy Dairies had a good year.\n\n"
        f"The co-op refunds 4 pence a litre on the 12 million litres, a bill of {bill}."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_price_then_a_figure_of_another_clause_links_nothing(knowledge):
    # (another count between the price and the amount: the amount is that clause's)
    text = (
        "Kirkbride Foundry cut its fuel costs.\n\n"
        "It bought 800 tonnes of coke at £50 a tonne, and its 12 kilns cost £48,000."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- per day over a span of days


@pytest.mark.parametrize("daily,fires", [("200 kilograms", False), ("240 kilograms", True)])
def test_a_daily_average_with_on_average_after_its_unit(knowledge, daily, fires):
    text = (
        "The Ferness mill co-op had a long harvest.\n\n"
        f"In 13 days of harvest the co-op milled 2,600 kilograms of flour, or {daily} a day on average."
    )
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize("daily,fires", [("200", False), ("260", True)])
def test_a_bare_number_a_day_over_days_written_on(knowledge, daily, fires):
    text = (
        "The Tarn museum kept short hours.\n\n"
        f"Open on 45 days of the year, the Tarn museum let in 9,000 visitors, or {daily} a day."
    )
    assert_checked(knowledge, text, "F312", fires)


def test_a_daily_figure_of_part_of_the_span_links_nothing(knowledge):
    # (`at the weekend`: a part of the span, the clause not closed after its unit)
    text = (
        "The Ferness mill co-op had a long harvest.\n\n"
        "In 13 days of harvest the co-op milled 2,600 kilograms of flour, or some 400 kilograms a day at the weekend."
    )
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- a rate of use: the places holding the capacity


def test_a_count_of_the_places_holding_the_capacity_is_no_count_used(knowledge):
    # (an older false F503 error, exposed once a paragraph's opening count is read: guesthouses hold the rooms)
    text = (
        "The Aird family had a busy June.\n\n"
        "Aird owns four guesthouses holding 72 rooms, which had an occupancy rate of 90% in June."
    )
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("rate,fires", [("82%", False), ("88%", True)])
def test_a_count_of_guests_over_the_rooms_they_used(knowledge, rate, fires):
    # (the count used, of guests, still divides the rooms: the guard above leaves it)
    text = f"The Aird family had a busy June.\n\nEach night 410 guests stayed in its 500 rooms, an occupancy of {rate}."
    assert_checked(knowledge, text, "F503", fires)


def test_a_total_of_a_new_subject_after_a_joiner_links_nothing(knowledge):
    # (`and those growing barley`: some of the farms, the total of that clause's own subject)
    text = (
        "Coldharbour's farms had a wet harvest.\n\n"
        "The county has 300 farms, and those growing barley cut 2,400 tonnes, or 20 tonnes a farm."
    )
    assert_not_checked(knowledge, text, "F317")
