"""Per-unit rules narrowed to the constructions they were written for (twenty-first session, review of false
alarms), each with the near-miss it must leave unlinked and the construction it must still link:

- an average appended after a comma with no counter of its own (`…, an average of 20,000 per stage`) restates the
  one count its sentence states besides the units, or the one whose counter its clause names; two counts
  (`240,000 tickets to 60,000 visitors`) leave which unsaid (checker/link/counts_per_unit.py);
- a Korean count per unit whose words name what it counts (`회당 평균 관객은`) restates only a count so named stated
  with the units in the sentence before (`관객 10만명`), not another count of the counter (`자원봉사자 1만명`); the
  average's own word (`평균`) names nothing (checker/link/counts_per_unit.py);
- a sum marked per item (`for each visitor`, `for every listener`: `[link.per_item_noun_after]`) is of a total of
  another sentence only when their words name one thing (`Ticket revenue … £25 for each visitor`), not of
  whatever amount stands before (`on a budget of £5m`) (checker/link/per_unit_apart.py, partners.py);
- an amount each unit took on average is not of an outlay stated with the units (`spent £2m refitting its 40
  parlours`: `[link.outlay_verbs]` against `[link.takings_verbs]`) (checker/link/each_averages.py);
- a bare per-person average restating the sentence before is not over a count of people that is the object of
  another verb before the amount (`직원 50명을 투입해 세금 2억원을`: `[link.object_particles]`)
  (checker/link/partners.py);
- one of a noun's own figure (`매장 한 곳의 매출은`: `[link.per_one_of_noun_before]`) marks a figure per that noun
  only in a clause that says it is an average (`평균`, `꼴`, `셈`: `[link.average_clause_words]`) and ranks no unit
  (`가장 많았다`) (checker/link/per_unit_apart.py);
- a total after a price is the units' value at that price only in the price's clause: a joint opening another
  subject's clause between (`while its cafe brought in`: `[link.price_clause_breaks]`) leaves it another's
  (checker/link/unit_prices.py);
- the earlier level of a figure per unit is not of an expected level (`against $520m expected`: a forecast), only
  of an earlier period's (checker/link/per_unit_priors.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- an appended average of no counter

_FESTIVAL = (
    "The Brightwater festival sold 240,000 tickets to 60,000 visitors across its 12 stages, an average of 20,000 "
    "per stage."
)
_LEAGUE = "The Harrow league drew 500,000 spectators across its 40 games last season, an average of {each} a game."


def test_an_appended_average_between_two_counts_is_of_neither(knowledge):
    assert_not_checked(knowledge, _FESTIVAL, "F317")


@pytest.mark.parametrize("each,fires", [("12,500", False), ("9,000", True)])
def test_an_appended_average_restates_the_one_count_of_its_sentence(knowledge, each, fires):
    assert_checked(knowledge, _LEAGUE.format(each=each), "F317", fires)


# ---------------------------------------------------------------- `회당 평균 관객은`: the count so named

_TROUPE = "극단 누리는 올해 40회 공연에 {who} 10만명을 모았다. 회당 평균 {named}{each}명{tail}."


def test_a_rate_naming_its_noun_takes_no_count_of_others(knowledge):
    text = _TROUPE.format(who="자원봉사자", named="관객은 ", each="2천5백", tail="이었다")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("2천5백", False), ("4천", True)])
def test_a_rate_naming_its_noun_takes_the_count_so_named(knowledge, each, fires):
    text = _TROUPE.format(who="관객", named="관객은 ", each=each, tail="이었다")
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("2천5백", False), ("4천", True)])
def test_the_average_word_names_no_noun(knowledge, each, fires):
    text = _TROUPE.format(who="관객", named="", each=each, tail="꼴이다")
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `for each`, `for every`: a total its words name

_MUSEUM_BUDGET = (
    "The Corrow museum drew 200,000 visitors last year on a budget of £5m. "
    "The council pays it £3 for each visitor from the city."
)
_STATION = (
    "The Lakeside radio station has 400,000 listeners and revenue of $2m. "
    "Advertisers pay $0.90 for every listener they reach."
)
_MUSEUM_TICKETS = (
    "The Corrow museum drew 200,000 visitors last year. Ticket revenue of £5m came to {each} for each visitor."
)


@pytest.mark.parametrize("text", [_MUSEUM_BUDGET, _STATION])
def test_a_sum_paid_per_item_is_no_share_of_an_unnamed_total(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("£25", False), ("£40", True)])
def test_a_sum_per_item_of_a_total_its_words_name(knowledge, each, fires):
    assert_checked(knowledge, _MUSEUM_TICKETS.format(each=each), "F317", fires)


# ---------------------------------------------------------------- `Each parlour took`: takings, not an outlay

_PARLOURS = "The Dellmore chain {verb} £2m {what} its 40 parlours last year. Each parlour took about {each} on average."


def test_an_average_of_takings_is_no_share_of_an_outlay(knowledge):
    text = _PARLOURS.format(verb="spent", what="refitting", each="£300,000")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("£50,000", False), ("£300,000", True)])
def test_an_average_of_takings_is_of_the_sales_stated_with_the_units(knowledge, each, fires):
    text = _PARLOURS.format(verb="sold", what="of ice cream through", each=each)
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- `1인당`: not the people another verb acts on

_RELIEF = "{before} 1인당 평균 {each}만원을 감면받은 셈이다."


def test_people_deployed_are_not_those_the_amount_went_to(knowledge):
    text = _RELIEF.format(before="해솔시는 직원 50명을 투입해 올해 세금 2억원을 감면했다.", each="100")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize(
    "before",
    ["해솔시 감면 대상자 200명의 감면액은 모두 2억원이었다.", "해솔시는 주민 200명에게 올해 세금 2억원을 감면했다."],
)
@pytest.mark.parametrize("each,fires", [("100", False), ("150", True)])
def test_the_people_the_amount_went_to(knowledge, before, each, fires):
    assert_checked(knowledge, _RELIEF.format(before=before, each=each), "F317", fires)


# ---------------------------------------------------------------- `한 곳의`: an average's clause, no ranking

_CAFES = "누리커피는 지난해 매장 300곳에서 매출 600억원을 올렸다. {second}"


def test_one_units_own_ranked_figure_is_no_average(knowledge):
    text = _CAFES.format(second="역삼역 매장 한 곳의 매출은 10억원으로 가장 많았다.")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("2", False), ("3", True)])
def test_one_of_the_noun_in_an_average_clause_is_per_unit(knowledge, each, fires):
    text = _CAFES.format(second=f"매장 한 곳의 평균 매출은 {each}억원이다.")
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a price, then another subject's total

_HONEY = "The Ashby farm sold 30,000 kilograms of honey at $3 a kilogram, {joint} {total}."


def test_a_total_of_another_subject_after_a_price_is_not_its_value(knowledge):
    text = _HONEY.format(joint="while its cafe brought in", total="$200,000")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("total,fires", [("$90,000", False), ("$120,000", True)])
def test_a_total_in_the_prices_clause_is_the_units_value(knowledge, total, fires):
    assert_checked(knowledge, _HONEY.format(joint="which brought in", total=total), "F317", fires)


# ---------------------------------------------------------------- an earlier level, not an expected one

_CROP = (
    "The Marlow valley crop was worth $480m, against {earlier}, from 200,000 tonnes, up from 160,000 tonnes. "
    "The average price fell to $2.40 a kilogram from {before}."
)


def test_an_expected_level_is_no_earlier_level_of_the_total(knowledge):
    # (the current price, $480m over 200,000 tonnes, holds; the earlier one has no earlier total)
    result_text = _CROP.format(earlier="$520m expected", before="$2.80")
    assert_checked(knowledge, result_text, "F317", False)
    from helpers import document, findings

    result = findings(knowledge, document(result_text), select=["F317"], show_passed=True)
    assert len(result.passed) == 1, [p.message for p in result.passed]


@pytest.mark.parametrize("before,fires", [("$2.50", False), ("$3.50", True)])
def test_an_earlier_periods_level_divides_the_earlier_price(knowledge, before, fires):
    assert_checked(knowledge, _CROP.format(earlier="$400m a year earlier", before=before), "F317", fires)
