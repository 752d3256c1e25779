"""Ratios, differences and points stated across clauses and sentences (issue 11).

Every sentence here is written for this test; none comes from an article.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings


def assert_checked(knowledge, text: str, rule: str, fires: bool) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def assert_not_checked(knowledge, text: str, rule: str) -> None:
    """The rule neither fires nor lists a relation as checked: the figures were not related."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert rule not in [p.rule for p in result.passed], [p.message for p in result.passed]


# ---------------------------------------------------------------- a balance and its sides in other sentences
BALANCES_APART = [
    pytest.param(
        "Norland posted a 52.4 billion yen ($480 million) trade deficit in June, the ministry said. "
        "Exports fell 3.2 per cent to 6.10 trillion yen in June. "
        "Imports rose 1.5 per cent to 6.15 trillion yen in June.",
        False,
        id="en-deficit-before-its-sides-holds",
    ),
    pytest.param(
        "Norland posted a 152.4 billion yen ($1.4 billion) trade deficit in June, the ministry said. "
        "Exports fell 3.2 per cent to 6.10 trillion yen in June. "
        "Imports rose 1.5 per cent to 6.15 trillion yen in June.",
        True,
        id="en-deficit-before-its-sides-broken",
    ),
    pytest.param(
        "Westmark had a $3.1bn trade surplus in March. In March its exports were $25.4bn. "
        "Imports in March came to $22.3bn.",
        False,
        id="en-surplus-before-its-sides-holds",
    ),
    pytest.param(
        "5월 무역수지는 18억달러 적자를 기록했다. 5월 수출은 520억달러로 작년보다 3% 줄었다. "
        "5월 수입액은 538억달러였다.",
        False,
        id="ko-deficit-before-its-sides-holds",
    ),
    pytest.param(
        "5월 무역수지는 28억달러 적자를 기록했다. 5월 수출은 520억달러로 작년보다 3% 줄었다. "
        "5월 수입액은 538억달러였다.",
        True,
        id="ko-deficit-before-its-sides-broken",
    ),
    pytest.param(
        "5월 수출은 520억달러로 작년보다 3% 줄었다. 5월 수입액은 509억달러였다. "
        "이에 따라 5월 무역수지는 11억달러 흑자였다.",
        False,
        id="ko-surplus-after-its-sides-holds",
    ),
]


@pytest.mark.parametrize("text,fires", BALANCES_APART)
def test_a_balance_with_its_sides_in_other_sentences(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the balance's period is not written: the sides of May are not its sides
        pytest.param(
            "무역수지는 28억달러 적자를 기록했다. 5월 수출은 520억달러였다. 5월 수입액은 538억달러였다.",
            id="ko-balance-of-no-written-period",
        ),
        # two figures of exports for the month (a first count and a revision): which one is the side is not known
        pytest.param(
            "Westmark had a $9.1bn trade surplus in March. In March its exports were $25.4bn. A later count put "
            "exports in March at $26.0bn. Imports in March came to $22.3bn.",
            id="en-two-export-figures-of-the-period",
        ),
        pytest.param(
            "Westmark had a $9.1bn trade surplus in March. In March its exports were $25.4bn, and car exports "
            "in March were $6.2bn. Imports in March came to $22.3bn.",
            id="en-exports-and-a-part-of-them-in-the-period",
        ),
        # sides of another period than the balance's
        pytest.param(
            "Westmark had a $9.1bn trade surplus in March. In February its exports were $25.4bn. "
            "Imports in February came to $22.3bn.",
            id="en-sides-of-another-period",
        ),
    ],
)
def test_a_balance_apart_from_figures_that_may_not_be_its_sides_is_not_checked(knowledge, text):
    assert_not_checked(knowledge, text, "F313")


@pytest.mark.parametrize(
    "text,number",
    [
        ("Norland posted a 52.4 billion yen ($480 million) trade deficit in June.", "52.4 billion yen"),
        ("The country ran a $4.2bn trade deficit in May.", "$4.2bn"),
        ("Westmark recorded a 3.6 billion euro trade deficit last year.", "3.6 billion euro"),
    ],
)
def test_a_deficit_named_after_the_number_makes_the_balance_negative(knowledge, text, number):
    claimset = claims(text, knowledge)
    by_text = {c.text.strip(): c.id for c in claimset.claims}
    assert by_text[number] in claimset.deficits


def test_a_surplus_named_after_the_number_is_no_deficit(knowledge):
    claimset = claims("Westmark had a $3.1bn trade surplus in March, after a $1.2bn deficit in February.", knowledge)
    by_text = {c.text.strip(): c.id for c in claimset.claims}
    assert by_text["$3.1bn"] not in claimset.deficits
