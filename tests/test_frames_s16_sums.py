"""Sums and differences (sixteenth session), each a rule for a construction:
- a breakdown whose whole, found by position, is another period's total, another measure's or a subset's (the
  nearest larger figure, or the nearest smaller one taken as misstated) takes the figure stated before it, nearby or
  in the lead, that its parts add up to; a list that adds up to none keeps the whole found by position;
- a partition (domestic and overseas) does the same, its whole stated in the lead past the reach of the nearest;
- a counted list's count is a number of its own (`12곳` is no `2곳`), and its parts count what its total counts.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _whole_of(text: str, knowledge, part: str) -> str | None:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return next(by_id.get(c.part_of) for c in found if c.text == part)


# ------------------------------------------------ a breakdown of the lead's total, past another period's total
KO_AFTER_A_QUARTER = (
    "한결식품의 올해 상반기 수출액은 2억4,000만달러로 집계됐다. 지난해 상반기 1억9,000만달러보다 26.3% 늘었다. "
    "2분기 수출은 1억3,000만달러로 1분기 1억1,000만달러보다 18.2% 늘었다. "
    "지역별로는 중국 1억1,200만달러, 베트남 7,300만달러, 기타 {rest}였다."
)


def test_ko_a_breakdown_past_a_quarters_total_is_of_the_total_it_adds_up_to(knowledge):
    text = KO_AFTER_A_QUARTER.format(rest="5,500만달러")
    assert _whole_of(text, knowledge, "1억1,200만달러") == "2억4,000만달러"
    assert_checked(knowledge, text, "F302", fires=False)


def test_ko_a_breakdown_that_adds_up_to_no_figure_keeps_the_nearest_and_fires(knowledge):
    assert_checked(knowledge, KO_AFTER_A_QUARTER.format(rest="6,500만달러"), "F302", fires=True)


EN_AFTER_A_QUARTER = (
    "Marrow Biscuits said first-half exports reached $96.0 million, a record. Second-quarter exports were "
    "$52.0 million, up from $44.0 million in the first quarter. By region, Germany took $41.5 million, Japan "
    "$30.5 million and other markets {rest}."
)


def test_en_a_breakdown_past_a_quarters_total_is_of_the_total_it_adds_up_to(knowledge):
    text = EN_AFTER_A_QUARTER.format(rest="$24.0 million")
    assert _whole_of(text, knowledge, "$41.5 million") == "$96.0 million"
    assert_checked(knowledge, text, "F302", fires=False)


def test_en_a_breakdown_that_adds_up_to_no_figure_still_fires(knowledge):
    assert_checked(knowledge, EN_AFTER_A_QUARTER.format(rest="$29.0 million"), "F302", fires=True)


# ------------------------------------------ a breakdown after a subset's total (the top lots), smaller than a part
KO_AFTER_A_SUBSET = (
    "라온옥션의 올해 낙찰총액은 620억원이다. 지난해 540억원보다 14.8% 늘었다. 출품작 4,000점 가운데 2,700점이 "
    "팔렸다. 낙찰률은 67.5%였다. 최고가 작품은 41억원에 팔렸다. "
    "상위 5점의 낙찰가 합계는 170억원이었다. 부문별로는 근현대 미술 390억원, 고미술 130억원, 해외 미술 {rest}이었다."
)


@pytest.mark.parametrize("rest,fires", [("100억원", False), ("160억원", True)])
def test_ko_a_breakdown_after_a_subsets_total(knowledge, rest, fires):
    text = KO_AFTER_A_SUBSET.format(rest=rest)
    if not fires:
        assert _whole_of(text, knowledge, "390억원") == "620억원"
    assert_checked(knowledge, text, "F302", fires=fires)


# ------------------------------------------------ a partition of the lead's total, another measure's figure nearer
KO_PARTITION = (
    "세광정밀은 3분기 신규 수주가 3,420억원으로 분기 최대를 기록했다. 직전 분기 2,980억원보다 14.8% 늘었다. "
    "같은 기간 매출은 2,210억원이었다. 영업이익률은 12.5%였다. 연구개발에는 150억원을 썼다. 매출의 6.8%다. "
    "인력은 1,200명이다. 9월 말 수주잔고는 7,150억원이다. 6월 말보다 420억원 늘었다. "
    "해외 수주는 2,280억원, 국내 수주는 {domestic}이었다."
)


def test_ko_a_partition_far_from_the_leads_total_is_of_it(knowledge):
    text = KO_PARTITION.format(domestic="1,140억원")
    assert _whole_of(text, knowledge, "2,280억원") == "3,420억원"
    assert_checked(knowledge, text, "F302", fires=False)


def test_ko_a_partition_that_adds_up_to_nothing_is_not_read_as_the_leads(knowledge):
    text = KO_PARTITION.format(domestic="1,540억원")
    assert _whole_of(text, knowledge, "2,280억원") != "3,420억원"


# -------------------------------------------- a counted list: its count a number of its own, its parts of its counter
def test_twelve_centres_are_no_counted_list_of_two(knowledge):
    text = (
        "혈액 보유량은 5.6일분이다. 지난 2월에는 3.1일분까지 떨어졌다. "
        "센터 12곳에서 받은 헌혈이 8만4천건으로 전체의 70%였고, 나머지는 버스 7대가 받았다."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_counted_lists_parts_count_what_its_total_counts(knowledge):
    text = "점검은 평균 4.5일 걸렸다. 지난해에는 3.5일이었다. 두 부문의 차량을 모두 합치면 11대다."
    assert_not_checked(knowledge, text, "F302")


def test_a_counted_list_of_its_own_counter_still_adds_up(knowledge):
    text = "A사는 차량 6대, B사는 차량 5대를 들여왔다. 두 회사의 차량을 모두 합치면 16대다."
    assert_checked(knowledge, text, "F302", fires=True)


# ---------------------------------------- a remainder (`leaving a surplus of`) of a whole past prices of its unit
SHOW = (
    "The Harlow Show took in $9.6 million this year. Tickets cost $15 for adults. The cattle sale raised $810,000, "
    "or $2,700 per animal. Expenses were $7.1 million, leaving a surplus of {rest}{tail}."
)
_TAIL = ", which the board will spend on a new barn"


def test_a_remainder_is_of_the_whole_it_agrees_with_past_prices_of_its_unit(knowledge):
    text = SHOW.format(rest="$2.5 million", tail=_TAIL)
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    surplus = next(c for c in found if c.text == "$2.5 million")
    assert (by_id.get(surplus.change_of), by_id.get(surplus.compared_to)) == ("$9.6 million", "$7.1 million")
    assert_checked(knowledge, text, "F305", fires=False)


def test_a_remainder_that_agrees_with_no_whole_keeps_the_figure_before_and_fires(knowledge):
    assert_checked(knowledge, SHOW.format(rest="$3.5 million", tail=""), "F305", fires=True)


# ------------------------------------------------ a gap between one noun qualified two ways (`누적 X이 연간보다`)
CUMULATIVE = (
    "올해 1~3분기 누적 매출은 8,400억원으로 지난해 연간 매출(7,900억원)을 이미 넘었다. "
    "누적 매출이 지난해 연간보다 {gap} 많다."
)


@pytest.mark.parametrize("gap,fires", [("500억원", False), ("900억원", True)])
def test_ko_a_gap_between_one_noun_qualified_two_ways(knowledge, gap, fires):
    assert_checked(knowledge, CUMULATIVE.format(gap=gap), "F305", fires=fires)


def test_ko_a_gap_between_two_names_still_takes_each_names_figure(knowledge):
    text = "권역별로는 동부 판매가 640대, 서부 판매가 410대였다. 동부가 지난해 서부보다 230대 많았다."
    assert_checked(knowledge, text, "F305", fires=False)


FEES = (
    "Fees totalled {whole}: tickets $11.2m, stalls $7.6m and parking $2.6m. Costs came to $12.0m, leaving a "
    "surplus of $9.4m."
)


def test_a_remainder_is_of_its_sentence_before_subject_not_a_part_that_agrees_by_chance(knowledge):
    # (12.0 − 2.6 is 9.4 as well: a listed part is no whole of the remainder)
    assert_checked(knowledge, FEES.format(whole="$21.4m"), "F305", fires=False)
    assert_checked(knowledge, FEES.format(whole="$25.4m"), "F305", fires=True)
