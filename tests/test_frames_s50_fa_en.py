"""English readings that went wrong on real copy (fiftieth session, lane `fa_en`): each construction narrowed, or
read to the right relation, with a twin its reader still checks.

- A count per hour (`75 jars an hour`: `[link.per_hour_after]`) is a pace of work, no count of the units a figure
  per one of them multiplies out (checker/link/per_one_products.py, `per_hour`): a weight per one item (`Each jar
  weighs 400 grams, which adds up to 1.2 tonnes`) is not divided over it; the count of the units (the lead's) still
  is, and the hourly count is still the whole of a share of it (`Of those, 40 per cent …`).
- A pronoun of things counted before, then the mark of an average (`…, and they have averaged 35 teams`:
  `[link.averaged_pronoun_subjects]`) makes the figure per one of them, no part of a sum (checker/link/totals.py).
- A part and its rest whose clause names the story's own time (`Of this year's total, 1,380 were …, and the other
  920 …`: `[link.this_time_owners]`) are no parts of a figure an earlier time owns (`Last spring's count was 1,950`:
  `[link.earlier_time_owners]`) (checker/link/totals.py); a rest after a whole of this time, with no time named, or
  after an earlier figure its clause says was matched this time (`[link.this_time_names]`), is still read.
- A price per unit of measure and its total value the body's first measure of the unit, not a headline's hedged or
  round mark (`… tops 400 tonnes`), where the body's restates the mark more exactly, within its rounding
  (checker/link/unit_prices.py); an exact headline figure (`… picks 512 tonnes`), or one the body's first measure
  does not restate (a part: `Of those, 150 tonnes …`, `at least 25 tonnes`), is still the lead.
- A part `of this year's NOUN` and its share take only a whole whose sentence names that time (checker/link/
  shares_of_them.py) or that is dated to the part's period (`In 2026 …`): a count of the noun of no time (`now grow
  30,000 bushes`, a stock) or of another year is no whole of it.
- An age in a sentence opening on a possessive and a noun (`Its director, …, has flown for 31 years`:
  `[link.anniversary_other_subject]`) with a noun of a person or role (`[link.member_role_nouns]`) is a member's
  years, not counted from a start another sentence gives (checker/link/date_spans_general.py); a possessive naming
  the thing itself (`The town's fair`, `Today's bridge`, `Its gates`) is still its age.
- A span set beside `since` and its year in the past perfect (`the pool had stood empty since 2013, 12 years`:
  `[link.span_past_perfect]`) ran to the past day its sentence dates before it (checker/link/elapsed_since_dates.py),
  not to the publication; dated only within the publication's year (`reopened on Sunday`: `[link.past_event_this_
  week]`, `in April`) it is counted to the year; with no such time written, it is not read. `has had …` and a relative
  clause's `had` before the span's own present verb (`[link.span_present_finite]`) are no past perfect.

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


def test_share_of_an_hourly_count_still_read(knowledge):
    text = (
        "Traffic\n\nA counter on Barrow Lane logged 700 vans an hour on Tuesday. Of those, 40 per cent were heading "
        "east, {part} vans."
    )
    assert_checked(knowledge, text.format(part="280"), SHARE, fires=False)
    assert_checked(knowledge, text.format(part="350"), SHARE, fires=True)


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


def test_rest_of_this_year_after_an_earlier_count_matched_this_time_still_read(knowledge):
    text = (
        "Toads\n\nVolunteers counted toads on the Ketter Road crossing.\n\n"
        "Last spring's count of 2,300 was matched this spring. Of this year's total, 1,380 were natterjacks and the "
        "other {rest} were common toads."
    )
    assert_checked(knowledge, text.format(rest="920"), SUM, fires=False)
    assert_checked(knowledge, text.format(rest="990"), SUM, fires=True)


# ---------------------------------------------------------------- a headline's rounded measure is no lead


@pytest.mark.parametrize("headline", ["Harbury plum harvest tops 400 tonnes", "Harbury plum growers top 400 tonnes"])
def test_price_per_tonne_values_the_bodys_measure(knowledge, headline):
    text = (
        headline + "\n\nGrowers around Harbury picked 436 tonnes of plums this summer, the "
        "growers' association said.\n\nPackers paid £900 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_checked(knowledge, text.format(total="392,400"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="360,000"), PER_UNIT, fires=True)


def test_headline_measure_still_valued_when_the_body_states_none(knowledge):
    text = (
        "Harbury plums: 400 tonnes\n\nGrowers around Harbury had a good summer, the growers' association said.\n\n"
        "Packers paid £900 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_checked(knowledge, text.format(total="360,000"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="420,000"), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "between",
    [
        "Of those, 150 tonnes were greengages, the growers' association said.",
        "The growers' association said 150 tonnes went to the cannery.",
        "Greengages made up 150 tonnes of the crop, the growers' association said.",
        "One orchard alone picked 95 tonnes, the growers' association said.",
        "Each of the 14 orchards picked at least 25 tonnes, the growers' association said.",
    ],
)
def test_exact_headline_measure_kept_over_a_part_in_the_body(knowledge, between):
    text = (
        "Selby picks 512 tonnes of pears\n\n{between}\n\n"
        "Packers paid £700 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_checked(knowledge, text.format(between=between, total="358,400"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(between=between, total="420,000"), PER_UNIT, fires=True)


def test_hedged_headline_measure_kept_over_a_part_in_the_body(knowledge):
    text = (
        "Selby pear harvest tops 500 tonnes\n\nOf those, 150 tonnes were greengages, the growers' association "
        "said.\n\nPackers paid £700 a tonne, so the crop was worth £{total} at the farm gate."
    )
    assert_not_fired(knowledge, text.format(total="358,400"), PER_UNIT)


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


@pytest.mark.parametrize(
    "whole",
    [
        "In 2026 the Hale family will sell 4,000 bushes.",
    ],
)
def test_share_of_this_years_noun_whole_dated_to_the_same_period(knowledge, whole):
    text = (
        "Roses\n\nA nursery near Tarn will sell roses, its owners said.\n\n" + whole + "\n\n"
        "Climbers make up 1,000 of this year's bushes, {share} per cent, and the rest are shrub roses."
    )
    assert_checked(knowledge, text.format(share="25"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="35"), SHARE, fires=True)


def test_share_of_this_seasons_noun_whole_of_this_year(knowledge):
    text = (
        "Tickets\n\nThis year the Rook Lane club sold 6,000 season tickets.\n\n"
        "Pensioners bought 1,500 of this season's tickets, {share} per cent."
    )
    assert_checked(knowledge, text.format(share="25"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="30"), SHARE, fires=True)


def test_share_of_this_years_noun_not_of_another_years_count(knowledge):
    text = (
        "Roses\n\nA nursery near Tarn will sell roses, its owners said.\n\nIn 2019 the Hale family sold 4,000 "
        "bushes.\n\nClimbers make up 1,000 of this year's bushes, 35 per cent, and the rest are shrub roses."
    )
    assert_not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a member's years, no age of the thing


@pytest.mark.parametrize(
    "text",
    [
        "Kites\n\nThe Fenmoor kite festival was first held in 2012 and this year's was the 15th. Its director, Ada "
        "Pell, first flew a kite at six and has flown for 31 years; she is 37.",
        "Kites\n\nThe Fenmoor kite festival was first held in 2012. The festival's director has run it for 9 years, "
        "and it drew 9,000 people.",
        "Kites\n\nThe Fenmoor kite festival was first held in 2012. The club's head coach has flown for 25 years.",
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


@pytest.mark.parametrize(
    "second",
    [
        "The town's fair has run for {years} years and drew 4,000 people.",
        "Dunholt's fair has run for {years} years.",
        "Dunholt's own fair has now run for {years} years.",
        "Its gates have stayed open for {years} years.",
    ],
)
def test_possessive_of_the_thing_itself_still_read(knowledge, second):
    text = "Fair\n\nThe Dunholt sheep fair was first held in 2009. " + second
    assert_checked(knowledge, text.format(years="17"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="22"), ELAPSED, fires=True)


def test_todays_bridge_still_read(knowledge):
    text = "Bridge\n\nThe Kelby bridge opened in 1991. Today's bridge has carried traffic for {years} years."
    assert_checked(knowledge, text.format(years="35"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="40"), ELAPSED, fires=True)


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


@pytest.mark.parametrize(
    "text",
    [
        "Inn\n\nThe Plough has had the same cook since 2008, {years} years.",
        "Inn\n\nThe Plough's had the same cook since 2008, {years} years.",
        "Club\n\nThe side that had lost the final has trained at Ash Lane since 2008, {years} years.",
        "Mill\n\nThe Tarrow barn that had flooded has stood empty since 2008, {years} years.",
        "Road\n\nFarmers who had objected have waited since 2008, {years} years, for a bypass.",
        "Inn\n\nThe cook who had trained in Hull has run the Plough since 2008, {years} years.",
    ],
)
def test_present_span_after_has_had_or_a_relative_clause_runs_to_now(knowledge, text):
    assert_checked(knowledge, text.format(years="18"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="21"), ELAPSED, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        "Baths\n\nThe Tarrow baths, which had stood empty since 2011, {years} years, reopened on Sunday.",
        "Baths\n\nThe Tarrow baths had been shut since 2011, {years} years, until they reopened in April.",
    ],
)
def test_past_perfect_span_dated_this_year_runs_to_the_year(knowledge, text):
    assert_checked(knowledge, text.format(years="15"), ELAPSED, fires=False)
    assert_checked(knowledge, text.format(years="19"), ELAPSED, fires=True)


def test_past_perfect_span_dated_to_a_month_of_last_year_not_read(knowledge):
    text = "Baths\n\nThe Tarrow baths had been shut since 2011, 14 years, until they reopened in December."
    assert_not_fired(knowledge, text, ELAPSED)
