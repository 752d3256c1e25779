"""Korean false alarms of figures per unit (fifty-first session, lane `fa_ko`).

A figure per one of a count is per the units of one year, and of one group:

- A count whose clause dates it to a year (`지난해 수매에 참여한 농가는 N곳으로, 한 곳이 평균 M㎏꼴`, `작년 …`: its
  year read from the words, not assumed) shares out no total of another year (the lead's or the title's `올해 K톤`):
  checker/link/per_unit_vetoes.py `of_another_year`, asked by checker/link/rates_after_their_count.py,
  checker/link/per_unit_ko.py and checker/link/unit_sizes_ko.py. The count after a total of its own year is read
  (`올해 K톤으로, 지난해 J톤보다`: J of last year's count, rates_after_their_count.py `_total_of_its_year`), one value
  of that year stated before, or none. A count of the lead's year, or undated, still shares out the lead's total.
- A count drawn from a pool beside its share (`관람객 가운데 학생이 N명으로 40%를 차지했다`, `이 가운데 표고가
  N톤(40%)으로`), in a sentence before a figure per one (`입장 수입은 M원으로 한 사람에 K원꼴`): which group the
  figure is per, the part or the pool, is unsaid; checker/link/per_unit_ko.py gives nothing. A pool counted alone
  (`관람객은 N명이었다`) is still the units.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_LEAD = "가람군, 밤 수매 시작…올해 60톤 예상\n\n가람군은 3일부터 주민들이 주운 밤을 사들인다고 5일 밝혔다.\n\n"


# ---------------------------------------------------------------- a count dated to another year than the total


@pytest.mark.parametrize(("prior", "fires"), [("50톤", False), ("45톤", True)])
def test_a_count_of_last_year_shares_out_last_years_total(knowledge, prior, fires):
    text = (
        _LEAD + f"군이 예상하는 올해 수매 물량은 60톤으로, 지난해 {prior}보다 늘었다.\n\n"
        "지난해 수매에 참여한 농가는 200곳으로, 한 곳이 평균 250㎏꼴을 팔았다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


@pytest.mark.parametrize("year", ["지난해", "작년"])
def test_a_count_of_last_year_shares_out_no_total_of_this_year(knowledge, year):
    text = (
        _LEAD + "군이 예상하는 올해 수매 물량은 60톤이다.\n\n"
        f"{year} 수매에 참여한 농가는 200곳으로, 한 곳이 평균 250㎏꼴을 팔았다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("year", ["올해 ", ""])
@pytest.mark.parametrize(("rate", "fires"), [("300㎏", False), ("250㎏", True)])
def test_a_count_of_the_totals_year_or_undated_still_shares_it_out(knowledge, year, rate, fires):
    text = (
        _LEAD + "군이 예상하는 올해 수매 물량은 60톤이다.\n\n"
        f"{year}수매에 참여한 농가는 200곳으로, 한 곳이 평균 {rate}꼴을 팔았다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a count drawn from a pool beside its share

_PEOPLE_LEAD = (
    "하늬군 반딧불축제에 5만 명 다녀가\n\n하늬군은 지난 1일부터 7일까지 연 반딧불축제에 5만 명이 다녀갔다고 9일 "
    "밝혔다.\n\n"
)
_GOODS_LEAD = "누리군 버섯장터 성황\n\n누리군은 사흘 동안 연 버섯장터에 3만 명이 다녀갔다고 9일 밝혔다.\n\n"

_POOL_PARTS = [
    _PEOPLE_LEAD + "관람객 가운데 학생이 2만 명으로 40%를 차지했다. 입장 수입은 {total}으로 한 사람에 3천 원꼴이다.",
    _GOODS_LEAD + "장터에서 팔린 버섯은 모두 20톤이었다. 이 가운데 표고가 8톤(40%)으로 가장 많았다. "
    "판매액은 {total}으로, 1㎏에 1만5천 원꼴에 팔린 셈이다.",
]


@pytest.mark.parametrize("text", _POOL_PARTS)
@pytest.mark.parametrize("total", ["1억5천만 원", "3억 원", "4억 원"])
def test_a_part_drawn_from_a_pool_is_no_count_a_figure_is_per(knowledge, text, total):
    assert_not_linked(knowledge, text.format(total=total), PER_UNIT)


_POOLS_ALONE = [
    (
        _PEOPLE_LEAD + "관람객은 5만 명이었다. 입장 수입은 {total}으로 한 사람에 3천 원꼴이다.",
        "1억5천만 원",
        "9천만 원",
    ),
    (
        _GOODS_LEAD + "장터에서 팔린 버섯은 모두 20톤이었다. 판매액은 {total}으로, 1㎏에 1만5천 원꼴에 팔린 셈이다.",
        "3억 원",
        "4억 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _POOLS_ALONE)
def test_a_pool_counted_alone_is_still_the_units(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# a part as its clause's own topic, no pool named before it (`유료 관람객은 N명으로 전체의 60%`): still the units
@pytest.mark.parametrize(("total", "fires"), [("9천만 원", False), ("1억5천만 원", True)])
def test_a_part_as_its_clauses_topic_is_still_the_units(knowledge, total, fires):
    text = _PEOPLE_LEAD + f"유료 관람객은 3만 명으로 전체의 60%였다. 입장 수입은 {total}으로 1인당 3천 원꼴이다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# a count compared with last year's (`지난해보다 20곳 많은`, `지난해(180곳)보다 늘었고`) is of this year: it shares out
# the lead's total
@pytest.mark.parametrize(
    "count",
    ["지난해보다 20곳 많은 200곳으로,", "200곳으로 지난해(180곳)보다 늘었고,"],
)
@pytest.mark.parametrize(("rate", "fires"), [("300㎏", False), ("250㎏", True)])
def test_a_count_compared_with_last_years_is_of_this_year(knowledge, count, rate, fires):
    text = (
        _LEAD
        + f"군이 예상하는 올해 수매 물량은 60톤이다.\n\n수매에 참여한 농가는 {count} 한 곳이 평균 {rate}꼴을 팔았다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)
