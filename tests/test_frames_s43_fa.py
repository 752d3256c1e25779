"""False alarms on copy never seen (forty-third session, lane `fa`): readings that built a relation of figures that are
not its members, closed where the relation is built; with the right relation read where the copy states it.

- A unit size (`500㎖들이 8천 병`) listed beside the size of other units (`… 병과 1ℓ들이 2천 병`): the next measure is
  that other size, no total of the first (checker/link/unit_sizes_ko.py).
- A unit size whose count a later clause restates beside a measure (`240점이면 1.8톤`, `상자 2천 개에 담기는 귤은
  10톤`): that measure is the units' total, a few sentences on, and it overrides a total read by position before the
  size (`한 해 60톤을 거두며, 상자 하나에 5kg`: a year's harvest, not the units'; checker/link/unit_sizes_ko.py).
- An average of `each` naming no noun after a verb dividing an amount among members listed by name (`the rest is split
  equally between the church, the school and the club, about £1,600 apiece`): of those members, not of the count the
  lead states (checker/link/partners.py, `[link.split_among_listed_before]`).
- `X이 걷혀 Y를 다 주고도 Z가 남았다`: a word with an object's particle between the collecting verb and a figure is the
  object of another act; the figure after it is what is left, no sum of the figures before (`[link.total_noun_marks]`).
- A share whose sentence opens on the name of its whole (`선수 가운데 …`): the name is looked for in the clause of an
  earlier figure, never across the end of the sentence before it (checker/link/subgroup_wholes.py).
- A multiple written with a span of several years (`10년 새 여섯 배`, `sixfold in ten years`) is of the figure that many
  years before, not of a year-ago prior the body states (checker/link/multiples_restated.py,
  `[link.multiple_span_after]`, `[link.multiple_span_before]`).

- A date written with the name of its day of the week (`on Saturday, June 6`, `from Tuesday 15 to Thursday 17
  September`, `13일(토)`, `6월 13일 토요일`) is checked against the calendar (F103, checker/link/dated_weekdays.py,
  checker/check/kinds/weekday_of_date.py); a date without its year holds in the year nearest the publication too.

- A range of months whose end a word puts in the next year (`11월부터 이듬해 3월까지`, `다음 해`, `from December to the
  following March`) joins its two months as a range, the end in the year after the start's (checker/link/elapsed.py,
  `[link.range_next_year_words]`).

- A verb of founding written right after a year (`1971년 차린 공방을 이어받아 55년 동안`, `세운`, `꾸린`, `일군`)
  dates the start of a count of years in its sentence (`[link.age_start_after_year_near]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

PER_UNIT, SUM, SHARE, MULTIPLE, WEEKDAY, ELAPSED = "F317", "F302", "F503", "F304", "F103", "F406"


# ---------------------------------------------------------------- unit sizes listed side by side


@pytest.mark.parametrize(
    "text",
    [
        "하늘군 식혜 수출\n\n업체는 500㎖들이 식혜 8천 병과 1.5ℓ들이 수정과 3천 병을 보낸다고 2일 밝혔다.",
        "바람군 꿀 수출\n\n수출품은 250g들이 꿀 4천 병과 1kg들이 꿀 900병 등 모두 4천900병이다.",
        "누리군 쌀 납품\n\n조합은 10kg들이 쌀 6천 포대와 20kg들이 현미 2천 포대를 급식센터에 넘긴다.",
        "가온군 간장 수출\n\n공장은 900㎖들이 간장 1만 병과 1.8ℓ들이 간장 2천 병을 선적했다.",
        "다솜군 귤 출하\n\n농협은 5kg들이 귤 2만 상자와 10kg들이 귤 5천 상자를 서울로 보냈다.",
    ],
)
def test_a_unit_size_listed_beside_another_size_is_no_total(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a total beside the units' count restated


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "하람군 벼루 수출\n\n공방은 벼루 300점을 수출한다. 원석은 한 해 20톤을 캐며, 벼루 한 점에 평균 6kg이 든다. "
            "300점이면 {total}으로 한 해 채석량의 10분의 1 남짓이다.",
            "1.8톤",
            "2.7톤",
        ),
        (
            "새터군 귤 수출\n\n농협은 귤 2천 상자를 홍콩에 보낸다. 농가들은 한 해 500톤을 거두며, 상자 하나에 귤 5kg이 "
            "담긴다. 올해 작황은 좋았다. 2천 상자면 {total}이다.",
            "10톤",
            "25톤",
        ),
        (
            "너른군 엿 수출\n\n업체는 300g들이 엿 2만 봉을 수출한다. 엿방은 1990년 문을 열었다. 직원은 모두 8명이다. "
            "주문이 늘었다. 가마솥도 새로 들였다.\n\n엿 2만 봉에 들어가는 엿은 {total}이며 쌀은 15톤을 쓴다.",
            "6톤",
            "9톤",
        ),
        (
            "솔내군 감자 출하\n\n조합은 20kg들이 감자 1천500 상자를 보낸다. 값은 작년보다 올랐다. 산지 반응도 좋다. "
            "상인들도 몰렸다. 감자 1천500 상자에 담기는 물량은 {total}이다.",
            "30톤",
            "45톤",
        ),
        (
            "고운군 멸치 수출\n\n수협은 1.5kg들이 멸치 4천 상자를 일본에 보낸다. 어획은 지난해보다 늘었다. "
            "4천 상자면 {total} 규모다.",
            "6톤",
            "8톤",
        ),
    ],
)
def test_a_total_beside_the_units_count_restated_is_their_total(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total=wrong), PER_UNIT, fires=True)


def test_a_count_restated_beside_another_unit_is_no_total(knowledge):
    # (the count restated, then a figure of another unit: nothing of the size is read there)
    text = "하람군 벼루 수출\n\n공방은 벼루 300점을 수출한다. 벼루 한 점에 평균 6kg이 든다. 300점이면 4만 위안이다."
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- an average of each among members listed by name


@pytest.mark.parametrize(
    "text",
    [
        "Fete raises £6,000\n\nSome 2,400 people came to the fete. Half of the £6,000 raised goes to the roof fund "
        "and the rest is split equally between the library, the bowls club and the brass band, about £1,000 apiece.",
        "Book sale\n\nSome 800 books were sold at the book sale. The £1,600 it raised was parcelled out between the "
        "reading group, the hall and the surgery, about £530 apiece.",
        "Plant sale\n\nAbout 1,200 visitors came to the plant sale. The £2,400 it made is being shared equally among "
        "the scouts, the guides and the youth club, about £800 apiece.",
        "Quiz night nets £1,800\n\nAbout 150 people played at the quiz night. The £1,800 raised was shared out among "
        "the food bank, the hospice and the lifeboat crew, £600 each.",
        "Duck race raises £3,000\n\nSome 5,000 ducks were sold for the race. The £3,000 raised is divided between "
        "the nursery, the pool and the cricket club, £1,000 apiece.",
    ],
)
def test_an_average_each_among_listed_members_is_not_of_the_lead_count(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


def test_an_average_each_of_the_lead_count_still_checked(knowledge):
    # (no division among members listed: each of the people the lead counts)
    text = "Fun run raises £9,000\n\nSome 600 runners took part. They raised £9,000, or about £{each} apiece."
    _checked(knowledge, text.format(each=15), PER_UNIT, fires=False)
    _checked(knowledge, text.format(each=40), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a rest after another act is no sum


@pytest.mark.parametrize(
    "text",
    [
        "윷놀이 대회\n\n참가비는 팀당 3만 원으로 900만 원이 걷혀 상금을 다 주고도 60만 원이 남았다.",
        "마을 잔치\n\n회비는 가구당 2만 원으로 300만 원이 걷혀 음식값을 치르고도 20만 원이 남았다.",
        "동창회\n\n회비는 1인당 5만 원으로 600만 원이 들어와 행사비를 다 내고도 80만 원이 남았다.",
        "경로잔치\n\n입장료는 1인당 3천 원으로 150만 원이 걷혀 선물을 사고도 40만 원이 남았다.",
        "장학회\n\n후원금은 한 곳에 50만 원으로 900만 원이 모여 장학금을 다 주고도 100만 원이 남았다.",
    ],
)
def test_a_rest_after_another_act_is_no_sum(knowledge, text):
    _not_fired(knowledge, text, SUM)


def test_parts_coming_in_then_the_noun_of_what_they_make_still_summed(knowledge):
    text = "박물관 수입\n\n성인 요금으로 3억원, 학생 요금으로 1억원이 들어와 한 해 요금 수입은 {total}이다."
    _checked(knowledge, text.format(total="4억원"), SUM, fires=False)
    _checked(knowledge, text.format(total="6억원"), SUM, fires=True)


# ---------------------------------------------------------------- a whole named at a share's opening


@pytest.mark.parametrize(
    "text",
    [
        "여울시 씨름대회\n\n대회에 선수 1천200명이 참가했다. 참가 선수는 지난해 1천명보다 200명 늘었다. "
        "일반부에 700명, 학생부에 500명이 나섰다. 경기장은 8면이었다. "
        "선수 가운데 60대 이상이 360명으로 30%를 차지했다.",
        "한길군 배구대회\n\n대회에 선수 2천 명이 모였다. 참가 선수는 지난해 1천600명보다 400명 많다. "
        "남자부에 1천200명, 여자부에 800명이 뛰었다. 코트는 12면이었다. 선수 가운데 학생이 500명으로 25%를 차지했다.",
        "바름시 탁구대회\n\n선수 900명이 출전했다. 출전 선수는 지난해 750명보다 150명 늘었다. 단식에 600명, 복식에 "
        "300명이 나섰다. 탁구대는 40대였다. 선수 가운데 여성이 270명으로 30%를 차지했다.",
        "가람시 마라톤\n\n대회에 주자 8천 명이 뛰었다. 참가 주자는 지난해 6천400명보다 25% 늘었다. 풀코스에 3천 명, "
        "하프코스에 5천 명이 나섰다. 급수대는 20곳이었다. 주자 가운데 여성이 2천400명으로 30%를 차지했다.",
        "나래군 궁도대회\n\n궁사 600명이 활을 쐈다. 참가 궁사는 지난해 500명보다 100명 늘었다. 단체전에 360명, "
        "개인전에 240명이 나섰다. 과녁은 30개였다. 궁사 가운데 70대 이상이 150명으로 25%를 차지했다.",
    ],
)
def test_a_whole_named_at_the_opening_is_not_read_across_a_sentence_end(knowledge, text):
    _not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a multiple over a span of years


@pytest.mark.parametrize(
    "text",
    [
        "하늘군 한라봉 수출 30억원…6년 새 다섯 배\n\n하늘군은 올해 한라봉 수출액이 30억원이라고 2일 밝혔다. 수출액은 "
        "지난해 25억원보다 5억원, 20% 늘었다.",
        "새봄군 딸기 수출 60억원…8년 만에 네 배로\n\n새봄군은 올해 딸기 수출액이 60억원이라고 밝혔다. 수출액은 지난해 "
        "50억원보다 10억원, 20% 늘었다.",
        "Dairy exports hit $80m, four times as much in seven years\n\nDairy exports reached $80m this year, up $16m, "
        "or 25%, from $64m last year.",
        "Ferry carries 2 million passengers, doubled in five years\n\nThe ferry carried 2 million passengers this "
        "year, up 400,000, or 25%, from 1.6 million last year.",
        "Port handles 3 million passengers, tripled over the past six years\n\nThe port handled 3 million passengers "
        "this year, up 500,000, or 20%, from 2.5 million last year.",
    ],
)
def test_a_multiple_over_years_is_not_of_a_year_ago_prior(knowledge, text):
    _not_fired(knowledge, text, MULTIPLE)


def test_a_multiple_over_one_year_still_of_the_year_ago_prior(knowledge):
    text = (
        "한솔군 배 수출 90억원…1년 새 {multiple}\n\n한솔군은 올해 배 수출액이 90억원으로 지난해 30억원보다 200% "
        "늘었다고 밝혔다."
    )
    _checked(knowledge, text.format(multiple="세 배"), MULTIPLE, fires=False)
    _checked(knowledge, text.format(multiple="다섯 배"), MULTIPLE, fires=True)


# ---------------------------------------------------------------- a date with the name of its day of the week

_AUGUST = dt.date(2026, 8, 5)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Fete draws 3,000\n\nAbout 3,000 people came to the fete on {day}, July 4, organisers said.",
            "Saturday",
            "Friday",
        ),
        (
            "Race day\n\nA record 80 crews raced on {day}, July 25, in the village's annual raft race.",
            "Saturday",
            "Tuesday",
        ),
        (
            "Show opens\n\nThe county show will run from {day} 15 to Thursday 17 September at the showground.",
            "Tuesday",
            "Wednesday",
        ),
        ("Works start\n\nWork on the bridge will start on {day}, October 12, the council said.", "Monday", "Tuesday"),
        ("축제 개막\n\n하늘군은 오는 8월 15일({day}) 여름 축제를 연다고 밝혔다.", "토", "월"),
        ("씨름 대회\n\n바름시는 지난 7월 18일 {day} 씨름 대회를 열었다고 밝혔다.", "토요일", "수요일"),
    ],
)
def test_a_date_with_its_day_of_the_week_is_checked(knowledge, text, right, wrong):
    _checked(knowledge, text.format(day=right), WEEKDAY, fires=False, published=_AUGUST)
    _checked(knowledge, text.format(day=wrong), WEEKDAY, fires=True, published=_AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (the day's name not beside the date: another day)
        "Fete\n\nOn Saturday the committee met; the fete itself is on July 4.",
        "Fete\n\nThe Sunday Times, July 4, reported the fete's takings.",
        "축제\n\n토요일에는 공연이 없고 축제는 8월 1일 열린다.",
        # (a bare `토` after a date is no day's name)
        "축제\n\n8월 1일 토 축제 준비가 끝났다.",
    ],
)
def test_a_day_name_not_beside_its_date_is_not_read(knowledge, text):
    from helpers import assert_not_linked as _not_linked

    _not_linked(knowledge, text, WEEKDAY, published=_AUGUST)


def test_a_date_with_its_year_is_checked_in_that_year(knowledge):
    text = "축제 개막\n\n하늘군은 2026년 8월 15일({day}) 여름 축제를 연다."
    _checked(knowledge, text.format(day="토"), WEEKDAY, fires=False, published=_AUGUST)
    _checked(knowledge, text.format(day="일"), WEEKDAY, fires=True, published=_AUGUST)


def test_a_coming_date_without_its_year_is_read_in_the_nearest_year(knowledge):
    # (published in August, a date in October with its day's name: this year's October, not last year's)
    text = "Works start\n\nWork on the new pier will start on Monday, October 12, the harbour board said."
    _checked(knowledge, text, WEEKDAY, fires=False, published=_AUGUST)


# ---------------------------------------------------------------- a range of months ending in the next year


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("황태 덕장\n\n명태는 11월부터 이듬해 3월까지 {length} 동안 덕장에 걸려 마른다.", "다섯 달", "아홉 달"),
        ("공사 기간\n\n공사는 3월부터 이듬해 5월까지 {length}간 이어진다.", "15개월", "3개월"),
        ("감귤 수확\n\n감귤은 10월부터 다음 해 1월까지 {length} 동안 수확한다.", "넉 달", "일곱 달"),
        ("도로 제설\n\n제설 작업은 12월부터 이듬해 2월까지 {length} 동안 이어진다.", "석 달", "여섯 달"),
        (
            "Gritting\n\nCrews will grit the roads from December to the following March, over {length}.",
            "four months",
            "nine months",
        ),
    ],
)
def test_a_range_ending_in_the_next_year_is_counted_across_it(knowledge, text, right, wrong):
    for published in (_AUGUST, dt.date(2026, 12, 20)):
        _checked(knowledge, text.format(length=right), ELAPSED, fires=False, published=published)
        _checked(knowledge, text.format(length=wrong), ELAPSED, fires=True, published=published)


# ---------------------------------------------------------------- a verb of founding right after a year


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ('공방\n\n대표는 "아버지가 1971년 차린 공방을 이어받아 {n}년 동안 같은 자리를 지켰다"고 말했다.', 55, 50),
        ("식당\n\n어머니가 1986년 세운 식당은 {n}년 동안 같은 메뉴를 팔고 있다.", 40, 30),
        ("농장\n\n할아버지가 1966년 일군 농장을 3대째 {n}년 동안 지키고 있다.", 60, 65),
        ("양조장\n\n증조부가 1946년 꾸린 양조장은 {n}년 동안 같은 누룩을 써 왔다.", 80, 70),
    ],
)
def test_a_founding_verb_right_after_a_year_starts_a_count_of_years(knowledge, text, right, wrong):
    _checked(knowledge, text.format(n=right), ELAPSED, fires=False, published=_AUGUST)
    _checked(knowledge, text.format(n=wrong), ELAPSED, fires=True, published=_AUGUST)


def test_a_founding_verb_then_a_count_told_ahead_is_not_read(knowledge):
    text = "식당\n\n어머니가 1986년 세운 식당은 앞으로 10년 동안 메뉴를 늘릴 계획이다."
    _not_fired(knowledge, text, ELAPSED, published=_AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        # (a list of names before a list of days: paired by order, not read)
        "Congress\n\nA record 300 players took part over Saturday and Sunday, July 25 and 26, organisers said.",
        "Show\n\nThe show runs on Friday, Saturday and Sunday, July 24, 25 and 26.",
        # (a date without its year ahead of a later one: next year's, within a year of the publication)
        "Hall\n\nBuilders start on Monday, September 7, for 26 weeks of work, finishing by Sunday, March 7.",
        "Pier\n\nThe pier closes on Monday, November 2, and reopens on Saturday, March 6, the trust said.",
    ],
)
def test_a_list_of_names_or_a_date_of_next_year_is_no_false_alarm(knowledge, text):
    _not_fired(knowledge, text, WEEKDAY, published=_AUGUST)
