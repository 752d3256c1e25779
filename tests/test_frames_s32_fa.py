"""False alarms on real-looking copy (thirty-second session): readings that linked figures which are not related, each
closed by a structural veto or a better reading, with the break the reading was built for still caught.

- a range whose end names its year (`to November next year`, `to July 2025`) holds its start written without one,
  when the start falls before the end in that year (checker/link/spans_between_dates.py);
- a figure set against a later one by a comparing word (`…, against 50 last year`) is the number right before that
  word; when no claim holds that number (a count of days), the change of the pair has no level among the claims
  (checker/link/relations.py);
- a level right after a change of its sentence and a word measuring the change on it (`up 1,000 … on last winter's
  5,000`) is the level before, no whole of a later part (rules/lang/en.toml `[link.earlier_level_before]`,
  checker/link/share_fallback.py);
- a total found for a figure per unit that is itself per unit (`each lesson cost about £8.40`:
  `[link.each_unit_subject_before]`) divides nothing; a total and count that already give one figure per unit
  give no second of another value in another sentence; a figure's sentence writing a count in words of some of the
  units (`reroofing three of them`: `[link.partitive_after_count]`) keeps its units to itself
  (checker/link/partners.py);
- a yield or average over units whose paragraph states a larger level of the total's unit than the lead's total is
  that paragraph's, not the lead's (checker/link/per_unit_apart.py); a word of a script of few syllables naming the
  figure and a listed part (`유료 이용객`) keeps the part as the units (the same file);
- a price that restates a larger amount stated before it values no smaller later amount (a part of the units); a
  total whose own label names one listed line of the crop (`the mill orders`) is that line's
  (checker/link/unit_prices.py);
- a Korean count of one (`한 곳`) of another sentence is another rate's own one, no units
  (checker/link/counts_per_unit.py); an amount labelled in a line of a breakdown by a word of the count's clause
  (`화장지 300억 원 … 화장지 출하량은`) is the units' own takings (checker/link/rates_after_their_count.py);
- a Korean figure that is the object of a verb closing its own clause (`36억 원을 벌어`) is no value of a multiple the
  sentence makes the object of another verb (`…의 두 배를 … 올렸다`: `[link.value_own_verb_after]`,
  checker/link/multiples_of_stated_base_ko.py);
- `절반을 조금 넘는다` (a little over a mark) reads as about the mark (rules/lang/ko.toml `[qualifiers_after]`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, rule_passes


@pytest.mark.parametrize(
    "clean,broken,rule",
    [
        pytest.param(
            "Dredging the canal basin will run from February to November next year, nine months, the trust said.",
            "Dredging the canal basin will run from February to November next year, six months, the trust said.",
            "F406",
            id="range-end-names-the-year",
        ),
        pytest.param(
            "Resurfacing the runway is planned from March to July 2025, four months, the airport said.",
            "Resurfacing the runway is planned from March to July 2025, seven months, the airport said.",
            "F406",
            id="range-end-writes-the-year",
        ),
        pytest.param(
            "The ferry made 324 crossings this year, against 291 last year, 33 more.",
            "The ferry made 324 crossings this year, against 291 last year, 19 more.",
            "F305",
            id="against-still-reads-claims",
        ),
        pytest.param(
            "The hostel counted 5,400 bookings in its first full year. Walkers made up 2,700 of them, about half.",
            "The hostel counted 5,400 bookings in its first full year. Walkers made up 2,700 of them, about a third.",
            "F503",
            id="share-of-them",
        ),
        pytest.param(
            "The kennel club paid £640,000 for 3,200 new crates, about £200 a crate.",
            "The kennel club paid £640,000 for 3,200 new crates, about £260 a crate.",
            "F317",
            id="per-unit-beside-its-pair",
        ),
        pytest.param(
            "The academy trust spent £840,000 this year reroofing its 3 schools, or £280,000 a school.",
            "The academy trust spent £840,000 this year reroofing its 3 schools, or £350,000 a school.",
            "F317",
            id="per-unit-count-read",
        ),
        pytest.param(
            "Brookend Quarry sold 520 tonnes of dressed slate this year.\n\nRoofers ordered 210 tonnes, builders "
            "190 tonnes and exporters 120 tonnes. At £12.50 a kilogram, the roofer orders were worth about £2.6 "
            "million, the quarry said.",
            "Brookend Quarry sold 520 tonnes of dressed slate this year.\n\nRoofers ordered 210 tonnes, builders "
            "190 tonnes and exporters 120 tonnes. At £12.50 a kilogram, the roofer orders were worth about £4.1 "
            "million, the quarry said.",
            "F317",
            id="price-of-a-named-line",
        ),
        pytest.param(
            "한빛양봉조합의 올해 꿀 판매액은 16억 원으로 지난해 8억 원의 두 배다.",
            "한빛양봉조합의 올해 꿀 판매액은 36억 원으로 지난해 8억 원의 두 배에 그쳤다.",
            "F304",
            id="ko-multiple-of-a-stated-base",
        ),
        pytest.param(
            "시립체육센터 수영장을 올해 7만2천 명이 이용했다. 이용객 구성을 보면 유료 이용객이 4만8천 명, 무료 "
            "이용객이 2만4천 명이었다.\n\n이용료 수입은 2억4천여만 원으로, 유료 이용객 1인당 평균 5천 원꼴이다.",
            "시립체육센터 수영장을 올해 7만2천 명이 이용했다. 이용객 구성을 보면 유료 이용객이 4만8천 명, 무료 "
            "이용객이 2만4천 명이었다.\n\n이용료 수입은 2억4천여만 원으로, 유료 이용객 1인당 평균 8천 원꼴이다.",
            "F317",
            id="ko-per-a-named-part",
        ),
        pytest.param(
            "올해 봉사단원은 모두 400명이다. 대학생이 221명, 직장인이 109명, 주부가 70명이다. 대학생이 절반을 "
            "조금 넘는다.",
            "올해 봉사단원은 모두 400명이다. 대학생이 140명, 직장인이 190명, 주부가 70명이다. 대학생이 절반을 "
            "조금 넘는다.",
            "F503",
            id="ko-a-little-over-half",
        ),
    ],
)
def test_the_relation_is_read_and_a_break_of_it_still_fires(knowledge, clean, broken, rule):
    assert rule not in alarm_rules(knowledge, clean)
    assert rule_passes(knowledge, clean, rule)
    assert rule in alarm_rules(knowledge, broken)


@pytest.mark.parametrize(
    "text",
    [
        # a count of days no claim holds stands between the listed counts and `against`: no change of those counts
        "Its 11 trawlers, eight from Brixham and three from Looe, sailed on 64 days, against 50 last year, 14 more.",
        # last winter's level, measured on by the change, is no whole of this winter's part
        "The ski school gave 6,000 lessons this winter, its busiest season.\n\nLessons were up 1,000, or 20 per "
        "cent, on last winter's 5,000. Children took 2,700 of them, about 45 per cent.",
        # a cost per lesson is no total a bursary per lesson divides
        "The music centre taught 41,500 lessons last year; each lesson cost about £8.40 to put on, while pupils paid "
        "£1.90.\n\nA new bursary adds £5.10 for every lesson given.",
        # one pair gives one average: a second average per crate later is of the year's sales
        "A kennel maker has won an order for 3,200 crates worth £640,000, about £200 a crate.\n\nTurnover for the "
        "year rose to £2.2 million from £1.9 million. It made 9,100 crates, 6,000 of them for shops. The average "
        "crate sold for about £242.",
        # the units are a count written in words in the figure's own sentence, not the older carriages counted before
        "The academy trust runs 17 schools, nine of them primaries.\n\nIt spent £840,000 this year "
        "reroofing three of them, or £280,000 a school.",
        # a yield in the harvest's paragraph is of the harvest, not of the tonnes a deal in the lead covers
        "A potato co-operative has agreed to sell 900 tonnes of seed potatoes, or about £300 a tonne.\n\nIts farms "
        "lifted 5,600 tonnes this year, against 6,100 tonnes in 2025. They got 28 tonnes a hectare from 200 "
        "hectares.",
        # the price restates the order per tonne; one shipment's smaller value is of a part of the tonnes
        "The mill signed a $9 million order for 3,000 tonnes of flour, or about $3,000 a tonne. The first shipment "
        "alone is worth $2.1 million, it said.",
        # the one of `한 곳` is a rate's own mark, no count of units a later rate divides by
        "시내 주유소는 280곳이다. 올해 팔린 세차권은 모두 4만2천 장으로, 주유소 한 곳에서 하루 평균 3장꼴이 "
        "나갔다.\n\n세차 기계는 350대로 주유소당 1.3대꼴이다.",
        # an amount earned as one verb's object; the multiple is another verb's object, an amount of its own
        "한빛양봉조합은 올해 꿀 판매로 36억 원을 벌어 지난해 8억 원의 두 배를 수출로 올렸다고 3일 밝혔다.",
        "청솔목공방은 의자 3천 개를 팔아 지난해 900개의 두 배를 온라인으로 냈다.",
    ],
)
def test_figures_the_construction_does_not_relate_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


# Paragraphs of figures standing near each other that are not related: nothing may fire.
CLEAN = [
    "The glassworks employs 140 people and fired 2,300 vases in March. Its kiln, built in 1988, runs at 1,100 "
    "degrees, and the firm spent £95,000 on a new roof.",
    "The rowing regatta drew 64 crews from 19 clubs. Entry fees raised $12,800, while the river authority charged "
    "$3,000 for closing the course for two days.",
    "The clinic vaccinated 3,900 children over the winter, against 3,400 doses ordered in the autumn, and hired two "
    "nurses on 12-week contracts.",
    "Snowfall reached 41 inches at the pass, 9 inches above the ten-year average. The road crew of 26 used 1,800 tons "
    "of grit, and the state paid $410,000 in overtime.",
    "The choir has 58 singers, each paying $30 a term. It performed 14 concerts last year and its biggest audience "
    "was 1,150 people at the cathedral.",
    "Turnout fell to 38 per cent from 44 per cent four years ago. The winning candidate took 12,406 votes, and 212 "
    "ballots were spoiled across the 31 polling stations.",
    "The bakery chain opened its 40th shop in June. Each shop sells about 700 loaves a day, and the group's flour "
    "bill rose 9 per cent to £2.7 million.",
    "The bridge is 412 metres long and carries 18,000 vehicles a day. Repairs will take 14 weeks from April and cost "
    "€6.1 million, with 30 workers on site.",
    "The shelter rehomed 1,240 dogs last year, up from 1,090, and 620 cats. It runs on a budget of $1.8 million, "
    "two-thirds of it from donations.",
    "The archive holds 2.4 million photographs, of which 310,000 are digitised. Its 11 staff answered 5,600 "
    "research requests, and the reading room opened 240 days.",
    "The wind farm's 48 turbines produced 312 gigawatt hours in 2025. The operator paid the parish council £96,000, "
    "about £2,000 a turbine, and employs 15 technicians.",
    "The ferry operator carried 880,000 passengers and 210,000 cars. Fares rose by 4 per cent, and the company "
    "ordered two new ships worth $190 million for delivery in 2028.",
    "시는 올해 공영자전거 1천200대를 새로 들였다. 대여소는 모두 340곳이고, 하루 평균 이용 건수는 9천 건이다. "
    "자전거 정비 인력은 26명이다.",
    "도서관의 올해 장서 구입 예산은 3억 원이다. 신간 1만2천 권을 들였고, 열람석은 480석으로 지난해보다 60석 늘었다.",
    "축제 기간 나흘 동안 관광객 14만 명이 찾았다. 주차장은 5곳에 2천 면을 마련했고, 자원봉사자 320명이 안내를 맡았다.",
    "농협은 올해 쌀 4천 톤을 수매했다. 수매가는 40㎏당 7만 원이며, 참여 농가는 1천150곳으로 집계됐다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []
