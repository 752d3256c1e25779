"""Figures per unit in Korean articles (twenty-first session), each a rule for a construction:
- a count per one of a counter with a noun before its one (`사고 1건당 1.5명꼴`, `사고 한 건당`), the counter counting
  several things of different values in the article (`단속 건수는 9만건`, `교통사고는 40건`): the units are the count
  whose naming word ends in that noun (`교통사고는 40건` for `사고`), in checker/link/counts_per_unit.py;
- a chain's outlets named under two names (`[link.outlet_nouns]`: `매장 수는 1,000곳 … 점포당 분기 매출`): a noun of
  one kin with a counted noun before `당` is a per-unit mark, of that count (checker/link/per_unit_apart.py);
- one of the noun as the genitive of its own figure (`매장 한 곳의 분기 매출은`, `[link.per_unit_noun_before]`) is a
  per-unit mark, and the count it names, stated in the figure's own paragraph, is within reach however many
  sentences back (a count further back in another paragraph still needs its total stated with it);
- a count per unit after a sentence stating the units and one count of its counter in one clause (`40회 공연을 열어
  관객 80만명을 모았다. 회당 평균 2만명꼴이다`): the two stated together are its total and units
  (checker/link/counts_per_unit.py); a count of another clause (`…전체의 60%였고, 나머지는 …`) is none;
- of counts of the counter a rate is marked per with a noun before its one (`충전기 1기당`), the count the noun itself
  names (`충전기가 5,000기`) before those of compounds ending in it, kinds of it (`급속충전기는 1,000기`);
- a count per one of a noun written `한 회에 평균 1,200명` (`[link.per_one_noun_marks]`) is marked per that noun, and
  with its units in the sentence just before (a sentence counting nothing of the rate's counter) it is of the
  lead's count of its counter (`관객 12만명을 모으며 … 모두 100회 공연됐다. 한 회에 평균 1,200명`);
- a measure per a count beside it that names a metric (`농가당 평균 1.5톤을 출하했다`) with no value of that metric
  stated: of the lead's measure, as one naming none (checker/link/per_unit_apart.py);
- money per person with no noun (`1인당 평균 100만원을 감면받은 셈이다`) opening a sentence that restates the one
  before: of the one count of that sentence, of people, over its amount (checker/link/partners.py); a sentence
  before counting two things leaves whose it is unsaid;
- a count per one of a counter as the subject (`배 한 척이 올해 평균 500명을 태운 셈이다`) is marked per that counter,
  of the one count of it as units and the lead's count of its own counter (checker/link/counts_per_unit.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `사고 1건당`: the noun before the counter's one

_ACCIDENTS = (
    "올해 송림시 주차 단속 건수는 9만건으로 작년보다 늘었다. 같은 기간 시내 교통사고는 40건으로 작년 52건에서 "
    "12건 감소했다. 다친 시민은 60명으로 {noun} {one}건당 {each}명꼴이다."
)


@pytest.mark.parametrize("one", ["1", "한 "])
@pytest.mark.parametrize("each,fires", [("1.5", False), ("2.5", True)])
def test_a_noun_before_the_counters_one_names_the_units(knowledge, one, each, fires):
    assert_checked(knowledge, _ACCIDENTS.format(noun="사고", one=one, each=each), "F317", fires)


def test_a_noun_naming_none_of_the_counts_links_nothing(knowledge):
    # (`화재` ends no word naming a count of 건: which count the rate is per is not said)
    assert_not_checked(knowledge, _ACCIDENTS.format(noun="화재", one="1", each="1.5"), "F317")


# ---------------------------------------------------------------- `매장 수는 … 점포당`: outlets under two names

_OUTLETS = (
    "세탁 프랜차이즈 한빛세탁의 3분기 매출이 300억원으로 1년 전 270억원보다 11.1% 늘었다.\n\n"
    "회사는 내년 일본에 진출한다. 무인 세탁기도 새로 들였다.\n\n"
    "9월 말 {counted} 수는 1,000곳이다. {noun}당 분기 매출은 약 {each}만원꼴이다."
)


@pytest.mark.parametrize("counted,noun", [("매장", "점포"), ("가맹점", "점포"), ("매장", "지점")])
@pytest.mark.parametrize("each,fires", [("3,000", False), ("4,000", True)])
def test_outlets_counted_under_one_name_divide_a_figure_per_another(knowledge, counted, noun, each, fires):
    assert_checked(knowledge, _OUTLETS.format(counted=counted, noun=noun, each=each), "F317", fires)


def test_a_noun_of_no_outlets_kin_is_no_mark(knowledge):
    # (`공장`: no name of the outlets counted; which count it is per is not said)
    assert_not_checked(knowledge, _OUTLETS.format(counted="매장", noun="공장", each="3,000"), "F317")


# ---------------------------------------------------------------- `매장 한 곳의 분기 매출`: the count in the paragraph

_GENITIVE = (
    "세탁 프랜차이즈 한빛세탁의 3분기 매출이 300억원으로 1년 전 270억원보다 11.1% 늘었다.\n\n"
    "회사는 내년 일본에 진출한다. 무인 세탁기도 새로 들였다.\n\n"
    "매장 수는 9월 말 1,000곳으로 지난해 말보다 50곳 늘었다. 새 매장은 대부분 수도권에 열었다. "
    "무인 매장도 시험하고 있다.{gap}매장 한 곳의 분기 매출은 약 {each}만원꼴이다."
)


@pytest.mark.parametrize("each,fires", [("3,000", False), ("4,000", True)])
def test_one_of_the_noun_as_genitive_is_per_the_count_of_its_paragraph(knowledge, each, fires):
    assert_checked(knowledge, _GENITIVE.format(gap=" ", each=each), "F317", fires)


def test_a_far_count_in_another_paragraph_stays_out_of_reach(knowledge):
    assert_not_checked(knowledge, _GENITIVE.format(gap="\n\n", each="3,000"), "F317")


# ---------------------------------------------------------------- `40회 … 80만명을 모았다. 회당 평균`: stated together

_TOUR = "밴드 한울이 올해 세계 순회공연을 마쳤다고 소속사가 3일 밝혔다. {before} 회당 평균 {each}만명꼴이다."
_TOGETHER = "20개 도시에서 모두 40회 공연을 열어 관객 80만명을 모았다."


@pytest.mark.parametrize("each,fires", [("2", False), ("3", True)])
def test_a_count_per_unit_restates_the_units_and_count_of_the_sentence_before(knowledge, each, fires):
    assert_checked(knowledge, _TOUR.format(before=_TOGETHER, each=each), "F317", fires)


def test_a_count_of_another_clause_is_no_total(knowledge):
    before = "실내 공연장 관객이 50만명으로 전체의 60%였고, 나머지는 야외 무대 40회가 모았다."
    assert_not_checked(knowledge, _TOUR.format(before=before, each="2"), "F317")


# ---------------------------------------------------------------- `충전기 1기당`: the noun itself before its kinds

_CHARGERS = (
    "한솔시는 관내 {counted}로 집계됐다고 3일 밝혔다.\n\n{kinds}\n\n"
    "시에 등록된 전기차는 2만1,000대로, 충전기 1기당 {each}대꼴이다."
)
_KINDS = "급속충전기는 1,000기로 전체의 20%였고, 나머지 4,000기는 완속충전기다."


@pytest.mark.parametrize("each,fires", [("4.2", False), ("5.2", True)])
def test_the_noun_itself_names_the_units_before_its_kinds(knowledge, each, fires):
    assert_checked(knowledge, _CHARGERS.format(counted="충전기가 5,000기", kinds=_KINDS, each=each), "F317", fires)


def test_kinds_of_the_noun_alone_of_two_values_link_nothing(knowledge):
    counted = "급속충전기가 1,000기, 완속충전기가 4,000기"
    assert_not_checked(knowledge, _CHARGERS.format(counted=counted, kinds="", each="4.2"), "F317")


# ---------------------------------------------------------------- `한 회에 평균`: the lead's count over the units

_RUN = "창작 뮤지컬 '바다새'가 관객 12만명을 모으며 막을 내렸다. {units} 한 회에 평균 {each}명이 객석을 채웠다."


@pytest.mark.parametrize("each,fires", [("1,200", False), ("1,500", True)])
def test_a_count_per_one_of_a_noun_is_of_the_leads_count_over_the_units_before(knowledge, each, fires):
    units = "제작사는 이번 시즌이 모두 100회 공연됐다고 밝혔다."
    assert_checked(knowledge, _RUN.format(units=units, each=each), "F317", fires)


def test_units_stated_with_a_part_of_the_leads_count_link_nothing(knowledge):
    units = "이번 시즌은 모두 100회 공연됐고, 이 가운데 주말 관객은 5만명이었다."
    assert_not_checked(knowledge, _RUN.format(units=units, each="1,200"), "F317")


# ---------------------------------------------------------------- `농가당 평균 1.5톤을 출하했다`: the lead's measure

_PURCHASE = (
    "한솔농협은 올해 고구마 수매 물량이 600톤으로 집계됐다고 3일 밝혔다. 지난해(550톤)보다 9.1% 늘었다.\n\n"
    "수매에 참여한 농가는 400곳으로, 농가당 평균 {each}톤을 출하했다."
)


@pytest.mark.parametrize("each,fires", [("1.5", False), ("2.5", True)])
def test_a_measure_per_a_count_beside_it_naming_a_metric_is_of_the_leads_measure(knowledge, each, fires):
    assert_checked(knowledge, _PURCHASE.format(each=each), "F317", fires)


# ---------------------------------------------------------------- `… 모두 1억5,000만원이었다. 1인당 평균 … 셈이다`

_WAIVERS = (
    "한솔시 공공산후조리원은 올해 산모 400명이 이용했다고 3일 밝혔다.\n\n"
    "{counted} 감면받았으며, 감면액은 모두 1억5,000만원이었다. 1인당 평균 {each}만원을 감면받은 셈이다."
)


@pytest.mark.parametrize("each,fires", [("100", False), ("130", True)])
def test_money_per_person_restating_the_sentence_before_is_of_its_people(knowledge, each, fires):
    assert_checked(knowledge, _WAIVERS.format(counted="취약계층 산모 150명이 이용료를", each=each), "F317", fires)


def test_a_sentence_before_counting_two_things_gives_no_people(knowledge):
    counted = "취약계층 산모 150명과 다자녀 가구 30가구가"
    assert_not_checked(knowledge, _WAIVERS.format(counted=counted, each="100"), "F317")


# ---------------------------------------------------------------- `배 한 척이 평균 500명을`: one as the subject

_BOATS_KO = (
    "남해 낚시어선 이용객이 올해 30만명으로 집계됐다.\n\n"
    "등록 낚시어선은 {boats}. 배 한 척이 올해 평균 {each}명을 태운 셈이다."
)


@pytest.mark.parametrize("each,fires", [("500", False), ("700", True)])
def test_a_count_per_one_of_a_counter_as_the_subject(knowledge, each, fires):
    assert_checked(knowledge, _BOATS_KO.format(boats="600척으로 1년 전보다 줄었다", each=each), "F317", fires)


def test_two_counts_of_the_counter_leave_the_units_unsaid(knowledge):
    assert_not_checked(knowledge, _BOATS_KO.format(boats="600척, 유람선은 40척이다", each="500"), "F317")
