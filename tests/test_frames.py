"""Clause frames: the role of every number in a sentence, and what each change is a change of.

Each case is a sentence written for this test, the numbers as written, and for
each the expected role and (for a change) the number it changes and the
baseline it is measured from. A case fails when any number's role or link differs.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings

from checker.periods import Period, period_string

# (text, {number: (role, change_of, compared_to)}); None where no link is expected.
FRAMES = [
    pytest.param(
        "통계청에 따르면 10월 취업자는 2400만명으로 전년 동월 대비 32만명(1.3%) 증가했다.",
        {
            "2400만명": ("value", None, None),
            "32만명": ("change", "2400만명", None),
            "1.3%": ("change", "2400만명", None),
        },
        id="ko-absolute-change-with-rate-in-parentheses",
    ),
    pytest.param(
        "종합지수는 전일보다 41.2포인트(1.7%) 떨어진 2380.5포인트를 기록했다.",
        {"2380.5포인트": ("value", None, None)},
        id="ko-index-fall-points-and-rate",
    ),
    pytest.param(
        "The index fell 215 points (1.2%) to 17,640 points on Tuesday.",
        {"215 points": ("change", "17,640 points", None), "1.2%": ("change", "17,640 points", None)},
        id="en-absolute-change-with-rate-in-parentheses",
    ),
    pytest.param(
        "한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 20% 증가했다.",
        {
            "4조 2000억원": ("value", None, None),
            "3조 5000억원": ("prior", None, None),
            "20%": ("change", "4조 2000억원", "3조 5000억원"),
        },
        id="ko-prior-in-parentheses-continues-the-sentence-before",
    ),
    pytest.param(
        "Exports grew by 9.5 per cent to $43.8 billion from $40 billion in the previous year.",
        {"9.5 per cent": ("change", "$43.8 billion", "$40 billion")},
        id="en-rose-by-to-from",
    ),
]


def assert_checked(knowledge, text: str, rule: str, fires: bool) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def assert_not_checked(knowledge, text: str, rule: str) -> None:
    """The rule neither fires nor lists a relation as checked: the figures were not related."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert rule not in [p.rule for p in result.passed], [p.message for p in result.passed]


@pytest.mark.parametrize("text,expected", FRAMES)
def test_roles_and_links(knowledge, text, expected):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text.strip() for c in found.values()}
    for number, (role, change_of, compared_to) in expected.items():
        claim = found.get(number)
        assert claim is not None, f"{number!r} not read; read: {list(found)}"
        got = (claim.role, by_id.get(claim.change_of), by_id.get(claim.compared_to))
        want = (role, change_of, compared_to if compared_to else by_id.get(claim.compared_to))
        assert got == want, f"{number!r}: {got} != {want}"


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        (
            "한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 20% 증가했다.",
            "F301",
            False,
        ),
        (
            "한빛물산의 3분기 매출은 4조 2000억원으로 역대 최대다. 작년 동기(3조 5000억원)보다 50% 증가했다.",
            "F301",
            True,
        ),
        ("통계청에 따르면 10월 취업자는 2400만명으로 전년 동월 대비 32만명(1.3%) 증가했다.", "F306", False),
        ("통계청에 따르면 10월 취업자는 2412만명으로 전년 동월 대비 32만명(4.3%) 증가했다.", "F306", True),
    ],
)
def test_frames_are_checked(knowledge, text, rule, fires):
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


# Totals and their listed parts: (text, rule fires?). Sentences written for this test.
TOTALS = [
    pytest.param(
        "그는 첫 3년간 계약금 30억원에 연봉 총액 45억원 등 75억원을 받는다.", False, id="ko-deung-total-holds"
    ),
    # `등` names some of the parts: a shortfall holds, an excess cannot.
    pytest.param(
        "그는 첫 3년간 계약금 30억원에 연봉 총액 45억원 등 95억원을 받는다.", False, id="ko-deung-total-short"
    ),
    pytest.param(
        "그는 첫 3년간 계약금 30억원에 연봉 총액 45억원 등 65억원을 받는다.", True, id="ko-deung-total-exceeded"
    ),
    pytest.param("이 분야 예산은 각각 12조4000억원과 20조1000억원, 총 32조5000억원이다.", False, id="ko-chong-holds"),
    pytest.param("이 분야 예산은 각각 12조4000억원과 20조1000억원, 총 38조5000억원이다.", True, id="ko-chong-broken"),
    pytest.param(
        "선수 옵션을 포함한 총액 90억원(계약금 50억원·연봉 40억원)에 사인했다.", False, id="ko-breakdown-holds"
    ),
    pytest.param(
        "선수 옵션을 포함한 총액 96억원(계약금 50억원·연봉 40억원)에 사인했다.", True, id="ko-breakdown-broken"
    ),
    pytest.param(
        "첫 계약금이 20억원, 이번 계약금은 15억원으로 합치면 35억원에 이른다.", False, id="ko-hapchimyeon-holds"
    ),
    pytest.param(
        "The state spent $3.2 billion on roads and $1.1 billion on bridges, for a total of $4.3 billion.",
        False,
        id="en-for-a-total-of-holds",
    ),
    pytest.param(
        "The two plants produced 1,200 units and 800 units, a total of 2,400 units.", True, id="en-a-total-of-broken"
    ),
]


@pytest.mark.parametrize("text,fires", TOTALS)
def test_listed_totals(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # per-period parts: the total multiplies them by a term, not a sum of what is written
        "계약금 3억원, 연봉 2억원씩, 옵션 최대 8억원 등 총액 19억원으로 짜여 있다.",
        "He gets a $5m signing bonus and $2m a year, for a total of $13m.",
        # a year's pay over a stated term: two readings
        "구단은 계약금 5억원, 연봉 3억원에 옵션 12억원 등 4년 총액 29억원에 계약했다.",
        # a clause boundary: the earlier figure belongs to another clause
        "정부는 500억원을 증액하는 대신, 교량 161억원, 도로 139억원 등 300억원을 삭감했다.",
    ],
)
def test_lists_that_are_not_plain_sums(knowledge, text):
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings


# Shares tied to their part and whole: (text, fires?). Sentences written for this test.
SHARES = [
    pytest.param(
        "외환보유액은 5,210억달러였다. 이 가운데 국채가 4,650억달러(전체의 89.3%)로 가장 많았다.",
        False,
        id="ko-whole-named-in-parenthesis-holds",
    ),
    pytest.param(
        "외환보유액은 5,210억달러였다. 이 가운데 국채가 4,650억달러(전체의 79.3%)로 가장 많았다.",
        True,
        id="ko-whole-named-in-parenthesis-broken",
    ),
    pytest.param(
        "예산은 교육 120억원(40%), 복지 180억원(60%) 등 총 300억원이다.", False, id="ko-listed-part-share-holds"
    ),
    pytest.param(
        "예산은 교육 120억원(30%), 복지 180억원(60%) 등 총 300억원이다.", True, id="ko-listed-part-share-broken"
    ),
    pytest.param(
        "Reserves stood at $52.1 billion. Bonds were $46.5 billion (89.3% of the total).",
        False,
        id="en-of-the-total-holds",
    ),
]


