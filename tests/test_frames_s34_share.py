"""Shares left without members by every other reading (thirty-fourth session, lane share).

- English, checker/link/share_fallback.py: a share whose sentence opens on a thing the story named before with its
  value (`The tender alone is worth …`) takes that value as its part when the thing's sentence states the value
  apart from the noun (`a tender for 900 chairs, worth $X`: the count beside the noun, the worth of another unit);
  the whole may be stated right after the share's `of` (`… of the $Y it billed`), and a hyphened word in the
  whole's noun phrase is one word (`of the half-year's turnover`: `turnover`);
- English, checker/link/shares_of_an_opening_pool.py (with checker/extract/quantities.py reading the bare number
  after the pool as a count of the pool's noun): a sentence opening on the pool a part is drawn from (`Of the 480
  stewards on duty, 120, about a quarter, …`, `Of the ewes scanned, 900 …, roughly three in ten`, `Of those 64, 16
  …`), the part the amount before the share, the whole the pool's figure, the figure an earlier sentence states of
  the pool's noun, or the one the sentence before states;
- Korean, checker/link/share_fallback_ko.py (with the extraction reading `가운데` as `중`): a share counting a counter
  out of a round base (`10명 가운데 4명꼴`, `다섯 명 중 세 명꼴인 900명`) is of the level of that counter its clause
  states and the story's total of it (or the larger count its sentence states first); one restating a percentage
  before it keeps that percentage's members;
- near misses link nothing: a price of the thing (`$X a chair`) is no value of it, a figure after `of` of another
  unit is no whole, `Of course` opens no pool, a share of another counter than its clause's level, a change set
  after the part, and clean paragraphs of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

# --- the thing's worth stated apart from its noun, the whole right after the share's `of`


@pytest.mark.parametrize("share,fires", [("about 30 per cent", False), ("about 55 per cent", True)])
def test_a_tender_s_worth_apart_from_its_noun_is_the_part(knowledge, share, fires):
    text = (
        "Joinery wins school furniture tender\n\n"
        "Larchfield Joinery, a workshop near Hexham, has won a tender for 900 classroom chairs from a county "
        "council, worth $270,000, it said on Thursday.\n\n"
        "The chairs will be made from local ash over the winter.\n\n"
        f"The tender alone would be worth {share} of the $880,000 the workshop billed last year."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("nearly a quarter", False), ("nearly two-thirds", True)])
def test_a_hyphened_whole_noun_names_its_head(knowledge, share, fires):
    text = (
        "Bell foundry signs cathedral contract\n\n"
        "A bell foundry in Utrecht has signed a contract worth €420,000 to recast the bells of a Belgian "
        "cathedral, it said on Friday.\n\n"
        "Turnover in the six months to September was €1.8 million, up from €1.6 million, and the foundry "
        "employs 19 people.\n\n"
        f"The contract on its own equals {share} of the half-year's turnover."
    )
    assert_checked(knowledge, text, "F503", fires)


# --- near misses


def test_a_price_of_the_thing_is_no_value_of_it(knowledge):
    # the only money beside the order is its price per chair: no part, nothing is checked
    text = (
        "Joinery wins school furniture tender\n\n"
        "Larchfield Joinery has won a tender for 900 classroom chairs at $300 a chair, it said.\n\n"
        "The tender would be worth about 30 per cent of the $880,000 the workshop billed last year."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_figure_of_another_unit_after_of_is_no_whole(knowledge):
    text = (
        "Joinery wins school furniture tender\n\n"
        "Larchfield Joinery has won a tender for 900 classroom chairs, worth $270,000, it said.\n\n"
        "The tender takes about 40 per cent of the 2,300 hours its joiners work in a quarter."
    )
    assert_not_checked(knowledge, text, "F503")


# --- a sentence opening on the pool its part is drawn from


@pytest.mark.parametrize("share,fires", [("about a quarter", False), ("about two-thirds", True)])
def test_a_pool_with_its_figure_opens_the_sentence(knowledge, share, fires):
    text = (
        "City marathon draws record field\n\n"
        "The city marathon on Sunday drew 9,200 runners, the organisers said.\n\n"
        f"Of the 480 stewards on duty along the course, 120, {share}, were students from the university."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("roughly three in ten", False), ("roughly three in five", True)])
def test_a_pool_named_by_its_noun_takes_the_earlier_figure_of_that_noun(knowledge, share, fires):
    text = (
        "Hill farms report a strong lambing\n\n"
        "Vets scanned 3,100 ewes across the valley's hill farms this spring, the farmers' union said on Monday.\n\n"
        "The scanning season ran from February to April.\n\n"
        f"Of the ewes scanned, 900 were carrying twins, {share}, the union said."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("one in four", False), ("nearly half", True)])
def test_a_pool_pointing_back_restates_the_count_before(knowledge, share, fires):
    text = (
        "Boatyard finishes its busiest year\n\n"
        "The yard in Brixham launched 64 fishing boats in the year to June.\n\n"
        f"Of those 64, 16 were sold to skippers in Ireland, {share}."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("a pass rate of 75 per cent", False), ("a pass rate of 55 per cent", True)])
def test_a_share_named_as_a_rate_after_the_part(knowledge, share, fires):
    text = (
        "Driving test results\n\n"
        f"Of the 1,200 learners tested at the centre last year, 900 passed at the first attempt, {share}."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_of_course_opens_no_pool(knowledge):
    text = (
        "Allotment society grows\n\n"
        "The allotment society has 310 plots on four sites.\n\n"
        "Of course, 40 more were let in the spring, about a tenth, the secretary said."
    )
    assert "F503" not in alarm_rules(knowledge, text)


def test_a_change_after_the_part_is_no_share_of_the_pool(knowledge):
    text = (
        "Library lending\n\n"
        "Of the 52,000 books the library holds, 8,400 were lent last year; lending rose 12 per cent on the year "
        "before."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_part_of_another_unit_is_no_share_of_the_pool(knowledge):
    text = (
        "Cider co-operative harvest\n\n"
        "Of the 96 orchards in the co-operative, 1,400 tonnes came from the lowland farms, about 60 per cent of "
        "the crop."
    )
    assert_not_checked(knowledge, text, "F503")


# --- Korean: a share counting a counter out of a round base


@pytest.mark.parametrize("share,fires", [("다섯 명 중 세 명꼴", False), ("다섯 명 중 네 명꼴", True)])
def test_ko_a_counted_share_apposed_to_its_part(knowledge, share, fires):
    text = (
        "구민 요가 강좌 마감\n\n"
        "한울구 체육회는 올해 구민 요가 강좌 수강생이 모두 1천500명이었고, "
        f"60대 이상이 {share}인 900명이었다고 3일 밝혔다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("10명 가운데 4명꼴", False), ("10명 가운데 7명꼴", True)])
def test_ko_a_counted_share_after_its_level_takes_the_lead_s_total(knowledge, share, fires):
    text = (
        "가을 국화전시회에 5만 명 몰려\n\n"
        "새들군은 지난 주말 열린 가을 국화전시회에 5만 명이 다녀갔다고 5일 밝혔다.\n\n"
        f"단체로 온 관람객은 2만 명으로, {share}이었다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_ko_a_counted_share_of_another_counter_is_not_linked(knowledge):
    text = (
        "가을 국화전시회에 5만 명 몰려\n\n"
        "새들군은 지난 주말 열린 가을 국화전시회에 5만 명이 다녀갔다고 5일 밝혔다.\n\n"
        "단체로 온 관람객은 2만 명으로, 체험 부스는 10곳 가운데 7곳꼴로 예약이 찼다."
    )
    assert_not_checked(knowledge, text, "F503")


def test_ko_a_counted_share_restating_a_percentage_keeps_its_members(knowledge):
    text = (
        "공공자전거 이용 늘어\n\n"
        "가람시 공공자전거 이용자는 올해 8만 명이었다. 이용자 가운데 학생은 3만 명, 직장인은 4만 명이었다. "
        "학생 비중은 37.5%로 여덟 명 중 세 명꼴이다."
    )
    assert "F503" not in alarm_rules(knowledge, text)


# --- clean paragraphs: figures near a share or a pool that are not its members

CLEAN = [
    "Of the three ferries on the route, one was in dry dock for 12 days in March and another for 9 days in May.",
    "Of course, the council spent £2.4 million on roads last year, about 8 per cent more than in 2024.",
    "Of the museum's 14 galleries, two were closed in January; visitor numbers rose 6 per cent to 210,000.",
    "The hospital treated 4,100 patients in June. Of the staff on duty, 35 were agency nurses, and pay rose 4 per "
    "cent.",
    "Of the 20 clubs in the league, 12 play on artificial pitches, and the season runs for 38 weeks from August.",
    "Among the 60 stalls at the fair, the oldest has traded for 41 years, the youngest for only two.",
    "Of this year's grants, the largest was $48,000 and the smallest $2,500, the foundation said.",
    "Of the 310 tonnes landed, prices averaged £1,900 a tonne, up 11 per cent from a year earlier.",
    "The orchard has 1,200 trees. Of those, the oldest were planted in 1962, and the yield rose 9 per cent.",
    "Of the two bids, the cheaper came in at €3.1 million, 14 per cent below the council's estimate of €3.6 million.",
    "Of the 45 members who voted, turnout was the highest in a decade, and the motion passed by a wide margin.",
    "Of its 18 buses, the company bought six in 2019 and the rest in 2023, spending about $410,000 each.",
]

KO_CLEAN = [
    "축제 관람객은 3만 명이었다. 주차장은 1천200면이었고 먹거리 부스 10곳 가운데 7곳꼴로 카드 결제를 받았다.",
    "올해 수확량은 1천400톤이다. 작목반 농가 열 곳 중 세 곳꼴이 새 품종을 심었다고 답했다.",
    "지난해 이용객은 5만 명, 올해는 6만 명이었다. 평일 이용객 비중은 40%였다.",
    "도서관 회원은 2만 명이다. 대출 도서는 하루 평균 900권이며 열 권 중 한 권꼴이 그림책이다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_no_share_alarm(knowledge, text):
    assert not [r for r in alarm_rules(knowledge, text) if r.startswith(("F5", "F3"))]


@pytest.mark.parametrize("text", KO_CLEAN)
def test_ko_clean_paragraphs_raise_no_share_alarm(knowledge, text):
    assert not [r for r in alarm_rules(knowledge, text) if r.startswith(("F5", "F3"))]
