"""Ratios on real copy, part 4: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import claims, findings
from test_frames import assert_checked, document

# A multiple of a noun stated twice with no figure beside it (a headline, then a sub-headline), where the noun
# names a pair of amounts in one currency and the same pair restated in another (summary bullets in won, the
# body in pounds or dollars): the first multiple is of the first pair, the second of the next, so each pair is
# checked, and the two multiples are still one fact restated (both pairs convert at one rate).
_TWO_CURRENCIES = (
    "이적 공격수 주급 4배 상승\n\n▲현재 주급 4000만 원 ▲새 조건 주급 1억6000만 원\n\n"
    "그는 새 구단에서 주급 네 배 오른다. 지금까지 받은 주급은 2만5000 파운드다. 새 구단에서 받을 주급은 {new}다."
)
_DOLLARS = (
    "재계약 투수 연봉 3배 증가\n\n▲지난해 연봉 2억4000만원 ▲올해 연봉 7억2000만원\n\n"
    "그의 연봉 세 배로 올라 화제다. 지난해 연봉은 20만 달러였다. 올해 연봉은 {new}로 정해졌다."
)


@pytest.mark.parametrize(
    "text,second_pair",
    [
        pytest.param(_TWO_CURRENCIES.format(new="10만 파운드"), ("10만 파운드", "2만5000 파운드"), id="ko-pounds"),
        pytest.param(_DOLLARS.format(new="60만 달러"), ("60만 달러", "20만 달러"), id="ko-dollars"),
    ],
)
def test_a_multiple_stated_again_is_of_the_pair_restated_in_another_currency(knowledge, text, second_pair):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    multiples = [c for c in found if c.kind == "multiple"]
    assert len(multiples) == 2
    first, second = multiples
    assert by_id.get(first.change_of) is not None and "원" in by_id[first.change_of]
    assert (by_id.get(second.change_of), by_id.get(second.compared_to)) == second_pair
    result = findings(knowledge, document(text), select=["F304", "F405"], show_passed=True)
    assert [f.rule for f in result.findings] == []
    assert [p.rule for p in result.passed].count("F304") == 2, "each pair is checked"
    assert "F405" in [p.rule for p in result.passed], "the multiple stated twice is one fact restated"


@pytest.mark.parametrize(
    "text,fires",
    [
        # the won pair holds (×4.45) and the pound pair, at a rate 4% off the won pair's, is ×4.64: the second
        # multiple checks the pounds
        pytest.param(
            _TWO_CURRENCIES.format(new="11만6000 파운드").replace("1억6000만 원", "1억7800만 원"),
            True,
            id="ko-pounds-pair-off",
        ),
        pytest.param(_TWO_CURRENCIES.format(new="10만 파운드"), False, id="ko-pounds-pair-holds"),
        pytest.param(
            _DOLLARS.format(new="70만 달러").replace("7억2000만원", "8억3000만원"), True, id="ko-dollars-pair-off"
        ),
    ],
)
def test_each_currency_pair_is_checked_on_its_own(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the pounds are not the won pair restated (×10 at two rates): the second multiple stays on the won pair
        pytest.param(_TWO_CURRENCIES.format(new="25만 파운드"), id="ko-pounds-at-another-rate"),
        # counts are no currency restatement of the amounts
        pytest.param(
            "신생 업체 매출 3배 증가\n\n▲지난해 매출 120억원 ▲올해 매출 360억원\n\n"
            "업체 매출 세 배로 늘었다. 지난해 매출은 2만 건이었다. 올해 매출은 6만 건이다.",
            id="ko-counts-not-restated",
        ),
    ],
)
def test_a_pair_in_another_unit_at_another_rate_is_not_the_same_pair(knowledge, text):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    first, second = [c for c in found if c.kind == "multiple"]
    assert (by_id.get(second.change_of), by_id.get(second.compared_to)) == (
        by_id.get(first.change_of),
        by_id.get(first.compared_to),
    )
