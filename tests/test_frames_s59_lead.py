"""Readings of the fifty-ninth session's lead: the false alarms of an opened set, each a construction.

- A sentence that only prices one unit (`개당 160달러(약 23만 원)`) between a deal's amount and a share or multiple
  of a total is an aside: the share is of the deal's amount the sentence before it states, its equivalent too when
  the sentence gives it after the figure without brackets.
- A count of one written in words (`한 켤레 값은`) is no part a share of the deal is of.
- A figure per unit that restates a total stated in its sentence divides the count of the total's own clause (`30
  were bought for £12,600 …, working out at £420 a boat`), not the story's count.
- A dash that closes an aside opened after a figure (`180 at Hollins - nearly half - 120 at the church`) marks no
  parts of that figure; the share in the aside is of the figure before it.
- A price each set beside a total (`£3,750, about £150 apiece`) is no member of the list of who paid it.
- A range's ends are written alike: `form 3 - one in four -` is no range.
- A month a headline names without its year is the one its body dates (`10월부터 인상` over `오는 10월 1일`).
- A change measured from a price per unit (`지난해 ㎏당 5천원보다 20%`) is no change of a total.
- A change word made the object of another verb (`150명(60%)이 인상에 반대했다`) is no change of the figures.
- A month's or a weekday's name before a count (`In November 236 walkers`) is no name the number is part of.
- A list a colon opens right after a count of a noun (`320 bikes: 200 by the station, 80 at the library and 40 at
  the pool`) counts that noun, item after item, each below the count; an item it cannot read ends it.
- A share whose subject names a list item by its label after the figure (`18 for juniors`) is of that item.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, claims, mention_at

GROWTH, GROWTH_CHANGE, SUM, SHARE, PER_UNIT, ELAPSED = "F301", "F306", "F302", "F503", "F317", "F406"
AUGUST = dt.date(2026, 8, 4)


# --- a sentence pricing one unit is an aside -------------------------------------------------------------------

_PRICED_ASIDE = (
    "원목 의자 제작사 솔바람공방이 대만 타이중의 카페 체인에 의자 600개를 납품한다. 계약 금액은 9만6천 달러{tail} "
    "개당 값은 160달러(약 23만 원)로 정해졌다. 지난해 매출 7억 원의 {rate}% 수준이다."
)


@pytest.mark.parametrize("tail", ["(약 1억4천만 원)이다.", "로, 원화로 약 1억4천만 원이다."])
def test_a_share_after_a_price_each_is_of_the_deal_before(knowledge, tail):
    assert_checked(knowledge, _PRICED_ASIDE.format(tail=tail, rate="20"), SHARE, fires=False, published=AUGUST)
    assert_checked(knowledge, _PRICED_ASIDE.format(tail=tail, rate="45"), SHARE, fires=True, published=AUGUST)


# --- one counted in words ----------------------------------------------------------------------------------------

_ONE_IN_WORDS = (
    "목공방 나무결은 싱가포르의 주방용품점에 나무 숟가락 4천 개를 보낸다. 숟가락은 한 개를 4달러에 팔기로 했다. "
    "이번 주문은 공방이 한 해에 깎는 양 8천 개의 {share}이다."
)


def test_one_counted_in_words_is_no_part_of_the_deals_share(knowledge):
    assert_checked(knowledge, _ONE_IN_WORDS.format(share="절반"), SHARE, fires=False, published=AUGUST)
    assert_checked(knowledge, _ONE_IN_WORDS.format(share="5분의 1"), SHARE, fires=True, published=AUGUST)


# --- the count of a total's own clause ----------------------------------------------------------------------------

_BOUGHT_IN_THE_CLAUSE = (
    "Riverside Kayaks in Tolworth now hires out 140 boats. Of these, 90 are owned by members; the remaining 50 were "
    "paid for this spring out of a £12,600 lottery award, about £{price} a boat."
)


def test_a_price_restating_its_clauses_total_divides_that_clauses_count(knowledge):
    assert_checked(knowledge, _BOUGHT_IN_THE_CLAUSE.format(price="252"), PER_UNIT, fires=False)
    assert_checked(knowledge, _BOUGHT_IN_THE_CLAUSE.format(price="90"), PER_UNIT, fires=True)


# --- a dash aside inside a list -----------------------------------------------------------------------------------

_DASH_ASIDE = (
    "The county beekeepers now look after 4,100 hives. They stand in three districts: 1,800 in zone 4 – {share} – "
    "1,200 in the hills and {last} by the coast."
)


@pytest.mark.parametrize("last", ["1,100", "2,100"])
def test_a_dash_closing_an_aside_marks_no_parts(knowledge, last):
    assert_not_fired(knowledge, _DASH_ASIDE.format(share="nearly half", last=last), SUM)


def test_a_share_in_a_dash_aside_is_of_the_figure_before(knowledge):
    assert_checked(knowledge, _DASH_ASIDE.format(share="nearly half", last="1,100"), SHARE, fires=False)
    assert_checked(knowledge, _DASH_ASIDE.format(share="two in every three", last="1,100"), SHARE, fires=True)


def test_ends_written_in_digits_and_words_make_no_range():
    found = mention_at("Form 3 – one in four pupils – sat the test.", "one in four")
    assert found is not None and found[0] == "fraction"


# --- a price each beside a total ----------------------------------------------------------------------------------

_PRICE_EACH_BESIDE = (
    "Of the £3,750 the 25 lamps cost, about £150 apiece, the council paid £2,500 and local traders the remaining "
    "£{rest}."
)


def test_a_price_each_is_no_member_of_who_paid(knowledge):
    assert_checked(knowledge, _PRICE_EACH_BESIDE.format(rest="1,250"), SUM, fires=False)
    assert_checked(knowledge, _PRICE_EACH_BESIDE.format(rest="2,250"), SUM, fires=True)


# --- a headline's month ---------------------------------------------------------------------------------------------

_HEADLINE_MONTH = (
    "노을군 시내버스 요금 10월부터 1천500원\n\n"
    "노을군은 오는 10월 1일(목)부터 시내버스 기본요금을 1천300원에서 1천500원으로 올린다고 3일 밝혔다. 요금 "
    "조정은 2017년 이후 {years}년 만에 처음이다."
)


def test_a_headline_month_is_the_one_its_body_dates(knowledge):
    assert_checked(knowledge, _HEADLINE_MONTH.format(years="9"), ELAPSED, fires=False, published=AUGUST)
    assert_checked(knowledge, _HEADLINE_MONTH.format(years="13"), ELAPSED, fires=True, published=AUGUST)


# --- a change from a price per unit -------------------------------------------------------------------------------

_PER_UNIT_BASELINE = (
    "햇밤 첫 직판…㎏당 평균 6천원\n\n햇밤 직판장이 올해 처음 문을 열었다. 가람농협은 첫날 햇밤 3톤이 ㎏당 평균 "
    "6천원에 팔렸다고 11일 밝혔다.\n\n이날 하루 매출은 1천800만원이었다. 알밤이 2톤, 깐밤이 1톤이다. 낙찰가 평균은 "
    "지난해 ㎏당 5천원보다 20% 높아졌다."
)


def test_a_change_from_a_price_per_unit_is_no_change_of_a_total(knowledge):
    assert_not_fired(knowledge, _PER_UNIT_BASELINE, GROWTH, published=AUGUST)


# --- a change word made an object --------------------------------------------------------------------------------

_OBJECT_OF_A_STANCE = "상인 250명을 상대로 한 설문에서는 150명({rate}%)이 주차 요금 인상에 반대했다."
_OBJECT_OF_A_STANCE_RIGHT_AFTER = "상인 250명을 상대로 한 설문에서는 150명({rate}%)이 인상에 반대했다."


def test_a_change_word_made_an_object_is_no_change(knowledge):
    assert_not_fired(knowledge, _OBJECT_OF_A_STANCE_RIGHT_AFTER.format(rate="60"), GROWTH_CHANGE, published=AUGUST)
    assert_checked(knowledge, _OBJECT_OF_A_STANCE_RIGHT_AFTER.format(rate="60"), SHARE, fires=False, published=AUGUST)
    assert_checked(knowledge, _OBJECT_OF_A_STANCE_RIGHT_AFTER.format(rate="80"), SHARE, fires=True, published=AUGUST)


def test_a_change_word_with_its_own_noun_before_is_still_no_change(knowledge):
    assert_checked(knowledge, _OBJECT_OF_A_STANCE.format(rate="60"), SHARE, fires=False, published=AUGUST)


def test_a_rise_stated_in_brackets_is_still_a_change(knowledge):
    text = "주차장 이용객은 1만2천명으로 지난해보다 2천명({rate}%) 늘었다."
    assert_checked(knowledge, text.format(rate="20"), GROWTH_CHANGE, fires=False, published=AUGUST)
    assert_checked(knowledge, text.format(rate="50"), GROWTH_CHANGE, fires=True, published=AUGUST)


# --- a month's name is no name ------------------------------------------------------------------------------------


@pytest.mark.parametrize("month", ["In November", "Since April", "On Friday"])
def test_a_count_after_a_months_name_is_read(month):
    assert mention_at(f"{month} 236 walkers had joined the club.", "236 walkers") is not None


def test_a_count_after_a_name_is_still_part_of_it():
    assert mention_at("The firm sold the Harbour 236 last year.", "236") is None


# --- a list a colon opens after a count --------------------------------------------------------------------------

_COLON_LIST = "Staff counted 320 bikes: 200 by the station, 80 at the library and {last} at the pool."


def test_a_colon_list_after_a_count_counts_its_noun(knowledge):
    assert_checked(knowledge, _COLON_LIST.format(last="40"), SUM, fires=False)
    assert_checked(knowledge, _COLON_LIST.format(last="90"), SUM, fires=True)


def test_a_colon_list_ends_at_a_semicolon():
    text = "The fair sold 500 tickets: 300 on the gate; the rest, 200, online."
    assert mention_at(text, "300") is not None
    assert mention_at(text, "200") is None


def test_a_colon_list_after_a_count_of_kinds_counts_no_kinds():
    text = "The mugs come in three sizes: 240 in size 1, 210 in size 2 and 150 in size 3."
    assert mention_at(text, "240") is None


def test_a_colon_list_stops_at_an_item_it_cannot_read():
    text = "The apiary now keeps 95 hives: 8 in the first spring, then 11, 17, 26 and 33."
    assert mention_at(text, "17") is None


_LABELLED_AFTER = (
    "The club's store has 30 paddles: 18 for juniors and 12 for seniors. Juniors' paddles account for {rate} per cent "
    "of the store, since most members are under 16."
)


def test_a_share_of_a_subject_is_of_the_figure_its_label_follows(knowledge):
    assert_checked(knowledge, _LABELLED_AFTER.format(rate="60"), SHARE, fires=False)
    assert_checked(knowledge, _LABELLED_AFTER.format(rate="80"), SHARE, fires=True)


@pytest.mark.parametrize("verb", ["belong to members", "live in town", "must be repaired"])
def test_a_verb_after_a_number_is_no_counter(knowledge, verb):
    found = claims(f"The club hires out 140 boats. Of these, 90 {verb}.", knowledge).claims
    ninety = next(c for c in found if c.text.startswith("90"))
    assert ninety.counter == "boats"


_COMES_TO = (
    "A Hexham forge has sold 4,000 gate latches to a hardware chain in Oregon for $30,000, or about £22,000 at "
    "Friday's rate. The order comes to {share} of last year's turnover of £118,000."
)


def test_an_order_that_comes_to_a_share_of_a_turnover_is_checked(knowledge):
    day = dt.date(2026, 6, 5)
    assert_checked(knowledge, _COMES_TO.format(share="almost a fifth"), SHARE, fires=False, published=day)
    assert_checked(knowledge, _COMES_TO.format(share="almost a half"), SHARE, fires=True, published=day)


# --- review: the readings' near misses ---------------------------------------------------------------------------

_LABELLED_ITEMS = "The quay has 150 berths: 90 for trawlers, 40 for yachts and {last} for visiting boats."


def test_a_colon_list_of_labelled_items_holds_and_breaks(knowledge):
    assert_checked(knowledge, _LABELLED_ITEMS.format(last="20"), SUM, fires=False)
    assert_checked(knowledge, _LABELLED_ITEMS.format(last="70"), SUM, fires=True)


def test_a_colon_item_a_verb_follows_is_no_item():
    text = "The division now has 18 clubs: 3 will go down in May and 2 will go up."
    assert mention_at(text, "3") is None


def test_a_colon_list_after_a_scaled_count_is_unread(knowledge):
    text = "The lake holds 40 million litres: 25 in the upper basin and 15 in the lower."
    assert mention_at(text, "25") is None
    assert_not_fired(knowledge, text, SUM)


def test_a_count_added_after_a_colon_list_is_no_part(knowledge):
    text = "The yard has 140 moorings: 80 for barges, 50 for dinghies and 10 for guests, with 25 more planned."
    assert_checked(knowledge, text, SUM, fires=False)
    assert_not_fired(knowledge, text.replace("10 for guests", "45 for guests").replace("140", "175"), SUM)


def test_a_colon_list_of_bare_items_may_name_some_only(knowledge):
    # (items that name no noun may be some of the units: a shortfall is not certain; an excess is)
    assert_not_fired(knowledge, "Officers recovered 300 mowers: 70 from a barn near Selby and 35 from a van.", SUM)
    assert_checked(knowledge, "Officers recovered 300 mowers: 270 from a barn near Selby and 95 from a van.", SUM, True)


def test_a_label_with_an_article_is_the_figures_before():
    text = (
        "The hut holds 50 oars: 32 for the rowers and 18 for the coaches. Rowers make up 70 per cent of members, "
        "the club says."
    )
    for found in ("32", "18"):
        assert mention_at(text, found) is not None


def test_a_share_of_another_whole_after_a_list_with_articles_is_not_linked(knowledge):
    text = (
        "The hut holds 50 oars: 32 for the rowers and 18 for the coaches. Rowers make up 70 per cent of members, "
        "the club says."
    )
    assert_not_fired(knowledge, text, SHARE)


_PER_UNIT_OF_ITS_OWN = (
    "별빛시는 공영자전거 400대를 새로 들인다. 사업비는 모두 8억원이다. 정비비는 한 대당 연 15만원이다. 지난해 정비비 "
    "{prior}의 1.5배다."
)


def test_a_price_per_unit_naming_the_multiples_word_is_no_aside(knowledge):
    assert_not_fired(knowledge, _PER_UNIT_OF_ITS_OWN.format(prior="4천만원"), "F304", published=AUGUST)
