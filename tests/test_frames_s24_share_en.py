"""English shares (twenty-fourth session), each a rule for a construction:
- a share followed by `of` and the very figure it is of, the whole owned by a name in the possessive (`40 per cent of
  the museum's €130m`) or named by its noun and `of` (`12.5% of the port's yearly dredging bill of $64m`); the part's
  clause resumed after a comma by a word standing for the part or by `and` before the verb of share (`…, a sum that
  had paid for 6% of its $90,000 upkeep`, `…, up from $7m, and covers …`, `[link.share_clause_resumers]`); the part
  the figure before the figures set aside between it and its share (the level it moved from, its conversion, an
  average); a forecast part with a forecast share (checker/link/shares_of_a_stated_whole.py);
- a percentage set beside its part by a bare comma, of a whole it names by a noun of its own (`$1.8m, 75% of the
  gate`), is of the figure before whose clause names that noun, or whose words right after it do (`logged 2.6 million
  roadside checks`); the total's word names no noun (checker/link/fractions_of_named_wholes.py); so is a fraction of
  `all` a noun (`a third of all entries`: the noun after `all`);
- a fraction beside its part whose noun's first words no figure names is of the figure its head (the last word) names
  (`a third of the regional herd`: `the herd is put at …`), when one value is so named;
- a share whose clause opens on a subject an earlier sentence states a figure of, of a whole named by a noun no metric
  is (`Parking covered about a fifth of upkeep`): the whole the figure whose clause names the noun, the part named by
  a form of the subject's word (`Parking fees came to …`; checker/link/shares_of_earlier_subjects.py); `provide`,
  `took`, `contributed` are verbs of share there too (`[link.share_verbs_after_subject]`); the whole's noun may be a
  form of the share's (`of repairs`: `repair work came to $3m`; checker/link/inflections.py's `word_forms`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `P of the owner's W`, the part resumed

_LOANS = "Loans from the region will bring in €52m this winter and cover {rate} of the museum's €130m refit."


@pytest.mark.parametrize("rate,fires", [("about 40 per cent", False), ("about 60 per cent", True)])
def test_share_of_a_whole_owned_by_a_possessive(knowledge, rate, fires):
    assert_checked(knowledge, _LOANS.format(rate=rate), "F503", fires)


_DREDGING = (
    "The harbour toll will bring in $8.0m in 2030, up from $7.1m, and covers {rate} of the port's yearly dredging "
    "bill of $64.0m."
)


@pytest.mark.parametrize("rate,fires", [("12.5%", False), ("22.5%", True)])
def test_share_after_a_moved_from_level_and_a_resumed_clause(knowledge, rate, fires):
    assert_checked(knowledge, _DREDGING.format(rate=rate), "F503", fires)


_CHAPEL = (
    "The chapel lost $5,400 a year in donations after the parish merged, a sum that had paid for {rate} of its "
    "$90,000 upkeep."
)


@pytest.mark.parametrize("rate,fires", [("6%", False), ("16%", True)])
def test_share_after_a_word_standing_for_the_part(knowledge, rate, fires):
    assert_checked(knowledge, _CHAPEL.format(rate=rate), "F503", fires)


def test_another_subject_after_and_is_not_the_part(knowledge):
    # (`and rivals made up …`: the share is the rivals', not of the figure before)
    text = "The mill sold 400 tonnes of flour, up from 350 tonnes, and rivals made up 60% of the 1,000 tonnes sold."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `part, P of NOUN`, the whole named by the noun

_GATE = (
    "The rodeo's gate took $2.4m this summer, and sponsors gave $3.1m.\n\n"
    "Riders and their crews took home $1.8m, {rate} of the gate."
)


@pytest.mark.parametrize("rate,fires", [("75%", False), ("55%", True)])
def test_percent_beside_its_part_of_a_whole_named_by_its_noun(knowledge, rate, fires):
    assert_checked(knowledge, _GATE.format(rate=rate), "F503", fires)


_CHECKS = (
    "Highway patrols logged 2.6 million roadside checks last year.\n\n"
    "Officers weighed 1.3 million lorries, {rate} of checks, and waved the rest through."
)


@pytest.mark.parametrize("rate,fires", [("50%", False), ("30%", True)])
def test_whole_named_by_the_noun_right_after_its_figure(knowledge, rate, fires):
    assert_checked(knowledge, _CHECKS.format(rate=rate), "F503", fires)


def test_a_noun_no_figure_names_links_nothing(knowledge):
    # (`of stops` where the figure before names checks, not stops: no whole is named)
    text = (
        "Highway patrols logged 2.6 million roadside checks last year.\n\n"
        "Officers weighed 1.3 million lorries, 30% of stops, and waved the rest through."
    )
    assert_not_checked(knowledge, text, "F503")


def test_words_after_a_figure_that_name_nothing_are_no_noun(knowledge):
    # (`of the 90,000 households` reads no noun of its own; `parcels at the depot` after the larger figure is not
    # named by `the`: the fraction is of the households stated after it, and holds)
    text = (
        "The courier moved 4.2 million kilograms of freight, equal to 2.8 million parcels at the depot rate.\n\n"
        "It reached 18,000 homes a week, about one in five of the 90,000 households in its district."
    )
    assert_checked(knowledge, text, "F503", False)


# ---------------------------------------------------------------- `a fraction of all NOUN`

_ENTRIES = (
    "The show raised $700,000 for the hospice, $40,000 more than in last year's show.\n\n"
    "The judges received 6,300 entries, with an average fee of $90. Of those, 2,100 came from first-time "
    "exhibitors, {fraction} of all entries."
)


@pytest.mark.parametrize("fraction,fires", [("a third", False), ("two thirds", True)])
def test_fraction_of_all_the_noun_a_figure_counts(knowledge, fraction, fires):
    assert_checked(knowledge, _ENTRIES.format(fraction=fraction), "F503", fires)


def test_fraction_of_all_a_noun_no_figure_counts_links_nothing(knowledge):
    text = (
        "The show raised $700,000 for the hospice, $40,000 more than in last year's show.\n\n"
        "The judges received 6,300 entries, with an average fee of $90. Of those, 2,100 came from first-time "
        "exhibitors, a third of all visitors."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a fraction's whole named by the head of its noun

_HERD = (
    "The island's dairy herd is put at 9.0 million head this year, up 20% from last year's 7.5 million. "
    "That would be 1.5 million head more.\n\n"
    "Upland farms are expected to keep 3.0 million head, {fraction} of the regional herd, with the coast on 3.5 "
    "million and the valleys on 2.5 million."
)


@pytest.mark.parametrize("fraction,fires", [("a third", False), ("two thirds", True)])
def test_fraction_of_a_whole_named_by_its_head_noun(knowledge, fraction, fires):
    assert_checked(knowledge, _HERD.format(fraction=fraction), "F503", fires)


def test_a_head_noun_two_figures_name_links_nothing(knowledge):
    text = (
        "The island's dairy herd is put at 9.0 million head this year, and its beef herd at 6.0 million head.\n\n"
        "Upland farms are expected to keep 3.0 million head, a third of the regional herd, with the coast on 3.5 "
        "million and the valleys on 2.5 million."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a subject's share of a whole named by its noun

_PARKING = (
    "Parking fees came to $1.5m, about $4 for each visiting car.\n\n"
    "The gardens spent $7.5m on upkeep in the year. Besides parking, the cafe brought in $1.1m. Parking thus "
    "covered {fraction} of upkeep."
)


@pytest.mark.parametrize("fraction,fires", [("about a fifth", False), ("more than half", True)])
def test_subjects_share_of_a_whole_named_by_a_noun_no_metric_is(knowledge, fraction, fires):
    # (`Parking` names the figure of `Parking fees`; `of upkeep` the figure whose clause names upkeep)
    assert_checked(knowledge, _PARKING.format(fraction=fraction), "F503", fires)


def test_subjects_share_of_a_noun_no_figure_names_links_nothing(knowledge):
    text = (
        "Parking fees came to $1.5m, about $4 for each visiting car.\n\n"
        "The gardens spent $7.5m on upkeep in the year. Besides parking, the cafe brought in $1.1m. Parking thus "
        "covered about a fifth of wages."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `provide`, `took`: verbs of share after a subject

_TOLLS = (
    "Bridge toll income was $6.0 million in the year. Total upkeep rose 3.0% to $50.0 million from $48.5 million. "
    "Bridge tolls now provide {rate} of upkeep."
)


@pytest.mark.parametrize("rate,fires", [("12%", False), ("22%", True)])
def test_subjects_share_after_provide(knowledge, rate, fires):
    assert_checked(knowledge, _TOLLS.format(rate=rate), "F503", fires)


def test_a_subject_no_earlier_figure_names_links_nothing(knowledge):
    text = (
        "Bridge toll income was $6.0 million in the year. Total upkeep rose 3.0% to $50.0 million from $48.5 "
        "million. Ferries now provide 12% of upkeep."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a whole named by a form of the share's noun

_REPAIRS = (
    "Ticket sales brought in $2.4m, while repair work on the old pier came to $3.0m. A grant covered the rest. "
    "Ticket sales therefore covered {rate} of repairs."
)


@pytest.mark.parametrize("rate,fires", [("80%", False), ("60%", True)])
def test_whole_named_by_a_form_of_the_shares_noun(knowledge, rate, fires):
    assert_checked(knowledge, _REPAIRS.format(rate=rate), "F503", fires)


def test_a_longer_word_that_starts_with_the_noun_is_another_word(knowledge):
    # (`repairmen` is no form of `repair`: more than two letters added)
    text = (
        "Ticket sales brought in $2.4m, while repair work on the old pier came to $3.0m. A grant covered the rest. "
        "Ticket sales therefore covered 80% of repairmen."
    )
    assert_not_checked(knowledge, text, "F503")
