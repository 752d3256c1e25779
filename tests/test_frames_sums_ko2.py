"""Sums in Korean copy, part 2 (issue 11): election tallies, seats counted by race and by party
(checker/link/seat_tallies.py). Every sentence and party here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _tallied(knowledge, text: str) -> dict[str, list[str]]:
    """Each figure's party totals (`tally_of`), by the totals' text."""
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): [by_id[t] for t in c.tally_of] for c in found if c.tally_of}


def _part_of(knowledge, text: str) -> dict[str, str | None]:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): by_id.get(c.part_of) for c in found}


# ---------------------------------------------------------------- a party's total: its seats in each race
PARTY_TOTALS = [
    pytest.param(
        "지역구 200곳에서는 가나당 후보가 96곳, 다라당 후보가 81곳, 무소속 후보가 23곳을 가져갔다. "
        "비례대표는 가나당이 21석, 다라당이 17석, 마바당이 6석을 얻었다. "
        "지역구와 비례대표를 합치면 가나당 117석, 다라당 98석, 마바당 6석이다.",
        False,
        id="ko-rows-then-totals-holds",
    ),
    pytest.param(
        "지역구 200곳에서는 가나당 후보가 96곳, 다라당 후보가 81곳, 무소속 후보가 23곳을 가져갔다. "
        "비례대표는 가나당이 21석, 다라당이 17석, 마바당이 6석을 얻었다. "
        "지역구와 비례대표를 합치면 가나당 127석, 다라당 98석, 마바당 6석이다.",
        True,
        id="ko-rows-then-totals-broken",
    ),
    # `A당과 B당이 각각 b석`: the figure is each party's.
    pytest.param(
        "지역구에서는 사아당이 88곳, 자차당이 70곳, 카타당이 12곳을 차지했다. "
        "비례대표에서는 사아당이 16석, 자차당과 카타당이 각각 9석을 가져갔다. "
        "지역구와 비례대표를 합산하면 ▲사아당 104석 ▲자차당 79석 ▲카타당 21석이다.",
        False,
        id="ko-each-in-the-list-row-holds",
    ),
    pytest.param(
        "지역구에서는 사아당이 88곳, 자차당이 70곳, 카타당이 12곳을 차지했다. "
        "비례대표에서는 사아당이 16석, 자차당과 카타당이 각각 9석을 가져갔다. "
        "지역구와 비례대표를 합산하면 ▲사아당 104석 ▲자차당 79석 ▲카타당 31석이다.",
        True,
        id="ko-each-in-the-list-row-broken",
    ),
    # `… 결과`: a word the first party of a row and of the totals row share is no party's name.
    pytest.param(
        "지역구에서는 사아당이 88곳, 자차당이 70곳을 차지했다. "
        "비례대표 투표 결과 자차당이 16석, 사아당이 9석을 가져갔다. "
        "지역구와 비례대표를 합친 결과 사아당 97석, 자차당 86석이다.",
        False,
        id="ko-first-of-each-row-after-a-generic-word-holds",
    ),
    pytest.param(
        "지역구에서는 사아당이 88곳, 자차당이 70곳을 차지했다. "
        "비례대표 투표 결과 자차당이 16석, 사아당이 9석을 가져갔다. "
        "지역구와 비례대표를 합친 결과 사아당 107석, 자차당 86석이다.",
        True,
        id="ko-first-of-each-row-after-a-generic-word-broken",
    ),
    # Totals in the headline, rows labelled by their race after it; a list party's name begins with its
    # district party's (`가나`, `가나연합`).
    pytest.param(
        "가나 140석·다라 110석…과반 확보\n지역…가나 125석·다라 96석·마바 2석\n"
        "비례…가나연합 15석·다라미래 14석·마바 3석\n",
        False,
        id="ko-headline-totals-holds",
    ),
    pytest.param(
        "가나 150석·다라 110석…과반 확보\n지역…가나 125석·다라 96석·마바 2석\n"
        "비례…가나연합 15석·다라미래 14석·마바 3석\n",
        True,
        id="ko-headline-totals-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PARTY_TOTALS)
def test_a_partys_total_is_its_seats_in_each_race(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_each_party_of_a_shared_figure_counts_it_once(knowledge):
    tallied = _tallied(knowledge, PARTY_TOTALS[2].values[0])
    assert tallied["9석"] == ["79석", "21석"]
    assert tallied["88곳"] == ["104석"]


def test_an_unmarked_row_of_other_figures_is_no_partys_total(knowledge):
    """A row by region, near the race rows, names the parties too: it is not their totals."""
    text = (
        "지역구에서는 가나당이 96곳, 다라당이 81곳을 차지했다. "
        "비례대표는 가나당이 21석, 다라당이 17석을 얻었다. "
        "서울에서는 가나당이 30곳, 다라당이 18곳에서 이겼다."
    )
    assert _tallied(knowledge, text) == {}


def test_a_partys_seats_in_one_race_only_are_no_tally(knowledge):
    text = (
        "지역구에서는 가나당이 96곳, 다라당이 81곳을 차지했다. "
        "비례대표는 가나당이 21석, 마바당이 17석을 얻었다. "
        "지역구와 비례대표를 합치면 가나당 117석, 다라당 81석, 마바당 17석이다."
    )
    assert _tallied(knowledge, text) == {"96곳": ["117석"], "21석": ["117석"]}


# ---------------------------------------------------------------- a race's total: the parties' seats in it
RACE_TOTALS = [
    pytest.param(
        "이번 선거 당선인은 지역구 180명, 비례대표 40명이다. "
        "지역구에서는 가나당이 92곳, 다라당이 71곳, 마바당이 9곳, 무소속이 8곳을 차지했다.",
        False,
        id="ko-district-row-of-its-total-holds",
    ),
    pytest.param(
        "이번 선거 당선인은 지역구 180명, 비례대표 40명이다. "
        "지역구에서는 가나당이 92곳, 다라당이 71곳, 마바당이 9곳, 무소속이 18곳을 차지했다.",
        True,
        id="ko-district-row-of-its-total-broken",
    ),
    pytest.param(
        "비례대표 40석 가운데 가나당이 가장 많은 의석을 가져갔다. "
        # (16 + 13 + 6 + 4 + 1: seats are whole, so the row adds up exactly)
        "비례대표 의석은 가나당 16석, 다라당 13석, 마바당 6석, 사아당 4석, 자차당 1석으로 집계됐다.",
        False,
        id="ko-list-row-of-its-total-holds",
    ),
    pytest.param(
        "비례대표 40석 가운데 가나당이 가장 많은 의석을 가져갔다. "
        "비례대표 의석은 가나당 16석, 다라당 13석, 마바당 6석, 사아당 9석, 자차당 2석으로 집계됐다.",
        True,
        id="ko-list-row-of-its-total-broken",
    ),
    # Two parties of the race may be the largest only: falling short of the total holds, exceeding it does not.
    pytest.param(
        "비례대표 40석 가운데 가나당이 가장 많은 의석을 가져갔다. 비례대표는 가나당 16석, 다라당 13석이다.",
        False,
        id="ko-two-parties-of-the-race-short-holds",
    ),
    pytest.param(
        "비례대표 40석 가운데 가나당이 가장 많은 의석을 가져갔다. 비례대표는 가나당 26석, 다라당 23석이다.",
        True,
        id="ko-two-parties-of-the-race-exceed",
    ),
]


@pytest.mark.parametrize("text,fires", RACE_TOTALS)
def test_a_races_total_is_its_parties_seats(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_partys_seats_in_the_race_are_not_the_races_total(knowledge):
    """`A당은 비례대표 b석`: the race named before a party's figure; the row is not its parts."""
    text = "가나당은 비례대표 12석을 얻었다. 비례대표는 다라당 16석, 마바당 13석, 사아당 6석, 가나당 12석이다."
    parts = _part_of(knowledge, text)
    assert parts["16석"] is None


