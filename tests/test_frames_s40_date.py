"""Dates, ages and spans (fortieth session, lane `date`): readings of an elapsed time widened to constructions they did
not read.

- An edition ordinal written in native words (`올해로 열여섯 번째를 맞는다`) reaches the editions' first test; this
  year's edition told by a copula (`올해가 열 번째다`, `[link.edition_now_copula]`) or by this season of the year
  (`올겨울로 열두 번째 시즌`, `[link.season_now]`); a topic's first year with who held it between (`축제는 2009년
  주민들이 처음 연 뒤`, `[link.edition_first_after_topic]`).
- A Korean age reached now (`창업 30년을 맞았다`, `문을 연 지 올해로 60년이 됐다`), after an opening joined to the
  next clause (`문을 열어 45년 동안`) or a status given (`등록된 뒤 15년 동안`); a start word right before a count is
  that count's noun, no verb that dates a year far before it.
- One of a unit counted back, apposed to a date and closing its clause (`in 1926, a century ago,`, `a year ago`,
  `half a century ago`: `[link.elapsed_centuries]`, `[link.half_a_unit]`).
- English editions of a run founded in a year (`was founded in 1977, and the coming season will be its 50th`).
- A count of a day's part over a range (`22 Monday nights, every Monday from …`: `[link.weekday_count_parts]`,
  `[link.weekday_count_every]`), a range told ahead dated a year on when the reader put it wholly in the past.
- Days listed in a row with their count (`12일과 13일 이틀`, `the two-day show on November 7 and 8`:
  checker/link/listed_days.py).
- A Korean range joined by a verb of opening (`12월 19일 열어 내년 2월 15일까지`, `5월 1일 개통한 트램에 7월
  31일까지`, `[link.range_joiners]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

DATE = "F406"
_PUBLISHED = dt.date(2026, 9, 15)


def _result(knowledge, text: str, published: dt.date):
    return findings(knowledge, document(text, published=published), select=[DATE], show_passed=True)


def assert_dated(knowledge, text: str, fires: bool, published: dt.date = _PUBLISHED) -> None:
    """The date check fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = _result(knowledge, text, published)
    assert (DATE in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert DATE in [p.rule for p in result.passed], "the relation was not checked at all"


def assert_not_dated(knowledge, text: str, published: dt.date = _PUBLISHED) -> None:
    """The date check neither fires nor lists a relation: the figures were not related."""
    result = _result(knowledge, text, published)
    assert DATE not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert DATE not in [p.rule for p in result.passed], [p.message for p in result.passed]


# ---------------------------------------------------------------- Korean editions counted from a first year


@pytest.mark.parametrize(
    "text,fires",
    [
        ("솔비 연날리기 대회는 2011년 처음 열린 뒤 한 해도 빠짐없이 이어져 올해로 열여섯 번째를 맞는다.", False),
        ("솔비 연날리기 대회는 2011년 처음 열린 뒤 한 해도 빠짐없이 이어져 올해로 열아홉 번째를 맞는다.", True),
        ("마루 빙상장은 2019년 겨울 처음 문을 연 뒤 올해로 여덟 번째 겨울을 맞는다.", False),
        ("마루 빙상장은 2019년 겨울 처음 문을 연 뒤 올해로 열한 번째 겨울을 맞는다.", True),
    ],
)
def test_an_edition_ordinal_in_native_words_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("달래 바둑 대회는 2017년 처음 열렸고 한 번도 거르지 않아 올해가 열 번째다.", False),
        ("달래 바둑 대회는 2017년 처음 열렸고 한 번도 거르지 않아 올해가 열세 번째다.", True),
        ("모래 조각 축제는 2009년 처음 열렸으며 올해가 18회째였다.", False),
        ("모래 조각 축제는 2009년 처음 열렸으며 올해가 21회째였다.", True),
    ],
)
def test_this_years_edition_told_by_a_copula_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize("ordinal,fires", [("열두 번째", False), ("12번째", False), ("열다섯 번째", True)])
def test_this_years_season_named_by_its_season_of_the_year_ko(knowledge, ordinal, fires):
    assert_dated(knowledge, f"가람 눈썰매장은 2015년 처음 문을 연 뒤 올겨울로 {ordinal} 시즌을 맞는다.", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a past year's edition
        "달래 바둑 대회는 2017년 처음 열렸고 지난해가 아홉 번째였다.",
        # an ordinal of wins, not of editions
        "한솔 구단은 2017년 처음 창단했고 올해가 세 번째 우승이다.",
        # a run held every other year
        "달래 바둑 대회는 2017년 처음 열렸고 격년으로 열려 올해가 다섯 번째다.",
    ],
)
def test_an_ordinal_of_another_thing_or_time_is_not_dated_ko(knowledge, text):
    assert_not_dated(knowledge, text)


