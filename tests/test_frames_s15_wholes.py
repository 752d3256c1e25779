"""Wholes of breakdowns and shares (fifteenth session), each a rule for a construction:
- a share beside a part whose whole the part's own words name (`W 가운데 P(r%)`, `W …, of which P, or r%`) is a
  share of that whole, not of the story's largest figure;
- a list of parts found by position or size (a partition, a list that ends with the rest) is of the figure its
  parts add up to, when the story states two wholes the words allow (the registered and the estimated patients);
- a figure listed after another of its unit in the parts' sentence is a member of the list, not its whole;
- a share found apart from a whole stated with the figure it moved from (`cut to A, down from B`) is of the one it
  agrees with;
- a rate joined by a level particle to a part drawn from a marked whole (`W 가운데 … P로 r%에 이른다`) is its share;
- a part, its own prior and change, then `전체 매출(W)의 s%` : the share of the part in W;
- a part and `the remaining` R with figures of other units between (`…, but brought in £M. Others made up the
  remaining R`) add up to the whole before them; past two sentences only a whole they add up to;
- a share, its whole named by a metric's noun, then its part (`40% of sales, or £33.0 million`);
- `P … out of W, an occupancy of r%`: the rate noun without `rate`, a date between the part and `out of`;
- a gap stated after a comparison and a topic particle (`4,050원보다도 330원 높다`) is no level of a change;
- a prior (the figure a period before its value) and a figure stated for another period of its own are two facts,
  however close their digits.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a share of the whole the part's words name (F503)

NAMED_WHOLE_KO = (
    "한별전자는 공장 증설에 2억 달러를 투자한다. 증설이 끝나면 연간 생산 능력은 800만대에서 1,200만대로 늘어난다. "
    "새로 늘어나는 400만대 가운데 300만대({share})는 수출용이다."
)
NAMED_WHOLE_EN = (
    "Members of the Brindle Valley cooperative produced 300 million litres of milk this season.\n\n"
    "The cooperative sold 240 million litres over the year, of which exports took 180 million litres, or {share}, "
    "and the home market the rest."
)


def _share_whole(text, knowledge, share):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    rate = next(c for c in found if c.text.startswith(share))
    return by_id.get(rate.share_whole)


def test_a_share_beside_a_part_drawn_from_a_named_whole_is_of_that_whole(knowledge):
    """`400만대 가운데 300만대(75%)`: before, the share was of the 1,200만대 stated before it (the largest)."""
    assert _share_whole(NAMED_WHOLE_KO.format(share="75%"), knowledge, "75%") == "400만대"
    assert_checked(knowledge, NAMED_WHOLE_KO.format(share="75%"), "F503", fires=False)
    assert_checked(knowledge, NAMED_WHOLE_KO.format(share="65%"), "F503", fires=True)


def test_of_which_after_the_whole_clause_names_the_whole_of_the_share(knowledge):
    """`240 million litres over the year, of which exports took 180 million litres, or 75%`: not the 300 million
    litres produced, stated in the paragraph before."""
    assert _share_whole(NAMED_WHOLE_EN.format(share="75%"), knowledge, "75%") == "240 million litres"
    assert_checked(knowledge, NAMED_WHOLE_EN.format(share="75%"), "F503", fires=False)
    assert_checked(knowledge, NAMED_WHOLE_EN.format(share="65%"), "F503", fires=True)


# ------------------------------------------------ a breakdown of the whole its parts add up to (F302)

PARTITION_KO = (
    "한빛군 보건소에 등록된 고혈압 환자는 6월 말 기준 1만2,400명이다. 군의 추정 고혈압 환자는 1만5,800명으로 "
    "집계됐다. 등록 환자 중 여성은 7,300명, 남성은 {men}이었다."
)
PARTITION_EN = (
    "The Harlow clinic had 12,400 registered patients at the end of June. The county's estimated patients numbered "
    "15,800. Among the registered patients, women numbered 7,300 and men {men}."
)


def _total_of(text, knowledge, part):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return by_id.get(next(c for c in found if c.text.startswith(part)).part_of)


def test_a_partition_is_of_the_earlier_whole_its_parts_add_up_to_ko(knowledge):
    """Before, the nearest larger figure (the estimated patients) was the whole."""
    assert _total_of(PARTITION_KO.format(men="5,100명"), knowledge, "7,300") == "1만2,400명"
    assert_checked(knowledge, PARTITION_KO.format(men="5,100명"), "F302", fires=False)


def test_a_partition_is_of_the_earlier_whole_its_parts_add_up_to_en(knowledge):
    assert _total_of(PARTITION_EN.format(men="5,100"), knowledge, "7,300") == "12,400 registered patients"
    assert_checked(knowledge, PARTITION_EN.format(men="5,100"), "F302", fires=False)


def test_a_partition_that_adds_up_to_no_whole_still_fires(knowledge):
    """Parts agreeing with neither figure keep the whole found by position: the slip is reported."""
    assert_checked(knowledge, PARTITION_KO.format(men="5,600명"), "F302", fires=True)
    assert_checked(knowledge, PARTITION_EN.format(men="5,600"), "F302", fires=True)


LIST_WITH_REST_KO = (
    "올해 상반기 달빛시 보호소에 들어온 동물은 3,200마리였다. 새 가족을 찾은 동물은 1,530마리다. "
    "입양된 동물 가운데 개가 900마리, 고양이가 520마리, 기타 동물이 {rest}였다."
)


def test_a_list_with_the_rest_is_of_the_whole_it_adds_up_to(knowledge):
    """Before, the largest figure before the list (the animals taken in) was its whole."""
    assert _total_of(LIST_WITH_REST_KO.format(rest="110마리"), knowledge, "900") == "1,530마리"
    assert_checked(knowledge, LIST_WITH_REST_KO.format(rest="110마리"), "F302", fires=False)
    assert_checked(knowledge, LIST_WITH_REST_KO.format(rest="160마리"), "F302", fires=True)


def test_a_member_of_the_list_is_no_whole_of_the_rest(knowledge):
    """`A took 540m, ahead of B with 310m and C with 205m. Others took the remaining 460m`: 310m follows another
    figure of its unit in the parts' sentence, so it is listed, not the whole (before, 540m + 205m + 460m were
    checked against it)."""
    text = (
        "Brazil took 540 million crates, a quarter of the total, ahead of Chile with 310 million and Peru with "
        "205 million. Other buyers took the remaining 460 million."
    )
    assert_not_checked(knowledge, text, "F302")


def test_the_rest_after_a_whole_opening_its_sentence_is_still_linked(knowledge):
    """A whole that opens its sentence's run of figures stays the whole of a part and the rest."""
    text = "총 50억원 가운데 20억원을 먼저 지급하고 나머지 30억원은 내년에 준다."
    assert _total_of(text, knowledge, "20억원") == "50억원"
    assert_checked(knowledge, text, "F302", fires=False)


