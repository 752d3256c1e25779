"""Figures the extractor left unread (sixteenth session, second round).

A hedge written flush against its unit (`412억원가량`, `13만원정도`) is the unit and a hedge, not a longer word
(`원가`, `원정`); the unit still refuses the longer word when no hedge follows it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims


def _read(knowledge, text: str) -> dict[str, tuple[str, float, str | None]]:
    return {c.text.strip(): (c.kind, round(c.value, 6), c.unit) for c in claims(text, knowledge).claims}


def test_a_hedge_flush_against_the_won_is_read(knowledge):
    read = _read(knowledge, "사진관 연매출은 412억원가량이 된다.")
    assert read.get("412억원가량") == ("money", 41_200_000_000, "KRW"), read


def test_a_hedge_flush_against_the_won_before_a_particle(knowledge):
    read = _read(knowledge, "단골 고객의 월 지출은 평균보다 13만원가량 많았다. 거래액은 2조1,250억원정도로 추산된다.")
    assert read.get("13만원가량") == ("money", 130_000, "KRW"), read
    assert read.get("2조1,250억원정도") == ("money", 2_125_000_000_000, "KRW"), read


def test_a_hedge_flush_against_a_counter_is_read(knowledge):
    read = _read(knowledge, "올해 새로 문을 연 공방은 300개정도다.")
    assert read.get("300개정도") == ("count", 300, "count"), read


def test_a_unit_running_into_a_longer_word_is_still_refused(knowledge):
    read = _read(knowledge, "부품 원가 412억원가치를 따졌다. 직원 3만원정대가 출발했다.")
    assert not any(text.startswith(("412억원", "3만원")) for text in read), read


# --- a level and the level it left, written bare: `fell to 286 from 312` ---------------------------------------


def test_a_bare_level_and_the_level_it_left_are_counts(knowledge):
    read = _read(knowledge, "Porter numbers at the depot fell to 286 from 312 as the rota changed.")
    assert read.get("286") == ("count", 286, "count"), read
    assert read.get("312") == ("count", 312, "count"), read


def test_the_pair_takes_the_noun_of_the_count_before_it(knowledge):
    text = "Tarnfield Books opened 7 shops and shut two, taking the estate to 412 from 407."
    got = {c.text.strip(): c.counter for c in claims(text, knowledge).claims}
    assert got.get("412") == got.get("407") == "shops", got


def test_years_names_and_prices_are_no_pair(knowledge):
    read = _read(knowledge, "The deadline moved to 2027 from 2026. The club upgraded to Series 5 from 4.")
    assert not read, read
    read = _read(knowledge, "Shares in Vellmoor fell to 45 from 48 on Tuesday.")
    assert "45" not in read and "48" not in read, read


def test_a_change_written_bare_after_a_count_of_no_noun(knowledge):
    read = _read(knowledge, "Ward clerks rose to 1,310 from 1,240, an increase of 70.")
    assert read.get("70") == ("count", 70, "count"), read


def test_adding_states_the_change_of_the_count_before_it(knowledge):
    text = "Brackley Power has 860 rapid chargers, up from 610, adding 250 in the year."
    got = {c.text.strip(): (c.kind, c.value, c.counter) for c in claims(text, knowledge).claims}
    assert got.get("250") == ("count", 250, got["610"][2]), got


def test_the_net_of_two_moves_is_not_the_last_move(knowledge):
    # (9 opened, 3 closed: the level moved by 6, not by the 3 closed; no finding may say it moved by 3)
    text = "Tarnfield Books opened 9 shops in the half and closed 3, taking the estate to 1,214 from 1,208."
    got = claims(text, knowledge).claims
    three = next(c for c in got if c.text.strip() == "3")
    assert three.change_of is None, three


# --- hours by the ten thousand are a total of hours, not a span of time: `2,410만시간` ----------------------------


def test_hours_by_the_ten_thousand_are_a_count(knowledge):
    read = _read(knowledge, "여름 리그 누적 시청 시간은 2,410만시간, 경기당 평균은 18만2천시간이다.")
    assert read.get("2,410만시간") == ("count", 24_100_000, "count"), read
    assert read.get("18만2천시간") == ("count", 182_000, "count"), read


def test_a_span_of_hours_is_still_no_count(knowledge):
    read = _read(knowledge, "공청회는 3시간 동안 이어졌고, 설비는 연간 9,000시간 가동했다.")
    assert not any("시간" in text for text in read), read


# --- kilolitres are cubic metres: `1만2,050㎘`, `3,400 kilolitres` -----------------------------------------------


def test_kilolitres_are_a_volume(knowledge):
    read = _read(knowledge, "지난해 탁주 수출 물량은 1만2,050㎘, 약주는 3,400킬로리터였다.")
    got = {text: (kind, unit) for text, (kind, _, unit) in read.items()}
    assert got.get("1만2,050㎘") == ("measure", "L"), read
    assert got.get("3,400킬로리터") == ("measure", "L"), read
    read = _read(knowledge, "The brewery shipped 3,400 kilolitres of cider.")
    assert read.get("3,400 kilolitres", ("", 0, ""))[0] == "measure", read
