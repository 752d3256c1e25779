"""Korean ratios (twenty-fourth session), each a rule for a construction (checker/link/per_unit_apart.py):
- a price per a unit of measure restating an amount beside it (`수매 대금은 모두 90억원으로, 1㎏당 평균 3천원꼴이다`) is
  that amount per the lead's measure when the two are named by two words of one stem, the first naming what was done
  and the second the money or the quantity it came to (`수매 대금` of `수매 물량`: `[link.value_nouns_after_stem]`,
  `[link.quantity_nouns_after_stem]`), however far back the lead stands;
- a price per a counted unit, then the total it makes, is of a count stated roughly (`3천여마리`) in the sentence
  before as of one stated exactly (checker/link/priced_totals.py); a milestone passed (`3천마리를 넘어`) is none;
- a total over a span restated per year, month or day as `연간으로 치면`, `한 달로 치면`, `하루로 치면` is that total
  over the span (checker/link/span_averages.py); with no span written, nothing;
- a term's length written as its topic's predicate (`계약 기간은 2027년부터 4년이다`) is a span of years a
  yearly average restating the lead's total (`연평균 공급액은 …꼴이다`, `해마다 평균 …어치를 공급하는 셈이다`) is over;
  a term's end alone (`…까지다`) is none;
- people per one of a staff (`인력은 50명으로, 한 사람이 환자 180명을 맡는 꼴`) are of the lead's count the rate's noun
  names, past the count's date (`환자가 9월 말 기준 9천명`), one person in the counter of people (`사람` of `명`;
  checker/link/counts_per_unit.py); a total named by another noun is none;
- a multiple going on about the sentence before's level opens with no subject of its own when its subject names the
  deal's quantity (`이번 계약 물량은`) or closes a clause modifying the figure compared with (`회사가 따낸 종전 계약`:
  `낸`, `[link.relative_clause_ends]`; checker/link/multiples_continuing.py); after a sentence stating other figures
  of the unit (its parts), the deal's subject is of the lead's amount; a subject of its own (`내수 물량은`) is none.

Near-misses, none linked: an amount named by another stem (`구매 대금`), a budget; a count passed as a milestone; a
total restated per year with no span written.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings

_PURCHASE = (
    "다온군 매실 수매 2,400톤…작년보다 늘어\n\n"
    "다온군은 올해 매실 수매 물량이 2,400톤으로 지난해(2,100톤)보다 14.3% 늘었다고 2일 밝혔다.\n\n"
    "품종별로는 남고가 1,500톤, 백가하가 900톤이었다. 남고는 전체의 62.5%였다.\n\n"
    "수매에는 농가 300곳이 참여했다. {name}은 모두 96억원으로, 1㎏당 평균 {each}원꼴이다."
)


def _per_unit(knowledge, text: str) -> tuple[list[str], list[str]]:
    """The per-unit check's findings and passes on the amount (`96억원`)."""
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    fired = [f.message for f in result.findings if "96억" in f.message]
    passed = [p.message for p in result.passed if "96억" in p.message]
    return fired, passed


@pytest.mark.parametrize("each,fires", [("4천", False), ("5천", True)])
def test_a_price_restating_the_value_named_by_the_quantitys_stem(knowledge, each, fires):
    fired, passed = _per_unit(knowledge, _PURCHASE.format(name="수매 대금", each=each))
    assert bool(fired) == fires, fired
    assert fires or passed, "the relation was not checked at all"


@pytest.mark.parametrize("name", ["구매 대금", "수매 예산"])
def test_an_amount_of_another_stem_is_no_value_of_the_lead(knowledge, name):
    fired, passed = _per_unit(knowledge, _PURCHASE.format(name=name, each="5천"))
    assert not fired and not passed, (fired, passed)


_BOUNTY = (
    "가온군은 올해 유해 야생동물 포획을 늘렸다. 올해 잡은 고라니는 {count}로 지난해 같은 기간 2,500마리보다 "
    "500마리 많다. 포획 포상금은 마리당 10만원으로 모두 {total}이 나갔다."
)


@pytest.mark.parametrize("total,fires", [("3억여원", False), ("2억원", True)])
def test_a_price_times_a_count_stated_roughly_makes_the_total(knowledge, total, fires):
    text = _BOUNTY.format(count="3천여마리", total=total)
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_a_milestone_passed_is_no_count_of_the_price(knowledge):
    text = _BOUNTY.format(count="3천마리를 넘어", total="2억원")
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


_DEAL = "누리정밀은 유럽 업체와 {span}8천만유로 규모의 부품 공급 계약을 맺었다. {mark} {each}만유로꼴이다."


