"""Money ratios on copy never seen (forty-first session, lane `ratio`): a price, the total it comes to and the count
of units stated apart, and the counts of people a change verb misreads.

- A count worded as an addition (`2,400 extra lessons`, `the 30 new stalls`) is the units a price in a later
  sentence divides its total by when the article states no level of its noun (the one count of it); with a level
  stated (`will have 40 teams, up from 32 … the eight extra teams`) it stays a rise's size (`CountsApart`,
  checker/link/per_unit_apart.py `a_level_beside`; `gate_per_unit_joins`; `[link.increment_counters]`).
- A count read across sentences for a price and its appended total is not vetoed by a joiner and a new subject in
  the sentences between (checker/link/restated_per_unit.py).
- A count of people as the subject of `뛰` (`선수 9명이 뛰고 있으며`: nine players play) is a level, not a change
  (`[link.people_playing_verbs]`, checker/link/roles.py), so an amount per head of it is checked.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked
from helpers import rule_result as _result

PER_UNIT = "F317"


def _checked(knowledge, text: str, fires: bool, rule: str = PER_UNIT) -> None:
    assert_checked(knowledge, text, rule, fires)


def _not_linked(knowledge, text: str, rule: str = PER_UNIT) -> None:
    assert_not_linked(knowledge, text, rule)


# ---------------------------------------------------------------- an added count, the one count of its noun

_ADDED = [
    (
        "Sailing school to offer 2,400 extra lessons\n\nA sailing school in Penmarrow will offer 2,400 extra lessons "
        "over the next year, it said on Monday.\n\nIt will add 200 lessons a month for 12 months.\n\n"
        "The expansion is funded with £{total}, or £180 a lesson, from the harbour trust."
    ),
    (
        "Penmarrow sailing school will run 2,400 additional lessons next year, the trust said.\n\n"
        "Instructors will teach 200 lessons a month, and the trust expects demand to stay high.\n\n"
        "Each lesson costs £180 to run, £{total} in all."
    ),
    (
        "Market adds 120 new stalls\n\nThe Quarry Lane market will open 120 new stalls in the spring, the council said "
        "on Friday, and traders have already applied for most of them.\n\n"
        "The council charges £45 a stall, bringing in £{total} for repairs to the hall."
    ),
]


@pytest.mark.parametrize("text", _ADDED)
def test_an_added_count_with_no_level_is_the_units_of_a_price_apart(knowledge, text):
    holding = {"2,400": "432,000", "120 new": "5,400"}
    total = next(v for k, v in holding.items() if k in text)
    _checked(knowledge, text.format(total=total), fires=False)
    broken = total.replace(total[0], str(int(total[0]) + 2), 1)
    _checked(knowledge, text.format(total=broken), fires=True)


@pytest.mark.parametrize(
    "added",
    [
        "The 14 new teams come from villages across the vale.",
        "The 14 extra teams come from villages across the vale.",
    ],
)
def test_an_added_count_beside_a_level_is_no_units_of_a_price_apart(knowledge, added):
    # the level (`84 teams`) is the units; the addition is not taken for them
    text = (
        "Quoits league grows\n\nThe Brenmoor Quoits League will field 84 teams next season, up from 70, its "
        f"committee said.\n\n{added}\n\nThe entry fee stays at £45 a team, bringing in £3,780 for trophies."
    )
    _checked(knowledge, text, fires=False)
    result = _result(knowledge, text.replace("£3,780", "£630"), PER_UNIT)
    assert PER_UNIT in [f.rule for f in result.findings]  # (14 × £45 = £630: not read as the addition's)


def test_two_counts_of_the_noun_leave_a_price_apart_unlinked(knowledge):
    text = (
        "Market adds stalls\n\nThe Quarry Lane market will open 120 new stalls in the spring. The Mill Street market "
        "will open 80 new stalls.\n\nThe council charges £45 a stall, bringing in £5,400 for repairs."
    )
    _not_linked(knowledge, text)


def test_a_price_apart_of_another_noun_is_not_linked(knowledge):
    text = (
        "Sailing school\n\nA sailing school in Penmarrow will offer 2,400 extra lessons over the next year.\n\n"
        "Moorings cost £60 a boat, bringing in £9,000 a year."
    )
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- joiners of the sentences between


@pytest.mark.parametrize("total,fires", [("11,264", False), ("13,264", True)])
def test_joiners_between_a_count_apart_and_its_total_are_not_its_clause(knowledge, total, fires):
    text = (
        "Fell race\n\nA record 512 runners started the Brackdale fell race on Saturday, organisers said.\n\n"
        "The course climbed 900 metres, and the leaders finished in under two hours.\n\n"
        f"Each runner paid £22 to enter, raising £{total} for the village hall."
    )
    _checked(knowledge, text, fires)


# ---------------------------------------------------------------- `선수 N명이 뛰고`: a level of players


@pytest.mark.parametrize(
    "sentence",
    [
        "팀에는 선수 8명이 뛰고 있으며 연봉은 모두 {total}, 한 사람당 8천만 원꼴이다.",
        "팀에는 선수 8명이 뛰며 연봉은 모두 {total}으로 선수 한 명당 8천만 원꼴이다.",
        "이 팀에서는 선수 8명이 뛴다. 연봉은 모두 {total}, 한 사람당 8천만 원꼴이다.",
    ],
)
@pytest.mark.parametrize("total,fires", [("6억4천만 원", False), ("9억4천만 원", True)])
def test_players_who_play_are_a_level_ko(knowledge, sentence, total, fires):
    text = "누리시 배구팀\n\n누리시청 배구팀이 올해 리그 2위에 올랐다.\n\n" + sentence.format(total=total)
    _checked(knowledge, text, fires)


def test_a_count_that_jumped_is_still_a_change_ko(knowledge):
    from helpers import claims

    found = claims("누리 축제\n\n올해 관객이 3천명 뛰었다.", knowledge)
    assert [c.role for c in found.claims if c.text.startswith("3천")] == ["change"]


# ---------------------------------------------------------------- a price restating a deal per unit

_DEALS = [
    # (the count and the deal's total in the sentence before, the price naming itself a price)
    (
        "A bindery in Halsey will rebind 370 volumes for a library in Basel under an £18,500 contract, it said on "
        "Tuesday.\n\nThe price comes to £{price} a volume."
    ),
    (
        "Watermill deal\n\nA watermill near Eldham has agreed to supply 60 tonnes of flour to bakeries in Boston in a "
        "deal worth £42,000, its owners said.\n\nThe price works out at £{price} a tonne."
    ),
    # (the count beside the price, the deal's total the lead's)
    (
        "Chutney maker lands £28,500 order\n\nA chutney maker in Polwenna has won a £28,500 order from a group of "
        "Lyon grocers.\n\nPolwenna Kitchen will send 19,000 jars, working out at £{price} a jar."
    ),
    (
        "Cider maker lands £36,000 order\n\nA cider maker near Tolbury has won a £36,000 order from a Ghent wine "
        "shop, it said on Monday.\n\nThe farm will ship 4,800 bottles, which works out at £{price} a bottle."
    ),
]
_HOLDING = {"370": ("50", "90"), "60 tonnes": ("700", "900"), "19,000": ("1.50", "2.50"), "4,800": ("7.50", "9.50")}


@pytest.mark.parametrize("text", _DEALS)
def test_a_price_restating_a_deal_per_unit_is_checked(knowledge, text):
    holds, broken = next(v for k, v in _HOLDING.items() if k in text)
    _checked(knowledge, text.format(price=holds), fires=False)
    _checked(knowledge, text.format(price=broken), fires=True)


def test_a_set_price_per_unit_is_no_restatement(knowledge):
    # (a price set per unit, no word restating a total: no total divides to it)
    text = (
        "A bindery in Halsey will rebind 370 volumes for a library in Basel under an £18,500 contract.\n\n"
        "The usual price is £70 a volume for a library's books."
    )
    _not_linked(knowledge, text)


def test_a_restating_price_of_another_noun_is_not_linked(knowledge):
    text = (
        "Chutney maker lands £28,500 order\n\nA chutney maker in Polwenna has won a £28,500 order from a group of "
        "Lyon grocers.\n\nPolwenna Kitchen will send 19,000 jars, working out at £95 a pallet."
    )
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- a part of the units is no count apart


def test_a_part_of_the_units_is_no_count_apart(knowledge):
    text = (
        "Ferry firm\n\nThe ferry company's fleet grew to 30 boats, of which twelve are old launches built between "
        "the wars and the 1950s.\n\nThe company spent £1.38 million converting four of them, or £345,000 a boat."
    )
    _not_linked(knowledge, text)


def test_a_restating_price_of_a_period_is_not_of_the_whole_term(knowledge):
    # (`the annual price`: a year's amount, not the three-winter contract's total over the kilometres)
    text = (
        "Gritting deal\n\nBrenmoor council approved a $3.6-million contract to grit its roads for three winters.\n\n"
        "The contractor will cover 412 kilometres of road, and the annual price works out at about $2,910 a "
        "kilometre."
    )
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- a deal as a multiple of an amount pointed at

MULTIPLE = "F304"

_MULTIPLES = [
    (
        "누리공방, 파리서 8만4천 유로 주문\n\n누리공방이 파리의 식당 체인과 8만4천 유로 규모의 수출 계약을 맺었다고 "
        '11일 밝혔다.\n\n김 대표는 "지난해 해외 매출이 3만 유로에 그쳤는데 이번 계약 하나로 그 {m}배가 됐다"고 말했다.'
    ),
    (
        "누리공방, 파리서 8만4천 유로 주문\n\n누리공방이 파리의 식당 체인과 8만4천 유로 규모의 수출 계약을 맺었다고 "
        "11일 밝혔다.\n\n공방의 지난해 프랑스 매출은 3만 유로였다. 이번 계약 하나가 그 {m}배다."
    ),
    (
        "하람농원, 오사카서 8만4천 달러 주문\n\n하람농원이 오사카의 식료품 체인으로부터 8만4천 달러어치 주문을 "
        "받았다고 3일 밝혔다.\n\n농원의 지난해 일본 매출은 3만 달러였다. 이번 주문 하나가 그 {m}배다."
    ),
    (
        "Chutney maker lands £84,000 order\n\nA chutney maker in Polwenna has won an £84,000 order from a group of "
        "Lyon grocers.\n\nFounder Ann Hosk said sales in France last year were £30,000, and the new order alone is "
        "{m} times that figure."
    ),
    (
        "Cider farm signs £84,000 deal\n\nA cider farm near Tolbury has signed an £84,000 deal with a Ghent wine "
        "shop.\n\nIts sales abroad came to £30,000 last year. The deal is worth {m} times that amount."
    ),
]


@pytest.mark.parametrize("text", _MULTIPLES)
@pytest.mark.parametrize("m,fires", [("2.8", False), ("4.5", True)])
def test_a_deal_is_a_multiple_of_the_amount_pointed_at(knowledge, text, m, fires):
    _checked(knowledge, text.format(m=m), fires, rule=MULTIPLE)


def test_a_multiple_naming_no_deal_is_not_read_so(knowledge):
    text = (
        "누리공방, 파리서 8만4천 유로 주문\n\n누리공방이 파리의 식당 체인과 8만4천 유로 규모의 수출 계약을 맺었다고 "
        "11일 밝혔다.\n\n공방의 지난해 프랑스 매출은 3만 유로였다. 올해 방문객은 그 4.5배다."
    )
    result = _result(knowledge, text, MULTIPLE)
    assert MULTIPLE not in [f.rule for f in result.findings], [f.message for f in result.findings]


def test_two_amounts_in_the_deal_sentence_leave_the_multiple_unread(knowledge):
    text = (
        "Cider farm signs deal\n\nA cider farm near Tolbury has signed an £84,000 deal and a £60,000 deal with two "
        "Ghent wine shops.\n\nIts sales abroad came to £30,000 last year. The deal is worth 4.5 times that amount."
    )
    result = _result(knowledge, text, MULTIPLE)
    assert MULTIPLE not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- `Each NOUN paid £N, raising £T, and …`


@pytest.mark.parametrize("total,fires", [("3,990", False), ("5,990", True)])
@pytest.mark.parametrize(
    "tail",
    [
        ", and the contest's £6,000 prize fund was put up by local firms.",
        ", while sponsors gave £6,000 for the prizes.",
        ".",
    ],
)
def test_a_price_opening_on_each_is_read_past_another_clause(knowledge, total, fires, tail):
    text = (
        "Choir contest\n\nForty-two choirs sang at the Brenmoor choir contest on Saturday, organisers said.\n\n"
        f"Each choir paid an entry fee of £95, raising £{total}{tail}"
    )
    _checked(knowledge, text, fires)


def test_each_opening_with_a_second_amount_in_its_clause_is_not_read(knowledge):
    text = (
        "Choir contest\n\nForty-two choirs sang at the Brenmoor choir contest on Saturday, organisers said.\n\n"
        "Each choir paid an entry fee of £95, raising £3,990 and £6,000 for the prizes."
    )
    _not_linked(knowledge, text)


# ---------------------------------------------------------------- `팀당 6만 원으로 모두 768만 원`, the count far back

_FAR_TEAMS = (
    "누리시 배드민턴 대회에 128팀 출전\n\n누리시는 지난 주말 열린 배드민턴 대회에 전국에서 128팀이 출전했다고 17일 "
    "밝혔다. 올해로 스무 번째다.\n\n{between}경기는 이틀 동안 열렸다. 경기장은 실내 코트 16면이 마련됐다. "
    "참가비는 {mark} 6만 원으로 모두 {total}이 걷혔다."
)


@pytest.mark.parametrize("mark", ["팀당", "한 팀당"])
@pytest.mark.parametrize("total,fires", [("768만 원", False), ("968만 원", True)])
def test_a_priced_total_takes_the_one_count_far_back_ko(knowledge, mark, total, fires):
    _checked(knowledge, _FAR_TEAMS.format(between="", mark=mark, total=total), fires)


@pytest.mark.parametrize("between", ["본선에는 32팀이 올랐다. ", "본선에 오른 팀은 32팀이다. "])
def test_a_second_count_far_back_leaves_the_priced_total_unlinked_ko(knowledge, between):
    # (a title that states no count of the teams: with one, the headline's count restated in the body is the fee's,
    # tests/test_frames_s46_ratio_ko.py)
    text = _FAR_TEAMS.format(between=between, mark="팀당", total="768만 원")
    _not_linked(knowledge, text.replace("대회에 128팀 출전\n", "대회 성황\n", 1))


@pytest.mark.parametrize("between", ["본선에는 32팀이 올랐다. ", "본선에 오른 팀은 32팀이다. "])
@pytest.mark.parametrize("total,fires", [("768만 원", False), ("968만 원", True)])
def test_a_second_count_far_back_yields_to_the_headlines_count_ko(knowledge, between, total, fires):
    _checked(knowledge, _FAR_TEAMS.format(between=between, mark="팀당", total=total), fires)
