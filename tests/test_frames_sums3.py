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
