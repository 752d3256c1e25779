"""Dates, ages and editions (thirty-ninth session, lane `date`): the readings of an age counted from a dated start up
to now (checker/link/date_spans_general.py), of seasons and editions counted from a first year
(checker/link/season_ordinals.py, checker/link/editions_apart.py), widened to constructions they did not read.

- A Korean count of years since a start whose verb is `생긴` (`팀이 생긴 뒤 23년 동안`) or `꾸린 지`;
  a count after the bound noun `지` modifying what it is the age of (`문을 연 지 40년 된 가게`,
  `[link.age_since_bound_before]`); a count as the object of a verb of lasting (`31년을 버텼다`);
  `N년 만의`.
- An ordinal of seasons in native numerals (`열여덟 번째 여름`, the `ordinals` of `[elapsed_time]`),
  with this year as its subject (`올해가`), of summers, winters and harvests, from a first opening
  (`처음 문을 연`).
- A Korean edition ordinal before its event's name, counted from a first year told with the event as
  its topic (`단오제는 1969년 처음 열린 뒤`, `[link.edition_topic_marks]`,
  `[link.edition_first_after_topic]`); years the run paused (`두 해를 쉬었고`) make its editions no
  count of years.
- English: an edition named as what the count made this year's (`first sailed in 1951, which made this
  year's the 76th`); a year a custom `dates back to`, restated as years ago; a later clause opening on
  `in N years` with a perfect (`, and in 47 years we've never …`, `[link.age_clause_joiners]`); a
  perfect put back a tense by `said`.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

DATE = "F406"


def _result(text: str):
    return findings(_knowledge(), document(text, published=dt.date(2026, 9, 15)), select=[DATE], show_passed=True)


_K = {}


def _knowledge():
    return _K["k"]


@pytest.fixture(autouse=True)
def _keep(knowledge):
    _K["k"] = knowledge


def assert_dated(text: str, fires: bool) -> None:
    """The date check fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = _result(text)
    assert (DATE in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert DATE in [p.rule for p in result.passed], "the relation was not checked at all"


def assert_not_dated(text: str) -> None:
    """The date check neither fires nor lists a relation: the figures were not related."""
    result = _result(text)
    assert DATE not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert DATE not in [p.rule for p in result.passed], [p.message for p in result.passed]


# ---------------------------------------------------------------- Korean counts of years since a start


@pytest.mark.parametrize("years,fires", [("23", False), ("31", True)])
def test_years_since_a_team_came_into_being_ko(years, fires):
    assert_dated(f'코치 한서윤 씨는 "2003년 팀이 생긴 뒤 {years}년 동안 이런 해는 없었다"고 말했다.', fires)


def test_years_after_a_win_are_no_age_ko():
    assert_not_dated('코치 한서윤 씨는 "2003년 팀이 우승한 뒤 23년 동안 이런 해는 없었다"고 말했다.')


@pytest.mark.parametrize("years,fires", [("40", False), ("48", True)])
def test_the_age_of_what_opened_after_the_bound_noun_ko(years, fires):
    assert_dated(f'주인 마준호 씨는 "1986년 아버지가 문을 연 지 {years}년 된 방앗간"이라고 말했다.', fires)


def test_the_age_of_another_thing_is_no_span_since_the_opening_ko():
    assert_not_dated("1986년 문을 연 솔빛방앗간은 8년 된 기계를 새것으로 바꿨다.")


@pytest.mark.parametrize("years,fires", [("31", False), ("39", True)])
def test_years_as_the_object_of_a_verb_of_lasting_ko(years, fires):
    assert_dated(f'대표 윤가람 씨는 "1995년 동생과 함께 좌판으로 시작해 {years}년을 버텼다"고 말했다.', fires)


def test_years_of_lasting_told_ahead_are_no_age_ko():
    assert_not_dated('대표 윤가람 씨는 "1995년 동생과 함께 좌판으로 시작했는데 앞으로 31년을 버티겠다"고 말했다.')


@pytest.mark.parametrize("years,fires", [("12", False), ("19", True)])
def test_years_since_a_cooperative_was_formed_before_a_first_ko(years, fires):
    assert_dated(
        f'조합장 서다온 씨는 "2014년 이웃 농가들과 조합을 꾸린 지 {years}년 만의 첫 수출"이라고 말했다.', fires
    )


# ---------------------------------------------------------------- Korean seasons counted from a start


@pytest.mark.parametrize("ordinal,fires", [("열다섯 번째", False), ("스물두 번째", True)])
def test_this_years_summer_in_native_numerals_ko(ordinal, fires):
    assert_dated(f'관리소장은 "2012년 문을 연 뒤 올해가 {ordinal} 여름"이라고 말했다.', fires)


@pytest.mark.parametrize("ordinal,fires", [("일곱 번째", False), ("열한 번째", True)])
def test_this_years_season_since_a_first_opening_ko(ordinal, fires):
    assert_dated(f"2020년 처음 문을 연 누리 썰매장은 올해로 {ordinal} 시즌을 맞았다.", fires)


def test_an_ordinal_of_wins_is_no_count_of_seasons_ko():
    assert_not_dated("2020년 처음 문을 연 누리 썰매장은 올해로 일곱 번째 우수 시설에 뽑혔다.")


# ---------------------------------------------------------------- a Korean edition and its first year, told apart

_FEST_KO = (
    "[솔내=솔내일보] 솔내군은 지난주 열린 '제{n}회 솔내 단오제'에 관람객 9만 명이 다녀갔다고 "
    "9일 밝혔다.\n\n단오제는 1969년 처음 열린 뒤 {rest}"
)


@pytest.mark.parametrize("n,fires", [("58", False), ("64", True)])
def test_an_edition_counted_from_the_first_year_its_topic_names_ko(n, fires):
    assert_dated(_FEST_KO.format(n=n, rest="해마다 이어져 왔다."), fires)


def test_an_edition_of_a_run_that_paused_counts_no_years_ko():
    # (a pause of years told by their count is counted since s45, lane `dates`: tests/test_frames_s45_dates.py)
    text = _FEST_KO.format(n="58", rest="몇 차례 쉬었다.")
    result = _result(text)
    assert not [p for p in result.passed if "제58회" in p.message]
    assert not [f for f in result.findings if "제58회" in f.message]


# ---------------------------------------------------------------- English editions and ages


@pytest.mark.parametrize("ordinal,fires", [("68th", False), ("75th", True)])
def test_an_edition_named_as_what_the_count_made_this_years(ordinal, fires):
    assert_dated(f"The Tarn Mere gig race was first rowed in 1959, which made this year's the {ordinal}.", fires)


def test_a_place_in_a_race_is_no_edition():
    assert_not_dated("The Tarn Mere gig race was first rowed in 1959, and the Ferry Inn crew came 68th.")


@pytest.mark.parametrize("years,fires", [("180", False), ("195", True)])
def test_a_custom_dating_back_to_a_year_restated_as_years_ago(years, fires):
    assert_dated(f"The Brindle Hill pancake race dates back to 1846, {years} years ago.", fires)


def test_a_return_back_to_a_years_level_is_no_start():
    assert_not_dated("Takings at the Brindle Hill market went back to 2019 levels, seven years of slow growth.")


@pytest.mark.parametrize("years,fires", [("38", False), ("45", True)])
def test_a_later_clause_opening_on_years_with_a_perfect(years, fires):
    assert_dated(
        f'"My aunt started weaving baskets in a barn in 1988, and in {years} years we\'ve never had such an order," '
        "said Orla Finch.",
        fires,
    )


def test_a_later_clause_of_years_ahead_is_no_age():
    assert_not_dated(
        '"My aunt started weaving baskets in a barn in 1988, and in 38 years we will have woven a million," said Orla.'
    )


@pytest.mark.parametrize("years,fires", [("51", False), ("58", True)])
def test_a_perfect_put_back_by_said(years, fires):
    assert_dated(
        f"Ivo Marsh began smoking kippers in 1975 and said the smokehouse had seen nothing like it in {years} years.",
        fires,
    )


# ---------------------------------------------------------------- days of a run of whole months


@pytest.mark.parametrize("days,fires", [("184", False), ("160", True)])
def test_the_days_from_one_month_to_another_count_the_whole_months(days, fires):
    # (1 March to 31 August: 184 days with both ends)
    assert_dated(f"The Gullhaven ferry carried 48,000 riders in the {days} days from March to August.", fires)


@pytest.mark.parametrize("days,fires", [("122", False), ("100", True)])
def test_the_days_of_a_run_of_months_pointed_back_to_two_sentences_on(days, fires):
    text = (
        "The Orwick lido sold 36,600 swims between May and August, up from 30,100 a year earlier.\n\n"
        f"The lido says most swimmers came after work. Over the {days} days it averaged 300 swims a day."
    )
    assert_dated(text, fires)


def test_days_open_within_a_run_of_months_are_no_count_of_its_days():
    assert_not_dated("The Orwick lido stayed open 96 days from May to August.")


def test_days_from_late_in_a_month_are_no_count_of_whole_months():
    assert_not_dated("Picking begins in late August and ends by the end of October, over the 50 days.")


@pytest.mark.parametrize("days,fires", [("181", False), ("160", True)])
def test_days_of_lasting_beside_a_range_of_months_in_one_figure_ko(days, fires):
    assert_dated(f"올해 1~6월 누리 숲길 이용객은 9만500명으로, {days}일 동안 하루 500명꼴이 다녀갔다.", fires)


def test_days_of_lasting_in_another_sentence_than_the_range_ko():
    text = "올해 1~6월 누리 숲길 이용객은 9만500명이다. 숲길 축제는 10일 동안 열렸다."
    assert_not_dated(text)


def test_one_month_before_a_figure_is_a_window_of_a_rate_ko():
    text = "올해 1~9월 누리 빨래방 세탁 건수는 9천건으로 9개월 동안 한 달 1천건꼴이다."
    result = _result(text)
    assert not [f for f in result.findings if "한 달" in f.message], [f.message for f in result.findings]


# ---------------------------------------------------------------- differences

GAP = "F305"


def _gap_result(text: str):
    return findings(_knowledge(), document(text, published=dt.date(2026, 9, 15)), select=[GAP], show_passed=True)


def assert_gap(text: str, fires: bool) -> None:
    result = _gap_result(text)
    assert (GAP in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert GAP in [p.rule for p in result.passed], "the difference was not checked at all"


@pytest.mark.parametrize("cut,fires", [("310만㎾h", False), ("410만㎾h", True)])
def test_a_fall_from_one_level_to_another_in_a_squared_unit_symbol_ko(cut, fires):
    assert_gap(f"누리시 가로등 전력 사용량은 연 960만㎾h에서 650만㎾h로 {cut} 줄어든다.", fires)


@pytest.mark.parametrize("gap,fires", [("140명", False), ("240명", True)])
def test_a_gap_said_of_an_average_marked_per_unit_ko(gap, fires):
    assert_gap(f"누리 천문대 관람객은 하루 평균 640명꼴로, 지난해 같은 기간 하루 평균 500명보다 {gap} 많다.", fires)


def test_a_gap_after_an_average_of_another_clause_is_not_linked_ko():
    text = "누리 천문대 관람객은 하루 평균 640명꼴이었다. 전시관 방문객은 지난해 500명보다 140명 많다."
    result = _gap_result(text)
    assert not [p for p in result.passed if "640" in p.message]
    assert not [f for f in result.findings if "640" in f.message]


@pytest.mark.parametrize("rise,fires", [("£1.45 million", False), ("£2.45 million", True)])
def test_a_change_noun_set_off_by_commas_before_its_amount(rise, fires):
    text = (
        f"Takings at Fenmoor Pottery rose to £6.20 million from £4.75 million. The rise, of {rise}, came from exports."
    )
    assert_gap(text, fires)


def test_a_noun_of_change_before_a_clause_is_no_amount():
    text = "Takings at Fenmoor Pottery rose to £6.20 million from £4.75 million. The rise, officials said, was £1.45m."
    result = _gap_result(text)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- an age told in its own clause


@pytest.mark.parametrize("years,fires", [("131", False), ("140", True)])
def test_an_age_in_its_own_clause_before_a_year_of_another_event(years, fires):
    assert_dated(
        f"The Ashby footbridge, built in 1895 and at {years} years one of the oldest in the county, was shut in "
        "March 2025 after a flood.",
        fires,
    )


def test_an_age_told_of_another_year_in_its_clause_is_not_read():
    assert_not_dated("The Ashby footbridge, built in 1895 and at 130 years old in 2025, was shut after a flood.")
