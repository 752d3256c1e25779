"""Guards narrowed (twenty-sixth session): a veto written against a false alarm replaced by a precise condition that
still rejects that alarm and lets the right relation through.

- Korean shares of a whole named by its words (checker/link/named_wholes_of_shares.py): a whole of another period is
  still no whole of the part, but a part dated to a span within the whole's period (months, a quarter or a half of
  the whole's year: `7월과 8월에만 … 올해 판매량의 30%`) is a share of it, and so is a part dated only by
  the words of the whole's name after it when the whole's period lies in theirs (`올해 출하량의`, the whole stated up
  to a month of the year); a name of another year still links nothing.
- a figure per unit whose count stands far back (checker/link/per_unit_apart.py, `only_count`): another count the
  noun names still makes which one the figure is per unsaid, but a count of another counter is of other things the
  noun only qualifies (`조합원 휴게소 네 곳` beside `조합원은 240명`: places, not people) and no rival.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a share of the year's whole by a span within it


@pytest.mark.parametrize("rate,fires", [("30%", False), ("45%", True)])
def test_a_share_of_months_within_the_year_of_the_named_whole(knowledge, rate, fires):
    text = (
        "한결자전거 올해 판매 4만대\n\n"
        "한결자전거의 올해 판매량은 4만대로 집계됐다. 회사는 신제품 효과라고 설명했다.\n\n"
        f"자전거는 7월과 8월에만 1만2천대가 팔려 올해 판매량의 {rate}를 차지했다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("rate,fires", [("40%", False), ("55%", True)])
def test_a_share_of_a_half_within_the_year_of_the_named_whole(knowledge, rate, fires):
    text = (
        "다온식품 올해 수출 800억원\n\n"
        "다온식품의 올해 수출액은 800억원으로 늘었다. 동남아 시장이 성장을 이끌었다.\n\n"
        f"상반기 수출액은 약 320억원으로 올해 수출액의 {rate}다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("rate,fires", [("5분의 1", False), ("3분의 1", True)])
def test_a_fraction_of_one_month_within_the_year_of_the_named_whole(knowledge, rate, fires):
    text = (
        "푸른목장 우유 납품\n\n"
        "푸른목장은 올해 우유 납품량이 3,000톤이라고 밝혔다. 새 축사가 문을 열었다.\n\n"
        f"8월 한 달 납품량은 600톤으로 올해 납품량의 {rate}이었다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_whole_of_another_year_is_still_no_whole_of_the_part(knowledge):
    # (last year's total named by the same word: the part of this year's months is no share of it)
    text = (
        "한결자전거 판매 4만대\n\n"
        "한결자전거의 지난해 판매량은 4만대로 집계됐다. 회사는 신제품 효과라고 설명했다.\n\n"
        "올해 자전거는 7월과 8월에만 1만2천대가 팔려 판매량의 45%를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a part dated only by the whole's name

_BRICKS = (
    "한솔벽돌 출하량 늘어\n\n"
    "한솔벽돌은 올해 1월부터 7월까지 벽돌 출하량이 4만톤으로 집계됐다고 밝혔다. 건설 경기가 살아난 덕분이다.\n\n"
    "공장 마당에 쌓아 둔 물량은 8천톤으로 {name} 출하량의 {rate}이다."
)


@pytest.mark.parametrize("rate,fires", [("5분의 1", False), ("3분의 1", True)])
def test_a_part_dated_by_the_year_of_the_whole_name_is_of_the_whole_stated_to_a_month(knowledge, rate, fires):
    # (`올해` names the whole's period, not the part's: the whole, stated up to a month of the year, lies in it)
    assert_checked(knowledge, _BRICKS.format(name="올해", rate=rate), "F503", fires)


def test_a_whole_name_of_another_year_still_links_nothing(knowledge):
    # (`지난해 출하량의`: last year's, and the only whole so named is this year's)
    assert_not_checked(knowledge, _BRICKS.format(name="지난해", rate="3분의 1"), "F503")


# ---------------------------------------------------------------- a far count of people, places the noun qualifies

_DRIVERS = (
    "늘봄택시조합 수입 늘어\n\n"
    "늘봄택시조합의 올해 상반기 운행 거리는 96만㎞로 작년보다 5만㎞ 늘었다고 조합이 밝혔다.\n\n"
    "차종별로는 전기차가 40만㎞로 가장 많았다. 전기차 운송수입은 6억 원으로 ㎞당 1천5백 원꼴이었다.\n\n"
    "현재 조합원은 240명으로 1년 전(252명)보다 12명 줄었다. 이 가운데 60세 이상이 150명으로 조합원 8명 중 "
    "5명꼴이다. 조합원 한 명당 평균 운행 거리는 4천㎞다.\n\n"
    "상반기 전체 운송수입은 19억 2천만 원으로 조합원 1인당 {amount} 원을 번 셈이다.\n\n"
    "{tail}"
)


def _per_unit_items(knowledge, text: str) -> tuple[list[str], list[str]]:
    """The messages of the per-unit check (F317) that divide the total of the amount `19억`: fired, passed."""
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    fired = [f.message for f in result.findings if f.rule == "F317" and "19억" in f.message]
    passed = [p.message for p in result.passed if p.rule == "F317" and "19억" in p.message]
    return fired, passed


@pytest.mark.parametrize("amount,fires", [("800만", False), ("1,100만", True)])
def test_a_far_count_of_people_is_the_one_count_when_the_noun_also_qualifies_places(knowledge, amount, fires):
    # (`조합원 휴게소 네 곳`: places the noun qualifies, counted by another counter, no rival count of the people)
    text = _DRIVERS.format(amount=amount, tail="조합은 조합원 휴게소 네 곳을 새로 짓기로 했다.")
    fired, passed = _per_unit_items(knowledge, text)
    assert bool(fired) == fires and bool(passed) != fires, (fired, passed)


@pytest.mark.parametrize(
    "tail",
    [
        "조합은 하반기에 신규 조합원 30명을 더 받는다.",
        "조합은 조합원 휴게소 네 곳을 새로 짓는다. 신규 조합원 30명도 받는다.",
    ],
)
def test_a_far_count_of_people_with_another_count_of_people_links_nothing(knowledge, tail):
    # (another count of the noun's people: which one the figure is per is not said)
    fired, passed = _per_unit_items(knowledge, _DRIVERS.format(amount="1,100만", tail=tail))
    assert not fired and not passed, (fired, passed)
