"""Shares left without members by every other reading (thirty-second session, lane share): widenings of
checker/link/share_fallback.py and checker/link/share_fallback_ko.py, and a counter of meals read.

- English: a figure per unit stated beside the paragraph's total (`$540,000, or about $18 a resident`) is no
  second pot of that sentence: the part set beside a share after it takes the total;
- Korean: of the wholes a share may take, a rounded or bounded restatement (a headline's `9만 권 넘어`) is the
  exact total said loosely, no rival of it;
- Korean: a level that is the whole of a share whose part is the lead's total (`65세 이상 인구 3만1천 명의 40%`) is a
  wider scope: that lead total is the story's whole;
- Korean: `끼` (meals) is a counter, so a count of meals is read as a count;
- near misses link nothing: two pots in the total's sentence, two exact totals of different values, a whole of
  another period, and clean paragraphs of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, claims
from test_frames import assert_checked, assert_not_checked

# --- English: a per-unit figure beside the total is no second pot


@pytest.mark.parametrize("share,fires", [("about 60 percent", False), ("roughly 45 percent", True)])
def test_a_per_unit_figure_beside_the_total_is_no_rival_pot(knowledge, share, fires):
    text = (
        "Depot gets a solar roof\n\n"
        "The Lakeside bus depot has switched on its new solar roof, the transit board said.\n\n"
        "Fitting the panels cost $540,000, or about $18 a resident. "
        f"The utility's rebate came to $324,000, {share}, with the balance borrowed."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("almost two-thirds", False), ("less than half", True)])
def test_a_per_unit_price_after_the_total_is_no_rival_pot(knowledge, share, fires):
    text = (
        "Library buys e-readers\n\n"
        "Harwick library has lent out its first e-readers, staff said on Monday.\n\n"
        "The 120 e-readers cost £31,200, about £260 a reader. "
        f"Of that, £20,000, {share}, came from a literacy charity; a book sale covered the remainder."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_second_pot_in_the_total_s_sentence_leaves_the_whole_unsaid(knowledge):
    text = (
        "Depot gets a solar roof\n\n"
        "The Lakeside bus depot has switched on its new solar roof, the transit board said.\n\n"
        "The panels cost $540,000 and the new chargers $210,000. "
        "The utility's rebate came to $324,000, roughly 45 percent, with the balance borrowed."
    )
    assert_not_checked(knowledge, text, "F503")


# --- English: a thing named again whose value its own sentence states beside that noun


def _mill(share: str, lead_amounts: str = "a £2.4 million contract") -> str:
    return (
        "Fenland mill signs bakery deal\n\n"
        f"A flour mill near Wisbech has signed the biggest deal in its 90 years, {lead_amounts} to supply a "
        "bakery chain, its directors said on Friday.\n\n"
        f"The deal is worth {share} of last year's sales of £5.1 million, the mill's filing shows."
    )


@pytest.mark.parametrize("share,fires", [("nearly half", False), ("about a fifth", True)])
def test_a_thing_named_again_takes_the_amount_its_sentence_names(knowledge, share, fires):
    assert_checked(knowledge, _mill(share), "F503", fires)


def test_two_amounts_the_noun_may_name_leave_the_part_unsaid(knowledge):
    text = _mill("about a fifth", "a £2.4 million contract and a £900,000 storage contract")
    assert_not_checked(knowledge, text, "F503")


def test_a_whole_its_sentence_does_not_name_is_not_taken(knowledge):
    text = (
        "Fenland mill signs bakery deal\n\n"
        "A flour mill near Wisbech has signed the biggest deal in its 90 years, a £2.4 million contract, it said.\n\n"
        "Sales in 2025 were £5.1 million. The deal is worth about a fifth of the group's pension liabilities."
    )
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("share,fires", [("more than a third", False), ("nearly two-thirds", True)])
def test_a_count_named_again_and_the_whole_right_after_its_of(knowledge, share, fires):
    text = (
        "Cider press ships casks to Osaka\n\n"
        "A Cornish cider press has sold 150 casks to a bar group in Osaka, the largest sale it has made, for "
        "£21,000.\n\n"
        f"The sale equals {share} of last season's output of 420 casks, which earned £52,000."
    )
    assert_checked(knowledge, text, "F503", fires)


# --- Korean: a headline's bound restating the lead's total is no rival


def _library(share: str) -> str:
    return (
        "북천군 도서관 대출 9만 권 넘어\n\n"
        "북천군은 올해 상반기 공공도서관 대출이 9만2천340권이었다고 3일 밝혔다.\n\n"
        "분야별로는 소설이 3만8천780권으로 가장 많았고 아동 도서 2만9천 권, 교양서 2만4천560권이었다. "
        f"소설이 전체의 {share}를 차지했다."
    )


@pytest.mark.parametrize("share,fires", [("42%", False), ("52%", True)])
def test_ko_a_headline_bound_is_the_lead_total_said_loosely(knowledge, share, fires):
    assert_checked(knowledge, _library(share), "F503", fires)


def test_ko_two_exact_totals_of_different_values_leave_the_whole_unsaid(knowledge):
    text = (
        "북천군은 올해 상반기 공공도서관 대출이 9만2천340권, 전자책 대출을 더하면 10만4천 권이었다고 3일 밝혔다.\n\n"
        "분야별로는 소설이 3만8천780권으로 가장 많았고 아동 도서 2만9천 권, 교양서 2만4천560권이었다. "
        "소설이 전체의 52%를 차지했다."
    )
    assert_not_checked(knowledge, text, "F503")


# --- Korean: a wider scope holding the lead's total as its share's part


def _youth(share: str) -> str:
    return (
        "해람시는 올가을 독감 무료 예방접종을 받은 어르신이 1만2천400명이었다고 8일 밝혔다. "
        "시 65세 이상 인구 3만1천 명의 40%에 해당한다.\n\n"
        "성별로는 여성이 6천820명, 남성이 5천580명이었다. "
        f"여성이 전체 접종자의 {share}였다."
    )


@pytest.mark.parametrize("share,fires", [("55%", False), ("35%", True)])
def test_ko_a_wider_scope_gives_way_to_the_lead_total(knowledge, share, fires):
    assert_checked(knowledge, _youth(share), "F503", fires)


def test_ko_a_breakdown_level_is_no_story_total(knowledge):
    # (the share of the lead is a level's of a breakdown, not the lead's: the later share's whole stays the lead's)
    text = (
        "남강군 배 수확 8천600톤\n\n"
        "남강군은 올해 배 생산량이 8천600톤으로 지난해보다 6% 늘었다고 12일 밝혔다.\n\n"
        "품종별로는 신고가 5천590톤, 원황이 3천10톤으로 신고 비중이 65%다. "
        "수출 물량은 2천150톤으로 전체의 4분의 1가량이다."
    )
    assert_checked(knowledge, text, "F503", False)


# --- Korean: a count of meals


@pytest.mark.parametrize("share,fires", [("40%", False), ("30%", True)])
def test_ko_a_count_of_meals_is_read(knowledge, share, fires):
    text = (
        "동원구 어르신 도시락 배달 2만4천800끼\n\n"
        "동원구는 올해 1분기 홀로 사는 어르신에게 도시락 2만4천800끼를 배달했다고 2일 밝혔다.\n\n"
        "권역별로는 북부가 9천920끼로 가장 많았고 남부 8천 끼, 동부 6천880끼였다. "
        f"북부가 전체의 {share}를 차지했다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_ko_meals_are_counted_with_their_counter(knowledge):
    found = {c.text.strip(): c for c in claims("구내식당은 지난달 3만6천500끼를 냈다.", knowledge).claims}
    meal = found.get("3만6천500끼")
    assert meal is not None and meal.kind == "count" and meal.value == 36500


# --- clean paragraphs: figures near a share that are not its members


CLEAN = [
    # another year's total
    "The museum drew 84,000 visitors in 2021.\n\nThis year school groups made up 21,000 visits, about a third of the "
    "total, a guide said.",
    # a per-unit price and an unrelated share of a survey
    "Tickets cost $45 each, or $120 for a family. About two in five people surveyed said they would come again.",
    # a share of a group the text never counts
    "The bakery sold 3,200 loaves last month. Rye made up well over a quarter of orders from cafés, the owner said.",
    # a change, not a level
    "Rents rose by $140 a month, nearly a fifth, while the council's budget stayed at $2.3 million.",
    # a share of a national whole
    "The valley's 46 vineyards produced 1,900 tonnes of grapes, less than 2 per cent of the national harvest.",
    # two pots
    "The festival spent £88,000 on stages and £61,000 on security. Volunteers ran more than half of the stalls.",
    # a share of people, amounts of money
    "The fund paid out €410,000 to 230 families. Almost three-quarters of applicants were single parents.",
    # a fraction of a distance, nothing to relate
    "The relay covered 312 kilometres in four days, and runners walked about a tenth of the route in the rain.",
    # a target, not a total
    "Donors have given $1.2 million toward a $3 million goal. Just under half of donors live outside the city.",
    # a share of time
    "The ferry ran 1,460 crossings, and fog delayed nearly one in ten of them by an hour or more.",
    # Korean: a share of another noun's whole
    "하늘군은 올해 감자 4천200톤을 수확했다.\n\n농가의 3분의 1가량이 고령 농민이다.",
    # Korean: another period's whole
    "지난해 관광객은 48만 명이었다.\n\n올해 외국인 관광객은 6만 명으로 집계됐다. 재방문객이 절반을 조금 넘는다.",
    # Korean: a per-unit price beside a share of people
    "입장료는 1인당 8천 원이다. 방문객 열 명 중 네 명꼴이 어린이였다.",
    # Korean: a share of a whole named by a noun the story never counts
    "군은 올해 공공 자전거 320대를 들여왔다. 군 전체 면적의 5분의 1에 자전거 도로가 깔렸다.",
    # Korean: a change, not a level
    "관람객은 지난해보다 1만2천 명 늘었다. 예산은 전년의 4분의 3 수준으로 줄었다.",
    # Korean: a headline bound with no exact total
    "산청군 곶감 출하 900톤 넘어\n\n올해 곶감은 시세가 좋았다. 농가들은 수익의 절반을 조금 넘게 재투자했다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_no_share_alarm(knowledge, text):
    assert "F503" not in alarm_rules(knowledge, text)
