"""Guards against pairing the wrong figures, found on articles the rules were not written on.

Each construction is tested on sentences written for this test: the wrong pairing must not be checked
(or must hold), and the right pairing beside it must still be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---- An equivalent in a sentence of its own after a list of amounts in one money (link/relations.py).


@pytest.mark.parametrize(
    "text",
    [
        "Employers will pay £25bn more, fuel duty will raise £2.5bn and a further £8.8bn comes from smaller "
        "measures. The package is equivalent to about $52bn.",
        "The plan puts €12bn into rail and €3bn into buses. The whole programme is equivalent to $16.5bn.",
        "미국 정부는 반도체에 390억 달러, 배터리에 70억 달러를 지원한다. 우리 돈으로 약 62조원 규모다.",
        "일본은 반도체에 2조 엔, 전지에 5000억 엔을 배정했다. 원화로 환산하면 약 22조원이다.",
    ],
)
def test_an_equivalent_after_a_list_of_amounts_converts_none_of_them(knowledge, text):
    assert_not_checked(knowledge, text, "F202")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The levy will raise £8.8bn next year. That is equivalent to about $11.4bn.", False),
        ("The levy will raise £8.8bn next year. That is equivalent to about $52bn.", True),
        ("미국 정부는 반도체 기업에 390억 달러를 지원한다. 우리 돈으로 약 53조원 규모다.", False),
        ("미국 정부는 반도체 기업에 390억 달러를 지원한다. 우리 돈으로 약 93조원 규모다.", True),
    ],
)
def test_an_equivalent_after_one_amount_in_that_money_converts_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F202", fires)
