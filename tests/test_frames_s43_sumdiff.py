"""Sums and differences on copy never seen (forty-third session, lane `sumdiff`).

- A surplus or a shortfall, and the income and the costs it is the balance of, each stated in a clause of its own
  (checker/link/balances_of_income_and_costs.py): `Income totalled £61,000. It cost £52,000. … a surplus of £9,000`,
  `입장료 수입은 3억 원 … 운영비는 4억 원 … 1억 원은 군 예산으로 메웠다`.
- An amount and a rate of one change written side by side take the ends the other was tied to
  (checker/link/coordinated_change_ends.py): `지난해 40회보다 공연이 10회, 25% 늘었다`.
- A total of a span and its quarters, with a target of the year or of one quarter beside them
  (checker/link/period_sums.py): a target is no figure of the quarter the total states done.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SUM, DIFFERENCE = "F302", "F305"


# ---------------------------------------------------------------- balances of income and costs stated apart

_BALANCES = [
    # (text with {b} for the balance, the balance that holds, one that breaks)
    (
        "The village fete ended with a surplus of £{b}, its committee said on Monday. "
        "Stalls, raffles and teas were run by 60 volunteers. Income totalled £61,000. It cost £52,000 to stage.",
        "9,000",
        "12,000",
    ),
    (
        "Season ticket sales raised $2.1 million for the ice rink. Skate hire is run by a contractor. "
        "The city spent $1.7 million running the rink, leaving it with a net of ${b}.",
        "400,000",
        "700,000",
    ),
    (
        "Entry fees brought in £14,200. Marquee hire and stewards came to a further sum, and costs reached £15,100, "
        "leaving a shortfall of £{b} that the parish council covered.",
        "900",
        "1,900",
    ),
    (
        "The allotment society took £8,400 in rents this year. After costs of £6,900 for water and fencing, "
        "it was left with a surplus of £{b}.",
        "1,500",
        "2,500",
    ),
    (
        "올해 축제의 입장료 수입은 3억2천만 원이었다. 무대와 안전 요원 등 운영비는 4억 원이 들었다. "
        "모자란 {b} 원은 군 예산으로 메웠다.",
        "8천만",
        "1억8천만",
    ),
    (
        "눈썰매장 운영비는 2억1천만 원이었다. 입장료 수입은 1억6천만 원이었다. 군은 모자란 {b} 원을 군비로 보전했다.",
        "5천만",
        "7천만",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _BALANCES)
def test_a_balance_of_income_and_costs_stated_apart(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(b=right), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(b=wrong), DIFFERENCE, fires=True)


def test_the_pair_that_agrees_is_chosen_among_several_incomes(knowledge):
    # (a line of business's takings stands nearer than the income the balance is of)
    text = (
        "Ticket revenue was $2.4 million. The rental shop had a good year, with 5,100 rentals bringing in $380,000. "
        "The resort spent $1.9 million running the slopes, leaving it with a net of ${b} from tickets."
    )
    assert_checked(knowledge, text.format(b="500,000"), DIFFERENCE, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        # a balance of more than two figures: a grant beside the fares in the balance's sentence
        "Running costs reached £48,000. Fares brought in £29,000 and a grant £14,000, leaving a gap of £5,000.",
        # two incomes at the same distance: which one is not said
        "The show cost £30,000. Gate money raised £21,000 and the raffle raised £6,000. That left £2,000 unspent.",
        # no word names a cost: a balance of nothing stated
        "Membership fees brought in £12,000. The boathouse is 40 years old. The club ended with a surplus of £3,000.",
        # a shortfall no income and costs are named for
        "The appeal has a shortfall of £4,000 after pledges of £20,000 and £16,000.",
        "올해 축제 예산은 5억 원이다. 이 가운데 2억 원은 도비로 메웠다.",
    ],
)
def test_figures_that_are_no_balance_of_income_and_costs_are_not_linked(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)


def test_a_balance_of_a_lone_income_is_not_linked(knowledge):
    assert_not_linked(knowledge, "The fair raised £8,000, leaving it with a surplus of £2,000.", DIFFERENCE)


# ---------------------------------------------------------------- an amount and a rate of one change side by side

_SIDE_BY_SIDE = [
    (
        "가람시 시범단이 올해 상반기 모두 96회 공연했다. 지난해 상반기 72회보다 공연이 {d}회, 33.3% 늘었다.",
        "24",
        "34",
    ),
    (
        "나래군 도서관은 올해 책 5만4천 권을 빌려줬다. 대출은 지난해 4만5천 권보다 {d} 권, 20% 늘었다.",
        "9천",
        "1만2천",
    ),
    (
        "다온시 체육관의 올해 이용객은 1만2천 명이었다. 이용객이 지난해 1만5천 명에서 {d} 명(20%) 줄었다.",
        "3천",
        "5천",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _SIDE_BY_SIDE)
def test_an_amount_beside_its_rate_takes_the_rates_ends(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(d=right), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(d=wrong), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # an amount of another unit beside a rate: no move of the level the rate is tied to
        "가람시의 올해 관광객은 12만 명으로 지난해 10만 명보다 20% 늘었고, 관광 수입은 30억 원, 15% 늘었다.",
        # the amount is of another unit than the level its rate is tied to
        "나래군 축제 관람객은 올해 2만4천 명으로 지난해 2만 명보다 20% 늘었고, 예산은 3억 원, 10% 늘었다.",
    ],
)
def test_amounts_beside_rates_of_other_things_are_not_tied(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)


# ---------------------------------------------------------------- a span's total and its quarters


_QUARTERS = [
    (
        "가람전자는 3분기 매출이 1,300억원으로 지난해 같은 기간보다 10% 늘었다고 밝혔다. "
        "1분기 1,100억원, 2분기 1,200억원을 더한 1~3분기 누적 매출은 {t}억원이다. "
        "회사는 연간 매출 목표 5,000억원 달성이 무난하다고 본다.",
        "3,600",
        "3,900",
    ),
    (
        "나래식품은 3분기 매출이 250억원으로 전년 동기보다 12% 늘었다고 공시했다. "
        "1분기 210억원, 2분기 230억원에 3분기 실적을 더한 1~3분기 누적 매출은 {t}억원이다. "
        "회사는 올해 매출 목표를 1,000억원으로 잡았다.",
        "690",
        "720",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _QUARTERS)
def test_a_spans_total_of_its_quarters_past_a_target(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(t=right), SUM, fires=False)
    assert_checked(knowledge, text.format(t=wrong), SUM, fires=True)


def test_a_target_for_a_quarter_is_no_tile_of_the_span(knowledge):
    # (the third quarter's only figure is a target: the nine months' actual figure is of no stated tiling)
    text = (
        "가람전자는 1분기 매출 1,100억원, 2분기 매출 1,200억원을 올렸다. 회사는 3분기 매출 목표를 1,500억원으로 "
        "잡았다. 1~3분기 누적 매출은 3,600억원이다."
    )
    assert_not_fired(knowledge, text, SUM)


# ------------------------------------------------ a change with its prior alone, its subject named far back

_SUBJECT_FAR_BACK = [
    (
        "가람시는 지난 주말 시민체육관에서 열린 전국배드민턴대회에 클럽 60곳에서 선수 840명이 출전했다고 밝혔다.\n"
        "심판은 48명이 나서 코트 한 면에 4명씩 배치됐다.\n참가비는 1인당 2만 원으로, 참가비 수입은 1천680만 원이다.\n"
        "올해 출전 선수는 지난해 700명보다 {d}명, 20% 늘었다.",
        "140",
        "240",
    ),
    (
        "나래군 연꽃축제에 관람객과 주민 3만7천200 명이 다녀갔다.\n자원봉사자 240명이 안내를 맡았다.\n"
        "축제 예산은 2억 원이었다.\n관람객은 지난해 3만1천 명보다 {d} 명, 20% 늘었다.",
        "6천200",
        "9천200",
    ),
    (
        "다온시 국악제에 관객 1만2천300 명이 들었다.\n무대에는 단원 64명이 올랐다.\n공연 예산은 3억 원이었다.\n"
        "지난해 관객 1만300 명보다 {d} 명 늘었다.",
        "2천",
        "3천",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _SUBJECT_FAR_BACK)
def test_a_change_of_a_subject_named_far_back(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(d=right), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(d=wrong), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the subject named nowhere before: no level of it
        "가람시 축제에 주민 3천 명이 참여했다.\n자원봉사자 120명이 안내를 맡았다.\n"
        "관람객은 지난해 2만 명보다 4천 명 늘었다.",
        # the subject named only in a sentence of another unit: no level of it
        "다온시 축제의 관람객 안내 예산은 2억 원이었다.\n자원봉사자 120명이 안내를 맡았다.\n"
        "관람객은 지난해 2만 명보다 4천 명 늘었다.",
    ],
)
def test_a_change_whose_subject_names_no_one_level_before_is_not_linked(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)
