"""A figure per unit whose total and count stand apart (fifteenth session, checker/link/per_unit_apart.py and
checker/link/partners.py): the count must be a count of the units the figure is per, the total what those units
took.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be linked: the `1`
of the mark's own `1개당`, a part's count set beside its share, a count that is itself per unit, a part of the
noun's whole, a population for a figure per patient, the whole a chain's shops share with its website.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the mark's own one, and a part beside its share

# `1개당`: the `1개` is the mark's; `150만개(75%)` one part's count; the count is the new capacity, 200만개
_PLANT = (
    "한울타이어는 새 공장에 3억유로를 투자한다. 연간 생산 능력은 400만개에서 600만개로 늘어난다. 새로 늘어나는 "
    "200만개 가운데 150만개(75%)는 수출용이다. 생산 능력 1개당 투자액은 {per}꼴이다."
)


@pytest.mark.parametrize("text,fires", [(_PLANT.format(per="150유로"), False), (_PLANT.format(per="250유로"), True)])
def test_the_marks_own_one_and_a_part_beside_its_share_are_no_count(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# `80건으로 2%`: a count stated as its share of a whole is one part's (the complaints), no count of the counselling
def test_a_count_stated_with_its_share_is_no_count_of_the_units(knowledge):
    text = (
        "올해 상담을 받은 시민은 4,000명이었다. 센터 예산은 20억원으로, 상담 1건당 50만원꼴이 들어갔다. 민원으로 "
        "이어진 사례는 80건으로 2%에 그쳤다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a count that is itself per unit

# `복지관 한 곳당 2,400명꼴`, `한 사람이 노인 200명을 맡는 꼴`: counts per a unit, none of the people the budget serves
_CENTRES = (
    "시 복지관 5곳에 등록된 노인은 1만2,000명이다. 복지관 한 곳당 2,400명꼴이다. 상담 인력은 60명으로, 한 사람이 "
    "노인 200명을 맡는 꼴이다. 올해 예산은 36억원으로, 등록 노인 1인당 {per}이 쓰였다."
)


@pytest.mark.parametrize("text,fires", [(_CENTRES.format(per="30만원"), False), (_CENTRES.format(per="40만원"), True)])
def test_a_count_per_unit_is_no_count_of_units(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a part of the noun's whole

# `회원 중 여성은 5,000명`: the noun names the whole the part is of, not the part
_MEMBERS = (
    "조합 회원은 8,000명이다. 회원 중 여성은 5,000명, 남성은 3,000명이다. 올해 예산은 16억원으로, 회원 1인당 "
    "{per}이 쓰였다."
)


@pytest.mark.parametrize("text,fires", [(_MEMBERS.format(per="20만원"), False), (_MEMBERS.format(per="25만원"), True)])
def test_a_part_of_the_nouns_whole_is_no_count_of_the_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# ---------------------------------------------------------------- a figure per person of another noun than the people

_POPULATION = "한솔시 인구는 50만명이다. 올해 {what} 예산은 30억원으로, {noun} 1인당 {per}이 쓰였다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_POPULATION.format(what="도서관", noun="시민", per="6천원"), False),
        (_POPULATION.format(what="도서관", noun="시민", per="8천원"), True),
    ],
)
def test_a_figure_per_citizen_is_of_the_population(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_a_figure_per_patient_is_not_of_the_population(knowledge):
    text = _POPULATION.format(what="치매센터", noun="환자", per="60만원")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the units' own part of the whole

_CHAIN_EN = (
    "Brinwell Books said sales rose to £90m in the half. Its shops took £72m and its website £18m, or 20% of the "
    "total. With 160 shops open, store sales averaged about {per} a branch."
)


@pytest.mark.parametrize(
    "text,fires", [(_CHAIN_EN.format(per="£450,000"), False), (_CHAIN_EN.format(per="£520,000"), True)]
)
def test_a_figure_per_shop_divides_the_shops_own_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# the website's part is no shop's (its clause names no shop): with no part of the shops, the whole
def test_a_part_of_another_name_is_not_taken(knowledge):
    text = (
        "Brinwell Books said sales rose to £90m in the half. Its website took £18m, or 20% of the total. With 200 "
        "shops open, sales averaged about £450,000 a branch."
    )
    assert_checked(knowledge, text, "F317", False)


# ---------------------------------------------------------------- the total of the sentence a per-unit figure restates

# `… 셈이다`: the sentence restates the one before per unit, whose amount is the total; the count is the lead's (a
# part of it set beside its share of the whole, `전체의 62.5%`, is none)
_FESTIVAL = (
    "가람시 빛축제에 관람객 80만명이 다녀갔다. 지난해보다 10만명 늘었다. 외지 관람객은 50만명으로 전체의 62.5%를 "
    "차지했다. 축제 기간 상권의 카드 매출은 240억원으로 지난해보다 20% 늘었다. 관람객 1인당 {per}꼴을 쓴 셈이다."
)


@pytest.mark.parametrize("text,fires", [(_FESTIVAL.format(per="3만원"), False), (_FESTIVAL.format(per="4만원"), True)])
def test_a_per_unit_sentence_restating_the_one_before_divides_its_amount(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# no restating end: which amount the figure is of is not said
def test_a_per_unit_sentence_that_restates_nothing_takes_no_amount_before(knowledge):
    text = _FESTIVAL.replace("관람객 1인당 {per}꼴을 쓴 셈이다.", "관람객 1인당 지출은 3만원이었다.")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a whole and its part the noun both names


# `참여 학생은 6만명으로 전체 학생 10만명의 60%`: per which students is not said
def test_a_whole_and_its_part_named_alike_before_the_figure_tie(knowledge):
    text = (
        "올해 방과후 수업에 참여한 학생은 6만명으로 도내 전체 학생 10만명의 60%다. 올해 예산은 240억원으로 "
        "지난해보다 10% 늘었다. 학생 1인당 40만원을 지원하는 셈이다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a mark per person right after a count of people

# `구매객은 300만명으로 1인당`: no noun before the mark, the people counted right before it; the total the lead's, of
# the count's period (the months', not one month's), and the one the headline states when the lead states two
_SHOPPERS = (
    "{headline}한결면세점은 올해 1~9월 매출이 9,000억원으로 지난해보다 8% 늘었다고 밝혔다. {other}\n\n1~9월 {who}은 "
    "300만{counter}으로 1인당 평균 {per}어치를 샀다."
)
_HEADLINE = "한결면세점, 1~9월 매출 9,000억원\n\n"
_ONE_MONTH = "9월 한 달 매출은 1,100억원이었다."
_ONLINE = "같은 기간 온라인 매출은 2,000억원이었다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_SHOPPERS.format(headline="", other=_ONE_MONTH, who="구매객", counter="명", per="30만원"), False),
        (_SHOPPERS.format(headline="", other=_ONE_MONTH, who="구매객", counter="명", per="40만원"), True),
        (_SHOPPERS.format(headline=_HEADLINE, other=_ONLINE, who="구매객", counter="명", per="30만원"), False),
        (_SHOPPERS.format(headline=_HEADLINE, other=_ONLINE, who="구매객", counter="명", per="40만원"), True),
    ],
)
def test_a_mark_per_person_after_a_count_of_people(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no headline: the lead's two totals of one period tie
        _SHOPPERS.format(headline="", other=_ONLINE, who="구매객", counter="명", per="30만원"),
        # a count of no people before the mark
        _SHOPPERS.format(headline=_HEADLINE, other=_ONE_MONTH, who="결제", counter="건", per="30만원"),
    ],
)
def test_a_mark_per_person_takes_no_tie_nor_a_count_of_other_things(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a bare count, of the noun its clause numbers

_MARINA = (
    "The number of {what} registered with the Tamsin Harbour board rose 3.0% to 12,000 at the end of June. "
    "Mooring fees were raised in April. Licence income was £9.6m, an average of {per} a boat."
)


@pytest.mark.parametrize(
    "text,fires",
    [(_MARINA.format(what="boats", per="£800"), False), (_MARINA.format(what="boats", per="£950"), True)],
)
def test_a_count_of_the_noun_its_clause_numbers(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# the clause numbers another noun: the count is none of the boats
def test_a_count_of_another_noun_numbered_is_none(knowledge):
    assert_not_checked(knowledge, _MARINA.format(what="members", per="£800"), "F317")


# ---------------------------------------------------------------- an amount that came to so much per unit

# the count beside it, the total the amount before whose words name what the figure's name (`nursing`)
_WARDS = (
    "Corven General Hospital said its {bill} was $96.0 million in the year. Spread across the hospital's 300 beds, "
    "nursing costs came to about {per} a bed."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_WARDS.format(bill="total nursing payroll", per="$320,000"), False),
        (_WARDS.format(bill="total nursing payroll", per="$410,000"), True),
    ],
)
def test_an_amount_per_unit_of_the_total_its_words_name(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


# the amount before names another cost: which total the figure divides is not said
def test_an_amount_per_unit_takes_no_total_of_other_words(knowledge):
    assert_not_checked(knowledge, _WARDS.format(bill="drug bill", per="$320,000"), "F317")
