"""Shares (forty-seventh session, lane `share`).

- A share drawn after `so` or `meaning` from the whole its sentence states first: `The stadium holds 9,000, so the
  crowd filled about 80% of the seats`, `Total supply was 2,400 tonnes, meaning the co-op's own mill took a third`.
  The whole is the one level stated before the joint; the part the one earlier amount of its kind and unit, whose
  sentence the share's subject names (checker/link/shares_drawn_from_their_sentence.py).

- Korean: a part set before a bare share, its sentence opening on a pool named by a noun and a pool word
  (`참가자 가운데 60대가 420명으로 35%를 차지했다`, `이용객 가운데 어린이가 절반인 900명이었다`): the whole is the
  level before whose own noun is the pool's (`참가자 1천200명`); a pool noun that is the part's counter (`가구
  가운데`) names the story's total of that counter (checker/link/share_fallback_ko.py `_named_pool_whole`).

- An opening pool named by a noun no earlier figure's clause states, closed by a participle (`Of the material
  collected, 410 tonnes went back to gardeners, almost 30 per cent`): the whole is the earlier figure that verb
  stated (`collected 1,400 tonnes of branches`); a figure per unit or a measure of another unit after the part
  (`a limit of 10 milligrams a litre`) is passed over for the part before it
  (checker/link/shares_of_an_opening_pool.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- a share drawn from the whole its sentence states

_DRAWN_SHARES = [
    # (text, holding share, broken share)
    (
        "A Norfolk orchard picked 720 tonnes of apples this autumn, its owners said on Monday.\n\n"
        "The county's growers picked 2,400 tonnes in all, so the orchard supplied {share} of the county's crop.",
        "30 per cent",
        "half",
    ),
    (
        "The Riverside Otters drew 6,300 fans to their home opener on Saturday.\n\n"
        "The stadium holds 9,000, so the fans filled {share} of the seats.",
        "70%",
        "90%",
    ),
    (
        "A Cumbrian woollen mill will spin 48 tonnes of yarn for a Swedish rug maker this year.\n\n"
        "The mill spins about 160 tonnes a year, meaning the Swedish work will take {share} of its output.",
        "30 per cent",
        "two-thirds",
    ),
    (
        "The Glenbrook food bank handed out £54,000 of vouchers in the year to March.\n\n"
        "Donations reached £216,000 over the year, which means the vouchers used {share} of the money raised.",
        "a quarter",
        "half",
    ),
    (
        "A Yorkshire brewery sold 1.2 million pints of its bitter last year, up from 1.1 million.\n\n"
        "Its beers sold 4.8 million pints altogether, so the bitter made up {share} of the total.",
        "a quarter",
        "40%",
    ),
    (
        "Harbour ferries carried 84,000 passengers on late sailings over the summer, the operator said.\n\n"
        "In all 350,000 passengers used the service, meaning the late sailings carried {share} of them.",
        "24%",
        "a third",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _DRAWN_SHARES)
def test_a_share_drawn_after_so_is_of_the_whole_its_sentence_states(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NOT_DRAWN = [
    # two earlier amounts of the whole's unit: which one the subject names is unsaid
    "A Norfolk orchard picked 720 tonnes of apples and a Suffolk one 540 tonnes this autumn.\n\n"
    "The region's growers picked 2,400 tonnes in all, so the orchard supplied half of the crop.",
    # the sentence lists parts before the joint: no whole stated
    "The fair drew 12,000 visitors on Friday, 18,000 on Saturday and 10,000 on Sunday, meaning Saturday took "
    "45% of the weekend.",
    # the earlier amount is of another unit: pounds are no share of tonnes
    "A Norfolk orchard earned £720,000 from apples this autumn.\n\n"
    "The county's growers picked 2,400 tonnes in all, so the orchard supplied half of the crop.",
    # the earlier amount is larger than the whole: no part of it
    "The Riverside Otters drew 96,000 fans over the season.\n\n"
    "The stadium holds 9,000, so the crowd filled about 80% of the seats on average.",
    # the subject names no figure stated before: a canning line is not the deal
    "A Somerset cider press will deliver 96,000 bottles to an airline.\n\n"
    "The press fills about 400,000 bottles a year, so the new canning line takes a quarter of its capacity.",
    # a figure per unit before the joint is no whole
    "A Jura workshop sold 300 clocks to a Tokyo store.\n\n"
    "Its eight carvers finish about 150 clocks each, so the Tokyo order alone is a quarter of a year's work.",
]


@pytest.mark.parametrize("text", _NOT_DRAWN)
def test_a_share_drawn_after_so_without_one_part_or_whole_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: a pool named by its noun, no figure

_NAMED_POOLS = [
    # (text, holding share, broken share)
    (
        "누리시는 지난 주말 열린 시민 마라톤에 참가자 1천200명이 달렸다고 밝혔다.\n\n"
        "참가자 가운데 60대 이상이 420명으로 {share}를 차지했고, 최연소는 12세였다.",
        "35%",
        "50%",
    ),
    (
        "다온군 생태캠프에 올여름 이용객 3천600명이 다녀갔다.\n\n이용객 가운데 초등학생은 {share}인 900명이었다.",
        "4분의 1",
        "절반",
    ),
    (
        "한결시는 올겨울 형편이 어려운 800가구에 난방비를 지원한다고 밝혔다.\n\n"
        "받는 가구 가운데 홀몸 노인 가구가 480가구로 {share}를 차지한다.",
        "60%",
        "80%",
    ),
    (
        "가람군 바둑대회에 선수 640명이 출전했다고 군이 밝혔다.\n\n선수 중 여성은 160명으로 {share}이었다.",
        "4분의 1",
        "절반",
    ),
    (
        "서해시 공공 캠핑장의 올해 예약은 1만2천 건으로 집계됐다.\n\n"
        "예약 가운데 평일 예약이 3천 건으로 {share}에 그쳤다.",
        "25%",
        "40%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _NAMED_POOLS)
def test_a_share_of_a_pool_named_by_its_noun_is_of_that_nouns_level(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_NAMED_POOL = [
    # the pool's noun stands before a sibling's figure, not right before the level left: `매화 200그루` is no camellia
    "정원에는 동백 300그루와 매화 200그루가 자라 동백이 60%를 차지한다.\n\n동백 가운데 토종이 절반인 100그루다.",
    # no level of the part's counter before: teams are no pool of people
    "가람군 바둑대회에 640팀이 출전했다.\n\n선수 중 여성은 160명으로 40%였다.",
]


@pytest.mark.parametrize("text", _NO_NAMED_POOL)
def test_a_share_of_a_named_pool_no_level_states_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- an opening pool closed by a participle

_PARTICIPLE_POOLS = [
    # (text, holding share, broken share)
    (
        "Dunmere Council's garden-waste weekends collected 1,400 tonnes of branches and leaves this spring.\n\n"
        "Of the material collected, 420 tonnes was given back to residents as mulch, {share}.",
        "30 per cent",
        "almost half",
    ),
    (
        "Volunteers planted 8,000 native saplings along the river last winter.\n\n"
        "Of the trees planted, 2,000 were lost to a dry spring, {share}.",
        "one in four",
        "40 per cent",
    ),
    (
        "The county clinic screened 2,400 children for eyesight problems this year.\n\n"
        "Of the pupils screened, 600 children were sent to an optician, or {share}.",
        "one in four",
        "one in three",
    ),
    (
        "Kestrel Water sampled 1,500 private wells in the spring.\n\n"
        "Of the wells sampled, 300 exceeded the lead limit of 10 micrograms per litre, or {share}.",
        "one in five",
        "one in three",
    ),
    (
        "Anglers caught 3,200 salmon on the river this season.\n\n"
        "Of the fish caught, 2,400 were released alive, {share}.",
        "three-quarters",
        "about a third",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _PARTICIPLE_POOLS)
def test_an_opening_pool_closed_by_a_participle_is_of_the_figure_that_verb_stated(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_PARTICIPLE_POOL = [
    # the participle names no earlier figure: nothing was `collected` before
    "Dunmere Council's garden-waste weekends drew 1,400 tonnes of branches this spring and 900 tonnes last autumn.\n\n"
    "Of the material shredded, 420 tonnes was given back to residents as mulch, almost half.",
    # two earlier figures the participle states: which one, unsaid
    "Volunteers planted 8,000 saplings in 2025 and planted 6,000 oaks in 2026.\n\n"
    "Of the trees planted, 2,000 were lost to a dry spring, a quarter.",
]


@pytest.mark.parametrize("text", _NO_PARTICIPLE_POOL)
def test_an_opening_pool_whose_participle_names_no_one_figure_is_not_read(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- a share drawn after `so` naming no earlier part

_NAMES_NO_PART = [
    "Harwell works\n\nThe firm hired 40 apprentices in May.\n\nIt now employs 1,000, meaning 60 per cent work from"
    " home.",
    "Brackley orchard\n\nVolunteers picked 300 tonnes of apples.\n\nThe farm grows 2,000 tonnes of fruit a year, so"
    " about half goes to cider makers.",
    "Linmouth port\n\nDredgers cleared 50 berths in spring.\n\nThe port has 400 berths, so a quarter stand empty in"
    " winter.",
    "Ashby school\n\nThe school enrolled 90 pupils this autumn.\n\nIt teaches 1,200 in all, meaning 30 per cent travel"
    " by bus.",
    "Corby mill\n\nThe mill bought 200 tonnes of wheat in June.\n\nIt grinds 5,000 tonnes a year, so roughly 40 per"
    " cent is sold abroad.",
]


@pytest.mark.parametrize("text", _NAMES_NO_PART)
def test_a_share_drawn_after_so_whose_clause_names_no_part_links_nothing(knowledge, text):
    assert_not_linked(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- the pool named by a listed member's words (lead)
# (`동부 농가 가운데 …`: the pool's words name a member listed with its own level, not the whole the noun names)
_MEMBER_POOL = (
    "{title}\n\n{name} {noun}은 {whole}이다. 지역별로는 동부 {noun}이 {east}, 서부 {noun}이 {west}이다. "
    "동부 {noun} 가운데 {group}이 {part}으로 {rate}%를 차지했다."
)


@pytest.mark.parametrize(
    "fields",
    [
        dict(
            title="조합원 현황",
            name="햇살조합",
            noun="조합원",
            whole="5만명",
            east="2만명",
            west="3만명",
            group="30대",
            part="8천명",
            rate=40,
        ),
        dict(
            title="동호회 회원",
            name="한울동호회",
            noun="회원",
            whole="2천명",
            east="800명",
            west="1천200명",
            group="40대",
            part="200명",
            rate=25,
        ),
    ],
)
def test_a_pool_named_by_a_listed_members_words_takes_no_whole(knowledge, fields):
    assert_not_fired(knowledge, _MEMBER_POOL.format(**fields), "F503")
