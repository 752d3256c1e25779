"""Dates read in the thirtieth session, second round (the elapsed check, F406), a general reading:
- a count of years back from now opening a sentence or a quotation (`Twelve years ago, …`,
  checker/link/date_spans_general.py, `_near_age_patterns`) is read as the years from the start year told in its
  sentence, the one before or after in its paragraph, or the paragraph before (one start year there), to the
  publication year, the start's year counted or not;
- vetoes: no start verb or `since` before the year (a year that dates something else), two start years in reach,
  another year in the count's sentence, a count not opening its sentence, a count of another thing.

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # the start in the sentence before
        ("The Brindle ferry service was launched in 2012. Twelve years ago, it carried 40 cars a day.", False),
        ("The Brindle ferry service was launched in 2012. Twenty years ago, it carried 40 cars a day.", True),
        # opening a quotation, the start in the paragraph before
        (
            "Halvey Print was founded in 1999 by a retired teacher in a rented garage.\n\n"
            '"Twenty-five years ago we printed parish leaflets," said owner Mira Oduya. "Now it is books."',
            False,
        ),
        (
            "Halvey Print was founded in 1999 by a retired teacher in a rented garage.\n\n"
            '"Thirty-two years ago we printed parish leaflets," said owner Mira Oduya. "Now it is books."',
            True,
        ),
        # a figure count, `since` as the start
        (
            "The allotment society has rented the field since 2016.\n\n8 years ago there were 12 plots; now 70.",
            False,
        ),
        (
            "The allotment society has rented the field since 2016.\n\n3 years ago there were 12 plots; now 70.",
            True,
        ),
    ],
)
def test_a_count_back_from_now_read_to_its_start(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a year that dates something else (no start verb)
        "The bakery's profit peaked in 2015. Five years ago, it sold 900 loaves a week.",
        # two start years before: which one is unsaid
        "The choir was formed in 1988 and its hall was built in 2001.\n\nTen years ago, it sang in Prague.",
        # another year in the count's sentence
        "The bike shop opened in 2010. Six years ago, as in 2009, it shut for August.",
        # the count not opening its sentence
        "The quarry opened in 2005. Its owner said it shut for a month three years ago.",
        # a count of another thing: a lease, a person's age
        "The cafe opened in 2014. Its lease runs for 15 years from the day it was signed.",
        "The cafe opened in 2014.\n\nHer son, who is 9 years old, helps on Saturdays.",
        # a start two paragraphs away
        "The museum was founded in 1970.\n\nIt has 40 staff.\n\nTwenty years ago, its roof leaked.",
        # a time ahead
        "The market opened in 2018. In six years, the council will review its lease.",
        # a count of months, not years
        "The depot opened in 2021. Eighteen months ago, it added a second shift.",
        # a start after the count's sentence in the paragraph after
        "Seven years ago, the pier was closed.\n\nA trust was formed in 2009 to rebuild it.",
        # the start year in the publication year
        "The clinic opened in 2024. Two years ago, the site was a car park.",
        # a range of years, no start
        "Sales rose every year from 2011 to 2019. Four years ago, they fell.",
        # a person's own start
        "Dr Lin joined the hospital in 2008, when she was 30.\n\nHer salary was cut ten years ago by a fifth.",
        # unrelated figures near a start
        "The rowing club was formed in 1994 with 30 members. It now has 210 members and 14 boats.",
        "The festival began in 2002. It drew 5,000 people last year and 4,200 the year before.",
    ],
)
def test_counts_back_from_now_that_are_not_from_the_start(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