@pytest.mark.parametrize("text,fires", SHARES)
def test_shares_of_a_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "상용직 월평균 임금은 312만4000원으로 2.1%(6만4000원) 증가했다.",
            {
                "312만4000원": ("value", None, None),
                "2.1%": ("change", "312만4000원", None),
                "6만4000원": ("change", "312만4000원", None),
            },
            id="ko-rate-with-absolute-change-in-parentheses",
        ),
        pytest.param(
            "출생아 수는 25만명이었다. 전년 27만명에서 2만명(7.4%)이나 감소했다.",
            {"27만명": ("baseline", None, None), "7.4%": ("change", "25만명", "27만명")},
            id="ko-eseo-prior-continues-the-sentence-before",
        ),
    ],
)
def test_more_roles_and_links(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


def test_list_items_have_their_own_subjects(knowledge):
    # A run-in list: the second item names no known company, so it must not borrow the first's.
    text = "의석은 △삼성전자 40석 △한빛당 35석 △무소속 5석으로 집계됐다. 삼성전자 주가는 (61,000원 ▲900 +1.5%)였다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["40석"].entities == ["samsung_electronics"]
    assert found["35석"].entities == [] and found["5석"].entities == []
    assert found["61,000원"].entities == ["samsung_electronics"]  # `▲900` is a rise, not a new item


def test_margin_of_an_unnamed_company_uses_the_figures_beside_it(knowledge):
    text = (
        "한빛해운은 매출액 9조원, 영업이익 4조5000억원을 냈다. 영업이익률은 50%였다.\n\n"
        "다른 업체의 영업이익률은 12.5%로 집계됐다."
    )
    result = findings(knowledge, document(text), select=["F307"], show_passed=True)
    assert not result.findings
    assert [p.rule for p in result.passed] == ["F307"]


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "부문별 매출은 광고 300억원, 커머스 500억원, 기타 200억원이다. 각각 30%, 50%, 20%의 비중이다.",
            False,
            id="ko-listed-shares-within-100",
        ),
        pytest.param(
            "부문별 매출은 광고 300억원, 커머스 500억원, 기타 200억원이다. 각각 30%, 60%, 20%의 비중이다.",
            True,
            id="ko-listed-shares-over-100",
        ),
        pytest.param(
            "Ads, commerce and other services made up 30%, 60% and 20% of revenue respectively.",
            True,
            id="en-respectively-over-100",
        ),
    ],
)
def test_listed_shares_of_one_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F501", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The 12,400 cases in the state include 5,100 active cases, 6,900 recoveries and 400 deaths.",
            False,
            id="en-total-includes-parts-holds",
        ),
        pytest.param(
            "The 12,400 cases in the state include 5,100 active cases, 7,900 recoveries and 400 deaths.",
            True,
            id="en-total-includes-parts-broken",
        ),
        pytest.param(
            "전체 예산 300억원 가운데 교육 120억원, 복지 180억원이 배정됐다.", False, id="ko-gaunde-parts-holds"
        ),
    ],
)
def test_parts_after_their_total(knowledge, text, fires):
    test_listed_totals(knowledge, text, fires)


def test_a_breakdown_that_falls_short_holds_and_one_that_exceeds_does_not(knowledge):
    # A breakdown after its total may name only some parts (the clause can run on past the last one).
    text = "The 12,400 cases in the state include 5,100 active cases, 1,900 recoveries and 400 deaths."
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings
    assert [p.rule for p in result.passed] == ["F302"]
    exceeded = text.replace("12,400", "6,400")
    result = findings(knowledge, document(exceeded), select=["F302"])
    assert [(f.rule, f.severity) for f in result.findings] == [("F302", "error")]


def test_x_of_y_is_not_a_breakdown(knowledge):
    # `부산 18곳 중 17곳`: 17 of 18, and the next pair is another fraction, not parts of the first.
    text = "국민의힘이 부산 18곳 중 17곳에서, 경남 16곳 중 13곳에서 이겼다."
    assert not findings(knowledge, document(text), select=["F302"]).findings


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "The index closed at 9,412.50 points, higher by 61.20 points or 0.65 per cent, "
            "from its previous close of 9,351.30 points.",
            {
                "61.20 points": ("change", "9,412.50 points", "9,351.30 points"),
                "0.65 per cent": ("change", "9,412.50 points", "9,351.30 points"),
                "9,351.30 points": ("baseline", None, None),
            },
            id="en-higher-by-or-from-previous-close",
        ),
        pytest.param(
            "The Nikkei closed higher by 150.5 points or 0.5 per cent at 30,250.7 points.",
            {"150.5 points": ("change", "30,250.7 points", None)},
            id="en-or-rate-at-value",
        ),
        pytest.param(
            "The peso gained 15 centavos to end at 56.10 per dollar.",
            {"15 centavos": ("value", None, None)},
            id="en-change-in-another-counter-is-not-linked",
        ),
    ],
)
def test_english_market_frames(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


def test_same_currency_parenthesis_is_the_figure_of_its_period(knowledge):
    text = "7월 평균 가격은 6억1240만원으로 6월(6억350만원)보다 890만원 올랐다."
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    assert not result.findings and [p.rule for p in result.passed] == ["F305"]
    broken = text.replace("890만원", "1890만원")
    assert [f.rule for f in findings(knowledge, document(broken), select=["F305"]).findings] == ["F305"]


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "올해 인허가 실적은 41만 2천가구였다. 수도권은 19만 8천가구, 지방은 21만 4천가구로 집계됐다.",
            False,
            id="ko-regions-partition-holds",
        ),
        pytest.param(
            "올해 인허가 실적은 41만 2천가구였다. 수도권은 19만 8천가구, 지방은 26만 4천가구로 집계됐다.",
            True,
            id="ko-regions-partition-broken",
        ),
        pytest.param(
            "The survey covered 2,400 people. Men made up 1,150 of them and women 1,250.",
            False,
            id="en-men-women-partition-holds",
        ),
        pytest.param(
            "올해 인허가 실적은 41만 2천가구였다. 수도권은 19만 8천가구로 집계됐다.",
            False,
            id="ko-one-member-alone-is-no-partition",
        ),
    ],
)
def test_partitions_of_a_whole(knowledge, text, fires):
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert ("F302" in [f.rule for f in result.findings]) == fires
    if "지방" in text or "women" in text:
        assert result.findings or "F302" in [p.rule for p in result.passed]
    else:
        assert not result.passed


def test_a_part_of_a_part_in_parentheses_is_not_a_part(knowledge):
    text = (
        "Revenue was $9,400 million, of which product sales were $6,100 million "
        "(including $2,000 million abroad) and services $3,300 million."
    )
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    # The sum of the two lines holds, and the included figure is checked as a part of its own line.
    assert not result.findings and [p.rule for p in result.passed] == ["F302", "F302"]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Group profit improved by 6.1% to EUR52.2 million (2016: EUR49.2 million).",
            {"6.1%": ("change", "EUR52.2 million", "EUR49.2 million"), "EUR49.2 million": ("prior", None, None)},
            id="en-improved-by-and-year-labelled-prior",
        ),
        pytest.param(
            "Acme reported a 12 per cent year-on-year rise in net profit to Rs 2,240 crore, "
            "compared to Rs 2,000 crore in the corresponding quarter of last fiscal.",
            {"12 per cent": ("change", "Rs 2,240 crore", "Rs 2,000 crore")},
            id="en-noun-rise-compared-to",
        ),
        pytest.param(
            "Operating profit was Rs 3,150 crore, an increase of 5 per cent from Rs 3,000 crore a year earlier.",
            {"5 per cent": ("change", "Rs 3,150 crore", "Rs 3,000 crore")},
            id="en-an-increase-of",
        ),
        pytest.param(
            "Exports for the year at $250 billion grew 10 per cent.",
            {"$250 billion": ("value", None, None), "10 per cent": ("change", "$250 billion", None)},
            id="en-amount-before-its-verb-is-the-subject",
        ),
        pytest.param(
            "Exports increased by 25 per cent to 2.5 lakh units last month as against 2 lakh units a year ago.",
            {"25 per cent": ("change", "2.5 lakh units", "2 lakh units")},
            id="en-as-against",
        ),
    ],
)
def test_english_growth_frames(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


def test_a_change_against_a_prior_finds_the_figure_of_the_next_period_far_away(knowledge):
    text = (
        "정부 부처가 내년에 요구한 예산 규모가 512조3000억원으로 집계됐다.\n\n복지 분야 요구액이 크게 늘었다.\n\n"
        "내년도 예산 총지출 규모는 올해 예산 482조원보다 6.3% 증가했다."
    )
    result = findings(knowledge, document(text, published=dt.date(2020, 8, 14)), select=["F301"], show_passed=True)
    assert not result.findings and [p.rule for p in result.passed] == ["F301"]
    wrong = findings(knowledge, document(text.replace("6.3%", "9.3%"), published=dt.date(2020, 8, 14)), select=["F301"])
    assert [(f.rule, f.severity) for f in wrong.findings] == [("F301", "warning")]  # found by its period: a guess


def test_the_value_after_a_change_with_its_rate_in_parentheses(knowledge):
    text = "사업체 종사자 수는 전년동월 대비 5만2000명(0.3%) 늘어난 1720만명으로 추산됐다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["0.3%"].change_of == found["1720만명"].id == found["5만2000명"].change_of


def test_a_margin_stated_before_its_figures_in_the_paragraph(knowledge):
    text = "한빛해운의 영업이익률은 50%로 가장 높았다. 한빛해운은 매출액 9조원, 영업이익 4조5000억원을 냈다."
    result = findings(knowledge, document(text), select=["F307"], show_passed=True)
    assert not result.findings and [p.rule for p in result.passed] == ["F307"]


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        pytest.param(
            "외환보유액은 4,100억달러였다. 예치금이 200억달러(4.9%)로 늘었고, 금은 48억달러(1.2%)였다.",
            "F503",
            False,
            id="ko-bare-parenthesized-shares-hold",
        ),
        pytest.param(
            "외환보유액은 4,100억달러였다. 예치금이 200억달러(9.9%)로 늘었고, 금은 48억달러(1.2%)였다.",
            "F503",
            True,
            id="ko-bare-parenthesized-share-broken",
        ),
        pytest.param(
            "Passengers totalled 10.5 million. Carrier A flew 6.1 million (58.1%) and carrier B 5.2 million (49.5%).",
            "F501",
            True,
            id="en-parenthesized-shares-of-one-total-over-100",
        ),
    ],
)
def test_parenthesized_shares_of_the_story_total(knowledge, text, rule, fires):
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires
    assert all(f.severity == "warning" for f in result.findings)  # the whole was found by size: a guess
    if not fires:
        assert rule in [p.rule for p in result.passed]


