"""Relation members the extractor did not read (forty-fourth session, lane `bare`): numbers written with no noun of
their own, read as counts of the noun the construction names.

- A bare whole number right before `of`, a determiner and the plural noun of its pool (`Only 41 of the boats finished`,
  `Thirty-eight of the entrants came from abroad`, `54 of the call-outs`) is a part of that pool, a count of its noun
  (`[elided_counts] part_of_pool_after`, checker/extract/quantities.py `_read_parts_of_a_named_pool`), where its
  sentence states its share after it (`, about two in three`, `or 40 per cent`). A figure in the pool, a name's number,
  a year, `one of the …`, each member's part (`The looms will each weave 400 of the rugs`), a pool naming no plural noun
  and a part with no share leave it as it is.
- Bare whole numbers listed right before a count whose noun is written on the last only (`drew 140, 95 and 35
  entrants`, `sold 40 and 25 seats`) count that noun (`[elided_counts] list_joint`, `list_last_joint`,
  `list_pair_joint`, `_read_counts_written_last`). A range (`between 40 and 50 members`), a year and a clause of its
  own (`grew to 140, and 35 members left`) are left as they are.
- A gapped list ranked from its first part down (`Violins led with 300 pupils, followed by cellos with 140 and flutes
  with 95`): `, followed by` joins its parts as a comma does (`[link.gapped_list_joints]`).
- The Korean counter of eggs and grains (`하루 36만 알`, `2천160만 알`) is a counter (`[counters]`); a word it opens
  (`알려진`, `알코올`) is none (`[not_after]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked

from checker.extract.quantities import scan

SHARE, SUM = "F503", "F302"


def _read(text: str, written: str) -> tuple[str, float, str] | None:
    """The mention read at the written number, as (kind, value, counter), or None."""
    mentions, _ = scan(text, language="en")
    at = text.index(written)
    for m in mentions:
        if m.start <= at < m.end:
            return m.quantity.kind, m.quantity.value, getattr(m.quantity, "counter", "") or ""
    return None


# ---------------------------------------------------------------- a part of a pool its words name


@pytest.mark.parametrize(
    ("text", "written", "value", "noun"),
    [
        ("The regatta drew 64 boats. Only 41 of the boats finished, about two in three.", "41", 41, "boats"),
        (
            "The fund had 126 applicants. Forty-two of the applicants were from abroad, a third of the total.",
            "Forty-two",
            42,
            "applicants",
        ),
        (
            "The team had 140 call-outs. Hill walkers accounted for 84 of the call-outs, or 60 per cent.",
            "84",
            84,
            "call-outs",
        ),
        (
            "The league lists 264 players. Thirty-three of the registered players are women, one in eight.",
            "Thirty-three",
            33,
            "players",
        ),
        (
            "The show took 212 entries. Judges said 17 of this year's entries came in late, or 8 per cent.",
            "17",
            17,
            "entries",
        ),
        ("The trust built 470 homes. In the end 230 of its homes went to families, almost half.", "230", 230, "homes"),
    ],
)
def test_a_number_before_of_and_its_pools_plural_noun_counts_that_noun(text, written, value, noun):
    assert _read(text, written) == ("count", value, noun)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("One of the boats sank off the point.", "One"),
        ("The race drew 200 boats. Kayaks made up 120 of the members, or 60 per cent.", "120"),
        ("Some 40 of the volunteers came back, a third of them.", "40"),
        ("The panel ruled under Article 5 of the rules that the bid was late.", "5"),
        ("He scored 71 of the possible 75 in the final round.", "71"),
        ("The firm makes 300 small boxes and 100 of the largest, with 72 notes.", "100"),
        ("Some 24 of the class passed the test on Friday, or 80 per cent.", "24"),
        ("The nine looms will each weave about 400 of the rugs, a third of the order.", "400"),
        ("Only 41 of the boats finished; the rest retired.", "41"),
        ("It rained on 19 of the month's 30 days.", "19"),
    ],
)
def test_no_count_is_read_where_the_pool_names_no_plural_noun_or_holds_a_figure(text, written):
    read = _read(text, written)
    assert read is None or read[2] not in ("boats", "rules", "largest", "class", "month's", "rugs"), read


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Harbour regatta\n\nThe regatta drew 48 boats on Saturday. Only 36 of the boats finished, three in four.",
            False,
        ),
        (
            "Harbour regatta\n\nThe regatta drew 48 boats on Saturday. Only 36 of the boats finished, two in three.",
            True,
        ),
        ("Town show\n\nThe show had 120 stalls this year, and 30 of the stalls sold food, one in four.", False),
        ("Town show\n\nThe show had 120 stalls this year, and 30 of the stalls sold food, one in three.", True),
        (
            "Fell race\n\nThe race drew 250 runners on Sunday. In the end 200 of the runners finished, or 80 per cent.",
            False,
        ),
        (
            "Fell race\n\nThe race drew 250 runners on Sunday. In the end 200 of the runners finished, or 75 per cent.",
            True,
        ),
    ],
)
def test_a_part_of_a_named_pool_is_checked_against_its_share(knowledge, text, fires):
    _checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- bare numbers listed before the noun of the last


@pytest.mark.parametrize(
    ("text", "written", "value", "noun"),
    [
        ("The men's, women's and junior classes drew 140, 95 and 35 entrants.", "140", 140, "entrants"),
        ("The men's, women's and junior classes drew 140, 95 and 35 entrants.", "95", 95, "entrants"),
        ("The three halls seated 120, 80, and 60 guests on the night.", "80", 80, "guests"),
        ("The ferry sold 40 and 25 seats on its two crossings.", "40", 40, "seats"),
        ("Its four yards built 12, 9, 7 and 3 barges last year.", "12", 12, "barges"),
        ("The north and south wards logged 310 and 290 calls in March.", "310", 310, "calls"),
    ],
)
def test_bare_numbers_listed_before_a_counted_noun_count_that_noun(text, written, value, noun):
    assert _read(text, written) == ("count", value, noun)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The club grew to 140, and 35 members left in May.", "140"),
        ("In 2023, 2024 and 2025 members voted on the plan.", "2024"),
        ("The index stood at 140, 95 points below its peak.", "140"),
        ("The shop sold 40 on Monday and 25 seats on Friday.", "40"),
    ],
)
def test_a_number_outside_such_a_list_is_not_read_as_its_noun(text, written):
    read = _read(text, written)
    assert read is None or read[2] not in ("members", "points", "seats"), read


@pytest.mark.parametrize("text", ["The club has between 40 and 50 members.", "Between 30 and 45 boats took part."])
def test_a_range_before_a_counted_noun_stays_a_range(text):
    mentions, _ = scan(text, language="en")
    assert len(mentions) == 1 and mentions[0].quantity.kind == "range", [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Fair entries\n\nThe three classes drew 140, 95 and 35 entrants, 270 in all.", False),
        ("Fair entries\n\nThe three classes drew 140, 95 and 35 entrants, 290 in all.", True),
        ("Ferry seats\n\nThe two crossings sold 40 and 25 seats, 65 in all.", False),
        ("Ferry seats\n\nThe two crossings sold 40 and 25 seats, 75 in total.", True),
    ],
)
def test_a_list_of_bare_numbers_before_its_noun_is_summed(knowledge, text, fires):
    _checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a gapped list ranked from its first part down


@pytest.mark.parametrize(
    ("text", "written", "value", "noun"),
    [
        (
            "Violins are the most popular, with 300 pupils, followed by cellos with 140 and flutes with 95.",
            "140",
            140,
            "pupils",
        ),
        ("Oaks led the survey with 410 trees, followed by ash with 220 and beech with 130.", "130", 130, "trees"),
        ("Cod made up the biggest catch at 900 crates, followed by haddock at 450.", "450", 450, "crates"),
    ],
)
def test_a_later_part_after_followed_by_counts_the_first_parts_noun(text, written, value, noun):
    assert _read(text, written) == ("count", value, noun)


def test_followed_by_a_figure_of_its_own_is_no_gapped_part():
    assert _read("The region sold 5,000 tickets, followed by 2,000 in June.", "2,000")[2] != "tickets"


# ---------------------------------------------------------------- the Korean counter of eggs and grains


def _read_ko(text: str, written: str) -> tuple[str, float, str] | None:
    mentions, _ = scan(text, language="ko")
    at = text.index(written)
    for m in mentions:
        if m.start <= at < m.end:
            return m.quantity.kind, m.quantity.value, getattr(m.quantity, "counter", "") or ""
    return None


@pytest.mark.parametrize(
    ("text", "written", "value", "noun"),
    [
        ("양계장은 지난해 9만 알에서 올해 11만 알로 하루 생산을 늘렸다.", "11만 알", 110000, "알"),
        ("조합은 씨앗 4천 알을 마을에 나눴다.", "4천 알", 4000, "알"),
        ("농장은 하루 달걀 12만 알을 거둔다.", "12만 알", 120000, "알"),
        ("업체는 한 해 1천80만 알의 메추리알을 납품한다.", "1천80만 알", 10800000, "알"),
    ],
)
def test_the_korean_counter_of_eggs_is_read(text, written, value, noun):
    assert _read_ko(text, written) == ("count", value, noun)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("대회 결과는 3알려진 바와 같다.", "3"),
        ("5만 알려진 대로 행사가 열렸다.", "5만"),
        ("도수 3알코올 제품은 없다.", "3"),
    ],
)
def test_words_the_korean_counter_opens_are_no_counters(text, written):
    read = _read_ko(text, written)
    assert read is None or read[2] != "알", read


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("누리 양계장\n\n하루 생산은 솔밭 농장 123만 알과 냇가 농장 87만 알로 모두 210만 알이다.", False),
        ("누리 양계장\n\n하루 생산은 솔밭 농장 123만 알과 냇가 농장 87만 알로 모두 230만 알이다.", True),
    ],
)
def test_korean_eggs_counted_are_summed(knowledge, text, fires):
    _checked(knowledge, text, SUM, fires)
