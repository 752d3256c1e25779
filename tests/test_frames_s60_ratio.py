"""Ratios (sixtieth session, lane `ratio`).

- A price per a closed compound's last part (`£1,300 a bridge` of `48 footbridges`): the count the price's noun
  heads, in a deal's sentence before it (checker/link/inflections.py, `closed_compound_of`).
- A year's figure restated per a shorter period right after it (`took £3,640, or £70 a week`, `The 7,280 trips
  work out at 140 a week`): checker/link/years_restated_per_period.py.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT, PACE = "F317", "F312"

_PRICES_OF_COMPOUNDS = [
    # (text, holding, broken)
    (
        "Bridges\n\nA Tywyn workshop is to build 48 footbridges for parks around Perth in a deal worth A$62,400.\n\n"
        "The buyer, the city council, would pay A${a} a bridge.",
        "1,300",
        "1,900",
    ),
    (
        "Boards\n\nA Corwen firm will make 25 scoreboards for rugby clubs in Otago, in an order worth NZ$87,500.\n\n"
        "Each club will pay NZ${a} a board, the firm said.",
        "3,500",
        "5,200",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PRICES_OF_COMPOUNDS)
def test_price_per_the_last_part_of_a_compound(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


def test_no_compound_of_a_short_noun(knowledge):
    # `holidays` is no count of `a day`: the noun is too short to be a compound's last part
    text = (
        "Cottages\n\nA Kelso agency booked 40 holidays for walkers from Lyon in a deal worth €16,000.\n\n"
        "The walkers would pay €90 a day."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


_YEARS_PER_WEEK = [
    # (text, holding, broken)
    (
        "Rides\n\nThe minibus service in Alston made 7,280 trips in its first twelve months, figures show.\n\n"
        "The 7,280 trips work out at {a} a week.",
        "140",
        "190",
    ),
    (
        "Stalls\n\nFarm stalls near Hexley took £52,000 last year, a survey says.\n\n"
        "The busiest stall took £3,640, or £{a} a week.",
        "70",
        "95",
    ),
    (
        "Fuel\n\nThe filling station in Lairg sold 3.65 million litres in 2025, its owners said.\n\n"
        "Its diesel pumps sold 1.46 million litres, or about {a} litres a day.",
        "4,000",
        "6,000",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _YEARS_PER_WEEK)
def test_year_restated_per_a_shorter_period(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


def test_no_year_restated_of_a_shorter_span(knowledge):
    # the first six months: no year's figure, no weeks of a year to divide it by
    text = (
        "Rides\n\nThe minibus service in Alston made 7,280 trips in its first six months, figures show.\n\n"
        "The 7,280 trips work out at 280 a week."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_no_year_restated_across_an_and(knowledge):
    # `and`: another figure, no restatement of the year's
    text = (
        "Stalls\n\nFarm stalls near Hexley took £52,000 last year, a survey says.\n\n"
        "The busiest stall took £3,640 and £70 a week in tips."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


_FIRST_DAYS = [
    # (text, holding, broken): a span of first days or of trading days, a total and its daily average
    (
        "Cash\n\nIn its first five days the new cash machine in Moffat handled 740 withdrawals, "
        "an average of {a} a day.",
        "148",
        "190",
    ),
    (
        "Shop\n\nIn its first four weeks the shop in Selkirk served 3,120 customers, "
        "about {a} a day over 24 trading days.",
        "130",
        "170",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _FIRST_DAYS)
def test_daily_average_over_first_or_trading_days(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PACE, fires=False)
    assert_checked(knowledge, template.format(a=broken), PACE, fires=True)


def test_no_daily_average_of_days_to_come(knowledge):
    # the days after `before Christmas` are another span than the total's four weeks
    text = (
        "Shop\n\nThe shop in Selkirk served 3,120 customers in its first four weeks, and expects about 170 a day "
        "over the 24 trading days before Christmas."
    )
    assert_not_linked(knowledge, text, PACE)


_ALL_SOLD_KO = [
    # (text, holding, broken): a price per one unit, then what the units come to if all are sold
    (
        "메주\n\n부녀회는 올해 메주 3천장을 만든다. "
        "메주는 한 장에 {a}에 파는데, 3천장을 다 팔면 4천500만원어치가 된다.",
        "1만5천원",
        "2만5천원",
    ),
    (
        "나물\n\n솔개군 작목반은 올해 고사리 24톤을 거뒀다.\n\n고사리는 ㎏당 {a}에 농협으로 넘긴다. "
        "24톤을 다 넘기면 1억2천만원이다.",
        "5천원",
        "8천원",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _ALL_SOLD_KO)
def test_price_times_units_if_all_sold_ko(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


def test_no_total_if_all_sold_of_other_units_ko(knowledge):
    # a price per box, the units sheets: the price is of other units than those sold
    text = (
        "메주\n\n부녀회는 올해 메주 3천장을 만든다. "
        "메주는 한 상자에 9만원에 파는데, 3천장을 다 팔면 4천500만원어치가 된다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


_TAKEN_AT_A_PLACE = [
    # (text, holding, broken): a total taken at a place, the count it came from and the price each paid
    ("Show\n\nThe hall took £1,950 at the door from 650 visitors paying £{a} each.", "3", "5"),
    ("Fair\n\nThe fair raised £2,480 on the gate from 310 families paying £{a} each.", "8", "12"),
]


@pytest.mark.parametrize("template,holding,broken", _TAKEN_AT_A_PLACE)
def test_total_taken_at_a_place_from_priced_count(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


def test_no_total_taken_at_a_place_of_another_year(knowledge):
    # `against`: the visitors are compared with, not the ones the takings came from
    text = "Show\n\nThe hall took £1,950 at the door, against 650 visitors paying £3 each last year."
    assert_not_linked(knowledge, text, PER_UNIT)


_FIRST_YEAR_AVERAGES = [
    # (text, holding, broken): a total of a first year and its weekly average in one sentence
    (
        "Rides\n\nThe minibus service in Alston made 7,280 trips in its first twelve months, an average of {a} a week.",
        "140",
        "190",
    ),
    ("Loans\n\nThe tool library in Kelso lent 3,640 tools in its first year, an average of {a} a week.", "70", "95"),
]


@pytest.mark.parametrize("template,holding,broken", _FIRST_YEAR_AVERAGES)
def test_weekly_average_of_a_first_year(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PACE, fires=False)
    assert_checked(knowledge, template.format(a=broken), PACE, fires=True)


def test_no_weekly_average_of_a_first_year_now(knowledge):
    # `now makes`: today's pace, no average of the first year's trips
    text = (
        "Rides\n\nThe minibus service in Alston made 7,280 trips in its first twelve months and now makes 190 a week."
    )
    assert_not_linked(knowledge, text, PACE)


_ON_EACH_OF_A_COUNT = [
    # (text, holding, broken): a figure on each of a count, then what they come to
    ("Vans\n\nOver three years, the £{a} top-up on each of the 1,200 haircuts has come to £7,200.", "6", "9"),
    ("Show\n\nThe £{a} fee for each of the 640 entries came to £3,200.", "5", "8"),
    ("Vans\n\nThe {a} litres for every one of its 12 vans totalled 480 litres.", "40", "60"),
]


@pytest.mark.parametrize("template,holding,broken", _ON_EACH_OF_A_COUNT)
def test_figure_on_each_of_a_count_then_what_they_come_to(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


def test_no_figure_on_each_with_more_in_the_total(knowledge):
    # `, and the prizes,`: the total holds more than the fees
    text = "Show\n\nThe £5 fee for each of the 640 entries, and the prizes, came to £3,900."
    assert_not_linked(knowledge, text, PER_UNIT)


def test_price_in_crowns_written_with_a_prefix(knowledge):
    # `SKr`: Swedish crowns written before the figure, read as money so a deal's price per unit is checked
    template = (
        "Deck\n\nA Tain joinery will make 300 larch jetty sections for a lake near Umea in a deal worth SKr1.2 million."
        "\n\nThe buyer would pay SKr{a} a section."
    )
    assert_checked(knowledge, template.format(a="4,000"), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a="6,000"), PER_UNIT, fires=True)


def test_each_sold_to_a_buyer_for_a_price(knowledge):
    # `Each pair will sell to the shop for`: the buyer named between the verb and `for`
    template = (
        "Socks\n\nA Tywyn workshop has won an order for 480 pairs of wool socks from a shop in Perth worth A$6,240.\n\n"
        "Each pair will sell to the shop for A${a}, the firm said."
    )
    assert_checked(knowledge, template.format(a="13"), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a="19"), PER_UNIT, fires=True)


def test_no_each_sold_past_more_than_a_buyer(knowledge):
    # `sold to the shop in 2019 for`: a sale of another time, more than a buyer between the verb and `for`
    text = (
        "Socks\n\nA Tywyn workshop has won an order for 480 pairs of wool socks from a shop in Perth worth A$6,240.\n\n"
        "Each pair sold to the shop in 2019 for A$19, the firm said."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_no_crowns_prefix_inside_a_word(knowledge):
    # `ASKr`: no prefix of crowns inside a longer word, no money, no price per section
    text = (
        "Deck\n\nA Tain joinery will make 300 larch jetty sections for a lake near Umea in a deal worth SKr1.2 million."
        "\n\nThe buyer would pay ASKr6,000 a section."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# --- review (s60-ratio-rv): narrowings, each with a holding, a broken and a near-miss case


@pytest.mark.parametrize("price,fires", [("30,000", False), ("55,000", True)])
def test_price_per_the_last_part_of_a_long_compound(knowledge, price, fires):
    text = (
        "Horses\n\nA Lambourn yard will train 14 racehorses for owners in Dubai in a deal worth £420,000.\n\n"
        f"Each owner will pay £{price} a horse."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


def test_no_compound_naming_another_thing(knowledge):
    # `warehouses` are no houses: no count of houses for a price per house
    text = (
        "Sheds\n\nA Carluke firm will fit out 25 warehouses for a retailer in a deal worth £75,000.\n\n"
        "Staff will pay £6,000 a house for homes nearby."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("price,fires", [("15", False), ("26", True)])
def test_each_sold_to_a_firm_for_a_price(knowledge, price, fires):
    text = (
        "Cheese\n\nA Tain dairy will ship 300 cheeses to a chain in Leeds in an order worth £4,500.\n\n"
        f"Each cheese will sell to the chain for £{price}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


@pytest.mark.parametrize("buyer", ["the public", "shoppers"])
def test_no_each_sold_to_people_at_large(knowledge, buyer):
    # a shelf price to the public, no share of the deal's worth
    text = (
        "Cheese\n\nA Tain dairy will ship 300 cheeses to a deli in Leeds in an order worth £4,500.\n\n"
        f"Each cheese will sell to {buyer} for £29."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("price,fires", [("4만원", False), ("7만원", True)])
def test_price_times_boxes_if_all_sold_ko(knowledge, price, fires):
    text = f"사과\n\n늘봄농장은 사과 600상자를 땄다. 상자당 {price}에 파는데 600상자를 전부 팔면 2천400만원이다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


def test_no_total_if_all_sold_of_another_year_ko(knowledge):
    # `작년에는`: the boxes and their total are another year's, sold at another price
    text = (
        "사과\n\n늘봄농장은 사과 600상자를 땄다. 상자당 4만원에 파는데 작년에는 500상자를 다 팔면 3천만원이라고 했다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("average,fires", [("50", False), ("95", True)])
def test_weekly_average_of_a_first_year_of_loads(knowledge, average, fires):
    text = (
        "Bins\n\nThe new recycling point in Golspie took 2,600 loads in its first year, "
        f"an average of {average} a week."
    )
    assert_checked(knowledge, text, PACE, fires=fires)


@pytest.mark.parametrize(
    "tail",
    [
        "and now takes an average of 95 a week",
        "an average of 95 a week in the summer",
        "an average of 95 a week at its peak",
    ],
)
def test_no_weekly_average_of_another_span(knowledge, tail):
    # today's pace, or a part of the year: no average over the first year's loads
    text = f"Bins\n\nThe new recycling point in Golspie took 2,600 loads in its first year, {tail}."
    assert_not_linked(knowledge, text, PACE)
