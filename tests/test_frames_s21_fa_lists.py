"""Lists, shares and multiples read against the wrong figures (twenty-first session), each a rule for a construction:
- a bare `twice` before a clause end or a time (`fees were raised twice.`, `twice a year`) counts occasions: no
  multiple of the sentence's figures ([multiples] adverbs, occasions_after);
- the figure a change started from may be called a record between `from` (or a prior possessive) and the figure
  (`down 8% from last season's record 40.5 million`, `fell 6% from a record £40m`): [link.record_adjectives];
- a part of each unit of the whole (`about 80p in every pound`) is no part of a list of the whole
  ([link.unit_rate_after]); a sentence that states its own whole (`Spending was T, of which A …, 85% of the total`)
  lists no parts of a whole stated before it (checker/link/parts_of_stated_whole.py);
- a share whose sentence opens by naming an earlier figure as its whole (`승차객 가운데 …로 Z%`) is of that figure, not
  of the story's largest (checker/link/subgroup_wholes.py);
- a member of a list named as the subject right before a share (`…로 직거래가 10개 중 4개꼴`) is the share's part
  (checker/link/listed_subject_shares.py);
- a headline multiple after the figure's metric narrowed by a word (`매출 2천억원…해외 매출 1.5배로`) is of that part,
  not of the figure (checker/link/multiples_restated.py);
- a figure listed beside a share's part (`A took £3m, B £1m and C £2m. C accounts for a third of the total`) is no
  whole of it (checker/link/shares.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `raised twice.`: occasions, no multiple

_TWICE = "Bus journeys rose 10.0% to 44.0 million from 40.0 million after train fares were raised twice{after}."


@pytest.mark.parametrize("after", ["", " this year", " in a row"])
def test_a_bare_twice_counts_occasions(knowledge, after):
    for rule in ("F304", "F310"):
        assert_not_checked(knowledge, _TWICE.format(after=after), rule)


@pytest.mark.parametrize("value,fires", [("$8m", False), ("$5m", True)])
def test_twice_before_what_it_compares_is_a_multiple(knowledge, value, fires):
    assert_checked(knowledge, f"Grant income reached {value}, twice the $4m of a year earlier.", "F304", fires)


# ---------------------------------------------------------------- `from last season's record X`

_RECORD = (
    "The region's apple crop is forecast at 36.0 million boxes, down {rate} from {prior} 40.0 million boxes, the "
    "growers' board said."
)


@pytest.mark.parametrize("prior", ["last season's record", "a record"])
@pytest.mark.parametrize("rate,fires", [("10%", False), ("20%", True)])
def test_a_record_between_from_and_the_figure_started_from(knowledge, prior, rate, fires):
    assert_checked(knowledge, _RECORD.format(rate=rate, prior=prior), "F301", fires)


_RECORD_LIST = (
    "The state's grain crop is forecast at 30.0 million tonnes, down 6.25% from last season's record 32.0 million "
    "tonnes.\n\nWheat is expected to make up 18.0 million tonnes, barley {barley} million tonnes, canola 3.0 million "
    "tonnes and other crops 1.0 million tonnes."
)


@pytest.mark.parametrize("barley,fires", [("8.0", False), ("6.0", True)])
def test_parts_after_a_record_prior_are_of_the_forecast(knowledge, barley, fires):
    assert_checked(knowledge, _RECORD_LIST.format(barley=barley), "F302", fires)


# ---------------------------------------------------------------- `80p in every pound`; `T, of which A … of the total`

_OWN_WHOLE = (
    "Lindenfield Hospice's income rose 5.0% to £21.0m in the year from £20.0m.\n\n"
    "Total spending was £20.0m, of which £17.0m went on patient care, {share} of the total or roughly 85p in every "
    "pound spent."
)


@pytest.mark.parametrize("share,fires", [("85.0%", False), ("75.0%", True)])
def test_a_sentence_stating_its_own_whole_lists_no_parts_of_another(knowledge, share, fires):
    assert_checked(knowledge, _OWN_WHOLE.format(share=share), "F503", fires)
    assert_not_checked(knowledge, _OWN_WHOLE.format(share=share), "F302")


# ---------------------------------------------------------------- `승차객 가운데 …로 Z%`: the whole named at the opening

_BOARDING = (
    "새빛역 개통 1년 이용객이 90만명으로 집계됐다.\n\n"
    "이용객은 승차 50만명, 하차 40만명이다. 승차객 가운데 도심 방면 열차를 탄 사람이 30만명으로 {share}를 차지했다."
)


@pytest.mark.parametrize("share,fires", [("60.0%", False), ("33.3%", True)])
def test_a_share_of_the_whole_its_opening_names(knowledge, share, fires):
    assert_checked(knowledge, _BOARDING.format(share=share), "F503", fires)


# ---------------------------------------------------------------- `…로 직거래가 10개 중 4개꼴`

_OUTLETS = (
    "한별농협의 올해 감자 수확량이 2,000만개로 집계됐다.\n\n"
    "판로는 세 갈래다. 직거래가 {direct}만개, 계통출하가 1,000만개, 가공용이 200만개로 직거래가 10개 중 4개꼴이다."
)


@pytest.mark.parametrize("direct,fires", [("800", False), ("500", True)])
def test_a_listed_member_named_as_the_shares_subject(knowledge, direct, fires):
    assert_checked(knowledge, _OUTLETS.format(direct=direct), "F503", fires)


# ---------------------------------------------------------------- `매출 2천억원…해외 매출 1.5배로`

_NARROWED = (
    "누리몰 3분기 매출 2,200억원…{narrow}매출 1.5배로\n\n"
    "쇼핑몰 누리몰은 3분기 매출이 2,200억원으로 지난해 같은 기간(2,000억원)보다 10.0% 늘었다고 밝혔다."
)


def test_a_headline_multiple_of_a_narrowed_metric_is_not_the_figures(knowledge):
    assert_not_checked(knowledge, _NARROWED.format(narrow="해외 "), "F304")


def test_a_headline_multiple_of_the_figures_metric_is_read(knowledge):
    # (near miss: with no narrowing word, the multiple restates the figure's change, and `1.5배` is wrong)
    assert_checked(knowledge, _NARROWED.format(narrow=""), "F304", True)


# ---------------------------------------------------------------- a figure listed beside the part is no whole of it

_LISTED = (
    "Of the budget, staff take £{staff}m, vehicles £1.0m and salt £2.0m. Salt alone accounts for about a third of "
    "the total."
)


def test_a_figure_listed_beside_the_part_is_no_whole(knowledge):
    assert_not_checked(knowledge, _LISTED.format(staff="3.0"), "F503")


@pytest.mark.parametrize("share,fires", [("40%", False), ("20%", True)])
def test_a_share_of_a_total_stated_before_the_list_is_read(knowledge, share, fires):
    text = (
        "Brookvale council will spend £5.0m on roads this year.\n\n"
        f"Of that, staff cost £2.0m, vehicles £1.0m and salt £2.0m, or {share} of the total."
    )
    assert_checked(knowledge, text, "F503", fires)
