"""Whose period a time word names when a sentence compares two figures.

A time inside the phrase of the figure compared with (`from last year's 4 million`, `지난해 5조원보다`,
`from $5bn in 2019`) labels that figure only: the other figures of the sentence do not take it, and
the figure it labels is of that time, not of the year before it. A relative year (`last year`,
`지난해`) beside a figure compared with a quarter's or a half's figure means the same part of that
year. Sentences written for these tests; published 27 August 2024 (helpers.document).
"""

from __future__ import annotations

import pytest
from helpers import claims

from checker.periods import period_string


def _periods(knowledge, text: str) -> dict[str, str | None]:
    return {c.text: period_string(c.period) for c in claims(text, knowledge).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Passengers carried at Northwind Airlines fell 50% to 2 million from last year's 4 million.",
            {"2 million": None, "4 million": "2023"},
            id="en-last-years-labels-the-prior-only",
        ),
        pytest.param(
            "Northwind Airlines said first-half revenue fell 30% to $7bn. "
            "Passengers carried fell 50% to 2 million from last year's 4 million.",
            {"$7bn": "2024-H1", "2 million": "2024-H1", "4 million": "2023-H1"},
            id="en-last-year-of-a-half-is-that-half",
        ),
        pytest.param(
            "Contoso said revenue rose 40% to $7bn in 2020 from $5bn in 2019.",
            {"$7bn": "2020", "$5bn": "2019"},
            id="en-year-after-the-baseline-figure",
        ),
        pytest.param(
            "Contoso said revenue was $7bn in 2020, compared with $5bn in 2019.",
            {"$7bn": "2020", "$5bn": "2019"},
            id="en-compared-with-in-year",
        ),
        pytest.param(
            "2분기 매출은 7조원으로 지난해 5조원보다 40% 늘었다.",
            {"7조원": "2024-Q2", "5조원": "2023-Q2"},
            id="ko-last-year-of-a-quarter-is-that-quarter",
        ),
        pytest.param(
            "내년 예산은 520조원으로 올해 480조원보다 8.3% 늘었다.",
            {"520조원": "2025", "480조원": "2024"},
            id="ko-this-year-labels-the-baseline-not-the-value",
        ),
        pytest.param(
            "Contoso Group reported that its first-half loss was $7.5bn, compared to last year's loss of $9.8bn.",
            {"$7.5bn": "2024-H1", "$9.8bn": "2023-H1"},
            id="en-last-years-noun-of-figure",
        ),
        pytest.param(
            "First-half revenue fell 40% to $6bn from $10bn in the prior year.",
            {"$6bn": "2024-H1", "$10bn": "2023-H1"},
            id="en-in-the-prior-year-after-the-baseline",
        ),
        pytest.param(
            "Contoso said unfilled vacancies stood at 124,000 in October last year and 131,000 in June.",
            {"124,000": "2023-10", "131,000": "2024-06"},
            id="en-each-figure-its-own-time-after-it",
        ),
        pytest.param(
            "Sales fell 5% in March to $3bn.",
            {"5%": "2024-03", "$3bn": "2024-03"},
            id="en-a-time-after-a-change-is-not-a-baseline-label",
        ),
    ],
)
def test_a_time_in_the_baseline_phrase_labels_the_baseline(knowledge, text, expected):
    periods = _periods(knowledge, text)
    assert {number: periods[number] for number in expected} == expected