# ------------------------------------------------ a prior and a figure of another period (F405)

QUARTERS_KO = (
    "툰별은 올해 3분기 매출이 1,450억원으로 지난해 같은 기간(1,210억원)보다 19.8% 늘었다고 밝혔다. "
    "직전 분기(1,386억원)와 비교하면 4.6% 증가했다. 영업이익은 120억원이었다. "
    "{quarter} 1,316억원을 더한 올해 누적 매출은 4,152억원이다."
)
QUARTERS_EN = (
    "Tunbell said revenue for the third quarter rose 19.8% to $1.45bn from $1.21bn a year earlier. Compared with "
    "the previous quarter ($1.386bn), revenue rose 4.6%. Operating profit was $120m. Adding the first quarter's "
    "$1.316bn, revenue for the nine months reached $4.152bn."
)


def test_a_prior_is_no_restatement_of_another_periods_figure_ko(knowledge):
    """`직전 분기(1,386억원)` and `1분기 1,316억원`: the second and the first quarter, one digit apart."""
    assert_not_checked(knowledge, QUARTERS_KO.format(quarter="1분기"), "F405")


def test_a_prior_is_no_restatement_of_another_periods_figure_en(knowledge):
    assert_not_checked(knowledge, QUARTERS_EN, "F405")


# ------------------------------------------------ a gap after `보다도` is no level of the next change (F301)

GAP_WITH_PARTICLE = (
    "18일 배추 한 포기 소매가격은 평균 4,380원으로 1주일 전(4,665원)보다 6.1% 내렸다. "
    "다만 평년 가격 4,050원{particle} 330원 높다. 한 달 전(4,000원)과 비교하면 {rate} 올랐다."
)


