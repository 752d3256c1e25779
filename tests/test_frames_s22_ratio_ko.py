"""Korean prices per a unit of measure (twenty-second session), each a rule for a construction
(checker/link/per_unit_apart.py, `_lead_measure_of_price`):
- a price per a unit of measure restating the sales beside it (`위판액은 500억원으로, ㎏당 평균 2만5천원꼴이다`) is
  those sales per the lead's measure (the body's first sentence), however far back;
- so too when the sales stand as the one amount of the sentences just before and after in its paragraph (`조수입을
  800억원으로 추산했다. 톤당 약 2천만원꼴이다`, `㎏당 평균 산지 가격은 … 출하 금액은 약 750억원`), the price stated
  as an average (`평균`, `꼴`: a price set, `톤당 2,500만원 선에서 정했다`, is none);
- the amount is named as sales (`[link.sales_value_nouns]`) or as the value of the quantity the lead names (`수출액` of
  `수출량`: `[link.value_noun_endings]`, `[link.quantity_noun_endings]`);
- a figure itself per unit (`척당 평균 40톤`) is no measure of the units another figure is per.

Near-misses, none linked: one listed species' sales (`꽃게 위판액`), a purchase budget, exports beside a lead catch, a
larger tonnage stated after the lead (a quota's and the catch's), a larger amount stated elsewhere.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_CATCH = (
    "새들군 꽃게 2,000톤…작년보다 10% 늘어\n\n"
    "새들군 앞바다의 올해 봄 {what} 어획량이 2,000톤으로 집계됐다. 지난해 1,820톤보다 9.9% 늘었다.\n\n"
    "{parts}별로는 4월 500톤, 5월 900톤, 6월 600톤이었다.{between} 어민들은 수온이 알맞았다고 설명했다.\n\n"
    "수협 관계자는 가을 어기에도 어획이 이어질 것으로 내다봤다. 금어기는 7월부터 두 달이다. "
    "어민들은 불법 조업을 걱정했다.\n\n"
    "{last}"
)


def _catch(last: str, what: str = "꽃게", parts: str = "월", between: str = "") -> str:
    return _CATCH.format(what=what, parts=parts, between=between, last=last)


@pytest.mark.parametrize("each,fires", [("2만5천원", False), ("4만원", True)])
def test_a_price_restating_the_sales_beside_it_is_per_the_lead_measure(knowledge, each, fires):
    assert_checked(knowledge, _catch(f"봄 어기 위판액은 500억원으로, ㎏당 평균 {each}꼴이다."), "F317", fires)


_HARVEST = (
    "누리군 감 4,000톤 수확\n\n"
    "누리군의 올해 감 생산량이 4,000톤으로 집계됐다. 지난해 3,500톤보다 14.3% 늘었다.\n\n"
    "품종별로는 대봉이 2,500톤, 둥시가 1,500톤이었다.\n\n"
    "군 관계자는 일교차가 커 당도가 높았다고 말했다.\n\n"
    "군은 올해 감 조수입을 800억원으로 추산했다. 톤당 약 {each}만원{ending}"
)


@pytest.mark.parametrize("each,fires", [("2000", False), ("2500", True)])
def test_a_price_restating_the_sentence_before_is_per_the_lead_measure(knowledge, each, fires):
    assert_checked(knowledge, _HARVEST.format(each=each, ending="꼴이다."), "F317", fires)


def test_a_price_ending_otherwise_restates_nothing(knowledge):
    # (`…으로 정했다`: a price of its own, not the sentence before's sales per tonne)
    assert_not_checked(knowledge, _HARVEST.format(each="2500", ending=" 선에서 수매가를 정했다."), "F317")


_SHELLFISH = (
    "바람군 전복 1,500톤…역대 최대\n\n"
    "바람군의 올해 전복 출하량이 1,500톤으로 역대 최대를 기록했다. 지난해 1,300톤보다 15.4% 늘었다.\n\n"
    "양식 어가는 모두 120곳이다. 군은 종패 방류 사업을 늘릴 계획이다.\n\n"
    "수온이 안정돼 폐사가 줄었다. ㎏당 평균 산지 가격은 {each}원으로 지난해 4만5천원보다 올랐다. {after}"
)


@pytest.mark.parametrize("each,fires", [("5만", False), ("6만", True)])
def test_a_price_with_the_sales_in_the_next_sentence_is_per_the_lead_measure(knowledge, each, fires):
    assert_checked(knowledge, _SHELLFISH.format(each=each, after="출하 금액은 약 750억원으로 추산된다."), "F317", fires)


def test_a_budget_in_the_next_sentence_is_no_sales(knowledge):
    after = "군은 종패 구입 예산 750억원을 세웠다."
    assert_not_checked(knowledge, _SHELLFISH.format(each="6만", after=after), "F317")


_EXPORTS = (
    "하늘군 배 수출 2,000톤 넘어\n\n"
    "하늘군의 올해 배 {quantity}이 2,500톤으로 역대 최대를 기록했다. 지난해 2,000톤보다 25% 늘었다.\n\n"
    "국가별로는 미국 1,200톤, 베트남 800톤, 대만 500톤이었다.\n\n"
    "군은 선별장을 새로 짓는다. 내년 봄 가동이 목표다. 농가들은 값이 오르기를 기대했다.\n\n"
    "수출액은 1,250만달러로, ㎏당 평균 {each}달러에 팔렸다."
)


@pytest.mark.parametrize("each,fires", [("5", False), ("7", True)])
def test_the_value_of_the_quantity_the_lead_names(knowledge, each, fires):
    assert_checked(knowledge, _EXPORTS.format(quantity="수출량", each=each), "F317", fires)


def test_exports_beside_a_lead_harvest_are_not_its_sales(knowledge):
    assert_not_checked(knowledge, _EXPORTS.format(quantity="생산량", each="7"), "F317")


@pytest.mark.parametrize(
    "last",
    [
        # one listed species' sales, not the catch's (`꽃게 500톤` among the species)
        "꽃게 위판액은 150억원으로, ㎏당 평균 3만원꼴이다.",
        # a purchase budget, no sales
        "수매 예산은 100억원으로, ㎏당 평균 5천원꼴이다.",
        # exports beside a lead catch
        "수출액은 80억원으로, ㎏당 평균 4만원꼴이다.",
    ],
)
def test_other_amounts_restated_per_kilogram_are_not_the_catchs_sales(knowledge, last):
    text = _catch(last, what="수산물", parts="어종", between="")
    text = text.replace("4월 500톤, 5월 900톤, 6월 600톤", "꽃게 500톤, 전어 900톤, 주꾸미 600톤")
    assert_not_checked(knowledge, text, "F317")


def test_a_larger_tonnage_after_the_lead_leaves_the_measure_unsaid(knowledge):
    # (the lead's 2,000 tonnes a quota, the 2,600 tonnes caught: which the sales are over is not said)
    between = " 실제 어획량은 2,600톤에 이르렀다는 집계도 있다."
    assert_not_checked(
        knowledge, _catch("봄 어기 위판액은 500억원으로, ㎏당 평균 4만원꼴이다.", between=between), "F317"
    )


def test_a_larger_amount_elsewhere_leaves_the_total_unsaid(knowledge):
    between = " 수협의 올해 총매출은 1,500억원으로 예상된다."
    assert_not_checked(
        knowledge, _catch("봄 어기 위판액은 500억원으로, ㎏당 평균 4만원꼴이다.", between=between), "F317"
    )


# ---------------------------------------------------------------- a figure per unit is no measure of units

_BOATS = (
    "동해 오징어 1만톤…작년보다 20% 줄어\n\n"
    "동해수협은 올해 위판된 오징어가 1만200톤으로 지난해 1만2,750톤보다 20% 감소했다고 밝혔다.\n\n"
    "조업한 어선은 255척으로 척당 평균 40톤을 잡았다.\n\n"
    "어획량이 줄자 값은 뛰었다. 올해 ㎏당 평균 위판가격은 {each}원으로 지난해 1만원보다 올랐다. "
    "위판액은 1,224억원으로 집계됐다."
)


@pytest.mark.parametrize("each,fires", [("1만2천", False), ("1만6천", True)])
def test_a_figure_per_unit_is_no_measure_of_the_units(knowledge, each, fires):
    assert_checked(knowledge, _BOATS.format(each=each), "F317", fires)
