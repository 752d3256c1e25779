"""False alarms of a blind set (twenty-third session), each a rule for a construction:
- a second rate coordinated with a first whose baseline is read only late (`up 10% on the 5,000 of April and 25%
  higher than the 4,400 of a year before`): the second rate was taken for a change of the first baseline, then a level;
  it is the change of the first rate's value from its own figure (checker/link/coordinated_rates.py);
- a sentence opening by restating the figure before as an average over a period (`That is an average of 3,000 a day`)
  and joining a change to it by `and`: the change is of the figure restated, not of the average
  (checker/link/relations.py `_restated_average`);
- the whole of a share set beside a change by a comma or `and` (`인구 12만명의 5.0%로, 지난해 …의 1.5배`, `5.0% of the
  120,000 residents, and 1.5 times …`) is no level the change is of (checker/link/relations.py);
- a bounded rate right after a rate and a verb (`62.0% attended more than 95% of their lessons`) is the bound that
  defines the group, no level a change of points is of (checker/link/relations.py `_threshold_of_a_group`);
- a word of `respectively` before the verb that closes a chain of comparisons (`…보다 20.0%, …보다 25.0% 각각
  줄었다`) signs every size of the chain (checker/link/chained_comparisons.py);
- a figure set after a share of another whole (`About a third of them, 17,000,`) is no misstated whole of a list with
  its rest (checker/link/totals.py);
- a list of `label, figure` items parted by semicolons labels each figure by the words before its comma, and a share's
  subject before an aside (`Parking, which …, brought in 30%`) names one of them
  (checker/link/shares_of_named_members.py);
- a size of one named thing (`the 500 MW Redhill plant`) is no count a figure is per, and a figure per unit of a
  metric is of the lead's total, not of the members of its breakdown (checker/link/per_unit_apart.py);
- a share whose subject names the label of one of a run of labelled lines (`First: £200,000` …) is of that line; a
  line's figure each of several has is no part (checker/link/shares_of_labelled_lines.py);
- `tons` in an article that weighs goods in pounds are short tons (checker/extract/quantities.py);
- a price and total whose clause names the period before (`last year`) value the lead measure's prior of that period
  (checker/link/unit_prices.py);
- a mark's noun qualified by a word (`유료 관람객 1인당`, `per paying visitor`) is per the count whose own noun is so
  qualified (checker/link/per_unit_apart.py);
- `10명 중 7명인 700명`: a figure restated by the one after it (`인`, `, or`) is no list of two parts
  (checker/link/totals.py);
- a figure per one unit (`사업 1건당 평균 5천만원꼴`) is never the next period's level a change from a total's prior is
  of (checker/link/relations.py `_value_of_next_period`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, claims, rule_result
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `up 10% on the 5,000 … and 25% higher than the 4,400`

_FERRY = (
    "Ferry crossings at Lindport reached 5,530 in May, up 10.6% on the 5,000 of April and {rate} higher than the 4,400 "
    "of May last year."
)
_SHIPS = (
    "Carrow Port handled 2,436 ships in the year, up 21.8% on the 2,000 it handled the year before and {rate} "
    "above the 1,600 of its first year."
)
_OPERATIONS = (
    "There were 1,210 operations between April and June, up 8.2% on the 1,118 of the previous quarter and {rate} "
    "higher than the 996 of the same quarter of 2025."
)
_SEASON = (
    "The Moorvale trail logged 2,613 walkers, up 4.5% on the 2,500 of last season but {rate} below the 2,826 of "
    "its best year."
)


@pytest.mark.parametrize(
    "text,held,broken",
    [(_FERRY, "25.7%", "35%"), (_SHIPS, "52.3%", "60%"), (_OPERATIONS, "21.5%", "30%"), (_SEASON, "7.5%", "15%")],
)
def test_a_second_rate_after_a_first_baseline_on_the_figure(knowledge, text, held, broken):
    assert_checked(knowledge, text.format(rate=held), "F301", False)
    assert_checked(knowledge, text.format(rate=broken), "F301", True)


def test_a_rate_of_another_clause_is_no_second_rate_of_the_value(knowledge):
    text = "Ferry crossings reached 5,530 in May, up 10.6% on the 5,000 of April, and fuel costs rose 25% to £440,000."
    links = change_links(text, knowledge)
    assert links["10.6%"] == ("5,530", "5,000")
    assert links["25%"][0] not in ("5,530", "5,000")


# ---------------------------------------------------------------- `That is an average of 3,000 a day and 20% more than`

_FAIR = (
    "The Kelso food fair drew 12,000 visitors over four days.\n\nThat is an average of 3,000 a day and {rate} "
    "more than last year's 9,600."
)
_LIBRARY = (
    "The Pinewood library lent 10,000 books over 20 weeks.\n\nThis was an average of 500 a week and {rate} more "
    "than last year's 8,300."
)
_LOANS = (
    "The Pinewood library lent 10,400 books over 52 weeks.\n\nIt is an average of 200 a week and {rate} more "
    "than last year's 8,300."
)


@pytest.mark.parametrize(
    "text,held,broken", [(_FAIR, "25%", "40%"), (_LIBRARY, "20.5%", "30%"), (_LOANS, "25.3%", "30%")]
)
def test_a_change_joined_to_a_restated_average_is_of_the_figure_before(knowledge, text, held, broken):
    assert_checked(knowledge, text.format(rate=held), "F301", False)
    assert_checked(knowledge, text.format(rate=broken), "F301", True)


def test_an_average_opening_no_restatement_keeps_its_change(knowledge):
    # (no anaphoric opening: the sentence's own average is what rose)
    text = (
        "The Kelso fair drew 12,000 visitors.\n\nStalls sold an average of 3,000 a day and 20% more than last "
        "year's 2,500."
    )
    assert change_links(text, knowledge)["20%"][0] == "3,000"


# ---------------------------------------------------------------- `인구 12만명의 5.0%로, 지난해 …의 1.5배`


def test_the_whole_of_a_share_beside_a_multiple_is_not_its_level_ko(knowledge):
    text = "주민 투표에는 6,000명이 참여했다. 구 인구 12만명의 5.0%로, 지난해 4,000명의 1.5배로 늘었다."
    assert change_links(text, knowledge)["1.5배"][0] != "12만명"


def test_the_whole_of_a_share_beside_a_multiple_is_not_its_level_en(knowledge):
    text = "Some 6,000 people voted. That was 5.0% of the 120,000 residents, and 1.5 times last year's 4,000."
    assert change_links(text, knowledge).get("1.5 times", (None,))[0] != "120,000 residents"


def test_a_whole_a_relative_clause_moves_is_still_changed(knowledge):
    text = "Exports came to $6.0bn, 5.0% of the $120.4bn economy, which grew 3.1% from $116.8bn."
    assert change_links(text, knowledge)["3.1%"] == ("$120.4bn", "$116.8bn")


def test_a_level_the_share_is_of_rises_beside_its_whole(knowledge):
    text = "Turnout was 6,000, 5.0% of the 120,000 residents, and rose 50% from 4,000."
    assert change_links(text, knowledge)["50%"] == ("6,000", "4,000")


def test_a_level_before_a_share_of_its_own_is_still_changed(knowledge):
    # (the share is no level of the subject set beside the change: no comma joins them)
    text = "수출은 5억달러로 전체의 40%를 차지했고 지난해 4억달러보다 25% 늘었다."
    assert change_links(text, knowledge)["25%"][0] == "5억달러"


# ---------------------------------------------------------------- `62.0% attended more than 95% of their lessons`

_PUPILS = (
    "Of the county's 9,000 pupils, 62.0% attended more than 95% of their lessons this year, against 58.5% a year "
    "earlier, a rise of {points} percentage points."
)
_MEMBERS = (
    "In the club, 41.0% of members voted in at least 80% of the ballots, against 44.0% a year earlier, a fall of "
    "{points} percentage points."
)
_STAFF = (
    "Among the firm's 2,000 staff, 37.5% worked from home on more than 60% of days this year, against 33.0% a year "
    "before, a rise of {points} percentage points."
)


@pytest.mark.parametrize(
    "text,held,broken", [(_PUPILS, "3.5", "4.5"), (_MEMBERS, "3.0", "5.0"), (_STAFF, "4.5", "6.0")]
)
def test_a_bounded_rate_that_defines_the_group_is_no_level(knowledge, text, held, broken):
    assert_checked(knowledge, text.format(points=held), "F308", False)
    assert_checked(knowledge, text.format(points=broken), "F308", True)


def test_a_bounded_rate_of_its_own_clause_is_a_level(knowledge):
    text = (
        "Dunmore recycled 48.0%, while Eastby recycled more than 60% of its waste, against 52.0% a year earlier, "
        "a rise of 8 percentage points."
    )
    assert change_links(text, knowledge)["8 percentage points"][0] == "more than 60%"


# ---------------------------------------------------------------- `…보다 20.0%, …보다 25.0% 각각 줄었다`

_CHAIN = (
    "한결식품의 3분기 매출은 1,234억원으로 직전 분기(1,542억원)보다 20.0%, 지난해 3분기(1,645억원)보다 {rate} "
    "각각 줄었다."
)


@pytest.mark.parametrize("rate,fires", [("25.0%", False), ("30.0%", True)])
def test_a_chain_closed_by_respectively_and_a_verb(knowledge, rate, fires):
    assert_checked(knowledge, _CHAIN.format(rate=rate), "F301", fires)


def test_the_first_size_of_a_chain_closed_by_respectively_falls(knowledge):
    links = change_links(_CHAIN.format(rate="25.0%"), knowledge, direction=True)
    assert links["20.0%"] == ("1,234억원", "1,542억원", -1)


# ---------------------------------------------------------------- `About a third of them, 17,000,`


def test_a_figure_after_a_share_of_another_whole_is_no_misstated_whole(knowledge):
    text = (
        "Organisers sold 50,000 tickets for the Harrow festival. About a third of them, 17,000, went to children.\n\n"
        "Online sales are growing. There were 20,000 of them, up from 15,000. "
        "Box offices sold the other 30,000."
    )
    # (s47: `20,000 of them … the other 30,000` are read as parts of the lead's 50,000, which holds; the share's
    # 17,000 is no whole of them, misstated or not)
    result = rule_result(knowledge, text, "F302")
    assert not result.findings, [f.message for f in result.findings]
    assert not any("17,000" in p.message for p in result.passed), [p.message for p in result.passed]


# ------------------------------------------------------------- `parking, $30 million; … Parking, which …, brought in`

_LINES = (
    "Dunmore Airport said revenue rose to $100 million in the year.\n\n"
    "Revenue by line: parking, $30 million; retail, $50 million; tolls, $20 million. Parking, which drivers pay by "
    "the hour at the short-stay lots, brought in {rate} of the total."
)


@pytest.mark.parametrize("rate,fires", [("30%", False), ("45%", True)])
def test_a_share_of_the_labelled_item_its_subject_names(knowledge, rate, fires):
    assert_checked(knowledge, _LINES.format(rate=rate), "F503", fires)


def test_a_share_whose_subject_names_another_label_in_the_list(knowledge):
    text = _LINES.format(rate="50%").replace("Parking, which drivers pay by", "Retail, which travellers pay by")
    assert_checked(knowledge, text, "F503", False)


# ---------------------------------------------------------------- `the 500 MW Redhill plant`; a breakdown's members

_FLEET = (
    "Harlow Power said quarterly revenue rose to $100 million from $60 million.\n\n"
    "Revenue by line: power sales, $60 million; services, $40 million.\n\n"
    "Fleet capacity reached 2,000 megawatts at the end of June, after the 500 MW Redhill plant opened. "
    "Quarterly revenue came to about {each} per megawatt."
)


@pytest.mark.parametrize("each,fires", [("$50,000", False), ("$80,000", True)])
def test_a_figure_per_unit_over_the_fleet_not_a_named_plant(knowledge, each, fires):
    assert_checked(knowledge, _FLEET.format(each=each), "F317", fires)


# ---------------------------------------------------------------- `First: £200,000` lines

_PRIZES = (
    "The prize pot rose to £500,000 this year. The breakdown:\n"
    "First: £200,000\n"
    "Second: £100,000\n"
    "Quarter-finalists: £25,000 each\n\n"
    "{subject}, {rate} of the whole pot, is twice the second prize."
)


@pytest.mark.parametrize("rate,fires", [("40%", False), ("30%", True)])
def test_a_share_of_the_labelled_line_its_subject_names(knowledge, rate, fires):
    assert_checked(knowledge, _PRIZES.format(subject="The first prize", rate=rate), "F503", fires)


def test_a_figure_each_of_several_has_is_no_part_of_the_pot(knowledge):
    assert_not_checked(knowledge, _PRIZES.format(subject="The cheque", rate="30%"), "F503")


# ---------------------------------------------------------------- short tons where goods weigh in pounds

_HAZEL = (
    "Growers forecast the hazelnut crop at 50,000 tons.\n\nBearing orchards cover 40,000 acres, which puts the "
    "expected yield at {each} pounds an acre."
)
_WALNUT = (
    "The 2026 walnut crop is forecast at 45,000 tons. Orchards in production cover 36,000 acres, which puts the yield "
    "at {each} pounds an acre."
)


@pytest.mark.parametrize("text,held,broken", [(_HAZEL, "2,500", "2,750"), (_WALNUT, "2,500", "2,200")])
def test_tons_are_short_tons_where_a_crop_yields_pounds_an_acre(knowledge, text, held, broken):
    assert_checked(knowledge, text.format(each=held), "F317", False)
    assert_checked(knowledge, text.format(each=broken), "F317", True)


@pytest.mark.parametrize(
    "text",
    [
        "The port of Carrow handled 50,000 tons of cargo in May.",
        "Mills crushed 50,000 tons of cane as the harvest ended, and the crop fetched record prices.",
        "Hauliers moved 50,000 tons of grain at £4.10 a pound of freight.",
    ],
)
def test_tons_stay_tonnes_where_nothing_is_weighed_in_pounds(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["50,000 tons"].value == pytest.approx(50_000_000)


# ---------------------------------------------------------------- `$2.00 a pound last year … the 2025 crop worth`

_CROP = (
    "Growers forecast the 2026 crop at 50,000 tons, up from last year's 40,000 tons. Orchards cover 40,000 acres, "
    "which puts the expected yield at 2,500 pounds an acre.\n\n"
)
_PRICE = (
    _CROP + "Growers were paid an average of $2.00 a pound last year, which made the 2025 crop worth about {total}."
)


@pytest.mark.parametrize("total,fires", [("$160 million", False), ("$200 million", True)])
def test_a_price_of_the_period_before_values_that_periods_measure(knowledge, total, fires):
    assert_checked(knowledge, _PRICE.format(total=total), "F317", fires)


def test_a_period_after_a_figure_dates_that_figure_not_the_price(knowledge):
    text = _CROP + (
        "The average price is $2.00 a pound, down 9% from $2.20 last year, which puts the gross value of the crop at "
        "about {total}."
    )
    assert_checked(knowledge, text.format(total="$200 million"), "F317", False)
    assert_checked(knowledge, text.format(total="$160 million"), "F317", True)


# ---------------------------------------------------------------- `유료 관람객 1인당`

_PAID = (
    "관람객 구성을 보면 유료 관람객이 6만명, 무료 관람객이 4만명이었다. 20대가 3만명으로 가장 많았다.\n\n"
    "입장료 수입은 6억원으로, 유료 관람객 1인당 평균 {each}꼴이다."
)


@pytest.mark.parametrize("each,fires", [("1만원", False), ("1만5천원", True)])
def test_a_mark_of_a_qualified_noun_is_per_the_count_so_qualified(knowledge, each, fires):
    assert_checked(knowledge, _PAID.format(each=each), "F317", fires)


def test_a_group_within_the_qualified_noun_is_no_count_of_it(knowledge):
    text = "등록 회원 중 여성은 3만명, 남성은 2만명이었다.\n\n운영 예산은 10억원으로, 등록 회원 1인당 5만원꼴이다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `10명 중 7명인 700명`


def test_a_ratio_restated_as_a_count_is_no_list(knowledge):
    text = "올해 장학생은 1,000명이다. 장학생 10명 중 7명인 700명이 저소득층 가정 학생이다."
    assert_not_checked(knowledge, text, "F302")


def test_a_list_after_its_total_still_adds_up(knowledge):
    assert_checked(knowledge, "올해 장학생 1,000명 중 대학생은 600명, 고등학생은 400명이다.", "F302", False)


# ---------------------------------------------------------------- `사업 1건당 평균 5천만원꼴` after a change


_BUDGET = (
    "구는 주민 사업 80건을 확정했다.\n\n예산 규모는 올해 32억4천만원보다 {change}, 25.0% 늘었다. "
    "내년 예산은 40억5천만원으로, 사업 1건당 평균 5천만원꼴이다."
)


@pytest.mark.parametrize("change,fires", [("8억1천만원", False), ("9억1천만원", True)])
def test_the_next_periods_level_beside_a_figure_per_one_unit(knowledge, change, fires):
    assert_checked(knowledge, _BUDGET.format(change=change), "F305", fires)


def test_a_figure_per_one_unit_is_no_next_periods_level(knowledge):
    text = (
        "구는 내년 주민 사업 80건에 40억원을 쓴다.\n\n예산 규모는 올해 32억원보다 8억원, 25.0% 늘었다. 사업 "
        "1건당 평균 5천만원꼴이다."
    )
    assert_not_checked(knowledge, text, "F305")
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- near-misses of the rules above

_ZOO = (
    "The zoo had 80,000 paying visitors and 20,000 free ones. Children numbered 30,000.\n\n"
    "Ticket revenue was $1.6 million, or {each} per paying visitor."
)


@pytest.mark.parametrize("each,fires", [("$20", False), ("$25", True)])
def test_a_count_named_with_its_qualifier_after_it(knowledge, each, fires):
    assert_checked(knowledge, _ZOO.format(each=each), "F317", fires)


def test_an_average_whose_own_change_follows_it(knowledge):
    # (`up` after a comma, not `and`: the average's own change, from an average of last year)
    text = (
        "The Kelso fair drew 12,000 visitors over four days.\n\n"
        "That is an average of 3,000 a day, up 20% from last year's 2,500 a day."
    )
    assert change_links(text, knowledge)["20%"] == ("3,000", "2,500")


def test_a_share_of_the_last_labelled_line_its_subject_names(knowledge):
    text = (
        "The prize pot rose to £500,000 this year. The breakdown:\nFirst: £200,000\nSecond: £100,000\n"
        "Third: £40,000\n\nThe cheque for third place, {rate} of the whole pot, was presented by the mayor."
    )
    assert_checked(knowledge, text.format(rate="8%"), "F503", False)
    assert_checked(knowledge, text.format(rate="12%"), "F503", True)
