"""Sums and shares of the ninth session (issue 11): constructions that recur across articles. Every sentence,
market, club and figure here is written for this test; none comes from an article."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _parts(knowledge, text: str) -> dict[str, str | None]:
    """Each figure's whole (`part_of`), by text, and whether each whole's list is open."""
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    return {c.text.strip(): by_id.get(c.part_of) for c in found}


def _open(knowledge, text: str, whole: str) -> bool:
    return next(c.open_list for c in claims(text, knowledge).claims if c.text.strip() == whole)


# ---------------------------------------------------------------- a counted whole, then how many came out each way
OUTCOME_TALLIES = [
    # Risen, fallen and unchanged name every outcome: the list is closed, a shortfall is reported.
    pytest.param(
        "코스피시장에서는 전체 880개 종목 가운데 510개가 올랐고 320개가 내렸으며 50개는 보합이었다.",
        False,
        id="ko-breadth-three-outcomes-holds",
    ),
    pytest.param(
        "코스피시장에서는 전체 880개 종목 가운데 510개가 올랐고 320개가 내렸으며 90개는 보합이었다.",
        True,
        id="ko-breadth-three-outcomes-excess",
    ),
    pytest.param(
        "코스닥시장에서는 1,620개 종목 중 700개가 상승했고 800개가 하락했으며 20개는 보합으로 마감했다.",
        True,
        id="ko-breadth-three-outcomes-shortfall",
    ),
    pytest.param(
        "이날 640개 종목 가운데 300개가 올랐고 290개가 내렸으며 50개는 변동이 없었다.",
        False,
        id="ko-breadth-no-change-words-holds",
    ),
    pytest.param(
        "Breadth was negative: of the 3,210 stocks traded, 1,105 advanced, 1,980 declined and 125 were unchanged.",
        False,
        id="en-breadth-after-colon-holds",
    ),
    pytest.param(
        "Breadth was negative: of the 3,210 stocks traded, 1,105 advanced, 1,580 declined and 125 were unchanged.",
        True,
        id="en-breadth-after-colon-shortfall",
    ),
    pytest.param(
        "On the exchange, of the 2,480 issues that changed hands, 1,300 gained, 1,100 slipped and 80 were flat.",
        False,
        id="en-breadth-issues-holds",
    ),
]


@pytest.mark.parametrize("text,fires", OUTCOME_TALLIES)
def test_outcome_tallies(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_outcome_counts_are_members_not_changes(knowledge):
    text = "전체 880개 종목 가운데 510개가 올랐고 320개가 내렸으며 50개는 보합이었다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["510개"].role == "value" and found["510개"].change_of is None
    assert _parts(knowledge, text) == {"880개": None, "510개": "880개", "320개": "880개", "50개": "880개"}
    assert not _open(knowledge, text, "880개")


def test_two_outcomes_leave_the_list_open(knowledge):
    # Risen and fallen only: unchanged members may be left out, so a shortfall is no error.
    text = "코스닥시장에서는 1,500개 종목 중 800개가 올랐고 600개가 내렸다."
    assert _parts(knowledge, text)["600개"] == "1,500개"
    assert _open(knowledge, text, "1,500개")
    assert_checked(knowledge, text, "F302", False)
    assert_checked(knowledge, "코스닥시장에서는 1,500개 종목 중 800개가 올랐고 900개가 내렸다.", "F302", True)


@pytest.mark.parametrize(
    "text",
    [
        # A second pool in the sentence: each count belongs to its own pool, neither is a tally.
        pytest.param("지역구 250석 가운데 150석을 얻었고, 비례대표 50석 중 14석을 확보했다.", id="ko-two-pools"),
        # A count larger than the pool is no member count of it.
        pytest.param("전체 300개 종목 가운데 120개가 올랐고 거래량은 450개 종목에서 늘었다.", id="ko-larger-count"),
        # An amount of change (no subject particle) is no member count.
        pytest.param("전체 300개 점포 가운데 점포 수는 20개 늘었고 10개 줄었다.", id="ko-change-amounts"),
    ],
)
def test_outcome_tallies_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a fee: its base, its add-ons, the most it comes to
BASE_AND_ADD_ONS = [
    pytest.param(
        "이적료는 기본 1천700만유로에 출전 옵션 300만유로가 붙어 최대 2천만유로다.",
        False,
        id="ko-add-ons-attached-holds",
    ),
    pytest.param(
        "이적료는 기본 1천700만유로에 출전 옵션 900만유로가 붙어 최대 2천만유로다.",
        True,
        id="ko-add-ons-attached-broken",
    ),
    pytest.param(
        "구단은 보장 금액 18억원에 인센티브 4억원이 추가되면 최대 22억원을 받는 조건으로 계약했다.",
        False,
        id="ko-incentives-added-holds",
    ),
    pytest.param(
        "구단은 보장 금액 18억원에 인센티브 4억원이 추가되면 최대 26억원을 받는 조건으로 계약했다.",
        True,
        id="ko-incentives-added-broken",
    ),
    pytest.param(
        "The club signed the goalkeeper for an initial £23m, with a further £4m in add-ons that could take the fee "
        "to £27m.",
        False,
        id="en-further-add-ons-holds",
    ),
    pytest.param(
        "The club signed the goalkeeper for an initial £23m, with a further £4m in add-ons that could take the fee "
        "to a club-record £31m.",
        True,
        id="en-further-add-ons-broken",
    ),
    pytest.param(
        "Rovers agreed an up-front payment of $12m, plus another $3m in bonuses that could push the package to $15m.",
        False,
        id="en-plus-another-holds",
    ),
]


@pytest.mark.parametrize("text,fires", BASE_AND_ADD_ONS)
def test_base_and_add_ons(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_add_ons_without_a_sum_link_nothing(knowledge):
    # No figure the add-ons take the fee to: there is no sum to check.
    assert_not_checked(knowledge, "The club paid an initial £23m, with a further £4m in add-ons.", "F302")
    assert_not_checked(knowledge, "이적료는 기본 1천700만유로에 출전 옵션 300만유로가 붙는다.", "F302")


# ---------------------------------------------------------------- a part, `or` its share of a whole named by its noun
APPOSED_SHARES = [
    pytest.param(
        "The brewer shipped 180,000 kegs in the quarter. Lager accounted for 72,000 kegs, or 40% of volumes.",
        False,
        id="en-or-share-of-volumes-holds",
    ),
    pytest.param(
        "The brewer shipped 180,000 kegs in the quarter. Lager accounted for 72,000 kegs, or 25% of volumes.",
        True,
        id="en-or-share-of-volumes-broken",
    ),
    pytest.param(
        "Officers logged 52,000 offences in the year. Burglary came next at 7,800 offences, or about 15% of all "
        "recorded crime.",
        False,
        id="en-or-about-share-of-all-holds",
    ),
    # The largest figure before is of another metric (imports): the whole is the largest one of the part's metric.
    pytest.param(
        "Exports rose 3% to $42.0 billion in May, while imports rose 5% to $47.5 billion. Machinery exports "
        "totalled $10.5 billion, or 25% of all shipments.",
        False,
        id="en-or-share-whole-of-its-metric-holds",
    ),
    pytest.param(
        "Exports rose 3% to $42.0 billion in May, while imports rose 5% to $47.5 billion. Machinery exports "
        "totalled $10.5 billion, or 35% of all shipments.",
        True,
        id="en-or-share-whole-of-its-metric-broken",
    ),
]


@pytest.mark.parametrize("text,fires", APPOSED_SHARES)
def test_apposed_shares(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # A possessive names a whole of its own the text does not state.
        pytest.param(
            "The brewer shipped 180,000 kegs in the quarter. Lager made up 72,000 kegs, or 25% of its capacity.",
            id="en-possessive-whole",
        ),
        # `and` lists another figure, not the part's share.
        pytest.param(
            "The brewer shipped 180,000 kegs in the quarter. Lager made up 72,000 kegs, and 25% of volumes went "
            "abroad.",
            id="en-and-another-figure",
        ),
    ],
)
def test_apposed_shares_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a lead line, then a list of the story's figure
LISTED_BREAKDOWNS = [
    pytest.param(
        "Farmers harvested 31.2 million tonnes of barley this season, up 8% on last year.\n\nProduction by state:\n"
        "Victoria | 10.4 million tonnes\nSouth Australia | 9.1 million tonnes\nWestern Australia | 8.2 million tonnes\n"
        "New South Wales | 3.5 million tonnes\n\nPrices fell.",
        False,
        id="en-table-lines-after-colon-holds",
    ),
    pytest.param(
        "The network carried 305.0 million passengers in the year to June, up 6%.\n\nRidership by mode:\n"
        "- metro: 190.2 million\n- buses: 98.6 million\n- trams: 26.2 million\n\nFares rise in July.",
        True,
        id="en-bullets-after-colon-exceed",
    ),
    pytest.param(
        "The network carried 305.0 million passengers in the year to June, up 6%.\n\nRidership by mode:\n"
        "- metro: 190.2 million\n- buses: 98.6 million\n- trams: 16.2 million\n\nFares rise in July.",
        False,
        id="en-bullets-after-colon-holds",
    ),
    pytest.param(
        "연금 기금 적립금은 9월 말 1천200조원으로 집계됐다. 자산별 적립금은 다음과 같다. 해외주식 430조원(35.8%), "
        "국내채권 340조원(28.3%), 국내주식 160조원(13.3%), 대체투자 150조원(12.5%), 해외채권 120조원(10.0%).",
        False,
        id="ko-listing-sentence-after-lead-holds",
    ),
    pytest.param(
        "연금 기금 적립금은 9월 말 1천200조원으로 집계됐다. 자산별 적립금은 다음과 같다. 해외주식 430조원, "
        "국내채권 340조원, 국내주식 260조원, 대체투자 150조원, 해외채권 120조원.",
        True,
        id="ko-listing-sentence-after-lead-exceeds",
    ),
    pytest.param(
        "올해 관광객은 1천50만명이었다. 권역별 관광객은 다음과 같다.\n- 수도권: 520만명\n- 영남권: 310만명\n"
        "- 호남권: 160만명\n\n여름 성수기에 몰렸다.",
        False,
        id="ko-bullets-after-lead-holds",
    ),
]


@pytest.mark.parametrize("text,fires", LISTED_BREAKDOWNS)
def test_listed_breakdowns(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_listed_breakdown_is_open(knowledge):
    # A list led in by a colon may name only the largest parts: a shortfall is no finding.
    text = (
        "The network carried 305.0 million passengers in the year to June.\n\nRidership by line:\n"
        "- red line: 90.2 million\n- blue line: 71.6 million\n\nFares rise in July."
    )
    assert _parts(knowledge, text)["71.6 million"] == "305.0 million passengers"
    assert_checked(knowledge, text, "F302", False)


@pytest.mark.parametrize(
    "text",
    [
        # Lines of two units list more than parts.
        pytest.param(
            "The group earned $4.2 billion in the year.\n\nHighlights:\n- revenue: $3.1 billion\n"
            "- staff: 12,000\n\nShares rose.",
            id="en-lines-of-two-units",
        ),
        # No figure of the lines' unit larger than each line before the lead.
        pytest.param(
            "The group earned $1.2 billion in the year.\n\nBy division:\n- cloud: $3.1 billion\n"
            "- devices: $2.0 billion\n\nShares rose.",
            id="en-no-larger-figure-before",
        ),
        # Lines without a lead are no list of the story's figure.
        pytest.param(
            "The group earned $9.2 billion in the year.\n\n- cloud: $3.1 billion\n- devices: $2.0 billion\n\n"
            "Shares rose.",
            id="en-no-lead",
        ),
    ],
)
def test_listed_breakdowns_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a rate, then the points its components contributed
CONTRIBUTIONS = [
    pytest.param(
        "10월 소비자물가 상승률 2.1% 가운데 상품이 0.84%포인트, 서비스가 1.26%포인트를 각각 기여했다.",
        False,
        id="ko-goods-and-services-holds",
    ),
    pytest.param(
        "10월 소비자물가 상승률 2.1% 가운데 상품이 0.84%포인트, 서비스가 1.86%포인트를 각각 기여했다.",
        True,
        id="ko-goods-and-services-exceed",
    ),
    # Only the largest components named: the list is open, a shortfall is no finding.
    pytest.param(
        "3월 물가 상승률 3.4% 중 석유류가 0.5%포인트, 농축수산물이 0.7%포인트를 끌어올렸다.",
        False,
        id="ko-some-components-open",
    ),
]


@pytest.mark.parametrize("text,fires", CONTRIBUTIONS)
def test_contributions(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_points_not_contributed_link_nothing(knowledge):
    # Points that changed, not points contributed to the rate: no breakdown of it.
    assert_not_checked(
        knowledge, "물가 상승률 2.1% 가운데 근원물가는 0.3%포인트, 생활물가는 0.2%포인트 올랐다.", "F302"
    )


# ---------------------------------------------------------------- property damage by owner: public and private
DAMAGE_BY_OWNER = [
    pytest.param(
        "행정안전부는 태풍으로 인한 재산피해가 1,960억 원으로 잠정 집계됐다고 밝혔다. 도로와 하천 등 공공시설 피해가 "
        "1,380억 원, 주택과 농경지 등 사유시설 피해가 580억 원이다.",
        False,
        id="ko-public-private-damage-holds",
    ),
    pytest.param(
        "행정안전부는 태풍으로 인한 재산피해가 1,960억 원으로 잠정 집계됐다고 밝혔다. 도로와 하천 등 공공시설 피해가 "
        "1,380억 원, 주택과 농경지 등 사유시설 피해가 980억 원이다.",
        True,
        id="ko-public-private-damage-broken",
    ),
    pytest.param(
        "재산 피해액은 1,650억 원이다. 피해액은 도로·하천 등 공공시설이 1,160억 원으로 전체의 70.3%를 차지했고, "
        "주택 등 사유시설은 490억 원이었다.",
        False,
        id="ko-public-private-damage-with-share-holds",
    ),
]


@pytest.mark.parametrize("text,fires", DAMAGE_BY_OWNER)
def test_damage_by_owner(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- a total, then the amounts it is made of after it
SPENDING_TOTALS = [
    pytest.param(
        "United's summer spending now stands at £97.5m: Silva (£52m), goalkeeper Jan Berg (£27m) and full-back "
        "Ade Okoro (£18.5m).",
        False,
        id="en-colon-list-in-parentheses-holds",
    ),
    # The list ends its sentence, its last item joined by `and`: it names every part, a shortfall is reported.
    pytest.param(
        "United's summer spending now stands at £97.5m: Silva (£52m), goalkeeper Jan Berg (£17m) and full-back "
        "Ade Okoro (£18.5m).",
        True,
        id="en-colon-list-in-parentheses-short",
    ),
    pytest.param(
        "Group revenue was $6.0bn: cloud ($3.5bn) and devices ($2.5bn).", False, id="en-colon-list-revenue-holds"
    ),
    pytest.param(
        "The deal takes Rovers' spending this summer to £84.0m, after the earlier arrivals of a striker for £31m "
        "and a winger for £18m.",
        False,
        id="en-spending-after-earlier-holds",
    ),
    pytest.param(
        "The signing brings United's summer outlay to £120m, after the £75m signing of a centre-back and the £60m "
        "arrival of a winger earlier in the window.",
        True,
        id="en-spending-after-earlier-exceeds",
    ),
]


@pytest.mark.parametrize("text,fires", SPENDING_TOTALS)
def test_spending_totals(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_earlier_amounts_leave_the_deal_out(knowledge):
    # The deal that brings the total up is a part the sentence does not state: the earlier amounts are an open list.
    text = (
        "The deal takes Rovers' spending this summer to £84.0m, after the earlier arrivals of a striker for £31m "
        "and a winger for £18m."
    )
    assert _open(knowledge, text, "£84.0m")


@pytest.mark.parametrize(
    "text",
    [
        # No spending mark before the total: `after` dates the figures, it lists no parts of it.
        pytest.param(
            "Shares closed at $84.0, after gains of $3.1 and $1.8 in the two previous sessions.", id="en-after-alone"
        ),
        # Amounts not each in parentheses after a name: no colon list.
        pytest.param("Group revenue was $6.0bn: up from $5.1bn, and $4.2bn before that.", id="en-colon-no-list"),
    ],
)
def test_spending_totals_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- a part and its whole together, then the share
PART_OF_WHOLE_SHARES = [
    pytest.param(
        "Children under 10 accounted for 610 of this year's 1,220 cases, or 50%.", False, id="en-of-whole-holds"
    ),
    pytest.param(
        "First-time buyers made up 1,200 of the 4,800 deals, or 35%, the registry said.", True, id="en-of-whole-broken"
    ),
    pytest.param(
        "The airline operates 180 aircraft, of which 45, or 25%, are new models.", False, id="en-of-which-holds"
    ),
    pytest.param(
        "The airline operates 180 aircraft, of which 45, or 35%, are new models.", True, id="en-of-which-broken"
    ),
]


@pytest.mark.parametrize("text,fires", PART_OF_WHOLE_SHARES)
def test_part_of_whole_shares(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_share_beside_other_figures_links_nothing(knowledge):
    # `and` joins another figure: the rate is no share of the two counts before it.
    assert_not_checked(knowledge, "The club sold 610 of its 1,220 seats and 50% were returned later.", "F503")


@pytest.mark.parametrize(
    "text",
    [
        # A lead that names a part of the story's figure in two words or more, its figure not stated.
        pytest.param(
            "The network carried 305.0 million passengers in the year to June.\n\nWeekend riders by mode:\n"
            "- metro: 19.2 million\n- buses: 9.6 million\n\nFares rise in July.",
            id="en-lead-names-a-part",
        ),
        pytest.param(
            "올해 관광객은 1천50만명이었다. 권역별 외국인 관광객은 다음과 같다.\n"
            "- 수도권: 220만명\n- 영남권: 110만명\n",
            id="ko-lead-names-a-part",
        ),
    ],
)
def test_listed_breakdowns_of_a_named_part_link_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
