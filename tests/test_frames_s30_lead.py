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
from test_frames import assert_checked

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
