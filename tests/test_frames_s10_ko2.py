"""Korean shares of a whole named by the words its figure was stated after (`국내 4만개 … 국내 판매의 30%`)
(session 10).

Every sentence is written for this test: invented places, companies and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# --- a share of a whole named by the words before its figure (`국내 판매의 30%를 차지`) ----------------------------

_TOFU = (
    "한별식품은 지난달 국내 4만개, 해외 6만개 등 모두 10만개를 팔았다. "
    "국내에서는 두부가 돋보였다. 두부가 1만2천개 팔려 국내 판매의 {rate}를 차지했다."
)
_BUYERS = (
    "코스닥시장에서 기관은 800억원, 외국인은 300억원을 순매수했다. "
    "기관은 누리바이오를 320억원어치 사들였다. 기관 순매수 금액의 {rate}가 이 종목에 몰렸다."
)


def test_a_share_of_a_whole_named_by_the_words_before_its_figure(knowledge):
    found = {c.text: c for c in claims(_TOFU.format(rate="30%"), knowledge).claims}
    rate = next(c for c in found.values() if c.text.startswith("30%"))
    assert (rate.share_part, rate.share_whole) == (found["1만2천개"].id, found["4만개"].id)
    assert_checked(knowledge, _TOFU.format(rate="30%"), "F503", fires=False)
    assert_checked(knowledge, _TOFU.format(rate="45%"), "F503", fires=True)


def test_a_share_whose_part_is_in_the_sentence_before(knowledge):
    assert_checked(knowledge, _BUYERS.format(rate="40%"), "F503", fires=False)
    assert_checked(knowledge, _BUYERS.format(rate="25%"), "F503", fires=True)


def test_a_name_no_figure_was_stated_after_links_nothing(knowledge):
    assert_checked(knowledge, _TOFU.format(rate="30%"), "F503", fires=False)  # named as its figure was: linked
    text = (
        "한별식품은 지난달 국내 4만개, 해외 6만개 등 모두 10만개를 팔았다. "
        "두부가 1만2천개 팔려 편의점 판매의 45%를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")
