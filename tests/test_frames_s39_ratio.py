"""Count × price = amount (thirty-ninth session, lane `ratio`): Korean prices listed side by side for labelled kinds
of goods, each kind's count and amount stated under the same label (checker/link/parallel_prices.py).

- `접시가 N1점, 찻잔이 N2점이다. 접시는 한 점에 P1, 찻잔은 P2에 팔려 접시가 T1, 찻잔이 T2어치다`: each kind's amount
  is its count times its price.
- `… P1, … P2를 받아 각각 T1와 T2어치다`: the amounts in the prices' order.
- `관람료는 어른 P1, 어린이 P2이다. … 어른이 N1명, 어린이가 N2명 … 수입은 어른 T1, 어린이 T2`: the amounts and counts
  in the sentences after the prices.

Never joined: an amount named by no kind's label (`수입은 모두 T`: the sum of the products, not one of them), a label
with two counts of different value, one price alone. English copy states such lists by clause
(`900 bowls at £7 each, worth £6,300`), read by checker/link/restated_per_unit.py; it is not read here.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings

PER_UNIT = "F317"


def _items(knowledge, text: str) -> tuple[list[list[str]], list[list[str]]]:
    """The texts each passed and each reported F317 item touches, sorted per item."""
    result = findings(knowledge, document(text), select=[PER_UNIT], show_passed=True)

    def spans(items) -> list[list[str]]:
        return [sorted(text[loc.start : loc.end] for loc in [item.location, *item.related]) for item in items]

    return spans(result.passed), spans([f for f in result.findings if f.rule == PER_UNIT])


def _joined(items: list[list[str]], *members: str) -> bool:
    return any(all(any(member in span for span in item) for member in members) for item in items)


_WARES = (
    "누리공방 수출\n\n누리공방은 접시와 찻잔을 수출한다고 3일 밝혔다.\n\n"
    "접시가 1천200점, 찻잔이 800점이다. 접시는 한 점에 15달러, 찻잔은 9달러에 팔려 접시가 1만8천 달러, "
    "찻잔이 {cups}달러어치다."
)


@pytest.mark.parametrize("cups,holds", [("7천200", True), ("9천200", False)])
def test_labelled_prices_join_their_counts_and_amounts(knowledge, cups, holds):
    passed, reported = _items(knowledge, _WARES.format(cups=cups))
    assert _joined(passed, "15달러", "1만8천 달러", "1천200점")
    assert _joined(passed if holds else reported, "9달러", f"{cups}달러", "800점")
    assert not _joined(reported, "15달러", "1만8천 달러")


_RESPECTIVELY = (
    "다온뜨개 수출\n\n다온뜨개는 털모자와 목도리를 핀란드에 보낸다고 12일 밝혔다.\n\n"
    "털모자가 600개, 목도리가 400개다. 털모자는 한 개에 20유로, 목도리는 35유로를 받아 각각 1만2천 유로와 "
    "{scarves} 유로어치다."
)


@pytest.mark.parametrize("scarves,holds", [("1만4천", True), ("2만4천", False)])
def test_amounts_after_respectively_follow_the_prices_order(knowledge, scarves, holds):
    passed, reported = _items(knowledge, _RESPECTIVELY.format(scarves=scarves))
    assert _joined(passed, "20유로", "1만2천 유로", "600개")
    assert _joined(passed if holds else reported, "35유로", f"{scarves} 유로", "400개")


_GATE = (
    "가람천문관 여름 관람객\n\n가람천문관이 올여름 관람객을 집계해 5일 밝혔다.\n\n"
    "관람료는 어른 5천 원, 어린이 3천 원이다. 올여름 관람객은 어른이 8천 명, 어린이가 6천 명이었다. "
    "관람료 수입은 어른 4천만 원, 어린이 {children} 원이었다."
)


@pytest.mark.parametrize("children,holds", [("1천800만", True), ("2천800만", False)])
def test_amounts_and_counts_stated_in_the_sentences_after_the_prices(knowledge, children, holds):
    passed, reported = _items(knowledge, _GATE.format(children=children))
    assert _joined(passed, "5천 원", "4천만 원", "8천 명")
    assert _joined(passed if holds else reported, "3천 원", f"{children} 원", "6천 명")


def test_an_amount_no_label_names_is_the_sum_not_one_product(knowledge):
    text = (
        "가람천문관 여름 관람객\n\n가람천문관이 올여름 관람객을 집계해 5일 밝혔다.\n\n"
        "관람객은 어른이 8천 명, 어린이가 6천 명이었다. 관람료는 어른 5천 원, 어린이 3천 원으로, 관람료 수입은 "
        "모두 5천800만 원이었다."
    )
    passed, reported = _items(knowledge, text)
    assert not _joined(passed + reported, "5천800만 원", "5천 원")
    assert not _joined(passed + reported, "5천800만 원", "3천 원")


def test_a_label_with_two_counts_is_left_unjoined(knowledge):
    text = (
        "누리공방 수출\n\n누리공방은 접시와 찻잔을 수출한다고 3일 밝혔다.\n\n"
        "접시가 1천200점, 찻잔이 800점이다. 이 가운데 접시 400점은 흰 접시다. 접시는 한 점에 15달러, 찻잔은 "
        "9달러에 팔려 접시가 1만8천 달러, 찻잔이 7천200달러어치다."
    )
    passed, reported = _items(knowledge, text)
    assert not _joined(passed + reported, "15달러", "1만8천 달러")
    assert _joined(passed, "9달러", "7천200달러", "800점")


def test_one_price_alone_is_no_list(knowledge):
    text = (
        "누리공방 수출\n\n누리공방은 접시를 수출한다고 3일 밝혔다.\n\n"
        "접시가 1천200점, 찻잔이 800점이다. 접시는 9달러에 팔려 접시가 7천200달러어치다."
    )
    passed, reported = _items(knowledge, text)
    assert not _joined(passed + reported, "9달러", "7천200달러", "800점")


# -------------------------------------------------------- English: a price applied with `at` to its clause's count

_SYRUP = (
    "Birchwood syrup\n\nA farm near Kettlemoor will send 3,600 bottles of syrup to a Bern food hall.\n\n"
    "Of the bottles, 2,000 are the dark grade at C$22, worth C$44,000, and the other 1,600 are golden syrup at C$17, "
    "worth C${golden}.\n"
)


@pytest.mark.parametrize("golden,holds", [("27,200", True), ("37,200", False)])
def test_a_price_at_joins_its_own_clauses_count_and_worth(knowledge, golden, holds):
    passed, reported = _items(knowledge, _SYRUP.format(golden=golden))
    assert _joined(passed, "C$22", "C$44,000", "2,000")
    assert _joined(passed if holds else reported, "C$17", f"C${golden}", "1,600")
    assert not _joined(passed + reported, "C$22", "1,600")


def test_a_price_each_then_a_price_at_each_with_its_clause(knowledge):
    text = (
        "Slate order\n\nA quarry in Penrith will ship 1,500 slates to a Galway builder.\n\n"
        "Of these, 1,100 slates are roof slates at €6 each, worth €6,600; the other 400 slates are ridge slates at "
        "€14, worth €5,600.\n"
    )
    passed, reported = _items(knowledge, text)
    assert _joined(passed, "€6", "€6,600", "1,100 slates")
    assert _joined(passed, "€14", "€5,600", "400 slates")
    assert not reported


def test_two_counts_in_the_clause_leave_the_price_unjoined(knowledge):
    text = (
        "Crate order\n\nA cooperative in Amblethorpe has shipped apples to Hamburg.\n\n"
        "Its 12 vans carried 2,000 crates at £9, worth £18,000.\n"
    )
    passed, reported = _items(knowledge, text)
    assert not _joined(passed + reported, "£9", "£18,000", "12 vans")


def test_a_price_at_with_no_worth_after_it_is_no_product(knowledge):
    text = (
        "Crate order\n\nA cooperative in Amblethorpe has shipped apples to Hamburg.\n\n"
        "It sent 2,000 crates at £9, and its sales for the year reached £48,000.\n"
    )
    passed, reported = _items(knowledge, text)
    assert not _joined(passed + reported, "£9", "£48,000")
