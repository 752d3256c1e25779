"""Counts as copy writes them (fourteenth session, second round): a count out of a count of the same thing.

- `10곳 중 4곳꼴`, `3대 중 1대꼴`, `열 가구 중 세 가구`: a count out of a count of the same counter is a share (4/10)
  when `꼴` follows (about so many in so many) or its whole is a ratio's round base in words (`열`); in digits without
  `꼴` (`10곳 중 7곳에서 이겼다`, `300명 중 120명`) it stays the tally of two counts it states;
- such a fraction (or `5분의 2`) stated right after its part as what the part is (`수도권 점포는 340곳으로 10곳 중
  4곳꼴이다`) is the share the part is of the article's whole of its counter, looked up elsewhere in the article.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def _read(knowledge, text: str) -> dict[str, tuple[str, float]]:
    return {c.text.strip(): (c.kind, c.value) for c in claims(text, knowledge).claims}


# ---------------------------------------------------------------- reading


def test_a_count_out_of_a_count_with_its_hedge_is_a_share(knowledge):
    read = _read(knowledge, "매장 10곳 중 4곳꼴로 서울에 있다.")
    assert read.get("10곳 중 4곳꼴") == ("fraction", 0.4), read


def test_a_tally_of_counts_in_digits_stays_counts(knowledge):
    """`서구 10곳 중 7곳에서 이겼다`: seven districts won of ten, two counts a list of tallies sums."""
    read = _read(knowledge, "가나당은 서구 10곳 중 7곳에서 이겼다.")
    assert read.get("10곳") == ("count", 10.0) and read.get("7곳") == ("count", 7.0), read


def test_native_counts_out_of_ten_are_a_share(knowledge):
    read = _read(knowledge, "열 가구 중 세 가구가 혼자 산다.")
    assert read.get("열 가구 중 세 가구") == ("fraction", 0.3), read


def test_a_hedged_count_out_of_a_count_is_an_approximate_share(knowledge):
    found = {c.text.strip(): c for c in claims("보유 차량 3대 중 1대꼴이 전기차다.", knowledge).claims}
    share = found.get("3대 중 1대꼴")
    assert share is not None and share.kind == "fraction", list(found)
    assert share.low < 0.32 < share.high  # (about one in three)


def test_counts_out_of_a_count_that_is_no_round_base_stay_counts(knowledge):
    read = _read(knowledge, "회원 300명 중 120명이 응답했다.")
    assert read.get("300명") == ("count", 300.0) and read.get("120명") == ("count", 120.0), read


def test_two_different_counters_are_no_share(knowledge):
    read = _read(knowledge, "차량 10대 중 4명이 탔다.")
    assert not any(kind == "fraction" for kind, _ in read.values()), read


# ---------------------------------------------------------------- linking

STORES = "하나마트의 점포는 모두 850곳이다.\n\n수도권 점포는 {part}곳으로 {share}이다."


def test_a_count_ratio_after_its_part_holds(knowledge):
    assert_checked(knowledge, STORES.format(part="340", share="10곳 중 4곳꼴"), "F503", fires=False)


def test_a_wrong_count_ratio_after_its_part_fires(knowledge):
    assert_checked(knowledge, STORES.format(part="510", share="10곳 중 4곳꼴"), "F503", fires=True)


def test_a_hedged_one_in_three_after_its_part_holds(knowledge):
    assert_checked(knowledge, STORES.format(part="290", share="3곳 중 1곳꼴"), "F503", fires=False)


def test_a_written_fraction_after_its_part_holds(knowledge):
    assert_checked(
        knowledge, "하나마트의 점포는 모두 850곳이다.\n\n수도권 점포는 340곳으로 5분의 2다.", "F503", fires=False
    )


def test_a_count_ratio_with_no_part_stated_raises_nothing(knowledge):
    text = "하나마트의 점포는 모두 850곳이다.\n\n고객 10명 중 4명이 응답했다."
    result = findings(knowledge, document(text), show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_a_fraction_of_change_after_a_part_is_no_share(knowledge):
    text = "하나마트의 점포는 모두 850곳이다.\n\n지방 점포는 510곳으로 3분의 1로 줄었다."
    assert_not_checked(knowledge, text, "F503")


def test_a_count_ratio_reads_no_sum_of_its_counts(knowledge):
    """Before, `10곳` and `4곳` were two counts, read as parts of the total beside the part."""
    text = "하나마트의 점포는 모두 850곳이다.\n\n수도권 점포는 340곳으로 10곳 중 4곳꼴이다."
    assert_not_checked(knowledge, text, "F302")


def test_a_count_ratio_after_its_part_and_the_noun_counted_holds(knowledge):
    text = "올해 신입생은 2천60명이다.\n\n지역 출신은 1천240명으로 신입생 10명 중 6명꼴이었다."
    assert_checked(knowledge, text, "F503", fires=False)


def test_a_wrong_count_ratio_after_the_noun_counted_fires(knowledge):
    text = "올해 신입생은 2천60명이다.\n\n지역 출신은 1천640명으로 신입생 10명 중 6명꼴이었다."
    assert_checked(knowledge, text, "F503", fires=True)
