"""Growth, dates and repeats (seventeenth session), each a rule for a construction:
- a run from one month to another (`2027년 3월 시작해 2029년 2월까지 24개월간`, `from March 2027 to February 2029, over
  24 months`) is counted between the months or through the last one, both ends included; two months off still fires;
- a move from a figure after it whose subject narrows a noun (`Shop revenue rose by a fifth from £41.7m`): a sentence
  naming the noun is the subject's only with a narrowing word right before it; of a listed run (`Brazil took €150m,
  Chile €90m`), the figure the words since the one before label;
- a change from a prior, continuing a sentence of a part and its whole (`…가 3만가구로 전체 가구(8만가구)의 39%였다.
  4년 전 2만6천가구보다 20% 늘었다`): the part, never the whole, and never by the counter of the change's own prior;
- a count of one (`관객 한 명에게 5만원꼴`) is no level a change of the next period reaches;
- a change on the quarter before and one on the year before side by side (`up 2.0% on the third quarter's $529.4m and
  8.0% higher than a year before, when the group booked $500m`): each takes its own prior;
- a verb's object before `by` (`increased exports by 25%`) leaves the rate a change; a change in a clause with a
  subject of its own after the figures (`, as sales to Peru more than doubled`) is not of them;
- a headline figure cut down to its digits (`trips top 318,000` over `318,700 passengers`) is restated by the finer one.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, document, findings
from test_frames import assert_checked, assert_not_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ a run of months counted through its last month (F406)

RUN_OF_MONTHS_KO = "새 교량 공사는 2027년 3월 시작해 2029년 2월까지 {months}개월간 이어진다."
RUN_OF_MONTHS_EN = "Work on the new bridge will run from March 2027 to February 2029, over {months} months."


@pytest.mark.parametrize("months,fires", [("24", False), ("23", False), ("26", True)])
def test_a_run_of_months_counts_through_its_last_month_ko(knowledge, months, fires):
    assert_checked(knowledge, RUN_OF_MONTHS_KO.format(months=months), "F406", fires)


@pytest.mark.parametrize("months,fires", [("24", False), ("23", False), ("26", True)])
def test_a_run_of_months_counts_through_its_last_month_en(knowledge, months, fires):
    assert_checked(knowledge, RUN_OF_MONTHS_EN.format(months=months), "F406", fires)


# ------------------------------------------------ a move from a figure after it, its subject narrowed (F301)

NARROWED_EN = (
    "Larchfield Garden Centres said revenue rose 4% to £200m in the year, helped by farm-shop trading. Plants brought "
    "in £120m. Books contributed £30m and the farm shops £{level}m. Shop revenue rose by a fifth from £41.7m."
)


def test_a_narrowed_subject_is_not_the_plain_nouns_level(knowledge):
    # the sentence naming `revenue` (and shops, apart) is the group’s; the listed shop figure is the one labelled
    assert _links(NARROWED_EN.format(level="50"), knowledge)["a fifth"][:2] == ("£50m", "£41.7m")


@pytest.mark.parametrize("level,fires", [("50", False), ("60", True)])
def test_a_narrowed_subjects_listed_level_is_checked(knowledge, level, fires):
    assert_checked(knowledge, NARROWED_EN.format(level=level), "F301", fires)


LISTED_MARKETS_EN = (
    "Sales outside Europe reached €300m in the quarter. Brazil took €150m, Chile €90m and other markets €60m. "
    "Chilean sales rose 12.5% from €80m."
)


def test_a_listed_market_is_labelled_by_the_words_since_the_figure_before(knowledge):
    assert _links(LISTED_MARKETS_EN, knowledge)["12.5%"][:2] == ("€90m", "€80m")


# ------------------------------------------------ a change from a prior, continuing a sentence of a part and its whole

PART_AND_WHOLE_KO = (
    "한솔군의 반려가구는 3만1,200가구로 전체 가구(8만가구)의 39.0%였다. 4년 전 조사 때의 2만6,000가구보다 "
    "{rate} 늘어난 규모다."
)


def test_a_change_continuing_a_share_sentence_is_of_the_part_not_the_whole(knowledge):
    assert _links(PART_AND_WHOLE_KO.format(rate="20.0%"), knowledge)["20.0%"][:2] == ("3만1,200가구", "2만6,000가구")


@pytest.mark.parametrize("rate,fires", [("20.0%", False), ("35.0%", True)])
def test_a_change_continuing_a_share_sentence_is_checked_against_the_part(knowledge, rate, fires):
    assert_checked(knowledge, PART_AND_WHOLE_KO.format(rate=rate), "F301", fires)


# ------------------------------------------------ a count of one is no level of the next period

ONE_HEAD_KO = (
    "제5회 한내음악제가 관객 6만6,000명을 모았다.\n\n올해 음악제에는 12개국 80개 팀이 참가했다. 관객 수는 "
    "지난해(6만명)보다 10% 늘었다. 올해 예산은 33억원으로 관객 한 명에게 5만원꼴이 들었다."
)


def test_a_count_of_one_is_no_level_a_change_reaches(knowledge):
    assert _links(ONE_HEAD_KO, knowledge).get("10%", (None,))[0] != "한 명"


# ------------------------------------------------ a change on the quarter before and one on the year before (F301)

SIDE_BY_SIDE_EN = (
    "Fourth-quarter orders at Brenmoor Tools were $540m, up 2.0% on the third quarter's $529.4m and {rate} higher "
    "than a year before, when the group booked $500m."
)


def test_a_quarter_on_quarter_and_a_year_on_year_change_each_take_their_own_prior(knowledge):
    links = _links(SIDE_BY_SIDE_EN.format(rate="8.0%"), knowledge)
    assert links["2.0%"][:2] == ("$540m", "$529.4m")
    assert links["8.0%"][:2] == ("$540m", "$500m")


@pytest.mark.parametrize("rate,fires", [("8.0%", False), ("18.0%", True)])
def test_the_year_on_year_change_beside_a_quarter_on_quarter_one_is_checked(knowledge, rate, fires):
    assert_checked(knowledge, SIDE_BY_SIDE_EN.format(rate=rate), "F301", fires)


# ------------------------------------------------ a change in a clause with a subject of its own (F304, F301)

OWN_SUBJECT_EN = (
    "Dunlin Foods increased exports by {rate} to €75m in the year, from €60m, as sales to Peru more than doubled."
)


def test_a_verbs_object_before_by_leaves_the_rate_a_change(knowledge):
    assert _links(OWN_SUBJECT_EN.format(rate="25%"), knowledge)["25%"][:2] == ("€75m", "€60m")


@pytest.mark.parametrize("rate,fires", [("25%", False), ("15%", True)])
def test_a_change_after_a_verbs_object_and_by_is_checked(knowledge, rate, fires):
    assert_checked(knowledge, OWN_SUBJECT_EN.format(rate=rate), "F301", fires)


def test_a_multiple_in_a_clause_with_its_own_subject_is_not_of_the_figures_before(knowledge):
    assert _links(OWN_SUBJECT_EN.format(rate="25%"), knowledge)["more than doubled"][0] is None
    assert_not_checked(knowledge, OWN_SUBJECT_EN.format(rate="25%"), "F304")


def test_a_multiple_whose_clause_refers_back_keeps_the_figures_before(knowledge):
    text = "Dunlin Foods lifted exports to €130m in the year, from €60m, as they more than doubled."
    assert _links(text, knowledge)["more than doubled"][:2] == ("€130m", "€60m")


# ------------------------------------------------ a headline figure cut down to its digits (repeat)

CUT_HEADLINE_EN = (
    "Harwick ferry trips top 318,000 as summer lifts demand\n\n"
    "Harwick's ferry service carried {count} passengers in the year to March, up 5.1% from 302,700 the year before."
)


def _headline_restated(text, knowledge):
    result = findings(knowledge, document(text), show_passed=True)
    return any("318,000" in p.message for p in result.passed if p.rule.startswith("F40"))


def test_a_headline_figure_cut_to_its_digits_is_restated_by_the_finer_figure(knowledge):
    assert _headline_restated(CUT_HEADLINE_EN.format(count="318,700"), knowledge)


def test_a_finer_figure_past_the_next_mark_is_no_cut_headline(knowledge):
    assert not _headline_restated(CUT_HEADLINE_EN.format(count="319,200"), knowledge)
