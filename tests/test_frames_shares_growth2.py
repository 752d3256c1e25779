"""Shares, growth, dates and conversions: more constructions issue 11 found on real copy, each in sentences
written for these tests (the style of tests/test_frames.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked
from test_frames import test_roles_and_links as check_roles_and_links

# A rate stated alone in a lead (`a 25 percent increase in quarterly profit`), whose value and prior the next
# sentence states, each restated per share: the per-share figures are no second value, and `quarterly profit`
# names the net profit `earned` states.
LEAD_RATE_FRAMES = [
    pytest.param(
        "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
        "$500 million, or 80 cents a share, in the quarter, up from $400 million, or 64 cents a share, a year earlier.",
        {"25 percent": ("change", "$500 million", "$400 million")},
        id="en-lead-rate-then-value-and-prior-per-share",
    ),
    pytest.param(
        "Corvan Mining said annual profit fell 30 percent on Monday. The miner earned $700 million, or $1.40 a "
        "share, down from $1 billion, or $2 a share, a year earlier.",
        {"30 percent": ("change", "$700 million", "$1 billion")},
        id="en-lead-fall-then-value-and-baseline-per-share",
    ),
    pytest.param(
        "Redfield Bancorp reported a 12 percent rise in quarterly profits. It earned $224 million, up from "
        "$200 million a year ago.",
        {"12 percent": ("change", "$224 million", "$200 million")},
        id="en-lead-rate-plural-profits",
    ),
]


@pytest.mark.parametrize("text,expected", LEAD_RATE_FRAMES)
def test_a_lead_rate_finds_its_value_and_prior_in_the_next_sentence(knowledge, text, expected):
    check_roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
            "$500 million, or 80 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
            False,
            id="en-holds",
        ),
        pytest.param(
            "Northwind Systems posted a 25 percent increase in quarterly profit on Thursday. The company earned "
            "$560 million, or 90 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
            True,
            id="en-value-off-fires",
        ),
        pytest.param(
            "Corvan Mining said annual profit fell 30 percent on Monday. The miner earned $700 million, or $1.40 "
            "a share, down from $1.6 billion, or $3.20 a share, a year earlier.",
            True,
            id="en-fall-prior-off-fires",
        ),
    ],
)
def test_a_lead_rate_is_checked_against_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_a_lead_rate_of_another_metric_is_not_linked_across_the_sentence(knowledge):
    # The lead's rate is of revenue; the next sentence's figures are the profit: nothing is related.
    assert_not_checked(
        knowledge,
        "Northwind Systems posted a 25 percent increase in quarterly revenue on Thursday. The company earned "
        "$560 million, or 90 cents a share, in the quarter, up from $400 million, or 64 cents a share.",
        "F301",
    )


# An equivalent written in a malformed shape (`1억2340억 원`, two 억 groups) right after the amount it restates:
# the malformed-number finding also shows the amount, so an editor sees the conversion the typo breaks.
MALFORMED_EQUIVALENTS = [
    pytest.param("새 계약의 주급은 9만 파운드(약 1억5120억 원)로 알려졌다.", "9만 파운드", id="ko-pounds-hedged"),
    pytest.param("구단은 이적료로 600만 달러(7억8000억원)를 지급했다.", "600만 달러", id="ko-dollars-unhedged"),
    pytest.param("The club will pay a weekly wage of £90,000 (about 1억5120억 원).", "£90,000", id="en-pounds-about"),
]


@pytest.mark.parametrize("text,source", MALFORMED_EQUIVALENTS)
def test_a_malformed_equivalent_is_reported_with_the_amount_it_converts(knowledge, text, source):
    result = findings(knowledge, document(text), select=["F101"])
    assert [f.rule for f in result.findings] == ["F101"]
    related = {text[r.start : r.end] for r in result.findings[0].related}
    assert source in related, related


def test_a_malformed_amount_that_restates_nothing_shows_no_converted_amount(knowledge):
    # Same currency before the parenthesis (a part, not an equivalent), and a malformed amount standing alone.
    for text in ("총 5억원(이 중 1억2000억원은 현금)을 냈다.", "예산은 3억4500억원이다. 지난해는 2억 달러였다."):
        result = findings(knowledge, document(text), select=["F101"])
        assert [f.rule for f in result.findings] == ["F101"]
        assert not result.findings[0].related, [r.message for r in result.findings[0].related]


# Percentage points stated of two amounts (no rate near to take points between): the figure is the percent
# change of the amount, a mislabelled unit, and is checked as one.
POINTS_ON_AMOUNTS = [
    pytest.param(
        "Kestrel Air lifted its net profit forecast to $900 million. That is 20 percentage points more than the "
        "net profit of $750 million it made last year.",
        {"20 percentage points": ("change", "$900 million", "$750 million")},
        id="en-that-is-points-more-than-the-amount-before",
    ),
    pytest.param(
        "Kestrel Air cut its revenue forecast to $8 billion. That is 20 percentage points lower than the revenue "
        "of $10 billion it booked last year.",
        {"20 percentage points": ("change", "$8 billion", "$10 billion")},
        id="en-points-lower-than",
    ),
    pytest.param(
        "서해물산의 3분기 매출은 2400억원으로 전년 동기 2000억원보다 20%포인트 늘었다.",
        {"20%포인트": ("change", "2400억원", "2000억원")},
        id="ko-points-of-a-value-and-its-prior",
    ),
]


@pytest.mark.parametrize("text,expected", POINTS_ON_AMOUNTS)
def test_points_stated_of_amounts_are_their_percent_change(knowledge, text, expected):
    check_roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Kestrel Air lifted its net profit forecast to $900 million. That is 20 percentage points more than "
            "the net profit of $750 million it made last year.",
            False,
            id="en-holds",
        ),
        pytest.param(
            "Kestrel Air lifted its net profit forecast to $990 million. That is 20 percentage points more than "
            "the net profit of $750 million it made last year.",
            True,
            id="en-fires",
        ),
        pytest.param(
            "서해물산의 3분기 매출은 2400억원으로 전년 동기 2000억원보다 20%포인트 늘었다.", False, id="ko-holds"
        ),
        pytest.param(
            "서해물산의 3분기 매출은 2800억원으로 전년 동기 2000억원보다 20%포인트 늘었다.", True, id="ko-fires"
        ),
    ],
)
def test_points_stated_of_amounts_are_checked_as_growth(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The bank's capital ratio rose to 14.2%. Its net profit was $5 billion, 2 percentage points more than "
            "the net profit of $4.9 billion of last year.",
            id="en-a-rate-in-the-sentence-before",
        ),
        pytest.param(
            "서해물산의 영업이익률은 12%다. 3분기 매출은 2400억원으로 전년 동기 2000억원보다 2%포인트 늘었다.",
            id="ko-a-margin-in-the-sentence-before",
        ),
        pytest.param(
            "Kestrel Air lifted its forecast to $900 million. That is 20 percentage points more than the "
            "$750 million it made last year.",
            id="en-no-metric-named-across-the-sentence",
        ),
    ],
)
def test_points_near_a_rate_or_without_a_named_metric_are_not_read_as_growth(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# A split of one whole into shares, percents or fractions in words: `a split of one-third to two-thirds between
# A and B`, `지분을 60%와 40%로 나눠`. Shares of one whole add up to at most 100%.
SPLITS = [
    pytest.param(
        "The board expects a split of broadly one-third to two-thirds between the interim and final dividends.",
        False,
        id="en-fractions-split-between",
    ),
    pytest.param("Profits are split 40% to 60% between the two partners.", False, id="en-percents-split-between"),
    pytest.param(
        "The prize money is divided 70% and 30% among the winner and the runner-up.", False, id="en-divided-among"
    ),
    pytest.param("The stake will be split 55% to 65% between the two founders.", True, id="en-split-over-100-fires"),
    pytest.param(
        "The payout is split two-thirds and three-quarters between interim and final dividends.",
        True,
        id="en-fractions-over-100-fires",
    ),
    pytest.param("두 회사는 합작법인 지분을 60%와 40%로 나눠 갖기로 했다.", False, id="ko-percents-split-verb"),
    pytest.param(
        "회사는 배당금을 중간배당과 기말배당에 3분의 1과 3분의 2로 나눠 지급한다.", False, id="ko-fractions-split-verb"
    ),
    pytest.param("두 회사는 합작법인 지분을 60%와 50%로 나눠 갖기로 했다.", True, id="ko-split-over-100-fires"),
]


@pytest.mark.parametrize("text,fires", SPLITS)
def test_a_split_of_one_whole_adds_up_to_at_most_100(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The party's share rose from 40% to 60% between 2019 and 2023.", id="en-a-rise-between-years"),
        pytest.param("Turnout was 70% and 60% among young and old voters.", id="en-rates-among-groups-no-split-word"),
        pytest.param("지지율은 60%에서 50%로 낮아졌다.", id="ko-a-fall-not-a-split"),
    ],
)
def test_shares_without_a_split_are_not_shares_of_one_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


# The day a statement was reported, a bare day of the month (`30일 보도했다`), is of the article's own month: a day
# after the article's date is a slip (F321). Published 27 August 2024 unless said.
REPORTED_DAYS = [
    pytest.param(
        "중국 매체들은 이 회사가 1분기에 흑자로 돌아섰다고 30일 보도했다.", True, id="ko-reported-after-fires"
    ),
    pytest.param("한빛전자는 상반기 영업이익이 20% 늘었다고 29일 공시했다.", True, id="ko-disclosed-after-fires"),
    pytest.param("한빛전자는 상반기 영업이익이 20% 늘었다고 27일 밝혔다.", False, id="ko-on-the-day-holds"),
    pytest.param("외신들은 협상이 타결됐다고 21일 보도했다.", False, id="ko-days-before-holds"),
]


@pytest.mark.parametrize("text,fires", REPORTED_DAYS)
def test_a_report_cannot_be_dated_after_its_article(knowledge, text, fires):
    assert_checked(knowledge, text, "F321", fires)


@pytest.mark.parametrize(
    "text,published",
    [
        pytest.param(
            "한빛전자는 실적이 늘었다고 지난 30일 밝혔다.", dt.date(2024, 8, 27), id="ko-last-marks-the-month"
        ),
        pytest.param("한빛전자는 실적이 늘었다고 7월 30일 밝혔다.", dt.date(2024, 8, 27), id="ko-month-written"),
        pytest.param("한빛전자는 실적이 늘었다고 30일 밝혔다.", dt.date(2024, 9, 2), id="ko-days-across-the-month-end"),
        pytest.param("한빛전자는 실적이 늘었다고 30일 밝혔다.", None, id="ko-no-publication-date"),
        pytest.param("한빛전자는 30일 신제품을 내놓을 예정이다.", dt.date(2024, 8, 27), id="ko-not-a-report"),
    ],
)
def test_a_day_with_its_month_or_near_the_month_end_is_not_flagged(knowledge, text, published):
    result = findings(knowledge, document(text, published=published), select=["F321"])
    assert not result.findings, [f.message for f in result.findings]


def test_the_finding_points_at_the_date_the_article_writes(knowledge):
    text = "기사등록 2024/08/27 10:15\n중국 매체들은 이 회사가 흑자로 돌아섰다고 30일 보도했다."
    result = findings(knowledge, document(text), select=["F321"])
    assert [f.rule for f in result.findings] == ["F321"]
    assert [text[r.start : r.end] for r in result.findings[0].related] == ["2024/08/27"]


# A ranking of parenthesized shares that goes on from the part the sentence before ranked first (`A(Z1%)였다.
# 이어 B(Z2%), C(Z3%) 순으로`): the first part's share is one of the same whole.
CONTINUED_RANKINGS = [
    pytest.param(
        "가장 많이 팔린 차종은 세단(31.2%)이었다. 이어 SUV(24.5%), 해치백(15.1%), 트럭(9.8%) 순으로 많이 팔렸다.",
        False,
        id="ko-holds",
    ),
    pytest.param(
        "가장 많이 팔린 차종은 세단(61.2%)이었다. 이어 SUV(24.5%), 해치백(15.1%), 트럭(9.8%) 순으로 많이 팔렸다.",
        True,
        id="ko-the-first-part-makes-it-exceed",
    ),
    pytest.param(
        "올해 가장 많이 찾은 여행지는 제주(52.4%)였다. 그 다음으로 부산(21.3%), 강릉(18.2%), 여수(12.6%) 순이었다.",
        True,
        id="ko-next-word-exceeds",
    ),
    pytest.param(
        "올해 가장 많이 찾은 여행지는 제주(32.4%)였다. 다음으로 부산(21.3%), 강릉(18.2%), 여수(12.6%) 순이었다.",
        False,
        id="ko-next-word-holds",
    ),
]


@pytest.mark.parametrize("text,fires", CONTINUED_RANKINGS)
def test_a_ranking_continued_from_the_sentence_before_includes_its_first_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


def test_a_share_in_the_sentence_before_without_a_continuing_word_stays_apart(knowledge):
    # `한편`: the next sentence starts another ranking; 61.2% is not counted with it.
    assert_checked(
        knowledge,
        "가장 많이 팔린 차종은 세단(61.2%)이었다. 한편 SUV(24.5%), 해치백(15.1%), 트럭(9.8%) 순으로 많이 팔렸다.",
        "F501",
        False,
    )


# A poll's shares of one vote, each after its own party's name, in one sentence that names the poll: they add up
# to at most 100% (a guess from the words, so a warning at most).
POLLS = [
    pytest.param(
        "An Ipsos poll for the Herald saw the Greens rising two points to reach 36% and Labour slipping to 29% "
        "with no change for the Liberals at 18%.",
        False,
        id="en-three-parties-hold",
    ),
    pytest.param(
        "A Harris poll gave the Democrats 44%, up one point, and six points ahead of the Republicans, who hold 38%.",
        False,
        id="en-two-parties-hold",
    ),
    pytest.param(
        "A Harris poll gave the Democrats 64%, up one point, and well ahead of the Republicans, who hold 48%.",
        True,
        id="en-two-parties-exceed",
    ),
    pytest.param(
        "The latest opinion poll puts the Greens at 46%, Labour at 39% and the Liberals at 21%.",
        True,
        id="en-three-parties-exceed",
    ),
]


@pytest.mark.parametrize("text,fires", POLLS)
def test_a_polls_party_shares_add_up_to_at_most_100(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The poll found 60% of Democrats and 55% of Republicans back the bill.", id="en-shares-of-groups"),
        pytest.param("The poll shows 62% want change, while the Government gets 48%.", id="en-no-name-before-first"),
        pytest.param("Labour had 61% in the Midlands and 58% in Wales, the poll found.", id="en-no-poll-before-rates"),
        pytest.param("A poll found Labour had 61% in the Midlands and 58% in Wales.", id="en-shares-in-regions"),
        pytest.param(
            "A Harris poll gave the Democrats 64%, up from 58% last month when the Democrats were level.",
            id="en-one-party-twice",
        ),
    ],
)
def test_rates_a_poll_gives_of_other_wholes_are_not_one_vote(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


# A ranking of parenthesized shares whose first part is followed by the rest (`A (Z1%), followed by B (Z2%), C (Z3%)
# and D (Z4%)`, `A(Z1%)에 이어 B(Z2%), C(Z3%)`): shares of one whole. Rates of change ranked the same way are not.
FOLLOWED_RANKINGS = [
    pytest.param(
        "The most common cancer was thyroid cancer (19.6%), followed by stomach cancer (13.8%), colon cancer "
        "(12.9%) and lung cancer (9.9%).",
        False,
        id="en-holds",
    ),
    pytest.param(
        "The most common cancer was thyroid cancer (69.6%), followed by stomach cancer (13.8%), colon cancer "
        "(12.9%) and lung cancer (9.9%).",
        True,
        id="en-exceeds",
    ),
    pytest.param(
        "가장 많은 암은 갑상선암(19.6%)에 이어 위암(13.8%), 대장암(12.9%), 폐암(9.9%)이었다.", False, id="ko-holds"
    ),
    pytest.param(
        "가장 많은 암은 갑상선암(69.6%)에 이어 위암(13.8%), 대장암(12.9%), 폐암(9.9%)이었다.", True, id="ko-exceeds"
    ),
]


@pytest.mark.parametrize("text,fires", FOLLOWED_RANKINGS)
def test_a_ranking_followed_by_the_rest_is_of_one_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Sales grew fastest in Asia (42%), followed by Europe (38%), Africa (36%) and America (35%).",
            id="en-rates-of-growth-ranked",
        ),
        pytest.param(
            "매출은 아시아(42%)에 이어 유럽(38%), 아프리카(36%), 미주(35%) 순으로 늘었다.",
            id="ko-rates-of-growth-ranked",
        ),
        pytest.param("판매는 세단(42%), SUV(38%), 트럭(36%) 순으로 크게 증가했다.", id="ko-in-order-of-growth"),
    ],
)
def test_rates_of_change_ranked_are_not_shares_of_one_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F501")
