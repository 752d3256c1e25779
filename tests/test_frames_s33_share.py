"""Shares left without members by every other reading (thirty-third session, lane share): widenings of
checker/link/share_fallback.py.

- English: a share whose clause opens, after a clause stating one amount, on a thing the story named before (`…
  a year, so the airline contract accounts for a quarter of its bottling`), or whose sentence opens on that thing
  and names its whole by a pronoun (`… of that`) after a sentence stating one amount: the amount is the whole, the
  thing's value (stated of its noun, or the lead's one amount of the unit when the lead names the thing) the part;
- English: `takes up` before a share is no rise (`takes up a fifth of output`);
- near misses link nothing: two pots in the clause before, a subject the lead does not name, a share naming a
  metric the whole is not of, and clean paragraphs of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, claims
from test_frames import assert_checked, assert_not_checked

# --- the whole in the clause before, the part the lead's amount of a deal


@pytest.mark.parametrize("share,fires", [("roughly 24 per cent", False), ("roughly 40 per cent", True)])
def test_a_deal_s_share_of_the_clause_before_takes_the_lead_s_amount(knowledge, share, fires):
    text = (
        "Somerset cider press signs airline deal\n\n"
        "Bramley Press, a cider maker near Taunton, will deliver 96,000 bottles to a regional airline over two "
        "years, it said on Friday.\n\n"
        "The press fills around 400,000 bottles in a normal year, so the airline contract accounts for "
        f"{share} of its bottling.\n\n"
        "The owners plan a second bottling line."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("about a fifth", False), ("about a half", True)])
def test_takes_up_before_a_share_is_no_rise(knowledge, share, fires):
    text = (
        "Kiln works wins hotel tender\n\n"
        "Ostrava Tile, a maker of glazed floor tiles, will supply 30,000 tiles to a hotel group, the firm said.\n\n"
        "Its kilns turn out 150,000 tiles a year; the hotel tender alone takes up "
        f"{share} of that.\n\n"
        "Work starts in March."
    )
    assert_checked(knowledge, text, "F503", fires)


# --- a sentence opening on the named thing, `of that` naming the sentence before's amount


@pytest.mark.parametrize("share,fires", [("a quarter", False), ("nearly half", True)])
def test_a_share_of_that_takes_the_sentence_before_s_amount(knowledge, share, fires):
    text = (
        "Games studio lands publisher deal\n\n"
        "Pixelmoor, a games studio in Dundee, has agreed a deal with a Tokyo publisher, it said on Monday.\n\n"
        "The deal is worth £800,000 over three years. The studio's turnover was £3.2 million in its last "
        f"financial year. The new deal on its own is worth {share} of that."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("about 25 per cent", False), ("about 40 per cent", True)])
def test_a_level_beside_its_change_is_the_whole_of_that(knowledge, share, fires):
    text = (
        "Fishing-rod maker signs $3m order\n\n"
        "Kessel Rods, a fishing-rod maker in Idaho, has signed a $3 million order with a Canadian outfitter.\n\n"
        "Takings rose to $12 million from $10 million, an increase of 20 per cent, and the new order is worth "
        f"{share} of that."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_the_headline_s_value_restated_in_the_body_is_the_part(knowledge):
    text = (
        "Fishing-rod maker signs $3m order\n\n"
        "Kessel Rods, a fishing-rod maker in Idaho, will ship 2,400 rods to a Canadian outfitter.\n\n"
        "The order is worth $3 million, or $1,250 a rod. Takings were $12 million last year, and the order is "
        "worth about 25 per cent of that."
    )
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    share = next(c for c in found if c.text == "about 25 per cent")
    assert (by_id.get(share.share_part), by_id.get(share.share_whole)) == ("$3 million", "$12 million")


# --- near misses: nothing linked


def test_two_pots_in_the_clause_before_leave_the_whole_unsaid(knowledge):
    text = (
        "Fishing-rod maker signs $3m order\n\n"
        "Kessel Rods, a fishing-rod maker in Idaho, has signed a $3 million order with a Canadian outfitter.\n\n"
        "Exports earned $5 million and home sales $7 million, so the order is worth 60 per cent of that."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_subject_the_lead_does_not_name_takes_no_part(knowledge):
    text = (
        "Somerset cider press signs airline deal\n\n"
        "Bramley Press, a cider maker near Taunton, will deliver 96,000 bottles to a regional airline over two "
        "years, it said on Friday.\n\n"
        "The press fills around 400,000 bottles in a normal year, so the new canning line takes 40 per cent of "
        "its capacity."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_price_beside_the_deal_s_value_is_no_rival_value(knowledge):
    text = (
        "Glassworks wins museum order\n\n"
        "Lindqvist Glas will blow 5,000 lamp shades for a museum chain, it said.\n\n"
        "The order is worth 2 million kronor, or 400 kronor a shade. Sales came to 16 million kronor last year, "
        "and the order is worth an eighth of that."
    )
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    share = next(c for c in found if c.text == "an eighth")
    assert by_id.get(share.share_part) == "2 million kronor"


def test_a_share_naming_another_metric_takes_no_whole_of_the_clause(knowledge):
    text = (
        "Kiln works wins hotel tender\n\n"
        "Ostrava Tile, a maker of glazed floor tiles, has won a €400,000 hotel tender, the firm said.\n\n"
        "Its revenue was €2 million last year, so the hotel tender takes 40 per cent of its output."
    )
    assert "F503" not in alarm_rules(knowledge, text)


def test_a_share_of_that_after_a_sentence_of_two_pots_is_unsaid(knowledge):
    text = (
        "Games studio lands publisher deal\n\n"
        "Pixelmoor, a games studio in Dundee, has agreed a £800,000 deal with a Tokyo publisher.\n\n"
        "Console titles brought in £2 million and mobile ones £1.5 million. The deal is worth half of that."
    )
    assert_not_checked(knowledge, text, "F503")


# --- clean paragraphs: figures near a share that are not its members

CLEAN = [
    "Harbour works begin\n\nThe port authority will dredge 120,000 cubic metres this winter, it said.\n\n"
    "The berths handle 2,000 ships a year, so the new channel will serve about a third of the fleet's visits.",
    "Choir tours Norway\n\nThe Wexley choir will sing 14 concerts in Norway in May.\n\n"
    "The choir has 60 singers, and the tour is its first abroad; about half of the members have never flown.",
    "Rail line reopens\n\nThe valley line reopened on Monday after a 14-week closure.\n\n"
    "Trains carried 800,000 passengers last year, and the operator expects roughly a fifth more this year.",
    "Bakery expands\n\nCrumb & Co will open a third shop in March, the owners said.\n\n"
    "The firm sold 1.2 million loaves in 2025; the new shop will sell sourdough, which is about 30 per cent of "
    "its range.",
    "Council sets budget\n\nThe district council has set a budget of £48 million for next year.\n\n"
    "Spending on roads rose to £6 million from £5 million, and the council said a quarter of residents had "
    "answered its survey.",
    "Dairy signs cheese order\n\nA dairy in Cantal will supply 40 tonnes of cheese to a Paris chain.\n\n"
    "The herd numbers 300 cows, so the order means about half of the milkers work all winter.",
    "Boatyard wins ferry contract\n\nA Clyde boatyard has won a £9 million contract for two ferries.\n\n"
    "The yard employs 140 people, and the contract is worth about a third of its order book, managers said.",
    "School roll grows\n\nHillcrest primary has 420 pupils this term, up from 390.\n\n"
    "The school has 18 classes, so the new wing adds about a tenth of the rooms it needs.",
    "Sawmill buys forest\n\nA sawmill in Värmland has bought 2,500 hectares of forest for 90 million kronor.\n\n"
    "The mill saws 400,000 cubic metres a year, and its owners said the purchase covers roughly a fifth of its "
    "needs for timber.",
    "Orchard harvest\n\nThe cooperative picked 6,000 tonnes of apples this autumn.\n\n"
    "It has 85 growers, and the new cold store holds about a quarter of the fruit at any one time.",
    "Museum visitors\n\nThe maritime museum drew 210,000 visitors last year.\n\n"
    "Tickets cost £12, and the gift shop took £400,000; about two-thirds of visitors were from abroad.",
    "Wind farm\n\nThe 40-turbine farm will produce 500 gigawatt-hours a year, the developer said.\n\n"
    "The region uses 3,000 gigawatt-hours, and the company says turbines now meet a sixth of its demand "
    "for power.",
    "Theatre season\n\nThe Playhouse will stage 9 productions this season.\n\n"
    "It sold 52,000 tickets last season; the new studio seats 120, and about half of its shows are new writing.",
    "Farm shop\n\nA farm shop near Ludlow took £640,000 last year.\n\n"
    "It sells 40 kinds of cheese, so the new deli counter will offer about a third of them by the slice.",
    "Ski lifts\n\nThe resort will replace 3 chairlifts at a cost of €14 million.\n\n"
    "It sold 90,000 lift passes last winter, and the new lifts will carry about a fifth more skiers an hour.",
    "Rugby club\n\nThe club's 400 members voted on Tuesday to build a new stand.\n\n"
    "The stand will cost £2 million, so the club has raised roughly half of it from a local grant.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_paragraphs_raise_no_share_alarm(knowledge, text):
    assert not [r for r in alarm_rules(knowledge, text) if r.startswith(("F5", "F3"))]


# --- Korean: a share drawn from a pool (`W 가운데 S가`), its part the story's own amount of the pool's unit


@pytest.mark.parametrize("share,fires", [("25%", False), ("40%", True)])
def test_ko_a_share_of_a_pool_takes_the_lead_s_amount(knowledge, share, fires):
    text = (
        "한빛유리공방, 호텔 체인에 유리컵 납품\n\n"
        "전남 목포의 한빛유리공방은 서울의 한 호텔 체인에 유리컵 2만 개를 납품하는 계약을 맺었다고 3일 밝혔다.\n\n"
        f"공방이 한 해에 만드는 유리컵 8만 개 가운데 {share}가 이 호텔로 가게 된다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("75%", False), ("50%", True)])
def test_ko_a_share_of_a_budget_takes_the_story_s_one_sum(knowledge, share, fires):
    text = (
        "누리군, 빈집 정비 60채 마쳐\n\n"
        "강원 누리군은 올해 빈집 60채를 정비했다고 5일 밝혔다.\n\n"
        "정비에 든 돈은 모두 4억5천만 원으로, 한 채에 평균 750만 원꼴이다.\n\n"
        f"올해 예산 6억 원 중 10월까지 {share}를 쓴 셈이다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_ko_a_pool_whose_share_is_apposed_to_its_part_keeps_that_part(knowledge):
    text = (
        "섬마을 버스 무료화\n\n"
        "해나군은 섬마을 버스 요금을 없애기로 했다고 2일 밝혔다.\n\n"
        "필요한 돈 12억 원 가운데 도가 절반인 6억 원을 낸다."
    )
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    share = next(c for c in found if c.text.startswith("절반"))
    assert (by_id.get(share.share_part), by_id.get(share.share_whole)) == ("6억 원", "12억 원")


def test_ko_two_sums_in_the_story_leave_the_pool_s_part_unsaid(knowledge):
    text = (
        "누리군, 빈집 정비 60채 마쳐\n\n"
        "강원 누리군은 올해 빈집 60채를 정비했다고 5일 밝혔다.\n\n"
        "철거에 2억 원, 수리에 3억 원이 들었다.\n\n"
        "올해 예산 6억 원 중 80%를 쓴 셈이다."
    )
    assert_not_checked(knowledge, text, "F503")


KO_CLEAN = [
    "바다목장 전복 출하\n\n남해군은 올해 전복 40톤을 출하했다고 밝혔다.\n\n"
    "양식장은 모두 25곳으로, 이 가운데 절반가량이 마을 어촌계가 운영한다.",
    "작은도서관 개관\n\n해솔동에 작은도서관이 문을 열었다.\n\n"
    "장서 1만2천 권 가운데 어린이 책이 많고, 열람석은 48석이다.",
    "청년 창업 지원\n\n시는 청년 창업가 120명에게 임대료를 지원한다.\n\n"
    "지원 예산 9억 원 중 상당 부분은 내년에 집행된다.",
]


@pytest.mark.parametrize("text", KO_CLEAN)
def test_ko_clean_paragraphs_raise_no_share_alarm(knowledge, text):
    assert not [r for r in alarm_rules(knowledge, text) if r.startswith(("F5", "F3"))]
