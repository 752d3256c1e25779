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
  every other word of the phrase (`issued free`) is said in the named figure's clause
  (checker/link/multiples_of_noun_after.py);
- a price whose per-unit mark follows it (`an average of £15 a kilogram`) is the lead's takings over the measure
  beside it only when they are of one period, no part of the lead's unit is named nearer (`of which honey sales
  were …`), and no other seller is the verb's subject (`rival apiaries received`: `[link.other_seller_marks]`); a
  measure broken into parts nearer the price (`merchants took 18 tonnes and restaurants the remaining 12`) leaves
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

_BAKERIES = (
    "The Corrie bakery chain closed 2025 with 250 shops, compared with 210 in 2024. "
    "Of those, 40 are station kiosks, or {rate} of the chain."
)


@pytest.mark.parametrize("rate,fires", [("16 per cent", False), ("26 per cent", True)])
def test_a_share_naming_its_pool_by_one_noun_is_of_the_level_before(knowledge, rate, fires):
    assert_checked(knowledge, _BAKERIES.format(rate=rate), "F503", fires)


_HARVESTERS = "The Selwyn vineyard hired 200 harvesters in September, of whom 50 were students, or {rate}."


@pytest.mark.parametrize("rate,fires", [("25%", False), ("35%", True)])
def test_a_part_after_of_whom_with_a_bare_share_is_still_read(knowledge, rate, fires):
    assert_checked(knowledge, _HARVESTERS.format(rate=rate), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Corrie bakery chain closed 2025 with 250 shops, compared with 210 in 2024. "
        "Of those, 40 are station kiosks, or 20 per cent of its Scottish chain.",
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
        "The Pellsworth craft show issued 22,000 wristbands over six days, 9,000 of them free.\n\n"
        "Its riverside marquee counted 27,000 entries, 3 times the number of wristbands issued free.",
    ],
)
def test_a_multiple_of_another_owner_part_or_value_is_not_read(knowledge, text):
    assert_quiet(knowledge, text)


# ---------------------------------------------------------------- `…, while the firm received £P a kilogram`

_HONEY = "Kellin Honey had a strong season.\n\nTurnover was £6.0 million. {second}"


@pytest.mark.parametrize(
    "second,fires",
    [
        ("Its hives yielded 400 tonnes this year, while the firm received an average of £15 a kilogram.", False),
        ("Its hives yielded 400 tonnes this year, while the firm received an average of £19 a kilogram.", True),
    ],
)
def test_a_price_after_the_measure_sold_is_the_leads_takings_over_it(knowledge, second, fires):
    assert_checked(knowledge, _HONEY.format(second=second), "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Kellin Honey had a strong season.\n\nTurnover was £6.0 million, of which honey sales were £3.6 million. "
        "Its hives yielded 400 tonnes this year, while the firm received an average of £9 a kilogram for its honey.",
        _HONEY.format(
            second="Its hives yielded 400 tonnes this year, while rival Dunmere Apiaries received an average of £18 a "
            "kilo."
        ),
        "Kellin Honey had a strong season.\n\nTurnover was £6.0 million, up from £5.2 million. A year earlier the "
        "hives yielded 400 tonnes, while the firm received an average of £13 a kilogram.",
        "Saffron farms picked 30 tonnes this season.\n\nBy buyer, spice merchants took 18 tonnes and restaurants the "
        "remaining 12 tonnes. Merchant sales reached £9 million, an average of £500 a kilogram.",
    ],
)
def test_a_price_of_a_part_another_seller_or_another_year_is_not_the_leads(knowledge, text):
    assert_quiet(knowledge, text)
