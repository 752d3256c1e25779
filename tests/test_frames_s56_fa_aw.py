"""False alarms of a figure read with the wrong partner or the wrong span (fifty-sixth session, lane `fa_aw`).

Each reading below narrows one that took a partner the wording does not give, and leaves no relation where it cannot
tell (a pass missed costs less than a false alarm):

- A count that is the first item of a list splitting its noun, the next item a bare count (`180 boxes of beeswax and
  120 of tallow`), is one part of the noun's units, never the count a figure per one of the noun multiplies out
  (checker/link/per_one_products.py): the count of all of them is the lead's.
- A figure per one shared out `at each of` a count, the amount it comes to right after the count (`a £30 call charge at
  each of the 15 yards, another £450`), takes no total before it: which amount it shares is unsaid
  (per_one_products.py).
- A sum a sentence opening on one of a noun says that one takes (`A single jar brings in about £9`, `Each crate
  brings in £10`: `[link.single_unit_subject_openers]`) is a price of one, never the part of a share of a total of many
  when a worth of many stands before the share (checker/link/part_list_vetoes.py), as a Korean `개당` price is not.
- A figure of the amount's unit whose nearest figure of that unit before it in its sentence is marked per unit
  (`㎡당 2만 원씩 1억2천만 원이 들었고`) is what that price comes to, no total a later price per unit of its sentence
  divides (checker/link/partners.py).
- An anniversary whose start's clause and verb are told of the year after the publication's (`founded in 1950, and
  next year's dinner will mark its 77th anniversary`: `[link.anniversary_next]` between) is counted to that year
  (checker/link/season_ordinals.py).
- A length in whole years counted back from a day (`began on 10 December 2013, 12 years ago`) is the whole years
  passed since that day, or that length rounded: twelve years and eight months is `12 years ago` as well as `13 years
  ago` (checker/link/elapsed_since_dates.py).
- A Korean length of years from a start (`1983년 개원한 유치원은 28년 동안`) in an article that dates a closing in a
  year between that start and the publication's (`2011년 폐원한`: `[link.age_end_after_year]`) may run to the closing:
  nothing is read (checker/link/date_spans_general.py).
- A sentence opening a paragraph on `This` or `That` set before a noun's possessive (`This year's cutting was 40 per
  cent more than the 500 trees taken down in 2025`: `[link.continuation_determiners]`) has a subject of its own, no
  pronoun continuing the paragraph before: a change of it takes no level there (checker/link/relations.py).
- Two amounts with two neighbouring digits swapped, each borne out exactly by the arithmetic of its own sentence (a
  listed part whose parts add up to their whole, `the dog show £1,956`; a figure a whole count of its sentence
  multiplies into another figure there, `six clubs … £1,596 each … £9,576`), are two amounts, no slip of one another
  (checker/check/kinds/restatement.py).
- Counts drawn from a pool written as the level their clause's subject stands at or reaches (`둔 곳은 2024년
  200곳으로 40.0%에 머물렀지만, … 올해 450곳, 90.0%로 올라섰다`: `[link.tally_level_particles]`) are no outcome
  counts adding up to the pool (checker/link/outcome_tallies.py).

Review fixes narrow five of these: `and 45 of them` is a partitive, no split item; an amount after the count is a
rival total only when it is what the figure per one and the count come to; only `next year's <noun>` (not `next year`
of another clause) dates an anniversary; the whole-years reading of `N years ago` holds only while the months over are
small beside N; a Korean closing year skips only a length that runs from the start to it; `N개로` is a level only
before a verb of standing at or reaching one (`머물렀다`), not `집계됐다`, `나타났다`.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

PER_UNIT = "F317"
SHARE = "F503"
ELAPSED = "F406"
CHANGE = "F301"
SUM = "F302"
SLIP = "F405"


# ---------------------------------------------------------------- a count that is one item of a split


_SPLIT_WITH_A_LEAD_COUNT = (
    "Candles\n\nA chandler in Orrin is to send 300 boxes of candles to a shop in Vell, its owner said.\n\n"
    "The order splits into 180 boxes of beeswax candles and 120 of tallow. Each box takes 12 candles, which means "
    "{total} candles must be poured."
)


@pytest.mark.parametrize(("total", "fires"), [("3,600", False), ("2,160", True)])
def test_a_split_item_is_no_count_of_all_the_units(knowledge, total, fires):
    # the lead's 300 boxes, not the 180 of beeswax: 300 x 12 holds, 180 x 12 is the broken twin
    assert_checked(knowledge, _SPLIT_WITH_A_LEAD_COUNT.format(total=total), PER_UNIT, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        # no count of all the boxes anywhere: the 180 of beeswax is a part, and no count is read
        "Candles\n\nA chandler in Orrin has an order of 180 boxes of beeswax candles and 120 of tallow from a shop "
        "in Vell.\n\nEach box takes 12 candles, which means 3,600 candles must be poured.",
        "Lamps\n\nThe Dunmere works will ship 250 crates of brass lamps and 150 of tin ones this month.\n\n"
        "Each crate holds eight lamps, which means 3,200 lamps will be polished.",
    ],
)
def test_no_count_of_all_from_a_split_item(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


def test_a_count_alone_still_multiplies_out(knowledge):
    text = (
        "Candles\n\nA chandler in Orrin has an order of 180 boxes of beeswax candles from a shop in Vell.\n\n"
        "Each box takes 12 candles, which means {total} candles must be poured."
    )
    assert_checked(knowledge, text.format(total="2,160"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(total="2,400"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- `at each of` a count, the amount after it


@pytest.mark.parametrize(
    "text",
    [
        "Vet\n\nThe practice's bill lists £1,200 for the vaccines and a £30 call charge at each of the 15 yards the "
        "vet drove to, another £450.",
        "Pipes\n\nThe Velt crew relaid 900 metres of pipe, costing £45,000, plus a £200 survey at each of the 12 "
        "streets it dug up, another £2,400.",
    ],
)
def test_a_share_with_its_amount_after_takes_none_before(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("150", False), ("180", True)])
def test_a_share_with_no_amount_after_takes_the_one_before(knowledge, each, fires):
    text = (
        "Hulls\n\nThe Harrowby yard expects the refit to take some 6,000 hours, about "
        f"{each} hours for each of the yard's 40 fitters."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a price of one is no part of a share


@pytest.mark.parametrize(
    "text",
    [
        "Holt damson jam bound for Sapporo\n\nA jam maker in Holt will ship 500 jars of damson jam to a grocer in "
        "Sapporo this autumn, its owner said.\n\nThe grocer pays ¥1,800 for each jar, ¥900,000 in total. That comes "
        "to roughly £4,700 for the firm. A single jar brings in about £9.40, which is £2.40 above the £7 it fetches "
        "in Holt.\n\nThe deal is 12 per cent of the company's sales last year, £39,000.",
        "Bradby perry for Lyon in 2,000-crate deal\n\nThe Bradby orchard has sold 2,000 crates of perry pears to a "
        "maker in Lyon, its owner said.\n\nThe maker pays €12 for each crate, €24,000 in total. That comes to "
        "roughly £20,500 for the orchard. Each crate brings in about £10.25, which is £1.25 above the £9 it fetches "
        "at the gate.\n\nThe deal is 41 per cent of the company's sales last year, £50,000.",
    ],
)
def test_a_price_of_one_is_no_part_of_a_share(knowledge, text):
    assert_not_fired(knowledge, text, SHARE)


@pytest.mark.parametrize(("share", "fires"), [("16", False), ("26", True)])
def test_a_share_of_a_worth_still_reads(knowledge, share, fires):
    text = (
        "Jars\n\nA Kelbrook honey farm is to send 300 jars to a shop in Osaka, an order worth £3,200, "
        f"or {share} per cent of the farm's turnover last year of £20,000."
    )
    assert_checked(knowledge, text, SHARE, fires=fires)


# ---------------------------------------------------------------- a total already a price's product


@pytest.mark.parametrize(
    "text",
    [
        "하천 둑에 깐 잔디는 6천㎡로 ㎡당 2만 원씩 1억2천만 원이 들었고, 산책로 가에 놓은 나무 데크 300m에는 "
        "m당 40만 원씩 1억2천만 원이 쓰였다.",
        "마을 길에 깐 보도블록은 2천㎡로 ㎡당 5만 원씩 1억 원이 들었고, 새로 심은 가로수 80그루에는 그루당 40만 원씩 "
        "3천200만 원이 쓰였다.",
    ],
)
def test_a_price_s_product_is_no_later_price_s_total(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("30만", False), ("40만", True)])
def test_a_total_before_a_price_still_reads(knowledge, each, fires):
    text = f"도로 가에 울타리 500m를 세우는 데 1억5천만 원이 들어, m당 {each} 원꼴이었다."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- an anniversary told of next year


@pytest.mark.parametrize(("ordinal", "fires"), [("77th", False), ("76th", True)])
def test_an_anniversary_of_next_year(knowledge, ordinal, fires):
    text = (
        f"Roses\n\nThe Orwell rose club was founded in 1950, and next year's dinner will mark its {ordinal} "
        "anniversary, its secretary said."
    )
    assert_checked(knowledge, text, ELAPSED, fires=fires)


@pytest.mark.parametrize(("ordinal", "fires"), [("76th", False), ("77th", True)])
def test_an_anniversary_of_this_year_still_reads(knowledge, ordinal, fires):
    text = f"Roses\n\nFounded in 1950, the Orwell rose club marks its {ordinal} anniversary this year."
    assert_checked(knowledge, text, ELAPSED, fires=fires)


# ---------------------------------------------------------------- whole years ago from a day


@pytest.mark.parametrize("years", ["12", "13"])
def test_years_ago_from_a_day_whole_or_rounded(knowledge, years):
    # 10 December 2013 to 5 August 2026: twelve whole years passed, twelve and two-thirds rounded to thirteen
    text = f"Bridge\n\nWork on the Tarrow footbridge began on Tuesday 10 December 2013, {years} years ago."
    assert_not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize("years", ["11", "14"])
def test_years_ago_from_a_day_still_caught(knowledge, years):
    text = f"Bridge\n\nWork on the Tarrow footbridge began on Tuesday 10 December 2013, {years} years ago."
    assert_checked(knowledge, text, ELAPSED, fires=True)


# ---------------------------------------------------------------- a length of years in an article dating a closing


@pytest.mark.parametrize(
    "text",
    [
        "한빛시는 2011년 폐원한 옛 가람유치원 건물을 고쳐 작은 도서관을 열었다. 1983년 개원한 유치원은 28년 동안 "
        "원생 3천여 명을 길러 냈다.",
        "누리군은 2010년 폐교한 옛 솔내중학교를 도서관으로 바꿨다. 1962년 개교한 학교는 48년 동안 졸업생 5천 명을 "
        "길러 냈다.",
    ],
)
def test_a_length_in_an_article_dating_a_closing(knowledge, text):
    assert_not_fired(knowledge, text, ELAPSED, published=dt.date(2026, 6, 5))


def test_a_length_from_a_start_still_reads(knowledge):
    text = "한빛시의 가람초등학교는 1950년 개교한 뒤 {years}년 동안 졸업생 2만 명을 배출했다."
    assert_checked(knowledge, text.format(years="70"), ELAPSED, fires=True, published=dt.date(2026, 6, 5))


# ---------------------------------------------------------------- `This` before a possessive: a subject of its own


def test_a_determiner_this_continues_no_sentence(knowledge):
    text = (
        "Elms\n\nWardens counted 3,000 elms in the park in spring and marked 700 to come down. The remaining 2,300 "
        "look healthy.\n\nThis year's cutting was 40 per cent more than the 500 trees taken down in 2025."
    )
    assert_not_fired(knowledge, text, CHANGE)


@pytest.mark.parametrize(("level", "fires"), [("700", False), ("900", True)])
def test_a_pronoun_still_continues(knowledge, level, fires):
    text = f"Elms\n\nWardens cut down {level} elms this year. It was 40 per cent more than last year's 500 trees."
    assert_checked(knowledge, text, CHANGE, fires=fires)


# ---------------------------------------------------------------- levels of one subject are no outcome counts


@pytest.mark.parametrize(
    "text",
    [
        "시내 어린이집 500곳 가운데 공기청정기를 둔 곳은 2024년 200곳으로 40.0%에 머물렀지만, 시 지원을 받으면서 "
        "올해 450곳, 90.0%로 올라섰다.",
        "관내 경로당 1천200곳 가운데 냉방기를 갖춘 곳은 지난해 말 600곳으로 50.0%에 그쳤지만, 이번 지원이 "
        "더해지면서 900곳, 75.0%로 올라섰다.",
    ],
)
def test_levels_of_one_subject_are_no_tally(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


@pytest.mark.parametrize(("unchanged", "fires"), [("50", False), ("90", True)])
def test_outcome_counts_still_tally(knowledge, unchanged, fires):
    text = f"전체 880개 종목 가운데 510개가 올랐고 320개가 내렸으며 {unchanged}개는 보합이었다."
    assert_checked(knowledge, text, SUM, fires=fires)


# ---------------------------------------------------------------- two amounts alike, each borne out by its sentence

_SHARED_AND_LISTED = (
    "Orrin show's £9,576 shared among six clubs\n\nSix local clubs have each received a cheque for £1,596 from the "
    "Orrin show, which raised £9,576 on Saturday 1 August.\n\nStalls brought in £{stalls}, with the raffle raising "
    "£2,350, the bar £2,060 and the dog show £1,956."
)


def test_two_amounts_each_borne_out_are_no_slip(knowledge):
    # £1,596 x 6 clubs is the £9,576, and the four parts add up to it: £1,956 is the dog show's, no copy of £1,596
    assert_not_fired(knowledge, _SHARED_AND_LISTED.format(stalls="3,210"), SLIP)


def test_a_swap_the_sum_does_not_bear_out_is_still_a_slip(knowledge):
    # the parts fall short of the whole: the dog show's £1,956 may be the £1,596 copied with two digits swapped
    assert_checked(knowledge, _SHARED_AND_LISTED.format(stalls="3,120"), SLIP, fires=True)


# ---------------------------------------------------------------- review fixes (each a must-not or a must-fire twin)


def test_a_partitive_of_the_count_is_no_split_item(knowledge):
    # `and 45 of them`: some of the 300 crates, no second item of a split, nor the count of all the crates
    text = (
        "Soap\n\nThe Quillan works made 300 crates of soap this month, and 45 of them were rose.\n\n"
        "Each crate holds 12 bars, so 3,600 bars were made."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


def test_a_partitive_count_is_not_the_count_of_all(knowledge):
    text = (
        "Soap\n\nThe Quillan works made 300 crates of soap, and 45 of those were rose. Each crate holds 12 bars, "
        "which means 3,600 bars were made."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("£8,000", False), ("£8,800", True)])
def test_an_amount_of_another_item_after_the_count_is_no_rival_total(knowledge, total, fires):
    # `and £900 to the county`: not what £200 x 40 comes to, so the £8,000 before is still the total shared
    text = f"Grants\n\nThe {total} pot gives £200 to each of the 40 choirs, and £900 to the county festival."
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


@pytest.mark.parametrize(("each", "fires"), [("120", False), ("160", True)])
def test_a_larger_figure_of_another_item_after_the_count(knowledge, each, fires):
    text = (
        f"Roofs\n\nThe job will take 4,800 hours, about {each} hours for each of the 40 roofers, plus 7,000 hours "
        "of scaffolding."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


@pytest.mark.parametrize(("ordinal", "fires"), [("81st", False), ("82nd", True)])
def test_next_year_of_another_clause_dates_no_anniversary(knowledge, ordinal, fires):
    text = (
        "Bowls\n\nThe Lannet bowls club, founded in 1945, will build a new pavilion next year but marks its "
        f"{ordinal} anniversary this weekend."
    )
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 6, 10))


@pytest.mark.parametrize(
    ("day", "years"),
    [("18 June 2024", "1"), ("12 June 2023", "2")],
)
def test_whole_years_ago_with_most_of_a_year_over_still_caught(knowledge, day, years):
    # nearly two years (three) after the day: `1 year ago` (`2 years ago`) is a year short, whole years or not
    text = f"Lido\n\nThe Carrow lido closed on {day}, {years} years ago."
    assert_checked(knowledge, text, ELAPSED, fires=True, published=dt.date(2026, 6, 4))


@pytest.mark.parametrize(("years", "fires"), [("36", False), ("31", True)])
def test_another_subject_s_closing_keeps_a_length_to_now(knowledge, years, fires):
    text = (
        "다솔시는 2012년 폐교한 옛 바람초등학교 터에 체육관을 짓는다. 1990년 문을 연 다솔시립도서관은 "
        f"{years}년 동안 시민 곁을 지켜 왔다."
    )
    assert_checked(knowledge, text, ELAPSED, fires=fires, published=dt.date(2026, 6, 5))


def test_a_length_fitting_neither_the_closing_nor_now_is_caught(knowledge):
    # 1983 + 33 is neither the closing's 2011 nor 2026
    text = (
        "한빛시는 2011년 폐원한 옛 가람유치원 건물을 고쳐 작은 도서관을 열었다. 1983년 개원한 유치원은 33년 동안 "
        "원생 3천여 명을 길러 냈다."
    )
    assert_checked(knowledge, text, ELAPSED, fires=True, published=dt.date(2026, 6, 5))


@pytest.mark.parametrize(
    "template",
    [
        "전체 760개 종목 가운데 430개가 올랐고 270개가 내렸으며 보합은 {n}개로 집계됐다.",
        "응답자 760명 가운데 430명이 찬성했고 270명이 반대했으며 {n}명으로 나타난 나머지는 답하지 않았다.",
    ],
)
@pytest.mark.parametrize(("n", "fires"), [("60", False), ("80", True)])
def test_a_tally_part_counted_with_ro_still_tallies(knowledge, template, n, fires):
    assert_checked(knowledge, template.format(n=n), SUM, fires=fires)
