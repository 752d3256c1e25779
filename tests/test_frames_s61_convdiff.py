"""Equivalents of foreign prices and the gaps measured from them (sixty-first session, lane convdiff).

- `the order comes to` after a conversion's note names the deal's total, no unit of it; one total stated twice (a
  heading and the lead) is one total; `or roughly £X for each €Y boat`: the equivalent of the price after it.
- `at NOK 7,000 a cubic metre, about £550 at Monday's rate`: the equivalent apposed to the price of one right before it,
  not the total.
- `about £172,000 for the pavilion and about £1,380 a square metre`: `and` before a second hedged amount ends the
  total's equivalent.
- A gap apposed to its level with no figure compared with named: `£44 a session, or £36 …, £8 less` (the other amount
  joined by `or`); `had quoted £610 a cubic metre, £60 more` (the equivalent of the price per the same unit before).
- Korean: `한 개 납품가는` names the price of one; the rate written in the note's parenthesis (`기준환율(1링깃당 약
  347.8원)로`) is the equivalent of one unit; an amount after `모두` is the total, no price of one; a count before the
  equivalent (`4대에 약`) is no figure of another currency.
- Korean gaps: `…으로, 수출가가 3천200원 높다` (the export price as the subject of the gap after the home price);
  `국내 판매가 5만원보다 7천원 비싸다` after a sentence stating only equivalents (its last is the level); `두껍다`,
  `얇다` as gap words.

Every sentence is written for this file, with invented places, names and numbers; the rates are the frame day's.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, assert_not_fired, assert_not_linked, claims, conversion_role

CONVERSION, DIFFERENCE = "F202", "F305"


def _role(knowledge, text: str, written: str) -> tuple[str, str | None]:
    return conversion_role(knowledge, text, written, published=FRAME_DAY)


def _gap(knowledge, text: str, written: str) -> tuple[str | None, str | None]:
    """The texts of the level and the figure compared with of the change written so (None where unlinked)."""
    found = claims(text, knowledge, published=FRAME_DAY).claims
    by_id = {c.id: c.text for c in found}
    claim = next(c for c in found if c.text == written)
    return by_id.get(claim.change_of), by_id.get(claim.compared_to)


# on the frame day: €62,000 is about £53,150; €31,000 about £26,570; NOK 7,000 about £546; DKK 1,500,000 about
# £172,000; 20만 링깃 about 6천957만원; 3천200 스위스프랑 about 563만원; 8유로 about 1만3천160원; 150즐로티 about
# 5만7천300원
_ROWING = (
    "Tarnbury rowers order €62,000 boats from Italy\n\nTarnbury's rowing club has ordered two racing boats from a yard "
    "near Como at a cost of €62,000. At Monday's exchange rate the order comes to {total}, or {each} for each "
    "€31,000 boat."
)
_LARCH = (
    "The Fellside trust has placed an order worth NOK 280,000 with a sawmill near Alesund. The trust is buying 40 "
    "cubic metres of larch at NOK 7,000 a cubic metre, {eq} at Monday's rate. A Cumbrian merchant had quoted £610 "
    "a {unit}, {gap} more."
)
_PAVILION = (
    "The new pavilion, with a floor area of 125 square metres, costs DKK 1,500,000, or DKK 12,000 a square metre. "
    "At Monday's exchange rate that comes to {eq} for the pavilion and {after}."
)


@pytest.mark.parametrize(
    ("text", "holds", "broken", "source"),
    [
        # the order as the topic after the note; the total stated in the heading and again in the lead
        (_ROWING.format(total="{eq}", each="roughly £26,600"), "about £53,100", "about £58,100", "€62,000"),
        # `for each` and a price of another currency right after the equivalent
        (_ROWING.format(total="about £53,100", each="{eq}"), "roughly £26,600", "roughly £29,600", "€31,000"),
        # apposed to the price of one right before it, the note after it
        (_LARCH.format(eq="{eq}", unit="cubic metre", gap="£60"), "about £550", "about £650", "NOK 7,000"),
        # `and` before a second hedged amount closes the total's equivalent
        (
            _PAVILION.format(eq="{eq}", after="about £1,380 a square metre"),
            "about £172,000",
            "about £192,000",
            "DKK 1,500,000",
        ),
    ],
)
def test_equivalents(knowledge, text, holds, broken, source):
    assert _role(knowledge, text.format(eq=holds), holds) == ("conversion", source)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_the_apposed_equivalent_is_no_totals(knowledge):
    text = _LARCH.format(eq="about £550", unit="cubic metre", gap="£60")
    assert _role(knowledge, text, "about £550")[1] != "NOK 280,000"


_NOT_EQUIVALENTS = [
    # `for each` with no conversion named: what is raised for what is given
    ("The appeal raised about £300 for each €500 given by the twin town.", "about £300"),
    # two totals of different amounts before the note: which one, unsaid
    (
        "The club has ordered a boat at €62,000 and a trailer at €9,000. At Monday's exchange rate the order comes "
        "to about £61,000.",
        "about £61,000",
    ),
    # `and` before an unhedged amount of another thing
    (_PAVILION.format(eq="about £172,000", after="£1,380 for the roof"), "£1,380"),
]


@pytest.mark.parametrize(("text", "written"), _NOT_EQUIVALENTS)
def test_near_misses_are_no_equivalents(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"


def test_the_second_equivalent_after_and(knowledge):
    text = _PAVILION.format(eq="about £172,000", after="about £1,380 a square metre")
    assert _role(knowledge, text, "about £1,380") == ("conversion", "DKK 12,000")


# gaps apposed to their level
_SESSIONS = "Members pay £44 a session, or £36 if they are still at school, {gap} less."


@pytest.mark.parametrize(
    ("text", "holds", "broken", "level", "compared"),
    [
        (_SESSIONS, "£8", "£5", "£36", "£44"),
        (_LARCH.format(eq="about £550", unit="cubic metre", gap="{gap}"), "£60", "£90", "£610", "about £550"),
    ],
)
def test_apposed_gaps(knowledge, text, holds, broken, level, compared):
    assert _gap(knowledge, text.format(gap=holds), holds) == (level, compared)
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the second amount joined by `and`: another thing's price, no alternative
        ("Members pay £44 a session, or £36 if they are still at school, £8 less than last year.", "£8"),
        # a price per another unit than the equivalent's
        (_LARCH.format(eq="about £550", unit="load", gap="£60"), "£60"),
    ],
)
def test_apposed_gap_near_misses(knowledge, text, written):
    assert _gap(knowledge, text, written)[1] is None


# Korean
_JELLY = (
    "물안개마을 영농조합이 말레이시아 페낭의 편의점 체인과 곤약 젤리 4만 개를 공급하는 계약을 맺었다. 한 개 "
    "납품가는 5링깃, 계약 총액은 20만 링깃이다. 5일 유럽중앙은행 기준환율(1링깃당 {rate})로 따지면 총액은 "
    "{total}, 한 개에 {one}이다."
)
_CANDY = (
    "달빛군 청년회가 스위스 루체른에서 솜사탕 기계 4대를 들여왔다. 한 대 값은 3천200 스위스프랑, 모두 1만2천800 "
    "스위스프랑이다. 5일 유럽중앙은행 기준환율로 환산하면 한 대에 {one}, 4대에 {total}이다."
)


@pytest.mark.parametrize(
    ("text", "holds", "broken", "source"),
    [
        (
            _JELLY.format(rate="약 347.8원", total="{eq}", one="약 1천740원"),
            "약 6천960만원",
            "약 7천960만원",
            "20만 링깃",
        ),
        (_JELLY.format(rate="약 347.8원", total="약 6천960만원", one="{eq}"), "약 1천740원", "약 2천740원", "5링깃"),
        (_CANDY.format(one="{eq}", total="약 2천250만원"), "약 563만원", "약 663만원", "3천200 스위스프랑"),
        (_CANDY.format(one="약 563만원", total="{eq}"), "약 2천250만원", "약 2천650만원", "1만2천800 스위스프랑"),
    ],
)
def test_korean_equivalents(knowledge, text, holds, broken, source):
    assert _role(knowledge, text.format(eq=holds), holds) == ("conversion", source)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_the_rate_written_in_the_notes_parenthesis(knowledge):
    # (one unit written as `1`: its equivalent is the rate, too coarse to be checked, but no price's equivalent)
    text = _JELLY.format(rate="약 347.8원", total="약 6천960만원", one="약 1천740원")
    assert _role(knowledge, text, "약 347.8원") == ("conversion", "1링깃")


def test_a_total_after_its_mark_is_no_price_of_one(knowledge):
    text = _CANDY.format(one="약 563만원", total="약 2천250만원")
    assert _role(knowledge, text, "약 2천250만원") == ("conversion", "1만2천800 스위스프랑")


_WINE = (
    "솔내양조장이 핀란드 탐페레의 수입사에 약주 5천 병을 수출한다. 수출가는 한 병에 8유로, 모두 4만 유로다. 5일 "
    "유럽중앙은행 기준환율을 적용하면 총액은 약 6천580만원, 병당 약 1만3천200원이다. 양조장이 국내에서 받는 값은 "
    "한 병 1만500원으로, {subject} {gap} 높다."
)
_STOOLS = (
    "산들공방이 폴란드 브로츠와프의 소품점에 원목 의자 800개를 판다. 개당 납품가는 150즐로티로 전체 12만 "
    "즐로티다. 5일 유럽중앙은행 기준환율로 환산하면 총액은 약 4천580만원, 한 개에 약 5만7천원이다. 국내 판매가 "
    "5만원보다 {gap} 비싸다."
)
_ICE = "참샘군 썰매장의 얼음 두께는 평균 12㎝로, 자체 안전 기준인 8㎝보다 {gap} {word} 유지했다."


@pytest.mark.parametrize(
    ("text", "holds", "broken", "level", "compared"),
    [
        (_WINE.format(subject="수출가가", gap="{gap}"), "2천700원", "4천700원", "약 1만3천200원", "1만500원"),
        (_STOOLS, "7천원", "1만7천원", "약 5만7천원", "5만원"),
        (_ICE.format(gap="{gap}", word="두껍게"), "4㎝", "6㎝", "12㎝", "8㎝"),
    ],
)
def test_korean_gaps(knowledge, text, holds, broken, level, compared):
    assert _gap(knowledge, text.format(gap=holds), holds) == (level, compared)
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # another thing as the subject of the gap: no price abroad named
        _WINE.format(subject="운송비가", gap="2천700원"),
        # `두께의`: a noun, no comparative
        _ICE.format(gap="4㎝", word="두께의 얼음으로"),
    ],
)
def test_korean_gap_near_misses(knowledge, text):
    assert_not_linked(knowledge, text, DIFFERENCE)


# review: the equivalent of each right after the note's clause or the equivalent before it, of a price naming its unit
_KILNS = "Penrick school buys six French kilns for €12,000. At Tuesday's rate that is about £10,300, or {each} kiln."


def test_the_equivalent_of_each_after_the_total(knowledge):
    holds, broken = "roughly £1,710 for every €2,000", "roughly £2,710 for every €2,000"
    assert _role(knowledge, _KILNS.format(each=holds), "roughly £1,710") == ("conversion", "€2,000")
    assert_checked(knowledge, _KILNS.format(each=holds), CONVERSION, fires=False)
    assert_checked(knowledge, _KILNS.format(each=broken), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a clause of its own between the note's equivalent and the amount: what the farm spends on servicing
        (
            "Kestle farm buys eight Swiss milking robots for CHF 400,000. At Friday's rate that is about £366,000, "
            "and the farm will spend roughly £4,000 for each CHF 50,000 robot on servicing.",
            "roughly £4,000",
        ),
        # the price after `for each` names no unit closing its clause: a ratio of spending to a grant
        (
            "At Tuesday's rate the school spent about £10,300, roughly £3 for each €1 of its grant in fees.",
            "roughly £3",
        ),
    ],
)
def test_near_misses_of_each(knowledge, text, written):
    assert _role(knowledge, text, written)[0] != "conversion"
    assert_not_fired(knowledge, text, CONVERSION)


# review: the alternative a gap is measured from is per the level's unit; one price per the noun before
_PASS = "A day pass costs £30 a person, or £42 with the museum, {gap} more."
_SPRUCE = (
    "The Moorend trust is buying 20 cubic metres of spruce at NOK 8,000 a cubic metre, about £625 at Tuesday's rate. "
    "A Yorkshire merchant had quoted £700 a cubic metre, {gap} more."
)


@pytest.mark.parametrize(
    ("text", "holds", "broken", "level", "compared"),
    [(_PASS, "£12", "£30", "£42", "£30"), (_SPRUCE, "£75", "£175", "£700", "about £625")],
)
def test_apposed_gaps_reviewed(knowledge, text, holds, broken, level, compared):
    assert _gap(knowledge, text.format(gap=holds), holds) == (level, compared)
    assert_checked(knowledge, text.format(gap=holds), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap=broken), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a price per another unit (a year against a month): the gap is from twelve months', unsaid
        ("The gym costs £40 a month, or £400 a year, £80 less.", "£80"),
        # two prices per the noun in the sentence before: which one the quote is measured from, unsaid
        (
            "The trust buys spruce at NOK 8,000 a cubic metre, about £625, and oak at NOK 12,000 a cubic metre, about "
            "£940 at Tuesday's rate. A Yorkshire merchant had quoted £700 a cubic metre, £75 more.",
            "£75",
        ),
    ],
)
def test_apposed_gap_near_misses_reviewed(knowledge, text, written):
    assert _gap(knowledge, text, written)[1] is None
    assert_not_fired(knowledge, text, DIFFERENCE)
