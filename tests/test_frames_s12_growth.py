"""Growth, differences and points between stated figures (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a year span (`2024-25`) is no amount (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Trams in Eldwick carried 31.2 million passengers in the 2024-25 financial year, 8.1 per cent more than "
            "the 28.9 million of a year earlier.",
            False,
        ),
        (
            "Trams in Eldwick carried 31.2 million passengers in the 2024-25 financial year, 18.1 per cent more than "
            "the 28.9 million of a year earlier.",
            True,
        ),
    ],
)
def test_a_year_span_is_not_the_changed_amount(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- a value whose change is stated is not guessed again


def test_a_later_change_with_its_own_subject_is_not_of_a_value_already_changed(knowledge):
    # `Revenue rose 9.5% to …`: the revenue's change is stated; `Sales at older stores rose 3.8%` is another figure's
    text = (
        "Revenue at Bramble Bakeries rose 9.5 per cent to $2.31bn from $2.11bn. "
        "Sales at shops open for more than a year rose 3.8 per cent, helped by higher prices."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert [f.message for f in result.findings] == []
    assert all("3.8" not in p.message for p in result.passed)


# ---------------------------------------------------------------- a change of the whole of a breakdown (F305, F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛미술관에는 올해 4만2천명이 다녀갔다. 연령별로는 성인이 3만명, 어린이가 1만2천명이었다. "
            "전체 관람객은 지난해 3만9천명보다 3천명 늘었다.",
            False,
        ),
        (
            "한빛미술관에는 올해 4만2천명이 다녀갔다. 연령별로는 성인이 3만명, 어린이가 1만2천명이었다. "
            "전체 관람객은 지난해 3만9천명보다 6천명 늘었다.",
            True,
        ),
        (
            "Larchfield Outfitters ran 2,310 stores at the end of June: 1,520 owned and 790 franchised. "
            "Overall, the estate grew by 95 stores from 2,215 a year earlier.",
            False,
        ),
        (
            "Larchfield Outfitters ran 2,310 stores at the end of June: 1,520 owned and 790 franchised. "
            "Overall, the estate grew by 75 stores from 2,215 a year earlier.",
            True,
        ),
    ],
)
def test_change_of_the_whole_after_its_breakdown(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_change_of_a_named_part_after_a_breakdown_is_not_moved_to_the_whole(knowledge):
    # `Franchised stores grew …`: the subject names a part, not the whole; the total is not what changed
    assert_not_checked(
        knowledge,
        "Larchfield Outfitters ran 2,310 stores at the end of June: 1,520 owned and 790 franchised. "
        "Franchised stores grew by 95 stores from 2,215 a year earlier.",
        "F305",
    )


# ---------------------------------------------------------------- the rate of the change stated before (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("전체 관람객은 지난해 3만9천100명에서 4만2천300명으로 3천200명 늘었다. 증가율로는 8.2%다.", False),
        ("전체 관람객은 지난해 3만9천100명에서 4만2천300명으로 3천200명 늘었다. 증가율로는 12.2%다.", True),
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 100원 인상한다. 인상률은 7.1%다.", False),
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 100원 인상한다. 인상률은 17.1%다.", True),
        ("Total visits rose to 43,300 from 40,200, an increase of 3,100. In percentage terms, that is 7.7%.", False),
        ("Total visits rose to 43,300 from 40,200, an increase of 3,100. In percentage terms, that is 9.7%.", True),
    ],
)
def test_rate_of_the_change_stated_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_a_share_after_a_change_is_not_its_rate(knowledge):
    # `점유율은 …`: a share of a market, not the rate of the change before
    assert_not_checked(
        knowledge, "전체 관람객은 지난해 3만9천명에서 4만2천명으로 3천명 늘었다. 점유율은 7.7%다.", "F301"
    )


# ---------------------------------------------------------------- the gap between the highest and the lowest (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "구역별로는 북구가 91.0%로 가장 높았다. 중구는 87.2%였고, 남구는 63.5%로 가장 낮았다. "
            "가장 높은 구와 가장 낮은 구의 격차는 27.5%포인트에 이른다.",
            False,
        ),
        (
            "구역별로는 북구가 91.0%로 가장 높았다. 중구는 87.2%였고, 남구는 63.5%로 가장 낮았다. "
            "가장 높은 구와 가장 낮은 구의 격차는 23.7%포인트에 이른다.",
            True,
        ),
        (
            "Northgate had the highest turnout, 71.0%, and Eastbay 58.2%. Westmoor had the lowest, at 44.5%. "
            "That leaves a gap of 26.5 percentage points.",
            False,
        ),
        (
            "Northgate had the highest turnout, 71.0%, and Eastbay 58.2%. Westmoor had the lowest, at 44.5%. "
            "That leaves a gap of 13.7 percentage points.",
            True,
        ),
    ],
)
def test_gap_between_the_rates_ranked_highest_and_lowest(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_gap_after_rates_none_ranked_lowest_is_not_linked(knowledge):
    assert_not_checked(
        knowledge,
        "구역별로는 북구가 91.0%로 가장 높았다. 중구는 87.2%였고, 남구는 63.5%였다. 두 구의 격차는 27.5%포인트다.",
        "F308",
    )


# ---------------------------------------------------------------- a change appended to its two amounts (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The fuel bill fell to €41m from €47m, a saving of €6m.", False),
        ("The fuel bill fell to €41m from €47m, a saving of €8m.", True),
        ("Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.5 tonnes.", False),
        ("Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.9 tonnes.", True),
        ("Alder Foods ended the year with 830 outlets, up from 772 a year earlier, a net gain of 58.", False),
        ("Alder Foods ended the year with 830 outlets, up from 772 a year earlier, a net gain of 68.", True),
    ],
)
def test_change_appended_to_its_two_amounts(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_gain_of_its_own_is_not_a_change(knowledge):
    # `a gain of £3m on the sale`: the gain is a figure of its own, not the gap of a level and an earlier figure
    assert_not_checked(
        knowledge, "Profit was £41m, against £47m, helped by a gain of £3m on the sale of a depot.", "F305"
    )


# ---------------------------------------------------------------- a gap to a figure named after it, apart (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Takings came to £41.2m this season. That was £2.6m less than the previous season's £43.8m.", False),
        ("Takings came to £41.2m this season. That was £1.6m less than the previous season's £43.8m.", True),
        (
            "Income was £21.7m and costs £12.3m, leaving a surplus of £9.4m.\n\n"
            "That is £1.5m more than the £7.9m surplus of the previous year.",
            False,
        ),
        (
            "Income was £21.7m and costs £12.3m, leaving a surplus of £9.4m.\n\n"
            "That is £2.5m more than the £7.9m surplus of the previous year.",
            True,
        ),
    ],
)
def test_gap_to_a_figure_after_measures_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_gap_with_a_subject_of_its_own_is_not_linked(knowledge):
    # `The fund was …`: a subject of its own, not what the sentence before stated
    assert_not_checked(
        knowledge,
        "Takings came to £41.2m this season. The reserve fund was £2.6m less than the previous season's £43.8m.",
        "F305",
    )


# ---------------------------------------------------------------- a raise in a transitive verb (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 100원 인상한다고 밝혔다.", False),
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 300원 인상한다고 밝혔다.", True),
        ("교육청은 급식 단가를 5천120원으로 올해(4천870원)보다 250원 올린다고 밝혔다.", False),
        ("교육청은 급식 단가를 5천120원으로 올해(4천870원)보다 350원 올린다고 밝혔다.", True),
        ("시는 내년 요금을 1천300원으로 올해(1천400원)보다 100원 인하한다고 밝혔다.", False),
        ("시는 내년 요금을 1천300원으로 올해(1천400원)보다 300원 인하한다고 밝혔다.", True),
    ],
)
def test_raise_in_a_transitive_verb(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)
