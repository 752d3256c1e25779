"""False alarms on copy never seen (forty-second session, lane `fa`): readings that built a relation of figures that are
not its members, closed where the relation is built; with the right relation read where the copy states it.

- A figure each of a count of units holds, marked `at each`/`in each`/`each` after it, then the total its clause
  appends (`visited 9 care homes, singing five songs at each - 45 songs in all`): a product of the two (F317), no sum of
  the units and the rate (checker/link/rates_then_each.py, `[link.rate_each_after]`).
- A count of extra units that restates a rise the article states (`drew 48,000 visitors, up from 40,000 … the 8,000
  extra visitors`) is no count of the units a figure per one of them divides (checker/link/partners.py,
  checker/link/identity_gates.py, `restates_a_rise`).
- A figure per unit stated for a norm period (`Each hectare gives about 3 tonnes in a normal season`, `작황이 좋은
  해에는`) divides no stated total (`[link.norm_period_words]`, checker/link/identity_gates.py).
- A figure in a `when` clause hung on an earlier time (`up from £3 in 2024, when 900 were sold`) is that time's: no
  total of a figure per unit of now (checker/link/earlier_when_clauses.py, per_unit_fallback.py).
- A list opened by `the other …` (`a cup worth £80 went to the best float; the other cups were …`) takes in the member
  its sentence names before it (checker/link/totals.py, `[link.other_members_openers]`).
- A span that runs on to now with its start after it (`has run the café for 12 years, since 2014`) is counted to its
  own sentence's period or the publication, not to a period another sentence reports (`last year's champion`:
  checker/link/elapsed_since_dates.py).
- A price each of a count paid, stated between the total and a share or a rest (`raised £9,000 from 600 runners at £15,
  or 30 per cent of takings; the remaining £21,000 …`), is no part: the total is (checker/link/
  totals_from_priced_counts.py, shares.py, fractions_of_named_wholes.py, totals.py).
- A Korean fee marked per a unit (`가구당 2만 원`) is paid by the count of that unit (`120가구`), not by people its
  noun's stem names (checker/link/named_unit_totals.py); a figure per one unit whose clause goes on to a total of
  another counter (`평균 3개 강좌를 들어 모두 900차례`) shares no total of its own counter stated before
  (checker/link/per_unit_ko.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired
from helpers import assert_not_linked as _not_linked

PER_UNIT, SUM, SHARE, ELAPSED = "F317", "F302", "F503", "F406"


# ---------------------------------------------------------------- a rate each, then the total its clause appends


@pytest.mark.parametrize(
    ("sentence", "right", "wrong"),
    [
        ("The troupe toured 14 inns over two days, performing five dances at each - {total} dances in all.", 70, 90),
        ("The choir visited 9 care homes and sang five songs in each, {total} songs in all.", 45, 30),
        ("Volunteers staffed 8 stalls, selling 40 raffle books at each, a total of {total} books.", 320, 400),
        ("Inspectors called at 25 farms, taking six samples at each \u2014 {total} samples in all.", 150, 200),
        ("The club entered 11 boats, with four rowers in each, {total} rowers altogether.", 44, 60),
    ],
)
def test_a_rate_each_then_its_appended_total_is_a_product(knowledge, sentence, right, wrong):
    text = "Day out\n\n" + sentence
    _checked(knowledge, text.format(total=right), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total=wrong), PER_UNIT, fires=True)
    _not_fired(knowledge, text.format(total=right), SUM)


# ---------------------------------------------------------------- an increment restating a rise is no count of units

_CROWD = (
    "Regatta\n\nThe Fenmouth regatta drew an estimated {level} {noun}, up from 40,000 in 2024.\n\n"
    "Collectors along the river raised £12,000, or {each} for every {one}.\n\n"
    "The organisers said the {rise} extra {noun} showed the event had recovered."
)


@pytest.mark.parametrize(
    ("noun", "one"),
    [
        ("people", "spectator"),
        ("people", "visitor"),
        ("people", "onlooker"),
        ("fans", "spectator"),
        ("people", "guest"),
    ],
)
def test_an_increment_restating_a_rise_divides_nothing(knowledge, noun, one):
    _not_fired(knowledge, _CROWD.format(level="48,000", noun=noun, one=one, each="25p", rise="8,000"), PER_UNIT)


@pytest.mark.parametrize(
    ("level", "each", "rise"),
    [("48,000", "25p", "8,000"), ("50,000", "24p", "10,000"), ("60,000", "20p", "20,000")],
)
def test_the_level_not_the_increment_is_divided(knowledge, level, each, rise):
    text = _CROWD.format(level=level, noun="spectators", one="spectator", each=each, rise=rise)
    _checked(knowledge, text, PER_UNIT, fires=False)
    _checked(knowledge, text.replace(f"or {each}", "or 50p"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a figure per unit in a norm period


@pytest.mark.parametrize(
    "norm",
    ["in a good year", "in a normal season", "in a typical year", "in an average harvest", "on a good day"],
)
def test_a_figure_per_unit_in_a_norm_period_divides_nothing(knowledge, norm):
    text = (
        "Plums\n\nAn orchard of 24 fields of plum trees will send 30 tonnes to a jam maker this summer, "
        "6 tonnes to each of its five plants.\n\n"
        f"Each field gives about 2.5 tonnes {norm}, the grower said."
    )
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("per", ["about 2.5 tonnes", "2.5 tonnes", "some 2.5 tonnes"])
def test_a_figure_per_unit_of_the_year_still_divides(knowledge, per):
    text = "Plums\n\nThe orchard picked 60 tonnes from its 24 fields this summer.\n\nEach field gave {per}."
    _checked(knowledge, text.format(per=per), PER_UNIT, fires=False)
    _checked(knowledge, text.format(per=per.replace("2.5", "4")), PER_UNIT, fires=True)


def test_a_korean_figure_per_unit_in_a_norm_period_divides_nothing(knowledge):
    text = (
        "사과 농가\n\n한솔농원은 올해 사과 30톤을 수출한다고 밝혔다. 농원의 사과밭은 24㏊다.\n"
        "작황이 좋은 해에는 1㏊당 2.5톤이 난다고 농원 측은 설명했다."
    )
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- a figure of a `when` clause hung on an earlier time

_RAFFLE = (
    "Charity raffle\n\nRaffle tickets sold at £3 each, up from £2.50 {then}, when 4,800 were sold for £12,000. "
    "A third of the tickets went online and the rest through 12 pubs, about {each} a pub."
)


@pytest.mark.parametrize(
    "then", ["last year", "a year earlier", "the previous year", "a year ago", "in the previous year"]
)
def test_a_figure_of_an_earlier_when_clause_is_no_total(knowledge, then):
    _not_fired(knowledge, _RAFFLE.format(then=then, each="250"), PER_UNIT)


@pytest.mark.parametrize("then", ["last year", "a year earlier", "the previous year"])
def test_a_total_of_now_is_still_divided(knowledge, then):
    text = (
        f"Charity raffle\n\nRaffle tickets sold at £3 each, up from £2.50 {then}, when 4,800 were sold. "
        "This year 3,600 tickets were sold through 12 pubs, about {each} a pub."
    )
    _checked(knowledge, text.format(each="300"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(each="400"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- `the other …`: the member named before is a part


@pytest.mark.parametrize(
    ("sentence", "right", "wrong"),
    [
        (
            "The best float earned its builders a prize of £60, and the other prizes, £500, £200 and £100, came to "
            "{total} in all.",
            "£860",
            "£1,100",
        ),
        (
            "The best newcomer took an award of £200; the other awards were £700, £300 and £150, {total} in all.",
            "£1,350",
            "£1,700",
        ),
        (
            "A grant of £5,000 went to the museum; the other grants were £9,000, £4,500 and £2,000, a total of "
            "{total}.",
            "£20,500",
            "£26,000",
        ),
        (
            "The junior winner received a bursary of $400, and the remaining bursaries were $950, $700 and $550, "
            "a total of {total}.",
            "$2,600",
            "$3,200",
        ),
        (
            "One village got a grant of €2,000; the remaining grants, €3,500 and €1,000, made {total} in all.",
            "€6,500",
            "€8,500",
        ),
    ],
)
def test_the_other_members_list_takes_in_the_one_named_before(knowledge, sentence, right, wrong):
    text = "Awards\n\n" + sentence
    _checked(knowledge, text.format(total=right), SUM, fires=False)
    _checked(knowledge, text.format(total=wrong), SUM, fires=True)


def test_the_other_members_with_none_named_before_leave_the_list_open(knowledge):
    text = "Awards\n\nThe judges praised every float; the other prizes were £400, £200 and £120, a total of £800."
    _not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a span that runs on to now, since a year

_POST = (
    "Village show\n\nThe winning marrow weighed 41 kilograms, 3 more than last year's champion, 38.\n\n"
    "The show's secretary has {verb} for {years} years, since {year}."
)


@pytest.mark.parametrize(
    ("verb", "year"),
    [
        ("kept the books", 2009),
        ("run the shop", 2012),
        ("chaired the committee", 2001),
        ("coached the side", 2015),
        ("led the band", 1998),
    ],
)
def test_a_span_since_a_year_runs_to_now(knowledge, verb, year):
    day = dt.date(2026, 11, 20)
    _checked(knowledge, _POST.format(verb=verb, years=2026 - year, year=year), ELAPSED, fires=False, published=day)
    _checked(knowledge, _POST.format(verb=verb, years=2024 - year, year=year), ELAPSED, fires=True, published=day)


# ---------------------------------------------------------------- a price each of a count paid is no part

_INCOME = "Fete\n\nIncome was £48,000, against costs of £41,000. {sentence}"


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "Gate takings came to £36,000 from 2,400 visitors at £15, or 75 per cent of income; the remaining "
            "£12,000 came from stalls and a grant.",
            ("75 per cent", "60 per cent"),
        ),
        ("Entry fees raised £12,000 from 800 runners at £15, or a quarter of income.", ("a quarter", "a third")),
        ("The raffle took £4,800 from 2,400 tickets at £2, or 10 per cent of income.", ("10 per cent", "15 per cent")),
        ("Camping brought in £24,000 from 600 pitches at £40, or half of income.", ("half", "two-thirds")),
        ("Parking raised £9,600 from 1,600 cars at £6, or 20% of income.", ("20%", "30%")),
    ],
)
def test_a_price_between_its_total_and_a_share_is_no_part(knowledge, sentence, wrong):
    text = _INCOME.format(sentence=sentence)
    _checked(knowledge, text, SHARE, fires=False)
    _checked(knowledge, text.replace(*wrong), SHARE, fires=True)
    _checked(knowledge, text, PER_UNIT, fires=False)
    _not_fired(knowledge, text, SUM)


def test_the_rest_after_a_priced_total_completes_the_total(knowledge):
    text = (
        "Fete\n\nIncome was £48,000. Gate takings came to £36,000 from 2,400 visitors at £15; the remaining "
        "£12,000 came from stalls."
    )
    _checked(knowledge, text, SUM, fires=False)
    _checked(knowledge, text.replace("£12,000", "£8,000"), SUM, fires=True)


# ---------------------------------------------------------------- Korean: a fee per a named unit, paid by that unit


@pytest.mark.parametrize(
    ("count", "fee", "unit", "total"),
    [
        ("250팀", "4만 원", "팀", ("1천만 원", "1천400만 원")),
        ("120가구", "2만 원", "가구", ("240만 원", "420만 원")),
        ("60곳", "20만 원", "곳", ("1천200만 원", "1천500만 원")),
        ("30척", "10만 원", "척", ("300만 원", "450만 원")),
        ("400대", "5천 원", "대", ("200만 원", "260만 원")),
    ],
)
def test_a_fee_per_a_named_unit_is_paid_by_that_count(knowledge, count, fee, unit, total):
    text = (
        f"행사 소식\n\n올해 행사에는 모두 {count} 참가했다. 입장객은 모두 1천850명에 이르렀다.\n"
        f"입장료는 {unit}당 {fee}으로 입장료 수입은 {{total}}이었다."
    )
    _checked(knowledge, text.format(total=total[0]), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total=total[1]), PER_UNIT, fires=True)


# ---------------------------------------------------------------- Korean: a figure per one unit making a total after it


@pytest.mark.parametrize(
    "sentence",
    [
        "과목은 필수 6개와 선택 4개 등 10개로, 학생 한 명이 평균 3개 과목을 들어 모두 3천600차례 수강했다.",
        "강좌는 모두 10개로, 학생 한 명이 평균 3개 강좌를 들어 모두 3천600차례 수강했다.",
        "코스는 초급 6개와 고급 4개 등 10개로, 학생 한 명이 평균 3개 코스를 돌아 모두 3천600번 완주했다.",
        "체험 부스는 10개로, 학생 한 명이 평균 3개 부스를 들러 모두 3천600회 체험했다.",
        "경기장은 10개로, 학생 1명이 평균 3개 경기장을 돌며 모두 3천600차례 뛰었다.",
    ],
)
def test_a_figure_per_one_unit_making_a_total_after_it_takes_none_before(knowledge, sentence):
    text = (
        "여름 학교\n\n올해 여름 학교에는 학생 1천200명이 참가했다.\n"
        f"참가 학생은 초등부 700명, 중등부 300명, 고등부 200명이었다. {sentence}"
    )
    _not_fired(knowledge, text, PER_UNIT)


def test_a_figure_per_one_unit_with_no_total_after_it_still_read(knowledge):
    text = "도서관\n\n올해 도서관 회원은 1천200명이다.\n대출은 모두 6천권으로, 회원 한 명이 평균 5권을 빌린 셈이다."
    _checked(knowledge, text, PER_UNIT, fires=False)
    _not_linked(knowledge, text.replace("모두 6천권으로", "모두 6천차례로"), SHARE)


# ---------------------------------------------------------------- dates: an edition's ordinal, then its first year


@pytest.mark.parametrize(
    ("sentence", "right", "wrong"),
    [
        ("The town staged the {n} parade since the first in 1966.", "61st", "66th"),
        ("Sunday's race was the {n} since it began in 2009.", "18th", "21st"),
        ("The {n} fair, first held in 1994, drew 900 stalls.", "33rd", "36th"),
        ("Saturday saw the {n} gala since the inaugural one in 1981.", "46th", "50th"),
        ("The {n} Brockley regatta, first held in 2001, drew 40 crews.", "26th", "29th"),
    ],
)
def test_an_editions_ordinal_then_its_first_year(knowledge, sentence, right, wrong):
    text = "Events\n\n" + sentence
    day = dt.date(2026, 8, 5)
    _checked(knowledge, text.format(n=right), ELAPSED, fires=False, published=day)
    _checked(knowledge, text.format(n=wrong), ELAPSED, fires=True, published=day)


def test_fewer_editions_than_years_is_a_pause_not_read(knowledge):
    text = "Events\n\nThe town staged the 55th parade since the first in 1966."
    _not_fired(knowledge, text, ELAPSED, published=dt.date(2026, 8, 5))


# ---------------------------------------------------------------- dates: a start year, what it began with, N년 만에


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("2019년 상자 200개로 시작해 {n}년 만에 60배가 됐다.", 7),
        ('대표는 "2018년 벌통 40개로 시작했는데 {n}년 만에 열 배가 됐다"고 말했다.', 8),
        ("2016년 메추리 12만 마리로 시작한 농장은 {n}년 만에 사육 규모를 네 배로 키웠다.", 10),
        ("2020년 직원 3명으로 출발한 회사는 {n}년 만에 직원 40명을 거느리게 됐다.", 6),
        ("2014년 화분 500개로 시작한 농원은 {n}년 만에 매출 10억 원을 넘겼다.", 12),
    ],
)
def test_a_start_with_what_it_began_with_then_a_span(knowledge, sentence, years):
    text = "농장 소식\n\n" + sentence
    day = dt.date(2026, 8, 5)
    _checked(knowledge, text.format(n=years), ELAPSED, fires=False, published=day)
    _checked(knowledge, text.format(n=years - 3), ELAPSED, fires=True, published=day)


# ---------------------------------------------------------------- dates: a noun of starting dated further off

_CLUB = (
    "구단 소식\n\n한울시민축구단이 올해 리그 20경기에서 15승을 거둬 {year}년 창단 이후 첫 우승을 차지했다. "
    "승률은 75%다. 지난해에는 9승에 그쳤다. 홈 관중은 모두 3만 명이었다.\n"
    "올해로 창단 {n}{mark} 구단은 내년 시즌을 준비한다."
)


@pytest.mark.parametrize(
    ("year", "n", "mark"),
    [
        (2009, 18, "년째인"),
        (2009, 17, "년째인"),
        (2001, 25, "주년을 맞은"),
        (1996, 30, "주년을 맞은"),
        (2012, 15, "년째인"),
    ],
)
def test_a_count_after_a_noun_of_starting_dated_further_off(knowledge, year, n, mark):
    day = dt.date(2026, 8, 5)
    _checked(knowledge, _CLUB.format(year=year, n=n, mark=mark), ELAPSED, fires=False, published=day)
    _checked(knowledge, _CLUB.format(year=year, n=n - 4, mark=mark), ELAPSED, fires=True, published=day)


def test_two_starts_of_the_noun_leave_the_count_unread(knowledge):
    text = _CLUB.format(year=2009, n=10, mark="년째인").replace("홈 관중은", "2015년 창단한 여자팀의 홈 관중은")
    _not_fired(knowledge, text, ELAPSED, published=dt.date(2026, 8, 5))
