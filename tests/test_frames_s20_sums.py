"""Sums (twentieth session), each a rule for a construction:
- a figure in bare cents (`up 15 cents`) beside money of one other currency (`NZ$2.65 … from NZ$2.50`) is a hundredth of
  that currency, not a US cent (checker/link/cents_of_the_currency.py);
- `많아졌다` (became more) after an amount is a rise: `지난해 20.7톤에서 1.3톤 많아졌다` states the change from the
  earlier level ([link.rise_verbs] ko; the bare `많아` of a gap, `B보다 8억 달러 많아`, is no rise);
- a sentence that opens with the noun of a whole and `가운데` / `중` (`Of the takings,`) lists parts of the nearest
  figure before whose own clause names that noun, paragraphs back if need be (checker/link/lists_of_a_named_whole.py):
  an open list (`가운데` picks some), closed where its parts add up;
- a list ending in `the remaining` part is complete, and the figure a verb of accounting for introduces in the parts'
  sentence is the first part, not their whole (checker/link/totals.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ parts listed after the noun of their whole

NAMED_KO = (
    "가람제과는 올해 과자 판매액이 {whole}억원으로 집계됐다고 밝혔다. 영업이익은 41억원이었다. "
    "공장 두 곳의 가동률은 87%였다.\n\n판매액 가운데 비스킷이 {a}억원, 젤리가 {b}억원이었다."
)
NAMED_KO_COUNT = (
    "해오름 수목원을 찾은 관람객이 올해 27만4천명으로 늘었다. 입장료 수입은 9억원이었다. "
    "관람객 중 단체 관람객은 {a}명, 개인 관람객은 {b}명이었다."
)
NAMED_EN = (
    "Tallow Lane Markets reported takings of £{whole}m for the season. Stallholders paid rents of £2.1m. "
    "Footfall rose for a third year.\n\nOf the takings, food stalls brought in £{a}m and craft stalls £{b}m."
)


@pytest.mark.parametrize(
    "template,values",
    [
        (NAMED_KO, {"whole": "366", "a": "214", "b": "152"}),
        (NAMED_KO, {"whole": "366", "a": "214", "b": "98"}),  # some of the whole: an open list
        (NAMED_KO_COUNT, {"a": "11만2천", "b": "16만2천"}),
        (NAMED_EN, {"whole": "8.46", "a": "5.12", "b": "3.34"}),
    ],
)
def test_parts_after_the_noun_of_their_whole_add_up(knowledge, template, values):
    assert_checked(knowledge, template.format(**values), "F302", False)


@pytest.mark.parametrize(
    "template,values",
    [
        (NAMED_KO, {"whole": "366", "a": "214", "b": "252"}),
        (NAMED_KO_COUNT, {"a": "21만2천", "b": "16만2천"}),
        (NAMED_EN, {"whole": "8.46", "a": "5.12", "b": "4.34"}),
    ],
)
def test_parts_after_the_noun_of_their_whole_exceeding_it_are_a_slip(knowledge, template, values):
    assert_checked(knowledge, template.format(**values), "F302", True)


@pytest.mark.parametrize(
    "text",
    [
        # the noun names no figure of the parts' unit before them
        "가람제과는 올해 영업이익이 366억원이었다. 공장 가동률은 87%였다.\n\n"
        "판매액 가운데 비스킷이 214억원, 젤리가 252억원이었다.",
        # the figure the noun names is smaller than a part: no whole of them
        "가람제과의 판매액은 1분기에만 120억원이었다. 영업이익은 41억원이었다.\n\n"
        "판매액 가운데 비스킷이 214억원, 젤리가 252억원이었다.",
        # one figure after the noun is a part, no list
        "관람객이 올해 27만4천명으로 늘었다.\n\n관람객 가운데 단체 관람객은 31만2천명이었다.",
        "Tallow Lane Markets reported rents of £8.46m. Footfall rose.\n\n"
        "Of the takings, food stalls brought in £5.12m and craft stalls £4.34m.",
    ],
)
def test_parts_after_a_noun_that_names_no_whole_before_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# ------------------------------------------------ `the remaining` names the last part the rest of the whole

REMAINING_EN = (
    "Harrow Vale Dairies reported revenue of £57.8m for the year, up from £51.0m. "
    "Milk accounted for £31.4m and cheese for £14.2m, with butter and cream making up the remaining £21.2m."
)
REMAINING_EN_COUNTS = (
    "The county's libraries lent 940,000 items last year. Books accounted for 610,000, audiobooks 170,000 "
    "and the remaining 160,000 were films and games."
)


def test_a_list_ending_in_the_remaining_part_is_closed(knowledge):
    assert_checked(knowledge, REMAINING_EN, "F302", True)
    assert_checked(knowledge, REMAINING_EN_COUNTS, "F302", False)


# ------------------------------------------------ the figure a verb of accounting for introduces is a part, no whole


def test_the_part_a_verb_introduces_is_no_whole_of_the_rest(knowledge):
    text = (
        "The county's libraries lent 940,000 items last year. Books accounted for 610,000 and audiobooks for "
        "170,000, with films and games making up the remaining 160,000."
    )
    assert_checked(knowledge, text, "F302", False)


# ------------------------------------------------ cents of the currency the sentence prices in


@pytest.mark.parametrize(
    "text,broken",
    [
        ("Tarn Valley Dairy paid farmers NZ$2.74 a litre, up 16 cents from NZ$2.58.", False),
        ("Tarn Valley Dairy paid farmers NZ$2.74 a litre, up 26 cents from NZ$2.58.", True),
        ("The average price fell to C$3.12 a kilogram from C$3.47, down 35 cents, as stocks built up.", False),
        ("The average price fell to C$3.12 a kilogram from C$3.47, down 45 cents, as stocks built up.", True),
        ("Wholesale cod averaged €4.36 a kilogram, against €4.09 a year ago, a rise of 27 cents.", False),
    ],
)
def test_cents_beside_another_currency_are_its_hundredths(knowledge, text, broken):
    assert_checked(knowledge, text, "F305", broken)


def test_cents_beside_two_currencies_keep_their_own(knowledge):
    text = "The fare rose to NZ$4.10 and the US fare to $3.20, both up 30 cents."
    cents = next(c for c in claims(text, knowledge).claims if c.text.startswith("30"))
    assert cents.unit == "USD"


# ------------------------------------------------ `많아졌다`: a rise


@pytest.mark.parametrize(
    "text,broken",
    [
        ("한들군의 1㏊당 수확량은 18.4톤으로 지난해 17.6톤에서 0.8톤 많아졌다.", False),
        ("한들군의 1㏊당 수확량은 18.4톤으로 지난해 17.6톤에서 1.8톤 많아졌다.", True),
        ("연구단지 입주 기업은 214곳으로 1년 전 187곳에서 27곳 많아졌다.", False),
    ],
)
def test_grown_more_is_a_rise(knowledge, text, broken):
    assert_checked(knowledge, text, "F305", broken)


# ------------------------------------------------ the whole is the figure the noun names, not another after it (review)


def test_parts_take_the_figure_their_noun_names_not_a_later_clause_of_it(knowledge):
    # the noun's later mention opens a clause whose figure is another noun's (a budget): the whole is the sales
    text = (
        "새벽도예의 판매액은 올해 52억원으로 집계됐다. 판매액이 늘자 군은 지원 예산 43억원을 편성했다. "
        "전시장은 두 곳이다.\n\n판매액 가운데 생활자기가 31억원, 작품자기가 21억원이었다."
    )
    assert_checked(knowledge, text, "F302", False)


def test_a_time_noun_before_jung_names_no_whole(knowledge):
    # `상반기 중` is `during the half`, no whole; the earlier figure is of another metric
    text = (
        "항만공사의 투자 유치액은 지난해 상반기 62억달러였다.\n\n올해 상반기 중 수출은 48억달러, 수입은 39억달러였다."
    )
    assert_not_checked(knowledge, text, "F302")


def test_parts_after_a_long_noun_of_their_whole(knowledge):
    text = (
        "The Brackwater hospice raised donations of £4.30m this year. Volunteers gave 51,000 hours.\n\n"
        "Of the donations, legacies brought in £2.10m and shops £2.95m."
    )
    assert_checked(knowledge, text, "F302", True)
