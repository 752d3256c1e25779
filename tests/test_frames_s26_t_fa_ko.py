"""False links narrowed (twenty-sixth session, lane t-fa-ko), each a rule for a construction:
- a bare noun written right before a count of a short counter (`어촌계 48곳이`) is a noun the article counts
  in, so `어촌계당` is a per-unit mark of its own: the figure beside it is per that count, and the yield mark after it
  in the same sentence (`1㏊당`) is another figure's (link/per_unit_apart.py `_counted_nouns`);
- one figure is never both the total and the count a figure per unit divides (link/per_unit_apart.py
  `place_per_unit`);
- a gap from an actual figure (`작년 실적(N)보다 M 많다`) measures the actual level the sentence before states,
  not a target stated beside it (`올해 목표(N)의 P%에 이르렀다`: link/gaps_from_before.py);
- a fraction counted of a noun (`수강생 10명 중 7명꼴`) is of the count that noun names when the largest count before
  it is named by another noun (link/shares.py `_count_the_noun_names`);
- a breakdown whose parts are each dated by a period of their own (`4월 N, 5월 M, 6월 P`) is no breakdown of a
  total of another span (`9∼11월 석 달 동안 …`) the parts' periods fall outside (link/breakdowns.py `_dated_outside`);
- a multiple of a level that moved from a figure right before it (`4월 N에서 8월 M으로 3배를 넘었다`, each dated)
  is measured from that figure, so it is no restatement of a percent change from another base (link/relations.py
  `_moved_from`);
- a run from a start written without its year to an end whose year is not written either (`12월부터 내년 3월까지`)
  starts in its end's calendar year or the one before, not two before (link/spans_between_dates.py);
- (a fraction's noun naming two counts of one sentence names parts, no whole: the largest count stays its whole.)

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_PER_UNIT = "F317"
_FARMS = (
    "올해 미라만의 물김 수확량은 10,080톤이다. 김 양식 면적 1,680㏊에는 어촌계 48곳이 있다. "
    "양식장은 어촌계당 {}㏊ 남짓이며, 수확량은 1㏊당 {}톤 정도다."
)


@pytest.mark.parametrize(
    "area,crop,fires",
    [
        ("35", "6", False),  # must-pass: the area per farm over the farms, the yield over the area
        ("45", "6", True),  # must-fire: the area per farm misstated
        ("35", "9", True),  # must-fire: the yield misstated
    ],
)
def test_bare_noun_before_a_count_marks_its_own_figure(knowledge, area, crop, fires):
    assert_checked(knowledge, _FARMS.format(area, crop), _PER_UNIT, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("보람시의 올해 배 출하량은 5,600톤이다. 과수원 700곳에서 재배하며 과수원당 출하량은 평균 8톤꼴이다.", False),
        ("보람시의 올해 배 출하량은 5,600톤이다. 과수원 700곳에서 재배하며 과수원당 출하량은 평균 11톤꼴이다.", True),
    ],
)
def test_bare_noun_mark_across_a_clause(knowledge, text, fires):
    assert_checked(knowledge, text, _PER_UNIT, fires)


def test_a_figure_is_not_its_own_count(knowledge):
    # near-miss: the only area stated is the whole; `0.3㏊` is a plot's, not per the `1㏊` of the next clause (it
    # was read as the area over itself), and the yield then has no area of its own to be over
    text = "보람군의 포도 재배 면적은 515㏊다. 필지 규모는 대개 0.3㏊ 안팎이고, 1㏊당 생산량은 평균 4.1톤꼴이다."
    assert_not_checked(knowledge, text, _PER_UNIT)


_GAP = "F305"
_DONE = (
    "보건소 금연 상담은 상반기에만 2,940건이 접수돼, 올해 목표(4,200건)의 70%에 이르렀다. "
    "작년 상반기 실적(2,460건)보다 {}건 많다."
)


@pytest.mark.parametrize("gap,fires", [("480", False), ("680", True)])
def test_gap_measures_the_actual_not_the_target(knowledge, gap, fires):
    # must-pass / must-fire; it was measured from the target (6,000명) and fired on the right 480
    assert_checked(knowledge, _DONE.format(gap), _GAP, fires)


def test_gap_of_a_sentence_stating_its_target_only(knowledge):
    # near-miss: the sentence before states no actual figure, so the target it states is the level
    text = "가람구의 올해 나무 심기 목표는 2,000그루다. 지난해 목표(1,700그루)보다 {}그루 많다."
    assert_checked(knowledge, text.format("300"), _GAP, False)
    assert_checked(knowledge, text.format("500"), _GAP, True)


_SHARE = "F503"
_MEMBERS = (
    "마을 인구는 12,000명이다. 체육센터에 등록한 수강생이 1,500명이고, "
    "그중 여성이 1,050명으로 수강생 10명 중 {}명꼴이다."
)


@pytest.mark.parametrize("count,fires", [("7", False), ("9", True)])
def test_fraction_of_the_count_its_noun_names(knowledge, count, fires):
    # must-pass / must-fire; the fraction was taken of the largest count (the district's people) and fired
    assert_checked(knowledge, _MEMBERS.format(count), _SHARE, fires)


def test_fraction_of_the_largest_when_its_noun_names_it(knowledge):
    # near-miss: the noun names the largest count, which stays the whole
    text = (
        "마을 인구는 12,000명이다. 체육센터에 등록한 수강생이 1,500명이고, "
        "마을 여성은 6,000명으로 인구 10명 중 {}명꼴이다."
    )
    assert_checked(knowledge, text.format("5"), _SHARE, False)
    assert_checked(knowledge, text.format("8"), _SHARE, True)


_SUM = "F302"
_MONTHS = (
    "가을 축제가 열린 9∼11월 석 달 동안 관람객은 61,000명이었다. 봄 행사는 월별로는 "
    "5월이 31,000명, 4월 24,000명, 6월 19,000명이었다."
)


def test_months_outside_the_span_are_no_parts_of_its_total(knowledge):
    # near-miss: the months ranked lie outside the third quarter, so they were summed against its total and fired
    assert_not_checked(knowledge, _MONTHS, _SUM)


@pytest.mark.parametrize("november,fires", [("16,000", False), ("19,000", True)])
def test_months_inside_the_span_are_its_parts(knowledge, november, fires):
    # must-pass / must-fire: the months of the span are its parts still
    text = (
        "가을 축제가 열린 9∼11월 관람객은 61,000명이었다. "
        f"월별로는 10월이 26,000명, 9월 19,000명, 11월 {november}명이었다."
    )
    assert_checked(knowledge, text, _SUM, fires)


_MULTIPLE_VS_PERCENT = "F310"
_MULTIPLE = "F304"
_MOVED = "8월 전시관 관람객은 7월(2,500명)보다 12% 많았다. 4월 900명에서 8월 2,800명으로 {}배를 넘은 셈이다."


def test_multiple_from_its_own_start_is_not_the_percent_change(knowledge):
    # near-miss: the percent is from the month before, the multiple from the first month
    assert_not_checked(knowledge, _MOVED.format("3"), _MULTIPLE_VS_PERCENT)


@pytest.mark.parametrize("times,fires", [("3", False), ("4", True)])
def test_multiple_from_the_figure_moved_from(knowledge, times, fires):
    # must-pass / must-fire: the multiple is checked against the figure it moved from
    assert_checked(knowledge, _MOVED.format(times), _MULTIPLE, fires)


_SPAN = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("셔틀버스는 12월부터 내년 3월까지 4개월간 운행한다.", False),  # must-pass (dated two Decembers back)
        ("셔틀버스는 12월부터 내년 3월까지 7개월간 운행한다.", True),  # must-fire
        # near-miss: a run to a written year may last over a year from a start without its year
        ("공사는 3월부터 2025년 8월까지 1년 5개월간 이어진다.", False),
        ("공사는 3월부터 2025년 8월까지 2년 5개월간 이어진다.", True),
    ],
)
def test_run_from_a_start_without_its_year(knowledge, text, fires):
    assert_checked(knowledge, text, _SPAN, fires)
