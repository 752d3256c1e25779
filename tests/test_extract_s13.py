"""Numbers and counters as copy writes them (session 13): Korean counters of items, packages and works, a counter
after a space after a myriad, English fraction phrases with their bounds, volumes and areas as measures, points
between two rates, a dollar spelled in an article of one country's dollars, a scaled count at a quotation's start.
Every sentence is written for this test."""

from __future__ import annotations

import math

import pytest
from helpers import document, findings

from checker.extract import extract


def _read(text: str) -> list[tuple[str, str, str, str | None, float]]:
    return [
        (m.text, m.quantity.kind, m.quantity.unit, m.quantity.counter, m.quantity.value)
        for m in extract(document(text)).mentions
    ]


@pytest.mark.parametrize(
    "text,written,value,counter",
    [
        ("소장품 1만2,340점 가운데 4,560점을 공개했다.", "1만2,340점", 12340, "점"),
        ("소장품 1만2,340점 가운데 4,560점을 공개했다.", "4,560점", 4560, "점"),
        ("그는 이날 3점을 넣었다.", "3점", 3, "점"),
        ("수출은 7억3,100만 상자였다.", "7억3,100만 상자", 731_000_000, "상자"),
        ("출하는 5천만 상자로 줄었다.", "5천만 상자", 50_000_000, "상자"),
        ("출하량은 6.72억 상자다.", "6.72억 상자", 672_000_000, "상자"),
        ("이 드라마는 24부작이다.", "24부작", 24, "부작"),
        ("백신 3억 회분을 들여왔다.", "3억 회분", 300_000_000, "회분"),
        ("이 책은 50만부가 팔렸다.", "50만부", 500_000, "부"),
    ],
)
def test_korean_counters(text, written, value, counter):
    read = {t: (kind, unit, c, v) for t, kind, unit, c, v in _read(text)}
    assert written in read, read
    kind, unit, c, v = read[written]
    assert (kind, unit, c) == ("count", "count", counter)
    assert math.isclose(v, value)


@pytest.mark.parametrize(
    "text,not_read",
    [
        ("평점은 4점3으로 올랐다.", "4점"),  # a digit after `점`: a decimal point
        ("3부터 9까지 센다.", "3부"),  # `부터` is a particle
        ("영업점 5곳의 점검 결과 2점검 대상이다.", "2점"),  # `점검`: a longer word
        ("그는 3점슛 5개를 넣었다.", "3점"),  # a kind of shot, no count of points
        ("투수는 3실점했다.", "3실"),  # runs allowed, no rooms
    ],
)
def test_korean_counters_not_read_inside_words(text, not_read):
    assert not_read not in [t for t, *_ in _read(text)]


@pytest.mark.parametrize(
    "text,written,low,high,qualifier",
    [
        ("Fares rose by more than a fifth on the year.", "more than a fifth", 0.2, math.inf, "over"),
        ("The depot cost a third more than the old one.", "a third", 1 / 3, 1 / 3, None),
        ("Profit fell to €20m from €45m — less than half — in the year.", "less than half", -math.inf, 0.5, "under"),
        ("The final week brought in about a sixth of sales.", "about a sixth", 0.15, 0.1833, "approx"),
        ("Members used 12 billion points, about four in five.", "about four in five", 0.72, 0.88, "approx"),
        (
            "Only 3.1 million, a little more than a third, used the card.",
            "a little more than a third",
            1 / 3,
            math.inf,
            "over",
        ),
    ],
)
def test_english_fraction_phrases(text, written, low, high, qualifier):
    found = [m for m in extract(document(text)).mentions if m.text == written]
    assert found, _read(text)
    q = found[0].quantity
    assert q.kind == "fraction"
    assert math.isclose(q.low, low, rel_tol=1e-3) or q.low == low
    assert math.isclose(q.high, high, rel_tol=1e-3) or q.high == high
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    "text,not_read",
    [
        ("He came third rather than a fifth time.", "a fifth"),  # an ordinal of a noun of times
        ("One in 2.5 homes is rented.", "One in 2"),  # a decimal after `in`: no fraction of whole numbers
    ],
)
def test_english_fraction_near_misses(text, not_read):
    assert not_read not in [t for t, *_ in _read(text)]


