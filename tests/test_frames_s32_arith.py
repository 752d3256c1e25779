"""Sums and changes told in words beside their figures (thirty-second session, lane `arith`).

A rate written right after an amount change the link stage measured (`a gain of $82,000, or 25 percent`, `up
3,100 (7.7%)`) is that change told as a rate: it is measured from the same prior, of the same level
(checker/link/growth_rates.py, `link_rates_beside_amount_changes`). A rate followed by `of` is a share of some whole.

A sum of money named once (`6.2 million kronor in 2025, up from 5.1 million`) leaves its currency off the earlier
figure: the bare prior takes it, as a measure's takes its unit (checker/link/bare_priors.py).

A count added to the story's figure is marked by a verb of taking on (`will hire`, `take on`), by `a further` /
`another` before it or by `more` after it, and the sum follows (`bringing the fleet to 37`, `taking the appeal's
total to £255,000`): the two parts make the sum (checker/link/added_sums.py). A figure of the sum's own
sentence shares its forecast mark; a figure per unit is not lifted from the story's figure to such a sum
(checker/link/per_unit_apart.py).

Near misses: a rate that is a share of a whole, an amount that is no change, figures of another unit or counter,
a sum of another thing, a list of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_THEATRE = "The Brackwater Playhouse reported its autumn figures on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (_THEATRE + "Ticket revenue climbed to $512,000 from $430,000, a gain of $82,000, or 19 percent.", False),
        (_THEATRE + "Ticket revenue climbed to $512,000 from $430,000, a gain of $82,000, or 25 percent.", True),
        (_THEATRE + "Bar sales fell to £61,400 from £70,000, a drop of £8,600 (12.3%), the manager said.", False),
        (_THEATRE + "Bar sales fell to £61,400 from £70,000, a drop of £8,600 (17.3%), the manager said.", True),
    ],
)
def test_a_rate_beside_an_amount_change_is_that_change_as_a_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Harbour dues came to 6.2 million kronor in 2025, up from 5.1 million, a rise of about 22 per cent.",
            False,
        ),
        (
            "Harbour dues came to 6.2 million kronor in 2025, up from 5.1 million, a rise of about 40 per cent.",
            True,
        ),
        ("Parking fees raised $3.4 million in the year, compared with 2.9 million before, up 17 percent.", False),
        ("Parking fees raised $3.4 million in the year, compared with 2.9 million before, up 37 percent.", True),
    ],
)
def test_a_bare_prior_takes_the_currency_of_its_level(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The cannery has 1,310 packers on its books and will hire 60 more, bringing the workforce to 1,370.",
            False,
        ),
        (
            "The cannery has 1,310 packers on its books and will hire 60 more, bringing the workforce to 1,470.",
            True,
        ),
        ("The trust runs 212 allotments and plans to take on 40 plots next year, bringing its holding to 252.", False),
        ("The trust runs 212 allotments and plans to take on 40 plots next year, bringing its holding to 282.", True),
        (
            "The roof appeal raised £210,000 by March. A raffle brought in a further £45,000, taking the appeal's "
            "total to £255,000.",
            False,
        ),
        (
            "The roof appeal raised £210,000 by March. A raffle brought in a further £45,000, taking the appeal's "
            "total to £265,000.",
            True,
        ),
        (
            "The choir had 84 singers in May. It has since recruited another 16 singers, lifting its ranks to 100.",
            False,
        ),
        ("The choir had 84 singers in May. It has since recruited another 16 singers, lifting its ranks to 110.", True),
    ],
)
def test_a_count_added_to_the_story_figure_makes_the_sum_after_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# Figures near one another that are not related: none of the readings above may link them.
_UNRELATED = [
    # a rate of a whole, not of the change beside it
    (
        "Ticket revenue climbed to $512,000 from $430,000, a gain of $82,000, or 16 percent of the region's takings.",
        "F301",
    ),
    # an amount that is no change, with a rate after `or`
    ("The hall seats 1,200 people, or 40 percent of the town's adults, in its main auditorium.", "F301"),
    # a rate after a level, not after a change
    ("Orders reached 9,400 units in March, or 30 per cent above plan, the firm said.", "F302"),
    # a further amount of another unit than the sum after it
    ("The bakery bakes 4,000 loaves a day and will hire 12 more drivers, bringing its fleet to 30 vans.", "F302"),
    # a sum of another counter
    (
        "The reserve counts 640 deer and took in 35 more ponies this summer, bringing its herd of cattle to 90 cows.",
        "F302",
    ),
    # no addition mark: two figures and a level reached
    ("The cannery employs 1,310 packers and paid 60 drivers, bringing output to 1,900 tonnes.", "F302"),
    # a list of prices, none a sum
    ("Tickets cost £12, £18 and £25, and a season pass £140, the box office said.", "F302"),
    # a rate beside a level of another year
    ("Sales were $4.1 million in 2023 and $4.6 million in 2024, or 12 percent of the sector.", "F301"),
    # two changes, each with its rate, of two subjects
    ("Bus fares rose 20 cents, or 8 percent, while rail fares rose 35 cents.", "F301"),
    # a further sum of money that takes a loan to a level, the earlier figure of another thing
    ("The club has 310 members. It borrowed a further £20,000, taking its loan to £95,000.", "F302"),
    # a Korean list of unrelated counts
    ("시립도서관은 올해 장서 12만 권을 갖췄고 열람석은 340석, 직원은 28명이다.", "F302"),
    # a Korean rate of a whole after an amount change
    ("관람객은 지난해보다 3천 명 늘었다. 전체 인구의 12%에 해당한다.", "F301"),
    # an amount and a rate joined by `and`, no apposition
    ("Sales rose $40,000 to $240,000 and margins improved to 31 percent.", "F301"),
    # a rate in parentheses after a plain value
    ("The district has 18,000 households (22%) without broadband.", "F301"),
    # a further amount this year, the earlier figure of another year
    (
        "In 2023 the charity spent £80,000 on meals. This year a further £12,000 went on rent, taking the building "
        "fund to £300,000.",
        "F302",
    ),
    # a sum reached with no amount added before it: a bare level of its own
    ("The tram line opened in May with 9 stops, taking its network to 31.", "F302"),
    # more of something, then a total of another kind
    ("Volunteers planted 300 oaks and 200 more hawthorns, bringing the hedge to 2 kilometres.", "F302"),
]


@pytest.mark.parametrize("text,rule", _UNRELATED)
def test_figures_that_are_not_related_are_not_linked(knowledge, text, rule):
    assert_not_checked(knowledge, text, rule)
