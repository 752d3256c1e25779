"""Korean false alarms on copy never seen (forty-seventh session, lane `fa_ko`): readings that built a relation of
figures that are not its members, closed where the relation is built; the right relation still read where the copy
states it.

- A figure given each of a count after other values of its kind listed in its clause (`대상 300만 원, 우수상 100만 원에
  입선 20명에게 10만 원씩을 더해 모두 600만 원`, `a $1,500 top prize and $100 each to 20 runners-up, $3,500 in all`)
  is one more item of the list: the total after is their sum, a value before an item of it, neither the figure times
  its count (checker/link/identity_gates.py, `gate_per_unit_joins`).
- A counted share after two levels its sentence lists side by side (`소형 60대와 중형 30대로, 소형이 3대 가운데
  2대꼴`) is of the level the share's clause subject names, its whole the total they are parts of: the other listed
  level is a sibling, no whole (checker/link/share_fallback_ko.py).
- A share of a whole apart after a sentence whose last level is marked as the total the others come to (`800곳을 더
  바꿔 모두 3천 곳으로 늘린다. 관내 가로등 5천 곳의 60%다`) is of that total; a level written to one digit (`2만 곳`
  of `2만5천 곳`) may be a part of a whole its interval reaches past (checker/link/wholes_then_shares_apart.py).
- A rate of a price abroad compared with a price at home (`한 벌 값은 110달러로 우리 돈 15만 원 남짓이며, 국내 판매가
  12만 원보다 25% 가량 비싸다`, `… 우리 돈 1만800원 안팎이다. 국내 판매가 9천 원보다 5분의 1 가량 높다`) measures the
  price's equivalent in the home currency, signed by the comparison after it (checker/link/changes_of_equivalents.py).
- A multiple guessed to be of the last listed part of the sentence before (`목공 150점, 도자 100점, 섬유
  200점이다. 작품 수는 지난해 300점의 1.5배다`) is of the whole the parts add up to, as a gap is
  (checker/link/relations.py, `relink_gaps_of_listed_parts`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired

GROWTH, MULTIPLE, SHARE, PER_UNIT = ("F301", "F304", "F503", "F317")


# ---------------------------------------------------------------- a figure given each, listed with other values


@pytest.mark.parametrize(
    "text",
    [
        "하늘시 백일장\n\n장원에 300만 원, 차상에 100만 원, 입선자 20명에게 10만 원씩 모두 600만 원을 시상한다.",
        "바다군 사진전\n\n대상 500만 원과 우수상 200만 원, 장려상 15명에게 20만 원씩을 합쳐 총 1천만 원을 준다.",
        "들녘시 마라톤\n\n1위 200만 원과 2위 100만 원에 완주자 300명 기념품값 1만 원씩을 합하면 총 600만 원이 든다.",
        "산골군 품평회\n\n최우수상 1천만 원에 우수 농가 40곳에 25만 원씩을 보태 모두 2천만 원의 상금이 나간다.",
        "강변시 합창대회\n\n대상 팀에 400만 원, 금상 팀에 200만 원, 참가 팀 20곳에 10만 원씩 모두 800만 원이 돌아간다.",
        "Ashby fair\n\nThe first prize is $5,000, second place gets $2,000 and 30 finalists get $100 each, $10,000 in"
        " all.",
        "Ashby fair\n\nThe show pays a $1,500 top prize and $100 each to 20 runners-up, for a total of $3,500.",
    ],
)
def test_a_figure_given_each_after_listed_values_divides_no_total(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("하늘시 백일장\n\n시는 입선 20명에게 10만 원씩 모두 200만 원을 준다.", False),
        ("하늘시 백일장\n\n시는 입선 20명에게 10만 원씩 모두 300만 원을 준다.", True),
        ("바다군 사진전\n\n장려상 15명에게 20만 원씩, 총 450만 원을 준다.", True),
        ("Ashby fair\n\nThe show pays $100 each to 20 runners-up, for a total of $2,000.", False),
        ("Ashby fair\n\nThe show pays $100 each to 20 runners-up, for a total of $3,500.", True),
    ],
)
def test_a_figure_given_each_alone_still_divides_its_total(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a counted share of one of two listed levels


@pytest.mark.parametrize(
    "text",
    [
        "들녘군 농기계 업체, 트랙터 90대 수출\n\n들녘군의 농기계 업체 푸른들이 베트남 농협으로부터 트랙터 90대, 270만"
        " 달러어치를 주문받았다고 3일 밝혔다.\n소형 60대와 중형 30대를 보내는데, 소형이 3대 가운데 2대꼴이다.",
        "갈매군 공방, 의자 120개 수출\n\n갈매군의 가구 공방이 일본 호텔로부터 의자 120개, 1천800만 엔어치를"
        " 주문받았다고 5일 밝혔다.\n원목 의자 90개와 철제 의자 30개이며 철제가 4개 가운데 1개꼴이다.",
        "솔내시 전기자전거 200대 도입\n\n솔내시가 공유 전기자전거 200대를 들여온다고 9일 밝혔다.\n물량은 일반형"
        " 150대와 화물형 50대로, 화물형은 4대 중 1대꼴이다.",
        "솔내시 어린이 축제에 360명\n\n솔내시 어린이 축제에 360명이 참가했다고 9일 밝혔다.\n참가자는 어린이 240명과"
        " 어른 120명으로, 어른이 세 명 중 한 명꼴이다.",
        "갈매군 학교에 태블릿 40대\n\n갈매군이 관내 학교에 태블릿 40대를 보냈다고 5일 밝혔다.\n학생용 30대와 교사용"
        " 10대로, 교사용은 4대 중 1대꼴이다.",
    ],
)
def test_a_counted_share_after_listed_levels_is_of_the_one_its_subject_names(knowledge, text):
    assert_checked(knowledge, text, SHARE, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "들녘군 농기계 업체, 트랙터 90대 수출\n\n들녘군의 농기계 업체 푸른들이 베트남 농협으로부터 트랙터 90대, 270만"
        " 달러어치를 주문받았다고 3일 밝혔다.\n소형 60대와 중형 30대를 보내는데, 소형이 10대 가운데 9대꼴이다.",
        "솔내시 전기자전거 200대 도입\n\n솔내시가 공유 전기자전거 200대를 들여온다고 9일 밝혔다.\n물량은 일반형"
        " 150대와 화물형 50대로, 화물형은 10대 중 6대꼴이다.",
    ],
)
def test_a_counted_share_of_a_listed_level_still_fires_when_wrong(knowledge, text):
    assert_checked(knowledge, text, SHARE, fires=True)


def test_a_counted_share_after_listed_levels_naming_none_is_left_unread(knowledge):
    text = (
        "들녘군 농기계 업체, 트랙터 90대 수출\n\n들녘군의 농기계 업체 푸른들이 베트남 농협으로부터 트랙터 90대, 270만"
        " 달러어치를 주문받았다고 3일 밝혔다.\n소형 60대와 중형 30대를 보내는데, 3대 가운데 1대꼴이 중형이다."
    )
    assert_not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a share of a whole apart, of the total marked before


@pytest.mark.parametrize(
    "text",
    [
        "바람골 태양광\n\n군은 올해 4천 가구 지붕에 태양광판을 더 올려 모두 3만 가구가 됐다."
        " 군내 주택 3만2천 가구의 94%에 이른다.",
        "하늘시 빗물 저금통\n\n시는 하반기에 1천 가구에 더 보내 모두 7천 가구로 늘린다. 단독주택 7천400가구의 95%다.",
        "갈매군 경로당 냉방기\n\n군은 경로당 50곳에 냉방기를 더 달아 모두 300곳으로 늘렸다. 관내 경로당 320곳의 94%다.",
        "들녘시 가로등\n\n시는 올해 가로등 600곳을 더 바꿔 모두 4천 곳으로 늘렸다. 관내 가로등 4천500곳의 90%에"
        " 해당한다.",
        "솔내 마을 조합\n\n조합은 올해 조합원 5천 명을 새로 받아 모두 3만 명이 됐다. 군 주민 3만2천 명의 94%다.",
    ],
)
def test_a_share_of_a_whole_apart_is_of_the_total_the_sentence_before_marks(knowledge, text):
    assert_checked(knowledge, text, SHARE, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "들녘시 가로등 교체\n\n시는 올해 가로등 800곳을 더 바꿔 모두 3천 곳으로 늘린다. 관내 가로등 5천 곳의 40%다.",
        "솔내 마을 조합\n\n조합은 올해 조합원 40명을 새로 받아 모두 200명이 됐다. 마을 주민 250명의 60%에 해당한다.",
        "Ashby meters\n\nThe council fitted 400 more meters this year for a total of 2,000. That is 40% of the 2,500"
        " homes in the town.",
    ],
)
def test_a_share_of_the_marked_total_still_fires_when_wrong(knowledge, text):
    assert_checked(knowledge, text, SHARE, fires=True)


# ---------------------------------------------------------------- a multiple of the whole a list breaks down


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "하늘시 공예 공모전에 450점\n\n하늘시는 공예 공모전에 작품 450점이 들어왔다고 2일 밝혔다.\n부문별로는 목공"
            " 150점, 도자 100점, 섬유 200점이다. 작품 수는 지난해 300점의 1.5배다.",
            MULTIPLE,
        ),
        (
            "바다군 요트대회에 72척\n\n바다군 요트대회에 요트 72척이 나왔다고 8일 밝혔다.\n종류별로는 딩기 24척, 크루저"
            " 48척이다. 요트 수로는 지난해 48척의 1.5배다.",
            MULTIPLE,
        ),
    ],
)
def test_a_multiple_after_a_breakdown_is_of_its_whole(knowledge, text, rule):
    assert_checked(knowledge, text, rule, fires=False)


def test_a_multiple_of_the_whole_still_fires_when_wrong(knowledge):
    text = (
        "하늘시 공예 공모전에 450점\n\n하늘시는 공예 공모전에 작품 450점이 들어왔다고 2일 밝혔다.\n부문별로는 목공"
        " 150점, 도자 100점, 섬유 200점이다. 작품 수는 지난해 300점의 2배다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires=True)


def test_a_multiple_naming_the_part_stays_the_parts(knowledge):
    text = (
        "바다군 요트대회에 72척\n\n바다군 요트대회에 요트 72척이 나왔다고 8일 밝혔다.\n종류별로는 딩기 24척, 크루저"
        " 48척이다. 크루저는 지난해 24척의 두 배다."
    )
    assert_checked(knowledge, text, MULTIPLE, fires=False)


# ---------------------------------------------------------------- a rate of a price abroad, of its equivalent at home


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "누리 공방 수출\n\n한 벌 값은 110달러로 우리 돈 15만 원 남짓이며, 국내 판매가 12만 원보다 25% 가량 비싸다.",
            False,
        ),
        (
            "누리 공방 수출\n\n한 벌 값은 110달러로 우리 돈 15만 원 남짓이며, 국내 판매가 12만 원보다 40% 가량 비싸다.",
            True,
        ),
        ("바람 농장 수출\n\n상자당 30위안으로 우리 돈 5천600원꼴이며, 국내 도매가 7천 원보다 20% 싸다.", False),
        ("바람 농장 수출\n\n상자당 30위안으로 우리 돈 5천600원꼴이며, 국내 도매가 7천 원보다 20% 비싸다.", True),
        (
            "솔밭 양조장 수출\n\n수출가는 병당 8달러로 우리 돈 1만800원 안팎이다."
            " 국내 판매가 9천 원보다 5분의 1 가량 높다.",
            False,
        ),
        (
            "솔밭 양조장 수출\n\n수출가는 병당 8달러로 우리 돈 1만800원 안팎이다."
            " 국내 판매가 9천 원보다 3분의 1 가량 높다.",
            True,
        ),
        (
            "들꽃 공방 수출\n\n한 점에 2만 엔꼴로, 우리 돈 18만 원 가량이다."
            " 국내에서 받는 값 24만 원보다 4분의 1 싸다.",
            False,
        ),
        (
            "Ashby rugs\n\nEach rug sells for $500 there, about £400, a third more than the £300 it fetches at home.",
            False,
        ),
        (
            "Ashby rugs\n\nEach rug sells for $500 there, about £400, 60% more than the £300 it fetches at home.",
            True,
        ),
    ],
)
def test_a_rate_of_a_price_abroad_measures_its_equivalent_at_home(knowledge, text, fires):
    assert_checked(knowledge, text, GROWTH, fires=fires)


def test_a_price_abroad_with_no_equivalent_at_home_is_left_unread(knowledge):
    text = "한빛 공방 수출\n\n대당 4천 유로로 미화 4천400달러꼴이며, 국내 판매가 500만 원보다 20% 비싸다."
    assert_not_fired(knowledge, text, GROWTH)
