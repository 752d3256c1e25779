"""The lead's constructions of the thirty-seventh session.

A measure's singular joined to its number by a hyphen (`a 500-gram loaf`) is the measure its plural is
(`[measures] hyphened`), and as an adjective it is the size of one thing, no part of a list's total
(checker/link/totals.py). A figure labelled by a forecast noun right after it (`its 2,500-tonne goal`, `a $40m sales
target`, `2만 톤 목표에`; `[link.forecast_labels_after]`) or before it (`its goal of 900 tonnes`) is what was aimed
at, not the level a change in the same sentence is measured on.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, change_links, claims, rule_fires, rule_passes

GROWTH = "F301"


@pytest.mark.parametrize(
    "text,figure,plural",
    [
        ("The bakery's 500-gram loaf sold out.", "500-gram", "The loaf weighs 500 grams."),
        ("The mill's 25-kilogram sacks sold out.", "25-kilogram", "The sack weighs 25 kilograms."),
    ],
)
def test_a_hyphened_measure_is_the_measure_its_plural_is(knowledge, text, figure, plural):
    found = {c.text: c for c in claims(text, knowledge).claims}
    (written,) = claims(plural, knowledge).claims
    assert found[figure].kind == written.kind == "measure"
    assert (found[figure].unit, found[figure].value) == (written.unit, written.value)


@pytest.mark.parametrize(
    "text,level",
    [
        (
            "Calder Fisheries landed 2,310 tonnes of hake this season, short of its 2,500-tonne goal but 12 per cent"
            " more than the 2,062 tonnes landed a year ago.",
            "2,310 tonnes",
        ),
        (
            "The Brae sawmill cut 1,240 tonnes of larch, short of its 1,300 tonne target but up 15% from 1,078 tonnes"
            " last year.",
            "1,240 tonnes",
        ),
        (
            "The Brae sawmill cut 1,240 tonnes, below its goal of 1,300 tonnes, but 15% more than the 1,078 tonnes of"
            " last year.",
            "1,240 tonnes",
        ),
    ],
)
def test_a_change_skips_the_target_between_it_and_its_level(knowledge, text, level):
    links = {change: of for change, (of, _prior) in change_links(text, knowledge).items()}
    assert level in links.values()
    assert rule_passes(knowledge, text, GROWTH)
    assert GROWTH not in alarm_rules(knowledge, text)


def test_a_wrong_change_beside_a_target_is_still_reported(knowledge):
    text = (
        "Calder Fisheries landed 2,310 tonnes of hake this season, short of its 2,500-tonne goal but 32 per cent"
        " more than the 2,062 tonnes landed a year ago."
    )
    assert rule_fires(knowledge, text, GROWTH)


def test_a_korean_change_skips_the_target_between_it_and_its_level(knowledge):
    holds = "올해 수확량은 2만3100톤으로 2만5천 톤 목표에는 못 미쳤지만 지난해 2만620톤보다 12% 늘었다."
    broken = "올해 수확량은 2만3100톤으로 2만5천 톤 목표에는 못 미쳤지만 지난해 2만620톤보다 32% 늘었다."
    links = change_links(holds, knowledge)
    assert links["12%"][0] == "2만3100톤"
    assert rule_passes(knowledge, holds, GROWTH)
    assert rule_fires(knowledge, broken, GROWTH, language="ko")


def test_goals_scored_are_no_target(knowledge):
    # (a plural count of goals is what a side scored: its change is measured on it)
    text = "Dunmore scored 42 goals this season, 12 more than the 30 it scored a year ago."
    assert change_links(text, knowledge)["12"][0] == "42 goals"


def test_sizes_of_things_are_no_parts_of_a_total(knowledge):
    sizes = (
        "A 40-kilogram hoist lifted the 12-kilogram lintel, and a 3-kilogram cradle took the 2-kilogram remainder:"
        " 17 kilograms in all."
    )
    assert "F302" not in alarm_rules(knowledge, sizes)
    holds = "The 40-hectare farm planted 12 hectares of oats and 5 hectares of rye: 17 hectares in all."
    wrong = "The 40-hectare farm planted 12 hectares of oats and 5 hectares of rye: 57 hectares in all."
    assert rule_passes(knowledge, holds, "F302")
    assert rule_fires(knowledge, wrong, "F302")


# ------------------------------------------------ `rose from 190 to 356`: a bare level left and the level reached
# (`[extract_counts] pair_before` in rules/lang/en.toml; the pair `to 356 from 190` was read before)


@pytest.mark.parametrize(
    "text,level,prior",
    [
        ("Membership of the Tarn rowing club rose from 190 to 356, up 87%.", "356", "190"),
        ("Membership of the Tarn rowing club almost doubled, from 190 to 356.", "356", "190"),
        ("Membership of the Tarn rowing club fell by a third, from 150 to 100.", "100", "150"),
        ("Membership of the Tarn rowing club went from 146 to 71 last year.", "71", "146"),
    ],
)
def test_a_level_left_and_reached_after_a_verb_of_change_are_counts(knowledge, text, level, prior):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[level].kind == found[prior].kind == "count"
    assert (found[level].role, found[prior].role) == ("value", "baseline")


def test_a_change_between_a_level_left_and_reached_is_checked(knowledge):
    holds = "Membership of the Tarn rowing club rose from 190 to 356, up 87%."
    broken = "Membership of the Tarn rowing club rose from 190 to 356, up 27%."
    assert rule_passes(knowledge, holds, GROWTH)
    assert rule_fires(knowledge, broken, GROWTH)


@pytest.mark.parametrize("text", ["Classes at the Tarn hall run from 9 to 11.", "Pupils' ages ranged from 5 to 12."])
def test_a_span_of_bare_numbers_without_a_verb_of_change_is_no_pair(knowledge, text):
    assert claims(text, knowledge).claims == []


# ------------------------------------------------ `a net gain of 28`: a count's change named by a noun of gain
# (`[link.count_change_nouns]`, checker/link/roles.py; money gained, `a gain of $3m on the sale`, stays a figure)


def test_a_counts_gain_is_its_change(knowledge):
    holds = "The Fenwick gym chain opened 34 gyms and closed six, a net gain of 28, taking its estate to 486 from 458."
    broken = "The Fenwick gym chain opened 34 gyms and closed six, a net gain of 48, taking its estate to 486 from 458."
    assert change_links(holds, knowledge)["28"] == ("486", "458")
    assert rule_passes(knowledge, holds, "F305")
    assert rule_fires(knowledge, broken, "F305")


def test_seats_gained_are_a_change_of_the_seats_won(knowledge):
    text = "The Tarn Party won 41 seats, a gain of 3 on the last election."
    assert change_links(text, knowledge)["3"][0] == "41 seats"


def test_money_gained_stays_a_figure_of_its_own(knowledge):
    text = "Tarn Holdings booked revenue of $412m, and a gain of $3m on the sale of its depot."
    assert "$3m" not in change_links(text, knowledge)


# ------------------------------------------------ a breakdown by category whose last part is named the rest is closed
# (checker/link/breakdowns.py `_by_category`, `[link.rest_labels]`: the parts must add up to the whole, not below it)

_BREAKDOWN_KO = (
    "한빛시는 지난 4월 개통한 순환버스에 석 달 동안 승객 {total}명이 탔다고 밝혔다. 시간대별로는 출근 시간대 승객이"
    " 4만1천 명, 퇴근 시간대가 3만7천 명{rest}이었다."
)


def test_a_breakdown_closed_by_the_rest_must_add_up(knowledge):
    rest = ", 그 밖의 시간대가 6만 명"
    holds = _BREAKDOWN_KO.format(total="13만8천", rest=rest)
    broken = _BREAKDOWN_KO.format(total="18만8천", rest=rest)
    assert rule_passes(knowledge, holds, "F302")
    assert rule_fires(knowledge, broken, "F302", language="ko")


def test_a_breakdown_of_the_largest_categories_may_fall_short(knowledge):
    # (no rest named: the two largest of more periods of the day)
    text = _BREAKDOWN_KO.format(total="13만8천", rest="")
    assert "F302" not in alarm_rules(knowledge, text)


# ------------------------------------------------ a gap is worked out from figures stated beside it
# (checker/check/kinds/restatement.py `_gap_of_two_others`: two figures further off that differ by a figure's value
# by chance do not make it a gap, so a slip of one digit in its restatement is still reported)

_CASES_KO = (
    "한빛시 보건소는 지난주 확진자가 248명이었다고 밝혔다. 이번 주에는 검사 건수가 크게 늘었다. "
    "이날 0시 기준 확진자 {first}명이 추가로 확인됐다. "
    "신규 확진자 235명 가운데 해외유입 13명을 제외한 222명이 지역에서 발생했다."
)


def test_a_slip_beside_a_figure_far_from_a_chance_gap_is_reported(knowledge):
    assert "F405" in alarm_rules(knowledge, _CASES_KO.format(first="635"))
    assert "F405" not in alarm_rules(knowledge, _CASES_KO.format(first="235"))
