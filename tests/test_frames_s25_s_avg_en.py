"""English ratios (twenty-fifth session, set S), each a rule for a construction:
- an amount set beside its total and per a word of each unit that names no noun (`or about $2,300 a head`, `$75
  apiece`, `€40 per person`: `[link.each_unit_after]`) is an average of `each`: of the count right before it, or
  of the count before the total it is set beside (`The 60 porters cost £1.5m, or £25,000 a head`,
  checker/link/partners.py); a mark per person after no count takes the lead's count only when that count is of
  people (`[link.people_noun_endings]`): `per head` of the lead's boats is not said;
- an average of `each` followed by the total of all the units after a comma (`£900 each, or £288,000 between
  them`, `$3,000 apiece, $96,000 in all`: `[link.each_total_after]`) restates that total per unit
  (checker/link/partners.py); an amount after it with no such word is no total;
- a count of hours is a count of its counter (`18,400 hours`, `115 hours each`: `hours` left `[counters]
  not_counters`), so a total of hours divides by the count of the people who gave them;
- an irregular participle (`paid`, `unpaid`) is a count's modifier as a regular one is (`[link.count_modifiers]`),
  and the plural noun after a modifier may be hyphened (`90 licensed tree-surgeons`, checker/extract/quantities.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `or about $2,300 a head`


@pytest.mark.parametrize("each,fires", [("$2,300", False), ("$2,900", True)])
def test_an_amount_a_head_is_of_the_count_before_it(knowledge, each, fires):
    text = f"The Quenby orchestra shared $138,000 in bonuses among 60 players, or about {each} a head."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$75", False), ("$95", True)])
def test_an_amount_apiece_is_of_the_count_before_it(knowledge, each, fires):
    text = f"The Brackwater library raised $36,000 from 480 donors, or {each} apiece."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("£25,000", False), ("£31,000", True)])
def test_an_amount_a_head_past_the_total_its_count_shares(knowledge, each, fires):
    text = f"The Ottersby estate's 60 porters cost £1.5m last year, or about {each} per head."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("€14", False), ("€19", True)])
def test_an_amount_per_person_after_no_count_is_of_the_lead_count_of_people(knowledge, each, fires):
    text = (
        "The Dunrowan regatta drew 8,500 spectators over its two days.\n\n"
        f"Food stalls took €119,000, or {each} per person."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_per_head_is_not_of_the_lead_count_of_things(knowledge):
    text = "The Dunrowan marina berthed 1,400 boats over the summer.\n\nIts cafés took €119,000, or €19 per head."
    assert_not_checked(knowledge, text, "F317")


def test_an_amount_a_hectare_is_no_amount_a_head(knowledge):
    text = "The Quenby estate paid $138,000 in wages to 60 workers, or about $2,900 a hectare."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `£900 each, or £288,000 between them`


@pytest.mark.parametrize("each,fires", [("£900", False), ("£1,100", True)])
def test_an_average_each_then_the_total_between_them(knowledge, each, fires):
    text = f"The Corran food fair's 320 stallholders paid an average of {each} each, or £288,000 between them."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$3,000", False), ("$3,600", True)])
def test_an_average_apiece_then_the_total_in_all(knowledge, each, fires):
    text = f"The 32 growers in the Tessaly scheme received an average of {each} apiece, $96,000 in all."
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_after_each_with_no_word_of_a_total_is_none(knowledge):
    text = "The Corran food fair's 320 stallholders paid an average of £1,100 each, or £288,000 last year."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `18,400 hours, or 115 hours each`


@pytest.mark.parametrize("each,fires", [("115", False), ("135", True)])
def test_a_total_of_hours_divides_by_the_count_that_gave_them(knowledge, each, fires):
    text = f"The Mellor canal trust's 160 volunteers gave 18,400 hours last year, or {each} hours each on average."
    assert_checked(knowledge, text, "F317", fires)


def test_hours_each_with_no_count_of_units_links_nothing(knowledge):
    text = "The Mellor canal trust's lock keepers gave 18,400 hours last year, or 135 hours each on average."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `31 paid wardens`, `90 licensed tree-surgeons`


@pytest.mark.parametrize("each,fires", [("£26,000", False), ("£29,000", True)])
def test_a_count_after_an_irregular_participle_is_of_its_noun(knowledge, each, fires):
    text = f"The Wenlow park's 45 paid wardens cost £1.17m, or about {each} each."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("$4,500", False), ("$5,200", True)])
def test_a_count_of_a_hyphened_noun_after_a_participle(knowledge, each, fires):
    text = f"The city hired 90 licensed tree-surgeons for $405,000, or {each} apiece."
    assert_checked(knowledge, text, "F317", fires)


def test_a_participle_with_no_plural_noun_after_is_no_modifier(knowledge):
    text = "Of the 45 wardens, 30 paid £1.17m between them last year, or about £29,000 apiece."
    assert_not_checked(knowledge, text, "F317")
