"""Korean false alarms of the twenty-fifth session's first round on clean copy (lane fix_ko), each construction
narrowed, its gain kept:
- a multiple is said of the figure before it (an equivalent in brackets too: `3,000만달러(약 400억원)로 …의 두
  배`) only with no clause opening on a topic of its own between (`…로, 연회 매출은 …의 1.5배`:
  `[link.clause_topic_particles]`; checker/link/multiples.py);
- a count per place written with its noun (`도서관 한 곳당 400명꼴`) is over a count of another classifier whose noun
  after it that word heads (`15개 공립도서관에`) only when the word opens the rate's sentence (`이웃 군의 도서관 한
  곳당`, `이 가운데 도서관 한 곳당` name other units or a part) and that count is the one of its classifier in its
  sentence (`15개 공립도서관과 5개 작은도서관에`: which, not said; checker/link/counts_per_unit.py);
- the worth one unit sold (`서점 한 곳이 평균 2억원어치를 판 셈이다`) restates the sales before only when the words
  qualifying the unit and the sales, past a period's, are words the count's sentence states before it (`가맹 서점 한
  곳이`, `부산 서점 매출은`, `온라인 매출은` after `직영 서점은 … 80곳`: other units, a part, other sales;
  checker/link/per_unit_apart.py);
- an amount given out to people acted on before it (`연구자 400명을 선정해 연구비 20억원을 지원한다`) is restated
  per person only by a bare figure (`1인당 평균 500만원꼴이다`), not one its sentence names by a noun of its own
  (`1인당 평균 소득은`; checker/link/partners.py);
- a fraction restating the sentence before's percentage (`비율은 73.6%였다. 10가구 중 7가구 이상이 맞벌이인 셈이다`)
  opens its sentence and closes on its subject, one noun and the copula (`[link.fraction_restating_sentences]`): a
  clause of a verb (`자녀를 둔 셈이다`) says another attribute, words before the fraction (`도심 가구 10가구 중`,
  `지난해에는 10가구 중`) another group or year (checker/link/shares_restated_as_fractions.py);
- (an older false error) an amount per year given to each of a count right before it, the dative between (`어르신
  120명에게 매년 50만원씩 2년간 모두 1억2천만원`: `[link.recipient_dative_after]`), is no total of the term alone:
  the total is over the count too (checker/link/per_period.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked


def _fires(knowledge, text: str, rule: str) -> bool:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings]


# ---------------------------------------------------------------- `A(약 B)로, C는 …의 N배`

_HOTEL = "누리호텔의 객실 매출은 {value}{joint}지난해 2분기 {before}의 {times}가 됐다."


@pytest.mark.parametrize("before,fires", [("200억원", False), ("100억원", True)])
def test_a_multiple_is_said_of_the_bracketed_equivalent_before_it(knowledge, before, fires):
    text = _HOTEL.format(value="3,000만달러(약 400억원)", joint="로 ", before=before, times="두 배")
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize("value", ["3,000만달러(약 400억원)", "400억원"])
def test_a_multiple_past_a_clause_of_its_own_topic_is_not_said_of_the_figure_before(knowledge, value):
    joint = ("로" if value.endswith(")") else "으로") + ", 연회 매출은 "
    text = _HOTEL.format(value=value, joint=joint, before="160억원", times="1.5배")
    assert not _fires(knowledge, text, "F304")


# ---------------------------------------------------------------- `N개 X도서관에 … 도서관 한 곳당 M명꼴`

_LIBRARIES = "다솜군 15개 공립도서관{other}에 가입한 회원은 올해 6,000명이다. {rate}꼴이다."


@pytest.mark.parametrize("each,fires", [("400명", False), ("500명", True)])
def test_a_count_per_place_opening_its_sentence_is_over_the_places_its_noun_heads(knowledge, each, fires):
    text = _LIBRARIES.format(other="", rate=f"도서관 한 곳당 {each}")
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "other,rate",
    [
        ("과 5개 작은도서관", "도서관 한 곳당 300명"),
        ("", "이웃 군의 도서관 한 곳당 회원은 500명"),
        ("", "이 가운데 도서관 한 곳당 어린이 회원은 150명"),
        ("", "도서관 한 곳당 사서는 3명"),
    ],
)
def test_a_count_per_place_of_two_kinds_or_of_other_places_is_not_read(knowledge, other, rate):
    assert not _fires(knowledge, _LIBRARIES.format(other=other, rate=rate), "F317")


# ---------------------------------------------------------------- `서점 한 곳이 평균 N원어치를 판 셈이다`

_BOOKSHOPS = (
    "누리문고가 운영하는 직영 서점은 지난해 말 80곳{part}. 지난해 {sales}은 {amount}이었다. "
    "{unit} 한 곳이 평균 {each}어치를 판 셈이다."
)


@pytest.mark.parametrize("each,fires", [("2억원", False), ("3억원", True)])
def test_the_worth_a_unit_sold_restates_the_sales_of_its_units(knowledge, each, fires):
    text = _BOOKSHOPS.format(part="이다", sales="직영 서점 매출", amount="160억원", unit="서점", each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "part,sales,amount,unit,each",
    [
        ("이고, 이 중 20곳이 부산에 있다", "부산 서점 매출", "60억원", "서점", "2억원"),
        ("이다", "직영 서점 매출", "160억원", "가맹 서점", "3억원"),
        ("이다", "온라인 매출", "160억원", "서점", "3억원"),
    ],
)
def test_the_worth_a_unit_sold_is_no_restatement_of_a_part_or_of_other_units(
    knowledge, part, sales, amount, unit, each
):
    text = _BOOKSHOPS.format(part=part, sales=sales, amount=amount, unit=unit, each=each)
    assert not _fires(knowledge, text, "F317")


# ---------------------------------------------------------------- `N명을 선정해 M원을 지원한다. 1인당 …꼴이다`

_GRANTS = "다온재단은 연구자 400명을 선정해 연구비 20억원을 지원한다. 1인당 평균 {each}꼴이다."


@pytest.mark.parametrize("each,fires", [("500만원", False), ("600만원", True)])
def test_a_bare_amount_per_person_restates_the_amount_given_out(knowledge, each, fires):
    assert_checked(knowledge, _GRANTS.format(each=each), "F317", fires)


def test_a_figure_per_person_named_by_a_noun_of_its_own_is_not_the_amount_given_out(knowledge):
    assert not _fires(knowledge, _GRANTS.format(each="소득은 600만원"), "F317")


# ---------------------------------------------------------------- `P%였다. 10가구 중 N가구가 X인 셈이다`

_HOMES = "올해 입주한 새 아파트 가구 가운데 맞벌이 가구 비율은 73.6%였다. {restated} 셈이다."


@pytest.mark.parametrize(
    "restated,fires", [("10가구 중 7가구 이상이 맞벌이인", False), ("10가구 중 5가구가 맞벌이인", True)]
)
def test_a_fraction_opening_the_next_sentence_restates_the_percentage(knowledge, restated, fires):
    assert_checked(knowledge, _HOMES.format(restated=restated), "F508", fires)


@pytest.mark.parametrize(
    "restated",
    ["10가구 중 3가구가 자녀를 둔", "도심 가구 10가구 중 4가구가 맞벌이인", "지난해에는 10가구 중 5가구꼴이었던"],
)
def test_a_fraction_of_another_attribute_group_or_year_is_no_restatement(knowledge, restated):
    assert not _fires(knowledge, _HOMES.format(restated=restated), "F508")


# ---------------------------------------------------------------- `N명에게 해마다 M원씩 K년간 모두 T원` (older)

_PER_YEAR = "누리구는 {whom}매년 50만원씩 2년간 모두 {total}을 준다."


@pytest.mark.parametrize("total,fires", [("100만원", False), ("150만원", True)])
def test_an_amount_per_year_over_a_term_is_checked_against_its_total(knowledge, total, fires):
    assert_checked(knowledge, _PER_YEAR.format(whom="", total=total), "F312", fires)


def test_an_amount_per_year_given_to_each_of_a_count_is_no_total_of_the_term_alone(knowledge):
    assert not _fires(knowledge, _PER_YEAR.format(whom="어르신 120명에게 ", total="1억2천만원"), "F312")
