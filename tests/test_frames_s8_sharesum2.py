"""Shares and sums, second round (issue 11): sentences of our own.

A share followed by the name of a metric (`$540 million, equal to 15% of revenue`, `about a third of its revenue`)
is of the latest figure stated before its part that names that metric in its own words, or of the whole of the
list that figure is a part of; a metric the article never states, or another period's, has no whole
(checker/link/metric_shares.py).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_COSTS = (
    "Sales at Norwick Foods rose 6% to $3.6 billion in the quarter. Average revenue per store was $310,000. "
    "Packaging costs were $540 million, equal to {share} of revenue."
)
_WAGES = "Revenue at Tallow Rail grew 4% to $7.2 billion last year. The operator spent $2.4 billion on wages, {share}."
_LIST = (
    "Revenue at Corvane Air reached $5 billion in the quarter. Tickets brought in $4.2 billion, cargo $500 million "
    "and other income $300 million.\n\nFuel cost $1.25 billion, or {share} of revenue."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_COSTS.format(share="15%"), False),
        (_COSTS.format(share="25%"), True),
        (_WAGES.format(share="about a third of its revenue"), False),
        (_WAGES.format(share="about half of its revenue"), True),
        (_LIST.format(share="25%"), False),
        (_LIST.format(share="40%"), True),
    ],
    ids=["cost-share-holds", "cost-share-wrong", "fraction-holds", "fraction-wrong", "list-whole", "list-wrong"],
)
def test_share_of_a_named_metric(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the metric is named but never stated as a figure
        "Revenue at Norwick rose 6% to $3.6 billion. The budget deficit was $900 million, equal to 30% of GDP.",
        # another period's figure of the metric, named with its time word
        "Revenue at Norwick rose 6% to $3.6 billion from $3.4 billion. Costs were $900 million, "
        "or 40% of last year's revenue.",
        # the metric's only figure is smaller than the part: no whole of it
        "Average revenue per store was $310,000. Packaging costs were $540 million, equal to 15% of revenue.",
        # no joint between the part and the share: a change, not a share
        "Revenue at Norwick rose 6% to $3.6 billion. Costs were $900 million, up 40% from revenue a year ago.",
    ],
    ids=["metric-not-stated", "other-period", "only-smaller-figure", "no-joint"],
)
def test_share_of_a_named_metric_without_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
