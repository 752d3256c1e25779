"""Rules narrowed to the construction they were meant for (twenty-first session, false alarms on clean copy):
- a second earlier figure after a level's first comparison is the level's only while no clause with a subject of
  its own opens between (`…, and was up 20% from $110m in 2022` is; `…, and the Asian unit was up 25% from $40m in
  2022` is the unit's: a clause joiner, then a noun phrase with its own verb; checker/link/second_priors.py);
- a part and its whole, then a rate noun beside them, is the part's share of the whole only for a noun that means a
  share of the whole (`filled 170 of its 200 beds, an 85% occupancy rate`; `[link.part_of_whole_rate_nouns]`): a
  pass or success rate is a rate within the part (`entered 120 of its 150 pupils, a 98% pass rate`) unless a verb of
  success marks the part as the successes (`made 81 of 157 shots, a 51.6% success rate`);
- a length set after a run's second date and ending on `of` is the run's only before a plain noun (`ten weeks of
  talks`), not `of them`, `of the`; one ending on `in the` only when no rest of the run follows (`40 days in the
  main park and the rest in the old town` is a part of the run; `[link.run_apposed_after]`);
- a Korean change measured from a figure its sentence opens with the time of (`1년 전(Y)과 비교하면 50% 증가`) is of
  the level before only when no subject stands between the figure and the change (`… 비교하면 관람객이 50% 증가한
  규모다` is the visitors'; a time as the topic, `올해는`, is no subject; checker/link/subject_levels.py);
- a Korean fraction closed by a copula (`P으로 3분의 1가량이다`) takes no whole from further back when the sentence
  right before states another level of the part's unit larger than it outside a breakdown (that level may be the
  whole as well); one closed by a verb of share (`3분의 1을 차지한다`) still reaches the whole (shares.py);
- a figure after `on the` that follows a verb of change and its size is the change's baseline only when the level
  before it in the sentence is of its unit and counter (`sold 1.62 million tickets, up 40% on the 1.15 million
  tickets`; not `shares rose 6% on the 2,000 job cuts`; checker/link/roles.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def _relations_naming(knowledge, text: str, rule: str, figure: str) -> list[str]:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return [m for m in [f.message for f in result.findings] + [p.message for p in result.passed] if figure in m]


# ---------------------------------------------------------------- a second prior: no subject of its own between

_SECOND_SAME = (
    "Delmore Tools said revenue rose 10.0% to $132.0 million in 2024 from $120.0 million a year earlier, "
    "and was up {rate} from $110.0 million in 2022."
)
_SECOND_OTHER = (
    "Delmore Tools said revenue rose 10.0% to $132.0 million in 2024 from $120.0 million a year earlier, "
    "and the Asian unit was up 25.0% from $40.0 million in 2022."
)


@pytest.mark.parametrize("rate,fires", [("20.0%", False), ("35.0%", True)])
def test_a_second_prior_after_and_with_no_subject_is_the_levels(knowledge, rate, fires):
    assert_checked(knowledge, _SECOND_SAME.format(rate=rate), "F301", fires)


def test_a_second_prior_after_a_clause_with_its_own_subject_is_not_the_levels(knowledge):
    assert not _relations_naming(knowledge, _SECOND_OTHER, "F301", "$40")
    rate = next(c for c in claims(_SECOND_OTHER, knowledge).claims if c.text.strip() == "25.0%")
    assert rate.change_of is None


# ---------------------------------------------------------------- `N of M, an 85% occupancy rate`

_BEDS = "Ward report\n\nThe Linden hospital filled 170 of its 200 beds last winter, {tail}."


@pytest.mark.parametrize(
    "tail,fires",
    [
        ("an 85% occupancy rate", False),
        ("a 95% occupancy rate", True),
        ("an occupancy rate of 85%", False),
        ("an occupancy rate of 65%", True),
    ],
)
def test_a_rate_noun_naming_a_share_of_the_whole_after_a_part_of_it(knowledge, tail, fires):
    assert_checked(knowledge, _BEDS.format(tail=tail), "F503", fires)


@pytest.mark.parametrize("tail", ["a 98% pass rate", "a pass rate of 98%", "a 90% success rate"])
def test_a_rate_within_the_part_is_no_share_of_the_whole(knowledge, tail):
    text = f"Exam results\n\nThe Larchfield school entered 120 of its 150 pupils for the exam, {tail}."
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("rate,fires", [("51.6%", False), ("61.6%", True)])
def test_a_success_rate_after_a_part_that_is_the_successes_is_its_share(knowledge, rate, fires):
    text = f"Season review\n\nTomlin made 81 of 157 shots from the field, a {rate} success rate."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- a run's length: `of` a plain noun, `in the` whole

_TALKS = "The Corran talks ran from 2 May to 9 July, {length} of talks in all."


@pytest.mark.parametrize("length,fires", [("ten weeks", False), ("seven weeks", True)])
def test_a_length_of_a_plain_noun_is_the_runs(knowledge, length, fires):
    assert_checked(knowledge, _TALKS.format(length=length), "F406", fires)


@pytest.mark.parametrize(
    "text",
    [
        "The Corran talks ran from 2 May to 9 July, six weeks of them in Geneva.",
        "The Corran talks ran from 2 May to 9 July, six weeks of the talks in Geneva.",
        "The Brindle festival ran from 1 June to 31 August, 40 days in the main park and the rest in the old town.",
        "The Brindle festival ran from 1 June to 31 August, 40 days in the main park and 52 in the old town.",
    ],
)
def test_a_part_of_the_run_is_not_its_length(knowledge, text):
    assert_not_checked(knowledge, text, "F406")


@pytest.mark.parametrize("length,fires", [("92 days", False), ("60 days", True)])
def test_a_length_in_the_with_no_rest_after_is_the_runs(knowledge, length, fires):
    text = f"The Brindle festival ran from 1 June to 31 August, {length} in the main park."
    assert_checked(knowledge, text, "F406", fires)


# ---------------------------------------------------------------- `1년 전(Y)과 비교하면 S가 r% 증가`: a subject after Y

_VISITORS = (
    "한빛 축제 소식\n\n올해 한빛 축제 관람객은 3만6천명이었다. 1년 전(2만4천명)과 비교하면 {tail} 증가한 규모다."
)


@pytest.mark.parametrize("tail,fires", [("50%", False), ("90%", True), ("올해는 50%", False), ("올해는 90%", True)])
def test_a_change_after_the_compared_figure_with_no_subject_is_of_the_level_before(knowledge, tail, fires):
    assert_checked(knowledge, _VISITORS.format(tail=tail), "F301", fires)


def test_a_subject_after_the_compared_figure_is_not_the_level_before(knowledge):
    text = (
        "한빛 축제 소식\n\n올해 한빛 축제에는 자원봉사자 3천명이 배치됐다. "
        "1년 전(2만명)과 비교하면 관람객이 50% 증가한 규모다."
    )
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `P으로 3분의 1가량이다`: the whole close by

_BUDGET_NEAR = "한빛시 예산\n\n한빛시의 올해 예산은 1조2천억원이다. 문화 사업비는 {part}으로 3분의 1가량이다."
_BUDGET_FAR = (
    "한빛시 예산\n\n한빛시의 올해 예산은 1조2천억원이다. 청년 일자리 사업에는 400억원을 쓴다. "
    "문화 사업비는 130억원으로 3분의 1{close}."
)


@pytest.mark.parametrize("part,fires", [("4천억원", False), ("1천억원", True)])
def test_a_fraction_closed_by_a_copula_takes_the_whole_right_before(knowledge, part, fires):
    assert_checked(knowledge, _BUDGET_NEAR.format(part=part), "F503", fires)


@pytest.mark.parametrize("part,fires", [("4천억원", False), ("1천억원", True)])
def test_a_fraction_closed_by_a_copula_takes_the_whole_past_a_breakdown(knowledge, part, fires):
    text = (
        "한빛시 예산\n\n한빛시의 올해 예산은 1조2천억원이다. 복지 사업이 6천억원으로 전체의 50%를 차지한다. "
        f"문화 사업비는 {part}으로 3분의 1가량이다."
    )
    assert_checked(knowledge, text, "F503", fires)


def test_a_fraction_closed_by_a_copula_takes_no_whole_past_another_sentence(knowledge):
    assert_not_checked(knowledge, _BUDGET_FAR.format(close="가량이다"), "F503")


def test_a_fraction_closed_by_a_verb_of_share_still_reaches_the_whole(knowledge):
    assert _relations_naming(knowledge, _BUDGET_FAR.format(close="을 차지한다"), "F503", "130")


# ---------------------------------------------------------------- `up 40% on the 1.15 million tickets`

_ON_THE = "The Arden tour sold 1.62 million tickets, up {rate} on the 1.15 million tickets sold on the previous tour."


@pytest.mark.parametrize("rate,fires", [("40%", False), ("60%", True)])
def test_on_the_figure_of_the_levels_counter_is_its_baseline(knowledge, rate, fires):
    assert_checked(knowledge, _ON_THE.format(rate=rate), "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods shares rose 6% on the 2,000 job cuts.",
        "Harlow Foods had 12,000 staff. Its shares rose 6% on the 2,000 job cuts announced on Monday.",
        "The Arden tour sold 1.62 million tickets, up 40% on the 1.15 million seats sold on the previous tour.",
    ],
)
def test_on_the_figure_of_another_kind_is_no_baseline(knowledge, text):
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert all(c.role != "baseline" for c in found.values()), {k: c.role for k, c in found.items()}
    assert_not_checked(knowledge, text, "F301")
