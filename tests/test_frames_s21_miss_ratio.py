"""Ratios (twenty-first session, second round), each a rule for a construction:
- a count or measure marked `each` after it (`about 300 tonnes at each`, `an average of 4,000 patients each`,
  `20,000 cartons apiece`: `[link.rate_each_after]`) is per the one count of other units its sentence states before
  it in its clause, of the one figure of its own counter or unit stated there in its clause (`stored 12,000 tonnes
  of grit across its 40 depots`), else of the lead's (the body's first sentence, past a headline; none when the
  sentence after states its metric at another value); not `each year`,
  nor a count of another clause (checker/link/rates_then_each.py);
- a figure right after a count and one of that count's counter as the subject or marked per it (`어선은 30척으로 한
  척이 평균 50톤`, `방문객은 300만명으로, 1명이 평균 5만원꼴`, `칼은 40만자루로, 한 자루에 5만원꼴`; a counter of one
  person for a count of people, `400명으로 1인당`: `[link.one_person_counters]`), or the count's counter marked per
  unit (`6만건으로 건당`), is per that count, of the one figure of its kind stated
  before the count in its sentence, else the lead's; one of another counter, or a rate per a shorter period too
  (`한 대가 하루 평균`), is none (checker/link/rates_after_their_count.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `…, about 300 tonnes at each`

_DEPOTS = "Brackley council has stored 12,000 tonnes of grit across its 40 depots, about {rate} tonnes at each."


@pytest.mark.parametrize("rate,fires", [("300", False), ("450", True)])
def test_a_measure_each_divides_its_sentence_total_by_its_units(knowledge, rate, fires):
    assert_checked(knowledge, _DEPOTS.format(rate=rate), "F317", fires)


_GROWERS = "The 150 growers of the Velm valley picked 9,000 tonnes of pears, an average of {rate} tonnes apiece."


@pytest.mark.parametrize("rate,fires", [("60", False), ("75", True)])
def test_a_measure_apiece_divides_its_sentence_total(knowledge, rate, fires):
    assert_checked(knowledge, _GROWERS.format(rate=rate), "F317", fires)


_CLINICS = "Its 25 clinics treated 100,000 patients last year, an average of {rate} patients each."


@pytest.mark.parametrize("rate,fires", [("4,000", False), ("5,000", True)])
def test_a_count_each_divides_its_sentence_count(knowledge, rate, fires):
    assert_checked(knowledge, _CLINICS.format(rate=rate), "F317", fires)


# ---------------------------------------------------------------- the lead's total

_FERRIES = (
    "Orla Ferries carried 3.6 million passengers last year, up 5% on the year before.\n\n"
    "The fleet of 90 ferries carried about {rate} passengers each over the year."
)


@pytest.mark.parametrize("rate,fires", [("40,000", False), ("52,000", True)])
def test_a_count_each_with_no_total_in_its_sentence_is_of_the_lead(knowledge, rate, fires):
    assert_checked(knowledge, _FERRIES.format(rate=rate), "F317", fires)


# ---------------------------------------------------------------- near misses


def test_each_year_is_no_mark_of_units(knowledge):
    text = "Its 25 clinics treated 100,000 patients last year, and expect 5,000 patients each year from the new wing."
    assert_not_checked(knowledge, text, "F317")


def test_units_of_another_clause_are_none(knowledge):
    text = "Ranley Orchards runs 12 packing sheds, and the crop came to 9,000 tonnes of fruit, about 750 tonnes each."
    assert_not_checked(knowledge, text, "F317")


def test_a_lead_total_in_the_rate_s_own_sentence_is_no_guess(knowledge):
    text = "The two clubs scored 3 goals each in the final."
    assert_not_checked(knowledge, text, "F317")


def test_a_part_listed_before_is_no_lead_total(knowledge):
    text = (
        "Dunmore Citrus shipped a record crop this season.\n\n"
        "Oranges made up 4.2 million cartons, lemons 1.1 million and limes 0.6 million.\n\n"
        "Its 200 growers averaged 30,000 cartons each."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `어선은 30척으로 한 척이 평균 50톤을`

_BOATS = "한솔항의 올해 꽃게 어획량은 1,500톤으로 집계됐다. 조업에 나선 어선은 30척으로 한 척이 평균 {rate}톤을 잡았다."


@pytest.mark.parametrize("rate,fires", [("50", False), ("70", True)])
def test_one_of_the_count_as_subject_is_per_that_count(knowledge, rate, fires):
    assert_checked(knowledge, _BOATS.format(rate=rate), "F317", fires)


_VISITORS = (
    "한솔아울렛은 3분기 매출이 1,500억원으로 집계됐다고 밝혔다. 3분기 방문객은 300만명으로, 1명이 평균 {rate}꼴을 "
    "쓰고 갔다."
)


@pytest.mark.parametrize("rate,fires", [("5만원", False), ("7만원", True)])
def test_one_person_of_the_count_divides_the_lead_s_money(knowledge, rate, fires):
    assert_checked(knowledge, _VISITORS.format(rate=rate), "F317", fires)


_KNIVES = "한솔제작소는 상반기 매출이 200억원이라고 밝혔다. 상반기에 판매한 칼은 40만자루로, 한 자루에 {rate}꼴이다."


@pytest.mark.parametrize("rate,fires", [("5만원", False), ("7만원", True)])
def test_one_of_the_count_marked_per_it(knowledge, rate, fires):
    assert_checked(knowledge, _KNIVES.format(rate=rate), "F317", fires)


_MINERS = "한솔광산은 올해 석회석 500만톤을 캤다고 밝혔다. 현장 근로자는 400명으로 1인당 {rate}톤을 캐낸 셈이다."


@pytest.mark.parametrize("rate,fires", [("1만2,500", False), ("2만", True)])
def test_a_counter_of_one_person_is_per_a_count_of_people(knowledge, rate, fires):
    assert_checked(knowledge, _MINERS.format(rate=rate), "F317", fires)


_CLAIMS = "한솔보험의 상반기 보험금 지급액은 300억원이었다. 보험금 청구는 6만건으로 건당 평균 {rate}이 지급됐다."


@pytest.mark.parametrize("rate,fires", [("50만원", False), ("70만원", True)])
def test_the_count_s_counter_marked_per_unit(knowledge, rate, fires):
    assert_checked(knowledge, _CLAIMS.format(rate=rate), "F317", fires)


def _divided_by(knowledge, text: str) -> list[str]:
    """The F317 relations found or checked, as their messages (another rule may read the one itself as units: only
    whether this count divides anything is asked here)."""
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    return [f.message for f in result.findings] + [p.message for p in result.passed]


def test_one_of_another_counter_is_not_of_the_count(knowledge):
    text = "한솔극장의 올해 입장권 수입은 30억원이었다. 공연은 120회로 한 명이 평균 2만5천원을 냈다."
    assert not any("÷ 120회" in m for m in _divided_by(knowledge, text))


def test_one_per_a_shorter_period_is_not_of_the_count(knowledge):
    text = "한솔군의 콜버스 운영비는 첫 1년 30억원이었다. 투입한 차량은 20대로 한 대가 하루 평균 40만원을 썼다."
    assert not any("÷ 20대" in m for m in _divided_by(knowledge, text))
