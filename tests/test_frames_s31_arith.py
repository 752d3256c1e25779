"""Sums, differences and changes read across sentences (thirty-first session, lane `arith`).

A change stated with only the figure it is measured from (`up 900 from last season's 7,400`, `지난해 …보다 N명,
P% 늘었다`) and no level in its sentence measures the level stated before: the one plain figure of the prior's
measure in the nearest sentence that states one, outside the headline (checker/link/changes_of_an_earlier_level.py).
Passed over on the way: figures of another metric, of another period than the change's, or per unit when the prior
is not. Vetoed: two such levels in that sentence, a prior dated as late as the level, a rise to a level below the
prior.

A part drawn from a pool in one sentence (`A of the P`, `A towards a P`, `P 가운데 A`) and a rest after them in that
sentence (`the other R`, `나머지 R`) make up the pool: P = A + R (checker/link/totals.py, `[link.pool_towards]`),
not the part the whole of the pool and the rest.

A shortfall that names no noun (`some 900 short of a 7,000 goal`) is bound by `short of` to the mark after it and
to the level before it in its sentence, each of which may name its own noun (checker/link/shortfalls.py).

A Korean fraction right before its verb of change (`A에서 B로 3분의 1 늘린다`) is the size of the move, as a
percentage there is (checker/link/roles.py), so the growth check reads it against the pair.

Near misses: figures of another unit, metric, period or subject; a price per unit; two levels; a headline's figure;
a fraction that is a share.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links
from test_frames import assert_checked, assert_not_checked

_POOL = "The Ashwell lido sold 52,300 swims over the summer, its manager said on Monday.\n\n"
_POOL_KO = "경남 하동군은 올해 군 직영 셀프 세차장 이용이 8만4천 대로 집계됐다고 밝혔다.\n\n"


@pytest.mark.parametrize(
    "text,rule,fires",
    [
        (_POOL + "The season ran for 14 weeks. Swims were up 5,100 from last summer's 47,200.", "F305", False),
        (_POOL + "The season ran for 14 weeks. Swims were up 6,100 from last summer's 47,200.", "F305", True),
        (_POOL + "Demand held despite the rain, up about 11 per cent on last summer's 47,200.", "F301", False),
        (_POOL + "Demand held despite the rain, up about 21 per cent on last summer's 47,200.", "F301", True),
        (
            "Hollins Cross school now serves hot lunches to 1,240 pupils.\n\nThe head said the roll was up 8 per "
            "cent on last year's 1,145.",
            "F301",
            False,
        ),
        (
            "Hollins Cross school now serves hot lunches to 1,240 pupils.\n\nThe head said the roll was up 18 per "
            "cent on last year's 1,145.",
            "F301",
            True,
        ),
        (
            _POOL_KO
            + "군 관계자는 세차 요금을 동결한 덕분이라고 말했다.\n\n이용은 지난해 7만1천 대보다 1만3천 대, 18% 늘었다.",
            "F305",
            False,
        ),
        (
            _POOL_KO
            + "군 관계자는 세차 요금을 동결한 덕분이라고 말했다.\n\n이용은 지난해 7만1천 대보다 1만5천 대, 18% 늘었다.",
            "F305",
            True,
        ),
        (
            _POOL_KO
            + "군 관계자는 세차 요금을 동결한 덕분이라고 말했다.\n\n이용은 지난해 7만1천 대보다 1만3천 대, 28% 늘었다.",
            "F301",
            True,
        ),
        (
            "전남 해남군 배추 수매액은 올해 1∼8월 83억 원이었다. 농가는 모두 418곳이다.\n\n"
            "수매액은 1년 전(71억 원)보다 12억 원 늘었다.",
            "F305",
            False,
        ),
        (
            "전남 해남군 배추 수매액은 올해 1∼8월 83억 원이었다. 농가는 모두 418곳이다.\n\n"
            "수매액은 1년 전(71억 원)보다 16억 원 늘었다.",
            "F305",
            True,
        ),
    ],
)
def test_a_change_stated_with_its_prior_alone_measures_the_level_stated_before(knowledge, text, rule, fires):
    assert_checked(knowledge, text, rule, fires)


def test_the_change_is_tied_to_the_earlier_level_and_its_own_prior(knowledge):
    links = change_links(
        _POOL + "The season ran for 14 weeks. Swims were up 5,100 from last summer's 47,200.", knowledge
    )
    assert links["5,100"] == ("52,300 swims", "47,200")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("구는 무료 법률상담 횟수를 월 6회에서 8회로 3분의 1 늘릴 계획이다.", False),
        ("구는 무료 법률상담 횟수를 월 6회에서 12회로 절반 늘릴 계획이다.", True),
        ("공영주차장 요금은 다음 달부터 시간당 900원에서 1천200원으로 3분의 1가량 오른다.", False),
        ("공영주차장 요금은 다음 달부터 시간당 900원에서 1천500원으로 3분의 1가량 오른다.", True),
        ("학교 급식 조리원은 40명에서 30명으로 4분의 1 줄었다.", False),
        ("학교 급식 조리원은 40명에서 20명으로 4분의 1 줄었다.", True),
    ],
)
def test_a_korean_fraction_before_its_verb_of_change_is_the_size_of_the_move(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The Haddon trust was given £46,000 towards a £90,000 roof, so it must raise the other £44,000 itself.",
            False,
        ),
        (
            "The Haddon trust was given £46,000 towards a £90,000 roof, so it must raise the other £24,000 itself.",
            True,
        ),
        ("Volunteers planted 480 of the 1,200 saplings by noon, and the remaining 720 went in after lunch.", False),
        ("Volunteers planted 480 of the 1,200 saplings by noon, and the remaining 820 went in after lunch.", True),
    ],
)
def test_a_part_drawn_from_a_pool_and_the_rest_make_up_the_pool(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Pell's planting drive has put in 6,120 saplings to date, leaving it some 900 short of a 7,000 goal.", False),
        ("Pell's planting drive has put in 6,120 saplings to date, leaving it some 400 short of a 7,000 goal.", True),
        ("By Friday the appeal had signed up 2,470 donors, 530 short of the 3,000 pledges it hoped for.", False),
        ("By Friday the appeal had signed up 2,470 donors, 430 short of the 3,000 pledges it hoped for.", True),
    ],
)
def test_a_bare_shortfall_is_bound_to_the_mark_after_it_and_the_level_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- figures near each other that are not related

CLEAN = [
    # another kind: a tonnage before a change of staff
    "The Pellow orchard picked 3,400 tonnes of pears this year.\n\nIts staff grew by 12 from last year's 40.",
    # two levels in the nearest sentence: which one moved is not said
    "The Marwood zoo had 410,000 visitors and 47,000 members.\n\nThe total was up 25,000 from last year's 395,000.",
    # another year's figure: the prior is not earlier than it
    "In 2031 the Tarrow fair expects 30,000 people.\n\nAttendance rose by 4,000 from last year's 21,000.",
    # a price per unit, then a change of a total
    "Tickets for the Dunsop gala cost £12 each.\n\nTakings were up £3,000 from last year's £40,000.",
    # only the headline states the level
    "Lorne ferry tops 400,000 crossings\n\nCrossings were up 20,000 from last year's 360,000.",
    # a level per unit marked after it (`a head`), against a prior that is a total
    "The Brede canteen served 640 meals a day.\n\nMeals were up 2,000 from last year's 150,000.",
    # a fall stated, the earlier figure above the prior: another thing
    "The Coldharbour hostel had 8,200 guests.\n\nBookings fell by 300 from last year's 6,100.",
    # figures of very different size: a subtotal, not the level
    "The Fenwick club raised £1.9 million for its new stand.\n\nRaffle takings rose £2,000 from last year's £9,000.",
    # Korean: another metric's figure in the sentence before
    "회사의 올해 영업이익은 31억 원이었다.\n\n매출은 지난해 120억 원보다 15억 원 늘었다.",
    # Korean: a per-head price, then a change of a total count
    "입장료는 1인당 5천 원이다.\n\n관람객은 지난해 3만 명보다 4천 명 늘었다.",
    # Korean: a count of another noun (households) before a change of people
    "올해 귀농 가구는 420가구였다.\n\n마을 인구는 지난해 1천300명보다 40명 늘었다.",
    # Korean: a fraction that is a share of a whole
    "마을 주민 600명 가운데 3분의 1이 늘어난 버스 노선을 이용한다.",
    # Korean: a fraction of a pool with a particle, a verb after
    "올해 예산 90억 원의 절반이 늘어난 복지 사업에 쓰인다.",
    # Korean: a fraction and a from-to pair of two things
    "참가 학교는 12곳에서 15곳으로 늘었고, 학생의 3분의 1은 처음 참가했다.",
    # English: a third with a verb after it is not the Korean frame
    "The Nare lifeboat crew grew from 18 to 24, and a third rose through the cadet scheme.",
    # a part of a pool and another pool's figure, no rest
    "The Ilton trust spent £12,000 of its £50,000 grant on tools and £8,000 on a van.",
    # a shortfall naming its own noun: another thing than the level
    "The Orme club sold 8,240 tickets, while 12 rowers fell short of the 40 races needed to qualify.",
    # a shortfall of another unit than the figures around it
    "The Kelso dairy made 3,100 tonnes of cheese, £40,000 short of its £900,000 sales goal.",
    # English: a list of unrelated figures, no change
    "The Ormsby show had 310 sheep, 92 goats and 40 ponies.\n\nJudging began at 9 and ended at 4.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_that_are_not_related_are_not_linked(knowledge, text):
    for rule in ("F301", "F302", "F305"):
        try:
            assert_not_checked(knowledge, text, rule)
        except AssertionError as failure:
            raise AssertionError(f"{rule}: {failure}") from None
