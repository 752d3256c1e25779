"""Ratios of counts and measures (forty-first session, lane `pace`): unit sizes, paces and lots.

- A unit's size stated with a verb of holding (`Every crate holds 12kg, so the order comes to 9.6 tonnes`) is
  multiplied out over the first count of the noun the story states (past a lead stating the deal's worth alone), its
  listed parts no rival lot (checker/link/per_one_products.py, `[link.each_noun_use_verbs]`).
- A pace of a measure over a span, and its total, in one sentence; a pace whose sentence states no other figure of its
  kind, over a span of its sentence (else of the total's), of the lead's one figure of its kind
  (checker/link/paces.py); `24 days of milling` is a span, `eight days of it` a part of one
  (`[link.pace_term_part_after]`).
- A count of units each holding one lot (`in 24 crates of 250 mugs`, `12곳에 네 개씩, 모두 48개`, `세 차례에 걸쳐
  4천 병씩`, `4팀씩 32개 조로 나눠`) and the total they make (checker/link/lots.py, `[link.lot_*]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import rule_result as _result

PER_UNIT, PACE = "F317", "F312"


def _unlinked(knowledge, text: str, rule: str, figure: str) -> None:
    """No finding nor passed check of the rule names the figure."""
    result = _result(knowledge, text, rule)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not [m for m in messages if figure in m], messages


# ---------------------------------------------------------------- a unit's size, multiplied out

_CRATES = (
    "Orchard wins Danish order\n\nA cider orchard near Ledbury has won a £36,000 order from a chain of Copenhagen "
    "bars, its owners said on Monday.\n\nBrookfield Orchard will send 800 crates, working out at £45 a crate. Dry "
    "cider makes up 500 crates and perry the other 300.\n\n{each}, so the order comes to {total} of fruit."
)


@pytest.mark.parametrize(
    "each", ["Every crate holds 12kg", "Each crate contains about 12kg", "Every crate weighs 12kg"]
)
@pytest.mark.parametrize("total,fires", [("9.6 tonnes", False), ("14 tonnes", True)])
def test_a_unit_size_held_is_multiplied_over_the_first_count_en(knowledge, each, total, fires):
    _checked(knowledge, _CRATES.format(each=each, total=total), PER_UNIT, fires)


def test_a_unit_size_with_another_lot_between_is_unlinked_en(knowledge):
    text = _CRATES.format(each="Every crate holds 12kg", total="9.6 tonnes").replace(
        "Dry cider makes up 500 crates and perry the other 300.", "A second order of 400 crates follows in May."
    )
    _unlinked(knowledge, text, PER_UNIT, "12kg")


# ---------------------------------------------------------------- paces


@pytest.mark.parametrize("total,fires", [("120 tonnes", False), ("150 tonnes", True)])
def test_a_pace_of_a_measure_in_one_sentence_en(knowledge, total, fires):
    text = f"Cider press\n\nThe Ledbury press crushes 3 tonnes a day for 40 days, {total} in all."
    _checked(knowledge, text, PACE, fires)


_TINS = (
    "Cannery order\n\nA cannery in Brixford will ship 48,000 tins of pilchards to a grocer in Lisbon, it said on "
    "Friday.\n\n{pace}"
)


@pytest.mark.parametrize(
    "pace",
    [
        "The line fills 2,400 tins a day, so the order will take {n} days.",
        "The line fills about 2,400 tins a day, meaning {n} days of work for this order.",
        "Over {n} days, the line will fill 2,400 tins a day.",
    ],
)
@pytest.mark.parametrize("n,fires", [("20", False), ("30", True)])
def test_a_pace_of_the_story_total_en(knowledge, pace, n, fires):
    _checked(knowledge, _TINS.format(pace=pace.format(n=n)), PACE, fires)


@pytest.mark.parametrize(
    "pace",
    [
        # (whose pace, a count before: one each, or all together, not said; `…, so the order will take` tells it is
        # the crew's together: tests/test_frames_s42_pace.py)
        "Its 12 packers fill 2,400 tins a day, and the order will take 20 days.",
        "Its 12 packers each fill 2,400 tins a day, so the order will take 20 days.",
        "The line fills 2,400 tins a day, so the order will take 20 days; the last 800 tins go by air.",
        "The line fills 2,400 tins a week, so the order will take 20 days.",  # (a pace of another span)
    ],
)
def test_a_pace_near_miss_is_unlinked_en(knowledge, pace):
    _unlinked(knowledge, _TINS.format(pace=pace), PACE, "2,400")


def test_two_lead_totals_leave_a_pace_unlinked_en(knowledge):
    text = (
        "Cannery order\n\nA cannery in Brixford will ship 48,000 tins of pilchards and 12,000 tins of mackerel to a "
        "grocer in Lisbon.\n\nThe line fills 2,400 tins a day, so the order will take 20 days."
    )
    _unlinked(knowledge, text, PACE, "2,400")


def test_a_span_of_work_is_a_span_and_a_part_of_one_is_not_en(knowledge):
    text = _TINS.format(pace="The line fills 2,400 tins a day, meaning 20 days of it at the new plant.")
    _unlinked(knowledge, text, PACE, "2,400")


@pytest.mark.parametrize("n,fires", [("200", False), ("300", True)])
@pytest.mark.parametrize("pace", ["공방은 30일 동안 하루 {n}자루씩 만든다.", "공방은 하루 {n}자루씩 30일간 엮는다."])
def test_a_pace_of_the_story_total_ko(knowledge, pace, n, fires):
    text = f"누리 공방 수출\n\n누리 공방이 일본에 빗자루 6천 자루를 수출한다. {pace.format(n=n)}"
    _checked(knowledge, text, PACE, fires)


@pytest.mark.parametrize(
    "pace,figure",
    [
        ("장인 한 명이 30일 동안 하루 200자루씩 만든다.", "200"),  # (the pace of one of many)
        ("공방은 30일 동안 하루 200자루씩, 주말에는 100자루씩 만든다.", "200"),  # (two paces)
    ],
)
def test_a_pace_near_miss_is_unlinked_ko(knowledge, pace, figure):
    text = f"누리 공방 수출\n\n누리 공방이 일본에 빗자루 6천 자루를 수출한다. {pace}"
    _unlinked(knowledge, text, PACE, figure)


def test_a_pace_of_one_of_many_is_unlinked_en(knowledge):
    text = _TINS.format(pace="Each packer fills 2,400 tins a day, so the order will take 20 days.")
    _unlinked(knowledge, text, PACE, "2,400")


@pytest.mark.parametrize("total,fires", [("78회", False), ("120회", True)])
def test_a_pace_a_week_written_as_one_word_ko(knowledge, total, fires):
    text = f"가람시 강습\n\n가람시는 개장과 함께 26주 동안 주 3회씩 모두 {total}의 무료 강습을 열었다."
    _checked(knowledge, text, PACE, fires)


# ---------------------------------------------------------------- lots

_MUGS = "Pottery order\n\nMarsh Pottery will send 6,000 mugs to a café chain in Lyon.\n\n{lots}"


@pytest.mark.parametrize(
    "lots",
    [
        "They will leave in 24 crates of {n} mugs from early May.",
        "The mugs are packed into 24 crates of {n} mugs for the journey.",
        "They go out as 24 crates of about {n} mugs.",
    ],
)
@pytest.mark.parametrize("n,fires", [("250", False), ("400", True)])
def test_lots_of_the_story_total_en(knowledge, lots, n, fires):
    _checked(knowledge, _MUGS.format(lots=lots.format(n=n)), PER_UNIT, fires)


@pytest.mark.parametrize("total,fires", [("42 tonnes", False), ("60 tonnes", True)])
def test_lots_of_a_measure_with_their_total_en(knowledge, total, fires):
    text = f"Oat exports\n\nThe mill's oats go out in six containers of seven tonnes, {total} in all."
    _checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize(
    "lots",
    [
        "Its 200 members of 12 clubs will play in May.",  # (no word putting goods into lots)
        "They will leave in 24 days of 250 mugs.",  # (a span of time, no units)
        "The mugs are packed into 24 crates of 250 mugs each week.",  # (a lot per a period: a pace)
    ],
)
def test_lots_near_miss_is_unlinked_en(knowledge, lots):
    _unlinked(knowledge, _MUGS.format(lots=lots), PER_UNIT, "250")


def test_lots_with_a_rival_lot_before_are_unlinked_en(knowledge):
    text = _MUGS.format(lots="A first 900 mugs went in March. They will leave in 24 crates of 250 mugs.")
    _unlinked(knowledge, text, PER_UNIT, "250")


@pytest.mark.parametrize("total,fires", [("48개", False), ("60개", True)])
def test_lots_with_their_total_ko(knowledge, total, fires):
    text = f"가람 암벽장\n\n가람시 실내 암벽장에는 벽면 12곳에 네 개씩, 모두 {total}의 코스가 있다."
    _checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize(
    "lots",
    [
        "첫 선적은 다음 달이며 9월까지 세 차례에 걸쳐 {n} 병씩 나눠 보낸다.",
        "물량은 컨테이너 세 대에 {n} 병씩 실어 보낸다.",
        "물량은 {n} 병씩 세 차례로 나눠 보낸다.",
    ],
)
@pytest.mark.parametrize("n,fires", [("5천", False), ("7천", True)])
def test_lots_of_the_story_total_ko(knowledge, lots, n, fires):
    text = f"누리 양조장 수출\n\n누리 양조장이 일본에 막걸리 1만5천 병을 수출한다. {lots.format(n=n)}"
    _checked(knowledge, text, PER_UNIT, fires)


@pytest.mark.parametrize(
    "lots",
    [
        "첫 선적은 다음 달이며 30일에 걸쳐 5천 병씩 나눠 보낸다.",  # (a span of time: a pace, no units)
        "막걸리 2천 병은 국내에 판다. 물량은 세 차례에 걸쳐 5천 병씩 나눠 보낸다.",  # (another lot before)
    ],
)
def test_lots_near_miss_is_unlinked_ko(knowledge, lots):
    text = f"누리 양조장 수출\n\n누리 양조장이 일본에 막걸리 1만5천 병을 수출한다. {lots}"
    _unlinked(knowledge, text, PER_UNIT, "5,000")


# ---------------------------------------------------------------- a unit's size, multiplied out (Korean)


@pytest.mark.parametrize(
    "size",
    [
        "누리 농장이 감귤 2만 상자를 대만에 보낸다. 한 상자 무게는 {n}kg으로 모두 100톤이다.",
        "누리 농장이 {n}kg들이 감귤 2만 상자를 대만에 보낸다. 전체 무게는 100톤에 이른다.",
        "누리 농장이 {n}kg 상자 기준 감귤 2만 상자를 대만에 보낸다. 무게로는 100톤이다.",
        "누리 농장이 감귤 2만 상자를 대만에 보낸다. 상자 하나에 감귤 {n}kg이 들어가 이번 주문에만 100톤을 쓴다.",
    ],
)
@pytest.mark.parametrize("n,fires", [("5", False), ("8", True)])
def test_a_unit_size_multiplied_out_ko(knowledge, size, n, fires):
    _checked(knowledge, f"누리 농장 수출\n\n{size.format(n=n)}", PER_UNIT, fires)


@pytest.mark.parametrize(
    "size",
    [
        # (the story's whole before the size is the total, not a part of it after)
        "누리 농장은 감귤 100톤을 거뒀다. 감귤은 5kg들이 상자 2만 개에 담았다. 이 가운데 3분의 2인 60톤은 대만에 간다.",
    ],
)
def test_a_unit_size_of_the_whole_before_ko(knowledge, size):
    _checked(knowledge, f"누리 농장 수확\n\n{size}", PER_UNIT, False)


@pytest.mark.parametrize(
    "size",
    [
        "누리 농장이 감귤 2만 상자를 보낸다. 한 해 수확량은 5kg으로 모두 100톤이다.",  # (a span of time, no unit)
        "누리 농장이 감귤 2만 상자와 배 1만 상자를 보낸다. 한 상자 무게는 5kg으로 모두 100톤이다.",  # (two counts)
    ],
)
def test_a_unit_size_near_miss_is_unlinked_ko(knowledge, size):
    _unlinked(knowledge, f"누리 농장 수출\n\n{size}", PER_UNIT, "5kg")


@pytest.mark.parametrize(
    "each",
    [
        "Each 75cl bottle needs about {n}kg of pears",
        "Every piece starts as about {n}kg of pears",
        "Each crate is made from {n}kg of pears",
    ],
)
@pytest.mark.parametrize("n,fires", [("1.2", False), ("2", True)])
def test_a_unit_size_of_a_sized_unit_or_of_its_start_en(knowledge, each, n, fires):
    noun = "pieces" if "piece" in each else ("bottles" if "bottle" in each else "crates")
    text = (
        f"Perry order\n\nA perry maker near Ledbury has won a £9,000 order from a Bergen wine shop.\n\nIt will send "
        f"3,000 {noun}. Of those, 2,000 {noun} are dry and 1,000 {noun} sweet.\n\n"
        f"{each.format(n=n)}, so the order will use some 3.6 tonnes."
    )
    _checked(knowledge, text, PER_UNIT, fires)
