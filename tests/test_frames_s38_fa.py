"""False alarms on copy never seen (thirty-eighth session, lane `fa`): joins of amounts whose members are of different
things, closed by the identity gates (checker/link/identity_gates.py), which read once per article what each amount
is of and hold every per-unit, sum and change join to it, whichever reading made it; with the break each reading was
built for still caught.

- A total a figure per unit divides is a level, never a price per one unit itself (`유자청은 통당 A엔, 매실청은 병당
  B엔`: the first is no total of the bottles).
- A count of units stated per a short period (`하루 세 차례`) is one day's: it divides no total of the whole run stated
  in another sentence.
- A price whose own clause names the amount it comes to (`3,000 coasters at €4 each, worth €12,000`) divides that
  amount, not the order's total of the lead.
- A count of hours and a count of people are no parts of one sum (`[link.time_counters]`).
- A total that a share rate right before it makes a subset of a part (`… 240 members, up from 200 …, and women make up
  75 per cent of them, 180 in all`) is no sum of the figures before it.
- A price the units were sold at (`at an average of £40 each`) leaves a list of amounts; the amounts left stay a list.
- A change measured from a prior over a span is of the span's total, not of an average per month that restates it
  (`한 달 평균 1천600 자루꼴`, `[link.per_month_before]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

PER_UNIT, SUM, GROWTH, GAP = "F317", "F302", "F301", "F305"

# ---------------------------------------------------------------- a price per one unit is no total


def test_a_price_per_one_unit_is_no_total_of_another_price_ko(knowledge):
    text = (
        "누리농원 수출\n\n계약 물량은 유자청 900통과 매실청 1천200병 등 모두 2천100개다. 유자청은 통당 3천엔, "
        "매실청은 병당 1천500엔에 팔기로 했다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("price,fires", [("1만5천", False), ("2만5천", True)])
def test_a_price_still_divides_the_contract_total_ko(knowledge, price, fires):
    text = (
        "누리농원 수출\n\n계약 금액은 1천800만 엔이다. 물량은 매실청 1천200병이다. "
        f"매실청은 병당 {price}엔에 팔기로 했다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a count per a day divides no run's total

_FAIR_KO = "누리도서관 책 축제\n\n누리도서관이 연 책 축제에 엿새 동안 관람객 9천 명이 찾았다.\n\n"


def test_a_count_per_day_divides_no_total_of_the_whole_run_ko(knowledge):
    text = _FAIR_KO + "행사장에서는 하루 세 차례, 한 번에 20명씩 책 만들기 교실이 열려 엿새 동안 360명이 참여했다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("20", False), ("30", True)])
def test_a_count_per_day_still_divides_a_days_total_ko(knowledge, each, fires):
    text = _FAIR_KO + f"책 만들기 교실은 하루 참가자가 60명으로, 하루 세 차례 열려 한 번에 {each}명꼴이었다."
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a price divides the amount its clause names

_SLATE = (
    "Slate order\n\nA Cumbrian slate works has won a €60,000 order from a Dublin builders' merchant.\n\n"
    "The order is split between 3,000 slate coasters at €4 each, worth €{worth}, and 1,600 roof ridges at €30 each, "
    "worth €48,000.\n"
)


@pytest.mark.parametrize("worth,fires", [("12,000", False), ("15,000", True)])
def test_a_price_divides_the_amount_its_clause_says_it_comes_to(knowledge, worth, fires):
    result = alarm_rules(knowledge, _SLATE.format(worth=worth))
    assert (PER_UNIT in result) == fires
    if not fires:
        assert_checked(knowledge, _SLATE.format(worth=worth), PER_UNIT, False)


# ---------------------------------------------------------------- hours and people are no parts of one sum


def test_hours_and_people_are_no_parts_of_a_total_of_hours(knowledge):
    text = (
        "Rescue team\n\nThe Glenmoss mountain rescue team was called out 80 times this year. Its 40 volunteers each "
        "gave an average of 90 hours to call-outs and training, 3,600 hours in all."
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("total,fires", [("130", False), ("150", True)])
def test_counts_of_people_still_add_up(knowledge, total, fires):
    text = (
        "Rescue team\n\nThe Glenmoss mountain rescue team has 40 volunteers on call and 90 in reserve, "
        f"{total} volunteers in all."
    )
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a share's part is no sum of the figures before

_CHOIR = "Choir\n\nThe Larkfield choir now has 240 members, up 20 per cent from 200 three years ago, and women make up "


def test_a_shares_part_is_no_total_of_a_level_and_its_prior(knowledge):
    assert SUM not in alarm_rules(knowledge, _CHOIR + "75 per cent of them, 180 in all.")


@pytest.mark.parametrize("total,fires", [("240", False), ("260", True)])
def test_members_listed_before_their_total_still_add_up(knowledge, total, fires):
    text = f"Choir\n\nThe Larkfield choir now has 140 women and 100 men, {total} members in all."
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a sale price leaves a list of amounts

_PRINTS = (
    "Print shop\n\nA Harrowgate print shop printed 300 wedding invitation sets in the year, charging an average of £90 "
    "a set, bringing in £27,000. It also sold 150 posters at an average of £40 each, worth £6,000, taking turnover "
    "from the two to £{total}."
)


@pytest.mark.parametrize("total,fires", [("33,000", False), ("35,000", True)])
def test_a_sale_price_leaves_the_list_and_the_amounts_still_add_up(knowledge, total, fires):
    assert_checked(knowledge, _PRINTS.format(total=total), SUM, fires)


def test_a_sale_price_is_no_part_of_the_sum(knowledge):
    from helpers import document, findings

    result = findings(knowledge, document(_PRINTS.format(total="33,000")), select=[SUM], show_passed=True)
    assert all("£40 " not in p.message for p in result.passed), [p.message for p in result.passed]


# ---------------------------------------------------------------- a change is of its span's total

_SICKLES = (
    "누리대장간 낫, 미국서 9천600 자루 팔려\n\n누리대장간이 올해 1~6월 미국 온라인몰을 통해 낫 9천600 자루를 팔았다고 "
    "8일 밝혔다. 매출은 28만8천 달러로 한 자루에 30달러꼴이다.\n\n지난해 같은 기간 판매량 6천400 자루보다 {gap} 자루, "
    "50% 늘었다. 여섯 달 동안 한 달 평균 1천600 자루꼴로 팔려 나간 셈이다.\n"
)


@pytest.mark.parametrize("gap,fires", [("3천200", False), ("2천800", True)])
def test_a_change_from_a_span_is_of_the_spans_total_not_a_monthly_average_ko(knowledge, gap, fires):
    assert_checked(knowledge, _SICKLES.format(gap=gap), GAP, fires)


def test_a_rate_from_a_span_is_of_the_spans_total_ko(knowledge):
    assert_checked(knowledge, _SICKLES.format(gap="3천200"), GROWTH, False)


# ---------------------------------------------------------------- two prices, each closed by the amount it comes to

_JUGS = (
    "Pottery order\n\nThe Brackenridge pottery has won a €96,000 order from a Lyon shop. The order is split between "
    "2,000 mugs at €12 each, worth €24,000, and 1,200 jugs at €60 each, worth €{worth}.\n"
)


@pytest.mark.parametrize("worth,fires", [("72,000", False), ("90,000", True)])
def test_a_second_price_divides_the_amount_its_own_clause_names(knowledge, worth, fires):
    assert_checked(knowledge, _JUGS.format(worth=worth), PER_UNIT, fires)


def test_a_first_price_divides_its_own_amount_beside_a_second_price(knowledge):
    from helpers import document, findings

    result = findings(knowledge, document(_JUGS.format(worth="72,000")), select=[PER_UNIT], show_passed=True)
    assert any("€24,000 ÷ 2,000" in p.message for p in result.passed), [p.message for p in result.passed]


_LAMPS = (
    "Lamp shop\n\nThe Otterbury lamp shop repaired 400 lamps at an average of £30 a lamp, bringing in £12,000. It "
    "also sold 90 lamps at an average of £80 each, worth £{worth}, taking turnover from the two to £19,200."
)


@pytest.mark.parametrize("worth,fires", [("7,200", False), ("9,900", True)])
def test_a_price_divides_its_amount_before_a_sum_of_its_own_clause(knowledge, worth, fires):
    assert_checked(knowledge, _LAMPS.format(worth=worth), PER_UNIT, fires)


def test_two_totals_named_after_one_price_leave_it_unlinked(knowledge):
    text = "Jam stall\n\nThe stall sold 300 jars at $4 each, $1,200 in all in 2023 and $1,500 in all this year."
    assert_not_checked(knowledge, text, PER_UNIT)


def test_a_price_shipped_after_another_is_of_no_joint_total(knowledge):
    text = "Crates\n\nThe yard bought 900 crates at $12 each and shipped them at a further $3 a crate, costing $13,500."
    assert PER_UNIT not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- `of them` passes over the level a change is from


@pytest.mark.parametrize("women,fires", [("180", False), ("150", True)])
def test_of_them_is_the_level_not_the_earlier_level_of_its_change(knowledge, women, fires):
    assert_checked(knowledge, _CHOIR + f"75 per cent of them, {women} in all.", "F503", fires)


def test_of_them_right_after_a_baseline_of_no_change_is_left(knowledge):
    text = (
        "Choir\n\nThe Larkfield choir sang to 240 guests against 200 at the last show, and 90 per cent of them, 180, "
        "stayed on."
    )
    assert "F503" not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- each unit's average, the total its clause appends


@pytest.mark.parametrize("total,fires", [("3,600", False), ("4,000", True)])
def test_an_average_each_holds_divides_the_total_its_clause_appends(knowledge, total, fires):
    text = (
        "Rowing club\n\nThe Merrow rowing club had 1,200 members this year. Its 40 volunteers each gave an average of "
        f"90 hours to coaching, {total} hours in all."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_an_average_each_holds_takes_no_amount_of_another_clause(knowledge):
    text = (
        "Rowing club\n\nThe Merrow rowing club logged 3,600 hours on the water. Its 40 volunteers each gave an average "
        "of 90 hours to coaching, and the boathouse stayed open 2,000 hours."
    )
    assert_checked(knowledge, text, PER_UNIT, False)
