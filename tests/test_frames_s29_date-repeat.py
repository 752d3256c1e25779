"""Dates read in the twenty-ninth session (the elapsed check, F406), a general reading:
- an age of something counted from the year its text says it began (checker/link/date_spans_general.py,
  `link_ages_from_start_years`): a count of years written as an age (`its 64-year history`, `in its 30 years`,
  `In 41 years we have`, `12 years of trading`) or the ordinal of an anniversary (`50주년`, `its 75th
  anniversary`), with the one start year (`established in 1960`, `since 1983`, `1974년 창립`) of its sentence, else
  of the sentence before or after in its paragraph, else of the whole article; to the publication year;
- vetoes: two start years where it is read, a person's count (`his 12th season`), a year after `since` in a clause
  with a record or a compared figure, a year after `in` with no verb of beginning in its clause, another year in the
  count's sentence (another start), a count inside a quotation (a speaker's own time), a length that is no age (`a
  25-year loan`); an ordinal of an edition or a season is not read at all (a yearly event skips years: a war, a
  pandemic, a biennial schedule).

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # an age hyphened before `history`, the start year in the sentence after
        ("Orders at Kestrel Looms hit a record in the firm's 64-year history. It was established in 1960.", False),
        ("Orders at Kestrel Looms hit a record in the firm's 71-year history. It was established in 1960.", True),
        # `In N years` told with a perfect verb, the start after `since` in the sentence before
        ("The Tamsin family has farmed barley near Ludlow since 1983. In 41 years they have never lost a crop.", False),
        ("The Tamsin family has farmed barley near Ludlow since 1983. In 35 years they have never lost a crop.", True),
        # `in its N years`, the start in the same sentence
        ("The ferry pier, built in 1994, has never been closed by ice in its 30 years.", False),
        ("The ferry pier, built in 1994, has never been closed by ice in its 26 years.", True),
        # `N years of trading`, the start several words after the verb
        (
            "Dunmore Ciders, started by two brothers in an old barn in 2012, reported 12 years of trading profits.",
            False,
        ),
        ("Dunmore Ciders, started by two brothers in an old barn in 2012, said 12 years of trading ended well.", False),
        ("Dunmore Ciders, started by two brothers in an old barn in 2012, said 19 years of trading ended well.", True),
        # an anniversary, the start year in the sentence before
        ("The brass band was formed in 1949. It plays a 75th anniversary concert this week.", False),
        ("The brass band was formed in 1949. It plays a 60th anniversary concert this week.", True),
        # the one start year of the whole article, far from the count
        (
            "Harlow Rowing Club held a gala to close its 32-year history.\n\nMembers rowed 4,100 km.\n\n"
            "The club was founded in 1992 by four students.",
            False,
        ),
        (
            "Harlow Rowing Club held a gala to close its 39-year history.\n\nMembers rowed 4,100 km.\n\n"
            "The club was founded in 1992 by four students.",
            True,
        ),
        # a Korean anniversary, the founding right after the year
        ("1974년 창립한 한결제과는 올해 창립 50주년 기념 행사를 연다.", False),
        ("1974년 창립한 한결제과는 올해 창립 45주년 기념 행사를 연다.", True),
    ],
)
def test_an_age_from_the_year_it_began(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- counts of years near a year that are not its age

CLEAN = [
    # two start years near the count: which one it counts from is unsaid
    "The museum opened in 1971 and its annex was built in 1999. Visitors hit a record in its 40-year history.",
    # a person's own season
    "Coach Ivo Marn, who founded the academy in 2001, is in his 12th season at the club.",
    # a year after `since` with a record in its clause
    "Wool prices were the highest since 2011. In 13 years we have seldom seen such demand, a buyer said.",
    # a year after `since` with a compared figure
    "Ticket sales are up 14% since 2019. In 30 years the gallery has had no better summer.",
    # a year after `in` with no verb of beginning in its clause
    "The harbour was dredged in 1988. The port has had 20 years of rising trade.",
    # a length that is no age
    "The bakery was founded in 1965. It took out a 25-year loan for new ovens.",
    # a count of years told ahead, not up to now
    "The co-operative was formed in 2003. In 10 years it will double its herd.",
    # an ordinal not told of the thing itself
    "The dairy opened in 1990. Its cheddar came 3rd at the show.",
    # an ordinal of another thing than an edition
    "The brewery was founded in 1996. Its 28th beer went on sale in the third quarter.",
    # a start year after the publication
    "The new arena will be opened in 2026. It is the town's 40-year dream.",
    # a year of something else, no start verb
    "The Maple Stores chain sold its 1997 warehouse. It reported 14 years of losses before that.",
    # an ordinal a place in a race, not an edition
    "The regatta was first held in 1980. Her crew finished 2nd in the final.",
    # two start years in the whole article, none beside the count
    "Fenwick Mills closed its 33rd season.\n\nThe mill was opened in 1991.\n\nA second mill was opened in 2005.",
    # a Korean edition ordinal with two first years in the article
    "제9회 들꽃 축제가 열렸다.\n\n2016년 첫 축제는 작았다.\n\n2019년 처음 열린 야간 행사도 이어졌다.",
    # a Korean count of years that is no age
    "2001년 설립된 한빛물산은 20년 만기 채권을 발행했다.",
    # a Korean ordinal of a match, not an edition
    "2010년 창단한 구단은 이날 시즌 12번째 승리를 거뒀다.",
    # an age told ahead
    "The Kelso pumping station, which opened in 1979, will close after 45 years of service.",
    # an ordinal told of the year written after it
    "The Brae fair was first held in 1990. Its 25th fair in 2014 drew 5,000 people.",
    # the start of a part, not of the whole
    "Its new pavilion was opened in 2015. The cricket club is in its 60th season.",
    # an ordinal told of last year
    "The Brae fair was first held in 1990. Last year's 34th fair drew 9,000 people.",
    # a count of people, not years, beside a start
    "The choir was formed in 1955. Its 68 singers gave 40 concerts.",
    # ordinals of editions and seasons: a yearly event skips years (a biennial show, a pause, a club gone dark)
    "Founded in 1988, the biennial Tarrow kite show holds its 17th edition this weekend.",
    "The Pellow Valley folk fair held its first edition in 2007. This year was its 12th edition after a pause.",
    "The Ashcombe Players open their 22nd season in October. The company was founded in 1995 but was dark for years.",
    "제6회 바닷가 연날리기 축제가 열렸다.\n\n2016년 첫 축제에는 400명이 왔다.",
    # another year in the count's sentence: counted from another start
    "The Dole bakery was built in 1931. The Vane family bought it in 1958, and in their 66 years it has shut once.",
    "The ferry pier opened in 1961. The ticket hall, added in 1985, has sold fares in its 39 years.",
    # a count inside a quotation: the speaker's own time
    'Rena Holt took over the orchard in 1992. "In 15 years I have not seen a frost this late," she said.',
]


@pytest.mark.parametrize("text", CLEAN)
def test_counts_near_a_start_year_that_are_not_its_age(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
