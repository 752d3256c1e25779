"""Readings of the fifty-seventh session's lead: the false alarms of an opened set, each a construction.

- A rate per a span of time (`or about five calls a week`) is no level of a change whose sentence compares with a
  level that is no such rate (`12 more than the 52 of last year`): the change is of the level the sentence before
  states.
- A bare number listed right after one read as counting the noun before counts it too (`420 crates, with 310, 250
  and 170 on the others`).
- `which accounts for all 7,200` names the total a list makes.
- A share set off right after a part (`3,600 were sold as fodder, half of the total, 2,400 as bedding`) is that part's,
  not the next figure's.
- Korean: a product clause marked one by one (`1개에 150원씩 모두 468만 원을`) is no total of the next clause's price
  (`㎏당 120원씩`); a level labelled after it (`2천700만 원은 도비, 6천300만 원은 군비다`) and a share whose subject
  names that label (`도비는 전체의 30%`); a share whose clause, after a comma, names its list item (`…700개로, 꽃 무늬가
  전체의 50%`); a change of the sentence after a breakdown whose clause names no item is of the breakdown's whole.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, mention_at

GROWTH, DIFFERENCE, SUM, SHARE, PER_UNIT = "F301", "F305", "F302", "F503", "F317"


# --- a rate per a span of time is no level of a change -----------------------------------------------------------

_RATE_BESIDE_A_CHANGE = (
    "The lifeboat crew answered 64 shouts between Monday 4 May and Monday 27 July.\n\n"
    "That is 84 days, or about five shouts a week, and 12 more than the 52 of last year, a rise of {rate} per cent."
)


def test_a_rate_per_week_is_no_level_of_the_change(knowledge):
    assert_checked(knowledge, _RATE_BESIDE_A_CHANGE.format(rate="23.1"), GROWTH, fires=False)
    assert_checked(knowledge, _RATE_BESIDE_A_CHANGE.format(rate="33.1"), GROWTH, fires=True)


def test_a_rate_against_a_rate_is_still_a_level(knowledge):
    text = "The depot now handles 300 parcels a week, up {rate} per cent from 250 parcels a week last spring."
    assert_checked(knowledge, text.format(rate="20"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate="40"), GROWTH, fires=True)


# --- a list of bare numbers after an elided count --------------------------------------------------------------

_LISTED_AFTER_ELIDED = (
    "The four orchards above Marden have picked 1,150 crates since the season opened.\n\n"
    "The largest of the four accounted for 420 crates, with 310, {third} and 170 on the others, making 1,150 in all."
)


def test_bare_numbers_listed_after_an_elided_count_count_its_noun(knowledge):
    text = _LISTED_AFTER_ELIDED.format(third="250")
    assert mention_at(text, "250") == ("count", 250.0)
    assert mention_at(text, "170") == ("count", 170.0)
    assert_checked(knowledge, text, SUM, fires=False)
    assert_checked(knowledge, _LISTED_AFTER_ELIDED.format(third="350"), SUM, fires=True)


def test_a_list_of_bare_numbers_after_a_comma_alone_stays_bare():
    # (no number of the list is read as counting the crates: nothing to carry on)
    assert mention_at("It took 420 crates, 310, 250 and 170.", "250") is None


# --- `which accounts for all N` -------------------------------------------------------------------------------------

_ACCOUNTS_FOR_ALL = (
    "Last year's field of 4.5 hectares gave 7,200 bales.\n\n"
    "Of those, {first} were sold as fodder, 2,400 as bedding and 1,200 as mulch, which accounts for all 7,200."
)


def test_which_accounts_for_all_names_the_lists_total(knowledge):
    assert_checked(knowledge, _ACCOUNTS_FOR_ALL.format(first="3,600"), SUM, fires=False)
    assert_checked(knowledge, _ACCOUNTS_FOR_ALL.format(first="4,600"), SUM, fires=True)


# --- a share set off right after a part ------------------------------------------------------------------------------

_SHARE_AFTER_ITS_PART = (
    "Last year's field of 4.5 hectares gave 7,200 bales.\n\n"
    "Of those, 3,600 were sold as fodder, {share} of the total, 2,400 as bedding and 1,200 as mulch."
)


def test_a_share_set_off_after_a_part_is_that_parts(knowledge):
    assert_checked(knowledge, _SHARE_AFTER_ITS_PART.format(share="half"), SHARE, fires=False)
    assert_checked(knowledge, _SHARE_AFTER_ITS_PART.format(share="a third"), SHARE, fires=True)


def test_a_share_opening_its_clause_still_takes_the_part_after(knowledge):
    text = "The mill ground 8,000 tonnes of wheat. About {share} of that, 2,000 tonnes, went to bakers in the town."
    assert_checked(knowledge, text.format(share="a quarter"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="a half"), SHARE, fires=True)


# --- Korean ----------------------------------------------------------------------------------------------------------


def test_a_product_clause_marked_one_by_one_is_no_total_of_the_next_price(knowledge):
    text = (
        "올해 모은 빈 병은 3만1천200개, 폐비닐은 410t이다. "
        "시는 빈 병 1개에 150원씩 모두 468만 원을, 폐비닐은 ㎏당 120원씩 4천920만 원을 보상금으로 돌려줬다."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


_LABELLED_AFTER = (
    "마리당 250원씩 모두 9천만 원이 들었다. 이 가운데 2천700만 원은 도비, 6천300만 원은 군비다. "
    "{name}는 전체의 {share}다."
)


@pytest.mark.parametrize(("name", "holds", "broken"), [("도비", "30%", "50%"), ("군비", "70%", "30%")])
def test_a_share_takes_the_level_its_subject_labels_after_it(knowledge, name, holds, broken):
    assert_checked(knowledge, _LABELLED_AFTER.format(name=name, share=holds), SHARE, fires=False)
    assert_checked(knowledge, _LABELLED_AFTER.format(name=name, share=broken), SHARE, fires=True)


_SUBJECT_AFTER_A_COMMA = " ".join(
    (
        "공방은 찻잔 3천200개를 주문받았다.",
        "꽃 무늬 1천600개, 새 무늬 900개, 물결 무늬 700개로, 꽃 무늬가 전체의 {share}를 차지한다.",
    )
)


def test_a_share_whose_clause_names_a_list_item_after_a_comma(knowledge):
    assert_checked(knowledge, _SUBJECT_AFTER_A_COMMA.format(share="50%"), SHARE, fires=False)
    assert_checked(knowledge, _SUBJECT_AFTER_A_COMMA.format(share="22%"), SHARE, fires=True)


_CHANGE_AFTER_A_BREAKDOWN = " ".join(
    (
        "군은 올해 해안에서 쓰레기 320t을 치웠다고 밝혔다.",
        "치운 쓰레기는 플라스틱 190t, 스티로폼 80t, 기타 50t이다. {change}",
    )
)


def test_a_change_after_a_breakdown_is_of_its_whole(knowledge):
    holds = _CHANGE_AFTER_A_BREAKDOWN.format(change="수거량은 지난해 280t보다 40t, 14.3% 늘었다.")
    broken = _CHANGE_AFTER_A_BREAKDOWN.format(change="수거량은 지난해 280t보다 40t, 24.3% 늘었다.")
    assert_checked(knowledge, holds, GROWTH, fires=False)
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, GROWTH, fires=True)


def test_a_change_naming_its_item_keeps_the_item(knowledge):
    holds = _CHANGE_AFTER_A_BREAKDOWN.format(change="플라스틱은 지난해 150t보다 40t 늘었다.")
    broken = _CHANGE_AFTER_A_BREAKDOWN.format(change="플라스틱은 지난해 150t보다 60t 늘었다.")
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, DIFFERENCE, fires=True)
