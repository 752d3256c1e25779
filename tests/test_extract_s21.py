"""Figures the extractor left unread or read as the wrong kind (twenty-first session).

- The rand written as a bare capital `R` against the digits (`R3.1 billion`, `R24 a ticket`) is money in ZAR, in an
  article that names the rand, its code, South Africa or one of its places; elsewhere the letter is a road, a grade
  or a model (`the R9 road`), and inside a word (`AR15`) it is no prefix at all.
- `centimes` (and `rappen`) are the hundredth of the Swiss franc: money, not a count of centimes.
- A bare number before `of the total` (`made up 350 of the total`) is a count, of what its sentence counts before it.
- A bare number after `the other` / `the remaining` (`for the other 600`) is a count like the figure before it.
- `N times` before a clause end or a time (`went out 81 times between May and June`, `called out 152 times, up 19`)
  counts occasions, no multiple; after `oversubscribed`/`covered` (`covered 9 times.`), and before what it compares
  (`2.4 times earnings`, `30 times as much`), it stays a multiple.
- An acronym between a number and the plural noun it qualifies (`24,000 MRI scans`, `12 ICU beds`) leaves the noun
  the counter (the acronym was taken for a name before it, the number read with no counter).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims


def _read(knowledge, text: str) -> dict[str, tuple[str, float, str | None]]:
    return {c.text.strip(): (c.kind, round(c.value, 6), c.unit) for c in claims(text, knowledge).claims}


def test_the_rand_written_as_a_bare_r_is_money(knowledge):
    read = _read(
        knowledge,
        "The South African grocer earned R3.1 billion, up from R2.85 billion, and its average basket was R240.",
    )
    assert read.get("R3.1 billion") == ("money", 3_100_000_000, "ZAR"), read
    assert read.get("R2.85 billion") == ("money", 2_850_000_000, "ZAR"), read
    assert read.get("R240") == ("money", 240, "ZAR"), read


def test_the_rand_is_read_where_a_place_of_the_country_is_named(knowledge):
    read = _read(knowledge, "Growers in the Eastern Cape earned R640 million, about R18 a crate.")
    assert read.get("R640 million") == ("money", 640_000_000, "ZAR"), read
    assert read.get("R18") == ("money", 18, "ZAR"), read


def test_a_bare_r_is_no_rand_where_the_country_is_not_named(knowledge):
    read = _read(knowledge, "The R9 road carried 4,300 cars a day and the R12 bypass 2,100.")
    assert not any(unit == "ZAR" for _, _, unit in read.values()), read


def test_an_r_inside_a_word_is_no_rand(knowledge):
    read = _read(knowledge, "In South Africa the AR15 and the R2D2 toy sold 700 units.")
    assert not any(unit == "ZAR" for _, _, unit in read.values()), read


def test_centimes_are_money_in_swiss_francs(knowledge):
    read = _read(knowledge, "The dairy paid 71.5 centimes per kg of milk, up from 69.0 centimes.")
    assert read.get("71.5 centimes") == ("money", 0.715, "CHF"), read
    assert read.get("69.0 centimes") == ("money", 0.69, "CHF"), read


# --- a bare part of a whole named only as `the total`, and the rest of a whole: `350 of the total`, `the other 550` ---


def test_a_bare_part_of_the_total_is_a_count(knowledge):
    read = _read(knowledge, "The yard delivered 900 hulls, and steel hulls made up 350 of the total.")
    assert read.get("350") == ("count", 350, "count"), read
    read = _read(knowledge, "Steel hulls made up 350 of the total and earned $40 million.")
    assert read.get("350") == ("count", 350, "count"), read


def test_the_rest_of_a_whole_written_bare_is_a_count(knowledge):
    read = _read(knowledge, "Solar units accounted for 2,400 of the installations and wind systems for the other 600.")
    assert read.get("600") == ("count", 600, "count"), read
    read = _read(knowledge, "Of the 40 clerks, 31 stayed and the remaining 9 left.")
    assert read.get("9") == ("count", 9, "count"), read


def test_a_bare_number_before_of_the_year_is_no_part_of_a_total(knowledge):
    read = _read(knowledge, "It was the 3 of the year and the other way round.")
    assert "3" not in read, read


# --- `N times` counting occasions ---------------------------------------------------------------------------------


def test_times_before_a_clause_end_or_a_time_count_occasions(knowledge):
    read = _read(
        knowledge,
        "Rescue teams were called out 152 times, up 19 on the year. Crews went out 81 times between May and June.",
    )
    assert read.get("152 times") == ("count", 152, "count"), read
    assert read.get("81 times") == ("count", 81, "count"), read


def test_times_before_what_they_compare_stay_multiples(knowledge):
    read = _read(
        knowledge,
        "Net debt was 2.4 times earnings. The champion earned 30 times as much. The offer was oversubscribed 40 "
        "times, while the retail book was covered 9 times. Its debt is 5 times more than in 2015.",
    )
    for text, value in (("2.4 times", 2.4), ("30 times", 30), ("40 times", 40), ("9 times", 9), ("5 times", 5)):
        assert read.get(text) == ("multiple", value, "multiple"), read


# --- `24,000 MRI scans`: an acronym before the counted noun --------------------------------------------------------


def test_an_acronym_before_the_counted_noun_leaves_the_noun_the_counter(knowledge):
    read = {
        c.text.strip(): (c.kind, c.value, c.counter)
        for c in claims("The clinic performed 24,000 MRI scans and has 12 ICU beds.", knowledge).claims
    }
    assert read.get("24,000 MRI scans") == ("count", 24_000, "scans"), read
    assert read.get("12 ICU beds") == ("count", 12, "beds"), read


def test_an_iso_code_before_a_noun_stays_the_currency(knowledge):
    read = _read(knowledge, "The collector bought 400 USD notes.")
    assert read.get("400 USD") == ("money", 400, "USD"), read


def test_a_bare_r_naming_a_road_is_no_rand_even_in_south_african_copy(knowledge):
    """`the R21 road` beside `rand` is a route's name; `R21 million` in the same copy is still money."""
    read = _read(
        knowledge, "In South Africa the R21 road carried 40,000 cars a day, and tolls raised R21 million in rand."
    )
    assert read.get("R21 million") == ("money", 21_000_000, "ZAR"), read
    assert [text for text, (_, _, unit) in read.items() if unit == "ZAR"] == ["R21 million"], read
