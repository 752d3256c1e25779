"""Sums in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a breakdown listed in its lead's sentence (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Hydro and wind supplied 61.2 terawatt-hours last year. Exports reached 70.5 TWh. The hydro total broke "
            "down as follows: river 40.1 TWh; pumped storage 15.0 TWh; small plants 6.1 TWh.",
            False,
        ),
        (
            "Hydro and wind supplied 61.2 terawatt-hours last year. Exports reached 70.5 TWh. The hydro total broke "
            "down as follows: river 40.1 TWh; pumped storage 25.0 TWh; small plants 6.1 TWh.",
            True,
        ),
        (
            "The studio said its new title had sold 6.3 million copies in its first month. By region, it gave the "
            "following breakdown of copies sold: Japan, 1.5 million; Europe, 2.6 million; North America, 2.2 million.",
            False,
        ),
        (
            "The studio said its new title had sold 6.3 million copies in its first month. By region, it gave the "
            "following breakdown of copies sold: Japan, 1.5 million; Europe, 3.6 million; North America, 2.2 million.",
            True,
        ),
    ],
)
def test_breakdown_listed_in_its_lead_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_items_after_a_lead_with_a_clause_between_are_not_linked(knowledge):
    # the figures after the colon are clauses of their own (a verb between), not items of a list
    assert_not_checked(
        knowledge,
        "The studio sold 6.3 million copies in its first month. It said: Japan bought 1.5 million, which was a "
        "record, and buyers in Europe took 2.6 million.",
        "F302",
    )


def test_a_breakdown_whose_lead_names_no_figure_before_is_not_linked(knowledge):
    # the lead divides a figure the story does not state (output, not exports): no whole to check against
    assert_not_checked(
        knowledge,
        "Exports reached 70.5 TWh last year. Output by plant type was as follows: river 40.1 TWh; pumped storage "
        "15.0 TWh; small plants 6.1 TWh.",
        "F302",
    )


# ---------------------------------------------------------------- the rest of a whole after a part with its share


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Wind farms provided 52.1 terawatt-hours, or 40.5 per cent of the 128.6 TWh generated. Coal produced "
            "61.3 TWh, with gas making up the remaining 15.2 TWh.",
            False,
        ),
        (
            "Wind farms provided 52.1 terawatt-hours, or 40.5 per cent of the 128.6 TWh generated. Coal produced "
            "61.3 TWh, with gas making up the remaining 25.2 TWh.",
            True,
        ),
    ],
)
def test_the_rest_after_a_part_stated_with_its_share(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_rest_after_other_unlinked_figures_is_not_linked(knowledge):
    # figures of the unit stated between the whole and the pair: the rest is of more than the pair, unsaid which
    assert_not_checked(
        knowledge,
        "The grid generated 128.6 TWh in the year. Wind output peaked at 9.3 TWh in July and solar at 7.7 TWh in "
        "January. Coal produced 61.3 TWh, with gas making up the remaining 15.2 TWh.",
        "F302",
    )


# ---------------------------------------------------------------- a list lead naming a whole with a digit (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "3월 말 5G 가입자는 2천410만명으로 전월보다 12만명 늘었다. 알뜰폰 가입자는 3천100만명이다.\n\n"
            "통신사별 5G 가입자는 다음과 같다.\n- 가사: 1천200만명\n- 나사: 810만명\n- 다사: 400만명\n",
            False,
        ),
        (
            "3월 말 5G 가입자는 2천410만명으로 전월보다 12만명 늘었다. 알뜰폰 가입자는 3천100만명이다.\n\n"
            "통신사별 5G 가입자는 다음과 같다.\n- 가사: 1천200만명\n- 나사: 910만명\n- 다사: 400만명\n",
            True,
        ),
    ],
)
def test_list_lead_naming_a_whole_with_a_digit(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_list_lead_naming_an_unstated_whole_is_not_linked(knowledge):
    # the lead names LTE subscribers, whose figure the story does not state: the 5G figure is not their whole
    assert_not_checked(
        knowledge,
        "3월 말 5G 가입자는 2천410만명으로 전월보다 12만명 늘었다.\n\n"
        "통신사별 LTE 가입자는 다음과 같다.\n- 가사: 700만명\n- 나사: 510만명\n- 다사: 300만명\n",
        "F302",
    )


# ---------------------------------------------------------------- a sum, then the two amounts added to make it (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한결조선의 올해 누적 수주액은 58억2천만달러로 늘었다. "
            "지난달까지의 41억달러에 이번 17억2천만달러가 더해진 것이다.",
            False,
        ),
        (
            "한결조선의 올해 누적 수주액은 58억2천만달러로 늘었다. "
            "지난달까지의 41억달러에 이번 19억2천만달러가 더해진 것이다.",
            True,
        ),
        (
            "The yard's order book reached $11.2bn at the end of June. "
            "That is $9.1bn from earlier orders plus $2.1bn from this deal.",
            False,
        ),
        (
            "The yard's order book reached $11.2bn at the end of June. "
            "That is $9.1bn from earlier orders plus $3.1bn from this deal.",
            True,
        ),
    ],
)
def test_sum_explained_by_an_addition_in_the_next_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the unit in the sentence before: which one the amounts make is not said
        "올해 수주액은 58억2천만달러, 인도액은 70억달러다. 지난달까지의 41억달러에 이번 17억2천만달러가 더해진 것이다.",
        # `surplus` is no `plus`: the amounts are not added
        "Exports reached $11.2bn in June. The surplus $9.1bn from earlier orders surplus $2.1bn from this deal.",
    ],
)
def test_amounts_added_with_no_one_sum_before_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- parts of a whole named as a figure was (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "1월 전체 승인액은 52조원이었다. 가사카드 승인액은 41조원, 나사카드는 11조원이었다. "
            "가사카드 가운데 신용카드가 30조5천억원, 체크카드가 10조5천억원이었다.",
            False,
        ),
        (
            "1월 전체 승인액은 52조원이었다. 가사카드 승인액은 41조원, 나사카드는 11조원이었다. "
            "가사카드 가운데 신용카드가 33조5천억원, 체크카드가 10조5천억원이었다.",
            True,
        ),
        (
            "Card spending totalled $52bn in January. Personal-card spending was $41bn and corporate cards took $11bn. "
            "Of personal-card spending, credit cards took $30.5bn and debit cards $10.5bn.",
            False,
        ),
        (
            "Card spending totalled $52bn in January. Personal-card spending was $41bn and corporate cards took $11bn. "
            "Of personal-card spending, credit cards took $33.5bn and debit cards $10.5bn.",
            True,
        ),
    ],
)
def test_parts_of_a_whole_named_as_a_figure_was(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_parts_after_a_name_no_figure_was_stated_for_are_not_linked(knowledge):
    # `다사카드` names no figure before: the parts are not of the cards whose figures were stated
    assert_not_checked(
        knowledge,
        "가사카드 승인액은 41조원, 나사카드는 11조원이었다. 다사카드 가운데 신용카드가 3조원, 체크카드가 1조원이었다.",
        "F302",
    )


# ---------------------------------------------------------------- a colon enumeration closed by `and` (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The chain now runs 640 shops: 215 superstores and 425 corner shops. It opened nine this year.", False),
        # a part short: the enumeration names every part, so a shortfall is an error too
        ("The chain now runs 640 shops: 215 superstores and 415 corner shops. It opened nine this year.", True),
        ("The fleet numbers 96 aircraft: 58 narrowbodies and 38 widebodies.", False),
        ("The fleet numbers 96 aircraft: 58 narrowbodies and 28 widebodies.", True),
    ],
)
def test_colon_enumeration_closed_by_and(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_colon_list_left_open_may_fall_short(knowledge):
    # no `and` before the last part, and the list runs on: it names some of the parts only
    result = findings(
        knowledge,
        document("The chain now runs 640 shops: 215 superstores, 415 corner shops, among other formats."),
        select=["F302"],
    )
    assert "F302" not in [f.rule for f in result.findings]


# ---------------------------------------------------------------- a whole, then what it is made of (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "공모 물량은 520만대로, 공모 규모는 1천976억원에 이른다. "
            "내수용 390만대와 수출용 130만대로 구성되며, 수출 비중은 25%다.",
            False,
        ),
        (
            "공모 물량은 520만대로, 공모 규모는 1천976억원에 이른다. "
            "내수용 390만대와 수출용 150만대로 구성되며, 수출 비중은 25%다.",
            True,
        ),
        ("올해 선발 인원은 84명이다. 일반 전형 60명과 특별 전형 24명으로 나뉜다.", False),
        ("올해 선발 인원은 84명이다. 일반 전형 60명과 특별 전형 20명으로 나뉜다.", True),
        (
            "The offering totals 5.2 million shares. It is made up of 3.9 million shares issued by the company and "
            "1.3 million shares sold by existing holders.",
            False,
        ),
        (
            "The offering totals 5.2 million shares. It is made up of 3.9 million shares issued by the company and "
            "1.1 million shares sold by existing holders.",
            True,
        ),
    ],
)
def test_whole_then_what_it_is_made_of(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the parts' sentence names a whole of its own (`배정 물량은`), whose figure is not stated
        "상장 후 전체 주식 수는 3천만대다. 배정 물량은 우리 조합 104만대와 일반 청약자 156만대로 나뉜다.",
        # two figures of the unit before: which one is made up is not said
        "The offering totals 5.2 million shares, and the float 9.8 million shares. It is made up of 3.9 million "
        "shares issued by the company and 1.3 million shares sold by existing holders.",
    ],
)
def test_made_of_with_no_one_whole_before_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- votes cast each way, and the members voting (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("표결에는 재적 위원 31명 가운데 26명이 참석했다. 수정안에 찬성 17표, 반대 9표가 나왔다.", False),
        # more votes than members present
        ("표결에는 재적 위원 31명 가운데 26명이 참석했다. 수정안에 찬성 19표, 반대 9표가 나왔다.", True),
        ("With all 241 members present, the motion passed with 152 votes in favour and 89 votes against.", False),
        ("With all 241 members present, the motion passed with 162 votes in favour and 89 votes against.", True),
    ],
)
def test_votes_cast_add_up_to_the_members_voting(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_votes_with_no_count_of_members_voting_are_not_linked(knowledge):
    # the members counted are those absent, not those who voted
    assert_not_checked(
        knowledge, "재적 위원 31명 가운데 5명이 불참했다. 수정안에 찬성 17표, 반대 9표가 나왔다.", "F302"
    )


# ---------------------------------------------------------------- a value, and the debt included in a larger one (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "The offer values Norrow's shares at about $9.4bn. Including $1.1bn of net debt, the enterprise value "
            "is $10.5bn.",
            False,
        ),
        (
            "The offer values Norrow's shares at about $9.4bn. Including $1.1bn of net debt, the enterprise value "
            "is $11.5bn.",
            True,
        ),
        ("인수가는 9조4천억원이다. 순부채 1조1천억원을 포함하면 기업가치는 10조5천억원이다.", False),
        ("인수가는 9조4천억원이다. 순부채 1조1천억원을 포함하면 기업가치는 11조5천억원이다.", True),
    ],
)
def test_value_and_the_debt_included_in_a_larger_one(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_including_inside_a_sentence_is_no_addition(knowledge):
    # mid-sentence `including` names a part of the figure before it, not an amount added to another
    assert_not_checked(
        knowledge,
        "The offer values Norrow's shares at about $9.4bn. Revenue was $4.2bn, including $1.1bn of services, "
        "the company said.",
        "F302",
    )


# ---------------------------------------------------------------- a cumulative flow and its quarters, restated (F302)

_QUARTERS = (
    "가온몰, 2분기 매출 9천억원 돌파\n\n가온몰은 올해 2분기 연결 기준 매출이 9천12억원으로 집계됐다고 밝혔다. "
    "영업이익은 410억원이었다.\n\n올해 상반기 누적 매출은 {total}억원이다. 1분기 8천530억원에 이어 두 분기 연속 "
    "8천억원을 웃돌았다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_QUARTERS.format(total="1조7천542"), False),
        (_QUARTERS.format(total="1조8천542"), True),
        (
            "Nine-month revenue was $3.35bn. Revenue tops $1.2bn in the third quarter.\n\nThird-quarter revenue "
            "was $1.2048bn. First-quarter revenue was $1.048bn and second-quarter revenue $1.1002bn, above $1bn "
            "for a third quarter.",
            False,
        ),
    ],
)
def test_cumulative_flow_and_its_quarters_restated(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_quarter_with_two_different_figures_is_not_linked(knowledge):
    # the second quarter has two figures no rounding reconciles (a segment's and the company's): no one tiling
    assert_not_checked(
        knowledge,
        "올해 2분기 매출은 9천12억원이다. 2분기 매출은 7천100억원이었다. 올해 상반기 누적 매출은 1조7천542억원이다. "
        "1분기 8천530억원이었다.",
        "F302",
    )


# ---------------------------------------------------------------- a flow, then what each source earned of it (F302)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Revenue grew 12% to €3.9bn in the quarter. Subscriptions brought in €3.4bn and advertising €500m.", False),
        ("Revenue grew 12% to €3.9bn in the quarter. Subscriptions brought in €3.7bn and advertising €500m.", True),
        ("가람뮤직의 1분기 매출은 3조9천억원이었다. 구독이 3조4천억원, 광고가 5천억원을 벌어들였다.", False),
        ("가람뮤직의 1분기 매출은 3조9천억원이었다. 구독이 3조7천억원, 광고가 5천억원을 벌어들였다.", True),
    ],
)
def test_flow_then_what_each_source_earned(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_sources_after_a_stock_are_not_linked(knowledge):
    # cash held is a level, not a flow that sources earn parts of
    assert_not_checked(
        knowledge,
        "The group held €3.9bn of cash at the end of March. Subscriptions brought in €3.4bn and advertising €500m.",
        "F302",
    )


def test_a_source_whose_figure_names_another_metric_is_not_linked(knowledge):
    # `of profit` after the last figure says what it is: not a share of the revenue earned
    assert_not_checked(
        knowledge,
        "Revenue grew 12% to €3.9bn in the quarter. Subscriptions brought in €3.4bn and advertising €500m of profit.",
        "F302",
    )
