"""Multiples and fractions between two stated figures (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a headline multiple restated in the body (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한솔전자, 2분기 매출 8천억원·순이익 910억원…1년 새 세 배로\n\n"
            "한솔전자의 2분기 매출은 8천12억원으로 1년 전 7천억원보다 14.5% 늘었다. "
            "순이익은 912억원으로 1년 전 301억원보다 203% 늘었다.",
            False,
        ),
        (
            "한솔전자, 2분기 매출 8천억원·순이익 910억원…1년 새 다섯 배로\n\n"
            "한솔전자의 2분기 매출은 8천12억원으로 1년 전 7천억원보다 14.5% 늘었다. "
            "순이익은 912억원으로 1년 전 301억원보다 203% 늘었다.",
            True,
        ),
    ],
)
def test_headline_multiple_restated_in_the_body(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `순이익 두 배로`: the multiple names a metric of its own, not that of the figure before it
        "한솔전자, 2분기 매출 9천억원 돌파…순이익 두 배로\n\n"
        "한솔전자의 2분기 매출은 9천48억원으로 1년 전 7천583억원보다 19.3% 늘었다. 순이익은 612억원이었다.",
    ],
)
def test_headline_multiple_of_another_metric_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- a fraction in words between two figures (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        # 0.514 and 0.261: a fraction in words is a round figure, read as loosely as a multiple in words
        ("올해 쌀 소비량은 51.6㎏으로 1995년 100.4㎏의 절반 수준이다.", False),
        ("올해 쌀 소비량은 41.6㎏으로 1995년 100.4㎏의 절반 수준이다.", True),
        ("올해 사망자는 152명으로 2015년 612명의 4분의 1 수준에 그쳤다.", False),
        ("올해 사망자는 252명으로 2015년 612명의 4분의 1 수준에 그쳤다.", True),
        ("This year's output of 1.31 million tonnes is half of the 2.5 million tonnes produced in 2019.", False),
        ("This year's output of 1.31 million tonnes is a third of the 2.5 million tonnes produced in 2019.", True),
    ],
)
def test_fraction_in_words_between_two_figures(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_fraction_of_a_figure_whose_part_is_not_stated_is_not_linked(knowledge):
    # `5조원의 절반을 해외에서`: the part is not stated beside the fraction; the figure after is another's
    assert_not_checked(
        knowledge, "한빛전자는 매출 5조원의 절반을 해외에서 올렸다. 국내 공장은 1조원을 들여 지었다.", "F503"
    )


# ---------------------------------------------------------------- `N times Name's 2025 revenue of B` (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Including debt, the enterprise value of Corvel is $9.6bn, or 4.7 times Corvel's 2025 revenue of $2.05bn.",
            False,
        ),
        (
            "Including debt, the enterprise value of Corvel is $9.6bn, or 3.7 times Corvel's 2025 revenue of $2.05bn.",
            True,
        ),
        ("The bid values Halden at $3.3bn, 11 times last year's operating profit of $300m.", False),
        ("The bid values Halden at $3.3bn, 15 times last year's operating profit of $300m.", True),
        ("The fund raised $600m, three times the company's target of $200m.", False),
        ("The fund raised $600m, four times the company's target of $200m.", True),
    ],
)
def test_multiple_of_a_figure_named_by_a_possessive(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_of_a_possessive_figure_of_another_unit_is_not_linked(knowledge):
    # a headcount is no amount of money: the multiple is of something the sentence does not state
    assert_not_checked(
        knowledge,
        "Including debt, the enterprise value of Corvel is $9.6bn, or 4.7 times Corvel's 2025 headcount of 2,050.",
        "F304",
    )


# ---------------------------------------------------------------- a ratio going on about the level before (F503, F304)


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        (
            "올해 음주 사고 부상자는 205명으로 집계됐다. 규제가 시행되기 전인 2019년(820명)의 4분의 1 수준이다.",
            "F503",
            False,
        ),
        (
            "올해 음주 사고 부상자는 305명으로 집계됐다. 규제가 시행되기 전인 2019년(820명)의 4분의 1 수준이다.",
            "F503",
            True,
        ),
        ("한빛시의 수출은 48억달러로 집계됐다. 지난해(60억달러)의 80%에 그쳤다.", "F503", False),
        ("한빛시의 수출은 48억달러로 집계됐다. 지난해(60억달러)의 90%에 그쳤다.", "F503", True),
        # the subject of a clause describing the year does not make the sentence one about another subject
        ("올해 음주 사고 부상자는 1640명으로 집계됐다. 규제가 시행되기 전인 2019년(820명)의 두 배다.", "F304", False),
        ("올해 음주 사고 부상자는 1240명으로 집계됐다. 규제가 시행되기 전인 2019년(820명)의 두 배다.", "F304", True),
    ],
)
def test_ratio_of_a_figure_going_on_about_the_level_before(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


@pytest.mark.parametrize(
    "text,rule",
    [
        # `수입은`: the sentence names a subject of its own, not the exports before
        ("한빛시의 수출은 48억달러로 집계됐다. 수입은 지난해(60억달러)의 80%에 그쳤다.", "F503"),
        # `규제가 강화됐고`: a subject with its own predicate, no clause describing the year
        ("올해 음주 사고 부상자는 205명으로 집계됐다. 규제가 강화됐고 2019년(820명)의 4분의 1 수준이다.", "F503"),
    ],
)
def test_ratio_of_a_sentence_with_its_own_subject_is_not_linked(knowledge, text, rule):
    assert_not_checked(knowledge, text, rule)


# ---------------------------------------------------------------- a multiple between two figures of one noun (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "올해 산불 피해 면적은 2천100㏊로 집계됐다. 주택 30채가 탔다. "
            "이번 산불의 피해 면적이 지난해 전체 피해 면적(1천500㏊)의 1.4배에 이른다.",
            False,
        ),
        (
            "올해 산불 피해 면적은 2천100㏊로 집계됐다. 주택 30채가 탔다. "
            "이번 산불의 피해 면적이 지난해 전체 피해 면적(1천500㏊)의 2.4배에 이른다.",
            True,
        ),
        (
            "한빛의 올해 연구 예산은 1천200억원으로 정해졌다. 한빛의 연구 예산이 업계 연구 예산(400억원)의 3배다.",
            False,
        ),
        (
            "한빛의 올해 연구 예산은 1천200억원으로 정해졌다. 한빛의 연구 예산이 업계 연구 예산(400억원)의 5배다.",
            True,
        ),
    ],
)
def test_multiple_between_two_figures_of_one_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `복구 면적` is not `피해 면적`: the subject's figure is not stated
        "올해 산불 피해 면적은 2천100㏊로 집계됐다. 주택 30채가 탔다. "
        "이번 산불의 복구 면적이 지난해 전체 피해 면적(1천500㏊)의 1.4배에 이른다.",
        # two figures under the noun before: which one is the subject's is not said
        "올해 산불 피해 면적은 2천100㏊로 집계됐다. 경북 피해 면적은 1천800㏊다. "
        "이번 산불의 피해 면적이 지난해 전체 피해 면적(1천500㏊)의 1.4배에 이른다.",
    ],
)
def test_multiple_of_one_noun_without_one_figure_of_the_subject_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- a valuation as a multiple of earnings (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "공모가 기준 새솔바이오의 시가총액은 9천억원이다. 회사가 제시한 내년 예상 순이익은 360억원으로, "
            "시가총액을 기준으로 한 주가수익비율(PER)은 25배 수준이다.",
            False,
        ),
        (
            "공모가 기준 새솔바이오의 시가총액은 9천억원이다. 회사가 제시한 내년 예상 순이익은 360억원으로, "
            "시가총액을 기준으로 한 주가수익비율(PER)은 35배 수준이다.",
            True,
        ),
        (
            "Corvane is valued at $33bn. The valuation works out at 30 times last year's net profit of $1.1bn.",
            False,
        ),
        (
            "Corvane is valued at $33bn. The valuation works out at 40 times last year's net profit of $1.1bn.",
            True,
        ),
    ],
)
def test_valuation_as_a_multiple_of_earnings(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two market values stated before: which one the multiple is of is not said
        "상장 첫날 새솔바이오의 시가총액은 9천억원이었다. 이달 시가총액은 1조2천억원이다. 회사가 제시한 내년 예상 "
        "순이익은 360억원으로, 시가총액을 기준으로 한 주가수익비율(PER)은 25배 수준이다.",
        # the sentence names no value: the multiple is of something else
        "At that price Corvane is valued at $33bn. Its revenue is 30 times last year's net profit of $1.1bn.",
    ],
)
def test_valuation_multiple_without_one_named_value_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- a multiple of the figure compared with (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "이번에 인정받은 새솔의 기업가치는 9천억원으로 올랐다. 2023년 5월 시리즈A 당시 평가받은 "
            "2천억원과 비교하면 3년 만에 4.5배로 뛰었다.",
            False,
        ),
        (
            "이번에 인정받은 새솔의 기업가치는 9천억원으로 올랐다. 2023년 5월 시리즈A 당시 평가받은 "
            "2천억원과 비교하면 3년 만에 2.5배로 뛰었다.",
            True,
        ),
        ("한빛의 올해 매출은 2천400억원으로 늘었다. 2021년 매출 600억원과 비교하면 4배다.", False),
        ("한빛의 올해 매출은 2천400억원으로 늘었다. 2021년 매출 600억원과 비교하면 6배다.", True),
    ],
)
def test_multiple_of_the_figure_compared_with(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_multiple_compared_with_a_figure_of_another_metric_is_not_linked(knowledge):
    # the level before is an operating profit, the figure compared with a revenue: no level of one metric
    assert_not_checked(
        knowledge, "한빛의 올해 영업이익은 2천400억원으로 늘었다. 2021년 매출 600억원과 비교하면 4배다.", "F304"
    )


# ---------------------------------------------------------------- a past figure as a multiple of the present one (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "태풍 '바람꽃' 피해액 1천200억원…이재민 900명\n\n"
            "재산 피해가 잠정 집계됐다. 역대 최대였던 2019년 태풍 피해액(3천억원)은 이번의 2.5배였다.",
            False,
        ),
        (
            "태풍 '바람꽃' 피해액 1천200억원…이재민 900명\n\n"
            "재산 피해가 잠정 집계됐다. 역대 최대였던 2019년 태풍 피해액(3천억원)은 이번의 3.5배였다.",
            True,
        ),
        ("올해 관광객은 40만명이다. 관광객이 가장 많았던 2015년 관광객(100만명)은 올해의 2.5배였다.", False),
        ("올해 관광객은 40만명이다. 관광객이 가장 많았던 2015년 관광객(100만명)은 올해의 1.5배였다.", True),
    ],
)
def test_past_figure_as_a_multiple_of_the_present_one(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `지난해의 2.5배`: of another past figure, not the present one
        "태풍 '바람꽃' 피해액 1천200억원\n\n역대 최대였던 2019년 태풍 피해액(3천억원)은 지난해의 2.5배였다.",
        # two present figures under the noun: which one is not said
        "올해 관광객은 40만명이다. 외국인 관광객은 12만명이다. 2015년 관광객(100만명)은 올해의 2.5배였다.",
    ],
)
def test_multiple_of_the_present_without_one_present_figure_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")
