"""Changes whose two levels stand in sentences apart (thirty-second session, lane `changes-apart`).

A rate stated with the earlier level alone (`…에서 P% 늘었다`, `up P per cent on last year's N`) measures the level
stated before it when the only other figure of the measure beside the earlier level is a figure per unit (`하루 평균
N명꼴`, `about N a week`): a figure per unit is no second candidate for the earlier level. A total the text also
reads as a figure per period over a term (`N a day over ten days, M in all`) is a level of the measure
(checker/link/change_fallback.py).

A rate whose clause opens with a subject and its verb of change (`its budget grew by 6 per cent`, `Rents for a pitch
went up 12 per cent`) is that subject's own change when neither level's sentence names the subject's noun: two levels
of another measure stated around it are not its pair (checker/link/change_fallback.py, `rate_of_an_unnamed_subject`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_TOTAL_OVER_TERM_KO = (
    "하늘군 야시장 방문객 늘어\n\n하늘군은 지난 1일부터 20일까지 스무날 동안 열린 야시장에 6만2천 명이 찾았다고 "
    "21일 밝혔다. 지난해 5만1천 명에서 22% 늘었으며, 하루 평균으로는 3천 명꼴이다."
)
_VISITS_APART = (
    "The Tolland museum logged 22,400 visits this year, its director said. Last year it logged 20,000 visits. "
    "Visits were up 12 per cent, helped by a new dinosaur hall."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_TOTAL_OVER_TERM_KO, False),
        (_TOTAL_OVER_TERM_KO.replace("22%", "32%"), True),
        (_VISITS_APART, False),
        (_VISITS_APART.replace("up 12 per", "up 22 per"), True),
    ],
)
def test_a_rate_measures_the_two_levels_of_its_measure_stated_apart(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


_UNRELATED = [
    "Brackenfield pool counted 61,000 swims this summer, the council said.\n\nLast summer it counted 52,000. "
    "Ticket prices rose 15 per cent over the same period.",
    "The Ostrava tram depot repaired 412 carriages this year, against 377 last year. Staff pay went up 9 per cent.",
    "Millbrook library lent 88,400 books in 2026 and 80,100 in 2025. Its e-book loans grew 34 per cent.",
    "The Dunmore ferry carried 214,000 passengers this season, compared with 198,000 last season.\n\nFuel costs "
    "climbed 22 per cent, the operator said.",
    "Harlow Farms picked 1,240 tonnes of apples this autumn after 1,090 tonnes a year earlier. Its pear crop "
    "shrank 12 per cent.",
    "The Vessel art fair drew 31,500 visitors this year. Last year 27,900 came. About 18 per cent of them bought "
    "a work.",
    "Kelso rugby club has 640 members now and had 590 last season. Junior membership rose 40 per cent.",
    "The county fire service answered 9,310 calls this year and 8,740 last year, and its budget grew by 6 per cent.",
    "Greyhaven bakery sold 410,000 loaves this year; it sold 355,000 last year. Each loaf now costs 8 per cent more.",
    "By 2028 the port expects 2.4 million tonnes of cargo. It handled 1.9 million tonnes this year and 1.7 "
    "million tonnes last year, and rates rose 5 per cent.",
    "The Northgate shelter housed 1,150 people this winter and 1,020 last winter. In the east district alone, "
    "demand rose 31 per cent.",
    "서하군 도서관 대출은 올해 8만8천 권으로 지난해 8만 권보다 많았다. 전자책 대출은 34% 늘었다.",
    "가람시 수영장 이용객은 올여름 6만1천 명이었다. 지난여름에는 5만2천 명이었다. 입장료는 15% 올랐다.",
    "누리군은 올해 사과 1천240톤을 수확해 지난해 1천90톤보다 많았다고 밝혔다. 배 수확량은 12% 줄었다.",
    "한빛항 화물은 올해 190만 톤, 지난해 170만 톤이었다. 2028년에는 240만 톤을 목표로 하며 항만 요금은 5% 올렸다.",
    "The Ashby marathon had 7,800 finishers this year, up from 6,900 last year. The average finishing time fell 3 "
    "per cent.",
    "초록구 자전거 대여는 올해 4만2천 건, 지난해 3만7천 건이었다. 한 건당 평균 이용 시간은 9% 늘었다.",
    "보람시 무료 셔틀은 석 달 동안 4만5천 명을 태웠다. 지난해 같은 기간에는 3만9천 명이었다. 한 달 평균 1만5천 "
    "명꼴로, 운전기사 인건비는 25% 늘었다.",
    "The Ridley hospice raised £1.32 million this year, after £1.18 million last year. Donations from local firms "
    "fell 14 per cent.",
    "Pellworth council emptied 9,600 bins this month against 8,900 in the same month last year. Its fleet mileage "
    "has risen by about 11 per cent.",
    "Quarry Lane market had 146 stalls on Saturday. A year ago it had 131. Rents for a pitch went up 12 per cent.",
]


@pytest.mark.parametrize("text", _UNRELATED)
def test_two_levels_beside_a_rate_of_something_else_are_not_linked(knowledge, text):
    for rule in ("F301", "F305"):
        assert_not_checked(knowledge, text, rule)


# the subject's clause goes on to the two levels it moved between: the rate is their change, whatever its noun
_CLAUSE_TO_ITS_LEVELS = (
    "The Wexley ferry carried 88,000 cars last year. Fares rose 5% in April, taking a crossing for a 12-seat minibus "
    "to £84 from £80."
)


@pytest.mark.parametrize(
    "text,fires", [(_CLAUSE_TO_ITS_LEVELS, False), (_CLAUSE_TO_ITS_LEVELS.replace("rose 5%", "rose 15%"), True)]
)
def test_a_subject_whose_clause_goes_on_to_its_levels_is_their_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)
