"""Shares left without members by every other reading (thirty-first session, lane share): widenings of
checker/link/share_fallback.py and checker/link/share_fallback_ko.py.

- a share (or its part) naming its whole by a noun that names no pot of its own (`of the cost`, `of the bill`)
  takes the lead's one total of the part's unit;
- a share naming the story's own period as its whole's owner (`of the year's visitors`) is no owner's whole: it
  takes the lead's total the lead or the headline names, a season's part within it;
- a part restated after a bare comma (`a further 20 per cent, $90,000.`) is the share's part;
- a figure set beside a share is a part: no whole of a later share;
- a goal (`its 50,000 target`) is no rival of the total reached;
- Korean: a share whose sentence's subject names one level of the breakdown before it (`가평군이 전체의 절반`)
  takes that level as its part, the breakdown's opening total as its whole when nothing else is.
- Korean: the sentence before stating a pool and its part (`W로, 이 가운데 P`): a share naming its whole by a
  noun is that part's of that pool;
- near misses link nothing: another year's whole, another pot's noun, an owner's whole, a subject the breakdown
  does not name, and clean paragraphs of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

_REPAIR_LEAD = (
    "Harbour reopens to yachts\n\n"
    "Carrow harbour will take visiting yachts again in May after dredging that cost £840,000, "
    "its trust said on Tuesday.\n\n"
)


@pytest.mark.parametrize("share,fires", [("just over a quarter", False), ("close to 60 per cent", True)])
@pytest.mark.parametrize("noun", ["bill", "cost"])
def test_a_part_of_the_bill_takes_the_lead_s_total(knowledge, noun, share, fires):
    text = _REPAIR_LEAD + f"A marine fund met £220,000 of the {noun}, {share}, through its coastal scheme."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("40 per cent", False), ("15 per cent", True)])
def test_a_share_of_the_cost_after_its_part(knowledge, share, fires):
    text = _REPAIR_LEAD + f"The county council covered £336,000, or {share} of the cost, from its reserves."
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_of_another_pot_s_noun_takes_no_lead_total(knowledge):
    text = _REPAIR_LEAD + "The county council covered £336,000, or 15 per cent of the grant, from its reserves."
    assert_not_checked(knowledge, text, "F503")


_FERRY = (
    "Island ferry passengers climb\n\n"
    "The Tollan island ferry carried 96,000 passengers in the year to June, its operator said on Monday.\n\n"
    "Timetables change in October.\n\n"
)


@pytest.mark.parametrize("share,fires", [("almost a third", False), ("more than half", True)])
def test_a_share_of_the_year_s_whole_takes_the_lead_s_total(knowledge, share, fires):
    text = (
        _FERRY
        + f"Between them, the six summer weeks accounted for 30,500 passengers, {share} of the year's passengers."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_of_an_owner_s_whole_takes_no_lead_total(knowledge):
    text = _REPAIR_LEAD + "The county council covered £336,000, or 15 per cent of the county's reserves, this year."
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("share,fires", [("30 percent", False), ("45 percent", True)])
def test_a_goal_is_no_rival_of_the_total_reached(knowledge, share, fires):
    text = (
        "Planting drive falls short\n\n"
        "Volunteers in Fenwick planted 42,000 trees this winter, short of their 50,000 target, "
        "the organisers said.\n\n"
        f"Oaks accounted for {share} of the total, or 12,600 trees, the organisers added."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_figure_beside_a_share_is_no_whole_of_a_later_share(knowledge):
    # (a tenth of $800,000 holds; a wrong whole, the $240,000 beside `30 per cent`, would give a third)
    text = (
        "Flood gate funded\n\n"
        "A new flood gate will cost the harbour $800,000, its board said.\n\n"
        "The port authority pays 30 per cent, $240,000, and the board itself $320,000. The state "
        "fund gives $160,000, while local firms chipped in $80,000, one-tenth of the total."
    )
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]


_KO_APPLES = "도내 사과 수확량 늘어\n\n경북도는 지난해 도내 사과 수확량이 2만4천 톤이었다고 10일 밝혔다.\n\n"


@pytest.mark.parametrize("share,fires", [("34%가량을", False), ("절반 가까이를", True)])
def test_ko_a_subject_names_its_level_of_the_breakdown_before(knowledge, share, fires):
    text = (
        _KO_APPLES + "시군별로는 영주시가 8천100톤으로 가장 많았고 청송군 5천400톤, 봉화군 3천600톤 순이었다. "
        f"영주시 한 곳이 전체의 {share} 책임졌다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_ko_a_subject_the_breakdown_does_not_name_takes_no_level(knowledge):
    text = (
        _KO_APPLES + "시군별로는 영주시가 8천100톤으로 가장 많았고 청송군 5천400톤, 봉화군 3천600톤 순이었다. "
        "북부 산간 지역이 전체의 절반 가까이를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("share,fires", [("절반", False), ("3분의 1", True)])
def test_ko_the_breakdown_s_opening_total_is_the_whole(knowledge, share, fires):
    text = (
        "캠핑장 늘어\n\n경기도는 도내 야영장 현황을 5일 공개했다.\n\n"
        "도내 캠핑장은 모두 240곳으로 가평군 120곳, 양평군 70곳, 포천시 50곳이다. "
        f"가평군이 전체의 {share}을 차지한다."
    )
    assert_checked(knowledge, text, "F503", fires)


_KO_POOL = (
    "배나무 조사\n\n시는 관내 과수원 실태를 8일 공개했다.\n\n"
    "관내 배나무는 4만2천 그루로, {pool} 8천400 그루가 50년을 넘었다. "
)


@pytest.mark.parametrize("share,fires", [("5분의 1", False), ("3분의 1", True)])
def test_ko_a_pool_and_its_part_in_the_sentence_before(knowledge, share, fires):
    text = _KO_POOL.format(pool="이 가운데") + f"이는 전체 배나무의 {share}에 해당한다."
    assert_checked(knowledge, text, "F503", fires)


def test_ko_two_levels_with_no_pool_between_are_no_pool_and_part(knowledge):
    text = _KO_POOL.format(pool="이웃 군도") + "이는 전체 배나무의 3분의 1에 해당한다."
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# clean paragraphs: figures that are not related stand near shares; nothing may fire
CLEAN = [
    _REPAIR_LEAD + "Moorings fell 12 per cent last winter, when 3,400 boats called at the quay.",
    _REPAIR_LEAD + "The trust has 1,900 members, and about a third of them live within ten miles.",
    _REPAIR_LEAD + "A separate £95,000 grant, 80 per cent of its own scheme's budget, paid for the new slipway.",
    _FERRY + "Fares rose 6 per cent to £14, and a season ticket now costs £310.",
    _FERRY + "Freight fell to 8,200 tonnes, a quarter of it livestock bound for the mainland sales.",
    _FERRY + "The crew of 46 includes 19 apprentices, about 40 per cent of them women.",
    _FERRY + "Last year's 88,000 passengers included 21,000 schoolchildren, a share that has barely moved.",
    "Bakery chain expands\n\nBrannock Bakeries opened 14 shops this year, bringing its total to 120, "
    "its chief executive said.\n\nLike-for-like sales rose 4 per cent, and bread made up 35 per cent of "
    "revenue at the older branches.",
    "Orchard sales\n\nThe co-operative sold 5,600 tonnes of pears in the season, up from 5,100 tonnes.\n\n"
    "Its rival, Lanmore Fruit, sold 2,300 tonnes, about a third of its own crop, to juice makers.",
    "Stadium plans\n\nThe club expects 31,000 fans at the opener, the stadium's capacity being 34,500.\n\n"
    "Season-ticket holders number 18,000, a rise of 9 per cent on last season.",
    "Council budget\n\nThe borough will spend £212 million next year, up from £204 million.\n\n"
    "Social care takes £88 million, and the council expects inflation of about 3 per cent.",
    "River clean-up\n\nVolunteers pulled 4.2 tonnes of rubbish from the Esk this spring, the charity said.\n\n"
    "Plastic made up most of it, and 70 per cent of the 600 volunteers were first-timers.",
    _KO_APPLES + "사과 농가는 1천200곳이며 이 가운데 귀농 농가가 15%를 차지한다. 평균 재배 면적은 1.2㏊다.",
    _KO_APPLES + "수출은 1천800톤으로 지난해보다 20% 늘었다. 대만 수출 물량은 절반 가까이 줄었다.",
    "관광객 늘어\n\n강릉시는 지난해 관광객이 2천100만 명이었다고 밝혔다.\n\n"
    "외국인 관광객은 48만 명이었고, 올해는 이를 60만 명까지 늘리는 것이 목표다.",
    "급식 예산\n\n교육청은 내년 무상급식 예산으로 3천200억 원을 편성했다.\n\n"
    "식재료비 단가는 지난해보다 8% 올랐고, 친환경 식재료 비율은 70%를 유지한다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text))
    assert not result.findings, [f"{f.rule}: {f.message}" for f in result.findings]
