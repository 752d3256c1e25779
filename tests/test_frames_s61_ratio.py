"""Ratios (sixty-first session, lane `ratio`).

- A Korean figure per one unit that its sentence multiplies out (checker/link/one_unit_products_ko.py): the mark of
  one unit before it (`한 채에`, `한 사람당`, `한 대로`, `한 번에`), the count of that unit in the sentence (before the
  mark, or between the figure and the total), the total after it; or, where the sentence counts no unit and names the
  total (`판매 수입은`, `전체 예산은`), the one count of the unit the sentences before state.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_PRODUCTS_IN_THE_SENTENCE = [
    # (text, holding, broken)
    # the count between the figure and its total, `모두` before the total
    (
        "한결군이 올해 빈집을 고쳐 귀농인에게 빌려준다.\n\n"
        "한 채에 드는 공사비는 평균 {a}으로, 12채에 모두 2억4천만원이 들었다.",
        "2천만원",
        "3천만원",
    ),
    # one unit as a means (`한 대로`), the period named again before the total
    (
        "모래내군 농업기술센터가 모내기철을 맞아 파종기를 빌려준다.\n\n"
        "파종기 한 대로 하루 평균 {a}를 심어, 30대가 함께 돌면 하루 120㏊를 마친다.",
        "4㏊",
        "6㏊",
    ),
    # one occasion (`한 번에`) and a count of occasions
    (
        "다래읍 풍물패가 지난해 읍내 잔치에 자주 불려 다녔다.\n\n"
        "공연료는 한 번에 {a}으로, 지난해 18회 공연으로 720만원을 받았다.",
        "40만원",
        "60만원",
    ),
    # one person without a particle (`1인`), the count of people between
    (
        "솔밭군 송어 축제가 지난 주말 막을 내렸다.\n\n입장권은 1인 {a}으로, 관람객 2만 명에게서 1억6천만원을 거뒀다.",
        "8천원",
        "1만2천원",
    ),
    # (review) one unit as a subject, the figure given to each (`씩`)
    (
        "미르시 도서관이 책 나눔 행사를 연다.\n\n방문객 한 사람당 {a}권씩 받아, 600명이 모두 1천800권을 가져갔다.",
        "3",
        "7",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PRODUCTS_IN_THE_SENTENCE)
def test_one_unit_multiplied_out_in_its_sentence(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_PRODUCTS = [
    # a figure per day, its total of a term the sentence leaves unsaid
    "물놀이장 한 곳이 하루에 쓰는 물은 90톤으로, 15곳이 여름 내내 쓰는 물은 9만톤에 이른다.",
    # the total of another period than the figure's
    "임대료는 한 채에 한 달 8만원으로, 30채가 모두 차면 한 해 2천880만원의 수입이 생긴다.",
    # a cap, no amount each one gets
    "시는 업체 한 곳에 최대 300만원까지 지원하며, 올해 8곳에 모두 2천만원을 줬다.",
    # two counts of the unit before: which one the price is per, unsaid
    "달래군 청년회가 축제에서 호떡 5천400개와 어묵 3천개를 팔았다.\n\n"
    "한 개 값은 1천500원으로, 판매 수입은 810만원이다.",
    # counts of the unit of two values before (a level and its rise): all the units or the new ones, unsaid
    "가람시는 쉼터를 지난해 1천100곳에서 올해 1천400곳으로 300곳 늘렸다.\n\n"
    "새 쉼터 설치비는 한 곳에 90만원씩 모두 2억7천만원이 들었다.",
    # a figure per a period too, the count from a sentence before: the count's total of which period, unsaid
    "솔매시가 어르신 1천600가구에 쌀을 나눠 준다.\n\n"
    "한 가구에 한 달 12만원어치를 주는 것으로, 전체 예산은 1억9천200만원이다.",
    # (review) one unit as a subject with no mark of an average or of each one's: what one of them did
    "선수 한 명이 20점을 넣었고, 팀 12명은 모두 240점을 기록했다.",
    "선수 한 명이 35점을 넣었고, 팀 12명은 모두 240점을 기록했다.",
]


@pytest.mark.parametrize("text", _NOT_PRODUCTS)
def test_no_product_of_one_unit(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


PER_PERIOD = "F312"

_GIVEN_OVER_A_TERM = [
    # (text, holding, broken): a figure per a period given out (`씩`) over the term its sentence states
    ("갈대군 주민들이 산불 피해 농가를 도왔다.\n\n12일 동안 하루 {a}명씩, 연인원 480명이 일했다.", "40", "60"),
    (
        "별내군 씨름 대회가 다음 달 열린다.\n\n관람석은 하루 {a}석씩 닷새 동안 모두 6천 석을 마련했다.",
        "1천200",
        "1천800",
    ),
    ("가온군 자원봉사자들이 수해 마을을 도왔다.\n\n9일 동안 하루 {a}명씩, 연인원 315명이 일했다.", "35", "55"),
    ("누리시 수영장이 어린이 강습을 연다.\n\n강습은 8주 동안 주 {a}회씩 모두 24차례 열린다.", "3", "5"),
]


@pytest.mark.parametrize("template,holding,broken", _GIVEN_OVER_A_TERM)
def test_figure_per_period_over_the_term_of_its_sentence(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_PERIOD, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_PERIOD, fires=True)


_NOT_OVER_A_TERM = [
    # a count of units each given the figure: a third factor
    "직원 7명이 12일 동안 하루 9개씩, 모두 756개를 만들었다.",
    # two spans of days: which one the total is over, unsaid
    "봉사자들은 10일 동안 하루 40명씩 일하고 3일 동안 쉬어, 연인원 400명이 참여했다.",
    # the mark of each of a noun before the figure: a count of units unsaid
    "체험 교실은 마을마다 주 2회씩 10주 동안 열려 모두 120회 수업이 진행됐다.",
    # no mark of a total before the larger figure
    "12일 동안 하루 40명씩 일했고 480명이 신청했다.",
    # (review) another clause, another subject or a part between the figure and the total
    "교실은 10주 동안 주 2회씩 열고, 다른 교실은 모두 20차례 열린다.",
    "축제는 8일 동안 하루 1천500명씩, 가을 축제는 모두 1만2천 명을 받는다.",
    "9일 동안 하루 40명씩 일했는데 그중 모두 200명이 주민이었다.",
    "좌석은 하루 800석씩 마련하며, 지난해 나흘 동안에는 모두 3천200석이 팔렸다.",
]


@pytest.mark.parametrize("text", _NOT_OVER_A_TERM)
def test_no_total_over_a_term(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


_YEARS_RESTATED_NEXT = [
    # (text, holding, broken): a year's figure, then a sentence of the figure per a shorter period alone
    (
        "솔밭 노인회는 회원 40명이 모여 꾸린다.\n\n한 해 운영비 960만원은 회원들이 나눠 낸다. 한 달에 {a}꼴이다.",
        "80만원",
        "120만원",
    ),
    (
        "새터 마을 도서관이 문을 연 지 3년이 됐다.\n\n연간 대출은 1만4천600권에 이른다. 하루 평균 {a}권꼴이다.",
        "40",
        "60",
    ),
    # (review) the period's mark `주마다`
    ("보람군 마을회관 소식이다.\n\n연간 방문객은 5만2천 명이다. 주마다 {a} 명꼴이다.", "1천", "3천"),
]


@pytest.mark.parametrize("template,holding,broken", _YEARS_RESTATED_NEXT)
def test_year_restated_per_a_shorter_period_next(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_YEARS_RESTATED_NEXT = [
    # the total is not marked as a year's
    "솔밭 노인회는 회원 40명이 모여 꾸린다.\n\n운영비 960만원은 회원들이 나눠 낸다. 한 달에 80만원꼴이다.",
    # the next sentence does not close on the figure as a restatement
    "솔밭 노인회는 회원 40명이 모여 꾸린다.\n\n한 해 운영비 960만원은 회원들이 나눠 낸다. 한 달에 80만원을 더 걷자는 "
    "의견도 나왔다.",
    # (review) the shorter period's figure is one member's, another noun's or a part's: its mark does not open
    "보람군 소식이다.\n\n한 해 운영비 840만원은 회원들이 나눠 낸다. 회원 한 사람이 한 달에 7만원꼴이다.",
    "보람군 소식이다.\n\n연간 이용객은 10만 명에 이른다. 직원은 하루 평균 30명꼴이다.",
    "보람군 소식이다.\n\n연간 이용객은 10만 명에 이른다. 그 가운데 어린이가 하루 평균 100명꼴이다.",
]


@pytest.mark.parametrize("text", _NOT_YEARS_RESTATED_NEXT)
def test_no_year_restated_next(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# --- a prior year between the figure per one and its count ----------------------------------------------------------


@pytest.mark.parametrize(("total", "fires"), [("1천800권", False), ("2천400권", True)])
def test_a_figure_per_one_multiplied_over_its_count(knowledge, total, fires):
    text = f"노루목 도서관이 회원에게 한 사람당 3권씩 나눠 줘 600명이 모두 {total}을 받았다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


def test_a_count_of_a_prior_year_is_no_count_of_the_figure_per_one(knowledge):
    text = "노루목 도서관이 회원에게 한 사람당 3권씩 책을 나눠 줬는데, 지난해에는 600명이 모두 2천400권을 받았다."
    assert_not_linked(knowledge, text, PER_UNIT)
