"""Growth, points, dates and repeats (eighteenth session), each a rule for a construction:
- a second rate coordinated with a first and measured against a figure named by whose or which period's it is (`up
  4.1% from $512.0m a year earlier and 18% above the first quarter's $450.0m`) is a change from that figure, not a
  second change on the year before: the two rates are two measures, never one fact stated twice (F402);
- `불었다` (the past of `붇다`, to swell) is a verb of rise: the amount before it is a change (`6월 말(4,200억원)보다
  630억원 불었다`), never a level another figure of the article may restate with a slipped digit (F405);
- a length with half a year more written before its unit (`six and a half years ago`, `from March 2019 to September
  2025, six and a half years in which …`) or before `에` (`6년 반에 걸쳐`) is the years and six months (F406);
- a span `ago` from a dated day runs to the day of writing, not to the month of the article's figures (`figures for
  April … halted on 24 February 2018, six and a half years ago`); from a month it may still run to the figures' month;
- a length `after` a whole clause ending on the earlier date (`opens in May 2027, 20 months after it won council
  approval in September 2025`) runs between the two dates; a clause broken by a comma is not read;
- a range whose first end is a US date closed by its comma (`from July 1, 2026, to June 30, 2030`) is a range, and a
  length right after a Korean range as its predicate (`2027년 1월부터 2030년 12월까지 4년이다`) is the run's length
  (F406);
- a move in points appended after two coordinated earlier figures (`a margin of 9.4%, up from €19.1 million and 8.7%
  a year earlier, an improvement of 0.7 percentage points`) is the gap between the margin and its prior (F308).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, document, findings
from test_frames import assert_checked, assert_not_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ a coordinated rate against a possessor's figure (F301, F402)

QUARTER_BEFORE_EN = (
    "Harwick Boats Ltd. reported second-quarter revenue of $531.0 million, up 4.1% from $510.1 million a year "
    "earlier and {rate}% above the first quarter's $450.0 million, as dealers restocked."
)


def test_a_coordinated_rate_takes_the_possessors_figure(knowledge):
    links = _links(QUARTER_BEFORE_EN.format(rate="18"), knowledge)
    assert links["18%"][:2] == ("$531.0 million", "$450.0 million")
    assert links["4.1%"][:2] == ("$531.0 million", "$510.1 million")


@pytest.mark.parametrize("rate,fires", [("18", False), ("28", True)])
def test_a_coordinated_rate_against_a_possessors_figure_is_checked(knowledge, rate, fires):
    assert_checked(knowledge, QUARTER_BEFORE_EN.format(rate=rate), "F301", fires)


def test_a_rate_on_the_quarter_before_is_no_restated_yearly_rate(knowledge):
    result = findings(knowledge, document(QUARTER_BEFORE_EN.format(rate="18")), select=["F402"])
    assert "F402" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ------------------------------------------------ `불었다`: the amount before it is a change (F305, F405)

SWOLLEN_KO = (
    "누리조선은 유럽 선사에서 운반선 6척을 2억1,500만달러(약 2,963억원)에 수주했다. 9월 말 수주잔고는 4,830억원으로 "
    "6월 말(4,200억원)보다 {change}억원(15.0%) 불었다."
)


def test_swollen_is_a_verb_of_rise_ko(knowledge):
    links = _links(SWOLLEN_KO.format(change="630"), knowledge)
    assert links["630억원"][:2] == ("4,830억원", "4,200억원")


def test_a_change_that_swelled_restates_no_level_ko(knowledge):
    # 1,963억원 and the gloss 약 2,963억원 are one leading digit apart: a change and a level, never one figure

    text = SWOLLEN_KO.replace("4,830억원", "6,163억원").format(change="1,963")
    result = findings(knowledge, document(text), select=["F405"])
    assert "F405" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ------------------------------------------------ half a year more, before the unit or before `에` (F406)

HALF_AGO_EN = "Ferry trips to Oskar Island were halted on 24 February 2018, {years} ago, and never resumed."
HALF_RUN_EN = (
    "The Brack Street tunnel was closed from March 2017 to September 2023, {years} in which buses took the ring road."
)
HALF_RUN_KO = "브랙로 지하차도는 2017년 3월부터 2023년 9월까지 {years}에 걸쳐 막혔다."


@pytest.mark.parametrize("years,fires", [("six and a half years", False), ("four and a half years", True)])
def test_half_a_year_before_the_unit_since_a_date_en(knowledge, years, fires):
    assert_checked(knowledge, HALF_AGO_EN.format(years=years), "F406", fires)


@pytest.mark.parametrize("years,fires", [("six and a half years", False), ("five and a half years", True)])
def test_half_a_year_before_the_unit_of_a_run_en(knowledge, years, fires):
    assert_checked(knowledge, HALF_RUN_EN.format(years=years), "F406", fires)


@pytest.mark.parametrize("years,fires", [("6년 반", False), ("5년 반", True)])
def test_half_a_year_before_across_ko(knowledge, years, fires):
    assert_checked(knowledge, HALF_RUN_KO.format(years=years), "F406", fires)


AGO_AFTER_FIGURES_EN = (
    "Ferry passengers numbered 41,200 in April, up 5% from a year earlier. Ferry trips to Oskar Island were halted "
    "on 24 February 2018, {years} ago, and never resumed."
)


@pytest.mark.parametrize("years,fires", [("six and a half years", False), ("five and a half years", True)])
def test_ago_from_a_day_runs_to_the_day_of_writing_en(knowledge, years, fires):
    assert_checked(knowledge, AGO_AFTER_FIGURES_EN.format(years=years), "F406", fires)


def test_ago_from_a_month_may_run_to_the_figures_month_en(knowledge):
    text = (
        "Ferry passengers numbered 41,200 in April, up 5% from a year earlier. Trips were halted in December, four "
        "months ago."
    )
    assert_checked(knowledge, text, "F406", False)


# ------------------------------------------------ a US date's comma before `to`; a length as the predicate (F406)

US_RANGE_EN = "Tellerby's supply contract with Marsh Valley Schools runs from July 1, 2026, to June 30, 2030, {years}."
PREDICATE_KO = "텔러비의 급식 공급 계약 기간은 2027년 1월부터 2030년 12월까지 {years}이다."


@pytest.mark.parametrize("years,fires", [("four years", False), ("six years", True)])
def test_a_us_dates_comma_before_to_closes_a_range_en(knowledge, years, fires):
    assert_checked(knowledge, US_RANGE_EN.format(years=years), "F406", fires)


@pytest.mark.parametrize("years,fires", [("4년", False), ("6년", True)])
def test_a_length_as_the_predicate_of_a_range_ko(knowledge, years, fires):
    assert_checked(knowledge, PREDICATE_KO.format(years=years), "F406", fires)


def test_a_length_in_another_sentence_named_by_no_range_is_not_the_runs_ko(knowledge):
    # the dates are no range (`과`): the length is no run's
    assert_not_checked(
        knowledge, "텔러비는 2027년 1월과 2030년 12월에 공장을 짓는다. 공장 부지 임대는 6년이다.", "F406"
    )


# ------------------------------------------------ a length `after` a whole clause ending on the earlier date (F406)

AFTER_CLAUSE_EN = (
    "The Dunmore Street library is due to open in May 2027, {months} months after it won council approval in "
    "September 2025."
)


@pytest.mark.parametrize("months,fires", [("20", False), ("26", True)])
def test_a_length_after_a_clause_ending_on_the_earlier_date_en(knowledge, months, fires):
    assert_checked(knowledge, AFTER_CLAUSE_EN.format(months=months), "F406", fires)


def test_a_clause_broken_by_a_comma_is_not_read_en(knowledge):
    text = "The library opened in May 2027, 26 months after the mayor, who took office in September 2025, backed it."
    assert_not_checked(knowledge, text, "F406")


# ------------------------------------------------ points appended after coordinated priors (F308)

COORDINATED_POINTS_EN = (
    "Operating profit at Norvale Foods was €22.6 million, a margin of 9.4%, up from €19.1 million and 8.7% a year "
    "earlier, an improvement of {points} percentage points."
)


@pytest.mark.parametrize("points,fires", [("0.7", False), ("1.7", True)])
def test_points_appended_after_coordinated_priors_en(knowledge, points, fires):
    assert_checked(knowledge, COORDINATED_POINTS_EN.format(points=points), "F308", fires)


def test_points_after_a_coordinated_count_are_not_read_en(knowledge):
    text = (
        "Operating profit at Norvale Foods was €22.6 million, a margin of 9.4%, up from €19.1 million and 310 "
        "staff a year earlier, an improvement of 1.7 percentage points."
    )
    assert_not_checked(knowledge, text, "F308")
