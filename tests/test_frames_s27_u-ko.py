"""Korean changes and gaps read by a lane of the twenty-seventh session, each a rule for a construction:
- a gap and the rate that restates it joined by a comma before a comparative adjective (`B보다 C, Z% 많다`,
  `B와 비교하면 C, Z% 적다`): C is the gap A − B (checker/link/gaps.py), and the rate after the comma is a change
  measured from B, the comparison looked for before the gap (checker/link/roles.py);
- a gap of a measure (`737톤으로 619톤보다 118톤 많다`, `4.2㎞로 3.5㎞보다 0.7㎞ 길다`), read as the gaps of money and
  counts are (checker/link/gaps.py);
- `에 견줘`, `과 견주면`: a comparison with the figure before it, as `에 비해` (`[link.compared_after]`);
- `ha` written in Latin letters after a figure: hectares, as `㏊` (`[measures]` in rules/lang/base.toml);
- a rate after an amount and a comma that names, in words, what it is measured against (`B보다 C, 전 분기 대비 Z%
  늘었다`): the amount and the rate are the one change's two readings (checker/link/roles.py);
- an adverb between a mark's particle and the excess over it (`B를 이미 C 웃돌았다`, `[link.excess_adverbs]`), and
  `넘어서다` as a verb of excess (`[link.excess_verbs]`): C is the level's excess over the mark
  (checker/link/shortfalls.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `B보다 C, Z% 많다`


@pytest.mark.parametrize("gap,fires", [("9천 명", False), ("1만1천 명", True)])
def test_a_gap_joined_to_its_rate_by_a_comma(knowledge, gap, fires):
    text = f"마라톤 참가자는 올해 6만3천 명이다. 2년 전(5만4천 명)보다 {gap}, 16.7% 많다."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("rate,fires", [("16.7%", False), ("21.7%", True)])
def test_the_rate_after_a_gap_compared_with_a_clause_before(knowledge, rate, fires):
    text = f"마라톤 참가자는 올해 6만3천 명이다. 2년 전 대회(5만4천 명)와 견주면 9천 명, {rate} 늘어난 셈이다."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("gap,fires", [("8,800원", False), ("5,800원", True)])
def test_a_gap_and_rate_of_money_smaller(knowledge, gap, fires):
    text = f"동네 목욕탕 요금은 5만8,350원으로 3년 전 6만7,150원에 비하면 {gap}, 13.1% 싸다."
    assert_checked(knowledge, text, "F305", fires)


def test_an_amount_before_a_rate_of_another_clause_is_no_gap(knowledge):
    # (the amount closes a clause of its own before the comma: it is a level, and the rate compares nothing it states)
    text = "올해 도서전 입장객은 8만4천 명이고, 외국인 관객은 6천 명, 7.1% 많다."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- a gap of a measure


@pytest.mark.parametrize("gap,fires", [("118톤", False), ("148톤", True)])
def test_a_gap_of_tonnes(knowledge, gap, fires):
    text = f"항구 냉동창고 재고는 737톤으로 작년 같은 때 619톤보다 {gap} 많다."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("gap,fires", [("0.7㎞", False), ("1.7㎞", True)])
def test_a_gap_of_a_length(knowledge, gap, fires):
    text = f"새 우회 터널은 4.2㎞로 옛 터널(3.5㎞)보다 {gap} 길다."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("gap,fires", [("177톤", False), ("277톤", True)])
def test_a_gap_of_tonnes_from_the_level_the_sentence_before_states(knowledge, gap, fires):
    text = f"올해 배추 수확량은 1,373톤을 기록했다. 지난해 수확량 1,196톤보다 {gap} 많고, 평년보다도 늘었다."
    assert_checked(knowledge, text, "F305", fires)


def test_a_measure_compared_with_no_figure_is_no_gap(knowledge):
    text = "항구 냉동창고 재고는 737톤으로 작년 같은 때보다 118톤 많다."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `B에 견줘 Z% 늘었다`


@pytest.mark.parametrize("rate,fires", [("20%", False), ("30%", True)])
def test_a_change_compared_by_gyeonjwo(knowledge, rate, fires):
    text = f"시립도서관은 올해 7월 책 4,260권을 빌려줬다. 6월 3,550권에 견줘 {rate} 늘었다."
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize("gap,fires", [("710권", False), ("1,070권", True)])
def test_a_gap_compared_by_gyeonjumyeon(knowledge, gap, fires):
    text = f"시립도서관 대출은 4,260권이다. 전월(3,550권)과 견주면 {gap} 많다."
    assert_checked(knowledge, text, "F305", fires)


def test_gyeonjwo_with_no_figure_before_it_is_no_baseline(knowledge):
    text = "구청 민원 접수는 3,120건이다. 전월과 견줘 240건 많다."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `2,350ha`


@pytest.mark.parametrize("gap,fires", [("240ha", False), ("340ha", True)])
def test_hectares_in_latin_letters(knowledge, gap, fires):
    text = f"올해 감자 재배 면적은 2,350ha로 지난해 2,110ha보다 {gap} 늘었다."
    assert_checked(knowledge, text, "F305", fires)


def test_latin_ha_inside_a_word_is_no_unit(knowledge):
    text = "올해 감자 재배 면적은 2,350haus로 지난해 2,110haus보다 240haus 늘었다."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `B를 이미 C 넘어섰다`


@pytest.mark.parametrize("gap,fires", [("153명", False), ("253명", True)])
def test_an_excess_after_an_adverb_over_a_mark_measures_the_level_before(knowledge, gap, fires):
    text = f"올해 가을 축제 자원봉사자는 1,463명이다. 목표치 1,310명을 벌써 {gap} 넘어섰다."
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize("gap,fires", [("35건", False), ("53건", True)])
def test_an_excess_over_a_mark_with_emphasis(knowledge, gap, fires):
    text = f"시립 도서관의 상호대차 신청은 835건으로 작년 한 해 실적 800건을 이미 {gap} 웃돌았다."
    assert_checked(knowledge, text, "F305", fires)


def test_an_amount_past_a_mark_before_a_verb_of_change_is_no_excess(knowledge):
    text = "올해 가을 축제 자원봉사자는 1,463명으로 목표치 1,310명을 153명 넘게 늘렸다."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `B보다 C, 전 분기 대비 Z% 늘었다`


@pytest.mark.parametrize("rate,fires", [("15%", False), ("25%", True)])
def test_a_rate_naming_its_comparison_after_the_amount_and_a_comma(knowledge, rate, fires):
    text = f"올해 새로 등록된 전기버스는 1,150대로 지난해(1,000대)보다 150대, 전년 대비 {rate} 늘었다."
    assert_checked(knowledge, text, "F301", fires)