@pytest.mark.parametrize("ordinal,fires", [("18", False), ("21", True)])
def test_an_edition_apart_from_a_first_year_held_by_a_subject_ko(knowledge, ordinal, fires):
    text = (
        f"누리군은 지난 5일 열린 제{ordinal}회 누리 곶감축제에 3만 명이 다녀갔다고 밝혔다.\n\n"
        "축제는 2009년 마을 주민들이 처음 연 뒤 한 해도 거르지 않고 이어져 왔다."
    )
    assert_dated(knowledge, text, fires)


def test_an_edition_apart_from_a_first_year_of_another_verb_is_not_dated_ko(knowledge):
    text = (
        "누리군은 지난 5일 열린 제18회 누리 곶감축제에 3만 명이 다녀갔다고 밝혔다.\n\n"
        "축제는 2009년 마을 주민들이 처음 취소한 뒤 다시 열렸다."
    )
    assert_not_dated(knowledge, text)


# ---------------------------------------------------------------- Korean ages reached now


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한결한과는 1996년 읍내 방앗간에서 출발해 올해로 창업 30년을 맞았다.", False),
        ("한결한과는 1996년 읍내 방앗간에서 출발해 올해로 창업 34년을 맞았다.", True),
        ("담우 공방은 1966년 문을 연 지 올해로 60년이 됐다.", False),
        ("담우 공방은 1966년 문을 연 지 올해로 66년이 됐다.", True),
        ("결 공방은 1981년 문을 열어 45년 동안 나전 한 길만 걸어왔다.", False),
        ("결 공방은 1981년 문을 열어 41년 동안 나전 한 길만 걸어왔다.", True),
        ("보라 감자는 2011년 특산품으로 등록된 뒤 15년 동안 군을 대표해 왔다.", False),
        ("보라 감자는 2011년 특산품으로 등록된 뒤 19년 동안 군을 대표해 왔다.", True),
    ],
)
def test_an_age_reached_now_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a start word right before the count: the count's own noun, no start of the year far before it
        "2020년 한 차례 문을 닫았던 이 식당은 올해로 창업 31년을 맞았다.",
        # the years since a closing, no start
        "담우 공방은 1966년 문을 닫은 지 올해로 60년이 됐다.",
        # a part of the run, not its age
        "결 공방은 1981년 문을 열어 처음 3년 동안 적자를 냈다.",
    ],
)
def test_a_count_of_another_time_is_no_age_ko(knowledge, text):
    assert_not_dated(knowledge, text)


