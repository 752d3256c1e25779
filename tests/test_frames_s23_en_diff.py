"""English differences (twenty-third session), each a rule for a construction:
- a figure followed by a bare comparative (`more`, `fewer`, `less`, `higher`, …) with nothing compared after it, at
  most one noun, then the clause's end, right after words that restate what was just said (`That is $6m more.`,
  `That's 40 tonnes less.`, `…, or 1,200 more visitors.`; `[link.bare_comparative_openers]`) or after a comma that
  closes a clause stating a figure (`…compared with 49 the winter before, 12 more.`), is a change
  (checker/link/bare_comparatives.py); the relate stage links it to the pair it is the difference of;
- such an amount set after `, or` beside a rate of change of its sentence (`up 8.2% from 381,300 in 2025, or 31,300
  more fans`) restates that change: it is of the rate's level (or, when the rate is linked to nothing, of the one
  level of the sentence before counting the same noun) and measured from the figure the rate is measured from;
- a sentence opening with a change noun (`The fall of 40 tonnes …`, `The reduction of …`; `[link.continuations]`)
  continues the sentence before, as `The rise of …` did;
- a measure compared after a measure of its unit (`95 tonnes more than the 735 tonnes of the year before`) is the
  comparison's baseline, as for money and counts (checker/link/roles.py);
- the gap noun rule's bare `more`/`fewer` (`[link.gap_comparatives_after]`) reads a figure as the gap of the pair
  before only after a comma, colon, dash or such an opener: `and plans to open 5 more` is stores to come
  (checker/link/gaps.py);
- cents named by their currency's country (`980 Australian cents`, `euro cents`) are that currency's hundredths.
- a headline's change as a fraction in words (`rise by a fifth`, `up almost a third`) is restated by the lead's first
  rate of change of its direction within the fraction as written (a hedge's interval; bare, within a tenth of its
  size), listed as passed only (checker/check/headline_fractions.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `That is $6m more.` in the next sentence

_NEXT_MONEY = "Marlton Foods said revenue rose to $52.0m from $47.0m a year earlier. That is ${gap}m more."


@pytest.mark.parametrize("gap,fires", [("5.0", False), ("6.0", True)])
def test_that_is_an_amount_more_restates_the_pair_before(knowledge, gap, fires):
    assert_checked(knowledge, _NEXT_MONEY.format(gap=gap), "F305", fires)


_NEXT_TONNES = "Greyfield Mills milled 640 tonnes of oats in the year, down from 700 tonnes. That's {gap} tonnes less."


@pytest.mark.parametrize("gap,fires", [("60", False), ("80", True)])
def test_thats_a_measure_less_restates_the_pair_before(knowledge, gap, fires):
    assert_checked(knowledge, _NEXT_TONNES.format(gap=gap), "F305", fires)


_SAME_RATE = "Sales at Ridgeway Books rose 8.0% to $54.0m from $50.0m, or ${gap}m more."


@pytest.mark.parametrize("gap,fires", [("4.0", False), ("5.0", True)])
def test_an_amount_more_after_or_restates_the_rate_of_its_sentence(knowledge, gap, fires):
    assert_checked(knowledge, _SAME_RATE.format(gap=gap), "F305", fires)


_RATE_BEFORE = (
    "Crowds at the Harbour Cup rose to 95,300 this season. "
    "That is up 12.1% on last season's 85,000, or {gap} more people."
)


@pytest.mark.parametrize("gap,fires", [("10,300", False), ("11,300", True)])
def test_an_amount_more_after_or_takes_the_level_of_the_rate(knowledge, gap, fires):
    assert_checked(knowledge, _RATE_BEFORE.format(gap=gap), "F305", fires)


_COUNTED = (
    "The Foxes drew 412,600 fans over 70 home dates this season, an average of 5,894 a game. "
    "That was up 8.2% from 381,300 in 2025, or {gap} more {noun}, the club said."
)


@pytest.mark.parametrize("gap,fires", [("31,300", False), ("33,300", True)])
def test_an_amount_more_after_an_unlinked_rate_counts_the_noun_of_its_level(knowledge, gap, fires):
    assert_checked(knowledge, _COUNTED.format(gap=gap, noun="fans"), "F305", fires)


def test_an_amount_more_of_another_noun_than_any_level_is_not_linked(knowledge):
    # (the rate is linked to nothing, and no level before counts `people`: which level it is of is not said)
    # (a sentence opening `That was up … from …` continues the one before, its rate of the level there since the
    # forty-seventh session: the rate here names a subject of its own, `Gates`, and stays unlinked)
    text = _COUNTED.format(gap="33,300", noun="people").replace("That was up", "Gates were up")
    assert_not_checked(knowledge, text, "F305")


_AFTER_COMMA = "Hartfield crews made 61 call-outs last winter, compared with 49 the winter before, {gap} more."


@pytest.mark.parametrize("gap,fires", [("12", False), ("14", True)])
def test_an_amount_more_after_a_figures_clause_restates_its_pair(knowledge, gap, fires):
    # (a guard: the gap noun rule, checker/link/gaps.py, read this before the bare comparative did)
    assert_checked(knowledge, _AFTER_COMMA.format(gap=gap), "F305", fires)


def test_an_amount_more_of_other_counters_is_not_linked(knowledge):
    # (`61 times` against `49 call-outs`: two counters, and the gap names neither)
    text = "Hartfield crews went out 61 times last winter, compared with 49 call-outs the winter before, 14 more."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- near misses of the bare comparative


def test_an_amount_more_after_a_verb_is_no_restated_difference(knowledge):
    # (`cost it $2m more`: an amount after a verb is a figure of its own, not the gap of the pair before)
    text = "Revenue at Pellam Tools fell to $40m from $46m. The strong franc cost it $2m more."
    assert_not_checked(knowledge, text, "F305")


def test_that_is_an_amount_more_after_two_levels_is_not_linked(knowledge):
    # (two levels and no prior before: which pair the gap is of is not said)
    text = "Corbel Homes has 12 show homes in Ohio and 9 in Texas. That is 5 more show homes."
    assert_not_checked(knowledge, text, "F305")


def test_an_amount_more_than_a_figure_is_not_a_bare_comparative(knowledge):
    # (`$3m more than the …`: compared with the figure after it, read as before)
    text = "Sales were $52m, $5m more than the $47m of last year."
    assert_checked(knowledge, text, "F305", False)


def test_an_amount_more_beside_a_rate_with_no_start_is_not_linked(knowledge):
    # (the rate's level is the one figure between it and the amount: the start is not stated)
    assert_not_checked(knowledge, "Costs at Tamber Mills rose 5% to $21m, or $1m more.", "F305")


def test_an_amount_fewer_after_another_clause_of_the_sentence_is_not_its_pairs(knowledge):
    # (`or 4 fewer` restates the 8 sold, whose start is not stated, not the herd's 30 against 24)
    text = "The Brackley farm kept 30 cows, up from 24, and sold 8, or 4 fewer."
    assert_not_checked(knowledge, text, "F305")


def test_an_amount_more_after_a_verb_is_no_gap_of_the_pair_before(knowledge):
    # (`plans to open 5 more`: stores to come, not the gap of 127 and 104; the gap noun rule read it so before)
    text = "The Pellby chain has 127 stores, up from 104 last year, and plans to open 5 more."
    assert_not_checked(knowledge, text, "F305")


_COLON_GAP = "Cases in Tarrow rose to 42 this week, against 57 the week before: {gap} fewer."


@pytest.mark.parametrize("gap,fires", [("15", False), ("12", True)])
def test_an_amount_fewer_after_a_colon_is_the_gap_of_the_pair(knowledge, gap, fires):
    assert_checked(knowledge, _COLON_GAP.format(gap=gap), "F305", fires)


# ---------------------------------------------------------------- `The fall of 40 tonnes …` opening a sentence

_FALL_NOUN = (
    "The Ashby works lost 310 megalitres a day in the year, down from 350 megalitres a day a year earlier. "
    "The {noun} of {gap} megalitres a day is its largest in a decade."
)


@pytest.mark.parametrize("noun,gap,fires", [("fall", "40", False), ("fall", "60", True), ("reduction", "60", True)])
def test_a_change_noun_opening_a_sentence_continues_the_one_before(knowledge, noun, gap, fires):
    assert_checked(knowledge, _FALL_NOUN.format(noun=noun, gap=gap), "F305", fires)


def test_the_fall_of_a_thing_is_no_change_of_the_pair_before(knowledge):
    text = "Revenue at Pellam Tools fell to $40m from $46m. The fall of the franc alone cost it $2m."
    assert_not_checked(knowledge, text, "F305")


# ---------------------------------------------------------------- `95 tonnes more than the 735 tonnes`

_MEASURE_THAN = "Pickers brought in 820 tonnes of pears, {gap} tonnes more than the 735 tonnes of the year before."


@pytest.mark.parametrize("gap,fires", [("85", False), ("95", True)])
def test_a_measure_compared_after_a_measure_is_the_baseline(knowledge, gap, fires):
    assert_checked(knowledge, _MEASURE_THAN.format(gap=gap), "F305", fires)


_MW_THAN = "Norvale Data now runs 512 MW of halls, {gap} MW more than the 448 MW it ran in 2025."


@pytest.mark.parametrize("gap,fires", [("64", False), ("84", True)])
def test_a_capacity_compared_after_a_capacity_is_read_alike(knowledge, gap, fires):
    assert_checked(knowledge, _MW_THAN.format(gap=gap), "F305", fires)


# ---------------------------------------------------------------- `980 Australian cents`

_CENTS = "The wool index ended June at 980 Australian cents a kilogram, up {gap} cents from 874 cents a year earlier."


@pytest.mark.parametrize("gap,fires", [("106", False), ("126", True)])
def test_cents_named_by_their_country_are_that_currencys(knowledge, gap, fires):
    assert_checked(knowledge, _CENTS.format(gap=gap), "F305", fires)


# ---------------------------------------------------------------- a headline's fraction restated in the lead


def _fraction_restated(knowledge, text: str, fraction: str) -> bool:
    from helpers import document, findings

    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert "F405" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    return any(p.rule == "F405" and p.message.startswith(fraction) for p in result.passed)


_HEADLINE = "{head}\n\nMarlow County Council repaired 300 bridges this year, {lead} from 250 a year earlier, it said."


@pytest.mark.parametrize(
    "head,lead,fraction,paired",
    [
        ("Bridge repairs rise by a fifth", "up 20.0%", "a fifth", True),
        ("Bridge repairs rise by a fifth", "up 19.6%", "a fifth", True),
        ("Bridge repairs up almost a third", "up 31.0%", "almost a third", True),
        ("Bridge repairs fall by a quarter", "down 25.4%", "a quarter", True),
        # (the other direction, or a rate the fraction does not round, is another change)
        ("Bridge repairs rise by a fifth", "down 20.0%", "a fifth", False),
        ("Bridge repairs rise by a fifth", "up 30.0%", "a fifth", False),
        ("Bridge repairs up almost a third", "up 34.0%", "almost a third", False),
    ],
)
def test_a_headline_fraction_of_change_is_restated_by_the_leads_rate(knowledge, head, lead, fraction, paired):
    text = _HEADLINE.format(head=head, lead=lead)
    assert _fraction_restated(knowledge, text, fraction) == paired
