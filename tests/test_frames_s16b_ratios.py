"""Multiples of figures named by nouns (sixteenth session, second round), each a rule for a construction:
- the subject names a figure by the last noun of a compound written as one word (`수주잔고는 2,460억원` … `잔고는
  매출의 3배`; `총사업비 3천600억원` … `이번 사업비는 …의 2배`);
- words naming the figure compared with may hold a count of another unit (`위성 2기의 사업비 1천800억원의`);
- a sentence of no subject goes on about the one figure of the sentence before (`생산능력은 4억8천만개다. 판매량의
  두 배가 넘는 규모다`);
- a multiple between two periods named alone (`3월 판매는 8월의 2배`), their figures stated before;
- `봉` counts packets (`3억6천만봉`);
- a multiple of a figure named by its metric alone, right after it (`$7.3 million, about three times ticket
  sales`, the ticket revenue stated before).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a subject naming a compound's figure by its last noun

BACKLOG = (
    "같은 기간 매출은 820억원이었다. 9월 말 수주잔고는 2,460억원으로 6월 말보다 늘었다. 잔고는 매출의 {m}에 이른다."
)


def test_a_subject_naming_a_compound_by_its_last_noun_holds_and_a_wrong_multiple_fires(knowledge):
    assert_checked(knowledge, BACKLOG.format(m="3배"), "F304", fires=False)
    assert_checked(knowledge, BACKLOG.format(m="5배"), "F304", fires=True)


def test_two_compounds_of_one_last_noun_with_other_figures_link_nothing(knowledge):
    text = (
        "같은 기간 매출은 820억원이었다. 수주잔고는 2,460억원, 제품잔고는 1,100억원으로 집계됐다. "
        "잔고는 매출의 5배에 이른다."
    )
    assert_not_checked(knowledge, text, "F304")


PROGRAMME = (
    "위원회는 총사업비 3천600억원 규모의 위성 사업을 확정했다. 위성은 모두 4기다. "
    "이번 사업비는 2019년 발사된 위성 2기의 사업비 1천800억원의 {m}다."
)


def test_a_count_of_another_unit_in_the_words_naming_the_figure_compared_with_is_passed_over(knowledge):
    assert_checked(knowledge, PROGRAMME.format(m="2배"), "F304", fires=False)
    assert_checked(knowledge, PROGRAMME.format(m="3배"), "F304", fires=True)


# ------------------------------------------------ a sentence of no subject goes on about the sentence before

CAPACITY = (
    "지난해 판매량은 2억개로 집계됐다. 회사는 새 공장을 짓기로 했다. 투자비는 900억원, 연간 생산능력은 4억8천만개다. "
    "지난해 판매량의 {m} 규모다."
)


def test_a_multiple_with_no_subject_is_of_the_one_figure_before_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, CAPACITY.format(m="두 배가 넘는"), "F304", fires=False)
    assert_checked(knowledge, CAPACITY.format(m="네 배가 넘는"), "F304", fires=True)


def test_two_figures_of_the_unit_in_the_sentence_before_link_nothing(knowledge):
    text = (
        "지난해 판매량은 2억개로 집계됐다. 투자비는 900억원, 연간 생산능력은 4억8천만개, 재고는 9천만개다. "
        "지난해 판매량의 네 배가 넘는 규모다."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------ packets


def test_bong_counts_packets(knowledge):
    found = {c.text: c for c in claims("올해 라면 판매량은 3억6천만봉이다.", knowledge).claims}
    assert found["3억6천만봉"].kind == "count"


# ------------------------------------------------ a multiple of a figure named by its metric alone

SPENDING = (
    "Ticket revenue reached $2.4 million, or $48 per fan, and the city put visitors' spending at "
    "$7.3 million, about {m} ticket sales."
)


def test_a_multiple_of_a_metric_named_after_it_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, SPENDING.format(m="three times"), "F304", fires=False)
    assert_checked(knowledge, SPENDING.format(m="five times"), "F304", fires=True)


def test_a_metric_of_two_values_before_links_nothing(knowledge):
    text = (
        "Ticket revenue reached $2.4 million in May and ticket revenue was $1.1 million in June. "
        "The city put visitors' spending at $7.3 million, about five times ticket sales."
    )
    assert_not_checked(knowledge, text, "F304")


def test_a_figure_after_the_metric_name_is_left_to_the_sentence(knowledge):
    """`N times revenue of $X`: the figure after the name is the one compared with (other rules)."""
    found = claims(
        "Ticket revenue reached $2.4 million. Spending was $7.3 million, five times ticket sales of $1.5 million.",
        knowledge,
    ).claims
    by_id = {c.id: c.text for c in found}
    multiple = next(c for c in found if c.kind == "multiple")
    assert by_id.get(multiple.compared_to) != "$2.4 million"


# ------------------------------------------------ a multiple between the figures of two named periods

MONTHS = "월별로는 3월이 520건으로 가장 많았고 8월이 260건으로 가장 적었다. 3월 판매는 8월의 {m}다."


def test_a_multiple_between_two_named_periods_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, MONTHS.format(m="2배"), "F304", fires=False)
    assert_checked(knowledge, MONTHS.format(m="3.5배"), "F304", fires=True)


def test_a_period_of_two_figures_before_links_nothing(knowledge):
    text = "3월 매출은 520억원, 3월 판매는 300건이었다. 8월 판매는 260건이었다. 3월 판매는 8월의 3배다."
    assert_not_checked(knowledge, text, "F304")
