"""Readings of the sixtieth session's lead: the false warnings of an opened set, each a construction.

- A total its own clause reaches by a change (`employs 30 and will take on five more, bringing the total to 35`) is
  no running total of a figure the sentence before states.
- A figure after a verb of beating and `by` (`beating last year's winner by 2.4kg`) is a margin, no level a change
  after it is of.
- An aim (`its £6,000 target`) is not the whole that `Of the total` breaks down.
- The figure a mark of a total opens after a list (`…, together making up the remaining £60,000`) is the list's
  sum, not another of its parts.
- A bare figure after `N of the` is the pool the part is drawn from; a share set after it is of that pool.
- `giving income of £14,500` marks the total a remainder after it is left of.
- An amount per one (`Takings averaged £2,600 a stall`) is no whole a share of the takings is of.
- A round lot of a currency quoted with its rate (`100엔에 약 930원`) is no total an equivalent restates; a note
  opening the sentence after a price of one restates that price.
- A price given out per unit in a clause that names the good it buys (`김치를 사서 먹었다면 ㎏당 5천원씩`) divides a
  weight of that good only; so does a price its clause names the good of (`곶감 값은 ㎏당`).
- `주문 가운데 …` opening a share's sentence names its whole: the latest count of orders.
- A figure a verb forecasts, with no target named, is the level a past figure is compared with.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired

GROWTH, SUM, DIFFERENCE, SHARE, PER_UNIT = "F301", "F302", "F305", "F503", "F317"
CONVERSION = "F202"
MARCH = dt.date(2026, 3, 11)
APRIL = dt.date(2026, 4, 16)
NOVEMBER = dt.date(2026, 11, 25)


# --- a total its own clause's change reaches ---------------------------------------------------------------------

_HIRED_MORE = (
    "The bakery in Tolmere buys flour from 12 mills, which between them grind 900 tonnes a year. It employs 30 staff "
    "and plans to take on five more next month, bringing the total to {total}. Its owner said sales were strong."
)


@pytest.mark.parametrize(("total", "fires"), [("35", False), ("38", True)])
def test_a_total_its_own_change_reaches_is_no_running_total(knowledge, total, fires):
    assert_checked(knowledge, _HIRED_MORE.format(total=total), SUM, fires=fires)


# --- the margin after beating -------------------------------------------------------------------------------------

_BEATEN_BY = (
    "A marrow of 12kg won at the Ardmoor fair on Sunday, beating last year's winner by {margin}kg. The winning "
    "marrow, grown by a retired baker, was 25 per cent heavier than the 9.6kg marrow that won last autumn."
)


@pytest.mark.parametrize("margin", ["2.4", "4"])
def test_a_margin_after_beating_is_no_level(knowledge, margin):
    assert_not_fired(knowledge, _BEATEN_BY.format(margin=margin), GROWTH)


# --- an aim is no whole of what was split --------------------------------------------------------------------------

_OF_THE_TOTAL = (
    "A community appeal in Dunmere raised £7,500 for new goalposts{target}. Of the total, £4,000 came from a council "
    "fund, £{shops} from shops and £1,500 from a sponsored walk."
)


@pytest.mark.parametrize(("shops", "fires"), [("2,000", False), ("2,800", True)])
def test_of_the_total_is_not_of_the_target_beside_it(knowledge, shops, fires):
    text = _OF_THE_TOTAL.format(target=", beating its £6,000 target by £1,500", shops=shops)
    assert_checked(knowledge, text, SUM, fires=fires)


def test_a_target_in_a_sentence_of_its_own_is_no_whole_of_the_list(knowledge):
    text = _OF_THE_TOTAL.format(
        target=". The appeal, run by the youth club since March, beat its £6,000 target by £1,500", shops="2,000"
    )
    assert_not_fired(knowledge, text, SUM)


# --- a sum marked after a list -------------------------------------------------------------------------------------

_REMAINING = (
    "The new hall at Kelby was bought for £90,000 last spring. Villagers raised £30,000 through a share offer, a third "
    "of the price. {rest}, together making up the remaining £60,000."
)


@pytest.mark.parametrize(("loan", "fires"), [("15,000", False), ("25,000", True)])
def test_a_total_marked_after_the_list_is_its_sum(knowledge, loan, fires):
    rest = f"The rest came from a £45,000 grant from a heritage fund and a £{loan} loan from the council"
    assert_checked(knowledge, _REMAINING.format(rest=rest), SUM, fires=fires)


def test_a_total_marked_after_a_list_is_no_rest_of_it(knowledge):
    rest = "A heritage fund gave £45,000 and the council lent £15,000"
    assert_not_fired(knowledge, _REMAINING.format(rest=rest), SUM)


# --- a bare pool ---------------------------------------------------------------------------------------------------

_BARE_POOL = (
    "Volunteers gave 500 hours to the choir's new hall last year. The choir now has 96 singers, up from 80 two years "
    "ago. Men make up {men} of the 96, a quarter of the choir, against just 10 two years ago."
)


@pytest.mark.parametrize(("men", "fires"), [("24", False), ("30", True)])
def test_a_share_after_a_bare_pool_is_of_that_pool(knowledge, men, fires):
    assert_checked(knowledge, _BARE_POOL.format(men=men), SHARE, fires=fires)
    assert_not_fired(knowledge, _BARE_POOL.format(men=men), SUM)


def test_a_share_naming_another_whole_after_a_counted_pool_is_not_of_it(knowledge):
    text = "Labour now holds 40 of the 100 seats, 35% of the vote, after the count on Friday."
    assert_not_fired(knowledge, text, SHARE)


# --- income given, a remainder after it ---------------------------------------------------------------------------

_INCOME = (
    "Ticket sales brought in £12,400. Use of the hall, charged at £3 an hour, added £2,100 from 700 hours, giving "
    "income of £14,500 for the season. Costs, chiefly rent and cover for the volunteers, reached £10,900, leaving a "
    "surplus of £{surplus}."
)


@pytest.mark.parametrize(("surplus", "fires"), [("3,600", False), ("4,600", True)])
def test_a_surplus_is_left_of_the_income_given(knowledge, surplus, fires):
    assert_checked(knowledge, _INCOME.format(surplus=surplus), DIFFERENCE, fires=fires)


# --- an average per one is no whole --------------------------------------------------------------------------------

_AVERAGED = (
    "Stall takings at the Penrith night market reached £52,000 last year. Takings averaged about £2,600 a stall. "
    "Losses were small. Traders reported £{lost} stolen over the year, about 2 per cent of takings."
)


@pytest.mark.parametrize(("lost", "fires"), [("1,040", False), ("3,100", True)])
def test_an_average_per_one_is_no_whole_of_a_share(knowledge, lost, fires):
    assert_checked(knowledge, _AVERAGED.format(lost=lost), SHARE, fires=fires)


# --- a rate quoted, a price restated --------------------------------------------------------------------------------

_QUOTED = (
    "가람군 영농조합이 일본 후쿠오카의 한 마트에 유자차 5천병, 모두 600만엔어치를 팔기로 했다고 3일 전했다. "
    "그날 환율을 적용하면 100엔에 약 930원, 계약액은 약 5천580만원이다.\n\n"
    "한 병 값은 1천200엔으로 국내 판매가 1만2천원과 비슷하다. 환산하면 약 1만1천원으로, 국내 값보다 1천원쯤 싸다."
)


def test_a_round_lot_quoted_with_the_rate_is_no_total(knowledge):
    assert_not_fired(knowledge, _QUOTED, CONVERSION, published=MARCH)


_RESTATED = (
    "가람군 영농조합이 일본 후쿠오카의 한 마트에 유자차 5천병을 팔기로 했다고 3일 전했다.\n\n"
    "한 병 값은 1천200엔으로 정했다. {note} 약 {won}원이다."
)


@pytest.mark.parametrize("note", ["환산하면", "이날 환율로 환산하면"])
@pytest.mark.parametrize(("won", "fires"), [("1만1천", False), ("1만6천", True)])
def test_a_note_after_a_price_of_one_restates_it(knowledge, note, won, fires):
    assert_checked(knowledge, _RESTATED.format(note=note, won=won), CONVERSION, fires=fires, published=MARCH)


# --- the good a price per unit buys ---------------------------------------------------------------------------------

_BOUGHT = (
    "누리초등학교 학생들이 김장 체험으로 김치 80㎏을 담갔다고 25일 밝혔다. {between}"
    "김치를 사서 먹었다면 ㎏당 5천원씩 {total}원이 들었을 것이라고 학교는 설명했다."
)


def test_a_price_of_a_named_good_divides_no_weight_of_another(knowledge):
    between = "배추는 학교 텃밭에서 거둔 30㎏을 썼다. 사서 쓰면 ㎏당 2천원, 6만원어치다. "
    assert_not_fired(knowledge, _BOUGHT.format(between=between, total="40만"), PER_UNIT, published=NOVEMBER)


@pytest.mark.parametrize(("total", "fires"), [("40만", False), ("50만", True)])
def test_a_price_of_a_named_good_divides_its_weight(knowledge, total, fires):
    assert_checked(knowledge, _BOUGHT.format(between="", total=total), PER_UNIT, fires=fires, published=NOVEMBER)


_PRICED_GOOD = (
    "다솔군 곶감 덕장 손길 바빠…올해 {head}톤 말린다\n\n"
    "다솔군 곶감작목반은 올해 {lead}을 {verb} 25일 밝혔다. 지난해 {last}톤보다 {more}톤 많다.\n\n"
    "곶감 값은 ㎏당 3만원으로 지난해 2만7천원보다 3천원 올랐다. 작목반은 올해 곶감 판매액{aim} {total}원으로 잡았다."
)


def test_a_price_named_of_a_good_divides_no_weight_of_its_raw_stuff(knowledge):
    text = _PRICED_GOOD.format(
        head="36", lead="감 36톤", verb="깎아 덕장에 걸었다고", last="30", more="6", aim=" 목표를", total="2억5천만"
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=NOVEMBER)


@pytest.mark.parametrize(("total", "fires"), [("2억7천만", False), ("3억5천만", True)])
def test_a_price_named_of_a_good_divides_its_own_weight(knowledge, total, fires):
    text = _PRICED_GOOD.format(head="9", lead="곶감 9톤", verb="말렸다고", last="8", more="1", aim="을", total=total)
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=NOVEMBER)


# --- the pool a share's sentence opens on ---------------------------------------------------------------------------

_ORDERS = (
    "새터마을 부녀회는 올해 김부각 3천장을 만들 계획이라고 4일 전했다. 찹쌀 1㎏으로 부각 40장을 만드니 찹쌀 75㎏이면 "
    "3천장이 나온다. 작년 생산량 2천400장에 견주면 600장이 더해진 셈이다.\n\n"
    "벌써 주문 2천250장을 받아 계획량의 4분의 3을 채웠다. "
    "주문 가운데 단골 식당들의 주문이 {part}장으로 3분의 2를 차지했다."
)


@pytest.mark.parametrize(("part", "fires"), [("1천500", False), ("1천200", True)])
def test_a_share_sentence_opening_on_a_pool_is_of_its_latest_count(knowledge, part, fires):
    assert_checked(knowledge, _ORDERS.format(part=part), SHARE, fires=fires, published=NOVEMBER)


# --- a forecast level against a past one ---------------------------------------------------------------------------

_FORECAST = (
    "해오름군 고사리 첫 수확…올해 21톤 기대\n\n"
    "해오름군 윗골마을 산비탈에서 봄 고사리 수확이 시작됐다. 마을 작목반은 지난 13일(월) 첫 수확에 나서 사흘 동안 "
    "1.8톤을 거뒀다고 16일 밝혔다.\n\n"
    "작목반은 올해 고사리 21톤을 거둘 것으로 내다봤다. 지난해 17톤보다 {more}톤 많다."
)


@pytest.mark.parametrize(("more", "fires"), [("4", False), ("6", True)])
def test_a_forecast_with_no_target_named_is_the_level_compared(knowledge, more, fires):
    assert_checked(knowledge, _FORECAST.format(more=more), DIFFERENCE, fires=fires, published=APRIL)


# --- near misses: a forecast outcome, a rate of change in the total's clause, a margin naming its record ----------


@pytest.mark.parametrize(("relish", "fires"), [("3,600", False), ("4,100", True)])
def test_of_those_after_a_forecast_outcome_is_of_it(knowledge, relish, fires):
    text = (
        "A pickle maker in Lostwick will send 9,000 jars to a shop in Lyon this spring. Of those, 5,400 are its "
        f"beetroot pickle and {relish} a pear relish."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


@pytest.mark.parametrize(("interim", "fires"), [("2.80", False), ("3.40", True)])
def test_a_rate_of_change_of_a_total_leaves_its_running_sum(knowledge, interim, fires):
    text = (
        "The board proposed a final dividend of 6.20 pence a share. This takes the total dividend for the year to "
        f"9.00 pence a share, up 12% on the year, following an interim dividend of {interim} pence a share."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


@pytest.mark.parametrize(("margin", "fires"), [("£9m", False), ("£14m", True)])
def test_a_margin_naming_the_record_it_beats_is_the_records_gap(knowledge, margin, fires):
    text = (
        "Kelby Rovers signed the forward for a club-record £36m on Friday. The fee beats the previous club record, "
        f"the £27m paid for a defender in 2022, by {margin}."
    )
    assert_checked(knowledge, text, DIFFERENCE, fires=fires)


@pytest.mark.parametrize(("total", "fires"), [("33", False), ("35", True)])
def test_a_figure_added_as_more_adds_to_its_own_clauses_level(knowledge, total, fires):
    text = (
        "The bakery in Tolmere buys flour from 12 mills, which between them grind 900 tonnes a year. It has 30 "
        f"bakers and means to take on three more for the new shop, bringing the total to {total}."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


def test_the_good_is_looked_for_in_the_counts_own_sentence(knowledge):
    text = (
        "누리초등학교 학생들이 김장 체험으로 김치 80㎏을 담갔다고 25일 밝혔다. "
        "급식에 한 번 내는 김치는 8㎏이어서 열 끼를 댈 수 있다.\n\n"
        "배추는 학교 텃밭에서 거둔 30㎏을 썼다. 사서 쓰면 ㎏당 2천원, 6만원어치다. "
        "김치를 사서 먹었다면 ㎏당 5천원씩 40만원이 들었을 것이라고 학교는 설명했다."
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=NOVEMBER)


# --- weeks, or a count of days in one word, between two dated days -------------------------------------------------

ELAPSED = "F406"
SEPTEMBER = dt.date(2026, 9, 10)


@pytest.mark.parametrize(
    ("length", "second", "fires"),
    [
        ("3주", "9월 22일", False),
        ("약 3주", "9월 22일", False),
        ("4주", "9월 22일", True),
        ("열흘", "9월 11일", False),
        ("열흘", "9월 18일", True),
    ],
)
def test_a_length_in_weeks_or_one_word_between_two_days(knowledge, length, second, fires):
    text = f"첫 물량은 9월 1일 나가고, 두 번째 물량은 {length} 뒤인 {second} 실어 보낸다."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=SEPTEMBER)


def test_weeks_after_a_day_with_no_day_after_them_are_not_read(knowledge):
    text = "첫 물량은 9월 1일(화) 출발하고, 두 번째 물량은 3주 뒤 보낸다. 조합은 9월 29일(화) 총회를 연다."
    assert_not_fired(knowledge, text, ELAPSED, published=SEPTEMBER)


# --- near misses of the readings above ---------------------------------------------------------------------------


@pytest.mark.parametrize(("total", "fires"), [("9천만", False), ("1억2천만", True)])
def test_a_noun_made_into_the_good_is_no_good_bought(knowledge, total, fires):
    text = (
        "솔뫼군이 올겨울 150가구에 땔감을 보낸다고 9일 전했다. 한 가구에 2톤씩 모두 300톤이다. "
        f"땔감은 간벌한 소나무를 쪼개 말린 것으로 톤당 30만 원씩 모두 {total} 원어치다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=NOVEMBER)


@pytest.mark.parametrize(("total", "fires"), [("70", False), ("76", True)])
def test_more_adds_only_to_the_figure_right_before(knowledge, total, fires):
    text = (
        "The clubs were drawn into seven groups of five, each group playing eight matches, 56 in all, and 14 more "
        f"matches in the final rounds brought the total to {total}."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


# --- review: the readings narrowed -----------------------------------------------------------------------------


@pytest.mark.parametrize(("total", "fires"), [("91", False), ("99", True)])
def test_more_after_a_count_itself_added_adds_to_no_level_of_its_clause(knowledge, total, fires):
    text = (
        "Last year the rowing club in Haverell had 64 members. This spring it signed 18 new members and 9 more "
        f"joined in the summer, bringing the total to {total}."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


@pytest.mark.parametrize(("total", "fires"), [("160만", False), ("250만", True)])
def test_a_good_bought_that_no_count_names_leaves_the_count_to_its_price(knowledge, total, fires):
    text = (
        "한들군은 올겨울 경로당 40곳에 참기름 80ℓ를 보낸다고 2일 전했다. "
        f"깨를 사서 짜면 ℓ당 2만원씩 {total}원이 든다고 군은 설명했다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=NOVEMBER)


@pytest.mark.parametrize(
    "text",
    [
        "Labour won 40 of the 100, 35% of the vote cast on Thursday.",
        "Local firms won 9 of the 36, 40% of the contract value.",
    ],
)
def test_a_bare_whole_stated_first_there_is_no_pool_of_a_share_naming_another_whole(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize("mark", ["together making up the remaining", "between them making up the other"])
def test_a_sum_marked_after_a_list_is_no_rest_after_it(knowledge, mark):
    text = f"The Orwin fund gave £6,000 to the scouts and £4,000 to the guides, {mark} £10,000 of its grant."
    assert_not_fired(knowledge, text, SUM)


def test_a_rest_named_after_its_own_noun_still_completes_the_whole(knowledge):
    text = (
        "The Orwin fund had £16,000 to give this year. It gave £6,000 to the scouts and £4,000 to the guides, with "
        "the hall making up the remaining £6,000."
    )
    assert_checked(knowledge, text, SUM, fires=False)


@pytest.mark.parametrize(("grant", "fires"), [("£3,000", False), ("£5,500", True)])
def test_a_sum_marked_after_parts_that_came_from_somewhere_is_their_sum(knowledge, grant, fires):
    text = (
        "The Orwin scouts' new hut cost £16,000. The troop raised £6,000 itself. The rest came from a £7,000 gift "
        f"from a local firm and a {grant} grant from the parish, between them making up the other £10,000."
    )
    assert_checked(knowledge, text, SUM, fires=fires)
