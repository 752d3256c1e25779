"""False alarms of figures per unit and of changes against a level of another scale (twenty-first session, second
round), each a rule for a construction:
- the one of a per-one mark is no count of the units: `차량 한 대가 하루 평균 …명` (the `한 대`), `1명당 …개` (the
  `1명`) (checker/link/counts_per_unit.py); a mark of a thousand (`주민 1천명당`) links nothing, for no check
  divides per a thousand;
- a count per unit and per day (`차량 한 대가 하루 평균 …명을 태운 셈이다`) is of the count of its counter per day
  stated before (`하루 평균 …명꼴이다`), over the units, never of a year's whole; none stated, nothing;
- a count stated as an average each (`an average of 150 pupils each`) is itself a rate, no count of units
  (checker/link/per_unit_apart.py);
- a figure per unit restating a total of its sentence over the whole (`or about $300 a tonne across all crops`:
  `[link.whole_scope_after]`) is over the units the lead states, not a part's stated nearer;
- a level after a participle valuing a thing it names (`a drop of 20%, valuing the crop at $50m`:
  `[link.valuing_verbs]`) is that thing's worth, not the level the change left (checker/link/relations.py);
- a figure per one unit (`음식물쓰레기 1톤에서 가스 50㎥`: `[link.per_one_source_marks]`) is never the value of a
  change from a prior stated as no rate in the sentence after;
- a daily average of a total stated over the first years since a thing opened (`개통 1년 이용객이 73만명 … 하루
  2,000명꼴`: `[link.span_first_years]`) is over that many years' days; `하루` alone before a figure closed by `꼴`
  (`[link.span_average_bare_day_before]`, `[link.span_average_after_figure]`) marks it (checker/link/span_averages.py);
- the days written as the subject (`The 40 days of racing drew 90,000 racegoers, an average of 2,250 a day`:
  `[link.span_days]`) are the span of a daily average;
- units counted after `after opening` set after the level (`400 stores against 350, after opening 50 outlets`:
  `[link.increment_before]`) are new units, no rival level of the units (checker/link/per_unit_apart.py);
- a figure per unit over a span of months written after it (`Revenue per shop was about £800,000 over the six
  months`) is of no total stated for a period of another length (a quarter's sales).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `차량 한 대가 하루 평균`: per unit and per day

_VANS = (
    "한솔군이 도입한 호출형 버스의 첫 1년 이용객이 18만2천명으로 집계됐다.{daily}\n\n"
    "군은 승합차 20대를 투입했다. 차량 한 대가 하루 평균 {each}명을 태운 셈이다."
)


@pytest.mark.parametrize("each,fires", [("25", False), ("35", True)])
def test_a_count_per_one_unit_and_per_day_is_of_the_count_per_day(knowledge, each, fires):
    assert_checked(knowledge, _VANS.format(daily=" 하루 평균 500명꼴이다.", each=each), "F317", fires)


def test_a_count_per_one_unit_and_per_day_takes_no_years_whole(knowledge):
    # (no count per day stated: the year's whole divides into no day's figure, and the `한 대` is no units)
    assert_not_checked(knowledge, _VANS.format(daily="", each="25"), "F317")


# ---------------------------------------------------------------- `1명당`: the mark's one is no people

_PATCHES = "올해 금연클리닉 등록자는 모두 1,300명이다.\n\n금연보조제는 {given} 나가 {mark} {each}개를 받았다."


@pytest.mark.parametrize("each,fires", [("5", False), ("7", True)])
def test_the_people_of_a_count_per_person_are_not_the_marks_one(knowledge, each, fires):
    text = _PATCHES.format(given="등록자 400명에게 2,000개가", mark="1명당", each=each)
    assert_checked(knowledge, text, "F317", fires)


def test_a_count_per_person_with_no_people_but_the_marks_one_links_nothing(knowledge):
    assert_not_checked(knowledge, _PATCHES.format(given="8,000개가", mark="1명당", each="6.2"), "F317")


def test_a_count_per_a_thousand_people_links_nothing(knowledge):
    text = "시 등록 반려견은 5만마리다. 시 인구 40만명을 기준으로 하면 주민 1천명당 125마리꼴이다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `an average of 150 pupils each`: a rate

_SCHOOLS = (
    "Schools in Marlow district enrolled {pupils} for the coming year, the education office said.\n\n"
    "The 200 schools now have an average of 150 pupils each. The meal budget for the year is £30m, or £{each} per "
    "pupil."
)


@pytest.mark.parametrize("each,fires", [("1,000", False), ("1,500", True)])
def test_a_count_stated_as_an_average_each_is_no_count_of_units(knowledge, each, fires):
    assert_checked(knowledge, _SCHOOLS.format(pupils="30,000 pupils", each=each), "F317", fires)


def test_an_average_each_alone_divides_nothing(knowledge):
    assert_not_checked(knowledge, _SCHOOLS.format(pupils="more pupils", each="1,000"), "F317")


# ---------------------------------------------------------------- `$300 a tonne across all crops`: the lead's units

_HARVEST = (
    "The state's grain harvest is forecast at {lead}, the growers' council said on Monday.\n\n"
    "Canola fared worst. At 2 million tonnes, the crop is down by a quarter from 2.7 million tonnes.\n\n"
    "Rain in the south was well short of the average.\n\n"
    "At current prices the harvest would be worth about $6 billion, or roughly ${each} a tonne across all crops."
)


@pytest.mark.parametrize("each,fires", [("300", False), ("450", True)])
def test_a_figure_per_unit_across_all_is_over_the_leads_units(knowledge, each, fires):
    assert_checked(knowledge, _HARVEST.format(lead="20 million tonnes", each=each), "F317", fires)


def test_a_figure_per_unit_across_all_without_a_lead_measure_takes_no_parts(knowledge):
    # (the lead states no tonnage: the part's nearer tonnage is not the whole's)
    assert_not_checked(knowledge, _HARVEST.format(lead="a smaller crop", each="300"), "F317")


# ---------------------------------------------------------------- `, valuing the crop at`: another thing's worth

_PRICE = (
    "The average farmgate price fell to $2.00 a kilogram from $2.50 last season, a drop of {rate}%, valuing the "
    "harvest at about $50 million."
)


@pytest.mark.parametrize("rate,fires", [("20", False), ("30", True)])
def test_a_level_after_a_valuing_participle_is_not_the_changed_level(knowledge, rate, fires):
    assert_checked(knowledge, _PRICE.format(rate=rate), "F301", fires)


def test_a_change_with_only_a_valued_worth_after_it_is_not_of_the_worth(knowledge):
    text = "Prices slid from $2.50 last season, a drop of 20%, valuing the harvest at about $50 million."
    result_rule = "F301"
    # (the worth of the harvest is no level of the price: nothing the change is of is stated)
    assert_not_checked(knowledge, text, result_rule)


# ---------------------------------------------------------------- `1톤에서 가스 50㎥`: a figure per one unit

_GAS = (
    "한솔시 바이오가스 시설은 올해 가스 {total}를 생산했다.\n\n"
    "음식물쓰레기 1톤에서 가스 50㎥를 뽑아냈다. 가스 생산량은 지난해 300만㎥보다 {rate}% 늘었다."
)


@pytest.mark.parametrize("rate,fires", [("17", False), ("27", True)])
def test_a_change_from_a_prior_is_not_of_a_figure_per_one_unit(knowledge, rate, fires):
    assert_checked(knowledge, _GAS.format(total="351만㎥", rate=rate), "F301", fires)


def test_a_figure_per_one_unit_alone_before_a_change_is_not_its_value(knowledge):
    text = "음식물쓰레기 1톤에서 가스 50㎥를 뽑아냈다. 가스 생산량은 지난해 300만㎥보다 17% 늘었다."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `개통 1년 이용객이 … 하루 …명꼴`: a year's days

_STATION = "한솔역의 {span} 이용객이 73만명으로 집계됐다. 하루 {each}명꼴이다."


@pytest.mark.parametrize("each,fires", [("2,000", False), ("3,000", True)])
def test_a_daily_average_over_the_first_year_since_opening(knowledge, each, fires):
    assert_checked(knowledge, _STATION.format(span="개통 1년", each=each), "F312", fires)


def test_a_year_before_opening_is_no_span_of_the_total(knowledge):
    text = "한솔역의 개통 1년 전 예측 이용객은 73만명이었다. 하루 2,000명꼴이다."
    assert_not_checked(knowledge, text, "F312")


def test_a_bare_day_before_a_figure_not_worked_out_is_no_average(knowledge):
    assert_not_checked(
        knowledge, "한솔역의 개통 1년 이용객이 73만명으로 집계됐다. 하루 2,000명이 몰린 날도 있었다.", "F312"
    )


# ---------------------------------------------------------------- `The 40 days of racing drew …`: the days as subject

_MEETING = "Attendance was steady. {days} racing drew 90,000 racegoers, an average of {each} a day."


@pytest.mark.parametrize("each,fires", [("2,250", False), ("3,000", True)])
def test_a_daily_average_over_days_named_as_the_subject(knowledge, each, fires):
    assert_checked(knowledge, _MEETING.format(days="The 40 days of", each=each), "F312", fires)


def test_days_of_no_count_name_no_span(knowledge):
    assert_not_checked(knowledge, _MEETING.format(days="The busy days of", each="2,250"), "F312")


# ---------------------------------------------------------------- `after opening 56 outlets`: new units, no level

_OUTLETS_EN = (
    "Pinewood Mart, the grocery chain, said revenue rose to £2,000m in the quarter.\n\n"
    "The chain ended September with 400 stores against 350 a year ago, after opening {opened} outlets. Revenue per "
    "store was £{each}m for the quarter."
)


@pytest.mark.parametrize("each,fires", [("5", False), ("7", True)])
def test_units_opened_are_no_level_of_the_units(knowledge, each, fires):
    assert_checked(knowledge, _OUTLETS_EN.format(opened="50", each=each), "F317", fires)


# ---------------------------------------------------------------- `… over the six months`: a total of that length

_HALF = (
    "Barrow Goods said pre-tax profit fell to £20m in the six months to 31 August.\n\n"
    "Revenue climbed to £400m from £380m. The second quarter was stronger, with sales of £210m against £190m.\n\n"
    "The chain ended the half with 500 shops after opening 20 outlets. Revenue per shop was about £{each} over the "
    "six months."
)


@pytest.mark.parametrize("each,fires", [("800,000", False), ("600,000", True)])
def test_a_figure_over_a_span_of_months_is_of_no_total_of_another_length(knowledge, each, fires):
    assert_checked(knowledge, _HALF.format(each=each), "F317", fires)
