"""A count stated twice after one noun, or after two nouns of one thing (thirty-second session, lane `repeat`).

The same count written again in a later sentence after the same noun or a near synonym of it (`22 games`, `22
matches`; `[link.counter_synonym_groups]`) is one figure, listed as passed (checker/check/kinds/restatement.py,
`counted_pairs`); the synonym also lets a distinctive figure one digit apart after the other noun be reported as a
slip (F405). A small figure meets another by chance, so the noun must stand on both sides. Vetoed: another
subject, another period, a change beside a level, another noun, a bound beside a plain figure.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        # a distinctive figure after a synonym of its first noun, one digit apart: a slip
        (
            "The Merriton depot took delivery of 4,815 lorries during the year, the haulier said.\n\n"
            "Maintenance crews serviced all 4,915 trucks before the winter.",
            True,
        ),
        (
            "The Merriton depot took delivery of 4,815 lorries during the year, the haulier said.\n\n"
            "Maintenance crews serviced all 4,815 trucks before the winter.",
            False,
        ),
        (
            "충남 보령시는 올해 무더위 쉼터 1,236곳을 점검했다.\n\n시 관계자는 쉼터 1,236개소 모두 냉방기를 "
            "갖췄다고 말했다.",
            False,
        ),
        (
            "충남 보령시는 올해 무더위 쉼터 1,236곳을 점검했다.\n\n시 관계자는 쉼터 1,286개소 모두 냉방기를 "
            "갖췄다고 말했다.",
            True,
        ),
    ],
)
def test_restated_after_a_synonym(knowledge, text, fires):
    assert_checked(knowledge, text, "F405", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a headline's small count restated in the body after a synonym of its noun
        "Rovers stay top after 22 games\n\nKelby Rovers remain top of the northern table after 22 matches, "
        "the league said.",
        # the same noun in the headline and lead, the lead hedged nowhere
        "Tarn valley opens 7 shelters\n\nWalkers caught out by storms on the Tarn valley fells now have 7 shelters "
        "to reach, the park authority said on Monday.",
        # two body sentences, the same noun, a word in common before both
        "A survey of the estuary found the colony had reared 63 chicks by July.\n\nWardens ringed all 63 chicks "
        "before they fledged, the trust said.",
        # a measure in the headline and the lead
        "Orchard co-op presses 85 tonnes of pears\n\nThe Vell valley fruit co-operative pressed 85 tonnes of pears "
        "this autumn, the most since it opened.",
        # Korean: the same counter twice
        "충남 서천군은 올해 마을 공동 빨래방 12곳을 새로 열었다.\n\n군 관계자는 빨래방 12곳 모두 주민이 "
        "운영한다고 말했다.",
        # Korean: two counters of one thing
        "전남 고흥군은 올해 마을 작은도서관 46곳을 지원했다.\n\n군은 작은도서관 46개소에 새 책도 보냈다.",
    ],
)
def test_restated_count_listed_as_passed(knowledge, text):
    assert_checked(knowledge, text, "F405", False)


# The same small number counting different things, near each other: nothing is paired.
CLEAN = [
    "The Hadley orchestra hired 12 violinists this spring.\n\nIts touring van can carry 12 cases of sheet music.",
    "Ashby library lent out 40 laptops in June.\n\nA further 40 volunteers signed up to run its coding clubs.",
    "The Pellow ferry made 6 crossings on Sunday before the wind rose.\n\nHarbour staff tied down 6 dinghies on "
    "the slipway.",
    "Brenton parish counted 9 weddings over the summer.\n\nThe vicar also blessed 9 horses at the autumn fair.",
    "The allotment society has 27 plots on the north field.\n\nMembers planted 27 apple trees along the hedge.",
    "Cold snap closes 15 schools\n\nThe council said 15 roads were also shut by ice on Tuesday morning.",
    "The Sorrel Hill kennels rehomed 33 dogs last year.\n\nStaff there answered 33 complaints about barking.",
    "The night market drew 18 food stalls on its first evening.\n\nOrganisers printed 18 banners for the street.",
    # another noun after the same small figure, the noun's group none
    "Fenwick Athletic played 14 games before Christmas.\n\nThe club sold 14 season tickets in December alone.",
    # a change beside a level of the same noun
    "The Oakvale bus company now runs 30 buses on its routes.\n\nSince 2019 its reserve fleet has grown by 30 buses.",
    # a bound beside a plain figure of the same noun
    "Organisers said more than 50 stalls took part in the craft fair on Saturday. They had planned for 50 stalls "
    "when it began.",
    # Korean: another counter after the same figure
    "바람군은 올해 경로당 15곳을 새로 지었다.\n\n군은 마을회관 15개 동의 지붕도 고쳤다.",
    "경기 연천군은 지난달 산불 감시원 24명을 뽑았다.\n\n이들은 감시 초소 24개를 나눠 맡는다.",
    "전북 무주군은 올해 반딧불 축제에서 공연 8회를 열었다.\n\n축제장에는 임시 주차장 8곳이 마련됐다.",
    "제주 서귀포시는 올해 귤 따기 체험 농가 19가구를 모집했다.\n\n체험객에게는 바구니 19개씩을 나눠 준다.",
    # another period: last year's count of one noun, this year's of its synonym
    "전남 고흥군은 작년 마을 작은도서관 46곳을 지원했다.\n\n군은 올해도 작은도서관 46개소에 책을 보낼 계획이다.",
    # another subject, each named
    "Harlow Town won 18 games last season, the club said.\n\nTheir neighbours Wexcombe United won 18 matches.",
    # one measure of two things in the body, no word in common before them
    "Trade at the Hollin quarry picked up in the spring, its owners said on Friday. Lorries took 40 tonnes of "
    "slate to the coast in May.\n\nRail wagons carried 40 tonnes of gravel north in the same month.",
    "The Corran lifeboat crew launched 11 times in August.\n\nVolunteers raised money for 11 new lifejackets.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_same_small_figure_of_other_things_not_paired(knowledge, text):
    assert_not_checked(knowledge, text, "F405")
