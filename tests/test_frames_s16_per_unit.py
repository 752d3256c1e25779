"""Figures per unit (sixteenth session, checker/link/per_unit_apart.py and checker/link/partners.py): the count is
the units' own (not one line of their breakdown, not the `one` of another sentence's mark), the total what those
units took.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a unit of measure names no one line of a breakdown

# `$4,000 a tonne` of the whole crop: `tonne` names every tonnage, the rest-of-region line as much as the total
_CROP = (
    "Growers in the valley picked 90,000 tonnes of pears this season, up from 80,000 tonnes. Northvale produced "
    "50,000 tonnes, Eastmere 28,000 tonnes and the rest of the region 12,000 tonnes. The farm-gate value of the "
    "crop was $360 million, or {per} a tonne, the growers' board said."
)


@pytest.mark.parametrize("text,fires", [(_CROP.format(per="$4,000"), False), (_CROP.format(per="$5,000"), True)])
def test_a_unit_of_measure_names_no_line_of_the_breakdown(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- the `one` of another sentence's mark

# `관람객 한 명당`: the `한 명` of an earlier sentence's mark counts no visitors; the visitors are 50만명
_GALLERY = (
    "새솔미술관은 올해 관람객 50만명을 맞았다. 기획전 입장료 수입은 6억원으로 관람객 한 명당 1,200원꼴이다. "
    "미술관 운영비는 연간 80억원으로 관람객 1인당 {per}이 든 셈이다."
)


@pytest.mark.parametrize(
    "text,fires", [(_GALLERY.format(per="1만6,000원"), False), (_GALLERY.format(per="1만9,000원"), True)]
)
def test_the_one_of_another_sentences_mark_is_no_count(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a span of periods is no count of things

# `after two lean years`: the lead counts years, not the kayaks an average of `each` is per
_KAYAKS = (
    "Fjordcraft said revenue rose 8% to $120 million in the year to March as demand returned after two lean "
    "years. Sales of its touring kayaks came to $48 million, at an average of {per} each."
)


@pytest.mark.parametrize("per", ["$2,400", "$24 million"])
def test_a_count_of_years_is_no_count_of_units(knowledge, per):
    assert_not_checked(knowledge, _KAYAKS.format(per=per), "F317")


# the lead's count of things still is (`sold 20,000 kayaks`)
_KAYAKS_SOLD = (
    "Fjordcraft sold 20,000 kayaks in the year to March, after two lean years. Sales came to $48 million, at an "
    "average of {per} each."
)


@pytest.mark.parametrize(
    "text,fires", [(_KAYAKS_SOLD.format(per="$2,400"), False), (_KAYAKS_SOLD.format(per="$3,100"), True)]
)
def test_the_leads_count_of_things_is_the_count_of_each(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- the topic before a figure is its metric

# `순이익은 30억원으로 매출 대비 …`: the profit is no revenue, so the revenue per booking divides the 300억원
_WEDDINGS = (
    "연회장 운영사 한빛홀은 3분기 매출이 300억원으로 1년 전보다 10% 늘었다고 밝혔다. 순이익은 30억원으로 "
    "매출 대비 순이익률은 10%다. 3분기 연회 예약은 1,500건이었다. 예약 1건당 매출은 평균 {per}이다."
)


@pytest.mark.parametrize(
    "text,fires", [(_WEDDINGS.format(per="2,000만원"), False), (_WEDDINGS.format(per="2,600만원"), True)]
)
def test_the_topic_before_a_figure_is_its_metric(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- an average price per unit: the lead's takings

# `톤당 평균 단가는`: an average price is the takings the lead states divided by the units its sentence counts
_EXPORTS = (
    "수산 가공업체 한결수산의 올해 상반기 수출액이 3억달러로 반기 기준 최대를 기록했다. 1년 전보다 20% 늘었다. "
    "지역별로는 미국이 절반을 차지했다. 상반기 선적량은 5만톤이고 톤당 평균 단가는 {per}였다."
)


@pytest.mark.parametrize(
    "text,fires", [(_EXPORTS.format(per="6,000달러"), False), (_EXPORTS.format(per="9,000달러"), True)]
)
def test_an_average_price_per_tonne_divides_the_leads_takings(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# the units' own line of the takings (`소파 매출이 600억원`, the sofas counted `소파는 4만개로`), not the whole revenue
_SOFAS = (
    "가구업체 누리홈은 3분기 매출 1,000억원, 영업이익 80억원을 기록했다고 밝혔다. 매출은 지난해보다 8% 늘었다. "
    "제품별로는 소파 매출이 600억원, 식탁이 400억원이었다. 소파는 4만개가 팔렸고, 개당 평균 가격은 {per}이었다."
)


@pytest.mark.parametrize("text,fires", [(_SOFAS.format(per="150만원"), False), (_SOFAS.format(per="200만원"), True)])
def test_an_average_price_divides_the_units_own_line(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# `at an average wholesale price of $2.00 a crate`, `the average price per lot`: the same in English
_CRATES = (
    "Harbour Farms said on Monday its sales rose 6% to $90 million in the year to June. It sold 45 million crates of "
    "apples, up from 43 million, at an average wholesale price of {per} a crate."
)
_LOTS = (
    "The Tarrant Wool Exchange said wool sold at its spring auctions fetched $1.5 billion, up 9% from a year "
    "earlier. The exchange sold 1.2 million lots, up from 1.1 million, and the average price per lot rose to "
    "{per}."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CRATES.format(per="$2.00"), False),
        (_CRATES.format(per="$2.60"), True),
        (_LOTS.format(per="$1,250"), False),
        (_LOTS.format(per="$1,600"), True),
    ],
)
def test_an_average_price_per_unit_in_english(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# a price set per unit, no average: no total divides to it
@pytest.mark.parametrize(
    "text",
    [
        "한결수산의 올해 상반기 수출액이 3억달러로 집계됐다. 수출 물량은 5만톤으로, 톤당 계약 단가는 8,000달러다.",
        "Harbour Farms said its sales rose to $90 million in the year. It sold 45 million crates, at a contract price "
        "of $3.00 a crate.",
    ],
)
def test_a_price_set_per_unit_is_no_average(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a daily average after the sentence of its run

# `The show ran for 12 days, …, an average of … a day`: the span its own sentence writes first is the total's run
_SHOW = (
    "The Harlow Show drew 96,000 visitors this year, up 4% from 92,300 in 2025, its board said. The show ran for "
    "12 days, from July 3 to July 14, an average of {avg} visitors a day."
)


@pytest.mark.parametrize("text,fires", [(_SHOW.format(avg="8,000"), False), (_SHOW.format(avg="9,500"), True)])
def test_a_daily_average_in_the_sentence_of_the_run(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)


# the span written after the average is another span's (`in the last 12 days`): no restatement of the total
def test_a_span_after_the_average_is_no_run_of_the_total(knowledge):
    text = (
        "The Harlow Show drew 96,000 visitors this year, its board said. Crowds averaged 9,500 visitors a day in the "
        "last 12 days."
    )
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- a count per day is no count of units

# `하루 평균 약 140만 상자`: a rate per day between the year's boxes and the price per box, no count of the boxes
_PARCELS = (
    "한빛택배가 지난해 처리한 물량은 5억 상자로 전년보다 5% 늘었다. 하루 평균 약 140만 상자를 나른 셈이다. "
    "매출은 1조5,000억원으로, 상자당 평균 단가는 {per}이었다."
)


@pytest.mark.parametrize(
    "text,fires", [(_PARCELS.format(per="3,000원"), False), (_PARCELS.format(per="3,600원"), True)]
)
def test_a_count_per_day_is_no_count_of_units(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a counter of works as the noun a price is per

# `한 점당`: the works counted `1,500점`, the lead's sum of the sales
_AUCTION = (
    "경매회사 한솔옥션의 상반기 낙찰총액은 300억원이다. 1년 전보다 12% 늘었다. 새 주인을 찾은 작품은 1,500점이다. "
    "작품 한 점당 평균 가격은 {per}이다."
)


@pytest.mark.parametrize(
    "text,fires", [(_AUCTION.format(per="2,000만원"), False), (_AUCTION.format(per="2,600만원"), True)]
)
def test_a_counter_of_works_is_the_noun_a_price_is_per(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)
