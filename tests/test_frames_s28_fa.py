"""False alarms on clean copy (twenty-eighth session), each a rule for a construction:
- a rate whose own subject is a gap or difference with no figure of its own (`…, a gap that grew by 5%`, `the
  difference between them has narrowed by 3%`, `두 시의 격차는 지난해보다 5% 커졌다`) is the change of a gap the
  text does not state: it is not read as the change between the figures before it
  (`[link.gap_change_subjects]`, checker/link/rate_subjects.py `rate_of_an_unstated_gap`); a rate with no gap as
  its subject still is;
- a rate whose topic is a one-letter noun after the word naming what it counts (`회원 수는 8% 늘었다`) is of that
  word's subject: not the change of a value of another noun before it (`rate_of_its_own_topic`);
- a length after `for` and a word that is no word of lasting, in the sentence after a run of dates (`Day passes were
  valid for 30 days`), is what something else lasts, not the run's length (`[link.length_for_before]`,
  checker/link/spans_between_dates.py); `It ran for six days` still is; nor is a length hyphened before another noun
  than the range's sentence or a run's noun names (`a three-month loan`, `[link.run_nouns]`,
  checker/link/date_spans_general.py), `the five-month season` still is;
- `X each` is per the count its sentence states before it, and a lead total is its total only when the lead total's
  sentence names that count's noun (checker/link/per_unit_fallback.py); a Korean figure per unit whose topic before
  the mark names another metric than the lead total's (`포장비는 ㎏당`) takes no lead total
  (checker/link/per_unit_ko.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

CHANGE = "F301"


@pytest.mark.parametrize(
    "text",
    [
        "The Wexley hospital has 3,000 beds, which compares with 2,400 at the Tarn infirmary, a gap that grew by 5%.",
        "Hillmoor sold 8,200 permits against 6,100 in Carrow, and the difference between them has narrowed by 3%.",
        "Ashby's 1,200 members compare with 950 at the rival club, a gulf which widened by about 8 per cent.",
        "두 시의 공공 병상은 각각 3,000개와 2,400개로, 두 시의 격차는 지난해보다 5% 커졌다.",
        "올해 가입자는 8,200명으로 이웃 군의 6,100명보다 많지만 차이는 지난해보다 3% 줄었다.",
    ],
)
def test_a_rate_of_an_unstated_gap_is_not_the_change_between_the_figures(knowledge, text):
    assert_not_checked(knowledge, text, CHANGE)


@pytest.mark.parametrize(
    "text,fires",
    [
        # no gap as the rate's subject: the rate is the change between level and earlier figure
        ("The Wexley hospital has 3,000 beds, which compares with 2,400 in 2022, a rise of 25%.", False),
        ("The Wexley hospital has 3,000 beds, which compares with 2,400 in 2022, a rise of 5%.", True),
        # a gap named earlier in the sentence does not make a later rate the gap's
        ("The gap with Tarn aside, Wexley's 3,000 beds compare with 2,400 in 2022, a rise of 25%.", False),
    ],
)
def test_a_rate_with_no_gap_as_its_subject_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, CHANGE, fires)


# ---------------------------------------------------------------- a one-letter topic after the noun it counts


@pytest.mark.parametrize(
    "text",
    [
        "올해 도서관 대출은 36만 권으로 지난해(30만 권)보다 6만 권 많았고, 회원 수는 8% 늘었다.",
        "상반기 수산물 위판액은 84억 원으로 지난해(70억 원)보다 14억 원 늘었고, 어선 수는 3% 줄었다.",
    ],
)
def test_a_rate_of_a_counted_topic_is_not_the_change_of_the_value_before(knowledge, text):
    assert_not_checked(knowledge, text, CHANGE)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the counted topic names the value's own noun: the rate is the value's change
        ("올해 회원은 3,600명으로 지난해(3,000명)보다 600명 많았고, 회원 수는 20% 늘었다.", False),
        ("올해 회원은 3,600명으로 지난해(3,000명)보다 600명 많았고, 회원 수는 8% 늘었다.", True),
    ],
)
def test_a_rate_of_the_values_own_counted_noun_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, CHANGE, fires)


# ---------------------------------------------------------------- `valid for N days` in the sentence after a run

SPAN = "F406"


@pytest.mark.parametrize(
    "text",
    [
        "The Corran craft fair ran from 4 June to 9 June. Day passes were valid for 30 days, the organisers said.",
        "Voting opened on 2 March and closed on 6 March. Ballots were kept for about 90 days afterwards.",
    ],
)
def test_what_a_thing_lasts_after_a_run_is_not_the_runs_length(knowledge, text):
    assert_not_checked(knowledge, text, SPAN)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Corran craft fair ran from 4 June to 9 June. It ran for six days, the organisers said.", False),
        ("The Corran craft fair ran from 4 June to 9 June. It ran for eight days, the organisers said.", True),
    ],
)
def test_a_run_lasting_for_a_length_in_the_sentence_after_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, SPAN, fires)


@pytest.mark.parametrize(
    "text",
    [
        # a length hyphened before another noun than the run's, in the sentence after a range
        "The Arden show ran from 1 May to 30 June. A gallery in Bruges lent it a three-month loan of its tapestries.",
        "The quilt exhibition ran from 2 March to 28 April. Its two-week stay in Carlisle came next.",
    ],
)
def test_a_length_hyphened_before_another_noun_is_not_the_runs(knowledge, text):
    assert_not_checked(knowledge, text, SPAN)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The lido season ran from 1 May to 30 September. The five-month season drew 40,000 swimmers.", False),
        ("The lido season ran from 1 May to 30 September. The seven-month season drew 40,000 swimmers.", True),
    ],
)
def test_a_length_hyphened_before_the_runs_noun_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, SPAN, fires)


# ---------------------------------------------------------------- `X each` and a lead total of another thing

PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text",
    [
        "The Skerry bus company took in $4.8 million in fares this year.\n\nIts 16 drivers were paid $38,000 each.",
        "Pellow Orchards sold $5 million of cider last season.\n\nIts 25 pickers were paid $8,000 each.",
    ],
)
def test_each_is_not_per_a_count_the_lead_total_does_not_name(knowledge, text):
    assert_not_checked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    "text,linked",
    [
        # the topic before the mark is another metric than the lead total's: no link
        (
            "청솔군 사과 판매액 60억원 넘어\n\n청솔군의 올해 사과 판매액이 60억원을 넘었다.\n\n"
            "택배 물량은 750톤이었다. 포장비는 ㎏당 평균 600원이다.",
            False,
        ),
        # the topic names the lead total's metric: linked
        (
            "청솔군 사과 판매액 60억원 넘어\n\n청솔군의 올해 사과 판매액이 60억원을 넘었다.\n\n"
            "택배 물량은 750톤이었다. 판매액은 ㎏당 평균 8,000원이다.",
            True,
        ),
    ],
)
def test_a_korean_per_unit_topic_of_another_metric_takes_no_lead_total(knowledge, text, linked):
    result = findings(knowledge, document(text, language="ko"), select=[PER_UNIT], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert (PER_UNIT in [p.rule for p in result.passed]) == linked


def test_a_korean_share_that_is_its_clauses_subject_takes_no_part_from_the_sentence_before(knowledge):
    text = "제재소의 연간 가공량은 8만톤이다. 수출 물량은 2만톤이었다. 전체 가공량의 절반이 인근 가구 공장에 팔린다."
    result = findings(knowledge, document(text, language="ko"), select=["F503"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert "F503" not in [p.rule for p in result.passed]


# ---------------------------------------------------------------- an article of more figures than a story holds

_FILLER = "".join(f"제{i}회 장터의 입장객은 {1000 + i}명이었고 매출은 {200 + i}만원이었다. " for i in range(1100))


@pytest.mark.parametrize("per,fires", [("4천만원", False), ("6천만원", True)])
def test_a_per_unit_figure_in_an_article_of_thousands_of_figures_still_finds_its_partners(knowledge, per, fires):
    # (partners are sought near the figure there, not among every figure: checker/link/partners.py `_WIDE`)
    text = _FILLER + f"\n\n농가 120곳이 사과 960톤을 48억원에 팔았다. 농가 한 곳당 {per}꼴이다."
    result = findings(knowledge, document(text, language="ko"), select=[PER_UNIT], show_passed=True)
    assert (PER_UNIT in [f.rule for f in result.findings]) == fires
    assert (PER_UNIT in [p.rule for p in result.passed]) == (not fires)
