"""False alarms on real-looking copy (thirty-seventh session, lane `fa`): readings that joined figures a copy editor
would never join, each closed by a structural veto or a better reading, with the break the reading was built for
still caught.

- A length counted back to a year with `ago` (`set up 33 years ago, in 1991`) runs to the publication, as `in 1991,
  33 years ago` does, not to the period of the sentence's figures (checker/link/elapsed_since_dates.py).
- A Korean count of months with `에` right after it (`한 달에 200만 건꼴`) is a rate per that window, no length of a
  range of months (`[link.month_count_not_of_range_after]`).
- A count of one (`쉼터 한 곳에 150만 원씩`, `쉼터 한 곳당`) is the one unit a figure is per, never the units a total
  is shared out over (checker/link/per_unit_vetoes.py).
- A total per a short period (`한 달에 300만 건꼴`) shares out into a figure per that period; a figure per unit and
  per a day (`각자 하루에 30개씩`) is of no whole order; an English figure after its total in one clause takes the
  total's period (`3,000 miles a day, or 100 miles for each van`) (per_unit_vetoes.py, `[link.per_day_before]`,
  `[link.per_week_before]`).
- A figure per unit is per all the units of its total, not a part of them stated only after it (`That comes to $30 a
  lantern. Two-thirds of the lanterns, 8,000 in all, …`) (per_unit_vetoes.py).
- A price naming last year's crop (`sold last year's plums for £4 a kilo`) values no measure of this season
  (checker/link/unit_prices.py).
- A part under a thousandth of its whole is a price or a fee beside the amounts that make it up, no member of a list
  (checker/link/part_list_vetoes.py).
- A whole dated to an earlier period (`지난해 관람객은 …`) is no whole of undated parts listed after a figure of the
  present (`올해는 이보다 20% 늘었다`) (checker/link/part_list_vetoes.py).
- A rate of change whose level is a figure per a day while its prior is a season's, or a count of another thing than
  the one of the stated order in its sentence (`1,500 riders this spring across its 12 ponies, up 25 per cent from
  1,200`), is of that other level, or of none (checker/link/relations.py).
- A gap from before whose level is the last member of a list of parts (`개인전 8개, 단체전 9개, 혼성전 10개다.
  지난해 20개보다 7개 많다`) measures the list's whole, unless its sentence names that member (relations.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

ELAPSED, PER_UNIT, SUM, GROWTH, GAP = "F406", "F317", "F302", "F301", "F305"

# ---------------------------------------------------------------- `N years ago, in YEAR` counts back from now

_FOUNDED = (
    "Rope works\n\nThe Harrowgate rope works sold $300,000 of rope last year. It was set up {n} years ago, in 1991, by "
    "the owner's father.\n"
)


@pytest.mark.parametrize("n,fires", [("33", False), ("30", True)])
def test_years_ago_in_a_year_counts_back_from_the_publication(knowledge, n, fires):
    assert_checked(knowledge, _FOUNDED.format(n=n), ELAPSED, fires)


# ---------------------------------------------------------------- `한 달에` is a rate, no range's length

_BIKES = "누리시 공공자전거\n\n누리시 공공자전거는 올해 1~6월 6개월 동안 대여 건수가 1천200만 건이었다. "


def test_a_count_of_one_month_with_e_is_no_length_of_the_range_ko(knowledge):
    text = _BIKES + "한 달에 200만 건꼴이다."
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("months,fires", [("여섯 달", False), ("네 달", True)])
def test_a_count_of_months_still_measures_its_range_ko(knowledge, months, fires):
    text = _BIKES + f"{months} 동안 대여가 꾸준히 늘었다."
    assert_checked(knowledge, text, ELAPSED, fires)


# ---------------------------------------------------------------- a count of one divides nothing

_SHELTERS = "누리시 쉼터\n\n누리시는 올해 버스 쉼터 400곳을 새로 지었다. "


def test_the_one_place_a_price_is_per_is_no_count_it_divides_ko(knowledge):
    text = _SHELTERS + "공사비로는 쉼터 한 곳에 150만 원씩 모두 6억 원을 썼다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_monthly_fee_per_one_place_divides_no_place_ko(knowledge):
    text = _SHELTERS + "공사비는 모두 6억 원이었다. 청소 용역비는 한 달에 800만 원이 나가, 쉼터 한 곳당 2만 원꼴이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a total per a short period, a figure per a day

_RENTALS = "누리시 공공자전거\n\n누리시의 자전거 대여소는 1천500곳이다. 올해 1~6월 대여 건수는 1천800만 건이었다. "


def test_a_total_per_month_shares_out_into_no_figure_of_the_whole_term_ko(knowledge):
    text = _RENTALS + "한 달에 300만 건꼴이고, 대여소 한 곳당 1만2천 건이 빌려진 셈이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


_CHAIRS = "의자 납품\n\n누리목공소가 학교에 의자 1만2천 개를 납품하기로 했다. "


def test_a_figure_per_person_per_day_divides_no_whole_order_ko(knowledge):
    text = _CHAIRS + "목공소 직원 4명이 각자 하루에 30개씩 만든다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("3천", False), ("5천", True)])
def test_a_figure_per_person_still_divides_the_order_ko(knowledge, each, fires):
    text = _CHAIRS + f"목공소 직원 4명이 한 사람당 {each} 개꼴을 맡는다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("100", False), ("120", True)])
def test_a_figure_after_a_total_per_day_in_its_clause_takes_the_day(knowledge, each, fires):
    text = (
        "Van routes\n\nThe Corley depot will run 30 vans on its rural routes. Together the vans drive 3,000 miles a "
        f"day, or {each} miles for each van."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a figure per unit is per all the units

_LANTERNS = (
    "Lantern order\n\nThe Pellworth lantern works has won an order for 12,000 paper lanterns worth $360,000.\n\n"
    "That comes to ${each} a lantern. Two-thirds of the lanterns, 8,000 in all, are small ones made of rice paper; "
    "the remaining 4,000 are large.\n"
)


@pytest.mark.parametrize("each,fires", [("30", False), ("35", True)])
def test_a_figure_per_unit_is_per_the_whole_order_not_a_part_after_it(knowledge, each, fires):
    assert_checked(knowledge, _LANTERNS.format(each=each), PER_UNIT, fires)


# ---------------------------------------------------------------- last year's crop is no measure of this season

_PLUMS = (
    "Plum harvest\n\nA Kentish plum orchard has picked 300 tonnes so far this summer, having picked 450 tonnes in all "
    "last year. "
)


def test_a_price_of_last_years_crop_values_no_measure_of_this_season(knowledge):
    text = _PLUMS + "The orchard sold last year's plums for an average of £4 a kilo, earning it just over £1.8 million."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("total,fires", [("£1.2 million", False), ("£1.5 million", True)])
def test_a_price_of_the_crop_still_values_the_lead_measure(knowledge, total, fires):
    text = "Plum harvest\n\nA Kentish plum orchard has picked 300 tonnes so far this summer. " + (
        f"It sold the crop for an average of £4 a kilo, earning it {total}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a price is no part of a total


def test_prices_beside_counts_are_no_parts_of_the_takings(knowledge):
    text = (
        "Pony rides\n\nThe Lowfield stables took 900 riders out this spring: 600 adults at £40 for an hour on the "
        "moor and 300 children at £20. Between them they paid £30,000."
    )
    assert SUM not in alarm_rules(knowledge, text)


def test_fees_are_no_parts_of_the_fee_income_ko(knowledge):
    text = (
        "누리 수영장\n\n누리시 야외수영장에 올여름 5만 명이 다녀갔다. 어린이 요금은 3천 원, 어른 요금은 5천 원으로, "
        "올여름 요금 수입은 모두 2억1천만 원이었다."
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("total,fires", [("£29,000", False), ("£31,000", True)])
def test_amounts_listed_before_their_sum_still_add_up(knowledge, total, fires):
    text = "Book fair\n\nThe Marden book fair had a busy weekend. " + (
        f"Tickets brought in £20,000 and the café £9,000, so the fair took {total} in all."
    )
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a whole of a period the story has left

_LAST_YEAR = "누리 미술관\n\n누리 미술관의 지난해 관람객은 5만 명으로 집계됐다. "


def test_parts_after_the_story_moved_on_are_no_parts_of_last_years_whole_ko(knowledge):
    text = _LAST_YEAR + "올해는 이보다 20% 늘었다.\n\n관람객 가운데 어린이는 3만2천 명, 어른은 2만8천 명이었다."
    assert SUM not in alarm_rules(knowledge, text)


def test_parts_after_a_sentence_of_no_other_period_are_parts_of_the_whole_ko(knowledge):
    text = (
        _LAST_YEAR
        + "시는 새 전시관이 효과를 봤다고 분석했다.\n\n관람객 가운데 어린이는 3만2천 명, 어른은 2만6천 명이었다."
    )
    assert SUM in alarm_rules(knowledge, text)


def test_parts_past_a_figure_compared_with_are_still_parts_of_the_whole_ko(knowledge):
    text = _LAST_YEAR + "2년 전 4만1천 명보다 9천 명 많다.\n\n관람객 가운데 어린이는 3만2천 명, 어른은 2만6천 명이었다."
    assert SUM in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a change's level of another thing

_RIDES = "Stables\n\nLowfield stables saw {n} riders this spring across its 12 ponies, up 25 per cent from 1,200.\n"


@pytest.mark.parametrize("n,fires", [("1,500", False), ("1,800", True)])
def test_a_change_is_of_the_count_of_its_order_not_the_nearest_count(knowledge, n, fires):
    assert_checked(knowledge, _RIDES.format(n=n), GROWTH, fires)


def test_a_level_per_day_is_no_level_of_a_change_from_a_season(knowledge):
    text = (
        "Ferry season\n\nThe Skelby ferry carried 220,000 passengers this summer. Over its 110 open days it took 2,000 "
        "passengers a day on average, up 10% on last year's 200,000 passengers.\n"
    )
    assert GROWTH not in alarm_rules(knowledge, text)


def test_a_scale_word_slip_between_the_levels_is_still_reported(knowledge):
    text = "Mill results\n\nThe Brandle mill's revenue rose 8% to $1.2 billion from $1.1 million last year.\n"
    assert GROWTH in alarm_rules(knowledge, text)


def test_a_count_with_no_change_is_not_measured(knowledge):
    text = "Stables\n\nLowfield stables saw 1,500 riders this spring across its 12 ponies.\n"
    assert_not_checked(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a gap from a list's last member

_TROPHIES = (
    "누리시 양궁팀\n\n누리시 양궁팀이 올해 대회에서 트로피 27개를 받았다. 개인전 8개, 단체전 9개, 혼성전 10개다. "
)


@pytest.mark.parametrize("gap,fires", [("7개", False), ("12개", True)])
def test_a_gap_after_a_list_of_parts_measures_their_whole_ko(knowledge, gap, fires):
    assert_checked(knowledge, _TROPHIES + f"지난해 20개보다 {gap} 많다.", GAP, fires)


@pytest.mark.parametrize("gap,fires", [("5조원", False), ("7조원", True)])
def test_a_gap_whose_sentence_names_the_member_measures_the_member_ko(knowledge, gap, fires):
    text = (
        "누리도 세수\n\n올해 누리도 세수는 90조원이다. 항목별로는 주민세 50조원, 재산세 40조원이었다. "
        f"재산세는 1년 전(35조원)보다 {gap} 늘었다."
    )
    assert_checked(knowledge, text, GAP, fires)
