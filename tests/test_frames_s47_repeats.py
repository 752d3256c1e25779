"""A figure stated twice (forty-seventh session, lane `repeats`).

- A headline's count restated by the lead's first count of its value, read with a word that describes the counted
  thing without naming it (`38 new units`, `370 old volumes`, `2,400 hand-finished wool sweaters`, `60 handmade
  chairs`; `[link.counter_modifiers]`): the lead's noun is unsaid, so nothing sets the two apart; one figure
  (checker/link/counter_synonyms.py `counter_names_nothing`, checker/check/kinds/restatement.py
  `headline_counted_pairs`).
- One count stated twice after one noun, once told as done and once ahead (`has won an order for 14,000 pairs`, `the
  14,000 pairs will all be painted by hand`; `올여름 이용객 15만 명을 목표로`, `이용객을 15만 명으로 늘릴 계획`): one
  figure whether or not a sentence tells it ahead (checker/check/kinds/restatement.py `counted_pairs`); two periods
  still set the two apart, as do a word of one more lot before the later count (`another`, `a further`, `추가로`;
  `[link.added_heads]`, `head_adds`) and, for a count told ahead, a time of its own the other lacks (`will send 1,200
  boxes next month`).
- A preposition right after a count is no counted noun (`tops 9,000 despite the rain`, `passes 4,000 amid sunshine`;
  `[counters] not_counters`): the headline's mark passed is then restated by the body's figure past it
  (`headline_bound_pairs`).
- A headline's fraction in words told again later as the same fraction (`sprays three-quarters of its verges`, `about
  three-quarters of the 1,200 kilometres`; `온라인이 3분의 1`, `전체의 3분의 1 수준`): the first later fraction of its
  value and sort, a rounding and no bound, restates it (checker/check/headline_fractions.py
  `headline_same_fraction_pairs`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_linked as _not_linked

RESTATED = "F405"

# ---------------------------------------------------------------- a headline's count, the lead's read by a modifier


@pytest.mark.parametrize(
    "text",
    [
        "Bakery adds 44 ovens\n\nThe Millbrook bakery has installed 44 new gas ovens at its plant, it said on "
        "Monday.\n",
        "Shipyard to build 120 boats\n\nA yard in Port Ellin will build 120 hand-finished wooden boats for a dealer "
        "in Aarhus, it said.\n",
        "Workshop ships 260 chairs to hotels\n\nA Cotswold workshop has sold 260 handmade oak chairs to a hotel "
        "group, the firm said on Tuesday.\n",
        "Archive takes in 1,500 maps\n\nThe county archive has received 1,500 old survey maps from a private "
        "collection, its keeper said.\n",
        "Depot orders 36 buses\n\nThe Harrowgate depot has ordered 36 extra electric buses for next year, the "
        "operator said.\n",
        "Loom maker sells 75 looms to Peru\n\nA Border loom maker has agreed to send 75 hand-built floor looms to a "
        "weavers' cooperative near Cusco, it said.\n",
    ],
)
def test_a_headline_count_is_restated_by_the_leads_count_read_by_a_modifier(knowledge, text):
    _checked(knowledge, text, RESTATED, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # (the lead's count of the value is of a year apart from the headline's)
        "Bakery adds 44 ovens in 2026\n\nThe Millbrook bakery installed 44 new gas ovens in 2019, it said.\n",
        # (another value, the headline's written to the hundred)
        "Shipyard to build 1,200 boats\n\nA yard in Port Ellin will build 1,236 hand-finished wooden boats, it said.\n",
        # (a small count: a lead meets it by chance)
        "Depot orders 6 buses\n\nThe Harrowgate depot has ordered 6 extra electric trams for next year.\n",
        "Crew answers 14 calls\n\nThe Pellmouth crew answered calls all week and fitted 14 new radios.\n",
        # (past the lead: a count of the value there is as likely another's)
        "Archive takes in 1,500 maps\n\nThe county archive has received a private collection of survey maps.\nIt "
        "opened in 1961.\nIts reading room seats 40.\nA scanner bought last year copied 1,500 old letters.\n",
    ],
)
def test_a_headline_count_is_not_restated_by_a_modified_count_apart_from_it(knowledge, text):
    _not_linked(knowledge, text, RESTATED)


# ---------------------------------------------------------------- one count, told as done and told ahead


@pytest.mark.parametrize(
    "text",
    [
        "Clog maker wins order\n\nA clog workshop in Friesland has won an order for 14,000 pairs of clogs from a "
        "store in Osaka.\nThe owners said the 14,000 pairs will all be painted by hand.\n",
        "Orchard ships to Oslo\n\nThe orchard, which has 16 acres of pear trees, will ship eight tonnes to Oslo.\n"
        "Its owner said the 16 acres carry some 3,200 trees.\n",
        "Kiln order\n\nA pottery in Stoke has been asked for 450 glazed tiles by a hotel in Lyon.\nThe 450 tiles "
        "will be fired in two batches next month.\n",
        "새봄시 물놀이장\n\n새봄시는 올여름 물놀이장 이용객 15만 명을 목표로 잡았다.\n지난해 이용객은 10만 명이었다.\n"
        "시는 이용객을 15만 명으로 늘릴 계획이다.\n",
        "한울군 사과 수출\n\n한울군은 사과 1천200상자 수출 계약을 대만 유통사와 맺었다고 밝혔다.\n계약한 1천200상자는 "
        "두 차례에 나눠 배로 보낼 예정이다.\n",
    ],
)
def test_a_count_told_as_done_and_told_ahead_is_one_figure(knowledge, text):
    _checked(knowledge, text, RESTATED, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # (two years' levels)
        "Plant report\n\nThe plant made 500 cars in 2025.\nIt will make 500 cars in 2027.\n",
        "Ferry figures\n\nThe ferry carried 3,400 cyclists in 2024.\nThe operator expects 3,400 cyclists in 2026.\n",
        # (one more lot of the size: a word of an added lot before it, or a time of its own told ahead)
        "Orchard exports\n\nThe orchard sent 1,200 boxes of apples to Taipei in May.\nIt will send another 1,200 "
        "boxes next month.\n",
        "Stand works\n\nThe club put in 300 seats last summer.\nA further 300 seats are planned.\n",
        "한울군 사과 수출\n\n한울군은 사과 1천200상자를 대만에 보냈다.\n군은 다음 달 추가로 1천200상자를 더 보낼 "
        "예정이다.\n",
        "한울군 사과 수출\n\n한울군은 사과 1천200상자를 대만에 보냈다고 밝혔다.\n군은 다음 달에도 1천200상자를 추가로 "
        "보낼 예정이다.\n",
        # (two nouns of two things)
        "Depot plans\n\nThe depot has 120 drivers.\nIt will buy 120 buses next year.\n",
    ],
)
def test_a_count_told_ahead_in_another_period_or_of_another_noun_is_another_figure(knowledge, text):
    _not_linked(knowledge, text, RESTATED)


# ---------------------------------------------------------------- a preposition after a headline's mark is no noun


@pytest.mark.parametrize(
    "text",
    [
        "Fair crowd tops 9,000 despite the rain\n\nThe Ardmore show drew 9,350 visitors over two days, the "
        "organisers said on Monday.\n",
        "Regatta crowd passes 4,000 amid sunshine\n\nThe regatta drew 4,420 spectators on Saturday, its committee "
        "said.\n",
        "Food bank parcels top 12,000 during winter\n\nThe Eastgate food bank handed out 12,300 parcels between "
        "November and February, it said.\n",
    ],
)
def test_a_headline_mark_before_a_preposition_is_restated_past_it(knowledge, text):
    _checked(knowledge, text, RESTATED, fires=False)


def test_a_headline_mark_before_a_preposition_is_not_restated_short_of_it(knowledge):
    text = "Fair crowd tops 9,000 despite the rain\n\nThe Ardmore show drew 8,650 visitors over two days.\n"
    _not_linked(knowledge, text, RESTATED)


# ---------------------------------------------------------------- a headline's fraction in words told again


@pytest.mark.parametrize(
    "text",
    [
        "Shire sprays three-quarters of its verges\n\nThe Kelso Shire treated 900 kilometres of verges this year, "
        "about three-quarters of the 1,200 kilometres it looks after, councillors heard.\n",
        "Online takes a third of toffee sales\n\nThe Brixham toffee shop sold £96,000 of toffee last year.\n"
        "Orders on its website made up a third of that, the owner said.\n",
        "Two-thirds of allotments let\n\nThe town council has let 80 of its 120 allotments.\nThat is roughly "
        "two-thirds of the plots on its three sites.\n",
        "가람시 시내버스 절반 전기버스로\n\n가람시 시내버스 가운데 절반이 전기버스로 바뀌었다.\n시는 남은 버스도 바꿀 "
        "계획이다.\n현재 전체 버스 240대의 절반인 120대가 전기버스다.\n",
        "다온군 사과 3분의 1 수출\n\n다온군은 올해 사과 1만2천 상자를 땄다.\n이 가운데 3분의 1인 4천 상자를 대만에 "
        "보냈다.\n",
    ],
)
def test_a_headline_fraction_told_again_as_the_same_fraction_is_restated(knowledge, text):
    _checked(knowledge, text, RESTATED, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # (the later fraction is a bound, not a rounding)
        "Shire sprays three-quarters of its verges\n\nThe Kelso Shire says more than three-quarters of its "
        "verges need spraying.\n",
        # (a share in the headline, a change later)
        "Online takes a third of toffee sales\n\nThe Brixham toffee shop said its sales rose by a third last year.\n",
        # (another fraction later)
        "Two-thirds of allotments let\n\nThe town council has let a half of its allotments on the north site.\n",
    ],
)
def test_a_headline_fraction_is_not_restated_by_a_bound_a_change_or_another_fraction(knowledge, text):
    _not_linked(knowledge, text, RESTATED)
