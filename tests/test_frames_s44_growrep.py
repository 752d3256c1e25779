"""Growths whose members stand apart (forty-fourth session, lane `growrep`).

- A rate measured against the present, named by a word and no figure (`about 15 percent more than this year`,
  `40 per cent more than now`, `지금보다 10% 줄어든다`, `올해보다 20% 많은 수준이다`): the figure compared with is the
  story's level of now, the one plain level of the value's measure in the earliest sentence of the body that states
  one (checker/link/changes_against_now.py, `[link.now_words]`).
- A headline's count restated by the body's first count of its value, the counted noun named in other words that may
  name one thing: synonyms (`draws 420 throwers` over `A record 420 competitors`), a noun cut short (`2,400 street`
  over `2,400 street trees`) or a compound of it (`42 tubs`, `Forty-two bathtubs`), no periods apart: one figure
  (checker/check/kinds/restatement.py `headline_counted_pairs`, checker/link/counter_synonyms.py
  `counters_may_restate`).
- A fraction set off by a comma before a comparative word, after a move from one figure to another (`climbed
  from £1.40 to £1.75, a quarter more`, `…, a fifth lower`): the size of that change
  (checker/link/fraction_changes.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired
from helpers import assert_not_linked as _not_linked

GROWTH = "F301"
RESTATED = "F405"

# ---------------------------------------------------------------- a rate against the level of now

_AGAINST_NOW = [
    (
        "Ferry carries 2,400 cyclists\n\nThe Harlow Point ferry carried 2,400 cyclists this summer, the operator "
        "said on Monday.\nIt sailed on 92 days.\nNext summer it hopes to carry 3,000 cyclists, {rate} per cent more "
        "than this year.\n",
        25,
        45,
    ),
    (
        "Orchard picks 800 tonnes\n\nThe Bellfield orchard picked 800 tonnes of apples this autumn, its owners "
        "said.\nPickers worked for 41 days.\nIt plans to pick 1,000 tonnes in 2027, {rate} per cent more than now.\n",
        25,
        60,
    ),
    (
        "Library lends 18,000 books\n\nThe Eastmoor library lent 18,000 books in the year to June, the council "
        "said.\nIts 12 volunteers ran 40 reading groups.\nThe council wants it to lend 16,200 books next year, "
        "{rate}% fewer than today, as one branch closes for repairs.\n",
        10,
        30,
    ),
    (
        "가온시 공영버스 1천200대\n\n가온시는 현재 공영버스 1천200대를 운행한다고 3일 밝혔다.\n노선은 모두 84개다.\n"
        "노선 개편이 끝나면 공영버스는 1천80대로 지금보다 {rate}% 줄어든다.\n",
        10,
        30,
    ),
    (
        "다솜시 야간버스 4만2천 명 태워\n\n다솜시는 야간 관광버스가 올 시즌 탑승객 4만2천 명을 기록했다고 4일 "
        "밝혔다.\n모두 180일을 운행했다.\n시는 내년에는 탑승객 5만 명을 목표로 잡았다.\n올해보다 {rate}% 가까이 많은 "
        "수준이다.\n",
        20,
        60,
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _AGAINST_NOW)
def test_a_rate_against_the_present_measures_the_level_of_now(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rate=right), GROWTH, fires=False)
    _checked(knowledge, text.format(rate=wrong), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the level of now is broken into parts in its sentence: which one moves is not said)
        "Depot runs 1,200 buses\n\nThe depot runs 1,200 buses (800 diesel, 400 electric), the operator said.\n"
        "After the cuts it will run 1,080 buses, 40% fewer than now.\n",
        # (the earliest sentence states two levels of the measure: which one is now's is not said)
        "Club grows\n\nThe club had 300 members in spring and 320 members in summer, its secretary said.\n"
        "Next year it hopes for 450 members, 10 per cent more than this year.\n",
        # (a year named, not the present: no level of now)
        "Fair sells 5,000 tickets\n\nThe fair sold 5,000 tickets this year, organisers said.\nIt hopes to sell "
        "6,000 tickets next year, 50 per cent more than last year.\n",
        # (the value does not move from the level the way the rate says)
        "Pool sells 9,000 swims\n\nThe lido sold 9,000 swims this summer, the trust said.\nIt hopes to sell 8,000 "
        "swims next summer, 30 per cent more than this year.\n",
        "한내시 공영버스\n\n한내시는 현재 공영버스 1천200대(시내 800대, 마을 400대)를 운행한다고 밝혔다.\n"
        "노선 개편이 끝나면 공영버스는 1천80대로 지금보다 40% 줄어든다.\n",
    ],
)
def test_no_level_of_now_when_the_text_does_not_say_which(knowledge, text):
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a headline's count, its noun renamed in the body


@pytest.mark.parametrize(
    "text",
    [
        "Conker contest draws 340 throwers\n\nA record 340 entrants from 11 counties swung conkers on the green at "
        "Ashworth on Sunday, organisers said.\n",
        "Quiz night draws 96 contestants\n\nNinety-six entrants answered questions in the village hall on Friday, "
        "the organisers said.\n",
        "Fleet adds 35 boats\n\nThe harbour company will take delivery of 35 tugboats over the summer, it said.\n",
        "Town to plant 3,600 hedge\n\nThe town council will plant 3,600 hedge saplings along its verges this "
        "winter, councillors agreed.\n",
        "Regatta draws 64 boats\n\nSixty-four lifeboats took part in the harbour regatta on Saturday, the "
        "organisers said.\n",
    ],
)
def test_a_headline_count_is_restated_by_the_bodys_first_count_of_its_value(knowledge, text):
    _checked(knowledge, text, RESTATED, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # (the body's first count is another figure: the same value later is as likely another fact)
        "Fair draws 420 stallholders\n\nThe fair drew 9,300 visitors on Saturday, and 420 volunteers helped run "
        "it, organisers said.\n",
        "Club signs 75 players\n\nThe club has 640 members, the secretary said.\nIt fielded 75 teams last season.\n",
        # (two nouns of two things, neither a modifier nor a part of the other)
        "Storm closes 15 schools\n\nThe council said 15 roads were also shut by floods on Tuesday.\n",
        "Harbour hires 40 pilots\n\nThe harbour board said it had bought 40 tugs this year.\n",
        # (a noun ending another is no compound of it when it adds too little: `women`, `men`)
        "Choir signs up 30 men\n\nThe choir said 30 women joined its autumn concert.\n",
    ],
)
def test_a_headline_count_is_not_restated_by_a_later_count_of_its_value(knowledge, text):
    _not_linked(knowledge, text, RESTATED)


# ---------------------------------------------------------------- `from X to Y, a quarter more`


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Milk has climbed from 80p a litre in 2024 to £1.00, {frac} more, and the dairy has hired staff.",
            "a quarter",
            "a half",
        ),
        ("Fares fell from £5.00 to £4.00, {frac} lower, after the council stepped in.", "a fifth", "a third"),
        ("The club has 400 members, {frac} more than the 320 it had in 2020.", "a quarter", "two-thirds"),
        (
            "Rents at the market rose to £90 a stall from £60 last year, {frac} higher, traders said.",
            "a half",
            "a quarter",
        ),
        ("The herd shrank from 1,200 head to 900 head, {frac} fewer, after the dry summer.", "a quarter", "a half"),
    ],
)
def test_a_fraction_set_off_before_a_comparative_is_the_change(knowledge, text, right, wrong):
    _checked(knowledge, text.format(frac=right), GROWTH, fires=False)
    _checked(knowledge, text.format(frac=wrong), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a share of a whole, no comparative after it)
        "Sales rose to £9,000 from £6,000, a third of them online, the shop said.",
        # (no figure compared with in its sentence: which change is unsaid)
        "The club now has 400 members, a quarter more, its secretary said.",
    ],
)
def test_a_fraction_without_a_comparative_or_a_prior_is_no_change(knowledge, text):
    _not_fired(knowledge, text, GROWTH)
