"""Counts times prices (fortieth session, lane `ratio`): a count of units at a price each and the total it comes to,
read in more of the wordings copy uses, and the count read apart when the price and its total stand alone.

- An amount appended to a price per unit is named the total it comes to by a restating word alone when it closes its
  clause (`at £7 a jar, or £8,400, and …`, `at £30 each, also £6,000.`: `[link.appended_total_restating]`), or by a
  deal's noun after it (`at £9,800 each, a £1.96m contract`: `[link.appended_total_nouns]`); two such priced lots
  coordinated in one sentence are read each with its own count (checker/link/restated_per_unit.py).
- A deal's total before the count it buys and the price each (`a £756,000 contract to fit 180 boilers at £4,200
  each`) is the count times the price (checker/link/totals_from_priced_counts.py).
- A price and the total it comes to in one sentence with no count there (`Entry costs £90 a club, bringing in
  £3,600`) are of the count the noun names before, read as a count apart is (the nearest within two sentences,
  further back the one the article states under the noun); a count each unit holds (`five clubs each`) or a rise's
  size (`eight extra clubs`: `[link.increment_counters]`) is no such count (`CountsApart`,
  checker/link/per_unit_apart.py). A guess: a mismatch is a warning.
- A pace over a stated span (`15 boilers a month for 10 months, 150 boilers in all`, `여섯 달 동안 한 달에 300자루씩
  모두 1천800자루`) comes to the total of its sentence: the amount per a month, week or day times the span's periods
  (checker/link/paces.py, `[link.pace_terms_month]` and the week's and day's); the span may stand in the sentence
  before, of the same paragraph (a guess).

- Korean lots priced each (`N개는 X씩 (쳐서) T`) and lots named by a label whose count the sentence before states
  (`목걸이 300점과 반지 200점이다. 목걸이는 …, 반지는 30파운드씩 6천 파운드어치다`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

PER_UNIT, PER_PERIOD = "F317", "F312"


def _result(knowledge, text: str, rule: str = PER_UNIT):
    return findings(knowledge, document(text, published=dt.date(2026, 3, 4)), select=[rule], show_passed=True)


def _checked(knowledge, text: str, fires: bool, rule: str = PER_UNIT) -> None:
    """The rule fires on the text, or (when it must not) lists the relation as checked and holding."""
    result = _result(knowledge, text, rule)
    assert (rule in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert rule in [p.rule for p in result.passed], "the relation was not checked at all"


def _passed_with(knowledge, text: str, members: set[str]) -> bool:
    result = _result(knowledge, text)
    return any(
        members <= {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in result.passed
        if item.rule == PER_UNIT
    )


def _not_linked(knowledge, text: str, member: str) -> None:
    """No per-unit relation, passed or reported, touches the member."""
    result = _result(knowledge, text)
    for item in [*result.passed, *result.findings]:
        if item.rule != PER_UNIT:
            continue
        spans = {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        assert member not in spans, spans


# ---------------------------------------------------------------- an amount appended after a restating word


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brackwater pottery will ship 300 jugs at £25 each, also £{total}.",
        "The Brackwater pottery will ship 300 jugs at £25 a jug, or £{total}, before the spring fair.",
        "Orrin Kilns sold 300 jugs at £25 apiece, or £{total}.",
        "The Brackwater pottery will ship 300 jugs at £25 each, a £{total} order.",
        "Harle Joinery will supply 300 gates at £25 each, a £{total} contract, the firm said.",
    ],
)
@pytest.mark.parametrize("total,fires", [("7,500", False), ("9,500", True)])
def test_an_amount_restated_after_a_price_each(knowledge, sentence, total, fires):
    _checked(knowledge, "Pottery order\n\n" + sentence.format(total=total), fires)


@pytest.mark.parametrize("second,fires", [("8,550", False), ("9,550", True)])
def test_two_priced_lots_coordinated(knowledge, second, fires):
    text = (
        "Mill order\n\nThe Tallow Mill sold 2,100 sacks of oats at £6 a sack, or £12,600, and 900 sacks of rye at "
        f"£9.50, or £{second}."
    )
    _checked(knowledge, text, fires)
    assert _passed_with(knowledge, text, {"2,100 sacks", "£6", "£12,600"})


@pytest.mark.parametrize("second,fires", [("9,000", False), ("11,000", True)])
def test_two_lots_each_with_each(knowledge, second, fires):
    text = (
        "Gate order\n\nBrook Joinery will build six oak gates for a manor at €2,250 each, or €13,500, and ten pine "
        f"gates for a farm at €900 each, or €{second}."
    )
    _checked(knowledge, text, fires)
    assert _passed_with(knowledge, text, {"six oak gates", "€2,250", "€13,500"})


def test_two_lots_also_named(knowledge):
    text = (
        "Dairy order\n\nThe Fenlow dairy will deliver 4,000 cheeses at €12 apiece, also €48,000, and 2,000 pats of "
        "butter at €3, also €6,000."
    )
    assert _passed_with(knowledge, text, {"4,000 cheeses", "€12", "€48,000"})
    assert _passed_with(knowledge, text, {"2,000 pats", "€3", "€6,000"})


def test_an_amount_with_words_after_it_is_no_total(knowledge):
    # (`, or $35,000 last year`: words after the amount date it on its own; no total of the price)
    _not_linked(
        knowledge, "Kit sales\n\nThe Orme firm charges $180 each, or $35,000 last year, for 200 kits.", "$35,000"
    )


def test_a_loss_is_no_deal(knowledge):
    _not_linked(
        knowledge, "Lamp sales\n\nThe Orme works sold 300 lamps at $40 each, a $12,000 loss on the year.", "$12,000"
    )


# ---------------------------------------------------------------- a deal's total before its count


@pytest.mark.parametrize(
    "sentence",
    [
        "Harlow Works won a £{total} contract to fit 180 boilers at £4,200 each.",
        "Harlow Works signed a £{total} deal to supply its 180 boilers at £4,200 a boiler.",
        "Harlow Works took a £{total} order for 180 boilers at £4,200 each.",
    ],
)
@pytest.mark.parametrize("total,fires", [("756,000", False), ("856,000", True)])
def test_a_deals_total_before_its_count(knowledge, sentence, total, fires):
    _checked(knowledge, "Boiler contract\n\n" + sentence.format(total=total), fires)


def test_a_deal_for_units_of_another_noun(knowledge):
    _not_linked(knowledge, "Plates\n\nThe studio signed a €9,000 deal to supply 600 plates at €15 a bowl.", "€9,000")


# ---------------------------------------------------------------- the count stated before the price and its total


@pytest.mark.parametrize(
    "lead",
    [
        "The Vale Darts League will field 40 clubs next season, up 25% from 32, its committee said.",
        "The Vale Darts League will field 40 clubs next season, its committee said.\n\nThe clubs will be split into "
        "four divisions of 10. The league's eight venues will host five clubs each.",
    ],
)
@pytest.mark.parametrize("total,fires", [("3,600", False), ("4,600", True)])
def test_a_price_and_its_total_of_a_count_before(knowledge, lead, total, fires):
    text = f"Darts league grows\n\n{lead}\n\nEntry costs £90 a club, bringing in £{total} for trophies."
    _checked(knowledge, text, fires)
    result = _result(knowledge, text)
    assert all(f.severity == "warning" for f in result.findings)  # (read across sentences: a guess)


def test_a_rise_is_no_count_of_the_units(knowledge):
    text = (
        "Fair grows\n\nThe Ashmere fair drew 9,000 visitors this year, up from 7,500.\n\nThe 1,500 extra visitors came "
        "mostly by train.\n\nCollection buckets raised £4,500, an average of 50p a visitor."
    )
    assert _passed_with(knowledge, text, {"9,000 visitors", "£4,500", "50p"})
    result = _result(knowledge, text)
    assert not result.findings, [f.message for f in result.findings]


def test_a_count_of_another_noun_before_is_none(knowledge):
    # (`five players a club, some 200 players`: the noun is the other figure's mark, no count of clubs)
    text = (
        "Darts league\n\nWith five players a club, some 200 players will take part.\n\n"
        "Entry costs £90 a club, bringing in £3,600 for trophies."
    )
    _not_linked(knowledge, text, "some 200 players")


# ---------------------------------------------------------------- Korean: a price given each unit, then its total


@pytest.mark.parametrize(
    "sentence",
    [
        "큰 바구니 500개를 2만 엔씩 모두 {total} 엔에 판다.",
        "큰 바구니 500개는 2만 엔씩 {total} 엔어치다.",
        "주문은 두 가지다. 큰 바구니 300개는 한 개에 3만 엔씩 900만 엔이고, "
        "작은 바구니 500개는 2만 엔씩 쳐서 {total} 엔이다.",
        "큰 바구니 300개는 한 개 3만 엔씩 900만 엔이고, 작은 바구니 500개는 2만 엔씩 {total} 엔이다.",
        "큰 바구니 300개는 한 개에 3만 엔씩 900만 엔, 작은 바구니 500개는 2만 엔씩 {total} 엔어치다.",
    ],
)
@pytest.mark.parametrize("total,fires", [("1천만", False), ("1천500만", True)])
def test_a_price_given_each_then_its_total_ko(knowledge, sentence, total, fires):
    _checked(knowledge, "누리 공방 바구니 수출\n\n" + sentence.format(total=total), fires)


def test_a_price_per_month_is_no_price_each_ko(knowledge):
    # (`매달 1만 원씩`: an amount per month, of a total over some months, not of the count alone)
    _not_linked(knowledge, "누리시 요금\n\n저소득층 3천 가구는 매달 1만 원씩 3천만 원을 감면받는다.", "3천만 원")


def test_a_mark_of_one_unit_is_read_once_ko(knowledge):
    # (`개당 2만 엔씩`: the per-unit readings' own; one relation, not two)
    text = "누리 공방\n\n큰 바구니 500개는 개당 2만 엔씩 1천만 엔이다."
    result = _result(knowledge, text)
    assert len([p for p in result.passed if p.rule == PER_UNIT]) == 1


# ---------------------------------------------------------------- a pace over a stated span


@pytest.mark.parametrize(
    "sentence",
    [
        "Fitters will install 15 boilers a month for 10 months, {total} boilers in all.",
        "Fitters will install {total} boilers, 15 a month for 10 months.",
        "The kiln made {total} tiles over ten months, at 15 a month.",
        "The mill ran for 10 days, turning out 15 sacks a day, {total} sacks in all.",
        "The charity will pay £15 a week for 10 weeks, £{total} in all.",
    ],
)
@pytest.mark.parametrize("total,fires", [("150", False), ("190", True)])
def test_a_pace_over_a_span(knowledge, sentence, total, fires):
    _checked(knowledge, "Boiler scheme\n\n" + sentence.format(total=total), fires, PER_PERIOD)


@pytest.mark.parametrize(
    "text",
    [
        "공방은 여섯 달 동안 한 달에 300자루씩 모두 {total}자루를 만든다.",
        "공방은 부채 {total}자루를 여섯 달에 걸쳐 매달 300자루씩 만든다.",
        "썰매장은 6일간 하루 300명씩 {total}명이 이용했다.",
        "썰매장을 6일 동안 운영한다. 목표는 {total}명으로, 하루 평균 300명이다.",
        "공장은 하루 300상자를 포장해 6일이 걸려 {total}상자를 채운다.",
    ],
)
@pytest.mark.parametrize("total,fires", [("1천800", False), ("2천400", True)])
def test_a_pace_over_a_span_ko(knowledge, text, total, fires):
    _checked(knowledge, "누리 공방\n\n" + text.format(total=total), fires, PER_PERIOD)


def test_a_pace_beside_a_count_of_payers_is_none(knowledge):
    # (`£15 a week from each of 90 members`: the total is over the members too)
    text = "Swim club\n\nThe club takes £15 a week from each of its 90 members over 10 weeks, £13,500 in all."
    result = _result(knowledge, text, PER_PERIOD)
    assert not result.findings, [f.message for f in result.findings]


def test_two_spans_leave_the_term_unsaid(knowledge):
    text = "Mill\n\nThe mill ran 20 days in May and 10 days in June, turning out 400 sacks a day, 12,000 sacks in all."
    result = _result(knowledge, text, PER_PERIOD)
    assert not result.findings and not result.passed


def test_a_span_in_the_paragraph_before_is_none_ko(knowledge):
    text = "누리 썰매장\n\n썰매장을 80일 동안 운영한다.\n\n목표는 5만 명으로, 하루 평균 500명이다."
    result = _result(knowledge, text, PER_PERIOD)
    assert not result.findings and not result.passed


# ---------------------------------------------------------------- Korean: lots named by label, counted before


@pytest.mark.parametrize("second,fires", [("6천", False), ("9천", True)])
def test_lots_named_by_their_labels_ko(knowledge, second, fires):
    text = (
        "누리 공방 납품\n\n주문 품목은 목걸이 300점과 반지 200점이다. 목걸이는 한 점에 50파운드씩 1만5천 파운드, "
        f"반지는 30파운드씩 {second} 파운드어치다."
    )
    _checked(knowledge, text, fires)
    assert _passed_with(knowledge, text, {"300점", "50파운드", "1만5천 파운드"})


@pytest.mark.parametrize("second,fires", [("1만5천", False), ("2만5천", True)])
def test_lots_labelled_with_a_subject_particle_ko(knowledge, second, fires):
    text = (
        "누리 한과 수출\n\n품목별로는 약과가 2만 상자, 유과가 1만 상자다. 약과는 한 상자에 2유로씩 4만 유로, "
        f"유과는 1.5유로씩 {second} 유로어치다."
    )
    _checked(knowledge, text, fires)


def test_a_label_naming_no_count_links_nothing_ko(knowledge):
    # (`팔찌는`: no count of that label stated; the count of another label is none of its)
    text = "누리 공방 납품\n\n주문 품목은 목걸이 300점이다. 팔찌는 30파운드씩 6천 파운드어치다."
    _not_linked(knowledge, text, "300점")


@pytest.mark.parametrize("second,fires", [("1만5천", False), ("4만5천", True)])
def test_a_labelled_lot_is_its_line_not_the_whole_ko(knowledge, second, fires):
    # (the whole stated first: the label names the line, whose count the price is of, not the whole's)
    text = (
        "누리 한과 수출\n\n누리 한과는 약과와 유과 3만 상자를 수출한다. 품목별로는 약과가 2만 상자, 유과가 1만 상자다. "
        f"약과는 한 상자에 2유로씩 4만 유로, 유과는 1.5유로씩 {second} 유로어치다."
    )
    _checked(knowledge, text, fires)


# ---------------------------------------------------------------- `Each NOUN paid £P, raising £T`, the count before


@pytest.mark.parametrize(
    "sentence",
    [
        "Each runner paid £15 to enter, raising £{total} for the village hall.",
        "Each runner paid an entry fee of £15, raising £{total}.",
        "Every runner paid £15, bringing in £{total} for the rescue team.",
    ],
)
@pytest.mark.parametrize("total,fires", [("6,000", False), ("7,000", True)])
def test_each_noun_paid_then_the_total_raised(knowledge, sentence, total, fires):
    text = "Fell race\n\nA record 400 runners started the Ashgill race on Saturday.\n\n" + sentence.format(total=total)
    _checked(knowledge, text, fires)


def test_each_noun_paid_with_two_counts_of_the_noun_before(knowledge):
    # (400 runners started, 350 finished: which paid, not said)
    text = (
        "Fell race\n\nA record 400 runners started the Ashgill race, and 350 runners finished.\n\n"
        "Each runner paid £15 to enter, raising £6,000 for the village hall."
    )
    _not_linked(knowledge, text, "£6,000")
