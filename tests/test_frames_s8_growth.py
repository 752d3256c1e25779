"""Conversions at a rate the writer chose, growth and points frames (sentences written for these tests).

Conversions: the reference rate of 27 August 2024 is about 1,331 won to the dollar. An equivalent a few
percent off it (a house rate, the rate of the day a figure was announced) is not an error: alone it is
info, agreed on by another equivalent it is the article's own rate and passes. One equivalent off the
rate that the article's other equivalents share at the reference is a slip, and a wrong digit (10% or
more off) is an error either way.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked
from test_frames import test_roles_and_links as roles_and_links

from checker.config import Settings


def _f202(knowledge, text: str):
    result = findings(knowledge, document(text), select=["F202"], show_passed=True)
    return result.findings, result.passed


# Every equivalent at 1,260 won to the dollar, 5.3% under the reference: the article's own rate.
ARTICLE_RATE = [
    "계약 총액은 2450만 달러(약 308억 7000만원)이며, 이적료는 480만 달러(약 60억 4800만원)다.",
    "1분기 수출은 31억 5000만 달러(약 3조 9690억원), 수입은 24억 8000만 달러(약 3조 1248억원)였다.",
    "The package is worth $41.5 million (52.29 billion won), and the bonus $6.4 million (8.064 billion won).",
]


@pytest.mark.parametrize("text", ARTICLE_RATE)
def test_equivalents_agreeing_on_a_house_rate_pass(knowledge, text):
    found, passed = _f202(knowledge, text)
    assert not found, [f.message for f in found]
    assert len([p for p in passed if p.rule == "F202"]) == 2


# One equivalent at 1,260 won, alone in its article: reported, never as an error or a warning.
ALONE = [
    "회사는 미국 공장에 5억 2000만 달러(약 6552억원)를 투자한다.",
    "The carmaker put $2.00bn (2.52 trillion won) into its Georgia plant.",
    "그룹은 현지 법인에 8350만 달러(약 1052억 1000만원)를 출자하기로 했다.",
]


@pytest.mark.parametrize("text", ALONE)
def test_one_equivalent_at_a_house_rate_is_info(knowledge, text):
    found, _ = _f202(knowledge, text)
    assert [f.severity for f in found] == ["info"], [f.message for f in found]
    assert "off the reference" in " ".join(found[0].notes)


# The article converts at the reference; one equivalent 5.3% off it is the slip.
OUTLIER = [
    ("매출은 12억 4000만 달러(약 1조 6507억원), 영업이익은 2억 3500만 달러(약 2961억원)였다.", "약 2961억원"),
    (
        "Revenue was $1.24bn (1.651 trillion won) and operating profit $235 million (296.1 billion won).",
        "296.1 billion won",
    ),
    ("수출은 41억 2000만 달러(약 5조 4845억원), 수입은 36억 2000만 달러(약 4조 5612억원)였다.", "약 4조 5612억원"),
]


@pytest.mark.parametrize("text,slip", OUTLIER)
def test_one_equivalent_off_the_articles_reference_rate_is_an_error(knowledge, text, slip):
    found, _ = _f202(knowledge, text)
    assert [(text[f.location.start : f.location.end], f.severity) for f in found] == [(slip, "error")]


# A wrong digit is far beyond any house rate: an error, alone or beside an equivalent it contradicts.
WRONG_DIGIT = [
    ("회사는 미국 공장에 5억 2000만 달러(약 5552억원)를 투자한다.", "약 5552억원"),
    ("계약 총액은 2450만 달러(약 308억 7000만원)이며, 이적료는 480만 달러(약 80억 4800만원)다.", "약 80억 4800만원"),
    (
        "The package is worth $41.5 million (72.29 billion won), and the bonus $6.4 million (8.064 billion won).",
        "72.29 billion won",
    ),
]


@pytest.mark.parametrize("text,slip", WRONG_DIGIT)
def test_a_wrong_digit_stays_an_error(knowledge, text, slip):
    found, _ = _f202(knowledge, text)
    errors = [text[f.location.start : f.location.end] for f in found if f.severity == "error"]
    assert errors == [slip], [f.message for f in found]


def test_a_desk_tolerance_removes_the_house_band(knowledge):
    """`fx-tolerance` is a desk's whole allowance: 5.3% off is an error under a 2.5% desk tolerance."""
    overrides = Settings.model_validate({"fx-tolerance": 0.025}).rule_overrides()
    assert overrides["F202"]["house_tolerance"] == 0.025


