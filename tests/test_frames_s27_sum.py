"""Sums whose parts are listed apart from their total (twenty-seventh session, the sum lane), each a rule for a
construction:
- three parts or more listed after a verb of accounting for (`[link.part_verbs_before]`), the last joined by `and`
  and ending its sentence, enumerate their whole stated before (checker/link/breakdowns.py, `link_accounted_parts`):
  a closed list; a run of commas with no `and` before its last part may name the largest only and is left;
- a gapped list (its verb said once) of three parts or more whose last is joined by `and` breaks down the lead's
  figure even in the sentence right after it (checker/link/gapped_lists.py); two parts there are left;
- a Korean sum of money and the sources it is raised from (`[link.made_up_of_ends]`: `…으로 마련한다`, `…으로
  충당했다`) in the sentence after it, or in its own sentence after the whole as the clause's topic and a
  conjunctive ending (`[link.made_up_of_whole_then_list]`: `이며`, `으로,`): a closed list (checker/link/
  made_up_of.py); a list ending on a verb that the parts go into it (`[link.marked_whole_input_ends]`: `…이
  들어간다`) is read so only after a whole marked as a total (`모두`, `총`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _ko(knowledge, text: str, rule: str) -> tuple[bool, bool]:
    """(fires, listed as passed) on a Korean text."""
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings], rule in [p.rule for p in result.passed]


# ---------------------------------------------------------------- `A account for a, B for b and C for c.`

_CONNECTIONS = (
    "The Brackwater water board serves 18,300 connections. "
    "Households account for 15,900 connections, businesses for 2,100 and farms for {last}."
)


@pytest.mark.parametrize("last,fires", [("300", False), ("600", True), ("30", True)])
def test_three_accounted_parts_closed_by_and_enumerate_their_whole(knowledge, last, fires):
    assert_checked(knowledge, _CONNECTIONS.format(last=last), "F302", fires)


_FUND = (
    "The Orrin trust raised £4.2m last year. Legacies contributed £1.9m, corporate donors £1.3m, and shop sales {last}."
)


@pytest.mark.parametrize("last,fires", [("£1.0m", False), ("£1.6m", True)])
def test_three_contributed_parts_with_a_serial_comma(knowledge, last, fires):
    assert_checked(knowledge, _FUND.format(last=last), "F302", fires)


def test_accounted_parts_in_a_run_of_commas_are_left(knowledge):
    text = (
        "The Brackwater water board serves 18,300 connections. "
        "Households account for 15,900 connections, businesses for 2,100, farms for 900."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- gapped list right after its lead's figure

_LOANS = (
    "Tarn Valley library loans dip\n\n"
    "The Tarn Valley library service lent 52,300 books last year, down 4% from a year earlier. "
    "Branch libraries lent 31,200 books, the central library 14,600 and the mobile van {last}."
)


@pytest.mark.parametrize("last,fires", [("6,500", False), ("9,500", True)])
def test_a_gapped_enumeration_right_after_the_lead_breaks_it_down(knowledge, last, fires):
    assert_checked(knowledge, _LOANS.format(last=last), "F302", fires)


def test_two_gapped_parts_right_after_the_lead_are_left(knowledge):
    text = (
        "Tarn Valley library loans dip\n\n"
        "The Tarn Valley library service lent 52,300 books last year, down 4% from a year earlier. "
        "Branch libraries lent 31,200 books and the mobile van 26,500."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- `사업비는 T이며 국비 a, 도비 b로 마련한다`


@pytest.mark.parametrize("last,fires", [("15억원", False), ("19억원", True)])
def test_a_sum_of_money_then_its_sources_in_its_own_sentence(knowledge, last, fires):
    text = f"보건지소 공사비는 총 36억원이며 국비 12억원, 도비 9억원, 군비 {last}으로 마련한다."
    assert _ko(knowledge, text, "F302") == (fires, not fires)


@pytest.mark.parametrize("last,fires", [("3억 원", False), ("5억 원", True)])
def test_a_sum_of_money_after_a_comma_then_the_sources_it_was_met_from(knowledge, last, fires):
    text = (
        "연날리기 축제 예산은 9억5천만 원으로, 입장료 수입 2억5천만 원과 "
        f"기업 협찬 4억 원, 군 보조금 {last}으로 충당했다."
    )
    assert _ko(knowledge, text, "F302") == (fires, not fires)


@pytest.mark.parametrize("last,fires", [("26억원", False), ("31억원", True)])
def test_the_sources_in_the_sentence_after_the_sum(knowledge, last, fires):
    text = f"둘레길 복원 사업비는 52억원이다. 국비 26억원과 시비 {last}으로 마련한다."
    assert _ko(knowledge, text, "F302") == (fires, not fires)


@pytest.mark.parametrize("last,fires", [("20억 원", False), ("30억 원", True)])
def test_a_sum_marked_as_a_total_then_what_goes_into_it(knowledge, last, fires):
    text = f"천문대 건립비는 총 94억 원이며 구 기금 44억 원, 민간 기부 30억 원, 복권 기금 {last}이 투입된다."
    assert _ko(knowledge, text, "F302") == (fires, not fires)


def test_an_unmarked_sum_then_what_goes_into_it_is_left(knowledge):
    text = "보건지소 공사비는 36억원이며 국비 12억원, 도비 9억원, 군비 19억원이 들어간다."
    assert _ko(knowledge, text, "F302") == (False, False)
