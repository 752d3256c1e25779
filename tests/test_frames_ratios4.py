"""Ratios on real copy, part 4: each construction on sentences written for this test."""

from __future__ import annotations

import pytest
from helpers import claims, findings
from test_frames import assert_checked, assert_not_checked, document

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


# A dividend cover (earnings over the dividend, a multiple) and the payout ratio stated with it (the dividend
# over earnings): the payout is 100% over the cover.
PAYOUT_COVERS = [
    pytest.param(
        "The grocer expects a dividend cover of around 2 times earnings, an earnings payout ratio of about 50%.",
        False,
        id="en-one-sentence-holds",
    ),
    pytest.param(
        "The grocer expects a dividend cover of 2 times earnings, an earnings payout ratio of 70%.",
        True,
        id="en-one-sentence-broken",
    ),
    pytest.param(
        "The brewer said its dividend was covered 2.5 times by earnings. That is a payout ratio of 40%, "
        "the board said.",
        False,
        id="en-next-sentence-holds",
    ),
    pytest.param(
        "The brewer said its dividend was covered 2.5 times by earnings. That is a payout ratio of 25%, "
        "the board said.",
        True,
        id="en-next-sentence-broken",
    ),
    pytest.param(
        "The insurer will keep a payout ratio of 25% over the cycle. Its dividend cover of four times "
        "earnings is the highest in the sector.",
        False,
        id="en-payout-first-holds",
    ),
    pytest.param("한빛유통은 배당 커버 2.5배, 배당성향 40%를 목표로 한다고 밝혔다.", False, id="ko-one-sentence-holds"),
    pytest.param("한빛유통은 배당 커버 2.5배, 배당성향 60%를 목표로 한다고 밝혔다.", True, id="ko-one-sentence-broken"),
    pytest.param(
        "누리금융의 배당커버리지는 약 2배다. 회사는 배당성향을 약 50%로 유지하겠다고 밝혔다.",
        False,
        id="ko-next-sentence-holds",
    ),
    pytest.param(
        "누리금융의 배당커버리지는 4배다. 회사는 배당성향을 50%로 유지하겠다고 밝혔다.",
        True,
        id="ko-next-sentence-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PAYOUT_COVERS)
def test_a_payout_ratio_is_its_dividend_cover_inverted(knowledge, text, fires):
    assert_checked(knowledge, text, "F506", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two payout ratios beside one cover: which restates it is not said
        pytest.param(
            "The grocer expects a dividend cover of 2 times earnings. Its payout ratio was 45% last year and "
            "rivals keep a payout ratio of 70%.",
            id="en-two-payouts",
        ),
        # the payout is paragraphs away: another statement
        pytest.param(
            "The grocer expects a dividend cover of 2 times earnings.\n\nShares rose 3%.\n\n"
            "Its payout ratio was 70% a decade ago.",
            id="en-other-paragraph",
        ),
        # two companies set apart by `while`, and a cover and a payout of two years (`up from`)
        pytest.param(
            "The grocer has a dividend cover of 2 times, while its rival has a payout ratio of 70%.",
            id="en-two-companies",
        ),
        pytest.param(
            "The grocer targets a dividend cover of 2 times by 2021, up from a payout ratio of 70% in 2018.",
            id="en-two-years",
        ),
        pytest.param("한빛유통은 배당 커버가 2배인 반면 경쟁사의 배당성향은 70%다.", id="ko-two-companies"),
        # a cover of another thing (`interest cover`) is no dividend cover
        pytest.param(
            "The grocer's interest cover of 4 times is strong, and its payout ratio of 70% is high.",
            id="en-interest-cover",
        ),
    ],
)
def test_a_payout_ratio_without_its_one_cover_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F506")
