"""Broken relations that were never read (forty-fifth session, lane `broken`): a figure restated with two neighbouring
digits swapped where the copies are recognised by their place and words, not their digits alone.

- A headline figure restated nowhere whose digits, two neighbours swapped, are those of the lead's first figure of its
  group, sort and size after a word in common (`놀이터 54곳` over `놀이터 45곳`, `resurface 38 courts` over `resurface
  83 courts`, `profit jumps 36%` over `profit rose 63%`) is a slip, as one leading digit apart is
  (checker/check/kinds/restatement.py, `_headline_lead_slips`).
- So is a headline figure of three digits or more restated nowhere whose digits, two neighbours swapped, are those of
  the first later figure of its magnitude, whatever words each follows (`$417,000` over `$471,000`), as one leading
  digit apart is (`headline_leading_slips`).
- A figure stated before a list of parts in their sentence, as what they break down (`선정된 8,460명을 연령별로 보면
  …`, `Of the 2,640 households awarded grants, …`), one digit apart from an earlier figure the parts add up to, or
  with two neighbouring digits swapped, is a slip of one of the two (`breakdown_whole_slips`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

SLIP = "F405"


# ---------------------------------------------------------------- a headline figure, the lead's with two digits swapped


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "하늘시, 공원 화장실 {n}곳 새로 짓는다\n\n경북 하늘시는 낡은 공원 화장실 36곳을 내년까지 새로 짓는다고 "
            "2일 밝혔다. 사업비는 모두 54억 원이다.",
            "36",
            "63",
        ),
        (
            "바다군, 경로당 {n}곳에 냉방기 설치\n\n바다군은 올여름 경로당 82곳에 냉방기를 새로 놓는다고 5일 "
            "밝혔다. 한 곳에 두 대씩이다.",
            "82",
            "28",
        ),
        (
            "Council resurfaces {n} tennis courts\n\nThe county council has resurfaced 83 tennis courts across its "
            "parks this summer, it said on Monday. The work cost $1.2 million.",
            "83",
            "38",
        ),
        (
            "Village school adds {n} classrooms\n\nA village school in the valley has added 41 classrooms over the "
            "summer, its head teacher said on Friday.",
            "41",
            "14",
        ),
        (
            "Port hires {n} dock workers for the season\n\nThe harbour board has hired 76 dock workers for the busy "
            "season, it said on Tuesday, the most since it opened.",
            "76",
            "67",
        ),
        # a rate of change of the headline, the lead's with two digits swapped
        (
            "Brewer's profit jumps {n}%\n\nThe family brewer said on Tuesday that its profit rose 63% in the year to "
            "March.",
            "63",
            "36",
        ),
        (
            "솔빛제과, 상반기 영업이익 {n}% 늘어\n\n솔빛제과는 상반기 영업이익이 72% 늘어 사상 최대를 기록했다고 4일 "
            "밝혔다.",
            "72",
            "27",
        ),
    ],
)
def test_a_headline_figure_with_two_digits_swapped_from_the_leads_is_a_slip(knowledge, text, right, wrong):
    _checked(knowledge, text.format(n=right), SLIP, fires=False)
    _checked(knowledge, text.format(n=wrong), SLIP, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the headline restated as written: the swapped figure is another fact
        "하늘시, 공원 화장실 63곳 새로 짓는다\n\n하늘시는 공원 화장실 63곳을 새로 짓는다고 2일 밝혔다. 지난해에는 "
        "화장실 36곳을 고쳤다.",
        "Council resurfaces 38 tennis courts\n\nThe county council, which runs 83 parks, has resurfaced 38 tennis "
        "courts this summer.",
        # no word in common with the lead's figure: another fact of the story
        "Village school adds 14 classrooms\n\nThe valley's schools now teach 41 languages between them, the county "
        "said on Friday.",
        "바다군, 경로당 28곳에 냉방기 설치\n\n바다군 인구는 82년 만에 가장 적다.",
        # a figure of another unit swapped: a sum of money is no count of docks
        "Port hires 67 dock workers for the season\n\nThe harbour board has spent $76 million on the quay, it said "
        "on Tuesday.",
    ],
)
def test_a_headline_figure_swapped_against_another_fact_is_no_slip(knowledge, text):
    _not_fired(knowledge, text, SLIP)


# ---------------------------------------------------------------- a breakdown's figure, the whole its parts add up to


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "한결군은 올해 귀농 지원 신청자 2,150명 가운데 1,370명을 지원 대상으로 뽑았다고 3일 밝혔다.\n\n"
            "뽑힌 {n}명을 연령별로 보면 30대가 520명, 40대가 610명, 50대가 240명이었다.",
            "1,370",
            "1,730",
        ),
        (
            "누리시는 청년 창업 공간 입주를 신청한 기업 312곳 가운데 146곳을 골랐다고 밝혔다. 선정된 {n}곳을 "
            "업종별로 보면 정보기술 71곳, 식품 43곳, 디자인 32곳이다.",
            "146",
            "164",
        ),
        (
            "해솔군 보건소는 올해 독감 예방접종을 5,820명에게 했다고 밝혔다. 접종자 {n}명을 연령별로 보면 65세 "
            "이상이 3,140명, 50∼64세가 1,960명, 어린이가 720명이었다.",
            "5,820",
            "5,870",
        ),
        (
            "The county awarded heating grants to 2,460 households out of 3,900 that applied, the council said on "
            "Monday. Of the {n} households awarded grants, 1,120 households were in the north, 830 households in the "
            "south and 510 households in the east.",
            "2,460",
            "2,640",
        ),
        (
            "The ferry company carried 7,350 cars over the holiday weekend, it said. By port, the {n} cars were split "
            "between Northport with 2,810 cars, Eastbay with 2,460 cars and Westham with 2,080 cars.",
            "7,350",
            "7,530",
        ),
    ],
)
def test_a_breakdowns_figure_a_slip_of_the_whole_its_parts_add_up_to(knowledge, text, right, wrong):
    _not_fired(knowledge, text.format(n=right), SLIP)
    _checked(knowledge, text.format(n=wrong), SLIP, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the parts add up to neither figure: two facts, left alone
        "한결군은 올해 귀농 지원 신청자 2,150명 가운데 1,370명을 지원 대상으로 뽑았다. 뽑힌 1,730명을 연령별로 "
        "보면 30대가 620명, 40대가 610명, 50대가 240명이었다.",
        "The ferry company carried 7,350 cars over the holiday weekend, it said. By port, the 7,530 cars were split "
        "between Northport with 2,910 cars, Eastbay with 2,460 cars and Westham with 2,080 cars.",
        # the figures apart by more than a slip
        "누리시는 입주를 신청한 기업 312곳 가운데 146곳을 골랐다. 선정된 190곳을 업종별로 보면 정보기술 71곳, "
        "식품 43곳, 디자인 32곳이다.",
        # the figure before the parts is of another unit
        "해솔군 보건소는 올해 독감 예방접종을 5,820명에게 했다. 예산 5,870만 원을 들였고, 연령별로 보면 65세 "
        "이상이 3,140명, 50∼64세가 1,960명, 어린이가 720명이었다.",
        # the figure stands after the parts, not as what they break down
        "The county awarded heating grants to 2,460 households. Of those, 1,120 households were in the north, 830 "
        "households in the south and 510 households in the east, against 2,640 households the year before.",
    ],
)
def test_a_breakdowns_figure_unlike_the_whole_its_parts_add_up_to_is_no_slip(knowledge, text):
    _not_fired(knowledge, text, SLIP)


# ---------------------------------------------------------- a three-digit headline figure, swapped, whatever its words


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "가람시 반려견 놀이터 이용 {n}마리\n\n가람시는 개장 한 달 동안 반려견 1,640마리가 놀이터를 찾았다고 "
            "밝혔다.",
            "1,640",
            "1,460",
        ),
        (
            "해들군 감자 수확 {n}톤\n\n해들군은 올해 감자 수확량이 3천710톤으로 집계됐다고 6일 밝혔다.",
            "3천710",
            "3천170",
        ),
        (
            "Ferry fares bring in ${n}\n\nThe island council took $471,000 in ferry fares over the summer, its "
            "treasurer said.",
            "471,000",
            "417,000",
        ),
        (
            "Bakery chain lifts sales to £{n}m\n\nThe bakery chain said sales reached £8.64m in the year to April, "
            "helped by new shops.",
            "8.64",
            "8.46",
        ),
    ],
)
def test_a_three_digit_headline_figure_swapped_from_the_first_later_figure_is_a_slip(knowledge, text, right, wrong):
    _checked(knowledge, text.format(n=right), SLIP, fires=False)
    _checked(knowledge, text.format(n=wrong), SLIP, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the first later figure of its magnitude is another fact
        "Ferry fares bring in $417,000\n\nThe island council spent $580,000 on the quay this year. It took $471,000 "
        "in ferry fares over the summer.",
        # the headline restated as written: the swapped figure is another year's
        "해들군 감자 수확 3천170톤\n\n해들군은 올해 감자 수확량이 3천170톤으로 집계됐다고 6일 밝혔다. 지난해 "
        "3천710톤보다 줄었다.",
        "Toll bridge takes 735,000 crossings\n\nThe toll bridge recorded 735,000 crossings in the year, the trust "
        "said, against 753,000 the year before.",
        # apart by more than a swap
        "가람시 반려견 놀이터 이용 1,460마리\n\n가람시는 개장 한 달 동안 반려견 1,980마리가 놀이터를 찾았다고 밝혔다.",
        "Bakery chain lifts sales to £8.46m\n\nThe bakery chain said sales reached £9.12m in the year to April.",
    ],
)
def test_a_three_digit_headline_figure_against_another_fact_is_no_slip(knowledge, text):
    _not_fired(knowledge, text, SLIP)
