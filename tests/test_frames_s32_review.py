"""Clean paragraphs a read-only review of the thirty-second session's first round wrote (invented names and figures)
on which new readings raised false alarms; each is fixed by a structural veto and must stay quiet:

- a price then a later count beside a total its words make another pot (`cost … to install`, `collected … for`):
  the total must be what the units paid or brought in (`[link.priced_count_takings]`, `priced_counts_later.py`);
- a rate beside an amount change that goes on past its clause (`, or 11% after inflation`, `(60% grain)`):
  `growth_rates.py`;
- editions not held every year, or an ordinal of a subset (`every other summer`, `격년으로`, `held in the new hall`,
  `3번째 장터 대표`): `season_ordinals.py` (`[link.edition_not_yearly]`, `[link.edition_restricted_after]`);
- `, N years ago` after a second verb of the dated subject (`opened in 1964 and was rebuilt …`):
  `date_spans_general.py` (`[link.apposed_ago_second_clause]`);
- a Korean multiple of `지금` whose base in the next sentence is a subset (`급속 충전기`):
  `multiples_of_stated_base_ko.py`.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules

_CLEAN = [
    # c/01
    "Tickets at the Orrin Hall sell for $25 a seat. Its 1,800 seats cost $4 million to install when the hall was "
    "rebuilt.",
    # c/02
    "Allotments in Pellow rent for £40 a plot each season. The 220 plots won the club a grant of £15,000 from the "
    "council.",
    # c/05
    "Seed costs farmers about $90 a hectare. The district's 48,000 hectares drew $2.1 million in drought relief "
    "this year.",
    # c/07
    "Lunches at Marrow Primary cost $3 a pupil. The school's 420 pupils collected $6,000 for the library at the fete.",
    # d/04
    "Water costs farmers $70 a megalitre. The valley's 12,000 megalitres of storage took $4.5 million to build.",
    # d/05
    "Stall holders pay $45 a stall. The market's 210 stalls turned over $1.3 million last year.",
    # c/09
    "The charity's income climbed to $9.4 million from $8.1 million, an increase of $1.3 million, or 11% after "
    "inflation.",
    # c/10
    "Exports from the port rose to 812,000 tonnes from 760,000 tonnes, a gain of 52,000 tonnes (60% grain), the "
    "authority said.",
    # c/12
    "The district's enrolment fell to 9,200 from 9,650, a drop of 450 pupils (12% in the primary years).",
    # c/24
    "The Dunmore show has been held every other summer since 1990, and this year's was the 18th show.",
    # c/25
    "Racers have run the Callow hill every June since 1985, though floods cancelled five years, and this year's "
    "was the 35th race.",
    # d/15
    "Choirs have gathered in Lund every spring since 1950, and this year's was the 12th festival held in the new hall.",
    # d/16
    "Sailors have raced the strait each summer since 2000, and this year's was the 20th race won by a local crew.",
    # c/45
    "2008년 처음 열린 바다미술 비엔날레는 격년으로 열려 올해로 9회째를 맞았다.",
    # c/49
    "2014년 처음 문을 연 골목 나눔 장터는 올해로 3번째 장터 대표를 뽑았다.",
    # c/27
    "The bridge opened in 1964 and was rebuilt after a flood, 34 years ago, at a cost of $2 million.",
    # d/48
    "전기차 충전기는 지금의 1.5배인 900기로 늘어난다. 지금 깔린 급속 충전기는 200기다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_a_clean_paragraph_of_the_review_raises_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


def test_a_total_named_by_a_listed_parts_label_takes_that_part_not_the_lead(knowledge):
    # the part's label has an aside and a particle (`조생종(하우스 포함)이 300톤`): the total's clause names the same
    # kind, so the price per kilogram values that part, not the lead's whole harvest
    text = (
        "바람군의 올해 감귤 생산량이 1,000톤으로 지난해보다 5% 줄었다.\n\n"
        "품종별로는 조생종(하우스 포함)이 300톤, 만생종이 700톤이었다.\n\n"
        "조생종 ㎏당 평균 수매가는 3,000원이다. 조생종 수매액은 약 9억원으로 집계됐다."
    )
    assert "F317" not in alarm_rules(knowledge, text)
    broken = text.replace("약 9억원", "약 15억원")
    assert "F317" in alarm_rules(knowledge, broken)
