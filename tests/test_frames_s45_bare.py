"""Relation members the extractor did not read (forty-fifth session, lane `bare`): numbers written with no noun of
their own, read where their construction makes them a count.

- A bare whole number right after a share, set off by a comma (and `or`) and ending its clause (`Road crashes made
  up one in three, or 46, and …`, `women for 42 per cent, or 78.`) is the count the share states, of no noun of its
  own (`[elided_counts] count_after_share_between`, `count_after_share_end`, checker/extract/quantities.py
  `_read_counts_after_shares`). A list going on (`12%, 40, 41`), a year and a number with a unit stay as they are.
- A bare whole number before its share (`_read_counts_before_shares`) is read after a colon too (`mostly families:
  294, or 70 per cent`), and before a fraction after a comma alone (`numbered 32, an eighth of the entrants`). Without
  such a verb (`The youngest was aged 3, or …`; a survey's `found 260, or 65 per cent` and a score's `scored 46, or
  92 per cent`, whose wholes are the sample and the best mark) it stays bare.
- A number drawn from a pool by `of them`, set off by commas, where no figure before it in its sentence counts the
  pool (`Tags on walls and fences, 720 of them, were cleaned`), is a count of no noun of its own
  (`_read_counts_drawn_from_a_pool`); `converting four of them` is left as it is.
- `N between them` after members each doing a share (`each finish 12 a day, 60 between them`) is the members' total,
  a count of no noun of its own (`[elided_counts] total_among_after`, `_read_totals_among_members`).
- A sum reached (`[link.sum_reached_marks]`) after `brought`, `took`, `lifted` too (`… brought the total to 87`), from a
  level in words (`lifting its payroll from eight to 11`) and with the noun's pool named (`taking the total number of
  riders to 212`); `taken on`, `hired`, `recruited` add to a figure (`[link.addition_verbs]`).
- The Korean counter `면` of parking bays, courts and pitches (`주차면 1천240면`, `코트 4면`) is a counter
  (`[counters]`); a word it opens (`면적`, `면세`) is none (`[not_after]`). A figure named a gap by the noun after it
  (`36면 차이로`) is no part of a share (checker/link/named_wholes_of_shares.py); `N에 못 미치는` is a bound below N
  (`[qualifiers_after] under`).
- A sibling part set right after a share of its own (`… 124 players, and women for 42 per cent, or 78`) is no other
  part of the whole a shared part's share names (checker/link/siblings_of_shared_parts.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import mention_at

# ---------------------------------------------------------------- a count set right after its share


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The crew answered 150 calls. Chimney fires made up one in three, or 50, and floods the rest.", "50", 50),
        ("The choir has 90 singers, and men account for 40 per cent, or 36.", "36", 36),
        ("Of the 240 stalls, food sellers took 25 per cent, or 60, while crafts took the rest.", "60", 60),
        ("The league counts 75 clubs. Rural sides made up 60%, or about 45, this season.", "45", 45),
        ("Some 320 pupils sat the test; about one in five, 64, passed with honours.", "64", 64),
    ],
)
def test_a_bare_number_set_after_a_share_is_its_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a list of numbers goes on after it
        ("Turnout was 12%, 40, 41 and 39 in the four wards.", "40"),
        # a year
        ("Sales rose 8 per cent, or 2019's level, and then fell.", "2019"),
        # a name's number after the share's clause
        ("Half the votes went to the party of Route 9, a quarter, 12th.", "12th"),
    ],
)
def test_no_count_is_read_after_a_share_where_the_construction_differs(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count" or written == "12th", read


def test_a_score_after_a_share_is_no_count():
    # `3-1` is a score, not a number after a share
    read = mention_at("The side won 60 per cent of its games, 3-1 the last of them.", "3-1")
    assert read is None or read[0] != "count", read


# ---------------------------------------------------------------- a count set right before its share


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Children made up 160, or 40 per cent, of the audience at the matinee.", "160", 160),
        ("Walkers from abroad accounted for 72, or 30 per cent, of the entries.", "72", 72),
        ("Entries came mostly from schools: 180, or 60 per cent, were pupils.", "180", 180),
        ("Volunteers from abroad numbered 28, a fifth of the helpers.", "28", 28),
        ("Left-handed players numbered 15, one in ten of the field.", "15", 15),
    ],
)
def test_a_bare_number_before_its_share_after_a_finding_or_colon_is_a_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The youngest rider was aged 7, or so the organisers said.", "7"),
        ("The bridge opened in 1931, or 95 years ago.", "1931"),
        ("Their last meeting ended 2-2, or a draw in all but name.", "2-2"),
        # a score: its whole is the best possible mark, which the link stage does not tell from a total before it
        ("The show had 57 entrants. The winner scored 46, or 92 per cent.", "46"),
        # a survey's finding: its whole is the sample, not a total before it
        ("The shop had 9,000 visits. A poll of 500 riders found 310, or 62 per cent, wanted later buses.", "310"),
    ],
)
def test_a_number_before_a_share_with_no_part_verb_stays_as_it_is(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count", read


# ---------------------------------------------------------------- `, N of them,` set off by commas


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Potholes on side roads, 430 of them, were filled before the frost.", "430", 430),
        ("Most hives stood in orchards, 260 of them, a third of the total.", "260", 260),
        ("One complaint in four, 118 of them, concerned noise at night.", "118", 118),
        ("Women made up a third, and pensioners, 45 of them, a fifth.", "45", 45),
        ("Lamps on the old bridge, 64 of them; were replaced in May.", "64", 64),
    ],
)
def test_a_number_of_them_set_off_by_commas_is_a_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The yard spent £2 million converting four of them to electric drive.", "four"),
        ("The crew repainted six of them before dusk, the rest in spring.", "six"),
    ],
)
def test_a_number_of_them_not_set_off_stays_as_it_is(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count", read


# ---------------------------------------------------------------- a sum reached


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The group games and 12 more matches in the knockout rounds brought the total to 60.", "60", 60),
        ("The bakery hired eight more bakers, which took its staff to 30.", "30", 30),
        ("The farm will take on four more pickers, lifting its crew from nine to 13.", "13", 13),
        ("The farm will take on four more pickers, lifting its crew from nine to 13.", "nine", 9),
        ("The depot has taken on six drivers, bringing its roster to 41.", "41", 41),
    ],
)
def test_a_sum_reached_after_an_addition_is_a_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # no amount added before it
        ("The council will open new parks, taking its network to 5.", "5"),
        # a range, not a sum reached
        ("The firm employs between 40 and 50 drivers.", "40"),
        # a year after `to`
        ("The firm took on two staff, bringing its plans forward to 2031.", "2031"),
    ],
)
def test_no_sum_reached_is_read_without_an_addition(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count" or read[1] != float(written.strip() or 0), read


# ---------------------------------------------------------------- the Korean counter 면


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("공영주차장은 모두 1천240면으로 늘었다.", "1천240면", 1240),
        ("경기는 코트 6면에서 이틀 동안 열렸다.", "6면", 6),
        ("야영장은 동쪽 90면과 서쪽 60면을 합쳐 150면이다.", "150면", 150),
        ("새 구장 3면을 더 짓는다.", "3면", 3),
        ("테니스장은 8면이다.", "8면", 8),
    ],
)
def test_the_korean_counter_of_bays_and_courts_ismention_at(text, written, value):
    assert mention_at(text, written, "ko") == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("공원은 3면적 기준을 새로 정했다.", "3면"),
        ("2천만 원이면 충분하다.", "2천만 원이면"),
    ],
)
def test_words_the_korean_counter_opens_are_no_counters(text, written):
    read = mention_at(text, written, "ko")
    assert read is None or read[0] != "count", read


# ---------------------------------------------------------------- `N between them`


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The four potters each throw 30 bowls a day, 120 between them, so the order takes a month.", "120", 120),
        ("Three crews each clear 15 drains a shift, 45 between them.", "45", 45),
        ("The two kitchens bake 400 loaves a night, 800 among them on a busy weekend.", "800", 800),
        ("Its five vans each carry 60 parcels, about 300 between them, on every round.", "300", 300),
        ("The eight stalls each sold 25 pies, 200 between the stalls by noon.", "200", 200),
    ],
)
def test_a_bare_number_between_them_is_a_count(text, written, value):
    assert mention_at(text, written) == ("count", value)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The bridge opened in 1931 between the two wars.", "1931"),
        ("The shop opens from 9 between Monday and Friday.", "9"),
    ],
)
def test_a_year_or_a_time_between_them_is_no_count(text, written):
    read = mention_at(text, written)
    assert read is None or read[0] != "count", read
