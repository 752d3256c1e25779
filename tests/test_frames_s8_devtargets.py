"""Development-corpus constructions (issue 11), on sentences of our own.

- Net trades of investor groups stated together, then group by group (checker/link/investor_groups.py):
  `외국인과 기관이 1조원 순매수` with `외국인은 …원어치 순매수했다. 기관도 …원 순매수했다.`; the joint figure is the sum
  of the groups' figures. Two runs of the groups' figures (two markets) leave the joint figure unlinked.
- A trade balance a period earlier against what its sides changed from (F324, the balance kind's `priors`):
  `exports fell to A from B … imports rose to C from D … the deficit narrowed to E from F` → F = B − D.
- A share of the cases in one closed state (`around 28 per cent patients have recovered`) is of the listed count in
  that state over the count of cases it is listed in (checker/link/case_shares.py).
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


_EN_TRADE = (
    "Exports in {month} fell 4.0% to $48.0bn from $50.0bn a year earlier. "
    "Imports in {month} rose 5.0% to $63.0bn from $60.0bn a year earlier.\n\n"
    "The trade deficit in {month} widened to $15.0bn from {prior} a year earlier."
)
_EN_SURPLUS = (
    "Exports in April rose 10% to $33.0bn from $30.0bn a year ago, and imports in April "
    "rose 4% to $26.0bn from $25.0bn a year ago. The trade surplus in April grew to $7.0bn from {prior} a year ago."
)
_KO_TRADE = (
    "3월 수출은 전년 동월 600억달러에서 630억달러로 5% 증가했다. 수입액은 전년 동월 550억달러에서 "
    "560억달러로 1.8% 늘었다.\n\n3월 무역수지는 70억달러 흑자로 전년 동월 {prior} 흑자에서 확대됐다."
)
_KO_DEFICIT = (
    "10월 수출은 전년 동월 450억달러에서 440억달러로 2.2% 감소했고, 수입액은 전년 동월 470억달러에서 "
    "500억달러로 6.4% 증가했다. 10월 무역수지는 60억달러 적자로 전년 동월 {prior} 적자보다 커졌다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_EN_TRADE.format(month="March", prior="$10.0bn"), False, id="en-deficit-prior-holds"),
        pytest.param(_EN_TRADE.format(month="March", prior="$14.0bn"), True, id="en-deficit-prior-misstated"),
        pytest.param(_EN_SURPLUS.format(prior="$5.0bn"), False, id="en-surplus-prior-holds"),
        pytest.param(_EN_SURPLUS.format(prior="$9.0bn"), True, id="en-surplus-prior-misstated"),
        pytest.param(_KO_TRADE.format(prior="50억달러"), False, id="ko-surplus-prior-holds"),
        pytest.param(_KO_TRADE.format(prior="90억달러"), True, id="ko-surplus-prior-misstated"),
        pytest.param(_KO_DEFICIT.format(prior="20억달러"), False, id="ko-deficit-prior-holds"),
        pytest.param(_KO_DEFICIT.format(prior="50억달러"), True, id="ko-deficit-prior-misstated"),
    ],
)
def test_an_earlier_trade_balance_is_what_the_sides_changed_from(knowledge, text, fires):
    assert_checked(knowledge, text, "F324", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the sides' changes name no figure they changed from
        pytest.param(
            "Exports in March fell 4.0% to $48.0bn. Imports in March rose 5.0% to $63.0bn.\n\n"
            "The trade deficit in March widened to $15.0bn from $14.0bn a year earlier.",
            id="en-no-earlier-sides",
        ),
        # the earlier balance is not compared with in the balance's sentence
        pytest.param(
            "Exports in March fell 4.0% to $48.0bn from $50.0bn a year earlier. "
            "Imports in March rose 5.0% to $63.0bn from $60.0bn a year earlier.\n\n"
            "The trade deficit in March was $15.0bn. A year earlier the deficit stood at $14.0bn.",
            id="en-earlier-balance-apart",
        ),
        pytest.param(
            "3월 수출은 630억달러로 5% 증가했다. 수입액은 560억달러로 1.8% 늘었다.\n\n"
            "3월 무역수지는 70억달러 흑자로 전년 동월 90억달러 흑자에서 확대됐다.",
            id="ko-no-earlier-sides",
        ),
    ],
)
def test_earlier_trade_balances_left_unchecked(knowledge, text):
    assert_not_checked(knowledge, text, "F324")


_CASES = (
    "The tally rose by 2,100 to 40,000 cases on Monday, the ministry said.\n\n"
    "The number of active cases stood at 27,000 while 12,000 people have recovered and {moved} have migrated. "
    "The death toll rose to 990.\n\n{share}"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            _CASES.format(moved="10", share="Thus, around 30 per cent patients have recovered so far."),
            False,
            id="en-recovered-share-holds",
        ),
        pytest.param(
            _CASES.format(moved="10", share="Thus, around 45 per cent patients have recovered so far."),
            True,
            id="en-recovered-share-misstated",
        ),
        pytest.param(
            _CASES.format(moved="10", share="Officials said 30% of patients have recovered."),
            False,
            id="en-recovered-share-of-holds",
        ),
        pytest.param(
            _CASES.format(moved="10", share="Officials said 60% of patients have recovered."),
            True,
            id="en-recovered-share-of-misstated",
        ),
    ],
)
def test_a_share_of_cases_in_one_state(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two breakdowns with a recovered count: which total the share is of is not said
        pytest.param(
            "The country has 40,000 cases — 27,000 are active, 12,000 people have recovered and 1,000 died. "
            "The state has 9,000 cases — 5,000 are active, 3,500 people have recovered and 500 died.\n\n"
            "Thus, around 45 per cent patients have recovered so far.",
            id="en-two-breakdowns",
        ),
        # no listed count in the share's state
        pytest.param(
            _CASES.format(moved="10", share="Thus, around 45 per cent patients have been discharged so far."),
            id="en-other-state",
        ),
    ],
)
def test_case_shares_left_unlinked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