# ---------------------------------------------------------------- one of a unit counted back


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The first chalets on the Brindle promenade were built in 1926, a century ago, by a joiner.", False),
        ("The first chalets on the Brindle promenade were built in 1938, a century ago, by a joiner.", True),
        ("The Hobb Lane workshop opened on Saturday, November 1, 2025, a year ago, in a chapel.", False),
        ("The Hobb Lane workshop opened on Saturday, March 1, 2025, a year ago, in a chapel.", True),
        ("The Tarn mill was rebuilt in 1976, half a century ago.", False),
        ("The Tarn mill was rebuilt in 1961, half a century ago.", True),
    ],
)
def test_one_of_a_unit_counted_back_en(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize(
    "text",
    [
        # not closing its clause: no length apposed to the date
        "The Tarn mill was rebuilt in 1976, a century ago being when the first one burnt.",
        # a month counted back from a month with no year: which one is a guess
        "The Tarn mill shut in August, a month ago.",
    ],
)
def test_one_of_a_unit_not_apposed_is_not_read_en(knowledge, text):
    assert_not_dated(knowledge, text)


# ---------------------------------------------------------------- English seasons of a run founded in a year


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Wrenby darts league was founded in 1977, and the coming season will be its 50th.", False),
        ("The Wrenby darts league was founded in 1977, and the coming season will be its 53rd.", True),
        ("The Wrenby show society was founded in 1977, and this year's show is its 50th.", False),
        ("The Wrenby darts league was founded in 1977, and the coming season will be its 50th season.", False),
    ],
)
def test_seasons_of_a_run_founded_in_a_year_en(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize(
    "text",
    [
        # last season's: another year's ordinal
        "The Wrenby darts league was founded in 1977, and last season was its 49th.",
        # fewer seasons than years: a pause the text does not tell
        "The Wrenby darts league was founded in 1977, and the coming season will be its 30th.",
    ],
)
def test_seasons_of_another_year_or_paused_are_not_dated_en(knowledge, text):
    assert_not_dated(knowledge, text)


# ---------------------------------------------------------------- days of the week over a range


@pytest.mark.parametrize("count,fires", [("22", False), ("24", True)])
def test_nights_of_a_weekday_every_week_of_a_range_told_ahead_en(knowledge, count, fires):
    text = f"Fixtures will be played on {count} Monday nights, every Monday from September 7 to February 1."
    assert_dated(knowledge, text, fires, published=dt.date(2026, 6, 9))


@pytest.mark.parametrize("count,fires", [("10", False), ("12", True)])
def test_evenings_of_a_weekday_over_a_range_en(knowledge, count, fires):
    text = f"The Saltmoor quiz will run on {count} Thursday evenings, from October 1 to December 3."
    assert_dated(knowledge, text, fires, published=dt.date(2026, 9, 1))


def test_a_count_of_nights_with_no_day_named_is_not_read_en(knowledge):
    text = "Fixtures will be played on 22 nights, every Monday from September 7 to February 1."
    assert_not_dated(knowledge, text, published=dt.date(2026, 6, 9))


# ---------------------------------------------------------------- days listed in a row


@pytest.mark.parametrize(
    "text,fires",
    [
        ("벼리군은 오는 27일과 28일 이틀 동안 휴양림에서 대회를 연다.", False),
        ("벼리군은 오는 27일과 28일 사흘 동안 휴양림에서 대회를 연다.", True),
        ("갯벌 축제는 10월 3일·4일·5일 사흘간 열린다.", False),
        ("갯벌 축제는 10월 3일(토)과 4일(일) 이틀 동안 열린다.", False),
        ("갯벌 축제는 10월 3일과 4일 나흘간 열린다.", True),
    ],
)
def test_days_listed_in_a_row_with_their_count_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires, published=dt.date(2026, 9, 20))


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The Orrin Moss two-day trials drew 180 riders on Saturday and Sunday, November 7 and 8, the club said.",
            False,
        ),
        (
            "The Orrin Moss three-day trials drew 180 riders on Saturday and Sunday, November 7 and 8, the club said.",
            True,
        ),
        ("The Orrin Moss fair runs on October 3 and 4, two days of stalls.", False),
    ],
)
def test_days_listed_in_a_row_with_their_count_en(knowledge, text, fires):
    assert_dated(knowledge, text, fires, published=dt.date(2026, 9, 20))


@pytest.mark.parametrize(
    "text",
    [
        # days not in a row: dates, no run
        "갯벌 축제는 10월 3일과 5일 이틀간 열린다.",
        # the length told in another clause of another subject
        "갯벌 축제는 10월 3일과 4일 열리고, 공연은 사흘간 이어진다.",
    ],
)
def test_days_not_in_a_row_or_a_length_apart_are_not_read_ko(knowledge, text):
    assert_not_dated(knowledge, text, published=dt.date(2026, 9, 20))


def test_a_length_of_another_run_beside_listed_days_is_not_read_en(knowledge):
    text = "The Orrin Moss two-day trials follow a five-day camp, with riders out on November 7 and 8."
    assert_not_dated(knowledge, text, published=dt.date(2026, 9, 20))


# ---------------------------------------------------------------- Korean ranges joined by an opening


@pytest.mark.parametrize("days,fires", [("59", False), ("62", True)])
def test_a_range_joined_by_opening_ko(knowledge, days, fires):
    text = f"가온시는 시민공원 썰매장을 12월 19일 열어 내년 2월 15일까지 {days}일 동안 운영한다."
    assert_dated(knowledge, text, fires, published=dt.date(2026, 11, 26))


@pytest.mark.parametrize("days,fires", [("92", False), ("96", True)])
def test_a_range_from_an_opening_of_what_it_names_ko(knowledge, days, fires):
    text = f"한들시는 지난 5월 1일 개통한 경전철에 7월 31일까지 {days}일 동안 승객 12만 명이 탔다고 밝혔다."
    assert_dated(knowledge, text, fires, published=dt.date(2026, 8, 6))