def test_a_gap_after_a_comparison_with_a_topic_particle_is_no_level(knowledge):
    """`4,050원보다도 330원 높다`: the gap between two prices, as after a bare `보다`; before, the change in the next
    sentence was read as a change of the gap."""
    for particle in ("보다도", "보다는", "보다"):
        assert_checked(knowledge, GAP_WITH_PARTICLE.format(particle=particle, rate="9.5%"), "F301", fires=False)
    assert_checked(knowledge, GAP_WITH_PARTICLE.format(particle="보다도", rate="19.5%"), "F301", fires=True)


# ------------------------------------------------ a share of a whole that moved: its level or the one it left (F503)

MOVED_WHOLE = (
    "The regional board has cut the catch limit for the Kestrel Bay scallop fishery to 4,600 tonnes for the coming "
    "season, down from 4,800 tonnes.\n\nSurveys showed fewer young scallops on the inner banks.\n\n"
    "Last season boats landed 4,510 tonnes, {share} of the limit, and sold most of it abroad."
)


def test_a_share_of_a_whole_that_moved_may_be_of_the_figure_it_left(knowledge):
    """`the limit` was 4,800 tonnes and is 4,600: last season's catch is 94% of the one it left (before, the share
    was checked against the new limit only), set beside its part by a comma or by `or`."""
    for share in ("94%", "or 94%"):
        assert _share_whole(MOVED_WHOLE.format(share=share), knowledge, "94%") == "4,800 tonnes"
        assert_checked(knowledge, MOVED_WHOLE.format(share=share), "F503", fires=False)


def test_a_share_of_a_moved_whole_agreeing_with_neither_figure_fires(knowledge):
    assert _share_whole(MOVED_WHOLE.format(share="84%"), knowledge, "84%") == "4,600 tonnes"
    assert_checked(knowledge, MOVED_WHOLE.format(share="84%"), "F503", fires=True)


# ------------------------------------------------ a share joined to a part drawn from a marked whole (F503)

POOL_LEVEL_SHARE = "달빛군의 65세 이상 인구 8만2,000명 가운데 추정 치매 환자는 8,400명으로 {tail}."


def test_a_rate_joined_to_a_part_of_a_marked_whole_is_its_share(knowledge):
    """`W명 가운데 … P명으로 r%에 이른다`: the level particle joins the rate to the part, whatever verb follows."""
    assert_checked(knowledge, POOL_LEVEL_SHARE.format(tail="10.2%에 이른다"), "F503", fires=False)
    assert_checked(knowledge, POOL_LEVEL_SHARE.format(tail="12.2%에 이른다"), "F503", fires=True)


def test_a_change_after_a_part_of_a_marked_whole_is_no_share(knowledge):
    assert_not_checked(knowledge, POOL_LEVEL_SHARE.format(tail="1년 전보다 10.2% 늘었다"), "F503")


# ------------------------------------------------ a part, its own comparison, then the whole's share (F503)

PART_COMPARED_THEN_WHOLE = (
    "솔내타이어의 올해 1~3분기 유럽 매출은 9,240억원으로 지난해 같은 기간(8,400억원)보다 10% 늘었고, "
    "{between}같은 기간 전체 매출(2조6,400억원)의 {share}를 차지했다."
)


def test_a_part_compared_with_its_prior_then_its_share_of_the_whole(knowledge):
    """`P로 지난해(Q)보다 r% 늘었고, 전체 매출(W)의 s%를 차지했다`: the part is the level its comparison is of."""
    assert_checked(knowledge, PART_COMPARED_THEN_WHOLE.format(between="", share="35%"), "F503", fires=False)
    assert_checked(knowledge, PART_COMPARED_THEN_WHOLE.format(between="", share="45%"), "F503", fires=True)


def test_another_level_between_leaves_the_share_unlinked(knowledge):
    """Another region's figure between: which part the share is of (or both), not said."""
    text = PART_COMPARED_THEN_WHOLE.format(between="북미 매출 1조원과 함께 ", share="45%")
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ a part, figures of other units, then the rest (F302)

REST_APART_EN = (
    "The Tarn Valley co-operative packed 2.6 million boxes of apples this season. Braeburn made up 1.5 million "
    "boxes, 58% of volume, but brought in £9.2m. Other varieties made up the remaining {rest} boxes."
)
REST_APART_KO = (
    "올해 달빛농협은 사과 260만상자를 출하했다. 부사가 150만상자로 58%를 차지했고 매출은 92억원이었다. "
    "나머지 {rest}는 다른 품종이었다."
)


