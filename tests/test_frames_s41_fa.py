"""False alarms on copy never seen (forty-first session, lane `fa`): joins whose members are amounts of different
things, closed where the joins are made or gated; with the break each reading was built for still caught.

- A count each of some units holds (`30 pens, each housing two dogs`) is no count of all the units a price apart is
  per (checker/link/per_unit_apart.py, `_held_each`), and, read as a capacity, no share of a flow the lead states
  (checker/link/each_averages.py, `[link.each_capacity_words]`).
- A count of new units (`the 14 new teams`) is a price's units only where the article states no level of all those
  units (`84 teams`: `[link.new_counters]`, `CountsApart`).
- A word of when (`so far`) names no line of a crop that a price's total is of (checker/link/unit_prices.py,
  `[link.label_time_adverbs]`).
- A share's part set beside a count of another noun (`156,000 litres from its 120 cows, a fifth of the 780,000
  litres`) is the clause's amount of the whole's noun (checker/link/shares_beside_parts.py).
- A part stated per one unit, one time or a short period (`한 번에 20명꼴`, `40 tonnes a day`) is no part of a total
  that is not, unless all the parts are (`gate_sum_joins`, checker/link/identity_gates.py); a figure per unit of a
  total and its units make a product of it, no sum.
- A Korean per-unit mark's figure is the one right after it, not one past another figure (`㎏당 4만 원에 팔아 38억
  원을`: checker/link/per_unit_ko.py); a figure given each one (`4천 병씩`) is no part of a whole stated in the
  next sentence (checker/link/wholes_then_shares_apart.py); a share naming its whole's noun (`전체 매출에서`) takes
  no whole by size when that noun names only an amount of another kind (checker/link/share_subjects.py), and its
  subject is the part named after the whole (`전체 매출 가운데 깐 잣이`: checker/link/shares_of_named_members.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired
from helpers import rule_result as _result

PER_UNIT, SUM, SHARE = "F317", "F302", "F503"


# ---------------------------------------------------------------- a count each unit holds is no count of the units

_KENNELS = (
    "Dog rescue\n\nThe Ashby Greyhound Trust rehomed 216 dogs in the year to June, up from 180 a year earlier.\n\n"
    "Its kennels have {held}, so it can care for 60 at a time. Running them cost £259,200 in the year, or {each} "
    "for every dog that found a home."
)


@pytest.mark.parametrize(
    "held",
    [
        "30 pens, each housing two dogs",
        "30 pens, each with two dogs",
        "30 pens, each holding up to two dogs",
        "30 kennels, each able to take two dogs",
        "30 pens, each shared by two dogs",
    ],
)
def test_a_count_each_unit_holds_is_no_count_of_the_units(knowledge, held):
    _checked(knowledge, _KENNELS.format(held=held, each="£1,200"), PER_UNIT, fires=False)
    _checked(knowledge, _KENNELS.format(held=held, each="£1,400"), PER_UNIT, fires=True)


@pytest.mark.parametrize(
    "held",
    [
        "20 dormitories, each sleeping eight guests, {total} guests in all",
        "20 dormitories, each with eight guests, {total} guests in all",
        "20 dormitories, each housing eight guests, {total} guests altogether",
        "20 dormitories, each holding eight guests, {total} guests in total",
        "20 dormitories, each accommodating eight guests, {total} guests in all",
    ],
)
def test_a_count_each_unit_holds_divides_its_appended_total_and_makes_no_sum(knowledge, held):
    text = "Hostel\n\nThe Brindle Point hostel opened " + held + "."
    _checked(knowledge, text.format(total="160"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total="180"), PER_UNIT, fires=True)
    _not_fired(knowledge, text.format(total="160"), SUM)


# ---------------------------------------------------------------- a count of new units against a level of all

_LEAGUE = (
    "Darts league\n\nThe Wexcombe Darts League will field {level} teams this winter, up from {prior} last season.\n\n"
    "The {new} new teams include four from pubs that reopened this year.\n\n"
    "Entry stays at £{fee} a team, bringing in £{total}."
)


@pytest.mark.parametrize(
    ("level", "prior", "new", "fee", "total"),
    [
        ("84", "70", "14", "45", "3,780"),
        ("60", "52", "8", "30", "1,800"),
        ("120", "96", "24", "25", "3,000"),
        ("45", "40", "5", "60", "2,700"),
        ("72", "66", "6", "50", "3,600"),
    ],
)
def test_a_fee_per_team_is_of_all_the_teams_not_the_new_ones(knowledge, level, prior, new, fee, total):
    text = _LEAGUE.format(level=level, prior=prior, new=new, fee=fee, total=total)
    _checked(knowledge, text, PER_UNIT, fires=False)
    wrong = _LEAGUE.format(level=level, prior=prior, new=new, fee=int(fee) + 5, total=total)
    _checked(knowledge, wrong, PER_UNIT, fires=True)


def test_a_cost_per_new_unit_with_no_level_stated_is_of_the_new_ones(knowledge):
    text = (
        "Fountains\n\nLowmarsh will install 40 new drinking fountains over the summer, the council said.\n\n"
        "The £{total} cost, £5,500 a fountain, is shared with the water company."
    )
    _checked(knowledge, text.format(total="220,000"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total="260,000"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a word of when names no line of a crop

_BEET = (
    "Beet campaign\n\nGrowers around Fenby have delivered 900,000 tonnes of sugar beet to the factory since the "
    "campaign began.\n\nSugar content has averaged 17 per cent, meaning the beet delivered {when} holds 153,000 "
    "tonnes of sugar.\n\nGrowers are paid £{price} a tonne this season, so the deliveries {when} are worth £27m."
)


@pytest.mark.parametrize("when", ["so far", "by now", "to date so far", "already", "so far in the autumn"])
def test_a_word_of_when_names_no_line_of_the_crop(knowledge, when):
    _checked(knowledge, _BEET.format(when=when, price="30"), PER_UNIT, fires=False)
    _checked(knowledge, _BEET.format(when=when, price="34"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a share's part is of its whole's noun

_MILK = (
    "Dairy\n\nThe Hollins farm makes ice cream from its own milk.\n\n"
    "This summer's sales used {part} litres of milk from the farm's {herd}, {share} of the {whole} litres the herd "
    "gives in a year."
)


@pytest.mark.parametrize(
    ("part", "herd", "share", "whole"),
    [
        ("156,000", "120 cows", "a fifth", "780,000"),
        ("90,000", "80 cows", "a sixth", "540,000"),
        ("200,000", "150 cows", "a quarter", "800,000"),
        ("120,000", "95 goats", "a third", "360,000"),
        ("60,000", "40 cows", "a tenth", "600,000"),
    ],
)
def test_a_shares_part_is_the_amount_of_its_wholes_noun(knowledge, part, herd, share, whole):
    _checked(knowledge, _MILK.format(part=part, herd=herd, share=share, whole=whole), SHARE, fires=False)
    wrong = _MILK.format(part=part, herd=herd, share="half", whole=whole)
    _checked(knowledge, wrong, SHARE, fires=True)


def test_a_count_of_another_noun_with_no_amount_of_the_wholes_noun_is_still_a_part(knowledge):
    text = "Airline\n\nThe airline gave away 2.3 million award seats, {share} of the 32.9 million passengers it flew."
    _checked(knowledge, text.format(share="7%"), SHARE, fires=False)
    _checked(knowledge, text.format(share="17%"), SHARE, fires=True)


# ---------------------------------------------------------------- an average is no part of a total


@pytest.mark.parametrize(
    "session",
    ["한 번에 20명꼴로", "한 회에 20명꼴로", "회당 20명꼴로", "한 번에 평균 20명꼴로", "강습 한 번에 20명꼴로"],
)
def test_an_average_per_session_is_no_part_of_a_count_of_another_noun_ko(knowledge, session):
    text = (
        "새벌시 스케이트장\n\n새벌시는 올해 스케이트장을 4만 명이 이용했다고 밝혔다. 시는 26주 동안 주 3회씩 모두 "
        f"78회의 무료 강습을 열었다. 강습에는 1천560명이 참가해 {session} 배웠다. 다친 이용자는 모두 스물세 명이었다."
    )
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(
    "peak",
    [
        "with 40 tonnes a day at the peak",
        "picking up to 40 tonnes a day at the peak",
        "and 40 tonnes a day at the height of the harvest",
        "with 45 tonnes a day in the best week",
        "with 35 tonnes per day at the peak",
    ],
)
def test_a_days_load_is_no_part_of_a_seasons_harvest(knowledge, peak):
    text = (
        "Vineyard\n\nThe Carrow estate picked {total} tonnes of grapes this autumn: 600 tonnes of red and 250 tonnes "
        "of white, " + peak + "."
    )
    _checked(knowledge, text.format(total="850"), SUM, fires=False)
    _checked(knowledge, text.format(total="800"), SUM, fires=True)


def test_a_days_load_is_no_part_of_a_seasons_harvest_ko(knowledge):
    text = (
        "포도 수확\n\n마루골 농가들은 올해 포도 {total}톤을 수확했다. 적포도 600톤, 청포도 250톤이며 가장 바쁠 때는 "
        "하루 40톤을 땄다."
    )
    _not_fired(knowledge, text.format(total="850"), SUM)
    _not_fired(knowledge, text.format(total="890"), SUM)


@pytest.mark.parametrize(
    "rest",
    [
        "and 7,600 a pear relish",
        "and 7,600 a spiced relish",
        "and 7,600 a Lyon relish",
        "and 7,600 a relish",
        "7,600 a relish",
    ],
)
def test_a_gapped_lists_bare_count_before_a_noun_is_still_a_part(knowledge, rest):
    text = (
        "Chutney order\n\nBramble Kitchen will send 19,000 jars to Lyon. Of those, 11,400 are its plum chutney "
        + rest
        + "."
    )
    _checked(knowledge, text, SUM, fires=False)


# ---------------------------------------------------------------- Korean: a mark's figure, a figure given each, a noun


@pytest.mark.parametrize(
    "sold",
    [
        "이 가운데 96톤을 kg당 4만 원에 팔아 {total} 원을 벌었다",
        "이 가운데 96톤을 ㎏당 4만 원에 팔아 {total} 원을 벌었다",
        "이 가운데 96톤은 kg당 4만 원씩 모두 {total} 원에 팔렸다",
        "96톤을 kg당 4만 원에 넘겨 {total} 원을 받았다",
        "이 중 96톤을 kg당 4만 원에 팔아 모두 {total} 원을 벌었다",
    ],
)
def test_a_per_unit_marks_figure_is_the_one_right_after_it(knowledge, sold):
    text = (
        "잣 조합\n\n솔마루 잣영농조합은 지난해 매출이 42억 원으로 전년보다 20% 늘었다고 밝혔다. 깐 잣은 108톤을 "
        "얻었다. " + sold + "."
    )
    _not_fired(knowledge, text.format(total="38억4천만"), PER_UNIT)
    _not_fired(knowledge, text.format(total="36억4천만"), PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("300만", False), ("350만", True)])
def test_a_per_unit_marks_figure_right_after_it_still_divides(knowledge, each, fires):
    text = f"난방비 지원\n\n솔마루군은 올겨울 저소득 400가구에 난방비 12억 원을 지원했다. 가구당 평균 {each} 원꼴이다."
    _checked(knowledge, text, PER_UNIT, fires=fires)


@pytest.mark.parametrize(
    "each",
    [
        "세 차례에 걸쳐 4천 병씩 나눠 보낸다",
        "세 번에 나눠 4천 병씩 보낸다",
        "석 달 동안 4천 병씩 실어 보낸다",
        "세 차례 4천 병씩 배에 싣는다",
        "세 번에 걸쳐 4천 병씩 선적한다",
    ],
)
def test_a_figure_given_each_is_no_part_of_the_share_after_it(knowledge, each):
    text = (
        "소주 수출\n\n가람군 양조장이 프랑스 식당과 1만2천 병의 수출 계약을 맺었다. 첫 선적은 다음 달이며 "
        + each
        + ". 이번 수출 물량은 양조장의 한 해 생산량 4만 병의 {share}에 해당한다."
    )
    _checked(knowledge, text.format(share="30%"), SHARE, fires=False)
    _checked(knowledge, text.format(share="40%"), SHARE, fires=True)


@pytest.mark.parametrize(
    "share",
    [
        "전체 매출에서 깐 잣이 차지하는 비중은 {rate}%다",
        "전체 매출에서 깐 잣이 차지하는 비율은 {rate}%다",
        "전체 매출 가운데 깐 잣이 차지하는 비중은 {rate}%다",
        "전체 매출에서 깐 잣이 차지하는 비중은 {rate}%에 이른다",
        "전체 매출 중에서 깐 잣이 차지하는 비중은 {rate}%에 이른다",
    ],
)
def test_a_share_naming_its_wholes_noun_is_of_that_nouns_amount(knowledge, share):
    text = (
        "잣 조합\n\n솔마루 잣영농조합은 지난해 매출이 42억 원이었다고 밝혔다. 조합원들은 잣송이 1천800톤을 땄고, "
        "이렇게 얻은 깐 잣은 108톤이었다. 깐 잣을 팔아 38억4천만 원을 벌었고 가공품 매출이 3억6천만 원이었다. "
        + share
        + "."
    )
    _checked(knowledge, text.format(rate="91.4"), SHARE, fires=False)
    _checked(knowledge, text.format(rate="81.4"), SHARE, fires=True)


# ---------------------------------------------------------------- an average of `each` after two counts of a clause


@pytest.mark.parametrize(
    "each",
    [
        "About 6,000 runners raised money for 400 charities, an average of £350 each",
        "Some 6,000 walkers collected for 400 causes, at an average of £350 each",
        "The 6,000 riders raised cash for 400 charities, about £350 each",
        "Around 6,000 swimmers raised funds for 400 clubs, an average of £350 each",
        "The 6,000 entrants raised money for 400 good causes, roughly £350 each",
    ],
)
def test_an_average_each_after_two_counts_is_of_neither(knowledge, each):
    text = "Marathon\n\nThe Fernwick Marathon raised £2.1m for charity this year, organisers said.\n\n" + each + "."
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("$40,000", False), ("$45,000", True)])
def test_an_average_each_after_one_count_is_still_of_it(knowledge, each, fires):
    text = (
        "Pilots\n\nThe Kessock harbour board paid its 55 ferry pilots a bonus this year.\n\n"
        f"The 55 ferry pilots shared $2.2m, or {each} apiece."
    )
    _checked(knowledge, text, PER_UNIT, fires=fires)


# ---------------------------------------------------------------- two breakdowns around one total


@pytest.mark.parametrize(
    "lists",
    [
        "재료비는 배추 4천만 원, 양념 6천만 원 등 모두 1억 원이 들었다. "
        "기업 12곳이 7천만 원을 냈고 나머지 3천만 원은 시가 보탰다",
        "사업비는 장비 4천만 원, 인건비 6천만 원 등 총 1억 원이다. "
        "이 가운데 기업 후원이 7천만 원, 시 예산이 3천만 원이다",
        "행사비는 무대 4천만 원, 음향 6천만 원 등 모두 1억 원이 들었다. "
        "기업 8곳이 7천만 원을 냈고 나머지 3천만 원은 군이 댔다",
        "공사비는 자재 4천만 원, 인건비 6천만 원 등 모두 1억 원이 들었다. "
        "이 가운데 국비가 7천만 원, 도비가 3천만 원이다",
        "축제 예산은 공연 4천만 원, 홍보 6천만 원 등 총 1억 원이다. 이 가운데 도비가 7천만 원, 군비가 3천만 원이다",
    ],
)
def test_two_breakdowns_around_a_total_are_checked_apart(knowledge, lists):
    text = "행사\n\n하람시는 올해 김장 행사를 열었다. " + lists + "."
    result = _result(knowledge, text, SUM)
    assert SUM not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert [p.rule for p in result.passed].count(SUM) == 2


# ---------------------------------------------------------------- an average of units given a share; a carried noun


@pytest.mark.parametrize(
    "sold",
    [
        "sold 70 per cent of them to 180 pubs within 30 miles",
        "sent 70 per cent of them to 180 pubs",
        "sold 70% of them to 180 local pubs",
        "sold 70 per cent of the barrels to 180 free houses",
        "sold 70 per cent of its barrels to 180 pubs in the county",
    ],
)
def test_units_given_a_share_hold_an_average_of_that_part(knowledge, sold):
    text = (
        "Brewery\n\nRidgeway Ales brewed 13,600 barrels in the year to September, up from 11,000.\n\n"
        f"It {sold}. Each pub took an average of 53 barrels."
    )
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "each",
    [
        "served 58,000 meals to 3,600 children, an average of 16 each",
        "handed out 9,000 books to 600 pupils, about 15 each",
        "gave 12,000 seedlings to 400 gardeners, an average of 30 each",
        "delivered 4,800 parcels to 320 homes, or 15 each",
        "sold 2,400 tickets to 160 clubs, an average of 15 each",
    ],
)
def test_a_bare_number_each_after_two_counts_counts_no_carried_noun(knowledge, each):
    text = "Holiday clubs\n\nThe Brennock holiday clubs " + each + "."
    _not_fired(knowledge, text, PER_UNIT)
    _not_fired(knowledge, text.replace("15 each", "19 each").replace("16 each", "19 each"), PER_UNIT)


@pytest.mark.parametrize(("each", "fires"), [("700", False), ("750", True)])
def test_a_bare_number_per_a_named_unit_still_restates(knowledge, each, fires):
    text = f"Vets\n\nThe 14 vets treated 9,800 animals, or roughly {each} a vet."
    _checked(knowledge, text, PER_UNIT, fires=fires)
