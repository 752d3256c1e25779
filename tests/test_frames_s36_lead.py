"""A length of time written as a ten joined to a unit (`twenty-two years later`, `thirty one days`) is one number:
its unit word alone (`two years later`) was read as the length and raised a false F406 (checker/extract/time.py,
checker/link/elapsed.py `span_counts`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, rule_checked, rule_fires

ELAPSED = "F406"


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin mill opened in 1998. Twenty-two years later, in 2020, it closed.",
        "The Orrin mill opened in 1998. It closed twenty-two years later, in 2020.",
        "The Orrin mill opened in 1981. Forty three years later, in 2024, it was listed.",
    ],
)
def test_a_compound_length_is_read_whole_and_holds(knowledge, text):
    assert rule_checked(knowledge, text, ELAPSED)
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin mill opened in 1998. Twenty-five years later, in 2020, it closed.",
        "The Orrin mill opened in 1981. Forty-one years later, in 2024, it was listed.",
    ],
)
def test_a_wrong_compound_length_is_reported(knowledge, text):
    assert rule_fires(knowledge, text, ELAPSED)


def test_a_unit_word_after_a_hyphen_is_no_length_of_its_own(knowledge):
    # (a model name, no number of years: nothing to check, nothing to report)
    text = "The Orrin mill opened in 1998. The Mark-two years later replaced it, in 2020."
    assert ELAPSED not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a share whose sentence opens on the deal reported
# (checker/link/identities.py beside checker/link/named_wholes_of_shares.py: `이번 계약 금액은 매출의 Z%` is a share of
# the deal's amount, not of the figure of the accounts the sentence before ends on, in any paragraph)

_DEAL_KO = (
    "솔밭농기계는 베트남 농기계 유통사와 이앙기 800대를 공급하는 27억 원 규모의 계약을 맺었다고 3일 밝혔다.\n"
    "회사는 내년 봄까지 물량을 나눠 보낸다.\n"
    "솔밭농기계의 상반기 매출은 60억 원으로 지난해 같은 기간보다 늘었다. 상반기 영업이익은 5억1천만 원으로 "
    "영업이익률이 8.5%였다. 이번 수출 계약 금액은 상반기 매출의 {share} 수준이다.\n"
)


def test_a_share_of_the_deal_takes_no_figure_of_the_accounts_before(knowledge):
    # 5억1천만 / 60억 = 8.5%: read as the part, the stated 45% would be a false F503
    assert "F503" not in alarm_rules(knowledge, _DEAL_KO.format(share="45%"))


# ---------------------------------------------------------------- a whole a noun names, apart
# (checker/link/identities.py): a per-unit figure beside the whole is no second level of its noun; an unlinked earlier
# level beside it is, and then which one the share is of is not said (a share that is the object of another verb, no
# level of the figure before it: tests/test_frames_s9_ratio.py)

_WHOLE_PER_KG = (
    "늘봄군의 올해 감자 판매액은 2천400억 원으로 ㎏당 3천 원꼴이었다.\n\n"
    '늘봄농협 관계자는 "온라인 주문이 전체 판매의 {share}, 약 720억 원 규모"라고 말했다.\n'
)


def test_a_share_of_a_named_whole_apart_passes_beside_a_figure_per_unit(knowledge):
    assert rule_checked(knowledge, _WHOLE_PER_KG.format(share="30%"), "F503", language="ko")
    assert "F503" not in alarm_rules(knowledge, _WHOLE_PER_KG.format(share="30%"))


def test_a_share_of_a_named_whole_apart_that_does_not_hold_is_reported(knowledge):
    assert rule_fires(knowledge, _WHOLE_PER_KG.format(share="45%"), "F503", language="ko")


def test_two_levels_of_the_noun_leave_the_whole_unsaid(knowledge):
    text = (
        "늘봄군의 올해 감자 판매액은 2천400억 원, 3년 전에는 1천800억 원이었다.\n\n"
        "온라인 주문은 720억 원으로 전체 판매의 40% 수준이다.\n"
    )
    assert not rule_checked(knowledge, text, "F503", language="ko")