def test_the_rest_after_figures_of_other_units_completes_the_part_en(knowledge):
    """`A made up P boxes, …, but brought in £M. Others made up the remaining R boxes`: before, the amount of money
    between the part and the rest kept them apart."""
    assert_checked(knowledge, REST_APART_EN.format(rest="1.1 million"), "F302", fires=False)
    assert_checked(knowledge, REST_APART_EN.format(rest="1.3 million"), "F302", fires=True)


def test_the_rest_after_figures_of_other_units_completes_the_part_ko(knowledge):
    """`나머지 110만상자는`: a metric carried over from the revenue figure before is a guess, no metric of its own."""
    assert_checked(knowledge, REST_APART_KO.format(rest="110만상자"), "F302", fires=False)
    assert_checked(knowledge, REST_APART_KO.format(rest="130만상자"), "F302", fires=True)


REST_FAR = (
    "Fernhill Orchards shipped 48.6 million trays of pears in the 2026 season. Prices held firm in Asia. Shipping "
    "costs fell. The growers' payout rose. Bosc made up 30.2 million trays, almost two thirds of the crop, with "
    "other varieties accounting for the remaining {rest}."
)


def test_a_whole_further_back_is_the_rests_when_they_add_up_to_it(knowledge):
    assert_checked(knowledge, REST_FAR.format(rest="18.4 million"), "F302", fires=False)


def test_a_whole_further_back_is_not_linked_when_they_do_not_add_up(knowledge):
    """Past two sentences only the figure a part and the rest add up to is their whole: a slip is not reported
    against a figure that far back."""
    assert_not_checked(knowledge, REST_FAR.format(rest="19.4 million"), "F302")


# ------------------------------------------------ a share, its whole's noun, then its part (F503)

SHARE_THEN_PART = (
    "Harwick Cycles reported first-half sales of £82.4 million, up 6%. Electric bikes accounted for {share} of "
    "{noun}, or £33.0 million, the company said."
)


def test_a_share_of_a_named_metric_then_its_part(knowledge):
    """`accounted for 40% of sales, or £33.0 million`: the part follows its share; the whole is the sales figure."""
    assert_checked(knowledge, SHARE_THEN_PART.format(share="40%", noun="sales"), "F503", fires=False)
    assert_checked(knowledge, SHARE_THEN_PART.format(share="50%", noun="sales"), "F503", fires=True)


def test_a_share_of_a_noun_naming_no_metric_then_a_part_is_not_linked(knowledge):
    assert_not_checked(knowledge, SHARE_THEN_PART.format(share="40%", noun="the frames it bought"), "F503")


# ------------------------------------------------ `P out of W …, an occupancy of r%` (F503)

OCCUPANCY = "The Dunmore site had 212 MW leased at the end of September out of 250 MW built, an occupancy of {rate}."


def test_an_occupancy_without_the_word_rate_is_the_parts_share_of_the_whole(knowledge):
    """`an occupancy of 84.8%` names a part over its whole as `an occupancy rate of` does; a date may stand between
    the part and `out of`."""
    assert_checked(knowledge, OCCUPANCY.format(rate="84.8%"), "F503", fires=False)
    assert_checked(knowledge, OCCUPANCY.format(rate="88.8%"), "F503", fires=True)


# ------------------------------------------------ a pool mark after an aside of where the level moved from (F503)

MOVED_FROM_ASIDE = (
    "Ardent Cycles said it sold 612,000 bicycles in the year, up from 574,000, of which 351,000 were e-bikes, "
    "{share} of the total."
)


@pytest.mark.parametrize("share,fires", [("57%", False), ("67%", True)])
def test_of_which_after_an_aside_of_the_earlier_figure_is_of_the_level(knowledge, share, fires):
    """`X, up from Y, of which P`: the aside names where X moved from; the pool is X's."""
    assert_checked(knowledge, MOVED_FROM_ASIDE.format(share=share), "F503", fires=fires)


def test_of_which_right_after_a_figure_of_no_aside_is_of_that_figure(knowledge):
    """`fell to X from Y, of which P`: no aside set off by commas; the pool is the figure the mark follows."""
    text = (
        "Ardent Cycles said sales fell to 480,000 bicycles from 574,000 in 2024, of which 351,000 were e-bikes, "
        "61% of the total."
    )
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    share = next(c for c in found if c.text == "61%")
    assert by_id.get(share.share_whole) == "574,000"
