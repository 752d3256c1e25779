"""Readings of the sixty-second session's lead: the false alarms of an opened set, each a construction.

- A small count before a colon that numbers the parts listed after it, each larger than it (`in three sizes: 30
  small, 35 medium and 25 large`), counts the parts; it is no total of them.
- An age written as a noun after `as a` (`who first rowed in it as a nine-year-old`) is a person's age then, not the
  years since the thing the article dates began.
- A price after a plural noun and a verb of price (`Adult seats cost £15`), the noun one the paragraph counts, is
  what one of them costs: no item of the takings the paragraph adds up.
- A sentence opening on its whole (`Of the 900, 720 are …`) gives a share in it naming no whole of its own the
  subject right after the comma as its part, whatever figure stands nearer the share; what each of a count after
  the subject does (`by 36 volunteers, each with a round of 20`) divides the subject's part.
- A size of one unit per hour (`1대가 시간당 5t을`) is a pace, no size of one unit a total divides into.
- A gap from a figure per unit (`민간 창고(㎏당 45원)보다 12원 싸다`) is between figures per that unit: an amount the
  sentence before multiplies out is no level of it; the rate the sentence before that states is.
- A whole's mark followed by members named by the whole's counter as a word (`15곳 가운데 원하는 곳부터`) draws no
  figure after it as its part.
- A list's subject named by its topic (`다니는 아이는 초등학생 120명과 …, 모두 180명`) names the whole, not the
  part after it: a figure per one of that subject divides by the whole, and a count of a part is lifted to it (a
  whole of the count's own noun only: `9 homes, four carols at each, 36 carols in all` lifts no homes to carols).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired

SUM, SHARE, PER_UNIT, GAP, ELAPSED, PART_OVER_WHOLE = "F302", "F503", "F317", "F305", "F406", "F504"
JUNE = dt.date(2026, 6, 10)


# --- a count of the parts listed -----------------------------------------------------------------------------------


def test_a_count_numbering_the_parts_is_no_total_of_them(knowledge):
    text = (
        "The rowing club took delivery of its new oars this week. They came in three sizes: 30 small, 35 medium and "
        "25 large."
    )
    assert_not_fired(knowledge, text, SUM, published=JUNE)


@pytest.mark.parametrize(("bought", "fires"), [("90", False), ("96", True)])
def test_the_parts_after_a_count_of_kinds_still_add_up_to_the_order(knowledge, bought, fires):
    text = (
        f"The school bought {bought} kayaks from a yard in Oban. They came in three sizes: 30 small, 35 medium and 25 "
        "large."
    )
    assert_checked(knowledge, text, SUM, fires=fires, published=JUNE)


def test_a_count_of_kinds_far_below_its_parts_is_still_no_total(knowledge):
    text = "The nursery sold its stock in four lots: 120 roses, 95 hedging plants, 60 fruit trees and 40 climbers."
    assert_not_fired(knowledge, text, SUM, published=JUNE)


# --- an age as a noun ----------------------------------------------------------------------------------------------


def test_an_age_after_as_a_is_a_persons_age_then(knowledge):
    text = "The show began in 1961. Ailsa Brodie, its treasurer, first competed as a nine-year-old."
    assert_not_fired(knowledge, text, ELAPSED, published=JUNE)


@pytest.mark.parametrize(("ordinal", "fires"), [("66th", False), ("70th", True)])
def test_the_editions_beside_such_an_age_are_still_counted(knowledge, ordinal, fires):
    text = (
        f"The show was first held in 1961, so this year's was the {ordinal}. Treasurer Ailsa Brodie, who first "
        "competed as a nine-year-old, said the committee had feared for its future only a decade ago."
    )
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


# --- a price of one of the things a paragraph counts ---------------------------------------------------------------


@pytest.mark.parametrize(("total", "fires"), [("£3,780", False), ("£3,880", True)])
def test_prices_of_one_are_no_items_of_the_takings(knowledge, total, fires):
    text = (
        "Adult seats cost £14 and children's £7. Of the 300 seats, 240 were for adults and 60 for children, "
        f"bringing in £3,360 from adults and £420 from children, or {total} altogether."
    )
    assert_checked(knowledge, text, SUM, fires=fires, published=JUNE)


@pytest.mark.parametrize(("total", "fires"), [("£2,900", False), ("£2,700", True)])
def test_a_price_of_all_the_counted_things_may_be_an_item(knowledge, total, fires):
    # (a number in the subject, `The 40 chairs cost`, makes the amount what all of them cost: still an item)
    text = (
        "The hall committee counted its spending for the year. The 40 chairs cost £1,600 and the 8 tables £900. "
        f"Paint and brushes came to £250 and £150, or {total} altogether."
    )
    assert_checked(knowledge, text, SUM, fires=fires, published=JUNE)


# --- a sentence opening on its whole -------------------------------------------------------------------------------


@pytest.mark.parametrize(("part", "fires"), [("720", False), ("600", True)])
def test_a_share_in_a_sentence_opening_on_its_whole_is_of_its_subject(knowledge, part, fires):
    text = (
        "The bulletin goes free to 900 homes. "
        f"Of the 900, {part} are delivered by hand by 36 volunteers, four in every five, each with a round of 20 "
        "homes, and the rest are left in shops."
    )
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


@pytest.mark.parametrize(("round_", "fires"), [("20 homes", False), ("24 homes", True)])
def test_what_each_unit_does_divides_the_subjects_part(knowledge, round_, fires):
    text = (
        "The bulletin goes free to 900 homes. "
        f"Of the 900, 720 are delivered by hand by 36 volunteers, each with a round of {round_}, and the rest are "
        "left in shops."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


# --- a pace per hour -----------------------------------------------------------------------------------------------


def test_a_pace_per_hour_of_one_unit_is_no_size_of_it(knowledge):
    text = (
        "읍내 곡물센터는 건조기 3대를 들였다. 건조기 1대가 시간당 5t을 말려, 3대를 함께 돌리면 하루 10시간에 150t을 "
        "말릴 수 있다."
    )
    assert_not_fired(knowledge, text, PER_UNIT, published=JUNE)


@pytest.mark.parametrize(("size", "fires"), [("50t", False), ("40t", True)])
def test_a_size_of_one_unit_with_no_pace_is_still_read(knowledge, size, fires):
    text = f"읍내 곡물센터는 건조기 3대를 들였다. 건조기 1대에 곡물 {size}을 담아, 3대에 모두 150t을 말릴 수 있다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


# --- a gap from a figure per unit ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("rival", "fires"), [("45원", False), ("55원", True)])
def test_a_gap_from_a_price_per_unit_is_of_the_price_per_unit(knowledge, rival, fires):
    text = (
        "보관료는 ㎏당 한 달 33원이다. 사과 5t을 한 달 맡기면 16만5천원을 내는 셈이다. "
        f"읍내 민간 창고(㎏당 {rival})보다 12원 싸다."
    )
    assert_checked(knowledge, text, GAP, fires=fires, published=JUNE)


def test_a_gap_from_a_price_per_unit_takes_no_amount_multiplied_out(knowledge):
    text = "사과 5t을 한 달 맡기면 16만5천원을 내는 셈이다. 읍내 민간 창고(㎏당 45원)보다 12원 싸다."
    assert_not_fired(knowledge, text, GAP, published=JUNE)


# --- members named by the counter ----------------------------------------------------------------------------------


def test_members_named_by_the_counter_draw_no_figure_after_them(knowledge):
    text = (
        "군은 올해 경로당 40곳에 급식을 시작했다. 군은 내년에 나머지 15곳 가운데 희망하는 곳부터 급식을 늘려 50곳을 "
        "넘길 계획이다."
    )
    assert_not_fired(knowledge, text, PART_OVER_WHOLE, published=JUNE)


@pytest.mark.parametrize(("part", "fires"), [("40곳", False), ("30곳", True)])
def test_a_part_right_after_the_mark_is_still_read(knowledge, part, fires):
    text = f"마을 60곳 가운데 {part}이 급식을 한다. 3분의 2다."
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


# --- a list's subject named by its topic ---------------------------------------------------------------------------


@pytest.mark.parametrize(("each", "fires"), [("50만원", False), ("80만원", True)])
def test_a_figure_per_one_of_the_subject_divides_by_the_whole(knowledge, each, fires):
    text = (
        "마을 도서관 9곳의 방학 교실에 다니는 아이는 초등학생 120명과 중학생 60명, 모두 180명이다.\n\n"
        '군은 "초등학생 120명이 모두 맞벌이 가정 아이는 아니지만 숫자가 비슷하다"고 설명했다.\n\n'
        f"올해 교실 예산은 9천만원으로 아이 1명에게 {each}이 드는 셈이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


@pytest.mark.parametrize(("each", "fires"), [("£40", False), ("£60", True)])
def test_a_count_is_lifted_only_to_a_whole_of_its_own_noun(knowledge, each, fires):
    text = (
        "The choir sang at 9 care homes in 6 hours, performing four carols at each - 36 carols in all.\n\n"
        f"The collection raised £360 for the hospice, an average of {each} a home."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


@pytest.mark.parametrize(("part", "fires"), [("200명", False), ("150명", True)])
def test_a_word_opening_with_the_counters_syllable_names_no_members(knowledge, part, fires):
    # (`명단`: another word, not the counter `명` standing as a noun; the figure after it is the part)
    text = f"동호회 회원 300명 가운데 명단에 오른 {part}이 대회에 나간다. 3분의 2다."
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


# --- the review's guards -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("age", "fires"), [("43-year-old", False), ("61-year-old", True)])
def test_an_age_after_as_a_before_a_noun_is_the_things_age(knowledge, age, fires):
    # (`as a 43-year-old structure`: the age modifies a noun after it, the thing's age, no person's)
    text = f"The footbridge at Kellow opened in 1983 and was listed as a {age} structure this spring."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


def test_an_age_after_as_a_ending_its_clause_is_a_persons(knowledge):
    text = "The mill at Dunrow opened in 1994. Its miller, Tam Orrin, started there as an 17-year-old, in the yard."
    assert_not_fired(knowledge, text, ELAPSED, published=JUNE)


@pytest.mark.parametrize(("part", "fires"), [("51곳", False), ("34곳", True)])
def test_members_named_by_the_counter_as_topic_right_before_the_figure_are_its_part(knowledge, part, fires):
    # (`신청한 곳은 51곳`: the members as the topic right before the figure are what the figure counts)
    text = f"농가 68곳 가운데 신청한 곳은 {part}으로 4분의 3이다."
    assert_checked(knowledge, text, SHARE, fires=fires, published=JUNE)


def test_members_named_by_the_counter_as_the_object_draw_no_figure(knowledge):
    text = "면은 올해 마을 23곳에 쉼터를 열었다. 내년에는 남은 9곳 가운데 원하는 곳부터 늘려 28곳을 채운다."
    assert_not_fired(knowledge, text, PART_OVER_WHOLE, published=JUNE)


@pytest.mark.parametrize(("total", "fires"), [("시간당 9t", False), ("시간당 14t", True)])
def test_a_pace_per_hour_of_one_unit_divides_a_total_per_hour(knowledge, total, fires):
    text = f"선별장은 선별기 3대를 들였다. 선별기 1대가 시간당 3t을 골라, 3대를 돌리면 {total}을 처리한다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


def test_units_in_a_clause_of_their_own_do_no_part_of_the_subjects(knowledge):
    # (`…, and 28 scouts each earned 6 points`: the units are another clause's subject)
    text = "Of the 1,400 leaflets, 1,120 were posted by Friday, and 28 scouts each earned a badge worth 6 points."
    assert_not_fired(knowledge, text, PER_UNIT, published=JUNE)


@pytest.mark.parametrize(("each", "fires"), [("35", False), ("52", True)])
def test_units_of_the_subjects_own_clause_divide_its_part(knowledge, each, fires):
    text = (
        f"Of the 1,400 leaflets, 1,120 were posted by 32 scouts, each with a bundle of {each} leaflets, and the rest "
        "left in shops."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires, published=JUNE)


@pytest.mark.parametrize(("rival", "fires"), [("1천900원", False), ("2천600원", True)])
def test_a_gap_from_an_hourly_fee_is_of_the_hourly_fee(knowledge, rival, fires):
    text = (
        f"주차료는 시간당 1천400원이다. 3시간을 세우면 4천200원을 낸다. 시내 공영주차장(시간당 {rival})보다 500원 싸다."
    )
    assert_checked(knowledge, text, GAP, fires=fires, published=JUNE)


def test_two_rates_before_leave_a_gap_from_a_rate_unread(knowledge):
    # (two figures per one person in the sentence before the amount: which one the gap is from is not told)
    text = (
        "대여료는 1인당 7천원이고 단체는 1인당 5천원이다. 40명이 오면 20만원을 낸다. "
        "이웃 군(1인당 8천원)보다 1천원 싸다."
    )
    assert_not_fired(knowledge, text, GAP, published=JUNE)
