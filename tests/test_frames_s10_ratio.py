"""Ratios, multiples and points in constructions that recur across articles (tenth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a balance named after its figure (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("정부의 관리재정수지는 48조2천억원 적자로, 내년 국내총생산(GDP) 전망치 2천410조원의 2.0% 수준이다.", False),
        ("정부의 관리재정수지는 48조2천억원 적자로, 내년 국내총생산(GDP) 전망치 2천410조원의 3.0% 수준이다.", True),
        ("올해 상품수지는 120억달러 흑자로 지난해 300억달러의 40% 수준이다.", False),
        ("올해 상품수지는 120억달러 흑자로 지난해 300억달러의 60% 수준이다.", True),
    ],
)
def test_ratio_of_a_balance_named_after_its_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_ratio_after_a_balance_with_an_object_particle_is_not_linked(knowledge):
    # `적자를 냈고`: the balance is an object of another verb, not the level the ratio is said of
    assert_not_checked(knowledge, "올해 상품수지는 120억달러 적자를 냈고 수출은 300억달러의 40% 수준이다.", "F503")


# ---------------------------------------------------------------- a price per square foot (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "A 740-square-foot flat in an older estate sold last week for HK$9.62 million (US$1.23 million), "
            "or HK$13,000 per square foot, agents said.",
            False,
        ),
        (
            "A 740-square-foot flat in an older estate sold last week for HK$9.62 million (US$1.23 million), "
            "or HK$17,000 per square foot, agents said.",
            True,
        ),
        ("The top deal was a 1,850 square foot unit, sold for HK$74 million, or HK$40,000 per square foot.", False),
        ("The top deal was a 1,850 square foot unit, sold for HK$74 million, or HK$46,000 per square foot.", True),
    ],
)
def test_price_per_square_foot(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_price_per_square_foot_with_two_areas_is_not_linked(knowledge):
    # two areas in the clause: which one the price is per is not said
    assert_not_checked(
        knowledge,
        "A 740-square-foot flat with a 200-square-foot terrace sold for HK$9.62 million, or HK$13,000 per square foot.",
        "F317",
    )
