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
        "규모별로는 85㎡ 초과가 8000가구, 85㎡ 이하는 5만 4000가구로 집계됐다.",
        False,
        id="ko-second-breakdown-by-size-holds",
    ),
    # Sizes that name a partition close the list: a shortfall is an error too.
    pytest.param(
        "지난달 미분양 주택은 6만 2000가구였다. 수도권은 1만 2000가구, 지방은 5만가구였다. "
        "규모별로는 85㎡ 초과가 8000가구, 85㎡ 이하는 3만 4000가구로 집계됐다.",
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
        "권역별로 수도권(1만 1000가구→1만 2100가구) 지방(5만 4000가구→5만 6100가구) 모두 늘었다."
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
        "권역별로 수도권(1만 1000가구→1만 2100가구) 지방(5만 4000가구→5만 6100가구) 모두 늘었다."
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
            "어제 신규 확진자는 130명이었다. 지역별로는 서울 41명, 경기 32명, 인천 9명으로 수도권이 82명이었다.",
            False,
            id="ko-subtotal-holds",
        ),
        pytest.param(
            "어제 신규 확진자는 130명이었다. 지역별로는 서울 41명, 경기 32명, 인천 9명으로 수도권이 92명이었다.",
            True,
            id="ko-subtotal-broken",
        ),
    ],
)
def test_a_subtotal_of_the_parts_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_subtotal_stands_for_its_parts(knowledge):
    text = "어제 신규 확진자는 130명이었다. 지역별로는 서울 41명, 경기 32명, 인천 9명으로 수도권이 82명이었다."
    parts = _parts_of(knowledge, text)
    assert parts["41명"] == parts["32명"] == parts["9명"] == "82명"
    assert parts["82명"] is None  # one part alone is no breakdown of the day's total


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. "
            "이 가운데 정규직은 7만명 증가한 반면 임시직은 4만명 감소했으며 기타 종사자는 2만명 늘었다.",
            False,
            id="ko-signed-changes-hold",
        ),
        pytest.param(
            "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. "
            "이 가운데 정규직은 7만명 증가한 반면 임시직은 1만명 감소했으며 기타 종사자는 2만명 늘었다.",
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
            "Payrolls rose by 48,000 from a year earlier to 15.1 million. "
            "Of those, full-time jobs rose by 62,000, while part-time jobs fell by 31,000 "
            "and other jobs rose by 17,000.",
            False,
            id="en-signed-changes-hold",
        ),
        pytest.param(
            "Payrolls rose by 48,000 from a year earlier to 15.1 million. "
            "Of those, full-time jobs rose by 62,000, while part-time jobs fell by 11,000 "
            "and other jobs rose by 17,000.",
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
        "지난달 취업자는 1년 전보다 5만명 늘어난 2800만명이었다. "
        "이 가운데 정규직은 7만명 증가한 반면 임시직은 4만명 감소했다."
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
            "지난해 주택 인허가는 50만호였다. "
            "아파트는 38만호로 4.1% 줄었고, 아파트 이외 주택은 12만호로 8.2% 감소했다.",
            False,
            id="ko-complement-holds",
        ),
        pytest.param(
            "지난해 주택 인허가는 50만호였다. "
            "아파트는 38만호로 4.1% 줄었고, 아파트 이외 주택은 22만호로 8.2% 감소했다.",
            True,
            id="ko-complement-exceeds",
        ),
        pytest.param(
            "지난해 주택 인허가는 50만호였다. 아파트는 38만호로 4.1% 줄었고, 아파트 이외 주택은 2만호로 8.2% 감소했다.",
            True,
            id="ko-complement-falls-short",
        ),
    ],
)
def test_a_part_and_its_complement(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


REST_BY_NAME = (
    "어제 신규 확진자는 133명이었다. 수도권이 103명이다. "
    "수도권 외에는 대전 12명, 충남 8명, 세종·제주 각 5명에서 나왔다."
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
            "남은 의석 20석도 득표율에 따라 가나당 8석, 다라당 6석, 마바당 2석, 사아당과 자차당 각 2석으로 돌아갔다.",
            False,
            id="ko-topic-total-then-list-each-holds",
        ),
        # Counted once per name, the list exceeds its total (24 of 20).
        pytest.param(
            "남은 의석 20석도 득표율에 따라 가나당 8석, 다라당 6석, 마바당 6석, 사아당과 자차당 각 2석으로 돌아갔다.",
            True,
            id="ko-topic-total-then-list-each-exceeds",
        ),
        pytest.param(
            "나머지 11명은 충북(5명), 전북(4명), 세종·제주(각 1명)에서 확인됐다.", False, id="ko-each-in-parentheses"
        ),
        pytest.param(
            "나머지 11명은 충북(5명), 전북(4명), 세종·제주·강원(각 2명)에서 확인됐다.",
            True,
            id="ko-each-in-parentheses-exceeds",
        ),
    ],
)
def test_a_topic_total_then_its_listed_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_each_counts_the_names_before_it_and_respectively_does_not(knowledge):
    each = "남은 의석 20석도 득표율에 따라 가나당 8석, 다라당 6석, 마바당 2석, 사아당과 자차당 각 2석으로 돌아갔다."
    assert [c.part_times for c in claims(each, knowledge).claims] == [1, 1, 1, 1, 2]
    respectively = "남은 의석 20석도 득표율에 따라 가나당 8석, 다라당과 마바당이 각각 5석, 7석을 얻었다."
    assert [c.part_times for c in claims(respectively, knowledge).claims] == [1, 1, 1, 1]
    assert_checked(knowledge, respectively, "F302", False)


