"""Sums, part 3 (issue 11): constructions of the third pass. Every sentence, club and figure here is written for
this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked


def _times(knowledge, text: str) -> dict[str, int]:
    """Each part's count (`part_times`), by its text, for the figures linked to a total."""
    return {c.text.strip(): c.part_times for c in claims(text, knowledge).claims if c.part_of}


# ---------------------------------------------------------------- pay beside a term: a year's or the whole term's
PAY_OVER_A_TERM = [
    # The pay is the whole term's: the parts add up as written.
    pytest.param("가나구단은 4년 총액 90억원(계약금 40억원·연봉 50억원)에 계약했다.", False, id="ko-term-pay-holds"),
    pytest.param("가나구단은 4년 총액 90억원(계약금 30억원·연봉 50억원)에 계약했다.", True, id="ko-term-pay-broken"),
    # The pay is a year's: counted once per year of the term.
    pytest.param("다라구단과 3년 총액 40억원(계약금 10억원·연봉 10억원)에 사인했다.", False, id="ko-yearly-pay-holds"),
    pytest.param("다라구단과 3년 총액 40억원(계약금 10억원·연봉 20억원)에 사인했다.", True, id="ko-yearly-pay-broken"),
    pytest.param(
        "마바구단은 투수 한 명과 2년 총액 26억원(계약금 6억원, 연봉 8억원, 옵션 4억원)에 합의했다.",
        False,
        id="ko-yearly-pay-three-parts-holds",
    ),
    pytest.param(
        "마바구단은 투수 한 명과 2년 총액 26억원(계약금 6억원, 연봉 8억원, 옵션 9억원)에 합의했다.",
        True,
        id="ko-yearly-pay-three-parts-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PAY_OVER_A_TERM)
def test_pay_over_a_term_is_read_either_way(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_years_pay_is_counted_once_per_year(knowledge):
    text = "다라구단과 3년 총액 41억원(계약금 11억원·연봉 10억원)에 사인했다."
    assert _times(knowledge, text) == {"11억원": 1, "10억원": 3}
    whole_term = "가나구단은 4년 총액 61억원(계약금 11억원·연봉 50억원)에 계약했다."
    assert _times(knowledge, whole_term) == {"11억원": 1, "50억원": 1}


def test_a_term_of_two_counts_is_no_reading(knowledge):
    """`4+2년`: a term and an option, no one count of years to multiply a year's pay by: no sum."""
    found = claims("가나구단은 4+2년 총액 90억원(계약금 30억원·연봉 10억원)에 계약했다.", knowledge).claims
    assert not any(c.part_of for c in found)


# ---------------------------------------------------------------- a marked total, its parts the whole next sentence
NEXT_SENTENCE_LIST = [
    pytest.param(
        "가나구단은 3년 총액 26억원에 계약했다. 계약금 8억원, 연봉 4억원씩 12억원, 옵션은 최대 6억원이다.",
        False,
        id="ko-closed-holds",
    ),
    # A sentence that is the list and ends on its last part names every part: a shortfall is reported.
    pytest.param(
        "가나구단은 3년 총액 26억원에 계약했다. 계약금 4억원, 연봉 4억원씩 12억원, 옵션은 최대 6억원이다.",
        True,
        id="ko-closed-short",
    ),
    pytest.param(
        "다라구단은 외야수와 2년 총액 30억원에 합의했다. 계약금 10억원, 연봉 15억원이었다.", True, id="ko-closed-past"
    ),
    pytest.param(
        "다라구단은 외야수와 2년 총액 30억원에 합의했다. 계약금 10억원, 연봉 20억원이었다.", False, id="ko-past-holds"
    ),
    # `등이다`: the list may name only some parts; a shortfall passes, an excess does not.
    pytest.param(
        "마바구단은 포수와 총액 40억원에 계약했다. 계약금 10억원, 연봉 20억원 등이다.", False, id="ko-open-short"
    ),
    pytest.param(
        "마바구단은 포수와 총액 40억원에 계약했다. 계약금 20억원, 연봉 30억원 등이다.", True, id="ko-open-excess"
    ),
    # Parts the sentence goes on past (`… 포함됐다`) may be some of them: a shortfall passes.
    pytest.param(
        "사아구단은 투수와 총액 40억원에 계약했다. 계약금 10억원, 연봉 20억원이 포함됐다.",
        False,
        id="ko-runs-on-short",
    ),
]


@pytest.mark.parametrize("text,fires", NEXT_SENTENCE_LIST)
def test_a_breakdown_sentence_ending_on_its_last_part_is_closed(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- the current account: the signed sum of its balances
_KO_BALANCES = (
    "3월 경상수지는 {whole}억달러 {word}였다. 상품수지는 25억달러 적자였다. "
    "서비스수지는 적자 규모가 1년 전 6억달러에서 12억달러로 확대됐다. 본원소득수지는 9억달러 흑자를 냈다. "
    "이전소득수지는 {last}억달러 적자를 기록했다."
)
_EN_BALANCES = (
    "The current account posted a {word} of ${whole} billion in March. The goods balance showed a deficit of "
    "$2.5 billion. The services account deficit widened to $1.2 billion from $0.6 billion. The primary income "
    "account posted a surplus of $0.9 billion. The secondary income balance was a deficit of ${last} billion."
)
CURRENT_ACCOUNTS = [
    pytest.param(_KO_BALANCES.format(whole=30, word="적자", last=2), False, id="ko-holds"),
    pytest.param(_KO_BALANCES.format(whole=30, word="적자", last=6), True, id="ko-a-balance-misstated"),
    # A surplus where the balances add up to a deficit of that size: the sign is wrong.
    pytest.param(_KO_BALANCES.format(whole=30, word="흑자", last=2), True, id="ko-sign-misstated"),
    pytest.param(_EN_BALANCES.format(whole="3.0", word="deficit", last="0.2"), False, id="en-holds"),
    pytest.param(_EN_BALANCES.format(whole="3.0", word="deficit", last="0.7"), True, id="en-a-balance-misstated"),
    pytest.param(_EN_BALANCES.format(whole="3.0", word="surplus", last="0.2"), True, id="en-sign-misstated"),
]


@pytest.mark.parametrize("text,fires", CURRENT_ACCOUNTS)
def test_the_current_account_is_the_signed_sum_of_its_balances(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


NOT_CURRENT_ACCOUNT_SUMS = [
    # One balance is not stated: the sum cannot be read.
    pytest.param(
        "3월 경상수지는 30억달러 적자였다. 상품수지는 25억달러 적자였다. 서비스수지는 12억달러 적자였다. "
        "본원소득수지는 9억달러 흑자를 냈다.",
        id="ko-three-of-four",
    ),
    # A sentence that says both deficit and surplus gives its balance no sign.
    pytest.param(
        "3월 경상수지는 30억달러 적자였다. 상품수지는 25억달러 적자였다. 서비스수지는 12억달러 적자였다. "
        "본원소득수지는 흑자였던 1년 전과 달리 9억달러 적자로 돌아섰다. 이전소득수지는 2억달러 적자였다.",
        id="ko-sign-unsaid",
    ),
    pytest.param(
        "The current account posted a deficit of $3.0 billion in March. The goods balance showed a deficit of "
        "$2.5 billion. The services account deficit was $1.2 billion. The secondary income balance was a deficit "
        "of $0.2 billion.",
        id="en-three-of-four",
    ),
]


@pytest.mark.parametrize("text", NOT_CURRENT_ACCOUNT_SUMS)
def test_balances_not_all_stated_or_signed_are_no_sum(knowledge, text):
    found = claims(text, knowledge).claims
    assert not any(c.part_list and c.part_list.startswith("balances:") for c in found)


# ---------------------------------------------------------------- a total, then its list ending the sentence
TOTAL_THEN_CLOSED_LIST = [
    pytest.param(
        "남은 의석 17석은 가나당 7석, 다라당 6석, 마바당 2석, 사아당과 자차당 각 1석이다.", False, id="ko-holds"
    ),
    pytest.param(
        "남은 의석 17석은 가나당 3석, 다라당 6석, 마바당 2석, 사아당과 자차당 각 1석이다.", True, id="ko-short"
    ),
    pytest.param("추가 확진자 40명은 서울 18명, 경기 12명, 인천 6명, 부산 4명이었다.", False, id="ko-past-holds"),
    pytest.param("추가 확진자 40명은 서울 18명, 경기 12명, 인천 2명, 부산 4명이었다.", True, id="ko-past-short"),
    # `등이다`, or a sentence that runs on past the list: it may name only some parts, and a shortfall passes.
    pytest.param("남은 의석 17석은 가나당 3석, 다라당 6석, 마바당 2석 등이다.", False, id="ko-open-short"),
    pytest.param(
        "추가 확진자 40명은 서울 18명, 경기 12명, 인천 2명으로 수도권에 몰렸다.", False, id="ko-runs-on-short"
    ),
]


@pytest.mark.parametrize("text,fires", TOTAL_THEN_CLOSED_LIST)
def test_a_list_that_ends_its_sentence_on_a_copula_is_closed(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- commercial vehicles by weight class (a partition)
_CV = (
    "The truck maker sold 30,500 vehicles in all in June. Its commercial vehicle sales grew 3 per cent to 12,400 "
    "units. Light commercial vehicle volumes rose 5 per cent to {light} units, and in a weaker segment M&HCV "
    "sales slipped 2 per cent to {heavy} units."
)
COMMERCIAL_VEHICLES = [
    pytest.param(_CV.format(light="9,100", heavy="3,300"), False, id="en-holds"),
    pytest.param(_CV.format(light="9,100", heavy="7,300"), True, id="en-broken"),
    pytest.param(
        "Commercial vehicle sales fell to 8,200 units in May. Light commercial sales were 6,900 units, "
        "while medium and heavy commercial sales came to 1,300 units.",
        False,
        id="en-spelled-out-holds",
    ),
    pytest.param(
        "Commercial vehicle sales fell to 8,200 units in May. Light commercial sales were 6,900 units, "
        "while medium and heavy commercial sales came to 5,300 units.",
        True,
        id="en-spelled-out-broken",
    ),
]


@pytest.mark.parametrize("text,fires", COMMERCIAL_VEHICLES)
def test_commercial_vehicles_are_light_and_medium_and_heavy(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_whole_of_a_partition_is_the_nearest_figure_of_its_metric(knowledge):
    """A part whose metric is a guess (carried over, or read from a word of another metric) does not make the
    whole's metric one side of a two-sided partition: the nearest figure of that metric is the whole, not a
    larger figure of the story further up."""
    text = (
        "The carmaker's sales fell 9 per cent to 30,500 units in June. Its commercial vehicle sales grew 3 per cent "
        "at 12,400 units against 12,040 units a year ago. Light commercial sales rose 5 per cent to 9,100 units from "
        "8,670 units. M&HCV sales were down 2 per cent at 3,300 units against 3,370 units."
    )
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    wholes = {c.text.strip(): by_id.get(c.part_of) for c in found if c.part_of}
    assert wholes == {
        "9,100 units": "12,400 units",
        "3,300 units": "12,400 units",
        "8,670 units": "12,040 units",
        "3,370 units": "12,040 units",
    }


# ---------------------------------------------------------------- open lists: a shortfall passes, an excess does not
OPEN_LISTS = [
    pytest.param(
        "The company had 5,000 employees, including 3,200 engineers and 1,400 sales staff.", False, id="en-short"
    ),
    pytest.param(
        "The company had 5,000 employees, including 3,200 engineers and 2,400 sales staff.", True, id="en-excess"
    ),
    pytest.param("가나시의 신규 확진자는 북구 40명, 남구 10명 등 60명이다.", False, id="ko-short"),
    pytest.param("가나시의 신규 확진자는 북구 40명, 남구 30명 등 60명이다.", True, id="ko-excess"),
]


@pytest.mark.parametrize("text,fires", OPEN_LISTS)
def test_an_open_list_that_exceeds_its_total_is_reported(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
