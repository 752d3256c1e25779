"""Ratios, multiples and points in constructions that recur across articles (tenth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a balance named after its figure (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("정부의 관리재정수지는 48조2천억원 적자로, 내년 국내총생산(GDP) 전망치 2천410조원의 2.0% 수준이다.", False),
        ("정부의 관리재정수지는 48조2천억원 적자로, 내년 국내총생산(GDP) 전망치 2천410조원의 3.0% 수준이다.", True),
        ("올해 상품수지는 120억달러 흑자로 지난해 300억달러의 40% 수준이다.", False),
        ("올해 상품수지는 120억달러 흑자로 지난해 300억달러의 60% 수준이다.", True),
    ],
)
def test_ratio_of_a_balance_named_after_its_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_ratio_after_a_balance_with_an_object_particle_is_not_linked(knowledge):
    # `적자를 냈고`: the balance is an object of another verb, not the level the ratio is said of
    assert_not_checked(knowledge, "올해 상품수지는 120억달러 적자를 냈고 수출은 300억달러의 40% 수준이다.", "F503")


# ---------------------------------------------------------------- a price per square foot (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "A 740-square-foot flat in an older estate sold last week for HK$9.62 million (US$1.23 million), "
            "or HK$13,000 per square foot, agents said.",
            False,
        ),
        (
            "A 740-square-foot flat in an older estate sold last week for HK$9.62 million (US$1.23 million), "
            "or HK$17,000 per square foot, agents said.",
            True,
        ),
        ("The top deal was a 1,850 square foot unit, sold for HK$74 million, or HK$40,000 per square foot.", False),
        ("The top deal was a 1,850 square foot unit, sold for HK$74 million, or HK$46,000 per square foot.", True),
    ],
)
def test_price_per_square_foot(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_price_per_square_foot_with_two_areas_is_not_linked(knowledge):
    # two areas in the clause: which one the price is per is not said
    assert_not_checked(
        knowledge,
        "A 740-square-foot flat with a 200-square-foot terrace sold for HK$9.62 million, or HK$13,000 per square foot.",
        "F317",
    )


# ---------------------------------------------------------------- a multiple of the figure before, by `그` (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("오카포는 3년 전 이적 당시 이적료가 600만유로였다. 이번 이적료 2천400만유로는 그 네 배에 달한다.", False),
        ("오카포는 3년 전 이적 당시 이적료가 600만유로였다. 이번 이적료 2천400만유로는 그 세 배에 달한다.", True),
        ("지난해 한빛시의 관광객은 40만명이었다. 올해 관광객 81만명은 그 두 배를 넘는다.", False),
        ("지난해 한빛시의 관광객은 40만명이었다. 올해 관광객 81만명은 그 다섯 배를 넘는다.", True),
    ],
)
def test_multiple_of_the_figure_before_by_a_bare_demonstrative(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_of_the_figure_before_of_another_unit_is_not_linked(knowledge):
    # the sentence before states a count of people; the topic is an amount of money
    assert_not_checked(
        knowledge, "지난해 한빛시의 관광객은 40만명이었다. 올해 관광 수입 81억원은 그 두 배를 넘는다.", "F304"
    )


# ---------------------------------------------------------------- points said of the rate before by a pronoun (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Uptake of the booster among over-65s was 81.2% in the latest quarter, up 0.4 points from 80.8%. "
            "That is still 3.8 points below the 85% level needed for protection.",
            False,
        ),
        (
            "Uptake of the booster among over-65s was 81.2% in the latest quarter, up 0.4 points from 80.8%. "
            "That is still 5.8 points below the 85% level needed for protection.",
            True,
        ),
        (
            "Take-up fell to 61.5% last year from 62.1%, a decline of 0.6 percentage points. "
            "It remains 3.5 points above the 58% floor set by the regulator.",
            False,
        ),
        (
            "Take-up fell to 61.5% last year from 62.1%, a decline of 0.6 percentage points. "
            "It remains 1.5 points above the 58% floor set by the regulator.",
            True,
        ),
        ("실업률은 3.1%로 전월(3.4%)보다 0.3%포인트 하락했다. 이는 목표치(4.0%)보다 0.9%포인트 낮은 수준이다.", False),
        ("실업률은 3.1%로 전월(3.4%)보다 0.3%포인트 하락했다. 이는 목표치(4.0%)보다 0.5%포인트 낮은 수준이다.", True),
    ],
)
def test_points_said_of_the_rate_before_by_a_pronoun(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_points_after_a_pronoun_when_the_sentence_before_has_two_levels_are_not_linked(knowledge):
    # two levels before: which one `That` is, is not said
    text = "Uptake was 81.2% among women and 78.4% among men. That is still 3.8 points below the 85% target."
    result = findings(knowledge, document(text), select=["F308"], show_passed=True)
    assert not [p for p in result.passed if "85%" in p.message], [p.message for p in result.passed]
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- a contract's total over its whole term (F312)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The 22-year-old has agreed a five-year contract worth £180,000 a week. "
            "That comes to £9.4m a year, or £47m over the length of the deal before bonuses.",
            False,
        ),
        (
            "The 22-year-old has agreed a five-year contract worth £180,000 a week. "
            "That comes to £9.4m a year, or £37m over the length of the deal before bonuses.",
            True,
        ),
        (
            "Silva has signed a six-year contract worth about £190,000 a week, or roughly £9.9m a year. "
            "Over the full term of the deal his basic wages alone would come to about £59.3m.",
            False,
        ),
        (
            "Silva has signed a six-year contract worth about £190,000 a week, or roughly £9.9m a year. "
            "Over the full term of the deal his basic wages alone would come to about £69.3m.",
            True,
        ),
        ("연봉은 180만 유로(약 27억원) 수준이다. 계약 기간 4년 동안 받는 연봉 총액은 720만 유로에 이른다.", False),
        ("연봉은 180만 유로(약 27억원) 수준이다. 계약 기간 4년 동안 받는 연봉 총액은 920만 유로에 이른다.", True),
    ],
)
def test_contract_total_over_its_whole_term(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


def test_total_over_the_term_with_two_terms_is_not_linked(knowledge):
    # a three-year and a five-year term: which one the total runs over is not said
    assert_not_checked(
        knowledge,
        "He turned down a three-year offer and signed a five-year contract worth £9.4m a year. "
        "Over the length of the deal he will earn £47m.",
        "F312",
    )


# ---------------------------------------------------------------- a multiple between two rows of a table (F304)

_ROWS = "구별 평균 매매가격은 다음과 같다.\n\n서초구 | 25억1천만원\n마포구 | 16억2천만원\n도봉구 | 6억1천만원\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (_ROWS + "가장 비싼 서초구는 도봉구의 4.1배에 달했다.", False),
        (_ROWS + "가장 비싼 서초구는 도봉구의 3.1배에 달했다.", True),
        (_ROWS + "마포구는 도봉구의 2.7배 수준이다.", False),
        (_ROWS + "마포구는 도봉구의 1.7배 수준이다.", True),
    ],
)
def test_multiple_between_two_table_rows_named_by_their_labels(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_of_a_label_no_row_states_is_not_linked(knowledge):
    # no row of `종로구`: which figure the multiple is of is not said
    assert_not_checked(knowledge, _ROWS + "서초구는 종로구의 1.8배에 달했다.", "F304")
