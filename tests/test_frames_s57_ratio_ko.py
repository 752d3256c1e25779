"""Korean ratios of the fifty-seventh session, lane `ratio_ko`.

A figure given out to each of a count of groups, then the total of all right after it in its clause
(checker/link/distributed_groups.py, checker/link/given_each_then_all.py): `도공 7명이 한 사람에 하루 6점씩, 모두 하루
42점` (a figure per a period too, its total said to be of that period), `버스 11대를 하루 16번씩, 모두 하루 176번` (the
groups the clause's object, the total's period again), `공방 4곳에서 하루 35개씩, 모두 하루 140개` (the groups the
clause's place), `강좌마다 15명씩, 모두 240명` (a comma before the total's mark). The figure is the total over
the groups (F317). A term between (`두 달 동안`), another verb between (`빚고, 가마에서는 모두`), another period on the
total (`모두 한 달에`) or none (`모두 1천260점`: of a term, maybe), or no total's mark after an object's groups leave it
unlinked.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, claims, rule_result

PER_UNIT = "F317"

_GIVEN_EACH_THEN_ALL = [
    # (a figure per one and per a day, its total of all right after it, said to be the day's)
    ("도예촌에서는 도공 7명이 한 사람에 하루 6점씩, 모두 하루 {total}점을 만든다.", "42", "56"),
    # (the groups the clause's object; the total's period again)
    ("구는 순환버스 11대를 하루 16번씩, 모두 하루 {total}번 운행했다.", "176", "196"),
    # (the groups the clause's place)
    ("마을 공방 4곳에서 하루 35개씩, 모두 하루 {total}개의 떡을 빚는다.", "140", "190"),
    # (a comma before the total's mark)
    ("문화센터는 강좌 16개를 열어 강좌마다 15명씩, 모두 {total}명을 받는다.", "240", "320"),
    # (one of the unit as the subject, the total's mark with no comma)
    ("순환 열차 9대는 한 대가 하루 260명씩 모두 하루 {total}명을 실어 나른다.", "2천340", "3천100"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _GIVEN_EACH_THEN_ALL)
def test_a_figure_given_each_then_the_total_of_all(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(total=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # a term between: the total is of two months, not of a day
        "도예촌에서는 도공 7명이 한 사람에 하루 6점씩 빚어 두 달 동안 모두 2천520점을 만들었다.",
        # another period on the total, or none (a total of a term, maybe)
        "도예촌에서는 도공 7명이 한 사람에 하루 6점씩, 모두 한 달에 42점을 만든다.",
        "도예촌에서는 도공 7명이 한 사람에 하루 6점씩, 모두 1천260점을 만든다.",
        # another clause, of its own total
        "도예촌에서는 도공 7명이 한 사람에 하루 6점씩 빚고, 가마에서는 모두 90점을 굽는다.",
        # the clause's object, no total of all after the figure
        "구는 순환버스 11대를 하루 16번씩 운행했으며 축제 기간 운행은 모두 1천760번이었다.",
    ],
)
def test_no_total_of_all_right_after_the_figure(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- verbs that are no rise (`늘어선`, `올라와`)

_LINED_UP = (
    "노을군 은행나무길\n\n노을군은 은행나무길 축제를 연다고 1일 밝혔다.\n\n"
    "축제장은 은행나무 1천400그루가 늘어선 3.5㎞ 길로, 1㎞에 {rate}그루꼴로 나무가 서 있다."
)
_COME_UP = (
    "노을군 꽃무릇\n\n노을군은 꽃무릇 군락지를 개방한다고 1일 밝혔다.\n\n"
    "군락지 3.2㏊에 꽃대 약 320만 개가 올라와 ㏊당 약 {rate}만 개꼴이다."
)


@pytest.mark.parametrize(("text", "holds", "broken"), [(_LINED_UP, "400", "550"), (_COME_UP, "100", "140")])
def test_a_count_lined_up_or_come_up_is_a_level_a_rate_divides(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate=broken), PER_UNIT, fires=True)


def test_a_rise_is_still_read_as_one(knowledge):
    found = {
        c.text: c.role for c in claims("노을군 가로수는 지난해보다 200그루 늘어 1천400그루가 됐다.", knowledge).claims
    }
    assert found["200그루"] == "change"
    found = {c.text: c.role for c in claims("노을군 쌀값은 한 달 새 3천 원 올라 5만 원이 됐다.", knowledge).claims}
    assert found["3천 원"] == "change"


# ---------------------------------------------------------------- a verb of spending before one of the unit

_SPENT = (
    "노을군, 다슬기 방류\n\n노을군은 올해 군내 하천 9곳에 어린 다슬기 640만 마리를 놓아주었다고 18일 밝혔다.\n\n"
    "다슬기는 모래와 자갈이 많은 여울에 주로 풀었다. 어린 다슬기를 사고 나르는 데는 모두 1억2천800만 원이 들어 "
    "한 마리에 {rate}원꼴이다."
)


def test_a_verb_of_spending_before_one_of_the_unit_names_no_subset(knowledge):
    assert_checked(knowledge, _SPENT.format(rate="20"), PER_UNIT, fires=False)
    assert_checked(knowledge, _SPENT.format(rate="35"), PER_UNIT, fires=True)


def test_a_noun_before_one_of_the_unit_still_names_a_subset(knowledge):
    # (`연어 한 마리에`: a noun ending like a verb, the subset's name: the lead's count of another thing is not its own)
    text = _SPENT.replace("모두 1억2천800만 원이 들어 ", "모두 1억2천800만 원이 들었다. 연어 ").format(rate="20")
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a figure per one and per a period, its total per it

_ELEVATORS = (
    "노을시 지하철 승강기\n\n노을시는 지하철 승강기 이용을 집계했다고 1일 밝혔다.\n\n"
    "환승역인 시청역은 승강기가 5대로 가장 많고, {period} 이용객이 4천 명에 이르러 한 대가 하루 {rate}명꼴을 실어 "
    "나른다."
)
_COURTS = (
    "노을시 배드민턴 대회\n\n노을시는 배드민턴 대회를 연다고 1일 밝혔다.\n\n"
    "체육관에는 코트 8면이 설치되고 나흘 동안 320경기가 치러져 하루 80경기, 코트 한 면에서 하루 {rate}경기꼴로 열린다."
)


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [(_ELEVATORS.replace("{period}", "하루"), "800", "1천300"), (_COURTS, "10", "15")],
)
def test_a_figure_per_one_and_per_a_period_restates_the_total_of_that_period(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize("period", ["한 달", "올해"])
def test_a_total_of_another_period_is_not_what_a_daily_figure_per_one_restates(knowledge, period):
    # (a month's or a year's riders over the lifts is no day's figure per lift)
    assert_not_linked(knowledge, _ELEVATORS.replace("{period}", period).format(rate="800"), PER_UNIT)


# ---------------------------------------------------------------- what comes out of or goes into each unit

_ASBESTOS = (
    "노을시 석면 지붕\n\n노을시는 올해 석면 지붕 철거를 지원한다고 3일 밝혔다.\n\n"
    "올해 철거되는 석면 지붕은 모두 1만2천㎡에 이른다. 1㎡에서 석면 폐기물이 {rate}kg 안팎 나와 모두 180톤 가량이 "
    "매립장으로 옮겨진다."
)
_DUMPLINGS = (
    "노을시 만두 축제\n\n노을시는 지난 주말 만두 축제를 열었다고 3일 밝혔다.\n\n"
    "축제장에서는 사흘 동안 만두 16만 개가 팔렸다. 만두 한 개에 돼지고기 {rate}g이 들어가, 사흘 동안 돼지고기만 "
    "4.8톤이 쓰였다."
)


@pytest.mark.parametrize(("text", "holds", "broken"), [(_ASBESTOS, "15", "25"), (_DUMPLINGS, "30", "45")])
def test_what_comes_out_of_or_goes_into_each_unit_makes_the_total_after_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(rate=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate=broken), PER_UNIT, fires=True)


@pytest.mark.parametrize("order", ["주문에만", "주문에"])
def test_a_total_named_for_a_thing_of_its_own_is_no_product_of_the_units_counted(knowledge, order):
    # (`이번 주문에만`: the total is the order's, which the day's count before is not)
    text = (
        "노을군 장화 수출\n\n노을군 공장은 장화 수출 주문을 받았다고 3일 밝혔다.\n\n"
        "공장에서는 성형기 4대가 한 대에 하루 90켤레씩, 모두 360켤레를 찍어 낸다. 장화 한 켤레에 고무 1.5㎏이 들어가 "
        "이번 {order} 고무 4.5톤이 쓰인다."
    )
    result = rule_result(knowledge, text.format(order=order), PER_UNIT)
    assert not [p for p in result.passed + result.findings if "1.5" in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- a year's figure named by its noun, then per month

_YEAR_THEN_MONTH = (
    "노을시 전시관\n\n노을시는 새 전시관을 연다고 1일 밝혔다.\n\n시는 {year} 관람객을 3만6천 명, {month} {rate}명꼴로 "
    "내다보고 있다."
)


@pytest.mark.parametrize("year", ["한 해", "연간"])
def test_a_yearly_figure_named_by_its_noun_is_restated_per_month(knowledge, year):
    text = _YEAR_THEN_MONTH.replace("{year}", year).replace("{month}", "한 달에")
    assert_checked(knowledge, text.format(rate="3천"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate="4천500"), PER_UNIT, fires=True)


def test_a_figure_after_a_yearly_one_marked_per_no_period_restates_nothing(knowledge):
    # (`주말에`: no shorter period the year holds a count of)
    text = _YEAR_THEN_MONTH.replace("{year}", "연간").replace("{month}", "주말에").format(rate="3천")
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a sentence of the average alone restates the total

PER_PERIOD = "F312"
_BRIDGE = (
    "노을군 출렁다리\n\n노을군은 노을호 출렁다리가 개통한 뒤 {span} 43만8천 명이 다리를 오갔다고 27일 밝혔다. {average}"
)


@pytest.mark.parametrize(
    ("span", "holds", "broken"),
    [
        ("1년 동안", "하루 평균 1천200명 남짓이다.", "하루 평균 1천900명 남짓이다."),
        ("14일 동안", "하루 평균 3만1천300명에 조금 못 미친다.", "하루 평균 4만2천 명에 조금 못 미친다."),
        ("6년 동안", "한 해 평균 7만3천 명이다.", "한 해 평균 9만8천 명이다."),
    ],
)
def test_a_sentence_of_the_average_alone_restates_the_total_over_its_span(knowledge, span, holds, broken):
    assert_checked(knowledge, _BRIDGE.format(span=span, average=holds), PER_PERIOD, fires=False)
    assert_checked(knowledge, _BRIDGE.format(span=span, average=broken), PER_PERIOD, fires=True)


def test_an_average_with_words_of_its_own_is_of_any_span(knowledge):
    # (`주말에는 하루 평균`: an average of its own days, not the total's span worked out)
    text = _BRIDGE.format(span="1년 동안", average="주말에는 하루 평균 1천900명이 다리를 찾았다.")
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- two counts of one event set side by side

_TEAMS = (
    "노을군 농악 경연\n\n노을군은 지난 주말 공설운동장에서 농악 경연을 열었다고 1일 밝혔다.\n\n"
    "대회에는 32개 팀{joint}1천184명이 참가했다. 한 팀에 평균 {rate}명꼴이다."
)


def test_a_count_and_its_total_set_side_by_side_are_one_events(knowledge):
    text = _TEAMS.replace("{joint}", ", ")
    assert_checked(knowledge, text.format(rate="37"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate="50"), PER_UNIT, fires=True)


def test_a_total_set_beside_the_count_as_another_item_is_not_restated(knowledge):
    # (`32개 팀, 관람객은 1천184명`: another item of its own topic, not the teams' members)
    text = _TEAMS.replace("대회에는 32개 팀{joint}1천184명이 참가했다", "참가 팀은 32개 팀, 관람객은 1천184명이었다")
    text = text.format(rate="37")
    assert_not_linked(knowledge, text, PER_UNIT)


def test_a_total_naming_a_noun_of_its_own_beside_the_count_is_not_restated(knowledge):
    # (`24개 팀, 504명의 관중이`: the total after the comma is of the noun after it, not the teams' members)
    text = _TEAMS.replace("대회에는 32개 팀{joint}1천184명이 참가했다", "대회에는 32개 팀, 1천184명의 관중이 몰렸다")
    text = text.replace("한 팀에 평균", "한 팀에 선수는 평균").format(rate="12")
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "figure",
    [
        # (one unit's own figure, not marked as an average: the east side's lift, a lift's capacity)
        "동문 쪽 한 대가 하루 800명을 실어 나른다",
        "한 대가 하루 최대 3천 명을 실어 나를 수 있다",
    ],
)
def test_a_figure_per_one_and_per_a_period_not_marked_an_average_restates_nothing(knowledge, figure):
    text = _ELEVATORS.replace("{period}", "하루").replace("한 대가 하루 {rate}명꼴을 실어 나른다", figure)
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a connective ending before one of the unit

# (the reading of a connective ending, `…톤을 주웠는데 한 사람이`, as no subset's name is dropped: its clause may hold
# no figure, `…장터가 인기였는데 한 사람이 평균 1만 원을`, and the figure after is then of a subset of its own)
_POPULAR = (
    "노을군 억새 축제\n\n노을군은 억새 축제를 마쳤다고 1일 밝혔다.\n\n"
    "축제에는 관광객 4만 명이 찾아 매출이 7억2천만 원에 이르렀다. 특히 먹거리 장터가 인기였는데 한 사람이 평균 "
    "{rate}원을 썼다."
)


@pytest.mark.parametrize("rate", ["9천", "1만8천"])
def test_a_connective_ending_before_one_of_the_unit_leaves_the_subset_unsaid(knowledge, rate):
    assert_not_linked(knowledge, _POPULAR.format(rate=rate), PER_UNIT)


# ---------------------------------------------------------------- the review's near misses (session 57, ratio_ko-rv)

_LIBRARY = "노을시 도서관\n\n노을시는 도서관 대출을 집계했다고 6일 밝혔다.\n\n도서관은 사서가 4명이고 {clause}."


@pytest.mark.parametrize(
    "clause",
    [
        # (another noun before one of the unit: the newcomer's own figure)
        "하루 대출이 600권에 이르러 신입 한 사람이 하루 50권꼴을 처리한다",
        # (a topic of its own before one of the unit: the weekdays', not the day's total)
        "주말 하루 대출이 600권인데 평일에는 한 사람이 하루 90권꼴을 처리한다",
    ],
)
def test_one_of_the_unit_with_a_subset_of_its_own_after_the_periods_total_restates_nothing(knowledge, clause):
    assert_not_linked(knowledge, _LIBRARY.format(clause=clause), PER_UNIT)


def test_one_of_the_unit_joined_to_the_periods_total_restates_it(knowledge):
    text = _LIBRARY.format(clause="하루 대출이 600권에 이르러 한 사람이 하루 {rate}권꼴을 처리한다")
    assert_checked(knowledge, text.format(rate="150"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate="230"), PER_UNIT, fires=True)


@pytest.mark.parametrize("opening", ["평일은 하루 평균 700명이다.", "인근 시장은 하루 평균 2천 명이다."])
def test_a_sentence_of_an_average_opened_by_a_topic_of_its_own_restates_nothing(knowledge, opening):
    # (the weekdays' average, another market's: not the total worked out over its span)
    assert_not_linked(knowledge, _BRIDGE.format(span="1년 동안", average=opening), PER_PERIOD)


def test_a_sentence_of_an_average_naming_its_noun_as_the_topic_restates_the_total(knowledge):
    # (`하루 평균 보행객은 N명이다`: the figure's own noun right before it, no topic of its own)
    text = _BRIDGE.format(span="1년 동안", average="하루 평균 보행객은 {rate}명이다.")
    assert_checked(knowledge, text.format(rate="1천200"), PER_PERIOD, fires=False)
    assert_checked(knowledge, text.format(rate="1천900"), PER_PERIOD, fires=True)
