"""A table cell and the prose sentence that states the same figure (checker/link/table_cells.py).

Each table and sentence is written for this test. A prose figure restates a cell when its sentence names the
cell's row label (nearest before the figure) and the figure fits one column: a change the column of the base the
words after it name, a level the column of its year. Agreement is listed as checked (F409 passed); a figure that
differs beyond rounding is a warning (F409), whatever its digits; when unsure, nothing is paired.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked

# A pipe table, one header line over the columns, amounts written bare under a scale header.
GROCER = (
    "Harbor Foods reported its results on Tuesday.\n"
    "Sales ($ millions) | 2023 | 2024 | % chg\n"
    "Groceries | 1,020 | 1,350 | +32%\n"
    "Fuel | 640 | 610 | -5%\n"
    "Grocery sales rose 32% to $1.35 billion, while fuel sales fell 5%.\n"
)

# A pipe table whose header splits over two lines: the change labels first, the level labels under them.
CINEMA = (
    "Cinema ticket sales through June 30, 2024 | ($ millions) | 2024 vs 2023 | 2024 vs 5yr Avg |\n"
    "2023 | 5-year Average | 2024 |\n"
    "June | $41 | $44 | $46 | +12% | +5% |\n"
    "First Half | $210 | $236 | $248 | +18% | +5% |\n"
    "First-half ticket sales reached $248 million, 18% above last year and 5% above the five-year average.\n"
)

# A markdown table with a rule line, amounts with their units, a `전년比` change column.
KO_EARNINGS = (
    "한빛전자는 3분기 실적을 발표했다.\n"
    "| 구분 | 2023년 3분기 | 2024년 3분기 | 전년比 |\n"
    "|---|---|---|---|\n"
    "| 매출액 | 9조 8000억원 | 11조 2000억원 | +14% |\n"
    "| 영업이익 | 7100억원 | 8900억원 | +25% |\n"
    "3분기 매출액은 11조 2000억원으로 집계됐다. 영업이익은 전년 동기 대비 25% 늘었다.\n"
)

# A tab-separated table of regions, counts with their counter.
KO_REGIONS = (
    "올해 아파트 입주 물량이 발표됐다.\n"
    "지역\t2023년\t2024년\t증감률\n"
    "서울\t4만2000가구\t3만8000가구\t-9.5%\n"
    "경기\t7만1000가구\t8만4000가구\t+18.3%\n"
    "경기 입주 물량은 8만4000가구로 전년보다 18.3% 늘었고, 서울은 9.5% 줄었다.\n"
)


# Rows whose labels share a word: the one whose label holds the other's is the one named.
WEEKS = (
    "Museum visits | 2023 | 2024 | % chg\n"
    "Week 12 | 31,200 | 35,900 | +15%\n"
    "Past Four Weeks | 118,400 | 129,100 | +9%\n"
    "The past four weeks ran 9% ahead of last year. Week 12 alone was 15% ahead of last year.\n"
)


def _restated(knowledge, text: str) -> dict[str, list[str]]:
    """Each prose figure (after the table) that restates cells, and the texts of those cells."""
    claimset = claims(text, knowledge)
    by_id = {c.id: c for c in claimset.claims}
    prose_from = text.rindex("\n", 0, len(text) - 1)
    return {c.text: [by_id[i].text for i in c.restates] for c in claimset.claims if c.start > prose_from and c.restates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(GROCER, {"32%": ["32%"], "$1.35 billion": ["1,350"], "5%": ["5%"]}, id="en-one-header-line"),
        pytest.param(
            CINEMA,
            {"$248 million": ["$248"], "18%": ["18%"], "5%": ["5%"]},
            id="en-header-over-two-lines",
        ),
        pytest.param(WEEKS, {"9%": ["9%"], "15%": ["15%"]}, id="en-wider-label-first-then-nearest"),
        pytest.param(KO_EARNINGS, {"11조 2000억원": ["11조 2000억원"], "25%": ["25%"]}, id="ko-markdown-table"),
        pytest.param(
            KO_REGIONS,
            {"8만4000가구": ["8만4000가구"], "18.3%": ["18.3%"], "9.5%": ["9.5%"]},
            id="ko-tab-table-nearest-row-label",
        ),
    ],
)
def test_prose_figures_restate_their_cells(knowledge, text, expected):
    assert _restated(knowledge, text) == expected


def test_a_cell_of_the_average_column_is_told_from_the_year_before(knowledge):
    claimset = claims(CINEMA, knowledge)
    by_id = {c.id: c for c in claimset.claims}
    prose = [c for c in claimset.claims if c.text == "5%" and c.restates]
    assert len(prose) == 1
    cell = by_id[prose[0].restates[0]]
    assert CINEMA[cell.start - 8 : cell.start] == "+18% | +"  # the First Half row's `vs 5yr Avg` cell


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(
            "Groceries | 1,020 | 1,350 | +32%\nFuel | 640 | 610 | -5%\nGrocery sales rose 32% from a year earlier.\n",
            "no header: the columns are not named",
            id="en-no-header",
        ),
        pytest.param(
            "North ($ millions) | 2023 | 2024 | % chg\nRevenue | 1,020 | 1,350 | +32%\n\n"
            "South ($ millions) | 2023 | 2024 | % chg\nRevenue | 2,020 | 2,650 | +31%\n\n"
            "Revenue rose 32% to $1.35 billion.\n",
            "two tables have a row of that label",
            id="en-label-of-several-rows",
        ),
        pytest.param(
            GROCER.replace(
                "Grocery sales rose 32% to $1.35 billion, while fuel sales fell 5%.", "Groceries were 68% of sales."
            ),
            "a rate of a whole, not a change, and the level columns hold amounts",
            id="en-a-level-rate-against-change-and-amount-columns",
        ),
        pytest.param(
            "| 구분 | 2024년 2분기 | 2024년 3분기 | 전분기比 |\n|---|---|---|---|\n"
            "| 매출액 | 10조 1000억원 | 11조 2000억원 | +11% |\n"
            "올해 매출액은 11조 2000억원으로 늘었다.\n",
            "two columns of the one year: which quarter is not sure",
            id="ko-two-columns-of-one-year",
        ),
    ],
)
def test_nothing_is_paired_when_unsure(knowledge, text, reason):
    assert _restated(knowledge, text) == {}, reason


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(GROCER, False, id="en-grocer-agrees"),
        pytest.param(GROCER.replace("to $1.35 billion", "to $2.47 billion"), True, id="en-grocer-amount-differs"),
        pytest.param(GROCER.replace("fell 5%.", "fell 8%."), True, id="en-grocer-change-differs"),
        pytest.param(CINEMA, False, id="en-cinema-agrees"),
        pytest.param(CINEMA.replace("reached $248 million", "reached $317 million"), True, id="en-cinema-level"),
        pytest.param(CINEMA.replace("| +18% | +5% |\nFirst-half", "| +18% | +9% |\nFirst-half"), True, id="en-cell"),
        pytest.param(WEEKS.replace("ran 9% ahead", "ran 4% ahead"), True, id="en-weeks-change-differs"),
        pytest.param(KO_EARNINGS, False, id="ko-earnings-agrees"),
        pytest.param(KO_EARNINGS.replace("대비 25% 늘었다", "대비 45% 늘었다"), True, id="ko-earnings-change-differs"),
        pytest.param(KO_REGIONS, False, id="ko-regions-agree"),
        pytest.param(
            KO_REGIONS.replace("서울은 9.5% 줄었다", "서울은 6.5% 줄었다"), True, id="ko-regions-change-differs"
        ),
        pytest.param(KO_REGIONS.replace("8만4000가구로", "6만7000가구로"), True, id="ko-regions-level-differs"),
    ],
)
def test_cell_and_prose_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F409", fires)


def test_a_hedged_prose_figure_agrees_within_one_step(knowledge):
    text = CINEMA.replace("reached $248 million", "reached almost $250 million")
    assert_checked(knowledge, text, "F409", False)
