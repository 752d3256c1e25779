"""Sums, shares and differences stated within one sentence or neighbouring sentences (thirty-seventh session, lane
`near`): readings widened to constructions copy writes often, each with its broken variant reported and its near
misses left unread.

- A bare noun between a total mark and the total (`… 등 대원 11명`, `합쳐 종목 8개`) keeps the mark's total; its parts
  count what it does (checker/link/totals.py, `[link.total_label_between]`).
- An addition reaching a level (ko): the level made or become (`34곳으로 만들`, `48명이 된다`), the start joined by
  `에서` (`28곳에서 16곳 더`), and of two earlier levels the one marked as now (`현재 직원이 37명이다`;
  checker/link/additions_reaching_a_level.py, `[link.current_level_before]`).
- The people asked in a survey are the whole the answers after them are drawn from (`주민 1천500명에게 물은 결과
  1천200명이 … 비율이 80%`, `900명에게 물어본 결과 60%인 540명이`; checker/link/shares.py,
  checker/link/rates_before_parts.py, `[link.respondents_after]`).
- A share of a whole written in its own phrase, then its part after a comma (`took a quarter of the £8,000 prize fund,
  £2,000`; checker/link/shares_then_parts.py); a share `of the total`, then its part after `or`
  (checker/link/shares_of_them.py, `[link.parts_of_that]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

SUM, GAP, SHARE = "F302", "F305", "F503"

# ---------------------------------------------------------------- a noun between a total mark and the total


@pytest.mark.parametrize("total,fires", [("41개", True), ("38개", False)])
def test_a_noun_after_a_total_mark_keeps_the_total_ko(knowledge, total, fires):
    text = f"하람군 수영팀은 올해 도민체전에서 수영 13개와 다이빙 25개를 합쳐 메달 {total}를 땄다."
    assert_checked(knowledge, text, SUM, fires)


@pytest.mark.parametrize("total,fires", [("38명", True), ("41명", False)])
def test_a_noun_after_an_open_list_keeps_the_total_ko(knowledge, total, fires):
    # (an open list, `등`: parts falling short pass, parts beyond the total do not)
    text = f"구조대는 남자 17명, 여자 24명 등 대원 {total}으로 꾸려졌다."
    assert_checked(knowledge, text, SUM, fires)


def test_a_noun_after_a_total_mark_counting_another_thing_adds_nothing_ko(knowledge):
    text = "행사에는 남자 7명, 여자 4명 등 버스 11대가 동원됐다."
    assert_not_checked(knowledge, text, SUM)


# ---------------------------------------------------------------- an addition reaching a level (ko)


@pytest.mark.parametrize("level,fires", [("47곳", True), ("44곳", False)])
def test_an_addition_from_a_start_joined_by_eseo_ko(knowledge, level, fires):
    text = f"도는 신청이 늘자 돌봄센터를 현재 28곳에서 16곳 더 늘려 {level}으로 만들기로 했다."
    assert_checked(knowledge, text, GAP, fires)


@pytest.mark.parametrize("level,fires", [("62명", True), ("58명", False)])
def test_an_addition_becoming_a_level_ko(knowledge, level, fires):
    text = (
        "다온식품의 현재 직원은 41명이다. 회사는 이번 계약에 맞춰 생산직 17명을 새로 뽑기로 해, "
        f"연말이면 직원이 {level}이 된다."
    )
    assert_checked(knowledge, text, GAP, fires)


@pytest.mark.parametrize("level,fires", [("60명", True), ("56명", False)])
def test_an_addition_to_the_level_marked_as_now_ko(knowledge, level, fires):
    text = (
        "누리공방은 2015년 직원 네 명으로 출발해 현재 직원이 37명이다. "
        f"올해 생산직 19명을 더 뽑으면 {level}으로 늘어난다."
    )
    assert_checked(knowledge, text, GAP, fires)


def test_an_addition_after_two_unmarked_levels_is_added_to_neither_ko(knowledge):
    text = (
        "누리공방은 2015년 직원 네 명으로 출발해 2020년에는 직원 37명을 두었다. "
        "올해 생산직 19명을 더 뽑으면 60명으로 늘어난다."
    )
    assert_not_checked(knowledge, text, GAP)


# ---------------------------------------------------------------- the people asked in a survey (ko)


@pytest.mark.parametrize("rate,fires", [("70%", True), ("80%", False)])
def test_the_people_asked_are_the_whole_of_the_answers_ko(knowledge, rate, fires):
    text = f"솔내시가 지난달 주민 1천500명에게 물은 결과 1천200명이 '좋다'고 답해 찬성 비율이 {rate}였다."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("rate,fires", [("65%", True), ("75%", False)])
def test_the_people_surveyed_are_the_whole_of_the_answers_ko(knowledge, rate, fires):
    text = f"회원 800명을 대상으로 한 설문에서는 600명이 '만족한다'고 답해 만족 비율이 {rate}에 이르렀다."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("rate,fires", [("70%", True), ("60%", False)])
def test_a_share_between_the_people_asked_and_its_part_ko(knowledge, rate, fires):
    text = f'구가 보행자 900명에게 물어본 결과 {rate}인 540명이 "쉼터가 도움이 된다"고 답했다.'
    assert_checked(knowledge, text, SHARE, fires)


def test_people_given_something_are_no_pool_of_answers_ko(knowledge):
    text = "솔내시는 주민 1천500명에게 나눠 준 뒤 1천200명이 다시 신청해 재신청 비율이 70%였다."
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- a share of a written whole, then its part (en)


@pytest.mark.parametrize("part,fires", [("£3,000", True), ("£2,000", False)])
def test_a_share_of_a_written_whole_then_its_part(knowledge, part, fires):
    text = f"Tarnby show\n\nThe Tarnby ploughing match winner took a quarter of the £8,000 prize fund, {part}."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("part,fires", [("900", True), ("700", False)])
def test_a_share_of_a_written_count_then_its_part_in_all(knowledge, part, fires):
    text = f"Knit order\n\nNorway took 35 per cent of the Fellbeck mill's 2,000 sweaters last year, {part} in all."
    assert_checked(knowledge, text, SHARE, fires)


def test_a_figure_after_a_share_of_a_written_whole_that_goes_on_is_no_part(knowledge):
    text = "Tarnby show\n\nThe winner took a quarter of the £8,000 prize fund, £3,000 more than last year's winner."
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize("part,fires", [("€6.2 million", True), ("€7.6 million", False)])
def test_a_share_of_the_total_then_its_part_after_or(knowledge, part, fires):
    text = (
        "Orlen Oars results\n\nOrlen Oars said sales rose to €9.5 million last year. "
        f"Exports made up 80 percent of the total, or {part}."
    )
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("rate,fires", [("25.0%", True), ("18.0%", False)])
def test_a_part_of_those_then_its_share_after_or(knowledge, rate, fires):
    # (a part first, pointing back with `of those`, then its share: not read as a share first)
    text = (
        "Quay festival\n\nFree events drew a further 96,000 people, bringing attendance at the Quay festival to "
        f"228,400. Visitors from abroad accounted for 41,100 of those, or {rate}."
    )
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- a sentence of the parts of a figure before (ko)


@pytest.mark.parametrize("rate,fires", [("3분의 1", True), ("3분의 2", False)])
def test_a_subject_before_the_parts_opener_ko(knowledge, rate, fires):
    text = (
        "계약 물량은 한지 1천800권으로, 한 권에 3만 원꼴이다. "
        f"공방은 이 가운데 {rate}인 1천200권을 닥나무 한지로 뜨고, 나머지 600권은 일반 한지로 뜬다."
    )
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("rate,fires", [("50%", True), ("70%", False)])
def test_a_sentence_of_an_amount_per_one_between_the_whole_and_its_parts_ko(knowledge, rate, fires):
    text = (
        "솔마을 순환버스 운영비로는 석 달 동안 8억원이 들었다. 이용객 한 명에 4만 원꼴이 든 셈이다. "
        f"이 가운데 군비가 5억6천만 원으로 {rate}를 댔고, 나머지 2억4천만 원은 도가 부담했다."
    )
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- a span from a year to an event that happens again


def _published(text: str):
    import datetime as dt

    from helpers import document

    return document(text, published=dt.date(2026, 9, 15))


@pytest.mark.parametrize("span,fires", [("6년", True), ("8년", False)])
def test_a_span_from_a_year_to_an_event_again_ko(knowledge, span, fires):
    from helpers import findings

    text = f"가람연날리기보존회는 2018년 이후 {span} 만에 다시 대상을 받았다."
    result = findings(knowledge, _published(text), select=["F406"], show_passed=True)
    assert ("F406" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F406" in [p.rule for p in result.passed]


def test_a_span_from_a_year_with_no_word_of_again_is_not_read_ko(knowledge):
    from helpers import findings

    text = "가람연날리기보존회는 2018년 이후 6년 만에 대상을 받았다."
    result = findings(knowledge, _published(text), select=["F406"], show_passed=True)
    assert "F406" not in [f.rule for f in result.findings]
    assert "F406" not in [p.rule for p in result.passed]


@pytest.mark.parametrize("span,fires", [("41년", True), ("51년", False)])
def test_a_span_since_an_event_that_has_become_n_years_ko(knowledge, span, fires):
    from helpers import findings

    text = f"1975년 베틀 두 대로 문을 연 누리공방은 문을 연 지 {span}이 됐다."
    result = findings(knowledge, _published(text), select=["F406"], show_passed=True)
    assert ("F406" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F406" in [p.rule for p in result.passed]


def test_the_age_of_a_thing_is_no_span_since_an_event_ko(knowledge):
    from helpers import findings

    text = "누리상사는 2019년 설립 이후 5년이 된 제품을 단종했다."
    result = findings(knowledge, _published(text), select=["F406"], show_passed=True)
    assert "F406" not in [f.rule for f in result.findings]
    assert "F406" not in [p.rule for p in result.passed]