@pytest.mark.parametrize(
    "text,number",
    [
        ("Samsung Electronics led with 31 per cent, followed by Orion Mobile 12 per cent.", "12 per cent"),
        ("Samsung Electronics held 31 per cent and Orion Mobile was second with 12 per cent.", "12 per cent"),
    ],
)
def test_another_name_in_an_english_list_is_not_the_known_company(knowledge, text, number):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["31 per cent"].entities == ["samsung_electronics"]
    assert found[number].entities in ([], ["orion_mobile"])  # unknown, or the name its clause makes its subject


@pytest.mark.parametrize(
    "text,number,entities",
    [
        (
            "Hanbit Air had a market share of 9 per cent in May, while Orion Air had 4.5 per cent.",
            "4.5 per cent",
            ["orion_air"],
        ),
        (
            "Samsung Electronics led the market. Orion Mobile's market share rose to 12 per cent in May.",
            "12 per cent",
            ["orion_mobile"],
        ),
        # A capitalized word that is no name: the sentence's subject is borrowed as before.
        (
            "Samsung Electronics led the market. In May the share was 31 per cent.",
            "31 per cent",
            ["samsung_electronics"],
        ),
        ("Samsung Electronics led the market. Revenue rose 5% to $3bn.", "$3bn", ["samsung_electronics"]),
    ],
)
def test_an_unknown_name_as_the_clause_subject(knowledge, text, number, entities):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found[number].entities == entities


