"""Figures the readers read but nothing linked (thirteenth session, leftovers): a dollar spelled in an article
whose conversions name another country, a count rounded when its noun is counted again.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a conversion's sign is not the article's (F405)


def test_a_spelled_dollar_is_the_articles_despite_a_converted_amount(knowledge):
    """`C$…m (US$…m)`: the amount in parentheses converts for the reader; the article's dollar is still the
    Canadian one, so `41.5 million dollar` restates `C$41.5m`."""
    text = (
        "Eastmere College approved a budget with a C$41.5m deficit on Tuesday.\n"
        "Tuition will bring in C$236m (US$169m) next year, the college said.\n"
        '"A 41.5 million dollar gap does not close itself," the provost said.'
    )
    assert_checked(knowledge, text, "F405", fires=False)


def test_two_countries_dollars_stated_apart_leave_a_spelled_dollar_unplaced(knowledge):
    """`C$` in one sentence and `US$` in another, neither a conversion: which dollar the word is stays unsaid."""
    text = (
        "Eastmere College approved a budget with a C$41.5m deficit on Tuesday.\n"
        "Its American campus owes US$236m to its lenders.\n"
        '"A 41.5 million dollar gap does not close itself," the provost said.'
    )
    assert_not_checked(knowledge, text, "F405")


# ---------------------------------------------------------------- a count rounded, its noun counted again (F405)


def test_a_count_rounded_later_restates_the_count_of_its_noun(knowledge):
    text = (
        "The museum's winter season sold 2.47 million tickets across 40 weeks, its owner said.\n"
        '"Selling 2.5m tickets in one winter is new for us," said the director.'
    )
    assert_checked(knowledge, text, "F405", fires=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The museum sold 2.47 million tickets in 2024.\nIt sold 2.5m tickets in 2023.",
            id="periods-stated-apart",
        ),
        pytest.param(
            "The museum sold 2.47 million tickets this winter.\nIt also gave away 2.5m leaflets.",
            id="other-noun",
        ),
        pytest.param(
            "The museum sold 2.47 million tickets this winter and 2.52 million last winter.\n"
            '"Selling 2.5m tickets is new for us," said the director.',
            id="two-earlier-counts-it-rounds",
        ),
    ],
)
def test_a_rounded_count_is_not_paired_with_another_fact(knowledge, text):
    assert_not_checked(knowledge, text, "F405")


# ---------------------------------------------------------------- a share names its whole (F503)

_DELAYS = (
    "3분기 전체 배송 8만2천400{c} 가운데 지연된 배송은 6천200{c}로 집계됐다.\n"
    "지연 원인은 다음과 같다.\n"
    "△교통 정체 2천480{c}\n"
    "△주소 오류 1천860{c}\n"
    "△기타 1천860{c}\n"
    "교통 정체가 전체 지연의 {share}를 차지해 가장 많았다."
)


@pytest.mark.parametrize("counter", ["건", "회"])
def test_a_share_is_of_the_whole_it_names_not_the_largest_figure(knowledge, counter):
    """`전체 지연의 40%`: of the delays (`지연된 배송은 6천200건`), not of all deliveries, the larger figure beside
    them."""
    assert_checked(knowledge, _DELAYS.format(c=counter, share="40%"), "F503", fires=False)
    assert_checked(knowledge, _DELAYS.format(c=counter, share="30%"), "F503", fires=True)


def test_a_share_naming_the_larger_figures_noun_is_of_it(knowledge):
    """`전체 배송의 3%`: the noun of the larger figure's clause names it, not the delays."""
    text = _DELAYS.format(c="건", share="3%").replace("전체 지연의", "전체 배송의")
    assert_checked(knowledge, text, "F503", fires=False)


# ---------------------------------------------------------------- `회`, a count of times (F301, F402)


def test_times_after_a_myriad_are_counted(knowledge):
    text = "공식 영상의 조회수는 3억6천만회로 전작(2억4천만회)보다 50% 늘었다."
    assert_checked(knowledge, text, "F301", fires=False)
    assert_checked(knowledge, text.replace("50%", "30%"), "F301", fires=True)


@pytest.mark.parametrize(
    "text,absent",
    [
        pytest.param("장서 1권은 1년 동안 평균 3.6회 대출됐다.", "3.6회", id="average-times"),
        pytest.param("올해로 30회째 대회가 열렸다.", "30회", id="ordinal-times"),
        pytest.param("지난달 열린 제41회 박람회에 바이어가 몰렸다.", "41회", id="ordinal-edition"),
    ],
)
def test_an_average_or_an_ordinal_of_times_is_no_count(knowledge, text, absent):
    assert absent not in [c.text for c in claims(text, knowledge).claims]


# ---------------------------------------------------------------- a fraction closing its part's clause (F503)


def test_a_fraction_closing_its_clause_is_of_the_larger_figure_of_its_sentence(knowledge):
    """`handed out 36.4 million points and redeemed 27.1 million of them, about three in four.`"""
    text = (
        "Shoppers were handed 36.4 million points during the year and redeemed 27.1 million of them, about "
        "{share}. The rest were carried forward."
    )
    assert_checked(knowledge, text.format(share="three in four"), "F503", fires=False)
    assert_checked(knowledge, text.format(share="two in five"), "F503", fires=True)


def test_a_fraction_closing_its_clause_with_two_larger_figures_is_not_linked(knowledge):
    text = (
        "Shoppers were handed 36.4 million points and 41.0 million points the year before, and redeemed 27.1 million "
        "of them, about two in five."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a one-syllable event verb after a date (F406)

_OPENED_KO = "2011년 서울 마포에 1호점을 낸 다온베이커리는 {length} 만에 점포 300곳을 넘겼다."


@pytest.mark.parametrize("length,fires", [("13년", False), ("10년", True)])
def test_a_span_runs_from_the_date_of_a_one_syllable_event_verb(knowledge, length, fires):
    """`1호점을 낸`: the verb is one syllable with its ending; after its object it makes the date an event's."""
    assert_checked(knowledge, _OPENED_KO.format(length=length), "F406", fires)


def test_one_after_an_object_is_no_event_verb(knowledge):
    """`점포를 한 곳`: `한` is the numeral one, not a verb; which date the span runs from is not said."""
    text = "2011년 다온베이커리는 점포를 한 곳 열었고 13년 만에 점포 300곳을 넘겼다."
    assert claims(text, knowledge).elapsed == []
