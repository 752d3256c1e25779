"""Set R's false alarms (twenty-fourth session), each a rule for a construction:
- a count after a preposition of spread and a possessive or `the` (`sold 61,420 passes over its four nights, up from
  55,900, an increase of 9.9%`) is the length of the run the level was counted over, never the level a change after
  it is of (checker/link/relations.py, `[link.run_span_before]`);
- a whole marked as a total and the level it moved from set beside it (`a season total of 149,800, down from 171,200
  last year`): that earlier level is the whole a period before, not a part of it (checker/link/shares.py); a part
  named after it (`…, of which 31,000 were refrigerated`) still is;
- a Korean multiple right after a rate of change a noun names and its genitive (`18.2% 늘어 전체 증가율의 세 배를
  웃돌았다`) compares two rates: it is no change of the level the sentence states (checker/link/roles.py,
  `[link.rate_of_change_nouns]`); a multiple of last year (`지난해의 세 배`) still is;
- in a list a rest closes (`…; the remaining $0.6 million`, `나머지 41억 원`), a figure of the list's sentence set in
  the frame of the next figure of its unit (the same mark right before each: `the largest at $4.2m, ahead of B at
  $2.1m`, `북미가 310억 원, 유럽이 86억 원`) with no words that open parts between is the list's first member,
  not its whole (checker/link/totals.py); a whole a parts opener follows (`500억원으로, 이 가운데 수출이 300억원`)
  still is.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `over its N nights`: the run, not the level

_FAIR = (
    "The Dunmore county fair sold 61,420 passes over its four nights this year, up from 55,900 in 2025, "
    "an increase of {rate}, the organisers said."
)


@pytest.mark.parametrize("rate,fires", [("9.9%", False), ("19.9%", True)])
def test_a_count_over_its_run_is_not_the_level_a_change_is_of(knowledge, rate, fires):
    assert_checked(knowledge, _FAIR.format(rate=rate), "F301", fires)


def test_a_count_over_a_run_with_no_possessive_is_read_as_before(knowledge):
    # (no possessive: the rule is not read; the level before the change is still the passes)
    text = (
        "The Dunmore county fair sold 61,420 passes in total, up from 55,900 in 2025, an increase of 9.9%, "
        "the organisers said."
    )
    assert_checked(knowledge, text, "F301", False)


# ---------------------------------------------------------------- `a total of X, down from Y`: Y is no part of X

_SEASON = (
    "Crowds averaged 21,400 a game, for a season total of 149,800, down from 171,200 last year, when the club "
    "played one more home game."
)


def test_the_level_a_whole_moved_from_is_not_its_part(knowledge):
    assert_not_checked(knowledge, _SEASON, "F504")


_PORT = (
    "The port handled a total of 52,000 containers, up from 47,000 a year earlier, of which 31,000 were "
    "refrigerated, or {share} of the total."
)


@pytest.mark.parametrize("share,fires", [("59.6%", False), ("69.6%", True)])
def test_a_part_named_after_the_whole_and_its_prior_is_still_its_part(knowledge, share, fires):
    assert_checked(knowledge, _PORT.format(share=share), "F503", fires)


# ---------------------------------------------------------------- `증가율의 N배`: a multiple of a rate, no change

_YOUTH = (
    "연령대별로는 청년층이 1만 4,300명으로 27.0%를 차지했다. 청년층 이용자는 지난해 같은 기간 1만 2,100명에서 "
    "18.2% 늘어 전체 증가율의 세 배를 웃돌았다."
)


def test_a_multiple_of_a_named_rate_of_change_is_no_change(knowledge):
    assert_not_checked(knowledge, _YOUTH, "F310")
    assert_not_checked(knowledge, _YOUTH, "F304")


_TRIPLED = "청년층 이용자는 지난해 같은 기간 1만 2,100명에서 {now}명으로 늘어 지난해의 세 배를 웃돌았다."


@pytest.mark.parametrize("now,fires", [("3만 9,300", False), ("4,300", True)])
def test_a_multiple_of_last_year_is_still_a_change(knowledge, now, fires):
    assert_checked(knowledge, _TRIPLED.format(now=now), "F304", fires)


# ---------------------------------------------------------------- a list's first member in its frame is no whole

_MARKETS = (
    "Exports to Chile were the largest at $4.2 million, ahead of Peru at $2.1 million and Mexico at $1.3 million; "
    "other markets made up the remaining $0.6 million."
)


def test_the_first_member_of_a_parallel_list_is_not_its_whole(knowledge):
    assert_not_checked(knowledge, _MARKETS, "F302")


_REGIONS = (
    "수출은 {total}억 원이다. 수출 지역별로는 북미가 310억 원, 유럽이 86억 원, 나머지 41억 원은 동남아 등에서 나왔다."
)


def test_a_parallel_list_with_its_rest_adds_up_to_the_whole_before(knowledge):
    # (the first member passed over is a part: the list adds up to the whole the sentence before states)
    assert_checked(knowledge, _REGIONS.format(total="437"), "F302", False)


_OPENED = "매출은 {total}억원으로, 이 가운데 수출이 300억원, 나머지 200억원은 내수였다."


def test_a_whole_a_parts_opener_follows_is_still_the_whole(knowledge):
    assert_checked(knowledge, _OPENED.format(total="500"), "F302", False)


# ---------------------------------------------------------------- `월평균`: a count per unit and per month

_BIKES = "서진군의 공공 자전거 대여는 1~6월 3만 6,000건이었다. 자전거는 모두 40대로, 한 대당 {rate}건꼴을 처리했다."


def test_a_monthly_average_per_unit_is_not_the_whole_over_the_units(knowledge):
    assert_not_checked(knowledge, _BIKES.format(rate="월평균 150"), "F317")


@pytest.mark.parametrize("rate,fires", [("평균 900", False), ("평균 600", True)])
def test_an_average_per_unit_with_no_month_is_the_whole_over_the_units(knowledge, rate, fires):
    assert_checked(knowledge, _BIKES.format(rate=rate), "F317", fires)


# ---------------------------------------------------------------- `주차장 비중`: the head of a member's compound label

_CHARGERS = (
    "공공 충전기는 9월 말 현재 2,000대로, 이 중 지하주차장에 900대, 공원에 700대, 나머지 400대는 관공서에 있다. "
    "주차장 비중은 {share}다."
)


@pytest.mark.parametrize("share,fires", [("45.0%", False), ("55.0%", True)])
def test_a_share_naming_the_head_of_a_members_compound_is_that_members(knowledge, share, fires):
    assert_checked(knowledge, _CHARGERS.format(share=share), "F503", fires)
