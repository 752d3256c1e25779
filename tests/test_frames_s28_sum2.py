"""Vetoes of the parallel-parts reading (twenty-eighth session, the sum2 lane; checker/link/parallel_parts.py) and
a margin's profit with a rival level (checker/link/margin_bases.py).

- Items whose sentence opens with the noun of a pot (`Of the fees,`, `수수료액 가운데`) absent from the lead figure's
  sentence, or names a metric the lead's figure does not, are of another whole: not linked to the lead.
- A margin's profit with another plain value of its metric and period in its own sentence (the earlier level read
  as of this period): which one the margin divides is unsaid, so no base is set.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _fires(knowledge, text: str, rule: str, language: str = "en") -> bool:
    result = findings(knowledge, document(text, language=language), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings]


# ---------------------------------------------------------------- the noun of another pot opens the items' sentence

_POT_EN = (
    "Brackwater Rowing Club reported membership income of £3.20m for the season. "
    "Its boathouse roof was repaired in March. "
    "Volunteers ran the spring regatta.\n\n"
    "Of the fees, junior crews paid £2.10m and masters crews £1.90m."
)
_POT_KO = (
    "누리해운은 올해 순이익이 280억원이었다고 밝혔다. 선박 가동률은 91%였다.\n\n"
    "운임액 가운데 컨테이너가 190억원, 벌크가 150억원이었다."
)


def test_items_of_a_pot_named_in_their_sentence_are_not_the_leads(knowledge):
    assert_not_checked(knowledge, _POT_EN, "F302")
    assert not _fires(knowledge, _POT_KO, "F302", language="ko")


def test_items_of_the_pot_the_lead_names_still_break_it_down(knowledge):
    # (the same noun in the lead's sentence: the lead's figure is the pot, and parts over it are a slip)
    text = (
        "Brackwater Rowing Club reported fees of £3.20m for the season. "
        "Its boathouse roof was repaired in March. "
        "Volunteers ran the spring regatta.\n\n"
        "Of the fees, junior crews paid £2.10m and masters crews £1.90m."
    )
    assert_checked(knowledge, text, "F302", True)


@pytest.mark.parametrize("second,fires", [("1,100", False), ("2,600", True)])
def test_a_list_after_a_noun_of_any_figure_is_of_the_lead(knowledge, second, fires):
    text = (
        "The Orrin Valley trust handed out grants worth £4,800 this spring. "
        "Applications rose after a mailing. "
        "Trustees met twice.\n\n"
        f"Of the money, sports clubs received £2,900 and choirs £{second}."
    )
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- a margin's profit beside a rival level

_RIVAL_KO = (
    "한빛부품의 1∼6월 매출은 410억 원이었다. "
    "같은 기간 영업이익은 {now}억 원으로 {then}억 원이었던 지난해의 두 배가 됐다. 영업이익률은 {rate}%다."
)


def test_a_margin_beside_two_levels_of_its_profit_is_left(knowledge):
    # (the earlier level is read as of this period: neither is taken as the margin's profit)
    assert not _fires(knowledge, _RIVAL_KO.format(now="44", then="22", rate="5.4"), "F307", language="ko")


def test_a_margin_beside_one_level_of_its_profit_is_checked(knowledge):
    text = "한빛부품의 1∼6월 매출은 410억 원이었다. 같은 기간 영업이익은 44억 원이었다. 영업이익률은 5.4%다."
    assert _fires(knowledge, text, "F307", language="ko")


def test_a_profit_changed_from_its_prior_keeps_its_margin(knowledge):
    # (the earlier level stated as the change's start is a prior, no rival level of this period)
    text = (
        "한빛부품의 1∼6월 매출은 410억 원이었다. "
        "같은 기간 영업이익은 지난해 22억 원에서 44억 원으로 늘었다. 영업이익률은 {rate}%다."
    )
    assert _fires(knowledge, text.format(rate="7.4"), "F307", language="ko")


# ---------------------------------------------------------------- clean paragraphs: unrelated figures side by side


@pytest.mark.parametrize(
    "text",
    [
        "Fenmoor Quarries earned operating profit of £6.1m last year. Output rose.\n\n"
        "Of the sales, crushed stone made £4.0m and sand £3.3m.",
        "The Lisle festival sold 12,000 tickets. Rain fell on Sunday.\n\n"
        "Of the refunds, 900 went to families and 700 to schools.",
        "Harrow Gate council set a budget of £9.0m. Roads took priority.\n\n"
        "Of the grants, parks got £5.5m and libraries £4.6m.",
        "The Cobb Lane bakery made a profit of £410,000. Its ovens were replaced.\n\n"
        "Of the takings, bread brought in £300,000 and cakes £250,000.",
        "Tindle Air flew 48,000 passengers in May. Fuel costs rose.\n\n"
        "Of the complaints, 30,000 were about delays and 25,000 about bags.",
        "Orla Farms reported net income of $2.2m. Yields were steady.\n\n"
        "Of the revenue, wheat brought $1.5m and barley $1.3m.",
        "Marsh End Water spent £7.5m on pipes. The winter was dry.\n\nOf the bills, homes paid £5.0m and shops £4.0m.",
        "대성식품은 올해 영업이익이 95억원이었다. 공장 한 곳을 새로 지었다.\n\n"
        "판매액 가운데 라면이 70억원, 과자가 60억원이었다.",
        "한결병원은 지난해 순이익이 40억원이었다. 병상은 늘지 않았다.\n\n"
        "진료비 가운데 입원이 30억원, 외래가 25억원이었다.",
        "새빛물산의 올해 영업이익은 120억원이었다. 직원은 300명이다.\n\n"
        "수출액 가운데 미국이 90억원, 일본이 70억원이었다.",
        "Pellam Rail reported a loss of £3.0m. Trains ran late.\n\n"
        "Of the fares, season tickets raised £2.4m and day tickets £1.8m.",
        "Wexcombe library lent 5,000 books in June. Hours were cut.\n\n"
        "Of the fines, 3,000 were for late books and 2,500 for lost cards.",
        "The Durran clinic billed £800,000 in March. A nurse retired.\n\n"
        "Of the donations, trusts gave £500,000 and families £450,000.",
        "Calder Mills reported operating profit of $5.0m for the quarter. Cotton prices fell.\n\n"
        "Towel orders came to 3,500 bales and sheet orders to 2,800 bales.",
        "Rowan Foods said net profit reached £1.6m. Output was flat.\n\n"
        "Of the exports, France took £1.2m and Spain £0.9m.",
        "Kestle Ports handled 700 ships. Pilots struck for a day.\n\nOf the fees, 500 were paid late and 450 on time.",
    ],
)
def test_clean_paragraphs_stay_silent(knowledge, text):
    language = "ko" if any("가" <= ch <= "힣" for ch in text) else "en"
    assert not _fires(knowledge, text, "F302", language=language)


# ---------------------------------------------------------------- items under topics of their own

_TOPICS_KO = (
    "은하도서관의 올해 대출이 9만3천권으로 지난해보다 12% 늘었다고 도서관이 2일 밝혔다.\n\n"
    "여름 독서 행사가 열렸다. 방학마다 강좌가 이어졌다.\n\n"
    "{items}"
)


def test_items_under_topics_of_their_own_are_no_list(knowledge):
    text = _TOPICS_KO.format(items="소설은 7만권, 만화는 4만권이다.")
    assert not _fires(knowledge, text, "F302", language="ko")


@pytest.mark.parametrize("second,fires", [("3만1천", False), ("4만1천", True)])
def test_items_under_topics_of_one_noun_are_its_parts(knowledge, second, fires):
    text = _TOPICS_KO.format(items=f"종이책 대출은 6만2천권, 전자책 대출은 {second}권이었다.")
    assert_checked(knowledge, text, "F302", fires)
