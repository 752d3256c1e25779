"""Numbers first (issue 11): notations the extractor missed on copy it was never tuned to.

Every sentence here is written for this test. Each construction has must-read cases (the span, its kind,
value and unit or counter) and must-not-read cases: words and names that look like numbers and are not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

from checker.extract import extract

PUB = dt.date(2025, 10, 20)


def mentions(text: str, language: str | None = None) -> dict[str, tuple[str, float, str, str | None]]:
    ex = extract(document(text, PUB, language))
    return {m.text: (m.quantity.kind, m.quantity.value, m.quantity.unit, m.quantity.counter) for m in ex.mentions}


def read(text: str, span: str, language: str | None = None) -> tuple[str, float, str, str | None]:
    found = mentions(text, language)
    assert span in found, found
    return found[span]


# --- index levels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value,counter",
    [
        ("지난달 생산자물가지수는 121.35(2020=100)로 한 달 전보다 0.2% 올랐다.", "121.35", 121.35, "p"),
        ("지난달 생산자물가지수는 121.35(2020=100)로 1년 전(118.62)보다 2.3% 올랐다.", "118.62", 118.62, "p"),
        ("전날 코스닥 종가는 801.27이었다.", "801.27", 801.27, "p"),
        ("코스피는 전 거래일(2,431.60)보다 20.14포인트 내렸다.", "2,431.60", 2431.60, "p"),
        ("주택가격지수는 석 달 전 98.70보다 1.1% 높다.", "98.70", 98.70, "p"),
        ("The rent index rose 1.2% to 142.7 in June from 141.0 in May.", "142.7", 142.7, "points"),
        ("The rent index rose 1.2% to 142.7 in June from 141.0 in May.", "141.0", 141.0, "points"),
        ("The Nikkei climbed 1.1% to 38,412.56 from 37,995.20.", "38,412.56", 38412.56, "points"),
        ("The Nikkei climbed 1.1% to 38,412.56 from 37,995.20.", "37,995.20", 37995.20, "points"),
        ("The price index fell from 99.10 to 98.35 over the spring.", "98.35", 98.35, "points"),
    ],
)
def test_index_level_named_by_its_sentence(sentence, span, value, counter):
    kind, got, unit, got_counter = read(sentence, span)
    assert (kind, unit, got_counter) == ("count", "count", counter)
    assert got == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("지수는 0.4 오른 뒤 내렸다.", "0.4"),  # a change, not followed by a level's particle
        ("지수는 3.5로 올랐다.", "3.5"),  # under ten: more often a rate than a level
        ("평균 타율은 0.318로 올랐다.", "0.318"),  # no index named
        ("코스피 200 종목 가운데 120곳이 올랐다.", "200"),  # a whole number names the index
        ("The index rose 1.5 to 98.35.", "1.5"),  # a change before `to`
        ("The team's rating fell to 88.5 from 90.1.", "88.5"),  # no index named
    ],
)
def test_no_index_level(sentence, span):
    assert span not in mentions(sentence)


def test_a_level_alone_after_its_preposition_is_left_bare(knowledge):
    # one end of a move, in a clause after another index's move: no level, so no prior borrowed across
    text = "The Kospi fell 2% to 2,410.50 from 2,460.12, while shares of its largest member dropped 1% to 701.33."
    assert "701.33" not in mentions(text)
    assert mentions(text)["2,410.50"][3] == "points"
    text = "The Kospi fell 2% to 2,410.50 from 2,460.12, while the Kosdaq dropped 1% to 701.33."
    assert "701.33" not in mentions(text)
    assert "F301" not in [f.rule for f in findings(knowledge, document(text)).findings]


def test_no_new_level_where_a_sentence_names_two_indexes(knowledge):
    text = "코스피는 전 거래일(2,430.12)보다 1.2% 내린 2,401.12로, 코스닥은 2.5% 내린 690.15로 마감했다."
    assert "2,430.12" not in mentions(text)
    assert "F301" not in [f.rule for f in findings(knowledge, document(text)).findings]
    assert mentions("코스피 지수는 전 거래일(2,430.12)보다 1.2% 내렸다.")["2,430.12"][3] == "p"  # one index


def test_index_levels_are_checked_as_a_growth(knowledge):
    holds = "지난달 소비자물가지수는 118.20(2020=100)으로 1년 전(115.40)보다 2.4% 올랐다."
    broken = holds.replace("115.40", "105.40")
    assert "F301" in [p.rule for p in findings(knowledge, document(holds), show_passed=True).passed]
    assert "F301" in [f.rule for f in findings(knowledge, document(broken)).findings]
    en = "The index of rents rose 2.0% to 153.0 in July from 150.0 in June."
    assert "F301" in [p.rule for p in findings(knowledge, document(en), show_passed=True).passed]
    assert "F301" in [f.rule for f in findings(knowledge, document(en.replace("150.0", "130.0"))).findings]


# --- ratios to one (`경쟁률 18.4대 1`) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,value",
    [
        ("수시 모집에 지원자가 몰려 평균 12.7대 1의 경쟁률을 보였다.", "12.7대 1", 12.7),
        ("의예과 경쟁률은 35대 1이었다.", "35대 1", 35),
        ("지원자가 5천명에 달해 8.25대 1로 경쟁이 치열했다.", "8.25대 1", 8.25),
        ("올해 경쟁률 9.4대 1…약대는 27대 1", "27대 1", 27),
    ],
)
def test_ratio_to_one_is_a_multiple(sentence, span, value):
    kind, got, unit, _ = read(sentence, span)
    assert (kind, unit) == ("multiple", "multiple")
    assert got == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("원정팀이 3대 1로 이겼다.", "3대"),  # a score: no count of vehicles
        ("홈팀이 2대 1로 역전승을 거뒀다.", "2대"),
    ],
)
def test_score_is_no_count(sentence, span):
    assert span not in mentions(sentence)
    assert not any(text.startswith(span) for text in mentions(sentence))


def test_vehicles_before_an_hour_stay_vehicles():
    assert read("차량 3대 1시간 만에 도착했다.", "3대") == ("count", 3.0, "count", "대")


# --- measures and counters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,unit,value",
    [
        ("사흘 동안 비가 640㎜ 내렸다.", "640㎜", "km", 640e-6),
        ("연평균 강수량 1,480mm의 절반이 내렸다.", "1,480mm", "km", 1480e-6),
        ("The storm left 95mm of rain.", "95mm", "km", 95e-6),
        ("눈이 12㎝ 쌓였다.", "12㎝", "km", 12e-5),
        ("Snow lay 30cm deep.", "30cm", "km", 30e-5),
        ("무게 3㎏짜리 상자", "3㎏", "kg", 3),
    ],
)
def test_length_and_rain_symbols(sentence, span, unit, value):
    kind, got, got_unit, _ = read(sentence, span)
    assert (kind, got_unit) == ("measure", unit)
    assert got == pytest.approx(value)


def test_sports_counters():
    found = mentions("그는 30경기에서 11골 4도움을 기록했다.")
    assert found["30경기"][3] == "경기" and found["11골"][3] == "골" and found["4도움"][3] == "도움"
    assert "3경기" in mentions("상대에게 3경기도 내줬다.")


@pytest.mark.parametrize("sentence,span", [("경기도 1골목 축제", "1골"), ("2경기장을 새로 짓는다.", "2경기")])
def test_counter_words_inside_longer_words(sentence, span):
    assert span not in mentions(sentence)


# --- counts whose noun is written once ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,span,kind,value,unit,counter",
    [
        ("Some 412 shops opened, 96 closed and 21 were sold.", "96", "count", 96, "count", "shops"),
        ("Some 412 shops opened, 96 closed and 21 were sold.", "21", "count", 21, "count", "shops"),
        ("The clinic saw 87 patients, up 12% from 78 a week earlier.", "78", "count", 78, "count", "patients"),
        ("The bloc took 240 seats, 14 more than the 226 needed.", "226", "count", 226, "count", "seats"),
        ("Officials logged 1,310 claims, and 95 were rejected.", "95", "count", 95, "count", "claims"),
        ("The rupee ended at 83.12 per dollar, compared with 83.40 on Monday.", "83.40", "money", 83.40, "INR", None),
        ("The rupee closed at 82.64 against the US dollar.", "82.64", "money", 82.64, "INR", None),
        ("Adults made up 540 of this year's 910 cases.", "540", "count", 540, "count", "cases"),
        ("He scored 12 of last season's 40 goals.", "12", "count", 12, "count", "goals"),
        ("It sold 5 of its 20 stores.", "5", "count", 5, "count", "stores"),
    ],
)
def test_elided_noun(sentence, span, kind, value, unit, counter):
    got_kind, got, got_unit, got_counter = read(sentence, span)
    assert (got_kind, got_unit, got_counter) == (kind, unit, counter)
    assert got == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("In 2023 sales rose, and 2024 was better.", "2024"),  # a year
        ("Apple sold 5 million phones as Model 3 launched.", "3"),  # a name's number
        ("It fell 3% from 2019 levels.", "2019"),
        ("Some 412 shops opened. 96 closed later.", "96"),  # another sentence
        ("Prices fell from 40 in May.", "40"),  # no count before it
        ("She scored 30 points.\n12 were blocked.", "12"),  # another line
        ("In 2019 of its 40 stores, none closed.", "2019"),  # a year before `of` is no part
    ],
)
def test_no_elided_noun(sentence, span):
    assert span not in mentions(sentence)


# --- two-cell table rows --------------------------------------------------------------------------------


def test_table_rows_of_labelled_counts():
    found = mentions("Final tally:\nNorth Party | 160\nSouth Union | 92\nGreens | 18\n\nThe end.")
    assert found["160"] == ("count", 160, "count", "") and found["18"] == ("count", 18, "count", "")
    found = mentions("정당별 의석\n가나당 | 175\n다라당 | 108\n", "ko")
    assert found["175"][0] == "count" and found["108"][0] == "count"
    framed = mentions("| Team | 2024 |\n| Alpha | 12 |\n| Beta | 7 |")
    assert "12" in framed and "2024" not in framed  # a year heads the column


def test_a_lone_row_is_no_table():
    assert "3" not in mentions("Menu\nTickets | 3\nDone")


# --- words and names that look like numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,language",
    [
        ("It was one of the best years for the firm.", "en"),
        ("일부 지역에서 비가 내렸다.", "ko"),
        ("The airline flies the A320 and the 737 MAX.", "en"),
        ("갤럭시 S25 판매가 시작됐다.", "ko"),
        ("문의는 02-3456-7890으로 하면 된다.", "ko"),
        ("Call 020 7946 0958 for details.", "en"),
        ("Windows 11 and iOS 18 were updated.", "en"),
    ],
)
def test_no_false_extraction(sentence, language):
    assert mentions(sentence, language) == {}


# --- a table's unit line (`(단위: 억원)`) ---------------------------------------------------------------


def test_cells_under_a_unit_line_take_its_unit():
    text = "(단위: 억원)\n구분 | 매출 | 영업이익\n가나전자 | 1,234 | 210\n다라화학 | 980.5 | 75\n\n"
    text += "다음 문단은 30을 말했다."
    found = mentions(text, "ko")
    assert found["1,234"][:3] == ("money", pytest.approx(1234e8), "KRW")
    assert found["980.5"][:3] == ("money", pytest.approx(980.5e8), "KRW")
    assert "30" not in found  # after the empty line: no longer the table
    assert "억원" not in found  # the unit line is no figure
    people = mentions("[단위 : 명]\n서울 45\n부산 12\n", "ko")
    assert people["12"] == ("count", 12, "count", "명")
    rates = mentions("(단위: %)\n서울 | 3.5\n부산 | 2.1\n", "ko")
    assert rates["2.1"][:3] == ("percent", pytest.approx(2.1), "percent")


def test_a_year_heading_a_column_is_no_cell():
    assert mentions("(단위: 억원)\n구분 | 2023 | 2024\n가나 | 1,020 | 1,100\n", "ko").keys() == {"1,020", "1,100"}


# --- spans of time counted in days, weeks and months (`12일 만에`, `20주 연속`, `13개월째`) ------------------


def times(text: str) -> dict[str, tuple[object, str]]:
    return {t.text: (t.period, t.role) for t in extract(document(text, PUB, "ko")).times}


@pytest.mark.parametrize(
    "sentence,span",
    [
        ("개봉 9일 만에 관객 300만명을 모았다.", "9일 만에"),
        ("파업이 6일째 이어졌다.", "6일째"),
        ("집값이 15주 연속 올랐다.", "15주 연속"),
        ("아파트값이 8주째 올랐다.", "8주째"),
        ("수출이 9개월째 늘었다.", "9개월째"),
        ("적자가 3년 연속 이어졌다.", "3년 연속"),
        ("경상수지가 4개월 연속 흑자를 냈다.", "4개월 연속"),
    ],
)
def test_span_of_time_is_no_date(sentence, span):
    found = times(sentence)
    assert found.get(span) == (None, "relative"), found


def test_a_day_of_the_month_stays_a_date():
    assert times("주총은 12일 열린다.")["12일"][0] is not None
    assert times("지난 3일 개봉한 영화는 12일 만에 흥행 1위에 올랐다.")["지난 3일"][0] is not None
    assert times("기관은 100만주를 샀다.") == {}  # `주` after a number of shares: no span of weeks
