"""Parts listed in the sentence after the whole they break down (thirty-second session, lane `sums-apart`).

A total stated past the lead in one sentence and a list of plain figures of its unit in the next sentence of the
paragraph are the total's parts (checker/link/parallel_parts.py). Widened: a metric named after the list's first
figure labels that item alone (`a trust gave $9,000 and members raised $4,000`) and no longer makes the list a
list of its own; a figure larger than every item, or a rate beside the total (`$9 a visitor`), is no unread item
that a closing `the remaining` could also be of; and when the whole stands in the sentence right before, a list
closed by `the remaining` holds every part, so parts that fall short of the whole are reported.

Near misses: figures of another period, a rival total in the sentence before, a rest after an unread smaller
figure, parts of a total that is itself a part, rates, changes, and lists whose sentence names its own metric
before the first figure.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# a lead and a paragraph of other facts, so that the whole stands past the lead
_OPEN = (
    "Fairfield rowing club launched its new eight on Sunday, watched by 420 members and guests.\n\n"
    "The boat took 14 weeks to build. Its first outing was a gentle row to the weir and back.\n\n"
)
_OPEN_2 = (
    "The Ostbrook library, which lends some 52,000 books a year, reopened on Tuesday after an 11-week refit.\n\n"
    "About 260 readers came through the doors on the first morning, and the children's corner was full by ten.\n\n"
)


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        # the rest closes a list whose whole is in the sentence right before
        (
            _OPEN + "Members were pleased. The hull and oars cost £62,000 in all, about £150 a member. "
            "A sports council grant met £40,000, almost two-thirds, and the club found the remaining £22,000.",
            "F302",
            False,
        ),
        (
            _OPEN + "Members were pleased. The hull and oars cost £62,000 in all, about £150 a member. "
            "A sports council grant met £40,000, almost two-thirds, and the club found the remaining £12,000.",
            "F302",
            True,
        ),
        (
            _OPEN_2 + "The refit was paid for in two ways. Its bill came to $310,000, or roughly $1,200 a reader; "
            "the city put in $190,000 and a family trust the other $120,000.",
            "F302",
            False,
        ),
        (
            _OPEN_2 + "The refit was paid for in two ways. Its bill came to $310,000, or roughly $1,200 a reader. "
            "The city put in $190,000, while a family trust gave the remaining $100,000.",
            "F302",
            True,
        ),
        # a metric verb after the first item labels that item only
        (
            _OPEN_2 + "New shelving was the biggest job, and the whole refit cost $96,000. The council paid "
            "$55,000, a book charity raised $26,000 and local firms donated $15,000.",
            "F302",
            False,
        ),
        (
            _OPEN + "So the boat cost €48,500 to build. A rowing foundation granted €30,000, members raised "
            "€11,000 at a winter auction and two sponsors donated €7,500.",
            "F302",
            False,
        ),
    ],
)
def test_parts_in_the_next_sentence(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


# a sentence of parts opening on the whole's noun after this period's possessive (`Of this season's catch,`)
_CATCH = (
    "The Kilbeg co-operative will sell 600 tonnes of frozen fish to a Spanish buyer, up from 250 tonnes last year, "
    "its manager said on Friday.\n\nPrices held up well. The manager said the ice plant had run day and night.\n\n"
    "The fleet's catch came to 840 tonnes this season, or about 36 tonnes a boat. Diesel cost more than expected.\n\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CATCH + "Of this season's catch, cod made up 410 tonnes, haddock 260 tonnes and whiting 170 tonnes.", False),
        (_CATCH + "Of this season's catch, cod made up 410 tonnes, haddock 260 tonnes and whiting 210 tonnes.", True),
        (_CATCH + "Of their catch, 410 tonnes was cod, while haddock came to 260 tonnes and whiting 120.", False),
    ],
)
def test_parts_after_a_possessive_opener(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# clean paragraphs: figures of one unit standing near a total without being its parts
_CLEAN = [
    # another period's figures after this year's total
    _OPEN + "The club's costs came to £62,000 this year. Last year the boathouse roof took £9,000 and the coach "
    "£14,000.",
    # two totals in the sentence before: which one the list is of is not said
    _OPEN_2 + "The refit cost $310,000 and the new van $90,000. The city gave $60,000 and a trust $25,000.",
    # a rest of another season's spending than the total before
    _OPEN + "The club spent £18,000 on travel in 2024. In 2025 the coach took £7,000 and the remaining £5,000 "
    "went on kit.",
    # prices per unit after a total
    _OPEN_2 + "Books bought this year cost $48,000. Hardbacks cost $28 each and paperbacks $11 each.",
    # figures per unit after a total
    _OPEN + "Membership income reached £36,000. Juniors pay £90 a year and seniors £240 per member.",
    # the list names its own metric before its first figure
    _OPEN_2 + "The library's budget is $540,000. Salaries took $310,000 last year and profit from the cafe was "
    "$20,000.",
    # a total in another paragraph, unmarked
    _OPEN + "The club's reserves stand at £95,000.\n\nThe captain said more boats were needed. Oars cost £4,000 "
    "and a trailer £6,000.",
    # items larger than the figure before
    _OPEN_2 + "A reading room costs about $12,000 to furnish. The east wing took $40,000 and the west wing $35,000.",
    # counts of another thing than the total's
    _OPEN + "The club has 420 members. Some 60 rowed in the spring regatta and 45 in the summer one.",
    # a per-head figure, then unrelated sums
    _OPEN_2 + "Each reader card costs the library about $3 to print. Fines brought in $2,400 and room hire $5,100.",
    # the whole is itself a part of a figure before
    _OPEN + "Of £80,000 raised, £50,000 came from members. Rowers gave £20,000 and coaches £8,000.",
    # figures of another unit
    _OPEN_2 + "The refit cost $310,000. Builders laid 900 square metres of carpet and 1,200 metres of cable.",
    # a list of ranked figures, no whole
    _OPEN + "Three crews entered the head race. The men's eight won £1,500, the women's eight £1,200 and the "
    "juniors £800.",
    # a forecast whole, parts stated of this year
    _OPEN_2 + "The city will spend $400,000 on branches next year. This year it spent $120,000 on Ostbrook and "
    "$90,000 on Hillside.",
    # a total followed by a list of averages
    _OPEN + "Rowers logged 9,400 kilometres this season. Seniors averaged 220 kilometres each and juniors 140.",
    # a share of another whole, then parts of another pot
    _OPEN_2 + "Loans rose to 48,000 books. Of the stock, 21,000 are novels and 9,000 are picture books.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_figures_near_a_total_but_not_its_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
