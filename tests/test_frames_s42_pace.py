"""Paces over a span of work (forty-second session, lane `pace`).

- A pace of the story's total over the working days it takes (`20 working days`: `[link.pace_terms_day]`), kept by a
  crew the sentence counts before it when a comma and what the pace comes to follow it (`Its 14 staff fill 1,800 jars
  a day between them, so the order will take 20 working days`: `[link.pace_consequence_after]`,
  `[link.pace_collective_after]`); not a pace of one of the crew (`Each of its 14 staff`:
  `[link.pace_one_of_crew_before]`) (checker/link/paces.py).
- Past a lead stating the deal's worth alone, the story's total is the first sentence's after it stating a figure of
  the pace's kind (`… has won a £48,000 order. It will send 24,000 bags …`).
- A span worked out from the total and the pace and rounded (`1,700 jars a day, so … 21 working days`) is compared
  within its rounding.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import rule_result as _result

PACE = "F312"


def _unlinked(knowledge, text: str, rule: str, figure: str) -> None:
    """No finding nor passed check of the rule names the figure."""
    result = _result(knowledge, text, rule)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not [m for m in messages if figure in m], messages


_JARS = (
    "Honey order\n\nA honey farm near Hartby will ship 36,000 jars to a grocer in Oslo, it said on Tuesday.\n\n"
    "The farm packed its first export crate in 2019. {pace}"
)


@pytest.mark.parametrize(
    "pace",
    [
        "The kitchen fills about 1,800 jars a day, so the order will take {n} working days.",
        "Its 14 staff fill about 1,800 jars a day between them, so the order will take some {n} working days.",
        "The farm's nine packers fill 1,800 jars a day, which means the order keeps them busy {n} working days.",
        "The plant's 30 workers pack about 1,800 jars a day, which puts the order at some {n} working days of work.",
        "A crew of 12 fills about 1,800 jars a day, meaning the order will take {n} working days.",
    ],
)
@pytest.mark.parametrize("n,fires", [("20", False), ("30", True)])
def test_a_pace_of_a_crew_over_working_days_en(knowledge, pace, n, fires):
    _checked(knowledge, _JARS.format(pace=pace.format(n=n)), PACE, fires)


@pytest.mark.parametrize("n,fires", [("21", False), ("22", False), ("26", True)])
def test_a_derived_span_is_compared_within_rounding_en(knowledge, n, fires):
    # (36,000 / 1,700 = 21.2 days: a span worked out and rounded)
    text = _JARS.format(pace=f"The kitchen fills 1,700 jars a day, so the order will take {n} working days.")
    _checked(knowledge, text, PACE, fires)


@pytest.mark.parametrize(
    "pace",
    [
        "Each of its 14 staff fills 1,800 jars a day, so the order will take 20 working days.",  # (one's pace)
        "Its 14 staff and three drivers fill 1,800 jars a day, so the order will take 20 working days.",  # (two counts)
        "Its 14 staff fill 1,800 jars a day, and the order will take 20 working days.",  # (no consequence told)
        "The kitchen fills 1,800 jars a day at the weekend, so the order will take 20 working days.",  # (a part)
    ],
)
def test_a_crew_pace_near_miss_is_unlinked_en(knowledge, pace):
    _unlinked(knowledge, _JARS.format(pace=pace), PACE, "1,800")


_FLOUR = (
    "Mill wins order\n\nA water mill near Tolby has won a £48,000 order from a chain of bakeries in Ghent, it said on "
    "Monday.\n\nTolby Mill will send {lot}, or £2 a bag, from March. {pace}"
)


@pytest.mark.parametrize(
    "pace",
    [
        "Its 11 millers fill about 1,200 bags a day between them, so the order will take some {n} working days.",
        "Working two shifts, the mill fills 1,200 bags a day, so the order will take {n} working days.",
        "The mill's crew of six fills 1,200 bags a day, which means {n} working days for this order alone.",
    ],
)
@pytest.mark.parametrize("n,fires", [("20", False), ("30", True)])
def test_a_pace_of_the_first_count_past_a_lead_of_worth_en(knowledge, pace, n, fires):
    text = _FLOUR.format(lot="24,000 bags of flour", pace=pace.format(n=n))
    _checked(knowledge, text, PACE, fires)


def test_a_pace_past_a_lead_of_worth_with_two_counts_is_unlinked_en(knowledge):
    pace = "The mill fills 1,200 bags a day, so the order will take 20 working days."
    text = _FLOUR.format(lot="24,000 bags of flour and 6,000 bags of oats", pace=pace)
    _unlinked(knowledge, text, PACE, "1,200")


_TINS = (
    "Cannery order\n\nA cannery in Pellow will ship 7,250 tins of sardines to a grocer in Porto, it said on "
    "Friday.\n\n{pace}"
)


@pytest.mark.parametrize(
    "pace",
    [
        "The line fills 1,600 tins a day, so the order will take {n} working days.",
        "Its four canners fill 1,600 tins a day, which means {n} days of work.",
        "The line fills 1,600 tins a day, meaning the order will take {n} days.",
    ],
)
@pytest.mark.parametrize("n,fires", [("five", False), ("eight", True)])
def test_a_span_worked_out_and_rounded_up_holds_en(knowledge, pace, n, fires):
    # (7,250 / 1,600 = 4.5 days, rounded up to five: 1,600 × 5 is 8,000, yet the span holds)
    _checked(knowledge, _TINS.format(pace=pace.format(n=n)), PACE, fires)


def test_a_span_stated_before_the_pace_is_no_worked_out_span_en(knowledge):
    # (`Over five days, … 1,600 a day`: the span set, the pace its share: no rounding of the span)
    _checked(knowledge, _TINS.format(pace="Over five days, the line will fill 1,600 tins a day."), PACE, True)


@pytest.mark.parametrize(
    "pace",
    [
        "공장은 하루 1천600개씩 만들어 이번 주문을 채우는 데 {n}일이 걸린다.",
        "공장은 하루에 1천600개씩 만들 수 있어 {n}일 동안 이 주문에 매달린다.",
    ],
)
@pytest.mark.parametrize("n,fires", [("5", False), ("8", True)])
def test_a_span_worked_out_and_rounded_up_holds_ko(knowledge, pace, n, fires):
    # (7,250 / 1,600 = 4.5일, 5일로 올림)
    text = f"바다 통조림 수출\n\n바다식품이 포르투갈에 통조림 7천250개를 수출한다. {pace.format(n=n)}"
    _checked(knowledge, text, PACE, fires)
