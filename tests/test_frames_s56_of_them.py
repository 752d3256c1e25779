"""Parts stated as `N of them` (fifty-sixth session, lane `of_them`).

- A bare number right before `of them`, the first figure of its sentence, pointing back to a noun the sentence names
  with no count (`The Tarrow joinery, which turns oak ladders by hand, is sending 140 of them`), counts that noun: the
  one word before the number in its sentence that the text counts elsewhere (`140 ladders` in the headline)
  (checker/extract/quantities.py `_pool_named_without_count`). Two such words (`turns ladders and stools`), a figure
  before the number in its sentence (`whose ladders sell for £200`), or a noun the text never counts, and the number
  is left bare.
- A part pointing back with `of them` and its share right after a comma (`Food traders ran 150 of them, 30 per
  cent`), the part the first figure of its sentence, is the share of the last figure of the sentence before of the
  part's unit and kind (checker/link/shares_of_them.py `_shares_of_them_before`): a level larger than the part,
  stated per no period, no larger level and no count of another noun beside it there. Found by position across
  sentences: a guess (a warning). A money amount before (`paid £4,800`), counts of two nouns (`400 leaflets and 1,200
  stickers`) or a smaller figure last (`200 tables stood empty`), and nothing is linked.
- `이 가운데 … N명으로 3분의 1이다`: a fraction of a part opening on a mark of the parts of the sentence before's figure
  is of that figure (checker/link/of_which_opener_wholes.py), also after a copula; the sentence before may list
  parts with their total (`단원 여섯 명과 아홉 명 등 열다섯 명`): the total is the figure. A sentence before counting
  only another counter (`공연 15회`) names no whole.
- A bare headline count of three digits or more after a verb or noun of counting (`Holm toad survey counts 538`) is
  read only as the count the body writes with its own digits (`538 toads`), of that count's noun
  (checker/extract/quantities.py `_restated_noun`): the restatement passes, and a headline figure the body never
  writes so (`counts 583` over `538 toads`), or writes so of two nouns, is left bare, never taken as a slip.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
SHARE = "F503"
RESTATED = "F405"


_ORDER_OF_THEM = [
    # (text, holding price, broken price)
    (
        "Bergen chain buys 140 ladders from Tarrow\n\n"
        "The Tarrow joinery, which turns oak ladders by hand, is sending 140 of them to a Bergen hardware chain "
        "under a contract worth NOK280,000.\n\nThe chain will pay NOK{price} a ladder.",
        "2,000",
        "2,400",
    ),
    (
        "Oslo garden chain takes 600 baskets from Kelby\n\n"
        "The Kelby weavers, who make willow baskets, are to pack 600 of them for an Oslo garden chain in a deal worth "
        "NOK180,000.\n\nThe chain is paying NOK{price} a basket.",
        "300",
        "350",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _ORDER_OF_THEM)
def test_of_them_counts_the_noun_its_sentence_names(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(price=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(price=broken), PER_UNIT, fires=True)


_NO_ORDER_OF_THEM = [
    # two nouns the text counts before `of them`: which, unsaid
    "Bergen chain buys 140 ladders and 60 stools from Tarrow\n\n"
    "The Tarrow joinery, which turns ladders and stools by hand, is sending 140 of them to a Bergen hardware chain "
    "under a contract worth NOK280,000.\n\nThe chain will pay NOK2,400 a ladder.",
    # a money amount before the number in its sentence
    "Bergen chain buys Tarrow ladders\n\n"
    "The Tarrow joinery, whose ladders sell for £200 at home, is sending 140 of them to a Bergen hardware chain. "
    "The contract is worth NOK280,000.\n\nThe chain will pay NOK2,400 a ladder.",
    # the noun counted nowhere in the text
    "Bergen chain buys Tarrow ladders\n\n"
    "The Tarrow joinery, which turns oak ladders by hand, is sending 140 of them to a Bergen hardware chain "
    "under a contract worth NOK280,000.\n\nThe chain will pay NOK2,400 a ladder.",
]


@pytest.mark.parametrize("text", _NO_ORDER_OF_THEM)
def test_of_them_with_no_one_counted_noun_counts_nothing(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_SHARES_OF_THEM_BEFORE = [
    # (text, holding share, broken share)
    (
        "Crosswords\n\nThe Orm Valley puzzle club met all winter. Members were set 60 clues a night, 1,800 in all. "
        "The best solver cracked 1,440 of them unaided, {share} per cent.",
        "80",
        "70",
    ),
    (
        "Market\n\nThe Holm market let 500 stalls over the summer. Food traders ran 150 of them, {share} per cent.",
        "30",
        "40",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES_OF_THEM_BEFORE)
def test_share_of_them_of_the_sentence_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True)


_NO_SHARES_OF_THEM_BEFORE = [
    # counts of two nouns in the sentence before
    "Leaflets\n\nVolunteers gave out 400 leaflets and 1,200 stickers. Children took 300 of them, a fifth.",
    # a money amount before, no count
    "Fair\n\nStallholders paid £4,800 for the season. Food traders took 1,200 of them, a fifth.",
    # a smaller figure last in the sentence before
    "Book fair\n\nStallholders booked 3,000 tables, and 200 tables stood empty. Dealers booked 900 of them, 30 per "
    "cent.",
    # the share of another whole, named after it
    "Market\n\nThe Holm market let 500 stalls over the summer. Food traders ran 150 of them, 20 per cent of the town's "
    "food outlets.",
]


@pytest.mark.parametrize("text", _NO_SHARES_OF_THEM_BEFORE)
def test_share_of_them_with_no_one_whole_before_links_nothing(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_SHARES_OPENING_OF_WHICH_KO = [
    # (text, holding part, broken part)
    (
        "가온시 합창단\n\n가온시립합창단은 올해 공연 20회를 열었다. 합창단은 소프라노 단원 여섯 명과 알토 단원 "
        "아홉 명 등 열다섯 명으로 이뤄져 있다. 이 가운데 신입 단원은 {part} 명으로 3분의 1이다.",
        "다섯",
        "여섯",
    ),
    (
        "가온 탁구 동호회\n\n가온시 탁구 동호회 회원은 남성 48명과 여성 72명 등 120명이다. 이 가운데 20대는 "
        "{part}명으로 25%를 차지했다.",
        "30",
        "36",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES_OPENING_OF_WHICH_KO)
def test_share_opening_of_which_of_the_listed_total_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE, fires=True)


_NO_SHARES_OPENING_OF_WHICH_KO = [
    # the sentence before counts another counter only
    "가온시 합창단\n\n가온시립합창단은 올해 공연 15회를 열었다. 이 가운데 신입 단원은 다섯 명으로 3분의 1이다.",
    # a money amount before the opener, the part's counter nowhere before
    "가온 탁구 동호회\n\n가온시 탁구 동호회는 올해 대회에 1억2천만 원을 썼다. 이 가운데 여자 회원은 40명으로 3분의 "
    "1이다.",
]


@pytest.mark.parametrize("text", _NO_SHARES_OPENING_OF_WHICH_KO)
def test_share_opening_of_which_with_no_whole_before_links_nothing(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_HEADLINE_COUNTS = [
    "Holm toad survey counts 538\n\nWalkers on the lanes around Holm counted 538 toads crossing in March, the "
    "parish council said.",
    "Tarrow dog shelter rehomes 174\n\nA shelter near Tarrow placed 174 rescued lurchers with new owners this year, "
    "its manager said.",
]


@pytest.mark.parametrize("text", _HEADLINE_COUNTS)
def test_headline_count_restated_in_the_body(knowledge, text):
    assert_checked(knowledge, text, RESTATED, fires=False)


_NO_HEADLINE_COUNTS = [
    # the body never writes the headline's digits: no slip read
    "Holm toad survey counts 583\n\nWalkers on the lanes around Holm counted 538 toads crossing in March, the "
    "parish council said.",
    # the digits written of two nouns in the body: which, unsaid
    "Holm toad survey counts 538\n\nWalkers on the lanes around Holm counted 538 toads crossing in March, and 538 "
    "frogs.",
    # a change, not a count of the body's noun
    "Holm ferry adds 250 on last year\n\nThe ferry at Holm carried 1,250 passengers this summer against 1,000 "
    "last year, its operators said.",
]


@pytest.mark.parametrize("text", _NO_HEADLINE_COUNTS)
def test_headline_count_not_restated_is_left_bare(knowledge, text):
    assert_not_linked(knowledge, text, RESTATED)


# Review fixes (the same session): `them` is not the subject of the number's own verb, nor a counted noun when an
# uncounted plural stands nearer; a share of a whole of its own after `N of them,`; a count of another noun two
# sentences back; a headline figure the body writes of two nouns, however written.
_NO_OF_THEM_SUBJECT = [
    # the counted noun is the subject of the verb whose object is `N of them` (the notices are the pool)
    (
        "Ravenby wardens\n\nRavenby council keeps 1,500 wardens. Wardens served 300 of them, or a third, the council "
        "said of its clamping notices.",
        SHARE,
    ),
    (
        "Ravenby wardens\n\nRavenby council keeps 30 wardens. Wardens served 600 of them in June, costing £1,500, "
        "or £50 a warden.",
        PER_UNIT,
    ),
    # an uncounted plural nearer the number than the counted subject of the clause before
    (
        "Quarry cuts\n\nThe Fenwick quarry employs 500 miners. Miners lost overtime shifts in the winter, and the "
        "owners dropped 125 of them, or a third.",
        SHARE,
    ),
    (
        "Quarry cuts\n\nThe Fenwick quarry employs 500 miners. Miners lost overtime shifts in the winter, and the "
        "owners dropped 125 of them, or a quarter.",
        SHARE,
    ),
    # an uncounted plural nearer, no counted noun in the number's sentence: not of the figure before
    (
        "Quarry cuts\n\nThe Fenwick quarry employs 500 miners. Foremen who trimmed shifts in March dropped 125 of "
        "them, or a third.",
        SHARE,
    ),
    (
        "Union motions\n\nThe Pollard clinic employs 800 porters. Porters carried 200 of them, a quarter, the union "
        "said of its motions.",
        SHARE,
    ),
]


@pytest.mark.parametrize(("text", "rule"), _NO_OF_THEM_SUBJECT)
def test_of_them_is_not_the_subject_nor_a_noun_further_back(knowledge, text, rule):
    assert_not_fired(knowledge, text, rule)
    if rule == SHARE:
        assert_not_linked(knowledge, text, rule)


def test_of_them_subject_leaves_the_price_of_the_counted_noun(knowledge):
    text = (
        "Ravenby wardens\n\nRavenby council keeps 30 wardens. Wardens served 600 of them in June, costing £1,500, or "
        "£50 a warden."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=False)


_NO_SHARE_OF_ANOTHER_WHOLE = [
    "Bowls\n\nThe Ashby bowls club has 1,200 members. About 300 of them, 10 per cent of the shire's bowlers, play "
    "on weekdays.",
    "Bowls\n\nThe Ashby bowls club has 1,200 members. About 300 of them, 25 per cent of the shire's bowlers, play "
    "on weekdays.",
]


@pytest.mark.parametrize("text", _NO_SHARE_OF_ANOTHER_WHOLE)
def test_of_them_share_of_a_named_whole_is_not_of_the_pool(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_NO_SHARE_OF_THEM_TWO_BACK = [
    "Craft fair\n\nThe Wexby fair let 400 pitches in May. Its opening day drew 7,000 browsers. Potters took 100 of "
    "them, 25 per cent.",
    "Craft fair\n\nThe Wexby fair let 400 pitches in May. Its opening day drew 800 browsers. Potters took 100 of "
    "them, 25 per cent.",
    "Gallery\n\nThe gallery drew 30,000 visitors. It sold 40,000 postcards. Colleges sent 6,000 of them, a fifth.",
]


@pytest.mark.parametrize("text", _NO_SHARE_OF_THEM_TWO_BACK)
def test_share_of_them_with_another_noun_counted_two_back_links_nothing(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


def test_headline_count_the_body_writes_of_two_nouns_is_left_bare(knowledge):
    text = (
        "Fell race draws 1200\n\nSome 1,200 runners set off from Brackley on Sunday, and 1200 marshals lined the route."
    )
    assert_not_linked(knowledge, text, RESTATED)


_OF_THEM_RELATIVE = [
    # the noun in a relative clause, no comma before the number; the subject of the number's verb between
    "Lisbon shop orders 260 bells\n\nA Wendle foundry that casts brass bells is sending 260 of them to a Lisbon "
    "shop under a contract worth €{total}.\n\nThe shop will pay €150 a bell.",
    "Market cross gets 240 lanterns\n\nThe paper lanterns went up on Friday, after a week in which the market's "
    "volunteers folded 240 of them for €{total}.\n\nEach lantern cost €150.",
]


@pytest.mark.parametrize("text", _OF_THEM_RELATIVE)
def test_of_them_noun_in_a_relative_clause_or_before_the_subject(knowledge, text):
    assert_checked(knowledge, text.format(total="39,000" if "260" in text else "36,000"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="45,000"), PER_UNIT, fires=True)


def test_of_them_after_that_and_an_owner_is_not_a_relative_clause(knowledge):
    text = (
        "Ravenby wardens\n\nRavenby council keeps 30 wardens. The council said that its wardens served 600 of them in "
        "June, costing £1,500, or £50 a warden."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=False)


@pytest.mark.parametrize(("share", "fires"), [("one in seven", False), ("one in five", True)])
def test_of_them_share_naming_a_counted_whole_on_a_new_paragraph(knowledge, share, fires):
    text = (
        f"Coin fair\n\nThe Ludlow coin fair drew 2,100 visitors.\n\nChildren get in free, and 300 of them came, "
        f"{share} of all visitors."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)
