"""Guards against pairing the wrong figures, found on articles the rules were not written on.

Each construction is tested on sentences written for this test: the wrong pairing must not be checked
(or must hold), and the right pairing beside it must still be checked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---- An equivalent in a sentence of its own after a list of amounts in one money (link/relations.py).


@pytest.mark.parametrize(
    "text",
    [
        "Employers will pay £25bn more, fuel duty will raise £2.5bn and a further £8.8bn comes from smaller "
        "measures. The package is equivalent to about $52bn.",
        "The plan puts €12bn into rail and €3bn into buses. The whole programme is equivalent to $16.5bn.",
        "미국 정부는 반도체에 390억 달러, 배터리에 70억 달러를 지원한다. 우리 돈으로 약 62조원 규모다.",
        "일본은 반도체에 2조 엔, 전지에 5000억 엔을 배정했다. 원화로 환산하면 약 22조원이다.",
    ],
)
def test_an_equivalent_after_a_list_of_amounts_converts_none_of_them(knowledge, text):
    assert_not_checked(knowledge, text, "F202")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The levy will raise £8.8bn next year. That is equivalent to about $11.4bn.", False),
        ("The levy will raise £8.8bn next year. That is equivalent to about $52bn.", True),
        ("미국 정부는 반도체 기업에 390억 달러를 지원한다. 우리 돈으로 약 53조원 규모다.", False),
        ("미국 정부는 반도체 기업에 390억 달러를 지원한다. 우리 돈으로 약 93조원 규모다.", True),
    ],
)
def test_an_equivalent_after_one_amount_in_that_money_converts_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F202", fires)


# ---- Lists of seats: the total of one list is no part of the next; a pool is no part (link/totals.py).

_TWO_LISTS = [
    "녹색당은 지역구 4석과 비례대표 2석 등 6석, 무소속은 지역구 3석과 비례대표 2석 등 5석을 얻었다.",
    "A사는 국내 40억원과 해외 20억원 등 60억원, B사는 국내 30억원과 해외 20억원 등 50억원을 벌었다.",
    "The Greens took 4 district seats and 2 list seats, 6 seats in all, and independents 3 district seats "
    "and 2 list seats, 5 seats in all.",
]
_POOLS = [
    "미래당은 지역구 254석 가운데 158석을 얻었고, 비례대표 46석 중 13석을 확보해 모두 171석을 차지했다.",
    "A사는 서울 지원자 200명 가운데 120명을, 부산 지원자 80명 중 30명을 뽑아 모두 150명을 채용했다.",
    "The party won 158 of the 254 district seats and 13 of the 46 list seats, 171 seats in all.",
]


@pytest.mark.parametrize("text", _TWO_LISTS + _POOLS)
def test_a_list_after_another_list_or_beside_its_pools_sums_its_own_parts(knowledge, text):
    assert_checked(knowledge, text, "F302", fires=False)


@pytest.mark.parametrize(
    "text,wrong,edited",
    [
        # an open list (`등`) may fall short of its total, not exceed it
        (_TWO_LISTS[0], "5석을", "3석을"),
        (_TWO_LISTS[1], "50억원을", "40억원을"),
        (_TWO_LISTS[2], "5 seats in all", "9 seats in all"),
        (_POOLS[0], "171석", "191석"),
        (_POOLS[1], "150명을", "190명을"),
        (_POOLS[2], "171 seats", "191 seats"),
    ],
)
def test_a_misstated_total_of_such_a_list_is_reported(knowledge, text, wrong, edited):
    assert_checked(knowledge, text.replace(wrong, edited), "F302", fires=True)


# ---- `in all` that qualifies the noun after it closes no list (link/totals.py).


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz scored 11 goals and provided 9 assists in 38 appearances in all competitions last season.",
        "The clinic treated 140 adults and 60 children in 30 days in all wards.",
        "그는 지난 시즌 전체 38경기에서 11골과 9도움을 기록했다.",
    ],
)
def test_in_all_before_a_noun_marks_no_total(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The firm sold 300 cars in May and 200 cars in June, 500 cars in all.", False),
        ("The firm sold 300 cars in May and 200 cars in June, 700 cars in all.", True),
        ("The firm sold 300 cars in May and 200 cars in June, or 500 cars in all, its dealers said.", False),
    ],
)
def test_in_all_after_a_total_still_closes_its_list(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---- `fell below 15%`: a level crossed, not the size of the move (link/roles.py, [link.threshold_words]).


@pytest.mark.parametrize(
    "text,level",
    [
        (
            "The party's support slipped to 28.5% from 36% a month earlier and fell below 30% for the first time.",
            "below 30%",
        ),
        ("The jobless rate rose to 4.6% from 3.9% a year earlier, climbing above 4% for the first time.", "above 4%"),
        ("Brent crude fell below $70 a barrel on Monday, down from $78 a week earlier.", "below $70"),
        ("정당 지지율은 28.5%로 한 달 전 36%에서 떨어지며 처음으로 30% 아래로 내려갔다.", "30%"),
    ],
)
def test_a_level_crossed_is_no_change(knowledge, text, level):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found[level].role != "change"
    for rule in ("F301", "F309"):
        result = findings(knowledge, document(text), select=[rule], show_passed=True)
        touched = [f.message for f in [*result.findings, *result.passed] if level in f.message]
        assert not touched, touched


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Sales fell 15% to $85m from $100m.", False),
        ("Sales fell 25% to $85m from $100m.", True),
        ("The rate rose 0.7 percentage points to 4.6% from 3.9%.", False),
    ],
)
def test_a_move_stated_by_its_size_is_still_checked(knowledge, text, fires):
    rule = "F308" if "percentage points" in text else "F301"
    assert_checked(knowledge, text, rule, fires)


# ---- Shares: a figure listed beside the part is not its whole; a share that names a listed member is that
# member's (link/shares.py).


@pytest.mark.parametrize(
    "text",
    [
        "Oil output was 1.12 million barrels and gas 1.02 million barrels, or 48% of the total.",
        "The group sold 3.2 million cars in Europe and 1.9 million in Asia, or 37% of the total.",
        "석유 생산은 112만 배럴이었고 가스는 102만 배럴로 전체의 48%를 차지했다.",
        "석유 생산은 112만 배럴과 가스 102만 배럴로, 가스가 전체의 48%를 차지했다.",
    ],
)
def test_a_figure_listed_beside_the_part_is_not_its_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Total output was 2.14 million barrels a day, with gas at 1.02 million barrels, or 48% of the total.", False),
        ("Total output was 2.14 million barrels a day, with gas at 1.02 million barrels, or 68% of the total.", True),
    ],
)
def test_a_share_of_the_stated_total_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


_RANKED = (
    "지난달 3개 은행의 신규 대출은 모두 20조원이었다. "
    "은행별로는 가람은행 11조원, 나래은행 6조원, 다솜은행 3조원이었다. "
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_RANKED + "나래은행의 비중은 30%다.", False),
        (_RANKED + "나래은행의 비중은 45%다.", True),
        (_RANKED + "가람은행의 비중은 55%다.", False),
        (_RANKED + "다솜은행의 비중은 15%다.", False),
    ],
)
def test_a_share_that_names_a_listed_member_is_that_members(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


# ---- A partition member's figure is its own, not the one it is compared with (link/totals.py).


def test_the_figure_a_member_is_compared_with_is_no_part(knowledge):
    text = (
        "The film took in $90 million at North American theaters this weekend. The movie added $70 million "
        "from international markets for a global opening of $160 million. The domestic debut was 40% higher "
        "than the previous PG-rated record of $64 million, set in 2019."
    )
    # The global opening is the sum of the two it adds (checker/link/added_sums.py); the record is no part of it.
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert all("$64 million" not in p.message for p in result.passed), [p.message for p in result.passed]


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Total sales were $80m. Domestic sales were $30m and overseas sales $50m.", False),
        ("Total sales were $60m. Domestic sales were $30m and overseas sales $50m.", True),
        ("전체 판매는 8만대였다. 국내 판매는 지난해 2만대보다 50% 늘어난 3만대, 해외 판매는 5만대였다.", False),
        ("전체 판매는 6만대였다. 국내 판매는 지난해 2만대보다 50% 늘어난 3만대, 해외 판매는 5만대였다.", True),
    ],
)
def test_a_partition_of_a_stated_whole_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---- A gap stated against a figure (`300명보다 20명 많다`) is no level a later change is of (link/relations.py).

_VISITORS = "올해 관람객은 모두 8200명이다. 목표인 8000명보다 200명 많다. 그러나 지난해 8500명과 비교하면 {}명 줄었다."
_GAP = "올해 신입생은 모두 320명이다. 정원인 300명보다 20명 많다. 그러나 지난해 335명과 비교하면 {}명 줄었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_GAP.format(15), False),
        (_GAP.format(25), True),
        (_VISITORS.format(300), False),
        (_VISITORS.format(900), True),
    ],
)
def test_a_change_after_a_stated_gap_is_of_the_level_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---- A change measured against the size of an earlier change (link/changes_of_changes.py).

_JOBS = "지난달 취업자는 2900만명으로 1년 전보다 15만명 증가했다. 전달 증가 폭(20만명)과 비교하면 {}만명 줄어든 수치다."
_EXPORTS = "수출은 520억달러로 1년 전보다 30억달러 늘었다. 전월 증가 폭(45억달러)과 비교하면 {}억달러 줄어든 규모다."


@pytest.mark.parametrize(
    "text,fires",
    [(_JOBS.format(5), False), (_JOBS.format(9), True), (_EXPORTS.format(15), False), (_EXPORTS.format(25), True)],
)
def test_a_change_against_an_earlier_change_is_a_change_of_the_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_change_against_the_size_of_a_change_is_never_measured_against_a_level(knowledge):
    text = "Payrolls rose by 150,000 in August. Compared with July's gain of 200,000, that was 50,000 fewer."
    result = findings(knowledge, document(text), select=["F305"])
    assert not result.findings, [f.message for f in result.findings]


_CORE = "전체 물가는 1.6% 올랐다. 근원물가는 1.9% 올라 전월(2.1%)보다 상승 폭이 {}%포인트 줄었다."
_WAGES = "명목임금은 3.4% 올랐다. 실질임금은 1.2% 올라 전월(1.8%)보다 증가 폭이 {}%포인트 줄었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CORE.format("0.2"), False),
        (_CORE.format("0.7"), True),
        (_WAGES.format("0.6"), False),
        (_WAGES.format("1.6"), True),
        ("Their share fell to 14.4% from 21.0% a year earlier, a decline of 6.6 percentage points.", False),
        ("Their share fell to 14.4% from 21.0% a year earlier, a decline of 8.6 percentage points.", True),
    ],
)
def test_a_rate_whose_rise_shrank_is_checked_against_its_own_prior(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


# ---- An elapsed time with no later date, told of a month's figures, runs to that month (link/elapsed.py).

_RESERVES = (
    "한국은행이 4일 발표한 '5월 말 외환보유액'에 따르면 외환보유액은 4100억 달러로 한 달 전보다 늘었다. "
    "외환보유액이 늘어난 것은 2월 이후 {}개월 만이다."
)
_OUTPUT = (
    "통계청이 3일 발표한 '5월 산업활동동향'에 따르면 생산은 전월보다 1.2% 늘었다. "
    "생산이 늘어난 것은 1월 이후 {}개월 만이다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_RESERVES.format(3), False),
        (_RESERVES.format(5), True),
        (_OUTPUT.format(4), False),
        (_OUTPUT.format(6), True),
        # no month's figures told: the span runs to the publication day (5 June)
        ("외환보유액이 늘어난 것은 2월 이후 4개월 만이다.", False),
        ("외환보유액이 늘어난 것은 2월 이후 6개월 만이다.", True),
    ],
)
def test_a_span_to_now_runs_to_the_month_the_figures_are_of(knowledge, text, fires):
    result = findings(knowledge, document(text, published=dt.date(2024, 6, 5)), select=["F406"], show_passed=True)
    assert ("F406" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F406" in [p.rule for p in result.passed]


# ---- The share of a sum is not added to the shares of its parts; `the total` is one stated before the share
# (link/shares.py).

_BUDGET_KO = (
    "예산은 모두 600조원이다. 복지 예산이 240조원으로 전체의 40%를 차지했다. 행정 100조원, 교육 90조원이 "
    "뒤를 이었다. 이들 3개 분야 예산을 합하면 430조원으로 전체의 {}%에 이른다."
)
_BUDGET_EN = (
    "The budget is $600bn. Health gets $240bn, or 40% of the total. The three largest areas together take "
    "a total of $430bn, or {}% of the total."
)
_BUDGET_LIST_EN = (
    "Spending totals $600bn. Health takes $240bn, or 40% of the total, followed by defence at $100bn and "
    "schools at $90bn. Combined, the three account for a combined $430bn, or {}% of the total."
)


@pytest.mark.parametrize("text", [_BUDGET_KO.format("71.7"), _BUDGET_EN.format("71.7")])
def test_the_share_of_a_sum_is_not_added_to_the_shares_of_its_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


@pytest.mark.parametrize(
    "text,fires",
    [
        (_BUDGET_KO.format("71.7"), False),
        (_BUDGET_KO.format("91.7"), True),
        (_BUDGET_EN.format("71.7"), False),
        (_BUDGET_EN.format("91.7"), True),
        (_BUDGET_LIST_EN.format("71.7"), False),
        (_BUDGET_LIST_EN.format("91.7"), True),
    ],
)
def test_the_share_of_a_sum_is_checked_against_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)
