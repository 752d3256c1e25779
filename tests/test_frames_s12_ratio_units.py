"""Counters and per-unit figures read for ratios (twelfth session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- counters of books and of machines (`권`, `기`)


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        ("도서관 10곳의 올해 대출은 248만권으로 집계됐다. 이는 작년(220만권)보다 12.7% 늘어난 것이다.", "F301", False),
        ("도서관 10곳의 올해 대출은 248만권으로 집계됐다. 이는 작년(220만권)보다 21.7% 늘어난 것이다.", "F301", True),
        ("전자책 대출은 12만6천권으로 1년 전 8만4천권의 1.5배였다.", "F304", False),
        ("전자책 대출은 12만6천권으로 1년 전 8만4천권의 2.5배였다.", "F304", True),
        ("군의 정찰 위성은 내년 6기에서 9기로 50% 늘어난다.", "F301", False),
        ("군의 정찰 위성은 내년 6기에서 9기로 30% 늘어난다.", "F301", True),
    ],
)
def test_counts_of_books_and_machines(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


@pytest.mark.parametrize(
    "text",
    [
        # `기간`, `권리`: the counter's letter opening a longer word is no counter
        "협약은 3기간에 걸쳐 나뉜다. 조합원 5권리 조항은 작년(4권리)보다 25% 늘었다.",
    ],
)
def test_counter_letters_opening_words_are_not_counters(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- a figure per unit and the count of the whole (F317)

_BREWER = (
    "Harlow Brewing sold 2.6 million hectolitres in the year, up from 2.4 million. Revenue rose to A$780m. "
    "Lager brands accounted for 0.9 million hectolitres, or 35 per cent of volume, and revenue per hectolitre "
    "rose to A${}."
)
_PERMITS = (
    "Denholm County issued 3,200 residential building permits in the year, up from 2,900. "
    "Permits for houses numbered 1,900. The department collected $8.0m in permit fees, an average of ${} per permit."
)
_VISITS = (
    "Tarn Valley recorded 450,000 skier visits in the season. The season lasted 120 days. "
    "It averaged 3,750 visits per operating day. Season pass holders accounted for 180,000 visits, or 40 per cent "
    "of the total. Ticket revenue came to $36.0m, a yield of ${} per visit."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the part set beside its share is one segment's count: the per-unit figure is of the whole's
        (_BREWER.format("300"), False),
        (_BREWER.format("500"), True),
        # the noun heads the words after the count (`residential building permits`)
        (_PERMITS.format("2,500"), False),
        (_PERMITS.format("4,500"), True),
        # a far count, the one of the whole (no part, no rate), for a total restated per unit in its own sentence
        (_VISITS.format("80"), False),
        (_VISITS.format("50"), True),
    ],
)
def test_per_unit_figure_of_the_whole_count(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the only count of the noun is a part beside its share: whose revenue per unit is not said
        "Lager brands accounted for 0.9 million hectolitres, or 35 per cent of volume, and revenue per hectolitre "
        "rose to A$300. Revenue was A$780m.",
    ],
)
def test_part_count_is_not_the_units(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a figure per a unit of measure (F317)

_YIELD = (
    "Merrow Valley's harvest reached 96,000 tonnes, up 5% from 91,400 tonnes.\n\n"
    "The average yield rose to {} tonnes a hectare from 7.6 tonnes, across 12,000 hectares of vineyard."
)
_PER_TONNE = (
    "Revenue rose 4 per cent to £312m. Volumes fell 2 per cent to 26,000 tonnes from 26,500 tonnes. "
    "Revenue per tonne sold rose to £{}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # a yield over land: the lead total over the hectares stated beside it, counted in hectares
        (_YIELD.format("8.0"), False),
        (_YIELD.format("9.5"), True),
        # an amount per tonne: the metric it names over the tonnes stated before
        (_PER_TONNE.format("12,000"), False),
        (_PER_TONNE.format("15,000"), True),
    ],
)
def test_figure_per_unit_of_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a figure per tonne naming no metric, after a sentence of revenue and output: which amount it divides is
        # not said
        "Revenue fell to RMB40bn as output dropped to 5.0 million tonnes. That works out to a profit of about RMB160 "
        "per tonne.",
    ],
)
def test_figure_per_measure_naming_no_metric_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a margin of revenue stated a paragraph away (F307)

_MARGIN = (
    "Revenue rose 8 per cent to £500m. Volumes rose to 20,000 tonnes. Revenue per tonne was £25,000.\n\n"
    "Operating profit was £40m, and the operating margin was {} per cent.\n\n"
    "Britain was the largest market, with sales of £300m, or 60 per cent of revenue."
)


@pytest.mark.parametrize("text,fires", [(_MARGIN.format("8.0"), False), (_MARGIN.format("6.0"), True)])
def test_margin_of_the_revenue_beside_a_rate_and_a_segment(knowledge, text, fires):
    # the revenue per tonne and the segment's sales set beside their share are no figures of the revenue
    assert_checked(knowledge, text, "F307", fires)


# ---------------------------------------------------------------- a price per a unit of measure valuing a total (F317)

_CATCH = (
    "Landings of hake at Port Sollan rose 6 per cent to 42,000 tonnes in the season.\n\n"
    "The average first-sale price rose 3 per cent to £{} a tonne from £1,950, putting the value of the season's "
    "hake at £84.0m."
)


@pytest.mark.parametrize("text,fires", [(_CATCH.format("2,000"), False), (_CATCH.format("2,600"), True)])
def test_price_per_tonne_values_the_lead_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a price per tonne beside two tonnages of its own sentence: which one is valued is not said
        "Mills bought 30,000 tonnes of wheat and 12,000 tonnes of barley at £210 a tonne, putting the value of the "
        "grain at £8.8m.",
    ],
)
def test_price_per_tonne_beside_two_tonnages_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a figure each of a stated count holds (F317)

_WARDENS = (
    "Tarn Forest recorded 360,000 visits in the year, up 4 per cent.\n\n"
    "Day visitors accounted for 120,000 visits, or a third of the total.\n\n"
    "The trust employs 40 wardens, each now responsible for about {} visits a year."
)
_TRAWLERS = (
    "Landings of hake at Port Sollan rose 6 per cent to 30,000 tonnes in the season.\n\n"
    "The port's 20 deep-sea trawlers each landed an average of {} tonnes of hake."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the lead total of the rate's counter (not the part beside its share) over the count before `each`
        (_WARDENS.format("9,000"), False),
        (_WARDENS.format("3,000"), True),
        # a measure each unit holds: the lead measure of its unit
        (_TRAWLERS.format("1,500"), False),
        (_TRAWLERS.format("2,500"), True),
    ],
)
def test_figure_each_unit_holds(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # `each` in another clause than the figure: the count is not what the figure is per
        "Tarn Forest recorded 360,000 visits in the year. The trust employs 40 wardens, each on a fixed contract, "
        "and the cafe served 9,000 visits.",
    ],
)
def test_figure_past_the_clause_of_each_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a figure per unit of a count beside it (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the count beside the figure, the total marked as one in the sentences before
        ("내년 급식 예산은 모두 6천억원이다. 급식 대상 학생은 50만명으로, 학생 1인당 연간 120만원꼴이다.", False),
        ("내년 급식 예산은 모두 6천억원이다. 급식 대상 학생은 50만명으로, 학생 1인당 연간 150만원꼴이다.", True),
        ("The meals budget is a total of $900m. It serves 75,000 pupils, about $12,000 per pupil.", False),
        ("The meals budget is a total of $900m. It serves 75,000 pupils, about $15,000 per pupil.", True),
    ],
)
def test_figure_per_unit_of_the_marked_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no total marked: which amount the figure divides is not said
        "내년 급식 예산은 6천억원, 시설비는 900억원이다. 급식 대상 학생은 50만명으로, 학생 1인당 연간 120만원꼴이다.",
    ],
)
def test_figure_per_unit_without_a_marked_total_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- megalitres a day (`Ml/d`), a measure of its own


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Brookfield Water lost 300 Ml/d to leaks, down 25 per cent from 400 Ml/d.", False),
        ("Brookfield Water lost 300 Ml/d to leaks, down 15 per cent from 400 Ml/d.", True),
        ("Brookfield Water lost 300 megalitres a day to leaks, down 25 per cent from 400 Ml/d.", False),
    ],
)
def test_megalitres_a_day_are_one_measure(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        # megalitres a day and kilometres of mains are two measures: no change of one into the other
        "Brookfield Water lost 300 megalitres a day to leaks, down 25 per cent from 400km of mains replaced.",
    ],
)
def test_megalitres_a_day_and_another_measure_are_not_compared(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- a headline's count is none of the body's (F317)

_STORES = (
    "{}\n\n"
    "Brewhouse Coffee ended its year with 1,200 stores, up from 1,110 a year earlier, the chain said.\n\n"
    "Revenue rose 8 per cent to $1.8bn. Sales at older stores rose 4 per cent. Company-owned stores numbered 800 "
    "and franchised ones the rest. Revenue per store averaged about ${}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the headline's count (rounded, or a change) and a count before `and` another noun are no counts of stores
        (_STORES.format("Brewhouse Coffee opens 90 stores, sales up 4%", "1.5m"), False),
        (_STORES.format("Brewhouse Coffee opens 90 stores, sales up 4%", "2.5m"), True),
    ],
)
def test_far_count_past_a_headline(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a first paragraph that is a sentence states a second count of stores: which one is meant is not said
        _STORES.format("Brewhouse Coffee opened 90 stores in the year.", "1.5m"),
    ],
)
def test_far_count_beside_another_of_its_noun_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a count per person (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the one count of people of the rate's sentence over the count of its counter stated before
        ("한빛시 도서관의 올해 대출은 150만권이었다. 인구 30만명으로 나누면 시민 1인당 5권을 빌린 셈이다.", False),
        ("한빛시 도서관의 올해 대출은 150만권이었다. 인구 30만명으로 나누면 시민 1인당 8권을 빌린 셈이다.", True),
        ("Ashby's libraries lent 900,000 books in the year. With 60,000 residents, that is 15 books per head.", False),
        ("Ashby's libraries lent 900,000 books in the year. With 60,000 residents, that is 25 books per head.", True),
    ],
)
def test_count_per_person(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two counts of people before the rate: which one divides is not said
        "한빛시 도서관의 올해 대출은 150만권이었다. 인구 30만명, 회원 12만명 가운데 시민 1인당 5권을 빌린 셈이다.",
    ],
)
def test_count_per_person_beside_two_counts_of_people_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the total named by a word of the figure's (F317)

_PENALTIES = (
    "Ashby Council's parking income totalled £20.0m: parking charges raised £10.0m, penalty notices £8.0m and "
    "permits £2.0m. The council issued 200,000 penalty charge notices during the year. The average penalty paid "
    "worked out at £{} per notice issued."
)
_FUND = (
    "Halden Pension Fund lifted its assets to €12.0bn at the end of June.\n\n"
    "The fund has 80,000 members, which puts its assets at about €{} per member."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_PENALTIES.format("40"), False),
        (_PENALTIES.format("60"), True),
        (_FUND.format("150,000"), False),
        (_FUND.format("250,000"), True),
    ],
)
def test_figure_per_unit_of_the_total_its_words_name(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two earlier figures named by the same word: which one is divided is not said
        "Its assets in bonds rose to €5.0bn and its assets in shares to €7.0bn.\n\n"
        "The fund has 80,000 members, which puts its assets at about €150,000 per member.",
    ],
)
def test_figure_per_unit_with_two_totals_of_its_words_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a yearly count restated per day (F317)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The park drew 3.65 million visitors a year, or about 10,000 a day.", False),
        ("The park drew 3.65 million visitors a year, or about 20,000 a day.", True),
        ("한빛공원 방문객은 연간 365만명, 하루 평균 1만명꼴이다.", False),
        ("한빛공원 방문객은 연간 365만명, 하루 평균 2만명꼴이다.", True),
    ],
)
def test_yearly_count_restated_per_day(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a daily count of another counter: no restatement of the yearly one
        "The park drew 3.65 million visitors a year, with 10,000 cars a day on its roads.",
    ],
)
def test_daily_count_of_another_counter_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a fee's total over the people who pay it (F317)

_FEES = "올해 대회 참가자는 2만명이었다. 참가비는 종목 구분 없이 5만원으로, 참가비 수입은 {}에 이른다."
_BONUS = (
    "투표에는 조합원 4천명이 참여했다. 합의안에는 격려금 300만원 지급이 담겼다. "
    "조합원 전원에게 지급하는 격려금 총액은 {}이다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FEES.format("10억원"), False),
        (_FEES.format("15억원"), True),
        (_BONUS.format("120억원"), False),
        (_BONUS.format("150억원"), True),
    ],
)
def test_fee_total_over_the_people_who_pay_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no count of the people who pay: nothing to multiply
        "참가비는 종목 구분 없이 5만원으로, 참가비 수입은 10억원에 이른다.",
    ],
)
def test_fee_total_with_no_people_counted_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")