def test_a_topic_total_and_figures_of_another_counter_are_no_list(knowledge):
    text = "이 회사 직원 300명은 서울 본사 4곳, 지방 공장 3곳, 해외 법인 2곳에서 일한다."
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "그는 2019년 A구단과 4년간 계약금 30억원, 총연봉 28억원 등 58억원에 계약했다.",
            False,
            id="ko-total-pay-holds",
        ),
        pytest.param(
            "그는 2019년 A구단과 4년간 계약금 30억원, 총연봉 28억원 등 48억원에 계약했다.",
            True,
            id="ko-total-pay-exceeds",
        ),
    ],
)
def test_the_pay_of_the_whole_term_is_a_plain_part(knowledge, text, fires):
    # `총연봉` is the pay of the whole term, not a year's pay the term multiplies (`연봉 7억원`).
    assert_checked(knowledge, text, "F302", fires)


BULLETS = (
    "올해 추가 예산은 9200억원이다. 이에 따라 예산은 △청년 고용(1200억원), 창업 지원(800억원) 등 일자리에 "
    "4000억원 △주거 안정을 위해 3000억원 △지역 투자 2200억원이 배정됐다."
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
        "올해 추가 예산은 9200억원(일반회계 8000억원, 특별회계 1200억원)이다. "
        "이에 따라 예산은 △일자리에 4000억원 △주거 안정을 위해 3000억원 등이 배정됐다."
    )
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found
    assert_checked(knowledge, text.replace("1200억원", "200억원"), "F302", True)


