"""English figures per unit whose total or count the paragraph does not state (twenty-eighth session, lane `unit-en`),
one general reading (checker/link/per_unit_fallback.py):
- a figure per unit (`an average of $X a NOUN`, `the average NOUN … $X`, `$X each`) whose count stands in its
  paragraph and whose paragraph states no other figure of its unit takes the lead's one figure of that unit as its
  total, when the lead is the nearest paragraph before that states that unit (past a headline);
- one whose total stands in its sentence or the one before, alone in its paragraph with no count there, takes the
  lead's one count of the noun its mark names;
- `$X each` is per the one count its own sentence states before it.
Never when a paragraph between states a figure of the unit, the figure's paragraph another figure of it, the lead two,
the figure's sentence a figure of another time or another object, or the count is of another noun.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F317"

LEAD = "Revenue at Tarn Valley Creamery climbed 9% to $27.6 million in the twelve months to June, the dairy reported."
MIDDLE = "Demand was strongest among city delis, the dairy said."
TRAWLERS = "Trawlers working out of Sennock landed fish worth $4.8 million in the season, the harbour board said."


# ---------------------------------------------------------------- the lead's total over a count of the paragraph


@pytest.mark.parametrize("price,fires", [("$3,000", False), ("about $3,000", False), ("$3,600", True)])
def test_a_price_per_noun_takes_the_leads_total(knowledge, price, fires):
    text = f"{LEAD}\n\n{MIDDLE}\n\nThe dairy sold 9,200 wheels of cheese, an average of {price} a wheel."
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("price,fires", [("$3,000", False), ("$2,400", True)])
def test_past_a_headline_the_lead_is_the_first_paragraph_of_the_body(knowledge, price, fires):
    text = (
        "Creamery's revenue climbs to $27.6 million\n\n"
        f"{LEAD}\n\nIt made and sold 9,200 wheels over the twelve months. The average wheel sold for {price}."
    )
    assert_checked(knowledge, text, RULE, fires)


@pytest.mark.parametrize("each,fires", [("$80,000", False), ("roughly $80,000", False), ("$95,000", True)])
def test_each_is_per_the_count_its_own_sentence_states(knowledge, each, fires):
    text = (
        "Trawlers working out of Sennock landed fish worth $4.8 million in the season, the harbour board said.\n\n"
        f"Cod prices held up through the winter.\n\nIts 60 trawlers earned {each} each."
    )
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- the lead's count under a total of the paragraph


@pytest.mark.parametrize("price,fires", [("$40", False), ("about $40", False), ("$52", True)])
def test_a_total_of_the_paragraph_takes_the_leads_count_of_the_noun(knowledge, price, fires):
    text = (
        "Growers at Fenwick Orchards packed 14,000 crates of pears this autumn, the growers' board said.\n\n"
        f"{MIDDLE}\n\nPear sales brought in $560,000, or {price} a crate."
    )
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- near misses: the figures are not related


NOT_RELATED = [
    # a count of another noun than the mark's
    f"{LEAD}\n\n{MIDDLE}\n\nThe dairy employs 230 people, and wheels sold at an average of $3,600 a wheel.",
    # another currency in the lead
    "Revenue at Tarn Valley Creamery climbed 9% to €27.6 million in the twelve months to June, the dairy reported.\n\n"
    f"{MIDDLE}\n\nThe dairy sold 9,200 wheels of cheese, an average of $3,600 a wheel.",
    # `each` after two counts of its sentence
    f"{TRAWLERS}\n\nIts 60 trawlers and 240 deckhands earned $95,000 each.",
    # `each` with a paragraph between stating the unit
    f"{TRAWLERS}\n\nCrab added $0.7 million.\n\nIts 60 trawlers earned $95,000 each.",
    # `each` past another time's figure in its sentence
    f"{TRAWLERS}\n\nIts 60 trawlers earned $95,000 each, up from $70,000 the year before.",
    # `each` of another object
    f"{TRAWLERS}\n\nA separate fleet of 60 trawlers earned $95,000 each.",
    # `each` under a lead of two figures of the unit
    "Sennock's trawlers landed fish worth $4.8 million and burned $1.1 million of fuel, the harbour board said.\n\n"
    "Its 60 trawlers earned $95,000 each.",
    # `each` under a lead in another currency
    "Trawlers working out of Sennock landed fish worth £4.8 million in the season, the harbour board said.\n\n"
    "Its 60 trawlers earned $95,000 each.",
    # `each` in a paragraph stating another figure of the unit
    f"{TRAWLERS}\n\nIts 60 trawlers earned $95,000 each. Fuel cost the fleet $1.1 million.",
    # `each year`, `each of`: no mark of a figure per unit
    f"{TRAWLERS}\n\nIts 60 trawlers earned $95,000 each year.",
    f"{TRAWLERS}\n\nIts 60 trawlers earned $95,000 each of the last three seasons.",
    # `each` with no count in its sentence
    f"{TRAWLERS}\n\nThe trawlers earned $95,000 each.",
    # `each` after a count set beside its share (one part's)
    f"{TRAWLERS}\n\nIts 60 trawlers, 40% of the fleet, earned $95,000 each.",
    # the lead's count of two nouns of one kind: which, unsaid
    "Growers at Fenwick Orchards packed 14,000 crates of pears and 9,000 crates of apples this autumn.\n\n"
    f"{MIDDLE}\n\nPear sales brought in $560,000, or $52 a crate.",
    # a sentence of another time
    "Growers at Fenwick Orchards packed 14,000 crates of pears this autumn, the growers' board said.\n\n"
    f"{MIDDLE}\n\nPear sales brought in $560,000, against $480,000 last year, when crates fetched $52 a crate.",
    # a count set beside its share is one part's
    "Growers at Fenwick Orchards packed 14,000 crates of fruit, of which 9,000 crates, 64%, were pears.\n\n"
    f"{MIDDLE}\n\nPear sales brought in $560,000, or $52 a crate.",
]


@pytest.mark.parametrize("text", NOT_RELATED)
def test_figures_near_a_price_per_unit_not_related(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
