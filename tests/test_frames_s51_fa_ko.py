"""Korean false alarms of figures per unit (fifty-first session, lane `fa_ko`).

A figure per one of a count is per the units of one year, and of one group:

- A count whose clause dates it to a year (`지난해 수매에 참여한 농가는 N곳으로, 한 곳이 평균 M㎏꼴`, `작년 …`: its
  year read from the words, not assumed) shares out no total of another year (the lead's or the title's `올해 K톤`):
  checker/link/per_unit_vetoes.py `of_another_year`, asked by checker/link/rates_after_their_count.py,
  checker/link/per_unit_ko.py and checker/link/unit_sizes_ko.py. The year dates the count only from a year word
  opening its clause with no word between dating another act (`지난해 문을 연`, `… 농가를 포함해`, `조례에 따라`,
  `지난해 말 기준`), nor `지난해처럼`, `지난해부터`, a year after the count, or a past year before a present relative
  (`지난해 … 영업하는`): where unsure, the count is of the lead's year. That year's total is read only as a prior
  compared with in a sentence naming the act the count's clause names (`올해 수매 물량은 K톤으로, 지난해 J톤보다` of
  `지난해 수매에 참여한 농가는`: rates_after_their_count.py `_prior_of_its_year`), the one amount of its kind and year
  before; else none. A count of the lead's year, or undated, still shares out the lead's total; a figure its clause
  dates to the total's year, after last year's count, takes the count the total's sentence states
  (per_unit_ko.py `_count_of_its_year`).
- A count drawn from a pool beside its share (`관람객 가운데 학생이 N명으로 40%를 차지했다`, `이 가운데 표고가
  N톤(40%)으로`), in a sentence before a figure per one (`입장 수입은 M원으로 한 사람에 K원꼴`): which group the
  figure is per, the part or the pool, is unsaid; checker/link/per_unit_ko.py gives nothing. A pool counted alone
  (`관람객은 N명이었다`) is still the units; a figure whose sentence names the part (`어린이 한 명에`, `학생 1인당`,
  `표고 1㎏에`) or points back to it (`이들이 낸`) shares out over the part; `기간 중` (during) is no pool.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, assert_not_linked, rule_result

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


# ---------------------------------------------------------------- review fixes: which year a count is of

# (a count's year is read only from a year word opening its clause that dates the count itself: not one dating an
# act its words name with an object, `지난해 문을 연`, `… 농가를 포함해`, a clause joined on, `조례에 따라`, a base,
# `지난해 말 기준`, a time it is like or runs from, `지난해처럼`, `지난해부터`, nor a year after it, `N곳으로,
# 지난해처럼`; such a count is of the total's year and shares out the lead's total)

_PLUM_LEAD = (
    "하솔군, 자두 수매…올해 90톤 예상\n\n하솔군은 8일부터 농가가 딴 자두를 사들인다고 9일 밝혔다.\n\n"
    "군이 예상하는 올해 수매 물량은 90톤이다.\n\n"
)


@pytest.mark.parametrize(
    "count",
    [
        "지난해 새로 등록한 농가를 포함해 참여 농가는 300곳으로, 한 곳이",
        "지난해 60세를 넘긴 농민을 포함해 참여 농가는 300곳으로, 한 곳이",
        "지난해처럼 참여 농가는 300곳으로, 한 곳이",
        "지난해 등록을 마친 참여 농가 300곳으로, 한 곳이",
        "참여 농가는 300곳으로, 지난해처럼 한 곳이",
    ],
)
@pytest.mark.parametrize(("rate", "fires"), [("300㎏", False), ("240㎏", True)])
def test_a_year_dating_another_act_leaves_the_count_of_the_totals_year(knowledge, count, rate, fires):
    assert_checked(knowledge, _PLUM_LEAD + f"{count} 평균 {rate}꼴을 판다.", PER_UNIT, fires=fires)


_TRUCK_LEAD = (
    "세온시 푸드트럭 상반기 매출 45억원\n\n세온시는 올해 상반기 시내 푸드트럭 매출이 45억원으로 집계됐다고 "
    "11일 밝혔다.\n\n"
)


@pytest.mark.parametrize(
    "count",
    ["지난해 9월 시행된 조례에 따라 영업하는 푸드트럭은 30대로,", "지난해부터 영업해 온 푸드트럭은 모두 30대로,"],
)
@pytest.mark.parametrize(("rate", "fires"), [("1억5천만원", False), ("1억2천만원", True)])
def test_a_year_dating_a_rule_or_a_start_leaves_the_count_of_now(knowledge, count, rate, fires):
    assert_checked(knowledge, _TRUCK_LEAD + f"{count} 한 대가 평균 {rate}을 벌었다.", PER_UNIT, fires=fires)


_RICE_LEAD = "다래군 쌀 1천800톤 수확\n\n다래군은 올해 쌀 1천800톤을 수확했다고 14일 밝혔다.\n\n"


@pytest.mark.parametrize(
    "count",
    [
        "지난해 새로 등록한 곳을 포함해 벼 재배 농가는 300곳으로, 농가 한 곳이",
        "지난해부터 친환경 인증을 받은 벼 재배 농가 300곳은 한 곳이",
    ],
)
@pytest.mark.parametrize(("rate", "fires"), [("6톤", False), ("4톤", True)])
def test_a_unit_size_of_a_count_a_modifier_dates_shares_the_leads_total(knowledge, count, rate, fires):
    assert_checked(knowledge, _RICE_LEAD + f"{count} 평균 {rate}을 거뒀다.", PER_UNIT, fires=fires)


def _no_message_names(knowledge, text, written):
    result = rule_result(knowledge, text, PER_UNIT, FRAME_DAY)
    said = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not any(written in m for m in said), said


# (last year's amount of another metric, another scope, or an act the count's clause does not name is no total of a
# count of last year: `지난해 태풍 피해를 본 농가는`, `지난해 냉해 본 농가는 … 잃었다`, `지난해 전국 수매량은`, `지난해
# 12톤을 수출했다`)
_PEAR_LEAD = "다온군, 배 수확 늘어…올해 120톤\n\n다온군은 올해 배 수확량이 120톤으로 집계됐다고 4일 밝혔다.\n\n"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            _PEAR_LEAD + "지난해에는 태풍으로 배 50톤이 떨어졌다.\n\n"
            "지난해 태풍 피해를 본 농가는 400곳으로, 한 곳이 평균 {rate}을 수확했다.",
            "50톤",
        ),
        (
            _PEAR_LEAD + "올해 수확량은 120톤으로, 지난해 90톤보다 늘었다.\n\n"
            "지난해 냉해를 입은 농가는 400곳으로, 한 곳이 평균 {rate}을 잃었다.",
            "90톤",
        ),
        (
            _PEAR_LEAD + "올해 수확량은 120톤으로, 지난해 90톤보다 늘었다.\n\n"
            "지난해 냉해 본 농가는 400곳으로, 한 곳이 평균 {rate}을 잃었다.",
            "90톤",
        ),
        (
            _LEAD + "군이 예상하는 올해 수매 물량은 60톤이다. 지난해 전국 밤 수매량은 4천톤이었다.\n\n"
            "지난해 수매에 참여한 농가는 200곳으로, 한 곳이 평균 {rate}을 팔았다.",
            "4,000톤",
        ),
        (
            _LEAD + "군이 예상하는 올해 수매 물량은 60톤이다. 군은 지난해 밤 15톤을 대만에 수출했다.\n\n"
            "지난해 수매에 참여한 농가는 200곳으로, 한 곳이 평균 {rate}을 팔았다.",
            "15톤",
        ),
    ],
)
@pytest.mark.parametrize("rate", ["300㎏", "250㎏"])
def test_last_years_amount_of_another_metric_is_no_total_of_last_years_count(knowledge, text, other, rate):
    _no_message_names(knowledge, text.format(rate=rate), other)


# (a count a year word opens with an act dated before it, `지난해 문을 연`, `지난해 등록을 마친`: last year's prior
# before it is no total of it)
@pytest.mark.parametrize(
    ("text", "prior"),
    [
        (
            _TRUCK_LEAD + "상반기 매출은 45억원으로 지난해 상반기 36억원보다 늘었다.\n\n"
            "지난해 문을 연 푸드트럭은 30대로, 한 대가 평균 {rate}을 벌었다.",
            "36억원",
        ),
        (
            _TRUCK_LEAD + "상반기 매출은 45억원으로 지난해 상반기 36억원보다 늘었다.\n\n"
            "지난해 9월 시행된 조례에 따라 영업하는 푸드트럭은 30대로, 한 대가 평균 {rate}을 벌었다.",
            "36억원",
        ),
        (
            _PLUM_LEAD.replace("90톤이다.", "90톤으로, 지난해 72톤보다 늘었다.")
            + "지난해 등록을 마친 참여 농가는 300곳으로, 한 곳이 평균 {rate}꼴을 판다.",
            "72톤",
        ),
    ],
)
@pytest.mark.parametrize("rate", ["1억2천만원", "1억5천만원", "240㎏", "300㎏"])
def test_last_years_prior_is_no_total_of_a_count_another_act_dates(knowledge, text, prior, rate):
    if ("억" in rate) != ("억" in prior):
        return
    _no_message_names(knowledge, text.format(rate=rate), prior)


# (this year's count of a lead total of last year: `올해 운영하는 주차장은`, the present relative its own)
def test_a_count_of_this_year_shares_out_no_total_of_last_year(knowledge):
    text = (
        "가온시 주차장 수입 36억원\n\n가온시는 지난해 공영주차장 수입이 36억원이라고 7일 밝혔다.\n\n"
        "올해 운영하는 공영주차장은 60곳으로, 한 곳이 평균 6천만원을 번다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- review fixes: the lead's count of the total's year

_AID_LEAD = (
    "누리시, 상인 지원금 15억원 지급\n\n누리시는 올해 상인 지원금 15억원을 가게 500곳에 나눠 준다고 4일 밝혔다.\n\n"
)


# (last year's count taken for a figure its clause dates to this year: the count the total's own sentence states)
@pytest.mark.parametrize("last", ["500곳", "400곳"])
@pytest.mark.parametrize(("rate", "fires"), [("300만원", False), ("200만원", True)])
def test_a_figure_of_this_year_takes_the_leads_count_not_last_years(knowledge, last, rate, fires):
    text = _AID_LEAD + f"지난해 지원받은 가게는 {last}이었다. 올해 지원금은 한 곳에 {rate}꼴이다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# (last year's figure in last year's count's own sentence: no share of this year's total)
@pytest.mark.parametrize("rate", ["300만원", "250만원"])
def test_last_years_figure_with_last_years_count_takes_no_total_of_this_year(knowledge, rate):
    text = _AID_LEAD + f"지난해 지원받은 가게는 400곳으로, 한 곳에 {rate}꼴이 돌아갔다."
    _no_message_names(knowledge, text, "15억원")


# ---------------------------------------------------------------- review fixes: a figure that names the part

# (the figure's clause names the part drawn from the pool, `어린이 한 명에`, `학생 1인당`, `표고 1㎏에`, or points back
# to it, `이들이 낸`: the group it is per, said; it shares out over the part)
_NAMED_PARTS = [
    (
        _PEOPLE_LEAD + "관람객 가운데 어린이가 2만 명으로 40%를 차지했다. "
        "어린이 체험비 수입은 {total}으로 어린이 한 명에 3천 원꼴이다.",
        "6천만 원",
        "1억5천만 원",
    ),
    (
        _PEOPLE_LEAD + "관람객 가운데 어린이가 2만 명으로 40%를 차지했다. "
        "이들이 낸 체험비는 {total}으로 한 명에 3천 원꼴이다.",
        "6천만 원",
        "1억5천만 원",
    ),
    (
        _PEOPLE_LEAD + "관람객 가운데 학생이 2만 명으로 40%를 차지했다. "
        "학생 할인액은 {total}으로, 학생 1인당 3천 원꼴이다.",
        "6천만 원",
        "1억5천만 원",
    ),
    (
        _GOODS_LEAD + "장터에서 팔린 버섯은 모두 20톤이었다. 이 가운데 표고가 8톤(40%)으로 가장 많았다. "
        "표고 판매액은 {total}으로, 표고 1㎏에 1만5천 원꼴이다.",
        "1억2천만 원",
        "3억 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _NAMED_PARTS)
def test_a_figure_naming_the_part_shares_out_over_the_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


# (`축제 기간 중 관람객이`: `중` of a time is during it, no pool; the count is the whole audience)
@pytest.mark.parametrize(("total", "fires"), [("1억5천300만 원", False), ("2억5천500만 원", True)])
def test_during_a_period_is_no_pool(knowledge, total, fires):
    text = (
        _PEOPLE_LEAD.replace("5만 명", "5만1천 명")
        + f"축제 기간 중 관람객이 5만1천 명으로 목표의 85%를 채웠다. 입장 수입은 {total}으로 한 사람에 3천 원꼴이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)