def test_every_relation_listed_as_checked_carries_all_its_spans(knowledge):
    from pathlib import Path

    from checker.pipeline import analyze, check

    # A fresh analysis: checking caches lookups on the claim sets, and the shared one must stay unchecked.
    seeds = analyze([str(Path(__file__).resolve().parents[1] / "seeds")], knowledge, jobs=1)
    result = check(seeds, knowledge, show_passed=True)
    assert result.passed
    for item in result.passed:
        assert item.related, f"{item.rule} passed with only one span: {item.message}"
    rates = [p for p in result.passed if p.rule == "F201"]
    assert rates and all(len(p.related) >= 3 for p in rates)  # the amounts and every equivalent that agrees


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The survey covered 2,400 people. Among them, men in the sample numbered 1,150 "
            "and women in the sample 1,250.",
            False,
            id="en-members-named-as-clause-subjects",
        ),
        pytest.param(
            "The survey covered 2,400 people. Among them, men in the sample numbered 1,150 "
            "and women in the sample 1,050.",
            True,
            id="en-members-named-as-clause-subjects-short",
        ),
    ],
)
def test_partition_members_named_as_clause_subjects(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_partition_parts_of_different_periods_are_not_one_whole(knowledge):
    text = (
        "Total trade was $500 billion in 2017. Exports in March were $29 billion, "
        "while imports for the year were $460 billion."
    )
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings and not result.passed


def test_a_stock_quote_inside_a_sentence_is_furniture(knowledge):
    # A site's quote widget after a company's name: price, change mark, change, signed rate.
    text = (
        "영업이익률 1위는 한빛전자 (52,300원 ▲1,300 +2.35%)다. 매출 8000억원, 영업이익 2400억원으로 "
        "영업이익률 30%를 기록했다."
    )
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert all(found[n].furniture for n in ("52,300원", "2.35%")), {n: c.furniture for n, c in found.items()}
    assert not any(found[n].furniture for n in ("8000억원", "2400억원", "30%"))
    assert_checked(knowledge, text, "F307", False)
    # The same figures with a wrong margin: the rate in the quote does not stand in for it.
    assert_checked(knowledge, text.replace("30%를", "20%를"), "F307", True)
    # Without a change mark it is no quote: a parenthesis is read as the text states it.
    plain = {c.text.strip(): c for c in claims("한빛전자(주가 52,300원)의 매출은 8000억원이다.", knowledge).claims}
    assert not plain["52,300원"].furniture


@pytest.mark.parametrize(
    "text,expected",
    [
        # `Z원 오르며`, `Z원이 더 올랐다`, `Z원 가깝게 오르며`: an amount before a rise verb is the change.
        (
            "5월 평균 임대료는 210만원으로 4월(200만원)보다 10만원 오르며 최고치를 기록했다.",
            {"10만원": ("change", "210만원", "200만원")},
        ),
        ("6월 평균 임대료는 220만원으로 전달보다 10만원이 더 올랐다.", {"10만원": ("change", "220만원", None)}),
    ],
)
def test_rise_verbs_after_an_amount(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


def test_a_place_is_the_subject_only_where_the_text_makes_it_one(knowledge):
    text = (
        "한빛감정원이 발표한 자료에 따르면 5월 전국 오피스텔 평균 매매가격은 3억1000만원이다. "
        "5월 서울 오피스텔 평균 매매가격은 4억2000만원이다. 부산은 5월 2억5000만원을 기록했다."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["3억1000만원"].entities == ["kr_nationwide"]
    assert found["4억2000만원"].entities == ["kr_seoul"]
    assert found["2억5000만원"].entities == ["kr_busan"]
    # Figures of two places are two facts: no disagreement between them.
    assert_checked_none = findings(knowledge, document(text), select=["F402"])
    assert not assert_checked_none.findings
    # The same place's figure stated twice must agree.
    twice = text + " 5월 서울 오피스텔 평균 매매가격은 4억8000만원으로 조사됐다."
    assert "F402" in [f.rule for f in findings(knowledge, document(twice), select=["F402"]).findings]
    # A place named in passing is not who the figure is about.
    passing = {c.text: c for c in claims("한빛물산은 서울 본사에서 3분기 매출 2조원을 발표했다.", knowledge).claims}
    assert passing["2조원"].entities == ["한빛물산"]


def test_a_time_that_labels_a_parenthesized_figure_is_not_the_period_of_the_figure_before(knowledge):
    text = "서울 오피스텔 평균 매매가격은 4억2000만원으로 지난달(4억원)보다 올랐다."
    found = {c.text: c for c in claims(text, knowledge, published=dt.date(2025, 8, 20)).claims}
    assert found["4억원"].period == Period.of_month(2025, 7)
    assert found["4억2000만원"].period != Period.of_month(2025, 7)


@pytest.mark.parametrize(
    "text,period",
    [
        ("지난해 9월 평균 매매가격이 3억원을 넘긴 뒤 10개월 만에 평균 매매가격 4억원을 돌파했다.", "2025-07"),
        ("In March 2023 the index reached 1,000 points, and two years later 1,500 points.", "2025-03"),
        ("1월 가입자는 100만명이었고 석 달 만에 가입자 130만명을 넘었다.", "2025-04"),
        ("In March 2023 the index reached 1,000 points, and 2 years later 1,500 points.", "2025-03"),
    ],
)
def test_a_figure_after_an_elapsed_time_is_of_a_later_period(knowledge, text, period):
    found = claims(text, knowledge, published=dt.date(2025, 8, 20)).claims
    assert found[-1].period != found[0].period
    if period is not None:
        assert period_string(found[-1].period) == period, (found[-1].text, found[-1].period)


def test_a_change_dated_by_its_own_time_word_is_not_of_the_figure_dated_by_another(knowledge):
    text = "일일 방문객은 그제 1200명에서 어제 1500명을 기록한 뒤, 오늘 300명이 더 늘었다."
    found = {c.text: c for c in claims(text, knowledge, published=dt.date(2025, 3, 5)).claims}
    assert found["300명"].role == "change"
    assert found["300명"].change_of is None  # not a change of yesterday's 1500명 (or from 1200명)
    assert not findings(knowledge, document(text, published=dt.date(2025, 3, 5)), select=["F305"]).findings
    # One time word for the whole sentence: the change is of the figure before it.
    same_day = {c.text: c for c in claims("방문객은 어제 1500명으로 1200명보다 300명 늘었다.", knowledge).claims}
    assert same_day["300명"].change_of == same_day["1500명"].id


@pytest.mark.parametrize(
    "text,period",
    [
        ("신규 가입자는 어제 120명이었다.", "2025-03-04"),
        ("오늘 발표된 수치는 3%다.", "2025-03-05"),
        ("Sales rose 3% yesterday.", "2025-03-04"),
    ],
)
def test_days_named_relative_to_publication(knowledge, text, period):
    from checker.extract import extract

    times = extract(document(text, published=dt.date(2025, 3, 5))).times
    assert [period_string(t.period) for t in times] == [period]


@pytest.mark.parametrize(
    "text,number,period",
    [
        (
            "한빛물산은 올해 3분기 영업이익 1조 2000억원을 냈다. 누적으로는 3조 1000억원을 기록했다.",
            "3조 1000억원",
            "2025-9M",
        ),
        ("한빛물산은 올해 2분기 매출 5조원을 올렸다. 누적 매출은 9조원이다.", "9조원", "2025-H1"),
        ("Hanbit posted third-quarter revenue of $5bn; year-to-date revenue was $14bn.", "$14bn", "2025-9M"),
    ],
)
def test_a_figure_for_the_year_so_far(knowledge, text, number, period):
    found = {c.text: c for c in claims(text, knowledge, published=dt.date(2025, 11, 1)).claims}
    assert period_string(found[number].period) == period, found[number].period
    # The quarter's figure and the year's so far are two facts: no disagreement.
    assert not findings(knowledge, document(text, published=dt.date(2025, 11, 1)), select=["F402"]).findings


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Customs revenue was $600 million (including $300 million collected on imports) in May.", False),
        ("Customs revenue was $600 million (including $800 million collected on imports) in May.", True),
        ("관세 수입은 5월 6000억원(이 중 수입품 3000억원)이다.", False),
    ],
)
def test_a_part_included_in_parentheses(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)
    # The part is not the same fact as the figure it is part of.
    assert not findings(knowledge, document(text), select=["F402"]).findings


def test_a_connective_ending_does_not_give_the_change_the_next_figure(knowledge):
    text = "5월 평균 매매가는 2억4200만원으로 4월(2억3000만원)보다 1200만원 오르며 2억5000만원에 다가섰다."
    test_roles_and_links(knowledge, text, {"1200만원": ("change", "2억4200만원", "2억3000만원")})


@pytest.mark.parametrize(
    "text,fires",
    [
        ("전국 120곳의 매장 중 수도권이 70곳, 지방이 50곳에서 영업한다.", False),
        ("전국 120곳의 매장 중 수도권이 90곳, 지방이 50곳에서 영업한다.", True),
    ],
)
def test_parts_after_among(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_y_of_x_pairs_are_not_one_list_of_parts(knowledge):
    text = "한빛당은 동부 20곳 중 15곳에서, 서부 12곳 중 9곳에서 이기며 32곳 중 24곳을 얻었다."
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings


def test_coordinated_changes_share_the_last_verb(knowledge):
    text = "신규 가입자는 24만명으로 2만명(9.1%), 해지자는 12만명으로 1만명(9.1%) 증가했다."
    test_roles_and_links(knowledge, text, {"2만명": ("change", "24만명", None), "1만명": ("change", "12만명", None)})
    assert_checked(knowledge, text, "F306", False)
    assert_checked(knowledge, text.replace("2만명(9.1%)", "2만명(19.1%)"), "F306", True)


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        ("연구개발에 5000억원(2조1000억→2조6000억원)이 추가 투입된다.", "F305", False),
        ("연구개발에 8000억원(2조1000억→2조6000억원)이 추가 투입된다.", "F305", True),
        (
            "권역별로 동부(2만1000가구→2만1420가구) 서부(5만2000가구→5만3560가구) 모두 각각 2.0%, 3.0% 늘었다.",
            "F301",
            False,
        ),
        (
            "권역별로 동부(2만1000가구→2만1420가구) 서부(5만2000가구→5만3560가구) 모두 각각 2.0%, 8.0% 늘었다.",
            "F301",
            True,
        ),
    ],
)
def test_from_to_pairs_with_an_arrow(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)
    # The pair is no breakdown of the figure before it.
    assert not findings(knowledge, document(text), select=["F302"]).findings


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Hanbit's exports rose by 6.5 per cent to $21.30 billion in June 2024 from $20.00 billion a year earlier.",
            {"6.5 per cent": ("change", "$21.30 billion", "$20.00 billion")},
            id="to-value-in-period-from",
        ),
        pytest.param(
            "Hanbit's revenue rose 5.0 per cent to Rs 12,600 crore in Q1 FY25, from Rs 12,000 crore in Q1 FY24.",
            {"5.0 per cent": ("change", "Rs 12,600 crore", "Rs 12,000 crore")},
            id="to-value-comma-from",
        ),
        pytest.param(
            "Hanbit reported net profit of $2,100 million, an increase of 5.0 per cent on annual basis from "
            "$2,000 million.",
            {"5.0 per cent": ("change", "$2,100 million", "$2,000 million")},
            id="increase-of-from",
        ),
    ],
)
def test_english_from_baselines(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


def test_hard_wrapped_lines_are_one_sentence(knowledge):
    text = (
        "* Says group profit improved by 6.0% to EUR53.0\nmillion (2023: EUR50.0 million), taking earnings from\n"
        "EUR1.00 to EUR1.06\n* Says funds rose 4.0% to EUR2.08\n"
    )
    found = {c.text.replace("\n", " "): c for c in claims(text, knowledge).claims}
    assert found["EUR53.0 million"].sentence == found["EUR50.0 million"].sentence == found["EUR1.00"].sentence
    assert found["6.0%"].change_of == found["EUR53.0 million"].id
    assert found["6.0%"].compared_to == found["EUR50.0 million"].id
    # A line that starts a bullet, or a capitalized line, still starts a sentence.
    assert found["EUR1.06"].sentence != found["EUR2.08"].sentence
    heading = claims("Hanbit Q3 results\nRevenue rose 5% to $2.1bn.", knowledge).claims
    assert heading[0].sentence == 1


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛물산의 1분기 매출은 1조2000억원이다. 부문별로는 소재 2400억원, 부품 3600억원, 장비 6000억원이다. "
            "각각 20%, 30%, 50%의 비중이다.",
            False,
        ),
        (
            "한빛물산의 1분기 매출은 1조2000억원이다. 부문별로는 소재 2400억원, 부품 3600억원, 장비 6000억원이다. "
            "각각 20%, 40%, 50%의 비중이다.",
            True,
        ),
    ],
)
def test_a_run_of_shares_of_a_run_of_parts(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛펀드의 운용자산은 4000억원이다. "
            "채권이 3000억원으로 75%를 차지했고 주식은 1000억원으로 25%를 차지했다.",
            False,
        ),
        (
            "한빛펀드의 운용자산은 4000억원이다. "
            "채권이 3000억원으로 65%를 차지했고 주식은 1000억원으로 25%를 차지했다.",
            True,
        ),
    ],
)
def test_a_part_then_its_share(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_figures_before_the_period_their_sentence_names_are_of_it(knowledge):
    text = (
        "한빛제약의 매출은 작년 1조원이었다. 한빛제약은 매출액 5200억원, 영업이익 1300억원으로 3분기 영업이익률 "
        "25.00%를 냈다."
    )
    found = {c.text: c for c in claims(text, knowledge, published=dt.date(2025, 11, 20)).claims}
    assert found["5200억원"].period == found["25.00%"].period == Period.of_quarter(2025, 3)
    assert_checked(knowledge, text, "F307", False)
    assert_checked(knowledge, text.replace("25.00%", "35.00%"), "F307", True)


@pytest.mark.parametrize(
    "text,number,direction",
    [
        ("코스피는 2615.40으로 -1.87% 내렸다.", "1.87%", -1),
        ("한빛전자 주가는 5만 2000원으로 전날보다 ▼1,300원 내렸다.", "1,300원", -1),
        ("환율은 ▲2.5% 올랐다.", "2.5%", 1),
    ],
)
def test_a_signed_figure_is_a_change(knowledge, text, number, direction):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert (found[number].role, found[number].direction) == ("change", direction)


def test_a_hyphen_inside_a_word_is_no_sign(knowledge):
    found = {c.text: c for c in claims("COVID-19 환자 비율은 12%였다.", knowledge).claims}
    assert all(c.role != "change" for c in found.values())


def test_a_marked_change_after_a_quoted_price_is_in_its_currency():
    from checker.extract import extract

    mentions = extract(document("한빛전자 (31,650원 ▲250 +0.80%)가 올랐다.")).mentions
    assert [(m.text, m.quantity.unit) for m in mentions][:2] == [("31,650원", "KRW"), ("250", "KRW")]


# ---------------------------------------------------------------- a stock quote's own relation


@pytest.mark.parametrize(
    "text,fires",
    [
        ("2위는 한빛바이오 (21,640원 ▲160 +0.74%)다.", False),
        ("3위는 누리제약 (58,300원 ▼1,700 -2.83%)이다.", False),
        ("4위는 가온전자 (41,200원 ▲1,200 +5.00%)다.", True),  # 1,200 of 40,000 is +3.00%
    ],
)
def test_a_stock_quote_checks_its_change_against_its_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F306", fires)


def test_a_stock_quote_relates_to_nothing_outside_it(knowledge):
    found = {
        c.text.strip(): c for c in claims("가온전자 (41,200원 ▲200 +0.49%)는 매출 3,000억원을 냈다.", knowledge).claims
    }
    by_id = {c.id: c.text.strip() for c in found.values()}
    assert by_id[found["200"].change_of] == "41,200원" and by_id[found["0.49%"].change_of] == "41,200원"
    assert found["3,000억원"].change_of is None and all(c.furniture for k, c in found.items() if k != "3,000억원")


# ---------------------------------------------------------------- comparisons, signed parentheses, lead rates


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param(
            "Ticket sales came in at $41.62 million, only 1.3% below the $42.15 million estimate.",
            {
                "$41.62 million": ("value", None, None),
                "1.3%": ("change", "$41.62 million", "$42.15 million"),
                "$42.15 million": ("baseline", None, None),
            },
            id="en-rate-below-a-figure",
        ),
        pytest.param(
            "There were 52.41 million subscribers instead of 52.25 million, or about 0.3% more than first reported.",
            {
                "52.25 million": ("baseline", None, None),
                "about 0.3%": ("change", "52.41 million subscribers", "52.25 million"),
            },
            id="en-instead-of-and-more-than",
        ),
        pytest.param(
            "The average price was £231,000 in March, which was £14,000 higher than in March last year.",
            {"£14,000": ("change", "£231,000", None)},
            id="en-amount-higher-than",
        ),
        pytest.param(
            "Spot gold fell 0.4% to $2,231.40 an ounce, about $120 below its record high of $2,351.29 set in April.",
            {"0.4%": ("change", "$2,231.40", None), "about $120": ("change", "$2,231.40", "$2,351.29")},
            id="en-a-comparison-names-the-baseline-of-its-own-difference-only",
        ),
        pytest.param(
            "More than 500 people came.",
            {"More than 500 people": ("value", None, None)},
            id="en-more-than-before-a-figure-is-its-bound",
        ),
        pytest.param(
            "상용직은 176.4시간으로 0.3%(+0.5시간) 증가한 반면 임시직은 112.6시간으로 1.8%(-2.1시간) 감소했다.",
            {
                "0.3%": ("change", "176.4시간", None),
                "0.5시간": ("change", "176.4시간", None),
                "1.8%": ("change", "112.6시간", None),
                "2.1시간": ("change", "112.6시간", None),
            },
            id="ko-signed-amount-in-parentheses",
        ),
        pytest.param(
            "The maker posted a 31 percent increase in net profit. The company earned $702 million in "
            "the quarter, up from $536 million a year earlier.",
            {"31 percent": ("change", "$702 million", "$536 million")},
            id="en-lead-rate-of-the-next-sentence",
        ),
        pytest.param(
            "The index fell 0.52 percent. Shares of 1,387 companies declined against 1,094 advances.",
            {"0.52 percent": ("change", None, None)},
            id="en-lead-rate-needs-a-metric-both-name",
        ),
    ],
)
def test_comparisons_and_lead_rates(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


# ---------------------------------------------------------------- dates: elapsed times and the dates they span
# (checker/link/elapsed.py reads them; the elapsed kind, F406, checks them)

ELAPSED_SPANS = [
    # a date, a span marked as running from it, and a date written right after the span
    (
        "가맹점 수는 2015년 4월 100곳을 넘었다. 다시 3년 2개월 만인 2018년 6월 200곳을 넘어섰다.",
        ("3년 2개월 만인", 38, "month", False, "2015-04", "2018-06", True),
    ),
    (
        "가맹점 수는 2012년 3월 100곳이었다. 그로부터 5년 4개월이 지난 2017년 7월 200곳을 넘었다.",
        ("5년 4개월이 지난", 64, "month", False, "2012-03", "2017-07", True),
    ),
    # no later date: to the publication date, when a word makes the earlier date the start
    (
        "회원 수는 지난해 3월 1만명을 넘긴 뒤 17개월 만에 2만명을 넘었다.",
        ("17개월 만에", 17, "month", False, "2023-03", "2024-08-27", False),
    ),
    (
        "이 매장은 2월 3일 문을 연 이후 6개월여 만이다.",
        ("6개월여 만이다", 6, "month", True, "2024-02-03", "2024-08-27", False),
    ),
    (
        "The company opened its first plant in 2015. Four years later, in 2019, it opened a second one.",
        ("Four years later", 48, "year", False, "2015", "2019", True),
    ),
]


@pytest.mark.parametrize("text,expected", ELAPSED_SPANS)
def test_an_elapsed_time_with_the_dates_it_spans(knowledge, text, expected):
    spans = claims(text, knowledge).elapsed
    assert len(spans) == 1, spans
    span = spans[0]
    got = (span.text, span.months, span.unit, span.over, span.since, span.until, span.until_span is not None)
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "두 구단은 2019년 3월 4년간 계약했다.",  # a duration, not a time since
        "올해 2분기 영업이익은 5년 만에 최대를 기록했다.",  # since the last record, whose date is not written
        "수출은 6월 감소한 뒤 3개월 만에 반등했다.",  # a turn: since the last one
        "올해 매출은 3년 뒤 두 배가 될 전망이다.",  # `뒤` with no later date: a forecast
        "올해 수출은 600억달러다. 3년 만에 증가했다.",  # no word makes the earlier date the start
        "Revenue was $5bn in 2019. It was the first loss in 11 years.",
        "In 2019 the plant opened. Two years later it closed.",  # `later` with no date written after it
    ],
)
def test_a_span_with_no_stated_start_is_not_read(knowledge, text):
    assert claims(text, knowledge).elapsed == []


