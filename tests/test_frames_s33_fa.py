"""False alarms on real-looking copy (thirty-third session, lane `fa`): readings that linked figures of two
dimensions, each closed by a structural veto or a better reading, with the break the reading was built for still
caught.

- a multiple opening the sentence after a total restated per unit (`…, or $12 a keg. That is 2.4 times the $1.5m`)
  is of the total, not of the price per unit the sentence ends on: a price per one thing and a plain amount are of
  two dimensions (checker/link/multiples_appended.py);
- the last word of a currency's name written alone (`kroner` after `Norwegian kroner`) is that currency, no count
  of a noun `kroner` (checker/extract/quantities.py, `_read_bare_currency_nouns`);
- a figure per unit (`4 tonnes a hectare`) is no part of a total of its unit a share's sentence names
  (checker/link/wholes_then_shares_apart.py);
- two figures one digit apart, one the exact gap between two other figures of their unit (`£18,400 short of £250,000`
  with `£231,600` raised), after no word in common, are two facts, no slip (checker/check/kinds/restatement.py).
- a gap opening the sentence after a share measures the level, never the whole the share names right after it
  (`…, close to half of the 790 kilometres`; checker/link/gaps_from_before.py);
- a multiple of a figure named before is never of its own value (`이는 2015년 요금의 두 배`: the earlier fare unstated;
  checker/link/multiples_of_named.py);
- a count of years right after a word making it a part of a run (`처음 2년 동안`, `the first 12 years`:
  `[link.run_opening_part_before]`) is no age of
  the thing since its start year (checker/link/date_spans_general.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

_KEGS = "Harrowgate brewery wins export deal\n\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            _KEGS + "The brewery's export deal is worth $3.6 million, or $12 a keg. That is 2.4 times the $1.5 million "
            "it earned abroad last year.",
            False,
        ),
        (
            _KEGS + "The brewery's export deal is worth $3.6 million, or $12 a keg. That is 3.4 times the $1.5 million "
            "it earned abroad last year.",
            True,
        ),
        (
            "The cooperative's quota this season is worth 2.5 million Norwegian kroner, or about 50 kroner a kilo. It "
            "is twice the 1.25 million kroner the boats landed last year.",
            False,
        ),
        (
            "The cooperative's quota this season is worth 2.5 million Norwegian kroner, or about 50 kroner a kilo. It "
            "is three times the 1.25 million kroner the boats landed last year.",
            True,
        ),
    ],
)
def test_a_multiple_after_a_total_restated_per_unit_is_of_the_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


def test_a_price_per_unit_is_no_value_of_a_multiple_of_a_total(knowledge):
    text = "Bike hire\n\nHire costs €45 per bike. That is about three times the €20,000 the council paid last summer."
    assert_not_checked(knowledge, text, "F304")


def test_a_bare_currency_word_is_the_currency_named_in_full_before(knowledge):
    text = (
        "The ferry line will carry 60,000 cars this summer for 9 million Danish kroner. Its ticket office took "
        "6 million kroner last year, so the new season is worth 1.5 times as much."
    )
    assert "F304" not in alarm_rules(knowledge, text)


_APPLES = "사과 수출 늘어\n\n청림군은 올해 사과 수출량이 1천200톤이라고 밝혔다.\n"


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            _APPLES + "군 물량은 전국 사과 수출량(4천톤)의 30%에 해당한다.",
            False,
        ),
        (
            _APPLES + "군 물량은 전국 사과 수출량(4천톤)의 40%에 해당한다.",
            True,
        ),
    ],
)
def test_a_share_of_a_named_whole_takes_the_level_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


def test_a_figure_per_unit_is_no_part_of_a_total(knowledge):
    text = (
        "찻잎 출하 늘어\n\n보은군은 올해 찻잎 출하량이 1천200톤이라고 밝혔다. "
        "차밭은 300㏊이고, ㏊당 4톤을 땄다.\n군 물량은 도내 찻잎 출하량(4천톤)의 30%를 차지한다."
    )
    assert "F503" not in alarm_rules(knowledge, text)


_APPEAL = (
    "Lifeboat appeal within £18,400 of its goal\n\n"
    "The Porthwenna lifeboat station is £18,400 short of the £250,000 it needs for a new boathouse.\n\n"
    "Donors have given £231,600 so far. A charitable trust gave £120,000, nearly half of the total. "
)


def test_a_gap_between_two_figures_is_no_copy_of_another_figure(knowledge):
    # (£18,400 is £250,000 less £231,600: its digits follow from the two, no slip of the fishermen's £38,400)
    text = _APPEAL + "The harbour board added £55,000, and fishermen raised £38,400 from a summer of raffles."
    assert "F405" not in alarm_rules(knowledge, text)


def test_a_gap_restated_a_digit_off_after_the_same_words_is_still_a_slip(knowledge):
    text = _APPEAL + "The station remains £38,400 short of the boathouse's cost, its treasurer said."
    assert "F405" in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            (
                "Tree trust\n"
                "\n"
                "Volunteers planted 4,200 oak seedlings over the spring, roughly a third of the 12,600 "
                "seedlings its nursery raised, the trust reported.\n"
                "\n"
                "It was 700 seedlings more than the 3,500 seedlings planted in 2023, when frost held the "
                "work back."
            ),
            False,
        ),
        (
            (
                "Tree trust\n"
                "\n"
                "Volunteers planted 4,200 oak seedlings over the spring, roughly a third of the 12,600 "
                "seedlings its nursery raised, the trust reported.\n"
                "\n"
                "It was 1,100 seedlings more than the 3,500 seedlings planted in 2023, when frost held the "
                "work back."
            ),
            True,
        ),
    ],
)
def test_a_gap_opening_the_next_sentence_measures_the_level_not_the_whole_of_its_share(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            (
                "광고 재계약\n"
                "\n"
                "그 가수가 지난해 받은 광고 모델료는 3억원이었다. 올해 맺은 광고 계약 금액은 12억원으로, "
                "지난해 모델료의 4배다."
            ),
            False,
        ),
        (
            (
                "광고 재계약\n"
                "\n"
                "그 가수가 지난해 받은 광고 모델료는 3억원이었다. 올해 맺은 광고 계약 금액은 12억원으로, "
                "지난해 모델료의 6배다."
            ),
            True,
        ),
    ],
)
def test_a_multiple_of_a_figure_named_before_still_reads(knowledge, text, fires):
    assert_checked(knowledge, text, "F304", fires)


# Figures that stand near each other and are NOT related: a price per unit beside a total of another thing, a
# multiple of a figure the article does not state, a currency named in full beside a tonnage, a share's whole beside
# other levels, a gap beside figures of another pot.
_UNRELATED = [
    (
        "The museum sold 14,200 tickets over the Easter fortnight at £9 each. Its café, run "
        "by a separate company, reported takings of £61,000 for the whole of the spring."
    ),
    (
        "A season pass costs €120 a rider. That is three times what it cost when the lift "
        "opened in 1998, the operator said, though wages have risen faster."
    ),
    (
        "The orchard sold 40 tonnes of cider apples at 300 Danish kroner a tonne. Its "
        "neighbour, a dairy, has 210 cows and 85 hectares of grazing."
    ),
    (
        "Rainfall at the reservoir reached 412 millimetres in the autumn. The water company "
        "supplies 96,000 homes, and 1,250 of them are on meters installed since 2022."
    ),
    (
        "The hospice shop on Mill Street took £2,300 last Saturday. Its sister shop in "
        "Farley, which opened in 2019, has 14 volunteers and sells books for £1 apiece."
    ),
    (
        "The ferry carried 8,400 cars in July, about 270 a day. A return fare for a car and "
        "two adults is NZ$186, up from NZ$172 last summer."
    ),
    (
        "Canvas for the new marquee cost $18,500. The rowing club has 340 members, 60 per "
        "cent of them under 30, and trains on the river six days a week."
    ),
    (
        "The brewery pays growers 2.10 euros a kilo for hops. It brewed 1.4 million litres "
        "last year, twice its output of 2015, and employs 38 people."
    ),
    (
        "The library lent 52,000 books last year. Its roof repair will cost £340,000, and "
        "the council has set aside £120,000 of it, a little over a third."
    ),
    (
        "The appeal has raised £61,200 towards a new scanner costing £75,000. Separately, "
        "the hospital's car park earned £81,200 from fees over the year."
    ),
    ("올해 축제에는 12만 명이 찾았다. 입장료는 1인당 5천 원이며, 주차장은 1천200면 규모로 지난해보다 300면 늘었다."),
    ("군은 올해 감자 3천800톤을 수확했다. 재배 면적은 190㏊로 ㏊당 20톤꼴이다. 군 전체 농가는 2천100곳이다."),
    (
        "마을버스 요금은 1천400원이다. 이는 2015년 요금의 두 배 가까운 수준이라고 시는 "
        "설명했다. 버스는 하루 86회 운행한다."
    ),
    (
        "The allotment society has 118 plots, and rents them at £45 a year. Its annual show "
        "drew 2,600 visitors, and the raffle raised £1,180 for the village school."
    ),
    (
        "The cooperative exported 3,200 tonnes of walnuts worth 9.6 million Norwegian "
        "kroner. The harbour authority, in a separate report, said it handled 3,700 tonnes "
        "of cargo in May."
    ),
    (
        "The dance school charges £6 a class. Its studio is 140 square metres, and its "
        "founder, who taught for 32 years in Leeds, now has 23 teachers on the books."
    ),
    (
        "The bakery's new oven cost $42,000. It sells about 900 loaves a week at $4.50 a "
        "loaf, and a second shop across town sells 650."
    ),
    (
        "The trail is 46 kilometres long, and volunteers cleared 31 kilometres of it this "
        "spring, about two-thirds. The county maintains another 210 kilometres of bridleway."
    ),
]


@pytest.mark.parametrize("text", _UNRELATED)
def test_unrelated_figures_side_by_side_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


_LIBRARY = "도서관 야간 개방\n\n2017년 문을 연 이 도서관은 올해로 "


def test_the_first_years_of_a_run_are_no_age(knowledge):
    text = _LIBRARY + "8년째 운영 중이다. 시는 처음 2년 동안 주말에만 문을 열다가 이용객이 늘자 평일로 넓혔다."
    assert "F406" not in alarm_rules(knowledge, text)


def test_an_age_from_a_start_year_still_reads(knowledge):
    text = _LIBRARY + "5년째 운영 중이다. 시는 주말에만 문을 열다가 이용객이 늘자 평일로 넓혔다."
    assert "F406" in alarm_rules(knowledge, text)
