"""Korean ratios left by an earlier lane (twenty-sixth session), each a rule for a construction:
- a count or amount given one by one per an occasion or a unit (`회당 N명씩`, `한 번에 N명씩`, `곳당 N원씩`), the
  count of those occasions right after it or before its mark in its clause, then the total in the same clause: the
  total is the rate times the occasions (checker/link/counts_per_occasion.py; the per-unit check F317); a rate per a
  day, week or month (`하루 N명씩`, `매주 N명씩`) with its term of those periods (`45일간`, `12주 동안`) is the total
  over the term (the per-period check F312); a total in another clause (a comma, a clause end between) is none of it;
- `곱절` is a multiple by itself (twice), written as one word with its particle (`…(620톤)의 곱절이다`, `곱절로`);
- a figure annualised where a marker says so (`연 환산하면`, `연간으로 환산하면`, `연율로`) is its base times the
  year over the base's period: a quarter 4, a half 2, nine months 12/9, a span of months (`1∼4월`) 12 over its
  months (checker/link/annualised.py; F312); a figure after no such marker, or a base of a whole year, links nothing.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `회당 N명씩 M회에 걸쳐 T명`


@pytest.mark.parametrize("total,fires", [("540명", False), ("640명", True)])
def test_a_count_per_occasion_times_the_occasions_after_it(knowledge, total, fires):
    text = f"숲 해설 프로그램에는 회당 12명씩 45회에 걸쳐 {total}이 다녀갔다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("total,fires", [("1,050명", False), ("1,400명", True)])
def test_the_occasions_before_a_rate_of_one_time(knowledge, total, fires):
    text = f"유람선은 지난달 모두 70차례에 걸쳐 한 번에 15명씩 {total}을 태웠다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("total,fires", [("7,200만원", False), ("9,600만원", True)])
def test_an_amount_per_occasion_times_the_occasions(knowledge, total, fires):
    text = f"거리 공연단에는 공연비로 회당 300만원씩 모두 24차례 {total}이 지급됐다."
    assert_checked(knowledge, text, "F317", fires)


def test_a_total_in_another_clause_is_none_of_the_rate(knowledge):
    # (a comma and a clause end between: the later count is another subject's)
    text = "숲 해설 프로그램은 회당 12명씩 45회 열렸고, 대기 신청자는 760명이었다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `하루 N명씩 M일간 T명`


@pytest.mark.parametrize("total,fires", [("1,760명", False), ("2,300명", True)])
def test_a_count_per_day_over_its_term_of_days(knowledge, total, fires):
    text = f"보건소 이동 검진차는 하루 40명씩 44일간 {total}을 검진했다."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize("total,fires", [("540명", False), ("720명", True)])
def test_the_term_of_weeks_before_a_weekly_count(knowledge, total, fires):
    text = f"도서관 독서 모임에는 18주 동안 매주 30명씩 모두 {total}이 참여했다."
    assert_checked(knowledge, text, "F312", fires)


def test_a_daily_count_with_its_total_in_another_clause_links_nothing(knowledge):
    text = "보건소 이동 검진차는 하루 40명씩 44일간 운영됐고, 누적 문의는 5,200건이었다."
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- `…(620톤)의 곱절`


@pytest.mark.parametrize("level,fires", [("1,320톤", False), ("1,900톤", True)])
def test_gopjeol_is_twice_the_prior_in_brackets(knowledge, level, fires):
    text = f"해솔군의 올해 고구마 수확량은 {level}으로 지난해(660톤)의 곱절이다."
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize("level,fires", [("6,800권", False), ("9,000권", True)])
def test_gopjeol_with_its_particle_of_a_change(knowledge, level, fires):
    text = f"열람실 냉방을 늘리자 방학 동안 한결도서관 어린이 대출은 {level}으로 작년 여름(3,400권)의 곱절로 불었다."
    assert_checked(knowledge, text, "F304", fires)


def test_a_word_beginning_with_gopjeol_is_no_multiple(knowledge):
    text = "해솔군의 올해 고구마 수확량은 1,900톤이다. 곱절이라는 평가는 지난해(660톤)와 견준 말이다."
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- `연 환산하면`, `연율로`


@pytest.mark.parametrize("annual,fires", [("4만8천명", False), ("6만명", True)])
def test_a_quarter_annualised_is_four_times_it(knowledge, annual, fires):
    text = f"캠핑장 해오름이 3분기에 받은 숙박객 1만2천명을 연 환산하면 {annual} 규모다."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize("annual,fires", [("36만건", False), ("40만건", True)])
def test_a_span_of_months_annualised_is_twelve_over_its_months(knowledge, annual, fires):
    text = f"공공자전거 대여는 1∼5월에 15만건이 이뤄졌다. 연간으로 환산하면 {annual}꼴이다."
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize("annual,fires", [("44억원", False), ("60억원", True)])
def test_a_half_at_an_annual_rate_is_twice_it(knowledge, annual, fires):
    text = f"물류업체 다온의 상반기 영업이익은 22억원으로 연율로 {annual}이다."
    assert_checked(knowledge, text, "F312", fires)


def test_a_figure_after_no_marker_of_annualising_links_nothing(knowledge):
    text = "캠핑장 해오름이 3분기에 받은 숙박객은 1만2천명이었다. 연간 목표는 6만명이다."
    assert_not_checked(knowledge, text, "F312")