# A rate in a lead with nothing to change, its value and prior stated as a pair in the next sentence.
LEAD_RATES = [
    pytest.param(
        "Van sales in the region rose 6.5% in July. A total of 31,950 vans were sold, up from 30,000 in July "
        "last year.",
        {"6.5%": ("change", "31,950 vans", "30,000")},
        id="en-lead-rate-then-up-from",
    ),
    pytest.param(
        "The carrier said its third-quarter profit rose 22%, helped by busier routes. Net income was "
        "$610 million, compared with $500 million a year earlier.",
        {"22%": ("change", "$610 million", "$500 million")},
        id="en-lead-rate-then-compared-with",
    ),
    pytest.param(
        "Quarterly profit fell 20%. The group earned $400 million, against $500 million a year earlier.",
        {"20%": ("change", "$400 million", "$500 million")},
        id="en-lead-fall-then-against",
    ),
    pytest.param(
        "한빛제약의 3분기 영업이익이 25% 증가했다. 영업이익은 750억원으로 전년 동기 600억원보다 늘었다.",
        {"25%": ("change", "750억원", "600억원")},
        id="ko-lead-rate-then-value-and-prior",
    ),
    pytest.param(
        "한빛전자의 1분기 순이익이 18% 늘었다. 순이익은 1180억원으로 1년 전 1000억원에서 늘었다.",
        {"18%": ("change", "1180억원", "1000억원")},
        id="ko-lead-rate-then-from-prior",
    ),
]


@pytest.mark.parametrize("text,expected", LEAD_RATES)
def test_lead_rate_roles_and_links(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Van sales in the region rose 6.5% in July. A total of 31,950 vans were sold, up from 30,000 in July "
            "last year.",
            False,
        ),
        (
            "Van sales in the region rose 9.5% in July. A total of 31,950 vans were sold, up from 30,000 in July "
            "last year.",
            True,
        ),
        ("한빛제약의 3분기 영업이익이 25% 증가했다. 영업이익은 750억원으로 전년 동기 600억원보다 늘었다.", False),
        ("한빛제약의 3분기 영업이익이 35% 증가했다. 영업이익은 750억원으로 전년 동기 600억원보다 늘었다.", True),
        (
            "The airline said its profit rose 45%. Net income was $540 million, compared with $400 million a "
            "year earlier.",
            True,
        ),
    ],
)
def test_lead_rate_is_checked_against_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a metric named before the rate that is not the value's
        "Exports rose 9%. Net income was $540 million, compared with $400 million a year earlier.",
        "수출이 9% 늘었다. 순이익은 1180억원으로 1년 전 1000억원보다 많았다.",
        # two rates in the lead: which one the pair explains is not said
        "Revenue rose 8% and profit 12%. Net income was $540 million, compared with $400 million a year earlier.",
        # the lead states its own amount
        "Profit rose 9% to $612 million. Net income was $540 million, compared with $400 million a year earlier.",
    ],
)
def test_lead_rate_not_linked_across_when_unsure(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# The figure a change is measured from, named right after the change (`a decline of Z% on the Y`, `a Z% drop
# from its Y`, `up Z% on the Y`).
CHANGE_NOUN_BASELINES = [
    pytest.param(
        "Retail sales totalled $187.2 billion in the first half, a decline of 4.1% on the $195.2 billion of a "
        "year earlier.",
        {"4.1%": ("change", "$187.2 billion", "$195.2 billion"), "$195.2 billion": ("baseline", None, None)},
        id="en-decline-of-on-the",
    ),
    pytest.param(
        "The sequel slipped to third place with $17.4 million, a 61% drop from its $44.6 million opening.",
        {"61%": ("change", "$17.4 million", "$44.6 million"), "$44.6 million": ("baseline", None, None)},
        id="en-drop-from-its",
    ),
    pytest.param(
        "The group earned $3.27 billion, up 9% on the $3.0 billion it made a year before.",
        {"9%": ("change", "$3.27 billion", "$3.0 billion")},
        id="en-up-on-the",
    ),
]


@pytest.mark.parametrize("text,expected", CHANGE_NOUN_BASELINES)
def test_change_noun_baseline_roles_and_links(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The sequel slipped to third place with $17.4 million, a 61% drop from its $44.6 million opening.", False),
        ("The sequel slipped to third place with $17.4 million, a 41% drop from its $44.6 million opening.", True),
        ("The group earned $3.27 billion, up 9% on the $3.0 billion it made a year before.", False),
        ("The group earned $3.27 billion, up 19% on the $3.0 billion it made a year before.", True),
    ],
)
def test_change_noun_baseline_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_a_figure_of_another_unit_after_on_is_no_baseline(knowledge):
    assert_not_checked(knowledge, "The group earned $3.27 billion, up 9% on the 1,200 stores it runs.", "F301")