@pytest.mark.parametrize(
    "text,fires",
    [
        ("가맹점 수는 2015년 4월 100곳을 넘었다. 다시 3년 2개월 만인 2018년 6월 200곳을 넘어섰다.", False),
        ("가맹점 수는 2015년 4월 100곳을 넘었다. 다시 2년 2개월 만인 2018년 6월 200곳을 넘어섰다.", True),
        (
            "가맹점 수는 2015년 4월 100곳을 넘었다. 다시 3년 3개월 만인 2018년 6월 200곳을 넘어섰다.",
            True,
        ),  # a month off
        ("이 매장은 2월 3일 문을 연 이후 6개월여 만이다.", False),
        ("이 매장은 2월 3일 문을 연 이후 5개월여 만이다.", True),
        ("선수는 2020년 11월 이적한 뒤 4년 만에 돌아왔다.", False),  # 3 years 9 months rounds to 4 years
        ("선수는 2020년 11월 이적한 뒤 2년 만에 돌아왔다.", True),
        ("The company opened its first plant in 2015. Four years later, in 2019, it opened a second one.", False),
        ("The company opened its first plant in 2015. Six years later, in 2019, it opened a second one.", True),
    ],
)
def test_elapsed_times_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F406", fires)


def test_a_month_off_is_a_warning_and_more_an_error(knowledge):
    def severity(text: str) -> str:
        return next(f.severity for f in findings(knowledge, document(text), select=["F406"]).findings)

    opened = "가맹점 수는 2015년 4월 100곳을 넘었다. "
    assert severity(opened + "다시 3년 3개월 만인 2018년 6월 200곳을 넘어섰다.") == "warning"
    assert severity(opened + "다시 2년 2개월 만인 2018년 6월 200곳을 넘어섰다.") == "error"
    # counted to the publication date: a reading, a warning at most
    assert severity("회원 수는 지난해 3월 1만명을 넘긴 뒤 5개월 만에 2만명을 넘었다.") == "warning"


def test_a_span_to_an_assumed_publication_date_is_not_read(knowledge):
    text = "회원 수는 지난해 3월 1만명을 넘긴 뒤 17개월 만에 2만명을 넘었다."
    assert claims(text, knowledge, published=None).elapsed == []


# ---------------------------------------------------------------- differences: two periods and a change
# (checker/link/relations.py: a threshold passed on the way is no changed value; an absolute change
# after two figures of consecutive periods is the later minus the earlier)

