"""English ratios on copy never seen (forty-third session, lane `ratio_en`).

- A price per a noun and the total it brings in, the count of the noun stated before among the story's other counts
  of it (checker/link/unit_prices.py `_counts_of_all_units`): the level the story states, past its earlier level
  and the change stated beside it (`up from 48`), an addition's size (`The 12 new teams`), a part set after its share
  (`a third of all the teams, 20`), a listed part, and a count per unit (`host six teams each`); a count of another
  time in a sentence of its own leaves which count unsaid.
- Past the clause the total closes (`, and sponsors added £5,000`, `, while hall hire …`: `[link.price_total_closers]`)
  the figures are another source's, no rival total.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, rule_result

PER_UNIT = "F317"


def _checked(knowledge, text: str, fires: bool, rule: str = PER_UNIT) -> None:
    assert_checked(knowledge, text, rule, fires)


def _pairs(knowledge, text: str, rule: str = PER_UNIT) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


def _not_linked(knowledge, text: str, price: str, total: str) -> None:
    assert not any({price, total} <= touched for touched in _pairs(knowledge, text)), _pairs(knowledge, text)


# ---------------------------------------------------------------- a price per a noun over the story's count of it

_PRICED = [
    (
        "The darts league will field 60 teams next season, up from 48 last year. The 12 new teams come from two "
        "new clubs. A third of all the teams, 20, are women's sides.\n\nEntry costs £40 a team, bringing in {total} "
        "to cover trophies."
    ),
    (
        "The regatta drew 60 boats this year, up from 52. Keelboats made up 14 of the entries.\n\nEntry fees of £40 "
        "a boat brought in {total}, and sponsors added £5,000, giving an income of £7,400."
    ),
    (
        "The quiz league has 60 teams this winter, against 45 last year, an increase of 15.\n\nRegistration at £40 "
        "a team raised {total}, while hall hire at £20 a night came to £400."
    ),
    (
        "The chess club now has 60 members, up from 51 a year ago. Its two halls host 30 members each on club "
        "nights.\n\nFees of £40 a member bring in {total} a year, and a grant adds £500."
    ),
    (
        "Sixty teams will enter the county netball league this season, up from 54. Fees will stay at £40 a team, "
        "raising {total} for umpires' expenses."
    ),
]


@pytest.mark.parametrize("text", _PRICED)
@pytest.mark.parametrize(("total", "fires"), [("£2,400", False), ("£3,600", True)])
def test_a_price_per_a_noun_values_the_story_count_of_it(knowledge, text, total, fires):
    _checked(knowledge, text.format(total=total), fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a count of another time in a sentence of its own: which count the price values, unsaid)
        "The choir has 64 singers this season.\n\nLast year 58 singers took part.\n\nSubscriptions of £30 a singer "
        "brought in £1,920.",
        # (two levels of the noun, neither beside the other: which one, unsaid)
        "The league had 40 teams in the spring.\n\nBy the autumn it had 44 teams.\n\nEntry at £25 a team raised "
        "£1,100.",
        # (a second amount in the total's own clause: which one the units come to, unsaid)
        "The regatta drew 60 boats this year, up from 52.\n\nEntry fees of £40 a boat brought in £2,400 and £300 "
        "in gifts.",
    ],
)
def test_a_price_over_counts_of_two_levels_is_not_linked(knowledge, text):
    price = "£30" if "£30" in text else "£25" if "£25" in text else "£40"
    total = "£1,920" if "£1,920" in text else "£1,100" if "£1,100" in text else "£2,400"
    _not_linked(knowledge, text, price, total)