@pytest.mark.parametrize(
    "span,mark,each,fires",
    [
        ("4년간 ", "연간으로 치면", "2천", False),
        ("4년간 ", "연간으로 치면", "3천", True),
        ("4년간 ", "한 해로 환산하면", "3천", True),
    ],
)
def test_a_total_over_a_span_restated_per_year(knowledge, span, mark, each, fires):
    result = findings(
        knowledge, document(_DEAL.format(span=span, mark=mark, each=each)), select=["F312"], show_passed=True
    )
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_a_total_with_no_span_is_not_restated_per_year(knowledge):
    text = _DEAL.format(span="", mark="연간으로 치면", each="3천")
    result = findings(knowledge, document(text), select=["F312"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


_TERM = (
    "누리정밀은 유럽 업체와 8천만유로 규모의 부품 공급 계약을 맺었다고 3일 공시했다. 계약 기간은 2027년 1월 1일부터 "
    "{term}. {average}"
)
_YEARLY = "연평균 공급액은 {each}만유로 꼴이다."


@pytest.mark.parametrize(
    "average,each,fires",
    [
        (_YEARLY, "2천", False),
        (_YEARLY, "3천", True),
        ("해마다 평균 {each}만유로어치를 공급하는 셈이다.", "2천", False),
        ("해마다 평균 {each}만유로어치를 공급하는 셈이다.", "3천", True),
    ],
)
def test_a_yearly_average_over_a_terms_length(knowledge, average, each, fires):
    text = _TERM.format(term="2030년 12월 31일까지 4년이다", average=average.format(each=each))
    result = findings(knowledge, document(text), select=["F312"], show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_a_terms_end_alone_is_no_span(knowledge):
    text = _TERM.format(term="2030년 12월 31일까지다", average=_YEARLY.format(each="3천"))
    result = findings(knowledge, document(text), select=["F312"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


_STAFF = (
    "바다시 재활센터에 등록된 {noun}가 9월 말 기준 9천명으로 집계됐다. 센터 전담 인력은 50명으로, 한 사람이 "
    "환자 {each}명을 맡는 꼴이다."
)


@pytest.mark.parametrize("each,fires", [("180", False), ("240", True)])
def test_people_per_one_of_a_staff_over_the_dated_lead_count(knowledge, each, fires):
    result = findings(knowledge, document(_STAFF.format(noun="환자", each=each)), select=["F317"], show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_people_per_one_of_a_staff_over_a_count_of_another_noun(knowledge):
    result = findings(knowledge, document(_STAFF.format(noun="회원", each="240")), select=["F317"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


_ORDER = "가온모터스가 유럽에 전기버스 360대를 수출한다고 5일 밝혔다. {subject}종전 최대 계약(90대)의 {times}배다."


@pytest.mark.parametrize(
    "subject,times,fires",
    [
        ("이번 계약 물량은 ", "4", False),
        ("이번 계약 물량은 ", "5", True),
        ("회사가 2023년 따낸 ", "4", False),
        ("회사가 2023년 따낸 ", "5", True),
    ],
)
def test_a_multiple_going_on_about_the_deal_before(knowledge, subject, times, fires):
    text = _ORDER.format(subject=subject, times=times)
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_a_multiple_with_a_subject_of_its_own(knowledge):
    text = _ORDER.format(subject="내수 물량은 ", times="5")
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


_ORDER_AFTER_PARTS = (
    "가온모터스, 유럽에 전기버스 360대 수출\n\n"
    "가온모터스가 유럽 운송사에 전기버스 360대를 공급하는 계약을 맺었다고 5일 밝혔다. 납품은 내년 3월부터 이뤄진다.\n\n"
    "나라별로는 독일에 200대, 프랑스에 160대를 보낸다. {subject} 종전 최대 계약(90대)의 {times}배다."
)


@pytest.mark.parametrize("subject,times,fires", [("이번 계약 물량은", "4", False), ("이번 계약 물량은", "5", True)])
def test_a_multiple_of_the_deal_after_its_parts_is_of_the_lead(knowledge, subject, times, fires):
    text = _ORDER_AFTER_PARTS.format(subject=subject, times=times)
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    assert bool(result.findings) == fires, [f.message for f in result.findings]
    assert fires or result.passed, "the relation was not checked at all"


def test_a_multiple_after_parts_with_a_subject_of_its_own(knowledge):
    text = _ORDER_AFTER_PARTS.format(subject="내수 물량은", times="5")
    result = findings(knowledge, document(text), select=["F304"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]
