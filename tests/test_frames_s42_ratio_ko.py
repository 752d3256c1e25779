"""Korean ratios on copy never seen (forty-second session, lane `ratio_ko`): a figure per one unit whose count is the
story's headline count, or whose clause says what doing it to one unit takes.

- A figure per one person whose noun names no count of people (`방문객 한 명에 들어간 예산은 N원가량인 셈이다` after
  `축제에 31만2천 명이 다녀갔다`) divides by the count of people the title states and the lead restates, the story's
  whole; the total it divides is the one its clause's metric names in its own paragraph (`축제 예산은 …`)
  (checker/link/per_one_unit_apart_ko.py `_headline_people`, `_total`).
- Of two counts of the unit, one dated a year before the story is published (`지난해 관람객은 3만1천 명으로`), the
  units are the other, of now; the earlier one is no rival either (`_earlier`).
- One of the unit as the object of what doing it takes (`묘목 한 그루를 심는 데 평균 9천 원이 든 셈이다`,
  `[link.one_unit_object_particles]`, `[link.one_unit_doing_marks]`) marks a figure per one, with a word of average.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- the headline's count of people

_HEADLINE = [
    (
        "누리 국화축제 열흘간 12만 명 찾아\n\n누리군은 지난 1일부터 10일까지 열흘간 열린 국화축제에 12만1천 명이 "
        "다녀갔다고 12일 밝혔다.\n\n축제 예산은 {total}으로 군비 4억 원, 도비 2억 원으로 꾸렸다. 방문객 한 명에 들어간 "
        "예산은 5천 원가량인 셈이다."
    ),
    (
        "별솔 연꽃축제에 12만 명 다녀가\n\n별솔시는 나흘 동안 열린 연꽃축제에 12만 명이 찾았다고 3일 밝혔다. "
        "지난해보다 2만 명 늘었다.\n\n주차장은 모두 네 곳을 열었다.\n\n축제 예산은 {total}이었다. "
        "관람객 1명에 들어간 예산은 5천 원꼴이다."
    ),
    (
        "한울 겨울빛축제 관광객 12만 명\n\n한울군 겨울빛축제를 찾은 사람이 12만 명으로 집계됐다.\n\n군은 행사 운영에 "
        "사업비 {total}을 썼다. 관광객 한 명에게 쓰인 사업비는 평균 5천 원꼴이다."
    ),
    (
        "가온 책축제 사흘간 12만 명\n\n가온시 책축제에 사흘 동안 12만 명이 몰렸다.\n\n시는 부스 120곳을 꾸렸다.\n\n"
        "행사 운영비는 {total}으로, 참가자 한 명에 들어간 운영비는 5천 원 정도인 셈이다."
    ),
]


@pytest.mark.parametrize("text", _HEADLINE)
@pytest.mark.parametrize("total,fires", [("6억 원", False), ("9억 원", True)])
def test_a_figure_per_person_divides_the_headline_count(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


def test_two_counts_of_people_in_the_title_leave_the_figure_unlinked(knowledge):
    text = (
        "누리 국화축제 12만 명…외국인 2만 명\n\n누리군 국화축제에 12만 명이 다녀갔다. 외국인은 2만 명이었다.\n\n"
        "축제 예산은 6억 원이었다. 방문객 한 명에 들어간 예산은 5천 원가량인 셈이다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_a_title_with_no_count_of_people_names_no_headline_count(knowledge):
    text = (
        "누리 국화축제 성황\n\n누리군 국화축제에 12만 명이 다녀갔다.\n\n"
        "축제 예산은 6억 원이었다. 방문객 한 명에 들어간 예산은 5천 원가량인 셈이다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_a_figure_with_no_average_word_is_one_visitor_s_own(knowledge):
    text = (
        "누리 국화축제 12만 명 찾아\n\n누리군 국화축제에 12만 명이 다녀갔다.\n\n"
        "축제 예산은 6억 원이었다. 방문객 한 명에 들어간 예산은 5천 원이다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a count of the year before beside one of now

_EARLIER = [
    (
        "누리 연날리기대회 3만9천 명 찾아\n\n누리시는 사흘 동안 열린 연날리기대회에 관람객 3만9천 명이 다녀갔다고 "
        "28일 밝혔다. 지난해 관람객은 3만1천 명으로 올해 25.8% 늘었다.\n\n참가팀은 120개였다.\n\n시는 대회 예산 "
        "{total} 가운데 1억 원을 안전 관리에 썼다. 관람객 1명에 들어간 예산은 1만6천 원꼴이다."
    ),
    (
        "솔뫼 불꽃축제 관람객 3만9천 명\n\n솔뫼군 불꽃축제를 관람객 3만9천 명이 찾았다. 지난해 관람객은 3만 명이었다."
        "\n\n축제 예산은 {total}이다. 관람객 한 명에 들어간 예산은 1만6천 원가량인 셈이다."
    ),
]


@pytest.mark.parametrize("text", _EARLIER)
@pytest.mark.parametrize("total,fires", [("6억2천만 원", False), ("9억2천만 원", True)])
def test_a_count_of_the_year_before_is_not_the_units(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


# ---------------------------------------------------------------- what doing it to one unit takes

_DOING = [
    (
        "가람군, 봄 나무심기로 120만그루 심었다\n\n가람군은 올봄 산림 600㏊에 묘목 120만그루를 심었다고 2일 "
        "밝혔다.\n\n사업비는 모두 {total}이 들었다. 묘목 한 그루를 심는 데 평균 9천 원이 든 셈이다."
    ),
    (
        "누리군 '찾아가는 진료' 8천 명 진료\n\n누리군 보건소는 올해 주민 8천 명을 진료했다고 4일 밝혔다.\n\n"
        "사업비는 {total}으로 모두 군비다. 주민 한 명을 진료하는 데 9만 원꼴이 든 셈이다."
    ),
    (
        "한빛시 가로등 8천 개 LED로 바꿔\n\n한빛시는 가로등 8천 개를 LED로 바꿨다고 9일 밝혔다.\n\n"
        "사업비는 모두 {total}이었다. 가로등 한 개를 바꾸는 데 평균 9만 원이 든 셈이다."
    ),
]


@pytest.mark.parametrize("text", _DOING)
def test_one_unit_as_the_object_of_what_doing_it_takes(knowledge, text):
    holding = "108억 원" if "그루" in text else "7억2천만 원"
    broken = "148억 원" if "그루" in text else "9억2천만 원"
    _checked(knowledge, text.format(total=holding), fires=False)
    _checked(knowledge, text.format(total=broken), fires=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "묘목 한 그루를 심는 데 9천 원이 든다.",  # (what one costs: no average word, no total divided)
        "묘목 한 그루를 심고 9천 원을 받는다.",  # (no `…는 데`: not what doing it takes)
    ],
)
def test_one_unit_as_an_object_with_no_average_is_not_read(knowledge, sentence):
    text = (
        "가람군, 봄 나무심기로 120만그루 심었다\n\n가람군은 올봄 산림 600㏊에 묘목 120만그루를 심었다고 2일 "
        f"밝혔다.\n\n사업비는 모두 108억 원이 들었다. {sentence}"
    )
    assert_not_linked(knowledge, text, PER_UNIT)


def test_two_costs_so_named_in_the_paragraph_leave_the_total_unsaid(knowledge):
    text = (
        "누리 국화축제 열흘간 12만 명 찾아\n\n누리군 국화축제에 12만 명이 다녀갔다.\n\n올해 축제 예산은 6억 원이었고 "
        "내년 축제 예산은 8억 원으로 잡았다. 방문객 한 명에 들어간 예산은 5천 원가량인 셈이다."
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a price per one counted unit, then its income

PRODUCT = "F317"

_ONE_PRICED = [
    (
        "국악 공연 관람권은 2천400장이 팔렸다. 관람권 한 장 값은 1만 원으로 판매 수입은 {total}이다.",
        "2천400만 원",
        "4천800만 원",
    ),
    (
        "전통 매듭 체험에는 600명이 참가했다. 체험비는 한 사람에 1만5천 원으로, 체험비 수입만 {total}이었다.",
        "900만 원",
        "1천500만 원",
    ),
    ("씨름대회에는 선수 240명이 나섰다. 참가비는 1인 3만 원으로 참가비 수입은 {total}이다.", "720만 원", "1천20만 원"),
    (
        "양조장은 막걸리 3만 병을 공급하기로 했다. 계약 금액은 한 병에 2천 원, 모두 {total}이다.",
        "6천만 원",
        "1억2천만 원",
    ),
    ("올겨울 연탄 3만 장을 나눈다. 연탄 한 장 값이 800원이어서 모두 {total}이 든다.", "2천400만 원", "4천200만 원"),
]


@pytest.mark.parametrize("sentence,holding,broken", _ONE_PRICED)
def test_a_price_per_one_counted_unit_makes_the_income_after_it(knowledge, sentence, holding, broken):
    text = "누리군 소식\n\n누리군이 올해 행사 결과를 7일 밝혔다.\n\n" + sentence
    _checked(knowledge, text.format(total=holding), fires=False)
    _checked(knowledge, text.format(total=broken), fires=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # (one of a period: a rent a month, no counted unit)
        "누리마을은 빈집 48채를 빌려준다. 임대료는 한 달 10만 원으로 모두 480만 원이다.",
        # (one ticket, but the count before is of people: no count of tickets)
        "유료 관중은 1천200명이었다. 입장권이 한 장에 5천 원이어서 입장 수입은 900만 원이었다.",
        # (an amount after it named no income nor total: a budget)
        "전통 매듭 체험에는 600명이 참가했다. 체험비는 한 사람에 1만5천 원으로, 예산은 1천200만 원이다.",
        # (the count before is a part its share is taken of: the whole's count is another, stated apart)
        (
            "선수는 800명이다. 여자 선수는 전체의 40%인 320명이다. 참가비는 한 사람에 2만 원으로, "
            "참가비 수입은 1천600만 원이다."
        ),
        "선수는 800명이다. 여자 선수가 320명으로 40%다. 참가비는 1인 2만 원으로, 참가비 수입은 1천600만 원이다.",
    ],
)
def test_a_price_per_one_with_no_counted_units_or_no_income_is_not_read(knowledge, sentence):
    text = "누리군 소식\n\n누리군이 올해 행사 결과를 7일 밝혔다.\n\n" + sentence
    assert_not_linked(knowledge, text, PRODUCT)


# ---------------------------------------------------------------- a multiple of a base compared with (`…과 비교하면`)

MULTIPLE = "F304"

_COMPARED_WITH = [
    (
        "누리 브레이킹 대회\n\n올해 대회에는 선수 600명이 출전했다. 해외 선수가 240명, 국내 선수는 360명이었다. "
        "2019년 첫 대회 참가 선수 150명과 비교하면 {multiple}."
    ),
    (
        "가온 공예박람회\n\n올해 가온 공예박람회에는 4만 명이 다녀갔다. 지난해 3만2천 명보다 8천 명, 25% 늘었다. "
        "2019년 첫 박람회 때 1만 명과 견주면 {multiple}."
    ),
    "솔빛 축제\n\n솔빛 축제 매출은 12억 원이었다. 2020년 매출 3억 원과 비교해 보면 {multiple}.",
]


@pytest.mark.parametrize("text", _COMPARED_WITH)
@pytest.mark.parametrize("multiple,fires", [("네 배가 넘는다", False), ("네 배다", False), ("두 배다", True)])
def test_a_multiple_of_a_base_compared_with_takes_the_value_before(knowledge, text, multiple, fires):
    if "넘는다" in multiple and "12억" not in text and "4만" not in text:
        multiple = "세 배가 넘는다"  # (600 ÷ 150 is four: `more than four` would be a bound met only just)
    assert_checked(knowledge, text.format(multiple=multiple), MULTIPLE, fires)


def test_a_value_no_larger_than_the_base_is_no_multiple_of_it(knowledge):
    # (the sentence before lists parts only; the value before them is smaller than the base: no multiple above one)
    text = (
        "누리 대회\n\n올해 대회에는 선수 100명이 출전했다. 해외 선수가 40명, 국내 선수는 60명이었다. "
        "첫 대회 참가 선수 150명과 비교하면 네 배다."
    )
    assert_not_linked(knowledge, text, MULTIPLE)
