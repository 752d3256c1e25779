"""False links narrowed on invented clean copy (twenty-sixth session, lane fa2), each a rule for a construction:
- a count drawn from a whole its clause names first (`Of the rural clinics, 12 …`, `분관 가운데 12곳은`:
  `[link.partitive_before_count]`) is a group within, no count of the units a later figure per unit divides over
  (link/per_unit_apart.py `_count`);
- a per-unit noun written right after another figure (`72 bands on four stages`) is that figure's counter, not the
  next count's name (link/per_unit_apart.py `names_the_count`);
- a count right after a count and a word of place (`1,480 players in 36 clubs`: `[elided_counts] modifier_between`)
  says where the first's units are: a bare number elided after them counts the first's noun
  (extract/quantities.py `_read_elided_counts`);
- a figure after `of that` is a part of the part before it, not its sibling in an accounted list
  (link/breakdowns.py `_accounted_parts`);
- `each` over the whole a sentence opens with (`Of the city's 14 parks, 6 will get … each`) is the drawn part's, so
  that whole is no count of it (link/restated_per_unit.py, link/opening_wholes.py); nor are that whole and its part
  two parts of a whole the sentence names (`60% of the total`: link/parts_of_stated_whole.py);
- a measure itself per unit (`an average of 40 tonnes per grower`) or one member of a run by month (`1월 200t, 2월
  300t`) is no measure a price per tonne divides over (link/per_unit_apart.py);
- a fee's total named by its noun is no product of a price when the amounts the noun names are listed two in a row
  (`성인 수강료 …, 청소년 수강료 …`: link/named_unit_totals.py);
- a count per a noun (`학급당 평균 27명`) is no part of a total broken down in the next sentence (link/totals.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document as make
from helpers import findings
from test_frames import assert_checked, assert_not_checked

_PER_UNIT = "F317"
_SUM = "F302"
_CHANGE = "F305"


def _assert_quiet(knowledge, text, rule):
    """No alarm of the rule (the relation may be left unchecked)."""
    result = findings(knowledge, make(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text,fires",
    [
        # must-pass / must-fire: per clinic over all 48 clinics, not the 12 drawn from the rural ones
        (
            "The county runs 48 clinics. Of the rural clinics, 12 open on Sundays. "
            "Its $9.6 million budget comes to about $200,000 per clinic.",
            False,
        ),
        (
            "The county runs 48 clinics. Of the rural clinics, 12 open on Sundays. "
            "Its $9.6 million budget comes to about $260,000 per clinic.",
            True,
        ),
        (
            "군립도서관은 모두 48곳이다. 분관 가운데 12곳은 일요일에도 문을 연다. "
            "운영 예산 96억 원은 도서관 1곳당 약 2억 원꼴이다.",
            False,
        ),
        (
            "군립도서관은 모두 48곳이다. 분관 가운데 12곳은 일요일에도 문을 연다. "
            "운영 예산 96억 원은 도서관 1곳당 약 3억 원꼴이다.",
            True,
        ),
        # per band over the 72 bands, not the four stages written after them
        ("The fair booked 72 bands on four stages. Fees totaled $1.8 million, about $25,000 per band.", False),
        ("The fair booked 72 bands on four stages. Fees totaled $1.8 million, about $35,000 per band.", True),
        # near-miss: per stage is still over the stages
        ("The fair put 72 bands on four stages. Stage hire totaled $1.8 million, about $450,000 per stage.", False),
        # a price per tonne over the crop, not over the average per grower
        (
            "The 80 growers picked 3,200 tonnes of pears, an average of 40 tonnes per grower. "
            "The crop sold for $4.8 million, or about $1,500 per tonne.",
            False,
        ),
        (
            "The 80 growers picked 3,200 tonnes of pears, an average of 40 tonnes per grower. "
            "The crop sold for $4.8 million, or about $1,900 per tonne.",
            True,
        ),
        # a price per kilogram over the quarter's catch, not its last month
        (
            "한울수협은 올해 1~3월 전어 900t을 잡았다. 1월 200t, 2월 300t, 3월 400t이었다. "
            "위판액은 54억 원으로 ㎏당 평균 6000원꼴이다.",
            False,
        ),
        (
            "한울수협은 올해 1~3월 전어 900t을 잡았다. 1월 200t, 2월 300t, 3월 400t이었다. "
            "위판액은 54억 원으로 ㎏당 평균 8000원꼴이다.",
            True,
        ),
        # a fee's total named by its noun: a price times the count
        ("수강생 3000명이 등록했다. 수강료는 과목 구분 없이 8만 원으로, 수강료 수입은 2억 4000만 원이다.", False),
        ("수강생 3000명이 등록했다. 수강료는 과목 구분 없이 10만 원으로, 수강료 수입은 2억 4000만 원이다.", True),
        # `each` of the part drawn from the whole the sentence opens with: of no whole's count
        (
            "The city has a plan for its parks. Of the city's 14 parks, 6 will get new playgrounds at $150,000 each, "
            "or $900,000 in all.",
            None,
        ),
        ("The city will build playgrounds in 6 parks at $150,000 each, or $1.2 million in all.", True),
    ],
)
def test_per_unit_over_its_own_units(knowledge, text, fires):
    if fires is None:
        _assert_quiet(knowledge, text, _PER_UNIT)  # (of no count the sentence states: left unchecked)
    else:
        assert_checked(knowledge, text, _PER_UNIT, fires)


def test_listed_fees_are_no_price(knowledge):
    # near-miss: two amounts the noun names, listed, break the total down; neither is a price each pays
    text = (
        "수강생 3000명이 등록했다. 성인 수강료 1억 6000만 원, 청소년 수강료 8000만 원으로 "
        "수강료 수입은 2억 4000만 원이다."
    )
    assert_not_checked(knowledge, text, _PER_UNIT)


@pytest.mark.parametrize("change,fires", [("90", False), ("190", True)])
def test_change_of_the_count_before_its_place(knowledge, change, fires):
    text = (
        f"The league fields 1,480 players in 36 clubs this season, up from 1,390 last season, an increase of {change}."
    )
    assert_checked(knowledge, text, _CHANGE, fires)


def test_change_of_the_place_count_alone(knowledge):
    # near-miss: a count of places that is the sentence's level keeps its own change
    assert_checked(
        knowledge, "The league fields 36 clubs this season, up from 33 last season, an increase of 3.", _CHANGE, False
    )


def test_part_of_that_part_is_no_sibling(knowledge):
    # must-pass: the sourdough is part of the bread, not a second part of a whole beside it (it was read as one, of
    # the first shop's sales)
    text = (
        "The Alder Street bakery chain reported sales of $27 million. The river shop sold $10 million, the hill shop "
        "$8 million, the mall shop $6 million and the station stall $3 million. Bread made up $8 million of sales, "
        "and sourdough $5 million of that."
    )
    _assert_quiet(knowledge, text, _SUM)


def test_two_accounted_parts_still_add_up(knowledge):
    # must-fire: two siblings that overshoot their total
    text = "The bakery's sales were $8 million last year. Bread made up $5 million of sales, and pastry $6 million."
    assert_checked(knowledge, text, _SUM, True)


def test_whole_and_its_drawn_part_are_no_two_parts(knowledge):
    # near-miss: `Of the 32 farms, 18 …` opens with a whole and a part of it; they are no list under `of the total`
    text = (
        "Marlow's council split $640,000 among 32 farms, or $20,000 each. In the spring round, 24 farms shared "
        "$360,000, or $15,000 apiece. Of the 32 farms, 18 are family-owned, 56% of the total."
    )
    _assert_quiet(knowledge, text, _SUM)


def test_average_per_noun_is_no_part(knowledge):
    # near-miss: `학급당 평균 27명` is an average, no second part of the graduates' total
    _assert_quiet(knowledge, "졸업생은 모두 3만 2000명이다. 재학생은 540명으로 학급당 평균 27명이다.", _SUM)


def test_parts_in_the_next_sentence_still_add_up(knowledge):
    # must-fire: the total broken down in the next sentence, its parts short of it
    text = "졸업생은 모두 3만 2000명이다. 남자 졸업생 1만 2000명, 여자 졸업생 1만 1000명이다."
    assert_checked(knowledge, text, _SUM, True)


@pytest.mark.parametrize("per,fires", [("1500", False), ("1800", True)])
def test_per_pupil_over_all_not_a_group_drawn(knowledge, per, fires):
    # must-pass / must-fire: per pupil over the 9,600 pupils, not the 610 drawn from the high-school ones
    text = (
        "관내 학생 수는 올해 9600명으로 지난해보다 120명 늘었다. 관내 학교 14곳 가운데 초등학교가 8곳, 중학교 4곳, "
        "고등학교 2곳이다. 초등학생이 4800명, 중학생 2400명, 고등학생 2400명이다. 고등학생 가운데 610명은 기숙사에 "
        f"산다. 교육 예산 1440억 원은 학생 1인당 약 {per}만 원꼴이다."
    )
    assert_checked(knowledge, text, _PER_UNIT, fires)


_QUARTER_RUN = (
    "새솔병원 응급실은 4분기 환자 9400명을 받았다. 10월 3150명, 11월 2980명, 12월 3270명이었다. "
    "지난해 4분기 8900명보다 {}명 늘었다. 12세 미만 어린이는 1900명이었다."
)


@pytest.mark.parametrize("change,fires", [("500", False), ("700", True)])
def test_change_of_a_quarter_over_its_months(knowledge, change, fires):
    # must-pass / must-fire: a change from a quarter's prior is of the quarter's level, stated before its months
    # (it was read as the last month's, and else as the children's count after it)
    assert_checked(knowledge, _QUARTER_RUN.format(change), _CHANGE, fires)


def test_change_after_a_run_by_month_is_no_month(knowledge):
    # near-miss: the first month of a run is no level of the change stated after the run
    text = (
        "The clinic logged 3,150 visits in October, 2,980 in November and 3,270 in December, for 9,400 in the "
        "quarter, up from 8,900 a year earlier, a rise of 500."
    )
    _assert_quiet(knowledge, text, _CHANGE)
