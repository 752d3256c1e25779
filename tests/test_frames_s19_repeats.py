"""Repeats (nineteenth session), each a rule for a construction:
- a headline figure stated as a mark passed (`revenue tops NZ$80m`, `crowds pass 90,000`, `occupancy climbs past
  70%`, `관람객 30만명 넘어`, `영업이익 70억원 돌파`) is restated by the first later figure of its unit that lies past
  the mark within the mark's last significant digit (`NZ$84.1 million`, `91,300`, `73.4%`, `32만6천명`, `73억원`):
  listed as passed (F405); a body figure short of the mark, or past the next mark, is another figure; `tops`,
  `passes`, `climbs past` and `돌파` read as the bound `over`;
- a headline's rate of change the lead does not restate (`blade deliveries jump 46%`) is restated by the body's one
  later change of its unit, direction and digits (`shipped 1,310 blades, 46% more than a year before`), in either
  language: listed as passed (F405); two such changes in the body, or another direction, and nothing is paired;
- a length after a later date and `after a` (its unit perhaps hyphened), of a run a clause says began on an
  earlier date (`opened on 14 March after a 20-month build that began in July 2024`), is the time between the two
  dates (F406); a clause that says the run ended then is not read;
- a short clause of starting between two Korean dates ends in `시작으로` or `시행한 뒤` as well as `시작해`
  (`3월 11일 첫 출고를 시작으로 6월 10일까지 석 달간`): the dates are a run's ends (F406).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def _paired(knowledge, text: str, mark: str, body: str) -> bool:
    """Whether F405 lists the headline's `mark` and the body's `body` as one figure restated."""
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    head = text.index(mark)
    lead = text.index(body, head + len(mark))
    for item in [*result.findings, *result.passed]:
        spans = [(loc.start, loc.end) for loc in [item.location, *item.related]]
        if any(s <= head < e for s, e in spans) and any(s <= lead < e for s, e in spans):
            return True
    return False


# ------------------------------------------------ a headline's mark passed, restated whole in the body (F405)

MARK_EN = (
    "Tarrow Foods revenue tops NZ$80m as exports recover\n\n"
    "Tarrow Foods, the Otago cereal maker, lifted revenue to NZ${body} million in the year to June, "
    "compared with NZ$71.2 million a year earlier."
)
CROWDS_EN = (
    "Lakeside regatta crowds pass 90,000 for the first time\n\n"
    "The Lakeside regatta drew {body} spectators over its three days, the organisers said on Monday."
)
PAST_EN = (
    "Brightwell Homes' profit rises as occupancy climbs past 70%\n\n"
    "Brightwell Homes reported a net profit of A$12.3 million. Average occupancy across its homes reached {body}%, "
    "up from 66.1%."
)
MARK_KO = (
    "세탁업체 말끔이, 3분기 영업이익 70억원 돌파\n\n"
    "세탁업체 말끔이의 3분기 매출은 912억원, 영업이익은 {body}억원이었다. 영업이익은 1년 전보다 크게 늘었다."
)
CROWDS_KO = "연꽃축제 관람객 30만명 넘어…가족 단위 급증\n\n올해 물빛연꽃축제가 관람객 {body}명을 모으며 막을 내렸다."


@pytest.mark.parametrize(
    "text,mark,body,paired",
    [
        (MARK_EN.format(body="84.1"), "NZ$80m", "NZ$84.1 million", True),
        (MARK_EN.format(body="80.0"), "NZ$80m", "NZ$80.0 million", True),
        (MARK_EN.format(body="76.4"), "NZ$80m", "NZ$76.4 million", False),  # short of the mark: another figure
        (MARK_EN.format(body="94.2"), "NZ$80m", "NZ$94.2 million", False),  # past the next mark
        (CROWDS_EN.format(body="91,300"), "90,000", "91,300", True),
        (CROWDS_EN.format(body="89,700"), "90,000", "89,700", False),
        (PAST_EN.format(body="73.4"), "70%", "73.4%", True),
        (PAST_EN.format(body="81.4"), "70%", "81.4%", False),
        (MARK_KO.format(body="73"), "70억원", "73억원", True),
        (MARK_KO.format(body="68"), "70억원", "68억원", False),
        (CROWDS_KO.format(body="32만6천"), "30만명", "32만6천명", True),
        (CROWDS_KO.format(body="29만4천"), "30만명", "29만4천명", False),  # a bound is not its digits
    ],
)
def test_a_headline_mark_passed_is_restated_by_the_figure_past_it(knowledge, text, mark, body, paired):
    assert _paired(knowledge, text, mark, body) == paired


def test_the_first_figure_past_the_mark_is_the_restatement(knowledge):
    # the revenue comes first in the body, the profit past the headline's mark after it
    text = MARK_KO.format(body="73")
    assert not _paired(knowledge, text, "70억원", "912억원")
    assert _paired(knowledge, text, "70억원", "73억원")


def test_a_mark_of_another_metric_is_no_restatement(knowledge):
    text = (
        "Harlow Mills revenue tops $80m\n\n"
        "Harlow Mills said operating profit rose to $84.6 million in the year, while revenue reached $91.0 million."
    )
    assert not _paired(knowledge, text, "$80m", "$84.6 million")


@pytest.mark.parametrize(
    "text,span,qualifier",
    [
        ("Membership tops 12,000 members.", "12,000", "over"),
        ("Visitor numbers pass 45,000 visitors.", "45,000", "over"),
        ("Turnout climbs past 60%.", "60%", "over"),
        ("누적 매출 70억원 돌파", "70억원", "over"),
        ("He made 12,000 calls over the past 12 months.", "12,000", None),
        ("The stops 400 buses use were moved.", "400", None),
        ("돌파구 3개를 찾았다.", "3개", None),
        # a verb of passing before a figure that is no round mark counts its object
        ("Lawmakers pass 12 bills before the recess.", "12 bills", None),
        ("The new model topped 3 rivals in the test.", "3 rivals", None),
        ("Market value topped $2.3 trillion.", "$2.3 trillion", "over"),
        ("Membership passes 1.2 million.", "1.2 million", "over"),
    ],
)
def test_a_mark_passed_reads_as_a_bound(knowledge, text, span, qualifier):
    found = [c for c in claims(text, knowledge).claims if span in c.text]
    assert found, [c.text for c in claims(text, knowledge).claims]
    assert found[0].qualifier == qualifier


# ------------------------------------------------ a headline's change restated below the lead (F405)

CHANGE_LATER_EN = (
    "Skarholm returns to profit as blade deliveries jump 46%\n\n"
    "Skarholm, the Norwegian blade maker, swung to an operating profit of NOK 91 million in the third quarter. "
    "Revenue rose to NOK 2.13 billion from NOK 1.82 billion, up 17%.\n\n"
    "The operating margin was 4.3%.\n\n"
    "The company {verb} 1,310 blades, {rate}% {word} than the {prior} it shipped a year earlier.{extra}"
)
CHANGE_LATER_KO = (
    "한길전자, 3분기 흑자 전환…부품 출하 46% 급증\n\n"
    "한길전자는 3분기 영업이익 91억원을 내며 흑자로 돌아섰다고 밝혔다. 매출은 2,130억원으로 17% 늘었다.\n\n"
    "영업이익률은 4.3%였다.\n\n"
    "3분기 부품 출하량은 1,310만개로 1년 전보다 {rate}% {word}.{extra}"
)


@pytest.mark.parametrize(
    "text,paired",
    [
        (CHANGE_LATER_EN.format(verb="delivered", rate="46", word="more", prior="897", extra=""), True),
        (CHANGE_LATER_EN.format(verb="delivered", rate="46", word="fewer", prior="2,426", extra=""), False),
        (
            CHANGE_LATER_EN.format(
                verb="delivered", rate="46", word="more", prior="897", extra=" Service income rose 46%."
            ),
            False,
        ),
        (CHANGE_LATER_KO.format(rate="46", word="늘었다", extra=""), True),
        (CHANGE_LATER_KO.format(rate="46", word="줄었다", extra=""), False),
    ],
)
def test_a_headline_change_is_restated_by_the_bodys_one_change_of_its_digits(knowledge, text, paired):
    head = text.index("46%")
    assert _paired(knowledge, text, "46%", "46%") == paired, text[head:]


# ------------------------------------------------ a run counted back from a later date (F406)

RUN_BACK_EN = (
    "Orrin Cement said its Calder kiln, which opened on 14 {month} after a {length} {noun} that {verb} in July "
    "2022, made 41,000 tonnes in the quarter."
)


@pytest.mark.parametrize(
    "month,length,noun,fires",
    [
        ("March", "20-month", "build", False),
        ("March", "20 month", "rebuild", False),
        ("September", "26-month", "construction", False),
        ("March", "14-month", "build", True),
    ],
)
def test_a_run_counted_back_from_a_later_date_is_checked(knowledge, month, length, noun, fires):
    text = RUN_BACK_EN.format(month=month, length=length, noun=noun, verb="began")
    assert_checked(knowledge, text, "F406", fires)


def test_a_run_that_ended_on_the_earlier_date_is_not_read(knowledge):
    assert_not_checked(
        knowledge, RUN_BACK_EN.format(month="March", length="14-month", noun="build", verb="ended"), "F406"
    )


RUN_START_KO = "배 수출은 3월 11일 {clause} 6월 {end}일까지 {length} 이어졌다."


@pytest.mark.parametrize(
    "clause,end,length,fires",
    [
        ("첫 출고를 시작으로", "10", "석 달간", False),
        ("검역 간소화 제도를 시행한 뒤", "10", "석 달간", False),
        ("첫 출고를 시작으로", "10", "다섯 달간", True),
    ],
)
def test_a_korean_clause_of_starting_joins_two_dates_as_a_run(knowledge, clause, end, length, fires):
    assert_checked(knowledge, RUN_START_KO.format(clause=clause, end=end, length=length), "F406", fires)
