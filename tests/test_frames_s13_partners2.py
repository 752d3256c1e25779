"""More partners found across sentences (thirteenth session, second lane): a margin whose base is stated in
the lead under a scope its profit does not repeat; per-unit marks of measure and `each`; a breakdown whose total
is the lead's figure.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- a margin whose base carries the lead's scope

_MARGIN = (
    "회사는 올해 상반기 연결 기준 매출이 2조 5,000억원으로 지난해 같은 기간보다 4% 늘었다고 10일 밝혔다.\n\n"
    "이익은 줄었다. {profit}영업이익은 1,500억원으로 지난해 상반기 1,800억원에서 300억원 줄었다. 영업이익률은 {rate}로 "
    "떨어졌다."
)
_MARGIN_EN = (
    "Core revenue was $800m in the first half, up 5% from a year earlier.\n\n"
    "Costs rose. Operating profit fell to $60m from $72m in the first half. The operating margin was {rate} in "
    "the half."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_MARGIN.format(profit="", rate="6%"), False),
        (_MARGIN.format(profit="", rate="7.5%"), True),
        (_MARGIN_EN.format(rate="7.5%"), False),
        (_MARGIN_EN.format(rate="9%"), True),
    ],
)
def test_margin_on_the_leads_scoped_base(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


def test_margin_not_linked_to_a_base_of_another_scope(knowledge):
    # the profit on another basis (`별도 기준`) than the lead's revenue: two scopes, which base is not said
    text = _MARGIN.format(profit="별도 기준 ", rate="7.5%")
    result = findings(knowledge, document(text), select=["F307"], show_passed=True)
    assert not result.findings and not result.passed


# ---------------------------------------------------------------- a per-unit mark of measure, `each`, outlets

_PER_TONNE = (
    "올해 상반기 매출은 9,000억원으로 지난해보다 3% 늘었다.\n\n"
    "수출도 늘었다. 시멘트 생산량은 300만톤으로, 톤당 매출은 약 {per}이었다."
)
# the lead's count of students, the average per each of them in a later paragraph with no noun
_EACH = (
    "Tarran College said enrolment rose to 4,000 students this autumn, a record.\n\n"
    "New halls opened. Their fees will bring in $60m next year, an average of about {per} each, the college said."
)
_STORES = (
    "Brindle Toys said its 180 shops traded well over the holiday. Online sales rose. The chain's shops took £54m "
    "in the ten weeks, an average of about {per} a store."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_PER_TONNE.format(per="30만원"), False),
        (_PER_TONNE.format(per="40만원"), True),
        (_EACH.format(per="$15,000"), False),
        (_EACH.format(per="$18,000"), True),
        (_STORES.format(per="£300,000"), False),
        (_STORES.format(per="£360,000"), True),
    ],
)
def test_per_unit_marks_of_measure_each_and_outlets(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two counts of nouns in the first sentence: which one `each` is of is not said
        "Tarran College said enrolment rose to 4,000 students and 350 lecturers this autumn.\n\n"
        "New halls opened. Their fees will bring in $60m next year, an average of about $18,000 each.",
        # a measure of another kind than the mark's (an area, not a weight): no count per tonne
        "올해 상반기 매출은 9,000억원으로 지난해보다 3% 늘었다.\n\n수출도 늘었다. 공장 부지는 300만㎡로, "
        "톤당 매출은 약 40만원이었다.",
        # two tonnages of different values (the lead's quota, a later catch): a unit of measure alone is too weak a
        # key for the lead to settle which one a price per tonne is of
        "시멘트 출하 한도는 200만톤으로 정해졌다.\n\n출하량은 300만톤이었다. 공장은 두 곳이다. 회사는 설비를 "
        "늘린다. 매출은 9,000억원으로, 톤당 평균 40만원에 팔렸다.",
        # `1㏊당`: the `1` is the mark's own, no count of hectares
        "올해 피해액은 1,200억원으로 집계됐다. 1㏊당 3천만원꼴이다.",
    ],
)
def test_per_unit_marks_not_linked(knowledge, text):
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert not result.findings and not result.passed


# ---------------------------------------------------------------- a breakdown whose total is the lead's figure

_PARCELS = (
    "한결택배는 지난해 택배 3억2천만 상자를 처리했다고 밝혔다. {second}\n\n"
    "배송 기사는 2천명이다. 새 물류센터가 문을 열었다. 회사는 자동화 설비를 들였다. 야간 배송도 시작했다.\n\n"
    "유형별로는 일반 택배 2억1천만 상자, 반품 6천만 상자, 신선 택배 {fresh} 상자였다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_PARCELS.format(second="배송 지역도 넓혔다.", fresh="5천만"), False),
        (_PARCELS.format(second="배송 지역도 넓혔다.", fresh="8천만"), True),
    ],
)
def test_breakdown_of_the_leads_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_breakdown_not_linked_to_a_lead_of_two_totals(knowledge):
    # two totals of the unit in the lead: which one the parts add up to is not said
    text = _PARCELS.format(second="업계 전체로는 40억 상자가 오갔다.", fresh="5천만")
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings and not result.passed


# `제품별 매출은 A …, B …`: the category word before the metric it breaks down opens the breakdown
_BY_PRODUCT = (
    "회사는 올해 상반기 매출이 3조2,100억원으로 집계됐다고 밝혔다.\n\n"
    "제품별 매출은 철근 1조5,200억원, 형강 1조1,300억원, 강관 {pipe}이었다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_BY_PRODUCT.format(pipe="5,600억원"), False),
        (_BY_PRODUCT.format(pipe="7,600억원"), True),
    ],
)
def test_breakdown_opened_by_category_before_its_metric(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