@pytest.mark.parametrize(
    "text,written,unit,value",
    [
        ("The plant made 320,000 cubic metres of water.", "320,000 cubic metres", "L", 320_000_000),
        ("The tank holds 35,000m³ of water.", "35,000m³", "L", 35_000_000),
        ("저수량은 120만㎥다.", "120만㎥", "L", 1_200_000_000),
        ("The flat is 84 square metres.", "84 square metres", "km ** 2", 84e-6),
        ("The flat is 64m² in all.", "64m²", "km ** 2", 64e-6),
        ("The park covers 12 sq km.", "12 sq km", "km ** 2", 12),
    ],
)
def test_volumes_and_areas_are_measures(text, written, unit, value):
    read = {t: (kind, u, v) for t, kind, u, _, v in _read(text)}
    assert written in read, read
    kind, u, v = read[written]
    assert (kind, u) == ("measure", unit)
    assert math.isclose(v, value)


def test_a_scale_letter_before_a_unit_symbol_is_no_scale():
    # `m` of `m³` is the metre's, not a million's; `2.1m m³` keeps its scale
    assert _read("The dam holds 2.1m m³ of water.")[0][:3] == ("2.1m m³", "measure", "L")
    assert _read("It has 5m members.")[0][:4] == ("5m members", "count", "count", "members")


@pytest.mark.parametrize(
    "text,written,kind",
    [
        ("The margin slipped to 36.2% from 38.0%, down 1.8 points, as costs rose.", "1.8 points", "pp"),
        ("Women took 41% of rides, up from 36% in 2024, a gain of five points.", "five points", "pp"),
        ("영업이익률은 38.1%에서 40.2%로 2.1포인트 올랐다.", "2.1포인트", "pp"),
        # one rate before: an index's move keeps its points
        ("The index rose 1.2%, or 95 points, to 3,400.", "95 points", "count"),
        # more points than either rate: no move between them
        ("The Kospi rose 1.2% and 0.5%, adding 30 points.", "30 points", "count"),
        # four rates in the sentence: the link stage tells which two a move is between
        (
            "Reds are on 38%, up from 36%, while Blues slipped to 32% from 35%, a fall of three points.",
            "three points",
            "count",
        ),
    ],
)
def test_points_between_two_rates(text, written, kind):
    read = {t: k for t, k, *_ in _read(text)}
    assert read.get(written) == kind, read


@pytest.mark.parametrize(
    "text,unit",
    [
        ('The board approved a C$27.5m deficit. "A 27.5 million dollar gap is large," he said.', "CAD"),
        # two countries' dollars: the spelled word is not told which
        ('The board approved a C$27.5m deficit and a US$3m loan. "A 27.5 million dollar gap," he said.', "USD"),
        ('"A 27.5 million dollar gap is large," he said.', "USD"),
    ],
)
def test_a_spelled_dollar_in_an_article_of_one_countrys_dollars(text, unit):
    spelled = [m for m in extract(document(text)).mentions if m.text.endswith("dollar")]
    assert [m.quantity.unit for m in spelled] == [unit]


@pytest.mark.parametrize(
    "text,written",
    [
        ('The band was pleased. "Selling 1.3m tickets in one year is a lot," he said.', "1.3m tickets"),
        ('The band was pleased. "Selling 300 tickets in a night is a lot," he said.', "300 tickets"),
    ],
)
def test_a_capital_opening_a_quotation_is_no_name(text, written):
    assert written in [t for t, *_ in _read(text)]


def test_a_model_number_after_a_name_stays_unread():
    assert _read("The Model 3 sold well. He bought a Galaxy 24 phone.") == []


@pytest.mark.parametrize(
    "text,written,counter",
    [
        ("The clinic saw 412 patients, down 18 from 430 a year earlier.", "18", "patients"),
        ("The depot sent out 96 vans, up 14 on the week.", "14", "vans"),
    ],
)
def test_a_change_after_a_comma_counts_the_last_noun(text, written, counter):
    read = {t: (k, c) for t, k, _, c, _ in _read(text)}
    assert read.get(written) == ("count", counter), read


