"""False alarms found by a review of the thirty-first session's readings, each closed by a structural veto:

- `the other X` with a relative clause of its own subject (`the other £20,000 it raised went …`) is the giver's other
  money, not the rest of the pool a part is drawn from (rules/lang/en.toml `[link.rest_own_clause]`,
  checker/link/totals.py);
- a generic whole noun with a modifier of its own (`the year's wage bill`) names another pot than the lead's total
  (checker/link/share_fallback.py);
- a Korean share naming its whole with a noun + `의` not in the breakdown's sentence is not of that breakdown
  (checker/link/share_fallback_ko.py);
- a Korean multiple whose subject names another metric than the figures' links nothing
  (checker/link/multiples_of_stated_base_ko.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules


@pytest.mark.parametrize(
    "text",
    [
        "The trust gave £46,000 towards a £90,000 roof last year, and the other £20,000 it raised went to repairing"
        " the bells.",
        "The club put £10,000 towards a £250,000 pavilion, and the other £5,000 it had saved went on new nets.",
        "The hospital raised £300,000 towards a £1m scanner; the other £150,000 it raised went on beds.",
    ],
)
def test_other_money_of_the_giver_is_no_rest_of_the_pool(knowledge, text: str) -> None:
    assert "F302" not in alarm_rules(knowledge, text)


def test_a_whole_noun_with_its_own_modifier_is_another_pot(knowledge) -> None:
    text = "The farm sold £1.2m of fruit this year. Its 30 pickers earned £300,000, a third of the year's wage bill."
    assert "F503" not in alarm_rules(knowledge, text)


_ORCHARDS = "마을의 과수원은 모두 120곳으로, 윗마을 70곳, 아랫마을 50곳이다. 윗마을은 {whole} 40%를 차지한다."


@pytest.mark.parametrize("whole", ["사과 생산량의", "어획량의", "전기 사용량의", "지출액의", "예산의", "외래 환자의"])
def test_a_korean_share_of_another_named_whole(knowledge, whole: str) -> None:
    assert "F503" not in alarm_rules(knowledge, _ORCHARDS.format(whole=whole))


def test_a_korean_share_of_sales_after_a_trade_breakdown(knowledge) -> None:
    text = "항구의 물동량은 90만 톤으로, 수출 60만 톤, 수입 30만 톤이다. 수입은 매출의 50%를 차지했다."
    assert "F503" not in alarm_rules(knowledge, text)


def test_a_korean_multiple_of_another_metric(knowledge) -> None:
    text = "8월 매출은 6억 원으로 1월(3억 원)보다 많았고, 8월 관광객은 1월의 세 배였다."
    assert "F304" not in alarm_rules(knowledge, text)
