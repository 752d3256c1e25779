"""English false warnings and misses of an opened set (fifty-third session, lane `fa_at_en`).

- What each of some units holds on average (`The workshop's 12 makers will each sew 25 kites`,
  checker/link/each_averages.py) is never a share of a count listed beside another count of its noun (`200 small
  kites and 100 large ones`, `80 oak trees and 40 ash trees`: the other member counts the same noun, or names it by a
  pronoun, `[link.list_pronoun_counters]`): a list member is a part, the whole is the count the article states alone
  (`an order for 300 kites`), or there is none; unless the amount each repeats the member's own label (`10 small-kite
  makers will each sew 20 small kites`, `each plant eight oak trees`): then the member is their whole.
- A figure marked per a noun right after it (`40 riders a turn`, `12 loads per trip`: `[link.unit_rate_after]`) that
  is not the units' own noun (`250 riders a car` of `20 cars`) nor a person (`a head`) is per that noun only: no share
  of a whole the units hold between them, unless that whole is marked per the same noun.
- A total stated over one weekend (`over its opening weekend`, `Over the first weekend`: `[link.span_one_weekend]`)
  and an average a day set after it: the weekend's two days, told in days; not a weekend of other days (`bank holiday
  weekend`, or one whose sentences name a weekday of the week's others, `from Friday to Sunday`:
  `[link.span_weekend_other_days]`), nor weekends (`over its first weekends`), nor an average at the weekend of a
  longer span.
- Two counts of one noun listed in a sentence (`200 oak trees and 150 ash trees`) are no parts of a count of the noun
  stated before (another place, firm, day, a stock or a rate): no sum is read.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, assert_not_fired, assert_not_linked, rule_result

PER_UNIT = "F317"
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


_OWN_LABEL = [
    # (the amount each repeats the member's label: the member is the makers' whole)
    (
        "Pell kites\n\nA Pell workshop has won an order from a shop in Varn.\n\nThe order is for 180 small kites "
        "and 90 large ones. Its 12 small-kite makers will each sew {each} small kites.",
        "15",
        "22",
    ),
    (
        "Ossory trees\n\nThe trust has bought 90 oak trees and 30 ash trees.\n\nIts 15 volunteers will each plant "
        "{each} oak trees.",
        "six",
        "nine",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _OWN_LABEL)
def test_an_each_amount_repeating_a_members_label_is_of_that_member(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(each=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each=broken), PER_UNIT, fires=True)


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


@pytest.mark.parametrize(
    "text",
    [
        # (the text gives the weekend three days)
        "Tarn rink\n\nThe Tarn rink drew 4,500 skaters over its opening weekend, from Friday to Sunday, an average "
        "of 1,500 a day.",
        "Tarn rink\n\nThe Tarn rink, open Friday to Sunday, drew 2,700 skaters over its opening weekend, an average "
        "of 900 a day.",
        "Dell show\n\nOver the final weekend, Friday to Sunday, the Dell show drew 7,500 people, an average of 2,500 "
        "a day.",
    ],
)
def test_no_two_days_of_a_weekend_given_other_days(knowledge, text):
    assert_not_fired(knowledge, text, PER_PERIOD)


def test_a_weekend_average_is_told_in_days(knowledge):
    text = "Tarn rink\n\nThe Tarn rink drew 3,000 skaters over its opening weekend, an average of 1,000 a day."
    result = rule_result(knowledge, text, PER_PERIOD, FRAME_DAY)
    messages = [f.message for f in result.findings]
    assert messages and all("a day for 2 days" in m and "week" not in m for m in messages), messages


# ---------------------------------------------------------------- no list of one noun of a count stated before

_NO_SUM_OF_ANOTHER_COUNT = [
    # (another place, firm, farm, ground, day, occasion, stock, rate; clauses; a contrast)
    "Trees\n\nThe hamlet of Vell already has 400 trees along its lanes.\n\nThe trust has now bought 250 oak "
    "trees and 200 ash trees for a new wood.",
    "Buses\n\nHarrow Vale runs 500 buses, the operator said.\n\nIn nearby Tull, 300 electric buses and 250 diesel "
    "ones serve the routes.",
    "Kites\n\nThe Pell workshop sews about 400 kites a month, its owner said.\n\nThe Varn order is for 300 small "
    "kites and 150 large ones.",
    "Kites\n\nThe order is for 400 kites, the owner said.\n\nSo far the workshop has sewn 300 kites, and 150 kites "
    "have been sold.",
    "Kites\n\nThe Pell workshop has sewn 400 kites since it opened.\n\nThis spring Pell sewed 300 kites while Tull "
    "sewed 150 kites.",
    "Flights\n\nThe airfield handled 400 flights on Friday.\n\nOn Saturday it handled 300 domestic flights and "
    "150 international ones.",
    "학교\n\n푸른초등학교 학생은 700명이다.\n\n이웃 은하초등학교에는 남학생 450명과 여학생 400명이 다닌다.",
    "배\n\n지난 주 포구에 배 500척이 들어왔다.\n\n이번 주에는 화물선 300척과 여객선 250척이 들어왔다.",
]


@pytest.mark.parametrize("text", _NO_SUM_OF_ANOTHER_COUNT)
def test_no_sum_of_a_list_and_another_count_of_its_noun(knowledge, text):
    assert_not_fired(knowledge, text, SUM)
