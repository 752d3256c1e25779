"""A level above or below a mark stated in a sentence of its own (eleventh session).

Every sentence is written for this file, with invented names and numbers. `목표치(1천150명)를 90명 웃돌았다`: the
excess over a mark, as `목표치(…)에는 … 못 미쳤다` states the shortfall; the level is the one stated before — of the
mark's period when the mark is dated by its own words (`지난해 목표치`), never a figure whose period is only carried
over (`인구 10만명당 2.4명`), nor an average (`하루 평균 …`).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("지난해 한빛시 교통사고 사망자는 1천240명이었다. 시가 세운 지난해 목표치(1천150명)는 90명 웃돌았다.", False),
        ("지난해 한빛시 교통사고 사망자는 1천240명이었다. 시가 세운 지난해 목표치(1천150명)는 60명 웃돌았다.", True),
        (
            "지난해 한빛시 교통사고 사망자는 1천240명으로 집계됐다. 인구 10만명당 사망자는 2.4명이다. "
            "시가 세운 지난해 목표치(1천150명)를 90명 웃돌았다.",
            False,
        ),
        (
            "지난해 한빛시 교통사고 사망자는 1천240명으로 집계됐다. 인구 10만명당 사망자는 2.4명이다. "
            "시가 세운 지난해 목표치(1천150명)를 60명 웃돌았다.",
            True,
        ),
        ("한빛항의 지난해 물동량은 1천252만TEU였다. 다만 연초 세운 목표치(1천310만TEU)에는 58만TEU 못 미쳤다.", False),
        ("한빛항의 지난해 물동량은 1천252만TEU였다. 다만 연초 세운 목표치(1천310만TEU)에는 78만TEU 못 미쳤다.", True),
    ],
)
def test_level_above_or_below_a_mark_stated_apart(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_an_average_is_no_level_of_a_mark(knowledge):
    # the sentence before states a daily average: the year's level the mark is set for is not the figure there
    assert_not_checked(
        knowledge,
        "한빛항의 지난해 물동량은 1천252만TEU였다. 하루 평균 3만4천TEU꼴이다. "
        "다만 연초 세운 목표치(1천310만TEU)에는 58만TEU 못 미쳤다.",
        "F305",
    )
