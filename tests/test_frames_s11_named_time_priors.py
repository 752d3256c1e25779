"""A change measured from a time named with no figure, the figure of that time stated earlier (eleventh session).

Every sentence is written for this file, with invented names and numbers. `노조는 올해보다 9.8% 오른 1만2천300원을
요구했다`: `올해` is the period compared with; its figure is the one an earlier sentence dates to this year by its own
words (`올해 1만1천200원보다`).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛시의 올해 생활임금은 1만1천200원이다. "
            "노조는 내년 생활임금으로 올해보다 9.8% 오른 1만2천300원을 요구했다.",
            False,
        ),
        (
            "한빛시의 올해 생활임금은 1만1천200원이다. "
            "노조는 내년 생활임금으로 올해보다 7.8% 오른 1만2천300원을 요구했다.",
            True,
        ),
        (
            "한빛유업의 지난해 우유 납품가는 1천80원이었다. "
            "낙농가는 올해 납품가로 지난해보다 12.0% 오른 1천210원을 요구했다.",
            False,
        ),
        (
            "한빛유업의 지난해 우유 납품가는 1천80원이었다. "
            "낙농가는 올해 납품가로 지난해보다 15.0% 오른 1천210원을 요구했다.",
            True,
        ),
    ],
)
def test_change_from_a_named_time_whose_figure_is_stated_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_two_figures_of_the_named_time_are_not_linked(knowledge):
    # this year has two figures of the unit before (an hourly and a monthly pay): which one is meant is not said
    assert_not_checked(
        knowledge,
        "한빛시의 올해 생활임금은 1만1천200원, 월 환산액은 234만800원이다. "
        "노조는 올해보다 9.8% 오른 1만2천300원을 요구했다.",
        "F301",
    )
