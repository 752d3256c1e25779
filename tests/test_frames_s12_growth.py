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
            "Eldwick's trams made 31.2 million journeys in the 2024-25 season, 8.1 per cent more than the 28.9 "
            "million made the season before.",
            False,
        ),
        (
            "Eldwick's trams made 31.2 million journeys in the 2024-25 season, 18.1 per cent more than the 28.9 "
            "million made the season before.",
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
        "Revenue at Bramble Bakeries grew 6.2 per cent to $1.37bn from $1.29bn. "
        "Sales at bakeries trading for over a year grew 2.4 per cent, on dearer loaves."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert [f.message for f in result.findings] == []
    assert all("2.4" not in p.message for p in result.passed)


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
            "투표율은 북구가 71.0%로 가장 높았다. 중구는 68.2%를 기록했고 남구가 55.5%로 가장 낮았다. "
            "최고와 최저의 격차는 15.5%포인트다.",
            False,
        ),
        (
            "투표율은 북구가 71.0%로 가장 높았다. 중구는 68.2%를 기록했고 남구가 55.5%로 가장 낮았다. "
            "최고와 최저의 격차는 12.8%포인트다.",
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
        "투표율은 북구가 71.0%로 가장 높았다. 중구는 68.2%를 기록했고 남구는 55.5%였다. 두 구의 격차는 15.5%포인트다.",
        "F308",
    )


