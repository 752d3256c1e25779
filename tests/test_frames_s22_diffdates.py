"""Gaps between two lengths of time (twenty-second session), each a rule for a construction
(checker/link/length_gaps.py, check kind length_gap, F347):
- a new length, `from` the earlier, then after a comma the gap and its direction (`fell to 12 weeks from 19 weeks,
  seven weeks shorter`), the gap in another unit where it is (`40 days from 54 days, two weeks faster`);
- a length, then after a comma the gap, its direction and `than` the other length (`96 days, 11 days longer than
  last summer's 85 days`, `31 minutes 5 seconds, 6 minutes 20 seconds quicker than last winter's 37 minutes 25
  seconds`);
- Korean: the new length with `으로`, the earlier with `보다`, the gap and its verb (`3시간 10분으로 1년 전 2시간
  45분보다 25분 늘었다`, `1시간08분15초로 … 1시간09분40초보다 1분25초 빨랐다`), or the earlier with `에서`, the new
  with `으로` (`5시간 12분에서 4시간 30분으로 42분 줄었다`).
A bare number after `against` with no comma (`238 shops against 204 a year ago`) or after a time's possessive
(`seven more than last year's 51`) counts the noun of the count before it ([elided_counts] before), so the gap
beside it is checked (F305).
Units added and taken away and their net (check kind net_tally, F348): `opened 26 gyms and closed four over the
year, a net gain of 22`; Korean, the net as the change of a level, the openings and closings in the next sentence
(`… 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다`, `새로 문을 연 가맹점은 310곳, 문을 닫은 가맹점은
214곳`).
A level, the level it is set against and `after` a verb of adding sites before a count (`96 pharmacies, compared with
81 a year earlier, after buying 15 shops`): the count is the change between them, a guess (F305, a warning).
A gap to a figure compared with, in a sentence that continues the level of the sentence before: `지난해 같은 기간`
names no subject of its own (`같은`, `[link.verb_modifiers]`), and a figure in a clause after the gap's (`… 많고,
작년 한 해 … 41만명도 넘어섰다`) is no level of the gap's sentence (checker/link/gaps_from_before.py).
An opening's date joined to its close by `and` and a verb of closing (`open on Sept. 4 and close on Nov. 20, a window
of 78 days`: `[link.range_joiners]`) are a run's ends, its length checked (F406).
Near-misses, not linked: a gap against something after `than` that is no length (`…, three weeks longer than the
target`), a gap with no earlier length (`lasted 96 days, 11 days longer than planned`), an earlier length of another
subject (`1시간 52분인 경쟁 앱보다`), times of day (`9시에서 10시로 1시간 늦췄다`), a figure between the lengths.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked, assert_not_checked

_RULE = "F347"


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The median wait for a knee scan fell to 12 weeks from 19 weeks, seven weeks shorter.", False),
        ("The median wait for a knee scan fell to 12 weeks from 19 weeks, four weeks shorter.", True),
        ("The median wait for a knee scan fell to 12 weeks from 19 weeks, seven weeks longer.", True),
        ("Permit reviews fell to 40 days in May, from 54 days a year earlier, two weeks faster.", False),
        ("Permit reviews fell to 40 days in May, from 54 days a year earlier, three weeks faster.", True),
    ],
)
def test_a_gap_after_a_length_from_another(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The ferry season was 96 days, 11 days longer than last summer's 85 days.", False),
        ("The ferry season was 96 days, 16 days longer than last summer's 85 days.", True),
        (
            "Crews reached fires in 31 minutes 5 seconds, "
            "6 minutes 20 seconds quicker than last winter's 37 minutes 25 seconds.",
            False,
        ),
        (
            "Crews reached fires in 31 minutes 5 seconds, "
            "7 minutes 20 seconds quicker than last winter's 37 minutes 25 seconds.",
            True,
        ),
    ],
)
def test_a_gap_longer_than_another_length(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛앱의 1인당 월평균 접속 시간은 3시간 10분으로 1년 전 2시간 45분보다 25분 늘었다.", False),
        ("한빛앱의 1인당 월평균 접속 시간은 3시간 10분으로 1년 전 2시간 45분보다 35분 늘었다.", True),
        ("구간 최고 기록은 1시간08분15초로 지난해 1시간09분40초보다 1분25초 빨랐다.", False),
        ("구간 최고 기록은 1시간08분15초로 지난해 1시간09분40초보다 1분45초 빨랐다.", True),
        ("공항 보안검색 평균 대기 시간은 5시간 12분에서 4시간 30분으로 42분 줄었다.", False),
        ("공항 보안검색 평균 대기 시간은 5시간 12분에서 4시간 30분으로 32분 줄었다.", True),
        ("공항 보안검색 평균 대기 시간은 5시간 12분에서 4시간 30분으로 42분 늘었다.", True),
    ],
)
def test_a_korean_gap_between_two_lengths(knowledge, text, fires):
    assert_checked(knowledge, text, _RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # the gap is against what follows `than`, not against the earlier length
        "The average wait fell to 12 weeks from 19 weeks, three weeks longer than the national target.",
        # no earlier length: against a plan
        "The ferry season was 96 days, 11 days longer than planned.",
        # a length of another subject before `than`'s words hold a figure
        "The ferry season was 96 days, 11 days longer than the 2019 season.",
        # another clause after the earlier length
        "Trains took 50 minutes, down from 55 minutes, while buses took 70 minutes, 20 minutes longer.",
        # an earlier length of another subject (`…인 경쟁 앱보다`)
        "한빛앱의 접속 시간은 3시간 10분으로, 2시간 45분인 경쟁 앱보다 25분 길었다.",
        # times of day, not lengths
        "첫차 출발 시각을 5시에서 6시로 1시간 늦췄다.",
        # a quarter, not minutes
        "매출은 3분기에서 4분기로 2분기 연속 늘었다.",
    ],
)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, _RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("There are now 58 licensed farms in the county, seven more than last year's 51, the council said.", False),
        ("There are now 58 licensed farms in the county, seven more than last year's 41, the council said.", True),
        ("Lifeboat crews were called out 96 times, up 11 on the previous year's 85.", False),
        ("Lifeboat crews were called out 96 times, up 11 on the previous year's 65.", True),
    ],
)
def test_a_bare_number_after_a_time_possessive_counts_the_noun_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The chain had 238 shops in June against 204 a year ago, a net gain of 34.", False),
        ("The chain had 238 shops in June against 204 a year ago, a net gain of 54.", True),
    ],
)
def test_a_bare_number_after_against_counts_the_noun_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a number with its own noun after `against` keeps it: no gap between stores and rivals
        "The chain had 238 shops in June against 12 rivals, after a year of 34 openings.",
        # a year after `against` is no count
        "The chain had 238 shops in June, against 2019 when it had fewer.",
    ],
)
def test_against_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The chain opened 26 gyms and closed four over the year, a net gain of 22.", False),
        ("The chain opened 26 gyms and closed four over the year, a net gain of 18.", True),
        ("After opening 18 and closing three, the grocer had a bigger estate, a net gain of 14.", None),
        ("The grocer ended the year with 212 shops, after opening 18 and closing three, a net gain of 15.", False),
        ("The grocer ended the year with 212 shops, after opening 18 and closing three, a net gain of 11.", True),
        ("The lender opened 5 branches and shut nine, a net loss of 4.", False),
        ("The lender opened 5 branches and shut nine, a net loss of 14.", True),
    ],
)
def test_units_added_and_taken_away_and_their_net(knowledge, text, fires):
    if fires is None:
        assert_not_checked(knowledge, text, "F348")  # (the net is not after the two)
    else:
        assert_checked(knowledge, text, "F348", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("매장 수는 870곳으로 6월 말 830곳보다 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다.", False),
        ("매장 수는 870곳으로 6월 말 830곳보다 40곳 늘었다. 하반기에 65곳이 새로 문을 열고 15곳이 문을 닫았다.", True),
        (
            "점포 수는 9,840곳으로 6월 말보다 96곳 늘었다. "
            "상반기에 새로 문을 연 가맹점은 310곳, 문을 닫은 가맹점은 214곳이었다.",
            False,
        ),
        (
            "점포 수는 9,840곳으로 6월 말보다 69곳 늘었다. "
            "상반기에 새로 문을 연 가맹점은 310곳, 문을 닫은 가맹점은 214곳이었다.",
            True,
        ),
    ],
)
def test_korean_openings_and_closings_after_the_net(knowledge, text, fires):
    assert_checked(knowledge, text, "F348", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the net of another noun
        "The bank opened 26 branches and closed four, a net loss of 22 jobs.",
        # a figure between: not one run of words
        "The chain opened 26 gyms in 2025 and closed four, a net gain of 22.",
        # no net named: a change of something else
        "The chain opened 26 gyms and closed four pools, a rise of 22 in members.",
        # the openings of a part (`이 가운데 서울에서`), not of the level the change is of
        "매장 수는 870곳으로 6월 말 830곳보다 60곳 늘었다. "
        "이 가운데 서울에서 55곳이 새로 문을 열고 15곳이 문을 닫았다.",
        # the change before counts something else (`명`)
        "직원은 870명으로 6월 말보다 40명 늘었다. 하반기에 55곳이 새로 문을 열고 15곳이 문을 닫았다.",
        # openings with no closings
        "매장 수는 870곳으로 6월 말 830곳보다 40곳 늘었다. 하반기에 55곳이 새로 문을 열고 15곳을 리모델링했다.",
    ],
)
def test_net_tally_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, "F348")


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The group now runs 96 pharmacies, compared with 81 a year earlier, after buying 15 shops from owners.",
            False,
        ),
        ("The group now runs 96 pharmacies, compared with 81 a year earlier, after buying 25 shops from owners.", True),
        ("The chain had 238 shops in June against 204 a year ago, after opening 34 branches in the north.", False),
        ("The chain had 238 shops in June against 204 a year ago, after opening 44 branches in the north.", True),
    ],
)
def test_the_sites_added_after_a_level_and_its_earlier_one(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # sites taken away as well: the openings are not the whole change
        "The chain had 238 shops in June against 204 a year ago, after opening 40 branches and closing 6.",
        # units of something else than sites
        "The chain had 238 shops in June against 204 a year ago, after buying 34 trucks.",
        # people, not sites
        "The chain had 238 shops in June against 204 a year ago, after hiring 34 staff.",
    ],
)
def test_sites_added_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


_CONTINUED = (
    "한빛항 낚시어선 이용객이 올해 1~9월 42만3천명으로 집계됐다. "
    "지난해 같은 기간 38만1천명보다 {gap}(11.0%) 많고, 작년 한 해 이용객 41만명도 이미 넘어섰다."
)


@pytest.mark.parametrize("gap,fires", [("4만2천명", False), ("5만2천명", True)])
def test_a_gap_continuing_the_level_before_past_the_same_period(knowledge, gap, fires):
    assert_checked(knowledge, _CONTINUED.format(gap=gap), "F305", fires)


@pytest.mark.parametrize(
    "text,gap",
    [
        # the gap's sentence names its own subject: said of that subject, not of the level before
        (
            "한빛항 낚시어선 이용객이 올해 42만3천명으로 집계됐다. "
            "달빛항은 지난해 같은 기간 38만1천명보다 4만2천명 많다.",
            "4만2천명",
        ),
        # the gap's sentence states its own level before the clause break
        (
            "한빛항 낚시어선 이용객이 올해 42만3천명으로 집계됐다. "
            "달빛항 이용객 30만명은 지난해 26만명보다 4만명 많다.",
            "4만명",
        ),
    ],
)
def test_gap_continuing_near_misses(knowledge, text, gap):
    links = change_links(text, knowledge)
    assert links.get(gap, (None, None))[0] != "42만3천명", links


@pytest.mark.parametrize("days,fires", [("78", False), ("77", False), ("90", True)])
def test_an_opening_joined_to_its_close(knowledge, days, fires):
    text = f"Bookings open on Sept. 4 and close on Nov. 20, a window of {days} days, the agency said."
    assert_checked(knowledge, text, "F406", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no length of the run: a gain of something else
        "Shares rose on Sept. 4 and closed on Nov. 20 at a record, a gain of 12 points.",
        # a length after `and`: another clause's time
        "Bookings open on Sept. 4 and close on Nov. 20, and 30 days later the list is drawn.",
    ],
)
def test_an_opening_joined_to_its_close_near_misses(knowledge, text):
    assert_not_checked(knowledge, text, "F406")