PERIOD_PAIRS = [
    (
        "한빛전자 주가는 이달 5만2000원으로 지난달(4만9500원) 5만원을 돌파한 뒤에도 2500원 더 올랐다.",
        {"2500원": ("change", "5만2000원", "4만9500원")},
    ),
    (
        "Acme's exports in May were $5.2bn and in April $4.9bn, rising by $300m.",
        {"$300m": ("change", "$5.2bn", "$4.9bn")},
    ),
]


@pytest.mark.parametrize("text,expected", PERIOD_PAIRS)
def test_a_change_after_two_figures_of_consecutive_periods(knowledge, text, expected):
    test_roles_and_links(knowledge, text, expected)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Ticket sales came in at $41.62 million, only 1.3% below the $42.15 million estimate.", False),
        ("Ticket sales came in at $41.62 million, only 4.3% below the $42.15 million estimate.", True),
        (
            "Infosys reported a 21 per cent rise in net profit. Net profit rose to Rs 5,120 crore in the quarter "
            "compared to Rs 4,232 crore a year earlier.",
            False,
        ),
        (
            "Infosys reported a 31 per cent rise in net profit. Net profit rose to Rs 5,120 crore in the quarter "
            "compared to Rs 4,232 crore a year earlier.",
            True,
        ),
    ],
)
def test_comparisons_and_lead_rates_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,equivalents",
    [
        ("순익이 41억2000만 위안(약 7900억원 5억9500만 달러)에 달했다.", ["약 7900억원", "5억9500만 달러"]),
        ("주급은 2만 파운드(현재 환율 기준, 한화 약 2936만 원)다.", ["약 2936만 원"]),
        ("He has been offered a basic salary of £22.4m-a-year (€25m) after tax.", ["€25m"]),
        # a second figure in the same currency after an equivalent is no equivalent
        ("매출은 41억 위안(약 7900억원) 7900억원이다.", ["약 7900억원"]),
    ],
)
def test_equivalents_written_as_real_copy_writes_them(knowledge, text, equivalents):
    found = claims(text, knowledge).claims
    assert [c.text for c in found if c.role == "conversion"] == equivalents


def test_earnings_per_share_is_not_a_share(knowledge):
    found = claims("Earnings per share rose 7.0% to EUR0.93 in the half.", knowledge).claims
    assert {c.metric for c in found} == {"eps"}


# ---------------------------------------------------------------- an amount per period over a term


@pytest.mark.parametrize(
    "text,fires",
    [
        ("계약금 5억원, 연봉 3억원씩 4년 총액 12억원의 조건이다.", False),
        ("계약금 5억원, 연봉 3억원씩 4년 총액 15억원의 조건이다.", True),
        ("정부는 매년 4000억원씩 5년간 2조원을 투입한다.", False),
        # the term from the sentence before (a guess: a warning)
        ("그는 4년 총액 30억원의 계약을 맺었다. 계약금 10억원, 연봉 4억원씩 16억원, 옵션 4억원이다.", False),
        ("그는 4년 총액 30억원의 계약을 맺었다. 계약금 10억원, 연봉 4억원씩 12억원, 옵션 8억원이다.", True),
        ("The city will spend $3m a year over 10 years, $30m in all.", False),
        ("The club will pay him $2m a year over five years, $10m in all.", False),
        ("The club will pay him $2m a year over five years, $15m in all.", True),
        ("이 선수는 계약금 5억원, 연봉 1억8000만원씩 4년 총액 7억2000만원에 계약했다.", False),
        ("이 선수는 계약금 5억원, 연봉 1억8000만원씩 4년 총액 8억2000만원에 계약했다.", True),
        ("계약 기간은 5년이다. 계약금 4억원, 연봉 1억4000만원씩 9억원, 옵션 9000만원이다.", True),
        ("The striker signed for a salary of $2.5m a year for 4 years, a total of $10m.", False),
        ("The striker signed for a salary of $2.5m a year for 4 years, a total of $12m.", True),
    ],
)
def test_a_total_per_period_over_a_term(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the total of a list whose last part is per period
        "계약 기간 2년, 계약금 3억원, 연봉 2억원씩, 매년 옵션 3억원씩 등 총액 13억원이다.",
        # two amounts per period are not a total
        "연봉 2억원씩, 매년 옵션 3억원씩 받는다.",
        # no term: nothing to multiply by
        "연봉 2억원씩 받고 계약금 5억원을 받았다.",
    ],
)
def test_no_total_per_period_without_its_construction(knowledge, text):
    assert not [c for c in claims(text, knowledge).claims if c.per_period_of]


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛전자 주가는 이달 5만2000원으로 지난달(4만9500원) 5만원을 돌파한 뒤에도 2500원 더 올랐다.", False),
        ("한빛전자 주가는 이달 5만2000원으로 지난달(4만9500원) 5만원을 돌파한 뒤에도 3500원 더 올랐다.", True),
        ("Acme's exports in May were $5.2bn and in April $4.9bn, rising by $300m.", False),
        ("Acme's exports in May were $5.2bn and in April $4.9bn, rising by $700m.", True),
    ],
)
def test_differences_of_consecutive_periods_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


def test_a_threshold_passed_on_the_way_is_not_the_changed_value(knowledge):
    text = "한빛동 아파트값은 이달 7억3000만원으로 지난달 7억원을 넘긴 뒤 3000만원 더 올랐다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    threshold = next(c for number, c in found.items() if number.startswith("7억원"))
    assert found["3000만원"].change_of == found["7억3000만원"].id
    assert found["3000만원"].compared_to != threshold.id


# ---------------------------------------------------------------- ratios: an amount per period and its total
# (checker/link/per_period.py pairs them; the per_period kind, F312, checks them)

PER_PERIOD_TOTALS = [
    ("이 선수는 계약금 5억원, 연봉 1억8000만원씩 4년 총액 7억2000만원에 계약했다.", ("1억8000만원", "7억2000만원", 4)),
    ("계약 기간은 5년이다. 계약금 4억원, 연봉 1억4000만원씩 7억원, 옵션 9000만원이다.", ("1억4000만원", "7억원", 5)),
    ("The striker signed for a salary of $2.5m a year for 4 years, a total of $10m.", ("$2.5m", "$10m", 4)),
]


@pytest.mark.parametrize("text,expected", PER_PERIOD_TOTALS)
def test_an_amount_per_period_and_its_total(knowledge, text, expected):
    claimset = claims(text, knowledge)
    by_id = {c.id: c.text.strip() for c in claimset.claims}
    assert [(by_id[c.per_period_of], c.text.strip(), c.periods) for c in claimset.claims if c.per_period_of] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "계약 기간은 3+1년이다. 계약금 5억원, 연봉 1억6000만원씩 6억4000만원을 받는다.",  # an option: no one count
        "이 선수는 연봉 1억4000만원씩, 옵션 7억원을 받는다.",  # a list of two items, not a total
        "2019년 연봉 1억4000만원씩 7억원을 받았다.",  # a year is no term
        "The striker earns $2.5m a year and a $10m signing bonus.",
    ],
)
def test_an_amount_per_period_without_its_total_is_not_paired(knowledge, text):
    assert not [c for c in claims(text, knowledge).claims if c.per_period_of]


def test_a_term_read_from_the_sentence_before_is_a_warning(knowledge):
    text = "계약 기간은 5년이다. 계약금 4억원, 연봉 1억4000만원씩 9억원, 옵션 9000만원이다."
    result = findings(knowledge, document(text), select=["F312"])
    assert [f.severity for f in result.findings] == ["warning"]


# ---------------------------------------------------------------- differences: a balance and its two sides
# (checker/link/balances.py reads a deficit; the balance kind, F313, checks exports − imports)


@pytest.mark.parametrize(
    "text,deficit",
    [
        ("한국의 5월 무역수지는 20억달러 적자였다.", True),
        ("한국의 5월 무역수지는 적자 20억달러를 기록했다.", True),
        ("한국의 5월 무역수지는 20억달러 흑자였다.", False),
        ("Korea's trade deficit widened to $2.6bn in May.", True),
        ("Korea's trade surplus widened to $2.6bn in May.", False),
    ],
)
def test_a_balance_stated_as_a_deficit(knowledge, text, deficit):
    claimset = claims(text, knowledge)
    balance = next(c for c in claimset.claims if c.metric == "trade_balance")
    assert (balance.id in claimset.deficits) == deficit


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한국의 5월 수출은 530억달러, 수입액은 510억달러였고 무역수지는 20억달러 흑자였다.", False),
        ("한국의 5월 수출은 530억달러, 수입액은 510억달러였고 무역수지는 20억달러 적자였다.", True),  # the sign
        ("한국의 5월 수출은 530억달러, 수입액은 510억달러였고 무역수지는 50억달러 흑자였다.", True),
        ("Korea's exports were $42.5bn in May and its imports $45.1bn, for a trade deficit of $2.6bn.", False),
        ("Korea's exports were $42.5bn in May and its imports $45.1bn, for a trade deficit of $3.6bn.", True),
        ("Korea's trade surplus was $2.6bn in May, with exports of $47.7bn and imports of $45.1bn.", False),
    ],
)
def test_balances_are_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F313", fires)


