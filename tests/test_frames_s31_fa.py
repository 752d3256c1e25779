"""False alarms on real-looking copy (thirty-first session): readings that linked figures which are not related, each
closed by a structural veto or a better reading, with the break the reading was built for still caught.

- a Korean figure followed by `의` and a multiple the level is said to pass (`…명의 다섯 배를 넘는`) is the base
  compared with, never the level that changed (rules/lang/ko.toml `[link.multiple_passed_after]`, read by
  checker/link/roles.py); the multiple then finds its level apart (checker/link/multiples_of_stated_base_ko.py), and
  the noun naming that base names no later figure of the sentence (checker/link/context.py);
- a subject named after the base's figure and before a Korean multiple (`…, 감자 판매는 마늘의 세 배`) is what the
  multiple measures: its value is the figure stated of that subject, not the figure listed before the base
  (checker/link/multiples_of_stated_base_ko.py);
- a sentence opening on a demonstrative noun of an amount (`This money …`) divides the amount the sentence before
  closes on (rules/lang/*.toml `[link.amount_anaphor_openers]`, checker/link/partners.py);
- parts said to be `of the total`, or listed after an unmarked larger figure, take no whole from a sentence listing
  two figures that could each hold them (checker/link/parts_of_stated_whole.py, checker/link/parallel_parts.py);
- a rate per month or week with a count between it and a yearly amount (`£15 a week from each of its 90 members …
  £70,000 a year`) is one unit's, no restatement of the amount per period (checker/link/per_unit.py);
- a share `of the total` whose own sentence opens on a larger level of the part's unit is of that level, not of the
  story's larger figure further back (checker/link/shares.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, rule_passes

_RACE = (
    "시민 걷기대회 참가자는 {runners} 명이었다고 구가 밝혔다. "
    "구 인구 5천200명의 네 배를 웃도는 숫자이며, 전년 1만7천 명보다 {more} 명 늘었다."
)
_VANS = (
    "품목별 판매량은 감자가 {cars}상자로 1위였다. "
    "양파(900상자)와 마늘(700상자)이 2, 3위에 올랐고, 감자 판매는 마늘의 세 배에 약간 못 미쳤다."
)
_HALL = (
    "Rebuilding the skate park took $2.4 million. Grants paid $1.5 million and a bank loan $600,000, and local "
    "businesses gave $300,000.\n\nThis latter amount was shared by 150 firms, roughly {each} apiece."
)
_MILL = (
    "A new lifeboat station is budgeted at €900,000. The coastguard covers €360,000 and the port authority "
    "€270,000, or 30 per cent; €180,000 comes from the county and €90,000 from fishermen's families.\n\n"
    "That money was given by 600 households, or about {each} a household."
)
_FESTIVAL = (
    "The festival drew 120,000 visitors over the week. Ticket sales rose to 48,000, with the three weekend shows "
    "taking 32,000 between them, {share} of the total."
)


@pytest.mark.parametrize(
    "clean,broken,rule",
    [
        pytest.param(
            _RACE.format(runners="2만6천", more="9천"),
            _RACE.format(runners="1만8천", more="1천"),
            "F304",
            id="base-passed",
        ),
        pytest.param(
            _RACE.format(runners="2만6천", more="9천"),
            _RACE.format(runners="2만6천", more="5천"),
            "F305",
            id="gap-after-base",
        ),
        pytest.param(
            "도서관 이용객은 올해 4만2천 명으로 집계됐다. 구 주민 1만3천 명의 세 배가 넘는 수치다.",
            "도서관 이용객은 올해 3만2천 명으로 집계됐다. 구 주민 1만3천 명의 세 배가 넘는 수치다.",
            "F304",
            id="base-passed-alone",
        ),
        pytest.param(_VANS.format(cars="2천40"), _VANS.format(cars="1천40"), "F304", id="subject-after-base"),
        pytest.param(_HALL.format(each="$2,000"), _HALL.format(each="$20,000"), "F317", id="that-last-sum"),
        pytest.param(_MILL.format(each="€150"), _MILL.format(each="€1,500"), "F317", id="sum-after-rival-list"),
        pytest.param(
            "Renting the boatshed comes to £7,200 a year, or £600 a month.",
            "Renting the boatshed comes to £7,200 a year, or £700 a month.",
            "F317",
            id="per-period-restated",
        ),
        pytest.param(
            _FESTIVAL.format(share="two thirds"), _FESTIVAL.format(share="a third"), "F503", id="share-of-own-level"
        ),
    ],
)
def test_the_relation_is_read_and_a_break_of_it_still_fires(knowledge, clean, broken, rule):
    assert rule not in alarm_rules(knowledge, clean)
    assert rule_passes(knowledge, clean, rule)
    assert rule in alarm_rules(knowledge, broken)


@pytest.mark.parametrize(
    "text",
    [
        # the base of a multiple is no level a gap after it is of (another subject's figure named before)
        "국화전시회 관람객이 9만2천 명으로 집계됐다. "
        "면 인구 1만8천 명의 다섯 배가 넘는 관람객이며, 전년 8만 명보다 1만2천 명 늘었다.",
        # a subject after the base names a figure of its own: the one listed before the base is another vehicle's
        "품목별 판매량은 감자가 1천200상자로 1위였다. "
        "양파(2천050상자)와 마늘(700상자)이 2, 3위에 올랐고, 양파 판매는 마늘의 세 배에 약간 못 미쳤다.",
        # two rival figures in one sentence: the parts `of the total` take neither as their whole
        "Repairs to the bandstand are costed at $200,000. Of that, the county's $90,000 is 45 per cent of the cost "
        "and $60,000 comes from the state. The town's $30,000 is 15 per cent of the total, with residents giving "
        "$20,000.",
        "The bridge fund needs £500,000. The council gives £210,000 and the railway a further £150,000, while the "
        "parish has raised £90,000, 18 per cent of the total, and walkers £50,000.",
        # a rate of each unit counted between it and a yearly amount: the amount is no plain restatement per period
        "At £15 a week for each of its 90 members, dues raise about £70,000 a year, the rowing club said.",
        "Pitch hire at $40 a month for each of the 25 teams adds up to some $12,000 a year.",
        # a demonstrative sum whose sentence before closes on an amount of another unit divides nothing of it
        "The choir sold 2,400 tickets. That money, some $36,000, paid for the tour, about $15 a ticket.",
    ],
)
def test_figures_the_construction_does_not_relate_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


CLEAN = [
    "The ferry carried 412,000 passengers last year. Its crew of 38 worked 14-hour shifts, and the company spent "
    "£2.1 million on fuel.",
    "Volunteers planted 3,200 oaks in March. Another 1,450 beeches went in at the school, whose roll is 610 pupils.",
    "The library lent 84,000 books in 2025, up from 79,000 a year earlier. It opened a new wing costing $1.2 million "
    "and now stores 150,000 titles.",
    "The bakery sells 900 loaves a day at £3.20 each. Its rent rose to £48,000, and it employs 12 bakers on two "
    "shifts.",
    "The county has 56,000 residents and 214 miles of road. Snow ploughs cleared 180 miles in the first storm, and "
    "the council budgeted $640,000 for salt.",
    "The marathon drew 9,400 runners, the fastest finishing in 2 hours 11 minutes. Sponsors gave €310,000, and 1,200 "
    "volunteers staffed 40 water stations.",
    "The dairy herd numbers 420 cows, each giving about 28 litres a day. The farm also keeps 60 sheep and grows 150 "
    "hectares of barley.",
    "Harbour dues rose 4% to $1.9 million. Cruise calls fell to 31 from 44, and the port hired 9 new pilots.",
    "Of the 1,800 pupils in the district, 640 walk to school. A further 300 take the bus, which runs 12 routes over "
    "95 miles.",
    "The museum's roof repair cost £860,000, and the lottery fund gave £500,000 toward a separate education centre "
    "costing £1.4 million.",
    "The trust raised £75,000 from a raffle. That same week its shop took £4,000 from 900 customers and the café "
    "served 2,300 meals.",
    "올해 축제에는 8만 명이 찾았다. 행사장 주차면은 1천200면이고, 군 인구는 2만4천 명이다.",
    "군립도서관의 장서는 12만 권이다. 올해 새로 들인 책은 6천 권이고, 하루 이용객은 평균 900명이다.",
    "시는 전기버스 40대를 들였다. 충전소는 12곳이며, 버스 한 대 값은 3억 원이다. 노선은 모두 27개다.",
    "농협은 올해 사과 3천 톤을 수매했다. 배는 1천100톤, 복숭아는 800톤이었고, 저온 창고 용량은 5천 톤이다.",
    "지역 병원 응급실은 지난해 2만1천 명을 받았다. 병상은 340개, 의사는 58명이며, 구급차는 9대다.",
    "수출은 120억 원으로 지난해의 두 배였다. 직원 수는 140명이고, 공장 면적은 9천 제곱미터다.",
    "마을 인구 3천100명의 네 배를 넘는 관광객이 다녀갔다는 추산도 있지만, 군은 정확한 방문객 수를 내지 않았다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_side_by_side_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []
