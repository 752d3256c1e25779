"""Ratios, multiples and points in constructions that recur across articles (issue 11, ninth session).

Every sentence is written for this file. Each construction is tested where it must be checked (and fires when
one number is wrong) and where it must not be checked (the figures are not one relation's).
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

_POINTS_RULES = ["F308", "F309"]  # points that fit neither reading, or only the relative one


def assert_points_checked(knowledge, text: str, fires: bool) -> None:
    """A move in points is reported when it is wrong (as points, or as a % it was not), else listed as holding."""
    result = findings(knowledge, document(text), select=_POINTS_RULES, show_passed=True)
    reported = [f.rule for f in result.findings]
    assert bool(reported) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F308" in [p.rule for p in result.passed], "the relation was not checked at all"


# ---------------------------------------------------------------- two moves in points, one per clause (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The poll puts the Greens on 31%, up two points from 29% in June, "
            "while the Liberals slipped to 26% from 30%, a fall of four points.",
            False,
        ),
        (
            "The poll puts the Greens on 31%, up two points from 29% in June, "
            "while the Liberals slipped to 26% from 30%, a fall of seven points.",
            True,
        ),
        (
            "The poll puts the Greens on 31%, up nine points from 29% in June, "
            "while the Liberals slipped to 26% from 30%, a fall of four points.",
            True,
        ),
        (
            "Approval of the mayor rose 3 points to 47% from 44%, but approval of the council fell 2 points "
            "to 35% from 37%.",
            False,
        ),
        (
            "Approval of the mayor rose 3 points to 47% from 44%, but approval of the council fell 6 points "
            "to 35% from 37%.",
            True,
        ),
        ("A당 지지율은 38%에서 41%로 3포인트 올랐고, B당은 35%에서 32%로 3포인트 내렸다.", False),
        ("A당 지지율은 38%에서 41%로 3포인트 올랐고, B당은 35%에서 32%로 5포인트 내렸다.", True),
        ("여당 지지율은 44%에서 40%로 4포인트 떨어졌으며, 야당은 33%에서 36%로 3포인트 올랐다.", False),
        ("여당 지지율은 44%에서 40%로 4포인트 떨어졌으며, 야당은 33%에서 36%로 6포인트 올랐다.", True),
    ],
)
def test_two_moves_in_points_one_per_clause(knowledge, text, fires):
    assert_points_checked(knowledge, text, fires)


def test_two_moves_in_points_in_one_clause_are_not_linked(knowledge):
    # no clause end between them: which rates each move is between is not said
    assert_not_checked(knowledge, "Support rose to 41% from 38% and to 35% from 33%, up three and two points.", "F308")


# ---------------------------------------------------------------- a move named by `reduction`, a lone rate of change


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The bank cut its deposit rate to 4.25% from 4.5%, a reduction of 0.25 percentage points.", False),
        ("The bank cut its deposit rate to 4.25% from 4.5%, a reduction of 0.75 percentage points.", True),
        ("Lenders lowered the average fixed rate to 5.1% from 5.6%, a reduction of 0.5 percentage points.", False),
        ("Lenders lowered the average fixed rate to 5.1% from 5.6%, a reduction of 0.2 percentage points.", True),
        (
            "Headline inflation rose 2.7% in the year to March, down from 3.1% in February, "
            "a fall of 0.4 percentage points.",
            False,
        ),
        (
            "Headline inflation rose 2.7% in the year to March, down from 3.1% in February, "
            "a fall of 0.9 percentage points.",
            True,
        ),
        ("Retail sales grew 4.8% in the year to June, up from 3.9% in May, an increase of 0.9 points.", False),
        ("Retail sales grew 4.8% in the year to June, up from 3.9% in May, an increase of 1.9 points.", True),
    ],
)
def test_points_after_a_reduction_or_a_rate_of_change(knowledge, text, fires):
    assert_points_checked(knowledge, text, fires)


def test_rate_of_change_of_a_figure_is_no_level_for_points(knowledge):
    # the 5% is the change of the sales figure: the points are not measured from it
    assert_not_checked(
        knowledge, "Sales rose 5% to $2.1 billion, down from 8% a year earlier, a fall of 3 points.", "F308"
    )


# ---------------------------------------------------------------- the gap between two rates, in points (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Support for the mayor is 52% among women and 44% among men, a gender gap of eight points.", False),
        ("Support for the mayor is 52% among women and 44% among men, a gender gap of five points.", True),
        ("The Greens are on 38% and the Liberals on 32%, a lead of six points.", False),
        ("The Greens are on 38% and the Liberals on 32%, a lead of nine points.", True),
        ("Uptake was 91.5% in the north and 84.0% in the south, a difference of 7.5 percentage points.", False),
        ("Uptake was 91.5% in the north and 84.0% in the south, a difference of 4.5 percentage points.", True),
        (
            "Turnout was the highest in the east at 58.3% and the lowest in the west at 47.1%. "
            "The difference between the two was 11.2 percentage points.",
            False,
        ),
        (
            "Turnout was the highest in the east at 58.3% and the lowest in the west at 47.1%. "
            "The difference between the two was 13.2 percentage points.",
            True,
        ),
        ("동부권의 투표율이 58.3%로 가장 높았고, 서부권이 47.1%로 가장 낮았다. 두 지역의 차이는 11.2%포인트다.", False),
        ("동부권의 투표율이 58.3%로 가장 높았고, 서부권이 47.1%로 가장 낮았다. 두 지역의 차이는 9.2%포인트다.", True),
        ("남성 고용률은 71.2%, 여성 고용률은 55.0%로 격차는 16.2%포인트였다.", False),
        ("남성 고용률은 71.2%, 여성 고용률은 55.0%로 격차는 12.2%포인트였다.", True),
    ],
)
def test_gap_between_two_rates_in_points(knowledge, text, fires):
    assert_points_checked(knowledge, text, fires)


@pytest.mark.parametrize(
    "text",
    [
        # three rates before the gap: which two it is between is not said
        "The Greens are on 38%, the Liberals on 32% and Labour on 20%, a lead of six points.",
        # the rates stand in the sentence before, which does not rank them: the gap may be of other figures
        "Turnout was 58.3% in the east and 47.1% in the west. The difference between men and women was 3.2 points.",
        "동부권 투표율은 58.3%, 서부권은 47.1%였다. 남녀 차이는 3.2%포인트다.",
        # a margin of error is no gap between the two rates
        "The Greens are on 38% and the Liberals on 32%, with a margin of error of three points.",
    ],
)
def test_gap_in_points_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


# ---------------------------------------------------------------- a multiple appended to its figure, or opening
# the sentence after it (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Doctors have confirmed 1,230 flu cases in Wales so far this year, "
            "almost four times the 320 recorded in the whole of 2023.",
            False,
        ),
        (
            "Doctors have confirmed 1,230 flu cases in Wales so far this year, "
            "almost four times the 620 recorded in the whole of 2023.",
            True,
        ),
        ("The charity raised £9.1m across the country last year, three times the £3m it raised in 2021.", False),
        ("The charity raised £9.1m across the country last year, three times the £5m it raised in 2021.", True),
        ("Flu cases have reached 1,230 so far this year. The total is nearly four times the 320 cases of 2023.", False),
        ("Flu cases have reached 1,230 so far this year. The total is nearly four times the 520 cases of 2023.", True),
        (
            "The film made $84 million at home and $41 million abroad, for a global total of $125 million. "
            "That is already 1.4 times its production budget of about $90 million.",
            False,
        ),
        (
            "The film made $84 million at home and $41 million abroad, for a global total of $125 million. "
            "That is already 1.4 times its production budget of about $50 million.",
            True,
        ),
        ("The port handled 6.2 million containers. That is twice the 3.1 million it handled a decade ago.", False),
        ("The port handled 6.2 million containers. That is twice the 4.1 million it handled a decade ago.", True),
    ],
)
def test_multiple_appended_or_opening_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the unit before the comma: which one is multiplied is not said
        "The charity raised £9.1m last year and £4m this spring, three times the £3m it raised in 2021.",
        # the sentence before states two figures and ends on neither: what `that` is is not said
        "The film made $84 million at home and $41 million abroad in 12 days. "
        "That is already 1.4 times its production budget of about $60 million.",
        # the multiple's sentence has a figure of its own before it: it is not about the sentence before
        "The film made $84 million. Its sequel made $30 million, that is 1.4 times its budget of about $21 million.",
    ],
)
def test_multiple_appended_not_linked(knowledge, text):
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    spans = [p.message for p in result.passed] + [f.message for f in result.findings]
    assert not any("$84 million" in s or "£9.1m" in s for s in spans), spans


# ---------------------------------------------------------------- a multiple of the figure a name stands for (F304)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한국의 외환보유액(4천100억달러)은 세계 9위다. 중국(3조1천억달러)은 한국의 7.6배에 이른다.", False),
        ("한국의 외환보유액(4천100억달러)은 세계 9위다. 중국(3조1천억달러)은 한국의 3.6배에 이른다.", True),
        (
            "한국의 외환보유액(4천100억달러)은 세계 9위다. 중국은 3조1천억달러로 한국의 7.6배에 이르고, "
            "일본(1조2천억달러)도 한국의 2.9배 규모다.",
            False,
        ),
        (
            "한국의 외환보유액(4천100억달러)은 세계 9위다. 중국은 3조1천억달러로 한국의 7.6배에 이르고, "
            "일본(1조2천억달러)도 한국의 4.9배 규모다.",
            True,
        ),
        ("올해 일본의 방한 관광객은 320만명이었다. 같은 기간 중국 관광객은 480만명으로 일본의 1.5배였다.", False),
        ("올해 일본의 방한 관광객은 320만명이었다. 같은 기간 중국 관광객은 480만명으로 일본의 2.5배였다.", True),
    ],
)
def test_multiple_of_a_named_subjects_figure(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the name with different values in reach: which one is not said
        "한국의 수출은 6천억달러, 수입은 5천억달러였다. 중국(3조1천억달러)은 한국의 5.2배 규모다.",
        # the name's figure is of another metric, as its words say
        "한국의 국내총생산은 1조7천억달러다. 중국의 외환보유액(3조1천억달러)은 한국 외환보유액의 7.6배다.",
    ],
)
def test_multiple_of_a_named_subjects_figure_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- a ratio of a named figure or of a target (F503)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("서울 아파트 평균 가격은 12억5천만원이다. 부산의 평균 가격은 4억원으로 서울의 32% 수준에 머물렀다.", False),
        ("서울 아파트 평균 가격은 12억5천만원이다. 부산의 평균 가격은 4억원으로 서울의 52% 수준에 머물렀다.", True),
        ("일본의 방한 관광객은 400만명이었다. 같은 기간 미국 관광객은 100만명으로 일본의 25%에 그쳤다.", False),
        ("일본의 방한 관광객은 400만명이었다. 같은 기간 미국 관광객은 100만명으로 일본의 45%에 그쳤다.", True),
        ("1~9월 누적 판매량은 210만대로 연간 목표(300만대)의 70%를 달성했다.", False),
        ("1~9월 누적 판매량은 210만대로 연간 목표(300만대)의 90%를 달성했다.", True),
        ("상반기 수주액은 4조5천억원으로 올해 목표 10조원의 45%를 달성했다.", False),
        ("상반기 수주액은 4조5천억원으로 올해 목표 10조원의 65%를 달성했다.", True),
        # a fraction in words, in a sentence about the name it opens with
        ("2위 일본은 1조2천억 달러, 한국은 4천억 달러였다. 한국의 외환보유액은 일본의 3분의 1 수준이다.", False),
        ("2위 일본은 1조2천억 달러, 한국은 7천억 달러였다. 한국의 외환보유액은 일본의 3분의 1 수준이다.", True),
        ("미국 관광객은 90만명, 일본 관광객은 360만명이었다. 미국 관광객은 일본의 4분의 1 수준이다.", False),
        ("미국 관광객은 90만명, 일본 관광객은 360만명이었다. 미국 관광객은 일본의 2분의 1 수준이다.", True),
    ],
)
def test_ratio_of_a_named_figure_or_a_target(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the name's figures in reach differ: which one is the whole is not said
        "서울 아파트 평균 가격은 12억5천만원, 1년 전에는 11억원이었다. 부산은 4억원으로 서울의 32% 수준이다.",
        # a share that is no level of the figure before (`…의 30%를 해외에서`): not said of the 4억원
        "서울 아파트 평균 가격은 12억5천만원이다. 부산은 4억원으로 서울의 30%를 외지인이 샀다.",
    ],
)
def test_ratio_of_a_named_figure_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- an average per unit named by a word of the count's
# kin (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The network carried 300 million passengers in the year. "
            "Fare revenue came to $750 million, or $2.50 per trip on average.",
            False,
        ),
        (
            "The network carried 300 million passengers in the year. "
            "Fare revenue came to $750 million, or $4.50 per trip on average.",
            True,
        ),
        (
            "The ferry line carried 12 million passengers last year. "
            "Ticket sales reached £96m, or an average of £8 per journey.",
            False,
        ),
        (
            "The ferry line carried 12 million passengers last year. "
            "Ticket sales reached £96m, or an average of £6 per journey.",
            True,
        ),
        (
            "The thriller took $62.4 million in its opening weekend. "
            "It played in 3,900 theaters, an average of $16,000 per location.",
            False,
        ),
        (
            "The thriller took $62.4 million in its opening weekend. "
            "It played in 3,900 theaters, an average of $26,000 per location.",
            True,
        ),
        (
            "The cartoon sold $31.5 million of tickets over three days, the studio said. "
            "Playing in 3,500 cinemas, it averaged $9,000 per screen.",
            False,
        ),
        (
            "The cartoon sold $31.5 million of tickets over three days, the studio said. "
            "Playing in 3,500 cinemas, it averaged $7,000 per screen.",
            True,
        ),
        # the mark written joined to its noun
        (
            "The thriller took $62.4 million in its opening weekend. "
            "It played in 3,900 theaters, a per-location average of $16,000.",
            False,
        ),
        (
            "The thriller took $62.4 million in its opening weekend. "
            "It played in 3,900 theaters, a per-location average of $19,000.",
            True,
        ),
    ],
)
def test_average_per_unit_named_by_a_kin_word(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two passenger counts (one line's, all lines'): which one the fare is averaged over is not said
        "The metro carried 600 million passengers. Metro and bus together carried 1.8 billion passengers. "
        "Fare revenue reached £1.4bn, or an average of £2.33 per journey.",
        # the count is of another thing than the unit averaged over
        "The thriller took $62.4 million in its opening weekend. "
        "It drew 7.8 million viewers, an average of $16,000 per location.",
    ],
)
def test_average_per_kin_unit_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a move in points from `the` rate after it (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Liberals' 14% is their best result this year, up three points on the 11% they had in March.", False),
        ("The Liberals' 14% is their best result this year, up six points on the 11% they had in March.", True),
        ("Turnout of 61% was down four points from the 65% of 2019.", False),
        ("Turnout of 61% was down eight points from the 65% of 2019.", True),
        ("Its market share of 27.5% is up 1.5 percentage points from the 26.0% it held a year ago.", False),
        ("Its market share of 27.5% is up 3.5 percentage points from the 26.0% it held a year ago.", True),
    ],
)
def test_points_from_the_rate_after_them(knowledge, text, fires):
    assert_points_checked(knowledge, text, fires)


def test_points_from_the_rate_with_a_second_earlier_rate_not_linked(knowledge):
    # two earlier rates after the move: which one it is measured from is said, but a third rate leaves the level
    # unsure, so nothing is linked
    text = "The Liberals' 14% is their best result, up three points on the 11% they had in March and the 9% of May."
    assert_not_checked(knowledge, text, "F308")


# ---------------------------------------------------------------- points of a rate named as a ratio to another
# figure (`GDP 대비 …비율은 X%로`), which reads like a change (F308)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("GDP 대비 국가채무비율은 51.8%로 올해(50.2%)보다 1.6%포인트 오를 전망이다.", False),
        ("GDP 대비 국가채무비율은 51.8%로 올해(50.2%)보다 2.6%포인트 오를 전망이다.", True),
        ("매출 대비 영업이익률은 8.5%로 지난해(9.1%)보다 0.6%포인트 낮아졌다.", False),
        ("매출 대비 영업이익률은 8.5%로 지난해(9.1%)보다 1.6%포인트 낮아졌다.", True),
    ],
)
def test_points_of_a_rate_named_as_a_ratio(knowledge, text, fires):
    assert_points_checked(knowledge, text, fires)


def test_points_beside_a_growth_rate_of_a_figure_not_linked(knowledge):
    # the 5% is the growth of the sales figure (tied to it), not a level the points move
    text = "매출은 2조원으로 전년 대비 5% 증가했고, 영업이익률은 지난해(9.1%)보다 0.6%포인트 낮아졌다."
    result = findings(knowledge, document(text), select=["F308"], show_passed=True)
    assert not any("5%" in p.message for p in result.passed), [p.message for p in result.passed]