# ---------------------------------------------------------------- a change appended to its two amounts (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The ferry line's diesel costs fell to €41m from €47m, a saving of €6m.", False),
        ("The ferry line's diesel costs fell to €41m from €47m, a saving of €8m.", True),
        ("Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.5 tonnes.", False),
        ("Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.9 tonnes.", True),
        ("Alder Foods had 830 outlets in December, up from 772 in 2024, a net gain of 58.", False),
        ("Alder Foods had 830 outlets in December, up from 772 in 2024, a net gain of 68.", True),
        ("Vista Bowl ran 415 lanes in May, up from 377 a year before, after adding 38 lanes at two new sites.", False),
        ("Vista Bowl ran 415 lanes in May, up from 377 a year before, after adding 48 lanes at two new sites.", True),
    ],
)
def test_change_appended_to_its_two_amounts(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_count_of_another_thing_after_a_verb_is_not_the_change(knowledge):
    # `adding 20 jobs`: a count of another thing than the level's (dollars), a figure of its own
    assert_not_checked(knowledge, "Bookings rose to 5,100 nights from 4,200 nights, adding 20 jobs in town.", "F305")


def test_gain_of_its_own_is_not_a_change(knowledge):
    # `a gain of £3m on the sale`: the gain is a figure of its own, not the gap of a level and an earlier figure
    assert_not_checked(
        knowledge, "Profit was £41m, against £47m, helped by a gain of £3m on the sale of a depot.", "F305"
    )


# ---------------------------------------------------------------- a gap to a figure named after it, apart (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Gate receipts came to £41.2m. That was £2.6m lower than the £43.8m taken a season earlier.", False),
        ("Gate receipts came to £41.2m. That was £1.6m lower than the £43.8m taken a season earlier.", True),
        (
            "Fees brought in £18.3m and staff cost £11.1m, leaving a surplus of £7.2m.\n\n"
            "That is £0.8m more than the £6.4m surplus of 2024.",
            False,
        ),
        (
            "Fees brought in £18.3m and staff cost £11.1m, leaving a surplus of £7.2m.\n\n"
            "That is £1.8m more than the £6.4m surplus of 2024.",
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
        "Gate receipts came to £41.2m. The reserve fund was £2.6m lower than the £43.8m taken a season earlier.",
        "F305",
    )


# ---------------------------------------------------------------- a raise in a transitive verb (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 100원 인상한다고 밝혔다.", False),
        ("시는 내년 요금을 1천500원으로 올해(1천400원)보다 300원 인상한다고 밝혔다.", True),
        ("구는 주차 요금을 시간당 2천400원으로 올해(2천100원)보다 300원 올린다고 밝혔다.", False),
        ("구는 주차 요금을 시간당 2천400원으로 올해(2천100원)보다 500원 올린다고 밝혔다.", True),
        ("시는 내년 요금을 1천300원으로 올해(1천400원)보다 100원 인하한다고 밝혔다.", False),
        ("시는 내년 요금을 1천300원으로 올해(1천400원)보다 300원 인하한다고 밝혔다.", True),
    ],
)
def test_raise_in_a_transitive_verb(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- a rate appended to its two amounts (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Herring quotas were lowered to 51,300 tonnes from 64,100 tonnes, a cut of 20 per cent.", False),
        ("Herring quotas were lowered to 51,300 tonnes from 64,100 tonnes, a cut of 30 per cent.", True),
        ("The utility relined 318km of sewers, up from 241km, or 32 per cent more.", False),
        ("The utility relined 318km of sewers, up from 241km, or 22 per cent more.", True),
        ("Museum shop sales climbed to £6.1m from £4.9m, almost a quarter more, helped by tourists.", False),
        ("Museum shop sales climbed to £6.1m from £4.9m, almost a half more, helped by tourists.", True),
    ],
)
def test_rate_appended_to_its_two_amounts(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_rate_of_a_whole_after_two_amounts_is_not_their_change(knowledge):
    # `, or 32 per cent of the network`: a share of a whole, no comparative after it
    assert_not_checked(knowledge, "The utility relined 318km of sewers, up from 241km, or 32 per cent of them.", "F301")


# ---------------------------------------------------------------- an equivalent between a level and its start (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The fund lifted its net assets to €31.6bn ($35.4bn) from €29.8bn at the end of March, a rise of 6.0 per "
            "cent.",
            False,
        ),
        (
            "The fund lifted its net assets to €31.6bn ($35.4bn) from €29.8bn at the end of March, a rise of 9.0 per "
            "cent.",
            True,
        ),
    ],
)
def test_equivalent_in_parentheses_between_level_and_start(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- a per-share figure's change from its start (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Shareholders will receive a dividend of 14.6 cents a share, up 17 per cent from 12.5 cents.", False),
        ("Shareholders will receive a dividend of 14.6 cents a share, up 27 per cent from 12.5 cents.", True),
    ],
)
def test_change_of_a_per_share_figure_keeps_its_start(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- widening and narrowing in Korean (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("해안 산책로는 16km에서 20km로 25% 길어진다.", False),
        ("해안 산책로는 16km에서 20km로 45% 길어진다.", True),
        ("통제 구간은 40km에서 30km로 25% 짧아진다.", False),
        ("통제 구간은 40km에서 30km로 45% 짧아진다.", True),
    ],
)
def test_widening_and_narrowing(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- one level compared with several starts in a row


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        (
            "카드 연체율은 1.21%로 6월 말(1.28%)보다 0.07%포인트, 1년 전(1.42%)보다 0.21%포인트 하락했다.",
            "F308",
            False,
        ),
        (
            "카드 연체율은 1.21%로 6월 말(1.28%)보다 0.07%포인트, 1년 전(1.42%)보다 0.12%포인트 하락했다.",
            "F308",
            True,
        ),
        (
            "3분기 매출은 1조2천340억원으로 2분기(1조1천200억원)보다 10.2%, 1년 전(1조150억원)보다 21.6% 늘었다.",
            "F301",
            False,
        ),
        (
            "3분기 매출은 1조2천340억원으로 2분기(1조1천200억원)보다 10.2%, 1년 전(1조150억원)보다 31.6% 늘었다.",
            "F301",
            True,
        ),
        (
            "3분기 매출은 1조2천340억원으로 2분기(1조1천200억원)보다 1천140억원, "
            "1년 전(1조150억원)보다 2천190억원 늘었다.",
            "F305",
            False,
        ),
        (
            "3분기 매출은 1조2천340억원으로 2분기(1조1천200억원)보다 1천140억원, "
            "1년 전(1조150억원)보다 3천190억원 늘었다.",
            "F305",
            True,
        ),
    ],
)
def test_one_level_compared_with_several_starts(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


def test_first_size_of_a_chain_takes_the_closing_verb_sign(knowledge):
    # `… 0.07%포인트, … 하락했다`: the first size has no verb of its own; it falls with the one that closes the chain
    text = "카드 연체율은 1.21%로 6월 말(1.28%)보다 0.07%포인트, 1년 전(1.42%)보다 0.21%포인트 하락했다."
    result = findings(knowledge, document(text), select=["F308"], show_passed=True)
    assert [f.message for f in result.findings] == []
    assert len([p for p in result.passed if p.rule == "F308"]) == 2


def test_sizes_of_two_subjects_are_not_one_chain(knowledge):
    # `매출은 …, 영업이익은 …`: each clause has its own subject and verb, not one level compared twice
    text = (
        "3분기 매출은 1조2천340억원으로 2분기(1조1천200억원)보다 10.2% 늘었고, "
        "영업이익은 1천억원으로 1년 전(900억원)보다 21.6% 늘었다."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert all("1조 2340억" not in p.message or "1조 1200억" in p.message for p in result.passed)


# ---------------------------------------------------------------- a headline rate the body restates for another figure


def test_headline_rate_restated_for_another_figure(knowledge):
    # `…중국인 27% 증가`: the headline's rate is the body's 26.8% of Chinese passengers, not a rate of 84만명
    text = (
        "부산항 크루즈 입항객 1~9월 84만명…중국인 27% 증가\n\n"
        "올해 1~9월 부산항 크루즈 입항객은 84만명이었다. 지난해 같은 기간 79만명과 비교하면 6.3% 늘었다.\n\n"
        "국적별로는 중국인 승객이 31만2천명으로 1년 전 24만6천명보다 26.8% 증가했다."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert [f.message for f in result.findings] == []
    assert any("27%" in p.message for p in result.passed)


def test_headline_rate_the_body_states_for_its_figure_stays(knowledge):
    # no subject of its own between the figure and the rate: the headline's 27% stays a rate of 84만명
    text = (
        "부산항 크루즈 입항객 1~9월 84만명…27% 증가\n\n"
        "올해 1~9월 부산항 크루즈 입항객은 84만명이었다. 지난해 같은 기간 79만명과 비교하면 6.3% 늘었다.\n\n"
        "국적별로는 중국인 승객이 31만2천명으로 1년 전 24만6천명보다 26.8% 증가했다."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert not any("27%" in p.message and "24만" in p.message for p in result.passed)


# ---------------------------------------------------------------- a change after a table names its row (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "권역별 판매량은 아래 표와 같다.\n\n| 권역 | 판매량 |\n| 수도권 | 5만1천200대 |\n| 영남권 | 3만7천400대 |\n"
            "| 호남권 | 1만9천800대 |\n\n영남권 판매량은 지난해(3만2천100대)보다 16.5% 증가했다.",
            False,
        ),
        (
            "권역별 판매량은 아래 표와 같다.\n\n| 권역 | 판매량 |\n| 수도권 | 5만1천200대 |\n| 영남권 | 3만7천400대 |\n"
            "| 호남권 | 1만9천800대 |\n\n영남권 판매량은 지난해(3만2천100대)보다 26.5% 증가했다.",
            True,
        ),
    ],
)
def test_change_after_a_table_names_its_row(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---------------------------------------------------------------- a rate against the whole's, named without figure


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "택배 정시 도착률 92.3%…야간 배송은 88%대\n\n택배 3사의 상반기 정시 도착률은 92.3%였다.\n\n"
            "야간 배송의 정시 도착률은 88.1%로 전체 평균보다 4.2%포인트 낮았다.",
            False,
        ),
        (
            "택배 정시 도착률 92.3%…야간 배송은 88%대\n\n택배 3사의 상반기 정시 도착률은 92.3%였다.\n\n"
            "야간 배송의 정시 도착률은 88.1%로 전체 평균보다 6.2%포인트 낮았다.",
            True,
        ),
        (
            "Parcels arrived on time 92.3% of the time in the first half. "
            "Night deliveries managed 88.1%, 4.2 points below the overall average.",
            False,
        ),
        (
            "Parcels arrived on time 92.3% of the time in the first half. "
            "Night deliveries managed 88.1%, 6.2 points below the overall average.",
            True,
        ),
    ],
)
def test_rate_against_the_whole_named_without_its_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_rate_against_a_target_named_without_figure_is_not_linked(knowledge):
    # `목표치보다`: a target is not the story's rate; no figure of it is stated
    assert_not_checked(
        knowledge,
        "택배 3사의 상반기 정시 도착률은 92.3%였다. 야간 배송의 정시 도착률은 88.1%로 목표치보다 4.2%포인트 낮았다.",
        "F308",
    )


