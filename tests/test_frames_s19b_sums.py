"""Sums, repeats and dates (nineteenth session, second round), each a rule for a construction:
- a flow stated as a share of a larger whole right after it (`Ticket sales were €90m, or 45% of the total.`) is a
  part: the sources said to have earned money in the next sentence may split it or that whole, so they are not
  guessed to be its parts (F302);
- a figure of the lead and another one leading digit apart are a slip only when their other digits agree as
  written: a finer figure rounded to meet a coarser one (`$1,083 million` read as `$1.08 billion` beside
  `$2,080 million`) is a second difference, two figures (F405);
- a figure restated with two neighbouring digits swapped as written (`7,352` in the lead, `the 7,532 chosen` later)
  is a slip, with the digits a one-digit slip needs: three significant digits swapped meet by chance, even in the
  lead, and a rounding that makes two figures so is a second difference (F405);
- an elapsed time set after a date and counted from an event its `after` clause dates (`opened on May 4, 14
  months after the county awarded the build in January 2025`) runs from the clause's date to the date before it (F406);
  a date past a comma, or one later than the end, is not its start.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a total stated as a share is no total for the next sources


@pytest.mark.parametrize(
    "text",
    [
        "Corvel Arenas reported revenue of €130.0m for the year.\n\nTicket sales were €90.0m, or 69% of the total, "
        "with catering making up the rest. The northern venues brought in €70.0m and the southern venues €60.0m.",
        "Corvel Arenas reported revenue of €130.0m for the year.\n\nTicket sales were €90.0m, 69% of the total. "
        "The northern venues generated €70.0m, and the southern venues €60.0m.",
        "코르벨아레나의 올해 매출은 1,300억원이었다.\n\n티켓 매출은 900억원으로 전체의 69%였다. "
        "북부 공연장이 700억원, 남부 공연장이 600억원을 벌어들였다.",
    ],
)
def test_sources_after_a_total_stated_as_a_share_are_not_its_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text",
    [
        "Corvel Arenas reported a profit for the year.\n\nRevenue was €200.0m, with catering making up a "
        "fifth. The northern venues brought in €120.0m and the southern venues €{south}m.",
        "코르벨아레나는 올해 흑자를 냈다.\n\n매출은 2,000억원이었다. "
        "북부 공연장이 1,200억원, 남부 공연장이 {south}억원을 벌어들였다.",
    ],
)
@pytest.mark.parametrize("south,broken", [("80.0", False), ("180.0", True)])
def test_sources_after_a_plain_total_are_still_its_parts(knowledge, text, south, broken):
    if "억원" in text:
        south = {"80.0": "800", "180.0": "1,800"}[south]
    assert_checked(knowledge, text.format(south=south), "F302", broken)


# ------------------------------------------------ a leading digit apart, the rest only alike once rounded

LEAD_AND_LIST = (
    "Aurora Footwear's third-quarter revenue was $9.87 billion.\n\n"
    "Operating profit rose 12.6% to {profit} from $962 million a year earlier.\n\n"
    "By region, North America brought $4,120 million, Europe {europe} and Asia $1,990 million."
)


@pytest.mark.parametrize(
    "profit,europe",
    [("$1,083 million", "$2,080 million"), ("$1,064 million", "$2,060 million"), ("$3,117 million", "$4,120 million")],
)
def test_a_leading_digit_apart_once_rounded_is_two_figures(knowledge, profit, europe):
    assert_not_checked(knowledge, LEAD_AND_LIST.format(profit=profit, europe=europe), "F405")


@pytest.mark.parametrize("profit,europe", [("$1,080 million", "$2,080 million"), ("$1,083 million", "$2,083 million")])
def test_a_leading_digit_apart_with_the_rest_written_alike_is_a_slip(knowledge, profit, europe):
    assert_checked(knowledge, LEAD_AND_LIST.format(profit=profit, europe=europe), "F405", True)


# ------------------------------------------------ two neighbouring digits swapped

SWAPPED_EN = (
    "The city of Marwick picked 7,352 of 10,920 applicants for its youth housing grant, it said on Monday.\n\n"
    "Applications were open for three weeks. Each grant pays up to $2,400 a year.\n\n"
    "Of the {again} chosen, 4,102 are women and 3,250 are men."
)
SWAPPED_KO = (
    "마윅시는 청년 주거 지원 신청자 1만920명 가운데 7,352명을 선정했다고 2일 밝혔다.\n\n"
    "신청은 3주간 받았다. 1인당 지원액은 연 240만원이다.\n\n"
    "선정된 {again}명 가운데 여성이 4,102명, 남성이 3,250명이다."
)


@pytest.mark.parametrize("template", [SWAPPED_EN, SWAPPED_KO])
@pytest.mark.parametrize("again,slipped", [("7,532", True), ("7,352", False)])
def test_a_lead_figure_restated_with_two_digits_swapped_is_a_slip(knowledge, template, again, slipped):
    assert_checked(knowledge, template.format(again=again), "F405", slipped)


@pytest.mark.parametrize(
    "template,says",
    [(SWAPPED_EN, "differs by two neighbouring digits swapped"), (SWAPPED_KO, "differs by two neighbouring digits")],
)
def test_a_swapped_pair_is_called_so_in_the_message(knowledge, template, says):
    (found,) = [f for f in findings(knowledge, document(template.format(again="7,532"))).findings if f.rule == "F405"]
    assert says in found.message and "one digit" not in found.message


@pytest.mark.parametrize(
    "text",
    [
        "The city of Marwick picked 7,352 of 10,920 applicants for its youth housing grant, it said on Monday.\n\n"
        "Applications were open for three weeks. Each grant pays up to $2,400 a year.\n\n"
        "Of the 7,530 chosen, 4,102 are women and 3,250 are men.",
        "The city of Marwick said on Monday its youth housing grant drew wide interest.\n\n"
        "Applications were open for three weeks. Each grant pays up to $2,400 a year.\n\n"
        "The northern district had 7,350 applicants. In the southern district, landlords listed 7,530 flats.",
        "마윅시는 청년 주거 지원 사업의 신청을 받았다고 2일 밝혔다.\n\n"
        "신청은 3주간 받았다. 1인당 지원액은 연 240만원이다.\n\n"
        "북부 지역 신청자는 6,420명이었다. 남부 지역에서는 임대인 6,240명이 참여했다.",
    ],
)
def test_three_digits_swapped_are_two_figures(knowledge, text):
    found = [f.message for f in findings(knowledge, document(text), select=["F405"]).findings]
    assert not found, found


def test_a_swapped_figure_before_a_breakdown_that_adds_up_to_the_first_is_a_slip(knowledge):
    """The swap alone leaves two figures; parts right after the second that add up to the first say the second is
    the first written wrong (forty-fifth session, F405's breakdown slips: this case stood above until then)."""
    text = (
        "The city of Marwick picked 7,350 of 10,920 applicants for its youth housing grant, it said on Monday.\n\n"
        "Applications were open for three weeks. Each grant pays up to $2,400 a year.\n\n"
        "Of the 7,530 chosen, 4,100 are women and 3,250 are men."
    )
    found = [f.message for f in findings(knowledge, document(text), select=["F405"]).findings]
    assert found and "7,350" in found[0], found


# ------------------------------------------------ `on DATE, N months after <event> in DATE`

AFTER_CLAUSE = "{body}\n"


@pytest.mark.parametrize(
    "body,broken",
    [
        (
            "The booking system opened on May 4, 2026, {n} months after the county awarded the build in January 2025.",
            14,
        ),
        ("The Harlow bridge reopened on May 4, 2026, {n} months after engineers closed it in January 2025.", 14),
        ("Tolls were cut on 4 May 2026, {n} months after the council voted for the plan in January 2025.", 18),
    ],
)
@pytest.mark.parametrize("holds", [True, False])
def test_a_span_after_a_date_runs_from_its_after_clause_date(knowledge, body, broken, holds):
    text = AFTER_CLAUSE.format(body=body.format(n=16 if holds else broken))
    assert_checked(knowledge, text, "F406", not holds)


@pytest.mark.parametrize(
    "body",
    [
        "The booking system opened on May 4, 2026, 14 months after the merger, and in January 2025 it was tested.",
        "The booking system opened on May 4, 2026, 14 months after sales began in June 2026.",
        "The booking system opened 14 months after the county awarded the build in January 2025.",
    ],
)
def test_a_date_past_the_after_clause_or_after_the_end_is_no_start(knowledge, body):
    assert_not_checked(knowledge, AFTER_CLAUSE.format(body=body), "F406")
