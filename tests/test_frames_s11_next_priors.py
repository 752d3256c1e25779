"""A year-on-year change whose prior the next sentence states, opening with the year before (eleventh session).

Every sentence is written for this file, with invented names and numbers. `국내 화물은 840만2천TEU로 2.4% 증가했다.
국내 화물의 전년 실적은 820만5천TEU였다.`: the change names no time; the next sentence opens with the year before,
after at most the name of what it counts, and states one figure of the unit: the prior.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛항의 국내 화물은 840만2천TEU로 2.4% 증가하는 데 그쳤다. 국내 화물의 전년 실적은 820만5천TEU였다.", False),
        ("한빛항의 국내 화물은 840만2천TEU로 4.4% 증가하는 데 그쳤다. 국내 화물의 전년 실적은 820만5천TEU였다.", True),
        ("한빛제철의 조강 생산량은 412만t으로 3.0% 줄었다. 지난해에는 424만8천t이었다.", False),
        ("한빛제철의 조강 생산량은 412만t으로 5.0% 줄었다. 지난해에는 424만8천t이었다.", True),
        (
            "Domestic cargo at Port Kessel rose 2.4% to 8.42 million TEUs. A year earlier, it was 8.22 million TEUs.",
            False,
        ),
        (
            "Domestic cargo at Port Kessel rose 4.4% to 8.42 million TEUs. A year earlier, it was 8.22 million TEUs.",
            True,
        ),
    ],
)
def test_prior_in_the_next_sentence_opening_with_the_year_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_prior_of_another_thing_counted_is_not_linked(knowledge):
    # the next sentence names another cargo than the one that grew: its figure is no prior of the change
    assert_not_checked(
        knowledge, "한빛항의 국내 화물은 840만2천TEU로 2.4% 증가했다. 환적 화물의 전년 실적은 820만5천TEU였다.", "F301"
    )