def test_a_change_after_a_comma_of_a_measure_is_in_its_unit():
    read = {
        t: u for t, _, u, *_ in _read("Wells supplied 233,000 cubic metres, down 18,000 from 251,000 a year before.")
    }
    assert read.get("18,000") == read.get("251,000") == "L", read


def test_days_with_decimals_are_a_count_of_days_not_a_date():
    text = "평균 입원 기간은 7.4일에서 6.9일로 0.5일 줄었다."
    read = {t: (k, c) for t, k, _, c, _ in _read(text)}
    assert read == {"7.4일": ("count", "일"), "6.9일": ("count", "일"), "0.5일": ("count", "일")}
    assert extract(document(text)).times == []


def test_whole_days_stay_dates_or_spans():
    found = extract(document("공사는 39일 걸렸고, 지난 5일 끝났다."))
    assert [m.text for m in found.mentions] == []
    assert "지난 5일" in [t.text for t in found.times]


# Relations these readings unlock: (text, rule, fires?).
FRAMES = [
    pytest.param("평균 입원 기간은 7.4일에서 6.9일로 0.5일 줄었다.", "F305", False, id="ko-decimal-days-holds"),
    pytest.param("평균 입원 기간은 7.4일에서 6.9일로 0.8일 줄었다.", "F305", True, id="ko-decimal-days-broken"),
    pytest.param(
        "이 박물관의 소장품은 지난해 1만8,400점으로 전년(1만6,000점)보다 15% 늘었다.", "F301", False, id="ko-jeom-holds"
    ),
    pytest.param(
        "이 박물관의 소장품은 지난해 1만8,400점으로 전년(1만6,000점)보다 25% 늘었다.", "F301", True, id="ko-jeom-broken"
    ),
    pytest.param(
        "올해 택배 물량은 7억6,200만 상자로 지난해 6억3,500만 상자보다 20% 늘었다.", "F301", False, id="ko-sangja-holds"
    ),
    pytest.param(
        "올해 택배 물량은 7억6,200만 상자로 지난해 6억3,500만 상자보다 30% 늘었다.", "F301", True, id="ko-sangja-broken"
    ),
    pytest.param(
        "The museum's holdings rose to 64,000 items from 50,000, up by more than a quarter.",
        "F301",
        False,
        id="en-more-than-a-quarter-holds",
    ),
    pytest.param(
        "The museum's holdings rose to 64,000 items from 50,000, up by more than a third.",
        "F301",
        True,
        id="en-more-than-a-third-broken",
    ),
    pytest.param(
        "The council spent £9.6m on the work, a third more than the £7.2m of last year.",
        "F301",
        False,
        id="en-a-third-more-holds",
    ),
    pytest.param(
        "The council spent £10.8m on the work, a third more than the £7.2m of last year.",
        "F301",
        True,
        id="en-a-third-more-broken",
    ),
    pytest.param(
        "The gross margin slipped to 36.2% from 38.0%, down 1.8 points, as costs rose.",
        "F308",
        False,
        id="en-points-holds",
    ),
    pytest.param(
        "The gross margin slipped to 36.2% from 38.0%, down 2.8 points, as costs rose.",
        "F308",
        True,
        id="en-points-broken",
    ),
    pytest.param(
        "The clinic saw 412 patients, down 18 from 430 a year earlier.", "F305", False, id="en-elided-change-holds"
    ),
    pytest.param(
        "The clinic saw 412 patients, down 28 from 430 a year earlier.", "F305", True, id="en-elided-change-broken"
    ),
    pytest.param(
        'The board approved a C$27.5m deficit. "A 27.5 million dollar hole does not close itself," he said.',
        "F405",
        False,
        id="en-spelled-dollar-holds",
    ),
    pytest.param(
        'The board approved a C$27.5m deficit. "A 29.5 million dollar hole does not close itself," he said.',
        "F405",
        True,
        id="en-spelled-dollar-broken",
    ),
]


@pytest.mark.parametrize("text,rule,fires", FRAMES)
def test_relations_unlocked(knowledge, text, rule, fires):
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert (rule in [f.rule for f in result.findings]) == fires
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"