def test_sides_in_another_sentence_are_not_paired(knowledge):
    text = "한국의 올해 수출은 6000억달러, 수입액은 5800억달러다. 5월 무역수지는 20억달러 흑자였다."
    result = findings(knowledge, document(text), select=["F313"], show_passed=True)
    assert not result.findings and not result.passed


# ---------------------------------------------------------------- points: a prior rate and a change in points
# (checker/link/relations.py: it continues the sentence before, whose rate is the changed value)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛전자의 올해 영업이익률은 12.5%로 가장 높았다. 전년 동기 10.1%보다 2.4%포인트 상승했다.", False),
        ("한빛전자의 올해 영업이익률은 12.5%로 가장 높았다. 전년 동기 10.1%보다 3.4%포인트 상승했다.", True),
        (
            "Acme's operating margin was 12.5% this year. From 10.1% a year earlier, it rose 2.4 percentage points.",
            False,
        ),
        (
            "Acme's operating margin was 12.5% this year. From 10.1% a year earlier, it rose 3.4 percentage points.",
            True,
        ),
        ("한빛전자의 3분기 영업이익률은 41.20%를 기록했다. 전분기 38.50%보다 2.70%포인트 증가했다.", False),
        ("한빛전자의 3분기 영업이익률은 41.20%를 기록했다. 전분기 38.50%보다 4.70%포인트 증가했다.", True),
    ],
)
def test_a_change_in_points_continues_the_rate_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


# --- Sums and shares on real copy: parts and wholes across sentences -------------------------------------------


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "올해 준공 물량은 48만 2천가구였다. 2010년 통계 집계 이후 가장 많다. "
            "수도권은 25만 1천가구로 늘었고, 지방은 23만 1천가구로 줄었다.",
            False,
            id="ko-carried-over-year-does-not-separate-the-parts",
        ),
        pytest.param(
            "올해 준공 물량은 48만 2천가구였다. 2010년 통계 집계 이후 가장 많다. "
            "수도권은 25만 1천가구로 늘었고, 지방은 33만 1천가구로 줄었다.",
            True,
            id="ko-carried-over-year-broken",
        ),
        pytest.param(
            "올해 준공 물량은 48만 2천가구였다. 임대주택은 6만 3천가구였다. "
            "수도권은 25만 1천가구, 지방은 23만 1천가구로 집계됐다.",
            False,
            id="ko-a-smaller-figure-between-is-not-the-whole",
        ),
        pytest.param(
            "The carmaker sold 3.2 million vehicles last year. Electric models made up 410,000 vehicles. "
            "Domestic sales were 1.9 million vehicles and overseas sales 1.3 million vehicles.",
            False,
            id="en-a-smaller-figure-between-is-not-the-whole",
        ),
        pytest.param(
            "The carmaker sold 3.2 million vehicles last year. Electric models made up 410,000 vehicles. "
            "Domestic sales were 1.9 million vehicles and overseas sales 2.3 million vehicles.",
            True,
            id="en-a-smaller-figure-between-broken",
        ),
    ],
)
def test_partition_whole_past_other_facts(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_no_partition_whole_smaller_than_its_parts(knowledge):
    """Only figures smaller than a part stand between: with none larger before, there is no whole."""
    text = "임대주택은 6만 3천가구였다. 수도권은 25만 1천가구, 지방은 23만 1천가구로 집계됐다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["25만 1천가구"].part_of is None and found["23만 1천가구"].part_of is None


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "정부의 내년 예산은 640조원이다. 보건·복지 예산은 총 240조원으로 올해(220조원)보다 9% 늘어난다. "
            "전체 예산의 37.5%를 차지한다.",
            False,
            id="ko-share-of-the-total-in-the-next-sentence",
        ),
        pytest.param(
            "정부의 내년 예산은 640조원이다. 보건·복지 예산은 총 240조원으로 올해(220조원)보다 9% 늘어난다. "
            "전체 예산의 47.5%를 차지한다.",
            True,
            id="ko-share-of-the-total-broken",
        ),
        pytest.param(
            "Retail sales reached 180,000 units in March. Electric models rose 12% to 45,000 units, "
            "a 25% share of the overall market.",
            False,
            id="en-share-of-the-overall-market",
        ),
        pytest.param(
            "Retail sales reached 180,000 units in March. Electric models rose 12% to 45,000 units, "
            "making up 35% of the total.",
            True,
            id="en-share-of-the-total-broken",
        ),
    ],
)
def test_a_part_then_its_share_of_the_named_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text,share",
    [
        pytest.param(
            "Electric models rose 12% to 45,000 units, a 25% share of the overall market.",
            "25%",
            id="en-no-total-before",
        ),
        pytest.param(
            "Retail sales reached 180,000 units in March. Electric models sold 45,000 units, a 25% share. "
            "Hybrids took a 30% share of the overall market.",
            "30%",
            id="en-another-share-between",
        ),
    ],
)
def test_a_share_of_the_named_total_without_its_members_is_not_linked(knowledge, text, share):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[share].role == "share" and found[share].share_part is None


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Airlines flew 9.6 million passengers in January-May. Domestic carriers flew 2.4 million passengers "
            "in May. SkyJet led with a market share of 50 per cent, it carried 1.2 million passengers.",
            False,
            id="en-market-share-then-its-part-whole-of-its-period",
        ),
        pytest.param(
            "Airlines flew 9.6 million passengers in January-May. Domestic carriers flew 2.4 million passengers "
            "in May. SkyJet led with a market share of 60 per cent, it carried 1.2 million passengers.",
            True,
            id="en-market-share-then-its-part-broken",
        ),
        pytest.param(
            "Domestic carriers flew 2.4 million passengers in May. SkyJet led with 50 per cent market share. "
            "The airline carried 1.2 million passengers.",
            False,
            id="en-market-share-part-in-the-next-sentence",
        ),
        pytest.param(
            "올해 1분기 국내 스마트폰 판매량은 800만대였다. 한빛전자는 점유율 40%로 1위였다. 판매량은 320만대였다.",
            False,
            id="ko-market-share-then-its-part",
        ),
        pytest.param(
            "올해 1분기 국내 스마트폰 판매량은 800만대였다. 한빛전자는 점유율 50%로 1위였다. 판매량은 320만대였다.",
            True,
            id="ko-market-share-then-its-part-broken",
        ),
    ],
)
def test_a_market_share_then_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_market_share_with_no_whole_before_is_not_linked(knowledge):
    found = {c.text: c for c in claims("한빛전자는 점유율 40%로 1위였다. 판매량은 320만대였다.", knowledge).claims}
    assert found["40%"].role == "share" and found["40%"].share_part is None


