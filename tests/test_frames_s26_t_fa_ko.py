"""False links narrowed (twenty-sixth session, lane t-fa-ko), each a rule for a construction:
- a bare noun written right before a count of a short counter (`농가 1,570곳이 참여`) is a noun the article counts
  in, so `농가당` is a per-unit mark of its own: the figure beside it is per that count, and the yield mark after it
  in the same sentence (`1㏊당`) is another figure's (link/per_unit_apart.py `_counted_nouns`);
- one figure is never both the total and the count a figure per unit divides (link/per_unit_apart.py
  `place_per_unit`);
- a gap from an actual figure (`지난해 실적(N)보다 M 많다`) measures the actual level the sentence before states,
  not a target stated beside it (`연간 목표(N)의 P%를 채웠다`: link/gaps_from_before.py);
- a fraction counted of a noun (`회원 10명 중 5명꼴`) is of the count that noun names when the largest count before
  it is named by another noun (link/shares.py `_count_the_noun_names`);
- a breakdown whose parts are each dated by a period of their own (`월별로는 5월이 …, 6월(…)`) is no breakdown of a
  total of another span (`7∼9월 석 달간 …`) the parts' periods fall outside (link/breakdowns.py `_dated_outside`);
- a multiple of a level that moved from a figure right before it (`2월 N에서 7월 M으로 2배를 웃돌았다`, each dated)
  is measured from that figure, so it is no restatement of a percent change from another base (link/relations.py
  `_moved_from`);
- a run from a start written without its year to an end whose year is not written either (`11월부터 내년 4월까지`)
  starts in its end's calendar year or the one before, not two before (link/spans_between_dates.py);
- (a fraction's noun naming two counts of one sentence names parts, no whole: the largest count stays its whole.)

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_PER_UNIT = "F317"
_FARMS = (
    "한결군은 올해 사과 생산량이 3,270톤이라고 밝혔다. 한결군의 사과 재배 면적은 628㏊로, 농가 1,570곳이 참여하고 "
    "있다. 농가당 재배 면적은 {}㏊ 안팎이고, 1㏊당 생산량은 평균 {}톤꼴이다."
)


@pytest.mark.parametrize(
    "area,crop,fires",
    [
        ("0.4", "5.2", False),  # must-pass: the area per farm over the farms, the yield over the area
        ("0.9", "5.2", True),  # must-fire: the area per farm misstated
        ("0.4", "7.2", True),  # must-fire: the yield misstated
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
    "누리시는 올해 1∼8월 무료 건강검진을 4,180명에게 시행해 연간 목표(6,000명)의 70%를 채웠다고 밝혔다. "
    "같은 기간 지난해 실적(3,550명)보다 {}명 많다."
)


@pytest.mark.parametrize("gap,fires", [("630", False), ("930", True)])
def test_gap_measures_the_actual_not_the_target(knowledge, gap, fires):
    # must-pass / must-fire; it was measured from the target (6,000명) and fired on the right 630
    assert_checked(knowledge, _DONE.format(gap), _GAP, fires)


def test_gap_of_a_sentence_stating_its_target_only(knowledge):
    # near-miss: the sentence before states no actual figure, so the target it states is the level
    text = "가람구의 올해 나무 심기 목표는 2,000그루다. 지난해 목표(1,700그루)보다 {}그루 많다."
    assert_checked(knowledge, text.format("300"), _GAP, False)
    assert_checked(knowledge, text.format("500"), _GAP, True)


_SHARE = "F503"
_MEMBERS = (
    "도서관 이용 회원은 2,300명으로, 구 전체 인구(9,800명)의 23%가 회원증을 만들었다. "
    "초등학생 회원은 1,150명으로 회원 10명 중 {}명꼴이었다."
)


@pytest.mark.parametrize("count,fires", [("5", False), ("8", True)])
def test_fraction_of_the_count_its_noun_names(knowledge, count, fires):
    # must-pass / must-fire; the fraction was taken of the largest count (the district's people) and fired
    assert_checked(knowledge, _MEMBERS.format(count), _SHARE, fires)


def test_fraction_of_the_largest_when_its_noun_names_it(knowledge):
    # near-miss: the noun names the largest count, which stays the whole
    text = (
        "도서관 이용 회원은 2,300명으로, 구 전체 인구(9,800명)의 23%가 회원증을 만들었다. "
        "한 번 이상 책을 빌린 사람은 4,900명으로 인구 10명 중 {}명꼴이었다."
    )
    assert_checked(knowledge, text.format("5"), _SHARE, False)
    assert_checked(knowledge, text.format("8"), _SHARE, True)


_SUM = "F302"
_MONTHS = (
    "올해 1∼9월 전복 위판량은 530톤이었다. 상반기가 360톤으로 전체의 68%였다. 태풍이 지나간 하반기에는 7∼9월 "
    "석 달간 170톤이 거래됐다. 월별로는 5월이 96톤으로 가장 많았고, 6월(88톤), 4월(75톤)이 뒤를 이었다."
)


def test_months_outside_the_span_are_no_parts_of_its_total(knowledge):
    # near-miss: the months ranked lie outside the third quarter, so they were summed against its total and fired
    assert_not_checked(knowledge, _MONTHS, _SUM)


@pytest.mark.parametrize("september,fires", [("57", False), ("77", True)])
def test_months_inside_the_span_are_its_parts(knowledge, september, fires):
    # must-pass / must-fire: the months of the span are its parts still
    text = f"하반기에는 7∼9월 석 달간 전복 170톤이 거래됐다. 월별로는 7월이 52톤, 8월 61톤, 9월 {september}톤이었다."
    assert_checked(knowledge, text, _SUM, fires)


_MULTIPLE_VS_PERCENT = "F310"
_MULTIPLE = "F304"
_MOVED = (
    "월별 대출 권수도 늘었다. 개관 첫 달 2월 530권에서 7월 1,240권으로 {}배를 웃돌았다. "
    "7월 대출은 전월(1,080권) 대비 14.8% 늘었다."
)


def test_multiple_from_its_own_start_is_not_the_percent_change(knowledge):
    # near-miss: the percent is from the month before, the multiple from the first month
    assert_not_checked(knowledge, _MOVED.format("2"), _MULTIPLE_VS_PERCENT)


@pytest.mark.parametrize("times,fires", [("2", False), ("3", True)])
def test_multiple_from_the_figure_moved_from(knowledge, times, fires):
    # must-pass / must-fire: the multiple is checked against the figure it moved from
    assert_checked(knowledge, _MOVED.format(times), _MULTIPLE, fires)


_SPAN = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("계약 기간은 11월부터 내년 4월까지 6개월이다.", False),  # must-pass (it was dated from two Novembers back)
        ("계약 기간은 11월부터 내년 4월까지 9개월이다.", True),  # must-fire
        # near-miss: a run to a written year may last over a year from a start without its year
        ("공사는 3월부터 2025년 8월까지 1년 5개월간 이어진다.", False),
        ("공사는 3월부터 2025년 8월까지 2년 5개월간 이어진다.", True),
    ],
)
def test_run_from_a_start_without_its_year(knowledge, text, fires):
    assert_checked(knowledge, text, _SPAN, fires)