MEMBERS = (
    "내년도 예산·기금 총지출은 올해 470조원보다 6.1% 증가했다. "
    "예산은 350조원으로 올해 330조원보다 6.1% 늘었다. 기금은 149조원으로 올해 140조원보다 6.4% 증가했다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(MEMBERS, False, id="ko-named-members-hold"),
        pytest.param(MEMBERS.replace("140조원", "190조원"), True, id="ko-named-members-exceed"),
        pytest.param(MEMBERS.replace("330조원", "230조원"), True, id="ko-named-members-fall-short"),
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
    text = "내년도 예산·기금 총지출은 올해 470조원보다 6.1% 증가했다. 예산은 350조원으로 올해 330조원보다 6.1% 늘었다."
    assert all(part is None for part in _parts_of(knowledge, text).values())


FRACTIONS = (
    "가나당은 부산 18곳 중 15곳에서, 경남 16곳 중 11곳에서, 울산 6곳 중 4곳에서 승리하며 40곳 중 30곳에서 이겼다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(FRACTIONS, False, id="ko-fractions-hold"),
        pytest.param(FRACTIONS.replace("40곳 중", "50곳 중"), True, id="ko-fractions-wholes-broken"),
        pytest.param(FRACTIONS.replace("중 30곳", "중 20곳"), True, id="ko-fractions-parts-broken"),
    ],
)
def test_listed_fractions_and_their_total_fraction(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_listed_fractions_check_wholes_and_parts_apart(knowledge):
    passed, found = _passed_and_found(knowledge, FRACTIONS)
    assert passed == ["F302", "F302"] and not found
    parts = _parts_of(knowledge, FRACTIONS)
    assert parts["18곳"] == parts["16곳"] == parts["6곳"] == "40곳"
    assert parts["15곳"] == parts["11곳"] == parts["4곳"] == "30곳"


CEILING = "그는 계약 기간 3년에 최대 24억원을 받는다. 계약금 9억원에 연봉 4억원씩 12억원, 옵션 3억원이다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(CEILING, False, id="ko-ceiling-over-a-term-holds"),
        pytest.param(CEILING.replace("옵션 3억원", "옵션 8억원"), True, id="ko-ceiling-over-a-term-exceeded"),
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
        "그는 계약 기간 3년에 최대 24억원을 받는다. 계약금 9억원에 연봉 4억원씩, 옵션 3억원이다.",
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


TERM_RATES = "그는 계약 기간 3년, 계약금 4억원, 연봉 2억원씩, 옵션 3억원 등 총액 13억원에 사인했다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(TERM_RATES, False, id="ko-rate-over-the-term-holds"),
        pytest.param(TERM_RATES.replace("총액 13억원", "총액 8억원"), True, id="ko-rate-over-the-term-exceeds"),
        # `2+1년`: the option year included, as the most the deal pays.
        pytest.param(
            "그는 ‘2+1’년, 계약금 4억원, 연봉 2억원씩, 옵션 최대 3억원 등 총액 13억원에 사인했다.",
            False,
            id="ko-rate-over-a-term-with-an-option-year",
        ),
        pytest.param(
            "그는 ‘2+1’년, 계약금 4억원, 연봉 4억원씩, 옵션 3억원 등 총액 13억원에 사인했다.",
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
    assert parts["4억원"] == parts["2억원"] == parts["3억원"] == "13억원"


def test_the_product_of_a_rate_is_no_list_total(knowledge):
    text = "그는 계약금 6억원, 2억원씩 3년 연봉 총액 6억원의 조건에 사인했다."
    assert all(part is None for part in _parts_of(knowledge, text).values())


RANKING = "가나당이 전체 30석 중 12석을 차지했다. 이어 다라당 9석, 마바당 5석, 사아당과 자차당 각 2석 순이었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(RANKING, False, id="ko-ranking-continued-holds"),
        pytest.param(RANKING.replace("각 2석", "각 4석"), True, id="ko-ranking-continued-exceeds"),
        # A ranking may stop before the last: a shortfall holds.
        pytest.param(RANKING.replace("각 2석", "각 1석"), False, id="ko-ranking-continued-open"),
    ],
)
def test_a_ranking_begun_as_a_part_and_continued(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_list_total_broken_down_again_in_the_next_sentence(knowledge):
    # The list before the total and the two sums of the next sentence are two breakdowns of it.
    text = (
        "그는 계약 기간 3년, 계약금 4억원, 연봉 2억원씩, 옵션 3억원 등 총액 13억원에 사인했다. "
        "보장액 10억원에 옵션이 3억원이다."
    )
    passed, found = _passed_and_found(knowledge, text)
    assert passed == ["F302", "F302"] and not found


PLACES = (
    "수도권(서울·경기·인천)에서 가나당이 91곳에서 이겼다. 서울에선 가나당이 38곳에서 이겼다. "
    "52석이 걸린 경기에선 가나당이 45곳, 다라당이 7곳에서 이겼다. 인천에선 가나당이 8곳에서 앞섰다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(PLACES, False, id="ko-members-in-parentheses-each-a-place-holds"),
        pytest.param(PLACES.replace("8곳에서 앞섰다", "18곳에서 앞섰다"), True, id="ko-members-as-places-exceed"),
    ],
)
def test_members_named_in_parentheses_then_each_as_the_place_of_a_clause(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_member_named_with_no_figure_of_the_whole_s_counter_is_no_part(knowledge):
    # `52석이 걸린 경기에선`: the seats at stake are of another counter than the districts won.
    parts = _parts_of(knowledge, PLACES)
    assert parts["52석"] is None and parts["45곳"] == "91곳" and parts["7곳"] is None


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
        "지역별로는 대중국 수출이 96억 달러로 줄었으나, 대미국 수출은 88억 달러로 늘었다."
    )
    parts = _parts_of(knowledge, text)
    assert parts["96억 달러"] == parts["88억 달러"] == "512억 달러"
    assert_checked(knowledge, text, "F302", False)
