"""Differences, dates and conversions, second pass: frames in sentences written for these tests.

Published 2024-08-27 unless a case says otherwise (tests/helpers.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- dates: a start written after the end
# (checker/link/elapsed.py keeps a start date later than the end only when a word names it the start)

_SINCE_KO = "회원 수는 {start} 처음 1만명을 넘었다. 그로부터 4년 2개월이 지난 2019년 5월 2만명을 넘었다."
_AGAIN_KO = "가맹점 수는 {start} 100곳이었다. 다시 3년 만인 2018년 3월 200곳을 넘어섰다."
_RETURN_KO = "김민수는 {start} 다른 구단으로 떠났다. 그는 친정 구단에 3년 만에 복귀했다."
_AFTER_EN = "The chain opened its first shop in {start}. After a slow start, four years later, in 2017, it had 100."


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_SINCE_KO.format(start="2015년 3월"), False, id="ko-since-then-holds"),
        pytest.param(_SINCE_KO.format(start="2055년 3월"), True, id="ko-since-then-start-after-end-fires"),
        pytest.param(_AGAIN_KO.format(start="2015년 3월"), False, id="ko-again-holds"),
        pytest.param(_AGAIN_KO.format(start="2019년 3월"), True, id="ko-again-start-after-end-fires"),
        pytest.param(_RETURN_KO.format(start="2021년 6월"), False, id="ko-return-holds"),
        pytest.param(_RETURN_KO.format(start="2061년 6월"), True, id="ko-return-from-a-later-date-fires"),
        pytest.param(_AFTER_EN.format(start="2013"), False, id="en-after-then-later-holds"),
        pytest.param(_AFTER_EN.format(start="2053"), True, id="en-start-after-end-fires"),
    ],
)
def test_a_start_named_by_a_word_is_checked_even_after_the_end(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_start_after_the_end_says_the_time_is_negative(knowledge):
    result = findings(knowledge, document(_SINCE_KO.format(start="2055년 3월")), select=["F406"])
    (finding,) = result.findings
    assert finding.severity == "error"
    assert "is -35 years 10 months" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # a later date before the span that no word names its start: some other date, not a misdated start
        "2023년 3월 발표된 자료를 보면 가맹점 수는 3년 만인 2019년 200곳을 넘었다.",
        "A report in 2023 said the chain, four years later, in 2017, had 100 shops.",
    ],
)
def test_a_later_date_no_word_names_the_start_is_not_read(knowledge, text):
    assert claims(text, knowledge).elapsed == []


# ---------------------------------------------------------------- differences: a merchandise trade balance apart
# (`last month` is the month before publication, rules/lang/en.toml [time]; `merchandise trade deficit` names
# the trade balance, rules/lexicon/metrics.toml, so `merchandise` is no segment apart from its sides)

_TRADE_EN = (
    "Exports during June fell 2.1 per cent to $31.40 billion from $32.07 billion a year earlier. "
    "Imports rose 6.5 per cent to $44.90 billion in June 2023. "
    "The merchandise trade deficit widened to {deficit} last month."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TRADE_EN.format(deficit="$13.50 billion"), False, id="en-merchandise-deficit-last-month-holds"),
        pytest.param(_TRADE_EN.format(deficit="$17.50 billion"), True, id="en-merchandise-deficit-last-month-fires"),
    ],
)
def test_a_merchandise_trade_balance_of_last_month_meets_its_sides_apart(knowledge, text, fires):
    published = dt.date(2023, 7, 14)
    result = findings(knowledge, document(text, published=published), select=["F313"], show_passed=True)
    assert ("F313" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    assert fires or "F313" in [p.rule for p in result.passed]


def test_last_month_is_the_month_before_publication(knowledge):
    text = "Car sales rose to 41,000 units last month."
    (claim,) = [c for c in claims(text, knowledge, published=dt.date(2023, 6, 14)).claims if c.role == "value"]
    assert str(claim.period) == "2023-05" and "period" not in claim.guesses


_TRADE_WITH_PART_EN = (
    "Exports in June fell to $31.40 billion. Imports in June rose to $44.90 billion. "
    "Oil imports in June were {oil}. The trade deficit for June widened to {deficit}."
)

_TRADE_WITH_PART_KO = (
    "5월 수출은 520억달러였다. 5월 반도체 수출은 95억달러였다. 5월 수입액은 548억달러였다. "
    "5월 무역수지는 {deficit} 적자를 기록했다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            _TRADE_WITH_PART_EN.format(oil="$11.20 billion", deficit="$13.50 billion"),
            False,
            id="en-side-beside-a-smaller-part-holds",
        ),
        pytest.param(
            _TRADE_WITH_PART_EN.format(oil="$11.20 billion", deficit="$17.50 billion"),
            True,
            id="en-side-beside-a-smaller-part-fires",
        ),
        pytest.param(_TRADE_WITH_PART_KO.format(deficit="28억달러"), False, id="ko-side-beside-an-item-holds"),
        pytest.param(_TRADE_WITH_PART_KO.format(deficit="68억달러"), True, id="ko-side-beside-an-item-fires"),
    ],
)
def test_a_part_smaller_than_the_side_leaves_the_side_known(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


def test_a_figure_of_another_segment_as_large_as_the_side_leaves_it_unknown(knowledge):
    # `non-oil imports` of $46bn cannot be a part of imports of $44.9bn: which is the side is not known
    text = _TRADE_WITH_PART_EN.format(oil="$11.20 billion", deficit="$13.50 billion").replace(
        "Oil imports in June were $11.20 billion", "Non-oil imports in June were $46.10 billion"
    )
    assert_not_checked(knowledge, text, "F313")


@pytest.mark.parametrize(
    "text",
    [
        "Exports in June rose 10 per cent to $33 billion from $30 billion in the corresponding month last year.",
        "Imports in June grew 5 per cent to $42 billion from $40 billion in the like period of the previous year.",
        "Exports in June were $33 billion, up $3 billion from the same month a year earlier.",
    ],
)
def test_the_corresponding_period_last_year_is_a_year_before(knowledge, text):
    (change,) = [c for c in claims(text, knowledge, published=dt.date(2023, 7, 14)).claims if c.role == "change"]
    assert change.basis == "year"


# ---------------------------------------------------------------- differences: `$Z more than the $Y`
# (checker/link/roles.py: an amount right after `N more|fewer than the` of its own unit is the figure compared
# with, whatever word ends the difference: `$400 million`, `4,000 cars`; a holder may be named, `Doosan's`)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Revenue was $5.2 billion, $400 million more than the $4.8 billion a year earlier.", False, id="en-more"
        ),
        pytest.param(
            "Revenue was $5.2 billion, $700 million more than the $4.8 billion a year earlier.",
            True,
            id="en-more-fires",
        ),
        pytest.param(
            "The plant made 52,000 cars, 4,000 cars fewer than the 56,000 it made a year earlier.",
            False,
            id="en-fewer-counted",
        ),
        pytest.param(
            "The plant made 52,000 cars, 9,000 cars fewer than the 56,000 it made a year earlier.",
            True,
            id="en-fewer-counted-fires",
        ),
        pytest.param(
            "Hanbit earned $5.2 billion last year, $400 million more than Doosan's $4.8 billion.",
            False,
            id="en-more-than-a-named-holder",
        ),
        pytest.param(
            "Hanbit earned $5.2 billion last year, $900 million more than Doosan's $4.8 billion.",
            True,
            id="en-more-than-a-named-holder-fires",
        ),
        pytest.param(
            "The fund held 310 million euros in June, 25 million euros less than the 335 million euros in May.",
            False,
            id="en-less-in-euros",
        ),
    ],
)
def test_an_amount_more_than_the_figure_compared_with_is_their_difference(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_rate_more_than_an_amount_makes_it_no_figure_compared_with(knowledge):
    # `percentage points more than the ¥1.32tn`: a misused rate before an amount (the growth check's case)
    text = "Profit will reach ¥2.2 trillion, 66.7 percentage points more than the ¥1.32 trillion of last year."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["¥1.32 trillion"].role != "baseline"


# ---------------------------------------------------------------- differences: a market level moved from the day before
# (checker/link/roles.py: `from Friday's close of`, `from a close of`, `from the previous session's`, `than the
# previous day's` name the level a change started from)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("Shares closed at $45.20 on Monday, down $1.30 from Friday's close of $46.50.", False, id="named"),
        pytest.param(
            "Shares closed at $45.20 on Monday, down $3.30 from Friday's close of $46.50.", True, id="named-f"
        ),
        pytest.param("Shares closed at $45.20, down $1.30 from a close of $46.50 on Friday.", False, id="a-close"),
        pytest.param("Shares closed at $45.20, down $2.30 from a close of $46.50 on Friday.", True, id="a-close-f"),
        pytest.param(
            "The index closed at 2,450.3 points, down 12.4 points from the previous session's 2,462.7 points.",
            False,
            id="previous-session",
        ),
        pytest.param(
            "The index closed at 2,450.3 points, down 19.4 points from the previous session's 2,462.7 points.",
            True,
            id="previous-session-fires",
        ),
        pytest.param(
            "The stock ended at 12,250 won, 150 won lower than the previous day's 12,400 won.", False, id="than-day"
        ),
        pytest.param(
            "The stock ended at 12,250 won, 750 won lower than the previous day's 12,400 won.", True, id="than-day-f"
        ),
    ],
)
def test_a_level_moved_from_the_day_before_is_their_difference(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_level_of_another_quarter_named_by_a_possessive_is_a_prior_not_a_day_before(knowledge):
    text = "Revenue reached $5.2 billion, up $400 million from the previous quarter's $4.8 billion."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert (found["$4.8 billion"].role, found["$4.8 billion"].basis) == ("prior", "quarter")


# ---------------------------------------------------------------- differences: a gap named after its figure
# (checker/link/gaps.py: `300만명 차이가 났다`, `6억원의 격차`, `a $230 gap`, [link.gap_nouns_after])


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "남성 취업자는 1500만명, 여성 취업자는 1200만명으로 300만명 차이가 났다.", False, id="ko-difference-after"
        ),
        pytest.param(
            "남성 취업자는 1500만명, 여성 취업자는 1200만명으로 500만명 차이가 났다.", True, id="ko-difference-fires"
        ),
        pytest.param("서울 아파트는 12억원, 경기 아파트는 6억원으로 6억원의 격차를 보였다.", False, id="ko-gap-of"),
        pytest.param("서울 아파트는 12억원, 경기 아파트는 6억원으로 8억원의 격차를 보였다.", True, id="ko-gap-fires"),
        pytest.param("Men earned $1,250 a week and women $1,020, a $230 gap.", False, id="en-gap-after"),
        pytest.param("Men earned $1,250 a week and women $1,020, a $330 gap.", True, id="en-gap-after-fires"),
    ],
)
def test_a_figure_named_a_gap_by_the_noun_after_it_is_the_difference_of_the_two_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        "매출 10조원, 영업이익 1조원으로 9조원 차이가 났다.",  # two figures of different things
        "서울 아파트는 12억원, 경기는 6억원, 인천은 4억원으로 6억원의 격차를 보였다.",  # which two is not said
        "300만명 차이가 났다.",  # nothing to be the difference of
    ],
)
def test_a_gap_after_a_figure_between_figures_not_said_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- differences: a gap said of the two figures before
# (checker/link/gaps.py link_said_gaps: `… 1200만명으로 남성이 300만명 많았다`, `… 남성이 여성보다 300만명 많았다`)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("남성은 1500만명, 여성은 1200만명으로 남성이 300만명 많았다.", False, id="ko-more"),
        pytest.param("남성은 1500만명, 여성은 1200만명으로 남성이 500만명 많았다.", True, id="ko-more-fires"),
        pytest.param(
            "남성 취업자는 1500만명, 여성 취업자는 1200만명으로 남성이 여성보다 300만명 많았다.",
            False,
            id="ko-more-than-a-named-thing",
        ),
        pytest.param(
            "남성 취업자는 1500만명, 여성 취업자는 1200만명으로 남성이 여성보다 600만명 많았다.",
            True,
            id="ko-more-than-a-named-thing-fires",
        ),
        pytest.param("서울 아파트 평균가는 12억원, 경기는 6억원으로 경기가 6억원 싸다.", False, id="ko-cheaper"),
        pytest.param("서울 아파트 평균가는 12억원, 경기는 6억원으로 경기가 4억원 싸다.", True, id="ko-cheaper-fires"),
    ],
)
def test_a_gap_said_after_two_figures_is_their_difference(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        "남성은 1500만명, 여성은 1200만명으로 남성이 전년보다 30만명 많았다.",  # compared with another period
        "매출은 10조원, 영업이익은 1조원으로 2000억원 많았다.",  # two figures of different things
        "남성은 1500만명, 여성은 1200만명, 무응답은 100만명으로 남성이 300만명 많았다.",  # three figures
    ],
)
def test_a_gap_said_of_no_two_figures_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- dates: a duration over a range of years
# (checker/link/elapsed.py link_range_spans; F406 counts it between the years or with both ends)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("2015년부터 2023년까지 8년간 매출은 두 배로 늘었다.", False, id="ko-between"),
        pytest.param("2015년부터 2023년까지 9년간 매출은 두 배로 늘었다.", False, id="ko-both-ends"),
        pytest.param("2015년부터 2023년까지 5년간 매출은 두 배로 늘었다.", True, id="ko-fires"),
        pytest.param("2015~2023년 9년간 수출은 연평균 4% 늘었다.", False, id="ko-tilde"),
        pytest.param("2015~2023년 4년 동안 수출은 연평균 4% 늘었다.", True, id="ko-tilde-fires"),
        pytest.param("6015~2023년 9년간 수출은 연평균 4% 늘었다.", True, id="ko-start-after-end-fires"),
        pytest.param("From 2015 to 2023, over eight years, sales doubled.", False, id="en-range-then-span"),
        pytest.param("From 2015 to 2023, over five years, sales doubled.", True, id="en-range-then-span-fires"),
        pytest.param("In the eight years from 2015 to 2023, sales doubled.", False, id="en-span-then-range"),
        pytest.param("In the three years from 2015 to 2023, sales doubled.", True, id="en-span-then-range-fires"),
        pytest.param("Between 2015 and 2023, over nine years, sales doubled.", False, id="en-between-both-ends"),
    ],
)
def test_a_duration_over_a_range_of_years_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_duration_counted_with_both_ends_says_so(knowledge):
    result = findings(knowledge, document("2015~2023년 9년간 수출은 늘었다."), select=["F406"], show_passed=True)
    (passed,) = result.passed
    assert "9 years counting both ends" in passed.message


@pytest.mark.parametrize(
    "text",
    [
        "The population rose from 2015 to 2023 in three years of growth.",  # no comma, no article: not a duration
        "2015~2023년 8년 6개월간 매출이 늘었다.",  # months: a range of years counts no months
        "2015~2023년 매출은 3년 연속 늘었다.",  # a run of years, not the range's length
    ],
)
def test_a_range_of_years_without_its_own_duration_is_not_read(knowledge, text):
    assert claims(text, knowledge).elapsed == []


# ---------------------------------------------------------------- differences: a budget raised or cut by an amount
# (rules/lang/ko.toml: `증액` is a rise verb, `감액` and `삭감` fall verbs)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("올해 예산은 612조원으로 전년(600조원) 대비 12조원 증액됐다.", False, id="ko-raised"),
        pytest.param("올해 예산은 612조원으로 전년(600조원) 대비 30조원 증액됐다.", True, id="ko-raised-fires"),
        pytest.param("국방 예산은 57조원으로 정부안(57조3000억원)보다 3000억원 감액됐다.", False, id="ko-reduced"),
        pytest.param("국방 예산은 57조원으로 정부안(57조3000억원)보다 1조5000억원 삭감됐다.", True, id="ko-cut-fires"),
    ],
)
def test_a_budget_raised_or_cut_by_an_amount_is_a_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)
