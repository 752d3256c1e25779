"""More partners found across sentences (thirteenth session, second lane): a margin whose base is stated in
the lead under a scope its profit does not repeat; per-unit marks of measure and `each`; a breakdown whose total
is the lead's figure.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- a margin whose base carries the lead's scope

_MARGIN = (
    "회사는 올해 상반기 연결 기준 매출이 2조 5,000억원으로 지난해 같은 기간보다 4% 늘었다고 10일 밝혔다.\n\n"
    "이익은 줄었다. {profit}영업이익은 1,500억원으로 지난해 상반기 1,800억원에서 300억원 줄었다. 영업이익률은 {rate}로 "
    "떨어졌다."
)
_MARGIN_EN = (
    "Core revenue was $800m in the first half, up 5% from a year earlier.\n\n"
    "Costs rose. Operating profit fell to $60m from $72m in the first half. The operating margin was {rate} in "
    "the half."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_MARGIN.format(profit="", rate="6%"), False),
        (_MARGIN.format(profit="", rate="7.5%"), True),
        (_MARGIN_EN.format(rate="7.5%"), False),
        (_MARGIN_EN.format(rate="9%"), True),
    ],
)
def test_margin_on_the_leads_scoped_base(knowledge, text, fires):
    assert_checked(knowledge, text, "F307", fires)


def test_margin_not_linked_to_a_base_of_another_scope(knowledge):
    # the profit on another basis (`별도 기준`) than the lead's revenue: two scopes, which base is not said
    text = _MARGIN.format(profit="별도 기준 ", rate="7.5%")
    result = findings(knowledge, document(text), select=["F307"], show_passed=True)
    assert not result.findings and not result.passed
