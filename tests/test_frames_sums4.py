"""Sums, part 4 (issue 11): edits that a found sum must report, and constructions of the fourth pass. Every
sentence, place, club and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _parts(knowledge, text: str) -> dict[str, str]:
    """Each linked part's text → its total's text."""
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): by_id[c.part_of] for c in found if c.part_of}


# ---------------------------------------------------------------- a whole written below two of its parts
# A whole whose first digit slipped down can come out smaller than two parts, not only one: it is still the whole
# while it stays above half of the largest part (checker/link/wholes.py), so the slip is reported.
LOWERED_WHOLE = [
    pytest.param(
        "Westmarch has reported 41,300 cases so far, including 22,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died.",
        False,
        id="en-run-on-holds",
    ),
    pytest.param(
        "Westmarch has reported 11,300 cases so far, including 22,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died.",
        True,
        id="en-run-on-whole-below-two-parts",
    ),
    pytest.param(
        "Eastvale has recorded 52,000 cases to date, including 27,500 active cases. "
        "23,900 patients have been discharged, while 600 people have died.",
        False,
        id="en-run-on-discharged-holds",
    ),
    pytest.param(
        "Eastvale has recorded 22,000 cases to date, including 27,500 active cases. "
        "23,900 patients have been discharged, while 600 people have died.",
        True,
        id="en-run-on-discharged-whole-below-two-parts",
    ),
]


@pytest.mark.parametrize("text,fires", LOWERED_WHOLE)
def test_a_whole_below_two_parts_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_far_below_two_parts_is_no_whole(knowledge):
    """Below half of the largest part, a smaller figure is another fact: the breakdown links no whole."""
    text = (
        "Westmarch has reported 9,000 new cases this week, including 2,100 active cases. "
        "18,200 people have recovered, while 1,000 people have died."
    )
    assert "9,000 new cases" not in _parts(knowledge, text).values()


CASE_STATES = [
    pytest.param(
        "Northby's tally rose to 30,400 cases. Active cases stood at 12,100, while 17,900 people have "
        "recovered and 400 people have died.",
        False,
        id="en-states-holds",
    ),
    # The total slipped below the active count: the nearest count of cases is still the whole.
    pytest.param(
        "Northby's tally rose to 10,400 cases. Active cases stood at 12,100, while 7,900 people have "
        "recovered and 400 people have died.",
        True,
        id="en-states-whole-below-a-part",
    ),
]


@pytest.mark.parametrize("text,fires", CASE_STATES)
def test_case_states_check_a_smaller_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- a cap counts as the figure it names
# A contract's total counts each option at its most (`총액 T` with `옵션 최대 b`, `최대 T` with `옵션 b`): read as any
# amount below it, a cap let a part raised past the total, or a closed list's shortfall, pass.
CAPS = [
    pytest.param(
        "가나구단은 포수와 계약금 10억원, 연봉 12억원, 옵션 최대 8억원 등 총액 30억원에 계약했다.",
        False,
        id="ko-cap-part-holds",
    ),
    pytest.param(
        "가나구단은 포수와 계약금 16억원, 연봉 12억원, 옵션 최대 8억원 등 총액 30억원에 계약했다.",
        True,
        id="ko-cap-part-excess",
    ),
    pytest.param(
        "다라구단은 내야수와 3년 최대 24억원에 계약했다. 계약금 9억원, 연봉 총액 10억원, 옵션 5억원이다.",
        False,
        id="ko-cap-total-holds",
    ),
    pytest.param(
        "다라구단은 내야수와 3년 최대 24억원에 계약했다. 계약금 5억원, 연봉 총액 10억원, 옵션 5억원이다.",
        True,
        id="ko-cap-total-closed-short",
    ),
    # An open list (`등`) may still fall short of a cap.
    pytest.param(
        "마바구단은 투수와 계약금 10억원, 연봉 12억원 등 최대 30억원에 계약했다.", False, id="ko-cap-total-open-short"
    ),
    pytest.param(
        "The club signed the pitcher to a deal worth up to $40 million, including a $10 million signing bonus, "
        "$24 million in salary and up to $6 million in incentives.",
        False,
        id="en-caps-hold",
    ),
    pytest.param(
        "The club signed the pitcher to a deal worth up to $40 million, including a $14 million signing bonus, "
        "$24 million in salary and up to $6 million in incentives.",
        True,
        id="en-cap-part-excess",
    ),
]


@pytest.mark.parametrize("text,fires", CAPS)
def test_a_cap_counts_as_the_figure_it_names(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- parts that name a whole contract close the list
# Guaranteed money (a signing fee and salaries, or a guarantee) and options are all of a contract: a list naming
# each of them, with as many parts as kinds, is closed, so a part written short of the total is reported.
WHOLE_CONTRACT = [
    pytest.param(
        "가나구단은 투수와 계약금 8억원, 연봉 총액 12억원, 옵션 4억원의 조건에 합의했다. 총액 24억원이다.",
        False,
        id="ko-parts-then-total-holds",
    ),
    pytest.param(
        "가나구단은 투수와 계약금 4억원, 연봉 총액 12억원, 옵션 4억원의 조건에 합의했다. 총액 24억원이다.",
        True,
        id="ko-parts-then-total-short",
    ),
    # No options named: the list may leave parts out, and a shortfall passes.
    pytest.param(
        "가나구단은 투수와 계약금 4억원, 연봉 총액 12억원을 받는 조건에 합의했다. 총액 24억원이다.",
        False,
        id="ko-no-options-open",
    ),
    pytest.param(
        "다라구단의 외야수는 기본 보장 30억원에 옵션 6억원을 받는다. 총액 36억원이다.", False, id="ko-guarantee-holds"
    ),
    pytest.param(
        "다라구단의 외야수는 기본 보장 20억원에 옵션 6억원을 받는다. 총액 36억원이다.", True, id="ko-guarantee-short"
    ),
    pytest.param(
        "마바구단은 내야수와 3년 총액 20억원에 계약했다. 계약금 6억원에 연봉 총액 9억원, 옵션 5억원이 걸렸다.",
        False,
        id="ko-total-then-parts-holds",
    ),
    pytest.param(
        "마바구단은 내야수와 3년 총액 20억원에 계약했다. 계약금 2억원에 연봉 총액 9억원, 옵션 5억원이 걸렸다.",
        True,
        id="ko-total-then-parts-short",
    ),
    pytest.param(
        "마바구단은 내야수와 3년 총액 20억원에 계약했다. 계약금 2억원에 연봉 총액 9억원이 걸렸다.",
        False,
        id="ko-total-then-parts-no-options-open",
    ),
    pytest.param(
        "The club signed the pitcher to a contract totalling $20 million. He gets a $5 million signing bonus, "
        "$12 million in salary and $3 million in incentives.",
        False,
        id="en-total-then-parts-holds",
    ),
    pytest.param(
        "The club signed the pitcher to a contract totalling $20 million. He gets a $1 million signing bonus, "
        "$12 million in salary and $3 million in incentives.",
        True,
        id="en-total-then-parts-short",
    ),
    pytest.param(
        "The club signed the pitcher to a contract totalling $20 million. He gets a $1 million signing bonus and "
        "$12 million in salary.",
        False,
        id="en-no-incentives-open",
    ),
]


@pytest.mark.parametrize("text,fires", WHOLE_CONTRACT)
def test_parts_naming_a_whole_contract_close_the_list(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_an_open_mark_keeps_a_contract_list_open(knowledge):
    """`등`: a list that names every kind may still leave parts out."""
    text = "가나구단은 투수와 계약금 4억원, 연봉 총액 12억원, 옵션 4억원 등의 조건에 합의했다. 총액 24억원이다."
    assert_checked(knowledge, text, "F302", False)


# ---------------------------------------------------------------- active cases, recoveries and deaths: every case
# A case stays active until it closes by recovery or death: a count of cases broken down into all three states is
# broken down whole, so a total written above its parts is reported. A list that misses a state stays open.
WHOLE_CASE_COUNT = [
    pytest.param(
        "Southvale has so far reported 20,500 cases of the virus — 8,300 are active cases, 11,700 people have been "
        "cured, while 500 people have died.",
        False,
        id="en-dash-list-holds",
    ),
    # The deaths after `while` are parts of the same count (the list after the total stopped at the clause).
    pytest.param(
        "Southvale has so far reported 60,500 cases of the virus — 8,300 are active cases, 11,700 people have been "
        "cured, while 500 people have died.",
        True,
        id="en-dash-list-total-above",
    ),
    pytest.param(
        "Southvale has so far reported 60,500 cases of the virus — 8,300 are active cases and 11,700 people have "
        "been cured.",
        False,
        id="en-no-deaths-open",
    ),
    pytest.param(
        "Eastvale has recorded 92,000 cases to date, including 27,500 active cases. 23,900 patients have been "
        "discharged, while 600 people have died.",
        True,
        id="en-run-on-total-above",
    ),
    pytest.param(
        "Northby's tally rose to 70,400 cases. Active cases stood at 12,100, while 17,900 people have recovered and "
        "400 people have died.",
        True,
        id="en-states-total-above",
    ),
]


@pytest.mark.parametrize("text,fires", WHOLE_CASE_COUNT)
def test_active_recovered_and_dead_are_every_case(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_state_that_is_no_death_leaves_the_count_open(knowledge):
    """`600 people were tested` closes no case: the list may leave parts out, and a shortfall passes."""
    text = (
        "Eastvale has recorded 92,000 cases to date, including 27,500 active cases. 23,900 patients have been "
        "discharged, while 600 people were tested."
    )
    assert_checked(knowledge, text, "F302", False)


# ---------------------------------------------------------------- a partition of new items: the day's figure
# `신규 확진자의 … 국내 A명, 해외 B명` breaks down the day's new items, stated as a rise (`N명 늘어`) or as new
# (`1,250 new cases`), not the count so far stated beside them.
NEW_ITEMS = [
    pytest.param(
        "방역당국은 오늘 0시 기준 신규 확진자가 250명 늘어 누적 확진자가 2만4100명이라고 밝혔다. 신규 확진자의 "
        "감염 경로는 국내 지역 발생 231명, 해외 유입 19명이다.",
        False,
        id="ko-rise-holds",
    ),
    pytest.param(
        "보건당국은 신규 확진자가 480명 늘어 누적 3만2500명이 됐다고 밝혔다. 신규 확진자 가운데 국내 발생은 "
        "450명, 해외 유입은 90명이다.",
        True,
        id="ko-rise-broken",
    ),
    pytest.param(
        "보건당국은 신규 확진자가 480명 늘어 누적 3만2500명이 됐다고 밝혔다. 신규 확진자 가운데 국내 발생은 "
        "450명, 해외 유입은 30명이다.",
        False,
        id="ko-rise-holds-2",
    ),
    pytest.param(
        "The ministry reported 1,250 new cases on Monday, taking the total to 31,400 cases. Among the new cases, "
        "domestic infections were 1,180 cases and overseas arrivals 70 cases.",
        False,
        id="en-new-holds",
    ),
    pytest.param(
        "The ministry reported 1,250 new cases on Monday, taking the total to 31,400 cases. Among the new cases, "
        "domestic infections were 1,180 cases and overseas arrivals 20 cases.",
        True,
        id="en-new-broken",
    ),
]


@pytest.mark.parametrize("text,fires", NEW_ITEMS)
def test_a_partition_of_new_items_breaks_down_the_new_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_new_items_take_the_new_figure_not_the_count_so_far(knowledge):
    text = (
        "방역당국은 오늘 0시 기준 신규 확진자가 250명 늘어 누적 확진자가 2만4100명이라고 밝혔다. 신규 확진자의 "
        "감염 경로는 국내 지역 발생 231명, 해외 유입 19명이다."
    )
    assert _parts(knowledge, text) == {"231명": "250명", "19명": "250명"}


# ---------------------------------------------------------------- a party named shortened in a race row
# Short names: the letters of the full name in order, from its first letter to its last, match it
# (`새통당` of `새빛통합당`, `새미래` of `새빛미래`), so a party's total meets its seats in each race.
_RACE_ROWS = "개표가 끝났다.\n지역…새통당 125석·누리당 108석·맑음 2석\n비례…새미래 15석·누리다함 2석·맑음 3석\n"
SHORTENED_NAMES = [
    pytest.param(
        _RACE_ROWS + "정당별로는 △새빛통합당+새빛미래 140석 △누리다함당 110석 △맑음당 5석이다.",
        False,
        id="ko-shortened-holds",
    ),
    pytest.param(
        _RACE_ROWS + "정당별로는 △새빛통합당+새빛미래 150석 △누리다함당 110석 △맑음당 5석이다.",
        True,
        id="ko-shortened-broken",
    ),
]


@pytest.mark.parametrize("text,fires", SHORTENED_NAMES)
def test_a_shortened_party_name_meets_its_full_name(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_shortened_names_keep_their_first_and_last_letters(knowledge):
    """`새통합` does not end as `새빛통합당` does: no tally of that party."""
    text = _RACE_ROWS.replace("새통당", "새통합") + "정당별로는 △새빛통합당+새빛미래 150석 △누리다함당 110석이다."
    found = claims(text, knowledge).claims
    total = next(c for c in found if c.text.strip() == "150석")
    assert not any(total.id in c.tally_of for c in found)


def test_a_shortened_name_tallies_both_races(knowledge):
    text = _RACE_ROWS + "정당별로는 △새빛통합당+새빛미래 140석 △누리다함당 110석 △맑음당 5석이다."
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    tallied = {c.text.strip(): by_id[t] for c in found for t in c.tally_of}
    assert tallied["125석"] == "140석" and tallied["15석"] == "140석"
    assert tallied["108석"] == "110석"


# ---------------------------------------------------------------- a cap opening the sentence after a whole contract
# `기본 보장 a억 원에 옵션 b억 원이었다. 최대 T억 원으로 …`: with no total mark, a cap that opens the sentence is the
# total of the contract listed just before, when that list names a whole contract (and no other list's).
CAP_AFTER_A_CONTRACT = [
    pytest.param(
        "지난 시즌 뒤 가나구단과 계약한 내야수도 비슷하다. 기본 보장 70억 원에 옵션이 8억 원이었다. 최대 78억 원으로 "
        "옵션 비중이 10% 정도였다.",
        False,
        id="ko-cap-after-guarantee-holds",
    ),
    pytest.param(
        "지난 시즌 뒤 가나구단과 계약한 내야수도 비슷하다. 기본 보장 30억 원에 옵션이 8억 원이었다. 최대 78억 원으로 "
        "옵션 비중이 10% 정도였다.",
        True,
        id="ko-cap-after-guarantee-short",
    ),
]


@pytest.mark.parametrize("text,fires", CAP_AFTER_A_CONTRACT)
def test_a_cap_after_a_whole_contract_is_its_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_cap_after_another_list_totals_nothing(knowledge):
    """No options named: the cap may be any other figure of the story."""
    text = "가나구단의 두 선수는 각각 계약금 70억 원, 연봉 8억 원을 받았다. 최대 78억 원으로 구단 역사상 최고다."
    assert_not_checked(knowledge, text, "F302")
