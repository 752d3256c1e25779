"""False alarms on copy never seen (fortieth session, lane `fa`): joins whose members are of different things, kinds
or times, closed where the joins are made or gated; with the break each reading was built for still caught.

- A share's part is an amount of its whole: a figure stated per one unit (`한 상자에 3유로씩`, `four each on average`)
  is no part of a whole more than ten times it (`gate_share_joins`, checker/link/identity_gates.py).
- A forecast of the story's total in the lead is a rival to a larger level of a later paragraph: which whole a bare
  `전체 생산량의` share is of, unsaid (checker/link/share_fallback_ko.py, checker/link/share_rates.py).
- A total its clause states per a count made a rate's base (`Every 1,000 jars take 40kg`, `1천 병마다`) divides
  nothing (`[link.per_count_before]`, `[link.per_count_after]`, `gate_per_unit_joins`).
- A count stated as an addition (`the eight extra teams`, `8 more teams`) is no level a figure per unit divides
  (`gate_per_unit_joins`).
- An irregular participle after a number makes it a subject counting the noun before (`the 800 brought in`:
  `[elided_counts] after`, `not_counters`).
- Two figures a digit apart whose difference is stated beside them are a part and its whole, no slip (F405,
  checker/check/kinds/restatement.py `_gap_stated`).
- A level told of a period before the one its change's own clause names is the change's prior (`Last year … sold
  20,000 tickets, so sales rose by 2,500 this year`: checker/link/relations.py, `[link.time_clause_breaks]`).
- Parts naming members of partitions of two kinds (`12 are part-time and 30 are women`) overlap: no sum
  (`gate_sum_joins`, rules/lexicon/partitions.toml).
- A breakdown after a sibling breakdown of one whole (by sex, then by age) is of that whole
  (checker/link/breakdowns.py), and a listed part's share is of its list's whole (checker/link/shares.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings

PER_UNIT, SUM, GROWTH, INCREMENT, SHARE, RESTATED = "F317", "F302", "F301", "F306", "F503", "F405"


def _result(knowledge, text: str, rule: str, published: dt.date):
    return findings(knowledge, document(text, published=published), select=[rule], show_passed=True)


def _checked(knowledge, text: str, rule: str, fires: bool, published: dt.date = dt.date(2026, 8, 5)) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = _result(knowledge, text, rule, published)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def _not_fired(knowledge, text: str, rule: str, published: dt.date = dt.date(2026, 8, 5)) -> None:
    result = _result(knowledge, text, rule, published)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- a figure per one unit is no share's part

_JUICE = (
    "누리 과일즙 수출\n\n누리농원은 배즙과 사과즙 1만8천 상자를 수출하는 계약을 맺었다. 계약 금액은 5만 유로다. "
    "품목별로는 배즙이 1만 상자, 사과즙이 8천 상자다. 배즙은 {price}, 사과즙은 2.5유로씩 2만 유로어치이며, "
    "물량으로는 배즙이 전체의 55.6%를 차지한다."
)


@pytest.mark.parametrize(
    "price", ["한 상자에 3유로씩 3만 유로", "상자당 3유로씩 3만 유로", "한 상자에 3유로꼴로 3만 유로"]
)
def test_a_price_per_box_is_no_part_of_a_share_ko(knowledge, price):
    _not_fired(knowledge, _JUICE.format(price=price), SHARE)


@pytest.mark.parametrize(
    "each",
    [
        "the team's 40 volunteers attended three each on average, on top of their day jobs",
        "its 40 volunteers went out to three each on average, on top of their day jobs",
        "the team's 40 volunteers attended two each on average, besides their own work",
        "the team's 40 volunteers went on three each, on average",
    ],
)
def test_an_average_each_is_no_part_of_a_share_en(knowledge, each):
    text = (
        "Rescue team\n\nVolunteers at the Brackdale Rescue Team were called out 120 times this year, up from 90.\n\n"
        f"That is 30 more call-outs, and {each}.\n\nWalkers accounted for 80 of the call-outs, two-thirds of the "
        "total, and climbers 25."
    )
    _not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize("share,fires", [("75", False), ("60", True)])
def test_a_share_of_members_is_still_checked_ko(knowledge, share, fires):
    text = f"누리 합창단\n\n누리 합창단 단원은 400명이다.\n\n단원 가운데 여성이 300명으로 {share}%를 차지한다."
    _checked(knowledge, text, SHARE, fires)


def test_a_price_half_of_another_price_stays_a_share_en(knowledge):
    text = (
        "Fodder scheme\n\nThe straw, bought at $50 a bale and hauled in for a further $20 a bale, went to farmers. "
        "Farmers pay $35 a bale, half of the $70 delivered cost."
    )
    _checked(knowledge, text, SHARE, False)


# ---------------------------------------------------------------- a forecast of the story's total is a rival whole

_APPLES = (
    "누리군 사과 풍년\n\n누리군은 올해 사과 생산량이 3천톤에 이를 것으로 내다봤다고 2일 밝혔다. 지난해보다 20% 늘어난 "
    "양이다.\n\n사과즙 공장에서 쓰는 원료 사과는 1만2천톤에 이른다.\n\n지역 농협이 {whole}의 40%인 1천200톤을 "
    "수매한다."
)


@pytest.mark.parametrize("whole", ["전체 생산량", "전체"])
def test_a_forecast_lead_total_rivals_a_later_level_ko(knowledge, whole):
    _not_fired(knowledge, _APPLES.format(whole=whole), SHARE)


@pytest.mark.parametrize("share,fires", [("40", False), ("30", True)])
def test_a_share_of_the_story_total_is_still_checked_ko(knowledge, share, fires):
    text = (
        "누리군 사과 수매\n\n누리군의 올해 사과 생산량은 3천톤으로 집계됐다.\n\n"
        f"지역 농협이 전체의 {share}%인 1천200톤을 수매했다."
    )
    _checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- a total per a count divides nothing

_JAM = "Jam order\n\n{rate}, so the order used some 480kg of fruit. It was picked by 24 pickers, about {each}kg each."


@pytest.mark.parametrize(
    "rate",
    [
        "Every 1,000 jars take about 40kg of plums",
        "For every 1,000 jars, the kitchen needs about 40kg of plums",
        "The kitchen uses about 40kg of plums for every 1,000 jars",
        "The kitchen uses about 40kg of plums per 1,000 jars",
    ],
)
@pytest.mark.parametrize("each", ["20", "25"])
def test_a_figure_per_a_count_is_no_total_en(knowledge, rate, each):
    _not_fired(knowledge, _JAM.format(rate=rate, each=each), PER_UNIT)


@pytest.mark.parametrize("each", ["20", "25"])
def test_a_figure_per_a_count_is_no_total_ko(knowledge, each):
    text = (
        "누리 잼 수출\n\n잼 1천 병마다 자두 40kg이 들어가, 이번 주문에는 자두 480kg이 쓰였다. "
        f"자두는 농민 24명이 1인당 {each}kg씩 땄다."
    )
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("each,fires", [("4", False), ("5", True)])
def test_a_per_unit_total_is_still_divided_en(knowledge, each, fires):
    text = (
        "Pottery order\n\nThe Harnby pottery sold 600 mugs at £12 each, taking £7,200 in all.\n\n"
        f"The mugs were thrown by 150 students, about {each} mugs a student."
    )
    _checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- an added count is no level's units


@pytest.mark.parametrize(
    "added",
    [
        "The eight extra teams come from two new clubs.",
        "There will be 8 more teams from two new clubs.",
        "An additional 8 teams join from two new clubs.",
        "Another 8 teams join from two new clubs.",
    ],
)
def test_an_added_count_is_no_level_a_figure_per_unit_divides_en(knowledge, added):
    text = (
        "Netball league\n\nThe Brenmoor Netball League will have 40 teams next season, up from 32. "
        f"{added} With nine players a team, about 360 players will take part."
    )
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("players,fires", [("360", False), ("400", True)])
def test_a_level_of_teams_is_still_divided_en(knowledge, players, fires):
    text = (
        "Netball league\n\nThe Brenmoor Netball League will have 40 teams next season. "
        f"With nine players a team, about {players} players will take part."
    )
    _checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- an irregular participle elides the noun


@pytest.mark.parametrize("verb", ["brought in", "taken in", "sent in", "handed over", "found"])
def test_a_number_before_a_participle_counts_the_noun_before_en(knowledge, verb):
    text = (
        "Repair cafe\n\nVolunteers at the Lowford Fix-It Cafe mended 600 broken items this year, three-quarters of "
        f"the 800 {verb}."
    )
    got = {c.text: c.counter for c in claims(text, knowledge).claims}
    counted = next(counter for figure, counter in got.items() if figure.startswith("600"))
    assert counted and got.get("800") == counted, got


@pytest.mark.parametrize("average", ["about 40 items a session", "an average of £2.50 for each item brought in"])
def test_a_figure_per_item_of_a_part_or_its_whole_is_unsaid_en(knowledge, average):
    text = (
        "Repair cafe\n\nVolunteers at the Lowford Fix-It Cafe mended 600 broken items this year, three-quarters of "
        "the 800 brought in.\n\nThe cafe met 20 times, 20 sessions in all, seeing "
        f"{average}. Visitors gave £2,000."
    )
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a stated gap is no slip of a digit

_CONTRACT = (
    "누리 한과 수출\n\n누리한과가 유과 2만 상자를 6만4천800 유로에 수출한다. 찹쌀 유과는 한 상자에 2유로씩 "
    "{first} 유로, 깨 유과는 {second} 유로어치다."
)


@pytest.mark.parametrize("first,second", [("4만", "2만4천800"), ("2만4천800", "4만")])
def test_a_part_whose_complement_is_stated_is_no_slip_ko(knowledge, first, second):
    _not_fired(knowledge, _CONTRACT.format(first=first, second=second), RESTATED)


def test_a_part_whose_complement_is_stated_is_no_slip_en(knowledge):
    text = (
        "Biscuit order\n\nThe Corwen bakery will ship biscuits worth $64,800 to Oslo.\n\n"
        "Oat biscuits make up $40,000 of it and ginger biscuits $24,800."
    )
    _not_fired(knowledge, text, RESTATED)


def test_a_restated_figure_a_digit_off_is_still_a_slip_ko(knowledge):
    text = "누리 한과 수출\n\n누리한과가 유과를 6만4천800 유로에 수출한다. 계약 금액 2만4천800 유로는 올해 최대다."
    result = _result(knowledge, text, RESTATED, dt.date(2026, 8, 5))
    assert RESTATED in [f.rule for f in result.findings]


# ---------------------------------------------------------------- a level told of a prior period is the prior


@pytest.mark.parametrize(
    "text",
    [
        "Last year the Harlow club sold 20,000 tickets, so sales rose by 2,500, or 12.5%, this year.",
        "Last year the Harlow club sold 20,000 tickets; this year sales rose by 2,500, or 12.5%.",
        "Last year the Harlow club sold 20,000 tickets, so sales rose by 2,500 this year, or 12.5%.",
        "In 2025 the Harlow club sold 20,000 tickets, but sales fell 10% this year, a drop of 2,000.",
        "The Harlow club sold 20,000 tickets last year. This year sales rose by 2,500, or 12.5%.",
    ],
)
def test_a_level_of_last_year_is_no_level_of_this_years_change_en(knowledge, text):
    _not_fired(knowledge, "Club tickets\n\n" + text, INCREMENT)


@pytest.mark.parametrize("rate,fires", [("12.5", False), ("14", True)])
def test_a_change_of_this_years_level_is_still_checked_en(knowledge, rate, fires):
    text = f"Club tickets\n\nThe Harlow club sold 22,500 tickets this year, up 2,500, or {rate}%, from last year."
    _checked(knowledge, text, INCREMENT, fires)


def test_a_change_with_its_own_prior_keeps_it_ko(knowledge):
    text = (
        "누리 관광\n\n올해 3분기 누리섬을 찾은 관광객이 64만명으로 집계됐다. 분기 기준 60만명을 넘은 것은 "
        "2019년 3분기 이후 7년 만이다.\n\n3분기 관광객은 전년 동기(50만명) 대비 28% 증가했다."
    )
    _checked(knowledge, text, GROWTH, False)


# ---------------------------------------------------------------- overlapping attributes are no partition


@pytest.mark.parametrize(
    "text",
    [
        "Of the 40 staff at the Dunmore depot, 12 are part-time and 30 are women.",
        "The Dunmore depot employs 40 staff: 12 work part-time and 30 are women.",
        "The Dunmore depot employs 40 staff, of whom 12 are part-time and 30 are women.",
        "Of the 40 members of the Dunmore choir, 30 are women and 14 are children.",
    ],
)
def test_parts_of_two_kinds_of_attribute_are_no_sum_en(knowledge, text):
    _not_fired(knowledge, "Staff survey\n\n" + text, SUM)


@pytest.mark.parametrize("other", ["are over 60", "are retired", "live outside the town"])
def test_a_member_of_one_partition_and_an_attribute_of_another_are_no_sum_en(knowledge, other):
    text = f"Club members\n\nThe Ashby bowls club has 300 members: 180 are men and 150 {other}."
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize("women,fires", [("120", False), ("150", True)])
def test_both_members_of_one_partition_still_add_up_en(knowledge, women, fires):
    text = f"Club members\n\nThe Ashby bowls club has 300 members: 180 are men and {women} are women."
    _checked(knowledge, text, SUM, fires)


@pytest.mark.parametrize("other", ["은퇴자는", "60세 이상은"])
def test_a_member_of_one_partition_and_an_attribute_of_another_are_no_sum_ko(knowledge, other):
    text = f"누리 동호회\n\n누리 동호회 회원 300명 가운데 남성은 180명, {other} 150명이다."
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(
    "groups",
    ["75세 이상이 420명, 홀로 사는 어르신이 380명이다", "기초수급자가 420명, 75세 이상이 380명이다"],
)
def test_groups_drawn_from_a_pool_by_attributes_of_their_own_are_no_sum_ko(knowledge, groups):
    _not_fired(knowledge, f"가온군 경로식당\n\n급식 대상자 600명 가운데 {groups}.", SUM)


@pytest.mark.parametrize("groups", ["420 are over 75 and 380 live alone", "420 live alone and 380 are over 75"])
def test_groups_drawn_from_a_pool_by_attributes_of_their_own_are_no_sum_en(knowledge, groups):
    _not_fired(knowledge, f"Lunch club\n\nOf the 600 diners at the Alnby lunch club, {groups}.", SUM)


@pytest.mark.parametrize("women,fires", [("180", False), ("380", True)])
def test_groups_of_a_pool_named_by_one_partition_still_add_up_ko(knowledge, women, fires):
    _checked(knowledge, f"가온군 경로식당\n\n급식 대상자 600명 가운데 남성이 420명, 여성이 {women}명이다.", SUM, fires)


def test_parts_of_two_kinds_of_attribute_are_no_sum_ko(knowledge):
    text = "누리 물류센터\n\n누리 물류센터 직원 40명 가운데 비정규직이 12명, 여성이 30명이다."
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize("full,fires", [("28", False), ("30", True)])
def test_parts_of_one_attribute_still_add_up_en(knowledge, full, fires):
    text = f"Staff survey\n\nThe Dunmore depot employs 40 staff: 12 work part-time and {full} full-time."
    _checked(knowledge, text, SUM, fires)


@pytest.mark.parametrize("regular,fires", [("26", False), ("28", True)])
def test_parts_of_one_attribute_still_add_up_ko(knowledge, regular, fires):
    text = f"누리 물류센터\n\n누리 물류센터 직원은 40명으로 정규직 {regular}명, 비정규직 14명이다."
    _checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a second breakdown of one whole

_RENT = (
    "한솔시 청년 월세 지원\n\n한솔시는 올해 청년 월세 지원 대상자 1천200명을 선정했다고 5일 밝혔다. 신청자 3천 명 "
    "가운데 40%다.\n\n선정된 청년 가운데 여성은 680명, 남성은 520명이다. 나이별로는 20대가 840명으로 {share}%를 "
    "차지했고, 30대는 360명이다."
)


@pytest.mark.parametrize("share,fires", [("70", False), ("60", True)])
def test_a_breakdown_after_a_sibling_is_of_its_whole_ko(knowledge, share, fires):
    _checked(knowledge, _RENT.format(share=share), SHARE, fires)


def test_a_breakdown_after_a_sibling_adds_up_to_its_whole_ko(knowledge):
    _checked(knowledge, _RENT.format(share="70"), SUM, False)


# ---------------------------------------------------------------- an age group before a count written with `천`

_CARDS = (
    "누리바이크\n\n1년권 가입자는 1만2천 명으로 이 가운데 20대가 4천800명으로 {first}%, 30대가 3천 명으로 "
    "{second}%를 차지했다."
)


def test_an_age_group_is_no_count_of_vehicles_ko(knowledge):
    _not_fired(knowledge, _CARDS.format(first="40", second="25"), SHARE)


@pytest.mark.parametrize("first,fires", [("40", False), ("30", True)])
def test_the_age_groups_share_is_still_checked_ko(knowledge, first, fires):
    _checked(knowledge, _CARDS.format(first=first, second="25"), SHARE, fires)


def test_an_age_group_before_thousands_is_read_as_a_label_ko(knowledge):
    got = [c.text for c in claims("누리바이크\n\n가입자 가운데 20대가 4천800명, 30대가 3천 명이다.", knowledge).claims]
    assert "20대" not in got and "30대" not in got, got


def test_a_range_of_age_groups_names_no_one_member_ko(knowledge):
    text = (
        "누리군 접종\n\n접종자는 3천420명이다. 연령대별로는 60대가 1천410명으로 가장 많았고 70대 1천180명, 50대 "
        "520명, 80세 이상 310명이었다. 60∼70대가 전체의 75.7%를 차지한다."
    )
    _not_fired(knowledge, text, SHARE)
