"""Growths and differences of the fifty-ninth session (both languages).

- A hedged figure after a spaced dash, smaller than the one before it, opens an aside (`against the 360 of June –
  roughly 90 fewer –`), no interval's upper end: the figure before stays its own and the aside a change
  (checker/extract/quantities.py).
- A rate right after a copula with a bare comparative closing its clause (`so the 2026 intake was 40 per cent
  bigger.`) is a change, no share (checker/link/roles.py).
- A level dated in the past before a clause drawn from it (`In 2024 the mill wove 410 rugs, so takings are up by a
  fifth`, `[link.change_after_past_joints]`) is the prior of the change told after it; the level is the one stated
  before (checker/link/changes_of_an_earlier_level.py). A compound noun counts its head's thing (`wheelbarrows`,
  `barrows`).
- `작년 1천600 포대에 비해 25% 증가했으며, 포대 수로는 400 포대가 많다`: an amount set before a word of size
  after a clause stating a rate measured from a figure restates the change as an amount (checker/link/roles.py);
  `작년 문을 연 쉼터는 14곳이고 올해는 3곳 많다`: an amount after the word of now and before a word of size, too.
- A change's subject naming the measure alone (`올해 생산량은`, `[link.generic_measure_nouns]`) names no part: the level
  it moved is the one the lead states, whatever word it uses; a round figure with no qualifier (`2만 개`) is a plain
  level; a gap right after the prior (`지난해 4천16 상자보다 904 상자(22.5%) 많다`) is the change's amount
  (checker/link/changes_of_an_earlier_level.py).
- `from £90 to £81, a saving of £9, or 10 per cent`: a move written from one figure to another and its size named
  by a noun after a comma (`[link.move_size_rise_nouns]`, `[link.move_size_fall_nouns]`), with the rate after `or`,
  whatever the verb (checker/link/move_sizes.py).
- Moves side by side with one verb (`A에서 B로 N, C에서 D로 M 인상된다`, checker/link/coordinated_moves.py); a gap
  between two listed figures said of the one its subject names (checker/link/gaps_of_named_items.py); a count drawn
  from the pool right before it is no level.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_linked, claims

GROWTH, DIFFERENCE, RATE_AND_AMOUNT = "F301", "F305", "F306"


# --- an aside after a dash is no range ----------------------------------------------------------------------------


def test_a_hedged_smaller_figure_after_a_dash_is_an_aside(knowledge):
    text = "Ferry crossings slumped to 270 trips in July, down 25 per cent against the 360 of June – roughly {n} fewer."
    assert_checked(knowledge, text.format(n=90), RATE_AND_AMOUNT, fires=False)
    assert_checked(knowledge, text.format(n=150), RATE_AND_AMOUNT, fires=True)


@pytest.mark.parametrize("line", ["Pitches cost £18 – £26 a night.", "Pitches cost £18 – about £26 a night."])
def test_a_range_after_a_dash_stays_one(knowledge, line):
    found = [c.text for c in claims(line, knowledge).claims]
    assert len(found) == 1 and "–" in found[0], found


# --- a past level before a clause drawn from it ------------------------------------------------------------------

_LEAD = "Hexham's swimming club taught 540 lessons to beginners over the summer.\n\n"
_PAST_FORMS = [
    "In 2025 the club taught 450 lessons, so the programme is {r} per cent bigger.",
    "In 2025 the club taught 450 lessons, and so the tally is up by {r} per cent.",
    "In 2025 its coaching came to 450 lessons, so bookings climbed {r} per cent.",
    "In 2025 the club taught 450 lessons; the programme is up {r} per cent on that.",
]


@pytest.mark.parametrize("line", _PAST_FORMS)
def test_a_change_drawn_from_a_past_level(knowledge, line):
    assert_checked(knowledge, _LEAD + line.format(r=20), GROWTH, fires=False)
    assert_checked(knowledge, _LEAD + line.format(r=35), GROWTH, fires=True)


def test_a_compound_noun_counts_its_heads_thing(knowledge):
    lead = "The tool library in Garston lent out 840 wheelbarrows this spring.\n\n"
    line = "In 2025 the library lent 700 barrows; the figure is up {r} per cent on that."
    assert_checked(knowledge, lead + line.format(r=20), GROWTH, fires=False)
    assert_checked(knowledge, lead + line.format(r=30), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (no joint drawing the clause from the past level, no word of now: two facts side by side)
        "In 2025 the club taught 450 lessons, and the pool has grown by 20 per cent.",
        # (`so that`: a purpose, no clause drawn from the level)
        "In 2025 the club taught 450 lessons, so that its staff grew by 20 per cent.",
        # (another thing counted: towels are no lessons)
        "In 2025 the club sold 450 towels, so the programme is 20 per cent bigger.",
    ],
)
def test_no_change_drawn_without_its_joint(knowledge, line):
    assert_not_linked(knowledge, _LEAD + line, GROWTH)


def test_a_rate_with_a_bare_comparative_is_no_share(knowledge):
    found = {c.text: c for c in claims(_LEAD + _PAST_FORMS[0].format(r=20), knowledge).claims}
    assert (found["20 per cent"].role, found["20 per cent"].direction) == ("change", 1)
    found = {c.text: c for c in claims("The contract is 20 per cent of the yard's work.", knowledge).claims}
    assert found["20 per cent"].role == "share"


# --- Korean: an amount restating a rate's change, and the level the measure's own name moved ----------------------

_KO_LEAD = "다온군은 올가을 사과 2천346 상자를 출하했다고 9일 밝혔다. "


def test_an_amount_after_a_rates_comparison_clause_ko(knowledge):
    text = _KO_LEAD + "금년 출하량은 작년 2천40 상자에 비해 15% 증가했으며, 상자 수로는 {n} 상자가 많다."
    assert_checked(knowledge, text.format(n=306), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n=506), DIFFERENCE, fires=True)
    found = {c.text: c for c in claims(text.format(n=306), knowledge).claims}
    assert (found["306 상자"].role, found["306 상자"].direction) == ("change", 1)


def test_an_amount_after_a_rate_compared_with_nothing_ko(knowledge):
    # (no comparison's mark before the rate: the amount is no restated change of this reading)
    text = _KO_LEAD + "금년 출하량은 15% 증가했으며, 상자 수로는 306 상자가 많다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["306 상자"].role != "change"


_KO_BREAKDOWN = "품종별로는 부사가 1천436 상자, 홍로가 910 상자다. 부사 한 품종이 61%를 차지했다. "


def test_the_measures_own_name_after_a_breakdown_ko(knowledge):
    text = _KO_LEAD + _KO_BREAKDOWN + "올해 출하량은 전년 2천40 상자보다 {r}% 늘었다."
    assert_checked(knowledge, text.format(r=15), GROWTH, fires=False)
    assert_checked(knowledge, text.format(r=35), GROWTH, fires=True)


@pytest.mark.parametrize("subject", ["홍로 출하량은", "부사 출하량은"])
def test_a_subject_naming_a_part_or_another_thing_ko(knowledge, subject):
    # (a word before the measure's name naming a part, `홍로`, `부사`: no change of the lead)
    text = _KO_LEAD + _KO_BREAKDOWN + subject + " 전년 2천40 상자보다 15% 늘었다."
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    rate = next(c for c in found if c.text == "15%")
    assert by_id.get(rate.change_of) != "2천346 상자"


def test_a_round_level_is_one_figure_ko(knowledge):
    text = (
        "한결시 공공도서관이 올해 상반기 어린이 책 3만 권을 빌려줬다고 7일 밝혔다. "
        "지난해 같은 기간에는 2만5천 권을 빌려줬고, 올해 대출량은 이보다 {r}% 많다."
    )
    assert_checked(knowledge, text.format(r=20), GROWTH, fires=False)
    # (`3만` is read to half its step either side: only a change far past it is told)
    assert_checked(knowledge, text.format(r=150), GROWTH, fires=True)


# --- a move's size named after `from … to …` ----------------------------------------------------------------------

_MOVES = [
    (
        "The club's fee slides from £90 to £81 a term in March, a saving of {d}, or {r} per cent.",
        ("£9", "10"),
        ("£19", "10"),
    ),
    (
        "Solar panels will take the school's power bill from £9,600 to £7,200, a saving of {d}, or {r} per cent.",
        ("£2,400", "25"),
        ("£3,400", "25"),
    ),
    (
        "The new mast lifts the aerial from 16 feet to 24 feet, a rise of {d}, or {r} per cent, above the roofs.",
        ("8 feet", "50"),
        ("18 feet", "50"),
    ),
]


@pytest.mark.parametrize("line,holds,broken", _MOVES)
def test_a_moves_size_named_after_it(knowledge, line, holds, broken):
    assert_checked(knowledge, line.format(d=holds[0], r=holds[1]), DIFFERENCE, fires=False)
    assert_checked(knowledge, line.format(d=holds[0], r=holds[1]), GROWTH, fires=False)
    assert_checked(knowledge, line.format(d=broken[0], r=broken[1]), DIFFERENCE, fires=True)
    assert_checked(knowledge, line.format(d=holds[0], r="30"), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (no move written from one figure to another before the noun)
        "The club agreed a saving of £9 on the £90 fee, or 10 per cent, from May.",
        # (the noun names a figure of its own after a list: no size of a move)
        "Fees are £90 and £81, a saving of £9 on every term.",
    ],
)
def test_no_moves_size_without_the_move(knowledge, line):
    assert_not_linked(knowledge, line, DIFFERENCE)


# --- Korean: moves side by side with one verb -----------------------------------------------------------------------

_KO_MOVES = (
    "한결시는 다음 달부터 공영주차장 요금을 올린다. "
    "소형차 요금은 1천200원에서 1천350원으로 {n}, 대형차 요금은 2천100원에서 2천415원으로 315원 {verb}."
)


def test_moves_side_by_side_with_one_verb_ko(knowledge):
    assert_checked(knowledge, _KO_MOVES.format(n="150원", verb="인상된다"), DIFFERENCE, fires=False)
    found = {c.text: c for c in claims(_KO_MOVES.format(n="150원", verb="인상된다"), knowledge).claims}
    assert (found["150원"].role, found["150원"].direction) == ("change", 1)
    assert_checked(knowledge, _KO_MOVES.format(n="250원", verb="인상된다"), DIFFERENCE, fires=True)
    rates = _KO_MOVES.replace("315원", "15%").format(n="{r}%", verb="인상된다")
    assert_checked(knowledge, rates.format(r="12.5"), GROWTH, fires=False)
    assert_checked(knowledge, rates.format(r=30), GROWTH, fires=True)


@pytest.mark.parametrize(
    "line",
    [
        # (the last move's verb a level's, no change: nothing tied to copy)
        "소형차 요금은 1천200원에서 1천350원으로 150원, 대형차 요금은 2천100원에서 2천415원으로 315원이 된다.",
        # (an amount beside a rate: the moves are not written alike)
        "소형차 요금은 1천200원에서 1천350원으로 150원, 대형차 요금은 2천100원에서 2천415원으로 15% 인상된다.",
    ],
)
def test_no_move_without_the_same_writing_ko(knowledge, line):
    found = {c.text: c for c in claims("한결시는 다음 달부터 공영주차장 요금을 올린다. " + line, knowledge).claims}
    assert found["150원"].change_of is None


# --- Korean: a gap stated after the prior, the level in the lead --------------------------------------------------

_KO_CRATES = "다온군은 올가을 배 4천920 상자를 출하했다고 9일 밝혔다. 수확에는 농가 36곳의 주민 210명이 함께했다. "


def test_a_gap_after_the_prior_of_the_leads_level_ko(knowledge):
    text = _KO_CRATES + "올해 생산량은 지난해 4천16 상자보다 {n}(22.5%) 많다."
    assert_checked(knowledge, text.format(n="904 상자"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n="904 상자"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(n="1천304 상자"), DIFFERENCE, fires=True)


def test_a_gap_of_a_part_is_not_the_leads_ko(knowledge):
    # (`신고 생산량은`: a part named before the measure; its gap is no change of the lead's level)
    text = _KO_CRATES + "신고 생산량은 전년 2천 상자보다 450 상자 많다."
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    gap = next(c for c in found if c.text == "450 상자")
    assert by_id.get(gap.change_of) != "4천920 상자"


# --- Korean: a gap told of now after a past level ------------------------------------------------------------------

_KO_SHELTERS = "다온군은 올여름 무더위 쉼터 17곳을 열었다고 밝혔다. 작년 문을 연 쉼터는 14곳이고 {now}{n} 많다."


def test_a_gap_told_of_now_after_a_past_level_ko(knowledge):
    assert_checked(knowledge, _KO_SHELTERS.format(now="올해는 ", n="3곳"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _KO_SHELTERS.format(now="올해는 ", n="5곳"), DIFFERENCE, fires=True)


def test_a_gap_without_the_word_of_now_ko(knowledge):
    # (no word telling the gap of now: `14곳이고 3곳 많다` says nothing of which figure passed which)
    found = {c.text: c for c in claims(_KO_SHELTERS.format(now="", n="3곳"), knowledge).claims}
    assert found["3곳"].role != "change"


def test_a_part_drawn_from_a_pool_is_no_level_ko(knowledge):
    # (`되살린 16곳 가운데 12곳은`: the part drawn from the pool is passed over; the level is the lead's)
    text = (
        "다온군은 올해 옛 우물 16곳을 되살렸다고 밝혔다. 되살린 16곳 가운데 12곳은 수질 검사를 통과했다. "
        "작년 되살린 우물은 13곳이고 올해는 {n} 많다."
    )
    assert_checked(knowledge, text.format(n="3곳"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(n="6곳"), DIFFERENCE, fires=True)


# --- Korean: a gap between two listed figures, said of the one its subject names -----------------------------------

_KO_HALVES = "등록 회원이 남성 64명, 여성 91명으로 집계돼 {name} {n} {word}."


@pytest.mark.parametrize("name,word", [("여성이", "많았다"), ("남성이", "적었다")])
def test_a_gap_said_of_a_named_item_ko(knowledge, name, word):
    assert_checked(knowledge, _KO_HALVES.format(name=name, n="27명", word=word), DIFFERENCE, fires=False)
    assert_checked(knowledge, _KO_HALVES.format(name=name, n="45명", word=word), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the subject's word written before both figures: which one, not said)
        "등록 회원이 1기 수료 64명, 2기 수료 91명으로 집계돼 2기 수료가 27명 많았다.",
        # (three figures listed: the gap is between which two, not said)
        "등록 회원이 10대 64명, 20대 78명, 30대 91명으로 집계돼 30대가 27명 많았다.",
    ],
)
def test_no_gap_of_an_item_not_named_alone_ko(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["27명"].change_of is None


# --- review: near misses the readings must not take -------------------------------------------------------------


@pytest.mark.parametrize(
    "lead,line",
    [
        # (`goats` is no compound of `oats`, `farms` none of `arms`: a head of four letters, or one letter before it)
        ("The Brill estate keeps 480 goats.\n\n", "In 2025 the estate kept 300 oats, so the herd is up 60 per cent."),
        ("Dorley county now counts 150 farms.\n\n", "In 2025 police seized 100 arms, so the total is up 30 per cent."),
    ],
)
def test_no_compound_of_a_mere_ending(knowledge, lead, line):
    assert_not_linked(knowledge, lead + line, GROWTH)


def test_a_compound_of_a_long_head_still_counts(knowledge):
    lead = "Wexley's council depot hired out 630 wheelbarrows this spring.\n\n"
    line = "In 2025 the depot hired out 525 barrows, so hiring is {r} per cent higher."
    assert_checked(knowledge, lead + line.format(r=20), GROWTH, fires=False)
    assert_checked(knowledge, lead + line.format(r=60), GROWTH, fires=True)


_KO_RATE_CLAUSE = "운산면 작목반의 올해 참외 출하량은 5천750 상자다. 전년 5천 상자보다 15% 늘었고, {tail}."


def test_an_amount_after_a_rate_clause_review_ko(knowledge):
    assert_checked(knowledge, _KO_RATE_CLAUSE.format(tail="물량으로 750 상자가 많다"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _KO_RATE_CLAUSE.format(tail="물량으로 1천900 상자가 많다"), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "tail",
    [
        "옆 마을보다 200 상자가 많다",  # (compared with another figure: that gap, not the change's)
        "수박은 300 상자가 많다",  # (a topic of its own: another crop's gap)
        "농가 수는 12곳이 많다",  # (another thing counted)
    ],
)
def test_no_amount_of_another_subject_after_a_rate_clause_ko(knowledge, tail):
    assert_not_linked(knowledge, _KO_RATE_CLAUSE.format(tail=tail), DIFFERENCE)


_KO_LISTED = "강좌 수강생은 오전반 140명, 저녁반 188명{close} 저녁반이 {n} 많았다."


def test_a_gap_of_a_named_item_review_ko(knowledge):
    assert_checked(knowledge, _KO_LISTED.format(close="으로", n="48명"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _KO_LISTED.format(close="으로", n="80명"), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "close",
    [
        "이었고 전년보다",  # (compared with another year: the gap is to that)
        "이었고 작년에는",  # (another period's gap: the list closed as a clause of its own)
    ],
)
def test_no_gap_of_a_named_item_in_another_comparison_ko(knowledge, close):
    assert_not_linked(knowledge, _KO_LISTED.format(close=close, n="30명"), DIFFERENCE)


# (the two halves of a year listed as the parts: the half the subject names is the one said to be larger; the base
# read the two figures as of two periods and linked no gap)
_KO_HALVES_OF_A_YEAR = "폐건전지 수거량은 상반기 4.2톤, 하반기 5.7톤으로 하반기가 {n} 많았다."


def test_a_gap_of_the_half_its_subject_names_ko(knowledge):
    day = dt.date(2026, 12, 1)
    assert_checked(knowledge, _KO_HALVES_OF_A_YEAR.format(n="1.5톤"), DIFFERENCE, fires=False, published=day)
    assert_checked(knowledge, _KO_HALVES_OF_A_YEAR.format(n="3.5톤"), DIFFERENCE, fires=True, published=day)


def test_a_hedged_smaller_amount_after_a_dash_is_no_range_end(knowledge):
    found = [c.text for c in claims("Crossings fell to £270 in July from £360 – about £90 less.", knowledge).claims]
    assert "£360" in found and "about £90" in found, found
