"""English shares (twenty-third session), each a rule for a construction:
- a share stated as a percentage and restated at once as a fraction in words, after a comma (`or`, `that is` may
  stand before it) and the words of the percentage's whole (`£9m, or 56.3% of income, more than half`, `18.0%,
  almost one in five`, `39.9% of turnover, or two fifths`): the fraction, ending its clause, restates the percentage
  (checker/link/shares_restated_as_fractions.py), checked by the ratio kind (F508). A fraction followed by more words
  (`half its level of 2019`, `a fifth more than`, `a third of whom`) or after a change (`up 50%, half …`) is another
  figure, and is left alone;
- a bare whole number after a verb that makes it a part (`numbered`, `made up`, `totalled`) with its share appended
  after `, or` (`Exhibitors from abroad made up 611, or 41%`) is a count, of the plural noun opening its sentence or
  of none (checker/extract/quantities.py), whose whole the share rules find; an age or a size (`aged 3`, `under 10`)
  or a number set apart by commas with no such verb is none;
- a share hedged by `a little over`, `slightly more than`, `a little under` (bounds like `just over`) is read with its
  hedge, so it stands right after its part's comma (`9,600 tonnes, a little over a tenth of the crop`);
- a sentence opening on its whole (`Of 1,800 letters,`, `Of the 250 applicants,`: `Of` with or without a determiner),
  then the part and the part's own clause, then a comma or a colon and the share (a percentage or a fraction) ending
  its clause (`Of 1,800 letters, 600 opposed the plan: one in three`): the part's share of that whole
  (checker/link/wholes_opening.py). A share with more words after it (`a third of them to rivals`, `20% more than
  last year`) is of another whole, or a change.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `56.3% of income, more than half`

_LEGACIES = "Gifts in wills brought Harlow Cats Trust £4.1m, or {rate} of its income, more than half."


@pytest.mark.parametrize("rate,fires", [("56.3%", False), ("45.2%", True)])
def test_a_percentage_of_a_whole_restated_as_more_than_a_fraction(knowledge, rate, fires):
    assert_checked(knowledge, _LEGACIES.format(rate=rate), "F508", fires)


_VISITORS = "Visitors from abroad accounted for 9,300 of the tickets, or {rate}, almost one in five."


@pytest.mark.parametrize("rate,fires", [("18.6%", False), ("24.0%", True)])
def test_a_bare_percentage_restated_as_almost_one_in_n(knowledge, rate, fires):
    assert_checked(knowledge, _VISITORS.format(rate=rate), "F508", fires)


_WAGES = "Player wages at Dunmore Rovers rose to £3.2m, {rate} of turnover, or two fifths."


@pytest.mark.parametrize("rate,fires", [("40.3%", False), ("31.0%", True)])
def test_a_percentage_restated_after_or_as_a_bare_fraction(knowledge, rate, fires):
    assert_checked(knowledge, _WAGES.format(rate=rate), "F508", fires)


_PLOTS = "Garden plots now cover {rate} of the estate, that is about two thirds; the rest is woodland."


@pytest.mark.parametrize("rate,fires", [("68.1%", False), ("52.0%", True)])
def test_a_percentage_restated_after_that_is_with_a_hedge(knowledge, rate, fires):
    assert_checked(knowledge, _PLOTS.format(rate=rate), "F508", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a fraction with more words after it is another figure: a multiple of an earlier level
        "Support for the Greens fell to 12.0%, half its level of 2019.",
        # a share of another whole (`of whom`)
        "Turnout reached 61.0%, a third of whom voted by post.",
        # a fraction of a change: how much more
        "Its share of the market is 30.0%, a fifth more than a year earlier.",
        # a change, not a share
        "Ticket sales rose 48%, almost half again, to 9,200.",
        # the fraction opens the next clause's own figure
        "Rents take 38.0% of income, and a quarter of tenants are behind.",
        # a run of shares of several subjects: the fraction is another subject's
        "The Reform list won 40%, the Greens a third, and the Liberals 10%.",
        # a share of another whole after the comma
        "Women make up 52% of staff, a third of managers.",
        # an earlier level the percentage moved from
        "Support for the party is 28%, up from a quarter in 2019.",
    ],
)
def test_a_fraction_beside_a_percentage_that_restates_it_not(knowledge, text):
    assert_not_checked(knowledge, text, "F508")


# ---------------------------------------------------------------- `Exhibitors from abroad made up 611, or 41%`

_EXHIBITORS = (
    "The Lindqvist trade fair drew 1,500 exhibitors. "
    "Exhibitors from abroad made up 611, or {rate}; the rest were local."
)


@pytest.mark.parametrize("rate,fires", [("41%", False), ("61%", True)])
def test_a_bare_number_made_up_with_its_share_after_or_counts_the_subject(knowledge, rate, fires):
    assert_checked(knowledge, _EXHIBITORS.format(rate=rate), "F503", fires)


_DRIVE = "Brightcup Coffee runs 1,640 stores.\n\nDrive-thru locations totalled 962, or {rate} of the estate."


@pytest.mark.parametrize("rate,fires", [("59 per cent", False), ("49 per cent", True)])
def test_a_bare_number_totalled_with_its_share_after_or_is_a_count(knowledge, rate, fires):
    assert_checked(knowledge, _DRIVE.format(rate=rate), "F503", fires)


_POLL = "The poll questioned 1,500 adults. Those aged under 35 numbered 402, or {rate} of the sample."


@pytest.mark.parametrize("rate,fires", [("26.8%", False), ("36.8%", True)])
def test_a_bare_number_numbered_with_its_share_after_or_is_a_count(knowledge, rate, fires):
    assert_checked(knowledge, _POLL.format(rate=rate), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # an age, no part: no verb makes it one
        "Visitors reached 9,000. The youngest visitor was aged 3, or nearly 4%.",
        # a number set apart by commas after a topic, no verb before it
        "The club had 4,000 members. Of its staff, 310, or 45%, are part-time.",
        # a bound (`under 10`) is an age band, not the part
        "Cases reached 1,900. Of the cases, 1,200 were in children under 10, or 63% of the total.",
    ],
)
def test_a_bare_number_beside_a_share_that_is_no_part(knowledge, text):
    # no share check names the bare small number as its part (the share may still be checked against another)
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    for item in [*result.findings, *result.passed]:
        assert not any(f"= {part} /" in item.message for part in ("3", "310", "10")), item.message


# ---------------------------------------------------------------- `9,600 tonnes, a little over a tenth of the crop`

_PEARS = (
    "Growers picked 90,000 tonnes of pears this year. Exports rose to {part} tonnes, a little over a tenth of the crop."
)


@pytest.mark.parametrize("part,fires", [("9,600", False), ("7,600", True)])
def test_a_share_a_little_over_a_fraction_of_the_crop(knowledge, part, fires):
    assert_checked(knowledge, _PEARS.format(part=part), "F503", fires)


_GIFTS = "Sales at Tollan Toys reached $90m. Online orders brought in ${part}m, slightly more than a third of sales."


@pytest.mark.parametrize("part,fires", [("31", False), ("25", True)])
def test_a_share_slightly_more_than_a_fraction_of_the_total(knowledge, part, fires):
    assert_checked(knowledge, _GIFTS.format(part=part), "F503", fires)


_ZOO = (
    "The zoo drew 400,000 visitors.\n\n"
    "School groups accounted for {part} visitors, a little under a fifth of attendance."
)


@pytest.mark.parametrize("part,fires", [("76,000", False), ("96,000", True)])
def test_a_share_a_little_under_a_fraction_of_the_total(knowledge, part, fires):
    assert_checked(knowledge, _ZOO.format(part=part), "F503", fires)


# ---------------------------------------------------------------- `Of 1,800 letters, 600 opposed the plan: one in …`

_LETTERS = "Of 1,800 letters, 600 opposed the plan: {share}."


@pytest.mark.parametrize("share,fires", [("one in three", False), ("one in five", True)])
def test_a_share_after_the_part_clause_and_a_colon_of_the_opening_whole(knowledge, share, fires):
    assert_checked(knowledge, _LETTERS.format(share=share), "F503", fires)


_APPLICANTS = "Of 250 applicants, 100 were accepted, {share}."


@pytest.mark.parametrize("share,fires", [("40%", False), ("60%", True)])
def test_a_percentage_after_the_part_clause_and_a_comma_of_the_opening_whole(knowledge, share, fires):
    assert_checked(knowledge, _APPLICANTS.format(share=share), "F503", fires)


_STORES = "Of its 120 stores, 90 are open on Sundays: {share}."


@pytest.mark.parametrize("share,fires", [("75%", False), ("65%", True)])
def test_a_percentage_after_the_part_clause_of_the_opening_whole(knowledge, share, fires):
    assert_checked(knowledge, _STORES.format(share=share), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 80 branches, 60 were sold, a third of them to rivals.",
        "Of 1,800 letters, 600 opposed the plan, 20% more than last year.",
        "Of the 80 staff, 60 work full time, 45% in the north.",
    ],
)
def test_a_share_after_the_part_clause_that_is_of_another_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
