"""Shares in both languages (forty-second session, lane `share`).

- A share, the noun of its whole, a bare comma, then the part restating it, its clause going on right after the
  part (`Juniors make up two-thirds of the club, 124 players, and …`, `a dividend of 1.5 per cent, £108,000 in all,
  which …`): the part is the amount after the comma (checker/link/share_fallback.py `_part_after`,
  `[link.share_fallback_restated_part_tails]`); a figure after the comma that the clause goes on to compare (`, 300
  votes ahead of …`) is no restated part.
- `Three in ten competitors, 72, wore …`: a share, the plural noun it counts (no `of`), a comma, then a bare number:
  the number is the part, a count of that noun (`[elided_counts] share_noun_between`).
- `The order is equal to 67 per cent of last year's sales` after `turnover rose to €410,000`: `sales`, `turnover`,
  `revenue`, `takings` name one business's takings, so a whole stated under one is the whole a share names by
  another (`[link.share_fallback_sales_heads]`); `of last year's profit` names another pot.
- `Tea towels account for 62.5 per cent of the order`: a sentence opening on the plural noun of a thing and a verb
  setting a share beside it (`[link.share_fallback_breakdown_verbs]`) takes as its part the one amount the story
  stated before of that noun (beside it, its label, or the first amount of a sentence opening on it), its whole the
  one total of the part's unit and noun its paragraph states before the share (`_subject_part_stated_before`,
  `_one_total_before`); a noun two amounts are stated of (`12,000 cars … 4,800 of them`) leaves it unlinked.
- Korean: a share apposed to its part (`S인 P`) after `이 가운데`/`이 중` that follows the sentence's subject
  (`조합은 이 가운데 4분의 1인 24톤을`), after `그` (`그 3분의 1인 500만 원`), or after a level its own sentence
  states (`치어 900만 마리를 넣어 이 가운데 60%인 540만 마리`; `예산은 8억 원으로, 국비가 절반인 4억 원`): the whole
  is that level (checker/link/share_fallback_ko.py `_part_of_a_marked_pool`, `[link.share_fallback_ko_this_pool]`,
  `[link.share_fallback_ko_that_whole_before]`).
- Korean: `W으로, X가 그 S에 해당한다`: `그` names the whole stated before the share in its sentence, the part the
  story's one amount of its kind (the won a foreign sum is stated as included); `X P는 그 S`: the subject's level the
  part, the whole the sentence before's (`_part_of_that_whole`).
- Korean: `6억 원인데`, `1억원인 셈이다`: the won and a copula, no `원인` (a cause) (`[not_after]` in ko.toml).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- a share, its whole's noun, a comma, the part

_RESTATED_AFTER_A_COMMA = [
    # (text, holding part, broken part)
    (
        "Rowing club grows\n\nThe Lowmere rowing club now has 186 members, its committee said.\n\n"
        "Juniors now account for two-thirds of the club, {part} rowers, and most of them joined this year.",
        "124",
        "164",
    ),
    (
        "Fell race\n\nSome 480 runners finished the Brackdale fell race on Saturday.\n\n"
        "Women made up a third of the runners, {part} runners.",
        "160",
        "220",
    ),
    (
        "Credit union\n\nMembers' savings at the Eldham credit union stand at £7.2m, its manager said. "
        "Savers will receive a dividend of 1.5 per cent, £{part} in all, which is paid in December.",
        "108,000",
        "148,000",
    ),
    (
        "Orchard\n\nThe Polwenna orchard picked 3,840 tonnes of apples this autumn.\n\n"
        "About 60 per cent of it, {part} tonnes, is expected to go to juice makers.",
        "2,300",
        "2,900",
    ),
    (
        "Bell foundry\n\nThe Tolbury bell foundry cast 1,860 handbells last year.\n\n"
        "Some 40 per cent of the bells, {part} handbells, went to schools in the county.",
        "744",
        "944",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _RESTATED_AFTER_A_COMMA)
def test_a_part_restating_its_share_after_a_bare_comma_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # (the figure after the comma is compared, no part restated)
        "Juniors now account for two-thirds of the club, 24 rowers more than last year.",
        # (a figure of another unit after the comma)
        "Juniors now account for two-thirds of the club, £24,000 of its fees.",
    ],
)
def test_a_figure_after_a_share_that_the_clause_goes_on_with_is_no_part(knowledge, sentence):
    text = f"Rowing club grows\n\nThe Lowmere rowing club now has 186 members, its committee said.\n\n{sentence}"
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- `이 가운데 S인 P` after the subject, `그 S인 P`

_POOL_MARKED_KO = [
    # (text, holding part, broken part)
    (
        "솔내 밤 수확\n\n솔내 밤 작목반의 올해 밤 수확량은 120톤으로 지난해보다 10톤 늘었다. "
        "작목반은 이 가운데 4분의 1인 {part}을 가공용으로 돌린다.",
        "30톤",
        "50톤",
    ),
    (
        "배구 대회\n\n참가비는 팀당 10만 원으로 참가비 수입은 2천400만 원이었다. "
        "시는 이 가운데 40%인 {part}을 상금으로 썼다.",
        "960만 원",
        "1천360만 원",
    ),
    (
        "메기 양식\n\n가람 양식장은 올봄 치어 600만 마리를 넣어 이 가운데 70%인 {part}를 키워냈다.",
        "420만 마리",
        "220만 마리",
    ),
    (
        "가을 축제\n\n올해 축제 예산은 3억 원으로, 군은 이 중 절반인 {part}을 공연에 쓴다.",
        "1억5천만 원",
        "2억5천만 원",
    ),
    (
        "씨름 대회\n\n대회 총상금은 2천만 원이며 우승팀에 그 절반인 {part}이 돌아간다.",
        "1천만 원",
        "1천500만 원",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _POOL_MARKED_KO)
def test_a_share_of_a_marked_pool_after_its_subject_is_checked_ko(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


# ---------------------------------------------------------------- `W으로, A가 S인 P`: the sentence's one level


@pytest.mark.parametrize(
    "text,holds,broken",
    [
        (
            "농촌 지원\n\n올해 사업비는 8억 원으로, 국비가 절반인 {part}, 도비가 30%인 2억4천만 원을 낸다.",
            "4억 원",
            "6억 원",
        ),
        (
            "수련원 운영\n\n수련원 운영비는 6억 원인데 도가 3분의 1인 {part}을 지원한다.",
            "2억 원",
            "3억 원",
        ),
    ],
)
def test_a_share_apposed_to_its_part_after_the_one_level_of_its_sentence_is_checked_ko(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


def test_a_later_share_of_a_breakdown_takes_the_whole_not_the_part_before_ko(knowledge):
    text = "농촌 지원\n\n올해 사업비는 8억 원으로, 국비가 절반인 4억 원, 도비가 30%인 2억4천만 원을 낸다."
    assert_checked(knowledge, text, SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.replace("2억4천만 원", "1억2천만 원"), SHARE_OF_TOTAL, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the one level before is of another kind: people, not won)
        "봄 축제\n\n올해 관객은 3만 명으로, 입장 수입은 절반인 1억 원이다.",
        # (two levels of the part's kind before the share: which one it is of, unsaid)
        "기부금\n\n가람사는 200억 원, 누리사는 150억 원을 냈고 하늘사는 절반인 90억 원을 냈다.",
        # (`이 가운데` with no level of the part's kind before it)
        "봄 축제\n\n올해 관객은 3만 명이었다. 군은 이 가운데 절반인 2억 원을 홍보에 썼다.",
    ],
)
def test_a_share_apposed_to_its_part_with_no_one_level_of_its_kind_is_not_linked_ko(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


def test_a_whole_a_later_change_moves_on_from_is_no_whole_of_a_restated_part(knowledge):
    # (the nearest total is last year's level; this year's, 20 per cent higher, goes unstated)
    text = (
        "Orchard\n\nLast autumn the Polwenna orchard picked 3,200 tonnes of apples. This year's total is 20 per cent "
        "higher. About 60 per cent of the apples, 2,300 tonnes, will go to juice makers."
    )
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- `W으로, X가 그 S에 해당한다`: `그` names the whole

_THAT_WHOLE_KO = [
    # (text, holding share, broken share)
    (
        "가람공방, 일본에 목기 수출\n\n가람공방은 일본 유통업체와 4억8천만 원 규모의 목기 공급계약을 맺었다고 3일 "
        "밝혔다.\n\n가람공방의 지난해 매출은 16억 원으로, 이번 계약 한 건이 그 {share}에 해당한다.",
        "30%",
        "45%",
    ),
    (
        "솔뫼 한과, 미국 수출\n\n솔뫼한과는 미국에 한과 9천 상자를 보낸다고 5일 밝혔다.\n\n"
        "공장이 한 해 만드는 한과는 3만6천 상자로, 이번 수출 물량은 그 {share}에 해당한다.",
        "4분의 1",
        "3분의 2",
    ),
    (
        "누리시 빈집 정비\n\n누리시는 올해 빈집 150채를 고쳤다고 2일 밝혔다.\n\n"
        "시가 지난해 조사한 빈집은 모두 600채로, 이번에 고친 빈집은 그 {share}에 해당한다.",
        "25%",
        "40%",
    ),
    (
        "하늘농장 즙 수출\n\n하늘농장은 올해 매실즙 8만ℓ를 짰다. 이번 수출 물량 4천ℓ는 그 {share}다.",
        "5%",
        "9%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _THAT_WHOLE_KO)
def test_a_share_of_the_whole_that_names_is_checked_ko(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (two amounts of the part's kind before the sentence: which one the subject names, unsaid)
        "가람공방 수출\n\n가람공방은 일본과 4억8천만 원, 대만과 2억 원 규모의 계약을 맺었다.\n\n"
        "가람공방의 지난해 매출은 16억 원으로, 이번 계약이 그 30%에 해당한다.",
        # (two wholes of the kind in the share's sentence)
        "가람공방 수출\n\n가람공방은 일본과 4억8천만 원 규모의 계약을 맺었다.\n\n"
        "지난해 매출은 16억 원, 영업이익은 2억 원으로, 이번 계약이 그 30%에 해당한다.",
    ],
)
def test_a_share_after_that_with_no_one_whole_or_part_is_not_linked_ko(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- `Three in ten competitors, 72, …`

_COUNTED_NOUN_THEN_PART = [
    (
        "Bog race\n\nThe Llanwyn bog race drew 240 competitors this summer. Three in ten competitors, {part}, wore "
        "fancy dress.",
        "72",
        "112",
    ),
    (
        "Clog maker\n\nThe Hollin clog workshop sold 1,560 pairs last year. One in five pairs, {part}, went abroad.",
        "312",
        "512",
    ),
    (
        "Fair\n\nThe Brenmoor fair drew 2,940 visitors on Saturday. One in seven visitors, {part}, came from Wales.",
        "420",
        "820",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _COUNTED_NOUN_THEN_PART)
def test_a_bare_part_after_the_noun_a_share_counts_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


def test_a_bare_number_in_a_list_after_a_share_is_no_part(knowledge):
    text = (
        "Bog race\n\nThe Llanwyn bog race drew 240 competitors this summer. Three in ten competitors, 7, 8 and 9 "
        "years old, wore fancy dress."
    )
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- `of last year's sales` after `turnover …`

_TAKINGS = [
    (
        "Lace order\n\nA lace workshop in Bruton has won a €276,000 order from museum shops in Boston.\n\n"
        "Last year the workshop's turnover rose to €410,000. The American order is equal to {share} of last year's "
        "sales.",
        "67 per cent",
        "47 per cent",
    ),
    (
        "Cider order\n\nA cider maker near Tolbury has won a £36,000 order from a Ghent wine shop.\n\n"
        "The farm's sales came to £120,000 last year. The Belgian order is worth {share} of its annual revenue.",
        "30 per cent",
        "50 per cent",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _TAKINGS)
def test_a_share_of_takings_named_by_another_word_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


def test_a_share_of_profit_takes_no_whole_of_turnover(knowledge):
    text = (
        "Lace order\n\nA lace workshop in Bruton has won a €276,000 order from museum shops in Boston.\n\n"
        "Last year the workshop's turnover rose to €410,000. The American order is equal to 67 per cent of last "
        "year's profit."
    )
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- `Strings account for 36 per cent of pupils`

_SUBJECT_OF_A_BREAKDOWN = [
    (
        "Music service\n\nStrings are the most popular, with {part} pupils, followed by brass with 321, woodwind "
        "with 257 and percussion with 244, out of 1,284 pupils. Strings account for 36 per cent of pupils.",
        "462",
        "662",
    ),
    (
        "Choir festival\n\nThe festival drew 840 singers. Sopranos came in the greatest number, with {part} singers, "
        "ahead of altos with 210. Sopranos made up 40 per cent of the singers.",
        "336",
        "436",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SUBJECT_OF_A_BREAKDOWN)
def test_a_share_of_a_subject_whose_amount_was_stated_before_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(part=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(part=broken), SHARE_OF_TOTAL, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (the subject's noun counts two amounts: which one is the part, unsaid)
        "Ferry\n\nThe ferry carried 12,000 cars this summer, 4,800 of them from Ireland. Irish cars made up 40 per "
        "cent of the traffic.",
        # (a whole the paragraph's total is not stated of)
        "Choir festival\n\nThe festival drew 840 singers. Sopranos came in the greatest number, with 336 singers, "
        "ahead of altos with 210. Sopranos made up 40 per cent of the town's voters.",
    ],
)
def test_a_share_of_a_subject_with_no_one_part_or_whole_is_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)
