"""Growth of a port's container throughput (TEU) and of an area in hectares (eleventh session).

Every sentence is written for this file, with invented names and numbers. A figure in `TEU` or `㏊`/`hectares` is a
measure of its own: a change between two of them is checked, and never one between a measure of another unit.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛항의 지난해 컨테이너 물동량은 1천250만TEU로 1년 전 1천180만TEU보다 5.9% 늘었다.", False),
        ("한빛항의 지난해 컨테이너 물동량은 1천250만TEU로 1년 전 1천180만TEU보다 7.9% 늘었다.", True),
        ("올해 보리 재배면적은 4만2천㏊로 1년 전 4만5천㏊에서 6.7% 줄었다.", False),
        ("올해 보리 재배면적은 4만2천㏊로 1년 전 4만5천㏊에서 3.7% 줄었다.", True),
        ("Throughput at Port Kessel rose 4.2% to 8.95 million TEUs from 8.59 million TEUs.", False),
        ("Throughput at Port Kessel rose 6.2% to 8.95 million TEUs from 8.59 million TEUs.", True),
        ("The barley area shrank 6.7% to 42,000 hectares from 45,000 hectares.", False),
        ("The barley area shrank 9.7% to 42,000 hectares from 45,000 hectares.", True),
    ],
)
def test_growth_of_a_measure_in_teu_or_hectares(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_growth_between_teu_and_tonnes_is_not_checked(knowledge):
    # containers and tonnes are no one measure: no change is read between them
    assert_not_checked(knowledge, "한빛항의 물동량은 1천250만TEU로 1년 전 1천180만t보다 5.9% 늘었다.", "F301")
