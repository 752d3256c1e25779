"""A defined rate whose sentence says it is not the reported whole's (twenty-fifth session, second review), each a
rule for a construction (checker/link/margin_bases.py, `_FRONTED_SEGMENT`):
- a phrase opening the sentence that takes something out of the figures (`Excluding storm claims, the loss ratio was
  60%`: `[link.adjusted_rate_openers]`) makes the rate an adjusted one;
- a subject set beside a noun the company owns (`Motor, its largest line, had a loss ratio of 85%`) names a part of
  the business, not the whole.
The whole's rate after a period phrase (`For the year, the loss ratio was …`) is still checked. And an amount per
year and the total it comes to over a term (checker/link/per_period.py) are not linked across a clause that opens on
a topic of its own (`…씩 3년간 지원하며, 올해 사업비는 모두 4억원`: a budget, not what the rate comes to); a
per-person amount whose count opens a sentence of parts (`이 가운데 N명은 1인당 …`) is not the whole's total over it
(checker/link/partners.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

_BOOKS = "Carrow Mutual wrote gross premiums of $900m in 2025, and claims paid came to $540m.{rest}"


def _quiet(knowledge, text: str) -> None:
    """No error and no warning of any rule on the text."""
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [(f.rule, f.message) for f in result.findings]


@pytest.mark.parametrize(
    "rest",
    [
        " Excluding hail damage, the loss ratio was 52%.",
        " Stripping out one large fire claim, the loss ratio was 55%.",
        " Property, its oldest line, had a loss ratio of 75%.",
        " Its farm book, the insurer's smallest unit, ran a loss ratio of 81%.",
    ],
)
def test_an_adjusted_or_segment_rate_is_not_the_wholes(knowledge, rest):
    _quiet(knowledge, _BOOKS.format(rest=rest))


@pytest.mark.parametrize(
    "rest,fires",
    [(" For the full year, the loss ratio was 60%.", False), (" For the full year, the loss ratio was 75%.", True)],
)
def test_the_wholes_rate_after_a_period_phrase_is_still_checked(knowledge, rest, fires):
    assert_checked(knowledge, _BOOKS.format(rest=rest), "F318", fires)


# ---------------------------------------------------------------- `…씩 N년간 …하며, 올해 예산은 모두 T원`

_GRANT = "다솔군은 귀농 가구에 매년 80만원씩 3년간 {rest}"


@pytest.mark.parametrize("rest,fires", [("모두 240만원을 지원한다.", False), ("모두 320만원을 지원한다.", True)])
def test_an_amount_per_year_and_its_total_over_the_term(knowledge, rest, fires):
    assert_checked(knowledge, _GRANT.format(rest=rest), "F312", fires)


def test_a_total_said_of_a_new_topic_is_not_what_the_rate_comes_to(knowledge):
    # (a clause after `-며,` opening on its own topic, `올해 사업비는`: a budget, not one household's total)
    _quiet(knowledge, _GRANT.format(rest="지원하며, 올해 사업비는 모두 4억원이다."))


# ---------------------------------------------------------------- `… T원을 지원한다. 이 가운데 N명은 1인당 …`

_FUND = "하람재단은 대학원생 300명을 뽑아 장학금 15억원을 준다.{rest}"


@pytest.mark.parametrize("rest,fires", [(" 1인당 평균 500만원꼴이다.", False), (" 1인당 평균 900만원꼴이다.", True)])
def test_a_per_person_amount_of_the_whole_is_still_checked(knowledge, rest, fires):
    assert_checked(knowledge, _FUND.format(rest=rest), "F317", fires)


def test_a_per_person_amount_of_a_part_opened_by_of_which_is_not_the_wholes(knowledge):
    # (`이 가운데 박사과정 120명은`: the count is a part of the 300; the 15억원 is not said of it)
    _quiet(knowledge, _FUND.format(rest=" 이 가운데 박사과정 120명은 1인당 평균 700만원꼴이다."))
