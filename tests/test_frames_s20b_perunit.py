"""Figures per unit (twentieth session, second round), each a rule for a construction:
- a count that is itself per a shorter period (`한 달 평균 2천건꼴`, `about 3,000 tickets a month`) is an average,
  no count of units a figure per unit divides by (checker/link/per_unit_apart.py, `_rate`);
- a figure each unit holds per a shorter period (`Each shop cleaned about 500 shirts a week`) is of a total of some
  such periods, which the count alone does not divide: not linked (checker/link/each_averages.py);
- a period carried over from the sentence before is none a figure per unit names: after a quarter's value, the
  figure is of the lead's span, and a lead value of the subject the headline's figures are of is the story's whole,
  no segment (checker/link/per_unit_apart.py, `_total`, `_lead_of_metric`);
- a count followed in its sentence by a bare count, its noun left out (`Adults bought 600 passes and children
  200`), is one part of a gapped list, no count of all the units (`_named_alike_beside`);
- a count set beside a tally of its counter out of a round base (`12만명으로 10명 중 3명이`) is one part's, no count of
  all the units (`_parts_beside_tallies`, the fractions' `among` data).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a count per month is no count of units

_FINES_KO = (
    "남강시는 올해 1~8월 쓰레기 무단투기 적발 건수가 2만4천건으로 지난해 같은 기간보다 6.0% 늘었다고 9일 밝혔다. "
    "{monthly}\n\n"
    "부과된 과태료는 9억6천만원으로 건당 {each}꼴이다."
)


@pytest.mark.parametrize(
    "monthly,each,fires",
    [
        ("한 달 평균 3천건꼴이다.", "4만원", False),
        ("한 달 평균 3천건꼴이다.", "7만원", True),
        ("", "4만원", False),
        ("", "7만원", True),
    ],
)
def test_a_count_per_month_is_no_count_of_units_ko(knowledge, monthly, each, fires):
    assert_checked(knowledge, _FINES_KO.format(monthly=monthly, each=each), "F317", fires)


_FINES_EN = (
    "Eastmoor council issued 36,000 parking tickets in the year to March, up 8% from the year before. "
    "{monthly}\n\n"
    "The tickets raised £1.8 million in fines, an average of £{each} per ticket."
)


@pytest.mark.parametrize(
    "monthly,each,fires",
    [
        ("That is about 3,000 tickets a month.", "50", False),
        ("That is about 3,000 tickets a month.", "80", True),
        ("", "50", False),
        ("", "80", True),
    ],
)
def test_a_count_per_month_is_no_count_of_units_en(knowledge, monthly, each, fires):
    assert_checked(knowledge, _FINES_EN.format(monthly=monthly, each=each), "F317", fires)


# ---------------------------------------------------------------- `each … a week`: per unit and per week

_SHIRTS = (
    "Brightwell Laundry cleaned 5.2 million shirts in the year to June, against 4.8 million a year earlier.\n\n"
    "The chain ended the year with 200 shops. Each shop cleaned roughly {each} shirts{period}."
)


def test_each_unit_per_week_is_not_divided_by_the_count_alone(knowledge):
    assert_not_checked(knowledge, _SHIRTS.format(each="500", period=" a week"), "F317")


@pytest.mark.parametrize("each,fires", [("26,000", False), ("31,000", True)])
def test_each_unit_over_the_span_is_divided(knowledge, each, fires):
    assert_checked(knowledge, _SHIRTS.format(each=each, period=""), "F317", fires)


# ---------------------------------------------------------------- the span's lead value, past a quarter's

_OYSTERS = (
    "바다군 굴 수출 1~3분기 3,600만달러\n\n"
    "바다군은 올해 1~3분기 굴 수출액이 3,600만달러로 지난해 같은 기간보다 12.0% 늘었다고 8일 밝혔다. "
    "3분기 수출액은 1,400만달러로 2분기(1,100만달러)보다 27.3% 많았다.\n\n"
    "{volume}"
    "{filler}"
    "{farms}"
)
_VOLUME = "수출 물량은 1,800톤으로 1㎏당 {each}달러에 팔렸다.\n\n"
_FILLER = (
    "굴은 겨울철에 살이 차오른다. 올해는 태풍 피해가 적었다. 군은 새 선별장을 지었다. "
    "가공 공장도 한 곳 늘었다. 어민들은 인건비 부담을 호소했다.\n\n"
)
_FARMS_KO = "굴을 수출하는 어가는 240가구로 어가당 수출액은 {each}달러꼴이다."


@pytest.mark.parametrize("each,fires", [("20", False), ("26", True)])
def test_a_figure_per_unit_after_a_quarter_is_of_the_leads_span(knowledge, each, fires):
    # (the quarter's period is carried to the next sentence, which names none: the figure is of the lead's span)
    text = _OYSTERS.format(volume=_VOLUME.format(each=each), filler="", farms="")
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("15만", False), ("21만", True)])
def test_a_figure_per_unit_past_reach_is_of_the_headlines_subject(knowledge, each, fires):
    # (the lead's value is of the product the headline names: the story's subject, no segment of it)
    text = _OYSTERS.format(volume="", filler=_FILLER, farms=_FARMS_KO.format(each=each))
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `A bought 60,000 passes and B 24,000`: a gapped list

_PASSES = (
    "Northgate sold 84,000 museum passes in the year to March, up 6% from 79,200 a year earlier.\n\n"
    "{breakdown}"
    "Pass revenue reached £2.1 million, an average of £{each} per pass."
)


@pytest.mark.parametrize("each", ["25", "35"])
def test_a_count_in_a_gapped_list_is_one_part_not_the_units(knowledge, each):
    # (the second part's noun is left out: `… passes and children 24,000`; the first is no count of all passes)
    text = _PASSES.format(breakdown="Adults bought 60,000 passes and children 24,000.\n\n", each=each)
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("25", False), ("31", True)])
def test_the_count_of_all_units_is_divided(knowledge, each, fires):
    assert_checked(knowledge, _PASSES.format(breakdown="", each=each), "F317", fires)


# ---------------------------------------------------------------- `12만명으로 10명 중 3명이`: a part beside its tally

_COACHES = (
    "한별고속은 설 연휴 닷새간 승객 40만명을 태웠다고 2일 밝혔다.\n\n"
    "{part}"
    "운송 수입은 100억원으로 승객 1인당 {each}원꼴이다."
)


@pytest.mark.parametrize(
    "part,each,fires",
    [
        ("프리미엄버스 승객은 12만명으로 10명 중 3명이 프리미엄버스를 탔다.\n\n", "2만5천", False),
        ("프리미엄버스 승객은 12만명으로 10명 중 3명이 프리미엄버스를 탔다.\n\n", "4만", True),
        ("", "2만5천", False),
        ("", "4만", True),
    ],
)
def test_a_count_beside_its_tally_out_of_ten_is_one_part(knowledge, part, each, fires):
    assert_checked(knowledge, _COACHES.format(part=part, each=each), "F317", fires)
