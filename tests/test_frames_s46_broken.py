"""Broken relations that were never read (forty-sixth session, lane `broken`): the list and its total were linked only
in shapes the new constructions below did not have, so a wrong figure in them went unseen.

- A rate per item right before the amount it makes in the item's clause (`경로당 150곳에 두 대씩 300대`, `£3,000
  each, or £60,000`) is how that item was made up, no item of its own: the amounts are the list
  (checker/link/parallel_parts.py, `_prices_of_counted_items`).
- A list closing on the rest (`나머지 시설에 60대`, `the remaining £15,000`) in the paragraph of the figure stated
  right before it is that figure's breakdown, even in the body's first sentence (`_whole`).
- An amount and what it goes on or is spent on, each part in parentheses after its item (`Its youth section's $48,600
  goes on coaches ($21,000), …`): the whole list of its parts, of the figure the split's own sentence states before the
  verb (checker/link/breakdowns.py, `_split_lists`); `Some of …`, `Most of it …` split only part of it.
- The sources an amount came from, each figure in parentheses after its source (`Income came from fees ($5.1m), …`),
  are all of it, in the same reading; `Most of it came from …`, `The biggest share came from …` name only some.
- A breakdown by category goes on in the next sentence, but not with a figure its own words date to another time, nor
  past the parts of one figure opened there (`그 가운데`): those are no parts of the breakdown's whole
  (checker/link/breakdowns.py, `_continued`).
- Two rows of a table named together (`A당과 B당을 합한 의석은 …`) add up the rows' totals, not their first cells,
  when the table's last column totals each row (checker/link/named_sums.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, rule_result

SUM = "F302"


def _sum_items(knowledge, text: str) -> list[tuple[str, list[str]]]:
    """Each F302 item (finding or passed) as its severity and the texts of its spans, sorted."""
    result = rule_result(knowledge, text, SUM)
    items = [(f.severity, [text[loc.start : loc.end] for loc in [f.location, *f.related]]) for f in result.findings]
    items += [("passed", [text[loc.start : loc.end] for loc in [p.location, *p.related]]) for p in result.passed]
    return [(severity, sorted(spans)) for severity, spans in items]


def _checked_with(knowledge, text: str, members: list[str], fires: bool) -> None:
    items = _sum_items(knowledge, text)
    wanted = sorted(members)
    matching = [severity for severity, spans in items if spans == wanted]
    assert matching, items
    assert any((severity != "passed") == fires for severity in matching), items


# ---------------------------------------------------------------- a rate per item before its amount, closed by the rest

RATE_LISTS = [
    (
        "누리군이 경로당과 마을회관 등에 제습기 {t}대를 새로 보낸다고 3일 밝혔다. 경로당 150곳에 두 대씩 300대, "
        "마을회관 90곳에 한 대씩 90대, 보건진료소 등 나머지 시설에 60대가 간다.",
        "450",
        "480",
        ["{t}대", "300대", "90대", "60대"],
    ),
    (
        "하람시는 올해 초등학교에 태블릿 {t}대를 나눠 준다고 밝혔다. 1학년 교실 42곳에 다섯 대씩 210대, 2학년 교실 "
        "32곳에 네 대씩 128대를 주고 나머지 학년에 72대가 돌아간다.",
        "410",
        "440",
        ["{t}대", "210대", "128대", "72대"],
    ),
    (
        "한결군은 봄철 나무 심기에 묘목 {t}그루를 쓴다고 밝혔다. 마을 40곳에 세 그루씩 120그루, 학교 15곳에 네 "
        "그루씩 60그루를 심고, 나머지 70그루는 군립공원에 심는다.",
        "250",
        "270",
        ["{t}그루", "120그루", "60그루", "70그루"],
    ),
    (
        "솔빛시는 공원 벤치 {t}개를 새로 놓는다고 밝혔다. 큰 공원 8곳에 스무 개씩 160개, 작은 공원 25곳에 네 개씩 "
        "100개, 나머지 쉼터에 40개를 둔다.",
        "300",
        "330",
        ["{t}개", "160개", "100개", "40개"],
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "members"), RATE_LISTS)
def test_amounts_made_up_at_a_rate_per_item_add_up_to_the_figure_before_their_rest(
    knowledge, text, right, wrong, members
):
    _checked_with(knowledge, text.format(t=right), [m.format(t=right) for m in members], fires=False)
    _checked_with(knowledge, text.format(t=wrong), [m.format(t=wrong) for m in members], fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # last year's figure before the list: another period, no whole of this year's items
        "누리군은 지난해 제습기 500대를 보냈다. 올해는 경로당 150곳에 두 대씩 300대, 나머지 시설에 60대가 간다.",
        # the rates alone, no amount after them: no list of amounts to add
        "The trust gave out £120,000 in grants. Large branches got £3,000 each and small ones £1,000 each.",
        # the figure before stands in another paragraph: the rest is not said to be of it
        "하람시는 태블릿 900대를 샀다고 밝혔다.\n\n1학년 교실 40곳에 다섯 대씩 200대, 나머지 학년에 80대가 돌아간다.",
        # a rate then a smaller figure: no amount made at that rate
        "바다군은 어촌계 12곳에 5억 원씩 준다. 작은 어촌계에는 2억 원, 나머지에는 1억 원이 간다.",
        # the first of a ranked list, then the others and the rest: no whole of them
        "1위 매장은 손님 9천 명을 모았다. 2위 매장은 4천 명, 3위 매장은 2천 명이었고, 나머지 매장은 1천 명이었다.",
        "The top stall took $9,000. The second stall took $4,000, the third stall $2,000 and the remaining stalls "
        "$1,500.",
        # an amount marked per unit itself is no item made at a rate
        "The county bought 900 chairs. Schools got 40 chairs each, 12 a classroom, and the remaining 100 went to "
        "halls.",
    ],
)
def test_a_rate_without_its_amount_or_a_whole_of_another_time_is_no_list(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- an amount and what it goes on, in parentheses

SPLITS = [
    (
        "The club's income was $300,000 last season. Its youth section's ${t} goes on coaches ($21,000), kit "
        "($15,400), pitch hire ($8,200) and first aid ($4,000).",
        "48,600",
        "46,800",
        ["${t}", "$21,000", "$15,400", "$8,200", "$4,000"],
    ),
    (
        "The parish received a grant of £95,000. Of the grant, £{t} will be spent on roof repairs (£22,000), new "
        "heating (£9,800) and decoration (£4,700).",
        "36,500",
        "35,600",
        ["£{t}", "£22,000", "£9,800", "£4,700"],
    ),
    (
        "The food bank raised €{t} last year. All of it went on groceries (€6,100), rent (€3,900) and the van "
        "(€2,300).",
        "12,300",
        "13,200",
        ["€{t}", "€6,100", "€3,900", "€2,300"],
    ),
    (
        "The museum's budget is $9.6 million. This year's ${t} million for staff is spent on curators ($1.5 million), "
        "guards ($0.6 million) and cleaners ($0.3 million).",
        "2.4",
        "4.2",
        ["${t} million", "$1.5 million", "$0.6 million", "$0.3 million"],
    ),
    (
        "The society's surplus of £{t} was spent on books (£4,200), a new kiln (£3,100) and outings (£1,600).",
        "8,900",
        "9,800",
        ["£{t}", "£4,200", "£3,100", "£1,600"],
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "members"), SPLITS)
def test_an_amount_and_what_it_goes_on_in_parentheses_is_the_whole_list_of_its_parts(
    knowledge, text, right, wrong, members
):
    _checked_with(knowledge, text.format(t=right), [m.format(t=right) for m in members], fires=False)
    _checked_with(knowledge, text.format(t=wrong), [m.format(t=wrong) for m in members], fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # only some of the figure is split
        "The club raised $48,600. Some of it goes on coaches ($21,000) and kit ($15,400).",
        "Most of the £36,500 grant will be spent on roof repairs (£22,000) and heating (£9,800).",
        "The charity took in €90,000. Part of that went on rent (€12,000) and the van (€8,000).",
        # no figure in parentheses after the verb: no list of what it went on
        "The club's $48,600 goes on coaches, kit and pitch hire, with $21,000 for coaches and $15,400 for kit.",
        # a verb of going on that spends nothing: the figures are no parts
        "The sale of 4,000 tickets went on for three days (2,600 on Friday), the organisers said of the 9,000 sold.",
    ],
)
def test_a_part_of_an_amount_or_no_parenthesised_parts_is_no_split(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- the sources an amount came from, in parentheses

SOURCES = [
    (
        "The charity's income was £{t}m last year. It came from shops (£1.1m), legacies (£0.8m) and donations (£0.5m).",
        "2.4",
        "2.7",
        ["£{t}m", "£1.1m", "£0.8m", "£0.5m"],
    ),
    (
        "Sales reached ${t} million in the quarter. Takings came from hardware ($9.6 million), software ($5.2 "
        "million) and services ($3.5 million).",
        "18.3",
        "13.8",
        ["${t} million", "$9.6 million", "$5.2 million", "$3.5 million"],
    ),
    (
        "The festival took €{t} this summer. The money came from tickets (€265,000), sponsors (€98,000) and stalls "
        "(€49,000).",
        "412,000",
        "421,000",
        ["€{t}", "€265,000", "€98,000", "€49,000"],
    ),
    (
        "Last year the trust spent ${t} million. Its funding came from the state ($4.1 million), the city ($2.2 "
        "million) and donors ($1.2 million).",
        "7.5",
        "5.7",
        ["${t} million", "$4.1 million", "$2.2 million", "$1.2 million"],
    ),
    (
        "The school's budget is £{t} million. It comes from the council (£1.52 million) and parents (£0.41 million).",
        "1.93",
        "1.98",
        ["£{t} million", "£1.52 million", "£0.41 million"],
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "members"), SOURCES)
def test_the_sources_an_amount_came_from_in_parentheses_are_all_of_it(knowledge, text, right, wrong, members):
    _checked_with(knowledge, text.format(t=right), [m.format(t=right) for m in members], fires=False)
    _checked_with(knowledge, text.format(t=wrong), [m.format(t=wrong) for m in members], fires=True)


@pytest.mark.parametrize(
    "text",
    [
        "The charity's income was £2.4m. Most of it came from shops (£1.1m) and legacies (£0.8m).",
        "Sales reached $18.3 million. The biggest share came from hardware ($9.6 million) and software ($5.2 million).",
        "The festival took €412,000. Some came from tickets (€265,000) and sponsors (€98,000).",
        "The trust spent $7.5 million. Part of its funding came from the state ($4.1 million) and the city ($2.2 "
        "million).",
        "The school's budget is £1.93 million. It comes mainly from the council (£1.52 million) and parents (£0.2 "
        "million).",
    ],
)
def test_sources_of_only_some_of_an_amount_are_no_whole_list(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a breakdown continued in the next sentence


@pytest.mark.parametrize(
    "text",
    [
        # last year's figure, then the parts of it: no breakdown of this year's whole goes on
        "올해 신규 등록자는 10만 명이다. 지역별로는 수도권이 5만2천 명으로 절반을 넘었다. 지난해 수도권 등록자는 "
        "4만 명, 그 가운데 서울(강남·서초 포함)은 2만5천 명이었다.",
        "올해 새로 지은 건물은 5천200동이다. 용도별로는 주거용이 3천400동으로 가장 많았다. 지난해 상업용은 "
        "1천800동, 공공기관(학교·관공서 포함) 건물은 900동이었다.",
        "사업비는 모두 40억 원이다. 재원별로는 국비가 24억 원으로 60%를 차지했다. 도비는 19억 원, 이 가운데 "
        "한국지방재정공제회(특별교부금) 몫은 4억 원이다.",
    ],
)
def test_figures_of_another_time_or_of_one_part_go_on_with_no_breakdown(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- two table rows named together: the rows' totals


ROWS = [
    (
        "정당 | 지역구 | 비례 | 합계\n가람당 | 120 | 15 | 135\n나래당 | 98 | 20 | 118\n다온당 | 9 | 6 | 15\n\n"
        "가람당과 다온당을 합한 의석은 {t}석이다.",
        "150",
        "156",
        ["{t}석", "135", "15"],
    ),
    (
        "구단 | 홈 | 원정 | 합계\n바람FC | 14 | 9 | 23\n하늘FC | 11 | 12 | 23\n별빛FC | 8 | 5 | 13\n\n"
        "바람FC와 별빛FC를 합친 승수는 {t}승이다.",
        "36",
        "38",
        ["{t}승", "23", "13"],
    ),
    (
        "Party | Wards | List | Total\nGreens | 31 | 6 | 37\nLiberals | 22 | 9 | 31\nCivic | 4 | 3 | 7\n\n"
        "The Greens and Civic together hold {t} seats.",
        "44",
        "47",
        ["{t} seats", "37", "7"],
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "members"), ROWS)
def test_two_table_rows_named_together_add_up_their_totals(knowledge, text, right, wrong, members):
    _checked_with(knowledge, text.format(t=right), [m.format(t=right) for m in members], fires=False)
    _checked_with(knowledge, text.format(t=wrong), [m.format(t=wrong) for m in members], fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # no total column: the first cells are the rows' figures
        "정당 | 지역구 | 비례\n가람당 | 120 | 15\n다온당 | 9 | 6\n\n가람당과 다온당의 지역구 의석을 합하면 129석이다.",
        # the names add the first column, which the sentence names (a total of its own figures)
        "Party | Wards | List | Total\nGreens | 31 | 6 | 37\nCivic | 4 | 3 | 7\n\nThe Greens and Civic won 35 wards.",
    ],
)
def test_rows_without_a_total_column_add_their_own_cells(knowledge, text):
    assert_not_fired(knowledge, text, SUM)


def test_a_rate_list_holding_is_listed_as_checked(knowledge):
    text = RATE_LISTS[0][0].format(t="450")
    assert_checked(knowledge, text, SUM, fires=False)
