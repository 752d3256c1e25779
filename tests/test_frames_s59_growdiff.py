"""Growths and differences of the fifty-ninth session (both languages).

- A hedged figure after a spaced dash, smaller than the one before it, opens an aside (`on April's 150 – some 90 more
  –`), no interval's upper end: the figure before stays its own and the aside a change (checker/extract/quantities.py).
- A rate right after a copula with a bare comparative closing its clause (`so this year's order is 25 per cent
  larger.`) is a change, no share (checker/link/roles.py).
- A level dated in the past before a clause drawn from it (`Last year the shop took 320 blankets, so the order has
  grown by 25 per cent`, `[link.change_after_past_joints]`) is the prior of the change told after it; the level is
  the one stated before (checker/link/changes_of_an_earlier_level.py). A compound noun counts its head's thing
  (`horseshoes`, `shoes`).
- `…보다 20% 늘었고, 양으로는 39톤이 많다`: an amount set before a word of size after a clause stating a rate measured
  from a figure restates the change as an amount (checker/link/roles.py).
- A change's subject naming the measure alone (`올겨울 수확량은`, `[link.generic_measure_nouns]`) names no part: the
  level it moved is the one the lead states, whatever word it uses; a round figure with no qualifier (`1만 장`) is a
  plain level (checker/link/changes_of_an_earlier_level.py).
- `from £4.50 to £3.60, a cut of 90p, or 20 per cent`: a move written from one figure to another and its size named
  by a noun after a comma (`[link.move_size_rise_nouns]`, `[link.move_size_fall_nouns]`), with the rate after `or`,
  whatever the verb (checker/link/move_sizes.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, claims

GROWTH, DIFFERENCE, RATE_AND_AMOUNT = "F301", "F305", "F306"


# --- an aside after a dash is no range ----------------------------------------------------------------------------


def test_a_hedged_smaller_figure_after_a_dash_is_an_aside(knowledge):
    text = (
        "Lending peaked in March, with 240 loans, up 60 per cent on February's 150 – some {n} more – as schools shut."
    )
    assert_checked(knowledge, text.format(n=90), RATE_AND_AMOUNT, fires=False)
    assert_checked(knowledge, text.format(n=70), RATE_AND_AMOUNT, fires=True)


@pytest.mark.parametrize("line", ["Rooms cost £120 – £150 a night.", "Rooms cost £120 – about £150 a night."])
def test_a_range_after_a_dash_stays_one(knowledge, line):
    found = [c.text for c in claims(line, knowledge).claims]
    assert len(found) == 1 and "–" in found[0], found


# --- a past level before a clause drawn from it ------------------------------------------------------------------

_LEAD = "A weaving shed in Dunoon will send 400 blankets to a shop in Halifax.\n\n"
_PAST_FORMS = [
    "Last year the shop took 320 blankets, so this year's order is {r} per cent larger.",
    "Last year the shop took 320 blankets, so the order has grown by {r} per cent.",
    "Last year's trade came to 320 blankets, so takings rose by {r} per cent.",
    "Last year the shop took 320 blankets; this order is {r} per cent bigger than that.",
]


@pytest.mark.parametrize("line", _PAST_FORMS)
def test_a_change_drawn_from_a_past_level(knowledge, line):
    assert_checked(knowledge, _LEAD + line.format(r=25), GROWTH, fires=False)
    assert_checked(knowledge, _LEAD + line.format(r=35), GROWTH, fires=True)


def test_a_compound_noun_counts_its_heads_thing(knowledge):
    lead = "A forge in Penrith is to send 5,100 horseshoes to a ranch store in Idaho.\n\n"
    line = "Last year the forge sent 3,400 shoes abroad; this order is {r} per cent bigger than that."
    assert_checked(knowledge, lead + line.format(r=50), GROWTH, fires=False)
    assert_checked(knowledge, lead + line.format(r=60), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (no joint drawing the clause from the past level, no word of now: two facts side by side)
        "Last year the shop took 320 blankets, and the mill has grown by 25 per cent.",
        # (`so that`: a purpose, no clause drawn from the level)
        "Last year the shop took 320 blankets, so that its stock grew by 25 per cent.",
        # (another thing counted: rugs are no blankets)
        "Last year the shop took 320 rugs, so the order has grown by 25 per cent.",
    ],
)
def test_no_change_drawn_without_its_joint(knowledge, line):
    assert_not_linked(knowledge, _LEAD + line, GROWTH)


def test_a_rate_with_a_bare_comparative_is_no_share(knowledge):
    found = {c.text: c for c in claims(_LEAD + _PAST_FORMS[0].format(r=25), knowledge).claims}
    assert (found["25 per cent"].role, found["25 per cent"].direction) == ("change", 1)
    # (`than` after it: a comparison the roles read already, not this reading's)
    found = {c.text: c for c in claims("The order is 25 per cent of the total.", knowledge).claims}
    assert found["25 per cent"].role == "share"


# --- Korean: an amount restating a rate's change, and the level the measure's own name moved ----------------------

_KO_LEAD = "보람군은 올겨울 감 236톤을 거둬들였다고 5일 밝혔다. "


def test_an_amount_after_a_rates_comparison_clause_ko(knowledge):
    text = _KO_LEAD + "올겨울 수확량은 지난겨울 197톤보다 20% 늘었고, 양으로는 {n}톤이 많다."
    assert_checked(knowledge, text.format(n=39), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n=59), DIFFERENCE, fires=True)
    found = {c.text: c for c in claims(text.format(n=39), knowledge).claims}
    assert (found["39톤"].role, found["39톤"].direction) == ("change", 1)


def test_an_amount_after_a_rate_compared_with_nothing_ko(knowledge):
    # (no comparison's mark before the rate: the amount is no restated change of this reading)
    text = _KO_LEAD + "올겨울 수확량은 20% 늘었고, 양으로는 39톤이 많다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["39톤"].role != "change"


def test_the_measures_own_name_after_a_breakdown_ko(knowledge):
    text = (
        _KO_LEAD
        + "마을별로는 동촌 마을이 120톤, 서촌 마을이 116톤을 거뒀다. 동촌 한 곳이 전체의 51%를 차지했다. "
        + "올겨울 수확량은 지난겨울 197톤보다 {r}% 늘었다."
    )
    assert_checked(knowledge, text.format(r=20), GROWTH, fires=False)
    assert_checked(knowledge, text.format(r=30), GROWTH, fires=True)


@pytest.mark.parametrize("subject", ["서촌 수확량은", "올겨울 곶감은"])
def test_a_subject_naming_a_part_or_another_thing_ko(knowledge, subject):
    # (a word before the measure's name naming a part, `서촌`, or another noun than a measure's: no change of the lead)
    text = (
        _KO_LEAD
        + "마을별로는 동촌 마을이 120톤, 서촌 마을이 116톤을 거뒀다. 동촌 한 곳이 전체의 51%를 차지했다. "
        + subject
        + " 지난겨울 197톤보다 20% 늘었다."
    )
    assert_not_linked(knowledge, text, GROWTH)


def test_a_round_level_is_one_figure_ko(knowledge):
    text = (
        "누리시의 직물 업체가 캐나다의 매장 체인으로부터 수건 1만 장을 주문받았다고 3일 밝혔다. "
        "수건은 흰색 6천 장과 회색 4천 장으로 나뉜다. "
        "이 체인은 지난해에도 8천 장을 사 갔는데, 올해 주문량은 그보다 {r}% 많다."
    )
    assert_checked(knowledge, text.format(r=25), GROWTH, fires=False)
    # (`1만` is read to half its step either side: only a change far past it is told)
    assert_checked(knowledge, text.format(r=150), GROWTH, fires=True)


# --- a move's size named after `from … to …` ----------------------------------------------------------------------

_MOVES = [
    (
        "The single fare will come down from £4.50 to £3.60, a cut of {d}, or {r} per cent, while passes stay at £7.",
        ("90p", "20"),
        ("£1.10", "20"),
    ),
    (
        "New boilers should bring each flat's bill down from £2,040 to £1,530, a saving of {d}, or {r} per cent.",
        ("£510", "25"),
        ("£610", "25"),
    ),
    (
        "The dredging will deepen the berths from 2.4 metres to 3.6 metres, a gain of {d}, or {r} per cent.",
        ("1.2 metres", "50"),
        ("1.8 metres", "50"),
    ),
]


@pytest.mark.parametrize("line,holds,broken", _MOVES)
def test_a_moves_size_named_after_it(knowledge, line, holds, broken):
    assert_checked(knowledge, line.format(d=holds[0], r=holds[1]), DIFFERENCE, fires=False)
    assert_checked(knowledge, line.format(d=holds[0], r=holds[1]), GROWTH, fires=False)
    assert_checked(knowledge, line.format(d=broken[0], r=broken[1]), DIFFERENCE, fires=True)
    assert_checked(knowledge, line.format(d=holds[0], r="35"), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (no move written from one figure to another before the noun)
        "The council agreed a cut of 90p on the £4.50 fare, or 20 per cent.",
        # (the noun names a figure of its own after a list: no size of a move)
        "Fares are £4.50 and £3.60, a saving of 90p on every trip.",
    ],
)
def test_no_moves_size_without_the_move(knowledge, line):
    assert_not_linked(knowledge, line, DIFFERENCE)


# --- Korean: moves side by side with one verb -----------------------------------------------------------------------

_KO_MOVES = (
    "서어군은 내년부터 봉투 값을 올린다. "
    "10ℓ 봉투는 300원에서 360원으로 {n}, 50ℓ 봉투는 1천400원에서 1천750원으로 350원 {verb}."
)


def test_moves_side_by_side_with_one_verb_ko(knowledge):
    assert_checked(knowledge, _KO_MOVES.format(n="60원", verb="오른다"), DIFFERENCE, fires=False)
    found = {c.text: c for c in claims(_KO_MOVES.format(n="60원", verb="오른다"), knowledge).claims}
    assert (found["60원"].role, found["60원"].direction) == ("change", 1)
    assert_checked(knowledge, _KO_MOVES.format(n="90원", verb="오른다"), DIFFERENCE, fires=True)
    rates = _KO_MOVES.replace("350원", "25%").format(n="{r}%", verb="오른다")
    assert_checked(knowledge, rates.format(r=20), GROWTH, fires=False)
    assert_checked(knowledge, rates.format(r=40), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (the last move's verb a level's, no change: nothing tied to copy)
        "10ℓ 봉투는 300원에서 360원으로 60원, 50ℓ 봉투는 1천400원에서 1천750원으로 350원이 된다.",
        # (an amount beside a rate: the moves are not written alike)
        "10ℓ 봉투는 300원에서 360원으로 60원, 50ℓ 봉투는 1천400원에서 1천750원으로 25% 오른다.",
    ],
)
def test_no_move_without_the_same_writing_ko(knowledge, line):
    found = {c.text: c for c in claims("서어군은 내년부터 봉투 값을 올린다. " + line, knowledge).claims}
    assert found["60원"].change_of is None


# --- Korean: a price gap said of an equivalent, and a price named by what it is paid for -------------------------

_KO_EQUIVALENT = (
    "누리 공방은 국자 하나에 22.30달러를 받기로 했다. "
    "개당 값은 우리 돈 약 3만1천200원으로, 공방이 국내 가게에 넘기는 값(2만4천 원)보다 {n} 비싸다."
)


def test_a_gap_said_of_an_equivalent_ko(knowledge):
    assert_checked(knowledge, _KO_EQUIVALENT.format(n="7천200원"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _KO_EQUIVALENT.format(n="9천200원"), DIFFERENCE, fires=True)


def test_a_gap_beside_an_amount_of_another_currency_ko(knowledge):
    # (no figure in won before the one compared with: nothing the gap is said of)
    text = (
        "누리 공방은 국자를 팔기로 했다. "
        "개당 값은 22.30달러로, 공방이 국내 가게에 넘기는 값(2만4천 원)보다 7천200원 비싸다."
    )
    assert_not_linked(knowledge, text, DIFFERENCE)


@pytest.mark.parametrize("price", ["수출가", "납품가"])
def test_a_price_named_by_what_it_is_paid_for_ko(knowledge, price):
    text = "국자의 " + price + "는 3만1천200원으로 국내 판매가 2만6천500원보다 {n} 비싸다."
    assert_checked(knowledge, text.format(n="4천700원"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n="5천700원"), DIFFERENCE, fires=True)


# --- Korean: a gap stated after the prior, the level in the lead --------------------------------------------------

_KO_FRY = (
    "보람군은 올봄 앞바다에 전복 종자 41만3천 마리를 풀었다고 밝혔다. 방류에는 어촌계 7곳의 주민 130명이 함께했다. "
)


def test_a_gap_after_the_prior_of_the_leads_level_ko(knowledge):
    text = _KO_FRY + "올해 방류량은 지난해 34만5천 마리보다 {n}(19.7%) 많다."
    assert_checked(knowledge, text.format(n="6만8천 마리"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n="6만8천 마리"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(n="7만8천 마리"), DIFFERENCE, fires=True)


def test_a_gap_of_a_part_is_not_the_leads_ko(knowledge):
    # (`서촌 방류량은`: a part named before the measure; its gap is no change of the lead's level)
    text = _KO_FRY + "서촌 방류량은 지난해 16만 마리보다 4만3천 마리 많다."
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    gap = next(c for c in found if c.text == "4만3천 마리")
    assert by_id.get(gap.change_of) != "41만3천 마리"
