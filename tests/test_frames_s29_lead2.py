"""A figure per unit and a total that each name a cost of their own, and not the same one (`난방비` and `냉방기
구입비`), are not a total and its share per unit (twenty-ninth session; checker/link/per_unit_vetoes.py
`unlink_totals_of_another_cost`, `[link.cost_noun_endings]`). A figure per unit that names the total's own cost, or
none, is still read as its share.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text",
    [
        "누리군은 마을회관 150곳에 난방비 4억5천만원을 지원한다. 마을회관 한 곳당 소방 점검비는 120만원이다.",
        "한별시는 버스 2,000대에 연료비 80억원을 지원했다. 버스 한 대당 수리비는 연 90만원이다.",
        "가온시는 작은도서관 60곳에 보조금 30억원을 준다. 도서관 한 곳당 도서 구입비는 400만원이다.",
        "다솜군은 농가 400곳에 방제비 12억원을 지원했다. 농가 한 곳당 보험료는 50만원꼴이다.",
    ],
)
def test_a_figure_per_unit_of_another_cost_is_not_the_totals_share(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the same cost named on both: the figure per unit is the total's share
        ("누리군은 마을회관 150곳에 난방비 4억5천만원을 지원한다. 마을회관 한 곳당 난방비는 300만원꼴이다.", False),
        ("누리군은 마을회관 150곳에 난방비 4억5천만원을 지원한다. 마을회관 한 곳당 난방비는 500만원꼴이다.", True),
        # no cost named by the figure per unit
        ("한별시는 버스 2,000대에 연료비 80억원을 지원했다. 한 대당 400만원꼴이다.", False),
        ("한별시는 버스 2,000대에 연료비 80억원을 지원했다. 한 대당 700만원꼴이다.", True),
    ],
)
def test_a_figure_per_unit_of_the_same_cost_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires)
