"""Korean false alarms of four constructions (fifty-second session, lane `fa_as_ko`).

- A rate with no prior in its sentence takes the figure the next sentence dates to the period it is measured from
  (checker/link/later_priors.py, checker/link/next_sentence_priors.py) only when the sentence before states none:
  after `지난해 전시에는 N명이 다녀갔다`, the target `지난해보다 50% 늘어난 M명` is measured from that figure, and a
  count of last year in the sentence after (`지난해 분재 교실에는 K명이 참여했다`, often of a part or another
  activity) is no prior of it. A rate whose sentence before states no such figure still takes the one after.
- In a list of prizes, an item given to a counted group (`, 금상 두 팀에 모두 600만 원`: after a separator, the
  item's name, a count of its members and the dative right before the total mark, `[link.group_dative_before_total]`)
  is that item's total, a part of the list, not the sum of the items before it; the list's sum is the amount after
  `등` (checker/link/totals.py). A total after `등` (`… 등 두 팀에 모두 N원`), or after a count with no item named
  (`…, 두 사업에 모두 N원`), is still the list's.
- A share whose subject names the deal the story reports (`이번 물량은 … W개의 4분의 1이다`) takes no part dated in its
  own words to a year before the story's (`지난해 처음 N개를 주문했는데`): that is an earlier order; the lead's amount
  stands for the deal (checker/link/wholes_then_shares_apart.py).
- A price per one counted unit whose count is found far off (the title's count the body restates, or the one count
  stated before) takes instead another count of the counter whose clause names what the price is of (`정자 12곳의
  지붕 보수를 마쳤다 … 보수는 한 곳에 …`); where the far count's clause names it too, no count is read
  (checker/link/priced_totals.py). A price whose words name no other count's clause keeps the far count.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

GROWTH = "F301"
SUM = "F302"
SHARE = "F503"
PER_UNIT = "F317"


# --- a prior stated before, not the count of another activity after ----------------------------------------------

_PRIOR_BEFORE_AND_A_COUNT_AFTER = [
    "바람재군 연꽃 축제 개막\n\n바람재군은 연꽃 축제를 12일부터 연다고 3일 밝혔다. 지난해 축제에는 3만2천 명이 찾았고 "
    "그중 외지인이 2만4천 명이었다. 군은 올해 방문객 목표를 지난해보다 25% 늘어난 4만 명으로 잡았다. 연잎 차 "
    "만들기 체험비는 한 사람 3천 원으로, 지난해 체험에 9천 명이 참여했다.",
    "솔뫼시 국화 전시 개막\n\n솔뫼시는 국화 전시를 20일부터 연다고 3일 밝혔다. 지난해 전시에는 1만6천 명이 다녀갔다. "
    "시는 올해 관람객이 지난해보다 50% 늘어난 2만4천 명에 이를 것으로 내다봤다. 지난해 분재 교실에는 2천 명이 "
    "참여했다.",
]


@pytest.mark.parametrize("text", _PRIOR_BEFORE_AND_A_COUNT_AFTER)
def test_no_prior_from_the_sentence_after_when_the_one_before_states_it(knowledge, text):
    assert_not_fired(knowledge, text, GROWTH)


_PRIOR_AFTER_ONLY = [
    # (text, holding prior, broken prior): no figure of last year before the rate, its prior the next sentence's
    (
        "바람재군 연꽃 축제 폐막\n\n바람재군은 연꽃 축제를 마쳤다고 3일 밝혔다. 올해 방문객은 4만2천 명으로 지난해보다 "
        "25% 늘었다. 지난해에는 {prior} 명이 찾았다.",
        "3만3천600",
        "3만1천",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRIOR_AFTER_ONLY)
def test_a_prior_after_the_rate_still_read_when_none_is_stated_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(prior=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(prior=broken), GROWTH, fires=True)


# --- an item given to a counted group is a part of the list of prizes ----------------------------------------------

_PRIZES_WITH_GROUP_ITEMS = [
    # (text, holding total, broken total)
    (
        "들마루군 농악 경연\n\n들마루군은 농악 경연을 마쳤다고 3일 밝혔다. 상금은 대상 500만 원, 금상 두 팀에 모두 "
        "600만 원, 은상 세 팀에 모두 450만 원 등 {total} 원이 걸렸다.",
        # (`등` leaves the list open: a broken total falls short of the listed parts)
        "1천550만",
        "1천450만",
    ),
    (
        "갈매시 합창 대회\n\n갈매시는 합창 대회를 열었다고 3일 밝혔다. 상금은 대상 300만 원, 장려상 다섯 팀에 모두 "
        "250만 원 등 {total} 원이다.",
        "550만",
        "500만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRIZES_WITH_GROUP_ITEMS)
def test_an_item_given_to_a_group_is_a_part_of_the_list(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


_GROUP_ITEMS_NO_LIST_TOTAL = [
    # the list states no sum: the group item's total is no sum of the items before it
    "들마루군 농악 경연\n\n들마루군은 농악 경연을 마쳤다고 3일 밝혔다. 상금은 대상 500만 원, 금상 두 팀에 모두 "
    "600만 원, 은상 세 팀에 모두 450만 원이다.",
    "갈매시 합창 대회\n\n갈매시는 합창 대회를 열었다고 3일 밝혔다. 상금은 대상 300만 원, 금상 200만 원, 장려상 네 "
    "팀에 모두 250만 원이 걸렸다.",
]


@pytest.mark.parametrize("text", _GROUP_ITEMS_NO_LIST_TOTAL)
def test_no_sum_ending_on_a_group_item(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


_LIST_TOTAL_TO_A_GROUP = [
    # (text, holding total, broken total): after `등`, the total to the counted group is the list's own
    (
        "갈매시 합창 대회\n\n갈매시는 합창 대회를 열었다고 3일 밝혔다. 상금은 은빛합창단 300만 원, 늘봄합창단 200만 원 "
        "등 두 팀에 모두 {total} 원이 돌아갔다.",
        "500만",
        "400만",
    ),
    # no item named before the count: the count of the list's members, its total the list's own
    (
        "갈매시 합창 대회\n\n갈매시는 합창 대회를 열었다고 3일 밝혔다. 사업비는 연습실 보수 300만 원, 악보 구입 200만 "
        "원, 두 사업에 모두 {total} 원이 들었다.",
        "500만",
        "600만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _LIST_TOTAL_TO_A_GROUP)
def test_a_list_total_after_its_open_mark_stays_the_lists(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


# --- this deal's share takes no earlier year's order --------------------------------------------------------------

_THIS_DEAL_SHARE = [
    # (text, holding share, broken share)
    (
        "솔바람 죽부인 800개 일본으로\n\n솔바람 공방이 일본 오사카의 한 가게에서 죽부인 800개를 주문받았다고 3일 "
        "밝혔다. 이 가게는 지난해 처음 500개를 주문했는데 올해 주문은 그보다 60% 늘었다. 이번 물량은 공방이 한 해에 "
        "만드는 죽부인 3천200개의 {share}이다.",
        "4분의 1",
        "5분의 1",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _THIS_DEAL_SHARE)
def test_this_deals_share_takes_the_lead_amount_not_last_years(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True)


_THIS_DEAL_NO_PART = [
    # the lead states no count of the deal: last year's order is no part of this one
    "솔바람 죽부인 일본으로\n\n솔바람 공방이 일본 오사카의 한 가게에서 죽부인을 다시 주문받았다고 3일 밝혔다. 이 "
    "가게는 지난해 처음 500개를 주문했는데 올해 주문은 그보다 크게 늘었다. 이번 물량은 공방이 한 해에 만드는 죽부인 "
    "3천200개의 4분의 1이다.",
]


@pytest.mark.parametrize("text", _THIS_DEAL_NO_PART)
def test_this_deals_share_takes_no_part_of_an_earlier_year(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


# --- a price per one unit takes the count its clause names -------------------------------------------------------

_PRICE_OF_THE_NAMED_COUNT = [
    # (text, holding total, broken total)
    (
        "솔뫼군 정자 40곳 점검\n\n솔뫼군은 관내 정자 40곳을 점검하고 낡은 정자 12곳의 지붕 보수를 마쳤다고 3일 "
        "밝혔다. 점검은 5월부터 두 달 동안 진행됐다. 보수는 곳당 300만 원꼴로 모두 {total} 원이 들었다.",
        "3천600만",
        "5천만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_OF_THE_NAMED_COUNT)
def test_a_price_takes_the_count_whose_clause_names_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_PRICE_OF_TWO_NAMED_COUNTS = [
    # both counts' clauses name the work the price is of: which count, not said
    "솔뫼군 정자 40곳 점검\n\n솔뫼군은 관내 정자 40곳의 보수 상태를 점검하고 낡은 정자 12곳의 보수를 마쳤다고 3일 "
    "밝혔다. 점검은 5월부터 두 달 동안 진행됐다. 보수는 곳당 300만 원꼴로 모두 4천만 원이 들었다.",
]


@pytest.mark.parametrize("text", _PRICE_OF_TWO_NAMED_COUNTS)
def test_no_count_where_two_clauses_name_the_price(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_PRICE_OF_THE_FAR_COUNT = [
    # (text, holding total, broken total): the other count's clause names nothing of the price: the title's count
    (
        "솔뫼군 정자 40곳 새 단장\n\n솔뫼군은 관내 정자 40곳의 지붕을 새로 얹었다고 3일 밝혔다. 이 가운데 12곳은 "
        "지은 지 100년이 넘었다. 공사는 마을 목수들이 두 달 동안 맡았다. 공사비는 곳당 300만 원꼴로 모두 {total} 원이 "
        "들었다.",
        "1억2천만",
        "1억3천만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_OF_THE_FAR_COUNT)
def test_a_price_keeps_the_far_count_when_no_other_is_named(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)
