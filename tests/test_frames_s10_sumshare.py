"""Sums and shares of the tenth session: constructions that recur across articles. Every sentence, market, party
and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------- a counted list whose members carry a guessed metric of their own
COUNTED_LISTS = [
    # The leader names the metric; the followers' metric is carried over (a guess), so it separates nothing.
    pytest.param(
        "부문별로는 복지 예산이 120조원으로 가장 많았다. 국방 60조원, 교육 40조원이 뒤를 이었다. "
        "이들 3개 분야 예산을 합하면 220조원이다.",
        False,
        id="ko-three-fields-combined-holds",
    ),
    pytest.param(
        "부문별로는 복지 예산이 120조원으로 가장 많았다. 국방 60조원, 교육 40조원이 뒤를 이었다. "
        "이들 3개 분야 예산을 합하면 250조원이다.",
        True,
        id="ko-three-fields-combined-broken",
    ),
    # `3대 시장`: the three markets just listed.
    pytest.param(
        "지역별로는 유럽 85억달러, 일본 62억달러, 인도 41억달러 순이었다. 3대 시장 수출을 합치면 188억달러다.",
        False,
        id="ko-three-markets-combined-holds",
    ),
    pytest.param(
        "지역별로는 유럽 85억달러, 일본 62억달러, 인도 41억달러 순이었다. 3대 시장 수출을 합치면 198억달러다.",
        True,
        id="ko-three-markets-combined-broken",
    ),
]


@pytest.mark.parametrize("text,fires", COUNTED_LISTS)
def test_counted_lists(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_market_word_without_a_count_is_no_counted_list(knowledge):
    text = "지역별로는 유럽 85억달러, 일본 62억달러 순이었다. 해외 시장 수출을 합치면 300억달러다."
    assert_not_checked(knowledge, text, "F302")
