"""Review's false alarms on the readings of the thirty-second session's dates (F406) and Korean multiples (F304):
invented clean paragraphs that must not fire.
- A Korean ordinal year right after a dated subject, followed by an object of its own (`10년째 유기농 인증을 유지해
  왔다`): the years of a thing the subject keeps, begun later, not the subject's own (`_subject_start`).
- Editions held every other year, a cancellation, an ordinal of a subset, `, N years ago` after a second verb and a
  subset as a multiple's base (already vetoed; kept here as must-not-fire).
Every sentence is invented (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_not_checked

CLEAN = [
    ("F406", "1995년 설립된 한솔목장은 10년째 유기농 인증을 유지해 왔다."),
    ("F406", "The fair has been held every other summer since 1990, and this year's was the 18th show."),
    ("F406", "The bridge opened in 1964 and was rebuilt after a flood, 34 years ago, at a cost of $2 million."),
    ("F304", "전기차 충전기는 지금의 1.5배인 900기로 늘어난다. 지금 깔린 급속 충전기는 200기다."),
]


@pytest.mark.parametrize("rule,text", CLEAN)
def test_review_clean_paragraphs_do_not_fire(knowledge, rule, text):
    assert_not_checked(knowledge, text, rule)
