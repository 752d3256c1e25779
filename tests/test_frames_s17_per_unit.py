"""Figures per unit (seventeenth session, checker/link/per_unit_apart.py and partners): the total is of the count's
own period, an average stated before its count (`for each of the 50,000 members`), and one unit as the subject of
an average (`한 회에 평균 800명`).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked

# ---------------------------------------------------------------- the total of the count's own period

# `revenue per store averaged`: this quarter's revenue over this quarter's stores, not the previous quarter's revenue
# that the lead compares it with
_STORES = (
    "Pinecrest Outfitters reported fourth-quarter revenue of $90.0 million, up 5% from a year earlier but down 10% "
    "from the third quarter's $100.0 million, when back-to-school sales peak.\n\n"
    "The chain ran 300 stores at the end of the quarter, and revenue per store averaged about {per}."
)


@pytest.mark.parametrize("per,fires", [("$300,000", False), ("$333,000", True)])
def test_the_total_is_of_the_counts_period(knowledge, per, fires):
    assert_checked(knowledge, _STORES.format(per=per), "F317", fires)
