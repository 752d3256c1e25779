"""Differences, ratios and multiples, second round: constructions checked on sentences written for these tests.

Multiples (the multiple check, F304; checker/link/multiples.py): a multiple stated between two figures of one
sentence is tied to both, and a wrong one is reported, in both languages.

A multiple in a sentence with no subject of its own (checker/link/multiples_continuing.py) is of the level the
sentence before states.

Differences from a forecast (the difference check, F305; checker/link/forecast_baselines.py): a gap measured from
a figure labelled as a forecast and joined to it by `보다` is measured from that figure.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- multiples between two figures of a sentence


@pytest.mark.parametrize(
    "text,fires",
    [
        # Korean: `B의 N배`, the figure multiplied before it with a level particle
        ("청솔제약의 올해 매출은 840억원으로 작년 280억원의 세 배에 달했다.", False),
        ("청솔제약의 올해 매출은 840억원으로 작년 350억원의 세 배에 달했다.", True),
        ("동해시의 관광객은 5600명으로 인근 군 2800명의 두 배다.", False),
        ("동해시의 관광객은 5600명으로 인근 군 1900명의 두 배다.", True),
        ("수출은 960억달러로 수입 480억달러의 2배 수준이다.", False),
        ("수출은 960억달러로 수입 320억달러의 2배 수준이다.", True),
        # English: `N times the B`, `twice as much as the B`
        ("The insurer's premiums reached $780 million, three times the $260 million it wrote in 2015.", False),
        ("The insurer's premiums reached $780 million, three times the $330 million it wrote in 2015.", True),
    ],
)
def test_a_multiple_between_two_stated_figures_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


# A bare count after the multiple (`three times the 1,000 it hired`) counts what the value counts: the counted
# noun is said once, with the value.
@pytest.mark.parametrize(
    "text,fires",
    [
        ("The district now employs 5,400 nurses, three times the 1,800 it employed in 2012.", False),
        ("The district now employs 5,400 nurses, three times the 2,500 it employed in 2012.", True),
        ("The port handled 2,600 ships, twice as many as the 1,300 it handled a decade ago.", False),
        ("The port handled 2,600 ships, twice as many as the 1,000 it handled a decade ago.", True),
        ("The app has 45 million users, about four times the 11 million it had at launch.", False),
        ("The app has 45 million users, about four times the 6 million it had at launch.", True),
    ],
)
def test_a_multiple_of_a_bare_count_counts_what_the_value_counts(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


# A figure named by whose it is: `three times as much as the old mill's 400 tonnes`, `twice last year's $3bn`.
@pytest.mark.parametrize(
    "text,fires",
    [
        ("The new smelter turns out 1,500 tonnes, three times as much as the old smelter's 500 tonnes.", False),
        ("The new smelter turns out 1,500 tonnes, three times as much as the old smelter's 700 tonnes.", True),
        ("The carrier flew 48 million passengers, twice its rival's 24 million.", False),
        ("The carrier flew 48 million passengers, twice its rival's 15 million.", True),
        ("The lender earned $7.5 billion, three times last year's $2.5 billion.", False),
        ("The lender earned $7.5 billion, three times last year's $1.5 billion.", True),
    ],
)
def test_a_multiple_of_a_figure_named_by_a_possessive_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the possessive's figure is of another unit than the value: not the one multiplied
        "The lender earned $7.5 billion, three times its rival's 2,500 branches.",
        # a comma after the multiple: a new phrase, not the figure it is of
        "The lender earned $7.5 billion, three times, the board's 2.5 billion estimate aside.",
        # a bare count after the multiple, but the value is money: no count of the same thing
        "The lender earned $7.5 billion, three times the 2,500 it lent in 2012.",
    ],
)
def test_a_multiple_with_no_figure_of_its_value_after_it_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# A multiple that describes the figure after it (`지난해 300억원의 3배인 900억원`, `두 배가 넘는 4조원`): that figure is
# the value, the one before the multiple the figure it is of.
@pytest.mark.parametrize(
    "text,fires",
    [
        ("녹원건설의 올해 수주액은 지난해 350억원의 3배인 1050억원이다.", False),
        ("녹원건설의 올해 수주액은 지난해 250억원의 3배인 1050억원이다.", True),
        ("이 섬의 방문객은 2005년 15만명의 4배에 달하는 60만명으로 늘었다.", False),
        ("이 섬의 방문객은 2005년 25만명의 4배에 달하는 60만명으로 늘었다.", True),
        ("청운그룹은 올해 작년 1조 5000억원의 두 배가 넘는 3조 2000억원을 투자한다.", False),
        ("청운그룹은 올해 작년 2조 4000억원의 두 배가 넘는 3조 2000억원을 투자한다.", True),
        # a figure said earlier in the sentence is not the value: the described one is
        ("C사 매출은 700억원이고, D사는 지난해 400억원의 2배 수준인 800억원이다.", False),
        ("C사 매출은 700억원이고, D사는 지난해 250억원의 2배 수준인 800억원이다.", True),
    ],
)
def test_a_multiple_describing_the_figure_after_it_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a rise after the multiple, not a description of the next figure: which figure it reaches is not said here
        "녹원건설의 수주액은 지난해 350억원의 3배로 늘어 올해 1050억원이 됐다.",
        # the figure after is of another unit
        "녹원건설의 올해 수주액은 지난해 350억원의 3배인 1050만 달러다.",
    ],
)
def test_a_multiple_with_no_figure_it_describes_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")


# ---------------------------------------------------------------- differences from a figure labelled a forecast


@pytest.mark.parametrize(
    "text,fires",
    [
        ("내년 말 국가채무는 1040조원으로 올해 말 전망치 980조원보다 60조원 늘어날 것으로 추산됐다.", False),
        ("내년 말 국가채무는 1040조원으로 올해 말 전망치 980조원보다 90조원 늘어날 것으로 추산됐다.", True),
        # a sentence that is a forecast throughout: every figure a forecast, measured so before this rule too
        ("내년 세수는 420조원으로 올해 예상치 395조원보다 25조원 증가할 것으로 보인다.", False),
        ("내년 세수는 420조원으로 올해 예상치 395조원보다 45조원 증가할 것으로 보인다.", True),
        ("새 노선의 하루 승객은 8만 4000명으로 개통 전 추정치 7만명보다 1만 4000명 늘었다.", False),
        ("새 노선의 하루 승객은 8만 4000명으로 개통 전 추정치 7만명보다 2만 4000명 늘었다.", True),
    ],
)
def test_a_gap_from_a_forecast_named_against_it_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the forecast beside the level, and the change measured from a year not stated: no baseline
        "미래전자의 영업이익은 4조 6000억원(시장 추정치 4조 1000억원)으로 작년보다 5000억원 늘었다.",
        # the forecast is of another unit than the value
        "미래전자의 영업이익은 4조 6000억원으로 시장 추정치 41만대보다 5000억원 많았다.",
    ],
)
def test_a_forecast_not_named_against_the_gap_is_no_baseline(knowledge, text):
    by_text = {c.text: c for c in claims(text, knowledge).claims}
    assert by_text["5000억원"].compared_to is None


# ---------------------------------------------------------------- a multiple going on about the sentence before


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "이번 주 의사환자는 24.6명으로 직전 주(12.1명)의 두 배 수준으로 늘었다. 유행 기준(6.5명)의 3.8배에 이른다.",
            False,
        ),
        (
            "이번 주 의사환자는 24.6명으로 직전 주(12.1명)의 두 배 수준으로 늘었다. 유행 기준(6.5명)의 2.8배에 이른다.",
            True,
        ),
        # the base of a rate (`1천명당`) is no level of the sentence
        ("이번 주 의사환자는 외래환자 1천명당 24.6명으로 늘었다. 유행 기준(6.5명)의 3.8배에 이른다.", False),
        ("이번 주 의사환자는 외래환자 1천명당 24.6명으로 늘었다. 유행 기준(6.5명)의 2.8배에 이른다.", True),
        ("올해 매출은 1200억원으로 집계됐다. 창업 첫해 매출 300억원의 4배에 달한다.", False),
        ("올해 매출은 1200억원으로 집계됐다. 창업 첫해 매출 300억원의 6배에 달한다.", True),
        ("이 다리의 통행량은 하루 9만대로 늘었다. 개통 당시 1만 5000대의 6배 수준이다.", False),
        ("이 다리의 통행량은 하루 9만대로 늘었다. 개통 당시 1만 5000대의 4배 수준이다.", True),
    ],
)
def test_a_multiple_going_on_about_the_level_before_is_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the multiple's sentence has a subject of its own
        "올해 매출은 1200억원으로 집계됐다. 경쟁사 매출은 300억원의 4배에 달한다.",
        # two figures of the unit in the sentence before: which one is meant is not said
        "올해 매출은 1200억원, 영업이익은 90억원으로 집계됐다. 창업 첫해 매출 300억원의 4배에 달한다.",
        # the one figure before is no level (a list item, not `으로` or `은`)
        "올해 매출 1200억원, 창업 이후 최대. 창업 첫해 매출 300억원의 4배에 달한다.",
    ],
)
def test_a_multiple_with_no_single_level_before_is_not_read(knowledge, text):
    assert_not_checked(knowledge, text, "F304")
