"""Changes read across sentences (thirtieth session).

A change named by its noun opening a sentence with a bare whole number (`The increase of 432, or 14 per cent, …`)
is the size of a change of a count (rules/lang/en.toml `[elided_counts] opening_change_before`, read by
checker/extract/quantities.py), so the change rules can tie it to the level and the earlier figure the sentence
before states (`3,412 parcels …, up from 2,980 the winter before`).

A Korean gap whose sentence states only the figure compared with (`지난해 판매액 380억 원과 비교하면 40억 원 많다`)
measures the sentence before's level; an average closing that sentence (`상자당 평균 3만1천원꼴`) is a price, not
the level, unless the gap's own sentence is of averages too (checker/link/gaps_from_before.py).

An amount's change (not only a rate) linked to its level and followed by `on the` or `from the` and a figure of
the level's unit takes that figure as the one it is measured from (`up £0.3 million on the £1.6 million of the
year before`; checker/link/change_noun_baselines.py), the two of one order of size.

A Korean change opening a paragraph whose paragraph states no other plain figure of its unit goes on from the
level of the paragraph before (checker/link/change_fallback.py); a gap's rate
may stand after a comma with its words (`…보다 5천400명, 비율로는 20% 많다`, `[link.gap_rate_openers]`); a sentence
stating only a target between the actual figure and a gap leaves the actual figure the gap's level.

Near misses: another subject's change with a level of its own, another unit, a year, a figure of another sentence
that is no change, averages set against averages.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked, assert_not_checked

_PARCELS = "The Hexley food bank handed out 3,412 parcels over the winter, up from 2,980 the winter before.\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (_PARCELS + "The increase of 432, or 14 per cent, was put down to heating bills.", False),
        (_PARCELS + "The increase of 532, or 14 per cent, was put down to heating bills.", True),
        (
            "Walkers logged 1,906 sightings of red squirrels this spring, down from 2,240 a year ago. "
            "The fall of about 330 followed a wet April.",
            False,
        ),
        (
            "Walkers logged 1,906 sightings of red squirrels this spring, down from 2,240 a year ago. "
            "The fall of about 530 followed a wet April.",
            True,
        ),
        (
            "The Tamsin lifeboat was called out 212 times in 2025, up from 187 in 2024.\n\n"
            "The rise of 25 was the largest in a decade, the station said.",
            False,
        ),
        (
            "The Tamsin lifeboat was called out 212 times in 2025, up from 187 in 2024.\n\n"
            "The rise of 35 was the largest in a decade, the station said.",
            True,
        ),
    ],
)
def test_a_change_noun_opening_a_sentence_with_a_bare_number_is_a_change_of_the_count_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_the_opening_change_is_tied_to_the_level_and_its_earlier_count(knowledge):
    links = change_links(_PARCELS + "The increase of 432, or 14 per cent, was put down to heating bills.", knowledge)
    assert links["432"] == ("3,412 parcels", "2,980")


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "제주 한 감귤 농협의 올해 판매액은 420억 원으로 집계돼 상자당 평균 3만1천원꼴에 팔렸다. "
            "지난해 판매액 380억 원과 비교하면 40억 원 많다.",
            False,
        ),
        (
            "제주 한 감귤 농협의 올해 판매액은 420억 원으로 집계돼 상자당 평균 3만1천원꼴에 팔렸다. "
            "지난해 판매액 380억 원과 비교하면 60억 원 많다.",
            True,
        ),
        (
            "영주 사과 축제의 올해 매출은 27억 원으로 방문객 1명당 1만8천원꼴이었다. "
            "지난해 매출 31억 원보다 4억 원 적다.",
            False,
        ),
        (
            "영주 사과 축제의 올해 매출은 27억 원으로 방문객 1명당 1만8천원꼴이었다. "
            "지난해 매출 31억 원보다 7억 원 적다.",
            True,
        ),
        # averages set against averages: the average is the level
        (
            "올해 정기공연 8회에 관객 1만 명이 들어 회당 평균 1천250명꼴이 관람했다. "
            "지난해 회당 평균 1천100명보다 150명 많다.",
            False,
        ),
        (
            "올해 정기공연 8회에 관객 1만 명이 들어 회당 평균 1천250명꼴이 관람했다. "
            "지난해 회당 평균 1천100명보다 450명 많다.",
            True,
        ),
    ],
)
def test_a_gap_from_the_sentence_before_measures_its_total_not_the_average_closing_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Takings at the Ardle lido were £1.9 million for the summer, up £0.3 million on the £1.6 million "
            "of the year before.",
            False,
        ),
        (
            "Takings at the Ardle lido were £1.9 million for the summer, up £0.5 million on the £1.6 million "
            "of the year before.",
            True,
        ),
        (
            "The Kerrow estate sold 4,820 tonnes of timber, down 310 tonnes from the 5,130 tonnes it felled before.",
            False,
        ),
        (
            "The Kerrow estate sold 4,820 tonnes of timber, down 410 tonnes from the 5,130 tonnes it felled before.",
            True,
        ),
    ],
)
def test_an_amounts_change_takes_the_figure_named_after_it_as_its_start(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a change opening a paragraph goes on from the level the paragraph before states
        (
            "강원 평창군은 올봄 딸기 체험 방문객이 4만1천명이었다고 밝혔다. 체험료 수입은 7억 원으로 나타났다.\n\n"
            "방문객은 지난해 봄 3만5천명에서 6천명 늘었다.",
            False,
        ),
        (
            "강원 평창군은 올봄 딸기 체험 방문객이 4만1천명이었다고 밝혔다. 체험료 수입은 7억 원으로 나타났다.\n\n"
            "방문객은 지난해 봄 3만5천명에서 8천명 늘었다.",
            True,
        ),
        # a gap and its rate set after a comma with its words, before the comparative
        ("경기 양평군 도서관 이용자는 올해 3만2천400명이었다. 지난해 2만7천명보다 5천400명, 비율로는 20% 많다.", False),
        ("경기 양평군 도서관 이용자는 올해 3만2천400명이었다. 지난해 2만7천명보다 7천400명, 비율로는 20% 많다.", True),
        # a sentence stating only a target between the actual figure and the gap
        ("강릉시 커피축제에는 올해 5만4천명이 찾았다. 시의 목표 6만명의 90%다. 지난해 4만8천명보다 6천명 많다.", False),
        ("강릉시 커피축제에는 올해 5만4천명이 찾았다. 시의 목표 6만명의 90%다. 지난해 4만8천명보다 9천명 많다.", True),
    ],
)
def test_a_korean_change_measures_the_level_the_sentences_before_state(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- figures near each other that are no change

CLEAN = [
    # another subject's change, with its level of its own
    "The Orlen ferry carried 12,480 cars last season, up from 11,200.\n\nIts crew rose by 6 to 48.",
    # another unit
    "The Orlen ferry carried 12,480 cars last season, up from 11,200.\n\n"
    "The increase of £3,000 in fuel costs worried the board.",
    # a change noun before a year
    "The Dunmore mill sold 9,400 bags of flour, up from 8,800.\n\nThe increase of 2024 prices was passed on.",
    # a change noun before a count of another thing, its own level after
    "The Castlerigg museum had 41,300 visitors, up from 38,000.\n\n"
    "The rise of 14 staff, to 52, was paid for by a grant.",
    # a list of counts of the next sentence, no change
    "The Abbotsley show drew 6,150 visitors, up from 5,400.\n\nIt had 320 sheep, 95 goats and 41 pigs.",
    # a percent change stated beside a count, with another unit's figures after
    "The Wenlock pool sold 18,200 swims, up 6 per cent on a year earlier.\n\n"
    "Opening hours ran from 7 to 9, and 14 lifeguards were on the rota.",
    # a quoted figure of another time
    'The Bream harbour logged 1,260 landings in 2025.\n\n"In 2015 we had '
    '900 and a single crane," the harbourmaster said.',
    # two levels of two things, then a change of neither
    "The Garve school has 226 pupils and the Tore school 171.\n\nThe increase of 12 in teachers was agreed in May.",
    # an age and a count
    "The Kinloss choir has 58 singers aged 14 to 81.\n\nThe rise of interest followed a television series.",
    # Korean: a gap whose sentence names its own subject
    "청송군 사과 판매액은 올해 310억 원이었다. 인근 영양군은 지난해 250억 원보다 20억 원 많다.",
    # Korean: another unit in the sentence before
    "화천 산천어축제 방문객은 올해 130만 명이었다. 지난해 축제 예산 40억 원보다 5억 원 많은 예산이 들었다.",
    # Korean: a price per unit, then a gap of counts
    "올해 감자 값은 ㎏당 2천원꼴이었다. 재배 농가는 지난해 300곳보다 20곳 적은 280곳이었다.",
    # Korean: a paragraph on, a change of another unit
    "강원 평창군은 올봄 딸기 체험 방문객이 4만1천명이었다고 밝혔다. 체험료 수입은 7억 원으로 나타났다.\n\n"
    "체험 농가는 지난해 40곳에서 6곳 늘었다.",
    # Korean: a target and a gap of another subject
    "강릉시 커피축제에는 올해 5만4천명이 찾았다. 시의 목표는 6만명이다. 인근 축제는 지난해 4만8천명보다 3천명 많다.",
    # Korean: a gap and its rate of another thing, its own topic
    "경기 양평군 도서관 이용자는 올해 3만2천400명이었다. 대출 권수는 지난해 12만권보다 1만권, 비율로는 8% 많다.",
    # Korean: two unrelated totals in two sentences, no gap
    "군은 올해 관광객 52만 명을 유치했다. 축제 예산은 12억 원이었다.",
    # English: a change of a rate after a count pair (another kind)
    "The Ryal hospice cared for 640 patients, up from 598.\n\nIts share of home visits rose to 41 per cent.",
    # English: a change noun and a price each
    "The Hulne farm shop sold 2,300 boxes of eggs, up from 2,050.\n\nThe rise of 20p a box followed feed costs.",
    # English: a change noun before a figure per unit of time
    # an amount's change before a figure of another order of size (a loan, not the earlier level)
    "The Brock quarry earned £4.6 million, up £0.7 million on the £40 million loan it took in 2019.",
    # before a figure of another unit
    "The Gleaston mill employs 640 staff, up 40 on the 2,600 tonnes of grain it milled.",
    # a target, not the earlier level
    "The Fernley trust raised £4.2 million, up £0.4 million on the appeal's £12 million target.",
    "The Dalby trail counted 88,000 riders, up from 79,000.\n\nThe "
    "increase of 40 a week came after the bridge reopened.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_that_are_no_change_are_not_linked(knowledge, text):
    for rule in ("F301", "F305"):
        try:
            assert_not_checked(knowledge, text, rule)
        except AssertionError as failure:
            raise AssertionError(f"{rule}: {failure}") from None
