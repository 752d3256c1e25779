"""English figures per unit whose total stands right before them and whose count stands paragraphs apart (thirtieth
session, lane `ratio-en`; checker/link/per_unit_counts_apart.py): `Fencing cost £7,200, or about £30 a member`, after
`The society has 240 members` in an earlier paragraph. The total is the one figure of the figure's unit before it in
its sentence, joined to it by a restating link (`, or`, `, which works out at`, `, an average of`); the count is the
one value of the mark's noun stated before (the figure's own paragraph's, a part too, and the article's, past its
parts; two values, none), never a count in quoted speech, in a sentence of another time, or of another company.

An average per day appended to the span its sentence writes (`The pool opened on 210 days, an average of about 60
swims a day`, checker/link/span_averages.py) restates the lead's total over that span; a part set beside its
share is no total of an average (`1,900 tonnes, or 40 per cent`), and days spent are a span (`spent 160 days`).

Never when two counts of the noun carry other values, the count is only quoted or of another time, the total is of
another unit or joined to the figure by no restating link (a price), or the figure's sentence counts other units.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

RULE = "F317"

SOCIETY = (
    "Allotment society posts small surplus\n\n"
    "The Pellingford Allotment Society ended its season with 240 members, its treasurer told the annual meeting on "
    "Saturday.\n\n"
    "Plot rents brought in £21,400 and the autumn show £3,100, while water cost £4,900.\n\n"
)


@pytest.mark.parametrize("price,fires", [("£30", False), ("about £30", False), ("roughly £44", True)])
def test_a_count_paragraphs_before_divides_the_total_restated_per_unit(knowledge, price, fires):
    text = SOCIETY + f"New fencing along the canal cost £7,200, or {price} a member, and will last a decade."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("£30", False), ("£41", True)])
def test_a_count_in_quoted_speech_of_another_time_is_passed_over(knowledge, price, fires):
    text = (
        SOCIETY + '"In 2014 we had 150 members and a waiting list of nobody," said the chair, Ruth Okonjo.\n\n'
        f"New fencing along the canal cost £7,200, or {price} a member."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("$12", False), ("about $12", False), ("$16", True)])
def test_an_irregular_plural_names_the_mark_noun(knowledge, price, fires):
    text = (
        "Library reading scheme grows\n\n"
        "The Caddo Springs summer reading scheme enrolled 1,250 children this year, the library board said.\n\n"
        "Volunteers ran 46 sessions in branch libraries and two in the park.\n\n"
        f"Books and prizes cost $15,000, or {price} per child."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("NZ$15", False), ("NZ$19", True)])
def test_a_measure_counts_the_unit_of_measure_the_mark_names(knowledge, price, fires):
    text = (
        "Walnut growers lift exports\n\n"
        "The Waipara Walnut Cooperative shipped 320 tonnes of kernels overseas this season, the cooperative said.\n\n"
        "Its orchards, mostly on the plains, had a dry spring.\n\n"
        f"Export income reached NZ$4.8 million, an average of {price} a kilogram."
    )
    assert_checked(knowledge, text, RULE, fires)


CHOIR = (
    "Male voice choir clears its debt\n\n"
    "The Tregarth Male Voice Choir paid off its overdraft this year, its secretary told members on Friday.\n\n"
    "Concert takings rose to £38,000 and a legacy added £12,000.\n\n"
    "Subscriptions came from 84 singers, the most since the choir moved to the chapel.\n\n"
    '"When I joined in 1998 we had 40 singers and sang in a pub," said the conductor, Elis Morgan.\n\n'
)


@pytest.mark.parametrize("price,fires", [("£25", False), ("about £25", False), ("£52", True)])
def test_a_count_past_the_lead_divides_when_the_other_is_quoted(knowledge, price, fires):
    text = CHOIR + f"New music and robes cost £2,100, or {price} a singer."
    assert_checked(knowledge, text, RULE, fires)


def test_a_part_of_the_figures_paragraph_beside_the_leads_measure_leaves_it_unsaid(knowledge):
    text = (
        "Maple syrup makers tap a record run\n\n"
        "Quebec's Beauce producers made 9,000 tonnes of syrup this spring, the producers' federation said.\n\n"
        "Buyers in Japan took 800 tonnes, about a ninth of the run. Those sales reached C$48 million, an average of "
        "C$60 a kilogram."
    )
    assert_not_checked(knowledge, text, RULE)


def test_a_quoted_count_alone_of_another_value_leaves_the_count_unsaid(knowledge):
    text = (
        "Male voice choir clears its debt\n\n"
        "Concert takings rose to £38,000, the Tregarth choir's secretary said.\n\n"
        "Subscriptions came from 84 singers and 30 singers of its youth section.\n\n"
        "New music and robes cost £2,100, or about £25 a singer."
    )
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- no count or no total of the figure: not linked


def test_two_counts_of_the_noun_of_other_values_leave_the_count_unsaid(knowledge):
    text = (
        "Allotment societies merge\n\n"
        "The Pellingford society has 240 members and the Oxney society 180 members, their treasurers said.\n\n"
        "Water cost both of them more this year.\n\n"
        "New fencing along the canal cost £7,200, or about £30 a member."
    )
    assert_not_checked(knowledge, text, RULE)


def test_a_total_of_another_currency_is_no_total(knowledge):
    text = SOCIETY + "A twinned club in Normandy spent €7,200, or about £25 a member, on its own fencing."
    assert_not_checked(knowledge, text, RULE)


def test_no_count_of_the_noun_leaves_it_unlinked(knowledge):
    text = (
        "Regatta returns\n\n"
        "The Lisgarvan regatta drew crowds along the river on Sunday.\n\n"
        "Prize money came to €6,000, or about €400 a race."
    )
    assert_not_checked(knowledge, text, RULE)


# ---------------------------------------------------------------- an average per day appended to its span

FERRY = (
    "Lido has busiest season\n\n"
    "The Kerrow lido sold 12,600 swims in the season to October, up from 11,900, the town trust "
    "said.\n\n"
    "Early-morning sessions accounted for 5,040 swims, or 40 per cent of the total.\n\n"
)


@pytest.mark.parametrize("average,fires", [("about 60", False), ("60", False), ("about 85", True)])
def test_an_average_appended_to_its_span_restates_the_lead_total(knowledge, average, fires):
    text = FERRY + f"The pool opened on 210 days, an average of {average} swims a day."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize("average,fires", [("about 30", False), ("about 38", True)])
def test_days_spent_are_a_span_and_a_part_beside_its_share_no_total(knowledge, average, fires):
    text = (
        "Gritters cover more roads\n\n"
        "The Ardle gritting crews spread 4,800 tonnes of salt this winter, the council said.\n\n"
        "Main roads took 1,900 tonnes, or about 40 per cent. The crews spent 160 days on the roads, spreading "
        f"an average of {average} tonnes a day."
    )
    assert_checked(knowledge, text, "F312", fires)


def test_an_average_of_another_span_is_not_tied_to_the_lead(knowledge):
    text = FERRY + "In the busiest week the pool opened on 7 days and sold an average of 90 swims a day."
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- unrelated figures near each other: nothing fires

CLEAN = [
    "Ferry line adds sailing\n\nThe Corran ferry carried 412,000 passengers last year.\n\n"
    "Fuel cost £1.9 million, or about £2,100 a sailing, the operator said.",
    "Bakery expands\n\nThe Hollins bakery employs 38 bakers and runs 12 vans.\n\n"
    "A new oven cost £84,000, with flour now at £410 a tonne.",
    "Choir tours\n\nThe Brenmoor choir has 64 singers and 9 players.\n\nIts coach hire cost £5,400 for the tour.",
    "Orchard sale\n\nThe Tamsin estate sold 1,200 trees this spring.\n\n"
    "Last year it sold 900 trees at £18 a tree, and this year's price is £22.",
    "Museum reopens\n\nThe Wexcombe museum welcomed 31,000 visitors in its first season.\n\n"
    "Its cafe took £96,000, and entry stays free for children under 16.",
    "Harbour works\n\nThe harbour board has 14 moorings for hire and 220 on the waiting list.\n\n"
    "Dredging cost £310,000, the board said, up from £260,000.",
    "School meals\n\nThe district serves 5,400 pupils across 11 schools.\n\n"
    "A separate catering firm charged $2.1 million, or $3.10 a meal.",
    "Cycle hire\n\nThe scheme has 600 bikes at 48 docks.\n\n"
    '"In 2019 we had 200 riders a day," the manager said. Repairs now cost $90,000 a year.',
    "Lambing\n\nThe Ardmore farm lambed 1,450 ewes this spring and kept 30 rams.\n\n"
    "Wool fetched NZ$3.20 a kilogram at the sale, down from NZ$3.60.",
    "Cricket club\n\nThe club fields 7 teams and has 310 members.\n\nA new roller cost £12,000 and nets £8,000.",
    "Theatre season\n\nThe Alder theatre staged 96 performances to 41,000 people.\n\n"
    "Tickets ranged from $18 to $64, and the bar took $210,000.",
    "Village hall\n\nThe hall hosts 22 groups each week.\n\nIts new roof cost £46,000, paid from a £50,000 grant.",
    "Fishing fleet\n\nThe co-op's 18 boats landed 2,300 tonnes of hake.\n\n"
    "Quota for next year is 2,500 tonnes, and diesel is $1.40 a litre.",
    "Rail halt\n\nThe halt saw 58,000 journeys, against 44,000 two years earlier.\n\nPlatform lighting cost £140,000.",
    "Food bank\n\nThe food bank helped 3,100 households and has 85 volunteers.\n\n"
    "Donations were worth £410,000, while rent took £26,000.",
    "Ski lift\n\nThe lift carried 210,000 skiers over 118 days.\n\n"
    "A season pass sells at €420 an adult, and day tickets at €48.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_near_a_per_unit_mark_stay_quiet(knowledge, text):
    result = findings(knowledge, document(text))
    assert not result.findings, [f.message for f in result.findings]
