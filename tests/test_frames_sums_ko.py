"""Sums in Korean copy (and their English counterparts): breakdowns announced by the words that open
them (checker/link/breakdowns.py). Every sentence is written for this test."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked


def _passed_and_found(knowledge, text: str) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    return [p.rule for p in result.passed], [f.rule for f in result.findings]


def _parts_of(knowledge, text: str) -> dict[str, str | None]:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): by_id.get(c.part_of) for c in found}


BY_CATEGORY = [
    pytest.param(
        "지난해 주택 착공은 4만 7000호였다. 유형별로는 아파트 3만 2000호, 연립주택 1만 1000호, 단독주택 4000호였다.",
        False,
        id="ko-by-type-holds",
    ),
    pytest.param(
        "지난해 주택 착공은 3만 7000호였다. 유형별로는 아파트 3만 2000호, 연립주택 1만 1000호, 단독주택 4000호였다.",
        True,
        id="ko-by-type-exceeds-the-whole",
    ),
    # Categories that are no partition of the lexicon may be the largest ones only: a shortfall holds.
    pytest.param(
        "지난해 주택 착공은 6만호였다. 유형별로는 아파트 3만호, 연립주택 1만호가 가장 많았다.",
        False,
        id="ko-by-type-open-shortfall-holds",
    ),
    # A whole broken down twice: by region next to it, by size in the sentence after.
    pytest.param(
        "지난달 미분양 주택은 6만 2000가구였다. 수도권은 1만 2000가구, 지방은 5만가구였다. "
        "면적별로는 85㎡ 이하가 5만 4000가구, 85㎡ 초과가 8000가구였다.",
        False,
        id="ko-second-breakdown-by-size-holds",
    ),
    # Sizes that name a partition close the list: a shortfall is an error too.
    pytest.param(
        "지난달 미분양 주택은 6만 2000가구였다. 수도권은 1만 2000가구, 지방은 5만가구였다. "
        "면적별로는 85㎡ 이하가 3만 4000가구, 85㎡ 초과가 8000가구였다.",
        True,
        id="ko-second-breakdown-by-size-short",
    ),
    pytest.param(
        "The company sold 5,200 cars last year. By region, the north took 2,100 cars and the south 3,100 cars.",
        False,
        id="en-by-region-holds",
    ),
    pytest.param(
        "The company sold 5,200 cars last year. By region, the north took 2,100 cars and the south 4,100 cars.",
        True,
        id="en-by-region-exceeds-the-whole",
    ),
]


@pytest.mark.parametrize("text,fires", BY_CATEGORY)
def test_breakdown_by_category(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_whole_broken_down_twice_is_checked_once_per_breakdown(knowledge):
    text = BY_CATEGORY[3].values[0]
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found


def test_arrow_pairs_by_region_are_parts_of_the_current_total(knowledge):
    # `수도권(A→B) 지방(C→D)`: the right side of each pair is this month's part.
    text = (
        "지난달 전국 미분양 주택은 6만 8200가구로 조사됐다. "
        "권역별로는 지방(5만 4000가구→5만 6100가구)과 수도권(1만 1000가구→1만 2100가구)이 함께 늘었다."
    )
    parts = _parts_of(knowledge, text)
    assert parts["1만 2100가구"] == parts["5만 6100가구"] == "6만 8200가구"
    assert parts["1만 1000가구"] is None and parts["5만 4000가구"] is None
    assert_checked(knowledge, text, "F302", False)
    # The two regions are the whole of it (a partition of the lexicon): a shortfall is an error.
    assert_checked(knowledge, text.replace("5만 6100가구", "3만 6100가구"), "F302", True)


def test_arrow_pairs_by_region_before_the_arrow_are_parts_of_the_prior(knowledge):
    text = (
        "지난달 전국 미분양 주택은 6만 5000가구에서 4.9% 증가한 6만 8200가구로 조사됐다. "
        "권역별로는 지방(5만 4000가구→5만 6100가구)과 수도권(1만 1000가구→1만 2100가구)이 함께 늘었다."
    )
    parts = _parts_of(knowledge, text)
    assert parts["1만 2100가구"] == parts["5만 6100가구"] == "6만 8200가구"
    assert parts["1만 1000가구"] == parts["5만 4000가구"] == "6만 5000가구"
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found
    assert_checked(knowledge, text.replace("5만 4000가구", "3만 4000가구"), "F302", True)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "어제 신규 확진자는 132명이었다. "
            "지역별로는 인천 9명, 경기 32명, 서울 43명으로 수도권이 84명, 비수도권이 48명이었다.",
            False,
            id="ko-subtotal-holds",
        ),
        pytest.param(
            "어제 신규 확진자는 132명이었다. "
            "지역별로는 인천 9명, 경기 32명, 서울 43명으로 수도권이 94명, 비수도권이 48명이었다.",
            True,
            id="ko-subtotal-broken",
        ),
    ],
)
def test_a_subtotal_of_the_parts_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_subtotal_stands_for_its_parts(knowledge):
    text = (
        "어제 신규 확진자는 132명이었다. "
        "지역별로는 인천 9명, 경기 32명, 서울 43명으로 수도권이 84명, 비수도권이 48명이었다."
    )
    parts = _parts_of(knowledge, text)
    assert parts["43명"] == parts["32명"] == parts["9명"] == "84명"
    assert parts["84명"] == parts["48명"] == "132명"  # the subtotal stands for its parts in the day's total


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. "
            "이 가운데 정규직이 7만명 늘었고 임시직은 4만명 줄었으며, 나머지 취업자는 2만명 늘었다.",
            False,
            id="ko-signed-changes-hold",
        ),
        pytest.param(
            "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. "
            "이 가운데 정규직이 7만명 늘었고 임시직은 1만명 줄었으며, 나머지 취업자는 2만명 늘었다.",
            True,
            id="ko-signed-changes-broken",
        ),
        pytest.param(
            "지난달 수출은 1년 전보다 30억달러 감소한 520억달러였다. "
            "이 중 반도체는 45억달러 줄었고 자동차는 5억달러 늘었으며 그 밖의 품목은 10억달러 증가했다.",
            False,
            id="ko-signed-changes-fall-holds",
        ),
        pytest.param(
            "Payrolls rose by 50,000 from a year earlier to 15.1 million. "
            "Of those, full-time jobs rose by 70,000, while part-time jobs fell by 40,000 "
            "and other jobs rose by 20,000.",
            False,
            id="en-signed-changes-hold",
        ),
        pytest.param(
            "Payrolls rose by 50,000 from a year earlier to 15.1 million. "
            "Of those, full-time jobs rose by 70,000, while part-time jobs fell by 10,000 "
            "and other jobs rose by 20,000.",
            True,
            id="en-signed-changes-broken",
        ),
    ],
)
def test_changes_by_part_add_up_to_the_change_of_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_changes_by_part_without_the_rest_are_not_read(knowledge):
    # Without `기타` (the rest) the list may leave parts out, and changes by part have no shortfall that holds.
    text = (
        "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. 이 가운데 정규직이 7만명 늘었고 임시직은 4만명 줄었다."
    )
    passed, found = _passed_and_found(knowledge, text)
    assert not passed and not found


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "올해 예산은 300억원이다. 이 가운데 교육에 120억원, 복지에 150억원이 배정됐다.",
            False,
            id="ko-of-which-holds",
        ),
        pytest.param(
            "올해 예산은 300억원이다. 이 가운데 교육에 220억원, 복지에 150억원이 배정됐다.",
            True,
            id="ko-of-which-exceeds",
        ),
    ],
)
def test_parts_in_the_sentence_after_of_which(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난해 승용차 판매는 52만대였다. 전기차가 14만대로 31% 늘었고, 전기차 이외 차량은 38만대로 5% 줄었다.",
            False,
            id="ko-complement-holds",
        ),
        pytest.param(
            "지난해 승용차 판매는 52만대였다. 전기차가 14만대로 31% 늘었고, 전기차 이외 차량은 48만대로 5% 줄었다.",
            True,
            id="ko-complement-exceeds",
        ),
        pytest.param(
            "지난해 승용차 판매는 52만대였다. 전기차가 14만대로 31% 늘었고, 전기차 이외 차량은 18만대로 5% 줄었다.",
            True,
            id="ko-complement-falls-short",
        ),
    ],
)
def test_a_part_and_its_complement(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


REST_BY_NAME = (
    "어제 신규 확진자는 133명이었다. 수도권에서 103명이 나왔고, "
    "수도권 외 지역은 강원 12명, 전북 8명, 세종·제주 각 5명이었다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(REST_BY_NAME, False, id="ko-complement-by-name-holds"),
        pytest.param(REST_BY_NAME.replace("각 5명", "각 9명"), True, id="ko-complement-by-name-exceeds"),
        pytest.param(REST_BY_NAME.replace("각 5명", "각 1명"), True, id="ko-complement-by-name-falls-short"),
    ],
)
def test_a_part_and_its_complement_broken_down_by_name(knowledge, text, fires):
    # `수도권 외에는 대전 A, 충남 B, 세종·제주 각 C`: every figure of the rest is a part (`각` once per name).
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "남은 20석은 가나당 9석, 다라당 5석, 마바당 2석, 사아당과 자차당 각 2석으로 나뉘었다.",
            False,
            id="ko-topic-total-then-list-each-holds",
        ),
        # Counted once per name, the list exceeds its total (24 of 20).
        pytest.param(
            "남은 20석은 가나당 9석, 다라당 5석, 마바당 6석, 사아당과 자차당 각 2석으로 나뉘었다.",
            True,
            id="ko-topic-total-then-list-each-exceeds",
        ),
        pytest.param(
            "남은 11명은 충북(5명), 전북(4명), 세종·제주(각 1명) 주민이다.", False, id="ko-each-in-parentheses"
        ),
        pytest.param(
            "남은 11명은 충북(5명), 전북(4명), 세종·제주·강원(각 2명) 주민이다.",
            True,
            id="ko-each-in-parentheses-exceeds",
        ),
    ],
)
def test_a_topic_total_then_its_listed_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_each_counts_the_names_before_it_and_respectively_does_not(knowledge):
    each = "남은 20석은 가나당 9석, 다라당 5석, 마바당 2석, 사아당과 자차당 각 2석으로 나뉘었다."
    assert [c.part_times for c in claims(each, knowledge).claims] == [1, 1, 1, 1, 2]
    respectively = "남은 20석은 가나당 8석, 다라당과 마바당이 각각 5석, 7석을 얻었다."
    assert [c.part_times for c in claims(respectively, knowledge).claims] == [1, 1, 1, 1]
    assert_checked(knowledge, respectively, "F302", False)


def test_a_topic_total_and_figures_of_another_counter_are_no_list(knowledge):
    text = "이 회사 직원 300명은 서울 본사 4곳, 지방 공장 3곳, 해외 법인 2곳에서 일한다."
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "A구단은 4년 동안 그에게 계약금 30억원, 총연봉 28억원 등 모두 58억원을 주기로 했다.",
            False,
            id="ko-total-pay-holds",
        ),
        pytest.param(
            "A구단은 4년 동안 그에게 계약금 30억원, 총연봉 28억원 등 모두 48억원을 주기로 했다.",
            True,
            id="ko-total-pay-exceeds",
        ),
    ],
)
def test_the_pay_of_the_whole_term_is_a_plain_part(knowledge, text, fires):
    # `총연봉` is the pay of the whole term, not a year's pay the term multiplies (`연봉 7억원`).
    assert_checked(knowledge, text, "F302", fires)


BULLETS = (
    "올해 추가 예산은 9200억원이다. 쓰임새를 보면 △청년 고용(1200억원)과 창업 지원(800억원) 등 일자리 사업에 "
    "4000억원 △주거 안정 3000억원 △지역 투자 2200억원이다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(BULLETS, False, id="ko-bullets-hold"),
        pytest.param(BULLETS.replace("2200억원", "4200억원"), True, id="ko-bullets-exceed"),
        # No `등` after the last item: the items are the whole of it, and a shortfall is an error.
        pytest.param(BULLETS.replace("3000억원", "1000억원"), True, id="ko-bullets-fall-short"),
        pytest.param(
            BULLETS.replace("3000억원", "1000억원").replace("2200억원이", "2200억원 등이"),
            False,
            id="ko-bullets-open-shortfall-holds",
        ),
    ],
)
def test_bulleted_items_of_a_whole_before_them(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_bullet_items_and_the_parts_of_an_item(knowledge):
    parts = _parts_of(knowledge, BULLETS)
    assert parts["4000억원"] == parts["3000억원"] == parts["2200억원"] == "9200억원"
    assert parts["1200억원"] == parts["800억원"] == "4000억원"  # in the item's own label: a part of the item


@pytest.mark.parametrize(
    "text",
    [
        # The figure before equals an item (a headline restating it): no whole of the list.
        "가나당 150석 확보. 선거 결과 △가나당 150석 △다라당 100석 △마바당 50석으로 집계됐다.",
        # Items of several metrics are no parts of one whole.
        "이 회사의 자산은 900억원이다. 지난해 실적은 △매출 300억원 △영업이익 50억원 △순이익 30억원이었다.",
    ],
)
def test_bullets_that_break_down_no_figure_before(knowledge, text):
    assert all(part is None for part in _parts_of(knowledge, text).values())


def test_an_open_breakdown_leaves_the_closed_list_of_its_whole_closed(knowledge):
    text = (
        "올해 추가 예산은 9200억원(이월분 8000억원, 신규분 1200억원)이다. "
        "쓰임새를 보면 △일자리 사업 4000억원 △주거 안정 3000억원 등이다."
    )
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found
    assert_checked(knowledge, text.replace("1200억원", "200억원"), "F302", True)


MEMBERS = (
    "내년 예산·기금 지출 계획은 올해 620조원보다 4.2% 증가한 규모다. "
    "기금은 236조원으로 올해 228조원에 비해 3.5% 늘었고, 예산은 410조원으로 올해 392조원에 비해 4.6% 늘었다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(MEMBERS, False, id="ko-named-members-hold"),
        pytest.param(MEMBERS.replace("228조원", "278조원"), True, id="ko-named-members-exceed"),
        pytest.param(MEMBERS.replace("392조원", "292조원"), True, id="ko-named-members-fall-short"),
        pytest.param(
            "매매·전세 거래는 지난달 8200건이었다. 전세는 3100건, 매매는 5100건으로 집계됐다.",
            False,
            id="ko-named-members-in-one-sentence-any-order",
        ),
    ],
)
def test_members_named_together_then_each_as_a_subject(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_members_named_together_but_not_each_stated_are_no_parts(knowledge):
    text = (
        "내년 예산·기금 지출 계획은 올해 620조원보다 4.2% 증가한 규모다. "
        "기금은 236조원으로 올해 228조원에 비해 3.5% 늘었다."
    )
    assert all(part is None for part in _parts_of(knowledge, text).values())


FRACTIONS = "가나당은 동구 12곳 중 9곳에서, 서구 10곳 중 7곳에서, 남구 8곳 중 5곳에서 승리하며 30곳 중 21곳에서 이겼다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(FRACTIONS, False, id="ko-fractions-hold"),
        pytest.param(FRACTIONS.replace("30곳 중", "40곳 중"), True, id="ko-fractions-wholes-broken"),
        pytest.param(FRACTIONS.replace("중 21곳", "중 27곳"), True, id="ko-fractions-parts-broken"),
    ],
)
def test_listed_fractions_and_their_total_fraction(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_listed_fractions_check_wholes_and_parts_apart(knowledge):
    passed, found = _passed_and_found(knowledge, FRACTIONS)
    assert passed == ["F302", "F302"] and not found
    parts = _parts_of(knowledge, FRACTIONS)
    assert parts["12곳"] == parts["10곳"] == parts["8곳"] == "30곳"
    assert parts["9곳"] == parts["7곳"] == parts["5곳"] == "21곳"


CEILING = (
    "그는 4년간 최대 30억원을 받는 조건에 합의했다. 입단 보너스 10억원과 연봉 4억원씩 16억원, 성과급 4억원이 포함됐다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(CEILING, False, id="ko-ceiling-over-a-term-holds"),
        pytest.param(CEILING.replace("성과급 4억원", "성과급 9억원"), True, id="ko-ceiling-over-a-term-exceeded"),
        pytest.param(
            "He signed a three-year deal worth up to $24m. "
            "It pays a $9m signing bonus, $12m in salary and $3m in options.",
            False,
            id="en-up-to-over-a-term-holds",
        ),
        pytest.param(
            "He signed a three-year deal worth up to $24m. "
            "It pays a $9m signing bonus, $12m in salary and $8m in options.",
            True,
            id="en-up-to-over-a-term-exceeded",
        ),
    ],
)
def test_the_most_a_term_pays_broken_down_in_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # A rate per period with no product stated: the term multiplies it, and the sentence does not say so.
        "그는 4년간 최대 30억원을 받는 조건에 합의했다. 입단 보너스 10억원과 연봉 4억원씩, 성과급 4억원이 포함됐다.",
        # No term: a largest figure, not the most a deal pays.
        "하루 최대 300명이 확진됐다. 이번 주에는 250명, 지난주에는 180명이었다.",
    ],
)
def test_a_ceiling_with_no_breakdown(knowledge, text):
    assert all(part is None for part in _parts_of(knowledge, text).values())


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "올해 추가 예산 9200억원은 △일자리에 4000억원 △주거 안정을 위해 3000억원 △지역 투자에 2200억원으로 짜였다.",
            False,
            id="ko-bullets-whole-in-their-sentence-holds",
        ),
        pytest.param(
            "올해 추가 예산 9200억원은 △일자리에 4000억원 △주거 안정을 위해 3000억원 △지역 투자에 1200억원으로 짜였다.",
            True,
            id="ko-bullets-whole-in-their-sentence-short",
        ),
        pytest.param(
            "지난해 극장 관객 수는 1억 9400만 명이었다. "
            "한국영화 관객 수는 1억 80만 명, 외국영화 관객 수는 9320만 명으로 집계됐다.",
            False,
            id="ko-film-origin-partition-holds",
        ),
        pytest.param(
            "지난해 극장 관객 수는 1억 9400만 명이었다. "
            "한국영화 관객 수는 1억 80만 명, 외국영화 관객 수는 5320만 명으로 집계됐다.",
            True,
            id="ko-film-origin-partition-short",
        ),
    ],
)
def test_more_wholes_of_listed_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


TERM_RATES = "조건은 3년, 입단금 5억원, 매년 연봉 2억원씩, 인센티브 3억원 등 총액 14억원이다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(TERM_RATES, False, id="ko-rate-over-the-term-holds"),
        pytest.param(TERM_RATES.replace("총액 14억원", "총액 9억원"), True, id="ko-rate-over-the-term-exceeds"),
        # `2+1년`: the option year included, as the most the deal pays.
        pytest.param(
            "조건은 ‘2+1’년 동안 입단금 4억원, 매년 연봉 2억원씩, 보너스 최대 3억원 등 총액 13억원이다.",
            False,
            id="ko-rate-over-a-term-with-an-option-year",
        ),
        pytest.param(
            "조건은 ‘2+1’년 동안 입단금 4억원, 매년 연봉 4억원씩, 보너스 3억원 등 총액 13억원이다.",
            True,
            id="ko-rate-over-a-term-with-an-option-year-exceeds",
        ),
    ],
)
def test_a_rate_per_year_counts_once_per_year_of_the_term(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_rate_and_the_next_item_of_its_list_are_no_rate_and_product(knowledge):
    # `연봉 2억원씩, 옵션 3억원`: the option is the next item, not what the pay comes to over the term.
    result = findings(knowledge, document(TERM_RATES), select=["F312"], show_passed=True)
    assert not result.findings and not result.passed
    parts = _parts_of(knowledge, TERM_RATES)
    assert parts["5억원"] == parts["2억원"] == parts["3억원"] == "14억원"


def test_the_product_of_a_rate_is_no_list_total(knowledge):
    text = "그는 입단금 5억원, 2억원씩 3년 연봉 총액 6억원의 조건에 합의했다."
    assert all(part is None for part in _parts_of(knowledge, text).values())


RANKING = "가나당이 전체 40석 중 15석을 차지했다. 이어 다라당 11석, 마바당 6석, 사아당과 자차당 각 4석 순이었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(RANKING, False, id="ko-ranking-continued-holds"),
        pytest.param(RANKING.replace("각 4석", "각 6석"), True, id="ko-ranking-continued-exceeds"),
        # A ranking may stop before the last: a shortfall holds.
        pytest.param(RANKING.replace("각 4석", "각 1석"), False, id="ko-ranking-continued-open"),
    ],
)
def test_a_ranking_begun_as_a_part_and_continued(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_list_total_broken_down_again_in_the_next_sentence(knowledge):
    # The list before the total and the two sums of the next sentence are two breakdowns of it.
    text = (
        "조건은 3년, 입단금 5억원, 매년 연봉 2억원씩, 인센티브 3억원 등 총액 14억원이다. "
        "보장액 11억원에 인센티브가 3억원이다."
    )
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found


PLACES = (
    "동남권(부산·울산·경남)에서 가나당이 31곳에서 이겼다. 부산에선 가나당이 15곳에서 이겼다. "
    "15석이 걸린 경남에선 가나당이 12곳, 다라당이 3곳에서 이겼다. 울산에선 가나당이 4곳에서 앞섰다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(PLACES, False, id="ko-members-in-parentheses-each-a-place-holds"),
        pytest.param(PLACES.replace("4곳에서 앞섰다", "9곳에서 앞섰다"), True, id="ko-members-as-places-exceed"),
    ],
)
def test_members_named_in_parentheses_then_each_as_the_place_of_a_clause(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_member_named_with_no_figure_of_the_whole_s_counter_is_no_part(knowledge):
    # `15석이 걸린 경남에선`: the seats at stake are of another counter than the districts won.
    parts = _parts_of(knowledge, PLACES)
    assert parts["15석"] is None and parts["12곳"] == "31곳" and parts["3곳"] is None


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난달 미분양 주택은 6만 2300가구로 집계됐으며, "
            "유형별로는 아파트 4만 1200가구, 연립주택 2만 1100가구였다.",
            False,
            id="ko-breakdown-mark-mid-sentence-holds",
        ),
        pytest.param(
            "지난달 미분양 주택은 6만 2300가구로 집계됐으며, "
            "유형별로는 아파트 4만 1200가구, 연립주택 3만 1100가구였다.",
            True,
            id="ko-breakdown-mark-mid-sentence-exceeds",
        ),
    ],
)
def test_a_breakdown_announced_in_the_sentence_of_its_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `이 외에도`: a demonstrative, no part named against the figure before.
        "A사는 매출 300억원을 올렸다. 이 외에도 B사가 200억원을 올렸다.",
        # `가나·다라 등`: the names are some of the members only.
        "가나·다라 등 대기업의 매출은 500조원이었다. 가나는 300조원, 다라는 80조원이었다.",
    ],
)
def test_no_breakdown_without_the_names_of_its_parts(knowledge, text):
    assert all(part is None for part in _parts_of(knowledge, text).values())


def test_a_figure_of_categories_is_no_whole_of_the_next_breakdown(knowledge):
    # The chip figure is one category of exports; the breakdown by region after it is of all exports.
    text = (
        "지난달 수출은 512억 달러였다. 품목별로는 반도체 수출이 131억 달러로 12% 늘었다. "
        "지역별로는 유럽 수출이 96억 달러, 동남아 수출이 88억 달러였다."
    )
    parts = _parts_of(knowledge, text)
    assert parts["96억 달러"] == parts["88억 달러"] == "512억 달러"
    assert_checked(knowledge, text, "F302", False)
