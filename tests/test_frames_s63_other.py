"""Readings of the sixty-third session's lane for dates, differences, conversions and repeats.

- A length in days over a range of two dated days whose run's days are named beside the range (`open on Saturdays
  and Sundays from … to …, 18 days in all`, `every Friday from …`, `at weekends from …`) counts the days of those
  names, not every day between: a count that is more than the calendar has of them is still reported.
- A length in weeks over a range whose two days are written with their days of the week, from a Monday to a working
  day (`4월 6일(월)부터 … (금)까지 29주`), may be the weeks the run completes (its last working week left out), as
  well as the weeks rounded; a count further off is still reported, and without the names the rounding alone holds.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked

ELAPSED = "F406"
JUNE = dt.date(2026, 6, 10)


# --- a count of days on named days of the week ---------------------------------------------------------------------


@pytest.mark.parametrize(("days", "fires"), [("18", False), ("22", True)])
def test_days_on_named_weekdays_count_those_days(knowledge, days, fires):
    text = (
        "The old mill at Carrowdale will be open on Saturdays and Sundays from Saturday 4 July to Sunday 30 August, "
        f"{days} days in all."
    )
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


@pytest.mark.parametrize(("days", "fires"), [("14", False), ("16", True)])
def test_days_every_named_weekday_count_those_days(knowledge, days, fires):
    text = f"The night market on Quarry Lane will run every Friday from 1 May to 31 July, {days} days of trading."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 4, 20))


@pytest.mark.parametrize(("days", "fires"), [("18", False), ("21", True)])
def test_days_at_weekends_count_saturdays_and_sundays(knowledge, days, fires):
    text = f"The ferry to Innisbeg will sail at weekends from Saturday 4 July to Sunday 30 August, {days} days in all."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


def test_days_on_a_list_of_named_weekdays_count_each(knowledge):
    # (Fridays, Saturdays and Sundays from 3 July to 30 August: 27 days; 29 is more than there are)
    good = "The beach kiosk at Portmoy will open on Fridays, Saturdays and Sundays from 3 July to 30 August, 27 days."
    assert_checked(knowledge, good, ELAPSED, fires=False, published=JUNE)
    assert_checked(knowledge, good.replace("27 days", "29 days"), ELAPSED, fires=True, published=JUNE)


def test_days_between_with_no_named_days_count_every_day(knowledge):
    # (the near miss: a name further off in the sentence names no day of this run)
    text = (
        "The café, which opens on Saturdays, will trade daily from 4 July to 30 August this year, 18 days in all, "
        "its owner said."
    )
    assert_checked(knowledge, text, ELAPSED, fires=True, published=JUNE)


# --- a length in weeks from a Monday to a Friday -------------------------------------------------------------------


@pytest.mark.parametrize(("weeks", "fires"), [("29주", False), ("30주", False), ("27주", True)])
def test_weeks_from_a_monday_to_a_friday_may_be_the_completed_weeks(knowledge, weeks, fires):
    text = f"한빛마을 도서관의 독서 교실은 1월 19일(월)부터 8월 14일(금)까지 {weeks} 동안 주 3회씩 열렸다."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 12, 10))


def test_weeks_from_a_named_monday_to_a_friday_in_english(knowledge):
    text = "The evening classes at Lornbridge ran from Monday 4 May to Friday 27 November, 29 weeks in all."
    assert_checked(knowledge, text, ELAPSED, fires=False, published=dt.date(2026, 12, 10))


def test_weeks_with_no_named_ends_are_rounded(knowledge):
    # (the near miss: no day of the week written, so the completed weeks are no reading)
    text = "한빛마을 도서관의 독서 교실은 1월 19일부터 8월 14일까지 29주 동안 주 3회씩 열렸다."
    assert_checked(knowledge, text, ELAPSED, fires=True, published=dt.date(2026, 12, 10))


def test_weeks_from_a_monday_to_a_sunday_are_not_cut(knowledge):
    # (a run to a Sunday completes its last week: the week short is still reported)
    text = "The evening classes at Lornbridge ran from Monday 4 May to Sunday 29 November, 29 weeks in all."
    assert_checked(knowledge, text, ELAPSED, fires=True, published=dt.date(2026, 12, 10))


# --- days ago, apposed to a day gone by ----------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "fires"), [("19 days", False), ("three weeks", False), ("26 days", True)])
def test_days_ago_apposed_to_a_day_gone_by(knowledge, days, fires):
    text = f"The last ferry to Skerrow sailed on Tuesday 3 March, {days} ago, and the pier has stood empty since."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 3, 22))


def test_days_later_apposed_to_a_day_is_no_time_since_it(knowledge):
    # (the near miss: `later` counts from another day, not from now)
    text = "The pier at Skerrow closed on Tuesday 3 March, 26 days later than the ferry company had planned."
    assert_not_linked(knowledge, text, ELAPSED, published=dt.date(2026, 3, 22))


def test_days_ago_after_a_day_to_come_is_not_read(knowledge):
    text = "The hall at Fennick reopens on Tuesday 3 March, 19 days ago the council approved the repairs."
    assert_not_linked(knowledge, text, ELAPSED, published=dt.date(2026, 2, 10))


# --- a length in hours beside a range of clock times ---------------------------------------------------------------


@pytest.mark.parametrize(("hours", "fires"), [("11 hours", False), ("12 hours", True)])
def test_hours_after_a_range_of_clock_times(knowledge, hours, fires):
    text = f"Water to Glenbarra will be off from 7am to 6pm on the day, {hours} in all, while the main is relaid."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


@pytest.mark.parametrize(("minutes", "fires"), [("40 minutes", False), ("50 minutes", True)])
def test_minutes_before_a_range_of_clock_times(knowledge, minutes, fires):
    text = f"The parade lasted {minutes}, from 2.35pm to 3.15pm, and drew a crowd of several hundred."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


@pytest.mark.parametrize(("hours", "fires"), [("7시간", False), ("6시간", True)])
def test_hours_after_a_range_of_clock_times_ko(knowledge, hours, fires):
    text = f"솔빛면 장터 축제는 오전 11시부터 오후 6시까지 {hours} 동안 열린다."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


@pytest.mark.parametrize(("hours", "fires"), [("5시간", False), ("4시간", True)])
def test_hours_across_midnight_ko(knowledge, hours, fires):
    text = f"별무리 천문대는 15일 밤 11시부터 이튿날 새벽 4시까지 {hours} 동안 관측회를 연다."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=JUNE)


def test_hours_and_minutes_between_bare_clock_times_ko(knowledge):
    text = "해오름 학교의 아침 수업은 8시 40분부터 10시 5분까지 1시간 25분 동안 열린다."
    assert_checked(knowledge, text, ELAPSED, fires=False, published=JUNE)
    assert_checked(knowledge, text.replace("1시간 25분", "1시간 45분"), ELAPSED, fires=True, published=JUNE)


def test_a_break_after_a_range_of_clock_times_is_not_its_length(knowledge):
    text = "The library at Ardmuir is open from 9am to 5pm, with a break of one hour at midday."
    assert_not_linked(knowledge, text, ELAPSED, published=JUNE)


def test_figures_with_a_point_and_no_half_of_the_day_are_no_clock(knowledge):
    text = "The share price moved from 12.40 to 13.25, 45 minutes after the market opened."
    assert_not_linked(knowledge, text, ELAPSED, published=JUNE)


def test_a_bare_first_hour_takes_the_morning(knowledge):
    text = "The pop-up clinic at Kilvane is open from 9 to 4pm, seven hours, on Tuesdays."
    assert_checked(knowledge, text, ELAPSED, fires=False, published=JUNE)


# --- a currency's other written name -------------------------------------------------------------------------------


@pytest.mark.parametrize(("won", "fires"), [("약 1천720만원", False), ("약 1천만원", True)])
def test_the_zloty_in_its_other_spelling_is_converted(knowledge, won, fires):
    text = f"솔가람 공방이 폴란드 그단스크의 화랑에 족자 30점을 모두 4만5천즈워티({won})에 팔았다."
    assert_checked(knowledge, text, "F202", fires=fires)


# --- a day ahead counted from today, no origin named ---------------------------------------------------------------

_MARKET = "솔터읍 장터는 1962년 처음 섰다. 다음 장은 {length} 뒤인 21일(금)에 선다."


@pytest.mark.parametrize(("length", "fires"), [("닷새", False), ("5일", False), ("이레", True)])
def test_a_day_ahead_after_a_topic_counts_from_today(knowledge, length, fires):
    assert_checked(knowledge, _MARKET.format(length=length), ELAPSED, fires=fires, published=dt.date(2026, 8, 16))


def test_a_day_ahead_after_a_day_told_before_is_not_counted_from_today(knowledge):
    # (counted from the day the sentence before dates, 14 August, the week holds; from today it would not)
    text = "솔터읍 축제는 8월 14일 막을 올린다. 폐막은 이레 뒤인 21일(금)이다."
    assert_checked(knowledge, text, ELAPSED, fires=False, published=dt.date(2026, 8, 10))


def test_a_day_ahead_of_a_named_origin_is_not_counted_from_today(knowledge):
    text = "솔터읍 축제의 폐막은 개막 이레 뒤인 21일(금)이다."
    assert_not_linked(knowledge, text, ELAPSED, published=dt.date(2026, 8, 10))


def test_hours_a_week_beside_a_range_of_clock_times_are_no_length_of_it(knowledge):
    text = "The archive at Corrane will open from Monday to Thursday, 9am to 1pm, giving 16 hours a week."
    assert_not_linked(knowledge, text, ELAPSED, published=JUNE)


def test_hours_a_week_beside_a_range_of_clock_times_ko(knowledge):
    text = "솔빛 도서관 열람실은 화요일부터 금요일까지 오전 9시부터 오후 1시까지 주 16시간 문을 연다."
    assert_not_linked(knowledge, text, ELAPSED, published=JUNE)


def test_two_ranges_of_clock_times_in_a_sentence_are_not_read(knowledge):
    text = "The road by the school at Penmoy closed from 8.20am to 9am and from 3pm to 3.25pm: 40 and 25 minutes."
    assert_not_linked(knowledge, text, ELAPSED, published=JUNE)


# --- years ago opening the sentence after a start year (Korean) ----------------------------------------------------


@pytest.mark.parametrize(("years", "fires"), [("14년", False), ("17년", True)])
def test_years_ago_opening_the_sentence_after_a_start_year_ko(knowledge, years, fires):
    text = f"물골마을과 핀란드 라티의 인연은 2012년 시작됐다. {years} 전 라티를 찾은 이장이 그곳 주민들과 교류를 텄다."
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 5, 10))


def test_years_later_opening_the_sentence_after_a_start_year_ko_is_no_age(knowledge):
    text = "물골마을과 핀란드 라티의 인연은 2012년 시작됐다. 17년 뒤 라티를 다시 찾을 계획이다."
    assert_not_linked(knowledge, text, ELAPSED, published=dt.date(2026, 5, 10))
