"""Sums and differences of accounts told in prose (thirty-third session, lane `sums-diffs`).

An account written as prose states its balance (`a deficit of`, `lost`, `a surplus of`, `적자`), what came in
(`income`, `takings`, `수입`) and what went out (`spending`, `costs`, `지출`) as figures of their own, often
sentences apart: a loss is what spending took beyond income, a surplus what income left over spending
(checker/link/accounts_in_prose.py).

A total stated in a sentence of its own right before its items, after the lead's news (`… lost $900. Takings were
$12,400. Rents brought in …`), is their whole by its place, as past the lead; a price of a count inside an item's
clause (`from 52 tenants paying £150 each`) is how that item was made up, no item, and no veto of the list
(checker/link/parallel_parts.py).

Near misses: a balance of another year, a side narrowed to one part (`spending on boats`), two figures of a side
in reach, a profit metric (`net income`), a balance as large as a side, a per-unit figure standing alone between
items, the body's first sentence (the lead's news) before a list, and paragraphs of figures of one unit that are
neither parts of a nearby total nor ends of a gap.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

_ROWING = (
    "Harbourside Rowing Society ended the season with a deficit of $4,150, its treasurer told members on Thursday."
    "\n\nIncome was $61,200, most of it from boat storage and regatta entries."
    "\n\nSpending came to $65,350, with a new trailer the largest single cost.\n"
)
_CHOIR = (
    "The Ashgrove Singers closed their financial year £2,380 in surplus.\n\n"
    "Takings reached £27,900 over the twelve months, from concerts and subscriptions, the chair said, while "
    "expenses were kept to £25,520 despite higher hall rents.\n"
)
_LIBRARY_KO = (
    "청솔 마을문고 운영위원회는 지난해 결산에서 1천200만원 적자를 냈다고 밝혔다.\n\n"
    "지난해 수입은 4천800만원이었다. 지출은 6천만원으로 집계됐다.\n"
)

_POOL_KO = (
    "해돋이 축제 운영위원회는 올해 부스 임대 수입이 6천200만 원이었다고 밝혔다.\n\n"
    "무대와 음향을 빌린 비용은 8천900만 원에 이르렀다. 결국 2천700만 원이 적자로 잡혀 협찬금으로 충당했다.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_ROWING, False),
        (_ROWING.replace("$4,150", "$7,150"), True),
        (_ROWING.replace("$65,350", "$62,350"), True),
        (_CHOIR, False),
        (_CHOIR.replace("£2,380", "£4,380"), True),
        (_LIBRARY_KO, False),
        (_LIBRARY_KO.replace("1천200만원", "2천200만원"), True),
        (_POOL_KO, False),
        (_POOL_KO.replace("2천700만 원이", "1천700만 원이"), True),
        (
            "The parish council said its hall committee lost €1,900 in 2025.\n\nThe committee's receipts were "
            "€14,300. Its costs totalled €16,200, mostly heating and insurance.\n",
            False,
        ),
        (
            "The parish council said its hall committee lost €1,900 in 2025.\n\nThe committee's receipts were "
            "€14,300. Its costs totalled €18,200, mostly heating and insurance.\n",
            True,
        ),
    ],
)
def test_an_account_in_prose_is_income_spending_and_their_balance(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a balance of another year than the sides
        "Income was $61,200 this season and spending came to $65,350.\n\nTen years ago, the society lost $9,800.\n",
        # a side narrowed to one part of it
        "The rowing society lost $4,150 this season.\n\nIncome was $61,200. Spending on boats came to $30,100.\n",
        # two incomes in reach: which one the balance is of is not said
        "The rowing society lost $4,150 this season.\n\nIncome was $61,200, against income of $58,000 the "
        "season before, which was then counted differently. Spending came to $65,350.\n",
        # a profit metric is a company's result, no side of an account
        "Brightwell Foods lost $4.1 million in the quarter.\n\nNet income at its bakery arm was $6.2 million "
        "and spending came to $10.3 million.\n",
        # a balance as large as a side is of another account
        "The district's pension fund has a deficit of $80,000.\n\nThe club's income was $61,200 and its spending "
        "came to $65,350.\n",
        # a balance in another currency
        "The festival lost €3,000 on its overseas tour.\n\nIncome was $61,200 and spending came to $65,350.\n",
    ],
)
def test_figures_that_are_no_account_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


_ALLOTMENT = (
    "Millbrook Allotment Association cleared a surplus of £640 last year, its secretary said on Monday.\n\n"
    "Takings were £12,400. Plot rents brought in £7,800 from 52 tenants paying £150 each, the seed sale raised "
    "£3,100 and the open day the remaining £1,500.\n"
)
_THEATRE = (
    "A small theatre in Oakfield ran at a loss of $2,200 over the winter.\n\nBox office takings were $38,000. "
    "Evening shows brought in $30,400 from 1,900 seats at $16 each; matinees took the remaining $7,600.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_ALLOTMENT, False),
        (_ALLOTMENT.replace("£1,500", "£900"), True),
        (_THEATRE, False),
        (_THEATRE.replace("$7,600", "$5,600"), True),
    ],
)
def test_a_total_of_its_own_sentence_after_the_news_is_the_whole_of_the_next(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the body's first sentence is the lead's news: the next sentence may state figures of its own
        "Kestrel Airlines carried 2.4 million passengers last year.\n\nDomestic routes flew 1.5 million and "
        "charters 0.6 million.\n",
        # a per-unit figure standing alone between the items: prices, no list
        "The ferry sold 4,000 tickets last month, its operator said.\n\nRevenue was $52,000. Adults paid $14 each "
        "and children $6.\n",
    ],
)
def test_lists_that_are_no_breakdown_of_the_sentence_before_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


# Paragraphs of figures of one unit that stand near each other but are neither parts of a nearby total nor the ends
# of a gap: nothing may fire on them.
_CLEAN = [
    "The museum's income was $410,000 last year. A single painting in its store is insured for $2.1 million, "
    "and the roof repair quoted in March would cost $95,000.",
    "Spending on the county's roads came to £14 million. The neighbouring county, twice the size, spent £22 "
    "million, and a bypass planned for 2030 is costed at £61 million.",
    "The club lost $3,000 on its summer camp, but its bar made $12,000 and the car park $4,500.",
    "Ten years ago the choir lost £800 on a tour of Wales. This year its income was £19,000 and its spending "
    "£17,600, with the surplus going to a scholarship.",
    "Takings at the fair were €48,000. The mayor's office also announced a €250,000 grant for the harbour and "
    "€90,000 for street lighting.",
    "The charity's deficit of $15,000 was covered by a bequest of $40,000. Its chief executive earns $62,000.",
    "Net income at the bank rose to $3.2 billion, while spending on technology reached $1.1 billion and fines "
    "came to $0.4 billion.",
    "A season ticket costs £420, a single match £28 and a junior pass £95.",
    "The school's fundraising raised $18,500, and the parents' association separately paid $6,000 for a new "
    "climbing frame. The district's budget for the building is $2.4 million.",
    "Income tax receipts for the region were 3.1 billion kroner, and the port's takings were 0.9 billion kroner.",
    "Spending came to $65,000 in 2024. In 2019 the association lost $7,000, and it lost $2,000 the year after.",
    "The hospice shop took £88,000 over the year. Its landlord raised the rent to £21,000, and a van cost £9,500.",
    "The league's clubs lost $1.4 million between them. The richest, Hartwell, has income of $9 million; the "
    "smallest has $600,000.",
    "Costs for the new library rose to $4.6 million from $3.9 million, and a second branch is budgeted at $2.8 "
    "million.",
    "올해 축제 수입은 3억원이었다. 내년 시 예산에는 도로 보수에 12억원, 공원 조성에 8억원이 잡혔다.",
    "지난달 수출은 41억달러, 수입은 44억달러였고 무역수지는 3억달러 적자였다. 정부 지출은 별도 집계된다.",
    "도서관 지출은 5억원이다. 인근 군의 도서관은 7억원을 썼고, 새 분관 건립비는 40억원으로 추산된다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_figures_near_an_account_that_are_no_part_of_it_raise_nothing(knowledge, text):
    result = findings(knowledge, document(text), select=["F302", "F305", "F301"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


_FERRIES = (
    "The harbour board's ferries ran 4,380 crossings last year, about nine-tenths of the 4,870 it timetabled.\n\n"
    "That was 310 crossings more than the 4,070 run the year before, the board said.\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FERRIES, False),
        (_FERRIES.replace("310 crossings more", "510 crossings more"), True),
        (
            "Volunteers planted 2,600 trees this spring, 2,600 of the 3,000 the trust had hoped for. It was 400 "
            "trees more than the 2,200 planted in 2025.",
            False,
        ),
    ],
)
def test_a_gap_after_a_sentence_measures_its_level_not_the_pool_it_is_drawn_from(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)