def test_a_figure_of_another_counter_is_no_party_seat(knowledge):
    """`22대 총선`: an ordinal in the row is not a party's seats."""
    text = "비례대표 46석을 두고 치른 선거였다. 22대 총선에서 가나당이 20석, 다라당이 15석을 비례대표로 얻었다."
    parts = _part_of(knowledge, text)
    assert parts["20석"] == "46석" and parts["22대"] is None


def test_seats_with_no_race_named_are_left_alone(knowledge):
    text = (
        "가나당이 96곳, 다라당이 81곳을 차지했다. 마바당이 21석, 사아당이 17석을 얻었다. 가나당 117석, 다라당 98석이다."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a part written larger than its whole
PART_LARGER_THAN_ITS_WHOLE = [
    # The whole is still the nearest figure before the breakdown: the wrong part is reported, not unlinked.
    pytest.param(
        "지난해 주택 인허가는 4만 7000호였다. 유형별로는 아파트 7만 2000호, 연립주택 1만 1000호, 단독주택 4000호였다.",
        True,
        id="ko-by-type-one-part-above-the-whole",
    ),
    pytest.param(
        "Housing starts came to 47,000 last year. By type, apartments were 72,000, row houses 11,000 "
        "and detached homes 4,000.",
        True,
        id="en-by-type-one-part-above-the-whole",
    ),
]


@pytest.mark.parametrize("text,fires", PART_LARGER_THAN_ITS_WHOLE)
def test_a_part_larger_than_its_whole_is_reported(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_as_large_as_a_part_is_no_whole(knowledge):
    """`T석 … △A당 T석 △B당 b석`: a figure that restates a listed part is not the list's whole."""
    text = "가나당은 모두 163석을 얻었다. 정당별로는 △가나당 163석 △다라당 97석 △마바당 14석이다."
    assert _part_of(knowledge, text)["97석"] is None


PARTITION_PART_LARGER_THAN_ITS_WHOLE = [
    pytest.param(
        "지난해 새로 등록된 환자는 18만 6420명이었다. 남성이 49만 1250명, 여성이 9만 5170명이었다.",
        True,
        id="ko-by-sex-one-part-above-the-whole",
    ),
    pytest.param(
        "지난해 주택 준공 실적은 54만 3000호였다. 수도권이 81만 2000호, 지방이 23만 1000호였다.",
        True,
        id="ko-by-region-one-part-above-the-whole",
    ),
    pytest.param(
        "지난해 주택 준공 실적은 54만 3000호였다. 수도권이 31만 2000호, 지방이 23만 1000호였다.",
        False,
        id="ko-by-region-holds",
    ),
]


@pytest.mark.parametrize("text,fires", PARTITION_PART_LARGER_THAN_ITS_WHOLE)
def test_a_partition_part_larger_than_its_whole_is_reported(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_smaller_than_every_part_is_no_whole(knowledge):
    """The nearest figure before a partition, smaller than both of its parts, is another fact."""
    text = "입원한 환자는 3만 2000명이었다. 남성이 9만 1250명, 여성이 9만 5170명이었다."
    assert_not_checked(knowledge, text, "F302")


REST_OR_PAIR_LARGER_THAN_ITS_WHOLE = [
    pytest.param(
        "구단은 이적료로 4200만 유로를 내기로 했다. 구단은 7800만 유로를 먼저 보낸 뒤, 나머지 600만 유로는 나눠 낸다.",
        True,
        id="ko-a-part-above-the-whole-and-the-rest",
    ),
    pytest.param(
        "The club agreed a fee of $60 million. It will pay $92 million this summer and the remaining "
        "$8 million in instalments.",
        True,
        id="en-a-part-above-the-whole-and-the-remaining",
    ),
    pytest.param(
        "가나당은 북부 14곳 중 11곳에서, 남부 9곳 중 8곳에서 이기며 23곳 중 19곳을 얻었다.",
        False,
        id="ko-pairs-of-wholes-and-parts-hold",
    ),
    pytest.param(
        "가나당은 북부 14곳 중 11곳에서, 남부 47곳 중 8곳에서 이기며 23곳 중 19곳을 얻었다.",
        True,
        id="ko-pairs-one-whole-above-the-total",
    ),
]


@pytest.mark.parametrize("text,fires", REST_OR_PAIR_LARGER_THAN_ITS_WHOLE)
def test_a_rest_or_pair_larger_than_its_whole_is_reported(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_figure_as_large_as_the_rest_is_no_whole(knowledge):
    text = "The fee was $8 million. It will pay $92 million now and the remaining $8 million later."
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- the seats at stake in a region, by winner
SEATS_AT_STAKE = [
    pytest.param(
        "44석이 걸린 북부에선 가나당이 29곳, 다라당이 12곳, 마바당이 2곳, 무소속이 1곳에서 이겼다.",
        False,
        id="ko-stake-and-its-winners-hold",
    ),
    pytest.param(
        "44석이 걸린 북부에선 가나당이 29곳, 다라당이 12곳, 마바당이 2곳, 무소속이 7곳에서 이겼다.",
        True,
        id="ko-stake-and-its-winners-broken",
    ),
    # Each region's winners add into its own stake.
    pytest.param(
        "남부는 의석 27석이 걸린 곳이다. 27석이 걸린 남부에선 다라당이 19곳, 가나당이 7곳, 마바당이 1곳을 얻었고, "
        "9석이 걸린 동부에선 가나당이 5곳, 다라당이 4곳을 얻었다.",
        False,
        id="ko-two-stakes-in-a-sentence-hold",
    ),
    pytest.param(
        "27석이 걸린 남부에선 다라당이 19곳, 가나당이 7곳, 마바당이 1곳을 얻었고, "
        "9석이 걸린 동부에선 가나당이 8곳, 다라당이 4곳을 얻었다.",
        True,
        id="ko-two-stakes-in-a-sentence-second-broken",
    ),
    # Two winners may be the largest only: falling short holds.
    pytest.param(
        "44석이 걸린 북부에선 가나당이 29곳, 다라당이 12곳에서 이겼다.",
        False,
        id="ko-stake-two-winners-short-holds",
    ),
]


@pytest.mark.parametrize("text,fires", SEATS_AT_STAKE)
def test_the_seats_at_stake_are_the_winners_seats(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_stake_holds_its_own_regions_winners_only(knowledge):
    text = (
        "27석이 걸린 남부에선 다라당이 19곳, 가나당이 7곳, 마바당이 1곳을 얻었고, "
        "9석이 걸린 동부에선 가나당이 5곳, 다라당이 4곳을 얻었다."
    )
    tallied = _tallied(knowledge, text)
    assert tallied["19곳"] == ["27석"] and tallied["5곳"] == ["9석"]


# ---------------------------------------------------------------- parts in a sentence, the total opening the next
PARTS_THEN_TOTAL = [
    pytest.param(
        "가나구단과 4년 계약을 맺은 그는 계약금 12억원, 연봉 3억원씩 4년 12억원, 옵션 6억원에 계약했다. "
        "총액 30억원 중 옵션은 6억원이다.",
        False,
        id="ko-contract-terms-then-their-total-holds",
    ),
    pytest.param(
        "가나구단과 4년 계약을 맺은 그는 계약금 12억원, 연봉 3억원씩 4년 12억원, 옵션 6억원에 계약했다. "
        "총액 20억원 중 옵션은 6억원이다.",
        True,
        id="ko-contract-terms-then-their-total-broken",
    ),
    pytest.param(
        "그는 올해 계약금 5억원과 연봉 2억원을 받는다. 모두 합치면 7억원이다.",
        False,
        id="ko-two-parts-then-all-of-them-holds",
    ),
    pytest.param(
        "그는 올해 계약금 9억원과 연봉 2억원을 받는다. 모두 합치면 7억원이다.",
        True,
        id="ko-two-parts-then-all-of-them-broken",
    ),
    pytest.param(
        "The deal carries a $12 million signing bonus and $18 million in salary. Altogether $30 million is guaranteed.",
        False,
        id="en-parts-then-altogether-holds",
    ),
    pytest.param(
        "The deal carries a $12 million signing bonus and $28 million in salary. Altogether $30 million is guaranteed.",
        True,
        id="en-parts-then-altogether-broken",
    ),
]


@pytest.mark.parametrize("text,fires", PARTS_THEN_TOTAL)
def test_parts_then_their_total_in_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_rate_with_no_product_makes_no_sum(knowledge):
    """`연봉 r억원씩` with no product stated: the list does not state that term, so the total is no sum of it."""
    text = "그는 계약금 5억원에 연봉 2억원씩, 옵션 1억원을 받는다. 총액 12억원이다."
    assert _part_of(knowledge, text)["5억원"] is None


def test_a_total_deep_in_its_sentence_sums_nothing_before(knowledge):
    text = "그는 계약금 5억원과 연봉 2억원을 받는다. 구단이 지난해 선수단에 쓴 돈은 총 70억원이다."
    assert _part_of(knowledge, text)["5억원"] is None


# `A당+A연합 T석`: a party and its list party joined by `+` make a row of totals.
JOINED_TOTALS = [
    pytest.param(
        "개표가 끝났다.\n지역…가나 125석·다라 96석·마바 2석\n비례…가나연합 15석·다라미래 14석·마바 3석\n"
        "당선인은 모두 확정됐다. 정당별로는 △가나당+가나연합 140석 △다라당+다라미래 110석 △마바당 5석이다.",
        False,
        id="ko-joined-parties-totals-hold",
    ),
    pytest.param(
        "개표가 끝났다.\n지역…가나 125석·다라 96석·마바 2석\n비례…가나연합 15석·다라미래 14석·마바 3석\n"
        "당선인은 모두 확정됐다. 정당별로는 △가나당+가나연합 140석 △다라당+다라미래 110석 △마바당 9석이다.",
        True,
        id="ko-joined-parties-totals-broken",
    ),
]


@pytest.mark.parametrize("text,fires", JOINED_TOTALS)
def test_parties_joined_by_plus_are_a_row_of_totals(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- members named together, the whole stated before
WHOLE_OF_THE_CHANGE = [
    pytest.param(
        "내년 예산 요구 규모는 612조4000억원이다. 예산·기금 총지출 규모는 올해 575조원보다 6.5% 증가했다. "
        "예산은 441조2000억원으로 올해 416조원보다 6.1% 늘었다. "
        "기금은 171조2000억원으로 올해 159조원보다 7.7% 증가했다.",
        False,
        id="ko-members-add-up-to-the-whole-their-change-is-of-holds",
    ),
    pytest.param(
        "내년 예산 요구 규모는 612조4000억원이다. 예산·기금 총지출 규모는 올해 575조원보다 6.5% 증가했다. "
        "예산은 441조2000억원으로 올해 416조원보다 6.1% 늘었다. "
        "기금은 191조2000억원으로 올해 159조원보다 20.3% 증가했다.",
        True,
        id="ko-members-add-up-to-the-whole-their-change-is-of-broken",
    ),
]


@pytest.mark.parametrize("text,fires", WHOLE_OF_THE_CHANGE)
def test_members_add_up_to_the_whole_the_change_is_of(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_members_whole_of_the_change_links(knowledge):
    text = WHOLE_OF_THE_CHANGE[0].values[0]
    parts = _part_of(knowledge, text)
    assert parts["441조2000억원"] == "612조4000억원" and parts["171조2000억원"] == "612조4000억원"