def test_a_range_of_a_closing_is_not_joined_ko(knowledge):
    text = "한들시는 지난 5월 1일 운행을 멈춘 경전철에 7월 31일 다시 승객을 태웠으며 92일 동안 점검했다."
    assert_not_dated(knowledge, text, published=dt.date(2026, 8, 6))


# ---------------------------------------------------------------- half a year, and more starts of an age or a run


@pytest.mark.parametrize(
    "text,fires",
    [
        ("납품은 오는 10월부터 내년 3월까지 반년 동안 나눠 한다.", False),
        ("납품은 11월부터 내년 2월까지 반년에 걸쳐 나눠 한다.", True),
    ],
)
def test_half_a_year_as_one_word_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires, published=dt.date(2026, 9, 26))


@pytest.mark.parametrize("end,fires", [("March", False), ("June", True)])
def test_half_a_year_en(knowledge, end, fires):
    assert_dated(
        knowledge, f"Deliveries will run over half a year, from October to {end}.", fires, dt.date(2026, 9, 26)
    )


@pytest.mark.parametrize(
    "text,fires",
    [
        ('1987년 베틀 두 대로 공방을 연 한보람 대표는 "올해로 40년째 베틀 앞에 앉아 있다"고 말했다.', False),
        ('1987년 베틀 두 대로 공방을 연 한보람 대표는 "올해로 44년째 베틀 앞에 앉아 있다"고 말했다.', True),
        ("공사는 2020년 이후 6년 동안 역 10곳에 승강기 19대를 놓았다.", False),
        ("공사는 2020년 이후 9년 동안 역 10곳에 승강기 19대를 놓았다.", True),
        ("이 사업은 2019년 12개 마을에서 시범으로 시작해 7년 만에 참여 마을이 크게 늘었다.", False),
        ("이 사업은 2019년 12개 마을에서 시범으로 시작해 4년 만에 참여 마을이 크게 늘었다.", True),
    ],
)
def test_more_starts_of_an_age_ko(knowledge, text, fires):
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize("ordinal,fires", [("13", False), ("16", True)])
def test_a_season_started_with_what_it_began_with_ko(knowledge, ordinal, fires):
    assert_dated(knowledge, f"보리 조합은 2014년 농가 34곳으로 출발해 올해로 {ordinal}번째 수확을 맞았다.", fires)


@pytest.mark.parametrize("ordinal,fires", [("11", False), ("14", True)])
def test_an_edition_apart_from_an_event_begun_as_another_ko(knowledge, ordinal, fires):
    text = (
        f"제{ordinal}회 하늘 쪽빛축제에 4만 명이 다녀갔다.\n\n"
        "군 관계자는 행사를 자랑했다. 2016년 마을 잔치로 시작한 축제는 해마다 커졌다."
    )
    assert_dated(knowledge, text, fires)


def test_a_range_joined_by_opening_needs_its_end_ko(knowledge):
    text = "가온 매장은 3월 2일 문을 열어 5월 9일 매출 10억 원을 넘겼고 20일간 할인했다."
    assert_not_dated(knowledge, text, published=dt.date(2026, 8, 6))


# ---------------------------------------------------------------- English editions told apart from their first year


@pytest.mark.parametrize("ordinal,fires", [("130th", False), ("134th", True)])
def test_an_edition_in_the_headline_from_the_first_year_in_the_body_en(knowledge, ordinal, fires):
    text = (
        f"Record crowd at Kelby for {ordinal} contest\n\n"
        "Forty bands played at Kelby on Saturday.\n\n"
        "The contest was first held in 1897, and has been held every year since."
    )
    assert_dated(knowledge, text, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a run not held every year, the years not told: its ordinal counts no years (the years told are counted since
        # s45, lane `dates`: tests/test_frames_s45_dates.py)
        "Kelby hosts its 54th fell race\n\nThe race was first run in 1971 and has been cancelled a few times.",
        # two editions named: which one is this year's is unsaid
        "Kelby hosts its 54th fell race\n\nThe race was first run in 1971. The 50th race was a wet one.",
        # last year's edition: another year's ordinal
        "The Kelby fair was first held in 1990. Last year's 36th fair drew 9,000 people.",
    ],
)
def test_an_edition_of_a_paused_run_or_of_two_is_not_dated_en(knowledge, text):
    assert_not_dated(knowledge, text)
