"""False alarms of set U read as constructions (twenty-seventh session, the u-fa lane), each a rule for a construction:
- a Korean list whose part is counted with a figure of another classifier written right before it, a space alone
  between (`해외 6개국 18개 업체`: the countries the part's firms come from): that figure qualifies the part and is no
  part of the sum (checker/link/totals.py, `_qualifies_the_next`);
- a breakdown after its total (`T명 가운데 A명, B명`) stops at a figure of another classifier than the total's (`10명
  가운데 7명은 30대였다`: an age bracket, `열 곳`: places): it counts another thing (`_classifiers_differ`); nouns as
  counters (`812 stores: 331 supermarkets …`) may name kinds of the total's and are kept;
- a figure of degrees with a bearing after it (`52 degrees south`) names a line on the globe passed, no level a
  multiple is of (`[link.milestone_after]`, checker/link/relations.py);
- a per-unit mark of a one-letter classifier (`개당`) names the counts of that classifier only, not of a longer one that
  starts with it (`5개국`: countries) (checker/link/per_unit_apart.py, `names_the_count`);
- a per-unit mark with a figure right after it (`600톤을 ㎏당 4천 원에`, an average's words at most between) is that
  figure's, a price: the measure before it is no figure per unit (`is_a_rate`, `_apart_from_mark`), and it is the
  measure bought at the price, whose value a later sentence states (checker/link/unit_prices.py);
- a figure written as a gap, a comparison's mark right before it and a comparative word after it (`전년 동기보다 12억
  원 많다`), is how much more, no total a figure per unit divides nor a margin's revenue (checker/link/gaps.py,
  `is_a_stated_gap`);
- a figure per unit named per a quarter (`점포 한 곳의 분기 평균 매출은`, `[link.per_quarter_before]`) divides a
  quarter's total, never a month's stated nearer (checker/link/per_unit_apart.py);
- a share of `all` (`전체 매출의 14%`) is of no whole its own words date to a span that ended within the year before
  the part's began (last year's revenue for a half's exports), whatever the two spans' lengths (checker/link/
  shares.py, `_dated_apart`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _run(knowledge, text: str, rule: str):
    return findings(knowledge, document(text), select=[rule], show_passed=True)


# ---------------------------------------------------------------- `해외 6개국 18개 업체`: a qualifier, no part


@pytest.mark.parametrize(
    "text,fires",
    [
        ("박람회에는 국내 41개 업체와 해외 6개국 18개 업체를 합쳐 모두 59개 업체가 참가했다.", False),
        ("박람회에는 국내 41개 업체와 해외 6개국 18개 업체를 합쳐 모두 66개 업체가 참가했다.", True),
        ("대회에는 국내 선수 120명과 해외 8개국 45명 등 모두 165명이 출전했다.", False),
        ("대회에는 국내 선수 120명과 해외 8개국 45명 등 모두 155명이 출전했다.", True),
    ],
)
def test_a_figure_of_another_classifier_right_before_a_part_qualifies_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- `10명 가운데 7명은 30대`: no breakdown


@pytest.mark.parametrize(
    "text",
    [
        "설문에 답한 자원봉사자 20명 가운데 13명은 50대였다.",
        "전시 관람객 100명 가운데 45명은 40대였고 12명은 60대였다.",
        "센터 수강생 30명 가운데 18명이 학생이었고, 센터는 분원을 다섯 곳까지 내겠다고 했다.",
    ],
)
def test_a_figure_of_another_classifier_after_a_pool_is_no_part(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("women,fires", [("130명", False), ("150명", True)])
def test_a_breakdown_after_its_total_in_its_classifier_is_still_a_sum(knowledge, women, fires):
    assert_checked(knowledge, f"전체 회원 320명 가운데 남성 190명, 여성 {women}이다.", "F302", fires)


# ---------------------------------------------------------------- `north of 52 degrees south`: a line, no level

_SEABIRDS = (
    "Rangers tallied 1,440 fur seals hauled out on beaches south of 41 degrees north in the autumn count, "
    "up from 480 the autumn before, about {n} times as many."
)


@pytest.mark.parametrize("n,fires", [("three", False), ("five", True)])
def test_a_parallel_named_by_degrees_and_bearing_is_no_level_of_a_multiple(knowledge, n, fires):
    assert_checked(knowledge, _SEABIRDS.format(n=n), "F304", fires)
    result = _run(knowledge, _SEABIRDS.format(n=n), "F304")
    assert all("1,440" in item.message for item in [*result.findings, *result.passed])


def test_degrees_with_no_bearing_are_still_a_level(knowledge):
    text = "The glasshouse thermometer read 44 degrees at noon, up from 15 at dawn, about three times as high."
    assert_checked(knowledge, text, "F304", False)


# ---------------------------------------------------------------- `개당` names `300만 개`, not `5개국`

_SNACKS = (
    "한 문구 업체는 유럽 바이어와 600만 유로어치 납품 계약을 체결했다. "
    "볼펜 200만 개가 독일과 프랑스를 비롯한 유럽 4개국으로 나간다. 단가는 개당 {price}꼴이다."
)


@pytest.mark.parametrize("price,fires", [("3유로", False), ("4유로", True)])
def test_a_one_letter_classifier_mark_names_no_longer_classifier(knowledge, price, fires):
    text = _SNACKS.format(price=price)
    assert_checked(knowledge, text, "F317", fires)
    result = _run(knowledge, text, "F317")
    assert all("200만" in item.message for item in [*result.findings, *result.passed])


# ---------------------------------------------------------------- `600톤을 ㎏당 4천 원에`: the mark opens the price

_GARLIC = (
    "지역 어민들이 올겨울 굴 800톤 남짓을 땄다. 수협은 그중 450톤을 ㎏당 {price} 원에 매입하기로 했다. "
    "총 수매 금액은 27억 원이다."
)


@pytest.mark.parametrize("price,fires", [("6천", False), ("7천", True)])
def test_a_measure_right_before_a_price_mark_is_the_measure_bought(knowledge, price, fires):
    text = _GARLIC.format(price=price)
    assert_checked(knowledge, text, "F317", fires)
    result = _run(knowledge, text, "F317")
    assert all("450톤" in item.message for item in [*result.findings, *result.passed])


def test_a_measure_right_before_a_price_mark_is_no_figure_per_unit(knowledge):
    text = (
        "군내 농가 250곳이 양파 760톤을 거뒀다. 읍면별로는 남면이 310톤, 북면이 300톤을 거뒀고 나머지 세 곳은 모두 "
        "150톤을 거뒀다. 농협은 이 가운데 320톤을 ㎏당 2천 원에 사들인다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `전년 동기보다 12억 원 많다`: a gap, no level

_PARLOUR = (
    "빙수 체인 눈꽃마루의 3분기 매출은 160억 원이었다. 9월 한 달 매출이 40억 원이었다. 1년 전 같은 분기에는 매출이 "
    "145억 원이어서 올해 3분기 매출은 전년 동기보다 15억 원 많다. 영업이익은 8억 원으로 영업이익률 {margin}를 "
    "기록했다. 가게는 9월 말 400곳이었다. 가게 1곳당 분기 매출은 평균 {per} 원이다."
)


@pytest.mark.parametrize("margin,fires", [("5.0%", False), ("7.0%", True)])
def test_a_stated_gap_is_no_revenue_of_a_margin(knowledge, margin, fires):
    text = _PARLOUR.format(margin=margin, per="4,000만")
    assert_checked(knowledge, text, "F307", fires)
    result = _run(knowledge, text, "F307")
    assert all("160억" in item.message for item in [*result.findings, *result.passed])


@pytest.mark.parametrize("per,fires", [("4,000만", False), ("4,800만", True)])
def test_a_figure_per_unit_of_a_quarter_divides_the_quarters_total(knowledge, per, fires):
    text = _PARLOUR.format(margin="5.0%", per=per)
    assert_checked(knowledge, text, "F317", fires)
    result = _run(knowledge, text, "F317")
    assert all("160억" in item.message for item in [*result.findings, *result.passed])


@pytest.mark.parametrize("per,fires", [("4,000만", False), ("1,500만", True)])
def test_a_figure_per_unit_of_a_quarter_passes_over_a_months_total(knowledge, per, fires):
    text = (
        "문구 체인 연필숲의 3분기 매출은 120억 원이었다. 9월 한 달 매출이 45억 원이었다. 가게는 9월 말 "
        f"300곳이었다. 가게 1곳당 분기 매출은 평균 {per} 원이다."
    )
    assert_checked(knowledge, text, "F317", fires)
    result = _run(knowledge, text, "F317")
    assert all("120억" in item.message for item in [*result.findings, *result.passed])


# ---------------------------------------------------------------- `지난해 매출 … 상반기 수출 … 전체 매출의 20%`

_LAVER = (
    "한 젓갈 업체의 지난해 매출은 600억 원이었다. 이 업체의 상반기 매출은 330억 원으로 1년 전보다 10% 늘었다. "
    "상반기 수출액은 66억 원으로 전체 매출의 {share}에 이르렀다."
)


@pytest.mark.parametrize("share,fires", [("20%", False), ("30%", True)])
def test_a_share_of_all_is_of_no_whole_of_an_earlier_span(knowledge, share, fires):
    text = _LAVER.format(share=share)
    assert_checked(knowledge, text, "F503", fires)
    result = _run(knowledge, text, "F503")
    assert all("330억" in item.message for item in [*result.findings, *result.passed])
