"""English sums and shares (issue 11): each construction in sentences written for this test, a
case where the relation holds (listed as checked) and one where it is broken (reported)."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The brewer shipped 4.6 million cases in the year. Domestic shipments rose 2.1% to 3.1 million units, "
            "while overseas shipments fell 4.5% to 1.5 million units.",
            False,
            id="en-generic-counter-and-decimal-rates-holds",
        ),
        pytest.param(
            "The brewer shipped 4.6 million cases in the year. Domestic shipments rose 2.1% to 3.1 million units, "
            "while overseas shipments fell 4.5% to 2.5 million units.",
            True,
            id="en-generic-counter-and-decimal-rates-broken",
        ),
        pytest.param(
            "Tractor sales went up 5.2 per cent at 24,300 units last month. Domestic sales were up 4.8 per cent "
            "at 22,900 units. Exports rose 11.0 per cent at 1,400 units.",
            False,
            id="en-domestic-and-exports-holds",
        ),
        pytest.param(
            "Tractor sales went up 5.2 per cent at 24,300 units last month. Domestic sales were up 4.8 per cent "
            "at 22,900 units. Exports rose 11.0 per cent at 2,400 units.",
            True,
            id="en-domestic-and-exports-broken",
        ),
        pytest.param(
            "The group delivered 870,000 units in the quarter. Domestic deliveries climbed 3.4% to 520,000 units "
            "while overseas deliveries slipped 1.2% to 350,000 units.",
            False,
            id="en-domestic-overseas-rates-in-the-clause-holds",
        ),
    ],
)
def test_partition_parts_with_rates_and_generic_counters(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_counter_that_names_another_thing_is_no_whole(knowledge):
    text = (
        "The park counted 1,300 animals this year. Domestic visitors numbered 900 people, "
        "while overseas visitors numbered 400 people."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["900 people"].part_of is None and found["400 people"].part_of is None


def test_a_total_broken_down_twice_is_checked_once_per_list(knowledge):
    """Two breakdowns of one total (by product, then by market) are two lists, never one list of four parts."""
    text = (
        "Sales totalled 3.5 lakh units. Scooters accounted for 2.1 lakh units and motorcycles for 1.4 lakh units. "
        "Domestic sales were 2.6 lakh units and exports 0.9 lakh units."
    )
    assert_checked(knowledge, text, "F302", False)  # both breakdowns hold
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["2.6 lakh units"].part_list == found["0.9 lakh units"].part_list != found["2.1 lakh units"].part_list
    assert_checked(knowledge, text.replace("0.9 lakh", "1.9 lakh"), "F302", True)  # the breakdown by market


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Domestic airlines flew 9.6 million passengers in June. Northwind had a market share of 6.0 per cent "
            "and Bluejet a market share of 4.5 per cent; they carried 576,000 and 432,000 passengers respectively.",
            False,
            id="en-shares-then-amounts-respectively-holds",
        ),
        pytest.param(
            "Domestic airlines flew 9.6 million passengers in June. Northwind had a market share of 6.0 per cent "
            "and Bluejet a market share of 7.5 per cent; they carried 576,000 and 432,000 passengers respectively.",
            True,
            id="en-shares-then-amounts-respectively-broken",
        ),
        pytest.param(
            "The country's shoppers bought 2.5 million phones in the quarter. Brand A and Brand B took shares of "
            "32% and 18%. They sold 800,000 and 450,000 phones respectively.",
            False,
            id="en-amounts-respectively-in-the-next-sentence-holds",
        ),
        pytest.param(
            "6월 국내선 여객은 960만명이었다. 북풍항공과 청룡항공의 점유율은 각각 6.0%와 4.5%로, "
            "여객은 각각 57만 6천명과 43만 2천명이었다.",
            False,
            id="ko-shares-then-amounts-respectively-holds",
        ),
        pytest.param(
            "6월 국내선 여객은 960만명이었다. 북풍항공과 청룡항공의 점유율은 각각 6.0%와 7.5%로, "
            "여객은 각각 57만 6천명과 43만 2천명이었다.",
            True,
            id="ko-shares-then-amounts-respectively-broken",
        ),
    ],
)
def test_shares_then_their_amounts_respectively(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The company sold 2.5 million phones last year. Phone and tablet sales rose 12% and 8% "
            "to 800,000 and 450,000 units respectively.",
            id="en-changes",
        ),
        pytest.param(
            "The two chains sold $9.0 billion of goods last year. Alpha and Beta had operating margins of 12% "
            "and 9% on sales of $2.0 billion and $1.5 billion respectively.",
            id="en-margins",
        ),
    ],
)
def test_amounts_respectively_after_rates_that_are_no_shares(knowledge, text):
    assert not any(c.share_part for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Carmakers registered 150,000 units in March. Fleet demand rose 3.2% to 72,000 units, "
            "accounting for 48% of registrations.",
            False,
            id="en-accounting-for-holds",
        ),
        pytest.param(
            "Carmakers registered 150,000 units in March. Fleet demand rose 3.2% to 72,000 units, "
            "accounting for 58% of registrations.",
            True,
            id="en-accounting-for-broken",
        ),
        pytest.param(
            "The airport handled 4.0 million passengers in the year. Domestic travel rose 2% to 3.0 million "
            "passengers, representing 75% of traffic.",
            False,
            id="en-representing-holds",
        ),
        pytest.param(
            "The survey reached 2,000 households. Renters numbered 700 households, making up 45% of the sample.",
            True,
            id="en-making-up-broken",
        ),
        pytest.param(
            "내년 예산은 500조원이다. 보건 분야는 총 120조원으로 110조원을 넘었다. "
            "전체 예산 중 24%가 보건 분야에 쓰인다.",
            False,
            id="ko-whole-named-with-jung-past-a-bound-holds",
        ),
        pytest.param(
            "내년 예산은 500조원이다. 보건 분야는 총 120조원으로 110조원을 넘었다. "
            "전체 예산 중 34%가 보건 분야에 쓰인다.",
            True,
            id="ko-whole-named-with-jung-past-a-bound-broken",
        ),
        pytest.param(
            "그의 계약 총액은 5억달러다. 구단은 연봉 5000만달러 가운데 4500만달러를 나중에 준다. "
            "연봉의 90%에 해당하는 금액이다.",
            False,
            id="ko-share-of-the-marked-whole-not-the-largest-holds",
        ),
        pytest.param(
            "그의 계약 총액은 5억달러다. 구단은 연봉 5000만달러 가운데 4500만달러를 나중에 준다. "
            "연봉의 80%에 해당하는 금액이다.",
            True,
            id="ko-share-of-the-marked-whole-not-the-largest-broken",
        ),
    ],
)
def test_shares_of_a_total_stated_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "한빛 구단은 외야수 김도윤과 계약금 4억원, 연봉 2억원, 옵션 최대 6억원 등 총액 12억원에 계약했다. "
            "계약 전체에서 옵션 비중은 50%다.",
            False,
            id="ko-named-part-share-noun-before-holds",
        ),
        pytest.param(
            "한빛 구단은 외야수 김도윤과 계약금 4억원, 연봉 2억원, 옵션 최대 6억원 등 총액 12억원에 계약했다. "
            "계약 전체에서 옵션 비중은 60%다.",
            True,
            id="ko-named-part-share-noun-before-broken",
        ),
        pytest.param(
            "내야수 박서진은 계약 기간 2년에 최대 9억원을 받는다. 계약금 2억원에 2년 연봉 4억원, 옵션 3억원이다. "
            "옵션 비중이 33.3%다.",
            False,
            id="ko-named-part-whole-capped-in-the-sentence-before-holds",
        ),
        pytest.param(
            "투수 최하늘은 계약 기간 3년에 최대 16억원의 계약이다. 계약금 6억원에 연봉 6억원, 옵션 4억원이 걸렸다. "
            "25%의 옵션 비중이다.",
            False,
            id="ko-named-part-share-noun-after-holds",
        ),
        pytest.param(
            "투수 최하늘은 계약 기간 3년에 최대 16억원의 계약이다. 계약금 6억원에 연봉 6억원, 옵션 4억원이 걸렸다. "
            "35%의 옵션 비중이다.",
            True,
            id="ko-named-part-share-noun-after-broken",
        ),
        pytest.param(
            "구단은 포수 윤재민과 계약금 2억원, 연봉 4억원, 옵션 4억원 등 총액 10억원에 계약했다. "
            "윤재민의 계약 중 옵션은 총액의 40%다.",
            False,
            id="ko-named-part-as-topic-holds",
        ),
        pytest.param(
            "계약 기간 4년에 최대 100억원이다. 계약금 40억원, 연봉 총 40억원, 옵션 20억원이다. 옵션 비율은 20%다.",
            False,
            id="ko-named-part-of-the-largest-marked-whole-not-a-subtotal-holds",
        ),
        pytest.param(
            "A선수는 총액 30억원에 계약했다. B선수는 계약금 2억원, 옵션 3억원에 최대 10억원을 받는다. "
            "옵션 비중은 30%다.",
            False,
            id="ko-named-part-of-the-whole-of-its-own-sentence-holds",
        ),
    ],
)
def test_share_of_a_named_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A선수는 옵션 3억원을 포함해 총액 10억원에 계약했다. B선수는 연봉 4억원에 인센티브 6억원이다. "
            "옵션 비중이 60%다.",
            id="ko-another-subjects-figures-between",
        ),
        pytest.param(
            "계약금 3억원, 매년 옵션 2억원씩 등 총액 15억원이다. 옵션 비중은 40%다.",
            id="ko-a-part-stated-per-period",
        ),
    ],
)
def test_no_share_of_a_named_part(knowledge, text):
    """The share is not tied to the option figure: another subject's figures, or a rate per period."""
    found = claims(text, knowledge).claims
    rate = next(c for c in found if c.kind == "percent")
    option = next(c for c in found if text[: c.start].rstrip().endswith("옵션"))
    assert rate.share_part != option.id


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "기금의 총자산은 1000억달러다. 자산 구성을 보면 채권이 820억달러로 82%를 차지했고 "
            "현금은 120억달러로 12%, 금은 60억달러로 6%를 차지했다.",
            False,
            id="ko-share-verb-of-a-later-pair-holds",
        ),
        pytest.param(
            "기금의 총자산은 1000억달러다. 자산 구성을 보면 채권이 820억달러로 82%를 차지했고 "
            "현금은 120억달러로 22%, 금은 60억달러로 6%를 차지했다.",
            True,
            id="ko-share-verb-of-a-later-pair-broken",
        ),
    ],
)
def test_pairs_sharing_one_share_verb(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_pair_with_no_share_verb_after_it_is_no_share(knowledge):
    text = "기금의 총자산은 1000억달러다. 채권은 820억달러로 82%를 차지했다. 현금은 120억달러로 12%, 올해 처음 늘었다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["12%"].share_part is None


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "지난해 가장 많이 팔린 차종은 세단(31.2%)이었다. 이어 SUV(28.4%), 해치백(15.1%), 트럭(9.8%) 순으로 "
            "많이 팔렸다.",
            False,
            id="ko-ranked-parenthesized-shares-holds",
        ),
        pytest.param(
            "지난해 가장 많이 팔린 차종은 세단(31.2%)이었다. 이어 SUV(48.4%), 해치백(35.1%), 트럭(29.8%) 순으로 "
            "많이 팔렸다.",
            True,
            id="ko-ranked-parenthesized-shares-broken",
        ),
        pytest.param(
            "Sales were led by sedans (31%), followed by SUVs (28%), hatchbacks (15%) and trucks (10%), in that order.",
            False,
            id="en-ranked-parenthesized-shares-holds",
        ),
        pytest.param(
            "Sales were led by sedans (41%), followed by SUVs (38%), hatchbacks (15%) and trucks (10%), in that order.",
            True,
            id="en-ranked-parenthesized-shares-broken",
        ),
        pytest.param(
            "개표 결과 득표율은 한빛당이 41.2%, 새길당이 33.5%, 푸른당이 12.1%로 집계됐다.",
            False,
            id="ko-subjects-after-a-share-topic-holds",
        ),
        pytest.param(
            "개표 결과 득표율은 한빛당이 51.2%, 새길당이 43.5%, 푸른당이 12.1%로 집계됐다.",
            True,
            id="ko-subjects-after-a-share-topic-broken",
        ),
        pytest.param(
            "개표 결과 득표 비율은 한빛당이 51.2%, 새길당이 43.5%, 푸른당이 12.1%로 집계됐다.",
            True,
            id="ko-subjects-after-a-spaced-share-topic-broken",
        ),
    ],
)
def test_runs_of_named_shares_of_one_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "부채 비율은 한빛사가 120%, 새길사가 90%, 푸른사가 75%로 집계됐다.", id="ko-ratios-of-each-subject"
        ),
        pytest.param("한빛전자(3.2%), 새길화학(1.5%), 푸른제약(2.1%) 등이 올랐다.", id="ko-parenthesized-run-unranked"),
        pytest.param("Shares of Alpha (52%), Beta (61%) and Gamma (47%) rose on the day.", id="en-unranked"),
        pytest.param(
            "수출 증가율은 반도체(61%), 선박(45%), 자동차(30%) 순으로 높았다.", id="ko-ranked-rates-of-change"
        ),
        pytest.param(
            "Profit margins were highest at Alpha (61%), Beta (45%) and Gamma (30%), in that order.",
            id="en-ranked-margins",
        ),
    ],
)
def test_runs_not_made_shares_of_one_whole(knowledge, text):
    assert not any(c.whole for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The region has reported 12,400 cases so far, including 5,100 active cases. 6,900 people have "
            "recovered, while 380 people have died.",
            False,
            id="en-breakdown-runs-on-holds",
        ),
        pytest.param(
            "The region has reported 12,400 cases so far, including 5,100 active cases. 9,900 people have "
            "recovered, while 380 people have died.",
            True,
            id="en-breakdown-runs-on-broken",
        ),
        pytest.param(
            "The fund holds $9.0 billion of assets, of which $4.1 billion in bonds. $3.2 billion sits in "
            "equities and $1.2 billion in cash.",
            False,
            id="en-of-which-runs-on-holds",
        ),
    ],
)
def test_a_breakdown_that_runs_on_into_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,number",
    [
        pytest.param(
            "The region has reported 12,400 cases so far, including 5,100 active cases. Its neighbour reported "
            "9,900 cases and 380 deaths.",
            "9,900 cases",
            id="en-next-sentence-opens-with-words",
        ),
        pytest.param(
            "The region has reported 12,400 cases so far, including 5,100 active cases. 8,300 new cases were "
            "added on Monday.",
            "8,300 new",
            id="en-next-sentence-states-one-figure",
        ),
    ],
)
def test_no_run_on_without_a_list_in_the_next_sentence(knowledge, text, number):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].part_of is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Total trade reached $200 billion. Exports rose 5% to $50 billion, accounting for 30% of GDP.",
            id="en-a-whole-named-but-not-stated",
        ),
        pytest.param(
            "Revenue rose to $684 million. Console games brought in $73 million. Overseas sales accounted for 57% "
            "of revenue.",
            id="en-the-share-names-another-part",
        ),
        pytest.param(
            "The deficit will be $78 billion, or 2.9% of gross domestic product, against spending of $677 billion.",
            id="en-or-a-share-of-a-whole-not-stated",
        ),
    ],
)
def test_no_share_of_a_figure_before_a_verb_when_the_whole_is_not_stated(knowledge, text):
    assert not any(c.share_part for c in claims(text, knowledge).claims)


