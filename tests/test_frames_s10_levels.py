"""A rate measured from a figure its sentence states, whose level a sentence before names (issue 11).

Every sentence is written for this test: invented companies and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked

_SALES = (
    "가람자동차는 5월 국내 4만1천200대, 해외 18만3천500대 등 모두 22만4천700대를 판매했다. "
    "전년 동월(23만대)과 비교하면 2.3% 줄었다. 국내 판매는 1년 전 3만8천대에서 {rate} 늘었다."
)


def test_a_rate_takes_the_level_its_subject_names_before(knowledge):
    found = {c.text: c for c in claims(_SALES.format(rate="8.4%"), knowledge).claims}
    assert found["8.4%"].change_of == found["4만1천200대"].id
    assert_checked(knowledge, _SALES.format(rate="8.4%"), "F301", fires=False)
    assert_checked(knowledge, _SALES.format(rate="18.4%"), "F301", fires=True)


def test_a_rate_whose_subject_names_no_earlier_figure_is_left_alone(knowledge):
    text = (
        "가람자동차는 5월 국내 4만1천200대, 해외 18만3천500대 등 모두 22만4천700대를 판매했다. "
        "전년 동월(23만대)과 비교하면 2.3% 줄었다. 수출 물량은 1년 전 3만8천대에서 8.4% 늘었다."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["8.4%"].change_of is None  # `수출 물량` names none of the figures before


def test_a_rate_with_a_level_in_its_own_sentence_keeps_it(knowledge):
    text = "가람자동차는 5월 국내 4만1천200대를 판매했다. 해외 판매는 19만8천대로 1년 전 18만3천500대에서 7.9% 늘었다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["7.9%"].change_of == found["19만8천대"].id


# --- a participle clause states a change as a finite verb does (`…, jumping 4.2% to X from Y`) ----------------

_GAINER = "Arvo Steel was the top gainer in the index, jumping {rate} to $118.45 from $113.68 after the results."
_LOSER = "Kestrel Mills led the losers, sliding {rate} to $40.20 from $41.57 on weak orders."


def test_a_participle_of_a_rise_states_a_change(knowledge):
    assert_checked(knowledge, _GAINER.format(rate="4.2%"), "F301", fires=False)
    assert_checked(knowledge, _GAINER.format(rate="9.2%"), "F301", fires=True)


def test_a_participle_of_a_fall_states_a_change(knowledge):
    assert_checked(knowledge, _LOSER.format(rate="3.3%"), "F301", fires=False)
    assert_checked(knowledge, _LOSER.format(rate="8.3%"), "F301", fires=True)


# --- a gap closing on a noun of size, in a sentence with no subject: of the level the sentence before states ---

_PLAN = "시는 내년 예산을 52조4천억원으로 짰다. 올해 본예산 {prior}보다 2조6천억원(5.2%) 많은 규모다."


def test_a_gap_of_a_size_takes_the_level_before(knowledge):
    found = {c.text: c for c in claims(_PLAN.format(prior="49조8천억원"), knowledge).claims}
    assert found["2조6천억원"].change_of == found["52조4천억원"].id
    assert_checked(knowledge, _PLAN.format(prior="49조8천억원"), "F305", fires=False)
    assert_checked(knowledge, _PLAN.format(prior="48조8천억원"), "F305", fires=True)


def test_a_gap_of_a_size_with_no_level_before_is_left_alone(knowledge):
    text = "시는 내년 예산안을 의결했다. 올해 본예산 49조8천억원보다 2조6천억원 많은 규모다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["2조6천억원"].change_of is None
