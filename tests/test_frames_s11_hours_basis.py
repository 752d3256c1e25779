"""An amount converted from a rate per hour on a stated basis of hours (eleventh session).

Every sentence is written for this file, with invented figures. Each construction is tested where it must be
checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_RATE = "내년 생활임금은 올해 1만1천200원보다 400원(3.6%) 오른 시간당 1만1천600원으로 정해졌다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        (_RATE + "월 환산액(월 209시간 기준)은 242만4천400원으로 올해(234만800원)보다 8만3천600원 많다.", False),
        (_RATE + "월 환산액(월 209시간 기준)은 252만4천400원으로 올해(234만800원)보다 18만3천600원 많다.", True),
        (_RATE + "월 환산액(월 209시간 기준)은 242만4천400원으로 올해(224만800원)보다 18만3천600원 많다.", True),
    ],
)
def test_monthly_amount_on_a_basis_of_hours(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no basis of hours stated: the monthly figure is not said to be the hourly rate converted
        _RATE + "월 평균 임금은 242만4천400원으로 집계됐다.",
        # no rate per hour stated before
        "내년 생활임금 총액은 1조2천억원이다. 월 환산액(월 209시간 기준)은 242만4천400원이다.",
    ],
)
def test_monthly_amount_without_basis_or_rate_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F312")