def test_domestic_demand_and_exports_in_money_are_no_partition(knowledge):
    text = (
        "The economy was worth $1.2 trillion last year. Domestic consumption rose 3% to $700 billion, "
        "while exports climbed 5% to $300 billion."
    )
    assert not any(c.part_of for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "두 나라의 총교역은 1000억달러다. 올해 수출은 475억달러로 지난해(500억달러)의 95%에 해당한다.",
            id="ko-share-of-last-years-figure-in-parentheses",
        ),
        pytest.param(
            "두 나라의 총교역은 1000억달러다. 올해 수출은 475억달러로 지난해 수준의 95%에 해당한다.",
            id="ko-share-of-last-years-level",
        ),
    ],
)
def test_a_share_of_another_periods_figure_is_no_share_of_the_total(knowledge, text):
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The firm sold 80,000 units in May. Electric models sold 20,000 units, 25% of all sales.",
            False,
            id="en-of-all-holds",
        ),
        pytest.param(
            "The firm sold 80,000 units in May. Electric models sold 20,000 units, 35% of all sales.",
            True,
            id="en-of-all-broken",
        ),
        pytest.param(
            "Of the total budget of $60 billion, health takes $20 billion, a third of the total.",
            False,
            id="en-a-fraction-of-the-total-holds",
        ),
        pytest.param(
            "Of the total budget of $60 billion, health takes $30 billion, a third of the total.",
            True,
            id="en-a-fraction-of-the-total-broken",
        ),
        pytest.param(
            "총 600억원 가운데 복지 예산은 300억원으로 전체 예산의 절반을 차지한다.",
            False,
            id="ko-a-fraction-of-the-total-holds",
        ),
        pytest.param(
            "총 600억원 가운데 복지 예산은 200억원으로 전체 예산의 절반을 차지한다.",
            True,
            id="ko-a-fraction-of-the-total-broken",
        ),
    ],
)
def test_shares_of_all_and_fractions_of_the_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_fraction_is_named_as_written(knowledge):
    text = "Of the total budget of $60 billion, health takes $30 billion, a third of the total."
    result = findings(knowledge, document(text), select=["F503"])
    assert "a third" in result.findings[0].message