# ---------------------------------------------------------------- a move whose subject labels a figure before (F301)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Walkers accounted for 240,000 of the visits and cyclists 31,000. "
            "Cyclist numbers rose 9 per cent from 28,400, helped by new trails.",
            False,
        ),
        (
            "Walkers accounted for 240,000 of the visits and cyclists 31,000. "
            "Cyclist numbers rose 19 per cent from 28,400, helped by new trails.",
            True,
        ),
    ],
)
def test_move_whose_subject_labels_a_listed_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_move_whose_subject_labels_no_listed_figure_is_not_linked(knowledge):
    # `Campers rose …`: neither listed figure is labelled by the mover's words
    assert_not_checked(
        knowledge,
        "Walkers accounted for 240,000 of the visits and cyclists 31,000. "
        "Campers rose 9 per cent from 28,400, helped by new trails.",
        "F301",
    )


# ---------------------------------------------------------------- a change stated before the pair it is between (F305)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Lumo added 4.1 million paying members in the quarter, it said on Monday. "
            "Paying members rose to 96.4 million at the end of June from 92.3 million at the end of March.",
            False,
        ),
        (
            "Lumo added 5.1 million paying members in the quarter, it said on Monday. "
            "Paying members rose to 96.4 million at the end of June from 92.3 million at the end of March.",
            True,
        ),
    ],
)
def test_change_stated_before_the_pair_it_is_between(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_change_of_another_thing_before_a_pair_is_not_linked(knowledge):
    # `4.1 million trial users`: not the paying members the pair counts
    assert_not_checked(
        knowledge,
        "Lumo added 4.1 million trial users in the quarter. "
        "Paying members rose to 96.4 million at the end of June from 92.3 million at the end of March.",
        "F305",
    )


def test_change_of_one_part_before_a_pair_of_the_whole_is_not_linked(knowledge):
    # `Public payrolls fell 9,000`: a second part's change stands between; the pair is of both parts together
    assert_not_checked(
        knowledge,
        "Firms added 41,000 private jobs in the revision. Public payrolls fell 9,000 more than first reported. "
        "Payrolls stood at 12.43 million in March instead of 12.40 million.",
        "F305",
    )


# ---------------------------------------------------------------- a change since a time, its figure in a when clause


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Zinc reached $16,200 on Friday, up 4% since the end of March, when it closed the quarter at $15,580.", False),
        ("Zinc reached $16,200 on Friday, up 14% since the end of March, when it closed the quarter at $15,580.", True),
    ],
)
def test_change_since_a_time_whose_figure_a_when_clause_states(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_change_since_a_time_with_no_level_is_not_linked(knowledge):
    # the sentence states no level of its own, and the one before states several: which one is not said
    assert_not_checked(
        knowledge,
        "Brent settled at $82.46 and its premium over WTI stood at $4.36. "
        "Brent has gained 14.6% since the start of the year, when it traded at $71.96.",
        "F301",
    )


# ---------------------------------------------------------------- the earlier figure stated in the next sentence


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        ("고용률은 62.8%로 전월보다 0.3%포인트 상승했다. 전월 고용률은 62.5%였다.", "F308", False),
        ("고용률은 62.8%로 전월보다 2.3%포인트 상승했다. 전월 고용률은 62.5%였다.", "F308", True),
        ("관람객은 8만3천명으로 지난해보다 6천명 늘었다. 지난해 관람객은 7만7천명이었다.", "F305", False),
        ("관람객은 8만3천명으로 지난해보다 9천명 늘었다. 지난해 관람객은 7만7천명이었다.", "F305", True),
    ],
)
def test_earlier_figure_of_a_change_stated_in_the_next_sentence(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


def test_figure_of_another_time_in_the_next_sentence_is_not_the_start(knowledge):
    # `2019년 고용률은 …`: the next sentence opens on another time than the one compared with
    assert_not_checked(knowledge, "고용률은 62.8%로 전월보다 0.3%포인트 상승했다. 2019년 고용률은 60.1%였다.", "F308")
