"""English false warnings and misses of an opened set (fifty-third session, lane `fa_at_en`).

- What each of some units holds on average (`The workshop's 12 makers will each sew 25 kites`,
  checker/link/each_averages.py) is never a share of a count listed beside another count of its noun (`200 small
  kites and 100 large ones`, `80 oak trees and 40 ash trees`: the other member counts the same noun, or names it by a
  pronoun, `[link.list_pronoun_counters]`): a list member is a part, the whole is the count the article states alone
  (`an order for 300 kites`), or there is none.
- Such a list is of the parts of the one count of its noun the article states alone before its sentence (`an order
  for 300 kites`), past a headline, larger than each part, of no other period (checker/link/lists_of_one_noun.py): an
  open list, the parts falling short pass, exceeding it is reported; two counts of the noun before, nothing.
- A figure marked per a noun right after it (`40 riders a turn`, `12 loads per trip`: `[link.unit_rate_after]`) that
  is not the units' own noun (`250 riders a car` of `20 cars`) nor a person (`a head`) is per that noun only: no share
  of a whole the units hold between them, unless that whole is marked per the same noun.
- A person's age then set before its year with a comma between (`Mabel Torrin, 58, who first threw a pot at 17, in
  1985`), or before the years back to it (`at 21, 33 years ago`: the year that many years before the publication's,
  `[link.span_ago]`): read as `at 17 in 1985` is (checker/link/age_pairs.py), the two ages differing by the years to
  now; one age now before it in its sentence, else nothing.
- A total stated over one weekend (`over its opening weekend`, `Over the first weekend`: `[link.span_one_weekend]`)
  and an average a day set after it: the weekend's two days; not a weekend of other days (`bank holiday weekend`),
  nor weekends (`over its first weekends`), nor an average at the weekend of a longer span.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
ELAPSED = "F406"
PER_PERIOD = "F312"
SUM = "F302"


# ---------------------------------------------------------------- a list member is no whole of an `each` amount

_KITES = (
    "Tolworth kites\n\nA Tolworth workshop has won an order for 300 kites from a toy shop in Oslo, its owner said.\n\n"
    "The order is for 200 small kites and 100 large ones. The workshop's 12 makers will each sew {each} kites."
)
_OAKS = (
    "Brinley trees\n\nVolunteers will plant 120 trees along the Brinley canal this winter, the trust said.\n\n"
    "The trust has bought 80 oak trees and 40 ash trees. Its 15 volunteers will each plant {each} trees."
)


@pytest.mark.parametrize(("text", "holds", "broken"), [(_KITES, "25", "35"), (_OAKS, "8", "12")])
def test_an_each_amount_is_of_the_whole_past_a_list_of_its_parts(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each=broken), PER_UNIT, fires=True)


# a count stated alone (no list) is still the whole: a broken amount each is still reported
def test_a_count_stated_alone_is_still_the_whole(knowledge):
    text = (
        "Tolworth kites\n\nA Tolworth workshop has won an order from a toy shop in Oslo.\n\n"
        "The order is for 200 kites. The workshop's 10 makers will each sew {each} kites."
    )
    assert_checked(knowledge, text.format(each="20"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each="25"), PER_UNIT, fires=True)


_NO_WHOLE_BUT_A_LIST = [
    # the article states no count of the kites alone: the list's members are parts, no whole to divide
    "Tolworth kites\n\nA Tolworth workshop has won an order from a toy shop in Oslo.\n\n"
    "The order is for 200 small kites and 100 large ones. The workshop's 12 makers will each sew 25 kites.",
    "Brinley trees\n\nThe trust has bought 80 oak trees and 40 ash trees for the Brinley canal.\n\n"
    "Its 15 volunteers will each plant eight trees.",
]


@pytest.mark.parametrize("text", _NO_WHOLE_BUT_A_LIST)
def test_no_each_amount_of_a_list_member(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a list of one noun: the parts of its whole before

_LISTS = [
    (
        "Tolworth kites\n\nA Tolworth workshop has won an order for 300 kites from a toy shop in Oslo, its owner "
        "said.\n\nThe order is for 200 small kites and {last} large ones.",
        "100",
        "150",
    ),
    (
        "Brinley trees\n\nVolunteers will plant 120 trees along the Brinley canal this winter, the trust said.\n\n"
        "The trust has bought 80 oak trees and {last} ash trees.",
        "40",
        "60",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LISTS)
def test_a_list_of_one_noun_is_of_the_count_stated_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(last=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(last=broken), SUM, fires=True)


_NO_WHOLE_OF_THE_LIST = [
    # two counts of the noun before the list: which one it divides, unsaid
    "Tolworth kites\n\nA Tolworth workshop has won an order for 300 kites from a toy shop in Oslo. It sold 900 "
    "kites in all last year.\n\nThe order is for 200 small kites and 150 large ones.",
    # the count stated only in the headline
    "Tolworth workshop wins order for 300 kites\n\nA Tolworth workshop has won an order from a toy shop in Oslo."
    "\n\nThe order is for 200 small kites and 150 large ones.",
    # counts of two nouns: no list of one noun
    "Parr fair\n\nThe Parr fair drew 500 visitors on Saturday.\n\nIt had 300 children and 250 adults.",
]


@pytest.mark.parametrize("text", _NO_WHOLE_OF_THE_LIST)
def test_no_whole_of_a_list_without_one_count_of_its_noun_before(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a figure per another noun is per that noun only

_NOT_PER_THE_UNITS = [
    "Bexford carousel\n\nThe Bexford carousel carried 5,000 riders over the holiday, its owner said.\n\n"
    "It has 20 horses, each seating two, so it carries 40 riders a turn.",
    "Quarry\n\nThe Helm quarry shipped 9,000 tonnes of stone this month.\n\n"
    "Its 12 lorries each carry 20 tonnes per trip.",
    "Ferry\n\nThe Orrin ferry took 7,200 passengers in June.\n\nIts four boats each carry 60 passengers a crossing.",
]


@pytest.mark.parametrize("text", _NOT_PER_THE_UNITS)
def test_a_figure_per_another_noun_divides_no_whole_of_the_units(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


_PER_THE_UNITS = [
    # (no per mark: each car's share of the riders; or per the units' own noun)
    (
        "Bexford carousel\n\nThe Bexford carousel carried 5,000 riders over the holiday, its owner said.\n\n"
        "Its 20 cars each carried {each} riders.",
        "250",
        "300",
    ),
    (
        "Bexford carousel\n\nThe Bexford carousel carried 5,000 riders over the holiday, its owner said.\n\n"
        "Its 20 cars each carried {each} riders a car.",
        "250",
        "300",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PER_THE_UNITS)
def test_a_figure_each_of_the_units_still_divides_their_whole(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each=broken), PER_UNIT, fires=True)


# ---------------------------------------------------------------- an age then, a comma, its year


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("The owner, Mabel Torrin, 58, who first threw a pot at 17, in 1985, still works the wheel.", False),
        ("The owner, Mabel Torrin, 58, who first threw a pot at 27, in 1985, still works the wheel.", True),
        ("Coach Idris Vane, 47, who first rowed at nine, in 1988, 38 years ago, said the club had grown.", False),
        ("Coach Idris Vane, 47, who first rowed at nine, in 1998, 28 years ago, said the club had grown.", True),
        # (the year written as the years back from now)
        ("Diver Nia Pellow, 54, who began diving at 21, 33 years ago, leads the count.", False),
        ("Diver Nia Pellow, 54, who began diving at 31, 33 years ago, leads the count.", True),
        ("Diver Nia Pellow, 54, who began diving at twenty, 34 years ago, leads the count.", False),
    ],
)
def test_an_age_then_with_a_comma_before_its_year(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (no age now before it)
        "The pottery, which a girl took over at 17, in 1985, still works the old wheel.",
        # (two ages now before it: whose age then is unsaid)
        "Partners Ada Hale, 58, and Ben Orr, 61, who met at 17, in 1985, run the shop.",
        # (a figure after `at` that is no age: a price, with its unit)
        "Trader Nell Ash, 58, who sold the first pots at £17, in 1985, still keeps the stall.",
        # (the years back with no age now before them)
        "The club, which started diving at 21 sites, 33 years ago, leads the count.",
        "Divers who began at 21, 33 years ago, still lead the count.",
    ],
)
def test_no_age_then_with_a_comma_without_one_age_now(knowledge, text):
    assert_not_linked(knowledge, text, ELAPSED)


# ---------------------------------------------------------------- an average a day over a weekend

_WEEKENDS = [
    (
        "Hollin rink\n\nThe Hollin ice rink drew 2,400 skaters over its opening weekend, an average of {avg} a day.",
        "1,200",
        "1,500",
    ),
    (
        "Parr fair\n\nOver the first weekend, Saturday 4 and Sunday 5 July, 3,800 people visited the Parr fair, "
        "an average of {avg} a day.",
        "1,900",
        "2,600",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _WEEKENDS)
def test_an_average_a_day_over_a_weekend_is_over_its_two_days(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(avg=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, text.format(avg=broken), PER_PERIOD, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a weekend of three days: the days are not the weekend's two)
        "Hollin rink\n\nThe Hollin ice rink drew 2,400 skaters over the bank holiday weekend, an average of 1,200 a "
        "day.",
        # (weekends: their days unsaid)
        "Hollin rink\n\nThe Hollin ice rink drew 2,400 skaters over its first weekends, an average of 1,200 a day.",
        # (an average at the weekend, of a longer span: no weekend the total is stated over)
        "Hollin rink\n\nThe Hollin ice rink drew 9,400 skaters last month, with 1,200 a day at the weekend.",
    ],
)
def test_no_weekend_span_of_other_days(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)
