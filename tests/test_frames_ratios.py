"""Ratios, differences and points stated across clauses and sentences (issue 11).

Every sentence here is written for this test; none comes from an article.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a balance and its sides in other sentences
BALANCES_APART = [
    pytest.param(
        "Norland posted a 52.4 billion yen ($480 million) trade deficit in June, the ministry said. "
        "Exports fell 3.2 per cent to 6.10 trillion yen in June. "
        "Imports rose 1.5 per cent to 6.15 trillion yen in June.",
        False,
        id="en-deficit-before-its-sides-holds",
    ),
    pytest.param(
        "Norland posted a 152.4 billion yen ($1.4 billion) trade deficit in June, the ministry said. "
        "Exports fell 3.2 per cent to 6.10 trillion yen in June. "
        "Imports rose 1.5 per cent to 6.15 trillion yen in June.",
        True,
        id="en-deficit-before-its-sides-broken",
    ),
    pytest.param(
        "Westmark had a $3.1bn trade surplus in March. In March its exports were $25.4bn. "
        "Imports in March came to $22.3bn.",
        False,
        id="en-surplus-before-its-sides-holds",
    ),
    pytest.param(
        "5월 무역수지는 18억달러 적자를 기록했다. 5월 수출은 520억달러로 작년보다 3% 줄었다. "
        "5월 수입액은 538억달러였다.",
        False,
        id="ko-deficit-before-its-sides-holds",
    ),
    pytest.param(
        "5월 무역수지는 28억달러 적자를 기록했다. 5월 수출은 520억달러로 작년보다 3% 줄었다. "
        "5월 수입액은 538억달러였다.",
        True,
        id="ko-deficit-before-its-sides-broken",
    ),
    pytest.param(
        "5월 수출은 520억달러로 작년보다 3% 줄었다. 5월 수입액은 509억달러였다. "
        "이에 따라 5월 무역수지는 11억달러 흑자였다.",
        False,
        id="ko-surplus-after-its-sides-holds",
    ),
]


@pytest.mark.parametrize("text,fires", BALANCES_APART)
def test_a_balance_with_its_sides_in_other_sentences(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the balance's period is not written: the sides of May are not its sides
        pytest.param(
            "무역수지는 28억달러 적자를 기록했다. 5월 수출은 520억달러였다. 5월 수입액은 538억달러였다.",
            id="ko-balance-of-no-written-period",
        ),
        # two figures of exports for the month (a first count and a revision): which one is the side is not known
        pytest.param(
            "Westmark had a $9.1bn trade surplus in March. In March its exports were $25.4bn. A later count put "
            "exports in March at $26.0bn. Imports in March came to $22.3bn.",
            id="en-two-export-figures-of-the-period",
        ),
        pytest.param(
            # (a part smaller than the side leaves it known: tests/test_frames_diffs2.py)
            "Westmark had a $9.1bn trade surplus in March. In March its exports were $25.4bn, and car exports "
            "in March were $25.9bn. Imports in March came to $22.3bn.",
            id="en-exports-and-a-figure-of-a-segment-as-large-in-the-period",
        ),
        # a part of a side alone (`car exports`) is no side
        pytest.param(
            "Norland posted a 52.4 billion yen trade deficit in June. Car exports fell 3.2 per cent to 1.10 trillion "
            "yen in June. Imports rose 1.5 per cent to 6.15 trillion yen in June.",
            id="en-a-part-of-a-side-alone",
        ),
        # sides of another period than the balance's
        pytest.param(
            "Westmark had a $9.1bn trade surplus in March. In February its exports were $25.4bn. "
            "Imports in February came to $22.3bn.",
            id="en-sides-of-another-period",
        ),
    ],
)
def test_a_balance_apart_from_figures_that_may_not_be_its_sides_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F313")


@pytest.mark.parametrize(
    "text,number",
    [
        ("Norland posted a 52.4 billion yen ($480 million) trade deficit in June.", "52.4 billion yen"),
        ("The country ran a $4.2bn trade deficit in May.", "$4.2bn"),
        ("Westmark recorded a 3.6 billion euro trade deficit last year.", "3.6 billion euro"),
    ],
)
def test_a_deficit_named_after_the_number_makes_the_balance_negative(knowledge, text, number):
    claimset = claims(text, knowledge)
    by_text = {c.text.strip(): c.id for c in claimset.claims}
    assert by_text[number] in claimset.deficits


def test_a_surplus_named_after_the_number_is_no_deficit(knowledge):
    claimset = claims("Westmark had a $3.1bn trade surplus in March, after a $1.2bn deficit in February.", knowledge)
    by_text = {c.text.strip(): c.id for c in claimset.claims}
    assert by_text["$3.1bn"] not in claimset.deficits


# ---------------------------------------------------------------- a change, its value and the prior in another sentence
PRIORS_APART = [
    pytest.param(
        "7월 말 외환보유액은 4130억달러로 전월 대비 25억달러 늘었다. 유가증권이 대부분을 차지했다. "
        "6월 말 외환보유액은 4105억달러였다.",
        False,
        id="ko-prior-month-stated-later-holds",
    ),
    pytest.param(
        "7월 말 외환보유액은 4130억달러로 전월 대비 25억달러 늘었다. 유가증권이 대부분을 차지했다. "
        "6월 말 외환보유액은 4095억달러였다.",
        True,
        id="ko-prior-month-stated-later-broken",
    ),
    pytest.param(
        "6월 취업자는 2846만명이었다. 7월 취업자는 2850만명으로 전월 대비 4만명 늘었다.",
        False,
        id="ko-prior-month-stated-before-holds",
    ),
    pytest.param(
        "Foreign exchange reserves stood at $412.0bn at the end of July, up $2.5bn from the previous month. "
        "Securities made up most of the total. At the end of June, foreign exchange reserves were $409.5bn.",
        False,
        id="en-prior-month-stated-later-holds",
    ),
    pytest.param(
        "Foreign exchange reserves stood at $412.0bn at the end of July, up $4.5bn from the previous month. "
        "Securities made up most of the total. At the end of June, foreign exchange reserves were $409.5bn.",
        True,
        id="en-prior-month-stated-later-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PRIORS_APART)
def test_a_change_whose_prior_is_stated_in_another_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the month before: which one is the prior is not known
        pytest.param(
            "7월 말 외환보유액은 4130억달러로 전월 대비 25억달러 늘었다. 6월 말 외환보유액은 4105억달러였다. "
            "한 민간 기관은 6월 말 외환보유액을 4098억달러로 집계했다.",
            id="ko-two-figures-of-the-month-before",
        ),
        # a figure of the month before of another metric
        pytest.param(
            "7월 말 외환보유액은 4130억달러로 전월 대비 25억달러 늘었다. 6월 경상수지는 70억달러였다.",
            id="ko-another-metric-in-the-month-before",
        ),
        # a change against a year before: the figure of the month before is not its prior
        pytest.param(
            "Foreign exchange reserves stood at $412.0bn at the end of July, up $30.5bn from a year earlier. "
            "At the end of June, foreign exchange reserves were $409.5bn.",
            id="en-change-of-another-basis",
        ),
    ],
)
def test_a_prior_apart_that_may_not_be_the_changes_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


ROLES = [
    pytest.param(
        "Foreign exchange reserves were $412.0bn at the end of July, up $2.5bn from a month earlier.",
        {"$412.0bn": ("value", None, None), "$2.5bn": ("change", "$412.0bn", None)},
        id="en-value-comma-up-amount-from",
    ),
    pytest.param(
        "The number of registered jobseekers fell 1,200 to 35,400 in March.",
        {"1,200": ("change", "35,400", None), "35,400": ("value", None, None)},
        id="en-fell-count-to-value",
    ),
    pytest.param(
        "Quarterly revenue was $8.1bn, down $0.4bn from the same quarter a year earlier.",
        {"$8.1bn": ("value", None, None), "$0.4bn": ("change", "$8.1bn", None)},
        id="en-value-comma-down-amount-from",
    ),
]


@pytest.mark.parametrize("text,expected", ROLES)
def test_roles_and_links(knowledge, text, expected):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text.strip() for c in found.values()}
    for number, (role, change_of, compared_to) in expected.items():
        claim = found.get(number)
        assert claim is not None, f"{number!r} not read; read: {list(found)}"
        got = (claim.role, by_id.get(claim.change_of), by_id.get(claim.compared_to))
        want = (role, change_of, compared_to if compared_to else by_id.get(claim.compared_to))
        assert got == want, f"{number!r}: {got} != {want}"


def test_a_difference_across_zero_takes_the_deficit_as_negative(knowledge):
    holds = "1월 경상수지는 31억달러 적자였다. 1년 전 12억달러 흑자를 냈던 것과 비교하면 43억달러 감소했다."
    assert_checked(knowledge, holds, "F305", False)
    broken = "1월 경상수지는 31억달러 적자였다. 1년 전 12억달러 흑자를 냈던 것과 비교하면 19억달러 감소했다."
    assert_checked(knowledge, broken, "F305", True)


def test_a_deficit_that_grew_is_a_change_of_its_size(knowledge):
    text = "1월 경상수지 적자는 31억달러로, 1년 전 적자 12억달러보다 19억달러 늘었다."
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    assert "F305" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- a multiple between two stated figures
MULTIPLES_OF = [
    pytest.param(
        "The chief executive earned $12.4m last year, three times the $4.1m paid to the finance chief.",
        False,
        id="en-n-times-the-figure-holds",
    ),
    pytest.param(
        "The chief executive earned $12.4m last year, twice the $4.1m paid to the finance chief.",
        True,
        id="en-n-times-the-figure-broken",
    ),
    pytest.param(
        "The new plant will cost $2.1bn, three times as much as the $700m spent on the last one.",
        False,
        id="en-n-times-as-much-as-holds",
    ),
    pytest.param(
        "The new plant will cost $2.1bn, five times as much as the $700m spent on the last one.",
        True,
        id="en-n-times-as-much-as-broken",
    ),
    pytest.param(
        "올해 신입사원 연봉은 4800만원으로 10년 전 2400만원의 두 배다.",
        False,
        id="ko-figure-genitive-multiple-holds",
    ),
    pytest.param(
        "올해 신입사원 연봉은 4800만원으로 10년 전 1400만원의 두 배다.",
        True,
        id="ko-figure-genitive-multiple-broken",
    ),
    pytest.param(
        "이 단지의 평균 매매가는 15억원으로 인근 단지 5억원의 3배에 이른다.",
        False,
        id="ko-figure-genitive-multiple-reaches-holds",
    ),
]


@pytest.mark.parametrize("text,fires", MULTIPLES_OF)
def test_a_multiple_of_a_figure_named_beside_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_n_times_more_than_reads_either_way(knowledge):
    # ×3 or +300% (×4): a ratio of four fits the second reading
    assert_checked(knowledge, "Its debt of $12.0bn is three times more than the $3.0bn it owed in 2015.", "F304", False)
    assert_checked(knowledge, "Its debt of $30bn is three times more than the $3bn it owed in 2015.", "F304", True)


def test_the_multiple_is_of_the_figure_named_beside_it_not_the_nearest(knowledge):
    claimset = claims("올해 신입사원 연봉은 4800만원으로 10년 전 2400만원의 두 배다.", knowledge)
    by_text = {c.text.strip(): c for c in claimset.claims}
    by_id = {c.id: c.text.strip() for c in claimset.claims}
    multiple = by_text["두 배"]
    assert (by_id[multiple.change_of], by_id[multiple.compared_to]) == ("4800만원", "2400만원")


def test_a_deficit_word_not_repeated_on_the_earlier_figure_keeps_the_unsigned_reading(knowledge):
    text = "올해 무역수지 적자는 30억달러로 지난해 20억달러보다 10억달러 많다."
    assert_checked(knowledge, text, "F305", False)


# ---------------------------------------------------------------- the gap between two figures: `A로 B보다 C 많다`
GAPS = [
    pytest.param("수도권 인구는 2612만명으로 비수도권 2547만명보다 65만명 많다.", False, id="ko-gap-more-holds"),
    pytest.param("수도권 인구는 2612만명으로 비수도권 2547만명보다 85만명 많다.", True, id="ko-gap-more-broken"),
    pytest.param(
        "서울 아파트 평균 가격은 12억원으로 경기(6억원)보다 6억원 비싸다.", False, id="ko-gap-in-parentheses-holds"
    ),
    pytest.param("여성의 평균 임금은 300만원으로 남성 420만원보다 120만원 적었다.", False, id="ko-gap-less-holds"),
    pytest.param(
        "여성의 평균 임금은 300만원으로 남성 420만원보다 120만원 많았다.", True, id="ko-gap-of-the-wrong-side"
    ),
    pytest.param("올해 관람객은 4만3000명으로 작년 3만8000명보다 5000명 늘었다.", False, id="ko-change-verb-holds"),
]


@pytest.mark.parametrize("text,fires", GAPS)
def test_the_gap_between_two_figures(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no figure compared with (`보다`) right before the gap: a size, not a difference
        pytest.param("수도권 인구는 2612만명으로 65만명 많다.", id="ko-no-compared-figure"),
        # the gap is a share of the whole, not an amount: not this construction
        pytest.param("수도권 인구는 2612만명으로 비수도권보다 2.5% 많다.", id="ko-gap-as-a-rate"),
    ],
)
def test_a_size_with_no_compared_figure_is_not_a_gap(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- a change from a prior; its value in the next sentence
BIRTHS = (
    "지난해 출생아 수는 24만명, 사망자 수는 35만명이었다. 저출생이 이어지며 2022년 25만 5000명에서 {change} 감소했다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            BIRTHS.format(change="1만 5000명") + " 지난해 출생아 수는 24만명으로 역대 최저다.",
            False,
            id="ko-value-restated-next-holds",
        ),
        pytest.param(
            BIRTHS.format(change="2만 5000명") + " 지난해 출생아 수는 24만명으로 역대 최저다.",
            True,
            id="ko-value-restated-next-broken",
        ),
        pytest.param(
            "올해 1분기 수출은 1520억달러, 수입은 1480억달러였다. 지난해 1분기 1400억달러에서 120억달러 늘었다. "
            "1분기 수출액은 1520억달러로 집계됐다.",
            False,
            id="ko-quarter-value-restated-next-holds",
        ),
    ],
)
def test_the_value_of_a_change_from_a_prior_is_the_one_the_next_sentence_states(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_prior_after_figures_of_two_metrics_takes_neither(knowledge):
    # the sentence before states births and deaths; the change names neither: no link, no false error
    assert_not_checked(knowledge, BIRTHS.format(change="1만 5000명") + " 올해는 사정이 다르다.", "F305")


# ---------------------------------------------------------------- a figure stated as one metric minus another
FORMULAS = [
    pytest.param(
        "지난해 출생아 수는 35만 2000명, 사망자 수는 30만 1000명이었다. "
        "이에 따라 지난해 출생아 수에서 사망자 수를 뺀 자연증가는 5만 1000명이다.",
        False,
        id="ko-a-minus-b-holds",
    ),
    pytest.param(
        "지난해 출생아 수는 35만 2000명, 사망자 수는 30만 1000명이었다. "
        "이에 따라 지난해 출생아 수에서 사망자 수를 뺀 자연증가는 6만 1000명이다.",
        True,
        id="ko-a-minus-b-broken",
    ),
    pytest.param(
        "Births totalled 352,000 last year. Deaths were 301,000 last year. "
        "Births minus deaths came to 51,000 last year.",
        False,
        id="en-a-minus-b-holds",
    ),
    pytest.param(
        "Births totalled 352,000 last year. Deaths were 301,000 last year. "
        "Births minus deaths came to 41,000 last year.",
        True,
        id="en-a-minus-b-broken",
    ),
]


@pytest.mark.parametrize("text,fires", FORMULAS)
def test_a_figure_stated_as_one_metric_minus_another(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of births for the year: which one is meant is not known
        pytest.param(
            "지난해 출생아 수는 35만 2000명, 사망자 수는 30만 1000명이었다. 잠정 집계의 출생아 수는 35만 9000명이었다. "
            "지난해 출생아 수에서 사망자 수를 뺀 자연증가는 5만 1000명이다.",
            id="ko-two-figures-of-one-metric",
        ),
        # added, not subtracted
        pytest.param(
            "지난해 출생아 수는 35만 2000명, 사망자 수는 30만 1000명이었다. "
            "지난해 출생아 수와 사망자 수를 더한 숫자는 65만 3000명이다.",
            id="ko-a-plus-b",
        ),
    ],
)
def test_a_formula_over_figures_that_are_not_one_each_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- a figure per unit or per shorter period (F317)
PER_UNIT = [
    pytest.param("정부는 총 3000억원을 들여 120만명에게 1인당 25만원씩 지급한다.", False, id="ko-per-person-holds"),
    pytest.param("정부는 총 3000억원을 들여 120만명에게 1인당 35만원씩 지급한다.", True, id="ko-per-person-broken"),
    pytest.param("시는 모두 60억원을 3만 가구에 가구당 20만원씩 나눠 준다.", False, id="ko-per-household-holds"),
    pytest.param(
        "The government will pay $600 per household to 2.5 million households, at a total cost of $1.5bn.",
        False,
        id="en-per-household-holds",
    ),
    pytest.param(
        "The government will pay $800 per household to 2.5 million households, at a total cost of $1.5bn.",
        True,
        id="en-per-household-broken",
    ),
    pytest.param(
        "The company earned $1.2bn, or $2.40 a share, on 500 million shares outstanding.",
        False,
        id="en-restated-per-share-holds",
    ),
    pytest.param(
        "He has been offered a basic salary of £13.5m a year, around £260,000 a week.",
        False,
        id="en-year-and-week-holds",
    ),
    pytest.param(
        "He has been offered a basic salary of £13.5m a year, around £360,000 a week.",
        True,
        id="en-year-and-week-broken",
    ),
    pytest.param("He earns $96,000 a year, or $8,000 a month.", False, id="en-year-and-month-holds"),
    pytest.param("그는 연봉 5억2000만원, 월 4300만원을 받는다.", False, id="ko-year-and-month-holds"),
    pytest.param("그는 연봉 5억2000만원, 월 6300만원을 받는다.", True, id="ko-year-and-month-broken"),
]


@pytest.mark.parametrize("text,fires", PER_UNIT)
def test_a_figure_per_unit_or_per_shorter_period(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two counts: which one the total is shared among is not said
        pytest.param(
            "정부는 총 3000억원을 들여 120만명에게 1인당 25만원씩, 3만개 업체에 업체당 200만원씩 지급한다.",
            id="ko-two-counts",
        ),
        # no figure marked as the total
        pytest.param(
            "The company paid $600 per employee to its 2,500 staff and spent $4bn on new plants.",
            id="en-no-total-mark",
        ),
        # two figures a year: no shorter period
        pytest.param("He earned $96,000 a year in 2022 and $90,000 a year in 2021.", id="en-two-yearly-figures"),
        # a month's figure that is a date (`3월`), not a monthly one
        pytest.param("그는 연봉 5억2000만원을 받는다. 3월 4300만원의 보너스를 받았다.", id="ko-month-of-a-date"),
    ],
)
def test_per_unit_figures_not_tied_to_a_total(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- points: the rate after the prior, in the paragraph
RANKED = (
    "2분기 영업이익률 1위는 한빛전자로 31.5%를 기록했다. 매출 2조원, 영업이익 6300억원을 냈다. "
    "전분기 영업이익률 28.2%보다 {points}%포인트 올랐다.\n\n2위는 누리화학으로 2분기 영업이익률 25.1%를 기록했다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(RANKED.format(points="3.3"), False, id="ko-rate-in-the-paragraph-holds"),
        pytest.param(RANKED.format(points="4.3"), True, id="ko-rate-in-the-paragraph-broken"),
    ],
)
def test_a_change_in_points_takes_the_rate_its_paragraph_states(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_two_rates_of_the_period_in_the_paragraph_are_not_chosen_between(knowledge):
    text = (
        "2분기 영업이익률 1위는 한빛전자로 31.5%, 2위는 누리화학으로 25.1%였다. 매출 2조원, 영업이익 6300억원을 "
        "냈다. 전분기 영업이익률 28.2%보다 3.3%포인트 올랐다."
    )
    assert_not_checked(knowledge, text, "F308")


# ---------------------------------------------------------------- a change in the next sentence, its value's baseline
NEXT_SENTENCE_CHANGES = [
    pytest.param(
        "Sales reached $8.2bn, up from $7.5bn a year earlier. That is an increase of $700m.",
        "F305",
        False,
        id="en-increase-of-amount-holds",
    ),
    pytest.param(
        "Sales reached $8.2bn, up from $7.5bn a year earlier. That is an increase of $900m.",
        "F305",
        True,
        id="en-increase-of-amount-broken",
    ),
    pytest.param(
        "The trade deficit widened to $5.8bn in May from $4.6bn in April, an increase of $1.2bn.",
        "F305",
        False,
        id="en-increase-of-amount-same-sentence",
    ),
    pytest.param(
        "The unemployment rate was 4.1% in June, up from 3.8% in May. That was a rise of 0.3 percentage points.",
        "F308",
        False,
        id="en-rise-of-points-next-sentence-holds",
    ),
    pytest.param(
        "The unemployment rate was 4.1% in June, up from 3.8% in May. That was a rise of 0.7 percentage points.",
        "F308",
        True,
        id="en-rise-of-points-next-sentence-broken",
    ),
]


@pytest.mark.parametrize("text,rule,fires", NEXT_SENTENCE_CHANGES)
def test_a_change_in_the_next_sentence_is_measured_from_the_baseline_beside_its_value(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


def test_a_gain_of_an_amount_is_no_change(knowledge):
    claimset = claims("The group booked a gain of $300m on the sale of its shipping arm.", knowledge)
    assert [c.role for c in claimset.claims if c.text.strip() == "$300m"] == ["value"]


# ---------------------------------------------------------------- a figure stated as a percentage of another
RATIOS_OF = [
    pytest.param("올해 매출은 4조원으로 지난해 5조원의 80% 수준이다.", False, id="ko-percent-level-holds"),
    pytest.param("올해 매출은 4조원으로 지난해 5조원의 60% 수준이다.", True, id="ko-percent-level-broken"),
    pytest.param(
        "올해 관광객은 120만명으로 코로나19 이전인 2019년 200만명의 60%에 그쳤다.",
        False,
        id="ko-percent-predicate-holds",
    ),
    pytest.param(
        "올해 관광객은 120만명으로 코로나19 이전인 2019년 200만명의 40%에 그쳤다.",
        True,
        id="ko-percent-predicate-broken",
    ),
    pytest.param("올해 매출은 2조5000억원으로 지난해 5조원의 절반 수준이다.", False, id="ko-half-holds"),
    pytest.param(
        "The plant's output of 1.24 million tonnes is 62% of the 2.00 million tonnes it made in 2019.",
        False,
        id="en-is-percent-of-holds",
    ),
    pytest.param(
        "The plant's output of 1.24 million tonnes is 82% of the 2.00 million tonnes it made in 2019.",
        True,
        id="en-is-percent-of-broken",
    ),
]


@pytest.mark.parametrize("text,fires", RATIOS_OF)
def test_a_figure_stated_as_a_percentage_of_another(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a share of the figure whose part is not stated: no predicate says the ratio of the figure before
        pytest.param("영업이익은 1조원이었다. 매출 5조원의 80%를 해외에서 올렸다.", id="ko-share-without-its-part"),
        pytest.param("영업이익 1조원, 매출 5조원의 80%를 해외에서 올렸다.", id="ko-share-with-another-figure-before"),
        # over 100%: not read as a ratio (a part larger than its whole is a check of its own)
        pytest.param("올해 매출은 6조원으로 지난해 5조원의 120% 수준이다.", id="ko-over-a-hundred"),
    ],
)
def test_shares_that_are_not_ratios_of_the_figure_before(knowledge, text):
    for rule in ("F503", "F504"):
        assert_not_checked(knowledge, text, rule)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The jobless rate was 5.2%, 0.4 percentage points higher than the 4.8% recorded in May.",
            False,
            id="en-points-higher-than-the-rate-holds",
        ),
        pytest.param(
            "The jobless rate was 5.2%, 0.9 percentage points higher than the 4.8% recorded in May.",
            True,
            id="en-points-higher-than-the-rate-broken",
        ),
        pytest.param("남성 고용률은 70.1%로 여성(55.3%)보다 12.8%p 높았다.", True, id="ko-points-gap-broken"),
    ],
)
def test_two_rates_and_the_points_between_them(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


# ---------------------------------------------------------------- a figure named the gap between the two before it
GAP_NOUNS = [
    pytest.param(
        "Men earned a median $1,250 a week, compared with $1,020 for women, a gap of $230.",
        False,
        id="en-gap-of-holds",
    ),
    pytest.param(
        "Men earned a median $1,250 a week, compared with $1,020 for women, a gap of $330.",
        True,
        id="en-gap-of-broken",
    ),
    pytest.param("서울 아파트 평균 가격은 12억원, 경기는 6억원으로 격차는 6억원이다.", False, id="ko-gyeokcha-holds"),
    pytest.param(
        "서울 아파트 평균 가격은 12억원, 경기는 6억원으로 두 지역의 차이는 8억원이다.", True, id="ko-chai-broken"
    ),
]


@pytest.mark.parametrize("text,fires", GAP_NOUNS)
def test_a_figure_named_the_gap_between_two(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_gap_after_three_figures_is_not_linked(knowledge):
    text = "서울 아파트 평균 가격은 12억원, 경기는 6억원, 인천은 5억원으로 격차는 6억원이다."
    assert_not_checked(knowledge, text, "F305")


@pytest.mark.parametrize(
    "text,rule",
    [
        # the multiple, the gap and the ratio are of this year's profit, which the sentence does not state: the
        # revenue before them is not what they are said of
        pytest.param(
            "매출 10조원을 기록한 한빛전자는 영업이익이 지난해 1조원의 3배로 늘었다.", "F304", id="ko-multiple"
        ),
        pytest.param(
            "Revenue reached $10bn, and profit rose to three times the $1bn it made last year.",
            "F304",
            id="en-multiple",
        ),
        pytest.param("매출 10조원을 기록한 한빛전자의 영업이익은 지난해 1조원보다 2조원 많다.", "F305", id="ko-gap"),
        pytest.param("매출 10조원을 기록한 한빛전자의 영업이익은 지난해 5조원의 80% 수준이다.", "F503", id="ko-ratio"),
        pytest.param(
            "매출 10조원을 기록한 한빛전자의 영업이익은 지난해 5조원의 80% 수준이다.", "F504", id="ko-ratio-whole"
        ),
    ],
)
def test_a_comparison_is_not_said_of_a_figure_of_another_thing(knowledge, text, rule):
    assert_not_checked(knowledge, text, rule)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The company paid $600 per employee to 2,500 staff and spent a total of $4bn on new plants.",
            id="en-total-of-another-clause",
        ),
        pytest.param(
            "He earned $96,000 a year at the bank and now makes $15,000 a month as an adviser.",
            id="en-pay-of-another-clause",
        ),
        pytest.param(
            "정부는 1인당 25만원씩 120만명에게 지급했고, 총 5조원의 예산을 따로 편성했다.",
            id="ko-total-of-another-clause",
        ),
    ],
)
def test_a_total_or_a_pay_of_another_clause_is_not_divided(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


def test_a_segment_of_the_metric_is_not_the_prior(knowledge):
    text = "수출은 5월 600억달러로 전년 동월 대비 20억달러 늘었다. 지난해 5월 반도체 수출은 100억달러였다."
    assert_not_checked(knowledge, text, "F305")
    text = "Exports rose $2.0bn from a year earlier to $60.0bn in May. Chip exports were $10.0bn in May last year."
    assert_not_checked(knowledge, text, "F305")
