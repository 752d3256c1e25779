"""English readings of the fifty-eighth session (growths, shares, differences and conversions of an opened set).

- The equivalent of a price of one, in a sentence after the total's equivalent, named by its topic however it is
  worded: an adverb or a modal between the unit and its verb (`each lamp therefore brings in about`, `each lamp
  would fetch about`), `that puts each lamp at about`, `Per lamp, the Dutch price works out at about`, and a sentence
  opening on the amount with its unit after it (`At about £77 a lamp, …`):
  `[link.one_unit_equivalent_before]`, `[link.one_unit_topic_counter]`.
- A share whose sentence states no figure before it but a total's equivalent (`Changed into pounds, that is about
  £61,700 and equal to 36.9 per cent of …`, `In pounds it comes to around £61,700, equivalent to 36.9 per cent of …`):
  the equivalent is the part, in the whole's money.
- A bare whole number right after the words of a level now (`and now has 35`, `[elided_counts] now_level_before`)
  counts the noun of the last count before it in its sentence; a change after such a pair (`had 14 singers four years
  ago and now has 35, an increase of …`) is measured from the earlier level (`[link.then_and_now_joints]`).
- A count written as drawn from a pool of its own noun (`Twenty of the blankets are bound for …`) is no level a change
  stated later with its prior moved: the level is looked for further back (checker/link/changes_of_an_earlier_level.py).
- `That was N more than the M …, a rise …` reads N as a count with no `of` after the noun of change; a pronoun after
  a number (`2,100 we pulled`) counts nothing; `tallied 87 of the otters, down from 102 …` reads 87 as a count of
  the pool's noun, the level the sentence moves.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, claims, conversion_role, mention_at

CONVERSION, SHARE = "F202", "F503"

# on the frame day: €72,000 is about £61,700 and €90 about £77; $72,000 about £53,400 and $45 about £33
_EURO_DEAL = (
    "Tintagel lamp maker wins €72,000 order from Utrecht\n\n"
    "A lamp workshop in Tintagel has won an order for 800 lamps from a hotel group in Utrecht.\n\n"
    "Carrow Lamps will get €90 a lamp, €72,000 in total. At Wednesday's European Central Bank reference rate the "
    "order is worth roughly £61,700.\n\n"
)
_DOLLAR_DEAL = (
    "Bideford basket weavers send 1,600 baskets to Ohio\n\n"
    "A basket workshop in Bideford is sending 1,600 baskets to a store chain in Ohio.\n\n"
    "Pendle Baskets will get $45 a basket, $72,000 for the whole batch, or about £53,400 at Wednesday's European "
    "Central Bank reference rate.\n\n"
)


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


# --- the equivalent of a price of one, worded as its own sentence's topic ----------------------------------------

_ONE_UNIT_FORMS = [
    (_EURO_DEAL, "Sold this way, each lamp therefore brings in {eq}, its maker reckons.", "€90"),
    (_EURO_DEAL, "On the Dutch order, each lamp would fetch {eq}.", "€90"),
    (_DOLLAR_DEAL, "For the weavers, that puts each basket at {eq}, once the dollars are changed.", "$45"),
    (_DOLLAR_DEAL, "Per basket, the Ohio price works out at {eq}, before carriage.", "$45"),
    (_EURO_DEAL, "At {eq} a lamp, Utrecht pays more than any shop in Cornwall.", "€90"),
]
_HOLDS = {"€90": "about £77", "$45": "about £33"}
_BROKEN = {"€90": "about £97", "$45": "about £53"}


@pytest.mark.parametrize("deal,line,price", _ONE_UNIT_FORMS)
def test_a_price_of_ones_equivalent_named_by_its_topic(knowledge, deal, line, price):
    text = deal + line.format(eq=_HOLDS[price])
    assert _role(knowledge, text, _HOLDS[price]) == ("conversion", price)
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, deal + line.format(eq=_BROKEN[price]), CONVERSION, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (another unit than the price's: a shade is no lamp)
        "That puts each shade at about £20, the cost of the glass alone.",
        "Per shade, the Dutch price works out at about £20.",
        # (another amount per the unit: a cost to ship it)
        "Each lamp will cost about £12 to ship, the firm said.",
        # (`at` inside a clause, no opening of its own)
        "The firm sells its own lamps, at about £68 a lamp, to shops at home.",
    ],
)
def test_a_topic_of_another_unit_or_amount_restates_no_price(knowledge, line):
    text = _EURO_DEAL + line
    for claim in claims(text, knowledge, published=FRAME_DAY).claims:
        if claim.sentence >= 4 and claim.unit == "GBP":
            assert claim.role != "conversion", claim.text


# --- a share of a whole whose part is the total's equivalent opening its clause ---------------------------------

_SHARE_OF_THE_EQUIVALENT = [
    (
        "Carrow Lamps will be paid €90 a lamp, €72,000 in all.\n\n"
        "Changed into pounds, that is about £61,700 and equal to {rate} per cent of the lamp maker's annual sales "
        "of £167,000."
    ),
    (
        "Carrow Lamps will be paid €90 a lamp, making €72,000 in all.\n\n"
        "In pounds it comes to around £61,700, equivalent to {rate} per cent of the £167,000 the lamp maker sold "
        "in 2025."
    ),
]


@pytest.mark.parametrize("body", _SHARE_OF_THE_EQUIVALENT)
def test_a_totals_equivalent_is_the_part_of_the_share_after_it(knowledge, body):
    head = "Tintagel lamp maker wins order from Utrecht\n\nA lamp workshop in Tintagel has won an order for 800 lamps."
    head += "\n\n"
    assert_checked(knowledge, head + body.format(rate="36.9"), SHARE, fires=False)
    assert_checked(knowledge, head + body.format(rate="46.9"), SHARE, fires=True)


def test_an_equivalent_in_another_money_than_the_whole_is_no_part(knowledge):
    # (the equivalent in pounds, the whole in dollars: no share read of the pair)
    text = (
        "Tintagel lamp maker wins order\n\nA lamp workshop in Tintagel has won an order for 800 lamps.\n\n"
        "Carrow Lamps will be paid €90 a lamp, €72,000 in all.\n\n"
        "Changed into pounds, that is about £61,700 and equal to 20 per cent of the American partner's annual "
        "sales of $400,000."
    )
    found = claims(text, knowledge, published=FRAME_DAY).claims
    share = next(c for c in found if c.text == "20 per cent")
    assert share.share_part is None


# --- a level of an earlier time and the level now, joined in one clause ------------------------------------------

GROWTH, DIFFERENCE = "F301", "F305"


@pytest.mark.parametrize(
    "sentence,written",
    [
        ("The choir had 14 singers four years ago and now has 35, after a poster campaign.", "35"),
        ("The handbell group had only six ringers when it formed in 2015 but now has 13.", "13"),
        ("The club began with 21 members and now has 57.", "57"),
    ],
)
def test_a_bare_level_now_counts_the_noun_before_it(sentence, written):
    assert mention_at(sentence, written) == ("count", float(written))


@pytest.mark.parametrize(
    "sentence,written",
    [
        # (no count before it in its sentence: what it counts is not said)
        ("The fund now has 35, the trustees said.", "35"),
        # (a price's subject)
        ("Shares had 40 buyers last week and now stand at 45, the broker said.", "45"),
        # (no level now: another verb)
        ("The choir had 14 singers four years ago and wants 35, its leader said.", "35"),
    ],
)
def test_a_bare_number_with_no_level_now_stays_bare(sentence, written):
    assert mention_at(sentence, written) is None


_THEN_AND_NOW = [
    ("The choir had 14 singers four years ago and now has 35, an increase of {x} per cent.", "150", "190", GROWTH),
    ("The club had 21 members in 2019 and now has 57, {x} more than at the start.", "36", "46", DIFFERENCE),
    ("The club began with 21 members but now numbers 57, {x} more than at the start.", "36", "46", DIFFERENCE),
]


@pytest.mark.parametrize("sentence,holds,broken,rule", _THEN_AND_NOW)
def test_a_change_after_then_and_now_is_measured_from_then(knowledge, sentence, holds, broken, rule):
    head = "Singers and members\n\n"
    assert_checked(knowledge, head + sentence.format(x=holds), rule, fires=False)
    assert_checked(knowledge, head + sentence.format(x=broken), rule, fires=True)


def test_a_level_now_of_another_noun_is_not_measured_from_then(knowledge):
    # (members then, boats now: two nouns, nothing compared)
    text = "Members and boats\n\nThe club began with 21 members and now has 57 boats, 36 more than at the start."
    found = claims(text, knowledge, published=FRAME_DAY).claims
    change = next(c for c in found if c.text == "36")
    assert change.compared_to is None


# --- a part drawn from a pool of its own noun is no level a later change moved --------------------------------------

_DRAWN_PART_BEFORE = (
    "Tenby knitting circle makes 42 blankets for the hospice\n\n"
    "A knitting circle that meets in a Tenby chapel has finished 42 blankets for the hospice and a night shelter.\n\n"
    "{part} are bound for the hospice. The circle knitted 30 blankets last winter; this year's total is up {rate} "
    "per cent."
)


def test_a_part_drawn_from_its_pool_is_passed_over_for_the_level(knowledge):
    text = _DRAWN_PART_BEFORE.format(part="Twenty of the blankets", rate="{rate}")
    assert_checked(knowledge, text.format(rate="40"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate="60"), GROWTH, fires=True)


def test_a_plain_level_in_the_sentence_before_is_not_passed_over(knowledge):
    # (`Twenty blankets` is a level of its own: which level the rate moved is not said, the rate stays its sentence's)
    text = _DRAWN_PART_BEFORE.format(part="Twenty blankets", rate="40")
    found = claims(text, knowledge, published=FRAME_DAY).claims
    rate = next(c for c in found if c.text == "40 per cent")
    assert rate.compared_to is None


# --- `That was N more than the M …, a rise …` with no `of`; a pronoun after a number counts nothing ----------------

_MORE_THAN_OPENING = (
    "Ludlow volunteers ready for balsam season after record 2,750 plants\n\n"
    "Volunteers pulling balsam along the Teme removed a record 2,750 plants last summer.\n\n"
    "That was {gap} more than the 2,100 pulled up in 2025, a rise that Asha Kaur, who leads the work, called 31 "
    "per cent."
)


def test_a_gap_opening_its_sentence_before_a_rise_with_no_of(knowledge):
    text = _MORE_THAN_OPENING.format(gap="650")
    assert mention_at(text, "650") == ("count", 650.0)
    assert_checked(knowledge, text, DIFFERENCE, fires=False)
    assert_checked(knowledge, _MORE_THAN_OPENING.format(gap="950"), DIFFERENCE, fires=True)


def test_a_gap_with_no_rise_after_it_stays_bare():
    # (no noun of change after the compared figure: what the number counts is not said)
    assert mention_at("That was 650 more than the 2,100 we pulled last summer.", "650") is None


def test_a_pronoun_after_a_number_is_no_counter(knowledge):
    text = "Volunteers bagged 2,100 we were told came from one meadow."
    found = claims(text, knowledge, published=FRAME_DAY).claims
    assert all(c.counter != "they" for c in found)


# --- `N of the <noun>` moved from an earlier level is a count of that noun ------------------------------------------

_POOL_LEVEL = (
    "Otter count rises as Wenlow rangers begin fifth survey\n\n"
    "A dawn survey on the Wenlow pools tallied 87 of the otters this year, up from 58 in 2025.\n\n"
    "The rise of {gap}, or {rate} per cent, is the biggest since counts began, said warden Ada Voss."
)


def test_a_part_of_a_pool_moved_from_an_earlier_level_is_that_level(knowledge):
    text = _POOL_LEVEL.format(gap="29", rate="50")
    assert mention_at(text, "87") == ("count", 87.0)
    assert_checked(knowledge, text, GROWTH, fires=False)
    assert_checked(knowledge, text, DIFFERENCE, fires=False)
    assert_checked(knowledge, _POOL_LEVEL.format(gap="29", rate="70"), GROWTH, fires=True)
    assert_checked(knowledge, _POOL_LEVEL.format(gap="39", rate="50"), DIFFERENCE, fires=True)


def test_a_part_of_a_new_pool_with_no_move_stays_bare():
    # (no earlier level after it, no share: the pool is new to the article and the number is left unread)
    assert mention_at("A dawn survey tallied 87 of the otters this year, its organiser said.", "87") is None


def test_a_level_now_after_a_change_stays_bare():
    # (`opened 12 shops` is a change to the estate, no level of an earlier time: the number now counts nothing said)
    assert mention_at("The chain opened 12 shops this year and now has 150.", "150") is None


# --- review: another subject's level now, and an earlier figure of another noun --------------------------------------

_CAFES = "Cafes in Marlow\n\nThe town had 9 cafes in 2015{joint} 27, a rise of {rate} per cent."


@pytest.mark.parametrize("joint", [" and now has", " but it now has"])
def test_then_and_now_of_one_subject_holds_and_breaks(knowledge, joint):
    assert_checked(knowledge, _CAFES.format(joint=joint, rate="200"), GROWTH, fires=False)
    assert_checked(knowledge, _CAFES.format(joint=joint, rate="20"), GROWTH, fires=True)


@pytest.mark.parametrize(
    "joint", [", and the council now has", ", and Harwich now has", ", but the rival club now has"]
)
def test_a_level_now_of_another_subject_is_not_measured_from_then(knowledge, joint):
    # (a new subject joined on between the two levels: the level now is another's; nothing compared)
    text = _CAFES.format(joint=joint, rate="200")
    assert mention_at(text, "27") is None
    found = claims(text, knowledge, published=FRAME_DAY).claims
    rate = next(c for c in found if c.text == "200 per cent")
    assert rate.compared_to is None


_SEALS = (
    "Seal count at Corrin Point\n\nWardens counted 94 of the seals last year, up from 61{after}, a rise of {rate} "
    "per cent."
)


def test_a_part_of_a_pool_moved_from_a_bare_level_holds_and_breaks(knowledge):
    assert_checked(knowledge, _SEALS.format(after="", rate="54"), GROWTH, fires=False)
    assert_checked(knowledge, _SEALS.format(after="", rate="14"), GROWTH, fires=True)
    assert mention_at(_SEALS.format(after=" in 2020", rate="54"), "94") == ("count", 94.0)


def test_a_part_of_a_pool_moved_from_a_figure_of_another_noun_stays_bare():
    # (`up from 61 pups`: the earlier figure names a noun of its own; no level of the pool moved)
    assert mention_at(_SEALS.format(after=" pups", rate="54"), "94") is None
