"""False alarms on real-looking copy (thirty-fourth session, lane `fa`): readings that linked figures a copy editor
would never add or divide, each closed by a structural veto or a better reading, with the break the reading was
built for still caught.

- A list mixing a figure per one unit with figures of wholes (`a price a head` among amounts, `N hours each` as the
  whole of figures after it, `한 가구에 300만 원이 들어가며 … 모두 9억 원`) is no sum: a closed list is left unlinked
  (checker/link/part_list_vetoes.py, checker/link/per_one_marks.py).
- The earlier level a change is measured on (`up £40,000 on the £500,000 of the year before`) is no whole of a
  breakdown in a later sentence (checker/link/part_list_vetoes.py).
- A figure each of a count holds is of the total of its counter its own paragraph states before it, past the lead,
  not of the lead's (checker/link/each_averages.py).
- A Korean one-unit mark named by a noun whose last letter reads as a particle (`농가 한 곳에`) keeps that noun: the
  lead's count of another noun (`영농조합 두 곳`) is not its count (checker/link/per_unit_ko.py).
- The amount a Korean figure per one unit says it divides (`수당을 인원 수대로 나누면`) must be the total it is linked
  to (`[link.divided_amount_noun_before]`, checker/link/per_unit_ko.py).
- Occasions counted by another word in the rate's own sentence (`1천500회 오가게 했는데 … 한 번에 평균`) are its units,
  before a count of the mark's own word farther back (checker/link/counts_per_unit.py).
- One unit's average (`한 팀이 석 달 동안 평균 1천 건`) is no span's total of a day's average of the whole
  (checker/link/span_averages.py).
- A figure named as a gap (`시청과 도서관의 격차는 3천 건`, `the difference was 3,000`) or a handful of members counted
  by a counter of their own (`세 곳이 전체의 50%`, `the three busiest docks took 50%`) is no share's part
  (checker/link/part_list_vetoes.py).
- A fee stated per a period (`보관료는 하루 1천 원`) is no price whose count alone makes its noun's takings
  (checker/link/named_unit_totals.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

SUM, PER_UNIT, PER_PERIOD = "F302", "F317", "F312"

# ---------------------------------------------------------------- lists mixing a figure per one unit


def test_an_average_each_is_no_whole_of_one_members_figures_after_it(knowledge):
    text = (
        "Orchard volunteers log a busy year\n\n"
        "The orchard's 130 volunteers put in about 40 hours each, though the load was lopsided: one retired "
        "teacher, looking after 12 hives, logged 640."
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The orchard's 130 volunteers put in 5,200 hours, including 3,100 hours of pruning and 2,600 of picking.",
            True,
        ),
        (
            "The orchard's 130 volunteers put in 5,700 hours, including 3,100 hours of pruning and 2,600 of picking.",
            False,
        ),
    ],
)
def test_a_breakdown_of_a_plain_total_is_still_added_up(knowledge, text, fires):
    assert_checked(knowledge, "Orchard volunteers log a busy year\n\n" + text, SUM, fires)


_PIPES = "섬마을 상수도 공사비 9억 원\n\n통영군은 섬마을 상수도 공사에 올해 9억 원을 썼다고 밝혔다. "


def test_a_korean_amount_for_one_household_is_no_part_of_the_years_cost(knowledge):
    text = _PIPES + "계량기는 대당 15만 원이라 한 가구에 300만 원이 들어가며, 올해 공사비는 모두 9억 원이었다."
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("자재비 4억2천만 원, 인건비 3억1천만 원, 장비비 1억7천만 원으로 모두 9억 원이 들었다.", False),
        ("자재비 4억2천만 원, 인건비 3억1천만 원, 장비비 1억7천만 원으로 모두 9억9천만 원이 들었다.", True),
    ],
)
def test_a_korean_list_of_whole_costs_is_still_added_up(knowledge, text, fires):
    assert_checked(knowledge, _PIPES + text, SUM, fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The orchard paid $11 for each pear tree and $4 for staking it, a total of $15 a tree.", False),
        ("The orchard paid $11 for each pear tree and $4 for staking it, a total of $19 a tree.", True),
    ],
)
def test_costs_of_one_unit_before_a_total_per_unit_still_add_up(knowledge, text, fires):
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- the earlier level of a change


_TRUST = (
    "Hospice trust grows\n\nThe new ward will cost a quarter of the £540,000 the trust raised in the year to June. "
)


def test_the_level_a_change_is_measured_on_is_no_whole_of_the_next_sentences_sources(knowledge):
    text = (
        _TRUST + "That sum was itself up £40,000 on the £500,000 of the year before. Legacies brought in £300,000, "
        "charity shops £140,000 and sponsored walks £100,000."
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The festival raised £540,000 this summer, up £40,000. Tickets brought in £300,000, stalls £140,000 "
            "and sponsors the remaining £100,000.",
            False,
        ),
        (
            "The festival raised £540,000 this summer, up £40,000. Tickets brought in £300,000, stalls £140,000 "
            "and sponsors the remaining £150,000.",
            True,
        ),
    ],
)
def test_a_later_level_is_still_the_whole_of_its_sources(knowledge, text, fires):
    assert_checked(knowledge, "Festival takings rise\n\n" + text, SUM, fires)


# ---------------------------------------------------------------- an average each of a count, its paragraph's total


_FERRY = (
    "Ferry line carries 9,000 cars\n\n"
    "The island ferry has carried 9,000 cars since it began, and 2,400 cars still wait on the booking list.\n\n"
    "This summer the line moved 1,800 cars, against 1,500 last summer. Its three boats each carried {} cars. "
    "The rest of the 9,000 crossed in earlier years."
)


@pytest.mark.parametrize("each,fires", [("600", False), ("950", True)])
def test_an_average_each_is_of_its_paragraphs_total(knowledge, each, fires):
    assert_checked(knowledge, _FERRY.format(each), PER_UNIT, fires)


# ---------------------------------------------------------------- Korean figures per one unit


def test_a_noun_ending_in_a_particles_letter_names_the_unit_counted(knowledge):
    text = (
        "청호군 감자 저온 보관 900톤\n\n"
        "청호군 영농조합 두 곳의 저온창고에 올해 감자 900톤이 들어갔다고 군이 10일 밝혔다.\n\n"
        "창고별로는 동부조합이 500톤, 서부조합이 400톤을 맡았다.\n\n"
        "보관료는 군이 절반을 댄다. 올해 군 지원금은 6억 원으로, 농가 한 곳에 500만 원꼴이다."
    )
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize("each,fires", [("500만", False), ("700만", True)])
def test_a_count_of_the_named_noun_is_still_divided(knowledge, each, fires):
    text = (
        "청호군 감자 저온 보관 900톤\n\n"
        "청호군은 올해 감자 농가 120곳이 조합 저온창고에 900톤을 맡겼다고 10일 밝혔다.\n\n"
        f"보관료는 군이 절반을 댄다. 올해 군 지원금은 6억 원으로, 농가 한 곳에 {each} 원꼴이다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


_BRIGADE = (
    "하늘군 소방대 예산 12억 원\n\n하늘군은 의용소방대의 올해 예산이 12억 원이라고 밝혔다. "
    "장비비가 7억 원, 대원 수당이 4억 원, 교육비가 1억 원이다.\n\n"
)


def test_the_amount_its_sentence_divides_is_the_total_of_a_figure_per_person(knowledge):
    text = (
        _BRIGADE
        + "대원 80명에 지휘 요원 5명이 붙어 모두 85명이다. 대원 수당을 인원 수대로 나누면 한 사람에 500만 원꼴이다."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("1천500만", False), ("2천500만", True)])
def test_the_budget_divided_by_name_is_still_checked(knowledge, each, fires):
    text = _BRIGADE + f"지휘 요원까지 합친 인원은 80명이다. 예산을 인원 수대로 나누면 한 사람에 {each} 원꼴이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


_TRAINS = (
    "바다시 불꽃축제 관람객 40만 명\n\n바다시는 불꽃축제에 이틀 동안 40만 명이 다녀갔다고 밝혔다. 관람석은 두 번 나눠 "
    "팔았다.\n\n시는 역과 해변 사이로 임시열차를 1천500회 오가게 했는데, 모두 4만5천 명이 이용해 "
    "한 번에 평균 {}명꼴이었다."
)


@pytest.mark.parametrize("each,fires", [("30", False), ("50", True)])
def test_occasions_counted_by_another_word_in_the_rates_sentence_are_its_units(knowledge, each, fires):
    assert_checked(knowledge, _TRAINS.format(each), PER_UNIT, fires)


_PATROL = "누리시 보일러 점검 3분기 2만 건\n\n누리시는 노후 보일러 무료 점검이 3분기 2만 건이었다고 밝혔다.\n\n"


def test_one_teams_average_is_no_total_of_a_days_average(knowledge):
    text = (
        _PATROL + "점검 기사는 60명으로 3명씩 20개 팀을 꾸렸다. 한 팀이 석 달 동안 평균 1천 건을 맡은 셈이다. "
        "3분기 92일로 나눠 보면 하루 217건꼴이다."
    )
    assert PER_PERIOD not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("daily,fires", [("217", False), ("300", True)])
def test_a_days_average_of_the_half_years_total_is_still_checked(knowledge, daily, fires):
    assert_checked(knowledge, _PATROL + f"3분기 92일로 나눠 보면 하루 {daily}건꼴이다.", PER_PERIOD, fires)


# ---------------------------------------------------------------- shares of gaps and of members counted

SHARE = "F503"


@pytest.mark.parametrize(
    "text",
    [
        "새봄시 무인 민원발급기 상반기 4만 건\n\n새봄시는 무인 민원발급기 발급이 상반기 4만 건이었다고 밝혔다.\n\n"
        "설치 장소별로는 시청 본관이 9천 건으로 가장 많았고 도서관 6천 건, 버스터미널 5천 건 순이었다. "
        "시청과 도서관의 격차는 3천 건이었고, 상위 세 곳이 전체의 50%를 차지했다.",
        "Bike hire tops 40,000\n\nThe city's bike scheme logged 40,000 hires in the first half.\n\nThe station dock "
        "led with 9,000 hires, ahead of the park with 6,000; the difference was 3,000 hires, and the three busiest "
        "docks took 50% of the total.",
    ],
)
def test_a_gap_or_a_count_of_members_is_no_shares_part(knowledge, text):
    assert SHARE not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("rate,fires", [("25%", False), ("45%", True)])
def test_a_share_of_the_whole_is_still_checked(knowledge, rate, fires):
    text = (
        "새봄시 무인 민원발급기 상반기 4만 건\n\n새봄시는 무인 민원발급기 발급이 상반기 4만 건이었다고 밝혔다. "
        f"이 가운데 시청 본관 발급이 1만 건으로 {rate}를 차지했다."
    )
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- clean paragraphs: figures near, not related

CLEAN = [
    # a price a head beside a count and a total of another thing
    "Choir tour\n\nThe choir's 48 singers paid £35 a head for the coach. The tour raised £6,200 for the hospice, and "
    "the church roof appeal now stands at £81,000.",
    # an average each beside parts of another total
    "Allotments\n\nThe 60 plot holders spent about 12 hours each on the new paths. The society's £4,800 budget went on "
    "gravel, £2,900, and timber edging, £1,100.",
    # a change of a level, then a breakdown of another metric
    "Library\n\nLoans were up 4,000 on the 52,000 of the year before. Of its 31 staff, 19 work part-time and 12 full "
    "time.",
    # two counts of different nouns in one sentence, then a total of a third
    "Harbour\n\nThe harbour has 14 cranes and 220 moorings. Visiting yachts paid £41,000 in fees last season.",
    # figures per one unit of two different things
    "Bakery\n\nA loaf costs £3.20 and a dozen rolls £4.10. The bakery sold 2,300 loaves in the week before Easter.",
    # an average per team beside the day count of another year
    "Rescue team\n\nEach of the six crews answered an average of 40 calls in the spring. Last year the team logged "
    "1,900 call-outs over 365 days.",
    # a share of one whole and a count of another pot
    "Museum\n\nSchool groups made up 30% of the museum's 84,000 visitors. The gift shop stocks 600 titles.",
    # Korean: a fee per day, a count of racks, and a year's takings (no total of the count alone)
    "기차역 자전거 보관소\n\n보관료는 하루 1천 원이다. 보관대는 320대이며, 지난해 보관료 수입은 4천만 원이었다.",
    # Korean: one unit's average and a different total
    "어린이 도서관\n\n사서 한 명이 하루 평균 80권을 정리한다. 도서관이 가진 책은 6만2천 권이고 올해 예산은 3억 원이다.",
    # Korean: a count of occasions and a count of people in separate clauses about different things
    "마을 음악회\n\n음악회는 올해 12회 열렸다. 마을 주민은 1천800명이고, 합창단원은 40명이다.",
    # Korean: a breakdown, then a figure per one household of another scheme
    "에너지 지원\n\n군은 올해 난방비로 5억 원을 썼다. 등유 지원이 3억 원, 연탄 지원이 2억 원이었다. 별도로 "
    "태양광 보조금은 한 가구에 200만 원이다.",
    # the earlier level of a change and a count of staff
    "Dairy\n\nMilk output rose 90,000 litres on the 1.2 million litres of last year. The dairy employs 23 people on "
    "two shifts.",
    # an average each and a count of members in another club
    "Cycling club\n\nThe club's riders covered about 3,000 km each this year. Its sister club in Leeds has 140 "
    "members.",
    # a price per kilo and totals of two separate harvests
    "Honey\n\nHoney fetched £9 a kilo at the market. The co-op's hives gave 4,100 kg this summer and 3,700 kg a year "
    "earlier.",
    # Korean: per one team average and a daily figure of another service
    "구급대\n\n구급대 한 팀이 한 달 평균 90건을 출동한다. 119 상황실은 하루 1천200건의 전화를 받는다.",
    # a per-one figure inside a list of unrelated facts
    "Market hall\n\nThe hall has 42 stalls, rents them at £60 a week and opens six days. Footfall reached 9,400 on the "
    "busiest Saturday.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_near_each_other_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []
