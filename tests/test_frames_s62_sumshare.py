"""Sums and shares (sixty-second session, lane `sumshare`).

Sums:

- A list whose head (the figures stated first) cannot be parts of the total by its words, a count of another
  classifier (`버스 7대가 마을 9곳을 돌며 어르신 63명과 장애인 29명, 모두 92명`) or a figure per a period (`pay £40 a
  year each, bringing in £1,200, and … £2,500, making …`), opens after that head, two parts at least left
  (checker/link/totals.py, `_without_an_unlike_head`); a head of figures alike the total is kept.
- `…, together covering the full £T`, `…, making total income of £T`, `…, giving takings of £T` mark the list's total
  (`[link.total_marks]`); `T, paid for with A …, B … and C …` lists all of a cost, as `T across four fields, of A,
  B, C and D hectares` lists all of a measure (`[link.parts_follow_all]`); numbers written with a decimal point before
  one so written with its unit are in that unit (checker/extract/quantities.py, `_read_units_written_last`).
- A partition (`여성 A명, 남성 B명`) whose sentence opens on a one-word topic is of the lead's figure stated after
  that noun, however far back (checker/link/totals.py, `_whole_the_topic_names`); not where the topic names no
  figure of the lead.
- Korean: a whole that is its sentence's topic (`밥값은 T으로,`), then payers, each its clause's subject, paying it
  between them (`군이 A를 대고 마을이 B를 낸다`: `[link.made_up_of_paid_ends]`, checker/link/made_up_of.py); not
  where a topic stands between.
- A whole a keyed list (`named_whole:…`) breaks down may be broken down again by parallel items
  (checker/link/parallel_parts.py): each list is checked apart.
- A breakdown after a level restated as a share of a reference whole (`…의 20%에 해당한다`) is not of that
  reference whole (checker/link/breakdowns.py, `_restated_shares_wholes`).

Shares:

- A share closing the clause of a part whose whole the words mark (`Of the 270 entrants, 180 came from the county's
  schools, two-thirds of the field`), set after a comma, perhaps with the whole's noun after it and another clause
  after a comma and `and`: the part's share of that whole, whatever figures the part's clause holds
  (checker/link/shares_closing_a_marked_part.py); not a share whose part names no whole, nor one naming another
  whole.
- Korean: a fraction set beside its part by a comma, its copula closing the clause (`…는 60가구, 3분의 2였다`), as
  after `으로` (checker/link/shares.py); not a fraction that is a clause's subject (`60가구, 절반이 …`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked, claims, mention_at

SUM = "F302"
SHARE = "F503"

_JOBS = (
    "돌봄 일자리\n\n가람군 어르신 돌봄 일자리에 나선 주민이 올해 {n}으로 집계됐다. 지난해(1천250명)보다 150명 "
    "많다. 도내 돌봄 인력 7천명의 20%에 해당한다.\n\n유형별로는 방문 돌봄 840명, 주간 돌봄 350명, 야간 돌봄 "
    "210명이다. 방문 돌봄 인력은 주 3일 나간다. 하루 4시간이다. 수당은 37만원이다.\n\n{topic} 여성 1천50명, "
    "남성 350명으로 여성이 많다."
)

_SUMS = [
    # (text, holding total, broken total)
    (
        "셔틀버스\n\n가람군이 셔틀버스를 늘렸다. 셔틀버스 5대가 지난 4일(수)부터 마을 9곳을 돌며 어르신 63명과 장애인 "
        "29명, 모두 {n}을 태운다.",
        "92명",
        "98명",
    ),
    (
        "Newsletter\n\nThirty shops pay £40 a year for an advert each, bringing in £1,200, and the town council adds "
        "a grant of £2,500, making total income of {n}.",
        "£3,700",
        "£3,900",
    ),
    (
        "Club\n\nThe club's raffle raised €5,200 towards them and a county grant supplied the other €3,150, together "
        "covering the full {n}.",
        "€8,350",
        "€8,750",
    ),
    (
        "Tunnel\n\nIt cost {n}, paid for with £3,500 from a community fund, £1,400 from the parents and £700 from a "
        "farm shop.",
        "£5,600",
        "£5,900",
    ),
    (
        "Fete\n\nThe stalls took £1,460 and the tombola £820, giving takings of {n} for the church roof.",
        "£2,280",
        "£2,580",
    ),
    (_JOBS.replace("{topic}", "주민은"), "1천400명", "1천500명"),
    (
        # (the payers, each its clause's subject, pay the whole the sentence's topic states)
        "급식\n\n한 끼 밥값은 {n}으로, 군이 3천100원을 대고 마을이 1천100원을 낸다.",
        "4천200원",
        "4천500원",
    ),
    (
        # (the lead's whole broken down by sections, and again, read first, by old and new path)
        "가람산 둘레길 18.6㎞ 모두 이어져\n\n가람군이 가람산을 한 바퀴 도는 둘레길 18.6㎞를 모두 잇고 오는 9일 "
        "개통식을 연다고 2일 밝혔다.\n\n둘레길은 세 구간으로 나뉜다. 1구간 6.3㎞, 2구간 5.9㎞, 3구간 {n}다. 둘레길 "
        "가운데 7.2㎞는 원래 있던 농로를 다듬은 것이고, 새로 낸 길은 11.4㎞다.",
        "6.4㎞",
        "7.4㎞",
    ),
    (
        "Meadows\n\nThe Ardnave meadows cover {n} across four fields, of 2.5, 3.1, 2.9 and 2.0 hectares.",
        "10.5 hectares",
        "11.5 hectares",
    ),
]


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        (
            "Meadows\n\nThe meadows cover 10.5 hectares in four fields, of 2.5, 3.1, 2.9 and 2.0 hectares.",
            "3.1",
            "measure",
        ),
        # (a whole number before the unit is left as it is: how large it is, is not said)
        ("Meadows\n\nThe meadows cover 10 hectares in three fields, of 2, 3 and 5 hectares.", "3", None),
    ],
)
def test_decimals_listed_before_a_unit_are_in_it(text, written, kind):
    mention = mention_at(text, written)
    assert (mention is not None and mention[0] == "measure") == (kind == "measure"), mention


@pytest.mark.parametrize(("text", "holds", "broken"), _SUMS)
def test_sums(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


def test_partition_whose_topic_names_no_figure_of_the_lead_is_not_linked(knowledge):
    # (`주민은`: the noun of the lead's figure, `주민이 올해 1천400명`; `수강생은`: no figure of the lead)
    text = _JOBS.replace("{n}", "1천400명")
    linked = {c.text: c.part_of for c in claims(text.replace("{topic}", "주민은"), knowledge).claims}
    assert linked["1천50명"] is not None
    linked = {c.text: c.part_of for c in claims(text.replace("{topic}", "수강생은"), knowledge).claims}
    assert linked["1천50명"] is None


def test_breakdown_is_not_of_the_whole_the_level_is_a_share_of(knowledge):
    # (`도내 돌봄 인력 7천명의 20%에 해당한다`: a reference whole; the breakdown after it is of the story's 1천400명,
    # which its parts exceed)
    text = (
        "돌봄 일자리\n\n가람군 어르신 돌봄 일자리에 나선 주민이 올해 1천400명으로 집계됐다. 지난해(1천250명)보다 "
        "150명 많다. 도내 돌봄 인력 7천명의 20%에 해당한다.\n\n유형별로는 방문 돌봄 840명, 주간 돌봄 350명, 야간 "
        "돌봄 {n}이다."
    )
    assert_checked(knowledge, text.format(n="210명"), SUM, fires=False)
    assert_checked(knowledge, text.format(n="310명"), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a topic between the whole and the payers: a whole of its own)
        "급식\n\n한 끼 밥값은 4천200원으로, 군이 3천100원을 대고 마을은 1천100원을 낸다.",
        # (the figures before the one counting the total's noun are of other classifiers, one part left: no list)
        "셔틀버스\n\n셔틀버스 5대가 마을 9곳을 돌며 모두 63명을 태운다.",
        # (`bringing in` a per-year figure: no mark of a total after it)
        "Newsletter\n\nThirty shops pay £40 a year for an advert each, bringing in £1,200, and the council adds "
        "£2,500.",
    ],
)
def test_no_sum(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


_SHARES = [
    # (text, holding share, broken share)
    (
        "Fair\n\nThe Carrowmore fair drew a record 270 entrants. Of the 270, 180 came from the county's schools, "
        "{s} of the field, and two choirs sang at the close.",
        "two-thirds",
        "almost half",
    ),
    (
        "Wool\n\nOf the 360kg, 240kg was spun on the island, {s} of the harvest, and the rest sold to mills on the "
        "mainland.",
        "two-thirds",
        "a quarter",
    ),
    (
        "Letters\n\nThe trust received 150 letters, and 120 of them asked for the path to stay open past 9pm, {s}.",
        "four in five",
        "three in five",
    ),
    (
        "Growers\n\nOf the 52 leek growers at Drumbeg, 13 grew them in tunnels, {s}.",
        "one in four",
        "one in three",
    ),
    (
        "Places\n\nOf the 400 places on the Lisnaskea walks, 360 were sold in advance, which is {s} of them.",
        "90 per cent",
        "80 per cent",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES)
def test_shares_closing_a_marked_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no whole marked for the part)
        "Fair\n\nThey say 180 came from the county's schools, two-thirds of the field, and two choirs sang.",
        # (the share names another whole after it)
        "Growers\n\nOf the 52 leek growers at Drumbeg, 13 grew them in tunnels, one in four of the parish's gardeners.",
    ],
)
def test_no_share_closing_a_marked_part(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_SHARES_KO = [
    # (text, holding share, broken share)
    (
        "귀촌\n\n올해 가람면으로 옮겨 온 귀촌 가구가 90가구, 150명이었다. 바닷가 마을에 자리 잡은 가구는 60가구, "
        "{s}였다.",
        "3분의 2",
        "4분의 3",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SHARES_KO)
def test_fraction_set_beside_its_part_by_a_comma_closing_its_clause(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


def test_fraction_after_a_comma_that_opens_a_clause_of_its_own_is_not_linked(knowledge):
    # (`60가구, 절반이 …`: half of the 60, maybe; not a share of the 90)
    text = "귀촌\n\n올해 귀촌 가구가 90가구, 150명이었다. 바닷가 마을에 자리 잡은 가구는 60가구, 절반이 30대였다."
    assert_not_linked(knowledge, text, SHARE)


# Review (sixty-second session): guards on the readings above.

_SUMS_REVIEWED = [
    # (text, holding total, broken total)
    (
        # (the figure a change starts from, `from £2,140`, is no part; the one it ends on is)
        "Hall\n\nHire fees rose from £2,140 to £2,900 and a grant brought £900, making total income of {n}.",
        "£3,800",
        "£4,300",
    ),
    (
        "Bridge\n\nThe {n} bill was met by £200,000 from the council and £120,000 from the rail firm.",
        "£320,000",
        "£290,000",
    ),
    (
        "Porch\n\nThe porch cost {n}, funded by a £6,000 grant and £3,000 from the parish.",
        "£9,000",
        "£9,800",
    ),
    (
        "교복\n\n교복 한 벌 값은 {n}으로, 도가 16만원을 대고 군이 12만원을 부담한다.",
        "28만원",
        "25만원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SUMS_REVIEWED)
def test_sums_reviewed(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a change from one figure to another, then a total: neither side of the change is a part)
        "Hall\n\nHire fees rose from £2,140 to £2,900, making total income of £3,800 when the grant is added.",
        "Show\n\nThe tea tent took £740, up from £515, giving takings of £1,900 over two days with the raffle.",
        # (`paid for with`, `met by`, `funded by` naming a payer and a clause of its own: the figures after it are
        # no parts of the cost)
        "Shelter\n\nThe bus shelter cost £5,300, paid for with a grant, and a second one costing £3,100 is planned, "
        "with £1,500 set aside.",
        "Bridge\n\nThe £320,000 bill was met by the council, which also spent £200,000 on roads and £90,000 on lights.",
        "Library\n\nThe new wing costs $1.9m, funded by the state, which gave $1.2m last year and $0.7m in 2024.",
        # (after the parts' mark, a comma and a clause of a new subject, its verb gapped: its figure is no part)
        "Porch\n\nThe porch cost £9,000, funded by £6,000 in grants, and the tower £4,000.",
        # (a count's classifier before each part: who pays is counted, no payer named)
        "교복\n\n교복 한 벌 값은 28만원으로, 학생 1명이 16만원을 더 내고 학부모 2명이 12만원을 부담한다.",
    ],
)
def test_no_sum_reviewed(knowledge, text):
    assert_not_linked(knowledge, text, SUM)
