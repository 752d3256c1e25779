"""False alarms of the twenty-fifth session's first round on clean copy (the English lane of its review), each
narrowed as a rule for a construction, the round's readings kept:
- a share followed by `of those` (or `of the number`) and a verb is of the figure that verb stands before only when
  the verb closes its clause (a comma, a stop, `but`: `[link.clause_ends]`); words after it (`of those logged by
  ferries`, `of those replaced a year earlier`) narrow the pool to a part or another period
  (checker/link/shares_of_those_verbed.py);
- a share that names its pool after `of the` (`[link.pool_share_of_the]`) names the figure before only with one noun
  closing its clause (`of the network`); more words (`of its northern network`, `of its foreign crew`) narrow it to
  another whole (checker/link/parts_opening_of_which.py, part_of_whole_shares.py, of_which_shares.py);
- a defined rate (a loss ratio, a margin) whose sentence opens with a phrase set off by a comma naming a segment
  (`[link.segment_nouns]`) or closed by `alone` (`[link.segment_alone_marks]`) is that segment's, not of the whole's
  figures (checker/link/margin_bases.py);
- a multiple named after it by a noun phrase (`2.5 times its installed fleet`) is of the figure that phrase names
  only when: the multiple's value is the figure right before it; the two are of one company (or one names none); and
  every other word of the phrase (`sold online`) is said in the named figure's clause
  (checker/link/multiples_of_noun_after.py);
- a price whose per-unit mark follows it (`an average of NZ$12 a kilogram`) is the lead's takings over the measure
  beside it only when they are of one period, no part of the lead's unit is named nearer (`of which oyster sales
  were …`), and no other seller is the verb's subject (`rival growers received`: `[link.other_seller_marks]`); a
  measure broken into parts nearer the price (`exporters took 25 tonnes and bakers the remaining 15`) leaves
  which it is over unsaid (checker/link/per_unit_apart.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked


def assert_quiet(knowledge, text: str) -> None:
    """No error and no warning of any rule on the text."""
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [(f.rule, f.message) for f in result.findings]


# ---------------------------------------------------------------- `Z of those VERBed` + more words

_CALLS = "The Pellow port logged 8,000 ship calls in the year. Pilots boarded 2,000 calls, {rate} of those logged."


@pytest.mark.parametrize("rate,fires", [("25 per cent", False), ("35 per cent", True)])
def test_a_share_of_those_verbed_closing_its_clause_is_still_read(knowledge, rate, fires):
    assert_checked(knowledge, _CALLS.format(rate=rate), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Pellow port authority logged 8,000 ship calls in the year, 1,500 of them by ferries. "
        "Ferry operators paid late fees on 60 calls, 4 per cent of those logged by ferries.",
        "The Orrin water board replaced 60,000 valves this year, against 50,000 valves in 2025. "
        "Faulty valves from 2025 numbered 2,000, 4 per cent of those replaced a year earlier.",
        "The Pellow port authority logged 8,000 ship calls in the year. "
        "Pilots boarded 2,000 calls, 35 per cent of those logged in the spring.",
    ],
)
def test_a_share_of_those_verbed_with_words_after_the_verb_is_of_no_figure(knowledge, text):
    assert_quiet(knowledge, text)


# ---------------------------------------------------------------- `or Z of its <qualifier> <noun>`

_FORECOURTS = (
    "The Vesta garage group ended the year with 400 forecourts, up from 370. "
    "Of those, 60 are motorway sites, or {rate} of the network."
)


@pytest.mark.parametrize("rate,fires", [("15 per cent", False), ("25 per cent", True)])
def test_a_share_naming_its_pool_by_one_noun_is_of_the_level_before(knowledge, rate, fires):
    assert_checked(knowledge, _FORECOURTS.format(rate=rate), "F503", fires)


_HARVESTERS = "The Selwyn vineyard hired 200 harvesters in September, of whom 50 were students, or {rate}."


@pytest.mark.parametrize("rate,fires", [("25%", False), ("35%", True)])
def test_a_part_after_of_whom_with_a_bare_share_is_still_read(knowledge, rate, fires):
    assert_checked(knowledge, _HARVESTERS.format(rate=rate), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Vesta garage group ended the year with 400 forecourts, up from 370. "
        "Of those, 60 are motorway sites, or 30 per cent of its northern network.",
        "The Selwyn vineyard hired 200 harvesters in September, of whom 50 were from Portugal, or 40% of its foreign "
        "crew.",
        "The Oxley hostel has 80 beds, and 12 of them are in dorms, or 30% of its shared rooms.",
    ],
)
def test_a_share_of_a_pool_narrowed_by_more_words_is_of_another_whole(knowledge, text):
    assert_quiet(knowledge, text)


# ---------------------------------------------------------------- `On X alone, the loss ratio was Z`

_PREMIUMS = "Fenmoor Assurance took in earned premiums of $800m in the year and claims paid came to $560m{rest}"


@pytest.mark.parametrize(
    "rest,fires",
    [
        (", a loss ratio of 70%.", False),
        (", a loss ratio of 80%.", True),
        (". For the year, the loss ratio was 80%.", True),
    ],
)
def test_a_loss_ratio_of_the_whole_is_still_checked(knowledge, rest, fires):
    assert_checked(knowledge, _PREMIUMS.format(rest=rest), "F318", fires)


@pytest.mark.parametrize(
    "rest",
    [". On its marine book alone, the loss ratio was 85%.", ". In its travel division, the loss ratio was 85%."],
)
def test_a_rate_after_a_fronted_segment_is_the_segments(knowledge, rest):
    assert_quiet(knowledge, _PREMIUMS.format(rest=rest))


# ---------------------------------------------------------------- `N times its <noun>`

_FLEET = "Brisk Wind's installed fleet reached 1,200 megawatts in March.\n\n{second}"


@pytest.mark.parametrize(
    "second,fires",
    [
        ("Its backlog stands at 3.0 GW, 2.5 times its installed fleet.", False),
        ("Its backlog stands at 3.0 GW, 3.5 times its installed fleet.", True),
    ],
)
def test_a_multiple_of_a_noun_after_it_is_still_read(knowledge, second, fires):
    assert_checked(knowledge, _FLEET.format(second=second), "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        _FLEET.format(second="Its rival Hallow Power has a backlog of 3.0 GW, 1.5 times its installed fleet."),
        _FLEET.format(
            second="Its backlog stands at 3.0 GW, 2.5 times its installed fleet, and its pipeline at 6 GW, or four "
            "times the fleet."
        ),
        "The Lindell book fair sold 30,000 passes over five days, 12,000 of them online.\n\n"
        "The outdoor stage drew 48,000 visits, 4 times the number of passes sold online.",
    ],
)
def test_a_multiple_of_another_owner_part_or_value_is_not_read(knowledge, text):
    assert_quiet(knowledge, text)


# ---------------------------------------------------------------- `…, and the company received NZ$P a kilogram`

_OYSTERS = "Tarrow Oysters grew sales this year.\n\nRevenue was NZ$20.0 million. {second}"


@pytest.mark.parametrize(
    "second,fires",
    [
        ("The harvest rose to 1,000 tonnes, and the company received an average of NZ$20 a kilogram.", False),
        ("The harvest rose to 1,000 tonnes, and the company received an average of NZ$26 a kilogram.", True),
    ],
)
def test_a_price_after_the_measure_sold_is_the_leads_takings_over_it(knowledge, second, fires):
    assert_checked(knowledge, _OYSTERS.format(second=second), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Tarrow Oysters grew sales this year.\n\nRevenue was NZ$20.0 million, of which oyster sales were NZ$12 "
        "million. The harvest rose to 1,000 tonnes, and the company received an average of NZ$12 a kilogram for its "
        "oysters.",
        _OYSTERS.format(
            second="The harvest rose to 1,000 tonnes, and rival Kaipo Shellfish received an average of NZ$25 a kilo."
        ),
        "Tarrow Oysters grew sales this year.\n\nRevenue was NZ$20.0 million, up from NZ$17.0 million. Last year the "
        "harvest was 1,000 tonnes, and the company received an average of NZ$17 a kilogram.",
        "Vanilla growers harvested 40 tonnes this year.\n\nBy market, exporters took 25 tonnes and local bakers the "
        "remaining 15 tonnes. Export sales reached NZ$20 million, an average of NZ$800 a kilogram.",
    ],
)
def test_a_price_of_a_part_another_seller_or_another_year_is_not_the_leads(knowledge, text):
    assert_quiet(knowledge, text)
