"""Lists, shares and multiples read against the wrong figures (twenty-first session), each a rule for a construction:
- a bare `twice` before a clause end or a time (`prices were cut twice.`, `twice a year`) counts occasions: no
  multiple of the sentence's figures ([multiples] adverbs, occasions_after);
- the figure a change started from may be called a record between `from` (or a prior possessive) and the figure
  (`down 8% from last season's record 7.5 million`, `fell 6% from a record $40m`): [link.record_adjectives];
- a part of each unit of the whole (`about 70 cents in every dollar`) is no part of a list of the whole
  ([link.unit_rate_after]); a sentence that states its own whole (`Outlays were T, of which A …, Z% of the total`)
  lists no parts of a whole stated before it (checker/link/parts_of_stated_whole.py);
- a share whose sentence opens by naming an earlier figure as its whole (`입장객 가운데 …로 Z%`) is of that figure, not
  of the story's largest (checker/link/subgroup_wholes.py);
- a member of a list named as the subject right before a share (`…로 온라인이 10개 중 4개꼴`) is the share's part
  (checker/link/listed_subject_shares.py);
- a headline multiple after the figure's metric narrowed by a word (`매출 900억원…온라인 매출 2배로`) is of that part,
  not of the figure (checker/link/multiples_restated.py);
- a figure listed beside a share's part (`A cost $5m, B $1m and C $3m. C made up a third of the total`) is no
  whole of it (checker/link/shares.py);
- bare parts after a verb of accounting (`Canoes made up 8,000 of the boats sold and kayaks the other 1,000`) count what
  the counted whole before them counts, and a second part named as the rest closes a split in two
  (checker/link/breakdowns.py); `contributed`, `came from` are such verbs ([link.part_verbs_before]).
- a Korean sentence whose topic names a whole stated before (`손님이 T명으로` … `손님은 성인 손님 A명과
  어린이 손님 B명이다`), listing its parts up to the copula that closes it, lists that whole's parts
  (checker/link/parts_of_stated_whole.py); and a share whose subject adds a word to the noun every part shares
  (`성인 손님 비중은`: a short shared noun too) is that part's (checker/link/shares_of_named_members.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `raised twice.`: occasions, no multiple

_TWICE = "Ferry crossings grew 10.0% to 4.4 million from 4.0 million after the operator cut its prices twice{after}."


@pytest.mark.parametrize("after", ["", " this year", " in a row"])
def test_a_bare_twice_counts_occasions(knowledge, after):
    for rule in ("F304", "F310"):
        assert_not_checked(knowledge, _TWICE.format(after=after), rule)


@pytest.mark.parametrize("value,fires", [("$8m", False), ("$5m", True)])
def test_twice_before_what_it_compares_is_a_multiple(knowledge, value, fires):
    assert_checked(knowledge, f"Grant income reached {value}, twice the $4m of a year earlier.", "F304", fires)


# ---------------------------------------------------------------- `from last season's record X`

_RECORD = (
    "Pear growers expect to pick 36.0 million boxes, down {rate} from {prior} 40.0 million boxes, their association "
    "said on Friday."
)


@pytest.mark.parametrize("prior", ["last season's record", "a record"])
@pytest.mark.parametrize("rate,fires", [("10%", False), ("20%", True)])
def test_a_record_between_from_and_the_figure_started_from(knowledge, prior, rate, fires):
    assert_checked(knowledge, _RECORD.format(rate=rate, prior=prior), "F301", fires)


_RECORD_LIST = (
    "Dalmore's milk output is forecast at 30.0 million litres, down 6.25% from last season's record 32.0 million "
    "litres.\n\nCheese plants are expected to make up 18.0 million litres, butter makers {barley} million litres, "
    "yoghurt "
    "3.0 million litres and other buyers 1.0 million litres."
)


@pytest.mark.parametrize("barley,fires", [("8.0", False), ("6.0", True)])
def test_parts_after_a_record_prior_are_of_the_forecast(knowledge, barley, fires):
    assert_checked(knowledge, _RECORD_LIST.format(barley=barley), "F302", fires)


# ---------------------------------------------------------------- `85 cents in every dollar`; `T, of which A`

_OWN_WHOLE = (
    "The Orrin Rowing Club's income rose 4.0% to $2.6m last year from $2.5m.\n\n"
    "Total costs were $2.0m, of which $1.7m paid for coaching, {share} of the total or about 85 cents in every "
    "dollar spent."
)


@pytest.mark.parametrize("share,fires", [("85.0%", False), ("75.0%", True)])
def test_a_sentence_stating_its_own_whole_lists_no_parts_of_another(knowledge, share, fires):
    assert_checked(knowledge, _OWN_WHOLE.format(share=share), "F503", fires)
    assert_not_checked(knowledge, _OWN_WHOLE.format(share=share), "F302")


# ---------------------------------------------------------------- `입장객 가운데 …로 Z%`: the whole its opening names

_BOARDING = (
    "달빛미술관의 올해 관람객이 90만명으로 늘었다.\n\n"
    "관람객은 입장 50만명, 온라인 40만명이다. 입장객 가운데 단체가 30만명으로 {share}를 차지했다."
)


@pytest.mark.parametrize("share,fires", [("60.0%", False), ("33.3%", True)])
def test_a_share_of_the_whole_its_opening_names(knowledge, share, fires):
    assert_checked(knowledge, _BOARDING.format(share=share), "F503", fires)


# ---------------------------------------------------------------- `…로 온라인이 10개 중 4개꼴`

_OUTLETS = (
    "한별식품의 올해 만두 판매량이 2,000만개였다.\n\n"
    "온라인이 {direct}만개, 마트가 1,000만개, 급식 납품이 200만개로 온라인이 10개 중 4개꼴이다."
)


@pytest.mark.parametrize("direct,fires", [("800", False), ("500", True)])
def test_a_listed_member_named_as_the_shares_subject(knowledge, direct, fires):
    assert_checked(knowledge, _OUTLETS.format(direct=direct), "F503", fires)


# ---------------------------------------------------------------- `매출 900억원…온라인 매출 2배로`

_NARROWED = (
    "누리상사 상반기 매출 900억원…{narrow}매출 2배로\n\n"
    "누리상사는 상반기 매출이 900억원으로 1년 전 800억원보다 12.5% 늘었다고 3일 공시했다."
)


def test_a_headline_multiple_of_a_narrowed_metric_is_not_the_figures(knowledge):
    assert_not_checked(knowledge, _NARROWED.format(narrow="온라인 "), "F304")


def test_a_headline_multiple_of_the_figures_metric_is_read(knowledge):
    # (near miss: with no narrowing word, the multiple restates the figure's change, and `2배` is wrong)
    assert_checked(knowledge, _NARROWED.format(narrow=""), "F304", True)


# ---------------------------------------------------------------- a figure listed beside the part is no whole of it

_LISTED = (
    "Within the festival's budget, artists get ${staff}m, security $1.0m, and stages $2.0m; stages by themselves "
    "are about a third of the total."
)


def test_a_figure_listed_beside_the_part_is_no_whole(knowledge):
    assert_not_checked(knowledge, _LISTED.format(staff="3.0"), "F503")


@pytest.mark.parametrize("share,fires", [("40%", False), ("20%", True)])
def test_a_share_of_a_total_stated_before_the_list_is_read(knowledge, share, fires):
    text = (
        "The Kessick festival cost $5.0m this year.\n\n"
        f"Artists were paid $2.0m, security $1.0m and stages $2.0m, or {share} of the total."
    )
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- bare parts after a verb of accounting

_BOATS = (
    "Harbin Craft sold 9,000 boats last year, up 12.5% from 8,000.\n\n"
    "Canoes made up {canoes} of the boats sold and kayaks the other {kayaks}."
)


@pytest.mark.parametrize("canoes,fires", [("8,000", False), ("7,000", True)])
def test_bare_parts_count_what_the_counted_whole_counts(knowledge, canoes, fires):
    assert_checked(knowledge, _BOATS.format(canoes=canoes, kayaks="1,000"), "F302", fires)


def test_parts_counting_another_noun_are_not_of_the_counted_whole(knowledge):
    text = _BOATS.replace("{canoes} of the boats sold", "{canoes} paddles").replace(
        "other {kayaks}", "{kayaks} paddles"
    )
    assert_not_checked(knowledge, text.format(canoes="8,000", kayaks="1,000"), "F302")


@pytest.mark.parametrize("tolls,fires", [("$2.2m", False), ("$2.8m", True)])
def test_parts_that_contributed_to_a_total_before(knowledge, tolls, fires):
    text = (
        "The bridge trust's income rose 7.1% to $3.0m from $2.8m.\n\n"
        f"Tolls contributed {tolls} and parking fines $0.8m, the trust said."
    )
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- `손님은 성인 손님 A명과 어린이 손님 B명이다`

_VISITORS = (
    "푸른숲수목원의 올해 봄 손님이 6만2천명으로 지난해보다 20% 늘었다고 수목원이 5일 밝혔다.\n\n"
    "꽃 축제는 4월 한 달간 열렸다. 주말마다 공연이 이어졌다.\n\n"
    "손님은 성인 손님 {adults}명과 어린이 손님 2만명이다. 성인 손님 비중은 {share}로 늘었다."
)


@pytest.mark.parametrize("adults,fires", [("4만2천", False), ("5만2천", True)])
def test_a_topic_names_the_whole_its_listed_parts_are_of(knowledge, adults, fires):
    assert_checked(knowledge, _VISITORS.format(adults=adults, share="67.7%"), "F302", fires)


def test_two_facts_under_two_topics_are_no_parts(knowledge):
    text = _VISITORS.replace(
        "손님은 성인 손님 {adults}명과 어린이 손님 2만명이다.", "성인은 {adults}명, 어린이는 2만명이다."
    )
    assert_not_checked(knowledge, text.format(adults="4만2천", share="67.7%"), "F302")


@pytest.mark.parametrize("share,fires", [("67.7%", False), ("33.3%", True)])
def test_a_share_naming_the_member_by_its_own_word(knowledge, share, fires):
    assert_checked(knowledge, _VISITORS.format(adults="4만2천", share=share), "F503", fires)


@pytest.mark.parametrize("grant,fires", [("$3.5m", False), ("$4.5m", True)])
def test_parts_a_sum_came_from(knowledge, grant, fires):
    text = (
        "The Alder Valley fund paid out $5.0m in grants to 400 clubs this year.\n\n"
        f"The money came from a {grant} lottery award and $1.5m of member fees."
    )
    assert_checked(knowledge, text, "F302", fires)


def test_sources_with_no_larger_figure_before_are_no_parts(knowledge):
    text = "The Alder Valley fund opened this year. Its money came from a $3.5m lottery award and $1.5m of member fees."
    assert_not_checked(knowledge, text, "F302")
