"""Korean ratios of the fifty-eighth session, lane `ratio_ko`.

A body written as one line (a title, a blank line, then every sentence on one line): its lead is its first sentences,
not the whole line (checker/link/per_unit_ko.py `_lead_end`), so a crew's pace later in the line (`직원 7명이 한
사람당 하루 12개씩 만들면 35일 만에 끝낸다`) reads the order its lead states (checker/link/per_unit_per_period_ko.py).
A term the pace fills the order in (`35일 만에`, `35일이면`) is worked out like `35일이 걸린다`: the total another
sentence states is the order, compared within the term's rounding (`[link.pace_term_worked_out]`). A figure its clause
dates to a past year (`지난해 판매가 N개였는데`) is no total of the pace. A term of its own (`45일 동안`) reads the
order of another sentence when the lead states it and the title restates it (the order the story is of); one that
names no span and is no title's figure is left unlinked, as before.

The per-unit reading (checker/link/per_unit_ko.py) reads the same lead: a figure per one later in the line (`한
사람이 N봉지씩 거둔 셈이다`) reads the count and total before it. No count it takes stands after a baseline of its kind
in its sentence (`지난해(50곳)보다 20곳 많다`: the gap or the level, unsaid), nor beside its share in a sentence before;
a figure per a unit of measure (`㎢당 N마리`) divides no part beside its share. A price in the lead given out to each
(`개당 N달러씩 M달러다`) over the one count before it reads the total its clause states right after it.

A multiple whose sentence states one figure of its kind before it, dated to an earlier year (`2019년 상자 150개로
시작했는데 7년 만에 40배가 됐다`, `지난해 … 900개였는데 올해는 3배로 늘었다`), is of that figure and of the level
now, stated apart: the lead's figure the title restates, else the sentence right before's one
(checker/link/multiples_since_a_start_ko.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PACE = "F312"

_FILLER = (
    "납품가는 개당 20달러다. 주문은 큰 잔과 작은 잔으로 이뤄졌다. 대표는 스무 살 때부터 흙을 만졌다. "
    "공방은 마을 어귀에 있다. 이 공방은 흙을 직접 캔다. "
)


def _one_line(order: str, pace: str, before: str = "") -> str:
    return (
        f"보라시 찻잔 공방, 일본에 찻잔 수출\n\n보라시의 찻잔 공방 '흙빛'은 일본 교토의 찻집 체인에 찻잔 {order}개를 "
        f"수출한다고 3일 밝혔다. {_FILLER}{before}{pace} 첫 배는 다음 달 떠난다.\n"
    )


_PACES = [
    # (a crew of one unit's mark, the term it fills the order in: `만에`)
    ("직원 7명이 한 사람당 하루 12개씩 빚으면 35일 만에 끝낸다.", "2천940", "4천"),
    # (`이면`)
    ("직원 7명이 한 사람당 하루 12개씩 빚으면 35일이면 물량을 채운다.", "2천940", "4천"),
    # (a count given the figure each, no mark of one)
    ("장인 9명이 하루 8개씩 빚어 40일 만에 주문량을 채운다.", "2천880", "4천"),
]


@pytest.mark.parametrize(("pace", "holds", "broken"), _PACES)
def test_a_pace_in_a_body_of_one_line_reads_the_order_of_its_lead(knowledge, pace, holds, broken):
    assert_checked(knowledge, _one_line(holds, pace), PACE, fires=False)
    assert_checked(knowledge, _one_line(broken, pace), PACE, fires=True)


def test_a_term_worked_out_reads_the_order_across_paragraphs(knowledge):
    text = (
        "보라시 찻잔 공방\n\n보라시의 찻잔 공방 '흙빛'은 찻잔 {n}개를 일본에 수출한다고 3일 밝혔다.\n\n"
        "직원 6명이 한 사람당 하루 15개씩 만들면 30일이면 주문량을 채운다.\n"
    )
    assert_checked(knowledge, text.format(n="2천700"), PACE, fires=False)
    assert_checked(knowledge, text.format(n="3천600"), PACE, fires=True)


def test_a_figure_of_a_past_year_is_no_total_of_the_pace(knowledge):
    # (last year's sales in the sentence before: the order of the lead is the pace's, and it holds)
    before = "공방은 지난해 해외 판매가 3천 개였는데, 올해는 크게 늘었다. "
    pace = "직원 7명이 한 사람당 하루 12개씩 빚으면 35일 만에 끝낸다."
    assert_checked(knowledge, _one_line("2천940", pace, before), PACE, fires=False)


@pytest.mark.parametrize(
    "pace",
    [
        # a term of its own (`동안`), the order in another sentence naming no span: which total, unsaid
        "직원 7명이 한 사람당 하루 12개씩 빚으며 35일 동안 가마를 돌린다.",
        # a date, no term (`6월 30일이면`)
        "직원 7명이 한 사람당 하루 12개씩 빚으면 6월 30일이면 끝낸다.",
    ],
)
def test_no_term_the_pace_fills_leaves_it_unlinked(knowledge, pace):
    assert_not_linked(knowledge, _one_line("2천940", pace), PACE)


# ---------------------------------------------------------------- the order the title states, a term of its own

_TITLED = (
    "가람군 바구니 공방, 대만에 바구니 {title}개 수출\n\n가람군의 바구니 공방은 대만 타이중의 잡화점에 바구니 "
    "{order}개를 수출한다고 2일 밝혔다.\n\n직원 4명이 하루 9개씩 엮어 45일 동안 작업한다.\n"
)


def test_the_order_the_title_states_is_what_a_pace_over_a_term_fills(knowledge):
    assert_checked(knowledge, _TITLED.format(title="1천620", order="1천620"), PACE, fires=False)
    assert_checked(knowledge, _TITLED.format(title="2천400", order="2천400"), PACE, fires=True)


def test_a_lead_figure_the_title_does_not_state_is_no_order_of_the_term(knowledge):
    # (the title states another figure: the lead's may be a year's, not the term's)
    assert_not_linked(knowledge, _TITLED.format(title="3", order="1천620"), PACE)


# ---------------------------------------------------------------- the per-unit reading in a body of one line

PER_UNIT = "F317"

_BANNERS = (
    "나래군 폐현수막 수거\n\n나래군은 올 상반기 거리에 걸린 불법 현수막 9만6천 장을 거둬들였다고 4일 밝혔다. 수거는 "
    "주민 일자리 사업으로 이뤄졌다. 현수막은 재활용 업체로 보냈다. 군은 단속 구역을 넓혔다. 장바구니로 다시 만든 "
    "것도 있다. 수거는 어르신 32명이 맡았다. 한 사람이 여섯 달 동안 {each} 장씩 걷어 낸 셈이다. 군은 하반기에도 "
    "사업을 이어 간다.\n"
)


def test_a_figure_per_one_later_in_a_line_reads_the_count_and_total_before_it(knowledge):
    assert_checked(knowledge, _BANNERS.format(each="3천"), PER_UNIT, fires=False)
    assert_checked(knowledge, _BANNERS.format(each="4천"), PER_UNIT, fires=True)


_FOOTPRINTS = (
    "나래군 노란 발자국\n\n나래군은 초등학교 앞 건널목 80곳에 노란 발자국을 칠했다고 4일 밝혔다. 군은 학부모 모임과 "
    "함께 등굣길 지도도 만들었다. {compared} 사업비는 {cost}만 원으로 한 곳에 40만 원꼴이다. 군은 내년에도 칠한다. "
    "학부모도 함께했다. 도색은 9월에 마쳤다.\n"
)


def test_a_level_a_change_is_read_of_is_a_count_of_units(knowledge):
    compared = "칠한 곳은 지난해 50곳에서 올해 80곳으로 30곳 늘었다."
    assert_checked(knowledge, _FOOTPRINTS.format(compared=compared, cost="3천200"), PER_UNIT, fires=False)
    assert_checked(knowledge, _FOOTPRINTS.format(compared=compared, cost="4천400"), PER_UNIT, fires=True)


def test_a_count_after_its_baseline_is_no_count_of_units(knowledge):
    # (`보다 30곳 많다`: the gap, or the level, unsaid; and the lead's count is not the nearest)
    compared = "새로 칠한 곳은 지난해(50곳)보다 30곳 많다."
    assert_not_linked(knowledge, _FOOTPRINTS.format(compared=compared, cost="1천200"), PER_UNIT)


def test_a_density_divides_no_part_beside_its_share(knowledge):
    text = (
        "나래군 산양\n\n나래군은 산양 60마리를 확인했다고 4일 밝혔다. 조사는 넉 달 동안 이뤄졌다. 이 가운데 올해 "
        "태어난 새끼는 12마리로 전체의 20%다. 서식지 40㎢를 기준으로 하면 ㎢당 0.3마리가 사는 셈이다. 군은 먹이터를 "
        "늘린다. 등산로도 통제한다. 조사는 4년마다 한다.\n"
    )
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a multiple of a figure dated earlier

MULTIPLE = "F304"

_FARM = (
    "누리군 밀웜 농장\n\n누리군 밀웜 농장은 올해 밀웜 90톤을 출하했다고 2일 밝혔다.\n\n농장은 사육 상자 6천 개에서 "
    '밀웜을 기른다. 대표는 "{started}상자 150개로 시작했는데 {times}배가 됐다"고 말했다.\n'
)
_ORDER = (
    "가람시 바구니 공방, 대만에 2천700개 수출\n\n가람시의 바구니 공방은 대만 타이중의 잡화점에 바구니 2천700개를 "
    '수출한다고 2일 밝혔다. 바구니는 대나무로 엮는다.\n\n대표는 "지난해 대만에 보낸 바구니는 900개였는데 올해는 '
    '{times}배로 늘었다"고 말했다.\n'
)


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        # (the level the sentence right before states)
        (_FARM.replace("{started}", "2019년 "), "7년 만에 40", "7년 만에 60"),
        # (the level the title and the lead state)
        (_ORDER, "3", "5"),
        # (a base compared with, `…이던`)
        (
            "누리군 연꽃축제\n\n누리군은 연꽃축제를 마쳤다고 2일 밝혔다.\n\n올해 축제에는 1만2천 명이 찾았다. "
            "2020년 첫해 2천400명이던 입장객은 여섯 해 만에 {times}배로 늘었다.\n",
            "5",
            "4",
        ),
    ],
)
def test_a_multiple_of_a_figure_dated_earlier_reads_the_level_now(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(times=holds), MULTIPLE, fires=False)
    assert_checked(knowledge, text.format(times=broken), MULTIPLE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the start undated: which time the base is of, unsaid
        _FARM.format(started="", times="40"),
        # a level far off the multiple (another thing's)
        _FARM.format(started="2019년 ", times="7년 만에 5"),
        # two figures of its kind before it: which one is the base, unsaid
        _ORDER.replace("900개였는데", "900개, 일본에 보낸 바구니는 600개였는데").format(times="3"),
    ],
)
def test_no_dated_base_or_a_level_far_off_leaves_the_multiple_unlinked(knowledge, text):
    assert_not_linked(knowledge, text, MULTIPLE)


# -------------------------------------------------------- a price given out to each in the lead, the total after

_DEAL = (
    "하늬시 찻잔 공방, 일본에 찻잔 수출\n\n하늬시의 찻잔 공방은 일본 나라의 찻집에 찻잔 {counts}를 수출한다고 3일 "
    "밝혔다. 계약 금액은 개당 {each}달러씩 4만 달러다.\n\n찻잔은 흙을 빚어 굽는다.\n"
)


def test_a_price_given_out_to_each_in_the_lead_reads_its_total_after_it(knowledge):
    assert_checked(knowledge, _DEAL.format(counts="2천500개", each="16"), PER_UNIT, fires=False)
    assert_checked(knowledge, _DEAL.format(counts="2천500개", each="25"), PER_UNIT, fires=True)


def test_two_counts_before_a_price_given_out_to_each_leave_it_unlinked(knowledge):
    assert_not_linked(knowledge, _DEAL.format(counts="2천500개와 접시 1천 개", each="16"), PER_UNIT)


# ---------------------------------------------------------------- review: a term or a noun of another thing

_CRATES = "마루시 옹기 공방\n\n마루시의 옹기 공방은 옹기 {n}개를 호주에 수출한다고 6일 밝혔다.\n\n{pace}\n"


@pytest.mark.parametrize(
    ("pace", "holds", "broken"),
    [
        # (`만에` in the pace's own sentence: the time it fills the order in)
        ("직원 9명이 한 사람당 하루 13개씩 만들면 20일 만에 주문량을 채운다.", "2천340", "3천900"),
        # (`걸린다` in the sentence after: worked out wherever it stands, as before)
        ("직원 9명이 한 사람당 하루 13개씩 만든다. 주문량을 채우는 데 20일이 걸린다.", "2천340", "3천900"),
    ],
)
def test_a_term_the_pace_fills_the_order_in(knowledge, pace, holds, broken):
    assert_checked(knowledge, _CRATES.format(n=holds, pace=pace), PACE, fires=False)
    assert_checked(knowledge, _CRATES.format(n=broken, pace=pace), PACE, fires=True)


@pytest.mark.parametrize(
    "pace",
    [
        # `만에` in another sentence: another job's time
        "직원 9명이 한 사람당 하루 13개씩 만든다. 지난 주문은 35일 만에 마쳤다.",
        # `이면` in another sentence: another thing's
        "직원 9명이 하루 13개씩 만든다. 장마가 끝나고 25일이면 흙이 마른다.",
    ],
)
def test_a_term_filled_in_another_sentence_is_no_term_of_the_pace(knowledge, pace):
    assert_not_linked(knowledge, _CRATES.format(n="2천340", pace=pace), PACE)


@pytest.mark.parametrize(
    "pace",
    [
        # a term of its own in the sentence after: another stretch (a break), not the pace's
        "직원 4명이 하루 9개씩 엮는다. 겨울에는 45일 동안 쉰다.",
        # the pace makes another thing than the title's order
        "직원 4명이 하루 9개씩 방석을 엮어 45일 동안 판다.",
    ],
)
def test_the_title_order_is_not_filled_by_another_term_or_thing(knowledge, pace):
    own = "직원 4명이 하루 9개씩 엮어 45일 동안 작업한다."
    text = _TITLED.format(title="1천620", order="1천620").replace(own, pace)
    assert_not_linked(knowledge, text, PACE)


_GROWN = (
    "새봄시 배 농가\n\n새봄시 배 농가는 올해 배를 거뒀다고 2일 밝혔다.\n\n농가는 매출 {now}억 원을 올렸다. "
    "2020년 매출 {then}억 원이던 농가는 여섯 해 만에 {grown}배로 컸다.\n"
)


def test_a_multiple_of_the_base_s_own_noun_reads_the_level_before(knowledge):
    assert_checked(knowledge, _GROWN.format(now="18", then="6", grown="3"), MULTIPLE, fires=False)
    assert_checked(knowledge, _GROWN.format(now="18", then="6", grown="5"), MULTIPLE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # the base named by a noun the lead does not name (`자원봉사자`): not the lead's figure's multiple
        "새봄군 해바라기 축제 2만명 찾아\n\n새봄군 해바라기 축제에 2만 명이 찾았다고 2일 밝혔다.\n\n첫해인 2022년 "
        "자원봉사자는 8천 명이었는데 네 해 만에 2배가 됐다.\n",
    ],
)
def test_a_multiple_of_another_thing_is_left_unlinked(knowledge, text):
    assert_not_linked(knowledge, text, MULTIPLE)


def test_a_term_in_the_sentence_before_the_pace_reads_the_title_order(knowledge):
    text = (
        "여울시 단추 공장, 태국에 나무 단추 {n}개 수출\n\n여울시의 단추 공장은 태국 치앙마이의 옷 가게에 나무 단추 "
        "{n}개를 수출한다고 9일 밝혔다.\n\n공장은 기계 세 대로 15일 동안 단추를 깎는다. 기계 한 대가 하루 400개꼴로 "
        "깎는 셈이다.\n"
    )
    assert_checked(knowledge, text.format(n="1만8천"), PACE, fires=False)
    assert_checked(knowledge, text.format(n="3만"), PACE, fires=True)
