"""Crowns named by a city (fifty-third session, the lead).

- `kroner` and `krone` are Norway's and Denmark's, `krona` Sweden's and Iceland's: an English article that names one of
  those countries as a place (`in Norway`) decides the bare word as Korean copy's `크로네` already was
  (`[bare_currency_words] countries`).
- An article naming no country of the word, but its cities or its adjective, all of one currency (`a ferry company in
  Trondheim`, `a Norwegian hotel chain`, `트론헤임의 업체`), writes that currency (`places`). Cities or adjectives of
  two of its currencies (`a Bergen shop run by a Danish-born potter`) leave the word undecided: no amount; a country's
  own name not as a place (`멕시코 음식점`) still decides nothing.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

CONVERSION = "F202"

# 640,000 NOK is about £49,900 on the frame day, 640,000 DKK about £73,400; 7,400 DKK about £849, 7,400 NOK about £578;
# 85,000 ISK about £514, 85,000 SEK about £6,646
_BY_CITY = [
    (
        "Carvers\n\nA Hollin workshop has won an order worth 640,000 kroner, about £{eq}, from a ferry company in "
        "Trondheim.",
        "49,900",
        "73,400",
    ),
    (
        "Lamps\n\nA Norwegian hotel chain has ordered 400 lamps from a Hollin forge for 640,000 kroner, about £{eq}.",
        "49,900",
        "73,400",
    ),
    ("Jugs\n\nA Copenhagen café bought a Hollin potter's jugs at 7,400 kroner, about £{eq}, a dozen.", "850", "578"),
    ("Prints\n\nA Reykjavik gallery sells each of the Hollin prints for 85,000 krona, about £{eq}.", "514", "6,646"),
    ("Prints\n\nA Hollin printer sells each print in Iceland for 85,000 krona, about £{eq}.", "514", "6,646"),
    (
        "트론헤임에 목마 수출\n\n가람시 공방이 트론헤임의 놀이공원으로부터 목마 48개, 64만 크로네어치를 주문받았다. "
        "우리 돈으로 약 {eq}이다.",
        "9천590만 원",
        "1억4천80만 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _BY_CITY)
def test_crowns_are_the_currency_of_the_cities_named(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(("eq", "fires"), [("73,400", False), ("49,900", True)])
def test_bare_kroner_naming_no_place_keep_the_default(knowledge, eq, fires):
    text = f"Carvers\n\nA Hollin workshop has won an order worth 640,000 kroner, about £{eq}, from a ferry company."
    assert_checked(knowledge, text, CONVERSION, fires=fires)


_UNDECIDED = [
    # cities or adjectives of two currencies of the word
    "Jugs\n\nA Bergen shop run by a Danish-born potter sells a jug for 7,400 kroner, about £578.",
    "Jugs\n\nA Trondheim buyer has resold a Copenhagen potter's jugs at 7,400 kroner, about £578 each.",
    "Prints\n\nA Stockholm printer sells the Reykjavik gallery's prints for 85,000 krona, about £514.",
    # a country's own name, not as a place, beside a city of the other currency
    "가람시 목마 수출\n\n가람시 공방이 코펜하겐의 노르웨이 음식점으로부터 목마 48개, 64만 크로네어치를 주문받았다. "
    "우리 돈으로 약 9천590만 원이다.",
]


@pytest.mark.parametrize("text", _UNDECIDED)
def test_crowns_of_two_countries_cities_are_no_amount(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)
