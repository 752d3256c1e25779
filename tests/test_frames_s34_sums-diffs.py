"""Sums and differences read in the thirty-fourth session (lane `sums-diffs`): an amount added that takes a level to a
new one stated after it in its clause (checker/link/additions_reaching_a_level.py; in English, checker/link/taking_to.py
for `taking its crew from 31 to 40` and checker/link/added_sums.py for `which will bring the roster to 22`); a topic
listing figures up to a verb of composition (`…로 구성됐다`: checker/link/parts_of_stated_whole.py); an average in the
lead set aside as a rival whole of a later list (checker/link/parallel_parts.py).

A Korean figure marked as added (`을 더`, `를 새로`, `추가로`) followed in its clause by the level it brings the count
to (`…으로 늘린다`, `…까지 확대`, `… 체제`) is the change of that level. The level it started from is the figure joined
right before it (`기사 41명에 6명을 새로`), or the one marked as where the move starts (`현재 30명에서`), or else the
figure of the counter the lead states (a plan adding to the story's figure, paragraphs later).

Near misses: no mark of addition (two figures of the counter side by side), a new level of another counter, two
earlier levels of the counter outside the lead (which one was added to is not said), an addition in another clause
than the level, and paragraphs of figures of one counter that are neither added nor reached.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

RULE = "F305"

_BUS = "소라교통은 운전기사 38명에 7명을 새로 뽑아 45명 체제로 노선을 돌리기로 했다.\n"
_CLINIC = "보건소는 방문간호사 9명을 추가로 채용해 현재 21명에서 30명으로 늘린다고 밝혔다.\n"
_SHELTER = (
    "강진시는 폭염 대피 쉼터 16곳을 올여름 운영한다고 2일 밝혔다. 하루 이용객은 평균 300명 안팎이다.\n\n"
    "시는 쉼터마다 냉방기를 새로 들였다. 이용 시간은 오전 9시부터 오후 9시까지다.\n\n"
    "시 관계자는 내년에 쉼터 5곳을 더 지정해 21곳으로 늘리겠다고 말했다.\n"
)
_CARS = (
    "다온구는 전기 공용차 40대를 주민에게 빌려주고 있다고 밝혔다.\n\n"
    "구는 하반기에 공용차 25대를 추가로 들여 모두 65대까지 확대할 방침이다.\n"
)

# the new level first, then the amount added and the verb of adding
_SHOPS = (
    "세탁 체인 맑음은 직영점 54곳을 운영하고 있다고 11일 밝혔다.\n\n"
    "맑음은 2026년까지 직영점을 70곳으로 16곳 더 늘릴 계획이다.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_BUS, False),
        (_BUS.replace("45명 체제", "49명 체제"), True),
        (_CLINIC, False),
        (_CLINIC.replace("9명을", "4명을"), True),
        (_SHELTER, False),
        (_SHELTER.replace("21곳으로", "25곳으로"), True),
        (_CARS, False),
        (_CARS.replace("65대까지", "75대까지"), True),
        (_SHOPS, False),
        (_SHOPS.replace("16곳 더", "26곳 더"), True),
    ],
)
def test_an_amount_added_is_the_change_of_the_level_it_takes_the_count_to(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize(
    "text",
    [
        # no mark of addition: two figures of the counter side by side
        "소라교통은 운전기사 38명과 정비사 7명이 일하며 45명 규모의 노조가 있다.\n",
        # the level reached is of another counter
        "보건소는 방문간호사 9명을 추가로 채용해 방문 가구를 300가구로 늘린다.\n",
        # two earlier levels of the counter past the lead: which one was added to is not said
        "강진시는 올여름 폭염 대책을 내놨다.\n\n온천동에는 쉼터 8곳이 있다. 해안동에는 쉼터 11곳이 있다.\n\n"
        "시는 쉼터 4곳을 더 지정해 19곳으로 늘리겠다고 말했다.\n",
        # a level reached in the past, no amount added with a verb of adding after it
        "떡집 프랜차이즈 고운은 가맹점 87곳을 두고 있다.\n\n다른 업체는 지난해 가맹점을 120곳으로 만들었고 33곳은 "
        "문을 닫았다.\n",
        # the addition and the level in clauses apart
        "구는 공용차 25대를 추가로 들였다. 지난해 다른 구는 공용차를 65대까지 늘렸다.\n",
    ],
)
def test_figures_that_are_no_addition_to_a_level_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, RULE)


# Paragraphs of figures of one counter that stand near each other but are neither an amount added nor the level it
# reaches, nor ends of a gap: nothing may fire on them.
_CLEAN = [
    "하늘마을 도서관은 장서 3만 권을 갖췄다. 이웃 마을 도서관은 1만2천 권, 새로 짓는 분관은 8천 권을 들일 예정이다.",
    "공단은 정규직 120명과 계약직 45명을 두고 있다. 지난해에는 정규직 110명이었다.",
    "시는 버스 정류장 40곳에 온열 의자를 놓았고, 다른 구는 정류장 25곳에 그늘막을 세웠다.",
    "캠핑장은 야영 자리 60면을 운영한다. 주차장은 90면이고, 인근 휴양림은 30면을 새로 만들었다.",
    "군은 마을회관 12곳을 고쳤다. 내년에는 경로당 8곳을 더 손볼 계획이다.",
    "구청 직원 350명 가운데 40명이 육아휴직을 썼다. 인근 구청은 직원 410명이다.",
    "협회 회원사는 85곳이다. 이 가운데 수출 기업은 30곳이고, 올해 가입한 곳은 6곳이다.",
    "학교는 교사 48명을 두고 있다. 학생은 620명이며, 통학버스는 5대를 운영한다.",
    "공장은 로봇 14대를 들였다. 협력업체는 로봇 6대를 빌려 쓰고 있으며, 본사는 20대 규모의 시험장을 짓는다.",
    "관광 안내소는 해설사 11명을 두고 있다. 축제 기간에는 자원봉사자 9명이 돕고, 통역사 20명이 대기한다.",
    "The ferry company runs 14 boats. Its rival has nine, and the harbour can berth 30 at once.",
    "The hospital employs 420 nurses and 95 doctors; a new wing will need 60 nurses of its own.",
    "The council owns 35 parks. A neighbouring borough owns 22, and a charity runs another eight in the county.",
    "The museum holds 12,000 objects and shows about 900 at any one time, borrowing 40 more each year.",
    "The orchard has 2,400 trees. Last spring a storm felled 150 of them, and a nearby farm planted 600.",
    "시는 공공 자전거 500대를 운영한다. 이웃 시는 공공 자전거 800대를 두고 있고, 도는 1천300대 규모의 사업을 검토한다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_figures_of_one_counter_that_are_no_addition_raise_nothing(knowledge, text):
    result = findings(knowledge, document(text), select=["F302", "F305", "F301"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# English: the sum an amount added will bring a count to, its verb told ahead (`which will bring the roster to 22`):
# the bare number after it is read as the count the sum reaches (checker/extract/quantities.py, `_read_sums_reached`;
# `[link.sum_reached_marks]`), and the sum as the story's count plus the amount added (checker/link/added_sums.py)
_LIFEBOAT = (
    "The lifeboat station, with 18 volunteer crew, is recruiting four more this winter, which will bring the "
    "roster to 22.\n"
)
_ORCHESTRA = (
    "With 64 players on contract, the orchestra will hire five more next season, which would take the ensemble to 69.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_LIFEBOAT, False),
        (_LIFEBOAT.replace("to 22", "to 25"), True),
        (_ORCHESTRA, False),
        (_ORCHESTRA.replace("to 69", "to 72"), True),
    ],
)
def test_a_count_an_addition_will_bring_a_level_to_is_their_sum(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no amount added in the sentence: the number after `will bring … to` is no sum of the story's figure
        "The orchestra employs 64 players. A rival tour, which will bring the players to 12 cities, starts in May.\n",
        # the figure after the mark has a noun of its own
        "With 64 players on contract, the orchestra will hire five more, which would take the season to 40 concerts.\n",
    ],
)
def test_a_number_after_will_bring_with_nothing_added_is_no_sum(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# A lead figure marked as an average (`an average of`, `평균`) is what the story's figure is compared with: no whole
# the later items break down, and no rival of the one that is (checker/link/parallel_parts.py)
_PLUMS = (
    "Growers sold 8,400 crates of plums this season, above an average of 7,900 crates over five years, the board "
    "said.\n\nThe weather was kind.\n\nThe packhouse at Ferndale handled 5,100 crates and private buyers 3,300.\n"
)
_PLUMS_KO = (
    "올해 자두 출하량은 8천400상자로 최근 5년 평균(7천900상자)을 웃돌았다고 조합이 밝혔다.\n\n날씨가 좋았다.\n\n"
    "공판장이 5천100상자, 개인 상인이 3천300상자를 가져갔다.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_PLUMS, False),
        (_PLUMS.replace("3,300", "4,300"), True),
        (_PLUMS_KO, False),
        (_PLUMS_KO.replace("3천300상자", "4천300상자"), True),
    ],
)
def test_an_average_in_the_lead_is_no_rival_of_the_whole_the_items_break_down(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_two_totals_in_the_lead_none_an_average_leave_the_items_unlinked(knowledge):
    text = (
        "Ferndale growers sold 8,400 crates of plums this season and Hillside growers 9,100 crates, the board "
        "said.\n\nThe weather was kind.\n\nThe packhouse handled 5,100 crates and private buyers 4,300.\n"
    )
    assert_not_checked(knowledge, text, "F302")


# A sentence opened by the topic of a whole stated before (`기금은`) that lists figures up to a verb saying the topic is
# made up of them (`…로 구성됐다`, `…으로 짜였다`) lists that whole's parts (checker/link/parts_of_stated_whole.py)
_FUND = (
    "한빛구는 올해 청년 창업 지원 기금이 6억4천만 원이라고 8일 밝혔다.\n\n"
    "기금은 구비 3억 원, 시비 2억2천만 원, 기업 기부금 1억2천만 원으로 구성됐다.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FUND, False),
        (_FUND.replace("1억2천만 원으로", "2억2천만 원으로"), True),
        (_FUND.replace("구성됐다", "짜였다"), False),
    ],
)
def test_a_topic_made_up_of_the_figures_it_lists_is_their_whole(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a verb of change, not of composition, after the last figure
        "한빛구는 올해 청년 창업 지원 기금이 6억4천만 원이라고 8일 밝혔다.\n\n"
        "기금은 구비 3억 원, 시비 2억2천만 원에서 각각 1억 원으로 늘었다.\n",
        # a topic that names no whole stated before
        "한빛구는 올해 청년 창업 지원 기금이 6억4천만 원이라고 8일 밝혔다.\n\n"
        "하천 정비비는 국비 9억 원과 시비 7억 원으로 짜였다.\n",
    ],
)
def test_a_topic_of_another_noun_or_a_change_is_no_composition_of_the_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# English: an amount added, then the level it started from and the level it reached (`hiring nine drivers, taking its
# crew from 31 to 40`): the bare number after `from … to` is read as the count reached, and the amount as the change
# between the two (checker/link/taking_to.py; `[link.taking_to_from]`)
_CREW = "The quarry is hiring nine drivers, taking its haulage crew from 31 to 40.\n"
_STAFF = "This winter the ski school will take on 8 instructors, bringing its team from 57 to 65.\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (_CREW, False),
        (_CREW.replace("to 40", "to 44"), True),
        (_STAFF, False),
        (_STAFF.replace("to 65", "to 75"), True),
    ],
)
def test_an_amount_added_taking_a_count_from_one_level_to_another_is_their_difference(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # nothing added in the clause: a range, no change
        "The quarry's haulage crew ranges from 31 to 40 drivers a shift.\n",
        # the levels are of another counter than the amount added
        "The quarry is hiring nine drivers, taking its fleet from 31 trucks to 40 trucks.\n",
    ],
)
def test_a_from_to_without_an_addition_of_its_count_is_no_change(knowledge, text):
    assert_not_checked(knowledge, text, "F305")
