"""False alarms of the twenty-first session's second-round rules, each closed by narrowing a rule to its construction:
- an `each` figure's in-sentence total stands in the units' own clause (`The 40 depots hold 12,000 tonnes, about 300
  tonnes at each`), not behind an opener (`Of the …,`, `, when …`, `, which …`) and not where the figure is what each
  can hold (`can carry 20 tonnes each`) (checker/link/rates_then_each.py);
- the lead's total is shared out by units named as a kind of a thing (`the 20 food stalls`) only when the lead names
  them (checker/link/rates_then_each.py);
- a list of a group within the story's total (its sentence's own topic naming none of the total's words, or behind
  `이 가운데`) is no list of that total: a member's share is not of it (checker/link/shares_of_listed_members.py,
  checker/link/listed_subject_shares.py with no `전체의`); a share pointing back (`60% of that`) neither;
- people per person (`안내 요원은 40명으로 1명이 평균 300명을`) share out a total only where the rate's noun names it
  (checker/link/counts_per_unit.py);
- a count per unit and per day is of an earlier per-day count only where that count's naming word names the rate or
  stands in the units' or the rate's sentence, or where, opening its sentence, it restates the story's count just
  before (checker/link/counts_per_unit.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `each`: a total in the units' own clause


@pytest.mark.parametrize(
    "text",
    [
        "Of the 12,000 tonnes landed at the port, its 40 trawlers caught about 200 tonnes each.",
        "The port handled 12,000 tonnes of cargo in 2023, when its 40 cranes could lift 35 tonnes each.",
        "The 40 trucks, which hauled 12,000 tonnes of grain last year, can carry 20 tonnes each.",
        "The 40 trucks hauled 12,000 tonnes of grain last year and can carry 20 tonnes each.",
    ],
)
def test_a_total_out_of_the_units_clause_or_a_capacity_is_not_shared_out(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("300", False), ("200", True)])
def test_a_total_in_the_units_clause_is_shared_out(knowledge, each, fires):
    assert_checked(knowledge, f"The 40 depots hold 12,000 tonnes of grit, about {each} tonnes at each.", "F317", fires)
    assert_checked(
        knowledge, f"The port stored 12,000 tonnes across its 40 depots, about {each} tonnes each.", "F317", fires
    )


# ---------------------------------------------------------------- the lead's total and units named as a kind


def test_units_of_a_kind_the_lead_does_not_name_do_not_share_its_total(knowledge):
    text = (
        "The festival drew 200,000 visitors over the weekend. "
        "Organisers said the 20 food stalls served about 3,000 visitors each."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("10,000", False), ("3,000", True)])
def test_units_of_a_kind_the_lead_names_share_its_total(knowledge, each, fires):
    text = (
        "The festival drew 200,000 visitors to its food stalls over the weekend. "
        f"Organisers said the 20 food stalls served about {each} visitors each."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("4,000", False), ("1,000", True)])
def test_plain_units_share_the_leads_total(knowledge, each, fires):
    text = (
        "The health board's clinics saw 100,000 patients last year. The 25 clinics saw an average of "
        + each
        + " patients each."
    )
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a list of a group within the story's total


@pytest.mark.parametrize(
    "text",
    [
        "시 인구는 12만명이다. 설문 응답자는 남성 540명, 여성 460명으로 남성이 54%였다.",
        "구청 민원은 4,200건이었다. 이 가운데 주차 관련 민원은 불법주차 294건, 주차장 부족 126건으로 "
        "불법주차가 70%였다.",
        "The airline carried 2,000,000 passengers. Its two new routes carried 30,000 passengers to Paris and 20,000 "
        "passengers to Rome. Paris accounted for 60% of that.",
    ],
)
def test_a_share_in_a_list_of_a_subgroup_is_not_of_the_storys_total(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("share,fires", [("60.0%", False), ("50.0%", True)])
def test_a_list_under_a_topic_of_the_totals_words_shares_it(knowledge, share, fires):
    text = (
        "도서관 대출 권수는 8만2,000권이다. 대출은 성인 회원 4만9,200권과 학생 회원 3만2,800권이다. "
        f"성인 회원 비중은 {share}에 이른다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("70%", False), ("50%", True)])
def test_a_list_with_no_topic_of_its_own_shares_the_total(knowledge, share, fires):
    text = f"구청 민원은 4,200건이었다. 교통 민원이 2,940건, 환경 민원이 1,260건으로 교통 민원이 {share}였다."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- people per person; a count per unit and per day


def test_people_per_person_naming_no_total_is_not_shared_out(knowledge):
    assert_not_checked(knowledge, "관람객은 5만명이었다. 안내 요원은 40명으로 1명이 평균 300명을 안내했다.", "F317")


@pytest.mark.parametrize("each,fires", [("1,250명", False), ("300명", True)])
def test_people_per_person_naming_the_total_share_it_out(knowledge, each, fires):
    text = f"관람객은 5만명이었다. 안내 요원은 40명으로 1명이 평균 관람객 {each}을 안내했다."
    assert_checked(knowledge, text, "F317", fires)


def test_a_per_day_count_of_a_whole_the_units_do_not_name_is_not_theirs(knowledge):
    text = (
        "이 역의 이용객은 하루 평균 5,000명이다. "
        "역 앞에는 셔틀버스 20대가 운행하며 버스 한 대가 하루 평균 120명을 태운다."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("250명", False), ("120명", True)])
def test_a_per_day_count_named_beside_the_units_is_theirs(knowledge, each, fires):
    text = (
        "이 역의 이용객은 하루 평균 5,000명이다. 역 앞에는 셔틀버스 20대가 운행하며 역 이용객을 태운다. "
        f"버스 한 대가 하루 평균 {each}을 태운다."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("25명", False), ("60명", True)])
def test_a_per_day_count_restating_the_total_before_is_theirs(knowledge, each, fires):
    text = (
        "한빛군 순환버스의 첫해 이용객이 18만2,500명으로 집계됐다. 하루 평균 500명꼴이다.\n\n"
        f"군은 이용객이 적은 노선을 줄이고 승합차 20대를 투입했다. 차량 한 대가 하루 평균 {each}을 태운 셈이다."
    )
    assert_checked(knowledge, text, "F317", fires)
