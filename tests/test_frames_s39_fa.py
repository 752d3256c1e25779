"""False alarms on copy never seen (thirty-ninth session, lane `fa`): joins whose members are of different things or
times, closed where the joins are made; with the break each reading was built for still caught.

- A day written as the coming one (`오는 20일`, `[time] coming`) is on or after publication: this month's, or the
  next month's once this month's has passed (checker/extract/time.py).
- A list names each member once: a label named again (`어른 2만 원 … 어른 1천512만 원`) opens another list of the
  same members (their fees, then their takings), no part of the later one's total (checker/link/totals.py).
- A clause ending on a connective `-며` and a comma ends a list (`[link.clause_ends]`).
- A native ten and unit in one word count (`열두 명`, `스물다섯 곳`: checker/extract/quantities.py).
- A share's whole is of its part's period: a level a change measures to from a prior of that period is a later one;
  the whole is that prior (`gate_share_joins`, checker/link/identity_gates.py).
- A remainder is left of the total its sentence before names as given (`giving the fete an income of`,
  `[link.total_given]`), never of a price of one thing (checker/link/leaving_remainders.py).
- A unit of time right after a number makes it a length, no count elided (`a run that lasted 35 days`,
  `[elided_counts] time_after`).
- A measure stated as an average (`the average fruit weighing 2.5kg`) is no amount a total values at a price; a price
  per a unit and per another (`£90 a kilometre a cut`) values no amount of the one unit alone
  (checker/link/unit_prices.py).
- A change's level stated per one unit (`한 가구에 50포기씩`) and a prior that is not, of another order, are no pair:
  the level is the total before it (`_gate_changes_per_one`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

PER_UNIT, SUM, GROWTH, GAP, SHARE, ELAPSED = "F317", "F302", "F301", "F305", "F503", "F406"


def _result(knowledge, text: str, rule: str, published: dt.date):
    return findings(knowledge, document(text, published=published), select=[rule], show_passed=True)


def _checked(knowledge, text: str, rule: str, fires: bool, published: dt.date = dt.date(2025, 6, 9)) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = _result(knowledge, text, rule, published)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def _not_fired(knowledge, text: str, rule: str, published: dt.date = dt.date(2025, 6, 9)) -> None:
    result = _result(knowledge, text, rule, published)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- a coming day


@pytest.mark.parametrize("days,fires", [("39", False), ("50", True)])
def test_a_coming_day_of_this_month_starts_the_range_ko(knowledge, days, fires):
    text = (
        "누리시 물놀이장\n\n누리시는 도담공원 물놀이장을 오는 20일부터 다음 달 28일까지 "
        f"{days}일간 운영한다고 9일 밝혔다."
    )
    _checked(knowledge, text, ELAPSED, fires, dt.date(2025, 6, 9))


@pytest.mark.parametrize("days,fires", [("118", False), ("148", True)])
def test_a_coming_day_passed_this_month_is_next_months_ko(knowledge, days, fires):
    text = f"나눔 단체 배달\n\n배달은 오는 3일부터 내년 2월 28일까지 {days}일 동안 이어진다."
    _checked(knowledge, text, ELAPSED, fires, dt.date(2025, 10, 6))


def test_a_past_day_still_resolves_back_ko(knowledge):
    _checked(knowledge, "누리시 축제\n\n축제는 지난 2일부터 8일까지 7일간 열렸다.", ELAPSED, False)


# ---------------------------------------------------------------- a label named again opens another list

_FEES = (
    "누리 바둑대회\n\n입장료는 어른 2만 원, 청소년 1만 원으로 입장료 수입은 어른 1천512만 원, 청소년 906만 원 등 "
    "모두 {total}만 원이다."
)


@pytest.mark.parametrize("total,fires", [("2천418", False), ("2천218", True)])
def test_fees_before_the_takings_are_no_parts_of_their_total_ko(knowledge, total, fires):
    _checked(knowledge, _FEES.format(total=total), SUM, fires)


@pytest.mark.parametrize("total,fires", [("65", False), ("60", True)])
def test_a_noun_repeated_with_its_particle_is_no_label_ko(knowledge, total, fires):
    text = (
        "누리 매출\n\n지역별로는 서쪽 매장 매출이 40억원, 동쪽 매장 매출이 25억원으로 "
        f"두 매장 합계 {total}억원을 기록했다."
    )
    _checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a clause ending on `-며,` ends a list


@pytest.mark.parametrize("total,fires", [("500", False), ("600", True)])
def test_a_list_runs_back_no_further_than_a_connective_ko(knowledge, total, fires):
    text = (
        "누리 수영장\n\n수영장은 어른용 25m 풀과 유아용 풀로 나뉘며, 한 번에 들어갈 수 있는 인원은 어른 풀 300명과 "
        f"유아용 풀 200명을 합쳐 {total}명이다."
    )
    _checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a native ten and unit in one word


@pytest.mark.parametrize("part,fires", [("세", False), ("네", True)])
def test_a_native_ten_and_unit_is_read_as_the_whole_ko(knowledge, part, fires):
    text = (
        "누리 씨름단\n\n씨름단은 장사급 선수 여섯 명과 경장급 선수 여섯 명 등 열두 명으로 꾸려져 있다. "
        f"이 가운데 신인은 {part} 명으로 4분의 1이다."
    )
    _checked(knowledge, text, SHARE, fires, dt.date(2025, 7, 8))


# ---------------------------------------------------------------- a share's whole of its part's period

_POOL = (
    "누리 수영장\n\n시는 올여름 이용객 목표를 6만 명으로 잡았다. 지난해 4만8천 명보다 25% 많은 숫자다.\n\n"
    "지난해에는 이용객의 {rate}%인 2만6천400명이 어린이였고 어른은 2만1천600명이었다."
)


@pytest.mark.parametrize("rate,fires", [("55", False), ("65", True)])
def test_a_share_of_last_year_takes_last_years_level_ko(knowledge, rate, fires):
    _checked(knowledge, _POOL.format(rate=rate), SHARE, fires, dt.date(2025, 7, 8))


# ---------------------------------------------------------------- a remainder of a given income

_FETE = (
    "Harbour fete\n\nStall fees of £30 a pitch brought in £2,400, and a raffle added £1,350, giving the fete an income "
    "of £3,750. Costs, mostly for marquees and toilets, came to £2,950, leaving a surplus of £{surplus}."
)


@pytest.mark.parametrize("surplus,fires", [("800", False), ("1,200", True)])
def test_a_surplus_is_left_of_the_income_given_not_of_a_fee(knowledge, surplus, fires):
    _checked(knowledge, _FETE.format(surplus=surplus), GAP, fires)


# ---------------------------------------------------------------- a length after a past verb

_SAP = (
    "Maple sap\n\nA farm in Quebec will ship 2,400 bottles of maple syrup to Lyon. It took some 84,000 litres of "
    "sap.\n\nThat sap came from 2,800 tapped trees, about {each} litres a tree, during a run that lasted 35 days, from "
    "March 10 to April 13."
)


@pytest.mark.parametrize("each,fires", [("30", False), ("40", True)])
def test_a_run_that_lasted_days_is_no_count_of_litres(knowledge, each, fires):
    _checked(knowledge, _SAP.format(each=each), PER_UNIT, fires)


# ---------------------------------------------------------------- an average measure, a price per two units

_MELONS = (
    "Melon crop\n\nGrowers in the Riverina expect to pick 20,000 tonnes of melons this summer.\n\n"
    "With the average fruit weighing about 2.5kg, the crop amounts to some 8 million melons.\n\n"
    "About 70 per cent of it, 14,000 tonnes, will go to the fresh market, with the other 6,000 tonnes sold to a juice "
    "plant. At a farm-gate price of A$0.90 a kilogram, the fresh fruit alone would be worth A$12.6 million."
)


def test_an_average_weight_is_no_amount_a_price_values(knowledge):
    _not_fired(knowledge, _MELONS, PER_UNIT)


@pytest.mark.parametrize("worth,fires", [("18", False), ("15", True)])
def test_a_price_per_kilogram_still_values_the_crop(knowledge, worth, fires):
    text = (
        "Melon crop\n\nGrowers in the Riverina expect to pick 20,000 tonnes of melons this summer.\n\n"
        f"At a farm-gate price of A$0.90 a kilogram, the crop would be worth A${worth} million."
    )
    _checked(knowledge, text, PER_UNIT, fires)


def test_a_price_per_a_kilometre_and_a_cut_values_no_length_alone(knowledge):
    text = (
        "Roadside meadows\n\nThe county's wildflower verges now stretch for 300km, and are cut once a year instead of "
        "four times.\n\nSaving three cuts a year at £90 a kilometre a cut is worth £81,000 a year to the highways "
        "budget."
    )
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a change's level per one unit

_KIMCHI = (
    "누리 김장 나눔\n\n누리복지관은 올겨울 900가구에 김장김치 4만5천 포기를 나눠 준다고 4일 밝혔다.\n"
    "한 가구에 50포기씩 돌아간다.\n지난해 3만6천 포기보다 9천 포기, {rate}% 늘렸다."
)


@pytest.mark.parametrize("rate,fires", [("25", False), ("35", True)])
def test_a_change_is_of_the_total_not_of_the_share_each_ko(knowledge, rate, fires):
    _checked(knowledge, _KIMCHI.format(rate=rate), GROWTH, fires, dt.date(2025, 11, 4))


def test_a_change_in_amount_is_of_the_total_ko(knowledge):
    _checked(knowledge, _KIMCHI.format(rate="25"), GAP, False, dt.date(2025, 11, 4))


# ---------------------------------------------------------------- found on invented copy: a price's own product

_FERRY = (
    "Lake ferry\n\nA lake ferry carried 64,000 passengers last year.\n\nAdult fares of £6 a crossing brought in "
    "£240,000 from 40,000 adults, while 24,000 children paying £{child} each added £72,000, for total fare income of "
    "£312,000."
)


@pytest.mark.parametrize("child,fires", [("3", False), ("4", True)])
def test_a_price_divides_the_amount_its_units_added_not_the_total(knowledge, child, fires):
    _checked(knowledge, _FERRY.format(child=child), PER_UNIT, fires)


def test_a_price_for_the_rest_divides_no_lot_stated_before(knowledge):
    text = (
        "Plum harvest\n\nA Worcestershire orchard sold 20 tonnes of plums this summer.\n\n"
        "Pick-your-own visitors took 5 tonnes, a quarter of the crop, paying £6 a kilogram, or £30,000 in all. The "
        "rest went to a cannery at £2 a kilogram, worth £30,000."
    )
    _not_fired(knowledge, text, PER_UNIT)


def test_a_quantity_each_a_day_divides_no_seasons_total(knowledge):
    text = (
        "Plum harvest\n\nA Worcestershire orchard sold 20 tonnes of plums during a season that lasted 20 days.\n\n"
        "Some 50 pickers worked eight-hour shifts, picking an average of 20kg each a day."
    )
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a rate in apposition before a comparative


@pytest.mark.parametrize(
    "sentence",
    [
        "so this year's was 6 tonnes, or 60 per cent, bigger.",
        "so sales were 6 tonnes, or 60 per cent, higher than last year.",
    ],
)
def test_a_rate_in_apposition_before_a_comparative_is_no_share(knowledge, sentence):
    text = (
        "Plum harvest\n\nA Worcestershire orchard sold 16 tonnes of plums.\n\nLast year, hail cut the crop to 10 "
        f"tonnes, {sentence}"
    )
    _not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- an amount of change and its rate: one change

_GRANTS = (
    "누리 장학금\n\n[누리=전북일보] 전북 누리군은 올해 대학생 160명과 고등학생 160명 등 320명에게 장학금 4억8천만 원을 "
    "준다고 4일 밝혔다. 대학생은 한 명에 200만 원, 고등학생은 100만 원씩이다.\n대학생 장학금은 3억2천만 원, 고등학생 "
    "장학금은 1억6천만 원이다. 지난해 3억6천만 원보다 1억2천만 원, {rate}% 늘었다."
)


@pytest.mark.parametrize("rate,fires", [("33", False), ("43", True)])
def test_a_rate_beside_an_amount_of_change_is_of_its_level_ko(knowledge, rate, fires):
    _checked(knowledge, _GRANTS.format(rate=rate), GROWTH, fires, dt.date(2026, 3, 4))


# ---------------------------------------------------------------- a year an open span runs from


def test_a_total_since_a_year_is_no_count_over_that_year(knowledge):
    text = (
        "Park run\n\nA Saturday park run in Leeds has logged its 400th event, with 72,000 finishes since it began in "
        "2018, an average of 180 a week."
    )
    _not_fired(knowledge, text, "F312")


@pytest.mark.parametrize("each,fires", [("40", False), ("50", True)])
def test_a_total_over_a_year_still_gives_its_days(knowledge, each, fires):
    text = f"Forge\n\nThe forge made 14,600 nails in 2025, which works out at {each} a day."
    _checked(knowledge, text, "F312", fires)
