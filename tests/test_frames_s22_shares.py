"""Shares of a whole (twenty-second session), each a rule for a construction:

- a rate whose noun names the part's share of its whole (`[link.part_rate_nouns]`), more such nouns: a rate of
  lots sold at auction (`낙찰률`), of shows sold out (`매진율`), of services delayed (`지연율`), of runners finishing
  (`완주율`), of applicants selected (`선정률`) — `출품작 2,400점 가운데 1,560점이 팔려 낙찰률은 65.0%였다`
  (checker/link/shares_of_part_rates.py); a rate of another thing (`낙찰가율`, the price over the estimate;
  `증가율`) is none;
- a whole whose clause ends before a word that opens its parts in the same sentence (`공연은 800회였고 이 가운데
  520회가 매진돼`): the figure before `이 가운데` is the whole of the part after it (checker/link/shares.py). The
  opener keeps its case, so `4,000 tonnes of the total` (a part) marks no whole;
- a share set beside its part, its whole stated right after the share's `of` (checker/link/shares_beside_parts.py):
  the whole owned by a name in the possessive (`$240m, 30% of the college's $800m budget`,
  `[link.share_then_possessed_whole]`), the share hedged (`210mm, just 70% of the long-run average of 300mm`,
  `[link.share_hedges_beside_part]`), the part's noun running on to five words (`310,000 tonnes of zinc in
  May, 25% of regional output of 1.24 million tonnes`). A hedged share with no whole stated after it is not looked
  up elsewhere;
- a count whose counter counts one kind of thing (`[link.kind_counters]`: `명` people, `회` shows, `가구`
  households) has no rival whole in a larger count of another such counter (`관객 98만명 … 40회 … 북미 공연이 16회로
  전체의 40%`, checker/link/shares.py); a larger count of the generic `개` stays a rival (which whole, not said).

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


# ---------------------------------------------------------------- `P, [hedge] R% of the owner's W`: the whole after it

_FEES = "Tuition fees will bring in $240 million next year, {share} of the college's {whole} budget, the bursar said."


@pytest.mark.parametrize("share,fires", [("30%", False), ("40%", True)])
def test_a_share_of_a_whole_owned_in_the_possessive(knowledge, share, fires):
    assert_checked(knowledge, _FEES.format(share=share, whole="$800 million"), "F503", fires)


_RAIN = "Rainfall across the eastern district averaged 210mm, {hedge} {share} of the long-run average of 300mm."


@pytest.mark.parametrize("hedge,share,fires", [("just", "70%", False), ("only", "60%", True)])
def test_a_hedged_share_of_the_whole_after_it(knowledge, hedge, share, fires):
    assert_checked(knowledge, _RAIN.format(hedge=hedge, share=share), "F503", fires)


_ZINC = "Norland mined 310,000 tonnes of zinc in May, {share} of regional output of 1.24 million tonnes."


@pytest.mark.parametrize("share,fires", [("25%", False), ("35%", True)])
def test_a_part_whose_noun_runs_on_then_its_share_of_the_whole_after(knowledge, share, fires):
    assert_checked(knowledge, _ZINC.format(share=share), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a hedged share whose whole is named, not stated: not looked up among the other figures)
        "Tuition fees brought in $240 million, about 30% of revenue, while the college's endowment stands at "
        "$500 million.",
        # (the figure after the owner's noun is not right after the share's `of`)
        "The club drew 12,000 fans, 30% of the rival club's record crowd, while its own ground holds 20,000.",
        # (`just` before a share whose whole is not stated after it)
        "Rainfall averaged 210mm, just 70% of the long-run average, against 450mm in the wettest year on record.",
    ],
)
def test_no_whole_after_the_share_links_nothing(knowledge, text):
    from test_frames import document, findings

    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- `관객 98만명 … 16회로 전체의 40%`: kinds of counter

_TOUR = (
    "가수 한별의 월드투어에 {crowd} 몰렸다고 소속사가 3일 밝혔다. 투어는 모두 40회 공연으로 치러졌다.\n\n"
    "지역별로는 북미 공연이 16회로 전체의 {share}를 차지했다."
)


@pytest.mark.parametrize("share,fires", [("40%", False), ("50%", True)])
def test_a_larger_count_of_another_kind_is_no_rival_whole(knowledge, share, fires):
    # (`98만명` counts people, `40회` shows: the larger count is no whole of the shows)
    assert_checked(knowledge, _TOUR.format(crowd="관객 98만명이", share=share), "F503", fires)


def test_a_larger_count_of_a_generic_counter_stays_a_rival_whole(knowledge):
    # (`개` counts anything: the 1,200 may be the total as well, so which whole the share is of is not said)
    assert_not_checked(knowledge, _TOUR.format(crowd="공연장 1,200개 좌석 구역마다 관객이", share="50%"), "F503")


def test_a_count_of_another_period_is_no_whole_when_another_kind_is_set_apart(knowledge):
    # (last year's 60 shows are no whole of this year's 12: the larger count of people leaves the guess unmade)
    text = (
        "한별극단은 지난해 공연 60회를 무대에 올렸다. 올해 공연에는 관객 4만명이 찾았다고 극단이 5일 밝혔다.\n\n"
        "해외 공연이 12회로 전체의 30%를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text",
    [
        "관람객은 8만4천명이었고 이 가운데 외국인은 2만5천명으로 지난해 비중 20%보다 높아졌다.",
        "관람객 8만4천명 가운데 외국인은 2만5천명으로 작년 비중 20%를 크게 웃돌았다.",
        "The hotel sold 25,000 of its 84,000 room nights to groups, against last year's occupancy rate of 20%.",
    ],
)
def test_a_rate_noun_dated_to_an_earlier_period_is_not_the_pairs(knowledge, text):
    # (`[link.earlier_rate_marks]`: last year's share, not the share of the pair the sentence states now)
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text",
    [
        # (`재구매율`: of the members who joined, the share who bought again; not the joiners' share of the members)
        "회원은 12만명이었고 이 가운데 3만명이 올해 가입했으며 재구매율은 45%였다.",
        "전체 회원 12만명 가운데 3만명이 올해 가입했으며 재구매율은 45%였다.",
        # (`객석 점유율`: the seats' use, not the shows sold out over the shows)
        "올해 공연은 800회였고 이 가운데 520회가 매진돼 객석 점유율은 92%였다.",
        "공연 800회 가운데 520회가 매진돼 객석 점유율은 92%였다.",
    ],
)
def test_a_rate_of_another_thing_after_the_pair_is_not_its_share(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("rate,fires", [("38.0%", False), ("45.0%", True)])
def test_a_rate_whose_stem_is_the_verbs_after_the_pair(knowledge, rate, fires):
    # (`응시해 응시율`: the rate's stem is the verb's after the part)
    text = f"시험 대상자 5만명 가운데 1만9천명이 응시해 응시율은 {rate}였다."
    assert_checked(knowledge, text, "F503", fires)


def test_a_total_since_the_founding_is_no_whole_of_one_years_part(knowledge):
    # (`창단 이후 공연 1,500회`: a running total, `[link.cumulative_marks]`; this year's shows are no share of it)
    text = (
        "한별극단은 창단 이후 공연 1,500회를 기록했다. 올해 관객은 8만명이었다고 극단이 5일 밝혔다.\n\n"
        "올해 해외 공연이 30회로 전체의 25%를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")
