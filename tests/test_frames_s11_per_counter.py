"""Figures per counter (`건당`, `척당`) with their count and total in the sentences before (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a counter as the noun, the total beside the count


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한올조선은 컨테이너선 4척에 대한 건조 계약을 8억2천만달러(약 1조1천480억원)에 맺었다. "
            "척당 약 2억500만달러, 원화로는 척당 2천870억원꼴이다.",
            False,
        ),
        (
            "한올조선은 컨테이너선 4척에 대한 건조 계약을 8억2천만달러(약 1조1천480억원)에 맺었다. "
            "척당 약 2억500만달러, 원화로는 척당 3천800억원꼴이다.",
            True,
        ),
        (
            "한올조선은 컨테이너선 4척에 대한 건조 계약을 8억2천만달러(약 1조1천480억원)에 맺었다. "
            "척당 약 2억9천500만달러, 원화로는 척당 2천870억원꼴이다.",
            True,
        ),
    ],
)
def test_figure_per_counter_with_the_total_beside_its_count(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- the total the figure's own noun names


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "지난달 전체 결제 금액은 12조4천억원으로 집계됐다. 결제 건수는 3억1천만건이었다. "
            "건당 평균 결제 금액은 4만원이었다.",
            False,
        ),
        (
            "지난달 전체 결제 금액은 12조4천억원으로 집계됐다. 결제 건수는 3억1천만건이었다. "
            "건당 평균 결제 금액은 4만6천원이었다.",
            True,
        ),
        (
            "지난달 전체 결제금액은 12조4천억원으로 집계됐다. 결제 건수는 3억1천만건이었다. "
            "건당 평균 결제금액은 4만원이었다.",
            False,
        ),
        (
            "지난달 전체 결제금액은 12조4천억원으로 집계됐다. 결제 건수는 3억1천만건이었다. "
            "건당 평균 결제금액은 4만6천원이었다.",
            True,
        ),
    ],
)
def test_figure_per_counter_of_the_total_its_noun_names(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the total names another noun than the figure: not its total
        "지난달 전체 수수료는 12조4천억원으로 집계됐다. 결제 건수는 3억1천만건이었다. "
        "건당 평균 결제금액은 4만원이었다.",
        # the count is of another counter than the mark's
        "지난달 전체 결제금액은 12조4천억원으로 집계됐다. 가맹점은 31만곳이었다. 건당 평균 결제금액은 4만원이었다.",
    ],
)
def test_figure_per_counter_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")
