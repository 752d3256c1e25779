"""Development-corpus constructions (issue 11), on sentences of our own.

- Net trades of investor groups stated together, then group by group (checker/link/investor_groups.py):
  `외국인과 기관이 1조원 순매수` with `외국인은 …원어치 순매수했다. 기관도 …원 순매수했다.`; the joint figure is the sum
  of the groups' figures. Two runs of the groups' figures (two markets) leave the joint figure unlinked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_KO_MARKET = (
    "코스닥은 외국인과 기관이 {joint} 순매수하며 강세를 보였다.\n\n"
    "외국인은 코스닥 주식을 6200억원어치 순매수했다. 기관도 3800억원 순매수했다. 반면 개인은 9900억원 순매도했다."
)
_KO_HEADLINE = (
    "외인·기관 {joint} 순매수…코스닥 급등\n\n"
    "이날 코스닥 지수는 3% 올랐다. 외국인들은 2500억원어치를 순매수했고, 기관은 1500억원을 순매수했다."
)
_KO_THREE = (
    "외국인, 기관, 개인이 모두 {joint} 순매수했다.\n\n"
    "외국인은 700억원 순매수했다. 기관은 200억원, 개인은 100억원을 각각 순매수했다."
)
_EN_MARKET = (
    "Foreign investors and institutions posted net buying of {joint} on the index.\n\n"
    "Foreign investors posted net buying of $500 million. Institutions added net buying of $400 million."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_KO_MARKET.format(joint="1조원"), False, id="ko-joint-holds"),
        pytest.param(_KO_MARKET.format(joint="1조 원 이상"), False, id="ko-joint-at-least-holds"),
        pytest.param(_KO_MARKET.format(joint="1조5000억원"), True, id="ko-joint-misstated"),
        pytest.param(_KO_HEADLINE.format(joint="4000억"), False, id="ko-headline-holds"),
        pytest.param(_KO_HEADLINE.format(joint="7000억"), True, id="ko-headline-misstated"),
        pytest.param(_KO_THREE.format(joint="1000억원"), False, id="ko-three-groups-hold"),
        pytest.param(_KO_THREE.format(joint="1300억원"), True, id="ko-three-groups-misstated"),
        pytest.param(_EN_MARKET.format(joint="$900 million"), False, id="en-joint-holds"),
        pytest.param(_EN_MARKET.format(joint="$1.4 billion"), True, id="en-joint-misstated"),
    ],
)
def test_a_joint_net_trade_is_the_sum_of_its_groups(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two markets each give a run of the groups' figures: which one the joint figure sums is not said
        pytest.param(
            "외국인과 기관이 1조원 순매수했다.\n\n코스피에서 외국인은 3000억원, 기관은 2000억원 순매수했다. "
            "날씨는 맑았다. 코스닥에서 외국인은 6000억원 순매수했다. 기관도 4000억원 순매수했다.",
            id="ko-two-markets",
        ),
        # only one of the two groups states a figure
        pytest.param(
            "외국인과 기관이 1조원 순매수했다.\n\n외국인은 6000억원 순매수했다. 개인은 8000억원 순매도했다.",
            id="ko-one-group-only",
        ),
        # the groups are not named together before the figure
        pytest.param(
            "외국인은 1조원 순매수했다.\n\n외국인은 6000억원 순매수했다. 기관도 4000억원 순매수했다.",
            id="ko-no-joint",
        ),
        pytest.param(
            "Foreign investors and institutions posted net buying of $900 million.\n\n"
            "Foreign investors posted net buying of $500 million. Retail investors posted net buying of $400 million.",
            id="en-another-group",
        ),
    ],
)
def test_joint_net_trades_left_unlinked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
