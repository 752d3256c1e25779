"""Moves in percentage points between two rates, in constructions the linker did not read (forty-fifth session, lane
`points`).

- Appended after a level and the rate it is compared with (checker/link/points_appended.py): after a double hyphen
  written for a dash (`a margin of 9%, against 7.5% in 2025 -- an improvement of 1.5 points`); signed by an
  adverb alone after a comma (`against 36% in 2024, up five percentage points`,
  `[link.appended_rise_words]`); restated after `or` (`down from 58.5% in 2025, or 6.5 points`); followed by a
  comparative that says good or bad with no object (`2.3 points better`, `[link.comparative_signless]`).
- Between the level and the earlier rate, through a comparative and `than` (`88.5%, 4.2 points better than last
  year's 84.3%`, `44% of sales, six points more than the 38% of 2025`) or through `from a`
  (`up 9 points from a 48% share`) (checker/link/points_from_the.py).
- Across two sentences, one rate in each, the one dated earlier by a time before it in its clause
  (`[link.points_earlier_clause_marks]`: `지난해 고사율이 36%였다. 올해 고사율은 21%로 15%포인트 낮아졌다`)
  (checker/link/points_of_adjacent_rates.py).

Every sentence is written for this file, with invented subjects and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, change_links

POINTS = "F308"


# ---------------------------------------------------------------- appended after the two rates


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "The brewer kept $3.1 million, a margin of 9 per cent, against 7.5 per cent in 2025 -- "
            "an improvement of 1.5 percentage points.",
            False,
        ),
        (
            "The hospital's bed occupancy was 86.4%, against 83.0% in 2024 -- a rise of 3.4 percentage points.",
            False,
        ),
        (
            "The cooperative's margin reached 6.2 per cent, compared with 4.9 per cent a year before -- "
            "an improvement of 2.3 percentage points.",
            True,
        ),
        (
            "Entrants under 18 were 41 per cent of the field, against 36 per cent in 2024, up five percentage points.",
            False,
        ),
        ("Repeat buyers were 27% of customers, compared with 31% last spring, down four points.", False),
        ("Graduates were 63% of hires, compared with 55% in 2023, up six percentage points.", True),
        ("Barley's share of the harvest slipped to 52.0%, down from 58.5% in 2025, or 6.5 points.", False),
        ("Bus use rose to 18.4% of trips from 15.1% in 2022, or 3.3 percentage points.", False),
        ("Organic lines grew to 22.5% of sales, up from 19.0% a year before, or 2.5 points.", True),
        ("Its gross margin widened to 28.4 per cent from 26.1 per cent in 2025, 2.3 points better.", False),
        ("The cost ratio worsened to 71.8% from 69.9%, 1.9 percentage points worse.", False),
        ("The pass rate rose to 77.0% from 72.5%, 2.5 points better.", True),
    ],
)
def test_a_move_appended_after_the_two_rates_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


@pytest.mark.parametrize(
    "text",
    [
        # one rate only: the move is of nothing the sentence compares
        "Turnout was 64%, up two points, the council said.",
        # the points are a score, after a count and its share
        "The home side won 14 of their 20 games, or 70%, and finished on 44 points.",
        # a game's points restated after `or`, no rate compared
        "She scored 31 points, or 40% of the team's total.",
    ],
)
def test_points_that_are_no_move_between_two_rates_are_not_read(knowledge, text):
    assert_not_linked(knowledge, text, POINTS)


# ---------------------------------------------------------------- between the level and the earlier rate


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Hatcheries reported a hatch rate of 88.5 percent this spring, 4.2 percentage points better than last "
            "year's 84.3 percent.",
            False,
        ),
        ("Attendance hit 93.1 per cent, 1.4 points better than the 91.7 per cent of the spring term.", False),
        ("The survival rate was 96.0 percent, 3.1 percentage points better than last year's 90.9 percent.", True),
        (
            "Online orders brought in 44 per cent of sales, six percentage points more than the 38 per cent of 2025.",
            False,
        ),
        ("Rentals were 31% of the fleet's use, two points less than the 33% of 2024.", False),
        (
            "Exports took 59 per cent of the mill's output, up 9 percentage points from a 50 per cent share in 2024.",
            False,
        ),
        ("Women held 36% of the seats, up five points from a 29% share in 2022.", True),
    ],
)
def test_a_move_between_the_level_and_the_earlier_rate_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the points are the team's, more than a count of points, not a rate
        "The side converted 52% of its chances and scored 12 points more than the 80 points of last season.",
        # two rates of the sentence besides: which one the points are of is not said
        "Turnout was 61%, and 58% voted early, four points better than the 54% of 2022.",
    ],
)
def test_a_comparative_after_points_with_no_single_level_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, POINTS)


# ---------------------------------------------------------------- across two sentences, one dated earlier


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("지난해 묘목 고사율은 36%에 이르렀다. 올해 고사율은 21%로 15%포인트 낮아졌다.", False),
        ("작년 이 학교의 결석률은 9.5%였다. 올해 결석률은 7.0%로 2.5%포인트 줄었다.", False),
        ("순이익률은 7.4%를 기록했다. 지난해 같은 분기 순이익률은 5.1%여서 2.3%포인트 개선됐다.", False),
        ("시의 평균 댐 저수율은 46.0%로 집계됐다.\n\n지난해 같은 때 58.5%와 견줘도 12.5%포인트 떨어졌다.", False),
        ("1년 전 가입률은 52.0%였다. 올해 가입률은 58.0%로 4.0%포인트 올랐다.", True),
        (
            "Three years ago rentals were 9 per cent of sales. This year they will be close to 21 per cent, a rise "
            "of 12 points.",
            False,
        ),
        ("Last year the clinic's no-show rate was 14%. This year it fell to 9%, a drop of 5 points.", False),
        ("A year earlier the trust's occupancy was 71%. It is now 80%, a rise of 6 points.", True),
    ],
)
def test_a_move_between_a_rate_and_the_earlier_one_of_the_sentence_before_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


@pytest.mark.parametrize(
    "text",
    [
        # neither rate dated earlier: which one the move starts from is not said
        "A사의 점유율은 30%였다. B사의 점유율은 25%로 2%포인트 올랐다.",
        # both dated earlier
        "지난해 상반기 결석률은 9.5%였다. 지난해 하반기 결석률은 7.0%로 2.5%포인트 줄었다.",
        # the move goes the other way from the two rates: another pair
        "지난해 폐사율은 41%였다. 올해 폐사율은 18%로 3%포인트 올랐다.",
        # points of a game, no rate of their own sentence
        "지난해 그의 자유투 성공률은 81%였다. 올해는 경기당 24포인트를 올렸다.",
        "Last season she made 81% of her free throws. This season she is scoring 24 points a game, up 6 points.",
    ],
)
def test_a_move_with_no_rate_dated_earlier_next_to_it_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, POINTS)


# ---------------------------------------------------------------- the sentence after the two rates names the move


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Core profit was $61.2 million and the core margin 14.6%, compared with 13.1% in the first nine "
            "months of 2025. That is an improvement of 1.5 percentage points.",
            False,
        ),
        (
            "The airline's load factor was 84.0%, compared with 86.2% in the winter of 2024. That was a fall of 2.2 "
            "points.",
            False,
        ),
        (
            "Its operating margin was 9.9%, compared with 8.1% in fiscal 2025. That is an improvement of 2.8 "
            "percentage points.",
            True,
        ),
        (
            "The dairy's margin was 8.8% in the half, compared with a margin of 7.9% a year earlier. The 0.9 "
            "percentage points of improvement reflected cheaper feed.",
            False,
        ),
        (
            "Pupils passed 71.5% of papers, against 74.0% a year earlier. The 2.5 points of decline were blamed on "
            "staff shortages.",
            False,
        ),
        (
            "The margin reached 12.2%, compared with 10.0% a year before. The 1.2 points of improvement came from "
            "prices.",
            True,
        ),
    ],
)
def test_a_move_named_in_the_sentence_after_the_two_rates_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before states one rate: nothing to measure the move between
        "The margin reached 12.2% this year. The 1.2 points of improvement came from prices.",
        # points of a game opening the sentence
        "The side's share of possession was 58%, compared with 49% in 2025. The 12 points they took came late.",
    ],
)
def test_a_move_opening_its_sentence_with_no_pair_before_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, POINTS)


# ---------------------------------------------------------------- a letter for a currency, converted in parentheses


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("A winery grew revenue by 12 per cent to R380 million (about $22.9 million) in the year to June.", False),
        ("The company plans to spend R60 million ($3.6 million) on a new bottling line.", False),
        ("The co-operative paid its growers R1.2 billion (about €62 million) last season.", False),
        ("The fund will invest R250 million (around $15 million) in rural clinics.", False),
        ("The mine spent R900 million (about $81 million) on new shafts.", True),
    ],
)
def test_a_letter_before_an_amount_converted_in_parentheses_is_the_currency(knowledge, text, fires):
    assert_checked(knowledge, text, "F202", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The R9 model (about 4,000 cars) sold well.",
        "The R21 road (about 40 km) was closed.",
        "Grade R3 pupils (about 300) sat the test.",
    ],
)
def test_a_letter_before_a_number_with_no_money_after_is_no_currency(knowledge, text):
    assert_not_linked(knowledge, text, "F202")


# ---------------------------------------------------------------- a range widened or narrowed in points (`넓혔다`)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("군은 지원 대상을 기준 중위소득 150%에서 170%로 20%포인트 넓혔다.", False),
        ("시는 감면 기준을 중위소득 130%에서 100%로 30%포인트 좁혔다.", False),
        ("구는 보육료 지원 범위를 소득 하위 60%에서 75%로 15%포인트 넓혔는데, 신청이 크게 늘었다.", False),
        ("구는 소득 기준을 120.0%에서 160.0%로 30.0%포인트 넓혔다.", True),
    ],
)
def test_a_range_widened_or_narrowed_in_points_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


def test_a_road_widened_in_metres_is_no_move_in_points(knowledge):
    assert_not_linked(knowledge, "시는 도로 폭을 12m에서 15m로 3m 넓혔다.", POINTS)


# ---------------------------------------------------------------- a headline's move, the earlier rate in the body


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "군 건강검진 수검률 72.4%…1년 새 3.1%포인트 올라\n\n"
            "군은 올해 검진 대상 2만 명 가운데 72.4%가 검진을 받았다고 밝혔다. 1년 전 수검률은 69.3%였다.",
            False,
        ),
        (
            "공공도서관 이용률 45.0%…2.5%포인트 하락\n\n"
            "시는 올해 공공도서관 이용률이 45.0%로 집계됐다고 밝혔다. 지난해 이용률은 47.5%였다.",
            False,
        ),
        (
            "재활용률 52.0%로 4.5%포인트 상승\n\n"
            "구는 올해 생활폐기물의 52.0%를 재활용했다고 밝혔다. 작년 재활용률은 47.5%에 머물렀다.",
            False,
        ),
        (
            "군 건강검진 수검률 72.4%…1년 새 5.1%포인트 올라\n\n"
            "군은 올해 검진 대상 2만 명 가운데 72.4%가 검진을 받았다고 밝혔다. 1년 전 수검률은 69.3%였다.",
            True,
        ),
    ],
)
def test_a_headline_move_is_measured_from_the_earlier_rate_the_body_states(knowledge, text, fires):
    assert_checked(knowledge, text, POINTS, fires)


@pytest.mark.parametrize(
    "text",
    [
        # two rates beside the restatement: which one the move starts from is not said
        "군 수검률 72.4%…3.1%포인트 올라\n\n군은 수검률이 72.4%라고 밝혔다. 지난해 수검률은 69.3%, 목표는 80%였다.",
        # the body's other rate went the other way from the move
        "군 수검률 72.4%…3.1%포인트 올라\n\n군은 수검률이 72.4%라고 밝혔다. 지난해 수검률은 75.5%였다.",
        # no rate dated earlier
        "군 수검률 72.4%…3.1%포인트 올라\n\n군은 수검률이 72.4%라고 밝혔다. 인근 시의 수검률은 69.3%였다.",
    ],
)
def test_a_headline_move_with_no_single_earlier_rate_in_the_body_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, POINTS)


def test_a_rate_that_is_already_the_start_of_a_move_is_not_taken_again(knowledge):
    text = (
        "다만 전분기 영업이익률 43.10%보단 1.90%포인트 감소했다. 올해 누적 영업이익률은 42.00%로 전년 동기 대비 "
        "2.50%포인트 줄었다."
    )
    links = change_links(text, knowledge)
    assert links["2.50%포인트"][1] is None


@pytest.mark.parametrize(
    "text",
    [
        # the rate before is the level its own sentence's move reached: both ends of that move are stated there
        "The lender's margin fell 0.05 percentage points from the previous quarter to 2.41%, from 2.46%. Its capital "
        "ratio stood at 12.7%, up 0.4 percentage points from the end of March.",
        "The plant's scrap rate dropped 0.3 points from last year to 4.2%, from 4.5%. Its uptime was 91.6%, up 1.1 "
        "points from the spring.",
        "순이자마진은 직전 분기보다 0.04%포인트 낮아져 1.79%였다. 자본비율은 13.4%로 6월 말보다 0.2%포인트 올랐다.",
    ],
)
def test_a_rate_that_is_already_the_level_of_its_own_move_is_not_taken_again(knowledge, text):
    """A move of another sentence measured from nothing written keeps no start: the rate before is that sentence's
    own move's level (lead merge, forty-fifth session)."""
    links = change_links(text, knowledge)
    moved = [key for key in links if key.startswith(("0.4", "1.1", "0.2"))]
    assert moved and all(links[key][1] is None for key in moved), links


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "평균 충원율은 1일 기준 61.5%로 평년 같은 때 70.5%보다 9%포인트 낮았다. 지난해 같은 때 66.0%와 견줘도 "
            "4.5%포인트 떨어졌다.",
            False,
        ),
        (
            "평균 충원율은 1일 기준 61.5%로 평년 같은 때 70.5%보다 9%포인트 낮았다. 지난해 같은 때 66.0%와 견줘도 "
            "7.5%포인트 떨어졌다.",
            True,
        ),
        (
            "한빛군 농업센터는 관내 저수지 30곳의 평균 저수율이 3일 기준 41.0%로 평년 같은 때 60.0%보다 19%포인트 "
            "낮다고 4일 밝혔다. 지난해 같은 때 52.5%와 견줘도 11.5%포인트 떨어졌다.",
            False,
        ),
        (
            "한빛군 농업센터는 관내 저수지 30곳의 평균 저수율이 3일 기준 41.0%로 평년 같은 때 60.0%보다 19%포인트 "
            "낮다고 4일 밝혔다. 지난해 같은 때 52.5%와 견줘도 14.5%포인트 떨어졌다.",
            True,
        ),
    ],
)
def test_the_level_of_a_move_may_be_the_level_again_against_another_earlier_rate(knowledge, text, fires):
    """A level compared with one earlier rate, then with another in the next sentence: the second move is measured
    between the same level and the second earlier rate (lead merge, forty-fifth session)."""
    assert_checked(knowledge, text, POINTS, fires)
