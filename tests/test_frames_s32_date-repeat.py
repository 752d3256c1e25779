"""Dates read in the thirty-second session (the elapsed check, F406): a count of years or editions up to now told
beside the year something began.
- An edition or round of this year counted from a first one dated in its sentence (checker/link/season_ordinals.py,
  `_edition_spans`): Korean `YYYY년 처음 … 올해로 N회째를 맞았다` (the ordinal reached) or `… 올해로 N번째 <noun>` when
  the start's clause names that very noun; English `since YYYY, and this year's was the Nth <event>`. A yearly
  event may skip a year, so the count is read from the first edition with both ends or not.
- A Korean anniversary told a year ahead by a word before its count (`내년 창단 N주년`,
  `[link.anniversary_next_before]`).
- A Korean ordinal year right after the subject a start's clause tells of (`YYYY년 … 문을 연 <subject>는 N년째 …
  지키고 있다`, checker/link/date_spans_general.py, `_subject_start`): only with a verb of keeping something up to now
  after it and no result counted year by year (`N년째 적자`: a streak).
- An English year restated as the years back from now, apposed to the clause of the one year its sentence dates an
  event by (`shut down in 1977 after a storm, 47 years ago.`, date_spans_general.py, `_apposed_event`).
- An English range whose last date follows a holiday's name and weekday (`between 2 May and Spring Bank Holiday
  Monday, 25 May`, `[link.range_joiners]`).
- A round headline figure of one or two significant digits stated plainly, restated by the first later figure of its
  unit written finer that rounds to it (checker/check/kinds/restatement.py, `headline_rounded_pairs`): passed only.
Vetoes: a noun the start does not name (`3번째 우승`), a second year or a figure between start and count, a record
before `since`, no `this`, a past year's anniversary, a clause of results. Every sentence is written for this file,
with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # Korean: an edition reached this year, from a first one dated by `처음`
        ("2011년 처음 막을 올린 해변 음악회는 올해로 14회째를 맞았다.", False),
        ("2011년 처음 막을 올린 해변 음악회는 올해로 17회째를 맞았다.", True),
        # Korean: the Nth round of the very noun the start's clause names
        ("2014년 처음 문을 연 골목 나눔 장터는 올해로 11번째 장터를 열었다.", False),
        ("2014년 처음 문을 연 골목 나눔 장터는 올해로 15번째 장터를 열었다.", True),
        # Korean: an anniversary told a year ahead
        ("1975년 창단한 솔빛합창단은 내년 창단 50주년을 맞는다.", False),
        ("1975년 창단한 솔빛합창단은 내년 창단 45주년을 맞는다.", True),
        # Korean: an ordinal year right after the subject its start's clause tells of
        ("1980년 항구 앞 골목에서 문을 연 국숫집은 44년째 같은 자리를 지키고 있다.", False),
        ("1980년 항구 앞 골목에서 문을 연 국숫집은 40년째 같은 자리를 지키고 있다.", True),
        ("1993년 산자락에 설립된 한솔목장은 31년째 젖소만 길러 왔다.", False),
        ("1993년 산자락에 설립된 한솔목장은 25년째 젖소만 길러 왔다.", True),
        # English: this year's edition of a run still going since its year
        ("Riders have raced over the pass every June since 1990, and this year's was the 35th race.", False),
        ("Riders have raced over the pass every June since 1990, and this year's was the 30th race.", True),
        ("The quay has hosted a craft fair each autumn since 2001, and this will be the harbour's 24th fair.", False),
        ("The quay has hosted a craft fair each autumn since 2001, and this will be the harbour's 20th fair.", True),
        # English: a year restated as the years back from now, apposed to its clause, whatever the event's verb
        ("The town's tramway shut down in 1977 after a storm, 47 years ago.", False),
        ("The town's tramway shut down in 1977 after a storm, 41 years ago.", True),
        # English: a range whose last date follows a holiday's name and its weekday, its length apposed
        ("Skaters came 6,300 times over 26 days, between June 3 and Founders Day, Friday, June 28.", False),
        ("Skaters came 6,300 times over 19 days, between June 3 and Founders Day, Friday, June 28.", True),
    ],
)
def test_an_edition_or_age_counted_from_its_first_year(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN = [
    # Korean: an ordinal of wins, a noun the start's clause does not name
    "2014년 창단한 합창단은 올해로 3번째 우승을 차지했다.",
    # Korean: a second year between the start and the ordinal (a year it skipped is counted: s45, lane `dates`)
    "2011년 처음 열린 음악회는 2020년 새 공연장으로 옮겼고 올해로 13회째를 맞았다.",
    # Korean: an edition of a past year
    "2011년 처음 열린 음악회는 지난해 13회째를 맞았다.",
    # Korean: a streak of losses after the subject, not its age
    "2018년 문을 연 찻집은 3년째 적자를 내고 있다.",
    # Korean: a result told in the past, no verb of keeping up
    "1980년 문을 연 국숫집은 5년째 메뉴를 바꾸지 않았다.",
    # Korean: a figure between the start and the ordinal year
    "1980년 문을 연 국숫집은 지난해 매출이 2억 원으로 7년째 늘고 있다.",
    # Korean: an anniversary of another subject's year
    "1975년 창단한 솔빛합창단은 올해 이웃 합창단인 한빛합창단의 창단 30주년 행사에 참석했다.",
    # Korean: an ordinal of seats and a founding year in different sentences
    "1990년 창단한 극단은 올해 새 극장을 열었다. 객석은 모두 240석이다.",
    # English: a record before `since`
    "Entries were the highest since 1990, and this year's was the 12th race.",
    # English: `that`, not this year's edition
    "Riders have raced up the pass since 1990, and that was the 35th race they ran.",
    # English: an ordinal of something held more than once a year
    "Riders have raced up the pass since 1990, and this was the 35th goal scored there.",
    # English: two years before the ordinal
    "The club has raced since 1990 and rowed since 2001, and this year's was the 20th regatta.",
    # English: a founding year and a count of stalls
    "The market was founded in 2001. This autumn it has 24 stalls and 3 food vans.",
    # English: a season of a player, not of the event
    "Costa joined the club in 2012, and this is her 9th season as captain of the second team.",
    # English: a date and a number of days near an anniversary word
    "The choir sang on 4 May, and 38 people came; its anniversary dinner is on 12 October.",
    # English: a year of a record and the ordinal of a place
    "It was the wettest June since 1990, and the team finished 3rd in the league.",
    # English: `ago` told of another event than the year's, in a clause of its own
    "The shaft was sealed in 1977, and its winding house burned down 20 years ago.",
    # English: two dates joined by `and` with no weekday between, each of its own event, and a count of days
    "Trials began on June 3 and the harbour reopened on June 28; 19 boats took part.",
    # English: `ago` apposed to a clause with no year
    "The shaft was sealed by a Welsh contractor, 20 years ago.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_counts_near_a_start_that_are_not_its_edition_or_age(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


HEADLINED = [
    # a headline's round count over the body's figure that rounds to it
    (
        "보람군 가을 국화전 4만 명 찾아\n\n보람군은 지난달 열린 가을 국화전에 관람객 4만1천800명이 찾았다고 2일 "
        "밝혔다.",
        True,
    ),
    (
        "Dunmore hatchery releases 300,000 salmon smolts\n\nThe Dunmore hatchery released 296,500 salmon smolts "
        "into the river "
        "this spring, its trust said on Friday.",
        True,
    ),
    # a body figure that does not round to the headline's: another figure, nothing listed
    (
        "보람군 가을 국화전 4만 명 찾아\n\n보람군은 지난달 열린 가을 국화전에 관람객 3만1천800명이 찾았다고 2일 "
        "밝혔다.",
        False,
    ),
    # the body's figure is a prior, not the headline's
    (
        "Dunmore hatchery releases 300,000 salmon smolts\n\nThe hatchery released 238,000 this spring, up from "
        "296,500 a year earlier, its trust said.",
        False,
    ),
]


@pytest.mark.parametrize("text,restated", HEADLINED)
def test_a_round_headline_figure_restated_by_one_that_rounds_to_it(knowledge, text, restated):
    from helpers import document
    from test_frames import findings

    korean = any("가" <= c <= "힣" for c in text)
    result = findings(knowledge, document(text, language="ko" if korean else None), select=["F405"], show_passed=True)
    assert "F405" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert ("F405" in [p.rule for p in result.passed]) == restated, [p.message for p in result.passed]
