"""Shares whose part and whole stand in one sentence or one paragraph (thirty-sixth session, lane `near`): partitive
constructions the readings missed because a figure was never read as a count, or because a few words stood between
the part and its share.

- A part of a whole whose noun goes unsaid (`Food stalls account for 23 of the 58, or 40 per cent`): two bare whole
  numbers joined by `of the`, the second closing its clause, are counts of what the sentence counts
  (checker/extract/quantities.py `_read_tallies`), so the share after them is of the pair
  (checker/link/part_of_whole_shares.py).
- A part named by the noun a count before it counts (`The hall let 58 stalls. … took 23 of the stalls, or 40 per
  cent`): the bare number before `of the` and that noun, set beside its share, is a count of the noun
  (checker/extract/quantities.py), and the share is of the two (checker/link/shares_of_them.py).
- A part pointing back with `of them`, then what it is in a few words, then its share (`820 people, 530 of them women,
  almost two-thirds of its workforce`): checker/link/shares_of_them.py; a share that comes first (`two in five of them
  part-time, or 3,770 people`) is still read share first.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

SHARE = "F503"

# ---------------------------------------------------------------- `23 of the 58, or 40 per cent`

_STALLS = "Market hall reopens\n\nFood stalls account for 23 of the 58, or {share}, against fewer than ten before."


@pytest.mark.parametrize("share,fires", [("40 per cent", False), ("30 per cent", True)])
def test_a_part_of_a_bare_whole_takes_the_share_after_it(knowledge, share, fires):
    assert_checked(knowledge, _STALLS.format(share=share), SHARE, fires)


@pytest.mark.parametrize("share,fires", [("almost two-thirds", False), ("about a third", True)])
def test_a_part_of_a_bare_whole_takes_a_fraction_after_it(knowledge, share, fires):
    text = f"Wells tested\n\nNitrate was worst in the east, which had 196 of the 300, {share}."
    assert_checked(knowledge, text, SHARE, fires)


def test_a_bare_pair_whose_share_names_another_noun_is_not_linked(knowledge):
    text = "Market hall reopens\n\nFood stalls took 23 of the 58 last year, and 30 per cent of buyers paid cash."
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `23 of the stalls, or 40 per cent`

_NAMED = (
    "Market hall reopens\n\nThe hall let 58 stalls this spring. Traders from the coast took 23 of the {noun}, or "
    "{share}."
)


@pytest.mark.parametrize("share,fires", [("40 per cent", False), ("30 per cent", True)])
def test_a_part_of_a_noun_counted_before_takes_its_share(knowledge, share, fires):
    assert_checked(knowledge, _NAMED.format(noun="stalls", share=share), SHARE, fires)


@pytest.mark.parametrize("share,fires", [("about one in seven", False), ("about one in three", True)])
def test_a_part_of_a_noun_counted_before_takes_a_fraction(knowledge, share, fires):
    text = (
        "Sheepdog trials\n\nThe trials drew 364 handlers from four countries. "
        f"Women made up 52 of the handlers, {share}, the organisers said."
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_a_part_of_a_noun_no_count_before_counts_is_not_linked(knowledge):
    assert_not_checked(knowledge, _NAMED.format(noun="porters", share="30 per cent"), SHARE)


# ---------------------------------------------------------------- `530 of them women, almost two-thirds`

_MILL = "Mill hiring\n\nThe Ravensholt mill employs 820 people, 530 of them women, {share} of its workforce."


@pytest.mark.parametrize("share,fires", [("almost two-thirds", False), ("almost three-quarters", True)])
def test_a_part_of_them_named_in_words_takes_its_share(knowledge, share, fires):
    assert_checked(knowledge, _MILL.format(share=share), SHARE, fires)


@pytest.mark.parametrize("share,fires", [("or about 41 percent", False), ("or about 51 percent", True)])
def test_a_part_of_them_named_by_a_noun_takes_a_percentage(knowledge, share, fires):
    text = f"Dance gala\n\nThis year's gala featured 220 dancers, 90 of them teenagers, {share}, the organisers said."
    assert_checked(knowledge, text, SHARE, fires)


def test_a_share_of_another_noun_after_a_part_of_them_is_not_linked(knowledge):
    text = "Mill hiring\n\nThe Ravensholt mill employs 820 people, 530 of them women, and 30 per cent of its managers."
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize("part,fires", [("3,300 people", False), ("4,300 people", True)])
def test_a_share_of_them_before_its_part_is_still_read_share_first(knowledge, part, fires):
    text = f"Depot staff\n\nThe carrier employs 8,250 staff, two in five of them part-time, or {part}."
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- `1∼10월 … 하루 평균 50마리꼴`: a run of months

_REGISTERED = "반려견 등록 늘어\n\n올해 1∼10월 신규 등록은 1만5,200마리로 하루 평균 {daily}마리꼴이었다."


@pytest.mark.parametrize("daily,fires", [("50", False), ("70", True)])
def test_a_daily_average_worked_out_over_a_run_of_months_takes_its_days(knowledge, daily, fires):
    assert_checked(knowledge, _REGISTERED.format(daily=daily), "F312", fires)


@pytest.mark.parametrize("monthly,fires", [("22억", False), ("26억", True)])
def test_a_monthly_average_over_a_run_of_months_takes_its_months(knowledge, monthly, fires):
    text = (
        "양조장 매출 늘어\n\n회사의 1∼8월 매출은 176억 원으로 지난해 같은 기간보다 27.6% 늘었다. "
        f"월평균 {monthly} 원어치를 판 셈이다."
    )
    assert_checked(knowledge, text, "F312", fires)


def test_a_run_of_months_across_the_new_year_is_not_read(knowledge):
    # (`11∼2월`: its last month before its first, the months of two years; how many days, not read here)
    text = "반려견 등록 늘어\n\n지난겨울 11∼2월 신규 등록은 1만5,200마리로 하루 평균 70마리꼴이었다."
    assert_not_checked(knowledge, text, "F312")


def test_an_average_of_a_part_over_a_run_of_months_is_not_linked(knowledge):
    text = "반려견 등록 늘어\n\n올해 1∼10월 신규 등록은 1만5,200마리로, 이 가운데 하루 평균 70마리꼴이 소형견이었다."
    assert_not_checked(knowledge, text, "F312")


def test_a_daily_average_not_worked_out_takes_no_calendar_days_of_the_run(knowledge):
    # (a venue open some of the run's days: its days unsaid, unless the average says it is the total worked out)
    text = "체육관 이용 늘어\n\n올해 1∼10월 체육관 이용객은 1만5,200명이었다. 하루 평균 70명이 운동했다."
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- `W 가운데 P … 설치율은 R%`: more rate nouns

_LIFTS = "도서관 승강기 설치\n\n시는 도서관 48곳 가운데 45곳에 승강기 설치를 마쳤다. 설치율은 {rate}다."


@pytest.mark.parametrize("rate,fires", [("93.8%", False), ("83.8%", True)])
def test_an_installation_rate_after_its_pair_is_the_part_over_the_whole(knowledge, rate, fires):
    assert_checked(knowledge, _LIFTS.format(rate=rate), SHARE, fires)


@pytest.mark.parametrize("rate,fires", [("80%", False), ("70%", True)])
def test_a_recovery_rate_after_its_pair_is_the_part_over_the_whole(knowledge, rate, fires):
    text = (
        "야생동물 구조센터\n\n입원한 야생동물은 312마리로, 이 가운데 251마리가 건강을 되찾았다. "
        f"회복률은 {rate}에 이른다."
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_a_rate_named_as_another_pairs_is_not_linked(knowledge):
    text = (
        "야생동물 구조센터\n\n입원한 야생동물은 312마리로, 이 가운데 251마리가 건강을 되찾았다. "
        "전국 평균 회복률은 60%다."
    )
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize("rate,fires", [("96 percent", False), ("86 percent", True)])
def test_a_survival_rate_after_a_part_out_of_its_whole(knowledge, rate, fires):
    text = f"Hatchery report\n\nThe hatchery kept 1,190 out of 1,240 fry alive, a survival rate of {rate}."
    assert_checked(knowledge, text, SHARE, fires)
