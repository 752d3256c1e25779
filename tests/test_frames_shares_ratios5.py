"""Shares, ratios and growth: slips the linker used to pass over on real copy (issue 11), each construction in
sentences written for these tests (the style of tests/test_frames.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

from checker.link.written import written_zeros


# A share that names its part (`옵션 비중`) is checked against the whole marked before it (`최대`, `총액`) even
# when the part, misstated, comes to the whole itself: a part as large as its marked whole is a slip, not the
# whole restated.
@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "내야수 오태민은 계약 기간 2년에 최대 8억원을 받는다. 계약금 2억원에 2년 연봉 4억원, 옵션 2억원이다. "
            "옵션 비중이 25%다.",
            False,
            id="ko-named-part-below-its-capped-whole-holds",
        ),
        pytest.param(
            "내야수 오태민은 계약 기간 2년에 최대 8억원을 받는다. 계약금 2억원에 2년 연봉 4억원, 옵션 8억원이다. "
            "옵션 비중이 25%다.",
            True,
            id="ko-named-part-as-large-as-its-capped-whole-fires",
        ),
        pytest.param(
            "투수 한지훈은 계약금 1억원, 연봉 3억원, 옵션 2억원 등 총액 6억원에 계약했다. 옵션 비중은 33.3%다.",
            False,
            id="ko-named-part-in-a-total-holds",
        ),
        pytest.param(
            "투수 한지훈은 계약금 1억원, 연봉 3억원, 옵션 6억원 등 총액 6억원에 계약했다. 옵션 비중은 33.3%다.",
            True,
            id="ko-named-part-as-large-as-its-total-fires",
        ),
    ],
)
def test_a_named_part_as_large_as_its_whole_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_named_part_restated_with_a_cap_is_no_whole(knowledge):
    # `옵션은 최대 2억5000만원`: the cap restates the option itself, so the share is not taken of it.
    text = "외야수 서지호는 연봉 5억원에 옵션 2억5000만원을 받는다. 옵션은 최대 2억5000만원이다. 옵션 비중은 33.3%다."
    found = claims(text, knowledge).claims
    rate = next(c for c in found if c.kind == "percent")
    capped = next(c for c in found if text[: c.start].rstrip().endswith("최대") or c.text.startswith("최대"))
    assert rate.share_whole != capped.id


# A digest's last labelled line may end in an editor's bracketed note (`[more]`, `[전문]`): the line still gives
# its label's figure alone, so its share is checked like the lines before it.
DIGEST_EN = (
    "Weekly bookings\n- Total: 4.0 million;\n- Northair: 2.2 million;\n- Skylark: 1.5 million;\n- Bluejet: 300,000;\n"
    "Market share:\n- Northair: 55%;\n- Skylark: 37.5%;\n- Bluejet: 7.5%. [more]"
)
DIGEST_KO = (
    "권역별 입주 물량\n- 전체: 8만 가구\n- 수도권: 4만 4천 가구\n- 충청권: 2만 4천 가구\n- 호남권: 1만 2천 가구\n"
    "권역별 비중\n- 수도권: 55%\n- 충청권: 30%\n- 호남권: 15% [전문 보기]"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(DIGEST_EN, False, id="en-last-line-with-a-note-holds"),
        pytest.param(DIGEST_EN.replace("Bluejet: 7.5%", "Bluejet: 17.5%"), True, id="en-last-line-with-a-note-broken"),
        pytest.param(DIGEST_KO, False, id="ko-last-line-with-a-note-holds"),
        pytest.param(DIGEST_KO.replace("호남권: 15%", "호남권: 35%"), True, id="ko-last-line-with-a-note-broken"),
    ],
)
def test_a_labelled_share_before_a_bracketed_note_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


# `rose 6.05% to 48,317 from 45,600`: a prior written with zeros down to the unit its value is written to, in
# the value's sentence, is read at that precision (a warning: the reading is inferred); figures written rounded
# (no zeros down to the value's unit, a hedge, two significant digits) keep their rounding interval.
@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Harbor Tools said revenue rose 5.96 percent to $48,317 million in the quarter, from $45,600 million "
            "a year earlier.",
            False,
            id="en-prior-with-zeros-holds",
        ),
        pytest.param(
            "Harbor Tools said revenue rose 6.05 percent to $48,317 million in the quarter, from $45,600 million "
            "a year earlier.",
            True,
            id="en-prior-with-zeros-read-to-the-unit-fires",
        ),
        pytest.param(
            "Harbor Tools said revenue rose 6.05 percent to $48,317 million in the quarter, from about $45,600 "
            "million a year earlier.",
            False,
            id="en-hedged-prior-keeps-its-rounding",
        ),
        pytest.param(
            "Ticket sales rose 6.5 percent to $37.846 million from $35.5 million a year earlier.",
            False,
            id="en-prior-with-a-decimal-keeps-its-rounding",
        ),
        pytest.param(
            "Net sales fell 4.36 percent to 9,460 tonnes from 9,891 tonnes in the prior year.",
            False,
            id="en-value-with-zeros-below-the-prior-holds",
        ),
        pytest.param(
            "Net sales fell 4.32 percent to 9,460 tonnes from 9,891 tonnes in the prior year.",
            True,
            id="en-value-with-zeros-read-to-the-unit-fires",
        ),
        pytest.param(
            "한빛물산의 3분기 매출은 4조8317억원으로 전년 동기 4조5600억원보다 5.96% 증가했다.",
            False,
            id="ko-prior-with-zeros-holds",
        ),
        pytest.param(
            "한빛물산의 3분기 매출은 4조8317억원으로 전년 동기 4조5600억원보다 6.05% 증가했다.",
            True,
            id="ko-prior-with-zeros-read-to-the-unit-fires",
        ),
        pytest.param(
            "한빛물산의 3분기 매출은 4조8317억원으로 전년 동기 약 4조5600억원보다 6.05% 증가했다.",
            False,
            id="ko-hedged-prior-keeps-its-rounding",
        ),
        pytest.param(
            "대한제지의 상반기 판매량은 5만2480톤으로 전년 동기 4만9천톤보다 7.2% 늘었다.",
            False,
            id="ko-prior-with-a-unit-word-keeps-its-rounding",
        ),
    ],
)
def test_a_round_figure_beside_a_precise_one_is_read_to_its_precision(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


def test_the_precise_reading_is_a_warning_with_a_note(knowledge):
    text = "한빛물산의 3분기 매출은 4조8317억원으로 전년 동기 4조5600억원보다 6.05% 증가했다."
    found = [f for f in findings(knowledge, document(text), select=["F301"]).findings]
    assert [f.severity for f in found] == ["warning"]
    assert any("read to the precision" in note for note in found[0].notes)


@pytest.mark.parametrize(
    "written,zeros",
    [("45,600", 2), ("4조5600억원", 2), ("$35.5 million", 0), ("2조1천억원", 0), ("9,460 tonnes", 1), ("87조원", 0)],
)
def test_written_zeros(written, zeros):
    assert written_zeros(written) == zeros


# `36.25%, 전년 동기 39.80%포인트보다 3.55%포인트 감소`: a rate's earlier level whose unit slipped to the change's
# points is still the earlier rate, so the points change is checked against it.
@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "한빛전자의 3분기까지 누적 영업이익률은 36.25%, 전년 동기 39.80%포인트보다 3.55%포인트 감소했다.",
            False,
            id="ko-prior-level-in-points-holds",
        ),
        pytest.param(
            "한빛전자의 3분기까지 누적 영업이익률은 36.25%, 전년 동기 79.80%포인트보다 3.55%포인트 감소했다.",
            True,
            id="ko-prior-level-in-points-broken",
        ),
        pytest.param(
            "한빛화학의 2분기 영업이익률은 12.4%로 전년 동기 10.1%포인트 대비 2.3%포인트 상승했다.",
            False,
            id="ko-prior-level-in-points-against-holds",
        ),
        pytest.param(
            "한빛화학의 2분기 영업이익률은 12.4%로 전년 동기 10.1%포인트 대비 5.3%포인트 상승했다.",
            True,
            id="ko-prior-level-in-points-against-broken",
        ),
        pytest.param(
            "Northwind Bank's operating margin was 27.5% in the first nine months, down 2.1 percentage points "
            "from 29.6 percentage points a year earlier.",
            False,
            id="en-prior-level-in-points-holds",
        ),
        pytest.param(
            "Northwind Bank's operating margin was 27.5% in the first nine months, down 2.1 percentage points "
            "from 32.6 percentage points a year earlier.",
            True,
            id="en-prior-level-in-points-broken",
        ),
    ],
)
def test_a_rate_level_written_in_points_is_the_earlier_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "한빛화학의 2분기 영업이익률은 12.4%로 전년 동기 대비 2.3%포인트 상승했다. "
            "전 분기보다는 1.1%포인트 올랐다.",
            id="ko-two-changes-in-points",
        ),
        pytest.param(
            "Northwind Bank's operating margin was 27.5% in the first nine months, down 2.1 percentage points from "
            "a year earlier, and 1.1 percentage points below the first half.",
            id="en-two-changes-in-points",
        ),
    ],
)
def test_a_change_in_points_is_no_earlier_rate(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# A change whose article states no prior, checked against the figure another article gives for the period before
# (F507): the same report a year on.
def _across(knowledge, earlier: str, earlier_published: str, later: str, later_published: str):
    docs = (
        document(earlier, published=dt.date.fromisoformat(earlier_published), path="earlier.md"),
        document(later, published=dt.date.fromisoformat(later_published), path="later.md"),
    )
    return findings(knowledge, *docs, select=["F507"], show_passed=True)


# A report whose figure names a word any company's report uses (`The Group's revenue`), its period guessed from the
# sentence before: paired only within one company's reports (the entity the article names most) a year apart.
GROUP_REPORT = (
    "Corvan Mining reported on Wednesday that its first-half profit was ${profit} million. Corvan Mining's costs "
    "were ${costs} million. The Group's revenue {revenue}."
)


@pytest.mark.parametrize(
    "earlier,later,fires",
    [
        pytest.param(
            GROUP_REPORT.format(profit=50, costs=500, revenue="was $600 million"),
            GROUP_REPORT.format(profit=80, costs=700, revenue="rose 50% to $900 million"),
            False,
            id="en-guessed-periods-a-year-on-holds",
        ),
        pytest.param(
            GROUP_REPORT.format(profit=50, costs=500, revenue="was $600 million"),
            GROUP_REPORT.format(profit=80, costs=700, revenue="rose 20% to $900 million"),
            True,
            id="en-guessed-periods-a-year-on-fires",
        ),
        pytest.param(
            "Corvan Mining's first-half revenue was $600 million.",
            "Corvan Mining's first-half revenue rose 50% to $900 million.",
            False,
            id="en-a-year-on-holds",
        ),
        pytest.param(
            "Corvan Mining's first-half revenue was $600 million.",
            "Corvan Mining's first-half revenue fell 25% to $600 million.",
            True,
            id="en-a-year-on-the-prior-repeated-fires",
        ),
        pytest.param(
            "한빛전자의 상반기 매출은 6000억원이었다.",
            "한빛전자의 상반기 매출은 전년 동기 대비 50% 증가한 9000억원이었다.",
            False,
            id="ko-a-year-on-holds",
        ),
        pytest.param(
            "한빛전자의 상반기 매출은 6000억원이었다.",
            "한빛전자의 상반기 매출은 전년 동기 대비 20% 증가한 9000억원이었다.",
            True,
            id="ko-a-year-on-broken-fires",
        ),
    ],
)
def test_a_change_is_checked_against_last_years_report(knowledge, earlier, later, fires):
    result = _across(knowledge, earlier, "2024-08-21", later, "2025-08-20")
    assert ("F507" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F507" in [p.rule for p in result.passed], "the relation was not checked at all"
    else:
        assert [f.severity for f in result.findings] == ["warning"]


@pytest.mark.parametrize(
    "earlier,earlier_published,later",
    [
        pytest.param(
            GROUP_REPORT.format(profit=50, costs=500, revenue="was $600 million"),
            "2024-03-20",
            GROUP_REPORT.format(profit=80, costs=700, revenue="rose 20% to $900 million"),
            id="en-guessed-periods-reports-not-a-year-apart",
        ),
        pytest.param(
            GROUP_REPORT.replace("Corvan Mining", "Redfield Bancorp").format(
                profit=50, costs=500, revenue="was $600 million"
            ),
            "2024-08-21",
            GROUP_REPORT.format(profit=80, costs=700, revenue="rose 20% to $900 million"),
            id="en-another-companys-group",
        ),
        pytest.param(
            "Corvan Mining's first-half revenue was $600 million.",
            "2024-08-21",
            "Corvan Mining's first-half revenue rose 20% to $900 million, from $750 million a year earlier.",
            id="en-the-prior-stated-in-the-article",
        ),
        pytest.param(
            "Corvan Mining's first-half copper revenue was $600 million.",
            "2024-08-21",
            "Corvan Mining's first-half gold revenue rose 20% to $900 million.",
            id="en-another-segment",
        ),
        pytest.param(
            "한빛전자의 상반기 매출은 6000억원이었다.",
            "2024-08-21",
            "누리전자의 상반기 매출은 전년 동기 대비 20% 증가한 9000억원이었다.",
            id="ko-another-company",
        ),
    ],
)
def test_no_prior_from_another_report_when_it_is_not_the_period_before(knowledge, earlier, earlier_published, later):
    result = _across(knowledge, earlier, earlier_published, later, "2025-08-20")
    assert "F507" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert "F507" not in [p.rule for p in result.passed], [p.message for p in result.passed]
