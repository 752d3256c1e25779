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
