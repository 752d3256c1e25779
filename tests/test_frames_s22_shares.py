"""Shares of a whole (twenty-second session), each a rule for a construction:

- a rate whose noun names the part's share of its whole (`[link.part_rate_nouns]`), more such nouns: a rate of
  lots sold at auction (`낙찰률`), of shows sold out (`매진율`), of services delayed (`지연율`), of runners finishing
  (`완주율`), of applicants selected (`선정률`) — `출품작 2,400점 가운데 1,560점이 팔려 낙찰률은 65.0%였다`
  (checker/link/shares_of_part_rates.py); a rate of another thing (`낙찰가율`, the price over the estimate;
  `증가율`) is none;
- a whole whose clause ends before a word that opens its parts in the same sentence (`공연은 800회였고 이 가운데
  520회가 매진돼`): the figure before `이 가운데` is the whole of the part after it (checker/link/shares.py). The
  opener keeps its case, so `4,000 tonnes of the total` (a part) marks no whole.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `W 가운데 P이 팔려 낙찰률은 R%`: more rate nouns

_AUCTION = "한울옥션이 5일 밝힌 하반기 경매에서 출품작 2,400점 가운데 1,560점이 팔려 {noun}은 {rate}였다."


@pytest.mark.parametrize("rate,fires", [("65.0%", False), ("60.0%", True)])
def test_a_rate_of_lots_sold_is_the_share_of_the_lots_offered(knowledge, rate, fires):
    assert_checked(knowledge, _AUCTION.format(noun="낙찰률", rate=rate), "F503", fires)


_DELAYS = "서해항공의 3분기 전체 운항 횟수 4만2천회 가운데 지연된 항공편은 3,150회로 지연율은 {rate}였다."


@pytest.mark.parametrize("rate,fires", [("7.5%", False), ("9.5%", True)])
def test_a_delay_rate_is_the_share_of_the_services_delayed(knowledge, rate, fires):
    assert_checked(knowledge, _DELAYS.format(rate=rate), "F503", fires)


def test_a_rate_of_the_price_over_the_estimate_is_no_share_of_the_lots(knowledge):
    # (`낙찰가율`: the price paid over the estimate, not the lots sold over the lots offered)
    assert_not_checked(knowledge, _AUCTION.format(noun="낙찰가율", rate="85.0%"), "F503")


# ---------------------------------------------------------------- `W였고 이 가운데 P가 매진돼 매진율은 R%`

_SHOWS = "올해 축제의 공연 회차는 840회였고 이 가운데 546회가 매진돼 {noun} {rate}를 기록했다."


@pytest.mark.parametrize("rate,fires", [("65.0%", False), ("60.0%", True)])
def test_a_whole_before_a_word_opening_its_parts_is_the_parts_whole(knowledge, rate, fires):
    assert_checked(knowledge, _SHOWS.format(noun="매진율은", rate=rate), "F503", fires)


def test_a_growth_rate_after_the_opened_part_is_no_share(knowledge):
    # (`증가율`: the part's growth, no share of the whole before `이 가운데`)
    assert_not_checked(knowledge, _SHOWS.format(noun="관객 증가율은", rate="12.0%"), "F503")


def test_of_the_total_after_a_figure_marks_no_whole(knowledge):
    # (`4,200 tonnes of the total` is a part; the quarter after barley is of the shipments, not of wheat's tonnage)
    text = (
        "Port Calder shipped 8,400 tonnes of grain in the season.\n\n"
        "Wheat made up 4,200 tonnes of the total, or 50%, followed by barley at 2,100 tonnes, a quarter of "
        "shipments, and oats at 2,100 tonnes."
    )
    from test_frames import document, findings

    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]
