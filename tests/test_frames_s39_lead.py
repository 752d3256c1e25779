"""The lead's constructions of the thirty-ninth session.

A count of things written to the unit with no hedge (`12 cars`, `19명`) is that whole number, so a list of such counts
adds up exactly (`[rule] F302` `whole_counts`, checker/check/kinds/sum.py): `12 cars, 3 vans and 2 buses, 19 vehicles`
is wrong by two, which the half-unit slack of each figure used to hide. Exact sums need right lists, so four list
readings were mended with it: a count of the list's members is no part (`78석과 46석짜리 상영관 두 곳`); a count of one
that the next figure is per is no part (`한 곳에 N꼴`); a later name of a list may start with a word that opens
sentences (`…, All Vale Farmers Union and Rook at one each`); an added amount's base is the figure in its own sentence
(`employs 11 people and will hire three more, bringing staff to 14`). A per-head figure whose clause names no metric
divides no total the article breaks into parts (`예산 … 인건비 … 한 명에게 평균`). A level of the year before set
against the rate after it (`지난해 6만 달러였는데 올해는 50% 늘었다`) is that rate's prior
(checker/link/contrasted_priors.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, document, findings

from checker.check.packs import builtin_rules_dir, load_rules

SUM = "F302"
PER_UNIT = "F317"


def _sum_messages(knowledge, text: str) -> tuple[list[str], list[str]]:
    result = findings(knowledge, document(text), select=[SUM], show_passed=True)
    return [f.message for f in result.findings], [p.message for p in result.passed]


# (text, parts as the passed message lists them) — each holds exactly; the broken twin below fires.
HOLDING = [
    ("The Selby depot runs 12 cars, 3 vans and 2 buses, 17 vehicles in all.", "(12 cars + 3 vans + 2 buses)"),
    ("선수 12명, 코치 3명, 직원 2명으로 모두 17명이 대회에 나갔다.", "(12명 + 3명 + 2명)"),
    ("새로 연 공연장은 78석과 46석짜리 무대 두 곳, 모두 124석 규모다.", "(78석 + 46석)"),
    ("방류한 저수지는 상류 6곳과 하류 8곳이며, 한 곳에 5만 마리꼴로 풀린 셈이다. 모두 14곳이다.", "(6곳 + 8곳)"),
    (
        "The Red bloc has won 72 seats in the final tally. The Red side stacks up as follows -- Avon 40, Blue 16, "
        "Tarn 12, Kell, Moss, All Vale Farmers Union and Rook at one each.",
        "1 seats × 4",
    ),
    (
        "The Lorne workshop made 12 small harps. The firm employs 11 people and plans to take on three apprentices, "
        "bringing staff to 14.",
        "(11 people + 3 apprentices)",
    ),
]
BROKEN = [
    "The Selby depot runs 12 cars, 3 vans and 2 buses, 19 vehicles in all.",
    "선수 12명, 코치 3명, 직원 2명으로 모두 19명이 대회에 나갔다.",
    "새로 연 공연장은 78석과 46석짜리 무대 두 곳, 모두 126석 규모다.",
    "The Red bloc has won 74 seats in the final tally. The Red side stacks up as follows -- Avon 40, Blue 16, "
    "Tarn 12, Kell, Moss, All Vale Farmers Union and Rook at one each.",
    "The Lorne workshop made 12 small harps. The firm employs 11 people and plans to take on three apprentices, "
    "bringing staff to 15.",
]


@pytest.mark.parametrize("text,parts", HOLDING)
def test_a_list_of_whole_counts_adds_up_exactly(knowledge, text, parts):
    alarms, passed = _sum_messages(knowledge, text)
    assert not alarms
    assert any(parts in message for message in passed), passed


@pytest.mark.parametrize("text", BROKEN)
def test_a_list_of_whole_counts_off_by_one_or_two_is_reported(knowledge, text):
    alarms, _ = _sum_messages(knowledge, text)
    assert alarms


@pytest.mark.parametrize(
    "text",
    [
        # counts written to tens may be rounded: 120 is 115–125
        "The Selby depot runs 120 cars, 35 vans and 22 buses, 180 vehicles in all.",
        # a hedged part keeps its width
        "The Selby depot runs about 12 cars, 3 vans and 2 buses, 17 vehicles in all.",
        # money is no count of things
        "The fair took £12 at the gate, £3 from raffles and £2 from teas, £17 in all.",
    ],
)
def test_rounded_hedged_and_money_figures_keep_their_intervals(knowledge, text):
    alarms, passed = _sum_messages(knowledge, text)
    assert not alarms and passed


def test_whole_counts_is_a_parameter_of_the_rule(knowledge):
    """A desk may read every figure as rounded: rule-params, not code."""
    text = "The Selby depot runs 12 cars, 3 vans and 2 buses, 18 vehicles in all."
    assert _sum_messages(knowledge, text)[0]
    rounded = load_rules([builtin_rules_dir()], {SUM: {"whole_counts": False}})
    result = findings(
        type(knowledge)(knowledge.lexicon, rounded, knowledge.folders), document(text), select=[SUM], show_passed=True
    )
    assert not result.findings and result.passed


def test_a_per_head_figure_divides_no_total_broken_into_parts(knowledge):
    text = (
        "가람시청 배구팀 올해 예산 20억 원\n\n가람시청 배구팀의 올해 예산이 20억 원으로 확정됐다. 예산 가운데 인건비가 "
        "12억 원으로 가장 크고 원정비 5억 원, 나머지 운영비가 3억 원이다.\n\n선수는 15명이어서 한 명에게 평균 "
        "8천만 원이 돌아가는 셈이다."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


GROWTH = "F301"
_POTTERY = "다온공방이 오사카의 상점에 찻잔 300점을 팔기로 했다. 계약 금액은 9만 달러로 한 점에 300달러꼴이다. "


@pytest.mark.parametrize(
    "tail,fires",
    [
        ("이 공방의 일본 수출은 지난해 6만 달러였는데 올해는 50% 늘었다.", False),
        ("이 공방의 일본 수출은 작년 6만 달러였지만 올해 50% 늘었다.", False),
        ("이 공방의 일본 수출은 지난해 6만 달러였는데 올해는 80% 늘었다.", True),
    ],
)
def test_a_level_of_the_year_before_set_against_the_rate_after_it_is_its_prior(knowledge, tail, fires):
    result = findings(knowledge, document(_POTTERY + tail), select=[GROWTH], show_passed=True)
    assert bool(result.findings) == fires
    assert fires or result.passed


@pytest.mark.parametrize(
    "tail",
    [
        # this year's figure, not the year before: no prior
        "이 공방의 일본 수출은 올해 6만 달러였는데 내년에는 50% 늘어날 전망이다.",
        # no contrast: the figure and the rate are two statements
        "이 공방의 일본 수출은 지난해 6만 달러로 집계됐다. 올해 목표는 80% 늘었다.",
    ],
)
def test_no_prior_without_the_year_before_and_the_contrast(knowledge, tail):
    assert GROWTH not in alarm_rules(knowledge, _POTTERY + tail)
