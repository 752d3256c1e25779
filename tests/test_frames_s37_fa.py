"""False alarms on real-looking copy (thirty-seventh session, lane `fa`): readings that joined figures a copy editor
would never join, each closed by a structural veto or a better reading, with the break the reading was built for
still caught.

- A length counted back to a year with `ago` (`founded 33 years ago, in 1991`) runs to the publication, as `in 1991,
  33 years ago` does, not to the period of the sentence's figures (checker/link/elapsed_since_dates.py).
- A Korean count of months with `에` right after it (`한 달에 200만 건꼴`) is a rate per that window, no length of a
  range of months (`[link.month_count_not_of_range_after]`).
- A count of one (`한 곳에 150만 원씩`, `장치 한 곳당`) is the one unit a figure is per, never the units a total is
  shared out over (checker/link/per_unit_vetoes.py).
- A total per a short period (`한 달에 300만 건꼴`) shares out into a figure per that period; a figure per unit and
  per a day (`한 사람이 하루에 30자루`) is of no whole order; an English figure after its total in one clause takes
  the total's period (`3,000 miles a day between them, an average of 100 miles a van`) (per_unit_vetoes.py,
  `[link.per_day_before]`, `[link.per_week_before]`).
- A figure per unit is per all the units of its total, not a part of them stated only after it (`That works out at
  $30 a lantern. Two-thirds of the order, 8,000 lanterns, …`) (per_unit_vetoes.py).
- A price naming last year's crop (`sold last year's crop at £4 a kilo`) values no measure of this season
  (checker/link/unit_prices.py).
- A part under a thousandth of its whole is a price or a fee beside the amounts that make it up, no member of a list
  (checker/link/part_list_vetoes.py).
- A whole named before a figure dated to another period by its own words (`지난해 관람객은 … 올해는 이보다 20%
  늘었다`) is no whole of the parts listed after it (checker/link/lists_of_a_named_whole.py).
- A rate of change whose level is a figure per a day while its prior is a season's, or a count of another thing than
  the one of the stated order in its sentence (`1,500 riders out on its 12 ponies, up 25 per cent from 1,200`), is
  of that other level, or of none (checker/link/relations.py).
- A gap from before whose level is the last member of a list of parts (`금메달 4개, 은메달 5개, 동메달 6개다.
  지난해 10개보다 5개 많다`) measures the list's whole, unless its sentence names that member (relations.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

ELAPSED, PER_UNIT, SUM, GROWTH, GAP = "F406", "F317", "F302", "F301", "F305"

# ---------------------------------------------------------------- `N years ago, in YEAR` counts back from now

_FOUNDED = (
    "Rope maker signs order\n\nThe Harrowgate rope works has won a $90,000 order, equal to 30 per cent of last year's "
    "sales of $300,000, said its owner, whose father opened the works {n} years ago, in 1991.\n"
)


@pytest.mark.parametrize("n,fires", [("33", False), ("30", True)])
def test_years_ago_in_a_year_counts_back_from_the_publication(knowledge, n, fires):
    assert_checked(knowledge, _FOUNDED.format(n=n), ELAPSED, fires)


# ---------------------------------------------------------------- `한 달에` is a rate, no range's length

_WIFI = "누리시 공공 와이파이\n\n누리시는 올해 1~6월 6개월 동안 공공 와이파이 접속 건수가 1천200만 건이었다고 밝혔다. "


def test_a_count_of_one_month_with_e_is_no_length_of_the_range_ko(knowledge):
    text = _WIFI + "한 달에 200만 건꼴이다."
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("months,fires", [("여섯 달", False), ("네 달", True)])
def test_a_count_of_months_still_measures_its_range_ko(knowledge, months, fires):
    text = _WIFI + f"{months} 동안 접속이 꾸준히 늘었다."
    assert_checked(knowledge, text, ELAPSED, fires)


# ---------------------------------------------------------------- a count of one divides nothing

_DEVICES = "누리시 와이파이\n\n누리시는 올해 와이파이 장치를 {n}곳 새로 달았다. "


def test_the_one_place_a_price_is_per_is_no_count_it_divides_ko(knowledge):
    text = _DEVICES.format(n="400") + "새 장치 설치비는 한 곳에 150만 원씩 모두 6억 원이 들었다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_monthly_fee_per_one_place_divides_no_place_ko(knowledge):
    text = (
        _DEVICES.format(n="400")
        + "새 장치 설치비는 모두 6억 원이 들었다. 회선 요금은 한 달에 800만 원으로, 장치 한 곳당 2만 원꼴이다."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a total per a short period, a figure per a day

_ACCESS = "누리시 와이파이\n\n누리시의 공공 와이파이 장치는 1천500곳이다. 올해 1~6월 접속 건수는 1천800만 건이었다. "


def test_a_total_per_month_shares_out_into_no_figure_of_the_whole_term_ko(knowledge):
    text = _ACCESS + "한 달에 300만 건꼴이고, 장치 한 곳당 1만2천 건이 접속한 셈이다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


_BRUSHES = "붓 수출\n\n누리필방이 붓 1만2천 자루를 수출하는 계약을 맺었다. "


def test_a_figure_per_person_per_day_divides_no_whole_order_ko(knowledge):
    text = _BRUSHES + "필방의 장인 4명은 한 사람이 하루에 30자루를 맨다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("3천", False), ("5천", True)])
def test_a_figure_per_person_still_divides_the_order_ko(knowledge, each, fires):
    text = _BRUSHES + f"필방의 장인 4명이 한 사람당 {each} 자루꼴을 맡는다."
    assert_checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize("each,fires", [("100", False), ("120", True)])
def test_a_figure_after_a_total_per_day_in_its_clause_takes_the_day(knowledge, each, fires):
    text = (
        "Van routes\n\nThe Corley depot will run 30 vans on its rural routes. The vans cover 3,000 miles a day "
        f"between them, an average of {each} miles a van."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a figure per unit is per all the units

_LANTERNS = (
    "Lantern order\n\nThe Pellworth lantern works has won an order for 12,000 paper lanterns worth $360,000.\n\n"
    "That works out at ${each} a lantern. Two-thirds of the order, 8,000 lanterns, are small ones at $24 each; the "
    "other 4,000 are large ones at $42 apiece.\n"
)


@pytest.mark.parametrize("each,fires", [("30", False), ("35", True)])
def test_a_figure_per_unit_is_per_the_whole_order_not_a_part_after_it(knowledge, each, fires):
    text = _LANTERNS.format(each=each)
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- last year's crop is no measure of this season

_CRESS = (
    "Cress grower\n\nA Dorset cress grower has cut 300 tonnes this season, against last year's crop of 450 tonnes. "
)


def test_a_price_of_last_years_crop_values_no_measure_of_this_season(knowledge):
    text = _CRESS + "The farm sold last year's crop at an average of £4 a kilo, bringing in just over £1.8 million."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("total,fires", [("£1.2 million", False), ("£1.5 million", True)])
def test_a_price_of_the_crop_still_values_the_lead_measure(knowledge, total, fires):
    text = "Cress grower\n\nA Dorset cress grower has cut 300 tonnes this season. " + (
        f"It sold the crop at an average of £4 a kilo, bringing in {total}."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a price is no part of a total

_PONY = "Pony rides\n\nThe Lowfield stables took 900 riders out this spring. "


def test_prices_beside_counts_are_no_parts_of_the_takings(knowledge):
    text = _PONY + (
        "Two-thirds of the riders, 600, were adults paying £40 for a ride; the other 300 were children, charged "
        "£20. Together they paid £30,000."
    )
    assert SUM not in alarm_rules(knowledge, text)


def test_fees_are_no_parts_of_the_fee_income_ko(knowledge):
    text = (
        "누리 수영장\n\n누리시 야외수영장에 올여름 5만 명이 다녀갔다. 입장료는 어린이 3천 원, 어른 5천 원으로, "
        "입장료 수입은 모두 2억1천만 원이었다."
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("total,fires", [("£29,000", False), ("£31,000", True)])
def test_amounts_listed_before_their_sum_still_add_up(knowledge, total, fires):
    text = "Book fair\n\nThe Marden book fair had a busy weekend. " + (
        f"Tickets brought in £20,000 and the café £9,000, so the fair took {total} in all."
    )
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a whole of a period the story has left

_LAST_YEAR = "누리 미술관\n\n누리 미술관의 지난해 관람객은 5만 명이었다. "


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

_RIDES = (
    "Pony rides\n\nThe Lowfield stables took {n} riders out on its 12 ponies this spring, up 25 per cent from 1,200.\n"
)


@pytest.mark.parametrize("n,fires", [("1,500", False), ("1,800", True)])
def test_a_change_is_of_the_count_of_its_order_not_the_nearest_count(knowledge, n, fires):
    assert_checked(knowledge, _RIDES.format(n=n), GROWTH, fires)


def test_a_level_per_day_is_no_level_of_a_change_from_a_season(knowledge):
    text = (
        "Cliff railway\n\nThe Skelby cliff railway carried 220,000 passengers this summer. It ran for 110 days, "
        "carrying an average of 2,000 passengers a day, up 10% on last year's 200,000 passengers.\n"
    )
    assert GROWTH not in alarm_rules(knowledge, text)


def test_a_scale_word_slip_between_the_levels_is_still_reported(knowledge):
    text = "Mill results\n\nThe Brandle mill's revenue rose 8% to $1.2 billion from $1.1 million last year.\n"
    assert GROWTH in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a gap from a list's last member

_MEDALS = "누리시청 유도팀\n\n누리시청 유도팀이 상반기 메달 27개를 땄다. 금메달 8개, 은메달 9개, 동메달 10개다. "


@pytest.mark.parametrize("gap,fires", [("7개", False), ("12개", True)])
def test_a_gap_after_a_list_of_parts_measures_their_whole_ko(knowledge, gap, fires):
    assert_checked(knowledge, _MEDALS + f"지난해 상반기 20개보다 {gap} 많다.", GAP, fires)


@pytest.mark.parametrize("gap,fires", [("5조원", False), ("7조원", True)])
def test_a_gap_whose_sentence_names_the_member_measures_the_member_ko(knowledge, gap, fires):
    text = (
        "국세 수입\n\n올해 국세 수입은 90조원이다. 세목별로는 소득세 50조원, 법인세 40조원이었다. "
        f"법인세는 1년 전(35조원)보다 {gap} 늘었다."
    )
    assert_checked(knowledge, text, GAP, fires)


def test_a_list_member_measured_as_no_change(knowledge):
    text = "Pony rides\n\nThe Lowfield stables took 1,500 riders out this spring on its 12 ponies.\n"
    assert_not_checked(knowledge, text, GROWTH)
