"""Sums and shares of parts listed after the pool they are drawn from (sixtieth session, lane `sumshare`).

Parts of a gapped list after a clause (checker/extract/quantities.py, `[elided_counts] coordinated_after`,
`coordinated_words`):

- `Of the 52 kilns, 34 are for brick and 18 for tile`: the second part, its verb left out, set beside the first by a
  phrase of its own (`at`, `in` …; `for` when the first's own phrase opens on the same word:
  `coordinated_parallel_after`), counts what the first counts, even where the first was itself read as counting the
  pool's noun in the same pass (`Of the 2,460 seats, 1,640 were sold at the full price and 820 at the reduced
  price`); the first part's clause may run to six words before `and`;
- not a number set after `to` that opens a rate (`and 18 to 20 per cent`), nor a phrase on another word than the
  first's.

A share that is its clause's subject, drawn from a split listed after the pool
(checker/link/shares_of_a_listed_split.py,
`[link.split_share_subject_joints]`, `[link.split_share_subject_verbs]`):

- `…, so two-thirds paid in full`, `…; three in eight are for tile`: the share of the member the words after its verb
  name (one word of that member's own, none of another member's only), of the whole the opening pool states;
- not where the words name no member (`… are new`), nor with no pool stated (`The order is split between …`).

Sums of members listed, then `, the three together making the £T`, `, which together made up the £T`
(`[link.total_marks]`).

Korean: a sentence whose topic is the order (`주문은`, `수출 물량은`: `[link.made_up_of_order_topics]`) made up of its
parts (`…로 이뤄졌다`, `…로 나눠 보낸다`), the whole the lead's figure (checker/link/made_up_of.py); or whose topic is
the noun the lead's figure is written after (`냄비는 …` after `냄비 2천800개`); not another topic (`매출은`, `뚜껑은`).

A tally of parts after `Of the N` stops at a sentence that splits the whole anew with the rest (`The first 22 … and
the remaining 22 …`: checker/link/tallies.py).

A share of a stated whole after `amount to` (`[link.share_copulas_before]`); a clause resumed by `and` after a figure
set off by commas is the sentence's subject's (checker/link/shares_of_a_stated_whole.py); not where no figure opens
the sentence.

Korean: parts joined, then `합해` and their total (`[link.total_marks]`); not a total of another unit. A
fraction set after a part of a marked whole by a comma and `곧` / `즉` (`[link.appositive_share_marks]`,
checker/link/shares.py); not after another word.

A split whose subject is the story's order (`The order is split between …`: `[link.split_order_subjects]`,
checker/link/breakdowns.py) divides the order's level the lead states; not a split of another subject.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, mention_at

SUM = "F302"
SHARE = "F503"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Of the 52 kilns, 34 are for brick and 18 for tile.", "18"),
        ("Of the 52 kilns, 34 were built for brickworks and 18 for potteries.", "18"),
        ("Of the 52 kilns, 34 were built for brick and 18 for tile.", "18"),
        ("Of the 2,460 seats, 1,640 were sold at the full price and 820 at the reduced price.", "820"),
        ("Of the 2,460 seats, 1,640 were taken in the stalls and 820 in the gallery.", "820"),
    ],
)
def test_gapped_part_after_a_clause_is_a_count(text, written):
    mention = mention_at(text, written)
    assert mention is not None and mention[0] == "count", mention


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The yard built 34 kilns for brick and 18 to 20 per cent more for tile.", "18"),
    ],
)
def test_number_before_a_rate_is_no_gapped_part(text, written):
    mention = mention_at(text, written)
    assert mention is None or mention[0] != "count", mention


_SUMS = [
    # (text, holding total, broken total)
    ("Kilns\n\nOf the {n} kilns, 34 are for brick and 18 for tile.", "52", "48"),
    (
        "Seats\n\nOf the {n} seats at the Brannock hall, 1,640 were sold at the full price "
        "and 820 at the reduced price.",
        "2,460",
        "2,160",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SUMS)
def test_sum_of_gapped_parts_after_a_pool(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


_SHARES = [
    # (text, holding share, broken share)
    (
        "Seats\n\nOf the 2,460 seats, 1,640 were sold at the full price and 820 at the reduced price, "
        "so {s} paid in full.",
        "two-thirds",
        "three-quarters",
    ),
    (
        "Kilns\n\nOf the 64 kilns, 40 are for brick and 24 for tile, so {s} are for brick.",
        "five-eighths",
        "three-quarters",
    ),
    ("Kilns\n\nOf the 64 kilns, 40 are for brick and 24 for tile; {s} are for tile.", "three in eight", "one in four"),
    (
        "Kilns\n\nOf the 64 kilns in the valley, 40 are kept for brickworks and 24 for potteries, "
        "so {s} are for potteries.",
        "37.5 per cent",
        "45 per cent",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES)
def test_share_as_subject_after_a_listed_split(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the words after the verb name no member)
        "Kilns\n\nOf the 64 kilns, 40 are for brick and 24 for tile, so three in eight are new.",
        # (words of both members)
        "Kilns\n\nOf the 64 kilns, 40 are for brick and 24 for tile, so three in eight are for brick and tile.",
        # (no pool: the whole is not stated)
        "Kilns\n\nThe lot is divided into 4,800 bricks in red and 3,200 in yellow; three-fifths are red.",
        # (a share of its own whole: no share after its verb)
        "Kilns\n\nOf the 64 kilns, 40 are for brick and 24 for tile, so five-eighths rose.",
    ],
)
def test_share_as_subject_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_TOGETHER = [
    # (text, holding total, broken total)
    (
        "Orchard\n\nPlums made up £12,960 of the takings, damsons £8,140 and quinces £4,300, the three together making "
        "the {n}.",
        "£25,400",
        "£29,400",
    ),
    (
        "Orchard\n\nThe parish paid £6,300, a trust gave £4,150 and a levy raised £1,950, "
        "which together made up the {n}.",
        "£12,400",
        "£14,400",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _TOGETHER)
def test_members_together_making_the_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


_ORDER_MADE_UP = [
    # (text, holding whole, broken whole)
    (
        "국자\n\n누리시의 공방 '쇠가락'이 미국 보스턴의 잡화 체인에 국자 {n}개를 납품하기로 했다고 3일 밝혔다. "
        "한 개 값은 12달러다.\n\n공방은 올해 국자 9천개를 만든다. "
        "주문은 큰 국자 2천600개와 작은 국자 1천400개로 이뤄졌다.",
        "4천",
        "5천",
    ),
    (
        "냄비\n\n다솜군의 냄비 공방이 독일 체인과 냄비 {n}개 수출 계약을 맺었다고 3일 밝혔다. 한 개 값은 40유로다.\n\n"
        "올해 생산 계획은 1만개로 지난해 8천개보다 25% 많다. "
        "수출 물량은 지름 18㎝짜리 1천700개와 22㎝짜리 1천100개로 나눠 보낸다.",
        "2천800",
        "3천800",
    ),
]


_ORDER_MADE_UP.append(
    (
        "냄비\n\n다솜군의 냄비 제조업체가 독일 체인과 냄비 {n}개 수출 계약을 맺었다고 3일 밝혔다. "
        "계약 금액은 11만유로다.\n\n"
        "이번 물량은 올해 생산 계획 1만개의 4분의 1이 넘는다. "
        "냄비는 지름 18㎝짜리 1천700개와 22㎝짜리 1천100개로 나눠 보낸다.",
        "2천800",
        "3천800",
    )
)


@pytest.mark.parametrize(("text", "holds", "broken"), _ORDER_MADE_UP)
def test_korean_order_made_up_of_parts(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a topic that names no order: the parts are of another figure)
        "국자\n\n누리시의 공방이 미국 체인에 국자 4천개를 납품하기로 했다고 3일 밝혔다.\n\n"
        "공방은 올해 국자 9천개를 만든다. 매출은 큰 국자 2천600개와 작은 국자 1천400개로 이뤄졌다.",
        # (a topic naming another noun than the lead's figure)
        "냄비\n\n다솜군의 냄비 제조업체가 독일 체인과 냄비 2천800개 수출 계약을 맺었다고 3일 밝혔다. "
        "계약 금액은 11만유로다.\n\n"
        "이번 물량은 올해 생산 계획 1만개의 4분의 1이 넘는다. "
        "뚜껑은 지름 18㎝짜리 1천700개와 22㎝짜리 1천100개로 나눠 보낸다.",
    ],
)
def test_korean_order_made_up_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


def test_tally_stops_at_a_split_of_its_own(knowledge):
    text = (
        "Boards\n\nA Nefyn firm will build 44 boards for a league in Otago. Of the 44 boards, 30 are for sports halls "
        "and 14 for athletics tracks. The first 22 boards will be shipped on Wednesday 2 September and the remaining "
        "22 on Wednesday 14 October."
    )
    assert_checked(knowledge, text, SUM, fires=False)


SHARE_OF_WHOLE = [
    # (text, holding share, broken share)
    (
        "Gloves\n\nThe 4,400 pairs amount to {s} of this year's planned output of 11,000 pairs.",
        "40 per cent",
        "55 per cent",
    ),
    (
        "Gloves\n\nThe 4,400 pairs are more than half of what the workshop made last year, 8,100, and amount to {s} "
        "of this year's planned output of 11,000 pairs.",
        "40 per cent",
        "55 per cent",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), SHARE_OF_WHOLE)
def test_share_of_a_stated_whole_resumed_by_the_subject(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


def test_share_resumed_after_a_set_off_figure_not_of_a_later_subject(knowledge):
    # (the figure set off by commas is no part, and the sentence opens on no figure: nothing is linked)
    text = (
        "Gloves\n\nLast year the workshop sold 4,400 pairs, more than half of what it made, 8,100, and sold "
        "55 per cent of this year's planned output of 11,000 pairs."
    )
    assert_not_linked(knowledge, text, SHARE)


_KO_SUMS_JOINED = [
    # (text, holding total, broken total)
    (
        "사업\n\n사업비는 차량 구입비 6천만원과 운전원 인건비 8천400만원을 합해 {n}이다.",
        "1억4천400만원",
        "1억6천400만원",
    ),
    (
        "축제\n\n축제 예산은 시비 1억2천만 원, 도비 4천만 원, 후원금 2천만 원을 합해 {n}이었다.",
        "1억8천만 원",
        "2억3천만 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _KO_SUMS_JOINED)
def test_korean_parts_joined_then_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


def test_korean_joined_mark_before_another_unit_is_no_sum(knowledge):
    text = "사업\n\n직원 12명과 봉사자 30명을 합해 1억원을 썼다."
    assert_not_linked(knowledge, text, SUM)


_KO_SHARE_RESTATED = [
    # (text, holding share, broken share)
    ("포장\n\n공방은 일정에 맞추려고 직원 24명 가운데 8명, 곧 {s}을 포장에 돌렸다.", "3분의 1", "4분의 1"),
    ("포장\n\n공방은 일정에 맞추려고 직원 24명 가운데 8명, 즉 {s}을 포장에 돌렸다.", "3분의 1", "2분의 1"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _KO_SHARE_RESTATED)
def test_korean_share_restating_a_marked_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


def test_korean_share_after_another_word_not_linked(knowledge):
    text = "포장\n\n공방은 일정에 맞추려고 직원 24명 가운데 8명, 또 3분의 1을 포장에 돌렸다."
    assert_not_linked(knowledge, text, SHARE)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # (a phrase on another word than the count's own: no parts side by side)
        ("Of the 52 kilns, 34 went to brickworks and 18 for tile.", "18"),
    ],
)
def test_gapped_part_needs_a_parallel_phrase(text, written):
    mention = mention_at(text, written)
    assert mention is None or mention[0] != "count", mention


_ORDER_SPLIT = [
    # (text, holding whole, broken whole)
    (
        "Gloves\n\nA Kelso workshop has agreed to supply {n} pairs of lined gloves to a chain of shops in Oslo.\n\n"
        "The firm said the deal is worth NOK 420,000.\n\n"
        "The pairs are more than half of what the workshop made last year, 11,200, and amount to 35 per cent of this "
        "year's planned output of 20,000 pairs.\n\nThe order is divided into 4,200 pairs in blue and 2,800 in green.",
        "7,000",
        "7,600",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _ORDER_SPLIT)
def test_split_of_the_order_is_of_the_lead_level(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


def test_split_of_another_subject_not_of_the_lead_level(knowledge):
    text = (
        "Gloves\n\nA Kelso workshop has agreed to supply 7,000 pairs of lined gloves to a chain of shops in Oslo.\n\n"
        "The firm said the deal is worth NOK 420,000.\n\n"
        "The pairs are more than half of what the workshop made last year, 11,200, and amount to 35 per cent of this "
        "year's planned output of 20,000 pairs.\n\nThe stock is divided into 4,200 pairs in blue and 2,800 in green."
    )
    assert_not_linked(knowledge, text, SUM)


# Review (session 60): the order's split divides the level the lead's first sentence states, not a level of the
# sentence after it (`made 2,600 lamps last year`)
_ORDER_SPLIT_NOT_NEXT = (
    "Lamps\n\nA Tain firm will supply 1,500 brass lamps to a ferry line in Tromsø.\n\n"
    "The firm made 3,700 lamps last year.\n\nThe order is split between {a} cabin lamps and 500 deck lamps."
)


def test_split_of_the_order_not_of_the_next_sentence_level(knowledge):
    assert_checked(knowledge, _ORDER_SPLIT_NOT_NEXT.format(a="1,000"), SUM, fires=False)
    assert_checked(knowledge, _ORDER_SPLIT_NOT_NEXT.format(a="1,400"), SUM, fires=True)


# a share joined by a copula after a comma and `and` opens a clause of its own: not the share of the figure before
def test_share_after_a_joined_clause_not_of_the_figure_before(knowledge):
    text = (
        "Mugs\n\nThe kiln fired 2,700 mugs, more than in 2025, 1,900, and its jugs represent a fifth of its planned "
        "output of 13,500 mugs."
    )
    assert_not_linked(knowledge, text, SHARE)


# a rest completing a figure of its own sentence (`The first 45 … the remaining 45`) is no part of a whole stated
# sentences back
_REST_OF_ITS_OWN = (
    "Huts\n\nOf the 92 huts, 52 are on the north beach and {b} on the south beach. The first 46 will be painted in "
    "May and the remaining 46 in June."
)


def test_rest_of_its_own_sentence_not_of_an_earlier_whole(knowledge):
    assert_checked(knowledge, _REST_OF_ITS_OWN.format(b="40"), SUM, fires=False)
    assert_checked(knowledge, _REST_OF_ITS_OWN.format(b="70"), SUM, fires=True)


# members said to make a total together: its slip is reported, the first member not read as the sum of the others
_TOGETHER_SLIP = (
    "Fund\n\nThe parish gave £43,000, a trust £28,000 and local shops £15,000, which together made up the {n}."
)


def test_together_total_not_relinked_to_a_member(knowledge):
    assert_checked(knowledge, _TOGETHER_SLIP.format(n="£86,000"), SUM, fires=False)
    assert_checked(knowledge, _TOGETHER_SLIP.format(n="£98,000"), SUM, fires=True)


def test_together_before_no_figure_not_linked(knowledge):
    text = "Fund\n\nThe parish gave £43,000, a trust £28,000 and local shops £15,000, together making the roof safe."
    assert_not_linked(knowledge, text, SUM)