# A move in points appended to the two rates it is between (`…, an improvement of 90 basis points`).
POINTS_APPENDED = [
    pytest.param(
        "The operating margin widened to 17.3% from 16.5%, an improvement of 80 basis points.",
        {"80 basis points": ("change", "17.3%", "16.5%")},
        id="en-improvement-of-basis-points",
    ),
    pytest.param(
        "On-time arrivals improved to 87.6% of flights, compared to 85.2% in the previous year, a gain of 2.4 points.",
        {"2.4 points": ("change", "87.6%", "85.2%")},
        id="en-gain-of-points-after-compared-to",
    ),
    pytest.param(
        "The jobless rate fell to 4.1% from 4.6%, an improvement of 0.5 percentage points.",
        {"0.5 percentage points": ("change", "4.1%", "4.6%")},
        id="en-signless-noun-read-the-way-rates-moved",
    ),
]


@pytest.mark.parametrize("text,expected", POINTS_APPENDED)
def test_points_appended_roles_and_links(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The operating margin widened to 17.3% from 16.5%, an improvement of 80 basis points.", False),
        ("The operating margin widened to 17.3% from 16.5%, an improvement of 30 basis points.", True),
        (
            "On-time arrivals improved to 87.6% of flights, compared to 85.2% a year earlier, a gain of 2.4 points.",
            False,
        ),
        (
            "On-time arrivals improved to 87.6% of flights, compared to 85.2% a year earlier, a gain of 3.4 points.",
            True,
        ),
        (
            "On-time arrivals improved to 87.6% of flights, compared to 85.2% a year earlier, a fall of 2.4 points.",
            True,
        ),
    ],
)
def test_points_appended_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_points_after_three_rates_are_not_linked(knowledge):
    text = "Turnout rose to 61.2% from 58.0%, while 12.5% voted early, a gain of 3.2 points."
    assert_not_checked(knowledge, text, "F308")


# A change stated with its baseline, its value in the sentence before (a figure the copy measures again).
VALUES_BEFORE_BASELINES = [
    pytest.param(
        "Hourly pay rose 0.4% to $41.18 from $41.02 in March. Compared with $39.50 a year earlier, pay was up 4.3%.",
        {"4.3%": ("change", "$41.18", "$39.50")},
        id="en-compared-with-then-up",
    ),
    pytest.param(
        "The index rose 1.1% to 212.4 points from 210.1 points in May. Against 200.0 points a year earlier, it was "
        "up 6.2%.",
        {"6.2%": ("change", "212.4 points", "200.0 points")},
        id="en-against-then-up",
    ),
    pytest.param(
        "Exports rose 2% to $51.0 billion from $50.0 billion in May. Compared with $46.4 billion a year earlier, "
        "exports were up 9.9%.",
        {"9.9%": ("change", "$51.0 billion", "$46.4 billion")},
        id="en-month-then-year",
    ),
    pytest.param(
        "1분기 매출은 전 분기보다 5% 늘어난 1050억원이었다. 1년 전 900억원과 비교하면 16.7% 많다.",
        {"16.7%": ("change", "1050억원", "900억원")},
        id="ko-quarter-then-year",
    ),
]


FX_RESERVES = (
    "10월 말 외환보유액은 4213억달러로 집계됐다. 9월 말(4196억달러)보다 17억달러 늘어난 규모다. "
    "1년 전 4114억달러와 비교하면 {rate} 많다."
)


