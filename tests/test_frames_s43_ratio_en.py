"""English ratios on copy never seen (forty-third session, lane `ratio_en`).

- A price per a noun and the total it brings in, the count of the noun stated before among the story's other counts
  of it (checker/link/unit_prices.py `_counts_of_all_units`): the level the story states, past its earlier level
  and the change stated beside it (`up from 48`), an addition's size (`The 12 new teams`), a part set after its share
  (`a third of all the teams, 20`), a listed part, and a count per unit (`host six teams each`); a count of another
  time in a sentence of its own leaves which count unsaid.
- Past the clause the total closes (`, and sponsors added £5,000`, `, while hall hire …`: `[link.price_total_closers]`)
  the figures are another source's, no rival total.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, rule_result

PER_UNIT = "F317"


def _checked(knowledge, text: str, fires: bool, rule: str = PER_UNIT) -> None:
    assert_checked(knowledge, text, rule, fires)


def _pairs(knowledge, text: str, rule: str = PER_UNIT) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


def _not_linked(knowledge, text: str, price: str, total: str) -> None:
    assert not any({price, total} <= touched for touched in _pairs(knowledge, text)), _pairs(knowledge, text)


# ---------------------------------------------------------------- a price per a noun over the story's count of it

_PRICED = [
    (
        "The darts league will field 60 teams next season, up from 48 last year. The 12 new teams come from two "
        "new clubs. A third of all the teams, 20, are women's sides.\n\nEntry costs £40 a team, bringing in {total} "
        "to cover trophies."
    ),
    (
        "The regatta drew 60 boats this year, up from 52. Keelboats made up 14 of the entries.\n\nEntry fees of £40 "
        "a boat brought in {total}, and sponsors added £5,000, giving an income of £7,400."
    ),
    (
        "The quiz league has 60 teams this winter, against 45 last year, an increase of 15.\n\nRegistration at £40 "
        "a team raised {total}, while hall hire at £20 a night came to £400."
    ),
    (
        "The chess club now has 60 members, up from 51 a year ago. Its two halls host 30 members each on club "
        "nights.\n\nFees of £40 a member bring in {total} a year, and a grant adds £500."
    ),
    (
        "Sixty teams will enter the county netball league this season, up from 54. Fees will stay at £40 a team, "
        "raising {total} for umpires' expenses."
    ),
]


@pytest.mark.parametrize("text", _PRICED)
@pytest.mark.parametrize(("total", "fires"), [("£2,400", False), ("£3,600", True)])
def test_a_price_per_a_noun_values_the_story_count_of_it(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a count of another time in a sentence of its own: which count the price values, unsaid)
        "The choir has 64 singers this season.\n\nLast year 58 singers took part.\n\nSubscriptions of £30 a singer "
        "brought in £1,920.",
        # (two levels of the noun, neither beside the other: which one, unsaid)
        "The league had 40 teams in the spring.\n\nBy the autumn it had 44 teams.\n\nEntry at £25 a team raised "
        "£1,100.",
        # (a second amount in the total's own clause: which one the units come to, unsaid)
        "The regatta drew 60 boats this year, up from 52.\n\nEntry fees of £40 a boat brought in £2,400 and £300 "
        "in gifts.",
    ],
)
def test_a_price_over_counts_of_two_levels_is_not_linked(knowledge, text):
    price = "£30" if "£30" in text else "£25" if "£25" in text else "£40"
    total = "£1,920" if "£1,920" in text else "£1,100" if "£1,100" in text else "£2,400"
    _not_linked(knowledge, text, price, total)


# ---------------------------------------------------------------- a deal's price past a year's pace and a listed run

_DEAL_PACES = [
    (
        "A Cornish cider maker has signed a £600,000 deal to supply a Dutch chain over two years, the company said."
        "\n\nThe contract covers 400 tonnes of cider, 200 tonnes a year, at an average of {price} a kilogram."
    ),
    (
        "A cheese dairy in the Jura has won a £600,000 contract from a Belgian grocer, it said on Monday.\n\nThe deal "
        "covers 200 tonnes a year, or 400 tonnes in all, working out at {price} a kilogram."
    ),
    (
        "A potter has won a £600,000 order from a Danish hotel group over two years, the firm said on Monday.\n\nIt "
        "will make 400,000 bowls, about £300,000 a year, at an average of {price} a bowl."
    ),
    (
        "A Welsh mill has signed a £600,000 deal with a Japanese department store, the company said on Friday.\n\n"
        "The mill will weave 400,000 pieces, 250,000 tea towels and 150,000 napkins, at an average of {price} each."
    ),
    (
        "A Fife bakery has agreed a £600,000 deal to supply oatcakes to a Swedish chain, it said on Tuesday.\n\nThe "
        "order covers 400,000 packets over three years, roughly £200,000 a year, at {price} a packet."
    ),
]


@pytest.mark.parametrize("text", _DEAL_PACES)
@pytest.mark.parametrize(("price", "fires"), [("£1.50", False), ("£2.50", True)])
def test_a_deal_price_is_of_all_the_units_past_a_year_pace_and_a_listed_run(knowledge, text, price, fires):
    _checked(knowledge, text.format(price=price), fires)


@pytest.mark.parametrize(
    ("text", "price", "total"),
    [
        # (the year's amount is no total of all the bowls)
        (
            "A potter has sold bowls to a Danish hotel group over two years.\n\nIt will make 6,000 bowls, about "
            "€45,000 a year, at an average of €15 a bowl.",
            "€15",
            "about €45,000",
        ),
        # (a listed run whose parts do not add up to the count before it: which units, unsaid)
        (
            "A Welsh mill has signed a £600,000 deal with a Japanese department store.\n\nThe mill will weave 400,000 "
            "pieces, 250,000 tea towels and 120,000 napkins, at an average of £1.50 each.",
            "£1.50",
            "£600,000",
        ),
    ],
)
def test_a_year_amount_or_an_unequal_list_is_not_linked(knowledge, text, price, total):
    _not_linked(knowledge, text, price, total)


# ---------------------------------------------------------------- an amount shared among members named one by one


@pytest.mark.parametrize(
    "text",
    [
        "Some 14,000 visitors came to the fair.\n\nThe raffle raised £4,800, which is split equally between the "
        "church, the school and the brass band, about £1,600 apiece.",
        "The carnival drew 9,000 people.\n\nIts profit of £3,000 will be shared among the lifeboat, the hospice and "
        "the youth club, £1,000 each.",
        "Around 20,000 spectators watched the race.\n\nThe collection, £6,000, is divided evenly between Oxfam, "
        "Shelter and the Red Cross, £2,000 each.",
    ],
)
def test_an_amount_shared_among_named_members_takes_no_lead_count(knowledge, text):
    assert not any(
        len(touched) == 3 and any("visitors" in t or "people" in t or "spectators" in t for t in touched)
        for touched in _pairs(knowledge, text)
    ), _pairs(knowledge, text)
    assert not rule_result(knowledge, text, PER_UNIT).findings


def test_an_amount_shared_among_a_counted_group_is_still_checked(knowledge):
    # (the members counted by a figure: the amount each gets is checked against them)
    text = "The raffle raised £4,800, which is split equally between the 12 clubs, about {each} apiece."
    _checked(knowledge, text.format(each="£400"), fires=False)
    _checked(knowledge, text.format(each="£600"), fires=True)


# ---------------------------------------------------------------- a multiple's baseline after `as many as the`

MULTIPLE = "F304"

_AS_MANY_AS_THE = [
    "The society now has {value} members, twice as many as the 40 it started with.",
    "The choir has {value} singers this winter, twice as many as the 40 it began with in 2015.",
    "The league fields {value} teams, double the 40 it had a decade ago.",
    "The trust now looks after {value} footpaths, twice as many as the 40 it took over in 2001.",
    "The club planted {value} oaks, twice as many as the 40 it managed last autumn.",
]


@pytest.mark.parametrize("text", _AS_MANY_AS_THE)
@pytest.mark.parametrize(("value", "fires"), [("80", False), ("130", True)])
def test_a_bare_baseline_after_as_many_as_the_is_checked(knowledge, text, value, fires):
    _checked(knowledge, text.format(value=value), fires, rule=MULTIPLE)


def test_as_many_as_a_bare_number_with_no_determiner_is_no_baseline(knowledge):
    # (`as many as 300`: a hedge on a count of its own, no figure a multiple compares)
    text = "As many as 300 people came, twice the turnout organisers had hoped for."
    assert not rule_result(knowledge, text, MULTIPLE).findings


_AS_MANY_AS_WHEN = [
    "Juniors played {value} rounds, twice as many as in 2023, when they played 1,650.",
    "The ferry carried {value} cars, twice as many as in 2019, when it carried 1,650.",
    "The club now has {value} kayaks, twice as many as in 2016, when it had 1,650.",
    "The market drew {value} shoppers, twice as many as in the first year, when it drew 1,650.",
    "The fair sold {value} pies, twice as many as in 2022, when stallholders sold 1,650.",
]


@pytest.mark.parametrize("text", _AS_MANY_AS_WHEN)
@pytest.mark.parametrize(("value", "fires"), [("3,300", False), ("5,600", True)])
def test_a_multiple_of_an_earlier_time_then_its_figure_in_a_clause_of_when_is_checked(knowledge, text, value, fires):
    _checked(knowledge, text.format(value=value), fires, rule=MULTIPLE)


def test_a_clause_of_when_after_a_full_stop_is_no_baseline(knowledge):
    # (`when` opens another sentence: the figure there is no baseline the multiple names)
    text = "Juniors played 3,300 rounds, twice as many as in 2023. When the course reopened, they played 2,400."
    result = rule_result(knowledge, text, MULTIPLE)
    assert not result.findings


# ---------------------------------------------------------------- a bare total after `each,`; a total before a colon

_EACH_THEN_BARE_TOTAL = [
    "The 900 spectators paid £4 each, {total}.",
    "Entry was £100 a team, £3,000 in all, and 900 spectators paid £4 each, {total}.",
    "The club sold 900 raffle books at £4 apiece, about {total}.",
    "Members bought 900 tickets at £4 each, {total}.",
    "Some 900 walkers gave £4 each, roughly {total}.",
]


@pytest.mark.parametrize("text", _EACH_THEN_BARE_TOTAL)
@pytest.mark.parametrize(("total", "fires"), [("£3,600", False), ("£5,000", True)])
def test_a_bare_amount_closing_the_sentence_after_each_is_the_total(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


def test_a_bare_amount_after_each_with_words_after_it_is_no_total(knowledge):
    # (`£3,600 last year`: an amount of another time, not what the units come to)
    _not_linked(knowledge, "The 900 spectators paid £4 each, £5,000 last year.", "£4", "£5,000")


_TOTAL_THEN_COLON = [
    "A further {total} came from stall pitches: 88 stalls at £50 each.",
    "The sale raised {total} in pitch fees: 88 stalls at £50 each.",
    "The fete made {total}: 88 stalls at £50 each.",
    "Another {total} came in from the car boot: 88 pitches at £50 apiece.",
    "Bookings brought in {total}: 88 rooms at £50 a room.",
]


@pytest.mark.parametrize("text", _TOTAL_THEN_COLON)
@pytest.mark.parametrize(("total", "fires"), [("£4,400", False), ("£5,500", True)])
def test_a_total_before_a_colon_then_its_count_and_price_is_checked(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


def test_a_colon_then_two_priced_counts_is_not_linked(knowledge):
    # (the total is of both lots: the first price alone is no share of it)
    _not_linked(knowledge, "The fete made £5,000: 88 stalls at £50 each and 120 cars at £5.", "£50", "£5,000")


# ---------------------------------------------------------------- a price per the general noun of a counted kind

_KIND_NOUNS = [
    "Paddle Co. said its sales rose 14% to C$9 million.\n\nThe company sold 1,800 canoes and kayaks, up from 1,600, at "
    "an average of {price} a boat.",
    "A yard in Devon said sales rose to £9 million.\n\nIt sold 1,800 dinghies, up from 1,500, at an average of {price} "
    "a boat.",
    "An accordion maker has signed a €9 million contract with a US distributor.\n\nThe order covers 1,800 accordions "
    "over three years, about €3 million a year, at an average of {price} an instrument.",
    "A guitar workshop has won a €9 million order from a Japanese chain.\n\nIt will build 1,800 guitars at an "
    "average of {price} an instrument.",
    "A Norfolk boatyard said sales rose to £9 million.\n\nIt sold 1,800 yachts, up from 1,650, at an average of "
    "{price} a vessel.",
]


@pytest.mark.parametrize("text", _KIND_NOUNS)
@pytest.mark.parametrize(("price", "fires"), [("5,000", False), ("7,000", True)])
def test_a_price_per_the_general_noun_of_a_counted_kind_is_checked(knowledge, text, price, fires):
    currency = "C$" if "C$" in text else "€" if "€" in text else "£"
    _checked(knowledge, text.format(price=currency + price), fires)


def test_a_price_per_a_noun_of_another_kind_is_not_linked(knowledge):
    # (a car is no boat: the count of canoes is not the units a price per car divides)
    text = (
        "Paddle Co. said its sales rose 14% to C$9 million.\n\nThe company sold 1,800 canoes, at an average of "
        "C$7,000 a car."
    )
    _not_linked(knowledge, text, "C$7,000", "C$9 million")
