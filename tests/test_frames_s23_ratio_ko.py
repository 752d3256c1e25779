"""Korean ratios (twenty-third session), each a rule for a construction:
- a margin named by the bare word `이익률` right after a profit stated as its clause's topic and restated as its
  margin (`영업이익은 30억원으로 이익률은 6%였다`, `순이익은 12억원이며 이익률은 3%다`, `영업이익은 9억달러로 이익률이
  15%에 이르렀다`) is that profit's margin (`[link.margin_after_profit]`, checker/link/margins.py), as one after a comma
  is (`영업이익 9조원, 이익률 11%`). A rate of another name after the profit (`증가율은`, `부채비율은`), or a revenue
  before `이익률` (`매출은 500억원으로 이익률은`), is no margin of it;
- an amount restated per person in its own sentence (`입장료 수입은 4억원으로 1인당 8천원꼴이다`, `운영비는 24억원으로
  관람객 1명당 3만원꼴에 이른다`, `강좌 수입은 6억원이며, 1인당 평균 30만원을 낸 셈이다`) is over the lead's
  count of people when the lead states one group, the largest the article counts, and no other group of people is
  counted between (checker/link/per_person_restated.py, `[link.per_person_restating_joints]`). A subgroup counted
  between (`유료 관람객은 3만명으로 전체의 60%`), two groups in the lead, a larger population, or an amount not restated
  as the topic (`4억원을 들였고`) leave it unlinked;
- a price per a counted unit and then, in its sentence, the total it makes, named a total or sales by the words
  between (`포상금은 마리당 10만원으로 모두 3억원이 나갔다`, `1대당 1억2천만원씩, 모두 240억원의 보조금`,
  `장당 1만원으로 입장권 매출은 20억원이다`, `건당 평균 거래액은 2만원으로 전체 거래액은`) is that price times the
  one count of the counter stated before it in its sentence or the one before (checker/link/priced_totals.py). A
  total no word names one (`올해 예산은`), two counts of the counter, or a count of another counter leave it
  unlinked.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `영업이익은 30억원으로 이익률은 6%였다`

_OPERATING = (
    "누리제과, 3분기 매출 500억원\n\n"
    "과자 업체 누리제과가 올해 3분기 매출 500억원을 올렸다고 2일 밝혔다.\n\n"
    "영업이익은 30억원으로 이익률은 {rate}였다."
)


@pytest.mark.parametrize("rate,fires", [("6%", False), ("9%", True)])
def test_a_bare_margin_after_an_operating_profit_topic(knowledge, rate, fires):
    assert_checked(knowledge, _OPERATING.format(rate=rate), "F307", fires)


_NET = (
    "다온물산, 상반기 매출 400억원\n\n"
    "무역 업체 다온물산은 올해 상반기 매출이 400억원으로 집계됐다고 5일 밝혔다.\n\n"
    "순이익은 12억원이며 이익률은 {rate}다."
)


@pytest.mark.parametrize("rate,fires", [("3%", False), ("5%", True)])
def test_a_bare_margin_after_a_net_profit_joined_by_imyeo(knowledge, rate, fires):
    assert_checked(knowledge, _NET.format(rate=rate), "F318", fires)


_DOLLARS = (
    "한결전자, 연간 매출 60억달러\n\n"
    "부품 업체 한결전자의 지난해 매출은 60억달러였다.\n\n"
    "영업이익은 9억달러로 이익률이 {rate}에 이르렀다."
)


@pytest.mark.parametrize("rate,fires", [("15%", False), ("25%", True)])
def test_a_bare_margin_after_a_profit_joined_by_ro(knowledge, rate, fires):
    assert_checked(knowledge, _DOLLARS.format(rate=rate), "F307", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "영업이익은 30억원으로 증가율은 9%였다.",  # a growth rate, no margin
        "영업이익은 30억원으로 부채비율은 9%였다.",  # another rate after the profit
        "매출은 500억원으로 이익률은 9%였다.",  # a revenue before the bare margin: no profit it is of
    ],
)
def test_no_margin_of_a_rate_of_another_name_or_of_a_revenue(knowledge, sentence):
    text = "누리제과, 3분기 실적\n\n과자 업체 누리제과가 3분기 실적을 2일 발표했다.\n\n" + sentence
    assert_not_checked(knowledge, text, "F307")


# ---------------------------------------------------------------- `입장료 수입은 4억원으로 1인당 8천원꼴이다`

_POOL = (
    "가람시 수영장 올여름 5만명 찾아\n\n"
    "가람시가 운영하는 실내수영장에 올여름 5만명이 다녀갔다고 시가 3일 밝혔다.\n\n"
    "하루 평균 800명꼴로 지난해보다 10% 늘었다.\n\n"
    "입장료 수입은 4억원으로 1인당 {each}꼴이다."
)


@pytest.mark.parametrize("each,fires", [("8,000원", False), ("1만2,000원", True)])
def test_an_amount_restated_per_person_bare_is_over_the_lead_count(knowledge, each, fires):
    assert_checked(knowledge, _POOL.format(each=each), "F317", fires)


_MUSEUM = (
    "해솔박물관 올해 8만명 다녀가\n\n"
    "해솔시립박물관에 올해 8만명이 다녀갔다고 시가 4일 밝혔다.\n\n"
    "하루 평균 270명꼴로 찾은 셈이다.\n\n"
    "박물관 운영비는 24억원으로 관람객 1명당 {each}꼴에 이른다."
)


@pytest.mark.parametrize("each,fires", [("3만원", False), ("5만원", True)])
def test_an_amount_restated_per_person_after_a_noun(knowledge, each, fires):
    assert_checked(knowledge, _MUSEUM.format(each=each), "F317", fires)


_COURSES = (
    "다온대 평생교육원 수강생 2,000명\n\n"
    "다온대 평생교육원의 올해 2학기 수강생이 2,000명으로 집계됐다.\n\n"
    "과정별로는 자격증 과정 1,200명, 교양 과정 800명이다.\n\n"
    "이번 학기 수강료 수입은 6억원이며, 1인당 평균 {each}을 낸 셈이다."
)


@pytest.mark.parametrize("each,fires", [("30만원", False), ("50만원", True)])
def test_an_amount_restated_per_person_joined_by_imyeo_past_listed_parts(knowledge, each, fires):
    assert_checked(knowledge, _COURSES.format(each=each), "F317", fires)


def _no_finding(knowledge, text: str, rule: str) -> None:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert rule not in [f.rule for f in result.findings], [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        # a subgroup counted between the lead and the amount: the paying ones or all, not said
        "은빛 재즈축제 관람객 10만명\n\n은빛시 재즈축제에 관람객 10만명이 찾았다고 시가 밝혔다.\n\n"
        "이 가운데 유료 관람객은 3만명으로 전체의 30%였다.\n\n공연이 사흘 동안 이어졌다.\n\n"
        "티켓 수입은 12억원으로 1인당 평균 4만원을 낸 셈이다.",
        # two groups of people in the lead
        "한빛 체전 마쳐\n\n한빛시 체전에는 선수 3천명이 뛰었고 관람객은 20만명이 찾았다.\n\n"
        "대회는 닷새 동안 열렸다.\n\n입장료 수입은 24억원으로 1인당 1만2천원꼴이다.",
        # a larger population counted later: another whole
        "누리시 도서관 이용자 5만명\n\n누리시 도서관을 이용한 시민은 5만명으로 집계됐다.\n\n"
        "시 인구는 60만명이다.\n\n도서관 운영비는 30억원으로 1인당 5천원꼴이다.",
    ],
)
def test_no_amount_per_person_over_the_lead_when_another_group_is_counted(knowledge, text):
    _no_finding(knowledge, text, "F317")


def test_no_amount_per_person_when_the_amount_is_no_restated_topic(knowledge):
    text = (
        "가람시 수영장 올여름 5만명 찾아\n\n"
        "가람시가 운영하는 실내수영장에 올여름 5만명이 다녀갔다고 시가 3일 밝혔다.\n\n"
        "시는 보수 공사에 4억원을 들였고 1인당 2만원꼴의 할인권을 나눠줬다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `마리당 10만원으로 모두 3억원이 나갔다`


@pytest.mark.parametrize(
    "text",
    [
        "해솔군이 올해 포획한 고라니는 3,000마리다.\n\n포획 포상금은 마리당 10만원으로 모두 {total}이 나갔다.",
        "올해 들어온 전기버스 200대에는 1대당 1억2,000만원씩, 모두 {total}의 보조금이 들어갔다.",
        "억새축제 야간 입장권은 20만장이 팔렸다.\n\n장당 1만원으로 입장권 매출은 {total}이다.",
        "누리장터 앱의 3분기 거래는 4,000만건이었다.\n\n건당 평균 거래액은 2만원으로 전체 거래액은 {total}이다.",
    ],
)
@pytest.mark.parametrize("fix,fires", [(0, False), (1, True)])
def test_a_price_per_a_counted_unit_then_its_total(knowledge, text, fix, fires):
    holds = {
        "3,000마리": ("3억원", "5억원"),
        "200대": ("240억원", "360억원"),
        "20만장": ("20억원", "35억원"),
        "4,000만건": ("8,000억원", "1조2,000억원"),
    }
    total = next(pair for count, pair in holds.items() if count in text)[fix]
    body = "누리시 소식\n\n" + text.format(total=total)
    assert_checked(knowledge, body, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a total no word names one: a budget beside the price
        "농협은 사과 3만상자를 팔았다.\n\n상자당 2만원으로, 올해 예산은 9억원이다.",
        # two counts of the counter before: which the price applies to, not said
        "농협은 사과 3만상자와 배 2만상자를 팔았다.\n\n상자당 2만원으로 모두 9억원어치다.",
        # a count of another counter
        "농가 300곳이 참여했다.\n\n상자당 2만원으로 모두 9억원이 팔렸다.",
    ],
)
def test_no_priced_total_without_its_one_count_or_a_word_naming_it(knowledge, text):
    assert_not_checked(knowledge, "누리농협 소식\n\n" + text, "F317")
