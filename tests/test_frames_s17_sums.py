"""Sums and differences (seventeenth session), each a rule for a construction:
- a list linked by its words to a whole it does not add up to, where one listed figure is the sum of the others, or
  where the whole with its parts adds up to the figure stated before it: the whole the arithmetic gives;
- a pool and the subset drawn from it (`2,400대 가운데 360대`) are no two parts of a list;
- what is still to go to a target (`앞으로 600대를 더`, `470 more`): the target minus the level reached;
- a level, the level it moved from and the flows between them (`opened 11 and closed 7, taking it to 187 from 183`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _whole_of(text: str, knowledge, part: str) -> str | None:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return next(by_id.get(c.part_of) for c in found if c.text == part)


# ------------------------------------------------------------ a listed figure that is the sum of the others
EN_SUBTOTAL_IN_A_LIST = (
    "Brandvik Dairy said second-quarter revenue fell 2.1% to €1.20bn. Sales outside Europe reached €300m, or 25% of "
    "revenue. Asia took €170m, the Americas €90m and other markets €40m."
)


def test_en_a_listed_figure_that_is_the_sum_of_the_others_is_their_whole(knowledge):
    assert _whole_of(EN_SUBTOTAL_IN_A_LIST, knowledge, "€170m") == "€300m"
    assert_checked(knowledge, EN_SUBTOTAL_IN_A_LIST, "F302", fires=False)


# ------------------------------------------------------ a whole that is itself a part of the figure stated before it
EN_WHOLE_IS_A_PART = (
    "Farmers harvested 500,000 tonnes of pears this season, down 3% from last year. The north produced 300,000 "
    "tonnes, or 60% of the crop, followed by the south with 120,000 tonnes. The east accounted for the remaining "
    "80,000 tonnes."
)


def test_en_a_whole_that_with_its_parts_adds_up_to_the_figure_before_is_one_of_its_parts(knowledge):
    assert _whole_of(EN_WHOLE_IS_A_PART, knowledge, "80,000 tonnes") == "500,000 tonnes"
    assert _whole_of(EN_WHOLE_IS_A_PART, knowledge, "300,000 tonnes") == "500,000 tonnes"
    assert_checked(knowledge, EN_WHOLE_IS_A_PART, "F302", fires=False)


# --------------------------------------------------------------- a pool and its subset are no list of parts
KO_POOLS = (
    "가람군 등록 화물트럭 2,400대 중 수소트럭은 360대다. 2년 전에는 화물트럭 2,350대 가운데 수소트럭이 90대뿐이었다."
)


def test_ko_a_pool_and_its_subset_are_no_parts_of_the_next_pool(knowledge):
    assert_not_checked(knowledge, KO_POOLS, "F302")


KO_POOL_BEFORE_A_WHOLE = (
    "가람군은 등록 화물트럭 2,400대 가운데 수소트럭이 360대로 15.0%를 차지했다고 밝혔다. 2년 전에는 전체 2,350대 중 "
    "90대로 3.8%였다."
)


def test_ko_a_pool_and_its_subset_are_no_parts_of_the_whole_the_next_sentence_names(knowledge):
    assert_not_checked(knowledge, KO_POOL_BEFORE_A_WHOLE, "F302")


# ------------------------------------------------------------------------ what is still to go to a target
KO_STILL_TO_GO = (
    "가람시의 수소버스는 9월 말 현재 640대다. 시는 2030년까지 1,240대를 수소버스로 바꿀 계획이다. "
    "목표를 채우려면 앞으로 {rest}를 더 들여와야 한다."
)


def test_ko_what_is_still_to_go_is_the_gap_between_the_target_and_the_level(knowledge):
    text = KO_STILL_TO_GO.format(rest="600대")
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert (by_id.get(found["600대"].change_of), by_id.get(found["600대"].compared_to)) == ("1,240대", "640대")
    assert_checked(knowledge, text, "F305", fires=False)


def test_ko_a_figure_still_to_go_that_is_no_gap_stays_a_figure(knowledge):
    found = {c.text: c for c in claims(KO_STILL_TO_GO.format(rest="680대"), knowledge).claims}
    assert found["680대"].change_of is None


# the one unit an amount is per (`한 곳에 … 원씩`) is no level reached: `한 곳 더` of another noun is no gap
KO_ONE_UNIT_THEN_MORE = (
    "도담군은 내년에 저온 창고 세 곳을 새로 짓는 데 12억 원을 쓴다. 한 곳에 4억 원씩이다. "
    "군은 농기계 임대소도 한 곳 더 열 계획이다."
)


def test_ko_the_one_unit_an_amount_is_per_is_no_level_reached(knowledge):
    found = claims(KO_ONE_UNIT_THEN_MORE, knowledge).claims
    assert all(c.change_of is None for c in found if c.text == "한 곳" and c.start > 60)
    assert_not_checked(knowledge, KO_ONE_UNIT_THEN_MORE, "F305")


def test_ko_a_gap_to_a_target_is_read_past_a_one_unit_mark(knowledge):
    text = "가람시는 한 대에 2억 원씩 주고 수소버스를 산다. " + KO_STILL_TO_GO.format(rest="600대")
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert (by_id.get(found["600대"].change_of), by_id.get(found["600대"].compared_to)) == ("1,240대", "640대")


EN_STILL_TO_GO = (
    "Harbour Lodges runs 36 parks with 4,680 rooms between them. Its managing director said the group aimed to reach "
    "5,150 rooms by 2030, which would need {rest} more."
)


def test_en_what_is_still_to_go_is_the_gap_between_the_target_and_the_level(knowledge):
    text = EN_STILL_TO_GO.format(rest="470")
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    rest = next(c for c in found if c.text.startswith("470"))
    assert (by_id.get(rest.change_of), by_id.get(rest.compared_to)) == ("5,150 rooms", "4,680 rooms")
    assert_checked(knowledge, text, "F305", fires=False)


def test_en_a_figure_still_to_go_that_is_no_gap_stays_a_figure(knowledge):
    found = claims(EN_STILL_TO_GO.format(rest="540"), knowledge).claims
    assert all(c.change_of is None for c in found if c.text.startswith("540"))


# ------------------------------------------------------ a level, the level it moved from and the flows between them
EN_NET_FLOWS = "Tallow Books opened 11 shops in the half and closed {closed}, taking the estate to 187 from 183."


def test_en_a_level_is_the_earlier_level_plus_one_flow_minus_the_other(knowledge):
    text = EN_NET_FLOWS.format(closed="7")
    assert _whole_of(text, knowledge, "7") == "187"
    assert_checked(knowledge, text, "F302", fires=False)


def test_en_flows_that_net_to_no_move_of_the_level_are_not_linked(knowledge):
    assert_not_checked(knowledge, EN_NET_FLOWS.format(closed="2"), "F302")


KO_NET_FLOWS = "한결약국은 올해 상반기 점포 23곳을 새로 열고 {closed}을 닫아 점포 수가 412곳에서 421곳으로 늘었다."


def test_ko_a_level_is_the_earlier_level_plus_one_flow_minus_the_other(knowledge):
    text = KO_NET_FLOWS.format(closed="14곳")
    assert _whole_of(text, knowledge, "14곳") == "421곳"
    assert_checked(knowledge, text, "F302", fires=False)
