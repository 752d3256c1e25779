"""The counted noun of an English count (thirtieth session), a rule for a construction: one modifier between a count
and its plural noun — a participle in `-ed`, a hyphened one (`hand-stitched`), one in `-ing` (`working`,
`remaining`) or an irregular one (`shorn`, `grown`) — leaves the plural noun as what is counted
(`[link.count_modifiers]`), so a figure per one of that noun (`£1,800 a saddle`) finds its count by the noun and
messages name it; the noun after a per-unit mark is read past such a participle too (`per paying visitor`). A common
adjective (`12 new stores`) is still read as the counter itself, and a noun in `-ing` (`14 housing estates`) is no
participle.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text,number,counter",
    [
        ("The Walsall saddlery made 400 hand-stitched saddles last year.", "400 hand-stitched saddles", "saddles"),
        ("The farm sheared 1,800 shorn ewes by May.", "1,800 shorn ewes", "ewes"),
        ("Crews logged 6,000 working shifts on the bypass.", "6,000 working shifts", "shifts"),
        ("The theatre still has 120 remaining seats for the gala.", "120 remaining seats", "seats"),
        ("The nursery sold 5,000 home-grown seedlings in spring.", "5,000 home-grown seedlings", "seedlings"),
        ("Officials counted 412 confirmed cases.", "412 confirmed cases", "cases"),
    ],
)
def test_one_participle_before_a_plural_noun_leaves_the_noun_counted(knowledge, text, number, counter):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].kind == "count" and found[number].counter == counter


@pytest.mark.parametrize(
    "text,number,counter",
    [
        # a common adjective sets the fact apart and is read as the counter; a noun in `-ing` is counted itself
        ("The chain opened 12 new stores.", "12 new", "new"),
        ("The town has 14 housing estates.", "14 housing", "housing"),
        ("The studio booked 30 recording sessions.", "30 recording", "recording"),
    ],
)
def test_an_adjective_or_a_noun_in_ing_is_still_the_counter(knowledge, text, number, counter):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].kind == "count" and found[number].counter == counter


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Walsall saddlery made 400 hand-stitched saddles and sold them for £720,000, or £1,800 a saddle.", False),
        ("The Walsall saddlery made 400 hand-stitched saddles and sold them for £720,000, or £2,800 a saddle.", True),
        ("The Kelso workshop sold 2,500 woven baskets for £30,000, or £12 a basket.", False),
        ("The Kelso workshop sold 2,500 woven baskets for £30,000, or £18 a basket.", True),
        # the mark's noun read past its participle as the count's is, a paragraph apart
        (
            "The Kelso workshop sold 2,500 woven baskets in the spring.\n\n"
            "Basket income came to £30,000, or £12 per woven basket.",
            False,
        ),
        (
            "The Kelso workshop sold 2,500 woven baskets in the spring.\n\n"
            "Basket income came to £30,000, or £18 per woven basket.",
            True,
        ),
    ],
)
def test_a_figure_per_unit_divides_the_count_read_past_its_participle(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_the_message_names_the_counted_noun(knowledge):
    text = "The Walsall saddlery made 400 hand-stitched saddles and sold them for £720,000, or £2,800 a saddle."
    result = findings(knowledge, document(text), select=[PER_UNIT])
    assert any("400 saddles" in f.message for f in result.findings), [f.message for f in result.findings]


# ---------------------------------------------------------------- a Korean multiple whose value is stated apart

MULTIPLE = "F304"


@pytest.mark.parametrize(
    "text",
    [
        # the multiple's sentence names its own subject with `만`/`조차`/`마저`: the figure before is another quantity's
        "시가 거둔 세금은 900억 원이었다. 체납액만 지난해 50억 원의 두 배에 이른다.",
        "올해 관광객은 300만 명이었다. 외국인 관광객조차 지난해 40만 명의 두 배였다.",
        "농협의 올해 수매량은 6만 톤이다. 수입 콩마저 지난해 1만 톤의 세 배에 이른다.",
    ],
)
def test_a_multiple_whose_sentence_names_its_own_subject_takes_no_value_before(knowledge, text):
    assert_not_checked(knowledge, text, MULTIPLE)


@pytest.mark.parametrize(
    "text,fires",
    [
        # no subject of its own: the sentence before states the value, and the link is a guess (a warning)
        ("올해 관광객은 80만 명이었다. 지난해 40만 명의 두 배였다.", False),
        ("올해 관광객은 300만 명이었다. 지난해 40만 명의 두 배였다.", True),
    ],
)
def test_a_multiple_without_a_subject_takes_the_value_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, MULTIPLE, fires)


def test_a_multiple_of_a_value_stated_apart_is_a_warning(knowledge):
    result = findings(
        knowledge, document("올해 관광객은 300만 명이었다. 지난해 40만 명의 두 배였다."), select=[MULTIPLE]
    )
    assert [f.severity for f in result.findings] == ["warning"]


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own between the figure before and the base: another thing's multiple
        "군민 체육관 방문객은 20만 명으로 어린이 방문객만 지난해 3만 명의 두 배다.",
        "축제 예산은 12억 원으로 이 중 공연비는 지난해 2억 원의 1.5배다.",
        "올해 수확량은 900톤으로 시설 재배 물량이 지난해 150톤의 두 배에 이른다.",
        "매출은 300억 원으로 수출 비중이 지난해 10억 원의 두 배로 커졌다.",
    ],
)
def test_a_subject_between_the_figure_before_and_the_base_is_another_things_multiple(knowledge, text):
    assert_not_checked(knowledge, text, MULTIPLE)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("올해 판매량은 60톤으로 지난해 20톤의 세 배다.", False),
        ("올해 판매량은 90톤으로 지난해 20톤의 세 배다.", True),
    ],
)
def test_the_figure_before_the_base_in_its_clause_is_the_value(knowledge, text, fires):
    assert_checked(knowledge, text, MULTIPLE, fires)


# ---------------------------------------------------------------- a figure per unit before another in its sentence

PER_UNIT_TOTALS = "F317"


@pytest.mark.parametrize(
    "text",
    [
        "시는 올해 전기버스 30대를 들여온다. 차량 값은 1대당 4억 원이며 국비 보조금이 1대당 2억 원이다.",
        "The trust is buying 40 boats. Each hull costs $90,000 a boat, and fitting out comes to $30,000 a boat.",
    ],
)
def test_a_figure_marked_per_unit_is_no_total_of_the_next(knowledge, text):
    result = findings(knowledge, document(text), select=[PER_UNIT_TOTALS])
    assert not result.findings, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text,fires",
    [
        # a total before it in its sentence, marked as none: still the total the figure divides
        ("시는 전기버스 30대를 120억 원에 들여온다. 차량 값은 모두 120억 원으로 1대당 4억 원이다.", False),
        ("시는 전기버스 30대를 120억 원에 들여온다. 차량 값은 모두 120억 원으로 1대당 5억 원이다.", True),
    ],
)
def test_an_unmarked_total_before_a_figure_per_unit_is_still_divided(knowledge, text, fires):
    assert_checked(knowledge, text, PER_UNIT_TOTALS, fires)
