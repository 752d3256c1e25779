"""Who and what (sixteenth session), each a rule for a construction:
- a coordinated clause that opens with a subject of its own (`…, and order intake nearly doubled to $X`,
  `…늘었고, 신규 수주는 X로`) does not take the metric named in the clause before: the figure is of another
  measure, and a restatement of the earlier one elsewhere is no contradiction (F402);
- a subject that refers back (`…, and it rose to`, `…, and the total grew to`) or a time word (`지난해는`) keeps
  the earlier metric.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, codes, document, findings

EN_OWN_SUBJECT = (
    "In the first half, Tannery's revenue rose 8.2% to $412.6 million from $381.3 million, and order intake "
    "nearly doubled to $820.4 million from $415.0 million.\n\nTannery's revenue for the first half was $412.6 million."
)
KO_OWN_SUBJECT = (
    "3분기 한솔기계의 매출은 1,240억원으로 지난해보다 12% 늘었고, 신규 수주는 2,480억원으로 두 배가 됐다.\n\n"
    "한솔기계의 3분기 매출은 1,240억원이었다."
)


def _metric(text, knowledge, figure):
    return next(c.metric for c in claims(text, knowledge).claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"), [(EN_OWN_SUBJECT, "$820.4 million"), (KO_OWN_SUBJECT, "2,480억원")], ids=["en", "ko"]
)
def test_a_clause_with_its_own_subject_does_not_take_the_metric_before(knowledge, text, figure):
    assert _metric(text, knowledge, figure) is None
    assert "F402" not in codes(findings(knowledge, document(text)))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In the first half, Tannery's revenue rose 8.2% to $412.6 million, and it rose further to $450.0 million "
            "in the third quarter.",
            "$450.0 million",
        ),
        (
            "In the first half, Tannery's revenue rose 8.2% to $412.6 million, and the total grew to $450.0 million "
            "in the third quarter.",
            "$450.0 million",
        ),
        ("한솔기계의 매출은 올해 1,240억원으로 늘었고, 지난해는 1,100억원이었다.", "1,100억원"),
        ("한솔기계의 매출은 3분기 1,240억원으로 늘었고, 2분기에는 1,100억원이었다.", "1,100억원"),
    ],
    ids=["it", "the-total", "time-topic", "time-with-에는"],
)
def test_a_subject_that_refers_back_or_a_time_keeps_the_metric_before(knowledge, text, figure):
    assert _metric(text, knowledge, figure) == "revenue"
