"""Shares (twentieth session), each a rule for a construction:
- a fraction in words as the level its part's clause reaches, then a verb of share (`수출 매출이 82억원으로 3분의
  1을 차지했다`, `일본이 2,150만달러로 절반을 차지했다`), is the part's share of the story's total, as a percent there
  is; a whole that names another metric than the part's, or a subgroup the part may be of, is none
  (checker/link/shares.py, `_fraction_taking_its_share`);
- a fraction of `전체` after its part is of the story's first amount also when the part carries a metric only over from
  the sentence before (`… 비중은 Z%다. 노인은 P명으로 전체의 3분의 1`), and the story's first amount is the lead's
  figure, not a headline's bound (`관람객 24만명 넘어`) (checker/link/shares.py, `_shares_of_the_total`);
- a fraction whose noun names a forecast whole stated in an earlier sentence is of it (`The harvest is expected to
  reach N pounds. … Apples account for P pounds, or about a third of the harvest`): a forecast story breaks its total
  down without the modal (checker/link/fractions_of_named_wholes.py);
- a share whose subject names one member of the list before by a word beside a noun all members share (`단체 관람객은
  X명, 개인 관람객은 Y명이었다. 단체 관람객 비중은 Z%`, `Online sales were $A and store sales $B. Online sales made
  up Z%`) is of that member, not of the member listed last (checker/link/shares_of_named_members.py; its subject is
  read from the article's sentence index now, not from a sentence cut of its own);
- `of whom` opens the parts of the figure before it as `of which` does (`4,200 nurses, of whom 1,050, or 25%, …`:
  `[link.parts_follow]`);
- a share whose subject names a figure of an earlier sentence (`Pale ale accounted for half of revenue`) is of the
  figure more of its words head, when a word they share (`ale`) heads several
  (checker/link/shares_of_earlier_subjects.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked

SHARE = "F503"


def _share_of(text, knowledge, share):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    rate = next(c for c in found if c.text.strip().startswith(share))
    return by_id.get(rate.share_part), by_id.get(rate.share_whole)


# ------------------------------------------------ a fraction taking its share of the story's total

SALES_KO = (
    "누리테크의 올해 1~3분기 매출은 246억원으로 지난해 같은 기간 205억원보다 20.0% 늘었다. "
    "그중 수출 매출이 {part}으로 {frac}을 차지했다."
)
EXPORTS_KO = (
    "한결식품의 상반기 수출액이 4,300만달러로 작년 같은 기간 3,900만달러보다 10.3% 늘었다고 9일 밝혔다. "
    "국가별로는 일본이 {part}로 {frac}을 차지했고, 대만이 900만달러였다."
)


@pytest.mark.parametrize(
    "template,part,frac,whole,fires",
    [
        (SALES_KO, "82억원", "3분의 1", "246억원", False),
        (SALES_KO, "160억원", "3분의 1", "246억원", True),
        (EXPORTS_KO, "2,150만달러", "절반", "4,300만달러", False),
        (EXPORTS_KO, "1,100만달러", "절반", "4,300만달러", True),
        (EXPORTS_KO, "1,080만달러", "4분의 1", "4,300만달러", False),
    ],
    ids=["third-holds", "third-broken", "half-holds", "half-broken", "quarter-holds"],
)
def test_a_fraction_taking_its_share_is_of_the_storys_total(knowledge, template, part, frac, whole, fires):
    text = template.format(part=part, frac=frac)
    assert _share_of(text, knowledge, frac) == (part, whole)
    assert_checked(knowledge, text, SHARE, fires)


def test_a_fraction_taking_its_share_of_a_subgroup_is_not_of_the_total(knowledge):
    # the women are a share of the selected, stated in between, not of the applicants
    text = (
        "다온시는 청년 창업 지원 신청자 4,200명 가운데 1,800명을 선정했다. 성별로는 여성이 900명으로 절반을 차지했다."
    )
    assert _share_of(text, knowledge, "절반")[1] != "4,200명"


def test_a_fraction_taking_its_share_of_another_metric_is_not_linked(knowledge):
    # the largest amount before is a valuation, named as such: no whole of sales
    text = (
        "새봄바이오의 기업가치는 900억원으로 평가됐다. 올해 매출은 240억원이었다. "
        "이 가운데 수출은 80억원으로 3분의 1을 차지했다."
    )
    assert _share_of(text, knowledge, "3분의 1")[1] != "900억원"


# ------------------------------------------------ `전체의` fraction: a carried metric and a headline's bound

FOREST_KO = (
    "솔빛 수목원 관람객 24만명 넘어\n\n"
    "솔빛 수목원의 올해 관람객이 24만4,000명으로 지난해보다 12.0% 늘었다.\n\n"
    "관람객 가운데 개인 관람객은 18만3,000명, 단체 관람객은 6만1,000명이었다. 단체 관람객 비중은 25.0%다. "
    "노인은 {part}으로 전체의 {frac}을 차지했다."
)


@pytest.mark.parametrize(
    "part,frac,fires",
    [("8만1,000명", "3분의 1", False), ("4만명", "3분의 1", True), ("12만1,000명", "절반", False)],
    ids=["third-holds", "third-broken", "half-holds"],
)
def test_a_fraction_of_all_is_of_the_leads_figure_past_a_carried_metric(knowledge, part, frac, fires):
    text = FOREST_KO.format(part=part, frac=frac)
    assert _share_of(text, knowledge, frac) == (part, "24만4,000명")
    assert_checked(knowledge, text, SHARE, fires)


# ------------------------------------------------ a fraction of a forecast whole its noun names

HARVEST_EN = (
    "The state's apple harvest is expected to reach 420 million pounds this year, up 5% from 400 million pounds "
    "last year, the farm bureau said on Monday. Fresh-market apples account for {part}, or {frac} of the harvest."
)


@pytest.mark.parametrize(
    "part,frac,fires",
    [
        ("140 million pounds", "about a third", False),
        ("140 million pounds", "nearly half", True),
        ("275 million pounds", "nearly two thirds", False),
    ],
    ids=["third-holds", "half-broken", "two-thirds-holds"],
)
def test_a_fraction_of_a_forecast_whole_its_noun_names(knowledge, part, frac, fires):
    text = HARVEST_EN.format(part=part, frac=frac)
    assert _share_of(text, knowledge, frac) == (part, "420 million pounds")
    assert_checked(knowledge, text, SHARE, fires)


def test_a_forecast_whole_is_no_whole_of_a_figure_its_noun_does_not_name(knowledge):
    text = HARVEST_EN.format(part="140 million pounds", frac="about a third").replace(
        "of the harvest.", "of the orchards."
    )
    assert _share_of(text, knowledge, "about a third")[1] != "420 million pounds"


# ------------------------------------------------ a share's subject naming one member beside a noun all share

VISITORS_KO = (
    "솔빛 수목원의 올해 관람객이 24만4,000명으로 지난해보다 12.0% 늘었다.\n\n"
    "관람객 가운데 단체 관람객은 6만1,000명, 개인 관람객은 18만3,000명이었다. {who} 관람객 비중은 {rate}다."
)
SALES_EN = (
    "Brightmoor Outfitters said sales rose 8% to $240m in the year. Online sales were $60m and store sales $180m. "
    "{who} sales made up {rate} of the total."
)


@pytest.mark.parametrize(
    "template,who,rate,part,fires",
    [
        (VISITORS_KO, "단체", "25.0%", "6만1,000명", False),
        (VISITORS_KO, "단체", "40.0%", "6만1,000명", True),
        (VISITORS_KO, "개인", "75.0%", "18만3,000명", False),
        (SALES_EN, "Online", "25%", "$60m", False),
        (SALES_EN, "Online", "40%", "$60m", True),
        (SALES_EN, "Store", "75%", "$180m", False),
    ],
    ids=["ko-first-holds", "ko-first-broken", "ko-last-holds", "en-first-holds", "en-first-broken", "en-last-holds"],
)
def test_a_share_names_the_member_its_own_word_labels(knowledge, template, who, rate, part, fires):
    text = template.format(who=who, rate=rate)
    assert _share_of(text, knowledge, rate)[0] == part
    assert_checked(knowledge, text, SHARE, fires)


# ------------------------------------------------ `of whom`: the whole, then its part and the part's share


@pytest.mark.parametrize(
    "rate,fires", [("25%", False), ("40%", True), ("a quarter", False)], ids=["holds", "broken", "fraction-holds"]
)
def test_a_part_after_of_whom_takes_its_share_of_the_whole(knowledge, rate, fires):
    text = f"Northvale Hospital employs 4,200 nurses, of whom 1,050, or {rate}, work night shifts."
    assert _share_of(text, knowledge, rate) == ("1,050", "4,200 nurses")
    assert_checked(knowledge, text, SHARE, fires)


# ------------------------------------------------ a subject naming an earlier figure by more of its words

BREWERY_EN = (
    "Hollin Brewing's revenue was $48m in the year, up from $41m. Pale ale brought in $24m, lager $16m and dark "
    "ale $8m.\n\n{who} accounted for {frac} of revenue."
)


@pytest.mark.parametrize(
    "who,frac,part,fires",
    [
        ("Pale ale", "half", "$24m", False),
        ("Pale ale", "a quarter", "$24m", True),
        ("Dark ale", "a sixth", "$8m", False),
        ("Dark ale", "half", "$8m", True),
    ],
    ids=["pale-holds", "pale-broken", "dark-holds", "dark-broken"],
)
def test_a_share_of_the_figure_its_subject_names_by_more_words(knowledge, who, frac, part, fires):
    text = BREWERY_EN.format(who=who, frac=frac)
    assert _share_of(text, knowledge, frac) == (part, "$48m")
    assert_checked(knowledge, text, SHARE, fires)
