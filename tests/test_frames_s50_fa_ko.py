"""Korean false alarms of six constructions (fiftieth session, lane `fa_ko`).

- A count of occasions per a day (`하루 세 차례, 회당 40명씩 열려 모두 N명`) is one day's occasions: the days are a
  factor the sentence leaves unread, so no total is the rate times it (checker/link/counts_per_occasion.py). A count
  of all the occasions (`모두 18차례, 회당 40명씩`) still makes the total, and so does a total per the same period
  (`하루 세 차례, 회당 40명씩 … 하루 120명`: the period cancels).
- A group drawn from a pool (`이 가운데 A가 N톤(40%)`) and set beside its share stays the count of a figure per unit
  after it (the reading that made the pool's whole the count, tried this session, was dropped at review: the
  subset is often the group that pays, `수출 물량` … `수출액`, and no word tells the two apart). A pool's whole that is
  no count (`논 500㏊에서`) leaves the part's reading as it was.
- A person's age between a start's year and a count of years (`1998년 문을 연 … "쉰 살에 … 시작해 올해로
  22년째"`) starts a run of its own: the count is not from the year (`[link.age_from_a_persons_age]`,
  checker/link/date_spans_general.py).
  An age right after the year (`2004년 마흔 살에 가게를 차려`) is the age that year: the count is from it; a range of
  ages an institution takes (`4세부터 6세까지`) is no person's age.
- A list after its whole's noun (`둥지 가운데 A가 …`) told of no earlier time takes no whole told of an earlier time
  (`3년 전 집계로는 둥지가 N개`: `[link.named_whole_earlier_time]`); the walk back goes on to this time's whole
  (checker/link/lists_of_a_named_whole.py), stopping at a figure told of a past year (`지난해 … N개`:
  `[link.named_whole_past_year]`). The time of another event the whole's subject is told of (`2년 전 문을 연 … 개관
  이후 N회`, `3년 전 시작한 조사에서 올봄 N개`) is no earlier time of the figure.
- A change read of a figure per unit stated as an aside (`1㎞에 54그루꼴이다. 지난해 같은 기간 N그루보다 M그루 늘었다`),
  its prior a plain level more than ten times apart, is a change of the total before it: a figure the per-unit readings
  tied to a total and a count is per one unit too (checker/link/identity_gates.py, `_gate_changes_per_one`); a prior
  that is itself a rate, or a price compared with a price of one of the same order, leaves it.
- A share of a noun (`회원의 60%인 N명`) takes no whole its sentence names as one kind of the noun beside another
  (`유료 회원이 3만 명, 무료 회원이 1만 명`: checker/link/shares_of_named_nouns.py); the bare noun opening its clause
  (`회원은 4만 명으로, 여성 회원이 N명`) is the noun's whole.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
ELAPSED = "F406"
SUM = "F302"
DIFFERENCE = "F305"
GROWTH = "F301"
SHARE = "F503"


# ---------------------------------------------------------------- occasions per a day


def test_occasions_per_a_day_make_no_total(knowledge):
    text = (
        "빵 교실\n\n해솔군은 지난달 닷새 동안 제빵 교실을 열었다고 밝혔다.\n"
        "제빵 교실은 하루 세 차례, 회당 40명씩 열려 모두 600명이 배웠다."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("720", False), ("800", True)])
def test_all_the_occasions_still_make_the_total(knowledge, total, fires):
    text = (
        "빵 교실\n\n해솔군은 올해 제빵 교실을 열었다고 밝혔다.\n"
        f"제빵 교실은 모두 18차례, 회당 40명씩 열려 모두 {total}명이 배웠다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a run from a person's age


def test_a_persons_age_between_the_year_and_the_count(knowledge):
    text = (
        "시장\n\n1998년 처음 문을 연 이 시장의 상인회장 박영수(70) 씨는 "
        '"쉰 살에 처음 장사를 시작해 올해로 22년째"라며 웃었다.'
    )
    assert_not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize(("years", "fires"), [("29", False), ("20", True)])
def test_a_count_from_the_year_is_still_read(knowledge, years, fires):
    text = f"시장\n\n1998년 처음 문을 연 이 시장은 올해로 {years}년째 장이 선다."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


@pytest.mark.parametrize(("years", "fires"), [("22", False), ("15", True)])
def test_an_age_right_after_the_year_is_that_years(knowledge, years, fires):
    text = f"공방\n\n도예가 김도윤(62) 씨는 2004년 마흔 살에 공방을 차려 {years}년 만에 첫 수출길을 열었다."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- a whole told of an earlier time


@pytest.mark.parametrize(("last", "fires"), [("250", False), ("300", True)])
def test_a_list_of_now_passes_an_earlier_times_whole(knowledge, last, fires):
    text = (
        "철새 둥지\n\n풀빛군은 올봄 습지에서 철새 둥지 1천250개를 확인했다고 밝혔다.\n"
        "3년 전 집계로는 둥지가 980개였다.\n"
        f"둥지 가운데 흰뺨오리 둥지가 600개, 청둥오리 400개, 고방오리 {last}개였다."
    )
    assert_checked(knowledge, text, SUM, fires=fires)


def test_an_earlier_times_whole_alone_is_no_whole(knowledge):
    text = (
        "철새 둥지\n\n풀빛군은 올봄 습지에서 철새 둥지를 조사했다고 밝혔다.\n3년 전 집계로는 둥지가 980개였다.\n"
        "둥지 가운데 흰뺨오리 둥지가 600개, 청둥오리 400개였다."
    )
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a change past a rate's aside

_TREES = (
    "가로수\n\n솔빛군은 올해 상반기 도로 40㎞ 구간에 나무 2천160그루를 옮겨 심었다고 밝혔다. 1㎞에 54그루꼴이다. "
    "지난해 같은 기간 1천800그루보다 {change}그루, {rate} 늘었다."
)


@pytest.mark.parametrize(("change", "fires"), [("360", False), ("460", True)])
def test_a_change_past_a_rate_is_of_its_total(knowledge, change, fires):
    assert_checked(knowledge, _TREES.format(change=change, rate="5분의 1"), DIFFERENCE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("5분의 1", False), ("5분의 2", True)])
def test_a_rate_of_change_past_a_rate_is_of_its_total(knowledge, rate, fires):
    assert_checked(knowledge, _TREES.format(change="360", rate=rate), GROWTH, fires=fires)


_NO_TOTAL_CHANGE = [
    # a prior that is itself a rate: the change is the rate's
    "가로수\n\n솔빛군은 올해 상반기 도로 40㎞ 구간에 나무 2천160그루를 옮겨 심었다고 밝혔다. 1㎞에 54그루꼴이다. "
    "지난해 같은 기간 1㎞에 45그루꼴보다 9그루 늘었다.",
    # a price compared with a price of one of the same order: the change is the price's
    "지우개\n\n한솔문구는 지우개 20만 개를 90만 페소(약 8천600만 원)에 공급하기로 했다. 개당 4.5페소로 우리 돈 430원 "
    "안팎이다. 국내 도매가 330원보다 30%가량 비싸다.",
]


@pytest.mark.parametrize("text", _NO_TOTAL_CHANGE)
def test_no_change_of_the_total(knowledge, text):
    assert_not_fired(knowledge, text, DIFFERENCE)
    assert_not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a share of a noun split into kinds


@pytest.mark.parametrize(("rate", "fires"), [("60", False), ("75", True)])
def test_a_kind_of_the_noun_is_no_whole(knowledge, rate, fires):
    # (`유료 회원이 3만 명`, one kind of the members, is no whole: the share is of the lead's total)
    text = (
        "체육관\n\n한결군 체육관은 올해 회원 4만 명을 받았다고 밝혔다.\n유료 회원이 3만 명, 무료 회원이 1만 명이었다.\n"
        f"회원의 {rate}%인 2만4천 명은 주말에 몰렸다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("60", False), ("75", True)])
def test_a_whole_of_the_noun_alone_is_read(knowledge, rate, fires):
    text = (
        f"체육관\n\n한결군 체육관은 올해 회원을 받았다.\n회원은 모두 4만 명이었다.\n"
        f"회원의 {rate}%인 2만4천 명은 주말에 몰렸다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(("rate", "fires"), [("1만5천", False), ("1만2천", True)])
def test_a_part_that_is_its_clauses_subject_stays_the_count(knowledge, rate, fires):
    # (no pool word before the part: `유료 관객은 N명으로 전체의 60%` is who paid, the revenue's count)
    text = (
        "연극제\n\n나래군은 올해 연극제에 관객 2만 명이 들었다고 밝혔다.\n"
        f"유료 관객은 1만2천 명으로 전체의 60%였다. 입장 수입은 1억8천만 원으로 1인당 {rate} 원꼴이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- review fixes: a total per the same period


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("도자기 교실\n\n물빛 공방은 하루 네 차례, 회당 15명씩 열려 하루 60명이 배운다.", False),
        ("도자기 교실\n\n물빛 공방은 하루 네 차례, 회당 15명씩 열려 하루 75명이 배운다.", True),
        ("요가 강좌\n\n해오름 센터 강좌는 매주 세 차례, 회당 25명씩 열려 한 주에 110명이 듣는다.", True),
    ],
)
def test_a_total_per_the_same_period_is_the_product(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- review fixes: a part beside its share stays the count

_PART_STAYS = [
    # (text, the rate per one of the part, the rate per one of the pool's whole)
    (
        "배\n\n은골군은 올해 배 수확을 마쳤다고 밝혔다.\n거둔 배는 모두 500톤이었다. 이 가운데 수출 물량이 200톤(40%)"
        "이었다. 수출액은 8억 원으로, 1㎏에 {rate} 원꼴에 팔린 셈이다.",
        "4천",
        "1천600",
    ),
    (
        "빙상장\n\n누리시 빙상장은 올해 이용객 6만 명을 받았다.\n이용객 가운데 연간 회원이 1만5천 명(25%)을 차지했다. "
        "연간 회원 수입은 3억 원으로 1인당 {rate} 원꼴이다.",
        "2만",
        "5천",
    ),
    (
        "주차장\n\n들빛시 공영주차장은 지난달 차량 4만 대가 이용했다.\n이 가운데 요금을 낸 차량은 1만6천 대(40%)였다. "
        "주차 요금 수입은 1억6천만 원으로 한 대에 {rate} 원꼴이다.",
        "1만",
        "4천",
    ),
]


@pytest.mark.parametrize(("text", "holds", "of_the_pool"), _PART_STAYS)
def test_a_part_beside_its_share_stays_the_count(knowledge, text, holds, of_the_pool):
    assert_checked(knowledge, text.format(rate=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(rate=of_the_pool), PER_UNIT, fires=True)


@pytest.mark.parametrize(("rate", "fires"), [("5천만", False), ("2만", True), ("8천만", True)])
def test_a_part_of_a_pool_that_is_no_count_is_read(knowledge, rate, fires):
    text = (
        "밀\n\n가람군은 올해 밭 400㏊에서 밀을 거뒀다.\n이 가운데 유기농 재배 밭이 160㏊(40%)였다. "
        f"유기농 밀 보조금은 80억 원으로, 1㏊에 {rate} 원꼴이 지급됐다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- review fixes: a range of ages is no person's age


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("어린이집\n\n2004년 문을 연 별님어린이집은 4세부터 6세까지 아이를 받아 올해로 22년째 운영되고 있다.", False),
        ("어린이집\n\n2004년 문을 연 별님어린이집은 4세부터 6세까지 아이를 받아 올해로 17년째 운영되고 있다.", True),
        ("캠프\n\n2011년 시작한 겨울 캠프는 9세에서 12세까지 참가할 수 있으며 올해로 10년째를 맞았다.", True),
    ],
)
def test_a_range_of_ages_is_no_persons_age(knowledge, text, fires):
    assert_checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- review fixes: another event's earlier time


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "철새 둥지\n\n바람군은 2년 전 시작한 조사에서 올봄 둥지 1천100개를 확인했다.\n"
            "둥지 가운데 쇠오리 둥지가 500개, 흰죽지 400개, 비오리 200개였다.",
            False,
        ),
        (
            "철새 둥지\n\n바람군은 2년 전 시작한 조사에서 올봄 둥지 1천100개를 확인했다.\n"
            "둥지 가운데 쇠오리 둥지가 500개, 흰죽지 400개, 비오리 300개였다.",
            True,
        ),
        (
            "공연장\n\n4개월 전 문을 연 하늘홀은 개관 이후 공연 90회를 열었다.\n"
            "공연 가운데 연극이 50회, 음악회가 40회였다.",
            False,
        ),
        (
            "공연장\n\n4개월 전 문을 연 하늘홀은 개관 이후 공연 90회를 열었다.\n"
            "공연 가운데 연극이 50회, 음악회가 60회였다.",
            True,
        ),
        (
            "판매\n\n8년 전 창업한 나래상회는 올해 의자 6천 개를 팔았다.\n"
            "의자 가운데 나무 의자가 4천 개, 철제 의자가 2천 개였다.",
            False,
        ),
    ],
)
def test_another_events_earlier_time_leaves_the_whole(knowledge, text, fires):
    assert_checked(knowledge, text, SUM, fires=fires)


def test_the_walk_past_an_earlier_time_stops_at_a_past_year(knowledge):
    text = (
        "철새 둥지\n\n바람군은 지난해 습지에서 둥지 1천500개를 확인했다. 올봄 조사를 다시 했다.\n"
        "2년 전 집계로는 둥지가 700개였다.\n둥지 가운데 쇠오리 둥지가 500개, 흰죽지 400개, 비오리 200개였다."
    )
    assert_not_linked(knowledge, text, SUM)


# ---------------------------------------------------------------- review fixes: the bare noun's whole beside a kind


@pytest.mark.parametrize(("rate", "fires"), [("45", False), ("70", True)])
def test_the_bare_nouns_whole_beside_a_kind_is_read(knowledge, rate, fires):
    text = (
        "도서관\n\n새솔군 도서관은 올해 운영 시간을 늘렸다.\n회원은 6만 명으로, 학생 회원이 2만 명이었다.\n"
        f"회원의 {rate}%인 2만7천 명은 저녁에 찾았다."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)
