"""Near-misses of this session's rules found on invented clean copy, each rule narrowed to its construction
(twenty-second session, review round one):

- a figure right before a parts opener (`이 가운데`) is the whole only when it is the one amount of its unit in its
  sentence so far; an earlier figure the sentence's level is compared with hands the whole back to that level
  (`관람객은 6만4천명으로 지난해 5만명보다 늘었고 이 가운데`), and beside another amount of its unit (a list:
  `매출은 600억원, 순이익은 60억원이었고 이 가운데`) it is no whole (checker/link/shares.py, `_whole_before_opener`);
- a price per a unit of measure is the sales per the lead's measure only when named as a sales price
  (`[link.sales_price_nouns]`: `위판가격`, `산지 가격`) or named by no noun (`소매 가격`, `가공비`, `도매가격` are
  other prices), and when no topic of its own stands between the sales and the price (`…으로, 수꽃게는 ㎏당`);
- the sales are the lead's only when the words qualifying their noun are in the lead's sentence (a season's noun,
  `[link.catch_season_nouns]`, aside): `건조 오징어 판매액`, `군산 수협 위판액`, `오징어와 문어를 합친 위판액`,
  `편의점 판매액` are another pool's; and not when a smaller measure of the lead's unit is said to have been sold
  (`이 중 900톤이 위판장에서 팔렸다`, `[link.sold_measure_words]`): the sales are of those
  (checker/link/per_unit_apart.py, `_lead_measure_of_price`, `_names_a_part`);
- a figure appended per a noun after a count's comma (`1,800 drivers across 40 depots, about 45 a depot`) or per a
  day after a total's (`45,000 visitors over the five days, about 9,000 a day`) restates it only when its clause
  closes right after the noun (or after a span naming the whole span: `a day over the five days`) and no maximum
  opens it (`[link.maximum_hedges]`): `some 70 a depot in the towns`, `30 a hall on the upper floor`, `as much as 80
  a county`, `some 15,000 a day at the weekend` are a part's figures or a peak (checker/extract/quantities.py,
  checker/link/counts_per_unit.py, checker/link/span_averages.py);
- an appended average per units counted in another sentence is not over that count when the total's sentence names
  the units' noun with a qualifying word, not a determiner (`[link.unit_noun_determiners]`): `The Scottish homes
  have 2,400 beds, about 70 a home` after `60 care homes, 35 of them in Scotland` (checker/link/counts_per_unit.py);
- a margin after the paragraph stating its base's figures is theirs only when no comma-set phrase opens its sentence
  (`At its Pelham plant, revenue rose …, leaving a net margin of 8%`) and, in a sentence of its own, no figure, year
  or word of another base stands before it (`[link.rate_other_base_marks]`: `The sector average net margin`, `Ten
  years ago the net margin`) (checker/link/margin_bases.py, `_follows_its_base`); a rate whose own clause, before
  it, says so (`업계 평균 영업이익률은`, `3년 전 영업이익률은`; an earlier rate dated so, `1년 전 9.3%에서`,
  aside) is no rate of the article's figures on any path (`_of_another_base`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _no_alarm(knowledge, text: str, *rules: str) -> None:
    result = findings(knowledge, document(text), select=list(rules), show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- `W였고 이 가운데 P`: the whole before the opener


@pytest.mark.parametrize(
    "text",
    [
        # the level compared with last year's figure is the whole, not last year's figure
        "올해 관람객은 6만4천명으로 지난해 5만명보다 늘었고 이 가운데 어린이가 1만6천명으로 전체의 25%였다.",
        "수주액은 840억원으로 지난해 700억원보다 늘었고 이 가운데 해외 수주가 210억원으로 25%를 차지했다.",
    ],
)
def test_a_compared_figure_before_the_opener_hands_the_whole_to_its_level(knowledge, text):
    assert_checked(knowledge, text, "F503", False)


def test_a_listed_amount_before_the_opener_is_no_whole(knowledge):
    # (sales and profit listed: which one the exports are of is not said; never the profit)
    text = "올해 매출은 600억원, 순이익은 60억원이었고 이 가운데 수출이 240억원으로 40%를 차지했다."
    _no_alarm(knowledge, text, "F503", "F504")


@pytest.mark.parametrize("rate,fires", [("75%", False), ("70%", True)])
def test_the_one_amount_before_the_opener_stays_the_whole(knowledge, rate, fires):
    text = f"전시는 400회였고 이 가운데 300회가 매진돼 전체의 {rate}를 차지했다."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- a price per ㎏ of the lead's catch

_CATCH = (
    "바닷골 오징어 3,000톤…작년보다 20% 늘어\n\n"
    "바닷골 앞바다의 올해 가을 오징어 어획량이 3,000톤으로 집계됐다. 지난해 2,500톤보다 20% 늘었다.\n\n"
    "월별로는 9월 800톤, 10월 1,300톤, 11월 900톤이었다.{between} 선장들은 물때가 좋았다고 말했다.\n\n"
    "조합 관계자는 겨울에도 조업이 이어질 것으로 봤다. 휴어기는 1월부터 한 달이다. "
    "어민들은 기름값을 걱정했다.\n\n"
    "{last}"
)


def _catch(last: str, between: str = "") -> str:
    return _CATCH.format(between=between, last=last)


@pytest.mark.parametrize("each,fires", [("2만", False), ("3만", True)])
def test_a_sales_price_named_as_one_is_per_the_lead_measure(knowledge, each, fires):
    text = _catch(f"가을 어기 위판액은 600억원이었다. ㎏당 평균 위판가격은 {each}원으로 지난해보다 올랐다.")
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "last",
    [
        # the price of something else than the sales: a shop price, a cost, another market's price
        "가을 어기 위판액은 600억원이었다. ㎏당 평균 소매 가격은 3만원으로 지난해보다 올랐다.",
        "가을 어기 위판액은 600억원이었다. ㎏당 평균 가공비는 5천원으로 추산된다.",
        "가을 어기 위판액은 600억원이었다. 부산 공판장의 ㎏당 평균 도매가격은 2만8천원이었다.",
        # a topic of its own between the sales and the price: one kind's price
        "가을 어기 위판액은 600억원으로, 대형 오징어는 ㎏당 평균 2만8천원꼴이다.",
    ],
)
def test_another_price_per_kilogram_is_not_the_sales_per_the_catch(knowledge, last):
    assert_not_checked(knowledge, _catch(last), "F317")


@pytest.mark.parametrize(
    "last",
    [
        # sales qualified by words the lead does not say: a processed kind, one co-op, a larger pool, a channel
        "건조 오징어 판매액은 450억원으로, ㎏당 평균 3만원꼴이다.",
        "군산 수협 위판액은 450억원으로, ㎏당 평균 3만원꼴이다.",
        "오징어와 문어를 합친 위판액은 900억원으로, ㎏당 평균 3만원꼴이다.",
        "편의점 판매액은 150억원으로, ㎏당 평균 5만원꼴이다.",
        "위판액은 600억원이었다. 인터넷 판매액은 60억원으로, ㎏당 평균 5만원꼴이다.",
        # last year's sales, not this catch's
        "지난해 위판액은 500억원으로, ㎏당 평균 2만5천원꼴이었다.",
    ],
)
def test_sales_qualified_otherwise_than_the_lead_are_not_its_sales(knowledge, last):
    assert_not_checked(knowledge, _catch(last), "F317")


def test_sales_after_a_smaller_measure_sold_are_not_the_leads(knowledge):
    # (900 tonnes sold: the sales are over those, not over the 3,000 tonnes caught)
    text = _catch("위판액은 450억원으로, ㎏당 평균 5만원꼴이다.", between=" 이 중 900톤이 위판장에서 팔렸다.")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `…, about 60 a station`: the clause ends there


@pytest.mark.parametrize(
    "each,fires",
    [("about 45 a depot", False), ("about 45 a depot, the society said", False), ("about 55 a depot", True)],
)
def test_an_appended_average_whose_clause_ends_restates_the_count(knowledge, each, fires):
    text = f"The Eastbrook society has 1,800 drivers across 40 depots, {each}."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a part's figure or a peak: the clause runs on past the noun, or a maximum opens it
        "The Eastbrook society has 1,800 drivers across 40 depots, some 70 a depot in the towns.",
        "The Eastbrook society has 1,800 drivers across 40 depots, nearly 90 a depot at the busiest.",
        "The gallery shows 2,600 prints in 20 halls, 30 a hall on the upper floor.",
        "The firm runs 500 kiosks in 10 counties, as much as 80 a county.",
    ],
)
def test_an_appended_figure_of_a_part_or_a_peak_is_no_average(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("about 9,000 a day", False), ("about 12,000 a day", True)])
def test_an_appended_daily_figure_whose_clause_ends_restates_the_total(knowledge, each, fires):
    text = f"The Hollins show drew 45,000 visitors over the five days, {each}."
    assert_checked(knowledge, text, "F312", fires)


def test_an_appended_daily_figure_over_the_whole_span_restates_the_total(knowledge):
    text = "The Hollins show drew 45,000 visitors in June, about 12,000 a day over the five days."
    assert_checked(knowledge, text, "F312", True)


@pytest.mark.parametrize(
    "text",
    [
        "The Hollins show drew 45,000 visitors over the five days, some 15,000 a day at the weekend.",
        "The Hollins show drew 45,000 visitors over the five days, as much as 15,000 a day at its peak.",
    ],
)
def test_an_appended_daily_figure_of_part_of_the_span_is_no_average(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- a margin after the paragraph of its base

_PROFIT = "Corran Foods' net profit fell to $9.0 million in the year to March.\n\n"


@pytest.mark.parametrize("rate,fires", [("7.5%", False), ("9.5%", True)])
def test_a_margin_left_by_the_revenue_is_over_it(knowledge, rate, fires):
    text = _PROFIT + f"Revenue rose to $120.0 million from $110.0 million, leaving a net margin of {rate}."
    assert_checked(knowledge, text, "F318", fires)


@pytest.mark.parametrize(
    "last",
    [
        # another unit's revenue, set before the sentence's figures
        "At its Pelham plant, revenue rose to $40.0 million, leaving a net margin of 8.0%.",
        # an industry's average, an earlier year's margin
        "Revenue rose to $120.0 million from $110.0 million. The sector average net margin was 8.5%.",
        "Revenue rose to $120.0 million from $110.0 million. Ten years ago the net margin was 8.5%.",
        "Revenue rose to $120.0 million from $110.0 million. In 2019 the net margin was 8.5%.",
    ],
)
def test_a_margin_of_another_scope_after_the_revenue_is_not_over_it(knowledge, last):
    assert_not_checked(knowledge, _PROFIT + last, "F318")


# ---------------------------------------------------------------- the units' noun qualified in the total's sentence


@pytest.mark.parametrize("each,fires", [("about 50", False), ("about 70", True)])
def test_an_average_per_the_units_named_whole_divides_by_their_count(knowledge, each, fires):
    text = f"Brantmoor runs 60 care homes.\n\nIts homes have 3,000 beds, {each} a home."
    assert_checked(knowledge, text, "F317", fires)


def test_an_average_per_a_kind_of_the_units_is_not_over_their_count(knowledge):
    # (the Scottish homes are 35 of the 60: the beds are theirs, not the estate's)
    text = (
        "Brantmoor runs 60 care homes, 35 of them in Scotland.\n\nThe Scottish homes have 2,400 beds, about 70 a home."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("2만원", False), ("3만원", True)])
def test_sales_qualified_by_the_leads_own_words_are_its_sales(knowledge, each, fires):
    # (`올해 오징어`: words the lead's sentence says; a season's noun, `가을 어기`, names the lead's season)
    assert_checked(knowledge, _catch(f"올해 오징어 위판액은 600억원으로, ㎏당 평균 {each}꼴이다."), "F317", fires)


@pytest.mark.parametrize("each,fires", [("2만원", False), ("3만원", True)])
def test_a_smaller_measure_not_said_sold_leaves_the_sales_the_leads(knowledge, each, fires):
    between = " 이 중 900톤은 냉동 창고에 보관됐다."
    text = _catch(f"가을 어기 위판액은 600억원으로, ㎏당 평균 {each}꼴이다.", between=between)
    assert_checked(knowledge, text, "F317", fires)


def test_a_margin_beside_an_average_after_it_stays_the_companys(knowledge):
    # (the average's words after the rate name the other figure, not this one)
    last = (
        "Revenue rose to $120.0 million from $110.0 million. The net margin was 7.5%, above the sector average of 6.0%."
    )
    assert_checked(knowledge, _PROFIT + last, "F318", False)


_KO_PROFIT = "가온전자의 3분기 영업이익은 36억원이었다.\n\n매출은 480억원으로 지난해 450억원보다 늘었다. {last}"


@pytest.mark.parametrize("rate,fires", [("7.5%", False), ("9.5%", True)])
def test_a_korean_margin_after_its_base_is_over_it(knowledge, rate, fires):
    assert_checked(knowledge, _KO_PROFIT.format(last=f"영업이익률은 {rate}다."), "F307", fires)


@pytest.mark.parametrize("last", ["업계 평균 영업이익률은 9.5%다.", "3년 전 영업이익률은 9.5%였다."])
def test_a_korean_margin_of_another_base_is_not_over_it(knowledge, last):
    assert_not_checked(knowledge, _KO_PROFIT.format(last=last), "F307")
