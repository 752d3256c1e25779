"""Sums and differences (seventeenth session), each a rule for a construction:
- a list of figures in a sentence of its own and the whole stated beside it, unmarked (the sentence before or after,
  the lead, or first in the list's own sentence), read as a sum where the parts add up to it;
- a list linked by its words to a whole it does not add up to, where one listed figure is the sum of the others, or
  where the whole with its parts adds up to the figure stated before it: the whole the arithmetic gives;
- a pool and the subset drawn from it (`1,100대 가운데 440대`) are no two parts of a list, nor a pool the total of one.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _whole_of(text: str, knowledge, part: str) -> str | None:
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return next(by_id.get(c.part_of) for c in found if c.text == part)


# ------------------------------------------------------------- a total, then its parts in the next sentence, unmarked
KO_TOTAL_THEN_PARTS = (
    "한울베이커리의 해외 지점은 47곳이다. 일본 20곳, 대만 15곳, 싱가포르 {last}으로 세 나라에 퍼져 있다. "
    "회사는 내년에 호주에 첫 지점을 낸다."
)


def test_ko_a_total_then_its_parts_in_the_next_sentence_is_a_sum(knowledge):
    text = KO_TOTAL_THEN_PARTS.format(last="12곳")
    assert _whole_of(text, knowledge, "20곳") == "47곳"
    assert_checked(knowledge, text, "F302", fires=False)


def test_ko_a_list_that_adds_up_to_no_figure_beside_it_is_not_read_as_a_sum(knowledge):
    assert_not_checked(knowledge, KO_TOTAL_THEN_PARTS.format(last="19곳"), "F302")


EN_TOTAL_THEN_PARTS = (
    "Norrow Rail said its order backlog stood at £840m at the end of June. Of that, £510m came from rail operators "
    "and {second} from bus companies, chiefly in Scotland."
)


def test_en_a_total_then_its_parts_in_the_next_sentence_is_a_sum(knowledge):
    text = EN_TOTAL_THEN_PARTS.format(second="£330m")
    assert _whole_of(text, knowledge, "£510m") == "£840m"
    assert_checked(knowledge, text, "F302", fires=False)


def test_en_a_list_that_adds_up_to_no_figure_beside_it_is_not_read_as_a_sum(knowledge):
    assert_not_checked(knowledge, EN_TOTAL_THEN_PARTS.format(second="£390m"), "F302")


# ---------------------------------------------------- the lead's whole, its parts paragraphs later, over two sentences
EN_LEAD_THEN_PARTS = (
    "Pellham Foods reported revenue of $96.0 million for the quarter, up 6.1% from a year earlier.\n\n"
    "The company opened four shops and closed one. Chief executive Ann Brodie said demand held up well.\n\n"
    "Bakery brought in $41.0 million, overtaking cafés at $35.5 million. Catering contributed $19.5 million."
)


def test_en_parts_running_over_two_sentences_add_up_to_the_leads_whole(knowledge):
    assert _whole_of(EN_LEAD_THEN_PARTS, knowledge, "$19.5 million") == "$96.0 million"
    assert_checked(knowledge, EN_LEAD_THEN_PARTS, "F302", fires=False)


# ------------------------------------------------------------- the whole first in its own sentence, then its parts
KO_WHOLE_FIRST = "공장이 완공되면 약 900명이 일하게 되는데, 현지 채용 인력이 860명이고 본사 파견 인력이 38명이다."


def test_ko_a_rounded_whole_first_in_its_sentence_then_its_parts(knowledge):
    assert _whole_of(KO_WHOLE_FIRST, knowledge, "860명") == "약 900명"
    assert_checked(knowledge, KO_WHOLE_FIRST, "F302", fires=False)


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


# ------------------------------------------------- a change stated apart from the two levels it is the gap between
EN_GAP_APART = (
    "Corvan Motors delivered 900 vans in the half, a record. A year earlier it delivered 820 vans. Volumes rose by "
    "{gap} vehicles, the company said."
)


def test_en_a_change_apart_from_its_levels_is_their_gap(knowledge):
    text = EN_GAP_APART.format(gap="80")
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    change = next(c for c in found.values() if c.role == "change" and c.kind == "count")
    assert (by_id.get(change.change_of), by_id.get(change.compared_to)) == ("900 vans", "820 vans")
    assert_checked(knowledge, text, "F305", fires=False)


def test_en_a_change_that_is_the_gap_of_no_pair_stays_unlinked(knowledge):
    found = claims(EN_GAP_APART.format(gap="60"), knowledge).claims
    assert all(c.change_of is None for c in found if c.role == "change" and c.kind == "count")


KO_GAP_APART = "누리베이커리 가맹점은 9월 말 640곳이다. 지난해 말에는 590곳이었다. 9개월 새 가맹점이 {gap} 늘었다."


def test_ko_a_change_apart_from_its_levels_is_their_gap(knowledge):
    text = KO_GAP_APART.format(gap="50곳")
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert (by_id.get(found["50곳"].change_of), by_id.get(found["50곳"].compared_to)) == ("640곳", "590곳")


def test_ko_a_change_that_is_the_gap_of_no_pair_stays_unlinked(knowledge):
    found = {c.text: c for c in claims(KO_GAP_APART.format(gap="70곳"), knowledge).claims}
    assert found["70곳"].change_of is None


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
