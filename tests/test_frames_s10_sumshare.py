"""Sums and shares of the tenth session: constructions that recur across articles. Every sentence, market, party
and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------- a counted list whose members carry a guessed metric of their own
COUNTED_LISTS = [
    # The leader names the metric; the followers' metric is carried over (a guess), so it separates nothing.
    pytest.param(
        "부문별로는 복지 예산이 120조원으로 가장 많았다. 국방 60조원, 교육 40조원이 뒤를 이었다. "
        "이들 3개 분야 예산을 합하면 220조원이다.",
        False,
        id="ko-three-fields-combined-holds",
    ),
    pytest.param(
        "부문별로는 복지 예산이 120조원으로 가장 많았다. 국방 60조원, 교육 40조원이 뒤를 이었다. "
        "이들 3개 분야 예산을 합하면 250조원이다.",
        True,
        id="ko-three-fields-combined-broken",
    ),
    # `3대 시장`: the three markets just listed.
    pytest.param(
        "지역별로는 유럽 85억달러, 일본 62억달러, 인도 41억달러 순이었다. 3대 시장 수출을 합치면 188억달러다.",
        False,
        id="ko-three-markets-combined-holds",
    ),
    pytest.param(
        "지역별로는 유럽 85억달러, 일본 62억달러, 인도 41억달러 순이었다. 3대 시장 수출을 합치면 198억달러다.",
        True,
        id="ko-three-markets-combined-broken",
    ),
]


@pytest.mark.parametrize("text,fires", COUNTED_LISTS)
def test_counted_lists(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_market_word_without_a_count_is_no_counted_list(knowledge):
    text = "지역별로는 유럽 85억달러, 일본 62억달러 순이었다. 해외 시장 수출을 합치면 300억달러다."
    assert_not_checked(knowledge, text, "F302")


# ------------------------------------------------------------ a share between its whole and its part (`W 중 P%인 X`)
RATES_BEFORE_PARTS = [
    pytest.param(
        "침수 피해를 입은 4만2,000가구 중 88.1%인 3만7,000가구가 복구를 마쳤다.", False, id="ko-pool-rate-part-holds"
    ),
    pytest.param(
        "침수 피해를 입은 4만2,000가구 중 78.1%인 3만7,000가구가 복구를 마쳤다.", True, id="ko-pool-rate-part-broken"
    ),
    pytest.param(
        "시는 연구 예산 60억원의 30%에 해당하는 18억원을 청년 과제에 배정했다.", False, id="ko-genitive-rate-part-holds"
    ),
    pytest.param(
        "시는 연구 예산 60억원의 30%에 해당하는 21억원을 청년 과제에 배정했다.", True, id="ko-genitive-rate-part-broken"
    ),
]


@pytest.mark.parametrize("text,fires", RATES_BEFORE_PARTS)
def test_rates_before_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_rate_then_a_figure_of_another_unit_is_no_part(knowledge):
    # The figure after the rate counts people, the pool counts households: no share is stated.
    text = "침수 피해를 입은 4만2,000가구 중 30%인 가구에서 주민 1만2,000명이 대피했다."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------------- a run of named shares whose last one is what is left
SHARE_RUNS_WITH_REST = [
    pytest.param(
        "지난 선거의 정당 득표율은 가람당 44.1%, 나래당 37.2%, 다솜당 10.3%, 기타 정당 8.4%로 집계됐다.",
        False,
        id="ko-vote-shares-and-others-holds",
    ),
    pytest.param(
        "지난 선거의 정당 득표율은 가람당 54.1%, 나래당 37.2%, 다솜당 10.3%, 기타 정당 8.4%로 집계됐다.",
        True,
        id="ko-vote-shares-and-others-excess",
    ),
    pytest.param(
        "The Union won 44.1% of the vote, against 37.2% for the Liberals, 10.3% for the Greens and 4.2% for the "
        "Farmers, with the remaining 4.2% split among independents.",
        False,
        id="en-vote-shares-with-the-remaining-holds",
    ),
    pytest.param(
        "The Union won 44.1% of the vote, against 47.2% for the Liberals, 10.3% for the Greens and 4.2% for the "
        "Farmers, with the remaining 4.2% split among independents.",
        True,
        id="en-vote-shares-with-the-remaining-excess",
    ),
    pytest.param("Behind them: Greens 12%; Farmers 8%; others 9%.", False, id="en-semicolon-run-and-others-holds"),
]


@pytest.mark.parametrize("text,fires", SHARE_RUNS_WITH_REST)
def test_share_runs_with_rest(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        # rates of their own bases, not shares of one whole
        pytest.param("지역별 증가율은 수도권 64%, 충청권 31%, 기타 지역 12%였다.", id="ko-growth-rates-and-others"),
        # no member is named as what is left: not read as shares of one whole here
        pytest.param("The fund held 64% in bonds, 31% in shares and 12% in gold.", id="en-no-rest-member"),
    ],
)
def test_runs_that_are_not_shares_of_one_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


# ------------------------------------- a part with its share of a whole, then the other parts in the next sentence
_KO_TOTAL = "올해 1~6월 지방세 수입은 120조5000억원으로 집계됐다.\n\n"
_KO_LEAD = _KO_TOTAL + "세목별로는 취득세가 48조2000억원으로 전체의 40.0%를 차지해 가장 많았다. "
_EN_LEAD = (
    "Revenue rose to $12.4 billion in the quarter.\n\nCloud services brought in $9.1 billion, or 73% of the total. "
)
RANKINGS_AFTER_SHARES = [
    pytest.param(
        _KO_LEAD + "이어 재산세 31조1000억원, 지방소득세 25조원, 기타 세목 16조2000억원이었다.",
        False,
        id="ko-rest-closes-holds",
    ),
    pytest.param(
        _KO_LEAD + "이어 재산세 31조1000억원, 지방소득세 25조원, 기타 세목 6조2000억원이었다.",
        True,
        id="ko-rest-closes-short",
    ),
    # No part named as the rest: the ranking may stop early (open), so a shortfall holds and an excess does not.
    pytest.param(
        _KO_LEAD + "이어 재산세 31조1000억원, 지방소득세 25조원 순이었다.",
        False,
        id="ko-ranking-goes-on-open",
    ),
    pytest.param(
        _KO_LEAD + "이어 재산세 51조1000억원, 지방소득세 25조원 순이었다.",
        True,
        id="ko-ranking-goes-on-excess",
    ),
    pytest.param(
        _EN_LEAD + "Devices added $1.9 billion, advertising $800 million and other products $600 million.",
        False,
        id="en-other-products-closes-holds",
    ),
    pytest.param(
        _EN_LEAD + "Devices added $1.9 billion, advertising $800 million and other products $1.6 billion.",
        True,
        id="en-other-products-closes-excess",
    ),
]


@pytest.mark.parametrize("text,fires", RANKINGS_AFTER_SHARES)
def test_rankings_after_shares(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # neither the rest nor a ranking word: the next sentence's figures are not said to be the other parts
        pytest.param(_EN_LEAD + "Devices added $1.9 billion, advertising $800 million and games $600 million."),
        # a rate in the next sentence: not a plain list of parts
        pytest.param(_EN_LEAD + "Devices added $1.9 billion, up 12%, and other products $600 million."),
    ],
)
def test_lists_after_a_share_that_are_not_its_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


def test_the_part_after_its_share_not_the_figure_before_the_whole(knowledge):
    # The figure of the sentence before is not the part: the one the rate names, after it, is.
    text = "순이익은 30억원이었다. 영업이익은 매출 500억원의 8%인 40억원이다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text.strip() for c in found.values()}
    assert (by_id.get(found["8%"].share_part), by_id.get(found["8%"].share_whole)) == ("40억원", "500억원")
    assert_checked(knowledge, text, "F503", False)


# ---------------------------------- `X, or P% of the total`: the total of the part's own metric, not a larger other one
_TRADE = (
    "Exports rose 3.0% to ¥8.20 trillion from ¥7.96 trillion, while imports climbed 6.0% to ¥8.90 trillion from "
    "¥8.40 trillion.\n\n"
)
SHARES_OF_THEIR_OWN_TOTAL = [
    pytest.param(_TRADE + "Car exports in all were worth ¥1.30 trillion, or 15.9% of the total.", False, id="en-holds"),
    pytest.param(_TRADE + "Car exports in all were worth ¥1.30 trillion, or 19.9% of the total.", True, id="en-broken"),
    pytest.param(
        _TRADE + "Shipments to Korea rose to ¥1.40 trillion, accounting for 17.1% of total exports.",
        False,
        id="en-of-total-exports-holds",
    ),
]


@pytest.mark.parametrize("text,fires", SHARES_OF_THEIR_OWN_TOTAL)
def test_shares_of_their_own_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_the_total_of_another_metric_is_not_the_whole(knowledge):
    text = _TRADE + "Car exports in all were worth ¥1.30 trillion, or 15.9% of the total."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text.strip() for c in found.values()}
    assert by_id.get(found["15.9%"].share_whole) == "¥8.20 trillion"


# --------------------------------------- `X nouns, or P% of the total` when no count before names the part's noun
_REGISTRATIONS = "A total of 250,000 new cars were registered in May, up from 231,000 a year earlier. "
COUNTS_OF_ANOTHER_NOUN = [
    pytest.param(_REGISTRATIONS + "Private buyers registered 100,000 cars, or 40.0% of the total.", False, id="holds"),
    pytest.param(_REGISTRATIONS + "Private buyers registered 100,000 cars, or 30.0% of the total.", True, id="broken"),
]


@pytest.mark.parametrize("text,fires", COUNTS_OF_ANOTHER_NOUN)
def test_a_share_of_the_total_count_of_another_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_bare_number_is_not_the_total(knowledge):
    # `420 million` names nothing it counts (barrels in store, here): not the total of a day's output.
    text = "Crude stocks stood at 420 million last week. Saudi Arabia produced 9.1 million bpd, or 22.0% of the total."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------- a part said to be a share of a whole the sentence then states
SHARES_THEN_NAMED_WHOLES = [
    pytest.param("The crowd of 41,250 was 91.7% of the ground's capacity of 45,000.", False, id="en-holds"),
    pytest.param("The crowd of 41,250 was 81.7% of the ground's capacity of 45,000.", True, id="en-broken"),
    pytest.param("이날 관중 4만1,250명은 경기장 수용 인원 4만5,000명의 91.7%였다.", False, id="ko-holds"),
    pytest.param("이날 관중 4만1,250명은 경기장 수용 인원 4만5,000명의 71.7%였다.", True, id="ko-broken"),
]


@pytest.mark.parametrize("text,fires", SHARES_THEN_NAMED_WHOLES)
def test_shares_then_named_wholes(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a rate of change, not a share: no copula after it
        pytest.param("이날 관중 4만1,250명은 지난 시즌 평균 3만5,000명의 37%를 웃돌았다.", id="ko-no-copula"),
        # `higher than`: a comparison, not `of … of` a whole
        pytest.param("The crowd of 41,250 was 9.7% higher than the season's average of 37,600.", id="en-comparison"),
    ],
)
def test_rates_beside_a_whole_that_are_not_its_shares(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------- `X tonnes, or P% of production`: a measure of the same unit is its whole
_HARVEST = "Farmers harvested 29.6 million tonnes of wheat, up 14% from 26.0 million tonnes last season.\n\n"
MEASURES_OF_A_NAMED_WHOLE = [
    pytest.param(_HARVEST + "Traders will ship 11.8 million tonnes, or 39.9% of production.", False, id="holds"),
    pytest.param(_HARVEST + "Traders will ship 11.8 million tonnes, or 49.9% of production.", True, id="broken"),
]


@pytest.mark.parametrize("text,fires", MEASURES_OF_A_NAMED_WHOLE)
def test_measures_of_a_named_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_measure_of_another_unit_is_not_the_whole(knowledge):
    text = _HARVEST + "Mills will use 11.8 million litres of water, or 39.9% of supply."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------- an amount that would bring a total stated earlier to a new one (difference)
_DEAL = "The club signed the forward to a three-year, $30 million deal. It includes a $3 million signing bonus. "
TOTALS_BROUGHT_TO = [
    pytest.param(_DEAL + "A $6 million club option could bring the total to $36 million.", False, id="holds"),
    pytest.param(_DEAL + "A $6 million club option could bring the total to $38 million.", True, id="broken"),
]


@pytest.mark.parametrize("text,fires", TOTALS_BROUGHT_TO)
def test_totals_brought_to(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_no_earlier_total_no_difference(knowledge):
    # Only the signing bonus is stated before, and it is smaller than the option: no earlier total to add to.
    text = "It includes a $3 million signing bonus. A $6 million option could bring the total to $36 million."
    assert_not_checked(knowledge, text, "F305")


# ------------------------------- a list in one sentence that ends with the rest, after the story stated its total
_FLU = (
    "Flu cases in Wales have reached 2,310 so far this year, officials said. That is nearly twice the 1,190 cases "
    "recorded in the whole of last year.\n\n"
)
_KO_FLU = "올해 독감 환자는 2,310명으로 집계됐다. 보건당국은 예방접종을 당부했다.\n\n"
LISTS_WITH_REST = [
    pytest.param(_FLU + "Cardiff had 910 cases, Swansea 620 and Newport 480, with 300 elsewhere.", False, id="en"),
    pytest.param(_FLU + "Cardiff had 910 cases, Swansea 620 and Newport 480, with 500 elsewhere.", True, id="en-x"),
    pytest.param(_KO_FLU + "환자는 서울 910명, 부산 620명, 대구 480명, 기타 지역 300명이었다.", False, id="ko"),
    pytest.param(_KO_FLU + "환자는 서울 910명, 부산 620명, 대구 480명, 기타 지역 200명이었다.", True, id="ko-short"),
]


@pytest.mark.parametrize("text,fires", LISTS_WITH_REST)
def test_lists_with_rest(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_list_without_the_rest_is_not_all_of_the_total(knowledge):
    text = _FLU + "Cardiff accounted for 910 cases, Swansea 620 and Newport 480, the agency said."
    assert_not_checked(knowledge, text, "F302")
