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
  stated before) keeps it unless the far count's own sentence states another count of the counter for the story's
  time (one dated to another year is none); then no count is read. The one switch kept: the price's subject (`보수는
  곳당 …`) is the work that other count's clause names (`낡은 정자 12곳의 지붕 보수를 마쳤다`), that count stands in the
  lead or the sentence right before the price, and the far count's clause does not name it
  (checker/link/priced_totals.py). A count of the counter in a sentence of its own leaves the far count standing.
- Review fixes: a list's total to a count of its members equal to the items listed (`…, 입상한 두 팀에 모두 N원`)
  stays the list's; a figure of last year the sentence before states is a prior stated before only when it is the
  same thing (not `외지인 N명`, not `수출은 N대` before `판매량은`); a lead's deal signed in a month of the year before
  (`지난해 12월 … 계약`, a January story) is still this deal.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

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
    # (text, holding total, broken total): the other count stands in a sentence of its own (a part, `이 가운데 12곳`)
    # and its clause names nothing of the price: the title's count
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


_PRICE_BESIDE_A_COUNT_OF_ITS_SENTENCE = [
    # the far count's sentence states another count of the counter, the price's subject named by neither clause
    "가온군 노거수 70그루 점검\n\n가온군은 관내 노거수 70그루를 점검하고 병든 나무 14그루에 영양제를 놓았다고 "
    "3일 밝혔다. 점검은 두 달 동안 진행됐다. 작업비는 한 그루에 100만 원꼴로 모두 1천400만 원이 들었다.",
]


@pytest.mark.parametrize("text", _PRICE_BESIDE_A_COUNT_OF_ITS_SENTENCE)
def test_a_price_reads_no_far_count_beside_a_count_of_its_sentence(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_PRICE_OF_THE_ONLY_FAR_COUNT = [
    # (text, holding total, broken total): the one count of the counter before the price: the title's count
    (
        "솔뫼군 정자 40곳 새 단장\n\n솔뫼군은 관내 정자 40곳의 지붕을 새로 얹었다고 3일 밝혔다. 공사는 마을 목수들이 "
        "두 달 동안 맡았다. 주민들은 반겼다. 공사비는 곳당 300만 원꼴로 모두 {total} 원이 들었다.",
        "1억2천만",
        "1억3천만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_OF_THE_ONLY_FAR_COUNT)
def test_a_price_keeps_the_only_far_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# --- review fixes -------------------------------------------------------------------------------------------------
# A price whose count is found far off reads none where the far count's sentence states another count of the counter
# for the story's time (which the price applies to, not said); a count dated to another year is none of those. The one
# switch kept: the price's subject is the work that other count's clause names, in the lead or in the sentence right
# before the price, and the far count's clause does not name it. No word of the price switches to a count elsewhere.

_PRICE_BESIDE_ANOTHER_COUNT = [
    # a word of the price's (`이번`, `마을`, `올해`, `공사`, `벽화`) in another count's clause, a sentence of its own:
    # no switch to it (the far count stands, and holds)
    "갈대군 쉼터 50곳 단장\n\n갈대군은 관내 쉼터 50곳의 바닥을 새로 깔았다고 4일 밝혔다. 이번에 처음 고친 쉼터도 "
    "15곳이나 된다. 공사는 한 달 동안 이어졌다. 이번 공사비는 곳당 200만 원꼴로 모두 1억 원이 들었다.",
    "갈대군 쉼터 50곳 단장\n\n갈대군은 관내 쉼터 50곳의 바닥을 새로 깔았다고 4일 밝혔다. 공사에는 마을 9곳의 "
    "목수들이 참여했다. 공사는 한 달 동안 이어졌다. 마을 목수들이 맡은 공사비는 곳당 200만 원꼴로 모두 1억 원이 "
    "들었다.",
    "갈대군 쉼터 50곳 단장\n\n갈대군은 관내 쉼터 50곳의 바닥을 새로 깔았다고 4일 밝혔다. 공사에는 마을 9곳의 "
    "목수들이 참여했다. 작업은 한 달 동안 이어졌다. 공사에 든 돈은 곳당 200만 원꼴로 모두 1억 원이다.",
    "별내군 보안등 250개 교체\n\n별내군은 보안등 250개를 새것으로 바꿨다고 4일 밝혔다. 올해 들어 고장 신고는 "
    "35개 보안등에서 들어왔다. 공사는 두 달 걸렸다. 올해 교체비는 개당 20만 원꼴로 모두 5천만 원이다.",
    "달빛군 옹벽 60곳 그림\n\n달빛군은 마을 옹벽 60곳에 색을 입혔다고 4일 밝혔다. 주민 봉사단이 그림을 그린 "
    "옹벽은 25곳이다. 작업은 가을 내내 이어졌다. 그림 재료비는 곳당 40만 원꼴로 모두 2천400만 원이 들었다.",
]


@pytest.mark.parametrize("text", _PRICE_BESIDE_ANOTHER_COUNT)
def test_a_far_count_beside_another_count_of_its_time_is_not_read(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


_PRICE_BESIDE_ANOTHER_YEARS_COUNT = [
    # (text, holding total, broken total): the other count is of last year, the far count stands
    (
        "갈대군 쉼터 50곳 단장\n\n갈대군은 올해 관내 쉼터 50곳을 새로 꾸몄다고 4일 밝혔다. 지난해에는 쉼터 20곳의 "
        "바닥 공사를 했다. 단장은 주민 목수들이 한 달 동안 맡았다. 바닥 공사비는 곳당 200만 원꼴로 모두 {total} 원이 "
        "들었다.",
        "1억",
        "1억3천만",
    ),
    (
        "나래시 배구 대회 48팀 출전\n\n나래시 배구 대회에 48팀이 출전했다고 4일 밝혔다. 지난해 대회에는 36팀이 "
        "참가했다. 결승은 토요일에 열린다. 올해 대회 참가비는 팀당 5만 원으로 모두 {total} 원이 걷혔다.",
        "240만",
        "300만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_BESIDE_ANOTHER_YEARS_COUNT)
def test_a_count_of_another_year_leaves_the_far_count(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_PRICE_OF_THE_WORK_THE_LEAD_NAMES = [
    # (text, holding total, broken total): the lead's second count is of the work the price's subject names
    (
        "가온군 노거수 70그루 점검\n\n가온군은 관내 노거수 70그루를 점검하고 병든 나무 14그루의 치료를 마쳤다고 "
        "3일 밝혔다. 노거수 가운데 은행나무가 30그루다. 점검은 두 달 동안 진행됐다. 치료는 한 그루에 500만 원꼴로 "
        "모두 {total} 원이 들었다.",
        "7천만",
        "9천만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRICE_OF_THE_WORK_THE_LEAD_NAMES)
def test_a_price_takes_the_lead_count_of_its_work(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


_GROUP_OF_THE_LISTED = [
    # (text, holding total, broken total): the count before the dative is that of the items listed, named by a word
    # of the members (`입상한`, `이들`, `상위`, `수상`): the list's total
    (
        "여울시 국악 경연\n\n여울시는 국악 경연을 마쳤다고 4일 밝혔다. 상금은 대상 가람국악단 400만 원, 금상 "
        "소리마당 200만 원, 입상한 두 팀에 모두 {total} 원이다.",
        "600만",
        "700만",
    ),
    (
        "여울시 국악 경연\n\n여울시는 국악 경연을 마쳤다고 4일 밝혔다. 상금은 가람국악단 400만 원, 소리마당 200만 "
        "원, 이들 두 팀에 모두 {total} 원이 돌아갔다.",
        "600만",
        "700만",
    ),
    (
        "여울시 국악 경연\n\n여울시는 국악 경연을 마쳤다고 4일 밝혔다. 상금은 대상 팀 400만 원, 금상 팀 200만 원, "
        "상위 두 팀에 모두 {total} 원이다.",
        "600만",
        "700만",
    ),
    (
        "여울시 국악 경연\n\n여울시는 국악 경연을 마쳤다고 4일 밝혔다. 상금은 대상 가람국악단 400만 원, 금상 "
        "소리마당 200만 원, 수상 두 팀에 총 {total} 원이다.",
        "600만",
        "700만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _GROUP_OF_THE_LISTED)
def test_a_total_to_the_listed_members_stays_the_lists(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(total=broken), SUM, fires=True)


_PRIOR_AFTER_A_PART_OR_ANOTHER_MEASURE = [
    # (text, holding prior, broken prior): the figure of last year the sentence before states is a part (`외지인`) or
    # another measure (`수출`): the prior is the next sentence's
    (
        "노을군 억새 축제 폐막\n\n노을군은 억새 축제를 마쳤다고 4일 밝혔다. 지난해 축제에는 외지인 1만 명이 찾았다. "
        "올해 방문객은 3만6천 명으로 지난해보다 20% 늘었다. 지난해 전체 방문객은 {prior} 명이었다.",
        "3만",
        "2만6천",
    ),
    (
        "누리 트랙터 9월 판매\n\n누리 트랙터는 9월 판매 실적을 4일 발표했다. 지난해 9월 수출은 2천 대였다. 9월 "
        "판매량은 9천 대로 지난해 같은 달보다 20% 늘었다. 지난해 9월에는 {prior} 대를 팔았다.",
        "7천500",
        "6천500",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _PRIOR_AFTER_A_PART_OR_ANOTHER_MEASURE)
def test_a_part_or_another_measure_before_leaves_the_prior_after(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(prior=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(prior=broken), GROWTH, fires=True)


_DEAL_OF_LAST_DECEMBER = [
    # (text, holding share, broken share): a January story's deal signed the month before is still this deal
    (
        "여울 공방 부채 900개 독일로\n\n여울 공방이 지난해 12월 독일 함부르크의 한 상점과 부채 900개 공급 계약을 "
        "맺었다고 6일 밝혔다. 공방은 이달 첫 물량을 보낸다. 이번 물량은 공방이 한 해에 만드는 부채 3천600개의 "
        "{share}이다.",
        "4분의 1",
        "3분의 1",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _DEAL_OF_LAST_DECEMBER)
def test_a_deal_of_last_december_is_this_deal_in_january(knowledge, text, holds, broken):
    published = dt.date(2027, 1, 8)
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False, published=published)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True, published=published)
