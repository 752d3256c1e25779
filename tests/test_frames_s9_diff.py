"""Differences and the changes behind them, on constructions that recur across articles (issue 11): frames in
sentences written for these tests. Published 2024-08-27 (tests/helpers.py).
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked
from test_frames import test_roles_and_links as roles_and_links

# (text, {number: (role, change_of, compared_to)}); None where no link is expected (a compared_to of None: any)
FRAMES = [
    pytest.param(
        "가계부채는 1천900조원으로 1년 전 1천850조원에서 50조원 불어났다.",
        {"50조원": ("change", "1천900조원", "1천850조원")},
        id="ko-swelled-is-a-rise",
    ),
    pytest.param(
        "국가채무는 1천100조원으로 올해 말(1천050조원)에서 60조원 늘어난다.",
        {"1천050조원": ("baseline", None, None), "60조원": ("change", "1천100조원", "1천050조원")},
        id="ko-figure-started-from-in-parentheses",
    ),
    pytest.param(
        "A사의 올해 매출은 5조1천억원으로 집계됐다. 작년 매출 4조2천억원보다 9천억원(21%) 많은 규모다.",
        {"9천억원": ("change", "5조1천억원", "4조2천억원")},
        id="ko-gap-with-its-rate-in-parentheses",
    ),
    pytest.param(
        "지난달 '일을 쉰' 인구는 210만명으로 집계됐다. 전체의 11%다. 쉰 인구는 1년 전 190만명에서 20만명 늘었다.",
        {"20만명": ("change", "210만명", "190만명")},
        id="ko-change-of-the-subject-named-sentences-before",
    ),
    pytest.param(
        "정부는 내년 총지출을 720조원으로 잡았다. 국무회의는 31일 이를 의결했다. 내년 총지출은 올해 본예산 690조원보다 "
        "30조원 많다.",
        {"30조원": ("change", "720조원", "690조원")},
        id="ko-gap-of-the-metric-the-subject-names",
    ),
    pytest.param(
        "세목별로는 소득세 110조원, 법인세 80조원, 부가세 70조원이었다. 법인세는 1년 전(65조원)보다 15조원(23.1%) "
        "늘었다.",
        {"15조원": ("change", "80조원", "65조원"), "23.1%": ("change", "80조원", "65조원")},
        id="ko-change-of-a-listed-part-named-as-subject",
    ),
]


@pytest.mark.parametrize("text,expected", FRAMES)
def test_levels_and_figures_compared(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난달 실업자는 95만명으로 집계됐다. 물가는 안정됐다. 실업자는 1년 전 87만명에서 8만명 늘었다.", False
        ),
        pytest.param(
            "지난달 실업자는 95만명으로 집계됐다. 물가는 안정됐다. 실업자는 1년 전 87만명에서 3만명 늘었다.", True
        ),
        pytest.param(
            "정부는 내년 총지출을 720조원으로 잡았다. 국무회의는 31일 이를 의결했다. 내년 총지출은 올해 본예산 "
            "690조원보다 30조원 많다.",
            False,
        ),
        pytest.param(
            "정부는 내년 총지출을 720조원으로 잡았다. 국무회의는 31일 이를 의결했다. 내년 총지출은 올해 본예산 "
            "690조원보다 50조원 많다.",
            True,
        ),
        pytest.param(
            "세목별로는 소득세 110조원, 법인세 80조원, 부가세 70조원이었다. 법인세는 1년 전(65조원)보다 15조원 늘었다.",
            False,
        ),
        pytest.param(
            "세목별로는 소득세 110조원, 법인세 80조원, 부가세 70조원이었다. 법인세는 1년 전(65조원)보다 25조원 늘었다.",
            True,
        ),
        pytest.param(
            "A사의 올해 매출은 5조1천억원으로 집계됐다. 작년 매출 4조2천억원보다 9천억원(21%) 많은 규모다.", False
        ),
        pytest.param(
            "A사의 올해 매출은 5조1천억원으로 집계됐다. 작년 매출 4조2천억원보다 3천억원(21%) 많은 규모다.", True
        ),
        pytest.param("가계부채는 1천900조원으로 1년 전 1천850조원에서 50조원 불어났다.", False),
        pytest.param("가계부채는 1천900조원으로 1년 전 1천850조원에서 150조원 불어났다.", True),
    ],
)
def test_difference_measured_from_the_named_level(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "세목별로는 소득세 110조원, 법인세 80조원, 부가세 70조원이었다. 법인세는 1년 전(65조원)보다 15조원(23.1%) "
            "늘었다.",
            False,
        ),
        pytest.param(
            "세목별로는 소득세 110조원, 법인세 80조원, 부가세 70조원이었다. 법인세는 1년 전(65조원)보다 15조원(43.1%) "
            "늘었다.",
            True,
        ),
    ],
)
def test_rate_beside_the_change_is_of_the_same_level(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- an index's move in `포인트`, its level bare (`p`)
# (checker/link/index_points.py, then checker/link/previous_closes.py for the close stated after)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "코스피는 전날보다 12.50포인트(0.50%) 오른 2,512.50에 마감했다. 전날 종가는 2,500.00이었다.", False
        ),
        pytest.param(
            "코스피는 전날보다 42.50포인트(0.50%) 오른 2,512.50에 마감했다. 전날 종가는 2,500.00이었다.", True
        ),
        pytest.param("코스닥지수는 4.10포인트(0.55%) 내린 741.20으로 장을 마쳤다. 전날 종가는 745.30이었다.", False),
        pytest.param("코스닥지수는 9.10포인트(0.55%) 내린 741.20으로 장을 마쳤다. 전날 종가는 745.30이었다.", True),
    ],
)
def test_index_move_in_points_measured_from_the_previous_close(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_move_in_points_keeps_its_counter_without_a_level_beside_it(knowledge):
    found = {
        c.text: c for c in claims("코스피는 이번 주 45.20포인트 올랐다. 거래대금은 9조원이었다.", knowledge).claims
    }
    assert found["45.20포인트"].counter == "포인트"


# ---------------------------------------------------------------- a profit against a loss, and the swing between them
# (checker/link/turnarounds.py: the loss counts as negative)

_TURNAROUND = "Net income was $520 million, compared with a net loss of $130 million a year earlier, {swing}."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TURNAROUND.format(swing="a turnaround of $650 million"), False, id="turnaround-holds"),
        pytest.param(_TURNAROUND.format(swing="a turnaround of $390 million"), True, id="turnaround-as-plain-gap"),
        pytest.param(_TURNAROUND.format(swing="an improvement of $650 million"), False, id="improvement-holds"),
        pytest.param(
            "The carrier reported an operating loss of $75 million, compared with a profit of $40 million a year "
            "earlier, a swing of $115 million.",
            False,
            id="loss-after-profit-holds",
        ),
        pytest.param(
            "The carrier reported an operating loss of $75 million, compared with a profit of $40 million a year "
            "earlier, a swing of $35 million.",
            True,
            id="loss-after-profit-fires",
        ),
    ],
)
def test_swing_from_a_loss_counts_the_loss_negative(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_swing_between_two_profits_is_not_read_as_a_turnaround(knowledge):
    linked = claims(
        "Net income was $520 million, compared with a profit of $130 million a year earlier, an improvement of "
        "$390 million.",
        knowledge,
    )
    found = {c.text: c for c in linked.claims}
    # two profits: the earlier one is no loss, so the improvement is their plain difference (520 − 130), not 520 + 130
    assert found["$130 million"].id not in linked.deficits
    assert found["$390 million"].change_of == found["$520 million"].id
    assert found["$390 million"].compared_to == found["$130 million"].id


# ---------------------------------------------------------------- one named figure minus another (`A에서 B를 뺀 … Z`)
# (checker/link/named_formulas.py: the names are the article's own words; the size is checked)

_BUDGET = "정부는 내년 총지출을 640조원으로 잡았다. 총수입은 610조원으로 예상했다. {formula}"


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            _BUDGET.format(formula="총수입에서 총지출을 뺀 재정수지는 30조원 적자다."), False, id="revenue-first"
        ),
        pytest.param(
            _BUDGET.format(formula="총지출에서 총수입을 뺀 재정수지는 30조원 적자다."), False, id="spending-first"
        ),
        pytest.param(_BUDGET.format(formula="총수입에서 총지출을 뺀 재정수지는 50조원 적자다."), True, id="wrong-size"),
        pytest.param(
            "지난달 입국자는 41만명이었다. 출국자는 29만명이었다. 입국자에서 출국자를 뺀 순유입은 12만명이다.",
            False,
            id="counts",
        ),
    ],
)
def test_named_figure_minus_named_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_name_with_no_figure_of_its_own_links_nothing(knowledge):
    text = (
        "정부는 내년 예산을 640조원으로 잡았다. 총수입은 610조원으로 예상했다. "
        "총수입에서 기금지출을 뺀 수지는 30조원 적자다."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["30조원"].change_of is None


# ---------------------------------------------------------------- English: bare counts compared (`180 more than the
# 2,940`, `against 57 the week before: 15 fewer`) read as counts of the noun before (rules/lang/en.toml
# [elided_counts]); a trailing `Z fewer` is the gap between the two figures before it ([link.gap_nouns_after])


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("The force now has 1,480 officers, 95 more than the 1,385 it had a year ago.", False),
        pytest.param("The force now has 1,480 officers, 195 more than the 1,385 it had a year ago.", True),
        pytest.param("There were 63 new cases in the latest week, against 81 the week before: 18 fewer.", False),
        pytest.param("There were 63 new cases in the latest week, against 81 the week before: 28 fewer.", True),
        pytest.param("The depot logged 512 delays in March, against 470 in February: 42 more.", False),
        pytest.param("The depot logged 512 delays in March, against 470 in February: 72 more.", True),
    ],
)
def test_bare_counts_compared_in_english(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_count_named_more_than_a_figure_is_not_a_trailing_gap(knowledge):
    found = {
        c.text: c for c in claims("The clinic saw 412 patients, 37 more than the 375 it saw in May.", knowledge).claims
    }
    by_id = {c.id: c.text for c in found.values()}
    assert (by_id.get(found["37"].change_of), by_id.get(found["37"].compared_to)) == ("412 patients", "375")


# ---------------------------------------------------------------- English: `while` and a scale word are no segment
# of a metric (rules/lang/en.toml [link.scope_stop_words]): a balance and its sides stated apart are one whole


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Japan posted a ¥420 billion trade deficit in May. Exports rose 3% to ¥8.10 trillion in May, while imports "
            "climbed 5% to ¥8.52 trillion in May.",
            False,
        ),
        pytest.param(
            "Japan posted a ¥920 billion trade deficit in May. Exports rose 3% to ¥8.10 trillion in May, while imports "
            "climbed 5% to ¥8.52 trillion in May.",
            True,
        ),
    ],
)
def test_balance_with_sides_after_while(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


# ---------------------------------------------------------------- the size of a change compared with the month before
# (`증가 폭은 전월(X)보다 Z 커졌다`: checker/link/subject_levels.py measures from the change stated before)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난달 취업자는 2천800만명으로 1년 전보다 15만명 증가했다. 증가 폭은 전월(10만명)보다 5만명 커졌다.", False
        ),
        pytest.param(
            "지난달 취업자는 2천800만명으로 1년 전보다 15만명 증가했다. 증가 폭은 전월(10만명)보다 8만명 커졌다.", True
        ),
        pytest.param(
            "지난달 실업자는 80만명으로 1년 전보다 6만명 감소했다. 감소 폭은 전월 9만명보다 3만명 작았다.", False
        ),
        pytest.param(
            "지난달 실업자는 80만명으로 1년 전보다 6만명 감소했다. 감소 폭은 전월 9만명보다 5만명 작았다.", True
        ),
    ],
)
def test_size_of_a_change_compared_with_the_one_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_the_size_of_a_change_after_two_changes_is_left_unlinked(knowledge):
    text = "취업자는 1년 전보다 15만명 늘었고, 실업자는 3만명 증가했다. 증가 폭은 전월(10만명)보다 5만명 커졌다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["5만명"].change_of is None


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("The Nifty 50 gained 150.0 points, or 0.65%, to end at 23,250.0.", False),
        pytest.param("The Nifty 50 gained 150.0 points, or 1.65%, to end at 23,250.0.", True),
        pytest.param("The Sensex fell 420.0 points, or 0.55%, to settle at 76,120.0.", False),
    ],
)
def test_index_move_in_points_and_its_rate_of_a_bare_level(knowledge, text, fires):
    assert_checked(knowledge, text, "F306", fires)


# ---------------------------------------------------------------- the margin of a new record over the old one
# (checker/link/record_margins.py)

_AUCTION = (
    "The painting sold for a record $91m at auction on Tuesday. The previous record for the artist was the $78m paid "
    "in 2019 - the new price beats it by {margin}."
)
_OPENING = (
    "The film took a record $210m in its opening weekend. The old record, the $187m set in 2021, was beaten by "
    "{margin}."
)
_SIGNING = (
    "Rovers signed the defender for a club-record £42m on Friday. The club's previous record signing cost £30m. "
    "The new fee is {margin} more than that."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_AUCTION.format(margin="$13m"), False, id="auction-holds"),
        pytest.param(_AUCTION.format(margin="$23m"), True, id="auction-fires"),
        pytest.param(_OPENING.format(margin="$23m"), False, id="opening-holds"),
        pytest.param(_OPENING.format(margin="$43m"), True, id="opening-fires"),
        pytest.param(_SIGNING.format(margin="£12m"), False, id="signing-holds"),
        pytest.param(_SIGNING.format(margin="£19m"), True, id="signing-fires"),
    ],
)
def test_margin_of_a_new_record(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_no_margin_is_read_without_a_record_named(knowledge):
    text = "The company paid $40m for the site. The previous owner paid $28m in 2019 - the new price beats it by $12m."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$12m"].change_of is None


# ---------------------------------------------------------------- what is left once a figure is taken away
# (`…, leaving an operating profit of Z`: checker/link/leaving_remainders.py)

_PROFIT_LEFT = (
    "Revenue rose 8% to $4.60 billion. Operating expenses came to $4.15 billion, leaving an operating profit of {z}."
)
_NET_SPEND = (
    "The club's summer spending stands at £96m. Sales of two players brought in £38m, leaving net spend at {z}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_PROFIT_LEFT.format(z="$450 million"), False, id="profit-holds"),
        pytest.param(_PROFIT_LEFT.format(z="$850 million"), True, id="profit-fires"),
        pytest.param(_NET_SPEND.format(z="£58m"), False, id="net-spend-holds"),
        pytest.param(_NET_SPEND.format(z="£78m"), True, id="net-spend-fires"),
    ],
)
def test_remainder_once_a_figure_is_taken_away(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_leaving_after_two_figures_of_its_sentence_is_not_read_across_sentences(knowledge):
    text = "Revenue was $9.0 billion. Costs were $5.0 billion and taxes $1.0 billion, leaving a profit of $3.0 billion."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$3.0 billion"].change_of != found["$9.0 billion"].id


_EXCEEDED = (
    "Domestic funds bought shares worth $3.52 billion, while foreign funds sold $2.14 billion. Domestic buying thus "
    "exceeded foreign selling by {z}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_EXCEEDED.format(z="$1.38 billion"), False, id="holds"),
        pytest.param(_EXCEEDED.format(z="$1.88 billion"), True, id="fires"),
    ],
)
def test_margin_over_the_two_figures_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_margin_after_three_figures_before_is_left_unlinked(knowledge):
    text = (
        "Domestic funds bought $3.52 billion, foreign funds sold $2.14 billion and retail investors sold $0.40 "
        "billion. "
        "Domestic buying thus exceeded foreign selling by $1.38 billion."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$1.38 billion"].change_of is None


# ---------------------------------------------------------------- a level short of a mark (checker/link/shortfalls.py)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("A당은 138석을 얻어 제1당이 됐다. 과반(151석)에는 13석 모자랐다.", False, id="ko-apart-holds"),
        pytest.param("A당은 138석을 얻어 제1당이 됐다. 과반(151석)에는 3석 모자랐다.", True, id="ko-apart-fires"),
        pytest.param("A당은 146석을 얻어 과반인 151석에 5석 못 미쳤다.", False, id="ko-one-sentence-holds"),
        pytest.param("A당은 146석을 얻어 과반인 151석에 9석 못 미쳤다.", True, id="ko-one-sentence-fires"),
        pytest.param("The party won 144 seats, seven short of the 151 needed for a majority.", False, id="en-holds"),
        pytest.param("The party won 144 seats, four short of the 151 needed for a majority.", True, id="en-fires"),
        pytest.param("The fund raised $8.2bn, $1.8bn short of its $10bn target.", False, id="en-money-holds"),
    ],
)
def test_level_short_of_a_mark(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,level",
    [
        ("A당은 140석, B당은 146석을 얻었다. B당은 과반인 151석에 5석 못 미쳤다.", "146석"),
        ("A당은 140석, B당은 146석을 얻었다. A당은 과반인 151석에 11석 못 미쳤다.", "140석"),
        ("A당은 140석, B당은 146석을 얻었다. C당은 과반인 151석에 11석 못 미쳤다.", None),
    ],
)
def test_a_shortfall_whose_sentence_names_its_subject_takes_that_subjects_level(knowledge, text, level):
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    shortfall = next(c for c in found.values() if c.role == "change" or c.text in ("5석", "11석"))
    assert by_id.get(shortfall.change_of) == level


# ---------------------------------------------------------------- absolute changes of physical measures
# (`fell by 2.1 million tonnes to 4.2 million tonnes`: checker/link/roles.py, relations.py, the difference kind)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("Canola output fell by 2.1 million tonnes to 4.2 million tonnes from 6.3 million tonnes.", False),
        pytest.param("Canola output fell by 3.1 million tonnes to 4.2 million tonnes from 6.3 million tonnes.", True),
        pytest.param("The plant generated 54.9 TWh, up 4.1 TWh from 50.8 TWh a year earlier.", False),
        pytest.param("The plant generated 54.9 TWh, up 9.1 TWh from 50.8 TWh a year earlier.", True),
        pytest.param("원유 재고는 전주 4억2천270만 배럴에서 450만 배럴 감소한 4억1천820만 배럴로 집계됐다.", False),
        pytest.param("원유 재고는 전주 4억2천270만 배럴에서 950만 배럴 감소한 4억1천820만 배럴로 집계됐다.", True),
    ],
)
def test_absolute_change_of_a_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_change_in_another_measure_is_not_linked(knowledge):
    found = {c.text: c for c in claims("Output fell by 2.1 million tonnes to 4.2 million barrels.", knowledge).claims}
    assert found["2.1 million tonnes"].change_of is None


# ---------------------------------------------------------------- a gap between two subjects named before
# (`중국이 미국보다 Z 많았다`: checker/link/named_gaps.py)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("서울은 12억원, 부산은 9억원이다. 서울이 부산보다 3억원 비싸다.", False),
        pytest.param("서울은 12억원, 부산은 9억원이다. 서울이 부산보다 5억원 비싸다.", True),
        pytest.param("대일본 수출은 52억달러, 대베트남 수출은 61억달러였다. 베트남이 일본보다 9억달러 많았다.", False),
        pytest.param("대일본 수출은 52억달러, 대베트남 수출은 61억달러였다. 베트남이 일본보다 4억달러 많았다.", True),
        pytest.param("대일본 수출은 52억달러, 대베트남 수출은 61억달러였다. 일본이 베트남보다 9억달러 적었다.", False),
    ],
)
def test_gap_between_two_subjects_named_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_gap_between_names_with_no_figure_of_their_own_links_nothing(knowledge):
    found = {
        c.text: c for c in claims("서울은 12억원, 부산은 9억원이다. 대구가 광주보다 3억원 비싸다.", knowledge).claims
    }
    assert found["3억원"].change_of is None


# ---------------------------------------------------------------- added or cut, then the total it brought
# (`added 112 branches, taking its network to 5,318 from 5,206`: checker/link/taking_to.py)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("The airline added 14 routes this year, taking its network to 142 routes from 128.", False),
        pytest.param("The airline added 24 routes this year, taking its network to 142 routes from 128.", True),
        pytest.param("The company cut 1,200 jobs, bringing its workforce to 15,300 from 16,500.", False),
        pytest.param("The company cut 2,200 jobs, bringing its workforce to 15,300 from 16,500.", True),
    ],
)
def test_added_or_cut_then_the_total_it_brought(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_added_with_no_total_after_is_no_change(knowledge):
    found = {
        c.text: c for c in claims("The bank added 112 branches in smaller towns, it said on 5 May.", knowledge).claims
    }
    assert found["112 branches"].role == "value"


_PLAN = "회사는 올해 설비투자를 기존 계획보다 {z} 많은 4조1천억원으로 늘린다. 당초 계획은 3조6천억원이었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_PLAN.format(z="5천억원"), False, id="plan-after-holds"),
        pytest.param(_PLAN.format(z="9천억원"), True, id="plan-after-fires"),
        pytest.param(
            "시장 예상치는 1조1천억원이었다. 3분기 영업이익은 예상치보다 1천억원 많은 1조2천억원을 기록했다.",
            False,
            id="consensus-before-holds",
        ),
        pytest.param(
            "시장 예상치는 1조1천억원이었다. 3분기 영업이익은 예상치보다 3천억원 많은 1조2천억원을 기록했다.",
            True,
            id="consensus-before-fires",
        ),
    ],
)
def test_gap_to_a_noun_whose_figure_is_stated_apart(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_change_of_another_clause_is_not_measured_from_the_opening_subjects_level(knowledge):
    text = (
        "A사의 3분기 매출은 9조8760억원이었다. 매출은 전년 동기 대비 5.1% 감소했고, 영업이익은 전년 동기 3,580억원에서 "
        "1,440억원(40.2%) 줄었다."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["1,440억원"].change_of != found["9조8760억원"].id


def test_a_loss_that_adds_to_a_total_of_losses_is_not_a_cut(knowledge):
    text = "The carrier lost $40m in the quarter, taking its losses this year to $120m from $80m."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert not (found["$40m"].change_of == found["$120m"].id and found["$40m"].direction < 0)