LABELLED_EN = (
    "Monthly sales\n- Total: 2.0 million;\n- Alpha: 900,000;\n- Beta: 600,000;\n- Gamma: 500,000;\n"
    "Shares:\n- Alpha: 45%;\n- Beta: 30%;\n- Gamma: 25%;"
)
LABELLED_KO = (
    "지역별 판매량\n- 전체: 12만 4천대\n- 서울: 6만 2천대\n- 부산: 4만 1천대\n- 대구: 2만 1천대\n"
    "지역별 비중\n- 서울: 50%\n- 부산: 33.1%\n- 대구: 16.9%"
)


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        pytest.param(LABELLED_EN, "F302", False, id="en-labelled-lines-break-down-the-line-before"),
        pytest.param(
            LABELLED_EN.replace("Gamma: 500,000", "Gamma: 900,000"), "F302", True, id="en-labelled-parts-exceed"
        ),
        pytest.param(LABELLED_EN, "F503", False, id="en-labelled-shares-of-the-labelled-parts"),
        pytest.param(LABELLED_EN.replace("Beta: 30%", "Beta: 40%"), "F503", True, id="en-labelled-share-broken"),
        pytest.param(LABELLED_KO, "F302", False, id="ko-labelled-lines-break-down-the-line-before"),
        pytest.param(
            LABELLED_KO.replace("대구: 2만 1천대", "대구: 6만 1천대"), "F302", True, id="ko-labelled-parts-exceed"
        ),
        pytest.param(LABELLED_KO, "F503", False, id="ko-labelled-shares-of-the-labelled-parts"),
        pytest.param(LABELLED_KO.replace("부산: 33.1%", "부산: 43.1%"), "F503", True, id="ko-labelled-share-broken"),
    ],
)
def test_labelled_lines(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Monthly sales\n- Total: 2.0 million;\n- Alpha: 900,000;\n- Beta: 600,000;", id="two-lines-are-no-run"
        ),
        pytest.param(
            "Monthly sales\n- Total: 200,000;\n- Alpha: 900,000;\n- Beta: 600,000;\n- Gamma: 500,000;",
            id="a-head-smaller-than-a-part-is-no-total",
        ),
        pytest.param(
            "Monthly sales\n- Total: 2.0 million, up 4% on the year and a record\n- Alpha: 900,000 and rising\n"
            "- Beta: 600,000;\n- Gamma: 500,000;",
            id="a-line-that-says-more-is-no-part",
        ),
    ],
)
def test_labelled_lines_that_are_no_breakdown(knowledge, text):
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "권역별로는 서울 181명, 인천 135명, 경기 96명 등 수도권에서 412명이 나왔다.",
            False,
            id="ko-open-list-total-named-after-deung",
        ),
        pytest.param(
            "권역별로는 서울 181명, 인천 135명, 경기 196명 등 수도권에서 412명이 나왔다.",
            True,
            id="ko-open-list-total-named-after-deung-exceeded",
        ),
        pytest.param(
            "추경안은 연구 지원 1200억원, 설비 투자 3400억원 등 중소기업 지원에 4600억원을 배정했다.",
            False,
            id="ko-open-list-total-for-a-purpose",
        ),
        pytest.param(
            "추경안은 연구 지원 1200억원, 설비 투자 3400억원 등 중소기업 지원에 4000억원을 배정했다.",
            True,
            id="ko-open-list-total-for-a-purpose-exceeded",
        ),
    ],
)
def test_parts_before_deung_and_the_named_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "오늘 신규 확진자는 329명이다. 해외유입 17명을 제외한 312명은 국내에서 감염됐다.",
            False,
            id="ko-left-out-and-the-rest-make-the-whole",
        ),
        pytest.param(
            "오늘 신규 확진자는 329명이다. 해외유입 17명을 제외한 282명은 국내에서 감염됐다.",
            True,
            id="ko-left-out-and-the-rest-broken",
        ),
        pytest.param(
            "올해 2분기 매출은 8조 4200억원이다. 자회사 매출 3150억원을 제외한 본사 매출은 8조 1050억원이다.",
            False,
            id="ko-left-out-and-the-rest-after-the-whole",
        ),
        pytest.param(
            "Group revenue was $10.7 billion. Revenue excluding the $0.6 billion chip unit was $10.1 billion.",
            False,
            id="en-excluding-a-unit",
        ),
        pytest.param(
            "Group revenue was $10.7 billion. Revenue excluding the $0.6 billion chip unit was $9.1 billion.",
            True,
            id="en-excluding-a-unit-broken",
        ),
    ],
)
def test_a_figure_left_out_and_the_rest(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Group revenue was $10.7 billion. Excluding one-offs, profit was $1.2 billion and revenue $10.1 billion.",
            id="en-excluding-that-names-no-figure",
        ),
        pytest.param("해외유입 17명을 제외한 312명은 국내에서 감염됐다.", id="ko-no-whole-before"),
    ],
)
def test_no_whole_for_a_figure_left_out(knowledge, text):
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


PRIORS_EN = (
    "Acme said its sales totalled 5.2 million units against 4.8 million units a year earlier. Car sales rose "
    "to 4.0 million units against 3.9 million units, while truck sales rose to 1.2 million units against "
    "0.9 million units."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "한빛구단은 3년 총액 30억원에 계약했다. 계약금 10억원, 연봉 5억원씩 15억원, 옵션 최대 5억원이다.",
            False,
            id="ko-marked-total-broken-down-in-the-next-sentence",
        ),
        pytest.param(
            "한빛구단은 3년 총액 30억원에 계약했다. 계약금 10억원, 연봉 5억원씩 15억원, 옵션 9억원이다.",
            True,
            id="ko-marked-total-broken-down-exceeded",
        ),
        pytest.param(PRIORS_EN, False, id="en-marked-total-and-its-prior-broken-down"),
        pytest.param(PRIORS_EN.replace("1.2 million", "1.9 million"), True, id="en-next-sentence-parts-exceed"),
        pytest.param(
            PRIORS_EN.replace("0.9 million", "1.4 million"), True, id="en-earlier-parts-exceed-the-earlier-total"
        ),
    ],
)
def test_a_marked_total_broken_down_in_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "한빛구단은 3년 총액 30억원에 계약했다. 계약금 10억원, 연봉 5억원씩, 옵션 최대 5억원이다.",
            id="ko-a-rate-per-year-without-its-product",
        ),
        pytest.param(
            "Revenue totalled $5.2 billion. Operating profit was $0.8 billion and net profit $0.6 billion.",
            id="en-profits-are-no-parts-of-revenue",
        ),
        pytest.param(
            "Revenue reached $5.2 billion. Car sales were $3.1 billion and truck sales $1.1 billion.",
            id="en-an-unmarked-figure-is-no-total-of-the-next-sentence",
        ),
    ],
)
def test_no_breakdown_in_the_next_sentence(knowledge, text):
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "구단은 이적료로 3000만 파운드를 지급하기로 했다. 구단은 2600만 파운드를 먼저 보낸 뒤, "
            "나머지 400만 파운드는 나눠 지급한다.",
            False,
            id="ko-a-part-and-the-rest",
        ),
        pytest.param(
            "구단은 이적료로 3000만 파운드를 지급하기로 했다. 구단은 2600만 파운드를 먼저 보낸 뒤, "
            "나머지 900만 파운드는 나눠 지급한다.",
            True,
            id="ko-a-part-and-the-rest-broken",
        ),
        pytest.param(
            "이날 입국자 가운데 확진자는 21명이다. 8명은 검역 단계에서 나왔다. 나머지 13명은 격리 중 확인됐다.",
            False,
            id="ko-the-rest-in-the-next-sentence",
        ),
        pytest.param(
            "The club agreed a fee of $50 million. It will pay $45 million this summer and the remaining "
            "$5 million in instalments.",
            False,
            id="en-a-part-and-the-remaining",
        ),
        pytest.param(
            "The club agreed a fee of $50 million. It will pay $45 million this summer and the remaining "
            "$9 million in instalments.",
            True,
            id="en-a-part-and-the-remaining-broken",
        ),
    ],
)
def test_a_part_and_the_rest(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_rest_with_no_whole_before_links_nothing(knowledge):
    text = "It will pay $45 million this summer and the remaining $5 million in instalments."
    assert all(c.part_of is None for c in claims(text, knowledge).claims)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "한빛구단은 3년 총액 30억원에 계약했다. 계약금 10억원, 연봉 5억원씩 15억원, 옵션 최대 5억원이다. "
            "16.7%의 비중이다.",
            False,
            id="ko-share-of-the-last-listed-part-in-the-next-sentence",
        ),
        pytest.param(
            "총액 24억원 가운데 6억원이 옵션으로 걸려 있다. 25%의 비중이다.",
            False,
            id="ko-share-of-a-part-of-a-marked-whole-in-the-next-sentence",
        ),
        pytest.param(
            "총액 24억원 가운데 6억원이 옵션으로 걸려 있다. 35%의 비중이다.",
            True,
            id="ko-share-in-the-next-sentence-broken",
        ),
    ],
)
def test_a_share_in_the_sentence_after_its_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_after_a_figure_with_no_whole_is_not_linked(knowledge):
    found = {c.text: c for c in claims("한빛구단은 옵션으로 6억원을 걸었다. 25%의 비중이다.", knowledge).claims}
    assert found["25%"].role == "share" and found["25%"].share_part is None


def test_the_term_of_a_total_per_period_is_reported_at_the_characters_as_written(knowledge):
    # CRLF line ends and a full-width digit before the figures: normalization moves every offset
    text = "예산\r\n１년 계획\r\n정부는 매년 4000억원씩 5년간 2조4000억원을 투입한다."
    result = findings(knowledge, document(text), select=["F312"])
    [finding] = result.findings
    assert [text[r.start : r.end] for r in finding.related] == ["4000억원", "5년"]


def test_a_change_in_points_links_the_rate_before_and_its_prior(knowledge):
    text = "한빛전자의 올해 영업이익률은 12.5%로 가장 높았다. 전년 동기 10.1%보다 2.4%포인트 상승했다."
    test_roles_and_links(knowledge, text, {"2.4%포인트": ("change", "12.5%", "10.1%")})
