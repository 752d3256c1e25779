"""Dates read in the thirty-third session (the elapsed check, F406): the age of a thing counted from the year it began,
up to now (checker/link/date_spans_general.py, `link_ages_from_start_years`; checker/link/season_ordinals.py).
- A decade written in an age's sentence (`reroofed in the 1980s`) is no other year the age is told of.
- The ordinal of a thing's own year may come before the start its sentence dates (`the drive, in its fifth full year,
  was launched in 2020`).
- A start verb in the active voice with a definite object (`whose father opened the bakery in 1962`) starts that
  object, whoever the possessive subject is: no part's start.
- A modal in an earlier clause of an age's sentence (`sales will pass 40,000, organisers predicted, the most in the
  festival's 70-year history`) tells that clause ahead, not the age.
- Whole years as the object of a verb of marking told ahead (`will celebrate 75 years with a regatta`).
- The age a thing has now (`176 years old this spring`, `a 225-year-old barn`, `at 143 years, the oldest`), beside a
  start of its clause's own subject, before or after it in its sentence.
- A Korean start whose word of starting stands past a place (`1993년 전주 풍남동 한옥 골목 끝 작업실에서 출발해`), read
  only beside a count of its sentence.
- A run whose start and end are marked by verbs told ahead (`the dig opens on 4 August … closes on 27 October`), its
  length between them after a word of lasting (`lasts for 12 weeks`; checker/link/spans_between_dates.py).
- A Korean count of months in native tens (`열 달`, `열두 달`; checker/link/elapsed.py, `span_counts`).
- A length in days from a dated day to a month written whole (`6월 28일 개장해 8월 말까지 60일`): any count to a
  day of that month holds (checker/check/kinds/elapsed.py).
- A headline figure restated by the first later one of its unit written the same way, with the same counted noun or
  none, told ahead there or not (checker/check/kinds/restatement.py, `headline_counted_pairs`): passed only.
Vetoes: a person's relative clause (`who opened the cafe`), an active verb with an indefinite object (`founded a
second firm`), a start verb with a definite object for a thing's age (`the 58-year-old owner … opened the bakery`),
a length of a term (`At 30 years, the bond`), a modal in the count's own clause. Every sentence is invented for this
file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a decade in the age's sentence is no other year
        (
            "Built in 1874 and automated in the 1990s, the lighthouse has guided boats for 150 years.",
            False,
        ),
        (
            "Built in 1874 and automated in the 1990s, the lighthouse has guided boats for 140 years.",
            True,
        ),
        # a thing's own ordinal year before the start of its sentence
        ("The tree-planting drive, in its fifth full year, was launched in 2020 by two schools.", False),
        ("The tree-planting drive, in its ninth full year, was launched in 2020 by two schools.", True),
        # a definite object of an active start verb, its subject a possessive's
        (
            "Sales at the bakery are the best of its 62-year history, figures show. Its manager, whose father opened "
            "the bakery in 1962, credits a new oven.",
            False,
        ),
        (
            "Sales at the bakery are the best of its 52-year history, figures show. Its manager, whose father opened "
            "the bakery in 1962, credits a new oven.",
            True,
        ),
        # a modal in an earlier clause of the age's sentence
        (
            "Ticket sales will pass 40,000, organisers predicted, the most in the festival's 70-year history; its "
            "founders set up the festival in 1954.",
            False,
        ),
        (
            "Ticket sales will pass 40,000, organisers predicted, the most in the festival's 60-year history; its "
            "founders set up the festival in 1954.",
            True,
        ),
        # whole years marked ahead, the way they are marked after them
        ("Founded in 1949, the rowing club will celebrate 75 years with a regatta in September.", False),
        ("Founded in 1949, the rowing club will celebrate 65 years with a regatta in September.", True),
        # the age a thing has now, its start's clause about it
        (
            "The rope works, 176 years old this spring, was founded in 1848 by two brothers.",
            False,
        ),
        (
            "The rope works, 186 years old this spring, was founded in 1848 by two brothers.",
            True,
        ),
        ("Barley is still kept in the granary, a 225-year-old barn that was built in 1799.", False),
        ("Barley is still kept in the granary, a 215-year-old barn that was built in 1799.", True),
        ("Still in use at 143 years, the oldest in the valley, the footbridge was built in 1881.", False),
        ("Still in use at 134 years, the oldest in the valley, the footbridge was built in 1881.", True),
        # Korean: the start's word past a place
        ("공방은 1993년 전주 풍남동 한옥 골목 끝 작업실에서 출발해 31년 만에 직원 스무 명을 둔 회사로 컸다.", False),
        ("공방은 1993년 전주 풍남동 한옥 골목 끝 작업실에서 출발해 21년 만에 직원 스무 명을 둔 회사로 컸다.", True),
    ],
)
def test_an_age_counted_from_the_year_its_thing_began(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN = [
    # a person's age beside a start the person made
    "The 58-year-old owner, who opened the bakery in 2001, said sales were flat.",
    "The 47-year-old chef, Ana Ruiz, joined the kitchen in 2015 and now runs it.",
    "Mr Osei founded the courier firm in 1998. At 71 years old, he still drives a van on Fridays.",
    # an indefinite object: another thing's start
    "Its chair founded a second firm in 1990. The firm posted the best year of its 12-year history.",
    # a term, not an age
    "The council was formed in 1974. At 30 years, the bond is the longest it has sold.",
    # a modal in the count's own clause: told ahead
    "The mill will shut in May after 46 years of trading, its owners said; it opened in 1975.",
    # two starts: which one the age counts from is unsaid
    "The choir was formed in 1950 and the band in 1962; both will celebrate with a concert.",
    # a decade is no start
    "The pier was rebuilt in the 1960s, and at 20 years old its lamps need replacing.",
    # a year that dates a sale, not a start
    "The farm was sold in 2011. It has grown wheat for 13 years on the lower fields.",
    # a record's year, not a start
    "Lamb prices are the highest since 2016, and growers have waited eight years for them.",
    # a count of years ahead
    "The trust was set up in 2003. Over the next 20 years it plans to plant 40,000 oaks.",
    # Korean: a figure between the year and the word of starting
    "이 강좌는 2016년 초등학교 9곳에서 시작해 올해는 35개 학교로 늘었다.",
    # Korean: a start past a place, but the count is a plan ahead
    "2008년 인천 강화읍 시장 뒤편 가게에서 출발한 빵집은 앞으로 5년 동안 분점을 늘릴 계획이다.",
    # Korean: a start past a place, and a count of another thing's years in another sentence
    "1990년 대전 중구 은행동의 한 좁은 골목에서 출발한 식당이다. 주방장은 20년 동안 같은 자리에서 일했다고 했다.",
    # a person's age in a quote beside the year the speaker joined
    '"I was 19 when I joined the crew in 1990," said the skipper, now 53.',
    # a list of founding years of several clubs
    "The darts club was founded in 1961, the chess club in 1972 and the bowls club in 1980.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_counts_near_a_start_that_are_not_its_age(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The dig opens on Tuesday, August 4, lasts for 12 weeks and closes on Tuesday, October 27.", False),
        ("The dig opens on Tuesday, August 4, lasts for 16 weeks and closes on Tuesday, October 27.", True),
        ("The fair opens on June 3 and runs for nine days, closing on June 11.", False),
        ("The fair opens on June 3 and runs for 14 days, closing on June 11.", True),
        # Korean: a native count of ten months and more (`열 달`, `열한 달`) over a range of months
        ("야구부는 2∼11월 열 달 동안 전국 대회 9곳에 나갔다.", False),
        ("야구부는 2∼11월 열두 달 동안 전국 대회 9곳에 나갔다.", True),
        ("수영장은 6월 28일 개장해 8월 말까지 60일 동안 손님을 받았다.", False),
        ("수영장은 6월 28일 개장해 8월 말까지 90일 동안 손님을 받았다.", True),
    ],
)
def test_a_run_with_its_length_between_its_ends_or_to_a_whole_month(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


RUNS_CLEAN = [
    # a length told from another time between the ends
    "Crews start on August 4, two weeks after the strike, and finish on October 27.",
    "Crews start on August 4 and wait for 3 weeks after the vote, finishing on October 27.",
    # a figure between the start and the length: another count's
    "Crews start on August 4, lay 40 pipes for 12 weeks and finish on October 27.",
    # Korean: a native ten before another counter: no length
    "주민들은 2∼11월 열 차례 모여 마을 길을 고쳤다.",
    # a length of a thing, not of the run, in another sentence
    "The fair opens on June 3 and closes on June 11. Day tickets are valid for 30 days.",
]


@pytest.mark.parametrize("text", RUNS_CLEAN)
def test_lengths_between_two_dates_that_are_not_the_run(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


HEADLINE_COUNTS = [
    (
        "Harbour yard to build 6,000 lobster pots for Irish fishers\n\n"
        "The yard will build 6,000 lobster pots by spring.",
        True,
    ),
    ("Printer wins order for 120,000 maps\n\nThe printer has agreed to print 120,000 maps for a tourist board.", True),
    # a round rate or amount of two digits or one, the first later figure written the same way
    ("Ferry operator's profit climbs 14%\n\nThe operator said on Friday that its profit grew 14% in the half.", True),
    ("Council sets aside £30m for bridges\n\nCouncillors agreed to spend £30m on repairs over three years.", True),
    # the other way: another figure
    ("Ferry operator's profit climbs 14%\n\nIts fuel bill fell 14% in the half, the operator said.", False),
    # one rate of two levels written with it: no figure restated
    ("Canal trust income rises 9% to £12m\n\nThe trust said visitor numbers rose 9% to 30,000.", False),
    ("Canal trust income rises 9% to £12m\n\nThe trust said its grants rose 9% to £5m.", False),
    # another noun counted: another figure
    ("Harbour yard to build 6,000 lobster pots\n\nThe yard sold 6,000 crab traps last year.", False),
    # a prior: the body's figure is last year's level
    ("Printer wins order for 120,000 maps\n\nSales rose to 150,000 maps from 120,000 maps a year earlier.", False),
]


@pytest.mark.parametrize("text,restated", HEADLINE_COUNTS)
def test_a_headline_count_restated_with_its_noun(knowledge, text, restated):
    from helpers import document
    from test_frames import findings

    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert "F405" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert ("F405" in [p.rule for p in result.passed]) == restated, [p.message for p in result.passed]
