"""Sums seen on the held-out set (issue 11), written as constructions in sentences of our own: every place,
company and figure here is invented for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a counted list closed in the next sentence
# The total's sentence names how many figures it adds (`두 차종을 더한`, `이들 3개 분야를 합하면`, `Together those five
# sectors`, `Combined, the two divisions`): its parts are that many figures of its unit in the two sentences before.
COUNTED_TOTALS = [
    pytest.param(
        "전기버스가 1만2천300대 팔렸고, 수소버스는 4천500대가 팔렸다. "
        "두 차종을 더한 친환경 버스 판매는 1만6천800대로 집계됐다.",
        False,
        id="ko-two-kinds-added-holds",
    ),
    pytest.param(
        "전기버스가 1만2천300대 팔렸고, 수소버스는 4천500대가 팔렸다. "
        "두 차종을 더한 친환경 버스 판매는 2만6천800대로 집계됐다.",
        True,
        id="ko-two-kinds-added-slip",
    ),
    pytest.param(
        "복지 예산이 120조원으로 가장 많았다. "
        "교육 80조원, 국방 50조원이 뒤를 이었다. 이들 상위 3개 분야 예산을 합하면 250조원이다.",
        False,
        id="ko-three-fields-summed-holds",
    ),
    pytest.param(
        "복지 예산이 120조원으로 가장 많았다. "
        "교육 80조원, 국방 50조원이 뒤를 이었다. 이들 상위 3개 분야 예산을 합하면 350조원이다.",
        True,
        id="ko-three-fields-summed-slip",
    ),
    pytest.param(
        "반도체 업종은 4천200억원, 자동차 업종은 1천300억원의 수출을 늘렸다. 두 업종을 합한 증가액은 5천500억원이다.",
        False,
        id="ko-two-industries-holds",
    ),
    pytest.param(
        "Retail added 41,000 jobs. Transport added 22,000 and mining 9,000. "
        "Together those three sectors accounted for 72,000 jobs.",
        False,
        id="en-together-those-three-holds",
    ),
    pytest.param(
        "Retail added 41,000 jobs. Transport added 22,000 and mining 9,000. "
        "Together those three sectors accounted for 92,000 jobs.",
        True,
        id="en-together-those-three-slip",
    ),
    pytest.param(
        "Cloud sales were $3.2 billion and devices brought in $1.9 billion. "
        "Combined, the two divisions made $5.1 billion.",
        False,
        id="en-combined-the-two-holds",
    ),
    pytest.param(
        "Cloud sales were $3.2 billion and devices brought in $1.9 billion. "
        "Combined, the two divisions made $8.1 billion.",
        True,
        id="en-combined-the-two-slip",
    ),
    pytest.param(
        "Exports to Asia reached $14 billion. Europe took $6 billion and Africa $2 billion. "
        "Altogether the three regions took $22 billion.",
        False,
        id="en-altogether-three-regions-holds",
    ),
]


@pytest.mark.parametrize("text,fires", COUNTED_TOTALS)
def test_a_counted_list_is_summed(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# The count is no total of its own, and a count that the figures before do not fill links nothing.
UNFILLED_COUNTS = [
    pytest.param(
        "Retail added 41,000 jobs. Together those three sectors accounted for 72,000 jobs.",
        id="en-three-named-one-stated",
    ),
    pytest.param(
        "전기버스가 1만2천300대 팔렸다. 세 차종을 더한 친환경 버스 판매는 2만6천800대로 집계됐다.",
        id="ko-three-named-one-stated",
    ),
    pytest.param(
        "Retail hired 41,000 people. Together those three sectors now employ 2 million workers.",
        id="en-three-named-one-stated-other-scale",
    ),
]


@pytest.mark.parametrize("text", UNFILLED_COUNTS)
def test_a_count_the_list_does_not_fill_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- parts of a whole named, not restated
# `… A of the total and … B`, `전체 매출 가운데 A, B`: the parts of the nearest larger level of their unit and metric
# stated before; a profit between them is passed over. The list may leave parts out, so only an excess is reported.
PARTS_OF_A_NAMED_WHOLE = [
    pytest.param(
        "Revenue rose 9% to $5.2 billion. Operating income was $800 million. "
        "Cloud sales accounted for $3.1 billion of the total and devices for $1.6 billion.",
        False,
        id="en-of-the-total-holds",
    ),
    pytest.param(
        "Revenue rose 9% to $5.2 billion. Operating income was $800 million. "
        "Cloud sales accounted for $4.1 billion of the total and devices for $1.6 billion.",
        True,
        id="en-of-the-total-parts-exceed",
    ),
    pytest.param(
        "The port handled 8.4 million containers last year. Transshipment made up 5.1 million of the total "
        "and local cargo 2.9 million.",
        False,
        id="en-containers-holds",
    ),
    pytest.param(
        "The port handled 6.4 million containers last year. Transshipment made up 5.1 million of the total "
        "and local cargo 2.9 million.",
        True,
        id="en-containers-whole-slipped",
    ),
    pytest.param(
        "올해 매출은 58조원으로 12% 늘었다. 영업이익은 9조원이었다. "
        "전체 매출 가운데 반도체가 31조원, 가전이 19조원을 차지했다.",
        False,
        id="ko-whole-named-holds",
    ),
    pytest.param(
        "올해 매출은 58조원으로 12% 늘었다. 영업이익은 9조원이었다. "
        "전체 매출 가운데 반도체가 41조원, 가전이 19조원을 차지했다.",
        True,
        id="ko-whole-named-parts-exceed",
    ),
    pytest.param(
        "지난달 수출은 570억달러였다. 전체 수출 가운데 반도체가 120억달러, 자동차가 60억달러였다.",
        False,
        id="ko-exports-holds",
    ),
]


@pytest.mark.parametrize("text,fires", PARTS_OF_A_NAMED_WHOLE)
def test_parts_of_a_whole_named_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# No whole is named, the figures before are of another metric, or only smaller figures come before: no sum.
NO_NAMED_WHOLE = [
    pytest.param(
        "Revenue rose 9% to $5.2 billion. Cloud sales brought in $3.1 billion and devices $1.6 billion of profit.",
        id="en-no-whole-named",
    ),
    pytest.param(
        "Operating income was $800 million. Cloud sales accounted for $3.1 billion of the total and devices "
        "for $1.6 billion.",
        id="en-only-a-smaller-figure-before",
    ),
    pytest.param(
        "영업이익은 9조원이었다. 전체 매출 가운데 반도체가 31조원, 가전이 19조원을 차지했다.",
        id="ko-only-another-metric-before",
    ),
]


@pytest.mark.parametrize("text", NO_NAMED_WHOLE)
def test_no_named_whole_links_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a gap to the level of the sentence before
# `… 모두 135석을 차지했다. 과반 기준인 151석보다 16석 적다.`: a sentence with only the figure compared with and the
# gap measures the level its sentence before closes with (checker/link/gaps_from_before.py).
GAPS_FROM_BEFORE = [
    pytest.param(
        "미래당은 지역구 120석과 비례대표 15석을 합쳐 모두 135석을 차지했다. 과반 기준인 151석보다 16석 적다.",
        False,
        id="ko-seats-below-majority-holds",
    ),
    pytest.param(
        "미래당은 지역구 120석과 비례대표 15석을 합쳐 모두 135석을 차지했다. 과반 기준인 151석보다 26석 적다.",
        True,
        id="ko-seats-below-majority-slip",
    ),
    pytest.param(
        "한빛시는 올해 공무원 830명을 새로 뽑았다. 지난해 채용 인원 790명보다 40명 많다.",
        False,
        id="ko-hires-above-last-year-holds",
    ),
    pytest.param(
        "한빛시는 올해 공무원 830명을 새로 뽑았다. 지난해 채용 인원 790명보다 60명 많다.",
        True,
        id="ko-hires-above-last-year-slip",
    ),
    pytest.param(
        "새 경기장은 관중 4만2천명을 수용한다. 옛 경기장 3만5천명보다 7천명 많다.",
        False,
        id="ko-stadium-capacity-holds",
    ),
    # `있는` modifies the noun after it: no subject of the sentence
    pytest.param(
        "미래당은 모두 135석을 차지했다. 법안을 단독 처리할 수 있는 120석보다 15석 많다.",
        False,
        id="ko-verb-modifier-holds",
    ),
    pytest.param(
        "미래당은 모두 135석을 차지했다. 법안을 단독 처리할 수 있는 120석보다 25석 많다.",
        True,
        id="ko-verb-modifier-slip",
    ),
]


@pytest.mark.parametrize("text,fires", GAPS_FROM_BEFORE)
def test_a_gap_measures_the_level_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# The gap's sentence names its own subject, or states its own level: the sentence before is not measured.
GAPS_OF_THEIR_OWN = [
    pytest.param(
        "한빛시는 올해 공무원 830명을 새로 뽑았다. 인근 도시는 790명보다 40명 많다.",
        id="ko-own-subject",
    ),
    pytest.param(
        "한빛시는 올해 공무원 830명을 새로 뽑았다. 인근 도시의 채용 인원 910명은 정원 870명보다 40명 많다.",
        id="ko-own-level",
    ),
    pytest.param(
        "한빛시는 올해 예산 830억원을 편성했다. 지난해 채용 인원 790명보다 40명 많다.",
        id="ko-level-of-another-unit",
    ),
]


@pytest.mark.parametrize("text", GAPS_OF_THEIR_OWN)
def test_a_gap_with_its_own_subject_measures_nothing_before(knowledge, text):
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    assert not [f for f in result.findings], [f.message for f in result.findings]
    assert not [p for p in result.passed if "830" in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- a flow over a span and its quarters
# `1~3분기 누적 매출 T … 1분기 A, 2분기 B … 3분기 C`: the span's figure is the sum of one figure per quarter that
# tiles it (checker/link/period_sums.py); only a complete tiling of a flow is linked.
PERIOD_SUMS = [
    pytest.param(
        "한빛전자의 올해 1~3분기 누적 매출은 52조원이다. 1분기 16조원, 2분기 17조원을 기록했다. "
        "3분기 매출은 19조원으로 집계됐다.",
        False,
        id="ko-nine-months-holds",
    ),
    pytest.param(
        "한빛전자의 올해 1~3분기 누적 매출은 52조원이다. 1분기 16조원, 2분기 17조원을 기록했다. "
        "3분기 매출은 29조원으로 집계됐다.",
        True,
        id="ko-nine-months-slip",
    ),
    pytest.param(
        "Harlow's revenue for the first half of 2024 was $9.4 billion. First-quarter revenue was $4.5 billion "
        "and second-quarter revenue was $4.9 billion.",
        False,
        id="en-first-half-holds",
    ),
    pytest.param(
        "Harlow's revenue for the first half of 2024 was $9.4 billion. First-quarter revenue was $4.5 billion "
        "and second-quarter revenue was $6.9 billion.",
        True,
        id="en-first-half-slip",
    ),
]


@pytest.mark.parametrize("text,fires", PERIOD_SUMS)
def test_a_span_is_the_sum_of_its_quarters(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# A quarter missing, a level at a date (a stock), or a quarter stated with two figures: nothing is summed.
NO_PERIOD_SUM = [
    pytest.param(
        "한빛전자의 올해 1~3분기 누적 매출은 52조원이다. 1분기 16조원, 2분기 17조원을 기록했다.",
        id="ko-third-quarter-missing",
    ),
    pytest.param(
        "Harlow's revenue for the first half of 2024 was $9.4 billion. First-quarter revenue was $4.5 billion "
        "and second-quarter revenue was $4.9 billion, or $2.1 billion at its chip unit in the second quarter.",
        id="en-second-quarter-twice",
    ),
    pytest.param(
        "Harlow's cash for the first half of 2024 was $9.4 billion. First-quarter cash was $4.5 billion "
        "and second-quarter cash was $4.9 billion.",
        id="en-stock-not-summed",
    ),
]


@pytest.mark.parametrize("text", NO_PERIOD_SUM)
def test_no_tiling_sums_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
