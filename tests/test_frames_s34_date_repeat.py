"""Dates and repeats read in the thirty-fourth session.
- A range's last month told a year on from its first (`from October to next June`, `between August and the following
  March`): the run's ends, its length beside them (`[link.range_joiners]`; checker/link/spans_between_dates.py).
- A Korean anniversary after the noun of the founding it counts from (`창단 20주년`, `창간 30주년`), the founding's
  year in its sentence (checker/link/date_spans_general.py, `link_ages_from_start_years`).
- A start told as a subject's verb of opening modifying what it opened (`1981년 어머니가 연 국숫집은 43년 만에`), read
  only beside a count of its sentence ([link.age_start_after_year_near]).
- A past time written before the start's year in an age's sentence (`지난해보다 …, 2016년 시작한 …이 올해로 9년째`)
  dates an earlier clause, not the age.
- An event's edition ordinal written before its name (`제9회 …축제`) counted from the year the text names its first
  edition in another sentence (`2016년 첫 축제`; checker/link/editions_apart.py).
- A headline figure restated by the first later one written the same way, its entity a word of the body's name for
  it (`County`, `Marlow County`; checker/check/kinds/restatement.py, `headline_counted_pairs`): listed as passed only.
Vetoes: a length of something else beside the range, another year in the age's sentence, a run not held every year
(`격년`, `취소`), two ordinals or two first years, fewer editions than years, another owner's founding, another entity
or counted noun in the body. Every
sentence is invented for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # a last month told a year on: counted through it or between
        ("The dredgers will work the estuary from October to next June, nine months in all.", False),
        ("The dredgers will work the estuary from October to next June, twelve months in all.", True),
        ("Night buses will run between November and the following March, a run of five months.", False),
        ("Night buses will run between November and the following March, a run of nine months.", True),
        ("Crews are to resurface the bypass from September through next February, a campaign of six months.", False),
        ("Crews are to resurface the bypass from September through next February, a campaign of ten months.", True),
    ],
)
def test_a_range_ending_a_year_on(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # an anniversary after the noun of the founding, the year in its sentence
        ('단장은 "2004년 창단한 청소년 오케스트라가 창단 20주년을 맞은 올해 처음 해외 무대에 섰다"고 말했다.', False),
        ('단장은 "2004년 창단한 청소년 오케스트라가 창단 25주년을 맞은 올해 처음 해외 무대에 섰다"고 말했다.', True),
        ("1994년 창간한 지역 주간지는 창간 30주년 기념호를 펴냈다.", False),
        ("1994년 창간한 지역 주간지는 창간 40주년 기념호를 펴냈다.", True),
        # a past time before the start's year: an earlier clause's
        ('박 대표는 "지난해보다 주문이 늘었다"며 "2016년 시작한 공방이 올해로 9년째를 맞았다"고 말했다.', False),
        ('박 대표는 "지난해보다 주문이 늘었다"며 "2016년 시작한 공방이 올해로 12년째를 맞았다"고 말했다.', True),
        # a subject, then a verb of opening modifying what it opened, beside a count of its sentence
        ("1981년 어머니가 연 국숫집은 43년 만에 처음으로 분점을 냈다.", False),
        ("1981년 어머니가 연 국숫집은 33년 만에 처음으로 분점을 냈다.", True),
    ],
)
def test_korean_ages_from_a_founding(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "충북 한빛군은 지난 주말 열린 제9회 한빛 연꽃축제에 4만2천 명이 다녀갔다고 26일 밝혔다.\n\n"
            '군 관광과 담당자는 "2016년 첫 축제 때는 먹거리 천막을 세 동만 쳤다"고 돌아봤다.',
            False,
        ),
        (
            "충북 한빛군은 지난 주말 열린 제12회 한빛 연꽃축제에 4만2천 명이 다녀갔다고 26일 밝혔다.\n\n"
            '군 관광과 담당자는 "2016년 첫 축제 때는 먹거리 천막을 세 동만 쳤다"고 돌아봤다.',
            True,
        ),
        # a first edition named by a word any event goes by
        (
            "제7회 서해 갯벌 마라톤대회가 18일 열려 3천100명이 뛰었다.\n\n주최 측은 2018년 처음 열린 대회 때 참가자가 "
            "900명이었다고 밝혔다.",
            False,
        ),
        (
            "제9회 서해 갯벌 마라톤대회가 18일 열려 3천100명이 뛰었다.\n\n주최 측은 2018년 처음 열린 대회 때 참가자가 "
            "900명이었다고 밝혔다.",
            True,
        ),
    ],
)
def test_an_edition_counted_from_its_first_told_apart(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


CLEAN = [
    # a length of something else beside a range ending a year on
    "The dredgers will work the estuary from October to next June. Their permits are valid for 90 days.",
    "The dredgers will work from October to next June, and each barge will be inspected every two weeks.",
    # a range of months and a count of months of another thing in the next sentence
    "Night buses will run between November and the following March. Drivers sign three-month contracts.",
    # Korean: a founding noun before a count of another year's anniversary, another year in the sentence
    "2004년 창단한 구단은 2019년 창단 15주년 기념 경기를 열었다.",
    # the anniversary of another owner, named after the start's clause closed its subject
    "1980년 창단한 솔빛극단은 올해 이웃 극단인 한빛극단의 창단 40주년 공연에 참여했다.",
    # another subject's count, told of a past year
    "1990년 시가 연 장터는 지난해 문을 닫았고, 이웃 마을 장터가 30년 만에 다시 열렸다.",
    # a verb of opening with no count of years in its sentence
    "1981년 어머니가 연 국숫집은 분점을 냈다. 손님은 하루 300명이다.",
    # an anniversary with no start year anywhere
    "지역 주간지는 창간 30주년 기념호를 펴냈다.",
    # a past time after the start's year, in the count's clause: told of the past
    "2016년 시작한 공방은 지난해 8년째 적자를 냈다.",
    # an edition with no first year told
    "제9회 한빛 연꽃축제에 4만2천 명이 다녀갔다. 군은 내년 행사장에 그늘막을 더 치기로 했다.",
    # a run not held every year: its ordinal counts no years
    "제7회 한빛 연꽃축제에 4만 명이 다녀갔다.\n\n2016년 첫 축제 이후 두 해는 장마로 취소됐다.",
    "격년으로 열리는 제5회 한빛 도자기축제에 2만 명이 왔다.\n\n2014년 첫 축제 때는 3천 명이 왔다.",
    # two editions told: which one is this year's is unsaid
    "제9회 한빛 연꽃축제와 제3회 한빛 국화축제가 잇따라 열린다.\n\n2016년 첫 축제 때는 5천 명이 왔다.",
    # fewer editions than years: a pause, unsaid, as likely as a slip
    "제5회 한빛 연꽃축제에 4만 명이 다녀갔다.\n\n2016년 첫 축제 때는 5천 명이었다.",
    # two first years told
    "제9회 한빛 연꽃축제에 4만 명이 왔다.\n\n2016년 첫 축제는 작았다. 이웃 군은 2020년 첫 축제를 열었다.",
    # another event's first year
    "제9회 한빛 연꽃축제에 4만 명이 왔다.\n\n군은 2016년 첫 장터를 열었다.",
    # the ordinal of another thing than an event
    "한빛군은 제9회 정기회의를 열었다.\n\n2016년 첫 축제는 작았다.",
    # a first year after the publication's
    "제2회 한빛 연꽃축제 준비가 한창이다.\n\n군은 2025년 첫 축제를 열 계획이었다.",
    # English: an ordinal and an unrelated year
    "The 14th annual fair drew 9,000 visitors. The showground was bought in 1998.",
    # a range ending next month and a figure of months that is a count of visits
    "Inspectors will visit from June to next January and will make seven visits in all.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_near_misses_are_not_read_as_spans(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


HEADLINE_SHORT_NAMES = [
    # a headline names the entity by a word of the body's name for it
    (
        "County has now paved 38 percent of its gravel roads\n\nMarlow County's highway department has paved 38 "
        "percent of its gravel roads, the department told supervisors.",
        True,
    ),
    # another entity's figure, written the same way
    (
        "County has now paved 38 percent of its gravel roads\n\nThe state of Idaho has paved 38 percent of its gravel "
        "roads, the department told supervisors.",
        False,
    ),
    # the same words, another noun counted
    (
        "Harbour board hires 40 pilots\n\nThe Harbour Board of Kell said it had bought 40 tugs.",
        False,
    ),
]


@pytest.mark.parametrize("text,restated", HEADLINE_SHORT_NAMES)
def test_a_headline_figure_of_a_shortened_name(knowledge, text, restated):
    from helpers import document
    from test_frames import findings

    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert "F405" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert ("F405" in [p.rule for p in result.passed]) == restated, [p.message for p in result.passed]


@pytest.mark.parametrize(
    "text,fires",
    [
        # the rate of a measure's change stated in the sentence before, read after the last change readings
        ("올해 우유 생산량은 242톤이다.\n\n생산량은 지난해 212톤에서 30톤 늘었다. 증가율로는 14.2%다.", False),
        ("올해 우유 생산량은 242톤이다.\n\n생산량은 지난해 212톤에서 30톤 늘었다. 증가율로는 24.2%다.", True),
    ],
)
def test_the_rate_of_a_measures_change_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


RATE_CLEAN = [
    # a rate of its own subject, not only the rate of the change before
    "올해 우유 생산량은 242톤이다.\n\n생산량은 지난해 212톤에서 30톤 늘었다. 지방 함량은 3.9%다.",
    # two changes before: which one the rate measures is unsaid
    "올해 우유 생산량은 242톤, 치즈 생산량은 40톤이다.\n\n우유는 지난해보다 30톤 늘었고, 치즈는 지난해보다 5톤 늘었다. "
    "증가율로는 14.2%다.",
]


@pytest.mark.parametrize("text", RATE_CLEAN)
def test_rates_that_are_not_of_the_change_before(knowledge, text):
    from helpers import document
    from test_frames import findings

    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert not any("14.2%" in p.message or "3.9%" in p.message for p in result.passed), [
        p.message for p in result.passed
    ]
