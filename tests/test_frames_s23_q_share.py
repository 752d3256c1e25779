"""Shares (twenty-third session, set Q's lane), each a rule for a construction:
- a run of shares each after its own name and a comma or colon, joined by semicolons (`North, 44%; South, 26%; all
  others, 18%`), whose last name is what is left of the whole (`all others`, `기타`) or which a word of splitting
  opens before a colon (`shared under the plan: A, 45%; B, 40%; C, 15%`): shares of one whole, adding up to at most
  100% (checker/link/share_runs_with_rest.py);
- a list of three or more lines, each a name, a colon and its share alone (`- Asia: 40%`), the last named as what
  is left (`- Other markets: 20%`, `- 기타: 12%`): shares of one whole (checker/link/share_lines_of_one_whole.py); a
  list whose header names a rate (`Growth by market:`) or whose last name is no rest is not linked;
- a fraction in words of `the total` set off from its part by the comma that closes the part's own words (`18,000
  calls by phone, about a fifth of the total`) is the part's share of the story's total, as one right beside its part
  is; a count of the same noun as the whole is of it whatever metric its words carry (checker/link/shares.py);
- a share followed by `of (the)` and the very figure it is of (`14,100 acres …, more than a quarter of the 52,000
  acres now planted`, `The £2.1m covers about a fifth of the £10.4m`), its part the figure right before it, apposed
  or joined by a copula or a verb of share (checker/link/shares_of_a_stated_whole.py); counts of other nouns, or a
  bare whole after two counts, are not linked;
- Korean: a fraction counted in the part's own counter after its level and the noun of its whole (`P명으로 출생아
  10명 중 6명꼴이었다`) is the part's share of the story's total (checker/link/shares.py);
- Korean: a sentence with no subject of its own that opens with a whole and states a share of it (`분기 매출 600억원
  가운데 20%에 해당한다`, `구 인구 40만명의 5.0%로,`) restates the one level of its unit the sentence before states
  (checker/link/shares_restating_the_sentence_before.py); a share closed by an object or a subject, a sentence with
  a topic, or two levels before, are not linked;
- an average right before a figure (`최근 5년 평균(…)`, `the five-year average (…)`) is no total of a list that ends
  with the rest (checker/link/lists_with_rest.py); Korean containers count things (`1만2,000드럼`, `800팔레트`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `North, 44%; South, 26%; all others, 18%`

_REST_RUN = (
    "Plum growers planted new groves last year. By county: Ashby, {a}%; Brill, 26%; Corran, 12%; all others, 18%."
)


@pytest.mark.parametrize("a,fires", [("44", False), ("64", True)])
def test_a_semicolon_run_of_named_shares_ending_with_all_others(knowledge, a, fires):
    assert_checked(knowledge, _REST_RUN.format(a=a), "F501", fires)


_SPLIT_RUN = "The water quota is shared under the valley's plan: upstream farms, {a}%; towns, 30%; wetlands, 20%."


@pytest.mark.parametrize("a,fires", [("50", False), ("70", True)])
def test_a_semicolon_run_of_named_shares_a_split_word_opens(knowledge, a, fires):
    assert_checked(knowledge, _SPLIT_RUN.format(a=a), "F501", fires)


_REST_RUN_KO = "품종별 재배 면적: 설향, {a}%; 매향, 30%; 기타, 20%."


@pytest.mark.parametrize("a,fires", [("50", False), ("70", True)])
def test_a_korean_semicolon_run_ending_with_the_rest(knowledge, a, fires):
    assert_checked(knowledge, _REST_RUN_KO.format(a=a), "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Plum growers planted new groves last year. By county: Ashby, 64%; Brill, 46%; Corran, 12%.",
        "Prices rose in every county last year: Ashby, 64%; Brill, 46%; all others, 28%.",
        "Margins by county: Ashby, 64%; Brill, 46%; all others, 28%.",
    ],
)
def test_a_run_of_named_figures_not_marked_as_one_whole_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


# ---------------------------------------------------------------- `- Asia: 40%` … `- Other markets: 20%`

_LINES = (
    "Tea exports by market:\n- Asia: {a}%\n- Europe: 25%\n- Africa: 15%\n- Other markets: 20%\n\nThe board met in May."
)
_LINES_KO = "지역별 판매 비중\n- 수도권: {a}%\n- 영남: 25%\n- 호남: 15%\n- 기타: 20%\n\n회사는 5월에 이를 밝혔다."


@pytest.mark.parametrize("a,fires", [("40", False), ("60", True)])
def test_a_list_of_named_share_lines_ending_with_the_rest(knowledge, a, fires):
    assert_checked(knowledge, _LINES.format(a=a), "F501", fires)


@pytest.mark.parametrize("a,fires", [("40", False), ("60", True)])
def test_a_korean_list_of_named_share_lines_ending_with_the_rest(knowledge, a, fires):
    assert_checked(knowledge, _LINES_KO.format(a=a), "F501", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Tea exports by market:\n- Asia: 60%\n- Europe: 45%\n- Africa: 35%\n\nThe board met in May.",
        "Growth by market:\n- Asia: 60%\n- Europe: 45%\n- Other markets: 35%\n\nThe board met in May.",
        "Tea exports by market:\n- Asia: 60%\n\nStaff turnover:\n- Europe: 45%\n- Other markets: 35%\n\nThe board met.",
    ],
)
def test_share_lines_not_marked_as_one_whole_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F501")


# ---------------------------------------------------------------- `18,000 calls by phone, about a fifth of the total`

_CALLS = "The helpline handled 90,000 calls last year. Staff dealt with {p} calls by phone, about a fifth of the total."
_CLAIMS = (
    "Insurers paid out on 36,000 claims. Assessors settled {p} claims in a single visit, nearly a third of the total."
)
_PLOTS = "The council let 4,800 allotment plots. Pensioners rented {p} plots this spring, about a quarter of the total."


@pytest.mark.parametrize("p,fires", [("18,000", False), ("30,000", True)])
def test_a_fraction_of_the_total_after_the_parts_own_words_and_a_comma(knowledge, p, fires):
    assert_checked(knowledge, _CALLS.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("11,800", False), ("20,000", True)])
def test_a_fraction_of_the_total_after_a_part_with_a_clause_of_its_own(knowledge, p, fires):
    assert_checked(knowledge, _CLAIMS.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("1,200", False), ("2,400", True)])
def test_a_fraction_of_the_total_of_a_count_of_the_same_noun(knowledge, p, fires):
    assert_checked(knowledge, _PLOTS.format(p=p), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the total is of another noun than the part counts: which total, not said
        "The park was valued at $94m. Gift packs sold for $31m in the shop last year, about a third of the total.",
        # a fraction after a clause with another figure between part and fraction
        "The helpline handled 90,000 calls. Staff dealt with 18,000 calls in 12 hours, about a fifth of the total.",
        # the fraction is a change, not a share
        "The helpline handled 90,000 calls. Staff dealt with 18,000 calls by phone, a fifth more than the total.",
    ],
)
def test_fractions_not_shares_of_the_total_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- containers as counters: `1만2,000드럼`, `800팔레트`

_DRUMS = "협회는 올해 밤꿀 생산량이 {v}드럼으로 지난해(2만5,000드럼)보다 20.0% 늘었다고 밝혔다."
_PALLETS = "올해 배 수출은 {v}팔레트로 지난해(5,000팔레트)보다 12.0% 늘었다."


@pytest.mark.parametrize("v,fires", [("3만", False), ("3만6,000", True)])
def test_a_korean_count_of_drums_is_a_level_of_its_change(knowledge, v, fires):
    assert_checked(knowledge, _DRUMS.format(v=v), "F301", fires)


@pytest.mark.parametrize("v,fires", [("5,600", False), ("7,000", True)])
def test_a_korean_count_of_pallets_is_a_level_of_its_change(knowledge, v, fires):
    assert_checked(knowledge, _PALLETS.format(v=v), "F301", fires)


# ---------------------------------------------------------------- an average is no total of a list with the rest

_AVERAGE_KO = (
    "올봄 밤꿀 작황이 좋았다. 협회는 올해 밤꿀 생산량이 1만2,000드럼으로 지난해(9,000드럼)보다 33.3% 늘었다고 "
    "밝혔다. 최근 5년 평균(1만400드럼)도 15.4% 웃돈다. 1드럼에 288㎏이 들어간다.\n\n비가 적은 덕이다. 협회는 회원 "
    "농가의 실적을 모아 집계했다.\n\n지역별 생산량: 경북 3,000드럼, 전남 4,000드럼, 충남 2,000드럼, "
    "나머지 지역 3,000드럼."
)
_AVERAGE_EN = (
    "It was a good spring for pears. Growers picked 12,000 tonnes this year, up 33.3% from 9,000 tonnes, the board "
    "said. That beat the five-year average (10,400 tonnes) by 15.4%. A bin holds 300 kg.\n\nThe dry weather helped. "
    "The board collected the figures from its members.\n\nBy county: Kent 3,000 tonnes, Essex 4,000 tonnes, Sussex "
    "2,000 tonnes and other counties 3,000 tonnes."
)


@pytest.mark.parametrize("text", [_AVERAGE_KO, _AVERAGE_EN])
def test_an_average_before_a_list_with_the_rest_is_not_its_total(knowledge, text):
    # (the list may be read as parts of the lead's own total, the average set aside: session 34; never of the average)
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert not any("400" in p.message for p in result.passed), [p.message for p in result.passed]


# ---------------------------------------------------------------- `P명으로 출생아 10명 중 6명꼴이었다`

_BIRTHS = (
    "5월 출생아 수는 2만4,000명으로 1년 전보다 7.6% 늘었다. 1~5월 누적 출생아는 11만명이었다.\n"
    "수도권 출생아는 1만3,000명이었다. 순위별로는 "
    "첫째아가 {p}명으로 출생아 10명 중 6명꼴이었다."
)
# (a breakdown before: the whole the noun names, not the level before; checker/link/fraction_shares_after_parts.py)
_VISITORS = (
    "올해 국화축제에 12만5,000명이 다녀갔다. 하루 평균 7,000명꼴이다.\n관람객 구성을 보면 유료 관람객이 "
    "8만명, 무료 관람객이 4만5,000명이었다. 20~30대가 {p}명으로 관람객 10명 중 4명꼴이었다."
)


@pytest.mark.parametrize("p,fires", [("1만4,500", False), ("2만1,000", True)])
def test_a_korean_counted_fraction_after_the_noun_of_its_whole(knowledge, p, fires):
    assert_checked(knowledge, _BIRTHS.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("5만", False), ("9만", True)])
def test_a_korean_counted_fraction_of_the_visitors_after_the_level(knowledge, p, fires):
    assert_checked(knowledge, _VISITORS.format(p=p), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the fraction is drawn from the part itself
        "올해 국화축제에 12만5,000명이 다녀갔다.\n20~30대가 9만명으로 이 가운데 10명 중 4명꼴이 외지인이었다.",
        # the fraction counts another counter than the part
        "올해 국화축제에 12만5,000명이 다녀갔다.\n외지 가구가 9만가구로 주민 10명 중 4명꼴이었다.",
        # the fraction's clause goes on to a change: no share
        "올해 국화축제에 12만5,000명이 다녀갔다.\n20~30대가 9만명으로 관람객 10명 중 4명꼴이 줄었다.",
    ],
)
def test_korean_counted_fractions_not_shares_of_the_total_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `a quarter of the 52,000 acres now planted`

_ACRES = (
    "Another {p} acres of young pear trees are not yet bearing, more than a quarter of the 52,000 acres now planted."
)
_SHELTER = "The fair raised {p} for the shelter. The {p} covers about a fifth of the £10.4m a year it costs to run."
_CALLS_OF = "The desk took {p} calls by phone, 20% of the 4,200 calls logged in May."


@pytest.mark.parametrize("p,fires", [("14,100", False), ("10,100", True)])
def test_a_fraction_of_the_figure_stated_right_after_it(knowledge, p, fires):
    assert_checked(knowledge, _ACRES.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("£2.10m", False), ("£4.10m", True)])
def test_a_fraction_a_verb_of_share_joins_to_its_part(knowledge, p, fires):
    assert_checked(knowledge, _SHELTER.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("840", False), ("1,240", True)])
def test_a_percentage_of_the_figure_stated_right_after_it(knowledge, p, fires):
    assert_checked(knowledge, _CALLS_OF.format(p=p), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two counts before the share, a bare whole: which the share is of, not said
        "Okafor scored 12 goals in 30 games, a third of the 36 the whole squad managed.",
        # the figure before the share is in another clause, with a subject of its own
        "Sales rose to 4,000 units, and exporters took 30% of the 9,000 units shipped.",
        # no `of` before the figure: a change, not a share
        "Another 14,100 acres are not yet bearing, a quarter more than the 11,280 acres of last year.",
    ],
)
def test_shares_of_a_figure_after_them_not_read_so_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `분기 매출 600억원 가운데 20%에 해당한다`

_QUARTER = (
    "이 부문 매출은 {p}억원으로 지난해 같은 기간 60억원의 두 배로 불었다. 분기 매출 600억원 가운데 20%에 해당한다."
)
_VOTERS = "올해 투표에는 {p}명이 참여했다. 구 인구 40만명의 5.0%로, 지난해보다 크게 늘었다."
_STAFF = "올해 채용한 간호사는 {p}명이다. 병원 정원 400명의 30% 수준이다."


@pytest.mark.parametrize("p,fires", [("120", False), ("180", True)])
def test_a_korean_subjectless_share_of_a_whole_restates_the_level_before(knowledge, p, fires):
    assert_checked(knowledge, _QUARTER.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("2만", False), ("3만", True)])
def test_a_korean_subjectless_genitive_share_restates_the_count_before(knowledge, p, fires):
    assert_checked(knowledge, _VOTERS.format(p=p), "F503", fires)


@pytest.mark.parametrize("p,fires", [("120", False), ("200", True)])
def test_a_korean_subjectless_share_of_a_level_restates_the_count_before(knowledge, p, fires):
    assert_checked(knowledge, _STAFF.format(p=p), "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the share is an object: of a part the sentence never states
        "영업이익은 1조원이었다. 매출 5조원의 80%를 해외에서 올렸다.",
        # the share is a subject of its own clause
        "올해 채용한 간호사는 120명이다. 병원 정원 400명의 30%가 신입이다.",
        # two levels of the unit before: which the share restates, not said
        "국비는 40억원, 도비는 30억원이다. 총사업비 200억원의 20%에 해당한다.",
    ],
)
def test_korean_shares_not_restating_the_level_before_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
