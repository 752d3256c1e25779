"""English readings that went wrong on real copy (fiftieth session, lane `fa_en`): each construction narrowed, or
read to the right relation, with a twin its reader still checks.

- A count per hour (`75 jars an hour`: `[link.per_hour_after]`) is a pace of work, no count of units
  (checker/link/per_unit_apart.py `is_a_rate`): a weight per one item (`Each jar weighs 400 grams, which adds up to
  1.2 tonnes`) is not divided over it; the count of the units (the lead's) still is.
- A pronoun of things counted before, then the mark of an average (`…, and they have averaged 35 teams`:
  `[link.averaged_pronoun_subjects]`) makes the figure per one of them, no part of a sum (checker/link/totals.py).
- A part and its rest whose clause names the story's own time (`Of this year's total, 1,380 were …, and the other
  920 …`: `[link.this_time_owners]`) are no parts of a figure an earlier time owns (`Last spring's count was 1,950`:
  `[link.earlier_time_owners]`) (checker/link/totals.py); a rest after a whole of this time, or with no time named,
  is still read.
- A price per unit of measure and its total value the body's first measure of the unit, not a headline's rounded
  mark (`… tops 400 tonnes`) (checker/link/unit_prices.py); a headline's measure is still taken where the body states
  none.
- A part `of this year's NOUN` and its share take only a whole whose sentence names that time (checker/link/
  shares_of_them.py): a count of the noun of no time (`now grow 30,000 bushes`, a stock) is no whole of it.
- An age in a sentence opening on a possessive and a noun (`Its director, …, has flown for 31 years`:
  `[link.anniversary_other_subject]`) is a member's years, not counted from a start another sentence gives
  (checker/link/date_spans_general.py).
- A span set beside `since` and its year in the past perfect (`the pool had stood empty since 2013, 12 years`:
  `[link.span_past_perfect]`) ran to the past day its sentence dates before it (checker/link/elapsed_since_dates.py),
  not to the publication; with no such day written, it is not read.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
SUM = "F302"
SHARE = "F503"
ELAPSED = "F406"

# ---------------------------------------------------------------- a count per hour is no count of units

_JARS = (
    "Jars\n\nThe Wendle dairy will fill 3,000 jars of yoghurt for the fair, its owner said.\n\n"
    "{between}Each jar weighs 400 grams, which adds up to {total} tonnes of yoghurt."
)


@pytest.mark.parametrize("between", ["", "Its two lines each fill 75 jars an hour. "])
def test_weight_per_item_over_the_count_not_the_hourly_pace(knowledge, between):
    assert_checked(knowledge, _JARS.format(between=between, total="1.2"), PER_UNIT, fires=False)
    assert_checked(knowledge, _JARS.format(between=between, total="1.5"), PER_UNIT, fires=True)


def test_count_of_units_before_the_item_still_read(knowledge):
    text = (
        "Jars\n\nThe Wendle dairy said its two lines filled 3,000 jars on Monday. Each jar weighs 400 grams, which "
        "adds up to {total} tonnes of yoghurt."
    )
    assert_checked(knowledge, text.format(total="1.2"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="1.5"), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        "Jars\n\nThe Wendle dairy said its two lines each fill 75 jars an hour. Each jar weighs 400 grams, which adds "
        "up to 1.2 tonnes of yoghurt.",
        "Jars\n\nThe Wendle dairy said its two lines each fill 75 jars per hour. Each jar weighs 400 grams, which "
        "adds up to 1.2 tonnes of yoghurt.",
    ],
)
def test_hourly_pace_alone_is_no_count(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- `they have averaged N`: per one, no part


@pytest.mark.parametrize(
    "text",
    [
        "Quiz\n\nThe Harwick quiz league runs two rounds a month, 24 in its season, and they have averaged 35 "
        "teams, 840 team-entries in all.",
        "Quiz\n\nThe Harwick quiz league ran 24 rounds in its season, and they averaged 35 teams, 840 team-entries "
        "in all.",
    ],
)
def test_average_after_a_pronoun_is_no_part(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


def test_list_with_a_total_still_summed(knowledge):
    text = "Quiz\n\nThe Harwick quiz league ran 14 rounds in spring and 10 rounds in autumn, {total} rounds in all."
    assert_checked(knowledge, text.format(total="24"), SUM, fires=False)
    assert_checked(knowledge, text.format(total="26"), SUM, fires=True)


# ---------------------------------------------------------------- a rest of this year's, no whole of last year's


def test_rest_of_this_year_not_of_last_springs_count(knowledge):
    text = (
        "Toads\n\nVolunteers counted 2,300 toads on the Marsh Lane crossing this spring.\n\n"
        "Last spring's count was 1,950, so numbers rose. Of this year's total, 1,380 were natterjacks and the other "
        "920 were common toads."
    )
    assert_not_fired(knowledge, text, SUM)


def test_rest_of_an_earlier_count_with_no_time_named_still_read(knowledge):
    text = (
        "Toads\n\nVolunteers counted toads on the Marsh Lane crossing.\n\n"
        "Last spring's count was 1,950. Of those, {part} were natterjacks and the other 800 were common toads."
    )
    assert_checked(knowledge, text.format(part="1,150"), SUM, fires=False)
    assert_checked(knowledge, text.format(part="1,250"), SUM, fires=True)


def test_rest_of_this_times_whole_still_read(knowledge):
    text = (
        "Toads\n\nVolunteers counted toads on the Marsh Lane crossing.\n\n"
        "This spring's count was 2,300. Of this year's total, 1,380 were natterjacks and the other {rest} were "
        "common toads."
    )
    assert_checked(knowledge, text.format(rest="920"), SUM, fires=False)
    assert_checked(knowledge, text.format(rest="990"), SUM, fires=True)


# ---------------------------------------------------------------- a headline's rounded measure is no lead


def test_price_per_tonne_values_the_bodys_measure(knowledge):
    text = (
        "Harbury plum harvest tops 400 tonnes\n\nGrowers around Harbury picked 436 tonnes of plums this summer, the "
        "growers' association said.\n\nPackers paid £900 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_checked(knowledge, text.format(total="392,400"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="420,000"), PER_UNIT, fires=True)


def test_headline_measure_still_valued_when_the_body_states_none(knowledge):
    text = (
        "Harbury plums: 400 tonnes\n\nGrowers around Harbury had a good summer, the growers' association said.\n\n"
        "Packers paid £900 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_checked(knowledge, text.format(total="360,000"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="420,000"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- `of this year's NOUN`: a whole of that time


def test_share_of_this_years_noun_not_of_the_stock(knowledge):
    text = (
        "Roses\n\nA nursery near Tarn expects to sell 4,000 rose bushes this season, its owners said.\n\n"
        "The Hale family now grow 30,000 bushes on 12 hectares.\n\n"
        "Climbers make up 1,000 of this year's bushes, 25 per cent, and the rest are shrub roses."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_share_of_this_years_noun_whole_named_of_this_year(knowledge):
    text = (
        "Roses\n\nA nursery near Tarn will sell roses, its owners said.\n\n"
        "This year the Hale family will sell 4,000 bushes.\n\n"
        "Climbers make up 1,000 of this year's bushes, {share} per cent, and the rest are shrub roses."
    )
    assert_checked(knowledge, text.format(share="25"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="35"), SHARE, fires=True)


def test_share_of_the_noun_with_no_time_still_read(knowledge):
    text = (
        "Roses\n\nA nursery near Tarn will sell roses, its owners said.\n\n"
        "The Hale family now grow 4,000 bushes on 12 hectares.\n\n"
        "Climbers make up 1,000 of the bushes, {share} per cent, and the rest are shrub roses."
    )
    assert_checked(knowledge, text.format(share="25"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="35"), SHARE, fires=True)


# ---------------------------------------------------------------- a member's years, no age of the thing


@pytest.mark.parametrize(
    "text",
    [
        "Kites\n\nThe Fenmoor kite festival was first held in 2012 and this year's was the 15th. Its director, Ada "
        "Pell, first flew a kite at six and has flown for 31 years; she is 37.",
        "Kites\n\nThe Fenmoor kite festival was first held in 2012. The festival's director has run it for 9 years, "
        "and it drew 9,000 people.",
    ],
)
def test_member_subjects_years_not_counted_from_the_things_start(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED)


def test_things_own_lasting_age_still_read(knowledge):
    text = (
        "Kites\n\nThe Fenmoor kite festival was first held in 2012. The festival has run for {years} years, and "
        "drew 9,000 people."
    )
    assert_checked(knowledge, text.format(years="14"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="19"), ELAPSED, fires=True)


# ---------------------------------------------------------------- `had … since YEAR, N years`: to the past day


def test_past_perfect_span_runs_to_the_day_its_sentence_dates(knowledge):
    text = (
        "Lido\n\nThe Ashby lido reopened on Saturday 10 May last year, after the pool had stood empty since 2013, "
        "{years} years."
    )
    assert_checked(knowledge, text.format(years="12"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="15"), ELAPSED, fires=True)


def test_past_perfect_span_with_no_day_not_read(knowledge):
    text = "Lido\n\nThe Ashby lido reopened last year, after the pool had stood empty since 2013, 12 years."
    assert_not_linked(knowledge, text, ELAPSED)


def test_present_perfect_span_still_runs_to_now(knowledge):
    text = "Lido\n\nThe Ashby lido has stood empty since 2013, {years} years."
    assert_checked(knowledge, text.format(years="13"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="15"), ELAPSED, fires=True)
