"""A unit defined in parentheses beside a figure (eleventh session).

Every sentence is written for this file, with invented names and numbers. `1천250만TEU(1TEU는 20피트 컨테이너 1개)`:
the gloss's figures define the unit; the change stated after the gloss is of the figure glossed, from the prior
stated after it.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛항만공사는 지난해 물동량이 1천250만TEU(1TEU는 20피트 컨테이너 1개)로 "
            "전년(1천180만TEU) 대비 5.9% 증가했다고 밝혔다.",
            False,
        ),
        (
            "한빛항만공사는 지난해 물동량이 1천250만TEU(1TEU는 20피트 컨테이너 1개)로 "
            "전년(1천180만TEU) 대비 8.9% 증가했다고 밝혔다.",
            True,
        ),
        ("올해 분양 면적은 42만평(1평은 약 3.3㎡)으로 지난해 40만평보다 5% 늘었다.", False),
        ("올해 분양 면적은 42만평(1평은 약 3.3㎡)으로 지난해 40만평보다 9% 늘었다.", True),
        (
            "Port Kessel handled 8.95 million TEUs (one TEU is a 20-foot container), up 4.2% from 8.59 million TEUs.",
            False,
        ),
        (
            "Port Kessel handled 8.95 million TEUs (one TEU is a 20-foot container), up 6.2% from 8.59 million TEUs.",
            True,
        ),
    ],
)
def test_change_past_a_unit_gloss(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_figure_of_a_gloss_is_no_prior(knowledge):
    # no prior is stated: the gloss's `1개` is no figure the rate could be measured from
    assert_not_checked(knowledge, "한빛항 물동량은 1천250만TEU(1TEU는 20피트 컨테이너 1개)로 5.9% 늘었다.", "F301")