@pytest.mark.parametrize("text,expected", VALUES_BEFORE_BASELINES)
def test_values_before_baselines_roles_and_links(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("1분기 매출은 전 분기보다 5% 늘어난 1050억원이었다. 1년 전 900억원과 비교하면 16.7% 많다.", False),
        ("1분기 매출은 전 분기보다 5% 늘어난 1050억원이었다. 1년 전 900억원과 비교하면 26.7% 많다.", True),
        # a sentence between that states a prior and a change, no value
        (FX_RESERVES.format(rate="2.4%"), False),
        (FX_RESERVES.format(rate="3.4%"), True),
        (
            "Exports rose 2% to $51.0 billion from $50.0 billion in May. Compared with $46.4 billion a year "
            "earlier, exports were up 19.9%.",
            True,
        ),
    ],
)
def test_values_before_baselines_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a threshold passed in the sentence before is not the figure measured again
        "그 영화는 손익분기점인 150만명을 넘어섰다. 전작 관객 210만명보다는 12.4% 많다.",
    ],
)
def test_values_before_baselines_not_linked_when_unsure(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# A headline's rate measured from the prior of the body's restatement of its value (the body's rate of the
# same basis restates it).
HEADLINE_KO = (
    "한빛전자, 2분기 영업이익 3200억원…전년比 {rate} 증가\n\n"
    "한빛전자의 2분기 영업이익은 3200억원으로 전년 동기 2500억원보다 28.0% 늘었다. 직전 분기보다는 6.7% 증가했다."
)
HEADLINE_EN = (
    "Harbor Foods profit up {rate} at $560m\n\n"
    "Harbor Foods said net profit rose 12.0% to $560 million from $500 million a year earlier."
)


@pytest.mark.parametrize(
    "text,rate,prior",
    [(HEADLINE_KO.format(rate="28%"), "28%", "2500억원"), (HEADLINE_EN.format(rate="12%"), "12%", "$500 million")],
)
def test_headline_rate_takes_the_restated_prior(knowledge, text, rate, prior):
    found = claims(text, knowledge).claims
    by_id = {c.id: c for c in found}
    change = next(c for c in found if c.text == rate)
    assert change.role == "change" and by_id[change.change_of].sentence == change.sentence
    assert by_id[change.compared_to].text == prior


@pytest.mark.parametrize(
    "text,fires",
    [
        (HEADLINE_KO.format(rate="28%"), False),
        (HEADLINE_KO.format(rate="38%"), True),
        (HEADLINE_EN.format(rate="12%"), False),
        (HEADLINE_EN.format(rate="17%"), True),
    ],
)
def test_headline_rate_is_checked_against_the_restated_prior(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Turnout was 71.2%, with 8.3 million voters casting a ballot. That compares with 66.8% at the last "
            "election in 2020, an increase of 4.4 percentage points.",
            False,
        ),
        (
            "Turnout was 71.2%, with 8.3 million voters casting a ballot. That compares with 66.8% at the last "
            "election in 2020, an increase of 3.4 percentage points.",
            True,
        ),
        (
            "Operating profit was Rs 2,310 crore, for a margin of 11.7%. That compares with a margin of 10.9% "
            "a year ago, an "
            "improvement of 80 basis points.",
            False,
        ),
        (
            "Operating profit was Rs 2,310 crore, for a margin of 11.7%. That compares with a margin of 10.9% "
            "a year ago, an "
            "improvement of 30 basis points.",
            True,
        ),
    ],
)
def test_points_appended_to_a_comparison_with_the_rate_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


def test_points_after_a_comparison_with_two_rates_before_are_not_linked(knowledge):
    text = (
        "Turnout was 71.2% and 14.0% voted by post. That compares with 66.8% in 2020, an increase of 4.4 "
        "percentage points."
    )
    assert_not_checked(knowledge, text, "F308")


# A rate named a change by its noun, the value after what changed (`a 12.5% rise in net profit for the
# September quarter to Rs 1,350 crore`).
CHANGE_NOUN_VALUES = [
    pytest.param(
        "Harbor Motors on Friday reported a 12.5% rise in consolidated net profit for the September quarter to "
        "Rs 1,350 crore, against Rs 1,200 crore in the same period last year.",
        {"12.5%": ("change", "Rs 1,350 crore", None)},
        id="en-rise-in-metric-for-period-to-value",
    ),
    pytest.param(
        "The lender posted a 9% fall in net interest income for the first half of the year to $2.73 billion.",
        {"9%": ("change", "$2.73 billion", None)},
        id="en-fall-in-metric-to-value",
    ),
    pytest.param(
        "The chain reported an 18% increase in like-for-like sales across its stores in Scotland to 4.72 million "
        "units.",
        {"18%": ("change", "4.72 million units", None)},
        id="en-increase-in-count-to-value",
    ),
]


@pytest.mark.parametrize("text,expected", CHANGE_NOUN_VALUES)
def test_change_noun_value_roles_and_links(knowledge, text, expected):
    roles_and_links(knowledge, text, expected)


NOUN_RATE = (
    "Harbor Motors on Friday reported a {rate} rise in consolidated net profit for the September quarter to "
    "Rs 1,350 crore, against Rs 1,200 crore in the same period last year."
)


@pytest.mark.parametrize(
    "text,fires", [(NOUN_RATE.format(rate="12.5%"), False), (NOUN_RATE.format(rate="22.5%"), True)]
)
def test_change_noun_value_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The group reported a 12% rise in sales for the year and said its net debt came down to $4.1 billion.",
        "The group reported a 12% rise in sales for the year, while its net debt came down to $4.1 billion.",
        "The group reported a 12% rise in sales for the year and its net debt fell to $4.1 billion.",
    ],
)
def test_change_noun_value_not_linked_across_another_clause(knowledge, text):
    claimset = claims(text, knowledge)
    rate = next(c for c in claimset.claims if c.text == "12%")
    assert rate.change_of is None