def test_of_all_names_a_whole_the_text_does_not_state(knowledge):
    text = "Total trade reached $200 billion. Chip exports were $50 billion, 30% of all exports."
    assert not any(c.share_part for c in claims(text, knowledge).claims)


def test_a_fraction_of_a_total_found_by_size_is_not_read(knowledge):
    """The largest figure before may be another fact (a valuation): a fraction's whole must be marked."""
    text = (
        "The startup raised 90 billion won in a round that values it at 800 billion won. "
        "The lead investor put in 30 billion won, a third of the total."
    )
    assert not any(c.share_part for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param("Cash made up 60% of the fund, bonds 25% and the rest was held in gold.", False, id="en-holds"),
        pytest.param("Cash made up 60% of the fund, bonds 45% and the rest was held in gold.", True, id="en-broken"),
        pytest.param("기금 자산은 현금이 60%, 채권이 25%를 차지했고 나머지는 금이었다.", False, id="ko-holds"),
        pytest.param("기금 자산은 현금이 60%, 채권이 45%를 차지했고 나머지는 금이었다.", True, id="ko-broken"),
    ],
)
def test_shares_and_the_rest(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


def test_rates_and_the_rest_are_no_shares(knowledge):
    text = "Alpha's margin was 60%, Beta's 45% and the rest of the sector's about 20%."
    assert not any(c.whole for c in claims(text, knowledge).claims)
